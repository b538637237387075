//! Personal links for a workshop (`carnet serve --lan`): one secret per learner and
//! per referent, who sees what through them, and the cards that hand them out.
//!
//! - **Where the secrets live.** `links/<hash of the journal's canonical path>.toml`
//!   in carnet's secrets folder ([`crate::secrets::home`]), mode 0600, never in the
//!   journal nor in a site: one random token per person (128 bits from the system's
//!   CSPRNG, base64url) and the key of the forms' CSRF tokens, so that links and a
//!   form left open survive a restart. `--new-links` renews them all, or one
//!   person's ([`Renew`]).
//! - **Who is asking.** [`Viewer`] is decided once per request by the guard: the
//!   owner (loopback peer and loopback `Host`), a learner or a referent by the
//!   token of their link (then by its cookie), or nobody.
//! - **What they may read.** [`may_read`], one function over site folders, with
//!   its table tested below; everything of the preview's own (`/_carnet/…`) is
//!   decided in `http::admit` with the same viewer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::error::{Error, IoContext, Result};
use crate::secrets;

/// The query parameter carrying a personal link's token (`/?k=…`).
pub const LINK_QUERY: &str = "k";
/// The cookie holding a personal link's token once opened.
pub const LINK_COOKIE: &str = "carnet_link";

/// Who is looking at the preview, decided once per request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    /// The person running the server, on this machine: everything, as always.
    Owner,
    /// A learner, by the slug of their private site.
    Learner(String),
    /// A referent, by the slug of their referent site.
    Referent(String),
}

/// A person with a link.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Person {
    /// A learner (slug).
    Learner(String),
    /// A referent (slug).
    Referent(String),
}

impl Person {
    /// The viewer this person's link makes.
    pub fn viewer(&self) -> Viewer {
        match self {
            Person::Learner(s) => Viewer::Learner(s.clone()),
            Person::Referent(s) => Viewer::Referent(s.clone()),
        }
    }

    /// The person's slug.
    pub fn slug(&self) -> &str {
        match self {
            Person::Learner(s) | Person::Referent(s) => s,
        }
    }
}

/// What a learner's link is tied to in the journal: their groups and referent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Member {
    /// Display name.
    pub name: String,
    /// Slugs of the learner's groups.
    pub groups: Vec<String>,
    /// Slug of the learner's referent.
    pub referent: Option<String>,
}

/// Every learner of the build, by slug, as links need them.
pub type Members = BTreeMap<String, Member>;

/// Whether `viewer` may read the site in folder `dir` (`public`, `community/<g>`,
/// `referent/<r>`, `private/<l>`, `seen-by-referent/<l>`), given the learners'
/// groups and referents. The one place where this is decided.
///
/// - A learner: their own private site, each of their groups' sites, what their
///   referent sees of them, and the public site.
/// - A referent: their referent site, the sites of the groups their learners
///   belong to, and the public site; not the learners' private sites (« Privée :
///   accès et exploitation uniquement personnels »).
pub fn may_read(viewer: &Viewer, dir: &str, members: &Members) -> bool {
    let (kind, who) = dir.split_once('/').unwrap_or((dir, ""));
    match viewer {
        Viewer::Owner => true,
        Viewer::Learner(me) => {
            let Some(member) = members.get(me) else {
                return false;
            };
            match kind {
                "public" => who.is_empty(),
                "private" | "seen-by-referent" => who == me,
                "community" => member.groups.iter().any(|g| g == who),
                _ => false,
            }
        }
        Viewer::Referent(me) => match kind {
            "public" => who.is_empty(),
            "referent" => who == me,
            "community" => members
                .values()
                .any(|m| m.referent.as_deref() == Some(me) && m.groups.iter().any(|g| g == who)),
            _ => false,
        },
    }
}

/// Which links `--new-links` renews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Renew {
    /// None: the links of the last run keep working.
    Nothing,
    /// Every link.
    All,
    /// One person's (a learner's or referent's slug, or a learner's folder name).
    One(String),
}

/// The links file as stored.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    /// Key of the forms' CSRF tokens, hex.
    csrf_key: String,
    #[serde(default)]
    learners: BTreeMap<String, String>,
    #[serde(default)]
    referents: BTreeMap<String, String>,
}

/// The personal links of one journal, and the forms' CSRF key.
pub struct Links {
    tokens: BTreeMap<Person, String>,
    csrf_key: [u8; 32],
}

impl std::fmt::Debug for Links {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Links({} people, tokens hidden)", self.tokens.len())
    }
}

/// Where the links of the journal at `journal` are kept: outside it, in carnet's
/// secrets folder, under a hash of its canonical path (the path itself is not
/// written).
pub fn file_for(journal: &Path) -> Result<PathBuf> {
    let canonical = std::fs::canonicalize(journal).at(journal)?;
    let hash = blake3::hash(canonical.to_string_lossy().as_bytes()).to_hex();
    Ok(secrets::home()?
        .join("links")
        .join(format!("{}.toml", &hash[..32])))
}

/// A new random token: 16 bytes (128 bits) of the system's CSPRNG, base64url.
fn random_token() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Random(e.to_string()))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

impl Links {
    /// The links of the journal at `journal` for `people`: read from `file`, a new
    /// token for whoever has none (and for whoever `renew` names), then written back
    /// (0600) when anything changed. People no longer in `people` lose their link.
    /// A damaged file is replaced by new links (its text is never quoted: it holds
    /// tokens).
    pub fn open(file: &Path, people: &[Person], renew: &Renew) -> Result<Links> {
        let stored: Stored = match std::fs::read_to_string(file) {
            Ok(text) => toml::from_str(&text).unwrap_or_default(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Stored::default(),
            Err(e) => return Err(Error::io(file, e)),
        };
        if let Renew::One(name) = renew {
            let slug = crate::journal::slug::slugify(name);
            if !people.iter().any(|p| p.slug() == slug) {
                return Err(Error::io(
                    file,
                    std::io::Error::other(format!(
                        "--new-links {name}: nobody of that name has a link in this journal (a learner's or a referent's slug)"
                    )),
                ));
            }
        }
        let mut changed = false;
        let mut csrf_key = [0u8; 32];
        match hex_key(&stored.csrf_key) {
            Some(k) if *renew != Renew::All => csrf_key = k,
            _ => {
                getrandom::fill(&mut csrf_key).map_err(|e| Error::Random(e.to_string()))?;
                changed = true;
            }
        }
        let mut tokens = BTreeMap::new();
        for person in people {
            let old = match person {
                Person::Learner(s) => stored.learners.get(s),
                Person::Referent(s) => stored.referents.get(s),
            };
            let renewed = match renew {
                Renew::Nothing => false,
                Renew::All => true,
                Renew::One(name) => crate::journal::slug::slugify(name) == person.slug(),
            };
            let token = match old.filter(|t| !renewed && t.len() >= 22) {
                Some(t) => t.clone(),
                None => {
                    changed = true;
                    random_token()?
                }
            };
            tokens.insert(person.clone(), token);
        }
        changed |= stored.learners.len() + stored.referents.len() != tokens.len();
        let links = Links { tokens, csrf_key };
        if changed {
            links.save(file)?;
        }
        Ok(links)
    }

    fn save(&self, file: &Path) -> Result<()> {
        let mut stored = Stored {
            csrf_key: self.csrf_key.iter().map(|b| format!("{b:02x}")).collect(),
            ..Stored::default()
        };
        for (person, token) in &self.tokens {
            match person {
                Person::Learner(s) => stored.learners.insert(s.clone(), token.clone()),
                Person::Referent(s) => stored.referents.insert(s.clone(), token.clone()),
            };
        }
        let text =
            toml::to_string(&stored).map_err(|e| Error::io(file, std::io::Error::other(e)))?;
        let text = format!(
            "# carnet serve --lan: one personal link per person. Secret: never copy this file\n# into a journal or a site. `carnet serve --lan --new-links` renews them.\n{text}"
        );
        secrets::write_private(file, text.as_bytes())
    }

    /// Whose link `token` is, comparing in constant time (as BLAKE3 hashes) with
    /// every token.
    pub fn who(&self, token: &str) -> Option<&Person> {
        let given = blake3::hash(token.as_bytes());
        let mut found = None;
        for (person, t) in &self.tokens {
            if blake3::hash(t.as_bytes()) == given {
                found = Some(person);
            }
        }
        found
    }

    /// The token of `person`'s link.
    pub fn token(&self, person: &Person) -> Option<&str> {
        self.tokens.get(person).map(String::as_str)
    }

    /// Everyone with a link.
    pub fn people(&self) -> impl Iterator<Item = &Person> {
        self.tokens.keys()
    }

    /// The key of the forms' CSRF tokens.
    pub fn csrf_key(&self) -> [u8; 32] {
        self.csrf_key
    }
}

fn hex_key(text: &str) -> Option<[u8; 32]> {
    let bytes: Vec<u8> = (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    bytes.try_into().ok()
}

/// The people of the journal at `root` who get a link: every learner whose own
/// site it builds, and every referent, with their names. Empty when the journal
/// cannot be read yet.
pub fn people_of(root: &Path) -> Vec<(Person, String)> {
    let (Some(journal), _) = crate::journal::load(root) else {
        return Vec::new();
    };
    people_in(&crate::build::prepare::People::of(&journal))
}

/// Everyone of `people` as a person with a link, and their name.
pub fn people_in(people: &crate::build::prepare::People) -> Vec<(Person, String)> {
    people
        .learners
        .iter()
        .map(|(slug, name)| (Person::Learner(slug.clone()), name.clone()))
        .chain(
            people
                .referents
                .iter()
                .map(|(slug, name)| (Person::Referent(slug.clone()), name.clone())),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members() -> Members {
        let m = |groups: &[&str], referent: Option<&str>| Member {
            name: String::new(),
            groups: groups.iter().map(|g| g.to_string()).collect(),
            referent: referent.map(str::to_string),
        };
        Members::from([
            ("ines".into(), m(&["gj"], Some("nelly"))),
            ("karim".into(), m(&["gj", "emploi"], Some("nelly"))),
            ("lea".into(), m(&["autre"], Some("paul"))),
        ])
    }

    #[test]
    fn who_reads_which_site() {
        let m = members();
        let ines = Viewer::Learner("ines".into());
        let nelly = Viewer::Referent("nelly".into());
        let paul = Viewer::Referent("paul".into());
        let stranger = Viewer::Learner("nobody".into());
        // (site, ines, nelly, paul)
        let table = [
            ("public", true, true, true),
            ("private/ines", true, false, false),
            ("private/karim", false, false, false),
            ("seen-by-referent/ines", true, false, false),
            ("seen-by-referent/karim", false, false, false),
            ("community/gj", true, true, false),
            ("community/emploi", false, true, false),
            ("community/autre", false, false, true),
            ("referent/nelly", false, true, false),
            ("referent/paul", false, false, true),
            ("programme/ines", false, false, false),
            ("public/../private/karim", false, false, false),
            ("", false, false, false),
            ("private", false, false, false),
        ];
        for (dir, i, n, p) in table {
            assert_eq!(may_read(&ines, dir, &m), i, "ines: {dir}");
            assert_eq!(may_read(&nelly, dir, &m), n, "nelly: {dir}");
            assert_eq!(may_read(&paul, dir, &m), p, "paul: {dir}");
            assert!(may_read(&Viewer::Owner, dir, &m), "owner: {dir}");
            assert!(!may_read(&stranger, dir, &m), "unknown learner: {dir}");
        }
    }

    #[test]
    fn links_are_kept_renewed_and_private() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("links").join("j.toml");
        let people = [
            Person::Learner("ines".into()),
            Person::Learner("karim".into()),
            Person::Referent("nelly".into()),
        ];
        let first = Links::open(&file, &people, &Renew::Nothing).expect("links");
        let ines = first.token(&people[0]).expect("a token").to_string();
        assert_eq!(ines.len(), 22, "128 bits in base64url");
        assert!(ines
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert!(!format!("{first:?}").contains(&ines));
        assert_eq!(first.who(&ines), Some(&people[0]));
        assert_eq!(first.who("nope"), None);
        // Kept.
        let again = Links::open(&file, &people, &Renew::Nothing).expect("links");
        assert_eq!(again.token(&people[0]), Some(ines.as_str()));
        assert_eq!(again.csrf_key(), first.csrf_key());
        // One renewed, the others kept.
        let karim = again.token(&people[1]).expect("karim").to_string();
        let one = Links::open(&file, &people, &Renew::One("Inès".into())).expect("links");
        assert_ne!(one.token(&people[0]), Some(ines.as_str()));
        assert_eq!(one.who(&ines), None, "the old link is refused");
        assert_eq!(one.token(&people[1]), Some(karim.as_str()));
        // All renewed.
        let all = Links::open(&file, &people, &Renew::All).expect("links");
        assert_eq!(all.who(&karim), None);
        // Unknown name: refused, nothing changed, and no token in the message.
        let e = Links::open(&file, &people, &Renew::One("zoe".into())).expect_err("unknown");
        assert!(e.to_string().contains("zoe"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).expect("stat").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // A damaged file gives new links, without failing.
        std::fs::write(&file, "not = [toml").expect("write");
        let fresh = Links::open(&file, &people, &Renew::Nothing).expect("links");
        assert!(fresh.token(&people[0]).is_some());
    }
}

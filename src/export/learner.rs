//! A learner's own journal, to take away (`carnet export --learner`): her folder of
//! `learners/`, `skills.toml`, `themes/`, and a `carnet.toml` cut down to what her
//! folder names. The copy builds on its own: it names no professional's folder it
//! does not carry, and asks for no passphrase of a site that is not hers.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use super::{folder_entries, Hidden};
use crate::error::{Error, IoContext, Result};
use crate::journal::{Journal, Learner};

/// The groups and the referent a learner's folder names: her profile's groups and
/// `shared_with`, and the groups of her experiences and stories.
pub fn names_of(learner: &Learner) -> (BTreeSet<String>, Option<String>) {
    let profile = &learner.profile;
    let mut groups: BTreeSet<String> = profile.groups.iter().map(|g| g.value.clone()).collect();
    let lists = profile
        .shared_with
        .iter()
        .chain(learner.experiences.iter().filter_map(|e| e.groups.as_ref()))
        .chain(learner.stories.iter().filter_map(|s| s.groups.as_ref()));
    for list in lists {
        groups.extend(list.iter().map(|g| g.value.clone()));
    }
    let referent = profile.referent.as_ref().map(|r| r.value.clone());
    (groups, referent)
}

/// `carnet.toml`'s `text` for one learner's own journal, its comments and layout
/// kept: only the `[[groups]]` in `groups` and the `[[referents]]` named
/// `referent`, without `protect` (those passphrases are the programme's) nor
/// `professional` (that folder stays with the programme). The rest (title,
/// language, `base_url`, images, `[issuer]`: the public key her signed
/// attestations verify against) is kept as written.
pub fn learner_config(
    text: &str,
    groups: &BTreeSet<String>,
    referent: Option<&str>,
) -> std::result::Result<String, toml_edit::TomlError> {
    let mut doc: toml_edit::DocumentMut = text.parse()?;
    let slug_in = |table: &toml_edit::Table, keep: &dyn Fn(&str) -> bool| {
        table.get("slug").and_then(|s| s.as_str()).is_some_and(keep)
    };
    if let Some(list) = doc
        .get_mut("groups")
        .and_then(|g| g.as_array_of_tables_mut())
    {
        list.retain(|t| slug_in(t, &|s| groups.contains(s)));
        for table in list.iter_mut() {
            table.remove("protect");
        }
    }
    if let Some(list) = doc
        .get_mut("referents")
        .and_then(|r| r.as_array_of_tables_mut())
    {
        list.retain(|t| slug_in(t, &|s| Some(s) == referent));
        for table in list.iter_mut() {
            table.remove("protect");
            table.remove("professional");
        }
    }
    Ok(doc.to_string())
}

/// Writes into `dest` (an empty folder) the journal `learner` of `journal` takes
/// away: her folder, `skills.toml`, `themes/`, and [`learner_config`]'s
/// `carnet.toml`. Symbolic links and hidden files are left out, as in every zip.
pub fn stage(journal: &Journal, learner: &Learner, dest: &Path) -> Result<()> {
    let root = &journal.root;
    let config_path = root.join("carnet.toml");
    let text = fs::read_to_string(&config_path).at(&config_path)?;
    let (groups, referent) = names_of(learner);
    let config = learner_config(&text, &groups, referent.as_deref())
        .map_err(|e| Error::io(&config_path, std::io::Error::other(e.to_string())))?;
    write(&dest.join("carnet.toml"), config.as_bytes())?;
    let mut copies = folder_entries(
        &root.join("learners").join(&learner.folder),
        &format!("learners/{}", learner.folder),
        Hidden::Skip,
    )?;
    let skills = root.join("skills.toml");
    if skills.is_file() && !skills.is_symlink() {
        copies.push(super::Entry {
            name: "skills.toml".into(),
            source: skills,
        });
    }
    let themes = root.join("themes");
    if themes.is_dir() && !themes.is_symlink() {
        copies.extend(folder_entries(&themes, "themes", Hidden::Skip)?);
    }
    for entry in copies {
        let bytes = fs::read(&entry.source).at(&entry.source)?;
        write(&dest.join(&entry.name), &bytes)?;
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).at(parent)?;
    }
    fs::write(path, bytes).at(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = r#"# Le carnet du programme
title = "Mission locale"
base_url = "https://example.org"

[[groups]]
slug = "gj"          # le groupe d'Inès
name = "Garantie Jeunes"
protect = true

[[groups]]
slug = "autre"
name = "Un groupe qu'elle ne connaît pas"

[[referents]]
slug = "nelly"
name = "Nelly"
professional = "nelly"
protect = true

[[referents]]
slug = "karim"
name = "Karim"

[issuer]
name = "Mission locale"
public_key = "z6MkExample"
"#;

    #[test]
    fn a_learners_config_keeps_her_group_and_referent_only_without_their_secrets() {
        let groups = BTreeSet::from(["gj".to_string()]);
        let out = learner_config(CONFIG, &groups, Some("nelly")).expect("parses");
        assert!(out.contains("# Le carnet du programme"), "{out}");
        assert!(out.contains("# le groupe d'Inès"), "{out}");
        assert!(out.contains("slug = \"gj\""), "{out}");
        assert!(out.contains("slug = \"nelly\""), "{out}");
        assert!(out.contains("public_key = \"z6MkExample\""), "{out}");
        assert!(out.contains("base_url"), "{out}");
        for gone in ["autre", "karim", "Karim", "protect", "professional"] {
            assert!(!out.contains(gone), "{gone} in:\n{out}");
        }
        let parsed: toml::Value = toml::from_str(&out).expect("still TOML");
        assert_eq!(parsed["groups"].as_array().map(Vec::len), Some(1));
    }
}

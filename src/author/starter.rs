//! A new journal for `carnet init`: `carnet.toml`, one learner with a profile, one
//! example experience with a photo (generated here) and one story, every field
//! explained by a comment in plain words, in the journal's language. Everything is
//! private, so nothing is shared until the learner decides to.
//!
//! It writes only into an empty (or new) folder, and never overwrites a file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::journal::slug::slugify;
use crate::journal::{Date, Language};

/// Why a journal could not be started.
#[derive(Debug, thiserror::Error)]
pub enum StarterError {
    /// The folder already holds something.
    #[error("{}: the folder is not empty", .0.display())]
    NotEmpty(PathBuf),
    /// A name the journal may not hold (a control character, too long).
    #[error("{0}")]
    Invalid(String),
    /// A file or folder could not be written.
    #[error(
        "{}",
        crate::error::describe_io(path, source, crate::journal::Language::En)
    )]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

/// What [`create_journal`] wrote.
#[derive(Debug, Clone)]
pub struct Started {
    /// The learner's folder name under `learners/`.
    pub learner: String,
    /// Every file written, relative to the journal, in the order written.
    pub files: Vec<String>,
}

/// The example photo's file name.
const PHOTO: &str = "premiere-photo.jpg";

/// Starts a journal in `dir` (created if missing, refused if not empty) for the
/// learner `name`, with comments and messages in `lang`, the example experience
/// dated `today`.
pub fn create_journal(
    dir: &Path,
    name: &str,
    lang: Language,
    today: Date,
) -> Result<Started, StarterError> {
    prepare(dir)?;
    let name = name.trim();
    let name = if name.is_empty() {
        lang.pick("Camille", "Sam")
    } else {
        name
    };
    let learner = Some(slugify(name))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "moi".into());
    let experience = format!(
        "{}-{}",
        today.iso_date(),
        lang.pick("ma-premiere-experience", "my-first-experience")
    );
    let base = format!("learners/{learner}");
    let files: Vec<(String, Vec<u8>)> = vec![
        ("carnet.toml".into(), config(lang).into_bytes()),
        (".gitignore".into(), b"site/\n".to_vec()),
        (
            format!("{base}/profile.md"),
            profile(name, lang).into_bytes(),
        ),
        (
            format!("{base}/experiences/{experience}/index.md"),
            experience_text(today, lang).into_bytes(),
        ),
        (format!("{base}/experiences/{experience}/{PHOTO}"), photo()),
        (
            format!("{base}/stories/{}.md", lang.pick("mon-parcours", "my-path")),
            story(&experience, lang).into_bytes(),
        ),
    ];
    let written = write_all(dir, files)?;
    Ok(Started {
        learner,
        files: written,
    })
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> StarterError {
    let path = path.to_path_buf();
    move |source| StarterError::Io { path, source }
}

/// Makes `dir` if missing; refuses it if it holds anything.
fn prepare(dir: &Path) -> Result<(), StarterError> {
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(StarterError::NotEmpty(dir.to_path_buf()));
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(io_error(dir))
        }
        Err(e) => Err(io_error(dir)(e)),
    }
}

/// Writes `files` (relative path, bytes) into `dir`, none overwritten; the paths
/// written, in order.
fn write_all(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Result<Vec<String>, StarterError> {
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        write_new(&path, &bytes).map_err(io_error(&path))?;
        written.push(rel);
    }
    Ok(written)
}

/// What [`create_group_journal`] wrote.
#[derive(Debug, Clone)]
pub struct StartedGroup {
    /// The group's id in `carnet.toml`.
    pub group: String,
    /// Every file written, relative to the journal, in the order written.
    pub files: Vec<String>,
}

/// Starts, in `dir` (created if missing, refused if not empty), an adviser's
/// journal for the group `name`: `carnet.toml` with that group and no learner
/// yet, its comments addressed to the adviser and saying how to add the referent
/// and the learners (`carnet add`). The sites' title names no programme: it shows
/// on the public site, where group membership stays private.
pub fn create_group_journal(
    dir: &Path,
    name: &str,
    lang: Language,
) -> Result<StartedGroup, StarterError> {
    super::people::check_name(
        name,
        lang.pick("le nom du groupe", "the group's name"),
        false,
        lang,
    )
    .map_err(|(_, message)| StarterError::Invalid(message))?;
    prepare(dir)?;
    let name = name.trim();
    let name = if name.is_empty() {
        lang.pick("Mon groupe", "My group")
    } else {
        name
    };
    let group = Some(slugify(name))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| lang.pick("mon-groupe", "my-group").into());
    let files = vec![
        (
            "carnet.toml".to_string(),
            group_config(&group, name, lang).into_bytes(),
        ),
        (".gitignore".into(), b"site/\n".to_vec()),
    ];
    let files = write_all(dir, files)?;
    fs::create_dir_all(dir.join("learners")).map_err(io_error(dir))?;
    Ok(StartedGroup { group, files })
}

/// `carnet.toml` of an adviser's journal for the group `slug`, named `name`.
fn group_config(slug: &str, name: &str, lang: Language) -> String {
    let name = quoted(name);
    match lang {
        Language::Fr => format!(
            r#"# carnet.toml : les réglages du carnet de votre groupe.
# Chaque ligne « clé = valeur » règle une chose ; ce qui suit un # est un
# commentaire, que carnet ne lit pas. Les commandes carnet add écrivent dans ce
# fichier en gardant vos commentaires.
#
# Pour commencer :
#   carnet add referent "Prénom Nom" --role "conseillère"      (vous, puis vos collègues)
#   carnet add learners eleves.csv --group {slug} --referent <id>
#     (une ligne par jeune : prénom;nom ; un export de tableur convient)
#   carnet add learner "Prénom Nom" --group {slug} --referent <id>
#   carnet build
#
# Chaque jeune a son dossier learners/<prénom>/ et décide de ce qu'il ou elle
# partage : tout ce que carnet écrit pour un·e jeune est privé.

# Le titre des sites, en haut de chaque page, le site public compris : ne le
# faites pas nommer votre dispositif, qui dirait sur internet qui le suit.
title = "Carnets de route"

# La langue des sites et des messages de carnet : "fr" (français) ou "en" (anglais).
language = "fr"

# L'adresse où le site public sera en ligne, pour les liens de partage.
# Enlevez le # au début de la ligne quand vous la connaissez.
# base_url = "https://exemple.org/carnets"

# Votre groupe : ses membres voient ce que chacun rend visible à "community",
# sur le site site/community/{slug}/. Un autre groupe :
#   carnet add group mon-autre-groupe --name "Mon autre groupe"
[[groups]]
# Son identifiant : lettres minuscules sans accent, chiffres et tirets.
slug = "{slug}"
# Son nom, tel qu'il s'affiche.
name = {name}
# Qui le compose : "learners" (des jeunes), "professionals" (des professionnels)
# ou "employers" (des entreprises).
kind = "learners"

# Les photos (facultatif). Enlevez le # d'une ligne pour changer sa valeur ;
# celles-ci sont les valeurs par défaut.
# [images]
# quality = 82            # qualité des photos publiées, de 1 à 100
# webp = false            # true : des photos plus légères, une construction plus longue
# max_pixels = 100000000  # refuse les photos plus grandes (en pixels)
# max_bytes = 67108864    # refuse les fichiers plus lourds (en octets)
"#
        ),
        Language::En => format!(
            r#"# carnet.toml: the settings of your group's journal.
# Each "key = value" line sets one thing; what follows a # is a comment, which
# carnet does not read. The carnet add commands write into this file and keep
# your comments.
#
# To start:
#   carnet add referent "First Last" --role "adviser"          (you, then your colleagues)
#   carnet add learners students.csv --group {slug} --referent <id>
#     (one line per learner: first name,last name; a spreadsheet export will do)
#   carnet add learner "First Last" --group {slug} --referent <id>
#   carnet build
#
# Each learner has a folder learners/<first-name>/ and decides what they share:
# everything carnet writes for a learner is private.

# The title of the sites, at the top of every page, the public site's too: do
# not name your programme in it, which would say on the internet who is in it.
title = "Journals"

# The language of the sites and of carnet's messages: "fr" (French) or "en" (English).
language = "en"

# Where the public site will be online, for share links.
# Remove the # at the start of the line once you know it.
# base_url = "https://example.org/journals"

# Your group: its members see what each one makes visible to "community", on
# the site site/community/{slug}/. Another group:
#   carnet add group my-other-group --name "My other group"
[[groups]]
# Its id: lowercase letters without accents, digits and dashes.
slug = "{slug}"
# Its name, as shown.
name = {name}
# Who is in it: "learners", "professionals" or "employers".
kind = "learners"

# Photos (optional). Remove the # of a line to change its value; these are the
# defaults.
# [images]
# quality = 82            # quality of the published photos, 1 to 100
# webp = false            # true: lighter photos, a longer build
# max_pixels = 100000000  # refuse larger photos (in pixels)
# max_bytes = 67108864    # refuse heavier files (in bytes)
"#
        ),
    }
}

fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use io::Write;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)
}

/// A TOML string, quoted and escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// `carnet.toml`. Its title names nobody: it shows on every site, the public one
/// included, while the learner's name stays private with their profile.
fn config(lang: Language) -> String {
    match lang {
        Language::Fr => format!(
            r#"# carnet.toml : les réglages de ton carnet de route.
# Chaque ligne « clé = valeur » règle une chose ; ce qui suit un # est un
# commentaire, que carnet ne lit pas.

# Le titre des sites, en haut de chaque page, le site public compris.
title = {title}

# La langue des sites et des messages de carnet : "fr" (français) ou "en" (anglais).
language = "fr"

# L'adresse où le site public sera en ligne, pour les liens de partage.
# Enlève le # au début de la ligne quand tu la connais.
# base_url = "https://exemple.org/mon-carnet"

# Un groupe : ses membres voient ce que tu rends visible à "community".
# Copie ces quatre lignes pour en ajouter un autre.
[[groups]]
# Son identifiant : lettres minuscules sans accent, chiffres et tirets.
slug = "mon-groupe"
# Son nom, tel qu'il s'affiche.
name = "Mon groupe"
# Qui le compose : "learners" (des jeunes), "professionals" (des professionnels)
# ou "employers" (des entreprises).
kind = "learners"

# Une ou un référent : voit ce que tu rends visible à "referent".
[[referents]]
# Son identifiant : lettres minuscules sans accent, chiffres et tirets.
slug = "ma-referente"
# Son nom, tel qu'il s'affiche.
name = "Nelly"
# Comment tu l'appelles (facultatif) : « Toi et ta conseillère Nelly ».
role = "conseillère"

# Les photos (facultatif). Enlève le # d'une ligne pour changer sa valeur ;
# celles-ci sont les valeurs par défaut.
# [images]
# quality = 82            # qualité des photos publiées, de 1 à 100
# webp = false            # true : des photos plus légères, une construction plus longue
# max_pixels = 100000000  # refuse les photos plus grandes (en pixels)
# max_bytes = 67108864    # refuse les fichiers plus lourds (en octets)
"#,
            title = quoted("Mon carnet de route")
        ),
        Language::En => format!(
            r#"# carnet.toml: the settings of your journal.
# Each "key = value" line sets one thing; what follows a # is a comment, which
# carnet does not read.

# The title of the sites, at the top of every page, the public site's too.
title = {title}

# The language of the sites and of carnet's messages: "fr" (French) or "en" (English).
language = "en"

# Where the public site will be online, for share links.
# Remove the # at the start of the line once you know it.
# base_url = "https://example.org/my-journal"

# A group: its members see what you make visible to "community".
# Copy these four lines to add another one.
[[groups]]
# Its id: lowercase letters without accents, digits and dashes.
slug = "my-group"
# Its name, as shown.
name = "My group"
# Who is in it: "learners", "professionals" or "employers".
kind = "learners"

# A referent (adviser): sees what you make visible to "referent".
[[referents]]
# Their id: lowercase letters without accents, digits and dashes.
slug = "my-adviser"
# Their name, as shown.
name = "Nelly"
# What you call them (optional): "You and your adviser Nelly".
role = "adviser"

# Photos (optional). Remove the # of a line to change its value; these are the
# defaults.
# [images]
# quality = 82            # quality of the published photos, 1 to 100
# webp = false            # true: lighter photos, a longer build
# max_pixels = 100000000  # refuse larger photos (in pixels)
# max_bytes = 67108864    # refuse heavier files (in bytes)
"#,
            title = quoted("My journal")
        ),
    }
}

fn profile(name: &str, lang: Language) -> String {
    match lang {
        Language::Fr => format!(
            r#"+++
# Ton nom, tel qu'il s'affiche sur tes pages.
name = {name}
# Une ligne sous ton nom : ce que tu fais, ou ce que tu cherches.
headline = "En route vers un métier qui me plaît"
# Une photo de toi (facultatif) : le nom d'un fichier de ce dossier.
# avatar = "avatar.jpg"
# Tes groupes : des identifiants (slug) de carnet.toml.
groups = ["mon-groupe"]
# Ta ou ton référent : un identifiant (slug) de carnet.toml.
referent = "ma-referente"
# Qui peut voir ton profil, et donc ton carnet : "private" (toi seul·e),
# "referent" (toi et ta ou ton référent), "community" (ton groupe),
# "public" (tout le monde sur internet). Une expérience plus visible que ton
# profil ne se voit que là où ton profil se voit.
visibility = "private"
+++
Quelques mots sur toi : d'où tu viens, ce que tu aimes, ce que tu cherches.
"#,
            name = quoted(name)
        ),
        Language::En => format!(
            r#"+++
# Your name, as shown on your pages.
name = {name}
# One line under your name: what you do, or what you are looking for.
headline = "On my way to a job I like"
# A photo of you (optional): the name of a file of this folder.
# avatar = "avatar.jpg"
# Your groups: ids (slug) of carnet.toml.
groups = ["my-group"]
# Your referent: an id (slug) of carnet.toml.
referent = "my-adviser"
# Who can see your profile, and so your journal: "private" (only you),
# "referent" (you and your referent), "community" (your group), "public"
# (everyone on the internet). An experience more visible than your profile
# shows only where your profile does.
visibility = "private"
+++
A few words about you: where you come from, what you like, what you look for.
"#,
            name = quoted(name)
        ),
    }
}

fn experience_text(today: Date, lang: Language) -> String {
    let date = today.iso_date();
    match lang {
        Language::Fr => format!(
            r#"+++
# Le titre de l'expérience.
title = "Ma première expérience"
# Sa date : 2021-05-31, ou 2021-05-31T14:06:00 avec l'heure.
date = {date}
# Où c'était (facultatif).
place = "Le centre de formation"
# Quel genre d'expérience : stage, atelier, visite, formation, emploi, entretien…
kind = "atelier"
# Des mots-clés libres (facultatif).
tags = ["découverte"]
# Les compétences qu'elle prouve : des identifiants du référentiel (voir le README,
# ou skills.toml si ton carnet en a un).
skills = ["curiosite", "travail-equipe"]
# Qui peut la voir : "private" (toi seul·e), "referent" (toi et ta ou ton
# référent), "community" (ton groupe), "public" (tout le monde sur internet).
visibility = "private"
# Ses photos, dans l'ordre : le fichier, une description pour qui ne la voit pas
# (alt), et une légende (facultatif). Sans cette liste, toutes les photos du
# dossier sont montrées.
photos = [
  {{ file = "{PHOTO}", alt = "Un soleil orange qui se lève sur un ciel bleu", caption = "Le début du parcours" }},
]
+++
Raconte ici ce que tu as fait, ce que tu as appris, ce qui t'a plu.

Écris en Markdown : une ligne vide entre deux paragraphes, **gras**, *italique*.
"#
        ),
        Language::En => format!(
            r#"+++
# The title of the experience.
title = "My first experience"
# Its date: 2021-05-31, or 2021-05-31T14:06:00 with a time.
date = {date}
# Where it was (optional).
place = "The training centre"
# What kind of experience: stage, atelier, visite, formation, emploi, entretien...
kind = "atelier"
# Free keywords (optional).
tags = ["discovery"]
# The skills it proves: ids of the framework (see the README, or skills.toml if
# your journal has one).
skills = ["curiosite", "travail-equipe"]
# Who can see it: "private" (only you), "referent" (you and your referent),
# "community" (your group), "public" (everyone on the internet).
visibility = "private"
# Its photos, in order: the file, a description for people who cannot see it
# (alt), and a caption (optional). Without this list, every photo of the folder
# is shown.
photos = [
  {{ file = "{PHOTO}", alt = "An orange sun rising in a blue sky", caption = "The start of the journey" }},
]
+++
Tell here what you did, what you learnt, what you liked.

Write in Markdown: an empty line between paragraphs, **bold**, *italics*.
"#
        ),
    }
}

fn story(experience: &str, lang: Language) -> String {
    match lang {
        Language::Fr => format!(
            r#"+++
# Le titre du récit.
title = "Mon parcours"
# Qui peut le voir (comme pour une expérience). Une expérience moins visible que
# le récit en est retirée là où on ne peut pas la voir.
visibility = "private"
# Les expériences qu'il raconte, dans l'ordre : des noms de dossiers de experiences/.
experiences = ["{experience}"]
# La mise en page : "journal" (texte et photos), "mosaic" (une mosaïque de
# photos) ou "slides" (une expérience par écran).
layout = "journal"
# La photo de couverture (facultatif) : "dossier/photo.jpg".
cover = "{experience}/{PHOTO}"
+++
Ce récit présente mon parcours : à qui veux-tu le montrer, et qu'as-tu envie de dire ?
"#
        ),
        Language::En => format!(
            r#"+++
# The title of the story.
title = "My path"
# Who can see it (as for an experience). An experience less visible than the
# story is left out wherever it may not be seen.
visibility = "private"
# The experiences it tells, in order: folder names of experiences/.
experiences = ["{experience}"]
# The layout: "journal" (text and photos), "mosaic" (a photo grid) or "slides"
# (one experience per screen).
layout = "journal"
# The cover photo (optional): "folder/photo.jpg".
cover = "{experience}/{PHOTO}"
+++
This story tells my path: who do you want to show it to, and what do you want to say?
"#
        ),
    }
}

/// The example photo: a sun rising in a blue sky, 800×600, made here (no file
/// to ship, no licence to track), the same bytes every time.
fn photo() -> Vec<u8> {
    let (w, h) = (800u32, 600u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (dx, dy) = (x as f32 - 400.0, y as f32 - 420.0);
        let d = (dx * dx + dy * dy).sqrt();
        if y > 470 {
            image::Rgb([40, 90 + (y % 7) as u8, 60])
        } else if d < 90.0 {
            image::Rgb([250, 160, 40])
        } else {
            let t = y as f32 / 470.0;
            image::Rgb([
                (60.0 + 150.0 * t) as u8,
                (120.0 + 60.0 * t) as u8,
                (200.0 - 60.0 * t) as u8,
            ])
        }
    });
    let mut out = io::Cursor::new(Vec::new());
    // Encoding a fresh in-memory image into memory does not fail.
    let _ = img.write_to(&mut out, image::ImageFormat::Jpeg);
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date {
            year: 2024,
            month: 3,
            day: 1,
            time: None,
        }
    }

    #[test]
    fn a_new_journal_loads_and_checks_clean_in_both_languages() {
        for lang in [Language::Fr, Language::En] {
            let dir = tempfile::tempdir().expect("temp");
            let root = dir.path().join("carnet");
            let started = create_journal(&root, "Inès Dupont", lang, today()).expect("init");
            assert_eq!(started.learner, "ines-dupont");
            let (journal, errors) = crate::journal::load(&root);
            assert!(errors.is_empty(), "{errors:?}");
            let journal = journal.expect("journal");
            assert_eq!(journal.config.language, lang);
            let report = crate::check::check(&journal);
            assert!(report.errors.is_empty(), "{:?}", report.errors);
            assert!(report.warnings.is_empty(), "{:?}", report.warnings);
            assert_eq!(journal.learners[0].experiences[0].photos.len(), 1);
        }
    }

    #[test]
    fn a_group_journal_loads_and_checks_clean_in_both_languages() {
        for lang in [Language::Fr, Language::En] {
            let dir = tempfile::tempdir().expect("temp");
            let root = dir.path().join("groupe");
            let started = create_group_journal(&root, "Garantie Jeunes 2026", lang).expect("init");
            assert_eq!(started.group, "garantie-jeunes-2026");
            let (journal, errors) = crate::journal::load(&root);
            assert!(errors.is_empty(), "{errors:?}");
            let journal = journal.expect("journal");
            assert_eq!(journal.config.groups[0].name, "Garantie Jeunes 2026");
            // The public title names no programme.
            assert!(!journal.config.title.contains("Garantie"));
            let report = crate::check::check(&journal);
            assert!(report.errors.is_empty(), "{:?}", report.errors);
        }
    }

    #[test]
    fn a_folder_that_is_not_empty_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp");
        fs::write(dir.path().join("notes.txt"), "mes notes").expect("write");
        let e = create_journal(dir.path(), "Ana", Language::Fr, today()).unwrap_err();
        assert!(matches!(e, StarterError::NotEmpty(_)), "{e}");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().collect();
        assert_eq!(names.len(), 1);
    }
}

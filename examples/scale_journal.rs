//! Writes a large journal for the scale benchmark (`scripts/scale.sh`): at factor F,
//! 20·F learners with 50 experiences each (1,000·F experiences, 10,000 at 10x), two
//! stories each, five groups and five referents, every visibility; every experience
//! has a small photo of its own colour and a text of its own. Whatever the factor,
//! one experience holds a 1 MB Markdown text and another 200 photos.
//!
//! usage: cargo run --release --example scale_journal -- OUT FACTOR

use std::fmt::Write as _;
use std::fs;
use std::io::Cursor;
use std::path::Path;

const WORDS: [&str; 32] = [
    "atelier",
    "stage",
    "équipe",
    "tuteur",
    "client",
    "journée",
    "outil",
    "poste",
    "apprendre",
    "montrer",
    "préparer",
    "vérifier",
    "ranger",
    "organiser",
    "écouter",
    "expliquer",
    "matin",
    "après-midi",
    "commande",
    "sécurité",
    "consigne",
    "geste",
    "boulangerie",
    "chantier",
    "garage",
    "marché",
    "jardin",
    "musée",
    "fier",
    "difficile",
    "rapide",
    "calme",
];
const VISIBILITIES: [&str; 4] = ["private", "referent", "community", "public"];
const KINDS: [&str; 5] = ["stage", "atelier", "visite", "formation", "emploi"];

/// A deterministic pseudo-random sequence (a linear congruential generator).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut s = String::new();
        for i in 0..words {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(WORDS[self.next() % WORDS.len()]);
        }
        // A word of its own, so that no two texts are the same.
        write!(s, " n{}", self.next() % 1_000_000).expect("write");
        s.push('.');
        s
    }
}

fn png(w: u32, h: u32, seed: usize) -> Vec<u8> {
    let rgb = [
        (seed * 37 % 256) as u8,
        (seed * 91 % 256) as u8,
        (seed * 53 % 256) as u8,
    ];
    let img = image::RgbImage::from_pixel(w, h, image::Rgb(rgb));
    let mut bytes = Cursor::new(Vec::new());
    img.write_to(&mut bytes, image::ImageFormat::Png)
        .expect("encode");
    bytes.into_inner()
}

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, bytes).expect("write");
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(out), Some(factor)) = (args.next(), args.next()) else {
        eprintln!("usage: scale_journal OUT FACTOR");
        std::process::exit(2);
    };
    let out = Path::new(&out);
    let factor: usize = factor.parse().expect("FACTOR is a number");
    let mut rng = Rng(42);
    let mut config = String::from("title = \"Carnet à grande échelle\"\n");
    for g in 0..5 {
        writeln!(
            config,
            "[[groups]]\nslug = \"g{g}\"\nname = \"Groupe {g}\"\nkind = \"learners\""
        )
        .expect("write");
    }
    for r in 0..5 {
        writeln!(
            config,
            "[[referents]]\nslug = \"r{r}\"\nname = \"Référent {r}\""
        )
        .expect("write");
    }
    write(&out.join("carnet.toml"), config.as_bytes());
    let mut photo = 0;
    for l in 0..20 * factor {
        let dir = out.join(format!("learners/jeune-{l:05}"));
        let profile = format!(
            "+++\nname = \"Jeune {l}\"\nheadline = \"{}\"\nvisibility = \"{}\"\ngroups = [\"g{}\"]\nreferent = \"r{}\"\n+++\n{}\n",
            rng.sentence(4),
            VISIBILITIES[(l + 1) % 4],
            l % 5,
            l % 5,
            rng.sentence(30)
        );
        write(&dir.join("profile.md"), profile.as_bytes());
        let mut folders = Vec::new();
        for e in 0..50 {
            let day = 1 + e % 28;
            let month = 1 + e / 28;
            let folder = format!("2023-{month:02}-{day:02}-experience-{e}");
            let exp = dir.join("experiences").join(&folder);
            let mut body = String::new();
            for _ in 0..3 {
                body.push_str(&rng.sentence(25));
                body.push_str("\n\n");
            }
            let mut photos = 1;
            if l == 0 && e == 0 {
                // The 1 MB text.
                body.clear();
                let mut n = 0;
                // Just under the 1 MiB a text may have.
                while body.len() < 1000 * 1024 {
                    writeln!(
                        body,
                        "## Partie {n}\n\n{}\n\n- {}\n- {}\n",
                        rng.sentence(60),
                        rng.sentence(8),
                        rng.sentence(8)
                    )
                    .expect("write");
                    n += 1;
                }
            }
            if l == 0 && e == 1 {
                photos = 200;
            }
            for p in 0..photos {
                photo += 1;
                write(&exp.join(format!("photo-{p:03}.png")), &png(48, 36, photo));
            }
            let index = format!(
                "+++\ntitle = \"{}\"\ndate = 2023-{month:02}-{day:02}\nplace = \"Lieu {}\"\nkind = \"{}\"\ntags = [\"{}\", \"{}\"]\nskills = [\"{}\"]\nvisibility = \"{}\"\n+++\n{body}",
                rng.sentence(3).trim_end_matches('.'),
                rng.next() % 100,
                KINDS[rng.next() % KINDS.len()],
                WORDS[rng.next() % WORDS.len()],
                WORDS[rng.next() % WORDS.len()],
                ["rigueur", "autonomie", "curiosite", "travail-equipe"][rng.next() % 4],
                VISIBILITIES[rng.next() % 4],
            );
            write(&exp.join("index.md"), index.as_bytes());
            folders.push(folder);
        }
        for s in 0..2 {
            let members: Vec<String> = (0..5)
                .map(|_| format!("\"{}\"", folders[rng.next() % folders.len()]))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let story = format!(
                "+++\ntitle = \"Récit {s}\"\nvisibility = \"{}\"\nexperiences = [{}]\n+++\n{}\n",
                VISIBILITIES[(l + s) % 4],
                members.join(", "),
                rng.sentence(20)
            );
            write(&dir.join(format!("stories/recit-{s}.md")), story.as_bytes());
        }
    }
    eprintln!(
        "{}: {} learners, {} experiences, {photo} photos",
        out.display(),
        20 * factor,
        1000 * factor
    );
}

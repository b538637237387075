//! Test harness shared by the integration tests: a [`Journal`] fixture builder that
//! writes a journal into a temporary folder, [`run`] to call the real `carnet`
//! binary with an isolated image cache, and helpers to list and read the sites it
//! writes. See `tests/README.md`.

// Not every test module uses every helper.
#![allow(dead_code, unreachable_pub, missing_docs)]

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// The `carnet` binary built by Cargo for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_carnet");

/// Every audience site kind, as the folder prefixes of the output.
pub const SITE_KINDS: [&str; 4] = ["public", "community", "referent", "private"];

// ---------------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------------

/// What one run of `carnet` gave.
#[derive(Debug)]
pub struct Output {
    /// Exit code (`-1` when killed by a signal).
    pub code: i32,
    /// Standard output, as text.
    pub stdout: String,
    /// Standard error, as text.
    pub stderr: String,
}

impl Output {
    /// Asserts exit code 0 and returns self.
    #[track_caller]
    pub fn assert_success(self) -> Self {
        assert_eq!(self.code, 0, "carnet failed:\n{self}");
        self
    }

    /// Asserts the exit code and returns self.
    #[track_caller]
    pub fn code(self, code: i32) -> Self {
        assert_eq!(self.code, code, "unexpected exit code:\n{self}");
        self
    }

    /// Asserts that stderr contains every one of `needles`.
    #[track_caller]
    pub fn stderr_has(&self, needles: &[&str]) -> &Self {
        for n in needles {
            assert!(self.stderr.contains(n), "stderr lacks {n:?}:\n{self}");
        }
        self
    }

    /// The `erreur[code]:` lines of stderr (the first line of each error), in
    /// French or English.
    pub fn error_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with("erreur") || l.starts_with("error"))
            .collect()
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit code {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `carnet` with `args`. Unless `args` already has `--cache`, a fresh temporary
/// cache folder is used (and deleted afterwards). `HOME`, `XDG_CACHE_HOME` and
/// `CARNET_CACHE` also point into a temporary folder, so a test can never touch the
/// user's `~/.cache`.
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    run_with_env(args, &[])
}

/// [`run`] with extra environment variables.
pub fn run_with_env<I, S>(args: I, env: &[(&str, &str)]) -> Output
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let mut args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let sandbox = TempDir::new().expect("temp dir");
    if !args.iter().any(|a| a == "--cache") && args.first().is_some_and(|a| a == "build") {
        args.push("--cache".into());
        args.push(sandbox.path().join("cache").into());
    }
    let out = Command::new(BIN)
        .args(&args)
        .env("HOME", sandbox.path().join("home"))
        .env("XDG_CACHE_HOME", sandbox.path().join("xdg-cache"))
        .env("CARNET_CACHE", sandbox.path().join("env-cache"))
        .env_remove("RUST_LOG")
        // `--help` and clap's errors follow the locale: French unless a test asks
        // (no locale variable is set, as on a machine whose locale is unset).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(env.iter().copied())
        .output()
        .expect("run the carnet binary");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

// ---------------------------------------------------------------------------------
// The journal fixture
// ---------------------------------------------------------------------------------

/// A journal written into a temporary folder:
///
/// ```text
/// <tmp>/journal/   the journal (carnet.toml, learners/...)
/// <tmp>/out/       the default output folder of `build()`
/// <tmp>/cache/     this journal's own image cache
/// ```
///
/// Every helper writes files immediately and returns `&Self` so calls chain.
pub struct Journal {
    tmp: TempDir,
}

impl Default for Journal {
    fn default() -> Self {
        Self::new()
    }
}

impl Journal {
    /// An empty journal folder with a minimal `carnet.toml` (`title = "Carnet test"`).
    pub fn new() -> Self {
        let tmp = TempDir::new().expect("temp dir");
        fs::create_dir_all(tmp.path().join("journal")).expect("create journal");
        let j = Journal { tmp };
        j.config("title = \"Carnet test\"\n");
        j
    }

    /// A copy of the journal `tests/fixtures/journals/<name>/`.
    pub fn from_fixture(name: &str) -> Self {
        let j = Journal::new();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/journals")
            .join(name);
        for rel in list_files(&from) {
            let bytes = fs::read(from.join(&rel)).expect("read fixture");
            j.file(&rel, &bytes);
        }
        j
    }

    /// The temporary folder holding journal, output and cache.
    pub fn tmp(&self) -> &Path {
        self.tmp.path()
    }

    /// The journal folder.
    pub fn root(&self) -> PathBuf {
        self.tmp.path().join("journal")
    }

    /// The default output folder (`<tmp>/out`).
    pub fn out(&self) -> PathBuf {
        self.tmp.path().join("out")
    }

    /// This journal's image cache.
    pub fn cache(&self) -> PathBuf {
        self.tmp.path().join("cache")
    }

    /// A path inside the journal.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Writes `carnet.toml`.
    pub fn config(&self, toml: &str) -> &Self {
        self.file("carnet.toml", toml.as_bytes())
    }

    /// Writes `learners/<slug>/profile.md` with `front_matter` (TOML, without the
    /// `+++` lines) and `bio` (Markdown).
    pub fn learner(&self, slug: &str, front_matter: &str, bio: &str) -> &Self {
        self.file(
            &format!("learners/{slug}/profile.md"),
            markdown(front_matter, bio).as_bytes(),
        )
    }

    /// Writes `learners/<learner>/experiences/<folder>/index.md` and its photos.
    pub fn experience(
        &self,
        learner: &str,
        folder: &str,
        front_matter: &str,
        body: &str,
        photos: &[(&str, &[u8])],
    ) -> &Self {
        let dir = format!("learners/{learner}/experiences/{folder}");
        self.file(
            &format!("{dir}/index.md"),
            markdown(front_matter, body).as_bytes(),
        );
        for (name, bytes) in photos {
            self.file(&format!("{dir}/{name}"), bytes);
        }
        self
    }

    /// Writes `learners/<learner>/stories/<slug>.md`.
    pub fn story(&self, learner: &str, slug: &str, front_matter: &str, body: &str) -> &Self {
        self.file(
            &format!("learners/{learner}/stories/{slug}.md"),
            markdown(front_matter, body).as_bytes(),
        )
    }

    /// Writes any file of the journal (parent folders are created).
    pub fn file(&self, rel: &str, bytes: &[u8]) -> &Self {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("create folders");
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        self
    }

    /// Removes a file or folder of the journal.
    pub fn remove(&self, rel: &str) -> &Self {
        let path = self.path(rel);
        if path.is_dir() {
            fs::remove_dir_all(&path).expect("remove folder");
        } else {
            fs::remove_file(&path).expect("remove file");
        }
        self
    }

    /// Reads a text file of the journal.
    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).expect("read journal file")
    }

    /// Replaces `from` by `to` in a text file of the journal (which must contain it).
    pub fn edit(&self, rel: &str, from: &str, to: &str) -> &Self {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.file(rel, text.replacen(from, to, 1).as_bytes())
    }

    /// Makes `rel` (inside the journal) a symbolic link to `target`.
    #[cfg(unix)]
    pub fn symlink(&self, rel: &str, target: &Path) -> &Self {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("create folders");
        std::os::unix::fs::symlink(target, &path).expect("symlink");
        self
    }

    /// `carnet build <journal> --out <tmp>/out --cache <tmp>/cache`.
    pub fn build(&self) -> Output {
        self.build_into(&self.out())
    }

    /// `carnet build <journal> --out <out> --cache <tmp>/cache`.
    pub fn build_into(&self, out: &Path) -> Output {
        self.build_with(out, &self.cache())
    }

    /// `carnet build <journal> --out <out> --cache <cache>`.
    pub fn build_with(&self, out: &Path, cache: &Path) -> Output {
        run([
            OsString::from("build"),
            self.root().into(),
            "--out".into(),
            out.into(),
            "--cache".into(),
            cache.into(),
        ])
    }

    /// Builds into `<tmp>/out`, asserting success.
    #[track_caller]
    pub fn build_ok(&self) -> Output {
        self.build().assert_success()
    }

    /// The site of `audience` (`"public"`, `"community/g"`, ...) in `<tmp>/out`.
    pub fn site(&self, audience: &str) -> Site {
        Site::new(self.out().join(audience))
    }
}

/// `+++\n<front>\n+++\n<body>`.
pub fn markdown(front_matter: &str, body: &str) -> String {
    let mut text = String::from("+++\n");
    text.push_str(front_matter.trim_matches('\n'));
    text.push_str("\n+++\n");
    text.push_str(body);
    text
}

// ---------------------------------------------------------------------------------
// Reading output folders
// ---------------------------------------------------------------------------------

/// Every file under `dir`, as sorted `/`-separated paths relative to it.
pub fn list_files(dir: &Path) -> Vec<String> {
    walk(dir, false)
}

/// Every file *and folder* under `dir`, relative, sorted.
pub fn list_paths(dir: &Path) -> Vec<String> {
    walk(dir, true)
}

fn walk(dir: &Path, with_dirs: bool) -> Vec<String> {
    fn go(base: &Path, dir: &Path, with_dirs: bool, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let rel = rel_path(base, &path);
            let ty = entry.file_type().expect("file type");
            if ty.is_dir() {
                if with_dirs {
                    out.push(rel);
                }
                go(base, &path, with_dirs, out);
            } else {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    go(dir, dir, with_dirs, &mut out);
    out.sort();
    out
}

fn rel_path(base: &Path, path: &Path) -> String {
    path.strip_prefix(base)
        .expect("under base")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every file under `dir` with its bytes, by relative path: compare two snapshots to
/// prove a folder was left byte-for-byte unchanged.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    list_files(dir)
        .into_iter()
        .map(|rel| {
            let bytes = fs::read(dir.join(&rel)).expect("read output file");
            (rel, bytes)
        })
        .collect()
}

/// All text files (`.html`, `.css`, `.js`, `.txt`) under `dir`: (relative path, text).
pub fn read_all_text(dir: &Path) -> Vec<(String, String)> {
    list_files(dir)
        .into_iter()
        .filter(|f| {
            [".html", ".css", ".js", ".txt"]
                .iter()
                .any(|e| f.ends_with(e))
        })
        .map(|f| {
            let text = fs::read_to_string(dir.join(&f)).expect("read text file");
            (f, text)
        })
        .collect()
}

/// The audience sites under an output folder, as `public`, `community/<g>`,
/// `referent/<r>`, `private/<l>`.
pub fn sites_in(out: &Path) -> Vec<String> {
    let mut sites = Vec::new();
    if out.join("public").is_dir() {
        sites.push("public".to_string());
    }
    for kind in ["community", "referent", "private"] {
        if let Ok(entries) = fs::read_dir(out.join(kind)) {
            for e in entries.flatten() {
                if e.path().is_dir() {
                    sites.push(format!("{kind}/{}", e.file_name().to_string_lossy()));
                }
            }
        }
    }
    sites.sort();
    sites
}

/// One audience's site folder.
pub struct Site {
    pub root: PathBuf,
}

impl Site {
    pub fn new(root: PathBuf) -> Self {
        Site { root }
    }

    /// Whether the site folder exists.
    pub fn exists(&self) -> bool {
        self.root.is_dir()
    }

    /// Every file, relative.
    pub fn files(&self) -> Vec<String> {
        list_files(&self.root)
    }

    /// The HTML pages, relative.
    pub fn pages(&self) -> Vec<String> {
        self.files()
            .into_iter()
            .filter(|f| f.ends_with(".html"))
            .collect()
    }

    /// Files under `photos/`, relative to the site.
    pub fn photo_files(&self) -> Vec<String> {
        self.files()
            .into_iter()
            .filter(|f| f.starts_with("photos/"))
            .collect()
    }

    /// Whether the site has the file `rel`.
    pub fn has(&self, rel: &str) -> bool {
        self.root.join(rel).is_file()
    }

    /// Text of `rel`.
    #[track_caller]
    pub fn text(&self, rel: &str) -> String {
        fs::read_to_string(self.root.join(rel))
            .unwrap_or_else(|e| panic!("read {}: {e}", self.root.join(rel).display()))
    }

    /// Parsed HTML of `rel`.
    #[track_caller]
    pub fn html(&self, rel: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.text(rel))
    }

    /// Bytes of `rel`.
    pub fn bytes(&self, rel: &str) -> Vec<u8> {
        fs::read(self.root.join(rel)).expect("read site file")
    }

    /// Every local URL referenced by the site's pages (`href`, `src`, every `srcset`
    /// candidate), resolved to a site-relative path, without fragment. Absolute URLs
    /// (`http:`, `mailto:`...) and pure fragments are left out.
    pub fn referenced(&self) -> BTreeSet<String> {
        let mut refs = BTreeSet::new();
        for page in self.pages() {
            for (_, url) in urls_of(&self.html(&page)) {
                if let Some(target) = resolve(&page, &url) {
                    refs.insert(target);
                }
            }
        }
        refs
    }
}

/// Every URL of an HTML document: (`element.attribute`, url), including each
/// candidate of `srcset`.
pub fn urls_of(doc: &scraper::Html) -> Vec<(String, String)> {
    let sel = scraper::Selector::parse("[href], [src], [srcset]").expect("selector");
    let mut out = Vec::new();
    for el in doc.select(&sel) {
        let name = el.value().name().to_string();
        for attr in ["href", "src"] {
            if let Some(v) = el.value().attr(attr) {
                out.push((format!("{name}.{attr}"), v.to_string()));
            }
        }
        if let Some(v) = el.value().attr("srcset") {
            for candidate in v.split(',') {
                if let Some(url) = candidate.split_whitespace().next() {
                    out.push((format!("{name}.srcset"), url.to_string()));
                }
            }
        }
    }
    out
}

/// Whether `url` is absolute (has a scheme, or is protocol- or root-relative).
pub fn is_absolute_url(url: &str) -> bool {
    if url.starts_with('/') {
        return true;
    }
    match url.find(':') {
        Some(i) => {
            let scheme = &url[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !url[..i].contains('/')
        }
        None => false,
    }
}

/// Resolves a relative `url` found on the page at `page` (site-relative) to a
/// site-relative file path. `None` for absolute URLs and pure fragments. A path
/// that climbs above the site root resolves to `"../<rest>"` (which is no file).
pub fn resolve(page: &str, url: &str) -> Option<String> {
    if is_absolute_url(url) || url.starts_with('#') || url.is_empty() {
        return None;
    }
    let url = url.split(['#', '?']).next().unwrap_or("");
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop(); // the page's own file name
    let mut escaped = false;
    for seg in url.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    escaped = true;
                }
            }
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if url.ends_with('/') || path.is_empty() {
        path = if path.is_empty() {
            "index.html".into()
        } else {
            format!("{path}/index.html")
        };
    }
    Some(if escaped { format!("../{path}") } else { path })
}

/// Whether `haystack` contains `needle`, ignoring ASCII case.
pub fn contains_ci(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.to_ascii_lowercase();
    let needle = needle.as_bytes();
    needle.is_empty()
        || haystack.windows(needle.len()).any(|w| {
            w.iter()
                .zip(needle)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
}

// ---------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------

/// The repository's example journal.
pub fn example_journal() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("example-journal")
}

/// Bytes of a file of the example journal (`learners/ines/...`).
pub fn example_file(rel: &str) -> Vec<u8> {
    let path = example_journal().join(rel);
    fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// A 451×300 photo with a GPS position in its EXIF.
pub const GPS_PHOTO: &str =
    "learners/ines/experiences/2021-03-30-stage-animalerie/chat-de-la-boutique.jpg";
/// A 600×400 photo with GPS, Make/Model, Artist, SerialNumber and DateTimeOriginal.
pub const SERIAL_PHOTO: &str =
    "learners/karim/experiences/2021-10-18-premier-contrat-preparateur/cafe-d-accueil.jpg";
/// A photo stored 1200×900 (landscape) with EXIF Orientation 6: it is a portrait.
pub const ROTATED_PHOTO: &str =
    "learners/ines/experiences/2021-04-22-formation-sst/parc-du-centre-de-formation.jpg";

/// A `w`×`h` JPEG of one flat colour, with no metadata.
pub fn solid_jpeg(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
    encode(w, h, rgb, image::ImageFormat::Jpeg)
}

/// A `w`×`h` PNG of one flat colour.
pub fn solid_png(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
    encode(w, h, rgb, image::ImageFormat::Png)
}

fn encode(w: u32, h: u32, rgb: [u8; 3], format: image::ImageFormat) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(w, h, image::Rgb(rgb));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut bytes, format)
        .expect("encode image");
    bytes.into_inner()
}

/// Decodes an image; returns (width, height, mean colour).
pub fn decode_mean(bytes: &[u8]) -> (u32, u32, [u8; 3]) {
    let img = image::load_from_memory(bytes)
        .expect("decode image")
        .into_rgb8();
    let (w, h) = img.dimensions();
    let mut sum = [0u64; 3];
    for p in img.pixels() {
        for (s, c) in sum.iter_mut().zip(p.0) {
            *s += u64::from(c);
        }
    }
    let n = u64::from(w) * u64::from(h);
    (w, h, sum.map(|s| (s / n.max(1)) as u8))
}

/// Size of an image, from its header.
pub fn image_size(bytes: &[u8]) -> (u32, u32) {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .expect("guess format")
        .into_dimensions()
        .expect("read dimensions")
}

/// One segment of a JPEG file, before the image data.
#[derive(Debug, Clone)]
pub struct Segment {
    /// The marker byte (after `0xFF`): `0xE1` for APP1, `0xC0` for SOF0...
    pub marker: u8,
    /// The segment's payload (after its 2-byte length).
    pub data: Vec<u8>,
}

/// Walks the header segments of a JPEG (SOI up to SOS). Panics if the bytes are
/// not a well-formed JPEG header.
pub fn jpeg_segments(bytes: &[u8]) -> Vec<Segment> {
    assert!(
        bytes.len() > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8,
        "not a JPEG (no SOI)"
    );
    let mut segments = Vec::new();
    let mut i = 2;
    while i + 4 <= bytes.len() {
        assert_eq!(bytes[i], 0xFF, "JPEG marker expected at byte {i}");
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1; // fill byte
            continue;
        }
        if (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        assert!(
            len >= 2 && i + 2 + len <= bytes.len(),
            "bad JPEG segment length at byte {i}"
        );
        segments.push(Segment {
            marker,
            data: bytes[i + 4..i + 2 + len].to_vec(),
        });
        if marker == 0xDA {
            break; // start of scan: the rest is image data
        }
        i += 2 + len;
    }
    segments
}

/// `jpeg` with a segment (`0xFF marker`, `payload`) inserted after its SOI and APP0.
pub fn with_segment(jpeg: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut at = 2;
    if jpeg.get(2..4) == Some(&[0xFF, 0xE0]) {
        at = 4 + usize::from(u16::from_be_bytes([jpeg[4], jpeg[5]]));
    }
    let len = u16::try_from(payload.len() + 2).expect("segment too long");
    let mut out = jpeg[..at].to_vec();
    out.extend_from_slice(&[0xFF, marker]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[at..]);
    out
}

/// An EXIF APP1 payload holding only an Orientation tag (big-endian TIFF).
pub fn exif_orientation(orientation: u16) -> Vec<u8> {
    let mut p = b"Exif\0\0MM\0\x2a\0\0\0\x08".to_vec();
    p.extend_from_slice(&1u16.to_be_bytes()); // one entry
    p.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    p.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    p.extend_from_slice(&1u32.to_be_bytes()); // count
    p.extend_from_slice(&orientation.to_be_bytes());
    p.extend_from_slice(&[0, 0]); // value padding
    p.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    p
}

/// An XMP APP1 payload whose packet holds `text`.
pub fn xmp_packet(text: &str) -> Vec<u8> {
    let mut p = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    p.extend_from_slice(
        format!(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>{text}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
        )
        .as_bytes(),
    );
    p
}

/// A `w`×`h` JPEG whose left half is `left` and right half `right`.
pub fn two_tone_jpeg(w: u32, h: u32, left: [u8; 3], right: [u8; 3]) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, _| {
        image::Rgb(if x < w / 2 { left } else { right })
    });
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .expect("encode image");
    bytes.into_inner()
}

/// Every page and data file of `site` (photos and theme assets left out), one after
/// the other: what a test looks through for a string that must, or must not, be there.
pub fn site_text(site: &Site) -> String {
    site.files()
        .iter()
        .filter(|f| !f.starts_with("photos/") && !f.starts_with("static/"))
        .map(|f| site.text(f))
        .collect()
}

// ---------------------------------------------------------------------------------
// Browser tests (tests/browser/*.mjs)
// ---------------------------------------------------------------------------------

/// Held while a browser test runs its script: one Chromium at a time. Each browser
/// test starts Chromium (some a `carnet serve` too), and on a 2-core machine several
/// at once only slow each other down (the suite runs tests two at a time).
pub fn browser_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    // A browser test that failed while holding it leaves it poisoned: the others
    // still run.
    LOCK.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Chromium: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`.
pub fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Where the browser scripts and their npm packages live.
pub fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Whether `program --version` (or `program version`, as openssl has it) runs.
fn runs(program: &str) -> bool {
    ["--version", "version"].iter().any(|arg| {
        Command::new(program)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// What a browser test needs and this machine lacks: node and Chromium, then the
/// programs `tools` and the npm `packages` of `tests/browser` it uses.
pub fn browser_missing(tools: &[&str], packages: &[&str]) -> Vec<String> {
    let mut missing: Vec<String> = std::iter::once("node")
        .chain(tools.iter().copied())
        .filter(|tool| !runs(tool))
        .map(str::to_string)
        .collect();
    if !chromium().is_file() {
        missing.push(chromium().display().to_string());
    }
    for package in packages {
        let manifest = browser_dir().join(format!("node_modules/{package}/package.json"));
        if !manifest.is_file() {
            missing.push(format!("tests/browser/node_modules/{package}"));
        }
    }
    missing
}

/// True (after saying so on stderr) when the browser test `what` must be skipped
/// because of `missing`; with `CARNET_REQUIRE_BROWSER=1` (CI) it fails instead.
/// `install` says how to get what is missing.
pub fn skip_browser_test(what: &str, missing: &[String], install: &str) -> bool {
    if missing.is_empty() {
        return false;
    }
    let message = format!("{what} SKIPPED: {} missing ({install})", missing.join(", "));
    if std::env::var("CARNET_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        panic!("{message}, and CARNET_REQUIRE_BROWSER=1");
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{message}");
    true
}

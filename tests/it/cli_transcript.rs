//! What the CLI tests snapshot: a command's transcript (the command line, its exit
//! code, stdout and stderr), with the temporary folder written `[TMP]` and today's
//! date `[TODAY]`, so that a snapshot is the same on every machine and every day.
//! Also `copy_case`, which lays a case folder of `tests/it/*_cases/` into a
//! temporary folder.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::*;

/// The transcript of `carnet ARGS` run in the folder `tmp` (paths shown relative to it).
pub(crate) fn transcript(tmp: &Path, args: &[&str]) -> (Output, String) {
    let out = run_in(tmp, args, &[]);
    let text = render(tmp, args, &out);
    (out, text)
}

/// Runs `carnet ARGS` with the current folder `dir`, an isolated cache and `env`.
pub(crate) fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let sandbox = tempfile::TempDir::new().expect("temp dir");
    let out = std::process::Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("HOME", sandbox.path().join("home"))
        .env("XDG_CACHE_HOME", sandbox.path().join("xdg-cache"))
        .env("CARNET_CACHE", sandbox.path().join("env-cache"))
        .env_remove("NO_COLOR")
        // `--help` and clap's errors follow the locale: French unless a test asks.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .envs(env.iter().copied())
        .output()
        .expect("run the carnet binary");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The transcript of an output, with `tmp` and today's date masked.
pub(crate) fn render(tmp: &Path, args: &[&str], out: &Output) -> String {
    let text = format!(
        "$ carnet {}\nexit code: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        out.code,
        out.stdout,
        out.stderr
    );
    mask(tmp, &text)
}

/// `tmp` as `[TMP]`, today's date as `[TODAY]`, elapsed times as `[T]`.
pub(crate) fn mask(tmp: &Path, text: &str) -> String {
    let mut text = text.replace(&tmp.display().to_string(), "[TMP]");
    if let Ok(canonical) = fs::canonicalize(tmp) {
        text = text.replace(&canonical.display().to_string(), "[TMP]");
    }
    let today = today();
    text = text.replace(&today, "[TODAY]");
    // « en 1,23 s », « in 1.23 s »
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        out.push_str(&mask_seconds(line));
    }
    out
}

fn mask_seconds(line: &str) -> String {
    for marker in [" en ", " in "] {
        if let Some(i) = line.rfind(marker) {
            let rest = &line[i + marker.len()..];
            if let Some(end) = rest.find(" s") {
                let number = &rest[..end];
                if !number.is_empty()
                    && number
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                {
                    return format!("{}{marker}[T]{}", &line[..i], &rest[end..]);
                }
            }
        }
    }
    line.to_string()
}

/// Today's date as carnet writes it (`YYYY-MM-DD`), from the same clock.
pub(crate) fn today() -> String {
    let now = jiff::ZonedDateTime::now();
    format!("{:04}-{:02}-{:02}", now.year(), now.month(), now.day())
}

/// Copies the case folder `case` into `dest`. An empty `.jpg` file of a case
/// stands for a small photo: a generated 32×24 JPEG is written in its place.
pub(crate) fn copy_case(case: &Path, dest: &Path) {
    for rel in list_files(case) {
        let from = case.join(&rel);
        let to = dest.join(&rel);
        fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        let bytes = fs::read(&from).expect("read case file");
        if bytes.is_empty() && rel.ends_with(".jpg") {
            fs::write(&to, solid_jpeg(32, 24, [120, 140, 160])).expect("write photo");
        } else {
            fs::write(&to, bytes).expect("write case file");
        }
    }
}

/// The case folders under `tests/it/<group>/`, by name.
pub(crate) fn cases(group: &str) -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it")
        .join(group);
    let mut cases: Vec<(String, PathBuf)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    cases.sort();
    cases
}

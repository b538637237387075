//! A build killed at any moment (SIGKILL, no clean-up of any kind) leaves every site
//! complete and readable, and the next build repairs everything.
//!
//! The build is stopped at numbered points of the staging and the commit with the
//! test-only hook `CARNET_TEST_STOP_AT=N` (`src/output/interrupt.rs`): at the N-th
//! point the process says so on stderr and waits; the test then sends SIGKILL. The
//! journal changes between the two builds in every way that moves files: an
//! experience made private (its pages and photo must go), one added (new pages, a
//! new photo), a text changed (pages replaced), a photo changed, a story retold.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::*;

const RED: [u8; 3] = [220, 30, 30];
const GREEN: [u8; 3] = [30, 200, 40];
const BLUE: [u8; 3] = [30, 40, 220];
const YELLOW: [u8; 3] = [230, 220, 30];
const MAGENTA: [u8; 3] = [220, 30, 220];

/// The journal of the first build: ana and bea, public, with three public
/// experiences and a story.
fn first_journal() -> Journal {
    let j = Journal::new();
    j.config("title = \"Carnet test\"\n[[groups]]\nslug = \"g\"\nname = \"Groupe\"\nkind = \"learners\"\n");
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"public\"\ngroups = [\"g\"]",
        "Bio d'Ana.",
    );
    j.learner(
        "bea",
        "name = \"Bea\"\nvisibility = \"public\"",
        "Bio de Bea.",
    );
    let photo = |file: &str| format!("photos = [{{ file = \"{file}\", alt = \"Une photo\" }}]");
    j.experience(
        "ana",
        "2021-01-a",
        &format!(
            "title = \"Atelier A\"\ndate = 2021-01-10\nvisibility = \"public\"\n{}",
            photo("a.jpg")
        ),
        "Le texte de A.",
        &[("a.jpg", &solid_jpeg(64, 48, RED))],
    );
    j.experience(
        "ana",
        "2021-02-zqbientotprive",
        &format!(
            "title = \"Stage zqbientotprive\"\ndate = 2021-02-10\nvisibility = \"public\"\n{}",
            photo("b.jpg")
        ),
        "Le texte zqbientotprive de B.",
        &[("b.jpg", &solid_jpeg(64, 48, GREEN))],
    );
    j.experience(
        "bea",
        "2021-03-c",
        &format!(
            "title = \"Visite C\"\ndate = 2021-03-10\nvisibility = \"community\"\n{}",
            photo("c.jpg")
        ),
        "Le texte de C.",
        &[("c.jpg", &solid_jpeg(64, 48, BLUE))],
    );
    j.story(
        "ana",
        "mon-recit",
        "title = \"Mon récit\"\nvisibility = \"public\"\nexperiences = [\"2021-01-a\", \"2021-02-zqbientotprive\"]",
        "Il était une fois.",
    );
    j
}

/// The same journal, changed in every way that moves files.
fn change(j: &Journal) {
    j.edit(
        "learners/ana/experiences/2021-02-zqbientotprive/index.md",
        "visibility = \"public\"",
        "visibility = \"private\"",
    );
    j.edit(
        "learners/ana/experiences/2021-01-a/index.md",
        "Le texte de A.",
        "Le texte de A, réécrit.",
    );
    j.experience(
        "ana",
        "2021-04-d",
        "title = \"Formation D\"\ndate = 2021-04-10\nvisibility = \"public\"\nphotos = [{ file = \"d.jpg\", alt = \"Une photo\" }]",
        "Le texte de D.",
        &[("d.jpg", &solid_jpeg(64, 48, YELLOW))],
    );
    j.file(
        "learners/bea/experiences/2021-03-c/c.jpg",
        &solid_jpeg(64, 48, MAGENTA),
    );
    j.edit(
        "learners/ana/stories/mon-recit.md",
        "Il était une fois.",
        "Il était deux fois.",
    );
}

/// `carnet build` of `j` into `out`, with the environment of the harness.
fn build_command(j: &Journal, out: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args([
        OsString::from("build"),
        j.root().into(),
        "--out".into(),
        out.into(),
        "--cache".into(),
        j.cache().into(),
    ])
    .env("HOME", j.tmp().join("home"))
    .env("XDG_CACHE_HOME", j.tmp().join("xdg-cache"))
    .env_remove("CARNET_CACHE")
    .env_remove("RUST_LOG");
    cmd
}

/// Copies the output folder `from` to `to` with its manifest (beside it), keeping
/// file times (the manifest trusts a file whose size and time it recorded).
fn copy_output(from: &Path, to: &Path) {
    let manifest = |out: &Path| {
        let name = out
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        out.with_file_name(format!(".{name}.carnet-manifest"))
    };
    for (from, to) in [
        (from.to_path_buf(), to.to_path_buf()),
        (manifest(from), manifest(to)),
    ] {
        let status = Command::new("cp")
            .arg("-a")
            .arg(&from)
            .arg(&to)
            .status()
            .expect("run cp");
        assert!(status.success(), "cp -a {} failed", from.display());
    }
}

/// The stop points of a build of `j` over a copy of `before`: (number, what).
fn stop_points(j: &Journal, before: &Path) -> Vec<(u64, String)> {
    let out = j.tmp().join("dry-run");
    copy_output(before, &out);
    let output = build_command(j, &out)
        .env("CARNET_TEST_STOP_AT", u64::MAX.to_string())
        .output()
        .expect("run carnet");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix("carnet-test-step "))
        .filter_map(|l| {
            let (n, what) = l.split_once(' ')?;
            Some((n.parse().ok()?, what.to_string()))
        })
        .collect()
}

/// Runs a build of `j` into `out`, stopped at point `n`, then SIGKILLs it.
fn kill_at(j: &Journal, out: &Path, n: u64) {
    let mut child = build_command(j, out)
        .env("CARNET_TEST_STOP_AT", n.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn carnet");
    let stderr = child.stderr.take().expect("stderr");
    let mut stopped = false;
    let mut seen = Vec::new();
    for line in BufReader::new(stderr).lines() {
        let line = line.expect("read stderr");
        if line.starts_with("carnet-test-stopped ") {
            stopped = true;
            break;
        }
        seen.push(line);
    }
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("wait");
    assert!(
        stopped,
        "the build ended before stop point {n} ({status}):\n{}",
        seen.join("\n")
    );
}

/// Every file reachable from each site's home page: pages are parsed and their local
/// links followed; every link must stay inside its site and name an existing file;
/// images must decode and JSON must parse. Returns the files reached, by site.
fn check_readable(out: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut reached = BTreeMap::new();
    for name in sites_in(out) {
        let site = Site::new(out.join(&name));
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from(["index.html".to_string()]);
        while let Some(rel) = queue.pop_front() {
            if !seen.insert(rel.clone()) {
                continue;
            }
            let path = site.root.join(&rel);
            assert!(path.is_file(), "{name}: {rel} is linked but missing");
            if rel.ends_with(".html") {
                for (_, url) in urls_of(&site.html(&rel)) {
                    let Some(target) = resolve(&rel, &url) else {
                        continue;
                    };
                    assert!(
                        !target.starts_with("../"),
                        "{name}/{rel} links out of its site: {url}"
                    );
                    queue.push_back(target);
                }
            } else if rel.ends_with(".json") {
                serde_json::from_slice::<serde_json::Value>(&site.bytes(&rel))
                    .unwrap_or_else(|e| panic!("{name}/{rel}: {e}"));
            } else if rel.starts_with("photos/") {
                decode_mean(&site.bytes(&rel));
            }
        }
        reached.insert(name, seen);
    }
    reached
}

/// The files of an output folder with their bytes (the manifest, which records file
/// times, is beside the folder, not in it).
fn contents(out: &Path) -> BTreeMap<String, Vec<u8>> {
    snapshot(out)
}

/// Leftovers of an interrupted build beside or in `out`.
fn leftovers(out: &Path) -> Vec<PathBuf> {
    let name = out
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let mut found = Vec::new();
    for entry in std::fs::read_dir(out.parent().expect("parent"))
        .expect("list")
        .flatten()
    {
        let n = entry.file_name().to_string_lossy().into_owned();
        if n.starts_with(&format!(".{name}.carnet-staging-")) {
            found.push(entry.path());
        }
    }
    let pending = out.with_file_name(format!(".{name}.carnet-manifest.pending"));
    if pending.exists() {
        found.push(pending);
    }
    found
}

#[test]
fn a_build_killed_at_any_point_leaves_readable_sites_and_the_next_build_repairs_them() {
    let j = first_journal();
    let before = j.tmp().join("before");
    j.build_into(&before).assert_success();
    let reached_before = check_readable(&before);
    assert!(reached_before["public"].contains("ana/experiences/2021-02-zqbientotprive/index.html"));

    change(&j);
    let expected_out = j.tmp().join("expected");
    j.build_into(&expected_out).assert_success();
    let expected = contents(&expected_out);
    let public = Site::new(expected_out.join("public"));
    assert!(public.has("ana/experiences/2021-04-d/index.html"));
    assert!(!public.has("ana/experiences/2021-02-zqbientotprive/index.html"));

    let points = stop_points(&j, &before);
    let commit: Vec<u64> = points
        .iter()
        .filter(|(_, what)| what.starts_with("commit:"))
        .map(|(n, _)| *n)
        .collect();
    let staging: Vec<u64> = points
        .iter()
        .filter(|(_, what)| !what.starts_with("commit:"))
        .map(|(n, _)| *n)
        .collect();
    assert!(commit.len() >= 15, "too few commit steps: {points:?}");
    // Every point of the commit (where the output folder changes), and a spread of
    // the staging ones (where it must not change at all).
    let mut chosen: Vec<u64> = commit.clone();
    let step = (staging.len() / 8).max(1);
    chosen.extend(staging.iter().step_by(step));
    chosen.sort();
    chosen.dedup();
    assert!(
        chosen.len() >= 20,
        "only {} stop points: {points:?}",
        chosen.len()
    );

    for n in chosen {
        let out = j.tmp().join(format!("out-{n}"));
        copy_output(&before, &out);
        kill_at(&j, &out, n);
        let what = &points.iter().find(|(k, _)| *k == n).expect("point").1;
        // Killed: every site is complete and readable.
        let reached = check_readable(&out);
        assert_eq!(
            reached.keys().collect::<Vec<_>>(),
            reached_before.keys().collect::<Vec<_>>(),
            "killed at {n} ({what}): a site is missing"
        );
        if staging.contains(&n) {
            assert_eq!(
                contents(&out),
                contents(&before),
                "killed at {n} ({what}), before the commit: the output folder changed"
            );
        }
        // The next build repairs everything: the same files as a clean build, and
        // nothing left of the experience made private.
        build_command(&j, &out)
            .output()
            .map(|o| {
                assert!(
                    o.status.success(),
                    "rebuild after a kill at {n}: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            })
            .expect("run carnet");
        let repaired = contents(&out);
        assert_eq!(
            repaired.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "after a kill at {n} ({what}) and a rebuild, the files differ from a clean build"
        );
        for (rel, bytes) in &expected {
            assert!(
                repaired[rel] == *bytes,
                "after a kill at {n} ({what}): {rel} differs"
            );
        }
        // Only ana's private site may still show the experience made private.
        for (rel, bytes) in repaired
            .iter()
            .filter(|(rel, _)| !rel.starts_with("private/ana/"))
        {
            assert!(
                !contains_ci(rel.as_bytes(), "zqbientotprive")
                    && !contains_ci(bytes, "zqbientotprive"),
                "after a kill at {n} ({what}): {rel} still shows the experience made private"
            );
            if rel.contains("/photos/") {
                let (_, _, mean) = decode_mean(bytes);
                assert!(
                    !close(mean, GREEN),
                    "after a kill at {n}: {rel} is the photo of the experience made private"
                );
            }
        }
        assert!(
            leftovers(&out).is_empty(),
            "after a kill at {n} and a rebuild: {:?}",
            leftovers(&out)
        );
        std::fs::remove_dir_all(&out).expect("clean up");
    }
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 40)
}

/// Regression: a build killed after writing its manifest, before removing the list
/// of the paths it was adding, left that list for good (the next build, finding
/// nothing to change, returned before removing it).
#[test]
fn a_pending_list_left_by_a_killed_build_is_removed_by_the_next_one() {
    for check in ["on", "off"] {
        let j = first_journal();
        let build = || {
            build_command(&j, &j.out())
                .env("CARNET_LEAK_CHECK", check)
                .output()
                .expect("run carnet")
        };
        assert!(build().status.success());
        let pending = j.tmp().join(".out.carnet-manifest.pending");
        std::fs::write(&pending, "public/index.html\n").expect("write");
        assert!(build().status.success());
        assert!(
            !pending.exists(),
            "leak check {check}: the pending list is still there"
        );
    }
}

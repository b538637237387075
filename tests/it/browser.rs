//! Browser quality gate: builds the example journal with the real binary, then runs
//! `tests/browser/check.mjs` on every site (Nu HTML Checker, axe-core in headless
//! Chromium, no request leaving the site, 390 px layout, lightbox, no-JS photos, print
//! to A4, the layout checks of the pages, screenshots). See `tests/browser/README.md`.
//!
//! Screenshots go to a temporary folder, or to `CARNET_SCREENSHOTS` when it is set
//! (`CARNET_SCREENSHOTS=docs/screenshots cargo test --release --test it browser`
//! updates the README's): a test run never writes into the repository.
//!
//! What it needs: node (as recent as the pinned packages ask), java and Chromium.
//! When they are there, the npm packages are installed from
//! `tests/browser/package-lock.json` (`npm ci`) whenever `tests/browser/node_modules`
//! is missing or does not hold the locked versions, so `cargo test` alone runs the
//! gate. When one of them is missing, the test names exactly what is missing (and how
//! to install that, and only that) on stderr and passes, unless
//! `CARNET_REQUIRE_BROWSER=1` (CI), which makes it fail.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The npm packages `check.mjs` imports.
const PACKAGES: [&str; 3] = ["playwright-core", "axe-core", "vnu-jar"];

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the gate looks for its tools: `PATH` (`None`: this process's) and Chromium.
struct Machine {
    path: Option<std::ffi::OsString>,
    chromium: PathBuf,
}

impl Machine {
    /// This machine: its `PATH`, and `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`.
    fn this() -> Machine {
        Machine {
            path: None,
            chromium: std::env::var_os("CHROMIUM_PATH")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium")),
        }
    }

    /// What `program arg` printed (stdout then stderr), when it starts and exits 0.
    fn output_of(&self, program: &str, arg: &str) -> Option<String> {
        let mut command = Command::new(program);
        if let Some(path) = &self.path {
            // On Unix, a PATH set for the child is also where `program` is looked up.
            command.env("PATH", path);
        }
        let out = command.arg(arg).output().ok()?;
        out.status.success().then(|| {
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        })
    }
}

/// Straight to the stderr stream, not `eprintln!`: the test harness captures the
/// latter, and what the gate did (a skip, an install) must show in every log.
fn say(message: &str) {
    let _ = writeln!(std::io::stderr(), "{message}");
}

/// The lock file's pinned packages, as (name, version), and the oldest node major
/// version all of them accept (their `engines.node = ">=N"`).
fn locked(browser_dir: &Path) -> (Vec<(String, String)>, u32) {
    let lock = std::fs::read_to_string(browser_dir.join("package-lock.json"))
        .expect("read tests/browser/package-lock.json");
    let lock: serde_json::Value =
        serde_json::from_str(&lock).expect("tests/browser/package-lock.json is JSON");
    let mut pins = Vec::new();
    let mut node_major = 0;
    for (key, package) in lock["packages"].as_object().into_iter().flatten() {
        let Some(name) = key.strip_prefix("node_modules/") else {
            continue;
        };
        if let Some(version) = package["version"].as_str() {
            pins.push((name.to_owned(), version.to_owned()));
        }
        let wanted = package["engines"]["node"].as_str().unwrap_or_default();
        if let Some(major) = wanted
            .strip_prefix(">=")
            .and_then(|v| v.trim().split('.').next()?.parse::<u32>().ok())
        {
            node_major = node_major.max(major);
        }
    }
    (pins, node_major)
}

/// The major version of `node --version` (`v20.20.2` → 20).
fn node_major(version: &str) -> Option<u32> {
    version
        .trim()
        .strip_prefix('v')?
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// What the browser checks need and this machine lacks, each with the one command
/// that would install it (Debian package names, as `.ci/run` installs them). npm is
/// needed only when the locked packages are not installed yet.
fn missing_tools(machine: &Machine, browser_dir: &Path) -> Vec<String> {
    let (_, wanted_node) = locked(browser_dir);
    let mut missing = Vec::new();
    match machine.output_of("node", "--version") {
        None => missing.push("node (apt-get install -y nodejs npm)".to_owned()),
        Some(v) if node_major(&v).is_some_and(|m| m < wanted_node) => missing.push(format!(
            "node {wanted_node} or later (this machine has node {}; the pinned playwright-core needs {wanted_node})",
            v.trim()
        )),
        Some(_) => {}
    }
    if machine.output_of("java", "-version").is_none() {
        missing.push(
            "java, for the Nu HTML Checker (apt-get install -y openjdk-17-jre-headless)".to_owned(),
        );
    }
    let chromium = &machine.chromium;
    if !chromium.is_file() {
        missing.push(format!(
            "Chromium at {} (apt-get install -y chromium, or set CHROMIUM_PATH)",
            chromium.display()
        ));
    }
    let stale = stale_packages(browser_dir);
    if !stale.is_empty() && machine.output_of("npm", "--version").is_none() {
        missing.push(format!(
            "npm, to install {} from tests/browser/package-lock.json (apt-get install -y npm)",
            named(browser_dir, &stale)
        ));
    }
    missing
}

/// `stale` (`name@version` of locked packages) as a person reads it: the ones
/// `tests/browser/package.json` asks for by name, then how many of their own
/// dependencies come with them.
fn named(browser_dir: &Path, stale: &[String]) -> String {
    let wanted: Vec<String> = std::fs::read_to_string(browser_dir.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|json| json["devDependencies"].as_object().cloned())
        .map(|deps| deps.keys().cloned().collect())
        .unwrap_or_default();
    let (direct, indirect): (Vec<&String>, Vec<&String>) = stale.iter().partition(|package| {
        let name = package
            .rsplit_once('@')
            .map_or(package.as_str(), |(n, _)| n);
        wanted.iter().any(|w| w == name)
    });
    let mut said: Vec<String> = direct.into_iter().cloned().collect();
    if said.is_empty() {
        said = indirect.iter().map(|p| (*p).clone()).collect();
    } else if !indirect.is_empty() {
        said.push(format!("{} of their dependencies", indirect.len()));
    }
    said.join(", ")
}

/// The locked packages that `node_modules` lacks or holds at another version.
fn stale_packages(browser_dir: &Path) -> Vec<String> {
    let (pins, _) = locked(browser_dir);
    let modules = browser_dir.join("node_modules");
    pins.iter()
        .filter(|(name, version)| {
            let installed = std::fs::read_to_string(modules.join(name).join("package.json"))
                .ok()
                .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                .and_then(|json| json["version"].as_str().map(str::to_owned));
            installed.as_deref() != Some(version.as_str())
        })
        .map(|(name, version)| format!("{name}@{version}"))
        .collect()
}

/// Installs the locked npm packages when `node_modules` does not hold them. Offline
/// friendly: npm's cache first, no audit or funding request, no install script
/// (`tests/browser/.npmrc`).
fn install_packages(browser_dir: &Path) -> Result<(), String> {
    let stale = stale_packages(browser_dir);
    if stale.is_empty() {
        return Ok(());
    }
    say(&format!(
        "browser tests: installing {} from tests/browser/package-lock.json (npm ci --prefix tests/browser)",
        named(browser_dir, &stale)
    ));
    let out = Command::new("npm")
        .args(["ci", "--prefix"])
        .arg(browser_dir)
        .args([
            "--prefer-offline",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
        ])
        .output()
        .map_err(|e| format!("npm ci could not start: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "`npm ci --prefix tests/browser` failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let still = stale_packages(browser_dir);
    if still.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "npm ci ran but tests/browser/node_modules still lacks {}",
            still.join(", ")
        ))
    }
}

fn require_browser() -> bool {
    std::env::var("CARNET_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

#[test]
fn node_versions_are_read() {
    assert_eq!(node_major("v20.20.2\n"), Some(20));
    assert_eq!(node_major("v9.1.0"), Some(9));
    assert_eq!(node_major("20.1"), None);
}

#[test]
fn the_lock_file_pins_the_packages_check_mjs_imports() {
    let (pins, node) = locked(&manifest_dir().join("tests").join("browser"));
    for package in PACKAGES {
        assert!(
            pins.iter().any(|(name, _)| name == package),
            "{package} is not in tests/browser/package-lock.json: {pins:?}"
        );
    }
    assert!(node >= 18, "engines.node read as {node}");
}

/// A `PATH` holding only the given fake programs (each prints its line and exits 0),
/// and a browser folder with the real lock file and no `node_modules`.
fn fake_machine(programs: &[(&str, &str)], chromium: bool) -> (tempfile::TempDir, Machine) {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let bin = tmp.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    for (name, line) in programs {
        let file = bin.join(name);
        std::fs::write(&file, format!("#!/bin/sh\necho '{line}'\n")).expect("fake program");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let browser = tmp.path().join("browser");
    std::fs::create_dir_all(&browser).expect("browser folder");
    for file in ["package-lock.json", "package.json"] {
        std::fs::copy(
            manifest_dir().join("tests/browser").join(file),
            browser.join(file),
        )
        .expect("copy the package files");
    }
    let chromium_file = tmp.path().join("chromium");
    if chromium {
        std::fs::write(&chromium_file, "").expect("fake chromium");
    }
    let machine = Machine {
        path: Some(bin.into_os_string()),
        chromium: chromium_file,
    };
    (tmp, machine)
}

#[test]
fn a_skip_names_exactly_what_is_missing() {
    let browser = |tmp: &tempfile::TempDir| tmp.path().join("browser");
    // Only java is missing (and npm, since no package is installed yet).
    let (tmp, machine) = fake_machine(&[("node", "v20.20.2")], true);
    let missing = missing_tools(&machine, &browser(&tmp));
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].starts_with("java"), "{missing:?}");
    // It names what tests/browser/package.json asks for, not every dependency.
    assert!(missing[1].starts_with("npm, to install "), "{missing:?}");
    for package in [
        "axe-core@4",
        "vnu-jar@",
        "playwright-core@",
        "@digitalbazaar/vc@",
    ] {
        assert!(missing[1].contains(package), "{package}: {missing:?}");
    }
    assert!(!missing[1].contains("yallist"), "{missing:?}");
    assert!(missing[1].contains("of their dependencies"), "{missing:?}");
    let all = missing.join("; ");
    assert!(
        !all.contains("chromium") && !all.contains("nodejs"),
        "{all}"
    );

    // Everything there: nothing to say.
    let (tmp, machine) = fake_machine(
        &[
            ("node", "v22.1.0"),
            ("java", "openjdk 17"),
            ("npm", "11.0.0"),
        ],
        true,
    );
    assert_eq!(
        missing_tools(&machine, &browser(&tmp)),
        Vec::<String>::new()
    );

    // An old node, no Chromium.
    let (tmp, machine) = fake_machine(
        &[
            ("node", "v16.20.0"),
            ("java", "openjdk 17"),
            ("npm", "8.0.0"),
        ],
        false,
    );
    let missing = missing_tools(&machine, &browser(&tmp));
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(
        missing[0].starts_with("node 20 or later (this machine has node v16.20.0"),
        "{missing:?}"
    );
    assert!(missing[1].starts_with("Chromium at "), "{missing:?}");
}

#[test]
fn browser_quality_gate() {
    let root = manifest_dir();
    let browser_dir = root.join("tests").join("browser");
    let machine = Machine::this();
    let missing = missing_tools(&machine, &browser_dir);
    if !missing.is_empty() {
        let message = format!(
            "browser tests SKIPPED: this machine lacks {}",
            missing.join("; ")
        );
        if require_browser() {
            panic!("{message}, and CARNET_REQUIRE_BROWSER=1");
        }
        say(&message);
        return;
    }
    // node, java and Chromium are here: from now on the gate runs, or fails.
    if let Err(why) = install_packages(&browser_dir) {
        panic!(
            "browser tests could not install their npm packages (offline with an empty npm cache?): {why}"
        );
    }

    let tmp = tempfile::TempDir::new().expect("temp dir");
    let out = tmp.path().join("out");
    let started = Instant::now();
    let build = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .arg("build")
        .arg(root.join("example-journal"))
        .arg("--out")
        .arg(&out)
        .arg("--cache")
        .arg(tmp.path().join("cache"))
        .env("HOME", tmp.path().join("home"))
        .env("XDG_CACHE_HOME", tmp.path().join("xdg-cache"))
        .env("CARNET_CACHE", tmp.path().join("env-cache"))
        .env_remove("RUST_LOG")
        .output()
        .expect("run the carnet binary");
    assert!(
        build.status.success(),
        "carnet build example-journal failed ({}):\n{}\n{}",
        build.status,
        String::from_utf8_lossy(&build.stdout),
        String::from_utf8_lossy(&build.stderr)
    );
    let built = started.elapsed();

    let screenshots = std::env::var_os("CARNET_SCREENSHOTS")
        .map(|d| root.join(d))
        .unwrap_or_else(|| tmp.path().join("screenshots"));
    let _one_browser_at_a_time = crate::common::browser_lock();
    let check = Command::new("node")
        .arg(browser_dir.join("check.mjs"))
        .arg(&out)
        .arg(&screenshots)
        .env("CHROMIUM_PATH", &machine.chromium)
        .current_dir(&root)
        .output()
        .expect("run node tests/browser/check.mjs");
    let stdout = String::from_utf8_lossy(&check.stdout);
    let stderr = String::from_utf8_lossy(&check.stderr);
    println!("{stdout}");
    if !stderr.trim().is_empty() {
        eprintln!("{stderr}");
    }
    println!(
        "example journal built in {:.1} s, browser checks took {:.1} s",
        built.as_secs_f64(),
        (started.elapsed() - built).as_secs_f64()
    );
    assert!(
        check.status.success(),
        "browser checks failed ({}): see the findings above; the last lines were:\n{}\n{}",
        check.status,
        stdout
            .lines()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n"),
        stderr.trim()
    );
}

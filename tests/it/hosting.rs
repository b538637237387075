//! A whole output folder uploaded to a web host by mistake (an FTP or git upload of
//! `site/` instead of `site/public/`): what a real Apache 2 then serves.
//!
//! The test starts Debian's `apache2` on a loopback port, as a shared host runs it:
//! the output folder as its document root, `AllowOverride All`, every file made
//! readable by everyone (as an upload makes them), and `.ht*` files refused as in
//! Apache's own default configuration. Every file of `public/` (and the output folder's
//! own `index.html` and `robots.txt`) must answer 200; every other file, and carnet's
//! manifest, must not. The root page must name no learner, group or referent.
//!
//! Skipped with a note when `apache2` is missing (`apt-get install -y apache2`),
//! unless `CARNET_REQUIRE_BROWSER=1` (CI), which makes it fail.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const APACHE: &str = "/usr/sbin/apache2";
const MODULES: &str = "/usr/lib/apache2/modules";

/// A running Apache serving one folder; stopped when dropped.
struct Apache {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Apache {
    /// Starts Apache on a free loopback port with `root` as its document root.
    fn start(root: &Path, dir: &Path) -> Apache {
        let port = free_port();
        let log = dir.join("error.log");
        let mut conf = format!(
            "ServerName 127.0.0.1\n\
             ServerRoot \"{dir}\"\n\
             PidFile \"{dir}/httpd.pid\"\n\
             ErrorLog \"{log}\"\n\
             LogLevel warn\n\
             Listen 127.0.0.1:{port}\n\
             LoadModule mpm_prefork_module {MODULES}/mod_mpm_prefork.so\n\
             LoadModule authz_core_module {MODULES}/mod_authz_core.so\n\
             LoadModule authz_host_module {MODULES}/mod_authz_host.so\n\
             LoadModule access_compat_module {MODULES}/mod_access_compat.so\n\
             LoadModule dir_module {MODULES}/mod_dir.so\n\
             LoadModule mime_module {MODULES}/mod_mime.so\n\
             TypesConfig /etc/mime.types\n\
             DocumentRoot \"{root}\"\n\
             DirectoryIndex index.html\n\
             <Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n\
             <Directory \"{root}\">\n  Options None\n  AllowOverride All\n  Require all granted\n</Directory>\n\
             <FilesMatch \"^\\.ht\">\n  Require all denied\n</FilesMatch>\n",
            dir = dir.display(),
            log = log.display(),
            root = root.display(),
        );
        if is_root() {
            // Apache will not serve as root: it answers as www-data, as on a host.
            conf.push_str("User www-data\nGroup www-data\n");
        }
        let conf_path = dir.join("httpd.conf");
        std::fs::write(&conf_path, conf).expect("write httpd.conf");
        let child = Command::new(APACHE)
            .arg("-f")
            .arg(&conf_path)
            .arg("-DFOREGROUND")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start apache2");
        let apache = Apache { child, port, log };
        let start = Instant::now();
        // A hang guard, far beyond Apache's start-up.
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "apache2 did not start: {}",
                std::fs::read_to_string(&apache.log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        apache
    }

    /// The status of `GET path`.
    fn status(&self, path: &str) -> u16 {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .expect("timeout");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).expect("read");
        let head = String::from_utf8_lossy(&answer);
        head.split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line for {path}: {head:.200}"))
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Makes `dir` and everything below it readable by everyone, as an upload does.
fn readable_by_all(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk");
        let mode = if entry.file_type().is_dir() {
            0o755
        } else {
            0o644
        };
        std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(mode))
            .expect("chmod");
    }
}

/// `path` percent-encoded for a request line (each byte outside a safe set).
fn url_path(rel: &str) -> String {
    let mut out = String::from("/");
    for b in rel.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[test]
fn a_whole_output_folder_on_apache_serves_the_public_site_and_nothing_else() {
    if !Path::new(APACHE).is_file()
        && skip_browser_test(
            "hosting test",
            &[APACHE.to_string()],
            "apt-get install -y apache2",
        )
    {
        return;
    }
    let j = crate::leaks::fixture();
    j.build_ok();
    let out = j.out();
    // The temporary folder, the output folder and its parent, readable as on a host.
    readable_by_all(j.tmp());
    let apache_dir = tempfile::TempDir::new().expect("temp dir");
    let apache = Apache::start(&out, apache_dir.path());

    let files = list_files(&out);
    assert!(files.iter().any(|f| f.starts_with("private/")), "{files:?}");
    let mut refused = Vec::new();
    let mut served = Vec::new();
    for rel in &files {
        let status = apache.status(&url_path(rel));
        let public = rel.starts_with("public/") || rel == "index.html" || rel == "robots.txt";
        if public && status != 200 {
            served.push(format!("{rel}: {status}, expected 200"));
        }
        if !public && status < 400 {
            refused.push(format!("{rel}: {status}"));
        }
    }
    assert!(
        refused.is_empty() && served.is_empty(),
        "non-public files served: {refused:#?}\npublic files not served: {served:#?}\n{}",
        std::fs::read_to_string(&apache.log).unwrap_or_default()
    );
    // Folders of the private sites: no listing either.
    for dir in [
        "/private/",
        "/private/alice/",
        "/referent/nelly/",
        "/community/",
    ] {
        assert!(apache.status(dir) >= 400, "{dir} answers");
    }
    // carnet's manifest lists every site's paths: it is not in the output folder, and
    // neither is an older carnet's.
    assert!(!out.join(".carnet-site").exists());
    assert!(j.tmp().join(".out.carnet-manifest").is_file());
    assert_eq!(apache.status("/.carnet-site"), 404);
    // The output folder's own page names no site but the public one.
    let root = std::fs::read_to_string(out.join("index.html")).expect("root page");
    for name in [
        "alice",
        "bruno",
        "chloe",
        "dina",
        "eric",
        "nelly",
        "omar",
        "atelier-bois",
        "employeurs",
    ] {
        assert!(!root.contains(name), "the root page names {name}");
    }
    assert!(root.contains("public/index.html"));
}

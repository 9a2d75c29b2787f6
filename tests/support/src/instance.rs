//! The server binary as an operator runs it: its own working directory, its own log, its own
//! listeners from `config/IPC.config`. For tests about hosting, where the listeners themselves
//! are what is checked.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `asf-ipc` process; stopped with SIGTERM when dropped.
pub struct Instance {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    pub dir: PathBuf,
}

impl Instance {
    /// Starts the binary in `dir` (which should already hold `config/`), on a fast simulated
    /// Steam network, with `args` appended.
    pub fn spawn(dir: &Path, args: &[&str]) -> Self {
        std::fs::create_dir_all(dir.join("config")).expect("config dir");
        let mut child = Command::new(server_binary())
            .arg("--path")
            .arg(dir)
            .args(["--simulation-speed", "3600"])
            // Its own network group: parallel tests do not pace each other's redemptions.
            .arg("--network-group")
            .arg(dir)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn asf-ipc");
        let stdout = child.stdout.take().expect("stdout");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                sink.lock().expect("lines").push(line);
            }
        });
        Self {
            child,
            lines,
            dir: dir.to_path_buf(),
        }
    }

    /// Every line logged so far.
    pub fn lines(&self) -> Vec<String> {
        self.lines.lock().expect("lines").clone()
    }

    /// How many lines have been logged so far (a mark for [`Instance::wait_line`]).
    pub fn mark(&self) -> usize {
        self.lines.lock().expect("lines").len()
    }

    /// Waits until a line after `mark` contains `text`; returns it. Panics after `seconds`,
    /// listing what was logged.
    pub async fn wait_line(&self, mark: usize, text: &str, seconds: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        loop {
            if let Some(line) = self
                .lines()
                .into_iter()
                .skip(mark)
                .find(|l| l.contains(text))
            {
                return line;
            }
            assert!(
                Instant::now() < deadline,
                "no line with {text:?} after line {mark}:\n{}",
                self.lines().join("\n")
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether the process is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The process ID.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Writes `config/IPC.config`.
    pub fn write_ipc_config(&self, config: &serde_json::Value) {
        write_ipc_config(&self.dir, config);
    }
}

/// The `asf-ipc` binary of this build. Cargo builds it for the package's integration tests and
/// puts it beside their `deps/` directory.
pub fn server_binary() -> PathBuf {
    let test = std::env::current_exe().expect("test executable");
    let profile = test
        .parent()
        .and_then(Path::parent)
        .expect("target profile directory");
    let binary = profile.join(format!("asf-ipc{}", std::env::consts::EXE_SUFFIX));
    assert!(binary.exists(), "{} is not built", binary.display());
    binary
}

impl Drop for Instance {
    fn drop(&mut self) {
        stop_child(&mut self.child, "-TERM");
    }
}

/// Stops `child` with `signal` (`-TERM`, `-QUIT`…), waits up to ten seconds for it to end,
/// then kills it: a test or benchmark never leaves a process behind.
pub fn stop_child(child: &mut Child, signal: &str) {
    let _ = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if !matches!(child.try_wait(), Ok(None)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Writes `<dir>/config/IPC.config` (atomically, so the watcher never sees half a file).
pub fn write_ipc_config(dir: &Path, config: &serde_json::Value) {
    write_config_file(
        dir,
        "IPC.config",
        &serde_json::to_vec_pretty(config).expect("json"),
    );
}

/// Writes `<dir>/config/<name>` atomically.
pub fn write_config_file(dir: &Path, name: &str, bytes: &[u8]) {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    let temporary = config.join(format!(".{name}.tmp"));
    std::fs::write(&temporary, bytes).expect("write");
    std::fs::rename(&temporary, config.join(name)).expect("rename");
}

/// A TCP port nobody listens on right now (on either loopback). Taken below the kernel's
/// ephemeral range (from 32768 on Linux), so that the outgoing connections of tests running
/// meanwhile, which take ephemeral ports, cannot take it before the server binds it; ports
/// handed out in this process are not handed out again.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    const FIRST: u16 = 20_000;
    const COUNT: u16 = 12_000;
    // Where this process starts, spread by its ID so parallel test processes differ.
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let start = (std::process::id() % u32::from(COUNT)) as u16;
    loop {
        let offset = NEXT.fetch_add(1, Ordering::Relaxed);
        let port = FIRST + (start + offset % COUNT) % COUNT;
        let v4 = std::net::TcpListener::bind(("127.0.0.1", port)).is_ok();
        if v4 && (!ipv6_loopback() || std::net::TcpListener::bind(("::1", port)).is_ok()) {
            return port;
        }
    }
}

/// Whether this machine has an IPv6 loopback.
pub fn ipv6_loopback() -> bool {
    std::net::TcpListener::bind("[::1]:0").is_ok()
}

/// A test certificate authority and a server certificate it signed for `localhost`,
/// `127.0.0.1` and `::1`, made with the `openssl` CLI (as an operator would make them).
pub struct TestCertificate {
    /// PEM certificate of the authority clients trust.
    pub ca: PathBuf,
    /// PEM server certificate.
    pub cert: PathBuf,
    /// PEM private key of the server certificate (PKCS#8).
    pub key: PathBuf,
    /// The server identity as PKCS#12, protected by [`TestCertificate::PFX_PASSWORD`].
    pub pfx: PathBuf,
}

fn openssl(args: &[&std::ffi::OsStr]) {
    let status = Command::new("openssl")
        .args(args)
        .stderr(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .expect("openssl is needed for the HTTPS tests");
    assert!(status.success(), "openssl {args:?}");
}

impl TestCertificate {
    pub const PFX_PASSWORD: &'static str = "pfx-secret";

    /// Creates the files in `dir`.
    pub fn create(dir: &Path) -> Self {
        std::fs::create_dir_all(dir).expect("cert dir");
        let path = |name: &str| dir.join(name);
        let (ca, ca_key) = (path("ca.pem"), path("ca.key"));
        let (cert, key, csr, pfx) = (
            path("cert.pem"),
            path("key.pem"),
            path("cert.csr"),
            path("cert.pfx"),
        );
        let extensions = path("server.ext");
        std::fs::write(
            &extensions,
            "basicConstraints=critical,CA:FALSE\n\
             keyUsage=critical,digitalSignature\n\
             extendedKeyUsage=serverAuth\n\
             subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n",
        )
        .expect("extensions");
        let os = |s: &'static str| std::ffi::OsStr::new(s);
        let ec = [
            os("-newkey"),
            os("ec"),
            os("-pkeyopt"),
            os("ec_paramgen_curve:prime256v1"),
            os("-nodes"),
        ];
        let mut args = vec![os("req"), os("-x509")];
        args.extend(ec);
        args.extend([os("-days"), os("2"), os("-subj"), os("/CN=asf-ipc test CA")]);
        args.extend([
            os("-keyout"),
            ca_key.as_os_str(),
            os("-out"),
            ca.as_os_str(),
        ]);
        openssl(&args);
        let mut args = vec![os("req")];
        args.extend(ec);
        args.extend([os("-subj"), os("/CN=localhost")]);
        args.extend([os("-keyout"), key.as_os_str(), os("-out"), csr.as_os_str()]);
        openssl(&args);
        openssl(&[
            os("x509"),
            os("-req"),
            os("-in"),
            csr.as_os_str(),
            os("-CA"),
            ca.as_os_str(),
            os("-CAkey"),
            ca_key.as_os_str(),
            os("-CAcreateserial"),
            os("-days"),
            os("2"),
            os("-extfile"),
            extensions.as_os_str(),
            os("-out"),
            cert.as_os_str(),
        ]);
        let pass = std::ffi::OsString::from(format!("pass:{}", Self::PFX_PASSWORD));
        openssl(&[
            os("pkcs12"),
            os("-export"),
            os("-passout"),
            &pass,
            os("-inkey"),
            key.as_os_str(),
            os("-in"),
            cert.as_os_str(),
            os("-out"),
            pfx.as_os_str(),
        ]);
        Self { ca, cert, key, pfx }
    }

    /// A client that trusts this certificate (and nothing else special).
    pub fn client(&self) -> reqwest::Client {
        let pem = std::fs::read(&self.ca).expect("ca");
        reqwest::Client::builder()
            .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("pem"))
            .no_proxy()
            .timeout(Duration::from_secs(20))
            .build()
            .expect("client")
    }

    /// A rustls client configuration trusting this certificate, offering `alpn`.
    pub fn rustls_client(&self, alpn: &[&[u8]]) -> Arc<rustls::ClientConfig> {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject;
        let mut roots = rustls::RootCertStore::empty();
        for cert in CertificateDer::pem_file_iter(&self.ca).expect("ca") {
            roots.add(cert.expect("cert")).expect("root");
        }
        let mut config = rustls::ClientConfig::builder()
            .with_root_certificates(roots)
            .with_no_client_auth();
        config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
        Arc::new(config)
    }
}

/// Listening TCP sockets on `port` as the kernel reports them (`/proc/net/tcp{,6}`), as
/// `ip:port` strings (`127.0.0.1:1242`, `[::]:1242`).
pub fn listening_on(port: u16) -> Vec<String> {
    let mut found = Vec::new();
    for (file, v6) in [("/proc/net/tcp", false), ("/proc/net/tcp6", true)] {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            // local_address is field 1, state field 3; 0A is LISTEN.
            if fields.len() < 4 || fields[3] != "0A" {
                continue;
            }
            let Some((address, hex_port)) = fields[1].split_once(':') else {
                continue;
            };
            if u16::from_str_radix(hex_port, 16).ok() != Some(port) {
                continue;
            }
            found.push(decode_proc_address(address, v6, port));
        }
    }
    found.sort();
    found
}

fn decode_proc_address(hex: &str, v6: bool, port: u16) -> String {
    // The kernel prints each 32-bit word in host (little-endian) order.
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
        .collect();
    let mut ordered = Vec::with_capacity(bytes.len());
    for word in bytes.chunks(4) {
        ordered.extend(word.iter().rev());
    }
    if v6 {
        let mut octets = [0u8; 16];
        octets.copy_from_slice(&ordered[..16]);
        format!("[{}]:{port}", std::net::Ipv6Addr::from(octets))
    } else {
        let octets = [ordered[0], ordered[1], ordered[2], ordered[3]];
        format!("{}:{port}", std::net::Ipv4Addr::from(octets))
    }
}

/// Resident memory of process `pid` in KiB (`VmRSS`), 0 where `/proc` does not say.
pub fn resident_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

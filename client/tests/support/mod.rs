//! A real asf-ipc server in the test process, on an ephemeral loopback port, with its own
//! temporary working directory and a fast simulated Steam network.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;

use asf_ipc::core::logging::Logs;
use asf_ipc::core::{Asf, Options};
use asf_ipc::http::{IpcServer, ListenConfig};

pub struct Server {
    pub dir: tempfile::TempDir,
    pub asf: Arc<Asf>,
    pub server: IpcServer,
}

impl Server {
    /// Plain HTTP on `127.0.0.1:0`, after `prepare` has filled the working directory.
    pub async fn start(prepare: impl FnOnce(&Path)) -> Self {
        Self::start_listening(prepare, |asf| async move {
            let listen = ListenConfig::http([SocketAddr::from(([127, 0, 0, 1], 0))]);
            IpcServer::start(asf, listen).await
        })
        .await
    }

    /// Like [`Server::start`], under a PathBase.
    pub async fn start_with_path_base(path_base: &str, prepare: impl FnOnce(&Path)) -> Self {
        let path_base = path_base.to_string();
        Self::start_listening(prepare, |asf| async move {
            let mut listen = ListenConfig::http([SocketAddr::from(([127, 0, 0, 1], 0))]);
            listen.path_base = Some(path_base);
            IpcServer::start(asf, listen).await
        })
        .await
    }

    /// Listeners as `config/IPC.config` (written by `prepare`) says, as the server binary
    /// starts them.
    pub async fn start_from_ipc_config(prepare: impl FnOnce(&Path)) -> Self {
        Self::start_listening(prepare, IpcServer::start_from_config_dir).await
    }

    async fn start_listening<F, Fut>(prepare: impl FnOnce(&Path), listen: F) -> Self
    where
        F: FnOnce(Arc<Asf>) -> Fut,
        Fut: std::future::Future<Output = Result<IpcServer, String>>,
    {
        let dir = tempfile::tempdir().expect("temporary directory");
        std::fs::create_dir_all(dir.path().join("config")).expect("config dir");
        prepare(dir.path());
        let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
        let mut options = Options::new(dir.path());
        // An hour of the simulated Steam network per second: logons and drops are quick.
        options.simulation_speed = 3600.0;
        let asf = Arc::new(Asf::open(options, logs).expect("process core"));
        asf.start();
        let server = listen(asf.clone()).await.expect("IPC server starts");
        Self { dir, asf, server }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.local_addrs()[0]
    }

    /// `http://127.0.0.1:<port>`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr())
    }

    /// Logs one INFO line from logger `ASF`, as the server's own code does.
    pub fn log_marker(&self, text: &str) {
        slog::info!(self.asf.log(), "Marker() {}", text);
    }

    pub fn config_file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join("config").join(name)).unwrap_or_default()
    }
}

/// Writes `config/<name>` (a bot's `<Bot>.json`, `ASF.json`, `IPC.config`).
pub fn write_config(dir: &Path, name: &str, value: &serde_json::Value) {
    std::fs::write(
        dir.join("config").join(name),
        serde_json::to_vec_pretty(value).expect("json"),
    )
    .expect("config file");
}

/// A bot that logs on to the simulated network at once.
pub fn online_bot() -> serde_json::Value {
    serde_json::json!({ "Enabled": true, "SteamLogin": "login", "SteamPassword": "password" })
}

/// Polls `check` every 50 ms until it returns `Some`, for at most `seconds`.
pub async fn wait_for<T, F, Fut>(seconds: u64, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A self-signed certificate for `localhost` and `127.0.0.1`, made with the `openssl` CLI as
/// an operator would make one. Not a CA: it is trusted as itself.
pub struct SelfSigned {
    pub cert: std::path::PathBuf,
    pub key: std::path::PathBuf,
}

impl SelfSigned {
    pub fn create(dir: &Path) -> Self {
        let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
        let status = std::process::Command::new("openssl")
            .args(["req", "-x509", "-newkey", "ec", "-pkeyopt"])
            .args(["ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"])
            .args(["-subj", "/CN=localhost"])
            .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
            .args(["-addext", "basicConstraints=critical,CA:FALSE"])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("openssl is needed for the HTTPS tests");
        assert!(status.success(), "openssl req");
        Self { cert, key }
    }
}

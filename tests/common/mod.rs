//! A server on ephemeral loopback ports with its own temporary working directory.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;

use asf_ipc::core::logging::Logs;
use asf_ipc::core::{Asf, Options};
use asf_ipc::http::{IpcServer, ListenConfig};

pub mod instance;
pub mod netns;

pub struct TestServer {
    pub dir: tempfile::TempDir,
    pub asf: Arc<Asf>,
    pub server: IpcServer,
}

impl TestServer {
    /// Starts with an empty working directory.
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts after `prepare` has filled the working directory (e.g. `config/ASF.json`).
    pub async fn start_with(prepare: impl FnOnce(&std::path::Path)) -> Self {
        Self::start_custom(prepare, |_| {}, loopback_ephemeral()).await
    }

    /// Starts with `ASF.json` holding `config`.
    pub async fn start_with_config(config: serde_json::Value) -> Self {
        Self::start_with(write_global_config(config)).await
    }

    /// The general form: prepare the directory, adjust the process options, listen as told.
    pub async fn start_custom(
        prepare: impl FnOnce(&std::path::Path),
        adjust: impl FnOnce(&mut Options),
        listen: ListenConfig,
    ) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        prepare(dir.path());
        let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
        let mut options = Options::new(dir.path());
        adjust(&mut options);
        let asf = Arc::new(Asf::open(options, logs).expect("process core"));
        asf.start();
        let server = IpcServer::start(asf.clone(), listen)
            .await
            .expect("IPC server starts");
        Self { dir, asf, server }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.local_addrs()[0]
    }

    /// `http://127.0.0.1:<port>`
    pub fn base(&self) -> String {
        format!("http://{}", self.addr())
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base())
    }

    pub fn client(&self) -> asf_ipc_client::AsfClient {
        asf_ipc_client::AsfClient::new(self.base()).expect("client")
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log.txt")).unwrap_or_default()
    }
}

/// One listener on `127.0.0.1:0`.
pub fn loopback_ephemeral() -> ListenConfig {
    ListenConfig::http(vec![SocketAddr::from(([127, 0, 0, 1], 0))])
}

/// A `prepare` step that writes `config/ASF.json`.
pub fn write_global_config(config: serde_json::Value) -> impl FnOnce(&std::path::Path) {
    move |dir| {
        std::fs::create_dir_all(dir.join("config")).expect("config dir");
        std::fs::write(dir.join("config/ASF.json"), config.to_string()).expect("ASF.json");
    }
}

/// Sends raw bytes and returns the whole answer as text (the server closes after one request
/// because the request says `Connection: close`).
pub async fn raw(addr: SocketAddr, request: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("write request");
    let mut out = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut out),
    )
    .await;
    String::from_utf8_lossy(&out).into_owned()
}

pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client")
}

/// Options for tests with bots: the simulated Steam network runs an hour per second, so a
/// logon takes about a millisecond and a card drops every half second.
pub fn fast_steam(options: &mut asf_ipc::core::Options) {
    options.simulation_speed = 3600.0;
}

/// Writes `config/<name>.json`.
pub fn write_bot(dir: &std::path::Path, name: &str, config: serde_json::Value) {
    std::fs::create_dir_all(dir.join("config")).expect("config dir");
    std::fs::write(
        dir.join(format!("config/{name}.json")),
        serde_json::to_vec_pretty(&config).expect("json"),
    )
    .expect("bot config");
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

impl TestServer {
    /// Starts with the bots `prepare` writes, on a fast simulated Steam network.
    pub async fn start_with_bots(prepare: impl FnOnce(&std::path::Path)) -> Self {
        Self::start_custom(prepare, fast_steam, loopback_ephemeral()).await
    }

    /// `GET /Api/Bot/{selector}` as raw JSON (`Result` of the envelope, status checked 200).
    pub async fn bots(&self, selector: &str) -> serde_json::Value {
        let response = http()
            .get(self.url(&format!("/Api/Bot/{selector}")))
            .send()
            .await
            .expect("GET /Api/Bot");
        assert_eq!(response.status(), 200, "GET /Api/Bot/{selector}");
        let body: serde_json::Value = response.json().await.expect("JSON");
        body["Result"].clone()
    }

    /// Sends `method path` with an optional JSON body; returns status and parsed body.
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut request = http().request(method, self.url(path));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        let value = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
        (status, value)
    }
}

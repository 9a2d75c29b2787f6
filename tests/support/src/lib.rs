//! What the server's tests (`tests/`) and the client's tests (`client/tests/`) share: a server
//! in the test process on ephemeral loopback ports with its own temporary working directory
//! ([`TestServer`]), the server binary as an operator runs it under a guard that stops it
//! ([`instance`]), waiting ([`wait_for`]), bot fixtures ([`online_bot`], [`write_bot`]),
//! requests that state the status they expect ([`Request`]), commands ([`send_command`]), the
//! test authenticator ([`authenticator`], [`import_authenticator`]), the log websocket's lines
//! ([`next_log_line`]), network namespaces for non-loopback clients ([`netns`]), and cost
//! ratios of a small and a large request ([`cost`]).

use std::net::SocketAddr;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};
use asf_ipc::{IpcServer, ListenConfig};

pub mod budget;
pub mod cost;
pub mod files;
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
        let asf = Self::open(dir.path(), adjust);
        let server = IpcServer::start(asf.clone(), listen)
            .await
            .expect("IPC server starts");
        Self { dir, asf, server }
    }

    /// Plain HTTP on `127.0.0.1:0` on a fast simulated Steam network, after `prepare` has
    /// filled the working directory (whose `config/` already exists).
    pub async fn start_in_config(prepare: impl FnOnce(&Path)) -> Self {
        Self::start_custom(with_config_dir(prepare), fast_steam, loopback_ephemeral()).await
    }

    /// Like [`TestServer::start_in_config`], under a PathBase.
    pub async fn start_with_path_base(path_base: &str, prepare: impl FnOnce(&Path)) -> Self {
        let mut listen = loopback_ephemeral();
        listen.path_base = Some(path_base.to_string());
        Self::start_custom(with_config_dir(prepare), fast_steam, listen).await
    }

    /// Listeners as `config/IPC.config` (written by `prepare`) says, as the server binary
    /// starts them, on a fast simulated Steam network.
    pub async fn start_from_ipc_config(prepare: impl FnOnce(&Path)) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        with_config_dir(prepare)(dir.path());
        let asf = Self::open(dir.path(), fast_steam);
        let server = IpcServer::start_from_config_dir(asf.clone())
            .await
            .expect("IPC server starts");
        Self { dir, asf, server }
    }

    fn open(dir: &Path, adjust: impl FnOnce(&mut Options)) -> Arc<Asf> {
        let logs = Logs::new(false, Some(dir), false).expect("logs");
        let mut options = Options::new(dir);
        // A network group of its own, so that servers of parallel tests do not pace each
        // other's redemptions through the machine-wide gifts limiter.
        options.network_group = Some(dir.display().to_string());
        adjust(&mut options);
        let asf = Arc::new(Asf::open(options, logs).expect("process core"));
        asf.start();
        asf
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

    /// Logs one INFO line from logger `ASF`, as the server's own code does.
    pub fn log_marker(&self, text: &str) {
        slog::info!(self.asf.log(), "Marker() {}", text);
    }

    /// The text of `config/<name>` (empty when missing).
    pub fn config_file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join("config").join(name)).unwrap_or_default()
    }
}

/// `prepare` after creating `config/`.
fn with_config_dir(prepare: impl FnOnce(&Path)) -> impl FnOnce(&Path) {
    move |dir| {
        std::fs::create_dir_all(dir.join("config")).expect("config dir");
        prepare(dir);
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
pub fn fast_steam(options: &mut asf_ipc::Options) {
    options.simulation_speed = 3600.0;
}

/// A server with `bots` bots, `Bot0000` onwards with the configs `config(i)`, once all of them
/// are logged on and farming on a simulated network at 60 times real speed (a minute at the
/// most): the farm the benchmarks measure.
pub async fn farm(bots: usize, config: impl Fn(usize) -> serde_json::Value) -> TestServer {
    let t = TestServer::start_custom(
        |dir| {
            for i in 0..bots {
                write_bot(dir, &format!("Bot{i:04}"), config(i));
            }
        },
        |options| options.simulation_speed = 60.0,
        loopback_ephemeral(),
    )
    .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while t.asf.bots().all().iter().filter(|b| b.is_farming()).count() < bots
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    t
}

/// A bot that logs on to the simulated network at once.
pub fn online_bot() -> serde_json::Value {
    serde_json::json!({ "Enabled": true, "SteamLogin": "login", "SteamPassword": "password" })
}

/// A bot that logs on as `login` and farms.
pub fn farming_bot(login: &str) -> serde_json::Value {
    serde_json::json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"})
}

/// A `shared_secret` that works: Steam Guard codes come from it.
pub const SHARED_SECRET: &str = "KDHC3rsY8+CmiswnXJcE5e5dRfd=";

/// An `identity_secret` that works: confirmations are signed with it.
pub const IDENTITY_SECRET: &str = "qrg+wW8/u/TDt2i/+FQuPhuVrmY=";

/// A mobile authenticator (as a maFile holds it) with [`SHARED_SECRET`] and
/// [`IDENTITY_SECRET`].
pub fn authenticator() -> asf_ipc_client::types::MobileAuthenticator {
    asf_ipc_client::types::MobileAuthenticator {
        shared_secret: SHARED_SECRET.into(),
        identity_secret: IDENTITY_SECRET.into(),
    }
}

/// Imports [`authenticator`] as the ASF 2FA of `bot` through the generated client
/// (`POST /Api/Bot/{bot}/TwoFactorAuthentication`) and returns ASF's answer.
pub async fn import_authenticator(
    client: &asf_ipc_client::Client,
    bot: &str,
) -> asf_ipc_client::types::GenericResponseMapOfGenericResponse {
    client
        .two_factor_authentication_post()
        .bot_names(bot)
        .body(authenticator())
        .send()
        .await
        .unwrap_or_else(|e| panic!("importing an authenticator for {bot}: {e}"))
        .into_inner()
}

/// The Steam Guard code that `shared_secret` gives at this moment.
pub fn steam_guard_code_now(shared_secret: &str) -> String {
    asf_ipc::algorithms::steam_guard_code(shared_secret, asf_ipc::algorithms::unix_time())
        .expect("a Steam Guard code")
}

/// Waits until the bot `name` is logged on and returns its JSON.
pub async fn online(t: &TestServer, name: &str) -> serde_json::Value {
    wait_for(10, &format!("{name} to log on"), || async {
        let bot = t.bots(name).await[name].clone();
        (bot["IsConnectedAndLoggedOn"] == true).then_some(bot)
    })
    .await
}

/// Writes `config/<name>` (a bot's `<Bot>.json`, `ASF.json`, `IPC.config`).
pub fn write_config(dir: &Path, name: &str, value: &serde_json::Value) {
    std::fs::write(
        dir.join("config").join(name),
        serde_json::to_vec_pretty(value).expect("json"),
    )
    .expect("config file");
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

/// Disabled bots `names`, each with a `{name}.db` that names it: what races of renames and
/// creates must leave whole.
pub fn write_disabled_bots_with_databases(dir: &std::path::Path, names: &[&str]) {
    for name in names {
        write_bot(
            dir,
            name,
            serde_json::json!({"Enabled": false, "SteamLogin": name}),
        );
        std::fs::write(
            dir.join(format!("config/{name}.db")),
            format!("{{\"n\":\"{name}\"}}"),
        )
        .expect("db");
    }
}

/// The next log line that the `/Api/NLog` websocket carries, each in ASF's envelope (`"OK"`,
/// success); frames that are not text are passed over.
pub async fn next_log_line<S>(ws: &mut tokio_tungstenite::WebSocketStream<S>) -> String
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    use futures::StreamExt;
    use tokio_tungstenite::tungstenite::Message;
    loop {
        let message = tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("a frame within 10 s")
            .expect("stream open")
            .expect("valid frame");
        if let Message::Text(text) = message {
            let v: serde_json::Value = serde_json::from_str(&text).expect("JSON frame");
            assert_eq!(
                (v["Message"].as_str(), v["Success"].as_bool()),
                (Some("OK"), Some(true))
            );
            return v["Result"].as_str().expect("a line").to_string();
        }
    }
}

/// `POST /Api/Command` with `command` through the generated client: ASF's envelope around
/// the answer.
pub async fn send_command(
    client: &asf_ipc_client::Client,
    command: &str,
) -> asf_ipc_client::types::GenericResponseString {
    client
        .command_post()
        .body(asf_ipc_client::types::CommandRequest {
            command: command.into(),
        })
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST /Api/Command {command:?}: {e}"))
        .into_inner()
}

/// Waits until the process is asked to end (for at most 5 s) and returns the exit code asked
/// for; `exit` is the process's exit watcher, taken before what ends it.
pub async fn requested_exit(mut exit: tokio::sync::watch::Receiver<Option<u8>>) -> u8 {
    let code = *tokio::time::timeout(
        std::time::Duration::from_secs(5),
        exit.wait_for(Option::is_some),
    )
    .await
    .expect("an exit request within 5 s")
    .expect("exit watcher");
    code.expect("an exit code")
}

/// Waits until `client` lists the bot `name`: a bot registers a moment after its config is
/// written or renamed.
pub async fn wait_until_listed(client: &asf_ipc_client::AsfClient, name: &str) {
    wait_for(10, &format!("{name} registered"), || async {
        client
            .bots(name)
            .await
            .ok()?
            .contains_key(name)
            .then_some(())
    })
    .await
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
        let body = self
            .request(reqwest::Method::GET, &format!("/Api/Bot/{selector}"))
            .expect(200)
            .await;
        body["Result"].clone()
    }

    /// A request to `path`; [`Request::expect`] sends it and checks the status.
    pub fn request(&self, method: reqwest::Method, path: &str) -> Request {
        Request {
            what: format!("{method} {path}"),
            builder: http().request(method, self.url(path)),
        }
    }

    /// `POST path` with `body` sent as it is, labelled as JSON: for bodies whose bytes are the
    /// point (member order, a byte order mark, size).
    pub async fn post_json_bytes(
        &self,
        path: &str,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        http()
            .post(self.url(path))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {path}: {e}"))
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

/// A request that states the status it expects: `server.request(POST, "/Api/Command")
/// .json(&body).expect(200).await` sends it, asserts the status (naming the request and
/// showing the body when it differs) and returns the body as JSON (a JSON string when it is
/// not JSON).
pub struct Request {
    what: String,
    builder: reqwest::RequestBuilder,
}

impl Request {
    pub fn json(mut self, body: &serde_json::Value) -> Self {
        self.builder = self.builder.json(body);
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.builder = self.builder.header(name, value);
        self
    }

    /// Sends it and returns the response, whatever its status.
    pub async fn send(self) -> reqwest::Response {
        self.builder.send().await.expect(&self.what)
    }

    /// Sends it, asserts the status (showing the body when it differs) and returns the
    /// response, for its headers.
    pub async fn expect_response(self, status: u16) -> reqwest::Response {
        let response = self.builder.send().await.expect(&self.what);
        let actual = response.status().as_u16();
        if actual != status {
            let text = response.text().await.unwrap_or_default();
            panic!("{}: status {actual}, not {status}: {text}", self.what);
        }
        response
    }

    pub async fn expect(self, status: u16) -> serde_json::Value {
        let response = self.builder.send().await.expect(&self.what);
        let actual = response.status().as_u16();
        let text = response.text().await.expect("body");
        assert_eq!(actual, status, "{}: {text}", self.what);
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text))
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

/// The test files of `<manifest_dir>/tests` that `tests/main.rs` does not declare as a module.
/// With `autotests` off, such a file would never be built or run.
pub fn test_files_missing_from_main(manifest_dir: &str) -> Vec<String> {
    let dir = Path::new(manifest_dir).join("tests");
    let main = std::fs::read_to_string(dir.join("main.rs")).expect("tests/main.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if let Some(stem) = name.strip_suffix(".rs")
            && stem != "main"
            && !main.contains(&format!("\nmod {stem};\n"))
        {
            missing.push(name);
        }
    }
    missing
}

/// A test that cannot run here because `what` is missing (a tool, root, namespaces): under CI,
/// which installs and allows everything the tests use, that is a failure; elsewhere the test
/// says so and skips. Every such skip goes through here, so none can pass silently in CI.
pub fn cannot_run(test: &str, what: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{test} cannot run: {what} (CI must provide it: see .ci/run)"
    );
    eprintln!("SKIPPED {test}: {what}");
}

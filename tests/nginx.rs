//! Debian's nginx in front of the server, configured the way the README's "Behind nginx" and
//! "Several instances" sections show: TLS at nginx, plain HTTP to asf-ipc on loopback, each
//! instance under its own PathBase. REST through the generated client, the log websocket
//! through `wss://`, and the client address the server sees.
//!
//! Needs nginx and openssl (installed by `.ci/run`); without nginx the tests say so and skip, and under CI they fail.

use asf_ipc_test_support as common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::instance::{Instance, TestCertificate, free_port, write_config_file, write_ipc_config};
use common::netns::Namespace;
use futures::StreamExt;
use serde_json::{Value, json};

const READY: &str = "IPC server ready!";
const PASSWORD: &str = "correct horse battery staple";

fn nginx_binary() -> Option<PathBuf> {
    ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// The `location` block that puts one asf-ipc instance (listening on `upstream_port`, with
/// `PathBase` equal to `prefix`) under `prefix/`: exactly what the README shows.
fn location(prefix: &str, upstream_port: u16) -> String {
    format!(
        r#"
        location {prefix}/ {{
            proxy_pass http://127.0.0.1:{upstream_port};
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Host $host:$server_port;
            proxy_set_header X-Forwarded-Proto $scheme;
            # The log websocket at {prefix}/Api/NLog.
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_read_timeout 1h;
        }}"#
    )
}

/// A private nginx: its own prefix, pid file, logs and temp directories under `dir`.
struct Nginx {
    child: Child,
    dir: PathBuf,
}

impl Nginx {
    fn start(
        binary: &Path,
        dir: &Path,
        port: u16,
        cert: &TestCertificate,
        locations: &str,
    ) -> Self {
        std::fs::create_dir_all(dir).expect("nginx dir");
        let d = dir.display();
        let config = format!(
            r#"
daemon off;
master_process on;
worker_processes 1;
user root;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;

    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ''      close;
    }}

    server {{
        listen {port} ssl http2;
        listen [::]:{port} ssl http2;
        server_name localhost;
        ssl_certificate {cert};
        ssl_certificate_key {key};
{locations}
    }}
}}
"#,
            cert = cert.cert.display(),
            key = cert.key.display(),
        );
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, config).expect("nginx.conf");
        let child = Command::new(binary)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&conf)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start nginx");
        let nginx = Self {
            child,
            dir: dir.to_path_buf(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "nginx did not listen: {}",
                nginx.error_log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        nginx
    }

    fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGQUIT: graceful stop of master and workers.
        common::instance::stop_child(&mut self.child, "-QUIT");
    }
}

/// An instance listening on loopback only, under `prefix`, with bots `bots` and a password.
async fn instance(dir: &Path, prefix: &str, bots: &[&str]) -> (Instance, u16) {
    instance_with(dir, prefix, bots, Some(PASSWORD)).await
}

/// An instance listening on loopback only, under `prefix`, with bots `bots` and `password`.
async fn instance_with(
    dir: &Path,
    prefix: &str,
    bots: &[&str],
    password: Option<&str>,
) -> (Instance, u16) {
    let port = free_port();
    write_ipc_config(
        dir,
        &json!({ "Kestrel": {
            "Endpoints": { "HTTP": { "Url": format!("http://127.0.0.1:{port}") } },
            "PathBase": prefix
        } }),
    );
    write_config_file(
        dir,
        "ASF.json",
        serde_json::to_string(&json!({ "IPCPassword": password }))
            .expect("json")
            .as_bytes(),
    );
    for bot in bots {
        common::write_bot(
            dir,
            bot,
            json!({"Enabled": true, "SteamLogin": bot, "SteamPassword": "pw"}),
        );
    }
    let instance = Instance::spawn(dir, &[]);
    instance.wait_line(0, READY, 30).await;
    (instance, port)
}

/// The generated client for `base` (scheme, host, port and prefix), trusting the test CA and
/// sending the password.
fn generated(cert: &TestCertificate, base: &str) -> asf_ipc_generated::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "Authentication",
        reqwest::header::HeaderValue::from_static(PASSWORD),
    );
    let http = reqwest::Client::builder()
        .add_root_certificate(
            reqwest::Certificate::from_pem(&std::fs::read(&cert.ca).expect("ca")).expect("pem"),
        )
        .default_headers(headers)
        .no_proxy()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    asf_ipc_generated::Client::new_with_client(base, http)
}

async fn bot_names(client: &asf_ipc_generated::Client) -> Vec<String> {
    let response = client
        .bot_get()
        .bot_names("ASF")
        .send()
        .await
        .expect("GET /Api/Bot/ASF");
    let mut names: Vec<String> = response
        .into_inner()
        .result
        .map(|bots| bots.keys().cloned().collect())
        .unwrap_or_default();
    names.sort();
    names
}

async fn command(client: &asf_ipc_generated::Client, text: &str) -> String {
    common::send_command(client, text)
        .await
        .result
        .unwrap_or_default()
}

type Wss =
    tokio_tungstenite::WebSocketStream<tokio_rustls::client::TlsStream<tokio::net::TcpStream>>;

/// Opens `wss://localhost:{port}{path}` with the password in the query, as browsers must.
async fn websocket(cert: &TestCertificate, port: u16, path: &str) -> Wss {
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("tcp");
    let connector = tokio_rustls::TlsConnector::from(cert.rustls_client(&[b"http/1.1"]));
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
    let tls = connector.connect(name, tcp).await.expect("tls");
    let password: String = url_escape(PASSWORD);
    let (ws, _) = tokio_tungstenite::client_async(
        format!("wss://localhost:{port}{path}?password={password}"),
        tls,
    )
    .await
    .expect("websocket through nginx");
    ws
}

fn url_escape(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Reads frames until one contains `text`; returns every line read.
async fn read_until(ws: &mut Wss, text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(20), ws.next())
            .await
            .unwrap_or_else(|_| panic!("no line with {text:?}; got {lines:#?}"))
            .expect("stream open")
            .expect("frame");
        let body: Value = serde_json::from_str(frame.to_text().expect("text")).expect("JSON frame");
        let line = body["Result"].as_str().expect("line").to_string();
        let done = line.contains(text);
        lines.push(line);
        if done {
            return lines;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn behind_nginx_with_tls_under_a_path_base() {
    let Some(binary) = nginx_binary() else {
        return common::cannot_run(
            "behind_nginx_with_tls_under_a_path_base",
            "nginx is not installed",
        );
    };
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let asf_dir = dir.path().join("asf");
    let (asf, port) = instance(&asf_dir, "/ASF", &["farmer"]).await;
    let front = free_port();
    let nginx = Nginx::start(
        &binary,
        &dir.path().join("nginx"),
        front,
        &cert,
        &location("/ASF", port),
    );

    // REST through nginx with the generated client, the base URL carrying the prefix.
    let client = generated(&cert, &format!("https://localhost:{front}/ASF"));
    let info = client
        .asf_get()
        .send()
        .await
        .expect("GET /Api/ASF")
        .into_inner();
    assert_eq!(
        info.result.as_ref().map(|r| r.version.as_str()),
        Some("6.3.9.6")
    );
    assert_eq!(bot_names(&client).await, ["farmer"]);
    assert!(command(&client, "version").await.contains("6.3.9.6"));

    // The log websocket through nginx: history, then a live line of a bot created now.
    let mut ws = websocket(&cert, front, "/ASF/Api/NLog").await;
    read_until(&mut ws, READY).await;
    common::write_bot(
        &asf_dir,
        "newcomer",
        json!({"Enabled": true, "SteamLogin": "newcomer", "SteamPassword": "pw"}),
    );
    read_until(&mut ws, "|newcomer|").await;

    // Wrong passwords from a browser elsewhere on the network: nginx is a trusted loopback
    // proxy, so the server counts them against the address nginx forwards.
    match Namespace::create() {
        Ok(ns) => {
            let ca = cert.ca.display().to_string();
            let resolve = format!("localhost:{front}:{}", ns.host_ip);
            let url = format!("https://localhost:{front}/ASF/Api/ASF");
            let curl = |password: &'static str| {
                let (ns_name, ca, resolve, url) =
                    (ns.name.clone(), ca.clone(), resolve.clone(), url.clone());
                async move {
                    let out = tokio::process::Command::new("ip")
                        .args(["netns", "exec", &ns_name, "curl", "-s", "-m", "10"])
                        .args(["--cacert", &ca, "--resolve", &resolve])
                        .args(["-H", &format!("Authentication: {password}")])
                        .args(["-o", "/dev/null", "-w", "%{http_code}", &url])
                        .output()
                        .await
                        .expect("curl in the namespace");
                    String::from_utf8_lossy(&out.stdout).into_owned()
                }
            };
            assert_eq!(curl(PASSWORD).await, "200", "{}", nginx.error_log());
            for _ in 0..5 {
                assert_eq!(curl("wrong").await, "401");
            }
            assert_eq!(curl(PASSWORD).await, "403", "banned after five failures");
            let bans = client
                .ipc_bans_get()
                .send()
                .await
                .expect("GET /Api/IPC/Bans")
                .into_inner()
                .result
                .unwrap_or_default();
            assert_eq!(
                bans,
                [ns.peer_ip.to_string()],
                "nginx's own address is not blamed"
            );
        }
        Err(e) => common::cannot_run(
            "behind_nginx_with_tls_under_a_path_base (remote clients)",
            &format!("no network namespaces ({e})"),
        ),
    }
    assert!(nginx.error_log().lines().all(|l| !l.contains("[emerg]")));
    drop(asf);
}

/// ASF-ui through the README's nginx on a port other than 443, without a password: the
/// browser's `Origin` (`https://localhost:<port>`) is its own origin as nginx forwards it
/// (`X-Forwarded-Host $host:$server_port`, `X-Forwarded-Proto`), while nginx's `Host $host`
/// drops the port. As in ASF (`ArchiSteamFarm/IPC/ArchiKestrel.cs`, `ForwardedHeaders.All`),
/// a `POST` and the log websocket work; another site's page is refused.
#[tokio::test(flavor = "multi_thread")]
async fn behind_nginx_on_another_port_without_a_password() {
    let Some(binary) = nginx_binary() else {
        return common::cannot_run(
            "behind_nginx_on_another_port_without_a_password",
            "nginx is not installed",
        );
    };
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let asf_dir = dir.path().join("asf");
    let (asf, port) = instance_with(&asf_dir, "/ASF", &["farmer"], None).await;
    let front = free_port();
    let nginx = Nginx::start(
        &binary,
        &dir.path().join("nginx"),
        front,
        &cert,
        &location("/ASF", port),
    );
    let own = format!("https://localhost:{front}");
    let post = |origin: String| {
        cert.client()
            .post(format!("https://localhost:{front}/ASF/Api/Command"))
            .header("Origin", origin)
            .header("Sec-Fetch-Site", "same-origin")
            .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)")
            .json(&json!({ "Command": "version" }))
            .send()
    };
    let answer = post(own.clone()).await.expect("POST through nginx");
    assert_eq!(answer.status(), 200, "{}", nginx.error_log());
    let body: Value = answer.json().await.expect("JSON");
    assert!(
        body["Result"].as_str().unwrap_or("").contains("6.3.9.6"),
        "{body}"
    );
    let refused = post("https://evil.example".to_string())
        .await
        .expect("POST through nginx");
    assert_eq!(refused.status(), 403);

    // The log websocket, as a browser opens it: with its page's Origin.
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", front))
        .await
        .expect("tcp");
    let connector = tokio_rustls::TlsConnector::from(cert.rustls_client(&[b"http/1.1"]));
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
    let tls = connector.connect(name, tcp).await.expect("tls");
    let mut request =
        tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(format!(
            "wss://localhost:{front}/ASF/Api/NLog"
        ))
        .expect("request");
    request
        .headers_mut()
        .insert("Origin", own.parse().expect("origin"));
    let (mut ws, _) = tokio_tungstenite::client_async(request, tls)
        .await
        .expect("websocket through nginx with the page's Origin");
    read_until(&mut ws, READY).await;
    drop(nginx);
    drop(asf);
}

#[tokio::test(flavor = "multi_thread")]
async fn two_instances_behind_one_nginx() {
    let Some(binary) = nginx_binary() else {
        return common::cannot_run("two_instances_behind_one_nginx", "nginx is not installed");
    };
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let (first, first_port) = instance(&dir.path().join("asf1"), "/asf1", &["alpha", "ant"]).await;
    let (second, second_port) = instance(&dir.path().join("asf2"), "/asf2", &["beta"]).await;
    let front = free_port();
    let locations = location("/asf1", first_port) + &location("/asf2", second_port);
    let nginx = Nginx::start(&binary, &dir.path().join("nginx"), front, &cert, &locations);

    let one = generated(&cert, &format!("https://localhost:{front}/asf1"));
    let two = generated(&cert, &format!("https://localhost:{front}/asf2"));
    assert_eq!(bot_names(&one).await, ["alpha", "ant"]);
    assert_eq!(bot_names(&two).await, ["beta"]);
    let status = command(&two, "status ASF").await;
    assert!(status.contains("<beta>"), "{status}");
    assert!(!status.contains("<alpha>"), "{status}");

    // Each prefix streams its own instance's log.
    let mut ws = websocket(&cert, front, "/asf2/Api/NLog").await;
    let lines = read_until(&mut ws, "|beta|").await;
    assert!(lines.iter().all(|l| !l.contains("|alpha|")), "{lines:#?}");

    // One instance going away leaves the other served.
    drop(first);
    let gone = cert
        .client()
        .get(format!("https://localhost:{front}/asf1/Api/ASF"))
        .header("Authentication", PASSWORD)
        .send()
        .await
        .expect("nginx answers");
    assert_eq!(gone.status(), 502, "nginx reports the stopped instance");
    assert!(one.asf_get().send().await.is_err());
    assert_eq!(bot_names(&two).await, ["beta"]);
    drop(second);
    drop(nginx);
}

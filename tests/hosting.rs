//! `config/IPC.config` as operators write it, against the real binary: every `Url` form binds
//! where it should and nowhere else, HTTPS with both certificate kinds over HTTP/1.1 and
//! HTTP/2 (and `wss://`), unix sockets, hot reload, the `IPC` switch, and failures that never
//! take the process down.

use asf_ipc_test_support as common;

use std::time::Duration;

use common::instance::{
    Instance, TestCertificate, free_port, ipv6_loopback, listening_on, write_config_file,
    write_ipc_config,
};
use futures::StreamExt;
use serde_json::{Value, json};

const READY: &str = "|INFO|ASF|StartInternally() IPC server ready!";
const CHANGED: &str = "|INFO|ASF|OnChangedConfigFile() IPC config has been changed!";

fn endpoints(list: &[(&str, Value)]) -> Value {
    let map: serde_json::Map<String, Value> = list
        .iter()
        .map(|(name, endpoint)| (name.to_string(), endpoint.clone()))
        .collect();
    json!({ "Kestrel": { "Endpoints": map } })
}

async fn get_json(client: &reqwest::Client, url: &str) -> Value {
    let response = client
        .get(url)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    assert_eq!(response.status(), 200, "{url}");
    response.json().await.expect("JSON")
}

fn plain() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

#[tokio::test]
async fn every_url_form_binds_where_it_should_and_nowhere_else() {
    let dir = tempfile::tempdir().expect("dir");
    let v6 = ipv6_loopback();
    let [p_v4, p_v6, p_local, p_star, p_zero, p_name, p_any6] = [(); 7].map(|_| free_port());
    let socket = dir.path().join("asf.sock");
    let mut list = vec![
        ("v4", json!({ "Url": format!("http://127.0.0.1:{p_v4}") })),
        (
            "local",
            json!({ "Url": format!("http://localhost:{p_local}") }),
        ),
        ("star", json!({ "Url": format!("http://*:{p_star}") })),
        ("zero", json!({ "Url": format!("http://0.0.0.0:{p_zero}") })),
        (
            "name",
            json!({ "Url": format!("http://asf.example.org:{p_name}/") }),
        ),
        ("any6", json!({ "Url": format!("http://[::]:{p_any6}") })),
        (
            "unix",
            json!({ "Url": format!("http://unix:{}", socket.display()) }),
        ),
    ];
    if v6 {
        list.push(("v6", json!({ "Url": format!("http://[::1]:{p_v6}") })));
    }
    write_ipc_config(dir.path(), &endpoints(&list));
    let instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, READY, 30).await;

    let v6_or = |with: &str, without: &str| {
        if v6 {
            with.to_string()
        } else {
            without.to_string()
        }
    };
    assert_eq!(listening_on(p_v4), [format!("127.0.0.1:{p_v4}")]);
    let mut local = vec![format!("127.0.0.1:{p_local}")];
    if v6 {
        local.push(format!("[::1]:{p_local}"));
    }
    assert_eq!(listening_on(p_local), local);
    // `*`, `[::]` and any host name: every interface (one dual-stack socket).
    for port in [p_star, p_name, p_any6] {
        assert_eq!(
            listening_on(port),
            [v6_or(&format!("[::]:{port}"), &format!("0.0.0.0:{port}"))],
            "port {port}"
        );
    }
    assert_eq!(listening_on(p_zero), [format!("0.0.0.0:{p_zero}")]);
    if v6 {
        assert_eq!(listening_on(p_v6), [format!("[::1]:{p_v6}")]);
    }

    let client = plain();
    for url in [
        format!("http://127.0.0.1:{p_v4}/Api/ASF"),
        format!("http://127.0.0.1:{p_local}/Api/ASF"),
        format!("http://127.0.0.1:{p_star}/Api/ASF"),
        format!("http://127.0.0.1:{p_zero}/Api/ASF"),
    ] {
        assert_eq!(get_json(&client, &url).await["Success"], true, "{url}");
    }

    // The unix socket: made 0666, served like any other endpoint (as a local client).
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let metadata = std::fs::metadata(&socket).expect("socket file");
    assert!(metadata.file_type().is_socket());
    assert_eq!(metadata.permissions().mode() & 0o777, 0o666);
    let answer = unix_get(&socket, "/Api/ASF").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"Success\":true"), "{answer}");
    drop(instance);
    // Stopping removes the socket file again.
    assert!(!socket.exists());
}

async fn unix_get(socket: &std::path::Path, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::UnixStream::connect(socket)
        .await
        .expect("connect unix socket");
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await
        .expect("write");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("read");
    answer
}

/// The ports of the HTTPS endpoints [`spawn_https`] configures.
struct HttpsPorts {
    /// PEM certificate and key, on 127.0.0.1.
    pem: u16,
    /// PKCS#12 certificate, on localhost.
    pfx: u16,
    /// PKCS#12 certificate, HTTP/1.1 only.
    h1: u16,
}

/// The binary in `dir` with three HTTPS endpoints of both certificate kinds, once ready.
async fn spawn_https(dir: &std::path::Path, cert: &TestCertificate) -> (Instance, HttpsPorts) {
    let (p_pem, p_pfx, p_h1) = (free_port(), free_port(), free_port());
    write_ipc_config(
        dir,
        &endpoints(&[
            (
                "pem",
                json!({ "Url": format!("https://127.0.0.1:{p_pem}"),
                        "Certificate": { "Path": "tls/cert.pem", "KeyPath": cert.key } }),
            ),
            (
                "pfx",
                json!({ "Url": format!("https://localhost:{p_pfx}"),
                        "Certificate": { "Path": cert.pfx, "Password": TestCertificate::PFX_PASSWORD } }),
            ),
            (
                "h1",
                json!({ "Url": format!("https://127.0.0.1:{p_h1}"), "Protocols": "Http1",
                        "Certificate": { "Path": cert.pfx, "Password": TestCertificate::PFX_PASSWORD } }),
            ),
        ]),
    );
    let instance = Instance::spawn(dir, &[]);
    instance.wait_line(0, READY, 30).await;
    let ports = HttpsPorts {
        pem: p_pem,
        pfx: p_pfx,
        h1: p_h1,
    };
    (instance, ports)
}

#[tokio::test]
async fn https_with_pem_and_pkcs12_over_http1_and_http2() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let (_instance, ports) = spawn_https(dir.path(), &cert).await;
    let HttpsPorts {
        pem: p_pem,
        pfx: p_pfx,
        h1: p_h1,
    } = ports;

    let client = cert.client();
    for url in [
        format!("https://127.0.0.1:{p_pem}/Api/ASF"),
        format!("https://localhost:{p_pfx}/Api/ASF"),
    ] {
        let response = client.get(&url).send().await.expect("https");
        assert_eq!(response.status(), 200, "{url}");
        // ALPN picks HTTP/2 when both sides offer it.
        assert_eq!(response.version(), reqwest::Version::HTTP_2, "{url}");
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["Result"]["Version"], "6.3.9.6");
    }
    let response = client
        .get(format!("https://127.0.0.1:{p_h1}/Api/ASF"))
        .send()
        .await
        .expect("https h1");
    assert_eq!(response.version(), reqwest::Version::HTTP_11);
    let http1_client = reqwest::Client::builder()
        .add_root_certificate(
            reqwest::Certificate::from_pem(&std::fs::read(&cert.ca).expect("pem")).expect("pem"),
        )
        .http1_only()
        .no_proxy()
        .build()
        .expect("client");
    let response = http1_client
        .get(format!("https://127.0.0.1:{p_pem}/Api/ASF"))
        .send()
        .await
        .expect("https over HTTP/1.1");
    assert_eq!(response.status(), 200);
    assert_eq!(response.version(), reqwest::Version::HTTP_11);

    // Plain HTTP to a TLS port is not served.
    assert!(
        plain()
            .get(format!("http://127.0.0.1:{p_pem}/Api/ASF"))
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn the_log_websocket_runs_over_tls() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let (_instance, HttpsPorts { pem: p_pem, .. }) = spawn_https(dir.path(), &cert).await;

    // History first (with the ready line), then live lines.
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", p_pem))
        .await
        .expect("tcp");
    let connector = tokio_rustls::TlsConnector::from(cert.rustls_client(&[b"http/1.1"]));
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
    let tls = connector.connect(name, tcp).await.expect("tls handshake");
    let (mut ws, _) =
        tokio_tungstenite::client_async(format!("wss://localhost:{p_pem}/Api/NLog"), tls)
            .await
            .expect("wss handshake");
    let mut seen = Vec::new();
    while !seen
        .iter()
        .any(|l: &String| l.contains("IPC server ready!"))
    {
        let frame = tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("history in time")
            .expect("open")
            .expect("frame");
        seen.push(frame.into_text().expect("text").to_string());
    }
    common::write_bot(
        dir.path(),
        "wssbot",
        json!({"Enabled": true, "SteamLogin": "wss", "SteamPassword": "pw"}),
    );
    let live = loop {
        let frame = tokio::time::timeout(Duration::from_secs(15), ws.next())
            .await
            .expect("live line in time")
            .expect("open")
            .expect("frame");
        let text = frame.into_text().expect("text").to_string();
        if text.contains("|wssbot|") {
            break text;
        }
    };
    let parsed: Value = serde_json::from_str(&live).expect("ASF's websocket frame is JSON");
    assert!(
        parsed["Result"]
            .as_str()
            .expect("Result")
            .contains("|wssbot|")
    );
}

/// The binary in `dir` with the bot `farmer` and `ipc_config` as `IPC.config`.
fn spawn_with_farmer(dir: &std::path::Path, ipc_config: &Value) -> Instance {
    common::write_bot(
        dir,
        "farmer",
        json!({"Enabled": true, "SteamLogin": "farmer", "SteamPassword": "pw"}),
    );
    write_ipc_config(dir, ipc_config);
    Instance::spawn(dir, &[])
}

/// The binary in `dir` with the bot `farmer`, serving plain HTTP on a free port, once ready.
async fn spawn_plain_with_farmer(dir: &std::path::Path) -> Instance {
    let port = free_port();
    let instance = spawn_with_farmer(
        dir,
        &endpoints(&[("http", json!({ "Url": format!("http://127.0.0.1:{port}") }))]),
    );
    instance.wait_line(0, READY, 30).await;
    instance
}

/// Writes `ipc_config` as `IPC.config` and returns the error line the running `instance` logs
/// for it.
async fn error_for(instance: &Instance, dir: &std::path::Path, ipc_config: &Value) -> String {
    let mark = instance.mark();
    write_ipc_config(dir, ipc_config);
    instance
        .wait_line(mark, "|ERROR|ASF|StartInternally()", 30)
        .await
}

#[tokio::test]
async fn a_wrong_certificate_password_leaves_the_bots_running_until_fixed() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let port = free_port();
    let https = |password: &str| {
        endpoints(&[(
            "secure",
            json!({ "Url": format!("https://127.0.0.1:{port}"),
                    "Certificate": { "Path": cert.pfx, "Password": password } }),
        )])
    };
    // A wrong PKCS#12 password.
    let mut instance = spawn_with_farmer(dir.path(), &https("not-the-password"));
    let error = instance
        .wait_line(0, "|ERROR|ASF|StartInternally()", 30)
        .await;
    assert!(error.contains("endpoint secure"), "{error}");
    assert!(error.contains("password is wrong"), "{error}");
    // The bots are unaffected: the farmer logs on and starts farming.
    instance.wait_line(0, "|farmer|", 30).await;
    assert!(instance.running());
    assert!(
        !instance
            .lines()
            .iter()
            .any(|l| l.contains("IPC server ready!"))
    );
    assert!(listening_on(port).is_empty());

    // Fixing the file brings the listener up without a restart of anything else.
    let mark = instance.mark();
    write_ipc_config(dir.path(), &https(TestCertificate::PFX_PASSWORD));
    instance.wait_line(mark, CHANGED, 30).await;
    instance.wait_line(mark, READY, 30).await;
    let body = get_json(
        &cert.client(),
        &format!("https://127.0.0.1:{port}/Api/Bot/farmer"),
    )
    .await;
    assert_eq!(body["Result"]["farmer"]["BotName"], "farmer");
}

#[tokio::test]
async fn broken_configs_are_logged_and_leave_the_process_running() {
    let dir = tempfile::tempdir().expect("dir");
    let mut instance = spawn_plain_with_farmer(dir.path()).await;
    let port = free_port();

    // Invalid JSON: one error, the old listener is gone, the process lives on.
    let mark = instance.mark();
    write_config_file(
        dir.path(),
        "IPC.config",
        b"{ \"Kestrel\": { \"Endpoints\": ",
    );
    instance.wait_line(mark, CHANGED, 30).await;
    let error = instance
        .wait_line(mark, "|ERROR|ASF|StartInternally()", 30)
        .await;
    assert!(error.contains("IPC.config"), "{error}");
    assert!(error.contains("invalid JSON"), "{error}");

    // A certificate file that is not there.
    let missing = endpoints(&[(
        "secure",
        json!({ "Url": format!("https://127.0.0.1:{port}"),
                "Certificate": { "Path": "tls/missing.pfx", "Password": "x" } }),
    )]);
    let error = error_for(&instance, dir.path(), &missing).await;
    assert!(error.contains("endpoint secure"), "{error}");
    assert!(error.contains("missing.pfx"), "{error}");

    // An address this machine does not have.
    let nowhere = endpoints(&[(
        "nowhere",
        json!({ "Url": format!("http://192.0.2.1:{port}") }),
    )]);
    let error = error_for(&instance, dir.path(), &nowhere).await;
    assert!(
        error.contains(&format!(
            "Failed to bind to address http://192.0.2.1:{port}: "
        )),
        "{error}"
    );
    assert!(error.contains("(endpoint nowhere)"), "{error}");
    assert!(instance.running());
}

#[tokio::test]
async fn a_held_port_is_reported_and_a_free_one_recovers() {
    let dir = tempfile::tempdir().expect("dir");
    let mut instance = spawn_plain_with_farmer(dir.path()).await;

    // A port another process holds: Kestrel's line, and recovery once the file names a free one.
    let blocker = std::net::TcpListener::bind("127.0.0.1:0").expect("blocker");
    let held = blocker.local_addr().expect("addr").port();
    let held_config = endpoints(&[("http", json!({ "Url": format!("http://127.0.0.1:{held}") }))]);
    let error = error_for(&instance, dir.path(), &held_config).await;
    assert!(
        error.ends_with(&format!(
            "StartInternally() Failed to bind to address http://127.0.0.1:{held}: address already in use. (endpoint http)"
        )),
        "{error}"
    );
    let mark = instance.mark();
    let free = free_port();
    write_ipc_config(
        dir.path(),
        &endpoints(&[("http", json!({ "Url": format!("http://127.0.0.1:{free}") }))]),
    );
    instance.wait_line(mark, READY, 30).await;
    let body = get_json(&plain(), &format!("http://127.0.0.1:{free}/Api/Bot/farmer")).await;
    assert_eq!(body["Result"]["farmer"]["KeepRunning"], true);
    assert!(instance.running());
    drop(blocker);
}

#[tokio::test]
async fn hot_reload_switches_port_and_path_base_while_a_bot_keeps_farming() {
    let dir = tempfile::tempdir().expect("dir");
    common::write_bot(
        dir.path(),
        "farmer",
        json!({"Enabled": true, "SteamLogin": "farmer", "SteamPassword": "pw"}),
    );
    let (first, second) = (free_port(), free_port());
    write_ipc_config(
        dir.path(),
        &endpoints(&[(
            "http",
            json!({ "Url": format!("http://127.0.0.1:{first}") }),
        )]),
    );
    let instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, READY, 30).await;
    let client = plain();
    let farming = |body: &Value| {
        body["Result"]["farmer"]["CardsFarmer"]["CurrentGamesFarming"]
            .as_array()
            .is_some_and(|games| !games.is_empty())
    };
    let url = format!("http://127.0.0.1:{first}/Api/Bot/farmer");
    common::wait_for(30, "farming before the reload", || {
        let client = client.clone();
        let url = url.clone();
        async move { farming(&get_json(&client, &url).await).then_some(()) }
    })
    .await;
    let started = get_json(&client, &format!("http://127.0.0.1:{first}/Api/ASF")).await["Result"]
        ["ProcessStartTime"]
        .clone();
    let logons = |instance: &Instance| {
        instance
            .lines()
            .iter()
            .filter(|l| l.contains("|farmer|") && l.contains("Successfully logged on!"))
            .count()
    };
    let logons_before = logons(&instance);
    assert!(logons_before >= 1, "{:?}", instance.lines());

    let mark = instance.mark();
    write_ipc_config(
        dir.path(),
        &json!({ "Kestrel": {
            "Endpoints": { "http": { "Url": format!("http://127.0.0.1:{second}") } },
            "PathBase": "/ASF"
        } }),
    );
    instance.wait_line(mark, CHANGED, 30).await;
    instance.wait_line(mark, READY, 30).await;
    assert!(listening_on(first).is_empty(), "the old port is closed");
    assert!(client.get(&url).send().await.is_err());
    for path in [
        "/ASF/Api/Bot/farmer",
        "/asf/api/bot/farmer",
        "/Api/Bot/farmer",
    ] {
        let body = get_json(&client, &format!("http://127.0.0.1:{second}{path}")).await;
        assert!(farming(&body), "{path}: {body}");
    }
    let now = get_json(&client, &format!("http://127.0.0.1:{second}/ASF/Api/ASF")).await;
    assert_eq!(
        now["Result"]["ProcessStartTime"], started,
        "the process was not restarted"
    );
    assert_eq!(
        logons(&instance),
        logons_before,
        "the bot did not log on again"
    );
}

#[tokio::test]
async fn ipc_switch_off_means_no_listener_at_all() {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    write_config_file(dir.path(), "ASF.json", br#"{ "IPC": false }"#);
    write_ipc_config(
        dir.path(),
        &endpoints(&[("http", json!({ "Url": format!("http://127.0.0.1:{port}") }))]),
    );
    common::write_bot(
        dir.path(),
        "farmer",
        json!({"Enabled": true, "SteamLogin": "farmer", "SteamPassword": "pw"}),
    );
    let mut instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, "|farmer|", 30).await;
    // Touching IPC.config while IPC is off changes nothing.
    let mark = instance.mark();
    write_ipc_config(
        dir.path(),
        &endpoints(&[(
            "http",
            json!({ "Url": format!("http://127.0.0.1:{port}/") }),
        )]),
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let lines = instance.lines();
    assert!(
        !lines.iter().any(|l| l.contains("Starting IPC server")),
        "{lines:?}"
    );
    assert!(
        !lines[mark..]
            .iter()
            .any(|l| l.contains("IPC config has been changed!"))
    );
    assert!(listening_on(port).is_empty());
    assert!(instance.running());

    // Switching it on (a global config change restarts the core) brings the listener up.
    let mark = instance.mark();
    write_config_file(dir.path(), "ASF.json", br#"{ "IPC": true }"#);
    instance.wait_line(mark, READY, 30).await;
    let body = get_json(&plain(), &format!("http://127.0.0.1:{port}/Api/Bot/farmer")).await;
    assert_eq!(body["Result"]["farmer"]["BotName"], "farmer");
}

/// Pins `ArchiSteamFarm/IPC/ArchiKestrel.cs` (the file handed to Kestrel's configuration
/// loader as the host's configuration; `KnownNetworks` made into `new IPNetwork(…)` in
/// `ConfigureServices`; `PathBase` read as a `PathString`): without `Endpoints` the host's
/// `urls` are bound; a network with bits after its prefix or a prefix longer than its address,
/// a `PathBase` without its leading `/`, and TLS settings this server does not implement keep
/// IPC from starting with one error naming the setting; `Certificates.Default` serves an HTTPS
/// endpoint without a certificate of its own, `EndpointDefaults.Protocols` applies to all.
#[tokio::test]
async fn kestrel_settings_are_honoured_or_refused_by_name() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let (p_urls, port) = (free_port(), free_port());
    std::fs::create_dir_all(dir.path().join("config")).expect("config dir");
    write_ipc_config(
        dir.path(),
        &json!({ "urls": format!("http://127.0.0.1:{p_urls}"), "Kestrel": { "PathBase": "" } }),
    );
    let instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, READY, 30).await;
    get_json(&plain(), &format!("http://127.0.0.1:{p_urls}/Api/ASF")).await;

    let endpoint = json!({ "HTTP": { "Url": format!("http://127.0.0.1:{port}") } });
    for (kestrel, named) in [
        (
            json!({ "Endpoints": endpoint, "KnownNetworks": ["10.0.0.1/8"] }),
            "Kestrel.KnownNetworks: 10.0.0.1/8: the address has bits set after the network prefix",
        ),
        (
            json!({ "Endpoints": endpoint, "KnownNetworks": ["10.0.0.0/33"] }),
            "Kestrel.KnownNetworks: 10.0.0.0/33: the prefix length 33 is longer than the address",
        ),
        (
            json!({ "Endpoints": endpoint, "PathBase": "ASF" }),
            "Kestrel.PathBase \"ASF\": the path must start with '/'",
        ),
        (
            json!({ "Endpoints": endpoint, "EndpointDefaults": { "SslProtocols": "Tls11" } }),
            "Kestrel.EndpointDefaults.SslProtocols: only",
        ),
        (
            json!({ "Endpoints": { "HTTP": { "Url": format!("https://127.0.0.1:{port}"),
                "ClientCertificateMode": "RequireCertificate" } } }),
            "Kestrel.Endpoints.HTTP.ClientCertificateMode: only",
        ),
        (
            json!({ "Endpoints": endpoint, "Certificates": { "asf.example.org": {} } }),
            "Kestrel.Certificates.asf.example.org: only",
        ),
    ] {
        let mark = instance.mark();
        write_ipc_config(dir.path(), &json!({ "Kestrel": kestrel }));
        instance.wait_line(mark, CHANGED, 30).await;
        let error = instance
            .wait_line(mark, "|ERROR|ASF|StartInternally()", 30)
            .await;
        assert!(error.contains(named), "{named}: {error}");
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(listening_on(port).is_empty(), "{named}");
        assert!(listening_on(p_urls).is_empty(), "{named}");
    }

    // Honoured: the default certificate, the default protocols, and (logged and skipped, as
    // in ASF) an entry that is no network at all.
    let mark = instance.mark();
    write_ipc_config(
        dir.path(),
        &json!({ "Kestrel": {
            "Endpoints": { "HTTPS": { "Url": format!("https://127.0.0.1:{port}") } },
            "Certificates": { "Default": { "Path": cert.pfx, "Password": TestCertificate::PFX_PASSWORD } },
            "EndpointDefaults": { "Protocols": "Http1", "SslProtocols": "Tls12, Tls13",
                "ClientCertificateMode": "NoCertificate" },
            "KnownNetworks": ["nonsense", "10.0.0.0/8"],
        } }),
    );
    instance.wait_line(mark, READY, 30).await;
    let line = instance
        .wait_line(
            mark,
            "|ERROR|ASF|StartInternally() nonsense is invalid!",
            30,
        )
        .await;
    assert!(line.contains("nonsense"));
    let response = cert
        .client()
        .get(format!("https://127.0.0.1:{port}/Api/ASF"))
        .send()
        .await
        .expect("HTTPS with the default certificate");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.version(),
        reqwest::Version::HTTP_11,
        "EndpointDefaults.Protocols"
    );
}

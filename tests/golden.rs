//! Byte-for-byte answers of the server binary to a fixed script of requests, compared with the
//! recorded files in `tests/golden/`. The script covers every operation of `openapi/asf.json`
//! (a success and a typical error each) and a few raw-HTTP edge cases of the front door, so
//! that a rebuild of the inside can show it changed nothing outside.
//!
//! The server runs as an operator runs it (the binary, its own working directory and
//! `IPC.config`), on a fixed simulation seed, with a fixed `ASF.json` and a fixed set of bots.
//! Each answer is recorded as its status line, its headers (sorted by name; `Date` left out)
//! and its body (de-chunked). Only what is dynamic by nature is normalised, see [`normalise`].
//!
//! `GOLDEN_RECORD=1 cargo test --test integration golden::` rewrites the files.

use asf_ipc_test_support as common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::instance::{Instance, free_port, write_config_file, write_ipc_config};
use serde_json::json;

const READY: &str = "|INFO|ASF|StartInternally() IPC server ready!";
const PASSWORD: &str = "golden-secret";
const SEED: &str = "4242";

/// One scripted request.
struct Step {
    /// File name (without `.txt`) of the recorded answer.
    name: &'static str,
    method: &'static str,
    path: &'static str,
    auth: Auth,
    body: Option<String>,
    /// Extra header lines, each ending in CRLF.
    headers: &'static str,
    /// Bytes sent after the request (a websocket frame).
    then: &'static [u8],
}

enum Auth {
    Password,
    Missing,
    Wrong,
    /// The bytes of the request are given whole in `path` (the request line onwards, up to
    /// but not including the final blank line and body).
    Raw,
    /// An RFC 8441 websocket (extended `CONNECT` of `path`) over cleartext HTTP/2, with the
    /// password; the status and headers are recorded, the stream is closed unread.
    Http2Websocket,
}

fn step(name: &'static str, method: &'static str, path: &'static str) -> Step {
    Step {
        name,
        method,
        path,
        auth: Auth::Password,
        body: None,
        headers: "",
        then: &[],
    }
}

impl Step {
    fn json(mut self, body: serde_json::Value) -> Self {
        self.body = Some(body.to_string());
        self
    }
    fn text(mut self, body: &str) -> Self {
        self.body = Some(body.to_string());
        self
    }
    fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
    fn headers(mut self, headers: &'static str) -> Self {
        self.headers = headers;
        self
    }
    fn then(mut self, bytes: &'static [u8]) -> Self {
        self.then = bytes;
        self
    }
}

/// Five requests on one connection with a wrong password, from one forwarded address.
const WRONG_PASSWORD_FIVE_TIMES: &str = "GET /Api/ASF HTTP/1.1\r\nHost: golden\r\nAuthentication: wrong\r\nX-Forwarded-For: 192.0.2.50\r\n\r\n\
GET /Api/ASF HTTP/1.1\r\nHost: golden\r\nAuthentication: wrong\r\nX-Forwarded-For: 192.0.2.50\r\n\r\n\
GET /Api/ASF HTTP/1.1\r\nHost: golden\r\nAuthentication: wrong\r\nX-Forwarded-For: 192.0.2.50\r\n\r\n\
GET /Api/ASF HTTP/1.1\r\nHost: golden\r\nAuthentication: wrong\r\nX-Forwarded-For: 192.0.2.50\r\n\r\n\
GET /Api/ASF HTTP/1.1\r\nHost: golden\r\nAuthentication: wrong\r\nX-Forwarded-For: 192.0.2.50\r\nConnection: close\r\n\r\n";

/// A websocket handshake for the log (RFC 6455's sample key).
const NLOG_HANDSHAKE: &str = "GET /Api/NLog HTTP/1.1\r\nHost: golden\r\nAuthentication: golden-secret\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";

/// A client's close frame (masked, with a zero mask and no payload), which ends the socket.
const WEBSOCKET_CLOSE: &[u8] = &[0x88, 0x80, 0, 0, 0, 0];

/// The scripted requests, in order (later ones see what earlier ones changed).
fn script_before_restart() -> Vec<Step> {
    use Auth::*;
    vec![
        // Health and authentication.
        step("001-healthcheck", "GET", "/HealthCheck").auth(Missing),
        step("002-asf-get-no-password", "GET", "/Api/ASF").auth(Missing),
        step("003-asf-get-wrong-password", "GET", "/Api/ASF").auth(Wrong),
        step("004-asf-get", "GET", "/Api/ASF"),
        step("005-asf-get-password-query", "GET", "/Api/ASF?password=golden-secret")
            .auth(Missing),
        // ASF.
        step("010-asf-post-no-config", "POST", "/Api/ASF").json(json!({})),
        step("011-asf-encrypt-plain", "POST", "/Api/ASF/Encrypt")
            .json(json!({"CryptoMethod": 0, "StringToEncrypt": "hello"})),
        step("012-asf-encrypt-bad-method", "POST", "/Api/ASF/Encrypt")
            .json(json!({"CryptoMethod": 99, "StringToEncrypt": "hello"})),
        step("013-asf-hash-scrypt", "POST", "/Api/ASF/Hash")
            .json(json!({"HashingMethod": 1, "StringToHash": "hello"})),
        step("014-asf-hash-pbkdf2", "POST", "/Api/ASF/Hash")
            .json(json!({"HashingMethod": 2, "StringToHash": "hello"})),
        step("015-asf-hash-missing-string", "POST", "/Api/ASF/Hash")
            .json(json!({"HashingMethod": 1})),
        step("016-asf-update", "POST", "/Api/ASF/Update").json(json!({})),
        step("017-asf-update-bad-channel", "POST", "/Api/ASF/Update")
            .json(json!({"Channel": 7})),
        step("018-asf-restart-wrong-method", "GET", "/Api/ASF/Restart"),
        step("019-asf-exit-wrong-method", "GET", "/Api/ASF/Exit"),
        step("006-asf-restart-no-password", "POST", "/Api/ASF/Restart").auth(Missing),
        step("007-asf-exit-no-password", "POST", "/Api/ASF/Exit").auth(Missing),
        // Bots.
        step("020-bot-get-asf", "GET", "/Api/Bot/ASF"),
        step("021-bot-get-one", "GET", "/Api/Bot/alpha"),
        step("022-bot-get-unknown", "GET", "/Api/Bot/nobody"),
        step("065-bot-get-no-password", "GET", "/Api/Bot/alpha").auth(Missing),
        step("023-bot-post-create", "POST", "/Api/Bot/gamma")
            .json(json!({"BotConfig": {"Enabled": false, "SteamLogin": "gamma"}})),
        step("024-bot-post-no-config", "POST", "/Api/Bot/gamma").json(json!({})),
        step("025-bot-post-asf-name", "POST", "/Api/Bot/ASF")
            .json(json!({"BotConfig": {"Enabled": false}})),
        step("026-bot-add-license", "POST", "/Api/Bot/alpha/AddLicense")
            .json(json!({"Apps": [440], "Packages": [0]})),
        step("027-bot-add-license-unknown-bot", "POST", "/Api/Bot/nobody/AddLicense")
            .json(json!({"Apps": [440]})),
        step("028-bot-remove-license", "POST", "/Api/Bot/alpha/RemoveLicense")
            .json(json!({"Apps": [440], "Packages": [0]})),
        step("029-bot-remove-license-empty", "POST", "/Api/Bot/alpha/RemoveLicense")
            .json(json!({})),
        step("030-bgr-post", "POST", "/Api/Bot/beta/GamesToRedeemInBackground").json(
            json!({"GamesToRedeemInBackground": {"AAAAA-BBBBB-CCCCC": "Some game"}}),
        ),
        step("031-bgr-post-empty", "POST", "/Api/Bot/beta/GamesToRedeemInBackground")
            .json(json!({"GamesToRedeemInBackground": {}})),
        step("032-bgr-get", "GET", "/Api/Bot/beta/GamesToRedeemInBackground"),
        step("033-bgr-delete", "DELETE", "/Api/Bot/beta/GamesToRedeemInBackground"),
        step("034-bgr-get-unknown-bot", "GET", "/Api/Bot/nobody/GamesToRedeemInBackground"),
        step("066-bgr-delete-unknown-bot", "DELETE", "/Api/Bot/nobody/GamesToRedeemInBackground"),
        step("035-bot-input", "POST", "/Api/Bot/alpha/Input")
            .json(json!({"Type": 3, "Value": "ABCDE"})),
        step("036-bot-input-bad-type", "POST", "/Api/Bot/alpha/Input")
            .json(json!({"Type": 0, "Value": "x"})),
        step("037-bot-inventory", "GET", "/Api/Bot/alpha/Inventory"),
        step("038-bot-inventory-specific", "GET", "/Api/Bot/alpha/Inventory/753/6"),
        step("039-bot-inventory-offline", "GET", "/Api/Bot/beta/Inventory"),
        step("048-bot-inventory-unknown-bot", "GET", "/Api/Bot/nobody/Inventory"),
        step("049-bot-inventory-specific-app-zero", "GET", "/Api/Bot/alpha/Inventory/0/6"),
        step("040-bot-pause", "POST", "/Api/Bot/alpha/Pause")
            .json(json!({"Permanent": false, "ResumeInSeconds": 0})),
        step("041-bot-resume-unknown", "POST", "/Api/Bot/nobody/Resume"),
        step("067-bot-pause-unknown", "POST", "/Api/Bot/nobody/Pause").json(json!({})),
        step("042-bot-redeem", "POST", "/Api/Bot/alpha/Redeem")
            .json(json!({"KeysToRedeem": ["ZZZZZ-YYYYY-XXXXX"]})),
        step("043-bot-redeem-empty", "POST", "/Api/Bot/alpha/Redeem")
            .json(json!({"KeysToRedeem": []})),
        step("044-bot-redeem-points", "POST", "/Api/Bot/alpha/RedeemPoints/6"),
        step("045-bot-redeem-points-zero", "POST", "/Api/Bot/alpha/RedeemPoints/0"),
        step("046-bot-stop-offline", "POST", "/Api/Bot/beta/Stop"),
        step("047-bot-start-unknown", "POST", "/Api/Bot/nobody/Start"),
        step("068-bot-stop-unknown", "POST", "/Api/Bot/nobody/Stop"),
        // Two-factor authentication.
        step("050-2fa-token-none", "GET", "/Api/Bot/alpha/TwoFactorAuthentication/Token"),
        step(
            "058-2fa-token-unknown-bot",
            "GET",
            "/Api/Bot/nobody/TwoFactorAuthentication/Token",
        ),
        step("059-2fa-import-unknown-bot", "POST", "/Api/Bot/nobody/TwoFactorAuthentication")
            .json(json!({"shared_secret": "zvIayp3JPvtvX/QGHqsqKBk/44s=", "identity_secret": "x"})),
        step(
            "074-2fa-confirmations-get-unknown-bot",
            "GET",
            "/Api/Bot/nobody/TwoFactorAuthentication/Confirmations",
        ),
        step(
            "075-2fa-confirmations-post-unknown-bot",
            "POST",
            "/Api/Bot/nobody/TwoFactorAuthentication/Confirmations",
        )
        .json(json!({"Accept": true})),
        step("051-2fa-import", "POST", "/Api/Bot/alpha/TwoFactorAuthentication").json(json!({
            "shared_secret": "zvIayp3JPvtvX/QGHqsqKBk/44s=",
            "identity_secret": "qrg+wW8/u/TDt2i/+FQuPhuVrmY=",
            "account_name": "alpha"
        })),
        step("052-2fa-import-bad-secret", "POST", "/Api/Bot/alpha/TwoFactorAuthentication")
            .json(json!({"shared_secret": "%%%", "identity_secret": "x"})),
        step(
            "053-2fa-confirmations-get",
            "GET",
            "/Api/Bot/alpha/TwoFactorAuthentication/Confirmations",
        ),
        step(
            "054-2fa-confirmations-post",
            "POST",
            "/Api/Bot/alpha/TwoFactorAuthentication/Confirmations",
        )
        .json(json!({"Accept": true})),
        step(
            "055-2fa-confirmations-offline",
            "GET",
            "/Api/Bot/beta/TwoFactorAuthentication/Confirmations",
        ),
        step("056-2fa-delete", "DELETE", "/Api/Bot/alpha/TwoFactorAuthentication"),
        step("057-2fa-delete-none", "DELETE", "/Api/Bot/beta/TwoFactorAuthentication"),
        step("069-2fa-delete-unknown-bot", "DELETE", "/Api/Bot/nobody/TwoFactorAuthentication"),
        // Rename and delete.
        step("060-bot-rename", "POST", "/Api/Bot/gamma/Rename").json(json!({"NewName": "delta"})),
        step("061-bot-rename-taken", "POST", "/Api/Bot/delta/Rename")
            .json(json!({"NewName": "alpha"})),
        step("062-bot-rename-no-name", "POST", "/Api/Bot/delta/Rename").json(json!({})),
        step("063-bot-delete", "DELETE", "/Api/Bot/delta"),
        step("064-bot-delete-unknown", "DELETE", "/Api/Bot/delta"),
        // Commands.
        step("070-command-version", "POST", "/Api/Command").json(json!({"Command": "version"})),
        step("071-command-status", "POST", "/Api/Command")
            .json(json!({"Command": "status alpha,beta"})),
        step("072-command-unknown", "POST", "/Api/Command").json(json!({"Command": "frobnicate"})),
        step("073-command-empty", "POST", "/Api/Command").json(json!({"Command": ""})),
        // IPC bans.
        step("080-bans-get", "GET", "/Api/IPC/Bans"),
        step("081-bans-delete-one", "DELETE", "/Api/IPC/Bans/127.0.0.1"),
        step("082-bans-delete-bad-address", "DELETE", "/Api/IPC/Bans/not-an-ip"),
        step("083-bans-delete", "DELETE", "/Api/IPC/Bans"),
        step("084-bans-get-no-password", "GET", "/Api/IPC/Bans").auth(Missing),
        step("085-bans-delete-no-password", "DELETE", "/Api/IPC/Bans").auth(Missing),
        // Five wrong passwords from one client (a forwarded address: the proxy on loopback is
        // trusted) ban it; the ban is then lifted.
        step("086-bans-five-wrong-passwords", "", WRONG_PASSWORD_FIVE_TIMES).auth(Raw),
        step("087-bans-delete-banned", "DELETE", "/Api/IPC/Bans/192.0.2.50"),
        // Log.
        step("090-nlog-plain-get", "GET", "/Api/NLog"),
        step("091-nlog-file", "GET", "/Api/NLog/File?count=2&lastAt=9"),
        step("092-nlog-file-bad-count", "GET", "/Api/NLog/File?count=0"),
        step("093-nlog-websocket", "", NLOG_HANDSHAKE)
            .auth(Raw)
            .then(WEBSOCKET_CLOSE),
        step("095-nlog-http2-websocket", "CONNECT", "/Api/NLog").auth(Http2Websocket),
        step(
            "094-nlog-connect-http1",
            "",
            "CONNECT /Api/NLog HTTP/1.1\r\nHost: golden\r\nAuthentication: golden-secret\r\nConnection: close\r\n",
        )
        .auth(Raw),
        // Plugins.
        step("100-plugins-get", "GET", "/Api/Plugins"),
        step("101-plugins-update", "POST", "/Api/Plugins/Update").json(json!({})),
        step("102-plugins-get-no-password", "GET", "/Api/Plugins").auth(Missing),
        step("103-plugins-update-bad-channel", "POST", "/Api/Plugins/Update")
            .json(json!({"Channel": 7})),
        step(
            "104-steam-token-dumper-config",
            "GET",
            "/Api/SteamTokenDumperPlugin/GlobalConfigExtension",
        ),
        step(
            "105-steam-token-dumper-config-no-password",
            "GET",
            "/Api/SteamTokenDumperPlugin/GlobalConfigExtension",
        )
        .auth(Missing),
        // Storage.
        step("110-storage-post", "POST", "/Api/Storage/golden").json(json!({"a": [1, 2]})),
        step("111-storage-get", "GET", "/Api/Storage/golden"),
        step("112-storage-delete", "DELETE", "/Api/Storage/golden"),
        step("113-storage-get-missing", "GET", "/Api/Storage/golden"),
        step("114-storage-post-no-body", "POST", "/Api/Storage/golden"),
        step("115-storage-get-no-password", "GET", "/Api/Storage/golden").auth(Missing),
        step("116-storage-delete-no-password", "DELETE", "/Api/Storage/golden").auth(Missing),
        // Structures and types.
        step(
            "120-structure",
            "GET",
            "/Api/Structure/ArchiSteamFarm.Storage.GlobalConfig",
        ),
        step("121-structure-unknown", "GET", "/Api/Structure/No.Such.Type"),
        step("122-type", "GET", "/Api/Type/ArchiSteamFarm.Steam.Storage.BotConfig"),
        step("123-type-enum", "GET", "/Api/Type/ArchiSteamFarm.Storage.GlobalConfig+EUpdateChannel"),
        step("124-type-unknown", "GET", "/Api/Type/No.Such.Type"),
        // GitHub (answered offline).
        step("130-github-release", "GET", "/Api/WWW/GitHub/Release"),
        step("131-github-release-latest", "GET", "/Api/WWW/GitHub/Release/latest"),
        step("132-github-release-unknown", "GET", "/Api/WWW/GitHub/Release/1.0.0.0"),
        step("133-github-wiki-history", "GET", "/Api/WWW/GitHub/Wiki/History/Home"),
        step("134-github-wiki-page", "GET", "/Api/WWW/GitHub/Wiki/Page/Home"),
        step("135-github-release-no-password", "GET", "/Api/WWW/GitHub/Release").auth(Missing),
        step("136-github-release-bad-version", "GET", "/Api/WWW/GitHub/Release/not-a-version"),
        step("137-github-wiki-history-no-password", "GET", "/Api/WWW/GitHub/Wiki/History/Home")
            .auth(Missing),
        step("138-github-wiki-page-no-password", "GET", "/Api/WWW/GitHub/Wiki/Page/Home")
            .auth(Missing),
        // Metrics and the document.
        step("140-metrics", "GET", "/Api/metrics"),
        step("142-metrics-no-password", "GET", "/Api/metrics").auth(Missing),
        step("141-swagger-document-head", "HEAD", "/swagger/ASF/swagger.json"),
        // The front door.
        step("150-bad-json", "POST", "/Api/ASF/Hash").text("{\"HashingMethod\": 1,"),
        step("151-not-json-content-type", "POST", "/Api/ASF/Hash")
            .text("hello")
            .headers("Content-Type: text/plain\r\n"),
        step("152-unknown-route", "GET", "/Api/Nope"),
        step("153-unknown-route-no-password", "GET", "/Api/Nope").auth(Missing),
        step("154-wrong-method", "PUT", "/Api/ASF"),
        step("155-wrong-method-no-password", "PATCH", "/Api/Bot/alpha").auth(Missing),
        step("156-options", "OPTIONS", "/Api/ASF"),
        step("157-head-api", "HEAD", "/Api/ASF"),
        step("158-root", "GET", "/").auth(Missing),
        step("159-static-missing", "GET", "/no-such-file.txt").auth(Missing),
        step(
            "160-raw-malformed-request-line",
            "",
            "GARBAGE\r\nHost: golden\r\nConnection: close\r\n",
        )
        .auth(Raw),
        step(
            "161-raw-http10",
            "",
            "GET /HealthCheck HTTP/1.0\r\nConnection: close\r\n",
        )
        .auth(Raw),
        step(
            "162-raw-dot-segments",
            "",
            "GET /Api/../Api/ASF HTTP/1.1\r\nHost: golden\r\nAuthentication: golden-secret\r\nConnection: close\r\n",
        )
        .auth(Raw),
        step(
            "163-raw-cross-site-post",
            "",
            "POST /Api/Command HTTP/1.1\r\nHost: golden\r\nOrigin: http://evil.example\r\nAuthentication: golden-secret\r\nContent-Type: application/json\r\nContent-Length: 21\r\nConnection: close\r\n\r\n{\"Command\":\"version\"}",
        )
        .auth(Raw),
        step(
            "164-raw-content-length-mismatch",
            "",
            "POST /Api/ASF/Hash HTTP/1.1\r\nHost: golden\r\nAuthentication: golden-secret\r\nContent-Type: application/json\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{\"HashingMethod\":1}",
        )
        .auth(Raw),
        // Bot start and stop, last among bot requests (their effects are asynchronous).
        step("170-bot-resume", "POST", "/Api/Bot/alpha/Resume"),
        step("171-bot-stop", "POST", "/Api/Bot/alpha/Stop"),
        step("172-bot-start-disabled", "POST", "/Api/Bot/beta/Start"),
        // ASF.json changes restart the core: last but one.
        step("180-asf-post", "POST", "/Api/ASF").json(json!({"GlobalConfig": {
            "IPCPassword": PASSWORD, "Headless": true, "SteamOwnerID": "0"
        }})),
    ]
}

fn script_last() -> Vec<Step> {
    vec![
        step("190-asf-restart", "POST", "/Api/ASF/Restart"),
        step("191-asf-exit", "POST", "/Api/ASF/Exit"),
    ]
}

/// Builds the bytes of the request.
fn request_bytes(step: &Step) -> Vec<u8> {
    if let Auth::Raw = step.auth {
        let mut out = step.path.as_bytes().to_vec();
        if !step.path.contains("\r\n\r\n") {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(step.then);
        return out;
    }
    let mut out = format!(
        "{} {} HTTP/1.1\r\nHost: golden\r\nConnection: close\r\n",
        step.method, step.path
    );
    match step.auth {
        Auth::Password => out.push_str(&format!("Authentication: {PASSWORD}\r\n")),
        Auth::Wrong => out.push_str("Authentication: not-the-password\r\n"),
        Auth::Missing | Auth::Raw | Auth::Http2Websocket => {}
    }
    out.push_str(step.headers);
    if let Some(body) = &step.body {
        if !step.headers.to_ascii_lowercase().contains("content-type") {
            out.push_str("Content-Type: application/json\r\n");
        }
        out.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    } else if step.method == "POST" {
        out.push_str("Content-Length: 0\r\n\r\n");
    } else {
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// The answer to one step, as bytes of an HTTP/1.1 answer.
async fn answer(port: u16, step: &Step) -> Vec<u8> {
    match step.auth {
        Auth::Http2Websocket => http2_websocket(port, step.path).await,
        _ => send(port, &request_bytes(step)).await,
    }
}

/// Opens `path` as a websocket over HTTP/2 (prior knowledge) and writes the answer's head as
/// HTTP/1.1 would (status line and headers).
async fn http2_websocket(port: u16, path: &str) -> Vec<u8> {
    use http_body_util::Empty;
    use hyper_util::rt::{TokioExecutor, TokioIo};
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    let (mut sender, connection) = hyper::client::conn::http2::Builder::new(TokioExecutor::new())
        .handshake::<_, Empty<bytes::Bytes>>(TokioIo::new(stream))
        .await
        .expect("HTTP/2 handshake");
    let connection = tokio::spawn(connection);
    // A first request makes sure the server's SETTINGS (with extended CONNECT) have arrived.
    let health = http::Request::get("http://golden/HealthCheck")
        .body(Empty::new())
        .expect("request");
    sender
        .send_request(health)
        .await
        .expect("HealthCheck over h2");
    let mut request = http::Request::builder()
        .method(http::Method::CONNECT)
        .uri(format!("http://golden{path}"))
        .header("sec-websocket-version", "13")
        .header("authentication", PASSWORD)
        .body(Empty::new())
        .expect("request");
    request
        .extensions_mut()
        .insert(hyper::ext::Protocol::from_static("websocket"));
    let response = sender.send_request(request).await.expect("CONNECT");
    let mut out = format!("HTTP/2 {}\r\n", response.status());
    for (name, value) in response.headers() {
        out.push_str(&format!(
            "{name}: {}\r\n",
            String::from_utf8_lossy(value.as_bytes())
        ));
    }
    out.push_str("\r\n");
    drop(response);
    drop(sender);
    connection.abort();
    out.into_bytes()
}

async fn send(port: u16, bytes: &[u8]) -> Vec<u8> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    stream.write_all(bytes).await.expect("write request");
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut out)).await;
    out
}

/// Splits an answer into status line, headers and body; de-chunks a chunked body.
fn parse(answer: &[u8]) -> (String, Vec<(String, String)>, Vec<u8>) {
    let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") else {
        return (
            String::from_utf8_lossy(answer).into_owned(),
            Vec::new(),
            Vec::new(),
        );
    };
    let head = String::from_utf8_lossy(&answer[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = answer[end + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"))
    {
        body = dechunk(&body);
    }
    (status, headers, body)
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            break;
        };
        data = &data[line_end + 2..];
        if size == 0 || data.len() < size {
            break;
        }
        out.extend_from_slice(&data[..size]);
        data = data.get(size + 2..).unwrap_or_default();
    }
    out
}

/// Replaces what differs from run to run by nature, and nothing else:
/// - the listening port (ephemeral, chosen per run), also as `server_port`, and the number
///   of connections open (`kestrel_active_connections`: a closed connection may not have
///   ended on the server's side yet);
/// - the process start time (`ProcessStartTime`, `process_start_time_seconds`) and the time
///   and process ID at the head of log lines;
/// - memory, CPU and descriptor figures of the process (`MemoryUsage`, `process_*`) and the
///   kernel the machine runs (`operating_system`);
/// - request durations: the sums and buckets of `http_server_request_duration_seconds` (the
///   counts stay), which follow the machine's load;
/// - the order of series within one metric family, which follows a hash map's order (the
///   sample lines of each family are sorted);
/// - the `Content-Length` of a body that holds any of the above;
/// - the `Date` of answers to pipelined requests after the first (the body of a raw step);
/// - the frames of a log websocket (the lines logged so far, ordered by the scheduler).
fn normalise_body(port: u16, body: &str) -> String {
    let replacements: [(&str, &str); 9] = [
        (r"(?m)^date: [^\r\n]*", "date: <time>"),
        (
            r#""ProcessStartTime":"[^"]*""#,
            r#""ProcessStartTime":"<time>""#,
        ),
        (r#""MemoryUsage":\d+"#, r#""MemoryUsage":<n>"#),
        (
            r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|asf-ipc-\d+\|",
            "<time>|asf-ipc-<pid>|",
        ),
        (r#"operating_system="[^"]*""#, r#"operating_system="<os>""#),
        (
            r"(?m)^(process_(?:cpu_seconds_total|resident_memory_bytes|virtual_memory_bytes|open_fds|max_fds|start_time_seconds)) .*$",
            "$1 <n>",
        ),
        (
            r"(?m)^(http_server_request_duration_seconds_sum\{.*\}) .*$",
            "$1 <n>",
        ),
        (
            r#"(?m)^(http_server_request_duration_seconds_bucket\{le="[^+][^"]*".*\}) .*$"#,
            "$1 <n>",
        ),
        (
            r#"(?m)^(kestrel_active_connections\{.*server_port=)"\d+"\} .*$"#,
            r#"$1"<port>"} <n>"#,
        ),
    ];
    let mut text = body.replace(&format!(":{port}"), ":<port>");
    for (pattern, with) in replacements {
        let pattern = regex::Regex::new(pattern).expect("pattern");
        text = pattern.replace_all(&text, with).into_owned();
    }
    if text.starts_with("# HELP ") {
        text = sort_series(&text);
    }
    text
}

/// Sorts the sample lines of each metric family, keeping `# HELP` and `# TYPE` lines first.
fn sort_series(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut samples: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            samples.sort_unstable();
            out.extend(samples.drain(..).map(str::to_string));
            out.push(line.to_string());
        } else {
            samples.push(line);
        }
    }
    samples.sort_unstable();
    out.extend(samples.drain(..).map(str::to_string));
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

fn render(step: &Step, port: u16, answer: &[u8]) -> String {
    let (status, mut headers, body) = parse(answer);
    let body = if status.contains(" 101 ") {
        // The log's frames: the lines logged so far, in an order that follows the scheduler.
        "<websocket frames>".to_string()
    } else {
        String::from_utf8_lossy(&body).into_owned()
    };
    let normalised = normalise_body(port, &body);
    headers.retain(|(name, _)| name != "date");
    for (name, value) in &mut headers {
        if name == "content-length" && normalised != body {
            *value = "<normalised>".to_string();
        }
        *value = value.replace(&format!(":{port}"), ":<port>");
    }
    headers.sort();
    let mut out = String::new();
    match step.auth {
        Auth::Raw => {
            for line in step.path.split("\r\n") {
                out.push_str(format!("> {line}").trim_end());
                out.push('\n');
            }
        }
        _ => out.push_str(&format!("> {} {}\n", step.method, step.path)),
    }
    if let Some(body) = &step.body {
        out.push_str(&format!("> {body}\n"));
    }
    out.push_str(&format!("< {status}\n"));
    for (name, value) in headers {
        out.push_str(&format!("< {name}: {value}\n"));
    }
    out.push_str("<\n");
    out.push_str(&normalised);
    out.push('\n');
    out
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn write_fixture(dir: &Path) {
    write_config_file(
        dir,
        "ASF.json",
        json!({"IPCPassword": PASSWORD, "Headless": true})
            .to_string()
            .as_bytes(),
    );
    // `alpha` logs on and does not farm (so nothing changes with time); `beta` stays off.
    write_config_file(
        dir,
        "alpha.json",
        json!({"Enabled": true, "SteamLogin": "alpha", "SteamPassword": "password",
               "FarmingPreferences": 1})
        .to_string()
        .as_bytes(),
    );
    write_config_file(
        dir,
        "beta.json",
        json!({"Enabled": false, "SteamLogin": "beta", "SteamPassword": "password"})
            .to_string()
            .as_bytes(),
    );
}

async fn health(port: u16) -> bool {
    let answer = send(
        port,
        b"GET /HealthCheck HTTP/1.1\r\nHost: golden\r\nConnection: close\r\n\r\n",
    )
    .await;
    answer.starts_with(b"HTTP/1.1 200")
}

async fn alpha_online(port: u16) -> bool {
    let answer = send(
        port,
        format!("GET /Api/Bot/alpha HTTP/1.1\r\nHost: golden\r\nAuthentication: {PASSWORD}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await;
    let (_, _, body) = parse(&answer);
    let value: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    value["Result"]["alpha"]["IsConnectedAndLoggedOn"] == true
}

async fn wait(seconds: u64, what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(seconds);
    while !check().await {
        assert!(tokio::time::Instant::now() < deadline, "timed out: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn every_operation_answers_as_recorded() {
    let record = std::env::var_os("GOLDEN_RECORD").is_some();
    let dir = tempfile::tempdir().expect("dir");
    write_fixture(dir.path());
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    let instance = Instance::spawn(dir.path(), &["--simulation-seed", SEED]);
    instance.wait_line(0, READY, 30).await;
    wait(30, "alpha online", async || alpha_online(port).await).await;

    let mark = instance.mark();
    let mut answers = Vec::new();
    for step in script_before_restart() {
        let answer = answer(port, &step).await;
        answers.push((step.name, render(&step, port, &answer)));
    }
    // The ASF.json written last restarts the core; wait until it is back with its bot.
    instance
        .wait_line(mark, "|INFO|ASF|Restart() Restarting...", 30)
        .await;
    wait(30, "server back", async || health(port).await).await;
    wait(30, "alpha online", async || alpha_online(port).await).await;
    for step in script_last() {
        let answer = answer(port, &step).await;
        answers.push((step.name, render(&step, port, &answer)));
        if step.name == "190-asf-restart" {
            wait(30, "server back", async || health(port).await).await;
        }
    }

    let golden = golden_dir();
    if record {
        std::fs::create_dir_all(&golden).expect("golden dir");
        for (name, text) in &answers {
            std::fs::write(golden.join(format!("{name}.txt")), text).expect("write golden");
        }
        return;
    }
    let mut differing = Vec::new();
    for (name, text) in &answers {
        let path = golden.join(format!("{name}.txt"));
        let recorded = std::fs::read_to_string(&path).unwrap_or_default();
        if &recorded != text {
            differing.push(format!(
                "--- {name} (recorded)\n{recorded}\n+++ {name} (now)\n{text}"
            ));
        }
    }
    let scripted: Vec<String> = answers.iter().map(|(n, _)| format!("{n}.txt")).collect();
    for entry in std::fs::read_dir(&golden).expect("golden dir") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if !scripted.contains(&name) {
            differing.push(format!("--- {name}: recorded, but no longer in the script"));
        }
    }
    assert!(
        differing.is_empty(),
        "{} answers differ from the recording:\n{}",
        differing.len(),
        differing.join("\n")
    );
}

/// The method and path (without its query) a step sends.
fn step_target(step: &Step) -> (String, String) {
    let (method, target) = match step.auth {
        Auth::Raw => {
            let line = step.path.split("\r\n").next().unwrap_or_default();
            let mut words = line.split(' ');
            let method = words.next().unwrap_or_default();
            (method, words.next().unwrap_or_default())
        }
        _ => (step.method, step.path),
    };
    let path = target.split('?').next().unwrap_or_default();
    (method.to_ascii_uppercase(), path.to_string())
}

/// Whether `path` is one of the paths of document template `template` (`{name}` takes any
/// one non-empty segment; literal segments compare as ASP.NET's router does, ignoring case).
fn matches_template(template: &str, path: &str) -> bool {
    let template: Vec<&str> = template.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| {
            if t.starts_with('{') {
                !p.is_empty()
            } else {
                t.eq_ignore_ascii_case(p)
            }
        })
}

/// The status code of a recorded answer.
fn recorded_status(name: &str) -> Option<u16> {
    let text = std::fs::read_to_string(golden_dir().join(format!("{name}.txt"))).ok()?;
    let line = text.lines().find(|l| l.starts_with("< HTTP/"))?;
    line.split(' ').nth(2)?.parse().ok()
}

/// Every operation of `openapi/asf.json` has a success and an error in the script (as
/// recorded): an answer of one of its success codes (2xx, or `101` for the websocket), and a
/// 4xx answer where the document lists one. A literal path segment wins over a variable one
/// (`Release/latest` is not `Release/{version}`).
#[test]
fn every_operation_has_a_success_and_an_error_in_the_script() {
    let doc: serde_json::Value = serde_json::from_slice(asf_ipc::api::DOCUMENT).expect("document");
    let paths = doc["paths"].as_object().expect("paths");
    let mut operations: Vec<(String, String, Vec<String>)> = Vec::new();
    for (path, item) in paths {
        for (method, operation) in item.as_object().expect("path item") {
            let codes = operation["responses"]
                .as_object()
                .map(|r| r.keys().cloned().collect())
                .unwrap_or_default();
            operations.push((method.to_ascii_uppercase(), path.clone(), codes));
        }
    }
    let literal_segments =
        |template: &str| template.split('/').filter(|s| !s.starts_with('{')).count();
    let mut covered: Vec<(String, String, Vec<u16>)> = operations
        .iter()
        .map(|(m, p, _)| (m.clone(), p.clone(), Vec::new()))
        .collect();
    for step in script_before_restart().into_iter().chain(script_last()) {
        let (method, path) = step_target(&step);
        let best = covered
            .iter_mut()
            .filter(|(m, template, _)| *m == method && matches_template(template, &path))
            .max_by_key(|(_, template, _)| literal_segments(template));
        if let (Some((_, _, statuses)), Some(status)) = (best, recorded_status(step.name)) {
            statuses.push(status);
        }
    }
    let mut missing = Vec::new();
    for ((method, path, codes), (_, _, statuses)) in operations.iter().zip(&covered) {
        let success = statuses
            .iter()
            .any(|s| codes.iter().any(|c| c == &s.to_string()) && *s < 300);
        if !success {
            missing.push(format!("{method} {path}: no success"));
        }
        if codes.iter().any(|c| c == "4XX") && !statuses.iter().any(|s| (400..500).contains(s)) {
            missing.push(format!("{method} {path}: no error"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} gaps in the golden script:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

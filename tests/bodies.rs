//! What a request body or a command line costs: config bodies a small multiple of their size
//! while handled, unknown config properties bounded, repeated command terms answered once,
//! and nothing a client sends kept beyond Steam's and the documented bounds.

use asf_ipc_test_support as common;

use std::time::{Duration, Instant};

use common::budget::{Budget, Limits};
use common::instance::{Instance, free_port, write_ipc_config};
use common::{TestServer, http, online, send_command, write_bot};
use serde_json::{Value, json};

/// The server binary on its own port, with no bot, ready for requests.
async fn server() -> (Instance, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    let instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, "IPC server ready!", 30).await;
    (instance, format!("http://127.0.0.1:{port}"), dir)
}

async fn post(url: &str, body: Vec<u8>) -> (u16, Value) {
    let response = http()
        .post(url)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {url}: {e}"));
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// `{"BotConfig":{"GamesPlayedWhileIdle":[1,1,…]}}` of about `bytes` bytes: the densest
/// shape a parser can be made to hold (a number per two bytes). ASF refuses it after
/// reading it (more than 32 games), so the server must read all of it first.
fn dense_config(bytes: usize) -> Vec<u8> {
    let mut body = br#"{"BotConfig":{"GamesPlayedWhileIdle":["#.to_vec();
    body.extend(std::iter::repeat_n(b"1,".as_slice(), bytes / 2).flatten());
    body.extend_from_slice(b"1]}}");
    body
}

// A config body was held as several JSON trees at once (about 135 times its size); now the
// server holds a few copies of its text at most.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_bodies_cost_a_small_multiple_of_their_size() {
    let (instance, base, _dir) = server().await;
    let url = format!("{base}/Api/Bot/Dense");
    let mut multiples = Vec::new();
    for bytes in [1_000_000, 10_000_000] {
        let body = dense_config(bytes);
        let length = body.len() as u64;
        let ((status, answer), used) = Budget::of(instance.pid()).measure(post(&url, body)).await;
        assert_eq!(status, 400, "{answer}");
        assert_eq!(
            answer["Message"],
            "The field GamesPlayedWhileIdle must be a string or array type with a maximum length \
             of '32'."
        );
        multiples.push((length, used.rss_per_input_byte(length), used));
    }
    let (length, multiple, used) = multiples[1];
    // Linear and small: the copies of the text the front door and the backend hold, and the
    // parsed list (a byte per item).
    assert!(
        multiple < 6.0,
        "a {length}-byte config body made the server grow by {multiple:.1}x its size: {used:?} \
         (1 MB body: {:.1}x)",
        multiples[0].1
    );
}

// Properties a config does not declare are kept for plugins, as ASF keeps them, up to a
// bound; past it the config is refused before anything is built of it, and nothing of it
// stays in memory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_config_properties_are_bounded_and_not_retained() {
    let (instance, base, dir) = server().await;
    let kept = json!({"BotConfig": {"PluginSetting": "x".repeat(60_000), "Other": [1, 2]}});
    let (status, answer) = post(
        &format!("{base}/Api/Bot/Kept"),
        serde_json::to_vec(&kept).expect("json"),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let file: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("config/Kept.json")).expect("file"),
    )
    .expect("JSON");
    assert_eq!(file["PluginSetting"], kept["BotConfig"]["PluginSetting"]);
    assert_eq!(file["Other"], json!([1, 2]));

    let junk = |i: usize| {
        let mut body = format!(r#"{{"BotConfig":{{"Enabled":false,"Junk{i}":["#).into_bytes();
        body.extend(std::iter::repeat_n(b"1,".as_slice(), 5_000_000).flatten());
        body.extend_from_slice(b"1]}}");
        body
    };
    let ((), used) = Budget::of(instance.pid())
        .measure(async {
            for i in 0..2 {
                let (status, answer) = post(&format!("{base}/Api/Bot/Junk{i}"), junk(i)).await;
                assert_eq!(status, 400, "{answer}");
                assert_eq!(
                    answer["Message"],
                    "BotConfig is invalid! Properties it does not declare (kept for plugins) \
                     may take at most 65536 bytes of JSON.",
                );
                assert_eq!(answer["Success"], false);
            }
        })
        .await;
    assert!(!dir.path().join("config/Junk0.json").exists());
    // Two 10 MB bodies were kept as about 1.2 GB of trees; now nothing of them stays.
    let after = used.after_kib.saturating_sub(used.baseline_kib);
    assert!(
        after < 8 * 1024,
        "{after} KiB stayed after refused bodies: {used:?}"
    );
    used.assert_within(Limits::rss_mib(60));
}

// Several clients replacing one bot's config at once: each is answered, and the file is one
// of their configs whole, never a mix or a torn write.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_writers_of_one_config_leave_one_body_whole() {
    let (instance, base, dir) = server().await;
    let url = format!("{base}/Api/Bot/Shared");
    let idle_name = |i: usize| format!("writer {i} {}", "x".repeat(2_000_000 + i));
    let ((), used) = Budget::of(instance.pid())
        .measure(async {
            let writers: Vec<_> = (0..6)
                .map(|i| {
                    let url = url.clone();
                    let body = json!({"BotConfig": {
                        "CustomGamePlayedWhileIdle": idle_name(i),
                        "SteamTradeToken": format!("token{i:03}"),
                    }});
                    tokio::spawn(async move {
                        post(&url, serde_json::to_vec(&body).expect("json")).await
                    })
                })
                .collect();
            for writer in writers {
                let (status, answer) = writer.await.expect("writer");
                assert_eq!(status, 200, "{answer}");
                assert_eq!(answer["Result"]["Shared"], true, "{answer}");
            }
        })
        .await;
    let file: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("config/Shared.json")).expect("file"),
    )
    .expect("the file is whole JSON");
    let token = file["SteamTradeToken"].as_str().expect("token");
    let i: usize = token["token".len()..].parse().expect("writer number");
    assert_eq!(
        file["CustomGamePlayedWhileIdle"],
        idle_name(i),
        "one body whole"
    );
    // Six 2 MB bodies at once: a few copies of each at most, not trees of them.
    used.assert_within(Limits::rss_mib(100));
}

/// A server with one bot online on the simulated network.
async fn with_online_bot() -> TestServer {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(
            dir,
            "Main",
            json!({"Enabled": true, "SteamLogin": "bodies-main", "SteamPassword": "secret"}),
        );
    })
    .await;
    online(&t, "Main").await;
    t
}

async fn command(t: &TestServer, line: &str) -> String {
    send_command(&t.client(), line)
        .await
        .result
        .unwrap_or_else(|| panic!("no answer to {:.80}", line))
}

// ASF answers each term of `owns` in turn, so a term repeated N times gave N blocks (an 18 MB
// command answered 1.98 GB). A question asked again is answered once, where it first came.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owns_answers_a_repeated_term_once_in_linear_time() {
    let t = with_online_bot().await;
    let once = command(&t, "owns Main a,440,sub/0,r/^H").await;
    assert!(once.lines().count() > 1, "{once}");
    let repeated = |n: usize| {
        format!(
            "owns Main {}",
            vec!["a,440,A,sub/0,r/^H,app/440"; n].join(",")
        )
    };
    let answered = |line: String| {
        let (t, once) = (&t, &once);
        async move {
            assert_eq!(
                &command(t, &line).await,
                once,
                "repeats and case variants of a term add nothing"
            );
        }
    };
    let (ratio, best) = common::cost::ratio(repeated(10_000), repeated(100_000), answered).await;
    // Linear is 10: the line is read once; nothing is done again per repeat.
    assert!(
        ratio < 25.0,
        "10x the repeats took {ratio:.1}x the time ({best:?})"
    );
}

// Steam caps a persona name at 32 characters and refuses a longer one. ASF does not wait for
// Steam's answer to `SetPersonaName` (it answers `Done`), but the name never changes, and it
// never reaches a listing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nicknames_longer_than_steams_cap_are_refused_and_not_stored() {
    let t = with_online_bot().await;
    let longest = "n".repeat(31) + "é";
    assert_eq!(
        command(&t, &format!("nickname Main {longest}")).await,
        "<Main> Done!"
    );
    assert_eq!(t.bots("Main").await["Main"]["Nickname"], longest.as_str());
    let long = "m".repeat(1_000_000);
    assert_eq!(
        command(&t, &format!("nickname Main {long}")).await,
        "<Main> Done!"
    );
    assert_eq!(
        command(&t, &format!("nickname Main {longest}x")).await,
        "<Main> Done!"
    );
    assert_eq!(t.bots("Main").await["Main"]["Nickname"], longest.as_str());
}

/// `GamesToRedeemInBackground` of `count` distinct keys from `first` on.
fn keys_body(first: usize, count: usize) -> Vec<u8> {
    let keys: Vec<String> = (first..first + count)
        .map(|i| format!("\"{i:07}-AAAAA-BBBBB\":\"game {i}\""))
        .collect();
    format!(r#"{{"GamesToRedeemInBackground":{{{}}}}}"#, keys.join(",")).into_bytes()
}

// The background redeemer keeps every key until it is redeemed (in memory and in `<Bot>.db`):
// posted again and again, keys grew both without end, and each post compared every key with
// every other. A bot's queue holds at most 100,000 keys; a post that would pass it is refused
// whole, and many keys are taken in linear time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_redeemer_queue_is_bounded_and_filled_in_linear_time() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "Queue", json!({"Enabled": false}));
    })
    .await;
    let url = t.url("/Api/Bot/Queue/GamesToRedeemInBackground");
    let queued =
        || async { t.bots("Queue").await["Queue"]["GamesToRedeemInBackgroundCount"].clone() };
    let started = Instant::now();
    let (status, answer) = post(&url, keys_body(0, 60_000)).await;
    assert_eq!(status, 200, "{answer}");
    let (status, answer) = post(&url, keys_body(30_000, 30_000)).await;
    assert_eq!(
        status, 200,
        "repeats of queued keys are no new keys: {answer}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(queued().await, 60_000);
    let (status, answer) = post(&url, keys_body(60_000, 40_001)).await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(
        answer["Message"],
        "GamesToRedeemInBackground is invalid! A bot's queue holds at most 100000 keys."
    );
    assert_eq!(queued().await, 60_000);
    // More keys than any queue holds are refused while they are read.
    let (status, answer) = post(&url, keys_body(200_000, 100_001)).await;
    assert_eq!(status, 400, "{answer}");
    let message = answer["Message"].as_str().unwrap_or_default();
    assert!(message.contains("holds at most 100000 keys"), "{answer}");
    assert_eq!(queued().await, 60_000);
}

/// `text` as UTF-16LE bytes, with a byte order mark when `bom`.
fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

async fn post_as(url: &str, content_type: &str, body: Vec<u8>) -> (u16, Value) {
    let response = http()
        .post(url)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("POST");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// The body encodings of ASP.NET's `SystemTextJsonInputFormatter`, which reads ASF's bodies
/// (`ArchiSteamFarm/IPC/ArchiKestrel.cs` registers it through `AddControllers().AddJsonOptions`):
/// UTF-8 and UTF-16 (little-endian) by any of .NET's names for them, in any case, quoted or not,
/// with or without a byte order mark; any other charset, `utf-16be` included, is `415`.
#[tokio::test]
async fn utf8_and_utf16_bodies_are_read_and_other_charsets_are_415() {
    let t = TestServer::start().await;
    let value = json!({"Name": "é€😀 \"quoted\""});
    let text = value.to_string();
    let url = t.url("/Api/Storage/charset");
    for (content_type, body) in [
        ("application/json; charset=utf-16", utf16le(&text, false)),
        ("application/json; charset=UTF-16", utf16le(&text, true)),
        ("application/json; charset=\"utf-16\"", utf16le(&text, true)),
        ("application/json;charset=utf-16le", utf16le(&text, false)),
        ("application/json; charset=unicode", utf16le(&text, false)),
        ("application/json; charset=utf-8", text.clone().into_bytes()),
        (
            "application/json; charset=\"UTF-8\"",
            text.clone().into_bytes(),
        ),
        ("application/json", text.clone().into_bytes()),
    ] {
        let _ = t
            .request(reqwest::Method::DELETE, "/Api/Storage/charset")
            .send()
            .await;
        let (status, answer) = post_as(&url, content_type, body).await;
        assert_eq!(status, 200, "{content_type}: {answer}");
        let stored = t
            .request(reqwest::Method::GET, "/Api/Storage/charset")
            .expect(200)
            .await;
        assert_eq!(stored["Result"], value, "{content_type}");
    }
    for charset in [
        "utf-16be",
        "iso-8859-1",
        "us-ascii",
        "utf-32",
        "windows-1252",
        "nonsense",
    ] {
        let content_type = format!("application/json; charset={charset}");
        let (status, answer) = post_as(&url, &content_type, text.clone().into_bytes()).await;
        assert_eq!(status, 415, "{charset}: {answer}");
        assert_eq!(answer["Success"], false, "{charset}: {answer}");
    }
    // Bytes that are not UTF-16: an odd length, an unpaired surrogate.
    for body in [vec![b'{', 0, b'}'], vec![b'"', 0, 0x00, 0xD8, b'"', 0]] {
        let (status, answer) = post_as(&url, "application/json; charset=utf-16", body).await;
        assert_eq!(status, 400, "{answer}");
        assert_eq!(answer["Success"], false, "{answer}");
    }
}

/// A UTF-16 body costs about its size: ten times the body, about ten times the time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_utf16_body_costs_in_proportion_to_its_size() {
    let t = TestServer::start().await;
    let url = t.url("/Api/Storage/utf16");
    let body = |n: usize| {
        let items: Vec<String> = (0..n).map(|i| format!("\"é{i}€\"")).collect();
        utf16le(&format!("[{}]", items.join(",")), true)
    };
    let (small, large) = (body(20_000), body(200_000));
    let stored = |body: Vec<u8>| {
        let url = url.clone();
        async move {
            let (status, answer) = post_as(&url, "application/json; charset=utf-16", body).await;
            assert_eq!(status, 200, "{answer}");
        }
    };
    let (ratio, best) = common::cost::ratio(small, large, stored).await;
    // Linear is 10; quadratic would be 100.
    assert!(
        ratio < 30.0,
        "10x the body took {ratio:.1}x as long ({best:?})"
    );
}

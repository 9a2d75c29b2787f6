//! Every `asfctl` subcommand, run as a process against a live server: output and exit code.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use asf_ipc_client::AsfClient;
use asf_ipc_test_support::{
    SHARED_SECRET, TestServer, authenticator, online_bot, steam_guard_code_now, wait_for,
    wait_until_listed, write_config,
};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

const PASSWORD: &str = "operator secret";

/// What one run printed, and how it ended.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    #[track_caller]
    fn ok(self) -> Self {
        assert_eq!(self.code, 0, "{self:?}");
        assert!(self.stderr.is_empty(), "{self:?}");
        self
    }

    /// Failed with exit code `code` and `message` on stderr.
    #[track_caller]
    fn failed(self, code: i32, message: &str) -> Self {
        assert_eq!(self.code, code, "{self:?}");
        assert!(self.stderr.contains(message), "{self:?}");
        assert!(self.stdout.is_empty(), "{self:?}");
        self
    }
}

fn command(url: &str) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_asfctl"));
    command
        .env_remove("ASF_IPC_URL")
        .env("ASF_IPC_PASSWORD", PASSWORD)
        .args(["--url", url])
        .stdin(Stdio::null())
        .kill_on_drop(true);
    command
}

async fn asfctl(server: &TestServer, args: &[&str]) -> Run {
    run(command(&server.base()).args(args)).await
}

async fn run(command: &mut tokio::process::Command) -> Run {
    let output = tokio::time::timeout(Duration::from_secs(60), command.output())
        .await
        .expect("asfctl finishes")
        .expect("asfctl runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

async fn with_bots() -> TestServer {
    TestServer::start_in_config(|dir| {
        write_config(dir, "ASF.json", &json!({ "IPCPassword": PASSWORD }));
        write_config(dir, "alice.json", &online_bot());
        write_config(dir, "bob.json", &json!({ "Enabled": false }));
    })
    .await
}

fn api(server: &TestServer) -> AsfClient {
    AsfClient::builder(server.base())
        .password(PASSWORD)
        .build()
        .expect("client")
}

async fn wait_online(asf: &AsfClient, bot: &str) {
    wait_for(10, "the bot online", || async {
        asf.bots(bot)
            .await
            .ok()?
            .get(bot)?
            .is_connected_and_logged_on
            .then_some(())
    })
    .await;
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_string_lossy().into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_and_access_errors() {
    let server = with_bots().await;
    let status = asfctl(&server, &["status"]).await.ok();
    assert!(
        status
            .stdout
            .starts_with("Version     6.3.9.6\nBuild       source\n"),
        "{}",
        status.stdout
    );
    let json = asfctl(&server, &["--json", "status"]).await.ok().json();
    assert_eq!(json["Version"], "6.3.9.6");
    assert_eq!(json["GlobalConfig"]["AutoRestart"], true);

    // --password overrides the environment; a wrong one is exit code 3.
    let wrong = run(command(&server.base()).args(["--password", "guess", "status"])).await;
    wrong.failed(3, "wrong or missing IPC password (HTTP 401: Failed!)");
    let missing = run(command(&server.base())
        .env_remove("ASF_IPC_PASSWORD")
        .arg("status"))
    .await;
    missing.failed(3, "wrong or missing IPC password");

    // Nothing listening: exit code 1.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let url = format!("http://{}", closed.local_addr().expect("addr"));
    drop(closed);
    run(command(&url).arg("status"))
        .await
        .failed(1, "cannot reach the server");

    // Wrong usage: clap's exit code 2.
    let usage = asfctl(&server, &["bots", "frobnicate"]).await;
    assert_eq!(usage.code, 2, "{usage:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_get_and_set() {
    let server = with_bots().await;
    let config = asfctl(&server, &["config", "get"]).await.ok().json();
    assert_eq!(config["FarmingDelay"], 15);
    assert!(config.get("IPCPassword").is_none(), "{config}");

    let dir = tempfile::tempdir().expect("dir");
    let file = write(
        dir.path(),
        "asf.json",
        r#"{ "FarmingDelay": 20, "Headless": true }"#,
    );
    let set = asfctl(&server, &["config", "set", &file]).await.ok();
    assert!(set.stdout.contains("ASF.json written"), "{}", set.stdout);
    let on_disk: Value = serde_json::from_str(&server.config_file("ASF.json")).expect("ASF.json");
    assert_eq!(on_disk["FarmingDelay"], 20);
    assert_eq!(on_disk["Headless"], true);
    // The password was not in the file, so it stays.
    assert_eq!(on_disk["IPCPassword"], PASSWORD);
    wait_for(20, "the new config in use", || async {
        let now = asfctl(&server, &["--json", "config", "get"]).await;
        (now.code == 0 && now.json()["FarmingDelay"] == 20).then_some(())
    })
    .await;

    let bad = write(dir.path(), "bad.json", "{ nope");
    asfctl(&server, &["config", "set", &bad])
        .await
        .failed(1, "is not valid JSON");
    let invalid = write(dir.path(), "invalid.json", r#"{ "ConnectionTimeout": 0 }"#);
    asfctl(&server, &["config", "set", &invalid])
        .await
        .failed(1, "The field ConnectionTimeout must be between 1 and 255.");
}

/// A server with `alice` online and `bob` stopped, and a client of its API.
async fn alice_online() -> (TestServer, AsfClient) {
    let server = with_bots().await;
    let asf = api(&server);
    wait_online(&asf, "alice").await;
    (server, asf)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bots_list_and_show() {
    let (server, asf) = alice_online().await;
    let list = asfctl(&server, &["bots", "list"]).await.ok();
    let lines: Vec<&str> = list.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", list.stdout);
    assert!(lines[0].starts_with("BOT    STATUS"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("alice  farming") || lines[1].starts_with("alice  idle"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("bob    stopped  -"), "{}", lines[2]);
    let json = asfctl(&server, &["--json", "bots", "list", "bob"])
        .await
        .ok()
        .json();
    assert_eq!(json.as_object().map(|o| o.len()), Some(1));
    assert_eq!(json["bob"]["KeepRunning"], false);
    let none = asfctl(&server, &["bots", "list", "nobody"]).await.ok();
    assert_eq!(none.stdout, "No bot matches nobody.\n");

    let show = asfctl(&server, &["bots", "show", "alice"]).await.ok();
    assert!(
        show.stdout.starts_with("Bot             alice\n"),
        "{}",
        show.stdout
    );
    let steam_id = asf.bots("alice").await.expect("alice")["alice"]
        .s_steam_id
        .clone();
    assert!(
        show.stdout
            .contains(&format!("Steam ID        {steam_id}\n")),
        "{}",
        show.stdout
    );
    asfctl(&server, &["bots", "show", "nobody"])
        .await
        .failed(1, "No bot matches nobody.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bots_start_stop_pause_and_resume() {
    let (server, asf) = alice_online().await;
    // ASF's messages, refusals on stderr.
    assert_eq!(
        asfctl(&server, &["bots", "start", "bob"]).await.ok().stdout,
        "Done!\n"
    );
    asfctl(&server, &["bots", "start", "bob"])
        .await
        .failed(1, "This bot is already running!");
    assert_eq!(
        asfctl(&server, &["bots", "stop", "bob"]).await.ok().stdout,
        "Done!\n"
    );
    asfctl(&server, &["bots", "stop", "bob"])
        .await
        .failed(1, "This bot has already stopped!");
    let paused = asfctl(
        &server,
        &["--json", "bots", "pause", "alice", "--permanent"],
    )
    .await
    .ok();
    assert_eq!(
        paused.json(),
        json!({ "Message": "Automatic farming has paused!" })
    );
    assert!(
        asf.bots("alice").await.expect("alice")["alice"]
            .cards_farmer
            .paused
    );
    assert_eq!(
        asfctl(&server, &["bots", "resume", "alice"])
            .await
            .ok()
            .stdout,
        "Automatic farming has resumed!\n"
    );
    asfctl(&server, &["bots", "start", "nobody"]).await.failed(
        1,
        "Couldn't find any bot named nobody! (HTTP 400 Bad Request)",
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bots_create_configure_rename_and_delete() {
    let (server, asf) = alice_online().await;
    // Create from a file, rename, delete.
    let dir = tempfile::tempdir().expect("dir");
    let file = write(
        dir.path(),
        "carol.json",
        r#"{"Enabled": false, "CustomGamePlayedWhileIdle": "hi"}"#,
    );
    let created = asfctl(&server, &["bots", "create", "carol", &file])
        .await
        .ok();
    assert_eq!(created.stdout, "Created carol (config/carol.json).\n");
    wait_until_listed(&asf, "carol").await;
    asfctl(&server, &["bots", "create", "carol", &file])
        .await
        .failed(1, "a bot named carol exists already");

    let config = asfctl(&server, &["bots", "config", "get", "carol"])
        .await
        .ok()
        .json();
    assert_eq!(config["CustomGamePlayedWhileIdle"], "hi");
    let changed = write(
        dir.path(),
        "changed.json",
        r#"{"Enabled": false, "CustomGamePlayedWhileIdle": "bye"}"#,
    );
    let set = asfctl(&server, &["bots", "config", "set", "carol", &changed])
        .await
        .ok();
    assert_eq!(set.stdout, "config/carol.json written.\n");
    let on_disk: Value = serde_json::from_str(&server.config_file("carol.json")).expect("json");
    assert_eq!(on_disk["CustomGamePlayedWhileIdle"], "bye");
    asfctl(&server, &["bots", "config", "get", "dave"])
        .await
        .failed(1, "No bot matches dave.");
    asfctl(&server, &["bots", "config", "set", "dave", &changed])
        .await
        .failed(1, "No bot matches dave.");

    let renamed = asfctl(&server, &["bots", "rename", "carol", "dave"])
        .await
        .ok();
    assert_eq!(renamed.stdout, "Renamed carol to dave.\n");
    assert!(server.dir.path().join("config/dave.json").exists());
    wait_until_listed(&asf, "dave").await;
    asfctl(&server, &["bots", "rename", "dave", "ASF"])
        .await
        .failed(1, "NewName is invalid!");
    assert_eq!(
        asfctl(&server, &["bots", "delete", "dave"])
            .await
            .ok()
            .stdout,
        "Deleted dave.\n"
    );
    assert!(!server.dir.path().join("config/dave.json").exists());
    asfctl(&server, &["bots", "delete", "dave"])
        .await
        .failed(1, "Couldn't find any bot named dave!");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn command_and_two_factor_token() {
    let (server, asf) = alice_online().await;

    let status = asfctl(&server, &["command", "status bob"]).await.ok();
    let expected = "<bob> Bot is not running.\n\
                    There are 0/1 bots running, with total of 0 games (0 cards) left to farm.";
    assert_eq!(status.stdout, format!("{expected}\n"));
    let json = asfctl(&server, &["--json", "command", "status bob"])
        .await
        .ok()
        .json();
    assert_eq!(json, expected);

    asf.import_authenticator("alice", &authenticator())
        .await
        .expect("import");
    let code = || steam_guard_code_now(SHARED_SECRET);
    let before = code();
    let token = asfctl(&server, &["2fa", "token", "alice"]).await.ok();
    let after = code();
    assert!(
        token.stdout == format!("BOT    TOKEN\nalice  {before}\n")
            || token.stdout == format!("BOT    TOKEN\nalice  {after}\n"),
        "{}",
        token.stdout
    );
    // A bot without ASF 2FA: the others still print, the run fails.
    let mixed = asfctl(&server, &["--json", "2fa", "token", "alice,bob"]).await;
    assert_eq!(mixed.code, 1, "{mixed:?}");
    assert!(
        mixed
            .stderr
            .contains("bob: This bot doesn't have ASF 2FA enabled!"),
        "{mixed:?}"
    );
    let report = mixed.json();
    assert_eq!(report["alice"]["Token"].as_str().map(str::len), Some(5));
    assert!(report["bob"]["Error"].is_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_import_list_and_clear() {
    let (server, asf) = alice_online().await;
    let dir = tempfile::tempdir().expect("dir");

    // Alice is online: her keys get redeemed.
    let file = write(
        dir.path(),
        "alice.keys",
        "Portal\tAAAAA-BBBBB-CCCCC\nDDDDD-EEEEE-FFFFF\nnot a key\n\nHalf-Life\tGGGGG-HHHHH-IIIII\n",
    );
    let imported = asfctl(&server, &["keys", "import", "alice", &file])
        .await
        .ok();
    assert_eq!(
        imported.stdout,
        "alice: 3 keys queued\nSkipped lines without a key: 3\n"
    );
    let report = wait_for(30, "the redeemer done", || async {
        let report = asfctl(&server, &["--json", "keys", "list", "alice"])
            .await
            .ok()
            .json();
        (report["alice"]["Queued"] == 0).then_some(report)
    })
    .await;
    let api_view = asf.background_keys("alice").await.expect("keys")["alice"].clone();
    assert_eq!(report["alice"]["UsedKeys"], json!(api_view.used_keys));
    assert_eq!(report["alice"]["UnusedKeys"], json!(api_view.unused_keys));
    let results: usize = [&api_view.used_keys, &api_view.unused_keys]
        .iter()
        .map(|m| m.as_ref().map_or(0, |m| m.len()))
        .sum();
    let table = asfctl(&server, &["keys", "list", "alice"]).await.ok();
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert_eq!(
        lines.last(),
        Some(&"alice: 0 keys queued"),
        "{}",
        table.stdout
    );
    // The simulated network's answers are fixed by its seed: these keys are redeemable.
    assert!(results > 0, "{report}");
    assert!(lines[0].starts_with("BOT    RESULT"), "{}", table.stdout);
    assert_eq!(lines.len(), results + 2, "{}", table.stdout);
    for key in [
        "AAAAA-BBBBB-CCCCC",
        "DDDDD-EEEEE-FFFFF",
        "GGGGG-HHHHH-IIIII",
    ] {
        let listed = api_view
            .used_keys
            .iter()
            .chain(&api_view.unused_keys)
            .any(|m| m.contains_key(key));
        assert_eq!(table.stdout.contains(key), listed, "{}", table.stdout);
    }

    let cleared = asfctl(&server, &["keys", "clear", "alice"]).await.ok();
    assert!(
        cleared
            .stdout
            .starts_with("Deleted the redeemer's result files")
    );
    let empty = asfctl(&server, &["keys", "list", "alice"]).await.ok();
    assert_eq!(empty.stdout, "alice: 0 keys queued\n");

    // Bob is stopped: a long file stays queued, sent in several requests.
    let many: String = (0..250)
        .map(|i| format!("Game {i}\tK{i:04}-BBBBB-CCCCC\n"))
        .collect();
    let file = write(dir.path(), "bob.keys", &many);
    let imported = asfctl(&server, &["--json", "keys", "import", "bob", &file])
        .await
        .ok();
    assert_eq!(
        imported.json(),
        json!({ "Queued": { "bob": 250 }, "SkippedLines": [] })
    );
    assert_eq!(
        asf.bots("bob").await.expect("bob")["bob"].games_to_redeem_in_background_count,
        250
    );
    let junk = write(dir.path(), "junk.keys", "nothing here\n");
    asfctl(&server, &["keys", "import", "bob", &junk])
        .await
        .failed(1, "holds no key");
    asfctl(&server, &["keys", "import", "nobody", &file])
        .await
        .failed(1, "Couldn't find any bot named nobody!");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_last_lines_and_follow() {
    let server = with_bots().await;
    server.log_marker("before");

    let last = asfctl(&server, &["log", "-n", "3"]).await.ok();
    let lines: Vec<&str> = last.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", last.stdout);
    assert!(
        lines.iter().all(|l| l.split('|').count() >= 5),
        "{}",
        last.stdout
    );
    let all = asfctl(&server, &["log", "-n", "1000"]).await.ok();
    assert!(
        all.stdout.contains("|INFO|ASF|Marker() before\n"),
        "{}",
        all.stdout
    );
    let json = asfctl(&server, &["--json", "log", "-n", "2"])
        .await
        .ok()
        .json();
    let entries = json.as_array().expect("array");
    assert_eq!(entries.len(), 2);
    assert!(
        entries
            .iter()
            .all(|e| e["time"].is_string() && e["level"].is_string())
    );
    assert_eq!(asfctl(&server, &["log", "-n", "0"]).await.code, 2);

    // --follow: the history, then live lines, one JSON object per line.
    let mut child = command(&server.base())
        .args(["--json", "log", "--follow"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("asfctl log --follow");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first: Value = serde_json::from_str(&next_line(&mut lines).await).expect("JSON line");
    assert!(first["process"].is_string(), "{first}");
    // The first line proves the socket is open: what is logged now arrives live.
    server.log_marker("live from the test");
    loop {
        let entry: Value = serde_json::from_str(&next_line(&mut lines).await).expect("JSON line");
        if entry["text"] == "Marker() live from the test" {
            assert_eq!(entry["level"], "INFO");
            assert_eq!(entry["logger"], "ASF");
            break;
        }
    }
    child.start_kill().expect("stop asfctl");
    let _ = child.wait().await;

    // A wrong password fails the stream before it starts.
    let wrong = run(command(&server.base()).args(["--password", "guess", "log", "--follow"])).await;
    wrong.failed(3, "wrong or missing IPC password");
}

async fn next_line(lines: &mut tokio::io::Lines<BufReader<tokio::process::ChildStdout>>) -> String {
    tokio::time::timeout(Duration::from_secs(10), lines.next_line())
        .await
        .expect("a line in time")
        .expect("read")
        .expect("still running")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bans_list_remove_and_clear() {
    let server = with_bots().await;
    // Loopback is a trusted proxy: failures count against the forwarded address.
    let ban = |address: &'static str| {
        let url = server.base();
        async move {
            let intruder = AsfClient::builder(url)
                .password("guess")
                .header("X-Forwarded-For", address)
                .build()
                .expect("client");
            for _ in 0..5 {
                intruder.bans().await.expect_err("wrong password");
            }
        }
    };
    assert_eq!(asfctl(&server, &["bans", "list"]).await.ok().stdout, "");
    ban("198.51.100.7").await;
    ban("2001:db8::7").await;
    let list = asfctl(&server, &["bans", "list"]).await.ok();
    let mut listed: Vec<&str> = list.stdout.lines().collect();
    listed.sort();
    assert_eq!(listed, vec!["198.51.100.7", "2001:db8::7"]);

    let removed = asfctl(&server, &["bans", "remove", "198.51.100.7"])
        .await
        .ok();
    assert_eq!(removed.stdout, "Lifted the ban of 198.51.100.7.\n");
    asfctl(&server, &["bans", "remove", "198.51.100.7"])
        .await
        .failed(1, "The IP address 198.51.100.7 is not banned!");
    assert_eq!(
        asfctl(&server, &["--json", "bans", "list"])
            .await
            .ok()
            .json(),
        json!(["2001:db8::7"])
    );

    let cleared = asfctl(&server, &["bans", "clear"]).await.ok();
    assert_eq!(cleared.stdout, "Lifted every ban.\n");
    assert_eq!(
        asfctl(&server, &["--json", "bans", "list"])
            .await
            .ok()
            .json(),
        json!([])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_in_both_formats() {
    let server = with_bots().await;
    wait_online(&api(&server), "alice").await;
    let text = asfctl(&server, &["metrics"]).await.ok();
    assert!(
        text.stdout
            .contains("asf_bots{otel_scope_name=\"ArchiSteamFarm\",otel_scope_version=\"6.3.9.6\",state=\"configured\"} 2\n"),
        "{text:?}"
    );
    assert!(text.stdout.contains("bot=\"alice\""), "{text:?}");
    assert!(!text.stdout.contains("# EOF"), "{text:?}");
    let openmetrics = asfctl(&server, &["metrics", "--openmetrics"]).await.ok();
    assert!(openmetrics.stdout.ends_with("# EOF\n"), "{openmetrics:?}");
    let json = asfctl(&server, &["--json", "metrics"]).await.ok().json();
    assert!(json.as_str().is_some_and(|t| t.contains("asf_build_info")));
    run(command(&server.base())
        .env("ASF_IPC_PASSWORD", "wrong")
        .arg("metrics"))
    .await
    .failed(3, "");
}

//! The client library against a real server: PathBase, errors, typed calls, the log stream.

use std::time::Duration;

use asf_ipc_client::types::{
    BotAddLicenseRequest, BotPauseRequest, BotRemoveLicenseRequest, EHashingMethod, EUserInputType,
    TwoFactorAuthenticationConfirmationsRequest,
};
use asf_ipc_client::{AsfClient, Error, LogLevel};
use asf_ipc_test_support::{
    SHARED_SECRET, TestServer, authenticator, online_bot, steam_guard_code_now, wait_for,
    wait_until_listed, write_config,
};
use futures_util::StreamExt;
use reqwest::StatusCode;
use serde_json::json;

fn client(url: &str, password: &str) -> AsfClient {
    AsfClient::builder(url)
        .password(password)
        .build()
        .expect("client")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn base_url_with_path_base_reaches_the_api_and_the_log() {
    let server = TestServer::start_with_path_base("/asf", |dir| {
        write_config(dir, "farmer.json", &json!({ "Enabled": false }));
    })
    .await;
    let asf = AsfClient::new(format!("{}/asf/", server.base())).expect("client");
    assert_eq!(asf.base_url().path(), "/asf");
    assert_eq!(
        asf.asf_info().await.expect("GET /asf/Api/ASF").version,
        "6.3.9.6"
    );
    assert!(
        asf.bots("farmer")
            .await
            .expect("bots")
            .contains_key("farmer")
    );

    let mut log = asf.log_stream().await.expect("/asf/Api/NLog");
    let first = log.next().await.expect("a line").expect("parsed");
    assert!(
        !first.time.is_empty() && !first.process.is_empty(),
        "{first:?}"
    );
    log.close().await.expect("close");

    // The prefix really is sent: under another one there is no API.
    let elsewhere = AsfClient::new(format!("{}/elsewhere", server.base())).expect("client");
    let error = elsewhere
        .asf_info()
        .await
        .expect_err("no API under /elsewhere");
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_then_ban_are_told_apart() {
    let server = TestServer::start_in_config(|dir| {
        write_config(dir, "ASF.json", &json!({ "IPCPassword": "secret" }));
    })
    .await;
    let missing = AsfClient::new(server.base()).expect("client");
    let error = missing.asf_info().await.expect_err("no password");
    assert!(matches!(error, Error::WrongPassword { .. }), "{error:?}");

    let wrong = client(&server.base(), "guess");
    for _ in 0..5 {
        let error = wrong.asf_info().await.expect_err("wrong password");
        assert!(
            matches!(&error, Error::WrongPassword { message } if message == "Failed!"),
            "{error:?}"
        );
        assert_eq!(error.status(), Some(StatusCode::UNAUTHORIZED));
        assert!(error.is_access_denied());
    }
    // Five failures ban the address, even for the right password.
    let right = client(&server.base(), "secret");
    let error = right.asf_info().await.expect_err("banned");
    assert!(matches!(error, Error::Banned { .. }), "{error:?}");
    assert_eq!(error.status(), Some(StatusCode::FORBIDDEN));
    assert!(error.to_string().contains("banned"), "{error}");
    let error = right
        .log_stream()
        .await
        .expect_err("banned on the websocket too");
    assert!(matches!(error, Error::Banned { .. }), "{error:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_password_other_networks_are_not_allowed() {
    let server = TestServer::start_in_config(|_| {}).await;
    // Loopback is a trusted proxy, so the server takes the client from X-Forwarded-For.
    let remote = AsfClient::builder(server.base())
        .header("X-Forwarded-For", "198.51.100.9")
        .build()
        .expect("client");
    let error = remote
        .bots("ASF")
        .await
        .expect_err("remote without password");
    assert!(matches!(error, Error::NotAllowed { .. }), "{error:?}");
    assert!(error.to_string().contains("not allowed from this network"));
    let error = remote.log_stream().await.expect_err("websocket too");
    assert!(matches!(error, Error::NotAllowed { .. }), "{error:?}");

    let local = AsfClient::new(server.base()).expect("client");
    assert!(local.bots("ASF").await.expect("local").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_carry_status_and_asf_message() {
    let server = TestServer::start_in_config(|dir| {
        write_config(dir, "idle.json", &json!({ "Enabled": false }));
    })
    .await;
    let asf = AsfClient::new(server.base()).expect("client");

    let error = asf.start_bots("nobody").await.expect_err("no such bot");
    assert!(
        matches!(&error, Error::Api { status, message, .. }
            if *status == StatusCode::BAD_REQUEST && message == "Couldn't find any bot named nobody!"),
        "{error:?}"
    );
    // `Success: false` with 200 is a refusal too.
    let error = asf.stop_bots("idle").await.expect_err("already stopped");
    assert_eq!(error.status(), Some(StatusCode::OK));
    assert_eq!(error.message(), Some("This bot has already stopped!"));
    assert_eq!(
        error.to_string(),
        "This bot has already stopped! (HTTP 200 OK)"
    );

    let error = asf.log_file(Some(0), None).await.expect_err("count 0");
    assert_eq!(error.message(), Some("count is invalid!"));
    let error = asf.unban("not an address").await.expect_err("bad address");
    assert_eq!(error.message(), Some("ipAddress is invalid!"));
}

/// A server with a password and the bot `alice` online, and a client that knows the password.
async fn alice_online() -> (TestServer, AsfClient) {
    let server = TestServer::start_in_config(|dir| {
        write_config(dir, "ASF.json", &json!({ "IPCPassword": "secret" }));
        write_config(dir, "alice.json", &online_bot());
    })
    .await;
    let asf = client(&server.base(), "secret");
    wait_for(10, "alice online", || async {
        asf.bots("alice")
            .await
            .ok()?
            .get("alice")?
            .is_connected_and_logged_on
            .then_some(())
    })
    .await;
    (server, asf)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_calls_of_the_process() {
    let (_server, asf) = alice_online().await;
    let info = asf.asf_info().await.expect("ASF");
    assert_eq!(
        info.global_config.ipc_password, None,
        "secrets are never shown"
    );
    assert_eq!(
        asf.hash(
            EHashingMethod(2),
            "a2o41PuPdZNDLw9AT6dZt5pLVC23MN9O7NfKI4a0MWJgWWIAVGt3naYiIA0BhPel"
        )
        .await
        .expect("hash"),
        "WlS48GNrs1hAhcNHPfV09TPTLhf03gExb6zpaKiwX5A="
    );
    assert_eq!(
        asf.encrypt(asf_ipc_client::types::ECryptoMethod(0), "plain")
            .await
            .expect("encrypt"),
        "plain"
    );
    let update = asf
        .update(&Default::default())
        .await
        .expect_err("nothing to update from");
    assert_eq!(update.status(), Some(StatusCode::OK));

    // Last: a restart moves ProcessStartTime and the client keeps working.
    asf.restart().await.expect("restart");
    wait_for(20, "a new start time", || async {
        let now = asf.asf_info().await.ok()?;
        (now.process_start_time != info.process_start_time).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_calls_create_act_on_rename_and_delete_bots() {
    let (_server, asf) = alice_online().await;
    let written = asf
        .set_bot_config("bob", json!({ "Enabled": false }))
        .await
        .expect("create bob");
    assert_eq!(written.get("bob"), Some(&true));
    wait_until_listed(&asf, "bob").await;
    assert_eq!(asf.start_bots("bob").await.expect("start"), "Done!");
    assert_eq!(asf.stop_bots("bob").await.expect("stop"), "Done!");
    assert_eq!(
        asf.pause_bots(
            "alice",
            &BotPauseRequest {
                permanent: false,
                resume_in_seconds: 0
            }
        )
        .await
        .expect("pause"),
        "Automatic farming has paused!"
    );
    assert_eq!(
        asf.resume_bots("alice").await.expect("resume"),
        "Automatic farming has resumed!"
    );
    let error = asf
        .input("alice", EUserInputType(0), "x")
        .await
        .expect_err("type None");
    assert_eq!(error.message(), Some("Type || Value is invalid!"));
    asf.rename_bot("bob", "carol").await.expect("rename");
    wait_until_listed(&asf, "carol").await;
    asf.delete_bots("carol").await.expect("delete");
    wait_for(10, "carol gone", || async {
        asf.bots("carol").await.ok()?.is_empty().then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_calls_of_licences_keys_inventory_and_points() {
    let (_server, asf) = alice_online().await;
    let added = asf
        .add_licenses(
            "alice",
            &BotAddLicenseRequest {
                apps: Some(vec![440]),
                packages: None,
            },
        )
        .await
        .expect("add licence");
    assert!(
        added["alice"]
            .apps
            .as_ref()
            .is_some_and(|a| a.contains_key("440"))
    );
    let removed = asf
        .remove_licenses(
            "alice",
            &BotRemoveLicenseRequest {
                apps: None,
                packages: Some(vec![1]),
            },
        )
        .await
        .expect("remove licence");
    assert!(removed["alice"].packages.is_some());
    let queued = asf
        .add_background_keys(
            "alice",
            &[
                ("Second".to_string(), "name".to_string()),
                ("BBBBB-CCCCC-DDDDD".to_string(), "Portal".to_string()),
            ],
        )
        .await
        .expect("queue keys");
    assert_eq!(
        queued["alice"].iter().collect::<Vec<_>>(),
        vec![(&"BBBBB-CCCCC-DDDDD".to_string(), &"Portal".to_string())]
    );
    asf.background_keys("alice").await.expect("results");
    asf.clear_background_keys("alice").await.expect("clear");
    let redeemed = asf
        .redeem("alice", &["AAAAA-BBBBB-CCCCC".to_string()])
        .await
        .expect("redeem");
    assert!(redeemed["alice"].contains_key("AAAAA-BBBBB-CCCCC"));
    let inventory = asf.inventory("alice").await.expect("inventory");
    assert!(inventory["alice"].is_some());
    asf.inventory_context("alice", 753, 6, Some("english"))
        .await
        .expect("inventory context");
    let points = asf.redeem_points("alice", 1, false).await.expect("points");
    assert!(points.contains_key("alice"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_calls_of_asf_two_factor_authentication() {
    let (_server, asf) = alice_online().await;
    let tokens = asf.two_factor_tokens("alice").await.expect("token");
    assert!(
        tokens["alice"]
            .as_ref()
            .is_err_and(|m| m.starts_with("This bot doesn't have ASF 2FA enabled!"))
    );
    let imported = asf
        .import_authenticator("alice", &authenticator())
        .await
        .expect("import");
    assert_eq!(imported["alice"], Ok(()));
    let before = steam_guard_code_now(SHARED_SECRET);
    let token = asf.two_factor_tokens("alice").await.expect("token")["alice"]
        .clone()
        .expect("a token");
    let after = steam_guard_code_now(SHARED_SECRET);
    assert!(token == before || token == after, "{token}");
    let pending = asf.confirmations("alice").await.expect("confirmations");
    let pending = pending["alice"].clone().expect("list");
    let handled = asf
        .handle_confirmations("alice", &accept_all())
        .await
        .expect("handle");
    assert_eq!(handled["alice"].as_ref().map(Vec::len), Ok(pending.len()));
    // Nothing is left: ASF answers a success with `Result: null`, which is no confirmations.
    let again = asf
        .handle_confirmations("alice", &accept_all())
        .await
        .expect("handle again");
    assert_eq!(again["alice"], Ok(Vec::new()));
    assert_eq!(
        asf.remove_authenticator("alice").await.expect("remove")["alice"],
        Ok(())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_calls_of_commands_storage_and_schema() {
    let (_server, asf) = alice_online().await;
    let status = asf.command("status alice").await.expect("command");
    assert!(status.starts_with("<alice>"), "{status}");
    asf.set_storage("tool-settings", json!({ "theme": 2 }))
        .await
        .expect("store");
    assert_eq!(
        asf.storage::<serde_json::Value>("tool-settings")
            .await
            .expect("read"),
        Some(json!({ "theme": 2 }))
    );
    asf.delete_storage("tool-settings").await.expect("delete");
    assert_eq!(
        asf.storage::<serde_json::Value>("tool-settings")
            .await
            .expect("read"),
        None
    );
    let structure = asf
        .structure("ArchiSteamFarm.Steam.Storage.BotConfig")
        .await
        .expect("structure");
    assert_eq!(structure["Enabled"], false);
    let bot_config = asf
        .type_info("ArchiSteamFarm.Steam.Storage.BotConfig")
        .await
        .expect("type");
    assert!(bot_config.body.contains_key("Enabled"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_calls_of_plugins_metrics_logs_bans_and_github() {
    let (_server, asf) = alice_online().await;
    let plugins = asf.plugins(true, true).await.expect("plugins");
    let names: Vec<&str> = plugins.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ItemsMatcherPlugin",
            "MobileAuthenticatorPlugin",
            "MonitoringPlugin",
            "SteamTokenDumperPlugin"
        ]
    );
    assert!(asf.plugins(false, true).await.expect("plugins").is_empty());
    let extension = asf
        .steam_token_dumper_config_extension()
        .await
        .expect("SteamTokenDumper's properties");
    assert!(extension.steam_token_dumper_plugin.is_none());
    assert!(!extension.steam_token_dumper_plugin_enabled);
    let metrics = asf.metrics(false).await.expect("metrics");
    assert!(metrics.contains("# TYPE asf_bots gauge\n"), "{metrics}");
    let openmetrics = asf.metrics(true).await.expect("metrics");
    assert!(openmetrics.ends_with("# EOF\n"), "{openmetrics}");
    asf.update_plugins(&Default::default())
        .await
        .expect("plugins update");
    let page = asf.log_file(Some(3), None).await.expect("log page");
    assert_eq!(page.content.len(), 3);
    assert!(page.total_lines >= 3);
    assert!(asf.bans().await.expect("bans").is_empty());
    asf.clear_bans().await.expect("clear bans");
    let info = asf.asf_info().await.expect("ASF");
    let release = asf.github_release().await.expect("release");
    assert_eq!(release.version, info.version);
    let latest = asf.github_release_of("latest").await.expect("latest");
    assert_eq!(latest.version, info.version);
    assert!(
        asf.wiki_page("Configuration", None)
            .await
            .expect("wiki")
            .contains("Enabled")
    );
    asf.wiki_history("Configuration").await.expect("history");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_stream_receives_live_lines_with_the_password_in_the_query() {
    // Characters that need encoding in a query.
    let password = "p@ss word+&=/?#%";
    let server = TestServer::start_in_config(|dir| {
        write_config(dir, "ASF.json", &json!({ "IPCPassword": password }));
    })
    .await;
    let wrong = client(&server.base(), "wrong");
    let error = wrong.log_stream().await.expect_err("wrong password");
    assert!(matches!(error, Error::WrongPassword { .. }), "{error:?}");

    let asf = client(&server.base(), password);
    let mut log = asf.log_stream().await.expect("log stream");
    // History first: the server's start lines are there.
    let ready = loop {
        let line = tokio::time::timeout(Duration::from_secs(10), log.next())
            .await
            .expect("history in time")
            .expect("open")
            .expect("line");
        if line.text.ends_with("IPC server ready!") {
            break line;
        }
    };
    assert_eq!(ready.level, LogLevel::Info);
    assert_eq!(ready.logger, "ASF");
    assert!(ready.process.contains('-'), "{}", ready.process);

    // Then live lines, parsed.
    server.log_marker("live | with a bar");
    let marker = loop {
        let line = tokio::time::timeout(Duration::from_secs(10), log.next())
            .await
            .expect("live line in time")
            .expect("open")
            .expect("line");
        if line.text.starts_with("Marker()") {
            break line;
        }
    };
    assert_eq!(marker.text, "Marker() live | with a bar");
    assert_eq!(marker.level, LogLevel::Info);
    assert_eq!(marker.logger, "ASF");
    assert_eq!(
        marker.raw,
        format!(
            "{}|{}|INFO|ASF|Marker() live | with a bar",
            marker.time, marker.process
        )
    );
    log.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_not_followed_so_the_password_stays() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    // Where a hostile or misconfigured front would send the client.
    let elsewhere = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let target = format!("http://{}/Api/ASF", elsewhere.local_addr().expect("addr"));
    let front = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", front.local_addr().expect("addr"));
    tokio::spawn(async move {
        let (mut socket, _) = front.accept().await.expect("accept");
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        let answer = format!(
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: {target}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        socket.write_all(answer.as_bytes()).await.expect("answer");
    });

    let asf = client(&url, "secret");
    let error = asf.asf_info().await.expect_err("a redirect is no answer");
    assert_eq!(
        error.status(),
        Some(StatusCode::TEMPORARY_REDIRECT),
        "{error:?}"
    );
    let visited = tokio::time::timeout(Duration::from_millis(300), elsewhere.accept()).await;
    assert!(visited.is_err(), "the client followed the redirect");
}

/// Accept every pending confirmation, without waiting for more.
fn accept_all() -> TwoFactorAuthenticationConfirmationsRequest {
    TwoFactorAuthenticationConfirmationsRequest {
        accept: true,
        accepted_creator_i_ds: Vec::new(),
        accepted_type: None,
        s_accepted_creator_i_ds: Vec::new(),
        wait_if_needed: false,
    }
}

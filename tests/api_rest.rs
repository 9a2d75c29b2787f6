//! The rest of the API: background redeemer, 2FA, licences, keys, input, inventory, commands,
//! process routes, plugins and the offline GitHub answers.

mod common;

use common::{TestServer, wait_for, write_bot, write_global_config};
use reqwest::Method;
use serde_json::{Value, json};

fn farming_bot(login: &str) -> Value {
    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"})
}

async fn online(t: &TestServer, name: &str) {
    wait_for(10, &format!("{name} to log on"), || async {
        (t.bots(name).await[name]["IsConnectedAndLoggedOn"] == true).then_some(())
    })
    .await;
}

#[tokio::test]
async fn background_redeemer_survives_a_restart_and_files_every_key_once() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(
            dir,
            "Bgr",
            json!({"SteamLogin": "bgr", "SteamPassword": "p"}),
        )
    })
    .await;
    let dir = t.dir.path().join("config");
    let queued: Vec<String> = (0..12).map(|i| format!("K{i:04}-BBBBB-CCCCC")).collect();
    let body: serde_json::Map<String, Value> = queued
        .iter()
        .map(|k| (k.clone(), Value::String(format!("Game {k}"))))
        .chain([("not-a-key".to_string(), json!("dropped"))])
        .collect();
    let client = t.client();
    let (status, response) = t
        .call(
            Method::POST,
            "/api/bot/Bgr/gamesToRedeemInBackground",
            Some(json!({"gamesToRedeemInBackground": body})),
        )
        .await;
    assert_eq!(status, 200, "{response}");
    assert_eq!(
        response["Result"]["Bgr"].as_object().map(|m| m.len()),
        Some(12),
        "invalid keys dropped"
    );
    let count = t.bots("Bgr").await["Bgr"]["GamesToRedeemInBackgroundCount"].clone();
    assert_eq!(count, 12, "queued while the bot is stopped");

    // A restart of the core: the queue is in Bgr.db.
    let db: Value =
        serde_json::from_slice(&std::fs::read(dir.join("Bgr.db")).expect("db")).expect("json");
    assert_eq!(
        db["GamesToRedeemInBackground"].as_array().map(Vec::len),
        Some(12)
    );
    t.asf.restart();
    assert_eq!(
        t.bots("Bgr").await["Bgr"]["GamesToRedeemInBackgroundCount"],
        12
    );

    // More keys from a hand-written .keys file, in ASF's tab format.
    std::fs::write(
        dir.join("Bgr.keys"),
        "Extra game\tX0001-BBBBB-CCCCC\nX0002-BBBBB-CCCCC\n",
    )
    .expect("keys");
    wait_for(5, "the .keys file to be imported", || async {
        (t.bots("Bgr").await["Bgr"]["GamesToRedeemInBackgroundCount"] == 14).then_some(())
    })
    .await;
    assert!(!dir.join("Bgr.keys").exists(), "imported files are deleted");

    let started = t.call(Method::POST, "/Api/Bot/Bgr/Start", None).await;
    assert_eq!(started.0, 200);
    wait_for(20, "every key to be redeemed", || async {
        (t.bots("Bgr").await["Bgr"]["GamesToRedeemInBackgroundCount"] == 0).then_some(())
    })
    .await;

    let mut filed = Vec::new();
    for ext in ["keys.used", "keys.unused", "keys.invalid"] {
        let text = std::fs::read_to_string(dir.join(format!("Bgr.{ext}"))).unwrap_or_default();
        for line in text.lines() {
            let parts: Vec<&str> = line.split('\t').collect();
            assert!(parts.len() >= 3, "{line}");
            assert!(
                parts[1].starts_with('[') && parts[1].ends_with(']'),
                "{line}"
            );
            filed.push(parts[parts.len() - 1].to_string());
        }
    }
    filed.sort();
    let mut expected: Vec<String> = queued.clone();
    expected.extend([
        "X0001-BBBBB-CCCCC".to_string(),
        "X0002-BBBBB-CCCCC".to_string(),
    ]);
    expected.sort();
    assert_eq!(filed, expected, "every key filed exactly once");

    let results = client
        .bot_games_to_redeem_in_background_get()
        .bot_names("Bgr")
        .send()
        .await
        .expect("GET")
        .into_inner()
        .result
        .expect("result");
    let bgr = &results["Bgr"];
    let listed = bgr.used_keys.as_ref().map_or(0, |m| m.len())
        + bgr.unused_keys.as_ref().map_or(0, |m| m.len());
    assert!(listed > 0 && listed <= 14);
    assert!(t.log_text().contains("RedeemGamesInBackground() Key:"));

    let deleted = client
        .bot_games_to_redeem_in_background_delete()
        .bot_names("Bgr")
        .send()
        .await
        .expect("DELETE");
    assert!(deleted.into_inner().success);
    assert!(!dir.join("Bgr.keys.used").exists());

    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Bgr/GamesToRedeemInBackground",
            Some(json!({"GamesToRedeemInBackground": {}})),
        )
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("GamesToRedeemInBackground is empty!"))
    );
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Bgr/GamesToRedeemInBackground",
            Some(json!({"GamesToRedeemInBackground": {"nope": "x"}})),
        )
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("GamesToRedeemInBackground is empty!"))
    );
}

#[tokio::test]
async fn two_factor_authentication() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Auth", farming_bot("auth"))).await;
    online(&t, "Auth").await;
    let secret = "KDHC3rsY8+CmiswnXJcE5e5dRfd=";

    let (_, token) = t
        .call(
            Method::GET,
            "/Api/Bot/Auth/TwoFactorAuthentication/Token",
            None,
        )
        .await;
    assert_eq!(token["Result"]["Auth"]["Success"], false);
    assert!(
        token["Result"]["Auth"]["Message"]
            .as_str()
            .is_some_and(|m| m.starts_with("This bot doesn't have ASF 2FA enabled!"))
    );

    let imported = t
        .client()
        .two_factor_authentication_post()
        .bot_names("Auth")
        .body(asf_ipc_generated::types::MobileAuthenticatorFile {
            shared_secret: secret.into(),
            identity_secret: "qrg+wW8/u/TDt2i/+FQuPhuVrmY=".into(),
        })
        .send()
        .await
        .expect("import")
        .into_inner();
    assert!(imported.result.expect("result")["Auth"].success);
    assert_eq!(t.bots("Auth").await["Auth"]["HasMobileAuthenticator"], true);
    let (_, again) = t
        .call(Method::POST, "/Api/Bot/Auth/TwoFactorAuthentication", Some(json!({"shared_secret": secret, "identity_secret": "qrg+wW8/u/TDt2i/+FQuPhuVrmY=", "account_name": "ignored"})))
        .await;
    assert_eq!(
        again["Result"]["Auth"],
        json!({"Message": "Failed!", "Success": false})
    );

    let before =
        asf_ipc::core::twofa::steam_guard_code(secret, asf_ipc::core::twofa::now()).expect("code");
    let (_, token) = t
        .call(
            Method::GET,
            "/Api/Bot/Auth/TwoFactorAuthentication/Token",
            None,
        )
        .await;
    let after =
        asf_ipc::core::twofa::steam_guard_code(secret, asf_ipc::core::twofa::now()).expect("code");
    let got = token["Result"]["Auth"]["Result"]
        .as_str()
        .expect("token")
        .to_string();
    assert!(got == before || got == after, "{got}");
    assert_eq!(token["Result"]["Auth"]["Message"], "Success!");

    let (_, pending) = t
        .call(
            Method::GET,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
            None,
        )
        .await;
    let list = pending["Result"]["Auth"]["Result"]
        .as_array()
        .expect("confirmations")
        .clone();
    assert_eq!(list.len(), 3);
    assert!(
        list.iter()
            .all(|c| c["id"].is_string() && c["creator_id"].is_string())
    );

    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
            Some(json!({"Accept": true, "AcceptedType": 0})),
        )
        .await;
    assert_eq!(status, 400);
    let (_, handled) = t
        .call(
            Method::POST,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
            Some(json!({"accept": true, "AcceptedType": 3})),
        )
        .await;
    assert_eq!(
        handled["Result"]["Auth"]["Message"],
        "Successfully handled 1 confirmations!"
    );
    let creator = list.iter().find(|c| c["type"] == 2).expect("a trade")["creator_id"].clone();
    let (_, handled) = t
        .call(
            Method::POST,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
            Some(json!({"Accept": false, "s_AcceptedCreatorIDs": [creator]})),
        )
        .await;
    assert_eq!(
        handled["Result"]["Auth"]["Message"],
        "Successfully handled 1 confirmations!"
    );
    let (_, rest) = t
        .call(
            Method::POST,
            "/Api/Command",
            Some(json!({"Command": "2faok Auth"})),
        )
        .await;
    assert_eq!(
        rest["Result"],
        "<Auth> Successfully handled 1 confirmations!"
    );

    let (_, removed) = t
        .call(
            Method::DELETE,
            "/Api/Bot/Auth/TwoFactorAuthentication",
            None,
        )
        .await;
    assert_eq!(
        removed["Result"]["Auth"],
        json!({"Result": null, "Message": "OK", "Success": true})
    );
    assert_eq!(
        t.bots("Auth").await["Auth"]["HasMobileAuthenticator"],
        false
    );
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Auth/TwoFactorAuthentication",
            Some(json!({"shared_secret": "%%%", "identity_secret": "x"})),
        )
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn licences_keys_points_input_and_inventory() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "On", farming_bot("licence"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "On").await;

    let (status, body) = t
        .call(Method::POST, "/Api/Bot/On/AddLicense", Some(json!({})))
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("Apps && Packages is empty!"))
    );
    let added = t
        .client()
        .bot_add_license_post()
        .bot_names("On,Off")
        .body(asf_ipc_generated::types::BotLicenseRequest {
            apps: Some(vec![1145360, 4000000]),
            packages: None,
        })
        .send()
        .await
        .expect("AddLicense")
        .into_inner()
        .result
        .expect("result");
    let off = added["Off"].apps.as_ref().expect("apps");
    assert_eq!(
        (
            off["1145360"].result.0,
            off["1145360"].purchase_result_detail.0
        ),
        (16, 4),
        "offline: Timeout"
    );
    assert!(added["Off"].packages.is_none());
    let on = added["On"].apps.as_ref().expect("apps");
    assert_eq!(on["4000000"].result.0, 2, "not a known app");
    assert_eq!(on["4000000"].purchase_result_detail.0, 7);
    let (_, removed) = t
        .call(
            Method::POST,
            "/Api/Bot/On/RemoveLicense",
            Some(json!({"Packages": [1]})),
        )
        .await;
    assert_eq!(
        removed["Result"]["On"],
        json!({"Apps": null, "Packages": {"1": 2}})
    );

    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/On/Redeem",
            Some(json!({"KeysToRedeem": []})),
        )
        .await;
    assert_eq!(status, 400);
    let (_, redeemed) = t
        .call(
            Method::POST,
            "/Api/Bot/On,Off/Redeem",
            Some(json!({"KeysToRedeem": ["AAAAA-BBBBB-CCCCC"]})),
        )
        .await;
    assert_eq!(
        redeemed["Result"]["Off"]["AAAAA-BBBBB-CCCCC"],
        Value::Null,
        "not sent while offline"
    );
    assert!(redeemed["Result"]["On"]["AAAAA-BBBBB-CCCCC"]["purchase_result_details"].is_number());
    assert_eq!(redeemed["Success"], false, "one bot could not try");
    let (_, twice) = t
        .call(
            Method::POST,
            "/Api/Bot/On/Redeem",
            Some(json!({"KeysToRedeem": ["AAAAA-BBBBB-CCCCC"]})),
        )
        .await;
    let detail = twice["Result"]["On"]["AAAAA-BBBBB-CCCCC"]["purchase_result_details"].as_i64();
    assert!(
        matches!(detail, Some(9 | 14 | 15)),
        "a key works once: {twice}"
    );

    let (status, _) = t
        .call(Method::POST, "/Api/Bot/On/RedeemPoints/0", None)
        .await;
    assert_eq!(status, 400);
    let (_, points) = t
        .call(
            Method::POST,
            "/Api/Bot/On,Off/RedeemPoints/6?forced=false",
            None,
        )
        .await;
    assert_eq!(points["Result"], json!({"On": 11, "Off": 16}));
    let (_, points) = t
        .call(Method::POST, "/Api/Bot/On/RedeemPoints/6?forced=true", None)
        .await;
    assert_eq!(points["Result"]["On"], 1);

    for (body, status) in [
        (json!({"Type": 0, "Value": "x"}), 400),
        (json!({"Type": 99, "Value": "x"}), 400),
        (json!({"Type": 6, "Value": "x"}), 400),
        (json!({"Type": 1, "Value": ""}), 400),
        (json!({"Type": 1}), 400),
    ] {
        let (got, response) = t
            .call(Method::POST, "/Api/Bot/Off/Input", Some(body.clone()))
            .await;
        assert_eq!(got, status, "{body} → {response}");
    }
    t.call(Method::POST, "/Api/Bot/Off/Start", None).await;
    wait_for(5, "Off to ask for a login", || async {
        (t.bots("Off").await["Off"]["RequiredInput"] == 1).then_some(())
    })
    .await;
    let (_, ok) = t
        .call(
            Method::POST,
            "/Api/Bot/Off/Input",
            Some(json!({"type": 1, "value": "typed"})),
        )
        .await;
    assert_eq!(ok, json!({"Message": "OK", "Success": true}));
    wait_for(5, "Off to ask for a password next", || async {
        (t.bots("Off").await["Off"]["RequiredInput"] == 2).then_some(())
    })
    .await;
    t.call(
        Method::POST,
        "/Api/Bot/Off/Input",
        Some(json!({"Type": 2, "Value": "pw"})),
    )
    .await;
    online(&t, "Off").await;

    // Cards dropped while farming show up in the inventory.
    let overview = wait_for(10, "a card in the inventory", || async {
        let (_, inv) = t.call(Method::GET, "/Api/Bot/On/Inventory", None).await;
        let app = inv["Result"]["On"]["753"].clone();
        (!app.is_null()).then_some(app)
    })
    .await;
    assert_eq!(overview["rgContexts"]["6"]["id"], "6");
    let (_, items) = t
        .call(
            Method::GET,
            "/Api/Bot/On/Inventory/753/6?language=english",
            None,
        )
        .await;
    assert!(
        !items["Result"]["On"]["Assets"]
            .as_array()
            .expect("assets")
            .is_empty()
    );
    let (status, body) = t.call(Method::GET, "/Api/Bot/On/Inventory/0/6", None).await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("appID is invalid!"))
    );
    let (status, _) = t
        .call(Method::GET, "/Api/Bot/On/Inventory/753/abc", None)
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn commands_run_on_the_default_bot_with_asf_formatting() {
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"Headless": true, "DefaultBot": "Main"}))(dir);
        write_bot(dir, "Main", farming_bot("main"));
        write_bot(dir, "Alt", json!({}));
    })
    .await;
    online(&t, "Main").await;
    let run = |command: &'static str| {
        let client = t.client();
        async move {
            client
                .command_post()
                .body(asf_ipc_generated::types::CommandRequest {
                    command: command.into(),
                })
                .send()
                .await
                .expect("POST /Api/Command")
                .into_inner()
        }
    };
    let version = run("version").await;
    assert_eq!(version.result.as_deref(), Some("<Main> ASF V6.3.9.6"));
    assert_eq!(
        run("!VERSION").await.result.as_deref(),
        Some("<Main> ASF V6.3.9.6"),
        "prefix and case"
    );
    assert_eq!(
        run("nonsense").await.result.as_deref(),
        Some("<Main> Unknown command!")
    );
    assert_eq!(
        run("stop ghost").await.result.as_deref(),
        Some("<ASF> Couldn't find any bot named ghost!")
    );
    assert_eq!(
        run("start Alt").await.result.as_deref(),
        Some("<Alt> Done!")
    );
    assert_eq!(
        run("stop Alt,Main").await.result.as_deref(),
        Some("<Alt> Done!\n<Main> Done!")
    );
    let status = run("status ASF").await.result.expect("status");
    assert!(
        status.contains("<Alt> Bot is not running.")
            && status.contains("<Main> Bot is not running."),
        "{status}"
    );
    assert!(
        status.ends_with(
            "<ASF> There are 0/2 bots running, with total of 0 games (0 cards) left to farm."
        ),
        "{status}"
    );
    assert_eq!(run("start").await.result.as_deref(), Some("<Main> Done!"));
    online(&t, "Main").await;
    assert!(
        run("level")
            .await
            .result
            .expect("level")
            .starts_with("<Main> Your Steam account level is ")
    );
    assert_eq!(
        run("level Alt").await.result.as_deref(),
        Some("<Alt> This bot instance is not connected!")
    );
    assert_eq!(
        run("pause").await.result.as_deref(),
        Some("<Main> Automatic farming has paused!")
    );
    assert_eq!(
        run("resume").await.result.as_deref(),
        Some("<Main> Automatic farming has resumed!")
    );
    assert_eq!(
        run("fbadd Main 440,730").await.result.as_deref(),
        Some("<Main> Done!")
    );
    assert_eq!(run("fb").await.result.as_deref(), Some("<Main> 440, 730"));
    assert_eq!(
        run("fbadd Main x").await.result.as_deref(),
        Some("<Main> appIDs is invalid!")
    );
    assert_eq!(
        run("bgr").await.result.as_deref(),
        Some("<Main> Nothing found!")
    );
    assert_eq!(
        run("2fa").await.result.as_deref(),
        Some(
            "<Main> This bot doesn't have ASF 2FA enabled! Did you forget to import your authenticator as ASF 2FA?"
        )
    );
    assert_eq!(
        run("encrypt PlainText hello  world")
            .await
            .result
            .as_deref(),
        Some("<Main> hello  world")
    );
    let hashed = run("hash Pbkdf2 pw").await.result.expect("hash");
    assert!(hashed.starts_with("<Main> ") && hashed.len() > 20);
    assert_eq!(
        run("input Alt Login someone").await.result.as_deref(),
        Some("<Alt> Done!")
    );
    let redeem = run("redeem Main AAAAA-BBBBB-CCCCC")
        .await
        .result
        .expect("redeem");
    assert!(
        redeem.starts_with("<Main> Key: AAAAA-BBBBB-CCCCC | Status: "),
        "{redeem}"
    );
    assert!(
        run("update")
            .await
            .result
            .expect("update")
            .starts_with("<Main> Failed!")
    );

    // Errors of the endpoint itself.
    let (status, body) = t
        .call(Method::POST, "/Api/Command", Some(json!({"Command": "!"})))
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("command is empty!"))
    );
    let (status, _) = t
        .call(Method::POST, "/Api/Command", Some(json!({"Command": ""})))
        .await;
    assert_eq!(status, 400);
    let (status, _) = t.call(Method::POST, "/Api/Command", Some(json!({}))).await;
    assert_eq!(status, 400);
    let huge = format!("status {}", "x".repeat(100_000));
    let (status, body) = t
        .call(Method::POST, "/Api/Command", Some(json!({"Command": huge})))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["Success"], true);
}

#[tokio::test]
async fn commands_need_a_bot() {
    let t = TestServer::start().await;
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Command",
            Some(json!({"Command": "version"})),
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        body["Message"]
            .as_str()
            .is_some_and(|m| m.starts_with("No bots are defined."))
    );
}

#[tokio::test]
async fn process_routes_plugins_and_offline_github() {
    let t = TestServer::start().await;
    let before = t
        .client()
        .asf_get()
        .send()
        .await
        .expect("GET")
        .into_inner()
        .result
        .expect("r")
        .process_start_time;
    let (_, restart) = t.call(Method::POST, "/Api/ASF/Restart", None).await;
    assert_eq!(restart, json!({"Message": "Done!", "Success": true}));
    wait_for(5, "the restart", || async {
        let now = t
            .client()
            .asf_get()
            .send()
            .await
            .ok()?
            .into_inner()
            .result?
            .process_start_time;
        (now != before).then_some(())
    })
    .await;

    let (status, update) = t
        .call(Method::POST, "/Api/ASF/Update", Some(json!({})))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        update,
        json!({"Result": null, "Message": "Failed!", "Success": false})
    );
    let (status, update) = t.call(Method::POST, "/Api/ASF/Update", None).await;
    assert_eq!(
        (status, update["Success"].clone()),
        (200, json!(false)),
        "no body is fine too"
    );
    let (status, body) = t
        .call(Method::POST, "/Api/ASF/Update", Some(json!({"Channel": 7})))
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("Channel is invalid!"))
    );

    let plugins = t
        .client()
        .plugins_get()
        .official(true)
        .custom(false)
        .send()
        .await
        .expect("plugins")
        .into_inner();
    assert!(plugins.success);
    assert_eq!(plugins.result.map(|p| p.len()), Some(0));
    let (_, update) = t
        .call(
            Method::POST,
            "/Api/Plugins/Update",
            Some(json!({"Plugins": ["Nope"]})),
        )
        .await;
    assert_eq!(
        update,
        json!({"Result": null, "Message": "Nothing found!", "Success": false})
    );

    let release = t
        .client()
        .git_hub_release_get()
        .send()
        .await
        .expect("release")
        .into_inner();
    assert_eq!(release.result.expect("release").version, "6.3.9.6");
    let (status, latest) = t
        .call(Method::GET, "/Api/WWW/GitHub/Release/latest", None)
        .await;
    assert_eq!(
        (status, latest["Result"]["Stable"].clone()),
        (200, json!(true))
    );
    let (status, body) = t
        .call(Method::GET, "/Api/WWW/GitHub/Release/banana", None)
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("version is invalid!"))
    );
    let (status, body) = t
        .call(Method::GET, "/Api/WWW/GitHub/Release/5.0.0.0", None)
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (503, Some("Request failed after 5 attempts!"))
    );
    let (status, page) = t
        .call(
            Method::GET,
            "/Api/WWW/GitHub/Wiki/Page/Configuration?revision=x",
            None,
        )
        .await;
    assert_eq!(status, 200);
    let html = page["Result"].as_str().expect("html");
    assert!(html.contains("<code>SteamLogin</code>") && html.contains("<code>IPCPassword</code>"));
    let (status, history) = t
        .call(
            Method::GET,
            "/Api/WWW/GitHub/Wiki/History/Configuration",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert!(history["Result"].as_object().is_some_and(|h| !h.is_empty()));

    let mut exit = t.asf.exit_watcher();
    let (_, done) = t.call(Method::POST, "/Api/ASF/Exit", None).await;
    assert_eq!(done, json!({"Message": "Done!", "Success": true}));
    tokio::time::timeout(
        std::time::Duration::from_secs(5),
        exit.wait_for(Option::is_some),
    )
    .await
    .expect("an exit request")
    .expect("watch");
    assert_eq!(*exit.borrow(), Some(0));
}

#[tokio::test]
async fn restart_is_refused_with_no_restart() {
    let t = TestServer::start_custom(
        |_| {},
        |o| o.restart_allowed = false,
        common::loopback_ephemeral(),
    )
    .await;
    let (_, body) = t.call(Method::POST, "/Api/ASF/Restart", None).await;
    assert_eq!(
        body,
        json!({"Message": "!RestartAllowed", "Success": false})
    );
}

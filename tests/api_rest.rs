//! The rest of the API: background redeemer, 2FA, licences, keys, input, inventory, process
//! routes, plugins and the offline GitHub answers, and bad input on every route. Commands are
//! in `commands.rs`.

use asf_ipc_test_support as common;

use common::{
    SHARED_SECRET, TestServer, farming_bot, import_authenticator, online, requested_exit,
    steam_guard_code_now, wait_for, write_bot,
};
use reqwest::Method;
use serde_json::{Value, json};

/// A server with the bot `Bgr`, which logs on.
async fn with_bgr() -> TestServer {
    TestServer::start_with_bots(|dir| {
        write_bot(
            dir,
            "Bgr",
            json!({"SteamLogin": "bgr", "SteamPassword": "p"}),
        )
    })
    .await
}

#[tokio::test]
async fn background_redeemer_survives_a_restart_and_files_every_key_once() {
    let t = with_bgr().await;
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
    wait_for(20, "the .keys file to be imported", || async {
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

    let filed = filed_keys(&dir, "Bgr");
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
}

/// The keys in `bot`'s `.keys.used`, `.keys.unused` and `.keys.invalid` files, sorted; each
/// line is checked for ASF's `name\t[result]\t…\tkey` shape, and each file for being its
/// owner's alone (they hold product keys).
fn filed_keys(dir: &std::path::Path, bot: &str) -> Vec<String> {
    let mut filed = Vec::new();
    for ext in ["keys.used", "keys.unused", "keys.invalid"] {
        let path = dir.join(format!("{bot}.{ext}"));
        if path.exists() {
            assert_eq!(common::files::mode_of(&path), 0o600, "{bot}.{ext}");
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
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
    filed
}

/// `IPC/Controllers/Api/BotController.cs` `GamesToRedeemInBackgroundPost`: no valid key is
/// "empty".
#[tokio::test]
async fn background_games_without_a_valid_key_are_refused() {
    let t = with_bgr().await;
    let body = t
        .request(Method::POST, "/Api/Bot/Bgr/GamesToRedeemInBackground")
        .json(&json!({"GamesToRedeemInBackground": {}}))
        .expect(400)
        .await;
    assert_eq!(body["Message"], "GamesToRedeemInBackground is empty!");
    let body = t
        .request(Method::POST, "/Api/Bot/Bgr/GamesToRedeemInBackground")
        .json(&json!({"GamesToRedeemInBackground": {"nope": "x"}}))
        .expect(400)
        .await;
    assert_eq!(body["Message"], "GamesToRedeemInBackground is empty!");
}

/// `Auth` online, without ASF 2FA.
async fn start_auth() -> TestServer {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Auth", farming_bot("auth"))).await;
    online(&t, "Auth").await;
    t
}

/// `Auth` online, with ASF 2FA imported.
async fn start_auth_with_2fa() -> TestServer {
    let t = start_auth().await;
    let imported = import_authenticator(&t.client(), "Auth").await;
    assert!(imported.result.expect("result")["Auth"].success);
    t
}

/// `IPC/Controllers/Api/TwoFactorAuthenticationController.cs`: no token without ASF 2FA; once
/// imported (only once), the token is Steam's code of the moment.
#[tokio::test]
async fn two_factor_authentication_imports_and_gives_tokens() {
    let t = start_auth().await;
    let secret = SHARED_SECRET;

    let token = t
        .request(Method::GET, "/Api/Bot/Auth/TwoFactorAuthentication/Token")
        .expect(200)
        .await;
    assert_eq!(token["Result"]["Auth"]["Success"], false);
    assert!(
        token["Result"]["Auth"]["Message"]
            .as_str()
            .is_some_and(|m| m.starts_with("This bot doesn't have ASF 2FA enabled!"))
    );

    let imported = import_authenticator(&t.client(), "Auth").await;
    assert!(imported.result.expect("result")["Auth"].success);
    assert_eq!(t.bots("Auth").await["Auth"]["HasMobileAuthenticator"], true);
    let again = t.request(Method::POST, "/Api/Bot/Auth/TwoFactorAuthentication").json(&json!({"shared_secret": secret, "identity_secret": "qrg+wW8/u/TDt2i/+FQuPhuVrmY=", "account_name": "ignored"})).expect(200).await;
    assert_eq!(
        again["Result"]["Auth"],
        json!({"Message": "Failed!", "Success": false})
    );

    let before = steam_guard_code_now(secret);
    let token = t
        .request(Method::GET, "/Api/Bot/Auth/TwoFactorAuthentication/Token")
        .expect(200)
        .await;
    let after = steam_guard_code_now(secret);
    let got = token["Result"]["Auth"]["Result"]
        .as_str()
        .expect("token")
        .to_string();
    assert!(got == before || got == after, "{got}");
    assert_eq!(token["Result"]["Auth"]["Message"], "Success!");
}

/// `IPC/Controllers/Api/TwoFactorAuthenticationController.cs`: confirmations are listed, and
/// handled by type or by creator.
#[tokio::test]
async fn two_factor_authentication_handles_confirmations() {
    let t = start_auth_with_2fa().await;
    let pending = t
        .request(
            Method::GET,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
        )
        .expect(200)
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

    t.request(
        Method::POST,
        "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
    )
    .json(&json!({"Accept": true, "AcceptedType": 0}))
    .expect(400)
    .await;
    let handled = t
        .request(
            Method::POST,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
        )
        .json(&json!({"accept": true, "AcceptedType": 3}))
        .expect(200)
        .await;
    assert_eq!(
        handled["Result"]["Auth"]["Message"],
        "Successfully handled 1 confirmations!"
    );
    let creator = list.iter().find(|c| c["type"] == 2).expect("a trade")["creator_id"].clone();
    let handled = t
        .request(
            Method::POST,
            "/Api/Bot/Auth/TwoFactorAuthentication/Confirmations",
        )
        .json(&json!({"Accept": false, "s_AcceptedCreatorIDs": [creator]}))
        .expect(200)
        .await;
    assert_eq!(
        handled["Result"]["Auth"]["Message"],
        "Successfully handled 1 confirmations!"
    );
    let rest = t
        .request(Method::POST, "/Api/Command")
        .json(&json!({"Command": "2faok Auth"}))
        .expect(200)
        .await;
    assert_eq!(
        rest["Result"],
        "<Auth> Successfully handled 1 confirmations!"
    );
}

/// `IPC/Controllers/Api/TwoFactorAuthenticationController.cs`: the authenticator is deleted;
/// secrets are checked when used, as in ASF.
#[tokio::test]
async fn two_factor_authentication_is_deleted_and_secrets_checked_when_used() {
    let t = start_auth_with_2fa().await;
    let removed = t
        .request(Method::DELETE, "/Api/Bot/Auth/TwoFactorAuthentication")
        .expect(200)
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
    assert_eq!(status, 200, "secrets are checked when used, as in ASF");
}

/// `On`, online and farming, and `Off`, offline.
async fn start_on_and_off() -> TestServer {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "On", farming_bot("licence"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "On").await;
    t
}

/// `IPC/Controllers/Api/BotController.cs` `AddLicensePost`/`RemoveLicensePost`: each bot's
/// results; an offline bot times out.
#[tokio::test]
async fn licences_are_added_and_removed_per_bot() {
    let t = start_on_and_off().await;
    let body = t
        .request(Method::POST, "/Api/Bot/On/AddLicense")
        .json(&json!({}))
        .expect(400)
        .await;
    assert_eq!(body["Message"], "Apps && Packages is empty!");
    let added = t
        .client()
        .bot_add_license_post()
        .bot_names("On,Off")
        .body(asf_ipc_generated::types::BotAddLicenseRequest {
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
    let removed = t
        .request(Method::POST, "/Api/Bot/On/RemoveLicense")
        .json(&json!({"Packages": [1]}))
        .expect(200)
        .await;
    assert_eq!(
        removed["Result"]["On"],
        json!({"Apps": null, "Packages": {"1": 2}})
    );
}

/// `IPC/Controllers/Api/BotController.cs` `RedeemPost` fills each bot's dictionary in the order
/// of `KeysToRedeem` (an `ImmutableList`): a repeated key keeps its first place and the answer
/// of its last redemption.
#[tokio::test]
async fn redeemed_keys_answer_in_the_order_they_were_sent() {
    let t = start_on_and_off().await;
    let keys = [
        "ZZZZZ-BBBBB-CCCCC",
        "AAAAA-DDDDD-EEEEE",
        "ZZZZZ-BBBBB-CCCCC",
    ];
    let text = t
        .request(Method::POST, "/Api/Bot/On/Redeem")
        .json(&json!({"KeysToRedeem": keys}))
        .expect_response(200)
        .await
        .text()
        .await
        .expect("body");
    let at = |key: &str| {
        text.find(&format!("\"{key}\""))
            .unwrap_or_else(|| panic!("{key} in {text}"))
    };
    assert!(
        at(keys[0]) < at(keys[1]),
        "request order, not sorted: {text}"
    );
    assert_eq!(
        text.matches(keys[0]).count(),
        1,
        "one entry per key: {text}"
    );
    let answer: Value = serde_json::from_str(&text).expect("JSON");
    // The key's first redemption succeeds on this network (it is one of the nine in ten the
    // simulated Steam accepts); only the repeat is `DuplicateActivationCode`.
    let repeated = answer["Result"]["On"][keys[0]]["purchase_result_details"].as_i64();
    assert_eq!(
        repeated,
        Some(15),
        "the repeat's answer, not the first's: {text}"
    );
}

/// `IPC/Controllers/Api/BotController.cs` `RedeemPost`: keys are not sent while offline, and
/// a key works once.
#[tokio::test]
async fn keys_are_redeemed_once_and_not_while_offline() {
    let t = start_on_and_off().await;
    t.request(Method::POST, "/Api/Bot/On/Redeem")
        .json(&json!({"KeysToRedeem": []}))
        .expect(400)
        .await;
    let redeemed = t
        .request(Method::POST, "/Api/Bot/On,Off/Redeem")
        .json(&json!({"KeysToRedeem": ["AAAAA-BBBBB-CCCCC"]}))
        .expect(200)
        .await;
    assert_eq!(
        redeemed["Result"]["Off"]["AAAAA-BBBBB-CCCCC"],
        Value::Null,
        "not sent while offline"
    );
    assert!(redeemed["Result"]["On"]["AAAAA-BBBBB-CCCCC"]["purchase_result_details"].is_number());
    assert_eq!(redeemed["Success"], false, "one bot could not try");
    let twice = t
        .request(Method::POST, "/Api/Bot/On/Redeem")
        .json(&json!({"KeysToRedeem": ["AAAAA-BBBBB-CCCCC"]}))
        .expect(200)
        .await;
    let detail = twice["Result"]["On"]["AAAAA-BBBBB-CCCCC"]["purchase_result_details"].as_i64();
    assert!(
        matches!(detail, Some(9 | 14 | 15)),
        "a key works once: {twice}"
    );
}

/// `IPC/Controllers/Api/BotController.cs` `RedeemPointsPost`: a costly item needs `forced`.
#[tokio::test]
async fn points_items_that_cost_need_forced() {
    let t = start_on_and_off().await;
    t.request(Method::POST, "/Api/Bot/On/RedeemPoints/0")
        .expect(400)
        .await;
    let points = t
        .request(Method::POST, "/Api/Bot/On,Off/RedeemPoints/6?forced=false")
        .expect(200)
        .await;
    assert_eq!(points["Result"], json!({"On": 11, "Off": 16}));
    let points = t
        .request(Method::POST, "/Api/Bot/On/RedeemPoints/6?forced=true")
        .expect(200)
        .await;
    assert_eq!(points["Result"]["On"], 1);
}

/// `IPC/Controllers/Api/BotController.cs` `InputPost`: bad input refused; a started bot takes
/// its login, then its password, and logs on.
#[tokio::test]
async fn input_answers_what_a_bot_asks_for() {
    let t = start_on_and_off().await;
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
    let ok = t
        .request(Method::POST, "/Api/Bot/Off/Input")
        .json(&json!({"type": 1, "value": "typed"}))
        .expect(200)
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
}

/// `IPC/Controllers/Api/BotController.cs` `InventoryGet`: cards dropped while farming show up
/// in the inventory.
#[tokio::test]
async fn dropped_cards_show_up_in_the_inventory() {
    let t = start_on_and_off().await;
    let overview = wait_for(10, "a card in the inventory", || async {
        let inv = t
            .request(Method::GET, "/Api/Bot/On/Inventory")
            .expect(200)
            .await;
        let app = inv["Result"]["On"]["753"].clone();
        (!app.is_null()).then_some(app)
    })
    .await;
    assert_eq!(overview["rgContexts"]["6"]["id"], "6");
    let items = t
        .request(Method::GET, "/Api/Bot/On/Inventory/753/6?language=english")
        .expect(200)
        .await;
    assert!(
        !items["Result"]["On"]["Assets"]
            .as_array()
            .expect("assets")
            .is_empty()
    );
    let body = t
        .request(Method::GET, "/Api/Bot/On/Inventory/0/6")
        .expect(400)
        .await;
    assert_eq!(body["Message"], "appID is invalid!");
    t.request(Method::GET, "/Api/Bot/On/Inventory/753/abc")
        .expect(400)
        .await;
}

/// `IPC/Controllers/Api/ASFController.cs` `RestartPost`: the process starts again.
#[tokio::test]
async fn restart_starts_the_process_again() {
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
    let restart = t
        .request(Method::POST, "/Api/ASF/Restart")
        .expect(200)
        .await;
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
}

/// `IPC/Controllers/Api/ASFController.cs` `UpdatePost`: offline nothing is newer; the body
/// is required and checked.
#[tokio::test]
async fn update_needs_a_body_and_finds_nothing_offline() {
    let t = TestServer::start().await;
    let update = t
        .request(Method::POST, "/Api/ASF/Update")
        .json(&json!({}))
        .expect(200)
        .await;
    assert_eq!(
        update,
        json!({"Result": null, "Message": "V6.3.9.6 ≥ V", "Success": false})
    );
    // ASF's body is not optional: without a content type no JSON reader is chosen (415),
    // with one an empty body is refused (400).
    let (status, update) = t.call(Method::POST, "/Api/ASF/Update", None).await;
    assert_eq!((status, update["Success"].clone()), (415, json!(false)));
    let response = common::http()
        .post(t.url("/Api/ASF/Update"))
        .header("content-type", "application/json")
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 400);
    let update: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(update["Message"], "A non-empty request body is required.");
    let body = t
        .request(Method::POST, "/Api/ASF/Update")
        .json(&json!({"Channel": 7}))
        .expect(400)
        .await;
    assert_eq!(body["Message"], "Channel is invalid!");
}

/// `IPC/Controllers/Api/PluginsController.cs`: the bundled plugins, and no update for an
/// unknown one.
#[tokio::test]
async fn plugins_are_the_bundled_four_and_unknown_ones_do_not_update() {
    let t = TestServer::start().await;
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
    let names: Option<Vec<String>> = plugins
        .result
        .map(|p| p.into_iter().map(|p| p.name).collect());
    let bundled = [
        "ItemsMatcherPlugin",
        "MobileAuthenticatorPlugin",
        "MonitoringPlugin",
        "SteamTokenDumperPlugin",
    ];
    assert_eq!(names, Some(bundled.map(String::from).to_vec()));
    let update = t
        .request(Method::POST, "/Api/Plugins/Update")
        .json(&json!({"Plugins": ["Nope"]}))
        .expect(200)
        .await;
    assert_eq!(
        update,
        json!({"Result": null, "Message": "Nothing found!", "Success": false})
    );
}

/// `IPC/Controllers/Api/WWWController.cs`: releases and wiki pages answered offline.
#[tokio::test]
async fn github_releases_and_wiki_are_answered_offline() {
    let t = TestServer::start().await;
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
    let body = t
        .request(Method::GET, "/Api/WWW/GitHub/Release/banana")
        .expect(400)
        .await;
    assert_eq!(body["Message"], "version is invalid!");
    let body = t
        .request(Method::GET, "/Api/WWW/GitHub/Release/5.0.0.0")
        .expect(503)
        .await;
    assert_eq!(body["Message"], "Request failed after 5 attempts!");
    let page = t
        .request(
            Method::GET,
            "/Api/WWW/GitHub/Wiki/Page/Configuration?revision=x",
        )
        .expect(200)
        .await;
    let html = page["Result"].as_str().expect("html");
    assert!(html.contains("<code>SteamLogin</code>") && html.contains("<code>IPCPassword</code>"));
    let history = t
        .request(Method::GET, "/Api/WWW/GitHub/Wiki/History/Configuration")
        .expect(200)
        .await;
    assert!(history["Result"].as_object().is_some_and(|h| !h.is_empty()));
}

/// `IPC/Controllers/Api/ASFController.cs` `ExitPost`: the process is asked to end, with 0.
#[tokio::test]
async fn exit_ends_the_process() {
    let t = TestServer::start().await;
    let exit = t.asf.exit_watcher();
    let done = t.request(Method::POST, "/Api/ASF/Exit").expect(200).await;
    assert_eq!(done, json!({"Message": "Done!", "Success": true}));
    assert_eq!(requested_exit(exit).await, 0);
}

#[tokio::test]
async fn restart_is_refused_with_no_restart() {
    let t = TestServer::start_custom(
        |_| {},
        |o| o.restart_allowed = false,
        common::loopback_ephemeral(),
    )
    .await;
    let body = t
        .request(Method::POST, "/Api/ASF/Restart")
        .expect(200)
        .await;
    assert_eq!(
        body,
        json!({"Message": "!RestartAllowed", "Success": false})
    );
}

/// Sends `body` as it is (not re-encoded) with a JSON content type.
async fn send_raw(t: &TestServer, method: Method, path: &str, body: String) -> (u16, Value) {
    let response = common::http()
        .request(method, t.url(path))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// An error in ASF's envelope: no result, not a success, a message.
fn assert_envelope(status: u16, body: &Value, what: &str) {
    assert!(matches!(status, 400 | 413), "{what}: {status} {body}");
    assert_eq!(body["Success"], false, "{what}: {body}");
    assert!(
        body["Message"].as_str().is_some_and(|m| !m.is_empty()),
        "{what}: {body}"
    );
}

/// Every operation that takes a JSON body.
const BODY_ROUTES: &[(&str, &str)] = &[
    ("POST", "/Api/ASF"),
    ("POST", "/Api/ASF/Encrypt"),
    ("POST", "/Api/ASF/Hash"),
    ("POST", "/Api/ASF/Update"),
    ("POST", "/Api/Bot/Main"),
    ("POST", "/Api/Bot/Main/AddLicense"),
    ("POST", "/Api/Bot/Main/RemoveLicense"),
    ("POST", "/Api/Bot/Main/GamesToRedeemInBackground"),
    ("POST", "/Api/Bot/Main/Input"),
    ("POST", "/Api/Bot/Main/Pause"),
    ("POST", "/Api/Bot/Main/Redeem"),
    ("POST", "/Api/Bot/Main/Rename"),
    ("POST", "/Api/Bot/Main/TwoFactorAuthentication"),
    (
        "POST",
        "/Api/Bot/Main/TwoFactorAuthentication/Confirmations",
    ),
    ("POST", "/Api/Command"),
    ("POST", "/Api/Plugins/Update"),
    ("POST", "/Api/Storage/key"),
];

#[tokio::test]
async fn every_body_route_refuses_bad_bodies_with_the_envelope() {
    // A 64 KiB body limit (Kestrel.Limits.MaxRequestBodySize) keeps the oversized case small.
    let mut listen = common::loopback_ephemeral();
    listen.limits.max_request_body_size = Some(64 * 1024);
    let t = TestServer::start_custom(
        |dir| write_bot(dir, "Main", json!({})),
        common::fast_steam,
        listen,
    )
    .await;
    let oversized = format!("{{\"x\": \"{}\"}}", "x".repeat(64 * 1024 + 1));
    for (method, path) in BODY_ROUTES {
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        for (what, body) in [
            ("malformed", "{\"Command\": ".to_string()),
            ("trailing garbage", "{} {}".to_string()),
            ("oversized", oversized.clone()),
        ] {
            let (status, answer) = send_raw(&t, method.clone(), path, body).await;
            assert_envelope(status, &answer, &format!("{path} {what}"));
        }
        if *path == "/Api/Storage/key" {
            continue; // any JSON value is a value to store
        }
        for (what, body) in [
            ("an array", "[1]"),
            ("a string", "\"x\""),
            ("a number", "5"),
        ] {
            let (status, answer) = send_raw(&t, method.clone(), path, body.into()).await;
            assert_envelope(status, &answer, &format!("{path} {what}"));
        }
        // Empty: the defaults where every property is optional, else refused.
        let (status, answer) = send_raw(&t, method.clone(), path, String::new()).await;
        assert!(
            status == 200 || status == 400,
            "{path} empty: {status} {answer}"
        );
        if status == 400 {
            assert_envelope(status, &answer, &format!("{path} empty"));
        }
    }
}

#[tokio::test]
async fn undefined_enums_and_ids_out_of_range_are_refused() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Main", json!({}))).await;
    let cases = undefined_enums().into_iter().chain(values_out_of_range());
    for (method, path, body, message) in cases {
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let (status, answer) = t
            .call(method, path, (!body.is_null()).then_some(body.clone()))
            .await;
        assert_envelope(status, &answer, &format!("{path} {body}"));
        if let Some(message) = message {
            assert_eq!(answer["Message"], message, "{path} {body}");
        }
    }
}

/// A refused request: method, path, body (`null` for none), and ASF's message when it names
/// the parameter.
type Refused = (&'static str, &'static str, Value, Option<&'static str>);

/// Requests with an enum's value that is no member (with the bot `Main`).
fn undefined_enums() -> Vec<Refused> {
    vec![
        (
            "POST",
            "/Api/ASF/Encrypt",
            json!({"CryptoMethod": 99, "StringToEncrypt": "x"}),
            Some("CryptoMethod is invalid!"),
        ),
        (
            "POST",
            "/Api/ASF/Hash",
            json!({"HashingMethod": 99, "StringToHash": "x"}),
            Some("HashingMethod is invalid!"),
        ),
        (
            "POST",
            "/Api/ASF/Update",
            json!({"Channel": 9}),
            Some("Channel is invalid!"),
        ),
        (
            "POST",
            "/Api/Plugins/Update",
            json!({"Channel": 9}),
            Some("Channel is invalid!"),
        ),
        (
            "POST",
            "/Api/Bot/Main/Input",
            json!({"Type": 99, "Value": "x"}),
            Some("Type || Value is invalid!"),
        ),
        (
            "POST",
            "/Api/Bot/Main/TwoFactorAuthentication/Confirmations",
            json!({"Accept": true, "AcceptedType": 99}),
            Some("AcceptedType is invalid!"),
        ),
        (
            "POST",
            "/Api/Bot/Main",
            json!({"BotConfig": {"FarmingOrders": [99]}}),
            None,
        ),
        (
            "POST",
            "/Api/ASF",
            json!({"GlobalConfig": {"OptimizationMode": 9}}),
            None,
        ),
    ]
}

/// Requests with an ID, number, address or version out of what the parameter takes (with the
/// bot `Main`).
fn values_out_of_range() -> Vec<Refused> {
    vec![
        (
            "POST",
            "/Api/Bot/Main/AddLicense",
            json!({"Apps": [-1]}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/AddLicense",
            json!({"Packages": [4_294_967_296_u64]}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/RemoveLicense",
            json!({"Apps": [1.5]}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/Redeem",
            json!({"KeysToRedeem": [1]}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/Pause",
            json!({"ResumeInSeconds": 70000}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/TwoFactorAuthentication/Confirmations",
            json!({"Accept": true, "AcceptedCreatorIDs": [-5]}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/GamesToRedeemInBackground",
            json!({"GamesToRedeemInBackground": {"AAAAA-BBBBB-CCCCC": 5}}),
            None,
        ),
        (
            "POST",
            "/Api/Bot/Main/RedeemPoints/4294967296",
            Value::Null,
            None,
        ),
        ("POST", "/Api/Bot/Main/RedeemPoints/-1", Value::Null, None),
        (
            "POST",
            "/Api/Bot/Main/RedeemPoints/0",
            Value::Null,
            Some("definitionID is invalid!"),
        ),
        (
            "GET",
            "/Api/Bot/Main/Inventory/4294967296/6",
            Value::Null,
            None,
        ),
        (
            "GET",
            "/Api/Bot/Main/Inventory/753/18446744073709551616",
            Value::Null,
            None,
        ),
        (
            "GET",
            "/Api/Bot/Main/Inventory/753/0",
            Value::Null,
            Some("contextID is invalid!"),
        ),
        (
            "GET",
            "/Api/NLog/File?count=0",
            Value::Null,
            Some("count is invalid!"),
        ),
        (
            "GET",
            "/Api/NLog/File?lastAt=-1",
            Value::Null,
            Some("lastAt is invalid!"),
        ),
        ("GET", "/Api/NLog/File?count=99999999999", Value::Null, None),
        (
            "DELETE",
            "/Api/IPC/Bans/999.1.1.1",
            Value::Null,
            Some("ipAddress is invalid!"),
        ),
        (
            "GET",
            "/Api/WWW/GitHub/Release/not-a-version",
            Value::Null,
            Some("version is invalid!"),
        ),
    ]
}

#[tokio::test]
async fn selectors_matching_nothing_are_refused_on_every_action() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Main", json!({}))).await;
    let not_found = "Couldn't find any bot named Ghost,r!^Nope$!";
    let selector = "Ghost,r!%5ENope$";
    let routes: Vec<(&str, &str, Option<Value>)> = vec![
        ("DELETE", "", None),
        ("POST", "/Start", None),
        ("POST", "/Stop", None),
        ("POST", "/Pause", Some(json!({}))),
        ("POST", "/Resume", None),
        ("POST", "/AddLicense", Some(json!({"Apps": [440]}))),
        ("POST", "/RemoveLicense", Some(json!({"Apps": [440]}))),
        ("GET", "/GamesToRedeemInBackground", None),
        (
            "POST",
            "/GamesToRedeemInBackground",
            Some(json!({"GamesToRedeemInBackground": {"AAAAA-BBBBB-CCCCC": "x"}})),
        ),
        ("DELETE", "/GamesToRedeemInBackground", None),
        ("POST", "/Input", Some(json!({"Type": 1, "Value": "x"}))),
        ("GET", "/Inventory", None),
        ("GET", "/Inventory/753/6", None),
        (
            "POST",
            "/Redeem",
            Some(json!({"KeysToRedeem": ["AAAAA-BBBBB-CCCCC"]})),
        ),
        ("POST", "/RedeemPoints/1", None),
        ("GET", "/TwoFactorAuthentication/Confirmations", None),
        (
            "POST",
            "/TwoFactorAuthentication/Confirmations",
            Some(json!({"Accept": true})),
        ),
        ("DELETE", "/TwoFactorAuthentication", None),
        (
            "POST",
            "/TwoFactorAuthentication",
            Some(
                json!({"shared_secret": "KDHC3rsY8+CmiswnXJcE5e5dRfd=", "identity_secret": "qrg+wW8/u/TDt2i/+FQuPhuVrmY="}),
            ),
        ),
        ("GET", "/TwoFactorAuthentication/Token", None),
    ];
    for (method, suffix, body) in routes {
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let path = format!("/Api/Bot/{selector}{suffix}");
        let (status, answer) = t.call(method, &path, body).await;
        assert_eq!(status, 400, "{path}: {answer}");
        assert_eq!(answer["Message"], not_found, "{path}");
        assert_eq!(answer["Success"], false);
    }
    let answer = t
        .request(Method::POST, "/Api/Bot/Ghost/Rename")
        .json(&json!({"NewName": "Other"}))
        .expect(400)
        .await;
    assert_eq!(answer["Message"], "Couldn't find any bot named Ghost!");
    let (status, answer) = t.call(Method::GET, "/Api/Bot/Ghost", None).await;
    assert_eq!((status, answer["Result"].clone()), (200, json!({})));
}

#[tokio::test]
async fn steam_routes_answer_for_an_offline_bot() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Off", json!({}))).await;
    let removed = t
        .request(Method::POST, "/Api/Bot/Off/RemoveLicense")
        .json(&json!({"Apps": [440], "Packages": [4401]}))
        .expect(200)
        .await;
    assert_eq!(
        removed["Result"]["Off"],
        json!({"Apps": {"440": 16}, "Packages": {"4401": 16}})
    );
    let inventory = t
        .request(Method::GET, "/Api/Bot/Off/Inventory")
        .expect(200)
        .await;
    assert_eq!(inventory["Result"], json!({"Off": null}));
    let items = t
        .request(Method::GET, "/Api/Bot/Off/Inventory/753/6")
        .expect(200)
        .await;
    assert_eq!(
        items["Result"]["Off"],
        json!({"Assets": null, "Descriptions": null})
    );
    import_authenticator(&t.client(), "Off").await;
    for method in [Method::GET, Method::POST] {
        let body = (method == Method::POST).then(|| json!({"Accept": true}));
        let (_, answer) = t
            .call(
                method,
                "/Api/Bot/Off/TwoFactorAuthentication/Confirmations",
                body,
            )
            .await;
        assert_eq!(
            answer["Result"]["Off"],
            json!({"Result": null, "Message": "This bot instance is not connected!", "Success": false})
        );
    }
    let token = t
        .request(Method::GET, "/Api/Bot/Off/TwoFactorAuthentication/Token")
        .expect(200)
        .await;
    assert_eq!(
        token["Result"]["Off"]["Success"], true,
        "codes need no Steam"
    );
}

#[tokio::test]
async fn keys_are_queued_in_the_order_posted() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Q", json!({}))).await;
    let keys = [
        "ZZZZZ-11111-AAAAA",
        "AAAAA-22222-BBBBB",
        "MMMMM-33333-CCCCC",
    ];
    // Lower-case names too, so the front door has to rename while keeping the order.
    let body = format!(
        "{{\"gamesToRedeemInBackground\": {{\"{}\": \"z\", \"{}\": \"a\", \"{}\": \"m\", \"{}\": \"again\"}}}}",
        keys[0],
        keys[1],
        keys[2],
        keys[1].to_lowercase()
    );
    let (status, answer) = send_raw(
        &t,
        Method::POST,
        "/api/bot/Q/gamestoredeeminbackground",
        body,
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let db: Value =
        serde_json::from_slice(&std::fs::read(t.dir.path().join("config/Q.db")).expect("Q.db"))
            .expect("JSON");
    assert_eq!(
        db["GamesToRedeemInBackground"],
        json!([[keys[0], "z"], [keys[1], "again"], [keys[2], "m"]]),
        "posted order; a key given twice (in any case) keeps its place and its last name"
    );
}

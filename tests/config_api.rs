//! The global config, the key-value storage and the schema endpoints a config editor uses.

use asf_ipc_test_support as common;

use common::files::mode_of;
use common::{TestServer, http, requested_exit, wait_for, write_bot, write_global_config};
use reqwest::Method;
use serde_json::{Value, json};

async fn start_time(t: &TestServer) -> chrono::DateTime<chrono::FixedOffset> {
    let asf = t
        .client()
        .asf_get()
        .send()
        .await
        .expect("GET /Api/ASF")
        .into_inner();
    chrono::DateTime::parse_from_rfc3339(&asf.result.expect("result").process_start_time)
        .expect("ProcessStartTime")
}

#[tokio::test]
async fn saving_the_global_config_keeps_secrets_and_restarts_the_core() {
    let t = TestServer::start_custom(
        |dir| {
            write_global_config(json!({
                "IPCPassword": "pw", "WebProxyPassword": "proxy", "Legacy": "kept", "Headless": true
            }))(dir);
            write_bot(
                dir,
                "Bot",
                json!({"Enabled": true, "SteamLogin": "b", "SteamPassword": "p"}),
            );
        },
        common::fast_steam,
        common::loopback_ephemeral(),
    )
    .await;
    let password = |r: reqwest::RequestBuilder| r.header("Authentication", "pw");
    let before = start_time_with(&t, "pw").await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;

    // The web UI's save: the read view it got, without secrets, with one change.
    let response = password(http().post(t.url("/api/asf")))
        .json(&json!({"globalConfig": {"Headless": false, "s_SteamOwnerID": "76561197960287930"}}))
        .send()
        .await
        .expect("POST /Api/ASF");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body, json!({"Message": "OK", "Success": true}));

    let file: Value = serde_json::from_slice(
        &std::fs::read(t.dir.path().join("config/ASF.json")).expect("ASF.json"),
    )
    .expect("json");
    assert_eq!(file["IPCPassword"], "pw", "not mentioned: kept");
    assert_eq!(file["WebProxyPassword"], "proxy");
    assert_eq!(file["Legacy"], "kept", "unknown properties carried over");
    assert_eq!(file["SteamOwnerID"], 76561197960287930u64, "twin applied");
    assert!(
        file.get("Headless").is_none(),
        "default again, so not written"
    );

    // The core restarts: ProcessStartTime moves forward and bots come back.
    let after = wait_for(5, "ProcessStartTime to move", || async {
        let now = start_time_with(&t, "pw").await;
        (now > before).then_some(now)
    })
    .await;
    let age = chrono::Utc::now().signed_duration_since(after);
    assert!(age.num_seconds() < 10, "recent enough for ASF-ui: {age}");
    assert!(
        t.log_text()
            .contains("Global config file has been changed!")
    );
    assert!(t.log_text().contains("Restarting..."));
    let asf = t
        .request(Method::GET, "/Api/ASF")
        .header("Authentication", "pw")
        .expect(200)
        .await;
    assert_eq!(asf["Result"]["GlobalConfig"]["Headless"], false);
    assert_eq!(
        asf["Result"]["GlobalConfig"]["s_SteamOwnerID"],
        "76561197960287930"
    );
    assert!(asf["Result"]["GlobalConfig"].get("IPCPassword").is_none());
    wait_for(10, "the bot to log on again", || async {
        let bots: Value = password(http().get(t.url("/Api/Bot/Bot")))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        (bots["Result"]["Bot"]["IsConnectedAndLoggedOn"] == true).then_some(())
    })
    .await;

    // Mentioning the password as null clears it (and the API opens to loopback).
    let response = password(http().post(t.url("/Api/ASF")))
        .json(&json!({"GlobalConfig": {"IPCPassword": null}}))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 200);
    let file: Value = serde_json::from_slice(
        &std::fs::read(t.dir.path().join("config/ASF.json")).expect("ASF.json"),
    )
    .expect("json");
    assert!(file.get("IPCPassword").is_none());
    wait_for(5, "the password to be gone", || async {
        let r = http().get(t.url("/Api/ASF")).send().await.ok()?;
        (r.status() == 200).then_some(())
    })
    .await;
}

async fn start_time_with(t: &TestServer, password: &str) -> chrono::DateTime<chrono::FixedOffset> {
    let asf = t
        .request(Method::GET, "/Api/ASF")
        .header("Authentication", password)
        .expect(200)
        .await;
    chrono::DateTime::parse_from_rfc3339(asf["Result"]["ProcessStartTime"].as_str().expect("time"))
        .expect("time")
}

#[tokio::test]
async fn invalid_global_configs_change_nothing() {
    let t = TestServer::start().await;
    let before = start_time(&t).await;
    for (body, message) in [
        (
            json!({"GlobalConfig": {"ConnectionTimeout": 0}}),
            Some("The field ConnectionTimeout must be between 1 and 255."),
        ),
        (
            json!({"GlobalConfig": {"SteamOwnerID": 5}}),
            Some("Configured SteamOwnerID property is invalid: 5"),
        ),
        (
            json!({"GlobalConfig": {"UpdateChannel": 9}}),
            Some("Configured UpdateChannel property is invalid: 9"),
        ),
        (json!({"GlobalConfig": {"FarmingDelay": 256}}), None),
        (json!({"GlobalConfig": {"Headless": null}}), None),
        (json!({"GlobalConfig": {"s_SteamOwnerID": "abc"}}), None),
        (json!({"GlobalConfig": 5}), None),
        (json!({}), None),
    ] {
        let (status, response) = t.call(Method::POST, "/Api/ASF", Some(body.clone())).await;
        assert_eq!(status, 400, "{body} → {response}");
        assert_eq!(response["Success"], false, "{body}");
        if let Some(message) = message {
            assert_eq!(response["Message"], message);
        }
    }
    assert!(
        !t.dir.path().join("config/ASF.json").exists(),
        "no file written"
    );
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(start_time(&t).await, before, "no restart");
}

#[tokio::test]
async fn auto_restart_off_ends_the_process_after_a_change() {
    let t = TestServer::start().await;
    let exit = t.asf.exit_watcher();
    let _ = t
        .request(Method::POST, "/Api/ASF")
        .json(&json!({"GlobalConfig": {"AutoRestart": false}}))
        .expect(200)
        .await;
    assert_eq!(requested_exit(exit).await, 0);
    assert!(t.log_text().contains("Exiting..."));
}

#[tokio::test]
async fn storage_persists_values_in_the_global_database() {
    let t = TestServer::start().await;
    let client = t.client();
    let empty = client
        .storage_get()
        .key("asfui-settings")
        .send()
        .await
        .expect("GET")
        .into_inner();
    assert!(empty.success);
    assert_eq!(empty.result, None);

    let settings = json!({"theme": "dark", "darkMode": true});
    let saved = client
        .storage_post()
        .key("asfui-settings")
        .body(settings.clone())
        .send()
        .await
        .expect("POST")
        .into_inner();
    assert!(saved.success);
    let body = t
        .request(Method::GET, "/api/storage/asfui-settings")
        .expect(200)
        .await;
    assert_eq!(
        body,
        json!({"Result": settings, "Message": "OK", "Success": true})
    );
    let (_, other_case) = t
        .call(Method::GET, "/Api/Storage/ASFUI-settings", None)
        .await;
    assert_eq!(other_case["Result"], Value::Null, "keys are case-sensitive");

    for value in [json!("text"), json!(42), json!([1, "two"]), json!(false)] {
        let _ = t
            .request(Method::POST, "/Api/Storage/other")
            .json(&value.clone())
            .expect(200)
            .await;
        let (_, body) = t.call(Method::GET, "/Api/Storage/other", None).await;
        assert_eq!(body["Result"], value);
    }

    let db: Value =
        serde_json::from_slice(&std::fs::read(t.dir.path().join("config/ASF.db")).expect("ASF.db"))
            .expect("json");
    assert_eq!(db["KeyValueJsonStorage"]["asfui-settings"], settings);
    assert_eq!(db["KeyValueJsonStorage"]["other"], false);

    // A new process started on that database reads it back.
    let database = t.dir.path().join("config/ASF.db");
    let reopened = TestServer::start_with(|dir| {
        std::fs::create_dir_all(dir.join("config")).expect("config");
        std::fs::copy(&database, dir.join("config/ASF.db")).expect("copy ASF.db");
    })
    .await;
    let (status, body) = reopened
        .call(Method::GET, "/Api/Storage/asfui-settings", None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["Result"], settings);

    // null deletes; DELETE deletes; both are fine on absent keys.
    let _ = t
        .request(Method::POST, "/Api/Storage/other")
        .json(&Value::Null)
        .expect(200)
        .await;
    let (_, body) = t.call(Method::GET, "/Api/Storage/other", None).await;
    assert_eq!(body["Result"], Value::Null);
    let deleted = client
        .storage_delete()
        .key("asfui-settings")
        .send()
        .await
        .expect("DELETE");
    assert!(deleted.into_inner().success);
    let (status, body) = t.call(Method::DELETE, "/Api/Storage/never", None).await;
    assert_eq!((status, body["Success"].clone()), (200, json!(true)));
    let db: Value =
        serde_json::from_slice(&std::fs::read(t.dir.path().join("config/ASF.db")).expect("ASF.db"))
            .expect("json");
    assert_eq!(db["KeyValueJsonStorage"], json!({}));

    // No body is not a value.
    let response = http()
        .post(t.url("/Api/Storage/x"))
        .header("content-type", "application/json")
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 400);
}

/// `IPC/Controllers/Api/TypeController.cs`: the configs' members with their .NET types, and
/// enums' members, underlying type and attributes.
#[tokio::test]
async fn types_for_config_editors() {
    let t = TestServer::start().await;
    let client = t.client();
    let global = client
        .type_get()
        .type_("ArchiSteamFarm.Storage.GlobalConfig")
        .send()
        .await
        .expect("GET /Api/Type")
        .into_inner()
        .result
        .expect("type");
    assert_eq!(global.body["AutoRestart"], "System.Boolean");
    assert_eq!(global.body["WebLimiterDelay"], "System.UInt16");
    assert_eq!(global.body["LicenseID"], "System.Nullable`1[System.Guid]");
    assert_eq!(
        global.body["IPCPassword"], "System.String",
        "secrets are listed"
    );
    assert_eq!(
        global.body["Blacklist"],
        "System.Collections.Immutable.ImmutableHashSet`1[System.UInt32]"
    );
    assert_eq!(
        global.body["UpdateChannel"],
        "ArchiSteamFarm.Storage.GlobalConfig+EUpdateChannel"
    );
    assert!(!global.body.contains_key("s_SteamOwnerID"));
    assert_eq!(
        global.properties.base_type.as_deref(),
        Some("System.Object")
    );

    // Raw, as ASF-ui encodes the names.
    let bot = t
        .request(
            Method::GET,
            "/api/type/ArchiSteamFarm.Steam.Storage.BotConfig",
        )
        .expect(200)
        .await;
    assert_eq!(
        bot["Result"]["Body"]["SteamUserPermissions"],
        "System.Collections.Immutable.ImmutableDictionary`2[System.UInt64][ArchiSteamFarm.Steam.Storage.BotConfig+EAccess]"
    );
    assert_eq!(
        bot["Result"]["Body"]["FarmingOrders"],
        "System.Collections.Immutable.ImmutableList`1[ArchiSteamFarm.Steam.Storage.BotConfig+EFarmingOrder]"
    );
    let flags = t
        .request(
            Method::GET,
            "/api/type/ArchiSteamFarm.Steam.Storage.BotConfig%2BEFarmingPreferences",
        )
        .expect(200)
        .await;
    assert_eq!(flags["Result"]["Body"]["All"], "383");
    assert_eq!(
        flags["Result"]["Properties"]["UnderlyingType"],
        "System.UInt16"
    );
    assert_eq!(
        flags["Result"]["Properties"]["CustomAttributes"],
        json!(["System.FlagsAttribute"])
    );
    let (_, plain) = t
        .call(Method::GET, "/api/type/SteamKit2.EPersonaState", None)
        .await;
    assert_eq!(plain["Result"]["Body"]["Online"], "1");
    assert_eq!(
        plain["Result"]["Properties"]["CustomAttributes"],
        Value::Null
    );
    assert_eq!(
        plain["Result"]["Properties"]["UnderlyingType"],
        "System.Int32"
    );
}

/// `IPC/Controllers/Api/TypeController.cs`: every type name the config editors meet is
/// answered.
#[tokio::test]
async fn every_type_the_config_editors_meet_is_answered() {
    let t = TestServer::start().await;
    for config in [
        "ArchiSteamFarm.Storage.GlobalConfig",
        "ArchiSteamFarm.Steam.Storage.BotConfig",
    ] {
        let (_, info) = t
            .call(Method::GET, &format!("/Api/Type/{config}"), None)
            .await;
        for (_, name) in info["Result"]["Body"].as_object().expect("body") {
            let name = name.as_str().expect("name");
            let inner = name
                .rsplit('[')
                .next()
                .unwrap_or(name)
                .trim_end_matches(']');
            if inner.starts_with("System.") {
                continue;
            }
            let (status, _) = t
                .call(
                    Method::GET,
                    &format!("/Api/Type/{}", inner.replace('+', "%2B")),
                    None,
                )
                .await;
            assert_eq!(status, 200, "{inner}");
        }
    }
}

/// `IPC/Controllers/Api/StructureController.cs`: the configs' defaults, secrets left out; an
/// unknown type is invalid for both routes.
#[tokio::test]
async fn structures_for_config_editors() {
    let t = TestServer::start().await;
    let structure = t
        .request(
            Method::GET,
            "/Api/Structure/ArchiSteamFarm.Steam.Storage.BotConfig",
        )
        .expect(200)
        .await;
    assert_eq!(structure["Result"]["LootableTypes"], json!([1, 3, 5]));
    assert_eq!(structure["Result"]["s_SteamMasterClanID"], "0");
    assert!(structure["Result"].get("SteamPassword").is_none());
    let (_, structure) = t
        .call(
            Method::GET,
            "/Api/Structure/ArchiSteamFarm.Storage.GlobalConfig",
            None,
        )
        .await;
    assert_eq!(structure["Result"]["IPC"], true);
    assert_eq!(structure["Result"]["WebLimiterDelay"], 300);

    for path in ["/Api/Type/System.Nope", "/Api/Structure/System.Nope"] {
        let body = t.request(Method::GET, path).expect(400).await;
        assert_eq!(
            body,
            json!({"Message": "System.Nope is invalid!", "Success": false})
        );
    }
}

/// The served document carries the currency names ASF-ui formats wallets with.
#[tokio::test]
async fn the_document_names_the_currencies() {
    let t = TestServer::start().await;
    let doc = t
        .request(Method::GET, "/swagger/ASF/swagger.json")
        .expect(200)
        .await;
    assert_eq!(
        doc["components"]["schemas"]["ECurrencyCode"]["x-definition"]["EUR"],
        3
    );
    assert!(
        doc["components"]["schemas"]["Bot"]["properties"]["WalletCurrency"]
            .to_string()
            .contains("ECurrencyCode")
    );
}

/// Pins the DataAnnotations attributes of `ArchiSteamFarm/Storage/GlobalConfig.cs`,
/// `ArchiSteamFarm/Steam/Storage/BotConfig.cs` and `ArchiSteamFarm/IPC/Requests/*.cs`
/// (`[Range]`, `[MinLength]`, `[MaxLength]`, `[Required]`), which ASP.NET's model validation
/// checks before ASF's controller runs: DataAnnotations' wording, every failure in the order
/// of the properties, joined by a space; nothing is written.
#[tokio::test]
async fn model_validation_answers_in_data_annotations_wording() {
    let t = TestServer::start_with(write_global_config(json!({}))).await;
    let before = t.config_file("ASF.json");
    for (path, body, message) in [
        (
            "/Api/ASF",
            json!({"GlobalConfig": {"ConnectionTimeout": 0}}),
            "The field ConnectionTimeout must be between 1 and 255.",
        ),
        (
            "/Api/ASF",
            json!({"GlobalConfig": {"MaxFarmingTime": 0, "FarmingDelay": 0,
                "SteamMessagePrefix": "\u{1F600}".repeat(194)}}),
            "The field FarmingDelay must be between 1 and 255. The field MaxFarmingTime must be \
             between 1 and 255. The field SteamMessagePrefix must be a string or array type with a \
             maximum length of '386'.",
        ),
        (
            "/Api/Bot/New",
            json!({"BotConfig": {"SteamTradeToken": "123456789", "SteamParentalCode": "123",
                "GamesPlayedWhileIdle": (1..=33).collect::<Vec<u32>>()}}),
            "The field GamesPlayedWhileIdle must be a string or array type with a maximum length \
             of '32'. The field SteamParentalCode must be a string or array type with a minimum \
             length of '4'. The field SteamTradeToken must be a string or array type with a \
             maximum length of '8'.",
        ),
        (
            "/Api/Command",
            json!({"Command": " \t"}),
            "The Command field is required.",
        ),
        (
            "/Api/ASF/Hash",
            json!({"HashingMethod": 0, "StringToHash": ""}),
            "The StringToHash field is required.",
        ),
        (
            "/Api/ASF/Encrypt",
            json!({"CryptoMethod": 0, "StringToEncrypt": " "}),
            "The StringToEncrypt field is required.",
        ),
        (
            "/Api/Bot/New/Rename",
            json!({"NewName": ""}),
            "The NewName field is required.",
        ),
        (
            "/Api/Bot/New/Input",
            json!({"Type": 0, "Value": ""}),
            "The Value field is required.",
        ),
        (
            "/Api/ASF",
            json!({"GlobalConfig": null}),
            "The GlobalConfig field is required.",
        ),
        (
            "/Api/Command",
            json!({"command": null}),
            "The Command field is required.",
        ),
        (
            "/Api/Bot/New/Redeem",
            json!({"KeysToRedeem": null}),
            "The KeysToRedeem field is required.",
        ),
    ] {
        assert_eq!(
            t.call(Method::POST, path, Some(body.clone())).await,
            (400, json!({"Message": message, "Success": false})),
            "{path} {body}"
        );
    }
    assert_eq!(t.config_file("ASF.json"), before);
    assert!(!t.dir.path().join("config/New.json").exists());
    // A prefix of 386 UTF-16 units passes; ASF's own validation comes after the attributes.
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/ASF",
            Some(
                json!({"GlobalConfig": {"SteamMessagePrefix": "x".repeat(386),
                "SteamOwnerID": 5}}),
            ),
        )
        .await;
    assert_eq!(
        (status, &body["Message"]),
        (
            400,
            &json!("Configured SteamOwnerID property is invalid: 5")
        )
    );
}

/// Pins `ArchiSteamFarm/Steam/Storage/BotConfig.cs` and `ArchiSteamFarm/Storage/GlobalConfig.cs`
/// (`Write` serialises with `JsonUtilities`' indented options, whose encoder is
/// `JavaScriptEncoder.UnsafeRelaxedJsonEscaping`): the written files keep most non-ASCII and
/// HTML's characters as they are and escape what that encoder escapes, hex in upper case.
#[tokio::test]
async fn written_configs_are_escaped_as_asf_s_serializer_escapes() {
    let t = TestServer::start_with(write_global_config(json!({}))).await;
    let value = "é<&>+ \u{1F600}\u{a0}\u{2028}\u{e000}\u{7f}";
    let written = "é<&>+ \\uD83D\\uDE00\\u00A0\\u2028\\uE000\\u007F";
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Escaped",
            Some(json!({"BotConfig": {"SteamLogin": value}})),
        )
        .await;
    assert_eq!(status, 200);
    let file = t.config_file("Escaped.json");
    assert!(
        file.contains(&format!("\"SteamLogin\": \"{written}\"")),
        "{file}"
    );
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/ASF",
            Some(json!({"GlobalConfig": {"SteamMessagePrefix": value}})),
        )
        .await;
    assert_eq!(status, 200);
    let file = t.config_file("ASF.json");
    assert!(
        file.contains(&format!("\"SteamMessagePrefix\": \"{written}\"")),
        "{file}"
    );
}

/// Files that hold passwords and tokens are written for their owner alone, whatever the
/// service's umask; a mode the operator gave an existing file survives the next save. (ASF
/// writes with .NET's default, 0666 less the umask: a deliberate difference.)
#[tokio::test]
async fn written_files_are_the_owners_alone_and_keep_an_operators_mode() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestServer::start().await;
    let create = json!({"BotConfig": {"SteamLogin": "owner", "SteamPassword": "hunter2"}});
    let _ = t
        .request(Method::POST, "/Api/Bot/Owner")
        .json(&create)
        .expect(200)
        .await;
    assert_eq!(mode_of(&t.dir.path().join("config/Owner.json")), 0o600);
    wait_for(5, "the new bot's database", || async {
        t.dir.path().join("config/Owner.db").exists().then_some(())
    })
    .await;
    assert_eq!(mode_of(&t.dir.path().join("config/Owner.db")), 0o600);
    let _ = t
        .request(Method::POST, "/Api/Storage/asfui-settings")
        .json(&json!({"theme": "dark"}))
        .expect(200)
        .await;
    assert_eq!(mode_of(&t.dir.path().join("config/ASF.db")), 0o600);

    let path = t.dir.path().join("config/Owner.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let _ = t
        .request(Method::POST, "/Api/Bot/Owner")
        .json(&json!({"BotConfig": {"SteamLogin": "owner2"}}))
        .expect(200)
        .await;
    wait_for(5, "the second save", || async {
        t.config_file("Owner.json").contains("owner2").then_some(())
    })
    .await;
    assert_eq!(mode_of(&t.dir.path().join("config/Owner.json")), 0o640);
}

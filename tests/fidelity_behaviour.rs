//! Behaviour that follows a line-by-line reading of ASF's source: each test names the ASF file
//! whose behaviour it pins. Calls go through the generated client wherever the route allows;
//! raw HTTP only where the bytes themselves are the point (which keys an answer has, member
//! order in a body).

use asf_ipc_test_support as common;

use std::time::{Duration, Instant};

use asf_ipc_generated::Error as ClientError;
use asf_ipc_generated::types;
use common::{
    TestServer, farming_bot, http, import_authenticator, online, send_command, wait_for, write_bot,
};
use reqwest::Method;
use serde_json::{Value, json};

/// The generated client's 4xx/5xx as (status, ASF's message).
fn refusal<T: std::fmt::Debug>(result: Result<T, ClientError<types::AsfError>>) -> (u16, String) {
    match result {
        Err(ClientError::ErrorResponse(response)) => {
            (response.status().as_u16(), response.into_inner().message)
        }
        other => panic!("expected ASF's error envelope, got {other:?}"),
    }
}

fn from_json<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("a body of the generated client's type")
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/ASFController.cs` (`UpdatePost`),
/// `ArchiSteamFarm/Steam/Interaction/Actions.cs` (`Update`: `SharedInfo.Version >= newVersion`
/// with no newer version is true, so the message is `V<version> ≥ V`) and
/// `ArchiSteamFarm/Steam/Interaction/Commands.cs` (`ResponseUpdate`).
#[tokio::test]
async fn update_on_a_build_that_cannot_update() {
    // Commands need a bot to exist, as in ASF.
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Main", json!({}))).await;
    let client = t.client();
    let update = client
        .asf_update_post()
        .body(types::UpdateRequest::default())
        .send()
        .await
        .expect("POST /Api/ASF/Update")
        .into_inner();
    assert!(!update.success);
    assert_eq!(update.message, "V6.3.9.6 ≥ V");
    assert_eq!(update.result, None);
    let stable: types::UpdateRequest = from_json(json!({"Channel": 1, "Forced": true}));
    let update = client
        .asf_update_post()
        .body(stable)
        .send()
        .await
        .expect("POST /Api/ASF/Update")
        .into_inner();
    assert_eq!(
        (update.success, update.message.as_str()),
        (false, "V6.3.9.6 ≥ V")
    );

    for (command, answer) in [
        ("update", "<ASF> Failed! V6.3.9.6 ≥ V"),
        ("update stable!", "<ASF> Failed! V6.3.9.6 ≥ V"),
        ("update none", "<ASF> channelText is invalid!"),
    ] {
        let response = send_command(&client, command).await;
        assert_eq!(response.result.as_deref(), Some(answer), "{command}");
    }
}

/// Pins `ArchiSteamFarm/Steam/Storage/BotConfig.cs` and `ArchiSteamFarm/Storage/GlobalConfig.cs`
/// (`CheckValidation`: `{1}` is the enum value as .NET prints it, or the `FormatException`'s
/// message) as `ArchiSteamFarm/IPC/Controllers/Api/BotController.cs` and `ASFController.cs`
/// answer them.
#[tokio::test]
async fn validation_messages_print_what_dotnet_prints() {
    let t = TestServer::start().await;
    let client = t.client();
    let index_out_of_range = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.";
    for (config, message) in [
        (
            json!({"CompleteTypesToSend": [1]}),
            "Configured CompleteTypesToSend property is invalid: BoosterPack".to_string(),
        ),
        (
            json!({"GamingDeviceType": 0}),
            "Configured GamingDeviceType property is invalid: Unknown".to_string(),
        ),
        (
            json!({"UserInterfaceMode": -1}),
            "Configured UserInterfaceMode property is invalid: Unknown".to_string(),
        ),
        (
            json!({"LootableTypes": [77]}),
            "Configured LootableTypes property is invalid: 77".to_string(),
        ),
        (
            json!({"CustomGamePlayedWhileFarming": "{0} ({2})"}),
            format!("Configured CustomGamePlayedWhileFarming property is invalid: {index_out_of_range}"),
        ),
        (
            json!({"MachineName": "{0} on {1"}),
            "Configured MachineName property is invalid: Input string was not in a correct format. Failure to parse near offset 9. Format item ends prematurely.".to_string(),
        ),
        (
            json!({"MachineName": "PC } {0}"}),
            "Configured MachineName property is invalid: Input string was not in a correct format. Failure to parse near offset 4. Unexpected closing brace without a corresponding opening brace.".to_string(),
        ),
    ] {
        let result = client
            .bot_post()
            .bot_names("Checked")
            .body(types::BotRequest {
                bot_config: from_json(config.clone()),
            })
            .send()
            .await;
        assert_eq!(refusal(result), (400, message), "{config}");
    }
    assert!(!t.dir.path().join("config/Checked.json").exists());

    let global: types::AsfRequest =
        from_json(json!({"GlobalConfig": {"SteamProtocols": 3, "OptimizationMode": 9}}));
    let result = client.asf_post().body(global).send().await;
    assert_eq!(
        refusal(result),
        (
            400,
            "Configured OptimizationMode property is invalid: 9".to_string()
        )
    );
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/TwoFactorAuthenticationController.cs` (`Post`
/// imports without looking at the secrets), `ArchiSteamFarm/Steam/Security/MobileAuthenticator.cs`
/// (`GenerateTokenForTime` and `GenerateConfirmationHash` fail on a secret that is not base64)
/// and `ArchiSteamFarm/Steam/Interaction/Actions.cs` (how those failures are reported).
#[tokio::test]
async fn two_factor_secrets_are_taken_as_they_are_and_fail_where_used() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Odd", farming_bot("odd"))).await;
    online(&t, "Odd").await;
    let client = t.client();
    let imported = client
        .two_factor_authentication_post()
        .bot_names("Odd")
        .body(types::MobileAuthenticator {
            shared_secret: "not base64!".into(),
            identity_secret: "%%%".into(),
        })
        .send()
        .await
        .expect("import")
        .into_inner();
    assert!(imported.success);
    assert!(imported.result.expect("per bot")["Odd"].success);

    let token = client
        .two_factor_authentication_token_get()
        .bot_names("Odd")
        .send()
        .await
        .expect("token")
        .into_inner();
    let odd = &token.result.expect("per bot")["Odd"];
    assert_eq!(
        (odd.success, odd.message.as_str(), odd.result.as_deref()),
        (false, "Failed!", None)
    );

    let pending = client
        .two_factor_authentication_confirmations_get()
        .bot_names("Odd")
        .send()
        .await
        .expect("confirmations")
        .into_inner();
    let odd = &pending.result.expect("per bot")["Odd"];
    assert_eq!((odd.success, odd.message.as_str()), (false, "Failed!"));
    assert_eq!(odd.result, None);

    let handled = client
        .two_factor_authentication_confirmations_post()
        .bot_names("Odd")
        .body(types::TwoFactorAuthenticationConfirmationsRequest {
            accept: true,
            accepted_creator_i_ds: Vec::new(),
            accepted_type: None,
            s_accepted_creator_i_ds: Vec::new(),
            wait_if_needed: false,
        })
        .send()
        .await
        .expect("handle")
        .into_inner();
    let odd = &handled.result.expect("per bot")["Odd"];
    assert_eq!(
        (odd.success, odd.message.as_str()),
        (false, "Request failed after 5 attempts!")
    );

    for (command, answer) in [
        ("2fa Odd", "<Odd> Failed due to error: Failed!"),
        (
            "2faok Odd",
            "<Odd> Failed due to error: Request failed after 5 attempts!",
        ),
    ] {
        let response = send_command(&client, command).await;
        assert_eq!(response.result.as_deref(), Some(answer));
    }
    wait_for(5, "the failures in the log", || async {
        let log = t.log_text();
        (log.contains("|ERROR|Odd|GenerateTokenForTime() SharedSecret is invalid!")
            && log.contains("|ERROR|Odd|GenerateConfirmationHash() IdentitySecret is invalid!"))
        .then_some(())
    })
    .await;
}

/// The confirmations of `bot` as (creator, id) pairs.
async fn pending(client: &asf_ipc_client::AsfClient, bot: &str) -> Vec<(u64, u64)> {
    let answer = client
        .two_factor_authentication_confirmations_get()
        .bot_names(bot)
        .send()
        .await
        .expect("GET confirmations")
        .into_inner();
    answer.result.expect("per bot")[bot]
        .result
        .clone()
        .expect("a list")
        .iter()
        .map(|c| {
            (
                c.creator_id.parse().expect("creator"),
                c.id.parse().expect("id"),
            )
        })
        .collect()
}

fn handle(creators: &[u64], wait: bool) -> types::TwoFactorAuthenticationConfirmationsRequest {
    types::TwoFactorAuthenticationConfirmationsRequest {
        accept: true,
        accepted_creator_i_ds: creators.to_vec(),
        accepted_type: None,
        s_accepted_creator_i_ds: Vec::new(),
        wait_if_needed: wait,
    }
}

/// `names`, online, each with ASF 2FA imported.
async fn start_with_2fa(names: &[&str]) -> TestServer {
    let t = TestServer::start_with_bots(|dir| {
        for name in names {
            write_bot(dir, name, farming_bot(&name.to_lowercase()));
        }
    })
    .await;
    let client = t.client();
    for name in names {
        online(&t, name).await;
        import_authenticator(&client, name).await;
    }
    t
}

/// `bot`'s answer to a confirmations request, through the generated client.
async fn post_confirmations(
    client: &asf_ipc_client::AsfClient,
    bot: &str,
    body: types::TwoFactorAuthenticationConfirmationsRequest,
) -> types::GenericResponseArrayOfConfirmation {
    let answer = client
        .two_factor_authentication_confirmations_post()
        .bot_names(bot)
        .body(body)
        .send()
        .await
        .expect("POST confirmations")
        .into_inner();
    answer.result.expect("per bot")[bot].clone()
}

/// `Ann`'s answer to a confirmations body sent as text (member order is the point, and a JSON
/// value would sort its keys): the status and the body.
async fn post_ann_confirmations_text(t: &TestServer, body: String) -> (u16, Value) {
    let response = t
        .post_json_bytes("/Api/Bot/Ann/TwoFactorAuthentication/Confirmations", body)
        .await;
    let status = response.status().as_u16();
    (status, response.json::<Value>().await.expect("JSON"))
}

/// A creator no confirmation has.
const MISSING_CREATOR: u64 = 999_999_999_999;

/// Pins `ArchiSteamFarm/Steam/Interaction/Actions.cs` (`HandleTwoFactorAuthenticationConfirmations`:
/// up to five tries a second apart with `WaitIfNeeded`, a failure when they run out, `null`
/// without a handled confirmation).
#[tokio::test]
async fn confirmations_wait_and_report_as_asf() {
    let t = start_with_2fa(&["Ann", "Ben", "Cid", "Dee"]).await;
    let client = t.client();
    let missing = MISSING_CREATOR;
    let post = |bot, body| post_confirmations(&client, bot, body);

    // Nothing handled: a success without a result.
    let none = post("Ann", handle(&[missing], false)).await;
    assert_eq!(
        (none.success, none.message.as_str(), none.result),
        (true, "Successfully handled 0 confirmations!", None)
    );

    // WaitIfNeeded asks five times, a second apart, for creators that never come.
    let ben = pending(&client, "Ben").await;
    let started = Instant::now();
    let (partly, never) = tokio::join!(
        post("Ben", handle(&[ben[0].0, missing], true)),
        post("Cid", handle(&[missing], true)),
    );
    assert!(
        started.elapsed() >= Duration::from_millis(3900),
        "four pauses of a second: {:?}",
        started.elapsed()
    );
    assert_eq!(
        (partly.success, partly.message.as_str()),
        (false, "Successfully handled 1 confirmations!")
    );
    let handled = partly.result.expect("the one handled");
    assert_eq!(handled.len(), 1);
    assert_eq!(handled[0].creator_id, ben[0].0.to_string());
    assert_eq!(
        (never.success, never.message.as_str(), never.result),
        (false, "Request failed after 5 attempts!", None)
    );
    // Without WaitIfNeeded the same request is one try, and a success.
    let dee = pending(&client, "Dee").await;
    let started = Instant::now();
    let once = post("Dee", handle(&[dee[0].0, missing], false)).await;
    assert!(started.elapsed() < Duration::from_millis(900));
    assert_eq!(
        (once.success, once.message.as_str()),
        (true, "Successfully handled 1 confirmations!")
    );
}

/// Pins `ArchiSteamFarm/IPC/Requests/TwoFactorAuthenticationConfirmationsRequest.cs`:
/// `s_AcceptedCreatorIDs` replaces `AcceptedCreatorIDs`, whichever comes last.
#[tokio::test]
async fn accepted_creator_ids_are_replaced_as_asf_does() {
    let t = start_with_2fa(&["Ann"]).await;
    let client = t.client();
    let post = |bot, body| post_confirmations(&client, bot, body);
    let raw = |body: String| post_ann_confirmations_text(&t, body);
    // s_AcceptedCreatorIDs replaces AcceptedCreatorIDs (the generated client sends it last).
    let ann = pending(&client, "Ann").await;
    assert_eq!(ann.len(), 3);
    let replaced = post(
        "Ann",
        types::TwoFactorAuthenticationConfirmationsRequest {
            s_accepted_creator_i_ds: vec![ann[1].0.to_string()],
            ..handle(&[ann[0].0], false)
        },
    )
    .await;
    let handled = replaced.result.expect("handled");
    assert_eq!(handled.len(), 1);
    assert_eq!(handled[0].creator_id, ann[1].0.to_string());
    // In the other order the numeric list wins; a list with an entry that is not a non-zero
    // number changes nothing.
    let (_, answer) = raw(format!(
        r#"{{"Accept": true, "s_AcceptedCreatorIDs": ["{}"], "AcceptedCreatorIDs": [{}]}}"#,
        ann[0].0, ann[2].0
    ))
    .await;
    assert_eq!(
        answer["Result"]["Ann"]["Result"][0]["creator_id"],
        ann[2].0.to_string(),
        "{answer}"
    );
    let (_, answer) = raw(format!(
        r#"{{"Accept": true, "AcceptedCreatorIDs": [{}], "s_AcceptedCreatorIDs": ["{}", "0"]}}"#,
        ann[0].0, ann[0].0
    ))
    .await;
    assert_eq!(
        answer["Result"]["Ann"]["Result"][0]["creator_id"],
        ann[0].0.to_string(),
        "{answer}"
    );
    assert_eq!(pending(&client, "Ann").await, Vec::new());
    wait_for(5, "the ignored list in the log", || async {
        t.log_text()
            .contains("|ERROR|ASF|SAcceptedCreatorIDs() SAcceptedCreatorIDs is invalid!")
            .then_some(())
    })
    .await;
}

/// Pins `ArchiSteamFarm/IPC/Requests/TwoFactorAuthenticationConfirmationsRequest.cs`: neither
/// creator list may be `null`, and `Accept` is required.
#[tokio::test]
async fn null_creator_lists_are_refused() {
    let t = start_with_2fa(&["Ann"]).await;
    for body in [
        json!({"Accept": true, "AcceptedCreatorIDs": null}),
        json!({"Accept": true, "s_AcceptedCreatorIDs": null}),
        json!({"AcceptedCreatorIDs": [1]}),
    ] {
        let (status, answer) = post_ann_confirmations_text(&t, body.to_string()).await;
        assert_eq!(status, 400, "{body}: {answer}");
        assert_eq!(answer["Success"], false);
    }
}

/// A bigger confirmations body costs proportionally more, never disproportionately.
#[tokio::test]
async fn confirmations_body_cost_grows_linearly() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Big", farming_bot("big"))).await;
    online(&t, "Big").await;
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Big/TwoFactorAuthentication",
            Some(json!({"shared_secret": "KDHC3rsY8+CmiswnXJcE5e5dRfd=", "identity_secret": "qrg+wW8/u/TDt2i/+FQuPhuVrmY="})),
        )
        .await;
    assert_eq!(status, 200);
    let body = |count: u64| {
        let ids: Vec<String> = (1..=count)
            .map(|i| (1_000_000_000_000 + i).to_string())
            .collect();
        json!({"Accept": false, "s_AcceptedCreatorIDs": ids}).to_string()
    };
    let (small, large) = (body(20_000), body(200_000));
    let cost = |body: String| async {
        let response = t
            .post_json_bytes("/Api/Bot/Big/TwoFactorAuthentication/Confirmations", body)
            .await;
        assert_eq!(response.status(), 200);
    };
    let (ratio, best) = common::cost::ratio(small, large, cost).await;
    assert!(ratio < 30.0, "10x the IDs cost {ratio:.1}x ({best:?})");
}

/// Pins `ArchiSteamFarm/IPC/Responses/GenericResponse.cs`: only `GenericResponse<T>` has a
/// `Result` property, so ASF's plain refusals (`BadRequest(new GenericResponse(false, …))` in
/// `ArchiSteamFarm/IPC/Controllers/Api/BotController.cs`) have no `Result` key, while
/// `ArchiSteamFarm/IPC/Controllers/Api/TwoFactorAuthenticationController.cs` refuses unknown
/// bots with a generic response, `"Result": null`.
#[tokio::test]
async fn result_key_only_where_asf_response_type_has_it() {
    let t = TestServer::start().await;
    let (status, answer) = t.call(Method::POST, "/Api/Bot/nobody/Start", None).await;
    assert_eq!(
        (status, answer),
        (
            400,
            json!({"Message": "Couldn't find any bot named nobody!", "Success": false})
        )
    );
    let (status, answer) = t.call(Method::GET, "/Api/NLog/File?count=0", None).await;
    assert_eq!(
        (status, answer),
        (
            400,
            json!({"Message": "count is invalid!", "Success": false})
        )
    );
    let (status, answer) = t
        .call(Method::POST, "/Api/Command", Some(json!({"Command": ""})))
        .await;
    assert_eq!(status, 400);
    assert!(answer.get("Result").is_none(), "{answer}");
    for path in [
        "/Api/Bot/nobody/TwoFactorAuthentication/Token",
        "/Api/Bot/nobody/TwoFactorAuthentication/Confirmations",
    ] {
        let (status, answer) = t.call(Method::GET, path, None).await;
        assert_eq!(
            (status, answer),
            (
                400,
                json!({"Result": null, "Message": "Couldn't find any bot named nobody!", "Success": false})
            ),
            "{path}"
        );
    }
    // The generated client reads both shapes.
    let refused = t.client().bot_start_post().bot_names("nobody").send().await;
    assert_eq!(
        refusal(refused),
        (400, "Couldn't find any bot named nobody!".to_string())
    );
    let refused = t
        .client()
        .two_factor_authentication_token_get()
        .bot_names("nobody")
        .send()
        .await;
    assert_eq!(
        refusal(refused),
        (400, "Couldn't find any bot named nobody!".to_string())
    );
}

/// Pins `ArchiSteamFarm/Steam/Storage/BotConfig.cs` and `ArchiSteamFarm/Storage/GlobalConfig.cs`:
/// the `*Types` sets, `Blacklist` and `PluginsUpdateList` are `ImmutableHashSet`s, which fold a
/// repeated item silently.
#[tokio::test]
async fn sets_fold_repeated_items() {
    let t = TestServer::start().await;
    let client = t.client();
    let created = client
        .bot_post()
        .bot_names("Sets")
        .body(types::BotRequest {
            bot_config: from_json(json!({
                "TransferableTypes": [5, 1, 5, 1],
                "CompleteTypesToSend": [3, 3],
                "LootableTypes": [1, 1],
                "MatchableTypes": [5, 5, 5],
            })),
        })
        .send()
        .await
        .expect("POST /Api/Bot/Sets")
        .into_inner();
    assert!(created.success);
    let file: Value = serde_json::from_slice(
        &std::fs::read(t.dir.path().join("config/Sets.json")).expect("Sets.json"),
    )
    .expect("JSON");
    let mut transferable: Vec<i64> = file["TransferableTypes"]
        .as_array()
        .expect("written")
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    transferable.sort_unstable();
    assert_eq!(transferable, [1, 5]);
    assert_eq!(file["CompleteTypesToSend"], json!([3]));
    assert_eq!(file["LootableTypes"], json!([1]));
    assert!(file.get("MatchableTypes").is_none(), "[5] is the default");

    let global: types::AsfRequest = from_json(json!({"GlobalConfig": {
        "Blacklist": [440, 440, 730],
        "PluginsUpdateList": ["Plugin", "Plugin"],
    }}));
    let saved = client
        .asf_post()
        .body(global)
        .send()
        .await
        .expect("POST /Api/ASF")
        .into_inner();
    assert!(saved.success);
    let file: Value = serde_json::from_slice(
        &std::fs::read(t.dir.path().join("config/ASF.json")).expect("ASF.json"),
    )
    .expect("JSON");
    assert_eq!(
        file["Blacklist"].as_array().map(Vec::len),
        Some(2),
        "{file}"
    );
    assert_eq!(file["PluginsUpdateList"], json!(["Plugin"]));

    // The document describes them as plain arrays, as ASF's does.
    let document =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/asf.json"))
            .expect("document");
    assert!(!document.contains("uniqueItems"));
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/IPCBansController.cs` (`DeleteSpecific` reads the
/// address with `IPAddress.TryParse`, which takes every IPv4 form .NET knows and bracketed
/// IPv6 with a port).
#[tokio::test]
async fn ban_removal_reads_addresses_as_dotnet() {
    const PASSWORD: &str = "ban-test";
    let t = TestServer::start_with_config(json!({"IPCPassword": PASSWORD})).await;
    let client = asf_ipc_client::AsfClient::builder(t.base())
        .password(PASSWORD)
        .build()
        .expect("client");
    let (t, client) = (&t, &client);
    // Requests from loopback may say whom they forward; five wrong passwords ban that address.
    let ban = move |ip: &'static str| async move {
        for _ in 0..5 {
            http()
                .get(t.url("/Api/ASF"))
                .header("Authentication", "wrong")
                .header("X-Forwarded-For", ip)
                .send()
                .await
                .expect("GET");
        }
    };
    let banned = move || async move {
        client
            .ipc_bans_get()
            .send()
            .await
            .expect("GET bans")
            .into_inner()
            .result
            .expect("bans")
    };
    for (address, written) in [
        ("10.0.0.1", "10.1"),
        ("10.0.0.1", "167772161"),
        ("10.0.0.1", "0xa.0.0.01"),
        ("10.1.0.2", "10.1.2"),
        ("2001:db8::7", "[2001:db8::7]:1242"),
    ] {
        ban(address).await;
        assert!(banned().await.contains(&address.to_string()), "{address}");
        let lifted = client
            .ipc_bans_delete_specific()
            .ip_address(written)
            .send()
            .await
            .unwrap_or_else(|e| panic!("DELETE /Api/IPC/Bans/{written}: {e}"))
            .into_inner();
        assert!(lifted.success, "{written}");
        assert!(banned().await.is_empty(), "{written}");
    }
    for written in ["10.0.0.256", "1.2.3.4.5", " 10.1", "08", "[::1"] {
        let refused = client
            .ipc_bans_delete_specific()
            .ip_address(written)
            .send()
            .await;
        assert_eq!(
            refusal(refused),
            (400, "ipAddress is invalid!".to_string()),
            "{written:?}"
        );
    }
}

/// Pins `ArchiSteamFarm/Steam/Bot.cs` (`GetBots`: `r!` compiles a .NET `Regex`, so lookaround
/// and backreferences work; a match that runs out of time ends the walk without failing the
/// request).
#[tokio::test]
async fn regex_selectors_accept_dotnet_syntax() {
    let names = ["abba", "abc", "xyzx", &"a".repeat(40)];
    let t = TestServer::start_with_bots(|dir| {
        for name in names {
            write_bot(dir, name, json!({}));
        }
    })
    .await;
    let client = t.client();
    let select = |selector: &'static str| {
        let client = client.clone();
        async move {
            let bots = client
                .bot_get()
                .bot_names(selector)
                .send()
                .await
                .unwrap_or_else(|e| panic!("GET /Api/Bot/{selector}: {e}"))
                .into_inner()
                .result
                .expect("bots");
            let mut names: Vec<String> = bots.into_keys().collect();
            names.sort();
            names
        }
    };
    // A backslash cannot travel in a path parameter of the generated client (the URL parser
    // turns it into `/`), so backreferences go as raw HTTP, percent-encoded.
    let (status, answer) = t.call(Method::GET, "/Api/Bot/r!%5E(.).*%5C1$", None).await;
    assert_eq!(status, 200);
    let mut matched: Vec<&String> = answer["Result"].as_object().expect("bots").keys().collect();
    matched.sort();
    assert_eq!(matched, [names[3], "abba", "xyzx"]);
    assert_eq!(select("r!^(?!a)").await, ["xyzx"]);
    assert_eq!(select("r!(?<=b)c$").await, ["abc"]);
    assert_eq!(select("r!^a[bc]+a?$").await, ["abba", "abc"]);
    // Catastrophic backtracking hits the step limit: no match, and the request still answers.
    let started = Instant::now();
    assert_eq!(select("r!^(a|a)*(?=a)(a|a)*b$").await, Vec::<String>::new());
    assert!(started.elapsed() < Duration::from_secs(5));
    wait_for(5, "the step limit in the log", || async {
        t.log_text()
            .contains("|WARN|ASF|GetBots() The pattern needs too many backtracking steps")
            .then_some(())
    })
    .await;
    let refused = client.bot_start_post().bot_names("r!(?<=").send().await;
    assert_eq!(refusal(refused).0, 400);
}

/// Reading a format property costs in proportion to its length: ten times the text, about ten
/// times the time (the refusal comes from its very end, so all of it is read).
#[tokio::test]
async fn format_property_cost_grows_linearly() {
    let t = TestServer::start().await;
    let body = |items: usize| {
        let format = format!("{}}}x", "{0} ".repeat(items));
        json!({"BotConfig": {"MachineName": format}}).to_string()
    };
    let (small, large) = (body(50_000), body(500_000));
    let cost =
        |body: String| async {
            let response = t.post_json_bytes("/Api/Bot/Formats", body).await;
            assert_eq!(response.status(), 400);
            let answer: Value = response.json().await.expect("JSON");
            assert!(
                answer["Message"].as_str().is_some_and(|m| m
                    .ends_with("Unexpected closing brace without a corresponding opening brace.")),
                "{answer}"
            );
        };
    let (ratio, best) = common::cost::ratio(small, large, cost).await;
    assert!(ratio < 30.0, "10x the text cost {ratio:.1}x ({best:?})");
}

/// Pins `ArchiSteamFarm/Steam/Bot.cs` (`TryImportAuthenticator` refuses a bot that has one):
/// twenty imports at once, usable secrets or not, leave exactly one authenticator, and the
/// token comes from the one that won.
#[tokio::test]
async fn parallel_imports_leave_one_authenticator() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Race", json!({}))).await;
    let client = t.client();
    let secrets: Vec<String> = (0..20u8)
        .map(|i| match i % 2 {
            0 => format!(
                "{}=",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZa".replace('A', &char::from(b'A' + i).to_string())
            ),
            _ => format!("not base64 {i}"),
        })
        .collect();
    let imports = secrets.iter().map(|secret| {
        let client = client.clone();
        let secret = secret.clone();
        async move {
            let answer = client
                .two_factor_authentication_post()
                .bot_names("Race")
                .body(types::MobileAuthenticator {
                    shared_secret: secret.clone(),
                    identity_secret: "qrg+wW8/u/TDt2i/+FQuPhuVrmY=".into(),
                })
                .send()
                .await
                .expect("import")
                .into_inner();
            (answer.result.expect("per bot")["Race"].success, secret)
        }
    });
    let outcomes = futures::future::join_all(imports).await;
    let winners: Vec<&String> = outcomes
        .iter()
        .filter(|(ok, _)| *ok)
        .map(|(_, s)| s)
        .collect();
    assert_eq!(winners.len(), 1, "{outcomes:?}");
    let token = client
        .two_factor_authentication_token_get()
        .bot_names("Race")
        .send()
        .await
        .expect("token")
        .into_inner();
    let race = &token.result.expect("per bot")["Race"];
    let expected =
        asf_ipc::algorithms::steam_guard_code(winners[0], asf_ipc::algorithms::unix_time());
    assert_eq!(race.success, expected.is_some());
    if let (Some(got), Some(_)) = (&race.result, &expected) {
        let now = asf_ipc::algorithms::unix_time();
        let codes = [now - 30, now, now + 30]
            .map(|time| asf_ipc::algorithms::steam_guard_code(winners[0], time));
        assert!(
            codes.contains(&Some(got.clone())),
            "{got} from {}",
            winners[0]
        );
    }
}

// ASP.NET Core's model binding (ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs binds
// `count` and `lastAt` from the query) takes the first value of a parameter given twice, and
// System.Text.Json (the input formatter of every `[FromBody]` action, e.g.
// ArchiSteamFarm/IPC/Controllers/Api/CommandController.cs) skips a UTF-8 byte order mark.
#[tokio::test]
async fn repeated_query_parameters_and_a_byte_order_mark_read_as_asp_net_reads_them() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Alpha", farming_bot("alpha"))).await;
    let response = http()
        .get(t.url("/Api/NLog/File?count=1&count=50&COUNT=7"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.expect("JSON");
    let lines = page["Result"]["Content"].as_array().expect("lines").len();
    assert_eq!(lines, 1, "the first count wins: {page}");

    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend_from_slice(br#"{"Command":"version"}"#);
    let response = t.post_json_bytes("/Api/Command", body).await;
    assert_eq!(response.status(), 200);
    let answer: Value = response.json().await.expect("JSON");
    assert_eq!(answer["Success"], true, "{answer}");
}

/// ASP.NET's MVC output escapes with .NET's default JavaScript encoder
/// (`System.Text.Json/Writer/JsonWriterHelper.Escaping.cs`): non-ASCII, `"`, `'`, `&`, `+`,
/// `<`, `>` and `` ` `` inside strings become `\uXXXX`. The same holds here on each way an
/// answer is made: relayed from dropshot, answered by the front door, and as an error.
#[tokio::test]
async fn answers_write_characters_as_asp_net_does() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Alpha", farming_bot("alpha"))).await;
    let raw = |request: reqwest::RequestBuilder| async move {
        let response = request.send().await.expect("request");
        let bytes = response.bytes().await.expect("body");
        assert!(bytes.is_ascii(), "{}", String::from_utf8_lossy(&bytes));
        String::from_utf8(bytes.to_vec()).expect("ASCII")
    };

    // Relayed from dropshot (the key-value store is answered there).
    let value = "😀<'&>\"+`é";
    t.request(Method::POST, "/Api/Storage/escaping")
        .json(&json!(value))
        .expect(200)
        .await;
    let stored = raw(http().get(t.url("/Api/Storage/escaping"))).await;
    assert!(
        stored
            .contains(r#""Result":"\uD83D\uDE00\u003C\u0027\u0026\u003E\u0022\u002B\u0060\u00E9""#),
        "{stored}"
    );
    let parsed: Value = serde_json::from_str(&stored).expect("JSON");
    assert_eq!(parsed["Result"], value);

    // A large answer is written a piece at a time, to the same effect.
    let large = "<😀'".repeat(40_000);
    t.request(Method::POST, "/Api/Storage/large")
        .json(&json!(large))
        .expect(200)
        .await;
    let stored = raw(http().get(t.url("/Api/Storage/large"))).await;
    assert!(
        stored.contains(r"\u003C\uD83D\uDE00\u0027\u003C"),
        "escaped"
    );
    let parsed: Value = serde_json::from_str(&stored).expect("JSON");
    assert_eq!(parsed["Result"], large);

    // Answered by the front door itself (commands are a hot operation).
    let command = json!({"Command": "status Bötchen"});
    let answered = raw(http().post(t.url("/Api/Command")).json(&command)).await;
    assert!(
        answered.contains(r"Couldn\u0027t find any bot named B\u00F6tchen!"),
        "{answered}"
    );
    // A large one, written a piece at a time.
    let name = "<".repeat(100_000);
    let command = json!({"Command": format!("status {name}")});
    let answered: Value =
        serde_json::from_str(&raw(http().post(t.url("/Api/Command")).json(&command)).await)
            .expect("JSON");
    assert!(
        answered["Result"] == format!("<ASF> Couldn't find any bot named {name}!"),
        "the large answer reads back as written"
    );

    // An error envelope.
    let refused = raw(http()
        .post(t.url("/Api/Bot/Bötchen/Pause"))
        .json(&json!({})))
    .await;
    assert!(refused.contains(r"B\u00F6tchen"), "{refused}");

    // The document is served as it is checked in, with the server it was reached at.
    let document = http()
        .get(t.url("/swagger/ASF/swagger.json"))
        .send()
        .await
        .expect("GET")
        .bytes()
        .await
        .expect("body");
    let expected =
        asf_ipc::document::with_server(asf_ipc::api::DOCUMENT, &format!("http://{}/", t.addr()));
    assert_eq!(document.as_ref(), expected.as_slice());
}

/// ASP.NET Core's router (`DfaMatcher` over the path's segments, as Kestrel hands it the path):
/// one trailing slash is no segment, a doubled slash is an empty one that no template of ASF's
/// controllers has, and `%2F` is the one escape Kestrel leaves in a route value.
#[tokio::test]
async fn routes_are_matched_on_segments_as_asp_net_core_matches_them() {
    let t =
        TestServer::start_in_config(|dir| write_bot(dir, "Alpha", json!({"Enabled": false}))).await;
    let send = |method: Method, path: &str| {
        http()
            .request(method, t.url(path))
            .header("Content-Type", "application/json")
            .body("{}")
            .send()
    };
    for (method, path) in [
        (Method::GET, "/Api//ASF"),
        (Method::GET, "//Api/ASF"),
        (Method::POST, "/Api/Bot//Start"),
        (Method::GET, "/Api/Bot/Alpha//"),
    ] {
        let answer = send(method.clone(), path).await.expect("answer");
        assert_eq!(answer.status(), 404, "{method} {path}");
        assert_eq!(answer.text().await.expect("body"), "", "{method} {path}");
    }
    let answer = send(Method::GET, "/Api/ASF/").await.expect("answer");
    assert_eq!(answer.status(), 200);
    // The route value is `Alpha%2FBeta`, not `Alpha/Beta`.
    let answer: Value = send(Method::POST, "/Api/Bot/Alpha%2FBeta/Pause")
        .await
        .expect("answer")
        .json()
        .await
        .expect("json");
    assert_eq!(
        answer["Message"],
        json!("Couldn't find any bot named Alpha%2FBeta!"),
        "{answer}"
    );
}

/// `GitHubController.GitHubReleaseGet`: the version is read by .NET's `Version.TryParse` (two
/// to four `Int32` components, white space and a sign allowed, none negative); the release
/// this server answers for is found whatever form names it.
#[tokio::test]
async fn a_release_version_is_read_as_dotnet_version_try_parse_reads_it() {
    let t = TestServer::start_in_config(|_| {}).await;
    for (version, status) in [
        ("%206.3.9.6%20", 200),
        ("+6.3.9.6", 200),
        ("6.3.9.-0", 503),
        ("+1.2", 503),
        ("2147483647.0", 503),
        ("1.-1", 400),
        ("2147483648.0", 400),
        ("1.2.3.4.5", 400),
        ("0x1.2", 400),
    ] {
        let answer = http()
            .get(t.url(&format!("/Api/WWW/GitHub/Release/{version}")))
            .send()
            .await
            .expect("answer");
        assert_eq!(answer.status(), status, "{version}");
        if status == 400 {
            let body: Value = answer.json().await.expect("json");
            assert!(
                body["Message"]
                    .as_str()
                    .unwrap_or("")
                    .contains("is invalid"),
                "{version}: {body}"
            );
        }
    }
}

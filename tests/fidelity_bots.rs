//! Bot-level behaviour pinned to ASF's source, through the real interface: the order of
//! per-bot answers, the validation of `SteamParentalCode`, the `inventory` text. Each test
//! names the ASF file whose behaviour it pins.

use asf_ipc_test_support as common;

use std::path::Path;

use asf_ipc::{Options, Scenario};
use common::{TestServer, online, send_command, write_bot};
use reqwest::Method;
use serde_json::json;

async fn say(t: &TestServer, command: &str) -> String {
    send_command(&t.client(), command)
        .await
        .result
        .unwrap_or_else(|| panic!("no answer to {command:?}"))
}

/// Pins `ArchiSteamFarm/Steam/Bot.cs` (`GetBots` fills a set in the order the selector names
/// the bots, ranges and keywords expanded in name order) and
/// `ArchiSteamFarm/IPC/Controllers/Api/BotController.cs` (`StartPost` joins the bots' messages
/// in that order), as `ArchiSteamFarm/Steam/Interaction/Commands.cs` joins command answers.
#[tokio::test]
async fn per_bot_answers_keep_the_selectors_order() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(
            dir,
            "Alpha",
            json!({"Enabled": true, "SteamLogin": "alpha", "SteamPassword": "x"}),
        );
        write_bot(dir, "Beta", json!({}));
        write_bot(dir, "Gamma", json!({}));
    })
    .await;
    let started = t
        .request(Method::POST, "/Api/Bot/Beta,Alpha/Start")
        .expect(200)
        .await;
    assert_eq!(
        started["Message"], "Done!\nThis bot is already running!",
        "{started}"
    );
    // Per-bot results (`Result`, ASF's dictionaries) follow the same order.
    let raw = common::http()
        .get(t.url("/Api/Bot/Gamma,Alpha..Beta"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("a body");
    let at = |name: &str| raw.find(&format!("\"BotName\":\"{name}\"")).expect(name);
    assert!(
        at("Gamma") < at("Alpha") && at("Alpha") < at("Beta"),
        "{raw}"
    );
    let raw = common::http()
        .get(t.url("/Api/Bot/Beta,Alpha/Inventory"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("a body");
    assert!(raw.starts_with(r#"{"Result":{"Beta":"#), "{raw}");
    // BotController.cs `BotPost` answers the names in the order given too.
    let created = common::http()
        .post(t.url("/Api/Bot/Eve,Dan"))
        .json(&json!({"BotConfig": {}}))
        .send()
        .await
        .expect("POST")
        .text()
        .await
        .expect("a body");
    assert!(
        created.starts_with(r#"{"Result":{"Eve":true,"Dan":true}"#),
        "{created}"
    );

    let prefixes = |answer: &str| -> Vec<String> {
        answer
            .lines()
            .map(|l| l.split('>').next().unwrap_or_default().to_string() + ">")
            .collect()
    };
    let answer = say(&t, "stop Gamma,Alpha..Beta,Gamma").await;
    assert_eq!(
        prefixes(&answer),
        ["<Gamma>", "<Alpha>", "<Beta>"],
        "{answer}"
    );
}

/// Pins `ArchiSteamFarm/Steam/Storage/BotConfig.cs` (`CheckValidation`: a non-empty
/// `SteamParentalCode` must be 4 digits, so `"0"`, though its document lists it, is refused and
/// ASF would not load the file).
#[tokio::test]
async fn a_parental_code_of_0_is_refused_as_asf_refuses_it() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Kid",
            Some(json!({"BotConfig": {"SteamParentalCode": "0"}})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        body["Message"],
        "Configured SteamParentalCode property is invalid: 0"
    );
    assert_eq!(body["Success"], false);
    assert!(!t.dir.path().join("config/Kid.json").exists());

    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Kid",
            Some(json!({"BotConfig": {"SteamParentalCode": "0420"}})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

/// Pins `ArchiSteamFarm/Steam/Interaction/Commands.cs` (`ResponseInventory`: a line per
/// inventory context, each `FormatBotResponse`d) and `Strings.resx` (`BotInventory`:
/// `{0}/{1} ({2}/{3}): {4} assets`).
#[tokio::test]
async fn inventory_answers_asfs_bot_inventory_lines() {
    let scenario = Scenario::from_value(&json!({"accounts": {
        "holder": {"games": [], "inventory": [{"appId": 730, "cards": 3}]},
        "other": {"games": [], "inventory": [{"appId": 620, "cards": 2}]}
    }}))
    .expect("a valid scenario");
    let t = TestServer::start_custom(
        |dir: &Path| {
            for (name, login) in [("Holder", "holder"), ("Other", "other")] {
                write_bot(
                    dir,
                    name,
                    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "x"}),
                );
            }
        },
        move |o: &mut Options| {
            o.simulation_speed = 60.0;
            o.scenario = Some(scenario);
        },
        common::loopback_ephemeral(),
    )
    .await;
    online(&t, "Holder").await;
    online(&t, "Other").await;
    assert_eq!(
        say(&t, "inventory Other,Holder").await,
        "<Other> 753/6 (Steam/Community): 2 assets\n<Holder> 753/6 (Steam/Community): 3 assets"
    );
}

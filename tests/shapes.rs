//! ASF's JSON shapes and .NET names where they come from outside ASF's own classes: SteamKit2's
//! protobuf messages, .NET's value types and System.Text.Json's number format.

use asf_ipc_test_support as common;

use asf_ipc::{Options, Scenario};
use common::{TestServer, farming_bot, http, wait_for, write_bot};
use reqwest::Method;
use serde_json::{Value, json};

/// The member names of the JSON object `object_text` starts with, in the text's order.
fn member_names(object_text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut chars = object_text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            '"' => {
                let start = i + 1;
                let mut end = start;
                while let Some((j, c)) = chars.next() {
                    if c == '\\' {
                        chars.next();
                    } else if c == '"' {
                        end = j;
                        break;
                    }
                }
                let is_name = chars.peek().map(|(_, c)| *c) == Some(':');
                if depth == 1 && is_name {
                    names.push(object_text[start..end].to_string());
                }
            }
            _ => {}
        }
    }
    names
}

/// The text of the first object value of member `name` in `text`.
fn object_after<'a>(text: &'a str, name: &str) -> &'a str {
    let at = text.find(&format!("\"{name}\":[{{")).expect(name) + name.len() + 4;
    let mut depth = 0;
    for (i, c) in text[at..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &text[at..=at + i];
                }
            }
            _ => {}
        }
    }
    panic!("unterminated object after {name}");
}

/// Items are SteamKit2's messages as ASF writes them (SteamKit2
/// `Base/Generated/SteamMsgEcon.cs`, ASF `IPC/Responses/BotInventoryResponse.cs` and
/// `Helpers/Json/JsonUtilities.cs`, which honours protobuf-net's `ShouldSerialize*`): members
/// in field order, 64-bit IDs as numbers, unset optional scalars left out, lists always there.
#[tokio::test]
async fn inventory_items_are_steamkit_messages() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "On", farming_bot("on"))).await;
    wait_for(10, "a card in the inventory", || async {
        let inv = t
            .request(Method::GET, "/Api/Bot/On/Inventory")
            .expect(200)
            .await;
        (!inv["Result"]["On"]["753"].is_null()).then_some(())
    })
    .await;
    let text = http()
        .get(t.url("/Api/Bot/On/Inventory/753/6"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let asset = object_after(&text, "Assets");
    assert_eq!(
        member_names(asset),
        [
            "appid",
            "contextid",
            "assetid",
            "classid",
            "instanceid",
            "amount"
        ],
        "{asset}"
    );
    let asset: Value = serde_json::from_str(asset).expect("JSON");
    assert_eq!(asset["contextid"], json!(6));
    assert_eq!(asset["amount"], json!(1));
    assert!(
        asset["assetid"].is_u64() && asset["classid"].is_u64(),
        "{asset}"
    );

    let description = object_after(&text, "Descriptions");
    assert_eq!(
        member_names(description),
        [
            "appid",
            "classid",
            "instanceid",
            "descriptions",
            "tradable",
            "actions",
            "owner_descriptions",
            "owner_actions",
            "fraudwarnings",
            "name",
            "type",
            "market_name",
            "market_hash_name",
            "contained_item",
            "market_actions",
            "marketable",
            "tags",
            "container_properties",
        ],
        "{description}"
    );
    let description: Value = serde_json::from_str(description).expect("JSON");
    assert_eq!(description["descriptions"], json!([]));
    assert_eq!(description["contained_item"], Value::Null);
    assert_eq!(description["container_properties"], Value::Null);
    assert!(description["classid"].is_u64(), "{description}");
}

/// `LicenseID` is a `Guid?` (ASF `Storage/GlobalConfig.cs`): System.Text.Json reads only the
/// 36-character `D` form (either case) and writes it lowercase; anything else is a 400 that
/// writes nothing; `Guid.Empty` is never written (`ShouldSerializeLicenseID`).
#[tokio::test]
async fn license_id_is_a_guid_written_in_lowercase_d_form() {
    let t = TestServer::start().await;
    let file = || -> Value {
        let path = t.dir.path().join("config/ASF.json");
        std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or(Value::Null)
    };
    for refused in [
        json!("not-a-guid"),
        json!("0f8fad5bd9cb469fa16570867728950e"),
        json!("{0f8fad5b-d9cb-469f-a165-70867728950e}"),
        json!("0f8fad5b-d9cb-469f-a165-70867728950g"),
        json!(""),
        json!(5),
    ] {
        let body = json!({"GlobalConfig": {"LicenseID": refused}});
        let (status, response) = t.call(Method::POST, "/Api/ASF", Some(body.clone())).await;
        assert_eq!(status, 400, "{body} → {response}");
        assert_eq!(response["Success"], false, "{body}");
        assert!(response["Message"].is_string(), "{response}");
    }
    assert_eq!(file(), Value::Null, "nothing written");

    let saved = |license: &'static str| {
        let t = &t;
        async move {
            let (status, response) = t
                .call(
                    Method::POST,
                    "/Api/ASF",
                    Some(json!({"GlobalConfig": {"LicenseID": license}})),
                )
                .await;
            assert_eq!(status, 200, "{license} → {response}");
        }
    };
    saved("0F8FAD5B-D9CB-469F-A165-70867728950E").await;
    assert_eq!(file()["LicenseID"], "0f8fad5b-d9cb-469f-a165-70867728950e");
    saved("00000000-0000-0000-0000-000000000000").await;
    let written = file();
    assert!(written.is_object(), "{written}");
    assert!(written.get("LicenseID").is_none(), "{written}");
}

/// `GET path`: the status and the text of the answer.
async fn raw_get(t: &TestServer, path: &str) -> (u16, String) {
    let response = http().get(t.url(path)).send().await.expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// The member names of the `Body` of a `TypeResponse` answer, in the text's order.
fn body_names(text: &str) -> Vec<String> {
    member_names(&text[text.find("\"Body\":").expect("Body") + "\"Body\":".len()..])
}

/// `/Api/Type` names types as .NET does (ASF `IPC/Controllers/Api/TypeController.cs` and
/// `WebUtilities.GetUnifiedName`): the declared type of each `[JsonInclude]` member, in
/// declaration order (`Steam/Bot.cs`, `Steam/Cards/CardsFarmer.cs`, `Steam/Cards/Game.cs`,
/// `IPC/Responses/ASFResponse.cs`); enum members in value order; `System.*` types resolve;
/// SteamKit2's messages declare no `[JsonInclude]` member.
#[tokio::test]
async fn types_have_dotnet_names_in_declaration_order() {
    let t = TestServer::start().await;
    let body = |text: &str| -> Value {
        let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        value["Result"]["Body"].clone()
    };
    let (status, bot) = raw_get(&t, "/Api/Type/ArchiSteamFarm.Steam.Bot").await;
    assert_eq!(status, 200, "{bot}");
    assert_eq!(
        body_names(&bot)[..9],
        [
            "BotName",
            "CardsFarmer",
            "GamesToRedeemInBackgroundCount",
            "HasMobileAuthenticator",
            "IsConnectedAndLoggedOn",
            "IsPlayingPossible",
            "PublicIP",
            "s_SteamID",
            "AccountFlags",
        ],
        "{bot}"
    );
    let type_of = |text: &str, member: &str| body(text)[member].clone();
    assert_eq!(type_of(&bot, "AccountFlags"), "SteamKit2.EAccountFlags");
    let (status, flags) = raw_get(&t, "/Api/Type/SteamKit2.EAccountFlags").await;
    assert_eq!(status, 200, "the name given resolves: {flags}");
    assert_eq!(body(&flags)["LimitedUser"], "4096");

    let (_, farmer) = raw_get(&t, "/Api/Type/ArchiSteamFarm.Steam.Cards.CardsFarmer").await;
    assert_eq!(type_of(&farmer, "TimeRemaining"), "System.TimeSpan");
    assert_eq!(
        type_of(&farmer, "GamesToFarm"),
        "System.Collections.Generic.IReadOnlyCollection`1[ArchiSteamFarm.Steam.Cards.Game]"
    );
    let (_, game) = raw_get(&t, "/Api/Type/ArchiSteamFarm.Steam.Cards.Game").await;
    assert_eq!(type_of(&game, "HoursPlayed"), "System.Single");
    let (_, asf) = raw_get(&t, "/Api/Type/ArchiSteamFarm.IPC.Responses.ASFResponse").await;
    assert_eq!(type_of(&asf, "ProcessStartTime"), "System.DateTime");
    assert_eq!(type_of(&asf, "Version"), "System.Version");

    let (_, channel) = raw_get(
        &t,
        "/Api/Type/ArchiSteamFarm.Storage.GlobalConfig%2BEUpdateChannel",
    )
    .await;
    assert_eq!(
        body_names(&channel),
        ["None", "Stable", "PreRelease"],
        "{channel}"
    );

    let (status, boolean) = raw_get(&t, "/Api/Type/System.Boolean").await;
    assert_eq!(status, 200, "{boolean}");
    let boolean: Value = serde_json::from_str(&boolean).expect("JSON");
    assert_eq!(boolean["Result"]["Body"], json!({}));
    assert_eq!(
        boolean["Result"]["Properties"]["BaseType"],
        "System.ValueType"
    );

    let (status, asset) = raw_get(&t, "/Api/Type/SteamKit2.Internal.CEcon_Asset").await;
    assert_eq!(status, 200, "{asset}");
    assert_eq!(body(&asset), json!({}));
}

/// A name `/Api/Type` prints resolves there too, as in ASF (`IPC/Controllers/Api/TypeController.cs`,
/// `IPC/WebUtilities.cs`: `Type.GetType` of the unified name). `CardsFarmer`'s game lists are a
/// core-library interface over a class of ASF's own assembly: found, with no base type and no
/// members, nested too. `Type.GetType` looks for a type argument without its assembly only in
/// ASF's assembly and the core library, so one of SteamKit2's is not found, nor is one that
/// does not exist; and `/Api/Structure` cannot make an instance of an interface.
#[tokio::test]
async fn read_only_collections_resolve_as_interfaces() {
    let t = TestServer::start().await;
    let encoded = |name: &str| {
        percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let (_, farmer) = t
        .call(
            Method::GET,
            "/Api/Type/ArchiSteamFarm.Steam.Cards.CardsFarmer",
            None,
        )
        .await;
    let games = farmer["Result"]["Body"]["GamesToFarm"]
        .as_str()
        .expect("GamesToFarm's type")
        .to_string();
    let interface = json!({
        "Body": {},
        "Properties": {"BaseType": null, "CustomAttributes": null, "UnderlyingType": null},
    });
    let nested = "System.Collections.Generic.IReadOnlyCollection`1[\
                  System.Collections.Generic.IReadOnlyCollection`1[System.String]]";
    for name in [games.as_str(), nested] {
        let (status, response) = t
            .call(Method::GET, &format!("/Api/Type/{}", encoded(name)), None)
            .await;
        assert_eq!(status, 200, "{name}: {response}");
        assert_eq!(response["Result"], interface, "{name}");
    }
    for name in [
        "System.Collections.Generic.IReadOnlyCollection`1[SteamKit2.EResult]",
        "System.Collections.Generic.IReadOnlyCollection`1[No.Such.Type]",
    ] {
        let (status, response) = t
            .call(Method::GET, &format!("/Api/Type/{}", encoded(name)), None)
            .await;
        assert_eq!(status, 400, "{name}: {response}");
        assert_eq!(response["Message"], format!("{name} is invalid!"));
    }
    let (status, response) = t
        .call(
            Method::GET,
            &format!("/Api/Structure/{}", encoded(&games)),
            None,
        )
        .await;
    assert_eq!(status, 400, "{response}");
    assert_eq!(response["Success"], false);
}

/// `/Api/Structure` is `Activator.CreateInstance(type, true)` written out (ASF
/// `IPC/Controllers/Api/StructureController.cs`): `GenericResponse`'s protected constructor
/// leaves `Message` null; `System.*` value types are their defaults and `System.String`,
/// which has no parameterless constructor, is a 400; an unset SteamKit2 message is `{}`.
#[tokio::test]
async fn structures_are_dotnet_default_instances() {
    let t = TestServer::start().await;
    let structure = |name: &'static str| {
        let t = &t;
        async move {
            t.call(Method::GET, &format!("/Api/Structure/{name}"), None)
                .await
        }
    };
    let (status, response) = structure("ArchiSteamFarm.IPC.Responses.GenericResponse").await;
    assert_eq!(status, 200, "{response}");
    assert_eq!(
        response["Result"],
        json!({"Message": null, "Success": false})
    );
    let (_, response) = structure("System.UInt32").await;
    assert_eq!(response["Result"], json!(0));
    let (_, response) = structure("System.TimeSpan").await;
    assert_eq!(response["Result"], json!("00:00:00"));
    let (status, response) = structure("System.String").await;
    assert_eq!(status, 400, "{response}");
    let (_, response) = structure("SteamKit2.Internal.CEcon_Asset").await;
    assert_eq!(response["Result"], json!({}));
}

/// `HoursPlayed` is a `float` (ASF `Steam/Cards/Game.cs`), which System.Text.Json writes in
/// .NET's shortest general format: a whole number without a fraction (`0`, not `0.0`).
#[tokio::test]
async fn hours_played_is_written_as_dotnet_writes_a_float() {
    let scenario = Scenario::from_value(&json!({"accounts": {"player": {
        "games": [
            {"appId": 440, "name": "Team Fortress 2", "cardsRemaining": 3, "hoursPlayed": 0},
            {"appId": 570, "name": "Dota 2", "cardsRemaining": 2, "hoursPlayed": 20},
            {"appId": 730, "name": "Counter-Strike 2", "cardsRemaining": 1, "hoursPlayed": 1.5}
        ]
    }}}))
    .expect("a valid scenario");
    let t = TestServer::start_custom(
        |dir: &std::path::Path| write_bot(dir, "On", farming_bot("player")),
        move |o: &mut Options| o.scenario = Some(scenario),
        common::loopback_ephemeral(),
    )
    .await;
    let text = wait_for(10, "games to farm", || async {
        let (_, text) = raw_get(&t, "/Api/Bot/On").await;
        text.contains("\"HoursPlayed\":").then_some(text)
    })
    .await;
    for (game, hours) in [(440, "0"), (570, "20"), (730, "1.5")] {
        let written = format!("\"AppID\":{game},");
        let at = text
            .find(&written)
            .unwrap_or_else(|| panic!("{game} in {text}"));
        let member = &text[at..];
        let member = &member[member.find("\"HoursPlayed\":").expect("HoursPlayed")..];
        let value = member["\"HoursPlayed\":".len()..]
            .split([',', '}'])
            .next()
            .unwrap_or_default();
        assert_eq!(value, hours, "{text}");
    }
}

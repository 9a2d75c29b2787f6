//! ASF's JSON shapes and .NET names where they come from outside ASF's own classes: SteamKit2's
//! protobuf messages, .NET's value types and System.Text.Json's number format.

use asf_ipc_test_support as common;

use common::{TestServer, farming_bot, http, wait_for, write_bot};
use reqwest::Method;
use serde_json::{Value, json};

/// The member names of a JSON object as the text writes them, in order.
fn member_names(object_text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut chars = object_text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
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
        ["appid", "contextid", "assetid", "classid", "instanceid", "amount"],
        "{asset}"
    );
    let asset: Value = serde_json::from_str(asset).expect("JSON");
    assert_eq!(asset["contextid"], json!(6));
    assert_eq!(asset["amount"], json!(1));
    assert!(asset["assetid"].is_u64() && asset["classid"].is_u64(), "{asset}");

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

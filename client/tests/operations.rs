//! Every operation of the OpenAPI document is called through the client progenitor generated
//! from it, or is one of the few the generated types cannot state, each listed with its reason.

use std::path::Path;

/// Operations the typed calls write by hand, and why. Nothing else may be.
const WRITTEN_BY_HAND: &[(&str, &str)] = &[
    (
        "ASFPost",
        "the merge rules read which properties a request mentions; a typed config mentions all",
    ),
    ("BotPost", "as ASFPost"),
    (
        "BotGamesToRedeemInBackgroundPost",
        "the redeemer keeps the posted order; the generated request is an unordered map",
    ),
    (
        "MetricsGet",
        "text in a format chosen by Accept; the generated call answers bytes in one format",
    ),
    (
        "NLogGet",
        "a websocket; the generated call upgrades without the password in the query",
    ),
];

/// progenitor's method name for an operation ID (heck's snake case: `ASFGet` → `asf_get`,
/// `NLogFileGet` → `n_log_file_get`).
fn method_name(operation_id: &str) -> String {
    let chars: Vec<char> = operation_id.chars().collect();
    let mut name = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1);
        let starts_word = c.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            });
        if starts_word {
            name.push('_');
        }
        name.extend(c.to_lowercase());
    }
    name
}

#[test]
fn every_operation_is_called_through_the_generated_client() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &Path| std::fs::read_to_string(path).expect("readable");
    let document: serde_json::Value =
        serde_json::from_str(&read(&root.join("../openapi/asf.json"))).expect("JSON");
    let generated = read(&root.join("../generated/src/client.rs"));
    let typed_calls: String = std::fs::read_dir(root.join("src/ops"))
        .expect("src/ops")
        .map(|entry| read(&entry.expect("entry").path()))
        .collect();

    let operations: Vec<&str> = document["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().expect("path item").values())
        .filter_map(|operation| operation["operationId"].as_str())
        .collect();
    assert!(operations.len() >= 47, "{operations:?}");

    let mut problems = Vec::new();
    for id in &operations {
        let method = method_name(id);
        if !generated.contains(&format!("pub fn {method}(")) {
            problems.push(format!("{id}: the generated client has no `{method}()`"));
        }
        let called = typed_calls.contains(&format!(".{method}()"));
        let by_hand = WRITTEN_BY_HAND.iter().any(|(listed, _)| listed == id);
        let documented = typed_calls.contains(&format!("(`{id}`)"));
        match (called, by_hand) {
            (false, false) => problems.push(format!(
                "{id}: no typed call uses the generated `{method}()`"
            )),
            (true, true) => problems.push(format!(
                "{id}: listed as written by hand, yet the generated `{method}()` is used"
            )),
            _ => {}
        }
        if !documented {
            problems.push(format!("{id}: no typed call's documentation names it"));
        }
    }
    for (listed, _) in WRITTEN_BY_HAND {
        if !operations.contains(listed) {
            problems.push(format!(
                "{listed}: listed as written by hand, not in the document"
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn method_names_follow_the_generator() {
    assert_eq!(method_name("ASFGet"), "asf_get");
    assert_eq!(
        method_name("IPCBansDeleteSpecific"),
        "ipc_bans_delete_specific"
    );
    assert_eq!(method_name("NLogFileGet"), "n_log_file_get");
    assert_eq!(method_name("GitHubWikiPageGet"), "git_hub_wiki_page_get");
    assert_eq!(
        method_name("BotInventoryGetSpecific"),
        "bot_inventory_get_specific"
    );
}

//! Every operation of the OpenAPI document has a typed call: its ID is named in the
//! documentation of one of the client's methods.

#[test]
fn every_operation_has_a_typed_call() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let document: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("../openapi/asf.json")).expect("openapi/asf.json"),
    )
    .expect("JSON");
    let sources: String = std::fs::read_dir(root.join("src/ops"))
        .expect("src/ops")
        .map(|entry| std::fs::read_to_string(entry.expect("entry").path()).expect("source"))
        .collect();
    let operations: Vec<&str> = document["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().expect("path item").values())
        .filter_map(|operation| operation["operationId"].as_str())
        .collect();
    assert!(operations.len() >= 47, "{operations:?}");
    let missing: Vec<&&str> = operations
        .iter()
        .filter(|id| !sources.contains(&format!("(`{id}`)")))
        .collect();
    assert!(
        missing.is_empty(),
        "operations without a typed call: {missing:?}"
    );
}

//! `openapi/asf.json` is the source of truth. People edit and review it; these tests then
//! check everything else against it:
//!
//! - the API trait must say what the document says: on a mismatch the test prints each
//!   difference at the level of operations, parameters, schemas, properties and constraints,
//!   with where to change the code (nothing rewrites the document);
//! - `generated/` must be what progenitor makes from the document (machine output:
//!   `EXPECTORATE=overwrite cargo test --test integration spec::generated` rewrites it);
//! - the document must not break clients of the latest released version
//!   (`openapi/released/asf-<version>.json`), judged by Oxide's `drift`.

use std::path::{Path, PathBuf};

use crate::spec_check::compat;
use crate::spec_check::semantic;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use serde_json::{Value, json};

const HEADER: &str = "// This file is generated from openapi/asf.json by progenitor; do not edit.
// Regenerate with: EXPECTORATE=overwrite cargo test --test integration spec::generated
";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn trait_says_what_the_document_says() {
    let document = read_json(&repo("openapi/asf.json"));
    let generated = asf_ipc::document::openapi_document().expect("the API description is valid");
    let generated: Value = serde_json::from_slice(&generated).expect("the trait's document");
    if let Some(report) = semantic::report(&document, &generated) {
        panic!("{report}");
    }
}

#[test]
fn generated_client_is_up_to_date() {
    let bytes = std::fs::read("openapi/asf.json").expect("openapi/asf.json is readable");
    let spec: openapiv3::OpenAPI =
        serde_json::from_slice(&bytes).expect("openapi/asf.json is an OpenAPI document");
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq")
        .with_post_hook_async(
            "crate::hooks::refuse_foreign_errors"
                .parse()
                .expect("a Rust path"),
        );
    let tokens = Generator::new(&settings)
        .generate_tokens(&spec)
        .expect("progenitor accepts the document");
    let file: syn::File = syn::parse2(tokens).expect("progenitor emits valid Rust");
    let code = format!("{HEADER}\n{}", prettyplease::unparse(&file));
    expectorate::assert_contents("generated/src/client.rs", &code);
}

/// The CI gate: `.ci/run` runs this with `--nocapture` so the report shows in the log.
#[test]
fn document_keeps_clients_of_the_latest_release_working() {
    let verdict = compat::check(Path::new("openapi/released"), Path::new("openapi/asf.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    println!("{}", verdict.report);
    assert!(verdict.passes, "{}", verdict.report);
}

// ---- the semantic diff -------------------------------------------------------------------

/// A two-operation document in the trait's shape, small enough to read.
fn small_document() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": { "title": "ArchiSteamFarm API", "version": "6.3.9.6" },
        "paths": {
            "/Api/Bot/{botNames}/Rename": { "post": {
                "operationId": "BotRenamePost",
                "summary": "Renames given bot",
                "tags": ["Bot"],
                "parameters": [{ "in": "path", "name": "botNames", "required": true,
                                 "schema": { "type": "string" } }],
                "requestBody": { "required": true, "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/BotRenameRequest" } } } },
                "responses": { "200": { "description": "successful operation" } }
            } },
            "/Api/ASF": { "get": {
                "operationId": "ASFGet",
                "tags": ["ASF"],
                "responses": { "200": { "description": "successful operation" } }
            } }
        },
        "components": { "schemas": {
            "BotRenameRequest": { "type": "object",
                "properties": { "NewName": { "type": "string", "minLength": 1 } },
                "required": ["NewName"] },
            "BotConfig": { "type": "object", "properties": {
                "FarmingDelay": { "type": "integer", "format": "uint8", "minimum": 0 },
                "Enabled": { "type": "boolean" },
                "Paused": { "type": "boolean" } },
                "required": ["Enabled", "Paused"] }
        } }
    })
}

fn lines(document: &Value, generated: &Value) -> Vec<String> {
    semantic::differences(document, generated)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn semantic_diff_ignores_layout_key_order_and_set_order() {
    let document = small_document();
    let mut generated = small_document();
    generated["components"]["schemas"]["BotConfig"]["required"] = json!(["Paused", "Enabled"]);
    // Re-serialised with another indentation and key order: the same document.
    let reordered: Value =
        serde_json::from_str(&serde_json::to_string(&generated).expect("JSON")).expect("JSON");
    assert_eq!(lines(&document, &reordered), Vec::<String>::new());
    assert!(semantic::report(&document, &reordered).is_none());
}

#[test]
fn semantic_diff_names_a_renamed_path_parameter() {
    let mut document = small_document();
    let generated = small_document();
    let paths = document["paths"].as_object_mut().expect("paths");
    let mut operation = paths
        .remove("/Api/Bot/{botNames}/Rename")
        .expect("operation");
    operation["post"]["parameters"][0]["name"] = json!("botName");
    paths.insert("/Api/Bot/{botName}/Rename".into(), operation);
    let found = lines(&document, &generated);
    assert!(
        found.contains(
            &"operation `BotRenamePost` (POST /Api/Bot/{botName}/Rename): path parameter \
              `botName` is in the document, the trait has `botNames`"
                .to_owned()
        ),
        "{found:#?}"
    );
    assert!(
        found.contains(
            &"operation `BotRenamePost` (POST /Api/Bot/{botName}/Rename): document `POST \
              /Api/Bot/{botName}/Rename`, trait `POST /Api/Bot/{botNames}/Rename`"
                .to_owned()
        ),
        "{found:#?}"
    );
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn semantic_diff_names_a_constraint_the_trait_lacks() {
    let mut document = small_document();
    document["components"]["schemas"]["BotConfig"]["properties"]["FarmingDelay"]["maximum"] =
        json!(255);
    let found = lines(&document, &small_document());
    assert_eq!(
        found,
        ["schema `BotConfig.FarmingDelay`: document `maximum: 255`, trait none"]
    );
    let report = semantic::report(&document, &small_document()).expect("a report");
    assert!(report.contains("src/api/types.rs"), "{report}");
}

#[test]
fn semantic_diff_names_properties_required_and_types() {
    let document = small_document();
    let mut generated = small_document();
    let config = &mut generated["components"]["schemas"]["BotConfig"];
    config["properties"]
        .as_object_mut()
        .expect("properties")
        .remove("Paused");
    config["properties"]["Enabled"]["type"] = json!("string");
    config["properties"]["Nickname"] = json!({ "type": "string" });
    config["required"] = json!(["Enabled", "FarmingDelay"]);
    let found = lines(&document, &generated);
    for expected in [
        "schema `BotConfig.Paused`: in the document, the trait's type has no such property",
        "schema `BotConfig.Nickname`: in the trait's type, the document has no such property",
        "schema `BotConfig.Enabled`: document `type: \"boolean\"`, trait `type: \"string\"`",
        "schema `BotConfig.Paused`: required in the document, optional in the trait",
        "schema `BotConfig.FarmingDelay`: optional in the document, required in the trait",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn semantic_diff_names_operations_on_one_side_only_and_operation_fields() {
    let mut document = small_document();
    let mut generated = small_document();
    generated["paths"]
        .as_object_mut()
        .expect("paths")
        .remove("/Api/ASF");
    document["paths"]["/Api/Bot/{botNames}/Rename"]["post"]["summary"] =
        json!("Renames the given bot");
    generated["paths"]["/Api/Bot/{botNames}/Rename"]["post"]["parameters"]
        .as_array_mut()
        .expect("parameters")
        .push(json!({ "in": "query", "name": "force", "schema": { "type": "boolean" } }));
    let found = lines(&document, &generated);
    for expected in [
        "operation `ASFGet` (GET /Api/ASF): in the document, the trait has no such endpoint",
        "operation `BotRenamePost` (POST /Api/Bot/{botNames}/Rename): document `summary: \
         \"Renames the given bot\"`, trait `summary: \"Renames given bot\"`",
        "operation `BotRenamePost` (POST /Api/Bot/{botNames}/Rename): query parameter `force` \
         is in the trait, the document has none",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn semantic_diff_reads_like_the_document() {
    let mut document = small_document();
    let operation = &mut document["paths"]["/Api/Bot/{botNames}/Rename"]["post"];
    operation["requestBody"]["content"]["application/json"]["schema"]["$ref"] =
        json!("#/components/schemas/BotRenameBody");
    let long = "Renames the bot. ".repeat(10);
    operation["description"] = json!(format!("{long}The new name must be free."));
    document["tags"] = json!([{ "name": "ASF" }, { "name": "Bot" }, { "name": "Monitoring" }]);
    let mut generated = small_document();
    generated["paths"]["/Api/Bot/{botNames}/Rename"]["post"]["description"] =
        json!(format!("{long}The new name must not exist."));
    generated["tags"] = json!([{ "name": "Bot" }, { "name": "ASF" }]);
    let found = lines(&document, &generated);
    let place = "operation `BotRenamePost` (POST /Api/Bot/{botNames}/Rename)";
    for expected in [
        format!(
            "{place}: document `request body schema: BotRenameBody`, trait `request body \
             schema: BotRenameRequest`"
        ),
        format!(
            "{place}: document `description: \"…es the bot. The new name must be free.\"`, \
             trait `description: \"…es the bot. The new name must not exist.\"`"
        ),
        "document: `tags` `Monitoring` is in the document, the trait has none".to_owned(),
    ] {
        assert!(found.contains(&expected), "{expected}\n{found:#?}");
    }
    // Tags in another order are the same tags.
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn semantic_diff_names_frame_differences() {
    let mut document = small_document();
    document["info"]["version"] = json!("6.3.10.0");
    let found = lines(&document, &small_document());
    assert_eq!(
        found,
        ["document: document `info.version: \"6.3.10.0\"`, trait `info.version: \"6.3.9.6\"`"]
    );
}

// ---- compatibility across versions -------------------------------------------------------

fn fixture(name: &str) -> Value {
    read_json(&repo(&format!("tests/spec_check/fixtures/{name}.json")))
}

fn findings(case: &str) -> Vec<compat::Finding> {
    compat::changes(&fixture("base"), &fixture(case)).expect("drift compares the fixtures")
}

fn assert_breaks(case: &str, mentions: &str) {
    let found = findings(case);
    let breaking: Vec<_> = found.iter().filter(|f| f.effect.breaks_clients()).collect();
    assert!(
        breaking.iter().any(|f| f.to_string().contains(mentions)),
        "{case}: expected a breaking change naming `{mentions}`, got {found:#?}"
    );
}

fn assert_compatible(case: &str, mentions: &str) {
    let found = findings(case);
    assert!(
        found.iter().any(|f| f.to_string().contains(mentions)),
        "{case}: the change naming `{mentions}` is reported: {found:#?}"
    );
    assert!(
        found.iter().all(|f| !f.effect.breaks_clients()),
        "{case}: nothing breaks clients: {found:#?}"
    );
}

#[test]
fn removing_a_property_breaks_clients() {
    assert_breaks("remove-property", "property `KeepRunning` removed");
}

#[test]
fn adding_a_required_parameter_breaks_clients() {
    assert_breaks("add-required-parameter", "required parameter 'fields'");
}

#[test]
fn narrowing_a_type_breaks_clients() {
    assert_breaks("narrow-type", "schema `BotPauseRequest.ResumeInSeconds`");
    assert_breaks("narrow-range", "range [0, 65535] → [0, 255] (narrowed)");
}

#[test]
fn widening_what_a_request_accepts_keeps_clients_working() {
    assert_compatible(
        "widen-request-range",
        "range [0, 65535] → [0, 70000] (widened)",
    );
}

/// Bounds of strings and arrays are classed like numeric ones, whichever way data flows.
#[test]
fn string_and_array_bounds_are_classed_by_direction() {
    let request = json!({ "type": "object", "properties": {
        "Code": { "type": "string" },
        "Ids": { "type": "array", "items": { "type": "integer" } } } });
    let document = |code: Value, ids: Value| {
        let mut doc = fixture("base");
        let mut schema = request.clone();
        schema["properties"]["Code"] = code;
        schema["properties"]["Ids"] = ids;
        doc["components"]["schemas"]["BotPauseRequest"] = schema.clone();
        doc["components"]["schemas"]["Bot"] = schema;
        doc
    };
    let old = document(
        json!({ "type": "string" }),
        json!({ "type": "array", "items": { "type": "integer" } }),
    );
    let new = document(
        json!({ "type": "string", "maxLength": 4, "minLength": 4 }),
        json!({ "type": "array", "items": { "type": "integer" }, "uniqueItems": true }),
    );
    let found: Vec<String> = compat::changes(&old, &new)
        .expect("drift compares")
        .iter()
        .map(ToString::to_string)
        .collect();
    // Narrower bounds break the request (BotPauseRequest) and not the answer (Bot).
    for expected in [
        "[BREAKS CLIENTS] schema `BotPauseRequest.Code`: length (-∞, +∞) → [4, 4] (narrowed)",
        "[BREAKS CLIENTS] schema `BotPauseRequest.Ids`: item count (-∞, +∞) → (-∞, +∞), unique (narrowed)",
        "[compatible (clients using it need this version)] schema `Bot.Code`: length (-∞, +∞) → [4, 4] (narrowed)",
    ] {
        assert!(
            found.iter().any(|f| f.starts_with(expected)),
            "{expected}\n{found:#?}"
        );
    }
    // Back again, wider bounds break the answer.
    let back: Vec<String> = compat::changes(&new, &old)
        .expect("drift compares")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        back.iter().any(|f| f
            .starts_with("[BREAKS CLIENTS] schema `Bot.Code`: length [4, 4] → (-∞, +∞) (widened)")),
        "{back:#?}"
    );
}

/// 64-bit IDs exceed a float's precision; bounds are compared and shown as written.
#[test]
fn large_integer_bounds_are_exact() {
    let mut old = fixture("base");
    old["components"]["schemas"]["BotPauseRequest"]["properties"]["ResumeInSeconds"] =
        json!({ "type": "integer", "minimum": 76561197960265729_u64 });
    let mut new = old.clone();
    new["components"]["schemas"]["BotPauseRequest"]["properties"]["ResumeInSeconds"]["minimum"] =
        json!(76561197960265728_u64);
    let found: Vec<String> = compat::changes(&old, &new)
        .expect("drift compares")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        found.iter().any(|f| f
            .contains("range [76561197960265729, +∞) → [76561197960265728, +∞) (widened)")
            && !f.starts_with("[BREAKS")),
        "{found:#?}"
    );
}

#[test]
fn adding_an_optional_property_keeps_clients_working() {
    assert_compatible(
        "add-optional-property",
        "optional property `Nickname` added",
    );
}

#[test]
fn adding_an_operation_keeps_clients_working() {
    assert_compatible("add-operation", "was added");
}

/// Schemas get renamed (the wire does not see names); a change inside one is still classed.
#[test]
fn a_renamed_schema_is_followed() {
    let mut renamed = fixture("add-optional-property");
    let schemas = renamed["components"]["schemas"]
        .as_object_mut()
        .expect("schemas");
    let bot = schemas.remove("Bot").expect("Bot");
    schemas.insert("BotStatus".into(), bot);
    let text = serde_json::to_string(&renamed).expect("JSON").replace(
        "#/components/schemas/Bot\"",
        "#/components/schemas/BotStatus\"",
    );
    let renamed: Value = serde_json::from_str(&text).expect("JSON");
    let found = compat::changes(&fixture("base"), &renamed).expect("drift compares");
    assert!(
        found
            .iter()
            .any(|f| f.message == "optional property `Nickname` added"),
        "{found:#?}"
    );
    assert!(
        found.iter().all(|f| !f.effect.breaks_clients()),
        "{found:#?}"
    );
}

#[test]
fn identical_documents_have_no_changes() {
    assert_eq!(findings("base"), Vec::new());
}

/// A released directory and a working document, as in the repository.
struct Layout {
    dir: tempfile::TempDir,
}

impl Layout {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        std::fs::create_dir(dir.path().join("released")).expect("released/");
        Self { dir }
    }

    fn with_version(mut doc: Value, version: &str) -> Value {
        doc["info"]["version"] = json!(version);
        doc
    }

    fn release(&self, case: &str, version: &str) {
        let doc = Self::with_version(fixture(case), version);
        let path = self.dir.path().join(format!("released/asf-{version}.json"));
        std::fs::write(path, serde_json::to_vec_pretty(&doc).expect("JSON")).expect("write");
    }

    fn working(&self, case: &str, version: &str) -> compat::Verdict {
        let doc = Self::with_version(fixture(case), version);
        let path = self.dir.path().join("asf.json");
        std::fs::write(&path, serde_json::to_vec_pretty(&doc).expect("JSON")).expect("write");
        compat::check(&self.dir.path().join("released"), &path).expect("the check runs")
    }
}

#[test]
fn a_breaking_change_without_a_new_version_fails() {
    let layout = Layout::new();
    layout.release("base", "1.0.0.0");
    let verdict = layout.working("remove-property", "1.0.0.0");
    assert!(!verdict.passes, "{}", verdict.report);
    assert!(
        verdict
            .report
            .contains("[BREAKS CLIENTS] schema `Bot`: property `KeepRunning` removed"),
        "{}",
        verdict.report
    );
    assert!(
        verdict.report.contains("release a new version"),
        "{}",
        verdict.report
    );
}

#[test]
fn a_compatible_change_without_a_new_version_passes() {
    let layout = Layout::new();
    layout.release("base", "1.0.0.0");
    let verdict = layout.working("add-operation", "1.0.0.0");
    assert!(verdict.passes, "{}", verdict.report);
    assert!(
        verdict.report.contains("BotResumePost"),
        "{}",
        verdict.report
    );
}

#[test]
fn a_breaking_change_with_a_new_version_and_its_released_copy_passes() {
    let layout = Layout::new();
    layout.release("base", "1.0.0.0");
    layout.release("remove-property", "1.1.0.0");
    let verdict = layout.working("remove-property", "1.1.0.0");
    assert!(verdict.passes, "{}", verdict.report);
    // The step between the releases is still named, and called breaking.
    assert!(
        verdict
            .report
            .contains("against the release before it, 1.0.0.0")
            && verdict
                .report
                .contains("[BREAKS CLIENTS] schema `Bot`: property `KeepRunning` removed"),
        "{}",
        verdict.report
    );
}

#[test]
fn a_new_version_without_its_released_copy_fails_when_breaking() {
    let layout = Layout::new();
    layout.release("base", "1.0.0.0");
    let verdict = layout.working("remove-property", "1.1.0.0");
    assert!(!verdict.passes, "{}", verdict.report);
    assert!(
        verdict.report.contains("no released copy") && verdict.report.contains("asf-1.1.0.0.json"),
        "{}",
        verdict.report
    );
}

#[test]
fn a_version_older_than_the_latest_release_fails() {
    let layout = Layout::new();
    layout.release("base", "1.0.0.0");
    layout.release("base", "1.0.10.0");
    let verdict = layout.working("base", "1.0.9.0");
    assert!(!verdict.passes, "{}", verdict.report);
    assert!(
        verdict
            .report
            .contains("older than the latest release `1.0.10.0`")
    );
}

#[test]
fn the_repository_has_a_release_for_each_kept_document() {
    let releases = compat::releases(&repo("openapi/released")).expect("openapi/released");
    assert!(!releases.is_empty(), "no released document");
    for release in releases {
        let doc = read_json(&release.path);
        assert_eq!(
            doc["info"]["version"],
            json!(release.version),
            "{} holds another version",
            release.path.display()
        );
    }
}

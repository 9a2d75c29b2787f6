//! The API description, `openapi/asf.json` and `generated/` must agree byte for byte.
//!
//! Regenerate after changing a wire type (the first command rewrites the document, the second
//! the client made from it):
//!
//! ```text
//! EXPECTORATE=overwrite cargo test --test spec openapi
//! EXPECTORATE=overwrite cargo test --test spec generated
//! ```

use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};

const HEADER: &str = "// This file is generated from openapi/asf.json by progenitor; do not edit.
// Regenerate with: EXPECTORATE=overwrite cargo test --test spec generated
";

#[test]
fn openapi_document_is_up_to_date() {
    let document = asf_ipc::api::openapi_document().expect("the API description is valid");
    let text = String::from_utf8(document).expect("the document is UTF-8");
    expectorate::assert_contents("openapi/asf.json", &text);
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
        .with_derive("PartialEq");
    let tokens = Generator::new(&settings)
        .generate_tokens(&spec)
        .expect("progenitor accepts the document");
    let file: syn::File = syn::parse2(tokens).expect("progenitor emits valid Rust");
    let code = format!("{HEADER}\n{}", prettyplease::unparse(&file));
    expectorate::assert_contents("generated/src/client.rs", &code);
}

/// A dependency enabling `preserve_order` would reorder the document's keys.
#[test]
fn document_keys_are_sorted() {
    let document = asf_ipc::api::openapi_document().expect("the API description is valid");
    let value: serde_json::Value = serde_json::from_slice(&document).expect("valid JSON");
    let keys: Vec<&String> = value.as_object().expect("an object").keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

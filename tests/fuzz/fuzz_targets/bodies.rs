//! Request bodies through the front door's normaliser, against every body schema of the
//! document: never a panic, the output is one JSON value at most a few times the input (only
//! numbers in exponent form grow, `1e15` is written out), and the work is one pass (the output
//! of the output is the output).
#![no_main]

use std::sync::OnceLock;

use asf_ipc::parsers::{RouteMatch, RouteTable};
use libfuzzer_sys::fuzz_target;

fn table() -> &'static (RouteTable, Vec<serde_json::Value>) {
    static TABLE: OnceLock<(RouteTable, Vec<serde_json::Value>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let doc: serde_json::Value =
            serde_json::from_slice(asf_ipc::api::DOCUMENT).expect("document");
        let table = RouteTable::from_document(&doc).expect("table");
        let mut schemas = Vec::new();
        for path in [
            "/Api/ASF",
            "/Api/Bot/x",
            "/Api/Bot/x/GamesToRedeemInBackground",
            "/Api/Bot/x/Pause",
            "/Api/Storage/x",
            "/Api/Command",
        ] {
            if let RouteMatch::Found(_, op) = table.lookup(&http::Method::POST, path)
                && let Some(schema) = &op.body
            {
                schemas.push((**schema).clone());
            }
        }
        (table, schemas)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let (table, schemas) = table();
    let schema = &schemas[usize::from(pick) % schemas.len()];
    if let Ok(out) = table.normalize_body(schema, body) {
        assert!(out.len() <= 5 * body.len() + 8, "the output grew out of bounds");
        // As raw text: a stored value keeps numbers no `f64` holds (`1e400`).
        serde_json::from_slice::<Box<serde_json::value::RawValue>>(&out).expect("one JSON value");
        let again = table.normalize_body(schema, &out).expect("normal form stays valid");
        assert_eq!(again, out, "normalising twice changes nothing");
    }
});

//! ASP.NET's escaping of JSON answers: any text is taken without a panic, and any JSON value
//! comes out as ASCII that parses back to the same value.
#![no_main]

use asf_ipc::api::json_text::escape_as_aspnet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = escape_as_aspnet(bytes);
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
        let written = serde_json::to_vec(&value).expect("a parsed value serialises");
        let escaped = escape_as_aspnet(&written).unwrap_or(written);
        assert!(escaped.is_ascii());
        let back: serde_json::Value = serde_json::from_slice(&escaped).expect("still JSON");
        assert_eq!(back, value);
    }
});

//! ASP.NET's escaping of JSON answers: any text is taken without a panic, and any JSON value
//! comes out as ASCII that parses back to the same value, whole or written in pieces.
#![no_main]

use asf_ipc::algorithms::json_text::{Position, escape_as_aspnet, escape_part};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = escape_as_aspnet(bytes);
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
        let written = serde_json::to_vec(&value).expect("a parsed value serialises");
        let escaped = escape_as_aspnet(&written).unwrap_or_else(|| written.clone());
        assert!(escaped.is_ascii());
        let back: serde_json::Value = serde_json::from_slice(&escaped).expect("still JSON");
        assert_eq!(back, value);
        // Written in pieces, the answer is the same bytes.
        let budget = 1 + bytes.len() % 7;
        let (mut joined, mut at) = (Vec::new(), Some(Position::default()));
        while let Some(position) = at {
            at = escape_part(&written, position, &mut joined, budget);
        }
        assert_eq!(joined, escaped);
    }
});

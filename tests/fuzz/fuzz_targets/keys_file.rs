//! `config/<Bot>.keys`: every line is either a key entry or skipped; keys that come out are
//! valid keys.
#![no_main]

use asf_ipc::parsers::{is_valid_key, parse_keys_file, result_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for (key, name) in parse_keys_file(text) {
        assert!(is_valid_key(&key), "{key:?}");
        let _ = result_line(&name, "OK", &[], &key);
    }
});

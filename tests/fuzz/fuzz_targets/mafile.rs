//! maFiles posted to `…/TwoFactorAuthentication`: any JSON either reads or is refused, and any
//! secret either yields a five-character Steam Guard code or none.
#![no_main]

use asf_ipc::api::MobileAuthenticatorFile;
use asf_ipc::algorithms::{decode_base64, is_valid_code, steam_guard_code};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(file) = serde_json::from_slice::<MobileAuthenticatorFile>(bytes) {
        let _ = serde_json::to_string(&file);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = decode_base64(text);
        let _ = is_valid_code(text);
        let time = bytes
            .iter()
            .take(8)
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        if let Some(code) = steam_guard_code(text, time) {
            assert_eq!(code.chars().count(), 5, "{code:?}");
        }
    }
});

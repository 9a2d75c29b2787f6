//! `ASF.json` and `<Bot>.json`: parse, validate, and a valid config survives a round trip.
#![no_main]

use asf_ipc::parsers::parse_bot_config;
use asf_ipc::parsers::parse_global_config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(global) = parse_global_config(bytes) {
        let _ = global.validate();
        let text = serde_json::to_string(&global).expect("a parsed config serialises");
        parse_global_config(text.as_bytes()).expect("a written config reads back");
    }
    if let Ok(text) = std::str::from_utf8(bytes)
        && let Ok(bot) = parse_bot_config(text)
    {
        let _ = bot.validate();
        let text = serde_json::to_string(&bot).expect("a parsed config serialises");
        parse_bot_config(&text).expect("a written config reads back");
    }
});

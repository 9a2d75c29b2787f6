//! `{botNames}` selectors: keywords, ranges, `r!` patterns, SteamIDs and lists; any text picks
//! a subset of the bots or is refused, never a panic or a hang.
#![no_main]

use asf_ipc_fuzz::fixture;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|selector: &str| {
    let fixture = fixture();
    if let Some(selected) = fixture.asf.bots().select(selector) {
        assert!(selected.len() <= 3);
    }
});

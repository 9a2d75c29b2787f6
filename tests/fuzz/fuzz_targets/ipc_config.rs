//! `config/IPC.config`: any text either parses or is refused, never a panic.
#![no_main]

use asf_ipc::IpcConfig;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(config) = IpcConfig::parse(text) {
        let _ = config.limits.body_limit();
        for endpoint in &config.endpoints {
            let _ = asf_ipc::parsers::parse_url(&endpoint.url);
        }
    }
});

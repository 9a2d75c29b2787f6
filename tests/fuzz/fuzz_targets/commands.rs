//! `POST /Api/Command`: any command line gets an answer (or none), never a panic or a hang.
#![no_main]

use std::time::Duration;

use asf_ipc::execute_command as execute;
use asf_ipc_fuzz::fixture;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|line: &str| {
    // Ending or restarting the process is what these two are for; they have their own tests.
    let first = line
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(first.as_str(), "exit" | "restart" | "update") {
        return;
    }
    let fixture = fixture();
    fixture.runtime.block_on(async {
        tokio::time::timeout(Duration::from_secs(10), execute(&fixture.asf, line))
            .await
            .expect("a command answers within 10 s");
    });
});

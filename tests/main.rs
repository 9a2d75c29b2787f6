//! The server's integration tests, built as one binary: `cargo test --test integration`,
//! `cargo test --test integration hosting::` for one file. Each module is one subject; what
//! they share lives in the `asf-ipc-test-support` crate (`tests/support`).

mod access;
mod answers;
mod api_rest;
mod backbone;
mod binding;
mod bodies;
mod bot_names;
mod bots;
mod certificates;
mod command_line;
mod commands;
mod compression;
mod config_api;
mod direct;
mod fidelity;
mod fidelity_behaviour;
mod fidelity_bots;
mod function_lengths;
mod golden;
mod hardening;
mod heads;
mod hosting;
mod layers;
mod limits;
mod monitoring;
mod netns;
mod nginx;
mod nlog;
mod openapi_tools;
mod password_work;
mod plugins;
mod process;
mod regressions;
mod scale;
mod scenarios;
mod schemathesis;
mod shapes;
mod spec;
mod spec_check;
mod static_files;
mod storage;
mod web_ui;

/// With `autotests` off, a test file that is not a module here would never be built or run.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let missing = asf_ipc_test_support::test_files_missing_from_main(env!("CARGO_MANIFEST_DIR"));
    assert!(missing.is_empty(), "not in tests/main.rs: {missing:?}");
}

//! The client's integration tests (typed calls, `asfctl`, HTTPS, operation coverage), built as
//! one binary: `cargo test -p asf-ipc-client --test integration`. The server fixture comes from
//! the `asf-ipc-test-support` crate (`tests/support`).

mod asfctl;
mod client;
mod https;
mod operations;
mod simulated;

/// With `autotests` off, a test file that is not a module here would never be built or run.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let missing = asf_ipc_test_support::test_files_missing_from_main(env!("CARGO_MANIFEST_DIR"));
    assert!(missing.is_empty(), "not in tests/main.rs: {missing:?}");
}

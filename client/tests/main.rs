//! The client's integration tests (typed calls, `asfctl`, HTTPS, operation coverage), built as
//! one binary: `cargo test -p asf-ipc-client --test integration`. The server fixture comes from
//! the `asf-ipc-test-support` crate (`tests/support`).

mod asfctl;
mod client;
mod https;
mod operations;

/// With `autotests` off, a test file that is not a module here would never be built or run.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main = std::fs::read_to_string(dir.join("main.rs")).expect("tests/main.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if let Some(stem) = name.strip_suffix(".rs")
            && stem != "main"
            && !main.contains(&format!("\nmod {stem};\n"))
        {
            missing.push(name);
        }
    }
    assert!(missing.is_empty(), "not in tests/main.rs: {missing:?}");
}

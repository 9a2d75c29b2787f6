//! Schemathesis (from PyPI) against a live server, generating requests from `openapi/asf.json`
//! with every check but `ignored_auth` (it sends wrong passwords on purpose, which would ban
//! the runner after five): no 5xx, no response outside the document, no schema-violating
//! request accepted. Fixed seed, so a failure reproduces.
//!
//! `.ci/run` installs schemathesis; elsewhere set `SCHEMATHESIS=/path/to/st` or put `st` on
//! `PATH`, otherwise the test says so and skips (under CI it fails).

use asf_ipc_test_support as common;

use std::path::PathBuf;
use std::process::Command;

use asf_ipc::IpcServer;
use common::TestServer;
use serde_json::{Value, json};

const PASSWORD: &str = "schemathesis-password";

fn schemathesis() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SCHEMATHESIS") {
        return Some(PathBuf::from(path));
    }
    let found = Command::new("sh")
        .args(["-c", "command -v st"])
        .output()
        .ok()?;
    let path = String::from_utf8_lossy(&found.stdout).trim().to_string();
    (found.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
}

/// ASF's `x-valid-values` next to bounds names values valid besides them (SteamID `0`, "none");
/// generic validators do not know the extension, so the run gets the document with each such
/// schema spelled as `anyOf` (the bounds, or one of the values). Everything else is unchanged.
fn with_valid_values_spelled_out(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for value in map.values_mut() {
                with_valid_values_spelled_out(value);
            }
            let bounded = ["minimum", "maximum", "minLength", "maxLength"]
                .iter()
                .any(|k| map.contains_key(*k));
            if bounded && let Some(values) = map.remove("x-valid-values") {
                let inner = Value::Object(std::mem::take(map));
                map.insert("anyOf".into(), json!([inner, { "enum": values }]));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(with_valid_values_spelled_out),
        _ => {}
    }
}

/// Runs schemathesis; `operations` is how many operations must have been tested.
fn run(st: &PathBuf, base: &str, extra: &[&str], operations: usize) {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut document: Value = serde_json::from_slice(asf_ipc::api::DOCUMENT).expect("document");
    with_valid_values_spelled_out(&mut document);
    let dir = tempfile::tempdir().expect("temporary directory");
    let spec = dir.path().join("asf.json");
    std::fs::write(&spec, serde_json::to_vec(&document).expect("JSON")).expect("write document");
    let output = Command::new(st)
        .args(["--config-file", &format!("{root}/.ci/schemathesis.toml")])
        .args(["run", &spec.to_string_lossy()])
        .args(["--url", base])
        .args(["-H", &format!("Authentication: {PASSWORD}")])
        .args(["--checks", "all", "--exclude-checks", "ignored_auth"])
        .args(["--seed", "1242", "--max-examples", "25"])
        .args(["--request-timeout", "20", "--no-color"])
        .args(extra)
        .output()
        .expect("run schemathesis");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "schemathesis found problems:\n{text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(text.contains(&format!("Tested: {operations}")), "{text}");
    assert!(!text.contains("FAILURES"), "{text}");
}

async fn server(config_watch: bool) -> TestServer {
    TestServer::start_custom(
        |dir| {
            common::write_global_config(json!({ "IPCPassword": PASSWORD }))(dir);
            common::write_bot(
                dir,
                "alpha",
                json!({"Enabled": true, "SteamLogin": "alpha", "SteamPassword": "pw"}),
            );
        },
        |options| {
            common::fast_steam(options);
            options.config_watch = config_watch;
        },
        common::loopback_ephemeral(),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_conforms_to_the_document() {
    let Some(st) = schemathesis() else {
        return common::cannot_run(
            "every_operation_conforms_to_the_document",
            "schemathesis is not installed",
        );
    };
    let t = server(true).await;
    let base = t.base();
    // `POST /Api/ASF/Exit` would end the process under test; it has its own tests. A new global
    // config (with any IPCPassword) is exercised below, where it cannot take effect.
    let st_clone = st.clone();
    tokio::task::spawn_blocking(move || {
        run(
            &st_clone,
            &base,
            &[
                "--exclude-operation-id",
                "ASFExitPost",
                "--exclude-operation-id",
                "ASFPost",
                // The log websocket answers every method, 400 for anything but a handshake,
                // as ASF's does (no 405 for "undeclared" methods); tests/nlog.rs and
                // tests/fidelity.rs cover it.
                "--exclude-operation-id",
                "NLogGet",
                // The scrape endpoint answers every method too, as ASF's Monitoring plugin
                // maps it; tests/monitoring.rs covers it.
                "--exclude-operation-id",
                "MetricsGet",
            ],
            46,
        )
    })
    .await
    .expect("schemathesis run");
    // Still alive and still answering with the same password.
    let (status, _) = t.call(reqwest::Method::GET, "/Api/ASF", None).await;
    assert_eq!(status, 401, "the password is still required");
    let TestServer {
        server: running, ..
    } = t;
    IpcServer::stop(running).await;

    // Without config watching, `POST /Api/ASF` writes `ASF.json` but the running process keeps
    // its configuration, so fuzzing it cannot lock the runner out.
    let t = server(false).await;
    let base = t.base();
    tokio::task::spawn_blocking(move || {
        run(&st, &base, &["--include-operation-id", "ASFPost"], 1);
    })
    .await
    .expect("schemathesis run");
}

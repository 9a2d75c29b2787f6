//! `openapi/asf.json` through the tools third parties use on it:
//!
//! - Spectral with its `oas` ruleset (`openapi/spectral.yaml` lists every rule turned off and
//!   why) must find no error;
//! - `openapi-python-client` (PyPI) must generate a client that imports and calls
//!   `GET /Api/ASF` on a live server with the password;
//! - `openapi-typescript` (npm) must generate types that `tsc --noEmit` accepts together with
//!   a call through `openapi-fetch` (which also proves the types are real: a property the
//!   document lacks must be a type error), and the call then runs against the live server.
//!
//! The npm tools are pinned in `tests/openapi-tools/package.json` (`npm ci --prefix
//! tests/openapi-tools`), the Python generator in `.ci/run` (a virtual environment; the test
//! finds it through `OPENAPI_PYTHON_CLIENT` or `PATH`). Without them each test says what is
//! missing and passes locally; with `CI` set it fails instead.

use asf_ipc_test_support as common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use common::TestServer;
use serde_json::Value;

const PASSWORD: &str = "generated-client-password";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn tools_dir() -> PathBuf {
    repo().join("tests/openapi-tools")
}

fn document_version() -> String {
    let bytes = std::fs::read(repo().join("openapi/asf.json")).expect("openapi/asf.json");
    let doc: Value = serde_json::from_slice(&bytes).expect("JSON");
    doc["info"]["version"]
        .as_str()
        .expect("info.version")
        .to_owned()
}

/// `true` when the test can run; otherwise says what is missing (and fails under CI).
fn available(test: &str, missing: &[String]) -> bool {
    if missing.is_empty() {
        return true;
    }
    common::cannot_run(test, &format!("it needs {}", missing.join(", ")));
    false
}

fn node_tool(name: &str) -> PathBuf {
    tools_dir().join("node_modules/.bin").join(name)
}

fn missing_node_tools(names: &[&str]) -> Vec<String> {
    let mut missing = Vec::new();
    if !Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        missing.push("node (apt-get install nodejs npm)".to_owned());
    }
    for name in names {
        if !node_tool(name).is_file() {
            missing.push(format!("{name} (npm ci --prefix tests/openapi-tools)"));
        }
    }
    missing
}

fn run(what: &str, command: &mut Command) -> Output {
    let started = Instant::now();
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start: {e}"));
    println!("{what}: {:.1} s", started.elapsed().as_secs_f64());
    output
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Spectral's findings on `document`, as JSON objects (`severity` 0 is an error).
fn spectral(document: &Path) -> Vec<Value> {
    let output = run(
        "spectral lint",
        Command::new(node_tool("spectral"))
            .arg("lint")
            .arg(document)
            .arg("--ruleset")
            .arg(repo().join("openapi/spectral.yaml"))
            .args(["--format", "json", "--quiet"]),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Exit code 1 means findings at the fail severity, which the caller judges.
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "spectral did not run: {}",
        text(&output)
    );
    serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("spectral's JSON output ({e}): {}", text(&output)))
}

fn describe(findings: &[Value]) -> String {
    findings
        .iter()
        .map(|f| {
            let path: Vec<String> = f["path"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_owned))
                .collect();
            format!(
                "  [{}] {} at {}: {}",
                ["error", "warning", "info", "hint"]
                    .get(f["severity"].as_u64().unwrap_or(0) as usize)
                    .unwrap_or(&"?"),
                f["code"].as_str().unwrap_or("?"),
                path.join("."),
                f["message"].as_str().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn spectral_finds_no_errors_in_the_document() {
    if !available(
        "spectral_finds_no_errors_in_the_document",
        &missing_node_tools(&["spectral"]),
    ) {
        return;
    }
    let findings = spectral(&repo().join("openapi/asf.json"));
    println!(
        "spectral: {} finding(s)\n{}",
        findings.len(),
        describe(&findings)
    );
    let errors: Vec<Value> = findings
        .iter()
        .filter(|f| f["severity"] == 0)
        .cloned()
        .collect();
    assert!(
        errors.is_empty(),
        "spectral (oas ruleset, openapi/spectral.yaml) found errors in openapi/asf.json:\n{}",
        describe(&errors)
    );
}

/// The lint is not a formality: a broken reference in a copy of the document is an error.
#[test]
fn spectral_reports_a_broken_document() {
    if !available(
        "spectral_reports_a_broken_document",
        &missing_node_tools(&["spectral"]),
    ) {
        return;
    }
    let bytes = std::fs::read(repo().join("openapi/asf.json")).expect("openapi/asf.json");
    let mut doc: Value = serde_json::from_slice(&bytes).expect("JSON");
    let first_path = doc["paths"]
        .as_object()
        .and_then(|p| p.keys().next().cloned())
        .expect("a path");
    let operation = doc["paths"][&first_path]
        .as_object_mut()
        .and_then(|ops| ops.values_mut().next())
        .expect("an operation");
    operation["responses"]["200"] = serde_json::json!({
        "description": "successful operation",
        "content": { "application/json": { "schema": {
            "$ref": "#/components/schemas/NoSuchSchema" } } }
    });
    let dir = tempfile::tempdir().expect("temporary directory");
    let broken = dir.path().join("asf.json");
    std::fs::write(&broken, serde_json::to_vec_pretty(&doc).expect("JSON")).expect("write");
    let findings = spectral(&broken);
    assert!(
        findings
            .iter()
            .any(|f| f["severity"] == 0
                && describe(std::slice::from_ref(f)).contains("NoSuchSchema")),
        "a dangling $ref is an error:\n{}",
        describe(&findings)
    );
}

/// `openapi-python-client`, from `OPENAPI_PYTHON_CLIENT` or `PATH`.
fn python_generator() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("OPENAPI_PYTHON_CLIENT") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("openapi-python-client"))
        .find(|candidate| candidate.is_file())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_client_generated_from_the_document_calls_the_server() {
    let generator = python_generator();
    let missing: Vec<String> = if generator.is_none() {
        vec![
            "openapi-python-client (pip install openapi-python-client; or set OPENAPI_PYTHON_CLIENT)"
                .to_owned(),
        ]
    } else {
        Vec::new()
    };
    if !available(
        "python_client_generated_from_the_document_calls_the_server",
        &missing,
    ) {
        return;
    }
    let generator = generator.expect("checked above");
    // The generator's own environment has what the generated code imports (httpx, attrs,
    // dateutil) and the formatter it runs on its output (ruff).
    let bin = generator.parent().expect("a directory").to_path_buf();
    let python = if bin.join("python").is_file() {
        bin.join("python")
    } else {
        PathBuf::from("python3")
    };
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("PATH");

    let out = tempfile::tempdir().expect("temporary directory");
    let generated = run(
        "openapi-python-client generate",
        Command::new(&generator)
            .args(["generate", "--meta", "none", "--path"])
            .arg(repo().join("openapi/asf.json"))
            .arg("--output-path")
            .arg(out.path().join("asf_client"))
            .env("PATH", &path),
    );
    let log = text(&generated);
    println!("{log}");
    assert!(generated.status.success(), "generation failed:\n{log}");
    // "Client was generated, but some pieces may be missing" is a failure too.
    assert!(
        !log.contains("Warning"),
        "the generator skipped parts of the document:\n{log}"
    );

    let server =
        TestServer::start_with_config(serde_json::json!({ "IPCPassword": PASSWORD })).await;
    let call = tokio::process::Command::new(&python)
        .arg(tools_dir().join("call_asf.py"))
        .arg(out.path())
        .arg("asf_client")
        .arg(server.base())
        .arg(PASSWORD)
        .arg(document_version())
        .env("PATH", &path)
        .kill_on_drop(true)
        .output();
    let started = Instant::now();
    let called = tokio::time::timeout(std::time::Duration::from_secs(120), call)
        .await
        .expect("the Python call ends within 2 minutes")
        .expect("python starts");
    println!("python call: {:.1} s", started.elapsed().as_secs_f64());
    let log = text(&called);
    println!("{log}");
    assert!(called.status.success(), "the Python client failed:\n{log}");
    assert!(log.contains("GET /Api/ASF answered version"), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typescript_types_generated_from_the_document_check_and_call_the_server() {
    if !available(
        "typescript_types_generated_from_the_document_check_and_call_the_server",
        &missing_node_tools(&["openapi-typescript", "tsc"]),
    ) {
        return;
    }
    let tools = tools_dir();
    let generated = run(
        "openapi-typescript",
        Command::new(node_tool("openapi-typescript"))
            .arg(repo().join("openapi/asf.json"))
            .arg("--output")
            .arg(tools.join("generated/asf.d.ts"))
            .current_dir(&tools),
    );
    assert!(
        generated.status.success(),
        "openapi-typescript failed:\n{}",
        text(&generated)
    );
    let checked = run(
        "tsc --noEmit",
        Command::new(node_tool("tsc"))
            .args(["--noEmit", "-p", "tsconfig.json"])
            .current_dir(&tools),
    );
    assert!(
        checked.status.success(),
        "tsc rejects the generated types or the call:\n{}",
        text(&checked)
    );

    let server =
        TestServer::start_with_config(serde_json::json!({ "IPCPassword": PASSWORD })).await;
    let call = tokio::process::Command::new("node")
        .arg("call_asf.mjs")
        .current_dir(&tools)
        .env("ASF_BASE_URL", server.base())
        .env("ASF_PASSWORD", PASSWORD)
        .env("ASF_VERSION", document_version())
        .kill_on_drop(true)
        .output();
    let called = tokio::time::timeout(std::time::Duration::from_secs(120), call)
        .await
        .expect("the TypeScript call ends within 2 minutes")
        .expect("node starts");
    let log = text(&called);
    println!("{log}");
    assert!(
        called.status.success(),
        "the TypeScript client failed:\n{log}"
    );
    assert!(log.contains("GET /Api/ASF answered version"), "{log}");
}

//! The built-in web UI in a real browser: `tests/browser/ui.mjs` drives headless Chromium
//! (Debian's `chromium` through `playwright-core`) against this server, as a farm owner would:
//! logging in, creating a bot that farms, pausing it, editing configs, the console, the live
//! log, importing keys, bans, the swagger page ("Try it out" on one operation of each tag),
//! keyboard use and a phone-width screen; and, on a second server without a password, the
//! refusal of a remote browser.
//!
//! Needs `node`, `chromium` and `npm ci --prefix tests/browser` (`.ci/run` installs all three).
//! Without them the test says so and passes locally; with `CI` set it fails instead.
//! Screenshots of every page are kept in `$ASF_UI_ARTIFACTS`, by default
//! `<target>/tmp/web-ui-screenshots`.

use asf_ipc_test_support as common;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use common::{TestServer, loopback_ephemeral, write_global_config};

const PASSWORD: &str = "farm-owner-password";

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ASF_UI_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// What is missing to run the browser, if anything.
fn missing_tools() -> Vec<&'static str> {
    let mut missing = Vec::new();
    let node = std::process::Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !node.is_ok_and(|s| s.success()) {
        missing.push("node (apt-get install nodejs npm)");
    }
    if chromium().is_none() {
        missing.push("chromium (apt-get install chromium)");
    }
    if !browser_dir().join("node_modules/playwright-core").is_dir() {
        missing.push("playwright-core (npm ci --prefix tests/browser)");
    }
    missing
}

fn artifacts_dir() -> PathBuf {
    std::env::var_os("ASF_UI_ARTIFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-ui-screenshots"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_farm_owner_runs_the_farm_from_the_browser() {
    let missing = missing_tools();
    if !missing.is_empty() {
        return common::cannot_run(
            "a_farm_owner_runs_the_farm_from_the_browser",
            &format!("the browser test needs {}", missing.join(", ")),
        );
    }
    // Farming at 600× real time lasts long enough to watch and pause; redeeming is quick.
    let server = TestServer::start_custom(
        write_global_config(serde_json::json!({ "IPCPassword": PASSWORD })),
        |options| options.simulation_speed = 600.0,
        loopback_ephemeral(),
    )
    .await;
    assert!(
        !server.dir.path().join("www").exists(),
        "the built-in UI is under test"
    );
    let open = TestServer::start().await;
    let artifacts = artifacts_dir();
    let _ = std::fs::remove_dir_all(&artifacts);

    let mut command = tokio::process::Command::new("node");
    command
        .arg("ui.mjs")
        .current_dir(browser_dir())
        .env("ASF_UI_URL", format!("{}/", server.base()))
        .env("ASF_UI_PASSWORD", PASSWORD)
        .env("ASF_UI_CONFIG_DIR", server.dir.path().join("config"))
        .env("ASF_UI_ARTIFACTS", &artifacts)
        .env("ASF_UI_OPEN_URL", format!("{}/", open.base()))
        .kill_on_drop(true);
    if let Some(chromium) = chromium() {
        command.env("ASF_UI_CHROMIUM", chromium);
    }
    let run = tokio::time::timeout(std::time::Duration::from_secs(300), command.output())
        .await
        .expect("the browser run ends within 5 minutes")
        .expect("node starts");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        run.status.success(),
        "browser steps failed (screenshots in {}):\n{stdout}\n{stderr}",
        artifacts.display()
    );
    assert!(stdout.contains("web UI: all steps passed"), "{stdout}");
    assert!(!stdout.contains("not ok"), "{stdout}");

    // Every page was photographed.
    let shots = std::fs::read_dir(&artifacts)
        .expect("screenshots directory")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
        .count();
    assert!(
        shots >= 15,
        "only {shots} screenshots in {}",
        artifacts.display()
    );
    println!("screenshots: {}", artifacts.display());
}

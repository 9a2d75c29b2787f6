//! The server binary on its defaults: both loopback listeners on 1242, `--path`, logs,
//! clean shutdown on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn ipv6_loopback_available() -> bool {
    std::net::TcpListener::bind("[::1]:0").is_ok()
}

#[test]
fn binary_serves_both_default_listeners_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().expect("dir");
    let root = dir.path().join("work");
    let mut child = Command::new(env!("CARGO_BIN_EXE_asf-ipc"))
        .arg("--path")
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn asf-ipc");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
            seen.push(line.clone());
            if line.ends_with("IPC server ready!") || line.contains("|ERROR|") {
                break;
            }
        }
    }
    assert!(
        seen.iter()
            .any(|l| l.ends_with("|INFO|ASF|StartInternally() IPC server ready!")),
        "server did not get ready: {seen:?}"
    );
    assert!(
        root.join("config").is_dir(),
        "--path decides the working directory"
    );

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let mut targets = vec!["http://127.0.0.1:1242/api/asf"];
    if ipv6_loopback_available() {
        targets.push("http://[::1]:1242/api/asf");
    } else {
        eprintln!("skipping http://[::1]:1242: this machine has no IPv6 loopback");
    }
    for url in targets {
        let body: serde_json::Value = runtime
            .block_on(async { reqwest::get(url).await?.json().await })
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!(body["Success"], true, "{url}");
        assert_eq!(body["Result"]["Version"], "6.3.9.6", "{url}");
    }
    let log = std::fs::read_to_string(root.join("log.txt")).expect("log.txt");
    assert!(
        log.contains("StartInternally() Starting IPC server..."),
        "{log}"
    );

    let pid = child.id().to_string();
    let status = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "clean exit: {status}");
            break;
        }
        assert!(Instant::now() < deadline, "did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

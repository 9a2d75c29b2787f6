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

/// Starts the binary with `args` in a fresh directory whose `IPC.config` names a free port;
/// returns the child, the base URL and the directory.
fn spawn_on_free_port(
    args: &[&str],
    envs: &[(&str, &str)],
) -> (std::process::Child, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    std::fs::create_dir_all(dir.path().join("config")).expect("config");
    std::fs::write(
        dir.path().join("config/IPC.config"),
        format!(r#"{{"Kestrel":{{"Endpoints":{{"HTTP":{{"Url":"http://127.0.0.1:{port}"}}}}}}}}"#),
    )
    .expect("IPC.config");
    let mut child = Command::new(env!("CARGO_BIN_EXE_asf-ipc"))
        .arg("--path")
        .arg(dir.path())
        .args(args)
        .envs(envs.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        match lines.next() {
            Some(Ok(line)) if line.ends_with("IPC server ready!") => break,
            Some(Ok(line)) => assert!(!line.contains("|ERROR|"), "{line}"),
            _ => panic!("server exited before it was ready"),
        }
    }
    std::thread::spawn(move || for _ in lines {});
    (child, format!("http://127.0.0.1:{port}"), dir)
}

fn hash_with(base: &str) -> String {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let body: serde_json::Value = runtime
        .block_on(async {
            reqwest::Client::new()
                .post(format!("{base}/Api/ASF/Hash"))
                .json(&serde_json::json!({"HashingMethod": 2, "StringToHash": "pw"}))
                .send()
                .await?
                .json()
                .await
        })
        .expect("hash");
    body["Result"].as_str().expect("a hash").to_string()
}

#[test]
fn crypt_key_comes_from_arguments_files_and_environment() {
    let expected = |key: &str| {
        asf_ipc::algorithms::hash_string(
            asf_ipc::api::enums::EHashingMethod::Pbkdf2,
            "pw",
            key.as_bytes(),
        )
        .expect("hash")
    };
    let key_file = tempfile::NamedTempFile::new().expect("file");
    std::fs::write(key_file.path(), "from-file\n").expect("write key");
    let key_path = key_file.path().to_string_lossy().into_owned();
    type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (vec![], vec![], "ArchiSteamFarm"),
        (vec!["--cryptkey=from-arg"], vec![], "from-arg"),
        (
            vec!["--cryptkey", "from-arg"],
            vec![("ASF_CRYPTKEY", "from-env")],
            "from-arg",
        ),
        (vec![], vec![("ASF_CRYPTKEY", "from-env")], "from-env"),
        (vec!["--cryptkey-file", &key_path], vec![], "from-file"),
        (vec![], vec![("ASF_CRYPTKEY_FILE", &key_path)], "from-file"),
    ];
    for (args, envs, key) in cases {
        let (mut child, base, _dir) = spawn_on_free_port(&args, &envs);
        let got = hash_with(&base);
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(got, expected(key), "{args:?} {envs:?}");
    }
}

/// `kill -9` while config files and the database are being written leaves only whole files:
/// every write goes to a temporary file that is renamed over the target.
#[test]
fn kill_9_during_config_writes_leaves_only_whole_files() {
    for round in 0..3u64 {
        let (mut child, base, dir) = spawn_on_free_port(&["--simulation-speed", "3600"], &[]);
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let writes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let writers: Vec<_> = (0..4)
            .map(|writer| {
                let base = base.clone();
                let writes = writes.clone();
                runtime.spawn(async move {
                    let client = reqwest::Client::new();
                    for i in 0u32.. {
                        // Big enough that a torn write would show.
                        let games: Vec<u32> = (1..=32).map(|g| g + i).collect();
                        let config = serde_json::json!({"BotConfig": {
                            "Enabled": true, "SteamLogin": format!("w{writer}"), "SteamPassword": "p",
                            "GamesPlayedWhileIdle": games, "CustomGamePlayedWhileIdle": "x".repeat(2000),
                        }});
                        let url = format!("{base}/Api/Bot/Bot{}", i % 3);
                        let storage = format!("{base}/Api/Storage/key{writer}");
                        let bot = client.post(&url).json(&config).send().await;
                        let kv = client.post(&storage).json(&config).send().await;
                        if bot.is_err() || kv.is_err() {
                            return;
                        }
                        writes.fetch_add(2, std::sync::atomic::Ordering::Relaxed);
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(700 + round * 450));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        for writer in writers {
            let _ = runtime.block_on(writer);
        }
        let done = writes.load(std::sync::atomic::Ordering::Relaxed);
        assert!(done > 10, "round {round}: only {done} writes happened");
        let config = dir.path().join("config");
        let mut checked = 0;
        for entry in std::fs::read_dir(&config).expect("config dir") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            // Temporary files a write was cut short in; the next start removes them.
            if (name.starts_with('.') && name.ends_with(".tmp")) || name == "IPC.config" {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            assert!(!text.is_empty(), "round {round}: {name} is empty");
            let value: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("round {round}: {name} is torn: {e}"));
            if name.ends_with(".json") {
                asf_ipc::parsers::parse_bot_config(&text)
                    .unwrap_or_else(|e| panic!("round {round}: {name}: {e}"));
                assert_eq!(
                    value["GamesPlayedWhileIdle"].as_array().map(Vec::len),
                    Some(32)
                );
            }
            checked += 1;
        }
        assert!(checked >= 2, "round {round}: files were written");
    }
}

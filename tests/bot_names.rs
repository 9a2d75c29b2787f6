//! Bot names and bot files, all or nothing: names too long for the file system or shaped like
//! selectors are refused on create and rename, bots made by hand with such names are addressed
//! alone, racing writers leave every bot whole, and a stopping process leaves no temporary file.

use asf_ipc_test_support as common;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use common::{TestServer, http, write_bot, write_disabled_bots_with_databases};
use reqwest::Method;
use serde_json::{Value, json};

/// The longest name a bot file derives from its bot's: `<name>.maFile.PENDING`, which ASF's
/// authenticator plugin writes.
const LONGEST_EXTENSION: usize = ".maFile.PENDING".len();

/// The longest file name `dir`'s file system takes, found by trying.
fn name_max(dir: &Path) -> usize {
    (1..=1024usize)
        .rev()
        .find(|len| {
            let path = dir.join("n".repeat(*len));
            let made = std::fs::write(&path, b"").is_ok();
            let _ = std::fs::remove_file(&path);
            made
        })
        .expect("some name fits")
}

/// A name of exactly `len` bytes, different for every length and `tag`.
fn name_of(tag: char, len: usize) -> String {
    let head = format!("{tag}{len}");
    format!("{head}{}", "x".repeat(len - head.len()))
}

async fn command(t: &TestServer, line: &str) -> String {
    let body = t
        .request(Method::POST, "/Api/Command")
        .json(&json!({"Command": line}))
        .expect(200)
        .await;
    body["Result"].as_str().unwrap_or_default().to_string()
}

/// `fbadd` answers `Done!` and the id reaches the bot's database file.
async fn fbadd_reaches_the_disk(t: &TestServer, name: &str, app: u32) {
    assert_eq!(
        command(t, &format!("fbadd {name} {app}")).await,
        format!("<{name}> Done!"),
        "fbadd on {} bytes",
        name.len()
    );
    let db = t.config_file(&format!("{name}.db"));
    assert!(
        db.contains(&app.to_string()),
        "{app} saved for {} bytes: {db}",
        name.len()
    );
}

fn files_of(config: &Path) -> BTreeSet<String> {
    std::fs::read_dir(config)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect()
}

#[tokio::test]
async fn names_too_long_for_the_file_system_are_refused_whole() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "r", json!({"Enabled": true}));
        std::fs::write(dir.join("config/r.db"), "{}").expect("db");
    })
    .await;
    let config = t.dir.path().join("config");
    let limit = name_max(&config) - LONGEST_EXTENSION;
    let mut lengths: BTreeSet<usize> = (limit - 8..=limit + 8).collect();
    // The lengths that failed each in their own way against a limit of 255 bytes.
    lengths.extend([221, 230, 250, 251, 252, 253, 255, 256]);
    for len in lengths {
        let fits = len <= limit;

        let name = name_of('c', len);
        let (status, body) = t
            .call(
                Method::POST,
                &format!("/Api/Bot/{name}"),
                Some(json!({"BotConfig": {"Enabled": false}})),
            )
            .await;
        if fits {
            assert_eq!(
                (status, &body["Result"][&name]),
                (200, &json!(true)),
                "{len}"
            );
            // Saved again, and a command that writes the bot's database.
            let (status, body) = t
                .call(
                    Method::POST,
                    &format!("/Api/Bot/{name}"),
                    Some(json!({"BotConfig": {"Enabled": false, "GamesPlayedWhileIdle": [len]}})),
                )
                .await;
            assert_eq!((status, &body["Success"]), (200, &json!(true)), "{len}");
            fbadd_reaches_the_disk(&t, &name, 440).await;
        } else {
            assert_eq!(
                (status, body["Message"].as_str()),
                (400, Some("botNames is invalid!")),
                "{len}"
            );
            assert!(
                files_of(&config).iter().all(|f| !f.starts_with(&name)),
                "nothing written for {len}"
            );
        }

        let new_name = name_of('m', len);
        let before = files_of(&config);
        let (status, body) = t
            .call(
                Method::POST,
                "/Api/Bot/r/Rename",
                Some(json!({"NewName": new_name})),
            )
            .await;
        if fits {
            assert_eq!((status, &body["Success"]), (200, &json!(true)), "{len}");
            assert!(config.join(format!("{new_name}.db")).exists(), "{len}");
            fbadd_reaches_the_disk(&t, &new_name, 10_000 + u32::try_from(len).expect("len")).await;
            let (status, _) = t
                .call(
                    Method::POST,
                    &format!("/Api/Bot/{new_name}/Rename"),
                    Some(json!({"NewName": "r"})),
                )
                .await;
            assert_eq!(status, 200, "{len}: renamed back");
        } else {
            assert_eq!(
                (status, body["Message"].as_str()),
                (400, Some("NewName is invalid!")),
                "{len}"
            );
            assert_eq!(files_of(&config), before, "{len}: no file moved");
            let r = t.bots("r").await;
            assert_eq!(r["r"]["KeepRunning"], true, "{len}: still running");
            fbadd_reaches_the_disk(&t, "r", 20_000 + u32::try_from(len).expect("len")).await;
        }
    }
}

/// Names the selector grammar reads as more than one bot.
const SELECTORS: &[&str] = &[
    "@ALL", "@all", "@Farming", "@idle", "@ONLINE", "@offline", "r!.*", "R!a", "a..b", "a..",
];

#[tokio::test]
async fn selector_shaped_names_are_refused_on_create_and_rename() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "a", json!({"Enabled": false}))).await;
    let config = t.dir.path().join("config");
    let before = files_of(&config);
    for name in SELECTORS {
        let (status, body) = t
            .call(
                Method::POST,
                &format!("/Api/Bot/{name}"),
                Some(json!({"BotConfig": {}})),
            )
            .await;
        assert_eq!(
            (status, body["Message"].as_str(), body["Success"].as_bool()),
            (400, Some("botNames is invalid!"), Some(false)),
            "create {name}"
        );
    }
    for name in SELECTORS.iter().chain(&["a,b", "x,"]) {
        let (status, body) = t
            .call(
                Method::POST,
                "/Api/Bot/a/Rename",
                Some(json!({"NewName": name})),
            )
            .await;
        assert_eq!(
            (status, body["Message"].as_str(), body["Success"].as_bool()),
            (400, Some("NewName is invalid!"), Some(false)),
            "rename to {name}"
        );
    }
    assert_eq!(files_of(&config), before, "nothing written or moved");
    assert_eq!(t.bots("ASF").await.as_object().map(|m| m.len()), Some(1));
}

#[tokio::test]
async fn a_bot_made_by_hand_with_a_selector_name_is_addressed_alone() {
    let odd = ["@ALL", "@idle", "r!.*", "a..c", "x,y"];
    let plain = ["a", "b", "c", "x", "y"];
    let t = TestServer::start_with_bots(|dir| {
        for name in odd.iter().chain(&plain) {
            write_bot(dir, name, json!({"Enabled": false, "SteamLogin": name}));
            std::fs::write(dir.join(format!("config/{name}.db")), "{}").expect("db");
        }
    })
    .await;
    let config = t.dir.path().join("config");
    assert_eq!(t.bots("ASF").await.as_object().map(|m| m.len()), Some(10));

    // Read, changed and saved alone.
    let all = t.bots("@ALL").await;
    assert_eq!(all.as_object().map(|m| m.len()), Some(1), "{all}");
    assert!(all.get("@ALL").is_some(), "{all}");
    assert_eq!(command(&t, "fbadd @ALL 440").await, "<@ALL> Done!");
    for name in plain {
        assert!(
            !t.config_file(&format!("{name}.db")).contains("440"),
            "{name}"
        );
    }
    let x_before = t.config_file("x.json");
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/x,y",
            Some(json!({"BotConfig": {"Enabled": false, "SteamLogin": "x,y", "GamesPlayedWhileIdle": [10]}})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["Result"], json!({"x,y": true}));
    assert_eq!(t.config_file("x.json"), x_before, "x untouched");
    assert!(t.config_file("x,y.json").contains("10"));

    // Deleted alone, each with its files.
    for name in odd {
        let (status, body) = t
            .call(Method::DELETE, &format!("/Api/Bot/{name}"), None)
            .await;
        assert_eq!((status, &body["Success"]), (200, &json!(true)), "{name}");
        assert!(!config.join(format!("{name}.json")).exists(), "{name}");
        assert!(!config.join(format!("{name}.db")).exists(), "{name}");
        for other in plain {
            assert!(
                config.join(format!("{other}.json")).exists()
                    && config.join(format!("{other}.db")).exists(),
                "deleting {name} kept {other}"
            );
        }
    }
    let left = t.bots("ASF").await;
    let left: Vec<&String> = left.as_object().expect("bots").keys().collect();
    assert_eq!(left, plain);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn racing_renames_and_creates_of_one_name_leave_every_bot_whole() {
    for round in 0..8 {
        let t =
            TestServer::start_with_bots(|dir| write_disabled_bots_with_databases(dir, &["A", "B"]))
                .await;
        let config = t.dir.path().join("config");
        let mut tasks = Vec::new();
        for (path, body) in [
            ("/Api/Bot/A/Rename", json!({"NewName": "X"})),
            (
                "/Api/Bot/X",
                json!({"BotConfig": {"Enabled": false, "GamesPlayedWhileIdle": [7]}}),
            ),
            ("/Api/Bot/B/Rename", json!({"NewName": "X"})),
            (
                "/Api/Bot/X,Y",
                json!({"BotConfig": {"Enabled": false, "GamesPlayedWhileIdle": [8]}}),
            ),
        ] {
            let url = t.url(path);
            tasks.push(tokio::spawn(async move {
                let response = http().post(url).json(&body).send().await.expect("POST");
                let status = response.status().as_u16();
                (status, response.json::<Value>().await.expect("json"))
            }));
        }
        let mut renamed = 0;
        for task in tasks {
            let (status, body) = task.await.expect("task");
            match status {
                200 => assert_eq!(body["Success"], true, "round {round}: {body}"),
                400 => assert_eq!(body["Message"], "NewName is invalid!", "round {round}"),
                other => panic!("round {round}: {other} {body}"),
            }
            if status == 200 && body["Result"].is_null() {
                renamed += 1;
            }
        }
        assert!(renamed <= 1, "round {round}: at most one rename to X");
        let gone: Vec<&str> = ["A", "B"]
            .into_iter()
            .filter(|n| !config.join(format!("{n}.json")).exists())
            .collect();
        assert_eq!(gone.len(), renamed, "round {round}: {gone:?}");
        for name in ["A", "B"] {
            assert_eq!(
                config.join(format!("{name}.json")).exists(),
                config.join(format!("{name}.db")).exists(),
                "round {round}: {name} whole"
            );
        }
        let x: Value = serde_json::from_str(&t.config_file("X.json")).expect("X.json whole");
        assert!(x.is_object(), "round {round}");
        if let Some(winner) = gone.first() {
            let db = t.config_file("X.db");
            assert!(
                db.contains(winner),
                "round {round}: X has {winner}'s db: {db}"
            );
            // The creates came after the rename (else it found X taken): they saved the bot
            // X that was, keeping the login they did not mention.
            assert_eq!(x["SteamLogin"], *winner, "round {round}: {x}");
        } else {
            let db = t.config_file("X.db");
            assert!(
                !db.contains("\"n\""),
                "round {round}: X has no renamed db: {db}"
            );
        }
        assert!(
            files_of(&config).iter().all(|f| !f.starts_with('.')),
            "round {round}: no temporary left"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_burst_of_writes_leaves_no_temporary_file() {
    use common::instance::{Instance, free_port, write_ipc_config};
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config");
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    write_bot(dir.path(), "W", json!({"Enabled": false}));
    // A 96 MB ASF.db: every change of the store saves all of it, a write that outlasts the
    // stop (the process ends at most 600 ms after the signal). The server peaks near 300 MiB.
    std::fs::write(
        config.join("ASF.db"),
        json!({"Filler": "v".repeat(96 << 20)}).to_string(),
    )
    .expect("ASF.db");
    let mut instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, "IPC server ready!", 30).await;
    let base = format!("http://127.0.0.1:{port}/Api");
    let writers: Vec<_> = (0..4u32)
        .map(|i| {
            let base = base.clone();
            tokio::spawn(async move {
                for n in 0..100u32 {
                    let client = http();
                    let _ = client
                        .post(format!("{base}/Storage/k{i}"))
                        .json(&json!(n))
                        .send()
                        .await;
                    let _ = client
                        .post(format!("{base}/Command"))
                        .json(&json!({"Command": format!("fbadd W {}", i * 1000 + n + 1)}))
                        .send()
                        .await;
                    let _ = client
                        .post(format!("{base}/Bot/W"))
                        .json(&json!({"BotConfig": {"Enabled": false, "GamesPlayedWhileIdle": [n + 1]}}))
                        .send()
                        .await;
                }
            })
        })
        .collect();
    let temporaries = || -> Vec<String> {
        files_of(&config)
            .into_iter()
            .filter(|f| f.starts_with('.'))
            .collect()
    };
    // The signal comes while a write is under way.
    common::wait_for(20, "a write under way", || async {
        (!temporaries().is_empty()).then_some(())
    })
    .await;
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &instance.pid().to_string()])
        .status();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while instance.running() {
        assert!(tokio::time::Instant::now() < deadline, "still running");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    for writer in writers {
        writer.abort();
    }
    assert_eq!(temporaries(), Vec::<String>::new(), "temporaries left");
    let db = std::fs::read_to_string(config.join("ASF.db")).expect("ASF.db");
    serde_json::from_str::<Value>(&db).expect("ASF.db whole");
}

#[tokio::test]
async fn a_deletion_or_rename_meeting_a_planted_directory_changes_nothing() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "a", json!({"Enabled": true}));
        std::fs::write(dir.join("config/a.db"), "{}").expect("db");
        std::fs::write(dir.join("config/a.keys.unused"), "").expect("keys");
        // Directories under names derived from `a` (after its database) and from `b`.
        std::fs::create_dir(dir.join("config/a.keys.used")).expect("dir");
        std::fs::create_dir(dir.join("config/b.maFile")).expect("dir");
    })
    .await;
    let config = t.dir.path().join("config");
    let before = files_of(&config);

    let (status, body) = t.call(Method::DELETE, "/Api/Bot/a", None).await;
    assert_eq!(
        (status, &body["Success"], body["Message"].as_str()),
        (200, &json!(false), Some("Failed!")),
        "{body}"
    );
    assert_eq!(files_of(&config), before, "every file stays");
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/a/Rename",
            Some(json!({"NewName": "b"})),
        )
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("NewName is invalid!"))
    );
    assert_eq!(files_of(&config), before, "nothing moved");

    let a = t.bots("a").await;
    assert_eq!(a["a"]["KeepRunning"], true, "{a}");
    fbadd_reaches_the_disk(&t, "a", 440).await;
}

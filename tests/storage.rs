//! `/Api/Storage` against a `config/` that cannot take the write: a failed write or delete
//! changes nothing, in memory or on disk, and a later write carries no refused change.

use asf_ipc_test_support as common;

use std::path::{Path, PathBuf};

use common::TestServer;
use serde_json::{Value, json};

/// How `config/` was made to refuse writes, undone when dropped.
enum Refusing {
    /// A tmpfs of a few pages over `config/`: full once the filler is written.
    SmallTmpfs(PathBuf),
    /// `config/` read-only by its mode (for a user without the right to mount).
    ReadOnly(PathBuf),
}

impl Refusing {
    /// Mounts a 256 KiB tmpfs on `config`, or `None` when this process may not.
    fn small_tmpfs(config: &Path) -> Option<Self> {
        let target = std::ffi::CString::new(config.as_os_str().as_encoded_bytes()).ok()?;
        let (fs, options) = (c"tmpfs", c"size=256k");
        // SAFETY: valid NUL-terminated strings that outlive the call.
        let mounted = unsafe {
            libc::mount(
                fs.as_ptr(),
                target.as_ptr(),
                fs.as_ptr(),
                0,
                options.as_ptr().cast(),
            )
        };
        (mounted == 0).then(|| Self::SmallTmpfs(config.to_path_buf()))
    }

    /// Makes `config/` refuse every further write: the tmpfs filled, or the mode read-only.
    fn refuse_writes(&self) {
        match self {
            Self::SmallTmpfs(config) => {
                // Fills what is left (a write stops short at ENOSPC).
                let _ = std::fs::write(config.join("filler"), vec![b' '; 512 * 1024]);
            }
            Self::ReadOnly(config) => set_mode(config, 0o555),
        }
    }

    /// Lets writes through again.
    fn allow_writes(&self) {
        match self {
            Self::SmallTmpfs(config) => {
                let _ = std::fs::remove_file(config.join("filler"));
            }
            Self::ReadOnly(config) => set_mode(config, 0o755),
        }
    }
}

impl Drop for Refusing {
    fn drop(&mut self) {
        match self {
            Self::SmallTmpfs(config) => {
                if let Ok(target) = std::ffi::CString::new(config.as_os_str().as_encoded_bytes()) {
                    // SAFETY: a valid NUL-terminated path; a lazy unmount cannot touch memory.
                    unsafe { libc::umount2(target.as_ptr(), libc::MNT_DETACH) };
                }
            }
            Self::ReadOnly(config) => set_mode(config, 0o755),
        }
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// A `config/` that can be made to refuse writes: a small tmpfs where this process may mount,
/// a read-only mode where the mode binds it (not as root). `None` where neither can be had.
fn refusing_config(config: &Path) -> Option<Refusing> {
    if let Some(tmpfs) = Refusing::small_tmpfs(config) {
        return Some(tmpfs);
    }
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    (!root).then(|| Refusing::ReadOnly(config.to_path_buf()))
}

async fn post(t: &TestServer, key: &str, value: &Value) -> Value {
    t.request(reqwest::Method::POST, &format!("/Api/Storage/{key}"))
        .json(value)
        .expect(200)
        .await
}

async fn stored(t: &TestServer, key: &str) -> Value {
    t.request(reqwest::Method::GET, &format!("/Api/Storage/{key}"))
        .expect(200)
        .await["Result"]
        .clone()
}

fn on_disk(t: &TestServer) -> Value {
    let text = t.config_file("ASF.db");
    serde_json::from_str::<Value>(&text).expect("ASF.db is JSON")["KeyValueJsonStorage"].clone()
}

/// Writes and deletes (some of them at once) that `config/` refuses answer `Failed!` and change
/// nothing: reads give the old values, the file keeps them, and the next write that succeeds
/// saves only its own change.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_storage_writes_change_nothing() {
    let mut refusing = None;
    let t =
        TestServer::start_in_config(|dir| refusing = refusing_config(&dir.join("config"))).await;
    // Declared after the server, so dropped (unmounted) before its directory is removed.
    let Some(refusing) = refusing else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must be able to mount a tmpfs or make config/ read-only"
        );
        println!("skipped: neither a tmpfs nor a read-only config/ can be had here");
        return;
    };
    let kept = json!({"kept": [1, 2, 3]});
    assert_eq!(post(&t, "kept", &kept).await["Success"], true);

    refusing.refuse_writes();
    let big = json!("x".repeat(400 * 1024));
    // Writers at once, each refused: new keys, a changed key, a deleted key.
    let refused = futures::future::join_all((0..8).map(|i| {
        let t = &t;
        let big = &big;
        async move {
            match i % 3 {
                0 => post(t, &format!("new{i}"), big).await,
                1 => post(t, "kept", &json!({"changed": i})).await,
                _ => {
                    t.request(reqwest::Method::DELETE, "/Api/Storage/kept")
                        .expect(200)
                        .await
                }
            }
        }
    }))
    .await;
    for answer in &refused {
        assert_eq!(answer["Success"], false, "{answer}");
        assert_eq!(answer["Message"], "Failed!", "{answer}");
    }
    assert_eq!(stored(&t, "kept").await, kept);
    for i in (0..8).filter(|i| i % 3 == 0) {
        assert_eq!(stored(&t, &format!("new{i}")).await, Value::Null);
    }
    assert_eq!(on_disk(&t), json!({"kept": kept}));

    refusing.allow_writes();
    assert_eq!(post(&t, "later", &json!(1)).await["Success"], true);
    // The file holds the old value and the new key, none of the refused changes.
    assert_eq!(on_disk(&t), json!({"kept": kept, "later": 1}));
    assert_eq!(stored(&t, "kept").await, kept);

    // Writers at once that all succeed: each change saved, none lost to another's save.
    let written = futures::future::join_all((0..16).map(|i| {
        let t = &t;
        async move { post(t, &format!("w{i}"), &json!({"n": i})).await }
    }))
    .await;
    assert!(written.iter().all(|answer| answer["Success"] == true));
    let disk = on_disk(&t);
    for i in 0..16 {
        let key = format!("w{i}");
        assert_eq!(disk[&key], json!({"n": i}), "{key} on disk");
        assert_eq!(stored(&t, &key).await, json!({"n": i}), "{key} in memory");
    }
    assert_eq!(disk["kept"], kept);
}

/// The answer of `GET /Api/Storage/{key}` as raw text.
async fn stored_text(t: &TestServer, key: &str) -> String {
    let url = t.url(&format!("/Api/Storage/{key}"));
    let response = common::http().get(url).send().await.expect("GET");
    assert_eq!(response.status(), 200);
    response.text().await.expect("text")
}

/// `POST /Api/Storage/{key}` of `body` (any text), its `Success`.
async fn post_text(t: &TestServer, key: &str, body: &str) -> Value {
    let response = t
        .post_json_bytes(&format!("/Api/Storage/{key}"), body.to_string())
        .await;
    let status = response.status().as_u16();
    let answer: Value = response.json().await.expect("JSON");
    json!([status, answer["Success"]])
}

fn answer_of(result: &str) -> String {
    format!(r#"{{"Result":{result},"Message":"OK","Success":true}}"#)
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/StorageController.cs` (a `[FromBody] JsonElement`
/// stored and answered as it is) and `ArchiSteamFarm/Storage/GlobalDatabase.cs`: numbers come
/// back exactly as sent, written again after a restart as they were saved; `JsonElement.WriteTo`
/// drops the white space between tokens, writes strings again in the answer's escaping and
/// keeps a name given twice; bodies nest at most 64 deep, as ASP.NET's JSON input reads them.
#[tokio::test]
async fn stored_json_comes_back_as_written() {
    let t = TestServer::start().await;
    for (body, answer) in [
        ("12345678901234567890123", "12345678901234567890123"),
        ("2.50", "2.50"),
        ("1E5", "1E5"),
        ("1e400", "1e400"),
        ("-0.0", "-0.0"),
        (
            " { \"a\" : [ 1.0 , \"\\u0041\\/\u{e9}<\" ] ,\n\t\"a\" : true } ",
            r#"{"a":[1.0,"A/\u00E9\u003C"],"a":true}"#,
        ),
    ] {
        assert_eq!(post_text(&t, "k", body).await, json!([200, true]), "{body}");
        assert_eq!(stored_text(&t, "k").await, answer_of(answer), "{body}");
    }
    assert_eq!(
        post_text(&t, "big", "[1e400, 2.50]").await,
        json!([200, true])
    );
    assert_eq!(post_text(&t, "k", "[1,]").await[0], 400);
    assert_eq!(post_text(&t, "k", "\"\\uD800\"").await[0], 400);
    assert_eq!(
        stored_text(&t, "k").await,
        answer_of(r#"{"a":[1.0,"A/\u00E9\u003C"],"a":true}"#)
    );

    // System.Text.Json's depth limit as ASP.NET reads bodies: 64 nested, not 65 (nor 200).
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(post_text(&t, "deep", &nested(64)).await, json!([200, true]));
    for depth in [65, 200] {
        let response = t.post_json_bytes("/Api/Storage/deep", nested(depth)).await;
        assert_eq!(response.status(), 400);
        let answer: Value = response.json().await.expect("JSON");
        assert_eq!(
            answer["Message"], "The maximum configured depth of 64 has been exceeded.",
            "{depth}"
        );
    }
    for depth in [65, 200] {
        let body = format!(
            r#"{{"Command": "version", "Extra": {}}}"#,
            nested(depth - 1)
        );
        let response = t.post_json_bytes("/Api/Command", body).await;
        let answer: Value = response.json().await.expect("JSON");
        assert_eq!(
            answer["Message"], "The maximum configured depth of 64 has been exceeded.",
            "{depth}"
        );
    }
    let body = format!(r#"{{"Command": "version", "Extra": {}}}"#, nested(63));
    let response = t.post_json_bytes("/Api/Command", body).await;
    let answer: Value = response.json().await.expect("JSON");
    assert_ne!(
        answer["Message"],
        "The maximum configured depth of 64 has been exceeded."
    );
    let saved = t.config_file("ASF.db");
    assert!(saved.contains(r#""big": [1e400,2.50]"#), "{saved}");
    let t = TestServer::start_in_config(|dir| {
        std::fs::write(dir.join("config").join("ASF.db"), saved).expect("ASF.db");
    })
    .await;
    assert_eq!(stored_text(&t, "big").await, answer_of("[1e400,2.50]"));
}

/// Storing a value costs in proportion to its size: ten times the numbers, about ten times the
/// time (one run).
#[tokio::test]
async fn stored_json_cost_grows_linearly() {
    let t = TestServer::start().await;
    let body = |n: usize| format!("[{}0]", "1.50, ".repeat(n));
    let cost = |body: String| {
        let t = &t;
        async move {
            assert_eq!(post_text(t, "cost", &body).await, json!([200, true]));
        }
    };
    let (small, large) = (body(20_000), body(200_000));
    let (ratio, best) = common::cost::ratio(small, large, cost).await;
    assert!(ratio < 30.0, "10x the value cost {ratio:.1}x ({best:?})");
}

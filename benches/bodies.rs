//! What a large request body costs the server binary, route by route: one body of about
//! 20 MB per route (the densest shape the route reads: long lists of small numbers, long
//! strings, many members), and the peak growth of the server's resident memory while it is
//! handled, as a multiple of the body. Prints one line per route.
//!
//! Run with `cargo bench --bench bodies`.

use std::time::{Duration, Instant};

use asf_ipc_test_support::budget::Budget;
use asf_ipc_test_support::instance::{Instance, free_port, write_ipc_config};
use serde_json::json;

/// About the size of each body: under Kestrel's 30,000,000-byte default limit.
const BODY_BYTES: usize = 20_000_000;

/// `[1,1,…]` of about `bytes` bytes: a number per two bytes.
fn dense_numbers(bytes: usize) -> String {
    let mut list = "1,".repeat(bytes / 2);
    list.pop();
    format!("[{list}]")
}

/// `["x","x",…]` of about `bytes` bytes: a string per four bytes.
fn dense_strings(bytes: usize) -> String {
    let mut list = "\"x\",".repeat(bytes / 4);
    list.pop();
    format!("[{list}]")
}

fn long_string(bytes: usize) -> String {
    format!("\"{}\"", "x".repeat(bytes))
}

/// Each route with a body, its body, and what the body stresses.
fn cases() -> Vec<(&'static str, &'static str, String)> {
    let n = BODY_BYTES;
    let many_members = {
        let members: Vec<String> = (0..n / 12).map(|i| format!("\"k{i:08}\":1")).collect();
        format!("{{{}}}", members.join(","))
    };
    let bgr_keys = {
        let keys: Vec<String> = (0..n / 40)
            .map(|i| format!("\"{:05X}-AAAAA-BBBBB\":\"game {i}\"", i % 0xFFFFF))
            .collect();
        format!("{{{}}}", keys.join(","))
    };
    vec![
        (
            "POST /Api/ASF",
            "config, long string",
            format!(
                r#"{{"GlobalConfig":{{"SteamMessagePrefix":{}}}}}"#,
                long_string(n)
            ),
        ),
        (
            "POST /Api/Bot/Bench",
            "config, dense list",
            format!(
                r#"{{"BotConfig":{{"GamesPlayedWhileIdle":{}}}}}"#,
                dense_numbers(n)
            ),
        ),
        (
            "POST /Api/Bot/Bench",
            "config, long string",
            format!(
                r#"{{"BotConfig":{{"Enabled":true,"SteamLogin":"bench","SteamPassword":"x","CustomGamePlayedWhileIdle":{}}}}}"#,
                long_string(n)
            ),
        ),
        (
            "POST /Api/Bot/Bench",
            "config, unknown members",
            format!(r#"{{"BotConfig":{many_members}}}"#),
        ),
        (
            "POST /Api/ASF/Encrypt",
            "long string",
            format!(
                r#"{{"CryptoMethod":1,"StringToEncrypt":{}}}"#,
                long_string(n)
            ),
        ),
        (
            "POST /Api/ASF/Hash",
            "long string",
            format!(r#"{{"HashingMethod":0,"StringToHash":{}}}"#, long_string(n)),
        ),
        (
            "POST /Api/ASF/Update",
            "unknown member",
            format!(r#"{{"Channel":1,"Junk":{}}}"#, dense_numbers(n)),
        ),
        (
            "POST /Api/Bot/Bench/AddLicense",
            "dense list",
            format!(r#"{{"Apps":{}}}"#, dense_numbers(n)),
        ),
        (
            "POST /Api/Bot/Bench/RemoveLicense",
            "dense list",
            format!(r#"{{"Packages":{}}}"#, dense_numbers(n)),
        ),
        (
            "POST /Api/Bot/Bench/GamesToRedeemInBackground",
            "many keys",
            format!(r#"{{"GamesToRedeemInBackground":{bgr_keys}}}"#),
        ),
        (
            "POST /Api/Bot/Bench/Input",
            "long string",
            format!(r#"{{"Type":1,"Value":{}}}"#, long_string(n)),
        ),
        (
            "POST /Api/Bot/Bench/Pause",
            "unknown member",
            format!(r#"{{"Permanent":true,"Junk":{}}}"#, dense_numbers(n)),
        ),
        (
            "POST /Api/Bot/Bench/Redeem",
            "one long key",
            format!(r#"{{"KeysToRedeem":[{}]}}"#, long_string(n)),
        ),
        (
            "POST /Api/Bot/Bench/TwoFactorAuthentication",
            "long string",
            format!(
                r#"{{"shared_secret":{},"identity_secret":"x"}}"#,
                long_string(n)
            ),
        ),
        (
            "POST /Api/Bot/Bench/TwoFactorAuthentication/Confirmations",
            "dense list",
            format!(
                r#"{{"Accept":true,"AcceptedCreatorIDs":{}}}"#,
                dense_numbers(n)
            ),
        ),
        (
            "POST /Api/Command",
            "owns, repeated terms",
            format!(r#"{{"Command":"owns Bench {}"}}"#, "a,".repeat(n / 2)),
        ),
        (
            "POST /Api/Plugins/Update",
            "dense list",
            format!(r#"{{"Plugins":{}}}"#, dense_strings(n)),
        ),
        (
            "POST /Api/Storage/bench",
            "long string",
            format!(r#"{{"value":{}}}"#, long_string(n)),
        ),
        (
            "POST /Api/Bot/Bench/Rename",
            "long string",
            format!(r#"{{"NewName":{}}}"#, long_string(n)),
        ),
    ]
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("dir");
        let port = free_port();
        write_ipc_config(
            dir.path(),
            &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
        );
        std::fs::write(
            dir.path().join("config/Bench.json"),
            r#"{"Enabled":true,"SteamLogin":"bench","SteamPassword":"x"}"#,
        )
        .expect("bot");
        let instance = Instance::spawn(dir.path(), &[]);
        instance.wait_line(0, "IPC server ready!", 60).await;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(120))
            .build()
            .expect("client");
        println!(
            "{:<58} {:<24} {:>7} {:>6} {:>9} {:>9} {:>8}",
            "route", "body", "MB", "status", "peak MiB", "x body", "seconds"
        );
        for (route, shape, body) in cases() {
            let (method, path) = route.split_once(' ').expect("method and path");
            assert_eq!(method, "POST");
            let url = format!("http://127.0.0.1:{port}{path}");
            let length = body.len();
            let started = Instant::now();
            let (status, used) = Budget::of(instance.pid())
                .measure(async {
                    match client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(body)
                        .send()
                        .await
                    {
                        Ok(response) => {
                            let status = response.status().as_u16();
                            let _ = response.bytes().await;
                            status.to_string()
                        }
                        Err(e) if e.is_timeout() => "timeout".to_string(),
                        Err(_) => "error".to_string(),
                    }
                })
                .await;
            let elapsed = started.elapsed();
            println!(
                "{route:<58} {shape:<24} {:>7.1} {status:>6} {:>9.1} {:>9.2} {:>8.2}",
                length as f64 / 1e6,
                used.grown_kib() as f64 / 1024.0,
                used.rss_per_input_byte(length as u64),
                elapsed.as_secs_f64(),
            );
            // Let the server settle (files written, bots reconfigured) before the next body.
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
}

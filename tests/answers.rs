//! Answers in flight have a budget: slow handlers share a bounded number of links to the
//! backend, and clients that stop reading an answer are dropped once they fall below the
//! minimum response data rate, their memory freed. Measured on the server binary.

use asf_ipc_test_support as common;

use std::time::Duration;

use common::budget::{Budget, Limits};
use common::instance::{Instance, free_port, write_ipc_config};
use serde_json::json;

/// The server binary on a free port of 127.0.0.1, with `limits` as `Kestrel.Limits` and
/// `prepare` run on its directory first.
async fn instance(
    limits: serde_json::Value,
    prepare: impl FnOnce(&std::path::Path),
) -> (Instance, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    std::fs::create_dir_all(dir.path().join("config")).expect("config dir");
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {
            "Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}},
            "Limits": limits,
        }}),
    );
    prepare(dir.path());
    let server = Instance::spawn(dir.path(), &[]);
    server.wait_line(0, "IPC server ready!", 20).await;
    (server, format!("http://127.0.0.1:{port}"), dir)
}

/// A crowd of slow requests (confirmations that wait about four seconds each, as ASF's
/// `WaitIfNeeded` does) costs the server a bounded number of descriptors: they share a few
/// multiplexed links to the backend instead of taking an HTTP/1.1 link (two descriptors) each.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_slow_requests_hold_a_bounded_number_of_descriptors() {
    let (server, base, _dir) = instance(json!({}), |dir| {
        common::write_bot(dir, "Slow", common::farming_bot("slow"));
    })
    .await;
    let client = common::http();
    common::wait_for(20, "Slow to log on", || async {
        let bots: serde_json::Value = client
            .get(format!("{base}/Api/Bot/Slow"))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        (bots["Result"]["Slow"]["IsConnectedAndLoggedOn"] == true).then_some(())
    })
    .await;
    let imported = client
        .post(format!("{base}/Api/Bot/Slow/TwoFactorAuthentication"))
        .json(&json!({
            "shared_secret": common::SHARED_SECRET,
            "identity_secret": common::IDENTITY_SECRET,
        }))
        .send()
        .await
        .expect("import");
    assert_eq!(imported.status(), 200);
    let waiting =
        json!({"Accept": true, "AcceptedCreatorIDs": [999_999_999_999u64], "WaitIfNeeded": true});
    // Five HTTP/2 connections of 200 streams each: the client's own descriptors stay few.
    let clients: Vec<reqwest::Client> = (0..5)
        .map(|_| {
            reqwest::Client::builder()
                .http2_prior_knowledge()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("client")
        })
        .collect();
    let url = format!("{base}/Api/Bot/Slow/TwoFactorAuthentication/Confirmations");
    let (statuses, used) = Budget::of(server.pid())
        .measure(async {
            let requests = (0..1000).map(|i| {
                let (client, url, body) = (clients[i % 5].clone(), url.clone(), waiting.clone());
                tokio::spawn(async move {
                    client
                        .post(url)
                        .json(&body)
                        .send()
                        .await
                        .map(|r| r.status().as_u16())
                        .unwrap_or(0)
                })
            });
            futures::future::join_all(requests).await
        })
        .await;
    let answered = statuses.iter().filter(|s| matches!(s, Ok(200))).count();
    assert_eq!(answered, 1000, "every slow request is answered");
    // The old way took two descriptors per request past 128 waiting: about 1,750.
    used.assert_within(Limits::only_fds(100));
}

//! Many bots: hand edits are still seen among thousands of bot files, an idle server costs no
//! more CPU with 2,000 bots than with 10, and the server binary listens at once however many
//! bots it has to load, listing them as they load.

use std::path::Path;
use std::time::{Duration, Instant};

use asf_ipc_test_support as common;

use common::instance::{Instance, free_port, write_ipc_config};
use common::{TestServer, wait_for, write_bot};
use serde_json::{Value, json};

const READY: &str = "|INFO|ASF|StartInternally() IPC server ready!";
/// Bots for the tests that need many.
const MANY: usize = 2000;
/// Bots for the baseline the many are compared with.
const FEW: usize = 10;
/// How long a hand edit may take to show, on a loaded machine (ASF: about a second).
const EDIT_BOUND: Duration = Duration::from_secs(3);

fn bot_name(i: usize) -> String {
    format!("Bot{i:05}")
}

/// Writes `count` bot files that load but never run (disabled, no password): each has its
/// tasks, parked.
fn write_idle_bots(dir: &Path, count: usize) {
    for i in 0..count {
        write_bot(dir, &bot_name(i), json!({"SteamLogin": format!("idle{i}")}));
    }
}

/// Waits until `check` holds, failing when that took longer than `bound`; returns how long.
async fn within<F, Fut>(bound: Duration, what: &str, mut check: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    wait_for(bound.as_secs() + 10, what, || {
        let done = check();
        async move { done.await.then_some(()) }
    })
    .await;
    let took = started.elapsed();
    assert!(took <= bound, "{what} took {took:?}, over {bound:?}");
    took
}

#[tokio::test]
async fn hand_edits_are_seen_among_two_thousand_bots() {
    let t = TestServer::start_with_bots(|dir| write_idle_bots(dir, MANY)).await;
    let dir = t.dir.path().join("config");
    assert_eq!(t.asf.bots().len(), MANY);

    // Created by hand: appears.
    write_bot(t.dir.path(), "Hand", json!({"SteamLogin": "hand"}));
    within(EDIT_BOUND, "a new bot to appear", || async {
        t.bots("Hand").await.get("Hand").is_some()
    })
    .await;

    // Edited by hand: reconfigured.
    let edited = bot_name(MANY / 2);
    std::fs::write(
        dir.join(format!("{edited}.json")),
        json!({"SteamLogin": "edited", "CustomGamePlayedWhileIdle": "edited by hand"}).to_string(),
    )
    .expect("edit");
    within(EDIT_BOUND, "an edited bot to be reconfigured", || async {
        t.bots(&edited).await[&edited]["BotConfig"]["CustomGamePlayedWhileIdle"] == "edited by hand"
    })
    .await;

    // Renamed by hand: moves.
    let renamed = bot_name(1);
    std::fs::rename(dir.join(format!("{renamed}.json")), dir.join("Moved.json")).expect("rename");
    within(EDIT_BOUND, "a renamed bot to move", || async {
        let both = t.bots(&format!("{renamed},Moved")).await;
        both.get(&renamed).is_none() && both.get("Moved").is_some()
    })
    .await;

    // Deleted by hand: disappears.
    let deleted = bot_name(2);
    std::fs::remove_file(dir.join(format!("{deleted}.json"))).expect("delete");
    within(EDIT_BOUND, "a deleted bot to disappear", || async {
        t.bots(&deleted).await == json!({})
    })
    .await;
    assert_eq!(t.asf.bots().len(), MANY);
}

/// A server binary in a fresh directory with `bots` idle bots, listening on a free port.
struct Server {
    instance: Instance,
    base: String,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts it; returns it and how long it took to accept a connection.
    fn start(bots: usize, args: &[&str]) -> (Self, Duration) {
        let dir = tempfile::tempdir().expect("dir");
        let port = free_port();
        write_ipc_config(
            dir.path(),
            &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
        );
        write_idle_bots(dir.path(), bots);
        let started = Instant::now();
        let mut instance = Instance::spawn(dir.path(), args);
        let deadline = started + Duration::from_secs(60);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(instance.running(), "exited: {:?}", instance.lines());
            assert!(Instant::now() < deadline, "not listening after a minute");
            std::thread::sleep(Duration::from_millis(5));
        }
        let listening = started.elapsed();
        let server = Self {
            instance,
            base: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        };
        (server, listening)
    }

    async fn bots(&self, selector: &str) -> Value {
        let body: Value = reqwest::get(format!("{}/Api/Bot/{selector}", self.base))
            .await
            .expect("GET /Api/Bot")
            .json()
            .await
            .expect("json");
        assert_eq!(body["Success"], true, "{body}");
        body["Result"].clone()
    }

    /// Waits until the last of `bots` bots (they load in name order) is listed.
    async fn wait_loaded(&self, bots: usize) {
        let last = bot_name(bots - 1);
        wait_for(60, "every bot to load", || async {
            self.bots(&last).await.get(&last).map(|_| ())
        })
        .await;
    }

    /// CPU time (user and system) the process has used, in clock ticks.
    fn cpu_ticks(&self) -> u64 {
        asf_ipc_test_support::budget::cpu_ticks(self.instance.pid())
    }

    /// CPU ticks used over `window` once every bot is loaded and the start is over.
    async fn idle_ticks(&self, bots: usize, window: Duration) -> u64 {
        self.wait_loaded(bots).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        let before = self.cpu_ticks();
        tokio::time::sleep(window).await;
        self.cpu_ticks() - before
    }
}

#[tokio::test]
async fn an_idle_server_costs_no_more_with_two_thousand_bots() {
    if !Path::new("/proc/self/stat").exists() {
        eprintln!("skipped: no /proc on this system");
        return;
    }
    const WINDOW: Duration = Duration::from_secs(4);
    let (few, _) = Server::start(FEW, &[]);
    let few_ticks = few.idle_ticks(FEW, WINDOW).await;
    drop(few);
    let (many, _) = Server::start(MANY, &[]);
    let many_ticks = many.idle_ticks(MANY, WINDOW).await;
    // Listing 2,000 files every 200 ms took about 18 ticks of 10 ms in 4 s (4.5 % of a core)
    // in a debug build; waiting for the kernel's events takes none.
    eprintln!(
        "idle CPU over {WINDOW:?}: {many_ticks} ticks with {MANY} bots, {few_ticks} with {FEW}"
    );
    assert!(
        many_ticks <= few_ticks * 3 + 10,
        "idle CPU over {WINDOW:?}: {many_ticks} ticks with {MANY} bots, {few_ticks} with {FEW}"
    );
}

#[tokio::test]
async fn the_binary_listens_before_its_two_thousand_bots_are_loaded() {
    let (few, few_listening) = Server::start(FEW, &[]);
    few.instance.wait_line(0, READY, 30).await;
    drop(few);
    let (many, many_listening) = Server::start(MANY, &[]);
    // What is listed while loading is the bots loaded so far: a prefix of them by name.
    let listed: Vec<String> = many
        .bots("ASF")
        .await
        .as_object()
        .expect("bots by name")
        .keys()
        .cloned()
        .collect();
    let expected: Vec<String> = (0..listed.len()).map(bot_name).collect();
    assert_eq!(listed, expected, "bots listed while loading");
    eprintln!("listening after {many_listening:?} with {MANY} bots, {few_listening:?} with {FEW}");
    assert!(
        many_listening <= few_listening * 2 + Duration::from_secs(1),
        "listening after {many_listening:?} with {MANY} bots, {few_listening:?} with {FEW}"
    );
    many.wait_loaded(MANY).await;
    let all = many.bots("ASF").await;
    assert_eq!(all.as_object().map(|bots| bots.len()), Some(MANY));
}

#[tokio::test]
async fn polling_sees_hand_edits_where_asked_for() {
    let (server, _) = Server::start(FEW, &["--config-watch-poll"]);
    server
        .instance
        .wait_line(0, "by listing it every 200 ms", 30)
        .await;
    server.wait_loaded(FEW).await;
    let dir = server.instance.dir.clone();
    write_bot(&dir, "Hand", json!({"SteamLogin": "hand"}));
    within(EDIT_BOUND, "a new bot to appear", || async {
        server.bots("Hand").await.get("Hand").is_some()
    })
    .await;
    std::fs::remove_file(dir.join("config/Hand.json")).expect("delete");
    within(EDIT_BOUND, "a deleted bot to disappear", || async {
        server.bots("Hand").await == json!({})
    })
    .await;
}

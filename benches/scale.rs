//! Scale of the server binary with 1,000 and 10,000 enabled bots: time from exec to listening
//! and to every bot listed by `GET /Api/Bot`, resident memory, and the CPU an idle process uses
//! (from `/proc/<pid>/stat`, over 10 s once the bots have logged on and settled), on a first
//! start (no `<Bot>.db` yet) and on a second one.
//!
//! Run with `cargo bench --bench scale`; `ASF_IPC_BINARY=<path>` measures another build of the
//! server instead (to compare builds).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use asf_ipc_test_support::budget::cpu_ticks;
use asf_ipc_test_support::instance::{free_port, resident_kib, stop_child, write_ipc_config};

const COUNTS: [usize; 2] = [1_000, 10_000];
/// How long idle CPU is measured.
const IDLE_WINDOW: Duration = Duration::from_secs(10);
/// Time for every bot to log on (3 s of the simulated network at real speed) and farm.
const SETTLE: Duration = Duration::from_secs(8);

fn main() {
    let binary = std::env::var_os("ASF_IPC_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(asf_ipc_test_support::instance::server_binary);
    println!("server: {}", binary.display());
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    for count in COUNTS {
        let dir = tempfile::tempdir().expect("dir");
        let port = free_port();
        prepare(dir.path(), count, port);
        for start in ["first start", "second start"] {
            let figures = runtime.block_on(measure(&binary, dir.path(), count, port));
            println!(
                "{count:>6} bots, {start:<12}  listening {:>7.0} ms   all listed {:>7.0} ms   \
                 idle CPU {:>5.2} % of a core   RSS {:>6.1} MiB",
                figures.listening.as_secs_f64() * 1e3,
                figures.loaded.as_secs_f64() * 1e3,
                figures.idle_cpu_percent,
                figures.rss_kib as f64 / 1024.0,
            );
        }
    }
}

fn bot_name(i: usize) -> String {
    format!("Bot{i:05}")
}

/// `count` enabled bots that log on and farm, as in `benches/bots.rs`, and a listener on `port`.
fn prepare(dir: &Path, count: usize, port: u16) {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    write_ipc_config(
        dir,
        &serde_json::json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    for i in 0..count {
        let bot = serde_json::json!({
            "Enabled": true, "SteamLogin": format!("account{i}"), "SteamPassword": "secret",
            "FarmingOrders": [1], "GamesPlayedWhileIdle": [730],
        });
        std::fs::write(
            config.join(format!("{}.json", bot_name(i))),
            bot.to_string(),
        )
        .expect("bot");
    }
}

struct Figures {
    listening: Duration,
    loaded: Duration,
    idle_cpu_percent: f64,
    rss_kib: u64,
}

async fn measure(binary: &Path, dir: &Path, count: usize, port: u16) -> Figures {
    let started = Instant::now();
    let mut child = std::process::Command::new(binary)
        .arg("--path")
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("spawn the server");
    let deadline = started + Duration::from_secs(120);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "not listening after two minutes");
        std::thread::sleep(Duration::from_millis(1));
    }
    let listening = started.elapsed();
    // Bots load in name order: the last one listed means all are.
    let last = bot_name(count - 1);
    let url = format!("http://127.0.0.1:{port}/Api/Bot/{last}");
    let client = reqwest::Client::new();
    loop {
        let listed = match client.get(&url).send().await {
            Ok(response) => response
                .json::<serde_json::Value>()
                .await
                .is_ok_and(|body| body["Result"].get(&last).is_some()),
            Err(_) => false,
        };
        if listed {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "bots not listed after two minutes"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let loaded = started.elapsed();
    tokio::time::sleep(SETTLE).await;
    let pid = child.id();
    let before = cpu_ticks(pid);
    let window = Instant::now();
    tokio::time::sleep(IDLE_WINDOW).await;
    let ticks = cpu_ticks(pid) - before;
    let elapsed = window.elapsed().as_secs_f64();
    // SAFETY: `sysconf` only reads a configuration value.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let idle_cpu_percent = ticks as f64 / per_second / elapsed * 100.0;
    let rss_kib = resident_kib(pid);
    stop_child(&mut child, "-TERM");
    Figures {
        listening,
        loaded,
        idle_cpu_percent,
        rss_kib,
    }
}

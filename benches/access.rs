//! What a flood of wrong passwords costs everyone else: the release `asf-ipc` binary with an
//! SCrypt `IPCPassword`, and a client on loopback (a trusted proxy) sending wrong guesses as
//! fast as it can, 400 in flight, each naming a new client address in `X-Forwarded-For` so that
//! no ban ever stops it. Meanwhile one client asks `/HealthCheck` and another `/Api/ASF` with
//! the right password, one request after another.
//!
//! Run with `cargo bench --bench access`. Output lines are `name  key=value ...`: the guesses
//! and how they were answered, the latencies of the two probes, and the server's peak resident
//! memory above its idle baseline.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use asf_ipc::algorithms::{DEFAULT_CRYPT_KEY, hash_string};
use asf_ipc::api::enums::EHashingMethod;
use asf_ipc_test_support::budget::Budget;
use futures::StreamExt;

const PASSWORD: &str = "bench-password";
const IN_FLIGHT: usize = 400;
const FLOOD: Duration = Duration::from_secs(10);

fn main() {
    let dir = tempfile::tempdir().expect("dir");
    let port = prepare(dir.path());
    let mut server = start(dir.path(), port);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    println!("asf-ipc password flood benchmark, format 1");
    println!(
        "method        SCrypt IPCPassword; {IN_FLIGHT} wrong guesses in flight for {}s from loopback, \
         a new X-Forwarded-For address each; probes one after another",
        FLOOD.as_secs()
    );
    runtime.block_on(run(port, server.id()));
    asf_ipc_test_support::instance::stop_child(&mut server, "-TERM");
}

async fn run(port: u16, pid: u32) {
    let api = format!("http://127.0.0.1:{port}/Api/ASF");
    let health = format!("http://127.0.0.1:{port}/HealthCheck");
    let probe = client();
    // Idle figures first, and the right password verified once.
    let idle_health = probe_latencies(&probe, &health, None, Duration::from_secs(2), None).await;
    let idle_right =
        probe_latencies(&probe, &api, Some(PASSWORD), Duration::from_secs(2), None).await;
    line("idle_healthcheck", &idle_health);
    line("idle_right_password", &idle_right);

    let flooding = Arc::new(AtomicBool::new(true));
    let (checked, refused, other) = (
        Arc::new(AtomicU64::new(0)),
        Arc::new(AtomicU64::new(0)),
        Arc::new(AtomicU64::new(0)),
    );
    let flood = {
        let (flooding, checked, refused, other) = (
            flooding.clone(),
            checked.clone(),
            refused.clone(),
            other.clone(),
        );
        let api = api.clone();
        async move {
            let guesser = client();
            let started = Instant::now();
            futures::stream::iter(0u64..)
                .take_while(|_| futures::future::ready(started.elapsed() < FLOOD))
                .map(|i| {
                    let (guesser, api) = (guesser.clone(), api.clone());
                    async move {
                        let claimed = std::net::Ipv4Addr::from(0xc612_0000_u32 + (i as u32));
                        guesser
                            .get(&api)
                            .header("Authentication", format!("guess {i}"))
                            .header("X-Forwarded-For", claimed.to_string())
                            .send()
                            .await
                            .map_or(0, |r| r.status().as_u16())
                    }
                })
                .buffer_unordered(IN_FLIGHT)
                .for_each(|status| {
                    match status {
                        401 => &checked,
                        403 => &refused,
                        _ => &other,
                    }
                    .fetch_add(1, Ordering::Relaxed);
                    futures::future::ready(())
                })
                .await;
            flooding.store(false, Ordering::Relaxed);
        }
    };
    let right_client = client();
    let (((), health_figures, right_figures), used) = Budget::of(pid)
        .measure(async {
            let health_probe = probe_latencies(
                &probe,
                &health,
                None,
                FLOOD + Duration::from_secs(60),
                Some(flooding.clone()),
            );
            let right_probe = probe_latencies(
                &right_client,
                &api,
                Some(PASSWORD),
                FLOOD + Duration::from_secs(60),
                Some(flooding.clone()),
            );
            tokio::join!(flood, health_probe, right_probe)
        })
        .await;
    let seconds = FLOOD.as_secs_f64();
    let (checked, refused, other) = (
        checked.load(Ordering::Relaxed),
        refused.load(Ordering::Relaxed),
        other.load(Ordering::Relaxed),
    );
    println!(
        "flood_guesses  sent={} checked_401={checked} refused_403={refused} other={other} \
         checked_per_s={:.1}",
        checked + refused + other,
        checked as f64 / seconds
    );
    line("flood_healthcheck", &health_figures);
    line("flood_right_password", &right_figures);
    println!(
        "flood_memory  rss_peak_above_idle_mib={:.1} fds_peak_above_idle={}",
        used.grown_kib() as f64 / 1024.0,
        used.grown_fds()
    );
}

struct Figures {
    count: usize,
    failed: usize,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

fn line(name: &str, f: &Figures) {
    println!(
        "{name:<22} n={} failed={} p50_ms={:.2} p99_ms={:.2} max_ms={:.2}",
        f.count, f.failed, f.p50_ms, f.p99_ms, f.max_ms
    );
}

/// Requests `url` one after another (5 ms apart) for `limit`, or while `while_set` is set.
async fn probe_latencies(
    client: &reqwest::Client,
    url: &str,
    password: Option<&str>,
    limit: Duration,
    while_set: Option<Arc<AtomicBool>>,
) -> Figures {
    let started = Instant::now();
    let (mut latencies, mut failed) = (Vec::new(), 0);
    while started.elapsed() < limit
        && while_set
            .as_ref()
            .is_none_or(|flag| flag.load(Ordering::Relaxed))
    {
        let sent = Instant::now();
        let mut request = client.get(url);
        if let Some(password) = password {
            request = request.header("Authentication", password);
        }
        match request.send().await {
            Ok(r) if r.status() == 200 => latencies.push(sent.elapsed().as_secs_f64() * 1e3),
            _ => failed += 1,
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    latencies.sort_by(f64::total_cmp);
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or(f64::NAN)
    };
    Figures {
        count: latencies.len(),
        failed,
        p50_ms: at(0.5),
        p99_ms: at(0.99),
        max_ms: latencies.last().copied().unwrap_or(f64::NAN),
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(120))
        .build()
        .expect("client")
}

/// Writes `config/` with a free port and an SCrypt password; returns the port.
fn prepare(dir: &Path) -> u16 {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).expect("config");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    std::fs::write(
        config.join("IPC.config"),
        format!(r#"{{"Kestrel":{{"Endpoints":{{"HTTP":{{"Url":"http://127.0.0.1:{port}"}}}}}}}}"#),
    )
    .expect("IPC.config");
    let hash = hash_string(
        EHashingMethod::SCrypt,
        PASSWORD,
        DEFAULT_CRYPT_KEY.as_bytes(),
    )
    .expect("hash");
    let global = serde_json::json!({ "IPCPassword": hash, "IPCPasswordFormat": 1 });
    std::fs::write(config.join("ASF.json"), global.to_string()).expect("ASF.json");
    port
}

/// The release binary in `dir`, once it listens.
fn start(dir: &Path, port: u16) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_asf-ipc"))
        .arg("--path")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start asf-ipc");
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "asf-ipc did not listen");
        std::thread::sleep(Duration::from_millis(10));
    }
    child
}

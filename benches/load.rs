//! The full-stack benchmark: the release `asf-ipc` binary against a bare hyper "hello" server
//! (the physical limit of this machine), both driven by the same load generator.
//!
//! Run with `cargo bench --bench load` (needs `wrk` and `taskset`: `apt-get install wrk
//! util-linux`). With two or more cores the server under test runs on core 0 and the load
//! generators on core 1. Output lines are `name  key=value ...`, stable so runs can be
//! compared; the last block checks each figure against its target.
//!
//! Closed-loop figures come from `wrk -t1 -c50 --latency` (median of three 5-second runs after a
//! 1-second warm-up). The fixed-rate figure comes from an open-loop generator in this process
//! that schedules requests at exact times and measures latency from the scheduled time, so a
//! stalled server cannot hide its queueing (no coordinated omission).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use asf_ipc::algorithms::{DEFAULT_CRYPT_KEY, hash_string};
use asf_ipc::api::enums::EHashingMethod;

const CONNECTIONS: usize = 50;
const RUN_SECONDS: u64 = 5;
const RUNS: usize = 3;
const FIXED_RATE: u64 = 20_000;
const BOTS: usize = 100;
const IDLE_CONNECTIONS: usize = 1000;
const PASSWORD: &str = "bench-password";

fn main() {
    if let Ok(port) = std::env::var("ASF_BENCH_HELLO_PORT") {
        hello_server(&port);
        return;
    }
    for tool in ["wrk", "taskset"] {
        if Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .stdout(Stdio::null())
            .status()
            .map(|s| !s.success())
            .unwrap_or(true)
        {
            eprintln!("{tool} is needed: apt-get install wrk util-linux");
            std::process::exit(2);
        }
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (server_core, client_core) = if cores >= 2 { ("0", "1") } else { ("0", "0") };
    // Everything this process starts from here on (wrk, the open-loop generator) runs on the
    // client core.
    let _ = Command::new("taskset")
        .args([
            "-a",
            "-p",
            "-c",
            client_core,
            &std::process::id().to_string(),
        ])
        .stdout(Stdio::null())
        .status();

    println!("asf-ipc load benchmark, format 1");
    println!("date          {}", utc_now());
    println!("machine       {}", machine(cores));
    println!(
        "method        server on core {server_core}, load on core {client_core}; wrk -t1 -c{CONNECTIONS} \
         median of {RUNS}x{RUN_SECONDS}s; open loop {FIXED_RATE} req/s for {RUN_SECONDS}s"
    );

    let mut results = Results::default();

    // The physical limit.
    let port = free_port();
    let hello = Server::spawn(
        Command::new(std::env::current_exe().expect("own path"))
            .env("ASF_BENCH_HELLO_PORT", port.to_string()),
        server_core,
        port,
    );
    let bare = wrk_median(&format!("http://127.0.0.1:{port}/Api/ASF"), &[], None);
    results.line("bare_hello_get", &bare, None);
    drop(hello);

    // The full stack with 100 bots, no password.
    let dir = tempfile::tempdir().expect("dir");
    prepare(dir.path(), BOTS, None);
    let asf = Server::asf(dir.path(), server_core);
    let base = format!("http://127.0.0.1:{}", asf.port);
    let get_asf = wrk_median(&format!("{base}/Api/ASF"), &[], None);
    results.line("get_asf", &get_asf, Some(&bare));
    let get_bots = wrk_median(&format!("{base}/Api/Bot/ASF"), &[], None);
    results.line("get_bot_asf_100_bots", &get_bots, Some(&bare));
    let command = wrk_median(
        &format!("{base}/Api/Command"),
        &[],
        Some(r#"{"Command":"version"}"#),
    );
    results.line("post_command_version", &command, Some(&bare));
    // The general path: an operation dropshot answers behind the front door.
    let storage = wrk_median(&format!("{base}/Api/Storage/x"), &[], None);
    results.line("get_storage_general_path", &storage, Some(&bare));
    let fixed = open_loop(asf.port, FIXED_RATE, Duration::from_secs(RUN_SECONDS));
    println!(
        "fixed_rate_get_asf      rate={} sent={} errors={} p50_ms={:.3} p99_ms={:.3} max_ms={:.3}",
        FIXED_RATE, fixed.sent, fixed.errors, fixed.p50_ms, fixed.p99_ms, fixed.max_ms
    );
    results.fixed = Some(fixed);
    drop(asf);

    // SCrypt-protected: every request carries the password.
    let dir = tempfile::tempdir().expect("dir");
    prepare(dir.path(), 0, Some(EHashingMethod::SCrypt));
    let asf = Server::asf(dir.path(), server_core);
    let scrypt = wrk_median(
        &format!("http://127.0.0.1:{}/Api/ASF", asf.port),
        &[("Authentication", PASSWORD)],
        None,
    );
    results.line("get_asf_scrypt_password", &scrypt, Some(&bare));
    drop(asf);

    // Memory.
    let dir = tempfile::tempdir().expect("dir");
    prepare(dir.path(), 0, None);
    let asf = Server::asf(dir.path(), server_core);
    std::thread::sleep(Duration::from_secs(1));
    let idle = asf_ipc_test_support::instance::resident_kib(asf.pid());
    let first = hold_connections(asf.port, IDLE_CONNECTIONS, asf.pid());
    let second = hold_connections(asf.port, IDLE_CONNECTIONS, asf.pid());
    println!(
        "memory                  idle_rss_mib={:.1} with_{IDLE_CONNECTIONS}_idle_conns_mib={:.1} \
         second_round_mib={:.1}",
        mib(idle),
        mib(first),
        mib(second)
    );
    results.memory = Some((idle, first, second));
    drop(asf);

    // Start-up with 100 bots: exec to `IPC server ready!`.
    let dir = tempfile::tempdir().expect("dir");
    prepare(dir.path(), BOTS, None);
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let asf = Server::asf(dir.path(), server_core);
        times.push(started.elapsed().as_secs_f64() * 1e3);
        drop(asf);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "startup_100_bots        median_ms={:.1} max_ms={:.1}",
        times[times.len() / 2],
        times[times.len() - 1]
    );
    results.startup_ms = Some(times[times.len() / 2]);

    // Large bodies: the normaliser alone (1 MiB against 10 MiB), then `/HealthCheck` while the
    // server works through four 10 MiB bodies at once.
    let (one, ten) = normalize_times();
    println!(
        "normalize_object_body   one_mib_ms={:.1} ten_mib_ms={:.1} ratio={:.2}",
        one * 1e3,
        ten * 1e3,
        ten / one
    );
    results.normalize_ratio = Some(ten / one);
    let dir = tempfile::tempdir().expect("dir");
    prepare(dir.path(), 0, None);
    let asf = Server::asf(dir.path(), server_core);
    let quiet = health_latencies(asf.port, Duration::from_secs(2), || false);
    let (busy, bodies) = health_during_large_bodies(asf.port);
    println!(
        "health_check_idle       p50_ms={:.3} p99_ms={:.3} max_ms={:.3}",
        quiet.p50_ms, quiet.p99_ms, quiet.max_ms
    );
    println!(
        "health_check_4x10mib    p50_ms={:.3} p99_ms={:.3} max_ms={:.3} checks={} bodies={} \
         body_mean_ms={:.0}",
        busy.p50_ms, busy.p99_ms, busy.max_ms, busy.sent, bodies.0, bodies.1
    );
    results.health_under_bodies = Some(busy);
    drop(asf);

    results.targets();
}

/// An object body of about `bytes` bytes: `{"HashingMethod":0,"StringToHash":"x","k0":0,…}`,
/// every other member unknown to the schema (the normaliser's general case).
fn object_body(bytes: usize) -> String {
    let mut body = String::with_capacity(bytes + 64);
    body.push_str(r#"{"HashingMethod":0,"StringToHash":"x""#);
    let mut i = 0usize;
    while body.len() < bytes {
        body.push_str(&format!(",\"k{i}\":{}", i % 10));
        i += 1;
    }
    body.push('}');
    body
}

/// Seconds to normalise a 1 MiB and a 10 MiB object body (median of three each), in this
/// process, with the route table the server reads from the document.
fn normalize_times() -> (f64, f64) {
    use asf_ipc::parsers::{RouteMatch, RouteTable};
    let doc: serde_json::Value = serde_json::from_slice(asf_ipc::api::DOCUMENT).expect("document");
    let table = RouteTable::from_document(&doc).expect("route table");
    let RouteMatch::Found(_, op) = table.lookup(&http::Method::POST, "/Api/ASF/Hash") else {
        panic!("no POST /Api/ASF/Hash");
    };
    let schema = op.body.clone().expect("a body schema");
    let time = |body: &str| {
        let mut runs: Vec<f64> = (0..3)
            .map(|_| {
                let started = Instant::now();
                let out = table
                    .normalize_body(&schema, body.as_bytes())
                    .expect("normalised");
                let elapsed = started.elapsed().as_secs_f64();
                assert!(out.len() <= body.len());
                elapsed
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        runs[1]
    };
    (time(&object_body(1 << 20)), time(&object_body(10 << 20)))
}

/// `GET /HealthCheck` every 5 ms, each on a new connection, until `done` says so or `limit`
/// has passed.
fn health_latencies(port: u16, limit: Duration, done: impl Fn() -> bool) -> Open {
    let started = Instant::now();
    let mut latencies = Vec::new();
    let mut errors = 0;
    while started.elapsed() < limit && !done() {
        let sent = Instant::now();
        let answer = raw_exchange(
            port,
            b"GET /HealthCheck HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        );
        if answer.starts_with(b"HTTP/1.1 200") {
            latencies.push(sent.elapsed().as_secs_f64() * 1e3);
        } else {
            errors += 1;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    latencies.sort_by(f64::total_cmp);
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    Open {
        sent: latencies.len() as u64,
        errors,
        p50_ms: at(0.5),
        p99_ms: at(0.99),
        max_ms: latencies.last().copied().unwrap_or(0.0),
    }
}

/// Health checks while four clients each post three 10 MiB bodies; returns the latencies and
/// (bodies answered, mean milliseconds per body).
fn health_during_large_bodies(port: u16) -> (Open, (usize, f64)) {
    let body = Arc::new(object_body(10 << 20));
    let finished = Arc::new(Mutex::new(Vec::new()));
    let posters: Vec<_> = (0..4)
        .map(|_| {
            let (body, finished) = (body.clone(), finished.clone());
            std::thread::spawn(move || {
                for _ in 0..3 {
                    let mut request = format!(
                        "POST /Api/ASF/Hash HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
                         Content-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    )
                    .into_bytes();
                    request.extend_from_slice(body.as_bytes());
                    let started = Instant::now();
                    let answer = raw_exchange(port, &request);
                    assert!(
                        answer.starts_with(b"HTTP/1.1 200"),
                        "{}",
                        String::from_utf8_lossy(&answer[..answer.len().min(200)])
                    );
                    finished
                        .lock()
                        .expect("lock")
                        .push(started.elapsed().as_secs_f64() * 1e3);
                }
            })
        })
        .collect();
    let health = health_latencies(port, Duration::from_secs(300), || {
        posters.iter().all(|p| p.is_finished())
    });
    for poster in posters {
        poster.join().expect("poster");
    }
    let times = finished.lock().expect("lock").clone();
    let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
    (health, (times.len(), mean))
}

/// Sends `request` on a new connection and reads the answer to its end.
fn raw_exchange(port: u16, request: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
        let _ = stream.set_nodelay(true);
        if stream.write_all(request).is_ok() {
            let _ = stream.read_to_end(&mut out);
        }
    }
    out
}

/// A closed-loop result.
#[derive(Clone, Copy, Debug, Default)]
struct Closed {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

#[derive(Clone, Copy, Debug, Default)]
struct Open {
    sent: u64,
    errors: u64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

#[derive(Default)]
struct Results {
    ratios: Vec<(&'static str, f64)>,
    fixed: Option<Open>,
    memory: Option<(u64, u64, u64)>,
    startup_ms: Option<f64>,
    normalize_ratio: Option<f64>,
    health_under_bodies: Option<Open>,
}

impl Results {
    fn line(&mut self, name: &'static str, r: &Closed, bare: Option<&Closed>) {
        let ratio = bare.map(|b| r.rps / b.rps);
        println!(
            "{name:<23} rps={:.0} p50_ms={:.3} p99_ms={:.3} errors={}{}",
            r.rps,
            r.p50_ms,
            r.p99_ms,
            r.errors,
            ratio.map_or(String::new(), |x| format!(" ratio_to_bare={x:.2}"))
        );
        if let Some(ratio) = ratio {
            self.ratios.push((name, ratio));
        }
    }

    fn targets(&self) {
        println!("targets");
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        for (name, ratio) in &self.ratios {
            let target = match *name {
                "get_asf" => 0.5,
                "post_command_version" => 0.5,
                "get_storage_general_path" => 0.35,
                "get_asf_scrypt_password" => 0.3,
                _ => continue,
            };
            println!(
                "  {name:<28} ratio {ratio:.2} >= {target:.2}  {}",
                verdict(*ratio >= target)
            );
        }
        if let Some(fixed) = self.fixed {
            println!(
                "  fixed_rate_p99               {:.3} ms <= 2 ms  {}",
                fixed.p99_ms,
                verdict(fixed.p99_ms <= 2.0 && fixed.errors == 0)
            );
        }
        if let Some((idle, first, second)) = self.memory {
            println!(
                "  idle_rss                     {:.1} MiB <= 20 MiB  {}",
                mib(idle),
                verdict(mib(idle) <= 20.0)
            );
            let growth = mib(first.max(second)) - mib(idle);
            println!(
                "  rss_growth_1000_conns        {growth:.1} MiB <= 30 MiB  {}",
                verdict(growth <= 30.0)
            );
        }
        if let Some(ms) = self.startup_ms {
            println!(
                "  ready_with_100_bots          {ms:.1} ms <= 100 ms  {}",
                verdict(ms <= 100.0)
            );
        }
        if let Some(ratio) = self.normalize_ratio {
            println!(
                "  normalize_10x_body           {ratio:.2}x time <= 15x  {}",
                verdict(ratio <= 15.0)
            );
        }
        if let Some(health) = self.health_under_bodies {
            println!(
                "  health_p99_4x10mib           {:.3} ms, no errors  {}",
                health.p99_ms,
                verdict(health.errors == 0)
            );
        }
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// A server process pinned to one core, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn spawn(command: &mut Command, core: &str, port: u16) -> Self {
        let program = command.get_program().to_owned();
        let args: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
        let envs: Vec<_> = command
            .get_envs()
            .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned())))
            .collect();
        let child = Command::new("taskset")
            .args(["-c", core])
            .arg(program)
            .args(args)
            .envs(envs)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start server");
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "server did not listen");
            std::thread::sleep(Duration::from_millis(1));
        }
        Self { child, port }
    }

    /// The release binary in `dir`; returns once it logged `IPC server ready!`.
    fn asf(dir: &Path, core: &str) -> Self {
        let port = read_port(dir);
        let mut child = Command::new("taskset")
            .args(["-c", core])
            .arg(env!("CARGO_BIN_EXE_asf-ipc"))
            .arg("--path")
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start asf-ipc");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        loop {
            match lines.next() {
                Some(Ok(line)) if line.ends_with("IPC server ready!") => break,
                Some(Ok(_)) => {}
                _ => panic!("asf-ipc ended before it was ready"),
            }
        }
        std::thread::spawn(move || for _ in lines {});
        Self { child, port }
    }

    /// The server's PID: `taskset` execs the server, so the child's PID is the server's.
    fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        asf_ipc_test_support::instance::stop_child(&mut self.child, "-TERM");
    }
}

/// Writes `config/` for a run: a free port, `bots` farming bots, optionally a hashed password.
fn prepare(dir: &Path, bots: usize, password: Option<EHashingMethod>) {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).expect("config");
    let port = free_port();
    std::fs::write(
        config.join("IPC.config"),
        format!(r#"{{"Kestrel":{{"Endpoints":{{"HTTP":{{"Url":"http://127.0.0.1:{port}"}}}}}}}}"#),
    )
    .expect("IPC.config");
    let global = match password {
        Some(method) => {
            let hash = hash_string(method, PASSWORD, DEFAULT_CRYPT_KEY.as_bytes()).expect("hash");
            serde_json::json!({ "IPCPassword": hash, "IPCPasswordFormat": method.0 })
        }
        None => serde_json::json!({}),
    };
    std::fs::write(config.join("ASF.json"), global.to_string()).expect("ASF.json");
    for i in 0..bots {
        let bot = serde_json::json!({
            "Enabled": true, "SteamLogin": format!("account{i}"), "SteamPassword": "secret",
        });
        std::fs::write(config.join(format!("Bot{i:03}.json")), bot.to_string()).expect("bot");
    }
}

fn read_port(dir: &Path) -> u16 {
    let text = std::fs::read_to_string(dir.join("config/IPC.config")).expect("IPC.config");
    text.rsplit(':')
        .next()
        .and_then(|tail| {
            tail.trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .ok()
        })
        .expect("port in IPC.config")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// Three `wrk` runs after a warm-up; the run with the median requests/s.
fn wrk_median(url: &str, headers: &[(&str, &str)], post_json: Option<&str>) -> Closed {
    let script = post_json.map(|body| {
        let path = std::env::temp_dir().join(format!("asf-bench-{}.lua", std::process::id()));
        std::fs::write(
            &path,
            format!(
                "wrk.method = \"POST\"\nwrk.body = '{body}'\n\
                 wrk.headers[\"Content-Type\"] = \"application/json\"\n"
            ),
        )
        .expect("lua");
        path
    });
    let _ = wrk(url, headers, script.as_deref(), 1);
    let mut runs: Vec<Closed> = (0..RUNS)
        .map(|_| wrk(url, headers, script.as_deref(), RUN_SECONDS))
        .collect();
    runs.sort_by(|a, b| a.rps.total_cmp(&b.rps));
    if let Some(path) = script {
        let _ = std::fs::remove_file(path);
    }
    runs[runs.len() / 2]
}

fn wrk(url: &str, headers: &[(&str, &str)], script: Option<&Path>, seconds: u64) -> Closed {
    let mut command = Command::new("wrk");
    command.args([
        "-t1",
        &format!("-c{CONNECTIONS}"),
        &format!("-d{seconds}s"),
        "--latency",
    ]);
    for (name, value) in headers {
        command.arg("-H").arg(format!("{name}: {value}"));
    }
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    let output = command.arg(url).output().expect("run wrk");
    parse_wrk(&String::from_utf8_lossy(&output.stdout))
}

fn parse_wrk(text: &str) -> Closed {
    let mut result = Closed::default();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["50%", value] => result.p50_ms = duration_ms(value),
            ["99%", value] => result.p99_ms = duration_ms(value),
            ["Requests/sec:", value] => result.rps = value.parse().unwrap_or(0.0),
            ["Non-2xx", "or", "3xx", "responses:", n] => result.errors += n.parse().unwrap_or(0),
            ["Socket", "errors:", rest @ ..] => {
                result.errors += rest
                    .iter()
                    .filter_map(|w| w.trim_end_matches(',').parse::<u64>().ok())
                    .sum::<u64>();
            }
            _ => {}
        }
    }
    result
}

fn duration_ms(text: &str) -> f64 {
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value: f64 = number.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => value / 1e3,
        "ms" => value,
        "s" => value * 1e3,
        "m" => value * 60e3,
        _ => f64::NAN,
    }
}

/// Sends `GET /Api/ASF` at `rate` requests per second over [`CONNECTIONS`] keep-alive
/// connections, each request at its scheduled time (or as soon as its connection is free),
/// with latency counted from the scheduled time.
fn open_loop(port: u16, rate: u64, duration: Duration) -> Open {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async move {
        let interval = Duration::from_secs_f64(CONNECTIONS as f64 / rate as f64);
        let start = tokio::time::Instant::now() + Duration::from_millis(100);
        let latencies = Arc::new(Mutex::new(Vec::new()));
        let errors = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut tasks = Vec::new();
        for c in 0..CONNECTIONS {
            let latencies = latencies.clone();
            let errors = errors.clone();
            tasks.push(tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await
                else {
                    errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    return;
                };
                let _ = stream.set_nodelay(true);
                let request = b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\n\r\n";
                let mut buffer = vec![0u8; 64 * 1024];
                let mut mine = Vec::new();
                // Connections are staggered over one interval.
                let mut due = start + interval.mul_f64(c as f64 / CONNECTIONS as f64);
                while due < start + duration {
                    wait_until(due).await;
                    if stream.write_all(request).await.is_err() {
                        errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        return;
                    }
                    if read_response(&mut stream, &mut buffer).await.is_none() {
                        errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        return;
                    }
                    mine.push(due.elapsed().as_secs_f64() * 1e3);
                    due += interval;
                }
                latencies.lock().expect("latencies").extend(mine);
                async fn read_response(
                    stream: &mut tokio::net::TcpStream,
                    buffer: &mut [u8],
                ) -> Option<()> {
                    let mut filled = 0;
                    loop {
                        let n = stream.read(&mut buffer[filled..]).await.ok()?;
                        if n == 0 {
                            return None;
                        }
                        filled += n;
                        let text = &buffer[..filled];
                        if let Some(end) = text.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&text[..end]).to_ascii_lowercase();
                            if !head.starts_with("http/1.1 200") {
                                return None;
                            }
                            let length: usize = head
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length:"))
                                .and_then(|v| v.trim().parse().ok())?;
                            if filled >= end + 4 + length {
                                return Some(());
                            }
                        }
                        if filled == buffer.len() {
                            return None;
                        }
                    }
                }
            }));
        }
        for task in tasks {
            let _ = task.await;
        }
        let mut all = latencies.lock().expect("latencies").clone();
        all.sort_by(f64::total_cmp);
        let pick = |q: f64| {
            all.get(((all.len() as f64 * q) as usize).min(all.len().saturating_sub(1)))
                .copied()
                .unwrap_or(f64::NAN)
        };
        Open {
            sent: all.len() as u64,
            errors: errors.load(std::sync::atomic::Ordering::Relaxed),
            p50_ms: pick(0.50),
            p99_ms: pick(0.99),
            max_ms: all.last().copied().unwrap_or(f64::NAN),
        }
    })
}

/// Waits for `due` more precisely than tokio's millisecond timer: sleeps to a millisecond
/// before, then yields until the moment (the generator has its own core, so spinning there
/// costs the server nothing). Without this, timer lateness would count as server latency.
async fn wait_until(due: tokio::time::Instant) {
    loop {
        let now = tokio::time::Instant::now();
        if now >= due {
            return;
        }
        if due - now > Duration::from_millis(2) {
            tokio::time::sleep_until(due - Duration::from_millis(1)).await;
        } else {
            tokio::task::yield_now().await;
        }
    }
}

/// Opens `count` keep-alive connections, sends one request on each, holds them all, and
/// returns the server's RSS (KiB) while they are open.
fn hold_connections(port: u16, count: usize, pid: u32) -> u64 {
    let mut held = Vec::with_capacity(count);
    for _ in 0..count {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream
            .write_all(b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .expect("write");
        let mut buffer = [0u8; 4096];
        let _ = stream.read(&mut buffer).expect("answer");
        held.push(stream);
    }
    std::thread::sleep(Duration::from_secs(2));
    let rss = asf_ipc_test_support::instance::resident_kib(pid);
    drop(held);
    std::thread::sleep(Duration::from_secs(1));
    rss
}

fn utc_now() -> String {
    chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string()
}

fn machine(cores: usize) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    format!("{cores} cores, {cpu}, Linux {kernel}")
}

/// The reference: hyper's HTTP/1.1 server answering every request with a small JSON body, on
/// one runtime thread (the server core).
fn hello_server(port: &str) {
    let port: u16 = port.parse().expect("port");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind");
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|_req| async {
                    let mut response = hyper::Response::new(http_body_util::Full::new(
                        bytes::Bytes::from_static(br#"{"Message":"OK","Success":true}"#),
                    ));
                    response.headers_mut().insert(
                        hyper::header::CONTENT_TYPE,
                        hyper::header::HeaderValue::from_static("application/json; charset=utf-8"),
                    );
                    Ok::<_, std::convert::Infallible>(response)
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
}

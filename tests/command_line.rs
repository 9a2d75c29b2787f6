//! ASF's command line, environment and exit codes, against the server binary
//! (`ArchiSteamFarm/Program.cs`: `ParseArgs`, `ParseEnvironmentVariables`, `InitCore`), and the
//! server under the file-system restrictions of `packaging/asf-ipc.service`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use asf_ipc_test_support::instance::{free_port, server_binary, stop_child, write_ipc_config};

/// A server process that is stopped when the test ends, whatever way it ends.
struct Server(Option<std::process::Child>);

impl Server {
    fn stdin(&mut self) -> Option<std::process::ChildStdin> {
        self.0.as_mut()?.stdin.take()
    }

    fn take(mut self) -> std::process::Child {
        self.0.take().expect("a running server")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            stop_child(child, "-KILL");
        }
    }
}

/// Starts the binary with `args` and `env` (and nothing of the test's `ASF_*` environment) in
/// `cwd`.
fn start(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
    let mut command = Command::new(server_binary());
    command
        .current_dir(cwd)
        .args(args)
        .env_remove("ASF_PATH")
        .env_remove("ASF_ARGS")
        .env_remove("ASF_CRYPTKEY")
        .env_remove("ASF_CRYPTKEY_FILE")
        .env_remove("ASF_NETWORK_GROUP")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    Server(Some(command.spawn().expect("spawn asf-ipc")))
}

/// `dir/config/IPC.config` listening on a fresh loopback port; the port.
fn listen_in(dir: &Path) -> u16 {
    let port = free_port();
    write_ipc_config(
        dir,
        &serde_json::json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    port
}

async fn healthy(port: u16) -> bool {
    let url = format!("http://127.0.0.1:{port}/HealthCheck");
    for _ in 0..200 {
        if let Ok(r) = asf_ipc_test_support::http().get(&url).send().await
            && r.status() == 200
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// Reads what the child wrote to standard output so far, after stopping it.
fn stop_and_read(server: Server) -> (Option<i32>, String, String) {
    let mut child = server.take();
    stop_child(&mut child, "-TERM");
    let output = child.wait_with_output().expect("output");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test]
async fn path_is_read_in_every_form_asf_accepts() {
    // `--path x`, `--path=x`, `--PATH=x`, `ASF_PATH`, `ASF_ARGS`: the server serves from x.
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);
    let cases: [Case; 5] = [
        (&["--path", "data"], &[]),
        (&["--path=data"], &[]),
        (&["--PATH=data"], &[]),
        (&[], &[("ASF_PATH", "data")]),
        (&[], &[("ASF_ARGS", "  --Path   data ")]),
    ];
    for (args, env) in cases {
        let cwd = tempfile::tempdir().expect("tempdir");
        let data = cwd.path().join("data");
        let port = listen_in(&data);
        let child = start(cwd.path(), args, env);
        assert!(healthy(port).await, "{args:?} {env:?}: no answer on {port}");
        let (_, stdout, _) = stop_and_read(child);
        assert!(data.join("log.txt").exists(), "{args:?} {env:?}: {stdout}");
        assert!(!cwd.path().join("log.txt").exists(), "{args:?} {env:?}");
    }
}

#[tokio::test]
async fn the_command_line_wins_over_asf_args_and_the_environment() {
    // Absolute paths: each `--path` changes the directory later relative paths start from, as
    // ASF's `Directory.SetCurrentDirectory` does.
    let cwd = tempfile::tempdir().expect("tempdir");
    let dir = |name: &str| cwd.path().join(name).display().to_string();
    let port = listen_in(&cwd.path().join("c"));
    let asf_args = format!("--path={}", dir("b"));
    let child = start(
        cwd.path(),
        &["--path", &dir("c")],
        &[("ASF_PATH", &dir("a")), ("ASF_ARGS", &asf_args)],
    );
    assert!(healthy(port).await);
    stop_and_read(child);
    assert!(cwd.path().join("c/log.txt").exists());
    assert!(!cwd.path().join("a/log.txt").exists());
    assert!(!cwd.path().join("b/log.txt").exists());
}

#[tokio::test]
async fn unknown_arguments_are_a_warning_and_asf_unit_flags_start() {
    let cwd = tempfile::tempdir().expect("tempdir");
    let port = listen_in(cwd.path());
    // ASF's own systemd unit's arguments, an unknown one, and ones that mean nothing here.
    let child = start(
        cwd.path(),
        &[
            "--no-restart",
            "--service",
            "--system-required",
            "--frobnicate",
            "--MINIMIZED",
            "--ignore-unsupported-environment",
        ],
        &[],
    );
    assert!(healthy(port).await, "the server did not start");
    let (_, stdout, _) = stop_and_read(child);
    assert!(
        stdout.contains("|WARN|ASF|ParseArgs() Unknown command-line argument: --frobnicate"),
        "{stdout}"
    );
    let ignored: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("|INFO|ASF|ParseArgs()"))
        .collect();
    assert_eq!(ignored.len(), 1, "{stdout}");
    assert!(
        ignored[0].contains("--system-required, --minimized, --ignore-unsupported-environment"),
        "{stdout}"
    );
}

#[tokio::test]
async fn input_cryptkey_reads_the_key_from_standard_input() {
    // The key read on standard input hashes the IPC password: `hash` over the API must give
    // what the library computes with that key.
    let cwd = tempfile::tempdir().expect("tempdir");
    let port = listen_in(cwd.path());
    let mut child = start(cwd.path(), &["--input-cryptkey"], &[]);
    child
        .stdin()
        .expect("stdin")
        .write_all(b"my secret key\n")
        .expect("write the key");
    assert!(healthy(port).await);
    let answer: serde_json::Value = asf_ipc_test_support::http()
        .post(format!("http://127.0.0.1:{port}/Api/ASF/Hash"))
        .json(&serde_json::json!({"HashingMethod": 2, "StringToHash": "password"}))
        .send()
        .await
        .expect("hash")
        .json()
        .await
        .expect("json");
    let expected = asf_ipc::algorithms::hash_string(
        asf_ipc::api::enums::EHashingMethod::Pbkdf2,
        "password",
        b"my secret key",
    );
    let (_, stdout, _) = stop_and_read(child);
    assert!(
        stdout.starts_with("Please enter your cryptkey: "),
        "{stdout}"
    );
    assert_eq!(answer["Result"], serde_json::json!(expected), "{answer}");
}

#[tokio::test]
async fn exit_codes_are_asf_s() {
    let cwd = tempfile::tempdir().expect("tempdir");
    // A crypt key file that does not exist: exit code 1 with ASF's line.
    let child = start(cwd.path(), &["--cryptkey-file", "missing.key"], &[]);
    let output = child.take().wait_with_output().expect("exits");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cryptKeyFile is invalid!"), "{stderr}");
    assert!(stderr.contains("Exiting with 1 error code!"), "{stderr}");
    // No key on standard input for --input-cryptkey: exit code 1.
    let mut child = start(cwd.path(), &["--input-cryptkey"], &[]);
    drop(child.stdin());
    let output = child.take().wait_with_output().expect("exits");
    assert_eq!(output.status.code(), Some(1));
    // A clean stop: exit code 0.
    let port = listen_in(cwd.path());
    let child = start(cwd.path(), &[], &[]);
    assert!(healthy(port).await);
    let (code, _, _) = stop_and_read(child);
    assert_eq!(code, Some(0));
}

/// The server as `packaging/asf-ipc.service` runs it, approximated without systemd: every
/// mount read-only but the data directory and `/tmp`, as an unprivileged user
/// (`nobody`), with the unit's arguments and `NOTIFY_SOCKET` set: it must become ready, serve,
/// write its files and stop cleanly.
#[tokio::test]
async fn the_server_runs_under_the_units_file_system_restrictions() {
    let root = unsafe { libc::geteuid() } == 0;
    let unshare = Command::new("unshare").arg("--version").output().is_ok();
    if !root || !unshare {
        return asf_ipc_test_support::cannot_run(
            "the_server_runs_under_the_units_file_system_restrictions",
            "it needs root and unshare(1) to approximate the unit's restrictions",
        );
    }
    let sandbox = tempfile::Builder::new()
        .prefix("asf-ipc-unit")
        .tempdir_in("/tmp")
        .expect("tempdir");
    let data = sandbox.path().join("data");
    std::fs::create_dir_all(data.join("config")).expect("data");
    let port = listen_in(&data);
    let binary = sandbox.path().join("asf-ipc");
    std::fs::copy(server_binary(), &binary).expect("copy the binary");
    let notify = data.join("notify.sock");
    let listener = std::os::unix::net::UnixDatagram::bind(&notify).expect("notify socket");
    listener
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    for (path, mode) in [
        (sandbox.path(), 0o755),
        (binary.as_path(), 0o755),
        (notify.as_path(), 0o777),
    ] {
        let perms = std::os::unix::fs::PermissionsExt::from_mode(mode);
        std::fs::set_permissions(path, perms).expect("chmod");
    }
    let status = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(&data)
        .status()
        .expect("chown");
    assert!(status.success());
    // Every mount read-only (as ProtectSystem=strict), then /tmp and the data directory
    // writable (ReadWritePaths=/tmp, StateDirectory=), then the unit's user.
    let script = format!(
        r#"set -e
awk '{{print $2}}' /proc/self/mounts | sort -u | while read -r m; do
  case "$m" in /proc*|/sys*|/dev*) continue;; esac
  mount -o remount,bind,ro "$m" 2>/dev/null || true
done
mount --bind /tmp /tmp
mount -o remount,bind,rw /tmp
mount --bind "{data}" "{data}"
mount -o remount,bind,rw "{data}"
if touch /etc/asf-ipc-write-probe 2>/dev/null; then echo "the root is writable" >&2; exit 3; fi
exec setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs \
  "{binary}" --no-restart --service --system-required --path "{data}""#,
        data = data.display(),
        binary = binary.display(),
    );
    let child = Server(Some(
        Command::new("unshare")
            .args(["--mount", "--propagation", "private", "sh", "-c", &script])
            .env("NOTIFY_SOCKET", &notify)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn the sandbox"),
    ));
    let mut ready = [0u8; 64];
    let received = tokio::task::spawn_blocking(move || {
        listener
            .recv(&mut ready)
            .map(|n| String::from_utf8_lossy(&ready[..n]).into_owned())
    })
    .await
    .expect("join");
    assert_eq!(received.ok().as_deref(), Some("READY=1"));
    assert!(healthy(port).await, "no answer in the sandbox");
    // It writes what it must: a bot config and the global database.
    let client = asf_ipc_test_support::http();
    let created = client
        .post(format!("http://127.0.0.1:{port}/Api/Bot/sandboxed"))
        .json(&serde_json::json!({"BotConfig": {"Enabled": false}}))
        .send()
        .await
        .expect("create a bot");
    assert_eq!(created.status(), 200);
    let stored = client
        .post(format!("http://127.0.0.1:{port}/Api/Storage/key"))
        .json(&serde_json::json!(42))
        .send()
        .await
        .expect("store");
    assert_eq!(stored.status(), 200);
    let (code, stdout, stderr) = stop_and_read(child);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(data.join("config/sandboxed.json").exists());
    assert!(data.join("config/ASF.db").exists());
    assert!(data.join("log.txt").exists());
}

//! The asf-ipc server: ArchiSteamFarm's IPC interface on `127.0.0.1:1242` and `[::1]:1242`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use asf_ipc::Asf;
use asf_ipc::IpcHost;
use asf_ipc::Logs;
use asf_ipc::command_line::{self, CommandLine};

const USAGE: &str = "usage: asf-ipc [ASF's arguments] [this project's arguments]

ASF's arguments (names in any case; a value follows, or comes after `=`):
  --path <dir>                      working directory (config/, log.txt); also ASF_PATH
  --cryptkey <key>                  key for hashed and encrypted secrets; also ASF_CRYPTKEY
  --cryptkey-file <file>            read that key from a file; also ASF_CRYPTKEY_FILE
  --input-cryptkey                  ask for that key on standard input at start
  --network-group <name>            instances sharing ASF's limiters on this machine;
                                    also ASF_NETWORK_GROUP
  --no-config-watch                 ignore edits of config/ while running
  --no-restart                      end the process instead of restarting after an ASF.json change
  --service                         report the process as running as a service
  --no-steam-parental-generation    ask for an unknown parental PIN instead of finding it
  --ignore-unsupported-environment, --minimized, --no-config-migrate, --system-required
                                    accepted; they change nothing here
ASF_ARGS holds further arguments, read before the command line. An unknown argument is a
warning. Exit code 1 when the process cannot start.

This project's own arguments:
  --simulation-speed <n>            run the simulated Steam network n times faster than real time
  --simulation-seed <n>             seed of the simulated Steam network (default 1242)
  --config-watch-poll               notice edits of config/ by listing it every 200 ms, not by
                                    file events (network file systems that go unrecognised)
  --scenario <file>                 state the simulated Steam network's world (JSON, see
                                    docs/scenario.schema.json); also ASF_IPC_SCENARIO
  --help                            this text";

/// ASF's exit code for a process that could not start.
const EXIT_START_FAILED: u8 = 1;

/// Blocks of this size and more (request bodies, config texts, long answers) are mapped on
/// their own and unmapped when freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const LARGE_BLOCK_BYTES: i32 = 256 * 1024;

/// glibc raises its threshold for mapping a block on its own up to 32 MiB once a large block
/// is freed; from then on large blocks come from per-thread arenas, which keep them resident
/// after use. Each step of a large request (reading, normalising, parsing, writing) runs on
/// its own thread, so a 10 MB body left about 8x its size resident instead of its live copies
/// (about 4x). A fixed threshold returns them at once.
fn return_large_blocks_at_once() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES);
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let line = match command_line::parse(|name| std::env::var(name).ok(), &args, &cwd) {
        Ok(line) => line,
        Err(e) => return start_failed(&e.to_string()),
    };
    if line.help {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    return_large_blocks_at_once();
    // Before any other thread exists, so that every thread inherits the blocked signals.
    let signals = watch_signals();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return start_failed(&format!("cannot start the runtime: {e}")),
    };
    let code = runtime.block_on(run(line, signals));
    // Work still running on the blocking pool (a large body being normalised, a key
    // derivation) must not hold the exit up: file writes under way have had their moment in
    // `run` (`close_file_writes`), and what is left of them replaces no file.
    runtime.shutdown_background();
    code
}

/// Ends a start that cannot go on, as ASF does: the cause, then its exit line, code 1.
fn start_failed(cause: &str) -> ExitCode {
    eprintln!("{cause}");
    eprintln!("Exiting with {EXIT_START_FAILED} error code!");
    ExitCode::from(EXIT_START_FAILED)
}

async fn run(line: CommandLine, mut signals: tokio::sync::watch::Receiver<bool>) -> ExitCode {
    let mut options = line.options;
    if let Err(e) = std::fs::create_dir_all(&options.root) {
        return start_failed(&format!("cannot create {}: {e}", options.root.display()));
    }
    if line.input_cryptkey {
        match input_cryptkey().await {
            Some(key) => options.crypt_key = key.into_bytes(),
            None => return start_failed("cryptkey is invalid!"),
        }
    }
    let logs = match Logs::new(true, Some(&options.root), false) {
        Ok(logs) => logs,
        Err(e) => return start_failed(&format!("cannot open the log file: {e}")),
    };
    let asf = match Asf::open(options, logs) {
        Ok(asf) => Arc::new(asf),
        Err(e) => return start_failed(&e.to_string()),
    };
    for arg in &line.unknown {
        slog::warn!(
            asf.log(),
            "ParseArgs() Unknown command-line argument: {arg}"
        );
    }
    if !line.ignored.is_empty() {
        let names: Vec<String> = line.ignored.iter().map(|f| f.to_lowercase()).collect();
        slog::info!(
            asf.log(),
            "ParseArgs() {} accepted and ignored: they mean nothing on this platform",
            names.join(", ")
        );
    }
    // As ASF does: the IPC server first, then the bots, which it lists as they load.
    // The IPC server follows `ASF.json` and `config/IPC.config` on its own from here on.
    let ipc = IpcHost::start(asf.clone());
    asf.start_in_background();
    ipc.settled().await;
    service_manager::notify("READY=1");
    let mut exit = asf.exit_watcher();
    let code = loop {
        tokio::select! {
            _ = signals.changed() => break 0,
            changed = exit.changed() => {
                if changed.is_err() { break 0; }
                if let Some(code) = *exit.borrow() { break code; }
            }
        }
    };
    service_manager::notify("STOPPING=1");
    // As ASF does: the IPC server stops first, then the bots. Requests in flight get a moment
    // to finish, not more: a stopping process stops within a second whatever it was sent.
    exit_by_deadline(code);
    let _ = tokio::time::timeout(IPC_STOP_GRACE, ipc.stop()).await;
    asf.shutdown();
    // Writes under way finish or leave no temporary file behind.
    let _ = tokio::task::spawn_blocking(|| asf_ipc::close_file_writes(WRITES_GRACE)).await;
    ExitCode::from(code)
}

/// How long file writes under way may delay the exit.
const WRITES_GRACE: std::time::Duration = std::time::Duration::from_millis(200);

/// How long requests in flight may delay the exit.
const IPC_STOP_GRACE: std::time::Duration = std::time::Duration::from_millis(300);

/// The longest a stop may take, whatever is still running.
const STOP_DEADLINE: std::time::Duration = std::time::Duration::from_millis(600);

/// Ends the process with `code` after [`STOP_DEADLINE`] unless it has ended by then.
fn exit_by_deadline(code: u8) {
    std::thread::spawn(move || {
        std::thread::sleep(STOP_DEADLINE);
        // Whatever writes still run lose their temporaries, not the files they replace.
        asf_ipc::close_file_writes(std::time::Duration::ZERO);
        // `_exit`, not `exit`: the ordinary exit runs handlers and flushes streams, and can
        // wait on a lock a busy thread holds; past the deadline nothing may hold the stop up.
        // SAFETY: `_exit` takes a plain integer and never returns.
        unsafe { libc::_exit(i32::from(code)) }
    });
}

/// Ctrl-C and SIGTERM, seen on a thread of their own: both signals are blocked in every thread
/// (call this before any thread starts) and taken with `sigwait`, so a stop is noticed at once
/// however busy the runtime's workers are, and the process ends by the deadline.
fn watch_signals() -> tokio::sync::watch::Receiver<bool> {
    let (stop, stopping) = tokio::sync::watch::channel(false);
    // SAFETY: plain signal-mask calls on a zero-initialised, then emptied, signal set.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        set
    };
    std::thread::spawn(move || {
        let mut signal = 0;
        // SAFETY: `set` is a valid signal set and `signal` a valid place for the result.
        while unsafe { libc::sigwait(&set, &mut signal) } != 0 {}
        let _ = stop.send(true);
        exit_by_deadline(0);
    });
    stopping
}

/// Asks for the crypt key on the console, as `--input-cryptkey` wants; `None` when none is
/// given.
async fn input_cryptkey() -> Option<String> {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let mut out = tokio::io::stdout();
    let _ = out.write_all(b"Please enter your cryptkey: ").await;
    let _ = out.flush().await;
    let mut key = String::new();
    tokio::io::BufReader::new(tokio::io::stdin())
        .read_line(&mut key)
        .await
        .ok()?;
    let key = key.trim_end_matches(['\r', '\n']);
    (!key.is_empty()).then(|| key.to_string())
}

/// systemd's readiness protocol (`Type=notify`): a datagram to `$NOTIFY_SOCKET`, when a
/// service manager set one.
mod service_manager {
    use std::os::unix::net::UnixDatagram;

    pub(crate) fn notify(state: &str) {
        let Some(socket) = std::env::var_os("NOTIFY_SOCKET") else {
            return;
        };
        let Ok(sender) = UnixDatagram::unbound() else {
            return;
        };
        let bytes = socket.as_encoded_bytes();
        let _ = match bytes.strip_prefix(b"@") {
            // An abstract socket name.
            Some(name) => {
                use std::os::linux::net::SocketAddrExt;
                std::os::unix::net::SocketAddr::from_abstract_name(name)
                    .and_then(|addr| sender.send_to_addr(state.as_bytes(), &addr))
            }
            None => sender.send_to(state.as_bytes(), std::path::Path::new(&socket)),
        };
    }
}

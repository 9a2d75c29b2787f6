//! The asf-ipc server: ArchiSteamFarm's IPC interface on `127.0.0.1:1242` and `[::1]:1242`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use asf_ipc::IpcHost;
use asf_ipc::Logs;
use asf_ipc::{Asf, Options};

const USAGE: &str =
    "usage: asf-ipc [--path <dir>] [--cryptkey <key> | --cryptkey-file <file>] [--service]
               [--no-config-watch] [--config-watch-poll] [--no-restart]
               [--simulation-speed <n>] [--simulation-seed <n>]

  --path <dir>              working directory (config/, log.txt); also ASF_PATH
  --cryptkey <key>          key for hashed and encrypted secrets; also ASF_CRYPTKEY
  --cryptkey-file <file>    read that key from a file; also ASF_CRYPTKEY_FILE
  --service                 report the process as running as a service
  --no-config-watch         ignore edits of config/ while running
  --config-watch-poll       notice those edits by listing config/ every 200 ms, not by
                            file events (for network file systems that go unrecognised)
  --no-restart              end the process instead of restarting after an ASF.json change
  --simulation-speed <n>    run the simulated Steam network n times faster than real time
  --simulation-seed <n>     seed of the simulated Steam network (default 1242)";

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // Before any other thread exists, so that every thread inherits the blocked signals.
    let signals = watch_signals();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let code = runtime.block_on(run(options, signals));
    // Work still running on the blocking pool (a large body being normalised, a key
    // derivation) must not hold the exit up.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    code
}

async fn run(options: Options, mut signals: tokio::sync::watch::Receiver<bool>) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(&options.root) {
        eprintln!("cannot create {}: {e}", options.root.display());
        return ExitCode::FAILURE;
    }
    let logs = match Logs::new(true, Some(&options.root), false) {
        Ok(logs) => logs,
        Err(e) => {
            eprintln!("cannot open the log file: {e}");
            return ExitCode::FAILURE;
        }
    };
    let asf = match Asf::open(options, logs) {
        Ok(asf) => Arc::new(asf),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    // As ASF does: the IPC server first, then the bots, which it lists as they load.
    // The IPC server follows `ASF.json` and `config/IPC.config` on its own from here on.
    let ipc = IpcHost::start(asf.clone());
    asf.start_in_background();
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
    // As ASF does: the IPC server stops first, then the bots. Requests in flight get a moment
    // to finish, not more: a stopping process stops within a second whatever it was sent.
    exit_by_deadline(code);
    let _ = tokio::time::timeout(IPC_STOP_GRACE, ipc.stop()).await;
    asf.shutdown();
    ExitCode::from(code)
}

/// How long requests in flight may delay the exit.
const IPC_STOP_GRACE: std::time::Duration = std::time::Duration::from_millis(300);

/// The longest a stop may take, whatever is still running.
const STOP_DEADLINE: std::time::Duration = std::time::Duration::from_millis(600);

/// Ends the process with `code` after [`STOP_DEADLINE`] unless it has ended by then.
fn exit_by_deadline(code: u8) {
    std::thread::spawn(move || {
        std::thread::sleep(STOP_DEADLINE);
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

/// Reads `--path`/`--path=`, `ASF_PATH` and `--service`; `Ok(None)` asks for the usage text.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let mut path = env("ASF_PATH");
    // The environment first, the command line over it.
    let mut crypt_key = env("ASF_CRYPTKEY");
    if let Some(file) = env("ASF_CRYPTKEY_FILE") {
        crypt_key = Some(read_key_file(&file)?);
    }
    let mut service = false;
    let mut config_watch = true;
    let mut config_watch_poll = false;
    let mut restart_allowed = true;
    let mut simulation_speed = None;
    let mut simulation_seed = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args.next().ok_or(format!("{name} needs {what}")),
            }
        };
        match name.as_str() {
            "--help" | "-h" => return Ok(None),
            "--path" => path = Some(value("a directory")?),
            "--cryptkey" => crypt_key = Some(value("a key")?),
            "--cryptkey-file" => crypt_key = Some(read_key_file(&value("a file")?)?),
            "--service" => service = true,
            "--no-config-watch" => config_watch = false,
            "--config-watch-poll" => config_watch_poll = true,
            "--no-restart" => restart_allowed = false,
            "--simulation-speed" => {
                let v = value("a number")?;
                simulation_speed = Some(
                    v.parse::<f64>()
                        .ok()
                        .filter(|s| s.is_finite() && *s > 0.0)
                        .ok_or(format!("--simulation-speed: {v} is not a positive number"))?,
                );
            }
            "--simulation-seed" => {
                let v = value("a number")?;
                simulation_seed = Some(
                    v.parse::<u64>()
                        .map_err(|_| format!("--simulation-seed: {v} is not a number"))?,
                );
            }
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    let root = match path {
        Some(p) => expand_home(&p),
        None => std::env::current_dir().map_err(|e| e.to_string())?,
    };
    let mut options = Options::new(root);
    options.service = service;
    options.config_watch = config_watch;
    options.config_watch_poll = config_watch_poll;
    options.restart_allowed = restart_allowed;
    if let Some(speed) = simulation_speed {
        options.simulation_speed = speed;
    }
    if let Some(seed) = simulation_seed {
        options.simulation_seed = seed;
    }
    if let Some(key) = crypt_key.filter(|k| !k.is_empty()) {
        options.crypt_key = key.into_bytes();
    }
    Ok(Some(options))
}

fn read_key_file(path: &str) -> Result<String, String> {
    std::fs::read_to_string(expand_home(path))
        .map(|k| k.trim_end_matches(['\r', '\n']).to_string())
        .map_err(|e| format!("cannot read the crypt key file {path}: {e}"))
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix('~'), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest.trim_start_matches(['/', '\\'])),
        _ => PathBuf::from(path),
    }
}

//! The asf-ipc server: ArchiSteamFarm's IPC interface on `127.0.0.1:1242` and `[::1]:1242`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use asf_ipc::core::logging::Logs;
use asf_ipc::core::{Asf, Options};
use asf_ipc::http::{IpcServer, ListenConfig};

const USAGE: &str = "usage: asf-ipc [--path <dir>] [--service]

  --path <dir>   working directory (config/, log.txt); also ASF_PATH
  --service      report the process as running as a service";

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
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(options))
}

async fn run(options: Options) -> ExitCode {
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
    let server = if asf.global_config().ipc {
        IpcServer::start(asf.clone(), ListenConfig::default())
            .await
            .ok()
    } else {
        None
    };
    wait_for_signal().await;
    if let Some(server) = server {
        server.stop().await;
    }
    ExitCode::SUCCESS
}

/// Ctrl-C or SIGTERM.
async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Reads `--path`/`--path=`, `ASF_PATH` and `--service`; `Ok(None)` asks for the usage text.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut path = std::env::var("ASF_PATH").ok().filter(|p| !p.is_empty());
    let mut service = false;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(None),
            "--path" => path = Some(args.next().ok_or("--path needs a directory")?),
            "--service" => service = true,
            other => match other.strip_prefix("--path=") {
                Some(p) => path = Some(p.to_string()),
                None => return Err(format!("unknown argument: {other}")),
            },
        }
    }
    let root = match path {
        Some(p) => expand_home(&p),
        None => std::env::current_dir().map_err(|e| e.to_string())?,
    };
    let mut options = Options::new(root);
    options.service = service;
    Ok(Some(options))
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix('~'), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest.trim_start_matches(['/', '\\'])),
        _ => PathBuf::from(path),
    }
}

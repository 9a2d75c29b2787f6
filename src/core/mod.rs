//! The process behind the API: configuration, state and logs. Nothing here knows HTTP.

pub mod access;
pub mod config;
pub mod crypto;
pub mod files;
pub mod ipc_config;
pub mod jsonc;
pub mod logging;
pub mod process;

use std::path::{Path, PathBuf};
use std::sync::RwLock;

use chrono::{DateTime, Utc};

use access::Access;
use config::GlobalConfig;
use logging::Logs;

/// How the process was started.
#[derive(Clone, Debug)]
pub struct Options {
    /// Working directory: `config/`, `log.txt` and `www/` live under it.
    pub root: PathBuf,
    /// Started with `--service`.
    pub service: bool,
    /// Key used to hash and encrypt secrets.
    pub crypt_key: Vec<u8>,
}

impl Options {
    /// Options for a working directory with ASF's defaults otherwise.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            service: false,
            crypt_key: crypto::DEFAULT_CRYPT_KEY.as_bytes().to_vec(),
        }
    }
}

/// The running process's core.
pub struct Asf {
    options: Options,
    config_dir: PathBuf,
    started: RwLock<DateTime<Utc>>,
    global: RwLock<GlobalConfig>,
    access: Access,
    logs: Logs,
    /// Bumped whenever the IPC server stops, so long-lived connections can close.
    ipc_stops: tokio::sync::watch::Sender<u64>,
}

impl Asf {
    /// Prepares the working directory (creating `config/`) and loads `ASF.json`.
    pub fn open(options: Options, logs: Logs) -> Result<Self, String> {
        let config_dir = options.root.join("config");
        std::fs::create_dir_all(&config_dir)
            .map_err(|e| format!("cannot create {}: {e}", config_dir.display()))?;
        let global = load_global_config(&config_dir)?;
        logs.set_debug(global.debug);
        Ok(Self {
            options,
            config_dir,
            started: RwLock::new(Utc::now()),
            global: RwLock::new(global),
            access: Access::default(),
            logs,
            ipc_stops: tokio::sync::watch::channel(0).0,
        })
    }

    /// The working directory.
    pub fn root(&self) -> &Path {
        &self.options.root
    }

    /// `config/` under the working directory.
    pub fn config_dir(&self) -> &Path {
        &self.config_dir
    }

    /// The crypt key for hashing and encryption.
    pub fn crypt_key(&self) -> &[u8] {
        &self.options.crypt_key
    }

    /// Whether started as a service.
    pub fn is_service(&self) -> bool {
        self.options.service
    }

    /// When the process core started.
    pub fn start_time(&self) -> DateTime<Utc> {
        *self.started.read().unwrap_or_else(|e| e.into_inner())
    }

    /// A copy of the live global config.
    pub fn global_config(&self) -> GlobalConfig {
        self.global
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Failure counts and bans of the IPC interface (process-wide, as in ASF).
    pub fn access(&self) -> &Access {
        &self.access
    }

    /// The configured IPC password, if one is set.
    pub fn password_setting(&self) -> Option<access::PasswordSetting> {
        let global = self.global.read().unwrap_or_else(|e| e.into_inner());
        global
            .ipc_password
            .as_ref()
            .filter(|p| !p.is_empty())
            .map(|p| access::PasswordSetting {
                stored: p.clone(),
                format: global.ipc_password_format,
            })
    }

    /// The log handles.
    pub fn logs(&self) -> &Logs {
        &self.logs
    }

    /// Tells long-lived connections (log streams) that the IPC server is stopping.
    pub fn signal_ipc_stop(&self) {
        self.ipc_stops.send_modify(|n| *n += 1);
    }

    /// Resolves on the next [`Asf::signal_ipc_stop`].
    pub fn ipc_stop_watcher(&self) -> tokio::sync::watch::Receiver<u64> {
        self.ipc_stops.subscribe()
    }

    /// The root logger.
    pub fn log(&self) -> &slog::Logger {
        &self.logs.root
    }
}

/// Reads `config/ASF.json`; a missing file means defaults.
fn load_global_config(config_dir: &Path) -> Result<GlobalConfig, String> {
    let path = config_dir.join("ASF.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(GlobalConfig::default()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut config: GlobalConfig =
        jsonc::from_str(&text).map_err(|e| format!("{} is invalid: {e}", path.display()))?;
    config.apply_twins()?;
    config.validate()?;
    Ok(config)
}

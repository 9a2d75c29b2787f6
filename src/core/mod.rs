//! The process behind the API: configuration, state and logs. Nothing here knows HTTP.

pub(crate) mod access;
pub(crate) mod bgr;
pub(crate) mod bot;
pub(crate) mod bot_db;
pub(crate) mod bots;
pub(crate) mod command_line;
pub(crate) mod commands;
pub(crate) mod config;
#[cfg(test)]
pub(crate) mod cost;
pub(crate) mod crypto;
pub(crate) mod files;
pub(crate) mod gifts;
pub(crate) mod inventory;
pub(crate) mod ipc_config;
pub(crate) mod json_text;
pub(crate) mod jsonc;
pub(crate) mod logging;
pub(crate) mod metrics;
pub(crate) mod pattern;
pub(crate) mod plugins;
pub(crate) mod process;
pub(crate) mod scenario;
pub(crate) mod schema;
pub(crate) mod steam;
pub(crate) mod steam_guard;
pub(crate) mod storage;
pub(crate) mod texts;
pub(crate) mod twofa;
pub(crate) mod watch;
pub(crate) mod www;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use chrono::{DateTime, Utc};

use access::Access;
use bot::BotEnv;
use bots::Bots;
use config::{ConfigError, GlobalConfig};
use logging::Logs;
use steam::{SimulatedSteam, SteamNetwork};
use storage::GlobalDatabase;

/// How the process was started.
#[derive(Clone, Debug)]
pub struct Options {
    /// Working directory: `config/`, `log.txt` and `www/` live under it.
    pub root: PathBuf,
    /// Started with `--service`.
    pub service: bool,
    /// Find a Steam parental PIN the bot does not know by trying every one, as ASF does;
    /// `--no-steam-parental-generation` asks for it instead.
    pub steam_parental_generation: bool,
    /// Key used to hash and encrypt secrets.
    pub crypt_key: Vec<u8>,
    /// Apply hand edits of `config/` while running (`--no-config-watch` turns it off).
    pub config_watch: bool,
    /// Notice those edits by listing `config/` every 200 ms rather than by the kernel's file
    /// events (`--config-watch-poll`): for file systems that raise no events for changes made
    /// elsewhere and are not recognised as such.
    pub config_watch_poll: bool,
    /// A changed `ASF.json` restarts the core; without this (`--no-restart`) it ends the process.
    pub restart_allowed: bool,
    /// Seed of the simulated Steam network.
    pub simulation_seed: u64,
    /// How much faster than the wall clock the simulated Steam network runs.
    pub simulation_speed: f64,
    /// `--network-group`: instances on one machine that share ASF's cross-process limiters;
    /// `None` is the default group.
    pub network_group: Option<String>,
    /// A scenario file for the simulated Steam network (`--scenario`), read at start.
    pub scenario_file: Option<PathBuf>,
    /// A scenario given as a value; a `scenario_file` takes its place.
    pub scenario: Option<scenario::Scenario>,
}

impl Options {
    /// Options for a working directory with ASF's defaults otherwise.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            service: false,
            steam_parental_generation: true,
            crypt_key: crypto::DEFAULT_CRYPT_KEY.as_bytes().to_vec(),
            config_watch: true,
            config_watch_poll: false,
            restart_allowed: true,
            simulation_seed: 1242,
            simulation_speed: 1.0,
            network_group: None,
            scenario_file: None,
            scenario: None,
        }
    }
}

/// The running process's core.
pub struct Asf {
    options: Options,
    config_dir: PathBuf,
    started: RwLock<DateTime<Utc>>,
    global: Arc<RwLock<GlobalConfig>>,
    /// `ASF.json` as last applied (`None`: no file), so a write seen twice restarts once.
    global_file: Mutex<Option<Vec<u8>>>,
    access: Access,
    logs: Logs,
    bots: Bots,
    database: GlobalDatabase,
    metrics: metrics::Metrics,
    /// The simulated Steam network, whose scenario can change while running.
    simulation: Arc<SimulatedSteam>,
    /// Bumped whenever the IPC server stops, so log streams can close. (Requests see their
    /// own server's stop: `http::ServerStop`.)
    ipc_stops: tokio::sync::watch::Sender<u64>,
    /// Bumped after every core restart.
    restarts: tokio::sync::watch::Sender<u64>,
    /// Bumped when `config/IPC.config` changed or went away while IPC is on.
    ipc_config_changes: tokio::sync::watch::Sender<u64>,
    /// Set when the process should end, with its exit code.
    exit: tokio::sync::watch::Sender<Option<u8>>,
    /// Stops the config watcher.
    shutdown: tokio::sync::watch::Sender<bool>,
}

impl Asf {
    /// Prepares the working directory (creating `config/`) and loads `ASF.json`.
    pub fn open(options: Options, logs: Logs) -> Result<Self, OpenError> {
        let config_dir = options.root.join("config");
        std::fs::create_dir_all(&config_dir).map_err(|error| OpenError::ConfigDirectory {
            path: config_dir.clone(),
            error,
        })?;
        files::remove_stale_temporaries(&config_dir);
        let (global, global_file) = load_global_config(&config_dir)?;
        logs.set_debug(global.debug);
        let global = Arc::new(RwLock::new(global));
        let scenario = match &options.scenario_file {
            Some(path) => load_scenario(path)?,
            None => options.scenario.clone().unwrap_or_default(),
        };
        let simulation = Arc::new(SimulatedSteam::new(
            options.simulation_seed,
            options.simulation_speed,
            Arc::new(scenario),
        ));
        let steam: Arc<dyn SteamNetwork> = simulation.clone();
        let env = Arc::new(BotEnv {
            steam,
            config_dir: config_dir.clone(),
            crypt_key: options.crypt_key.clone(),
            global: global.clone(),
            gifts: gifts::GiftsLimiter::new(options.network_group.as_deref()),
            service: options.service,
            steam_parental_generation: options.steam_parental_generation,
        });
        let bots = Bots::new(env, config_dir.clone(), logs.root.clone());
        // Without the watcher, as in ASF, a config the API writes waits for the next start.
        bots.apply_written_configs(options.config_watch);
        let database = GlobalDatabase::open(config_dir.join("ASF.db"), &logs.root);
        Ok(Self {
            options,
            config_dir,
            started: RwLock::new(Utc::now()),
            global,
            global_file: Mutex::new(global_file),
            access: Access::default(),
            logs,
            bots,
            database,
            metrics: metrics::Metrics::default(),
            simulation,
            ipc_stops: tokio::sync::watch::channel(0).0,
            restarts: tokio::sync::watch::channel(0).0,
            ipc_config_changes: tokio::sync::watch::channel(0).0,
            exit: tokio::sync::watch::channel(None).0,
            shutdown: tokio::sync::watch::channel(false).0,
        })
    }

    /// Starts, unless turned off, the config watcher, then the bots; returns once every bot is
    /// loaded. Needs a Tokio runtime.
    pub fn start(self: &Arc<Self>) {
        plugins::on_asf_init(self);
        self.watch_config();
        self.bots.load_all();
    }

    /// [`Asf::start`] without waiting: the bots load one by one on the blocking pool while the
    /// caller goes on. ASF starts its IPC server before it registers the bots, and so does the
    /// server binary: it listens at once, and `GET /Api/Bot/ASF` lists the bots loaded so far.
    pub fn start_in_background(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let asf = self.clone();
        tokio::task::spawn_blocking(move || asf.start())
    }

    /// Applies hand edits of `config/` from now on, unless turned off. Blocking: it lists
    /// the directory.
    fn watch_config(self: &Arc<Self>) {
        if !self.options.config_watch {
            return;
        }
        let method = if self.options.config_watch_poll {
            watch::Method::Poll
        } else {
            watch::Method::Events
        };
        let watch = watch::ConfigWatch::start(&self.config_dir, method, self.log());
        let asf = Arc::downgrade(self);
        let stop = self.shutdown.subscribe();
        tokio::spawn(watch.run(stop, move |name| {
            if let Some(asf) = asf.upgrade() {
                asf.on_config_file_changed(name);
            }
        }));
        self.watch_scenario(method);
    }

    /// Watches the scenario file (when there is one and config edits are watched): a change
    /// applies to the accounts it touches.
    fn watch_scenario(self: &Arc<Self>, method: watch::Method) {
        let Some(path) = self.options.scenario_file.clone() else {
            return;
        };
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return;
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".").to_path_buf()
        } else {
            dir.to_path_buf()
        };
        let name = name.to_string_lossy().into_owned();
        let watch = watch::ConfigWatch::start(&dir, method, self.log());
        let asf = Arc::downgrade(self);
        let stop = self.shutdown.subscribe();
        tokio::spawn(watch.run(stop, move |changed| {
            if changed == name
                && let Some(asf) = asf.upgrade()
            {
                asf.reload_scenario(&path);
            }
        }));
    }

    /// Applies the scenario file as it is now; an invalid or missing one is logged and the
    /// scenario in force stays.
    fn reload_scenario(&self, path: &Path) {
        let scenario = match load_scenario(path) {
            Ok(scenario) => scenario,
            Err(e) => {
                slog::error!(self.log(), "OnChangedScenario() {e}");
                return;
            }
        };
        let (accounts, keys) = self.simulation.replace_scenario(scenario);
        let mut changed = accounts.join(", ");
        if keys {
            changed.push_str(if changed.is_empty() { "keys" } else { "; keys" });
        }
        if changed.is_empty() {
            changed.push_str("nothing");
        }
        slog::info!(
            self.log(),
            "OnChangedScenario() The scenario {} has been changed: {changed}",
            path.display()
        );
    }

    /// Stops the watcher and every bot.
    pub fn shutdown(&self) {
        let _ = self.shutdown.send(true);
        self.bots.remove_all();
    }

    /// Reacts to a file of `config/` that appeared, changed or disappeared.
    pub(crate) fn on_config_file_changed(self: &Arc<Self>, name: &str) {
        if name == "ASF.json" {
            if self.config_dir.join(name).exists() {
                self.reload_global_config();
            } else {
                self.global_config_removed();
            }
        } else if name.eq_ignore_ascii_case(ipc_config::FILE_NAME) {
            if self.global_config().ipc {
                slog::info!(
                    self.log(),
                    "OnChangedConfigFile() IPC config has been changed!"
                );
                self.ipc_config_changes
                    .send_modify(|n| *n = n.wrapping_add(1));
            }
        } else if let Some(bot) = name.strip_suffix(".json") {
            self.bots.sync(bot);
        } else if let Some(bot) = name.strip_suffix(".keys").and_then(|n| self.bots.get(n)) {
            bot.import_keys_file();
        }
    }

    /// Applies `config/ASF.json` if it differs from what runs: a valid new file restarts the
    /// core (or ends the process when restarting is not allowed); an invalid one is ignored.
    pub(crate) fn reload_global_config(self: &Arc<Self>) {
        let path = self.config_dir.join("ASF.json");
        let Ok(bytes) = std::fs::read(&path) else {
            return;
        };
        let mut applied = self.global_file.lock().unwrap_or_else(|e| e.into_inner());
        if applied.as_deref() == Some(bytes.as_slice()) {
            return;
        }
        let config = match parse_global_config(&bytes) {
            Ok(config) => config,
            Err(e) => {
                slog::error!(self.log(), "OnChanged() {} is invalid: {e}", path.display());
                return;
            }
        };
        *applied = Some(bytes);
        drop(applied);
        slog::info!(
            self.log(),
            "OnChanged() Global config file has been changed!"
        );
        if !config.auto_restart || !self.options.restart_allowed {
            slog::info!(self.log(), "OnChanged() Exiting...");
            self.request_exit(0);
            return;
        }
        self.restart_core(config);
    }

    /// ASF waits a moment for a removed `ASF.json` to come back, then ends the process.
    fn global_config_removed(self: &Arc<Self>) {
        let asf = Arc::downgrade(self);
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(5)).await;
            let Some(asf) = asf.upgrade() else { return };
            if !asf.config_dir.join("ASF.json").exists() {
                slog::error!(
                    asf.log(),
                    "OnDeleted() Global config file has been removed!"
                );
                asf.request_exit(1);
            }
        });
    }

    /// What a restart of ASF does, without leaving the process: new global config, every bot
    /// loaded again from its file, bans forgotten, and a new `ProcessStartTime`.
    fn restart_core(&self, config: GlobalConfig) {
        slog::info!(self.log(), "Restart() Restarting...");
        self.bots.remove_all();
        self.logs.set_debug(config.debug);
        *self.global.write().unwrap_or_else(|e| e.into_inner()) = config;
        self.access.clear();
        *self.started.write().unwrap_or_else(|e| e.into_inner()) = Utc::now();
        self.bots.load_all();
        self.restarts.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// `POST /Api/ASF/Restart` and the `restart` command: the core restarts with `ASF.json` as
    /// it is on disk now.
    pub fn restart(&self) {
        let config = std::fs::read(self.config_dir.join("ASF.json"))
            .ok()
            .and_then(|bytes| parse_global_config(&bytes).ok())
            .unwrap_or_else(|| self.global_config());
        self.restart_core(config);
    }

    /// Resolves after each core restart.
    pub fn restart_watcher(&self) -> tokio::sync::watch::Receiver<u64> {
        self.restarts.subscribe()
    }

    /// Asks the process to end with `code`.
    pub(crate) fn request_exit(&self, code: u8) {
        self.exit.send_if_modified(|current| {
            let first = current.is_none();
            if first {
                *current = Some(code);
            }
            first
        });
    }

    /// Holds the exit code once the process should end.
    pub fn exit_watcher(&self) -> tokio::sync::watch::Receiver<Option<u8>> {
        self.exit.subscribe()
    }

    /// Whether a core restart is allowed (not started with `--no-restart`).
    pub(crate) fn restart_allowed(&self) -> bool {
        self.options.restart_allowed
    }

    /// The bots.
    pub fn bots(&self) -> &Bots {
        &self.bots
    }

    /// The global database (`ASF.db`).
    pub(crate) fn database(&self) -> &GlobalDatabase {
        &self.database
    }

    /// Replaces `config/ASF.json` with the file view of `config`; with the config watch on,
    /// the change is applied as if the file had been edited (a restart of the core follows).
    pub(crate) async fn write_global_config(
        self: &Arc<Self>,
        config: &GlobalConfig,
    ) -> std::io::Result<()> {
        let path = self.config_dir.join("ASF.json");
        let bytes = files::to_file_json(&config::ConfigObject::write_view(config));
        tokio::task::spawn_blocking(move || files::write_atomic(&path, &bytes))
            .await
            .map_err(std::io::Error::other)??;
        // Without the watcher, as in ASF, the file waits for the next start.
        if self.options.config_watch {
            let asf = self.clone();
            tokio::spawn(async move { asf.reload_global_config() });
        }
        Ok(())
    }

    /// The working directory.
    pub(crate) fn root(&self) -> &Path {
        &self.options.root
    }

    /// `config/` under the working directory.
    pub(crate) fn config_dir(&self) -> &Path {
        &self.config_dir
    }

    /// The crypt key for hashing and encryption.
    pub fn crypt_key(&self) -> &[u8] {
        &self.options.crypt_key
    }

    /// Whether started as a service.
    pub(crate) fn is_service(&self) -> bool {
        self.options.service
    }

    /// When the process core started.
    pub(crate) fn start_time(&self) -> DateTime<Utc> {
        *self.started.read().unwrap_or_else(|e| e.into_inner())
    }

    /// The process's metrics (ASF's Monitoring plugin).
    pub(crate) fn metrics(&self) -> &metrics::Metrics {
        &self.metrics
    }

    /// A copy of the live global config.
    pub(crate) fn global_config(&self) -> GlobalConfig {
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
    pub(crate) fn password_setting(&self) -> Option<access::PasswordSetting> {
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
    pub(crate) fn logs(&self) -> &Logs {
        &self.logs
    }

    /// Tells log streams that the IPC server is stopping.
    pub(crate) fn signal_ipc_stop(&self) {
        self.ipc_stops.send_modify(|n| *n += 1);
    }

    /// Changes whenever `config/IPC.config` changed and the IPC server should restart.
    pub(crate) fn ipc_config_watcher(&self) -> tokio::sync::watch::Receiver<u64> {
        self.ipc_config_changes.subscribe()
    }

    /// Changes on the next [`Asf::signal_ipc_stop`].
    pub(crate) fn ipc_stop_watcher(&self) -> tokio::sync::watch::Receiver<u64> {
        self.ipc_stops.subscribe()
    }

    /// The root logger.
    pub fn log(&self) -> &slog::Logger {
        &self.logs.root
    }
}

/// Reads `config/ASF.json` and its bytes; a missing file means defaults.
/// Why the process cannot start; `Display` is the message printed.
#[derive(Debug)]
pub enum OpenError {
    /// `config/` cannot be created.
    ConfigDirectory {
        path: std::path::PathBuf,
        error: std::io::Error,
    },
    /// `ASF.json` exists but cannot be read.
    UnreadableGlobalConfig {
        path: std::path::PathBuf,
        error: std::io::Error,
    },
    /// `ASF.json` is refused.
    InvalidGlobalConfig {
        path: std::path::PathBuf,
        error: ConfigError,
    },
    /// The scenario file cannot be read.
    UnreadableScenario {
        path: std::path::PathBuf,
        error: std::io::Error,
    },
    /// The scenario file is refused.
    InvalidScenario {
        path: std::path::PathBuf,
        error: scenario::ScenarioError,
    },
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ConfigDirectory { path, error } => {
                write!(f, "cannot create {}: {error}", path.display())
            }
            Self::UnreadableGlobalConfig { path, error } => {
                write!(f, "cannot read {}: {error}", path.display())
            }
            Self::InvalidGlobalConfig { path, error } => {
                write!(f, "{} is invalid: {error}", path.display())
            }
            Self::UnreadableScenario { path, error } => {
                write!(f, "cannot read the scenario {}: {error}", path.display())
            }
            Self::InvalidScenario { path, error } => {
                write!(f, "the scenario {} is invalid: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for OpenError {}

fn load_scenario(path: &Path) -> Result<scenario::Scenario, OpenError> {
    let bytes = std::fs::read(path).map_err(|error| OpenError::UnreadableScenario {
        path: path.to_path_buf(),
        error,
    })?;
    scenario::Scenario::parse(&bytes).map_err(|error| OpenError::InvalidScenario {
        path: path.to_path_buf(),
        error,
    })
}

fn load_global_config(config_dir: &Path) -> Result<(GlobalConfig, Option<Vec<u8>>), OpenError> {
    let path = config_dir.join("ASF.json");
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((GlobalConfig::default(), None));
        }
        Err(error) => return Err(OpenError::UnreadableGlobalConfig { path, error }),
    };
    let config = match parse_global_config(&bytes) {
        Ok(config) => config,
        Err(error) => return Err(OpenError::InvalidGlobalConfig { path, error }),
    };
    Ok((config, Some(bytes)))
}

/// Parses `ASF.json` as ASF does: comments and trailing commas allowed, twins applied,
/// validated.
pub fn parse_global_config(bytes: &[u8]) -> Result<GlobalConfig, ConfigError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ConfigError::Unreadable(e.to_string()))?;
    let mut config: GlobalConfig = jsonc::parse_config(text)?;
    config.apply_twins()?;
    config.validate()?;
    Ok(config)
}

//! The command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Operate an ArchiSteamFarm (or asf-ipc) instance through its IPC API.
///
/// Output is meant for people (tables) unless `--json` is given. The exit code is 0 on
/// success, 1 when the server refused or could not be reached (ASF's message goes to stderr),
/// 2 for wrong usage, and 3 when access was denied (wrong password, banned, or not allowed
/// from this network).
#[derive(Debug, Parser)]
#[command(
    name = "asfctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Base URL of the server, with its PathBase if it has one.
    #[arg(
        long,
        global = true,
        env = "ASF_IPC_URL",
        hide_env_values = true,
        default_value = "http://127.0.0.1:1242"
    )]
    pub url: String,

    /// The server's IPCPassword.
    #[arg(long, global = true, env = "ASF_IPC_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,

    /// Print JSON instead of tables (one JSON document; `log --follow` prints one per line).
    #[arg(long, global = true)]
    pub json: bool,

    /// Seconds a request may take.
    #[arg(long, global = true, default_value_t = 60, value_name = "SECONDS")]
    pub timeout: u64,

    /// Also trust this CA (PEM), for a server with a self-signed certificate.
    #[arg(long, global = true, value_name = "PEM_FILE")]
    pub ca_cert: Option<PathBuf>,

    /// Accept any TLS certificate. This exposes the password to anyone on the network path;
    /// use --ca-cert instead wherever possible.
    #[arg(long, global = true)]
    pub insecure_accept_invalid_certs: bool,

    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// ASF's version, build, start time and memory use.
    Status,
    /// The global config (config/ASF.json).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Bots: list, show, start, stop, pause, resume, create, rename, delete, config.
    #[command(subcommand, alias = "bot")]
    Bots(BotsCommand),
    /// Run an ASF command, as typed in Steam chat (`status ASF`, `version`, …).
    Command {
        /// The command text; quote it.
        text: String,
    },
    /// The background redeemer's keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// ASF's two-factor authentication.
    #[command(subcommand, name = "2fa")]
    TwoFactor(TwoFactorCommand),
    /// The log: the last lines of log.txt, or the live log with --follow.
    Log(LogArgs),
    /// Addresses banned after too many wrong passwords.
    #[command(subcommand)]
    Bans(BansCommand),
    /// The Prometheus metrics (ASF's Monitoring plugin), as Prometheus scrapes them.
    Metrics {
        /// OpenMetrics 1.0.0 instead of Prometheus's text format.
        #[arg(long)]
        openmetrics: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the global config as JSON (secrets are never shown).
    Get,
    /// Replace the global config with the JSON object in FILE (`-` for stdin). Secrets the
    /// file leaves out keep their current values; the server restarts its core to apply it.
    Set {
        /// JSON file.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum BotsCommand {
    /// A table of the selected bots.
    List {
        /// Bot selector: names joined with commas, ASF (all), @ONLINE, A..B, r!regex, …
        #[arg(default_value = "ASF")]
        bots: String,
    },
    /// Everything about the selected bots.
    Show {
        /// Bot selector.
        bots: String,
    },
    /// Start the bots.
    Start {
        /// Bot selector.
        bots: String,
    },
    /// Stop the bots.
    Stop {
        /// Bot selector.
        bots: String,
    },
    /// Pause automatic farming.
    Pause {
        /// Bot selector.
        bots: String,
        /// Keep it paused across restarts of the bot.
        #[arg(long)]
        permanent: bool,
        /// Resume automatically after this many seconds.
        #[arg(long, value_name = "SECONDS")]
        resume_in: Option<u16>,
    },
    /// Resume automatic farming.
    Resume {
        /// Bot selector.
        bots: String,
    },
    /// Create a bot from a BotConfig JSON file (`-` for stdin); fails if it exists.
    Create {
        /// The new bot's name.
        name: String,
        /// JSON file with its BotConfig.
        file: PathBuf,
    },
    /// Rename a bot (its files move along).
    Rename {
        /// Current name.
        name: String,
        /// New name.
        new_name: String,
    },
    /// Delete the bots and all their files.
    Delete {
        /// Bot selector.
        bots: String,
    },
    /// One bot's config.
    #[command(subcommand)]
    Config(BotConfigCommand),
}

#[derive(Debug, Subcommand)]
pub enum BotConfigCommand {
    /// Print the bot's config as JSON (secrets are never shown).
    Get {
        /// Bot name.
        name: String,
    },
    /// Replace the bot's config with the JSON object in FILE (`-` for stdin). Secrets the
    /// file leaves out keep their current values.
    Set {
        /// Bot name.
        name: String,
        /// JSON file.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Queue the keys of an ASF `.keys` file (`name<TAB>key` or `key` per line) for the
    /// background redeemer of the selected bots.
    Import {
        /// Bot selector.
        bots: String,
        /// The .keys file (`-` for stdin).
        file: PathBuf,
    },
    /// Keys the redeemer has used or found unusable, and how many are still queued.
    List {
        /// Bot selector.
        bots: String,
    },
    /// Delete the redeemer's result files (the queue stays).
    Clear {
        /// Bot selector.
        bots: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TwoFactorCommand {
    /// The current Steam Guard code of each selected bot.
    Token {
        /// Bot selector.
        bots: String,
    },
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// How many of the last lines of log.txt to print.
    #[arg(short = 'n', long, default_value_t = 20, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub lines: u32,
    /// Follow the live log (the server's recent lines first) until interrupted.
    #[arg(short, long)]
    pub follow: bool,
}

#[derive(Debug, Subcommand)]
pub enum BansCommand {
    /// The banned addresses.
    List,
    /// Lift every ban.
    Clear,
    /// Lift the ban of one address.
    Remove {
        /// The address, as `bans list` shows it.
        address: String,
    },
}

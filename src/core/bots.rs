//! The bots of the process: who exists (one `config/<name>.json` each), selectors over them,
//! and the file operations behind creating, deleting and renaming bots.
//!
//! The files are the truth. Every change, whether it comes from the API or from an operator's
//! editor, ends in [`Bots::sync`], which makes the running bot match its file: register,
//! reconfigure, or remove. Calling it twice for the same file content does nothing.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use crate::core::bot::{Bot, BotEnv};
use crate::core::config::{BotConfig, ConfigError, is_individual_steam_id};
use crate::core::pattern::{Match, NamePattern};
use crate::core::{files, jsonc};

/// Extensions of the files that belong to a bot, the config last (it defines the bot, so it
/// goes last when files move and the bot never exists without its other files).
pub(crate) const RELATED_EXTENSIONS: &[&str] = &[
    ".db",
    ".keys",
    ".keys.invalid",
    ".keys.unused",
    ".keys.used",
    ".maFile",
    ".json",
];

/// Every bot, by name (ordinal order, as ASF sorts them).
pub struct Bots {
    bots: RwLock<BTreeMap<String, Arc<Bot>>>,
    env: Arc<BotEnv>,
    config_dir: PathBuf,
    log: slog::Logger,
    /// Serialises writes of config files, as ASF's process-wide lock does.
    write_lock: tokio::sync::Mutex<()>,
}

impl Bots {
    /// An empty set; [`Bots::load_all`] fills it.
    pub(crate) fn new(env: Arc<BotEnv>, config_dir: PathBuf, log: slog::Logger) -> Self {
        Self {
            bots: RwLock::new(BTreeMap::new()),
            env,
            config_dir,
            log,
            write_lock: tokio::sync::Mutex::new(()),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, BTreeMap<String, Arc<Bot>>> {
        self.bots.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, BTreeMap<String, Arc<Bot>>> {
        self.bots.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers a bot for every valid `config/<name>.json`.
    pub(crate) fn load_all(&self) {
        for name in bot_names_in(&self.config_dir) {
            self.sync(&name);
        }
        let count = self.read().len();
        if count == 0 {
            slog::warn!(
                self.log,
                "Init() No bots are defined. Did you forget to configure your ASF? Follow 'setting up' guide on the wiki if you're confused."
            );
        } else if count > 10 {
            slog::warn!(
                self.log,
                "Init() You're running more personal bot accounts than our upper recommended limit ({}). Be advised that this setup is not supported and might cause various Steam-related issues, including account suspensions. Check out the FAQ for more details.",
                10
            );
        }
    }

    /// Stops and forgets every bot.
    pub(crate) fn remove_all(&self) {
        let bots = std::mem::take(&mut *self.write());
        for bot in bots.values() {
            bot.remove();
        }
    }

    /// Makes the bot `name` match `config/<name>.json`: registered when the file appears,
    /// reconfigured when its content changed, removed when the file is gone. A file that does
    /// not parse or validate is ignored, so a half-saved edit never disturbs a running bot.
    pub(crate) fn sync(&self, name: &str) {
        if !files::is_valid_bot_name(name) {
            return;
        }
        let path = self.config_path(name);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(bot) = self.write().remove(name) {
                    slog::info!(self.log, "OnConfigChanged() Removing {name}...");
                    bot.remove();
                }
                return;
            }
            Err(e) => {
                slog::warn!(self.log, "OnConfigChanged() {}: {e}", path.display());
                return;
            }
        };
        let config = match parse_bot_config(&text) {
            Ok(config) => config,
            Err(e) => {
                slog::error!(self.log, "InitModules() {e}");
                return;
            }
        };
        let mut bots = self.write();
        match bots.get(name) {
            Some(bot) if bot.config() == config => {}
            Some(bot) => {
                slog::info!(
                    bot_logger(&self.log, name),
                    "OnConfigChanged() Reloading bot config..."
                );
                bot.reconfigure(config);
            }
            None => {
                let bot = Bot::spawn(name.to_string(), config, self.env.clone(), &self.log);
                bots.insert(name.to_string(), bot);
            }
        }
    }

    /// The bot named exactly `name`.
    pub(crate) fn get(&self, name: &str) -> Option<Arc<Bot>> {
        self.read().get(name).cloned()
    }

    /// How many bots exist.
    pub fn len(&self) -> usize {
        self.read().len()
    }

    /// Whether there is no bot.
    pub fn is_empty(&self) -> bool {
        self.read().is_empty()
    }

    /// Every bot, ordered by name.
    pub fn all(&self) -> Vec<Arc<Bot>> {
        self.read().values().cloned().collect()
    }

    /// The bots `selector` names, or `None` when it names none (an invalid `r!` pattern
    /// names none): what every action on bots, over HTTP or as a command, runs on.
    pub(crate) fn select_some(&self, selector: &str) -> Option<BTreeMap<String, Arc<Bot>>> {
        self.select(selector).filter(|bots| !bots.is_empty())
    }

    /// Resolves a `{botNames}` selector (see the README): `None` when an `r!` pattern is
    /// invalid, else the matching bots by name (possibly none).
    pub fn select(&self, selector: &str) -> Option<BTreeMap<String, Arc<Bot>>> {
        let bots = self.read();
        let mut result = BTreeMap::new();
        let mut by_steam_id: Option<HashMap<u64, &Arc<Bot>>> = None;
        let mut find = |name: &str| -> Option<Arc<Bot>> {
            if let Some(bot) = bots.get(name) {
                return Some(bot.clone());
            }
            let id: u64 = name.parse().ok().filter(|id| is_individual_steam_id(*id))?;
            let index = by_steam_id.get_or_insert_with(|| {
                bots.values()
                    .map(|b| (b.steam_id(), b))
                    .filter(|(id, _)| *id != 0)
                    .collect()
            });
            index.get(&id).map(|b| (*b).clone())
        };
        for part in selector.split(',').filter(|p| !p.is_empty()) {
            let keyword = part.to_uppercase();
            let filter: Option<fn(&Bot) -> bool> = match keyword.as_str() {
                "ASF" | "@ALL" => return Some(bots.clone()),
                "@FARMING" => Some(Bot::is_farming),
                "@IDLE" => Some(|b| !b.is_farming()),
                "@ONLINE" => Some(Bot::is_online),
                "@OFFLINE" => Some(|b| !b.is_online()),
                _ => None,
            };
            if let Some(filter) = filter {
                for (name, bot) in bots.iter().filter(|(_, b)| filter(b)) {
                    result.insert(name.clone(), bot.clone());
                }
                continue;
            }
            if part.len() > 2 && part.contains("..") {
                let ends: Vec<&str> = part.split("..").filter(|s| !s.is_empty()).collect();
                if let Some(first) = ends.first().and_then(|n| find(n)) {
                    let first_name = first.name().to_string();
                    let range: Option<Vec<(&String, &Arc<Bot>)>> = match ends.len() {
                        1 if part.starts_with("..") => Some(bots.range(..=first_name).collect()),
                        1 => Some(bots.range(first_name..).collect()),
                        2 => match find(ends[1]) {
                            Some(last) if first_name.as_str() <= last.name() => {
                                Some(bots.range(first_name..=last.name().to_string()).collect())
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(range) = range {
                        for (name, bot) in range {
                            result.insert(name.clone(), bot.clone());
                        }
                        continue;
                    }
                }
            }
            if let Some(pattern) = part
                .get(..2)
                .filter(|prefix| prefix.eq_ignore_ascii_case("r!"))
                .and_then(|_| part.get(2..))
            {
                let pattern = match NamePattern::compile(pattern, bots.len()) {
                    Ok(pattern) => pattern,
                    Err(reason) => {
                        slog::warn!(self.log, "GetBots() {reason}");
                        return None;
                    }
                };
                for (name, bot) in bots.iter() {
                    match pattern.matches(name) {
                        Match::Yes => {
                            result.insert(name.clone(), bot.clone());
                        }
                        Match::No => {}
                        Match::TooComplex => {
                            slog::warn!(
                                self.log,
                                "GetBots() The pattern needs too many backtracking steps; matching stopped at {name}."
                            );
                            break;
                        }
                    }
                }
                continue;
            }
            if let Some(bot) = find(part) {
                result.insert(bot.name().to_string(), bot);
            }
        }
        Some(result)
    }

    /// `config/<name>.json`.
    pub(crate) fn config_path(&self, name: &str) -> PathBuf {
        self.config_dir.join(format!("{name}.json"))
    }

    /// Writes `config/<name>.json` atomically with the file view of `config`.
    pub(crate) async fn write_config(&self, name: &str, config: &BotConfig) -> std::io::Result<()> {
        if !files::is_valid_bot_name(name) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "invalid bot name",
            ));
        }
        let path = self.config_path(name);
        let bytes = files::to_file_json(&crate::core::config::ConfigObject::write_view(config));
        let _guard = self.write_lock.lock().await;
        tokio::task::spawn_blocking(move || files::write_atomic(&path, &bytes))
            .await
            .map_err(std::io::Error::other)?
    }

    /// Writes `config`, as a request sent it (`mentions` tells which properties it named),
    /// as the config of every bot of a comma list of names, and syncs each bot with its
    /// file; a bot that exists keeps the secrets the request left out. Per name, whether
    /// its file was written; `Err` with ASF's answer when the config is invalid or a name
    /// is no valid bot name (then nothing is written).
    pub(crate) async fn save_configs(
        &self,
        names: &str,
        mut config: BotConfig,
        mentions: impl Fn(&str) -> bool,
    ) -> Result<BTreeMap<String, bool>, SaveError> {
        config.apply_twins().map_err(SaveError::Config)?;
        config.validate().map_err(SaveError::Config)?;
        let mut names: Vec<&str> = names.split(',').filter(|n| !n.is_empty()).collect();
        names.sort_unstable();
        names.dedup();
        if names.iter().any(|n| !files::is_valid_bot_name(n)) {
            return Err(SaveError::InvalidBotNames);
        }
        let mut results = BTreeMap::new();
        // The last bot takes the request's config itself, the others a copy, and each copy is
        // gone before its file is read back: a large config is held about once at a time
        // (besides the bots' current ones).
        let count = names.len();
        for (i, name) in names.into_iter().enumerate() {
            let mut config = if i + 1 == count {
                std::mem::take(&mut config)
            } else {
                config.clone()
            };
            if let Some(current) = self.get(name).map(|b| b.config()) {
                config.keep_unmentioned(current, &mentions);
            }
            let written = self.write_config(name, &config).await;
            drop(config);
            if let Err(e) = &written {
                slog::error!(self.log, "BotPost() {name}: {e}");
            }
            self.sync(name);
            results.insert(name.to_string(), written.is_ok());
        }
        Ok(results)
    }

    /// Deletes the files of every bot given (the bots stop and go as their configs go):
    /// whether all of them went.
    pub(crate) async fn delete_all_files(&self, bots: &BTreeMap<String, Arc<Bot>>) -> bool {
        let mut all = true;
        for name in bots.keys() {
            all &= self.delete_files(name).await;
        }
        all
    }

    /// Deletes every file of the bot `name`; true when all deletions worked.
    pub(crate) async fn delete_files(&self, name: &str) -> bool {
        if let Some(bot) = self.get(name) {
            bot.db().make_read_only();
        }
        let paths = self.related_paths(name);
        let _guard = self.write_lock.lock().await;
        let ok = tokio::task::spawn_blocking(move || {
            let _locks = files::lock_paths(paths.iter().map(PathBuf::as_path));
            paths.iter().all(|path| match std::fs::remove_file(path) {
                Ok(()) => true,
                Err(e) => e.kind() == std::io::ErrorKind::NotFound,
            })
        })
        .await
        .unwrap_or(false);
        self.sync(name);
        ok
    }

    /// Moves every file of bot `from` to the name `to`, the config last. Whether `to` is free
    /// is decided under the same lock as the move, and no move replaces a file, so of two
    /// renames to one name exactly one happens.
    pub(crate) async fn rename_files(&self, from: &str, to: &str) -> Rename {
        let _guard = self.write_lock.lock().await;
        if !files::is_valid_bot_name(to) || self.get(to).is_some() || self.has_files(to) {
            return Rename::Taken;
        }
        let Some(bot) = self.get(from) else {
            return Rename::NoSuchBot;
        };
        bot.stop();
        bot.db().make_read_only();
        let moves: Vec<(PathBuf, PathBuf)> = self
            .related_paths(from)
            .into_iter()
            .zip(self.related_paths(to))
            .collect();
        let ok = tokio::task::spawn_blocking(move || {
            let _locks = files::lock_paths(
                moves
                    .iter()
                    .flat_map(|(source, target)| [source.as_path(), target.as_path()]),
            );
            moves.iter().all(
                |(source, target)| match files::rename_no_replace(source, target) {
                    Ok(()) => true,
                    Err(e) => e.kind() == std::io::ErrorKind::NotFound,
                },
            )
        })
        .await
        .unwrap_or(false);
        self.sync(from);
        self.sync(to);
        if ok { Rename::Done } else { Rename::Failed }
    }

    /// Whether any file of a bot named `name` exists (a rename must not overwrite it).
    pub(crate) fn has_files(&self, name: &str) -> bool {
        self.related_paths(name)
            .iter()
            .any(|p| std::fs::symlink_metadata(p).is_ok())
    }

    fn related_paths(&self, name: &str) -> Vec<PathBuf> {
        if !files::is_valid_bot_name(name) {
            return Vec::new();
        }
        RELATED_EXTENSIONS
            .iter()
            .map(|ext| self.config_dir.join(format!("{name}{ext}")))
            .collect()
    }
}

/// How a rename ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Rename {
    Done,
    /// Some file could not be moved.
    Failed,
    /// The new name is invalid or belongs to a bot or its files.
    Taken,
    NoSuchBot,
}

/// A bot's child logger (its lines carry the bot's name).
fn bot_logger(log: &slog::Logger, name: &str) -> slog::Logger {
    log.new(slog::o!("logger" => name.to_string()))
}

/// Parses a bot config file as ASF does: comments and trailing commas allowed, twins applied,
/// validated.
pub fn parse_bot_config(text: &str) -> Result<BotConfig, ConfigError> {
    let mut config: BotConfig = jsonc::parse_config(text)?;
    config.apply_twins()?;
    config.validate()?;
    Ok(config)
}

/// Names of the bots defined in `dir`: every `<name>.json` with a valid bot name.
pub(crate) fn bot_names_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".json").map(str::to_string))
        .filter(|n| files::is_valid_bot_name(n))
        .collect();
    names.sort();
    names
}

/// Why [`Bots::save_configs`] wrote nothing; `Display` gives ASF's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SaveError {
    /// The config itself is refused.
    Config(crate::core::config::ConfigError),
    /// A name of the list is no valid bot name.
    InvalidBotNames,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Config(error) => error.fmt(f),
            Self::InvalidBotNames => f.write_str(&crate::core::commands::text::invalid("botNames")),
        }
    }
}

impl std::error::Error for SaveError {}

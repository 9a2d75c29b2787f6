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

/// Names ASF's authenticator plugin derives from a bot's `.maFile` (`2fainit`, `2fafinalize`).
/// This server writes none of them, but a new name leaves room for them, so that a config
/// directory works under ASF too.
const AUTHENTICATOR_PLUGIN_EXTENSIONS: &[&str] = &[".maFile.NEW", ".maFile.PENDING"];

/// The selector keywords (see [`Bots::select`]), by their upper-case spelling.
#[derive(Clone, Copy)]
enum Keyword {
    All,
    Farming,
    Idle,
    Online,
    Offline,
}

impl Keyword {
    /// The keyword a selector part spells, in any case (as ASF compares them).
    fn of(part: &str) -> Option<Self> {
        match part.to_uppercase().as_str() {
            "ASF" | "@ALL" => Some(Self::All),
            "@FARMING" => Some(Self::Farming),
            "@IDLE" => Some(Self::Idle),
            "@ONLINE" => Some(Self::Online),
            "@OFFLINE" => Some(Self::Offline),
            _ => None,
        }
    }
}

/// Whether the selector grammar reads `name` as more than one exact name: a keyword, a
/// range (`a..b`, `a..`, `..b`), an `r!` pattern, or a list (`a,b`). ASF lets a bot take such
/// a name, and then `DELETE /Api/Bot/@ALL` deletes every bot; here no new bot gets one.
pub(crate) fn is_selector_shaped(name: &str) -> bool {
    Keyword::of(name).is_some()
        || name.contains(',')
        || name.contains("..")
        || name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("r!"))
}

/// `name` for a log line: at most 64 bytes of it (a refused name may be megabytes long).
fn shown(name: &str) -> String {
    let mut end = name.len().min(64);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    if end < name.len() {
        format!("{}… ({} bytes)", &name[..end], name.len())
    } else {
        name.to_string()
    }
}

/// Why a name cannot be given to a new bot (created or renamed to); each is answered with
/// ASF's "… is invalid!" and logged with its reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameRefusal {
    /// Empty, a path, hidden, or `ASF`.
    Invalid,
    /// The selector grammar would read it as several bots ([`is_selector_shaped`]).
    Selector,
    /// A file named after it would be longer than the file system allows.
    TooLong,
}

impl std::fmt::Display for NameRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Invalid => "not a valid bot name",
            Self::Selector => {
                "a selector (a keyword, a range, a list or an r! pattern), not one name"
            }
            Self::TooLong => "too long for the file names derived from it",
        })
    }
}

/// Bots a selector names, in its order: the parts as the selector lists them, each bot where
/// it first appears, ranges and keywords expanded in name order (ASF's `GetBots` fills a set
/// in that order, and per-bot answers follow it).
pub(crate) type Selection = indexmap::IndexMap<String, Arc<Bot>>;

/// The bots of a `first..last`, `first..` or `..last` selector part, by name (`find` resolves
/// an end); `None` when `part` is not a range of existing bots.
fn range<'b>(
    bots: &'b BTreeMap<String, Arc<Bot>>,
    part: &str,
    find: &mut impl FnMut(&str) -> Option<Arc<Bot>>,
) -> Option<Vec<(&'b String, &'b Arc<Bot>)>> {
    if !(part.len() > 2 && part.contains("..")) {
        return None;
    }
    let ends: Vec<&str> = part.split("..").filter(|s| !s.is_empty()).collect();
    let first = ends.first().and_then(|n| find(n))?;
    let first_name = first.name().to_string();
    match ends.len() {
        1 if part.starts_with("..") => Some(bots.range(..=first_name).collect()),
        1 => Some(bots.range(first_name..).collect()),
        2 => match find(ends[1]) {
            Some(last) if first_name.as_str() <= last.name() => {
                Some(bots.range(first_name..=last.name().to_string()).collect())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Every bot, by name (ordinal order, as ASF sorts them).
pub struct Bots {
    bots: RwLock<BTreeMap<String, Arc<Bot>>>,
    env: Arc<BotEnv>,
    config_dir: PathBuf,
    log: slog::Logger,
    /// Serialises writes of config files, as ASF's process-wide lock does.
    write_lock: tokio::sync::Mutex<()>,
    /// Whether a config the API writes is applied at once (false with `--no-config-watch`).
    apply_writes: std::sync::atomic::AtomicBool,
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
            apply_writes: std::sync::atomic::AtomicBool::new(true),
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
            slog::warn!(self.log, "Init() {}", crate::core::texts::NO_BOTS);
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
    /// Whether [`Bots::save_configs`] applies what it wrote (ASF leaves that to its watcher).
    pub(crate) fn apply_written_configs(&self, apply: bool) {
        self.apply_writes
            .store(apply, std::sync::atomic::Ordering::Relaxed);
    }

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
            // A rename or delete may have moved the file since it was read (the watcher's
            // syncs do not take the rename lock): a bot is only started from a file that is
            // still there, or its start would write a database under a name now gone.
            None if !path.exists() => {}
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
    pub(crate) fn select_some(&self, selector: &str) -> Option<Selection> {
        self.select(selector).filter(|bots| !bots.is_empty())
    }

    /// Resolves a `{botNames}` selector (see docs/BOTS.md): `None` when an `r!` pattern is
    /// invalid, else the matching bots in the selector's order (possibly none).
    ///
    /// A bot named exactly like the selector, or like a part of it, is that bot, before any
    /// keyword, range or pattern: only bots made by hand (or by ASF) can have such names, and
    /// deleting the bot `@ALL` must not delete every bot.
    pub fn select(&self, selector: &str) -> Option<Selection> {
        let bots = self.read();
        if let Some(bot) = bots.get(selector) {
            return Some(Selection::from([(selector.to_string(), bot.clone())]));
        }
        let mut result = Selection::new();
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
            if let Some(bot) = bots.get(part) {
                result.insert(part.to_string(), bot.clone());
                continue;
            }
            let filter: Option<fn(&Bot) -> bool> = match Keyword::of(part) {
                Some(Keyword::All) => {
                    return Some(bots.iter().map(|(n, b)| (n.clone(), b.clone())).collect());
                }
                Some(Keyword::Farming) => Some(Bot::is_farming),
                Some(Keyword::Idle) => Some(|b| !b.is_farming()),
                Some(Keyword::Online) => Some(Bot::is_online),
                Some(Keyword::Offline) => Some(|b| !b.is_online()),
                None => None,
            };
            if let Some(filter) = filter {
                for (name, bot) in bots.iter().filter(|(_, b)| filter(b)) {
                    result.insert(name.clone(), bot.clone());
                }
                continue;
            }
            if let Some(range) = range(&bots, part, &mut find) {
                for (name, bot) in range {
                    result.insert(name.clone(), bot.clone());
                }
                continue;
            }
            if let Some(pattern) = part
                .get(..2)
                .filter(|prefix| prefix.eq_ignore_ascii_case("r!"))
                .and_then(|_| part.get(2..))
            {
                self.insert_matching(&bots, pattern, &mut result)?;
                continue;
            }
            if let Some(bot) = find(part) {
                result.insert(bot.name().to_string(), bot);
            }
        }
        Some(result)
    }

    /// Adds the bots whose names match the `r!` pattern `pattern` to `result`; `None` when
    /// the pattern is invalid.
    fn insert_matching(
        &self,
        bots: &BTreeMap<String, Arc<Bot>>,
        pattern: &str,
        result: &mut Selection,
    ) -> Option<()> {
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
        Some(())
    }

    /// `config/<name>.json`.
    pub(crate) fn config_path(&self, name: &str) -> PathBuf {
        self.config_dir.join(format!("{name}.json"))
    }

    /// Whether `name` may be given to a new bot: a valid name, no selector, and every file
    /// named after it (with the temporaries of their writes, which [`files`] keeps within the
    /// limit) fits the file system of `config/`.
    pub(crate) fn check_new_name(&self, name: &str) -> Result<(), NameRefusal> {
        if !files::is_valid_bot_name(name) {
            return Err(NameRefusal::Invalid);
        }
        let limit = files::name_max(&self.config_dir);
        let longest = RELATED_EXTENSIONS
            .iter()
            .chain(AUTHENTICATOR_PLUGIN_EXTENSIONS)
            .map(|ext| ext.len())
            .max()
            .unwrap_or(0);
        if name.len() + longest > limit {
            return Err(NameRefusal::TooLong);
        }
        if is_selector_shaped(name) {
            return Err(NameRefusal::Selector);
        }
        Ok(())
    }

    /// Logs why a name ASF would take is refused (ASF's answer, "… is invalid!", does not say).
    fn log_refusal(&self, operation: &str, name: &str, refusal: NameRefusal) {
        if refusal != NameRefusal::Invalid {
            slog::warn!(self.log, "{operation} {}: {refusal}", shown(name));
        }
    }

    /// Writes `config/<name>.json` atomically with the file view of `config`; the caller
    /// holds the write lock.
    async fn write_config_locked(&self, name: &str, config: &BotConfig) -> std::io::Result<()> {
        if !files::is_valid_bot_name(name) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "invalid bot name",
            ));
        }
        let path = self.config_path(name);
        let bytes = files::to_file_json(&crate::core::config::ConfigObject::write_view(config));
        tokio::task::spawn_blocking(move || files::write_atomic(&path, &bytes))
            .await
            .map_err(std::io::Error::other)?
    }

    /// Writes `config`, as a request sent it (`mentions` tells which properties it named),
    /// as the config of every bot of a comma list of names, and syncs each bot with its
    /// file; a bot that exists keeps the secrets the request left out. Per name, whether
    /// its file was written; `Err` with ASF's answer when the config is invalid or a name
    /// may not be given to a new bot (then nothing is written); in the order the names are
    /// given, as ASF answers. A bot whose name is the whole
    /// list (one made by hand, named `a,b`) is that bot, as a selector would read it.
    pub(crate) async fn save_configs(
        &self,
        names: &str,
        mut config: BotConfig,
        mentions: impl Fn(&str) -> bool,
    ) -> Result<indexmap::IndexMap<String, bool>, SaveError> {
        config.check_annotations().map_err(SaveError::Config)?;
        config.apply_twins().map_err(SaveError::Config)?;
        config.validate().map_err(SaveError::Config)?;
        let mut names: Vec<&str> = if self.get(names).is_some() {
            vec![names]
        } else {
            names.split(',').filter(|n| !n.is_empty()).collect()
        };
        // In the order given, each once (ASF's set of names).
        let mut seen = std::collections::HashSet::new();
        names.retain(|name| seen.insert(*name));
        for name in &names {
            if self.get(name).is_none()
                && let Err(refusal) = self.check_new_name(name)
            {
                self.log_refusal("BotPost()", name, refusal);
                return Err(SaveError::InvalidBotNames);
            }
        }
        let mut results = indexmap::IndexMap::new();
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
            // Under the lock: a rename to this name cannot come between reading the bot's
            // secrets and writing its file.
            let _guard = self.write_lock.lock().await;
            if let Some(current) = self.get(name).map(|b| b.config()) {
                config.keep_unmentioned(current, &mentions);
            }
            let written = self.write_config_locked(name, &config).await;
            drop(config);
            if let Err(e) = &written {
                slog::error!(self.log, "BotPost() {name}: {e}");
            }
            if self.apply_writes.load(std::sync::atomic::Ordering::Relaxed) {
                self.sync(name);
            }
            results.insert(name.to_string(), written.is_ok());
        }
        Ok(results)
    }

    /// Deletes the files of every bot given (the bots stop and go as their configs go):
    /// whether all of them went.
    pub(crate) async fn delete_all_files(&self, bots: &Selection) -> bool {
        let mut all = true;
        for name in bots.keys() {
            all &= self.delete_files(name).await;
        }
        all
    }

    /// Deletes every file of the bot `name`, all or nothing: true when all went; otherwise
    /// every file stays and the bot goes on as before (its database writable again).
    pub(crate) async fn delete_files(&self, name: &str) -> bool {
        let _guard = self.write_lock.lock().await;
        let bot = self.get(name);
        if let Some(bot) = &bot {
            bot.db().make_read_only();
        }
        let paths = self.related_paths(name);
        let deleted = tokio::task::spawn_blocking(move || {
            let _locks = files::lock_paths(paths.iter().map(PathBuf::as_path));
            files::remove_all_or_none(&paths)
        })
        .await
        .unwrap_or_else(|e| Err(std::io::Error::other(e)));
        if let Err(e) = &deleted {
            slog::error!(self.log, "DeleteAllRelatedFiles() {name}: {e}");
            if let Some(bot) = &bot {
                bot.db().make_writable();
            }
        }
        self.sync(name);
        deleted.is_ok()
    }

    /// Moves every file of bot `from` to the name `to`, the config last. Whether `to` is free
    /// is decided under the same lock as the move, and no move replaces a file, so of two
    /// renames to one name exactly one happens. All or nothing: when a move fails, the files
    /// moved go back and the bot is as it was (running if it ran, its database writable).
    pub(crate) async fn rename_files(&self, from: &str, to: &str) -> Rename {
        self.rename_files_with(from, to, files::rename_no_replace)
            .await
    }

    /// [`Bots::rename_files`], moving each file with `mover`.
    async fn rename_files_with(
        &self,
        from: &str,
        to: &str,
        mover: fn(&Path, &Path) -> std::io::Result<()>,
    ) -> Rename {
        let _guard = self.write_lock.lock().await;
        if let Err(refusal) = self.check_new_name(to) {
            self.log_refusal("Rename()", to, refusal);
            return Rename::Taken;
        }
        if self.get(to).is_some() || self.has_files(to) {
            return Rename::Taken;
        }
        let Some(bot) = self.get(from) else {
            return Rename::NoSuchBot;
        };
        let was_running = bot.stop() == crate::core::bot::ControlOutcome::Stopped;
        bot.db().make_read_only();
        let moves: Vec<(PathBuf, PathBuf)> = self
            .related_paths(from)
            .into_iter()
            .zip(self.related_paths(to))
            .collect();
        let moved = tokio::task::spawn_blocking(move || {
            let _locks = files::lock_paths(
                moves
                    .iter()
                    .flat_map(|(source, target)| [source.as_path(), target.as_path()]),
            );
            files::move_all_or_none(&moves, mover)
        })
        .await
        .unwrap_or_else(|e| Err(std::io::Error::other(e)));
        if let Err(e) = &moved {
            slog::error!(self.log, "Rename() {from} → {to}: {e}");
            bot.db().make_writable();
            if was_running {
                bot.start();
            }
            return Rename::Failed;
        }
        self.sync(from);
        self.sync(to);
        Rename::Done
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
    /// The new name may not be given to a bot ([`Bots::check_new_name`]) or belongs to a bot
    /// or its files.
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
            Self::InvalidBotNames => f.write_str(&crate::core::texts::invalid("botNames")),
        }
    }
}

impl std::error::Error for SaveError {}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::core::{Asf, Options, logging::Logs};

    /// A process core over a config directory holding the bots `names` (enabled, with a
    /// database and a result file each).
    fn core_with_bots(names: &[&str]) -> (tempfile::TempDir, Arc<Asf>) {
        let dir = tempfile::tempdir().expect("dir");
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).expect("config dir");
        for name in names {
            std::fs::write(config.join(format!("{name}.json")), r#"{"Enabled": true}"#)
                .expect("config");
            std::fs::write(config.join(format!("{name}.db")), r#"{"n": 1}"#).expect("db");
            std::fs::write(config.join(format!("{name}.keys.used")), "").expect("keys");
        }
        let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
        let asf = Arc::new(Asf::open(Options::new(dir.path()), logs).expect("core"));
        asf.start();
        (dir, asf)
    }

    /// Moves as the file system does, except onto a `.keys.used` name: a move that fails
    /// after the database has moved.
    fn fails_on_result_files(from: &Path, to: &Path) -> std::io::Result<()> {
        if to.to_string_lossy().ends_with(".keys.used") {
            return Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        }
        files::rename_no_replace(from, to)
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[tokio::test]
    async fn a_rename_failing_midway_leaves_the_bot_as_it_was() {
        let (dir, asf) = core_with_bots(&["a"]);
        let config = dir.path().join("config");
        let before = names_in(&config);
        let bot = asf.bots().get("a").expect("bot a");
        assert!(bot.status().keep_running);

        let renamed = asf
            .bots()
            .rename_files_with("a", "b", fails_on_result_files)
            .await;
        assert_eq!(renamed, Rename::Failed);
        assert_eq!(names_in(&config), before, "every file back under its name");
        assert_eq!(
            std::fs::read_to_string(config.join("a.db")).expect("db"),
            r#"{"n": 1}"#
        );
        let same = asf.bots().get("a").expect("bot a still there");
        assert!(Arc::ptr_eq(&bot, &same), "the same bot, not a new one");
        assert!(asf.bots().get("b").is_none());
        assert!(same.status().keep_running, "running again as before");

        let answer = crate::core::commands::execute(&asf, "fbadd a 440").await;
        assert_eq!(answer.as_deref(), Some("<a> Done!"));
        let db = std::fs::read_to_string(config.join("a.db")).expect("db");
        assert!(db.contains("440"), "the change reached the disk: {db}");

        // A stopped bot stays stopped.
        same.stop();
        let renamed = asf
            .bots()
            .rename_files_with("a", "b", fails_on_result_files)
            .await;
        assert_eq!(renamed, Rename::Failed);
        assert!(!same.status().keep_running);
        assert_eq!(
            crate::core::commands::execute(&asf, "fbadd a 730")
                .await
                .as_deref(),
            Some("<a> Done!")
        );
        asf.shutdown();
    }

    #[tokio::test]
    async fn while_files_move_a_change_is_refused_and_not_kept() {
        let (_dir, asf) = core_with_bots(&["a"]);
        let bot = asf.bots().get("a").expect("bot a");
        bot.db().make_read_only();
        assert_eq!(
            crate::core::commands::execute(&asf, "fbadd a 440")
                .await
                .as_deref(),
            Some("<a> Failed!")
        );
        assert!(bot.db().get().farming_blacklist.is_empty(), "not kept");
        bot.db().make_writable();
        assert_eq!(
            crate::core::commands::execute(&asf, "fbadd a 440")
                .await
                .as_deref(),
            Some("<a> Done!")
        );
        asf.shutdown();
    }

    /// The names `selector` selects, in the selection's order; `None` when it is refused.
    fn selected(asf: &Asf, selector: &str) -> Option<Vec<String>> {
        asf.bots()
            .select(selector)
            .map(|bots| bots.keys().cloned().collect())
    }

    /// The selector grammar of ASF's `Bot.GetBots` (`ArchiSteamFarm/Steam/Bot.cs`): names in
    /// the selector's order and once each, ranges by name, `r!` patterns, `ASF`/`@ALL` in any
    /// case, an unknown name selecting nothing and an invalid pattern refusing the selector.
    #[tokio::test]
    async fn selectors_name_bots_as_asf_getbots_does() {
        let (_dir, asf) = core_with_bots(&["alpha", "bravo", "charlie", "delta"]);
        let names = |list: &[&str]| Some(list.iter().map(|n| n.to_string()).collect::<Vec<_>>());
        let all = names(&["alpha", "bravo", "charlie", "delta"]);
        assert_eq!(selected(&asf, "bravo"), names(&["bravo"]));
        assert_eq!(
            selected(&asf, "charlie,alpha"),
            names(&["charlie", "alpha"])
        );
        assert_eq!(selected(&asf, "alpha,,alpha"), names(&["alpha"]));
        assert_eq!(
            selected(&asf, "bravo..delta"),
            names(&["bravo", "charlie", "delta"])
        );
        assert_eq!(selected(&asf, "..bravo"), names(&["alpha", "bravo"]));
        assert_eq!(selected(&asf, "charlie.."), names(&["charlie", "delta"]));
        assert_eq!(
            selected(&asf, "delta..alpha"),
            names(&[]),
            "a range backwards"
        );
        assert_eq!(selected(&asf, "alpha..nobody"), names(&[]));
        assert_eq!(selected(&asf, "r!^[bc]"), names(&["bravo", "charlie"]));
        assert_eq!(
            selected(&asf, "R!a$,bravo"),
            names(&["alpha", "delta", "bravo"])
        );
        assert_eq!(selected(&asf, "r!("), None, "an invalid pattern");
        assert_eq!(selected(&asf, "nobody"), names(&[]));
        assert_eq!(selected(&asf, "delta,asf"), all);
        assert_eq!(selected(&asf, "@All"), all);
        assert!(asf.bots().select_some("nobody").is_none());
        asf.shutdown();
    }

    /// A bot named like a selector (made by hand; ASF's `GetBots` looks the whole name up
    /// first) is that bot, before the keyword, list or range it spells.
    #[tokio::test]
    async fn a_bot_named_like_a_selector_is_that_bot() {
        let (_dir, asf) = core_with_bots(&["@ALL", "a", "a,b", "a..b", "b"]);
        let one = |name: &str| Some(vec![name.to_string()]);
        assert_eq!(selected(&asf, "@ALL"), one("@ALL"));
        assert_eq!(selected(&asf, "a,b"), one("a,b"));
        assert_eq!(selected(&asf, "a..b"), one("a..b"));
        assert_eq!(
            selected(&asf, "b,@ALL"),
            Some(vec!["b".into(), "@ALL".into()])
        );
        assert_eq!(
            selected(&asf, "@all").map(|n| n.len()),
            Some(5),
            "another case: the keyword"
        );
        asf.shutdown();
    }

    #[test]
    fn selector_shapes() {
        for name in [
            "@ALL", "@all", "@Farming", "@idle", "@ONLINE", "@offline", "asf", "r!x", "R!.*",
            "a..b", "a..", "a,b", ",",
        ] {
            assert!(is_selector_shaped(name), "{name}");
        }
        for name in [
            "Main",
            "@home",
            "a.b",
            "r",
            "rx!",
            "bot 1",
            "76561198000000000",
        ] {
            assert!(!is_selector_shaped(name), "{name}");
        }
    }
}

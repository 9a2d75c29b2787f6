//! `config/<Bot>.db`: what a bot remembers across restarts (the background redeemer's queue,
//! the imported authenticator, the farming and trading lists). Properties this version does not
//! know are kept as they were read.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::core::files;

/// ASF 2FA: the two secrets of an imported maFile.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub(crate) struct Authenticator {
    pub shared_secret: String,
    pub identity_secret: String,
}

/// The stored state of one bot.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub(crate) struct BotData {
    /// Keys waiting for the background redeemer, in order: `[key, name]`.
    #[serde(rename = "GamesToRedeemInBackground")]
    pub games_to_redeem: Vec<(String, String)>,
    #[serde(
        rename = "MobileAuthenticator",
        skip_serializing_if = "Option::is_none"
    )]
    pub authenticator: Option<Authenticator>,
    #[serde(rename = "FarmingBlacklistAppIDs")]
    pub farming_blacklist: BTreeSet<u32>,
    #[serde(rename = "FarmingPriorityQueueAppIDs")]
    pub farming_priority_queue: Vec<u32>,
    #[serde(rename = "MatchActivelyBlacklistAppIDs")]
    pub match_actively_blacklist: BTreeSet<u32>,
    #[serde(rename = "TradingBlacklistSteamIDs")]
    pub trading_blacklist: BTreeSet<u64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A bot's database file.
pub(crate) struct BotDatabase {
    path: PathBuf,
    data: Mutex<BotData>,
    /// Set once the bot's files are being deleted or moved: nothing is written any more.
    read_only: std::sync::atomic::AtomicBool,
}

impl BotDatabase {
    /// Reads `path`; an unreadable file starts empty, and a missing one is written empty, as
    /// ASF keeps a database for every bot.
    pub(crate) fn open(path: PathBuf) -> Self {
        let text = std::fs::read_to_string(&path);
        let missing = text
            .as_ref()
            .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
        let data = text
            .ok()
            .and_then(|text| crate::core::jsonc::from_str(&text).ok())
            .unwrap_or_default();
        let database = Self {
            path,
            data: Mutex::new(data),
            read_only: std::sync::atomic::AtomicBool::new(false),
        };
        if missing {
            database.create();
        }
        database
    }

    /// A copy of the stored state.
    pub(crate) fn get(&self) -> BotData {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Keys queued for the background redeemer, without copying the state.
    pub(crate) fn games_to_redeem_count(&self) -> usize {
        self.data
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .games_to_redeem
            .len()
    }

    /// Changes the state and saves it when `change` reports a change, all or nothing: the
    /// change stays only when it reached the disk (or changed nothing), else the state is as
    /// before and the error says why. The lock is held while writing, so saves land in the
    /// order of the changes.
    pub(crate) fn update<T>(
        &self,
        change: impl FnOnce(&mut BotData) -> (bool, T),
    ) -> Result<T, NotSaved> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let mut changed_data = data.clone();
        let (changed, out) = change(&mut changed_data);
        if changed {
            self.save(&changed_data)?;
            *data = changed_data;
        }
        Ok(out)
    }

    /// [`BotDatabase::update`] for a change that other files already record (a key filed in a
    /// result file): it is kept in memory even when saving fails, and the next save retries.
    pub(crate) fn update_even_if_unsaved<T>(
        &self,
        change: impl FnOnce(&mut BotData) -> (bool, T),
    ) -> T {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let (changed, out) = change(&mut data);
        if changed {
            let _ = self.save(&data);
        }
        out
    }

    /// Writes `data` as the file, unless the database is read-only.
    fn save(&self, data: &BotData) -> Result<(), NotSaved> {
        if self.read_only.load(std::sync::atomic::Ordering::Acquire) {
            return Err(NotSaved::ReadOnly);
        }
        let value = serde_json::to_value(data).map_err(|e| NotSaved::Io(e.to_string()))?;
        files::write_atomic(&self.path, &files::to_file_json(&value))
            .map_err(|e| NotSaved::Io(e.to_string()))
    }

    /// Writes the database of a bot that has none yet. Unlike [`BotDatabase::update`] this is
    /// not made durable: a crash that tears the new file leaves a database that reads as empty,
    /// which is all it held, and thousands of new bots must not wait for a disk flush each
    /// before they start.
    fn create(&self) {
        use std::io::Write;
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if self.read_only.load(std::sync::atomic::Ordering::Acquire) {
            return;
        }
        let Ok(value) = serde_json::to_value(&*data) else {
            return;
        };
        let _guard = files::lock_paths([self.path.as_path()]);
        // An existing file (or anything else at that name) is left alone.
        if let Ok(mut file) = files::owner_only()
            .write(true)
            .create_new(true)
            .open(&self.path)
        {
            let _ = file.write_all(&files::to_file_json(&value));
        }
    }

    /// Stops all further writes (the files are about to be deleted or moved).
    pub(crate) fn make_read_only(&self) {
        // Under the data lock: a save that already passed its read-only check finishes (at
        // its file's old place) before the files move, instead of writing there afterwards.
        // Callers take no path lock before this, so the order stays data lock, then paths.
        let _data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        self.read_only
            .store(true, std::sync::atomic::Ordering::Release);
    }

    /// Allows writes again: the files stayed where they were (a delete or rename failed).
    pub(crate) fn make_writable(&self) {
        self.read_only
            .store(false, std::sync::atomic::Ordering::Release);
    }
}

/// Why a change of the database was not kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NotSaved {
    /// The bot's files are being moved or deleted.
    ReadOnly,
    /// Writing the file failed.
    Io(String),
}

impl std::fmt::Display for NotSaved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ReadOnly => f.write_str("the bot's files are being moved or deleted"),
            Self::Io(error) => f.write_str(error),
        }
    }
}

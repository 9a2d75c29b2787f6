//! `config/ASF.db`: the process-wide database. The API's key-value store
//! (`/Api/Storage/{key}`) lives in it under `KeyValueJsonStorage`; other properties are kept as
//! they were read.

use std::path::PathBuf;
use std::sync::Mutex;

use serde_json::{Map, Value};

use crate::core::{files, jsonc};

/// The property of `ASF.db` that holds the key-value store.
const STORAGE_KEY: &str = "KeyValueJsonStorage";

/// The global database, saved atomically after every change.
pub(crate) struct GlobalDatabase {
    path: PathBuf,
    data: Mutex<Map<String, Value>>,
}

impl GlobalDatabase {
    /// Reads `path`; a missing file is an empty database. An unreadable one is reported and
    /// left untouched on disk until the first change replaces it.
    pub(crate) fn open(path: PathBuf, log: &slog::Logger) -> Self {
        let data = match std::fs::read_to_string(&path) {
            Ok(text) => match jsonc::from_str::<Map<String, Value>>(&text) {
                Ok(map) => map,
                Err(e) => {
                    slog::error!(log, "CreateOrLoad() {} is invalid: {e}", path.display());
                    Map::new()
                }
            },
            Err(_) => Map::new(),
        };
        Self {
            path,
            data: Mutex::new(data),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Map<String, Value>> {
        self.data.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The stored value for `key` (keys are case-sensitive).
    pub(crate) fn get(&self, key: &str) -> Option<Value> {
        self.lock()
            .get(STORAGE_KEY)
            .and_then(|s| s.get(key))
            .cloned()
    }

    /// Stores `value` under `key`; `null` deletes the key. Unchanged values are not saved again.
    pub(crate) fn set(&self, key: &str, value: Value) -> std::io::Result<()> {
        if value.is_null() {
            return self.delete(key);
        }
        self.update(|storage| {
            if storage.get(key) == Some(&value) {
                return false;
            }
            storage.insert(key.to_string(), value);
            true
        })
    }

    /// Removes `key` if present.
    pub(crate) fn delete(&self, key: &str) -> std::io::Result<()> {
        self.update(|storage| storage.remove(key).is_some())
    }

    /// Applies `change` to the store and saves the database when it reports a change. The lock
    /// is held across the write so that saves happen in the order of the changes.
    fn update(&self, change: impl FnOnce(&mut Map<String, Value>) -> bool) -> std::io::Result<()> {
        let mut data = self.lock();
        let storage = data
            .entry(STORAGE_KEY)
            .or_insert_with(|| Value::Object(Map::new()));
        if !storage.is_object() {
            *storage = Value::Object(Map::new());
        }
        let Some(storage) = storage.as_object_mut() else {
            return Ok(());
        };
        if !change(storage) {
            return Ok(());
        }
        // Written from the map itself: a copy of a store holding a large value would double
        // the memory it takes.
        let bytes = files::to_file_json(&*data);
        files::write_atomic(&self.path, &bytes)
    }
}

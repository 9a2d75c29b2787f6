//! `config/ASF.db`: the process-wide database. The API's key-value store
//! (`/Api/Storage/{key}`) lives in it under `KeyValueJsonStorage`; other properties are kept as
//! they were read.
//!
//! Each stored value is kept as its JSON text in shared bytes: a read takes a reference, not a
//! copy (under the lock, of what may be megabytes), and the answer is written from that text as
//! the client reads it. The text is serialised once, when the value is stored, off the async
//! workers, already written as ASP.NET writes JSON answers; the same text goes into `ASF.db`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use bytes::Bytes;
use serde_json::{Map, Value};

use crate::core::json_text::{element_text, escape_as_aspnet};
use crate::core::{files, jsonc};

/// The property of `ASF.db` that holds the key-value store.
const STORAGE_KEY: &str = "KeyValueJsonStorage";

/// Stored values by key (case-sensitive), each as its JSON text.
type Store = BTreeMap<String, Bytes>;

/// The global database, saved atomically after every change.
pub(crate) struct GlobalDatabase {
    path: PathBuf,
    /// The other properties of `ASF.db` as the file writes them: the lines after the opening
    /// brace (empty when there are none). They never change while the process runs.
    others: String,
    store: Mutex<Store>,
    /// Held across a change and its save, so saves happen in the order of the changes and
    /// each starts from the last one saved. Readers never wait for it.
    writer: Mutex<()>,
}

impl GlobalDatabase {
    /// Reads `path`; a missing file is an empty database. An unreadable one is reported and
    /// left untouched on disk until the first change replaces it.
    pub(crate) fn open(path: PathBuf, log: &slog::Logger) -> Self {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let (mut data, store) = if text.is_empty() {
            (Map::new(), Store::new())
        } else {
            match read_file(&text) {
                Ok(read) => read,
                Err(e) => {
                    slog::error!(log, "CreateOrLoad() {} is invalid: {e}", path.display());
                    (Map::new(), Store::new())
                }
            }
        };
        data.remove(STORAGE_KEY);
        let others = if data.is_empty() {
            String::new()
        } else {
            let text = String::from_utf8(files::to_file_json(&data)).unwrap_or_default();
            text.strip_prefix('{').unwrap_or_default().to_string()
        };
        Self {
            path,
            others,
            store: Mutex::new(store),
            writer: Mutex::new(()),
        }
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The JSON text stored for `key` (keys are case-sensitive), shared, not copied.
    pub(crate) fn get(&self, key: &str) -> Option<Bytes> {
        self.store().get(key).cloned()
    }

    /// Stores `value` under `key`; `null` deletes the key. Unchanged values are not saved again.
    /// Serialises `value`: call it off the async workers.
    pub(crate) fn set(&self, key: &str, value: &Value) -> std::io::Result<()> {
        if value.is_null() {
            return self.delete(key);
        }
        self.update(key, Some(as_text(value)))
    }

    /// Stores the JSON text `text` under `key` as it is (it must already be one value as
    /// `json_text::element_text` writes it); `null` deletes the key. Saves: call it off the
    /// async workers.
    pub(crate) fn set_text(&self, key: &str, text: Bytes) -> std::io::Result<()> {
        if text.as_ref() == b"null" {
            return self.delete(key);
        }
        self.update(key, Some(text))
    }

    /// Removes `key` if present.
    pub(crate) fn delete(&self, key: &str) -> std::io::Result<()> {
        self.update(key, None)
    }

    /// Sets `key` to `text` (removes it for `None`) and saves the database. The change is made
    /// in memory only once the file holds it: a save that fails changes nothing, and the next
    /// one carries no change that was refused.
    fn update(&self, key: &str, text: Option<Bytes>) -> std::io::Result<()> {
        let _turn = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        // A copy of the map of references: the values themselves are shared.
        let mut next = self.store().clone();
        let changed = match text {
            Some(text) => next.insert(key.to_string(), text.clone()).as_ref() != Some(&text),
            None => next.remove(key).is_some(),
        };
        if !changed {
            return Ok(());
        }
        files::write_atomic(&self.path, &self.file_text(&next))?;
        *self.store() = next;
        Ok(())
    }

    /// `ASF.db` holding `store`: the key-value store first, each value as its stored text, then
    /// the other properties as they were read.
    fn file_text(&self, store: &Store) -> Vec<u8> {
        let size: usize = store.iter().map(|(k, v)| k.len() + v.len() + 8).sum();
        let mut out = Vec::with_capacity(size + self.others.len() + 64);
        out.extend_from_slice(b"{\n\t\"");
        out.extend_from_slice(STORAGE_KEY.as_bytes());
        out.extend_from_slice(b"\": {");
        for (i, (key, text)) in store.iter().enumerate() {
            out.extend_from_slice(if i == 0 { b"\n\t\t" } else { b",\n\t\t" });
            // Serialising a string into memory cannot fail.
            let _ = serde_json::to_writer(&mut out, key);
            out.extend_from_slice(b": ");
            out.extend_from_slice(text);
        }
        out.extend_from_slice(if store.is_empty() { b"}" } else { b"\n\t}" });
        if self.others.is_empty() {
            out.extend_from_slice(b"\n}");
        } else {
            out.push(b',');
            out.extend_from_slice(self.others.as_bytes());
        }
        out
    }
}

/// The properties of `ASF.db` and its stored values, each value's JSON text kept as written
/// (numbers as they are), as `JsonElement` keeps it.
fn read_file(text: &str) -> Result<(Map<String, Value>, Store), String> {
    let stripped = jsonc::strip(text);
    let raw: BTreeMap<String, &serde_json::value::RawValue> =
        serde_json::from_str(&stripped).map_err(|e| e.to_string())?;
    let mut data = Map::new();
    let mut store = Store::new();
    for (name, value) in raw {
        if name == STORAGE_KEY {
            let values: BTreeMap<String, &serde_json::value::RawValue> =
                serde_json::from_str(value.get()).unwrap_or_default();
            for (key, value) in values {
                // Read back as written: no nesting limit beyond the parser's own.
                let text =
                    element_text(value.get().as_bytes(), usize::MAX).map_err(|e| e.to_string())?;
                let text = escape_as_aspnet(&text).unwrap_or(text);
                store.insert(key, Bytes::from(text));
            }
        } else {
            data.insert(
                name,
                serde_json::from_str(value.get()).map_err(|e| e.to_string())?,
            );
        }
    }
    Ok((data, store))
}

/// `value` as the JSON text an answer carries (ASP.NET's escaping).
fn as_text(value: &Value) -> Bytes {
    // Serialising JSON values into memory cannot fail.
    let text = serde_json::to_vec(value).unwrap_or_default();
    Bytes::from(escape_as_aspnet(&text).unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(dir: &std::path::Path) -> GlobalDatabase {
        GlobalDatabase::open(
            dir.join("ASF.db"),
            &slog::Logger::root(slog::Discard, slog::o!()),
        )
    }

    #[test]
    fn the_file_keeps_other_properties_and_reads_back() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(
            dir.path().join("ASF.db"),
            r#"{"Other":{"a":[1,"é"]},"KeyValueJsonStorage":{"k":1}}"#,
        )
        .expect("write");
        let db = open(dir.path());
        assert_eq!(db.get("k").as_deref(), Some(&b"1"[..]));
        db.set("x", &serde_json::json!({"b": "é<", "a": 2.5}))
            .expect("set");
        db.delete("k").expect("delete");
        let text = std::fs::read_to_string(dir.path().join("ASF.db")).expect("read");
        let value: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(
            value,
            serde_json::json!({"Other":{"a":[1,"é"]},"KeyValueJsonStorage":{"x":{"a":2.5,"b":"é<"}}})
        );
        let again = open(dir.path());
        assert_eq!(
            again.get("x").as_deref(),
            Some(&br#"{"a":2.5,"b":"\u00E9\u003C"}"#[..])
        );
        db.delete("x").expect("delete");
        let empty: Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("ASF.db")).expect("read"))
                .expect("valid JSON");
        assert_eq!(
            empty,
            serde_json::json!({"Other":{"a":[1,"é"]},"KeyValueJsonStorage":{}})
        );
    }
}

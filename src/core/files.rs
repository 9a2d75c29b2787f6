//! Files under `config/`: atomic writes, ASF's file formatting, and bot-name rules that keep
//! every path inside the directory.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` so that a crash or `kill -9` leaves either the old file or the new
/// one, never a torn or empty file: write `<path>.new`, fsync it, rename it over `path`, fsync
/// the directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temp_name = path.as_os_str().to_owned();
    temp_name.push(".new");
    let temp = std::path::PathBuf::from(temp_name);
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        if let Some(dir) = path.parent() {
            // Makes the rename itself durable; not every platform lets a directory be opened.
            if let Ok(dir) = std::fs::File::open(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            }) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// JSON as ASF writes its own files: indented with tabs, non-ASCII kept as is.
pub fn to_file_json(value: &serde_json::Value) -> Vec<u8> {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    // Serialising a Value into memory cannot fail.
    let _ = serde::Serialize::serialize(value, &mut serializer);
    out
}

/// ASF's bot-name rule, made strict for paths: not empty, not starting with `.`, not `ASF`
/// (any case), and free of path separators and NUL, so that `config/<name>.json` always names
/// a file directly inside `config/`.
pub fn is_valid_bot_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.eq_ignore_ascii_case("ASF")
        && !name.contains(['/', '\\', '\0'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("Bot.json");
        write_atomic(&path, b"one").expect("write");
        write_atomic(&path, b"two").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"two");
        assert!(!dir.path().join("Bot.json.new").exists());
        let missing = dir.path().join("no/such/dir.json");
        assert!(write_atomic(&missing, b"x").is_err());
    }

    #[test]
    fn file_json_uses_tabs() {
        let text = to_file_json(&serde_json::json!({"A": {"B": "ü"}}));
        assert_eq!(
            String::from_utf8(text).expect("utf8"),
            "{\n\t\"A\": {\n\t\t\"B\": \"ü\"\n\t}\n}"
        );
    }

    #[test]
    fn bot_names() {
        for good in ["Main", "bot 1", "a+b", "Ünï", "asf2"] {
            assert!(is_valid_bot_name(good), "{good}");
        }
        for bad in [
            "", ".hidden", "..", "../x", "a/b", "a\\b", "/abs", "ASF", "asf", "a\0b",
        ] {
            assert!(!is_valid_bot_name(bad), "{bad:?}");
        }
    }
}

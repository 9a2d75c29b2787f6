//! The background games redeemer's file formats: `<Bot>.keys` (import) and `.keys.used`,
//! `.keys.unused`, `.keys.invalid` (results), tab-separated as ASF writes them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use crate::api::GamesToRedeemInBackgroundResponse;
use crate::core::files;

/// Where a redeemed key's result line goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Redeemed on this account: `.keys.used`.
    Used,
    /// Valid but of no use here (already owned, region, missing base game): `.keys.unused`.
    Unused,
    /// Not a key Steam will accept: `.keys.invalid`.
    Invalid,
    /// Steam could not answer now (rate limit, timeout): the key stays queued.
    Retry,
}

impl Outcome {
    /// The result file's extension after the bot name.
    pub(crate) fn extension(self) -> Option<&'static str> {
        match self {
            Outcome::Used => Some(RESULT_EXTENSIONS[0]),
            Outcome::Unused => Some(RESULT_EXTENSIONS[1]),
            Outcome::Invalid => Some(RESULT_EXTENSIONS[2]),
            Outcome::Retry => None,
        }
    }
}

/// Extensions of the result files after the bot name.
pub(crate) use crate::api::{MAX_QUEUED_KEYS, queue_full};

pub(crate) const RESULT_EXTENSIONS: [&str; 3] = [".keys.used", ".keys.unused", ".keys.invalid"];

/// The games of a request the redeemer takes, in the order given: those with a valid key
/// and a name.
pub(crate) fn redeemable(
    games: impl IntoIterator<Item = (String, String)>,
) -> Vec<(String, String)> {
    games
        .into_iter()
        .filter(|(key, name)| is_valid_key(key) && !name.is_empty())
        .collect()
}

/// A bot's redeemed keys that are still unused and those used, each `None` when its file
/// cannot be read; `bot_file` names the bot's file with an extension (`Bot::file`). Blocking.
pub(crate) fn results_of(bot_file: impl Fn(&str) -> PathBuf) -> GamesToRedeemInBackgroundResponse {
    GamesToRedeemInBackgroundResponse {
        unused_keys: read_results(&bot_file(".keys.unused")).ok(),
        used_keys: read_results(&bot_file(".keys.used")).ok(),
    }
}

/// Deletes a bot's result files, all or none: whether none of them is left; `bot_file` as in
/// [`results_of`]. Blocking.
pub(crate) fn delete_results(bot_file: impl Fn(&str) -> PathBuf) -> bool {
    let paths: Vec<PathBuf> = RESULT_EXTENSIONS.iter().map(|e| bot_file(e)).collect();
    let _lock = files::lock_paths(paths.iter().map(std::path::PathBuf::as_path));
    files::remove_all_or_none(&paths).is_ok()
}

/// Sorts an `EPurchaseResultDetail` as ASF's redeemer does.
pub(crate) fn outcome(detail: crate::api::enums::EPurchaseResultDetail) -> Outcome {
    type Detail = crate::api::enums::EPurchaseResultDetail;
    match detail {
        Detail::NoDetail => Outcome::Used,
        Detail::AlreadyPurchased
        | Detail::RestrictedCountry
        | Detail::DoesNotOwnRequiredApp
        | Detail::AccountLocked
        | Detail::CannotRedeemCodeFromClient
        | Detail::OwnsExcludedApp => Outcome::Unused,
        Detail::InvalidData | Detail::BadActivationCode | Detail::DuplicateActivationCode => {
            Outcome::Invalid
        }
        _ => Outcome::Retry,
    }
}

static KEY: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::RegexBuilder::new(
        r"^[0-9A-Z]{4,7}-[0-9A-Z]{4,7}-[0-9A-Z]{4,7}(?:(?:-[0-9A-Z]{4,7})?(?:-[0-9A-Z]{4,7}))?$",
    )
    .case_insensitive(true)
    .build()
    .unwrap_or_else(|_| unreachable!("the key pattern is valid"))
});

/// Whether `key` has the shape of a Steam product key.
pub fn is_valid_key(key: &str) -> bool {
    KEY.is_match(key)
}

/// Entries of a `.keys` file: `name<TAB>key` or a bare `key` (then the key is its own name).
/// Lines that hold no valid key are skipped.
pub fn parse_keys_file(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_end_matches('\r');
            let parts: Vec<&str> = line.split('\t').collect();
            let key = parts.last()?.trim();
            if !is_valid_key(key) {
                return None;
            }
            let name = if parts.len() > 1 {
                parts[0].trim()
            } else {
                key
            };
            let name = if name.is_empty() { key } else { name };
            Some((key.to_string(), name.to_string()))
        })
        .collect()
}

/// One result line: `name<TAB>[Detail]<TAB>items<TAB>key`, items left out when none.
pub fn result_line(name: &str, detail: &str, items: &[(u32, u32, String)], key: &str) -> String {
    let mut line = format!("{name}\t[{detail}]");
    if !items.is_empty() {
        let items: Vec<String> = items
            .iter()
            .map(|(package, _, title)| format!("{package}: {title}"))
            .collect();
        line.push('\t');
        line.push_str(&items.join(", "));
    }
    line.push('\t');
    line.push_str(key);
    line
}

/// Reads a result file as key → name; `Ok(empty)` when it does not exist.
pub(crate) fn read_results(path: &Path) -> std::io::Result<BTreeMap<String, String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(e),
    };
    Ok(text
        .lines()
        .filter_map(|line| {
            let parts: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
            if parts.len() < 3 {
                return None;
            }
            let key = parts[parts.len() - 1].trim();
            is_valid_key(key).then(|| (key.to_string(), parts[0].to_string()))
        })
        .collect())
}

/// Every key (upper case) that has a result line in one of `files`; missing or unreadable
/// files add nothing.
pub(crate) fn filed_keys(files: &[std::path::PathBuf]) -> std::collections::HashSet<String> {
    files
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .flat_map(|text| {
            text.lines()
                .filter_map(|line| {
                    let key = line.trim_end_matches('\r').rsplit('\t').next()?.trim();
                    is_valid_key(key).then(|| key.to_ascii_uppercase())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Appends one line to a result file.
pub(crate) fn append_line(path: &Path, line: &str) -> std::io::Result<()> {
    use std::io::Write;
    let _lock = crate::core::files::lock_paths([path]);
    let mut file = crate::core::files::owner_only()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(format!("{line}\n").as_bytes())?;
    file.sync_data()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_lines() {
        assert!(is_valid_key("AAAAA-BBBBB-CCCCC"));
        assert!(is_valid_key("aaaa-bbbb-cccc-dddd-eeee"));
        assert!(!is_valid_key("AAAAA-BBBBB"));
        assert!(!is_valid_key("AAAAA-BBBBB-CCCCC-"));
        let parsed = parse_keys_file("Portal\tAAAAA-BBBBB-CCCCC\nBBBBB-CCCCC-DDDDD\r\nnot a key\n");
        assert_eq!(
            parsed,
            vec![
                ("AAAAA-BBBBB-CCCCC".to_string(), "Portal".to_string()),
                (
                    "BBBBB-CCCCC-DDDDD".to_string(),
                    "BBBBB-CCCCC-DDDDD".to_string()
                )
            ]
        );
        let line = result_line(
            "Portal",
            "NoDetail",
            &[(4001, 400, "Portal".into())],
            "AAAAA-BBBBB-CCCCC",
        );
        assert_eq!(line, "Portal\t[NoDetail]\t4001: Portal\tAAAAA-BBBBB-CCCCC");
        assert_eq!(
            result_line("X", "BadActivationCode", &[], "AAAAA-BBBBB-CCCCC"),
            "X\t[BadActivationCode]\tAAAAA-BBBBB-CCCCC"
        );
    }
}

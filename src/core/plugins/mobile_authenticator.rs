//! ASF's MobileAuthenticator plugin: a bot adds a mobile authenticator to its Steam account and
//! makes it its ASF 2FA (`2fainit`, `2fafinalize`, `2fafinalized`, `2fafinalizedforce`).
//!
//! `2fainit` asks Steam for a new authenticator and keeps its secrets in
//! `config/<Bot>.maFile.PENDING` (the maFile layout mobile apps read); Steam sends an activation
//! code to the owner. `2fafinalize <code>` finishes the enrolment with Steam and imports the
//! pending file as the bot's ASF 2FA; `2fafinalized <code>` imports it after the owner finished
//! elsewhere (the code must be the authenticator's current Steam Guard code), and
//! `2fafinalizedforce` imports it unchecked. The imported file stays as `<Bot>.maFile.NEW`.
//!
//! On the simulated network the activation code arrives as one would by SMS or e-mail: in
//! `config/<Bot>.ActivationCode.txt` and in an INFO line of the bot's log.
//!
//! One bot's enrolment steps take turns: two `2fainit` at once leave the pending file of the
//! one Steam answered last, whose code arrived last.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::core::bot::Bot;
use crate::core::bot_db::Authenticator;
use crate::core::files;
use crate::core::steam::{Delivery, NewAuthenticator};
use crate::core::steam_guard::{now, steam_guard_code};
use crate::core::texts::dotnet::EnumText;
use crate::core::texts::{self, DONE, NOT_CONNECTED, NOTHING_FOUND, failed_with};

/// What ASF answers for a bot that has ASF 2FA already (the property's name).
const HAS_MOBILE_AUTHENTICATOR: &str = "HasMobileAuthenticator";

/// `config/<Bot>.maFile.PENDING`: the enrolment waiting to be finalised.
const PENDING_EXTENSION: &str = ".maFile.PENDING";
/// `config/<Bot>.maFile.NEW`: the enrolment once imported.
const FINISHED_EXTENSION: &str = ".maFile.NEW";
/// `config/<Bot>.ActivationCode.txt`: the last activation code the simulated network sent.
const ACTIVATION_CODE_EXTENSION: &str = ".ActivationCode.txt";

/// The pending file ASF writes (`MaFileData`), in its property order.
#[derive(Serialize)]
struct MaFileData {
    account_name: String,
    device_id: String,
    identity_secret: String,
    revocation_code: String,
    secret_1: String,
    serial_number: u64,
    server_time: u64,
    #[serde(rename = "Session")]
    session: MaFileSession,
    shared_secret: String,
    status: i32,
    token_gid: String,
    uri: String,
}

#[derive(Serialize)]
struct MaFileSession {
    #[serde(rename = "SteamID")]
    steam_id: u64,
}

/// What ASF reads back from the pending file: the two secrets it needs, both required.
#[derive(Deserialize)]
struct PendingSecrets {
    shared_secret: String,
    identity_secret: String,
}

/// Turns of each bot's enrolment steps, by the bot's pending file.
type Turns = Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>;
static TURNS: LazyLock<Turns> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// Waits for the turn of the bot whose pending file is `pending`.
async fn turn(pending: &Path) -> tokio::sync::OwnedMutexGuard<()> {
    let lock = {
        let mut turns = TURNS.lock().unwrap_or_else(|e| e.into_inner());
        // Locks nobody holds or waits for are dropped, so that renamed and deleted bots
        // leave nothing behind.
        turns.retain(|_, lock| Arc::strong_count(lock) > 1);
        turns.entry(pending.to_path_buf()).or_default().clone()
    };
    lock.lock_owned().await
}

/// A device ID as ASF makes one: `android:` and a random GUID.
fn device_id() -> String {
    let mut bytes: [u8; 16] = rand::random();
    bytes[6] = (bytes[6] & 0x0F) | 0x40;
    bytes[8] = (bytes[8] & 0x3F) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "android:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The bot's Steam ID when it may enrol with Steam (connected, with no authenticator yet),
/// else ASF's answer.
fn connected_without_authenticator(bot: &Bot) -> Result<u64, String> {
    if bot.authenticator().is_some() {
        return Err(failed_with(HAS_MOBILE_AUTHENTICATOR));
    }
    bot.session().ok_or_else(|| NOT_CONNECTED.to_string())
}

/// The bot's pending file, and its turn: one enrolment step of a bot at a time.
async fn pending_turn(bot: &Bot) -> (PathBuf, tokio::sync::OwnedMutexGuard<()>) {
    let pending = bot.file(PENDING_EXTENSION);
    let turn = turn(&pending).await;
    (pending, turn)
}

/// `2fainit`: asks Steam for a new authenticator and writes it to the pending file.
pub(crate) async fn init(bot: &Bot) -> String {
    let steam_id = match connected_without_authenticator(bot) {
        Ok(steam_id) => steam_id,
        Err(answer) => return answer,
    };
    let (pending, _turn) = pending_turn(bot).await;
    let device_id = device_id();
    let added = match bot.steam().add_authenticator(steam_id, &device_id) {
        Ok(added) => added,
        Err(result) => return failed_with(&result.to_dotnet_string()),
    };
    let json = pending_file(&added, steam_id, device_id);
    if let Err(e) = write(pending, json).await {
        slog::error!(bot.logger(), "ResponseTwoFactorInit() {e}");
        return failed_with(&e.to_string());
    }
    deliver(bot, &added).await;
    DONE.to_string()
}

/// The pending file's text, indented as ASF writes it.
fn pending_file(added: &NewAuthenticator, steam_id: u64, device_id: String) -> Vec<u8> {
    let base64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let data = MaFileData {
        account_name: added.account_name.clone(),
        device_id,
        identity_secret: base64(&added.identity_secret),
        revocation_code: added.revocation_code.clone(),
        secret_1: base64(&added.secret_1),
        serial_number: added.serial_number,
        server_time: added.server_time,
        session: MaFileSession { steam_id },
        shared_secret: base64(&added.shared_secret),
        status: added.status,
        token_gid: added.token_gid.clone(),
        uri: added.uri.clone(),
    };
    files::to_file_json(&data)
}

/// Hands the owner the activation code the simulated network sent (a real network sends it to
/// the phone or mailbox, and there is nothing to do).
async fn deliver(bot: &Bot, added: &NewAuthenticator) {
    let Some(code) = &added.sent_code else {
        return;
    };
    let channel = match &added.delivery {
        Delivery::Sms { phone_ending } => {
            format!("by SMS to the phone number ending in {phone_ending}")
        }
        Delivery::Email => "by e-mail".to_string(),
    };
    let path = bot.file(ACTIVATION_CODE_EXTENSION);
    let message = format!("Steam sent the activation code {code} {channel}.\n");
    if let Err(e) = write(path.clone(), message.into_bytes()).await {
        slog::warn!(
            bot.logger(),
            "ResponseTwoFactorInit() {}: {e}",
            path.display()
        );
    }
    slog::info!(
        bot.logger(),
        "ResponseTwoFactorInit() Steam sent the activation code {code} {channel} (simulated network; also in {})",
        path.display()
    );
}

/// `2fafinalize <code>`: finishes the pending enrolment with Steam, then imports it.
pub(crate) async fn finalize(bot: &Bot, activation_code: &str) -> String {
    let steam_id = match connected_without_authenticator(bot) {
        Ok(steam_id) => steam_id,
        Err(answer) => return answer,
    };
    let (pending, _turn) = pending_turn(bot).await;
    let secrets = match read_pending(bot, &pending).await {
        Ok(secrets) => secrets,
        Err(answer) => return answer,
    };
    let time = now();
    let Some(code) = steam_guard_code(&secrets.shared_secret, time) else {
        return failed_with("GenerateTokenForTime");
    };
    if let Err(result) = bot
        .steam()
        .finalize_authenticator(steam_id, activation_code, &code, time)
    {
        return failed_with(&result.to_dotnet_string());
    }
    import(bot, secrets, &pending).await
}

/// `2fafinalized <code>` (`code` the authenticator's current Steam Guard code) and
/// `2fafinalizedforce` (no code): imports the pending enrolment, finished elsewhere.
pub(crate) async fn finalized(bot: &Bot, code: Option<&str>) -> String {
    if bot.authenticator().is_some() {
        return failed_with(HAS_MOBILE_AUTHENTICATOR);
    }
    let (pending, _turn) = pending_turn(bot).await;
    let secrets = match read_pending(bot, &pending).await {
        Ok(secrets) => secrets,
        Err(answer) => return answer,
    };
    if let Some(code) = code.filter(|c| !c.is_empty()) {
        let Some(generated) = steam_guard_code(&secrets.shared_secret, now()) else {
            return failed_with("generatedCode");
        };
        if !generated.eq_ignore_ascii_case(code) {
            return failed_with(&format!("{generated} != {code}"));
        }
    }
    import(bot, secrets, &pending).await
}

/// The secrets of the pending file, or ASF's answer when there is none to use.
async fn read_pending(bot: &Bot, pending: &Path) -> Result<PendingSecrets, String> {
    let path = pending.to_path_buf();
    let read = tokio::task::spawn_blocking(move || std::fs::read(path))
        .await
        .unwrap_or_else(|e| Err(std::io::Error::other(e)));
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(NOTHING_FOUND.to_string());
        }
        Err(e) => {
            slog::error!(bot.logger(), "ReadAllTextAsync() {e}");
            return Err(failed_with(&e.to_string()));
        }
    };
    // ASF reads the file as JSON of its MobileAuthenticator; anything that is not one (an
    // empty file, other JSON, not JSON) gives no authenticator.
    serde_json::from_slice::<PendingSecrets>(&bytes).map_err(|_| texts::empty("json"))
}

/// Imports the pending secrets as the bot's ASF 2FA and keeps the file as `.maFile.NEW`.
async fn import(bot: &Bot, secrets: PendingSecrets, pending: &Path) -> String {
    let imported = bot.import_authenticator(Authenticator {
        shared_secret: secrets.shared_secret,
        identity_secret: secrets.identity_secret,
    });
    if !imported {
        return failed_with("TryImportAuthenticator");
    }
    let (from, to) = (pending.to_path_buf(), bot.file(FINISHED_EXTENSION));
    let moved = tokio::task::spawn_blocking(move || {
        let _guard = files::lock_paths([from.as_path(), to.as_path()]);
        std::fs::rename(&from, &to)
    })
    .await
    .unwrap_or_else(|e| Err(std::io::Error::other(e)));
    match moved {
        Ok(()) => DONE.to_string(),
        Err(e) => {
            slog::error!(bot.logger(), "Move() {e}");
            failed_with(&e.to_string())
        }
    }
}

/// Writes `path` whole or not at all, off the async workers.
async fn write(path: PathBuf, bytes: Vec<u8>) -> std::io::Result<()> {
    tokio::task::spawn_blocking(move || files::write_atomic(&path, &bytes))
        .await
        .unwrap_or_else(|e| Err(std::io::Error::other(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_bots_enrolment_steps_take_turns() {
        use std::time::Duration;
        let (main, other) = (
            Path::new("/nonexistent/Main.maFile.PENDING"),
            Path::new("/nonexistent/Other.maFile.PENDING"),
        );
        let first = turn(main).await;
        // A held turn is never given out, however long one waits.
        let second = tokio::time::timeout(Duration::from_millis(100), turn(main)).await;
        assert!(
            second.is_err(),
            "a second step of Main ran during the first"
        );
        let apart = tokio::time::timeout(Duration::from_secs(10), turn(other)).await;
        assert!(apart.is_ok(), "another bot waits for nobody");
        drop(first);
        let next = tokio::time::timeout(Duration::from_secs(10), turn(main)).await;
        assert!(next.is_ok(), "the turn passes on");
    }

    #[test]
    fn device_ids_are_android_guids() {
        let id = device_id();
        let guid = id.strip_prefix("android:").expect("prefix");
        let parts: Vec<usize> = guid.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12]);
        assert_eq!(guid.as_bytes()[14], b'4', "version 4");
        assert_ne!(device_id(), id);
    }
}

//! Commands about the process: `version`, `stats`, `exit`, `restart`, `update`,
//! `updateplugins`, `encrypt`, `hash`.

use std::sync::Arc;

use super::parse;
use crate::api::enums::{ECryptoMethod, EHashingMethod, EUpdateChannel};
use crate::core::texts;
use crate::core::{Asf, crypto, process};

/// `ASF V6.3.9.6`
pub(super) fn version() -> String {
    format!("ASF V{}", process::ASF_VERSION)
}

/// Memory and uptime.
pub(super) fn stats(asf: &Asf) -> String {
    let uptime = chrono::Utc::now()
        .signed_duration_since(asf.start_time())
        .to_std()
        .unwrap_or_default();
    texts::memory_and_uptime(
        process::memory_usage_kib() / 1024,
        &texts::human_duration(uptime),
    )
}

/// Stops the process a second after answering.
pub(super) fn exit(asf: &Arc<Asf>) -> String {
    process::exit_soon(asf);
    texts::asf(texts::DONE)
}

/// Restarts the core a second after answering, unless restarting is not allowed.
pub(super) fn restart(asf: &Arc<Asf>) -> String {
    if !process::restart_soon(asf) {
        return texts::asf(&texts::failed_with(texts::RESTART_NOT_ALLOWED));
    }
    texts::asf(texts::DONE)
}

/// Reads `[Channel][!]`: `Err` with ASF's answer when the channel is not one.
fn channel(channel: Option<&str>) -> Result<(), texts::ArgumentError> {
    let Some(channel) = channel else {
        return Ok(());
    };
    let channel = channel.strip_suffix('!').unwrap_or(channel);
    match parse::member::<EUpdateChannel>(channel) {
        Some(c) if c != i64::from(EUpdateChannel::None.0) => Ok(()),
        _ => Err(texts::ArgumentError::Invalid("channelText".to_string())),
    }
}

/// `update [Channel][!]`: ASF's `Failed!`/`Success!` followed by the update's message.
pub(super) fn update(channel_text: Option<&str>) -> String {
    if let Err(refused) = channel(channel_text) {
        return texts::asf(&refused.to_string());
    }
    match crate::core::process::update() {
        Ok(version) => texts::asf(&format!("{} {version}", texts::SUCCESS)),
        Err(message) => texts::asf(&format!("{} {message}", texts::FAILED)),
    }
}

/// No plugins are loaded, so there is nothing to update; naming plugins fails.
pub(super) fn update_plugins(channel_text: Option<&str>, plugins: Option<&str>) -> String {
    if let Err(refused) = channel(channel_text) {
        return texts::asf(&refused.to_string());
    }
    match plugins.map(parse::list) {
        Some(named) if named.is_empty() => texts::asf(&texts::empty("plugins")),
        Some(_) => texts::asf(&format!("{} {}", texts::FAILED, texts::NOTHING_FOUND)),
        None => texts::asf(&format!("{} {}", texts::SUCCESS, texts::NOTHING_FOUND)),
    }
}

/// `encrypt <method> <text>`.
pub(super) fn encrypt(asf: &Asf, method: &str, plain: &str) -> String {
    let Some(method) = parse::member::<ECryptoMethod>(method) else {
        return texts::asf(&texts::invalid("cryptoMethod"));
    };
    result(crypto::encrypt(
        ECryptoMethod(method as u8),
        plain,
        asf.crypt_key(),
    ))
}

/// `hash <method> <text>`; key derivation runs off the async workers.
pub(super) async fn hash(asf: &Asf, method: &str, plain: &str) -> String {
    let Some(method) = parse::member::<EHashingMethod>(method) else {
        return texts::asf(&texts::invalid("hashingMethod"));
    };
    let hashed = crypto::hash_off_workers(
        EHashingMethod(method as u8),
        plain.to_string(),
        asf.crypt_key().to_vec(),
    )
    .await;
    result(hashed.ok().flatten())
}

fn result(output: Option<String>) -> String {
    match output.filter(|o| !o.is_empty()) {
        Some(output) => texts::asf(&texts::result(&output)),
        None => texts::asf(texts::FAILED),
    }
}

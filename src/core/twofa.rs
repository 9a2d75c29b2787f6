//! ASF 2FA: Steam Guard codes from an imported shared secret, and mobile confirmations
//! (`…/TwoFactorAuthentication/*` and the `2fa`, `2faok`, `2fano` commands).
//!
//! As in ASF, an import takes the two secrets as they are; a secret that is not base64 shows
//! only when it is used: a token then fails with `Failed!`, and fetching confirmations fails
//! (which ASF reports as `Request failed after 5 attempts!` when handling them).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::core::bot::Bot;
use crate::core::commands::text::{FAILED, NO_2FA as NO_AUTHENTICATOR, NOT_CONNECTED, SUCCESS};
use crate::core::steam::Confirmation;

/// How often ASF asks for confirmations before giving up (`WebBrowser.MaxTries`).
const MAX_TRIES: u8 = 5;
/// The pause between two tries.
const RETRY_DELAY: Duration = Duration::from_secs(1);
/// Longest shared secret ASF decodes (it decodes into a 32-byte buffer).
const MAX_SHARED_SECRET_BYTES: usize = 32;

/// The characters of a Steam Guard code.
const CODE_CHARACTERS: &[u8] = b"23456789BCDFGHJKMNPQRTVWXY";
/// Length of a Steam Guard code.
pub(crate) const CODE_DIGITS: usize = 5;
/// Length of a backup code.
pub(crate) const BACKUP_CODE_DIGITS: usize = 7;

/// The Steam Guard code for `time` (seconds since the epoch); `None` for a secret ASF cannot
/// use (empty, not base64, or longer than 32 bytes).
pub fn steam_guard_code(shared_secret: &str, time: u64) -> Option<String> {
    let secret = decode_base64(shared_secret)
        .filter(|s| !s.is_empty() && s.len() <= MAX_SHARED_SECRET_BYTES)?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&secret).ok()?;
    mac.update(&(time / 30).to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0F);
    let mut full = u32::from_be_bytes([
        hash[offset],
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]) & 0x7FFF_FFFF;
    let mut code = String::with_capacity(CODE_DIGITS);
    for _ in 0..CODE_DIGITS {
        let len = CODE_CHARACTERS.len() as u32;
        code.push(char::from(CODE_CHARACTERS[(full % len) as usize]));
        full /= len;
    }
    Some(code)
}

/// Base64 as .NET's `Convert.FromBase64String` reads it: spaces, tabs and line breaks are
/// ignored wherever they are, the rest must be whole groups of four (padded with `=`), and
/// unused bits of the last character are ignored.
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\t' | '\r' | '\n'))
        .collect();
    if !compact.len().is_multiple_of(4) {
        return None;
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireCanonical),
    );
    engine.decode(compact).ok()
}

/// One bot's answer to a 2FA request: ASF's `(Success, Result, Message)`.
#[derive(Debug, PartialEq)]
pub(crate) struct Outcome<T> {
    pub success: bool,
    pub result: Option<T>,
    pub message: String,
}

impl<T> Outcome<T> {
    fn failed(message: &str) -> Self {
        Self {
            success: false,
            result: None,
            message: message.to_string(),
        }
    }
}

/// The bot's current Steam Guard code (`…/TwoFactorAuthentication/Token`, `2fa`).
pub(crate) fn token(bot: &Bot) -> Outcome<String> {
    let Some(authenticator) = bot.authenticator() else {
        return Outcome::failed(NO_AUTHENTICATOR);
    };
    match steam_guard_code(&authenticator.shared_secret, now()) {
        Some(code) => Outcome {
            success: true,
            result: Some(code),
            message: SUCCESS.to_string(),
        },
        None => {
            slog::error!(
                bot.logger(),
                "GenerateTokenForTime() SharedSecret is invalid!"
            );
            Outcome::failed(FAILED)
        }
    }
}

/// The confirmations waiting on Steam; `None` when they cannot be fetched, which is the case
/// for an identity secret ASF cannot use (confirmation requests are signed with it).
fn fetch(bot: &Bot, steam_id: u64) -> Option<Vec<Confirmation>> {
    let usable = bot
        .authenticator()
        .and_then(|a| decode_base64(&a.identity_secret))
        .is_some_and(|secret| !secret.is_empty());
    if !usable {
        slog::error!(
            bot.logger(),
            "GenerateConfirmationHash() IdentitySecret is invalid!"
        );
        return None;
    }
    Some(bot.steam().confirmations(steam_id))
}

/// Removes the bot's authenticator (`DELETE …/TwoFactorAuthentication`).
pub(crate) fn remove(bot: &Bot) -> Outcome<String> {
    if bot.remove_authenticator() {
        Outcome {
            success: true,
            result: None,
            message: crate::api::envelope::MESSAGE_OK.to_string(),
        }
    } else {
        Outcome::failed(NO_AUTHENTICATOR)
    }
}

/// The pending confirmations (`GET …/TwoFactorAuthentication/Confirmations`).
pub(crate) fn confirmations(bot: &Bot) -> Outcome<Vec<Confirmation>> {
    if bot.authenticator().is_none() {
        return Outcome::failed(NO_AUTHENTICATOR);
    }
    let Some(steam_id) = bot.session() else {
        return Outcome::failed(NOT_CONNECTED);
    };
    match fetch(bot, steam_id) {
        Some(list) => Outcome {
            success: true,
            result: Some(list),
            message: SUCCESS.to_string(),
        },
        None => Outcome::failed(FAILED),
    }
}

/// Which confirmations to handle, and how.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConfirmationRequest {
    /// Accept (true) or decline (false).
    pub accept: bool,
    /// Only confirmations of this `EMobileConfirmationType`.
    pub kind: Option<i32>,
    /// Only confirmations of these creators (trade offers, listings); empty means all.
    pub creators: Vec<u64>,
    /// Ask again (up to five times, a second apart) until every creator was handled.
    pub wait_if_needed: bool,
}

/// [`handle_confirmations`] on every bot given, all at once as ASF does (waiting for
/// confirmations takes seconds per bot): each bot's outcome by name.
pub(crate) async fn handle_confirmations_of_each(
    bots: BTreeMap<String, Arc<Bot>>,
    request: &ConfirmationRequest,
) -> BTreeMap<String, Outcome<Vec<Confirmation>>> {
    let outcomes =
        futures::future::join_all(bots.values().map(|bot| handle_confirmations(bot, request)))
            .await;
    bots.into_keys().zip(outcomes).collect()
}

/// Accepts or declines confirmations as ASF's `HandleTwoFactorAuthenticationConfirmations`
/// does: handled confirmations are kept one per creator; without creators the first batch
/// handled ends it; with creators it ends once all of them were handled. Without a handled
/// confirmation the result is `None`.
pub(crate) async fn handle_confirmations(
    bot: &Bot,
    request: &ConfirmationRequest,
) -> Outcome<Vec<Confirmation>> {
    if bot.authenticator().is_none() {
        return Outcome::failed(NO_AUTHENTICATOR);
    }
    if bot.session().is_none() {
        return Outcome::failed(NOT_CONNECTED);
    }
    let handled_message = |count: usize| format!("Successfully handled {count} confirmations!");
    let mut handled: Vec<Confirmation> = Vec::new();
    let mut fetched = false;
    let mut attempt = 0;
    while attempt == 0 || (attempt < MAX_TRIES && request.wait_if_needed) {
        if attempt > 0 {
            tokio::time::sleep(RETRY_DELAY).await;
        }
        attempt += 1;
        let Some(pending) = bot
            .session()
            .and_then(|steam_id| fetch(bot, steam_id).map(|pending| (steam_id, pending)))
        else {
            continue;
        };
        fetched = true;
        let (steam_id, pending) = pending;
        let chosen: Vec<Confirmation> = pending
            .into_iter()
            .filter(|c| request.kind.is_none_or(|kind| kind == c.kind))
            .filter(|c| request.creators.is_empty() || request.creators.contains(&c.creator_id))
            .collect();
        if chosen.is_empty() {
            continue;
        }
        let ids: Vec<u64> = chosen.iter().map(|c| c.id).collect();
        bot.steam()
            .handle_confirmations(steam_id, &ids, request.accept);
        for confirmation in chosen {
            match handled
                .iter_mut()
                .find(|h| h.creator_id == confirmation.creator_id)
            {
                Some(slot) => *slot = confirmation,
                None => handled.push(confirmation),
            }
        }
        let complete = request.creators.is_empty()
            || request
                .creators
                .iter()
                .all(|creator| handled.iter().any(|h| h.creator_id == *creator));
        if complete {
            return Outcome {
                success: true,
                message: handled_message(handled.len()),
                result: Some(handled),
            };
        }
    }
    // Out of tries: a failure when waiting was asked for, else a success.
    let success = fetched && !request.wait_if_needed;
    let message = if success || !handled.is_empty() {
        handled_message(handled.len())
    } else {
        crate::core::commands::text::request_failed_after(u32::from(MAX_TRIES))
    };
    Outcome {
        success,
        result: (!handled.is_empty()).then_some(handled),
        message,
    }
}

/// Whether `value` could be a Steam Guard or backup code (upper-cased first, as ASF does).
pub fn is_valid_code(value: &str) -> bool {
    let upper = value.to_ascii_uppercase();
    (upper.len() == CODE_DIGITS || upper.len() == BACKUP_CODE_DIGITS)
        && upper.bytes().all(|b| CODE_CHARACTERS.contains(&b))
}

/// Seconds since the epoch (offline, Steam's time is the local time).
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asf_test_vectors() {
        let secret = "KDHC3rsY8+CmiswnXJcE5e5dRfd=";
        assert_eq!(steam_guard_code(secret, 1337).as_deref(), Some("47J4D"));
        assert_eq!(
            steam_guard_code(secret, 1_723_332_288).as_deref(),
            Some("JQ3HQ")
        );
        assert!(steam_guard_code("not base64!", 1).is_none());
        assert!(steam_guard_code("", 1).is_none());
        assert!(steam_guard_code(&"A".repeat(48), 1).is_none(), "36 bytes");
        assert_eq!(decode_base64("AB==").as_deref(), Some(&[0u8][..]));
        assert_eq!(decode_base64(" QU\nJD ").as_deref(), Some(&b"ABC"[..]));
        assert!(decode_base64("QUJ").is_none() && decode_base64("Q=JD").is_none());
        assert!(is_valid_code("47j4d") && is_valid_code("BCDFGHJ"));
        assert!(!is_valid_code("47J4") && !is_valid_code("AAAAA"));
    }
}

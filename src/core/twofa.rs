//! ASF 2FA: a bot's Steam Guard token (see [`crate::core::steam_guard`]) and its mobile confirmations
//! (`…/TwoFactorAuthentication/*` and the `2fa`, `2faok`, `2fano` commands).
//!
//! As in ASF, an import takes the two secrets as they are; a secret that is not base64 shows
//! only when it is used: a token then fails with `Failed!`, and fetching confirmations fails
//! (which ASF reports as `Request failed after 5 attempts!` when handling them).

use std::time::Duration;

use crate::core::bot::Bot;
use crate::core::steam::Confirmation;
use crate::core::steam_guard::{decode_base64, now, steam_guard_code};
use crate::core::texts::{
    self, FAILED, NO_2FA as NO_AUTHENTICATOR, NOT_CONNECTED, request_failed_after,
};

/// How often ASF asks for confirmations before giving up (`WebBrowser.MaxTries`).
const MAX_TRIES: u8 = 5;
/// The pause between two tries.
const RETRY_DELAY: Duration = Duration::from_secs(1);

/// Why a 2FA request failed for a bot; `Display` is ASF's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TwoFactorError {
    /// No authenticator is imported.
    NoAuthenticator,
    /// The bot is not logged on.
    NotConnected,
    /// A secret ASF cannot use.
    Failed,
    /// Confirmations could not be fetched in [`MAX_TRIES`] tries.
    RequestFailed,
}

impl std::fmt::Display for TwoFactorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoAuthenticator => f.write_str(NO_AUTHENTICATOR),
            Self::NotConnected => f.write_str(NOT_CONNECTED),
            Self::Failed => f.write_str(FAILED),
            Self::RequestFailed => f.write_str(&request_failed_after(u32::from(MAX_TRIES))),
        }
    }
}

/// The confirmations one request handled, each creator's last.
#[derive(Debug, PartialEq)]
pub(crate) struct Handled {
    pub confirmations: Vec<Confirmation>,
    /// Waiting was asked for and every try passed before all creators were handled: ASF
    /// counts that as a failure, with what was handled.
    pub ran_out_of_tries: bool,
}

impl std::fmt::Display for Handled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&texts::confirmations_handled(self.confirmations.len()))
    }
}

/// The bot's current Steam Guard code (`…/TwoFactorAuthentication/Token`, `2fa`).
pub(crate) fn token(bot: &Bot) -> Result<String, TwoFactorError> {
    let authenticator = bot.authenticator().ok_or(TwoFactorError::NoAuthenticator)?;
    steam_guard_code(&authenticator.shared_secret, now()).ok_or_else(|| {
        slog::error!(
            bot.logger(),
            "GenerateTokenForTime() SharedSecret is invalid!"
        );
        TwoFactorError::Failed
    })
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
pub(crate) fn remove(bot: &Bot) -> Result<(), TwoFactorError> {
    match bot.remove_authenticator() {
        Ok(true) => Ok(()),
        Ok(false) => Err(TwoFactorError::NoAuthenticator),
        Err(e) => {
            slog::error!(bot.logger(), "RemoveAuthenticator() {e}");
            Err(TwoFactorError::Failed)
        }
    }
}

/// The bot's session, for a request that needs an authenticator and a logged-on bot.
fn ready(bot: &Bot) -> Result<u64, TwoFactorError> {
    if bot.authenticator().is_none() {
        return Err(TwoFactorError::NoAuthenticator);
    }
    bot.session().ok_or(TwoFactorError::NotConnected)
}

/// The pending confirmations (`GET …/TwoFactorAuthentication/Confirmations`).
pub(crate) fn confirmations(bot: &Bot) -> Result<Vec<Confirmation>, TwoFactorError> {
    let steam_id = ready(bot)?;
    fetch(bot, steam_id).ok_or(TwoFactorError::Failed)
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
/// confirmations takes seconds per bot): each bot's outcome with its name, in the bots' order.
pub(crate) async fn handle_confirmations_of_each(
    bots: crate::core::bots::Selection,
    request: &ConfirmationRequest,
) -> Vec<(String, Result<Handled, TwoFactorError>)> {
    let outcomes =
        futures::future::join_all(bots.values().map(|bot| handle_confirmations(bot, request)))
            .await;
    bots.into_keys().zip(outcomes).collect()
}

/// Accepts or declines confirmations as ASF's `HandleTwoFactorAuthenticationConfirmations`
/// does: handled confirmations are kept one per creator; without creators the first batch
/// handled ends it; with creators it ends once all of them were handled. A request that
/// handled nothing and either never fetched or waited in vain is a
/// [`TwoFactorError::RequestFailed`].
pub(crate) async fn handle_confirmations(
    bot: &Bot,
    request: &ConfirmationRequest,
) -> Result<Handled, TwoFactorError> {
    ready(bot)?;
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
            return Ok(Handled {
                confirmations: handled,
                ran_out_of_tries: false,
            });
        }
    }
    // Out of tries: a failure when waiting was asked for, else a success.
    let ran_out_of_tries = !fetched || request.wait_if_needed;
    if ran_out_of_tries && handled.is_empty() {
        return Err(TwoFactorError::RequestFailed);
    }
    Ok(Handled {
        confirmations: handled,
        ran_out_of_tries,
    })
}

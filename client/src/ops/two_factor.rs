//! ASF's two-factor authentication: `/Api/Bot/{botNames}/TwoFactorAuthentication`.
//!
//! ASF answers these with an envelope per bot, so each bot succeeds or fails on its own: the
//! results are [`PerBotOutcome`]s, with ASF's message for a bot that failed.

use super::PerBotOutcome;
use crate::answer::{per_bot, read};
use crate::types::{
    Confirmation, MobileAuthenticator, TwoFactorAuthenticationConfirmationsRequest,
};
use crate::{AsfClient, Error};

impl AsfClient {
    /// The current Steam Guard code of each bot with ASF 2FA.
    /// `GET /Api/Bot/{botNames}/TwoFactorAuthentication/Token`
    /// (`TwoFactorAuthenticationTokenGet`).
    pub async fn two_factor_tokens(&self, names: &str) -> Result<PerBotOutcome<String>, Error> {
        let sent = self
            .two_factor_authentication_token_get()
            .bot_names(names)
            .send()
            .await;
        Ok(with_default(per_bot(read(sent).await?.result()?)))
    }

    /// Imports an authenticator (the maFile's `shared_secret` and `identity_secret`) as ASF
    /// 2FA. `POST /Api/Bot/{botNames}/TwoFactorAuthentication`
    /// (`TwoFactorAuthenticationPost`).
    pub async fn import_authenticator(
        &self,
        names: &str,
        authenticator: &MobileAuthenticator,
    ) -> Result<PerBotOutcome<()>, Error> {
        let sent = self
            .two_factor_authentication_post()
            .bot_names(names)
            .body(authenticator.clone())
            .send()
            .await;
        Ok(with_default(per_bot(read(sent).await?.result()?)))
    }

    /// Removes ASF 2FA from the bots. `DELETE /Api/Bot/{botNames}/TwoFactorAuthentication`
    /// (`TwoFactorAuthenticationDelete`).
    pub async fn remove_authenticator(&self, names: &str) -> Result<PerBotOutcome<()>, Error> {
        let sent = self
            .two_factor_authentication_delete()
            .bot_names(names)
            .send()
            .await;
        let outcomes = per_bot(read(sent).await?.result()?);
        Ok(outcomes
            .into_iter()
            .map(|(bot, outcome)| (bot, outcome.map(|_| ())))
            .collect())
    }

    /// The confirmations waiting on each bot.
    /// `GET /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
    /// (`TwoFactorAuthenticationConfirmationsGet`).
    pub async fn confirmations(
        &self,
        names: &str,
    ) -> Result<PerBotOutcome<Vec<Confirmation>>, Error> {
        let sent = self
            .two_factor_authentication_confirmations_get()
            .bot_names(names)
            .send()
            .await;
        Ok(with_default(per_bot(read(sent).await?.result()?)))
    }

    /// Accepts or rejects confirmations (all, or those the request narrows down); returns
    /// the ones handled. `POST /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
    /// (`TwoFactorAuthenticationConfirmationsPost`).
    pub async fn handle_confirmations(
        &self,
        names: &str,
        request: &TwoFactorAuthenticationConfirmationsRequest,
    ) -> Result<PerBotOutcome<Vec<Confirmation>>, Error> {
        let sent = self
            .two_factor_authentication_confirmations_post()
            .bot_names(names)
            .body(request.clone())
            .send()
            .await;
        Ok(with_default(per_bot(read(sent).await?.result()?)))
    }
}

/// A success without a `Result` is the empty value: ASF answers `null` when, say, no
/// confirmation was left to handle.
fn with_default<T: Default>(outcomes: PerBotOutcome<Option<T>>) -> PerBotOutcome<T> {
    outcomes
        .into_iter()
        .map(|(bot, outcome)| (bot, outcome.map(Option::unwrap_or_default)))
        .collect()
}

//! ASF's two-factor authentication: `/Api/Bot/{botNames}/TwoFactorAuthentication`.
//!
//! ASF answers these with an envelope per bot, so each bot succeeds or fails on its own: the
//! results are [`PerBotOutcome`]s, with ASF's message for a bot that failed.

use reqwest::Method;

use super::{Nested, PerBot, PerBotOutcome, outcomes, plain_outcomes};
use crate::client::Body;
use crate::types::{
    Confirmation, MobileAuthenticator, TwoFactorAuthenticationConfirmationsRequest,
};
use crate::{AsfClient, Error};

impl AsfClient {
    /// The current Steam Guard code of each bot with ASF 2FA.
    /// `GET /Api/Bot/{botNames}/TwoFactorAuthentication/Token`
    /// (`TwoFactorAuthenticationTokenGet`).
    pub async fn two_factor_tokens(&self, names: &str) -> Result<PerBotOutcome<String>, Error> {
        let envelope = self
            .call(
                Method::GET,
                &["Api", "Bot", names, "TwoFactorAuthentication", "Token"],
                &[],
                None,
            )
            .await?;
        let status = envelope.status;
        outcomes(status, envelope.result::<PerBot<Nested>>()?)
    }

    /// Imports an authenticator (the maFile's `shared_secret` and `identity_secret`) as ASF
    /// 2FA. `POST /Api/Bot/{botNames}/TwoFactorAuthentication`
    /// (`TwoFactorAuthenticationPost`).
    pub async fn import_authenticator(
        &self,
        names: &str,
        authenticator: &MobileAuthenticator,
    ) -> Result<PerBotOutcome<()>, Error> {
        let envelope = self
            .call(
                Method::POST,
                &["Api", "Bot", names, "TwoFactorAuthentication"],
                &[],
                Some(Body::json(authenticator)?),
            )
            .await?;
        Ok(plain_outcomes(envelope.result()?))
    }

    /// Removes ASF 2FA from the bots. `DELETE /Api/Bot/{botNames}/TwoFactorAuthentication`
    /// (`TwoFactorAuthenticationDelete`).
    pub async fn remove_authenticator(&self, names: &str) -> Result<PerBotOutcome<()>, Error> {
        let envelope = self
            .call(
                Method::DELETE,
                &["Api", "Bot", names, "TwoFactorAuthentication"],
                &[],
                None,
            )
            .await?;
        Ok(plain_outcomes(envelope.result()?))
    }

    /// The confirmations waiting on each bot.
    /// `GET /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
    /// (`TwoFactorAuthenticationConfirmationsGet`).
    pub async fn confirmations(
        &self,
        names: &str,
    ) -> Result<PerBotOutcome<Vec<Confirmation>>, Error> {
        let envelope = self
            .call(
                Method::GET,
                &[
                    "Api",
                    "Bot",
                    names,
                    "TwoFactorAuthentication",
                    "Confirmations",
                ],
                &[],
                None,
            )
            .await?;
        let status = envelope.status;
        outcomes(status, envelope.result::<PerBot<Nested>>()?)
    }

    /// Accepts or rejects confirmations (all, or those the request narrows down); returns
    /// the ones handled. `POST /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
    /// (`TwoFactorAuthenticationConfirmationsPost`).
    pub async fn handle_confirmations(
        &self,
        names: &str,
        request: &TwoFactorAuthenticationConfirmationsRequest,
    ) -> Result<PerBotOutcome<Vec<Confirmation>>, Error> {
        let envelope = self
            .call(
                Method::POST,
                &[
                    "Api",
                    "Bot",
                    names,
                    "TwoFactorAuthentication",
                    "Confirmations",
                ],
                &[],
                Some(Body::json(request)?),
            )
            .await?;
        let status = envelope.status;
        outcomes(status, envelope.result::<PerBot<Nested>>()?)
    }
}

//! ASF's two-factor authentication: `/Api/Bot/{botNames}/TwoFactorAuthentication`.
//!
//! ASF answers these with an envelope per bot, so each bot succeeds or fails on its own: the
//! results are [`PerBotOutcome`]s, with ASF's message for a bot that failed.

use reqwest::Method;

use super::{PerBotOutcome, outcomes, plain_outcomes};
use crate::client::{Body, Envelope};
use crate::types::{
    Confirmation, MobileAuthenticator, TwoFactorAuthenticationConfirmationsRequest,
};
use crate::{AsfClient, Error};

impl AsfClient {
    /// The current Steam Guard code of each bot with ASF 2FA.
    /// `GET /Api/Bot/{botNames}/TwoFactorAuthentication/Token`
    /// (`TwoFactorAuthenticationTokenGet`).
    pub async fn two_factor_tokens(&self, names: &str) -> Result<PerBotOutcome<String>, Error> {
        outcomes(
            self.two_factor_call(Method::GET, names, Some("Token"), None)
                .await?,
        )
    }

    /// Imports an authenticator (the maFile's `shared_secret` and `identity_secret`) as ASF
    /// 2FA. `POST /Api/Bot/{botNames}/TwoFactorAuthentication`
    /// (`TwoFactorAuthenticationPost`).
    pub async fn import_authenticator(
        &self,
        names: &str,
        authenticator: &MobileAuthenticator,
    ) -> Result<PerBotOutcome<()>, Error> {
        let body = Body::json(authenticator)?;
        plain_outcomes(
            self.two_factor_call(Method::POST, names, None, Some(body))
                .await?,
        )
    }

    /// Removes ASF 2FA from the bots. `DELETE /Api/Bot/{botNames}/TwoFactorAuthentication`
    /// (`TwoFactorAuthenticationDelete`).
    pub async fn remove_authenticator(&self, names: &str) -> Result<PerBotOutcome<()>, Error> {
        plain_outcomes(
            self.two_factor_call(Method::DELETE, names, None, None)
                .await?,
        )
    }

    /// The confirmations waiting on each bot.
    /// `GET /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
    /// (`TwoFactorAuthenticationConfirmationsGet`).
    pub async fn confirmations(
        &self,
        names: &str,
    ) -> Result<PerBotOutcome<Vec<Confirmation>>, Error> {
        outcomes(
            self.two_factor_call(Method::GET, names, Some("Confirmations"), None)
                .await?,
        )
    }

    /// Accepts or rejects confirmations (all, or those the request narrows down); returns
    /// the ones handled. `POST /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
    /// (`TwoFactorAuthenticationConfirmationsPost`).
    pub async fn handle_confirmations(
        &self,
        names: &str,
        request: &TwoFactorAuthenticationConfirmationsRequest,
    ) -> Result<PerBotOutcome<Vec<Confirmation>>, Error> {
        let body = Body::json(request)?;
        outcomes(
            self.two_factor_call(Method::POST, names, Some("Confirmations"), Some(body))
                .await?,
        )
    }

    /// `/Api/Bot/{names}/TwoFactorAuthentication`, or the sub-resource `part` of it, whose
    /// answer holds an envelope per bot.
    async fn two_factor_call(
        &self,
        method: Method,
        names: &str,
        part: Option<&str>,
        body: Option<Body>,
    ) -> Result<Envelope, Error> {
        let mut segments = vec!["Api", "Bot", names, "TwoFactorAuthentication"];
        segments.extend(part);
        self.call(method, &segments, &[], body).await
    }
}

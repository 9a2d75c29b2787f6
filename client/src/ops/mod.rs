//! The API's operations as typed methods of [`AsfClient`](crate::AsfClient), one module per
//! area. Each method's documentation names its route and its operation ID in the OpenAPI
//! document (`ASFGet`, …); a test checks that every operation has one.

mod asf;
mod bots;
mod other;
mod two_factor;

use std::collections::BTreeMap;

use reqwest::StatusCode;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::Error;
use crate::client::decode;

/// A result per bot, keyed by bot name.
pub type PerBot<T> = BTreeMap<String, T>;

/// A result per bot where each bot can succeed or fail on its own; the error is ASF's message
/// for that bot (for example `This bot doesn't have ASF 2FA enabled! …`).
pub type PerBotOutcome<T> = BTreeMap<String, Result<T, String>>;

/// The envelope ASF nests per bot in the two-factor answers.
#[derive(Deserialize)]
pub(crate) struct Nested {
    #[serde(rename = "Result", default)]
    result: Option<serde_json::Value>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
    #[serde(rename = "Success", default)]
    success: bool,
}

impl Nested {
    fn failure(message: Option<String>) -> String {
        message.unwrap_or_else(|| "Failed!".to_string())
    }
}

/// Per-bot envelopes whose `Result` is the value.
pub(crate) fn outcomes<T: DeserializeOwned>(
    status: StatusCode,
    nested: PerBot<Nested>,
) -> Result<PerBotOutcome<T>, Error> {
    nested
        .into_iter()
        .map(|(bot, n)| {
            if !n.success {
                return Ok((bot, Err(Nested::failure(n.message))));
            }
            match n.result {
                Some(value) if !value.is_null() => Ok((bot, Ok(decode(status, value)?))),
                _ => Err(Error::Decode {
                    status,
                    reason: format!("the answer for {bot} has no Result"),
                }),
            }
        })
        .collect()
}

/// Per-bot envelopes that only say whether it worked.
pub(crate) fn plain_outcomes(nested: PerBot<Nested>) -> PerBotOutcome<()> {
    nested
        .into_iter()
        .map(|(bot, n)| {
            let outcome = if n.success {
                Ok(())
            } else {
                Err(Nested::failure(n.message))
            };
            (bot, outcome)
        })
        .collect()
}

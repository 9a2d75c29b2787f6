//! The API's operations as typed methods of [`AsfClient`](crate::AsfClient), one module per
//! area. Each method's documentation names its route and its operation ID in the OpenAPI
//! document (`ASFGet`, …); a test checks that every operation has one.

mod asf;
mod bots;
mod other;
mod two_factor;

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

use crate::Error;
use crate::client::{Envelope, RawEnvelope, decode};

/// A result per bot, keyed by bot name.
pub type PerBot<T> = BTreeMap<String, T>;

/// A result per bot where each bot can succeed or fail on its own; the error is ASF's message
/// for that bot (for example `This bot doesn't have ASF 2FA enabled! …`).
pub type PerBotOutcome<T> = BTreeMap<String, Result<T, String>>;

/// ASF's message for a bot that failed.
fn failure(message: Option<String>) -> String {
    message.unwrap_or_else(|| "Failed!".to_string())
}

/// An answer of per-bot envelopes whose `Result` is the value. A success without one is the
/// empty value: ASF answers `null` when, say, no confirmation was left to handle.
pub(crate) fn outcomes<T: DeserializeOwned + Default>(
    envelope: Envelope,
) -> Result<PerBotOutcome<T>, Error> {
    let status = envelope.status;
    let nested: PerBot<RawEnvelope> = envelope.result()?;
    nested
        .into_iter()
        .map(|(bot, n)| {
            if !n.success {
                return Ok((bot, Err(failure(n.message))));
            }
            match n.result {
                Some(value) if !value.is_null() => Ok((bot, Ok(decode(status, value)?))),
                _ => Ok((bot, Ok(T::default()))),
            }
        })
        .collect()
}

/// Per-bot envelopes that only say whether it worked.
pub(crate) fn plain_outcomes(envelope: Envelope) -> Result<PerBotOutcome<()>, Error> {
    let nested: PerBot<RawEnvelope> = envelope.result()?;
    Ok(nested
        .into_iter()
        .map(|(bot, n)| {
            let outcome = if n.success {
                Ok(())
            } else {
                Err(failure(n.message))
            };
            (bot, outcome)
        })
        .collect())
}

//! The API's operations as typed methods of [`AsfClient`](crate::AsfClient), one module per
//! area. Each method calls the generated operation of the OpenAPI document (`asf_get()` for
//! `ASFGet`, …) and reads its answer with [`crate::answer`]; its documentation names the
//! route and the operation ID. The few requests the generated types cannot state are written
//! in [`crate::client`], each with the reason.

mod asf;
mod bots;
mod other;
mod two_factor;

use std::collections::BTreeMap;

/// A result per bot, keyed by bot name.
pub type PerBot<T> = BTreeMap<String, T>;

/// A result per bot where each bot can succeed or fail on its own; the error is ASF's message
/// for that bot (for example `This bot doesn't have ASF 2FA enabled! …`).
pub type PerBotOutcome<T> = BTreeMap<String, Result<T, String>>;

//! What a generated operation answered, read the way ASF means it: the envelope unwrapped,
//! `Success: false` and error statuses sorted into an [`Error`].
//!
//! The generated client (`asf_ipc_generated`) builds every request and decodes every answer
//! into the document's types; what it cannot know is that ASF can say no inside a `200`, and
//! which refusals a tool treats differently. That is all this module adds.

use asf_ipc_generated::hooks::ForeignAnswer;
use asf_ipc_generated::types;
use reqwest::StatusCode;
use serde::Serialize;
use std::collections::HashMap;

use crate::Error;

/// What the `send()` of a generated operation returns.
pub(crate) type Sent<T, E = types::AsfError> =
    Result<crate::ResponseValue<T>, asf_ipc_generated::Error<E>>;

/// One of the generated envelope types (`GenericResponse…`): the same three members, with
/// the `Result` of each its own type.
pub(crate) trait Envelope {
    type Result: Serialize;
    fn into_parts(self) -> (Option<Self::Result>, String, bool);
}

macro_rules! envelopes {
    ($($envelope:ident => $result:ty,)*) => {$(
        impl Envelope for types::$envelope {
            type Result = $result;
            fn into_parts(self) -> (Option<$result>, String, bool) {
                (self.result, self.message, self.success)
            }
        }
    )*};
}

type PerBotMap<T> = HashMap<String, T>;

envelopes! {
    GenericResponseAnyValue => serde_json::Value,
    GenericResponseArrayOfConfirmation => Vec<types::Confirmation>,
    GenericResponseArrayOfPluginInfo => Vec<types::PluginInfo>,
    GenericResponseArrayOfString => Vec<String>,
    GenericResponseAsfResponse => types::AsfResponse,
    GenericResponseGitHubReleaseResponse => types::GitHubReleaseResponse,
    GenericResponseLogResponse => types::LogResponse,
    GenericResponseMapOfBoolean => PerBotMap<bool>,
    GenericResponseMapOfBot => PerBotMap<types::Bot>,
    GenericResponseMapOfBotAddLicenseResponse => PerBotMap<types::BotAddLicenseResponse>,
    GenericResponseMapOfBotInventoryResponse => PerBotMap<types::BotInventoryResponse>,
    GenericResponseMapOfBotRemoveLicenseResponse => PerBotMap<types::BotRemoveLicenseResponse>,
    GenericResponseMapOfEResult => PerBotMap<types::EResult>,
    GenericResponseMapOfGamesToRedeemInBackgroundResponse =>
        PerBotMap<types::GamesToRedeemInBackgroundResponse>,
    GenericResponseMapOfGenericResponse => PerBotMap<types::GenericResponse>,
    GenericResponseMapOfGenericResponseArrayOfConfirmation =>
        PerBotMap<types::GenericResponseArrayOfConfirmation>,
    GenericResponseMapOfGenericResponseString => PerBotMap<types::GenericResponseString>,
    GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse =>
        PerBotMap<HashMap<String, Option<types::CStoreRegisterCdKeyResponse>>>,
    GenericResponseMapOfMapOfString => PerBotMap<HashMap<String, String>>,
    GenericResponseMapOfNullableMapOfInventoryAppData =>
        PerBotMap<Option<HashMap<String, types::InventoryAppData>>>,
    GenericResponseMapOfString => PerBotMap<String>,
    GenericResponseString => String,
    GenericResponseTypeResponse => types::TypeResponse,
}

/// The envelope of operations that answer with no `Result`.
impl Envelope for types::GenericResponse {
    type Result = ();
    fn into_parts(self) -> (Option<()>, String, bool) {
        (None, self.message, self.success)
    }
}

/// A successful answer: its status, `Result` (`None` when absent or `null`) and `Message`.
pub(crate) struct Answer<T> {
    pub(crate) status: StatusCode,
    pub(crate) result: Option<T>,
    pub(crate) message: String,
}

impl<T> Answer<T> {
    /// The `Result`, which must be there.
    pub(crate) fn result(self) -> Result<T, Error> {
        let status = self.status;
        self.result.ok_or_else(|| Error::Decode {
            status: Some(status),
            reason: "the answer has no Result".to_string(),
        })
    }
}

/// Reads a generated operation's answer: a `2xx` envelope with `Success: true` is the answer,
/// anything else an error.
pub(crate) async fn read<E: Envelope>(sent: Sent<E>) -> Result<Answer<E::Result>, Error> {
    let value = match sent {
        Ok(value) => value,
        Err(error) => return Err(refusal(error).await),
    };
    let status = value.status();
    let (result, message, success) = value.into_inner().into_parts();
    if !success {
        return Err(Error::Api {
            status,
            message: if message.is_empty() {
                "Failed!".to_string()
            } else {
                message
            },
            result: result
                .and_then(|r| serde_json::to_value(r).ok())
                .filter(|r| !r.is_null()),
        });
    }
    Ok(Answer {
        status,
        result,
        message,
    })
}

/// Sorts what the generated client reports as an error. It has read the body of every status
/// the document names; an answer it does not describe is read here.
pub(crate) async fn refusal<E: Serialize>(error: asf_ipc_generated::Error<E>) -> Error {
    use asf_ipc_generated::Error as Generated;
    match error {
        Generated::ErrorResponse(value) => {
            let status = value.status();
            let body = serde_json::to_vec(&value.into_inner()).unwrap_or_default();
            Error::from_answer(status, &body)
        }
        // A documented status whose body is not the document's (an empty `404` of a route an
        // older ASF lacks, ASP.NET's `ProblemDetails`): the generated client keeps the bytes
        // but not the status.
        Generated::InvalidResponsePayload(bytes, error) => Error::from_undecodable(&bytes, &error),
        Generated::UnexpectedResponse(response) => {
            let status = response.status();
            match response.bytes().await {
                Ok(body) => Error::from_answer(status, &body),
                Err(error) => Error::transport(error),
            }
        }
        Generated::CommunicationError(error)
        | Generated::ResponseBodyError(error)
        | Generated::InvalidUpgrade(error) => Error::transport(error),
        // The hook in `asf_ipc_generated::hooks` refused an error answer that is not JSON.
        Generated::Custom(text) => match ForeignAnswer::parse(&text) {
            Some(status) => Error::from_answer(status, b""),
            None => Error::InvalidInput(text),
        },
        Generated::InvalidRequest(text) => Error::InvalidInput(text),
    }
}

/// ASF's two-factor routes nest an envelope per bot: each bot succeeds or fails on its own.
pub(crate) fn per_bot<N: Envelope>(
    nested: PerBotMap<N>,
) -> crate::PerBotOutcome<Option<N::Result>> {
    nested
        .into_iter()
        .map(|(bot, envelope)| {
            let (result, message, success) = envelope.into_parts();
            let outcome = if success {
                Ok(result)
            } else if message.is_empty() {
                Err("Failed!".to_string())
            } else {
                Err(message)
            };
            (bot, outcome)
        })
        .collect()
}

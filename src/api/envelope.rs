//! ASF's response envelope, for successes and for every error.
//!
//! Every `/Api` answer is `{"Result": …, "Message": …, "Success": …}` where ASF's response type
//! is the generic `GenericResponse<T>` (`Result` is then written as `null`, never omitted), and
//! `{"Message": …, "Success": …}` where it is the plain `GenericResponse`, as most of ASF's
//! errors are. `Message` falls back to `OK` or `Failed!` when the handler has nothing to say.

use dropshot::{ErrorStatusCode, HttpResponseError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::dotnet_names::dotnet_name;

/// ASF's text for a success without a message.
pub const MESSAGE_OK: &str = "OK";
/// ASF's text for a failure without a message (`Strings.WarningFailed`).
pub const MESSAGE_FAILED: &str = "Failed!";

/// The generic envelope, `GenericResponse<T>` in ASF.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "GenericResponse_{T}")]
pub struct GenericResponse<T> {
    /// The payload; `null` when the request failed.
    #[serde(rename = "Result")]
    pub result: Option<T>,
    /// Human-readable outcome, `OK` or `Failed!` unless the operation says more.
    #[serde(rename = "Message")]
    pub message: String,
    /// Whether the operation succeeded.
    #[serde(rename = "Success")]
    pub success: bool,
}

impl<T> GenericResponse<T> {
    /// A successful answer carrying `result`.
    pub fn ok(result: T) -> Self {
        Self {
            result: Some(result),
            message: MESSAGE_OK.to_string(),
            success: true,
        }
    }

    /// An answer with every part given.
    pub fn with(success: bool, result: Option<T>, message: impl Into<String>) -> Self {
        Self {
            result,
            message: message.into(),
            success,
        }
    }

    /// The same answer, turned into ASF's failure (`Failed!`, result kept) unless `all` of
    /// its parts succeeded.
    pub fn failed_unless(mut self, all: bool) -> Self {
        if !all {
            self.success = false;
            self.message = MESSAGE_FAILED.to_string();
        }
        self
    }

    /// ASF's construction rule when only a result is known: success means "there is a result".
    pub fn from_option(result: Option<T>) -> Self {
        let success = result.is_some();
        Self {
            result,
            message: if success { MESSAGE_OK } else { MESSAGE_FAILED }.to_string(),
            success,
        }
    }
}

/// The plain envelope, `GenericResponse` in ASF (no `Result`).
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "GenericResponse")]
pub struct PlainResponse {
    /// Human-readable outcome, `OK` or `Failed!` unless the operation says more.
    #[serde(rename = "Message")]
    pub message: String,
    /// Whether the operation succeeded.
    #[serde(rename = "Success")]
    pub success: bool,
}

dotnet_name!(PlainResponse => "ArchiSteamFarm.IPC.Responses.GenericResponse");

impl PlainResponse {
    /// `{"Message":"OK","Success":true}`.
    pub fn ok() -> Self {
        Self::from_success(true)
    }

    /// `OK` or `Failed!`.
    pub fn from_success(success: bool) -> Self {
        Self::with(success, None::<String>)
    }

    /// An answer with the given outcome; without a message ASF's default text is used.
    pub fn with(success: bool, message: Option<impl Into<String>>) -> Self {
        let message = match message {
            Some(m) => m.into(),
            None if success => MESSAGE_OK.to_string(),
            None => MESSAGE_FAILED.to_string(),
        };
        Self { message, success }
    }
}

/// `Result` of a 401/403 from the access check: why the request was refused.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct StatusCodeResponse {
    /// True when sending the same request again cannot succeed: `401` (no or a wrong password)
    /// and a `403` for an address that may not use the API at all. False for a `403` ban, which
    /// lifts with time.
    #[serde(rename = "Permanent")]
    pub permanent: bool,
    /// The HTTP status code of the answer.
    #[serde(rename = "StatusCode")]
    pub status_code: u16,
}

dotnet_name!(StatusCodeResponse => "ArchiSteamFarm.IPC.Responses.StatusCodeResponse");

/// Every error answer: the envelope with `Success: false`.
///
/// Like ASF's, most errors have no `Result`; the access check's 401/403 carry a
/// [`StatusCodeResponse`], and the few errors ASF sends as a generic response carry `null`.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq)]
pub struct AsfError {
    /// Absent, `null`, or why access was refused.
    #[serde(rename = "Result")]
    pub result: Option<StatusCodeResponse>,
    /// What went wrong.
    #[serde(rename = "Message")]
    pub message: String,
    /// Always false.
    #[serde(rename = "Success")]
    pub success: bool,
    #[serde(skip)]
    #[schemars(skip)]
    status: Option<ErrorStatusCode>,
    /// Whether ASF's response type here is the generic one, which always writes `Result`.
    #[serde(skip)]
    #[schemars(skip)]
    generic: bool,
}

impl Serialize for AsfError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let with_result = self.generic || self.result.is_some();
        let mut map = serializer.serialize_map(Some(2 + usize::from(with_result)))?;
        if with_result {
            map.serialize_entry("Result", &self.result)?;
        }
        map.serialize_entry("Message", &self.message)?;
        map.serialize_entry("Success", &self.success)?;
        map.end()
    }
}

impl AsfError {
    /// An error with the given status and message.
    pub fn new(status: ErrorStatusCode, message: impl Into<String>) -> Self {
        Self {
            result: None,
            message: message.into(),
            success: false,
            status: Some(status),
            generic: false,
        }
    }

    /// The same error as ASF sends it where its response type is `GenericResponse<T>`:
    /// with `"Result": null`.
    pub fn generic(self) -> Self {
        Self {
            generic: true,
            ..self
        }
    }

    /// The access check's refusal: `Failed!` with `{Permanent, StatusCode}` as `Result`.
    pub fn refused(status: ErrorStatusCode, permanent: bool) -> Self {
        Self {
            result: Some(StatusCodeResponse {
                permanent,
                status_code: status.as_u16(),
            }),
            ..Self::new(status, MESSAGE_FAILED)
        }
    }

    /// A 400 with ASF's message, the most common failure of ASF's controllers.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(ErrorStatusCode::BAD_REQUEST, message)
    }

    /// A 500 for failures of this process (disk, serialisation), never of the input.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorStatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// The status this error is sent with.
    pub fn status(&self) -> ErrorStatusCode {
        self.status
            .unwrap_or(ErrorStatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl std::fmt::Display for AsfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AsfError {}

impl HttpResponseError for AsfError {
    fn status_code(&self) -> ErrorStatusCode {
        self.status()
    }
}

//! What can go wrong in a call, sorted the way ASF's own web UI sorts it.

use reqwest::StatusCode;
use serde::Deserialize;

/// Why a client could not be built: a base URL that is not `http(s)://…`, a password that
/// cannot travel in a header, an unreadable CA certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError(pub(crate) String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}

/// Why a call failed.
///
/// ASF answers every refusal with its envelope, `{"Result": …, "Message": …, "Success": false}`;
/// the three access refusals get their own variants because a tool reacts to each differently
/// (ask for the password, wait for the hourly reset or `DELETE /Api/IPC/Bans`, or configure
/// `IPCPassword` / `KnownNetworks` on the server). Everything else ASF refused is
/// [`Error::Api`], with the HTTP status and ASF's `Message`.
///
/// ```
/// use asf_ipc_client::Error;
///
/// fn advice(error: &Error) -> &'static str {
///     match error {
///         Error::WrongPassword { .. } => "check the IPC password",
///         Error::Banned { .. } => "too many wrong passwords from here: wait or lift the ban",
///         Error::NotAllowed { .. } => "set IPCPassword or add this network to KnownNetworks",
///         Error::Api { .. } => "ASF refused; its message says why",
///         _ => "could not talk to ASF",
///     }
/// }
/// # assert_eq!(advice(&Error::Banned { message: "Failed!".into() }).len() > 0, true);
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// `401`: the IPC password is wrong, or none was given while the server has one.
    #[error("wrong or missing IPC password (HTTP 401: {message})")]
    WrongPassword {
        /// ASF's `Message` (`Failed!`).
        message: String,
    },
    /// `403` with `Permanent: false`: this address made too many failed attempts and is banned
    /// until the server's hourly reset or until an operator clears the ban.
    #[error(
        "this address is banned after too many wrong passwords (HTTP 403: {message}); \
         it is lifted by the hourly reset or DELETE /Api/IPC/Bans"
    )]
    Banned {
        /// ASF's `Message` (`Failed!`).
        message: String,
    },
    /// `403` with `Permanent: true`: the server has no `IPCPassword` and this client is neither
    /// on loopback nor in one of its `KnownNetworks`.
    #[error(
        "not allowed from this network (HTTP 403: {message}); the server has no IPCPassword \
         and accepts only local clients and its KnownNetworks"
    )]
    NotAllowed {
        /// ASF's `Message` (`Failed!`).
        message: String,
    },
    /// ASF answered but did not do it: an error status, or `200` with `Success: false`.
    #[error("{message} (HTTP {status})")]
    Api {
        /// The HTTP status (`200` when only `Success` said no).
        status: StatusCode,
        /// ASF's `Message`; for answers without the envelope (framework validation errors,
        /// empty `404`/`500` bodies) a description built from what the server sent.
        message: String,
        /// The envelope's `Result`, when it had one (some operations return partial results
        /// together with `Success: false`).
        result: Option<serde_json::Value>,
    },
    /// The server could not be reached, the connection or TLS handshake failed, or the request
    /// timed out.
    #[error("cannot reach the server: {}", chain(.0.as_ref()))]
    Transport(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The answer did not have the shape the API describes.
    #[error("unexpected answer{}: {reason}", .status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    Decode {
        /// The HTTP status of the answer, when it is known.
        status: Option<StatusCode>,
        /// What did not fit.
        reason: String,
    },
    /// The request could not be made from the given input (for example a value that cannot be
    /// serialised).
    #[error("invalid request: {0}")]
    InvalidInput(String),
}

impl Error {
    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::WrongPassword { .. } => Some(StatusCode::UNAUTHORIZED),
            Error::Banned { .. } | Error::NotAllowed { .. } => Some(StatusCode::FORBIDDEN),
            Error::Api { status, .. } => Some(*status),
            Error::Decode { status, .. } => *status,
            Error::Transport(_) | Error::InvalidInput(_) => None,
        }
    }

    /// ASF's `Message`, when the answer carried one.
    pub fn message(&self) -> Option<&str> {
        match self {
            Error::WrongPassword { message }
            | Error::Banned { message }
            | Error::NotAllowed { message }
            | Error::Api { message, .. } => Some(message),
            _ => None,
        }
    }

    /// Whether the server refused access (wrong password, banned, or not allowed).
    pub fn is_access_denied(&self) -> bool {
        matches!(
            self,
            Error::WrongPassword { .. } | Error::Banned { .. } | Error::NotAllowed { .. }
        )
    }

    /// Sorts a non-success answer by its status and body.
    pub(crate) fn from_answer(status: StatusCode, body: &[u8]) -> Self {
        let envelope: Option<ErrorEnvelope> = serde_json::from_slice(body).ok();
        match envelope {
            Some(envelope) if envelope.message.is_some() || envelope.success.is_some() => {
                let message = envelope.message.unwrap_or_else(|| "Failed!".to_string());
                let permanent = envelope
                    .result
                    .as_ref()
                    .and_then(|r| r.get("Permanent"))
                    .and_then(serde_json::Value::as_bool);
                match (status.as_u16(), permanent) {
                    (401, _) => Error::WrongPassword { message },
                    (403, Some(false)) => Error::Banned { message },
                    (403, Some(true)) => Error::NotAllowed { message },
                    _ => Error::Api {
                        status,
                        message,
                        result: envelope.result.filter(|r| !r.is_null()),
                    },
                }
            }
            _ => Error::Api {
                status,
                message: describe_foreign_body(status, body),
                result: None,
            },
        }
    }

    /// An answer whose body is not what the document says for its status. ASP.NET's
    /// `ProblemDetails` states its status inside; for anything else the status is unknown here.
    pub(crate) fn from_undecodable(body: &[u8], error: &serde_json::Error) -> Self {
        #[derive(Deserialize)]
        struct Stated {
            status: u16,
        }
        let stated = serde_json::from_slice::<Stated>(body)
            .ok()
            .and_then(|stated| StatusCode::from_u16(stated.status).ok());
        match stated {
            Some(status) if !status.is_success() => Error::from_answer(status, body),
            _ => Error::Decode {
                status: None,
                reason: if body.is_empty() {
                    "an empty answer".to_string()
                } else {
                    format!("not the shape the API describes: {error}")
                },
            },
        }
    }

    pub(crate) fn transport(error: impl std::error::Error + Send + Sync + 'static) -> Self {
        Error::Transport(Box::new(error))
    }
}

/// The envelope as it comes with an error; every field optional so that anything ASF-shaped is
/// recognised.
#[derive(Deserialize)]
struct ErrorEnvelope {
    #[serde(rename = "Result", default)]
    result: Option<serde_json::Value>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
    #[serde(rename = "Success", default)]
    success: Option<bool>,
}

/// ASP.NET's validation answers (`ProblemDetails`) and empty bodies have no `Message`; this
/// makes one from what they do carry.
fn describe_foreign_body(status: StatusCode, body: &[u8]) -> String {
    #[derive(Deserialize)]
    struct Problem {
        title: Option<String>,
        #[serde(default)]
        errors: std::collections::BTreeMap<String, Vec<String>>,
    }
    if let Ok(problem) = serde_json::from_slice::<Problem>(body) {
        let details: Vec<String> = problem
            .errors
            .iter()
            .flat_map(|(field, texts)| texts.iter().map(move |t| format!("{field}: {t}")))
            .collect();
        let title = problem.title.unwrap_or_else(|| reason(status).to_string());
        return if details.is_empty() {
            title
        } else {
            format!("{title} {}", details.join("; "))
        };
    }
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        reason(status).to_string()
    } else {
        text.chars().take(500).collect()
    }
}

fn reason(status: StatusCode) -> &'static str {
    status.canonical_reason().unwrap_or("Error")
}

/// An error and its causes on one line (`reqwest` keeps the interesting part in the sources).
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_refusals_are_told_apart_by_status_and_permanent() {
        let body = |permanent: bool, code: u16| {
            format!(
                r#"{{"Result":{{"Permanent":{permanent},"StatusCode":{code}}},"Message":"Failed!","Success":false}}"#
            )
        };
        assert!(matches!(
            Error::from_answer(StatusCode::UNAUTHORIZED, body(true, 401).as_bytes()),
            Error::WrongPassword { message } if message == "Failed!"
        ));
        assert!(matches!(
            Error::from_answer(StatusCode::FORBIDDEN, body(false, 403).as_bytes()),
            Error::Banned { .. }
        ));
        assert!(matches!(
            Error::from_answer(StatusCode::FORBIDDEN, body(true, 403).as_bytes()),
            Error::NotAllowed { .. }
        ));
    }

    #[test]
    fn other_answers_keep_status_and_message() {
        let error = Error::from_answer(
            StatusCode::BAD_REQUEST,
            br#"{"Message":"Couldn't find any bot named x!","Success":false}"#,
        );
        assert_eq!(error.status(), Some(StatusCode::BAD_REQUEST));
        assert_eq!(error.message(), Some("Couldn't find any bot named x!"));
        let problem = Error::from_answer(
            StatusCode::BAD_REQUEST,
            br#"{"title":"One or more validation errors occurred.","status":400,"errors":{"Command":["The Command field is required."]}}"#,
        );
        assert_eq!(
            problem.message(),
            Some("One or more validation errors occurred. Command: The Command field is required.")
        );
        let empty = Error::from_answer(StatusCode::NOT_FOUND, b"");
        assert_eq!(empty.message(), Some("Not Found"));
        assert_eq!(empty.to_string(), "Not Found (HTTP 404 Not Found)");
    }
}

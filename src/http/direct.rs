//! The hot operations, answered by the front door itself.
//!
//! ASF-ui polls `GET /Api/ASF` and `GET /Api/Bot/{botNames}` every few seconds and scripts send
//! `POST /Api/Command` in loops. For these the hop to dropshot (a second HTTP exchange over
//! loopback) costs more than the work itself, so the front door calls the same handler
//! functions the dropshot endpoints call (`handlers::asf_info`, `bot_statuses`, `command`) and
//! serialises their results the same way. Only the plain, valid case is taken here: anything
//! the front door would have to second-guess (a body that does not parse, a path segment that
//! is not UTF-8) goes to dropshot as before, so every error keeps dropshot's exact answer.
//! `tests/direct.rs` checks that both paths give byte-identical responses.

use std::sync::Arc;

use bytes::Bytes;
use percent_encoding::percent_decode_str;
use serde::Serialize;

use crate::api::{AsfError, CommandRequest, GenericResponse};
use crate::core::Asf;
use crate::http::handlers;

/// What the front door should send, or `None` to hand the request to dropshot.
pub enum Answer {
    Ok(Bytes),
    Err(AsfError),
}

impl Answer {
    fn from<T: Serialize>(result: Result<GenericResponse<T>, AsfError>) -> Option<Self> {
        match result {
            Ok(value) => serde_json::to_vec(&value).ok().map(|b| Self::Ok(b.into())),
            Err(e) => Some(Self::Err(e)),
        }
    }
}

/// Answers `operation_id` for the canonical `path` and (already normalised) JSON `body`, when
/// it is one of the hot operations and the request is an ordinary one.
pub async fn answer(
    asf: &Arc<Asf>,
    operation_id: &str,
    path: &str,
    query: Option<&str>,
    body: Option<&[u8]>,
) -> Option<Answer> {
    if query.is_some_and(|q| !q.is_empty()) {
        return None;
    }
    match operation_id {
        "ASFGet" if body.is_none() => Answer::from(Ok(handlers::asf_info(asf))),
        "BotGet" if body.is_none() => {
            let encoded = path.strip_prefix("/Api/Bot/")?;
            if encoded.contains('/') {
                return None;
            }
            let selector = percent_decode_str(encoded).decode_utf8().ok()?;
            Answer::from(handlers::bot_statuses(asf, &selector))
        }
        "CommandPost" => {
            let request: CommandRequest = serde_json::from_slice(body?).ok()?;
            Answer::from(handlers::command(asf, request.command).await)
        }
        _ => None,
    }
}

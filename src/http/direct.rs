//! The hot operations, answered by the front door itself.
//!
//! ASF-ui polls `GET /Api/ASF` and `GET /Api/Bot/{botNames}` every few seconds and scripts send
//! `POST /Api/Command` in loops. `GET /Api/Storage/{key}` is answered here from the stored text
//! itself, shared, so a large value is never copied or serialised again to be read. For these the hop to dropshot (`front::loopback`, which
//! says what it costs) costs more than the work itself, so the front door calls the same handler
//! functions the dropshot endpoints call (`handlers::asf_info`, `bot_statuses`, `command`) and
//! serialises their results the same way. The operations are recognised by their IDs, resolved
//! from the document once at start-up, and their path values come from the route match. Only the plain, valid case is taken here: anything
//! the front door would have to second-guess (a body that does not parse, a path segment that
//! is not UTF-8) goes to dropshot as before, so every error keeps dropshot's exact answer.
//! `tests/direct.rs` checks that both paths give byte-identical responses.

use std::sync::Arc;

use bytes::Bytes;
use percent_encoding::percent_decode_str;
use serde::Serialize;

use crate::api::{AsfError, CommandRequest, GenericResponse, PlainResponse};
use crate::core::Asf;
use crate::core::bots::Selection;
use crate::core::json_text::escape_as_aspnet;
use crate::core::texts;
use crate::http::ServerStop;
use crate::http::handlers;
use crate::http::routes::{Operation, OperationId, RouteTable};

/// What the front door should send, or `None` to hand the request to dropshot.
pub(crate) enum Answer {
    Ok(Bytes),
    Err(AsfError),
    /// JSON already in ASP.NET's escaping, in shared pieces to be sent one after the other.
    Shared(Vec<Bytes>),
    /// JSON already in ASP.NET's escaping, made a piece at a time as the client reads it.
    Pieces(Box<dyn Iterator<Item = Bytes> + Send + Sync>),
}

/// About how large a piece of an answer made as the client reads is.
const PIECE: usize = 64 * 1024;

/// `GET /Api/Bot/{botNames}`'s answer as `GenericResponse` writes it, each bot's status taken
/// and serialised as the client reads its piece: with a thousand bots (1.7 MB) the first bytes
/// leave at once, and the answer is never whole in memory.
fn bot_statuses(bots: Selection) -> impl Iterator<Item = Bytes> + Send + Sync {
    let mut bots = bots.into_iter().peekable();
    let mut first = true;
    let mut ended = false;
    std::iter::from_fn(move || {
        if ended {
            return None;
        }
        let mut piece = Vec::with_capacity(PIECE + PIECE / 4);
        if first {
            piece.extend_from_slice(br#"{"Result":{"#);
        }
        while piece.len() < PIECE {
            let Some((name, bot)) = bots.next() else {
                piece.extend_from_slice(
                    format!(r#"}},"Message":"{}","Success":true}}"#, texts::OK).as_bytes(),
                );
                ended = true;
                break;
            };
            if !std::mem::take(&mut first) {
                piece.push(b',');
            }
            // Serialising into memory cannot fail.
            let _ = serde_json::to_writer(&mut piece, &name);
            piece.push(b':');
            let _ = serde_json::to_writer(&mut piece, &bot.status());
        }
        first = false;
        // A piece holds whole members, so it starts and ends outside any string.
        Some(escape_as_aspnet(&piece).map_or_else(|| Bytes::from(piece), Bytes::from))
    })
}

/// `GET /Api/Storage/{key}`'s answer around the stored JSON text (shared, already in ASP.NET's
/// escaping), as `GenericResponse` writes it: always a success, `null` for a key that holds
/// nothing.
fn stored(text: Option<Bytes>) -> Answer {
    Answer::Shared(vec![
        Bytes::from_static(br#"{"Result":"#),
        text.unwrap_or_else(|| Bytes::from_static(b"null")),
        Bytes::from(format!(r#","Message":"{}","Success":true}}"#, texts::OK)),
    ])
}

impl Answer {
    fn from<T: Serialize>(result: Result<GenericResponse<T>, AsfError>) -> Option<Self> {
        match result {
            Ok(value) => serde_json::to_vec(&value).ok().map(|b| Self::Ok(b.into())),
            Err(e) => Some(Self::Err(e)),
        }
    }
}

/// A hot operation the document does not have.
#[derive(Debug, thiserror::Error)]
#[error("openapi/asf.json: no operation {0}")]
pub struct MissingOperation(&'static str);

/// The hot operations' IDs, resolved from the document once, at start-up.
pub(crate) struct HotOperations {
    asf_get: OperationId,
    bot_get: OperationId,
    command_post: OperationId,
    storage_get: OperationId,
    storage_post: OperationId,
    /// Stored values being escaped and saved: one per core at a time, as large bodies are
    /// normalised, so a crowd of writers cannot fill the blocking pool.
    storage_turns: tokio::sync::Semaphore,
}

impl HotOperations {
    /// Finds the hot operations in `routes`; a document without one of them is refused.
    pub(crate) fn resolve(routes: &RouteTable) -> Result<Self, MissingOperation> {
        let id = |name: &'static str| routes.operation(name).ok_or(MissingOperation(name));
        Ok(Self {
            asf_get: id("ASFGet")?,
            bot_get: id("BotGet")?,
            command_post: id("CommandPost")?,
            storage_get: id("StorageGet")?,
            storage_post: id("StoragePost")?,
            storage_turns: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(1, usize::from),
            ),
        })
    }

    /// Answers `op` (its route having matched the canonical `path`) with the (already
    /// normalised) JSON `body`, when it is one of the hot operations and the request is an
    /// ordinary one.
    pub(crate) async fn answer(
        &self,
        asf: &Arc<Asf>,
        stop: &ServerStop,
        op: &Operation,
        path: &str,
        query: Option<&str>,
        body: Option<&[u8]>,
    ) -> Option<Answer> {
        if op.id == self.storage_post {
            // Answered here whatever the query: dropshot's body reader would read the numbers
            // as `f64` and lose the text `JsonElement` keeps.
            let key = percent_decode_str(op.path_value(path, 0)?)
                .decode_utf8()
                .ok()?
                .into_owned();
            // The body arrives as `json_text::element_text` wrote it; stored as answered.
            let body = Bytes::copy_from_slice(body?);
            let asf = asf.clone();
            // Escaping and saving cost time in proportion to the value: both off the async
            // workers, so other requests do not wait for them. A stop does not either: once
            // it is asked for, a value not yet being saved is given up and answered `Failed!`;
            // one already being saved is waited for, so the answer always tells what happened.
            let fate = Arc::new(SaveFate::default());
            let save_fate = fate.clone();
            let turns = &self.storage_turns;
            let saving = async move {
                let _turn = turns.acquire().await.ok()?;
                tokio::task::spawn_blocking(move || {
                    let text = escape_as_aspnet(&body).map_or(body, Bytes::from);
                    if !save_fate.begin() {
                        return Err(std::io::Error::other("the server is stopping"));
                    }
                    asf.database().set_text(&key, text)
                })
                .await
                .ok()
            };
            tokio::pin!(saving);
            let saved = tokio::select! {
                saved = &mut saving => matches!(saved, Some(Ok(()))),
                () = stop.asked() => !fate.give_up() && matches!(saving.await, Some(Ok(()))),
            };
            let answer = PlainResponse::from_success(saved);
            return serde_json::to_vec(&answer)
                .ok()
                .map(|b| Answer::Ok(b.into()));
        }
        if query.is_some_and(|q| !q.is_empty()) {
            return None;
        }
        if op.id == self.asf_get && body.is_none() {
            Answer::from(Ok(handlers::asf_info(asf)))
        } else if op.id == self.bot_get && body.is_none() {
            let selector = percent_decode_str(op.path_value(path, 0)?)
                .decode_utf8()
                .ok()?;
            Some(match handlers::selected_bots(asf, &selector) {
                Ok(bots) => Answer::Pieces(Box::new(bot_statuses(bots))),
                Err(e) => Answer::Err(e),
            })
        } else if op.id == self.storage_get && body.is_none() {
            let key = percent_decode_str(op.path_value(path, 0)?)
                .decode_utf8()
                .ok()?;
            Some(stored(asf.database().get(&key)))
        } else if op.id == self.command_post {
            let request: CommandRequest = serde_json::from_slice(body?).ok()?;
            Answer::from(handlers::command(asf, request.command).await)
        } else {
            None
        }
    }
}

/// Whether a stored value is saved or given up, decided once: the save begins only if the
/// stop has not given it up, and the stop gives up only a save not yet begun.
#[derive(Default)]
struct SaveFate(std::sync::atomic::AtomicU8);

impl SaveFate {
    const PENDING: u8 = 0;
    const SAVING: u8 = 1;
    const GIVEN_UP: u8 = 2;

    /// Claims the save; false when the stop gave it up first.
    fn begin(&self) -> bool {
        self.decide(Self::SAVING)
    }

    /// Gives the save up; false when it has begun (and must be waited for).
    fn give_up(&self) -> bool {
        self.decide(Self::GIVEN_UP)
    }

    fn decide(&self, fate: u8) -> bool {
        use std::sync::atomic::Ordering::{AcqRel, Acquire};
        self.0
            .compare_exchange(Self::PENDING, fate, AcqRel, Acquire)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::SaveFate;

    /// The stop and the save race for one decision: whichever comes first wins it, and the
    /// other learns so (a save begun is waited for; a save given up never begins).
    #[test]
    fn a_save_is_begun_or_given_up_never_both() {
        let begun = SaveFate::default();
        assert!(begun.begin());
        assert!(!begun.give_up(), "a save under way is waited for");
        let given_up = SaveFate::default();
        assert!(given_up.give_up());
        assert!(!given_up.begin(), "a save given up never begins");
        for _ in 0..200 {
            let fate = std::sync::Arc::new(SaveFate::default());
            let racer = fate.clone();
            let saving = std::thread::spawn(move || racer.begin());
            let gave_up = fate.give_up();
            let began = saving.join().expect("thread");
            assert!(began != gave_up, "exactly one decision");
        }
    }
}

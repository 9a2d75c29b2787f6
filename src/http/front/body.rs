//! Request bodies: the content-type rule, the size and rate limits, and normalisation into
//! the exact JSON dropshot reads.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use dropshot::ErrorStatusCode;
use http::header::{self, HeaderMap};
use http::{Response, StatusCode};
use http_body_util::BodyExt;
use hyper::body::Incoming;

use super::FrontState;
use super::response::{closing, empty, error};
use crate::core::ipc_config::DataRate;
use crate::http::body::ProxyBody;
use crate::http::routes::BodyRefusal;

/// Why the front door refuses a request's body. [`Refusal::answer`] is the one place that
/// says with which status and words.
#[derive(Debug)]
enum Refusal {
    /// `Content-Type` names no JSON.
    NotJson,
    /// A charset ASP.NET's JSON input does not read.
    Charset,
    /// Over the body limit, in bytes.
    TooLarge(u64),
    /// Slower than `MinRequestBodyDataRate`.
    TooSlow,
    /// The body's stream failed before its end.
    Broken,
    /// An odd length or an unpaired surrogate in a UTF-16 body.
    NotUtf16,
    /// Nothing but white space.
    Blank,
    /// The body, refused by the document's schema or as JSON.
    Body(BodyRefusal),
    /// The server is stopping and does not wait for the body.
    Stopping,
    /// A step on the blocking pool ended without an answer.
    Lost,
}

impl Refusal {
    /// The answer: ASF's envelope with ASP.NET's status and words, or Kestrel's.
    fn answer(self) -> Response<ProxyBody> {
        match self {
            Self::NotJson => error(
                ErrorStatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Unsupported Media Type: the request body must be sent as application/json.",
            ),
            Self::Charset => error(
                ErrorStatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Unsupported Media Type: the request body must be encoded as UTF-8 or UTF-16.",
            ),
            // Decided before or while the body is read; the connection closes so the rest of
            // the body is never read.
            Self::TooLarge(limit) => closing(error(
                ErrorStatusCode::PAYLOAD_TOO_LARGE,
                &format!("Request body is larger than the limit of {limit} bytes."),
            )),
            Self::TooSlow => closing(error(
                ErrorStatusCode::REQUEST_TIMEOUT,
                "The request body was sent too slowly.",
            )),
            Self::Broken => empty(StatusCode::BAD_REQUEST),
            Self::NotUtf16 => error(
                ErrorStatusCode::BAD_REQUEST,
                "The request body is not valid UTF-16.",
            ),
            // ASP.NET's message for an action whose body is missing or blank.
            Self::Blank => error(
                ErrorStatusCode::BAD_REQUEST,
                "A non-empty request body is required.",
            ),
            Self::Body(refusal) => error(ErrorStatusCode::BAD_REQUEST, &refusal.to_string()),
            Self::Stopping => error(
                ErrorStatusCode::SERVICE_UNAVAILABLE,
                crate::core::texts::FAILED,
            ),
            Self::Lost => error(
                ErrorStatusCode::INTERNAL_SERVER_ERROR,
                crate::core::texts::FAILED,
            ),
        }
    }
}

/// The JSON body of an operation that takes one, normalised by `schema`, or the answer that
/// refuses it. ASF's actions read their body as JSON and nothing else, and never go without
/// one.
pub(super) async fn read_json(
    state: &Arc<FrontState>,
    headers: &HeaderMap,
    body: Incoming,
    schema: &Arc<serde_json::Value>,
) -> Result<Bytes, Response<ProxyBody>> {
    json_body(state, headers, body, schema)
        .await
        .map_err(Refusal::answer)
}

async fn json_body(
    state: &Arc<FrontState>,
    headers: &HeaderMap,
    body: Incoming,
    schema: &Arc<serde_json::Value>,
) -> Result<Bytes, Refusal> {
    if !is_json(headers) {
        return Err(Refusal::NotJson);
    }
    let charset = declared_charset(headers).ok_or(Refusal::Charset)?;
    let reading = read_body(
        body,
        declared_length(headers),
        state.limits.body_limit(),
        state.limits.min_request_body_data_rate,
    );
    // A stopping server does not wait for a body still on its way.
    let collected = tokio::select! {
        read = reading => read?,
        () = state.stop.asked() => return Err(Refusal::Stopping),
    };
    let collected = match charset {
        Charset::Utf8 => collected,
        Charset::Utf16 => transcode(state, collected).await?,
    };
    // System.Text.Json reads a UTF-8 byte order mark before the value as nothing.
    let collected = match collected.strip_prefix(UTF8_BOM) {
        Some(rest) => collected.slice(collected.len() - rest.len()..),
        None => collected,
    };
    if collected.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::Blank);
    }
    normalize_body(state, schema, collected)
        .await
        .map(Bytes::from)
}

/// 413 at once when the declared length is over the limit, before anything is read.
pub(super) fn check_declared_length(
    state: &FrontState,
    headers: &HeaderMap,
) -> Result<(), Response<ProxyBody>> {
    let limit = state.limits.body_limit();
    match declared_length(headers) {
        Some(len) if len > limit => Err(Refusal::TooLarge(limit).answer()),
        _ => Ok(()),
    }
}

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

/// `application/json`, `text/json` or `application/…+json`, as ASP.NET's JSON input reads.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(ct) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mime = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "application/json"
        || mime == "text/json"
        || (mime.starts_with("application/") && mime.ends_with("+json"))
}

/// The encodings ASP.NET's JSON input formatter reads: UTF-8 and UTF-16 (little-endian, its
/// `Encoding.Unicode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Charset {
    Utf8,
    Utf16,
}

/// The body's encoding as `Content-Type` declares it: UTF-8 without a `charset`, `None` for a
/// charset the formatter does not read (a `415`, as in ASP.NET, which never guesses another).
/// Names are matched as .NET's `Encoding.GetEncoding` knows them, in any case, quoted or not;
/// `utf-16be` is .NET's big-endian encoding, which the formatter does not read.
fn declared_charset(headers: &HeaderMap) -> Option<Charset> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()))
        .unwrap_or_default();
    let charset = content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_ascii_lowercase())
    });
    match charset.as_deref() {
        None => Some(Charset::Utf8),
        Some(
            "utf-8"
            | "unicode-1-1-utf-8"
            | "unicode-2-0-utf-8"
            | "x-unicode-1-1-utf-8"
            | "x-unicode-2-0-utf-8",
        ) => Some(Charset::Utf8),
        Some("utf-16" | "utf-16le" | "unicode" | "ucs-2" | "iso-10646-ucs-2" | "csunicode") => {
            Some(Charset::Utf16)
        }
        Some(_) => None,
    }
}

/// A UTF-16 (little-endian) body as UTF-8, its byte order mark dropped; large bodies on the
/// blocking pool, as normalising them is.
async fn transcode(state: &Arc<FrontState>, body: Bytes) -> Result<Bytes, Refusal> {
    if body.len() <= INLINE_NORMALIZE_LIMIT {
        return utf16_to_utf8(&body);
    }
    off_the_workers(state, move || utf16_to_utf8(&body)).await
}

/// Runs `work` on the blocking pool, one per core at a time. A stopping server does not wait
/// for it: the request is refused at once and the work's result is dropped.
async fn off_the_workers<T: Send + 'static>(
    state: &Arc<FrontState>,
    work: impl FnOnce() -> Result<T, Refusal> + Send + 'static,
) -> Result<T, Refusal> {
    let run = async {
        let Ok(_turn) = state.normalizers.acquire().await else {
            return Err(Refusal::Lost);
        };
        tokio::task::spawn_blocking(work)
            .await
            .unwrap_or(Err(Refusal::Lost))
    };
    tokio::select! {
        result = run => result,
        () = state.stop.asked() => Err(Refusal::Stopping),
    }
}

/// UTF-16LE to UTF-8 in one pass; an odd length or an unpaired surrogate is bad input.
fn utf16_to_utf8(body: &[u8]) -> Result<Bytes, Refusal> {
    let body = body.strip_prefix(b"\xFF\xFE").unwrap_or(body);
    if !body.len().is_multiple_of(2) {
        return Err(Refusal::NotUtf16);
    }
    let units = body
        .chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    for c in char::decode_utf16(units) {
        text.push(c.map_err(|_| Refusal::NotUtf16)?);
    }
    Ok(Bytes::from(text))
}

/// Bodies up to this size are normalised in place; larger ones on the blocking pool, so no
/// body keeps the async workers from other requests (`/HealthCheck` among them).
const INLINE_NORMALIZE_LIMIT: usize = 64 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

async fn normalize_body(
    state: &Arc<FrontState>,
    schema: &Arc<serde_json::Value>,
    body: Bytes,
) -> Result<Vec<u8>, Refusal> {
    if body.len() <= INLINE_NORMALIZE_LIMIT {
        return state
            .routes
            .normalize_body(schema, &body)
            .map_err(Refusal::Body);
    }
    let (owned, schema) = (state.clone(), schema.clone());
    off_the_workers(state, move || {
        owned
            .routes
            .normalize_body(&schema, &body)
            .map_err(Refusal::Body)
    })
    .await
}

/// Reads a whole request body of at most `limit` bytes. With a minimum rate, the bytes must
/// keep up with it once the grace period is over: by time `t`, at least
/// `(t - grace) * rate` bytes must have arrived.
async fn read_body(
    mut body: Incoming,
    declared: Option<u64>,
    limit: u64,
    rate: Option<DataRate>,
) -> Result<Bytes, Refusal> {
    let started = tokio::time::Instant::now();
    // The declared length (already checked against the limit) is reserved at once, so the
    // buffer never doubles past the body.
    let reserve = declared.unwrap_or(0).min(limit).min(64 << 20);
    let mut collected = bytes::BytesMut::with_capacity(usize::try_from(reserve).unwrap_or(0));
    loop {
        let next = body.frame();
        let frame = match rate {
            Some(rate) => {
                // A rate so low that no duration holds the time is no limit at all.
                let allowed = rate.grace_period.saturating_add(
                    Duration::try_from_secs_f64(collected.len() as f64 / rate.bytes_per_second)
                        .unwrap_or(Duration::MAX),
                );
                match started.checked_add(allowed) {
                    Some(deadline) => match tokio::time::timeout_at(deadline, next).await {
                        Ok(frame) => frame,
                        Err(_) => return Err(Refusal::TooSlow),
                    },
                    None => next.await,
                }
            }
            None => next.await,
        };
        match frame {
            None => return Ok(collected.freeze()),
            Some(Err(_)) => return Err(Refusal::Broken),
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    if collected.len() as u64 + data.len() as u64 > limit {
                        return Err(Refusal::TooLarge(limit));
                    }
                    collected.extend_from_slice(&data);
                }
            }
        }
    }
}

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
use super::response::{empty, error, too_large, too_slow};
use crate::core::ipc_config::DataRate;
use crate::http::body::ProxyBody;

/// The JSON body of an operation that takes one, normalised by `schema`, or the answer that
/// refuses it. ASF's actions read their body as JSON and nothing else, and never go without
/// one.
pub(super) async fn read_json(
    state: &Arc<FrontState>,
    headers: &HeaderMap,
    body: Incoming,
    schema: &Arc<serde_json::Value>,
) -> Result<Bytes, Response<ProxyBody>> {
    if !is_json(headers) {
        return Err(error(
            ErrorStatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type: the request body must be sent as application/json.",
        ));
    }
    let Some(charset) = declared_charset(headers) else {
        return Err(error(
            ErrorStatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type: the request body must be encoded as UTF-8 or UTF-16.",
        ));
    };
    let limit = state.limits.body_limit();
    let reading = read_body(
        body,
        declared_length(headers),
        limit,
        state.limits.min_request_body_data_rate,
    );
    // A stopping server does not wait for a body still on its way.
    let collected = tokio::select! {
        read = reading => read,
        () = stopping(state) => return Err(error(
            ErrorStatusCode::SERVICE_UNAVAILABLE,
            crate::core::texts::FAILED,
        )),
    }
    .map_err(|e| match e {
        BodyError::TooLarge => too_large(limit),
        BodyError::TooSlow => too_slow(),
        BodyError::Broken => empty(StatusCode::BAD_REQUEST),
    })?;
    let collected = match charset {
        Charset::Utf8 => collected,
        Charset::Utf16 => transcode(state, collected)
            .await
            .map_err(|e| error(ErrorStatusCode::BAD_REQUEST, &e))?,
    };
    // System.Text.Json reads a UTF-8 byte order mark before the value as nothing.
    let collected = match collected.strip_prefix(UTF8_BOM) {
        Some(rest) => collected.slice(collected.len() - rest.len()..),
        None => collected,
    };
    if collected.iter().all(u8::is_ascii_whitespace) {
        return Err(error(ErrorStatusCode::BAD_REQUEST, REQUIRED_BODY));
    }
    match normalize_body(state, schema, collected).await {
        Ok(bytes) => Ok(Bytes::from(bytes)),
        Err(e) => Err(error(ErrorStatusCode::BAD_REQUEST, &e)),
    }
}

/// 413 at once when the declared length is over the limit, before anything is read.
pub(super) fn check_declared_length(
    state: &FrontState,
    headers: &HeaderMap,
) -> Result<(), Response<ProxyBody>> {
    let limit = state.limits.body_limit();
    match declared_length(headers) {
        Some(len) if len > limit => Err(too_large(limit)),
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
async fn transcode(state: &Arc<FrontState>, body: Bytes) -> Result<Bytes, String> {
    if body.len() <= INLINE_NORMALIZE_LIMIT {
        return utf16_to_utf8(&body);
    }
    off_the_workers(state, move || utf16_to_utf8(&body)).await
}

/// Runs `work` on the blocking pool, one per core at a time. A stopping server does not wait
/// for it: the request is answered `Failed!` at once and the work's result is dropped.
async fn off_the_workers<T: Send + 'static>(
    state: &Arc<FrontState>,
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let failed = || Err(crate::core::texts::FAILED.to_string());
    let run = async {
        let Ok(_turn) = state.normalizers.acquire().await else {
            return failed();
        };
        tokio::task::spawn_blocking(work)
            .await
            .unwrap_or_else(|_| failed())
    };
    tokio::select! {
        result = run => result,
        () = stopping(state) => failed(),
    }
}

/// Resolves once the server is asked to stop (from the call on).
async fn stopping(state: &FrontState) {
    let mut stops = state.asf.ipc_stop_watcher();
    stops.mark_unchanged();
    if stops.changed().await.is_err() {
        // The process is ending: nothing will ever be signalled.
        std::future::pending::<()>().await;
    }
}

/// UTF-16LE to UTF-8 in one pass; an odd length or an unpaired surrogate is bad input.
fn utf16_to_utf8(body: &[u8]) -> Result<Bytes, String> {
    const INVALID: &str = "The request body is not valid UTF-16.";
    let body = body.strip_prefix(b"\xFF\xFE").unwrap_or(body);
    if !body.len().is_multiple_of(2) {
        return Err(INVALID.to_string());
    }
    let units = body
        .chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    for c in char::decode_utf16(units) {
        text.push(c.map_err(|_| INVALID.to_string())?);
    }
    Ok(Bytes::from(text))
}

/// Bodies up to this size are normalised in place; larger ones on the blocking pool, so no
/// body keeps the async workers from other requests (`/HealthCheck` among them).
const INLINE_NORMALIZE_LIMIT: usize = 64 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// ASP.NET's message for an action whose body is missing or blank.
const REQUIRED_BODY: &str = "A non-empty request body is required.";

async fn normalize_body(
    state: &Arc<FrontState>,
    schema: &Arc<serde_json::Value>,
    body: Bytes,
) -> Result<Vec<u8>, String> {
    if body.len() <= INLINE_NORMALIZE_LIMIT {
        return state.routes.normalize_body(schema, &body);
    }
    let (owned, schema) = (state.clone(), schema.clone());
    off_the_workers(state, move || owned.routes.normalize_body(&schema, &body)).await
}

enum BodyError {
    TooLarge,
    TooSlow,
    Broken,
}

/// Reads a whole request body of at most `limit` bytes. With a minimum rate, the bytes must
/// keep up with it once the grace period is over: by time `t`, at least
/// `(t - grace) * rate` bytes must have arrived.
async fn read_body(
    mut body: Incoming,
    declared: Option<u64>,
    limit: u64,
    rate: Option<DataRate>,
) -> Result<Bytes, BodyError> {
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
                        Err(_) => return Err(BodyError::TooSlow),
                    },
                    None => next.await,
                }
            }
            None => next.await,
        };
        match frame {
            None => return Ok(collected.freeze()),
            Some(Err(_)) => return Err(BodyError::Broken),
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    if collected.len() as u64 + data.len() as u64 > limit {
                        return Err(BodyError::TooLarge);
                    }
                    collected.extend_from_slice(&data);
                }
            }
        }
    }
}

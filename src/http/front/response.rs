//! The answers the front door builds itself: empty statuses, JSON, and ASF's error envelope
//! (always from an [`AsfError`], so there is one way to write it).

use bytes::Bytes;
use dropshot::ErrorStatusCode;
use http::header::{self, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;

use crate::api::AsfError;
use crate::core::json_text::{self, escape_as_aspnet};
use crate::http::body::{BoxError, ProxyBody};
pub(super) use crate::http::body::{empty, empty_body, full};

pub(super) const JSON_UTF8: &str = "application/json; charset=utf-8";

/// An answer of the API: ASF's content type, its characters written as ASP.NET writes them.
pub(crate) fn json_response(status: StatusCode, body: Bytes) -> Response<ProxyBody> {
    let mut response = verbatim_json(status, Bytes::new());
    *response.body_mut() = as_aspnet_writes(response.headers_mut(), body);
    response
}

/// Answers up to this size are escaped whole; larger ones a piece of this size at a time.
const ESCAPE_PIECE: usize = 64 * 1024;

/// `json` as the body of an answer, its characters written as ASP.NET writes them, with
/// `Content-Length` in `headers` set to match. A large answer that needs escaping is escaped
/// as the client reads it and goes without a length: a client that stops reading then holds
/// no escaped copy (up to six bytes for each byte of the answer), only the answer itself.
pub(super) fn as_aspnet_writes(headers: &mut http::HeaderMap, json: Bytes) -> ProxyBody {
    let whole = if json.len() <= ESCAPE_PIECE {
        Some(escape_as_aspnet(&json).map_or(json.clone(), Bytes::from))
    } else {
        (!json_text::needs_escaping(&json)).then(|| json.clone())
    };
    if let Some(json) = whole {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(json.len()));
        return full(json);
    }
    headers.remove(header::CONTENT_LENGTH);
    let mut at = Some(json_text::Position::default());
    let pieces = std::iter::from_fn(move || {
        let position = at?;
        let mut piece = Vec::with_capacity(ESCAPE_PIECE + 16);
        at = json_text::escape_part(&json, position, &mut piece, ESCAPE_PIECE);
        Some(Ok::<_, BoxError>(Frame::data(Bytes::from(piece))))
    });
    StreamBody::new(futures::stream::iter(pieces)).boxed()
}

/// A JSON answer made of `pieces` already written as ASP.NET writes JSON (a stored value
/// inside its envelope), with its length. It is sent a slice of at most [`ESCAPE_PIECE`] bytes
/// at a time, each a reference into the pieces: never copied, so a client that stops reading
/// holds only a share of text that is kept anyway.
pub(super) fn shared_json(pieces: Vec<Bytes>) -> Response<ProxyBody> {
    let length: usize = pieces.iter().map(Bytes::len).sum();
    let slices = pieces.into_iter().flat_map(|piece| {
        (0..piece.len()).step_by(ESCAPE_PIECE).map(move |at| {
            let slice = piece.slice(at..piece.len().min(at + ESCAPE_PIECE));
            Ok::<_, BoxError>(Frame::data(slice))
        })
    });
    let mut response = verbatim_json(StatusCode::OK, Bytes::new());
    *response.body_mut() = StreamBody::new(futures::stream::iter(slices)).boxed();
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

/// A JSON answer already written as ASP.NET writes JSON, made a piece at a time by `pieces` as
/// the client reads it. An answer of one piece is sent whole, with its length.
pub(super) fn json_pieces(
    mut pieces: Box<dyn Iterator<Item = Bytes> + Send + Sync>,
) -> Response<ProxyBody> {
    let first = pieces.next().unwrap_or_default();
    let Some(second) = pieces.next() else {
        let mut response = verbatim_json(StatusCode::OK, Bytes::new());
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(first.len()));
        *response.body_mut() = full(first);
        return response;
    };
    let all = [first, second]
        .into_iter()
        .chain(pieces)
        .map(|piece| Ok::<_, BoxError>(Frame::data(piece)));
    let mut response = verbatim_json(StatusCode::OK, Bytes::new());
    *response.body_mut() = StreamBody::new(futures::stream::iter(all)).boxed();
    response
}

/// A JSON response with ASF's content type, its body as it is.
pub(super) fn verbatim_json(status: StatusCode, body: Bytes) -> Response<ProxyBody> {
    let mut response = Response::new(full(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    response
}

/// An error in ASF's envelope.
pub(crate) fn error(status: ErrorStatusCode, message: &str) -> Response<ProxyBody> {
    envelope_error(&AsfError::new(status, message))
}

/// An [`AsfError`] as its response.
pub(super) fn envelope_error(error: &AsfError) -> Response<ProxyBody> {
    let status =
        StatusCode::from_u16(error.status().as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let bytes = serde_json::to_vec(error).unwrap_or_default();
    json_response(status, Bytes::from(bytes))
}

/// `response`, with the connection closed after it (the rest of the request is never read).
pub(super) fn closing(mut response: Response<ProxyBody>) -> Response<ProxyBody> {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

//! Response compression as ASF enables it (`AddResponseCompression` with `EnableForHttps`):
//! Brotli and gzip at their fastest levels, over HTTP and HTTPS, for the types ASP.NET's
//! defaults list, chosen from `Accept-Encoding` as ASP.NET chooses.
//!
//! The answer is compressed as it is taken: a piece at a time, so an answer costs the
//! encoder's state and one piece, never the whole body, and the client's reading pace still
//! drives `MinResponseDataRate` (metered on the compressed bytes, what the client takes).

use std::io;

use async_compression::Level;
use async_compression::tokio::bufread::{BrotliEncoder, GzipEncoder};
use futures::TryStreamExt;
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, Response, StatusCode};
use http_body_util::{BodyDataStream, BodyExt, StreamBody};
use hyper::body::{Body, Frame};
use tokio::io::AsyncRead;
use tokio_util::io::{ReaderStream, StreamReader};

use crate::http::body::{BoxError, ProxyBody};

/// ASP.NET's `ResponseCompressionDefaults.MimeTypes`: the types worth compressing.
const COMPRESSIBLE: &[&str] = &[
    "text/plain",
    "text/css",
    "application/javascript",
    "text/javascript",
    "text/html",
    "application/xml",
    "text/xml",
    "application/json",
    "text/json",
    "application/wasm",
];

/// Bytes of compressed answer handed on at a time.
const PIECE: usize = 16 * 1024;

/// The encodings offered, in ASP.NET's order of preference on equal quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    fn name(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }
}

/// What a request asks of the answer's encoding, read before the request is handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Wanted {
    /// No `Accept-Encoding` (or a `HEAD`, which has no body): the answer is left as it is.
    Nothing,
    /// `Accept-Encoding` names nothing this server offers (or prefers `identity`): a
    /// compressible answer only gets `Vary: Accept-Encoding`.
    Identity,
    Encoded(Coding),
}

/// What `Accept-Encoding` asks for, as ASP.NET's `ResponseCompressionProvider` picks: the
/// highest quality wins, Brotli before gzip on a tie, `*` standing for both, `q=0` refusing.
pub(super) fn wanted(method: &Method, headers: &HeaderMap) -> Wanted {
    if method == Method::HEAD {
        return Wanted::Nothing;
    }
    let mut lines = headers.get_all(header::ACCEPT_ENCODING).iter().peekable();
    if lines.peek().is_none() {
        return Wanted::Nothing;
    }
    // (quality, rank): rank 0 and 1 are the codings, 2 is identity.
    let mut best: Option<(f32, u8)> = None;
    let mut consider = |quality: f32, rank: u8| {
        let better = match best {
            None => true,
            Some((q, r)) => quality > q || (quality == q && rank < r),
        };
        if quality > 0.0 && better {
            best = Some((quality, rank));
        }
    };
    for line in lines {
        let text = String::from_utf8_lossy(line.as_bytes());
        for entry in text.split(',') {
            let mut parts = entry.split(';');
            let name = parts.next().unwrap_or("").trim();
            let quality = parts
                .find_map(|p| {
                    let (key, value) = p.split_once('=')?;
                    key.trim()
                        .eq_ignore_ascii_case("q")
                        .then(|| value.trim().parse::<f32>().ok())
                        .flatten()
                })
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case("br") {
                consider(quality, 0);
            } else if name.eq_ignore_ascii_case("gzip") {
                consider(quality, 1);
            } else if name == "*" {
                consider(quality, 0);
                consider(quality, 1);
            } else if name.eq_ignore_ascii_case("identity") {
                consider(quality, 2);
            }
        }
    }
    match best {
        Some((_, 0)) => Wanted::Encoded(Coding::Brotli),
        Some((_, 1)) => Wanted::Encoded(Coding::Gzip),
        _ => Wanted::Identity,
    }
}

/// `response` as the client asked for it: compressed when its type is compressible and it is
/// not already encoded, partial, empty or a protocol switch.
pub(super) fn compress(wanted: Wanted, response: Response<ProxyBody>) -> Response<ProxyBody> {
    if wanted == Wanted::Nothing || !compressible(&response) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let vary = parts.headers.get_all(header::VARY).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .any(|t| t.trim().eq_ignore_ascii_case("accept-encoding"))
        })
    });
    if !vary {
        parts
            .headers
            .append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    let Wanted::Encoded(coding) = wanted else {
        return Response::from_parts(parts, body);
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static(coding.name()),
    );
    Response::from_parts(parts, encoded(body, coding))
}

/// ASP.NET's `ShouldCompressResponse`, and an answer with a body at all (ASP.NET decides at
/// the first write, which an empty answer never makes).
fn compressible(response: &Response<ProxyBody>) -> bool {
    let headers = response.headers();
    if response.status() == StatusCode::SWITCHING_PROTOCOLS
        || response.status() == StatusCode::NO_CONTENT
        || response.status() == StatusCode::NOT_MODIFIED
        || response.body().size_hint().exact() == Some(0)
        || headers.contains_key(header::CONTENT_RANGE)
        || headers.contains_key(header::CONTENT_ENCODING)
    {
        return false;
    }
    let Some(content_type) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mime = content_type.split(';').next().unwrap_or("").trim();
    COMPRESSIBLE.iter().any(|m| m.eq_ignore_ascii_case(mime))
}

/// `body` compressed with `coding`, as a stream that compresses as it is read.
fn encoded(body: ProxyBody, coding: Coding) -> ProxyBody {
    let reader = StreamReader::new(BodyDataStream::new(body).map_err(io::Error::other));
    match coding {
        Coding::Brotli => streamed(BrotliEncoder::with_quality(reader, Level::Precise(1))),
        Coding::Gzip => streamed(GzipEncoder::with_quality(reader, Level::Fastest)),
    }
}

fn streamed(reader: impl AsyncRead + Send + Sync + 'static) -> ProxyBody {
    let frames = ReaderStream::with_capacity(reader, PIECE)
        .map_ok(Frame::data)
        .map_err(BoxError::from);
    StreamBody::new(frames).boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(value: &'static str) -> Wanted {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
        wanted(&Method::GET, &headers)
    }

    #[test]
    fn accept_encoding_is_read_as_asp_net_reads_it() {
        assert_eq!(wanted(&Method::GET, &HeaderMap::new()), Wanted::Nothing);
        assert_eq!(asked("gzip, deflate, br"), Wanted::Encoded(Coding::Brotli));
        assert_eq!(asked("gzip"), Wanted::Encoded(Coding::Gzip));
        assert_eq!(asked("br;q=0.5, gzip"), Wanted::Encoded(Coding::Gzip));
        assert_eq!(asked("*"), Wanted::Encoded(Coding::Brotli));
        assert_eq!(asked("br;q=0, gzip;q=0"), Wanted::Identity);
        assert_eq!(asked("identity"), Wanted::Identity);
        assert_eq!(asked("deflate"), Wanted::Identity);
        assert_eq!(asked("identity, gzip;q=0.5"), Wanted::Identity);
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        assert_eq!(wanted(&Method::HEAD, &headers), Wanted::Nothing);
    }

    /// Reading `Accept-Encoding` costs in proportion to its length: ten times the entries,
    /// about ten times the time.
    #[test]
    fn reading_accept_encoding_costs_in_proportion_to_its_length() {
        let headers = |entries: usize| {
            let mut value = "x;q=0.5, ".repeat(entries);
            value.push_str("gzip;q=0.9");
            let mut headers = HeaderMap::new();
            headers.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_str(&value).expect("value"),
            );
            headers
        };
        let read = |headers: &HeaderMap| {
            let got = wanted(&Method::GET, std::hint::black_box(headers));
            assert_eq!(got, Wanted::Encoded(Coding::Gzip));
        };
        let (small, large) = (headers(300), headers(3_000));
        let ratio = crate::core::cost::ratio(|| read(&small), || read(&large));
        assert!(ratio < 30.0, "10x the entries took {ratio:.1}x as long");
    }
}

//! Dispatch: an admitted, routed `/Api` request is answered by dropshot. The hot operations
//! are answered in-process (`http::direct`, the same handler functions); every other request
//! is forwarded to the backend with its token, and the backend's answer is relayed.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use dropshot::ErrorStatusCode;
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, Request, Response, StatusCode, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioIo;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::response::{
    JSON_UTF8, as_aspnet_writes, empty, envelope_error, error, json_pieces, json_response,
    shared_json,
};
use super::{FrontState, body};
use crate::api::PASSWORD_HEADER;
use crate::http::backend::TOKEN_HEADER;
use crate::http::body::{BoxError, ProxyBody};
use crate::http::direct;
use crate::http::routes::{Operation, Unbindable};

/// Headers that describe one connection and must not be forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Answers `req`, routed to `op` with the canonical path `canonical`.
pub(super) async fn dispatch(
    state: &Arc<FrontState>,
    req: Request<Incoming>,
    canonical: String,
    op: &Operation,
) -> Response<ProxyBody> {
    // Hot operations without a body are answered before any proxying work is done.
    if op.body.is_none()
        && let Some(answer) = state
            .hot
            .answer(&state.asf, op, &canonical, req.uri().query(), None)
            .await
    {
        return direct_response(answer);
    }
    let uri = match backend_uri(state, op, &canonical, req.uri().query()) {
        Ok(uri) => uri,
        Err(response) => return response,
    };
    let handshake = op.websocket.then(|| websocket_handshake(&req)).flatten();
    if op.websocket && handshake.is_none() {
        // ASF's websocket action runs for any method and refuses anything but a handshake.
        return error(
            ErrorStatusCode::BAD_REQUEST,
            "Failed due to error: IsWebSocketRequest: False",
        );
    }
    let mut req = req;
    let client_upgrade = handshake.map(|_| hyper::upgrade::on(&mut req));
    let (mut parts, body) = req.into_parts();
    parts.uri = uri;
    prepare_head(state, &mut parts, handshake);
    let body: ProxyBody = match &op.body {
        Some(schema) => {
            let json = match body::read_json(state, &parts.headers, body, schema).await {
                Ok(json) => json,
                Err(response) => return response,
            };
            if let Some(answer) = state
                .hot
                .answer(
                    &state.asf,
                    op,
                    parts.uri.path(),
                    parts.uri.query(),
                    Some(&json),
                )
                .await
            {
                return direct_response(answer);
            }
            as_json_body(&mut parts.headers, json)
        }
        None => body.map_err(BoxError::from).boxed(),
    };
    let request = Request::from_parts(parts, body);
    match forward(state, request, client_upgrade.is_some()).await {
        Ok(response) => relay(response, client_upgrade, handshake).await,
        Err(refused) => refused,
    }
}

/// Sends `request` to the backend: a websocket handshake (`upgrading`) or a head too large for
/// HTTP/2 over HTTP/1.1, anything else over the shared HTTP/2 links. A backend that cannot be
/// reached is logged and answered `Failed!`.
async fn forward(
    state: &FrontState,
    request: Request<ProxyBody>,
    upgrading: bool,
) -> Result<Response<Incoming>, Response<ProxyBody>> {
    let unavailable = || {
        error(
            ErrorStatusCode::SERVICE_UNAVAILABLE,
            crate::core::texts::FAILED,
        )
    };
    let answered = if upgrading {
        state.http1.request(request).await
    } else if fits_http2(request.headers(), request.uri(), request.method()) {
        let (client, stream) = state.backend_links.take().await.ok_or_else(unavailable)?;
        let answered = client.request(request).await;
        drop(stream);
        answered
    } else {
        let _link = state
            .http1_links
            .acquire()
            .await
            .map_err(|_| unavailable())?;
        state.http1.request(request).await
    };
    answered.map_err(|e| {
        slog::error!(state.asf.log(), "HandleRequest() {e}");
        error(ErrorStatusCode::BAD_GATEWAY, crate::core::texts::FAILED)
    })
}

/// How many requests may wait on one multiplexed backend connection at once. dropshot's
/// HTTP/2 server runs at most 200 streams per connection and queues the rest, so slow handlers
/// (confirmations that wait, redemptions paced by the gifts limiter) filling one connection
/// must not hold up every other request: past the budget a request takes the next connection.
const STREAMS_PER_LINK: usize = 128;

/// How many multiplexed connections to the backend there may be. Past all of their streams,
/// requests wait for one to free up: a crowd of slow requests costs a bounded number of
/// descriptors (two per connection, both ends being this process), not two per request.
const MULTIPLEXED_LINKS: usize = 8;

/// The multiplexed connections to the backend and the streams in use on each. A connection is
/// opened when a request first needs it and closed when idle (the client's pool timeout).
pub(super) struct BackendLinks {
    links: Vec<(Client<HttpConnector, ProxyBody>, Arc<AtomicUsize>)>,
    /// One permit per stream of all the links together; a request waits here when all are
    /// in use.
    streams: Arc<Semaphore>,
}

/// One stream of a link, given back when dropped (also when the client goes away).
pub(super) struct Stream {
    link: Arc<AtomicUsize>,
    _permit: OwnedSemaphorePermit,
}

impl BackendLinks {
    /// Links made by `client`, which must give each of its clones' pools its own connection
    /// (each link is a separate client).
    pub(super) fn new(client: impl Fn() -> Client<HttpConnector, ProxyBody>) -> Self {
        Self {
            links: (0..MULTIPLEXED_LINKS)
                .map(|_| (client(), Arc::default()))
                .collect(),
            streams: Arc::new(Semaphore::new(MULTIPLEXED_LINKS * STREAMS_PER_LINK)),
        }
    }

    /// A stream on the first link with room (so light traffic uses one connection), waiting
    /// while every link is full; `None` only if the links are gone.
    pub(super) async fn take(&self) -> Option<(&Client<HttpConnector, ProxyBody>, Stream)> {
        let permit = self.streams.clone().acquire_owned().await.ok()?;
        // The permit guarantees that some link has room; taking it can only race with other
        // holders of permits, each of which also finds one.
        loop {
            for (client, used) in &self.links {
                if used
                    .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                        (n < STREAMS_PER_LINK).then_some(n + 1)
                    })
                    .is_ok()
                {
                    let stream = Stream {
                        link: used.clone(),
                        _permit: permit,
                    };
                    return Some((client, stream));
                }
            }
            tokio::task::yield_now().await;
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.link.fetch_sub(1, Ordering::AcqRel);
    }
}

/// How many requests may use HTTP/1.1 links to the backend at once (heads too large for its
/// HTTP/2 header list; websocket handshakes, which become long-lived tunnels, are not counted).
pub(super) const HTTP1_LINKS: usize = 32;

/// The backend's URI for the request: the canonical path and the query with its keys in
/// declared case (and without `password`).
fn backend_uri(
    state: &FrontState,
    op: &Operation,
    canonical: &str,
    query: Option<&str>,
) -> Result<Uri, Response<ProxyBody>> {
    // A value ASP.NET's binders refuse is refused here, in their words.
    let refused = |value: Unbindable| error(ErrorStatusCode::BAD_REQUEST, &value.to_string());
    let canonical = state.routes.bind_path(op, canonical).map_err(refused)?;
    let query = query
        .map(|q| state.routes.normalize_query(op, q))
        .transpose()
        .map_err(refused)?
        .filter(|q| !q.is_empty());
    let path_and_query = match query {
        Some(q) => format!("{canonical}?{q}"),
        None => canonical.into_owned(),
    };
    Uri::builder()
        .scheme("http")
        .authority(state.backend_authority.clone())
        .path_and_query(path_and_query)
        .build()
        .map_err(|_| error(ErrorStatusCode::BAD_REQUEST, "The request path is invalid."))
}

/// The head as the backend must see it: HTTP/1.1, no hop-by-hop headers (unless it is a
/// websocket upgrade), an HTTP/2 websocket turned into the HTTP/1.1 handshake, the token in,
/// the password out.
fn prepare_head(
    state: &FrontState,
    parts: &mut http::request::Parts,
    handshake: Option<Handshake>,
) {
    parts.version = http::Version::HTTP_11;
    if handshake.is_none() {
        strip_hop_by_hop(&mut parts.headers);
    }
    if handshake == Some(Handshake::Http2) {
        // The backend speaks HTTP/1.1 websockets: the HTTP/2 tunnel reaches it as the
        // equivalent upgrade, and its 101 goes back to the client as RFC 8441's 200.
        parts.method = Method::GET;
        let key = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            rand::random::<[u8; 16]>(),
        );
        let headers = &mut parts.headers;
        headers.insert(header::CONNECTION, HeaderValue::from_static("Upgrade"));
        headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
        headers.insert(
            header::SEC_WEBSOCKET_VERSION,
            HeaderValue::from_static("13"),
        );
        if let Ok(key) = HeaderValue::from_str(&key) {
            headers.insert(header::SEC_WEBSOCKET_KEY, key);
        }
    }
    parts.headers.remove(TOKEN_HEADER);
    // The password has done its job; it must not reach the backend or any log.
    parts.headers.remove(PASSWORD_HEADER);
    parts.headers.insert(TOKEN_HEADER, state.token.clone());
}

/// The header list limit of dropshot's HTTP/2 server (hyper's default, 16 KiB), which is below
/// what `MaxRequestHeadersTotalSize` may let through.
const BACKEND_HTTP2_HEADER_LIST_LIMIT: usize = 16 * 1024;

/// Whether the head fits the backend's HTTP/2 header list, counted as RFC 9113 §6.5.2 counts it
/// (name, value and 32 bytes per field, the pseudo-headers included).
fn fits_http2(headers: &HeaderMap, uri: &Uri, method: &Method) -> bool {
    let pseudo = method.as_str().len()
        + uri.path_and_query().map_or(0, |pq| pq.as_str().len())
        + uri.authority().map_or(0, |a| a.as_str().len())
        + "http".len()
        + 4 * (32 + ":authority".len());
    let fields: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 32)
        .sum();
    pseudo + fields <= BACKEND_HTTP2_HEADER_LIST_LIMIT
}

/// The normalised JSON as the request's body, with the headers that describe it.
fn as_json_body(headers: &mut HeaderMap, json: Bytes) -> ProxyBody {
    headers.remove(header::TRANSFER_ENCODING);
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(json.len()));
    Full::new(json).map_err(|e| match e {}).boxed()
}

/// The backend's answer as the client gets it: a websocket spliced through, hop-by-hop headers
/// and dropshot's request ID dropped, ASF's JSON content type, errors in ASF's envelope.
async fn relay(
    mut response: Response<Incoming>,
    client_upgrade: Option<hyper::upgrade::OnUpgrade>,
    handshake: Option<Handshake>,
) -> Response<ProxyBody> {
    if response.status() == StatusCode::SWITCHING_PROTOCOLS
        && let Some(client_upgrade) = client_upgrade
    {
        let backend_upgrade = hyper::upgrade::on(&mut response);
        tokio::spawn(async move {
            if let Ok((client, backend)) = tokio::try_join!(client_upgrade, backend_upgrade) {
                let _ = tokio::io::copy_bidirectional(
                    &mut TokioIo::new(client),
                    &mut TokioIo::new(backend),
                )
                .await;
            }
        });
        if handshake == Some(Handshake::Http2) {
            return empty(StatusCode::OK);
        }
    } else {
        strip_hop_by_hop(response.headers_mut());
    }
    let (mut parts, body) = response.into_parts();
    // Whatever the hop spoke, the client's connection decides its own version.
    parts.version = http::Version::HTTP_11;
    parts.headers.remove("x-request-id");
    let json = parts
        .headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v == "application/json" || v == JSON_UTF8);
    if json {
        parts
            .headers
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    }
    if parts.status.is_client_error() || parts.status.is_server_error() {
        return in_envelope(parts, body).await;
    }
    if json {
        return json_answer(parts, body).await;
    }
    Response::from_parts(parts, body.map_err(BoxError::from).boxed())
}

/// A JSON answer of the backend, its characters written as ASP.NET writes them. dropshot
/// has the whole answer in memory already, so collecting it costs no more than relaying it.
async fn json_answer(mut parts: http::response::Parts, body: Incoming) -> Response<ProxyBody> {
    let Ok(collected) = body.collect().await else {
        return error(ErrorStatusCode::BAD_GATEWAY, crate::core::texts::FAILED);
    };
    let body = as_aspnet_writes(&mut parts.headers, collected.to_bytes());
    Response::from_parts(parts, body)
}

fn direct_response(answer: direct::Answer) -> Response<ProxyBody> {
    match answer {
        direct::Answer::Ok(bytes) => json_response(StatusCode::OK, bytes),
        direct::Answer::Err(e) => envelope_error(&e),
        direct::Answer::Shared(pieces) => shared_json(pieces),
        direct::Answer::Pieces(pieces) => json_pieces(pieces),
    }
}

/// An error answer of the backend in ASF's envelope. The handlers answer in it already; the
/// backend's own router does not (dropshot's `{"request_id", "message"}`), so such bodies are
/// rewritten with the router's message.
async fn in_envelope(mut parts: http::response::Parts, body: Incoming) -> Response<ProxyBody> {
    const MAX_ERROR_BODY: usize = 1 << 20;
    let status = parts.status;
    let Ok(collected) = http_body_util::Limited::new(body, MAX_ERROR_BODY)
        .collect()
        .await
    else {
        return error(
            ErrorStatusCode::from_u16(status.as_u16()).unwrap_or(ErrorStatusCode::BAD_GATEWAY),
            crate::core::texts::FAILED,
        );
    };
    let bytes = collected.to_bytes();
    let parsed: Option<serde_json::Value> = serde_json::from_slice(&bytes).ok();
    let foreign = match &parsed {
        Some(value) => value.get("Success").is_none() && value.get("request_id").is_some(),
        None => !bytes.is_empty(),
    };
    if !foreign {
        let body = as_aspnet_writes(&mut parts.headers, bytes);
        return Response::from_parts(parts, body);
    }
    let message = parsed
        .as_ref()
        .and_then(|v| v["message"].as_str())
        .unwrap_or(crate::core::texts::FAILED);
    let mut response = error(
        ErrorStatusCode::from_u16(status.as_u16()).unwrap_or(ErrorStatusCode::BAD_GATEWAY),
        message,
    );
    if let Some(allow) = parts.headers.get(header::ALLOW) {
        response.headers_mut().insert(header::ALLOW, allow.clone());
    }
    response
}

/// Removes the headers that describe the client's connection (or the backend's), which the
/// other connection must not see. Headers the client names in `Connection` stay: the front
/// door and dropshot are one server to the client, and Kestrel hands every header to ASF.
fn strip_hop_by_hop(headers: &mut HeaderMap) {
    // Most requests carry none: one pass over the few headers there are is cheaper than a
    // lookup per hop-by-hop name.
    if !headers
        .keys()
        .any(|name| HOP_BY_HOP.contains(&name.as_str()))
    {
        return;
    }
    for name in HOP_BY_HOP {
        headers.remove(*name);
    }
}

/// How a request asks for a websocket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Handshake {
    /// RFC 6455: `GET` with `Upgrade: websocket`.
    Http1,
    /// RFC 8441: extended `CONNECT` with `:protocol` `websocket`.
    Http2,
}

/// Whether `req` is a websocket handshake, as ASP.NET's `IsWebSocketRequest` decides: every
/// part of the handshake must be there, or ASF answers it as a plain request.
fn websocket_handshake<B>(req: &Request<B>) -> Option<Handshake> {
    let headers = req.headers();
    let has_token = |name: header::HeaderName, token: &str| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|t| t.trim().eq_ignore_ascii_case(token))
    };
    let version_13 = headers
        .get(header::SEC_WEBSOCKET_VERSION)
        .is_some_and(|v| v == "13");
    if req.method() == Method::GET
        && version_13
        && has_token(header::CONNECTION, "upgrade")
        && has_token(header::UPGRADE, "websocket")
        && headers
            .get(header::SEC_WEBSOCKET_KEY)
            .is_some_and(|key| is_valid_websocket_key(key.as_bytes()))
    {
        return Some(Handshake::Http1);
    }
    if req.method() == Method::CONNECT
        && version_13
        && req
            .extensions()
            .get::<hyper::ext::Protocol>()
            .is_some_and(|p| p.as_str().trim().eq_ignore_ascii_case("websocket"))
    {
        return Some(Handshake::Http2);
    }
    None
}

/// A `Sec-WebSocket-Key` is 16 bytes in base64 (RFC 6455 §4.2.1), as ASP.NET checks it.
fn is_valid_websocket_key(key: &[u8]) -> bool {
    base64::Engine::decode(&base64::engine::general_purpose::STANDARD, key)
        .is_ok_and(|bytes| bytes.len() == 16)
}

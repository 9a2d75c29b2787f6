//! The front door: our own HTTP server in front of dropshot.
//!
//! dropshot routes case-sensitively and has no middleware, no PathBase and no static files, so
//! every connection lands here first. For `/Api` paths the front door finds the route in the
//! table read from the OpenAPI document, puts path, query and JSON body into canonical form,
//! and proxies the request over loopback to the backend with the backend's token. Everything
//! else (`/HealthCheck`, `/swagger`, static files in `static_files`) is answered here directly.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Request, Response, StatusCode, Uri};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use percent_encoding::percent_decode_str;
use tokio::sync::watch;

use crate::api::{AsfError, PASSWORD_HEADER};
use crate::core::Asf;
use crate::core::access::{KnownNetworks, PasswordSetting, Refusal};
use crate::core::ipc_config::{DataRate, Limits};
use crate::http::backend::TOKEN_HEADER;
use crate::http::cross_site::SiteRules;
use crate::http::direct;
use crate::http::listener::{Connection, Listener};
use crate::http::metrics::{HttpMetrics, RouteTemplate};
use crate::http::routes::{RouteMatch, RouteTable};
use crate::http::static_files::WebRoot;
use crate::http::swagger::SwaggerUi;
use crate::http::tls::Protocols;
use dropshot::ErrorStatusCode;

/// Error type of bodies flowing through the front door.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// Body of every response (and of proxied requests).
pub type ProxyBody = BoxBody<Bytes, BoxError>;

/// The document served at `/swagger/ASF/swagger.json`: the checked-in file itself.
pub const OPENAPI_DOCUMENT: &[u8] = crate::api::DOCUMENT;

const JSON_UTF8: &str = "application/json; charset=utf-8";
/// How long a client may take to finish its TLS handshake.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
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

/// Everything a request needs, shared by all connections.
pub struct FrontState {
    asf: Arc<Asf>,
    routes: RouteTable,
    swagger: SwaggerUi,
    web: WebRoot,
    backend: SocketAddr,
    token: HeaderValue,
    client: Client<HttpConnector, ProxyBody>,
    path_base: Option<String>,
    known: KnownNetworks,
    limits: Limits,
    http_metrics: Arc<HttpMetrics>,
    sites: SiteRules,
    /// Turns of the blocking pool for normalising large bodies: one per core, so bodies in
    /// flight cost at most that many times the normaliser's memory.
    normalizers: tokio::sync::Semaphore,
}

impl FrontState {
    /// Prepares the front door for a backend at `backend` expecting `token`.
    pub fn new(
        asf: Arc<Asf>,
        backend: SocketAddr,
        token: HeaderValue,
        path_base: Option<String>,
        known: KnownNetworks,
        limits: Limits,
        sites: SiteRules,
    ) -> Result<Self, String> {
        let doc: serde_json::Value = serde_json::from_slice(OPENAPI_DOCUMENT)
            .map_err(|e| format!("openapi/asf.json: {e}"))?;
        let routes = RouteTable::from_document(&doc)?;
        let swagger = SwaggerUi::load()?;
        let web = WebRoot::open(asf.root());
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .build(connector);
        let path_base = path_base
            .map(|p| p.trim_end_matches('/').to_string())
            .filter(|p| !p.is_empty());
        let http_metrics = Arc::new(HttpMetrics::default());
        asf.metrics().set_transport(http_metrics.clone());
        Ok(Self {
            asf,
            routes,
            swagger,
            web,
            backend,
            token,
            client,
            path_base,
            known,
            limits,
            http_metrics,
            sites,
            normalizers: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, usize::from),
            ),
        })
    }
}

/// Accepts connections on `listener` until `shutdown` flips, serving each with `state`.
pub async fn serve(
    listener: Listener,
    state: Arc<FrontState>,
    mut shutdown: watch::Receiver<bool>,
) {
    let limits = state.limits.clone();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.request_headers_timeout)
        .max_headers(limits.max_request_header_count)
        // Room for the whole head plus slack; the exact limits are checked per request.
        .max_buf_size(
            limits.max_request_headers_total_size + limits.max_request_line_size + 8 * 1024,
        );
    builder
        .http2()
        .timer(TokioTimer::new())
        // RFC 8441: the log websocket over HTTP/2 (extended CONNECT), as Kestrel offers it.
        .enable_connect_protocol()
        .max_header_list_size(
            u32::try_from(limits.max_request_headers_total_size).unwrap_or(u32::MAX),
        );
    let builder = match listener.protocols() {
        Protocols::Http1 => builder.http1_only(),
        Protocols::Http2 => builder.http2_only(),
        Protocols::Http1AndHttp2 => builder,
    };
    let tls = listener.tls().cloned();
    let slots = limits
        .max_concurrent_connections
        .map(|n| Arc::new(tokio::sync::Semaphore::new(n)));
    // Connections being served; when the last one of a burst ends, freed memory goes back.
    let open = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    // Every connection task holds a clone; when all are gone, every connection has ended.
    let (alive, mut all_ended) = tokio::sync::mpsc::channel::<()>(1);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (conn, peer) = match accepted {
                    Ok(pair) => pair,
                    Err(_) => {
                        // Out of descriptors or a connection reset before accept: back off
                        // briefly instead of spinning.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                // Over `MaxConcurrentConnections`: closed at once, as Kestrel does.
                let permit = match &slots {
                    Some(slots) => match slots.clone().try_acquire_owned() {
                        Ok(permit) => Some(permit),
                        Err(_) => continue,
                    },
                    None => None,
                };
                let state = state.clone();
                let https = tls.is_some();
                let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                    // Every request is measured once, here, whatever answers it.
                    let in_flight = state.http_metrics.start(req.method(), req.version(), https);
                    let answered = handle(state.clone(), peer, req);
                    async move { Ok::<_, Infallible>(in_flight.finish(answered.await?)) }
                });
                open.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let connection = ConnectionTask {
                    open: open.clone(),
                    builder: builder.clone(),
                    keep_alive: limits.keep_alive_timeout,
                    shutdown: shutdown.clone(),
                    _alive: alive.clone(),
                };
                let tls = tls.clone();
                tokio::spawn(async move {
                    let _permit = permit;
                    match (conn, tls) {
                        (Connection::Tcp(stream), Some(acceptor)) => {
                            // A client that never finishes its handshake must not hold a task
                            // forever.
                            let handshake =
                                tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, acceptor.accept(stream));
                            if let Ok(Ok(stream)) = handshake.await {
                                connection.run(stream, service).await;
                            }
                        }
                        (Connection::Tcp(stream), None) => connection.run(stream, service).await,
                        (Connection::Unix(stream), _) => connection.run(stream, service).await,
                    }
                });
            }
            _ = shutdown.changed() => break,
        }
    }
    drop(listener);
    drop(alive);
    // Let requests in flight finish, but do not wait on slow clients for long.
    let _ = tokio::time::timeout(Duration::from_secs(5), all_ended.recv()).await;
}

/// One accepted connection and what it needs to be served and ended.
struct ConnectionTask {
    open: Arc<std::sync::atomic::AtomicUsize>,
    builder: auto::Builder<TokioExecutor>,
    keep_alive: Duration,
    shutdown: watch::Receiver<bool>,
    /// Held, never used: the server's stop waits until every clone is gone.
    _alive: tokio::sync::mpsc::Sender<()>,
}

impl ConnectionTask {
    /// Serves the connection until it ends: the client leaves, it has been idle (no traffic,
    /// nothing in progress) for the keep-alive timeout, or the server stops. Upgraded
    /// connections (the log websocket) leave hyper's hands and are not subject to the timeout.
    async fn run<I, S>(mut self, io: I, service: S)
    where
        I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
        S: hyper::service::Service<Request<Incoming>, Response = Response<ProxyBody>>
            + Send
            + 'static,
        S::Future: Send + 'static,
        S::Error: Into<BoxError>,
    {
        let activity = Arc::new(Activity::new());
        let io = ActivityIo {
            inner: io,
            activity: activity.clone(),
        };
        let conn = self
            .builder
            .serve_connection_with_upgrades(TokioIo::new(io), service);
        tokio::pin!(conn);
        let mut closing = false;
        loop {
            let idle_at = activity.last() + self.keep_alive;
            tokio::select! {
                _ = conn.as_mut() => break,
                _ = self.shutdown.changed(), if !closing => {
                    conn.as_mut().graceful_shutdown();
                    closing = true;
                }
                _ = tokio::time::sleep_until(idle_at), if !closing => {
                    if activity.last() + self.keep_alive <= tokio::time::Instant::now() {
                        // Graceful: a request still being answered is finished first.
                        conn.as_mut().graceful_shutdown();
                        closing = true;
                    }
                }
            }
        }
    }
}

impl Drop for ConnectionTask {
    fn drop(&mut self) {
        // Also reached when a TLS handshake fails and the connection is never served.
        if self.open.fetch_sub(1, std::sync::atomic::Ordering::Relaxed) == 1 {
            crate::core::process::release_freed_memory();
        }
    }
}

/// When a connection last moved a byte either way.
struct Activity {
    epoch: tokio::time::Instant,
    last_ms: std::sync::atomic::AtomicU64,
}

impl Activity {
    fn new() -> Self {
        Self {
            epoch: tokio::time::Instant::now(),
            last_ms: std::sync::atomic::AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let ms = u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_ms.store(ms, std::sync::atomic::Ordering::Relaxed);
    }

    fn last(&self) -> tokio::time::Instant {
        self.epoch + Duration::from_millis(self.last_ms.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// A stream that records its traffic in an [`Activity`].
struct ActivityIo<I> {
    inner: I,
    activity: Arc<Activity>,
}

impl<I: tokio::io::AsyncRead + Unpin> tokio::io::AsyncRead for ActivityIo<I> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let result = std::pin::Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        result
    }
}

impl<I: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for ActivityIo<I> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        data: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        let result = std::pin::Pin::new(&mut self.inner).poll_write(cx, data);
        if matches!(result, std::task::Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        result
    }

    fn poll_write_vectored(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> std::task::Poll<std::io::Result<usize>> {
        let result = std::pin::Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(result, std::task::Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Answers one request.
pub async fn handle(
    state: Arc<FrontState>,
    peer: IpAddr,
    req: Request<Incoming>,
) -> Result<Response<ProxyBody>, Infallible> {
    // hyper bounds the whole request head; Kestrel bounds the request line on its own (414).
    let target = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if target + req.method().as_str().len() + "  HTTP/1.1".len()
        > state.limits.max_request_line_size
    {
        let mut response = empty(StatusCode::URI_TOO_LONG);
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return Ok(response);
    }
    // hyper's buffer bound is approximate; Kestrel counts the header lines exactly (431).
    let header_bytes: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if header_bytes > state.limits.max_request_headers_total_size {
        let mut response = empty(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return Ok(response);
    }
    let peer = forwarded_client(&state.known, peer, req.headers());
    let path = remove_dot_segments(req.uri().path());
    let path = strip_path_base(&path, state.path_base.as_deref());
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    // ASP.NET sees the path percent-decoded (`/%41pi` is `/Api`).
    let first = percent_decode_str(first).decode_utf8_lossy();
    if first.eq_ignore_ascii_case("Api") {
        return Ok(api(&state, peer, req, path).await);
    }
    let response = if path
        .trim_end_matches('/')
        .eq_ignore_ascii_case("/HealthCheck")
    {
        health_check(req.method())
    } else if first.eq_ignore_ascii_case("swagger") {
        swagger(&state, req.method(), path)
    } else {
        state.web.serve(&req, path).await
    };
    // Outside /Api, failures become the web UI's page (ASF's SPA fallback).
    Ok(state.web.status_page(req.method(), response).await)
}

/// Resolves `.` and `..` segments (also percent-encoded ones) as Kestrel does before routing,
/// so `/Api/Bot/..` is `/Api` and no route value is ever a dot segment.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for segment in path.split('/').skip(1) {
        match percent_decode_str(segment).decode_utf8_lossy().as_ref() {
            "." => {}
            ".." => {
                out.pop();
            }
            _ => out.push(segment),
        }
    }
    let mut resolved = String::with_capacity(path.len());
    for segment in out {
        resolved.push('/');
        resolved.push_str(segment);
    }
    if resolved.is_empty() {
        resolved.push('/');
    }
    resolved
}

/// Removes PathBase when the path starts with it (case-insensitively, at a segment boundary);
/// paths without it are served unchanged, as ASP.NET's `UsePathBase` does.
fn strip_path_base<'a>(path: &'a str, base: Option<&str>) -> &'a str {
    let Some(base) = base else { return path };
    match path.get(..base.len()) {
        Some(head) if head.eq_ignore_ascii_case(base) => {
            let rest = &path[base.len()..];
            if rest.is_empty() {
                "/"
            } else if rest.starts_with('/') {
                rest
            } else {
                path
            }
        }
        _ => path,
    }
}

/// The client's address: the peer, or, when the peer is a trusted proxy (loopback or a known
/// network), the right-most `X-Forwarded-For` entry (ASP.NET's `ForwardLimit = 1`).
/// IPv4-mapped IPv6 addresses come back as IPv4, so one client has one address everywhere.
fn forwarded_client(known: &KnownNetworks, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    crate::core::access::canonical(forwarded_or_peer(known, peer, headers))
}

fn forwarded_or_peer(known: &KnownNetworks, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if !known.contains(peer) {
        return peer;
    }
    let Some(last) = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .rfind(|v| !v.is_empty())
    else {
        return peer;
    };
    parse_forwarded_ip(last).unwrap_or(peer)
}

/// `1.2.3.4`, `1.2.3.4:5678`, `::1`, `[::1]:5678`.
fn parse_forwarded_ip(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse() {
        return Some(ip);
    }
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    text.strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .and_then(|t| t.parse().ok())
}

/// The password a request offers: the `Authentication` header, or, only when that header is
/// absent, the first non-empty `password` query value.
fn offered_password<B>(req: &Request<B>) -> Option<String> {
    if let Some(header) = req.headers().get(PASSWORD_HEADER) {
        return Some(String::from_utf8_lossy(header.as_bytes()).into_owned());
    }
    let query = req.uri().query()?;
    query
        .split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode_str(key).decode_utf8_lossy();
            key.eq_ignore_ascii_case("password").then(|| {
                let value = value.replace('+', " ");
                percent_decode_str(&value).decode_utf8_lossy().into_owned()
            })
        })
        .find(|v| !v.is_empty())
}

/// The body ASF sends with a refused request.
fn refusal(refusal: Refusal) -> Response<ProxyBody> {
    let status = ErrorStatusCode::from_u16(refusal.status()).unwrap_or(ErrorStatusCode::FORBIDDEN);
    envelope_error(&AsfError::refused(status, refusal.permanent()))
}

/// A CORS preflight, answered before authentication (browsers never send credentials with
/// one), so that pages on other origins can call the API with the `Authentication` header.
fn preflight(allow: Option<String>) -> Response<ProxyBody> {
    let mut response = empty(StatusCode::NO_CONTENT);
    let headers = response.headers_mut();
    let methods = allow.unwrap_or_else(|| "GET, POST, DELETE".to_string());
    if let Ok(methods) = HeaderValue::from_str(&methods) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, methods);
    }
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Authentication, Content-Type"),
    );
    headers.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("600"),
    );
    response
}

async fn api(
    state: &Arc<FrontState>,
    client: IpAddr,
    req: Request<Incoming>,
    path: &str,
) -> Response<ProxyBody> {
    let password = state.asf.password_setting();
    // CORS exists only while a password protects the API, as in ASF.
    let cors = password.is_some() && req.headers().contains_key(header::ORIGIN);
    // Matching is pure, so it is done once here: the template labels the request's metrics,
    // refusals included (ASP.NET routes before it authenticates).
    let route = state.routes.lookup(req.method(), path);
    let template = match &route {
        RouteMatch::Found(_, op) => Some(op.template.clone()),
        _ => None,
    };
    // Without a password, loopback is trusted; pages a local browser shows must not be.
    let mut response = if password.is_none()
        && let Err(reason) = state
            .sites
            .check(req.headers(), req.uri().authority().map(|a| a.as_str()))
    {
        let mut refused = AsfError::refused(ErrorStatusCode::FORBIDDEN, true);
        refused.message = reason;
        envelope_error(&refused)
    } else {
        api_inner(state, client, req, path, password, route).await
    };
    if let Some(template) = template {
        response.extensions_mut().insert(RouteTemplate(template));
    }
    if cors {
        response.headers_mut().insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    response
}

async fn api_inner(
    state: &Arc<FrontState>,
    client: IpAddr,
    req: Request<Incoming>,
    path: &str,
    password: Option<PasswordSetting>,
    route: RouteMatch<'_>,
) -> Response<ProxyBody> {
    if password.is_some()
        && req.method() == Method::OPTIONS
        && req.headers().contains_key(header::ORIGIN)
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
    {
        return preflight(state.routes.allowed_methods(path));
    }
    let offered = offered_password(&req);
    let trusted = state.known.contains(client);
    if let Err(refused) = state
        .asf
        .access()
        .authorize(
            client,
            trusted,
            password.as_ref(),
            offered.as_deref(),
            state.asf.crypt_key(),
        )
        .await
    {
        return refusal(refused);
    }
    let (canonical, op) = match route {
        RouteMatch::Found(canonical, op) => (canonical, op),
        RouteMatch::MethodNotAllowed(allow) => {
            let mut response = empty(StatusCode::METHOD_NOT_ALLOWED);
            if let Ok(allow) = HeaderValue::from_str(&allow) {
                response.headers_mut().insert(header::ALLOW, allow);
            }
            return response;
        }
        RouteMatch::NotFound => return empty(StatusCode::NOT_FOUND),
    };
    // Route values reach the handlers percent-decoded; bytes that decode to no text are
    // refused here, in the envelope, rather than by the backend's router.
    if canonical
        .split('/')
        .any(|segment| percent_decode_str(segment).decode_utf8().is_err())
    {
        return error(
            ErrorStatusCode::BAD_REQUEST,
            "The request path is not valid percent-encoded UTF-8.",
        );
    }
    let body_limit = state.limits.body_limit();
    if declared_length(req.headers()).is_some_and(|len| len > body_limit) {
        return too_large(body_limit);
    }
    // Hot operations without a body are answered before any proxying work is done.
    if op.body.is_none()
        && !op.websocket
        && let Some(answer) = direct::answer(
            &state.asf,
            &op.operation_id,
            &canonical,
            req.uri().query(),
            None,
        )
        .await
    {
        return direct_response(answer);
    }
    let query = req
        .uri()
        .query()
        .map(|q| state.routes.normalize_query(op, q))
        .filter(|q| !q.is_empty());
    let path_and_query = match query {
        Some(q) => format!("{canonical}?{q}"),
        None => canonical,
    };
    let uri = match Uri::builder()
        .scheme("http")
        .authority(state.backend.to_string())
        .path_and_query(path_and_query)
        .build()
    {
        Ok(uri) => uri,
        Err(_) => return error(ErrorStatusCode::BAD_REQUEST, "The request path is invalid."),
    };
    let handshake = op.websocket.then(|| websocket_handshake(&req)).flatten();
    if op.websocket && handshake.is_none() {
        // ASF's websocket action runs for any method and refuses anything but a handshake.
        let body = serde_json::json!({
            "Message": "Failed due to error: IsWebSocketRequest: False",
            "Success": false,
        });
        return json_response(StatusCode::BAD_REQUEST, Bytes::from(body.to_string()));
    }
    let mut req = req;
    let client_upgrade = handshake.map(|_| hyper::upgrade::on(&mut req));
    let (mut parts, body) = req.into_parts();
    parts.uri = uri;
    parts.version = http::Version::HTTP_11;
    if client_upgrade.is_none() {
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

    // What the direct path may answer from: `Some(None)` for an operation without a body,
    // `Some(Some(json))` for a JSON body as dropshot would read it.
    let mut direct_body: Option<Option<Bytes>> = op.body.is_none().then_some(None);
    let body: ProxyBody = match &op.body {
        Some(schema) => {
            // ASF's actions read their body as JSON and nothing else, and never go without one.
            if !is_json(&parts.headers) {
                return error(
                    ErrorStatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type: the request body must be sent as application/json.",
                );
            }
            let collected = match read_body(
                body,
                declared_length(&parts.headers),
                body_limit,
                state.limits.min_request_body_data_rate,
            )
            .await
            {
                Ok(bytes) => bytes,
                Err(BodyError::TooLarge) => return too_large(body_limit),
                Err(BodyError::TooSlow) => return too_slow(),
                Err(BodyError::Broken) => return empty(StatusCode::BAD_REQUEST),
            };
            if collected.iter().all(u8::is_ascii_whitespace) {
                return error(ErrorStatusCode::BAD_REQUEST, REQUIRED_BODY);
            }
            let bytes = match normalize_body(state, schema, collected).await {
                Ok(bytes) => Bytes::from(bytes),
                Err(e) => return error(ErrorStatusCode::BAD_REQUEST, &e),
            };
            direct_body = Some(Some(bytes.clone()));
            parts.headers.remove(header::TRANSFER_ENCODING);
            parts.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
            Full::new(bytes).map_err(|e| match e {}).boxed()
        }
        None => body.map_err(BoxError::from).boxed(),
    };

    if let Some(direct_body) = direct_body
        && !op.websocket
        && let Some(answer) = direct::answer(
            &state.asf,
            &op.operation_id,
            parts.uri.path(),
            parts.uri.query(),
            direct_body.as_deref(),
        )
        .await
    {
        return direct_response(answer);
    }
    let mut response = match state.client.request(Request::from_parts(parts, body)).await {
        Ok(r) => r,
        Err(e) => {
            slog::error!(state.asf.log(), "HandleRequest() {e}");
            return error(
                ErrorStatusCode::BAD_GATEWAY,
                crate::api::envelope::MESSAGE_FAILED,
            );
        }
    };
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
    parts.headers.remove("x-request-id");
    if parts
        .headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v == "application/json")
    {
        parts
            .headers
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    }
    if parts.status.is_client_error() || parts.status.is_server_error() {
        return in_envelope(parts, body).await;
    }
    Response::from_parts(parts, body.map_err(BoxError::from).boxed())
}

fn direct_response(answer: direct::Answer) -> Response<ProxyBody> {
    match answer {
        direct::Answer::Ok(bytes) => json_response(StatusCode::OK, bytes),
        direct::Answer::Err(e) => envelope_error(&e),
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

/// Bodies up to this size are normalised in place; larger ones on the blocking pool, so no
/// body keeps the async workers from other requests (`/HealthCheck` among them).
const INLINE_NORMALIZE_LIMIT: usize = 64 * 1024;

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
    let Ok(_turn) = state.normalizers.acquire().await else {
        return Err(crate::api::envelope::MESSAGE_FAILED.to_string());
    };
    let (state, schema) = (state.clone(), schema.clone());
    tokio::task::spawn_blocking(move || state.routes.normalize_body(&schema, &body))
        .await
        .unwrap_or_else(|_| Err(crate::api::envelope::MESSAGE_FAILED.to_string()))
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
            crate::api::envelope::MESSAGE_FAILED,
        );
    };
    let bytes = collected.to_bytes();
    let parsed: Option<serde_json::Value> = serde_json::from_slice(&bytes).ok();
    let foreign = match &parsed {
        Some(value) => value.get("Success").is_none() && value.get("request_id").is_some(),
        None => !bytes.is_empty(),
    };
    if !foreign {
        parts
            .headers
            .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        return Response::from_parts(parts, full(bytes));
    }
    let message = parsed
        .as_ref()
        .and_then(|v| v["message"].as_str())
        .unwrap_or(crate::api::envelope::MESSAGE_FAILED);
    let mut response = error(
        ErrorStatusCode::from_u16(status.as_u16()).unwrap_or(ErrorStatusCode::BAD_GATEWAY),
        message,
    );
    if let Some(allow) = parts.headers.get(header::ALLOW) {
        response.headers_mut().insert(header::ALLOW, allow.clone());
    }
    response
}

fn strip_hop_by_hop(headers: &mut HeaderMap) {
    // Headers named in `Connection` are hop-by-hop too.
    let named: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|n| HeaderName::from_bytes(n.trim().as_bytes()).ok())
        .collect();
    for name in named {
        headers.remove(name);
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

/// Whether `req` is a websocket handshake, as ASP.NET's `IsWebSocketRequest` decides.
fn websocket_handshake<B>(req: &Request<B>) -> Option<Handshake> {
    let websocket = |v: &str| v.trim().eq_ignore_ascii_case("websocket");
    if req.method() == Method::GET
        && req
            .headers()
            .get(header::UPGRADE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(websocket))
    {
        return Some(Handshake::Http1);
    }
    if req.method() == Method::CONNECT
        && req
            .extensions()
            .get::<hyper::ext::Protocol>()
            .is_some_and(|p| websocket(p.as_str()))
    {
        return Some(Handshake::Http2);
    }
    None
}

/// `/HealthCheck`: the document's `GET` (and `HEAD`, whose body hyper leaves out); other
/// methods are `405` as ASP.NET answers a known route.
fn health_check(method: &Method) -> Response<ProxyBody> {
    if method != Method::GET && method != Method::HEAD {
        let mut response = empty(StatusCode::METHOD_NOT_ALLOWED);
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let body = serde_json::to_vec(&crate::api::HealthCheckResponse::healthy()).unwrap_or_default();
    json_response(StatusCode::OK, Bytes::from(body))
}

fn swagger(state: &FrontState, method: &Method, path: &str) -> Response<ProxyBody> {
    if method != Method::GET && method != Method::HEAD {
        return empty(StatusCode::NOT_FOUND);
    }
    let rest = path.trim_start_matches('/');
    let rest = &rest["swagger".len().min(rest.len())..];
    if rest.is_empty() {
        // Relative, so that it also works under a PathBase or a proxy prefix.
        let mut response = empty(StatusCode::MOVED_PERMANENTLY);
        response
            .headers_mut()
            .insert(header::LOCATION, HeaderValue::from_static("swagger/"));
        return response;
    }
    let file = rest.trim_start_matches('/');
    if file.eq_ignore_ascii_case("ASF/swagger.json") {
        return json_response(StatusCode::OK, Bytes::from_static(OPENAPI_DOCUMENT));
    }
    let name = if file.is_empty() { "index.html" } else { file };
    match state.swagger.get(name) {
        Some((data, mime)) => {
            let mut response = Response::new(full(data));
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-cache, public"),
            );
            response
        }
        None => empty(StatusCode::NOT_FOUND),
    }
}

fn full(data: Bytes) -> ProxyBody {
    Full::new(data).map_err(|e| match e {}).boxed()
}

/// A response with no body, as ASP.NET sends for unknown routes and wrong methods.
pub fn empty(status: StatusCode) -> Response<ProxyBody> {
    let mut response = Response::new(Empty::new().map_err(|e| match e {}).boxed());
    *response.status_mut() = status;
    response
}

/// A JSON response with ASF's content type.
pub fn json_response(status: StatusCode, body: Bytes) -> Response<ProxyBody> {
    let mut response = Response::new(full(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    response
}

/// An error in ASF's envelope.
pub fn error(status: ErrorStatusCode, message: &str) -> Response<ProxyBody> {
    envelope_error(&AsfError::new(status, message))
}

fn envelope_error(error: &AsfError) -> Response<ProxyBody> {
    let status =
        StatusCode::from_u16(error.status().as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let bytes = serde_json::to_vec(error).unwrap_or_default();
    json_response(status, Bytes::from(bytes))
}

/// 413, decided before the body is read; the connection closes so the rest of the body is
/// never read either.
fn too_large(limit: u64) -> Response<ProxyBody> {
    let mut response = error(
        ErrorStatusCode::PAYLOAD_TOO_LARGE,
        &format!("Request body is larger than the limit of {limit} bytes."),
    );
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// 408 for a body that arrives slower than `MinRequestBodyDataRate`; the connection closes.
fn too_slow() -> Response<ProxyBody> {
    let mut response = error(
        ErrorStatusCode::REQUEST_TIMEOUT,
        "The request body was sent too slowly.",
    );
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
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
                let allowed = rate.grace_period
                    + Duration::from_secs_f64(collected.len() as f64 / rate.bytes_per_second);
                match tokio::time::timeout_at(started + allowed, next).await {
                    Ok(frame) => frame,
                    Err(_) => return Err(BodyError::TooSlow),
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

#[cfg(test)]
mod tests {
    use super::strip_path_base;

    #[test]
    fn dot_segments_are_resolved() {
        use super::remove_dot_segments;
        assert_eq!(remove_dot_segments("/Api/Bot/.."), "/Api");
        assert_eq!(remove_dot_segments("/Api/Bot/%2E%2E/Start"), "/Api/Start");
        assert_eq!(remove_dot_segments("/Api/./ASF/"), "/Api/ASF/");
        assert_eq!(remove_dot_segments("/../.."), "/");
        assert_eq!(remove_dot_segments("/Api/Bot/a..b"), "/Api/Bot/a..b");
    }

    #[test]
    fn path_base_is_optional_and_case_insensitive() {
        assert_eq!(strip_path_base("/ASF/Api/ASF", Some("/ASF")), "/Api/ASF");
        assert_eq!(strip_path_base("/asf/api/asf", Some("/ASF")), "/api/asf");
        assert_eq!(strip_path_base("/Api/ASF", Some("/ASF")), "/Api/ASF");
        assert_eq!(strip_path_base("/ASFX/Api", Some("/ASF")), "/ASFX/Api");
        assert_eq!(strip_path_base("/ASF", Some("/ASF")), "/");
    }
}

//! Connections and their limits: accepting (TLS, `MaxConcurrentConnections`), hyper's
//! settings, the keep-alive timeout, shutdown, and the request-head limits Kestrel checks.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use http::{Request, Response, StatusCode};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::sync::watch;

use super::compression;
use super::response::{closing, empty, empty_body};
use super::response_rate::{self, StreamExecutor};
use super::{FrontState, handle};
use crate::core::ipc_config::{DataRate, Limits};
use crate::http::body::{BoxError, ProxyBody};
use crate::http::listener::{Connection, Listener};
use crate::http::tls::Protocols;

/// Bytes of an answer an HTTP/2 stream buffers ahead of its client's window. An HTTP/1.1
/// connection buffers at most hyper's write buffer (`max_buf_size`, about 48 KiB) ahead of
/// the socket.
const ANSWER_BUFFER_PER_STREAM: usize = 64 * 1024;

/// How long a client may take to finish its TLS handshake.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The request line and header limits hyper does not check exactly: 414 and 431 as Kestrel
/// answers them, with the connection closed.
pub(super) fn check_head<B>(limits: &Limits, req: &Request<B>) -> Result<(), Response<ProxyBody>> {
    // hyper bounds the whole request head; Kestrel bounds the request line on its own (414).
    let target = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if target + req.method().as_str().len() + "  HTTP/1.1".len() > limits.max_request_line_size {
        return Err(closing(empty(StatusCode::URI_TOO_LONG)));
    }
    // hyper's buffer bound is approximate; Kestrel counts the header lines exactly (431).
    let header_bytes: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if header_bytes > limits.max_request_headers_total_size {
        return Err(closing(empty(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)));
    }
    Ok(())
}

/// Accepts connections on `listener` until `shutdown` flips, serving each with `state`.
pub(crate) async fn serve(
    listener: Listener,
    state: Arc<FrontState>,
    mut shutdown: watch::Receiver<bool>,
) {
    let limits = state.limits.clone();
    let builder = hyper_builder(&limits, listener.protocols());
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
                let counted = state.http_metrics.connection_opened(&listener, &conn);
                let state = state.clone();
                let https = tls.is_some();
                let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                    // Every request is measured once, here, whatever answers it.
                    let in_flight = state.http_metrics.start(req.method(), req.version(), https);
                    // A websocket's tunnel keeps its own bounds (Kestrel exempts upgraded
                    // connections from the response rate too).
                    let tunnel = req.method() == http::Method::CONNECT;
                    let wanted = compression::wanted(req.method(), req.headers());
                    let answered = handle(state.clone(), peer, https, req);
                    async move {
                        let response = compression::compress(wanted, answered.await?);
                        let mut response = in_flight.finish(response);
                        if !tunnel && response.status() != StatusCode::SWITCHING_PROTOCOLS {
                            let body = std::mem::replace(response.body_mut(), empty_body());
                            *response.body_mut() = response_rate::metered(body);
                        }
                        Ok::<_, Infallible>(response)
                    }
                });
                open.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let connection = ConnectionTask {
                    open: open.clone(),
                    counted: Some(counted),
                    response_rate: limits.min_response_data_rate,
                    builder: builder.clone(),
                    keep_alive: limits.keep_alive_timeout,
                    shutdown: shutdown.clone(),
                    _alive: alive.clone(),
                };
                tokio::spawn(connection.serve(conn, tls.clone(), service, permit));
            }
            _ = shutdown.changed() => break,
        }
    }
    drop(listener);
    drop(alive);
    // Let requests in flight finish, but do not wait on slow clients for long.
    let _ = tokio::time::timeout(Duration::from_secs(5), all_ended.recv()).await;
}

/// hyper's settings for `limits` and `protocols`.
fn hyper_builder(limits: &Limits, protocols: Protocols) -> auto::Builder<StreamExecutor> {
    let mut builder = auto::Builder::new(StreamExecutor {
        rate: limits.min_response_data_rate,
    });
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
        // What a stream may hold of its answer beyond what the client's window takes (hyper's
        // default is 400 KiB): with up to 200 streams, a connection buffers at most 12.5 MiB.
        .max_send_buf_size(ANSWER_BUFFER_PER_STREAM)
        .max_header_list_size(
            u32::try_from(limits.max_request_headers_total_size).unwrap_or(u32::MAX),
        );
    match protocols {
        Protocols::Http1 => builder.http1_only(),
        Protocols::Http2 => builder.http2_only(),
        Protocols::Http1AndHttp2 => builder,
    }
}

/// One accepted connection and what it needs to be served and ended.
struct ConnectionTask {
    open: Arc<std::sync::atomic::AtomicUsize>,
    /// In `kestrel_active_connections` while the connection lasts (moved into its stream, which
    /// an upgrade to a websocket keeps).
    counted: Option<crate::http::metrics::OpenConnection>,
    /// `MinResponseDataRate`, watched here for HTTP/1.1 answers (HTTP/2 streams watch their
    /// own, see `StreamExecutor`).
    response_rate: Option<DataRate>,
    builder: auto::Builder<StreamExecutor>,
    keep_alive: Duration,
    shutdown: watch::Receiver<bool>,
    /// Held, never used: the server's stop waits until every clone is gone.
    _alive: tokio::sync::mpsc::Sender<()>,
}

impl ConnectionTask {
    /// Serves `conn` (after its TLS handshake, for an HTTPS endpoint), holding `permit` (its
    /// `MaxConcurrentConnections` slot) until it ends.
    async fn serve<S>(
        self,
        conn: Connection,
        tls: Option<tokio_rustls::TlsAcceptor>,
        service: S,
        permit: Option<tokio::sync::OwnedSemaphorePermit>,
    ) where
        S: hyper::service::Service<Request<Incoming>, Response = Response<ProxyBody>>
            + Send
            + 'static,
        S::Future: Send + 'static,
        S::Error: Into<BoxError>,
    {
        let _permit = permit;
        match (conn, tls) {
            (Connection::Tcp(stream), Some(acceptor)) => {
                // A client that never finishes its handshake must not hold a task forever.
                let handshake =
                    tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, acceptor.accept(stream));
                if let Ok(Ok(stream)) = handshake.await {
                    self.run(stream, service).await;
                }
            }
            (Connection::Tcp(stream), None) => self.run(stream, service).await,
            (Connection::Unix(stream), _) => self.run(stream, service).await,
        }
    }

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
            _counted: self.counted.take(),
        };
        let conn = self
            .builder
            .serve_connection_with_upgrades(TokioIo::new(io), service);
        tokio::pin!(conn);
        // The answer in flight over HTTP/1.1; `None` without a minimum rate.
        let watch = self.response_rate.map(response_rate::Watch::new);
        let serving = async {
            let mut closing = false;
            loop {
                let idle_at = activity.last() + self.keep_alive;
                tokio::select! {
                    _ = conn.as_mut() => break,
                    _ = self.shutdown.changed(), if !closing => {
                        conn.as_mut().graceful_shutdown();
                        closing = true;
                    }
                    () = too_slow(watch.as_deref()) => {
                        // The client stopped taking its answer: the connection is dropped,
                        // and the answer with it.
                        break;
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
        };
        match watch.clone() {
            Some(watch) => watch.scope(serving).await,
            None => serving.await,
        }
    }
}

/// Resolves when the answer `watch` watches falls below the minimum rate; never without one.
async fn too_slow(watch: Option<&response_rate::Watch>) {
    match watch {
        Some(watch) => watch.too_slow().await,
        None => std::future::pending().await,
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
    _counted: Option<crate::http::metrics::OpenConnection>,
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

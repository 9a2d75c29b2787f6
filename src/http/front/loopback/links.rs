//! The hop's connections: a few multiplexed HTTP/2 links for ordinary requests, HTTP/1.1 for
//! websocket handshakes (dropshot takes them as HTTP/1.1 upgrades) and for heads larger than
//! dropshot's HTTP/2 header list.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use dropshot::ErrorStatusCode;
use http::header::HeaderMap;
use http::{Method, Request, Response, Uri};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::super::response::error;
use crate::http::body::ProxyBody;

/// How many requests may wait on one multiplexed backend connection at once. dropshot's
/// HTTP/2 server runs at most 200 streams per connection and queues the rest, so slow handlers
/// (confirmations that wait, redemptions paced by the gifts limiter) filling one connection
/// must not hold up every other request: past the budget a request takes the next connection.
const STREAMS_PER_LINK: usize = 128;

/// How many multiplexed connections to the backend there may be. Past all of their streams,
/// requests wait for one to free up: a crowd of slow requests costs a bounded number of
/// descriptors (two per connection, both ends being this process), not two per request.
const MULTIPLEXED_LINKS: usize = 8;

/// How many requests may use HTTP/1.1 links to the backend at once (heads too large for its
/// HTTP/2 header list; websocket handshakes, which become long-lived tunnels, are not counted).
const HTTP1_LINKS: usize = 32;

/// How long an unused connection to the backend stays open.
const IDLE: Duration = Duration::from_secs(30);

/// The header list limit of dropshot's HTTP/2 server (hyper's default, 16 KiB), which is below
/// what `MaxRequestHeadersTotalSize` may let through.
const BACKEND_HTTP2_HEADER_LIST_LIMIT: usize = 16 * 1024;

type Link = Client<HttpConnector, ProxyBody>;

/// Every connection the front door has to the backend.
pub(super) struct Links {
    /// Requests share a few HTTP/2 connections (usually one): under load each write then
    /// carries many requests, where one loopback exchange per request cost more in the kernel
    /// than all the rest of the hop.
    multiplexed: Multiplexed,
    /// Websocket handshakes and heads larger than the HTTP/2 header list limit.
    http1: Link,
    /// Turns of `http1` for large heads, so a crowd of them costs a bounded number of links.
    http1_turns: Semaphore,
}

impl Links {
    pub(super) fn new() -> Self {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let multiplexed = Multiplexed::new(|| {
            Client::builder(TokioExecutor::new())
                .pool_idle_timeout(IDLE)
                .http2_only(true)
                .build(connector.clone())
        });
        let http1 = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(IDLE)
            .build(connector);
        Self {
            multiplexed,
            http1,
            http1_turns: Semaphore::new(HTTP1_LINKS),
        }
    }

    /// Sends `request` to the backend: a websocket handshake (`upgrading`) or a head too large
    /// for HTTP/2 over HTTP/1.1, anything else over the shared HTTP/2 links. A backend that
    /// cannot be reached is logged and answered `Failed!`.
    pub(super) async fn send(
        &self,
        log: &slog::Logger,
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
            self.http1.request(request).await
        } else if fits_http2(request.headers(), request.uri(), request.method()) {
            let (client, stream) = self.multiplexed.take().await.ok_or_else(unavailable)?;
            let answered = client.request(request).await;
            drop(stream);
            answered
        } else {
            let _turn = self
                .http1_turns
                .acquire()
                .await
                .map_err(|_| unavailable())?;
            self.http1.request(request).await
        };
        answered.map_err(|e| {
            slog::error!(log, "HandleRequest() {e}");
            error(ErrorStatusCode::BAD_GATEWAY, crate::core::texts::FAILED)
        })
    }
}

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

/// The multiplexed connections to the backend and the streams in use on each. A connection is
/// opened when a request first needs it and closed when idle (the client's pool timeout).
struct Multiplexed {
    links: Vec<(Link, Arc<AtomicUsize>)>,
    /// One permit per stream of all the links together; a request waits here when all are
    /// in use.
    streams: Arc<Semaphore>,
}

/// One stream of a link, given back when dropped (also when the client goes away).
struct Stream {
    link: Arc<AtomicUsize>,
    _permit: OwnedSemaphorePermit,
}

impl Multiplexed {
    /// Links made by `client`, which must give each of its clones' pools its own connection
    /// (each link is a separate client).
    fn new(client: impl Fn() -> Link) -> Self {
        Self {
            links: (0..MULTIPLEXED_LINKS)
                .map(|_| (client(), Arc::default()))
                .collect(),
            streams: Arc::new(Semaphore::new(MULTIPLEXED_LINKS * STREAMS_PER_LINK)),
        }
    }

    /// A stream on the first link with room (so light traffic uses one connection), waiting
    /// while every link is full; `None` only if the links are gone.
    async fn take(&self) -> Option<(&Link, Stream)> {
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

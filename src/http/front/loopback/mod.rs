//! The loopback hop: how the front door hands a request to dropshot, and the answer back.
//!
//! This is the one place that explains the hop; other documents link here.
//!
//! # Why it exists
//!
//! dropshot (0.18) answers only requests it accepts itself from a TCP socket: its server binds
//! a `SocketAddr` and nothing else, its hyper service and request handler are private, and a
//! handler's `RequestContext` is `#[non_exhaustive]` over server state with private fields
//! (making one would take `unsafe` and a guess at its layout), so nothing outside dropshot can
//! hand its router one request (upstream issue
//! [oxidecomputer/dropshot#62](https://github.com/oxidecomputer/dropshot/issues/62), open
//! since 2020). The front door does what dropshot does not (case-insensitive routing, PathBase,
//! access checks, ASF's envelope and escaping, static files), so every `/Api` request it does
//! not answer itself goes on to dropshot over loopback: `backend` runs dropshot on
//! `127.0.0.1:0`, refusing any request without a token only this process knows, and `links`
//! holds the front door's connections to it. A request's head is prepared here (the token in,
//! the password and the connection's headers out); `relay` gives the answer back.
//!
//! # How it relates to `http::direct`
//!
//! The operations clients poll or loop on (`GET /Api/ASF`, `GET /Api/Bot/{botNames}`,
//! `GET`/`POST /Api/Storage/{key}`, `POST /Api/Command`) never take the hop: `http::direct`
//! answers them in process through the same handler functions the dropshot endpoints call
//! (`tests/direct.rs` checks both ways give the same bytes). It exists because of the hop's
//! cost; anything it would have to second-guess (a query it does not read, a body that does
//! not parse) still comes here, so every error keeps dropshot's answer.
//!
//! # What it costs
//!
//! - Throughput, `cargo bench --bench load` (release; server on one core, `wrk -t1 -c50` on
//!   the other; `docs/BENCHMARKS.md`, run of 2026-11-29): an answer in process
//!   (`GET /Api/ASF`) 90,675 req/s, 0.54x bare hyper; an answer through the hop
//!   (`GET /Api/Storage/x`, which took it then) 46,859 req/s, 0.28x: the hop about halves what
//!   the front door can serve (0.52x).
//! - Latency, `cargo bench --bench front_door` (one client, sequential keep-alive requests;
//!   dev profile, 2 shared cores, run of 2026-12-08): the same operation answered in process
//!   (`GET /Api/ASF`, median 362 µs) and through the hop (`GET /Api/ASF?hop=1`, a query
//!   `direct` does not read, median 745 µs): the hop adds 382 µs, 2.06x the answer in process
//!   (means: 2.13x).
//! - CPU, profiles under `benches/load.rs` (`docs/BENCHMARKS.md`): with one HTTP/1.1 exchange
//!   per request, 56 % of the server's CPU was the kernel's TCP path; over the shared HTTP/2
//!   links, 37 %. Of the server's CPU on a forwarded request, the two HTTP/2 connection tasks
//!   take about 10 % each and dropshot's request handling 8 %; header maps, HPACK and copying
//!   1 to 6 % each.
//! - Descriptors: two per link (both ends are this process): at most 8 HTTP/2 links and 32
//!   HTTP/1.1 turns for heads over dropshot's 16 KiB HTTP/2 header list, and one HTTP/1.1
//!   connection per open websocket, spliced to the client by a copy task.
//! - Repairs that exist only because a request crossed the hop: the headers of each
//!   connection and dropshot's `x-request-id` are dropped, dropshot's own errors (its router's,
//!   its token check's, a websocket handshake's) come back as `{"request_id", "message"}` and
//!   are rewritten into ASF's envelope, and an HTTP/2 websocket (RFC 8441) becomes an HTTP/1.1
//!   upgrade, its `101` the client's `200`.
//!
//! # What would remove it
//!
//! An in-process entry in dropshot: the API description turned into a hyper `Service` (or a
//! `handle(request) -> response` on a started server) that needs no listener, takes the
//! request as the front door prepared it, hyper's upgrade included, and returns the handler's
//! answer. With it this module shrinks to the call: `backend`'s socket and token, `links`, the
//! head's preparation and `relay`'s header and websocket work go, and `http::direct` keeps
//! only what it does beyond saving the hop (stored values sent from their shared text, bot
//! lists made as the client reads them). The envelope repair stays for dropshot's own errors
//! that bypass the handlers' error type, unless dropshot also let a server choose that body.

mod backend;
mod links;
mod relay;

use std::sync::Arc;

use bytes::Bytes;
use dropshot::ErrorStatusCode;
use http::header::{self, HeaderMap, HeaderValue};
use http::uri::{Authority, PathAndQuery, Scheme};
use http::{Method, Request, Response, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;

use super::response::error;
use super::websocket::Handshake;
use crate::api::PASSWORD_HEADER;
use crate::core::Asf;
use crate::http::body::{BoxError, ProxyBody};
pub(crate) use backend::Backend;
use backend::TOKEN_HEADER;
use links::Links;
use relay::{relay, strip_hop_by_hop};

/// Why the hop could not be set up; every cause is a fault of this build or of the machine,
/// never of the configuration.
#[derive(Debug, thiserror::Error)]
pub enum LoopbackError {
    #[error("{0}")]
    Api(dropshot::ApiDescriptionBuildErrors),
    #[error("{0}")]
    Token(http::header::InvalidHeaderValue),
    #[error("{0}")]
    Start(dropshot::BuildError),
    #[error("backend address {0}: {1}")]
    Address(std::net::SocketAddr, http::uri::InvalidUri),
}

/// Starts the backend, and gives the front door's way to it.
pub(crate) fn start(asf: &Arc<Asf>) -> Result<(Backend, Hop), LoopbackError> {
    let backend = Backend::start(asf.clone())?;
    let address = backend.local_addr();
    let authority = Authority::try_from(address.to_string())
        .map_err(|error| LoopbackError::Address(address, error))?;
    let hop = Hop {
        authority,
        token: backend.token().clone(),
        links: Links::new(),
        log: asf.log().clone(),
    };
    Ok((backend, hop))
}

/// A request's body as the front door hands it on.
pub(super) enum Payload {
    /// Not read: it streams through.
    Unread(Incoming),
    /// Read and normalised to JSON.
    Json(Bytes),
}

/// The front door's side of the hop.
pub(crate) struct Hop {
    /// The backend's `host:port`, as request URIs carry it.
    authority: Authority,
    token: HeaderValue,
    links: Links,
    log: slog::Logger,
}

impl Hop {
    /// Has dropshot answer `request` at `target` (the path and query as its router reads
    /// them), a websocket `handshake` included, and relays the answer.
    pub(super) async fn forward(
        &self,
        mut request: Request<Payload>,
        target: PathAndQuery,
        handshake: Option<Handshake>,
    ) -> Response<ProxyBody> {
        let client_upgrade = handshake.map(|_| hyper::upgrade::on(&mut request));
        let (mut parts, payload) = request.into_parts();
        let uri = Uri::builder()
            .scheme(Scheme::HTTP)
            .authority(self.authority.clone())
            .path_and_query(target)
            .build();
        parts.uri = match uri {
            Ok(uri) => uri,
            Err(_) => return error(ErrorStatusCode::BAD_REQUEST, "The request path is invalid."),
        };
        self.prepare_head(&mut parts, handshake);
        let body = match payload {
            Payload::Unread(body) => body.map_err(BoxError::from).boxed(),
            Payload::Json(json) => as_json_body(&mut parts.headers, json),
        };
        let request = Request::from_parts(parts, body);
        match self
            .links
            .send(&self.log, request, client_upgrade.is_some())
            .await
        {
            Ok(response) => relay(response, client_upgrade, handshake).await,
            Err(refused) => refused,
        }
    }

    /// The head as the backend must see it: HTTP/1.1, no hop-by-hop headers (unless it is a
    /// websocket upgrade), an HTTP/2 websocket turned into the HTTP/1.1 handshake, the token
    /// in, the password out.
    fn prepare_head(&self, parts: &mut http::request::Parts, handshake: Option<Handshake>) {
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
        parts.headers.insert(TOKEN_HEADER, self.token.clone());
    }
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

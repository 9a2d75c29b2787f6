//! The front door: our own HTTP server in front of dropshot.
//!
//! dropshot routes case-sensitively and has no middleware, no PathBase and no static files, so
//! every connection lands here first. A request passes a short pipeline, one module a step:
//!
//! 1. `connection`: accepting, connection limits, hyper's settings, the request-head limits;
//!    `head`: one unambiguous `Host`, `Origin` and `Sec-Fetch-Site`;
//! 2. `path`: dot segments resolved, PathBase removed;
//! 3. `access`: the client's address, cross-site and password checks, CORS;
//! 4. routing (here, over `routes::RouteTable`, read from the OpenAPI document): the operation
//!    and the canonical path, 404 and 405;
//! 5. `dispatch` (with `body`): the hot operations in-process, everything else through the
//!    `loopback` hop to dropshot.
//!
//! Outside `/Api`, `local` answers `/HealthCheck` and `/swagger`, `static_files` the rest.
//! Every answer the front door writes itself comes from `response`; every answer, whoever wrote
//! it, passes `compression` on its way out (then `response_rate` meters it).
//!
//! A step returns `Result<_, Response>`: it passes, or it ends the request with its answer.
//! The answer moves once per request, so it is not boxed.
#![allow(clippy::result_large_err)]

mod access;
mod body;
mod compression;
mod connection;
mod dispatch;
mod head;
mod local;
pub(crate) mod loopback;
mod path;
mod response;
mod response_rate;
mod websocket;

use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::Arc;

use dropshot::ErrorStatusCode;
use http::header::{self, HeaderValue};
use http::{Request, Response, StatusCode};
use hyper::body::Incoming;
use percent_encoding::percent_decode_str;

use crate::core::Asf;
use crate::core::access::KnownNetworks;
use crate::core::ipc_config::Limits;
use crate::http::ServerStop;
use crate::http::body::{ProxyBody, empty};
use crate::http::cross_site::SiteRules;
use crate::http::direct::{HotOperations, MissingOperation};
use crate::http::metrics::{HttpMetrics, RouteTemplate};
use crate::http::routes::{Operation, RouteMatch, RouteTable, RouteTableError};
use crate::http::static_files::WebRoot;
use crate::http::swagger::{SwaggerError, SwaggerUi};
pub(crate) use connection::serve;
pub(crate) use response::error;

/// Why the front door cannot be prepared; every cause is a fault of this build, never of the
/// configuration.
#[derive(Debug, thiserror::Error)]
pub enum FrontError {
    #[error("openapi/asf.json: {0}")]
    Document(serde_json::Error),
    #[error("{0}")]
    Routes(#[from] RouteTableError),
    #[error("{0}")]
    HotOperation(#[from] MissingOperation),
    #[error("{0}")]
    Swagger(#[from] SwaggerError),
}

/// Everything a request needs, shared by all connections.
pub(crate) struct FrontState {
    asf: Arc<Asf>,
    /// This server's stop: bodies and saves under way give up once it is asked for.
    stop: ServerStop,
    routes: RouteTable,
    swagger: SwaggerUi,
    web: WebRoot,
    /// The way to dropshot for what the front door does not answer itself.
    hop: loopback::Hop,
    path_base: Option<String>,
    known: KnownNetworks,
    limits: Limits,
    http_metrics: Arc<HttpMetrics>,
    sites: SiteRules,
    /// The operations answered in-process.
    hot: HotOperations,
    /// Turns of the blocking pool for normalising large bodies: one per core, so bodies in
    /// flight cost at most that many times the normaliser's memory.
    normalizers: tokio::sync::Semaphore,
}

impl FrontState {
    /// Prepares the front door, handing what it does not answer itself to `hop`.
    pub(crate) fn new(
        asf: Arc<Asf>,
        stop: ServerStop,
        hop: loopback::Hop,
        path_base: Option<String>,
        known: KnownNetworks,
        limits: Limits,
        sites: SiteRules,
    ) -> Result<Self, FrontError> {
        let doc: serde_json::Value =
            serde_json::from_slice(crate::api::DOCUMENT).map_err(FrontError::Document)?;
        let routes = RouteTable::from_document(&doc)?;
        let hot = HotOperations::resolve(&routes)?;
        let swagger = SwaggerUi::load()?;
        let web = WebRoot::open(asf.root());
        let path_base = path_base
            .map(|p| p.trim_end_matches('/').to_string())
            .filter(|p| !p.is_empty());
        let http_metrics = Arc::new(HttpMetrics::default());
        asf.metrics().set_transport(http_metrics.clone());
        Ok(Self {
            asf,
            stop,
            routes,
            swagger,
            web,
            hop,
            path_base,
            known,
            limits,
            http_metrics,
            sites,
            hot,
            normalizers: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, usize::from),
            ),
        })
    }
}

/// Answers one request, which came over TLS when `https`.
pub(crate) async fn handle(
    state: Arc<FrontState>,
    peer: IpAddr,
    https: bool,
    mut req: Request<Incoming>,
) -> Result<Response<ProxyBody>, Infallible> {
    if let Err(response) = connection::check_head(&state.limits, &req) {
        return Ok(response);
    }
    if let Err(response) = head::check(&mut req) {
        return Ok(response);
    }
    let arrival = access::Arrival {
        client: access::forwarded_client(&state.known, peer, req.headers()),
        https,
        proxied: state.known.contains(peer),
        local_peer: match peer {
            IpAddr::V4(v4) => v4.is_loopback(),
            IpAddr::V6(v6) => v6
                .to_ipv4_mapped()
                .map_or(v6.is_loopback(), |v4| v4.is_loopback()),
        },
    };
    let path = path::remove_dot_segments(req.uri().path());
    let path = path::strip_path_base(&path, state.path_base.as_deref());
    let first = path::first_segment(path);
    if first.eq_ignore_ascii_case("Api") {
        return Ok(api(&state, arrival, req, path).await);
    }
    let response = if path
        .trim_end_matches('/')
        .eq_ignore_ascii_case("/HealthCheck")
    {
        Some(local::health_check(req.method()))
    } else if first.eq_ignore_ascii_case("swagger") {
        Some(local::swagger(&state, &req, https, arrival.proxied, path))
    } else {
        None
    };
    let Some(mut response) = response else {
        // Static files come before ASF's CORS middleware: they never carry its header.
        let response = state.web.serve(&req, path).await;
        return Ok(state.web.status_page(req.method(), response).await);
    };
    if access::wants_cors(&req, state.asf.password_setting().as_ref()) {
        access::allow_any_origin(&mut response);
    }
    // Outside /Api, failures become the web UI's page (ASF's SPA fallback).
    Ok(state.web.status_page(req.method(), response).await)
}

/// An `/Api` request: access, routing, dispatch.
async fn api(
    state: &Arc<FrontState>,
    arrival: access::Arrival,
    req: Request<Incoming>,
    path: &str,
) -> Response<ProxyBody> {
    let password = state.asf.password_setting();
    let cors = access::wants_cors(&req, password.as_ref());
    // Matching is pure, so it is done once here: the template labels the request's metrics,
    // refusals included (ASP.NET routes before it authenticates).
    let route = state.routes.lookup(req.method(), path);
    let template = match &route {
        RouteMatch::Found(_, op) => Some(op.template.clone()),
        _ => None,
    };
    let mut response =
        if let Some(preflight) = access::answer_preflight(state, &req, path, password.as_ref()) {
            preflight
        } else {
            match access::admit(state, arrival, &req, password.as_ref()).await {
                // ASF's CORS middleware runs after authentication: a refusal never carries it.
                Err(refusal) => return labelled(refusal, template),
                Ok(()) => match routed(state, &req, route) {
                    Ok((canonical, op)) => {
                        let mut req = req;
                        if op.every_method && !op.websocket {
                            // The backend knows the operation by the document's method only.
                            *req.method_mut() = op.method.clone();
                        }
                        dispatch::dispatch(state, req, canonical, op).await
                    }
                    Err(answer) => answer,
                },
            }
        };
    if cors {
        access::allow_any_origin(&mut response);
    }
    labelled(response, template)
}

/// `response` labelled with the route template its metrics count under.
fn labelled(mut response: Response<ProxyBody>, template: Option<Arc<str>>) -> Response<ProxyBody> {
    if let Some(template) = template {
        response.extensions_mut().insert(RouteTemplate(template));
    }
    response
}

/// The operation and canonical path of an admitted request, or the answer that ends it: 404,
/// 405 with `Allow`, a path whose values are not text, a body declared too large.
fn routed<'t>(
    state: &FrontState,
    req: &Request<Incoming>,
    route: RouteMatch<'t>,
) -> Result<(String, &'t Operation), Response<ProxyBody>> {
    let (canonical, op) = match route {
        RouteMatch::Found(canonical, op) => (canonical, op),
        RouteMatch::MethodNotAllowed(allow) => {
            let mut response = empty(StatusCode::METHOD_NOT_ALLOWED);
            if let Ok(allow) = HeaderValue::from_str(&allow) {
                response.headers_mut().insert(header::ALLOW, allow);
            }
            return Err(response);
        }
        RouteMatch::NotFound => return Err(empty(StatusCode::NOT_FOUND)),
    };
    // Route values reach the handlers percent-decoded; bytes that decode to no text are
    // refused here, in the envelope, rather than by the backend's router.
    if canonical
        .split('/')
        .any(|segment| percent_decode_str(segment).decode_utf8().is_err())
    {
        return Err(error(
            ErrorStatusCode::BAD_REQUEST,
            "The request path is not valid percent-encoded UTF-8.",
        ));
    }
    body::check_declared_length(state, req.headers())?;
    Ok((canonical, op))
}

//! Dispatch: an admitted, routed `/Api` request is answered by dropshot's handlers. The hot
//! operations are answered in-process (`http::direct`, the same handler functions); every
//! other request takes the loopback hop (`loopback`, which says why there is one).

use std::sync::Arc;

use dropshot::ErrorStatusCode;
use http::uri::PathAndQuery;
use http::{Request, Response, StatusCode};
use hyper::body::Incoming;

use super::loopback::Payload;
use super::response::{envelope_error, error, json_pieces, json_response, shared_json};
use super::{FrontState, body, websocket};
use crate::http::body::ProxyBody;
use crate::http::direct;
use crate::http::routes::{Operation, Unbindable};

/// Answers `req`, routed to `op` with the canonical path `canonical`.
pub(super) async fn dispatch(
    state: &Arc<FrontState>,
    req: Request<Incoming>,
    canonical: String,
    op: &Operation,
) -> Response<ProxyBody> {
    // Hot operations without a body are answered before any other work is done.
    if op.body.is_none()
        && let Some(answer) = state
            .hot
            .answer(
                &state.asf,
                &state.stop,
                op,
                &canonical,
                req.uri().query(),
                None,
            )
            .await
    {
        return direct_response(answer);
    }
    let target = match bound_target(state, op, &canonical, req.uri().query()) {
        Ok(target) => target,
        Err(response) => return response,
    };
    let handshake = op.websocket.then(|| websocket::handshake(&req)).flatten();
    if op.websocket && handshake.is_none() {
        // ASF's websocket action runs for any method and refuses anything but a handshake.
        return error(
            ErrorStatusCode::BAD_REQUEST,
            "Failed due to error: IsWebSocketRequest: False",
        );
    }
    let request = match &op.body {
        Some(schema) => {
            let (parts, body) = req.into_parts();
            let json = match body::read_json(state, &parts.headers, body, schema).await {
                Ok(json) => json,
                Err(response) => return response,
            };
            if let Some(answer) = state
                .hot
                .answer(
                    &state.asf,
                    &state.stop,
                    op,
                    target.path(),
                    target.query(),
                    Some(&json),
                )
                .await
            {
                return direct_response(answer);
            }
            Request::from_parts(parts, Payload::Json(json))
        }
        None => req.map(Payload::Unread),
    };
    state.hop.forward(request, target, handshake).await
}

/// The path and query as the handlers read them: the canonical path with its typed values
/// bound, the query with its keys in declared case (and without `password`).
fn bound_target(
    state: &FrontState,
    op: &Operation,
    canonical: &str,
    query: Option<&str>,
) -> Result<PathAndQuery, Response<ProxyBody>> {
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
    PathAndQuery::try_from(path_and_query)
        .map_err(|_| error(ErrorStatusCode::BAD_REQUEST, "The request path is invalid."))
}

fn direct_response(answer: direct::Answer) -> Response<ProxyBody> {
    match answer {
        direct::Answer::Ok(bytes) => json_response(StatusCode::OK, bytes),
        direct::Answer::Err(e) => envelope_error(&e),
        direct::Answer::Shared(pieces) => shared_json(pieces),
        direct::Answer::Pieces(pieces) => json_pieces(pieces),
    }
}

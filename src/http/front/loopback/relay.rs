//! The backend's answer as the client gets it: a websocket spliced through, the headers of the
//! backend's connection and dropshot's request ID dropped, ASF's JSON content type and
//! characters, errors in ASF's envelope.

use dropshot::ErrorStatusCode;
use http::header::{self, HeaderMap, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;

use super::super::response::{JSON_UTF8, as_aspnet_writes, empty, error};
use super::super::websocket::Handshake;
use crate::http::body::{BoxError, ProxyBody};

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

/// Relays `response` of the backend to the client; a websocket's `101` joins the client's
/// upgrade (`client_upgrade`) to the backend's.
pub(super) async fn relay(
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
pub(super) fn strip_hop_by_hop(headers: &mut HeaderMap) {
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

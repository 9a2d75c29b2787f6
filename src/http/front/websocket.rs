//! What a websocket request is, as ASP.NET's `IsWebSocketRequest` decides it: every part of
//! the handshake must be there, or ASF answers the request as a plain one.

use http::header;
use http::{Method, Request};

/// How a request asks for a websocket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Handshake {
    /// RFC 6455: `GET` with `Upgrade: websocket`.
    Http1,
    /// RFC 8441: extended `CONNECT` with `:protocol` `websocket`.
    Http2,
}

/// The websocket handshake `req` makes, if it makes a whole one.
pub(super) fn handshake<B>(req: &Request<B>) -> Option<Handshake> {
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

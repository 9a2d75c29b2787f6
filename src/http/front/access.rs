//! Access and CORS: who the client is, whether it may use the API, and the cross-origin
//! answers. Runs before routing decides anything but the route's name.

use std::net::{IpAddr, SocketAddr};

use dropshot::ErrorStatusCode;
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, Request, Response, StatusCode};
use hyper::body::Incoming;
use percent_encoding::percent_decode_str;

use super::FrontState;
use super::response::{empty, envelope_error};
use crate::api::{AsfError, PASSWORD_HEADER};
use crate::core::access::{KnownNetworks, PasswordSetting, Refusal};
use crate::http::body::ProxyBody;

/// How a request reached the server: the client's address (after a trusted proxy's
/// `X-Forwarded-For`), whether the connection is TLS, and whether the peer is a trusted proxy.
#[derive(Clone, Copy, Debug)]
pub(super) struct Arrival {
    pub(super) client: IpAddr,
    pub(super) https: bool,
    pub(super) proxied: bool,
    /// The connection came from this machine's loopback (where a rebound page arrives).
    pub(super) local_peer: bool,
}

/// Lets an `/Api` request through, or answers it with a refusal: a page of another site while
/// no password is set, a missing or wrong password, a banned client.
pub(super) async fn admit(
    state: &FrontState,
    arrival: Arrival,
    req: &Request<Incoming>,
    password: Option<&PasswordSetting>,
) -> Result<(), Response<ProxyBody>> {
    // Without a password, loopback is trusted; pages a local browser shows must not be.
    if password.is_none()
        && let Err(reason) = state.sites.check(
            req.headers(),
            req.uri().authority().map(|a| a.as_str()),
            arrival.https,
            arrival.proxied,
            arrival.local_peer,
        )
    {
        slog::warn!(
            state.asf.log(),
            "Refused {} {} from {}: {reason}",
            req.method(),
            printable_path(req.uri().path()),
            arrival.client
        );
        return Err(refusal(Refusal::NotAllowed));
    }
    let client = arrival.client;
    let offered = offered_password(req);
    let trusted = state.known.contains(client);
    state
        .asf
        .access()
        .authorize(
            client,
            trusted,
            password,
            offered.as_deref(),
            state.asf.crypt_key(),
        )
        .await
        .map_err(refusal)
}

/// A CORS preflight to `/Api` while a password is set, answered before authentication
/// (browsers never send credentials with one), or `None` for any other request.
pub(super) fn answer_preflight(
    state: &FrontState,
    req: &Request<Incoming>,
    path: &str,
    password: Option<&PasswordSetting>,
) -> Option<Response<ProxyBody>> {
    (password.is_some() && is_preflight(req)).then(|| preflight(state.routes.allowed_methods(path)))
}

/// A path for a log line: at most 200 characters, control characters escaped.
fn printable_path(path: &str) -> String {
    let short: String = path.chars().take(200).collect();
    short.escape_debug().to_string()
}

/// CORS exists only while a password protects the API, as in ASF: then any origin may read
/// the answer (the password is what protects it). ASF's CORS middleware comes after static
/// files and after authentication, so it marks the answers of `/Api` that pass
/// authentication, `/HealthCheck`, `/swagger` and the document, and no refusal.
pub(super) fn wants_cors<B>(req: &Request<B>, password: Option<&PasswordSetting>) -> bool {
    password.is_some() && req.headers().contains_key(header::ORIGIN)
}

/// Marks `response` readable by any origin.
pub(super) fn allow_any_origin(response: &mut Response<ProxyBody>) {
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
}

fn is_preflight(req: &Request<Incoming>) -> bool {
    req.method() == Method::OPTIONS
        && req.headers().contains_key(header::ORIGIN)
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
}

/// The client's address: the peer, or, when the peer is a trusted proxy (loopback or a known
/// network), the right-most `X-Forwarded-For` entry (ASP.NET's `ForwardLimit = 1`).
/// IPv4-mapped IPv6 addresses come back as IPv4, so one client has one address everywhere.
pub(super) fn forwarded_client(known: &KnownNetworks, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    crate::core::access::canonical(forwarded_or_peer(known, peer, headers))
}

fn forwarded_or_peer(known: &KnownNetworks, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if !known.contains(peer) {
        return peer;
    }
    // Every line counts, from the last: a last line that is not text is the entry that fails
    // to parse, rather than an earlier line's entry standing in for it.
    for line in headers.get_all("x-forwarded-for").iter().rev() {
        let text = String::from_utf8_lossy(line.as_bytes());
        if let Some(last) = text.rsplit(',').map(str::trim).find(|v| !v.is_empty()) {
            return parse_forwarded_ip(last).unwrap_or(peer);
        }
    }
    peer
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

/// The password a request offers, as ASF picks it: the first non-empty `Authentication`
/// header, or, only when that header is absent, the first non-empty `password` query value.
fn offered_password<B>(req: &Request<B>) -> Option<String> {
    let mut headers = req.headers().get_all(PASSWORD_HEADER).iter().peekable();
    if headers.peek().is_some() {
        return headers
            .find(|v| !v.is_empty())
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
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

/// The answer ASF sends with a refused request: 401 for a missing or wrong password, 403 for
/// everything else (with `Permanent` saying whether the same request can succeed later).
fn refusal(refusal: Refusal) -> Response<ProxyBody> {
    let status = match refusal {
        Refusal::WrongPassword => ErrorStatusCode::UNAUTHORIZED,
        Refusal::Banned | Refusal::NotAllowed | Refusal::Busy => ErrorStatusCode::FORBIDDEN,
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    /// ASF's `ApiAuthenticationMiddleware.cs`: 401 for a missing or wrong password, 403 for a
    /// ban, an untrusted address without a password, and a guess that cannot be checked now;
    /// only the untrusted address is refused for good.
    #[tokio::test]
    async fn each_refusal_has_asf_status_and_permanence() {
        use http_body_util::BodyExt;
        for (reason, status, permanent) in [
            (Refusal::WrongPassword, 401, true),
            (Refusal::Banned, 403, false),
            (Refusal::NotAllowed, 403, true),
            (Refusal::Busy, 403, false),
        ] {
            let answer = refusal(reason);
            assert_eq!(answer.status().as_u16(), status, "{reason:?}");
            let body = answer.into_body().collect().await.map(|b| b.to_bytes());
            let body: serde_json::Value =
                serde_json::from_slice(&body.unwrap_or_default()).unwrap_or_default();
            assert_eq!(body["Result"]["StatusCode"], status, "{reason:?}");
            assert_eq!(body["Result"]["Permanent"], permanent, "{reason:?}");
        }
    }

    /// An entry, then `lines` lines without one: every line is read.
    fn forwarded(lines: usize) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.append("x-forwarded-for", HeaderValue::from_static("192.0.2.7"));
        for _ in 0..lines {
            headers.append("x-forwarded-for", HeaderValue::from_static(" , ,  , "));
        }
        headers
    }

    #[test]
    fn reading_forwarded_lines_costs_in_proportion_to_their_number() {
        let known = KnownNetworks::default();
        let peer = IpAddr::from([127, 0, 0, 1]);
        let read = |headers: &HeaderMap| {
            let client = forwarded_client(&known, peer, std::hint::black_box(headers));
            assert_eq!(client, IpAddr::from([192, 0, 2, 7]));
        };
        let (small, large) = (forwarded(50), forwarded(500));
        let ratio = crate::core::cost::ratio(|| read(&small), || read(&large));
        assert!(ratio < 30.0, "10x the lines took {ratio:.1}x as long");
    }
}

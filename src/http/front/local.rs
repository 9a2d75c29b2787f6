//! `/HealthCheck` and `/swagger`, answered by the front door itself.

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Method, Request, Response, StatusCode};

use crate::http::document::{server_url, with_server};

use super::FrontState;
use super::response::{empty, full, json_response, verbatim_json};
use crate::http::body::ProxyBody;

/// `/HealthCheck`: the document's `GET` (and `HEAD`, whose body hyper leaves out); other
/// methods are `405` as ASP.NET answers a known route.
pub(super) fn health_check(method: &Method) -> Response<ProxyBody> {
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

/// Scheme and host of the server as the client addressed it: the listener's TLS and the
/// request's `Host` (`:authority` over HTTP/2), or, from a trusted proxy (`proxied`), the
/// `X-Forwarded-Proto` and `X-Forwarded-Host` it sends, as ASP.NET's forwarded-headers
/// middleware makes them the request's.
pub(super) fn public_origin<B>(req: &Request<B>, https: bool, proxied: bool) -> (String, String) {
    let forwarded = |name: &str| {
        proxied
            .then(|| crate::http::cross_site::last_forwarded(req.headers(), name))
            .flatten()
    };
    let scheme = forwarded("x-forwarded-proto")
        .map(|s| s.to_ascii_lowercase())
        .filter(|s| s == "http" || s == "https")
        .unwrap_or_else(|| if https { "https" } else { "http" }.to_string());
    let host = forwarded("x-forwarded-host")
        .or_else(|| {
            req.headers()
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_string)
        })
        .or_else(|| req.uri().authority().map(|a| a.to_string()))
        .unwrap_or_default();
    (scheme, host)
}

/// The path base a client sees: a trusted proxy's `X-Forwarded-Prefix` (ASF's
/// `ForwardedHeaders.All` includes it, and its `UseForwardedHeaders` runs before
/// `UsePathBase`), then `IPC.config`'s `PathBase`. A prefix that is not an absolute path of
/// URL characters is ignored, as ASP.NET ignores one it cannot parse.
fn public_path_base<B>(req: &Request<B>, proxied: bool, path_base: Option<&str>) -> Option<String> {
    let prefix = proxied
        .then(|| crate::http::cross_site::last_forwarded(req.headers(), "x-forwarded-prefix"))
        .flatten()
        .filter(|p| is_url_path(p));
    match (prefix, path_base) {
        (None, base) => base.map(str::to_string),
        (Some(prefix), None) => Some(prefix),
        (Some(prefix), Some(base)) => Some(format!("{}{base}", prefix.trim_end_matches('/'))),
    }
}

/// An absolute URL path: `/`, then unreserved characters, sub-delimiters, `:`, `@`, `/` and
/// percent escapes.
fn is_url_path(text: &str) -> bool {
    text.starts_with('/')
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/%".contains(&b))
}

pub(super) fn swagger<B>(
    state: &FrontState,
    req: &Request<B>,
    https: bool,
    proxied: bool,
    path: &str,
) -> Response<ProxyBody> {
    let method = req.method();
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
        // The checked-in document, byte for byte, with the server the client reached.
        let (scheme, host) = public_origin(req, https, proxied);
        let path_base = public_path_base(req, proxied, state.path_base.as_deref());
        let url = server_url(&scheme, &host, path_base.as_deref());
        let document = with_server(crate::api::DOCUMENT, &url);
        return verbatim_json(StatusCode::OK, Bytes::from(document));
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

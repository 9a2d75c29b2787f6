//! `/HealthCheck` and `/swagger`, answered by the front door itself.

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Method, Response, StatusCode};

use super::response::{empty, full, json_response, verbatim_json};
use super::{FrontState, ProxyBody};

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

pub(super) fn swagger(state: &FrontState, method: &Method, path: &str) -> Response<ProxyBody> {
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
        // The checked-in document, byte for byte.
        return verbatim_json(StatusCode::OK, Bytes::from_static(crate::api::DOCUMENT));
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

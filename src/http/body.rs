//! The body every answer carries (and every request the front door forwards), and the
//! simplest answers made of it. It sits below everything else in `http`: the front door, the
//! static files and the metrics all pass these bodies on, and none of them owns the type.

use bytes::Bytes;
use http::{Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full};

/// Error type of bodies flowing through the front door.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// Body of every response (and of proxied requests).
pub(crate) type ProxyBody = BoxBody<Bytes, BoxError>;

/// A body of `data`, whole.
pub(crate) fn full(data: Bytes) -> ProxyBody {
    Full::new(data).map_err(|e| match e {}).boxed()
}

/// A body of nothing.
pub(crate) fn empty_body() -> ProxyBody {
    Empty::new().map_err(|e| match e {}).boxed()
}

/// A response with no body, as ASP.NET sends for unknown routes and wrong methods.
pub(crate) fn empty(status: StatusCode) -> Response<ProxyBody> {
    let mut response = Response::new(empty_body());
    *response.status_mut() = status;
    response
}

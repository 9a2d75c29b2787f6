//! The body every answer carries (and every request the front door forwards), and the
//! simplest answers made of it. It sits below everything else in `http`: the front door, the
//! static files and the metrics all pass these bodies on, and none of them owns the type.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::{Body, Frame, SizeHint};

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

/// What one poll of a body gave.
pub(crate) type Polled = Poll<Option<Result<Frame<Bytes>, BoxError>>>;

/// Watches a body as its client takes it (what the tap holds it gives up when dropped, which
/// is also when the body is).
pub(crate) trait Tap: Send + Sync + Unpin + 'static {
    /// The client asks for the next piece: it has taken what came before.
    fn asked(&mut self) {}
    /// What the body gave when asked.
    fn gave(&mut self, polled: &Polled);
}

/// `inner`, passed on as it is, with `tap` told of every piece the client asks for.
pub(crate) fn tapped(inner: ProxyBody, tap: impl Tap) -> ProxyBody {
    Tapped { inner, tap }.boxed()
}

struct Tapped<T> {
    inner: ProxyBody,
    tap: T,
}

impl<T: Tap> Body for Tapped<T> {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Polled {
        self.tap.asked();
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        self.tap.gave(&polled);
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// A response with no body, as ASP.NET sends for unknown routes and wrong methods.
pub(crate) fn empty(status: StatusCode) -> Response<ProxyBody> {
    let mut response = Response::new(empty_body());
    *response.status_mut() = status;
    response
}

//! Strict request heads: the headers the access rules read are unambiguous before any rule
//! reads them.
//!
//! `Host` follows Kestrel (RFC 9112 §3.2): an HTTP/1.1 request without one, any request with
//! more than one, or one whose value is not visible ASCII is answered `400` with an empty body
//! and the connection closed. HTTP/1.0 may omit it. An absolute-form target must name the same
//! authority as `Host`. Over HTTP/2, `:authority` is the host, and it replaces any `Host` header
//! as Kestrel replaces it; without `:authority` the `Host` rules apply.
//!
//! `Origin` and `Sec-Fetch-Site` decide the cross-site rules; a browser sends each at most
//! once, so a request with two is refused (`400` in ASF's envelope) rather than judged by
//! either.

use dropshot::ErrorStatusCode;
use http::header::{self, HeaderValue};
use http::{Request, Response, StatusCode, Version};

use super::response::{closing, empty, error};
use crate::http::body::ProxyBody;

/// Headers the cross-site rules read, which may appear at most once, with their names as
/// messages write them.
const SINGLE: [(&str, &str); 2] = [("origin", "Origin"), ("sec-fetch-site", "Sec-Fetch-Site")];

/// Passes a request whose head is unambiguous (making `Host` the HTTP/2 authority), or answers
/// it.
pub(super) fn check<B>(req: &mut Request<B>) -> Result<(), Response<ProxyBody>> {
    check_host(req)?;
    for (name, written) in SINGLE {
        if req.headers().get_all(name).iter().nth(1).is_some() {
            return Err(error(
                ErrorStatusCode::BAD_REQUEST,
                &format!("The request has more than one {written} header."),
            ));
        }
    }
    Ok(())
}

fn check_host<B>(req: &mut Request<B>) -> Result<(), Response<ProxyBody>> {
    let http2 = req.version() == Version::HTTP_2;
    if http2 && let Some(authority) = req.uri().authority() {
        // hyper has already checked the authority's characters.
        let authority = HeaderValue::from_str(authority.as_str()).map_err(|_| bad_host(true))?;
        req.headers_mut().insert(header::HOST, authority);
        return Ok(());
    }
    let mut hosts = req.headers().get_all(header::HOST).iter();
    let host = match (hosts.next(), hosts.next()) {
        (None, _) if req.version() <= Version::HTTP_10 => return Ok(()),
        (Some(host), None) => host,
        _ => return Err(bad_host(http2)),
    };
    if !is_visible_ascii(host.as_bytes()) {
        return Err(bad_host(http2));
    }
    // An absolute-form target (`GET http://host/ HTTP/1.1`) must agree with `Host`.
    if let Some(authority) = req.uri().authority()
        && !authority
            .as_str()
            .as_bytes()
            .eq_ignore_ascii_case(host.as_bytes())
    {
        return Err(bad_host(http2));
    }
    Ok(())
}

/// Kestrel's answer to a bad `Host`: `400`, no body, and over HTTP/1 the connection closed.
fn bad_host(http2: bool) -> Response<ProxyBody> {
    let response = empty(StatusCode::BAD_REQUEST);
    if http2 { response } else { closing(response) }
}

/// Visible ASCII (`!` to `~`); an empty value is one (RFC 9112 allows an empty `Host`).
fn is_visible_ascii(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| (0x21..=0x7e).contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(version: Version, uri: &str, hosts: &[&'static str]) -> Request<()> {
        let mut builder = Request::builder().version(version).uri(uri);
        for host in hosts {
            builder = builder.header(header::HOST, *host);
        }
        builder.body(()).expect("request")
    }

    #[test]
    fn http2_takes_its_host_from_the_authority() {
        // `:authority` replaces every Host header, as Kestrel replaces it.
        let mut req = request(
            Version::HTTP_2,
            "http://evil.example/Api/ASF",
            &["127.0.0.1", "localhost"],
        );
        assert!(check(&mut req).is_ok());
        let hosts: Vec<_> = req.headers().get_all(header::HOST).iter().collect();
        assert_eq!(hosts, ["evil.example"]);
        // Without `:authority`, the Host rules apply.
        let mut req = request(Version::HTTP_2, "/Api/ASF", &["127.0.0.1", "localhost"]);
        let refused = check(&mut req).expect_err("two hosts");
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
        assert!(
            !refused.headers().contains_key(header::CONNECTION),
            "HTTP/2 has no Connection header"
        );
        let mut req = request(Version::HTTP_2, "/Api/ASF", &[]);
        assert!(check(&mut req).is_err(), "no host at all");
        let mut req = request(Version::HTTP_2, "/Api/ASF", &["127.0.0.1"]);
        assert!(check(&mut req).is_ok());
    }

    #[test]
    fn checking_a_host_costs_in_proportion_to_its_length() {
        let request = |len: usize| {
            let host = format!("{}.example", "a".repeat(len));
            Request::builder()
                .uri("/Api/ASF")
                .header(header::HOST, host)
                .body(())
                .expect("request")
        };
        let (mut small, mut large) = (request(2_000), request(20_000));
        let ratio = crate::core::cost::ratio(
            || assert!(check(std::hint::black_box(&mut small)).is_ok()),
            || assert!(check(std::hint::black_box(&mut large)).is_ok()),
        );
        assert!(ratio < 30.0, "10x the Host took {ratio:.1}x as long");
    }
}

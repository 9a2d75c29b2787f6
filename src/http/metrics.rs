//! HTTP server instrumentation, as ASP.NET Core's hosting meter reports it under ASF.
//!
//! ASF's Monitoring plugin enables ASP.NET Core's instrumentation, so ASF's dashboards chart
//! `http_server_request_duration_seconds` (a histogram by method, route, status code,
//! protocol version and scheme) and `http_server_active_requests`. The front door counts every
//! request once, whatever answers it (refusals, unknown routes and static files included);
//! `http_route` is the document's path template of the operation the request matched, and is
//! absent when it matched none, as ASP.NET leaves it out for requests no endpoint took.
//!
//! Kestrel's meter adds `kestrel_active_connections`, the connections being served by their
//! local end (transport, address family, address, port), which the dashboard's connection
//! panels chart.
//!
//! Every label value comes from a closed set (known methods, the document's templates, status
//! codes, two schemes, protocol versions, the server's own addresses), so no client can make
//! the series grow without bound.

use std::sync::Arc;
use std::task::Poll;
use std::time::Instant;

use http::{Method, Response, Version};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{
    DescriptorEncoder, EncodeLabel, EncodeLabelSet, EncodeMetric, LabelSetEncoder,
};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Unit;

use crate::core::metrics::Format;
use crate::http::body::{Polled, ProxyBody, Tap, tapped};
use crate::http::listener::{Connection, Listener};

/// The meter ASP.NET Core's hosting layer reports on: `otel_scope_name`.
const SCOPE_NAME: &str = "Microsoft.AspNetCore.Hosting";

/// The meter Kestrel reports its connections on.
const KESTREL_SCOPE_NAME: &str = "Microsoft.AspNetCore.Server.Kestrel";

/// ASP.NET Core's advised bucket bounds for `http.server.request.duration`, in seconds.
const DURATION_BUCKETS: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];

/// The route template a response answered, set by the front door where it matched one.
#[derive(Clone, Debug)]
pub(crate) struct RouteTemplate(pub Arc<str>);

/// Labels of `http_server_request_duration_seconds`.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
struct RequestLabels {
    method: &'static str,
    status: u16,
    route: Option<Arc<str>>,
    version: &'static str,
    scheme: &'static str,
}

impl EncodeLabelSet for RequestLabels {
    fn encode(&self, encoder: &mut LabelSetEncoder) -> Result<(), std::fmt::Error> {
        let status = self.status.to_string();
        ("otel_scope_name", SCOPE_NAME).encode(encoder.encode_label())?;
        ("http_request_method", self.method).encode(encoder.encode_label())?;
        ("http_response_status_code", status.as_str()).encode(encoder.encode_label())?;
        if let Some(route) = &self.route {
            ("http_route", &**route).encode(encoder.encode_label())?;
        }
        ("network_protocol_version", self.version).encode(encoder.encode_label())?;
        ("url_scheme", self.scheme).encode(encoder.encode_label())
    }
}

/// Labels of `http_server_active_requests`.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
struct ActiveLabels {
    method: &'static str,
    scheme: &'static str,
}

impl EncodeLabelSet for ActiveLabels {
    fn encode(&self, encoder: &mut LabelSetEncoder) -> Result<(), std::fmt::Error> {
        ("otel_scope_name", SCOPE_NAME).encode(encoder.encode_label())?;
        ("http_request_method", self.method).encode(encoder.encode_label())?;
        ("url_scheme", self.scheme).encode(encoder.encode_label())
    }
}

/// Labels of `kestrel_active_connections`: the connection's local end, as Kestrel tags it
/// (`server.port` and `network.type` only for IP endpoints), in the exporter's sorted order.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
struct ConnectionLabels {
    transport: &'static str,
    network_type: Option<&'static str>,
    address: String,
    port: Option<u16>,
}

impl ConnectionLabels {
    /// The local end of `conn`, accepted on `listener`.
    fn of(listener: &Listener, conn: &Connection) -> Self {
        match (conn, listener) {
            (Connection::Unix(_), Listener::Unix { path, .. }) => Self {
                transport: "unix",
                network_type: None,
                address: path.display().to_string(),
                port: None,
            },
            (Connection::Tcp(stream), _) => match stream.local_addr() {
                Ok(local) => Self {
                    transport: "tcp",
                    network_type: Some(if local.is_ipv4() { "ipv4" } else { "ipv6" }),
                    address: match local {
                        // .NET writes a scope as `%n` after the address.
                        std::net::SocketAddr::V6(v6) if v6.scope_id() != 0 => {
                            format!("{}%{}", v6.ip(), v6.scope_id())
                        }
                        other => other.ip().to_string(),
                    },
                    port: Some(local.port()),
                },
                Err(_) => Self::unknown("tcp"),
            },
            (Connection::Unix(_), Listener::Tcp { .. }) => Self::unknown("unix"),
        }
    }

    /// A connection whose local end the system no longer tells.
    fn unknown(transport: &'static str) -> Self {
        Self {
            transport,
            network_type: None,
            address: String::new(),
            port: None,
        }
    }
}

impl EncodeLabelSet for ConnectionLabels {
    fn encode(&self, encoder: &mut LabelSetEncoder) -> Result<(), std::fmt::Error> {
        ("otel_scope_name", KESTREL_SCOPE_NAME).encode(encoder.encode_label())?;
        ("network_transport", self.transport).encode(encoder.encode_label())?;
        if let Some(network_type) = self.network_type {
            ("network_type", network_type).encode(encoder.encode_label())?;
        }
        ("server_address", self.address.as_str()).encode(encoder.encode_label())?;
        match self.port {
            Some(port) => ("server_port", port.to_string().as_str()).encode(encoder.encode_label()),
            None => Ok(()),
        }
    }
}

/// A connection being served: counted in `kestrel_active_connections` until dropped.
pub(crate) struct OpenConnection(Gauge);

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.dec();
    }
}

fn duration_histogram() -> Histogram {
    Histogram::new(DURATION_BUCKETS)
}

/// The front door's instruments.
#[derive(Debug)]
pub(crate) struct HttpMetrics {
    duration: Family<RequestLabels, Histogram, fn() -> Histogram>,
    active: Family<ActiveLabels, Gauge>,
    connections: Family<ConnectionLabels, Gauge>,
}

impl Default for HttpMetrics {
    fn default() -> Self {
        Self {
            duration: Family::new_with_constructor(duration_histogram),
            active: Family::default(),
            connections: Family::default(),
        }
    }
}

impl HttpMetrics {
    /// Counts `conn`, just accepted on `listener`, as open until the result is dropped. The
    /// series is looked up once; the connection then holds its counter (one atomic).
    pub(crate) fn connection_opened(
        &self,
        listener: &Listener,
        conn: &Connection,
    ) -> OpenConnection {
        let counter = self
            .connections
            .get_or_create(&ConnectionLabels::of(listener, conn))
            .clone();
        counter.inc();
        OpenConnection(counter)
    }

    /// Starts measuring a request; `finish` the result with its response.
    pub(crate) fn start(
        self: &Arc<Self>,
        method: &Method,
        version: Version,
        tls: bool,
    ) -> InFlight {
        let active = ActiveLabels {
            method: method_label(method),
            scheme: if tls { "https" } else { "http" },
        };
        self.active.get_or_create(&active).inc();
        InFlight {
            metrics: self.clone(),
            started: Instant::now(),
            active,
            version: version_label(version),
        }
    }
}

impl Collector for HttpMetrics {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let family = encoder.encode_descriptor(
            "http_server_request_duration",
            "Duration of HTTP server requests.",
            Some(&Unit::Seconds),
            MetricType::Histogram,
        )?;
        self.duration.encode(family)?;
        let family = encoder.encode_descriptor(
            "http_server_active_requests",
            "Number of active HTTP server requests.",
            None,
            MetricType::Gauge,
        )?;
        self.active.encode(family)?;
        let family = encoder.encode_descriptor(
            "kestrel_active_connections",
            "Number of connections that are currently active on the server.",
            None,
            MetricType::Gauge,
        )?;
        self.connections.encode(family)
    }
}

/// A request being answered.
pub(crate) struct InFlight {
    metrics: Arc<HttpMetrics>,
    started: Instant,
    active: ActiveLabels,
    version: &'static str,
}

impl InFlight {
    /// Hands the response on; the request is counted when its body has been sent (or
    /// abandoned).
    pub(crate) fn finish(self, response: Response<ProxyBody>) -> Response<ProxyBody> {
        let route = response
            .extensions()
            .get::<RouteTemplate>()
            .map(|t| t.0.clone());
        let labels = RequestLabels {
            method: self.active.method,
            status: response.status().as_u16(),
            route,
            version: self.version,
            scheme: self.active.scheme,
        };
        let done = Done {
            flight: self,
            labels,
        };
        response.map(|body| tapped(body, Observed(Some(done))))
    }
}

/// What is recorded when a response ends.
struct Done {
    flight: InFlight,
    labels: RequestLabels,
}

impl Drop for Done {
    fn drop(&mut self) {
        let metrics = &self.flight.metrics;
        metrics
            .duration
            .get_or_create(&self.labels)
            .observe(self.flight.started.elapsed().as_secs_f64());
        metrics.active.get_or_create(&self.flight.active).dec();
    }
}

/// Records the request once its answer's body has been sent (or dropped, with it).
struct Observed(Option<Done>);

impl Tap for Observed {
    fn gave(&mut self, polled: &Polled) {
        if matches!(polled, Poll::Ready(None)) {
            self.0.take();
        }
    }
}

/// ASP.NET's method tag: the known methods by name, anything else `_OTHER`.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ if method.as_str() == "QUERY" => "QUERY",
        _ => "_OTHER",
    }
}

/// `network.protocol.version` as ASP.NET writes it.
fn version_label(version: Version) -> &'static str {
    match version {
        Version::HTTP_09 => "0.9",
        Version::HTTP_10 => "1.0",
        Version::HTTP_2 => "2",
        Version::HTTP_3 => "3",
        _ => "1.1",
    }
}

/// The format an `Accept` header prefers: OpenMetrics when it asks for
/// `application/openmetrics-text` at least as strongly as for the classic text (Prometheus asks
/// for OpenMetrics first), the classic text otherwise.
pub(crate) fn negotiate(headers: &http::HeaderMap) -> Format {
    let mut openmetrics = 0.0f32;
    let mut text = 0.0f32;
    for range in headers
        .get_all(http::header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut params = range.split(';');
        let media = params.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = params
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
            .map_or(1.0, |(_, q)| q.trim().parse::<f32>().unwrap_or(0.0));
        match media.as_str() {
            "application/openmetrics-text" => openmetrics = openmetrics.max(quality),
            "text/plain" | "text/*" | "*/*" => text = text.max(quality),
            _ => {}
        }
    }
    if openmetrics > 0.0 && openmetrics >= text {
        Format::OpenMetrics
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> Format {
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::ACCEPT, value.parse().expect("header"));
        negotiate(&headers)
    }

    #[test]
    fn openmetrics_only_when_preferred() {
        assert_eq!(negotiate(&http::HeaderMap::new()), Format::Text);
        assert_eq!(accept("*/*"), Format::Text);
        assert_eq!(
            accept(
                "application/openmetrics-text;version=1.0.0;q=0.5,\
                 application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2"
            ),
            Format::OpenMetrics
        );
        assert_eq!(accept("application/openmetrics-text"), Format::OpenMetrics);
        assert_eq!(
            accept("text/plain;q=0.9, application/openmetrics-text;q=0.5"),
            Format::Text
        );
        assert_eq!(accept("application/openmetrics-text;q=0"), Format::Text);
    }

    /// The `Accept` header is the one part of a scrape request that is parsed: ten times the
    /// header costs about ten times the work (measured against itself in one run).
    #[test]
    fn accept_negotiation_cost_grows_linearly() {
        let header = |entries: usize| {
            let mut headers = http::HeaderMap::new();
            let value =
                vec!["text/html;q=0.1"; entries].join(",") + ",application/openmetrics-text";
            headers.insert(http::header::ACCEPT, value.parse().expect("header"));
            headers
        };
        let negotiated = |headers: &http::HeaderMap| {
            assert_eq!(
                negotiate(std::hint::black_box(headers)),
                Format::OpenMetrics
            );
        };
        let (small, large) = (header(200), header(2000));
        let ratio = crate::core::cost::ratio(|| negotiated(&small), || negotiated(&large));
        assert!(ratio < 30.0, "10x the header cost {ratio:.1}x");
    }
}

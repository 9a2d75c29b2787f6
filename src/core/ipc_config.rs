//! `config/IPC.config`: where the IPC server listens, whom it trusts, under which prefix.
//!
//! The file is Kestrel's host configuration; ASF reads its `Kestrel` section:
//! `Endpoints.<name>.Url`, `KnownNetworks` and `PathBase`. A missing file means ASF's defaults.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::core::access::KnownNetworks;
use crate::core::jsonc;

/// File name under `config/`.
pub(crate) const FILE_NAME: &str = "IPC.config";

/// Scheme of an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Http,
    Https,
}

/// What an endpoint binds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bind {
    /// One or more TCP addresses (`localhost` is both loopbacks).
    Tcp(Vec<SocketAddr>),
    /// A unix domain socket (`http://unix:/path`).
    Unix(PathBuf),
}

/// One configured endpoint.
#[derive(Clone, Debug)]
pub struct Endpoint {
    /// The name under `Kestrel.Endpoints`.
    pub name: String,
    /// The URL as written, for log lines.
    pub url: String,
    pub scheme: Scheme,
    pub bind: Bind,
    /// The endpoint's `Certificate` section, if any.
    pub certificate: Option<Value>,
    /// The endpoint's `Protocols` value, if any.
    pub protocols: Option<Value>,
}

/// The parsed file.
#[derive(Clone, Debug, Default)]
pub struct IpcConfig {
    /// Endpoints; empty means ASF's defaults.
    pub endpoints: Vec<Endpoint>,
    pub known_networks: KnownNetworks,
    /// `KnownNetworks` entries that could not be parsed (logged and skipped).
    pub invalid_networks: Vec<String>,
    /// Prefix, without trailing slash; `None` for none or `/`.
    pub path_base: Option<String>,
    /// `Kestrel.Limits`, Kestrel's defaults where absent.
    pub limits: Limits,
    /// `Kestrel.AllowedHosts`: host names accepted in `Host` while no `IPCPassword` is set,
    /// besides IP literals and `localhost`.
    pub allowed_hosts: Vec<String>,
    /// `Kestrel.AllowedOrigins`: origins of other sites allowed to call the API while no
    /// `IPCPassword` is set.
    pub allowed_origins: Vec<String>,
}

/// Why `IPC.config` was refused; `Display` is the message logged.
#[derive(Debug)]
pub enum IpcConfigError {
    /// The file exists but cannot be read.
    Unreadable {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The file's content was refused.
    InFile {
        path: PathBuf,
        error: Box<IpcConfigError>,
    },
    /// The text is not JSON (comments and trailing commas allowed).
    Syntax(serde_json::Error),
    /// A setting of the wrong shape: `{setting} must {rule}`.
    WrongShape { setting: String, rule: &'static str },
    /// An endpoint without a `Url`.
    NoUrl { endpoint: String },
    /// An endpoint whose `Url` cannot be bound.
    BadUrl { endpoint: String, error: UrlError },
    /// The header and request-line limits leave no room for a small request head.
    HeadTooSmall,
    /// A `KnownNetworks` entry .NET's `IPNetwork` refuses (ASF's host then fails to start).
    BadNetwork { entry: String, reason: String },
    /// A setting of Kestrel's that this server does not implement, and why.
    Unsupported { setting: String, rule: &'static str },
}

impl IpcConfigError {
    fn shape(setting: impl Into<String>, rule: &'static str) -> Self {
        Self::WrongShape {
            setting: setting.into(),
            rule,
        }
    }
}

impl std::fmt::Display for IpcConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unreadable { path, error } => write!(f, "{}: {error}", path.display()),
            Self::InFile { path, error } => write!(f, "{}: {error}", path.display()),
            Self::Syntax(error) => write!(f, "invalid JSON: {error}"),
            Self::WrongShape { setting, rule } => write!(f, "{setting} must {rule}"),
            Self::NoUrl { endpoint } => write!(f, "endpoint {endpoint} has no Url"),
            Self::BadUrl { endpoint, error } => write!(f, "endpoint {endpoint}: {error}"),
            Self::HeadTooSmall => {
                f.write_str("Kestrel.Limits leave less than 8192 bytes for a request head")
            }
            Self::BadNetwork { entry, reason } => {
                write!(f, "Kestrel.KnownNetworks: {entry}: {reason}")
            }
            Self::Unsupported { setting, rule } => write!(f, "{setting}: {rule}"),
        }
    }
}

impl std::error::Error for IpcConfigError {}

/// Why an endpoint's URL cannot be bound as Kestrel would.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    NotAUrl(String),
    UnsupportedScheme(String),
    EmptyUnixPath,
    UnclosedIpv6(String),
    TextAfterAddress(String),
    NotIpv6(String),
    NoHost(String),
    NotAPort(String),
}

impl std::fmt::Display for UrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAUrl(url) => write!(f, "{url} is not a URL"),
            Self::UnsupportedScheme(scheme) => write!(f, "unsupported scheme {scheme}"),
            Self::EmptyUnixPath => f.write_str("unix socket path is empty"),
            Self::UnclosedIpv6(url) => write!(f, "{url}: unclosed IPv6 literal"),
            Self::TextAfterAddress(url) => write!(f, "{url}: unexpected text after the address"),
            Self::NotIpv6(host) => write!(f, "{host} is not an IPv6 address"),
            Self::NoHost(url) => write!(f, "{url} has no host"),
            Self::NotAPort(text) => write!(f, "{text} is not a port number"),
        }
    }
}

impl std::error::Error for UrlError {}

/// Connection and request limits, named and defaulted as Kestrel's `KestrelServerLimits`.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Open connections at once; `None` is unlimited (Kestrel's default). Connections over the
    /// limit are closed as soon as they are accepted.
    pub max_concurrent_connections: Option<usize>,
    /// Request body bytes; `None` (`null`) lifts the limit up to [`Limits::BODY_CEILING`].
    /// Over it: 413, decided from `Content-Length` before any of the body is read.
    pub max_request_body_size: Option<u64>,
    /// Bytes of all header lines together (431 over it).
    pub max_request_headers_total_size: usize,
    /// Number of header lines (431 over it).
    pub max_request_header_count: usize,
    /// Bytes of the request line (414 over it).
    pub max_request_line_size: usize,
    /// A connection with no traffic and no request in progress is closed after this long
    /// (also one that never sends anything).
    pub keep_alive_timeout: std::time::Duration,
    /// Time from the first byte of a request to the end of its headers.
    pub request_headers_timeout: std::time::Duration,
    /// A request body must arrive at least this fast once the grace period is over (408 and
    /// the connection closed otherwise); `None` disables the check.
    pub min_request_body_data_rate: Option<DataRate>,
    /// A response must be taken by the client at least this fast once the grace period is
    /// over, per HTTP/1.1 connection and per HTTP/2 stream (the connection closed, or the
    /// stream reset, otherwise); `None` disables the check. Upgraded connections (the log
    /// websocket) are exempt, as in Kestrel.
    pub min_response_data_rate: Option<DataRate>,
}

/// Kestrel's `MinDataRate`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataRate {
    pub bytes_per_second: f64,
    pub grace_period: std::time::Duration,
}

impl DataRate {
    /// Kestrel's default for request bodies and responses: 240 bytes a second after 5 s.
    pub const KESTREL: Self = Self {
        bytes_per_second: 240.0,
        grace_period: std::time::Duration::from_secs(5),
    };

    /// `Kestrel.Limits.<name>`: `null` disables the check, a rate of 0 too.
    fn parse(value: &Value, name: &str) -> Result<Option<Self>, IpcConfigError> {
        if value.is_null() {
            return Ok(None);
        }
        let rate = section(value, "BytesPerSecond")
            .and_then(Value::as_f64)
            .filter(|r| r.is_finite() && *r >= 0.0)
            .ok_or_else(|| {
                IpcConfigError::shape(format!("{name}.BytesPerSecond"), "be a number")
            })?;
        let grace = match section(value, "GracePeriod") {
            Some(g) => time_span(g, &format!("{name}.GracePeriod"))?,
            None => Self::KESTREL.grace_period,
        };
        Ok((rate > 0.0).then_some(Self {
            bytes_per_second: rate,
            grace_period: grace,
        }))
    }
}

impl Limits {
    /// The most any body may be, whatever the configuration says.
    pub const BODY_CEILING: u64 = crate::api::BACKEND_MAX_BODY_BYTES as u64;

    /// The effective body limit.
    pub fn body_limit(&self) -> u64 {
        self.max_request_body_size
            .unwrap_or(Self::BODY_CEILING)
            .min(Self::BODY_CEILING)
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_concurrent_connections: None,
            max_request_body_size: Some(30_000_000),
            max_request_headers_total_size: 32 * 1024,
            max_request_header_count: 100,
            max_request_line_size: 8 * 1024,
            keep_alive_timeout: std::time::Duration::from_secs(130),
            request_headers_timeout: std::time::Duration::from_secs(30),
            min_request_body_data_rate: Some(DataRate::KESTREL),
            min_response_data_rate: Some(DataRate::KESTREL),
        }
    }
}

impl Limits {
    fn parse(given: Option<&Value>) -> Result<Self, IpcConfigError> {
        let mut limits = Self::default();
        let Some(table) = given else {
            return Ok(limits);
        };
        if !table.is_object() {
            return Err(IpcConfigError::shape("Kestrel.Limits", "be an object"));
        }
        let present = |key: &str| {
            table
                .as_object()
                .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)))
                .map(|(_, v)| v)
        };
        if let Some(v) = present("MaxConcurrentConnections") {
            limits.max_concurrent_connections = optional_count(v, "MaxConcurrentConnections")?;
        }
        if let Some(v) = present("MaxRequestBodySize") {
            limits.max_request_body_size =
                optional_count(v, "MaxRequestBodySize")?.map(|n| n as u64);
        }
        if let Some(v) = section(table, "MaxRequestHeadersTotalSize") {
            limits.max_request_headers_total_size = count(v, "MaxRequestHeadersTotalSize")?;
        }
        if let Some(v) = section(table, "MaxRequestHeaderCount") {
            limits.max_request_header_count = count(v, "MaxRequestHeaderCount")?;
        }
        if let Some(v) = section(table, "MaxRequestLineSize") {
            limits.max_request_line_size = count(v, "MaxRequestLineSize")?;
        }
        if let Some(v) = section(table, "KeepAliveTimeout") {
            limits.keep_alive_timeout = time_span(v, "KeepAliveTimeout")?;
        }
        if let Some(v) = section(table, "RequestHeadersTimeout") {
            limits.request_headers_timeout = time_span(v, "RequestHeadersTimeout")?;
        }
        if let Some(v) = present("MinRequestBodyDataRate") {
            limits.min_request_body_data_rate = DataRate::parse(v, "MinRequestBodyDataRate")?;
        }
        if let Some(v) = present("MinResponseDataRate") {
            limits.min_response_data_rate = DataRate::parse(v, "MinResponseDataRate")?;
        }
        // hyper needs room for at least one small request head.
        if limits.max_request_headers_total_size + limits.max_request_line_size < 8192 {
            return Err(IpcConfigError::HeadTooSmall);
        }
        if limits.max_request_header_count == 0 {
            return Err(IpcConfigError::shape(
                "Kestrel.Limits.MaxRequestHeaderCount",
                "be at least 1",
            ));
        }
        Ok(limits)
    }
}

fn count(value: &Value, name: &str) -> Result<usize, IpcConfigError> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| IpcConfigError::shape(format!("Kestrel.Limits.{name}"), "be a whole number"))
}

fn optional_count(value: &Value, name: &str) -> Result<Option<usize>, IpcConfigError> {
    if value.is_null() {
        Ok(None)
    } else {
        count(value, name).map(Some)
    }
}

/// A .NET `TimeSpan` as configuration writes it (`[d.]hh:mm:ss[.fffffff]`), or seconds.
fn time_span(value: &Value, name: &str) -> Result<std::time::Duration, IpcConfigError> {
    let invalid = || {
        IpcConfigError::shape(
            format!("Kestrel.Limits.{name}"),
            "be a time span like \"00:02:10\"",
        )
    };
    if let Some(seconds) = value.as_f64() {
        return std::time::Duration::try_from_secs_f64(seconds).map_err(|_| invalid());
    }
    let text = value.as_str().ok_or_else(invalid)?.trim();
    let (days, clock) = match text.split_once('.') {
        Some((d, rest)) if rest.contains(':') && !d.contains(':') => {
            (d.parse::<u64>().map_err(|_| invalid())?, rest)
        }
        _ => (0, text),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let [h, m, s] = parts.as_slice() else {
        return Err(invalid());
    };
    let hours: u64 = h.parse().map_err(|_| invalid())?;
    let minutes: u64 = m.parse().map_err(|_| invalid())?;
    let seconds: f64 = s.parse().map_err(|_| invalid())?;
    if minutes >= 60 || !(0.0..60.0).contains(&seconds) {
        return Err(invalid());
    }
    let whole = (days * 24 + hours) * 3600 + minutes * 60;
    std::time::Duration::try_from_secs_f64(whole as f64 + seconds).map_err(|_| invalid())
}

/// A key of a configuration section; like .NET's configuration, names ignore case.
fn section<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())
}

impl IpcConfig {
    /// Reads `config/IPC.config`; `Ok(None)` when there is no such file.
    pub(crate) fn load(config_dir: &Path) -> Result<Option<Self>, IpcConfigError> {
        let path = config_dir.join(FILE_NAME);
        let text = match read_regular_file(&path, MAX_FILE_SIZE).and_then(|bytes| {
            String::from_utf8(bytes)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
        }) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(IpcConfigError::Unreadable { path, error }),
        };
        Self::parse(&text)
            .map(Some)
            .map_err(|e| IpcConfigError::InFile {
                path,
                error: Box::new(e),
            })
    }

    /// Parses the text of an `IPC.config`.
    pub fn parse(text: &str) -> Result<Self, IpcConfigError> {
        let file: Value = if text.trim().is_empty() {
            Value::Null
        } else {
            jsonc::from_str(text).map_err(IpcConfigError::Syntax)?
        };
        if !file.is_null() && !file.is_object() {
            return Err(IpcConfigError::shape("the file", "hold a JSON object"));
        }
        let kestrel = section(&file, "Kestrel").cloned().unwrap_or(Value::Null);
        let defaults = section(&kestrel, "EndpointDefaults")
            .cloned()
            .unwrap_or(Value::Null);
        check_tls_settings(&defaults, "Kestrel.EndpointDefaults")?;
        let default_certificate = default_certificate(&kestrel)?;
        let mut endpoints = named_endpoints(&kestrel, &defaults, default_certificate.as_ref())?;
        if endpoints.is_empty() {
            endpoints = url_endpoints(&file, &defaults, default_certificate.as_ref())?;
        }
        let (known_networks, invalid_networks) = known_networks(&kestrel)?;
        let path_base = path_base(&kestrel)?;
        let limits = Limits::parse(section(&kestrel, "Limits"))?;
        let allowed_hosts = string_list(&kestrel, "AllowedHosts")?;
        let allowed_origins = string_list(&kestrel, "AllowedOrigins")?;
        Ok(Self {
            endpoints,
            known_networks,
            invalid_networks,
            path_base,
            limits,
            allowed_hosts,
            allowed_origins,
        })
    }
}

/// Kestrel's `Certificates.Default`, the only entry of `Certificates` supported.
fn default_certificate(kestrel: &Value) -> Result<Option<Value>, IpcConfigError> {
    let Some(certificates) = section(kestrel, "Certificates") else {
        return Ok(None);
    };
    for (name, _) in certificates.as_object().into_iter().flatten() {
        if !name.eq_ignore_ascii_case("Default") {
            return Err(IpcConfigError::Unsupported {
                setting: format!("Kestrel.Certificates.{name}"),
                rule: "only Kestrel.Certificates.Default is supported (certificates \
                       chosen by host name are not)",
            });
        }
    }
    Ok(section(certificates, "Default").cloned())
}

/// The endpoints of `Kestrel.Endpoints`, each with its own settings, else `EndpointDefaults`'.
fn named_endpoints(
    kestrel: &Value,
    defaults: &Value,
    default_certificate: Option<&Value>,
) -> Result<Vec<Endpoint>, IpcConfigError> {
    let mut endpoints = Vec::new();
    let Some(list) = section(kestrel, "Endpoints") else {
        return Ok(endpoints);
    };
    let list = list.as_object().ok_or_else(|| {
        IpcConfigError::shape("Kestrel.Endpoints", "be an object of named endpoints")
    })?;
    for (name, endpoint) in list {
        let url = section(endpoint, "Url")
            .and_then(Value::as_str)
            .ok_or_else(|| IpcConfigError::NoUrl {
                endpoint: name.clone(),
            })?
            .to_string();
        let (scheme, bind) = parse_url(&url).map_err(|error| IpcConfigError::BadUrl {
            endpoint: name.clone(),
            error,
        })?;
        check_tls_settings(endpoint, &format!("Kestrel.Endpoints.{name}"))?;
        // As Kestrel: the endpoint's own settings, else `EndpointDefaults`, else
        // `Certificates.Default` for an HTTPS endpoint's certificate.
        let certificate = section(endpoint, "Certificate")
            .or_else(|| (scheme == Scheme::Https).then_some(default_certificate)?)
            .cloned();
        let protocols = section(endpoint, "Protocols")
            .or_else(|| section(defaults, "Protocols"))
            .cloned();
        endpoints.push(Endpoint {
            name: name.clone(),
            url,
            scheme,
            bind,
            certificate,
            protocols,
        });
    }
    Ok(endpoints)
}

/// With no named endpoints, Kestrel binds the host's `urls` (`;`-separated), else its own
/// default, `http://localhost:5000` (ASF sets 1242 only when there is no file).
fn url_endpoints(
    file: &Value,
    defaults: &Value,
    default_certificate: Option<&Value>,
) -> Result<Vec<Endpoint>, IpcConfigError> {
    let urls = match section(file, "urls") {
        None => Vec::new(),
        Some(Value::String(text)) => text
            .split(';')
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_string)
            .collect(),
        Some(_) => return Err(IpcConfigError::shape("urls", "be a string")),
    };
    let (name, urls) = if urls.is_empty() {
        ("default", vec![KESTREL_DEFAULT_URL.to_string()])
    } else {
        ("urls", urls)
    };
    let mut endpoints = Vec::new();
    for url in urls {
        let (scheme, bind) = parse_url(&url).map_err(|error| IpcConfigError::BadUrl {
            endpoint: name.to_string(),
            error,
        })?;
        endpoints.push(Endpoint {
            name: name.to_string(),
            url,
            scheme,
            bind,
            certificate: (scheme == Scheme::Https)
                .then(|| default_certificate.cloned())
                .flatten(),
            protocols: section(defaults, "Protocols").cloned(),
        });
    }
    Ok(endpoints)
}

/// `Kestrel.KnownNetworks`: the networks read, and the entries that are none.
fn known_networks(kestrel: &Value) -> Result<(KnownNetworks, Vec<String>), IpcConfigError> {
    let entries: Vec<String> = match section(kestrel, "KnownNetworks") {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect(),
        Some(_) => return Err(IpcConfigError::shape("Kestrel.KnownNetworks", "be a list")),
    };
    let (networks, mut invalid_networks) = known_network_entries(&entries)?;
    let (known_networks, unparsed) = KnownNetworks::parse(networks.iter().map(String::as_str));
    invalid_networks.extend(unparsed);
    Ok((known_networks, invalid_networks))
}

/// `Kestrel.PathBase`, without its trailing `/`; `None` for none, an empty one or `/` alone.
fn path_base(kestrel: &Value) -> Result<Option<String>, IpcConfigError> {
    let path_base = match section(kestrel, "PathBase") {
        None => None,
        Some(Value::String(p)) => Some(p.clone()),
        Some(_) => return Err(IpcConfigError::shape("Kestrel.PathBase", "be a string")),
    };
    // `PathString` refuses a value without a leading `/`; `UsePathBase` drops one trailing
    // `/`, and ASF skips an empty value or `/` alone.
    if let Some(p) = path_base
        .as_deref()
        .filter(|p| !p.is_empty() && !p.starts_with('/'))
    {
        return Err(IpcConfigError::Unsupported {
            setting: format!("Kestrel.PathBase {p:?}"),
            rule: "the path must start with '/'",
        });
    }
    Ok(path_base
        .map(|p| p.strip_suffix('/').unwrap_or(&p).to_string())
        .filter(|p| !p.is_empty()))
}

/// Kestrel's address when neither `Endpoints` nor `urls` name one.
const KESTREL_DEFAULT_URL: &str = "http://localhost:5000";

/// `KnownNetworks` read as ASF reads them (`ArchiKestrel.ConfigureServices`): split on `/`
/// (empty parts dropped), exactly an address (`IPAddress.TryParse`) and a prefix length
/// (`byte.TryParse`), else logged and skipped. What then passes to `new IPNetwork(…)` must fit
/// it: a prefix longer than the address, or bits set after the prefix, throw there, and ASF's
/// IPC does not start; here that is the error that keeps it from starting. `Ok` with the
/// entries as `address/prefix` and the ones to log.
fn known_network_entries(entries: &[String]) -> Result<(Vec<String>, Vec<String>), IpcConfigError> {
    let mut networks = Vec::new();
    let mut invalid = Vec::new();
    for entry in entries {
        let parts: Vec<&str> = entry.split('/').filter(|p| !p.is_empty()).collect();
        let parsed = match parts.as_slice() {
            [address, prefix] => {
                crate::core::access::parse_ip_address(address).zip(parse_byte(prefix))
            }
            _ => None,
        };
        let Some((address, prefix)) = parsed else {
            invalid.push(entry.clone());
            continue;
        };
        let bits: u8 = if address.is_ipv4() { 32 } else { 128 };
        if prefix > bits {
            return Err(IpcConfigError::BadNetwork {
                entry: entry.clone(),
                reason: format!(
                    "the prefix length {prefix} is longer than the address ({bits} bits)"
                ),
            });
        }
        let host_bits = match address {
            IpAddr::V4(a) => u128::from(u32::from(a)) & (u128::from(u32::MAX) >> prefix),
            IpAddr::V6(a) => u128::from(a) & u128::MAX.checked_shr(u32::from(prefix)).unwrap_or(0),
        };
        if host_bits != 0 {
            return Err(IpcConfigError::BadNetwork {
                entry: entry.clone(),
                reason: "the address has bits set after the network prefix".to_string(),
            });
        }
        networks.push(format!("{address}/{prefix}"));
    }
    Ok((networks, invalid))
}

/// `byte.TryParse`: white space around, an optional sign, decimal digits, 0 to 255.
fn parse_byte(text: &str) -> Option<u8> {
    let text = text.trim();
    let digits = text.strip_prefix('+').unwrap_or(text);
    if let Some(zero) = digits.strip_prefix('-') {
        return (!zero.is_empty() && zero.bytes().all(|b| b == b'0')).then_some(0);
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Kestrel's TLS settings of an endpoint (or `EndpointDefaults`) that this server does not
/// implement are refused by name: TLS 1.2 and 1.3 are always offered (`SslProtocols` `None`
/// or exactly those two is the same thing), no client certificate is asked for, and an
/// endpoint has one certificate (no `Sni`).
fn check_tls_settings(endpoint: &Value, at: &str) -> Result<(), IpcConfigError> {
    if let Some(protocols) = section(endpoint, "SslProtocols") {
        let names: Option<Vec<String>> = match protocols {
            Value::String(text) => Some(
                text.split(',')
                    .map(|p| p.trim().to_ascii_lowercase())
                    .collect(),
            ),
            Value::Array(items) => items
                .iter()
                .map(|v| v.as_str().map(|p| p.trim().to_ascii_lowercase()))
                .collect(),
            _ => None,
        };
        let mut names = names.unwrap_or_default();
        names.sort();
        names.dedup();
        let same_as_default = names == ["none"] || names == ["tls12", "tls13"];
        if !same_as_default {
            return Err(IpcConfigError::Unsupported {
                setting: format!("{at}.SslProtocols"),
                rule: "only \"None\" or \"Tls12, Tls13\" are supported (TLS 1.2 and 1.3 are \
                       always offered)",
            });
        }
    }
    if section(endpoint, "Sni").is_some() {
        return Err(IpcConfigError::Unsupported {
            setting: format!("{at}.Sni"),
            rule: "certificates chosen by host name are not supported: give the endpoint one \
                   Certificate",
        });
    }
    if let Some(mode) = section(endpoint, "ClientCertificateMode")
        && !mode
            .as_str()
            .is_some_and(|m| m.eq_ignore_ascii_case("NoCertificate"))
    {
        return Err(IpcConfigError::Unsupported {
            setting: format!("{at}.ClientCertificateMode"),
            rule: "only \"NoCertificate\" is supported (client certificates are not)",
        });
    }
    Ok(())
}

/// `Kestrel.<key>` as a list of strings: a JSON list, or one string separated by `;` (as
/// ASP.NET writes `AllowedHosts`).
fn string_list(kestrel: &Value, key: &str) -> Result<Vec<String>, IpcConfigError> {
    let wrong = || IpcConfigError::shape(format!("Kestrel.{key}"), "be a list of strings");
    let items: Vec<String> = match section(kestrel, key) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(text)) => text.split(';').map(str::to_string).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or_else(wrong)?,
        Some(_) => return Err(wrong()),
    };
    Ok(items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect())
}

/// Parses a Kestrel URL: `http(s)://host[:port][/]` or `http://unix:/path`.
pub fn parse_url(url: &str) -> Result<(Scheme, Bind), UrlError> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| UrlError::NotAUrl(url.to_string()))?;
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "http" => Scheme::Http,
        "https" => Scheme::Https,
        other => return Err(UrlError::UnsupportedScheme(other.to_string())),
    };
    if let Some(path) = rest.strip_prefix("unix:") {
        if path.is_empty() {
            return Err(UrlError::EmptyUnixPath);
        }
        return Ok((scheme, Bind::Unix(PathBuf::from(path))));
    }
    let authority = rest.split('/').next().unwrap_or("");
    let default_port = if scheme == Scheme::Https { 443 } else { 80 };
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6
            .split_once(']')
            .ok_or_else(|| UrlError::UnclosedIpv6(url.to_string()))?;
        let port = match after.strip_prefix(':') {
            Some(p) => parse_port(p)?,
            None if after.is_empty() => default_port,
            None => return Err(UrlError::TextAfterAddress(url.to_string())),
        };
        let ip: Ipv6Addr = host
            .parse()
            .map_err(|_| UrlError::NotIpv6(host.to_string()))?;
        return Ok((scheme, Bind::Tcp(vec![SocketAddr::from((ip, port))])));
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, parse_port(p)?),
            None => (authority, default_port),
        }
    };
    let addrs = if host.eq_ignore_ascii_case("localhost") {
        vec![
            SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
            SocketAddr::from((Ipv6Addr::LOCALHOST, port)),
        ]
    } else if let Ok(ip) = host.parse::<IpAddr>() {
        vec![SocketAddr::from((ip, port))]
    } else if host.is_empty() {
        return Err(UrlError::NoHost(url.to_string()));
    } else {
        // `*`, `+` and any other name: every interface, as Kestrel binds them.
        vec![SocketAddr::from((Ipv6Addr::UNSPECIFIED, port))]
    };
    Ok((scheme, Bind::Tcp(addrs)))
}

fn parse_port(text: &str) -> Result<u16, UrlError> {
    text.parse()
        .map_err(|_| UrlError::NotAPort(text.to_string()))
}

/// The largest `IPC.config` read.
const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// The whole of `path` when it is a regular file of at most `cap` bytes. The file is opened
/// without waiting (a FIFO with no writer would otherwise hold the open) and judged by what the
/// open file is, so nothing is read from a FIFO, a device such as `/dev/zero`, or a file over
/// the cap: reading configuration and certificates always ends, and costs at most `cap`.
pub(crate) fn read_regular_file(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    let too_large = || {
        std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("larger than {} KiB", cap / 1024),
        )
    };
    if metadata.len() > cap {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // The file may grow between the look and the read.
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_like_kestrel() {
        let tcp = |u: &str| match parse_url(u) {
            Ok((_, Bind::Tcp(a))) => a.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
            other => panic!("{u}: {other:?}"),
        };
        assert_eq!(
            tcp("http://localhost:1242"),
            ["127.0.0.1:1242", "[::1]:1242"]
        );
        assert_eq!(tcp("http://127.0.0.1:1242/"), ["127.0.0.1:1242"]);
        assert_eq!(tcp("https://[::1]:8443"), ["[::1]:8443"]);
        assert_eq!(tcp("http://*:1242"), ["[::]:1242"]);
        assert_eq!(tcp("http://asf.example.org:1242"), ["[::]:1242"]);
        assert_eq!(tcp("http://0.0.0.0"), ["0.0.0.0:80"]);
        assert_eq!(
            parse_url("http://unix:/run/asf.sock").map(|(_, b)| b),
            Ok(Bind::Unix("/run/asf.sock".into()))
        );
        assert!(parse_url("ftp://x:1").is_err());
        assert!(parse_url("http://x:99999").is_err());
    }

    #[test]
    fn without_endpoints_kestrel_s_addresses() {
        let binds = |text: &str| -> Vec<(String, Bind)> {
            IpcConfig::parse(text)
                .expect("parses")
                .endpoints
                .into_iter()
                .map(|e| (e.url, e.bind))
                .collect()
        };
        assert_eq!(
            binds("{}"),
            [(
                "http://localhost:5000".to_string(),
                Bind::Tcp(vec![
                    "127.0.0.1:5000".parse().expect("v4"),
                    "[::1]:5000".parse().expect("v6")
                ])
            )]
        );
        assert_eq!(
            binds(r#"{"URLS": "http://127.0.0.1:1; http://[::1]:2", "Kestrel": {}}"#),
            [
                (
                    "http://127.0.0.1:1".to_string(),
                    Bind::Tcp(vec!["127.0.0.1:1".parse().expect("v4")])
                ),
                (
                    "http://[::1]:2".to_string(),
                    Bind::Tcp(vec!["[::1]:2".parse().expect("v6")])
                ),
            ]
        );
        let networks = |entries: &str| {
            IpcConfig::parse(&format!(r#"{{"Kestrel": {{"KnownNetworks": {entries}}}}}"#))
                .map(|c| c.invalid_networks)
                .map_err(|e| e.to_string())
        };
        assert_eq!(
            networks(
                r#"["10.0.0.0/8", "fd00::/8", "10.0.0.0//+8", "x/8", "10.0.0.0", "10.0.0.0/8/1", "10.0.0.0/256"]"#
            ),
            Ok(vec![
                "x/8".into(),
                "10.0.0.0".into(),
                "10.0.0.0/8/1".into(),
                "10.0.0.0/256".into()
            ])
        );
        assert!(networks(r#"["fd00::1/8"]"#).is_err_and(|e| e.contains("bits set after")));
        assert!(networks(r#"["::/129"]"#).is_err_and(|e| e.contains("longer than the address")));
        assert!(networks(r#"["0.0.0.0/0", "10.0.0.0/32"]"#).is_ok());
        let refused = |kestrel: &str| {
            IpcConfig::parse(&format!(r#"{{"Kestrel": {kestrel}}}"#))
                .map(|_| ())
                .map_err(|e| e.to_string())
        };
        let endpoint = |extra: &str| {
            format!(r#"{{"Endpoints": {{"E": {{"Url": "https://127.0.0.1:1"{extra}}}}}}}"#)
        };
        assert!(refused(&endpoint(r#", "Sni": {"a": {}}"#)).is_err_and(|e| e.contains("E.Sni")));
        assert!(refused(&endpoint(r#", "SslProtocols": ["Tls13", "Tls12"]"#)).is_ok());
        assert!(refused(&endpoint(r#", "SslProtocols": "Tls12""#)).is_err());
        assert!(refused(&endpoint(r#", "ClientCertificateMode": "nocertificate""#)).is_ok());
        assert!(refused(r#"{"PathBase": "ASF/"}"#).is_err_and(|e| e.contains("start with '/'")));
        assert!(refused(r#"{"PathBase": ""}"#).is_ok());
    }

    #[test]
    fn file_sections() {
        let c = IpcConfig::parse(
            r#"{ "Kestrel": { "Endpoints": { "a": { "Url": "http://127.0.0.1:1" } },
                 "KnownNetworks": ["10.0.0.0/8", "bad"], "PathBase": "/ASF/" }, }"#,
        )
        .expect("parses");
        assert_eq!(c.endpoints.len(), 1);
        assert_eq!(c.invalid_networks, ["bad"]);
        assert_eq!(c.path_base.as_deref(), Some("/ASF"));
        assert!(IpcConfig::parse("{ nope").is_err());
        assert_eq!(c.limits, Limits::default());
        assert!(
            IpcConfig::parse(r#"{"Kestrel":{"PathBase":"/"}}"#)
                .expect("parses")
                .path_base
                .is_none()
        );
    }

    #[test]
    fn limits_like_kestrel() {
        let c = IpcConfig::parse(
            r#"{"Kestrel":{"Limits":{"MaxConcurrentConnections":5,"MaxRequestBodySize":null,
                "KeepAliveTimeout":"1.00:00:01.5","RequestHeadersTimeout":2,
                "MinRequestBodyDataRate":{"BytesPerSecond":100,"GracePeriod":"00:00:01"},
                "MinResponseDataRate":null}}}"#,
        )
        .expect("parses");
        assert_eq!(c.limits.max_concurrent_connections, Some(5));
        assert_eq!(c.limits.body_limit(), Limits::BODY_CEILING);
        assert_eq!(
            c.limits.keep_alive_timeout,
            std::time::Duration::from_secs_f64(86401.5)
        );
        assert_eq!(
            c.limits.request_headers_timeout,
            std::time::Duration::from_secs(2)
        );
        assert_eq!(
            c.limits.min_request_body_data_rate,
            Some(DataRate {
                bytes_per_second: 100.0,
                grace_period: std::time::Duration::from_secs(1)
            })
        );
        assert_eq!(c.limits.min_response_data_rate, None);
        let c = IpcConfig::parse(
            r#"{"Kestrel":{"Limits":{"MinResponseDataRate":{"BytesPerSecond":50,"GracePeriod":"00:00:02"}}}}"#,
        )
        .expect("parses");
        assert_eq!(
            c.limits.min_response_data_rate,
            Some(DataRate {
                bytes_per_second: 50.0,
                grace_period: std::time::Duration::from_secs(2)
            })
        );
        assert_eq!(c.limits.min_request_body_data_rate, Some(DataRate::KESTREL));
        for bad in [
            r#"{"Kestrel":{"Limits":{"MinResponseDataRate":{"BytesPerSecond":"fast"}}}}"#,
            r#"{"Kestrel":{"Limits":{"KeepAliveTimeout":"soon"}}}"#,
            r#"{"Kestrel":{"Limits":{"KeepAliveTimeout":"00:61:00"}}}"#,
            r#"{"Kestrel":{"Limits":{"MaxRequestHeaderCount":-1}}}"#,
            r#"{"Kestrel":{"Limits":{"MaxRequestHeaderCount":0}}}"#,
            r#"{"Kestrel":{"Limits":{"MaxRequestHeadersTotalSize":10,"MaxRequestLineSize":10}}}"#,
            r#"{"Kestrel":{"Limits":[]}}"#,
        ] {
            assert!(IpcConfig::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_regular_files_within_the_cap_are_read() {
        let dir = tempfile::tempdir().expect("dir");
        let fifo = dir.path().join("fifo");
        let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).expect("path");
        // SAFETY: `name` is a NUL-terminated path that outlives the call.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        let refused = |path: &Path| {
            read_regular_file(path, 1024)
                .expect_err("refused")
                .to_string()
        };
        // Neither waits for a writer nor reads forever.
        assert_eq!(refused(&fifo), "not a regular file");
        assert_eq!(refused(Path::new("/dev/zero")), "not a regular file");
        assert_eq!(refused(dir.path()), "not a regular file");
        let big = dir.path().join("big");
        std::fs::File::create(&big)
            .expect("create")
            .set_len(1 << 40)
            .expect("sparse 1 TiB");
        assert_eq!(refused(&big), "larger than 1 KiB");
        let small = dir.path().join("small");
        std::fs::write(&small, b"{}").expect("write");
        assert_eq!(read_regular_file(&small, 1024).expect("read"), b"{}");
        assert_eq!(
            read_regular_file(&dir.path().join("missing"), 1024)
                .expect_err("missing")
                .kind(),
            std::io::ErrorKind::NotFound
        );
    }
}

//! Cross-site and DNS-rebinding protection for `/Api` while no `IPCPassword` is set.
//!
//! Without a password ASF decides on the client's address alone: loopback, else
//! `KnownNetworks`. That rule is kept for every request. But a browser on this machine is on
//! loopback too, and any page it shows could call the API (a form or `fetch` aimed at
//! `127.0.0.1:1242`), and a host name the page's owner points at 127.0.0.1 (DNS rebinding)
//! would even let it read the answers. So a request that a browser sent (it carries an
//! `Origin`, a `Sec-Fetch-*` header or a browser's `User-Agent`) is refused when
//!
//! - the host it was sent to is neither an IP literal, nor `localhost`, nor one of this
//!   machine's own names, nor an endpoint's or `Kestrel.AllowedHosts` name (a rebinding page
//!   always sends its own host name), or
//! - its `Origin` is neither this server's own origin (same scheme, host and port, a default
//!   port being no port), nor a browser extension's, nor one in `Kestrel.AllowedOrigins`, or
//! - it has no `Origin` but the browser marks it as sent by another site
//!   (`Sec-Fetch-Site: cross-site`).
//!
//! Behind a trusted proxy (a peer `KnownNetworks` trusts) the origin is compared with the host
//! and scheme the proxy forwards (`X-Forwarded-Host`, `X-Forwarded-Proto`), as ASP.NET's
//! forwarded-headers middleware makes them the request's; the forwarded host and `Host` must
//! both be allowed names. Requests without a browser's marks (`curl`, scripts,
//! the client crate, other containers calling `http://asf:1242`) are judged by the address
//! alone, whatever their `Host`, as in ASF.

use http::HeaderMap;
use http::header;

/// Why a browser's request is refused while no password is set; it reads as the log line.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CrossSite {
    /// The request was sent to a host name that is not the server's (DNS rebinding).
    #[error(
        "Host {0} is not allowed without an IPCPassword; add it to Kestrel.AllowedHosts in IPC.config."
    )]
    Host(String),
    /// A page of another origin sent it.
    #[error(
        "Origin {0} is not allowed without an IPCPassword; add it to Kestrel.AllowedOrigins in IPC.config."
    )]
    Origin(String),
    /// The browser says another site sent it.
    #[error(
        "A request from another site (Sec-Fetch-Site: cross-site) is not allowed without an IPCPassword."
    )]
    FetchSite,
}

/// The operator's exceptions: host names and origins allowed besides the built-in ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteRules {
    /// Host names (no port), lower case.
    pub hosts: Vec<String>,
    /// Origins as browsers send them (`scheme://host[:port]`), lower case, no trailing slash.
    pub origins: Vec<String>,
}

impl SiteRules {
    /// Rules from the configured lists (case and a trailing slash do not matter).
    pub fn new<'a>(
        hosts: impl IntoIterator<Item = &'a str>,
        origins: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let clean = |s: &str| s.trim().trim_end_matches('/').to_ascii_lowercase();
        Self {
            hosts: hosts
                .into_iter()
                .map(clean)
                .filter(|s| !s.is_empty())
                .collect(),
            origins: origins
                .into_iter()
                .map(clean)
                .filter(|s| !s.is_empty())
                .collect(),
        }
    }

    /// `Err` with the reason when a request with `headers` must be refused. `authority` is the
    /// request target's (HTTP/2 sends it instead of `Host`), `https` whether the connection is
    /// TLS, `proxied` whether the peer is a trusted proxy whose forwarded host and scheme
    /// stand for the request's, and `local_peer` whether the connection came from this
    /// machine's loopback.
    ///
    /// A request no browser marked is judged by its host names only, and only when it came
    /// over loopback: that is where a page of a rebound host name arrives, and a browser may
    /// leave every mark off a same-origin `GET` over plain HTTP (no `Origin`, no `Sec-Fetch-*`
    /// for a host that is not secure, a `User-Agent` a page may set). Tools elsewhere, other
    /// containers for one, are judged by their address alone, as ASF judges them.
    pub(crate) fn check(
        &self,
        headers: &HeaderMap,
        authority: Option<&str>,
        https: bool,
        proxied: bool,
        local_peer: bool,
    ) -> Result<(), CrossSite> {
        let browser = sent_by_a_browser(headers);
        if !browser && !local_peer {
            return Ok(());
        }
        let forwarded = |name: &str| proxied.then(|| last_forwarded(headers, name)).flatten();
        let sent_to = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .or(authority)
            .map(str::to_string);
        let forwarded_host = forwarded("x-forwarded-host");
        let scheme = forwarded("x-forwarded-proto")
            .map(|s| s.to_ascii_lowercase())
            .unwrap_or_else(|| if https { "https" } else { "http" }.to_string());
        // Both names must be the server's: the proxy's, and the one the connection came with,
        // which a page cannot change (a rebound page may add forwarded headers of its own to
        // its same-origin requests).
        for name in [&sent_to, &forwarded_host].into_iter().flatten() {
            if !self.host_allowed(name) {
                return Err(CrossSite::Host(printable(name)));
            }
        }
        if !browser {
            return Ok(());
        }
        let host = forwarded_host.or(sent_to);
        match headers.get(header::ORIGIN) {
            Some(origin) => {
                let origin = String::from_utf8_lossy(origin.as_bytes());
                if !self.origin_allowed(&origin, &scheme, host.as_deref()) {
                    return Err(CrossSite::Origin(printable(&origin)));
                }
            }
            None => {
                let site = headers
                    .get("sec-fetch-site")
                    .map(|v| v.as_bytes().to_ascii_lowercase());
                if site.as_deref() == Some(b"cross-site") {
                    return Err(CrossSite::FetchSite);
                }
            }
        }
        Ok(())
    }

    fn host_allowed(&self, host: &str) -> bool {
        let name = host_name(host).to_ascii_lowercase();
        is_ip_literal(&name)
            || name == "localhost"
            || name.ends_with(".localhost")
            || machine_names().contains(&name)
            || self.hosts.iter().any(|h| *h == name || h == "*")
    }

    fn origin_allowed(&self, origin: &str, scheme: &str, host: Option<&str>) -> bool {
        let origin = origin.trim().trim_end_matches('/').to_ascii_lowercase();
        if self.origins.contains(&origin) {
            return true;
        }
        let Some((origin_scheme, authority)) = origin.split_once("://") else {
            // `null` (sandboxed frames, files) and anything else unreadable.
            return false;
        };
        if BROWSER_EXTENSION_SCHEMES.contains(&origin_scheme) {
            return true;
        }
        let Some(host) = host else {
            return false;
        };
        let Some(default_port) = default_port(scheme) else {
            return false;
        };
        origin_scheme == scheme
            && same_authority(authority, &host.to_ascii_lowercase(), default_port)
    }
}

/// Origins of browser extensions (and the userscript managers that run in them): code the
/// user installed in the browser, not a page of another site.
const BROWSER_EXTENSION_SCHEMES: &[&str] = &[
    "chrome-extension",
    "moz-extension",
    "safari-web-extension",
    "ms-browser-extension",
];

fn default_port(scheme: &str) -> Option<&'static str> {
    match scheme {
        "http" => Some("80"),
        "https" => Some("443"),
        _ => None,
    }
}

/// Whether a browser sent the request: browsers mark what pages send with `Origin` or the
/// `Sec-Fetch-*` headers, and every browser's `User-Agent` starts with `Mozilla/`. Tools and
/// scripts send none of these.
fn sent_by_a_browser(headers: &HeaderMap) -> bool {
    headers.contains_key(header::ORIGIN)
        || headers
            .keys()
            .any(|name| name.as_str().starts_with("sec-fetch-"))
        || headers
            .get(header::USER_AGENT)
            .is_some_and(|ua| ua.as_bytes().starts_with(b"Mozilla/"))
}

/// The right-most entry of a forwarded header (ASP.NET's `ForwardLimit = 1`), if any.
pub(crate) fn last_forwarded(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(name)
        .iter()
        .rev()
        .filter_map(|line| line.to_str().ok())
        .find_map(|line| {
            line.rsplit(',')
                .map(str::trim)
                .find(|entry| !entry.is_empty())
        })
        .map(str::to_string)
}

/// This machine's own host names, lower case: its host name, the name without its domain,
/// and the name mDNS gives it (`<name>.local`).
fn machine_names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut buf = [0u8; 256];
        // SAFETY: `gethostname` writes at most `buf.len()` bytes into `buf`.
        if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } != 0 {
            return Vec::new();
        }
        let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
        let name = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
        let short = name.split('.').next().unwrap_or("").to_string();
        let mut names = vec![name, format!("{short}.local"), short];
        names.retain(|n| !n.is_empty() && n != ".local");
        names.dedup();
        names
    })
}

/// Whether two `host[:port]` are the same, a missing port being `default_port`.
fn same_authority(a: &str, b: &str, default_port: &str) -> bool {
    let split = |s: &str| -> (String, String) {
        let name = host_name(s);
        let rest = &s[s.find(name).map_or(0, |i| i + name.len())..];
        let port = rest.trim_start_matches(']').trim_start_matches(':');
        let port = if port.is_empty() { default_port } else { port };
        (name.to_string(), port.to_string())
    };
    split(a) == split(b)
}

/// The host of `host[:port]` or `[v6]:port`, without brackets.
fn host_name(host: &str) -> &str {
    let host = host.trim();
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("");
    }
    match host.rsplit_once(':') {
        Some((name, _)) => name,
        None => host,
    }
}

fn is_ip_literal(name: &str) -> bool {
    name.parse::<std::net::IpAddr>().is_ok()
}

/// A header value for a message: at most 100 characters, control characters escaped.
fn printable(text: &str) -> String {
    let short: String = text.chars().take(100).collect();
    short.escape_debug().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    const BROWSER: (&str, &str) = ("user-agent", "Mozilla/5.0 (X11; Linux x86_64)");

    #[test]
    fn requests_without_a_browser_mark_are_judged_by_their_host_only_over_loopback() {
        let rules = SiteRules::default();
        for host in ["asf:1242", "nas.lan:1242", "evil.example"] {
            let h = headers(&[("host", host), ("user-agent", "curl/8.5.0")]);
            assert!(rules.check(&h, None, false, false, false).is_ok(), "{host}");
            // Over loopback, a host name that is not the machine's may be a rebound page that
            // left every browser mark off.
            assert!(rules.check(&h, None, false, false, true).is_err(), "{host}");
        }
        for host in ["127.0.0.1:1242", "localhost:1242", "[::1]:1242"] {
            let h = headers(&[("host", host), ("user-agent", "curl/8.5.0")]);
            assert!(rules.check(&h, None, false, false, true).is_ok(), "{host}");
        }
        let h = headers(&[("host", "evil.example"), BROWSER]);
        assert!(rules.check(&h, None, false, false, false).is_err());
        let h = headers(&[("host", "evil.example"), ("sec-fetch-mode", "cors")]);
        assert!(rules.check(&h, None, false, false, false).is_err());
    }

    #[test]
    fn hosts_and_origins() {
        let rules = SiteRules::new(["ASF.example.org"], ["https://ui.example.org/"]);
        let ok = |pairs: &[(&'static str, &'static str)]| {
            let mut h = headers(pairs);
            h.insert("user-agent", HeaderValue::from_static(BROWSER.1));
            rules.check(&h, None, false, false, false)
        };
        assert!(ok(&[("host", "127.0.0.1:1242")]).is_ok());
        assert!(ok(&[("host", "[::1]:1242")]).is_ok());
        assert!(ok(&[("host", "localhost:1242")]).is_ok());
        assert!(ok(&[("host", "asf.example.org")]).is_ok());
        assert!(ok(&[]).is_ok(), "HTTP/1.0 without Host");
        assert!(ok(&[("host", "evil.example:1242")]).is_err());
        assert!(ok(&[("host", "127.0.0.1.evil.example")]).is_err());
        let same = [
            ("host", "127.0.0.1:1242"),
            ("origin", "http://127.0.0.1:1242"),
        ];
        assert!(ok(&same).is_ok());
        let v6 = [("host", "[::1]:1242"), ("origin", "http://[::1]:1242")];
        assert!(ok(&v6).is_ok());
        let default_port = [
            ("host", "asf.example.org:80"),
            ("origin", "http://asf.example.org"),
        ];
        assert!(ok(&default_port).is_ok());
        for origin in [
            "http://evil.example",
            "http://127.0.0.1:1243",
            "https://127.0.0.1:1242",
            "http://localhost:1242",
            "null",
        ] {
            let mut h = headers(&[("host", "127.0.0.1:1242")]);
            h.insert("origin", HeaderValue::from_static(origin));
            assert!(
                rules.check(&h, None, false, false, false).is_err(),
                "{origin}"
            );
        }
        let extension = [
            ("host", "127.0.0.1:1242"),
            (
                "origin",
                "moz-extension://0b3cf2b1-6b0a-4b8e-9d59-5e0e9c7c2d11",
            ),
        ];
        assert!(ok(&extension).is_ok());
        let allowed = [
            ("host", "127.0.0.1:1242"),
            ("origin", "https://UI.example.org"),
        ];
        assert!(ok(&allowed).is_ok());
        assert!(ok(&[("host", "127.0.0.1:1242"), ("sec-fetch-site", "cross-site")]).is_err());
        for site in ["same-origin", "same-site", "none"] {
            let mut h = headers(&[("host", "127.0.0.1:1242")]);
            h.insert("sec-fetch-site", HeaderValue::from_static(site));
            assert!(rules.check(&h, None, false, false, false).is_ok(), "{site}");
        }
        let h = headers(&[BROWSER]);
        assert!(
            rules
                .check(&h, Some("evil.example"), false, false, false)
                .is_err()
        );
    }

    #[test]
    fn a_trusted_proxy_names_the_host_and_scheme() {
        let rules = SiteRules::default();
        // nginx's `Host $host` drops the port; `X-Forwarded-Host $host:$server_port` keeps it.
        let through_nginx = [
            ("host", "localhost"),
            ("origin", "https://localhost:8443"),
            ("x-forwarded-host", "localhost:8443"),
            ("x-forwarded-proto", "https"),
        ];
        let h = headers(&through_nginx);
        assert!(rules.check(&h, None, false, true, false).is_ok());
        assert!(
            rules.check(&h, None, false, false, false).is_err(),
            "an untrusted peer's forwarded headers are ignored"
        );
        let standard_port = headers(&[
            ("host", "localhost"),
            ("origin", "https://localhost"),
            ("x-forwarded-host", "localhost:443"),
            ("x-forwarded-proto", "https"),
        ]);
        assert!(
            rules
                .check(&standard_port, None, false, true, false)
                .is_ok()
        );
        let rebound = headers(&[
            ("host", "127.0.0.1"),
            ("origin", "https://evil.example:8443"),
            ("x-forwarded-host", "evil.example:8443"),
            ("x-forwarded-proto", "https"),
        ]);
        assert!(rules.check(&rebound, None, false, true, false).is_err());
        // A rebound page's own same-origin request (no Origin) naming a forwarded host.
        let spoofed = headers(&[
            ("host", "evil.example:1242"),
            ("sec-fetch-site", "same-origin"),
            ("x-forwarded-host", "localhost:1242"),
        ]);
        assert!(rules.check(&spoofed, None, false, true, false).is_err());
        // Over TLS without a proxy, the scheme is the connection's.
        let tls = headers(&[
            ("host", "127.0.0.1:1242"),
            ("origin", "https://127.0.0.1:1242"),
        ]);
        assert!(rules.check(&tls, None, true, false, false).is_ok());
        assert!(rules.check(&tls, None, false, false, false).is_err());
    }

    /// Reading a trusted proxy's forwarded lines costs in proportion to their number.
    #[test]
    fn reading_forwarded_hosts_costs_in_proportion_to_their_number() {
        let rules = SiteRules::default();
        let forwarded = |lines: usize| {
            let mut h = headers(&[("host", "localhost"), ("origin", "https://localhost:8443")]);
            h.append(
                "x-forwarded-host",
                HeaderValue::from_static("localhost:8443"),
            );
            h.append("x-forwarded-proto", HeaderValue::from_static("https"));
            for _ in 0..lines {
                h.append("x-forwarded-host", HeaderValue::from_static(" , ,  , "));
            }
            h
        };
        let read = |h: &HeaderMap| {
            assert!(
                rules
                    .check(std::hint::black_box(h), None, false, true, false)
                    .is_ok()
            );
        };
        let (small, large) = (forwarded(50), forwarded(500));
        let ratio = crate::core::cost::ratio(|| read(&small), || read(&large));
        assert!(ratio < 30.0, "10x the lines took {ratio:.1}x as long");
    }

    #[test]
    fn the_machine_s_own_name_is_its_own() {
        let Some(name) = machine_names().first() else {
            return;
        };
        let rules = SiteRules::default();
        let mut h = headers(&[BROWSER]);
        h.insert(
            "host",
            HeaderValue::from_str(&format!("{name}:1242")).expect("name"),
        );
        h.insert(
            "origin",
            HeaderValue::from_str(&format!("http://{name}:1242")).expect("name"),
        );
        assert!(rules.check(&h, None, false, false, false).is_ok());
    }
}

//! Cross-site and DNS-rebinding protection for `/Api` while no `IPCPassword` is set.
//!
//! Without a password ASF trusts every request from loopback, and a browser on this machine is
//! on loopback: any page it shows could call the API (a form or `fetch` aimed at
//! `127.0.0.1:1242`), and a host name the attacker's DNS points at 127.0.0.1 would even let
//! that page read the answers. So, while no password is set, a request is refused when
//!
//! - its `Host` is neither an IP literal, nor `localhost`, nor a host name in
//!   `Kestrel.AllowedHosts` (a rebinding page always sends its own host name), or
//! - its `Origin` is neither this server's own origin (the same `host:port` as `Host`) nor one
//!   in `Kestrel.AllowedOrigins`, or
//! - it has no `Origin` but the browser marks it as sent by another site (`Sec-Fetch-Site`).
//!
//! Same-origin pages (the built-in UI, ASF-ui) send their own origin or none, and `curl`,
//! scripts and the client crate send an IP literal or `localhost` as `Host` and no `Origin`.

use http::HeaderMap;
use http::header;

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

    /// `Err` with the reason when a request with `headers` (and `authority`, the request
    /// target's, which HTTP/2 sends instead of `Host`) must be refused.
    pub(crate) fn check(&self, headers: &HeaderMap, authority: Option<&str>) -> Result<(), String> {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .or(authority);
        if let Some(host) = host
            && !self.host_allowed(host)
        {
            return Err(format!(
                "Host {} is not allowed without an IPCPassword; add it to Kestrel.AllowedHosts in IPC.config.",
                printable(host)
            ));
        }
        match headers.get(header::ORIGIN) {
            Some(origin) => {
                let origin = String::from_utf8_lossy(origin.as_bytes());
                if !self.origin_allowed(&origin, host) {
                    return Err(format!(
                        "Origin {} is not allowed without an IPCPassword; add it to Kestrel.AllowedOrigins in IPC.config.",
                        printable(&origin)
                    ));
                }
            }
            None => {
                let site = headers
                    .get("sec-fetch-site")
                    .map(|v| v.as_bytes().to_ascii_lowercase());
                if matches!(site.as_deref(), Some(b"cross-site" | b"same-site")) {
                    return Err(
                        "Requests from other sites are not allowed without an IPCPassword."
                            .to_string(),
                    );
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
            || self.hosts.iter().any(|h| *h == name || h == "*")
    }

    fn origin_allowed(&self, origin: &str, host: Option<&str>) -> bool {
        let origin = origin.trim().trim_end_matches('/').to_ascii_lowercase();
        if self.origins.contains(&origin) {
            return true;
        }
        let Some((scheme, authority)) = origin.split_once("://") else {
            // `null` (sandboxed frames, files) and anything else unreadable.
            return false;
        };
        let Some(host) = host else {
            return false;
        };
        let default_port = match scheme {
            "http" => "80",
            "https" => "443",
            _ => return false,
        };
        same_authority(authority, &host.to_ascii_lowercase(), default_port)
    }
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

    #[test]
    fn hosts_and_origins() {
        let rules = SiteRules::new(["ASF.example.org"], ["https://ui.example.org/"]);
        let ok = |pairs: &[(&'static str, &'static str)]| rules.check(&headers(pairs), None);
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
            ("host", "asf.example.org"),
            ("origin", "https://asf.example.org"),
        ];
        assert!(ok(&default_port).is_ok());
        for origin in [
            "http://evil.example",
            "http://127.0.0.1:1243",
            "http://localhost:1242",
            "null",
        ] {
            let mut h = headers(&[("host", "127.0.0.1:1242")]);
            h.insert("origin", HeaderValue::from_static(origin));
            assert!(rules.check(&h, None).is_err(), "{origin}");
        }
        let allowed = [
            ("host", "127.0.0.1:1242"),
            ("origin", "https://UI.example.org"),
        ];
        assert!(ok(&allowed).is_ok());
        assert!(ok(&[("host", "127.0.0.1:1242"), ("sec-fetch-site", "cross-site")]).is_err());
        assert!(
            ok(&[
                ("host", "127.0.0.1:1242"),
                ("sec-fetch-site", "same-origin")
            ])
            .is_ok()
        );
        assert!(
            rules
                .check(&HeaderMap::new(), Some("evil.example"))
                .is_err()
        );
    }
}

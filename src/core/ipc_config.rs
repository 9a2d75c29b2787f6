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
pub const FILE_NAME: &str = "IPC.config";

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
    pub fn load(config_dir: &Path) -> Result<Option<Self>, String> {
        let path = config_dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        Self::parse(&text)
            .map(Some)
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses the text of an `IPC.config`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let file: Value = if text.trim().is_empty() {
            Value::Null
        } else {
            jsonc::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?
        };
        if !file.is_null() && !file.is_object() {
            return Err("the file must hold a JSON object".into());
        }
        let kestrel = section(&file, "Kestrel").cloned().unwrap_or(Value::Null);
        let mut endpoints = Vec::new();
        if let Some(list) = section(&kestrel, "Endpoints") {
            let list = list
                .as_object()
                .ok_or("Kestrel.Endpoints must be an object of named endpoints")?;
            for (name, endpoint) in list {
                let url = section(endpoint, "Url")
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("endpoint {name} has no Url"))?
                    .to_string();
                let (scheme, bind) =
                    parse_url(&url).map_err(|e| format!("endpoint {name}: {e}"))?;
                endpoints.push(Endpoint {
                    name: name.clone(),
                    url,
                    scheme,
                    bind,
                    certificate: section(endpoint, "Certificate").cloned(),
                    protocols: section(endpoint, "Protocols").cloned(),
                });
            }
        }
        let entries: Vec<String> = match section(&kestrel, "KnownNetworks") {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect(),
            Some(_) => return Err("Kestrel.KnownNetworks must be a list".into()),
        };
        let (known_networks, invalid_networks) =
            KnownNetworks::parse(entries.iter().map(String::as_str));
        let path_base = match section(&kestrel, "PathBase") {
            None => None,
            Some(Value::String(p)) => Some(p.clone()),
            Some(_) => return Err("Kestrel.PathBase must be a string".into()),
        };
        let path_base = path_base
            .map(|p| p.trim().trim_end_matches('/').to_string())
            .filter(|p| !p.is_empty())
            .map(|p| {
                if p.starts_with('/') {
                    p
                } else {
                    format!("/{p}")
                }
            });
        Ok(Self {
            endpoints,
            known_networks,
            invalid_networks,
            path_base,
        })
    }
}

/// Parses a Kestrel URL: `http(s)://host[:port][/]` or `http://unix:/path`.
pub fn parse_url(url: &str) -> Result<(Scheme, Bind), String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("{url} is not a URL"))?;
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "http" => Scheme::Http,
        "https" => Scheme::Https,
        other => return Err(format!("unsupported scheme {other}")),
    };
    if let Some(path) = rest.strip_prefix("unix:") {
        if path.is_empty() {
            return Err("unix socket path is empty".into());
        }
        return Ok((scheme, Bind::Unix(PathBuf::from(path))));
    }
    let authority = rest.split('/').next().unwrap_or("");
    let default_port = if scheme == Scheme::Https { 443 } else { 80 };
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6
            .split_once(']')
            .ok_or_else(|| format!("{url}: unclosed IPv6 literal"))?;
        let port = match after.strip_prefix(':') {
            Some(p) => parse_port(p)?,
            None if after.is_empty() => default_port,
            None => return Err(format!("{url}: unexpected text after the address")),
        };
        let ip: Ipv6Addr = host
            .parse()
            .map_err(|_| format!("{host} is not an IPv6 address"))?;
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
        return Err(format!("{url} has no host"));
    } else {
        // `*`, `+` and any other name: every interface, as Kestrel binds them.
        vec![SocketAddr::from((Ipv6Addr::UNSPECIFIED, port))]
    };
    Ok((scheme, Bind::Tcp(addrs)))
}

fn parse_port(text: &str) -> Result<u16, String> {
    text.parse()
        .map_err(|_| format!("{text} is not a port number"))
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
        assert!(
            IpcConfig::parse(r#"{"Kestrel":{"PathBase":"/"}}"#)
                .expect("parses")
                .path_base
                .is_none()
        );
    }
}

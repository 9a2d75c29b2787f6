//! Configuring a client: where the server is, the password, timeouts and TLS.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::client::{AsfClient, Password, Shared};
use crate::{BuildError, PASSWORD_HEADER, tls};

/// Options of an [`AsfClient`]; made by [`AsfClient::builder`].
///
/// ```
/// use std::time::Duration;
/// use asf_ipc_client::AsfClient;
///
/// let asf = AsfClient::builder("https://asf.example.org/asf")
///     .password("correct horse")
///     .timeout(Some(Duration::from_secs(10)))
///     .connect_timeout(Duration::from_secs(3))
///     .build()?;
/// assert_eq!(asf.base_url().as_str(), "https://asf.example.org/asf");
/// // The password never shows up in debug output.
/// assert!(!format!("{asf:?}").contains("correct horse"));
/// # Ok::<(), asf_ipc_client::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct AsfClientBuilder {
    base_url: String,
    password: Option<Password>,
    timeout: Option<Duration>,
    connect_timeout: Duration,
    extra_roots: Vec<CaSource>,
    accept_invalid_certificates: bool,
    headers: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
enum CaSource {
    Pem(Vec<u8>),
    File(std::path::PathBuf),
}

impl AsfClient {
    /// Starts configuring a client for `base_url`: scheme, host, port and the server's
    /// `PathBase` if it has one, for example `http://127.0.0.1:1242` or
    /// `https://example.org/asf`.
    pub fn builder(base_url: impl Into<String>) -> AsfClientBuilder {
        AsfClientBuilder::new(base_url.into())
    }

    /// A client without password and with default options for `base_url`.
    pub fn new(base_url: impl Into<String>) -> Result<Self, BuildError> {
        Self::builder(base_url).build()
    }
}

impl AsfClientBuilder {
    pub(crate) fn new(base_url: String) -> Self {
        Self {
            base_url,
            password: None,
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Duration::from_secs(10),
            extra_roots: Vec::new(),
            accept_invalid_certificates: false,
            headers: Vec::new(),
        }
    }

    /// The server's `IPCPassword` (as typed, not hashed). It is sent in the `Authentication`
    /// header of every request, and as the `password` query parameter of the log websocket
    /// (which is how browsers, and so ASF's web UI, authenticate it).
    pub fn password(mut self, password: impl Into<String>) -> Self {
        self.password = Some(Password::new(password));
        self
    }

    /// Like [`password`](Self::password), but leaves the password unset for `None`; handy for
    /// an optional setting.
    pub fn password_opt(mut self, password: Option<impl Into<String>>) -> Self {
        self.password = password.map(Password::new);
        self
    }

    /// The longest a request may take, from sending to the end of the answer; `None` waits
    /// forever. Defaults to 60 seconds. The log stream is not limited by it.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest connecting (TCP and TLS, and the websocket handshake of the log stream)
    /// may take. Defaults to 10 seconds.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Also trusts the certificate authority (or self-signed certificate) in `pem`, in
    /// addition to the system's roots. This is how to talk to a server with a self-signed
    /// certificate without giving up verification.
    pub fn ca_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.extra_roots.push(CaSource::Pem(pem.into()));
        self
    }

    /// Like [`ca_certificate_pem`](Self::ca_certificate_pem), reading the PEM file at `path`
    /// when the client is built.
    pub fn ca_certificate_file(mut self, path: impl AsRef<Path>) -> Self {
        self.extra_roots
            .push(CaSource::File(path.as_ref().to_path_buf()));
        self
    }

    /// **Turns off TLS certificate verification**: any certificate, for any name, from any
    /// issuer, expired or not, is accepted, so anyone on the network path can read the
    /// password and everything else. Only for a throw-away test server; trust the server's
    /// certificate with [`ca_certificate_pem`](Self::ca_certificate_pem) instead.
    pub fn danger_accept_invalid_certificates_and_expose_the_password(mut self) -> Self {
        self.accept_invalid_certificates = true;
        self
    }

    /// Sends `name: value` with every request (for example something a proxy in front of the
    /// server expects).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<AsfClient, BuildError> {
        let base_url = parse_base_url(&self.base_url)?;
        let mut headers = HeaderMap::new();
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| BuildError(format!("{name:?} is not a valid header name")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| BuildError(format!("the value of header {name} is not valid")))?;
            headers.insert(name, value);
        }
        if let Some(password) = &self.password {
            let mut value = HeaderValue::from_str(password.expose()).map_err(|_| {
                BuildError("the password has characters that cannot be sent in a header".into())
            })?;
            value.set_sensitive(true);
            headers.insert(PASSWORD_HEADER, value);
        }
        let roots = self.load_roots()?;
        let mut http = reqwest::Client::builder()
            .default_headers(headers.clone())
            // A redirect would carry the `Authentication` header to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(self.connect_timeout);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout);
        }
        if self.accept_invalid_certificates {
            http = http.tls_danger_accept_invalid_certs(true);
        }
        if !roots.is_empty() {
            let certificates = roots
                .iter()
                .map(|der| reqwest::Certificate::from_der(der))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| BuildError(format!("CA certificate: {e}")))?;
            http = http.tls_certs_merge(certificates);
        }
        let http = http.build().map_err(|e| BuildError(e.to_string()))?;
        let websocket_tls = if base_url.scheme() == "https" {
            Some(tls::client_config(roots, self.accept_invalid_certificates)?)
        } else {
            None
        };
        Ok(AsfClient::from_parts(Shared {
            base_url,
            http,
            password: self.password,
            headers,
            connect_timeout: self.connect_timeout,
            websocket_tls: websocket_tls.map(Arc::new),
        }))
    }

    /// Every extra root as DER.
    fn load_roots(&self) -> Result<Vec<rustls::pki_types::CertificateDer<'static>>, BuildError> {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject;
        let mut roots = Vec::new();
        for source in &self.extra_roots {
            let (pem, origin) = match source {
                CaSource::Pem(pem) => (pem.clone(), "the CA certificate".to_string()),
                CaSource::File(path) => (
                    std::fs::read(path)
                        .map_err(|e| BuildError(format!("cannot read {}: {e}", path.display())))?,
                    path.display().to_string(),
                ),
            };
            let before = roots.len();
            for certificate in CertificateDer::pem_slice_iter(&pem) {
                roots.push(
                    certificate.map_err(|e| {
                        BuildError(format!("{origin} is not a PEM certificate: {e}"))
                    })?,
                );
            }
            if roots.len() == before {
                return Err(BuildError(format!("{origin} holds no PEM certificate")));
            }
        }
        Ok(roots)
    }
}

/// `http(s)://host[:port][/PathBase]`, without query or fragment; the trailing slash dropped.
fn parse_base_url(text: &str) -> Result<Url, BuildError> {
    let mut url = Url::parse(text.trim())
        .map_err(|e| BuildError(format!("{text:?} is not a valid base URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(BuildError(format!(
            "{text:?} is not a valid base URL: the scheme must be http or https"
        )));
    }
    if url.host().is_none() {
        return Err(BuildError(format!("{text:?} has no host")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(BuildError(format!(
            "{text:?} is not a valid base URL: it may not have a query or fragment"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(BuildError(format!(
            "{text:?} is not a valid base URL: give the IPC password with .password(), not in the URL"
        )));
    }
    let path = url.path().trim_end_matches('/').to_string();
    url.set_path(&path);
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_keep_their_path_base_without_trailing_slash() {
        let url = |s: &str| parse_base_url(s).map(|u| u.to_string());
        assert_eq!(
            url("http://127.0.0.1:1242").unwrap(),
            "http://127.0.0.1:1242/"
        );
        assert_eq!(
            url("https://example.org/asf/").unwrap(),
            "https://example.org/asf"
        );
        assert!(url("ftp://example.org").is_err());
        assert!(url("http://example.org/?password=x").is_err());
        assert!(url("http://user:pw@example.org").is_err());
        assert!(url("127.0.0.1:1242").is_err());
    }

    #[test]
    fn debug_output_hides_the_password() {
        let builder = AsfClientBuilder::new("http://127.0.0.1:1242".into()).password("hunter2");
        assert!(!format!("{builder:?}").contains("hunter2"));
        let client = builder.build().expect("client");
        assert!(!format!("{client:?}").contains("hunter2"));
    }
}

//! The client itself: one server, its password and options, and the request plumbing every
//! typed call goes through.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio_tungstenite::tungstenite;

use crate::log::{Io, LogStream};
use crate::{Client, Error};

/// The IPC password. Its `Debug` output never shows it, so a client or builder can be logged.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Password(String);

impl Password {
    pub(crate) fn new(password: impl Into<String>) -> Self {
        Self(password.into())
    }

    /// The password itself, for sending it.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<hidden>)")
    }
}

/// A client bound to one ASF instance.
///
/// Its methods are the API's operations with typed arguments and results; each unwraps ASF's
/// envelope and turns `Success: false` and error statuses into an [`Error`]. The client is
/// cheap to clone (clones share connections).
///
/// It also dereferences to the [`Client`] generated from the OpenAPI document, whose builder
/// methods (`asf_get()`, `bot_get()`, …) give the raw envelopes.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let dir = tempfile::tempdir()?;
/// # std::fs::create_dir_all(dir.path().join("config"))?;
/// # std::fs::write(dir.path().join("config/ASF.json"), r#"{"IPCPassword": "secret"}"#)?;
/// # let logs = asf_ipc::Logs::new(false, Some(dir.path()), false)?;
/// # let core = std::sync::Arc::new(asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs)?);
/// # core.start();
/// # let server = asf_ipc::IpcServer::start(core, asf_ipc::ListenConfig::http([([127, 0, 0, 1], 0).into()])).await?;
/// # let url = format!("http://{}", server.local_addrs()[0]);
/// use asf_ipc_client::{AsfClient, Error};
///
/// let asf = AsfClient::builder(&url).password("secret").build()?;
/// assert!(asf.bots("ASF").await?.is_empty());
///
/// let wrong = AsfClient::builder(&url).password("guess").build()?;
/// assert!(matches!(wrong.asf_info().await, Err(Error::WrongPassword { .. })));
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct AsfClient {
    shared: Arc<Shared>,
    generated: Client,
}

/// What clones of one client share.
pub(crate) struct Shared {
    pub(crate) base_url: Url,
    pub(crate) http: reqwest::Client,
    pub(crate) password: Option<Password>,
    /// Extra headers and `Authentication`, as sent with every request.
    pub(crate) headers: HeaderMap,
    pub(crate) connect_timeout: Duration,
    pub(crate) websocket_tls: Option<Arc<rustls::ClientConfig>>,
}

impl std::fmt::Debug for AsfClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsfClient")
            .field("base_url", &self.shared.base_url.as_str())
            .field("password", &self.shared.password)
            .finish_non_exhaustive()
    }
}

impl AsfClient {
    pub(crate) fn from_parts(shared: Shared) -> Self {
        let base = shared.base_url.as_str().trim_end_matches('/').to_string();
        let generated = Client::new_with_client(&base, shared.http.clone());
        Self {
            shared: Arc::new(shared),
            generated,
        }
    }

    /// The base URL requests are made under (with the PathBase, if any).
    pub fn base_url(&self) -> &Url {
        &self.shared.base_url
    }

    /// The generated client underneath, with the raw envelopes of every operation.
    pub fn generated(&self) -> &Client {
        &self.generated
    }

    /// The URL of `segments` under the base URL; each segment is percent-encoded, so a bot
    /// name or selector containing `/`, `?` or `#` stays one segment.
    pub(crate) fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.shared.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    /// Sends one `GET` whose successful answer is text rather than ASF's envelope (the
    /// metrics); errors are read as [`call`](Self::call) reads them.
    pub(crate) async fn get_text(&self, segments: &[&str], accept: &str) -> Result<String, Error> {
        let response = self
            .shared
            .http
            .get(self.url(segments))
            .header(reqwest::header::ACCEPT, accept)
            .send()
            .await
            .map_err(Error::transport)?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(Error::transport)?;
        if !status.is_success() {
            return Err(Error::from_answer(status, &bytes));
        }
        String::from_utf8(bytes.to_vec()).map_err(|e| Error::Decode {
            status: Some(status),
            reason: format!("not UTF-8 text: {e}"),
        })
    }

    /// Sends one request written here rather than by the generated client (each caller says
    /// why) and reads ASF's envelope from a `2xx` answer; any other answer, and
    /// `Success: false`, is an error.
    pub(crate) async fn call(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, String)],
        body: Option<Body>,
    ) -> Result<Envelope, Error> {
        let mut url = self.url(segments);
        if !query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        let mut request = self
            .shared
            .http
            .request(method, url)
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(Body(bytes)) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes);
        }
        let response = request.send().await.map_err(Error::transport)?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(Error::transport)?;
        if !status.is_success() {
            return Err(Error::from_answer(status, &bytes));
        }
        let envelope: RawEnvelope = serde_json::from_slice(&bytes).map_err(|e| Error::Decode {
            status: Some(status),
            reason: format!("not ASF's envelope: {e}"),
        })?;
        let success = envelope.success;
        let envelope = Envelope {
            status,
            result: envelope.result.filter(|r| !r.is_null()),
            message: envelope.message.unwrap_or_default(),
        };
        if !success {
            return Err(Error::Api {
                status,
                message: if envelope.message.is_empty() {
                    "Failed!".to_string()
                } else {
                    envelope.message
                },
                result: envelope.result,
            });
        }
        Ok(envelope)
    }

    /// Opens the `/Api/NLog` websocket. See [`LogStream`].
    pub(crate) async fn connect_log_stream(&self) -> Result<LogStream, Error> {
        let mut url = self.url(&["Api", "NLog"]);
        let secure = url.scheme() == "https";
        // Switching between these special schemes cannot fail.
        let _ = url.set_scheme(if secure { "wss" } else { "ws" });
        if let Some(password) = &self.shared.password {
            // As browsers do it: `?password=` with the value URI-encoded.
            let encoded = percent_encoding::utf8_percent_encode(
                password.expose(),
                percent_encoding::NON_ALPHANUMERIC,
            );
            url.set_query(Some(&format!("password={encoded}")));
        }
        let connect = async {
            let io = self.open_connection(&url, secure).await?;
            let mut request =
                tungstenite::client::IntoClientRequest::into_client_request(url.as_str())
                    .map_err(Error::transport)?;
            for (name, value) in &self.shared.headers {
                // The websocket carries the password in its query, as browsers send it.
                if name.as_str().eq_ignore_ascii_case(crate::PASSWORD_HEADER) {
                    continue;
                }
                request.headers_mut().insert(name.clone(), value.clone());
            }
            tokio_tungstenite::client_async(request, io)
                .await
                .map_err(|e| match e {
                    tungstenite::Error::Http(response) => Error::from_answer(
                        response.status(),
                        response.body().as_deref().unwrap_or_default(),
                    ),
                    other => Error::transport(other),
                })
        };
        let (socket, _) = tokio::time::timeout(self.shared.connect_timeout, connect)
            .await
            .map_err(|_| Error::transport(TimedOut(self.shared.connect_timeout)))??;
        Ok(LogStream::new(socket))
    }

    async fn open_connection(&self, url: &Url, secure: bool) -> Result<Box<dyn Io>, Error> {
        use rustls::pki_types::ServerName;
        let port = url.port_or_known_default().unwrap_or(80);
        let (tcp, server_name) = match url.host() {
            Some(url::Host::Domain(domain)) => (
                tokio::net::TcpStream::connect((domain, port)).await,
                ServerName::try_from(domain.to_string()).map_err(Error::transport)?,
            ),
            Some(url::Host::Ipv4(ip)) => (
                tokio::net::TcpStream::connect((ip, port)).await,
                ServerName::IpAddress(std::net::IpAddr::V4(ip).into()),
            ),
            Some(url::Host::Ipv6(ip)) => (
                tokio::net::TcpStream::connect((ip, port)).await,
                ServerName::IpAddress(std::net::IpAddr::V6(ip).into()),
            ),
            None => return Err(Error::InvalidInput("the base URL has no host".into())),
        };
        let tcp = tcp.map_err(Error::transport)?;
        let _ = tcp.set_nodelay(true);
        if !secure {
            return Ok(Box::new(tcp));
        }
        let config = self.shared.websocket_tls.clone().ok_or_else(|| {
            Error::InvalidInput("no TLS configuration for an https base URL".into())
        })?;
        let tls = tokio_rustls::TlsConnector::from(config)
            .connect(server_name, tcp)
            .await
            .map_err(Error::transport)?;
        Ok(Box::new(tls))
    }
}

impl std::ops::Deref for AsfClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.generated
    }
}

#[derive(Debug)]
struct TimedOut(Duration);

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no connection within {:?}", self.0)
    }
}

impl std::error::Error for TimedOut {}

/// ASF's envelope as it comes: around a whole answer, and around each bot's part of a
/// two-factor answer.
#[derive(Deserialize)]
pub(crate) struct RawEnvelope {
    #[serde(rename = "Result", default)]
    pub(crate) result: Option<serde_json::Value>,
    #[serde(rename = "Message", default)]
    pub(crate) message: Option<String>,
    /// ASF always sends it; an envelope without it is no success.
    #[serde(rename = "Success", default)]
    pub(crate) success: bool,
}

/// A JSON request body, serialised in the order its `Serialize` gives.
pub(crate) struct Body(Vec<u8>);

impl Body {
    pub(crate) fn json(value: impl Serialize) -> Result<Self, Error> {
        serde_json::to_vec(&value)
            .map(Body)
            .map_err(|e| Error::InvalidInput(e.to_string()))
    }
}

/// Serialises a value that goes inside a body, reporting failures as bad input.
pub(crate) fn to_json(value: impl Serialize) -> Result<serde_json::Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::InvalidInput(e.to_string()))
}

/// A successful envelope.
pub(crate) struct Envelope {
    pub(crate) status: StatusCode,
    pub(crate) result: Option<serde_json::Value>,
    pub(crate) message: String,
}

impl Envelope {
    /// The `Result`, which must be there.
    pub(crate) fn result<T: DeserializeOwned>(self) -> Result<T, Error> {
        let status = self.status;
        let value = self.result.ok_or_else(|| Error::Decode {
            status: Some(status),
            reason: "the answer has no Result".to_string(),
        })?;
        decode(status, value)
    }
}

pub(crate) fn decode<T: DeserializeOwned>(
    status: StatusCode,
    value: serde_json::Value,
) -> Result<T, Error> {
    serde_json::from_value(value).map_err(|e| Error::Decode {
        status: Some(status),
        reason: format!("unexpected Result: {e}"),
    })
}

//! An ergonomic client for ArchiSteamFarm's IPC API, over the typed client generated from
//! `openapi/asf.json` (crate `asf-ipc-generated`).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let asf = asf_ipc_client::AsfClient::builder("http://127.0.0.1:1242")
//!     .password("secret")
//!     .build()?;
//! let info = asf.asf_get().send().await?;
//! println!("{}", info.result.as_ref().map(|r| r.version.as_str()).unwrap_or("?"));
//! # Ok(())
//! # }
//! ```

use std::time::Duration;

pub use asf_ipc_generated::{Client, Error, ResponseValue, types};

/// Header that carries `IPCPassword`.
pub const PASSWORD_HEADER: &str = "Authentication";

/// A client bound to one ASF instance; dereferences to the generated [`Client`], so every
/// operation of the API is available as a method.
#[derive(Clone, Debug)]
pub struct AsfClient {
    inner: Client,
}

impl AsfClient {
    /// Starts configuring a client for `base_url` (scheme, host, port and any PathBase, for
    /// example `http://127.0.0.1:1242` or `https://example.org/asf`).
    pub fn builder(base_url: impl Into<String>) -> AsfClientBuilder {
        AsfClientBuilder {
            base_url: base_url.into(),
            password: None,
            timeout: Some(Duration::from_secs(60)),
        }
    }

    /// A client without password for `base_url`.
    pub fn new(base_url: impl Into<String>) -> Result<Self, BuildError> {
        Self::builder(base_url).build()
    }

    /// The generated client underneath.
    pub fn generated(&self) -> &Client {
        &self.inner
    }
}

impl std::ops::Deref for AsfClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.inner
    }
}

/// Options of an [`AsfClient`].
#[derive(Clone, Debug)]
pub struct AsfClientBuilder {
    base_url: String,
    password: Option<String>,
    timeout: Option<Duration>,
}

impl AsfClientBuilder {
    /// `IPCPassword` (as typed, not hashed); sent in the `Authentication` header.
    pub fn password(mut self, password: impl Into<String>) -> Self {
        self.password = Some(password.into());
        self
    }

    /// Timeout of each request; `None` waits forever. Defaults to 60 seconds.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<AsfClient, BuildError> {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(password) = &self.password {
            let mut value = reqwest::header::HeaderValue::from_str(password)
                .map_err(|_| BuildError("the password cannot be sent in a header".into()))?;
            value.set_sensitive(true);
            headers.insert(PASSWORD_HEADER, value);
        }
        let mut http = reqwest::Client::builder().default_headers(headers);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout).connect_timeout(timeout);
        }
        let http = http.build().map_err(|e| BuildError(e.to_string()))?;
        let base = self.base_url.trim_end_matches('/');
        Ok(AsfClient {
            inner: Client::new_with_client(base, http),
        })
    }
}

/// Why a client could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError(String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}

//! The hop's far end: dropshot on an ephemeral loopback port, refusing every request that does
//! not carry this process's token, so nothing can reach the handlers around the front door's
//! access checks.

use std::net::SocketAddr;
use std::sync::Arc;

use dropshot::{
    ClientErrorStatusCode, ConfigDropshot, DynamicVersionPolicy, HandlerTaskMode, HttpError,
    HttpServer, ServerBuilder, VersionPolicy,
};
use http::HeaderValue;
use rand::Rng;
use slog::Drain;

use super::LoopbackError;
use crate::api::{BACKEND_MAX_BODY_BYTES, asf_api_mod};
use crate::core::Asf;
use crate::http::handlers::AsfIpc;

/// Header carrying the front door's token to the backend.
pub(super) const TOKEN_HEADER: &str = "x-asf-ipc-front-token";

/// Rejects requests without the token, before dropshot routes them.
#[derive(Debug)]
struct FrontTokenPolicy {
    token: HeaderValue,
}

impl DynamicVersionPolicy for FrontTokenPolicy {
    fn request_extract_version(
        &self,
        request: &http::Request<dropshot::Body>,
        _log: &slog::Logger,
    ) -> Result<semver::Version, HttpError> {
        match request.headers().get(TOKEN_HEADER) {
            Some(token) if token == self.token => Ok(semver::Version::new(6, 3, 9)),
            _ => Err(HttpError::for_client_error(
                None,
                ClientErrorStatusCode::FORBIDDEN,
                "requests must come through the IPC front door".to_string(),
            )),
        }
    }
}

/// The running dropshot server behind the front door.
pub(crate) struct Backend {
    server: HttpServer<Arc<Asf>>,
    token: HeaderValue,
}

impl Backend {
    /// Starts dropshot on `127.0.0.1:0` with a fresh random token.
    pub(super) fn start(asf: Arc<Asf>) -> Result<Self, LoopbackError> {
        let api = asf_api_mod::api_description::<AsfIpc>().map_err(LoopbackError::Api)?;
        let bytes: [u8; 32] = rand::rng().random();
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let token = HeaderValue::from_str(&hex).map_err(LoopbackError::Token)?;
        // dropshot logs every request at INFO; ASF's log is not an access log.
        let log = slog::Logger::root(
            slog::LevelFilter::new(asf.log().clone(), slog::Level::Warning).ignore_res(),
            slog::o!(),
        );
        let config = ConfigDropshot {
            bind_address: SocketAddr::from(([127, 0, 0, 1], 0)),
            default_request_body_max_bytes: BACKEND_MAX_BODY_BYTES,
            default_handler_task_mode: HandlerTaskMode::Detached,
            log_headers: Vec::new(),
            ..ConfigDropshot::default()
        };
        let server = ServerBuilder::new(api, asf, log)
            .config(config)
            .version_policy(VersionPolicy::Dynamic(Box::new(FrontTokenPolicy {
                token: token.clone(),
            })))
            .start()
            .map_err(LoopbackError::Start)?;
        Ok(Self { server, token })
    }

    /// Where the backend listens.
    pub(crate) fn local_addr(&self) -> SocketAddr {
        self.server.local_addr()
    }

    /// The header and value that let a request in, for tests and measurements that compare
    /// the front door with the backend.
    pub(crate) fn token_header(&self) -> (&'static str, &str) {
        (TOKEN_HEADER, self.token.to_str().unwrap_or_default())
    }

    /// The token the front door sends.
    pub(super) fn token(&self) -> &HeaderValue {
        &self.token
    }

    /// Stops the backend.
    pub(crate) async fn stop(self) {
        let _ = self.server.close().await;
    }
}

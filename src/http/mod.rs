//! HTTP: the front door, the dropshot backend behind it, and the endpoint handlers.

pub(crate) mod body;
pub(crate) mod cross_site;
pub(crate) mod default_ui;
pub(crate) mod direct;
pub(crate) mod document;
pub(crate) mod front;
pub(crate) mod handlers;
pub(crate) mod host;
pub(crate) mod listener;
pub(crate) mod metrics;
pub(crate) mod nlog;
pub(crate) mod routes;
pub(crate) mod static_files;
pub(crate) mod swagger;
pub(crate) mod tls;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::core::Asf;
use crate::core::access::KnownNetworks;
use crate::core::ipc_config::{Bind, IpcConfig, IpcConfigError, Limits, Scheme};
use front::FrontState;
use front::loopback::{self, Backend};
pub use listener::{ListenBind, ListenEndpoint};
use tls::Protocols;

/// ASF's IPC port.
pub const DEFAULT_PORT: u16 = 1242;

/// Where and how the IPC server listens.
#[derive(Clone, Debug)]
pub struct ListenConfig {
    /// Endpoints to bind. The defaults are both loopbacks on port 1242.
    pub endpoints: Vec<ListenEndpoint>,
    /// Optional prefix under which everything is also served (`/ASF`).
    pub path_base: Option<String>,
    /// Networks trusted as proxies and, without a password, as clients (loopback always is).
    pub known_networks: KnownNetworks,
    /// Connection and request limits (Kestrel's defaults unless `Kestrel.Limits` says
    /// otherwise).
    pub limits: Limits,
    /// Host names and origins allowed while no password is set (see `cross_site`).
    pub sites: cross_site::SiteRules,
}

impl Default for ListenConfig {
    fn default() -> Self {
        let mut v6 = ListenEndpoint::http(SocketAddr::from((
            std::net::Ipv6Addr::LOCALHOST,
            DEFAULT_PORT,
        )));
        v6.optional = true;
        Self {
            endpoints: vec![
                ListenEndpoint::http(SocketAddr::from(([127, 0, 0, 1], DEFAULT_PORT))),
                v6,
            ],
            path_base: None,
            known_networks: KnownNetworks::default(),
            limits: Limits::default(),
            sites: cross_site::SiteRules::default(),
        }
    }
}

impl ListenConfig {
    /// Plain HTTP on each of `addresses`, no PathBase, loopback trusted.
    pub fn http(addresses: impl IntoIterator<Item = SocketAddr>) -> Self {
        Self {
            endpoints: addresses.into_iter().map(ListenEndpoint::http).collect(),
            ..Self::default()
        }
    }

    /// The listeners `config/IPC.config` describes (ASF's defaults where it is silent), and
    /// the endpoints left out because their certificate cannot be used. Certificates are loaded
    /// here, relative to `working_dir`, each on the blocking pool with a deadline, so a broken
    /// one is reported before anything is bound and costs only its own endpoint.
    pub(crate) async fn from_ipc_config(
        config: &IpcConfig,
        working_dir: &Path,
    ) -> Result<(Self, Vec<UnusableEndpoint>), StartError> {
        let mut listen = Self {
            path_base: config.path_base.clone(),
            known_networks: config.known_networks.clone(),
            limits: config.limits.clone(),
            sites: site_rules(config),
            ..Self::default()
        };
        if config.endpoints.is_empty() {
            return Ok((listen, Vec::new()));
        }
        listen.endpoints.clear();
        let mut protocols = Vec::with_capacity(config.endpoints.len());
        for endpoint in &config.endpoints {
            protocols.push(
                Protocols::parse(endpoint.protocols.as_ref()).map_err(|error| {
                    StartError::Protocols {
                        endpoint: endpoint.name.clone(),
                        error,
                    }
                })?,
            );
        }
        let certificates = futures::future::join_all(
            config
                .endpoints
                .iter()
                .zip(&protocols)
                .map(|(endpoint, protocols)| load_certificate(endpoint, *protocols, working_dir)),
        )
        .await;
        let mut unusable = Vec::new();
        for ((endpoint, protocols), certificate) in
            config.endpoints.iter().zip(protocols).zip(certificates)
        {
            let tls = match certificate {
                Ok(tls) => tls,
                Err(left_out) => {
                    unusable.push(left_out);
                    continue;
                }
            };
            let binds: Vec<(ListenBind, bool)> = match &endpoint.bind {
                Bind::Tcp(addrs) => {
                    let both_loopbacks = addrs.len() > 1;
                    addrs
                        .iter()
                        .map(|a| (ListenBind::Tcp(*a), both_loopbacks && a.is_ipv6()))
                        .collect()
                }
                Bind::Unix(path) => {
                    vec![(ListenBind::Unix(tls::resolve(working_dir, path)), false)]
                }
            };
            for (bind, optional) in binds {
                listen.endpoints.push(ListenEndpoint {
                    url: endpoint.url.clone(),
                    name: Some(endpoint.name.clone()),
                    bind,
                    tls: tls.clone(),
                    protocols,
                    optional,
                });
            }
        }
        Ok((listen, unusable))
    }
}

/// How long loading one endpoint's certificate may take (a stalled file system, say) before
/// the endpoint is left out.
const CERTIFICATE_DEADLINE: std::time::Duration = std::time::Duration::from_secs(15);

/// An endpoint left out because its certificate cannot be used.
pub(crate) struct UnusableEndpoint {
    /// The error line: the endpoint's name and URL, and why.
    pub(crate) message: String,
    /// The certificate files named, each as it was before it was read: once one looks
    /// different, loading it again may succeed. Empty when loading ran out of time.
    pub(crate) files: Vec<(PathBuf, tls::FileStamp)>,
}

/// The TLS configuration of an HTTPS endpoint (`None` for plain HTTP), or why the endpoint is
/// left out.
async fn load_certificate(
    endpoint: &crate::core::ipc_config::Endpoint,
    protocols: Protocols,
    working_dir: &Path,
) -> Result<Option<Arc<rustls::ServerConfig>>, UnusableEndpoint> {
    if endpoint.scheme == Scheme::Http {
        return Ok(None);
    }
    let unusable = |cause: String, files| UnusableEndpoint {
        message: format!(
            "Certificate of endpoint {} ({}) cannot be used: {cause}",
            endpoint.name, endpoint.url
        ),
        files,
    };
    let Some(certificate) = endpoint.certificate.clone() else {
        return Err(UnusableEndpoint {
            message: format!(
                "Endpoint {} ({}) is HTTPS but has no Certificate",
                endpoint.name, endpoint.url
            ),
            files: Vec::new(),
        });
    };
    let working_dir = working_dir.to_path_buf();
    let load = tokio::task::spawn_blocking(move || {
        let files: Vec<_> = tls::files(&working_dir, &certificate)
            .into_iter()
            .map(|path| {
                let stamp = tls::FileStamp::of(&path);
                (path, stamp)
            })
            .collect();
        (
            tls::server_config(&working_dir, &certificate, protocols),
            files,
        )
    });
    match tokio::time::timeout(CERTIFICATE_DEADLINE, load).await {
        Ok(Ok((Ok(config), _))) => Ok(Some(config)),
        Ok(Ok((Err(cause), files))) => Err(unusable(cause.to_string(), files)),
        Ok(Err(panicked)) => Err(unusable(panicked.to_string(), Vec::new())),
        Err(_) => Err(unusable(
            format!(
                "reading it took longer than {} s; save IPC.config again to retry",
                CERTIFICATE_DEADLINE.as_secs()
            ),
            Vec::new(),
        )),
    }
}

/// Why the IPC server did not start; each reads as the line the log shows after
/// `StartInternally()`.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// `config/IPC.config` cannot be read or holds a value that cannot be.
    #[error("{0}")]
    Config(IpcConfigError),
    /// An endpoint's `Protocols` names none that can be offered.
    #[error("Endpoint {endpoint}: {error}")]
    Protocols {
        endpoint: String,
        error: tls::UnknownProtocols,
    },
    /// Every endpoint of `IPC.config` was left out (each logged with its reason).
    #[error("No endpoint of IPC.config can be used.")]
    NoUsableEndpoint,
    #[error("{0}")]
    Bind(#[from] listener::BindError),
    #[error("{0}")]
    Backend(#[from] loopback::LoopbackError),
    #[error("{0}")]
    Front(#[from] front::FrontError),
}

/// What `config/IPC.config` asks for, ready to start.
pub(crate) struct Prepared {
    /// The listeners, or why none can start.
    pub(crate) config: Result<ListenConfig, StartError>,
    /// Certificate files of endpoints left out, as they were when read.
    pub(crate) unusable_certificates: Vec<(PathBuf, tls::FileStamp)>,
}

/// One server's stop as its requests see it: asked for once, for good, so a request that
/// looks a moment after the stop was asked for sees it too, and another server's start or
/// stop changes nothing.
#[derive(Clone, Debug)]
pub(crate) struct ServerStop(watch::Receiver<bool>);

impl ServerStop {
    /// Resolves once this server is asked to stop, at once when it already was.
    pub(crate) async fn asked(&self) {
        let mut stop = self.0.clone();
        if stop.wait_for(|asked| *asked).await.is_err() {
            // The server was dropped without a stop: nothing will ever be asked.
            std::future::pending::<()>().await;
        }
    }
}

/// A running IPC server: listeners, front door and backend.
pub struct IpcServer {
    local_addrs: Vec<SocketAddr>,
    asf: Arc<Asf>,
    backend: Backend,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl IpcServer {
    /// Starts the IPC server, logging ASF's start lines. A bind failure is logged as ASF logs
    /// it and returned; nothing stays half-started.
    pub async fn start(asf: Arc<Asf>, config: ListenConfig) -> Result<Self, StartError> {
        let log = asf.log().clone();
        slog::info!(log, "StartInternally() Starting IPC server...");
        match Self::start_inner(asf, config).await {
            Ok(server) => {
                slog::info!(log, "StartInternally() IPC server ready!");
                Ok(server)
            }
            Err(e) => {
                slog::error!(log, "StartInternally() {e}");
                Err(e)
            }
        }
    }

    /// Starts the IPC server as `config/IPC.config` describes (defaults without the file).
    /// An endpoint whose certificate cannot be used is logged and left out; the others start.
    pub async fn start_from_config_dir(asf: Arc<Asf>) -> Result<Self, StartError> {
        let prepared = Self::prepare(&asf).await;
        Self::start_prepared(asf, prepared.config).await
    }

    /// Reads `config/IPC.config` and loads its certificates, logging what cannot be used.
    pub(crate) async fn prepare(asf: &Arc<Asf>) -> Prepared {
        let mut unusable_certificates = Vec::new();
        let config = match IpcConfig::load(asf.config_dir()) {
            Ok(Some(file)) => {
                for bad in &file.invalid_networks {
                    slog::error!(asf.log(), "StartInternally() {bad} is invalid!");
                }
                ListenConfig::from_ipc_config(&file, asf.root())
                    .await
                    .and_then(|(listen, unusable)| {
                        for endpoint in unusable {
                            slog::error!(asf.log(), "StartInternally() {}", endpoint.message);
                            unusable_certificates.extend(endpoint.files);
                        }
                        if listen.endpoints.is_empty() {
                            Err(StartError::NoUsableEndpoint)
                        } else {
                            Ok(listen)
                        }
                    })
            }
            Ok(None) => Ok(ListenConfig::default()),
            Err(e) => Err(StartError::Config(e)),
        };
        Prepared {
            config,
            unusable_certificates,
        }
    }

    /// Starts the server `config` describes, or logs why it cannot start.
    pub(crate) async fn start_prepared(
        asf: Arc<Asf>,
        config: Result<ListenConfig, StartError>,
    ) -> Result<Self, StartError> {
        match config {
            Ok(config) => Self::start(asf, config).await,
            Err(e) => {
                slog::error!(asf.log(), "StartInternally() {e}");
                Err(e)
            }
        }
    }

    async fn start_inner(asf: Arc<Asf>, config: ListenConfig) -> Result<Self, StartError> {
        let mut listeners = Vec::new();
        for endpoint in &config.endpoints {
            match endpoint.bind().await? {
                Some(listener) => listeners.push(listener),
                None => slog::warn!(
                    asf.log(),
                    "StartInternally() Skipping {}: this machine has no such address",
                    endpoint.url
                ),
            }
        }
        let local_addrs: Vec<SocketAddr> =
            listeners.iter().filter_map(|l| l.local_addr()).collect();
        let (backend, hop) = loopback::start(&asf)?;
        let (shutdown, watcher) = watch::channel(false);
        let state = Arc::new(FrontState::new(
            asf.clone(),
            ServerStop(watcher.clone()),
            hop,
            config.path_base.clone(),
            config.known_networks.clone(),
            config.limits.clone(),
            config.sites.clone(),
        )?);
        let mut tasks: Vec<JoinHandle<()>> = listeners
            .into_iter()
            .map(|l| tokio::spawn(front::serve(l, state.clone(), watcher.clone())))
            .collect();
        let asf_handle = asf.clone();
        tasks.push(tokio::spawn(clear_failures_hourly(asf, watcher)));
        Ok(Self {
            local_addrs,
            asf: asf_handle,
            backend,
            shutdown,
            tasks,
        })
    }

    /// The addresses actually bound (useful with port 0).
    pub fn local_addrs(&self) -> &[SocketAddr] {
        &self.local_addrs
    }

    /// The backend's address, which must refuse direct requests.
    pub fn backend_addr(&self) -> SocketAddr {
        self.backend.local_addr()
    }

    /// The header and value that let a request past the backend's check, for tests and
    /// measurements that compare the front door with the backend.
    pub fn backend_token(&self) -> (&'static str, &str) {
        self.backend.token_header()
    }

    /// Stops accepting, lets requests in flight finish (briefly), then stops the backend.
    pub async fn stop(self) {
        self.asf.signal_ipc_stop();
        let _ = self.shutdown.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
        self.backend.stop().await;
    }
}

/// ASF forgets every authentication failure once an hour, counting from the IPC start.
async fn clear_failures_hourly(asf: Arc<Asf>, mut shutdown: watch::Receiver<bool>) {
    let period = std::time::Duration::from_secs(3600);
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    loop {
        tokio::select! {
            _ = ticks.tick() => asf.access().clear(),
            _ = shutdown.changed() => return,
        }
    }
}

/// The host names and origins allowed without a password: the configured ones, plus the host
/// names the endpoints are declared with.
fn site_rules(config: &IpcConfig) -> cross_site::SiteRules {
    let endpoint_hosts: Vec<String> = config
        .endpoints
        .iter()
        .filter_map(|e| e.url.split_once("://").map(|(_, rest)| rest))
        .map(|rest| rest.split('/').next().unwrap_or(""))
        .map(|authority| match authority.rsplit_once(':') {
            Some((host, port)) if !port.contains(']') => host.to_string(),
            _ => authority.to_string(),
        })
        .filter(|host| !host.is_empty() && host != "*" && !host.eq_ignore_ascii_case("unix"))
        .collect();
    cross_site::SiteRules::new(
        config
            .allowed_hosts
            .iter()
            .chain(&endpoint_hosts)
            .map(String::as_str),
        config.allowed_origins.iter().map(String::as_str),
    )
}

#[cfg(test)]
mod server_stop_tests {
    use super::ServerStop;
    use std::time::Duration;
    use tokio::sync::watch;

    /// A request that looks after its server's stop was asked for sees it at once; another
    /// server's stop leaves it alone.
    #[tokio::test]
    async fn a_stop_is_seen_by_whoever_looks_after_it_and_only_by_its_server() {
        let soon = Duration::from_millis(50);
        let (first, first_stop) = watch::channel(false);
        let (_second, second_stop) = watch::channel(false);
        let (first_stop, second_stop) = (ServerStop(first_stop), ServerStop(second_stop));
        assert!(
            tokio::time::timeout(soon, first_stop.asked())
                .await
                .is_err()
        );
        first.send_replace(true);
        tokio::time::timeout(soon, first_stop.clone().asked())
            .await
            .expect("asked before the look");
        assert!(
            tokio::time::timeout(soon, second_stop.asked())
                .await
                .is_err()
        );
    }
}

//! HTTP: the front door, the dropshot backend behind it, and the endpoint handlers.

pub mod backend;
pub mod default_ui;
pub mod front;
pub mod handlers;
pub mod nlog;
pub mod routes;
pub mod static_files;
pub mod swagger;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::core::Asf;
use crate::core::access::KnownNetworks;
use crate::core::ipc_config::{Bind, IpcConfig, Scheme};
use backend::Backend;
use front::FrontState;

/// ASF's IPC port.
pub const DEFAULT_PORT: u16 = 1242;

/// Where and how the IPC server listens.
#[derive(Clone, Debug)]
pub struct ListenConfig {
    /// Addresses to bind. The defaults are both loopbacks on port 1242.
    pub addresses: Vec<SocketAddr>,
    /// Optional prefix under which everything is also served (`/ASF`).
    pub path_base: Option<String>,
    /// Networks trusted as proxies and, without a password, as clients (loopback always is).
    pub known_networks: KnownNetworks,
}

impl Default for ListenConfig {
    fn default() -> Self {
        Self {
            addresses: vec![
                SocketAddr::from(([127, 0, 0, 1], DEFAULT_PORT)),
                SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, DEFAULT_PORT)),
            ],
            path_base: None,
            known_networks: KnownNetworks::default(),
        }
    }
}

impl ListenConfig {
    /// The listeners `config/IPC.config` describes (ASF's defaults where it is silent).
    /// Unix sockets and HTTPS endpoints are refused until they are supported.
    pub fn from_ipc_config(config: &IpcConfig) -> Result<Self, String> {
        let mut listen = Self {
            path_base: config.path_base.clone(),
            known_networks: config.known_networks.clone(),
            ..Self::default()
        };
        if !config.endpoints.is_empty() {
            listen.addresses.clear();
            for endpoint in &config.endpoints {
                match (&endpoint.bind, endpoint.scheme) {
                    (Bind::Tcp(addrs), Scheme::Http) => listen.addresses.extend(addrs),
                    _ => {
                        return Err(format!(
                            "Endpoint {} ({}) is not supported by this build",
                            endpoint.name, endpoint.url
                        ));
                    }
                }
            }
        }
        Ok(listen)
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
    pub async fn start(asf: Arc<Asf>, config: ListenConfig) -> Result<Self, String> {
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
    pub async fn start_from_config_dir(asf: Arc<Asf>) -> Result<Self, String> {
        let config = match IpcConfig::load(asf.config_dir()) {
            Ok(Some(file)) => {
                for bad in &file.invalid_networks {
                    slog::error!(asf.log(), "StartInternally() {bad} is invalid!");
                }
                ListenConfig::from_ipc_config(&file)
            }
            Ok(None) => Ok(ListenConfig::default()),
            Err(e) => Err(e),
        };
        match config {
            Ok(config) => Self::start(asf, config).await,
            Err(e) => {
                slog::error!(asf.log(), "StartInternally() {e}");
                Err(e)
            }
        }
    }

    async fn start_inner(asf: Arc<Asf>, config: ListenConfig) -> Result<Self, String> {
        let mut listeners = Vec::new();
        for address in &config.addresses {
            match TcpListener::bind(address).await {
                Ok(listener) => listeners.push(listener),
                // Like Kestrel's `ListenLocalhost`: a machine without IPv6 loopback still gets
                // the IPv4 one.
                Err(e)
                    if address.ip() == std::net::Ipv6Addr::LOCALHOST
                        && e.kind() == std::io::ErrorKind::AddrNotAvailable
                        && config.addresses.len() > 1 =>
                {
                    slog::warn!(
                        asf.log(),
                        "StartInternally() Skipping http://{address}: IPv6 loopback is not available"
                    );
                }
                Err(e) => {
                    return Err(format!(
                        "Failed to bind to address http://{address}: {}",
                        describe_io_error(&e)
                    ));
                }
            }
        }
        let local_addrs: Vec<SocketAddr> = listeners
            .iter()
            .filter_map(|l| l.local_addr().ok())
            .collect();
        let backend = Backend::start(asf.clone())?;
        let state = Arc::new(FrontState::new(
            asf.clone(),
            backend.local_addr(),
            backend.token().clone(),
            config.path_base.clone(),
            config.known_networks.clone(),
        )?);
        let (shutdown, watcher) = watch::channel(false);
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

    /// The backend's token, for measurements that compare the front door with the backend.
    pub fn backend_token(&self) -> &str {
        self.backend.token().to_str().unwrap_or_default()
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

/// Error text as .NET words the common bind failures.
fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "address already in use".to_string(),
        std::io::ErrorKind::AddrNotAvailable => "address not available".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

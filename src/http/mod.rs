//! HTTP: the front door, the dropshot backend behind it, and the endpoint handlers.

pub mod backend;
pub mod front;
pub mod handlers;
pub mod routes;
pub mod swagger;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::core::Asf;
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
}

impl Default for ListenConfig {
    fn default() -> Self {
        Self {
            addresses: vec![
                SocketAddr::from(([127, 0, 0, 1], DEFAULT_PORT)),
                SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, DEFAULT_PORT)),
            ],
            path_base: None,
        }
    }
}

/// A running IPC server: listeners, front door and backend.
pub struct IpcServer {
    local_addrs: Vec<SocketAddr>,
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
            asf,
            backend.local_addr(),
            backend.token().clone(),
            config.path_base.clone(),
        )?);
        let (shutdown, watcher) = watch::channel(false);
        let tasks = listeners
            .into_iter()
            .map(|l| tokio::spawn(front::serve(l, state.clone(), watcher.clone())))
            .collect();
        Ok(Self {
            local_addrs,
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

    /// Stops accepting, lets requests in flight finish (briefly), then stops the backend.
    pub async fn stop(self) {
        let _ = self.shutdown.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
        self.backend.stop().await;
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

//! Listening sockets: TCP (plain or TLS) and unix domain sockets, bound as Kestrel binds them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use tokio_rustls::TlsAcceptor;

use crate::http::tls::Protocols;

/// Where one endpoint listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListenBind {
    Tcp(SocketAddr),
    Unix(PathBuf),
}

/// One endpoint to listen on.
#[derive(Clone)]
pub struct ListenEndpoint {
    /// The URL as the operator wrote it (or as the default reads), for log lines.
    pub url: String,
    /// The endpoint's name in `IPC.config`, if it came from there.
    pub name: Option<String>,
    pub bind: ListenBind,
    /// TLS configuration for `https://` endpoints.
    pub tls: Option<Arc<rustls::ServerConfig>>,
    pub protocols: Protocols,
    /// Skipped with a warning when the machine has no such address (the IPv6 half of
    /// `localhost`), as Kestrel does.
    pub optional: bool,
}

impl std::fmt::Debug for ListenEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListenEndpoint")
            .field("url", &self.url)
            .field("name", &self.name)
            .field("bind", &self.bind)
            .field("tls", &self.tls.is_some())
            .field("protocols", &self.protocols)
            .field("optional", &self.optional)
            .finish()
    }
}

impl ListenEndpoint {
    /// A plain HTTP endpoint on `address`.
    pub fn http(address: SocketAddr) -> Self {
        Self {
            url: format!("http://{address}"),
            name: None,
            bind: ListenBind::Tcp(address),
            tls: None,
            protocols: Protocols::default(),
            optional: false,
        }
    }

    /// Binds the endpoint. `Ok(None)` means an optional endpoint the machine cannot offer.
    pub(crate) async fn bind(&self) -> Result<Option<Listener>, BindError> {
        match &self.bind {
            ListenBind::Tcp(address) => {
                let listener = match TcpListener::bind(address).await {
                    Ok(listener) => listener,
                    Err(e) if self.optional && is_missing_address(&e) => return Ok(None),
                    // `[::]` on a machine without IPv6 still means every interface.
                    Err(e)
                        if address.ip() == IpAddr::V6(Ipv6Addr::UNSPECIFIED)
                            && is_missing_address(&e) =>
                    {
                        let v4 = SocketAddr::from((Ipv4Addr::UNSPECIFIED, address.port()));
                        TcpListener::bind(v4)
                            .await
                            .map_err(|e| self.bind_error(&e))?
                    }
                    Err(e) => return Err(self.bind_error(&e)),
                };
                Ok(Some(Listener::Tcp {
                    listener,
                    tls: self.tls.clone().map(TlsAcceptor::from),
                    protocols: self.protocols,
                }))
            }
            ListenBind::Unix(path) => {
                let listener = bind_unix(path).map_err(|e| self.bind_error(&e))?;
                Ok(Some(Listener::Unix {
                    listener,
                    path: path.clone(),
                    protocols: self.protocols,
                }))
            }
        }
    }

    /// Why binding this endpoint failed.
    fn bind_error(&self, e: &std::io::Error) -> BindError {
        BindError {
            url: self.url.clone(),
            name: self.name.clone(),
            cause: describe_io_error(e),
        }
    }
}

/// An endpoint that could not be bound; it reads as Kestrel's wording, naming the endpoint.
#[derive(Debug)]
pub struct BindError {
    url: String,
    name: Option<String>,
    cause: String,
}

impl std::fmt::Display for BindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Failed to bind to address {}: {}.", self.url, self.cause)?;
        match &self.name {
            Some(name) => write!(f, " (endpoint {name})"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for BindError {}

fn is_missing_address(e: &std::io::Error) -> bool {
    // EADDRNOTAVAIL, or EAFNOSUPPORT when the kernel has no IPv6 at all.
    e.kind() == std::io::ErrorKind::AddrNotAvailable || e.raw_os_error() == Some(97)
}

/// Binds a unix socket at `path`: a stale socket file left by a process that died is replaced,
/// a live one is "in use". The file is made 0666, as ASF does, so a proxy running as another
/// user can connect; access is then decided by the directory's permissions and `IPCPassword`.
fn bind_unix(path: &Path) -> std::io::Result<UnixListener> {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    if let Ok(metadata) = std::fs::symlink_metadata(path) {
        if !metadata.file_type().is_socket() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "a file that is not a socket is in the way",
            ));
        }
        if std::os::unix::net::UnixStream::connect(path).is_ok() {
            return Err(std::io::Error::from(std::io::ErrorKind::AddrInUse));
        }
        std::fs::remove_file(path)?;
    }
    let listener = UnixListener::bind(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o666))?;
    Ok(listener)
}

/// Error text as .NET words the common bind failures.
pub(crate) fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "address already in use".to_string(),
        std::io::ErrorKind::AddrNotAvailable => "Cannot assign requested address".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// A bound listener.
pub(crate) enum Listener {
    Tcp {
        listener: TcpListener,
        tls: Option<TlsAcceptor>,
        protocols: Protocols,
    },
    Unix {
        listener: UnixListener,
        path: PathBuf,
        protocols: Protocols,
    },
}

/// An accepted connection, before any TLS handshake.
pub(crate) enum Connection {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Listener {
    /// The TCP address bound, if this is a TCP listener.
    pub(crate) fn local_addr(&self) -> Option<SocketAddr> {
        match self {
            Self::Tcp { listener, .. } => listener.local_addr().ok(),
            Self::Unix { .. } => None,
        }
    }

    pub(crate) fn tls(&self) -> Option<&TlsAcceptor> {
        match self {
            Self::Tcp { tls, .. } => tls.as_ref(),
            Self::Unix { .. } => None,
        }
    }

    pub(crate) fn protocols(&self) -> Protocols {
        match self {
            Self::Tcp { protocols, .. } | Self::Unix { protocols, .. } => *protocols,
        }
    }

    /// Waits for the next connection and the client's address. A unix-socket peer counts as
    /// loopback: only processes on this machine can reach the socket file.
    pub(crate) async fn accept(&self) -> std::io::Result<(Connection, IpAddr)> {
        match self {
            Self::Tcp { listener, .. } => {
                let (stream, peer) = listener.accept().await?;
                let _ = stream.set_nodelay(true);
                Ok((Connection::Tcp(stream), peer.ip()))
            }
            Self::Unix { listener, .. } => {
                let (stream, _) = listener.accept().await?;
                Ok((Connection::Unix(stream), IpAddr::V4(Ipv4Addr::LOCALHOST)))
            }
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        // The socket file goes with the listener, so a restart can bind it again.
        if let Self::Unix { path, .. } = self {
            let _ = std::fs::remove_file(path);
        }
    }
}

//! HTTPS endpoints: the `Certificate` section of a Kestrel endpoint turned into a TLS
//! configuration.
//!
//! Two shapes are understood, as Kestrel reads them: a PKCS#12 file (`Path`, optional
//! `Password`) and a PEM pair (`Path` for the certificate chain, `KeyPath` for the private key).
//! Relative paths are relative to the working directory. ALPN offers HTTP/2 and HTTP/1.1 unless
//! the endpoint's `Protocols` narrows it.
//!
//! Certificate files are read only when they are regular files of at most
//! [`MAX_CERTIFICATE_FILE`] bytes: a path naming a FIFO, a device (`/dev/zero`) or a huge file
//! is refused before anything is read, so loading one never waits or grows without bound.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::Value;

use crate::core::ipc_config::read_regular_file;

/// Which HTTP versions an endpoint speaks (Kestrel's `Protocols`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Protocols {
    Http1,
    Http2,
    #[default]
    Http1AndHttp2,
}

impl Protocols {
    /// Reads an endpoint's `Protocols` value (case-insensitive; absent means both).
    pub fn parse(value: Option<&Value>) -> Result<Self, UnknownProtocols> {
        let Some(value) = value.filter(|v| !v.is_null()) else {
            return Ok(Self::default());
        };
        let text = value.as_str().unwrap_or_default();
        match text.to_ascii_lowercase().as_str() {
            "http1" => Ok(Self::Http1),
            "http2" => Ok(Self::Http2),
            "http1andhttp2" | "http1andhttp2andhttp3" => Ok(Self::Http1AndHttp2),
            _ => Err(UnknownProtocols(value.clone())),
        }
    }

    fn alpn(self) -> Vec<Vec<u8>> {
        match self {
            Self::Http1 => vec![b"http/1.1".to_vec()],
            Self::Http2 => vec![b"h2".to_vec()],
            Self::Http1AndHttp2 => vec![b"h2".to_vec(), b"http/1.1".to_vec()],
        }
    }
}

/// An endpoint's `Protocols` value that names no protocols Kestrel offers.
#[derive(Debug, thiserror::Error)]
#[error("Protocols {0} is not one of Http1, Http2, Http1AndHttp2")]
pub struct UnknownProtocols(Value);

/// The largest certificate or key file read (certificates are a few KiB).
pub(crate) const MAX_CERTIFICATE_FILE: u64 = 1024 * 1024;

/// A `Certificate` section's string field, its name matched case-insensitively.
fn field(certificate: &Value, name: &str) -> Option<String> {
    certificate
        .as_object()?
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.as_str())
        .map(str::to_string)
}

/// The files an endpoint's `Certificate` section names (`Path`, `KeyPath`), resolved.
pub(crate) fn files(working_dir: &Path, certificate: &Value) -> Vec<PathBuf> {
    ["Path", "KeyPath"]
        .iter()
        .filter_map(|name| field(certificate, name))
        .map(|path| resolve(working_dir, path))
        .collect()
}

/// What a file looked like: it differs once the file is replaced, rewritten or created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FileStamp(Option<(u32, u64, u64, u64, Option<std::time::SystemTime>)>);

impl FileStamp {
    /// The stamp of `path` now (following links; a stat never waits on a FIFO).
    pub(crate) fn of(path: &Path) -> Self {
        use std::os::unix::fs::MetadataExt;
        Self(
            std::fs::metadata(path)
                .ok()
                .map(|m| (m.mode(), m.dev(), m.ino(), m.len(), m.modified().ok())),
        )
    }
}

/// Why an endpoint's certificate cannot be used; it reads as the end of the log line that
/// leaves the endpoint out.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CertificateError {
    #[error("the Certificate section has no Path")]
    NoPath,
    #[error("{} is {error}", path.display())]
    NotAFile {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("cannot read {}: {error}", path.display())]
    Unreadable {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{} is a PEM certificate; its private key needs KeyPath", .0.display())]
    PemWithoutKeyPath(PathBuf),
    #[error("{}: {error}", path.display())]
    BadPem {
        path: PathBuf,
        error: rustls::pki_types::pem::Error,
    },
    #[error("{} holds no certificate", .0.display())]
    NoCertificate(PathBuf),
    #[error(
        "{} is an encrypted private key; decrypt it or use a PKCS#12 file with a Password",
        .0.display()
    )]
    EncryptedKey(PathBuf),
    #[error("{} holds no usable private key: {error}", path.display())]
    NoUsableKey {
        path: PathBuf,
        error: rustls::pki_types::pem::Error,
    },
    #[error("{}: the password is wrong", .0.display())]
    WrongPassword(PathBuf),
    #[error("{} is not a usable PKCS#12 file: {error}", path.display())]
    NotPkcs12 {
        path: PathBuf,
        error: p12_keystore::error::Error,
    },
    #[error("{} holds no private key", .0.display())]
    NoPrivateKey(PathBuf),
    #[error("{} holds no certificate for its key", .0.display())]
    NoCertificateForKey(PathBuf),
    #[error("{}: {error}", path.display())]
    Refused { path: PathBuf, error: rustls::Error },
}

/// Builds the TLS configuration an endpoint's `Certificate` section describes. Blocking: it
/// reads files.
pub(crate) fn server_config(
    working_dir: &Path,
    certificate: &Value,
    protocols: Protocols,
) -> Result<Arc<ServerConfig>, CertificateError> {
    let path = field(certificate, "Path").ok_or(CertificateError::NoPath)?;
    let path = resolve(working_dir, &path);
    let password = field(certificate, "Password").unwrap_or_default();
    let bytes = read(&path)?;
    let (chain, key) = match field(certificate, "KeyPath") {
        Some(key_path) => read_pem(&path, &bytes, &resolve(working_dir, &key_path))?,
        None if is_pem(&bytes) => {
            return Err(CertificateError::PemWithoutKeyPath(path));
        }
        None => read_pkcs12(&path, &bytes, &password)?,
    };
    let mut config = ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|error| CertificateError::Refused { path, error })?;
    config.alpn_protocols = protocols.alpn();
    Ok(Arc::new(config))
}

/// `path` as given when absolute, else under the working directory (as Kestrel reads paths).
pub(crate) fn resolve(working_dir: &Path, path: impl AsRef<Path>) -> PathBuf {
    let path = path.as_ref();
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        working_dir.join(path)
    }
}

/// The whole of a regular file of at most [`MAX_CERTIFICATE_FILE`] bytes (a FIFO, a device or
/// a huge file is refused before anything is read).
fn read(path: &Path) -> Result<Vec<u8>, CertificateError> {
    read_regular_file(path, MAX_CERTIFICATE_FILE).map_err(|error| {
        let path = path.to_path_buf();
        match error.kind() {
            std::io::ErrorKind::InvalidInput | std::io::ErrorKind::FileTooLarge => {
                CertificateError::NotAFile { path, error }
            }
            _ => CertificateError::Unreadable { path, error },
        }
    })
}

fn is_pem(bytes: &[u8]) -> bool {
    bytes.windows(11).any(|w| w == b"-----BEGIN ")
}

type Identity = (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>);

fn read_pem(
    cert_path: &Path,
    cert_bytes: &[u8],
    key_path: &Path,
) -> Result<Identity, CertificateError> {
    let chain = CertificateDer::pem_slice_iter(cert_bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| CertificateError::BadPem {
            path: cert_path.to_path_buf(),
            error,
        })?;
    if chain.is_empty() {
        return Err(CertificateError::NoCertificate(cert_path.to_path_buf()));
    }
    let key_bytes = read(key_path)?;
    if key_bytes
        .windows(b"ENCRYPTED PRIVATE KEY".len())
        .any(|w| w == b"ENCRYPTED PRIVATE KEY")
    {
        return Err(CertificateError::EncryptedKey(key_path.to_path_buf()));
    }
    let key = PrivateKeyDer::from_pem_slice(&key_bytes).map_err(|error| {
        CertificateError::NoUsableKey {
            path: key_path.to_path_buf(),
            error,
        }
    })?;
    Ok((chain, key))
}

fn read_pkcs12(path: &Path, bytes: &[u8], password: &str) -> Result<Identity, CertificateError> {
    let store = p12_keystore::KeyStore::from_pkcs12(
        bytes,
        password,
        p12_keystore::Pkcs12ImportPolicy::Relaxed,
    )
    .map_err(|error| match error {
        p12_keystore::error::Error::MacError(_) => {
            CertificateError::WrongPassword(path.to_path_buf())
        }
        error => CertificateError::NotPkcs12 {
            path: path.to_path_buf(),
            error,
        },
    })?;
    let (_, chain) = store
        .private_key_chain()
        .ok_or_else(|| CertificateError::NoPrivateKey(path.to_path_buf()))?;
    let certs: Vec<CertificateDer<'static>> = chain
        .certs()
        .iter()
        .map(|c| CertificateDer::from(c.as_der().to_vec()))
        .collect();
    if certs.is_empty() {
        return Err(CertificateError::NoCertificateForKey(path.to_path_buf()));
    }
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(chain.key().as_der().to_vec()));
    Ok((certs, key))
}

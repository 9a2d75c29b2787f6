//! Keeps the IPC server in the state `ASF.json` and `config/IPC.config` ask for.
//!
//! The server runs while `IPC` is on. A change of `IPC.config` restarts it with the new
//! endpoints, certificates, networks and PathBase; a core restart that flips `IPC` starts or
//! stops it. A server that cannot start (broken file, port in use) is logged and left down;
//! the bots and the rest of the process carry on, and the next change of the file tries again.
//! An endpoint whose certificate cannot be used is left out while the others serve; its
//! certificate files are looked at every few seconds, and once one of them changes the server
//! restarts with it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::core::Asf;
use crate::http::IpcServer;
use crate::http::tls::FileStamp;

/// How often the files of certificates that could not be used are looked at again.
const CERTIFICATE_RECHECK: Duration = Duration::from_secs(3);

/// The supervising task.
pub struct IpcHost {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
    /// Flips once the first start has been tried (listening, failed, or `IPC` off).
    settled: watch::Receiver<bool>,
}

impl IpcHost {
    /// Starts supervising (and, when `IPC` is on, starts the server).
    pub fn start(asf: Arc<Asf>) -> Self {
        let (stop, stop_rx) = watch::channel(false);
        let (settle, settled) = watch::channel(false);
        let task = tokio::spawn(supervise(asf, stop_rx, settle));
        Self {
            stop,
            task,
            settled,
        }
    }

    /// Waits until the first start of the server has been tried: the moment a service
    /// manager may be told the process is ready.
    pub async fn settled(&self) {
        let mut settled = self.settled.clone();
        let _ = settled.wait_for(|done| *done).await;
    }

    /// Stops the server (if running) and the supervision.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

async fn supervise(asf: Arc<Asf>, mut stop: watch::Receiver<bool>, settle: watch::Sender<bool>) {
    let mut restarts = asf.restart_watcher();
    let mut ipc_changes = asf.ipc_config_watcher();
    let mut enabled = asf.global_config().ipc;
    let (mut server, mut unusable) = (None, Vec::new());
    if enabled {
        (server, unusable) = start(&asf).await;
    }
    let _ = settle.send(true);
    let mut recheck = tokio::time::interval(CERTIFICATE_RECHECK);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            changed = ipc_changes.changed() => {
                if changed.is_err() || !enabled {
                    continue;
                }
                stop_server(server.take()).await;
                (server, unusable) = start(&asf).await;
            }
            _ = recheck.tick(), if enabled && !unusable.is_empty() => {
                if any_changed(&unusable).await {
                    stop_server(server.take()).await;
                    (server, unusable) = start(&asf).await;
                }
            }
            changed = restarts.changed() => {
                if changed.is_err() {
                    continue;
                }
                // A core restart applies a changed `IPC` switch.
                let wanted = asf.global_config().ipc;
                if wanted != enabled {
                    enabled = wanted;
                    stop_server(server.take()).await;
                    unusable.clear();
                    if enabled {
                        (server, unusable) = start(&asf).await;
                    }
                }
            }
        }
    }
    stop_server(server).await;
}

/// Starts the server, with the certificate files of the endpoints left out.
async fn start(asf: &Arc<Asf>) -> (Option<IpcServer>, Vec<(PathBuf, FileStamp)>) {
    let prepared = IpcServer::prepare(asf).await;
    let server = IpcServer::start_prepared(asf.clone(), prepared.config).await;
    (server.ok(), prepared.unusable_certificates)
}

/// Whether any of `files` looks different now; looked at on the blocking pool, and a look
/// that does not end within the recheck period counts as no change.
async fn any_changed(files: &[(PathBuf, FileStamp)]) -> bool {
    let files = files.to_vec();
    let look = tokio::task::spawn_blocking(move || {
        files
            .iter()
            .any(|(path, stamp)| FileStamp::of(path) != *stamp)
    });
    matches!(
        tokio::time::timeout(CERTIFICATE_RECHECK, look).await,
        Ok(Ok(true))
    )
}

async fn stop_server(server: Option<IpcServer>) {
    if let Some(server) = server {
        server.stop().await;
    }
}

//! An asf-ipc server in the calling process on the simulated Steam network, stated by a
//! scenario, with a client connected to it: for the tests of tools, dashboards and chat bots
//! (feature `simulated-server`).

use std::path::Path;
use std::sync::Arc;

use crate::AsfClient;

/// A server on `127.0.0.1` (an ephemeral port) with its own temporary working directory,
/// running the scenario it was started with; it stops when dropped.
pub struct SimulatedServer {
    client: AsfClient,
    core: Arc<asf_ipc::Asf>,
    // Dropped after the server, which may still write its log there.
    server: Option<asf_ipc::IpcServer>,
    dir: tempfile::TempDir,
}

/// Why a [`SimulatedServer`] did not start.
#[derive(Debug, thiserror::Error)]
pub enum SimulatedServerError {
    /// The scenario is refused; the message names the path of the value at fault.
    #[error("the scenario is invalid: {0}")]
    Scenario(#[from] asf_ipc::ScenarioError),
    /// The working directory or a bot config could not be written.
    #[error("cannot prepare the working directory: {0}")]
    Io(#[from] std::io::Error),
    /// The process core refused to start.
    #[error("the server cannot start: {0}")]
    Open(#[from] asf_ipc::OpenError),
    /// The client could not be built.
    #[error("the client cannot be built: {0}")]
    Client(#[from] crate::BuildError),
    /// The listener could not be started.
    #[error("the listener cannot start: {0}")]
    Listen(String),
}

impl SimulatedServer {
    /// Starts a server whose simulated Steam network follows `scenario` (the JSON of a scenario
    /// file, `docs/scenario.schema.json`) and runs `speed` times faster than the wall clock,
    /// with the bots `bots` (name, `<Bot>.json` content) in `config/`.
    pub async fn start(
        scenario: &serde_json::Value,
        bots: impl IntoIterator<Item = (String, serde_json::Value)>,
        speed: f64,
    ) -> Result<Self, SimulatedServerError> {
        let scenario = asf_ipc::Scenario::from_value(scenario)?;
        let dir = tempfile::tempdir()?;
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config)?;
        for (name, bot) in bots {
            let bytes = serde_json::to_vec_pretty(&bot).map_err(std::io::Error::other)?;
            std::fs::write(config.join(format!("{name}.json")), bytes)?;
        }
        let logs = asf_ipc::Logs::new(false, Some(dir.path()), false)?;
        let mut options = asf_ipc::Options::new(dir.path());
        options.simulation_speed = speed;
        options.scenario = Some(scenario);
        let core = Arc::new(asf_ipc::Asf::open(options, logs)?);
        core.start();
        let listen = asf_ipc::ListenConfig::http([([127, 0, 0, 1], 0).into()]);
        let server = asf_ipc::IpcServer::start(core.clone(), listen)
            .await
            .map_err(|e| SimulatedServerError::Listen(e.to_string()))?;
        let client = AsfClient::new(format!("http://{}", server.local_addrs()[0]))?;
        Ok(Self {
            client,
            core,
            server: Some(server),
            dir,
        })
    }

    /// A client connected to the server.
    pub fn client(&self) -> &AsfClient {
        &self.client
    }

    /// The server's working directory (`config/`, `log.txt`).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for SimulatedServer {
    fn drop(&mut self) {
        self.core.shutdown();
        drop(self.server.take());
    }
}

//! The process as a whole: `/Api/ASF`.

use reqwest::Method;
use serde::Serialize;
use serde_json::json;

use crate::client::{Body, to_json};
use crate::types::{AsfResponse, ECryptoMethod, EHashingMethod, UpdateRequest};
use crate::{AsfClient, Error};

impl AsfClient {
    /// The process: version, build, start time, memory and the global config without its
    /// secrets. `GET /Api/ASF` (`ASFGet`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let dir = tempfile::tempdir()?;
    /// # let logs = asf_ipc::Logs::new(false, Some(dir.path()), false)?;
    /// # let core = std::sync::Arc::new(asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs)?);
    /// # core.start();
    /// # let server = asf_ipc::IpcServer::start(core, asf_ipc::ListenConfig::http([([127, 0, 0, 1], 0).into()])).await?;
    /// # let url = format!("http://{}", server.local_addrs()[0]);
    /// let asf = asf_ipc_client::AsfClient::new(&url)?;
    /// let info = asf.asf_info().await?;
    /// assert_eq!(info.version, "6.3.9.6");
    /// assert!(info.global_config.auto_restart);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn asf_info(&self) -> Result<AsfResponse, Error> {
        self.call(Method::GET, &["Api", "ASF"], &[], None)
            .await?
            .result()
    }

    /// Replaces `config/ASF.json`. `POST /Api/ASF` (`ASFPost`).
    ///
    /// `config` is any serialisable global config: a [`GlobalConfig`](crate::types::GlobalConfig)
    /// or plain JSON. ASF's merge rules depend on which properties the request *mentions*:
    /// properties left out take their defaults, except the secrets (`IPCPassword`,
    /// `LicenseID`, `WebProxyPassword`) and unknown properties, which keep their current values
    /// unless mentioned (`null` clears). A partial `serde_json::Value` therefore says exactly
    /// what to change. The server restarts its core to apply the new config.
    pub async fn set_global_config(&self, config: impl Serialize) -> Result<(), Error> {
        let body = Body::json(json!({ "GlobalConfig": to_json(config)? }))?;
        self.call(Method::POST, &["Api", "ASF"], &[], Some(body))
            .await?;
        Ok(())
    }

    /// Encrypts `text` for use in a config (for example an AES `SteamPassword`).
    /// `POST /Api/ASF/Encrypt` (`ASFEncryptPost`).
    pub async fn encrypt(&self, method: ECryptoMethod, text: &str) -> Result<String, Error> {
        let body = Body::json(json!({ "CryptoMethod": method, "StringToEncrypt": text }))?;
        self.call(Method::POST, &["Api", "ASF", "Encrypt"], &[], Some(body))
            .await?
            .result()
    }

    /// Hashes `text` as the server hashes `IPCPassword`s. `POST /Api/ASF/Hash` (`ASFHashPost`).
    pub async fn hash(&self, method: EHashingMethod, text: &str) -> Result<String, Error> {
        let body = Body::json(json!({ "HashingMethod": method, "StringToHash": text }))?;
        self.call(Method::POST, &["Api", "ASF", "Hash"], &[], Some(body))
            .await?
            .result()
    }

    /// Stops the server process (it answers first). `POST /Api/ASF/Exit` (`ASFExitPost`).
    pub async fn exit(&self) -> Result<(), Error> {
        self.call(Method::POST, &["Api", "ASF", "Exit"], &[], None)
            .await?;
        Ok(())
    }

    /// Restarts the server's core; `ProcessStartTime` moves forward.
    /// `POST /Api/ASF/Restart` (`ASFRestartPost`).
    pub async fn restart(&self) -> Result<(), Error> {
        self.call(Method::POST, &["Api", "ASF", "Restart"], &[], None)
            .await?;
        Ok(())
    }

    /// Updates ASF; returns the new version. "Already up to date" is ASF's `Success: false`,
    /// so it comes back as [`Error::Api`] with a message like `V6.3.9.6 ≥ V6.3.9.6`.
    /// `POST /Api/ASF/Update` (`ASFUpdatePost`).
    pub async fn update(&self, request: &UpdateRequest) -> Result<String, Error> {
        self.call(
            Method::POST,
            &["Api", "ASF", "Update"],
            &[],
            Some(Body::json(request)?),
        )
        .await?
        .result()
    }
}

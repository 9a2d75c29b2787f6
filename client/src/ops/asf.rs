//! The process as a whole: `/Api/ASF`.

use reqwest::Method;
use serde::Serialize;
use serde_json::json;

use crate::answer::read;
use crate::client::{Body, to_json};
use crate::types::{
    AsfEncryptRequest, AsfHashRequest, AsfResponse, ECryptoMethod, EHashingMethod, UpdateRequest,
};
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
        read(self.asf_get().send().await).await?.result()
    }

    /// Replaces `config/ASF.json`. `POST /Api/ASF` (`ASFPost`).
    ///
    /// `config` is any serialisable global config: a [`GlobalConfig`](crate::types::GlobalConfig)
    /// or plain JSON. ASF's merge rules depend on which properties the request *mentions*:
    /// properties left out take their defaults, except the secrets (`IPCPassword`,
    /// `LicenseID`, `WebProxyPassword`) and unknown properties, which keep their current values
    /// unless mentioned (`null` clears). A partial `serde_json::Value` therefore says exactly
    /// what to change. The server restarts its core to apply the new config.
    ///
    /// The request is written here rather than by the generated `asf_post()`: the generated
    /// `GlobalConfig` cannot tell a property left out from one set to its default, and that
    /// difference is what the merge rules read.
    pub async fn set_global_config(&self, config: impl Serialize) -> Result<(), Error> {
        let body = Body::json(json!({ "GlobalConfig": to_json(config)? }))?;
        self.call(Method::POST, &["Api", "ASF"], &[], Some(body))
            .await?;
        Ok(())
    }

    /// Encrypts `text` for use in a config (for example an AES `SteamPassword`).
    /// `POST /Api/ASF/Encrypt` (`ASFEncryptPost`).
    pub async fn encrypt(&self, method: ECryptoMethod, text: &str) -> Result<String, Error> {
        let request = AsfEncryptRequest {
            crypto_method: method,
            string_to_encrypt: text.to_string(),
        };
        read(self.asf_encrypt_post().body(request).send().await)
            .await?
            .result()
    }

    /// Hashes `text` as the server hashes `IPCPassword`s. `POST /Api/ASF/Hash` (`ASFHashPost`).
    pub async fn hash(&self, method: EHashingMethod, text: &str) -> Result<String, Error> {
        let request = AsfHashRequest {
            hashing_method: method,
            string_to_hash: text.to_string(),
        };
        read(self.asf_hash_post().body(request).send().await)
            .await?
            .result()
    }

    /// Stops the server process (it answers first). `POST /Api/ASF/Exit` (`ASFExitPost`).
    pub async fn exit(&self) -> Result<(), Error> {
        read(self.asf_exit_post().send().await).await?;
        Ok(())
    }

    /// Restarts the server's core; `ProcessStartTime` moves forward.
    /// `POST /Api/ASF/Restart` (`ASFRestartPost`).
    pub async fn restart(&self) -> Result<(), Error> {
        read(self.asf_restart_post().send().await).await?;
        Ok(())
    }

    /// Updates ASF; returns the new version. "Already up to date" is ASF's `Success: false`,
    /// so it comes back as [`Error::Api`] with a message like `V6.3.9.6 ≥ V6.3.9.6`.
    /// `POST /Api/ASF/Update` (`ASFUpdatePost`).
    pub async fn update(&self, request: &UpdateRequest) -> Result<String, Error> {
        read(self.asf_update_post().body(request.clone()).send().await)
            .await?
            .result()
    }
}

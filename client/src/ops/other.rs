//! Commands, bans, logs, plugins, storage, the config schema and the GitHub proxy.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::answer::{read, refusal};
use crate::client::decode;
use crate::log::LogStream;
use crate::types::{
    CommandRequest, GitHubReleaseResponse, GlobalConfigExtension, HealthCheckResponse, LogResponse,
    PluginInfo, PluginUpdateRequest, TypeResponse,
};
use crate::{AsfClient, Error};

impl AsfClient {
    /// Runs an ASF command (as typed in Steam chat, for example `status ASF` or
    /// `!redeem farmer AAAAA-BBBBB-CCCCC`) with Owner access on the default bot; returns its
    /// output (lines joined with `\n`). Fails with `No bots are defined…` when there is no bot.
    /// `POST /Api/Command` (`CommandPost`).
    pub async fn command(&self, command: &str) -> Result<String, Error> {
        let request = CommandRequest {
            command: command.to_string(),
        };
        read(self.command_post().body(request).send().await)
            .await?
            .result()
    }

    /// The addresses banned after too many wrong passwords.
    /// `GET /Api/IPC/Bans` (`IPCBansGet`).
    pub async fn bans(&self) -> Result<Vec<String>, Error> {
        read(self.ipc_bans_get().send().await).await?.result()
    }

    /// Lifts every ban and forgets every failed attempt. `DELETE /Api/IPC/Bans`
    /// (`IPCBansDelete`).
    pub async fn clear_bans(&self) -> Result<(), Error> {
        read(self.ipc_bans_delete().send().await).await?;
        Ok(())
    }

    /// Lifts the ban of one address; fails with `The IP address … is not banned!` otherwise.
    /// `DELETE /Api/IPC/Bans/{ipAddress}` (`IPCBansDeleteSpecific`).
    pub async fn unban(&self, address: &str) -> Result<(), Error> {
        let sent = self
            .ipc_bans_delete_specific()
            .ip_address(address)
            .send()
            .await;
        read(sent).await?;
        Ok(())
    }

    /// The live log: `/Api/NLog` (`NLogGet`) as a [`Stream`](futures_util::Stream) of parsed
    /// lines, starting with the server's recent history. The password goes in the `password`
    /// query parameter, as browsers send it (they cannot set headers on a websocket).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let dir = tempfile::tempdir()?;
    /// # std::fs::create_dir_all(dir.path().join("config"))?;
    /// # std::fs::write(dir.path().join("config/ASF.json"), r#"{"IPCPassword": "secret"}"#)?;
    /// # let logs = asf_ipc::Logs::new(false, Some(dir.path()), false)?;
    /// # let core = std::sync::Arc::new(asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs)?);
    /// # core.start();
    /// # let server = asf_ipc::IpcServer::start(core, asf_ipc::ListenConfig::http([([127, 0, 0, 1], 0).into()])).await?;
    /// # let url = format!("http://{}", server.local_addrs()[0]);
    /// use futures_util::StreamExt;
    /// use asf_ipc_client::{AsfClient, LogLevel};
    ///
    /// let asf = AsfClient::builder(&url).password("secret").build()?;
    /// let mut log = asf.log_stream().await?;
    /// while let Some(line) = log.next().await {
    ///     let line = line?;
    ///     if line.level == LogLevel::Info && line.text.ends_with("IPC server ready!") {
    ///         println!("{} {}", line.time, line.text);
    ///         break;
    ///     }
    /// }
    /// log.close().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn log_stream(&self) -> Result<LogStream, Error> {
        self.connect_log_stream().await
    }

    /// A page of `log.txt`: the `count` lines (default 100) before line `last_at` (default:
    /// the end), plus the file's line count. `GET /Api/NLog/File` (`NLogFileGet`).
    pub async fn log_file(
        &self,
        count: Option<u32>,
        last_at: Option<u32>,
    ) -> Result<LogResponse, Error> {
        let mut operation = self.n_log_file_get();
        if let Some(count) = count {
            operation = operation.count(query_number(count)?);
        }
        if let Some(last_at) = last_at {
            operation = operation.last_at(query_number(last_at)?);
        }
        read(operation.send().await).await?.result()
    }

    /// The loaded plugins, ASF's own (`official`) and/or third-party (`custom`).
    /// `GET /Api/Plugins` (`PluginsGet`).
    pub async fn plugins(&self, official: bool, custom: bool) -> Result<Vec<PluginInfo>, Error> {
        let sent = self
            .plugins_get()
            .official(official)
            .custom(custom)
            .send()
            .await;
        read(sent).await?.result()
    }

    /// The properties ASF's bundled SteamTokenDumper plugin adds to `ASF.json`, with their
    /// defaults (not the values in force); ASF answers them bare, outside its envelope.
    /// `GET /Api/SteamTokenDumperPlugin/GlobalConfigExtension`
    /// (`SteamTokenDumperPluginGlobalConfigExtensionGet`).
    pub async fn steam_token_dumper_config_extension(
        &self,
    ) -> Result<GlobalConfigExtension, Error> {
        match self
            .steam_token_dumper_plugin_global_config_extension_get()
            .send()
            .await
        {
            Ok(answer) => Ok(answer.into_inner()),
            Err(error) => Err(refusal(error).await),
        }
    }

    /// The metrics of ASF's Monitoring plugin (the process, its bots and its HTTP server), as
    /// Prometheus scrapes them: Prometheus's text format, or OpenMetrics 1.0.0 when
    /// `openmetrics` is set. `GET /Api/metrics` (`MetricsGet`).
    ///
    /// Asked here rather than by the generated `metrics_get()`, which cannot choose the format
    /// (`Accept`) and answers a byte stream rather than text.
    pub async fn metrics(&self, openmetrics: bool) -> Result<String, Error> {
        let accept = if openmetrics {
            "application/openmetrics-text; version=1.0.0"
        } else {
            "text/plain; version=0.0.4"
        };
        self.get_text(&["Api", "metrics"], accept).await
    }

    /// Updates plugins; returns ASF's message. `POST /Api/Plugins/Update`
    /// (`PluginsUpdatePost`).
    pub async fn update_plugins(&self, request: &PluginUpdateRequest) -> Result<String, Error> {
        let sent = self
            .plugins_update_post()
            .body(request.clone())
            .send()
            .await;
        Ok(read(sent).await?.message)
    }

    /// The JSON value stored under `key` in the server's key-value store, `None` when there
    /// is none. `GET /Api/Storage/{key}` (`StorageGet`).
    pub async fn storage<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Error> {
        let stored = read(self.storage_get().key(key).send().await).await?;
        let status = stored.status;
        stored
            .result
            .filter(|value| !value.is_null())
            .map(|value| decode(status, value))
            .transpose()
    }

    /// Stores `value` under `key` (a JSON `null` deletes it). `POST /Api/Storage/{key}`
    /// (`StoragePost`).
    pub async fn set_storage(&self, key: &str, value: impl Serialize) -> Result<(), Error> {
        let value = crate::client::to_json(value)?;
        read(self.storage_post().key(key).body(value).send().await).await?;
        Ok(())
    }

    /// Deletes `key` from the store. `DELETE /Api/Storage/{key}` (`StorageDelete`).
    pub async fn delete_storage(&self, key: &str) -> Result<(), Error> {
        read(self.storage_delete().key(key).send().await).await?;
        Ok(())
    }

    /// A default instance of any type of the API by its .NET name (for example
    /// `ArchiSteamFarm.Steam.Storage.BotConfig`), as JSON.
    /// `GET /Api/Structure/{structure}` (`StructureGet`).
    pub async fn structure(&self, name: &str) -> Result<serde_json::Value, Error> {
        read(self.structure_get().structure(name).send().await)
            .await?
            .result()
    }

    /// How a type or enum of the API is made up, by its .NET name (what ASF's config editors
    /// read). `GET /Api/Type/{type}` (`TypeGet`).
    pub async fn type_info(&self, name: &str) -> Result<TypeResponse, Error> {
        read(self.type_get().type_(name).send().await)
            .await?
            .result()
    }

    /// Whether the process is up (`Status` 2, `Healthy`), asked without the password; an
    /// unhealthy process answers `503` with the same shape, which is returned too.
    /// `GET /HealthCheck` (`HealthCheckGet`).
    pub async fn health(&self) -> Result<HealthCheckResponse, Error> {
        match self.health_check_get().send().await {
            Ok(healthy) => Ok(healthy.into_inner()),
            // The document states `503` with the same shape.
            Err(asf_ipc_generated::Error::ErrorResponse(unhealthy))
                if unhealthy.status() == reqwest::StatusCode::SERVICE_UNAVAILABLE =>
            {
                Ok(unhealthy.into_inner())
            }
            Err(other) => Err(refusal(other).await),
        }
    }

    /// The newest ASF release, pre-releases included.
    /// `GET /Api/WWW/GitHub/Release` (`GitHubReleaseGet`).
    pub async fn github_release(&self) -> Result<GitHubReleaseResponse, Error> {
        read(self.git_hub_release_get().send().await)
            .await?
            .result()
    }

    /// One ASF release by version (`latest`: the newest stable one).
    /// `GET /Api/WWW/GitHub/Release/{version}` (`GitHubReleaseGetSpecific`).
    pub async fn github_release_of(&self, version: &str) -> Result<GitHubReleaseResponse, Error> {
        let sent = self
            .git_hub_release_get_specific()
            .version(version)
            .send()
            .await;
        read(sent).await?.result()
    }

    /// Revisions of a page of ASF's wiki (revision → time).
    /// `GET /Api/WWW/GitHub/Wiki/History/{page}` (`GitHubWikiHistoryGet`).
    pub async fn wiki_history(&self, page: &str) -> Result<BTreeMap<String, String>, Error> {
        let sent = self.git_hub_wiki_history_get().page(page).send().await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// A page of ASF's wiki as HTML, at `revision` if given.
    /// `GET /Api/WWW/GitHub/Wiki/Page/{page}` (`GitHubWikiPageGet`).
    pub async fn wiki_page(&self, page: &str, revision: Option<&str>) -> Result<String, Error> {
        let mut operation = self.git_hub_wiki_page_get().page(page);
        if let Some(revision) = revision {
            operation = operation.revision(revision);
        }
        read(operation.send().await).await?.result()
    }
}

/// The document types `count` and `lastAt` as 32-bit signed numbers.
fn query_number(value: u32) -> Result<i32, Error> {
    i32::try_from(value).map_err(|_| Error::InvalidInput(format!("{value} is over {}", i32::MAX)))
}

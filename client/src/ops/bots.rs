//! Bots: `/Api/Bot/{botNames}` and its actions.
//!
//! `names` is ASF's bot selector everywhere: bot names (case-sensitive) or SteamIDs joined
//! with commas, `ASF` or `@ALL` for every bot, `@FARMING`, `@IDLE`, `@ONLINE`, `@OFFLINE`,
//! ranges `A..B`, and `r!<regex>`. Actions answer `Couldn't find any bot named …!` (an
//! [`Error::Api`] with status 400) when nothing matches.

use std::collections::{BTreeMap, HashMap};

use reqwest::Method;
use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::json;

use super::PerBot;
use crate::answer::read;
use crate::client::{Body, to_json};
use crate::types::{
    Bot, BotAddLicenseRequest, BotAddLicenseResponse, BotInputRequest, BotInventoryResponse,
    BotPauseRequest, BotRedeemRequest, BotRemoveLicenseRequest, BotRemoveLicenseResponse,
    BotRenameRequest, CStoreRegisterCdKeyResponse, EResult, EUserInputType,
    GamesToRedeemInBackgroundResponse, InventoryAppData,
};
use crate::{AsfClient, Error};

impl AsfClient {
    /// The bots `names` selects, by name; empty when none matches.
    /// `GET /Api/Bot/{botNames}` (`BotGet`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let dir = tempfile::tempdir()?;
    /// # std::fs::create_dir_all(dir.path().join("config"))?;
    /// # std::fs::write(dir.path().join("config/farmer.json"), r#"{"Enabled": false}"#)?;
    /// # let logs = asf_ipc::Logs::new(false, Some(dir.path()), false)?;
    /// # let core = std::sync::Arc::new(asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs)?);
    /// # core.start();
    /// # let server = asf_ipc::IpcServer::start(core, asf_ipc::ListenConfig::http([([127, 0, 0, 1], 0).into()])).await?;
    /// # let url = format!("http://{}", server.local_addrs()[0]);
    /// let asf = asf_ipc_client::AsfClient::new(&url)?;
    /// let bots = asf.bots("ASF").await?;
    /// let farmer = &bots["farmer"];
    /// assert!(!farmer.keep_running && !farmer.bot_config.enabled);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn bots(&self, names: &str) -> Result<PerBot<Bot>, Error> {
        let bots = read(self.bot_get().bot_names(names).send().await).await?;
        Ok(bots.result()?.into_iter().collect())
    }

    /// Creates or replaces the config file of each bot in `names` (plain names joined with
    /// commas, no selectors); returns per bot whether the file was written.
    /// `POST /Api/Bot/{botNames}` (`BotPost`).
    ///
    /// As with [`set_global_config`](Self::set_global_config), properties left out take their
    /// defaults, except a bot's secrets (`SteamLogin`, `SteamPassword`, `SteamParentalCode`,
    /// `WebProxyPassword`) and unknown properties, which an existing bot keeps unless the
    /// request mentions them. The server applies the file within about a second. (Written here
    /// rather than by the generated `bot_post()`, for the reason given at
    /// [`set_global_config`](Self::set_global_config).)
    pub async fn set_bot_config(
        &self,
        names: &str,
        config: impl Serialize,
    ) -> Result<PerBot<bool>, Error> {
        let body = Body::json(json!({ "BotConfig": to_json(config)? }))?;
        self.call(Method::POST, &["Api", "Bot", names], &[], Some(body))
            .await?
            .result()
    }

    /// Deletes the bots and all their files. `DELETE /Api/Bot/{botNames}` (`BotDelete`).
    pub async fn delete_bots(&self, names: &str) -> Result<(), Error> {
        read(self.bot_delete().bot_names(names).send().await).await?;
        Ok(())
    }

    /// Renames one bot (an exact name) and moves its files.
    /// `POST /Api/Bot/{botName}/Rename` (`BotRenamePost`).
    pub async fn rename_bot(&self, name: &str, new_name: &str) -> Result<(), Error> {
        let request = BotRenameRequest {
            new_name: new_name.to_string(),
        };
        read(
            self.bot_rename_post()
                .bot_name(name)
                .body(request)
                .send()
                .await,
        )
        .await?;
        Ok(())
    }

    /// Starts the bots; returns ASF's message (`Done!`, one line per bot).
    /// A bot that already runs makes the whole call fail with `This bot is already running!`.
    /// `POST /Api/Bot/{botNames}/Start` (`BotStartPost`).
    pub async fn start_bots(&self, names: &str) -> Result<String, Error> {
        let answer = read(self.bot_start_post().bot_names(names).send().await).await?;
        Ok(answer.message)
    }

    /// Stops the bots; returns ASF's message. `POST /Api/Bot/{botNames}/Stop` (`BotStopPost`).
    pub async fn stop_bots(&self, names: &str) -> Result<String, Error> {
        let answer = read(self.bot_stop_post().bot_names(names).send().await).await?;
        Ok(answer.message)
    }

    /// Pauses automatic farming, for good (`permanent`) and/or with an automatic resume after
    /// `resume_in_seconds` (0: none). `POST /Api/Bot/{botNames}/Pause` (`BotPausePost`).
    pub async fn pause_bots(
        &self,
        names: &str,
        request: &BotPauseRequest,
    ) -> Result<String, Error> {
        let sent = self
            .bot_pause_post()
            .bot_names(names)
            .body(request.clone())
            .send()
            .await;
        Ok(read(sent).await?.message)
    }

    /// Resumes automatic farming. `POST /Api/Bot/{botNames}/Resume` (`BotResumePost`).
    pub async fn resume_bots(&self, names: &str) -> Result<String, Error> {
        let answer = read(self.bot_resume_post().bot_names(names).send().await).await?;
        Ok(answer.message)
    }

    /// Gives the bot input it asked for (see `Bot::required_input`): a login, password, Steam
    /// Guard or 2FA code, parental code. `POST /Api/Bot/{botNames}/Input` (`BotInputPost`).
    pub async fn input(
        &self,
        names: &str,
        input: EUserInputType,
        value: &str,
    ) -> Result<(), Error> {
        let request = BotInputRequest {
            type_: input,
            value: value.to_string(),
        };
        read(
            self.bot_input_post()
                .bot_names(names)
                .body(request)
                .send()
                .await,
        )
        .await?;
        Ok(())
    }

    /// Adds free licences (apps and/or packages).
    /// `POST /Api/Bot/{botNames}/AddLicense` (`BotAddLicensePost`).
    pub async fn add_licenses(
        &self,
        names: &str,
        request: &BotAddLicenseRequest,
    ) -> Result<PerBot<BotAddLicenseResponse>, Error> {
        let sent = self
            .bot_add_license_post()
            .bot_names(names)
            .body(request.clone())
            .send()
            .await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// Removes licences. `POST /Api/Bot/{botNames}/RemoveLicense` (`BotRemoveLicensePost`).
    pub async fn remove_licenses(
        &self,
        names: &str,
        request: &BotRemoveLicenseRequest,
    ) -> Result<PerBot<BotRemoveLicenseResponse>, Error> {
        let sent = self
            .bot_remove_license_post()
            .bot_names(names)
            .body(request.clone())
            .send()
            .await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// Redeems keys now, returning Steam's answer per bot and key (`None`: no request was
    /// made, for example because the bot is offline, which also makes ASF report
    /// `Success: false`, so this call then fails with the partial result in
    /// [`Error::Api::result`](Error::Api)). `POST /Api/Bot/{botNames}/Redeem` (`BotRedeemPost`).
    pub async fn redeem(
        &self,
        names: &str,
        keys: &[String],
    ) -> Result<PerBot<HashMap<String, Option<CStoreRegisterCdKeyResponse>>>, Error> {
        let request = BotRedeemRequest {
            keys_to_redeem: keys.to_vec(),
        };
        let sent = self
            .bot_redeem_post()
            .bot_names(names)
            .body(request)
            .send()
            .await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// Redeems a points-shop item; `forced` allows items that cost points.
    /// `POST /Api/Bot/{botNames}/RedeemPoints/{definitionID}` (`BotRedeemPointsPost`).
    pub async fn redeem_points(
        &self,
        names: &str,
        definition_id: u32,
        forced: bool,
    ) -> Result<PerBot<EResult>, Error> {
        let sent = self
            .bot_redeem_points_post()
            .bot_names(names)
            .definition_id(definition_id)
            .forced(forced)
            .send()
            .await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// The background redeemer's results per bot: used and unused keys (key → name), read
    /// from `.keys.used` and `.keys.unused`. Keys still queued show only as
    /// `Bot::games_to_redeem_in_background_count`.
    /// `GET /Api/Bot/{botNames}/GamesToRedeemInBackground` (`BotGamesToRedeemInBackgroundGet`).
    pub async fn background_keys(
        &self,
        names: &str,
    ) -> Result<PerBot<GamesToRedeemInBackgroundResponse>, Error> {
        let sent = self
            .bot_games_to_redeem_in_background_get()
            .bot_names(names)
            .send()
            .await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// Queues `(key, name)` pairs for the background redeemer, in this order; returns per bot
    /// the pairs it accepted (entries with an invalid key or empty name are dropped; if none
    /// is left ASF answers `GamesToRedeemInBackground is empty!`).
    /// `POST /Api/Bot/{botNames}/GamesToRedeemInBackground` (`BotGamesToRedeemInBackgroundPost`).
    ///
    /// Written here rather than by the generated operation: its request type is a map without
    /// order, and the redeemer takes keys in the order they are posted.
    pub async fn add_background_keys(
        &self,
        names: &str,
        keys: &[(String, String)],
    ) -> Result<PerBot<BTreeMap<String, String>>, Error> {
        #[derive(Serialize)]
        struct Request<'a> {
            #[serde(rename = "GamesToRedeemInBackground")]
            keys: OrderedPairs<'a>,
        }
        let body = Body::json(Request {
            keys: OrderedPairs(keys),
        })?;
        self.call(
            Method::POST,
            &["Api", "Bot", names, "GamesToRedeemInBackground"],
            &[],
            Some(body),
        )
        .await?
        .result()
    }

    /// Deletes the redeemer's result files (`.keys.used`, `.keys.unused`, `.keys.invalid`);
    /// the queue itself stays, as in ASF.
    /// `DELETE /Api/Bot/{botNames}/GamesToRedeemInBackground` (`BotGamesToRedeemInBackgroundDelete`).
    pub async fn clear_background_keys(&self, names: &str) -> Result<(), Error> {
        let sent = self
            .bot_games_to_redeem_in_background_delete()
            .bot_names(names)
            .send()
            .await;
        read(sent).await?;
        Ok(())
    }

    /// Each bot's Steam inventory overview (app ID → contexts); `None` for a bot that is not
    /// connected. `GET /Api/Bot/{botNames}/Inventory` (`BotInventoryGet`).
    pub async fn inventory(
        &self,
        names: &str,
    ) -> Result<PerBot<Option<HashMap<String, InventoryAppData>>>, Error> {
        let sent = self.bot_inventory_get().bot_names(names).send().await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }

    /// Each bot's items of one inventory context, descriptions in `language` if given.
    /// `GET /Api/Bot/{botNames}/Inventory/{appID}/{contextID}` (`BotInventoryGetSpecific`).
    pub async fn inventory_context(
        &self,
        names: &str,
        app_id: u32,
        context_id: u64,
        language: Option<&str>,
    ) -> Result<PerBot<BotInventoryResponse>, Error> {
        let mut operation = self
            .bot_inventory_get_specific()
            .bot_names(names)
            .app_id(app_id)
            .context_id(context_id);
        if let Some(language) = language {
            operation = operation.language(language);
        }
        let sent = operation.send().await;
        Ok(read(sent).await?.result()?.into_iter().collect())
    }
}

/// A JSON object from pairs, in their order (the redeemer keeps it).
struct OrderedPairs<'a>(&'a [(String, String)]);

impl Serialize for OrderedPairs<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, name) in self.0 {
            map.serialize_entry(key, name)?;
        }
        map.end()
    }
}

//! The endpoint handlers: thin translations between the wire types and `crate::core`.
//!
//! Each reads its request (and refuses what ASF refuses with a 400), calls the domain
//! operation the chat commands call too, and maps the outcome to the wire shape; the rules
//! themselves and ASF's texts live in `crate::core`.

use std::sync::Arc;

use dropshot::{
    HttpResponseOk, Path, Query, RequestContext, TypedBody, WebsocketChannelResult,
    WebsocketConnection,
};

use std::collections::BTreeMap;

use serde_json::Value;

use crate::api::enums::AsfEnum;
use crate::api::enums::{EMobileConfirmationType, EResult, EUserInputType};
use crate::api::plugins::GlobalConfigExtension;
use crate::api::*;
use crate::core::bot::{Bot, BotStatus, ControlOutcome};
use crate::core::bot_db::Authenticator;
use crate::core::bots::{Rename, Selection};
use crate::core::plugins::PLUGINS;
use crate::core::texts;
use crate::core::{Asf, bgr, commands, crypto, inventory, process, schema, twofa, www};

/// The server's implementation of [`AsfApi`].
pub(crate) enum AsfIpc {}

type Ctx = RequestContext<Arc<Asf>>;

/// Runs work whose cost grows with the request body (config merges and validation, writing
/// the file and reading it back) on the blocking pool, so a large body never holds up the
/// async workers that answer every other request. `runtime` lets the work await async steps.
async fn off_the_workers<T: Send + 'static>(
    work: impl FnOnce(&tokio::runtime::Handle) -> T + Send + 'static,
) -> Result<T, AsfError> {
    let runtime = tokio::runtime::Handle::current();
    on_blocking_pool(move || work(&runtime)).await
}

/// Runs blocking work (file writes, reading every bot) beside the async workers.
async fn on_blocking_pool<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AsfError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AsfError::internal(e.to_string()))
}

impl AsfApi for AsfIpc {
    type Context = Arc<Asf>;

    async fn asf_get(rqctx: Ctx) -> Result<HttpResponseOk<GenericResponse<AsfResponse>>, AsfError> {
        Ok(HttpResponseOk(asf_info(rqctx.context())))
    }

    async fn asf_post(
        rqctx: Ctx,
        body: TypedBody<AsfRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context().clone();
        let request = body.into_inner().global_config;
        let written = off_the_workers(move |runtime| {
            let (mut config, mentioned) = request.into_parts();
            config
                .check_annotations()
                .map_err(|e| AsfError::bad_request(e.to_string()))?;
            config
                .apply_twins()
                .map_err(|e| AsfError::bad_request(e.to_string()))?;
            config
                .validate()
                .map_err(|e| AsfError::bad_request(e.to_string()))?;
            config.keep_unmentioned(asf.global_config(), |p| mentioned.mentions(p));
            let written = runtime.block_on(asf.write_global_config(&config));
            if let Err(e) = &written {
                slog::error!(asf.log(), "ASFPost() {e}");
            }
            Ok::<_, AsfError>(written.is_ok())
        })
        .await??;
        Ok(HttpResponseOk(PlainResponse::from_success(written)))
    }

    async fn asf_hash_post(
        rqctx: Ctx,
        body: TypedBody<AsfHashRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let request = body.into_inner();
        if is_blank(&request.string_to_hash) {
            return Err(AsfError::bad_request(texts::dotnet::required_field(
                "StringToHash",
            )));
        }
        if !request.hashing_method.is_defined() {
            return Err(AsfError::bad_request(texts::invalid("HashingMethod")));
        }
        let key = rqctx.context().crypt_key().to_vec();
        let hashed = crypto::hash_off_workers(request.hashing_method, request.string_to_hash, key)
            .await
            .map_err(|e| AsfError::internal(e.to_string()))?;
        Ok(HttpResponseOk(GenericResponse::from_option(hashed)))
    }

    async fn asf_encrypt_post(
        rqctx: Ctx,
        body: TypedBody<AsfEncryptRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let request = body.into_inner();
        if is_blank(&request.string_to_encrypt) {
            return Err(AsfError::bad_request(texts::dotnet::required_field(
                "StringToEncrypt",
            )));
        }
        if !request.crypto_method.is_defined() {
            return Err(AsfError::bad_request(texts::invalid("CryptoMethod")));
        }
        // Windows' DPAPI gives no result: ASF answers `Failed!` everywhere but on Windows.
        let result = crypto::encrypt(
            request.crypto_method,
            &request.string_to_encrypt,
            rqctx.context().crypt_key(),
        );
        Ok(HttpResponseOk(GenericResponse::from_option(result)))
    }

    async fn bot_get(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotStatus>>>, AsfError> {
        bot_statuses(rqctx.context(), &path.into_inner().bot_names).map(HttpResponseOk)
    }

    async fn bot_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<bool>>>, AsfError> {
        let asf = rqctx.context().clone();
        let (config, mentioned) = body.into_inner().bot_config.into_parts();
        let selector = path.into_inner().bot_names;
        let results = off_the_workers(move |runtime| {
            runtime.block_on(
                asf.bots()
                    .save_configs(&selector, config, |p| mentioned.mentions(p)),
            )
        })
        .await?
        .map_err(|e| AsfError::bad_request(e.to_string()))?;
        let all = results.values().all(|ok| *ok);
        Ok(HttpResponseOk(
            GenericResponse::ok(results).failed_unless(all),
        ))
    }

    async fn bot_delete(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context();
        let bots = select_some(asf, &path.into_inner().bot_names)?;
        let all = asf.bots().delete_all_files(&bots).await;
        Ok(HttpResponseOk(PlainResponse::from_success(all)))
    }

    async fn bot_pause_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotPauseRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let request = body.into_inner();
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(for_each_bot(&bots, |bot| {
            bot.pause(request.permanent, request.resume_in_seconds)
        })))
    }

    async fn bot_rename_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRenameRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context();
        let new_name = body.into_inner().new_name;
        if is_blank(&new_name) {
            return Err(AsfError::bad_request(texts::dotnet::required_field(
                "NewName",
            )));
        }
        let name = path.into_inner().bot_names;
        let ok = match asf.bots().rename_files(&name, &new_name).await {
            Rename::Done => true,
            Rename::Failed => false,
            Rename::Taken => return Err(AsfError::bad_request(texts::invalid("NewName"))),
            Rename::NoSuchBot => {
                return Err(AsfError::bad_request(texts::bot_not_found(&name)));
            }
        };
        Ok(HttpResponseOk(PlainResponse::from_success(ok)))
    }

    async fn bot_resume_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(for_each_bot(&bots, |bot| bot.resume())))
    }

    async fn bot_start_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(for_each_bot(&bots, |bot| bot.start())))
    }

    async fn bot_stop_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(for_each_bot(&bots, |bot| bot.stop())))
    }

    async fn ipc_bans_get(
        rqctx: Ctx,
    ) -> Result<HttpResponseOk<GenericResponse<Vec<String>>>, AsfError> {
        let banned = rqctx.context().access().banned();
        Ok(HttpResponseOk(GenericResponse::ok(
            banned.iter().map(ToString::to_string).collect(),
        )))
    }

    async fn ipc_bans_delete(rqctx: Ctx) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        rqctx.context().access().clear();
        Ok(HttpResponseOk(PlainResponse::ok()))
    }

    async fn ipc_bans_delete_specific(
        rqctx: Ctx,
        path: Path<IpAddressPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let text = path.into_inner().ip_address;
        let Some(ip) = crate::core::access::parse_ip_address(&text) else {
            return Err(AsfError::bad_request(texts::invalid("ipAddress")));
        };
        if !rqctx.context().access().unban(ip) {
            return Err(AsfError::bad_request(texts::ip_not_banned(&text)));
        }
        Ok(HttpResponseOk(PlainResponse::ok()))
    }

    async fn nlog_get(rqctx: Ctx, upgraded: WebsocketConnection) -> WebsocketChannelResult {
        crate::http::nlog::stream(rqctx.context().clone(), upgraded).await
    }

    async fn nlog_file_get(
        rqctx: Ctx,
        query: Query<NLogFileQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<LogResponse>>, AsfError> {
        let query = query.into_inner();
        let (count, last_at) = (query.count, query.last_at);
        if count <= 0 {
            return Err(AsfError::bad_request(texts::invalid("count")));
        }
        if last_at < 0 {
            return Err(AsfError::bad_request(texts::invalid("lastAt")));
        }
        let page = rqctx
            .context()
            .logs()
            .page(count.into(), last_at.into())
            .await
            .map_err(|e| AsfError::internal(e.to_string()))?
            .ok_or_else(|| AsfError::bad_request(texts::empty("LogFile")))?;
        Ok(HttpResponseOk(GenericResponse::ok(LogResponse {
            content: page.lines,
            total_lines: i32::try_from(page.total).unwrap_or(i32::MAX),
        })))
    }

    async fn storage_get(
        rqctx: Ctx,
        path: Path<StorageKeyPath>,
    ) -> Result<HttpResponseOk<GenericResponse<Value>>, AsfError> {
        // The front door answers this itself from the stored text (`direct.rs`); a request it
        // passes on (one with a query string) reads the value back from that text.
        let value = rqctx
            .context()
            .database()
            .get(&path.into_inner().key)
            .and_then(|text| serde_json::from_slice::<Value>(&text).ok());
        // Always a success, with `null` for a key that holds nothing.
        Ok(HttpResponseOk(GenericResponse::with(
            true,
            value,
            texts::OK,
        )))
    }

    async fn storage_post(
        rqctx: Ctx,
        path: Path<StorageKeyPath>,
        body: TypedBody<Value>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context().clone();
        let key = path.into_inner().key;
        let value = body.into_inner();
        let saved = on_blocking_pool(move || asf.database().set(&key, &value)).await?;
        Ok(HttpResponseOk(PlainResponse::from_success(saved.is_ok())))
    }

    async fn storage_delete(
        rqctx: Ctx,
        path: Path<StorageKeyPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context().clone();
        let key = path.into_inner().key;
        let saved = on_blocking_pool(move || asf.database().delete(&key)).await?;
        Ok(HttpResponseOk(PlainResponse::from_success(saved.is_ok())))
    }

    async fn structure_get(
        _rqctx: Ctx,
        path: Path<StructurePath>,
    ) -> Result<HttpResponseOk<GenericResponse<Value>>, AsfError> {
        let name = path.into_inner().structure;
        let value =
            schema::structure(&name).ok_or_else(|| AsfError::bad_request(texts::invalid(&name)))?;
        Ok(HttpResponseOk(GenericResponse::ok(value)))
    }

    async fn health_check_get(
        _rqctx: Ctx,
    ) -> Result<HttpResponseOk<HealthCheckResponse>, AsfError> {
        Ok(HttpResponseOk(HealthCheckResponse::healthy()))
    }

    async fn type_get(
        _rqctx: Ctx,
        path: Path<TypePath>,
    ) -> Result<HttpResponseOk<GenericResponse<TypeResponse>>, AsfError> {
        let name = path.into_inner().type_name;
        let info =
            schema::type_info(&name).ok_or_else(|| AsfError::bad_request(texts::invalid(&name)))?;
        Ok(HttpResponseOk(GenericResponse::ok(info)))
    }

    async fn asf_exit_post(rqctx: Ctx) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context();
        slog::info!(asf.log(), "Exit() Exiting...");
        process::exit_soon(asf);
        Ok(HttpResponseOk(PlainResponse::with(true, Some(texts::DONE))))
    }

    async fn asf_restart_post(rqctx: Ctx) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let restarting = process::restart_soon(rqctx.context());
        let message = if restarting {
            texts::DONE
        } else {
            texts::RESTART_NOT_ALLOWED
        };
        Ok(HttpResponseOk(PlainResponse::with(
            restarting,
            Some(message),
        )))
    }

    async fn asf_update_post(
        _rqctx: Ctx,
        body: TypedBody<UpdateRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let request = body.into_inner();
        if request.channel.is_some_and(|c| !c.is_defined()) {
            return Err(AsfError::bad_request(texts::invalid("Channel")));
        }
        Ok(HttpResponseOk(match crate::core::process::update() {
            Ok(version) => GenericResponse::with(true, Some(version), texts::SUCCESS),
            Err(error) => GenericResponse::with(false, None, error.to_string()),
        }))
    }

    async fn bot_add_license_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotAddLicenseRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotAddLicenseResponse>>>, AsfError> {
        let body = body.into_inner();
        let request = licence_request(body.apps, body.packages)?;
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            let add = |id: u32, app: bool| {
                let purchase = bot.add_license(id, app);
                AddLicenseResult {
                    purchase_result_detail: purchase.detail,
                    result: purchase.result,
                }
            };
            BotAddLicenseResponse {
                apps: per_id(&request.apps, |id| add(id, true)),
                packages: per_id(&request.packages, |id| add(id, false)),
            }
        })))
    }

    async fn bot_remove_license_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRemoveLicenseRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotRemoveLicenseResponse>>>, AsfError> {
        let body = body.into_inner();
        let request = licence_request(body.apps, body.packages)?;
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            BotRemoveLicenseResponse {
                apps: per_id(&request.apps, |id| bot.remove_license(id, true)),
                packages: per_id(&request.packages, |id| bot.remove_license(id, false)),
            }
        })))
    }

    async fn bot_games_to_redeem_get(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GamesToRedeemInBackgroundResponse>>>, AsfError>
    {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        on_blocking_pool(move || {
            per_bot(bots, |bot| bgr::results_of(|extension| bot.file(extension)))
        })
        .await
        .map(HttpResponseOk)
    }

    async fn bot_games_to_redeem_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotGamesToRedeemInBackgroundRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<KeyNames>>>, AsfError> {
        let games = body.into_inner().games_to_redeem_in_background;
        let empty = || AsfError::bad_request(texts::empty("GamesToRedeemInBackground"));
        if games.is_empty() {
            return Err(empty());
        }
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        // In the order they were posted: the redeemer works through them in that order.
        let accepted = bgr::redeemable(games.0);
        if accepted.is_empty() {
            return Err(empty());
        }
        if bots
            .values()
            .any(|bot| bot.db().games_to_redeem_count() + accepted.len() > bgr::MAX_QUEUED_KEYS)
        {
            return Err(AsfError::bad_request(bgr::queue_full()));
        }
        // A bot whose queue could not be saved accepted nothing, and the answer fails.
        let mut all = true;
        let answer = per_bot(bots, |bot| {
            match bot.add_games_to_redeem(accepted.clone()) {
                Ok(_) => KeyNames(accepted.clone()),
                Err(_) => {
                    all = false;
                    KeyNames::default()
                }
            }
        });
        Ok(HttpResponseOk(answer.failed_unless(all)))
    }

    async fn bot_games_to_redeem_delete(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        let ok = on_blocking_pool(move || {
            bots.values()
                .all(|bot| bgr::delete_results(|extension| bot.file(extension)))
        })
        .await
        .unwrap_or(false);
        Ok(HttpResponseOk(PlainResponse::from_success(ok)))
    }

    async fn bot_input_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotInputRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let request = body.into_inner();
        let kind = request.input_type;
        if is_blank(&request.value) {
            return Err(AsfError::bad_request(texts::dotnet::required_field(
                "Value",
            )));
        }
        if kind == EUserInputType::None || !kind.is_defined() {
            return Err(AsfError::bad_request(texts::invalid("Type || Value")));
        }
        if kind == EUserInputType::Cryptkey {
            // ASF fails this one with a 500; the envelope says why instead.
            return Err(AsfError::bad_request(texts::invalid("Type || Value")));
        }
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        // Every bot gets the value, even after one refused it.
        let accepted: Vec<bool> = bots
            .values()
            .map(|bot| bot.set_input(kind, &request.value))
            .collect();
        let all = accepted.iter().all(|ok| *ok);
        Ok(HttpResponseOk(PlainResponse::from_success(all)))
    }

    async fn bot_inventory_get(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<
        HttpResponseOk<GenericResponse<BotMap<Option<BTreeMap<String, InventoryAppData>>>>>,
        AsfError,
    > {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            inventory::overview(&bot)
        })))
    }

    async fn bot_inventory_get_specific(
        rqctx: Ctx,
        path: Path<InventoryPath>,
        _query: Query<InventoryQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotInventoryResponse>>>, AsfError> {
        let path = path.into_inner();
        if path.app_id == 0 {
            return Err(AsfError::bad_request(texts::invalid("appID")));
        }
        if path.context_id == 0 {
            return Err(AsfError::bad_request(texts::invalid("contextID")));
        }
        let bots = select_some(rqctx.context(), &path.bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            inventory::items(&bot, path.app_id, path.context_id)
        })))
    }

    async fn bot_redeem_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRedeemRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<RedeemResults>>, AsfError> {
        let keys = body.into_inner().keys_to_redeem;
        if keys.is_empty() {
            return Err(AsfError::bad_request(texts::empty("KeysToRedeem")));
        }
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        let mut results = BotMap::new();
        let mut complete = true;
        for (name, bot) in bots {
            let purchases = bot.redeem_each(&keys).await;
            complete &= purchases.iter().all(|(_, purchase)| purchase.is_some());
            let answers = purchases
                .into_iter()
                .map(|(key, purchase)| {
                    let answer = purchase.as_ref().map(register_key_response);
                    (key.to_string(), answer)
                })
                .collect();
            results.insert(name, answers);
        }
        Ok(HttpResponseOk(
            GenericResponse::ok(results).failed_unless(complete),
        ))
    }

    async fn bot_redeem_points_post(
        rqctx: Ctx,
        path: Path<RedeemPointsPath>,
        query: Query<RedeemPointsQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<EResult>>>, AsfError> {
        let path = path.into_inner();
        if path.definition_id == 0 {
            return Err(AsfError::bad_request(texts::invalid("definitionID")));
        }
        let forced = query.into_inner().forced;
        let bots = select_some(rqctx.context(), &path.bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            bot.redeem_points(path.definition_id, forced)
        })))
    }

    async fn two_factor_confirmations_get(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<Vec<Confirmation>>>>>, AsfError>
    {
        let bots = select_for_two_factor(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            two_factor_answer(twofa::confirmations(&bot).map(|list| {
                let list = list.iter().map(to_confirmation).collect();
                (Some(list), texts::SUCCESS.to_string())
            }))
        })))
    }

    async fn two_factor_confirmations_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<TwoFactorAuthenticationConfirmationsRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<Vec<Confirmation>>>>>, AsfError>
    {
        let body = body.into_inner();
        if body.ignored_creator_texts {
            slog::error!(
                rqctx.context().log(),
                "SAcceptedCreatorIDs() SAcceptedCreatorIDs is invalid!"
            );
        }
        if let Some(kind) = body.accepted_type
            && (kind.0 == 0 || !kind.is_defined())
        {
            return Err(AsfError::bad_request(texts::invalid("AcceptedType")));
        }
        let request = twofa::ConfirmationRequest {
            accept: body.accept,
            kind: body.accepted_type.map(|kind| kind.0),
            creators: body.accepted_creator_ids,
            wait_if_needed: body.wait_if_needed,
        };
        let bots = select_for_two_factor(rqctx.context(), &path.into_inner().bot_names)?;
        let results = twofa::handle_confirmations_of_each(bots, &request)
            .await
            .into_iter()
            .map(|(name, outcome)| (name, handled_answer(outcome)))
            .collect();
        Ok(HttpResponseOk(GenericResponse::ok(results)))
    }

    async fn two_factor_delete(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<String>>>>, AsfError> {
        let bots = select_some(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            two_factor_answer(twofa::remove(&bot).map(|()| (None, texts::OK.to_string())))
        })))
    }

    async fn two_factor_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<MobileAuthenticatorFile>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<PlainResponse>>>, AsfError> {
        // As in ASF, the secrets are taken as they are: one that is not base64 fails only
        // when a token or a confirmation needs it.
        let file = body.into_inner();
        let bots = select_for_two_factor(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            let imported = bot.import_authenticator(Authenticator {
                shared_secret: file.shared_secret.clone(),
                identity_secret: file.identity_secret.clone(),
            });
            PlainResponse::from_success(imported)
        })))
    }

    async fn two_factor_token_get(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<String>>>>, AsfError> {
        let bots = select_for_two_factor(rqctx.context(), &path.into_inner().bot_names)?;
        Ok(HttpResponseOk(per_bot(bots, |bot| {
            two_factor_answer(
                twofa::token(&bot).map(|code| (Some(code), texts::SUCCESS.to_string())),
            )
        })))
    }

    async fn command_post(
        rqctx: Ctx,
        body: TypedBody<CommandRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        command(rqctx.context(), body.into_inner().command)
            .await
            .map(HttpResponseOk)
    }

    async fn plugins_get(
        _rqctx: Ctx,
        query: Query<PluginsQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<Vec<PluginInfo>>>, AsfError> {
        let query = query.into_inner();
        let (official, custom) = (query.official, query.custom);
        let plugins = PLUGINS
            .iter()
            .filter(|p| if p.official { official } else { custom })
            .map(|p| PluginInfo {
                name: p.name.to_string(),
                version: p.version.to_string(),
            })
            .collect();
        Ok(HttpResponseOk(GenericResponse::ok(plugins)))
    }

    async fn metrics_get(rqctx: Ctx) -> Result<http::Response<dropshot::Body>, AsfError> {
        let format = crate::http::metrics::negotiate(rqctx.request.headers());
        let asf = rqctx.context().clone();
        // A scrape reads every bot: it runs beside the async threads, which keep serving.
        let text = on_blocking_pool(move || asf.metrics().scrape(&asf, format)).await?;
        http::Response::builder()
            .header(http::header::CONTENT_TYPE, format.content_type())
            .body(dropshot::Body::from(text))
            .map_err(|e| AsfError::internal(e.to_string()))
    }

    async fn steam_token_dumper_global_config_extension_get(
        _rqctx: Ctx,
    ) -> Result<HttpResponseOk<GlobalConfigExtension>, AsfError> {
        Ok(HttpResponseOk(GlobalConfigExtension::default()))
    }

    async fn plugins_update_post(
        _rqctx: Ctx,
        body: TypedBody<PluginUpdateRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let request = body.into_inner();
        if request.channel.is_some_and(|c| !c.is_defined()) {
            return Err(AsfError::bad_request(texts::invalid("Channel")));
        }
        let named = request.plugins.is_some_and(|p| !p.is_empty());
        Ok(HttpResponseOk(GenericResponse::with(
            !named,
            None,
            texts::NOTHING_FOUND,
        )))
    }

    async fn github_release_get(
        _rqctx: Ctx,
    ) -> Result<HttpResponseOk<GenericResponse<GitHubReleaseResponse>>, AsfError> {
        Ok(HttpResponseOk(GenericResponse::ok(www::this_release())))
    }

    async fn github_release_get_specific(
        _rqctx: Ctx,
        path: Path<ReleaseVersionPath>,
    ) -> Result<HttpResponseOk<GenericResponse<GitHubReleaseResponse>>, AsfError> {
        let version = path.into_inner().version;
        if version.eq_ignore_ascii_case("latest") || www::is_this_release(&version) {
            return Ok(HttpResponseOk(GenericResponse::ok(www::this_release())));
        }
        if www::parse_version(&version).is_none() {
            return Err(AsfError::bad_request(texts::invalid("version")));
        }
        Err(unreachable_github())
    }

    async fn github_wiki_history_get(
        _rqctx: Ctx,
        path: Path<WikiPagePath>,
    ) -> Result<HttpResponseOk<GenericResponse<BTreeMap<String, String>>>, AsfError> {
        let page = path.into_inner().page;
        www::wiki_page(&page).ok_or_else(unreachable_github)?;
        Ok(HttpResponseOk(GenericResponse::ok(www::wiki_history())))
    }

    async fn github_wiki_page_get(
        _rqctx: Ctx,
        path: Path<WikiPagePath>,
        _query: Query<WikiPageQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let page = path.into_inner().page;
        let html = www::wiki_page(&page).ok_or_else(unreachable_github)?;
        Ok(HttpResponseOk(GenericResponse::ok(html)))
    }
}

/// A redeemed key's purchase in ASF's wire shape.
fn register_key_response(purchase: &crate::core::steam::Purchase) -> RegisterKeyResponse {
    RegisterKeyResponse {
        purchase_result_details: purchase.detail,
        purchase_receipt_info: PurchaseReceiptInfo {
            purchase_status: purchase.result.0,
            result_detail: purchase.detail.0,
            line_items: purchase
                .items
                .iter()
                .map(|(package, app, title)| PurchaseLineItem {
                    packageid: *package,
                    appid: *app,
                    line_item_description: title.clone(),
                })
                .collect(),
        },
    }
}

/// Whether a `[Required]` string is missing: ASP.NET's `RequiredAttribute` refuses empty
/// and white-space-only strings alike.
fn is_blank(value: &str) -> bool {
    value.trim().is_empty()
}

/// Resolves a selector for an action: an empty match is ASF's "Couldn't find any bot" 400.
fn select_some(asf: &Asf, selector: &str) -> Result<Selection, AsfError> {
    asf.bots()
        .select_some(selector)
        .ok_or_else(|| AsfError::bad_request(texts::bot_not_found(selector)))
}

/// Resolves a selector for a 2FA route, which ASF answers for unknown bots with a generic
/// response (with `Result`).
fn select_for_two_factor(asf: &Asf, selector: &str) -> Result<Selection, AsfError> {
    select_some(asf, selector).map_err(AsfError::generic)
}

/// Each selected bot's answer, by name, in a successful envelope.
fn per_bot<T>(
    bots: Selection,
    mut answer: impl FnMut(Arc<Bot>) -> T,
) -> GenericResponse<BotMap<T>> {
    GenericResponse::ok(
        bots.into_iter()
            .map(|(name, bot)| (name, answer(bot)))
            .collect(),
    )
}

/// Runs an action on every bot: success when all succeeded, the bots' messages one per line
/// in the selector's order.
fn for_each_bot(bots: &Selection, action: impl Fn(&Arc<Bot>) -> ControlOutcome) -> PlainResponse {
    let results: Vec<ControlOutcome> = bots.values().map(action).collect();
    let success = results.iter().all(|o| o.succeeded());
    let message = results
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    PlainResponse::with(success, Some(message))
}

/// The apps and packages of a licence request.
struct LicenceIds {
    apps: Option<Vec<u32>>,
    packages: Option<Vec<u32>>,
}

/// A licence request naming at least one app or package.
fn licence_request(
    apps: Option<Vec<u32>>,
    packages: Option<Vec<u32>>,
) -> Result<LicenceIds, AsfError> {
    if apps.as_ref().is_none_or(Vec::is_empty) && packages.as_ref().is_none_or(Vec::is_empty) {
        return Err(AsfError::bad_request(texts::empty("Apps && Packages")));
    }
    Ok(LicenceIds { apps, packages })
}

/// GitHub cannot be reached from here: ASF's answer when every retry failed.
fn unreachable_github() -> AsfError {
    AsfError::new(
        dropshot::ErrorStatusCode::SERVICE_UNAVAILABLE,
        texts::request_failed_after(5),
    )
}

/// Per requested ID, its outcome; `None` when the list was not sent. ASF reads the IDs as a
/// set: an ID sent again is asked once, its first outcome answered.
fn per_id<T>(ids: &Option<Vec<u32>>, outcome: impl Fn(u32) -> T) -> Option<BTreeMap<String, T>> {
    ids.as_ref().map(|ids| {
        let mut outcomes = BTreeMap::new();
        for id in ids {
            outcomes
                .entry(id.to_string())
                .or_insert_with(|| outcome(*id));
        }
        outcomes
    })
}

/// One bot's 2FA outcome in ASF's per-bot envelope: on success its result and text, on
/// failure ASF's text for the error.
fn two_factor_answer<T>(
    outcome: Result<(Option<T>, String), twofa::TwoFactorError>,
) -> GenericResponse<T> {
    match outcome {
        Ok((result, message)) => GenericResponse::with(true, result, message),
        Err(error) => GenericResponse::with(false, None, error.to_string()),
    }
}

/// One bot's handled confirmations: those handled (`null` for none) and how many.
fn handled_answer(
    outcome: Result<twofa::Handled, twofa::TwoFactorError>,
) -> GenericResponse<Vec<Confirmation>> {
    match outcome {
        Ok(handled) => {
            let message = handled.to_string();
            let list: Vec<Confirmation> =
                handled.confirmations.iter().map(to_confirmation).collect();
            GenericResponse::with(
                !handled.ran_out_of_tries,
                (!list.is_empty()).then_some(list),
                message,
            )
        }
        Err(error) => GenericResponse::with(false, None, error.to_string()),
    }
}

fn to_confirmation(c: &crate::core::steam::Confirmation) -> Confirmation {
    Confirmation {
        confirmation_type: EMobileConfirmationType(c.kind),
        type_name: Some(c.type_name.clone()),
        creator_id: c.creator_id.to_string(),
        id: c.id.to_string(),
    }
}

// The operations below are also answered by the front door directly (`http::direct`), so
// their logic lives outside the trait implementation, once.

/// `GET /Api/ASF`.
pub(crate) fn asf_info(asf: &Arc<Asf>) -> GenericResponse<AsfResponse> {
    GenericResponse::ok(AsfResponse {
        build_variant: process::BUILD_VARIANT.to_string(),
        can_update: false,
        global_config: asf.global_config(),
        memory_usage: process::memory_usage_kib(),
        process_start_time: process::format_datetime(asf.start_time()),
        service: asf.is_service(),
        version: process::ASF_VERSION.to_string(),
    })
}

/// `GET /Api/Bot/{botNames}`.
pub(crate) fn bot_statuses(
    asf: &Arc<Asf>,
    selector: &str,
) -> Result<GenericResponse<BotMap<BotStatus>>, AsfError> {
    let bots = selected_bots(asf, selector)?;
    Ok(GenericResponse::ok(
        bots.into_iter()
            .map(|(name, bot)| (name, bot.status()))
            .collect(),
    ))
}

/// The bots `GET /Api/Bot/{botNames}` answers for, in the selector's order; an invalid
/// selector is a 400.
pub(crate) fn selected_bots(asf: &Arc<Asf>, selector: &str) -> Result<Selection, AsfError> {
    asf.bots()
        .select(selector)
        .ok_or_else(|| AsfError::bad_request(texts::invalid("bots")))
}

/// `POST /Api/Command`.
pub(crate) async fn command(
    asf: &Arc<Asf>,
    command: String,
) -> Result<GenericResponse<String>, AsfError> {
    commands::answer(asf, &command)
        .await
        .map(GenericResponse::from_option)
        .map_err(|refused| AsfError::bad_request(refused.to_string()))
}

/// dropshot's own failures (malformed JSON, wrong types, bad query, body over the limit) leave
/// in the same envelope as ASF's errors.
impl From<dropshot::HttpError> for AsfError {
    fn from(e: dropshot::HttpError) -> Self {
        let message = if e.status_code.is_server_error() {
            // Internal details stay in the log; the client learns only that it failed.
            texts::FAILED.to_string()
        } else {
            // Parser complaints about a body quote its values, and bodies carry secrets.
            crate::core::jsonc::without_values(&e.external_message)
        };
        Self::new(e.status_code, message)
    }
}

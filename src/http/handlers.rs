//! The endpoint handlers: thin translations between the wire types and `crate::core`.

use std::sync::Arc;

use dropshot::{
    HttpResponseOk, Path, Query, RequestContext, TypedBody, WebsocketChannelResult,
    WebsocketConnection,
};

use std::collections::BTreeMap;

use serde_json::Value;

use crate::api::enums::AsfEnum;
use crate::api::enums::ECryptoMethod;
use crate::api::{
    AsfApi, AsfEncryptRequest, AsfError, AsfHashRequest, AsfRequest, AsfResponse, BotNamesPath,
    BotPauseRequest, BotRenameRequest, BotRequest, GenericResponse, IpAddressPath, LogResponse,
    NLogFileQuery, PlainResponse, StorageKeyPath, StructurePath, TypePath, TypeResponse,
};
use crate::core::bot::{Bot, BotStatus};
use crate::core::{Asf, crypto, files, process, schema};

/// The server's implementation of [`AsfApi`].
pub enum AsfIpc {}

type Ctx = RequestContext<Arc<Asf>>;

impl AsfApi for AsfIpc {
    type Context = Arc<Asf>;

    async fn asf_get(rqctx: Ctx) -> Result<HttpResponseOk<GenericResponse<AsfResponse>>, AsfError> {
        let asf = rqctx.context();
        Ok(HttpResponseOk(GenericResponse::ok(AsfResponse {
            build_variant: process::BUILD_VARIANT.to_string(),
            can_update: false,
            global_config: asf.global_config(),
            memory_usage: process::memory_usage_kib(),
            process_start_time: process::format_datetime(asf.start_time()),
            service: asf.is_service(),
            version: process::ASF_VERSION.to_string(),
        })))
    }

    async fn asf_post(
        rqctx: Ctx,
        body: TypedBody<AsfRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context();
        let request = body.into_inner().global_config;
        let mut config = request.value.clone();
        config.apply_twins().map_err(AsfError::bad_request)?;
        config.validate().map_err(AsfError::bad_request)?;
        let current = asf.global_config();
        if !request.mentions("IPCPassword") {
            config.ipc_password = current.ipc_password;
        }
        if !request.mentions("LicenseID") {
            config.license_id = current.license_id;
        }
        if !request.mentions("WebProxyPassword") {
            config.web_proxy_password = current.web_proxy_password;
        }
        for (key, value) in current.extra {
            config.extra.entry(key).or_insert(value);
        }
        let written = asf.write_global_config(&config).await;
        if let Err(e) = &written {
            slog::error!(asf.log(), "ASFPost() {e}");
        }
        Ok(HttpResponseOk(PlainResponse::with(
            written.is_ok(),
            None::<String>,
        )))
    }

    async fn asf_hash_post(
        rqctx: Ctx,
        body: TypedBody<AsfHashRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let request = body.into_inner();
        if request.string_to_hash.is_empty() {
            return Err(AsfError::bad_request("StringToHash is empty!"));
        }
        if !request.hashing_method.is_defined() {
            return Err(AsfError::bad_request("HashingMethod is invalid!"));
        }
        let key = rqctx.context().crypt_key().to_vec();
        // Key derivation is deliberately slow; keep it off the async workers.
        let hashed = tokio::task::spawn_blocking(move || {
            crypto::hash_string(request.hashing_method, &request.string_to_hash, &key)
        })
        .await
        .map_err(|e| AsfError::internal(e.to_string()))?;
        Ok(HttpResponseOk(GenericResponse::from_option(hashed)))
    }

    async fn asf_encrypt_post(
        rqctx: Ctx,
        body: TypedBody<AsfEncryptRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError> {
        let request = body.into_inner();
        if request.string_to_encrypt.is_empty() {
            return Err(AsfError::bad_request("StringToEncrypt is empty!"));
        }
        let text = request.string_to_encrypt;
        let result = match request.crypto_method {
            ECryptoMethod::PlainText | ECryptoMethod::EnvironmentVariable | ECryptoMethod::File => {
                Some(text)
            }
            ECryptoMethod::AES => Some(crypto::encrypt_aes(&text, rqctx.context().crypt_key())),
            // Windows' DPAPI: ASF answers `Failed!` with no result everywhere else.
            ECryptoMethod::ProtectedDataForCurrentUser => None,
            _ => return Err(AsfError::bad_request("CryptoMethod is invalid!")),
        };
        Ok(HttpResponseOk(GenericResponse::from_option(result)))
    }

    async fn bot_get(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BTreeMap<String, BotStatus>>>, AsfError> {
        let selector = path.into_inner().bot_names;
        let bots = rqctx
            .context()
            .bots()
            .select(&selector)
            .ok_or_else(|| AsfError::bad_request("bots is invalid!"))?;
        Ok(HttpResponseOk(GenericResponse::ok(
            bots.into_iter()
                .map(|(name, bot)| (name, bot.status()))
                .collect(),
        )))
    }

    async fn bot_post(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BTreeMap<String, bool>>>, AsfError> {
        let asf = rqctx.context();
        let request = body.into_inner().bot_config;
        let mut config = request.value.clone();
        config.apply_twins().map_err(AsfError::bad_request)?;
        config.validate().map_err(AsfError::bad_request)?;
        let selector = path.into_inner().bot_names;
        let mut names: Vec<&str> = selector.split(',').filter(|n| !n.is_empty()).collect();
        names.sort_unstable();
        names.dedup();
        if names.iter().any(|n| !files::is_valid_bot_name(n)) {
            return Err(AsfError::bad_request("botNames is invalid!"));
        }
        let mut results = BTreeMap::new();
        for name in names {
            let mut config = config.clone();
            if let Some(current) = asf.bots().get(name).map(|b| b.config()) {
                if !request.mentions("SteamLogin") {
                    config.steam_login = current.steam_login;
                }
                if !request.mentions("SteamPassword") {
                    config.steam_password = current.steam_password;
                    config.password_format = current.password_format;
                }
                if !request.mentions("SteamParentalCode") {
                    config.steam_parental_code = current.steam_parental_code;
                }
                if !request.mentions("WebProxyPassword") {
                    config.web_proxy_password = current.web_proxy_password;
                }
                for (key, value) in current.extra {
                    config.extra.entry(key).or_insert(value);
                }
            }
            let written = asf.bots().write_config(name, &config).await;
            if let Err(e) = &written {
                slog::error!(asf.log(), "BotPost() {name}: {e}");
            }
            asf.bots().sync(name);
            results.insert(name.to_string(), written.is_ok());
        }
        let all = results.values().all(|ok| *ok);
        let mut response = GenericResponse::ok(results);
        if !all {
            response.success = false;
            response.message = crate::api::envelope::MESSAGE_FAILED.to_string();
        }
        Ok(HttpResponseOk(response))
    }

    async fn bot_delete(
        rqctx: Ctx,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context();
        let bots = select_some(asf, &path.into_inner().bot_names)?;
        let mut all = true;
        for name in bots.keys() {
            all &= asf.bots().delete_files(name).await;
        }
        Ok(HttpResponseOk(PlainResponse::with(all, None::<String>)))
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
        let name = path.into_inner().bot_names;
        let taken = asf.bots().get(&new_name).is_some() || asf.bots().has_files(&new_name);
        if !files::is_valid_bot_name(&new_name) || taken {
            return Err(AsfError::bad_request("NewName is invalid!"));
        }
        if asf.bots().get(&name).is_none() {
            return Err(AsfError::bad_request(format!(
                "Couldn't find any bot named {name}!"
            )));
        }
        let ok = asf.bots().rename_files(&name, &new_name).await;
        Ok(HttpResponseOk(PlainResponse::with(ok, None::<String>)))
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
        let Ok(ip) = text.trim().parse::<std::net::IpAddr>() else {
            return Err(AsfError::bad_request("ipAddress is invalid!"));
        };
        if !rqctx.context().access().unban(ip) {
            return Err(AsfError::bad_request(format!(
                "The IP address {text} is not banned!"
            )));
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
        let count = query.count.unwrap_or(100);
        let last_at = query.last_at.unwrap_or(0);
        if count <= 0 {
            return Err(AsfError::bad_request("count is invalid!"));
        }
        if last_at < 0 {
            return Err(AsfError::bad_request("lastAt is invalid!"));
        }
        let empty = || AsfError::bad_request("LogFile is empty!");
        let path = rqctx
            .context()
            .logs()
            .file()
            .map(std::path::Path::to_path_buf)
            .ok_or_else(empty)?;
        let page = tokio::task::spawn_blocking(move || {
            crate::core::logging::read_page(&path, count.into(), last_at.into())
        })
        .await
        .map_err(|e| AsfError::internal(e.to_string()))?
        .map_err(|_| empty())?;
        if page.total == 0 {
            return Err(empty());
        }
        Ok(HttpResponseOk(GenericResponse::ok(LogResponse {
            content: page.lines,
            total_lines: i32::try_from(page.total).unwrap_or(i32::MAX),
        })))
    }

    async fn storage_get(
        rqctx: Ctx,
        path: Path<StorageKeyPath>,
    ) -> Result<HttpResponseOk<GenericResponse<Value>>, AsfError> {
        let value = rqctx.context().database().get(&path.into_inner().key);
        // Always a success, with `null` for a key that holds nothing.
        let mut response = GenericResponse::from_option(value);
        response.success = true;
        response.message = crate::api::envelope::MESSAGE_OK.to_string();
        Ok(HttpResponseOk(response))
    }

    async fn storage_post(
        rqctx: Ctx,
        path: Path<StorageKeyPath>,
        body: TypedBody<Value>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context().clone();
        let key = path.into_inner().key;
        let value = body.into_inner();
        let saved = tokio::task::spawn_blocking(move || asf.database().set(&key, value))
            .await
            .map_err(|e| AsfError::internal(e.to_string()))?;
        Ok(HttpResponseOk(PlainResponse::with(
            saved.is_ok(),
            None::<String>,
        )))
    }

    async fn storage_delete(
        rqctx: Ctx,
        path: Path<StorageKeyPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError> {
        let asf = rqctx.context().clone();
        let key = path.into_inner().key;
        let saved = tokio::task::spawn_blocking(move || asf.database().delete(&key))
            .await
            .map_err(|e| AsfError::internal(e.to_string()))?;
        Ok(HttpResponseOk(PlainResponse::with(
            saved.is_ok(),
            None::<String>,
        )))
    }

    async fn structure_get(
        _rqctx: Ctx,
        path: Path<StructurePath>,
    ) -> Result<HttpResponseOk<GenericResponse<Value>>, AsfError> {
        let name = path.into_inner().structure;
        let value = schema::structure(&name)
            .ok_or_else(|| AsfError::bad_request(format!("{name} is invalid!")))?;
        Ok(HttpResponseOk(GenericResponse::ok(value)))
    }

    async fn type_get(
        _rqctx: Ctx,
        path: Path<TypePath>,
    ) -> Result<HttpResponseOk<GenericResponse<TypeResponse>>, AsfError> {
        let name = path.into_inner().type_name;
        let info = schema::type_info(&name)
            .ok_or_else(|| AsfError::bad_request(format!("{name} is invalid!")))?;
        Ok(HttpResponseOk(GenericResponse::ok(info)))
    }
}

/// Resolves a selector for an action: an empty match is ASF's "Couldn't find any bot" 400.
fn select_some(
    asf: &Asf,
    selector: &str,
) -> Result<BTreeMap<String, std::sync::Arc<Bot>>, AsfError> {
    match asf.bots().select(selector) {
        Some(bots) if !bots.is_empty() => Ok(bots),
        _ => Err(AsfError::bad_request(format!(
            "Couldn't find any bot named {selector}!"
        ))),
    }
}

/// Runs an action on every bot: success when all succeeded, the bots' messages one per line.
fn for_each_bot(
    bots: &BTreeMap<String, std::sync::Arc<Bot>>,
    action: impl Fn(&std::sync::Arc<Bot>) -> (bool, &'static str),
) -> PlainResponse {
    let results: Vec<(bool, &str)> = bots.values().map(action).collect();
    let success = results.iter().all(|(ok, _)| *ok);
    let message = results
        .iter()
        .map(|(_, m)| *m)
        .collect::<Vec<_>>()
        .join("\n");
    PlainResponse::with(success, Some(message))
}

//! The endpoint handlers: thin translations between the wire types and `crate::core`.

use std::sync::Arc;

use dropshot::{
    HttpResponseOk, Path, Query, RequestContext, TypedBody, WebsocketChannelResult,
    WebsocketConnection,
};

use crate::api::enums::AsfEnum;
use crate::api::enums::ECryptoMethod;
use crate::api::{
    AsfApi, AsfEncryptRequest, AsfError, AsfHashRequest, AsfResponse, GenericResponse,
    IpAddressPath, LogResponse, NLogFileQuery, PlainResponse,
};
use crate::core::{Asf, crypto, process};

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
}

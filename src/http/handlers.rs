//! The endpoint handlers: thin translations between the wire types and `crate::core`.

use std::sync::Arc;

use dropshot::{HttpResponseOk, RequestContext, TypedBody};

use crate::api::enums::AsfEnum;
use crate::api::{AsfApi, AsfError, AsfHashRequest, AsfResponse, GenericResponse};
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
}

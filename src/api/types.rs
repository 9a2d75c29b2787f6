//! Request and response bodies, named as ASF names them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::enums::{ECryptoMethod, EHashingMethod};
use crate::core::config::GlobalConfig;

/// `GET /Api/ASF`: the process as a whole.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "ASFResponse")]
pub struct AsfResponse {
    /// How this build was made; `source` for a custom build.
    #[serde(rename = "BuildVariant")]
    pub build_variant: String,
    /// Whether this build can update itself.
    #[serde(rename = "CanUpdate")]
    pub can_update: bool,
    /// The live global configuration, without its secrets.
    #[serde(rename = "GlobalConfig")]
    pub global_config: GlobalConfig,
    /// Memory held by the process, in KiB.
    #[serde(rename = "MemoryUsage")]
    pub memory_usage: u32,
    /// When the process (or its core, after a config change) started, UTC.
    #[serde(rename = "ProcessStartTime")]
    pub process_start_time: String,
    /// Whether the process runs as a service (`--service`).
    #[serde(rename = "Service")]
    pub service: bool,
    /// ASF version this process is compatible with.
    #[serde(rename = "Version")]
    pub version: String,
}

/// `POST /Api/ASF/Hash`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "ASFHashRequest")]
pub struct AsfHashRequest {
    /// How to hash.
    #[serde(rename = "HashingMethod")]
    pub hashing_method: EHashingMethod,
    /// What to hash.
    #[serde(rename = "StringToHash")]
    pub string_to_hash: String,
}

/// `POST /Api/ASF/Encrypt`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "ASFEncryptRequest")]
pub struct AsfEncryptRequest {
    /// How to encrypt.
    #[serde(rename = "CryptoMethod")]
    pub crypto_method: ECryptoMethod,
    /// What to encrypt.
    #[serde(rename = "StringToEncrypt")]
    pub string_to_encrypt: String,
}

/// Path of `DELETE /Api/IPC/Bans/{ipAddress}`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct IpAddressPath {
    /// The banned address, as listed by `GET /Api/IPC/Bans`.
    #[serde(rename = "ipAddress")]
    pub ip_address: String,
}

/// Query of `GET /Api/NLog/File`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct NLogFileQuery {
    /// How many lines to return (default 100).
    pub count: Option<i32>,
    /// Line number the page ends before; 0 (default) for the end of the file.
    #[serde(rename = "lastAt")]
    pub last_at: Option<i32>,
}

/// A page of the log file.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct LogResponse {
    /// The lines, oldest first.
    #[serde(rename = "Content")]
    pub content: Vec<String>,
    /// Lines in the whole file.
    #[serde(rename = "TotalLines")]
    pub total_lines: i32,
}

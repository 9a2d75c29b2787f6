//! Request and response bodies, named as ASF names them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::enums::{ECryptoMethod, EHashingMethod};
use crate::core::config::{BotConfig, GlobalConfig};

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

/// A config object together with the property names the request mentioned, which decide what
/// is inherited from the current config (a secret left out is kept; one sent as `null` is
/// cleared). On the wire it is exactly the config object.
#[derive(Clone, Debug)]
pub struct Mentioned<T> {
    pub value: T,
    pub keys: Vec<String>,
}

impl<T> Mentioned<T> {
    /// Whether the request named `property` (any case, as ASF reads names).
    pub fn mentions(&self, property: &str) -> bool {
        self.keys.iter().any(|k| k.eq_ignore_ascii_case(property))
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Mentioned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let keys = value
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let value = serde_json::from_value(value).map_err(serde::de::Error::custom)?;
        Ok(Self { value, keys })
    }
}

impl<T: Serialize> Serialize for Mentioned<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl<T: JsonSchema> JsonSchema for Mentioned<T> {
    fn is_referenceable() -> bool {
        T::is_referenceable()
    }
    fn schema_name() -> String {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        T::json_schema(generator)
    }
}

/// `POST /Api/ASF`: the new global config.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "ASFRequest")]
pub struct AsfRequest {
    /// Replaces `ASF.json`; properties left out take their defaults, except the secrets
    /// (`IPCPassword`, `LicenseID`, `WebProxyPassword`), which keep their current values.
    #[serde(rename = "GlobalConfig")]
    pub global_config: Mentioned<GlobalConfig>,
}

/// `POST /Api/Bot/{botNames}`: the new bot config.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotRequest {
    /// Replaces `<BotName>.json`; properties left out take their defaults, except the
    /// credentials (`SteamLogin`, `SteamPassword`, `SteamParentalCode`, `WebProxyPassword`) of
    /// an existing bot, which keep their current values.
    #[serde(rename = "BotConfig")]
    pub bot_config: Mentioned<BotConfig>,
}

/// `POST /Api/Bot/{botNames}/Pause`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(default)]
pub struct BotPauseRequest {
    /// Stay paused across reconnections until resumed.
    #[serde(rename = "Permanent")]
    pub permanent: bool,
    /// Resume by itself after this many seconds; 0 never.
    #[serde(rename = "ResumeInSeconds")]
    pub resume_in_seconds: u16,
}

/// `POST /Api/Bot/{botName}/Rename`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotRenameRequest {
    /// The new name; must be a valid bot name no other bot has.
    #[serde(rename = "NewName")]
    pub new_name: String,
}

/// A `{botNames}` selector: names, `ASF`, `@ALL`, `@FARMING`, `@IDLE`, `@ONLINE`, `@OFFLINE`,
/// ranges `A..B`, `A..`, `..B`, `r!<regex>`, SteamIDs, comma-separated.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotNamesPath {
    #[serde(rename = "botNames")]
    pub bot_names: String,
}

/// One bot, by its exact name.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotNamePath {
    #[serde(rename = "botName")]
    pub bot_name: String,
}

/// A key of the key-value store (case-sensitive).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct StorageKeyPath {
    pub key: String,
}

/// A .NET type name, e.g. `ArchiSteamFarm.Steam.Storage.BotConfig`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct StructurePath {
    pub structure: String,
}

/// A .NET type name, e.g. `ArchiSteamFarm.Steam.Storage.BotConfig+EAccess`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct TypePath {
    #[serde(rename = "type")]
    pub type_name: String,
}

/// `GET /Api/Type/{type}`: what a config editor needs to know about a type.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct TypeResponse {
    /// Classes: property name → .NET type name. Enums: member name → value as a string.
    #[serde(rename = "Body")]
    pub body: BTreeMap<String, String>,
    #[serde(rename = "Properties")]
    pub properties: TypeProperties,
}

/// Facts about a type itself.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct TypeProperties {
    /// `System.Object` for classes, `System.Enum` for enums.
    #[serde(rename = "BaseType")]
    pub base_type: Option<String>,
    /// Attributes of the type; `System.FlagsAttribute` marks flag enums.
    #[serde(rename = "CustomAttributes")]
    pub custom_attributes: Option<Vec<String>>,
    /// The integer type of an enum; null otherwise.
    #[serde(rename = "UnderlyingType")]
    pub underlying_type: Option<String>,
}

//! Request and response bodies, named as ASF names them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::config::{BotConfig, ConfigObject, GlobalConfig};
use crate::api::dotnet_names::dotnet_name;
use crate::api::enums::{
    ECryptoMethod, EHashingMethod, EMobileConfirmationType, EPurchaseResultDetail, EResult,
    EUpdateChannel, EUserInputType, HealthStatus,
};

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

dotnet_name!(AsfResponse => "ArchiSteamFarm.IPC.Responses.ASFResponse");

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

dotnet_name!(AsfHashRequest => "ArchiSteamFarm.IPC.Requests.ASFHashRequest");

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

dotnet_name!(AsfEncryptRequest => "ArchiSteamFarm.IPC.Requests.ASFEncryptRequest");

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
    /// How many lines to return.
    #[serde(default = "default_log_count")]
    pub count: i32,
    /// Line number the page ends before; 0 for the end of the file.
    #[serde(rename = "lastAt", default)]
    pub last_at: i32,
}

fn default_log_count() -> i32 {
    100
}

fn default_true() -> bool {
    true
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

dotnet_name!(LogResponse => "ArchiSteamFarm.IPC.Responses.LogResponse");

/// A config object together with the property names the request mentioned, which decide what
/// is inherited from the current config (a secret left out is kept; one sent as `null` is
/// cleared). On the wire it is exactly the config object.
#[derive(Clone, Debug)]
pub struct Mentioned<T> {
    pub value: T,
    /// The declared properties the request named (unknown names are the config's own).
    pub keys: Vec<&'static str>,
}

impl<T> Mentioned<T> {
    /// Whether the request named `property` (any case, as ASF reads names).
    pub fn mentions(&self, property: &str) -> bool {
        self.keys.iter().any(|k| k.eq_ignore_ascii_case(property))
    }

    /// The config, and the names without it (so the config can be moved on).
    pub fn into_parts(self) -> (T, Mentioned<()>) {
        let keys = Mentioned {
            value: (),
            keys: self.keys,
        };
        (self.value, keys)
    }
}

// The config is read in the same pass that notes the names: no copy of the object is made
// to find them.
impl<'de, T: ConfigObject + Deserialize<'de>> Deserialize<'de> for Mentioned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{DeserializeSeed, MapAccess, Visitor};

        struct Config<T>(std::marker::PhantomData<T>);

        impl<'de, T: ConfigObject + Deserialize<'de>> Visitor<'de> for Config<T> {
            type Value = Mentioned<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a config object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Mentioned<T>, A::Error> {
                let mut noting = Noting {
                    map,
                    names: T::property_names(),
                    keys: Vec::new(),
                };
                let value =
                    T::deserialize(serde::de::value::MapAccessDeserializer::new(&mut noting))?;
                Ok(Mentioned {
                    value,
                    keys: noting.keys,
                })
            }
        }

        /// Passes an object's members through, noting the declared names among its keys.
        struct Noting<A> {
            map: A,
            names: &'static [&'static str],
            keys: Vec<&'static str>,
        }

        impl<'de, A: MapAccess<'de>> MapAccess<'de> for &mut Noting<A> {
            type Error = A::Error;

            fn next_key_seed<K: DeserializeSeed<'de>>(
                &mut self,
                seed: K,
            ) -> Result<Option<K::Value>, A::Error> {
                let Some(key) = self.map.next_key::<String>()? else {
                    return Ok(None);
                };
                if let Some(name) = self.names.iter().find(|n| n.eq_ignore_ascii_case(&key))
                    && !self.keys.contains(name)
                {
                    self.keys.push(name);
                }
                seed.deserialize(serde::de::value::StringDeserializer::new(key))
                    .map(Some)
            }

            fn next_value_seed<V: DeserializeSeed<'de>>(
                &mut self,
                seed: V,
            ) -> Result<V::Value, A::Error> {
                self.map.next_value_seed(seed)
            }
        }

        deserializer.deserialize_map(Config(std::marker::PhantomData))
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

dotnet_name!(AsfRequest => "ArchiSteamFarm.IPC.Requests.ASFRequest");

/// `POST /Api/Bot/{botNames}`: the new bot config.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotRequest {
    /// Replaces `<BotName>.json`; properties left out take their defaults, except the
    /// credentials (`SteamLogin`, `SteamPassword`, `SteamParentalCode`, `WebProxyPassword`) of
    /// an existing bot, which keep their current values.
    #[serde(rename = "BotConfig")]
    pub bot_config: Mentioned<BotConfig>,
}

dotnet_name!(BotRequest => "ArchiSteamFarm.IPC.Requests.BotRequest");

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

dotnet_name!(BotPauseRequest => "ArchiSteamFarm.IPC.Requests.BotPauseRequest");

/// `POST /Api/Bot/{botName}/Rename`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotRenameRequest {
    /// The new name; must be a valid bot name no other bot has.
    #[serde(rename = "NewName")]
    pub new_name: String,
}

dotnet_name!(BotRenameRequest => "ArchiSteamFarm.IPC.Requests.BotRenameRequest");

/// A `{botNames}` selector: names, `ASF`, `@ALL`, `@FARMING`, `@IDLE`, `@ONLINE`, `@OFFLINE`,
/// ranges `A..B`, `A..`, `..B`, `r!<regex>`, SteamIDs, comma-separated.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotNamesPath {
    #[serde(rename = "botNames")]
    pub bot_names: String,
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
    /// Classes: property name → .NET type name, in declaration order. Enums: member name →
    /// value as a string, in value order.
    #[serde(rename = "Body")]
    pub body: TypeMembers,
    #[serde(rename = "Properties")]
    pub properties: TypeProperties,
}

dotnet_name!(TypeResponse => "ArchiSteamFarm.IPC.Responses.TypeResponse");

/// Name → text pairs written as one JSON object in the order they were added (ASF lists a
/// type's members as reflection gives them: declaration order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypeMembers(pub Vec<(String, String)>);

impl TypeMembers {
    /// The text of member `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(member, _)| member == name)
            .map(|(_, text)| text.as_str())
    }
}

impl FromIterator<(String, String)> for TypeMembers {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(members: I) -> Self {
        Self(members.into_iter().collect())
    }
}

impl Serialize for TypeMembers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for TypeMembers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> serde::de::Visitor<'de> for Members {
            type Value = TypeMembers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of strings")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TypeMembers, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, String>()? {
                    members.push(member);
                }
                Ok(TypeMembers(members))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

impl JsonSchema for TypeMembers {
    fn schema_name() -> String {
        <BTreeMap<String, String>>::schema_name()
    }

    fn is_referenceable() -> bool {
        false
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <BTreeMap<String, String>>::json_schema(generator)
    }
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

dotnet_name!(TypeProperties => "ArchiSteamFarm.IPC.Responses.TypeProperties");

/// `POST /Api/Bot/{botNames}/Input`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotInputRequest {
    /// What the value is.
    #[serde(rename = "Type")]
    pub input_type: EUserInputType,
    /// The value.
    #[serde(rename = "Value")]
    pub value: String,
}

dotnet_name!(BotInputRequest => "ArchiSteamFarm.IPC.Requests.BotInputRequest");

/// `POST /Api/Bot/{botNames}/Redeem`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotRedeemRequest {
    /// Product keys to redeem on every bot.
    #[serde(rename = "KeysToRedeem")]
    pub keys_to_redeem: Vec<String>,
}

dotnet_name!(BotRedeemRequest => "ArchiSteamFarm.IPC.Requests.BotRedeemRequest");

/// `POST /Api/Bot/{botNames}/AddLicense`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(default)]
pub struct BotAddLicenseRequest {
    /// App IDs to ask a licence for.
    #[serde(rename = "Apps")]
    pub apps: Option<Vec<u32>>,
    /// Package (sub) IDs to ask a licence for.
    #[serde(rename = "Packages")]
    pub packages: Option<Vec<u32>>,
}

dotnet_name!(BotAddLicenseRequest => "ArchiSteamFarm.IPC.Requests.BotAddLicenseRequest");

/// `POST /Api/Bot/{botNames}/RemoveLicense`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(default)]
pub struct BotRemoveLicenseRequest {
    /// App IDs whose licence is removed.
    #[serde(rename = "Apps")]
    pub apps: Option<Vec<u32>>,
    /// Package (sub) IDs whose licence is removed.
    #[serde(rename = "Packages")]
    pub packages: Option<Vec<u32>>,
}

dotnet_name!(BotRemoveLicenseRequest => "ArchiSteamFarm.IPC.Requests.BotRemoveLicenseRequest");

/// The outcome of one licence request.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct AddLicenseResult {
    #[serde(rename = "PurchaseResultDetail")]
    pub purchase_result_detail: EPurchaseResultDetail,
    #[serde(rename = "Result")]
    pub result: EResult,
}

dotnet_name!(AddLicenseResult => "ArchiSteamFarm.IPC.Responses.AddLicenseResult");

/// Per bot: the outcome for every requested app and package (null when none was asked for).
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct BotAddLicenseResponse {
    #[serde(rename = "Apps")]
    pub apps: Option<BTreeMap<String, AddLicenseResult>>,
    #[serde(rename = "Packages")]
    pub packages: Option<BTreeMap<String, AddLicenseResult>>,
}

dotnet_name!(BotAddLicenseResponse => "ArchiSteamFarm.IPC.Responses.BotAddLicenseResponse");

/// Per bot: the result of removing every requested app and package.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct BotRemoveLicenseResponse {
    #[serde(rename = "Apps")]
    pub apps: Option<BTreeMap<String, EResult>>,
    #[serde(rename = "Packages")]
    pub packages: Option<BTreeMap<String, EResult>>,
}

dotnet_name!(BotRemoveLicenseResponse => "ArchiSteamFarm.IPC.Responses.BotRemoveLicenseResponse");

/// `POST /Api/Bot/{botNames}/GamesToRedeemInBackground`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct BotGamesToRedeemInBackgroundRequest {
    /// Product key → game name.
    #[serde(rename = "GamesToRedeemInBackground")]
    pub games_to_redeem_in_background: KeyNames,
}

dotnet_name!(BotGamesToRedeemInBackgroundRequest => "ArchiSteamFarm.IPC.Requests.BotGamesToRedeemInBackgroundRequest");

/// Keys one bot's background redeemer holds at most. ASF has no bound; each key is kept in
/// memory and in `<Bot>.db` until redeemed, so without one, posting keys again and again would
/// grow both without end. Far above what an account redeems (Steam allows about 50 keys an
/// hour). A request of more keys than this is refused as it is read.
pub const MAX_QUEUED_KEYS: usize = 100_000;

/// Why keys are refused when a bot's queue would pass [`MAX_QUEUED_KEYS`].
pub fn queue_full() -> String {
    format!(
        "GamesToRedeemInBackground is invalid! A bot's queue holds at most {MAX_QUEUED_KEYS} keys."
    )
}

/// Product keys with their game names, as a JSON object whose member order is kept (the
/// background redeemer works through keys in the order they were given). Keys compare without
/// regard to case: a key given twice keeps its first place and its last name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyNames(pub Vec<(String, String)>);

impl KeyNames {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for KeyNames {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, name) in &self.0 {
            map.serialize_entry(key, name)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for KeyNames {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = KeyNames;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of product keys and game names")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<KeyNames, A::Error> {
                // A key given again (in any case) renames its entry: found through an index
                // of the keys, so many keys cost linear time.
                let mut out = KeyNames::default();
                let mut index: std::collections::HashMap<String, usize> =
                    std::collections::HashMap::new();
                while let Some((key, name)) = map.next_entry::<String, String>()? {
                    match index.entry(key.to_ascii_uppercase()) {
                        std::collections::hash_map::Entry::Occupied(at) => {
                            out.0[*at.get()].1 = name;
                        }
                        std::collections::hash_map::Entry::Vacant(_)
                            if out.0.len() == MAX_QUEUED_KEYS =>
                        {
                            return Err(serde::de::Error::custom(queue_full()));
                        }
                        std::collections::hash_map::Entry::Vacant(slot) => {
                            slot.insert(out.0.len());
                            out.0.push((key, name));
                        }
                    }
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

/// Described exactly as a string map, which is what it is on the wire.
impl JsonSchema for KeyNames {
    fn is_referenceable() -> bool {
        <BTreeMap<String, String>>::is_referenceable()
    }

    fn schema_name() -> String {
        <BTreeMap<String, String>>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <BTreeMap<String, String>>::schema_id()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <BTreeMap<String, String>>::json_schema(generator)
    }
}

/// Per bot: what the background redeemer did with keys so far.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct GamesToRedeemInBackgroundResponse {
    /// Keys that were valid but of no use to this account (key → name).
    #[serde(rename = "UnusedKeys")]
    pub unused_keys: Option<BTreeMap<String, String>>,
    /// Keys redeemed on this account (key → name).
    #[serde(rename = "UsedKeys")]
    pub used_keys: Option<BTreeMap<String, String>>,
}

dotnet_name!(GamesToRedeemInBackgroundResponse => "ArchiSteamFarm.IPC.Responses.GamesToRedeemInBackgroundResponse");

/// One package granted by a purchase.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct PurchaseLineItem {
    pub packageid: u32,
    pub appid: u32,
    pub line_item_description: String,
}

dotnet_name!(PurchaseLineItem => "SteamKit2.Internal.CStore_PurchaseReceiptInfo+LineItem");

/// The receipt of a purchase.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct PurchaseReceiptInfo {
    pub purchase_status: i32,
    pub result_detail: i32,
    pub line_items: Vec<PurchaseLineItem>,
}

dotnet_name!(PurchaseReceiptInfo => "SteamKit2.Internal.CStore_PurchaseReceiptInfo");

/// Per-bot answers by bot name, in the order the selector named the bots: ASF answers with a
/// dictionary filled in that order (`Bot.GetBots`), and .NET's keeps it.
pub type BotMap<T> = indexmap::IndexMap<String, T>;

/// Each bot's redemptions, by key in the order the request listed them (a repeated key keeps
/// its first place and its last answer, as ASF's dictionary does): Steam's answer, `null` for
/// a key not tried.
pub type RedeemResults = BotMap<indexmap::IndexMap<String, Option<RegisterKeyResponse>>>;

/// Steam's answer to a key redemption (`CStore_RegisterCDKey_Response`).
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CStore_RegisterCDKey_Response")]
pub struct RegisterKeyResponse {
    pub purchase_result_details: EPurchaseResultDetail,
    pub purchase_receipt_info: PurchaseReceiptInfo,
}

dotnet_name!(RegisterKeyResponse => "SteamKit2.Internal.CStore_RegisterCDKey_Response");

/// Path of `POST /Api/Bot/{botNames}/RedeemPoints/{definitionID}`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct RedeemPointsPath {
    #[serde(rename = "botNames")]
    pub bot_names: String,
    /// Points-shop item definition.
    #[serde(rename = "definitionID")]
    pub definition_id: u32,
}

/// Query of `POST /Api/Bot/{botNames}/RedeemPoints/{definitionID}`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
pub struct RedeemPointsQuery {
    /// Also buy items that cost points.
    #[serde(default)]
    pub forced: bool,
}

/// One app of an inventory overview.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct InventoryAppData {
    pub appid: u32,
    pub asset_count: u32,
    #[serde(rename = "rgContexts")]
    pub rg_contexts: BTreeMap<String, InventoryContextData>,
    pub icon: String,
    pub inventory_logo: Option<String>,
    pub link: String,
    pub load_failed: bool,
    pub name: String,
    pub owner_only: bool,
    pub store_vetted: bool,
    pub trade_permissions: String,
}

dotnet_name!(InventoryAppData => "ArchiSteamFarm.Steam.Data.InventoryAppData");

/// One context of an inventory app.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct InventoryContextData {
    pub asset_count: u32,
    pub id: String,
    pub name: String,
}

dotnet_name!(InventoryContextData => "ArchiSteamFarm.Steam.Data.InventoryContextData");

/// Path of `GET /Api/Bot/{botNames}/Inventory/{appID}/{contextID}`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct InventoryPath {
    #[serde(rename = "botNames")]
    pub bot_names: String,
    #[serde(rename = "appID")]
    pub app_id: u32,
    #[serde(rename = "contextID")]
    pub context_id: u64,
}

/// Query of `GET /Api/Bot/{botNames}/Inventory/{appID}/{contextID}`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
pub struct InventoryQuery {
    /// Language of the descriptions.
    pub language: Option<String>,
}

/// One item: SteamKit2's `CEcon_Asset`. A protobuf message: members in field order, 64-bit
/// IDs as numbers, and the optional members Steam left unset are not written (never `null`).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEcon_Asset")]
pub struct EconAsset {
    pub appid: u32,
    pub contextid: u64,
    pub assetid: u64,
    pub classid: u64,
    pub instanceid: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u32")]
    pub currencyid: Option<u32>,
    pub amount: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub missing: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i64")]
    pub est_usd: Option<i64>,
}

dotnet_name!(EconAsset => "SteamKit2.Internal.CEcon_Asset");

/// What an item is: SteamKit2's `CEconItem_Description`. Optional scalars are written only
/// when set; the lists are always written (`[]` when empty), `contained_item` and
/// `container_properties` always too (`null` when unset).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEconItem_Description")]
pub struct EconDescription {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i32")]
    pub appid: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u64")]
    pub classid: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u64")]
    pub instanceid: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub currency: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub background_color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub icon_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub icon_url_large: Option<String>,
    #[serde(default)]
    pub descriptions: Vec<EconDescriptionLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub tradable: Option<bool>,
    #[serde(default)]
    pub actions: Vec<EconAction>,
    #[serde(default)]
    pub owner_descriptions: Vec<EconDescriptionLine>,
    #[serde(default)]
    pub owner_actions: Vec<EconAction>,
    #[serde(default)]
    pub fraudwarnings: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub name_color: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub item_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_hash_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_fee: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i32")]
    pub market_fee_app: Option<i32>,
    /// The item inside this one (a gift, a container); `null` when none.
    pub contained_item: Option<Box<EconDescription>>,
    #[serde(default)]
    pub market_actions: Vec<EconAction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub commodity: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i32")]
    pub market_tradable_restriction: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i32")]
    pub market_marketable_restriction: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub marketable: Option<bool>,
    #[serde(default)]
    pub tags: Vec<EconTag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub item_expiration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_buy_country_restriction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_sell_country_restriction: Option<String>,
    /// What a container holds; `null` for anything else.
    pub container_properties: Option<EconContainerProperties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_bucket_group_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub market_bucket_group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u32")]
    pub sealed_type: Option<u32>,
}

dotnet_name!(EconDescription => "SteamKit2.Internal.CEconItem_Description");

/// A line of an item's description (`CEconItem_DescriptionLine`).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEconItem_DescriptionLine")]
pub struct EconDescriptionLine {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub line_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub name: Option<String>,
}

dotnet_name!(EconDescriptionLine => "SteamKit2.Internal.CEconItem_DescriptionLine");

/// A link offered with an item (`CEconItem_Action`).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEconItem_Action")]
pub struct EconAction {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub name: Option<String>,
}

dotnet_name!(EconAction => "SteamKit2.Internal.CEconItem_Action");

/// A tag of an item (`CEconItem_Tag`).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEconItem_Tag")]
pub struct EconTag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u32")]
    pub appid: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub internal_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub localized_category_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub localized_tag_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub color: Option<String>,
}

dotnet_name!(EconTag => "SteamKit2.Internal.CEconItem_Tag");

/// What a container holds (`CEconItem_ContainerProperties`).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEconItem_ContainerProperties")]
pub struct EconContainerProperties {
    #[serde(default)]
    pub contained_items: Vec<EconClassIdentifiers>,
    #[serde(default)]
    pub search_tags: Vec<EconTag>,
}

dotnet_name!(EconContainerProperties => "SteamKit2.Internal.CEconItem_ContainerProperties");

/// An item class (`CEconItem_ClassIdentifiers`).
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
#[schemars(rename = "CEconItem_ClassIdentifiers")]
pub struct EconClassIdentifiers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u64")]
    pub classid: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u64")]
    pub instanceid: Option<u64>,
}

dotnet_name!(EconClassIdentifiers => "SteamKit2.Internal.CEconItem_ClassIdentifiers");

/// Per bot: the items of one app and context.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct BotInventoryResponse {
    #[serde(rename = "Assets")]
    pub assets: Option<Vec<EconAsset>>,
    #[serde(rename = "Descriptions")]
    pub descriptions: Option<Vec<EconDescription>>,
}

dotnet_name!(BotInventoryResponse => "ArchiSteamFarm.IPC.Responses.BotInventoryResponse");

/// `POST /Api/Bot/{botNames}/TwoFactorAuthentication`: an SDA maFile; only the two secrets
/// are read.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "MobileAuthenticator")]
pub struct MobileAuthenticatorFile {
    /// Base64 secret for Steam Guard codes.
    pub shared_secret: String,
    /// Base64 secret for confirmations.
    pub identity_secret: String,
}

dotnet_name!(MobileAuthenticatorFile => "ArchiSteamFarm.Steam.Security.MobileAuthenticator");

/// A mobile confirmation.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct Confirmation {
    #[serde(rename = "type")]
    pub confirmation_type: EMobileConfirmationType,
    pub type_name: Option<String>,
    /// The trade or listing the confirmation is for (a 64-bit ID as a string).
    pub creator_id: String,
    /// The confirmation's ID (a 64-bit ID as a string).
    pub id: String,
}

dotnet_name!(Confirmation => "ArchiSteamFarm.Steam.Data.Confirmation");

/// `POST /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`.
///
/// Members are read in order: each of the two ID lists replaces what came before (an
/// `s_AcceptedCreatorIDs` entry that is not a non-zero number leaves the list as it was).
#[derive(Clone, Debug, JsonSchema, Serialize)]
pub struct TwoFactorAuthenticationConfirmationsRequest {
    /// Accept (true) or decline (false).
    #[serde(rename = "Accept")]
    pub accept: bool,
    /// Only confirmations for these trades or listings.
    #[serde(rename = "AcceptedCreatorIDs", default)]
    pub accepted_creator_ids: Vec<u64>,
    /// `AcceptedCreatorIDs` as strings.
    #[serde(rename = "s_AcceptedCreatorIDs", default)]
    pub s_accepted_creator_ids: Vec<String>,
    /// Whether an `s_AcceptedCreatorIDs` list was ignored for an entry that is not a non-zero
    /// number (ASF logs that).
    #[serde(skip)]
    #[schemars(skip)]
    pub ignored_creator_texts: bool,
    /// Only confirmations of this type.
    #[serde(rename = "AcceptedType", default)]
    pub accepted_type: Option<EMobileConfirmationType>,
    /// Retry until every requested confirmation was handled.
    #[serde(rename = "WaitIfNeeded", default)]
    pub wait_if_needed: bool,
}

dotnet_name!(TwoFactorAuthenticationConfirmationsRequest => "ArchiSteamFarm.IPC.Requests.TwoFactorAuthenticationConfirmationsRequest");

/// ASF's request object sets its properties in the order the JSON names them:
/// `AcceptedCreatorIDs` replaces the list, and so does `s_AcceptedCreatorIDs` when every entry
/// is a non-zero 64-bit number (otherwise ASF logs it and keeps the list it had). Neither list
/// may be `null`; `Accept` is required; unknown members are ignored.
impl<'de> Deserialize<'de> for TwoFactorAuthenticationConfirmationsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = TwoFactorAuthenticationConfirmationsRequest;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a TwoFactorAuthenticationConfirmationsRequest object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut accept = None;
                let mut request = TwoFactorAuthenticationConfirmationsRequest {
                    accept: false,
                    accepted_creator_ids: Vec::new(),
                    s_accepted_creator_ids: Vec::new(),
                    ignored_creator_texts: false,
                    accepted_type: None,
                    wait_if_needed: false,
                };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "Accept" => accept = Some(map.next_value()?),
                        "AcceptedCreatorIDs" => {
                            // A set in ASF: repeats fold as they are read.
                            request.accepted_creator_ids = map.next_value::<Distinct<u64>>()?.0;
                        }
                        "s_AcceptedCreatorIDs" => {
                            let texts: Vec<String> = map.next_value::<Distinct<String>>()?.0;
                            let ids: Option<Vec<u64>> =
                                texts.iter().map(|t| parse_dotnet_u64(t)).collect();
                            match ids.filter(|ids| !ids.contains(&0)) {
                                Some(ids) => request.accepted_creator_ids = ids,
                                None => request.ignored_creator_texts = true,
                            }
                            request.s_accepted_creator_ids = texts;
                        }
                        "AcceptedType" => request.accepted_type = map.next_value()?,
                        "WaitIfNeeded" => request.wait_if_needed = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                request.accept = accept.ok_or_else(|| serde::de::Error::missing_field("Accept"))?;
                Ok(request)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// A `ulong` as .NET's `ulong.TryParse` reads it: optional white space around, an optional
/// `+` (or `-` before zero), decimal digits.
fn parse_dotnet_u64(text: &str) -> Option<u64> {
    let text = text.trim_matches(|c: char| matches!(c, '\u{9}'..='\u{d}' | ' '));
    if let Some(zero) = text.strip_prefix('-') {
        return (!zero.is_empty() && zero.bytes().all(|b| b == b'0')).then_some(0);
    }
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `POST /Api/Command`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct CommandRequest {
    /// The command line, e.g. `status ASF`.
    #[serde(rename = "Command")]
    pub command: String,
}

dotnet_name!(CommandRequest => "ArchiSteamFarm.IPC.Requests.CommandRequest");

/// `POST /Api/ASF/Update`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(default)]
pub struct UpdateRequest {
    /// Release channel; the configured one when left out.
    #[serde(rename = "Channel")]
    pub channel: Option<EUpdateChannel>,
    /// Allow a downgrade.
    #[serde(rename = "Forced")]
    pub forced: bool,
}

dotnet_name!(UpdateRequest => "ArchiSteamFarm.IPC.Requests.UpdateRequest");

/// `POST /Api/Plugins/Update`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(default)]
pub struct PluginUpdateRequest {
    #[serde(rename = "Channel")]
    pub channel: Option<EUpdateChannel>,
    /// Allow a downgrade.
    #[serde(rename = "Forced")]
    pub forced: bool,
    /// Assembly names of the plugins to update.
    #[serde(rename = "Plugins", default, deserialize_with = "distinct_items")]
    pub plugins: Option<Vec<String>>,
}

dotnet_name!(PluginUpdateRequest => "ArchiSteamFarm.IPC.Requests.PluginUpdateRequest");

/// A list ASF reads into a set: each item once, in the order it first came, so a long list of
/// repeats costs one item.
struct Distinct<T>(Vec<T>);

impl<'de, T: Deserialize<'de> + Eq + std::hash::Hash + Clone> Deserialize<'de> for Distinct<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Seq<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de> + Eq + std::hash::Hash + Clone> serde::de::Visitor<'de> for Seq<T> {
            type Value = Distinct<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list")
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Distinct<T>, A::Error> {
                let mut seen = std::collections::HashSet::new();
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<T>()? {
                    if seen.insert(item.clone()) {
                        items.push(item);
                    }
                }
                Ok(Distinct(items))
            }
        }

        deserializer.deserialize_seq(Seq(std::marker::PhantomData))
    }
}

/// An optional list read as [`Distinct`].
fn distinct_items<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Eq + std::hash::Hash + Clone,
{
    Ok(Option::<Distinct<T>>::deserialize(deserializer)?.map(|items| items.0))
}

/// Query of `GET /Api/Plugins`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct PluginsQuery {
    /// Include ASF's own plugins.
    #[serde(default = "default_true")]
    pub official: bool,
    /// Include third-party plugins.
    #[serde(default = "default_true")]
    pub custom: bool,
}

/// An active plugin.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct PluginInfo {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Version")]
    pub version: String,
}

dotnet_name!(PluginInfo => "ArchiSteamFarm.Plugins.Interfaces.IPlugin");

/// A release of ASF.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct GitHubReleaseResponse {
    #[serde(rename = "ChangelogHTML")]
    pub changelog_html: String,
    #[serde(rename = "ReleasedAt")]
    pub released_at: String,
    #[serde(rename = "Stable")]
    pub stable: bool,
    #[serde(rename = "Version")]
    pub version: String,
}

dotnet_name!(GitHubReleaseResponse => "ArchiSteamFarm.IPC.Responses.GitHubReleaseResponse");

/// Path of `GET /Api/WWW/GitHub/Release/{version}`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ReleaseVersionPath {
    /// `latest` or a version `a.b.c.d`.
    pub version: String,
}

/// Path of the wiki routes.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct WikiPagePath {
    /// Wiki page name, e.g. `Configuration`.
    pub page: String,
}

/// Query of `GET /Api/WWW/GitHub/Wiki/Page/{page}`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
pub struct WikiPageQuery {
    pub revision: Option<String>,
}

/// `GET /HealthCheck`: whether the process is up.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct HealthCheckResponse {
    /// `Status` as its member name.
    #[serde(rename = "StatusText")]
    pub status_text: String,
    /// The health of the process.
    #[serde(rename = "Status")]
    pub status: HealthStatus,
}

dotnet_name!(HealthCheckResponse => "ArchiSteamFarm.IPC.Responses.HealthCheckResponse");

impl HealthCheckResponse {
    /// The answer of a process that is up.
    pub fn healthy() -> Self {
        Self {
            status_text: "Healthy".to_string(),
            status: HealthStatus::Healthy,
        }
    }
}

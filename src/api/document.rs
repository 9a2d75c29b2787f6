//! What ASF's document states that dropshot cannot write: applied to the generated document by
//! `openapi_document`'s post-processing step.
//!
//! The bounds and extensions below are the contract; the server enforces each of them (config
//! validation in `core::config`), and `tests/fidelity.rs` probes every bound the document
//! states against a running server.

use serde_json::{Value, json};

use crate::api::config::{BotConfig, GlobalConfig, Visibility};

/// The `servers` entry ASF's document has, built from the request as ASP.NET's
/// `OpenApiDocumentService` builds it (`UriHelper.BuildAbsolute(scheme, host, PathBase)`):
/// `http://127.0.0.1:1242/` at the root, `https://example.org/asf` under a PathBase.
pub fn server_url(scheme: &str, host: &str, path_base: Option<&str>) -> String {
    let path = path_base.filter(|p| !p.is_empty()).unwrap_or("/");
    format!("{scheme}://{host}{path}")
}

/// `document` (the checked-in JSON object) with a `servers` member naming `url` first.
pub fn with_server(document: &[u8], url: &str) -> Vec<u8> {
    let servers = serde_json::json!([{ "url": url }]);
    let member = format!("\"servers\":{servers},");
    let Some(open) = document.iter().position(|b| *b == b'{') else {
        return document.to_vec();
    };
    let mut out = Vec::with_capacity(document.len() + member.len());
    out.extend_from_slice(&document[..=open]);
    out.extend_from_slice(member.as_bytes());
    out.extend_from_slice(&document[open + 1..]);
    out
}

/// The rename route as ASF names it. dropshot's router allows one variable name per path
/// segment, and every other `/Api/Bot/…` route calls it `{botNames}`.
pub const RENAME_PATH: &str = "/Api/Bot/{botName}/Rename";
const RENAME_ROUTE: &str = "/Api/Bot/{botNames}/Rename";

/// Renames the rename route's variable to `botName`: it takes one bot, not a selector.
pub fn rename_takes_one_bot(doc: &mut Value) {
    let Some(paths) = doc["paths"].as_object_mut() else {
        return;
    };
    let Some(mut item) = paths.remove(RENAME_ROUTE) else {
        return;
    };
    for op in item
        .as_object_mut()
        .into_iter()
        .flat_map(|o| o.values_mut())
    {
        for parameter in op["parameters"].as_array_mut().into_iter().flatten() {
            if parameter["in"] == "path" && parameter["name"] == "botNames" {
                parameter["name"] = Value::from("botName");
            }
        }
    }
    paths.insert(RENAME_PATH.to_string(), item);
}

/// ASF's description of its bot selector parameter (`WebUtilities.BotNamesParameterDescription`),
/// which it gives every `{botNames}` and the rename route's `{botName}`.
pub const BOT_NAMES_DESCRIPTION: &str = "Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument";

/// Describes every bot name path parameter as ASF does.
pub fn bot_names_described(doc: &mut Value) {
    let operations = doc["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut());
    for op in operations {
        let parameters = op.get_mut("parameters").and_then(Value::as_array_mut);
        for parameter in parameters.into_iter().flatten() {
            if parameter["in"] == "path"
                && matches!(parameter["name"].as_str(), Some("botNames" | "botName"))
            {
                parameter["description"] = Value::from(BOT_NAMES_DESCRIPTION);
            }
        }
    }
}

/// `/Api/NLog` is a websocket over HTTP/1.1 (`get` with `Upgrade`, 101) and over HTTP/2
/// (extended `connect`, 200), as ASF's document lists it.
pub fn nlog_any_method(doc: &mut Value) {
    let Some(item) = doc["paths"]
        .get_mut("/Api/NLog")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let Some(mut connect) = item.get("get").cloned() else {
        return;
    };
    if let Some(connect) = connect.as_object_mut() {
        // Operation IDs are unique; the `get` keeps the one clients are generated from.
        connect.remove("operationId");
        if let Some(responses) = connect.get_mut("responses").and_then(Value::as_object_mut) {
            responses.remove("101");
            responses.insert(
                "200".to_string(),
                json!({ "description": "Extended CONNECT accepted; the stream carries the websocket" }),
            );
        }
    }
    item.insert("connect".to_string(), connect);
}

/// `/HealthCheck` answers `HealthCheckResponse`, `200` when healthy and `503` otherwise; never
/// ASF's error envelope.
pub fn health_check_responses(doc: &mut Value) {
    let Some(responses) = doc["paths"]["/HealthCheck"]["get"]["responses"].as_object_mut() else {
        return;
    };
    responses.remove("4XX");
    responses.remove("5XX");
    if let Some(ok) = responses.get("200").cloned() {
        let mut unavailable = ok;
        unavailable["description"] = Value::from("a health check failed");
        responses.insert("503".to_string(), unavailable);
    }
}

/// SteamID64 of account number `account` in the public universe, of account type `kind`
/// (1 individual, 7 clan) and instance `instance`.
const fn steam_id(account: u32, kind: u64, instance: u64) -> u64 {
    (1 << 56) | (kind << 52) | (instance << 32) | account as u64
}

/// Smallest and largest individual SteamID64 (ASF's `SwaggerSteamIdentifier` default).
pub const INDIVIDUAL_STEAM_IDS: (u64, u64) = (steam_id(1, 1, 1), steam_id(u32::MAX, 1, 1));
/// Smallest and largest clan SteamID64.
pub const CLAN_STEAM_IDS: (u64, u64) = (steam_id(1, 7, 0), steam_id(u32::MAX, 7, 0));
/// `SteamMessagePrefix`'s length limit: Steam's message limit for limited accounts (1945
/// bytes) less the reserved continuation (10) and escape (5) bytes, over 5 bytes per character.
pub const STEAM_MESSAGE_PREFIX_MAX: u64 = (1945 - 10 - 5) / 5;
/// Games played at once at most (Steam's limit).
pub const MAX_GAMES_PLAYED: u64 = 32;

/// What ASF states about one property beyond its type.
enum Rule {
    /// `[Range]`: `minimum` and `maximum`.
    Range(u64, u64),
    /// `[MinLength]` and `[MaxLength]` on a string.
    Length(Option<u64>, Option<u64>),
    /// `[MaxLength]` on a list: `maxItems`.
    MaxItems(u64),
    /// Bounds of every item of a list or set.
    ItemRange(u64, u64),
    /// Values valid besides the bounds (`0` for "no SteamID").
    ValidValues(Value),
    /// Valid values of every item.
    ItemValidValues(Value),
    /// A secret.
    SecurityCritical,
}

const BYTE: Rule = Rule::Range(0, u8::MAX as u64);
const POSITIVE_BYTE: Rule = Rule::Range(1, u8::MAX as u64);

/// Per schema and property, ASF's attributes (`Storage/GlobalConfig.cs`,
/// `Steam/Storage/BotConfig.cs`).
fn rules() -> Vec<(&'static str, &'static str, Rule)> {
    use Rule::*;
    let (user_min, user_max) = INDIVIDUAL_STEAM_IDS;
    let (clan_min, clan_max) = CLAN_STEAM_IDS;
    // The secrets the document marks come from the config types' one list.
    let critical = |schema: &'static str, properties: &'static [(&'static str, Visibility)]| {
        properties
            .iter()
            .filter(|(_, visibility)| *visibility == Visibility::Critical)
            .map(move |(name, _)| (schema, *name, SecurityCritical))
    };
    let declared = critical("GlobalConfig", GlobalConfig::VISIBILITY)
        .chain(critical("BotConfig", BotConfig::VISIBILITY));
    let stated = [
        ("GlobalConfig", "Blacklist", ItemRange(1, u32::MAX as u64)),
        ("GlobalConfig", "ConfirmationsLimiterDelay", BYTE),
        ("GlobalConfig", "ConnectionTimeout", POSITIVE_BYTE),
        ("GlobalConfig", "FarmingDelay", POSITIVE_BYTE),
        ("GlobalConfig", "GiftsLimiterDelay", BYTE),
        ("GlobalConfig", "IdleFarmingPeriod", BYTE),
        ("GlobalConfig", "InventoryLimiterDelay", BYTE),
        ("GlobalConfig", "LoginLimiterDelay", BYTE),
        ("GlobalConfig", "MaxFarmingTime", POSITIVE_BYTE),
        ("GlobalConfig", "MaxTradeHoldDuration", BYTE),
        ("GlobalConfig", "MinFarmingDelayAfterBlock", BYTE),
        (
            "GlobalConfig",
            "SteamMessagePrefix",
            Length(None, Some(STEAM_MESSAGE_PREFIX_MAX)),
        ),
        ("GlobalConfig", "SteamOwnerID", Range(user_min, user_max)),
        ("GlobalConfig", "SteamOwnerID", ValidValues(json!([0]))),
        ("GlobalConfig", "UpdatePeriod", BYTE),
        ("GlobalConfig", "WebLimiterDelay", Range(0, u16::MAX as u64)),
        (
            "BotConfig",
            "CompleteTypesToSend",
            ItemValidValues(json!([3, 5])),
        ),
        (
            "BotConfig",
            "GamesPlayedWhileIdle",
            MaxItems(MAX_GAMES_PLAYED),
        ),
        (
            "BotConfig",
            "GamesPlayedWhileIdle",
            ItemRange(1, u32::MAX as u64),
        ),
        ("BotConfig", "HoursUntilCardDrops", BYTE),
        ("BotConfig", "SendTradePeriod", BYTE),
        ("BotConfig", "SteamMasterClanID", Range(clan_min, clan_max)),
        ("BotConfig", "SteamMasterClanID", ValidValues(json!([0]))),
        ("BotConfig", "SteamParentalCode", Length(Some(4), Some(4))),
        ("BotConfig", "SteamParentalCode", ValidValues(json!(["0"]))),
        ("BotConfig", "SteamTradeToken", Length(Some(8), Some(8))),
        ("BotConfig", "TradeCheckPeriod", BYTE),
    ];
    stated.into_iter().chain(declared).collect()
}

/// Writes every rule into its property's schema. An item that is a reference becomes a
/// one-element `allOf`, because OpenAPI 3.0 ignores anything next to a `$ref`.
pub fn schema_extensions(doc: &mut Value) {
    for (schema, property, rule) in rules() {
        let Some(target) = doc["components"]["schemas"][schema]["properties"].get_mut(property)
        else {
            continue;
        };
        match rule {
            Rule::Range(min, max) => {
                target["minimum"] = Value::from(min);
                target["maximum"] = Value::from(max);
            }
            Rule::Length(min, max) => {
                if let Some(min) = min {
                    target["minLength"] = Value::from(min);
                }
                if let Some(max) = max {
                    target["maxLength"] = Value::from(max);
                }
            }
            Rule::MaxItems(max) => target["maxItems"] = Value::from(max),
            Rule::ItemRange(min, max) => {
                target["items"]["minimum"] = Value::from(min);
                target["items"]["maximum"] = Value::from(max);
            }
            Rule::ValidValues(values) => target["x-valid-values"] = values,
            Rule::ItemValidValues(values) => {
                let items = &mut target["items"];
                if let Some(reference) = items.as_object_mut().and_then(|o| o.remove("$ref")) {
                    items["allOf"] = json!([{ "$ref": reference }]);
                }
                items["x-valid-values"] = values;
            }
            Rule::SecurityCritical => target["x-security-critical"] = Value::Bool(true),
        }
    }
}

/// .NET namespace of ASF's request bodies.
const REQUESTS: &str = "ArchiSteamFarm.IPC.Requests";
/// .NET namespace of ASF's response bodies.
const RESPONSES: &str = "ArchiSteamFarm.IPC.Responses";
/// The open generic envelope; every `GenericResponse_{T}` schema (and `AsfError`) is one of it.
pub const GENERIC_RESPONSE: &str = "ArchiSteamFarm.IPC.Responses.GenericResponse`1";

/// The .NET full name of the class behind schema `schema` of this document, as `/Api/Type`
/// and `/Api/Structure` take it. Enums carry theirs in `enums::AsfEnum::DOTNET_NAME`.
pub fn dotnet_class_name(schema: &str) -> Option<String> {
    if schema.starts_with("GenericResponse_") || schema == "AsfError" {
        return Some(GENERIC_RESPONSE.to_string());
    }
    let name = match schema {
        "ASFEncryptRequest"
        | "ASFHashRequest"
        | "ASFRequest"
        | "BotAddLicenseRequest"
        | "BotGamesToRedeemInBackgroundRequest"
        | "BotInputRequest"
        | "BotPauseRequest"
        | "BotRedeemRequest"
        | "BotRemoveLicenseRequest"
        | "BotRenameRequest"
        | "BotRequest"
        | "CommandRequest"
        | "PluginUpdateRequest"
        | "TwoFactorAuthenticationConfirmationsRequest"
        | "UpdateRequest" => format!("{REQUESTS}.{schema}"),
        "ASFResponse"
        | "AddLicenseResult"
        | "BotAddLicenseResponse"
        | "BotInventoryResponse"
        | "BotRemoveLicenseResponse"
        | "GamesToRedeemInBackgroundResponse"
        | "GenericResponse"
        | "GitHubReleaseResponse"
        | "HealthCheckResponse"
        | "LogResponse"
        | "StatusCodeResponse"
        | "TypeProperties"
        | "TypeResponse" => format!("{RESPONSES}.{schema}"),
        "Bot" => "ArchiSteamFarm.Steam.Bot".to_string(),
        "BotConfig" => "ArchiSteamFarm.Steam.Storage.BotConfig".to_string(),
        "GlobalConfig" => "ArchiSteamFarm.Storage.GlobalConfig".to_string(),
        "CardsFarmer" | "Game" => format!("ArchiSteamFarm.Steam.Cards.{schema}"),
        "Confirmation" | "InventoryAppData" | "InventoryContextData" => {
            format!("ArchiSteamFarm.Steam.Data.{schema}")
        }
        "MobileAuthenticator" => "ArchiSteamFarm.Steam.Security.MobileAuthenticator".to_string(),
        "PluginInfo" => "ArchiSteamFarm.Plugins.Interfaces.IPlugin".to_string(),
        "GlobalConfigExtension" | "SteamTokenDumperConfig" => {
            format!("ArchiSteamFarm.OfficialPlugins.SteamTokenDumper.{schema}")
        }
        "CStore_RegisterCDKey_Response" => {
            "SteamKit2.Internal.CStore_RegisterCDKey_Response".into()
        }
        "PurchaseReceiptInfo" => "SteamKit2.Internal.CStore_PurchaseReceiptInfo".to_string(),
        "PurchaseLineItem" => "SteamKit2.Internal.CStore_PurchaseReceiptInfo+LineItem".to_string(),
        "CEcon_Asset"
        | "CEconItem_Action"
        | "CEconItem_ClassIdentifiers"
        | "CEconItem_ContainerProperties"
        | "CEconItem_Description"
        | "CEconItem_DescriptionLine"
        | "CEconItem_Tag" => format!("SteamKit2.Internal.{schema}"),
        _ => return None,
    };
    Some(name)
}

/// The value every property of `T` takes when the request leaves it out.
fn defaults_of<T: serde::de::DeserializeOwned + serde::Serialize>() -> Value {
    serde_json::from_value::<T>(json!({}))
        .ok()
        .and_then(|v| serde_json::to_value(v).ok())
        .unwrap_or(Value::Null)
}

/// Query parameters carry their defaults (dropshot leaves them out of parameter schemas); the
/// values come from the query types themselves, so the document and the server agree.
pub fn query_defaults(doc: &mut Value) {
    use crate::api::types::{NLogFileQuery, PluginsQuery, RedeemPointsQuery};
    let queries = [
        ("/Api/NLog/File", "get", defaults_of::<NLogFileQuery>()),
        ("/Api/Plugins", "get", defaults_of::<PluginsQuery>()),
        (
            "/Api/Bot/{botNames}/RedeemPoints/{definitionID}",
            "post",
            defaults_of::<RedeemPointsQuery>(),
        ),
    ];
    for (path, method, defaults) in queries {
        let parameters = doc["paths"][path][method]["parameters"].as_array_mut();
        for parameter in parameters.into_iter().flatten() {
            let Some(name) = parameter["name"].as_str() else {
                continue;
            };
            if parameter["in"] == "query"
                && let Some(default) = defaults.get(name).filter(|d| !d.is_null()).cloned()
            {
                parameter["schema"]["default"] = default;
            }
        }
    }
}

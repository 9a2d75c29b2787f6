//! Answers of `/Api/Type/{type}` and `/Api/Structure/{structure}`: every type of the OpenAPI
//! document (requests, responses, the objects inside them, enums), under the .NET full names
//! ASF uses.
//!
//! The config classes have exact hand-kept tables (their editors depend on them). Every other
//! class is described from its schema in the document, so a type added to the API is
//! resolvable without a second list.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::api::PlainResponse;
use crate::api::bot::{BotStatus, CardsFarmer, Game};
use crate::api::dotnet_names::{DotnetClass, GENERIC_RESPONSE, dotnet_class_name};
use crate::api::enums::{
    AsfEnum, EAccountFlags, ECurrencyCode, EUserInputType, EnumInfo, all_enums,
};
use crate::api::types::{
    AsfResponse, GitHubReleaseResponse, LogResponse, TypeMembers, TypeProperties, TypeResponse,
};
use crate::core::config::{BotConfig, GlobalConfig};

/// How deep `/Api/Structure` builds nested default objects.
const MAX_DEPTH: usize = 8;

fn find_enum(name: &str) -> Option<EnumInfo> {
    all_enums().into_iter().find(|e| e.dotnet_name == name)
}

/// The document's schemas, read once.
fn schemas() -> &'static Map<String, Value> {
    static SCHEMAS: OnceLock<Map<String, Value>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        serde_json::from_slice::<Value>(crate::api::DOCUMENT)
            .ok()
            .and_then(|doc| doc["components"]["schemas"].as_object().cloned())
            .unwrap_or_default()
    })
}

/// The schema of the class named `dotnet` (the first, for the generic envelope).
fn class_schema(dotnet: &str) -> Option<&'static Value> {
    schemas()
        .iter()
        .filter(|(_, schema)| schema["properties"].is_object())
        .find(|(name, _)| dotnet_class_name(name) == Some(dotnet))
        .map(|(_, schema)| schema)
}

/// SteamKit2's protobuf classes: ASF writes a member of them only when it is set (its
/// serializer honours protobuf-net's `ShouldSerialize*`), except lists and nested messages,
/// which have no such method (`[]`, `null`).
fn is_protobuf_message(dotnet: &str) -> bool {
    dotnet.starts_with("SteamKit2.Internal.")
}

fn class(properties: Vec<(String, String)>) -> TypeResponse {
    TypeResponse {
        body: properties.into_iter().collect(),
        properties: TypeProperties {
            base_type: Some("System.Object".to_string()),
            custom_attributes: None,
            underlying_type: None,
        },
    }
}

/// The description of type `name`, if the document has it.
pub(crate) fn type_info(name: &str) -> Option<TypeResponse> {
    let own = |types: Vec<(&str, &str)>| {
        types
            .into_iter()
            .map(|(property, dotnet)| (property.to_string(), dotnet.to_string()))
            .collect()
    };
    match name {
        GlobalConfig::DOTNET_NAME => return Some(class(own(GlobalConfig::property_types()))),
        BotConfig::DOTNET_NAME => return Some(class(own(BotConfig::property_types()))),
        _ => {}
    }
    if let Some(members) = declared_members(name) {
        return Some(class(own(members)));
    }
    if let Some(info) = find_enum(name) {
        return Some(enum_type(&info));
    }
    if let Some(system) = system_type(name) {
        return Some(memberless(system.base_type));
    }
    if let Some(element) = read_only_collection_element(name) {
        // An interface: no base type, and `/Api/Type` lists the members of classes only.
        return found_without_assembly(element).then(|| memberless(None));
    }
    let schema = class_schema(name)?;
    if is_protobuf_message(name) {
        // ASF lists the members marked `[JsonInclude]`; SteamKit2's generated classes mark none.
        return Some(class(Vec::new()));
    }
    let properties = schema["properties"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(property, schema)| {
            let dotnet = if name == GENERIC_RESPONSE && property == "Result" {
                // The type parameter of the open generic.
                "T".to_string()
            } else {
                dotnet_type(schema)
            };
            (property.clone(), dotnet)
        })
        .collect();
    Some(class(properties))
}

/// A type `/Api/Type` lists no member of, derived from `base_type`.
fn memberless(base_type: Option<&str>) -> TypeResponse {
    TypeResponse {
        body: TypeMembers::default(),
        properties: TypeProperties {
            base_type: base_type.map(str::to_string),
            custom_attributes: None,
            underlying_type: None,
        },
    }
}

fn enum_type(info: &EnumInfo) -> TypeResponse {
    // `Enum.GetValues` order: by value read as unsigned; one entry per value, under its
    // first name.
    let mut members = info.members.to_vec();
    members.sort_by_key(|(_, value)| *value as u64);
    let mut body = Vec::new();
    let mut seen = Vec::new();
    for (member, value) in members {
        if !seen.contains(&value) {
            seen.push(value);
            body.push((member.to_string(), value.to_string()));
        }
    }
    TypeResponse {
        body: TypeMembers(body),
        properties: TypeProperties {
            base_type: Some("System.Enum".to_string()),
            custom_attributes: info
                .flags
                .then(|| vec!["System.FlagsAttribute".to_string()]),
            underlying_type: Some(info.underlying.to_string()),
        },
    }
}

/// The members ASF declares with `[JsonInclude]` on the classes a client meets most, in
/// declaration order and with their .NET types (which the document's JSON types cannot tell
/// apart: `System.Single` from `System.Double`, `System.TimeSpan` and `System.Version` from
/// strings). Sources: `Steam/Bot.cs`, `Steam/Cards/CardsFarmer.cs`, `Steam/Cards/Game.cs`,
/// `IPC/Responses/*.cs`.
fn declared_members(name: &str) -> Option<Vec<(&'static str, &'static str)>> {
    const GAMES: &str =
        "System.Collections.Generic.IReadOnlyCollection`1[ArchiSteamFarm.Steam.Cards.Game]";
    let members = match name {
        BotStatus::DOTNET_NAME => vec![
            ("BotName", "System.String"),
            ("CardsFarmer", CardsFarmer::DOTNET_NAME),
            ("GamesToRedeemInBackgroundCount", "System.UInt32"),
            ("HasMobileAuthenticator", "System.Boolean"),
            ("IsConnectedAndLoggedOn", "System.Boolean"),
            ("IsPlayingPossible", "System.Boolean"),
            ("PublicIP", "System.String"),
            ("s_SteamID", "System.String"),
            ("AccountFlags", EAccountFlags::DOTNET_NAME),
            ("AvatarHash", "System.String"),
            ("BotConfig", BotConfig::DOTNET_NAME),
            ("KeepRunning", "System.Boolean"),
            ("Nickname", "System.String"),
            ("RequiredInput", EUserInputType::DOTNET_NAME),
            ("SteamID", "System.UInt64"),
            ("WalletBalance", "System.Int64"),
            ("WalletBalanceDelayed", "System.Int64"),
            ("WalletCurrency", ECurrencyCode::DOTNET_NAME),
        ],
        CardsFarmer::DOTNET_NAME => vec![
            ("CurrentGamesFarming", GAMES),
            ("GamesToFarm", GAMES),
            ("TimeRemaining", "System.TimeSpan"),
            ("NowFarming", "System.Boolean"),
            ("Paused", "System.Boolean"),
        ],
        Game::DOTNET_NAME => vec![
            ("AppID", "System.UInt32"),
            ("GameName", "System.String"),
            ("CardsRemaining", "System.UInt16"),
            ("HoursPlayed", "System.Single"),
        ],
        _ => return declared_response_members(name),
    };
    Some(members)
}

/// [`declared_members`] of the classes under `ArchiSteamFarm.IPC.Responses`.
fn declared_response_members(name: &str) -> Option<Vec<(&'static str, &'static str)>> {
    let members = match name {
        AsfResponse::DOTNET_NAME => vec![
            ("BuildVariant", "System.String"),
            ("CanUpdate", "System.Boolean"),
            ("GlobalConfig", GlobalConfig::DOTNET_NAME),
            ("MemoryUsage", "System.UInt32"),
            ("ProcessStartTime", "System.DateTime"),
            ("Service", "System.Boolean"),
            ("Version", "System.Version"),
        ],
        GitHubReleaseResponse::DOTNET_NAME => vec![
            ("ChangelogHTML", "System.String"),
            ("ReleasedAt", "System.DateTime"),
            ("Stable", "System.Boolean"),
            ("Version", "System.String"),
        ],
        // Reflection lists a class's own members before its base class's.
        GENERIC_RESPONSE => vec![
            ("Result", "T"),
            ("Message", "System.String"),
            ("Success", "System.Boolean"),
        ],
        PlainResponse::DOTNET_NAME => {
            vec![("Message", "System.String"), ("Success", "System.Boolean")]
        }
        LogResponse::DOTNET_NAME => vec![
            (
                "Content",
                "System.Collections.Immutable.ImmutableList`1[System.String]",
            ),
            ("TotalLines", "System.Int32"),
        ],
        TypeProperties::DOTNET_NAME => vec![
            ("BaseType", "System.String"),
            (
                "CustomAttributes",
                "System.Collections.Immutable.ImmutableHashSet`1[System.String]",
            ),
            ("UnderlyingType", "System.String"),
        ],
        TypeResponse::DOTNET_NAME => vec![
            (
                "Body",
                "System.Collections.Immutable.ImmutableDictionary`2[System.String][System.String]",
            ),
            ("Properties", TypeProperties::DOTNET_NAME),
        ],
        _ => return None,
    };
    Some(members)
}

/// A .NET base type `Type.GetType` resolves by its full name alone, as ASF's
/// `WebUtilities.ParseType` does for `System.*`.
struct SystemType {
    base_type: Option<&'static str>,
    /// What `Activator.CreateInstance` makes, as JSON; `None` when it cannot (no
    /// parameterless constructor).
    default: Option<Value>,
}

fn system_type(name: &str) -> Option<SystemType> {
    let value = |default: Value| SystemType {
        base_type: Some("System.ValueType"),
        default: Some(default),
    };
    Some(match name {
        "System.Boolean" => value(Value::Bool(false)),
        "System.Byte" | "System.SByte" | "System.Int16" | "System.UInt16" | "System.Int32"
        | "System.UInt32" | "System.Int64" | "System.UInt64" | "System.Single"
        | "System.Double" | "System.Decimal" => value(Value::from(0)),
        "System.Guid" => value(Value::from("00000000-0000-0000-0000-000000000000")),
        "System.DateTime" => value(Value::from("0001-01-01T00:00:00")),
        "System.TimeSpan" => value(Value::from("00:00:00")),
        "System.String" => SystemType {
            base_type: Some("System.Object"),
            default: None,
        },
        "System.Version" => SystemType {
            base_type: Some("System.Object"),
            default: Some(Value::from("0.0")),
        },
        "System.Object" => SystemType {
            base_type: None,
            default: Some(Value::Object(Map::new())),
        },
        _ => return None,
    })
}

/// The open generic interface of `CardsFarmer`'s game lists, whose constructed names
/// `/Api/Type` prints (`…IReadOnlyCollection`1[ArchiSteamFarm.Steam.Cards.Game]`).
const READ_ONLY_COLLECTION: &str = "System.Collections.Generic.IReadOnlyCollection`1";

/// The element type named in `IReadOnlyCollection`1[element]`, through any nesting.
fn read_only_collection_element(name: &str) -> Option<&str> {
    let mut element = name;
    while let Some(inner) = element
        .strip_prefix(READ_ONLY_COLLECTION)
        .and_then(|rest| rest.strip_prefix('['))
        .and_then(|rest| rest.strip_suffix(']'))
    {
        element = inner;
    }
    (element.len() < name.len()).then_some(element)
}

/// Whether `Type.GetType` finds type `name` given without its assembly, as the arguments of
/// a unified name are (`WebUtilities.ParseType`): it looks in the calling assembly, ASF's own
/// (its plugins are assemblies of their own), and in the core library, `System.*`; SteamKit2's
/// types are not found so.
fn found_without_assembly(name: &str) -> bool {
    let asf_own =
        name.starts_with("ArchiSteamFarm.") && !name.starts_with("ArchiSteamFarm.OfficialPlugins.");
    system_type(name).is_some() || (asf_own && type_info(name).is_some())
}

/// The schema a property refers to, looking through a one-element `allOf`.
fn reference(schema: &Value) -> Option<&str> {
    schema["$ref"]
        .as_str()
        .or_else(|| schema["allOf"][0]["$ref"].as_str())
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

/// The .NET type name of a property, in ASF's "unified" form (`ImmutableList`1[System.UInt32]`).
fn dotnet_type(schema: &Value) -> String {
    let nullable = schema["nullable"] == true;
    let value_type = |name: &str| {
        if nullable {
            format!("System.Nullable`1[{name}]")
        } else {
            name.to_string()
        }
    };
    if let Some(target) = reference(schema) {
        if let Some(info) = enum_by_schema(target) {
            return value_type(info.dotnet_name);
        }
        return dotnet_class_name(target)
            .unwrap_or("System.Object")
            .to_string();
    }
    match schema["type"].as_str() {
        Some("boolean") => value_type("System.Boolean"),
        Some("integer") => value_type(match schema["format"].as_str() {
            Some("uint8") => "System.Byte",
            Some("int8") => "System.SByte",
            Some("uint16") => "System.UInt16",
            Some("int16") => "System.Int16",
            Some("uint32") => "System.UInt32",
            Some("uint64") => "System.UInt64",
            Some("int64") => "System.Int64",
            _ => "System.Int32",
        }),
        Some("number") if schema["format"] == "float" => value_type("System.Single"),
        Some("number") => value_type("System.Double"),
        Some("string") if schema["format"] == "date-time" => value_type("System.DateTime"),
        Some("string") if schema["format"] == "uuid" => value_type("System.Guid"),
        Some("string") => "System.String".to_string(),
        Some("array") => {
            let item = dotnet_type(&schema["items"]);
            if schema["uniqueItems"] == true {
                format!("System.Collections.Immutable.ImmutableHashSet`1[{item}]")
            } else {
                format!("System.Collections.Immutable.ImmutableList`1[{item}]")
            }
        }
        Some("object") if schema["additionalProperties"].is_object() => {
            let value = dotnet_type(&schema["additionalProperties"]);
            format!("System.Collections.Generic.Dictionary`2[System.String][{value}]")
        }
        _ => "System.Object".to_string(),
    }
}

fn enum_by_schema(schema: &str) -> Option<EnumInfo> {
    all_enums()
        .into_iter()
        .find(|e| e.dotnet_name.rsplit(['.', '+']).next() == Some(schema))
}

/// A default instance of type `name` as JSON: the read view for configs, 0 for enums, .NET's
/// default of a `System.*` type, and for every other class each property's default
/// (`false`, `0`, `[]`, `{}`, `null` for strings and where nullable, nested objects built the
/// same way).
pub(crate) fn structure(name: &str) -> Option<Value> {
    match name {
        GlobalConfig::DOTNET_NAME => return serde_json::to_value(GlobalConfig::default()).ok(),
        BotConfig::DOTNET_NAME => return serde_json::to_value(BotConfig::default()).ok(),
        _ => {}
    }
    if find_enum(name).is_some() {
        return Some(Value::from(0));
    }
    if let Some(system) = system_type(name) {
        return system.default;
    }
    let schema = class_schema(name)?;
    if is_protobuf_message(name) {
        return Some(unset_message(schema));
    }
    Some(default_of(schema, 0))
}

/// A protobuf message with nothing set: its lists empty, its nested messages `null`.
fn unset_message(schema: &Value) -> Value {
    let written = schema["properties"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, property)| {
            if property["type"] == "array" {
                Some((name.clone(), Value::Array(Vec::new())))
            } else if reference(property).is_some() {
                Some((name.clone(), Value::Null))
            } else {
                None
            }
        });
    Value::Object(written.collect())
}

fn default_of(schema: &Value, depth: usize) -> Value {
    if let Some(default) = schema.get("default") {
        return default.clone();
    }
    if schema["nullable"] == true {
        return Value::Null;
    }
    if let Some(target) = reference(schema) {
        if enum_by_schema(target).is_some() {
            return Value::from(0);
        }
        return match schemas().get(target) {
            Some(nested) if depth < MAX_DEPTH => default_of(nested, depth + 1),
            _ => Value::Null,
        };
    }
    match schema["type"].as_str() {
        Some("boolean") => Value::Bool(false),
        Some("integer") | Some("number") => Value::from(0),
        // A string member nothing initialises is null in .NET (`GenericResponse.Message`).
        Some("string") => Value::Null,
        Some("array") => Value::Array(Vec::new()),
        _ => match schema["properties"].as_object() {
            Some(properties) => Value::Object(
                properties
                    .iter()
                    .map(|(k, v)| (k.clone(), default_of(v, depth + 1)))
                    .collect(),
            ),
            None => Value::Object(Map::new()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(levels: usize) -> String {
        format!(
            "{}ArchiSteamFarm.Steam.Cards.Game{}",
            format!("{READ_ONLY_COLLECTION}[").repeat(levels),
            "]".repeat(levels)
        )
    }

    /// Reading a collection's name costs in proportion to its length (ten times the nesting,
    /// about ten times the time; peeling one level at a time by copying would be quadratic).
    #[test]
    fn collection_name_cost_grows_linearly() {
        let (small, large) = (nested(14), nested(140));
        assert!(type_info(&large).is_some());
        let ratio = crate::core::cost::ratio(
            || assert!(type_info(std::hint::black_box(&small)).is_some()),
            || assert!(type_info(std::hint::black_box(&large)).is_some()),
        );
        assert!(ratio < 30.0, "10x the nesting cost {ratio:.1}x");
    }
}

//! Answers of `/Api/Type/{type}` and `/Api/Structure/{structure}`: the config types and their
//! enums, under the .NET names ASF's web UI asks for.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::api::enums::{EnumInfo, config_enums};
use crate::api::types::{TypeProperties, TypeResponse};
use crate::core::config::{BotConfig, GlobalConfig};

/// .NET name of `GlobalConfig`.
pub const GLOBAL_CONFIG: &str = "ArchiSteamFarm.Storage.GlobalConfig";
/// .NET name of `BotConfig`.
pub const BOT_CONFIG: &str = "ArchiSteamFarm.Steam.Storage.BotConfig";

fn find_enum(name: &str) -> Option<EnumInfo> {
    config_enums().into_iter().find(|e| e.dotnet_name == name)
}

fn class(properties: Vec<(&str, &str)>) -> TypeResponse {
    TypeResponse {
        body: properties
            .into_iter()
            .map(|(name, dotnet)| (name.to_string(), dotnet.to_string()))
            .collect(),
        properties: TypeProperties {
            base_type: Some("System.Object".to_string()),
            custom_attributes: None,
            underlying_type: None,
        },
    }
}

/// The description of type `name`, if this build knows it.
pub fn type_info(name: &str) -> Option<TypeResponse> {
    match name {
        GLOBAL_CONFIG => return Some(class(GlobalConfig::property_types())),
        BOT_CONFIG => return Some(class(BotConfig::property_types())),
        _ => {}
    }
    let info = find_enum(name)?;
    let mut body = BTreeMap::new();
    let mut seen = Vec::new();
    for (member, value) in info.members {
        // One entry per value: the first name is the canonical one.
        if !seen.contains(value) {
            seen.push(*value);
            body.insert((*member).to_string(), value.to_string());
        }
    }
    Some(TypeResponse {
        body,
        properties: TypeProperties {
            base_type: Some("System.Enum".to_string()),
            custom_attributes: info
                .flags
                .then(|| vec!["System.FlagsAttribute".to_string()]),
            underlying_type: Some(info.underlying.to_string()),
        },
    })
}

/// A default instance of type `name` as JSON (the read view for configs, 0 for enums).
pub fn structure(name: &str) -> Option<Value> {
    match name {
        GLOBAL_CONFIG => serde_json::to_value(GlobalConfig::default()).ok(),
        BOT_CONFIG => serde_json::to_value(BotConfig::default()).ok(),
        _ => find_enum(name).map(|_| Value::from(0)),
    }
}

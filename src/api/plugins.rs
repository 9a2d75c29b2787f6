//! Wire types of the routes that ASF's bundled plugins add.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::dotnet_names::dotnet_name;

/// The SteamTokenDumper plugin's settings in `ASF.json` (`SteamTokenDumperPlugin`). The ID
/// lists are sets in ASF (repeats fold), described as plain arrays as ASF's document does.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
#[serde(default)]
pub struct SteamTokenDumperConfig {
    /// Collect and submit tokens.
    #[serde(rename = "Enabled")]
    pub enabled: bool,
    /// Apps whose tokens are never collected.
    #[serde(rename = "SecretAppIDs")]
    pub secret_app_ids: Vec<u32>,
    /// Depots whose keys are never collected.
    #[serde(rename = "SecretDepotIDs")]
    pub secret_depot_ids: Vec<u32>,
    /// Packages whose tokens are never collected.
    #[serde(rename = "SecretPackageIDs")]
    pub secret_package_ids: Vec<u32>,
    /// Leave out packages Steam grants every account by itself.
    #[serde(rename = "SkipAutoGrantPackages")]
    pub skip_auto_grant_packages: bool,
}

dotnet_name!(SteamTokenDumperConfig => "ArchiSteamFarm.OfficialPlugins.SteamTokenDumper.SteamTokenDumperConfig");

impl Default for SteamTokenDumperConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            secret_app_ids: Vec::new(),
            secret_depot_ids: Vec::new(),
            secret_package_ids: Vec::new(),
            skip_auto_grant_packages: true,
        }
    }
}

/// The properties the SteamTokenDumper plugin adds to `ASF.json`.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct GlobalConfigExtension {
    /// The plugin's settings; `null` when `ASF.json` has none.
    #[serde(rename = "SteamTokenDumperPlugin")]
    pub steam_token_dumper_plugin: Option<SteamTokenDumperConfig>,
    /// Enables the plugin with its default settings.
    #[serde(rename = "SteamTokenDumperPluginEnabled")]
    pub steam_token_dumper_plugin_enabled: bool,
}

dotnet_name!(GlobalConfigExtension => "ArchiSteamFarm.OfficialPlugins.SteamTokenDumper.GlobalConfigExtension");

//! The config types, `GlobalConfig` (`config/ASF.json`) and `BotConfig`, and their two JSON
//! views. Their behaviour (merging, twins on input, validation) lives in `crate::core::config`.
//!
//! ASF shows a config in two shapes. The *read view* (API output) has every property except
//! the secrets, then the `s_` string twins of 64-bit IDs, then unknown properties. The *write
//! view* (the file) has only the properties that differ from their defaults, secrets included,
//! and unknown properties, without twins.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::dotnet_names::dotnet_name;
use crate::api::enums::{
    EAccess, EAssetType, EBotBehaviour, ECryptoMethod, EFarmingOrder, EFarmingPreferences,
    EGamingDeviceType, EHashingMethod, EOptimizationMode, EPersonaState, EPersonaStateFlag,
    EPluginsUpdateMode, ERedeemingPreferences, ERemoteCommunication, ETradingPreferences, EUIMode,
    EUpdateChannel, ProtocolTypes,
};
use crate::api::guid::Guid;

/// Whether a property appears in the read view.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Shown everywhere.
    Public,
    /// Never shown by the API; written to the file when set; kept by a replacing config that
    /// does not mention it.
    Secret,
    /// A secret the document also marks `x-security-critical` (ASF's
    /// `[SwaggerSecurityCritical]`).
    Critical,
    /// An `s_` string twin: accepted on input, computed for the read view, never stored.
    Twin,
}

impl Visibility {
    /// Whether the property is a secret: hidden from the read view, kept when not mentioned.
    pub const fn is_secret(self) -> bool {
        matches!(self, Self::Secret | Self::Critical)
    }
}

/// What the views need from a config type.
pub trait ConfigObject: Default + Serialize {
    /// JSON names of the declared properties, in declaration order.
    fn property_names() -> &'static [&'static str];
    /// Unknown properties kept from the input.
    fn extra(&self) -> &BTreeMap<String, Value>;

    /// The file form: non-default values, secrets when set, unknown properties. Written
    /// straight from the fields, so a large property is never copied into a JSON tree.
    fn write_view(&self) -> WriteView<'_, Self> {
        WriteView(self)
    }
}

/// A config's file form (see [`ConfigObject::write_view`]), serialised without copies.
pub struct WriteView<'c, C>(&'c C);

/// At most this much JSON text of unknown properties is kept per config: ASF keeps them for
/// plugins, whose settings are small; the front door refuses a config past it.
pub const UNKNOWN_PROPERTIES_LIMIT: usize = 64 * 1024;

/// Declares a config type: fields with their JSON names, defaults and visibility, plus the
/// bag of unknown properties. Missing properties take defaults; serialisation is the read
/// view. Sets are described as plain arrays
/// (`#[schemars(with = "Vec<…>")]`, no `uniqueItems`): ASF folds repeated items silently.
macro_rules! config_object {
    (
        $(#[doc = $sdoc:literal])*
        pub struct $name:ident {
            $(
                $(#[$attribute:meta])*
                $json:literal $field:ident : $ty:ty = $default:expr, $vis:ident, $dotnet:literal;
            )*
        }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Clone, Debug, JsonSchema, PartialEq)]
        #[serde(default)]
        pub struct $name {
            $(
                $(#[$attribute])*
                #[serde(rename = $json)]
                pub $field: $ty,
            )*
            /// Properties this version does not know, kept so that a round trip loses nothing
            /// (plugins read theirs from here); at most [`UNKNOWN_PROPERTIES_LIMIT`] from a
            /// request.
            #[serde(flatten)]
            pub extra: BTreeMap<String, Value>,
        }

        impl Default for $name {
            fn default() -> Self {
                Self {
                    $($field: $default,)*
                    extra: BTreeMap::new(),
                }
            }
        }

        impl $name {
            /// JSON names of the declared properties, in declaration order.
            pub const PROPERTY_NAMES: &'static [&'static str] = &[$($json),*];

            /// JSON names and visibility of the declared properties, in declaration order: the
            /// one list of which properties are secret.
            pub const VISIBILITY: &'static [(&'static str, Visibility)] =
                &[$(($json, Visibility::$vis)),*];

            /// Moves the secrets `moves` names from `other` into `self` (swapping them).
            pub fn swap_secrets(&mut self, other: &mut Self, moves: impl Fn(&str) -> bool) {
                $(
                    if Visibility::$vis.is_secret() && moves($json) {
                        std::mem::swap(&mut self.$field, &mut other.$field);
                    }
                )*
            }

            /// The .NET type of every property ASF declares (twins are private there), as
            /// `/Api/Type` names it.
            pub fn property_types() -> Vec<(&'static str, &'static str)> {
                [$(($json, $dotnet)),*]
                    .into_iter()
                    .filter(|(_, dotnet)| !dotnet.is_empty())
                    .collect()
            }
        }

        impl ConfigObject for $name {
            fn property_names() -> &'static [&'static str] {
                Self::PROPERTY_NAMES
            }
            fn extra(&self) -> &BTreeMap<String, Value> {
                &self.extra
            }
        }

        // Read member by member into the fields: serde's `flatten` would first buffer the
        // whole object (every item of every list) as a tree of its own.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Members;

                impl<'de> serde::de::Visitor<'de> for Members {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($name)))
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$name, A::Error> {
                        let mut config = $name::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $($json => config.$field = map.next_value()?,)*
                                _ => {
                                    let value: Value = map.next_value()?;
                                    config.extra.insert(key, value);
                                }
                            }
                        }
                        Ok(config)
                    }
                }

                deserializer.deserialize_map(Members)
            }
        }

        // The read view in ASF's order: public properties, the twins, unknown properties.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                $(
                    if Visibility::$vis == Visibility::Public {
                        map.serialize_entry($json, &self.$field)?;
                    }
                )*
                for (name, value) in self.twin_values() {
                    map.serialize_entry(name, &value)?;
                }
                for (k, v) in &self.extra {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }

        // The file form: never the twins; other properties when they differ from their
        // defaults (secrets default to none, so a secret is written when set).
        impl Serialize for WriteView<'_, $name> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let config = self.0;
                let defaults = $name::default();
                let mut map = serializer.serialize_map(None)?;
                $(
                    if Visibility::$vis != Visibility::Twin && config.$field != defaults.$field {
                        map.serialize_entry($json, &config.$field)?;
                    }
                )*
                for (k, v) in &config.extra {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    };
}

config_object! {
    /// The process-wide configuration, `config/ASF.json`.
    pub struct GlobalConfig {
        /// Restart instead of exiting after a config change or an update.
        "AutoRestart" auto_restart: bool = true, Public, "System.Boolean";
        /// App IDs that are never farmed.
        #[schemars(with = "Vec<u32>")]
        "Blacklist" blacklist: BTreeSet<u32> = BTreeSet::new(), Public, "System.Collections.Immutable.ImmutableHashSet`1[System.UInt32]";
        /// Prefix of chat commands; also stripped from `/Api/Command`.
        "CommandPrefix" command_prefix: Option<String> = Some("!".into()), Public, "System.String";
        /// Seconds between mobile confirmation requests.
        "ConfirmationsLimiterDelay" confirmations_limiter_delay: u8 = 10, Public, "System.Byte";
        /// Seconds before a Steam request times out.
        "ConnectionTimeout" connection_timeout: u8 = 90, Public, "System.Byte";
        /// Language of the interface and logs, e.g. `en-US`; null follows the system.
        "CurrentCulture" current_culture: Option<String> = None, Public, "System.String";
        /// Debug mode.
        "Debug" debug: bool = false, Public, "System.Boolean";
        /// Bot that answers commands that name none.
        "DefaultBot" default_bot: Option<String> = None, Public, "System.String";
        /// Minutes between card-drop checks while farming.
        "FarmingDelay" farming_delay: u8 = 15, Public, "System.Byte";
        /// Refuse trades from known bad actors.
        "FilterBadBots" filter_bad_bots: bool = true, Public, "System.Boolean";
        /// Seconds between gift and key requests.
        "GiftsLimiterDelay" gifts_limiter_delay: u8 = 1, Public, "System.Byte";
        /// No console input; input goes through the `input` command.
        "Headless" headless: bool = false, Public, "System.Boolean";
        /// Hours between re-checks of an idle account; 0 disables.
        "IdleFarmingPeriod" idle_farming_period: u8 = 8, Public, "System.Byte";
        /// Seconds between inventory requests.
        "InventoryLimiterDelay" inventory_limiter_delay: u8 = 4, Public, "System.Byte";
        /// Whether the IPC server runs.
        "IPC" ipc: bool = true, Public, "System.Boolean";
        /// Password of the IPC interface; empty means loopback and known networks only.
        "IPCPassword" ipc_password: Option<String> = None, Critical, "System.String";
        /// How `IPCPassword` is stored.
        "IPCPasswordFormat" ipc_password_format: EHashingMethod = EHashingMethod::PlainText, Public, "ArchiSteamFarm.Helpers.ArchiCryptoHelper+EHashingMethod";
        /// Licence identifier for paid features.
        "LicenseID" license_id: Option<Guid> = None, Critical, "System.Nullable`1[System.Guid]";
        /// Seconds between logins.
        "LoginLimiterDelay" login_limiter_delay: u8 = 10, Public, "System.Byte";
        /// Hours one game is farmed at most.
        "MaxFarmingTime" max_farming_time: u8 = 10, Public, "System.Byte";
        /// Days of trade hold a trade may have at most.
        "MaxTradeHoldDuration" max_trade_hold_duration: u8 = 15, Public, "System.Byte";
        /// Seconds to wait after the account was used elsewhere.
        "MinFarmingDelayAfterBlock" min_farming_delay_after_block: u8 = 60, Public, "System.Byte";
        /// Favour speed or memory.
        "OptimizationMode" optimization_mode: EOptimizationMode = EOptimizationMode::MaxPerformance, Public, "ArchiSteamFarm.Storage.GlobalConfig+EOptimizationMode";
        /// Plugins named for `PluginsUpdateMode`.
        #[schemars(with = "Vec<String>")]
        "PluginsUpdateList" plugins_update_list: BTreeSet<String> = BTreeSet::new(), Public, "System.Collections.Immutable.ImmutableHashSet`1[System.String]";
        /// Whether `PluginsUpdateList` is a whitelist or a blacklist.
        "PluginsUpdateMode" plugins_update_mode: EPluginsUpdateMode = EPluginsUpdateMode::Whitelist, Public, "ArchiSteamFarm.Storage.GlobalConfig+EPluginsUpdateMode";
        /// Exit once every bot has stopped.
        "ShutdownIfPossible" shutdown_if_possible: bool = false, Public, "System.Boolean";
        /// Prefix of messages the bots send.
        "SteamMessagePrefix" steam_message_prefix: Option<String> = Some("/me ".into()), Public, "System.String";
        /// SteamID64 of the owner; 0 for none.
        "SteamOwnerID" steam_owner_id: u64 = 0, Public, "System.UInt64";
        /// `SteamOwnerID` as a string (JavaScript numbers cannot hold every ID).
        "s_SteamOwnerID" steam_owner_id_text: Option<String> = None, Twin, "";
        /// Protocols used to reach Steam.
        "SteamProtocols" steam_protocols: ProtocolTypes = ProtocolTypes::All, Public, "SteamKit2.ProtocolTypes";
        /// Release channel followed by updates.
        "UpdateChannel" update_channel: EUpdateChannel = EUpdateChannel::Stable, Public, "ArchiSteamFarm.Storage.GlobalConfig+EUpdateChannel";
        /// Hours between update checks; 0 disables.
        "UpdatePeriod" update_period: u8 = 24, Public, "System.Byte";
        /// Milliseconds between Steam web requests.
        "WebLimiterDelay" web_limiter_delay: u16 = 300, Public, "System.UInt16";
        /// Proxy for Steam web requests.
        "WebProxy" web_proxy: Option<String> = None, Public, "System.String";
        /// User name for `WebProxy`.
        "WebProxyUsername" web_proxy_username: Option<String> = None, Public, "System.String";
        /// Password for `WebProxy`.
        "WebProxyPassword" web_proxy_password: Option<String> = None, Critical, "System.String";
    }
}

dotnet_name!(GlobalConfig => "ArchiSteamFarm.Storage.GlobalConfig");

impl GlobalConfig {
    fn twin_values(&self) -> Vec<(&'static str, Value)> {
        vec![(
            "s_SteamOwnerID",
            Value::String(self.steam_owner_id.to_string()),
        )]
    }
}

fn asset_set(types: &[u8]) -> BTreeSet<EAssetType> {
    types.iter().map(|t| EAssetType(*t)).collect()
}

config_object! {
    /// One bot's configuration, `config/<BotName>.json`.
    pub struct BotConfig {
        /// Accept gifts and free licences sent to the account.
        "AcceptGifts" accept_gifts: bool = false, Public, "System.Boolean";
        /// Automatic reactions to invites, trades and messages.
        "BotBehaviour" bot_behaviour: EBotBehaviour = EBotBehaviour::None, Public, "ArchiSteamFarm.Steam.Storage.BotConfig+EBotBehaviour";
        /// Item types sent when farming finishes (trading cards and foils only).
        #[schemars(with = "Vec<EAssetType>")]
        "CompleteTypesToSend" complete_types_to_send: BTreeSet<EAssetType> = BTreeSet::new(), Public, "System.Collections.Immutable.ImmutableHashSet`1[ArchiSteamFarm.Steam.Data.EAssetType]";
        /// Game name shown while farming (`{0}` app IDs, `{1}` names).
        "CustomGamePlayedWhileFarming" custom_game_played_while_farming: Option<String> = None, Public, "System.String";
        /// Game name shown while idle.
        "CustomGamePlayedWhileIdle" custom_game_played_while_idle: Option<String> = None, Public, "System.String";
        /// Start the bot automatically.
        "Enabled" enabled: bool = false, Public, "System.Boolean";
        /// Order in which games are farmed.
        "FarmingOrders" farming_orders: Vec<EFarmingOrder> = Vec::new(), Public, "System.Collections.Immutable.ImmutableList`1[ArchiSteamFarm.Steam.Storage.BotConfig+EFarmingOrder]";
        /// Farming switches.
        "FarmingPreferences" farming_preferences: EFarmingPreferences = EFarmingPreferences::None, Public, "ArchiSteamFarm.Steam.Storage.BotConfig+EFarmingPreferences";
        /// Games played while there is nothing to farm (at most 32).
        "GamesPlayedWhileIdle" games_played_while_idle: Vec<u32> = Vec::new(), Public, "System.Collections.Immutable.ImmutableList`1[System.UInt32]";
        /// Device type presented to Steam.
        "GamingDeviceType" gaming_device_type: EGamingDeviceType = EGamingDeviceType::StandardPC, Public, "SteamKit2.EGamingDeviceType";
        /// Hours a game must be played before cards drop.
        "HoursUntilCardDrops" hours_until_card_drops: u8 = 3, Public, "System.Byte";
        /// Item types collected by `loot`.
        #[schemars(with = "Vec<EAssetType>")]
        "LootableTypes" lootable_types: BTreeSet<EAssetType> = asset_set(&[1, 3, 5]), Public, "System.Collections.Immutable.ImmutableHashSet`1[ArchiSteamFarm.Steam.Data.EAssetType]";
        /// Machine name presented to Steam.
        "MachineName" machine_name: Option<String> = None, Public, "System.String";
        /// Item types matched with other accounts.
        #[schemars(with = "Vec<EAssetType>")]
        "MatchableTypes" matchable_types: BTreeSet<EAssetType> = asset_set(&[5]), Public, "System.Collections.Immutable.ImmutableHashSet`1[ArchiSteamFarm.Steam.Data.EAssetType]";
        /// Persona flags shown to friends.
        "OnlineFlags" online_flags: EPersonaStateFlag = EPersonaStateFlag(0), Public, "SteamKit2.EPersonaStateFlag";
        /// Persona state shown to friends.
        "OnlineStatus" online_status: EPersonaState = EPersonaState::Online, Public, "SteamKit2.EPersonaState";
        /// How `SteamPassword` is stored.
        "PasswordFormat" password_format: ECryptoMethod = ECryptoMethod::PlainText, Public, "ArchiSteamFarm.Helpers.ArchiCryptoHelper+ECryptoMethod";
        /// Key redeeming switches.
        "RedeemingPreferences" redeeming_preferences: ERedeemingPreferences = ERedeemingPreferences::None, Public, "ArchiSteamFarm.Steam.Storage.BotConfig+ERedeemingPreferences";
        /// Public listings the bot takes part in.
        "RemoteCommunication" remote_communication: ERemoteCommunication = ERemoteCommunication::All, Public, "ArchiSteamFarm.Steam.Storage.BotConfig+ERemoteCommunication";
        /// Hours between automatic trades to the master; 0 disables.
        "SendTradePeriod" send_trade_period: u8 = 0, Public, "System.Byte";
        /// Steam account name.
        "SteamLogin" steam_login: Option<String> = None, Secret, "System.String";
        /// Steam group of the bot; 0 for none.
        "SteamMasterClanID" steam_master_clan_id: u64 = 0, Public, "System.UInt64";
        /// `SteamMasterClanID` as a string.
        "s_SteamMasterClanID" steam_master_clan_id_text: Option<String> = None, Twin, "";
        /// Family View PIN (4 digits).
        "SteamParentalCode" steam_parental_code: Option<String> = None, Secret, "System.String";
        /// Steam account password, stored as `PasswordFormat` says.
        "SteamPassword" steam_password: Option<String> = None, Critical, "System.String";
        /// Trade token of the account (8 characters).
        "SteamTradeToken" steam_trade_token: Option<String> = None, Public, "System.String";
        /// Access of other Steam users to this bot, by SteamID64.
        "SteamUserPermissions" steam_user_permissions: BTreeMap<String, EAccess> = BTreeMap::new(), Public, "System.Collections.Immutable.ImmutableDictionary`2[System.UInt64][ArchiSteamFarm.Steam.Storage.BotConfig+EAccess]";
        /// Minutes between checks for incoming trades.
        "TradeCheckPeriod" trade_check_period: u8 = 60, Public, "System.Byte";
        /// Trading switches.
        "TradingPreferences" trading_preferences: ETradingPreferences = ETradingPreferences::None, Public, "ArchiSteamFarm.Steam.Storage.BotConfig+ETradingPreferences";
        /// Item types that may leave the account.
        #[schemars(with = "Vec<EAssetType>")]
        "TransferableTypes" transferable_types: BTreeSet<EAssetType> = asset_set(&[1, 3, 5]), Public, "System.Collections.Immutable.ImmutableHashSet`1[ArchiSteamFarm.Steam.Data.EAssetType]";
        /// Log in with login keys instead of the password where possible.
        "UseLoginKeys" use_login_keys: bool = true, Public, "System.Boolean";
        /// Steam client interface mode presented to Steam.
        "UserInterfaceMode" user_interface_mode: EUIMode = EUIMode(0), Public, "SteamKit2.EUIMode";
        /// Proxy for Steam web requests.
        "WebProxy" web_proxy: Option<String> = None, Public, "System.String";
        /// User name for `WebProxy`.
        "WebProxyUsername" web_proxy_username: Option<String> = None, Public, "System.String";
        /// Password for `WebProxy`.
        "WebProxyPassword" web_proxy_password: Option<String> = None, Critical, "System.String";
    }
}

dotnet_name!(BotConfig => "ArchiSteamFarm.Steam.Storage.BotConfig");

impl BotConfig {
    fn twin_values(&self) -> Vec<(&'static str, Value)> {
        vec![(
            "s_SteamMasterClanID",
            Value::String(self.steam_master_clan_id.to_string()),
        )]
    }
}

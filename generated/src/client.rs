// This file is generated from openapi/asf.json by progenitor; do not edit.
// Regenerate with: EXPECTORATE=overwrite cargo test --test spec generated

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`POST /Api/ASF/Encrypt`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AsfEncryptRequest {
        ///How to encrypt.
        #[serde(rename = "CryptoMethod")]
        pub crypto_method: ECryptoMethod,
        ///What to encrypt.
        #[serde(rename = "StringToEncrypt")]
        pub string_to_encrypt: ::std::string::String,
    }
    impl AsfEncryptRequest {
        pub fn builder() -> builder::AsfEncryptRequest {
            Default::default()
        }
    }
    /**Every error answer: the envelope with `Success: false`.

`Result` is `null` except for the access check's 401/403, which carry a [`StatusCodeResponse`].*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AsfError {
        ///What went wrong.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///`null`, or why access was refused.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<StatusCodeResponse>,
        ///Always false.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl AsfError {
        pub fn builder() -> builder::AsfError {
            Default::default()
        }
    }
    ///`POST /Api/ASF/Hash`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AsfHashRequest {
        ///How to hash.
        #[serde(rename = "HashingMethod")]
        pub hashing_method: EHashingMethod,
        ///What to hash.
        #[serde(rename = "StringToHash")]
        pub string_to_hash: ::std::string::String,
    }
    impl AsfHashRequest {
        pub fn builder() -> builder::AsfHashRequest {
            Default::default()
        }
    }
    ///`GET /Api/ASF`: the process as a whole.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AsfResponse {
        ///How this build was made; `source` for a custom build.
        #[serde(rename = "BuildVariant")]
        pub build_variant: ::std::string::String,
        ///Whether this build can update itself.
        #[serde(rename = "CanUpdate")]
        pub can_update: bool,
        ///The live global configuration, without its secrets.
        #[serde(rename = "GlobalConfig")]
        pub global_config: GlobalConfig,
        ///Memory held by the process, in KiB.
        #[serde(rename = "MemoryUsage")]
        pub memory_usage: u32,
        ///When the process (or its core, after a config change) started, UTC.
        #[serde(rename = "ProcessStartTime")]
        pub process_start_time: ::std::string::String,
        ///Whether the process runs as a service (`--service`).
        #[serde(rename = "Service")]
        pub service: bool,
        ///ASF version this process is compatible with.
        #[serde(rename = "Version")]
        pub version: ::std::string::String,
    }
    impl AsfResponse {
        pub fn builder() -> builder::AsfResponse {
            Default::default()
        }
    }
    ///How a secret is stored or encrypted (ASF `ECryptoMethod`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ECryptoMethod(pub u8);
    impl ::std::ops::Deref for ECryptoMethod {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<ECryptoMethod> for u8 {
        fn from(value: ECryptoMethod) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for ECryptoMethod {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ECryptoMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ECryptoMethod {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ECryptoMethod {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ECryptoMethod {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///How a password or other secret is hashed (ASF `EHashingMethod`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EHashingMethod(pub u8);
    impl ::std::ops::Deref for EHashingMethod {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EHashingMethod> for u8 {
        fn from(value: EHashingMethod) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EHashingMethod {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EHashingMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EHashingMethod {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EHashingMethod {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EHashingMethod {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Whether to favour speed or memory (ASF `EOptimizationMode`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EOptimizationMode(pub u8);
    impl ::std::ops::Deref for EOptimizationMode {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EOptimizationMode> for u8 {
        fn from(value: EOptimizationMode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EOptimizationMode {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EOptimizationMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EOptimizationMode {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EOptimizationMode {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EOptimizationMode {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///How `PluginsUpdateList` is read (ASF `EPluginsUpdateMode`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EPluginsUpdateMode(pub u8);
    impl ::std::ops::Deref for EPluginsUpdateMode {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EPluginsUpdateMode> for u8 {
        fn from(value: EPluginsUpdateMode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EPluginsUpdateMode {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EPluginsUpdateMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EPluginsUpdateMode {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EPluginsUpdateMode {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EPluginsUpdateMode {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Release channel for updates (ASF `EUpdateChannel`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EUpdateChannel(pub u8);
    impl ::std::ops::Deref for EUpdateChannel {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EUpdateChannel> for u8 {
        fn from(value: EUpdateChannel) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EUpdateChannel {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EUpdateChannel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EUpdateChannel {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EUpdateChannel {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EUpdateChannel {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Error information from a response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        pub message: ::std::string::String,
        pub request_id: ::std::string::String,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///The plain envelope, `GenericResponse` in ASF (no `Result`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponse {
        pub fn builder() -> builder::GenericResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseArrayOfString {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseArrayOfString {
        pub fn builder() -> builder::GenericResponseArrayOfString {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseAsfResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<AsfResponse>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseAsfResponse {
        pub fn builder() -> builder::GenericResponseAsfResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseLogResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<LogResponse>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseLogResponse {
        pub fn builder() -> builder::GenericResponseLogResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseString {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<::std::string::String>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseString {
        pub fn builder() -> builder::GenericResponseString {
            Default::default()
        }
    }
    ///The process-wide configuration, `config/ASF.json`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GlobalConfig {
        ///Restart instead of exiting after a config change or an update.
        #[serde(rename = "AutoRestart", default = "defaults::default_bool::<true>")]
        pub auto_restart: bool,
        ///App IDs that are never farmed.
        #[serde(rename = "Blacklist", default = "defaults::global_config_blacklist")]
        pub blacklist: ::std::vec::Vec<u32>,
        ///Prefix of chat commands; also stripped from `/Api/Command`.
        #[serde(
            rename = "CommandPrefix",
            default = "defaults::global_config_command_prefix"
        )]
        pub command_prefix: ::std::option::Option<::std::string::String>,
        ///Seconds between mobile confirmation requests.
        #[serde(
            rename = "ConfirmationsLimiterDelay",
            default = "defaults::default_u64::<u8, 10>"
        )]
        pub confirmations_limiter_delay: u8,
        ///Seconds before a Steam request times out.
        #[serde(
            rename = "ConnectionTimeout",
            default = "defaults::default_u64::<u8, 90>"
        )]
        pub connection_timeout: u8,
        ///Language of the interface and logs, e.g. `en-US`; null follows the system.
        #[serde(
            rename = "CurrentCulture",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_culture: ::std::option::Option<::std::string::String>,
        ///Debug mode.
        #[serde(rename = "Debug", default)]
        pub debug: bool,
        ///Bot that answers commands that name none.
        #[serde(
            rename = "DefaultBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_bot: ::std::option::Option<::std::string::String>,
        ///Minutes between card-drop checks while farming.
        #[serde(rename = "FarmingDelay", default = "defaults::default_u64::<u8, 15>")]
        pub farming_delay: u8,
        ///Refuse trades from known bad actors.
        #[serde(rename = "FilterBadBots", default = "defaults::default_bool::<true>")]
        pub filter_bad_bots: bool,
        ///Seconds between gift and key requests.
        #[serde(
            rename = "GiftsLimiterDelay",
            default = "defaults::default_u64::<u8, 1>"
        )]
        pub gifts_limiter_delay: u8,
        ///No console input; input goes through the `input` command.
        #[serde(rename = "Headless", default)]
        pub headless: bool,
        ///Hours between re-checks of an idle account; 0 disables.
        #[serde(
            rename = "IdleFarmingPeriod",
            default = "defaults::default_u64::<u8, 8>"
        )]
        pub idle_farming_period: u8,
        ///Seconds between inventory requests.
        #[serde(
            rename = "InventoryLimiterDelay",
            default = "defaults::default_u64::<u8, 4>"
        )]
        pub inventory_limiter_delay: u8,
        ///Whether the IPC server runs.
        #[serde(rename = "IPC", default = "defaults::default_bool::<true>")]
        pub ipc: bool,
        ///Password of the IPC interface; empty means loopback and known networks only.
        #[serde(
            rename = "IPCPassword",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ipc_password: ::std::option::Option<::std::string::String>,
        ///How `IPCPassword` is stored.
        #[serde(
            rename = "IPCPasswordFormat",
            default = "defaults::global_config_ipc_password_format"
        )]
        pub ipc_password_format: EHashingMethod,
        ///Licence identifier for paid features.
        #[serde(
            rename = "LicenseID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub license_id: ::std::option::Option<::std::string::String>,
        ///Seconds between logins.
        #[serde(
            rename = "LoginLimiterDelay",
            default = "defaults::default_u64::<u8, 10>"
        )]
        pub login_limiter_delay: u8,
        ///Hours one game is farmed at most.
        #[serde(rename = "MaxFarmingTime", default = "defaults::default_u64::<u8, 10>")]
        pub max_farming_time: u8,
        ///Days of trade hold a trade may have at most.
        #[serde(
            rename = "MaxTradeHoldDuration",
            default = "defaults::default_u64::<u8, 15>"
        )]
        pub max_trade_hold_duration: u8,
        ///Seconds to wait after the account was used elsewhere.
        #[serde(
            rename = "MinFarmingDelayAfterBlock",
            default = "defaults::default_u64::<u8, 60>"
        )]
        pub min_farming_delay_after_block: u8,
        ///Favour speed or memory.
        #[serde(
            rename = "OptimizationMode",
            default = "defaults::global_config_optimization_mode"
        )]
        pub optimization_mode: EOptimizationMode,
        ///Plugins named for `PluginsUpdateMode`.
        #[serde(
            rename = "PluginsUpdateList",
            default = "defaults::global_config_plugins_update_list"
        )]
        pub plugins_update_list: ::std::vec::Vec<::std::string::String>,
        ///Whether `PluginsUpdateList` is a whitelist or a blacklist.
        #[serde(
            rename = "PluginsUpdateMode",
            default = "defaults::global_config_plugins_update_mode"
        )]
        pub plugins_update_mode: EPluginsUpdateMode,
        ///`SteamOwnerID` as a string (JavaScript numbers cannot hold every ID).
        #[serde(
            rename = "s_SteamOwnerID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub s_steam_owner_id: ::std::option::Option<::std::string::String>,
        ///Exit once every bot has stopped.
        #[serde(rename = "ShutdownIfPossible", default)]
        pub shutdown_if_possible: bool,
        ///Prefix of messages the bots send.
        #[serde(
            rename = "SteamMessagePrefix",
            default = "defaults::global_config_steam_message_prefix"
        )]
        pub steam_message_prefix: ::std::option::Option<::std::string::String>,
        ///SteamID64 of the owner; 0 for none.
        #[serde(rename = "SteamOwnerID", default)]
        pub steam_owner_id: u64,
        ///Protocols used to reach Steam.
        #[serde(
            rename = "SteamProtocols",
            default = "defaults::global_config_steam_protocols"
        )]
        pub steam_protocols: ProtocolTypes,
        ///Release channel followed by updates.
        #[serde(
            rename = "UpdateChannel",
            default = "defaults::global_config_update_channel"
        )]
        pub update_channel: EUpdateChannel,
        ///Hours between update checks; 0 disables.
        #[serde(rename = "UpdatePeriod", default = "defaults::default_u64::<u8, 24>")]
        pub update_period: u8,
        ///Milliseconds between Steam web requests.
        #[serde(
            rename = "WebLimiterDelay",
            default = "defaults::default_u64::<u16, 300>"
        )]
        pub web_limiter_delay: u16,
        ///Proxy for Steam web requests.
        #[serde(
            rename = "WebProxy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub web_proxy: ::std::option::Option<::std::string::String>,
        ///Password for `WebProxy`.
        #[serde(
            rename = "WebProxyPassword",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub web_proxy_password: ::std::option::Option<::std::string::String>,
        ///User name for `WebProxy`.
        #[serde(
            rename = "WebProxyUsername",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub web_proxy_username: ::std::option::Option<::std::string::String>,
    }
    impl ::std::default::Default for GlobalConfig {
        fn default() -> Self {
            Self {
                auto_restart: defaults::default_bool::<true>(),
                blacklist: defaults::global_config_blacklist(),
                command_prefix: defaults::global_config_command_prefix(),
                confirmations_limiter_delay: defaults::default_u64::<u8, 10>(),
                connection_timeout: defaults::default_u64::<u8, 90>(),
                current_culture: Default::default(),
                debug: Default::default(),
                default_bot: Default::default(),
                farming_delay: defaults::default_u64::<u8, 15>(),
                filter_bad_bots: defaults::default_bool::<true>(),
                gifts_limiter_delay: defaults::default_u64::<u8, 1>(),
                headless: Default::default(),
                idle_farming_period: defaults::default_u64::<u8, 8>(),
                inventory_limiter_delay: defaults::default_u64::<u8, 4>(),
                ipc: defaults::default_bool::<true>(),
                ipc_password: Default::default(),
                ipc_password_format: defaults::global_config_ipc_password_format(),
                license_id: Default::default(),
                login_limiter_delay: defaults::default_u64::<u8, 10>(),
                max_farming_time: defaults::default_u64::<u8, 10>(),
                max_trade_hold_duration: defaults::default_u64::<u8, 15>(),
                min_farming_delay_after_block: defaults::default_u64::<u8, 60>(),
                optimization_mode: defaults::global_config_optimization_mode(),
                plugins_update_list: defaults::global_config_plugins_update_list(),
                plugins_update_mode: defaults::global_config_plugins_update_mode(),
                s_steam_owner_id: Default::default(),
                shutdown_if_possible: Default::default(),
                steam_message_prefix: defaults::global_config_steam_message_prefix(),
                steam_owner_id: Default::default(),
                steam_protocols: defaults::global_config_steam_protocols(),
                update_channel: defaults::global_config_update_channel(),
                update_period: defaults::default_u64::<u8, 24>(),
                web_limiter_delay: defaults::default_u64::<u16, 300>(),
                web_proxy: Default::default(),
                web_proxy_password: Default::default(),
                web_proxy_username: Default::default(),
            }
        }
    }
    impl GlobalConfig {
        pub fn builder() -> builder::GlobalConfig {
            Default::default()
        }
    }
    ///A page of the log file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LogResponse {
        ///The lines, oldest first.
        #[serde(rename = "Content")]
        pub content: ::std::vec::Vec<::std::string::String>,
        ///Lines in the whole file.
        #[serde(rename = "TotalLines")]
        pub total_lines: i32,
    }
    impl LogResponse {
        pub fn builder() -> builder::LogResponse {
            Default::default()
        }
    }
    ///Network protocols used to reach Steam (SteamKit `ProtocolTypes`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ProtocolTypes(pub i32);
    impl ::std::ops::Deref for ProtocolTypes {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<ProtocolTypes> for i32 {
        fn from(value: ProtocolTypes) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for ProtocolTypes {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ProtocolTypes {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ProtocolTypes {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProtocolTypes {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ProtocolTypes {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///`Result` of a 401/403 from the access check: why the request was refused.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StatusCodeResponse {
        ///True when retrying cannot help (the address is not allowed at all); false for bans and authentication failures.
        #[serde(rename = "Permanent")]
        pub permanent: bool,
        ///The HTTP status code of the answer.
        #[serde(rename = "StatusCode")]
        pub status_code: u16,
    }
    impl StatusCodeResponse {
        pub fn builder() -> builder::StatusCodeResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AsfEncryptRequest {
            crypto_method: ::std::result::Result<
                super::ECryptoMethod,
                ::std::string::String,
            >,
            string_to_encrypt: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AsfEncryptRequest {
            fn default() -> Self {
                Self {
                    crypto_method: Err(
                        "no value supplied for crypto_method".to_string(),
                    ),
                    string_to_encrypt: Err(
                        "no value supplied for string_to_encrypt".to_string(),
                    ),
                }
            }
        }
        impl AsfEncryptRequest {
            pub fn crypto_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ECryptoMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.crypto_method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for crypto_method: {e}")
                    });
                self
            }
            pub fn string_to_encrypt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.string_to_encrypt = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for string_to_encrypt: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AsfEncryptRequest> for super::AsfEncryptRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AsfEncryptRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    crypto_method: value.crypto_method?,
                    string_to_encrypt: value.string_to_encrypt?,
                })
            }
        }
        impl ::std::convert::From<super::AsfEncryptRequest> for AsfEncryptRequest {
            fn from(value: super::AsfEncryptRequest) -> Self {
                Self {
                    crypto_method: Ok(value.crypto_method),
                    string_to_encrypt: Ok(value.string_to_encrypt),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AsfError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<super::StatusCodeResponse>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for AsfError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl AsfError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusCodeResponse>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AsfError> for super::AsfError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AsfError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::AsfError> for AsfError {
            fn from(value: super::AsfError) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AsfHashRequest {
            hashing_method: ::std::result::Result<
                super::EHashingMethod,
                ::std::string::String,
            >,
            string_to_hash: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AsfHashRequest {
            fn default() -> Self {
                Self {
                    hashing_method: Err(
                        "no value supplied for hashing_method".to_string(),
                    ),
                    string_to_hash: Err(
                        "no value supplied for string_to_hash".to_string(),
                    ),
                }
            }
        }
        impl AsfHashRequest {
            pub fn hashing_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EHashingMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.hashing_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hashing_method: {e}"
                        )
                    });
                self
            }
            pub fn string_to_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.string_to_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for string_to_hash: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AsfHashRequest> for super::AsfHashRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AsfHashRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    hashing_method: value.hashing_method?,
                    string_to_hash: value.string_to_hash?,
                })
            }
        }
        impl ::std::convert::From<super::AsfHashRequest> for AsfHashRequest {
            fn from(value: super::AsfHashRequest) -> Self {
                Self {
                    hashing_method: Ok(value.hashing_method),
                    string_to_hash: Ok(value.string_to_hash),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AsfResponse {
            build_variant: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            can_update: ::std::result::Result<bool, ::std::string::String>,
            global_config: ::std::result::Result<
                super::GlobalConfig,
                ::std::string::String,
            >,
            memory_usage: ::std::result::Result<u32, ::std::string::String>,
            process_start_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            service: ::std::result::Result<bool, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AsfResponse {
            fn default() -> Self {
                Self {
                    build_variant: Err(
                        "no value supplied for build_variant".to_string(),
                    ),
                    can_update: Err("no value supplied for can_update".to_string()),
                    global_config: Err(
                        "no value supplied for global_config".to_string(),
                    ),
                    memory_usage: Err("no value supplied for memory_usage".to_string()),
                    process_start_time: Err(
                        "no value supplied for process_start_time".to_string(),
                    ),
                    service: Err("no value supplied for service".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl AsfResponse {
            pub fn build_variant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.build_variant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_variant: {e}")
                    });
                self
            }
            pub fn can_update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.can_update = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for can_update: {e}")
                    });
                self
            }
            pub fn global_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GlobalConfig>,
                T::Error: ::std::fmt::Display,
            {
                self.global_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for global_config: {e}")
                    });
                self
            }
            pub fn memory_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_usage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_usage: {e}")
                    });
                self
            }
            pub fn process_start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.process_start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for process_start_time: {e}"
                        )
                    });
                self
            }
            pub fn service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.service = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AsfResponse> for super::AsfResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AsfResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    build_variant: value.build_variant?,
                    can_update: value.can_update?,
                    global_config: value.global_config?,
                    memory_usage: value.memory_usage?,
                    process_start_time: value.process_start_time?,
                    service: value.service?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::AsfResponse> for AsfResponse {
            fn from(value: super::AsfResponse) -> Self {
                Self {
                    build_variant: Ok(value.build_variant),
                    can_update: Ok(value.can_update),
                    global_config: Ok(value.global_config),
                    memory_usage: Ok(value.memory_usage),
                    process_start_time: Ok(value.process_start_time),
                    service: Ok(value.service),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    request_id: Err("no value supplied for request_id".to_string()),
                }
            }
        }
        impl Error {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenericResponse> for super::GenericResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponse> for GenericResponse {
            fn from(value: super::GenericResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseArrayOfString {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseArrayOfString {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseArrayOfString {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenericResponseArrayOfString>
        for super::GenericResponseArrayOfString {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseArrayOfString,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseArrayOfString>
        for GenericResponseArrayOfString {
            fn from(value: super::GenericResponseArrayOfString) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseAsfResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<super::AsfResponse>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseAsfResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseAsfResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AsfResponse>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenericResponseAsfResponse>
        for super::GenericResponseAsfResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseAsfResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseAsfResponse>
        for GenericResponseAsfResponse {
            fn from(value: super::GenericResponseAsfResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseLogResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<super::LogResponse>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseLogResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseLogResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LogResponse>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenericResponseLogResponse>
        for super::GenericResponseLogResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseLogResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseLogResponse>
        for GenericResponseLogResponse {
            fn from(value: super::GenericResponseLogResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseString {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseString {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseString {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenericResponseString>
        for super::GenericResponseString {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseString,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseString>
        for GenericResponseString {
            fn from(value: super::GenericResponseString) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GlobalConfig {
            auto_restart: ::std::result::Result<bool, ::std::string::String>,
            blacklist: ::std::result::Result<
                ::std::vec::Vec<u32>,
                ::std::string::String,
            >,
            command_prefix: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            confirmations_limiter_delay: ::std::result::Result<
                u8,
                ::std::string::String,
            >,
            connection_timeout: ::std::result::Result<u8, ::std::string::String>,
            current_culture: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            debug: ::std::result::Result<bool, ::std::string::String>,
            default_bot: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            farming_delay: ::std::result::Result<u8, ::std::string::String>,
            filter_bad_bots: ::std::result::Result<bool, ::std::string::String>,
            gifts_limiter_delay: ::std::result::Result<u8, ::std::string::String>,
            headless: ::std::result::Result<bool, ::std::string::String>,
            idle_farming_period: ::std::result::Result<u8, ::std::string::String>,
            inventory_limiter_delay: ::std::result::Result<u8, ::std::string::String>,
            ipc: ::std::result::Result<bool, ::std::string::String>,
            ipc_password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipc_password_format: ::std::result::Result<
                super::EHashingMethod,
                ::std::string::String,
            >,
            license_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            login_limiter_delay: ::std::result::Result<u8, ::std::string::String>,
            max_farming_time: ::std::result::Result<u8, ::std::string::String>,
            max_trade_hold_duration: ::std::result::Result<u8, ::std::string::String>,
            min_farming_delay_after_block: ::std::result::Result<
                u8,
                ::std::string::String,
            >,
            optimization_mode: ::std::result::Result<
                super::EOptimizationMode,
                ::std::string::String,
            >,
            plugins_update_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            plugins_update_mode: ::std::result::Result<
                super::EPluginsUpdateMode,
                ::std::string::String,
            >,
            s_steam_owner_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shutdown_if_possible: ::std::result::Result<bool, ::std::string::String>,
            steam_message_prefix: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            steam_owner_id: ::std::result::Result<u64, ::std::string::String>,
            steam_protocols: ::std::result::Result<
                super::ProtocolTypes,
                ::std::string::String,
            >,
            update_channel: ::std::result::Result<
                super::EUpdateChannel,
                ::std::string::String,
            >,
            update_period: ::std::result::Result<u8, ::std::string::String>,
            web_limiter_delay: ::std::result::Result<u16, ::std::string::String>,
            web_proxy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            web_proxy_password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            web_proxy_username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GlobalConfig {
            fn default() -> Self {
                Self {
                    auto_restart: Ok(super::defaults::default_bool::<true>()),
                    blacklist: Ok(super::defaults::global_config_blacklist()),
                    command_prefix: Ok(super::defaults::global_config_command_prefix()),
                    confirmations_limiter_delay: Ok(
                        super::defaults::default_u64::<u8, 10>(),
                    ),
                    connection_timeout: Ok(super::defaults::default_u64::<u8, 90>()),
                    current_culture: Ok(Default::default()),
                    debug: Ok(Default::default()),
                    default_bot: Ok(Default::default()),
                    farming_delay: Ok(super::defaults::default_u64::<u8, 15>()),
                    filter_bad_bots: Ok(super::defaults::default_bool::<true>()),
                    gifts_limiter_delay: Ok(super::defaults::default_u64::<u8, 1>()),
                    headless: Ok(Default::default()),
                    idle_farming_period: Ok(super::defaults::default_u64::<u8, 8>()),
                    inventory_limiter_delay: Ok(super::defaults::default_u64::<u8, 4>()),
                    ipc: Ok(super::defaults::default_bool::<true>()),
                    ipc_password: Ok(Default::default()),
                    ipc_password_format: Ok(
                        super::defaults::global_config_ipc_password_format(),
                    ),
                    license_id: Ok(Default::default()),
                    login_limiter_delay: Ok(super::defaults::default_u64::<u8, 10>()),
                    max_farming_time: Ok(super::defaults::default_u64::<u8, 10>()),
                    max_trade_hold_duration: Ok(
                        super::defaults::default_u64::<u8, 15>(),
                    ),
                    min_farming_delay_after_block: Ok(
                        super::defaults::default_u64::<u8, 60>(),
                    ),
                    optimization_mode: Ok(
                        super::defaults::global_config_optimization_mode(),
                    ),
                    plugins_update_list: Ok(
                        super::defaults::global_config_plugins_update_list(),
                    ),
                    plugins_update_mode: Ok(
                        super::defaults::global_config_plugins_update_mode(),
                    ),
                    s_steam_owner_id: Ok(Default::default()),
                    shutdown_if_possible: Ok(Default::default()),
                    steam_message_prefix: Ok(
                        super::defaults::global_config_steam_message_prefix(),
                    ),
                    steam_owner_id: Ok(Default::default()),
                    steam_protocols: Ok(
                        super::defaults::global_config_steam_protocols(),
                    ),
                    update_channel: Ok(super::defaults::global_config_update_channel()),
                    update_period: Ok(super::defaults::default_u64::<u8, 24>()),
                    web_limiter_delay: Ok(super::defaults::default_u64::<u16, 300>()),
                    web_proxy: Ok(Default::default()),
                    web_proxy_password: Ok(Default::default()),
                    web_proxy_username: Ok(Default::default()),
                }
            }
        }
        impl GlobalConfig {
            pub fn auto_restart<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_restart = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_restart: {e}")
                    });
                self
            }
            pub fn blacklist<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.blacklist = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for blacklist: {e}")
                    });
                self
            }
            pub fn command_prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.command_prefix = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for command_prefix: {e}"
                        )
                    });
                self
            }
            pub fn confirmations_limiter_delay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.confirmations_limiter_delay = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for confirmations_limiter_delay: {e}"
                        )
                    });
                self
            }
            pub fn connection_timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.connection_timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for connection_timeout: {e}"
                        )
                    });
                self
            }
            pub fn current_culture<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_culture = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_culture: {e}"
                        )
                    });
                self
            }
            pub fn debug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.debug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for debug: {e}")
                    });
                self
            }
            pub fn default_bot<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_bot = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for default_bot: {e}")
                    });
                self
            }
            pub fn farming_delay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.farming_delay = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for farming_delay: {e}")
                    });
                self
            }
            pub fn filter_bad_bots<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.filter_bad_bots = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for filter_bad_bots: {e}"
                        )
                    });
                self
            }
            pub fn gifts_limiter_delay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.gifts_limiter_delay = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for gifts_limiter_delay: {e}"
                        )
                    });
                self
            }
            pub fn headless<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.headless = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for headless: {e}")
                    });
                self
            }
            pub fn idle_farming_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.idle_farming_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for idle_farming_period: {e}"
                        )
                    });
                self
            }
            pub fn inventory_limiter_delay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.inventory_limiter_delay = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inventory_limiter_delay: {e}"
                        )
                    });
                self
            }
            pub fn ipc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.ipc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ipc: {e}")
                    });
                self
            }
            pub fn ipc_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ipc_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ipc_password: {e}")
                    });
                self
            }
            pub fn ipc_password_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EHashingMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.ipc_password_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ipc_password_format: {e}"
                        )
                    });
                self
            }
            pub fn license_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.license_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for license_id: {e}")
                    });
                self
            }
            pub fn login_limiter_delay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.login_limiter_delay = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for login_limiter_delay: {e}"
                        )
                    });
                self
            }
            pub fn max_farming_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.max_farming_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_farming_time: {e}"
                        )
                    });
                self
            }
            pub fn max_trade_hold_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.max_trade_hold_duration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_trade_hold_duration: {e}"
                        )
                    });
                self
            }
            pub fn min_farming_delay_after_block<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.min_farming_delay_after_block = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for min_farming_delay_after_block: {e}"
                        )
                    });
                self
            }
            pub fn optimization_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EOptimizationMode>,
                T::Error: ::std::fmt::Display,
            {
                self.optimization_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optimization_mode: {e}"
                        )
                    });
                self
            }
            pub fn plugins_update_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.plugins_update_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for plugins_update_list: {e}"
                        )
                    });
                self
            }
            pub fn plugins_update_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EPluginsUpdateMode>,
                T::Error: ::std::fmt::Display,
            {
                self.plugins_update_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for plugins_update_mode: {e}"
                        )
                    });
                self
            }
            pub fn s_steam_owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.s_steam_owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for s_steam_owner_id: {e}"
                        )
                    });
                self
            }
            pub fn shutdown_if_possible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.shutdown_if_possible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shutdown_if_possible: {e}"
                        )
                    });
                self
            }
            pub fn steam_message_prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_message_prefix = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_message_prefix: {e}"
                        )
                    });
                self
            }
            pub fn steam_owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_owner_id: {e}"
                        )
                    });
                self
            }
            pub fn steam_protocols<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProtocolTypes>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_protocols = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_protocols: {e}"
                        )
                    });
                self
            }
            pub fn update_channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EUpdateChannel>,
                T::Error: ::std::fmt::Display,
            {
                self.update_channel = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for update_channel: {e}"
                        )
                    });
                self
            }
            pub fn update_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.update_period = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_period: {e}")
                    });
                self
            }
            pub fn web_limiter_delay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.web_limiter_delay = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for web_limiter_delay: {e}"
                        )
                    });
                self
            }
            pub fn web_proxy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.web_proxy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for web_proxy: {e}")
                    });
                self
            }
            pub fn web_proxy_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.web_proxy_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for web_proxy_password: {e}"
                        )
                    });
                self
            }
            pub fn web_proxy_username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.web_proxy_username = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for web_proxy_username: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GlobalConfig> for super::GlobalConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlobalConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_restart: value.auto_restart?,
                    blacklist: value.blacklist?,
                    command_prefix: value.command_prefix?,
                    confirmations_limiter_delay: value.confirmations_limiter_delay?,
                    connection_timeout: value.connection_timeout?,
                    current_culture: value.current_culture?,
                    debug: value.debug?,
                    default_bot: value.default_bot?,
                    farming_delay: value.farming_delay?,
                    filter_bad_bots: value.filter_bad_bots?,
                    gifts_limiter_delay: value.gifts_limiter_delay?,
                    headless: value.headless?,
                    idle_farming_period: value.idle_farming_period?,
                    inventory_limiter_delay: value.inventory_limiter_delay?,
                    ipc: value.ipc?,
                    ipc_password: value.ipc_password?,
                    ipc_password_format: value.ipc_password_format?,
                    license_id: value.license_id?,
                    login_limiter_delay: value.login_limiter_delay?,
                    max_farming_time: value.max_farming_time?,
                    max_trade_hold_duration: value.max_trade_hold_duration?,
                    min_farming_delay_after_block: value.min_farming_delay_after_block?,
                    optimization_mode: value.optimization_mode?,
                    plugins_update_list: value.plugins_update_list?,
                    plugins_update_mode: value.plugins_update_mode?,
                    s_steam_owner_id: value.s_steam_owner_id?,
                    shutdown_if_possible: value.shutdown_if_possible?,
                    steam_message_prefix: value.steam_message_prefix?,
                    steam_owner_id: value.steam_owner_id?,
                    steam_protocols: value.steam_protocols?,
                    update_channel: value.update_channel?,
                    update_period: value.update_period?,
                    web_limiter_delay: value.web_limiter_delay?,
                    web_proxy: value.web_proxy?,
                    web_proxy_password: value.web_proxy_password?,
                    web_proxy_username: value.web_proxy_username?,
                })
            }
        }
        impl ::std::convert::From<super::GlobalConfig> for GlobalConfig {
            fn from(value: super::GlobalConfig) -> Self {
                Self {
                    auto_restart: Ok(value.auto_restart),
                    blacklist: Ok(value.blacklist),
                    command_prefix: Ok(value.command_prefix),
                    confirmations_limiter_delay: Ok(value.confirmations_limiter_delay),
                    connection_timeout: Ok(value.connection_timeout),
                    current_culture: Ok(value.current_culture),
                    debug: Ok(value.debug),
                    default_bot: Ok(value.default_bot),
                    farming_delay: Ok(value.farming_delay),
                    filter_bad_bots: Ok(value.filter_bad_bots),
                    gifts_limiter_delay: Ok(value.gifts_limiter_delay),
                    headless: Ok(value.headless),
                    idle_farming_period: Ok(value.idle_farming_period),
                    inventory_limiter_delay: Ok(value.inventory_limiter_delay),
                    ipc: Ok(value.ipc),
                    ipc_password: Ok(value.ipc_password),
                    ipc_password_format: Ok(value.ipc_password_format),
                    license_id: Ok(value.license_id),
                    login_limiter_delay: Ok(value.login_limiter_delay),
                    max_farming_time: Ok(value.max_farming_time),
                    max_trade_hold_duration: Ok(value.max_trade_hold_duration),
                    min_farming_delay_after_block: Ok(
                        value.min_farming_delay_after_block,
                    ),
                    optimization_mode: Ok(value.optimization_mode),
                    plugins_update_list: Ok(value.plugins_update_list),
                    plugins_update_mode: Ok(value.plugins_update_mode),
                    s_steam_owner_id: Ok(value.s_steam_owner_id),
                    shutdown_if_possible: Ok(value.shutdown_if_possible),
                    steam_message_prefix: Ok(value.steam_message_prefix),
                    steam_owner_id: Ok(value.steam_owner_id),
                    steam_protocols: Ok(value.steam_protocols),
                    update_channel: Ok(value.update_channel),
                    update_period: Ok(value.update_period),
                    web_limiter_delay: Ok(value.web_limiter_delay),
                    web_proxy: Ok(value.web_proxy),
                    web_proxy_password: Ok(value.web_proxy_password),
                    web_proxy_username: Ok(value.web_proxy_username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LogResponse {
            content: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            total_lines: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for LogResponse {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    total_lines: Err("no value supplied for total_lines".to_string()),
                }
            }
        }
        impl LogResponse {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn total_lines<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.total_lines = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_lines: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LogResponse> for super::LogResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LogResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    total_lines: value.total_lines?,
                })
            }
        }
        impl ::std::convert::From<super::LogResponse> for LogResponse {
            fn from(value: super::LogResponse) -> Self {
                Self {
                    content: Ok(value.content),
                    total_lines: Ok(value.total_lines),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StatusCodeResponse {
            permanent: ::std::result::Result<bool, ::std::string::String>,
            status_code: ::std::result::Result<u16, ::std::string::String>,
        }
        impl ::std::default::Default for StatusCodeResponse {
            fn default() -> Self {
                Self {
                    permanent: Err("no value supplied for permanent".to_string()),
                    status_code: Err("no value supplied for status_code".to_string()),
                }
            }
        }
        impl StatusCodeResponse {
            pub fn permanent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.permanent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permanent: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StatusCodeResponse> for super::StatusCodeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StatusCodeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    permanent: value.permanent?,
                    status_code: value.status_code?,
                })
            }
        }
        impl ::std::convert::From<super::StatusCodeResponse> for StatusCodeResponse {
            fn from(value: super::StatusCodeResponse) -> Self {
                Self {
                    permanent: Ok(value.permanent),
                    status_code: Ok(value.status_code),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
        }
        pub(super) fn default_u64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<u64>,
            <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
        pub(super) fn global_config_blacklist() -> ::std::vec::Vec<u32> {
            vec![]
        }
        pub(super) fn global_config_command_prefix() -> ::std::option::Option<
            ::std::string::String,
        > {
            ::std::option::Option::Some("!".to_string())
        }
        pub(super) fn global_config_ipc_password_format() -> super::EHashingMethod {
            super::EHashingMethod(0_u8)
        }
        pub(super) fn global_config_optimization_mode() -> super::EOptimizationMode {
            super::EOptimizationMode(0_u8)
        }
        pub(super) fn global_config_plugins_update_list() -> ::std::vec::Vec<
            ::std::string::String,
        > {
            vec![]
        }
        pub(super) fn global_config_plugins_update_mode() -> super::EPluginsUpdateMode {
            super::EPluginsUpdateMode(0_u8)
        }
        pub(super) fn global_config_steam_message_prefix() -> ::std::option::Option<
            ::std::string::String,
        > {
            ::std::option::Option::Some("/me ".to_string())
        }
        pub(super) fn global_config_steam_protocols() -> super::ProtocolTypes {
            super::ProtocolTypes(7_i32)
        }
        pub(super) fn global_config_update_channel() -> super::EUpdateChannel {
            super::EUpdateChannel(1_u8)
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for ArchiSteamFarm API

API for ArchiSteamFarm's IPC interface

Version: 6.3.9.6*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "6.3.9.6"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Fetches common info related to ASF as a whole

Sends a `GET` request to `/Api/ASF`

```ignore
let response = client.asf_get()
    .send()
    .await;
```*/
    pub fn asf_get(&self) -> builder::AsfGet<'_> {
        builder::AsfGet::new(self)
    }
    /**Encrypts a string with the chosen method

`AES` uses the process's crypt key; `PlainText`, `EnvironmentVariable` and `File` return the input unchanged; `ProtectedDataForCurrentUser` exists only on Windows and fails here.

Sends a `POST` request to `/Api/ASF/Encrypt`

```ignore
let response = client.asf_encrypt_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn asf_encrypt_post(&self) -> builder::AsfEncryptPost<'_> {
        builder::AsfEncryptPost::new(self)
    }
    /**Hashes a string with the chosen method

Uses the process's crypt key as salt, exactly as `IPCPassword` is verified.

Sends a `POST` request to `/Api/ASF/Hash`

```ignore
let response = client.asf_hash_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn asf_hash_post(&self) -> builder::AsfHashPost<'_> {
        builder::AsfHashPost::new(self)
    }
    /**Gets all currently banned IPs

Sends a `GET` request to `/Api/IPC/Bans`

```ignore
let response = client.ipc_bans_get()
    .send()
    .await;
```*/
    pub fn ipc_bans_get(&self) -> builder::IpcBansGet<'_> {
        builder::IpcBansGet::new(self)
    }
    /**Clears the list of all IP addresses currently banned by ASF

Sends a `DELETE` request to `/Api/IPC/Bans`

```ignore
let response = client.ipc_bans_delete()
    .send()
    .await;
```*/
    pub fn ipc_bans_delete(&self) -> builder::IpcBansDelete<'_> {
        builder::IpcBansDelete::new(self)
    }
    /**Removes an IP address from the ban list

Sends a `DELETE` request to `/Api/IPC/Bans/{ipAddress}`

Arguments:
- `ip_address`: The banned address, as listed by `GET /Api/IPC/Bans`.
```ignore
let response = client.ipc_bans_delete_specific()
    .ip_address(ip_address)
    .send()
    .await;
```*/
    pub fn ipc_bans_delete_specific(&self) -> builder::IpcBansDeleteSpecific<'_> {
        builder::IpcBansDeleteSpecific::new(self)
    }
    /**Fetches ASF log in realtime

A websocket: the last 20 lines first, then every new line, each as a text frame holding a `GenericResponse<string>`. Send nothing but Close.

Sends a `GET` request to `/Api/NLog`

```ignore
let response = client.n_log_get()
    .send()
    .await;
```*/
    pub fn n_log_get(&self) -> builder::NLogGet<'_> {
        builder::NLogGet::new(self)
    }
    /**Fetches ASF log file

Returns up to `count` lines ending before line `lastAt` (0: the end), oldest first.

Sends a `GET` request to `/Api/NLog/File`

Arguments:
- `count`: How many lines to return (default 100).
- `last_at`: Line number the page ends before; 0 (default) for the end of the file.
```ignore
let response = client.n_log_file_get()
    .count(count)
    .last_at(last_at)
    .send()
    .await;
```*/
    pub fn n_log_file_get(&self) -> builder::NLogFileGet<'_> {
        builder::NLogFileGet::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::asf_get`]

[`Client::asf_get`]: super::Client::asf_get*/
    #[derive(Debug, Clone)]
    pub struct AsfGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> AsfGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/Api/ASF`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseAsfResponse>,
            Error<types::AsfError>,
        > {
            let Self { client } = self;
            let url = format!("{}/Api/ASF", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "asf_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::asf_encrypt_post`]

[`Client::asf_encrypt_post`]: super::Client::asf_encrypt_post*/
    #[derive(Debug, Clone)]
    pub struct AsfEncryptPost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AsfEncryptRequest, String>,
    }
    impl<'a> AsfEncryptPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AsfEncryptRequest>,
            <V as std::convert::TryInto<
                types::AsfEncryptRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AsfEncryptRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AsfEncryptRequest,
            ) -> types::builder::AsfEncryptRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/ASF/Encrypt`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AsfEncryptRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/ASF/Encrypt", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "asf_encrypt_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::asf_hash_post`]

[`Client::asf_hash_post`]: super::Client::asf_hash_post*/
    #[derive(Debug, Clone)]
    pub struct AsfHashPost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AsfHashRequest, String>,
    }
    impl<'a> AsfHashPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AsfHashRequest>,
            <V as std::convert::TryInto<
                types::AsfHashRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AsfHashRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AsfHashRequest,
            ) -> types::builder::AsfHashRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/ASF/Hash`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AsfHashRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/ASF/Hash", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "asf_hash_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::ipc_bans_get`]

[`Client::ipc_bans_get`]: super::Client::ipc_bans_get*/
    #[derive(Debug, Clone)]
    pub struct IpcBansGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> IpcBansGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/Api/IPC/Bans`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseArrayOfString>,
            Error<types::AsfError>,
        > {
            let Self { client } = self;
            let url = format!("{}/Api/IPC/Bans", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ipc_bans_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::ipc_bans_delete`]

[`Client::ipc_bans_delete`]: super::Client::ipc_bans_delete*/
    #[derive(Debug, Clone)]
    pub struct IpcBansDelete<'a> {
        client: &'a super::Client,
    }
    impl<'a> IpcBansDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `DELETE` request to `/Api/IPC/Bans`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client } = self;
            let url = format!("{}/Api/IPC/Bans", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ipc_bans_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::ipc_bans_delete_specific`]

[`Client::ipc_bans_delete_specific`]: super::Client::ipc_bans_delete_specific*/
    #[derive(Debug, Clone)]
    pub struct IpcBansDeleteSpecific<'a> {
        client: &'a super::Client,
        ip_address: Result<::std::string::String, String>,
    }
    impl<'a> IpcBansDeleteSpecific<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_address: Err("ip_address was not initialized".to_string()),
            }
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Api/IPC/Bans/{ipAddress}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, ip_address } = self;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/IPC/Bans/{}", client.baseurl, encode_path(& ip_address
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ipc_bans_delete_specific",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::n_log_get`]

[`Client::n_log_get`]: super::Client::n_log_get*/
    #[derive(Debug, Clone)]
    pub struct NLogGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> NLogGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/Api/NLog`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<reqwest::Upgraded>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/Api/NLog", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .headers(header_map)
                .header(::reqwest::header::CONNECTION, "Upgrade")
                .header(::reqwest::header::UPGRADE, "websocket")
                .header(::reqwest::header::SEC_WEBSOCKET_VERSION, "13")
                .header(
                    ::reqwest::header::SEC_WEBSOCKET_KEY,
                    ::base64::Engine::encode(
                        &::base64::engine::general_purpose::STANDARD,
                        ::rand::random::<[u8; 16]>(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "n_log_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                101u16 => ResponseValue::upgrade(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::n_log_file_get`]

[`Client::n_log_file_get`]: super::Client::n_log_file_get*/
    #[derive(Debug, Clone)]
    pub struct NLogFileGet<'a> {
        client: &'a super::Client,
        count: Result<Option<i32>, String>,
        last_at: Result<Option<i32>, String>,
    }
    impl<'a> NLogFileGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                count: Ok(None),
                last_at: Ok(None),
            }
        }
        pub fn count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.count = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for count failed".to_string());
            self
        }
        pub fn last_at<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.last_at = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for last_at failed".to_string());
            self
        }
        ///Sends a `GET` request to `/Api/NLog/File`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseLogResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, count, last_at } = self;
            let count = count.map_err(Error::InvalidRequest)?;
            let last_at = last_at.map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/NLog/File", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("count", &count))
                .query(&progenitor_client::QueryParam::new("lastAt", &last_at))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "n_log_file_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}

// This file is generated from openapi/asf.json by progenitor; do not edit.
// Regenerate with: EXPECTORATE=overwrite cargo test --test integration spec::generated

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The outcome of one licence request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddLicenseResult {
        #[serde(rename = "PurchaseResultDetail")]
        pub purchase_result_detail: EPurchaseResultDetail,
        #[serde(rename = "Result")]
        pub result: EResult,
    }
    impl AddLicenseResult {
        pub fn builder() -> builder::AddLicenseResult {
            Default::default()
        }
    }
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

Like ASF's, most errors have no `Result`; the access check's 401/403 carry a [`StatusCodeResponse`], and the few errors ASF sends as a generic response carry `null`.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AsfError {
        ///What went wrong.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///Absent, `null`, or why access was refused.
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
    ///`POST /Api/ASF`: the new global config.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AsfRequest {
        ///Replaces `ASF.json`; properties left out take their defaults, except the secrets (`IPCPassword`, `LicenseID`, `WebProxyPassword`), which keep their current values.
        #[serde(rename = "GlobalConfig")]
        pub global_config: GlobalConfig,
    }
    impl AsfRequest {
        pub fn builder() -> builder::AsfRequest {
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
    ///A bot as `GET /Api/Bot/{botNames}` shows it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Bot {
        ///`EAccountFlags` of the account.
        #[serde(rename = "AccountFlags")]
        pub account_flags: i32,
        ///Hex SHA-1 of the avatar.
        #[serde(
            rename = "AvatarHash",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub avatar_hash: ::std::option::Option<::std::string::String>,
        ///The live config, without its secrets.
        #[serde(rename = "BotConfig")]
        pub bot_config: BotConfig,
        ///The config file's name without `.json`.
        #[serde(rename = "BotName")]
        pub bot_name: ::std::string::String,
        #[serde(rename = "CardsFarmer")]
        pub cards_farmer: CardsFarmer,
        ///Keys waiting in the background redeemer.
        #[serde(rename = "GamesToRedeemInBackgroundCount")]
        pub games_to_redeem_in_background_count: u32,
        ///Whether ASF's two-factor authenticator is imported.
        #[serde(rename = "HasMobileAuthenticator")]
        pub has_mobile_authenticator: bool,
        ///Whether the bot is logged on to Steam.
        #[serde(rename = "IsConnectedAndLoggedOn")]
        pub is_connected_and_logged_on: bool,
        ///Whether Steam lets the account play (no other session is playing).
        #[serde(rename = "IsPlayingPossible")]
        pub is_playing_possible: bool,
        ///Whether the bot is started.
        #[serde(rename = "KeepRunning")]
        pub keep_running: bool,
        ///Steam persona name.
        #[serde(
            rename = "Nickname",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub nickname: ::std::option::Option<::std::string::String>,
        ///The public address Steam reports; null while offline.
        #[serde(
            rename = "PublicIP",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub public_ip: ::std::option::Option<::std::string::String>,
        ///What the bot waits for before it can log on.
        #[serde(rename = "RequiredInput")]
        pub required_input: EUserInputType,
        ///`SteamID` as a string (JavaScript numbers cannot hold every ID).
        #[serde(rename = "s_SteamID")]
        pub s_steam_id: ::std::string::String,
        ///SteamID64; 0 before the first logon.
        #[serde(rename = "SteamID")]
        pub steam_id: u64,
        ///Wallet balance in cents.
        #[serde(rename = "WalletBalance")]
        pub wallet_balance: i64,
        ///Wallet balance including pending funds, in cents.
        #[serde(rename = "WalletBalanceDelayed")]
        pub wallet_balance_delayed: i64,
        ///Wallet currency.
        #[serde(rename = "WalletCurrency")]
        pub wallet_currency: ECurrencyCode,
    }
    impl Bot {
        pub fn builder() -> builder::Bot {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botNames}/AddLicense`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BotAddLicenseRequest {
        ///App IDs to ask a licence for.
        #[serde(rename = "Apps", skip_serializing_if = "::std::option::Option::is_none")]
        pub apps: ::std::option::Option<::std::vec::Vec<u32>>,
        ///Package (sub) IDs to ask a licence for.
        #[serde(
            rename = "Packages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub packages: ::std::option::Option<::std::vec::Vec<u32>>,
    }
    impl BotAddLicenseRequest {
        pub fn builder() -> builder::BotAddLicenseRequest {
            Default::default()
        }
    }
    ///Per bot: the outcome for every requested app and package (null when none was asked for).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BotAddLicenseResponse {
        #[serde(rename = "Apps", skip_serializing_if = "::std::option::Option::is_none")]
        pub apps: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, AddLicenseResult>,
        >,
        #[serde(
            rename = "Packages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub packages: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, AddLicenseResult>,
        >,
    }
    impl BotAddLicenseResponse {
        pub fn builder() -> builder::BotAddLicenseResponse {
            Default::default()
        }
    }
    ///One bot's configuration, `config/<BotName>.json`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BotConfig {
        ///Accept gifts and free licences sent to the account.
        #[serde(rename = "AcceptGifts", default)]
        pub accept_gifts: bool,
        ///Automatic reactions to invites, trades and messages.
        #[serde(rename = "BotBehaviour", default = "defaults::bot_config_bot_behaviour")]
        pub bot_behaviour: EBotBehaviour,
        ///Item types sent when farming finishes (trading cards and foils only).
        #[serde(
            rename = "CompleteTypesToSend",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub complete_types_to_send: ::std::vec::Vec<EAssetType>,
        ///Game name shown while farming (`{0}` app IDs, `{1}` names).
        #[serde(
            rename = "CustomGamePlayedWhileFarming",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_game_played_while_farming: ::std::option::Option<
            ::std::string::String,
        >,
        ///Game name shown while idle.
        #[serde(
            rename = "CustomGamePlayedWhileIdle",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_game_played_while_idle: ::std::option::Option<::std::string::String>,
        ///Start the bot automatically.
        #[serde(rename = "Enabled", default)]
        pub enabled: bool,
        ///Order in which games are farmed.
        #[serde(
            rename = "FarmingOrders",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub farming_orders: ::std::vec::Vec<EFarmingOrder>,
        ///Farming switches.
        #[serde(
            rename = "FarmingPreferences",
            default = "defaults::bot_config_farming_preferences"
        )]
        pub farming_preferences: EFarmingPreferences,
        ///Games played while there is nothing to farm (at most 32).
        #[serde(
            rename = "GamesPlayedWhileIdle",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub games_played_while_idle: ::std::vec::Vec<::std::num::NonZeroU32>,
        ///Device type presented to Steam.
        #[serde(
            rename = "GamingDeviceType",
            default = "defaults::bot_config_gaming_device_type"
        )]
        pub gaming_device_type: EGamingDeviceType,
        ///Hours a game must be played before cards drop.
        #[serde(
            rename = "HoursUntilCardDrops",
            default = "defaults::default_u64::<u8, 3>"
        )]
        pub hours_until_card_drops: u8,
        ///Item types collected by `loot`.
        #[serde(
            rename = "LootableTypes",
            default = "defaults::bot_config_lootable_types"
        )]
        pub lootable_types: ::std::vec::Vec<EAssetType>,
        ///Machine name presented to Steam.
        #[serde(
            rename = "MachineName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub machine_name: ::std::option::Option<::std::string::String>,
        ///Item types matched with other accounts.
        #[serde(
            rename = "MatchableTypes",
            default = "defaults::bot_config_matchable_types"
        )]
        pub matchable_types: ::std::vec::Vec<EAssetType>,
        ///Persona flags shown to friends.
        #[serde(rename = "OnlineFlags", default = "defaults::bot_config_online_flags")]
        pub online_flags: EPersonaStateFlag,
        ///Persona state shown to friends.
        #[serde(rename = "OnlineStatus", default = "defaults::bot_config_online_status")]
        pub online_status: EPersonaState,
        ///How `SteamPassword` is stored.
        #[serde(
            rename = "PasswordFormat",
            default = "defaults::bot_config_password_format"
        )]
        pub password_format: ECryptoMethod,
        ///Key redeeming switches.
        #[serde(
            rename = "RedeemingPreferences",
            default = "defaults::bot_config_redeeming_preferences"
        )]
        pub redeeming_preferences: ERedeemingPreferences,
        ///Public listings the bot takes part in.
        #[serde(
            rename = "RemoteCommunication",
            default = "defaults::bot_config_remote_communication"
        )]
        pub remote_communication: ERemoteCommunication,
        ///`SteamMasterClanID` as a string.
        #[serde(
            rename = "s_SteamMasterClanID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub s_steam_master_clan_id: ::std::option::Option<::std::string::String>,
        ///Hours between automatic trades to the master; 0 disables.
        #[serde(rename = "SendTradePeriod", default)]
        pub send_trade_period: u8,
        ///Steam account name.
        #[serde(
            rename = "SteamLogin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steam_login: ::std::option::Option<::std::string::String>,
        ///Steam group of the bot; 0 for none.
        #[serde(rename = "SteamMasterClanID", default)]
        pub steam_master_clan_id: u64,
        ///Family View PIN (4 digits).
        #[serde(
            rename = "SteamParentalCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steam_parental_code: ::std::option::Option<BotConfigSteamParentalCode>,
        ///Steam account password, stored as `PasswordFormat` says.
        #[serde(
            rename = "SteamPassword",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steam_password: ::std::option::Option<::std::string::String>,
        ///Trade token of the account (8 characters).
        #[serde(
            rename = "SteamTradeToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steam_trade_token: ::std::option::Option<BotConfigSteamTradeToken>,
        ///Access of other Steam users to this bot, by SteamID64.
        #[serde(
            rename = "SteamUserPermissions",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub steam_user_permissions: ::std::collections::HashMap<
            ::std::string::String,
            EAccess,
        >,
        ///Minutes between checks for incoming trades.
        #[serde(
            rename = "TradeCheckPeriod",
            default = "defaults::default_u64::<u8, 60>"
        )]
        pub trade_check_period: u8,
        ///Trading switches.
        #[serde(
            rename = "TradingPreferences",
            default = "defaults::bot_config_trading_preferences"
        )]
        pub trading_preferences: ETradingPreferences,
        ///Item types that may leave the account.
        #[serde(
            rename = "TransferableTypes",
            default = "defaults::bot_config_transferable_types"
        )]
        pub transferable_types: ::std::vec::Vec<EAssetType>,
        ///Log in with login keys instead of the password where possible.
        #[serde(rename = "UseLoginKeys", default = "defaults::default_bool::<true>")]
        pub use_login_keys: bool,
        ///Steam client interface mode presented to Steam.
        #[serde(
            rename = "UserInterfaceMode",
            default = "defaults::bot_config_user_interface_mode"
        )]
        pub user_interface_mode: EuiMode,
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
    impl ::std::default::Default for BotConfig {
        fn default() -> Self {
            Self {
                accept_gifts: Default::default(),
                bot_behaviour: defaults::bot_config_bot_behaviour(),
                complete_types_to_send: Default::default(),
                custom_game_played_while_farming: Default::default(),
                custom_game_played_while_idle: Default::default(),
                enabled: Default::default(),
                farming_orders: Default::default(),
                farming_preferences: defaults::bot_config_farming_preferences(),
                games_played_while_idle: Default::default(),
                gaming_device_type: defaults::bot_config_gaming_device_type(),
                hours_until_card_drops: defaults::default_u64::<u8, 3>(),
                lootable_types: defaults::bot_config_lootable_types(),
                machine_name: Default::default(),
                matchable_types: defaults::bot_config_matchable_types(),
                online_flags: defaults::bot_config_online_flags(),
                online_status: defaults::bot_config_online_status(),
                password_format: defaults::bot_config_password_format(),
                redeeming_preferences: defaults::bot_config_redeeming_preferences(),
                remote_communication: defaults::bot_config_remote_communication(),
                s_steam_master_clan_id: Default::default(),
                send_trade_period: Default::default(),
                steam_login: Default::default(),
                steam_master_clan_id: Default::default(),
                steam_parental_code: Default::default(),
                steam_password: Default::default(),
                steam_trade_token: Default::default(),
                steam_user_permissions: Default::default(),
                trade_check_period: defaults::default_u64::<u8, 60>(),
                trading_preferences: defaults::bot_config_trading_preferences(),
                transferable_types: defaults::bot_config_transferable_types(),
                use_login_keys: defaults::default_bool::<true>(),
                user_interface_mode: defaults::bot_config_user_interface_mode(),
                web_proxy: Default::default(),
                web_proxy_password: Default::default(),
                web_proxy_username: Default::default(),
            }
        }
    }
    impl BotConfig {
        pub fn builder() -> builder::BotConfig {
            Default::default()
        }
    }
    ///Family View PIN (4 digits).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BotConfigSteamParentalCode(::std::string::String);
    impl ::std::ops::Deref for BotConfigSteamParentalCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BotConfigSteamParentalCode> for ::std::string::String {
        fn from(value: BotConfigSteamParentalCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BotConfigSteamParentalCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            if value.chars().count() < 4usize {
                return Err("shorter than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BotConfigSteamParentalCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BotConfigSteamParentalCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BotConfigSteamParentalCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Trade token of the account (8 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BotConfigSteamTradeToken(::std::string::String);
    impl ::std::ops::Deref for BotConfigSteamTradeToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BotConfigSteamTradeToken> for ::std::string::String {
        fn from(value: BotConfigSteamTradeToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BotConfigSteamTradeToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            if value.chars().count() < 8usize {
                return Err("shorter than 8 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BotConfigSteamTradeToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BotConfigSteamTradeToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BotConfigSteamTradeToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`POST /Api/Bot/{botNames}/GamesToRedeemInBackground`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BotGamesToRedeemInBackgroundRequest {
        ///Product key → game name.
        #[serde(rename = "GamesToRedeemInBackground")]
        pub games_to_redeem_in_background: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl BotGamesToRedeemInBackgroundRequest {
        pub fn builder() -> builder::BotGamesToRedeemInBackgroundRequest {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botNames}/Input`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BotInputRequest {
        ///What the value is.
        #[serde(rename = "Type")]
        pub type_: EUserInputType,
        ///The value.
        #[serde(rename = "Value")]
        pub value: ::std::string::String,
    }
    impl BotInputRequest {
        pub fn builder() -> builder::BotInputRequest {
            Default::default()
        }
    }
    ///Per bot: the items of one app and context.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BotInventoryResponse {
        #[serde(
            rename = "Assets",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assets: ::std::option::Option<::std::vec::Vec<CEconAsset>>,
        #[serde(
            rename = "Descriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub descriptions: ::std::option::Option<::std::vec::Vec<CEconItemDescription>>,
    }
    impl BotInventoryResponse {
        pub fn builder() -> builder::BotInventoryResponse {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botNames}/Pause`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BotPauseRequest {
        ///Stay paused across reconnections until resumed.
        #[serde(rename = "Permanent", default)]
        pub permanent: bool,
        ///Resume by itself after this many seconds; 0 never.
        #[serde(rename = "ResumeInSeconds", default)]
        pub resume_in_seconds: u16,
    }
    impl BotPauseRequest {
        pub fn builder() -> builder::BotPauseRequest {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botNames}/Redeem`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BotRedeemRequest {
        ///Product keys to redeem on every bot.
        #[serde(rename = "KeysToRedeem")]
        pub keys_to_redeem: ::std::vec::Vec<::std::string::String>,
    }
    impl BotRedeemRequest {
        pub fn builder() -> builder::BotRedeemRequest {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botNames}/RemoveLicense`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BotRemoveLicenseRequest {
        ///App IDs whose licence is removed.
        #[serde(rename = "Apps", skip_serializing_if = "::std::option::Option::is_none")]
        pub apps: ::std::option::Option<::std::vec::Vec<u32>>,
        ///Package (sub) IDs whose licence is removed.
        #[serde(
            rename = "Packages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub packages: ::std::option::Option<::std::vec::Vec<u32>>,
    }
    impl BotRemoveLicenseRequest {
        pub fn builder() -> builder::BotRemoveLicenseRequest {
            Default::default()
        }
    }
    ///Per bot: the result of removing every requested app and package.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BotRemoveLicenseResponse {
        #[serde(rename = "Apps", skip_serializing_if = "::std::option::Option::is_none")]
        pub apps: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, EResult>,
        >,
        #[serde(
            rename = "Packages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub packages: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, EResult>,
        >,
    }
    impl BotRemoveLicenseResponse {
        pub fn builder() -> builder::BotRemoveLicenseResponse {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botName}/Rename`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BotRenameRequest {
        ///The new name; must be a valid bot name no other bot has.
        #[serde(rename = "NewName")]
        pub new_name: ::std::string::String,
    }
    impl BotRenameRequest {
        pub fn builder() -> builder::BotRenameRequest {
            Default::default()
        }
    }
    ///`POST /Api/Bot/{botNames}`: the new bot config.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BotRequest {
        ///Replaces `<BotName>.json`; properties left out take their defaults, except the credentials (`SteamLogin`, `SteamPassword`, `SteamParentalCode`, `WebProxyPassword`) of an existing bot, which keep their current values.
        #[serde(rename = "BotConfig")]
        pub bot_config: BotConfig,
    }
    impl BotRequest {
        pub fn builder() -> builder::BotRequest {
            Default::default()
        }
    }
    ///One item: SteamKit2's `CEcon_Asset`. A protobuf message: members in field order, 64-bit IDs as numbers, and the optional members Steam left unset are not written (never `null`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CEconAsset {
        pub amount: i64,
        pub appid: u32,
        pub assetid: u64,
        pub classid: u64,
        pub contextid: u64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyid: ::std::option::Option<u32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub est_usd: ::std::option::Option<i64>,
        pub instanceid: u64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub missing: ::std::option::Option<bool>,
    }
    impl CEconAsset {
        pub fn builder() -> builder::CEconAsset {
            Default::default()
        }
    }
    ///A link offered with an item (`CEconItem_Action`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CEconItemAction {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub link: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CEconItemAction {
        pub fn builder() -> builder::CEconItemAction {
            Default::default()
        }
    }
    ///An item class (`CEconItem_ClassIdentifiers`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CEconItemClassIdentifiers {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub classid: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instanceid: ::std::option::Option<u64>,
    }
    impl CEconItemClassIdentifiers {
        pub fn builder() -> builder::CEconItemClassIdentifiers {
            Default::default()
        }
    }
    ///What a container holds (`CEconItem_ContainerProperties`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CEconItemContainerProperties {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub contained_items: ::std::vec::Vec<CEconItemClassIdentifiers>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub search_tags: ::std::vec::Vec<CEconItemTag>,
    }
    impl CEconItemContainerProperties {
        pub fn builder() -> builder::CEconItemContainerProperties {
            Default::default()
        }
    }
    ///What an item is: SteamKit2's `CEconItem_Description`. Optional scalars are written only when set; the lists are always written (`[]` when empty), `contained_item` and `container_properties` always too (`null` when unset).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CEconItemDescription {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub actions: ::std::vec::Vec<CEconItemAction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub appid: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub background_color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub classid: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commodity: ::std::option::Option<bool>,
        ///The item inside this one (a gift, a container); `null` when none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contained_item: ::std::option::Option<
            ::std::boxed::Box<CEconItemDescription>,
        >,
        ///What a container holds; `null` for anything else.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub container_properties: ::std::option::Option<CEconItemContainerProperties>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub descriptions: ::std::vec::Vec<CEconItemDescriptionLine>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fraudwarnings: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon_url_large: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instanceid: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_expiration: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub market_actions: ::std::vec::Vec<CEconItemAction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_bucket_group_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_bucket_group_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_buy_country_restriction: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_fee: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_fee_app: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_hash_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_marketable_restriction: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_sell_country_restriction: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market_tradable_restriction: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub marketable: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name_color: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub owner_actions: ::std::vec::Vec<CEconItemAction>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub owner_descriptions: ::std::vec::Vec<CEconItemDescriptionLine>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sealed_type: ::std::option::Option<u32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<CEconItemTag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tradable: ::std::option::Option<bool>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl CEconItemDescription {
        pub fn builder() -> builder::CEconItemDescription {
            Default::default()
        }
    }
    ///A line of an item's description (`CEconItem_DescriptionLine`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CEconItemDescriptionLine {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl CEconItemDescriptionLine {
        pub fn builder() -> builder::CEconItemDescriptionLine {
            Default::default()
        }
    }
    ///A tag of an item (`CEconItem_Tag`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CEconItemTag {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub appid: ::std::option::Option<u32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub internal_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub localized_category_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub localized_tag_name: ::std::option::Option<::std::string::String>,
    }
    impl CEconItemTag {
        pub fn builder() -> builder::CEconItemTag {
            Default::default()
        }
    }
    ///Steam's answer to a key redemption (`CStore_RegisterCDKey_Response`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CStoreRegisterCdKeyResponse {
        pub purchase_receipt_info: PurchaseReceiptInfo,
        pub purchase_result_details: EPurchaseResultDetail,
    }
    impl CStoreRegisterCdKeyResponse {
        pub fn builder() -> builder::CStoreRegisterCdKeyResponse {
            Default::default()
        }
    }
    ///The farming part of a bot.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CardsFarmer {
        ///Games being played for drops right now.
        #[serde(rename = "CurrentGamesFarming")]
        pub current_games_farming: ::std::vec::Vec<Game>,
        ///Every game with drops still to come, in farming order.
        #[serde(rename = "GamesToFarm")]
        pub games_to_farm: ::std::vec::Vec<Game>,
        ///Whether a game is being farmed.
        #[serde(rename = "NowFarming")]
        pub now_farming: bool,
        ///Whether farming is paused.
        #[serde(rename = "Paused")]
        pub paused: bool,
        ///Estimated time until everything is farmed, `[d.]hh:mm:ss`.
        #[serde(rename = "TimeRemaining")]
        pub time_remaining: ::std::string::String,
    }
    impl CardsFarmer {
        pub fn builder() -> builder::CardsFarmer {
            Default::default()
        }
    }
    ///`POST /Api/Command`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CommandRequest {
        ///The command line, e.g. `status ASF`.
        #[serde(rename = "Command")]
        pub command: ::std::string::String,
    }
    impl CommandRequest {
        pub fn builder() -> builder::CommandRequest {
            Default::default()
        }
    }
    ///A mobile confirmation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Confirmation {
        ///The trade or listing the confirmation is for (a 64-bit ID as a string).
        pub creator_id: ::std::string::String,
        ///The confirmation's ID (a 64-bit ID as a string).
        pub id: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: EMobileConfirmationType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub type_name: ::std::option::Option<::std::string::String>,
    }
    impl Confirmation {
        pub fn builder() -> builder::Confirmation {
            Default::default()
        }
    }
    ///Per-user permission on one bot (ASF `BotConfig.EAccess`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EAccess(pub u8);
    impl ::std::ops::Deref for EAccess {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EAccess> for u8 {
        fn from(value: EAccess) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EAccess {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EAccess {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EAccess {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EAccess {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EAccess {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Steam inventory item kinds (ASF `EAssetType`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EAssetType(pub u8);
    impl ::std::ops::Deref for EAssetType {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EAssetType> for u8 {
        fn from(value: EAssetType) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EAssetType {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EAssetType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EAssetType {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EAssetType {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EAssetType {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Bot behaviour switches (ASF `BotConfig.EBotBehaviour`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EBotBehaviour(pub i64);
    impl ::std::ops::Deref for EBotBehaviour {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<EBotBehaviour> for i64 {
        fn from(value: EBotBehaviour) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for EBotBehaviour {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EBotBehaviour {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EBotBehaviour {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EBotBehaviour {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EBotBehaviour {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
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
    ///Wallet currency (SteamKit `ECurrencyCode`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ECurrencyCode(pub i32);
    impl ::std::ops::Deref for ECurrencyCode {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<ECurrencyCode> for i32 {
        fn from(value: ECurrencyCode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for ECurrencyCode {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ECurrencyCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ECurrencyCode {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ECurrencyCode {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ECurrencyCode {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Order in which games are farmed (ASF `BotConfig.EFarmingOrder`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EFarmingOrder(pub u8);
    impl ::std::ops::Deref for EFarmingOrder {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EFarmingOrder> for u8 {
        fn from(value: EFarmingOrder) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EFarmingOrder {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EFarmingOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EFarmingOrder {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EFarmingOrder {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EFarmingOrder {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Farming switches (ASF `BotConfig.EFarmingPreferences`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EFarmingPreferences(pub i64);
    impl ::std::ops::Deref for EFarmingPreferences {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<EFarmingPreferences> for i64 {
        fn from(value: EFarmingPreferences) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for EFarmingPreferences {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EFarmingPreferences {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EFarmingPreferences {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EFarmingPreferences {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EFarmingPreferences {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Device type the bot presents to Steam (SteamKit `EGamingDeviceType`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EGamingDeviceType(pub i32);
    impl ::std::ops::Deref for EGamingDeviceType {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EGamingDeviceType> for i32 {
        fn from(value: EGamingDeviceType) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EGamingDeviceType {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EGamingDeviceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EGamingDeviceType {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EGamingDeviceType {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EGamingDeviceType {
        type Error = <i32 as ::std::str::FromStr>::Err;
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
    ///Kind of a mobile confirmation (SteamKit `EMobileConfirmationType`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EMobileConfirmationType(pub i32);
    impl ::std::ops::Deref for EMobileConfirmationType {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EMobileConfirmationType> for i32 {
        fn from(value: EMobileConfirmationType) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EMobileConfirmationType {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EMobileConfirmationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EMobileConfirmationType {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EMobileConfirmationType {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EMobileConfirmationType {
        type Error = <i32 as ::std::str::FromStr>::Err;
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
    ///Persona state (SteamKit `EPersonaState`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EPersonaState(pub i32);
    impl ::std::ops::Deref for EPersonaState {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EPersonaState> for i32 {
        fn from(value: EPersonaState) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EPersonaState {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EPersonaState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EPersonaState {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EPersonaState {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EPersonaState {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Persona state flags (SteamKit `EPersonaStateFlag`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EPersonaStateFlag(pub i64);
    impl ::std::ops::Deref for EPersonaStateFlag {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<EPersonaStateFlag> for i64 {
        fn from(value: EPersonaStateFlag) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for EPersonaStateFlag {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EPersonaStateFlag {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EPersonaStateFlag {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EPersonaStateFlag {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EPersonaStateFlag {
        type Error = <i64 as ::std::str::FromStr>::Err;
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
    ///Why a purchase or activation ended as it did (SteamKit `EPurchaseResultDetail`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EPurchaseResultDetail(pub i32);
    impl ::std::ops::Deref for EPurchaseResultDetail {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EPurchaseResultDetail> for i32 {
        fn from(value: EPurchaseResultDetail) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EPurchaseResultDetail {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EPurchaseResultDetail {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EPurchaseResultDetail {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EPurchaseResultDetail {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EPurchaseResultDetail {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Key redeeming switches (ASF `BotConfig.ERedeemingPreferences`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ERedeemingPreferences(pub i64);
    impl ::std::ops::Deref for ERedeemingPreferences {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ERedeemingPreferences> for i64 {
        fn from(value: ERedeemingPreferences) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for ERedeemingPreferences {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ERedeemingPreferences {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ERedeemingPreferences {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ERedeemingPreferences {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ERedeemingPreferences {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Public listings the bot takes part in (ASF `BotConfig.ERemoteCommunication`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ERemoteCommunication(pub i64);
    impl ::std::ops::Deref for ERemoteCommunication {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ERemoteCommunication> for i64 {
        fn from(value: ERemoteCommunication) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for ERemoteCommunication {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ERemoteCommunication {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ERemoteCommunication {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ERemoteCommunication {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ERemoteCommunication {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Outcome of a Steam request (SteamKit `EResult`, every member).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EResult(pub i32);
    impl ::std::ops::Deref for EResult {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EResult> for i32 {
        fn from(value: EResult) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EResult {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EResult {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EResult {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EResult {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EResult {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Trading switches (ASF `BotConfig.ETradingPreferences`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ETradingPreferences(pub i64);
    impl ::std::ops::Deref for ETradingPreferences {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ETradingPreferences> for i64 {
        fn from(value: ETradingPreferences) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for ETradingPreferences {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ETradingPreferences {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ETradingPreferences {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ETradingPreferences {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ETradingPreferences {
        type Error = <i64 as ::std::str::FromStr>::Err;
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
    ///What a bot is waiting for from its user (ASF `ASF.EUserInputType`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EUserInputType(pub u8);
    impl ::std::ops::Deref for EUserInputType {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EUserInputType> for u8 {
        fn from(value: EUserInputType) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EUserInputType {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EUserInputType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EUserInputType {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EUserInputType {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EUserInputType {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Steam client UI mode (SteamKit `EUIMode`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct EuiMode(pub i32);
    impl ::std::ops::Deref for EuiMode {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EuiMode> for i32 {
        fn from(value: EuiMode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EuiMode {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EuiMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EuiMode {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EuiMode {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EuiMode {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A game as the farming view shows it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Game {
        #[serde(rename = "AppID")]
        pub app_id: u32,
        #[serde(rename = "CardsRemaining")]
        pub cards_remaining: u16,
        #[serde(rename = "GameName")]
        pub game_name: ::std::string::String,
        ///Written as .NET writes a `float` (`0`, not `0.0`).
        #[serde(rename = "HoursPlayed")]
        pub hours_played: f32,
    }
    impl Game {
        pub fn builder() -> builder::Game {
            Default::default()
        }
    }
    ///Per bot: what the background redeemer did with keys so far.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GamesToRedeemInBackgroundResponse {
        ///Keys that were valid but of no use to this account (key → name).
        #[serde(
            rename = "UnusedKeys",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unused_keys: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///Keys redeemed on this account (key → name).
        #[serde(
            rename = "UsedKeys",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub used_keys: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    }
    impl GamesToRedeemInBackgroundResponse {
        pub fn builder() -> builder::GamesToRedeemInBackgroundResponse {
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
    pub struct GenericResponseAnyValue {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<::serde_json::Value>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseAnyValue {
        pub fn builder() -> builder::GenericResponseAnyValue {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseArrayOfConfirmation {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<::std::vec::Vec<Confirmation>>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseArrayOfConfirmation {
        pub fn builder() -> builder::GenericResponseArrayOfConfirmation {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseArrayOfPluginInfo {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<::std::vec::Vec<PluginInfo>>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseArrayOfPluginInfo {
        pub fn builder() -> builder::GenericResponseArrayOfPluginInfo {
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
    pub struct GenericResponseGitHubReleaseResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<GitHubReleaseResponse>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseGitHubReleaseResponse {
        pub fn builder() -> builder::GenericResponseGitHubReleaseResponse {
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
    pub struct GenericResponseMapOfBoolean {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, bool>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfBoolean {
        pub fn builder() -> builder::GenericResponseMapOfBoolean {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfBot {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, Bot>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfBot {
        pub fn builder() -> builder::GenericResponseMapOfBot {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfBotAddLicenseResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, BotAddLicenseResponse>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfBotAddLicenseResponse {
        pub fn builder() -> builder::GenericResponseMapOfBotAddLicenseResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfBotInventoryResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, BotInventoryResponse>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfBotInventoryResponse {
        pub fn builder() -> builder::GenericResponseMapOfBotInventoryResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfBotRemoveLicenseResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, BotRemoveLicenseResponse>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfBotRemoveLicenseResponse {
        pub fn builder() -> builder::GenericResponseMapOfBotRemoveLicenseResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfEResult {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, EResult>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfEResult {
        pub fn builder() -> builder::GenericResponseMapOfEResult {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfGamesToRedeemInBackgroundResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                GamesToRedeemInBackgroundResponse,
            >,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfGamesToRedeemInBackgroundResponse {
        pub fn builder() -> builder::GenericResponseMapOfGamesToRedeemInBackgroundResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfGenericResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, GenericResponse>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfGenericResponse {
        pub fn builder() -> builder::GenericResponseMapOfGenericResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfGenericResponseArrayOfConfirmation {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                GenericResponseArrayOfConfirmation,
            >,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfGenericResponseArrayOfConfirmation {
        pub fn builder() -> builder::GenericResponseMapOfGenericResponseArrayOfConfirmation {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfGenericResponseString {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, GenericResponseString>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfGenericResponseString {
        pub fn builder() -> builder::GenericResponseMapOfGenericResponseString {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::option::Option<CStoreRegisterCdKeyResponse>,
                >,
            >,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
        pub fn builder() -> builder::GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfMapOfString {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfMapOfString {
        pub fn builder() -> builder::GenericResponseMapOfMapOfString {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfNullableMapOfInventoryAppData {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, InventoryAppData>,
                >,
            >,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfNullableMapOfInventoryAppData {
        pub fn builder() -> builder::GenericResponseMapOfNullableMapOfInventoryAppData {
            Default::default()
        }
    }
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseMapOfString {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseMapOfString {
        pub fn builder() -> builder::GenericResponseMapOfString {
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
    ///The generic envelope, `GenericResponse<T>` in ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GenericResponseTypeResponse {
        ///Human-readable outcome, `OK` or `Failed!` unless the operation says more.
        #[serde(rename = "Message")]
        pub message: ::std::string::String,
        ///The payload; `null` when the request failed.
        #[serde(
            rename = "Result",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result: ::std::option::Option<TypeResponse>,
        ///Whether the operation succeeded.
        #[serde(rename = "Success")]
        pub success: bool,
    }
    impl GenericResponseTypeResponse {
        pub fn builder() -> builder::GenericResponseTypeResponse {
            Default::default()
        }
    }
    ///A release of ASF.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GitHubReleaseResponse {
        #[serde(rename = "ChangelogHTML")]
        pub changelog_html: ::std::string::String,
        #[serde(rename = "ReleasedAt")]
        pub released_at: ::std::string::String,
        #[serde(rename = "Stable")]
        pub stable: bool,
        #[serde(rename = "Version")]
        pub version: ::std::string::String,
    }
    impl GitHubReleaseResponse {
        pub fn builder() -> builder::GitHubReleaseResponse {
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
        #[serde(
            rename = "Blacklist",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub blacklist: ::std::vec::Vec<::std::num::NonZeroU32>,
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
            default = "defaults::default_nzu64::<::std::num::NonZeroU8, 90>"
        )]
        pub connection_timeout: ::std::num::NonZeroU8,
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
        #[serde(
            rename = "FarmingDelay",
            default = "defaults::default_nzu64::<::std::num::NonZeroU8, 15>"
        )]
        pub farming_delay: ::std::num::NonZeroU8,
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
        pub license_id: ::std::option::Option<::uuid::Uuid>,
        ///Seconds between logins.
        #[serde(
            rename = "LoginLimiterDelay",
            default = "defaults::default_u64::<u8, 10>"
        )]
        pub login_limiter_delay: u8,
        ///Hours one game is farmed at most.
        #[serde(
            rename = "MaxFarmingTime",
            default = "defaults::default_nzu64::<::std::num::NonZeroU8, 10>"
        )]
        pub max_farming_time: ::std::num::NonZeroU8,
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
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
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
        pub steam_message_prefix: ::std::option::Option<GlobalConfigSteamMessagePrefix>,
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
                blacklist: Default::default(),
                command_prefix: defaults::global_config_command_prefix(),
                confirmations_limiter_delay: defaults::default_u64::<u8, 10>(),
                connection_timeout: defaults::default_nzu64::<
                    ::std::num::NonZeroU8,
                    90,
                >(),
                current_culture: Default::default(),
                debug: Default::default(),
                default_bot: Default::default(),
                farming_delay: defaults::default_nzu64::<::std::num::NonZeroU8, 15>(),
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
                max_farming_time: defaults::default_nzu64::<::std::num::NonZeroU8, 10>(),
                max_trade_hold_duration: defaults::default_u64::<u8, 15>(),
                min_farming_delay_after_block: defaults::default_u64::<u8, 60>(),
                optimization_mode: defaults::global_config_optimization_mode(),
                plugins_update_list: Default::default(),
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
    ///The properties the SteamTokenDumper plugin adds to `ASF.json`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GlobalConfigExtension {
        ///The plugin's settings; `null` when `ASF.json` has none.
        #[serde(
            rename = "SteamTokenDumperPlugin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steam_token_dumper_plugin: ::std::option::Option<SteamTokenDumperConfig>,
        ///Enables the plugin with its default settings.
        #[serde(rename = "SteamTokenDumperPluginEnabled")]
        pub steam_token_dumper_plugin_enabled: bool,
    }
    impl GlobalConfigExtension {
        pub fn builder() -> builder::GlobalConfigExtension {
            Default::default()
        }
    }
    ///Prefix of messages the bots send.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GlobalConfigSteamMessagePrefix(::std::string::String);
    impl ::std::ops::Deref for GlobalConfigSteamMessagePrefix {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GlobalConfigSteamMessagePrefix> for ::std::string::String {
        fn from(value: GlobalConfigSteamMessagePrefix) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GlobalConfigSteamMessagePrefix {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 386usize {
                return Err("longer than 386 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GlobalConfigSteamMessagePrefix {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GlobalConfigSteamMessagePrefix {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GlobalConfigSteamMessagePrefix {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GET /HealthCheck`: whether the process is up.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct HealthCheckResponse {
        ///The health of the process.
        #[serde(rename = "Status")]
        pub status: HealthStatus,
        ///`Status` as its member name.
        #[serde(rename = "StatusText")]
        pub status_text: ::std::string::String,
    }
    impl HealthCheckResponse {
        pub fn builder() -> builder::HealthCheckResponse {
            Default::default()
        }
    }
    ///Health of the process (ASP.NET `HealthStatus`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct HealthStatus(pub i32);
    impl ::std::ops::Deref for HealthStatus {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<HealthStatus> for i32 {
        fn from(value: HealthStatus) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for HealthStatus {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for HealthStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for HealthStatus {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for HealthStatus {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for HealthStatus {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///One app of an inventory overview.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InventoryAppData {
        pub appid: u32,
        pub asset_count: u32,
        pub icon: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inventory_logo: ::std::option::Option<::std::string::String>,
        pub link: ::std::string::String,
        pub load_failed: bool,
        pub name: ::std::string::String,
        pub owner_only: bool,
        #[serde(rename = "rgContexts")]
        pub rg_contexts: ::std::collections::HashMap<
            ::std::string::String,
            InventoryContextData,
        >,
        pub store_vetted: bool,
        pub trade_permissions: ::std::string::String,
    }
    impl InventoryAppData {
        pub fn builder() -> builder::InventoryAppData {
            Default::default()
        }
    }
    ///One context of an inventory app.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InventoryContextData {
        pub asset_count: u32,
        pub id: ::std::string::String,
        pub name: ::std::string::String,
    }
    impl InventoryContextData {
        pub fn builder() -> builder::InventoryContextData {
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
    ///`POST /Api/Bot/{botNames}/TwoFactorAuthentication`: an SDA maFile; only the two secrets are read.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MobileAuthenticator {
        ///Base64 secret for confirmations.
        pub identity_secret: ::std::string::String,
        ///Base64 secret for Steam Guard codes.
        pub shared_secret: ::std::string::String,
    }
    impl MobileAuthenticator {
        pub fn builder() -> builder::MobileAuthenticator {
            Default::default()
        }
    }
    ///An active plugin.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PluginInfo {
        #[serde(rename = "Name")]
        pub name: ::std::string::String,
        #[serde(rename = "Version")]
        pub version: ::std::string::String,
    }
    impl PluginInfo {
        pub fn builder() -> builder::PluginInfo {
            Default::default()
        }
    }
    ///`POST /Api/Plugins/Update`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PluginUpdateRequest {
        #[serde(
            rename = "Channel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel: ::std::option::Option<EUpdateChannel>,
        ///Allow a downgrade.
        #[serde(rename = "Forced", default)]
        pub forced: bool,
        ///Assembly names of the plugins to update.
        #[serde(
            rename = "Plugins",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub plugins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl PluginUpdateRequest {
        pub fn builder() -> builder::PluginUpdateRequest {
            Default::default()
        }
    }
    ///Network protocols used to reach Steam (SteamKit `ProtocolTypes`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ProtocolTypes(pub i64);
    impl ::std::ops::Deref for ProtocolTypes {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ProtocolTypes> for i64 {
        fn from(value: ProtocolTypes) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for ProtocolTypes {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ProtocolTypes {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ProtocolTypes {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProtocolTypes {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ProtocolTypes {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///One package granted by a purchase.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PurchaseLineItem {
        pub appid: u32,
        pub line_item_description: ::std::string::String,
        pub packageid: u32,
    }
    impl PurchaseLineItem {
        pub fn builder() -> builder::PurchaseLineItem {
            Default::default()
        }
    }
    ///The receipt of a purchase.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PurchaseReceiptInfo {
        pub line_items: ::std::vec::Vec<PurchaseLineItem>,
        pub purchase_status: i32,
        pub result_detail: i32,
    }
    impl PurchaseReceiptInfo {
        pub fn builder() -> builder::PurchaseReceiptInfo {
            Default::default()
        }
    }
    ///`Result` of a 401/403 from the access check: why the request was refused.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StatusCodeResponse {
        ///True when sending the same request again cannot succeed: `401` (no or a wrong password) and a `403` for an address that may not use the API at all. False for a `403` ban, which lifts with time.
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
    ///The SteamTokenDumper plugin's settings in `ASF.json` (`SteamTokenDumperPlugin`). The ID lists are sets in ASF (repeats fold), described as plain arrays as ASF's document does.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SteamTokenDumperConfig {
        ///Collect and submit tokens.
        #[serde(rename = "Enabled", default)]
        pub enabled: bool,
        ///Apps whose tokens are never collected.
        #[serde(
            rename = "SecretAppIDs",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub secret_app_i_ds: ::std::vec::Vec<u32>,
        ///Depots whose keys are never collected.
        #[serde(
            rename = "SecretDepotIDs",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub secret_depot_i_ds: ::std::vec::Vec<u32>,
        ///Packages whose tokens are never collected.
        #[serde(
            rename = "SecretPackageIDs",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub secret_package_i_ds: ::std::vec::Vec<u32>,
        ///Leave out packages Steam grants every account by itself.
        #[serde(
            rename = "SkipAutoGrantPackages",
            default = "defaults::default_bool::<true>"
        )]
        pub skip_auto_grant_packages: bool,
    }
    impl ::std::default::Default for SteamTokenDumperConfig {
        fn default() -> Self {
            Self {
                enabled: Default::default(),
                secret_app_i_ds: Default::default(),
                secret_depot_i_ds: Default::default(),
                secret_package_i_ds: Default::default(),
                skip_auto_grant_packages: defaults::default_bool::<true>(),
            }
        }
    }
    impl SteamTokenDumperConfig {
        pub fn builder() -> builder::SteamTokenDumperConfig {
            Default::default()
        }
    }
    /**`POST /Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`.

Members are read in order: each of the two ID lists replaces what came before (an `s_AcceptedCreatorIDs` entry that is not a non-zero number leaves the list as it was).*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TwoFactorAuthenticationConfirmationsRequest {
        ///Accept (true) or decline (false).
        #[serde(rename = "Accept")]
        pub accept: bool,
        ///Only confirmations for these trades or listings.
        #[serde(
            rename = "AcceptedCreatorIDs",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub accepted_creator_i_ds: ::std::vec::Vec<u64>,
        ///Only confirmations of this type.
        #[serde(
            rename = "AcceptedType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accepted_type: ::std::option::Option<EMobileConfirmationType>,
        ///`AcceptedCreatorIDs` as strings.
        #[serde(
            rename = "s_AcceptedCreatorIDs",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub s_accepted_creator_i_ds: ::std::vec::Vec<::std::string::String>,
        ///Retry until every requested confirmation was handled.
        #[serde(rename = "WaitIfNeeded", default)]
        pub wait_if_needed: bool,
    }
    impl TwoFactorAuthenticationConfirmationsRequest {
        pub fn builder() -> builder::TwoFactorAuthenticationConfirmationsRequest {
            Default::default()
        }
    }
    ///Facts about a type itself.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TypeProperties {
        ///`System.Object` for classes, `System.Enum` for enums.
        #[serde(
            rename = "BaseType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_type: ::std::option::Option<::std::string::String>,
        ///Attributes of the type; `System.FlagsAttribute` marks flag enums.
        #[serde(
            rename = "CustomAttributes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_attributes: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///The integer type of an enum; null otherwise.
        #[serde(
            rename = "UnderlyingType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub underlying_type: ::std::option::Option<::std::string::String>,
    }
    impl TypeProperties {
        pub fn builder() -> builder::TypeProperties {
            Default::default()
        }
    }
    ///`GET /Api/Type/{type}`: what a config editor needs to know about a type.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TypeResponse {
        ///Classes: property name → .NET type name, in declaration order. Enums: member name → value as a string, in value order.
        #[serde(rename = "Body")]
        pub body: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        #[serde(rename = "Properties")]
        pub properties: TypeProperties,
    }
    impl TypeResponse {
        pub fn builder() -> builder::TypeResponse {
            Default::default()
        }
    }
    ///`POST /Api/ASF/Update`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateRequest {
        ///Release channel; the configured one when left out.
        #[serde(
            rename = "Channel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel: ::std::option::Option<EUpdateChannel>,
        ///Allow a downgrade.
        #[serde(rename = "Forced", default)]
        pub forced: bool,
    }
    impl UpdateRequest {
        pub fn builder() -> builder::UpdateRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddLicenseResult {
            purchase_result_detail: ::std::result::Result<
                super::EPurchaseResultDetail,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::EResult, ::std::string::String>,
        }
        impl ::std::default::Default for AddLicenseResult {
            fn default() -> Self {
                Self {
                    purchase_result_detail: Err(
                        "no value supplied for purchase_result_detail".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                }
            }
        }
        impl AddLicenseResult {
            pub fn purchase_result_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EPurchaseResultDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_result_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_result_detail: {e}"
                        )
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EResult>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddLicenseResult> for super::AddLicenseResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddLicenseResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    purchase_result_detail: value.purchase_result_detail?,
                    result: value.result?,
                })
            }
        }
        impl ::std::convert::From<super::AddLicenseResult> for AddLicenseResult {
            fn from(value: super::AddLicenseResult) -> Self {
                Self {
                    purchase_result_detail: Ok(value.purchase_result_detail),
                    result: Ok(value.result),
                }
            }
        }
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
        pub struct AsfRequest {
            global_config: ::std::result::Result<
                super::GlobalConfig,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AsfRequest {
            fn default() -> Self {
                Self {
                    global_config: Err("no value supplied for global_config".to_string()),
                }
            }
        }
        impl AsfRequest {
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
        }
        impl ::std::convert::TryFrom<AsfRequest> for super::AsfRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AsfRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    global_config: value.global_config?,
                })
            }
        }
        impl ::std::convert::From<super::AsfRequest> for AsfRequest {
            fn from(value: super::AsfRequest) -> Self {
                Self {
                    global_config: Ok(value.global_config),
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
        pub struct Bot {
            account_flags: ::std::result::Result<i32, ::std::string::String>,
            avatar_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bot_config: ::std::result::Result<super::BotConfig, ::std::string::String>,
            bot_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            cards_farmer: ::std::result::Result<
                super::CardsFarmer,
                ::std::string::String,
            >,
            games_to_redeem_in_background_count: ::std::result::Result<
                u32,
                ::std::string::String,
            >,
            has_mobile_authenticator: ::std::result::Result<bool, ::std::string::String>,
            is_connected_and_logged_on: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            is_playing_possible: ::std::result::Result<bool, ::std::string::String>,
            keep_running: ::std::result::Result<bool, ::std::string::String>,
            nickname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            required_input: ::std::result::Result<
                super::EUserInputType,
                ::std::string::String,
            >,
            s_steam_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            steam_id: ::std::result::Result<u64, ::std::string::String>,
            wallet_balance: ::std::result::Result<i64, ::std::string::String>,
            wallet_balance_delayed: ::std::result::Result<i64, ::std::string::String>,
            wallet_currency: ::std::result::Result<
                super::ECurrencyCode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Bot {
            fn default() -> Self {
                Self {
                    account_flags: Err(
                        "no value supplied for account_flags".to_string(),
                    ),
                    avatar_hash: Ok(Default::default()),
                    bot_config: Err("no value supplied for bot_config".to_string()),
                    bot_name: Err("no value supplied for bot_name".to_string()),
                    cards_farmer: Err("no value supplied for cards_farmer".to_string()),
                    games_to_redeem_in_background_count: Err(
                        "no value supplied for games_to_redeem_in_background_count"
                            .to_string(),
                    ),
                    has_mobile_authenticator: Err(
                        "no value supplied for has_mobile_authenticator".to_string(),
                    ),
                    is_connected_and_logged_on: Err(
                        "no value supplied for is_connected_and_logged_on".to_string(),
                    ),
                    is_playing_possible: Err(
                        "no value supplied for is_playing_possible".to_string(),
                    ),
                    keep_running: Err("no value supplied for keep_running".to_string()),
                    nickname: Ok(Default::default()),
                    public_ip: Ok(Default::default()),
                    required_input: Err(
                        "no value supplied for required_input".to_string(),
                    ),
                    s_steam_id: Err("no value supplied for s_steam_id".to_string()),
                    steam_id: Err("no value supplied for steam_id".to_string()),
                    wallet_balance: Err(
                        "no value supplied for wallet_balance".to_string(),
                    ),
                    wallet_balance_delayed: Err(
                        "no value supplied for wallet_balance_delayed".to_string(),
                    ),
                    wallet_currency: Err(
                        "no value supplied for wallet_currency".to_string(),
                    ),
                }
            }
        }
        impl Bot {
            pub fn account_flags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.account_flags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_flags: {e}")
                    });
                self
            }
            pub fn avatar_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_hash: {e}")
                    });
                self
            }
            pub fn bot_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BotConfig>,
                T::Error: ::std::fmt::Display,
            {
                self.bot_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bot_config: {e}")
                    });
                self
            }
            pub fn bot_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.bot_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bot_name: {e}")
                    });
                self
            }
            pub fn cards_farmer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CardsFarmer>,
                T::Error: ::std::fmt::Display,
            {
                self.cards_farmer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cards_farmer: {e}")
                    });
                self
            }
            pub fn games_to_redeem_in_background_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.games_to_redeem_in_background_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for games_to_redeem_in_background_count: {e}"
                        )
                    });
                self
            }
            pub fn has_mobile_authenticator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_mobile_authenticator = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_mobile_authenticator: {e}"
                        )
                    });
                self
            }
            pub fn is_connected_and_logged_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_connected_and_logged_on = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_connected_and_logged_on: {e}"
                        )
                    });
                self
            }
            pub fn is_playing_possible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_playing_possible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_playing_possible: {e}"
                        )
                    });
                self
            }
            pub fn keep_running<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_running = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keep_running: {e}")
                    });
                self
            }
            pub fn nickname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nickname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nickname: {e}")
                    });
                self
            }
            pub fn public_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_ip: {e}")
                    });
                self
            }
            pub fn required_input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EUserInputType>,
                T::Error: ::std::fmt::Display,
            {
                self.required_input = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_input: {e}"
                        )
                    });
                self
            }
            pub fn s_steam_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.s_steam_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for s_steam_id: {e}")
                    });
                self
            }
            pub fn steam_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for steam_id: {e}")
                    });
                self
            }
            pub fn wallet_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_balance: {e}"
                        )
                    });
                self
            }
            pub fn wallet_balance_delayed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_balance_delayed = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_balance_delayed: {e}"
                        )
                    });
                self
            }
            pub fn wallet_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ECurrencyCode>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wallet_currency: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Bot> for super::Bot {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Bot,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_flags: value.account_flags?,
                    avatar_hash: value.avatar_hash?,
                    bot_config: value.bot_config?,
                    bot_name: value.bot_name?,
                    cards_farmer: value.cards_farmer?,
                    games_to_redeem_in_background_count: value
                        .games_to_redeem_in_background_count?,
                    has_mobile_authenticator: value.has_mobile_authenticator?,
                    is_connected_and_logged_on: value.is_connected_and_logged_on?,
                    is_playing_possible: value.is_playing_possible?,
                    keep_running: value.keep_running?,
                    nickname: value.nickname?,
                    public_ip: value.public_ip?,
                    required_input: value.required_input?,
                    s_steam_id: value.s_steam_id?,
                    steam_id: value.steam_id?,
                    wallet_balance: value.wallet_balance?,
                    wallet_balance_delayed: value.wallet_balance_delayed?,
                    wallet_currency: value.wallet_currency?,
                })
            }
        }
        impl ::std::convert::From<super::Bot> for Bot {
            fn from(value: super::Bot) -> Self {
                Self {
                    account_flags: Ok(value.account_flags),
                    avatar_hash: Ok(value.avatar_hash),
                    bot_config: Ok(value.bot_config),
                    bot_name: Ok(value.bot_name),
                    cards_farmer: Ok(value.cards_farmer),
                    games_to_redeem_in_background_count: Ok(
                        value.games_to_redeem_in_background_count,
                    ),
                    has_mobile_authenticator: Ok(value.has_mobile_authenticator),
                    is_connected_and_logged_on: Ok(value.is_connected_and_logged_on),
                    is_playing_possible: Ok(value.is_playing_possible),
                    keep_running: Ok(value.keep_running),
                    nickname: Ok(value.nickname),
                    public_ip: Ok(value.public_ip),
                    required_input: Ok(value.required_input),
                    s_steam_id: Ok(value.s_steam_id),
                    steam_id: Ok(value.steam_id),
                    wallet_balance: Ok(value.wallet_balance),
                    wallet_balance_delayed: Ok(value.wallet_balance_delayed),
                    wallet_currency: Ok(value.wallet_currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotAddLicenseRequest {
            apps: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<u32>>,
                ::std::string::String,
            >,
            packages: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<u32>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotAddLicenseRequest {
            fn default() -> Self {
                Self {
                    apps: Ok(Default::default()),
                    packages: Ok(Default::default()),
                }
            }
        }
        impl BotAddLicenseRequest {
            pub fn apps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<u32>>>,
                T::Error: ::std::fmt::Display,
            {
                self.apps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apps: {e}")
                    });
                self
            }
            pub fn packages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<u32>>>,
                T::Error: ::std::fmt::Display,
            {
                self.packages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for packages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotAddLicenseRequest>
        for super::BotAddLicenseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotAddLicenseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apps: value.apps?,
                    packages: value.packages?,
                })
            }
        }
        impl ::std::convert::From<super::BotAddLicenseRequest> for BotAddLicenseRequest {
            fn from(value: super::BotAddLicenseRequest) -> Self {
                Self {
                    apps: Ok(value.apps),
                    packages: Ok(value.packages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotAddLicenseResponse {
            apps: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::AddLicenseResult,
                    >,
                >,
                ::std::string::String,
            >,
            packages: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::AddLicenseResult,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotAddLicenseResponse {
            fn default() -> Self {
                Self {
                    apps: Ok(Default::default()),
                    packages: Ok(Default::default()),
                }
            }
        }
        impl BotAddLicenseResponse {
            pub fn apps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::AddLicenseResult,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.apps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apps: {e}")
                    });
                self
            }
            pub fn packages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::AddLicenseResult,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.packages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for packages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotAddLicenseResponse>
        for super::BotAddLicenseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotAddLicenseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apps: value.apps?,
                    packages: value.packages?,
                })
            }
        }
        impl ::std::convert::From<super::BotAddLicenseResponse>
        for BotAddLicenseResponse {
            fn from(value: super::BotAddLicenseResponse) -> Self {
                Self {
                    apps: Ok(value.apps),
                    packages: Ok(value.packages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotConfig {
            accept_gifts: ::std::result::Result<bool, ::std::string::String>,
            bot_behaviour: ::std::result::Result<
                super::EBotBehaviour,
                ::std::string::String,
            >,
            complete_types_to_send: ::std::result::Result<
                ::std::vec::Vec<super::EAssetType>,
                ::std::string::String,
            >,
            custom_game_played_while_farming: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_game_played_while_idle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            farming_orders: ::std::result::Result<
                ::std::vec::Vec<super::EFarmingOrder>,
                ::std::string::String,
            >,
            farming_preferences: ::std::result::Result<
                super::EFarmingPreferences,
                ::std::string::String,
            >,
            games_played_while_idle: ::std::result::Result<
                ::std::vec::Vec<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            gaming_device_type: ::std::result::Result<
                super::EGamingDeviceType,
                ::std::string::String,
            >,
            hours_until_card_drops: ::std::result::Result<u8, ::std::string::String>,
            lootable_types: ::std::result::Result<
                ::std::vec::Vec<super::EAssetType>,
                ::std::string::String,
            >,
            machine_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            matchable_types: ::std::result::Result<
                ::std::vec::Vec<super::EAssetType>,
                ::std::string::String,
            >,
            online_flags: ::std::result::Result<
                super::EPersonaStateFlag,
                ::std::string::String,
            >,
            online_status: ::std::result::Result<
                super::EPersonaState,
                ::std::string::String,
            >,
            password_format: ::std::result::Result<
                super::ECryptoMethod,
                ::std::string::String,
            >,
            redeeming_preferences: ::std::result::Result<
                super::ERedeemingPreferences,
                ::std::string::String,
            >,
            remote_communication: ::std::result::Result<
                super::ERemoteCommunication,
                ::std::string::String,
            >,
            s_steam_master_clan_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            send_trade_period: ::std::result::Result<u8, ::std::string::String>,
            steam_login: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            steam_master_clan_id: ::std::result::Result<u64, ::std::string::String>,
            steam_parental_code: ::std::result::Result<
                ::std::option::Option<super::BotConfigSteamParentalCode>,
                ::std::string::String,
            >,
            steam_password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            steam_trade_token: ::std::result::Result<
                ::std::option::Option<super::BotConfigSteamTradeToken>,
                ::std::string::String,
            >,
            steam_user_permissions: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, super::EAccess>,
                ::std::string::String,
            >,
            trade_check_period: ::std::result::Result<u8, ::std::string::String>,
            trading_preferences: ::std::result::Result<
                super::ETradingPreferences,
                ::std::string::String,
            >,
            transferable_types: ::std::result::Result<
                ::std::vec::Vec<super::EAssetType>,
                ::std::string::String,
            >,
            use_login_keys: ::std::result::Result<bool, ::std::string::String>,
            user_interface_mode: ::std::result::Result<
                super::EuiMode,
                ::std::string::String,
            >,
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
        impl ::std::default::Default for BotConfig {
            fn default() -> Self {
                Self {
                    accept_gifts: Ok(Default::default()),
                    bot_behaviour: Ok(super::defaults::bot_config_bot_behaviour()),
                    complete_types_to_send: Ok(Default::default()),
                    custom_game_played_while_farming: Ok(Default::default()),
                    custom_game_played_while_idle: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    farming_orders: Ok(Default::default()),
                    farming_preferences: Ok(
                        super::defaults::bot_config_farming_preferences(),
                    ),
                    games_played_while_idle: Ok(Default::default()),
                    gaming_device_type: Ok(
                        super::defaults::bot_config_gaming_device_type(),
                    ),
                    hours_until_card_drops: Ok(super::defaults::default_u64::<u8, 3>()),
                    lootable_types: Ok(super::defaults::bot_config_lootable_types()),
                    machine_name: Ok(Default::default()),
                    matchable_types: Ok(super::defaults::bot_config_matchable_types()),
                    online_flags: Ok(super::defaults::bot_config_online_flags()),
                    online_status: Ok(super::defaults::bot_config_online_status()),
                    password_format: Ok(super::defaults::bot_config_password_format()),
                    redeeming_preferences: Ok(
                        super::defaults::bot_config_redeeming_preferences(),
                    ),
                    remote_communication: Ok(
                        super::defaults::bot_config_remote_communication(),
                    ),
                    s_steam_master_clan_id: Ok(Default::default()),
                    send_trade_period: Ok(Default::default()),
                    steam_login: Ok(Default::default()),
                    steam_master_clan_id: Ok(Default::default()),
                    steam_parental_code: Ok(Default::default()),
                    steam_password: Ok(Default::default()),
                    steam_trade_token: Ok(Default::default()),
                    steam_user_permissions: Ok(Default::default()),
                    trade_check_period: Ok(super::defaults::default_u64::<u8, 60>()),
                    trading_preferences: Ok(
                        super::defaults::bot_config_trading_preferences(),
                    ),
                    transferable_types: Ok(
                        super::defaults::bot_config_transferable_types(),
                    ),
                    use_login_keys: Ok(super::defaults::default_bool::<true>()),
                    user_interface_mode: Ok(
                        super::defaults::bot_config_user_interface_mode(),
                    ),
                    web_proxy: Ok(Default::default()),
                    web_proxy_password: Ok(Default::default()),
                    web_proxy_username: Ok(Default::default()),
                }
            }
        }
        impl BotConfig {
            pub fn accept_gifts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.accept_gifts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accept_gifts: {e}")
                    });
                self
            }
            pub fn bot_behaviour<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EBotBehaviour>,
                T::Error: ::std::fmt::Display,
            {
                self.bot_behaviour = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bot_behaviour: {e}")
                    });
                self
            }
            pub fn complete_types_to_send<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EAssetType>>,
                T::Error: ::std::fmt::Display,
            {
                self.complete_types_to_send = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for complete_types_to_send: {e}"
                        )
                    });
                self
            }
            pub fn custom_game_played_while_farming<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_game_played_while_farming = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_game_played_while_farming: {e}"
                        )
                    });
                self
            }
            pub fn custom_game_played_while_idle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_game_played_while_idle = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_game_played_while_idle: {e}"
                        )
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn farming_orders<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EFarmingOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.farming_orders = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for farming_orders: {e}"
                        )
                    });
                self
            }
            pub fn farming_preferences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EFarmingPreferences>,
                T::Error: ::std::fmt::Display,
            {
                self.farming_preferences = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for farming_preferences: {e}"
                        )
                    });
                self
            }
            pub fn games_played_while_idle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::num::NonZeroU32>>,
                T::Error: ::std::fmt::Display,
            {
                self.games_played_while_idle = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for games_played_while_idle: {e}"
                        )
                    });
                self
            }
            pub fn gaming_device_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EGamingDeviceType>,
                T::Error: ::std::fmt::Display,
            {
                self.gaming_device_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for gaming_device_type: {e}"
                        )
                    });
                self
            }
            pub fn hours_until_card_drops<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.hours_until_card_drops = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hours_until_card_drops: {e}"
                        )
                    });
                self
            }
            pub fn lootable_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EAssetType>>,
                T::Error: ::std::fmt::Display,
            {
                self.lootable_types = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for lootable_types: {e}"
                        )
                    });
                self
            }
            pub fn machine_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.machine_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for machine_name: {e}")
                    });
                self
            }
            pub fn matchable_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EAssetType>>,
                T::Error: ::std::fmt::Display,
            {
                self.matchable_types = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for matchable_types: {e}"
                        )
                    });
                self
            }
            pub fn online_flags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EPersonaStateFlag>,
                T::Error: ::std::fmt::Display,
            {
                self.online_flags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for online_flags: {e}")
                    });
                self
            }
            pub fn online_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EPersonaState>,
                T::Error: ::std::fmt::Display,
            {
                self.online_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for online_status: {e}")
                    });
                self
            }
            pub fn password_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ECryptoMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.password_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for password_format: {e}"
                        )
                    });
                self
            }
            pub fn redeeming_preferences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ERedeemingPreferences>,
                T::Error: ::std::fmt::Display,
            {
                self.redeeming_preferences = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for redeeming_preferences: {e}"
                        )
                    });
                self
            }
            pub fn remote_communication<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ERemoteCommunication>,
                T::Error: ::std::fmt::Display,
            {
                self.remote_communication = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remote_communication: {e}"
                        )
                    });
                self
            }
            pub fn s_steam_master_clan_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.s_steam_master_clan_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for s_steam_master_clan_id: {e}"
                        )
                    });
                self
            }
            pub fn send_trade_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.send_trade_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_trade_period: {e}"
                        )
                    });
                self
            }
            pub fn steam_login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for steam_login: {e}")
                    });
                self
            }
            pub fn steam_master_clan_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_master_clan_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_master_clan_id: {e}"
                        )
                    });
                self
            }
            pub fn steam_parental_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BotConfigSteamParentalCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.steam_parental_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_parental_code: {e}"
                        )
                    });
                self
            }
            pub fn steam_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_password: {e}"
                        )
                    });
                self
            }
            pub fn steam_trade_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BotConfigSteamTradeToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.steam_trade_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_trade_token: {e}"
                        )
                    });
                self
            }
            pub fn steam_user_permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, super::EAccess>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.steam_user_permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_user_permissions: {e}"
                        )
                    });
                self
            }
            pub fn trade_check_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.trade_check_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trade_check_period: {e}"
                        )
                    });
                self
            }
            pub fn trading_preferences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ETradingPreferences>,
                T::Error: ::std::fmt::Display,
            {
                self.trading_preferences = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trading_preferences: {e}"
                        )
                    });
                self
            }
            pub fn transferable_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EAssetType>>,
                T::Error: ::std::fmt::Display,
            {
                self.transferable_types = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transferable_types: {e}"
                        )
                    });
                self
            }
            pub fn use_login_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.use_login_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for use_login_keys: {e}"
                        )
                    });
                self
            }
            pub fn user_interface_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EuiMode>,
                T::Error: ::std::fmt::Display,
            {
                self.user_interface_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_interface_mode: {e}"
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
        impl ::std::convert::TryFrom<BotConfig> for super::BotConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accept_gifts: value.accept_gifts?,
                    bot_behaviour: value.bot_behaviour?,
                    complete_types_to_send: value.complete_types_to_send?,
                    custom_game_played_while_farming: value
                        .custom_game_played_while_farming?,
                    custom_game_played_while_idle: value.custom_game_played_while_idle?,
                    enabled: value.enabled?,
                    farming_orders: value.farming_orders?,
                    farming_preferences: value.farming_preferences?,
                    games_played_while_idle: value.games_played_while_idle?,
                    gaming_device_type: value.gaming_device_type?,
                    hours_until_card_drops: value.hours_until_card_drops?,
                    lootable_types: value.lootable_types?,
                    machine_name: value.machine_name?,
                    matchable_types: value.matchable_types?,
                    online_flags: value.online_flags?,
                    online_status: value.online_status?,
                    password_format: value.password_format?,
                    redeeming_preferences: value.redeeming_preferences?,
                    remote_communication: value.remote_communication?,
                    s_steam_master_clan_id: value.s_steam_master_clan_id?,
                    send_trade_period: value.send_trade_period?,
                    steam_login: value.steam_login?,
                    steam_master_clan_id: value.steam_master_clan_id?,
                    steam_parental_code: value.steam_parental_code?,
                    steam_password: value.steam_password?,
                    steam_trade_token: value.steam_trade_token?,
                    steam_user_permissions: value.steam_user_permissions?,
                    trade_check_period: value.trade_check_period?,
                    trading_preferences: value.trading_preferences?,
                    transferable_types: value.transferable_types?,
                    use_login_keys: value.use_login_keys?,
                    user_interface_mode: value.user_interface_mode?,
                    web_proxy: value.web_proxy?,
                    web_proxy_password: value.web_proxy_password?,
                    web_proxy_username: value.web_proxy_username?,
                })
            }
        }
        impl ::std::convert::From<super::BotConfig> for BotConfig {
            fn from(value: super::BotConfig) -> Self {
                Self {
                    accept_gifts: Ok(value.accept_gifts),
                    bot_behaviour: Ok(value.bot_behaviour),
                    complete_types_to_send: Ok(value.complete_types_to_send),
                    custom_game_played_while_farming: Ok(
                        value.custom_game_played_while_farming,
                    ),
                    custom_game_played_while_idle: Ok(
                        value.custom_game_played_while_idle,
                    ),
                    enabled: Ok(value.enabled),
                    farming_orders: Ok(value.farming_orders),
                    farming_preferences: Ok(value.farming_preferences),
                    games_played_while_idle: Ok(value.games_played_while_idle),
                    gaming_device_type: Ok(value.gaming_device_type),
                    hours_until_card_drops: Ok(value.hours_until_card_drops),
                    lootable_types: Ok(value.lootable_types),
                    machine_name: Ok(value.machine_name),
                    matchable_types: Ok(value.matchable_types),
                    online_flags: Ok(value.online_flags),
                    online_status: Ok(value.online_status),
                    password_format: Ok(value.password_format),
                    redeeming_preferences: Ok(value.redeeming_preferences),
                    remote_communication: Ok(value.remote_communication),
                    s_steam_master_clan_id: Ok(value.s_steam_master_clan_id),
                    send_trade_period: Ok(value.send_trade_period),
                    steam_login: Ok(value.steam_login),
                    steam_master_clan_id: Ok(value.steam_master_clan_id),
                    steam_parental_code: Ok(value.steam_parental_code),
                    steam_password: Ok(value.steam_password),
                    steam_trade_token: Ok(value.steam_trade_token),
                    steam_user_permissions: Ok(value.steam_user_permissions),
                    trade_check_period: Ok(value.trade_check_period),
                    trading_preferences: Ok(value.trading_preferences),
                    transferable_types: Ok(value.transferable_types),
                    use_login_keys: Ok(value.use_login_keys),
                    user_interface_mode: Ok(value.user_interface_mode),
                    web_proxy: Ok(value.web_proxy),
                    web_proxy_password: Ok(value.web_proxy_password),
                    web_proxy_username: Ok(value.web_proxy_username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotGamesToRedeemInBackgroundRequest {
            games_to_redeem_in_background: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotGamesToRedeemInBackgroundRequest {
            fn default() -> Self {
                Self {
                    games_to_redeem_in_background: Err(
                        "no value supplied for games_to_redeem_in_background".to_string(),
                    ),
                }
            }
        }
        impl BotGamesToRedeemInBackgroundRequest {
            pub fn games_to_redeem_in_background<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.games_to_redeem_in_background = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for games_to_redeem_in_background: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotGamesToRedeemInBackgroundRequest>
        for super::BotGamesToRedeemInBackgroundRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotGamesToRedeemInBackgroundRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    games_to_redeem_in_background: value.games_to_redeem_in_background?,
                })
            }
        }
        impl ::std::convert::From<super::BotGamesToRedeemInBackgroundRequest>
        for BotGamesToRedeemInBackgroundRequest {
            fn from(value: super::BotGamesToRedeemInBackgroundRequest) -> Self {
                Self {
                    games_to_redeem_in_background: Ok(
                        value.games_to_redeem_in_background,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotInputRequest {
            type_: ::std::result::Result<super::EUserInputType, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BotInputRequest {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl BotInputRequest {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EUserInputType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotInputRequest> for super::BotInputRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotInputRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::BotInputRequest> for BotInputRequest {
            fn from(value: super::BotInputRequest) -> Self {
                Self {
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotInventoryResponse {
            assets: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CEconAsset>>,
                ::std::string::String,
            >,
            descriptions: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CEconItemDescription>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotInventoryResponse {
            fn default() -> Self {
                Self {
                    assets: Ok(Default::default()),
                    descriptions: Ok(Default::default()),
                }
            }
        }
        impl BotInventoryResponse {
            pub fn assets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CEconAsset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.assets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assets: {e}")
                    });
                self
            }
            pub fn descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CEconItemDescription>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for descriptions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotInventoryResponse>
        for super::BotInventoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotInventoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assets: value.assets?,
                    descriptions: value.descriptions?,
                })
            }
        }
        impl ::std::convert::From<super::BotInventoryResponse> for BotInventoryResponse {
            fn from(value: super::BotInventoryResponse) -> Self {
                Self {
                    assets: Ok(value.assets),
                    descriptions: Ok(value.descriptions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotPauseRequest {
            permanent: ::std::result::Result<bool, ::std::string::String>,
            resume_in_seconds: ::std::result::Result<u16, ::std::string::String>,
        }
        impl ::std::default::Default for BotPauseRequest {
            fn default() -> Self {
                Self {
                    permanent: Ok(Default::default()),
                    resume_in_seconds: Ok(Default::default()),
                }
            }
        }
        impl BotPauseRequest {
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
            pub fn resume_in_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.resume_in_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for resume_in_seconds: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotPauseRequest> for super::BotPauseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotPauseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    permanent: value.permanent?,
                    resume_in_seconds: value.resume_in_seconds?,
                })
            }
        }
        impl ::std::convert::From<super::BotPauseRequest> for BotPauseRequest {
            fn from(value: super::BotPauseRequest) -> Self {
                Self {
                    permanent: Ok(value.permanent),
                    resume_in_seconds: Ok(value.resume_in_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotRedeemRequest {
            keys_to_redeem: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotRedeemRequest {
            fn default() -> Self {
                Self {
                    keys_to_redeem: Err(
                        "no value supplied for keys_to_redeem".to_string(),
                    ),
                }
            }
        }
        impl BotRedeemRequest {
            pub fn keys_to_redeem<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.keys_to_redeem = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keys_to_redeem: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotRedeemRequest> for super::BotRedeemRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotRedeemRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keys_to_redeem: value.keys_to_redeem?,
                })
            }
        }
        impl ::std::convert::From<super::BotRedeemRequest> for BotRedeemRequest {
            fn from(value: super::BotRedeemRequest) -> Self {
                Self {
                    keys_to_redeem: Ok(value.keys_to_redeem),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotRemoveLicenseRequest {
            apps: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<u32>>,
                ::std::string::String,
            >,
            packages: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<u32>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotRemoveLicenseRequest {
            fn default() -> Self {
                Self {
                    apps: Ok(Default::default()),
                    packages: Ok(Default::default()),
                }
            }
        }
        impl BotRemoveLicenseRequest {
            pub fn apps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<u32>>>,
                T::Error: ::std::fmt::Display,
            {
                self.apps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apps: {e}")
                    });
                self
            }
            pub fn packages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<u32>>>,
                T::Error: ::std::fmt::Display,
            {
                self.packages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for packages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotRemoveLicenseRequest>
        for super::BotRemoveLicenseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotRemoveLicenseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apps: value.apps?,
                    packages: value.packages?,
                })
            }
        }
        impl ::std::convert::From<super::BotRemoveLicenseRequest>
        for BotRemoveLicenseRequest {
            fn from(value: super::BotRemoveLicenseRequest) -> Self {
                Self {
                    apps: Ok(value.apps),
                    packages: Ok(value.packages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotRemoveLicenseResponse {
            apps: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, super::EResult>,
                >,
                ::std::string::String,
            >,
            packages: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, super::EResult>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotRemoveLicenseResponse {
            fn default() -> Self {
                Self {
                    apps: Ok(Default::default()),
                    packages: Ok(Default::default()),
                }
            }
        }
        impl BotRemoveLicenseResponse {
            pub fn apps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::EResult,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.apps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apps: {e}")
                    });
                self
            }
            pub fn packages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::EResult,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.packages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for packages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotRemoveLicenseResponse>
        for super::BotRemoveLicenseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotRemoveLicenseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apps: value.apps?,
                    packages: value.packages?,
                })
            }
        }
        impl ::std::convert::From<super::BotRemoveLicenseResponse>
        for BotRemoveLicenseResponse {
            fn from(value: super::BotRemoveLicenseResponse) -> Self {
                Self {
                    apps: Ok(value.apps),
                    packages: Ok(value.packages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotRenameRequest {
            new_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BotRenameRequest {
            fn default() -> Self {
                Self {
                    new_name: Err("no value supplied for new_name".to_string()),
                }
            }
        }
        impl BotRenameRequest {
            pub fn new_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.new_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotRenameRequest> for super::BotRenameRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotRenameRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { new_name: value.new_name? })
            }
        }
        impl ::std::convert::From<super::BotRenameRequest> for BotRenameRequest {
            fn from(value: super::BotRenameRequest) -> Self {
                Self {
                    new_name: Ok(value.new_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BotRequest {
            bot_config: ::std::result::Result<super::BotConfig, ::std::string::String>,
        }
        impl ::std::default::Default for BotRequest {
            fn default() -> Self {
                Self {
                    bot_config: Err("no value supplied for bot_config".to_string()),
                }
            }
        }
        impl BotRequest {
            pub fn bot_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BotConfig>,
                T::Error: ::std::fmt::Display,
            {
                self.bot_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bot_config: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BotRequest> for super::BotRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BotRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bot_config: value.bot_config?,
                })
            }
        }
        impl ::std::convert::From<super::BotRequest> for BotRequest {
            fn from(value: super::BotRequest) -> Self {
                Self {
                    bot_config: Ok(value.bot_config),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconAsset {
            amount: ::std::result::Result<i64, ::std::string::String>,
            appid: ::std::result::Result<u32, ::std::string::String>,
            assetid: ::std::result::Result<u64, ::std::string::String>,
            classid: ::std::result::Result<u64, ::std::string::String>,
            contextid: ::std::result::Result<u64, ::std::string::String>,
            currencyid: ::std::result::Result<
                ::std::option::Option<u32>,
                ::std::string::String,
            >,
            est_usd: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            instanceid: ::std::result::Result<u64, ::std::string::String>,
            missing: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconAsset {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    appid: Err("no value supplied for appid".to_string()),
                    assetid: Err("no value supplied for assetid".to_string()),
                    classid: Err("no value supplied for classid".to_string()),
                    contextid: Err("no value supplied for contextid".to_string()),
                    currencyid: Ok(Default::default()),
                    est_usd: Ok(Default::default()),
                    instanceid: Err("no value supplied for instanceid".to_string()),
                    missing: Ok(Default::default()),
                }
            }
        }
        impl CEconAsset {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn appid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.appid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for appid: {e}")
                    });
                self
            }
            pub fn assetid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.assetid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assetid: {e}")
                    });
                self
            }
            pub fn classid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.classid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for classid: {e}")
                    });
                self
            }
            pub fn contextid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.contextid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contextid: {e}")
                    });
                self
            }
            pub fn currencyid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyid: {e}")
                    });
                self
            }
            pub fn est_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.est_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for est_usd: {e}")
                    });
                self
            }
            pub fn instanceid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.instanceid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instanceid: {e}")
                    });
                self
            }
            pub fn missing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.missing = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for missing: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconAsset> for super::CEconAsset {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconAsset,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    appid: value.appid?,
                    assetid: value.assetid?,
                    classid: value.classid?,
                    contextid: value.contextid?,
                    currencyid: value.currencyid?,
                    est_usd: value.est_usd?,
                    instanceid: value.instanceid?,
                    missing: value.missing?,
                })
            }
        }
        impl ::std::convert::From<super::CEconAsset> for CEconAsset {
            fn from(value: super::CEconAsset) -> Self {
                Self {
                    amount: Ok(value.amount),
                    appid: Ok(value.appid),
                    assetid: Ok(value.assetid),
                    classid: Ok(value.classid),
                    contextid: Ok(value.contextid),
                    currencyid: Ok(value.currencyid),
                    est_usd: Ok(value.est_usd),
                    instanceid: Ok(value.instanceid),
                    missing: Ok(value.missing),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconItemAction {
            link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconItemAction {
            fn default() -> Self {
                Self {
                    link: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CEconItemAction {
            pub fn link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconItemAction> for super::CEconItemAction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconItemAction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    link: value.link?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CEconItemAction> for CEconItemAction {
            fn from(value: super::CEconItemAction) -> Self {
                Self {
                    link: Ok(value.link),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconItemClassIdentifiers {
            classid: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            instanceid: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconItemClassIdentifiers {
            fn default() -> Self {
                Self {
                    classid: Ok(Default::default()),
                    instanceid: Ok(Default::default()),
                }
            }
        }
        impl CEconItemClassIdentifiers {
            pub fn classid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.classid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for classid: {e}")
                    });
                self
            }
            pub fn instanceid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.instanceid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instanceid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconItemClassIdentifiers>
        for super::CEconItemClassIdentifiers {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconItemClassIdentifiers,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    classid: value.classid?,
                    instanceid: value.instanceid?,
                })
            }
        }
        impl ::std::convert::From<super::CEconItemClassIdentifiers>
        for CEconItemClassIdentifiers {
            fn from(value: super::CEconItemClassIdentifiers) -> Self {
                Self {
                    classid: Ok(value.classid),
                    instanceid: Ok(value.instanceid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconItemContainerProperties {
            contained_items: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemClassIdentifiers>,
                ::std::string::String,
            >,
            search_tags: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemTag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconItemContainerProperties {
            fn default() -> Self {
                Self {
                    contained_items: Ok(Default::default()),
                    search_tags: Ok(Default::default()),
                }
            }
        }
        impl CEconItemContainerProperties {
            pub fn contained_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CEconItemClassIdentifiers>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.contained_items = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for contained_items: {e}"
                        )
                    });
                self
            }
            pub fn search_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CEconItemTag>>,
                T::Error: ::std::fmt::Display,
            {
                self.search_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search_tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconItemContainerProperties>
        for super::CEconItemContainerProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconItemContainerProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contained_items: value.contained_items?,
                    search_tags: value.search_tags?,
                })
            }
        }
        impl ::std::convert::From<super::CEconItemContainerProperties>
        for CEconItemContainerProperties {
            fn from(value: super::CEconItemContainerProperties) -> Self {
                Self {
                    contained_items: Ok(value.contained_items),
                    search_tags: Ok(value.search_tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconItemDescription {
            actions: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemAction>,
                ::std::string::String,
            >,
            appid: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            background_color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            classid: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            commodity: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            contained_item: ::std::result::Result<
                ::std::option::Option<::std::boxed::Box<super::CEconItemDescription>>,
                ::std::string::String,
            >,
            container_properties: ::std::result::Result<
                ::std::option::Option<super::CEconItemContainerProperties>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemDescriptionLine>,
                ::std::string::String,
            >,
            fraudwarnings: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            icon_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            icon_url_large: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            instanceid: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            item_expiration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_actions: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemAction>,
                ::std::string::String,
            >,
            market_bucket_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_bucket_group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_buy_country_restriction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_fee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_fee_app: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            market_hash_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_marketable_restriction: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            market_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_sell_country_restriction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            market_tradable_restriction: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            marketable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name_color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner_actions: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemAction>,
                ::std::string::String,
            >,
            owner_descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemDescriptionLine>,
                ::std::string::String,
            >,
            sealed_type: ::std::result::Result<
                ::std::option::Option<u32>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::CEconItemTag>,
                ::std::string::String,
            >,
            tradable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconItemDescription {
            fn default() -> Self {
                Self {
                    actions: Ok(Default::default()),
                    appid: Ok(Default::default()),
                    background_color: Ok(Default::default()),
                    classid: Ok(Default::default()),
                    commodity: Ok(Default::default()),
                    contained_item: Ok(Default::default()),
                    container_properties: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    descriptions: Ok(Default::default()),
                    fraudwarnings: Ok(Default::default()),
                    icon_url: Ok(Default::default()),
                    icon_url_large: Ok(Default::default()),
                    instanceid: Ok(Default::default()),
                    item_expiration: Ok(Default::default()),
                    market_actions: Ok(Default::default()),
                    market_bucket_group_id: Ok(Default::default()),
                    market_bucket_group_name: Ok(Default::default()),
                    market_buy_country_restriction: Ok(Default::default()),
                    market_fee: Ok(Default::default()),
                    market_fee_app: Ok(Default::default()),
                    market_hash_name: Ok(Default::default()),
                    market_marketable_restriction: Ok(Default::default()),
                    market_name: Ok(Default::default()),
                    market_sell_country_restriction: Ok(Default::default()),
                    market_tradable_restriction: Ok(Default::default()),
                    marketable: Ok(Default::default()),
                    name: Ok(Default::default()),
                    name_color: Ok(Default::default()),
                    owner_actions: Ok(Default::default()),
                    owner_descriptions: Ok(Default::default()),
                    sealed_type: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    tradable: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CEconItemDescription {
            pub fn actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CEconItemAction>>,
                T::Error: ::std::fmt::Display,
            {
                self.actions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for actions: {e}")
                    });
                self
            }
            pub fn appid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.appid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for appid: {e}")
                    });
                self
            }
            pub fn background_color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.background_color = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for background_color: {e}"
                        )
                    });
                self
            }
            pub fn classid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.classid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for classid: {e}")
                    });
                self
            }
            pub fn commodity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.commodity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commodity: {e}")
                    });
                self
            }
            pub fn contained_item<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::boxed::Box<super::CEconItemDescription>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.contained_item = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for contained_item: {e}"
                        )
                    });
                self
            }
            pub fn container_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CEconItemContainerProperties>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.container_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for container_properties: {e}"
                        )
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CEconItemDescriptionLine>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for descriptions: {e}")
                    });
                self
            }
            pub fn fraudwarnings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fraudwarnings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fraudwarnings: {e}")
                    });
                self
            }
            pub fn icon_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.icon_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for icon_url: {e}")
                    });
                self
            }
            pub fn icon_url_large<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.icon_url_large = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for icon_url_large: {e}"
                        )
                    });
                self
            }
            pub fn instanceid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.instanceid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instanceid: {e}")
                    });
                self
            }
            pub fn item_expiration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_expiration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for item_expiration: {e}"
                        )
                    });
                self
            }
            pub fn market_actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CEconItemAction>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_actions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_actions: {e}"
                        )
                    });
                self
            }
            pub fn market_bucket_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_bucket_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_bucket_group_id: {e}"
                        )
                    });
                self
            }
            pub fn market_bucket_group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_bucket_group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_bucket_group_name: {e}"
                        )
                    });
                self
            }
            pub fn market_buy_country_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_buy_country_restriction = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_buy_country_restriction: {e}"
                        )
                    });
                self
            }
            pub fn market_fee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_fee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for market_fee: {e}")
                    });
                self
            }
            pub fn market_fee_app<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_fee_app = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_fee_app: {e}"
                        )
                    });
                self
            }
            pub fn market_hash_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_hash_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_hash_name: {e}"
                        )
                    });
                self
            }
            pub fn market_marketable_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_marketable_restriction = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_marketable_restriction: {e}"
                        )
                    });
                self
            }
            pub fn market_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for market_name: {e}")
                    });
                self
            }
            pub fn market_sell_country_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_sell_country_restriction = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_sell_country_restriction: {e}"
                        )
                    });
                self
            }
            pub fn market_tradable_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.market_tradable_restriction = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for market_tradable_restriction: {e}"
                        )
                    });
                self
            }
            pub fn marketable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.marketable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for marketable: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn name_color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name_color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name_color: {e}")
                    });
                self
            }
            pub fn owner_actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CEconItemAction>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_actions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_actions: {e}")
                    });
                self
            }
            pub fn owner_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CEconItemDescriptionLine>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for owner_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn sealed_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.sealed_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sealed_type: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CEconItemTag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn tradable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.tradable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tradable: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconItemDescription>
        for super::CEconItemDescription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconItemDescription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actions: value.actions?,
                    appid: value.appid?,
                    background_color: value.background_color?,
                    classid: value.classid?,
                    commodity: value.commodity?,
                    contained_item: value.contained_item?,
                    container_properties: value.container_properties?,
                    currency: value.currency?,
                    descriptions: value.descriptions?,
                    fraudwarnings: value.fraudwarnings?,
                    icon_url: value.icon_url?,
                    icon_url_large: value.icon_url_large?,
                    instanceid: value.instanceid?,
                    item_expiration: value.item_expiration?,
                    market_actions: value.market_actions?,
                    market_bucket_group_id: value.market_bucket_group_id?,
                    market_bucket_group_name: value.market_bucket_group_name?,
                    market_buy_country_restriction: value
                        .market_buy_country_restriction?,
                    market_fee: value.market_fee?,
                    market_fee_app: value.market_fee_app?,
                    market_hash_name: value.market_hash_name?,
                    market_marketable_restriction: value.market_marketable_restriction?,
                    market_name: value.market_name?,
                    market_sell_country_restriction: value
                        .market_sell_country_restriction?,
                    market_tradable_restriction: value.market_tradable_restriction?,
                    marketable: value.marketable?,
                    name: value.name?,
                    name_color: value.name_color?,
                    owner_actions: value.owner_actions?,
                    owner_descriptions: value.owner_descriptions?,
                    sealed_type: value.sealed_type?,
                    tags: value.tags?,
                    tradable: value.tradable?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CEconItemDescription> for CEconItemDescription {
            fn from(value: super::CEconItemDescription) -> Self {
                Self {
                    actions: Ok(value.actions),
                    appid: Ok(value.appid),
                    background_color: Ok(value.background_color),
                    classid: Ok(value.classid),
                    commodity: Ok(value.commodity),
                    contained_item: Ok(value.contained_item),
                    container_properties: Ok(value.container_properties),
                    currency: Ok(value.currency),
                    descriptions: Ok(value.descriptions),
                    fraudwarnings: Ok(value.fraudwarnings),
                    icon_url: Ok(value.icon_url),
                    icon_url_large: Ok(value.icon_url_large),
                    instanceid: Ok(value.instanceid),
                    item_expiration: Ok(value.item_expiration),
                    market_actions: Ok(value.market_actions),
                    market_bucket_group_id: Ok(value.market_bucket_group_id),
                    market_bucket_group_name: Ok(value.market_bucket_group_name),
                    market_buy_country_restriction: Ok(
                        value.market_buy_country_restriction,
                    ),
                    market_fee: Ok(value.market_fee),
                    market_fee_app: Ok(value.market_fee_app),
                    market_hash_name: Ok(value.market_hash_name),
                    market_marketable_restriction: Ok(
                        value.market_marketable_restriction,
                    ),
                    market_name: Ok(value.market_name),
                    market_sell_country_restriction: Ok(
                        value.market_sell_country_restriction,
                    ),
                    market_tradable_restriction: Ok(value.market_tradable_restriction),
                    marketable: Ok(value.marketable),
                    name: Ok(value.name),
                    name_color: Ok(value.name_color),
                    owner_actions: Ok(value.owner_actions),
                    owner_descriptions: Ok(value.owner_descriptions),
                    sealed_type: Ok(value.sealed_type),
                    tags: Ok(value.tags),
                    tradable: Ok(value.tradable),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconItemDescriptionLine {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconItemDescriptionLine {
            fn default() -> Self {
                Self {
                    color: Ok(Default::default()),
                    label: Ok(Default::default()),
                    name: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl CEconItemDescriptionLine {
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconItemDescriptionLine>
        for super::CEconItemDescriptionLine {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconItemDescriptionLine,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    label: value.label?,
                    name: value.name?,
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CEconItemDescriptionLine>
        for CEconItemDescriptionLine {
            fn from(value: super::CEconItemDescriptionLine) -> Self {
                Self {
                    color: Ok(value.color),
                    label: Ok(value.label),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CEconItemTag {
            appid: ::std::result::Result<
                ::std::option::Option<u32>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            internal_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            localized_category_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            localized_tag_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CEconItemTag {
            fn default() -> Self {
                Self {
                    appid: Ok(Default::default()),
                    category: Ok(Default::default()),
                    color: Ok(Default::default()),
                    internal_name: Ok(Default::default()),
                    localized_category_name: Ok(Default::default()),
                    localized_tag_name: Ok(Default::default()),
                }
            }
        }
        impl CEconItemTag {
            pub fn appid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.appid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for appid: {e}")
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn internal_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.internal_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for internal_name: {e}")
                    });
                self
            }
            pub fn localized_category_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_category_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_category_name: {e}"
                        )
                    });
                self
            }
            pub fn localized_tag_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_tag_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_tag_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CEconItemTag> for super::CEconItemTag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CEconItemTag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    appid: value.appid?,
                    category: value.category?,
                    color: value.color?,
                    internal_name: value.internal_name?,
                    localized_category_name: value.localized_category_name?,
                    localized_tag_name: value.localized_tag_name?,
                })
            }
        }
        impl ::std::convert::From<super::CEconItemTag> for CEconItemTag {
            fn from(value: super::CEconItemTag) -> Self {
                Self {
                    appid: Ok(value.appid),
                    category: Ok(value.category),
                    color: Ok(value.color),
                    internal_name: Ok(value.internal_name),
                    localized_category_name: Ok(value.localized_category_name),
                    localized_tag_name: Ok(value.localized_tag_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CStoreRegisterCdKeyResponse {
            purchase_receipt_info: ::std::result::Result<
                super::PurchaseReceiptInfo,
                ::std::string::String,
            >,
            purchase_result_details: ::std::result::Result<
                super::EPurchaseResultDetail,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CStoreRegisterCdKeyResponse {
            fn default() -> Self {
                Self {
                    purchase_receipt_info: Err(
                        "no value supplied for purchase_receipt_info".to_string(),
                    ),
                    purchase_result_details: Err(
                        "no value supplied for purchase_result_details".to_string(),
                    ),
                }
            }
        }
        impl CStoreRegisterCdKeyResponse {
            pub fn purchase_receipt_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PurchaseReceiptInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_receipt_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_receipt_info: {e}"
                        )
                    });
                self
            }
            pub fn purchase_result_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EPurchaseResultDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_result_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_result_details: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CStoreRegisterCdKeyResponse>
        for super::CStoreRegisterCdKeyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CStoreRegisterCdKeyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    purchase_receipt_info: value.purchase_receipt_info?,
                    purchase_result_details: value.purchase_result_details?,
                })
            }
        }
        impl ::std::convert::From<super::CStoreRegisterCdKeyResponse>
        for CStoreRegisterCdKeyResponse {
            fn from(value: super::CStoreRegisterCdKeyResponse) -> Self {
                Self {
                    purchase_receipt_info: Ok(value.purchase_receipt_info),
                    purchase_result_details: Ok(value.purchase_result_details),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CardsFarmer {
            current_games_farming: ::std::result::Result<
                ::std::vec::Vec<super::Game>,
                ::std::string::String,
            >,
            games_to_farm: ::std::result::Result<
                ::std::vec::Vec<super::Game>,
                ::std::string::String,
            >,
            now_farming: ::std::result::Result<bool, ::std::string::String>,
            paused: ::std::result::Result<bool, ::std::string::String>,
            time_remaining: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CardsFarmer {
            fn default() -> Self {
                Self {
                    current_games_farming: Err(
                        "no value supplied for current_games_farming".to_string(),
                    ),
                    games_to_farm: Err(
                        "no value supplied for games_to_farm".to_string(),
                    ),
                    now_farming: Err("no value supplied for now_farming".to_string()),
                    paused: Err("no value supplied for paused".to_string()),
                    time_remaining: Err(
                        "no value supplied for time_remaining".to_string(),
                    ),
                }
            }
        }
        impl CardsFarmer {
            pub fn current_games_farming<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Game>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_games_farming = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_games_farming: {e}"
                        )
                    });
                self
            }
            pub fn games_to_farm<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Game>>,
                T::Error: ::std::fmt::Display,
            {
                self.games_to_farm = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for games_to_farm: {e}")
                    });
                self
            }
            pub fn now_farming<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.now_farming = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for now_farming: {e}")
                    });
                self
            }
            pub fn paused<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.paused = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paused: {e}")
                    });
                self
            }
            pub fn time_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.time_remaining = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for time_remaining: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CardsFarmer> for super::CardsFarmer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CardsFarmer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_games_farming: value.current_games_farming?,
                    games_to_farm: value.games_to_farm?,
                    now_farming: value.now_farming?,
                    paused: value.paused?,
                    time_remaining: value.time_remaining?,
                })
            }
        }
        impl ::std::convert::From<super::CardsFarmer> for CardsFarmer {
            fn from(value: super::CardsFarmer) -> Self {
                Self {
                    current_games_farming: Ok(value.current_games_farming),
                    games_to_farm: Ok(value.games_to_farm),
                    now_farming: Ok(value.now_farming),
                    paused: Ok(value.paused),
                    time_remaining: Ok(value.time_remaining),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CommandRequest {
            command: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CommandRequest {
            fn default() -> Self {
                Self {
                    command: Err("no value supplied for command".to_string()),
                }
            }
        }
        impl CommandRequest {
            pub fn command<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.command = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CommandRequest> for super::CommandRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CommandRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { command: value.command? })
            }
        }
        impl ::std::convert::From<super::CommandRequest> for CommandRequest {
            fn from(value: super::CommandRequest) -> Self {
                Self { command: Ok(value.command) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Confirmation {
            creator_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::EMobileConfirmationType,
                ::std::string::String,
            >,
            type_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Confirmation {
            fn default() -> Self {
                Self {
                    creator_id: Err("no value supplied for creator_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    type_name: Ok(Default::default()),
                }
            }
        }
        impl Confirmation {
            pub fn creator_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.creator_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creator_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EMobileConfirmationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn type_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Confirmation> for super::Confirmation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Confirmation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    creator_id: value.creator_id?,
                    id: value.id?,
                    type_: value.type_?,
                    type_name: value.type_name?,
                })
            }
        }
        impl ::std::convert::From<super::Confirmation> for Confirmation {
            fn from(value: super::Confirmation) -> Self {
                Self {
                    creator_id: Ok(value.creator_id),
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                    type_name: Ok(value.type_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Game {
            app_id: ::std::result::Result<u32, ::std::string::String>,
            cards_remaining: ::std::result::Result<u16, ::std::string::String>,
            game_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            hours_played: ::std::result::Result<f32, ::std::string::String>,
        }
        impl ::std::default::Default for Game {
            fn default() -> Self {
                Self {
                    app_id: Err("no value supplied for app_id".to_string()),
                    cards_remaining: Err(
                        "no value supplied for cards_remaining".to_string(),
                    ),
                    game_name: Err("no value supplied for game_name".to_string()),
                    hours_played: Err("no value supplied for hours_played".to_string()),
                }
            }
        }
        impl Game {
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn cards_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.cards_remaining = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cards_remaining: {e}"
                        )
                    });
                self
            }
            pub fn game_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.game_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for game_name: {e}")
                    });
                self
            }
            pub fn hours_played<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.hours_played = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hours_played: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Game> for super::Game {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Game,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_id: value.app_id?,
                    cards_remaining: value.cards_remaining?,
                    game_name: value.game_name?,
                    hours_played: value.hours_played?,
                })
            }
        }
        impl ::std::convert::From<super::Game> for Game {
            fn from(value: super::Game) -> Self {
                Self {
                    app_id: Ok(value.app_id),
                    cards_remaining: Ok(value.cards_remaining),
                    game_name: Ok(value.game_name),
                    hours_played: Ok(value.hours_played),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GamesToRedeemInBackgroundResponse {
            unused_keys: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            used_keys: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GamesToRedeemInBackgroundResponse {
            fn default() -> Self {
                Self {
                    unused_keys: Ok(Default::default()),
                    used_keys: Ok(Default::default()),
                }
            }
        }
        impl GamesToRedeemInBackgroundResponse {
            pub fn unused_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.unused_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unused_keys: {e}")
                    });
                self
            }
            pub fn used_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.used_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used_keys: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GamesToRedeemInBackgroundResponse>
        for super::GamesToRedeemInBackgroundResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GamesToRedeemInBackgroundResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    unused_keys: value.unused_keys?,
                    used_keys: value.used_keys?,
                })
            }
        }
        impl ::std::convert::From<super::GamesToRedeemInBackgroundResponse>
        for GamesToRedeemInBackgroundResponse {
            fn from(value: super::GamesToRedeemInBackgroundResponse) -> Self {
                Self {
                    unused_keys: Ok(value.unused_keys),
                    used_keys: Ok(value.used_keys),
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
        pub struct GenericResponseAnyValue {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseAnyValue {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseAnyValue {
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
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
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
        impl ::std::convert::TryFrom<GenericResponseAnyValue>
        for super::GenericResponseAnyValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseAnyValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseAnyValue>
        for GenericResponseAnyValue {
            fn from(value: super::GenericResponseAnyValue) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseArrayOfConfirmation {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Confirmation>>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseArrayOfConfirmation {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseArrayOfConfirmation {
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
                    ::std::option::Option<::std::vec::Vec<super::Confirmation>>,
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
        impl ::std::convert::TryFrom<GenericResponseArrayOfConfirmation>
        for super::GenericResponseArrayOfConfirmation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseArrayOfConfirmation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseArrayOfConfirmation>
        for GenericResponseArrayOfConfirmation {
            fn from(value: super::GenericResponseArrayOfConfirmation) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseArrayOfPluginInfo {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::PluginInfo>>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseArrayOfPluginInfo {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseArrayOfPluginInfo {
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
                    ::std::option::Option<::std::vec::Vec<super::PluginInfo>>,
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
        impl ::std::convert::TryFrom<GenericResponseArrayOfPluginInfo>
        for super::GenericResponseArrayOfPluginInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseArrayOfPluginInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseArrayOfPluginInfo>
        for GenericResponseArrayOfPluginInfo {
            fn from(value: super::GenericResponseArrayOfPluginInfo) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
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
        pub struct GenericResponseGitHubReleaseResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<super::GitHubReleaseResponse>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseGitHubReleaseResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseGitHubReleaseResponse {
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
                    ::std::option::Option<super::GitHubReleaseResponse>,
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
        impl ::std::convert::TryFrom<GenericResponseGitHubReleaseResponse>
        for super::GenericResponseGitHubReleaseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseGitHubReleaseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseGitHubReleaseResponse>
        for GenericResponseGitHubReleaseResponse {
            fn from(value: super::GenericResponseGitHubReleaseResponse) -> Self {
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
        pub struct GenericResponseMapOfBoolean {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, bool>,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfBoolean {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfBoolean {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<::std::string::String, bool>,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfBoolean>
        for super::GenericResponseMapOfBoolean {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfBoolean,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfBoolean>
        for GenericResponseMapOfBoolean {
            fn from(value: super::GenericResponseMapOfBoolean) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfBot {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, super::Bot>,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfBot {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfBot {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<::std::string::String, super::Bot>,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfBot>
        for super::GenericResponseMapOfBot {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfBot,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfBot>
        for GenericResponseMapOfBot {
            fn from(value: super::GenericResponseMapOfBot) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfBotAddLicenseResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::BotAddLicenseResponse,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfBotAddLicenseResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfBotAddLicenseResponse {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::BotAddLicenseResponse,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfBotAddLicenseResponse>
        for super::GenericResponseMapOfBotAddLicenseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfBotAddLicenseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfBotAddLicenseResponse>
        for GenericResponseMapOfBotAddLicenseResponse {
            fn from(value: super::GenericResponseMapOfBotAddLicenseResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfBotInventoryResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::BotInventoryResponse,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfBotInventoryResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfBotInventoryResponse {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::BotInventoryResponse,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfBotInventoryResponse>
        for super::GenericResponseMapOfBotInventoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfBotInventoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfBotInventoryResponse>
        for GenericResponseMapOfBotInventoryResponse {
            fn from(value: super::GenericResponseMapOfBotInventoryResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfBotRemoveLicenseResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::BotRemoveLicenseResponse,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfBotRemoveLicenseResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfBotRemoveLicenseResponse {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::BotRemoveLicenseResponse,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfBotRemoveLicenseResponse>
        for super::GenericResponseMapOfBotRemoveLicenseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfBotRemoveLicenseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfBotRemoveLicenseResponse>
        for GenericResponseMapOfBotRemoveLicenseResponse {
            fn from(value: super::GenericResponseMapOfBotRemoveLicenseResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfEResult {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, super::EResult>,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfEResult {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfEResult {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::EResult,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfEResult>
        for super::GenericResponseMapOfEResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfEResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfEResult>
        for GenericResponseMapOfEResult {
            fn from(value: super::GenericResponseMapOfEResult) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfGamesToRedeemInBackgroundResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::GamesToRedeemInBackgroundResponse,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default
        for GenericResponseMapOfGamesToRedeemInBackgroundResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfGamesToRedeemInBackgroundResponse {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::GamesToRedeemInBackgroundResponse,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<
            GenericResponseMapOfGamesToRedeemInBackgroundResponse,
        > for super::GenericResponseMapOfGamesToRedeemInBackgroundResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfGamesToRedeemInBackgroundResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<
            super::GenericResponseMapOfGamesToRedeemInBackgroundResponse,
        > for GenericResponseMapOfGamesToRedeemInBackgroundResponse {
            fn from(
                value: super::GenericResponseMapOfGamesToRedeemInBackgroundResponse,
            ) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfGenericResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::GenericResponse,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfGenericResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfGenericResponse {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::GenericResponse,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfGenericResponse>
        for super::GenericResponseMapOfGenericResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfGenericResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfGenericResponse>
        for GenericResponseMapOfGenericResponse {
            fn from(value: super::GenericResponseMapOfGenericResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfGenericResponseArrayOfConfirmation {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::GenericResponseArrayOfConfirmation,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default
        for GenericResponseMapOfGenericResponseArrayOfConfirmation {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfGenericResponseArrayOfConfirmation {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::GenericResponseArrayOfConfirmation,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<
            GenericResponseMapOfGenericResponseArrayOfConfirmation,
        > for super::GenericResponseMapOfGenericResponseArrayOfConfirmation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfGenericResponseArrayOfConfirmation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<
            super::GenericResponseMapOfGenericResponseArrayOfConfirmation,
        > for GenericResponseMapOfGenericResponseArrayOfConfirmation {
            fn from(
                value: super::GenericResponseMapOfGenericResponseArrayOfConfirmation,
            ) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfGenericResponseString {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::GenericResponseString,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfGenericResponseString {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfGenericResponseString {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::GenericResponseString,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfGenericResponseString>
        for super::GenericResponseMapOfGenericResponseString {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfGenericResponseString,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfGenericResponseString>
        for GenericResponseMapOfGenericResponseString {
            fn from(value: super::GenericResponseMapOfGenericResponseString) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::option::Option<super::CStoreRegisterCdKeyResponse>,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default
        for GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<
                                ::std::string::String,
                                ::std::option::Option<super::CStoreRegisterCdKeyResponse>,
                            >,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<
            GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse,
        > for super::GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<
            super::GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse,
        > for GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse {
            fn from(
                value: super::GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse,
            ) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfMapOfString {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfMapOfString {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfMapOfString {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<
                                ::std::string::String,
                                ::std::string::String,
                            >,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfMapOfString>
        for super::GenericResponseMapOfMapOfString {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfMapOfString,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfMapOfString>
        for GenericResponseMapOfMapOfString {
            fn from(value: super::GenericResponseMapOfMapOfString) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfNullableMapOfInventoryAppData {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::option::Option<
                            ::std::collections::HashMap<
                                ::std::string::String,
                                super::InventoryAppData,
                            >,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default
        for GenericResponseMapOfNullableMapOfInventoryAppData {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfNullableMapOfInventoryAppData {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::option::Option<
                                ::std::collections::HashMap<
                                    ::std::string::String,
                                    super::InventoryAppData,
                                >,
                            >,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfNullableMapOfInventoryAppData>
        for super::GenericResponseMapOfNullableMapOfInventoryAppData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfNullableMapOfInventoryAppData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<
            super::GenericResponseMapOfNullableMapOfInventoryAppData,
        > for GenericResponseMapOfNullableMapOfInventoryAppData {
            fn from(
                value: super::GenericResponseMapOfNullableMapOfInventoryAppData,
            ) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericResponseMapOfString {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseMapOfString {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseMapOfString {
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
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
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
        impl ::std::convert::TryFrom<GenericResponseMapOfString>
        for super::GenericResponseMapOfString {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseMapOfString,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseMapOfString>
        for GenericResponseMapOfString {
            fn from(value: super::GenericResponseMapOfString) -> Self {
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
        pub struct GenericResponseTypeResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::std::option::Option<super::TypeResponse>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GenericResponseTypeResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    result: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl GenericResponseTypeResponse {
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
                T: ::std::convert::TryInto<::std::option::Option<super::TypeResponse>>,
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
        impl ::std::convert::TryFrom<GenericResponseTypeResponse>
        for super::GenericResponseTypeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericResponseTypeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GenericResponseTypeResponse>
        for GenericResponseTypeResponse {
            fn from(value: super::GenericResponseTypeResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GitHubReleaseResponse {
            changelog_html: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            released_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stable: ::std::result::Result<bool, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for GitHubReleaseResponse {
            fn default() -> Self {
                Self {
                    changelog_html: Err(
                        "no value supplied for changelog_html".to_string(),
                    ),
                    released_at: Err("no value supplied for released_at".to_string()),
                    stable: Err("no value supplied for stable".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl GitHubReleaseResponse {
            pub fn changelog_html<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.changelog_html = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for changelog_html: {e}"
                        )
                    });
                self
            }
            pub fn released_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.released_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for released_at: {e}")
                    });
                self
            }
            pub fn stable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.stable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stable: {e}")
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
        impl ::std::convert::TryFrom<GitHubReleaseResponse>
        for super::GitHubReleaseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GitHubReleaseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    changelog_html: value.changelog_html?,
                    released_at: value.released_at?,
                    stable: value.stable?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::GitHubReleaseResponse>
        for GitHubReleaseResponse {
            fn from(value: super::GitHubReleaseResponse) -> Self {
                Self {
                    changelog_html: Ok(value.changelog_html),
                    released_at: Ok(value.released_at),
                    stable: Ok(value.stable),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GlobalConfig {
            auto_restart: ::std::result::Result<bool, ::std::string::String>,
            blacklist: ::std::result::Result<
                ::std::vec::Vec<::std::num::NonZeroU32>,
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
            connection_timeout: ::std::result::Result<
                ::std::num::NonZeroU8,
                ::std::string::String,
            >,
            current_culture: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            debug: ::std::result::Result<bool, ::std::string::String>,
            default_bot: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            farming_delay: ::std::result::Result<
                ::std::num::NonZeroU8,
                ::std::string::String,
            >,
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
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            login_limiter_delay: ::std::result::Result<u8, ::std::string::String>,
            max_farming_time: ::std::result::Result<
                ::std::num::NonZeroU8,
                ::std::string::String,
            >,
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
                ::std::option::Option<super::GlobalConfigSteamMessagePrefix>,
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
                    blacklist: Ok(Default::default()),
                    command_prefix: Ok(super::defaults::global_config_command_prefix()),
                    confirmations_limiter_delay: Ok(
                        super::defaults::default_u64::<u8, 10>(),
                    ),
                    connection_timeout: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU8, 90>(),
                    ),
                    current_culture: Ok(Default::default()),
                    debug: Ok(Default::default()),
                    default_bot: Ok(Default::default()),
                    farming_delay: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU8, 15>(),
                    ),
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
                    max_farming_time: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU8, 10>(),
                    ),
                    max_trade_hold_duration: Ok(
                        super::defaults::default_u64::<u8, 15>(),
                    ),
                    min_farming_delay_after_block: Ok(
                        super::defaults::default_u64::<u8, 60>(),
                    ),
                    optimization_mode: Ok(
                        super::defaults::global_config_optimization_mode(),
                    ),
                    plugins_update_list: Ok(Default::default()),
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
                T: ::std::convert::TryInto<::std::vec::Vec<::std::num::NonZeroU32>>,
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
                T: ::std::convert::TryInto<::std::num::NonZeroU8>,
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
                T: ::std::convert::TryInto<::std::num::NonZeroU8>,
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
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
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
                T: ::std::convert::TryInto<::std::num::NonZeroU8>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GlobalConfigSteamMessagePrefix>,
                >,
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
        pub struct GlobalConfigExtension {
            steam_token_dumper_plugin: ::std::result::Result<
                ::std::option::Option<super::SteamTokenDumperConfig>,
                ::std::string::String,
            >,
            steam_token_dumper_plugin_enabled: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GlobalConfigExtension {
            fn default() -> Self {
                Self {
                    steam_token_dumper_plugin: Ok(Default::default()),
                    steam_token_dumper_plugin_enabled: Err(
                        "no value supplied for steam_token_dumper_plugin_enabled"
                            .to_string(),
                    ),
                }
            }
        }
        impl GlobalConfigExtension {
            pub fn steam_token_dumper_plugin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SteamTokenDumperConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.steam_token_dumper_plugin = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_token_dumper_plugin: {e}"
                        )
                    });
                self
            }
            pub fn steam_token_dumper_plugin_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.steam_token_dumper_plugin_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steam_token_dumper_plugin_enabled: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GlobalConfigExtension>
        for super::GlobalConfigExtension {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlobalConfigExtension,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    steam_token_dumper_plugin: value.steam_token_dumper_plugin?,
                    steam_token_dumper_plugin_enabled: value
                        .steam_token_dumper_plugin_enabled?,
                })
            }
        }
        impl ::std::convert::From<super::GlobalConfigExtension>
        for GlobalConfigExtension {
            fn from(value: super::GlobalConfigExtension) -> Self {
                Self {
                    steam_token_dumper_plugin: Ok(value.steam_token_dumper_plugin),
                    steam_token_dumper_plugin_enabled: Ok(
                        value.steam_token_dumper_plugin_enabled,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HealthCheckResponse {
            status: ::std::result::Result<super::HealthStatus, ::std::string::String>,
            status_text: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HealthCheckResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                    status_text: Err("no value supplied for status_text".to_string()),
                }
            }
        }
        impl HealthCheckResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::HealthStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn status_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HealthCheckResponse>
        for super::HealthCheckResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HealthCheckResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    status_text: value.status_text?,
                })
            }
        }
        impl ::std::convert::From<super::HealthCheckResponse> for HealthCheckResponse {
            fn from(value: super::HealthCheckResponse) -> Self {
                Self {
                    status: Ok(value.status),
                    status_text: Ok(value.status_text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InventoryAppData {
            appid: ::std::result::Result<u32, ::std::string::String>,
            asset_count: ::std::result::Result<u32, ::std::string::String>,
            icon: ::std::result::Result<::std::string::String, ::std::string::String>,
            inventory_logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            link: ::std::result::Result<::std::string::String, ::std::string::String>,
            load_failed: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner_only: ::std::result::Result<bool, ::std::string::String>,
            rg_contexts: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::InventoryContextData,
                >,
                ::std::string::String,
            >,
            store_vetted: ::std::result::Result<bool, ::std::string::String>,
            trade_permissions: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InventoryAppData {
            fn default() -> Self {
                Self {
                    appid: Err("no value supplied for appid".to_string()),
                    asset_count: Err("no value supplied for asset_count".to_string()),
                    icon: Err("no value supplied for icon".to_string()),
                    inventory_logo: Ok(Default::default()),
                    link: Err("no value supplied for link".to_string()),
                    load_failed: Err("no value supplied for load_failed".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    owner_only: Err("no value supplied for owner_only".to_string()),
                    rg_contexts: Err("no value supplied for rg_contexts".to_string()),
                    store_vetted: Err("no value supplied for store_vetted".to_string()),
                    trade_permissions: Err(
                        "no value supplied for trade_permissions".to_string(),
                    ),
                }
            }
        }
        impl InventoryAppData {
            pub fn appid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.appid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for appid: {e}")
                    });
                self
            }
            pub fn asset_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.asset_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asset_count: {e}")
                    });
                self
            }
            pub fn icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for icon: {e}")
                    });
                self
            }
            pub fn inventory_logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inventory_logo = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inventory_logo: {e}"
                        )
                    });
                self
            }
            pub fn link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link: {e}")
                    });
                self
            }
            pub fn load_failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.load_failed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for load_failed: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn owner_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_only: {e}")
                    });
                self
            }
            pub fn rg_contexts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::InventoryContextData,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.rg_contexts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rg_contexts: {e}")
                    });
                self
            }
            pub fn store_vetted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.store_vetted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for store_vetted: {e}")
                    });
                self
            }
            pub fn trade_permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.trade_permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trade_permissions: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InventoryAppData> for super::InventoryAppData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryAppData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    appid: value.appid?,
                    asset_count: value.asset_count?,
                    icon: value.icon?,
                    inventory_logo: value.inventory_logo?,
                    link: value.link?,
                    load_failed: value.load_failed?,
                    name: value.name?,
                    owner_only: value.owner_only?,
                    rg_contexts: value.rg_contexts?,
                    store_vetted: value.store_vetted?,
                    trade_permissions: value.trade_permissions?,
                })
            }
        }
        impl ::std::convert::From<super::InventoryAppData> for InventoryAppData {
            fn from(value: super::InventoryAppData) -> Self {
                Self {
                    appid: Ok(value.appid),
                    asset_count: Ok(value.asset_count),
                    icon: Ok(value.icon),
                    inventory_logo: Ok(value.inventory_logo),
                    link: Ok(value.link),
                    load_failed: Ok(value.load_failed),
                    name: Ok(value.name),
                    owner_only: Ok(value.owner_only),
                    rg_contexts: Ok(value.rg_contexts),
                    store_vetted: Ok(value.store_vetted),
                    trade_permissions: Ok(value.trade_permissions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InventoryContextData {
            asset_count: ::std::result::Result<u32, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InventoryContextData {
            fn default() -> Self {
                Self {
                    asset_count: Err("no value supplied for asset_count".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl InventoryContextData {
            pub fn asset_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.asset_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asset_count: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InventoryContextData>
        for super::InventoryContextData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryContextData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    asset_count: value.asset_count?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::InventoryContextData> for InventoryContextData {
            fn from(value: super::InventoryContextData) -> Self {
                Self {
                    asset_count: Ok(value.asset_count),
                    id: Ok(value.id),
                    name: Ok(value.name),
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
        pub struct MobileAuthenticator {
            identity_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            shared_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MobileAuthenticator {
            fn default() -> Self {
                Self {
                    identity_secret: Err(
                        "no value supplied for identity_secret".to_string(),
                    ),
                    shared_secret: Err("no value supplied for shared_secret".to_string()),
                }
            }
        }
        impl MobileAuthenticator {
            pub fn identity_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.identity_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for identity_secret: {e}"
                        )
                    });
                self
            }
            pub fn shared_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.shared_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shared_secret: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MobileAuthenticator>
        for super::MobileAuthenticator {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MobileAuthenticator,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    identity_secret: value.identity_secret?,
                    shared_secret: value.shared_secret?,
                })
            }
        }
        impl ::std::convert::From<super::MobileAuthenticator> for MobileAuthenticator {
            fn from(value: super::MobileAuthenticator) -> Self {
                Self {
                    identity_secret: Ok(value.identity_secret),
                    shared_secret: Ok(value.shared_secret),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PluginInfo {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PluginInfo {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl PluginInfo {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
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
        impl ::std::convert::TryFrom<PluginInfo> for super::PluginInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PluginInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::PluginInfo> for PluginInfo {
            fn from(value: super::PluginInfo) -> Self {
                Self {
                    name: Ok(value.name),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PluginUpdateRequest {
            channel: ::std::result::Result<
                ::std::option::Option<super::EUpdateChannel>,
                ::std::string::String,
            >,
            forced: ::std::result::Result<bool, ::std::string::String>,
            plugins: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PluginUpdateRequest {
            fn default() -> Self {
                Self {
                    channel: Ok(Default::default()),
                    forced: Ok(Default::default()),
                    plugins: Ok(Default::default()),
                }
            }
        }
        impl PluginUpdateRequest {
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EUpdateChannel>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn forced<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.forced = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for forced: {e}")
                    });
                self
            }
            pub fn plugins<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.plugins = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for plugins: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PluginUpdateRequest>
        for super::PluginUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PluginUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel: value.channel?,
                    forced: value.forced?,
                    plugins: value.plugins?,
                })
            }
        }
        impl ::std::convert::From<super::PluginUpdateRequest> for PluginUpdateRequest {
            fn from(value: super::PluginUpdateRequest) -> Self {
                Self {
                    channel: Ok(value.channel),
                    forced: Ok(value.forced),
                    plugins: Ok(value.plugins),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PurchaseLineItem {
            appid: ::std::result::Result<u32, ::std::string::String>,
            line_item_description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            packageid: ::std::result::Result<u32, ::std::string::String>,
        }
        impl ::std::default::Default for PurchaseLineItem {
            fn default() -> Self {
                Self {
                    appid: Err("no value supplied for appid".to_string()),
                    line_item_description: Err(
                        "no value supplied for line_item_description".to_string(),
                    ),
                    packageid: Err("no value supplied for packageid".to_string()),
                }
            }
        }
        impl PurchaseLineItem {
            pub fn appid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.appid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for appid: {e}")
                    });
                self
            }
            pub fn line_item_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.line_item_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for line_item_description: {e}"
                        )
                    });
                self
            }
            pub fn packageid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.packageid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for packageid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PurchaseLineItem> for super::PurchaseLineItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PurchaseLineItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    appid: value.appid?,
                    line_item_description: value.line_item_description?,
                    packageid: value.packageid?,
                })
            }
        }
        impl ::std::convert::From<super::PurchaseLineItem> for PurchaseLineItem {
            fn from(value: super::PurchaseLineItem) -> Self {
                Self {
                    appid: Ok(value.appid),
                    line_item_description: Ok(value.line_item_description),
                    packageid: Ok(value.packageid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PurchaseReceiptInfo {
            line_items: ::std::result::Result<
                ::std::vec::Vec<super::PurchaseLineItem>,
                ::std::string::String,
            >,
            purchase_status: ::std::result::Result<i32, ::std::string::String>,
            result_detail: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for PurchaseReceiptInfo {
            fn default() -> Self {
                Self {
                    line_items: Err("no value supplied for line_items".to_string()),
                    purchase_status: Err(
                        "no value supplied for purchase_status".to_string(),
                    ),
                    result_detail: Err("no value supplied for result_detail".to_string()),
                }
            }
        }
        impl PurchaseReceiptInfo {
            pub fn line_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PurchaseLineItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_items: {e}")
                    });
                self
            }
            pub fn purchase_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_status: {e}"
                        )
                    });
                self
            }
            pub fn result_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.result_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_detail: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PurchaseReceiptInfo>
        for super::PurchaseReceiptInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PurchaseReceiptInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    line_items: value.line_items?,
                    purchase_status: value.purchase_status?,
                    result_detail: value.result_detail?,
                })
            }
        }
        impl ::std::convert::From<super::PurchaseReceiptInfo> for PurchaseReceiptInfo {
            fn from(value: super::PurchaseReceiptInfo) -> Self {
                Self {
                    line_items: Ok(value.line_items),
                    purchase_status: Ok(value.purchase_status),
                    result_detail: Ok(value.result_detail),
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
        #[derive(Clone, Debug)]
        pub struct SteamTokenDumperConfig {
            enabled: ::std::result::Result<bool, ::std::string::String>,
            secret_app_i_ds: ::std::result::Result<
                ::std::vec::Vec<u32>,
                ::std::string::String,
            >,
            secret_depot_i_ds: ::std::result::Result<
                ::std::vec::Vec<u32>,
                ::std::string::String,
            >,
            secret_package_i_ds: ::std::result::Result<
                ::std::vec::Vec<u32>,
                ::std::string::String,
            >,
            skip_auto_grant_packages: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for SteamTokenDumperConfig {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    secret_app_i_ds: Ok(Default::default()),
                    secret_depot_i_ds: Ok(Default::default()),
                    secret_package_i_ds: Ok(Default::default()),
                    skip_auto_grant_packages: Ok(super::defaults::default_bool::<true>()),
                }
            }
        }
        impl SteamTokenDumperConfig {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn secret_app_i_ds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_app_i_ds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_app_i_ds: {e}"
                        )
                    });
                self
            }
            pub fn secret_depot_i_ds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_depot_i_ds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_depot_i_ds: {e}"
                        )
                    });
                self
            }
            pub fn secret_package_i_ds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_package_i_ds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_package_i_ds: {e}"
                        )
                    });
                self
            }
            pub fn skip_auto_grant_packages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.skip_auto_grant_packages = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for skip_auto_grant_packages: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SteamTokenDumperConfig>
        for super::SteamTokenDumperConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SteamTokenDumperConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    secret_app_i_ds: value.secret_app_i_ds?,
                    secret_depot_i_ds: value.secret_depot_i_ds?,
                    secret_package_i_ds: value.secret_package_i_ds?,
                    skip_auto_grant_packages: value.skip_auto_grant_packages?,
                })
            }
        }
        impl ::std::convert::From<super::SteamTokenDumperConfig>
        for SteamTokenDumperConfig {
            fn from(value: super::SteamTokenDumperConfig) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    secret_app_i_ds: Ok(value.secret_app_i_ds),
                    secret_depot_i_ds: Ok(value.secret_depot_i_ds),
                    secret_package_i_ds: Ok(value.secret_package_i_ds),
                    skip_auto_grant_packages: Ok(value.skip_auto_grant_packages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TwoFactorAuthenticationConfirmationsRequest {
            accept: ::std::result::Result<bool, ::std::string::String>,
            accepted_creator_i_ds: ::std::result::Result<
                ::std::vec::Vec<u64>,
                ::std::string::String,
            >,
            accepted_type: ::std::result::Result<
                ::std::option::Option<super::EMobileConfirmationType>,
                ::std::string::String,
            >,
            s_accepted_creator_i_ds: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            wait_if_needed: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for TwoFactorAuthenticationConfirmationsRequest {
            fn default() -> Self {
                Self {
                    accept: Err("no value supplied for accept".to_string()),
                    accepted_creator_i_ds: Ok(Default::default()),
                    accepted_type: Ok(Default::default()),
                    s_accepted_creator_i_ds: Ok(Default::default()),
                    wait_if_needed: Ok(Default::default()),
                }
            }
        }
        impl TwoFactorAuthenticationConfirmationsRequest {
            pub fn accept<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.accept = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accept: {e}")
                    });
                self
            }
            pub fn accepted_creator_i_ds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_creator_i_ds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_creator_i_ds: {e}"
                        )
                    });
                self
            }
            pub fn accepted_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EMobileConfirmationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accepted_type: {e}")
                    });
                self
            }
            pub fn s_accepted_creator_i_ds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.s_accepted_creator_i_ds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for s_accepted_creator_i_ds: {e}"
                        )
                    });
                self
            }
            pub fn wait_if_needed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.wait_if_needed = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for wait_if_needed: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TwoFactorAuthenticationConfirmationsRequest>
        for super::TwoFactorAuthenticationConfirmationsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TwoFactorAuthenticationConfirmationsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accept: value.accept?,
                    accepted_creator_i_ds: value.accepted_creator_i_ds?,
                    accepted_type: value.accepted_type?,
                    s_accepted_creator_i_ds: value.s_accepted_creator_i_ds?,
                    wait_if_needed: value.wait_if_needed?,
                })
            }
        }
        impl ::std::convert::From<super::TwoFactorAuthenticationConfirmationsRequest>
        for TwoFactorAuthenticationConfirmationsRequest {
            fn from(value: super::TwoFactorAuthenticationConfirmationsRequest) -> Self {
                Self {
                    accept: Ok(value.accept),
                    accepted_creator_i_ds: Ok(value.accepted_creator_i_ds),
                    accepted_type: Ok(value.accepted_type),
                    s_accepted_creator_i_ds: Ok(value.s_accepted_creator_i_ds),
                    wait_if_needed: Ok(value.wait_if_needed),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TypeProperties {
            base_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_attributes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            underlying_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TypeProperties {
            fn default() -> Self {
                Self {
                    base_type: Ok(Default::default()),
                    custom_attributes: Ok(Default::default()),
                    underlying_type: Ok(Default::default()),
                }
            }
        }
        impl TypeProperties {
            pub fn base_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.base_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for base_type: {e}")
                    });
                self
            }
            pub fn custom_attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_attributes: {e}"
                        )
                    });
                self
            }
            pub fn underlying_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.underlying_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for underlying_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TypeProperties> for super::TypeProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TypeProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_type: value.base_type?,
                    custom_attributes: value.custom_attributes?,
                    underlying_type: value.underlying_type?,
                })
            }
        }
        impl ::std::convert::From<super::TypeProperties> for TypeProperties {
            fn from(value: super::TypeProperties) -> Self {
                Self {
                    base_type: Ok(value.base_type),
                    custom_attributes: Ok(value.custom_attributes),
                    underlying_type: Ok(value.underlying_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TypeResponse {
            body: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            properties: ::std::result::Result<
                super::TypeProperties,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TypeResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    properties: Err("no value supplied for properties".to_string()),
                }
            }
        }
        impl TypeResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TypeProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TypeResponse> for super::TypeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TypeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    properties: value.properties?,
                })
            }
        }
        impl ::std::convert::From<super::TypeResponse> for TypeResponse {
            fn from(value: super::TypeResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    properties: Ok(value.properties),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateRequest {
            channel: ::std::result::Result<
                ::std::option::Option<super::EUpdateChannel>,
                ::std::string::String,
            >,
            forced: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateRequest {
            fn default() -> Self {
                Self {
                    channel: Ok(Default::default()),
                    forced: Ok(Default::default()),
                }
            }
        }
        impl UpdateRequest {
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EUpdateChannel>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn forced<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.forced = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for forced: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateRequest> for super::UpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel: value.channel?,
                    forced: value.forced?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateRequest> for UpdateRequest {
            fn from(value: super::UpdateRequest) -> Self {
                Self {
                    channel: Ok(value.channel),
                    forced: Ok(value.forced),
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
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<
                ::std::num::NonZeroU64,
            >>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
        pub(super) fn bot_config_bot_behaviour() -> super::EBotBehaviour {
            super::EBotBehaviour(0_i64)
        }
        pub(super) fn bot_config_farming_preferences() -> super::EFarmingPreferences {
            super::EFarmingPreferences(0_i64)
        }
        pub(super) fn bot_config_gaming_device_type() -> super::EGamingDeviceType {
            super::EGamingDeviceType(1_i32)
        }
        pub(super) fn bot_config_lootable_types() -> ::std::vec::Vec<super::EAssetType> {
            vec![
                super::EAssetType(1_u8), super::EAssetType(3_u8), super::EAssetType(5_u8)
            ]
        }
        pub(super) fn bot_config_matchable_types() -> ::std::vec::Vec<
            super::EAssetType,
        > {
            vec![super::EAssetType(5_u8)]
        }
        pub(super) fn bot_config_online_flags() -> super::EPersonaStateFlag {
            super::EPersonaStateFlag(0_i64)
        }
        pub(super) fn bot_config_online_status() -> super::EPersonaState {
            super::EPersonaState(1_i32)
        }
        pub(super) fn bot_config_password_format() -> super::ECryptoMethod {
            super::ECryptoMethod(0_u8)
        }
        pub(super) fn bot_config_redeeming_preferences() -> super::ERedeemingPreferences {
            super::ERedeemingPreferences(0_i64)
        }
        pub(super) fn bot_config_remote_communication() -> super::ERemoteCommunication {
            super::ERemoteCommunication(3_i64)
        }
        pub(super) fn bot_config_trading_preferences() -> super::ETradingPreferences {
            super::ETradingPreferences(0_i64)
        }
        pub(super) fn bot_config_transferable_types() -> ::std::vec::Vec<
            super::EAssetType,
        > {
            vec![
                super::EAssetType(1_u8), super::EAssetType(3_u8), super::EAssetType(5_u8)
            ]
        }
        pub(super) fn bot_config_user_interface_mode() -> super::EuiMode {
            super::EuiMode(0_i32)
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
        pub(super) fn global_config_plugins_update_mode() -> super::EPluginsUpdateMode {
            super::EPluginsUpdateMode(0_u8)
        }
        pub(super) fn global_config_steam_message_prefix() -> ::std::option::Option<
            super::GlobalConfigSteamMessagePrefix,
        > {
            ::std::option::Option::Some(
                super::GlobalConfigSteamMessagePrefix("/me ".to_string()),
            )
        }
        pub(super) fn global_config_steam_protocols() -> super::ProtocolTypes {
            super::ProtocolTypes(7_i64)
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
    /**Updates ASF's global config

Replaces `config/ASF.json`. Properties left out take their defaults, except `IPCPassword`, `LicenseID` and `WebProxyPassword`, which keep their current values unless sent (send `null` to clear one); unknown properties of the current file are kept. The core then restarts with the new config and `ProcessStartTime` moves forward.

Sends a `POST` request to `/Api/ASF`

```ignore
let response = client.asf_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn asf_post(&self) -> builder::AsfPost<'_> {
        builder::AsfPost::new(self)
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
    /**Makes ASF shut down itself

Sends a `POST` request to `/Api/ASF/Exit`

```ignore
let response = client.asf_exit_post()
    .send()
    .await;
```*/
    pub fn asf_exit_post(&self) -> builder::AsfExitPost<'_> {
        builder::AsfExitPost::new(self)
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
    /**Makes ASF restart itself

Sends a `POST` request to `/Api/ASF/Restart`

```ignore
let response = client.asf_restart_post()
    .send()
    .await;
```*/
    pub fn asf_restart_post(&self) -> builder::AsfRestartPost<'_> {
        builder::AsfRestartPost::new(self)
    }
    /**Makes ASF update itself

Sends a `POST` request to `/Api/ASF/Update`

```ignore
let response = client.asf_update_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn asf_update_post(&self) -> builder::AsfUpdatePost<'_> {
        builder::AsfUpdatePost::new(self)
    }
    /**Fetches common info related to given bots

No bot matching the selector is not an error: the result is then empty.

Sends a `GET` request to `/Api/Bot/{botNames}`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_get()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_get(&self) -> builder::BotGet<'_> {
        builder::BotGet::new(self)
    }
    /**Updates bot config of given bot

Writes `config/<name>.json` for every comma-separated name. For a bot that exists, `SteamLogin`, `SteamPassword` (with its `PasswordFormat`), `SteamParentalCode`, `WebProxyPassword` and unknown properties keep their current values unless sent.

Sends a `POST` request to `/Api/Bot/{botNames}`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_post(&self) -> builder::BotPost<'_> {
        builder::BotPost::new(self)
    }
    /**Deletes all files related to given bots

Sends a `DELETE` request to `/Api/Bot/{botNames}`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_delete()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_delete(&self) -> builder::BotDelete<'_> {
        builder::BotDelete::new(self)
    }
    /**Adds free licenses on given bots

Sends a `POST` request to `/Api/Bot/{botNames}/AddLicense`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_add_license_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_add_license_post(&self) -> builder::BotAddLicensePost<'_> {
        builder::BotAddLicensePost::new(self)
    }
    /**Fetches games to redeem in background of given bots

Sends a `GET` request to `/Api/Bot/{botNames}/GamesToRedeemInBackground`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_games_to_redeem_in_background_get()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_games_to_redeem_in_background_get(
        &self,
    ) -> builder::BotGamesToRedeemInBackgroundGet<'_> {
        builder::BotGamesToRedeemInBackgroundGet::new(self)
    }
    /**Adds keys to redeem in background on given bots

Sends a `POST` request to `/Api/Bot/{botNames}/GamesToRedeemInBackground`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_games_to_redeem_in_background_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_games_to_redeem_in_background_post(
        &self,
    ) -> builder::BotGamesToRedeemInBackgroundPost<'_> {
        builder::BotGamesToRedeemInBackgroundPost::new(self)
    }
    /**Deletes the output files of the background redeemer of given bots

Sends a `DELETE` request to `/Api/Bot/{botNames}/GamesToRedeemInBackground`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_games_to_redeem_in_background_delete()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_games_to_redeem_in_background_delete(
        &self,
    ) -> builder::BotGamesToRedeemInBackgroundDelete<'_> {
        builder::BotGamesToRedeemInBackgroundDelete::new(self)
    }
    /**Provides input value to given bots for next usage

Sends a `POST` request to `/Api/Bot/{botNames}/Input`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_input_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_input_post(&self) -> builder::BotInputPost<'_> {
        builder::BotInputPost::new(self)
    }
    /**Fetches general inventory information of given bots

Sends a `GET` request to `/Api/Bot/{botNames}/Inventory`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_inventory_get()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_inventory_get(&self) -> builder::BotInventoryGet<'_> {
        builder::BotInventoryGet::new(self)
    }
    /**Fetches specific inventory of given bots

Sends a `GET` request to `/Api/Bot/{botNames}/Inventory/{appID}/{contextID}`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `app_id`
- `context_id`
- `language`: Language of the descriptions.
```ignore
let response = client.bot_inventory_get_specific()
    .bot_names(bot_names)
    .app_id(app_id)
    .context_id(context_id)
    .language(language)
    .send()
    .await;
```*/
    pub fn bot_inventory_get_specific(&self) -> builder::BotInventoryGetSpecific<'_> {
        builder::BotInventoryGetSpecific::new(self)
    }
    /**Pauses given bots

Sends a `POST` request to `/Api/Bot/{botNames}/Pause`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_pause_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_pause_post(&self) -> builder::BotPausePost<'_> {
        builder::BotPausePost::new(self)
    }
    /**Redeems cd-keys on given bot

Sends a `POST` request to `/Api/Bot/{botNames}/Redeem`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_redeem_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_redeem_post(&self) -> builder::BotRedeemPost<'_> {
        builder::BotRedeemPost::new(self)
    }
    /**Redeems points on given bots

Sends a `POST` request to `/Api/Bot/{botNames}/RedeemPoints/{definitionID}`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `definition_id`: Points-shop item definition.
- `forced`: Also buy items that cost points.
```ignore
let response = client.bot_redeem_points_post()
    .bot_names(bot_names)
    .definition_id(definition_id)
    .forced(forced)
    .send()
    .await;
```*/
    pub fn bot_redeem_points_post(&self) -> builder::BotRedeemPointsPost<'_> {
        builder::BotRedeemPointsPost::new(self)
    }
    /**Removes licenses on given bots

Sends a `POST` request to `/Api/Bot/{botNames}/RemoveLicense`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_remove_license_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_remove_license_post(&self) -> builder::BotRemoveLicensePost<'_> {
        builder::BotRemoveLicensePost::new(self)
    }
    /**Resumes given bots

Sends a `POST` request to `/Api/Bot/{botNames}/Resume`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_resume_post()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_resume_post(&self) -> builder::BotResumePost<'_> {
        builder::BotResumePost::new(self)
    }
    /**Starts given bots

Sends a `POST` request to `/Api/Bot/{botNames}/Start`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_start_post()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_start_post(&self) -> builder::BotStartPost<'_> {
        builder::BotStartPost::new(self)
    }
    /**Stops given bots

Sends a `POST` request to `/Api/Bot/{botNames}/Stop`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.bot_stop_post()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_stop_post(&self) -> builder::BotStopPost<'_> {
        builder::BotStopPost::new(self)
    }
    /**Imports a maFile into given bots

Sends a `POST` request to `/Api/Bot/{botNames}/TwoFactorAuthentication`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.two_factor_authentication_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn two_factor_authentication_post(
        &self,
    ) -> builder::TwoFactorAuthenticationPost<'_> {
        builder::TwoFactorAuthenticationPost::new(self)
    }
    /**Deletes the MobileAuthenticator of given bots

Sends a `DELETE` request to `/Api/Bot/{botNames}/TwoFactorAuthentication`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.two_factor_authentication_delete()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn two_factor_authentication_delete(
        &self,
    ) -> builder::TwoFactorAuthenticationDelete<'_> {
        builder::TwoFactorAuthenticationDelete::new(self)
    }
    /**Fetches pending 2FA confirmations of given bots

Sends a `GET` request to `/Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.two_factor_authentication_confirmations_get()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn two_factor_authentication_confirmations_get(
        &self,
    ) -> builder::TwoFactorAuthenticationConfirmationsGet<'_> {
        builder::TwoFactorAuthenticationConfirmationsGet::new(self)
    }
    /**Handles 2FA confirmations of given bots

Sends a `POST` request to `/Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.two_factor_authentication_confirmations_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn two_factor_authentication_confirmations_post(
        &self,
    ) -> builder::TwoFactorAuthenticationConfirmationsPost<'_> {
        builder::TwoFactorAuthenticationConfirmationsPost::new(self)
    }
    /**Fetches 2FA tokens of given bots

Sends a `GET` request to `/Api/Bot/{botNames}/TwoFactorAuthentication/Token`

Arguments:
- `bot_names`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
```ignore
let response = client.two_factor_authentication_token_get()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn two_factor_authentication_token_get(
        &self,
    ) -> builder::TwoFactorAuthenticationTokenGet<'_> {
        builder::TwoFactorAuthenticationTokenGet::new(self)
    }
    /**Renames given bot along with all its related files

`botName` must be one exact bot name. Unlike ASF, a `NewName` whose config, database or key files already exist is refused (`NewName is invalid!`), so a rename never replaces a file.

Sends a `POST` request to `/Api/Bot/{botName}/Rename`

Arguments:
- `bot_name`: Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument
- `body`
```ignore
let response = client.bot_rename_post()
    .bot_name(bot_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_rename_post(&self) -> builder::BotRenamePost<'_> {
        builder::BotRenamePost::new(self)
    }
    /**Executes a command

Sends a `POST` request to `/Api/Command`

```ignore
let response = client.command_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn command_post(&self) -> builder::CommandPost<'_> {
        builder::CommandPost::new(self)
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

A websocket (HTTP/1.1 `GET` with `Upgrade`, or HTTP/2 extended `CONNECT`): the last 20 lines first, then every new line, each as a text frame holding a `GenericResponse<string>`. Send nothing but Close. Any request that is not a websocket handshake, whatever its method, is `400`.

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
- `count`: How many lines to return.
- `last_at`: Line number the page ends before; 0 for the end of the file.
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
    /**Gets active plugins loaded into the process

Sends a `GET` request to `/Api/Plugins`

Arguments:
- `custom`: Include third-party plugins.
- `official`: Include ASF's own plugins.
```ignore
let response = client.plugins_get()
    .custom(custom)
    .official(official)
    .send()
    .await;
```*/
    pub fn plugins_get(&self) -> builder::PluginsGet<'_> {
        builder::PluginsGet::new(self)
    }
    /**Makes ASF update selected plugins

Sends a `POST` request to `/Api/Plugins/Update`

```ignore
let response = client.plugins_update_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn plugins_update_post(&self) -> builder::PluginsUpdatePost<'_> {
        builder::PluginsUpdatePost::new(self)
    }
    /**Fetches the SteamTokenDumper plugin's properties of ASF's global config

Added by ASF's bundled SteamTokenDumper plugin. Answers the properties with their defaults, not in ASF's envelope: the route is there for the schema of `SteamTokenDumperPlugin` and `SteamTokenDumperPluginEnabled` in `ASF.json`.

Sends a `GET` request to `/Api/SteamTokenDumperPlugin/GlobalConfigExtension`

```ignore
let response = client.steam_token_dumper_plugin_global_config_extension_get()
    .send()
    .await;
```*/
    pub fn steam_token_dumper_plugin_global_config_extension_get(
        &self,
    ) -> builder::SteamTokenDumperPluginGlobalConfigExtensionGet<'_> {
        builder::SteamTokenDumperPluginGlobalConfigExtensionGet::new(self)
    }
    /**Loads entry under specified key from ASF's persistent KeyValue JSON storage

Sends a `GET` request to `/Api/Storage/{key}`

```ignore
let response = client.storage_get()
    .key(key)
    .send()
    .await;
```*/
    pub fn storage_get(&self) -> builder::StorageGet<'_> {
        builder::StorageGet::new(self)
    }
    /**Saves entry under specified key in ASF's persistent KeyValue JSON storage

Any JSON value; `null` deletes the key.

Sends a `POST` request to `/Api/Storage/{key}`

```ignore
let response = client.storage_post()
    .key(key)
    .body(body)
    .send()
    .await;
```*/
    pub fn storage_post(&self) -> builder::StoragePost<'_> {
        builder::StoragePost::new(self)
    }
    /**Deletes entry under specified key from ASF's persistent KeyValue JSON storage

Sends a `DELETE` request to `/Api/Storage/{key}`

```ignore
let response = client.storage_delete()
    .key(key)
    .send()
    .await;
```*/
    pub fn storage_delete(&self) -> builder::StorageDelete<'_> {
        builder::StorageDelete::new(self)
    }
    /**Fetches structure of given type

A default instance of the type, e.g. `ArchiSteamFarm.Steam.Storage.BotConfig`.

Sends a `GET` request to `/Api/Structure/{structure}`

```ignore
let response = client.structure_get()
    .structure(structure)
    .send()
    .await;
```*/
    pub fn structure_get(&self) -> builder::StructureGet<'_> {
        builder::StructureGet::new(self)
    }
    /**Fetches type info of given type

Properties (for classes) or members (for enums) of any type of this document, by its .NET full name.

Sends a `GET` request to `/Api/Type/{type}`

```ignore
let response = client.type_get()
    .type_(type_)
    .send()
    .await;
```*/
    pub fn type_get(&self) -> builder::TypeGet<'_> {
        builder::TypeGet::new(self)
    }
    /**Fetches the newest GitHub release of ASF

Sends a `GET` request to `/Api/WWW/GitHub/Release`

```ignore
let response = client.git_hub_release_get()
    .send()
    .await;
```*/
    pub fn git_hub_release_get(&self) -> builder::GitHubReleaseGet<'_> {
        builder::GitHubReleaseGet::new(self)
    }
    /**Fetches a specific GitHub release of ASF

Sends a `GET` request to `/Api/WWW/GitHub/Release/{version}`

Arguments:
- `version`: `latest` or a version `a.b.c.d`.
```ignore
let response = client.git_hub_release_get_specific()
    .version(version)
    .send()
    .await;
```*/
    pub fn git_hub_release_get_specific(&self) -> builder::GitHubReleaseGetSpecific<'_> {
        builder::GitHubReleaseGetSpecific::new(self)
    }
    /**Fetches the history of a wiki page

Sends a `GET` request to `/Api/WWW/GitHub/Wiki/History/{page}`

Arguments:
- `page`: Wiki page name, e.g. `Configuration`.
```ignore
let response = client.git_hub_wiki_history_get()
    .page(page)
    .send()
    .await;
```*/
    pub fn git_hub_wiki_history_get(&self) -> builder::GitHubWikiHistoryGet<'_> {
        builder::GitHubWikiHistoryGet::new(self)
    }
    /**Fetches a wiki page as HTML

Sends a `GET` request to `/Api/WWW/GitHub/Wiki/Page/{page}`

Arguments:
- `page`: Wiki page name, e.g. `Configuration`.
- `revision`
```ignore
let response = client.git_hub_wiki_page_get()
    .page(page)
    .revision(revision)
    .send()
    .await;
```*/
    pub fn git_hub_wiki_page_get(&self) -> builder::GitHubWikiPageGet<'_> {
        builder::GitHubWikiPageGet::new(self)
    }
    /**Serves Prometheus metrics of the process and its bots

The scrape endpoint of ASF's Monitoring plugin: ASF's `asf_*` instruments, HTTP server and process metrics, in Prometheus's text format 0.0.4, or in OpenMetrics 1.0.0 when `Accept` asks for `application/openmetrics-text`. Prometheus can pass the IPC password as the `password` query parameter.

Sends a `GET` request to `/Api/metrics`

```ignore
let response = client.metrics_get()
    .send()
    .await;
```*/
    pub fn metrics_get(&self) -> builder::MetricsGet<'_> {
        builder::MetricsGet::new(self)
    }
    /**Fetches current application's status

Needs no password; answers `GET` (and `HEAD`) only.

Sends a `GET` request to `/HealthCheck`

```ignore
let response = client.health_check_get()
    .send()
    .await;
```*/
    pub fn health_check_get(&self) -> builder::HealthCheckGet<'_> {
        builder::HealthCheckGet::new(self)
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::asf_post`]

[`Client::asf_post`]: super::Client::asf_post*/
    #[derive(Debug, Clone)]
    pub struct AsfPost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AsfRequest, String>,
    }
    impl<'a> AsfPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AsfRequest>,
            <V as std::convert::TryInto<types::AsfRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AsfRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AsfRequest,
            ) -> types::builder::AsfRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/ASF`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::AsfRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "asf_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::asf_exit_post`]

[`Client::asf_exit_post`]: super::Client::asf_exit_post*/
    #[derive(Debug, Clone)]
    pub struct AsfExitPost<'a> {
        client: &'a super::Client,
    }
    impl<'a> AsfExitPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/Api/ASF/Exit`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client } = self;
            let url = format!("{}/Api/ASF/Exit", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "asf_exit_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::asf_restart_post`]

[`Client::asf_restart_post`]: super::Client::asf_restart_post*/
    #[derive(Debug, Clone)]
    pub struct AsfRestartPost<'a> {
        client: &'a super::Client,
    }
    impl<'a> AsfRestartPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/Api/ASF/Restart`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client } = self;
            let url = format!("{}/Api/ASF/Restart", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "asf_restart_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::asf_update_post`]

[`Client::asf_update_post`]: super::Client::asf_update_post*/
    #[derive(Debug, Clone)]
    pub struct AsfUpdatePost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateRequest, String>,
    }
    impl<'a> AsfUpdatePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateRequest>,
            <V as std::convert::TryInto<types::UpdateRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateRequest,
            ) -> types::builder::UpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/ASF/Update`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/ASF/Update", client.baseurl,);
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
                operation_id: "asf_update_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_get`]

[`Client::bot_get`]: super::Client::bot_get*/
    #[derive(Debug, Clone)]
    pub struct BotGet<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Bot/{botNames}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfBot>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}", client.baseurl, encode_path(& bot_names.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_post`]

[`Client::bot_post`]: super::Client::bot_post*/
    #[derive(Debug, Clone)]
    pub struct BotPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotRequest, String>,
    }
    impl<'a> BotPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotRequest>,
            <V as std::convert::TryInto<types::BotRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BotRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotRequest,
            ) -> types::builder::BotRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfBoolean>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::BotRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}", client.baseurl, encode_path(& bot_names.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_delete`]

[`Client::bot_delete`]: super::Client::bot_delete*/
    #[derive(Debug, Clone)]
    pub struct BotDelete<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Api/Bot/{botNames}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}", client.baseurl, encode_path(& bot_names.to_string()),
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
                operation_id: "bot_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_add_license_post`]

[`Client::bot_add_license_post`]: super::Client::bot_add_license_post*/
    #[derive(Debug, Clone)]
    pub struct BotAddLicensePost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotAddLicenseRequest, String>,
    }
    impl<'a> BotAddLicensePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotAddLicenseRequest>,
            <V as std::convert::TryInto<
                types::BotAddLicenseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BotAddLicenseRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotAddLicenseRequest,
            ) -> types::builder::BotAddLicenseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/AddLicense`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfBotAddLicenseResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotAddLicenseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/AddLicense", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_add_license_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_games_to_redeem_in_background_get`]

[`Client::bot_games_to_redeem_in_background_get`]: super::Client::bot_games_to_redeem_in_background_get*/
    #[derive(Debug, Clone)]
    pub struct BotGamesToRedeemInBackgroundGet<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotGamesToRedeemInBackgroundGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Bot/{botNames}/GamesToRedeemInBackground`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfGamesToRedeemInBackgroundResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/GamesToRedeemInBackground", client.baseurl, encode_path(&
                bot_names.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_games_to_redeem_in_background_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_games_to_redeem_in_background_post`]

[`Client::bot_games_to_redeem_in_background_post`]: super::Client::bot_games_to_redeem_in_background_post*/
    #[derive(Debug, Clone)]
    pub struct BotGamesToRedeemInBackgroundPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotGamesToRedeemInBackgroundRequest, String>,
    }
    impl<'a> BotGamesToRedeemInBackgroundPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotGamesToRedeemInBackgroundRequest>,
            <V as std::convert::TryInto<
                types::BotGamesToRedeemInBackgroundRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BotGamesToRedeemInBackgroundRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotGamesToRedeemInBackgroundRequest,
            ) -> types::builder::BotGamesToRedeemInBackgroundRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/GamesToRedeemInBackground`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfMapOfString>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotGamesToRedeemInBackgroundRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/GamesToRedeemInBackground", client.baseurl, encode_path(&
                bot_names.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_games_to_redeem_in_background_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_games_to_redeem_in_background_delete`]

[`Client::bot_games_to_redeem_in_background_delete`]: super::Client::bot_games_to_redeem_in_background_delete*/
    #[derive(Debug, Clone)]
    pub struct BotGamesToRedeemInBackgroundDelete<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotGamesToRedeemInBackgroundDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Api/Bot/{botNames}/GamesToRedeemInBackground`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/GamesToRedeemInBackground", client.baseurl, encode_path(&
                bot_names.to_string()),
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
                operation_id: "bot_games_to_redeem_in_background_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_input_post`]

[`Client::bot_input_post`]: super::Client::bot_input_post*/
    #[derive(Debug, Clone)]
    pub struct BotInputPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotInputRequest, String>,
    }
    impl<'a> BotInputPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotInputRequest>,
            <V as std::convert::TryInto<
                types::BotInputRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BotInputRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotInputRequest,
            ) -> types::builder::BotInputRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Input`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotInputRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Input", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_input_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_inventory_get`]

[`Client::bot_inventory_get`]: super::Client::bot_inventory_get*/
    #[derive(Debug, Clone)]
    pub struct BotInventoryGet<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotInventoryGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Bot/{botNames}/Inventory`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfNullableMapOfInventoryAppData>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Inventory", client.baseurl, encode_path(& bot_names
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_inventory_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_inventory_get_specific`]

[`Client::bot_inventory_get_specific`]: super::Client::bot_inventory_get_specific*/
    #[derive(Debug, Clone)]
    pub struct BotInventoryGetSpecific<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        app_id: Result<u32, String>,
        context_id: Result<u64, String>,
        language: Result<Option<::std::string::String>, String>,
    }
    impl<'a> BotInventoryGetSpecific<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                app_id: Err("app_id was not initialized".to_string()),
                context_id: Err("context_id was not initialized".to_string()),
                language: Ok(None),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u32>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| "conversion to `u32` for app_id failed".to_string());
            self
        }
        pub fn context_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.context_id = value
                .try_into()
                .map_err(|_| "conversion to `u64` for context_id failed".to_string());
            self
        }
        pub fn language<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.language = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for language failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Bot/{botNames}/Inventory/{appID}/{contextID}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfBotInventoryResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, app_id, context_id, language } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let context_id = context_id.map_err(Error::InvalidRequest)?;
            let language = language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Inventory/{}/{}", client.baseurl, encode_path(& bot_names
                .to_string()), encode_path(& app_id.to_string()), encode_path(&
                context_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("language", &language))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_inventory_get_specific",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_pause_post`]

[`Client::bot_pause_post`]: super::Client::bot_pause_post*/
    #[derive(Debug, Clone)]
    pub struct BotPausePost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotPauseRequest, String>,
    }
    impl<'a> BotPausePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotPauseRequest>,
            <V as std::convert::TryInto<
                types::BotPauseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BotPauseRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotPauseRequest,
            ) -> types::builder::BotPauseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Pause`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotPauseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Pause", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_pause_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_redeem_post`]

[`Client::bot_redeem_post`]: super::Client::bot_redeem_post*/
    #[derive(Debug, Clone)]
    pub struct BotRedeemPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotRedeemRequest, String>,
    }
    impl<'a> BotRedeemPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotRedeemRequest>,
            <V as std::convert::TryInto<
                types::BotRedeemRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BotRedeemRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotRedeemRequest,
            ) -> types::builder::BotRedeemRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Redeem`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                types::GenericResponseMapOfMapOfNullableCStoreRegisterCdKeyResponse,
            >,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotRedeemRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Redeem", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_redeem_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_redeem_points_post`]

[`Client::bot_redeem_points_post`]: super::Client::bot_redeem_points_post*/
    #[derive(Debug, Clone)]
    pub struct BotRedeemPointsPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        definition_id: Result<u32, String>,
        forced: Result<Option<bool>, String>,
    }
    impl<'a> BotRedeemPointsPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                definition_id: Err("definition_id was not initialized".to_string()),
                forced: Ok(None),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn definition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u32>,
        {
            self.definition_id = value
                .try_into()
                .map_err(|_| "conversion to `u32` for definition_id failed".to_string());
            self
        }
        pub fn forced<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.forced = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for forced failed".to_string());
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/RedeemPoints/{definitionID}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfEResult>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, definition_id, forced } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let definition_id = definition_id.map_err(Error::InvalidRequest)?;
            let forced = forced.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/RedeemPoints/{}", client.baseurl, encode_path(& bot_names
                .to_string()), encode_path(& definition_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("forced", &forced))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_redeem_points_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_remove_license_post`]

[`Client::bot_remove_license_post`]: super::Client::bot_remove_license_post*/
    #[derive(Debug, Clone)]
    pub struct BotRemoveLicensePost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotRemoveLicenseRequest, String>,
    }
    impl<'a> BotRemoveLicensePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotRemoveLicenseRequest>,
            <V as std::convert::TryInto<
                types::BotRemoveLicenseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BotRemoveLicenseRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotRemoveLicenseRequest,
            ) -> types::builder::BotRemoveLicenseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/RemoveLicense`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfBotRemoveLicenseResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotRemoveLicenseRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/RemoveLicense", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_remove_license_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_resume_post`]

[`Client::bot_resume_post`]: super::Client::bot_resume_post*/
    #[derive(Debug, Clone)]
    pub struct BotResumePost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotResumePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Resume`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Resume", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_resume_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_start_post`]

[`Client::bot_start_post`]: super::Client::bot_start_post*/
    #[derive(Debug, Clone)]
    pub struct BotStartPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotStartPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Start`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Start", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_start_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_stop_post`]

[`Client::bot_stop_post`]: super::Client::bot_stop_post*/
    #[derive(Debug, Clone)]
    pub struct BotStopPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> BotStopPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Stop`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Stop", client.baseurl, encode_path(& bot_names
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_stop_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::two_factor_authentication_post`]

[`Client::two_factor_authentication_post`]: super::Client::two_factor_authentication_post*/
    #[derive(Debug, Clone)]
    pub struct TwoFactorAuthenticationPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::MobileAuthenticator, String>,
    }
    impl<'a> TwoFactorAuthenticationPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MobileAuthenticator>,
            <V as std::convert::TryInto<
                types::MobileAuthenticator,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MobileAuthenticator` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MobileAuthenticator,
            ) -> types::builder::MobileAuthenticator,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/TwoFactorAuthentication`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfGenericResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::MobileAuthenticator::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/TwoFactorAuthentication", client.baseurl, encode_path(&
                bot_names.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "two_factor_authentication_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::two_factor_authentication_delete`]

[`Client::two_factor_authentication_delete`]: super::Client::two_factor_authentication_delete*/
    #[derive(Debug, Clone)]
    pub struct TwoFactorAuthenticationDelete<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> TwoFactorAuthenticationDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Api/Bot/{botNames}/TwoFactorAuthentication`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfGenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/TwoFactorAuthentication", client.baseurl, encode_path(&
                bot_names.to_string()),
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
                operation_id: "two_factor_authentication_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::two_factor_authentication_confirmations_get`]

[`Client::two_factor_authentication_confirmations_get`]: super::Client::two_factor_authentication_confirmations_get*/
    #[derive(Debug, Clone)]
    pub struct TwoFactorAuthenticationConfirmationsGet<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> TwoFactorAuthenticationConfirmationsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfGenericResponseArrayOfConfirmation>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/TwoFactorAuthentication/Confirmations", client.baseurl,
                encode_path(& bot_names.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "two_factor_authentication_confirmations_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::two_factor_authentication_confirmations_post`]

[`Client::two_factor_authentication_confirmations_post`]: super::Client::two_factor_authentication_confirmations_post*/
    #[derive(Debug, Clone)]
    pub struct TwoFactorAuthenticationConfirmationsPost<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
        body: Result<
            types::builder::TwoFactorAuthenticationConfirmationsRequest,
            String,
        >,
    }
    impl<'a> TwoFactorAuthenticationConfirmationsPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TwoFactorAuthenticationConfirmationsRequest>,
            <V as std::convert::TryInto<
                types::TwoFactorAuthenticationConfirmationsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `TwoFactorAuthenticationConfirmationsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TwoFactorAuthenticationConfirmationsRequest,
            ) -> types::builder::TwoFactorAuthenticationConfirmationsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfGenericResponseArrayOfConfirmation>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::TwoFactorAuthenticationConfirmationsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/TwoFactorAuthentication/Confirmations", client.baseurl,
                encode_path(& bot_names.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "two_factor_authentication_confirmations_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::two_factor_authentication_token_get`]

[`Client::two_factor_authentication_token_get`]: super::Client::two_factor_authentication_token_get*/
    #[derive(Debug, Clone)]
    pub struct TwoFactorAuthenticationTokenGet<'a> {
        client: &'a super::Client,
        bot_names: Result<::std::string::String, String>,
    }
    impl<'a> TwoFactorAuthenticationTokenGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_names: Err("bot_names was not initialized".to_string()),
            }
        }
        pub fn bot_names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_names failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Bot/{botNames}/TwoFactorAuthentication/Token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfGenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, bot_names } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/TwoFactorAuthentication/Token", client.baseurl,
                encode_path(& bot_names.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "two_factor_authentication_token_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::bot_rename_post`]

[`Client::bot_rename_post`]: super::Client::bot_rename_post*/
    #[derive(Debug, Clone)]
    pub struct BotRenamePost<'a> {
        client: &'a super::Client,
        bot_name: Result<::std::string::String, String>,
        body: Result<types::builder::BotRenameRequest, String>,
    }
    impl<'a> BotRenamePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_name: Err("bot_name was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BotRenameRequest>,
            <V as std::convert::TryInto<
                types::BotRenameRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BotRenameRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BotRenameRequest,
            ) -> types::builder::BotRenameRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Bot/{botName}/Rename`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_name, body } = self;
            let bot_name = bot_name.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotRenameRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Rename", client.baseurl, encode_path(& bot_name
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bot_rename_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::command_post`]

[`Client::command_post`]: super::Client::command_post*/
    #[derive(Debug, Clone)]
    pub struct CommandPost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CommandRequest, String>,
    }
    impl<'a> CommandPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CommandRequest>,
            <V as std::convert::TryInto<
                types::CommandRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CommandRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CommandRequest,
            ) -> types::builder::CommandRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Command`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CommandRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/Command", client.baseurl,);
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
                operation_id: "command_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
        ) -> Result<ResponseValue<reqwest::Upgraded>, Error<types::AsfError>> {
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::plugins_get`]

[`Client::plugins_get`]: super::Client::plugins_get*/
    #[derive(Debug, Clone)]
    pub struct PluginsGet<'a> {
        client: &'a super::Client,
        custom: Result<Option<bool>, String>,
        official: Result<Option<bool>, String>,
    }
    impl<'a> PluginsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                custom: Ok(None),
                official: Ok(None),
            }
        }
        pub fn custom<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.custom = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for custom failed".to_string());
            self
        }
        pub fn official<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.official = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for official failed".to_string());
            self
        }
        ///Sends a `GET` request to `/Api/Plugins`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseArrayOfPluginInfo>,
            Error<types::AsfError>,
        > {
            let Self { client, custom, official } = self;
            let custom = custom.map_err(Error::InvalidRequest)?;
            let official = official.map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/Plugins", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("custom", &custom))
                .query(&progenitor_client::QueryParam::new("official", &official))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "plugins_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::plugins_update_post`]

[`Client::plugins_update_post`]: super::Client::plugins_update_post*/
    #[derive(Debug, Clone)]
    pub struct PluginsUpdatePost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PluginUpdateRequest, String>,
    }
    impl<'a> PluginsUpdatePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PluginUpdateRequest>,
            <V as std::convert::TryInto<
                types::PluginUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PluginUpdateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PluginUpdateRequest,
            ) -> types::builder::PluginUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Api/Plugins/Update`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PluginUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Api/Plugins/Update", client.baseurl,);
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
                operation_id: "plugins_update_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::steam_token_dumper_plugin_global_config_extension_get`]

[`Client::steam_token_dumper_plugin_global_config_extension_get`]: super::Client::steam_token_dumper_plugin_global_config_extension_get*/
    #[derive(Debug, Clone)]
    pub struct SteamTokenDumperPluginGlobalConfigExtensionGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> SteamTokenDumperPluginGlobalConfigExtensionGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/Api/SteamTokenDumperPlugin/GlobalConfigExtension`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GlobalConfigExtension>,
            Error<types::AsfError>,
        > {
            let Self { client } = self;
            let url = format!(
                "{}/Api/SteamTokenDumperPlugin/GlobalConfigExtension", client.baseurl,
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "steam_token_dumper_plugin_global_config_extension_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::storage_get`]

[`Client::storage_get`]: super::Client::storage_get*/
    #[derive(Debug, Clone)]
    pub struct StorageGet<'a> {
        client: &'a super::Client,
        key: Result<::std::string::String, String>,
    }
    impl<'a> StorageGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key: Err("key was not initialized".to_string()),
            }
        }
        pub fn key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for key failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Storage/{key}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseAnyValue>,
            Error<types::AsfError>,
        > {
            let Self { client, key } = self;
            let key = key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Storage/{}", client.baseurl, encode_path(& key.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "storage_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::storage_post`]

[`Client::storage_post`]: super::Client::storage_post*/
    #[derive(Debug, Clone)]
    pub struct StoragePost<'a> {
        client: &'a super::Client,
        key: Result<::std::string::String, String>,
        body: Result<::serde_json::Value, String>,
    }
    impl<'a> StoragePost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key: Err("key was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::serde_json::Value>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: serde_json :: Value` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/Api/Storage/{key}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, key, body } = self;
            let key = key.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Storage/{}", client.baseurl, encode_path(& key.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "storage_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::storage_delete`]

[`Client::storage_delete`]: super::Client::storage_delete*/
    #[derive(Debug, Clone)]
    pub struct StorageDelete<'a> {
        client: &'a super::Client,
        key: Result<::std::string::String, String>,
    }
    impl<'a> StorageDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key: Err("key was not initialized".to_string()),
            }
        }
        pub fn key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for key failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Api/Storage/{key}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, key } = self;
            let key = key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Storage/{}", client.baseurl, encode_path(& key.to_string()),
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
                operation_id: "storage_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::structure_get`]

[`Client::structure_get`]: super::Client::structure_get*/
    #[derive(Debug, Clone)]
    pub struct StructureGet<'a> {
        client: &'a super::Client,
        structure: Result<::std::string::String, String>,
    }
    impl<'a> StructureGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                structure: Err("structure was not initialized".to_string()),
            }
        }
        pub fn structure<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.structure = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for structure failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Structure/{structure}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseAnyValue>,
            Error<types::AsfError>,
        > {
            let Self { client, structure } = self;
            let structure = structure.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Structure/{}", client.baseurl, encode_path(& structure
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "structure_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::type_get`]

[`Client::type_get`]: super::Client::type_get*/
    #[derive(Debug, Clone)]
    pub struct TypeGet<'a> {
        client: &'a super::Client,
        type_: Result<::std::string::String, String>,
    }
    impl<'a> TypeGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                type_: Err("type_ was not initialized".to_string()),
            }
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/Type/{type}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseTypeResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, type_ } = self;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Type/{}", client.baseurl, encode_path(& type_.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "type_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::git_hub_release_get`]

[`Client::git_hub_release_get`]: super::Client::git_hub_release_get*/
    #[derive(Debug, Clone)]
    pub struct GitHubReleaseGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> GitHubReleaseGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/Api/WWW/GitHub/Release`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseGitHubReleaseResponse>,
            Error<types::AsfError>,
        > {
            let Self { client } = self;
            let url = format!("{}/Api/WWW/GitHub/Release", client.baseurl,);
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
                operation_id: "git_hub_release_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::git_hub_release_get_specific`]

[`Client::git_hub_release_get_specific`]: super::Client::git_hub_release_get_specific*/
    #[derive(Debug, Clone)]
    pub struct GitHubReleaseGetSpecific<'a> {
        client: &'a super::Client,
        version: Result<::std::string::String, String>,
    }
    impl<'a> GitHubReleaseGetSpecific<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                version: Err("version was not initialized".to_string()),
            }
        }
        pub fn version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for version failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/WWW/GitHub/Release/{version}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseGitHubReleaseResponse>,
            Error<types::AsfError>,
        > {
            let Self { client, version } = self;
            let version = version.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/WWW/GitHub/Release/{}", client.baseurl, encode_path(& version
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "git_hub_release_get_specific",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::git_hub_wiki_history_get`]

[`Client::git_hub_wiki_history_get`]: super::Client::git_hub_wiki_history_get*/
    #[derive(Debug, Clone)]
    pub struct GitHubWikiHistoryGet<'a> {
        client: &'a super::Client,
        page: Result<::std::string::String, String>,
    }
    impl<'a> GitHubWikiHistoryGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Err("page was not initialized".to_string()),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/WWW/GitHub/Wiki/History/{page}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseMapOfString>,
            Error<types::AsfError>,
        > {
            let Self { client, page } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/WWW/GitHub/Wiki/History/{}", client.baseurl, encode_path(& page
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "git_hub_wiki_history_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::git_hub_wiki_page_get`]

[`Client::git_hub_wiki_page_get`]: super::Client::git_hub_wiki_page_get*/
    #[derive(Debug, Clone)]
    pub struct GitHubWikiPageGet<'a> {
        client: &'a super::Client,
        page: Result<::std::string::String, String>,
        revision: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GitHubWikiPageGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Err("page was not initialized".to_string()),
                revision: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page failed"
                        .to_string()
                });
            self
        }
        pub fn revision<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.revision = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for revision failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Api/WWW/GitHub/Wiki/Page/{page}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenericResponseString>,
            Error<types::AsfError>,
        > {
            let Self { client, page, revision } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let revision = revision.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/WWW/GitHub/Wiki/Page/{}", client.baseurl, encode_path(& page
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("revision", &revision))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "git_hub_wiki_page_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
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
    /**Builder for [`Client::metrics_get`]

[`Client::metrics_get`]: super::Client::metrics_get*/
    #[derive(Debug, Clone)]
    pub struct MetricsGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> MetricsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/Api/metrics`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::AsfError>> {
            let Self { client } = self;
            let url = format!("{}/Api/metrics", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "metrics_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
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
    /**Builder for [`Client::health_check_get`]

[`Client::health_check_get`]: super::Client::health_check_get*/
    #[derive(Debug, Clone)]
    pub struct HealthCheckGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> HealthCheckGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/HealthCheck`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::HealthCheckResponse>,
            Error<types::HealthCheckResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/HealthCheck", client.baseurl,);
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
                operation_id: "health_check_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (crate::hooks::refuse_foreign_errors)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                503u16 => {
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

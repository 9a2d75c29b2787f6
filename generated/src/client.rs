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
            default = "defaults::bot_config_complete_types_to_send"
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
        pub games_played_while_idle: ::std::vec::Vec<u32>,
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
        pub steam_parental_code: ::std::option::Option<::std::string::String>,
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
        pub steam_trade_token: ::std::option::Option<::std::string::String>,
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
                complete_types_to_send: defaults::bot_config_complete_types_to_send(),
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
    pub struct EBotBehaviour(pub u8);
    impl ::std::ops::Deref for EBotBehaviour {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<EBotBehaviour> for u8 {
        fn from(value: EBotBehaviour) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for EBotBehaviour {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EBotBehaviour {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EBotBehaviour {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EBotBehaviour {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EBotBehaviour {
        type Error = <u8 as ::std::str::FromStr>::Err;
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
    pub struct EFarmingPreferences(pub u16);
    impl ::std::ops::Deref for EFarmingPreferences {
        type Target = u16;
        fn deref(&self) -> &u16 {
            &self.0
        }
    }
    impl ::std::convert::From<EFarmingPreferences> for u16 {
        fn from(value: EFarmingPreferences) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u16> for EFarmingPreferences {
        fn from(value: u16) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EFarmingPreferences {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EFarmingPreferences {
        type Err = <u16 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EFarmingPreferences {
        type Error = <u16 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EFarmingPreferences {
        type Error = <u16 as ::std::str::FromStr>::Err;
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
    pub struct EPersonaStateFlag(pub i32);
    impl ::std::ops::Deref for EPersonaStateFlag {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<EPersonaStateFlag> for i32 {
        fn from(value: EPersonaStateFlag) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for EPersonaStateFlag {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EPersonaStateFlag {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EPersonaStateFlag {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EPersonaStateFlag {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EPersonaStateFlag {
        type Error = <i32 as ::std::str::FromStr>::Err;
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
    ///Key redeeming switches (ASF `BotConfig.ERedeemingPreferences`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ERedeemingPreferences(pub u8);
    impl ::std::ops::Deref for ERedeemingPreferences {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<ERedeemingPreferences> for u8 {
        fn from(value: ERedeemingPreferences) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for ERedeemingPreferences {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ERedeemingPreferences {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ERedeemingPreferences {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ERedeemingPreferences {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ERedeemingPreferences {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Public listings the bot takes part in (ASF `BotConfig.ERemoteCommunication`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ERemoteCommunication(pub u8);
    impl ::std::ops::Deref for ERemoteCommunication {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<ERemoteCommunication> for u8 {
        fn from(value: ERemoteCommunication) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for ERemoteCommunication {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ERemoteCommunication {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ERemoteCommunication {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ERemoteCommunication {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ERemoteCommunication {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Trading switches (ASF `BotConfig.ETradingPreferences`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ETradingPreferences(pub u8);
    impl ::std::ops::Deref for ETradingPreferences {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }
    impl ::std::convert::From<ETradingPreferences> for u8 {
        fn from(value: ETradingPreferences) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u8> for ETradingPreferences {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ETradingPreferences {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ETradingPreferences {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ETradingPreferences {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ETradingPreferences {
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
        #[serde(rename = "HoursPlayed")]
        pub hours_played: f32,
    }
    impl Game {
        pub fn builder() -> builder::Game {
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
        ///Classes: property name → .NET type name. Enums: member name → value as a string.
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
                ::std::vec::Vec<u32>,
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
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            steam_password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            steam_trade_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
                    complete_types_to_send: Ok(
                        super::defaults::bot_config_complete_types_to_send(),
                    ),
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
                T: ::std::convert::TryInto<::std::vec::Vec<u32>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        pub(super) fn bot_config_bot_behaviour() -> super::EBotBehaviour {
            super::EBotBehaviour(0_u8)
        }
        pub(super) fn bot_config_complete_types_to_send() -> ::std::vec::Vec<
            super::EAssetType,
        > {
            vec![]
        }
        pub(super) fn bot_config_farming_preferences() -> super::EFarmingPreferences {
            super::EFarmingPreferences(0_u16)
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
            super::EPersonaStateFlag(0_i32)
        }
        pub(super) fn bot_config_online_status() -> super::EPersonaState {
            super::EPersonaState(1_i32)
        }
        pub(super) fn bot_config_password_format() -> super::ECryptoMethod {
            super::ECryptoMethod(0_u8)
        }
        pub(super) fn bot_config_redeeming_preferences() -> super::ERedeemingPreferences {
            super::ERedeemingPreferences(0_u8)
        }
        pub(super) fn bot_config_remote_communication() -> super::ERemoteCommunication {
            super::ERemoteCommunication(3_u8)
        }
        pub(super) fn bot_config_trading_preferences() -> super::ETradingPreferences {
            super::ETradingPreferences(0_u8)
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
    /**Fetches common info related to given bots

No bot matching the selector is not an error: the result is then empty.

Sends a `GET` request to `/Api/Bot/{botNames}`

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

```ignore
let response = client.bot_delete()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_delete(&self) -> builder::BotDelete<'_> {
        builder::BotDelete::new(self)
    }
    /**Pauses given bots

Sends a `POST` request to `/Api/Bot/{botNames}/Pause`

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
    /**Renames given bot along with all its related files

`botNames` must be one exact bot name here.

Sends a `POST` request to `/Api/Bot/{botNames}/Rename`

```ignore
let response = client.bot_rename_post()
    .bot_names(bot_names)
    .body(body)
    .send()
    .await;
```*/
    pub fn bot_rename_post(&self) -> builder::BotRenamePost<'_> {
        builder::BotRenamePost::new(self)
    }
    /**Resumes given bots

Sends a `POST` request to `/Api/Bot/{botNames}/Resume`

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

```ignore
let response = client.bot_stop_post()
    .bot_names(bot_names)
    .send()
    .await;
```*/
    pub fn bot_stop_post(&self) -> builder::BotStopPost<'_> {
        builder::BotStopPost::new(self)
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

Properties (for classes) or members (for enums) of a config type, by its .NET name.

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
        bot_names: Result<::std::string::String, String>,
        body: Result<types::builder::BotRenameRequest, String>,
    }
    impl<'a> BotRenamePost<'a> {
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
        ///Sends a `POST` request to `/Api/Bot/{botNames}/Rename`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenericResponse>, Error<types::AsfError>> {
            let Self { client, bot_names, body } = self;
            let bot_names = bot_names.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BotRenameRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Api/Bot/{}/Rename", client.baseurl, encode_path(& bot_names
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

//! A bot as `GET /Api/Bot/{botNames}` shows it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::config::BotConfig;
use crate::api::dotnet_names::dotnet_name;
use crate::api::enums::{ECurrencyCode, EUserInputType};

/// A game as the farming view shows it.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct Game {
    #[serde(rename = "AppID")]
    pub app_id: u32,
    #[serde(rename = "GameName")]
    pub game_name: String,
    #[serde(rename = "CardsRemaining")]
    pub cards_remaining: u16,
    /// Written as .NET writes a `float` (`0`, not `0.0`).
    #[serde(rename = "HoursPlayed", serialize_with = "crate::api::single::write")]
    pub hours_played: f32,
}

dotnet_name!(Game => "ArchiSteamFarm.Steam.Cards.Game");

/// The farming part of a bot.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub struct CardsFarmer {
    /// Games being played for drops right now.
    #[serde(rename = "CurrentGamesFarming")]
    pub current_games_farming: Vec<Game>,
    /// Every game with drops still to come, in farming order.
    #[serde(rename = "GamesToFarm")]
    pub games_to_farm: Vec<Game>,
    /// Estimated time until everything is farmed, `[d.]hh:mm:ss`.
    #[serde(rename = "TimeRemaining")]
    pub time_remaining: String,
    /// Whether a game is being farmed.
    #[serde(rename = "NowFarming")]
    pub now_farming: bool,
    /// Whether farming is paused.
    #[serde(rename = "Paused")]
    pub paused: bool,
}

dotnet_name!(CardsFarmer => "ArchiSteamFarm.Steam.Cards.CardsFarmer");

/// A bot as `GET /Api/Bot/{botNames}` shows it.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "Bot")]
pub struct BotStatus {
    /// The config file's name without `.json`.
    #[serde(rename = "BotName")]
    pub bot_name: String,
    #[serde(rename = "CardsFarmer")]
    pub cards_farmer: CardsFarmer,
    /// Keys waiting in the background redeemer.
    #[serde(rename = "GamesToRedeemInBackgroundCount")]
    pub games_to_redeem_in_background_count: u32,
    /// Whether ASF's two-factor authenticator is imported.
    #[serde(rename = "HasMobileAuthenticator")]
    pub has_mobile_authenticator: bool,
    /// Whether the bot is logged on to Steam.
    #[serde(rename = "IsConnectedAndLoggedOn")]
    pub is_connected_and_logged_on: bool,
    /// Whether Steam lets the account play (no other session is playing).
    #[serde(rename = "IsPlayingPossible")]
    pub is_playing_possible: bool,
    /// The public address Steam reports; null while offline.
    #[serde(rename = "PublicIP")]
    pub public_ip: Option<String>,
    /// `SteamID` as a string (JavaScript numbers cannot hold every ID).
    #[serde(rename = "s_SteamID")]
    pub s_steam_id: String,
    /// `EAccountFlags` of the account.
    #[serde(rename = "AccountFlags")]
    pub account_flags: i32,
    /// Hex SHA-1 of the avatar.
    #[serde(rename = "AvatarHash")]
    pub avatar_hash: Option<String>,
    /// The live config, without its secrets.
    #[serde(rename = "BotConfig")]
    pub bot_config: BotConfig,
    /// Whether the bot is started.
    #[serde(rename = "KeepRunning")]
    pub keep_running: bool,
    /// Steam persona name.
    #[serde(rename = "Nickname")]
    pub nickname: Option<String>,
    /// What the bot waits for before it can log on.
    #[serde(rename = "RequiredInput")]
    pub required_input: EUserInputType,
    /// SteamID64; 0 before the first logon.
    #[serde(rename = "SteamID")]
    pub steam_id: u64,
    /// Wallet balance in cents.
    #[serde(rename = "WalletBalance")]
    pub wallet_balance: i64,
    /// Wallet balance including pending funds, in cents.
    #[serde(rename = "WalletBalanceDelayed")]
    pub wallet_balance_delayed: i64,
    /// Wallet currency.
    #[serde(rename = "WalletCurrency")]
    pub wallet_currency: ECurrencyCode,
}

dotnet_name!(BotStatus => "ArchiSteamFarm.Steam.Bot");

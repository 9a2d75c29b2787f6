//! What ASF's document states that dropshot cannot write, as data: bounds, extensions, the
//! rename route's name. `crate::http::document` writes them into the generated document.
//!
//! The bounds and extensions below are the contract; the server enforces each of them (config
//! validation in `core::config`), and `tests/fidelity.rs` probes every bound the document
//! states against a running server.

use serde_json::{Value, json};

use crate::api::config::{BotConfig, GlobalConfig, Visibility};

/// The rename route as ASF names it. dropshot's router allows one variable name per path
/// segment, and every other `/Api/Bot/…` route calls it `{botNames}`.
pub const RENAME_PATH: &str = "/Api/Bot/{botName}/Rename";
/// The same route as dropshot names it.
pub const RENAME_ROUTE: &str = "/Api/Bot/{botNames}/Rename";

/// ASF's description of its bot selector parameter (`WebUtilities.BotNamesParameterDescription`),
/// which it gives every `{botNames}` and the rename route's `{botName}`.
pub const BOT_NAMES_DESCRIPTION: &str = "Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument";

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
/// `[Range]` of the byte properties that must not be zero.
pub const POSITIVE_BYTE_RANGE: (u64, u64) = (1, u8::MAX as u64);
/// Length of a Family View PIN (`SteamParentalCode`).
pub const STEAM_PARENTAL_CODE_LENGTH: u64 = 4;
/// Length of a trade token (`SteamTradeToken`).
pub const STEAM_TRADE_TOKEN_LENGTH: u64 = 8;

/// What ASF states about one property beyond its type.
pub enum Rule {
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
const POSITIVE_BYTE: Rule = Rule::Range(POSITIVE_BYTE_RANGE.0, POSITIVE_BYTE_RANGE.1);

/// Per schema and property, ASF's attributes (`Storage/GlobalConfig.cs`,
/// `Steam/Storage/BotConfig.cs`).
pub fn rules() -> Vec<(&'static str, &'static str, Rule)> {
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
        (
            "BotConfig",
            "SteamParentalCode",
            Length(
                Some(STEAM_PARENTAL_CODE_LENGTH),
                Some(STEAM_PARENTAL_CODE_LENGTH),
            ),
        ),
        ("BotConfig", "SteamParentalCode", ValidValues(json!(["0"]))),
        (
            "BotConfig",
            "SteamTradeToken",
            Length(
                Some(STEAM_TRADE_TOKEN_LENGTH),
                Some(STEAM_TRADE_TOKEN_LENGTH),
            ),
        ),
        ("BotConfig", "TradeCheckPeriod", BYTE),
    ];
    stated.into_iter().chain(declared).collect()
}

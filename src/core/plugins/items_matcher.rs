//! ASF's ItemsMatcher plugin: `match` asks it to match the bot's items with those listed on
//! ASF's remote service now rather than at the next hourly round.
//!
//! This build never reaches that service, so nothing is matched; the command answers as ASF
//! does before it goes there: it checks the bot, its `MatchEverything` preference and the
//! `LicenseID` the service needs.

use crate::api::config::GlobalConfig;
use crate::api::enums::ETradingPreferences;
use crate::core::bot::Bot;
use crate::core::texts::{DONE, NOT_CONNECTED, failed_with};

/// `match`: the bot's answer.
pub(crate) fn match_actively(bot: &Bot, global: &GlobalConfig) -> String {
    if bot.session().is_none() {
        return NOT_CONNECTED.to_string();
    }
    if bot.config().trading_preferences.0 & ETradingPreferences::MatchEverything.0 != 0 {
        return failed_with("MatchEverything");
    }
    if !has_license(global) {
        return failed_with("LicenseID");
    }
    DONE.to_string()
}

/// Whether `LicenseID` holds a GUID other than the empty one.
fn has_license(global: &GlobalConfig) -> bool {
    global
        .license_id
        .is_some_and(|id| id != crate::api::guid::Guid::EMPTY)
}

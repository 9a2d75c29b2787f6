//! Commands about a bot's Steam account: `2fa`, `2faok`, `2fano`, `balance`, `level`,
//! `points`, `nickname`, `privacy`, `input`.

use super::parse;
use crate::api::enums::{AsfEnum, ECurrencyCode, EUserInputType};
use crate::core::bot::Bot;
use crate::core::texts;
use crate::core::{Asf, twofa};

/// `2fa`: the current Steam Guard code.
pub(super) fn two_factor_token(bot: &Bot) -> String {
    match twofa::token(bot) {
        Ok(code) => format!("2FA Token: {code}"),
        Err(error) => texts::failed_with(&error.to_string()),
    }
}

/// `2faok` / `2fano`: accepts or declines every pending confirmation.
pub(super) async fn confirmations(bot: &Bot, accept: bool) -> String {
    if bot.session().is_none() {
        return texts::NOT_CONNECTED.to_string();
    }
    if bot.authenticator().is_none() {
        return texts::NO_2FA.to_string();
    }
    let request = twofa::ConfirmationRequest {
        accept,
        ..Default::default()
    };
    match twofa::handle_confirmations(bot, &request).await {
        Ok(handled) if !handled.ran_out_of_tries => handled.to_string(),
        Ok(handled) => texts::failed_with(&handled.to_string()),
        Err(error) => texts::failed_with(&error.to_string()),
    }
}

/// `balance`: the wallet, pending funds in brackets.
pub(super) fn balance(bot: &Bot) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let status = bot.status();
    let Some(currency) = ECurrencyCode(status.wallet_currency.0)
        .name()
        .filter(|_| status.wallet_currency.0 != 0)
    else {
        return texts::NO_WALLET.to_string();
    };
    let mut amount = texts::money(status.wallet_balance);
    if status.wallet_balance_delayed > 0 {
        let total = status.wallet_balance + status.wallet_balance_delayed;
        amount.push_str(&format!(" ({})", texts::money(total)));
    }
    texts::wallet_balance(&amount, currency)
}

/// `level`.
pub(super) fn level(bot: &Bot) -> String {
    match bot.session() {
        Some(steam_id) => texts::bot_level(bot.steam().profile(steam_id).0),
        None => texts::NOT_CONNECTED.to_string(),
    }
}

/// `points`.
pub(super) fn points(bot: &Bot) -> String {
    match bot.session() {
        Some(steam_id) => texts::points_balance(bot.steam().profile(steam_id).1),
        None => texts::NOT_CONNECTED.to_string(),
    }
}

/// `nickname <Nickname>`.
pub(super) fn nickname(bot: &Bot, nickname: &str) -> String {
    if bot.set_nickname(nickname) {
        texts::DONE.to_string()
    } else {
        texts::NOT_CONNECTED.to_string()
    }
}

/// ASF's privacy levels, most restrictive first.
const PRIVATE: u8 = 1;
const FRIENDS_ONLY: u8 = 2;
const PUBLIC: u8 = 3;

/// `privacy <Settings>`: up to seven levels (profile, owned games, playtime, friends list,
/// inventory, inventory gifts, comments), each no more open than what it belongs to;
/// settings left out are private.
pub(super) fn privacy(bot: &Bot, settings: &str) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let given = parse::list(settings);
    if given.is_empty() {
        return texts::empty("privacySettingsArgs");
    }
    if given.len() > 7 {
        return texts::invalid("privacySettingsArgs");
    }
    let mut levels = [PRIVATE; 7];
    for (index, setting) in given.iter().enumerate() {
        let level = match privacy_level(setting) {
            Some(level) => level,
            None => return texts::invalid("privacySettingsArgs"),
        };
        // Which setting each one must not be more open than; ASF names friends list's
        // violation after owned games.
        let (parent, name) = match index {
            1 | 3 => (Some(0), "ownedGames"),
            2 => (Some(1), "playtime"),
            4 => (Some(0), "inventory"),
            5 => (Some(4), "inventoryGifts"),
            6 => (Some(0), "comments"),
            _ => (None, ""),
        };
        if parent.is_some_and(|p| levels[p] < level) {
            return texts::invalid(name);
        }
        levels[index] = level;
    }
    if bot.set_privacy(levels) {
        texts::SUCCESS.to_string()
    } else {
        texts::FAILED.to_string()
    }
}

/// A privacy level by name (any case) or number.
fn privacy_level(text: &str) -> Option<u8> {
    let text = text.trim();
    for (name, level) in [
        ("Private", PRIVATE),
        ("FriendsOnly", FRIENDS_ONLY),
        ("Public", PUBLIC),
    ] {
        if text.eq_ignore_ascii_case(name) {
            return Some(level);
        }
    }
    parse::number::<u8>(text).filter(|n| (PRIVATE..=PUBLIC).contains(n))
}

/// `input <Type> <Value>`: only while headless (or as a service), as in ASF.
pub(super) fn input(asf: &Asf, bot: &Bot, kind: &str, value: &str) -> String {
    if !asf.global_config().headless && !asf.is_service() {
        return texts::HEADLESS_ONLY.to_string();
    }
    let kind = parse::member::<EUserInputType>(kind)
        .map(|k| EUserInputType(k as u8))
        .filter(|k| *k != EUserInputType::None);
    let Some(kind) = kind else {
        return texts::invalid("inputType");
    };
    if bot.set_input(kind, value) {
        texts::DONE.to_string()
    } else {
        texts::FAILED.to_string()
    }
}

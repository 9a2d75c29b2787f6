//! Commands that steer a bot's farming: `start`, `stop`, `pause*`, `resume`, `play`, `reset`,
//! `farm`, the lists of `fb*`, `fq*`, `mab*`, `tb*`, and the redeemer's `bgr`.

use std::sync::Arc;

use super::parse;
use crate::core::bot::{Bot, ControlOutcome};
use crate::core::config::is_individual_steam_id;
use crate::core::texts;

/// Games at most played at once (the document's bound on `GamesPlayedWhileIdle`).
const MAX_GAMES_PLAYED: usize = crate::api::document::MAX_GAMES_PLAYED as usize;

/// The bot's stored lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// `fb`: apps never farmed.
    FarmingBlacklist,
    /// `fq`: apps farmed first.
    FarmingQueue,
    /// `mab`: apps left out of active matching.
    MatchActivelyBlacklist,
    /// `tb`: accounts never traded with.
    TradingBlacklist,
}

impl ListKind {
    /// ASF's name of the list, used in its "is empty" answer.
    fn property(self) -> &'static str {
        match self {
            Self::FarmingBlacklist => "FarmingBlacklistAppIDs",
            Self::FarmingQueue => "FarmingPriorityQueueAppIDs",
            Self::MatchActivelyBlacklist => "MatchActivelyBlacklistAppIDs",
            Self::TradingBlacklist => "TradingBlacklistSteamIDs",
        }
    }
}

/// A control's outcome as ASF words it.
pub(super) fn outcome(outcome: ControlOutcome) -> String {
    if outcome.succeeded() {
        outcome.to_string()
    } else {
        texts::failed_with(&outcome.to_string())
    }
}

/// `pause`, `pause~`, `pause&`. A bad number of seconds is answered without the bot's name,
/// as ASF does.
pub(super) fn pause(bot: &Arc<Bot>, permanent: bool, seconds: Option<&str>) -> Option<String> {
    let seconds = match seconds {
        None => 0,
        Some(text) => match parse::id::<u16>(text) {
            Some(s) => s,
            None => return Some(texts::invalid("resumeInSecondsText")),
        },
    };
    Some(texts::bot(
        bot.name(),
        &outcome(bot.pause(permanent, seconds)),
    ))
}

/// `play <AppIDs,GameName>`: numbers are games to play, the other words the name shown.
pub(super) fn play(bot: &Bot, games: &str) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let entries = parse::list(games);
    if entries.is_empty() {
        return texts::empty("games");
    }
    let mut apps: Vec<u32> = Vec::new();
    let mut name: Vec<&str> = Vec::new();
    for entry in entries {
        match parse::id::<u32>(entry) {
            Some(app) => {
                if apps.len() >= MAX_GAMES_PLAYED {
                    return texts::failed_with(&format!("gamesToPlay > {MAX_GAMES_PLAYED}"));
                }
                if !apps.contains(&app) {
                    apps.push(app);
                }
            }
            None => name.push(entry),
        }
    }
    let custom_name = (!name.is_empty()).then(|| name.join(" "));
    let listed: Vec<String> = apps.iter().map(u32::to_string).collect();
    if !bot.play(apps, custom_name) {
        return texts::NOT_CONNECTED.to_string();
    }
    if listed.is_empty() {
        texts::DONE.to_string()
    } else {
        texts::playing_games(&listed.join(", "))
    }
}

/// `reset`: back from `play` (see [`Bot::reset_playing`]).
pub(super) fn reset(bot: &Bot) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    bot.reset_playing();
    texts::DONE.to_string()
}

/// `farm`: the farming cycle starts over.
pub(super) fn farm(bot: &Bot) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    bot.restart_farming();
    texts::DONE.to_string()
}

/// `bgr`: the redeemer's queue length.
pub(super) fn bgr(bot: &Bot) -> String {
    texts::games_in_background_queue(bot.db().get().games_to_redeem.len())
}

/// `fb`, `fq`, `mab`, `tb`: the list, comma-separated.
pub(super) fn list(bot: &Bot, kind: ListKind) -> String {
    let data = bot.db().get();
    let items: Vec<String> = match kind {
        ListKind::FarmingBlacklist => data.farming_blacklist.iter().map(u32::to_string).collect(),
        ListKind::FarmingQueue => data
            .farming_priority_queue
            .iter()
            .map(u32::to_string)
            .collect(),
        ListKind::MatchActivelyBlacklist => data
            .match_actively_blacklist
            .iter()
            .map(u32::to_string)
            .collect(),
        ListKind::TradingBlacklist => data.trading_blacklist.iter().map(u64::to_string).collect(),
    };
    if items.is_empty() {
        texts::empty(kind.property())
    } else {
        items.join(", ")
    }
}

/// `…add` / `…rm`: changes a list; `Nothing found!` when nothing changed. The farming lists
/// take effect at once.
pub(super) fn change_list(bot: &Bot, kind: ListKind, items: &str, add: bool) -> String {
    let targets = parse::list(items);
    if targets.is_empty() {
        return texts::empty("targets");
    }
    let mut ids: Vec<u64> = Vec::with_capacity(targets.len());
    let mut seen = std::collections::HashSet::with_capacity(targets.len());
    for target in targets {
        let id = match kind {
            ListKind::TradingBlacklist => {
                parse::id::<u64>(target).filter(|id| is_individual_steam_id(*id))
            }
            _ => parse::id::<u32>(target).map(u64::from),
        };
        match id {
            Some(id) if seen.insert(id) => ids.push(id),
            Some(_) => {}
            None if kind == ListKind::TradingBlacklist => {
                return texts::PARSING_TARGET_ID_FAILED.to_string();
            }
            None => return texts::PARSING_APP_ID_FAILED.to_string(),
        }
    }
    let changed = bot.db().update(|data| {
        let mut changed = false;
        for id in &ids {
            let app = u32::try_from(*id).unwrap_or(0);
            changed |= match (kind, add) {
                (ListKind::FarmingBlacklist, true) => data.farming_blacklist.insert(app),
                (ListKind::FarmingBlacklist, false) => data.farming_blacklist.remove(&app),
                (ListKind::MatchActivelyBlacklist, true) => {
                    data.match_actively_blacklist.insert(app)
                }
                (ListKind::MatchActivelyBlacklist, false) => {
                    data.match_actively_blacklist.remove(&app)
                }
                (ListKind::TradingBlacklist, true) => data.trading_blacklist.insert(*id),
                (ListKind::TradingBlacklist, false) => data.trading_blacklist.remove(id),
                (ListKind::FarmingQueue, true) => {
                    let new = !data.farming_priority_queue.contains(&app);
                    if new {
                        data.farming_priority_queue.push(app);
                    }
                    new
                }
                (ListKind::FarmingQueue, false) => {
                    let before = data.farming_priority_queue.len();
                    data.farming_priority_queue.retain(|a| *a != app);
                    before != data.farming_priority_queue.len()
                }
            };
        }
        (changed, changed)
    });
    // `Done!` only for a change that reached the disk.
    let Ok(changed) = changed else {
        return texts::FAILED.to_string();
    };
    if !changed {
        return texts::NOTHING_FOUND.to_string();
    }
    if matches!(kind, ListKind::FarmingBlacklist | ListKind::FarmingQueue) {
        bot.restart_farming();
    }
    texts::DONE.to_string()
}

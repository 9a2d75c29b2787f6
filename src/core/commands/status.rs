//! `status`, `sa`: what each bot is doing, and ASF's overview line for several bots.

use std::sync::Arc;

use crate::core::Asf;
use crate::core::bot::Bot;
use crate::core::texts;

/// `EAccountFlags` that stop card drops.
const LIMITED_USER: i32 = 4096;
const LIMITED_USER_FORCE: i32 = 8192;
const LOCKDOWN: i32 = 8_388_608;

/// One bot's status line.
pub(super) fn for_bot(bot: &Bot) -> String {
    let status = bot.status();
    let farmer = &status.cards_farmer;
    let state = if !status.is_connected_and_logged_on {
        if status.keep_running {
            texts::STATUS_CONNECTING.to_string()
        } else {
            texts::STATUS_NOT_RUNNING.to_string()
        }
    } else if farmer.paused {
        texts::STATUS_PAUSED.to_string()
    } else if status.account_flags & (LIMITED_USER | LIMITED_USER_FORCE) != 0 {
        texts::STATUS_LIMITED.to_string()
    } else if status.account_flags & LOCKDOWN != 0 {
        texts::STATUS_LOCKED.to_string()
    } else {
        let remaining = texts::human_duration(bot.time_remaining());
        let cards: u64 = farmer
            .games_to_farm
            .iter()
            .map(|g| u64::from(g.cards_remaining))
            .sum();
        let games = farmer.games_to_farm.len();
        match farmer.current_games_farming.as_slice() {
            _ if !farmer.now_farming => texts::STATUS_NOT_FARMING.to_string(),
            [] => texts::STATUS_NOT_FARMING.to_string(),
            [game] => texts::farming_game(
                game.app_id,
                &game.game_name,
                game.cards_remaining,
                games,
                cards,
                &remaining,
            ),
            several => {
                let list: Vec<String> = several
                    .iter()
                    .map(|g| format!("{} ({})", g.app_id, g.game_name))
                    .collect();
                texts::farming_games(&list.join(", "), games, cards, &remaining)
            }
        }
    };
    texts::bot(bot.name(), &state)
}

/// The status of every bot `selector` names, then the overview of the running ones.
pub(super) fn for_bots(asf: &Arc<Asf>, selector: &str) -> Option<String> {
    let bots = match super::selected(asf, selector) {
        Ok(bots) => bots,
        Err(answer) => return Some(answer),
    };
    let mut lines: Vec<String> = bots.iter().map(|bot| for_bot(bot)).collect();
    let running: Vec<&Arc<Bot>> = bots.iter().filter(|b| b.keep_running()).collect();
    let (mut games, mut cards) = (0usize, 0u64);
    for bot in &running {
        let farmer = bot.status().cards_farmer;
        games += farmer.games_to_farm.len();
        cards += farmer
            .games_to_farm
            .iter()
            .map(|g| u64::from(g.cards_remaining))
            .sum::<u64>();
    }
    // ASF writes this line without an `<ASF>` prefix.
    lines.push(texts::bots_running(running.len(), bots.len(), games, cards));
    Some(lines.join("\n"))
}

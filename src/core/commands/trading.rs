//! Commands about items: `loot*`, `transfer*`, `unpack`, `inventory`.
//!
//! On the simulated network a bot's tradable items are the trading cards its farming dropped
//! (Steam's community inventory, app 753, context 6; type `TradingCard`, rarity common, each
//! belonging to the game that dropped it). Trade offers are sent, and nobody answers them.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{bot_named, parse};
use crate::api::enums::{EAccess, EAssetType};
use crate::core::Asf;
use crate::core::bot::Bot;
use crate::core::config::is_individual_steam_id;
use crate::core::inventory::{self, COMMUNITY_CONTEXT, STEAM_APP};
use crate::core::texts;

/// The rarity of every simulated card (ASF's `EAssetRarity.Common`).
const COMMON: u8 = 1;

/// Which items a trade takes.
struct Filter {
    app: u32,
    context: u64,
    types: Option<BTreeSet<EAssetType>>,
    /// Games the items must (or, excluding, must not) belong to.
    real_apps: Option<(Vec<u32>, bool)>,
    rarities: Option<Vec<u8>>,
}

impl Filter {
    fn of_types(types: BTreeSet<EAssetType>) -> Self {
        Self {
            app: STEAM_APP,
            context: COMMUNITY_CONTEXT,
            types: Some(types),
            real_apps: None,
            rarities: None,
        }
    }

    fn of_inventory(app: u32, context: u64) -> Self {
        Self {
            app,
            context,
            types: None,
            real_apps: None,
            rarities: None,
        }
    }
}

/// How many tradable items of `bot` pass `filter`.
fn tradable(bot: &Bot, filter: &Filter) -> u32 {
    let Some(steam_id) = bot.session() else {
        return 0;
    };
    if (filter.app, filter.context) != (STEAM_APP, COMMUNITY_CONTEXT)
        || filter
            .types
            .as_ref()
            .is_some_and(|t| !t.contains(&EAssetType::TradingCard))
        || filter
            .rarities
            .as_ref()
            .is_some_and(|r| !r.contains(&COMMON))
    {
        return 0;
    }
    bot.steam()
        .card_items(steam_id)
        .iter()
        .filter(|(game, _, _)| {
            filter
                .real_apps
                .as_ref()
                .is_none_or(|(apps, exclude)| apps.contains(game) != *exclude)
        })
        .map(|(_, _, count)| count)
        .sum()
}

/// The first Master of the bot's `SteamUserPermissions`, else `SteamOwnerID`.
fn first_master(asf: &Asf, bot: &Bot) -> Option<u64> {
    let own = bot.steam_id();
    bot.config()
        .steam_user_permissions
        .iter()
        .filter(|(_, access)| **access == EAccess::Master)
        .filter_map(|(id, _)| id.parse::<u64>().ok())
        .filter(|id| *id != own && is_individual_steam_id(*id))
        .min()
        .or_else(|| {
            Some(asf.global_config().steam_owner_id).filter(|id| is_individual_steam_id(*id))
        })
}

/// ASF's `SendInventory`: sends what passes `filter` to `target` (the first Master when
/// `None`); the answer for the command.
fn send(asf: &Asf, bot: &Bot, target: Option<u64>, filter: &Filter) -> String {
    if !bot.is_online() {
        return texts::failed_with(texts::NOT_CONNECTED);
    }
    let items = tradable(bot, filter);
    if items == 0 {
        return texts::failed_with(&texts::empty("inventory"));
    }
    let Some(target) = target.or_else(|| first_master(asf, bot)) else {
        return texts::failed_with(texts::NO_MASTER);
    };
    if target == bot.steam_id() {
        return texts::failed_with(texts::TRADE_TO_YOURSELF);
    }
    if bot.send_trade_offer(target, items) {
        // A bot of this process on the other side takes the offer as ASF does one from a bot
        // it runs alongside: accepted, and, as it only receives, without confirmation.
        if let Some(partner) = asf
            .bots()
            .all()
            .into_iter()
            .find(|other| other.session() == Some(target))
        {
            let confirmed = true;
            partner.record_accepted_trade(confirmed, 0, u64::from(items));
        }
        texts::TRADE_SENT.to_string()
    } else {
        texts::failed_with(texts::TRADE_FAILED)
    }
}

/// `loot`: `LootableTypes` to the first Master.
pub(super) fn loot(asf: &Asf, bot: &Bot) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let types = bot.config().lootable_types;
    if types.is_empty() {
        return texts::empty("LootableTypes");
    }
    send(asf, bot, None, &Filter::of_types(types))
}

/// ASF's `{what} is invalid!`.
fn invalid(what: &str) -> texts::ArgumentError {
    texts::ArgumentError::Invalid(what.to_string())
}

/// Reads a comma list of app IDs.
fn app_ids(text_ids: &str) -> Result<Vec<u32>, texts::ArgumentError> {
    let entries = parse::distinct(text_ids);
    if entries.is_empty() {
        return Err(texts::ArgumentError::Empty("appIDTexts"));
    }
    entries
        .into_iter()
        .map(|e| parse::id::<u32>(e).ok_or_else(|| invalid("appID")))
        .collect()
}

/// `loot@` / `loot%`: lootable items of (or not of) the given games.
pub(super) fn loot_apps(asf: &Asf, bot: &Bot, apps: &str, exclude: bool) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let types = bot.config().lootable_types;
    if types.is_empty() {
        return texts::empty("LootableTypes");
    }
    let apps = match app_ids(apps) {
        Ok(apps) => apps,
        Err(refused) => return refused.to_string(),
    };
    let mut filter = Filter::of_types(types);
    filter.real_apps = Some((apps, exclude));
    send(asf, bot, None, &filter)
}

/// Reads an app and a context.
fn inventory_of(app: &str, context: &str) -> Result<(u32, u64), texts::ArgumentError> {
    let app = parse::id::<u32>(app).ok_or_else(|| invalid("appID"))?;
    let context = parse::id::<u64>(context).ok_or_else(|| invalid("contextID"))?;
    Ok((app, context))
}

/// Reads asset rarities (names or numbers of ASF's `EAssetRarity`).
fn rarities(text_rarities: &str) -> Result<Vec<u8>, texts::ArgumentError> {
    const NAMES: [&str; 4] = ["Unknown", "Common", "Uncommon", "Rare"];
    let refused = || invalid("assetRarities");
    let entries = parse::list(text_rarities);
    if entries.is_empty() {
        return Err(refused());
    }
    entries
        .into_iter()
        .map(|e| {
            let e = e.trim();
            NAMES
                .iter()
                .position(|n| n.eq_ignore_ascii_case(e))
                .and_then(|i| u8::try_from(i).ok())
                .or_else(|| parse::number::<u8>(e).filter(|n| usize::from(*n) < NAMES.len()))
                .ok_or_else(refused)
        })
        .collect()
}

/// `loot^ <AppID> <ContextID>`: everything of one inventory to the first Master.
pub(super) fn loot_advanced(asf: &Asf, bot: &Bot, app: &str, context: &str) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    match inventory_of(app, context) {
        Ok((app, context)) => send(asf, bot, None, &Filter::of_inventory(app, context)),
        Err(refused) => refused.to_string(),
    }
}

/// `loot& <AppID> <ContextID> <Rarities>`.
pub(super) fn loot_rarity(asf: &Asf, bot: &Bot, app: &str, context: &str, given: &str) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let (app, context) = match inventory_of(app, context) {
        Ok(inventory) => inventory,
        Err(refused) => return refused.to_string(),
    };
    let rarities = match rarities(given) {
        Ok(r) => r,
        Err(refused) => return refused.to_string(),
    };
    let mut filter = Filter::of_inventory(app, context);
    filter.rarities = Some(rarities);
    send(asf, bot, None, &filter)
}

/// The checks of every transfer to another bot, then the trade.
fn transfer_to(asf: &Asf, bot: &Bot, target: &Bot, filter: &Filter) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    if !target.is_online() {
        return texts::TARGET_NOT_CONNECTED.to_string();
    }
    send(asf, bot, Some(target.steam_id()), filter)
}

/// Checks a transfer of `TransferableTypes` (the same-account check comes first, as in ASF).
fn transfer_transferable(
    asf: &Asf,
    bot: &Bot,
    target: &Bot,
    apps: Option<(Vec<u32>, bool)>,
) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    let types = bot.config().transferable_types;
    if types.is_empty() {
        return texts::empty("TransferableTypes");
    }
    if !target.is_online() {
        return texts::TARGET_NOT_CONNECTED.to_string();
    }
    if target.steam_id() == bot.steam_id() {
        return texts::TRADE_TO_YOURSELF.to_string();
    }
    let mut filter = Filter::of_types(types);
    filter.real_apps = apps;
    send(asf, bot, Some(target.steam_id()), &filter)
}

/// `transfer <TargetBot>`: `TransferableTypes` to another bot.
pub(super) fn transfer(asf: &Asf, bot: &Bot, target_name: &str) -> String {
    if !bot.is_online() {
        return texts::NOT_CONNECTED.to_string();
    }
    if bot.config().transferable_types.is_empty() {
        return texts::empty("TransferableTypes");
    }
    match bot_named(asf, target_name) {
        Some(target) => transfer_transferable(asf, bot, &target, None),
        None => texts::bot_not_found(target_name),
    }
}

/// Runs `answer` on every bot `selector` names (after the checks that need no bot).
fn on_bots(asf: &Arc<Asf>, selector: &str, answer: impl Fn(&Arc<Bot>) -> String) -> Option<String> {
    let bots = match super::selected(asf, selector) {
        Ok(bots) => bots,
        Err(not_found) => return Some(not_found),
    };
    texts::join(
        bots.iter()
            .map(|bot| Some(texts::bot(bot.name(), &answer(bot)))),
    )
}

/// `transfer^ <Bots> <AppID> <ContextID> <TargetBot>`.
pub(super) fn transfer_advanced_for_bots(
    asf: &Arc<Asf>,
    selector: &str,
    app: &str,
    context: &str,
    target_name: &str,
) -> Option<String> {
    transfer_inventory_for_bots(asf, selector, [app, context, target_name], None)
}

/// The bots' items of one inventory (of the given rarities, if any) to the target bot: the
/// selection, the inventory, the target and the rarities are checked in that order.
fn transfer_inventory_for_bots(
    asf: &Arc<Asf>,
    selector: &str,
    [app, context, target_name]: [&str; 3],
    rarities_given: Option<&str>,
) -> Option<String> {
    if let Err(not_found) = super::selected(asf, selector) {
        return Some(not_found);
    }
    let (app, context) = match inventory_of(app, context) {
        Ok(inventory) => inventory,
        Err(refused) => return Some(texts::asf(&refused.to_string())),
    };
    let Some(target) = bot_named(asf, target_name) else {
        return Some(texts::asf(&texts::bot_not_found(target_name)));
    };
    let mut filter = Filter::of_inventory(app, context);
    if let Some(given) = rarities_given {
        match rarities(given) {
            Ok(r) => filter.rarities = Some(r),
            Err(refused) => return Some(texts::asf(&refused.to_string())),
        }
    }
    on_bots(asf, selector, |bot| transfer_to(asf, bot, &target, &filter))
}

/// `transfer^ <AppID> <ContextID> <TargetBot>` on one bot.
pub(super) fn transfer_advanced_by_name(
    asf: &Arc<Asf>,
    bot: &Bot,
    app: &str,
    context: &str,
    target_name: &str,
) -> String {
    let answer = match (bot_named(asf, target_name), inventory_of(app, context)) {
        (None, _) => texts::bot_not_found(target_name),
        (Some(_), Err(refused)) => refused.to_string(),
        (Some(target), Ok((app, context))) => {
            transfer_to(asf, bot, &target, &Filter::of_inventory(app, context))
        }
    };
    texts::bot(bot.name(), &answer)
}

/// `transfer& <Bots> <AppID> <ContextID> <TargetBot> <Rarities>`.
pub(super) fn transfer_rarity_for_bots(
    asf: &Arc<Asf>,
    selector: &str,
    arguments: [&str; 3],
    given: &str,
) -> Option<String> {
    transfer_inventory_for_bots(asf, selector, arguments, Some(given))
}

/// `transfer& <AppID> <ContextID> <TargetBot> <Rarities>` on one bot.
pub(super) fn transfer_rarity_by_name(
    asf: &Arc<Asf>,
    bot: &Bot,
    [app, context, target_name]: [&str; 3],
    given: &str,
) -> String {
    let answer = (|| {
        let target =
            bot_named(asf, target_name).ok_or_else(|| texts::bot_not_found(target_name))?;
        let (app, context) = inventory_of(app, context)?;
        let mut filter = Filter::of_inventory(app, context);
        filter.rarities = Some(rarities(given)?);
        Ok::<_, String>(transfer_to(asf, bot, &target, &filter))
    })()
    .unwrap_or_else(|answer| answer);
    texts::bot(bot.name(), &answer)
}

/// `transfer@` / `transfer% <Bots> <AppIDs> <TargetBot>`.
pub(super) fn transfer_apps_for_bots(
    asf: &Arc<Asf>,
    selector: &str,
    apps: &str,
    target_name: &str,
    exclude: bool,
) -> Option<String> {
    if let Err(not_found) = super::selected(asf, selector) {
        return Some(not_found);
    }
    let apps = match app_ids(apps) {
        Ok(apps) => apps,
        Err(refused) => return Some(texts::asf(&refused.to_string())),
    };
    let Some(target) = bot_named(asf, target_name) else {
        return Some(texts::asf(&texts::bot_not_found(target_name)));
    };
    on_bots(asf, selector, |bot| {
        transfer_transferable(asf, bot, &target, Some((apps.clone(), exclude)))
    })
}

/// `transfer@` / `transfer% <AppIDs> <TargetBot>` on one bot.
pub(super) fn transfer_apps_by_name(
    asf: &Arc<Asf>,
    bot: &Bot,
    apps: &str,
    target_name: &str,
    exclude: bool,
) -> String {
    let answer = match bot_named(asf, target_name) {
        None => texts::bot_not_found(target_name),
        Some(target) => match app_ids(apps) {
            Ok(apps) => transfer_transferable(asf, bot, &target, Some((apps, exclude))),
            Err(refused) => refused.to_string(),
        },
    };
    texts::bot(bot.name(), &answer)
}

/// `unpack`: the simulated network has no booster packs, so there is never anything left
/// to open.
pub(super) fn unpack(bot: &Bot) -> String {
    if bot.is_online() {
        texts::SUCCESS.to_string()
    } else {
        texts::NOT_CONNECTED.to_string()
    }
}

/// `inventory`: a line per inventory holding items, each its own bot response (ASF's
/// `BotInventory`: `<Bot> 753/6 (Steam/Community): 3 assets`).
pub(super) fn inventory(bot: &Bot) -> Option<String> {
    let answer = match inventory::overview(bot) {
        None => texts::bot(bot.name(), texts::NOT_CONNECTED),
        Some(apps) if apps.is_empty() => texts::bot(bot.name(), &texts::empty("inventory")),
        Some(apps) => apps
            .values()
            .flat_map(|app| {
                app.rg_contexts.values().map(move |context| {
                    let line = texts::inventory_context(
                        (app.appid, &app.name),
                        (&context.id, &context.name),
                        context.asset_count,
                    );
                    texts::bot(bot.name(), &line)
                })
            })
            .collect::<Vec<_>>()
            .join("\n"),
    };
    Some(answer)
}

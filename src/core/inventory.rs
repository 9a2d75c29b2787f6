//! A bot's Steam inventory as ASF reports it: the overview of its apps and the items of one
//! inventory. The simulated network holds trading cards only, all in the Steam community
//! inventory (app 753, context 6).

use std::collections::BTreeMap;

use crate::api::{
    BotInventoryResponse, EconAsset, EconDescription, InventoryAppData, InventoryContextData,
};
use crate::core::bot::Bot;

/// The Steam app, owner of the community inventory.
pub(crate) const STEAM_APP: u32 = 753;
/// The community context of the Steam app, where trading cards are kept.
pub(crate) const COMMUNITY_CONTEXT: u64 = 6;

/// The apps of the bot's inventory that hold items, by app ID; `None` while it is offline.
pub(crate) fn overview(bot: &Bot) -> Option<BTreeMap<String, InventoryAppData>> {
    bot.card_count().map(|count| {
        let mut apps = BTreeMap::new();
        if count > 0 {
            apps.insert(STEAM_APP.to_string(), steam_inventory_app(count));
        }
        apps
    })
}

/// The items of one inventory (app and context, both non-zero); no assets nor descriptions
/// while the bot is offline.
pub(crate) fn items(bot: &Bot, app: u32, context: u64) -> BotInventoryResponse {
    let Some(steam_id) = bot.session() else {
        return BotInventoryResponse {
            assets: None,
            descriptions: None,
        };
    };
    let cards = if (app, context) == (STEAM_APP, COMMUNITY_CONTEXT) {
        bot.steam().card_items(steam_id)
    } else {
        Vec::new()
    };
    let (assets, descriptions) = card_assets(&cards);
    BotInventoryResponse {
        assets: Some(assets),
        descriptions: Some(descriptions),
    }
}

/// The Steam community inventory (app 753) holding `count` trading cards.
fn steam_inventory_app(count: u32) -> InventoryAppData {
    let mut contexts = BTreeMap::new();
    contexts.insert(
        COMMUNITY_CONTEXT.to_string(),
        InventoryContextData {
            asset_count: count,
            id: COMMUNITY_CONTEXT.to_string(),
            name: "Community".to_string(),
        },
    );
    InventoryAppData {
        appid: STEAM_APP,
        asset_count: count,
        rg_contexts: contexts,
        icon: "https://cdn.fastly.steamstatic.com/steamcommunity/public/images/apps/753/135dc1ac1cd9763dfc8ad52f4e880d2ac058a36c.jpg".to_string(),
        inventory_logo: None,
        link: "https://steamcommunity.com/app/753/".to_string(),
        load_failed: false,
        name: "Steam".to_string(),
        owner_only: false,
        store_vetted: true,
        trade_permissions: "FULL".to_string(),
    }
}

/// Trading cards as items: one asset and one description per card of every game.
fn card_assets(items: &[(u32, String, u32)]) -> (Vec<EconAsset>, Vec<EconDescription>) {
    let mut assets = Vec::new();
    let mut descriptions = Vec::new();
    for (app_id, game, count) in items {
        for card in 1..=*count {
            let class_id = u64::from(*app_id) * 100 + u64::from(card);
            assets.push(EconAsset {
                appid: STEAM_APP,
                contextid: COMMUNITY_CONTEXT,
                assetid: class_id * 7 + 3,
                classid: class_id,
                instanceid: 0,
                amount: 1,
                ..EconAsset::default()
            });
            let name = format!("{game} card {card}");
            descriptions.push(EconDescription {
                appid: Some(STEAM_APP as i32),
                classid: Some(class_id),
                instanceid: Some(0),
                market_name: Some(name.clone()),
                market_hash_name: Some(format!("{app_id}-{name}")),
                name: Some(name),
                item_type: Some(format!("{game} Trading Card")),
                tradable: Some(true),
                marketable: Some(true),
                ..EconDescription::default()
            });
        }
    }
    (assets, descriptions)
}

//! `addlicense`, `rmlicense` and `redeempoints`: one `ID: … | Status: …` line per entry.
//!
//! Licences are written `app/<id>` (or `a/`), `sub/<id>` (or `s/`), or a bare number, which
//! is a package.

use super::parse;
use crate::api::enums::{EPurchaseResultDetail, EResult};
use crate::core::bot::Bot;
use crate::core::texts;
use crate::core::texts::dotnet::EnumText;

/// An entry of a licence list.
enum License {
    App(u32),
    Package(u32),
    /// Not a licence: ASF answers `gameID is invalid!` for it.
    Invalid,
}

fn license(entry: &str) -> License {
    match entry.find('/') {
        Some(i) if i > 0 && entry.len() > i + 1 => {
            let Some(id) = parse::id::<u32>(&entry[i + 1..]) else {
                return License::Invalid;
            };
            match entry[..i].to_uppercase().as_str() {
                "A" | "APP" => License::App(id),
                "S" | "SUB" => License::Package(id),
                _ => License::Invalid,
            }
        }
        _ => parse::id::<u32>(entry).map_or(License::Invalid, License::Package),
    }
}

/// An `EResult` by name (its number when it has none).
pub(super) fn result_name(result: EResult) -> String {
    result.to_dotnet_string()
}

/// An `EPurchaseResultDetail` by name (its number when it has none).
pub(super) fn detail_name(detail: EPurchaseResultDetail) -> String {
    detail.to_dotnet_string()
}

/// `addlicense <Licenses>`: activates free licences.
pub(super) fn add(bot: &Bot, query: &str) -> Option<String> {
    let name = bot.name();
    let Some(owned) = bot.licenses() else {
        return Some(texts::bot(name, texts::NOT_CONNECTED));
    };
    let already = format!(
        "{}/{}",
        result_name(EResult::Fail),
        detail_name(EPurchaseResultDetail::AlreadyPurchased)
    );
    let mut lines = texts::Lines::default();
    for entry in parse::distinct(query) {
        let line = match license(entry) {
            License::Invalid => texts::invalid("gameID"),
            License::App(app) => {
                let id = format!("app/{app}");
                if owned.iter().any(|l| l.app == app) {
                    texts::id_status(&id, &already)
                } else {
                    let purchase = bot.add_license(app, true);
                    if purchase.items.is_empty() {
                        texts::id_status(&id, &result_name(purchase.result))
                    } else {
                        // Granted apps first, then granted packages.
                        let mut granted: Vec<String> = Vec::new();
                        for item in purchase.items.iter().map(|(_, a, _)| format!("app/{a}")) {
                            if !granted.contains(&item) {
                                granted.push(item);
                            }
                        }
                        for item in purchase.items.iter().map(|(p, _, _)| format!("sub/{p}")) {
                            if !granted.contains(&item) {
                                granted.push(item);
                            }
                        }
                        format!(
                            "{} | Items: {}",
                            texts::id_status(&id, &result_name(purchase.result)),
                            granted.join(", ")
                        )
                    }
                }
            }
            License::Package(package) => {
                let id = format!("sub/{package}");
                if owned.iter().any(|l| l.package == package) {
                    texts::id_status(&id, &already)
                } else {
                    let purchase = bot.add_license(package, false);
                    let status = format!(
                        "{}/{}",
                        result_name(purchase.result),
                        detail_name(purchase.detail)
                    );
                    texts::id_status(&id, &status)
                }
            }
        };
        lines.push(&texts::bot(name, &line));
    }
    lines.into_answer()
}

/// `rmlicense <Licenses>`: removes licences the account holds.
pub(super) fn remove(bot: &Bot, query: &str) -> Option<String> {
    let name = bot.name();
    let Some(owned) = bot.licenses() else {
        return Some(texts::bot(name, texts::NOT_CONNECTED));
    };
    let mut lines = texts::Lines::default();
    for entry in parse::distinct(query) {
        let line = match license(entry) {
            License::Invalid => texts::invalid("gameID"),
            License::App(app) => {
                let result = if owned.iter().any(|l| l.app == app) {
                    bot.remove_license(app, true)
                } else {
                    EResult::InvalidState
                };
                texts::id_status(&format!("app/{app}"), &result_name(result))
            }
            License::Package(package) => {
                let result = if owned.iter().any(|l| l.package == package) {
                    bot.remove_license(package, false)
                } else {
                    EResult::InvalidState
                };
                texts::id_status(&format!("sub/{package}"), &result_name(result))
            }
        };
        lines.push(&texts::bot(name, &line));
    }
    lines.into_answer()
}

/// `redeempoints <DefinitionIDs>`: buys points-shop items; an ID ending in `!` may cost
/// points, the others must be free.
pub(super) fn redeem_points(bot: &Bot, query: &str) -> Option<String> {
    let name = bot.name();
    let line = |t: &str| Some(texts::bot(name, t));
    let Some(steam_id) = bot.session() else {
        return line(texts::NOT_CONNECTED);
    };
    let entries = parse::distinct(query);
    if entries.is_empty() {
        return line(&texts::empty("definitions"));
    }
    // In order of first appearance; a later mention decides whether it is forced.
    let mut items: Vec<(u32, bool)> = Vec::new();
    for entry in entries {
        let (number, forced) = match entry.strip_suffix('!') {
            Some(number) => (number, true),
            None => (entry, false),
        };
        let Some(id) = parse::id::<u32>(number) else {
            return line(&texts::invalid("definition"));
        };
        match items.iter_mut().find(|(i, _)| *i == id) {
            Some(item) => item.1 = forced,
            None => items.push((id, forced)),
        }
    }
    for (id, _) in items.iter().filter(|(_, forced)| !forced) {
        match bot.steam().reward_cost(steam_id, *id) {
            None => return line(&texts::failed_with(&id.to_string())),
            Some(cost) if cost > 0 => {
                return line(&texts::failed_with(&format!(
                    "{id} point_cost ({cost}) > 0"
                )));
            }
            Some(_) => {}
        }
    }
    let mut lines = texts::Lines::default();
    for (id, _) in items {
        let result = bot.redeem_points(id, true);
        lines.push(&texts::bot(
            name,
            &texts::id_status(&id.to_string(), &result_name(result)),
        ));
    }
    lines.into_answer()
}

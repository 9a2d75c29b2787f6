//! ASF's commands, as `POST /Api/Command` runs them: on the default bot, with Owner access.
//!
//! The first word names the command (any case). Commands that act on bots take an optional
//! `[Bots]` selector first; without it they act on the default bot. Each bot answers with a
//! line `<Bot> text`, process-wide answers are `<ASF> text`, and several lines are joined with
//! newlines.

use std::sync::Arc;

use crate::api::enums::{AsfEnum, ECryptoMethod, EHashingMethod, EUserInputType};
use crate::core::bot::Bot;
use crate::core::steam::eresult;
use crate::core::{Asf, crypto, process, twofa};

const NOT_CONNECTED: &str = "This bot instance is not connected!";
const NO_2FA: &str = "This bot doesn't have ASF 2FA enabled! Did you forget to import your authenticator as ASF 2FA?";
/// Longest command line looked at; the rest is ignored.
const MAX_COMMAND_CHARS: usize = 16 * 1024;

/// Runs `command` (without its prefix) and returns its output, `None` when there is none.
pub async fn execute(asf: &Arc<Asf>, command: &str) -> Option<String> {
    let command: String = command.chars().take(MAX_COMMAND_CHARS).collect();
    let args: Vec<&str> = command.split_whitespace().collect();
    let first = args.first()?.to_lowercase();
    let default = default_bot(asf)?;
    let default_name = default.name().to_string();
    let one = |text: &str| format!("<{default_name}> {text}");

    // Process-wide commands.
    match first.as_str() {
        "version" => return Some(one(&format!("ASF V{}", process::ASF_VERSION))),
        "help" => {
            return Some(one(
                "https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands",
            ));
        }
        "stats" => {
            let uptime = chrono::Utc::now().signed_duration_since(asf.start_time());
            let uptime = process::format_timespan(uptime.to_std().unwrap_or_default());
            return Some(one(&format!(
                "Process uptime: {uptime}, memory usage: {} KiB",
                process::memory_usage_kib()
            )));
        }
        "exit" => {
            let asf = asf.clone();
            tokio::spawn(async move {
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                asf.request_exit(0);
            });
            return Some(one("Done!"));
        }
        "restart" => {
            if !asf.restart_allowed() {
                return Some(one("Failed!"));
            }
            let asf = asf.clone();
            tokio::spawn(async move {
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                asf.restart();
            });
            return Some(one("Done!"));
        }
        "update" | "updateplugins" => {
            return Some(one(&format!("Failed! V{} ≥ V", process::ASF_VERSION)));
        }
        "encrypt" | "hash" => {
            if args.len() < 3 {
                return Some(one("Unknown command!"));
            }
            let text = rest_of_line(&command, 2);
            let key = asf.crypt_key().to_vec();
            let output = if first == "encrypt" {
                match ECryptoMethod::value_of(args[1]).map(|v| ECryptoMethod(v as u8)) {
                    Some(ECryptoMethod::AES) => Some(crypto::encrypt_aes(&text, &key)),
                    Some(
                        ECryptoMethod::PlainText
                        | ECryptoMethod::EnvironmentVariable
                        | ECryptoMethod::File,
                    ) => Some(text),
                    _ => None,
                }
            } else {
                match EHashingMethod::value_of(args[1]).map(|v| EHashingMethod(v as u8)) {
                    Some(method) => tokio::task::spawn_blocking(move || {
                        crypto::hash_string(method, &text, &key)
                    })
                    .await
                    .ok()
                    .flatten(),
                    None => None,
                }
            };
            return Some(match output {
                Some(out) => one(&out),
                None => one(&format!("{} is invalid!", "cryptoMethod")),
            });
        }
        "sa" => return Some(status(&asf.bots().select("ASF").unwrap_or_default())),
        "oa" => return for_bots(asf, "ASF", &args[1..], &first).await,
        "ala" => return for_bots(asf, "ASF", &args[1..], "addlicense").await,
        _ => {}
    }

    // Bot commands: `cmd [Bots] args…`, the selector optional.
    let Some((min_args, true)) = bot_command_shape(&first) else {
        // Unknown words, and the commands of plugins this build does not have.
        return Some(one("Unknown command!"));
    };
    if args.len() - 1 > min_args {
        return for_bots(asf, args[1], &args[2..], &first).await;
    }
    if args.len() - 1 < min_args {
        return Some(one("Unknown command!"));
    }
    if first == "status" {
        let bots = std::collections::BTreeMap::from([(default_name.clone(), default.clone())]);
        return Some(status(&bots));
    }
    Some(one(&run_on_bot(asf, &default, &first, &args[1..]).await))
}

/// For each command word: how many arguments follow the optional selector, and whether it
/// acts on bots. `None`: not a command.
fn bot_command_shape(command: &str) -> Option<(usize, bool)> {
    Some(match command {
        "status" | "start" | "stop" | "pause" | "pause~" | "resume" | "2fa" | "2fano" | "2faok"
        | "bgr" | "bgrclear" | "fb" | "fq" | "tb" | "mab" | "level" | "balance" | "points"
        | "reset" | "farm" | "inventory" | "loot" | "unpack" => (0, true),
        "pause&" | "fbadd" | "fbrm" | "fqadd" | "fqrm" | "tbadd" | "tbrm" | "mabadd" | "mabrm"
        | "redeem" | "r" | "addlicense" | "al" | "addlicence" | "rmlicense" | "rl"
        | "rmlicence" | "owns" | "nickname" | "play" | "redeempoints" | "rp" | "privacy"
        | "transfer" | "loot@" | "loot%" => (1, true),
        "input" | "redeem^" | "r^" | "loot^" | "transfer@" | "transfer%" => (2, true),
        "loot&" | "transfer^" => (3, true),
        "transfer&" => (4, true),
        "2fainit" | "2fafinalize" | "2fafinalized" | "2fafinalizedforce" | "match" | "std" => {
            (0, false)
        }
        _ => return None,
    })
}

/// Runs a bot command on every bot `selector` names; `<ASF> Couldn't find…` when none.
async fn for_bots(asf: &Arc<Asf>, selector: &str, args: &[&str], command: &str) -> Option<String> {
    let bots = asf.bots().select(selector).unwrap_or_default();
    if bots.is_empty() {
        return Some(format!("<ASF> Couldn't find any bot named {selector}!"));
    }
    if command == "status" {
        return Some(status(&bots));
    }
    let command = if command == "oa" { "owns" } else { command };
    let mut lines = Vec::with_capacity(bots.len());
    for (name, bot) in &bots {
        lines.push(format!(
            "<{name}> {}",
            run_on_bot(asf, bot, command, args).await
        ));
    }
    Some(lines.join("\n"))
}

/// The default bot: `DefaultBot` when it names a bot, else the first by name.
fn default_bot(asf: &Asf) -> Option<Arc<Bot>> {
    asf.global_config()
        .default_bot
        .and_then(|name| asf.bots().get(&name))
        .or_else(|| asf.bots().all().into_iter().next())
}

/// Everything after the first `skip` words of `line`, verbatim.
fn rest_of_line(line: &str, skip: usize) -> String {
    let mut rest = line.trim_start();
    for _ in 0..skip {
        rest = rest
            .find(char::is_whitespace)
            .map_or("", |i| rest[i..].trim_start());
    }
    rest.to_string()
}

/// `status` lines plus ASF's summary line.
fn status(bots: &std::collections::BTreeMap<String, Arc<Bot>>) -> String {
    let mut lines = Vec::new();
    let (mut running, mut games, mut cards) = (0, 0, 0u64);
    for (name, bot) in bots {
        let s = bot.status();
        let farmer = &s.cards_farmer;
        let text = if !s.keep_running {
            "Bot is not running.".to_string()
        } else if !s.is_connected_and_logged_on {
            "Bot is connecting to Steam network.".to_string()
        } else if farmer.paused {
            "Bot is paused or running in manual mode.".to_string()
        } else if let Some(game) = farmer.current_games_farming.first() {
            let total: u64 = farmer
                .games_to_farm
                .iter()
                .map(|g| u64::from(g.cards_remaining))
                .sum();
            format!(
                "Bot is farming game: {} ({}, {} card drops remaining) from a total of {} games ({} cards) left to farm (~{} remaining).",
                game.app_id,
                game.game_name,
                game.cards_remaining,
                farmer.games_to_farm.len(),
                total,
                farmer.time_remaining
            )
        } else {
            "Bot is not farming anything.".to_string()
        };
        if s.keep_running {
            running += 1;
        }
        games += farmer.games_to_farm.len();
        cards += farmer
            .games_to_farm
            .iter()
            .map(|g| u64::from(g.cards_remaining))
            .sum::<u64>();
        lines.push(format!("<{name}> {text}"));
    }
    if bots.len() > 1 {
        lines.push(format!(
            "<ASF> There are {running}/{} bots running, with total of {games} games ({cards} cards) left to farm.",
            bots.len()
        ));
    }
    lines.join("\n")
}

/// Parses a comma list of numbers; `None` when any entry is not one.
fn numbers<T: std::str::FromStr>(text: &str) -> Option<Vec<T>> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.trim().parse().ok())
        .collect()
}

/// One bot's answer to `command` with `args` (the selector already removed).
async fn run_on_bot(asf: &Asf, bot: &Arc<Bot>, command: &str, args: &[&str]) -> String {
    let joined = args.join(" ");
    match command {
        "start" => bot.start().1.to_string(),
        "stop" => bot.stop().1.to_string(),
        "pause" => bot.pause(true, 0).1.to_string(),
        "pause~" => bot.pause(false, 0).1.to_string(),
        "pause&" => match args.first().and_then(|s| s.parse::<u16>().ok()) {
            Some(seconds) if seconds > 0 => bot.pause(true, seconds).1.to_string(),
            _ => "seconds is invalid!".to_string(),
        },
        "resume" => bot.resume().1.to_string(),
        "2fa" => match bot.authenticator() {
            None => NO_2FA.to_string(),
            Some(auth) => match twofa::steam_guard_code(&auth.shared_secret, twofa::now()) {
                Some(code) => format!("2FA Token: {code}"),
                None => "Failed!".to_string(),
            },
        },
        "2faok" | "2fano" => {
            if bot.authenticator().is_none() {
                return NO_2FA.to_string();
            }
            let Some(steam_id) = bot.session() else {
                return NOT_CONNECTED.to_string();
            };
            let ids: Vec<u64> = bot
                .steam()
                .confirmations(steam_id)
                .iter()
                .map(|c| c.id)
                .collect();
            let handled = bot
                .steam()
                .handle_confirmations(steam_id, &ids, command == "2faok");
            format!("Successfully handled {} confirmations!", handled.len())
        }
        "bgr" => {
            let data = bot.db().get();
            if data.games_to_redeem.is_empty() {
                "Nothing found!".to_string()
            } else {
                let names: Vec<String> = data
                    .games_to_redeem
                    .iter()
                    .map(|(key, name)| format!("{name} ({key})"))
                    .collect();
                format!("Pending: {}", names.join(", "))
            }
        }
        "bgrclear" => {
            bot.clear_games_to_redeem();
            "Done!".to_string()
        }
        "fb" | "fq" | "tb" | "mab" => {
            let data = bot.db().get();
            let list: Vec<String> = match command {
                "fb" => data.farming_blacklist.iter().map(u32::to_string).collect(),
                "fq" => data
                    .farming_priority_queue
                    .iter()
                    .map(u32::to_string)
                    .collect(),
                "tb" => data.trading_blacklist.iter().map(u64::to_string).collect(),
                _ => data
                    .match_actively_blacklist
                    .iter()
                    .map(u32::to_string)
                    .collect(),
            };
            if list.is_empty() {
                "Nothing found!".to_string()
            } else {
                list.join(", ")
            }
        }
        "fbadd" | "fbrm" | "fqadd" | "fqrm" | "mabadd" | "mabrm" => {
            let Some(ids) = numbers::<u32>(&joined).filter(|ids| ids.iter().all(|id| *id != 0))
            else {
                return "appIDs is invalid!".to_string();
            };
            let add = command.ends_with("add");
            let list = &command[..command.len() - if add { 3 } else { 2 }];
            let changed = bot.db().update(|data| {
                let mut changed = false;
                for id in &ids {
                    changed |= match (list, add) {
                        ("fb", true) => data.farming_blacklist.insert(*id),
                        ("fb", false) => data.farming_blacklist.remove(id),
                        ("mab", true) => data.match_actively_blacklist.insert(*id),
                        ("mab", false) => data.match_actively_blacklist.remove(id),
                        (_, true) if !data.farming_priority_queue.contains(id) => {
                            data.farming_priority_queue.push(*id);
                            true
                        }
                        (_, true) => false,
                        (_, false) => {
                            let before = data.farming_priority_queue.len();
                            data.farming_priority_queue.retain(|x| x != id);
                            before != data.farming_priority_queue.len()
                        }
                    };
                }
                (changed, changed)
            });
            if changed {
                "Done!".to_string()
            } else {
                "Nothing found!".to_string()
            }
        }
        "tbadd" | "tbrm" => {
            let Some(ids) = numbers::<u64>(&joined).filter(|ids| {
                ids.iter()
                    .all(|id| crate::core::config::is_individual_steam_id(*id))
            }) else {
                return "SteamIDs is invalid!".to_string();
            };
            let add = command == "tbadd";
            let changed = bot.db().update(|data| {
                let mut changed = false;
                for id in &ids {
                    changed |= if add {
                        data.trading_blacklist.insert(*id)
                    } else {
                        data.trading_blacklist.remove(id)
                    };
                }
                (changed, changed)
            });
            if changed {
                "Done!".to_string()
            } else {
                "Nothing found!".to_string()
            }
        }
        "input" => {
            let global = asf.global_config();
            if !global.headless && !asf.is_service() {
                return "This function is available only in headless mode!".to_string();
            }
            let kind = EUserInputType::value_of(args[0]).map(|v| EUserInputType(v as u8));
            match kind {
                Some(kind) if kind != EUserInputType::None && kind.is_defined() => {
                    if bot.set_input(kind, &rest_of_line(&joined, 1)) {
                        "Done!".to_string()
                    } else {
                        "Failed!".to_string()
                    }
                }
                _ => "inputType is invalid!".to_string(),
            }
        }
        "redeem" | "r" | "redeem^" | "r^" => {
            let keys_text = if command.ends_with('^') {
                rest_of_line(&joined, 1)
            } else {
                joined.clone()
            };
            let keys: Vec<&str> = keys_text
                .split([',', '\n'])
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .collect();
            if keys.is_empty() {
                return "keys is empty!".to_string();
            }
            let mut lines = Vec::new();
            for key in keys {
                match bot.redeem(key) {
                    None => lines.push(NOT_CONNECTED.to_string()),
                    Some(p) => {
                        let detail = crate::api::enums::EPurchaseResultDetail(p.detail)
                            .name()
                            .map_or_else(|| p.detail.to_string(), str::to_string);
                        let result = crate::api::enums::EResult(p.result)
                            .name()
                            .map_or_else(|| p.result.to_string(), str::to_string);
                        let items: Vec<String> = p
                            .items
                            .iter()
                            .map(|(id, _, name)| format!("sub/{id}: {name}"))
                            .collect();
                        let items = if items.is_empty() {
                            String::new()
                        } else {
                            format!(" | Items: {}", items.join(", "))
                        };
                        lines.push(format!("Key: {key} | Status: {result}/{detail}{items}"));
                    }
                }
            }
            lines.join("\n")
        }
        "addlicense" | "al" | "addlicence" | "rmlicense" | "rl" | "rmlicence" => {
            if bot.session().is_none() {
                return NOT_CONNECTED.to_string();
            }
            let add = command.starts_with('a');
            let mut lines = Vec::new();
            for entry in joined.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                let (app, id) = match entry.split_once('/') {
                    Some((kind, id))
                        if kind.eq_ignore_ascii_case("app") || kind.eq_ignore_ascii_case("a") =>
                    {
                        (true, id)
                    }
                    Some((kind, id))
                        if kind.eq_ignore_ascii_case("sub") || kind.eq_ignore_ascii_case("s") =>
                    {
                        (false, id)
                    }
                    Some(_) => return "licenses is invalid!".to_string(),
                    None => (false, entry),
                };
                let Some(id) = id.parse::<u32>().ok().filter(|id| *id != 0) else {
                    return "licenses is invalid!".to_string();
                };
                let label = if app { "app" } else { "sub" };
                let result = if add {
                    let p = bot.add_license(id, app);
                    let detail = crate::api::enums::EPurchaseResultDetail(p.detail)
                        .name()
                        .unwrap_or("Unknown");
                    format!(
                        "{}/{}",
                        if p.result == eresult::OK {
                            "OK"
                        } else {
                            "Fail"
                        },
                        detail
                    )
                } else {
                    let r = bot.remove_license(id, app);
                    if r == eresult::OK {
                        "OK".to_string()
                    } else {
                        "Fail".to_string()
                    }
                };
                lines.push(format!("{label}/{id}: {result}"));
            }
            if lines.is_empty() {
                "licenses is empty!".to_string()
            } else {
                lines.join("\n")
            }
        }
        "owns" => {
            let Some(steam_id) = bot.session() else {
                return NOT_CONNECTED.to_string();
            };
            let owned = bot.steam().badges(steam_id).await.unwrap_or_default();
            let mut lines = Vec::new();
            for query in joined.split(',').map(str::trim).filter(|q| !q.is_empty()) {
                let id = query.rsplit('/').next().and_then(|n| n.parse::<u32>().ok());
                let found = owned.iter().find(|g| {
                    Some(g.app_id) == id || g.name.to_lowercase().contains(&query.to_lowercase())
                });
                lines.push(match found {
                    Some(g) => format!("Owned already: app/{} | {}", g.app_id, g.name),
                    None => format!("Not owned yet: {query}"),
                });
            }
            lines.join("\n")
        }
        "level" | "balance" | "points" | "nickname" | "play" | "reset" | "farm" | "inventory"
        | "redeempoints" | "rp" => {
            let Some(steam_id) = bot.session() else {
                return NOT_CONNECTED.to_string();
            };
            let (level, points) = bot.steam().profile(steam_id);
            let status = bot.status();
            match command {
                "level" => format!("Your Steam account level is {level}."),
                "points" => format!("Your points balance is {points}."),
                "balance" => format!(
                    "Wallet balance: {:.2} {}",
                    status.wallet_balance as f64 / 100.0,
                    crate::api::enums::ECurrencyCode(status.wallet_currency.0)
                        .name()
                        .unwrap_or("")
                ),
                "inventory" => format!(
                    "Steam (753) Community: {} items",
                    bot.card_count().unwrap_or(0)
                ),
                "redeempoints" | "rp" => {
                    let mut lines = Vec::new();
                    for entry in joined.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                        let forced = entry.ends_with('!');
                        let Some(id) = entry
                            .trim_end_matches('!')
                            .parse::<u32>()
                            .ok()
                            .filter(|i| *i != 0)
                        else {
                            return "definitionIDs is invalid!".to_string();
                        };
                        let r = bot.redeem_points(id, forced);
                        let name = crate::api::enums::EResult(r).name().unwrap_or("Unknown");
                        lines.push(format!("{id}: {name}"));
                    }
                    lines.join("\n")
                }
                _ => "Done!".to_string(),
            }
        }
        "loot" | "loot@" | "loot%" | "loot^" | "loot&" | "transfer" | "transfer@" | "transfer%"
        | "transfer^" | "transfer&" | "unpack" | "privacy" => {
            if bot.session().is_none() {
                NOT_CONNECTED.to_string()
            } else {
                "Nothing found!".to_string()
            }
        }
        _ => "Unknown command!".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::rest_of_line;

    #[test]
    fn rest_of_line_keeps_spacing() {
        assert_eq!(rest_of_line("encrypt AES  my  secret", 2), "my  secret");
        assert_eq!(rest_of_line("x", 3), "");
    }

    #[test]
    fn keys_are_checked_by_the_redeemer_format() {
        assert!(crate::core::bgr::is_valid_key("AAAAA-BBBBB-CCCCC"));
    }
}

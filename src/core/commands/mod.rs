//! ASF's commands, as `POST /Api/Command` runs them: on the default bot, with Owner access.
//!
//! The message is split into words; the first names the command (any case). What the other
//! words mean depends on how many there are, exactly as in ASF: `status` alone asks the
//! default bot, `status A,B` asks the bots the selector names (each answering `<Bot> text`,
//! a selector matching nothing giving `<ASF> Couldn't find any bot named …!`), and a command
//! given the wrong number of words is an unknown command. Process-wide answers read
//! `<ASF> text`.

mod account;
mod farming;
mod licenses;
mod owns;
mod parse;
mod process;
mod redeem;
mod status;
pub mod text;
mod trading;

use std::sync::Arc;

use crate::core::Asf;
use crate::core::bot::Bot;

use farming::ListKind;

/// What one bot is asked; each bot answers for itself.
enum PerBot {
    TwoFa,
    Confirmations {
        accept: bool,
    },
    AddLicense(String),
    RemoveLicense(String),
    RedeemPoints(String),
    Balance,
    Bgr,
    BgrClear,
    Farm,
    List(ListKind),
    ListAdd(ListKind, String),
    ListRemove(ListKind, String),
    Input(String, String),
    Inventory,
    Level,
    Loot,
    LootApps {
        apps: String,
        exclude: bool,
    },
    LootAdvanced {
        app: String,
        context: String,
    },
    LootRarity {
        app: String,
        context: String,
        rarities: String,
    },
    Nickname(String),
    Owns(String),
    Pause {
        permanent: bool,
        seconds: Option<String>,
    },
    Play(String),
    Points,
    Privacy(String),
    Redeem {
        keys: String,
        modes: Option<String>,
    },
    Reset,
    Resume,
    Start,
    Stop,
    Stats,
    Status,
    Transfer(String),
    Unpack,
    Version,
    Help,
    Unknown,
}

/// Runs `message` (its prefix already removed) and returns the answer; `None` when there is
/// none (ASF's `null`).
pub async fn execute(asf: &Arc<Asf>, message: &str) -> Option<String> {
    let args: Vec<&str> = message.split_whitespace().collect();
    let word = args.first()?.to_uppercase();
    let default = default_bot(asf)?;
    if args.len() == 1 {
        let command = match word.as_str() {
            "2FA" => PerBot::TwoFa,
            "2FANO" => PerBot::Confirmations { accept: false },
            "2FAOK" => PerBot::Confirmations { accept: true },
            "BALANCE" => PerBot::Balance,
            "BGR" => PerBot::Bgr,
            "BGRCLEAR" => PerBot::BgrClear,
            "EXIT" => return Some(process::exit(asf)),
            "FARM" => PerBot::Farm,
            "FB" => PerBot::List(ListKind::FarmingBlacklist),
            "FQ" => PerBot::List(ListKind::FarmingQueue),
            "HELP" => PerBot::Help,
            "INVENTORY" => PerBot::Inventory,
            "LEVEL" => PerBot::Level,
            "LOOT" => PerBot::Loot,
            "MAB" => PerBot::List(ListKind::MatchActivelyBlacklist),
            "PAUSE" => pause(true, None),
            "PAUSE~" => pause(false, None),
            "POINTS" => PerBot::Points,
            "RESET" => PerBot::Reset,
            "RESUME" => PerBot::Resume,
            "RESTART" => return Some(process::restart(asf)),
            "SA" => return status::for_bots(asf, "ASF"),
            "START" => PerBot::Start,
            "STATS" => PerBot::Stats,
            "STATUS" => PerBot::Status,
            "STOP" => PerBot::Stop,
            "TB" => PerBot::List(ListKind::TradingBlacklist),
            "UNPACK" => PerBot::Unpack,
            "UPDATE" => return Some(process::update(None)),
            "UPDATEPLUGINS" => return Some(process::update_plugins(None, None)),
            "VERSION" => PerBot::Version,
            _ => PerBot::Unknown,
        };
        return run(asf, &default, &command).await;
    }

    let n = args.len();
    let all_after = |from| parse::joined(&args, from);
    let rest = |skip| parse::rest(message, skip);
    let selector = args[1];
    // `cmd <Bots> <arguments…>` when there are more words than the command needs, else
    // `cmd <arguments>` on the default bot.
    let (bots, command): (Option<&str>, PerBot) = match word.as_str() {
        "2FA" => return for_bots(asf, &all_after(1), &PerBot::TwoFa).await,
        "2FANO" | "2FAOK" => {
            let accept = word == "2FAOK";
            return for_bots(asf, &all_after(1), &PerBot::Confirmations { accept }).await;
        }
        "AL" | "ADDLICENCE" | "ADDLICENSE" if n > 2 => {
            (Some(selector), PerBot::AddLicense(all_after(2)))
        }
        "AL" | "ADDLICENCE" | "ADDLICENSE" => (None, PerBot::AddLicense(selector.to_string())),
        "ALA" => return for_bots(asf, "ASF", &PerBot::AddLicense(all_after(1))).await,
        "ENCRYPT" if n > 2 => return Some(process::encrypt(asf, args[1], &rest(2))),
        "HASH" if n > 2 => return Some(process::hash(asf, args[1], &rest(2)).await),
        "FBADD" | "FQADD" | "MABADD" | "TBADD" | "FBRM" | "FQRM" | "MABRM" | "TBRM" => {
            let adding = word.ends_with("ADD");
            let kind = ListKind::of(&word[..word.len() - if adding { 3 } else { 2 }])?;
            let (bots, items) = if n > 2 {
                (Some(selector), all_after(2))
            } else {
                (None, selector.to_string())
            };
            let command = if adding {
                PerBot::ListAdd(kind, items)
            } else {
                PerBot::ListRemove(kind, items)
            };
            (bots, command)
        }
        "INPUT" if n > 3 => (Some(selector), PerBot::Input(args[2].to_string(), rest(3))),
        "INPUT" if n > 2 => (
            None,
            PerBot::Input(args[1].to_string(), args[2].to_string()),
        ),
        "LOOT^" if n > 3 => (
            Some(selector),
            PerBot::LootAdvanced {
                app: args[2].to_string(),
                context: rest(3),
            },
        ),
        "LOOT^" if n > 2 => (
            None,
            PerBot::LootAdvanced {
                app: args[1].to_string(),
                context: args[2].to_string(),
            },
        ),
        "LOOT&" if n > 4 => (
            Some(selector),
            PerBot::LootRarity {
                app: args[2].to_string(),
                context: args[3].to_string(),
                rarities: all_after(4),
            },
        ),
        "LOOT&" if n > 3 => (
            None,
            PerBot::LootRarity {
                app: args[1].to_string(),
                context: args[2].to_string(),
                rarities: args[3].to_string(),
            },
        ),
        "LOOT@" | "LOOT%" => {
            let exclude = word == "LOOT%";
            if n > 2 {
                let apps = all_after(2);
                (Some(selector), PerBot::LootApps { apps, exclude })
            } else {
                let apps = selector.to_string();
                (None, PerBot::LootApps { apps, exclude })
            }
        }
        "NICKNAME" if n > 2 => (Some(selector), PerBot::Nickname(rest(2))),
        "NICKNAME" => (None, PerBot::Nickname(selector.to_string())),
        "OA" => return owns::for_bots(asf, "ASF", &rest(1)),
        "OWNS" if n > 2 => return owns::for_bots(asf, selector, &rest(2)),
        "OWNS" => (None, PerBot::Owns(selector.to_string())),
        "PAUSE&" if n > 2 => (Some(selector), pause(true, Some(rest(2)))),
        "PAUSE&" => (None, pause(true, Some(selector.to_string()))),
        "PLAY" if n > 2 => (Some(selector), PerBot::Play(rest(2))),
        "PLAY" => (None, PerBot::Play(selector.to_string())),
        "PRIVACY" if n > 2 => (Some(selector), PerBot::Privacy(all_after(2))),
        "PRIVACY" => (None, PerBot::Privacy(selector.to_string())),
        "R" | "REDEEM" if n > 2 => (
            Some(selector),
            PerBot::Redeem {
                keys: all_after(2),
                modes: None,
            },
        ),
        "R" | "REDEEM" => (
            None,
            PerBot::Redeem {
                keys: selector.to_string(),
                modes: None,
            },
        ),
        "R^" | "REDEEM^" if n > 3 => (
            Some(selector),
            PerBot::Redeem {
                keys: all_after(3),
                modes: Some(args[2].to_string()),
            },
        ),
        "R^" | "REDEEM^" if n > 2 => (
            None,
            PerBot::Redeem {
                keys: args[2].to_string(),
                modes: Some(args[1].to_string()),
            },
        ),
        "RL" | "RMLICENCE" | "RMLICENSE" if n > 2 => {
            (Some(selector), PerBot::RemoveLicense(all_after(2)))
        }
        "RL" | "RMLICENCE" | "RMLICENSE" => (None, PerBot::RemoveLicense(selector.to_string())),
        "RP" | "REDEEMPOINTS" if n > 2 => (Some(selector), PerBot::RedeemPoints(all_after(2))),
        "RP" | "REDEEMPOINTS" => (None, PerBot::RedeemPoints(selector.to_string())),
        "STATUS" => return status::for_bots(asf, &all_after(1)),
        "TRANSFER" if n > 2 => (Some(selector), PerBot::Transfer(rest(2))),
        "TRANSFER" => (None, PerBot::Transfer(selector.to_string())),
        "TRANSFER^" if n > 4 => {
            return trading::transfer_advanced_for_bots(asf, selector, args[2], args[3], &rest(4));
        }
        "TRANSFER^" if n > 3 => {
            return Some(trading::transfer_advanced_by_name(
                asf, &default, args[1], args[2], args[3],
            ));
        }
        "TRANSFER&" if n > 5 => {
            return trading::transfer_rarity_for_bots(
                asf,
                selector,
                [args[2], args[3], args[4]],
                &all_after(5),
            );
        }
        "TRANSFER&" if n > 4 => {
            return Some(trading::transfer_rarity_by_name(
                asf,
                &default,
                [args[1], args[2], args[3]],
                args[4],
            ));
        }
        "TRANSFER@" | "TRANSFER%" if n > 2 => {
            let exclude = word == "TRANSFER%";
            return if n > 3 {
                trading::transfer_apps_for_bots(asf, selector, args[2], &rest(3), exclude)
            } else {
                Some(trading::transfer_apps_by_name(
                    asf, &default, args[1], args[2], exclude,
                ))
            };
        }
        "UPDATE" => return Some(process::update(Some(selector))),
        "UPDATEPLUGINS" if n > 2 => {
            return Some(process::update_plugins(Some(selector), Some(&all_after(2))));
        }
        "UPDATEPLUGINS" => return Some(process::update_plugins(Some(selector), None)),
        // The rest take only the selector (every remaining word, joined with commas).
        other => {
            let command = match other {
                "BALANCE" => PerBot::Balance,
                "BGR" => PerBot::Bgr,
                "BGRCLEAR" => PerBot::BgrClear,
                "FARM" => PerBot::Farm,
                "FB" => PerBot::List(ListKind::FarmingBlacklist),
                "FQ" => PerBot::List(ListKind::FarmingQueue),
                "INVENTORY" => PerBot::Inventory,
                "LEVEL" => PerBot::Level,
                "LOOT" => PerBot::Loot,
                "MAB" => PerBot::List(ListKind::MatchActivelyBlacklist),
                "PAUSE" => pause(true, None),
                "PAUSE~" => pause(false, None),
                "POINTS" => PerBot::Points,
                "RESET" => PerBot::Reset,
                "RESUME" => PerBot::Resume,
                "START" => PerBot::Start,
                "STOP" => PerBot::Stop,
                "TB" => PerBot::List(ListKind::TradingBlacklist),
                "UNPACK" => PerBot::Unpack,
                // Plugins' commands, and words that are no command (or not with these words).
                _ => return run(asf, &default, &PerBot::Unknown).await,
            };
            return for_bots(asf, &all_after(1), &command).await;
        }
    };
    match bots {
        Some(selector) => for_bots(asf, selector, &command).await,
        None => run(asf, &default, &command).await,
    }
}

fn pause(permanent: bool, seconds: Option<String>) -> PerBot {
    PerBot::Pause { permanent, seconds }
}

/// One bot's answer.
async fn run(asf: &Arc<Asf>, bot: &Arc<Bot>, command: &PerBot) -> Option<String> {
    let name = bot.name();
    let line = |text: &str| Some(text::bot(name, text));
    match command {
        PerBot::TwoFa => line(&account::two_factor_token(bot)),
        PerBot::Confirmations { accept } => line(&account::confirmations(bot, *accept).await),
        PerBot::AddLicense(query) => licenses::add(bot, query),
        PerBot::RemoveLicense(query) => licenses::remove(bot, query),
        PerBot::RedeemPoints(query) => licenses::redeem_points(bot, query),
        PerBot::Balance => line(&account::balance(bot)),
        PerBot::Bgr => line(&farming::bgr(bot)),
        PerBot::BgrClear => {
            bot.clear_games_to_redeem();
            line(text::DONE)
        }
        PerBot::Farm => line(&farming::farm(bot)),
        PerBot::List(kind) => line(&farming::list(bot, *kind)),
        PerBot::ListAdd(kind, items) => line(&farming::change_list(bot, *kind, items, true)),
        PerBot::ListRemove(kind, items) => line(&farming::change_list(bot, *kind, items, false)),
        PerBot::Input(kind, value) => line(&account::input(asf, bot, kind, value)),
        PerBot::Inventory => trading::inventory(bot),
        PerBot::Level => line(&account::level(bot)),
        PerBot::Loot => line(&trading::loot(asf, bot)),
        PerBot::LootApps { apps, exclude } => line(&trading::loot_apps(asf, bot, apps, *exclude)),
        PerBot::LootAdvanced { app, context } => {
            line(&trading::loot_advanced(asf, bot, app, context))
        }
        PerBot::LootRarity {
            app,
            context,
            rarities,
        } => line(&trading::loot_rarity(asf, bot, app, context, rarities)),
        PerBot::Nickname(nickname) => line(&account::nickname(bot, nickname)),
        PerBot::Owns(query) => owns::for_bot(bot, query).answer,
        PerBot::Pause { permanent, seconds } => farming::pause(bot, *permanent, seconds.as_deref()),
        PerBot::Play(games) => line(&farming::play(bot, games)),
        PerBot::Points => line(&account::points(bot)),
        PerBot::Privacy(settings) => line(&account::privacy(bot, settings)),
        PerBot::Redeem { keys, modes } => redeem::redeem(asf, bot, keys, modes.as_deref()).await,
        PerBot::Reset => line(&farming::reset(bot)),
        PerBot::Resume => line(&farming::outcome(bot.resume())),
        PerBot::Start => line(&farming::outcome(bot.start())),
        PerBot::Stop => line(&farming::outcome(bot.stop())),
        PerBot::Stats => line(&process::stats(asf)),
        PerBot::Status => Some(status::for_bot(bot)),
        PerBot::Transfer(target) => line(&trading::transfer(asf, bot, target)),
        PerBot::Unpack => line(&trading::unpack(bot)),
        PerBot::Version => line(&process::version()),
        PerBot::Help => line(text::WIKI_COMMANDS),
        PerBot::Unknown => line(text::UNKNOWN_COMMAND),
    }
}

/// Every bot `selector` names answers `command`; `<ASF> Couldn't find any bot named …!` when
/// it names none.
async fn for_bots(asf: &Arc<Asf>, selector: &str, command: &PerBot) -> Option<String> {
    let bots = match selected(asf, selector) {
        Ok(bots) => bots,
        Err(answer) => return Some(answer),
    };
    let mut answers = Vec::with_capacity(bots.len());
    for bot in &bots {
        answers.push(run(asf, bot, command).await);
    }
    text::join(answers)
}

/// The bots `selector` names, or ASF's answer when there is none. Empty or invalid selectors
/// name no bot.
fn selected(asf: &Asf, selector: &str) -> Result<Vec<Arc<Bot>>, String> {
    match asf.bots().select(selector) {
        Some(bots) if !bots.is_empty() => Ok(bots.into_values().collect()),
        _ => Err(text::asf(&text::bot_not_found(selector))),
    }
}

/// The default bot: `DefaultBot` when it names a bot, else the first by name.
fn default_bot(asf: &Asf) -> Option<Arc<Bot>> {
    asf.global_config()
        .default_bot
        .and_then(|name| asf.bots().get(&name))
        .or_else(|| asf.bots().all().into_iter().next())
}

/// One bot by exact name, or by the SteamID of its account (ASF's `Bot.GetBot`).
fn bot_named(asf: &Asf, name: &str) -> Option<Arc<Bot>> {
    asf.bots().get(name).or_else(|| {
        let steam_id = parse::id::<u64>(name)?;
        asf.bots()
            .all()
            .into_iter()
            .find(|bot| bot.steam_id() == steam_id)
    })
}

//! ASF's commands, as `POST /Api/Command` runs them: on the default bot, with Owner access.
//!
//! `grammar` reads a command line into a typed [`Command`] (which command, which bots,
//! which arguments) and this module runs it: a bot selector matching nothing gives
//! `<ASF> Couldn't find any bot named …!`, each selected bot answers `<Bot> text`, and
//! process-wide answers read `<ASF> text`.

mod account;
mod farming;
mod grammar;
mod licenses;
mod owns;
mod parse;
mod process;
mod redeem;
mod status;
mod trading;

use std::sync::Arc;

use crate::core::Asf;
use crate::core::bot::Bot;
use crate::core::plugins::{items_matcher, mobile_authenticator, steam_token_dumper};
use crate::core::texts;

pub use grammar::{BotAction, Command, Target, parse};

/// Why `POST /Api/Command` refuses a line before running it; `Display` is ASF's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CommandRefused {
    /// The line is empty or white space.
    EmptyLine,
    /// No bot is configured, so no command can run.
    NoBots,
    /// Only the `CommandPrefix` was sent.
    EmptyAfterPrefix,
}

impl std::fmt::Display for CommandRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // `[Required]` on `CommandRequest.Command`, checked before ASF's action runs.
            Self::EmptyLine => f.write_str(&texts::dotnet::required_field("Command")),
            Self::NoBots => f.write_str(texts::NO_BOTS),
            Self::EmptyAfterPrefix => f.write_str(&texts::empty("command")),
        }
    }
}

/// Answers a command line as `POST /Api/Command` receives it, `CommandPrefix` and all: the
/// answer (`None` for ASF's `null`), or why the line is refused.
pub(crate) async fn answer(asf: &Arc<Asf>, line: &str) -> Result<Option<String>, CommandRefused> {
    // ASF's `[Required]` refuses white space alone too.
    if line.trim().is_empty() {
        return Err(CommandRefused::EmptyLine);
    }
    if asf.bots().is_empty() {
        return Err(CommandRefused::NoBots);
    }
    let prefix = asf.global_config().command_prefix.unwrap_or_default();
    let message = match line.strip_prefix(prefix.as_str()) {
        Some(rest) if !prefix.is_empty() => {
            if rest.trim().is_empty() {
                return Err(CommandRefused::EmptyAfterPrefix);
            }
            rest
        }
        _ => line,
    };
    Ok(execute(asf, message).await)
}

/// Runs `message` (its prefix already removed) and returns the answer; `None` when there is
/// none (ASF's `null`).
pub async fn execute(asf: &Arc<Asf>, message: &str) -> Option<String> {
    let command = parse(message)?;
    let default = default_bot(asf)?;
    run_command(asf, &default, command)
        .await
        .map(texts::bounded)
}

/// Runs a command read by [`parse`], `default` being the bot it runs on when it names none.
async fn run_command(asf: &Arc<Asf>, default: &Arc<Bot>, command: Command) -> Option<String> {
    match command {
        Command::Bots {
            target: Target::DefaultBot,
            action,
        } => run(asf, default, &action).await,
        Command::Bots {
            target: Target::Named(selector),
            action,
        } => for_bots(asf, &selector, &action).await,
        Command::Status(Target::DefaultBot) => Some(status::for_bot(default)),
        Command::Status(Target::Named(selector)) => status::for_bots(asf, &selector),
        Command::Owns {
            target: Target::DefaultBot,
            query,
        } => owns::for_bot(default, &query).answer,
        Command::Owns {
            target: Target::Named(selector),
            query,
        } => owns::for_bots(asf, &selector, &query),
        Command::TransferAdvanced {
            target,
            app,
            context,
            to,
        } => match target {
            Target::DefaultBot => Some(trading::transfer_advanced_by_name(
                asf, default, &app, &context, &to,
            )),
            Target::Named(selector) => {
                trading::transfer_advanced_for_bots(asf, &selector, &app, &context, &to)
            }
        },
        Command::TransferRarity {
            target,
            app,
            context,
            to,
            rarities,
        } => {
            let inventory = [app.as_str(), context.as_str(), to.as_str()];
            match target {
                Target::DefaultBot => Some(trading::transfer_rarity_by_name(
                    asf, default, inventory, &rarities,
                )),
                Target::Named(selector) => {
                    trading::transfer_rarity_for_bots(asf, &selector, inventory, &rarities)
                }
            }
        }
        Command::TransferApps {
            target,
            apps,
            to,
            exclude,
        } => match target {
            Target::DefaultBot => Some(trading::transfer_apps_by_name(
                asf, default, &apps, &to, exclude,
            )),
            Target::Named(selector) => {
                trading::transfer_apps_for_bots(asf, &selector, &apps, &to, exclude)
            }
        },
        Command::Encrypt { method, text } => Some(process::encrypt(asf, &method, &text)),
        Command::Hash { method, text } => Some(process::hash(asf, &method, &text).await),
        Command::Exit => Some(process::exit(asf)),
        Command::Restart => Some(process::restart(asf)),
        Command::Update { channel } => Some(process::update(channel.as_deref())),
        Command::UpdatePlugins { channel, plugins } => Some(process::update_plugins(
            channel.as_deref(),
            plugins.as_deref(),
        )),
        Command::RefreshTokens(target) => Some(refresh_tokens(asf, default, target)),
    }
}

/// SteamTokenDumper's `std`, answered by the default bot or by ASF for the bots named.
fn refresh_tokens(asf: &Arc<Asf>, default: &Arc<Bot>, target: Target) -> String {
    let answer = || steam_token_dumper::refresh_manually(&asf.global_config(), asf.log());
    match target {
        Target::DefaultBot => texts::bot(default.name(), &answer()),
        Target::Named(selector) => match selected(asf, &selector) {
            Ok(_) => texts::asf(&answer()),
            Err(not_found) => not_found,
        },
    }
}

/// One bot's answer.
async fn run(asf: &Arc<Asf>, bot: &Arc<Bot>, command: &BotAction) -> Option<String> {
    let name = bot.name();
    let line = |text: &str| Some(texts::bot(name, text));
    match command {
        BotAction::TwoFa => line(&account::two_factor_token(bot)),
        BotAction::Confirmations { accept } => line(&account::confirmations(bot, *accept).await),
        BotAction::AddLicense(query) => licenses::add(bot, query),
        BotAction::RemoveLicense(query) => licenses::remove(bot, query),
        BotAction::RedeemPoints(query) => licenses::redeem_points(bot, query),
        BotAction::Balance => line(&account::balance(bot)),
        BotAction::Bgr => line(&farming::bgr(bot)),
        BotAction::BgrClear => line(match bot.clear_games_to_redeem() {
            Ok(()) => texts::DONE,
            Err(_) => texts::FAILED,
        }),
        BotAction::Farm => line(&farming::farm(bot)),
        BotAction::List(kind) => line(&farming::list(bot, *kind)),
        BotAction::ListAdd(kind, items) => line(&farming::change_list(bot, *kind, items, true)),
        BotAction::ListRemove(kind, items) => line(&farming::change_list(bot, *kind, items, false)),
        BotAction::Input { kind, value } => line(&account::input(asf, bot, kind, value)),
        BotAction::Inventory => trading::inventory(bot),
        BotAction::Level => line(&account::level(bot)),
        BotAction::Loot => line(&trading::loot(asf, bot)),
        BotAction::LootApps { apps, exclude } => {
            line(&trading::loot_apps(asf, bot, apps, *exclude))
        }
        BotAction::LootAdvanced { app, context } => {
            line(&trading::loot_advanced(asf, bot, app, context))
        }
        BotAction::LootRarity {
            app,
            context,
            rarities,
        } => line(&trading::loot_rarity(asf, bot, app, context, rarities)),
        BotAction::Nickname(nickname) => line(&account::nickname(bot, nickname)),
        BotAction::Pause { permanent, seconds } => {
            farming::pause(bot, *permanent, seconds.as_deref())
        }
        BotAction::Play(games) => line(&farming::play(bot, games)),
        BotAction::Points => line(&account::points(bot)),
        BotAction::Privacy(settings) => line(&account::privacy(bot, settings)),
        BotAction::Redeem { keys, modes } => redeem::redeem(asf, bot, keys, modes.as_deref()).await,
        BotAction::Reset => line(&farming::reset(bot)),
        BotAction::Resume => line(&farming::outcome(bot.resume())),
        BotAction::Start => line(&farming::outcome(bot.start())),
        BotAction::Stop => line(&farming::outcome(bot.stop())),
        BotAction::Stats => line(&process::stats(asf)),
        BotAction::Transfer(target) => line(&trading::transfer(asf, bot, target)),
        BotAction::Unpack => line(&trading::unpack(bot)),
        BotAction::Version => line(&process::version()),
        BotAction::Help => line(texts::WIKI_COMMANDS),
        BotAction::TwoFaInit => line(&mobile_authenticator::init(bot).await),
        BotAction::TwoFaFinalize(code) => line(&mobile_authenticator::finalize(bot, code).await),
        BotAction::TwoFaFinalized(code) => {
            line(&mobile_authenticator::finalized(bot, code.as_deref()).await)
        }
        BotAction::Match => line(&items_matcher::match_actively(bot, &asf.global_config())),
        BotAction::Unknown => line(texts::UNKNOWN_COMMAND),
    }
}

/// Every bot `selector` names answers `command`; `<ASF> Couldn't find any bot named …!` when
/// it names none.
async fn for_bots(asf: &Arc<Asf>, selector: &str, command: &BotAction) -> Option<String> {
    let bots = match selected(asf, selector) {
        Ok(bots) => bots,
        Err(answer) => return Some(answer),
    };
    let mut answers = Vec::with_capacity(bots.len());
    for bot in &bots {
        answers.push(run(asf, bot, command).await);
    }
    texts::join(answers)
}

/// The bots `selector` names, or ASF's answer when there is none. Empty or invalid selectors
/// name no bot.
fn selected(asf: &Asf, selector: &str) -> Result<Vec<Arc<Bot>>, String> {
    asf.bots()
        .select_some(selector)
        .map(|bots| bots.into_values().collect())
        .ok_or_else(|| texts::asf(&texts::bot_not_found(selector)))
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

//! `bots …`

use asf_ipc_client::AsfClient;
use asf_ipc_client::types::{Bot, BotPauseRequest};

use crate::cli::{BotConfigCommand, BotsCommand};
use crate::output::{Output, Table, fields, line};
use crate::{Failure, Outcome, read_json_object};

pub async fn run(client: &AsfClient, out: &Output, command: BotsCommand) -> Outcome {
    match command {
        BotsCommand::List { bots } => list(client, out, &bots).await,
        BotsCommand::Show { bots } => show(client, out, &bots).await,
        BotsCommand::Start { bots } => Ok(out.done(&client.start_bots(&bots).await?)?),
        BotsCommand::Stop { bots } => Ok(out.done(&client.stop_bots(&bots).await?)?),
        BotsCommand::Resume { bots } => Ok(out.done(&client.resume_bots(&bots).await?)?),
        BotsCommand::Pause {
            bots,
            permanent,
            resume_in,
        } => {
            let request = BotPauseRequest {
                permanent,
                resume_in_seconds: resume_in.unwrap_or(0),
            };
            Ok(out.done(&client.pause_bots(&bots, &request).await?)?)
        }
        BotsCommand::Create { name, file } => {
            let config = read_json_object(&file)?;
            if client.bots(&name).await?.contains_key(&name) {
                return Err(Failure::Failed(format!(
                    "a bot named {name} exists already; `asfctl bots config set` changes its config"
                )));
            }
            write_config(client, &name, &config).await?;
            Ok(out.done(&format!("Created {name} (config/{name}.json).",))?)
        }
        BotsCommand::Rename { name, new_name } => {
            client.rename_bot(&name, &new_name).await?;
            Ok(out.done(&format!("Renamed {name} to {new_name}."))?)
        }
        BotsCommand::Delete { bots } => {
            client.delete_bots(&bots).await?;
            Ok(out.done(&format!("Deleted {bots}."))?)
        }
        BotsCommand::Config(BotConfigCommand::Get { name }) => {
            let bot = one_bot(client, &name).await?;
            Ok(out.json(&bot.bot_config)?)
        }
        BotsCommand::Config(BotConfigCommand::Set { name, file }) => {
            let config = read_json_object(&file)?;
            one_bot(client, &name).await?;
            write_config(client, &name, &config).await?;
            Ok(out.done(&format!("config/{name}.json written."))?)
        }
    }
}

/// The bot named exactly `name`. `GET /Api/Bot/{botNames}` answers an empty map when none
/// matches; that outcome, not a text of ASF's, is what is reported.
async fn one_bot(client: &AsfClient, name: &str) -> Result<Bot, Failure> {
    client
        .bots(name)
        .await?
        .remove(name)
        .ok_or_else(|| no_match(name))
}

fn no_match(selector: &str) -> Failure {
    Failure::Failed(format!("No bot matches {selector}."))
}

async fn write_config(client: &AsfClient, name: &str, config: &serde_json::Value) -> Outcome {
    let written = client.set_bot_config(name, config).await?;
    if written.get(name) == Some(&true) {
        Ok(())
    } else {
        Err(Failure::Failed(format!(
            "config/{name}.json was not written"
        )))
    }
}

async fn list(client: &AsfClient, out: &Output, selector: &str) -> Outcome {
    let bots = client.bots(selector).await?;
    if out.as_json {
        return Ok(out.json(&bots)?);
    }
    let mut table = Table::new(&[
        "BOT",
        "STATUS",
        "STEAM ID",
        "NICKNAME",
        "FARMING",
        "KEYS QUEUED",
        "2FA",
    ]);
    for (name, bot) in &bots {
        let farming: Vec<String> = bot
            .cards_farmer
            .current_games_farming
            .iter()
            .map(|g| g.game_name.clone())
            .collect();
        table.row(vec![
            name.clone(),
            status(bot),
            steam_id(bot),
            bot.nickname.clone().unwrap_or_else(|| "-".into()),
            if farming.is_empty() {
                "-".into()
            } else {
                farming.join(", ")
            },
            bot.games_to_redeem_in_background_count.to_string(),
            if bot.has_mobile_authenticator {
                "yes"
            } else {
                "no"
            }
            .into(),
        ]);
    }
    if table.is_empty() {
        return Ok(line(&format!("No bot matches {selector}."))?);
    }
    Ok(table.print()?)
}

async fn show(client: &AsfClient, out: &Output, selector: &str) -> Outcome {
    let bots = client.bots(selector).await?;
    if bots.is_empty() {
        return Err(no_match(selector));
    }
    if out.as_json {
        return Ok(out.json(&bots)?);
    }
    let mut blocks = Vec::new();
    for (name, bot) in &bots {
        let farmer = &bot.cards_farmer;
        let games = |list: &[asf_ipc_client::types::Game]| {
            if list.is_empty() {
                "-".to_string()
            } else {
                list.iter()
                    .map(|g| {
                        format!(
                            "{} ({}, {} cards left, {:.1} h)",
                            g.game_name, g.app_id, g.cards_remaining, g.hours_played
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        };
        blocks.push(fields(&[
            ("Bot", name.clone()),
            ("Status", status(bot)),
            ("Enabled", yes_no(bot.bot_config.enabled)),
            ("Steam ID", steam_id(bot)),
            (
                "Nickname",
                bot.nickname.clone().unwrap_or_else(|| "-".into()),
            ),
            ("Farming", games(&farmer.current_games_farming)),
            ("Games to farm", farmer.games_to_farm.len().to_string()),
            ("Time remaining", farmer.time_remaining.clone()),
            ("Farming paused", yes_no(farmer.paused)),
            (
                "Keys queued",
                bot.games_to_redeem_in_background_count.to_string(),
            ),
            ("ASF 2FA", yes_no(bot.has_mobile_authenticator)),
            (
                "Wallet",
                format!("{:.2}", bot.wallet_balance as f64 / 100.0),
            ),
        ]));
    }
    Ok(line(&blocks.join("\n\n"))?)
}

/// One word for where the bot stands.
fn status(bot: &Bot) -> String {
    if !bot.keep_running {
        return "stopped".into();
    }
    if *bot.required_input != 0 {
        return format!("needs {}", input_name(*bot.required_input));
    }
    if !bot.is_connected_and_logged_on {
        return "offline".into();
    }
    if bot.cards_farmer.paused {
        return "paused".into();
    }
    if bot.cards_farmer.now_farming {
        "farming".into()
    } else {
        "idle".into()
    }
}

/// ASF's `EUserInputType` names.
fn input_name(input: u8) -> &'static str {
    match input {
        1 => "Login",
        2 => "Password",
        3 => "SteamGuard",
        4 => "SteamParentalCode",
        5 => "TwoFactorAuthentication",
        6 => "Cryptkey",
        7 => "DeviceConfirmation",
        _ => "input",
    }
}

fn steam_id(bot: &Bot) -> String {
    if bot.steam_id == 0 {
        "-".into()
    } else {
        bot.s_steam_id.clone()
    }
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.into()
}

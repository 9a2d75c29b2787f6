//! `command`, `keys`, `2fa`, `log`, `bans` and `metrics`.

use std::collections::BTreeMap;

use asf_ipc_client::{AsfClient, LogLine};
use futures_util::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::cli::{BansCommand, KeysCommand, LogArgs, TwoFactorCommand};
use crate::keys::KeysFile;
use crate::output::{Output, Table, line};
use crate::{Failure, Outcome, read_input};

/// Keys sent per request while importing: small enough for a steady progress bar, large
/// enough that a big file is a few dozen requests.
const IMPORT_BATCH: usize = 100;

pub async fn command(client: &AsfClient, out: &Output, text: &str) -> Outcome {
    let result = client.command(text).await?;
    if out.as_json {
        return Ok(out.json(&result)?);
    }
    Ok(line(&result)?)
}

pub async fn keys(client: &AsfClient, out: &Output, command: KeysCommand) -> Outcome {
    match command {
        KeysCommand::Import { bots, file } => {
            let parsed = KeysFile::parse(&read_input(&file)?);
            if parsed.entries.is_empty() {
                return Err(Failure::Failed(format!(
                    "{} holds no key (expected `name<TAB>key` or `key` per line)",
                    file.display()
                )));
            }
            let progress = ProgressBar::new(parsed.entries.len() as u64).with_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} keys {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            let mut accepted: BTreeMap<String, usize> = BTreeMap::new();
            for batch in parsed.entries.chunks(IMPORT_BATCH) {
                let result = client.add_background_keys(&bots, batch).await;
                let result = match result {
                    Ok(result) => result,
                    Err(e) => {
                        progress.abandon();
                        return Err(e.into());
                    }
                };
                for (bot, keys) in result {
                    *accepted.entry(bot).or_default() += keys.len();
                }
                progress.inc(batch.len() as u64);
            }
            progress.finish_and_clear();
            if out.as_json {
                return Ok(out.json(&json!({
                    "Queued": accepted,
                    "SkippedLines": parsed.skipped_lines,
                }))?);
            }
            for (bot, count) in &accepted {
                line(&format!("{bot}: {count} keys queued"))?;
            }
            if !parsed.skipped_lines.is_empty() {
                let lines: Vec<String> = parsed
                    .skipped_lines
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                line(&format!(
                    "Skipped lines without a key: {}",
                    lines.join(", ")
                ))?;
            }
            Ok(())
        }
        KeysCommand::List { bots } => {
            let results = client.background_keys(&bots).await?;
            let queued = client.bots(&bots).await?;
            let queued = |bot: &str| {
                queued
                    .get(bot)
                    .map_or(0, |b| b.games_to_redeem_in_background_count)
            };
            if out.as_json {
                let report: BTreeMap<&String, serde_json::Value> = results
                    .iter()
                    .map(|(bot, keys)| {
                        let value = json!({
                            "Queued": queued(bot),
                            "UsedKeys": keys.used_keys,
                            "UnusedKeys": keys.unused_keys,
                        });
                        (bot, value)
                    })
                    .collect();
                return Ok(out.json(&report)?);
            }
            let mut table = Table::new(&["BOT", "RESULT", "KEY", "NAME"]);
            for (bot, keys) in &results {
                for (state, list) in [("used", &keys.used_keys), ("unused", &keys.unused_keys)] {
                    let sorted: BTreeMap<_, _> = list.iter().flatten().collect();
                    for (key, name) in sorted {
                        table.row(vec![bot.clone(), state.into(), key.clone(), name.clone()]);
                    }
                }
            }
            if !table.is_empty() {
                table.print()?;
            }
            for bot in results.keys() {
                line(&format!("{bot}: {} keys queued", queued(bot)))?;
            }
            Ok(())
        }
        KeysCommand::Clear { bots } => {
            client.clear_background_keys(&bots).await?;
            Ok(out.done("Deleted the redeemer's result files (queued keys stay queued).")?)
        }
    }
}

pub async fn two_factor(client: &AsfClient, out: &Output, command: TwoFactorCommand) -> Outcome {
    let TwoFactorCommand::Token { bots } = command;
    let tokens = client.two_factor_tokens(&bots).await?;
    let failures: Vec<String> = tokens
        .iter()
        .filter_map(|(bot, token)| token.as_ref().err().map(|e| format!("{bot}: {e}")))
        .collect();
    if out.as_json {
        let report: BTreeMap<&String, serde_json::Value> = tokens
            .iter()
            .map(|(bot, token)| {
                let value = match token {
                    Ok(token) => json!({ "Token": token }),
                    Err(message) => json!({ "Error": message }),
                };
                (bot, value)
            })
            .collect();
        out.json(&report)?;
    } else {
        let mut table = Table::new(&["BOT", "TOKEN"]);
        for (bot, token) in &tokens {
            if let Ok(token) = token {
                table.row(vec![bot.clone(), token.clone()]);
            }
        }
        if !table.is_empty() {
            table.print()?;
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(Failure::Failed(failures.join("\n")))
    }
}

pub async fn log(client: &AsfClient, out: &Output, args: LogArgs) -> Outcome {
    if !args.follow {
        let page = client.log_file(Some(args.lines), None).await?;
        if out.as_json {
            let lines: Vec<LogLine> = page.content.iter().map(|l| LogLine::parse(l)).collect();
            return Ok(out.json(&lines)?);
        }
        for text in &page.content {
            line(text)?;
        }
        return Ok(());
    }
    let mut stream = client.log_stream().await?;
    while let Some(entry) = stream.next().await {
        let entry = entry?;
        if out.as_json {
            out.json_line(&entry)?;
        } else {
            line(&entry.raw)?;
        }
    }
    Err(Failure::Failed("the server closed the log stream".into()))
}

pub async fn bans(client: &AsfClient, out: &Output, command: BansCommand) -> Outcome {
    match command {
        BansCommand::List => {
            let bans = client.bans().await?;
            if out.as_json {
                return Ok(out.json(&bans)?);
            }
            for address in &bans {
                line(address)?;
            }
            Ok(())
        }
        BansCommand::Clear => {
            client.clear_bans().await?;
            Ok(out.done("Lifted every ban.")?)
        }
        BansCommand::Remove { address } => {
            client.unban(&address).await?;
            Ok(out.done(&format!("Lifted the ban of {address}."))?)
        }
    }
}

pub async fn metrics(client: &AsfClient, out: &Output, openmetrics: bool) -> Outcome {
    let text = client.metrics(openmetrics).await?;
    if out.as_json {
        return Ok(out.json(&text)?);
    }
    Ok(line(text.trim_end_matches('\n'))?)
}

//! ASF's English texts, the one home of every message an answer carries (commands, the REST
//! handlers, the front door's envelopes, plugins), and the ways ASF lays answers out. Texts
//! that .NET writes and ASF passes on are in [`dotnet`]; log-only lines stay where they are
//! logged. An outcome enum's `Display` reads its text from here.
//!
//! A bot's answer is `<Bot> text`, a process-wide one `<ASF> text`. Answers of several lines
//! are built line by line with a newline after each (so they end with one), and the answers
//! of several bots are joined with newlines. Lines about keys redeemed by other bots start
//! with a newline of their own. All of this is how ASF's output looks, blank lines included.

use std::fmt;
use std::time::Duration;

pub(crate) mod dotnet;

pub(crate) const DONE: &str = "Done!";
/// ASF's `Failed!`, which is also the envelope's word for a failure: declared with the
/// envelope (the wire contract), read from here.
pub(crate) use crate::api::envelope::MESSAGE_FAILED as FAILED;
/// The envelope's `OK` (ASF's `GenericResponse` without a message of its own).
pub(crate) use crate::api::envelope::MESSAGE_OK as OK;
pub(crate) const SUCCESS: &str = "Success!";
pub(crate) const NOTHING_FOUND: &str = "Nothing found!";
pub(crate) const UNKNOWN_COMMAND: &str = "Unknown command!";
pub(crate) const NOT_CONNECTED: &str = "This bot instance is not connected!";
pub(crate) const TARGET_NOT_CONNECTED: &str = "Target bot instance is not connected!";
pub(crate) const NO_2FA: &str = "This bot doesn't have ASF 2FA enabled! Did you forget to import your authenticator as ASF 2FA?";
pub(crate) const HEADLESS_ONLY: &str = "This function is available only in headless mode!";
pub(crate) const NO_MASTER: &str =
    "Trade couldn't be sent because there is no user with master permission defined!";
pub(crate) const TRADE_TO_YOURSELF: &str = "You can't send a trade to yourself!";
pub(crate) const TRADE_SENT: &str = "Trade offer sent successfully!";
pub(crate) const TRADE_FAILED: &str = "Trade offer failed!";
pub(crate) const NO_WALLET: &str = "Bot has no wallet.";
/// Why a restart is refused: the config does not allow it.
pub(crate) const RESTART_NOT_ALLOWED: &str = "!RestartAllowed";
pub(crate) const NO_BOTS: &str = "No bots are defined. Did you forget to configure your ASF? Follow 'setting up' guide on the wiki if you're confused.";
/// Why ASF's log websocket (`NLogController`) closes on a message from the client.
pub(crate) const NLOG_CLOSE_REASON: &str =
    "You're not supposed to be sending any message but Close!";
pub(crate) const WIKI_COMMANDS: &str =
    "https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands";

pub(crate) const STATUS_NOT_RUNNING: &str = "Bot is not running.";
pub(crate) const STATUS_CONNECTING: &str = "Bot is connecting to Steam network.";
pub(crate) const STATUS_PAUSED: &str = "Bot is paused or running in manual mode.";
pub(crate) const STATUS_LIMITED: &str = "Bot is limited and can't drop any cards through farming.";
pub(crate) const STATUS_LOCKED: &str = "Bot is locked and can't drop any cards through farming.";
pub(crate) const STATUS_NOT_FARMING: &str = "Bot is not farming anything.";

pub(crate) const ALREADY_RUNNING: &str = "This bot is already running!";
pub(crate) const ALREADY_STOPPED: &str = "This bot has already stopped!";
pub(crate) const PAUSED: &str = "Automatic farming has paused!";
pub(crate) const ALREADY_PAUSED: &str = "Automatic farming is paused already!";
pub(crate) const RESUMED: &str = "Automatic farming has resumed!";
pub(crate) const ALREADY_RESUMED: &str = "Automatic farming is resumed already!";

pub(crate) const PARSING_APP_ID_FAILED: &str = "Parsing appID failed!";
pub(crate) const PARSING_TARGET_ID_FAILED: &str = "Parsing targetID failed!";

/// `Bot has level {0}.`
pub(crate) fn bot_level(level: impl fmt::Display) -> String {
    format!("Bot has level {level}.")
}

/// `Bot has {0} games remaining in its background queue.`
pub(crate) fn games_in_background_queue(count: usize) -> String {
    format!("Bot has {count} games remaining in its background queue.")
}

/// `V{0} ≥ V{1}`: an update finds no newer version.
pub(crate) fn not_newer(current: &str, latest: &str) -> String {
    format!("V{current} ≥ V{latest}")
}

/// `Wallet balance: {0} {1}`
pub(crate) fn wallet_balance(amount: &str, currency: &str) -> String {
    format!("Wallet balance: {amount} {currency}")
}

/// `Points balance: {0}`
pub(crate) fn points_balance(points: impl fmt::Display) -> String {
    format!("Points balance: {points}")
}

/// `Playing selected gameIDs: {0}`
pub(crate) fn playing_games(listed: &str) -> String {
    format!("Playing selected gameIDs: {listed}")
}

/// `Unused keys: {0}`
pub(crate) fn unused_keys(keys: &str) -> String {
    format!("Unused keys: {keys}")
}

/// `{0}/{1} bots already own game {2}.`
pub(crate) fn bots_own_game(count: usize, asked: usize, game: &str) -> String {
    format!("{count}/{asked} bots already own game {game}.")
}

/// `Result: {0}` (`hash`, `encrypt`).
pub(crate) fn result(output: &str) -> String {
    format!("Result: {output}")
}

/// `Current memory usage: {0} MB.` and `Process uptime: {1}` (`stats`).
pub(crate) fn memory_and_uptime(mebibytes: impl fmt::Display, uptime: &str) -> String {
    format!("Current memory usage: {mebibytes} MB.\nProcess uptime: {uptime}")
}

/// `{app}/{context} ({app name}/{context name}): {count} assets`, a line of `inventory`.
pub(crate) fn inventory_context(
    app: (u32, &str),
    context: (impl fmt::Display, &str),
    assets: impl fmt::Display,
) -> String {
    format!(
        "{}/{} ({}/{}): {assets} assets",
        app.0, context.0, app.1, context.1
    )
}

/// `Successfully handled {0} confirmations!`
pub(crate) fn confirmations_handled(count: usize) -> String {
    format!("Successfully handled {count} confirmations!")
}

/// `The IP address {0} is not banned!` (the IPC ban list).
pub(crate) fn ip_not_banned(ip: &str) -> String {
    format!("The IP address {ip} is not banned!")
}

/// `Bot is farming game: …`, the status of a bot farming one game.
pub(crate) fn farming_game(
    app_id: u32,
    name: &str,
    cards_remaining: impl fmt::Display,
    games: usize,
    cards: u64,
    remaining: &str,
) -> String {
    format!(
        "Bot is farming game: {app_id} ({name}, {cards_remaining} card drops remaining) from a total of {games} games ({cards} cards) left to farm (~{remaining} remaining)."
    )
}

/// `Bot is farming games: …`, the status of a bot farming several games (`list` as
/// `appID (name)`, comma-separated).
pub(crate) fn farming_games(list: &str, games: usize, cards: u64, remaining: &str) -> String {
    format!(
        "Bot is farming games: {list} from a total of {games} games ({cards} cards) left to farm (~{remaining} remaining)."
    )
}

/// `There are {0}/{1} bots running, …`, the last line of `status` (ASF writes no `<ASF>`).
pub(crate) fn bots_running(running: usize, bots: usize, games: usize, cards: u64) -> String {
    format!(
        "There are {running}/{bots} bots running, with total of {games} games ({cards} cards) left to farm."
    )
}

/// `Configured {0} property is invalid: {1}`
pub(crate) fn configured_property_invalid(name: &str, value: impl fmt::Display) -> String {
    format!("Configured {name} property is invalid: {value}")
}

/// `{0} is invalid: {1}`
pub(crate) fn invalid_because(name: &str, why: &str) -> String {
    format!("{name} is invalid: {why}")
}

/// `<Bot> text`.
pub(crate) fn bot(name: &str, text: &str) -> String {
    format!("<{name}> {text}")
}

/// `<ASF> text`.
pub(crate) fn asf(text: &str) -> String {
    format!("<ASF> {text}")
}

/// A line about another bot inside one bot's answer: ASF starts those with a newline.
pub(crate) fn other_bot(name: &str, text: &str) -> String {
    format!("\n<{name}> {text}")
}

/// `{0} is invalid!`
pub(crate) fn invalid(what: &str) -> String {
    format!("{what} is invalid!")
}

/// `{0} is empty!`
pub(crate) fn empty(what: &str) -> String {
    format!("{what} is empty!")
}

/// A command argument ASF refuses; `Display` is ASF's answer for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ArgumentError {
    /// `{0} is empty!`
    Empty(&'static str),
    /// `{0} is invalid!`
    Invalid(String),
}

impl std::fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty(what) => f.write_str(&empty(what)),
            Self::Invalid(what) => f.write_str(&invalid(what)),
        }
    }
}

impl From<ArgumentError> for String {
    fn from(error: ArgumentError) -> Self {
        error.to_string()
    }
}

/// `Failed due to error: {0}`
pub(crate) fn failed_with(error: &str) -> String {
    format!("Failed due to error: {error}")
}

/// `Request failed after {0} attempts!`
pub(crate) fn request_failed_after(tries: u32) -> String {
    format!("Request failed after {tries} attempts!")
}

/// `Couldn't find any bot named {0}!`
pub(crate) fn bot_not_found(query: &str) -> String {
    format!("Couldn't find any bot named {query}!")
}

/// `Owned already: {0} | {1}` (or without a name).
pub(crate) fn owned_already(id: &str, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("Owned already: {id} | {name}"),
        None => format!("Owned already: {id}"),
    }
}

/// `Not owned yet: {0}`
pub(crate) fn not_owned_yet(query: &str) -> String {
    format!("Not owned yet: {query}")
}

/// `ID: {0} | Status: {1}`, the line of licences and points-shop items.
pub(crate) fn id_status(id: &str, status: &str) -> String {
    format!("ID: {id} | Status: {status}")
}

/// `Key: {0} | Status: {1}`, with `| Items: {2}` when Steam listed packages.
pub(crate) fn key_status(key: &str, status: &str, items: &[(u32, String)]) -> String {
    if items.is_empty() {
        format!("Key: {key} | Status: {status}")
    } else {
        // .NET writes a dictionary entry as `[key, value]`.
        let items: Vec<String> = items
            .iter()
            .map(|(package, name)| format!("[{package}, {name}]"))
            .collect();
        format!(
            "Key: {key} | Status: {status} | Items: {}",
            items.join(", ")
        )
    }
}

/// The longest answer a command gives, in bytes: past it, the answer stops at a line's end
/// and says so ([`bounded`]). ASF has no bound; one command line must not make the process
/// hold (or send) an answer many times its own size.
pub(crate) const MAX_ANSWER_BYTES: usize = 4 << 20;

/// `answer` cut at the last line that fits in [`MAX_ANSWER_BYTES`], with a line saying so.
pub(crate) fn bounded(mut answer: String) -> String {
    if answer.len() <= MAX_ANSWER_BYTES {
        return answer;
    }
    let mut end = MAX_ANSWER_BYTES;
    while !answer.is_char_boundary(end) {
        end -= 1;
    }
    let end = answer[..end].rfind('\n').unwrap_or(end);
    answer.truncate(end);
    answer.push('\n');
    answer.push_str(&asf(&format!(
        "The answer is longer than {MAX_ANSWER_BYTES} bytes; the rest is left out."
    )));
    answer
}

/// An answer built line by line: each line is followed by a newline.
#[derive(Default)]
pub(crate) struct Lines(String);

impl Lines {
    pub(crate) fn push(&mut self, line: &str) {
        self.0.push_str(line);
        self.0.push('\n');
    }

    /// Whether the answer is already past [`MAX_ANSWER_BYTES`]: more lines would be cut.
    pub(crate) fn is_full(&self) -> bool {
        self.0.len() > MAX_ANSWER_BYTES
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text; `None` when nothing was added.
    pub(crate) fn into_answer(self) -> Option<String> {
        (!self.0.is_empty()).then_some(self.0)
    }
}

/// Joins the answers of several bots (ASF leaves out the empty ones); `None` when none is left.
pub(crate) fn join(answers: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    let answers: Vec<String> = answers
        .into_iter()
        .flatten()
        .filter(|a| !a.is_empty())
        .collect();
    (!answers.is_empty()).then(|| answers.join("\n"))
}

/// A duration as ASF writes it (Humanizer, English, three largest units down to seconds):
/// `1 day, 5 hours, 30 minutes`, `0 seconds`.
pub(crate) fn human_duration(duration: Duration) -> String {
    const DAYS_IN_YEAR: f64 = 365.2425;
    const DAYS_IN_MONTH: f64 = 30.436875;
    let total = duration.as_secs();
    let days = total / 86_400;
    let years = (days as f64 / DAYS_IN_YEAR) as u64;
    let months = ((days as f64 % DAYS_IN_YEAR) / DAYS_IN_MONTH) as u64;
    let (weeks, days) = if (days as f64) < DAYS_IN_MONTH {
        (days / 7, days % 7)
    } else {
        (0, (days as f64 % DAYS_IN_MONTH) as u64)
    };
    let units = [
        (years, "year"),
        (months, "month"),
        (weeks, "week"),
        (days, "day"),
        ((total / 3600) % 24, "hour"),
        ((total / 60) % 60, "minute"),
        (total % 60, "second"),
    ];
    let parts: Vec<String> = units
        .iter()
        .filter(|(n, _)| *n > 0)
        .take(3)
        .map(|(n, unit)| format!("{n} {unit}{}", if *n == 1 { "" } else { "s" }))
        .collect();
    if parts.is_empty() {
        "0 seconds".to_string()
    } else {
        parts.join(", ")
    }
}

/// A wallet amount in cents as .NET prints `cents / 100.0`: `12.5`, `7`, `0.07`.
pub(crate) fn money(cents: i64) -> String {
    format!("{}", cents as f64 / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_asf() {
        let d = |s| human_duration(Duration::from_secs(s));
        assert_eq!(d(0), "0 seconds");
        assert_eq!(d(1), "1 second");
        assert_eq!(d(3_600 + 120), "1 hour, 2 minutes");
        assert_eq!(
            d(86_400 + 5 * 3_600 + 30 * 60 + 9),
            "1 day, 5 hours, 30 minutes"
        );
        assert_eq!(d(10 * 86_400 + 7), "1 week, 3 days, 7 seconds");
        assert_eq!(d(400 * 86_400), "1 year, 1 month, 4 days");
    }

    #[test]
    fn lines_and_money() {
        let mut lines = Lines::default();
        assert!(lines.is_empty());
        lines.push("<A> one");
        lines.push("<A> two");
        assert_eq!(lines.into_answer().as_deref(), Some("<A> one\n<A> two\n"));
        assert_eq!(
            join([Some("a".into()), None, Some(String::new())]),
            Some("a".into())
        );
        assert_eq!(join([None]), None);
        assert_eq!(
            (money(1250), money(700), money(7)),
            ("12.5".into(), "7".into(), "0.07".into())
        );
        assert_eq!(
            key_status("K", "OK/NoDetail", &[(4001, "Portal".into())]),
            "Key: K | Status: OK/NoDetail | Items: [4001, Portal]"
        );
    }
}

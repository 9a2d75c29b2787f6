//! `owns` and `oa`: which bots own which games.
//!
//! A query is a comma list of game identifiers, as ASF reads them: `app/<id>` or `a/<id>`
//! (an app), `sub/<id>` or `s/<id>` (a package), `regex/<pattern>` or `r/<pattern>` (owned
//! games whose name matches, case-sensitive), a plain number (an app), and anything else a
//! name: owned games whose name contains it, ignoring case (`name/<text>`, `n/<text>`, or any
//! other `<type>/<text>` mean the same). Asking several bots adds a line per owned game:
//! `<ASF> 2/3 bots already own game app/220 | Half-Life 2.`

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::parse;
use crate::core::Asf;
use crate::core::bot::Bot;
use crate::core::steam::License;
use crate::core::texts;

/// Longest pattern accepted, and memory a compiled one may take (as for `r!` selectors).
const MAX_PATTERN_LEN: usize = 1024;
const MAX_PATTERN_BYTES: usize = 1 << 20;

/// One bot's answer, and what it owns of the query (`None` while offline).
pub(super) struct Owned {
    pub answer: Option<String>,
    /// `app/<id>` or `sub/<id>` → name (a package's "name" is its number, as in ASF).
    pub games: Option<Vec<(String, String)>>,
}

/// What one entry of a query asks for.
enum Query<'a> {
    App(u32),
    Package(u32),
    Pattern(&'a str),
    Name(&'a str),
}

/// What makes two queries the same question: names ignore case, as they match.
#[derive(PartialEq, Eq, Hash)]
enum Asked {
    App(u32),
    Package(u32),
    Pattern(String),
    Name(String),
}

impl Asked {
    fn of(query: &Query) -> Self {
        match query {
            Query::App(app) => Self::App(*app),
            Query::Package(package) => Self::Package(*package),
            Query::Pattern(pattern) => Self::Pattern((*pattern).to_string()),
            Query::Name(name) => Self::Name(name.to_uppercase()),
        }
    }
}

fn query(entry: &str) -> Query<'_> {
    let (kind, game) = match entry.find('/') {
        Some(i) if i > 0 && entry.len() > i + 1 => (entry[..i].to_uppercase(), &entry[i + 1..]),
        _ if parse::id::<u32>(entry).is_some() => ("APP".to_string(), entry),
        _ => ("NAME".to_string(), entry),
    };
    match kind.as_str() {
        "A" | "APP" => parse::id(game).map_or(Query::Name(game), Query::App),
        "S" | "SUB" => parse::id(game).map_or(Query::Name(game), Query::Package),
        "R" | "REGEX" => Query::Pattern(game),
        _ => Query::Name(game),
    }
}

/// One bot's answer to `owns <query>`.
pub(super) fn for_bot(bot: &Bot, query_text: &str) -> Owned {
    let name = bot.name();
    let Some(licenses) = bot.licenses() else {
        return Owned {
            answer: Some(texts::bot(name, texts::NOT_CONNECTED)),
            games: None,
        };
    };
    let games = distinct_games(&licenses);
    let mut answer = Answer {
        name,
        lines: texts::Lines::default(),
        owned: Vec::new(),
    };
    let mut patterns: HashMap<&str, Option<regex::Regex>> = HashMap::new();
    // A query asked again answers nothing new: each is answered once, where it first came.
    // The entries are read one at a time, and one written again is passed over before it is
    // read as a query, so a long line of repeats costs a hash of each and nothing more.
    let mut entries: HashSet<&str> = HashSet::new();
    let mut asked: HashSet<Asked> = HashSet::new();
    for entry in query_text.split(',').filter(|e| !e.is_empty()) {
        if answer.lines.is_full() || !entries.insert(entry) {
            continue;
        }
        let query = query(entry);
        if !asked.insert(Asked::of(&query)) {
            continue;
        }
        match query {
            Query::App(app) => {
                let id = format!("app/{app}");
                match games.iter().find(|(a, _)| *a == app) {
                    Some((_, game)) => {
                        answer.say(&texts::owned_already(&id, Some(game)));
                        answer.own(id, game.to_string());
                    }
                    None => answer.say(&texts::not_owned_yet(&id)),
                }
            }
            Query::Package(package) => {
                let id = format!("sub/{package}");
                if licenses.iter().any(|l| l.package == package) {
                    answer.say(&texts::owned_already(&id, None));
                    answer.own(id, package.to_string());
                } else {
                    answer.say(&texts::not_owned_yet(&id));
                }
            }
            Query::Pattern(pattern) => {
                let regex = patterns.entry(pattern).or_insert_with(|| compile(pattern));
                let Some(regex) = regex else {
                    answer.say(&texts::invalid("regex"));
                    continue;
                };
                let matching = games.iter().filter(|(_, game)| regex.is_match(game));
                answer.matches(matching, entry);
            }
            Query::Name(part) => {
                let part = part.to_uppercase();
                let matching = games
                    .iter()
                    .filter(|(_, game)| game.to_uppercase().contains(&part));
                answer.matches(matching, entry);
            }
        }
    }
    let Answer { lines, owned, .. } = answer;
    let answer = if lines.is_empty() {
        texts::bot(name, &texts::not_owned_yet(query_text))
    } else {
        lines.into_answer().unwrap_or_default()
    };
    Owned {
        answer: Some(answer),
        games: Some(owned),
    }
}

/// Owned games in the order Steam lists them, each once.
fn distinct_games(licenses: &[License]) -> Vec<(u32, &str)> {
    let mut games: Vec<(u32, &str)> = Vec::new();
    for license in licenses {
        if !games.iter().any(|(app, _)| *app == license.app) {
            games.push((license.app, &license.name));
        }
    }
    games
}

/// One bot's answer being written: its lines, and what it owns of the query.
struct Answer<'n> {
    name: &'n str,
    lines: texts::Lines,
    owned: Vec<(String, String)>,
}

impl Answer<'_> {
    fn say(&mut self, line: &str) {
        self.lines.push(&texts::bot(self.name, line));
    }

    fn own(&mut self, id: String, game: String) {
        match self.owned.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = game,
            None => self.owned.push((id, game)),
        }
    }

    /// Reports each owned game that matched a name or pattern query, or that `entry` is not
    /// owned when none did.
    fn matches<'g>(&mut self, matching: impl Iterator<Item = &'g (u32, &'g str)>, entry: &str) {
        let mut found = false;
        for (app, game) in matching {
            found = true;
            let id = format!("app/{app}");
            self.say(&texts::owned_already(&id, Some(game)));
            self.own(id, game.to_string());
        }
        if !found {
            self.say(&texts::not_owned_yet(entry));
        }
    }
}

/// A name pattern; `None` when it is not one (or too big). The engine runs in linear time.
fn compile(pattern: &str) -> Option<regex::Regex> {
    if pattern.len() > MAX_PATTERN_LEN {
        return None;
    }
    regex::RegexBuilder::new(pattern)
        .size_limit(MAX_PATTERN_BYTES)
        .build()
        .ok()
}

/// `owns <Bots> <query>` and `oa <query>`: every online bot's answer, then a line per owned
/// game saying how many of them own it. `None` when no bot named is online.
pub(super) fn for_bots(asf: &Arc<Asf>, selector: &str, query_text: &str) -> Option<String> {
    let bots = match super::selected(asf, selector) {
        Ok(bots) => bots,
        Err(answer) => return Some(answer),
    };
    let mut answers = Vec::new();
    // Per game, in order of first appearance: how many bots own it, and its name.
    let mut counts: Vec<(String, usize, String)> = Vec::new();
    let mut length = 0;
    for bot in &bots {
        // Past the bound the answer is cut anyway: the other bots are not asked.
        if length > texts::MAX_ANSWER_BYTES {
            break;
        }
        let owned = for_bot(bot, query_text);
        let (Some(answer), Some(games)) = (owned.answer, owned.games) else {
            continue;
        };
        length += answer.len();
        answers.push(answer);
        for (id, game) in games {
            match counts.iter_mut().find(|(i, _, _)| *i == id) {
                Some(entry) => {
                    entry.1 += 1;
                    if !game.is_empty() {
                        entry.2 = game;
                    }
                }
                None => counts.push((id, 1, game)),
            }
        }
    }
    if answers.is_empty() {
        return None;
    }
    let asked = answers.len();
    for (id, count, game) in counts {
        let game = if game.is_empty() {
            id
        } else {
            format!("{id} | {game}")
        };
        answers.push(texts::asf(&texts::bots_own_game(count, asked, &game)));
    }
    Some(answers.join("\n"))
}

//! The grammar of ASF's commands: a command line read into a typed [`Command`], without
//! running anything.
//!
//! The first word names the command (any case); one table ([`COMMANDS`]) holds every name
//! with its aliases and the shape of the words after it. ASF reads those words by how many
//! there are: a command given more words than its arguments takes the first extra word as a
//! bot selector (`redeem A,B KEY`), exactly its arguments runs on the default bot
//! (`redeem KEY`), and fewer is no command at all (answered as an unknown command).

use super::farming::ListKind;
use super::parse::{joined, rest};

/// Which bots a command runs on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The default bot (`DefaultBot`, else the first by name).
    DefaultBot,
    /// The bots a selector names (`A,B`, `ASF`, `A..C`, `r!regex`).
    Named(String),
}

/// What each bot is asked; every bot answers for itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BotAction {
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
    Input {
        kind: String,
        value: String,
    },
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
    Transfer(String),
    Unpack,
    Version,
    Help,
    /// `2fainit` (MobileAuthenticator plugin).
    TwoFaInit,
    /// `2fafinalize <ActivationCode>` (MobileAuthenticator plugin).
    TwoFaFinalize(String),
    /// `2fafinalized <SteamGuardCode>`, or `2fafinalizedforce` without a code
    /// (MobileAuthenticator plugin).
    TwoFaFinalized(Option<String>),
    /// `match` (ItemsMatcher plugin).
    Match,
    /// No command (or not with these words): plugins' commands and typing errors alike.
    Unknown,
}

/// A command line, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Each bot of `target` answers `action` on its own line.
    Bots {
        target: Target,
        action: BotAction,
    },
    /// `status`: one line per bot, the summary of several bots added.
    Status(Target),
    /// `owns`: the games of each bot, with a summary for several bots.
    Owns {
        target: Target,
        query: String,
    },
    /// `transfer^ <AppID> <ContextID> <TargetBot>`.
    TransferAdvanced {
        target: Target,
        app: String,
        context: String,
        to: String,
    },
    /// `transfer& <AppID> <ContextID> <TargetBot> <Rarities>`.
    TransferRarity {
        target: Target,
        app: String,
        context: String,
        to: String,
        rarities: String,
    },
    /// `transfer@` / `transfer% <AppIDs> <TargetBot>`.
    TransferApps {
        target: Target,
        apps: String,
        to: String,
        exclude: bool,
    },
    Encrypt {
        method: String,
        text: String,
    },
    Hash {
        method: String,
        text: String,
    },
    Exit,
    Restart,
    Update {
        channel: Option<String>,
    },
    UpdatePlugins {
        channel: Option<String>,
        plugins: Option<String>,
    },
    /// `std` (SteamTokenDumper plugin): one answer for all the bots it names.
    RefreshTokens(Target),
}

/// How the last argument of a command is read when words follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tail {
    /// That one word; later words are ignored.
    Word,
    /// Every word from there on, joined with commas (ASF's `GetArgsAsText(args, n, ",")`).
    Joined,
    /// The rest of the line from there on, verbatim (ASF's `GetArgsAsText(message, n)`).
    Rest,
}

/// The words a command takes after its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// None: the command alone.
    Bare,
    /// An optional bot selector: every word after the name, joined with commas.
    Bots,
    /// `args` arguments, optionally preceded by a bot selector; the last argument is read
    /// as `tail` when a selector comes first, and as one word otherwise.
    BotsThen { args: usize, tail: Tail },
    /// At least `args` arguments and no selector; the last one is read as `tail`.
    Args { args: usize, tail: Tail },
    /// Up to `args` optional arguments and no selector; the last one is read as `tail`.
    Optional { args: usize, tail: Tail },
}

/// One line of the table: a command's names (its aliases included), the words it takes and
/// what they make.
pub(super) struct Grammar {
    pub names: &'static [&'static str],
    pub shape: Shape,
    build: fn(Target, &mut Arguments) -> Command,
}

/// A command's arguments, in order, as its shape read them.
pub(super) struct Arguments(std::vec::IntoIter<String>);

impl Arguments {
    /// The next argument; the shapes guarantee it exists for every builder in the table.
    fn next(&mut self) -> String {
        self.0.next().unwrap_or_default()
    }

    /// The next argument when it was given.
    fn optional(&mut self) -> Option<String> {
        self.0.next()
    }
}

const fn bare(
    names: &'static [&'static str],
    build: fn(Target, &mut Arguments) -> Command,
) -> Grammar {
    Grammar {
        names,
        shape: Shape::Bare,
        build,
    }
}

const fn with(
    names: &'static [&'static str],
    shape: Shape,
    build: fn(Target, &mut Arguments) -> Command,
) -> Grammar {
    Grammar {
        names,
        shape,
        build,
    }
}

const BOTS: Shape = Shape::Bots;

const fn bots_then(args: usize, tail: Tail) -> Shape {
    Shape::BotsThen { args, tail }
}

fn on(target: Target, action: BotAction) -> Command {
    Command::Bots { target, action }
}

fn on_default(action: BotAction) -> Command {
    on(Target::DefaultBot, action)
}

/// Every process-wide bot: ASF's selector `ASF`.
fn every_bot() -> Target {
    Target::Named("ASF".to_string())
}

/// Every command ASF knows, by name.
pub(super) const COMMANDS: &[Grammar] = &[
    with(&["2FA"], BOTS, |t, _| on(t, BotAction::TwoFa)),
    with(&["2FANO"], BOTS, |t, _| {
        on(t, BotAction::Confirmations { accept: false })
    }),
    with(&["2FAOK"], BOTS, |t, _| {
        on(t, BotAction::Confirmations { accept: true })
    }),
    with(&["2FAFINALIZE"], bots_then(1, Tail::Rest), |t, a| {
        on(t, BotAction::TwoFaFinalize(a.next()))
    }),
    with(&["2FAFINALIZED"], bots_then(1, Tail::Rest), |t, a| {
        on(t, BotAction::TwoFaFinalized(Some(a.next())))
    }),
    with(&["2FAFINALIZEDFORCE"], BOTS, |t, _| {
        on(t, BotAction::TwoFaFinalized(None))
    }),
    with(&["2FAINIT"], BOTS, |t, _| on(t, BotAction::TwoFaInit)),
    with(
        &["AL", "ADDLICENCE", "ADDLICENSE"],
        bots_then(1, Tail::Joined),
        |t, a| on(t, BotAction::AddLicense(a.next())),
    ),
    with(
        &["ALA"],
        Shape::Args {
            args: 1,
            tail: Tail::Joined,
        },
        |_, a| on(every_bot(), BotAction::AddLicense(a.next())),
    ),
    with(&["BALANCE"], BOTS, |t, _| on(t, BotAction::Balance)),
    with(&["BGR"], BOTS, |t, _| on(t, BotAction::Bgr)),
    with(&["BGRCLEAR"], BOTS, |t, _| on(t, BotAction::BgrClear)),
    with(
        &["ENCRYPT"],
        Shape::Args {
            args: 2,
            tail: Tail::Rest,
        },
        |_, a| Command::Encrypt {
            method: a.next(),
            text: a.next(),
        },
    ),
    bare(&["EXIT"], |_, _| Command::Exit),
    with(&["FARM"], BOTS, |t, _| on(t, BotAction::Farm)),
    with(&["FB"], BOTS, |t, _| {
        on(t, BotAction::List(ListKind::FarmingBlacklist))
    }),
    with(&["FBADD"], bots_then(1, Tail::Joined), |t, a| {
        on(t, BotAction::ListAdd(ListKind::FarmingBlacklist, a.next()))
    }),
    with(&["FBRM"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::ListRemove(ListKind::FarmingBlacklist, a.next()),
        )
    }),
    with(&["FQ"], BOTS, |t, _| {
        on(t, BotAction::List(ListKind::FarmingQueue))
    }),
    with(&["FQADD"], bots_then(1, Tail::Joined), |t, a| {
        on(t, BotAction::ListAdd(ListKind::FarmingQueue, a.next()))
    }),
    with(&["FQRM"], bots_then(1, Tail::Joined), |t, a| {
        on(t, BotAction::ListRemove(ListKind::FarmingQueue, a.next()))
    }),
    with(
        &["HASH"],
        Shape::Args {
            args: 2,
            tail: Tail::Rest,
        },
        |_, a| Command::Hash {
            method: a.next(),
            text: a.next(),
        },
    ),
    bare(&["HELP"], |_, _| on_default(BotAction::Help)),
    with(&["INPUT"], bots_then(2, Tail::Rest), |t, a| {
        on(
            t,
            BotAction::Input {
                kind: a.next(),
                value: a.next(),
            },
        )
    }),
    with(&["INVENTORY"], BOTS, |t, _| on(t, BotAction::Inventory)),
    with(&["LEVEL"], BOTS, |t, _| on(t, BotAction::Level)),
    with(&["LOOT"], BOTS, |t, _| on(t, BotAction::Loot)),
    with(&["LOOT^"], bots_then(2, Tail::Rest), |t, a| {
        on(
            t,
            BotAction::LootAdvanced {
                app: a.next(),
                context: a.next(),
            },
        )
    }),
    with(&["LOOT&"], bots_then(3, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::LootRarity {
                app: a.next(),
                context: a.next(),
                rarities: a.next(),
            },
        )
    }),
    with(&["LOOT@"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::LootApps {
                apps: a.next(),
                exclude: false,
            },
        )
    }),
    with(&["LOOT%"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::LootApps {
                apps: a.next(),
                exclude: true,
            },
        )
    }),
    with(&["MAB"], BOTS, |t, _| {
        on(t, BotAction::List(ListKind::MatchActivelyBlacklist))
    }),
    with(&["MABADD"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::ListAdd(ListKind::MatchActivelyBlacklist, a.next()),
        )
    }),
    with(&["MABRM"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::ListRemove(ListKind::MatchActivelyBlacklist, a.next()),
        )
    }),
    with(&["MATCH"], BOTS, |t, _| on(t, BotAction::Match)),
    with(&["NICKNAME"], bots_then(1, Tail::Rest), |t, a| {
        on(t, BotAction::Nickname(a.next()))
    }),
    with(
        &["OA"],
        Shape::Args {
            args: 1,
            tail: Tail::Rest,
        },
        |_, a| Command::Owns {
            target: every_bot(),
            query: a.next(),
        },
    ),
    with(&["OWNS"], bots_then(1, Tail::Rest), |target, a| {
        Command::Owns {
            target,
            query: a.next(),
        }
    }),
    with(&["PAUSE"], BOTS, |t, _| {
        on(
            t,
            BotAction::Pause {
                permanent: true,
                seconds: None,
            },
        )
    }),
    with(&["PAUSE~"], BOTS, |t, _| {
        on(
            t,
            BotAction::Pause {
                permanent: false,
                seconds: None,
            },
        )
    }),
    with(&["PAUSE&"], bots_then(1, Tail::Rest), |t, a| {
        on(
            t,
            BotAction::Pause {
                permanent: true,
                seconds: Some(a.next()),
            },
        )
    }),
    with(&["PLAY"], bots_then(1, Tail::Rest), |t, a| {
        on(t, BotAction::Play(a.next()))
    }),
    with(&["POINTS"], BOTS, |t, _| on(t, BotAction::Points)),
    with(&["PRIVACY"], bots_then(1, Tail::Joined), |t, a| {
        on(t, BotAction::Privacy(a.next()))
    }),
    with(&["R", "REDEEM"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::Redeem {
                keys: a.next(),
                modes: None,
            },
        )
    }),
    with(&["R^", "REDEEM^"], bots_then(2, Tail::Joined), |t, a| {
        let modes = a.next();
        on(
            t,
            BotAction::Redeem {
                keys: a.next(),
                modes: Some(modes),
            },
        )
    }),
    with(&["RESET"], BOTS, |t, _| on(t, BotAction::Reset)),
    bare(&["RESTART"], |_, _| Command::Restart),
    with(&["RESUME"], BOTS, |t, _| on(t, BotAction::Resume)),
    with(
        &["RL", "RMLICENCE", "RMLICENSE"],
        bots_then(1, Tail::Joined),
        |t, a| on(t, BotAction::RemoveLicense(a.next())),
    ),
    with(
        &["RP", "REDEEMPOINTS"],
        bots_then(1, Tail::Joined),
        |t, a| on(t, BotAction::RedeemPoints(a.next())),
    ),
    bare(&["SA"], |_, _| Command::Status(every_bot())),
    with(&["START"], BOTS, |t, _| on(t, BotAction::Start)),
    bare(&["STATS"], |_, _| on_default(BotAction::Stats)),
    with(&["STATUS"], BOTS, |t, _| Command::Status(t)),
    with(&["STD"], BOTS, |t, _| Command::RefreshTokens(t)),
    with(&["STOP"], BOTS, |t, _| on(t, BotAction::Stop)),
    with(&["TB"], BOTS, |t, _| {
        on(t, BotAction::List(ListKind::TradingBlacklist))
    }),
    with(&["TBADD"], bots_then(1, Tail::Joined), |t, a| {
        on(t, BotAction::ListAdd(ListKind::TradingBlacklist, a.next()))
    }),
    with(&["TBRM"], bots_then(1, Tail::Joined), |t, a| {
        on(
            t,
            BotAction::ListRemove(ListKind::TradingBlacklist, a.next()),
        )
    }),
    with(&["TRANSFER"], bots_then(1, Tail::Rest), |t, a| {
        on(t, BotAction::Transfer(a.next()))
    }),
    with(&["TRANSFER^"], bots_then(3, Tail::Rest), |target, a| {
        Command::TransferAdvanced {
            target,
            app: a.next(),
            context: a.next(),
            to: a.next(),
        }
    }),
    with(&["TRANSFER&"], bots_then(4, Tail::Joined), |target, a| {
        Command::TransferRarity {
            target,
            app: a.next(),
            context: a.next(),
            to: a.next(),
            rarities: a.next(),
        }
    }),
    with(&["TRANSFER@"], bots_then(2, Tail::Rest), |target, a| {
        Command::TransferApps {
            target,
            apps: a.next(),
            to: a.next(),
            exclude: false,
        }
    }),
    with(&["TRANSFER%"], bots_then(2, Tail::Rest), |target, a| {
        Command::TransferApps {
            target,
            apps: a.next(),
            to: a.next(),
            exclude: true,
        }
    }),
    with(&["UNPACK"], BOTS, |t, _| on(t, BotAction::Unpack)),
    with(
        &["UPDATE"],
        Shape::Optional {
            args: 1,
            tail: Tail::Word,
        },
        |_, a| Command::Update {
            channel: a.optional(),
        },
    ),
    with(
        &["UPDATEPLUGINS"],
        Shape::Optional {
            args: 2,
            tail: Tail::Joined,
        },
        |_, a| Command::UpdatePlugins {
            channel: a.optional(),
            plugins: a.optional(),
        },
    ),
    bare(&["VERSION"], |_, _| on_default(BotAction::Version)),
];

/// Reads a command line (its prefix already removed); `None` when it has no words.
pub fn parse(message: &str) -> Option<Command> {
    let words: Vec<&str> = message.split_whitespace().collect();
    let name = words.first()?.to_uppercase();
    let grammar = COMMANDS
        .iter()
        .find(|grammar| grammar.names.contains(&name.as_str()));
    let read = grammar.and_then(|grammar| {
        let (target, arguments) = read_shape(grammar.shape, message, &words)?;
        Some((grammar.build)(
            target,
            &mut Arguments(arguments.into_iter()),
        ))
    });
    Some(read.unwrap_or(on_default(BotAction::Unknown)))
}

/// The target and arguments `words` give `shape`; `None` when they don't fit it.
fn read_shape(shape: Shape, message: &str, words: &[&str]) -> Option<(Target, Vec<String>)> {
    let given = words.len() - 1;
    let tail = |tail: Tail, from: usize| match tail {
        Tail::Word => words[from].to_string(),
        Tail::Joined => joined(words, from),
        Tail::Rest => rest(message, from),
    };
    let plain = |range: std::ops::Range<usize>| words[range].iter().map(|w| w.to_string());
    match shape {
        Shape::Bare => (given == 0).then(|| (Target::DefaultBot, Vec::new())),
        Shape::Bots if given == 0 => Some((Target::DefaultBot, Vec::new())),
        Shape::Bots => Some((Target::Named(joined(words, 1)), Vec::new())),
        Shape::BotsThen { args, .. } if given == args => {
            Some((Target::DefaultBot, plain(1..args + 1).collect()))
        }
        Shape::BotsThen { args, tail: last } if given > args => {
            let mut arguments: Vec<String> = plain(2..args + 1).collect();
            arguments.push(tail(last, args + 1));
            Some((Target::Named(words[1].to_string()), arguments))
        }
        Shape::BotsThen { .. } => None,
        Shape::Args { args, tail: last } if given >= args => {
            let mut arguments: Vec<String> = plain(1..args).collect();
            arguments.push(tail(last, args));
            Some((Target::DefaultBot, arguments))
        }
        Shape::Args { .. } => None,
        Shape::Optional { args, tail: last } => {
            let mut arguments: Vec<String> = plain(1..given.min(args - 1) + 1).collect();
            if given >= args {
                arguments.push(tail(last, args));
            }
            Some((Target::DefaultBot, arguments))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(selector: &str) -> Target {
        Target::Named(selector.to_string())
    }

    fn bots(target: Target, action: BotAction) -> Option<Command> {
        Some(Command::Bots { target, action })
    }

    fn unknown() -> Option<Command> {
        bots(Target::DefaultBot, BotAction::Unknown)
    }

    #[test]
    fn every_name_has_one_line() {
        let mut names: Vec<&str> = COMMANDS
            .iter()
            .flat_map(|g| g.names.iter().copied())
            .collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "a name is in the table twice");
        for name in names {
            assert_eq!(name, name.to_uppercase(), "names are kept upper-case");
        }
    }

    #[test]
    fn every_line_reads_its_own_shape() {
        for grammar in COMMANDS {
            let (fewest, most) = match grammar.shape {
                Shape::Bare => (0, 0),
                Shape::Bots => (0, 3),
                Shape::BotsThen { args, .. } => (args, args + 3),
                Shape::Args { args, .. } => (args, args + 3),
                Shape::Optional { args, .. } => (0, args + 2),
            };
            for name in grammar.names {
                for given in 0..=most + 1 {
                    let line = std::iter::once(name.to_lowercase())
                        .chain((0..given).map(|i| format!("w{i}")))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let read = parse(&line);
                    let fits = given >= fewest && given <= most;
                    if fits && grammar.shape != Shape::Bare {
                        assert_ne!(read, unknown(), "{line}");
                    }
                    if given < fewest || (grammar.shape == Shape::Bare && given > 0) {
                        assert_eq!(read, unknown(), "{line}");
                    }
                }
            }
        }
    }

    #[test]
    fn names_in_any_case_and_aliases() {
        assert_eq!(parse("Status"), Some(Command::Status(Target::DefaultBot)));
        assert_eq!(parse("  sTaTuS  "), parse("STATUS"));
        assert_eq!(parse("addlicence a/1"), parse("AL a/1"));
        assert_eq!(parse("addlicense a/1"), parse("al a/1"));
        assert_eq!(parse("redeem^ Main SD KEY"), parse("r^ Main SD KEY"));
        assert_eq!(parse(""), None);
        assert_eq!(parse(" \t\n"), None);
        assert_eq!(parse("nosuchcommand"), unknown());
        assert_eq!(parse("nosuchcommand a b c"), unknown());
    }

    #[test]
    fn selectors_take_every_word_after_the_name() {
        assert_eq!(parse("2fa"), bots(Target::DefaultBot, BotAction::TwoFa));
        assert_eq!(parse("2fa A B"), bots(named("A,B"), BotAction::TwoFa));
        assert_eq!(
            parse("2faok A"),
            bots(named("A"), BotAction::Confirmations { accept: true })
        );
        assert_eq!(parse("status A B"), Some(Command::Status(named("A,B"))));
        assert_eq!(parse("sa"), Some(Command::Status(named("ASF"))));
        assert_eq!(parse("sa A"), unknown());
        assert_eq!(parse("stats A"), unknown());
        assert_eq!(parse("exit now"), unknown());
        assert_eq!(
            parse("version"),
            bots(Target::DefaultBot, BotAction::Version)
        );
    }

    /// More words than arguments start with a selector: for `redeem`, the keys follow it.
    #[test]
    fn more_words_than_arguments_start_with_a_selector() {
        assert_eq!(
            parse("redeem KEY1"),
            bots(
                Target::DefaultBot,
                BotAction::Redeem {
                    keys: "KEY1".into(),
                    modes: None
                }
            )
        );
        assert_eq!(
            parse("redeem A,B KEY1 KEY2"),
            bots(
                named("A,B"),
                BotAction::Redeem {
                    keys: "KEY1,KEY2".into(),
                    modes: None
                }
            )
        );
        assert_eq!(
            parse("r^ SD,SI KEY"),
            bots(
                Target::DefaultBot,
                BotAction::Redeem {
                    keys: "KEY".into(),
                    modes: Some("SD,SI".into())
                }
            )
        );
        assert_eq!(parse("r^ KEY"), unknown());
    }

    /// After the selector, the last argument of `nickname` and `input` takes the rest of the
    /// line as written.
    #[test]
    fn the_last_argument_takes_the_rest_after_a_selector() {
        assert_eq!(
            parse("nickname Main  two  words "),
            bots(named("Main"), BotAction::Nickname("two  words ".into()))
        );
        assert_eq!(
            parse("nickname single"),
            bots(Target::DefaultBot, BotAction::Nickname("single".into()))
        );
        assert_eq!(
            parse("input A SteamGuard CODE X"),
            bots(
                named("A"),
                BotAction::Input {
                    kind: "SteamGuard".into(),
                    value: "CODE X".into()
                }
            )
        );
        assert_eq!(parse("input SteamGuard"), unknown());
    }

    /// Transfers, `owns` and list commands take a selector before their arguments.
    #[test]
    fn transfers_owns_and_lists_start_with_a_selector() {
        assert_eq!(
            parse("transfer^ A 753 6 Target"),
            Some(Command::TransferAdvanced {
                target: named("A"),
                app: "753".into(),
                context: "6".into(),
                to: "Target".into()
            })
        );
        assert_eq!(
            parse("transfer& 753 6 Target Rare"),
            Some(Command::TransferRarity {
                target: Target::DefaultBot,
                app: "753".into(),
                context: "6".into(),
                to: "Target".into(),
                rarities: "Rare".into()
            })
        );
        assert_eq!(
            parse("transfer% A 440,730 Target"),
            Some(Command::TransferApps {
                target: named("A"),
                apps: "440,730".into(),
                to: "Target".into(),
                exclude: true
            })
        );
        assert_eq!(
            parse("owns A,B  half life"),
            Some(Command::Owns {
                target: named("A,B"),
                query: "half life".into()
            })
        );
        assert_eq!(
            parse("tbadd 1 2"),
            bots(
                named("1"),
                BotAction::ListAdd(ListKind::TradingBlacklist, "2".into())
            )
        );
    }

    #[test]
    fn commands_without_selectors() {
        assert_eq!(
            parse("ala a/1 s/2"),
            bots(named("ASF"), BotAction::AddLicense("a/1,s/2".into()))
        );
        assert_eq!(
            parse("oa half  life"),
            Some(Command::Owns {
                target: named("ASF"),
                query: "half  life".into()
            })
        );
        assert_eq!(
            parse("encrypt AES my  secret"),
            Some(Command::Encrypt {
                method: "AES".into(),
                text: "my  secret".into()
            })
        );
        assert_eq!(parse("hash SCrypt"), unknown());
        assert_eq!(parse("update"), Some(Command::Update { channel: None }));
        assert_eq!(
            parse("update stable extra"),
            Some(Command::Update {
                channel: Some("stable".into())
            })
        );
        assert_eq!(
            parse("updateplugins"),
            Some(Command::UpdatePlugins {
                channel: None,
                plugins: None
            })
        );
        assert_eq!(
            parse("updateplugins stable"),
            Some(Command::UpdatePlugins {
                channel: Some("stable".into()),
                plugins: None
            })
        );
        assert_eq!(
            parse("updateplugins stable A B"),
            Some(Command::UpdatePlugins {
                channel: Some("stable".into()),
                plugins: Some("A,B".into())
            })
        );
    }

    /// Random lines made of names, arguments and odd white space: each reads without a
    /// panic, the same way twice, and only a line without words is no command.
    #[test]
    fn random_lines_read_without_surprises() {
        let pieces: Vec<String> = COMMANDS
            .iter()
            .flat_map(|g| g.names.iter().map(|n| n.to_lowercase()))
            .chain(
                [
                    " ", "  ", "\t", "\n", "\u{3000}", "A,B", "ASF", "ſ", "ß", "İ", "é", ",", "!",
                    "r!.*", "753", "6", "",
                ]
                .map(str::to_string),
            )
            .collect();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let words = next() % 8;
            let line: String = (0..words)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize].clone())
                .collect::<Vec<_>>()
                .join(if next() % 3 == 0 { "\t " } else { " " });
            let read = parse(&line);
            assert_eq!(read, parse(&line), "{line:?}");
            assert_eq!(
                read.is_none(),
                line.split_whitespace().next().is_none(),
                "{line:?}"
            );
        }
    }
}

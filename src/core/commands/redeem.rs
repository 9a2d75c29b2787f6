//! `redeem` and `redeem^`: keys redeemed by the asking bot and, when its
//! `RedeemingPreferences` (or the modes given) say so, forwarded to or distributed among the
//! other bots that are online, as ASF does it.
//!
//! Every attempt is a line `Key: … | Status: <EResult>/<EPurchaseResultDetail>`, with the
//! packages Steam listed; keys no bot could use end the answer as `Unused keys: …`.

use std::sync::Arc;

use super::{licenses, parse};
use crate::api::enums::{EPurchaseResultDetail, ERedeemingPreferences, EResult};
use crate::core::Asf;
use crate::core::bgr::is_valid_key;
use crate::core::bot::Bot;
use crate::core::texts;

/// How one `redeem` goes (ASF's `ERedeemFlags` applied to the bot's preferences).
#[derive(Clone, Copy, Default)]
struct Modes {
    validate: bool,
    skip_initial: bool,
    forward: bool,
    distribute: bool,
    keep_missing: bool,
}

/// Bits of the modes words (ASF's `ERedeemFlags`).
mod flag {
    pub(super) const VALIDATE: u16 = 1;
    pub(super) const FORCE_FORWARDING: u16 = 2;
    pub(super) const SKIP_FORWARDING: u16 = 4;
    pub(super) const FORCE_DISTRIBUTING: u16 = 8;
    pub(super) const SKIP_DISTRIBUTING: u16 = 16;
    pub(super) const SKIP_INITIAL: u16 = 32;
    pub(super) const FORCE_KEEP_MISSING_GAMES: u16 = 64;
    pub(super) const SKIP_KEEP_MISSING_GAMES: u16 = 128;
    pub(super) const FORCE_ASSUME_WALLET_KEY: u16 = 256;
    pub(super) const SKIP_ASSUME_WALLET_KEY: u16 = 512;
}

/// Reads the `redeem^` modes (`FD,SI,V`…); `Err` with the answer for a bad one.
fn flags(modes: &str) -> Result<u16, texts::ArgumentError> {
    let words = parse::list(modes);
    if words.is_empty() {
        return Err(texts::ArgumentError::Empty("flags"));
    }
    let mut flags = 0;
    for word in words {
        flags |= match word.to_uppercase().as_str() {
            "FAWK" | "FORCEASSUMEWALLETKEY" => flag::FORCE_ASSUME_WALLET_KEY,
            "FD" | "FORCEDISTRIBUTING" => flag::FORCE_DISTRIBUTING,
            "FF" | "FORCEFORWARDING" => flag::FORCE_FORWARDING,
            "FKMG" | "FORCEKEEPMISSINGGAMES" => flag::FORCE_KEEP_MISSING_GAMES,
            "SAWK" | "SKIPASSUMEWALLETKEY" => flag::SKIP_ASSUME_WALLET_KEY,
            "SD" | "SKIPDISTRIBUTING" => flag::SKIP_DISTRIBUTING,
            "SF" | "SKIPFORWARDING" => flag::SKIP_FORWARDING,
            "SI" | "SKIPINITIAL" => flag::SKIP_INITIAL,
            "SKMG" | "SKIPKEEPMISSINGGAMES" => flag::SKIP_KEEP_MISSING_GAMES,
            "V" | "VALIDATE" => flag::VALIDATE,
            _ => return Err(texts::ArgumentError::Invalid(word.to_string())),
        };
    }
    Ok(flags)
}

impl Modes {
    fn new(flags: u16, preferences: ERedeemingPreferences) -> Self {
        let has = |f: u16| flags & f != 0;
        let prefers = |p: ERedeemingPreferences| preferences.0 & p.0 != 0;
        let decide = |force: u16, skip: u16, preference: ERedeemingPreferences| {
            !has(skip) && (has(force) || prefers(preference))
        };
        Self {
            validate: has(flag::VALIDATE),
            skip_initial: has(flag::SKIP_INITIAL),
            forward: decide(
                flag::FORCE_FORWARDING,
                flag::SKIP_FORWARDING,
                ERedeemingPreferences::Forwarding,
            ),
            distribute: decide(
                flag::FORCE_DISTRIBUTING,
                flag::SKIP_DISTRIBUTING,
                ERedeemingPreferences::Distributing,
            ),
            keep_missing: decide(
                flag::FORCE_KEEP_MISSING_GAMES,
                flag::SKIP_KEEP_MISSING_GAMES,
                ERedeemingPreferences::KeepMissingGames,
            ),
        }
    }
}

/// What one attempt came to.
struct Attempt {
    result: EResult,
    detail: EPurchaseResultDetail,
    items: Vec<(u32, String)>,
}

impl Attempt {
    fn status(&self) -> String {
        format!(
            "{}/{}",
            licenses::result_name(self.result),
            licenses::detail_name(self.detail)
        )
    }

    fn timed_out(&self) -> bool {
        self.result == EResult::Timeout || self.detail == EPurchaseResultDetail::Timeout
    }
}

/// Asks `bot` to redeem `key`; a bot that went offline times out.
async fn attempt(bot: &Bot, key: &str) -> Attempt {
    match bot.redeem(key).await {
        Some(p) => Attempt {
            result: p.result,
            detail: p.detail,
            items: p
                .items
                .into_iter()
                .map(|(pkg, _, name)| (pkg, name))
                .collect(),
        },
        None => Attempt {
            result: EResult::Timeout,
            detail: EPurchaseResultDetail::Timeout,
            items: Vec::new(),
        },
    }
}

/// Whether `bot` is one of `bots` (by identity).
fn among(bots: &[Arc<Bot>], bot: &Arc<Bot>) -> bool {
    bots.iter().any(|b| Arc::ptr_eq(b, bot))
}

/// `redeem <Keys>` / `redeem^ <Modes> <Keys>` on `bot`.
pub(super) async fn redeem(
    asf: &Arc<Asf>,
    bot: &Arc<Bot>,
    keys_text: &str,
    modes: Option<&str>,
) -> Option<String> {
    let name = bot.name();
    let flags = match modes.map(flags).transpose() {
        Ok(flags) => flags.unwrap_or(0),
        Err(refused) => return Some(texts::bot(name, &refused.to_string())),
    };
    if !bot.is_online() {
        return Some(texts::bot(name, texts::NOT_CONNECTED));
    }
    let mut seen = std::collections::HashSet::new();
    let keys: Vec<&str> = parse::list(keys_text)
        .into_iter()
        .filter(|key| seen.insert(*key))
        .collect();
    if keys.is_empty() {
        return Some(texts::bot(name, &texts::empty("keys")));
    }
    let mut redemption = Redemption {
        asf,
        asking: bot,
        modes: Modes::new(flags, bot.config().redeeming_preferences),
        settled: std::collections::HashSet::new(),
        rate_limited: Vec::new(),
        tried: Vec::new(),
        lines: texts::Lines::default(),
    };
    redemption.offer_all(&keys).await;
    redemption.into_answer(&keys)
}

/// One `redeem` under way: who asked, how, and what the keys have come to so far.
struct Redemption<'a, 'k> {
    asf: &'a Arc<Asf>,
    asking: &'a Arc<Bot>,
    modes: Modes,
    /// Keys some bot redeemed, or that turned out to be no use to anyone.
    settled: std::collections::HashSet<&'k str>,
    rate_limited: Vec<Arc<Bot>>,
    /// The bots the current key was offered to.
    tried: Vec<Arc<Bot>>,
    lines: texts::Lines,
}

/// Where the walk over keys and bots goes after one bot was offered one key.
enum Step {
    /// The key is done with; the same bot takes the next one.
    NextKeySameBot,
    /// The key is done with.
    NextKey,
    /// The key is still open.
    SameKey,
    /// This bot takes no more keys in this round.
    DropBot,
}

impl<'k> Redemption<'_, 'k> {
    /// Offers every key, first to the asking bot and then, as the modes say, to the others.
    async fn offer_all(&mut self, keys: &[&'k str]) {
        let mut index = 0;
        let mut previous = usize::MAX;
        while index < keys.len() {
            let starting = index;
            let mut others = self.others_in_order().into_iter();
            let mut current = Some(self.asking.clone());
            while index < keys.len() {
                let Some(this) = current.clone() else { break };
                let key = keys[index];
                if previous != index {
                    self.tried.clear();
                    previous = index;
                }
                if self.modes.validate && !is_valid_key(key) {
                    index += 1;
                    continue;
                }
                let step = if Arc::ptr_eq(&this, self.asking) && self.modes.skip_initial {
                    Step::DropBot
                } else {
                    self.offer(&this, key).await
                };
                match step {
                    Step::NextKeySameBot => {
                        index += 1;
                        continue;
                    }
                    Step::NextKey => index += 1,
                    Step::SameKey => {}
                    Step::DropBot => current = None,
                }
                if self.modes.distribute || (self.modes.forward && self.modes.skip_initial) {
                    current = others.next();
                }
            }
            if index == starting {
                // No bot is left to try this key.
                index += 1;
            }
        }
    }

    /// The other online bots: those named after the asking one first, then the rest, by name.
    fn others_in_order(&self) -> Vec<Arc<Bot>> {
        let name = self.asking.name();
        let all = self.asf.bots().all();
        let mut others: Vec<Arc<Bot>> = all
            .iter()
            .filter(|b| !Arc::ptr_eq(b, self.asking) && b.is_online())
            .cloned()
            .collect();
        others.sort_by_key(|b| b.name() <= name);
        others
    }

    /// Offers `key` to `bot` (a bot already tried or rate-limited is answered for, not asked)
    /// and notes what came of it.
    async fn offer(&mut self, bot: &Arc<Bot>, key: &'k str) -> Step {
        let skip = among(&self.tried, bot) || among(&self.rate_limited, bot);
        let outcome = if skip {
            Attempt {
                result: EResult::Fail,
                detail: EPurchaseResultDetail::CancelledByUser,
                items: Vec::new(),
            }
        } else {
            attempt(bot, key).await
        };
        if outcome.timed_out() {
            let line = texts::key_status(key, &outcome.status(), &[]);
            self.lines.push(&texts::other_bot(bot.name(), &line));
            return Step::DropBot;
        }
        self.tried.push(bot.clone());
        if !outcome.items.is_empty() || !skip {
            let line = texts::key_status(key, &outcome.status(), &outcome.items);
            self.lines.push(&texts::other_bot(bot.name(), &line));
        }
        match outcome.detail {
            EPurchaseResultDetail::BadActivationCode
            | EPurchaseResultDetail::CannotRedeemCodeFromClient
            | EPurchaseResultDetail::DuplicateActivationCode => {
                self.settled.insert(key);
                Step::NextKeySameBot
            }
            EPurchaseResultDetail::AccountLocked
            | EPurchaseResultDetail::AlreadyPurchased
            | EPurchaseResultDetail::CancelledByUser
            | EPurchaseResultDetail::DoesNotOwnRequiredApp
            | EPurchaseResultDetail::NoWallet
            | EPurchaseResultDetail::RestrictedCountry
            | EPurchaseResultDetail::RateLimited => self.after_refusal(bot, key, outcome).await,
            // `NoDetail` (redeemed) and everything else.
            _ => {
                self.settled.insert(key);
                Step::NextKey
            }
        }
    }

    /// After `bot` could not take `key`: the key is forwarded, left for the next bot, or given
    /// up, as the modes say.
    async fn after_refusal(&mut self, bot: &Arc<Bot>, key: &'k str, outcome: Attempt) -> Step {
        if outcome.detail == EPurchaseResultDetail::RateLimited {
            self.rate_limited.push(bot.clone());
        }
        let keep =
            self.modes.keep_missing && outcome.detail != EPurchaseResultDetail::AlreadyPurchased;
        if !self.modes.forward || keep {
            Step::NextKey
        } else if !self.modes.distribute {
            self.forward(bot, key, outcome.items).await;
            Step::NextKey
        } else {
            Step::SameKey
        }
    }

    /// Offers `key` to the other online bots, by name, until one redeems it (or it turns out
    /// invalid); bots that own every package the key grants are not asked.
    async fn forward(&mut self, current: &Arc<Bot>, key: &'k str, mut items: Vec<(u32, String)>) {
        let asf = self.asf;
        for other in asf.bots().all() {
            let wanted = items.is_empty()
                || other.licenses().is_some_and(|owned| {
                    items
                        .iter()
                        .any(|(package, _)| !owned.iter().any(|l| l.package == *package))
                });
            if Arc::ptr_eq(&other, current)
                || (self.modes.skip_initial && Arc::ptr_eq(&other, self.asking))
                || among(&self.tried, &other)
                || among(&self.rate_limited, &other)
                || !other.is_online()
                || !wanted
            {
                continue;
            }
            let outcome = attempt(&other, key).await;
            if outcome.timed_out() {
                let line = texts::key_status(key, &outcome.status(), &[]);
                self.lines.push(&texts::other_bot(other.name(), &line));
                continue;
            }
            self.tried.push(other.clone());
            let handled = matches!(
                outcome.detail,
                EPurchaseResultDetail::BadActivationCode
                    | EPurchaseResultDetail::DuplicateActivationCode
                    | EPurchaseResultDetail::NoDetail
            );
            if handled {
                self.settled.insert(key);
            } else if outcome.detail == EPurchaseResultDetail::RateLimited {
                self.rate_limited.push(other.clone());
            }
            let line = texts::key_status(key, &outcome.status(), &outcome.items);
            self.lines.push(&texts::other_bot(other.name(), &line));
            if handled {
                return;
            }
            for item in outcome.items {
                if !items.iter().any(|(p, _)| *p == item.0) {
                    items.push(item);
                }
            }
        }
    }

    /// The answer: every attempt's line, then the keys no bot could use.
    fn into_answer(mut self, keys: &[&str]) -> Option<String> {
        let unused: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| !self.settled.contains(k))
            .collect();
        if !unused.is_empty() {
            self.lines.push(&texts::bot(
                self.asking.name(),
                &texts::unused_keys(&unused.join(", ")),
            ));
        }
        self.lines.into_answer()
    }
}

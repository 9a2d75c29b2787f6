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
    let modes = Modes::new(flags, bot.config().redeeming_preferences);

    // Keys some bot redeemed, or that turned out to be no use to anyone.
    let mut settled: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut rate_limited: Vec<Arc<Bot>> = Vec::new();
    let mut tried: Vec<Arc<Bot>> = Vec::new();
    let mut lines = texts::Lines::default();
    let mut index = 0;
    let mut previous = usize::MAX;
    while index < keys.len() {
        let starting = index;
        // The other online bots: those named after this one first, then the rest, by name.
        let all = asf.bots().all();
        let mut others: Vec<Arc<Bot>> = all
            .iter()
            .filter(|b| !Arc::ptr_eq(b, bot) && b.is_online())
            .cloned()
            .collect();
        others.sort_by_key(|b| b.name() <= name);
        let mut others = others.into_iter();
        let mut current = Some(bot.clone());
        while index < keys.len() {
            let Some(this) = current.clone() else { break };
            let key = keys[index];
            if previous != index {
                tried.clear();
                previous = index;
            }
            if modes.validate && !is_valid_key(key) {
                index += 1;
                continue;
            }
            if Arc::ptr_eq(&this, bot) && modes.skip_initial {
                current = None;
            } else {
                let skip = among(&tried, &this) || among(&rate_limited, &this);
                let outcome = if skip {
                    Attempt {
                        result: EResult::Fail,
                        detail: EPurchaseResultDetail::CancelledByUser,
                        items: Vec::new(),
                    }
                } else {
                    attempt(&this, key).await
                };
                if outcome.timed_out() {
                    let line = texts::key_status(key, &outcome.status(), &[]);
                    lines.push(&texts::other_bot(this.name(), &line));
                    current = None;
                } else {
                    tried.push(this.clone());
                    if !outcome.items.is_empty() || !skip {
                        let line = texts::key_status(key, &outcome.status(), &outcome.items);
                        lines.push(&texts::other_bot(this.name(), &line));
                    }
                    match outcome.detail {
                        EPurchaseResultDetail::BadActivationCode
                        | EPurchaseResultDetail::CannotRedeemCodeFromClient
                        | EPurchaseResultDetail::DuplicateActivationCode
                        | EPurchaseResultDetail::NoDetail => {
                            settled.insert(key);
                            index += 1;
                            if outcome.detail != EPurchaseResultDetail::NoDetail {
                                // The key is done with; the same bot takes the next one.
                                continue;
                            }
                        }
                        EPurchaseResultDetail::AccountLocked
                        | EPurchaseResultDetail::AlreadyPurchased
                        | EPurchaseResultDetail::CancelledByUser
                        | EPurchaseResultDetail::DoesNotOwnRequiredApp
                        | EPurchaseResultDetail::NoWallet
                        | EPurchaseResultDetail::RestrictedCountry
                        | EPurchaseResultDetail::RateLimited => {
                            if outcome.detail == EPurchaseResultDetail::RateLimited {
                                rate_limited.push(this.clone());
                            }
                            let keep = modes.keep_missing
                                && outcome.detail != EPurchaseResultDetail::AlreadyPurchased;
                            if !modes.forward || keep {
                                index += 1;
                            } else if !modes.distribute {
                                forward(
                                    asf,
                                    bot,
                                    &this,
                                    key,
                                    outcome.items,
                                    modes,
                                    (&mut tried, &mut rate_limited),
                                    (&mut settled, &mut lines),
                                )
                                .await;
                                index += 1;
                            }
                        }
                        _ => {
                            settled.insert(key);
                            index += 1;
                        }
                    }
                }
            }
            if modes.distribute || (modes.forward && modes.skip_initial) {
                current = others.next();
            }
        }
        if index == starting {
            // No bot is left to try this key.
            index += 1;
        }
    }
    let unused: Vec<&str> = keys.into_iter().filter(|k| !settled.contains(k)).collect();
    if !unused.is_empty() {
        lines.push(&texts::bot(name, &texts::unused_keys(&unused.join(", "))));
    }
    lines.into_answer()
}

/// Offers `key` to the other online bots, by name, until one redeems it (or it turns out
/// invalid); bots that own every package the key grants are not asked.
#[allow(clippy::too_many_arguments)]
async fn forward<'k>(
    asf: &Arc<Asf>,
    asking: &Arc<Bot>,
    current: &Arc<Bot>,
    key: &'k str,
    mut items: Vec<(u32, String)>,
    modes: Modes,
    (tried, rate_limited): (&mut Vec<Arc<Bot>>, &mut Vec<Arc<Bot>>),
    (settled, lines): (&mut std::collections::HashSet<&'k str>, &mut texts::Lines),
) {
    for other in asf.bots().all() {
        let wanted = items.is_empty()
            || other.licenses().is_some_and(|owned| {
                items
                    .iter()
                    .any(|(package, _)| !owned.iter().any(|l| l.package == *package))
            });
        if Arc::ptr_eq(&other, current)
            || (modes.skip_initial && Arc::ptr_eq(&other, asking))
            || among(tried, &other)
            || among(rate_limited, &other)
            || !other.is_online()
            || !wanted
        {
            continue;
        }
        let outcome = attempt(&other, key).await;
        if outcome.timed_out() {
            let line = texts::key_status(key, &outcome.status(), &[]);
            lines.push(&texts::other_bot(other.name(), &line));
            continue;
        }
        tried.push(other.clone());
        let handled = matches!(
            outcome.detail,
            EPurchaseResultDetail::BadActivationCode
                | EPurchaseResultDetail::DuplicateActivationCode
                | EPurchaseResultDetail::NoDetail
        );
        if handled {
            settled.insert(key);
        } else if outcome.detail == EPurchaseResultDetail::RateLimited {
            rate_limited.push(other.clone());
        }
        let line = texts::key_status(key, &outcome.status(), &outcome.items);
        lines.push(&texts::other_bot(other.name(), &line));
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

//! The one door to Steam, and the simulated Steam network behind it by default.
//!
//! Bots never talk to anything but [`SteamNetwork`]. A real implementation would speak Steam's
//! CM protocol and web API; this build ships [`SimulatedSteam`], a deterministic stand-in: every
//! account, library and card drop follows from a seed and the account name, and time runs at a
//! configurable multiple of the wall clock so that hours of farming fit in a test.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use sha1::{Digest, Sha1};

use crate::api::enums::{EPurchaseResultDetail, EResult};

/// Credentials of one logon.
#[derive(Clone, Debug)]
pub(crate) struct LogOn {
    pub login: String,
    pub password: String,
}

/// Why a logon failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum LogOnError {
    /// Steam refused the password (`EResult.InvalidPassword`).
    InvalidPassword,
    /// Steam could not be reached.
    NoConnection,
}

/// What Steam tells a bot about its account after logon.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Account {
    pub steam_id: u64,
    pub nickname: String,
    /// Hex SHA-1 of the avatar image.
    pub avatar_hash: String,
    /// In cents of `wallet_currency`.
    pub wallet_balance: i64,
    pub wallet_balance_delayed: i64,
    /// `ECurrencyCode`.
    pub wallet_currency: i32,
    pub public_ip: String,
    /// `EAccountFlags`.
    pub account_flags: i32,
    /// Friends on the account's friends list.
    pub friends: u32,
    /// Steam groups the account is a member of.
    pub clans: u32,
}

/// One owned game as the badge pages show it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BadgeGame {
    pub app_id: u32,
    pub name: String,
    pub cards_remaining: u16,
    pub hours_played: f32,
}

/// What Steam answers to a purchase (key, free licence).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Purchase {
    pub result: EResult,
    pub detail: EPurchaseResultDetail,
    /// Packages granted: package ID, app ID, name.
    pub items: Vec<(u32, u32, String)>,
}

impl Purchase {
    /// What a request that never reached Steam ends as.
    pub(crate) fn timeout() -> Self {
        Self {
            result: EResult::Timeout,
            detail: EPurchaseResultDetail::Timeout,
            items: Vec::new(),
        }
    }
}

/// A licence on the account: a package and the app it grants.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct License {
    pub package: u32,
    pub app: u32,
    /// The app's name.
    pub name: String,
}

/// A mobile confirmation waiting on the account.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Confirmation {
    pub id: u64,
    pub creator_id: u64,
    /// `EMobileConfirmationType`.
    pub kind: i32,
    pub type_name: String,
}

/// Steam's cap on a persona name, in characters: a longer one is refused.
pub(crate) const MAX_PERSONA_NAME_CHARS: usize = 32;

/// Everything a bot needs from Steam.
pub(crate) trait SteamNetwork: Send + Sync + 'static {
    /// Connects and logs an account on.
    fn log_on(&self, request: LogOn) -> BoxFuture<'static, Result<Account, LogOnError>>;
    /// Ends the session of a logged-on account (nothing is played any more).
    fn log_off(&self, steam_id: u64);
    /// Tells Steam which games the account is playing now (empty: none), and the name shown
    /// to friends instead of them, if any.
    fn play(&self, steam_id: u64, apps: &[u32], custom_name: Option<&str>);
    /// Changes the account's persona name (it stays across logons); false when Steam refuses
    /// it (longer than [`MAX_PERSONA_NAME_CHARS`]) and keeps the old one.
    fn set_persona_name(&self, steam_id: u64, name: &str) -> bool;
    /// Every licence the account holds.
    fn licenses(&self, steam_id: u64) -> Vec<License>;
    /// Sends a trade offer of `items` items to `partner`; whether Steam took it.
    fn send_trade_offer(&self, steam_id: u64, partner: u64, items: u32) -> bool;
    /// Sets the profile's seven privacy settings (ASF's order and numbers); whether it worked.
    fn set_privacy(&self, steam_id: u64, settings: [u8; 7]) -> bool;
    /// The account's games with card drops still to come, as its badge pages list them.
    fn badges(&self, steam_id: u64) -> BoxFuture<'static, Result<Vec<BadgeGame>, LogOnError>>;
    /// Redeems a product key on the account.
    fn redeem_key(&self, steam_id: u64, key: &str) -> Purchase;
    /// Activates a free licence: an app (`app = true`) or a package.
    fn add_license(&self, steam_id: u64, id: u32, app: bool) -> Purchase;
    /// Removes a licence; returns an `EResult`.
    fn remove_license(&self, steam_id: u64, id: u32, app: bool) -> EResult;
    /// Buys a points-shop item; returns an `EResult`.
    fn redeem_points(&self, steam_id: u64, definition_id: u32, forced: bool) -> EResult;
    /// The points a points-shop item costs; `None` when the shop has no such item.
    fn reward_cost(&self, steam_id: u64, definition_id: u32) -> Option<u32>;
    /// Community items in the inventory: per app, cards dropped so far.
    fn card_items(&self, steam_id: u64) -> Vec<(u32, String, u32)>;
    /// Pending mobile confirmations of an account with an authenticator.
    fn confirmations(&self, steam_id: u64) -> Vec<Confirmation>;
    /// Accepts or declines confirmations by id; returns those handled.
    fn handle_confirmations(&self, steam_id: u64, ids: &[u64], accept: bool) -> Vec<Confirmation>;
    /// Steam level and points balance.
    fn profile(&self, steam_id: u64) -> (u32, u64);
    /// How much faster than the wall clock Steam's time runs (1 for a real network).
    fn speed(&self) -> f64 {
        1.0
    }
    /// Play time after which one card drops, in Steam's time.
    fn card_drop_interval(&self) -> Duration {
        Duration::from_secs(30 * 60)
    }
}

/// Real time for `duration` of Steam's time on `steam`.
pub(crate) fn real_time(steam: &dyn SteamNetwork, duration: Duration) -> Duration {
    duration.div_f64(steam.speed().max(f64::MIN_POSITIVE))
}

/// The package that grants `app_id` on the simulated store.
fn package_of(app_id: u32) -> u32 {
    app_id * 10 + 1
}

/// Games the simulated store knows: real app IDs with names, so that links and icons work.
const CATALOG: &[(u32, &str)] = &[
    (220, "Half-Life 2"),
    (400, "Portal"),
    (550, "Left 4 Dead 2"),
    (620, "Portal 2"),
    (4000, "Garry's Mod"),
    (8930, "Sid Meier's Civilization V"),
    (49520, "Borderlands 2"),
    (72850, "The Elder Scrolls V: Skyrim"),
    (105600, "Terraria"),
    (203160, "Tomb Raider"),
    (219150, "Hotline Miami"),
    (239140, "Dying Light"),
    (247080, "Crypt of the NecroDancer"),
    (250900, "The Binding of Isaac: Rebirth"),
    (252950, "Rocket League"),
    (268910, "Cuphead"),
    (292030, "The Witcher 3: Wild Hunt"),
    (367520, "Hollow Knight"),
    (374320, "DARK SOULS III"),
    (413150, "Stardew Valley"),
    (504230, "Celeste"),
    (646570, "Slay the Spire"),
    (1145360, "Hades"),
];

const NICKNAME_PARTS: &[&str] = &[
    "Card", "Idle", "Steam", "Badge", "Pixel", "Quiet", "Lucky", "Frost", "Ember", "Nova",
];

/// Currencies wallets are simulated in (`ECurrencyCode`): USD, GBP, EUR, PLN, BRL, CAD.
const CURRENCIES: &[i32] = &[1, 2, 3, 6, 7, 20];

/// Where one simulated account stands.
struct SimAccount {
    /// Per game: cards that drop in total, play time so far, playing since.
    games: Vec<SimGame>,
    /// Key redemptions in the current rate-limit window (Steam's time).
    redemptions: Vec<Instant>,
    /// Confirmations already accepted or declined.
    handled: std::collections::HashSet<u64>,
    /// The persona name once the owner changed it.
    nickname: Option<String>,
}

/// Key redemptions Steam allows per account and hour before it rate-limits.
const REDEMPTIONS_PER_HOUR: usize = 24;

struct SimGame {
    app_id: u32,
    name: &'static str,
    /// Cards that drop in total.
    cards: u16,
    /// Hours played before the simulation started.
    earlier: Duration,
    /// Play time seen by the simulation, up to `since`.
    farmed: Duration,
    /// Being played since.
    since: Option<Instant>,
}

impl SimGame {
    /// Play time seen by the simulation, in Steam's time.
    fn farmed_at(&self, now: Instant, speed: f64) -> Duration {
        let running = self
            .since
            .map(|s| now.saturating_duration_since(s).mul_f64(speed))
            .unwrap_or_default();
        self.farmed + running
    }
}

/// A deterministic Steam network: the same seed and account names give the same accounts,
/// libraries and drops.
pub(crate) struct SimulatedSteam {
    seed: u64,
    speed: f64,
    accounts: Mutex<HashMap<u64, SimAccount>>,
    /// Keys redeemed anywhere on the network (upper case).
    used_keys: Mutex<std::collections::HashSet<String>>,
}

impl SimulatedSteam {
    /// Time runs `speed` times faster than the wall clock (1 = real time).
    pub(crate) fn new(seed: u64, speed: f64) -> Self {
        let speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        Self {
            seed,
            speed,
            accounts: Mutex::new(HashMap::new()),
            used_keys: Mutex::new(std::collections::HashSet::new()),
        }
    }

    fn grant(account: &mut SimAccount, app_id: u32, name: &'static str, cards: u16) {
        account.games.push(SimGame {
            app_id,
            name,
            cards,
            earlier: Duration::ZERO,
            farmed: Duration::ZERO,
            since: None,
        });
    }

    fn catalog_entry(&self, text: &str, purpose: &str) -> (u32, &'static str) {
        CATALOG[(self.number(text, purpose) % CATALOG.len() as u64) as usize]
    }

    /// 20 pseudo-random bytes for `login` and `purpose`.
    fn digest(&self, login: &str, purpose: &str) -> [u8; 20] {
        let mut hasher = Sha1::new();
        hasher.update(self.seed.to_le_bytes());
        hasher.update(purpose.as_bytes());
        hasher.update([0]);
        hasher.update(login.as_bytes());
        hasher.finalize().into()
    }

    fn number(&self, login: &str, purpose: &str) -> u64 {
        let d = self.digest(login, purpose);
        u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
    }

    fn account(&self, login: &str) -> Account {
        let steam_id = 76_561_197_960_265_728 + 1 + self.number(login, "id") % 0x7FFF_FFFE;
        let n = self.number(login, "nick");
        let first = NICKNAME_PARTS[(n % NICKNAME_PARTS.len() as u64) as usize];
        let second = NICKNAME_PARTS[((n >> 8) % NICKNAME_PARTS.len() as u64) as usize];
        let avatar: String = self
            .digest(login, "avatar")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let wallet = self.number(login, "wallet");
        let balance = (wallet % 10_000) as i64;
        let ip = self.number(login, "ip");
        Account {
            steam_id,
            nickname: format!("{first}{second}{}", n % 100),
            avatar_hash: avatar,
            wallet_balance: balance,
            wallet_balance_delayed: balance + ((wallet >> 20) % 3) as i64 * 100,
            wallet_currency: CURRENCIES[((wallet >> 32) % CURRENCIES.len() as u64) as usize],
            // TEST-NET-3: an address that is certainly nobody's.
            public_ip: format!("203.0.113.{}", 1 + ip % 254),
            account_flags: 0,
            friends: (self.number(login, "friends") % 250) as u32,
            clans: (self.number(login, "clans") % 20) as u32,
        }
    }

    fn library(&self, login: &str) -> Vec<SimGame> {
        let n = self.number(login, "library");
        let count = 2 + (n % 5) as usize;
        let start = ((n >> 8) % CATALOG.len() as u64) as usize;
        let step = 1 + ((n >> 16) % 5) as usize;
        let mut games = Vec::with_capacity(count);
        let mut i = start;
        while games.len() < count {
            let (app_id, name) = CATALOG[i % CATALOG.len()];
            if !games.iter().any(|g: &SimGame| g.app_id == app_id) {
                let g = self.number(login, &format!("game{app_id}"));
                games.push(SimGame {
                    app_id,
                    name,
                    cards: 1 + (g % 4) as u16,
                    earlier: Duration::from_secs((g >> 8) % (20 * 3600)),
                    farmed: Duration::ZERO,
                    since: None,
                });
            }
            i += step;
        }
        games
    }

    fn with_account<T>(&self, steam_id: u64, f: impl FnOnce(&mut SimAccount) -> T) -> Option<T> {
        let mut accounts = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
        accounts.get_mut(&steam_id).map(f)
    }
}

impl SteamNetwork for SimulatedSteam {
    fn log_on(&self, request: LogOn) -> BoxFuture<'static, Result<Account, LogOnError>> {
        let result = if request.password.is_empty() {
            Err(LogOnError::InvalidPassword)
        } else {
            let mut account = self.account(&request.login);
            let mut accounts = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
            let known = accounts
                .entry(account.steam_id)
                .or_insert_with(|| SimAccount {
                    games: self.library(&request.login),
                    redemptions: Vec::new(),
                    handled: std::collections::HashSet::new(),
                    nickname: None,
                });
            if let Some(nickname) = &known.nickname {
                account.nickname = nickname.clone();
            }
            Ok(account)
        };
        // A connection and a logon take a few seconds of Steam's time.
        let delay = real_time(self, Duration::from_secs(3));
        Box::pin(async move {
            tokio::time::sleep(delay).await;
            result
        })
    }

    fn log_off(&self, steam_id: u64) {
        self.play(steam_id, &[], None);
    }

    // The custom name is only what friends would see; nothing here shows it.
    fn play(&self, steam_id: u64, apps: &[u32], _custom_name: Option<&str>) {
        let now = Instant::now();
        let speed = self.speed;
        self.with_account(steam_id, |account| {
            for game in &mut account.games {
                let playing = apps.contains(&game.app_id);
                match (game.since, playing) {
                    (Some(_), false) => {
                        game.farmed = game.farmed_at(now, speed);
                        game.since = None;
                    }
                    (None, true) => game.since = Some(now),
                    _ => {}
                }
            }
        });
    }

    fn set_persona_name(&self, steam_id: u64, name: &str) -> bool {
        if name.chars().count() > MAX_PERSONA_NAME_CHARS {
            return false;
        }
        self.with_account(steam_id, |account| {
            account.nickname = Some(name.to_string())
        });
        true
    }

    fn licenses(&self, steam_id: u64) -> Vec<License> {
        self.with_account(steam_id, |account| {
            account
                .games
                .iter()
                .map(|g| License {
                    package: package_of(g.app_id),
                    app: g.app_id,
                    name: g.name.to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
    }

    fn send_trade_offer(&self, steam_id: u64, partner: u64, items: u32) -> bool {
        // Offers are sent, never answered: items stay where they are.
        items > 0 && partner != steam_id && self.with_account(steam_id, |_| ()).is_some()
    }

    fn set_privacy(&self, steam_id: u64, settings: [u8; 7]) -> bool {
        // Steam accepts any combination the caller already checked; profiles are not shown.
        settings.iter().all(|s| (1..=3).contains(s))
            && self.with_account(steam_id, |_| ()).is_some()
    }

    fn badges(&self, steam_id: u64) -> BoxFuture<'static, Result<Vec<BadgeGame>, LogOnError>> {
        let now = Instant::now();
        let speed = self.speed;
        let interval = self.card_drop_interval();
        let result = self
            .with_account(steam_id, |account| {
                account
                    .games
                    .iter()
                    .map(|game| {
                        let farmed = game.farmed_at(now, speed);
                        let dropped = (farmed.as_secs_f64() / interval.as_secs_f64()) as u64;
                        BadgeGame {
                            app_id: game.app_id,
                            name: game.name.to_string(),
                            cards_remaining: game
                                .cards
                                .saturating_sub(u16::try_from(dropped).unwrap_or(u16::MAX)),
                            hours_played: ((game.earlier + farmed).as_secs_f64() / 3600.0) as f32,
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .ok_or(LogOnError::NoConnection);
        Box::pin(async move { result })
    }

    fn redeem_key(&self, steam_id: u64, key: &str) -> Purchase {
        let key = key.to_uppercase();
        let fail = |detail| Purchase {
            result: EResult::Fail,
            detail,
            items: Vec::new(),
        };
        let now = Instant::now();
        let hour = Duration::from_secs(3600).div_f64(self.speed);
        let class = self.number(&key, "key") % 10;
        let (app_id, name) = self.catalog_entry(&key, "key-game");
        let package = package_of(app_id);
        let mut used = self.used_keys.lock().unwrap_or_else(|e| e.into_inner());
        self.with_account(steam_id, |account| {
            account
                .redemptions
                .retain(|t| now.saturating_duration_since(*t) < hour);
            if account.redemptions.len() >= REDEMPTIONS_PER_HOUR {
                return Purchase {
                    result: EResult::RateLimitExceeded,
                    detail: EPurchaseResultDetail::RateLimited,
                    items: Vec::new(),
                };
            }
            account.redemptions.push(now);
            if class == 0 {
                return fail(EPurchaseResultDetail::BadActivationCode);
            }
            if used.contains(&key) {
                return fail(EPurchaseResultDetail::DuplicateActivationCode);
            }
            if account.games.iter().any(|g| g.app_id == app_id) {
                return Purchase {
                    result: EResult::Fail,
                    detail: EPurchaseResultDetail::AlreadyPurchased,
                    items: vec![(package, app_id, name.to_string())],
                };
            }
            used.insert(key.clone());
            Self::grant(account, app_id, name, 1 + (class % 3) as u16);
            Purchase {
                result: EResult::OK,
                detail: EPurchaseResultDetail::NoDetail,
                items: vec![(package, app_id, name.to_string())],
            }
        })
        .unwrap_or_else(Purchase::timeout)
    }

    fn add_license(&self, steam_id: u64, id: u32, app: bool) -> Purchase {
        let known = CATALOG
            .iter()
            .find(|(a, _)| if app { *a == id } else { package_of(*a) == id });
        self.with_account(steam_id, |account| match known {
            Some((app_id, name)) if !account.games.iter().any(|g| g.app_id == *app_id) => {
                // Free licences carry no card drops.
                Self::grant(account, *app_id, name, 0);
                Purchase {
                    result: EResult::OK,
                    detail: EPurchaseResultDetail::NoDetail,
                    items: vec![(package_of(*app_id), *app_id, name.to_string())],
                }
            }
            Some(_) => Purchase {
                result: EResult::Fail,
                detail: if app {
                    EPurchaseResultDetail::InvalidData
                } else {
                    EPurchaseResultDetail::AlreadyPurchased
                },
                items: Vec::new(),
            },
            None => Purchase {
                result: EResult::Fail,
                detail: if app {
                    EPurchaseResultDetail::InvalidData
                } else {
                    EPurchaseResultDetail::InvalidPackage
                },
                items: Vec::new(),
            },
        })
        .unwrap_or_else(Purchase::timeout)
    }

    fn remove_license(&self, steam_id: u64, id: u32, app: bool) -> EResult {
        self.with_account(steam_id, |account| {
            let before = account.games.len();
            account.games.retain(|g| {
                if app {
                    g.app_id != id
                } else {
                    package_of(g.app_id) != id
                }
            });
            if account.games.len() < before {
                EResult::OK
            } else {
                EResult::Fail
            }
        })
        .unwrap_or(EResult::Timeout)
    }

    fn redeem_points(&self, steam_id: u64, definition_id: u32, forced: bool) -> EResult {
        // Items whose number is a multiple of 4 do not exist; 1 more than one is free; the
        // rest cost points (see `reward_cost`) and need `forced`.
        self.with_account(steam_id, |_| match definition_id % 4 {
            0 => EResult::InvalidParam,
            1 => EResult::OK,
            _ if forced => EResult::OK,
            _ => EResult::InvalidState,
        })
        .unwrap_or(EResult::Timeout)
    }

    fn reward_cost(&self, steam_id: u64, definition_id: u32) -> Option<u32> {
        self.with_account(steam_id, |_| match definition_id % 4 {
            0 => None,
            1 => Some(0),
            _ => Some(100 * (1 + definition_id % 10)),
        })
        .flatten()
    }

    fn card_items(&self, steam_id: u64) -> Vec<(u32, String, u32)> {
        let now = Instant::now();
        let speed = self.speed;
        let interval = self.card_drop_interval();
        self.with_account(steam_id, |account| {
            account
                .games
                .iter()
                .filter_map(|game| {
                    let dropped =
                        (game.farmed_at(now, speed).as_secs_f64() / interval.as_secs_f64()) as u32;
                    let dropped = dropped.min(u32::from(game.cards));
                    (dropped > 0).then(|| (game.app_id, game.name.to_string(), dropped))
                })
                .collect()
        })
        .unwrap_or_default()
    }

    fn confirmations(&self, steam_id: u64) -> Vec<Confirmation> {
        let all = (0..3u64).map(|i| {
            let n = self.number(&steam_id.to_string(), &format!("confirmation{i}"));
            let (kind, type_name) = if i == 1 {
                (3, "Market Listing")
            } else {
                (2, "Trade Offer")
            };
            Confirmation {
                id: 1 + n % 0xFFFF_FFFF_FFFF,
                creator_id: 1 + (n >> 16) % 0xFFFF_FFFF,
                kind,
                type_name: type_name.to_string(),
            }
        });
        let all: Vec<Confirmation> = all.collect();
        self.with_account(steam_id, |account| {
            all.into_iter()
                .filter(|c| !account.handled.contains(&c.id))
                .collect()
        })
        .unwrap_or_default()
    }

    fn handle_confirmations(&self, steam_id: u64, ids: &[u64], _accept: bool) -> Vec<Confirmation> {
        let pending = self.confirmations(steam_id);
        self.with_account(steam_id, |account| {
            pending
                .into_iter()
                .filter(|c| ids.contains(&c.id))
                .inspect(|c| {
                    account.handled.insert(c.id);
                })
                .collect()
        })
        .unwrap_or_default()
    }

    fn profile(&self, steam_id: u64) -> (u32, u64) {
        let n = self.number(&steam_id.to_string(), "profile");
        ((n % 100) as u32, (n >> 8) % 50_000)
    }

    fn speed(&self) -> f64 {
        self.speed
    }
}

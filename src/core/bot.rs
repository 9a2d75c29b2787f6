//! One bot: its config, its life cycle against Steam, and the state `GET /Api/Bot` shows.
//!
//! Each bot runs one task. The task sleeps until the bot should run, logs on through
//! [`SteamNetwork`], then farms: it asks Steam which games still have card drops, plays the
//! first of them, and checks again every `FarmingDelay` minutes (of Steam's time). Every control
//! (start, stop, pause, resume, new input) changes the shared state and wakes the task, which
//! re-evaluates from the state; so the state is the only truth and the JSON is read from it.

use std::ops::ControlFlow;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::sync::watch;

pub(crate) use crate::api::bot::{BotStatus, CardsFarmer, Game};
use crate::api::enums::{
    ECryptoMethod, ECurrencyCode, EFarmingOrder, EPurchaseResultDetail, EResult, EUserInputType,
};
use crate::core::bot_db::{Authenticator, BotDatabase, NotSaved};
use crate::core::config::{BotConfig, GlobalConfig};
use crate::core::gifts::GiftsLimiter;
use crate::core::metrics::{BotFigures, TradeStatistics};
use crate::core::steam::{
    Account, BadgeGame, License, LogOn, LogOnError, Purchase, SteamNetwork, real_time,
};
use crate::core::texts::dotnet::EnumText;
use crate::core::{bgr, config, crypto, process, steam_guard, texts};

/// What a start, stop, pause or resume did; ASF's text for each is its `Display`
/// (`crate::core::texts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ControlOutcome {
    Started,
    AlreadyRunning,
    Stopped,
    AlreadyStopped,
    Paused,
    AlreadyPaused,
    Resumed,
    AlreadyResumed,
}

/// ASF's text of a bot control: the answer of the API and, after `Failed due to error:` when
/// it did nothing, of the command.
impl std::fmt::Display for ControlOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Started | Self::Stopped => texts::DONE,
            Self::AlreadyRunning => texts::ALREADY_RUNNING,
            Self::AlreadyStopped => texts::ALREADY_STOPPED,
            Self::Paused => texts::PAUSED,
            Self::AlreadyPaused => texts::ALREADY_PAUSED,
            Self::Resumed => texts::RESUMED,
            Self::AlreadyResumed => texts::ALREADY_RESUMED,
        })
    }
}

impl ControlOutcome {
    /// Whether the control changed the bot (the `Already…` outcomes did not).
    pub(crate) fn succeeded(self) -> bool {
        matches!(
            self,
            Self::Started | Self::Stopped | Self::Paused | Self::Resumed
        )
    }
}

/// What the bot task and the controls share.
#[derive(Default)]
struct State {
    keep_running: bool,
    required_input: EUserInputType,
    /// Logged on when set.
    session: Option<Account>,
    /// The last account seen, kept after logging off (ASF keeps the SteamID and wallet).
    last_account: Option<Account>,
    paused: bool,
    permanently_paused: bool,
    now_farming: bool,
    current: Vec<Game>,
    to_farm: Vec<Game>,
    time_remaining: Duration,
    /// Credentials given at runtime (never saved).
    input_login: Option<String>,
    input_password: Option<String>,
    /// Codes given at runtime for the next logon: Steam Guard (e-mail) and two-factor.
    input_auth_code: Option<String>,
    input_two_factor_code: Option<String>,
    /// The parental PIN given at runtime or found by generation (never saved).
    input_parental_code: Option<String>,
    /// The answer to `DeviceConfirmation` for the next logon: approved in the mobile app
    /// (`Y`), or a code instead; `None` until asked.
    device_confirmed: Option<bool>,
    /// Two-factor codes of ASF 2FA refused in a row; ASF stops the bot at three.
    two_factor_failures: u8,
    /// Set when the bot is removed; the task ends.
    removed: bool,
    /// Generation of the pending automatic resume.
    resume_timer: u64,
    /// Games played by hand (`play`) while farming is paused.
    manual: Option<ManualPlay>,
}

/// What `play` asked the bot to play instead of farming.
#[derive(Clone, Debug, Default)]
struct ManualPlay {
    apps: Vec<u32>,
    custom_name: Option<String>,
}

/// What a bot needs from the process.
pub(crate) struct BotEnv {
    pub steam: Arc<dyn SteamNetwork>,
    /// `config/`, where the bot's database and key files live.
    pub config_dir: std::path::PathBuf,
    pub crypt_key: Vec<u8>,
    pub global: Arc<RwLock<GlobalConfig>>,
    /// Spaces out key redemptions of all bots.
    pub gifts: GiftsLimiter,
    /// Started with `--service`: nobody can approve a logon in the mobile app on cue.
    pub service: bool,
    /// ASF finds a parental PIN it does not know by trying every one
    /// (`--no-steam-parental-generation` turns it off, and the bot asks for it instead).
    pub steam_parental_generation: bool,
}

/// One bot.
pub struct Bot {
    name: String,
    config: RwLock<BotConfig>,
    db: BotDatabase,
    state: Mutex<State>,
    /// Settled trade offers; `None` until the first (ASF's Monitoring plugin starts counting
    /// a bot there).
    trades: Mutex<Option<TradeStatistics>>,
    wake: watch::Sender<u64>,
    env: Arc<BotEnv>,
    log: slog::Logger,
}

impl Bot {
    /// Creates a bot and starts its task; it logs on by itself when `Enabled`.
    pub(crate) fn spawn(
        name: String,
        config: BotConfig,
        env: Arc<BotEnv>,
        log: &slog::Logger,
    ) -> Arc<Self> {
        let log = log.new(slog::o!("logger" => name.clone()));
        let enabled = config.enabled;
        let paused = config.farming_preferences.0 & 1 != 0;
        let db = BotDatabase::open(env.config_dir.join(format!("{name}.db")));
        let bot = Arc::new(Self {
            db,
            name,
            config: RwLock::new(config),
            state: Mutex::new(State {
                keep_running: enabled,
                paused,
                permanently_paused: paused,
                ..State::default()
            }),
            trades: Mutex::new(None),
            wake: watch::channel(0).0,
            env,
            log,
        });
        if !enabled {
            slog::info!(
                bot.log,
                "Start() Not starting this instance because it's disabled in config file!"
            );
        }
        bot.drop_filed_keys();
        bot.import_keys_file();
        tokio::spawn(bot.clone().run());
        tokio::spawn(redeem_in_background(
            Arc::downgrade(&bot),
            bot.wake.subscribe(),
        ));
        bot
    }

    /// The bot's database.
    pub(crate) fn db(&self) -> &BotDatabase {
        &self.db
    }

    /// `config/<name><extension>`.
    pub(crate) fn file(&self, extension: &str) -> std::path::PathBuf {
        self.env
            .config_dir
            .join(format!("{}{extension}", self.name))
    }

    /// The SteamID while logged on.
    pub(crate) fn session(&self) -> Option<u64> {
        self.state().session.as_ref().map(|a| a.steam_id)
    }

    /// Trading cards in the inventory while logged on.
    pub(crate) fn card_count(&self) -> Option<u32> {
        let steam_id = self.session()?;
        Some(
            self.env
                .steam
                .card_items(steam_id)
                .iter()
                .map(|(_, _, n)| n)
                .sum(),
        )
    }

    /// The bot's logger: its lines carry the bot's name.
    pub(crate) fn logger(&self) -> &slog::Logger {
        &self.log
    }

    /// The network the bot talks to.
    pub(crate) fn steam(&self) -> &Arc<dyn SteamNetwork> {
        &self.env.steam
    }

    /// Drops queued keys that already have a result line. The redeemer files a key's result
    /// before taking it off the queue, so a process killed between the two finds the key in
    /// both places; it was redeemed, and must not be redeemed again.
    fn drop_filed_keys(&self) {
        // Result files grow with every key redeemed: not read for a bot with nothing queued.
        if self.db.games_to_redeem_count() == 0 {
            return;
        }
        let files: Vec<std::path::PathBuf> = bgr::RESULT_EXTENSIONS
            .iter()
            .map(|ext| self.file(ext))
            .collect();
        let filed = bgr::filed_keys(&files);
        if filed.is_empty() {
            return;
        }
        // The result files record these keys: dropped in memory even when the save fails.
        let dropped = self.db.update_even_if_unsaved(|data| {
            let before = data.games_to_redeem.len();
            data.games_to_redeem
                .retain(|(key, _)| !filed.contains(&key.to_ascii_uppercase()));
            let dropped = before - data.games_to_redeem.len();
            (dropped > 0, dropped)
        });
        if dropped > 0 {
            slog::info!(
                self.log,
                "LoadGamesToRedeemInBackground() Dropped {dropped} queued keys that were already redeemed."
            );
        }
    }

    /// Moves `config/<name>.keys` into the background redeemer's queue and deletes the file;
    /// when the queue cannot be saved the file stays, to be imported later.
    pub(crate) fn import_keys_file(&self) {
        let path = self.file(".keys");
        let Ok(text) = std::fs::read_to_string(&path) else {
            return;
        };
        let entries = bgr::parse_keys_file(&text);
        let added = match self.add_games_to_redeem(entries) {
            Ok(added) => added,
            Err(e) => {
                slog::error!(self.log, "ImportKeysToRedeem() {e}");
                return;
            }
        };
        if std::fs::remove_file(&path).is_ok() {
            slog::info!(
                self.log,
                "ImportKeysToRedeem() Imported {} keys to redeem in background.",
                added.len()
            );
        }
    }

    /// Queues keys for the background redeemer (keys already queued, in any case, are skipped);
    /// returns the entries added, once saved.
    pub(crate) fn add_games_to_redeem(
        &self,
        entries: Vec<(String, String)>,
    ) -> Result<Vec<(String, String)>, NotSaved> {
        let added = self.db.update(|data| {
            // Keys compare without case; one set of them keeps this linear in the keys.
            let mut known: std::collections::HashSet<String> = data
                .games_to_redeem
                .iter()
                .map(|(k, _)| k.to_ascii_uppercase())
                .collect();
            let mut added = Vec::new();
            for (key, name) in entries {
                if data.games_to_redeem.len() + added.len() >= crate::core::bgr::MAX_QUEUED_KEYS {
                    break;
                }
                if known.insert(key.to_ascii_uppercase()) {
                    added.push((key, name));
                }
            }
            data.games_to_redeem.extend(added.iter().cloned());
            (!added.is_empty(), added)
        })?;
        if !added.is_empty() {
            self.poke();
        }
        Ok(added)
    }

    /// Empties the background redeemer's queue, once saved.
    pub(crate) fn clear_games_to_redeem(&self) -> Result<(), NotSaved> {
        self.db.update(|data| {
            let changed = !data.games_to_redeem.is_empty();
            data.games_to_redeem.clear();
            (changed, ())
        })
    }

    /// Redeems every key in turn, as given (`POST …/Redeem`): per key its purchase, `None`
    /// when it could not be tried (the bot is offline).
    pub(crate) async fn redeem_each<'k>(
        &self,
        keys: &'k [String],
    ) -> Vec<(&'k str, Option<Purchase>)> {
        let mut purchases = Vec::with_capacity(keys.len());
        for key in keys {
            purchases.push((key.as_str(), self.redeem(key).await));
        }
        purchases
    }

    /// Redeems one key when the gifts limiter gives the turn; `None` when the bot is not (or
    /// no longer) logged on.
    pub(crate) async fn redeem(&self, key: &str) -> Option<Purchase> {
        self.session()?;
        self.wait_gifts_turn().await;
        self.redeem_now(key, |_| ()).map(|(purchase, ())| purchase)
    }

    /// Waits until the gifts limiter lets this bot redeem.
    async fn wait_gifts_turn(&self) {
        let delay = self.global().gifts_limiter_delay;
        self.env
            .gifts
            .wait_turn(real_time(
                self.env.steam.as_ref(),
                Duration::from_secs(u64::from(delay)),
            ))
            .await;
    }

    /// Redeems `key` and runs `then` on the outcome, both while holding the bot's state: a
    /// removed bot never redeems, and removing a bot waits for a redemption under way (and what
    /// `then` does with it), so the bot that replaces it finds the key already filed.
    fn redeem_now<T>(&self, key: &str, then: impl FnOnce(&Purchase) -> T) -> Option<(Purchase, T)> {
        let state = self.state();
        if state.removed {
            return None;
        }
        let steam_id = state.session.as_ref()?.steam_id;
        let purchase = self.env.steam.redeem_key(steam_id, key);
        let after = then(&purchase);
        drop(state);
        if purchase.result == EResult::OK {
            // A new game may have card drops: farm it.
            self.poke();
        }
        Some((purchase, after))
    }

    /// Activates a free licence (an app, or a package); a timeout while offline. For apps ASF
    /// reports `NoDetail` when anything was granted.
    pub(crate) fn add_license(&self, id: u32, app: bool) -> Purchase {
        let Some(steam_id) = self.session() else {
            return Purchase::timeout();
        };
        let mut purchase = self.env.steam.add_license(steam_id, id, app);
        if app && purchase.result == EResult::OK {
            purchase.detail = EPurchaseResultDetail::NoDetail;
        }
        purchase
    }

    /// Removes a licence; `EResult`, a timeout while offline.
    pub(crate) fn remove_license(&self, id: u32, app: bool) -> EResult {
        self.session().map_or(EResult::Timeout, |steam_id| {
            self.env.steam.remove_license(steam_id, id, app)
        })
    }

    /// The account's licences while logged on.
    pub(crate) fn licenses(&self) -> Option<Vec<License>> {
        self.session()
            .map(|steam_id| self.env.steam.licenses(steam_id))
    }

    /// Changes the Steam nickname; false while offline. A name Steam refuses is not kept:
    /// the account keeps its old one (ASF does not wait for Steam's answer, so it still
    /// answers that it is done).
    pub(crate) fn set_nickname(&self, nickname: &str) -> bool {
        let mut state = self.state();
        let Some(account) = state.session.as_mut() else {
            return false;
        };
        if !self.env.steam.set_persona_name(account.steam_id, nickname) {
            return true;
        }
        account.nickname = nickname.to_string();
        if let Some(known) = state.last_account.as_mut() {
            known.nickname = nickname.to_string();
        }
        true
    }

    /// Sends a trade offer of `items` items to `partner`; false while offline or refused.
    pub(crate) fn send_trade_offer(&self, partner: u64, items: u32) -> bool {
        self.session()
            .is_some_and(|steam_id| self.env.steam.send_trade_offer(steam_id, partner, items))
    }

    /// Sets the profile's privacy; false while offline or refused.
    pub(crate) fn set_privacy(&self, settings: [u8; 7]) -> bool {
        self.session()
            .is_some_and(|steam_id| self.env.steam.set_privacy(steam_id, settings))
    }

    /// Stops farming (for good, unless it was paused already) and plays `apps` under
    /// `custom_name` instead, as ASF's `play` does. False while offline.
    pub(crate) fn play(&self, apps: Vec<u32>, custom_name: Option<String>) -> bool {
        let mut state = self.state();
        if state.session.is_none() {
            return false;
        }
        if !state.paused {
            state.paused = true;
            state.permanently_paused = true;
            state.resume_timer = state.resume_timer.wrapping_add(1);
        }
        state.manual = Some(ManualPlay { apps, custom_name });
        drop(state);
        self.poke();
        true
    }

    /// ASF's `reset`: a permanent pause (what `play` sets) stays and only the games played by
    /// hand give way to `GamesPlayedWhileIdle`; a temporary pause ends and farming goes on.
    pub(crate) fn reset_playing(&self) {
        let mut state = self.state();
        state.manual = None;
        if state.permanently_paused {
            drop(state);
            slog::info!(
                self.log,
                "Resume() Ignoring this request, as permanent pause is enabled!"
            );
        } else {
            state.paused = false;
            drop(state);
        }
        self.poke();
    }

    /// ASF's `farm`: checks the badges again now and farms what they show (nothing while
    /// paused).
    pub(crate) fn restart_farming(&self) {
        self.poke();
    }

    /// Estimated time until everything is farmed.
    pub(crate) fn time_remaining(&self) -> Duration {
        self.state().time_remaining
    }

    /// The global config.
    fn global(&self) -> GlobalConfig {
        self.env
            .global
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Buys a points-shop item; `EResult`, a timeout while offline.
    pub(crate) fn redeem_points(&self, definition_id: u32, forced: bool) -> EResult {
        self.session().map_or(EResult::Timeout, |steam_id| {
            self.env
                .steam
                .redeem_points(steam_id, definition_id, forced)
        })
    }

    /// Imports ASF 2FA; false when one is imported already or it could not be saved.
    pub(crate) fn import_authenticator(&self, authenticator: Authenticator) -> bool {
        let imported = self
            .db
            .update(|data| {
                if data.authenticator.is_some() {
                    return (false, false);
                }
                data.authenticator = Some(authenticator);
                (true, true)
            })
            .unwrap_or_else(|e| {
                slog::error!(self.log, "ImportAuthenticator() {e}");
                false
            });
        if imported {
            slog::info!(
                self.log,
                "ImportAuthenticator() Successfully finished importing mobile authenticator!"
            );
        }
        imported
    }

    /// Removes ASF 2FA, once saved; false when there was none.
    pub(crate) fn remove_authenticator(&self) -> Result<bool, NotSaved> {
        self.db.update(|data| {
            let had = data.authenticator.take().is_some();
            (had, had)
        })
    }

    /// The imported authenticator.
    pub(crate) fn authenticator(&self) -> Option<Authenticator> {
        self.db.get().authenticator
    }

    /// The bot's name.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// A copy of the live config.
    pub(crate) fn config(&self) -> BotConfig {
        self.config
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn poke(&self) {
        self.wake.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// The SteamID of the account, 0 before the first logon.
    pub(crate) fn steam_id(&self) -> u64 {
        let state = self.state();
        state.last_account.as_ref().map_or(0, |a| a.steam_id)
    }

    /// Whether the bot is logged on.
    pub(crate) fn is_online(&self) -> bool {
        self.state().session.is_some()
    }

    /// Whether the bot farms right now.
    pub fn is_farming(&self) -> bool {
        self.state().now_farming
    }

    /// Whether the bot is started.
    pub(crate) fn keep_running(&self) -> bool {
        self.state().keep_running
    }

    /// Counts a trade offer the bot accepted, `confirmed` once no mobile confirmation is left.
    pub(crate) fn record_accepted_trade(
        &self,
        confirmed: bool,
        items_given: u64,
        items_received: u64,
    ) {
        self.trades
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert_with(TradeStatistics::default)
            .accepted(confirmed, items_given, items_received);
    }

    /// What ASF's Monitoring plugin reads from the bot.
    pub(crate) fn figures(&self) -> BotFigures {
        let trades = *self.trades.lock().unwrap_or_else(|e| e.into_inner());
        let bgr_keys_remaining = self.db.games_to_redeem_count() as u64;
        let state = self.state();
        let known = state.last_account.as_ref();
        let session = state.session.as_ref();
        BotFigures {
            name: self.name.clone(),
            steam_id: known.map_or(0, |a| a.steam_id),
            online: session.is_some(),
            farming: state.now_farming,
            friends: session.map_or(0, |a| a.friends),
            clans: session.map_or(0, |a| a.clans),
            minutes_remaining: state.time_remaining.as_secs_f64() / 60.0,
            // The simulated network never misses a heartbeat.
            heartbeat_failures: 0,
            wallet_balance: known.map_or(0, |a| a.wallet_balance),
            wallet_currency: known.map_or(0, |a| a.wallet_currency),
            bgr_keys_remaining,
            trades,
        }
    }

    /// The JSON `GET /Api/Bot` shows.
    pub(crate) fn status(&self) -> BotStatus {
        let bot_config = self.config();
        let data = self.db.get();
        let state = self.state();
        let account = state.session.as_ref();
        let known = state.last_account.as_ref();
        let steam_id = known.map_or(0, |a| a.steam_id);
        BotStatus {
            bot_name: self.name.clone(),
            cards_farmer: CardsFarmer {
                current_games_farming: state.current.clone(),
                games_to_farm: state.to_farm.clone(),
                time_remaining: process::format_timespan(state.time_remaining),
                now_farming: state.now_farming,
                paused: state.paused,
            },
            games_to_redeem_in_background_count: u32::try_from(data.games_to_redeem.len())
                .unwrap_or(u32::MAX),
            has_mobile_authenticator: data.authenticator.is_some(),
            is_connected_and_logged_on: account.is_some(),
            is_playing_possible: true,
            public_ip: account.map(|a| a.public_ip.clone()),
            s_steam_id: steam_id.to_string(),
            account_flags: known.map_or(0, |a| a.account_flags),
            avatar_hash: known.map(|a| a.avatar_hash.clone()),
            bot_config,
            keep_running: state.keep_running,
            nickname: known.map(|a| a.nickname.clone()),
            required_input: state.required_input,
            steam_id,
            wallet_balance: known.map_or(0, |a| a.wallet_balance),
            wallet_balance_delayed: known.map_or(0, |a| a.wallet_balance_delayed),
            wallet_currency: ECurrencyCode(known.map_or(0, |a| a.wallet_currency)),
        }
    }

    /// `Start`.
    pub(crate) fn start(&self) -> ControlOutcome {
        let mut state = self.state();
        if state.keep_running {
            return ControlOutcome::AlreadyRunning;
        }
        state.keep_running = true;
        drop(state);
        self.poke();
        ControlOutcome::Started
    }

    /// `Stop`.
    pub(crate) fn stop(&self) -> ControlOutcome {
        let mut state = self.state();
        if !state.keep_running {
            return ControlOutcome::AlreadyStopped;
        }
        state.keep_running = false;
        drop(state);
        self.poke();
        ControlOutcome::Stopped
    }

    /// `Pause`: stops farming; a permanent pause survives reconnections; a non-zero
    /// `resume_in_seconds` resumes by itself.
    pub(crate) fn pause(
        self: &Arc<Self>,
        permanent: bool,
        resume_in_seconds: u16,
    ) -> ControlOutcome {
        let mut state = self.state();
        if state.paused {
            return ControlOutcome::AlreadyPaused;
        }
        state.paused = true;
        state.permanently_paused = permanent;
        state.resume_timer = state.resume_timer.wrapping_add(1);
        let generation = state.resume_timer;
        drop(state);
        slog::info!(self.log, "Pause() {}", ControlOutcome::Paused);
        if resume_in_seconds > 0 {
            let bot = Arc::downgrade(self);
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_secs(resume_in_seconds.into())).await;
                if let Some(bot) = bot.upgrade()
                    && bot.state().resume_timer == generation
                {
                    bot.resume();
                }
            });
        }
        self.poke();
        ControlOutcome::Paused
    }

    /// `Resume`.
    pub(crate) fn resume(&self) -> ControlOutcome {
        let mut state = self.state();
        if !state.paused {
            return ControlOutcome::AlreadyResumed;
        }
        state.paused = false;
        state.permanently_paused = false;
        state.manual = None;
        state.resume_timer = state.resume_timer.wrapping_add(1);
        drop(state);
        slog::info!(self.log, "Resume() {}", ControlOutcome::Resumed);
        self.poke();
        ControlOutcome::Resumed
    }

    /// Input the bot asked for (or may need): login and password are kept in memory only.
    /// Returns whether the value was accepted.
    pub(crate) fn set_input(&self, kind: EUserInputType, value: &str) -> bool {
        let mut state = self.state();
        // Codes are checked as ASF checks them and kept for the next logon.
        match kind {
            EUserInputType::Login => state.input_login = Some(value.to_string()),
            EUserInputType::Password => state.input_password = Some(value.to_string()),
            EUserInputType::SteamGuard if value.chars().count() == 5 => {
                state.input_auth_code = Some(value.to_string());
            }
            EUserInputType::SteamParentalCode if config::is_parental_code(value) => {
                state.input_parental_code = Some(value.to_string());
            }
            EUserInputType::TwoFactorAuthentication if steam_guard::is_valid_code(value) => {
                state.input_two_factor_code = Some(value.to_string());
            }
            // Any value is taken (ASF's `SetUserInput`); it answers only a question asked.
            EUserInputType::DeviceConfirmation => {
                if state.required_input == kind {
                    state.device_confirmed = Some(value.eq_ignore_ascii_case("Y"));
                }
            }
            _ => return false,
        }
        if state.required_input == kind {
            state.required_input = EUserInputType::None;
        }
        drop(state);
        self.poke();
        true
    }

    /// Replaces the config: stops the bot, applies the config, starts it if `Enabled`.
    pub(crate) fn reconfigure(&self, config: BotConfig) {
        let enabled = config.enabled;
        *self.config.write().unwrap_or_else(|e| e.into_inner()) = config;
        let mut state = self.state();
        state.keep_running = enabled;
        // A running bot is stopped and started again, so it logs on with the new config.
        if let Some(account) = state.session.take() {
            self.env.steam.log_off(account.steam_id);
        }
        drop(state);
        self.poke();
    }

    /// Stops the bot for good; its task ends.
    pub(crate) fn remove(&self) {
        let mut state = self.state();
        state.removed = true;
        state.keep_running = false;
        drop(state);
        self.poke();
    }

    /// The credentials to log on with, or the input that is missing.
    fn credentials(&self) -> Result<LogOn, EUserInputType> {
        let config = self.config();
        let state = self.state();
        let login = state
            .input_login
            .clone()
            .or(config.steam_login.clone())
            .filter(|l| !l.is_empty())
            .ok_or(EUserInputType::Login)?;
        let password = match &state.input_password {
            Some(p) => Some(p.clone()),
            None => config
                .steam_password
                .as_deref()
                .filter(|p| !p.is_empty())
                .and_then(|p| {
                    let decrypted = self.decrypt(config.password_format, p);
                    if decrypted.as_deref().is_none_or(str::is_empty) {
                        // An encrypted password another crypt key made, say: ASF asks for the
                        // password (a bot never asks for `Cryptkey`, only the process does).
                        slog::error!(
                            self.log,
                            "GetDecryptedSteamPassword() SteamPassword is invalid!"
                        );
                    }
                    decrypted
                }),
        };
        let password = password
            .filter(|p| !p.is_empty())
            .ok_or(EUserInputType::Password)?;
        let auth_code = state.input_auth_code.clone();
        let typed_code = state.input_two_factor_code.clone();
        let device_confirmed = state.device_confirmed == Some(true);
        drop(state);
        let authenticator_secret = self.authenticator().map(|a| a.shared_secret);
        // ASF 2FA answers Steam's request for a two-factor code by itself.
        let two_factor_code = typed_code.or_else(|| {
            authenticator_secret
                .as_deref()
                .and_then(|secret| steam_guard::steam_guard_code(secret, steam_guard::now()))
        });
        Ok(LogOn {
            login,
            password,
            auth_code,
            two_factor_code,
            authenticator_secret,
            device_confirmed,
        })
    }

    /// `SteamPassword` as `PasswordFormat` stores it.
    fn decrypt(&self, format: ECryptoMethod, stored: &str) -> Option<String> {
        match format {
            ECryptoMethod::PlainText => Some(stored.to_string()),
            ECryptoMethod::AES => crypto::decrypt_aes(stored, &self.env.crypt_key),
            ECryptoMethod::EnvironmentVariable => std::env::var(stored).ok(),
            ECryptoMethod::File => std::fs::read_to_string(stored)
                .ok()
                .map(|s| s.trim_end_matches(['\r', '\n']).to_string()),
            _ => None,
        }
    }

    /// The bot's life: wait to be started, log on, farm, log off when stopped.
    async fn run(self: Arc<Self>) {
        let mut wake = self.wake.subscribe();
        loop {
            let (removed, keep_running) = {
                let s = self.state();
                (s.removed, s.keep_running)
            };
            if removed {
                return;
            }
            if !keep_running {
                if wake.changed().await.is_err() {
                    return;
                }
                continue;
            }
            let credentials = match self.credentials() {
                Ok(c) => c,
                Err(missing) => {
                    self.state().required_input = missing;
                    slog::warn!(self.log, "RequestInput() Needs input: {missing:?}");
                    if wake.changed().await.is_err() {
                        return;
                    }
                    continue;
                }
            };
            slog::info!(self.log, "Start() Starting...");
            slog::info!(self.log, "Connect() Connecting...");
            let logon = self.env.steam.log_on(credentials);
            wake.mark_unchanged();
            let account = tokio::select! {
                result = logon => result,
                changed = wake.changed() => {
                    if changed.is_err() { return; }
                    continue;
                }
            };
            let next = match account {
                Ok(account) => self.logged_on(&mut wake, account).await,
                Err(refused) => self.log_on_failed(&mut wake, refused).await,
            };
            if next.is_break() {
                return;
            }
        }
    }

    /// After Steam let the bot on: farms until the bot should log off (or, with the session
    /// still parentally locked, asks for the PIN). `Break` when the bot is gone.
    async fn logged_on(
        &self,
        wake: &mut watch::Receiver<u64>,
        account: Account,
    ) -> ControlFlow<()> {
        if !self.unlock_parental(&account) {
            // Steam's session is of no use locked: the bot asks for the PIN and logs
            // on again with it (ASF reconnects when the PIN fails to unlock the web).
            self.env.steam.log_off(account.steam_id);
            self.ask_for(EUserInputType::SteamParentalCode);
            return woken(wake).await;
        }
        slog::info!(self.log, "OnLoggedOn() Successfully logged on!");
        {
            let mut state = self.state();
            if !state.permanently_paused {
                state.paused = false;
            }
            state.session = Some(account.clone());
            state.last_account = Some(account);
            // Codes are good for one logon.
            state.input_auth_code = None;
            state.input_two_factor_code = None;
            state.device_confirmed = None;
            state.two_factor_failures = 0;
        }
        // Wakes the background redeemer.
        self.poke();
        self.farm(wake).await;
        self.log_off();
        ControlFlow::Continue(())
    }

    /// After Steam refused the logon: asks for what is missing, or waits to retry, or stops
    /// the bot. `Break` when the bot is gone.
    async fn log_on_failed(
        &self,
        wake: &mut watch::Receiver<u64>,
        refused: LogOnError,
    ) -> ControlFlow<()> {
        match refused {
            LogOnError::InvalidPassword => {
                slog::warn!(
                    self.log,
                    "OnLoggedOn() Unable to login to Steam: InvalidPassword"
                );
                {
                    let mut state = self.state();
                    state.input_password = None;
                    state.required_input = EUserInputType::Password;
                }
                woken(wake).await
            }
            LogOnError::NoConnection => {
                slog::warn!(self.log, "OnDisconnected() Disconnected from Steam!");
                self.retry_after(wake, Duration::from_secs(30)).await;
                ControlFlow::Continue(())
            }
            LogOnError::NeedsSteamGuard(result) => {
                self.ask_for_code(EUserInputType::SteamGuard, result);
                woken(wake).await
            }
            LogOnError::NeedsTwoFactor {
                result,
                device_confirmation,
            } => {
                if self.authenticator().is_some() {
                    self.two_factor_refused(wake, result).await;
                    return ControlFlow::Continue(());
                }
                if device_confirmation && self.may_ask_device_confirmation() {
                    self.ask_for(EUserInputType::DeviceConfirmation);
                } else {
                    self.ask_for_code(EUserInputType::TwoFactorAuthentication, result);
                }
                woken(wake).await
            }
            LogOnError::Refused(result) => {
                self.log_on_refused(wake, result).await;
                ControlFlow::Continue(())
            }
        }
    }

    /// Steam refused the logon with `result`: waits out a passing refusal, stops the bot on a
    /// permanent (or unknown) one.
    async fn log_on_refused(&self, wake: &mut watch::Receiver<u64>, result: EResult) {
        let name = result.to_dotnet_string();
        if let Some(cooldown) = login_retry(result) {
            slog::warn!(
                self.log,
                "OnLoggedOn() Unable to login to Steam: {name}/{name}"
            );
            if cooldown >= LOGIN_COOLDOWN {
                slog::info!(
                    self.log,
                    "OnDisconnected() Rate limit exceeded, we will retry after 25 minutes of cooldown..."
                );
            }
            self.retry_after(wake, cooldown).await;
        } else {
            // Permanent, or unknown: ASF stops the bot.
            slog::error!(
                self.log,
                "OnLoggedOn() Unable to login to Steam: {name}/{name}"
            );
            self.state().keep_running = false;
        }
    }

    /// Waits `steam_time` of Steam's time before the next logon, or less when woken.
    async fn retry_after(&self, wake: &mut watch::Receiver<u64>, steam_time: Duration) {
        let retry = real_time(self.env.steam.as_ref(), steam_time);
        tokio::select! {
            _ = tokio::time::sleep(retry) => {}
            _ = wake.changed() => {}
        }
    }

    /// Steam asked for a code: the bot waits for it as input (`POST …/Input`), as ASF does.
    fn ask_for_code(&self, kind: EUserInputType, result: EResult) {
        let name = result.to_dotnet_string();
        slog::warn!(
            self.log,
            "OnLoggedOn() Unable to login to Steam: {name}/{name}"
        );
        let mut state = self.state();
        match kind {
            EUserInputType::SteamGuard => state.input_auth_code = None,
            _ => state.input_two_factor_code = None,
        }
        drop(state);
        self.ask_for(kind);
    }

    /// The bot waits for input of `kind` (`RequiredInput`).
    fn ask_for(&self, kind: EUserInputType) {
        self.state().required_input = kind;
        let kind = kind.to_dotnet_string();
        slog::warn!(self.log, "RequestInput() Needs input: {kind}");
    }

    /// Whether the bot asks whether the logon was approved in the mobile app before asking
    /// for a code, as ASF's `BotCredentialsProvider.AcceptDeviceConfirmationAsync` does: never
    /// headless or as a service (nobody approves on cue), nor with a code at hand, nor twice.
    fn may_ask_device_confirmation(&self) -> bool {
        if self.env.service || self.global().headless {
            return false;
        }
        let state = self.state();
        state.device_confirmed.is_none()
            && state.input_two_factor_code.is_none()
            && state.input_auth_code.is_none()
    }

    /// Steam refused the two-factor code sent with ASF 2FA (a code typed instead, or a clock
    /// off): ASF warns and logs on again with a fresh code, and stops the bot after three
    /// refusals in a row.
    async fn two_factor_refused(&self, wake: &mut watch::Receiver<u64>, result: EResult) {
        const MAX_LOGIN_FAILURES: u8 = 3;
        let name = result.to_dotnet_string();
        slog::warn!(
            self.log,
            "OnLoggedOn() Unable to login to Steam: {name}/{name}"
        );
        let give_up = {
            let mut state = self.state();
            state.input_two_factor_code = None;
            state.two_factor_failures += 1;
            let give_up = state.two_factor_failures >= MAX_LOGIN_FAILURES;
            if give_up {
                state.two_factor_failures = 0;
                state.keep_running = false;
            }
            give_up
        };
        if give_up {
            slog::error!(
                self.log,
                "HandleLoginResult() Received TwoFactorCodeMismatch error code {MAX_LOGIN_FAILURES} times in a row. Either your 2FA credentials are no longer valid, or your clock is out of sync, aborting!"
            );
            return;
        }
        self.retry_after(wake, Duration::from_secs(5)).await;
    }

    /// Whether the account's parental lock, if any, opens: with the PIN given at runtime, the
    /// config's `SteamParentalCode`, or (unless `--no-steam-parental-generation`) the PIN
    /// found by trying all of them, as ASF's `ValidateSteamParental` does.
    fn unlock_parental(&self, account: &Account) -> bool {
        let Some(lock) = &account.parental else {
            return true;
        };
        let typed = self.state().input_parental_code.clone();
        if typed
            .iter()
            .chain(&self.config().steam_parental_code)
            .any(|c| lock.unlocks(c))
        {
            return true;
        }
        if typed.is_some() {
            slog::error!(
                self.log,
                "ValidateSteamParental() SteamParentalCode is invalid!"
            );
            self.state().input_parental_code = None;
        }
        if !self.env.steam_parental_generation {
            return false;
        }
        slog::info!(
            self.log,
            "ValidateSteamParental() Generating Steam parental code, this can take a while, consider putting it in the config instead..."
        );
        let found = lock.recover();
        slog::info!(self.log, "ValidateSteamParental() Done!");
        let unlocked = found.is_some();
        self.state().input_parental_code = found;
        unlocked
    }

    fn log_off(&self) {
        let mut state = self.state();
        if let Some(account) = state.session.take() {
            self.env.steam.log_off(account.steam_id);
            slog::info!(self.log, "OnDisconnected() Disconnected from Steam!");
        }
        state.now_farming = false;
        state.current.clear();
        state.to_farm.clear();
        state.time_remaining = Duration::ZERO;
        // Games played by hand end with the session, as on Steam.
        state.manual = None;
    }

    /// Farms while logged on and running; returns when the bot should log off.
    async fn farm(&self, wake: &mut watch::Receiver<u64>) {
        let steam = self.env.steam.clone();
        let mut lost = match self.session() {
            Some(steam_id) => steam.session_lost(steam_id),
            None => return,
        };
        loop {
            let (steam_id, paused, permanently, manual) = {
                let state = self.state();
                match (&state.session, state.keep_running && !state.removed) {
                    (Some(account), true) => (
                        account.steam_id,
                        state.paused,
                        state.permanently_paused,
                        state.manual.clone(),
                    ),
                    _ => return,
                }
            };
            let config = self.config();
            let global = self.global();
            wake.mark_unchanged();
            let wait = if paused {
                self.play_while_paused(steam_id, permanently, manual, &config);
                None
            } else {
                match self.farm_next(steam_id, &config, &global).await {
                    Some(wait) => wait,
                    None => return,
                }
            };
            let sleep = async {
                match wait {
                    Some(d) => tokio::time::sleep(real_time(steam.as_ref(), d)).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = sleep => {}
                changed = wake.changed() => if changed.is_err() { return; },
                () = &mut lost => {
                    slog::warn!(self.log, "OnDisconnected() Steam dropped the session");
                    return;
                }
            }
        }
    }

    /// Under a pause: games played by hand; else, as ASF does, the idle games under a
    /// permanent pause and nothing under a temporary one (family sharing may want the library).
    fn play_while_paused(
        &self,
        steam_id: u64,
        permanently: bool,
        manual: Option<ManualPlay>,
        config: &BotConfig,
    ) {
        self.stop_farming_view();
        let playing = manual.unwrap_or_else(|| ManualPlay {
            apps: if permanently {
                config.games_played_while_idle.clone()
            } else {
                Vec::new()
            },
            custom_name: config.custom_game_played_while_idle.clone(),
        });
        let steam = &self.env.steam;
        steam.play(steam_id, &playing.apps, playing.custom_name.as_deref());
    }

    /// Plays the first game with drops left (or the idle games when none is left) and says how
    /// long until the badges are looked at again (`None` inside: not before woken); `None`
    /// when the badges cannot be read, and the bot should log off.
    async fn farm_next(
        &self,
        steam_id: u64,
        config: &BotConfig,
        global: &GlobalConfig,
    ) -> Option<Option<Duration>> {
        let steam = &self.env.steam;
        let badges = steam.badges(steam_id).await.ok()?;
        let games = self.games_to_farm(badges, config, global);
        if games.is_empty() {
            if self.set_farming(Vec::new(), Vec::new()) {
                slog::info!(self.log, "Farm() Done farming!");
            }
            steam.play(
                steam_id,
                &config.games_played_while_idle,
                config.custom_game_played_while_idle.as_deref(),
            );
            let idle_period = global.idle_farming_period;
            return Some(
                (idle_period > 0).then(|| Duration::from_secs(u64::from(idle_period) * 3600)),
            );
        }
        let current = vec![games[0].clone()];
        steam.play(
            steam_id,
            &[current[0].app_id],
            config.custom_game_played_while_farming.as_deref(),
        );
        let (app_id, name) = (current[0].app_id, current[0].game_name.clone());
        if self.set_farming(current, games) {
            slog::info!(self.log, "FarmSolo() Now farming: {app_id} ({name})");
        }
        Some(Some(Duration::from_secs(
            u64::from(global.farming_delay.max(1)) * 60,
        )))
    }

    /// The games to farm, in farming order: drops left, not blacklisted (globally or in the
    /// bot's `fb` list), the `fq` priority queue first (or alone with `FarmPriorityQueueOnly`),
    /// the rest by `FarmingOrders`.
    fn games_to_farm(
        &self,
        badges: Vec<BadgeGame>,
        config: &BotConfig,
        global: &GlobalConfig,
    ) -> Vec<Game> {
        const FARM_PRIORITY_QUEUE_ONLY: u16 = 8;
        let data = self.db.get();
        let priority = &data.farming_priority_queue;
        let only_priority = config.farming_preferences.0 & FARM_PRIORITY_QUEUE_ONLY != 0;
        let mut games: Vec<BadgeGame> = badges
            .into_iter()
            .filter(|g| g.cards_remaining > 0)
            .filter(|g| {
                !global.blacklist.contains(&g.app_id) && !data.farming_blacklist.contains(&g.app_id)
            })
            .filter(|g| !only_priority || priority.contains(&g.app_id))
            .collect();
        order_games(&mut games, &config.farming_orders);
        // Stable: the orders above still decide within each group.
        games.sort_by_key(|g| !priority.contains(&g.app_id));
        games.iter().map(to_game).collect()
    }

    /// Farming stops while paused: nothing is farmed now, and the list of what is left stays
    /// as it was last seen (as ASF shows it).
    fn stop_farming_view(&self) {
        let mut state = self.state();
        state.now_farming = false;
        state.current.clear();
    }

    /// Publishes the farming view; returns whether farming went from idle to busy or back.
    fn set_farming(&self, current: Vec<Game>, to_farm: Vec<Game>) -> bool {
        let interval = self.env.steam.card_drop_interval();
        let cards: u32 = to_farm.iter().map(|g| u32::from(g.cards_remaining)).sum();
        let remaining = real_time(self.env.steam.as_ref(), interval * cards);
        let mut state = self.state();
        let now_farming = !current.is_empty();
        let changed = state.now_farming != now_farming
            || state.current.first().map(|g| g.app_id) != current.first().map(|g| g.app_id);
        state.now_farming = now_farming;
        state.current = current;
        state.to_farm = to_farm;
        state.time_remaining = remaining;
        changed
    }
}

/// The background redeemer of one bot: while the bot is logged on and keys are queued, redeems
/// the first (the gifts limiter spaces redemptions `GiftsLimiterDelay` seconds apart), files
/// its result, then takes it off the queue; when Steam rate-limits, waits an hour (Steam's
/// time) with the key still queued. Ends with the bot.
async fn redeem_in_background(bot: std::sync::Weak<Bot>, mut wake: watch::Receiver<u64>) {
    loop {
        let Some(this) = bot.upgrade() else { return };
        if this.state().removed {
            return;
        }
        wake.mark_unchanged();
        let queued = !this.db.get().games_to_redeem.is_empty();
        let pause = if queued && this.session().is_some() {
            this.wait_gifts_turn().await;
            // The queue may have changed while waiting.
            match this.db.get().games_to_redeem.first().cloned() {
                Some((key, name)) => this
                    .redeem_now(&key, |purchase| this.file_redeemed(&key, &name, purchase))
                    .and_then(|(_, pause)| pause),
                None => None,
            }
        } else {
            None
        };
        drop(this);
        match pause {
            Some(delay) if delay.is_zero() => {}
            Some(delay) => {
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    // A stop or a new logon ends the wait.
                    changed = wake.changed() => if changed.is_err() { return; },
                }
            }
            None => {
                if wake.changed().await.is_err() {
                    return;
                }
            }
        }
    }
}

impl Bot {
    /// Files one redemption of the background redeemer; returns how long to wait before the
    /// next one (zero: go on at once).
    fn file_redeemed(&self, key: &str, name: &str, purchase: &Purchase) -> Option<Duration> {
        let detail_name = purchase.detail.to_dotnet_string();
        let result_name = purchase.result.to_dotnet_string();
        slog::info!(
            self.log,
            "RedeemGamesInBackground() Key: {key} | Status: {result_name}/{detail_name}"
        );
        let Some(extension) = bgr::outcome(purchase.detail).extension() else {
            if purchase.detail == EPurchaseResultDetail::RateLimited {
                slog::warn!(
                    self.log,
                    "RedeemGamesInBackground() Rate limit exceeded, we will retry after 1 hour of cooldown..."
                );
                return Some(real_time(
                    self.env.steam.as_ref(),
                    Duration::from_secs(3600),
                ));
            }
            return Some(real_time(self.env.steam.as_ref(), Duration::from_secs(30)));
        };
        let line = bgr::result_line(name, &detail_name, &purchase.items, key);
        if let Err(e) = bgr::append_line(&self.file(extension), &line) {
            // Not filed: the key stays queued and is tried again later.
            slog::error!(self.log, "RedeemGamesInBackground() {e}");
            return Some(real_time(self.env.steam.as_ref(), Duration::from_secs(30)));
        }
        // Filed: off the queue even when the save fails (a restart drops filed keys again).
        self.db.update_even_if_unsaved(|data| {
            let before = data.games_to_redeem.len();
            data.games_to_redeem.retain(|(k, _)| k != key);
            (before != data.games_to_redeem.len(), ())
        });
        Some(Duration::ZERO)
    }
}

/// Waits for the bot to be woken; `Break` when it is gone.
async fn woken(wake: &mut watch::Receiver<u64>) -> ControlFlow<()> {
    if wake.changed().await.is_err() {
        ControlFlow::Break(())
    } else {
        ControlFlow::Continue(())
    }
}

/// How long ASF waits after a rate-limited logon (`LoginCooldownInMinutes`).
const LOGIN_COOLDOWN: Duration = Duration::from_secs(25 * 60);

/// Steam's time to wait before logging on again after a logon Steam refused with `result`;
/// `None` when ASF stops the bot instead (the account is disabled, or the result is unknown).
fn login_retry(result: EResult) -> Option<Duration> {
    match result {
        EResult::AccessDenied
        | EResult::AccountLoginDeniedThrottle
        | EResult::RateLimitExceeded => Some(LOGIN_COOLDOWN),
        EResult::AlreadyLoggedInElsewhere
        | EResult::Busy
        | EResult::DuplicateRequest
        | EResult::Expired
        | EResult::Fail
        | EResult::FileNotFound
        | EResult::PasswordRequiredToKickSession
        | EResult::ServiceUnavailable
        | EResult::Timeout
        | EResult::TryAnotherCM => Some(Duration::from_secs(5)),
        _ => None,
    }
}

fn to_game(g: &BadgeGame) -> Game {
    Game {
        app_id: g.app_id,
        game_name: g.name.clone(),
        cards_remaining: g.cards_remaining,
        hours_played: (g.hours_played * 10.0).round() / 10.0,
    }
}

/// Sorts by the first orders that tell games apart (stable, so later orders break ties).
fn order_games(games: &mut [BadgeGame], orders: &[EFarmingOrder]) {
    for order in orders.iter().rev() {
        match *order {
            EFarmingOrder::AppIDsAscending => games.sort_by_key(|g| g.app_id),
            EFarmingOrder::AppIDsDescending => games.sort_by_key(|g| std::cmp::Reverse(g.app_id)),
            EFarmingOrder::CardDropsAscending => games.sort_by_key(|g| g.cards_remaining),
            EFarmingOrder::CardDropsDescending => {
                games.sort_by_key(|g| std::cmp::Reverse(g.cards_remaining))
            }
            EFarmingOrder::HoursAscending => {
                games.sort_by(|a, b| a.hours_played.total_cmp(&b.hours_played))
            }
            EFarmingOrder::HoursDescending => {
                games.sort_by(|a, b| b.hours_played.total_cmp(&a.hours_played))
            }
            EFarmingOrder::NamesAscending => games.sort_by(|a, b| a.name.cmp(&b.name)),
            EFarmingOrder::NamesDescending => games.sort_by(|a, b| b.name.cmp(&a.name)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use std::future::Future;

    use serde_json::json;

    use super::*;
    use crate::core::logging::Logs;
    use crate::core::scenario::Scenario;
    use crate::core::{Asf, Options};

    /// How much faster than the wall clock the simulated Steam runs here: a logon (3 s of
    /// Steam's time) takes 30 ms.
    const SPEED: f64 = 100.0;

    /// A process core with one bot `bob` of `config` against a simulated Steam playing
    /// `scenario`.
    fn core_with_bob(
        config: serde_json::Value,
        scenario: serde_json::Value,
    ) -> (tempfile::TempDir, Arc<Asf>, Arc<Bot>) {
        let dir = tempfile::tempdir().expect("dir");
        let config_dir = dir.path().join("config");
        std::fs::create_dir_all(&config_dir).expect("config dir");
        std::fs::write(config_dir.join("bob.json"), config.to_string()).expect("config");
        let mut options = Options::new(dir.path());
        options.simulation_speed = SPEED;
        options.scenario = Some(Scenario::from_value(&scenario).expect("scenario"));
        let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
        let asf = Arc::new(Asf::open(options, logs).expect("core"));
        asf.start();
        let bot = asf.bots().get("bob").expect("bot bob");
        (dir, asf, bot)
    }

    /// Waits (10 s at most) until `done` holds for the bot's status.
    async fn until(bot: &Bot, what: &str, done: impl Fn(&BotStatus) -> bool) {
        for _ in 0..1_000 {
            if done(&bot.status()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("{what}: {:?}", bot.status().required_input);
    }

    fn asks_for(kind: EUserInputType) -> impl Fn(&BotStatus) -> bool {
        move |status| status.required_input == kind
    }

    fn online(status: &BotStatus) -> bool {
        status.is_connected_and_logged_on
    }

    async fn shut<F: Future<Output = ()>>(asf: Arc<Asf>, test: F) {
        test.await;
        asf.shutdown();
    }

    /// The controls of ASF's `Actions.Start`/`Stop`/`Pause`/`Resume`
    /// (`ArchiSteamFarm/Steam/Interaction/Actions.cs`): each answers what it did, or that
    /// there was nothing to do, with ASF's text.
    #[tokio::test]
    async fn controls_answer_what_they_did() {
        let (_dir, asf, bot) = core_with_bob(json!({"Enabled": false}), json!({}));
        shut(asf, async {
            assert_eq!(bot.stop(), ControlOutcome::AlreadyStopped);
            assert_eq!(bot.start(), ControlOutcome::Started);
            assert!(bot.status().keep_running);
            assert_eq!(bot.start(), ControlOutcome::AlreadyRunning);
            assert_eq!(bot.resume(), ControlOutcome::AlreadyResumed);
            assert_eq!(bot.pause(false, 0), ControlOutcome::Paused);
            assert_eq!(bot.pause(true, 0), ControlOutcome::AlreadyPaused);
            assert_eq!(bot.resume(), ControlOutcome::Resumed);
            assert_eq!(bot.stop(), ControlOutcome::Stopped);
            assert!(!bot.status().keep_running);
            let texts: Vec<String> = [
                ControlOutcome::Started,
                ControlOutcome::AlreadyRunning,
                ControlOutcome::AlreadyStopped,
                ControlOutcome::Paused,
                ControlOutcome::AlreadyPaused,
                ControlOutcome::Resumed,
                ControlOutcome::AlreadyResumed,
            ]
            .iter()
            .map(ToString::to_string)
            .collect();
            assert_eq!(
                texts,
                [
                    "Done!",
                    "This bot is already running!",
                    "This bot has already stopped!",
                    "Automatic farming has paused!",
                    "Automatic farming is paused already!",
                    "Automatic farming has resumed!",
                    "Automatic farming is resumed already!",
                ]
            );
            assert!(
                ControlOutcome::Stopped.succeeded() && !ControlOutcome::AlreadyPaused.succeeded()
            );
        })
        .await;
    }

    /// A pause with `resumeInSeconds` resumes by itself (`Actions.Pause`), a later resume
    /// by hand wins, and a pause in between cancels the timer.
    #[tokio::test]
    async fn a_timed_pause_resumes_by_itself() {
        let (_dir, asf, bot) = core_with_bob(json!({"Enabled": false}), json!({}));
        shut(asf, async {
            assert_eq!(bot.pause(false, 1), ControlOutcome::Paused);
            tokio::time::sleep(Duration::from_millis(100)).await;
            assert_eq!(
                bot.pause(false, 0),
                ControlOutcome::AlreadyPaused,
                "not yet"
            );
            for _ in 0..300 {
                if !bot.state().paused {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            assert_eq!(
                bot.resume(),
                ControlOutcome::AlreadyResumed,
                "resumed by the timer"
            );
        })
        .await;
    }

    /// Credentials the config lacks are asked for in ASF's order, login then password
    /// (`Bot.cs`, `OnConnected` and `RequestInput`), and a bot given both logs on.
    #[tokio::test]
    async fn missing_credentials_are_asked_for_in_turn() {
        let (_dir, asf, bot) = core_with_bob(json!({"Enabled": true}), json!({}));
        shut(asf, async {
            until(&bot, "asks for the login", asks_for(EUserInputType::Login)).await;
            assert!(bot.set_input(EUserInputType::Login, "bob"));
            until(
                &bot,
                "asks for the password",
                asks_for(EUserInputType::Password),
            )
            .await;
            assert!(bot.set_input(EUserInputType::Password, "secret"));
            until(&bot, "logs on", online).await;
            assert_eq!(bot.status().required_input, EUserInputType::None);
        })
        .await;
    }

    /// Codes typed in are checked as ASF's `SetUserInput` checks them before a logon sees
    /// them: a Steam Guard code of five characters, a 2FA code of ASF's alphabet, a parental
    /// PIN of four digits; input of no kind the bot takes is refused.
    #[tokio::test]
    async fn input_is_checked_before_it_is_kept() {
        let (_dir, asf, bot) = core_with_bob(json!({"Enabled": false}), json!({}));
        shut(asf, async {
            assert!(!bot.set_input(EUserInputType::SteamGuard, "ABCD"));
            assert!(bot.set_input(EUserInputType::SteamGuard, "ABCDE"));
            assert!(!bot.set_input(EUserInputType::TwoFactorAuthentication, "AAAAA"));
            assert!(bot.set_input(EUserInputType::TwoFactorAuthentication, "47J4D"));
            assert!(!bot.set_input(EUserInputType::SteamParentalCode, "12a4"));
            assert!(bot.set_input(EUserInputType::SteamParentalCode, "1234"));
            assert!(!bot.set_input(EUserInputType::None, "x"));
        })
        .await;
    }

    /// An account behind Steam Guard (e-mail): the bot asks for the code, asks again after
    /// a wrong one (`InvalidLoginAuthCode`), and logs on with the right one (`Bot.cs`,
    /// `OnLoggedOn`).
    #[tokio::test]
    async fn a_steam_guard_code_is_asked_for_until_one_fits() {
        let (_dir, asf, bot) = core_with_bob(
            json!({"Enabled": true, "SteamLogin": "bob", "SteamPassword": "secret"}),
            json!({"accounts": {"bob": {"logOn": "AccountLogonDenied", "steamGuardCode": "F1TS2"}}}),
        );
        shut(asf, async {
            until(
                &bot,
                "asks for a code",
                asks_for(EUserInputType::SteamGuard),
            )
            .await;
            assert!(bot.set_input(EUserInputType::SteamGuard, "WRONG"));
            assert_eq!(
                bot.status().required_input,
                EUserInputType::None,
                "answered"
            );
            until(&bot, "asks again", asks_for(EUserInputType::SteamGuard)).await;
            assert!(!bot.status().is_connected_and_logged_on);
            assert!(bot.set_input(EUserInputType::SteamGuard, "f1ts2"));
            until(&bot, "logs on", online).await;
        })
        .await;
    }

    /// A password Steam refuses is forgotten and asked for (`Bot.cs`, `OnLoggedOn`,
    /// `InvalidPassword`).
    #[tokio::test]
    async fn a_refused_password_is_asked_for() {
        let (_dir, asf, bot) = core_with_bob(
            json!({"Enabled": true, "SteamLogin": "bob", "SteamPassword": "secret"}),
            json!({"accounts": {"bob": {"logOn": "InvalidPassword"}}}),
        );
        shut(asf, async {
            until(
                &bot,
                "asks for the password",
                asks_for(EUserInputType::Password),
            )
            .await;
            assert!(bot.status().keep_running);
        })
        .await;
    }

    /// A passing refusal is retried after ASF's cooldown until Steam lets the bot on; a
    /// lasting one stops the bot (`Bot.cs`, `OnLoggedOn` and `OnDisconnected`).
    #[tokio::test]
    async fn logons_are_retried_after_a_passing_refusal_only() {
        let (_dir, asf, bot) = core_with_bob(
            json!({"Enabled": true, "SteamLogin": "bob", "SteamPassword": "secret"}),
            json!({
                "accounts": {"bob": {"logOn": "ServiceUnavailable"}},
                "events": [{"at": 20, "account": "bob", "event": "LogOn", "result": "OK"}]
            }),
        );
        shut(asf, async {
            until(&bot, "logs on once Steam lets it", online).await;
            assert!(bot.status().keep_running);
        })
        .await;

        let (_dir, asf, bot) = core_with_bob(
            json!({"Enabled": true, "SteamLogin": "bob", "SteamPassword": "secret"}),
            json!({"accounts": {"bob": {"logOn": "AccountDisabled"}}}),
        );
        shut(asf, async {
            until(&bot, "stops", |status| !status.keep_running).await;
            assert!(!bot.status().is_connected_and_logged_on);
        })
        .await;
    }
}

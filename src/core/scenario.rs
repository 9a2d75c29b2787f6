//! Scenario files: a stated world for the simulated Steam network.
//!
//! A scenario names accounts (by `SteamLogin`) and says what Steam answers for them: the logon
//! result and the codes it takes (Steam Guard, parental PIN, approval in the app), SteamID,
//! nickname, wallet, games with their card drops, confirmations, points, inventory, friends and
//! clans; which keys redeem to what; and events on Steam's clock. What a
//! scenario leaves out keeps the simulated network's deterministic defaults. The format is
//! published as a JSON Schema in `docs/scenario.schema.json`; errors name the path of the value
//! at fault (`accounts.bob.games[0].appId: expected an integer`).

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Map, Value};

use crate::api::enums::{
    AsfEnum, ECurrencyCode, EMobileConfirmationType, EPurchaseResultDetail, EResult,
};

/// A parsed scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    /// By login, lower case (Steam logins are case-insensitive).
    pub(crate) accounts: BTreeMap<String, AccountScenario>,
    /// By key text, upper case; `None` when the scenario does not speak of keys.
    pub(crate) keys: Option<BTreeMap<String, KeyScenario>>,
    /// By login, lower case; each account's in order of their time (stable for equal times).
    pub(crate) events: BTreeMap<String, Vec<Event>>,
}

/// What a scenario says of one account; `None` keeps the default.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct AccountScenario {
    pub log_on: Option<EResult>,
    pub steam_id: Option<u64>,
    pub nickname: Option<String>,
    pub wallet: Option<Wallet>,
    pub games: Option<Vec<GameScenario>>,
    pub confirmations: Option<Vec<EMobileConfirmationType>>,
    pub points: Option<u64>,
    pub level: Option<u32>,
    pub inventory: Option<Vec<InventoryScenario>>,
    pub friends: Option<u32>,
    pub clans: Option<u32>,
    /// The code Steam's e-mail gives (Steam Guard); [`DEFAULT_STEAM_GUARD_CODE`] when unsaid.
    pub steam_guard_code: Option<String>,
    /// The PIN of the account's Steam parental lock (Family View); no lock when unsaid.
    pub parental_code: Option<String>,
    /// Whether the account's mobile app can approve a logon (a device confirmation).
    pub device_confirmation: bool,
    /// The phone Steam sends activation codes to; empty: none (codes come by e-mail).
    pub phone: Option<String>,
}

/// The Steam Guard code (e-mail) of an account whose scenario states none.
pub(crate) const DEFAULT_STEAM_GUARD_CODE: &str = "ABCDE";

/// A wallet: balances in cents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Wallet {
    pub currency: ECurrencyCode,
    pub balance: i64,
    pub balance_delayed: i64,
}

/// One owned game.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct GameScenario {
    pub app_id: u32,
    pub name: Option<String>,
    pub cards_remaining: u16,
    pub hours_played: f64,
}

/// Trading cards of one game already in the inventory.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct InventoryScenario {
    pub app_id: u32,
    pub name: Option<String>,
    pub cards: u32,
}

/// What redeeming one key answers.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct KeyScenario {
    pub result: EResult,
    pub detail: EPurchaseResultDetail,
    /// Apps the key grants (and, when refused, the apps Steam names).
    pub grants: Vec<u32>,
}

/// Something that happens to an account at a moment of Steam's time.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Event {
    /// Steam's time since the process started.
    pub at: Duration,
    /// The account's login, lower case.
    pub account: String,
    pub what: EventKind,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum EventKind {
    /// Steam drops the session; the bot reconnects as it does after any disconnection.
    Disconnect,
    /// Logons answer this from now on.
    LogOn(EResult),
    /// One more card of this game drops.
    CardDrop(u32),
    /// A new confirmation waits.
    Confirmation(EMobileConfirmationType),
}

/// Why a scenario is refused: where, and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// `accounts.bob.games[0].appId`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ScenarioError {}

type Parsed<T> = Result<T, ScenarioError>;

fn error<T>(path: &str, message: impl Into<String>) -> Parsed<T> {
    Err(ScenarioError {
        path: path.to_string(),
        message: message.into(),
    })
}

fn child(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

impl Scenario {
    /// Parses and checks a scenario file's bytes.
    pub fn parse(bytes: &[u8]) -> Result<Self, ScenarioError> {
        let value: Value = serde_json::from_slice(bytes).map_err(|e| ScenarioError {
            path: String::new(),
            message: format!("not JSON: {e}"),
        })?;
        Self::from_value(&value)
    }

    /// Checks a scenario given as a JSON value.
    pub fn from_value(value: &Value) -> Result<Self, ScenarioError> {
        let root = object(value, "", &["$schema", "accounts", "keys", "events"])?;
        let mut scenario = Scenario::default();
        if let Some(accounts) = root.get("accounts") {
            let accounts = object(accounts, "accounts", &[])?;
            for (login, account) in accounts {
                let path = child("accounts", login);
                if login.is_empty() {
                    return error(&path, "a login cannot be empty");
                }
                let parsed = account_scenario(account, &path)?;
                if scenario
                    .accounts
                    .insert(login.to_lowercase(), parsed)
                    .is_some()
                {
                    return error(&path, "the same login (in another case) is given twice");
                }
            }
        }
        if let Some(keys) = root.get("keys") {
            let keys = object(keys, "keys", &[])?;
            let mut parsed = BTreeMap::new();
            for (key, outcome) in keys {
                let path = child("keys", key);
                if parsed
                    .insert(key.to_uppercase(), key_scenario(outcome, &path)?)
                    .is_some()
                {
                    return error(&path, "the same key (in another case) is given twice");
                }
            }
            scenario.keys = Some(parsed);
        }
        if let Some(events) = root.get("events") {
            let Value::Array(events) = events else {
                return error("events", "expected an array");
            };
            for (i, event) in events.iter().enumerate() {
                let event = event_of(event, &index("events", i))?;
                scenario
                    .events
                    .entry(event.account.clone())
                    .or_default()
                    .push(event);
            }
            for events in scenario.events.values_mut() {
                events.sort_by_key(|e| e.at);
            }
        }
        Ok(scenario)
    }

    /// What the scenario says of `login`, if anything.
    pub(crate) fn account(&self, login: &str) -> Option<&AccountScenario> {
        self.accounts.get(&login.to_lowercase())
    }

    /// The events of `login` in time order.
    pub(crate) fn events_of<'a>(&'a self, login: &str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.get(&login.to_lowercase()).into_iter().flatten()
    }
}

/// `value` as an object whose members are all in `allowed` (empty: any member).
fn object<'v>(value: &'v Value, path: &str, allowed: &[&str]) -> Parsed<&'v Map<String, Value>> {
    let Value::Object(map) = value else {
        return error(path, "expected an object");
    };
    if !allowed.is_empty()
        && let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str()))
    {
        return error(
            &child(path, unknown),
            format!("unknown member (expected one of: {})", allowed.join(", ")),
        );
    }
    Ok(map)
}

fn integer<T: TryFrom<u64>>(value: &Value, path: &str) -> Parsed<T> {
    let Some(n) = value.as_u64() else {
        return if value.is_i64() {
            error(path, "expected a non-negative integer")
        } else {
            error(path, "expected an integer")
        };
    };
    T::try_from(n).map_err(|_| ScenarioError {
        path: path.to_string(),
        message: format!("{n} is out of range"),
    })
}

fn signed(value: &Value, path: &str) -> Parsed<i64> {
    value
        .as_i64()
        .map_or_else(|| error(path, "expected an integer"), Ok)
}

fn string<'v>(value: &'v Value, path: &str) -> Parsed<&'v str> {
    value
        .as_str()
        .map_or_else(|| error(path, "expected a string"), Ok)
}

fn number(value: &Value, path: &str) -> Parsed<f64> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.is_finite() => Ok(n),
        Some(_) => error(path, "expected a non-negative number"),
        None => error(path, "expected a number"),
    }
}

/// An enum member by its exact name.
fn member<E: AsfEnum>(value: &Value, path: &str, make: fn(i64) -> E) -> Parsed<E> {
    let name = string(value, path)?;
    match E::MEMBERS.iter().find(|(n, _)| *n == name) {
        Some((_, v)) => Ok(make(*v)),
        None => error(
            path,
            format!(
                "{name:?} is not a member of {}",
                E::DOTNET_NAME.rsplit('.').next().unwrap_or(E::DOTNET_NAME)
            ),
        ),
    }
}

fn array<'v>(value: &'v Value, path: &str) -> Parsed<&'v [Value]> {
    match value {
        Value::Array(items) => Ok(items),
        _ => error(path, "expected an array"),
    }
}

fn e_result(v: i64) -> EResult {
    EResult(v as i32)
}

fn e_detail(v: i64) -> EPurchaseResultDetail {
    EPurchaseResultDetail(v as i32)
}

fn e_confirmation(v: i64) -> EMobileConfirmationType {
    EMobileConfirmationType(v as i32)
}

/// The members an account's scenario may have.
const ACCOUNT_MEMBERS: &[&str] = &[
    "logOn",
    "steamId",
    "nickname",
    "wallet",
    "games",
    "confirmations",
    "points",
    "level",
    "inventory",
    "friends",
    "clans",
    "steamGuardCode",
    "parentalCode",
    "deviceConfirmation",
    "phone",
];

fn account_scenario(value: &Value, path: &str) -> Parsed<AccountScenario> {
    let map = object(value, path, ACCOUNT_MEMBERS)?;
    let field = |name: &str| map.get(name).map(|v| (v, child(path, name)));
    let mut account = AccountScenario::default();
    if let Some((v, p)) = field("logOn") {
        account.log_on = Some(member(v, &p, e_result)?);
    }
    if let Some((v, p)) = field("steamId") {
        let id: u64 = integer(v, &p)?;
        if id == 0 {
            return error(&p, "a SteamID cannot be 0");
        }
        account.steam_id = Some(id);
    }
    if let Some((v, p)) = field("nickname") {
        account.nickname = Some(string(v, &p)?.to_string());
    }
    if let Some((v, p)) = field("wallet") {
        account.wallet = Some(wallet(v, &p)?);
    }
    if let Some((v, p)) = field("games") {
        account.games = Some(games(v, &p)?);
    }
    if let Some((v, p)) = field("confirmations") {
        let mut confirmations = Vec::new();
        for (i, c) in array(v, &p)?.iter().enumerate() {
            confirmations.push(confirmation(c, &index(&p, i))?);
        }
        account.confirmations = Some(confirmations);
    }
    if let Some((v, p)) = field("points") {
        account.points = Some(integer(v, &p)?);
    }
    if let Some((v, p)) = field("level") {
        account.level = Some(integer(v, &p)?);
    }
    if let Some((v, p)) = field("inventory") {
        account.inventory = Some(inventory(v, &p)?);
    }
    if let Some((v, p)) = field("friends") {
        account.friends = Some(integer(v, &p)?);
    }
    if let Some((v, p)) = field("clans") {
        account.clans = Some(integer(v, &p)?);
    }
    if let Some((v, p)) = field("steamGuardCode") {
        let code = string(v, &p)?;
        // The length ASF's `SteamGuard` input takes: any other could never be given.
        if code.chars().count() != 5 {
            return error(&p, "expected 5 characters");
        }
        account.steam_guard_code = Some(code.to_string());
    }
    if let Some((v, p)) = field("parentalCode") {
        let code = string(v, &p)?;
        if !crate::core::config::is_parental_code(code) {
            return error(&p, "expected 4 digits");
        }
        account.parental_code = Some(code.to_string());
    }
    if let Some((v, p)) = field("deviceConfirmation") {
        account.device_confirmation = v
            .as_bool()
            .map_or_else(|| error(&p, "expected true or false"), Ok)?;
    }
    if let Some((v, p)) = field("phone") {
        account.phone = Some(string(v, &p)?.to_string());
    }
    Ok(account)
}

fn wallet(value: &Value, path: &str) -> Parsed<Wallet> {
    let wallet = object(value, path, &["currency", "balance", "balanceDelayed"])?;
    let currency = match wallet.get("currency") {
        Some(c) => member(c, &child(path, "currency"), |v| ECurrencyCode(v as i32))?,
        None => ECurrencyCode::USD,
    };
    let balance = match wallet.get("balance") {
        Some(b) => signed(b, &child(path, "balance"))?,
        None => 0,
    };
    let balance_delayed = match wallet.get("balanceDelayed") {
        Some(b) => signed(b, &child(path, "balanceDelayed"))?,
        None => balance,
    };
    Ok(Wallet {
        currency,
        balance,
        balance_delayed,
    })
}

/// The owned games, each app at most once.
fn games(value: &Value, path: &str) -> Parsed<Vec<GameScenario>> {
    let mut games = Vec::new();
    let mut listed = std::collections::HashSet::new();
    for (i, game) in array(value, path)?.iter().enumerate() {
        let p = index(path, i);
        let g = object(
            game,
            &p,
            &["appId", "name", "cardsRemaining", "hoursPlayed"],
        )?;
        let app_id = app_id(g, &p)?;
        if !listed.insert(app_id) {
            return error(&child(&p, "appId"), format!("app {app_id} is listed twice"));
        }
        games.push(GameScenario {
            app_id,
            name: optional_name(g, &p)?,
            cards_remaining: match g.get("cardsRemaining") {
                Some(c) => integer(c, &child(&p, "cardsRemaining"))?,
                None => 0,
            },
            hours_played: match g.get("hoursPlayed") {
                Some(h) => number(h, &child(&p, "hoursPlayed"))?,
                None => 0.0,
            },
        });
    }
    Ok(games)
}

fn inventory(value: &Value, path: &str) -> Parsed<Vec<InventoryScenario>> {
    let mut inventory = Vec::new();
    for (i, item) in array(value, path)?.iter().enumerate() {
        let p = index(path, i);
        let g = object(item, &p, &["appId", "name", "cards"])?;
        inventory.push(InventoryScenario {
            app_id: app_id(g, &p)?,
            name: optional_name(g, &p)?,
            cards: match g.get("cards") {
                Some(c) => integer(c, &child(&p, "cards"))?,
                None => 1,
            },
        });
    }
    Ok(inventory)
}

fn app_id(map: &Map<String, Value>, path: &str) -> Parsed<u32> {
    let p = child(path, "appId");
    match map.get("appId") {
        Some(v) => match integer::<u32>(v, &p)? {
            0 => error(&p, "an app ID cannot be 0"),
            id => Ok(id),
        },
        None => error(&p, "required"),
    }
}

fn optional_name(map: &Map<String, Value>, path: &str) -> Parsed<Option<String>> {
    map.get("name")
        .map(|n| string(n, &child(path, "name")).map(str::to_string))
        .transpose()
}

fn confirmation(value: &Value, path: &str) -> Parsed<EMobileConfirmationType> {
    let c = object(value, path, &["type"])?;
    match c.get("type") {
        Some(t) => member(t, &child(path, "type"), e_confirmation),
        None => error(&child(path, "type"), "required"),
    }
}

fn key_scenario(value: &Value, path: &str) -> Parsed<KeyScenario> {
    let map = object(value, path, &["result", "detail", "grants"])?;
    let result = match map.get("result") {
        Some(r) => member(r, &child(path, "result"), e_result)?,
        None => EResult::OK,
    };
    let detail = match map.get("detail") {
        Some(d) => member(d, &child(path, "detail"), e_detail)?,
        None => EPurchaseResultDetail::NoDetail,
    };
    let mut grants = Vec::new();
    if let Some(g) = map.get("grants") {
        let p = child(path, "grants");
        for (i, app) in array(g, &p)?.iter().enumerate() {
            match integer::<u32>(app, &index(&p, i))? {
                0 => return error(&index(&p, i), "an app ID cannot be 0"),
                id => grants.push(id),
            }
        }
    }
    Ok(KeyScenario {
        result,
        detail,
        grants,
    })
}

fn event_of(value: &Value, path: &str) -> Parsed<Event> {
    let map = object(
        value,
        path,
        &["at", "account", "event", "result", "appId", "confirmation"],
    )?;
    let required = |name: &str| {
        map.get(name)
            .map_or_else(|| error(&child(path, name), "required"), Ok)
    };
    let at = number(required("at")?, &child(path, "at"))?;
    let at = Duration::try_from_secs_f64(at).map_err(|_| ScenarioError {
        path: child(path, "at"),
        message: "too large".to_string(),
    })?;
    let account = string(required("account")?, &child(path, "account"))?.to_lowercase();
    let kind = string(required("event")?, &child(path, "event"))?;
    let what = match kind {
        "Disconnect" => EventKind::Disconnect,
        "LogOn" => EventKind::LogOn(member(
            required("result")?,
            &child(path, "result"),
            e_result,
        )?),
        "CardDrop" => EventKind::CardDrop(app_id(map, path)?),
        "Confirmation" => EventKind::Confirmation(confirmation(
            required("confirmation")?,
            &child(path, "confirmation"),
        )?),
        other => {
            return error(
                &child(path, "event"),
                format!(
                    "{other:?} is not an event (expected Disconnect, LogOn, CardDrop or Confirmation)"
                ),
            );
        }
    };
    Ok(Event { at, account, what })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(json: &str) -> String {
        Scenario::parse(json.as_bytes())
            .expect_err("refused")
            .to_string()
    }

    #[test]
    fn errors_name_the_path() {
        assert_eq!(
            refused(r#"{"accounts":{"bob":{"games":[{"appId":"x"}]}}}"#),
            "accounts.bob.games[0].appId: expected an integer"
        );
        assert_eq!(
            refused(r#"{"keys":{"AAAAA-BBBBB-CCCCC":{"detail":"Nope"}}}"#),
            "keys.AAAAA-BBBBB-CCCCC.detail: \"Nope\" is not a member of EPurchaseResultDetail"
        );
        assert_eq!(
            refused(r#"{"events":[{"at":1,"account":"a","event":"Explode"}]}"#),
            "events[0].event: \"Explode\" is not an event (expected Disconnect, LogOn, CardDrop or Confirmation)"
        );
        assert!(refused(r#"{"acounts":{}}"#).starts_with("acounts: unknown member"));
        assert!(refused("[").starts_with("not JSON"));
    }

    /// Ten times the scenario costs about ten times the work (measured against itself in one
    /// run): one account's games, the keys and the events alike.
    #[test]
    fn cost_grows_linearly() {
        let text = |n: u32| {
            let games: Vec<_> = (1..=n)
                .map(|id| serde_json::json!({"appId": id, "cardsRemaining": 1}))
                .collect();
            let keys: serde_json::Map<String, Value> = (0..n)
                .map(|i| {
                    (
                        format!("K{i:06}-BBBBB-CCCCC"),
                        serde_json::json!({"grants": [1]}),
                    )
                })
                .collect();
            let events: Vec<_> = (0..n)
                .map(|i| serde_json::json!({"at": n - i, "account": "a", "event": "CardDrop", "appId": 1}))
                .collect();
            serde_json::to_vec(&serde_json::json!({
                "accounts": {"a": {"games": games}}, "keys": keys, "events": events
            }))
            .expect("json")
        };
        let parsed = |json: &[u8]| {
            std::hint::black_box(Scenario::parse(std::hint::black_box(json)).is_ok());
        };
        let (small, large) = (text(2_000), text(20_000));
        let ratio = crate::core::cost::ratio(|| parsed(&small), || parsed(&large));
        assert!(ratio < 30.0, "10x the scenario cost {ratio:.1}x");
    }

    #[test]
    fn defaults_fill_what_is_left_out() {
        let s = Scenario::parse(br#"{"keys":{"aaaaa-bbbbb-ccccc":{}}}"#).expect("valid");
        let key = &s.keys.as_ref().expect("keys")["AAAAA-BBBBB-CCCCC"];
        assert_eq!(key.result, EResult::OK);
        assert_eq!(key.detail, EPurchaseResultDetail::NoDetail);
        assert!(s.accounts.is_empty());
    }
}

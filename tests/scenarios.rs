//! Scenario files (`--scenario`): a stated world for the simulated Steam network, seen through
//! the API: logon results and every input a bot asks for (codes checked as Steam checks them), key outcomes through `Redeem`, the `redeem`
//! command and the background redeemer's files, wallets, games and cards, confirmations,
//! metrics, events on Steam's clock, the start-up error of an invalid file, and determinism.

use asf_ipc_test_support as common;

use std::path::Path;

use asf_ipc::{Options, Scenario};
use common::{TestServer, import_authenticator, online, send_command, wait_for, write_bot};
use reqwest::Method;
use serde_json::{Value, json};

/// A server on a simulated network that runs `speed` times the wall clock, with `scenario`
/// and the bots `bots` (name, login; enabled, with a password).
async fn start(scenario: Value, bots: &[(&str, &str)], speed: f64) -> TestServer {
    let scenario = Scenario::from_value(&scenario).expect("a valid scenario");
    let bots: Vec<(String, String)> = bots
        .iter()
        .map(|(n, l)| (n.to_string(), l.to_string()))
        .collect();
    TestServer::start_custom(
        move |dir: &Path| {
            for (name, login) in bots {
                write_bot(
                    dir,
                    &name,
                    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"}),
                );
            }
        },
        move |o: &mut Options| {
            o.simulation_speed = speed;
            o.scenario = Some(scenario);
        },
        common::loopback_ephemeral(),
    )
    .await
}

async fn bot(t: &TestServer, name: &str) -> Value {
    t.bots(name).await[name].clone()
}

/// Waits until the bot asks for input of `kind` (`EUserInputType`).
async fn asks_for(t: &TestServer, name: &str, kind: u64) -> Value {
    wait_for(20, &format!("{name} to ask for input {kind}"), || async {
        let b = bot(t, name).await;
        (b["RequiredInput"] == kind).then_some(b)
    })
    .await
}

async fn input(t: &TestServer, name: &str, kind: u8, value: &str) {
    t.request(Method::POST, &format!("/Api/Bot/{name}/Input"))
        .json(&json!({"Type": kind, "Value": value}))
        .expect(200)
        .await;
}

#[tokio::test]
async fn logon_results_go_through_the_bots_input_and_retry_logic() {
    let scenario = json!({"accounts": {
        "guard": {"logOn": "AccountLogonDenied"},
        "twofactor": {"logOn": "AccountLoginDeniedNeedTwoFactor"},
        "authenticated": {"logOn": "AccountLoginDeniedNeedTwoFactor"},
        "wrongpassword": {"logOn": "InvalidPassword"},
        "ratelimited": {"logOn": "RateLimitExceeded"},
        "maintenance": {"logOn": "ServiceUnavailable"},
        "disabled": {"logOn": "AccountDisabled"},
        "fine": {"logOn": "OK"}
    }});
    let bots = [
        ("Guard", "guard"),
        ("TwoFactor", "twofactor"),
        ("WrongPassword", "wrongpassword"),
        ("RateLimited", "ratelimited"),
        ("Maintenance", "maintenance"),
        ("Disabled", "disabled"),
        ("Fine", "fine"),
    ];
    // At 60 times the wall clock a logon takes 50 ms and a retry after maintenance 83 ms.
    let t = start(scenario, &bots, 60.0).await;
    online(&t, "Fine").await;

    // A Steam Guard code (e-mail) is asked for, and the code given logs the bot on.
    let guard = asks_for(&t, "Guard", 3).await;
    assert_eq!(guard["IsConnectedAndLoggedOn"], false);
    input(&t, "Guard", 3, "ABCDE").await;
    online(&t, "Guard").await;

    // The same for a code of the mobile authenticator.
    asks_for(&t, "TwoFactor", 5).await;
    input(&t, "TwoFactor", 5, "F4K3C").await;
    online(&t, "TwoFactor").await;

    // With ASF 2FA the bot answers Steam's request for a code by itself.
    write_bot(
        t.dir.path(),
        "Authenticated",
        json!({"SteamLogin": "authenticated", "SteamPassword": "secret"}),
    );
    common::wait_until_listed(&t.client(), "Authenticated").await;
    import_authenticator(&t.client(), "Authenticated").await;
    t.request(Method::POST, "/Api/Bot/Authenticated/Start")
        .expect(200)
        .await;
    let authenticated = online(&t, "Authenticated").await;
    assert_eq!(authenticated["RequiredInput"], 0);

    // A refused password asks for another.
    asks_for(&t, "WrongPassword", 2).await;

    // Rate limits and maintenance keep the bot offline but running, retrying as ASF does;
    // a disabled account stops the bot.
    wait_for(10, "the refusals to be logged", || async {
        let log = t.log_text();
        (log.contains("Unable to login to Steam: RateLimitExceeded/RateLimitExceeded")
            && log.contains("Rate limit exceeded, we will retry after 25 minutes of cooldown")
            && log.contains("Unable to login to Steam: ServiceUnavailable/ServiceUnavailable")
            && log.contains("Unable to login to Steam: AccountDisabled/AccountDisabled"))
        .then_some(())
    })
    .await;
    for name in ["RateLimited", "Maintenance"] {
        let b = bot(&t, name).await;
        assert_eq!(b["IsConnectedAndLoggedOn"], false, "{name}");
        assert_eq!(b["KeepRunning"], true, "{name}");
        assert_eq!(b["RequiredInput"], 0, "{name}");
    }
    let disabled = wait_for(10, "Disabled to stop", || async {
        let b = bot(&t, "Disabled").await;
        (b["KeepRunning"] == false).then_some(b)
    })
    .await;
    assert_eq!(disabled["IsConnectedAndLoggedOn"], false);
}

/// A server at 60 times the wall clock with `scenario`, the bots `bots` (name, config), an
/// `ASF.json` of `global` and ASF's parental code generation on or off.
async fn start_inputs(
    scenario: Value,
    bots: &[(&str, Value)],
    global: Value,
    parental_generation: bool,
) -> TestServer {
    let scenario = Scenario::from_value(&scenario).expect("a valid scenario");
    let bots: Vec<(String, Value)> = bots
        .iter()
        .map(|(n, c)| (n.to_string(), c.clone()))
        .collect();
    TestServer::start_custom(
        move |dir: &Path| {
            common::write_global_config(global)(dir);
            for (name, config) in bots {
                write_bot(dir, &name, config);
            }
        },
        move |o: &mut Options| {
            o.simulation_speed = 60.0;
            o.scenario = Some(scenario);
            o.steam_parental_generation = parental_generation;
        },
        common::loopback_ephemeral(),
    )
    .await
}

/// An enabled bot of `login` with a password.
fn bot_of(login: &str) -> Value {
    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"})
}

/// Waits until the log holds `line` `count` times.
async fn logged(t: &TestServer, line: &str, count: usize) {
    wait_for(10, &format!("{count} × {line:?} in the log"), || async {
        (t.log_text().matches(line).count() >= count).then_some(())
    })
    .await;
}

/// Pins `ArchiSteamFarm/Steam/Bot.cs` (`HandleLoginResult`: `AccountLogonDenied` and
/// `InvalidLoginAuthCode` ask for `SteamGuard`) and
/// `ArchiSteamFarm/Steam/Integration/BotCredentialsProvider.cs` (`ProvideInput` warns
/// `InvalidLoginAuthCode` after a wrong code and asks again): only the right e-mail code logs
/// on, the scenario's `steamGuardCode` or else the documented default.
#[tokio::test]
async fn only_the_right_steam_guard_code_logs_on() {
    let scenario = json!({"accounts": {
        "stated": {"logOn": "AccountLogonDenied", "steamGuardCode": "F00D5"},
        "unstated": {"logOn": "AccountLogonDenied"}
    }});
    let bots = [
        ("Stated", bot_of("stated")),
        ("Unstated", bot_of("unstated")),
    ];
    let t = start_inputs(scenario, &bots, json!({}), true).await;

    asks_for(&t, "Stated", 3).await;
    input(&t, "Stated", 3, "ABCDE").await;
    logged(
        &t,
        "|Stated|OnLoggedOn() Unable to login to Steam: InvalidLoginAuthCode/InvalidLoginAuthCode",
        1,
    )
    .await;
    let again = asks_for(&t, "Stated", 3).await;
    assert_eq!(again["IsConnectedAndLoggedOn"], false);
    // Steam's codes are upper case; one typed in lower case is the same code.
    input(&t, "Stated", 3, "f00d5").await;
    online(&t, "Stated").await;

    asks_for(&t, "Unstated", 3).await;
    input(&t, "Unstated", 3, "WRONG").await;
    logged(&t, "|Unstated|OnLoggedOn() Unable to login to Steam: InvalidLoginAuthCode/InvalidLoginAuthCode", 1).await;
    asks_for(&t, "Unstated", 3).await;
    input(&t, "Unstated", 3, "ABCDE").await;
    online(&t, "Unstated").await;
}

/// Pins `ArchiSteamFarm/Steam/Bot.cs` (`HandleLoginResult`: `TwoFactorCodeMismatch` with a
/// mobile authenticator warns and logs on again, `RequestInput` uses a typed code once, then
/// generates one): a typed two-factor code is checked against the bot's authenticator.
#[tokio::test]
async fn a_two_factor_code_is_checked_against_the_bots_authenticator() {
    let scenario = json!({"accounts": {
        "mobile": {"logOn": "AccountLoginDeniedNeedTwoFactor"}
    }});
    let stopped = json!({"SteamLogin": "mobile", "SteamPassword": "secret"});
    let t = start_inputs(scenario, &[("Mobile", stopped)], json!({}), true).await;
    import_authenticator(&t.client(), "Mobile").await;
    // A well-formed code that is not the authenticator's, typed before the bot starts.
    input(&t, "Mobile", 5, "BBBBB").await;
    t.request(Method::POST, "/Api/Bot/Mobile/Start")
        .expect(200)
        .await;
    logged(&t, "|Mobile|OnLoggedOn() Unable to login to Steam: TwoFactorCodeMismatch/TwoFactorCodeMismatch", 1).await;
    let bot = online(&t, "Mobile").await;
    assert_eq!(bot["RequiredInput"], 0);
    assert_eq!(
        t.log_text()
            .matches("TwoFactorCodeMismatch/TwoFactorCodeMismatch")
            .count(),
        1,
        "the generated code is right"
    );
}

/// Pins `ArchiSteamFarm/Steam/Integration/BotCredentialsProvider.cs`
/// (`AcceptDeviceConfirmationAsync`: asked before a code unless headless, with ASF 2FA or a
/// code ready; `Y` accepts, anything else falls back to the code) and
/// `ArchiSteamFarm/Steam/Bot.cs` (`SetUserInput` takes any `DeviceConfirmation` value).
#[tokio::test]
async fn an_approval_in_the_mobile_app_is_asked_for_before_a_code() {
    let scenario = json!({"accounts": {
        "approving": {"logOn": "AccountLoginDeniedNeedTwoFactor", "deviceConfirmation": true},
        "declining": {"logOn": "AccountLoginDeniedNeedTwoFactor", "deviceConfirmation": true}
    }});
    let bots = [("Yes", bot_of("approving")), ("No", bot_of("declining"))];
    let t = start_inputs(scenario.clone(), &bots, json!({}), true).await;

    asks_for(&t, "Yes", 7).await;
    input(&t, "Yes", 7, "y").await;
    online(&t, "Yes").await;

    asks_for(&t, "No", 7).await;
    input(&t, "No", 7, "N").await;
    asks_for(&t, "No", 5).await;
    input(&t, "No", 5, "F4K3C").await;
    online(&t, "No").await;

    // Headless, nobody approves on cue: the code is asked for at once.
    let headless = start_inputs(scenario, &bots[..1], json!({"Headless": true}), true).await;
    asks_for(&headless, "Yes", 5).await;
}

/// Pins `ArchiSteamFarm/Steam/Bot.cs` (`OnLoggedOn` and `ValidateSteamParental`: the config's
/// `SteamParentalCode` unlocks; else ASF finds the PIN by trying them all, or, with
/// `--no-steam-parental-generation`, asks for `SteamParentalCode`, and asks again when the PIN
/// given does not unlock) and `SetUserInput` (four digits or refused).
#[tokio::test]
async fn a_parental_lock_is_unlocked_by_the_pin_found_or_asked_for() {
    let scenario = json!({"accounts": {
        "family": {"parentalCode": "1357"}
    }});
    let configured = json!({
        "Enabled": true, "SteamLogin": "family", "SteamPassword": "secret",
        "SteamParentalCode": "1357"
    });
    let bots = [("Configured", configured), ("Asked", bot_of("family"))];
    let t = start_inputs(scenario.clone(), &bots, json!({}), false).await;
    online(&t, "Configured").await;

    let asked = asks_for(&t, "Asked", 4).await;
    assert_eq!(asked["IsConnectedAndLoggedOn"], false);
    let refused = t
        .request(Method::POST, "/Api/Bot/Asked/Input")
        .json(&json!({"Type": 4, "Value": "0"}))
        .expect(200)
        .await;
    assert_eq!(refused["Success"], false, "{refused}");
    input(&t, "Asked", 4, "2468").await;
    logged(
        &t,
        "|Asked|ValidateSteamParental() SteamParentalCode is invalid!",
        1,
    )
    .await;
    asks_for(&t, "Asked", 4).await;
    input(&t, "Asked", 4, "1357").await;
    online(&t, "Asked").await;
    assert!(!t.log_text().contains("Generating Steam parental code"));

    // With generation (ASF's default) the bot finds the PIN by itself.
    let generating = start_inputs(scenario, &[("Found", bot_of("family"))], json!({}), true).await;
    let found = online(&generating, "Found").await;
    assert_eq!(found["RequiredInput"], 0);
    assert!(
        generating.log_text().contains(
            "|Found|ValidateSteamParental() Generating Steam parental code, this can take a while, consider putting it in the config instead..."
        ),
        "{}",
        generating.log_text()
    );
}

/// The status of `key` in a `redeem` answer.
fn redeem_status(answer: &str, key: &str) -> String {
    answer
        .lines()
        .find(|l| l.contains(&format!("Key: {key} |")))
        .and_then(|l| l.split("Status: ").nth(1))
        .unwrap_or_else(|| panic!("no line for {key} in {answer:?}"))
        .to_string()
}

#[tokio::test]
async fn keys_answer_as_the_scenario_states_and_unlisted_keys_as_unknown_keys() {
    let scenario = json!({
        "accounts": {"redeemer": {"games": [{"appId": 440, "name": "Team Fortress 2"}]}},
        "keys": {
            "GOOD1-AAAAA-BBBBB": {"result": "OK", "grants": [620]},
            "DUPED-AAAAA-BBBBB": {"result": "Fail", "detail": "DuplicateActivationCode"},
            "OWNED-AAAAA-BBBBB": {"grants": [440]},
            "LOCKD-AAAAA-BBBBB": {"result": "Fail", "detail": "RestrictedCountry", "grants": [400]},
            "not-a-key": {"grants": [220]}
        }
    });
    let t = start(scenario, &[("Main", "redeemer")], 3600.0).await;
    online(&t, "Main").await;

    let redeemed = t
        .request(Method::POST, "/Api/Bot/Main/Redeem")
        .json(&json!({"KeysToRedeem": [
            "GOOD1-AAAAA-BBBBB", "DUPED-AAAAA-BBBBB", "OWNED-AAAAA-BBBBB",
            "LOCKD-AAAAA-BBBBB", "UNKWN-AAAAA-BBBBB", "not-a-key", "good1-aaaaa-bbbbb"
        ]}))
        .expect(200)
        .await;
    let result = &redeemed["Result"]["Main"];
    let detail = |key: &str| result[key]["purchase_result_details"].clone();
    assert_eq!(detail("GOOD1-AAAAA-BBBBB"), 0, "{redeemed}");
    assert_eq!(
        result["GOOD1-AAAAA-BBBBB"]["purchase_receipt_info"]["line_items"][0]["appid"],
        620
    );
    assert_eq!(detail("DUPED-AAAAA-BBBBB"), 15);
    assert_eq!(detail("OWNED-AAAAA-BBBBB"), 9, "the account owns app 440");
    assert_eq!(detail("LOCKD-AAAAA-BBBBB"), 13);
    assert_eq!(detail("UNKWN-AAAAA-BBBBB"), 14, "a key Steam does not know");
    assert_eq!(detail("not-a-key"), 0, "a scenario may list any text");
    assert_eq!(detail("good1-aaaaa-bbbbb"), 15, "a key is used once");

    // The `redeem` command reads the same answers.
    let answer = send_command(
        &t.client(),
        "redeem Main LOCKD-AAAAA-BBBBB,UNKWN-AAAAA-BBBBB",
    )
    .await
    .result
    .expect("an answer");
    assert_eq!(
        redeem_status(&answer, "LOCKD-AAAAA-BBBBB"),
        "Fail/RestrictedCountry | Items: [4001, Portal]"
    );
    assert_eq!(
        redeem_status(&answer, "UNKWN-AAAAA-BBBBB"),
        "Fail/BadActivationCode"
    );

    // And the background redeemer files each where ASF files it.
    std::fs::write(
        t.dir.path().join("config/Main.keys"),
        "Locked\tLOCKD-AAAAA-BBBBB\nUnknown\tUNKW2-AAAAA-BBBBB\n",
    )
    .expect("keys file");
    wait_for(10, "both keys to be filed", || async {
        let unused = t.config_file("Main.keys.unused");
        let invalid = t.config_file("Main.keys.invalid");
        (unused.contains("LOCKD-AAAAA-BBBBB") && invalid.contains("UNKW2-AAAAA-BBBBB"))
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn malformed_keys_are_bad_activation_codes_and_well_formed_ones_keep_their_defaults() {
    let t = start(json!({}), &[("Main", "keyless")], 3600.0).await;
    online(&t, "Main").await;
    let keys = [
        "not-a-key",
        "AAAA-BBBB",
        "AAAAA-BBBBB-CCCCC-",
        "ÄAAAA-BBBBB-CCCCC",
    ];
    let redeemed = t
        .request(Method::POST, "/Api/Bot/Main/Redeem")
        .json(&json!({ "KeysToRedeem": keys }))
        .expect(200)
        .await;
    for key in keys {
        assert_eq!(
            redeemed["Result"]["Main"][key]["purchase_result_details"], 14,
            "{key}: {redeemed}"
        );
    }
    // Well-formed keys are not all refused (today's deterministic outcomes).
    let well_formed: Vec<String> = (0..10).map(|i| format!("WELL{i}-AAAAA-BBBBB")).collect();
    let redeemed = t
        .request(Method::POST, "/Api/Bot/Main/Redeem")
        .json(&json!({ "KeysToRedeem": well_formed }))
        .expect(200)
        .await;
    let granted = well_formed
        .iter()
        .filter(|k| redeemed["Result"]["Main"][k.as_str()]["purchase_result_details"] == 0)
        .count();
    assert!(granted > 0, "{redeemed}");
}

#[tokio::test]
async fn wallets_games_cards_and_counts_reach_the_bot_list_commands_and_metrics() {
    let scenario = json!({"accounts": {"rich": {
        "steamId": 76561198000000042u64,
        "nickname": "Kuwaiti Farmer",
        "wallet": {"currency": "KWD", "balance": 1234, "balanceDelayed": 1500},
        "games": [
            {"appId": 440, "name": "Team Fortress 2", "cardsRemaining": 3, "hoursPlayed": 1.5},
            {"appId": 570, "name": "Dota 2", "cardsRemaining": 0, "hoursPlayed": 100.0}
        ],
        "inventory": [{"appId": 730, "name": "Counter-Strike 2", "cards": 4}],
        "points": 4321,
        "level": 17,
        "friends": 77,
        "clans": 5
    }}});
    let t = start(scenario, &[("Rich", "rich")], 60.0).await;
    online(&t, "Rich").await;
    let rich = wait_for(10, "Rich to farm", || async {
        let b = bot(&t, "Rich").await;
        (b["CardsFarmer"]["NowFarming"] == true).then_some(b)
    })
    .await;
    assert_eq!(rich["SteamID"], 76561198000000042u64);
    assert_eq!(rich["Nickname"], "Kuwaiti Farmer");
    assert_eq!(rich["WalletCurrency"], 38);
    assert_eq!(rich["WalletBalance"], 1234);
    assert_eq!(rich["WalletBalanceDelayed"], 1500);
    let to_farm = rich["CardsFarmer"]["GamesToFarm"]
        .as_array()
        .expect("games");
    assert_eq!(to_farm.len(), 1, "only the game with drops left: {rich}");
    assert_eq!(to_farm[0]["AppID"], 440);
    assert_eq!(to_farm[0]["GameName"], "Team Fortress 2");
    assert_eq!(to_farm[0]["CardsRemaining"], 3);
    assert_eq!(to_farm[0]["HoursPlayed"], 1.5);

    let client = t.client();
    let say = |command: &'static str| {
        let client = client.clone();
        async move {
            send_command(&client, command)
                .await
                .result
                .expect("an answer")
        }
    };
    assert_eq!(say("level Rich").await, "<Rich> Bot has level 17.");
    assert_eq!(say("points Rich").await, "<Rich> Points balance: 4321");
    let inventory = t
        .request(Method::GET, "/Api/Bot/Rich/Inventory/753/6")
        .expect(200)
        .await;
    assert!(
        inventory.to_string().contains("Counter-Strike 2"),
        "{inventory}"
    );

    let metrics = t.request(Method::GET, "/Api/metrics").send().await;
    let text = metrics.text().await.expect("metrics");
    let line = |family: &str| {
        text.lines()
            .find(|l| l.starts_with(family) && l.contains("bot=\"Rich\""))
            .unwrap_or_else(|| panic!("no {family} for Rich:\n{text}"))
            .to_string()
    };
    let wallet = line("asf_bot_wallet_balance");
    assert!(
        wallet.contains("currency=\"KWD\"") && wallet.ends_with(" 1234"),
        "{wallet}"
    );
    assert!(line("asf_bot_friends").ends_with(" 77"));
    assert!(line("asf_bot_clans").ends_with(" 5"));
}

#[tokio::test]
async fn confirmations_are_the_ones_stated() {
    let confirmations: Vec<Value> = (0..20).map(|_| json!({"type": "Trade"})).collect();
    let scenario = json!({"accounts": {"trader": {
        "confirmations": confirmations.into_iter()
            .chain([json!({"type": "MarketListing"})]).collect::<Vec<_>>()
    }}});
    let t = start(scenario, &[("Trader", "trader")], 3600.0).await;
    online(&t, "Trader").await;
    import_authenticator(&t.client(), "Trader").await;
    let path = "/Api/Bot/Trader/TwoFactorAuthentication/Confirmations";
    let pending = t.request(Method::GET, path).expect(200).await;
    let list = pending["Result"]["Trader"]["Result"]
        .as_array()
        .expect("confirmations")
        .clone();
    assert_eq!(list.len(), 21, "{pending}");
    assert_eq!(list.iter().filter(|c| c["type"] == 2).count(), 20);
    assert_eq!(list.iter().filter(|c| c["type"] == 3).count(), 1);
    let handled = t
        .request(Method::POST, path)
        .json(&json!({"Accept": true, "AcceptedType": 2}))
        .expect(200)
        .await;
    assert_eq!(
        handled["Result"]["Trader"]["Message"],
        "Successfully handled 20 confirmations!"
    );
    let left = t.request(Method::GET, path).expect(200).await;
    assert_eq!(
        left["Result"]["Trader"]["Result"].as_array().map(Vec::len),
        Some(1)
    );
}

#[tokio::test]
async fn events_happen_at_their_times_on_steams_clock() {
    // At 60 times the wall clock: 600 s of Steam's time are 10 s; 36 000 s are 10 minutes.
    let scenario = json!({
        "accounts": {
            "eventful": {"games": [{"appId": 440, "cardsRemaining": 5}], "confirmations": []}
        },
        "events": [
            {"at": 36000, "account": "eventful", "event": "CardDrop", "appId": 440},
            {"at": 600, "account": "eventful", "event": "CardDrop", "appId": 440},
            {"at": 600, "account": "eventful", "event": "Confirmation", "confirmation": {"type": "Trade"}},
            {"at": 600, "account": "eventful", "event": "LogOn", "result": "AccountLogonDenied"},
            {"at": 600, "account": "eventful", "event": "Disconnect"}
        ]
    });
    let t = start(scenario, &[("Eventful", "eventful")], 60.0).await;
    online(&t, "Eventful").await;
    import_authenticator(&t.client(), "Eventful").await;
    let cards = || async {
        let inventory = t
            .request(Method::GET, "/Api/Bot/Eventful/Inventory/753/6")
            .expect(200)
            .await;
        inventory["Result"]["Eventful"]["Assets"]
            .as_array()
            .map_or(0, Vec::len)
    };
    let path = "/Api/Bot/Eventful/TwoFactorAuthentication/Confirmations";
    let confirmations = || async {
        let pending = t.request(Method::GET, path).expect(200).await;
        pending["Result"]["Eventful"]["Result"]
            .as_array()
            .map_or(0, Vec::len)
    };
    assert_eq!(cards().await, 0, "nothing dropped yet");
    assert_eq!(confirmations().await, 0);

    // At 600 s: Steam drops the session and asks for a Steam Guard code on the next logon.
    asks_for(&t, "Eventful", 3).await;
    assert!(t.log_text().contains("Steam dropped the session"));
    input(&t, "Eventful", 3, "ABCDE").await;
    online(&t, "Eventful").await;
    assert_eq!(
        cards().await,
        1,
        "one card dropped at 600 s, not the one at 36 000 s"
    );
    assert_eq!(confirmations().await, 1);
}

#[test]
fn an_invalid_scenario_file_stops_the_start_naming_the_path() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("world.json");
    std::fs::write(
        &file,
        r#"{"accounts": {"bob": {"games": [{"appId": "440"}]}}}"#,
    )
    .expect("scenario");
    let output = std::process::Command::new(common::instance::server_binary())
        .arg("--path")
        .arg(dir.path())
        .arg("--scenario")
        .arg(&file)
        .env_remove("ASF_IPC_SCENARIO")
        .output()
        .expect("the server runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("accounts.bob.games[0].appId: expected an integer")
            && stderr.contains("world.json"),
        "{stderr}"
    );

    // The environment variable names the file too.
    let output = std::process::Command::new(common::instance::server_binary())
        .arg("--path")
        .arg(dir.path())
        .env("ASF_IPC_SCENARIO", dir.path().join("missing.json"))
        .output()
        .expect("the server runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("missing.json"),
        "{output:?}"
    );
}

#[tokio::test]
async fn the_binary_runs_the_scenario_its_flag_names() {
    use common::instance::{Instance, free_port, write_ipc_config};
    let dir = tempfile::tempdir().expect("temporary directory");
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"http": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    write_bot(
        dir.path(),
        "Guarded",
        json!({"Enabled": true, "SteamLogin": "guarded", "SteamPassword": "secret"}),
    );
    let file = dir.path().join("world.json");
    std::fs::write(
        &file,
        r#"{"accounts": {"guarded": {"logOn": "AccountLogonDenied"}}}"#,
    )
    .expect("scenario");
    let file = file.to_string_lossy().into_owned();
    let instance = Instance::spawn(dir.path(), &["--scenario", &file]);
    instance
        .wait_line(0, "Unable to login to Steam: AccountLogonDenied", 30)
        .await;
    instance
        .wait_line(0, "RequestInput() Needs input: SteamGuard", 10)
        .await;
}

/// The answers a script would read, as bytes.
async fn transcript(t: &TestServer) -> Vec<u8> {
    online(t, "Main").await;
    import_authenticator(&t.client(), "Main").await;
    let mut out = Vec::new();
    for (method, path, body) in [
        (
            Method::POST,
            "/Api/Bot/Main/Redeem",
            Some(json!({"KeysToRedeem": ["AAAAA-BBBBB-CCCCC", "LISTD-AAAAA-BBBBB", "bad"]})),
        ),
        (Method::GET, "/Api/Bot/Main", None),
        (
            Method::GET,
            "/Api/Bot/Main/TwoFactorAuthentication/Confirmations",
            None,
        ),
        (Method::GET, "/Api/Bot/Main/Inventory/753/6", None),
    ] {
        let mut request = t.request(method, path);
        if let Some(body) = body {
            request = request.json(&body);
        }
        out.extend(request.send().await.bytes().await.expect("body"));
        out.push(b'\n');
    }
    out
}

#[tokio::test]
async fn the_same_scenario_and_requests_give_the_same_bytes() {
    let scenario = json!({
        "accounts": {"same": {
            "games": [{"appId": 440, "cardsRemaining": 2, "hoursPlayed": 1.0}],
            "wallet": {"currency": "EUR", "balance": 999},
            "inventory": [{"appId": 620, "cards": 2}]
        }},
        "keys": {"LISTD-AAAAA-BBBBB": {"grants": [400]}}
    });
    let first = start(scenario.clone(), &[("Main", "same")], 60.0).await;
    let second = start(scenario, &[("Main", "same")], 60.0).await;
    let (a, b) = (transcript(&first).await, transcript(&second).await);
    assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
}

/// The scenario files shipped in the repository.
fn shipped_scenarios() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&root).expect("scenarios/") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.push(path.join("scenario.json"));
        } else if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    files
}

fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scenario.schema.json");
    serde_json::from_slice(&std::fs::read(path).expect("the schema")).expect("JSON")
}

/// Checks `value` against `schema` (the part of JSON Schema the scenario schema uses: type,
/// enum, const, properties, additionalProperties, required, items, minimum, maximum,
/// minLength, maxLength, pattern, $ref to $defs, allOf, if/then); the paths of what fails.
fn schema_errors(root: &Value, schema: &Value, value: &Value, path: &str, out: &mut Vec<String>) {
    let Some(rules) = schema.as_object() else {
        return;
    };
    let fail = |out: &mut Vec<String>, what: &str| out.push(format!("{path}: {what}"));
    if let Some(reference) = rules.get("$ref").and_then(Value::as_str) {
        let name = reference
            .strip_prefix("#/$defs/")
            .expect("a local reference");
        schema_errors(root, &root["$defs"][name], value, path, out);
    }
    if let Some(kind) = rules.get("type").and_then(Value::as_str) {
        let ok = match kind {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_u64() || value.is_i64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            other => panic!("type {other} is not checked here"),
        };
        if !ok {
            return fail(out, &format!("expected {kind}"));
        }
    }
    if let Some(members) = rules.get("enum").and_then(Value::as_array)
        && !members.contains(value)
    {
        fail(out, "not in the enum");
    }
    if let Some(constant) = rules.get("const")
        && constant != value
    {
        fail(out, "not the constant");
    }
    if let Some(n) = value.as_f64() {
        if rules
            .get("minimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n < m)
        {
            fail(out, "below the minimum");
        }
        let above = match (value.as_u64(), rules.get("maximum").and_then(Value::as_u64)) {
            (Some(v), Some(m)) => v > m,
            _ => rules
                .get("maximum")
                .and_then(Value::as_f64)
                .is_some_and(|m| n > m),
        };
        if above {
            fail(out, "above the maximum");
        }
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if rules
            .get("minLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| length < m)
            || rules
                .get("maxLength")
                .and_then(Value::as_u64)
                .is_some_and(|m| length > m)
        {
            fail(out, "not of the length");
        }
        if let Some(pattern) = rules.get("pattern").and_then(Value::as_str)
            && !regex::Regex::new(pattern)
                .expect("a pattern")
                .is_match(text)
        {
            fail(out, "not of the pattern");
        }
    }
    if let Some(map) = value.as_object() {
        for name in rules
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !map.contains_key(name.as_str().expect("a name")) {
                fail(out, &format!("{name} is required"));
            }
        }
        let properties = rules.get("properties").and_then(Value::as_object);
        for (name, member) in map {
            let inner = format!("{path}.{name}");
            match (
                properties.and_then(|p| p.get(name)),
                rules.get("additionalProperties"),
            ) {
                (Some(s), _) => schema_errors(root, s, member, &inner, out),
                (None, Some(Value::Bool(false))) => out.push(format!("{inner}: not allowed")),
                (None, Some(s)) => schema_errors(root, s, member, &inner, out),
                (None, None) => {}
            }
        }
    }
    if let (Some(items), Some(s)) = (value.as_array(), rules.get("items")) {
        for (i, item) in items.iter().enumerate() {
            schema_errors(root, s, item, &format!("{path}[{i}]"), out);
        }
    }
    for part in rules
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(condition) = part.get("if") {
            let mut probe = Vec::new();
            schema_errors(root, condition, value, path, &mut probe);
            if probe.is_empty() {
                schema_errors(root, &part["then"], value, path, out);
            }
        } else {
            schema_errors(root, part, value, path, out);
        }
    }
}

fn schema_accepts(value: &Value) -> Result<(), Vec<String>> {
    let schema = schema();
    let mut errors = Vec::new();
    schema_errors(&schema, &schema, value, "", &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[test]
fn every_shipped_scenario_is_valid_for_the_schema_and_the_parser() {
    for file in shipped_scenarios() {
        let bytes = std::fs::read(&file).expect("scenario");
        let value: Value = serde_json::from_slice(&bytes).expect("JSON");
        if let Err(errors) = schema_accepts(&value) {
            panic!("{}: {errors:?}", file.display());
        }
        if let Err(e) = Scenario::parse(&bytes) {
            panic!("{}: {e}", file.display());
        }
    }
}

/// The schema's enums are the parser's: ASF's members, by name.
#[test]
fn the_schema_and_the_parser_agree_on_enums() {
    use asf_ipc::api::enums::{
        AsfEnum, ECurrencyCode, EMobileConfirmationType, EPurchaseResultDetail, EResult,
    };
    fn names<E: AsfEnum>() -> Value {
        E::MEMBERS.iter().map(|(n, _)| json!(n)).collect()
    }
    let schema = schema();
    let defs = &schema["$defs"];
    assert_eq!(defs["EResult"]["enum"], names::<EResult>());
    assert_eq!(
        defs["EPurchaseResultDetail"]["enum"],
        names::<EPurchaseResultDetail>()
    );
    assert_eq!(defs["ECurrencyCode"]["enum"], names::<ECurrencyCode>());
    assert_eq!(
        defs["EMobileConfirmationType"]["enum"],
        names::<EMobileConfirmationType>()
    );
}

/// A scenario using every member is accepted by both the schema and the parser.
#[test]
fn the_schema_and_the_parser_accept_the_same_scenario() {
    let valid = json!({
        "accounts": {"a": {
            "logOn": "OK", "steamId": 76561198000000001u64, "nickname": "n",
            "wallet": {"currency": "KWD", "balance": -5, "balanceDelayed": 0},
            "games": [{"appId": 1, "name": "x", "cardsRemaining": 65535, "hoursPlayed": 0.5}],
            "confirmations": [{"type": "Trade"}], "points": 1, "level": 1,
            "inventory": [{"appId": 2, "cards": 0}], "friends": 0, "clans": 0,
            "steamGuardCode": "F00D5", "parentalCode": "0042", "deviceConfirmation": true
        }},
        "keys": {"K": {"result": "Fail", "detail": "NoDetail", "grants": [1]}},
        "events": [
            {"at": 0, "account": "a", "event": "Disconnect"},
            {"at": 1.5, "account": "a", "event": "LogOn", "result": "Busy"},
            {"at": 2, "account": "a", "event": "CardDrop", "appId": 1},
            {"at": 3, "account": "a", "event": "Confirmation", "confirmation": {"type": "Test"}}
        ]
    });
    schema_accepts(&valid).expect("the schema accepts it");
    Scenario::from_value(&valid).expect("the parser accepts it");
}

/// Each invalid scenario is refused by both the schema and the parser, at the same path.
#[test]
fn the_schema_and_the_parser_refuse_at_the_same_path() {
    for (invalid, path) in invalid_scenarios() {
        let errors = schema_accepts(&invalid).expect_err(&format!("schema refuses {invalid}"));
        let parsed =
            Scenario::from_value(&invalid).expect_err(&format!("parser refuses {invalid}"));
        let at = |p: &str| p.trim_start_matches('.').to_string();
        let schema_paths: Vec<String> = errors
            .iter()
            .map(|e| at(e.rsplit_once(": ").map_or(e.as_str(), |(p, _)| p)))
            .collect();
        assert!(
            parsed.path.starts_with(path) && schema_paths.iter().any(|p| p.starts_with(path)),
            "{invalid}: parser at {:?}, schema at {schema_paths:?}, expected {path:?}",
            parsed.path
        );
    }
}

/// Scenarios with one fault each, and the path of the fault.
fn invalid_scenarios() -> Vec<(Value, &'static str)> {
    vec![
        (json!([]), ""),
        (json!({"extra": 1}), "extra"),
        (
            json!({"accounts": {"a": {"games": [{"appId": "1"}]}}}),
            "accounts.a.games[0].appId",
        ),
        (
            json!({"accounts": {"a": {"games": [{"appId": 0}]}}}),
            "accounts.a.games[0].appId",
        ),
        (
            json!({"accounts": {"a": {"games": [{"name": "x"}]}}}),
            "accounts.a.games[0]",
        ),
        (
            json!({"accounts": {"a": {"games": [{"appId": 1, "cardsRemaining": 65536}]}}}),
            "accounts.a.games[0].cardsRemaining",
        ),
        (
            json!({"accounts": {"a": {"games": [{"appId": 1, "hoursPlayed": -1}]}}}),
            "accounts.a.games[0].hoursPlayed",
        ),
        (
            json!({"accounts": {"a": {"logOn": "Nope"}}}),
            "accounts.a.logOn",
        ),
        (
            json!({"accounts": {"a": {"steamId": 0}}}),
            "accounts.a.steamId",
        ),
        (
            json!({"accounts": {"a": {"wallet": {"currency": "XYZ"}}}}),
            "accounts.a.wallet.currency",
        ),
        (
            json!({"accounts": {"a": {"wallet": {"balance": 1.5}}}}),
            "accounts.a.wallet.balance",
        ),
        (
            json!({"accounts": {"a": {"confirmations": [{}]}}}),
            "accounts.a.confirmations[0]",
        ),
        (
            json!({"accounts": {"a": {"friends": -1}}}),
            "accounts.a.friends",
        ),
        (
            json!({"accounts": {"a": {"nickname": 5}}}),
            "accounts.a.nickname",
        ),
        (
            json!({"accounts": {"a": {"steamGuardCode": "ABCD"}}}),
            "accounts.a.steamGuardCode",
        ),
        (
            json!({"accounts": {"a": {"parentalCode": "0"}}}),
            "accounts.a.parentalCode",
        ),
        (
            json!({"accounts": {"a": {"parentalCode": "12a4"}}}),
            "accounts.a.parentalCode",
        ),
        (
            json!({"accounts": {"a": {"deviceConfirmation": "yes"}}}),
            "accounts.a.deviceConfirmation",
        ),
        (json!({"keys": {"K": {"detail": "Nope"}}}), "keys.K.detail"),
        (json!({"keys": {"K": {"grants": [0]}}}), "keys.K.grants[0]"),
        (json!({"keys": {"K": {"grant": [1]}}}), "keys.K.grant"),
        (json!({"events": {}}), "events"),
        (
            json!({"events": [{"account": "a", "event": "Disconnect"}]}),
            "events[0]",
        ),
        (
            json!({"events": [{"at": -1, "account": "a", "event": "Disconnect"}]}),
            "events[0].at",
        ),
        (
            json!({"events": [{"at": 1, "account": "a", "event": "Boom"}]}),
            "events[0].event",
        ),
        (
            json!({"events": [{"at": 1, "account": "a", "event": "LogOn"}]}),
            "events[0]",
        ),
        (
            json!({"events": [{"at": 1, "account": "a", "event": "CardDrop"}]}),
            "events[0]",
        ),
    ]
}

#[tokio::test]
async fn the_showcase_puts_bots_in_every_state() {
    let showcase = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/showcase");
    let scenario =
        Scenario::parse(&std::fs::read(showcase.join("scenario.json")).expect("scenario"))
            .expect("valid");
    let t = TestServer::start_custom(
        |dir: &Path| {
            std::fs::create_dir_all(dir.join("config")).expect("config");
            for entry in std::fs::read_dir(showcase.join("config")).expect("config") {
                let path = entry.expect("entry").path();
                let name = path.file_name().expect("a name");
                std::fs::copy(&path, dir.join("config").join(name)).expect("copy");
            }
        },
        move |o: &mut Options| {
            o.simulation_speed = 60.0;
            o.scenario = Some(scenario);
            // As its README runs it.
            o.steam_parental_generation = false;
        },
        common::loopback_ephemeral(),
    )
    .await;
    // Every `EUserInputType` a bot asks for (`Cryptkey` only the process asks for; a password
    // another crypt key encrypted asks for the password).
    let all = wait_for(10, "every bot to settle", || async {
        let all = t.bots("ASF").await;
        let settled = all["Farmer"]["CardsFarmer"]["NowFarming"] == true
            && all["Paused"]["IsConnectedAndLoggedOn"] == true
            && all["NeedsLogin"]["RequiredInput"] == 1
            && all["NeedsPassword"]["RequiredInput"] == 2
            && all["OtherCryptkey"]["RequiredInput"] == 2
            && all["SteamGuard"]["RequiredInput"] == 3
            && all["Parental"]["RequiredInput"] == 4
            && all["TwoFactor"]["RequiredInput"] == 5
            && all["Approval"]["RequiredInput"] == 7;
        settled.then_some(all)
    })
    .await;
    assert!(
        t.log_text()
            .contains("|OtherCryptkey|GetDecryptedSteamPassword() SteamPassword is invalid!")
    );
    assert_eq!(all["Paused"]["CardsFarmer"]["Paused"], true);
    assert_eq!(all["Offline"]["KeepRunning"], false);
    assert_eq!(all["SteamGuard"]["GamesToRedeemInBackgroundCount"], 2);
    assert_eq!(all["Farmer"]["HasMobileAuthenticator"], true);
    assert_eq!(all["Paused"]["HasMobileAuthenticator"], false);
    let currencies: std::collections::BTreeSet<String> = ["Farmer", "Collector", "Paused"]
        .iter()
        .map(|n| all[n]["WalletCurrency"].to_string())
        .collect();
    assert_eq!(currencies.len(), 3, "several currencies: {currencies:?}");
    let confirmations = t
        .request(
            Method::GET,
            "/Api/Bot/Farmer/TwoFactorAuthentication/Confirmations",
        )
        .expect(200)
        .await;
    assert_eq!(
        confirmations["Result"]["Farmer"]["Result"]
            .as_array()
            .map(Vec::len),
        Some(5)
    );
}

#[tokio::test]
async fn a_changed_scenario_file_applies_to_the_accounts_it_touches() {
    let world = tempfile::tempdir().expect("temporary directory");
    let file = world.path().join("world.json");
    let write = |value: &Value| {
        std::fs::write(&file, serde_json::to_vec(value).expect("json")).expect("scenario")
    };
    write(&json!({"accounts": {
        "changing": {"wallet": {"currency": "EUR", "balance": 100}},
        "steady": {"wallet": {"currency": "USD", "balance": 7}}
    }}));
    let scenario_file = file.clone();
    let t = TestServer::start_custom(
        |dir: &Path| {
            for (name, login) in [("Changing", "changing"), ("Steady", "steady")] {
                write_bot(
                    dir,
                    name,
                    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"}),
                );
            }
        },
        move |o: &mut Options| {
            o.simulation_speed = 3600.0;
            o.scenario_file = Some(scenario_file);
        },
        common::loopback_ephemeral(),
    )
    .await;
    assert_eq!(online(&t, "Changing").await["WalletCurrency"], 3);
    online(&t, "Steady").await;
    let mark = t.log_text().len();

    // A broken edit is logged and changes nothing.
    std::fs::write(&file, b"{\"accounts\": 5}").expect("scenario");
    wait_for(10, "the broken edit to be logged", || async {
        t.log_text()[mark..]
            .contains("world.json is invalid: accounts: expected an object")
            .then_some(())
    })
    .await;

    write(&json!({"accounts": {
        "changing": {"wallet": {"currency": "KWD", "balance": 5}},
        "steady": {"wallet": {"currency": "USD", "balance": 7}}
    }}));
    let changed = wait_for(10, "the new wallet", || async {
        let b = bot(&t, "Changing").await;
        (b["WalletCurrency"] == 38 && b["IsConnectedAndLoggedOn"] == true).then_some(b)
    })
    .await;
    assert_eq!(changed["WalletBalance"], 5);
    let log = t.log_text()[mark..].to_string();
    assert!(
        log.contains("world.json has been changed: changing"),
        "{log}"
    );
    // The account the change does not touch keeps its session.
    assert_eq!(
        log.matches("Steam dropped the session").count(),
        1,
        "only Changing was dropped: {log}"
    );
}

//! ASF's bundled official plugins, as a release runs them: MobileAuthenticator's commands
//! (`ArchiSteamFarm.OfficialPlugins.MobileAuthenticator/Commands.cs`) over the simulated Steam
//! network, ItemsMatcher's `match` (`…ItemsMatcher/Commands.cs`) and SteamTokenDumper
//! (`…SteamTokenDumper/SteamTokenDumperPlugin.cs`, `SteamTokenDumperController.cs`) with their
//! remote services unreachable, and `GET /Api/Plugins` (`IPC/Controllers/Api/PluginsController.cs`)
//! listing them.

use asf_ipc_test_support as common;

use std::path::{Path, PathBuf};

use common::files::mode_of;
use common::{TestServer, online, send_command, steam_guard_code_now, wait_for, write_bot};
use reqwest::Method;
use serde_json::{Value, json};

fn online_bot(login: &str) -> Value {
    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"})
}

/// The answer to a command that must have one.
async fn say(t: &TestServer, command: &str) -> String {
    let response = send_command(&t.client(), command).await;
    response
        .result
        .unwrap_or_else(|| panic!("no answer to {command:?}"))
}

fn config_path(t: &TestServer, name: &str) -> PathBuf {
    t.dir.path().join("config").join(name)
}

/// The pending maFile `2fainit` wrote, parsed; it must be whole JSON.
fn pending(t: &TestServer, bot: &str) -> Value {
    let text = t.config_file(&format!("{bot}.maFile.PENDING"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{bot}.maFile.PENDING: {e}: {text:?}"))
}

/// The activation code the simulated Steam sent for `bot`, read where the owner finds it.
fn activation_code(t: &TestServer, bot: &str) -> String {
    let text = t.config_file(&format!("{bot}.ActivationCode.txt"));
    let code = text
        .strip_prefix("Steam sent the activation code ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no activation code in {text:?}"));
    assert_eq!(code.len(), 5, "{text}");
    code.to_string()
}

async fn token(t: &TestServer, bot: &str) -> Value {
    t.request(
        Method::GET,
        &format!("/Api/Bot/{bot}/TwoFactorAuthentication/Token"),
    )
    .expect(200)
    .await
}

fn exists(path: &Path) -> bool {
    path.try_exists().expect("stat")
}

/// The members of a maFile as Steam's enrolment answers them (with ASF's `Session`).
const MAFILE_MEMBERS: [&str; 12] = [
    "account_name",
    "device_id",
    "identity_secret",
    "revocation_code",
    "secret_1",
    "serial_number",
    "server_time",
    "Session",
    "shared_secret",
    "status",
    "token_gid",
    "uri",
];

/// `2fainit` → the code Steam sends → `2fafinalize <code>`: the bot then has ASF 2FA from the
/// new authenticator, as MobileAuthenticator/Commands.cs does it.
#[tokio::test]
async fn mobile_authenticator_enrolment_from_init_to_finalize() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Main", online_bot("enrolled"))).await;
    online(&t, "Main").await;

    assert_eq!(say(&t, "2fainit").await, "<Main> Done!");
    let file = pending(&t, "Main");
    for key in MAFILE_MEMBERS {
        assert!(file.get(key).is_some(), "{key} in {file}");
    }
    assert_eq!(file["account_name"], "enrolled");
    assert!(
        file["device_id"]
            .as_str()
            .is_some_and(|d| d.starts_with("android:"))
    );
    let steam_id = t.bots("Main").await["Main"]["SteamID"].clone();
    assert_eq!(file["Session"]["SteamID"], steam_id);
    assert!(
        t.config_file("Main.maFile.PENDING")
            .contains("\n\t\"account_name\""),
        "indented as ASF writes its files"
    );
    let code = activation_code(&t, "Main");
    for secret in ["Main.maFile.PENDING", "Main.ActivationCode.txt"] {
        assert_eq!(mode_of(&config_path(&t, secret)), 0o600, "{secret}");
    }
    let log = wait_for(5, "the code in the log", || async {
        let log = t.log_text();
        log.contains(&format!("activation code {code}"))
            .then_some(log)
    })
    .await;
    assert!(log.contains("|Main|"), "the bot's log line: {log}");

    // Nothing is imported before Steam has the code.
    assert_eq!(
        t.bots("Main").await["Main"]["HasMobileAuthenticator"],
        false
    );
    let wrong = if code == "BBBBB" { "CCCCC" } else { "BBBBB" };
    assert_eq!(
        say(&t, &format!("2fafinalize {wrong}")).await,
        "<Main> Failed due to error: TwoFactorActivationCodeMismatch"
    );
    assert!(exists(&config_path(&t, "Main.maFile.PENDING")));

    assert_eq!(
        say(&t, &format!("2fafinalize Main {}", code.to_lowercase())).await,
        "<Main> Done!"
    );
    assert!(!exists(&config_path(&t, "Main.maFile.PENDING")));
    let kept: Value =
        serde_json::from_str(&t.config_file("Main.maFile.NEW")).expect("the maFile kept as .NEW");
    assert_eq!(mode_of(&config_path(&t, "Main.maFile.NEW")), 0o600);
    assert_eq!(kept["shared_secret"], file["shared_secret"]);
    assert_eq!(t.bots("Main").await["Main"]["HasMobileAuthenticator"], true);

    let shared_secret = file["shared_secret"].as_str().expect("secret");
    // A 30 s step may end while the request runs.
    let before = steam_guard_code_now(shared_secret);
    let answer = token(&t, "Main").await;
    let after = steam_guard_code_now(shared_secret);
    let got = answer["Result"]["Main"]["Result"]
        .as_str()
        .expect("a token");
    assert!(got == before || got == after, "{answer}");
    let before = steam_guard_code_now(shared_secret);
    let answer = say(&t, "2fa").await;
    let after = steam_guard_code_now(shared_secret);
    assert!(
        answer == format!("<Main> 2FA Token: {before}")
            || answer == format!("<Main> 2FA Token: {after}"),
        "{answer}"
    );
    assert!(
        t.config_file("Main.db").contains(shared_secret),
        "stored in the bot's database"
    );

    let has = "<Main> Failed due to error: HasMobileAuthenticator";
    assert_eq!(say(&t, "2fainit").await, has);
    assert_eq!(say(&t, "2fafinalize ABCDE").await, has);
    assert_eq!(say(&t, "2fafinalized ABCDE").await, has);
    assert_eq!(say(&t, "2fafinalizedforce").await, has);

    // Removing ASF 2FA leaves the authenticator on the account: Steam refuses another.
    t.request(Method::DELETE, "/Api/Bot/Main/TwoFactorAuthentication")
        .expect(200)
        .await;
    assert_eq!(
        say(&t, "2fainit").await,
        "<Main> Failed due to error: DuplicateRequest"
    );
}

/// `2fafinalized <code>` and `2fafinalizedforce` import a pending maFile that the owner
/// finalised elsewhere; with nothing pending, offline bots, several bots and bad files they
/// answer as MobileAuthenticator/Commands.cs does.
#[tokio::test]
async fn finalized_elsewhere_forced_and_refused() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "A", online_bot("alpha"));
        write_bot(dir, "B", online_bot("bravo"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "A").await;
    online(&t, "B").await;

    assert_eq!(say(&t, "2fafinalizedforce A").await, "<A> Nothing found!");
    assert_eq!(say(&t, "2fafinalized A 23456").await, "<A> Nothing found!");
    assert_eq!(say(&t, "2fafinalize A 23456").await, "<A> Nothing found!");
    assert_eq!(say(&t, "2fainit A B").await, "<A> Done!\n<B> Done!");

    let shared_secret = pending(&t, "A")["shared_secret"]
        .as_str()
        .expect("secret")
        .to_string();
    let refused = say(&t, "2fafinalized A BBBBB").await;
    assert!(
        refused.starts_with("<A> Failed due to error: ") && refused.ends_with(" != BBBBB"),
        "{refused}"
    );
    let current = steam_guard_code_now(&shared_secret);
    let answer = say(&t, &format!("2fafinalized A {current}")).await;
    // A code of the step that just ended is refused; the next one is not.
    let answer = if answer == "<A> Done!" {
        answer
    } else {
        say(
            &t,
            &format!("2fafinalized A {}", steam_guard_code_now(&shared_secret)),
        )
        .await
    };
    assert_eq!(answer, "<A> Done!");
    assert_eq!(say(&t, "2fafinalizedforce B").await, "<B> Done!");
    let bots = t.bots("A,B").await;
    assert_eq!(bots["A"]["HasMobileAuthenticator"], true);
    assert_eq!(bots["B"]["HasMobileAuthenticator"], true);

    // Offline: Steam is needed to start and to finalise, not to import.
    let not_connected = "<Off> This bot instance is not connected!";
    assert_eq!(say(&t, "2fainit Off").await, not_connected);
    assert_eq!(say(&t, "2fafinalize Off 23456").await, not_connected);
    assert_eq!(
        say(&t, "2fafinalizedforce Off").await,
        "<Off> Nothing found!"
    );
    std::fs::write(config_path(&t, "Off.maFile.PENDING"), "not json").expect("write");
    assert_eq!(
        say(&t, "2fafinalizedforce Off").await,
        "<Off> json is empty!"
    );
    std::fs::write(config_path(&t, "Off.maFile.PENDING"), "").expect("write");
    assert_eq!(
        say(&t, "2fafinalizedforce Off").await,
        "<Off> json is empty!"
    );
    assert_eq!(
        t.bots("Off").await["Off"]["HasMobileAuthenticator"],
        false,
        "nothing imported from a bad file"
    );

    assert_eq!(
        say(&t, "2fainit Nobody").await,
        "<ASF> Couldn't find any bot named Nobody!"
    );
    assert_eq!(
        say(&t, "2fafinalize").await,
        "<A> Unknown command!",
        "2fafinalize needs a code"
    );
}

/// Two `2fainit` on one bot at once: each is answered, and what is left is one whole pending
/// maFile, the one whose code Steam sent last, so that `2fafinalize` with that code works.
#[tokio::test]
async fn parallel_2fainit_leave_one_whole_enrolment() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Main", online_bot("racer"))).await;
    online(&t, "Main").await;
    let client = t.client();
    for round in 0..3 {
        // `2fainit` alone runs on the default bot, `Main`.
        let answers = futures::future::join_all((0..6).map(|n| {
            send_command(
                &client,
                if n % 2 == 0 {
                    "2fainit"
                } else {
                    "2fainit Main"
                },
            )
        }))
        .await;
        for answer in answers {
            assert_eq!(
                answer.result.as_deref(),
                Some("<Main> Done!"),
                "round {round}"
            );
        }
        pending(&t, "Main");
        let leftovers: Vec<String> = std::fs::read_dir(t.dir.path().join("config"))
            .expect("config dir")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
    let code = activation_code(&t, "Main");
    assert_eq!(
        say(&t, &format!("2fafinalize {code}")).await,
        "<Main> Done!"
    );
}

/// ItemsMatcher's `match` with ASF's remote service unreachable: the checks that come before
/// it, then `Done!` (matching itself would go to the service).
#[tokio::test]
async fn match_answers_as_items_matcher_does() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "Main", online_bot("matcher"));
        let mut everything = online_bot("everything");
        everything["TradingPreferences"] = json!(4);
        write_bot(dir, "All", everything);
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "Main").await;
    online(&t, "All").await;

    assert_eq!(
        say(&t, "match Main").await,
        "<Main> Failed due to error: LicenseID"
    );
    assert_eq!(
        say(&t, "match Off").await,
        "<Off> This bot instance is not connected!"
    );
    assert_eq!(
        say(&t, "match All").await,
        "<All> Failed due to error: MatchEverything"
    );

    let mut global =
        t.request(Method::GET, "/Api/ASF").expect(200).await["Result"]["GlobalConfig"].clone();
    global["LicenseID"] = json!("00000000-0000-0000-0000-000000000000");
    t.request(Method::POST, "/Api/ASF")
        .json(&json!({ "GlobalConfig": global }))
        .expect(200)
        .await;
    assert_eq!(
        say(&t, "match Main").await,
        "<Main> Failed due to error: LicenseID",
        "the empty GUID is no licence"
    );
    global["LicenseID"] = json!("6d0f42f8-7c5b-4b8e-9b1a-2f6a0c9d1e37");
    t.request(Method::POST, "/Api/ASF")
        .json(&json!({ "GlobalConfig": global }))
        .expect(200)
        .await;
    assert_eq!(say(&t, "match Main").await, "<Main> Done!");
    assert_eq!(
        say(&t, "match Main Off").await,
        "<Main> Done!\n<Off> This bot instance is not connected!"
    );
}

/// SteamTokenDumper with its server unreachable: what it logs at start for each way
/// `ASF.json` sets it, `std`'s answers, and its `GlobalConfigExtension` route (a bare object,
/// GET only).
#[tokio::test]
async fn steam_token_dumper_properties_command_and_route() {
    let disabled = "SteamTokenDumperPlugin is currently disabled according to your configuration. If you'd like to help SteamDB in data submission, please check out our wiki.";
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "Main", json!({}));
        write_bot(dir, "Second", json!({}));
    })
    .await;
    wait_for(5, "the plugin's start line", || async {
        t.log_text().contains(disabled).then_some(())
    })
    .await;
    assert_eq!(say(&t, "std").await, "<Main> Done!");
    assert_eq!(say(&t, "std Main Second").await, "<ASF> Done!");
    assert_eq!(
        say(&t, "std Nobody").await,
        "<ASF> Couldn't find any bot named Nobody!"
    );
    assert!(!t.log_text().contains("There is no new data to submit"));

    let raw = common::http()
        .get(t.url("/Api/SteamTokenDumperPlugin/GlobalConfigExtension"))
        .send()
        .await
        .expect("GET");
    assert_eq!(raw.status().as_u16(), 200);
    let body: Value = raw.json().await.expect("JSON");
    assert_eq!(
        body,
        json!({"SteamTokenDumperPlugin": null, "SteamTokenDumperPluginEnabled": false})
    );
    let typed = t
        .client()
        .steam_token_dumper_config_extension()
        .await
        .expect("the client reads it");
    assert!(!typed.steam_token_dumper_plugin_enabled);
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/SteamTokenDumperPlugin/GlobalConfigExtension",
            Some(json!({})),
        )
        .await;
    assert_eq!(status, 405);

    let enabled = TestServer::start_with_bots(|dir| {
        write_bot(dir, "Main", json!({}));
        common::write_config(
            dir,
            "ASF.json",
            &json!({
                "SteamTokenDumperPluginEnabled": true,
                "SteamTokenDumperPlugin": {"SecretAppIDs": [730, 440]}
            }),
        );
    })
    .await;
    let log = wait_for(5, "the plugin's start lines", || async {
        let log = enabled.log_text();
        log.contains("The first submission will happen in approximately ")
            .then_some(log)
    })
    .await;
    assert!(
        log.contains(
            "SecretAppIDs initialized, the plugin will not resolve any of those: 440, 730."
        ),
        "{log}"
    );
    assert!(!log.contains(disabled), "{log}");
    assert_eq!(say(&enabled, "std").await, "<Main> Done!");
    wait_for(5, "the submission's line", || async {
        enabled
            .log_text()
            .contains("There is no new data to submit, everything is up-to-date.")
            .then_some(())
    })
    .await;
    // What a client reads of the global config keeps the plugin's properties.
    let global = enabled.request(Method::GET, "/Api/ASF").expect(200).await;
    assert_eq!(
        global["Result"]["GlobalConfig"]["SteamTokenDumperPluginEnabled"],
        true
    );
}

/// `GET /Api/Plugins` lists the official plugins a release ships, versioned like ASF.
#[tokio::test]
async fn plugins_lists_the_bundled_official_plugins() {
    let t = TestServer::start().await;
    let all = t.request(Method::GET, "/Api/Plugins").expect(200).await;
    let version = t.request(Method::GET, "/Api/ASF").expect(200).await["Result"]["Version"].clone();
    let names: Vec<&str> = all["Result"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| {
            assert_eq!(p["Version"], version, "{p}");
            p["Name"].as_str().expect("a name")
        })
        .collect();
    assert_eq!(
        names,
        [
            "ItemsMatcherPlugin",
            "MobileAuthenticatorPlugin",
            "MonitoringPlugin",
            "SteamTokenDumperPlugin"
        ]
    );
    let custom = t
        .request(Method::GET, "/Api/Plugins?official=false&custom=true")
        .expect(200)
        .await;
    assert_eq!(custom["Result"], json!([]));
}

/// A scenario states where Steam sends the activation code: by SMS to the account's `phone`,
/// or by e-mail when it has none (`"phone": ""`).
#[tokio::test]
async fn the_scenario_states_where_the_activation_code_arrives() {
    let scenario = asf_ipc::Scenario::from_value(&json!({"accounts": {
        "texted": {"phone": "+1 555 0100 42"},
        "mailed": {"phone": ""}
    }}))
    .expect("a valid scenario");
    let t = TestServer::start_custom(
        |dir| {
            write_bot(dir, "Texted", online_bot("texted"));
            write_bot(dir, "Mailed", online_bot("mailed"));
        },
        move |o| {
            common::fast_steam(o);
            o.scenario = Some(scenario);
        },
        common::loopback_ephemeral(),
    )
    .await;
    online(&t, "Texted").await;
    online(&t, "Mailed").await;
    assert_eq!(
        say(&t, "2fainit Texted Mailed").await,
        "<Texted> Done!\n<Mailed> Done!",
        "in the selector's order"
    );
    let texted = t.config_file("Texted.ActivationCode.txt");
    assert!(
        texted.ends_with(" by SMS to the phone number ending in 42.\n"),
        "{texted}"
    );
    let mailed = t.config_file("Mailed.ActivationCode.txt");
    assert!(mailed.ends_with(" by e-mail.\n"), "{mailed}");
    let code = activation_code(&t, "Mailed");
    assert_eq!(
        say(&t, &format!("2fafinalize Mailed {code}")).await,
        "<Mailed> Done!"
    );
}

//! `POST /Api/Command`: every command of ASF, its answers in ASF's words, and what it does to
//! the bots and the simulated Steam network.

use asf_ipc_test_support as common;

use std::time::Duration;

use common::{
    SHARED_SECRET, TestServer, import_authenticator, online, requested_exit, send_command,
    wait_for, write_bot, write_global_config,
};
use reqwest::Method;
use serde_json::{Value, json};

/// Games of the simulated store (a subset), to find one an account does not own.
const STORE: &[u32] = &[220, 400, 550, 620, 4000, 8930, 49520, 72850, 105600, 203160];

fn online_bot(login: &str) -> Value {
    json!({"Enabled": true, "SteamLogin": login, "SteamPassword": "secret"})
}

/// Runs a command through the generated client; its `Result`.
async fn run(t: &TestServer, command: &str) -> Option<String> {
    let response = send_command(&t.client(), command).await;
    assert_eq!(response.success, response.result.is_some(), "{command}");
    response.result
}

/// The answer to a command that must have one.
async fn say(t: &TestServer, command: &str) -> String {
    run(t, command)
        .await
        .unwrap_or_else(|| panic!("no answer to {command:?}"))
}

/// A server whose simulated Steam runs a minute per second: farming takes long enough to be
/// watched, a logon still takes 50 ms.
async fn start_slow(prepare: impl FnOnce(&std::path::Path)) -> TestServer {
    TestServer::start_custom(
        prepare,
        |o| o.simulation_speed = 60.0,
        common::loopback_ephemeral(),
    )
    .await
}

/// `app ID → name` of every game `bot` owns, read from `owns <bot> r/.`.
async fn owned_games(t: &TestServer, bot: &str) -> Vec<(u32, String)> {
    let answer = say(t, &format!("owns {bot} r/.")).await;
    answer
        .lines()
        .filter_map(|line| line.strip_prefix(&format!("<{bot}> Owned already: app/")))
        .map(|rest| {
            let (id, name) = rest.split_once(" | ").expect("id | name");
            (id.parse().expect("app ID"), name.to_string())
        })
        .collect()
}

/// A server with one bot, `Main`, offline.
async fn start_with_main() -> TestServer {
    TestServer::start_with_bots(|dir| write_bot(dir, "Main", json!({}))).await
}

/// `Commands.cs`: the command word in any case, with or without its prefix; words ASF does not
/// know, or knows only alone, are unknown.
#[tokio::test]
async fn version_help_stats_and_unknown_commands() {
    let t = start_with_main().await;
    assert_eq!(say(&t, "version").await, "<Main> ASF V6.3.9.6");
    assert_eq!(
        say(&t, "!VeRsIoN").await,
        "<Main> ASF V6.3.9.6",
        "prefix, case"
    );
    assert_eq!(
        say(&t, "version extra").await,
        "<Main> Unknown command!",
        "ASF knows `version` only alone"
    );
    assert_eq!(say(&t, "nonsense").await, "<Main> Unknown command!");
    assert_eq!(
        say(&t, "2fainit").await,
        "<Main> This bot instance is not connected!",
        "the bundled MobileAuthenticator plugin's command"
    );
    assert_eq!(
        say(&t, "help").await,
        "<Main> https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands"
    );
    let stats = say(&t, "stats").await;
    assert!(
        stats.starts_with("<Main> Current memory usage: ")
            && stats.contains(" MB.\nProcess uptime: "),
        "{stats}"
    );
}

/// `Commands.cs` `ResponseUpdate`/`ResponseUpdatePlugins`: offline, nothing is found.
#[tokio::test]
async fn update_and_updateplugins_find_nothing_offline() {
    let t = start_with_main().await;
    assert_eq!(say(&t, "update").await, "<ASF> Failed! V6.3.9.6 ≥ V");
    assert_eq!(
        say(&t, "update Stable!").await,
        "<ASF> Failed! V6.3.9.6 ≥ V"
    );
    assert_eq!(
        say(&t, "update None").await,
        "<ASF> channelText is invalid!"
    );
    assert_eq!(say(&t, "update 7").await, "<ASF> channelText is invalid!");
    assert_eq!(
        say(&t, "updateplugins").await,
        "<ASF> Success! Nothing found!"
    );
    assert_eq!(
        say(&t, "updateplugins PreRelease SteamTokenDumperPlugin").await,
        "<ASF> Failed! Nothing found!"
    );
}

/// `Commands.cs` `ResponseEncrypt`/`ResponseHash`: ASF's algorithms, its refusals.
#[tokio::test]
async fn encrypt_and_hash() {
    let t = start_with_main().await;
    assert_eq!(
        say(&t, "encrypt PlainText hello  world").await,
        "<ASF> Result: hello  world"
    );
    let aes = say(&t, "encrypt aes my secret").await;
    let encrypted = aes.strip_prefix("<ASF> Result: ").expect(&aes);
    assert_eq!(
        asf_ipc::algorithms::decrypt_aes(encrypted, t.asf.crypt_key()).as_deref(),
        Some("my secret")
    );
    assert_eq!(
        say(&t, "encrypt ProtectedDataForCurrentUser x").await,
        "<ASF> Failed!"
    );
    assert_eq!(
        say(&t, "encrypt Rot13 x").await,
        "<ASF> cryptoMethod is invalid!"
    );
    assert_eq!(say(&t, "encrypt AES").await, "<Main> Unknown command!");
    let hashed = say(&t, "hash Pbkdf2 pw").await;
    let expected = asf_ipc::algorithms::hash_string(
        asf_ipc::api::enums::EHashingMethod::Pbkdf2,
        "pw",
        t.asf.crypt_key(),
    )
    .expect("hash");
    assert_eq!(hashed, format!("<ASF> Result: {expected}"));
    assert_eq!(
        say(&t, "hash Md5 pw").await,
        "<ASF> hashingMethod is invalid!"
    );
}

/// `IPC/Controllers/Api/CommandController.cs`: the endpoint's own refusals of a body.
#[tokio::test]
async fn the_endpoint_refuses_empty_and_malformed_commands() {
    let t = start_with_main().await;
    for (body, message) in [
        (json!({"Command": "!"}), "command is empty!"),
        (json!({"Command": ""}), "The Command field is required."),
        (json!({"Command": "   "}), "The Command field is required."),
    ] {
        let (status, answer) = t.call(Method::POST, "/Api/Command", Some(body)).await;
        assert_eq!((status, answer["Message"].as_str()), (400, Some(message)));
    }
    for body in [json!({}), json!({"Command": 5}), json!([])] {
        let (status, answer) = t.call(Method::POST, "/Api/Command", Some(body)).await;
        assert_eq!(status, 400, "{answer}");
        assert_eq!(answer["Success"], false);
    }
}

/// `IPC/Controllers/Api/CommandController.cs`: a command of 100 KB is read whole.
#[tokio::test]
async fn a_command_of_100_kb_is_read_whole() {
    let t = start_with_main().await;
    let selector = "x".repeat(100_000);
    assert_eq!(
        say(&t, &format!("status {selector}")).await,
        format!("<ASF> Couldn't find any bot named {selector}!")
    );
    let ids: Vec<String> = (1..=20_000).map(|i| i.to_string()).collect();
    let many = ids.join(",");
    assert!(many.len() > 100_000);
    assert_eq!(say(&t, &format!("fbadd Main {many}")).await, "<Main> Done!");
    assert_eq!(say(&t, "fb").await, format!("<Main> {}", ids.join(", ")));
}

/// `Commands.cs` `ResponseRestart`/`ResponseExit`: `restart` restarts the core; `exit` ends the
/// process.
#[tokio::test]
async fn restart_and_exit() {
    let t = start_with_main().await;
    let mut restarts = t.asf.restart_watcher();
    restarts.mark_unchanged();
    assert_eq!(say(&t, "restart").await, "<ASF> Done!");
    tokio::time::timeout(Duration::from_secs(5), restarts.changed())
        .await
        .expect("a restart within 5 s")
        .expect("watcher");
    let exit = t.asf.exit_watcher();
    assert_eq!(say(&t, "exit").await, "<ASF> Done!");
    requested_exit(exit).await;
}

#[tokio::test]
async fn restart_and_commands_without_bots_are_refused() {
    let t = TestServer::start_custom(
        |dir| write_bot(dir, "Main", json!({})),
        |o| o.restart_allowed = false,
        common::loopback_ephemeral(),
    )
    .await;
    assert_eq!(
        say(&t, "restart").await,
        "<ASF> Failed due to error: !RestartAllowed"
    );

    let empty = TestServer::start().await;
    let (status, body) = empty
        .call(
            Method::POST,
            "/Api/Command",
            Some(json!({"Command": "version"})),
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        body["Message"]
            .as_str()
            .is_some_and(|m| m.starts_with("No bots are defined."))
    );
}

/// A slow farm: `Main` (the default bot) online, `Alt` disabled.
async fn start_main_and_alt() -> TestServer {
    let t = start_slow(|dir| {
        write_global_config(json!({"DefaultBot": "Main"}))(dir);
        write_bot(dir, "Main", online_bot("status-main"));
        write_bot(dir, "Alt", json!({}));
    })
    .await;
    online(&t, "Main").await;
    t
}

/// `Commands.cs` `ResponseStatus`: a farming bot's line, the overview for several bots, and
/// selectors that name none.
#[tokio::test]
async fn status_of_one_bot_and_of_several() {
    let t = start_main_and_alt().await;
    let farming = wait_for(10, "Main to farm", || async {
        let status = say(&t, "status").await;
        status.contains("Bot is farming game: ").then_some(status)
    })
    .await;
    // `<Main> Bot is farming game: 220 (Half-Life 2, 3 card drops remaining) from a total of
    // 4 games (9 cards) left to farm (~4 hours, 30 minutes remaining).`
    assert!(
        farming.starts_with("<Main> Bot is farming game: "),
        "{farming}"
    );
    assert!(farming.contains(" card drops remaining) from a total of "));
    assert!(farming.ends_with(" remaining)."), "{farming}");
    assert!(!farming.contains('\n'), "one bot, no overview: {farming}");

    let all = say(&t, "status ASF").await;
    let lines: Vec<&str> = all.lines().collect();
    assert_eq!(lines.len(), 3, "{all}");
    assert_eq!(lines[0], "<Alt> Bot is not running.");
    assert!(lines[1].starts_with("<Main> Bot is farming game: "));
    assert!(
        lines[2].starts_with("There are 1/2 bots running, with total of "),
        "ASF writes the overview without a prefix: {all}"
    );
    assert_eq!(say(&t, "sa").await.lines().count(), 3);
    assert_eq!(
        say(&t, "status Alt").await,
        "<Alt> Bot is not running.\nThere are 0/1 bots running, with total of 0 games (0 cards) left to farm."
    );
    assert_eq!(
        say(&t, "status Ghost,Nobody").await,
        "<ASF> Couldn't find any bot named Ghost,Nobody!"
    );
    assert_eq!(
        say(&t, "status r!(").await,
        "<ASF> Couldn't find any bot named r!(!"
    );
}

/// `Commands.cs` `ResponseStart`/`ResponseStop`: ASF's refusals, several words as one
/// selector, and the status that follows.
#[tokio::test]
async fn start_and_stop() {
    let t = start_main_and_alt().await;
    assert_eq!(
        say(&t, "start").await,
        "<Main> Failed due to error: This bot is already running!"
    );
    assert_eq!(
        say(&t, "stop Alt").await,
        "<Alt> Failed due to error: This bot has already stopped!"
    );
    assert_eq!(say(&t, "start Alt").await, "<Alt> Done!");
    assert_eq!(
        say(&t, "status Alt").await.lines().next(),
        Some("<Alt> Bot is connecting to Steam network."),
        "started, but without credentials it never logs on"
    );
    assert_eq!(
        say(&t, "stop Alt Main").await,
        "<Alt> Done!\n<Main> Done!",
        "several words make one selector"
    );
    wait_for(5, "Main to log off", || async {
        (t.bots("Main").await["Main"]["IsConnectedAndLoggedOn"] == false).then_some(())
    })
    .await;
    assert_eq!(say(&t, "status").await, "<Main> Bot is not running.");
    assert_eq!(say(&t, "start Main").await, "<Main> Done!");
    online(&t, "Main").await;
}

/// `Commands.cs` `ResponsePause`/`ResponseResume`: a pause stops farming, `pause&` resumes by
/// itself.
#[tokio::test]
async fn pause_and_resume() {
    let t = start_main_and_alt().await;
    assert_eq!(
        say(&t, "pause").await,
        "<Main> Automatic farming has paused!"
    );
    assert_eq!(
        say(&t, "pause~").await,
        "<Main> Failed due to error: Automatic farming is paused already!"
    );
    wait_for(5, "the pause to show", || async {
        (say(&t, "status").await == "<Main> Bot is paused or running in manual mode.").then_some(())
    })
    .await;
    let farmer = t.bots("Main").await["Main"]["CardsFarmer"].clone();
    assert_eq!(farmer["Paused"], true);
    assert_eq!(farmer["NowFarming"], false);
    assert_eq!(farmer["CurrentGamesFarming"], json!([]));
    assert_eq!(
        say(&t, "resume").await,
        "<Main> Automatic farming has resumed!"
    );
    assert_eq!(
        say(&t, "resume Main").await,
        "<Main> Failed due to error: Automatic farming is resumed already!"
    );
    assert_eq!(say(&t, "pause& 0").await, "resumeInSecondsText is invalid!");
    assert_eq!(
        say(&t, "pause& Main 1 2").await,
        "resumeInSecondsText is invalid!"
    );
    assert_eq!(
        say(&t, "pause& 1").await,
        "<Main> Automatic farming has paused!"
    );
    wait_for(5, "the automatic resume", || async {
        (t.bots("Main").await["Main"]["CardsFarmer"]["Paused"] == false).then_some(())
    })
    .await;
    assert_eq!(
        say(&t, "pause Ghost").await,
        "<ASF> Couldn't find any bot named Ghost!"
    );
}

/// `Main` (the default bot) online and paused from the start, so nothing is played until
/// `play` says so; `Off` offline.
async fn start_paused_main() -> TestServer {
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"DefaultBot": "Main"}))(dir);
        write_bot(
            dir,
            "Main",
            json!({"Enabled": true, "SteamLogin": "play-main", "SteamPassword": "p", "FarmingPreferences": 1}),
        );
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "Main").await;
    t
}

/// `Commands.cs` `ResponsePlay`/`ResponseReset`/`ResponseFarm`: playing by hand drops that
/// game's cards, `reset` ends it and keeps the pause, `resume` and `farm` farm again.
#[tokio::test]
async fn play_reset_and_farm_act_on_the_bot_and_on_steam() {
    let t = start_paused_main().await;
    assert_eq!(
        say(&t, "status").await,
        "<Main> Bot is paused or running in manual mode."
    );
    assert_eq!(say(&t, "inventory").await, "<Main> inventory is empty!");

    let games = owned_games(&t, "Main").await;
    let (played, played_name) = games.first().cloned().expect("an owned game");
    assert_eq!(
        say(&t, &format!("play {played},My,Custom,Game")).await,
        format!("<Main> Playing selected gameIDs: {played}")
    );
    // Playing by hand makes that game, and only it, drop cards.
    let items = wait_for(10, "a card of the played game", || async {
        let (_, items) = t
            .call(Method::GET, "/Api/Bot/Main/Inventory/753/6", None)
            .await;
        let descriptions = items["Result"]["Main"]["Descriptions"].as_array()?.clone();
        (!descriptions.is_empty()).then_some(descriptions)
    })
    .await;
    assert!(
        items
            .iter()
            .all(|d| d["type"] == format!("{played_name} Trading Card")),
        "{items:?}"
    );
    let bot = t.bots("Main").await["Main"].clone();
    assert_eq!(bot["CardsFarmer"]["Paused"], true);
    assert_eq!(bot["CardsFarmer"]["NowFarming"], false);
    assert_eq!(
        say(&t, "status").await,
        "<Main> Bot is paused or running in manual mode."
    );
    assert!(
        say(&t, "inventory")
            .await
            .starts_with("<Main> 753/6 (Steam/Community): ")
    );

    // `reset` ends the manual games; the pause `play` set is permanent and stays.
    assert_eq!(say(&t, "reset").await, "<Main> Done!");
    let dropped = |v: &Value| v["Result"]["Main"]["Assets"].as_array().map_or(0, Vec::len);
    // Give the bot a moment to act on it, then nothing more drops.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (_, before) = t
        .call(Method::GET, "/Api/Bot/Main/Inventory/753/6", None)
        .await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    let (_, after) = t
        .call(Method::GET, "/Api/Bot/Main/Inventory/753/6", None)
        .await;
    assert!(
        dropped(&after) <= dropped(&before) + 1,
        "nothing is played any more (one card may have been on its way)"
    );
    assert_eq!(
        say(&t, "status").await,
        "<Main> Bot is paused or running in manual mode."
    );
    assert_eq!(say(&t, "farm").await, "<Main> Done!", "farm while paused");
    assert_eq!(
        t.bots("Main").await["Main"]["CardsFarmer"]["NowFarming"],
        false
    );

    // After `resume`, farming goes on with what is left; `farm` starts the cycle over.
    assert_eq!(
        say(&t, "resume").await,
        "<Main> Automatic farming has resumed!"
    );
    wait_for(10, "farming", || async {
        let farmer = t.bots("Main").await["Main"]["CardsFarmer"].clone();
        (farmer["NowFarming"] == true || farmer["GamesToFarm"] == json!([])).then_some(())
    })
    .await;
    assert_eq!(say(&t, "farm").await, "<Main> Done!");
}

/// `Commands.cs` `ResponsePlay`: ASF's limits on the games; an offline bot is not connected.
#[tokio::test]
async fn play_refuses_too_many_or_no_games_and_offline_bots() {
    let t = start_paused_main().await;
    assert_eq!(
        say(&t, "play Main 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33").await,
        "<Main> Failed due to error: gamesToPlay > 32"
    );
    assert_eq!(say(&t, "play Main ,,,").await, "<Main> games is empty!");
    assert_eq!(
        say(&t, "play Main Only a name").await,
        "<Main> Done!",
        "a name alone is shown without games"
    );
    assert_eq!(
        say(&t, "play Off 440").await,
        "<Off> This bot instance is not connected!"
    );
    for command in ["reset Off", "farm Off", "nickname Off Someone"] {
        assert_eq!(
            say(&t, command).await,
            "<Off> This bot instance is not connected!",
            "{command}"
        );
    }
}

/// `Commands.cs` `ResponseNickname`: a nickname changes on Steam and stays there across logons.
#[tokio::test]
async fn nickname_changes_on_steam_and_stays() {
    let t = start_paused_main().await;
    assert_eq!(say(&t, "nickname Main Card  Shark").await, "<Main> Done!");
    assert_eq!(t.bots("Main").await["Main"]["Nickname"], "Card  Shark");
    assert_eq!(say(&t, "stop").await, "<Main> Done!");
    assert_eq!(say(&t, "start").await, "<Main> Done!");
    online(&t, "Main").await;
    assert_eq!(t.bots("Main").await["Main"]["Nickname"], "Card  Shark");
}

/// `Main` (the default bot) and `Alt` online, `Off` offline; a game `Main` owns, and one it
/// lacks with the package that grants it.
struct Owners {
    t: TestServer,
    owned: u32,
    owned_name: String,
    missing: u32,
    package: u32,
}

async fn start_owners() -> Owners {
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"DefaultBot": "Main"}))(dir);
        write_bot(dir, "Main", online_bot("owns-main"));
        write_bot(dir, "Alt", online_bot("owns-alt"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "Main").await;
    online(&t, "Alt").await;

    let games = owned_games(&t, "Main").await;
    let (owned, owned_name) = games.first().cloned().expect("an owned game");
    let missing = *STORE
        .iter()
        .find(|id| !games.iter().any(|(g, _)| g == *id))
        .expect("a game Main lacks");
    Owners {
        t,
        owned,
        owned_name,
        missing,
        package: missing * 10 + 1,
    }
}

/// A line of `Main`'s answer.
fn main_line(text: &str) -> String {
    format!("<Main> {text}\n")
}

/// `Commands.cs` `ResponseOwns`: ASF's game-identifier grammar (app, sub, name, regex).
#[tokio::test]
async fn owns_reads_asf_game_identifiers() {
    let Owners {
        t,
        owned,
        owned_name,
        missing,
        package,
    } = start_owners().await;
    let line = main_line;
    assert_eq!(
        say(&t, &format!("owns {owned}")).await,
        line(&format!("Owned already: app/{owned} | {owned_name}"))
    );
    for query in [format!("app/{owned}"), format!("A/{owned}")] {
        assert_eq!(
            say(&t, &format!("owns {query}")).await,
            line(&format!("Owned already: app/{owned} | {owned_name}"))
        );
    }
    assert_eq!(
        say(&t, &format!("owns {missing}")).await,
        line(&format!("Not owned yet: app/{missing}"))
    );
    assert_eq!(
        say(&t, &format!("owns sub/{package}")).await,
        line(&format!("Not owned yet: sub/{package}"))
    );
    let part: String = owned_name
        .chars()
        .take(4)
        .collect::<String>()
        .to_lowercase();
    let by_name = say(&t, &format!("owns {part}")).await;
    assert!(
        by_name.contains(&format!("Owned already: app/{owned} | {owned_name}")),
        "names match by containment, ignoring case: {by_name}"
    );
    let by_type = say(&t, &format!("owns n/{part}")).await;
    assert_eq!(by_type, by_name, "name/ and n/ are names too");
    assert_eq!(
        say(&t, "owns NoSuchGameAnywhere").await,
        line("Not owned yet: NoSuchGameAnywhere")
    );
    assert_eq!(
        say(&t, "owns app/x").await,
        line("Not owned yet: app/x"),
        "a bad number is read as a name"
    );
    assert_eq!(say(&t, "owns r/(").await, line("regex is invalid!"));
    // No spaces: more words would make a selector of the first.
    let exact = regex::escape(&owned_name).replace(' ', "\\x20");
    assert_eq!(
        say(&t, &format!("owns regex/^{exact}$")).await,
        line(&format!("Owned already: app/{owned} | {owned_name}"))
    );
    assert_eq!(
        say(&t, &format!("owns r/^{}$", exact.to_lowercase())).await,
        line(&format!("Not owned yet: r/^{}$", exact.to_lowercase())),
        "patterns are case-sensitive"
    );
    assert_eq!(
        say(&t, &format!("owns {owned},{missing}")).await,
        format!(
            "{}{}",
            line(&format!("Owned already: app/{owned} | {owned_name}")),
            line(&format!("Not owned yet: app/{missing}"))
        )
    );
}

/// `Commands.cs` `ResponseOwns` for several bots: the online ones answer, then one line per
/// owned game counting its owners.
#[tokio::test]
async fn owns_over_several_bots_counts_the_online_owners() {
    let Owners {
        t,
        owned,
        owned_name,
        ..
    } = start_owners().await;
    let alt_owns = owned_games(&t, "Alt")
        .await
        .iter()
        .any(|(g, _)| *g == owned);
    let summary = say(&t, &format!("owns Main,Alt,Off {owned}")).await;
    let expected_count = if alt_owns { 2 } else { 1 };
    assert!(
        summary.ends_with(&format!(
            "\n<ASF> {expected_count}/2 bots already own game app/{owned} | {owned_name}."
        )),
        "{summary}"
    );
    assert!(!summary.contains("<Off>"), "offline bots are left out");
    assert_eq!(
        run(&t, &format!("owns Off {owned}")).await,
        None,
        "no bot could answer"
    );
    let oa = say(&t, &format!("oa {owned}")).await;
    assert!(
        oa.contains(&format!("bots already own game app/{owned}")),
        "{oa}"
    );
    assert_eq!(
        say(&t, &format!("owns Ghost {owned}")).await,
        "<ASF> Couldn't find any bot named Ghost!"
    );
}

/// `Commands.cs` `ResponseAddLicense`/`ResponseRemoveLicense`: licences change what is owned;
/// an offline bot is not connected.
#[tokio::test]
async fn addlicense_and_rmlicense_change_what_is_owned() {
    let Owners {
        t,
        missing,
        package,
        ..
    } = start_owners().await;
    let line = main_line;
    assert_eq!(
        say(&t, &format!("addlicense app/{missing}")).await,
        line(&format!(
            "ID: app/{missing} | Status: OK | Items: app/{missing}, sub/{package}"
        ))
    );
    let granted = owned_games(&t, "Main").await;
    let (_, missing_name) = granted
        .iter()
        .find(|(g, _)| *g == missing)
        .cloned()
        .expect("the licence grants the game");
    assert_eq!(
        say(&t, &format!("owns {missing}")).await,
        line(&format!("Owned already: app/{missing} | {missing_name}"))
    );
    assert_eq!(
        say(&t, &format!("al Main app/{missing},sub/{package}")).await,
        format!(
            "{}{}",
            line(&format!(
                "ID: app/{missing} | Status: Fail/AlreadyPurchased"
            )),
            line(&format!(
                "ID: sub/{package} | Status: Fail/AlreadyPurchased"
            ))
        )
    );
    assert_eq!(
        say(&t, &format!("owns s/{package}")).await,
        line(&format!("Owned already: sub/{package}"))
    );
    let package_summary = say(&t, &format!("owns Main sub/{package}")).await;
    assert!(
        package_summary.ends_with(&format!(
            "<ASF> 1/1 bots already own game sub/{package} | {package}."
        )),
        "a package's name is its number: {package_summary}"
    );
    assert_eq!(
        say(&t, "addlicense 4,x,app/0,game/5").await,
        [
            "<Main> ID: sub/4 | Status: Fail/InvalidPackage\n",
            "<Main> gameID is invalid!\n",
            "<Main> gameID is invalid!\n",
            "<Main> gameID is invalid!\n",
        ]
        .concat()
    );
    assert_eq!(
        say(&t, &format!("rmlicense app/{missing}")).await,
        line(&format!("ID: app/{missing} | Status: OK"))
    );
    assert_eq!(
        say(&t, &format!("rl app/{missing},{package}")).await,
        format!(
            "{}{}",
            line(&format!("ID: app/{missing} | Status: InvalidState")),
            line(&format!("ID: sub/{package} | Status: InvalidState"))
        )
    );
    assert_eq!(
        say(&t, &format!("owns {missing}")).await,
        line(&format!("Not owned yet: app/{missing}"))
    );
    for command in [
        "addlicense Off 440",
        "rmlicense Off 440",
        "owns Off,Ghost 440",
    ] {
        let answer = run(&t, command).await;
        assert!(
            answer.is_none()
                || answer.as_deref() == Some("<Off> This bot instance is not connected!"),
            "{command}: {answer:?}"
        );
    }
    assert_eq!(
        say(&t, "addlicense Off 440").await,
        "<Off> This bot instance is not connected!"
    );
}

/// `(bot, key, status)` of every `Key:` line of a `redeem` answer.
fn redeem_lines(answer: &str) -> Vec<(String, String, String)> {
    answer
        .lines()
        .filter(|l| !l.is_empty())
        .filter_map(|line| {
            let (bot, rest) = line.strip_prefix('<')?.split_once("> Key: ")?;
            let (key, rest) = rest.split_once(" | Status: ")?;
            let status = rest.split(" | ").next()?;
            Some((bot.to_string(), key.to_string(), status.to_string()))
        })
        .collect()
}

#[tokio::test]
async fn redeem_forwards_keys_as_the_preferences_say() {
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"DefaultBot": "Main", "GiftsLimiterDelay": 0}))(dir);
        write_bot(
            dir,
            "Main",
            json!({"Enabled": true, "SteamLogin": "redeem-main", "SteamPassword": "p", "RedeemingPreferences": 1}),
        );
        write_bot(dir, "Alt", online_bot("redeem-alt"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "Main").await;
    online(&t, "Alt").await;

    let first = say(&t, "redeem FIRST-BBBBB-CCCCC").await;
    assert!(
        first.starts_with("\n<Main> Key: FIRST-BBBBB-CCCCC | Status: "),
        "ASF starts each key line with a newline: {first:?}"
    );
    assert!(first.ends_with('\n'));

    // Keys Main already owns go on to Alt (Forwarding); the others stay with Main.
    let keys: Vec<String> = (0..16).map(|i| format!("FWD{i:02}-BBBBB-CCCCC")).collect();
    let answer = say(&t, &format!("redeem {}", keys.join(","))).await;
    let lines = redeem_lines(&answer);
    let mut forwarded = 0;
    for key in &keys {
        let tries: Vec<&(String, String, String)> =
            lines.iter().filter(|(_, k, _)| k == key).collect();
        assert_eq!(
            tries.first().map(|t| t.0.as_str()),
            Some("Main"),
            "{answer}"
        );
        let status = &tries[0].2;
        if status.ends_with("/AlreadyPurchased") {
            // Offered to Alt unless Alt owns that game too.
            forwarded += tries.iter().filter(|t| t.0 == "Alt").count();
        } else {
            assert_eq!(tries.len(), 1, "{key} was settled by Main: {answer}");
        }
    }
    assert!(forwarded > 0, "some key was forwarded: {answer}");
    let redeemed = lines
        .iter()
        .find(|(_, _, status)| status == "OK/NoDetail")
        .map(|(_, key, _)| key.clone())
        .expect("some key was redeemed");
    assert_eq!(
        say(&t, &format!("r {redeemed}")).await,
        format!("\n<Main> Key: {redeemed} | Status: Fail/DuplicateActivationCode\n"),
        "a key works once, anywhere"
    );

    // Modes: skip the asking bot and distribute among the others.
    let distributed = say(&t, "redeem^ Main SI,FD DIST1-BBBBB-CCCCC").await;
    let tries = redeem_lines(&distributed);
    assert!(!tries.is_empty(), "{distributed:?}");
    assert!(
        tries.iter().all(|(bot, _, _)| bot == "Alt"),
        "Main is skipped, Off is offline: {distributed:?}"
    );
    assert_eq!(
        say(&t, "redeem^ V not-a-key").await,
        "<Main> Unused keys: not-a-key\n",
        "Validate skips what is not a key"
    );
    assert_eq!(
        say(&t, "redeem^ Main Bogus AAAAA-BBBBB-CCCCC").await,
        "<Main> Bogus is invalid!"
    );
    assert_eq!(say(&t, "redeem^ K").await, "<Main> Unknown command!");
    assert_eq!(say(&t, "redeem Main ,,").await, "<Main> keys is empty!");
    assert_eq!(
        say(&t, "redeem Off AAAAA-BBBBB-CCCCC").await,
        "<Off> This bot instance is not connected!"
    );
    assert_eq!(
        say(&t, "redeem Ghost AAAAA-BBBBB-CCCCC").await,
        "<ASF> Couldn't find any bot named Ghost!"
    );
}

/// A slow farm: `Main` (the default bot) online, `Off` offline.
async fn start_lists() -> TestServer {
    let t = start_slow(|dir| {
        write_global_config(json!({"DefaultBot": "Main"}))(dir);
        write_bot(dir, "Main", online_bot("lists-main"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "Main").await;
    t
}

/// `Commands.cs` `ResponseFarmingBlacklist*`/`ResponseFarmingQueue*`: the farming blacklist
/// drops a game, the priority queue goes first.
#[tokio::test]
async fn farming_blacklist_and_priority_queue_steer_farming() {
    let t = start_lists().await;
    let farmer = wait_for(10, "two games to farm", || async {
        let farmer = t.bots("Main").await["Main"]["CardsFarmer"].clone();
        (farmer["GamesToFarm"].as_array()?.len() >= 2).then_some(farmer)
    })
    .await;
    let current = farmer["CurrentGamesFarming"][0]["AppID"]
        .as_u64()
        .expect("farming");
    let last = farmer["GamesToFarm"]
        .as_array()
        .and_then(|g| g.last())
        .and_then(|g| g["AppID"].as_u64())
        .expect("a last game");
    let farming_now = || async {
        t.bots("Main").await["Main"]["CardsFarmer"]["CurrentGamesFarming"][0]["AppID"].as_u64()
    };

    assert_eq!(
        say(&t, "fb").await,
        "<Main> FarmingBlacklistAppIDs is empty!"
    );
    assert_eq!(say(&t, &format!("fbadd {current}")).await, "<Main> Done!");
    wait_for(5, "the blacklisted game to be dropped", || async {
        let farmer = t.bots("Main").await["Main"]["CardsFarmer"].clone();
        let listed = farmer["GamesToFarm"]
            .as_array()?
            .iter()
            .any(|g| g["AppID"] == current);
        (!listed && farmer["CurrentGamesFarming"][0]["AppID"] != current).then_some(())
    })
    .await;
    assert_eq!(say(&t, "fb Main").await, format!("<Main> {current}"));
    assert_eq!(
        say(&t, &format!("fbadd Main {current}")).await,
        "<Main> Nothing found!"
    );
    assert_eq!(
        say(&t, "fbadd Main x").await,
        "<Main> Parsing appID failed!"
    );
    assert_eq!(say(&t, "fbadd Main ,,").await, "<Main> targets is empty!");
    assert_eq!(say(&t, "fbadd 0").await, "<Main> Parsing appID failed!");
    assert_eq!(say(&t, &format!("fbrm {current}")).await, "<Main> Done!");
    assert_eq!(
        say(&t, &format!("fbrm {current}")).await,
        "<Main> Nothing found!"
    );

    // The priority queue goes first.
    assert_eq!(
        say(&t, "fq").await,
        "<Main> FarmingPriorityQueueAppIDs is empty!"
    );
    assert_eq!(say(&t, &format!("fqadd {last}")).await, "<Main> Done!");
    wait_for(5, "the queued game to be farmed", || async {
        (farming_now().await == Some(last)).then_some(())
    })
    .await;
    assert_eq!(say(&t, "fq").await, format!("<Main> {last}"));
    assert_eq!(say(&t, &format!("fqrm Main {last}")).await, "<Main> Done!");
}

/// `Commands.cs` `ResponseMatchActivelyBlacklist*`/`ResponseTradingBlacklist*`: the lists need
/// no Steam and live in the bot's database.
#[tokio::test]
async fn blacklists_need_no_steam_and_are_kept_in_the_database() {
    let t = start_lists().await;
    assert_eq!(
        say(&t, "mab").await,
        "<Main> MatchActivelyBlacklistAppIDs is empty!"
    );
    assert_eq!(say(&t, "mabadd 730,440").await, "<Main> Done!");
    assert_eq!(say(&t, "mab").await, "<Main> 440, 730");
    assert_eq!(say(&t, "mabrm Main 730").await, "<Main> Done!");
    assert_eq!(
        say(&t, "tb").await,
        "<Main> TradingBlacklistSteamIDs is empty!"
    );
    assert_eq!(say(&t, "tbadd 76561197960287930").await, "<Main> Done!");
    assert_eq!(
        say(&t, "tbadd Main 123").await,
        "<Main> Parsing targetID failed!"
    );
    assert_eq!(say(&t, "tb").await, "<Main> 76561197960287930");
    assert_eq!(say(&t, "tbrm 76561197960287930").await, "<Main> Done!");
    assert_eq!(
        say(&t, "fb Off").await,
        "<Off> FarmingBlacklistAppIDs is empty!",
        "lists need no Steam"
    );

    // The lists live in the bot's database.
    assert_eq!(say(&t, "fbadd Off 10,20").await, "<Off> Done!");
    t.asf.restart();
    assert_eq!(say(&t, "fb Off").await, "<Off> 10, 20");
    assert_eq!(
        say(&t, "fbadd Ghost 1").await,
        "<ASF> Couldn't find any bot named Ghost!"
    );
}

/// `Commands.cs` `ResponseBackgroundGamesRedeemer*`: `bgr` counts the background redeemer's
/// queue; `bgrclear` empties it.
#[tokio::test]
async fn bgr_counts_the_queue_and_bgrclear_empties_it() {
    let t = start_lists().await;
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Off/GamesToRedeemInBackground",
            Some(json!({"GamesToRedeemInBackground": {
                "AAAAA-BBBBB-00001": "One", "AAAAA-BBBBB-00002": "Two"
            }})),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        say(&t, "bgr Off").await,
        "<Off> Bot has 2 games remaining in its background queue."
    );
    assert_eq!(say(&t, "bgrclear Off").await, "<Off> Done!");
    assert_eq!(
        say(&t, "bgr Off,Main").await,
        "<Off> Bot has 0 games remaining in its background queue.\n<Main> Bot has 0 games remaining in its background queue."
    );
    assert_eq!(
        t.bots("Off").await["Off"]["GamesToRedeemInBackgroundCount"],
        0
    );
}

/// `cents / 100` as ASF prints it, and the simulated network's currencies by number.
fn wallet_text(bot: &Value) -> String {
    let money = |cents: i64| format!("{}", cents as f64 / 100.0);
    let balance = bot["WalletBalance"].as_i64().expect("balance");
    let delayed = bot["WalletBalanceDelayed"].as_i64().expect("delayed");
    let currency = match bot["WalletCurrency"].as_i64() {
        Some(1) => "USD",
        Some(2) => "GBP",
        Some(3) => "EUR",
        Some(6) => "PLN",
        Some(7) => "BRL",
        Some(20) => "CAD",
        other => panic!("unexpected currency {other:?}"),
    };
    let mut amount = money(balance);
    if delayed > 0 {
        amount = format!("{amount} ({})", money(balance + delayed));
    }
    format!("Wallet balance: {amount} {currency}")
}

/// Headless, `Main` (the default bot) online and `Off` offline.
async fn start_account() -> TestServer {
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"DefaultBot": "Main", "Headless": true}))(dir);
        write_bot(dir, "Main", online_bot("account-main"));
        write_bot(dir, "Off", json!({}));
    })
    .await;
    online(&t, "Main").await;
    t
}

/// `Commands.cs` `ResponseLevel`, `ResponsePointsBalance`, `ResponseWalletBalance`,
/// `ResponseUnpackBoosters`: the account's figures; an offline bot is not connected.
#[tokio::test]
async fn level_points_balance_and_unpack() {
    let t = start_account().await;
    let main = t.bots("Main").await["Main"].clone();

    let level = say(&t, "level").await;
    let number = level
        .strip_prefix("<Main> Bot has level ")
        .and_then(|l| l.strip_suffix('.'))
        .expect(&level);
    assert!(number.parse::<u32>().is_ok(), "{level}");
    let points = say(&t, "points Main").await;
    assert!(
        points
            .strip_prefix("<Main> Points balance: ")
            .is_some_and(|p| p.parse::<u64>().is_ok()),
        "{points}"
    );
    assert_eq!(
        say(&t, "balance").await,
        format!("<Main> {}", wallet_text(&main))
    );
    for command in [
        "level Off",
        "points Off",
        "balance Off",
        "inventory Off",
        "unpack Off",
    ] {
        assert_eq!(
            say(&t, command).await,
            "<Off> This bot instance is not connected!",
            "{command}"
        );
    }
    assert_eq!(say(&t, "unpack").await, "<Main> Success!");
}

/// `Commands.cs` `ResponseRedeemPoints`, `ResponseAddLicense`: free items go through, items
/// that cost points need `!`; `ala` asks every bot.
#[tokio::test]
async fn points_shop_and_addlicense_for_all() {
    let t = start_account().await;
    // Points shop: free items go through; items that cost points need `!`.
    assert_eq!(say(&t, "rp 5").await, "<Main> ID: 5 | Status: OK\n");
    let costly = say(&t, "redeempoints Main 5,6").await;
    assert!(
        costly.starts_with("<Main> Failed due to error: 6 point_cost (")
            && costly.ends_with(") > 0"),
        "{costly}"
    );
    assert_eq!(
        say(&t, "rp 5,6!").await,
        "<Main> ID: 5 | Status: OK\n<Main> ID: 6 | Status: OK\n"
    );
    assert_eq!(say(&t, "rp 8").await, "<Main> Failed due to error: 8");
    assert_eq!(say(&t, "rp 0").await, "<Main> definition is invalid!");
    assert_eq!(
        say(&t, "rp Off 5").await,
        "<Off> This bot instance is not connected!"
    );
    // `ala` is `addlicense ASF`: every bot answers, ASF's blank line between them included.
    assert_eq!(
        say(&t, "ala 4").await,
        "<Main> ID: sub/4 | Status: Fail/InvalidPackage\n\n<Off> This bot instance is not connected!"
    );
}

/// `Commands.cs` `Response2FA`/`Response2FAConfirm` (the MobileAuthenticator plugin's): refused
/// without ASF 2FA, tokens and confirmations with it.
#[tokio::test]
async fn two_factor_commands() {
    let t = start_account().await;
    let no_2fa = "This bot doesn't have ASF 2FA enabled! Did you forget to import your authenticator as ASF 2FA?";
    assert_eq!(
        say(&t, "2fa").await,
        format!("<Main> Failed due to error: {no_2fa}")
    );
    assert_eq!(say(&t, "2faok").await, format!("<Main> {no_2fa}"));
    assert_eq!(
        say(&t, "2fano Off").await,
        "<Off> This bot instance is not connected!"
    );
    import_authenticator(&t.client(), "Main").await;
    let code = |at| asf_ipc::algorithms::steam_guard_code(SHARED_SECRET, at).expect("code");
    let before = code(asf_ipc::algorithms::unix_time());
    let token = say(&t, "2fa Main").await;
    let after = code(asf_ipc::algorithms::unix_time());
    assert!(
        token == format!("<Main> 2FA Token: {before}")
            || token == format!("<Main> 2FA Token: {after}"),
        "{token}"
    );
    assert_eq!(
        say(&t, "2fano").await,
        "<Main> Successfully handled 3 confirmations!"
    );
    assert_eq!(
        say(&t, "2faok").await,
        "<Main> Successfully handled 0 confirmations!",
        "nothing is pending any more"
    );
    assert_eq!(
        say(&t, "2fa Off").await,
        format!("<Off> Failed due to error: {no_2fa}")
    );
}

/// `Commands.cs` `ResponsePrivacy`: seven levels, none more open than the one it belongs to.
#[tokio::test]
async fn privacy_levels_nest() {
    let t = start_account().await;
    assert_eq!(say(&t, "privacy 3,3,3,3,3,3,3").await, "<Main> Success!");
    assert_eq!(
        say(&t, "privacy Main public,FriendsOnly,private").await,
        "<Main> Success!"
    );
    for (settings, answer) in [
        ("1,3", "ownedGames is invalid!"),
        ("3,2,3", "playtime is invalid!"),
        ("2,2,2,3", "ownedGames is invalid!"),
        ("2,2,2,2,3", "inventory is invalid!"),
        ("3,3,3,3,2,3", "inventoryGifts is invalid!"),
        ("1,1,1,1,1,1,2", "comments is invalid!"),
        ("Hidden", "privacySettingsArgs is invalid!"),
        ("0", "privacySettingsArgs is invalid!"),
        ("1,1,1,1,1,1,1,1", "privacySettingsArgs is invalid!"),
    ] {
        assert_eq!(
            say(&t, &format!("privacy {settings}")).await,
            format!("<Main> {answer}"),
            "{settings}"
        );
    }
    assert_eq!(
        say(&t, "privacy Off 1").await,
        "<Off> This bot instance is not connected!"
    );
}

/// `Commands.cs` `ResponseInput`: in headless mode, input answers what a bot asks for.
#[tokio::test]
async fn input_in_headless_mode() {
    let t = start_account().await;
    assert_eq!(say(&t, "start Off").await, "<Off> Done!");
    wait_for(5, "Off to ask for its login", || async {
        (t.bots("Off").await["Off"]["RequiredInput"] == 1).then_some(())
    })
    .await;
    assert_eq!(
        say(&t, "input Off Nope x").await,
        "<Off> inputType is invalid!"
    );
    assert_eq!(
        say(&t, "input Off None x").await,
        "<Off> inputType is invalid!"
    );
    assert_eq!(say(&t, "input Off SteamGuard abc").await, "<Off> Failed!");
    assert_eq!(say(&t, "input Off SteamGuard ABCDE").await, "<Off> Done!");
    assert_eq!(say(&t, "input Off Login typed-login").await, "<Off> Done!");
    wait_for(5, "Off to ask for its password", || async {
        (t.bots("Off").await["Off"]["RequiredInput"] == 2).then_some(())
    })
    .await;
    assert_eq!(say(&t, "input Off 2 pass word").await, "<Off> Done!");
    online(&t, "Off").await;
    assert_eq!(say(&t, "input Login x").await, "<Main> Done!");
}

#[tokio::test]
async fn input_needs_headless_mode() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Main", json!({}))).await;
    assert_eq!(
        say(&t, "input Login someone").await,
        "<Main> This function is available only in headless mode!"
    );
    assert_eq!(say(&t, "input Login").await, "<Main> Unknown command!");
}

/// Trade answers of ASF (`Steam/Interaction/Actions.cs`).
const SENT: &str = "Trade offer sent successfully!";

fn failed(why: &str) -> String {
    format!("Failed due to error: {why}")
}

/// `Main` (the default bot, with a master), `Solo` (without one) and `Empty` (nothing lootable
/// or transferable) online with cards, `Off` offline.
async fn start_traders() -> TestServer {
    let master = "76561197960287930";
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"DefaultBot": "Main"}))(dir);
        let mut main = online_bot("trade-main");
        main["SteamUserPermissions"] = json!({ master: 3 });
        write_bot(dir, "Main", main);
        write_bot(dir, "Solo", online_bot("trade-solo"));
        let mut empty = online_bot("trade-empty");
        empty["LootableTypes"] = json!([]);
        empty["TransferableTypes"] = json!([]);
        write_bot(dir, "Empty", empty);
        write_bot(dir, "Off", json!({}));
    })
    .await;
    for bot in ["Main", "Solo", "Empty"] {
        online(&t, bot).await;
    }
    for bot in ["Main", "Solo"] {
        wait_for(10, &format!("{bot} to have cards"), || async {
            let answer = say(&t, &format!("inventory {bot}")).await;
            answer.contains("753/6 (Steam/Community): ").then_some(())
        })
        .await;
    }
    t
}

/// `Commands.cs` `ResponseLoot*`: loot goes to the master, by app, by inventory and by rarity.
#[tokio::test]
async fn loot_sends_cards_to_the_master() {
    let t = start_traders().await;
    let sent = SENT;
    let empty_inventory = failed("inventory is empty!");

    assert_eq!(say(&t, "loot").await, format!("<Main> {sent}"));
    assert_eq!(
        say(&t, "loot Solo").await,
        format!(
            "<Solo> {}",
            failed(
                "Trade couldn't be sent because there is no user with master permission defined!"
            )
        )
    );
    assert_eq!(
        say(&t, "loot Empty").await,
        "<Empty> LootableTypes is empty!"
    );
    assert_eq!(
        say(&t, "loot Off").await,
        "<Off> This bot instance is not connected!"
    );
    assert_eq!(
        say(&t, "loot@ 1").await,
        format!("<Main> {empty_inventory}")
    );
    assert_eq!(say(&t, "loot% 1").await, format!("<Main> {sent}"));
    assert_eq!(say(&t, "loot@ Main x").await, "<Main> appID is invalid!");
    assert_eq!(say(&t, "loot@ Main ,").await, "<Main> appIDTexts is empty!");
    assert_eq!(say(&t, "loot^ 753 6").await, format!("<Main> {sent}"));
    assert_eq!(
        say(&t, "loot^ Main 730 2").await,
        format!("<Main> {empty_inventory}")
    );
    assert_eq!(say(&t, "loot^ 0 6").await, "<Main> appID is invalid!");
    assert_eq!(say(&t, "loot^ 753 x").await, "<Main> contextID is invalid!");
    assert_eq!(
        say(&t, "loot& 753 6 Common").await,
        format!("<Main> {sent}")
    );
    assert_eq!(
        say(&t, "loot& Main 753 6 Rare,Uncommon").await,
        format!("<Main> {empty_inventory}")
    );
    assert_eq!(
        say(&t, "loot& 753 6 Shiny").await,
        "<Main> assetRarities is invalid!"
    );
}

/// `Commands.cs` `ResponseTransfer*`: transfers go to a bot named or by SteamID, never to the
/// sender or an offline bot.
#[tokio::test]
async fn transfer_sends_cards_to_another_bot() {
    let t = start_traders().await;
    let sent = SENT;
    let empty_inventory = failed("inventory is empty!");

    let solo_id = t.bots("Solo").await["Solo"]["s_SteamID"]
        .as_str()
        .expect("id")
        .to_string();
    assert_eq!(say(&t, "transfer Solo").await, format!("<Main> {sent}"));
    assert_eq!(
        say(&t, &format!("transfer {solo_id}")).await,
        format!("<Main> {sent}"),
        "a bot is also named by its SteamID"
    );
    assert_eq!(
        say(&t, "transfer Main").await,
        "<Main> You can't send a trade to yourself!"
    );
    assert_eq!(
        say(&t, "transfer Ghost").await,
        "<Main> Couldn't find any bot named Ghost!"
    );
    assert_eq!(
        say(&t, "transfer Off").await,
        "<Main> Target bot instance is not connected!"
    );
    assert_eq!(
        say(&t, "transfer Empty Main").await,
        "<Empty> TransferableTypes is empty!"
    );
    assert_eq!(
        say(&t, "transfer^ Main 753 6 Solo").await,
        format!("<Main> {sent}")
    );
    assert_eq!(
        say(&t, "transfer^ 753 6 Solo").await,
        format!("<Main> {sent}")
    );
    assert_eq!(
        say(&t, "transfer^ Main 0 6 Solo").await,
        "<ASF> appID is invalid!"
    );
    assert_eq!(
        say(&t, "transfer^ Main 753 6 Ghost").await,
        "<ASF> Couldn't find any bot named Ghost!"
    );
    assert_eq!(
        say(&t, "transfer^ 753 6 Ghost").await,
        "<Main> Couldn't find any bot named Ghost!"
    );
    assert_eq!(
        say(&t, "transfer& Main 753 6 Solo Common").await,
        format!("<Main> {sent}")
    );
    assert_eq!(
        say(&t, "transfer& Main 753 6 Solo Nope").await,
        "<ASF> assetRarities is invalid!"
    );
    assert_eq!(
        say(&t, "transfer& 753 6 Off Common").await,
        "<Main> Target bot instance is not connected!"
    );
    assert_eq!(
        say(&t, "transfer@ Main 1 Solo").await,
        format!("<Main> {empty_inventory}")
    );
    assert_eq!(
        say(&t, "transfer% Main,Solo 1 Main").await,
        format!("<Main> You can't send a trade to yourself!\n<Solo> {sent}")
    );
    assert_eq!(
        say(&t, "transfer@ x Solo").await,
        "<Main> appID is invalid!"
    );
    assert_eq!(
        say(&t, "transfer@ Main x Solo").await,
        "<ASF> appID is invalid!"
    );
    assert_eq!(
        say(&t, "transfer Ghost Solo").await,
        "<ASF> Couldn't find any bot named Ghost!"
    );
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The next log line from `/Api/NLog`.
async fn next_log_line(ws: &mut Ws) -> String {
    use futures::StreamExt;
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(20), ws.next())
            .await
            .expect("a log line within 20 s")
            .expect("stream open")
            .expect("valid frame");
        if let tokio_tungstenite::tungstenite::Message::Text(text) = frame {
            let v: Value = serde_json::from_str(&text).expect("JSON frame");
            return v["Result"].as_str().expect("a line").to_string();
        }
    }
}

/// Keys filed in `<bot>.keys.used`, `.unused` and `.invalid`, each file's lines in order.
fn filed(dir: &std::path::Path, bot: &str) -> Vec<Vec<String>> {
    ["keys.used", "keys.unused", "keys.invalid"]
        .iter()
        .map(|ext| {
            std::fs::read_to_string(dir.join(format!("config/{bot}.{ext}")))
                .unwrap_or_default()
                .lines()
                .map(|line| line.rsplit('\t').next().expect("a key").to_string())
                .collect()
        })
        .collect()
}

/// Creates the bot `Scenario` (stopped) through the generated client, then starts it and
/// waits for it to log on.
async fn create_and_start_scenario(t: &TestServer) {
    let client = t.client();
    let config = asf_ipc_generated::types::BotConfig {
        enabled: false,
        steam_login: Some("scenario".into()),
        steam_password: Some("secret".into()),
        ..Default::default()
    };
    let created = client
        .bot_post()
        .bot_names("Scenario")
        .body(asf_ipc_generated::types::BotRequest { bot_config: config })
        .send()
        .await
        .expect("POST /Api/Bot")
        .into_inner();
    assert!(created.success);
    wait_for(5, "the bot to be registered", || async {
        t.bots("Scenario").await.get("Scenario").map(|_| ())
    })
    .await;
    let started = client
        .bot_start_post()
        .bot_names("Scenario")
        .send()
        .await
        .expect("Start")
        .into_inner();
    assert_eq!((started.success, started.message.as_str()), (true, "Done!"));
    online(t, "Scenario").await;
}

/// Queues `keys` for `Scenario`'s background redeemer in the order given (a JSON object
/// written by hand, so the order is the text's); the answer lists them in that order.
async fn post_keys_in_order(t: &TestServer, keys: &[String]) {
    let members: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| format!("\"{k}\": \"Game {i}\""))
        .collect();
    let body = format!(
        "{{\"GamesToRedeemInBackground\": {{{}}}}}",
        members.join(", ")
    );
    let response = common::http()
        .post(t.url("/Api/Bot/Scenario/GamesToRedeemInBackground"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("POST keys");
    assert_eq!(response.status(), 200);
    let text = response.text().await.expect("body");
    let accepted: Vec<&str> = keys.iter().map(String::as_str).collect();
    let positions: Vec<usize> = accepted
        .iter()
        .map(|k| text.find(k).expect("every key accepted"))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "answered in the order given: {text}"
    );
}

#[tokio::test]
async fn full_scenario_create_start_import_watch_and_read_the_results() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let mut ws = {
        let url = format!("ws://{}/Api/NLog", t.addr());
        tokio_tungstenite::connect_async(url)
            .await
            .expect("websocket")
            .0
    };
    let client = t.client();

    // Create the bot (stopped), then start it.
    create_and_start_scenario(&t).await;

    // Import keys in an order that is not sorted; they are redeemed in that order.
    let keys: Vec<String> = [
        "ZULU", "ALFA", "MIKE", "BRAV", "YANK", "CHAR", "XRAY", "DELT",
    ]
    .iter()
    .map(|k| format!("{k}1-BBBBB-CCCCC"))
    .collect();
    post_keys_in_order(&t, &keys).await;

    let mut seen = Vec::new();
    while seen.len() < keys.len() {
        let line = next_log_line(&mut ws).await;
        if let Some(rest) = line
            .split("|Scenario|RedeemGamesInBackground() Key: ")
            .nth(1)
        {
            let key = rest.split(" | ").next().expect("key").to_string();
            seen.push(key);
        }
    }
    assert_eq!(seen, keys, "redeemed in the order posted, each once");

    wait_for(5, "the queue to empty", || async {
        (t.bots("Scenario").await["Scenario"]["GamesToRedeemInBackgroundCount"] == 0).then_some(())
    })
    .await;
    let files = filed(t.dir.path(), "Scenario");
    let mut all: Vec<String> = files.concat();
    all.sort();
    let mut expected = keys.clone();
    expected.sort();
    assert_eq!(all, expected, "every key filed exactly once");
    for file in &files {
        let order: Vec<usize> = file
            .iter()
            .map(|k| keys.iter().position(|x| x == k).expect("a posted key"))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{file:?}");
    }
    let used = std::fs::read_to_string(t.dir.path().join("config/Scenario.keys.used"))
        .expect(".keys.used");
    assert!(!used.is_empty(), "some key was new to the account");
    let first_used = used.lines().next().expect("a line");
    let parts: Vec<&str> = first_used.split('\t').collect();
    assert_eq!(parts.len(), 4, "name, [detail], items, key: {first_used}");
    assert_eq!(parts[1], "[NoDetail]");

    let results = client
        .bot_games_to_redeem_in_background_get()
        .bot_names("Scenario")
        .send()
        .await
        .expect("GET results")
        .into_inner()
        .result
        .expect("result");
    let used_keys = results["Scenario"].used_keys.clone().expect("used");
    assert_eq!(used_keys.len(), files[0].len());
    assert_eq!(
        say(&t, "bgr").await,
        "<Scenario> Bot has 0 games remaining in its background queue."
    );
}

#[tokio::test]
async fn background_redeemer_never_loses_or_repeats_a_key() {
    // A process killed after filing a key's result but before taking the key off the queue:
    // the key is in `.keys.used` and still queued in the database.
    let keys: Vec<String> = (0..3).map(|i| format!("CRSH{i}-BBBBB-CCCCC")).collect();
    let prepared = keys.clone();
    let t = TestServer::start_custom(
        move |dir| {
            write_global_config(json!({"GiftsLimiterDelay": 255}))(dir);
            write_bot(
                dir,
                "Crash",
                json!({"SteamLogin": "crash", "SteamPassword": "p"}),
            );
            let queue: Vec<Value> = prepared.iter().map(|k| json!([k, "A game"])).collect();
            std::fs::write(
                dir.join("config/Crash.db"),
                json!({"GamesToRedeemInBackground": queue}).to_string(),
            )
            .expect("db");
            std::fs::write(
                dir.join("config/Crash.keys.used"),
                format!("A game\t[NoDetail]\t{}\n", prepared[0]),
            )
            .expect("used");
        },
        common::fast_steam,
        common::loopback_ephemeral(),
    )
    .await;
    let dir = t.dir.path().to_path_buf();
    assert_eq!(
        t.bots("Crash").await["Crash"]["GamesToRedeemInBackgroundCount"],
        2,
        "the filed key left the queue"
    );

    // Many more keys; the core restarts while they are being redeemed.
    let more: Vec<String> = (0..24).map(|i| format!("MID{i:02}-BBBBB-CCCCC")).collect();
    let members: Vec<String> = more.iter().map(|k| format!("\"{k}\": \"x\"")).collect();
    let response = common::http()
        .post(t.url("/Api/Bot/Crash/GamesToRedeemInBackground"))
        .header("content-type", "application/json")
        .body(format!(
            "{{\"GamesToRedeemInBackground\": {{{}}}}}",
            members.join(",")
        ))
        .send()
        .await
        .expect("POST keys");
    assert_eq!(response.status(), 200);
    let db: Value =
        serde_json::from_slice(&std::fs::read(dir.join("config/Crash.db")).expect("db"))
            .expect("json");
    let queued: Vec<&str> = db["GamesToRedeemInBackground"]
        .as_array()
        .expect("queue")
        .iter()
        .filter_map(|e| e[0].as_str())
        .collect();
    let mut expected_queue: Vec<&str> = keys[1..].iter().map(String::as_str).collect();
    expected_queue.extend(more.iter().map(String::as_str));
    assert_eq!(queued, expected_queue, "queued in the order posted");

    assert_eq!(say(&t, "start Crash").await, "<Crash> Done!");
    let total = keys.len() + more.len();
    wait_for(20, "part of the queue to be redeemed", || async {
        let left = t.bots("Crash").await["Crash"]["GamesToRedeemInBackgroundCount"].as_u64()?;
        (left > 0 && (left as usize) < total - 6).then_some(())
    })
    .await;
    t.asf.restart();
    let left = t.bots("Crash").await["Crash"]["GamesToRedeemInBackgroundCount"].clone();
    assert!(left.as_u64().is_some_and(|l| l > 0), "{left}");
    // A restart reloads the bot as configured: not enabled, so it waits to be started.
    assert_eq!(say(&t, "start Crash").await, "<Crash> Done!");
    wait_for(30, "the rest to be redeemed", || async {
        (t.bots("Crash").await["Crash"]["GamesToRedeemInBackgroundCount"] == 0).then_some(())
    })
    .await;
    let mut all = filed(&dir, "Crash").concat();
    all.sort();
    let mut expected: Vec<String> = keys.iter().chain(&more).cloned().collect();
    expected.sort();
    assert_eq!(all, expected, "every key filed exactly once");
}

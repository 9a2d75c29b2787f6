//! Bots through the real interface: the simulated Steam network behind them, the lifecycle
//! actions, selectors, config writes with ASF's inheritance rules, renames and deletions.

use asf_ipc_test_support as common;

use common::{TestServer, farming_bot, online, wait_for, write_bot};
use reqwest::Method;
use serde_json::{Value, json};

/// `Alice`, enabled with cards to farm, and `Idle`, disabled and without a password.
async fn start_alice_and_idle() -> TestServer {
    TestServer::start_with_bots(|dir| {
        write_bot(dir, "Alice", farming_bot("alice"));
        write_bot(dir, "Idle", json!({"SteamLogin": "idle"}));
    })
    .await
}

/// The cards `farmer` (a `CardsFarmer`) has left to farm.
fn cards_left(farmer: &Value) -> u64 {
    farmer["GamesToFarm"]
        .as_array()
        .expect("games")
        .iter()
        .map(|g| g["CardsRemaining"].as_u64().expect("cards"))
        .sum()
}

/// Waits for `name` to farm; its `CardsFarmer` then.
async fn farming(t: &TestServer, name: &str) -> Value {
    wait_for(10, "farming to start", || async {
        let farmer = t.bots(name).await[name]["CardsFarmer"].clone();
        (farmer["NowFarming"] == true).then_some(farmer)
    })
    .await
}

/// `Steam/Bot.cs`: every field of a bot, offline and once logged on (secrets hidden).
#[tokio::test]
async fn an_enabled_bot_logs_on_and_shows_its_account() {
    let t = start_alice_and_idle().await;

    // Through the generated client: every field of a bot.
    let response = t
        .client()
        .bot_get()
        .bot_names("ASF")
        .send()
        .await
        .expect("GET /Api/Bot/ASF")
        .into_inner();
    assert!(response.success);
    let bots = response.result.expect("bots");
    assert_eq!(bots.len(), 2);
    let idle = &bots["Idle"];
    assert!(!idle.keep_running, "disabled bots do not start");
    assert!(!idle.is_connected_and_logged_on);
    assert_eq!(idle.steam_id, 0);
    assert_eq!(idle.s_steam_id, "0");
    assert_eq!(idle.cards_farmer.time_remaining, "00:00:00");
    assert!(idle.nickname.is_none() && idle.public_ip.is_none());

    let alice = online(&t, "Alice").await;
    let steam_id = alice["SteamID"].as_u64().expect("SteamID");
    assert!(asf_ipc::algorithms::is_individual_steam_id(steam_id));
    assert_eq!(alice["s_SteamID"], steam_id.to_string());
    assert!(alice["Nickname"].as_str().is_some_and(|n| !n.is_empty()));
    assert_eq!(alice["AvatarHash"].as_str().map(str::len), Some(40));
    assert!(alice["PublicIP"].as_str().is_some());
    assert_ne!(alice["WalletCurrency"], 0, "a wallet currency from Steam");
    assert_eq!(alice["KeepRunning"], true);
    assert!(
        alice["BotConfig"].get("SteamPassword").is_none(),
        "secrets are hidden"
    );
}

/// `Steam/Cards/CardsFarmer.cs`: a game is played and its cards go down over (simulated) time.
#[tokio::test]
async fn an_enabled_bot_farms_its_cards_down() {
    let t = start_alice_and_idle().await;
    online(&t, "Alice").await;
    let first = farming(&t, "Alice").await;
    let total = cards_left;
    let before = total(&first);
    assert!(before > 0);
    assert_eq!(
        first["CurrentGamesFarming"].as_array().map(Vec::len),
        Some(1)
    );
    assert_ne!(first["TimeRemaining"], "00:00:00");
    wait_for(10, "a card to drop", || async {
        let farmer = t.bots("Alice").await["Alice"]["CardsFarmer"].clone();
        (total(&farmer) < before).then_some(())
    })
    .await;
}

/// `IPC/Controllers/Api/BotController.cs` `PausePost`/`ResumePost`: pause stops farming,
/// resume starts it again; ASF's messages.
#[tokio::test]
async fn pause_stops_farming_and_resume_starts_it_again() {
    let t = start_alice_and_idle().await;
    online(&t, "Alice").await;
    farming(&t, "Alice").await;
    let total = cards_left;
    let client = t.client();
    let paused = client
        .bot_pause_post()
        .bot_names("Alice")
        .body(asf_ipc_generated::types::BotPauseRequest {
            permanent: true,
            resume_in_seconds: 0,
        })
        .send()
        .await
        .expect("pause")
        .into_inner();
    assert!(paused.success);
    assert_eq!(paused.message, "Automatic farming has paused!");
    let again = t
        .call(Method::POST, "/Api/Bot/Alice/Pause", Some(json!({})))
        .await;
    assert_eq!(
        again,
        (
            200,
            json!({"Message": "Automatic farming is paused already!", "Success": false})
        )
    );
    wait_for(5, "farming to stop", || async {
        let farmer = t.bots("Alice").await["Alice"]["CardsFarmer"].clone();
        (farmer["NowFarming"] == false && farmer["Paused"] == true).then_some(())
    })
    .await;
    let resumed = client
        .bot_resume_post()
        .bot_names("Alice")
        .send()
        .await
        .expect("resume")
        .into_inner();
    assert_eq!(
        (resumed.success, resumed.message.as_str()),
        (true, "Automatic farming has resumed!")
    );
    wait_for(5, "farming to resume", || async {
        let farmer = t.bots("Alice").await["Alice"]["CardsFarmer"].clone();
        (farmer["Paused"] == false && (farmer["NowFarming"] == true || total(&farmer) == 0))
            .then_some(())
    })
    .await;
}

/// `IPC/Controllers/Api/BotController.cs` `StopPost`/`StartPost`: KeepRunning and the
/// connection follow; a bot without a password, once started, waits for it.
#[tokio::test]
async fn stop_and_start_and_a_bot_without_password_waits() {
    let t = start_alice_and_idle().await;
    online(&t, "Alice").await;
    // Stop, start: KeepRunning and the connection follow.
    let stopped = t
        .call(Method::POST, "/api/bot/alice,Alice/stop", None)
        .await;
    assert_eq!(stopped, (200, json!({"Message": "Done!", "Success": true})));
    let bot = t.bots("Alice").await["Alice"].clone();
    assert_eq!(bot["KeepRunning"], false);
    wait_for(5, "logging off", || async {
        (t.bots("Alice").await["Alice"]["IsConnectedAndLoggedOn"] == false).then_some(())
    })
    .await;
    let stopped_again = t.call(Method::POST, "/Api/Bot/Alice/Stop", None).await;
    assert_eq!(
        stopped_again,
        (
            200,
            json!({"Message": "This bot has already stopped!", "Success": false})
        )
    );
    let started = t.call(Method::POST, "/Api/Bot/Alice/Start", None).await;
    assert_eq!(started, (200, json!({"Message": "Done!", "Success": true})));
    online(&t, "Alice").await;
    let both = t.call(Method::POST, "/Api/Bot/ASF/Start", None).await;
    assert_eq!(
        both,
        (
            200,
            json!({"Message": "This bot is already running!\nDone!", "Success": false})
        ),
        "one line per bot, in name order"
    );

    // A bot without a password waits for it.
    let idle = wait_for(5, "Idle to ask for input", || async {
        let bot = t.bots("Idle").await["Idle"].clone();
        (bot["RequiredInput"] == 2).then_some(bot)
    })
    .await;
    assert_eq!(idle["KeepRunning"], true);
    assert_eq!(idle["IsConnectedAndLoggedOn"], false);
}

#[tokio::test]
async fn the_simulation_is_reproducible() {
    let first = TestServer::start_with_bots(|dir| write_bot(dir, "A", farming_bot("same"))).await;
    let second = TestServer::start_with_bots(|dir| write_bot(dir, "B", farming_bot("same"))).await;
    let other = TestServer::start_with_bots(|dir| write_bot(dir, "C", farming_bot("other"))).await;
    let a = online(&first, "A").await;
    let b = online(&second, "B").await;
    let c = online(&other, "C").await;
    for field in [
        "SteamID",
        "Nickname",
        "AvatarHash",
        "WalletBalance",
        "WalletCurrency",
    ] {
        assert_eq!(a[field], b[field], "{field} follows from seed and login");
    }
    assert_ne!(a["SteamID"], c["SteamID"]);
    let games = |bot: &Value| {
        bot["CardsFarmer"]["GamesToFarm"]
            .as_array()
            .expect("games")
            .iter()
            .map(|g| g["AppID"].clone())
            .collect::<Vec<_>>()
    };
    let a_games = wait_for(5, "a library", || async {
        let bot = first.bots("A").await["A"].clone();
        let g = games(&bot);
        (!g.is_empty()).then_some(g)
    })
    .await;
    let b_games = wait_for(5, "a library", || async {
        let bot = second.bots("B").await["B"].clone();
        let g = games(&bot);
        (!g.is_empty()).then_some(g)
    })
    .await;
    assert_eq!(
        a_games.first(),
        b_games.first(),
        "the same library, in the same order"
    );
}

#[tokio::test]
async fn selectors_resolve_like_asf() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "alpha", farming_bot("alpha"));
        write_bot(dir, "bravo", json!({}));
        write_bot(dir, "charlie", json!({}));
        write_bot(dir, "delta", json!({}));
    })
    .await;
    let alpha = online(&t, "alpha").await;
    let names = |v: Value| -> Vec<String> {
        v.as_object()
            .expect("map")
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    let cases: &[(&str, &[&str])] = &[
        ("ASF", &["alpha", "bravo", "charlie", "delta"]),
        ("asf", &["alpha", "bravo", "charlie", "delta"]),
        ("@all", &["alpha", "bravo", "charlie", "delta"]),
        ("@ONLINE", &["alpha"]),
        ("@offline", &["bravo", "charlie", "delta"]),
        ("bravo..charlie", &["bravo", "charlie"]),
        ("charlie..", &["charlie", "delta"]),
        ("..bravo", &["alpha", "bravo"]),
        ("delta..alpha", &[]),
        ("r!^[bc]", &["bravo", "charlie"]),
        ("R!a$", &["alpha", "delta"]),
        ("alpha,delta,nobody,,", &["alpha", "delta"]),
        ("Alpha", &[]),
        ("nobody", &[]),
    ];
    for (selector, expected) in cases {
        let encoded = selector.replace('!', "%21");
        assert_eq!(names(t.bots(&encoded).await), *expected, "{selector}");
    }
    let steam_id = alpha["s_SteamID"].as_str().expect("id").to_string();
    assert_eq!(names(t.bots(&steam_id).await), ["alpha"], "by SteamID");
    assert_eq!(
        names(t.bots(&format!("{steam_id}..charlie")).await),
        ["alpha", "bravo", "charlie"],
        "a SteamID starts a range"
    );

    // Invalid patterns: GET's own 400; oversized ones are refused the same way.
    for pattern in ["r!(", "r!a{99999999}", &format!("r!{}", "a".repeat(5000))] {
        let (status, body) = t
            .call(
                Method::GET,
                &format!(
                    "/Api/Bot/{}",
                    pattern.replace('{', "%7B").replace('}', "%7D")
                ),
                None,
            )
            .await;
        assert_eq!(status, 400, "{pattern}");
        assert_eq!(
            body,
            json!({"Message": "bots is invalid!", "Success": false})
        );
    }
    let (status, body) = t.call(Method::POST, "/Api/Bot/r!(/Start", None).await;
    assert_eq!(
        (status, body["Message"].clone()),
        (400, json!("Couldn't find any bot named r!(!"))
    );

    // No match on an action: ASF's 400 naming the selector as given.
    let (status, body) = t
        .call(Method::POST, "/Api/Bot/nobody,ghost/Pause", Some(json!({})))
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"Message": "Couldn't find any bot named nobody,ghost!", "Success": false})
    );

    // A thousand names in one selector (as many as fit in a request line): answered quickly.
    let many: Vec<String> = (0..1_000).map(|i| format!("b{i}")).collect();
    let selector = format!("{},bravo", many.join(","));
    let started = std::time::Instant::now();
    assert_eq!(names(t.bots(&selector).await), ["bravo"]);
    let (status, _) = t
        .call(
            Method::POST,
            &format!("/Api/Bot/{}/Resume", many.join(",")),
            None,
        )
        .await;
    assert_eq!(status, 400);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// The bot's config file as stored after a `POST /Api/Bot/{name}`.
fn stored(dir: &std::path::Path, name: &str) -> Value {
    let bytes = std::fs::read(dir.join(format!("{name}.json"))).expect("file");
    serde_json::from_slice(&bytes).expect("json")
}

/// `IPC/Controllers/Api/BotController.cs` `BotPost`: the file is written as ASF writes it (no
/// twins, no defaults, tabs), and the answer hides the secrets.
#[tokio::test]
async fn bot_post_writes_the_file_as_asf_does() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let dir = t.dir.path().join("config");
    let client = t.client();

    // Create through the generated client, with the string twin ASF-ui sends.
    let config = asf_ipc_generated::types::BotConfig {
        steam_login: Some("carol".into()),
        steam_password: Some("hunter2".into()),
        s_steam_master_clan_id: Some("103582791429521412".into()),
        ..Default::default()
    };
    let created = client
        .bot_post()
        .bot_names("Carol")
        .body(asf_ipc_generated::types::BotRequest { bot_config: config })
        .send()
        .await
        .expect("POST /Api/Bot/Carol")
        .into_inner();
    assert!(created.success);
    assert!(created.result.expect("result")["Carol"]);
    let file = stored(&dir, "Carol");
    assert_eq!(file["SteamLogin"], "carol");
    assert_eq!(file["SteamPassword"], "hunter2");
    assert_eq!(file["SteamMasterClanID"], 103582791429521412u64);
    assert!(
        file.get("s_SteamMasterClanID").is_none(),
        "twins are not stored"
    );
    assert!(file.get("Enabled").is_none(), "defaults are not stored");
    let text = std::fs::read_to_string(dir.join("Carol.json")).expect("file");
    assert!(text.contains("\n\t\""), "tab-indented like ASF: {text}");
    let carol = t.bots("Carol").await["Carol"].clone();
    assert_eq!(
        carol["BotConfig"]["s_SteamMasterClanID"],
        "103582791429521412"
    );
    assert!(carol["BotConfig"].get("SteamLogin").is_none());
}

/// `IPC/Controllers/Api/BotController.cs` `BotPost`: an edit keeps the unknown properties and
/// the secrets it does not mention; a secret mentioned as null is cleared.
#[tokio::test]
async fn bot_post_inherits_unmentioned_secrets_and_clears_null_ones() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let dir = t.dir.path().join("config");

    // A file with an unknown property, then an edit that mentions no secret: all kept.
    std::fs::write(
        dir.join("Carol.json"),
        "{\"SteamLogin\":\"carol\",\"SteamPassword\":\"hunter2\",\"SteamParentalCode\":\"1234\",\"FutureOption\":[1,2]}",
    )
    .expect("hand edit");
    wait_for(5, "the edit to load", || async {
        let bot = t.bots("Carol").await["Carol"].clone();
        (bot["BotConfig"]["FutureOption"] == json!([1, 2])).then_some(())
    })
    .await;
    let (status, body) = t
        .call(
            Method::POST,
            "/api/bot/Carol",
            Some(json!({"botConfig": {"enabled": false, "GamesPlayedWhileIdle": [730]}})),
        )
        .await;
    assert_eq!(
        (status, body["Success"].clone()),
        (200, json!(true)),
        "{body}"
    );
    let file = stored(&dir, "Carol");
    assert_eq!(file["SteamLogin"], "carol");
    assert_eq!(file["SteamPassword"], "hunter2");
    assert_eq!(file["SteamParentalCode"], "1234");
    assert_eq!(file["FutureOption"], json!([1, 2]));
    assert_eq!(file["GamesPlayedWhileIdle"], json!([730]));

    // Mentioning a secret as null clears it.
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Carol",
            Some(json!({"BotConfig": {"SteamPassword": null}})),
        )
        .await;
    assert_eq!(status, 200);
    let file = stored(&dir, "Carol");
    assert!(file.get("SteamPassword").is_none());
    assert_eq!(file["SteamLogin"], "carol");
}

/// `IPC/Controllers/Api/BotController.cs` `BotPost`: several names at once.
#[tokio::test]
async fn bot_post_creates_several_bots_at_once() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let dir = t.dir.path().join("config");
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Dan,Eve",
            Some(json!({"BotConfig": {}})),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["Result"], json!({"Dan": true, "Eve": true}));
    assert!(dir.join("Dan.json").exists() && dir.join("Eve.json").exists());
}

/// `IPC/Controllers/Api/BotController.cs` `BotPost`: validation first, then names; a bad name
/// (or dot segment) writes nothing anywhere, a `%2F` stays in the name.
#[tokio::test]
async fn bot_post_refuses_bad_names_and_writes_nothing() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let dir = t.dir.path().join("config");
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/ASF",
            Some(json!({"BotConfig": {"SteamTradeToken": "short"}})),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Message"],
        "The field SteamTradeToken must be a string or array type with a minimum length of '8'."
    );
    for bad in ["ASF", "asf", ".hidden", "..%2Fescape", "a%5Cb", "Good,ASF"] {
        let (status, body) = t
            .call(
                Method::POST,
                &format!("/Api/Bot/{bad}"),
                Some(json!({"BotConfig": {}})),
            )
            .await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert_eq!(body["Message"], "botNames is invalid!", "{bad}");
    }
    // Kestrel leaves `%2F` in a route value: these are names of their own, with files
    // directly in config/ (ASP.NET's router, as `fidelity_behaviour` pins it).
    for literal in ["a%2Fb", "%2Ftmp%2Fabs"] {
        let (status, body) = t
            .call(
                Method::POST,
                &format!("/Api/Bot/{literal}"),
                Some(json!({"BotConfig": {}})),
            )
            .await;
        assert_eq!(status, 200, "{literal}: {body}");
        assert!(dir.join(format!("{literal}.json")).exists(), "{literal}");
    }
    // Dot segments, which URL libraries resolve before sending, as raw requests: resolved
    // like ASP.NET does, they name no route.
    for bad in ["..", "%2E%2E", "%2e.", "x/..", "."] {
        let answer = common::raw(
            t.addr(),
            &format!(
                "POST /Api/Bot/{bad} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{{\"BotConfig\":{{}}}}"
            ),
        )
        .await;
        assert!(
            answer.starts_with("HTTP/1.1 404") || answer.starts_with("HTTP/1.1 405"),
            "{bad}: {answer}"
        );
    }
    assert!(!t.dir.path().join("escape.json").exists());
    assert!(!t.dir.path().join(".json").exists());
    assert!(
        !dir.join("Good.json").exists(),
        "nothing written when any name is bad"
    );
}

/// `IPC/Controllers/Api/BotController.cs` `BotPost`: a value of the wrong type or range, or no
/// `BotConfig`, is refused and writes nothing.
#[tokio::test]
async fn bot_post_refuses_bad_values_and_writes_nothing() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let dir = t.dir.path().join("config");
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/X",
            Some(json!({"BotConfig": {"Enabled": "yes"}})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Success"], false);
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/X",
            Some(json!({"BotConfig": {"HoursUntilCardDrops": 300}})),
        )
        .await;
    assert_eq!(status, 400, "a byte property refuses 300");
    let (status, _) = t.call(Method::POST, "/Api/Bot/X", Some(json!({}))).await;
    assert_eq!(status, 400, "BotConfig is required");
    assert!(!dir.join("X.json").exists());
}

#[tokio::test]
async fn two_writers_racing_on_one_bot_leave_one_whole_file() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let mut tasks = Vec::new();
    for writer in 0..2u32 {
        let url = t.url("/Api/Bot/Race");
        tasks.push(tokio::spawn(async move {
            for i in 0..25u32 {
                let body = json!({"BotConfig": {"GamesPlayedWhileIdle": [writer * 1000 + i + 1], "SteamLogin": format!("writer{writer}")}});
                let response = common::http().post(&url).json(&body).send().await.expect("POST");
                assert_eq!(response.status(), 200);
            }
        }));
    }
    for task in tasks {
        task.await.expect("writer");
    }
    let text = std::fs::read_to_string(t.dir.path().join("config/Race.json")).expect("file");
    let file: Value = serde_json::from_str(&text).expect("a whole JSON file");
    let game = file["GamesPlayedWhileIdle"][0].as_u64().expect("game");
    let writer = file["SteamLogin"].as_str().expect("login");
    assert!(
        (game == 25 && writer == "writer0") || (game == 1025 && writer == "writer1"),
        "the last write of one writer, whole: {text}"
    );
    assert!(!t.dir.path().join("config/Race.json.new").exists());
    wait_for(5, "the bot to match its file", || async {
        let bot = t.bots("Race").await["Race"].clone();
        (bot["BotConfig"]["GamesPlayedWhileIdle"][0] == game).then_some(())
    })
    .await;
}

#[tokio::test]
async fn delete_and_rename_move_every_file() {
    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "Old", farming_bot("old"));
        write_bot(dir, "Other", json!({}));
        for ext in ["db", "keys.used", "maFile"] {
            std::fs::write(dir.join(format!("config/Old.{ext}")), "{}").expect("file");
        }
    })
    .await;
    let dir = t.dir.path().join("config");
    online(&t, "Old").await;

    for (new_name, expected) in [
        ("Other", "NewName is invalid!"),
        ("ASF", "NewName is invalid!"),
        ("../x", "NewName is invalid!"),
        (".x", "NewName is invalid!"),
    ] {
        let (status, body) = t
            .call(
                Method::POST,
                "/Api/Bot/Old/Rename",
                Some(json!({"NewName": new_name})),
            )
            .await;
        assert_eq!(
            (status, body["Message"].as_str()),
            (400, Some(expected)),
            "{new_name}"
        );
    }
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Ghost/Rename",
            Some(json!({"NewName": "Fresh"})),
        )
        .await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("Couldn't find any bot named Ghost!"))
    );
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/Bot/Old/Rename",
            Some(json!({"NewName": ""})),
        )
        .await;
    assert_eq!(status, 400);

    let renamed = t
        .client()
        .bot_rename_post()
        .bot_name("Old")
        .body(asf_ipc_generated::types::BotRenameRequest {
            new_name: "New".into(),
        })
        .send()
        .await
        .expect("rename")
        .into_inner();
    assert!(renamed.success);
    for ext in ["json", "db", "keys.used", "maFile"] {
        assert!(!dir.join(format!("Old.{ext}")).exists(), "Old.{ext} moved");
        assert!(dir.join(format!("New.{ext}")).exists(), "New.{ext} exists");
    }
    let all = t.bots("ASF").await;
    assert!(all.get("Old").is_none());
    assert!(all.get("New").is_some());
    online(&t, "New").await;

    let deleted = t
        .client()
        .bot_delete()
        .bot_names("New")
        .send()
        .await
        .expect("delete")
        .into_inner();
    assert!(deleted.success);
    for ext in ["json", "db", "keys.used", "maFile"] {
        assert!(
            !dir.join(format!("New.{ext}")).exists(),
            "New.{ext} deleted"
        );
    }
    assert!(t.bots("ASF").await.get("New").is_none());
    assert!(dir.join("Other.json").exists(), "other bots untouched");
    let (status, body) = t.call(Method::DELETE, "/Api/Bot/New", None).await;
    assert_eq!(
        (status, body["Message"].as_str()),
        (400, Some("Couldn't find any bot named New!"))
    );
}

#[tokio::test]
async fn hand_edits_of_the_config_directory_are_applied() {
    let t = TestServer::start_with_bots(|_| {}).await;
    let dir = t.dir.path().join("config");
    assert_eq!(t.bots("ASF").await, json!({}));

    // Appears.
    write_bot(t.dir.path(), "Hand", farming_bot("hand"));
    let started = std::time::Instant::now();
    online(&t, "Hand").await;
    assert!(started.elapsed() < std::time::Duration::from_secs(3));

    // A broken save is ignored; the bot keeps running as it was.
    std::fs::write(dir.join("Hand.json"), "{\"Enabled\": tr").expect("broken");
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let bot = t.bots("Hand").await["Hand"].clone();
    assert_eq!(bot["KeepRunning"], true);
    assert_eq!(bot["BotConfig"]["Enabled"], true);

    // Reconfigured: disabling stops it.
    std::fs::write(
        dir.join("Hand.json"),
        "{\n// comments and trailing commas, as ASF reads them\n\"Enabled\": false, \"SteamLogin\": \"hand\",\n}",
    )
    .expect("edit");
    wait_for(5, "the bot to stop", || async {
        let bot = t.bots("Hand").await["Hand"].clone();
        (bot["KeepRunning"] == false && bot["IsConnectedAndLoggedOn"] == false).then_some(())
    })
    .await;

    // Renamed by hand: moves.
    std::fs::rename(dir.join("Hand.json"), dir.join("Moved.json")).expect("rename");
    wait_for(5, "the bot to move", || async {
        let all = t.bots("ASF").await;
        (all.get("Hand").is_none() && all.get("Moved").is_some()).then_some(())
    })
    .await;

    // Deleted by hand: disappears.
    std::fs::remove_file(dir.join("Moved.json")).expect("delete");
    wait_for(5, "the bot to disappear", || async {
        (t.bots("ASF").await == json!({})).then_some(())
    })
    .await;
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/BotController.cs` and `ASFController.cs` (their
/// `POST` only writes the file; `ASF.cs` applies it from the watcher, which
/// `--no-config-watch` turns off): hand edits and the API's own writes wait for a restart.
#[tokio::test]
async fn without_config_watch_hand_edits_wait_for_a_restart() {
    let t = TestServer::start_custom(
        |_| {},
        |o| {
            common::fast_steam(o);
            o.config_watch = false;
        },
        common::loopback_ephemeral(),
    )
    .await;
    write_bot(t.dir.path(), "Later", json!({}));
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(t.bots("ASF").await, json!({}));
    // The API's own writes only write the file, as in ASF.
    let (status, _) = t
        .call(Method::POST, "/Api/Bot/Now", Some(json!({"BotConfig": {}})))
        .await;
    assert_eq!(status, 200);
    assert!(t.dir.path().join("config/Now.json").is_file());
    let (status, _) = t
        .call(
            Method::POST,
            "/Api/ASF",
            Some(json!({"GlobalConfig": {"ConnectionTimeout": 77}})),
        )
        .await;
    assert_eq!(status, 200);
    let written = std::fs::read_to_string(t.dir.path().join("config/ASF.json")).expect("ASF.json");
    assert!(written.contains("77"), "{written}");
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(t.bots("ASF").await, json!({}));
    let asf = t.request(Method::GET, "/Api/ASF").expect(200).await;
    assert_ne!(asf["Result"]["GlobalConfig"]["ConnectionTimeout"], 77);
}

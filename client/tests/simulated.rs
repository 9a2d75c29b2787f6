//! `SimulatedServer` (feature `simulated-server`): a server started from a scenario value hands
//! back a connected client that sees the stated world.
#![cfg(feature = "simulated-server")]

use asf_ipc_client::{SimulatedServer, SimulatedServerError};
use serde_json::json;

#[tokio::test]
async fn a_scenario_value_starts_a_server_and_hands_back_a_connected_client() {
    let scenario = json!({"accounts": {"dashboard": {
        "wallet": {"currency": "KWD", "balance": 1234},
        "logOn": "AccountLogonDenied"
    }}});
    let bots = [(
        "Main".to_string(),
        json!({"Enabled": true, "SteamLogin": "dashboard", "SteamPassword": "secret"}),
    )];
    let server = SimulatedServer::start(&scenario, bots, 3600.0)
        .await
        .expect("the server starts");
    let client = server.client();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let bots = client.bots("Main").await.expect("GET /Api/Bot/Main");
        // The scenario's logon asks for a Steam Guard code (EUserInputType 3).
        if bots["Main"].required_input.0 == 3 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{bots:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(server.dir().join("config/Main.json").exists());

    let refused = SimulatedServer::start(&json!({"accounts": {"a": {"steamId": "x"}}}), [], 1.0)
        .await
        .err()
        .expect("an invalid scenario is refused");
    assert!(matches!(refused, SimulatedServerError::Scenario(_)));
    assert_eq!(
        refused.to_string(),
        "the scenario is invalid: accounts.a.steamId: expected an integer"
    );
}

//! Query and route values read as ASP.NET's model binders read them (`SimpleTypeModelBinder`
//! with `BooleanConverter` and `Int32Converter`/`UInt32Converter`/`UInt64Converter` under the
//! invariant culture) for the parameters of ASF's controllers.

use asf_ipc_test_support as common;

use common::{TestServer, http};
use serde_json::{Value, json};

async fn get(t: &TestServer, path: &str) -> (u16, Value) {
    let response = http().get(t.url(path)).send().await.expect("GET");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

async fn post(t: &TestServer, path: &str) -> (u16, Value) {
    let response = http().post(t.url(path)).send().await.expect("POST");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

fn refusal(message: &str) -> (u16, Value) {
    (400, json!({"Message": message, "Success": false}))
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs` (`[FromQuery] int count`,
/// `int lastAt`) and `PluginsController.cs` (`[FromQuery] bool official`, `bool custom`):
/// white space, any case, a sign and hexadecimal as the converters take them; what they refuse
/// in ASP.NET's words.
#[tokio::test]
async fn query_values_as_asp_net_binds_them() {
    let t = TestServer::start().await;
    let lines = |body: &Value| body["Result"]["Content"].as_array().map(Vec::len);
    for query in [
        "count=2",
        "count=%202%20",
        "count=+2",
        "count=0x2",
        "count=%26h2",
        "count=%232",
    ] {
        let (status, body) = get(&t, &format!("/Api/NLog/File?{query}")).await;
        assert_eq!((status, lines(&body)), (200, Some(2)), "{query}: {body}");
    }
    // `lastAt` read as hexadecimal: the page ends before line 2, so it holds lines 0 and 1.
    let (_, decimal) = get(&t, "/Api/NLog/File?count=5&lastAt=2").await;
    let (_, hex) = get(&t, "/Api/NLog/File?count=5&lastAt=0X2").await;
    assert_eq!(decimal, hex);
    assert_eq!(lines(&hex), Some(2));
    // The converter's value reaches ASF's own check.
    assert_eq!(
        get(&t, "/Api/NLog/File?count=0xFFFFFFFF").await,
        refusal("count is invalid!"),
        "-1 in two's complement"
    );
    for (query, message) in [
        ("count=abc", "The value 'abc' is not valid."),
        ("count=1.5", "The value '1.5' is not valid."),
        ("count=2147483648", "The value '2147483648' is not valid."),
        ("count=", "The value '' is invalid."),
        ("count", "The value '' is invalid."),
        ("count=%20", "The value ' ' is invalid."),
        ("count=0x-1", "The input was not valid."),
        ("lastAt=x&count=2", "The value 'x' is not valid."),
    ] {
        assert_eq!(
            get(&t, &format!("/Api/NLog/File?{query}")).await,
            refusal(message),
            "{query}"
        );
    }

    for query in [
        "official=False",
        "official=%20TRUE%20&custom=fAlSe",
        "CUSTOM=True",
    ] {
        let (status, body) = get(&t, &format!("/Api/Plugins?{query}")).await;
        assert_eq!(
            (status, &body["Success"]),
            (200, &json!(true)),
            "{query}: {body}"
        );
    }
    for (query, message) in [
        ("official=1", "The value '1' is not valid."),
        ("custom=yes", "The value 'yes' is not valid."),
        ("official=", "The value '' is invalid."),
    ] {
        assert_eq!(
            get(&t, &format!("/Api/Plugins?{query}")).await,
            refusal(message),
            "{query}"
        );
    }
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/BotController.cs` (`InventoryGet(string botNames,
/// uint appID, ulong contextID, …)`, `RedeemPointsPost(…, uint definitionID, [FromQuery] bool
/// forced)`): route values go through the same converters as query values.
#[tokio::test]
async fn route_values_and_forced_as_asp_net_binds_them() {
    let t = TestServer::start().await;
    let (status, plain) = get(&t, "/Api/Bot/Nobody/Inventory/753/6").await;
    assert_eq!(status, 400);
    for path in [
        "/Api/Bot/Nobody/Inventory/0x2F1/%206%20",
        "/Api/Bot/Nobody/Inventory/%232f1/+6",
    ] {
        assert_eq!(get(&t, path).await, (400, plain.clone()), "{path}");
    }
    assert_eq!(
        get(&t, "/Api/Bot/Nobody/Inventory/0x0/6").await,
        refusal("appID is invalid!")
    );
    assert_eq!(
        get(&t, "/Api/Bot/Nobody/Inventory/-1/6").await,
        refusal("The value '-1' is not valid.")
    );
    assert_eq!(
        get(&t, "/Api/Bot/Nobody/Inventory/1/0x10000000000000000").await,
        refusal("The value '0x10000000000000000' is not valid.")
    );

    let (status, plain) = post(&t, "/Api/Bot/Nobody/RedeemPoints/6?forced=true").await;
    assert_eq!(status, 400);
    for path in [
        "/Api/Bot/Nobody/RedeemPoints/0x6?forced=True",
        "/Api/Bot/Nobody/RedeemPoints/6?forced=%20FALSE%20",
    ] {
        assert_eq!(post(&t, path).await, (400, plain.clone()), "{path}");
    }
    assert_eq!(
        post(&t, "/Api/Bot/Nobody/RedeemPoints/%230").await,
        refusal("definitionID is invalid!")
    );
    assert_eq!(
        post(&t, "/Api/Bot/Nobody/RedeemPoints/6?forced=on").await,
        refusal("The value 'on' is not valid.")
    );
}

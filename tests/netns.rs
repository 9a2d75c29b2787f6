//! Real non-loopback clients: a network namespace joined to this one by a veth pair calls the
//! server from its own address. Needs root and iproute2; where the machine forbids network
//! namespaces the test says so and skips (under CI it fails).

use asf_ipc_test_support as common;

use std::net::SocketAddr;

use asf_ipc::KnownNetworks;
use asf_ipc::ListenConfig;
use common::TestServer;
use common::netns::Namespace;
use serde_json::{Value, json};

async fn start(ns: &Namespace, config: Value, known: &[&str]) -> TestServer {
    let listen = ListenConfig {
        known_networks: KnownNetworks::parse(known.iter().copied()).0,
        ..ListenConfig::http([SocketAddr::new(ns.host_ip, 0)])
    };
    TestServer::start_custom(common::write_global_config(config), |_| {}, listen).await
}

#[tokio::test(flavor = "multi_thread")]
async fn clients_from_another_network() {
    let ns = match Namespace::create() {
        Ok(ns) => ns,
        Err(e) => {
            return common::cannot_run(
                "clients_from_another_network",
                &format!("network namespaces are not available here ({e})"),
            );
        }
    };
    let refused_permanently = json!({"Result": {"Permanent": true, "StatusCode": 403},
                                     "Message": "Failed!", "Success": false});

    // No password, nobody known: the remote client is refused for good, and claiming to be
    // loopback through X-Forwarded-For does not help (the peer is no trusted proxy).
    let TestServer { server, .. } = start(&ns, json!({}), &[]).await;
    let url = format!("http://{}/Api/ASF", server.local_addrs()[0]);
    assert_eq!(ns.get(&url, &[]).await, (403, refused_permanently.clone()));
    assert_eq!(
        ns.get(&url, &[("X-Forwarded-For", "127.0.0.1")]).await,
        (403, refused_permanently.clone())
    );
    let (status, _) = ns
        .get(
            &format!("http://{}/HealthCheck", server.local_addrs()[0]),
            &[],
        )
        .await;
    assert_eq!(status, 200, "outside /Api nothing is checked");
    server.stop().await;

    // Its network is known: it gets in; as a trusted proxy, the address it forwards decides.
    let network = format!("{}/24", ns.peer_ip);
    let TestServer { server, .. } = start(&ns, json!({}), &[&network]).await;
    let url = format!("http://{}/Api/ASF", server.local_addrs()[0]);
    let (status, body) = ns.get(&url, &[]).await;
    assert_eq!((status, &body["Success"]), (200, &json!(true)));
    assert_eq!(
        ns.get(&url, &[("X-Forwarded-For", "192.0.2.9")]).await,
        (403, refused_permanently)
    );
    server.stop().await;

    // With a password the network does not matter; failures count against the peer.
    let TestServer { server, asf, .. } = start(&ns, json!({"IPCPassword": "pw"}), &[]).await;
    let url = format!("http://{}/Api/ASF", server.local_addrs()[0]);
    let (status, _) = ns.get(&url, &[("Authentication", "pw")]).await;
    assert_eq!(status, 200);
    for _ in 0..5 {
        let (status, _) = ns.get(&url, &[("Authentication", "nope")]).await;
        assert_eq!(status, 401);
    }
    let (status, body) = ns.get(&url, &[("Authentication", "pw")]).await;
    assert_eq!(status, 403);
    assert_eq!(body["Result"]["Permanent"], false);
    assert_eq!(asf.access().banned(), vec![ns.peer_ip]);
    server.stop().await;
}

//! Real non-loopback clients: a network namespace joined to this one by a veth pair calls the
//! server from its own address. Needs root and iproute2; where the machine forbids network
//! namespaces the test says so and skips.

mod common;

use std::net::{IpAddr, SocketAddr};
use std::process::Command;

use asf_ipc::core::access::KnownNetworks;
use asf_ipc::http::ListenConfig;
use common::TestServer;
use serde_json::{Value, json};

struct Namespace {
    name: String,
    host_link: String,
    host_ip: IpAddr,
    peer_ip: IpAddr,
}

fn ip(args: &[&str]) -> Result<(), String> {
    let out = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| format!("ip: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "ip {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl Namespace {
    fn create() -> Result<Self, String> {
        let id = std::process::id() % 200 + 20;
        let name = format!("asfipc{id}");
        let host_link = format!("asfh{id}");
        let peer_link = format!("asfp{id}");
        let host = format!("10.213.{id}.1");
        let peer = format!("10.213.{id}.2");
        let ns = Self {
            name: name.clone(),
            host_link: host_link.clone(),
            host_ip: host.parse().map_err(|_| "address")?,
            peer_ip: peer.parse().map_err(|_| "address")?,
        };
        // Leftovers of an aborted run would make the next steps fail.
        let _ = ip(&["netns", "del", &name]);
        let _ = ip(&["link", "del", &host_link]);
        ip(&["netns", "add", &name])?;
        ip(&[
            "link", "add", &host_link, "type", "veth", "peer", "name", &peer_link,
        ])?;
        ip(&["link", "set", &peer_link, "netns", &name])?;
        ip(&["addr", "add", &format!("{host}/24"), "dev", &host_link])?;
        ip(&["link", "set", &host_link, "up"])?;
        let inside = |args: &[&str]| {
            let mut all = vec!["netns", "exec", &name, "ip"];
            all.extend_from_slice(args);
            ip(&all)
        };
        inside(&["addr", "add", &format!("{peer}/24"), "dev", &peer_link])?;
        inside(&["link", "set", &peer_link, "up"])?;
        inside(&["link", "set", "lo", "up"])?;
        Ok(ns)
    }

    /// GET from inside the namespace; returns status and JSON body.
    async fn get(&self, url: &str, headers: &[(&str, &str)]) -> (u16, Value) {
        let mut cmd = tokio::process::Command::new("ip");
        cmd.args(["netns", "exec", &self.name, "curl", "-s", "-m", "10"]);
        for (k, v) in headers {
            cmd.arg("-H").arg(format!("{k}: {v}"));
        }
        cmd.args(["-w", "\n%{http_code}", url]);
        let out = cmd.output().await.expect("curl in the namespace");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (body, status) = text.rsplit_once('\n').unwrap_or(("", "0"));
        (
            status.trim().parse().unwrap_or(0),
            serde_json::from_str(body).unwrap_or(Value::Null),
        )
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        let _ = ip(&["link", "del", &self.host_link]);
        let _ = ip(&["netns", "del", &self.name]);
    }
}

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
            eprintln!("skipping: network namespaces are not available here ({e})");
            return;
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

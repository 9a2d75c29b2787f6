//! A network namespace joined to this one by a veth pair: a real non-loopback client with its
//! own address. Needs root and iproute2.

use std::net::IpAddr;
use std::process::Command;

use serde_json::Value;

pub struct Namespace {
    pub name: String,
    host_link: String,
    /// This side of the veth pair.
    pub host_ip: IpAddr,
    /// The namespace's own address.
    pub peer_ip: IpAddr,
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
    /// Creates a namespace of its own: up to ten per test process, each with its own names
    /// and subnet, so that tests in one process never share one.
    pub fn create() -> Result<Self, String> {
        static NEXT_SLOT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
        let slot = NEXT_SLOT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if slot > 9 {
            return Err("more than ten namespaces in one test process".to_string());
        }
        let id = std::process::id() % 200 + 20;
        let name = format!("asfipc{id}s{slot}");
        let host_link = format!("asfh{id}s{slot}");
        let peer_link = format!("asfp{id}s{slot}");
        let net = 213 + u32::from(slot.min(9));
        let host = format!("10.{net}.{id}.1");
        let peer = format!("10.{net}.{id}.2");
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

    /// GET with curl from inside the namespace; returns status and JSON body.
    pub async fn get(&self, url: &str, headers: &[(&str, &str)]) -> (u16, Value) {
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

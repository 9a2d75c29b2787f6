//! The client and asfctl over HTTPS with a self-signed certificate.

use std::process::Stdio;

use asf_ipc_client::{AsfClient, Error};
use asf_ipc_test_support::{SelfSigned, TestServer, write_config};
use futures_util::StreamExt;
use serde_json::json;

const PASSWORD: &str = "tls secret";

async fn https_server() -> (TestServer, SelfSigned) {
    let mut certificate = None;
    let server = TestServer::start_from_ipc_config(|dir| {
        std::fs::create_dir_all(dir.join("tls")).expect("tls dir");
        certificate = Some(SelfSigned::create(&dir.join("tls")));
        write_config(dir, "ASF.json", &json!({ "IPCPassword": PASSWORD }));
        write_config(
            dir,
            "IPC.config",
            &json!({ "Kestrel": { "Endpoints": { "HTTPS": {
                "Url": "https://127.0.0.1:0",
                "Certificate": { "Path": "tls/cert.pem", "KeyPath": "tls/key.pem" }
            } } } }),
        );
    })
    .await;
    (server, certificate.expect("certificate"))
}

fn base(server: &TestServer, host: &str) -> String {
    format!("https://{host}:{}", server.addr().port())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn self_signed_certificate_trusted_explicitly() {
    let (server, certificate) = https_server().await;
    for host in ["127.0.0.1", "localhost"] {
        let asf = AsfClient::builder(base(&server, host))
            .password(PASSWORD)
            .ca_certificate_file(&certificate.cert)
            .build()
            .expect("client");
        assert_eq!(asf.asf_info().await.expect("over HTTPS").version, "6.3.9.6");

        // The log websocket over TLS (wss://), password in the query.
        server.log_marker(&format!("over wss to {host}"));
        let mut log = asf.log_stream().await.expect("wss");
        let wanted = format!("Marker() over wss to {host}");
        loop {
            let line = log.next().await.expect("open").expect("line");
            if line.text == wanted {
                break;
            }
        }
        log.close().await.expect("close");
    }

    // PEM given as bytes works the same.
    let pem = std::fs::read(&certificate.cert).expect("pem");
    let asf = AsfClient::builder(base(&server, "localhost"))
        .password(PASSWORD)
        .ca_certificate_pem(pem)
        .build()
        .expect("client");
    assert!(asf.bots("ASF").await.expect("bots").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_certificate_is_refused_unless_explicitly_accepted() {
    let (server, _certificate) = https_server().await;
    let strict = AsfClient::builder(base(&server, "127.0.0.1"))
        .password(PASSWORD)
        .build()
        .expect("client");
    let error = strict.asf_info().await.expect_err("untrusted certificate");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(
        error.to_string().to_lowercase().contains("certificate"),
        "{error}"
    );
    let error = strict.log_stream().await.expect_err("untrusted on wss too");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");

    let careless = AsfClient::builder(base(&server, "127.0.0.1"))
        .password(PASSWORD)
        .danger_accept_invalid_certificates_and_expose_the_password()
        .build()
        .expect("client");
    assert!(careless.asf_info().await.is_ok());
    let mut log = careless
        .log_stream()
        .await
        .expect("wss without verification");
    assert!(log.next().await.expect("a line").is_ok());

    // A PEM file without a certificate is refused when building.
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("empty.pem"), "nothing").expect("write");
    let error = AsfClient::builder(base(&server, "127.0.0.1"))
        .ca_certificate_file(dir.path().join("empty.pem"))
        .build()
        .expect_err("no certificate");
    assert!(
        error.to_string().contains("holds no PEM certificate"),
        "{error}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asfctl_with_a_ca_certificate() {
    let (server, certificate) = https_server().await;
    let asfctl = |args: &[&str]| {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_asfctl"));
        command
            .env("ASF_IPC_URL", base(&server, "localhost"))
            .env("ASF_IPC_PASSWORD", PASSWORD)
            .args(args)
            .stdin(Stdio::null());
        command
    };
    let trusted = asfctl(&[
        "--ca-cert",
        certificate.cert.to_str().expect("path"),
        "status",
    ])
    .output()
    .await
    .expect("asfctl");
    assert!(trusted.status.success(), "{trusted:?}");
    assert!(String::from_utf8_lossy(&trusted.stdout).starts_with("Version     6.3.9.6\n"));

    let untrusted = asfctl(&["status"]).output().await.expect("asfctl");
    assert_eq!(untrusted.status.code(), Some(1), "{untrusted:?}");
    assert!(String::from_utf8_lossy(&untrusted.stderr).contains("cannot reach the server"));

    let insecure = asfctl(&["--insecure-accept-invalid-certs", "status"])
        .output()
        .await
        .expect("asfctl");
    assert!(insecure.status.success(), "{insecure:?}");
    assert!(String::from_utf8_lossy(&insecure.stderr).contains("not verified"));
}

//! Certificate paths that are not certificates, against the real binary: a FIFO, `/dev/zero`
//! and a file over the size cap are refused at once, each with one error line naming its
//! endpoint, while the plain HTTP endpoint beside it keeps serving; fixing `IPC.config` or the
//! file itself brings the HTTPS listener back.

use asf_ipc_test_support as common;

use std::path::Path;
use std::time::Duration;

use common::budget::{Budget, Limits};
use common::instance::{Instance, TestCertificate, free_port, listening_on, write_ipc_config};
use serde_json::{Value, json};

const READY: &str = "|INFO|ASF|StartInternally() IPC server ready!";
const CERTIFICATE_ERROR: &str = "|ERROR|ASF|StartInternally() Certificate of endpoint secure";

fn config(plain: u16, secure: u16, certificate: &str) -> Value {
    json!({ "Kestrel": { "Endpoints": {
        "plain": { "Url": format!("http://127.0.0.1:{plain}") },
        "secure": {
            "Url": format!("https://127.0.0.1:{secure}"),
            "Certificate": { "Path": certificate, "Password": TestCertificate::PFX_PASSWORD }
        }
    } } })
}

fn make_fifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: `name` is a NUL-terminated path that outlives the call.
    let made = unsafe { libc::mkfifo(name.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo {}", path.display());
}

async fn plain_answers(port: u16) {
    let response = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
        .get(format!("http://127.0.0.1:{port}/Api/ASF"))
        .send()
        .await
        .expect("the plain endpoint answers");
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn an_unreadable_certificate_costs_only_its_endpoint_until_fixed() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let fifo = dir.path().join("tls/fifo.pfx");
    make_fifo(&fifo);
    let (plain, secure) = (free_port(), free_port());

    // A FIFO nobody writes to: refused without waiting for a writer.
    write_ipc_config(dir.path(), &config(plain, secure, "tls/fifo.pfx"));
    let instance = Instance::spawn(dir.path(), &[]);
    let error = instance.wait_line(0, CERTIFICATE_ERROR, 30).await;
    assert!(error.contains("fifo.pfx is not a regular file"), "{error}");
    assert!(
        error.contains(&format!("https://127.0.0.1:{secure}")),
        "{error}"
    );
    instance.wait_line(0, READY, 30).await;
    plain_answers(plain).await;
    assert!(listening_on(secure).is_empty(), "no HTTPS listener");

    // /dev/zero: refused without reading, so memory stays where it was.
    let ((), used) = Budget::of(instance.pid())
        .measure(async {
            let mark = instance.mark();
            write_ipc_config(dir.path(), &config(plain, secure, "/dev/zero"));
            let error = instance.wait_line(mark, CERTIFICATE_ERROR, 30).await;
            assert!(error.contains("/dev/zero is not a regular file"), "{error}");
            instance.wait_line(mark, READY, 30).await;
            plain_answers(plain).await;
        })
        .await;
    used.assert_within(Limits::rss_mib(32));

    // A 4 GiB file (sparse): refused by its size.
    let big = dir.path().join("tls/big.pfx");
    std::fs::File::create(&big)
        .expect("create")
        .set_len(4 << 30)
        .expect("sparse 4 GiB");
    let mark = instance.mark();
    write_ipc_config(dir.path(), &config(plain, secure, "tls/big.pfx"));
    let error = instance.wait_line(mark, CERTIFICATE_ERROR, 30).await;
    assert!(error.contains("big.pfx is larger than 1024 KiB"), "{error}");
    instance.wait_line(mark, READY, 30).await;
    plain_answers(plain).await;
    assert!(listening_on(secure).is_empty());

    // Fixing the file itself (IPC.config unchanged) brings the HTTPS listener back.
    let mark = instance.mark();
    let pfx = std::fs::read(&cert.pfx).expect("pfx");
    let replacement = dir.path().join("tls/.big.pfx.new");
    std::fs::write(&replacement, pfx).expect("write");
    std::fs::rename(&replacement, &big).expect("replace");
    instance.wait_line(mark, READY, 30).await;
    let response = cert
        .client()
        .get(format!("https://127.0.0.1:{secure}/Api/ASF"))
        .send()
        .await
        .expect("HTTPS is back");
    assert_eq!(response.status(), 200);
    plain_answers(plain).await;
    assert!(
        !instance.lines()[mark..]
            .iter()
            .any(|l| l.contains("|ERROR|")),
        "{:?}",
        &instance.lines()[mark..]
    );
}

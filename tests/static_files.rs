//! Static hosting outside `/Api`: the built-in UI, a `www/` of the user's, default documents,
//! caching headers and conditional requests, ranges, the SPA fallback, and path traversal
//! attempts through raw HTTP.

use asf_ipc_test_support as common;

use std::path::Path;

use common::{TestServer, http, raw};
use reqwest::StatusCode;

fn repo_www(path: &str) -> Vec<u8> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("www").join(path);
    std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Every file under the repository's `www/`, as a path relative to it.
fn www_files() -> Vec<String> {
    fn walk(root: &Path, dir: &Path, files: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read www") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, files);
            } else if let Ok(relative) = path.strip_prefix(root) {
                files.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    assert!(!files.is_empty(), "www/ has files");
    files.sort();
    files
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("{name} header missing"))
}

/// A working directory with its own `www/`: pages, a subdirectory, a file of unknown type,
/// a hidden file, symlinks inside and outside, and a secret next to (not inside) the root.
fn user_www(dir: &Path) {
    let www = dir.join("www");
    std::fs::create_dir_all(www.join("sub")).expect("www/sub");
    std::fs::write(www.join("index.html"), "<!doctype html><p>my own UI</p>\n").expect("index");
    std::fs::write(www.join("sub/index.html"), "<p>sub page</p>").expect("sub index");
    std::fs::write(www.join("notes.txt"), "0123456789abcdefghij").expect("notes");
    std::fs::write(www.join("data.unknownext"), "opaque").expect("unknown");
    std::fs::write(www.join(".hidden.txt"), "hidden").expect("hidden");
    std::fs::write(dir.join("secret.txt"), "TOP-SECRET-MARKER").expect("secret");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("../secret.txt", www.join("escape.txt")).expect("symlink");
        std::os::unix::fs::symlink("..", www.join("up")).expect("symlink dir");
        std::os::unix::fs::symlink("notes.txt", www.join("alias.txt")).expect("symlink in");
    }
}

#[tokio::test]
async fn built_in_ui_is_served_byte_exact_with_asf_caching() {
    let server = TestServer::start().await;
    let client = http();

    let index = client.get(server.url("/")).send().await.expect("GET /");
    assert_eq!(index.status(), StatusCode::OK);
    assert_eq!(header(&index, "content-type"), "text/html");
    assert_eq!(header(&index, "cache-control"), "no-cache, public");
    assert_eq!(header(&index, "accept-ranges"), "bytes");
    let etag = header(&index, "etag").to_string();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    assert_eq!(
        index.bytes().await.expect("body").as_ref(),
        repo_www("index.html")
    );

    // Every file of the repository's www/ comes back exactly, with its type.
    for path in www_files() {
        let path = path.as_str();
        let response = client
            .get(server.url(&format!("/{path}")))
            .send()
            .await
            .expect("GET file");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let content_type = header(&response, "content-type").to_string();
        let cache = header(&response, "cache-control").to_string();
        let expected_type = match path.rsplit('.').next() {
            Some("html") => "text/html",
            Some("css") => "text/css",
            Some("js") => "text/javascript",
            Some("svg") => "image/svg+xml",
            other => panic!("unexpected file type {other:?} in www/"),
        };
        assert_eq!(content_type, expected_type, "{path}");
        if path.ends_with(".js") || path.ends_with(".css") {
            assert_eq!(cache, "no-cache, no-transform, public", "{path}");
        } else {
            assert_eq!(cache, "no-cache, public", "{path}");
        }
        assert_eq!(
            response.bytes().await.expect("body").as_ref(),
            repo_www(path),
            "{path} differs from www/{path}"
        );
    }

    // The default document by its own name, and HEAD with the length but no body.
    let named = client
        .get(server.url("/index.html"))
        .send()
        .await
        .expect("GET");
    assert_eq!(header(&named, "etag"), etag);
    let head = client.head(server.url("/")).send().await.expect("HEAD /");
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(
        header(&head, "content-length"),
        repo_www("index.html").len().to_string()
    );
    assert!(head.bytes().await.expect("body").is_empty());
}

#[tokio::test]
async fn etags_answer_conditional_requests() {
    let server = TestServer::start().await;
    let client = http();
    let first = client
        .get(server.url("/css/app.css"))
        .send()
        .await
        .expect("GET");
    let etag = header(&first, "etag").to_string();

    let revalidated = client
        .get(server.url("/css/app.css"))
        .header("If-None-Match", &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header(&revalidated, "etag"), etag);
    assert_eq!(
        header(&revalidated, "cache-control"),
        "no-cache, no-transform, public"
    );
    assert!(revalidated.bytes().await.expect("body").is_empty());

    for list in [format!("\"other\", W/{etag}"), "*".to_string()] {
        let weak = client
            .get(server.url("/css/app.css"))
            .header("If-None-Match", list.as_str())
            .send()
            .await
            .expect("GET");
        assert_eq!(weak.status(), StatusCode::NOT_MODIFIED, "{list}");
    }

    let changed = client
        .get(server.url("/css/app.css"))
        .header("If-None-Match", "\"something-else\"")
        .send()
        .await
        .expect("GET");
    assert_eq!(changed.status(), StatusCode::OK);
    assert_eq!(
        changed.bytes().await.expect("body").as_ref(),
        repo_www("css/app.css")
    );

    // If-Match with another tag fails the precondition (and is not turned into a page).
    let failed = client
        .get(server.url("/css/app.css"))
        .header("If-Match", "\"something-else\"")
        .send()
        .await
        .expect("GET");
    assert_eq!(failed.status(), StatusCode::PRECONDITION_FAILED);
    assert!(failed.bytes().await.expect("body").is_empty());
    let matched = client
        .get(server.url("/css/app.css"))
        .header("If-Match", &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(matched.status(), StatusCode::OK);
}

#[tokio::test]
async fn deep_links_get_the_ui_with_their_status_and_api_errors_never_do() {
    let server = TestServer::start().await;
    let client = http();
    let index = repo_www("index.html");

    for path in [
        "/bots",
        "/bot/Main/config",
        "/swagger/nothing-here",
        "/x.unknownext",
    ] {
        let response = client.get(server.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(header(&response, "content-type"), "text/html", "{path}");
        assert_eq!(
            response.bytes().await.expect("body").as_ref(),
            index,
            "{path}"
        );
    }
    let head = client.head(server.url("/bots")).send().await.expect("HEAD");
    assert_eq!(head.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&head, "content-length"), index.len().to_string());

    // Other methods, and everything under /Api, stay empty 404s.
    let post = client.post(server.url("/bots")).send().await.expect("POST");
    assert_eq!(post.status(), StatusCode::NOT_FOUND);
    assert!(post.bytes().await.expect("body").is_empty());
    for path in ["/Api/NoSuchThing", "/api/bot/x/nothing", "/%41pi/Nothing"] {
        let api = client.get(server.url(path)).send().await.expect("GET");
        assert_eq!(api.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(api.bytes().await.expect("body").is_empty(), "{path}");
    }
    // Pages outside /Api never ask for the password.
    let protected = TestServer::start_with_config(serde_json::json!({"IPCPassword": "pw"})).await;
    let page = client.get(protected.url("/")).send().await.expect("GET");
    assert_eq!(page.status(), StatusCode::OK);
    let api = client
        .get(protected.url("/Api/ASF"))
        .send()
        .await
        .expect("GET");
    assert_eq!(api.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_www_directory_in_the_working_directory_replaces_the_built_in_ui() {
    let server = TestServer::start_with(user_www).await;
    let client = http();

    let index = client.get(server.url("/")).send().await.expect("GET /");
    assert_eq!(index.status(), StatusCode::OK);
    let modified = header(&index, "last-modified").to_string();
    let etag = header(&index, "etag").to_string();
    assert!(modified.ends_with(" GMT"), "{modified}");
    assert_eq!(
        index.text().await.expect("body"),
        "<!doctype html><p>my own UI</p>\n"
    );

    // Last-Modified revalidation, and an edit changes the tag.
    let not_modified = client
        .get(server.url("/"))
        .header("If-Modified-Since", &modified)
        .send()
        .await
        .expect("GET");
    assert_eq!(not_modified.status(), StatusCode::NOT_MODIFIED);
    std::fs::write(
        server.dir.path().join("www/index.html"),
        "<!doctype html><p>edited, and longer</p>\n",
    )
    .expect("edit");
    let edited = client
        .get(server.url("/"))
        .header("If-None-Match", &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(edited.status(), StatusCode::OK);
    assert_ne!(header(&edited, "etag"), etag);
    assert_eq!(
        edited.text().await.expect("body"),
        "<!doctype html><p>edited, and longer</p>\n"
    );

    // A directory: redirected to its slash form, then its default document.
    let redirect = client
        .get(server.url("/sub?x=1"))
        .send()
        .await
        .expect("GET");
    assert_eq!(redirect.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(header(&redirect, "location"), "sub/?x=1");
    let sub = client.get(server.url("/sub/")).send().await.expect("GET");
    assert_eq!(sub.text().await.expect("body"), "<p>sub page</p>");

    let notes = client
        .get(server.url("/notes.txt"))
        .send()
        .await
        .expect("GET");
    assert_eq!(header(&notes, "content-type"), "text/plain");
    assert_eq!(notes.text().await.expect("body"), "0123456789abcdefghij");
    let alias = client
        .get(server.url("/alias.txt"))
        .send()
        .await
        .expect("GET");
    assert_eq!(
        alias.status(),
        StatusCode::OK,
        "a symlink inside the root works"
    );

    // Unknown types and hidden files are not served: the fallback page answers.
    for path in ["/data.unknownext", "/.hidden.txt", "/%2ehidden.txt"] {
        let response = client.get(server.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            response.text().await.expect("body"),
            "<!doctype html><p>edited, and longer</p>\n",
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_ui_is_served_under_a_path_base_too() {
    let listen = asf_ipc::ListenConfig {
        path_base: Some("/ASF".to_string()),
        ..common::loopback_ephemeral()
    };
    let server = TestServer::start_custom(|_| {}, |_| {}, listen).await;
    let client = http();
    // With the prefix (any case) and, as ASP.NET's UsePathBase allows, without it.
    for (path, file) in [
        ("/ASF/", "index.html"),
        ("/asf/js/main.js", "js/main.js"),
        ("/ASF/css/app.css", "css/app.css"),
        ("/js/api.js", "js/api.js"),
    ] {
        let response = client.get(server.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            response.bytes().await.expect("body").as_ref(),
            repo_www(file),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_www_without_index_has_no_fallback_page() {
    let server = TestServer::start_with(|dir| {
        std::fs::create_dir_all(dir.join("www")).expect("www");
        std::fs::write(dir.join("www/page.html"), "page").expect("page");
    })
    .await;
    let client = http();
    let root = client.get(server.url("/")).send().await.expect("GET");
    assert_eq!(root.status(), StatusCode::NOT_FOUND);
    assert!(root.bytes().await.expect("body").is_empty());
    let page = client
        .get(server.url("/page.html"))
        .send()
        .await
        .expect("GET");
    assert_eq!(page.text().await.expect("body"), "page");
}

#[tokio::test]
async fn single_byte_ranges_are_served() {
    let server = TestServer::start_with(user_www).await;
    let client = http();
    let get = |range: &'static str| {
        client
            .get(server.url("/notes.txt"))
            .header("Range", range)
            .send()
    };

    let first = get("bytes=0-9").await.expect("GET");
    assert_eq!(first.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(header(&first, "content-range"), "bytes 0-9/20");
    assert_eq!(first.text().await.expect("body"), "0123456789");

    let suffix = get("bytes=-5").await.expect("GET");
    assert_eq!(header(&suffix, "content-range"), "bytes 15-19/20");
    assert_eq!(suffix.text().await.expect("body"), "fghij");

    let open = get("bytes=18-").await.expect("GET");
    assert_eq!(open.text().await.expect("body"), "ij");

    let beyond = get("bytes=20-").await.expect("GET");
    assert_eq!(beyond.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(header(&beyond, "content-range"), "bytes */20");

    let several = get("bytes=0-1,4-5").await.expect("GET");
    assert_eq!(several.status(), StatusCode::OK);
    assert_eq!(several.text().await.expect("body"), "0123456789abcdefghij");

    // A stale If-Range means the whole, current file.
    let stale = client
        .get(server.url("/notes.txt"))
        .header("Range", "bytes=0-1")
        .header("If-Range", "\"stale\"")
        .send()
        .await
        .expect("GET");
    assert_eq!(stale.status(), StatusCode::OK);
}

#[tokio::test]
async fn no_request_reaches_outside_the_web_root() {
    let server = TestServer::start_with(user_www).await;
    let absolute = server.dir.path().join("secret.txt");
    let absolute = absolute.to_string_lossy();
    let host = server.addr();
    let targets = [
        "/../secret.txt".to_string(),
        "/../../../../../../etc/passwd".to_string(),
        "/%2e%2e/secret.txt".to_string(),
        "/%2E%2E/secret.txt".to_string(),
        "/.%2e/secret.txt".to_string(),
        "/sub/%2e%2e/%2e%2e/secret.txt".to_string(),
        "/..%2fsecret.txt".to_string(),
        "/%2e%2e%2fsecret.txt".to_string(),
        "/sub%2f..%2f..%2fsecret.txt".to_string(),
        "/%252e%252e/secret.txt".to_string(),
        "/..\\secret.txt".to_string(),
        "/..%5csecret.txt".to_string(),
        "/sub/..%5c..%5csecret.txt".to_string(),
        "/%5c..%5csecret.txt".to_string(),
        format!("/{absolute}"),
        format!("/{}", absolute.replace('/', "%2f")),
        "//etc/passwd".to_string(),
        "/%2fetc%2fpasswd".to_string(),
        "/escape.txt".to_string(),
        "/up/secret.txt".to_string(),
        "/up/www/../secret.txt".to_string(),
        "/up/".to_string(),
        "/%00/../secret.txt".to_string(),
        format!("http://{host}/../secret.txt"),
    ];
    for target in &targets {
        let request = format!("GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        let answer = raw(server.addr(), &request).await;
        let status = answer.lines().next().unwrap_or_default().to_string();
        assert!(
            !answer.contains("TOP-SECRET-MARKER") && !answer.contains("root:x:0:0"),
            "{target} leaked a file outside the web root: {status}"
        );
        assert!(
            status.starts_with("HTTP/1.1 404") || status.starts_with("HTTP/1.1 400"),
            "{target}: {status}"
        );
    }
    // Control: the same raw requests do reach files that are inside.
    let inside = raw(
        server.addr(),
        &format!("GET /sub/%2e%2e/notes.txt HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    )
    .await;
    assert!(inside.starts_with("HTTP/1.1 200"), "{inside}");
    assert!(inside.ends_with("0123456789abcdefghij"), "{inside}");
}

//! Static files outside `/Api`, hosted as ASF hosts its web UI.
//!
//! The web root is `www/` under the working directory when that directory exists when the
//! server starts (so a user can drop in another UI, e.g. ASF-ui's `dist/`), otherwise the
//! default UI built into the binary. Default documents, `Cache-Control`, `ETag`,
//! `Last-Modified`, conditional requests, single byte ranges and the SPA fallback (a failed
//! `GET` outside `/Api` is answered with `index.html` under the original status) follow
//! ASP.NET's static-file middleware as ASF configures it. The bundled plugins' files (the
//! Monitoring plugin's `grafana-dashboard.json`) are served at `/` before the web root,
//! whichever it is, as ASF serves each `IWebInterface` plugin's `www/` before its own.
//!
//! Nothing outside the web root is ever served: every path segment is percent-decoded and
//! refused when it contains a separator (`/`, `\`), NUL, or starts with a dot (which covers
//! `..` and, as in ASP.NET, hidden files), and a file on disk is served only when its
//! canonical path (symlinks resolved) still lies inside the canonical web root.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Body, Frame};
use percent_encoding::percent_decode_str;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

use crate::http::body::{BoxError, ProxyBody, empty};
use crate::http::default_ui;

/// ASP.NET's default documents, in the order it tries them.
const DEFAULT_DOCUMENTS: &[&str] = &["default.htm", "default.html", "index.htm", "index.html"];
/// The bundled plugins' `www/` files, at web path `/`: path below it, content.
const PLUGIN_FILES: &[(&str, &[u8])] = &[(
    "grafana-dashboard.json",
    include_bytes!("monitoring_plugin/grafana-dashboard.json"),
)];
/// Bytes read from disk per body frame.
const CHUNK: u64 = 64 * 1024;

/// Marks a response the static files answered for good (`412`, `416`): the SPA fallback
/// must not turn it into `index.html`.
#[derive(Clone, Copy)]
struct FinalAnswer;

/// Where static files come from.
pub(crate) struct WebRoot {
    source: Source,
    /// Found before anything of `source`.
    plugin_files: Vec<EmbeddedFile>,
}

enum Source {
    /// `www/` under the working directory, canonicalised.
    Directory(PathBuf),
    /// The default UI compiled into the binary.
    Embedded(Vec<EmbeddedFile>),
}

struct EmbeddedFile {
    path: &'static str,
    data: &'static [u8],
    etag: String,
}

/// A file found for a request.
struct Found {
    name: String,
    len: u64,
    etag: String,
    last_modified: Option<SystemTime>,
    content: Content,
}

enum Content {
    Static(&'static [u8]),
    Disk(PathBuf),
}

/// What a request path resolves to.
enum Resolved {
    File(Found),
    /// A directory with a default document, asked for without the trailing slash.
    AddSlash(String),
    NotFound,
}

impl WebRoot {
    /// `<working_dir>/www` when it is a directory, else the built-in UI.
    pub(crate) fn open(working_dir: &Path) -> Self {
        let custom = working_dir.join("www");
        if custom.is_dir()
            && let Ok(canonical) = custom.canonicalize()
        {
            return Self::of(Source::Directory(canonical));
        }
        Self::built_in()
    }

    /// The default UI compiled into the binary.
    pub(crate) fn built_in() -> Self {
        Self::of(Source::Embedded(embed(default_ui::FILES)))
    }

    fn of(source: Source) -> Self {
        Self {
            source,
            plugin_files: embed(PLUGIN_FILES),
        }
    }

    /// Answers a request for `path` (PathBase already removed, still percent-encoded).
    /// Anything that is not a servable file is an empty `404`.
    pub(crate) async fn serve<B>(&self, req: &Request<B>, path: &str) -> Response<ProxyBody> {
        let method = req.method();
        if method != Method::GET && method != Method::HEAD {
            return empty(StatusCode::NOT_FOUND);
        }
        let Some((segments, trailing_slash)) = segments(path) else {
            return empty(StatusCode::NOT_FOUND);
        };
        match self.resolve(&segments, trailing_slash).await {
            Resolved::File(found) => match content_type(&found.name) {
                Some(mime) => respond(req, found, mime).await,
                // ASP.NET serves no file whose type it does not know.
                None => empty(StatusCode::NOT_FOUND),
            },
            Resolved::AddSlash(last) => {
                // Relative, so that it also works under a PathBase or a proxy prefix.
                let location = match req.uri().query() {
                    Some(query) => format!("{last}/?{query}"),
                    None => format!("{last}/"),
                };
                let mut response = empty(StatusCode::MOVED_PERMANENTLY);
                if let Ok(location) = HeaderValue::from_str(&location) {
                    response.headers_mut().insert(header::LOCATION, location);
                }
                response
            }
            Resolved::NotFound => empty(StatusCode::NOT_FOUND),
        }
    }

    /// ASF's SPA fallback: a `GET` or `HEAD` outside `/Api` that failed (400–599) without a
    /// body is answered with the root's default document, keeping the failure's status, so
    /// deep links of a single-page app load the app. Conditional and range headers are not
    /// applied to it (a cached 404 must never be revalidated into an empty page).
    pub(crate) async fn status_page(
        &self,
        method: &Method,
        response: Response<ProxyBody>,
    ) -> Response<ProxyBody> {
        let status = response.status();
        let failed = status.is_client_error() || status.is_server_error();
        if !failed
            || response.body().size_hint().exact() != Some(0)
            || response.extensions().get::<FinalAnswer>().is_some()
            || (method != Method::GET && method != Method::HEAD)
        {
            return response;
        }
        let Some(found) = self.default_document(&[]).await else {
            return response;
        };
        let Some(mime) = content_type(&found.name) else {
            return response;
        };
        let mut page = match body_of(&found, 0, found.len, method == Method::HEAD).await {
            Ok(body) => Response::new(body),
            Err(_) => return response,
        };
        *page.status_mut() = status;
        let headers = page.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(found.len));
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control(&found.name)),
        );
        page
    }

    async fn resolve(&self, segments: &[String], trailing_slash: bool) -> Resolved {
        if segments.is_empty() || trailing_slash {
            return match self.default_document(segments).await {
                Some(found) => Resolved::File(found),
                None => Resolved::NotFound,
            };
        }
        if let Some(found) = self.file(segments).await {
            return Resolved::File(found);
        }
        match (self.default_document(segments).await, segments.last()) {
            (Some(_), Some(last)) => Resolved::AddSlash(last.clone()),
            _ => Resolved::NotFound,
        }
    }

    /// The first default document in the directory `segments`.
    async fn default_document(&self, segments: &[String]) -> Option<Found> {
        for document in DEFAULT_DOCUMENTS {
            let mut path = segments.to_vec();
            path.push((*document).to_string());
            if let Some(found) = self.file(&path).await {
                return Some(found);
            }
        }
        None
    }

    /// A regular file at `segments`, if the root has one.
    async fn file(&self, segments: &[String]) -> Option<Found> {
        let name = segments.last()?.clone();
        if let Some(found) = embedded(&self.plugin_files, segments) {
            return Some(found);
        }
        match &self.source {
            Source::Embedded(files) => embedded(files, segments),
            Source::Directory(root) => {
                let candidate = segments.iter().fold(root.clone(), |p, s| p.join(s));
                // Symlinks are followed, but only to places inside the web root.
                let canonical = tokio::fs::canonicalize(&candidate).await.ok()?;
                if !canonical.starts_with(root) {
                    return None;
                }
                let metadata = tokio::fs::metadata(&canonical).await.ok()?;
                if !metadata.is_file() {
                    return None;
                }
                let modified = metadata.modified().ok().map(whole_seconds);
                Some(Found {
                    name,
                    len: metadata.len(),
                    etag: disk_etag(metadata.len(), modified),
                    last_modified: modified,
                    content: Content::Disk(canonical),
                })
            }
        }
    }
}

fn embed(files: &[(&'static str, &'static [u8])]) -> Vec<EmbeddedFile> {
    files
        .iter()
        .map(|(path, data)| EmbeddedFile {
            path,
            data,
            etag: content_etag(data),
        })
        .collect()
}

/// The file of `files` at `segments`, if there is one.
fn embedded(files: &[EmbeddedFile], segments: &[String]) -> Option<Found> {
    let wanted = segments.join("/");
    let file = files.iter().find(|f| f.path == wanted)?;
    Some(Found {
        name: segments.last()?.clone(),
        len: file.data.len() as u64,
        etag: file.etag.clone(),
        last_modified: None,
        content: Content::Static(file.data),
    })
}

/// The decoded segments of `path` and whether it ends with a slash; `None` when a segment
/// could reach outside the directory it names (or is hidden).
fn segments(path: &str) -> Option<(Vec<String>, bool)> {
    let trailing_slash = path.len() > 1 && path.ends_with('/');
    let mut out = Vec::new();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        let decoded = percent_decode_str(raw).decode_utf8().ok()?;
        if decoded.starts_with('.')
            || decoded.contains(['/', '\\', '\0'])
            || decoded.chars().any(char::is_control)
        {
            return None;
        }
        out.push(decoded.into_owned());
    }
    Some((out, trailing_slash))
}

/// The content type ASP.NET's extension table gives the file; `None` means "do not serve".
fn content_type(name: &str) -> Option<&'static str> {
    let (_, extension) = name.rsplit_once('.')?;
    let extension = extension.to_ascii_lowercase();
    Some(match extension.as_str() {
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "txt" => "text/plain",
        "webmanifest" => "application/manifest+json",
        _ => return mime_guess::from_ext(&extension).first_raw(),
    })
}

/// ASF's caching policy: always revalidate; scripts and styles must not be transformed by
/// proxies (subresource integrity).
fn cache_control(name: &str) -> &'static str {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match extension.as_deref() {
        Some("css" | "js") => "no-cache, no-transform, public",
        _ => "no-cache, public",
    }
}

fn content_etag(data: &[u8]) -> String {
    let digest = Sha256::digest(data);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Like ASP.NET: derived from the length and the modification time.
fn disk_etag(len: u64, modified: Option<SystemTime>) -> String {
    let nanos = modified
        .and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64);
    format!("\"{:x}\"", nanos ^ len)
}

/// HTTP dates have whole seconds; comparisons must too.
fn whole_seconds(time: SystemTime) -> SystemTime {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(d.as_secs()),
        Err(_) => time,
    }
}

fn http_date(time: SystemTime) -> String {
    DateTime::<Utc>::from(time)
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string()
}

fn parse_http_date(text: &str) -> Option<SystemTime> {
    DateTime::parse_from_rfc2822(text.trim())
        .ok()
        .map(SystemTime::from)
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Whether an `If-Match` / `If-None-Match` list names `etag` (`*` names every file).
fn etag_listed(list: &str, etag: &str, weak: bool) -> bool {
    list.split(',').map(str::trim).any(|candidate| {
        if candidate == "*" {
            return true;
        }
        match candidate.strip_prefix("W/") {
            Some(stripped) => weak && stripped == etag,
            None => candidate == etag,
        }
    })
}

/// What the request's preconditions decide (RFC 9110 §13.2.2, as ASP.NET evaluates them).
enum Precondition {
    Proceed,
    NotModified,
    Failed,
}

fn precondition(headers: &HeaderMap, found: &Found) -> Precondition {
    if let Some(list) = header_text(headers, header::IF_MATCH) {
        if !etag_listed(list, &found.etag, false) {
            return Precondition::Failed;
        }
    } else if let (Some(since), Some(modified)) = (
        header_text(headers, header::IF_UNMODIFIED_SINCE).and_then(parse_http_date),
        found.last_modified,
    ) && modified > since
    {
        return Precondition::Failed;
    }
    if let Some(list) = header_text(headers, header::IF_NONE_MATCH) {
        if etag_listed(list, &found.etag, true) {
            return Precondition::NotModified;
        }
    } else if let (Some(since), Some(modified)) = (
        header_text(headers, header::IF_MODIFIED_SINCE).and_then(parse_http_date),
        found.last_modified,
    ) && modified <= since
    {
        return Precondition::NotModified;
    }
    Precondition::Proceed
}

/// The single byte range asked for, if it applies; `Err` when it cannot be satisfied.
/// Several ranges, malformed ones and a stale `If-Range` mean the whole file.
fn requested_range(headers: &HeaderMap, found: &Found) -> Result<Option<(u64, u64)>, ()> {
    let Some(range) = header_text(headers, header::RANGE) else {
        return Ok(None);
    };
    if let Some(validator) = header_text(headers, header::IF_RANGE) {
        let fresh = if validator.trim_start().starts_with('"') {
            validator.trim() == found.etag
        } else {
            parse_http_date(validator).is_some()
                && parse_http_date(validator) == found.last_modified
        };
        if !fresh {
            return Ok(None);
        }
    }
    let Some(spec) = range.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let Some((start, end)) = spec.trim().split_once('-') else {
        return Ok(None);
    };
    let len = found.len;
    let (start, end) = match (start.trim(), end.trim()) {
        ("", suffix) => {
            let Ok(suffix) = suffix.parse::<u64>() else {
                return Ok(None);
            };
            if suffix == 0 || len == 0 {
                return Err(());
            }
            (len.saturating_sub(suffix), len - 1)
        }
        (start, end) => {
            let Ok(start) = start.parse::<u64>() else {
                return Ok(None);
            };
            let end = if end.is_empty() {
                u64::MAX
            } else {
                match end.parse::<u64>() {
                    Ok(end) if end >= start => end,
                    _ => return Ok(None),
                }
            };
            if start >= len {
                return Err(());
            }
            (start, end.min(len - 1))
        }
    };
    Ok(Some((start, end)))
}

async fn respond<B>(req: &Request<B>, found: Found, mime: &'static str) -> Response<ProxyBody> {
    let head = req.method() == Method::HEAD;
    let mut response = match precondition(req.headers(), &found) {
        Precondition::Failed => {
            let mut response = empty(StatusCode::PRECONDITION_FAILED);
            response.extensions_mut().insert(FinalAnswer);
            return response;
        }
        Precondition::NotModified => empty(StatusCode::NOT_MODIFIED),
        Precondition::Proceed => {
            let range = if head {
                Ok(None)
            } else {
                requested_range(req.headers(), &found)
            };
            match range {
                Err(()) => {
                    let mut response = empty(StatusCode::RANGE_NOT_SATISFIABLE);
                    if let Ok(value) = HeaderValue::from_str(&format!("bytes */{}", found.len)) {
                        response.headers_mut().insert(header::CONTENT_RANGE, value);
                    }
                    response.extensions_mut().insert(FinalAnswer);
                    return response;
                }
                Ok(Some((start, end))) => {
                    let len = end - start + 1;
                    let Ok(body) = body_of(&found, start, len, false).await else {
                        return empty(StatusCode::NOT_FOUND);
                    };
                    let mut response = Response::new(body);
                    *response.status_mut() = StatusCode::PARTIAL_CONTENT;
                    let headers = response.headers_mut();
                    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
                    if let Ok(value) =
                        HeaderValue::from_str(&format!("bytes {start}-{end}/{}", found.len))
                    {
                        headers.insert(header::CONTENT_RANGE, value);
                    }
                    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
                    response
                }
                Ok(None) => {
                    let Ok(body) = body_of(&found, 0, found.len, head).await else {
                        return empty(StatusCode::NOT_FOUND);
                    };
                    let mut response = Response::new(body);
                    let headers = response.headers_mut();
                    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(found.len));
                    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
                    response
                }
            }
        }
    };
    let headers = response.headers_mut();
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(etag) = HeaderValue::from_str(&found.etag) {
        headers.insert(header::ETAG, etag);
    }
    if let Some(modified) = found.last_modified
        && let Ok(value) = HeaderValue::from_str(&http_date(modified))
    {
        headers.insert(header::LAST_MODIFIED, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control(&found.name)),
    );
    response
}

/// `len` bytes of the file from `start` (nothing for `HEAD`).
async fn body_of(found: &Found, start: u64, len: u64, head: bool) -> std::io::Result<ProxyBody> {
    if head {
        return Ok(empty(StatusCode::OK).into_body());
    }
    match &found.content {
        Content::Static(data) => {
            let start = usize::try_from(start).unwrap_or(usize::MAX).min(data.len());
            let end = usize::try_from(len)
                .map_or(data.len(), |len| start.saturating_add(len))
                .min(data.len());
            Ok(Full::new(Bytes::from_static(&data[start..end]))
                .map_err(|e| match e {})
                .boxed())
        }
        Content::Disk(path) => {
            let mut file = tokio::fs::File::open(path).await?;
            if start > 0 {
                file.seek(std::io::SeekFrom::Start(start)).await?;
            }
            Ok(file_body(file, len))
        }
    }
}

/// Streams `len` bytes of `file` in chunks, so large files never sit in memory whole.
fn file_body(file: tokio::fs::File, len: u64) -> ProxyBody {
    let frames = futures::stream::unfold((file, len), |(mut file, left)| async move {
        if left == 0 {
            return None;
        }
        let mut buffer = vec![0; left.min(CHUNK) as usize];
        match file.read(&mut buffer).await {
            // The file shrank since its length was sent; the connection ends short.
            Ok(0) => None,
            Ok(read) => {
                buffer.truncate(read);
                let frame: Result<Frame<Bytes>, BoxError> = Ok(Frame::data(Bytes::from(buffer)));
                Some((frame, (file, left - read as u64)))
            }
            Err(e) => Some((Err(BoxError::from(e)), (file, 0))),
        }
    });
    BodyExt::boxed(StreamBody::new(frames))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_refuse_every_way_out() {
        assert_eq!(segments("/"), Some((vec![], false)));
        assert_eq!(
            segments("/js/app.js"),
            Some((vec!["js".into(), "app.js".into()], false))
        );
        assert_eq!(segments("/js/"), Some((vec!["js".into()], true)));
        for bad in [
            "/..",
            "/%2e%2e/etc/passwd",
            "/%2E%2e",
            "/a%2f..%2f..%2fetc",
            "/a%5c..%5cb",
            "/..%5c..%5cetc",
            "/.git/config",
            "/%00",
            "/a%0ab",
            "/%ff",
        ] {
            assert_eq!(segments(bad), None, "{bad}");
        }
        // An absolute path in the URL is still relative to the web root.
        assert_eq!(
            segments("//etc/passwd"),
            Some((vec!["etc".into(), "passwd".into()], false))
        );
    }

    #[test]
    fn unknown_extensions_are_not_served() {
        assert_eq!(content_type("index.html"), Some("text/html"));
        assert_eq!(content_type("app.js"), Some("text/javascript"));
        assert_eq!(content_type("Makefile"), None);
        assert_eq!(content_type("x.unknownext"), None);
    }

    #[test]
    fn etag_lists_compare_as_http_says() {
        assert!(etag_listed("\"a\", \"b\"", "\"b\"", false));
        assert!(etag_listed("W/\"b\"", "\"b\"", true));
        assert!(!etag_listed("W/\"b\"", "\"b\"", false));
        assert!(etag_listed("*", "\"b\"", false));
        assert!(!etag_listed("\"c\"", "\"b\"", true));
    }
}

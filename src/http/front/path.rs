//! Path canonicalisation and PathBase: what the rest of the pipeline sees as the path.

use percent_encoding::percent_decode_str;

/// Resolves `.` and `..` segments (also percent-encoded ones) as Kestrel does before routing,
/// so `/Api/Bot/..` is `/Api` and no route value is ever a dot segment.
pub(super) fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for segment in path.split('/').skip(1) {
        match percent_decode_str(segment).decode_utf8_lossy().as_ref() {
            "." => {}
            ".." => {
                out.pop();
            }
            _ => out.push(segment),
        }
    }
    let mut resolved = String::with_capacity(path.len());
    for segment in out {
        resolved.push('/');
        resolved.push_str(segment);
    }
    if resolved.is_empty() {
        resolved.push('/');
    }
    resolved
}

/// Removes PathBase when the path starts with it (case-insensitively, at a segment boundary);
/// paths without it are served unchanged, as ASP.NET's `UsePathBase` does.
pub(super) fn strip_path_base<'a>(path: &'a str, base: Option<&str>) -> &'a str {
    let Some(base) = base else { return path };
    match path.get(..base.len()) {
        Some(head) if head.eq_ignore_ascii_case(base) => {
            let rest = &path[base.len()..];
            if rest.is_empty() {
                "/"
            } else if rest.starts_with('/') {
                rest
            } else {
                path
            }
        }
        _ => path,
    }
}
/// The first segment of `path`, percent-decoded as ASP.NET sees it (`/%41pi` is `/Api`).
pub(super) fn first_segment(path: &str) -> std::borrow::Cow<'_, str> {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    percent_decode_str(first).decode_utf8_lossy()
}

#[cfg(test)]
mod tests {
    use super::{remove_dot_segments, strip_path_base};

    #[test]
    fn dot_segments_are_resolved() {
        assert_eq!(remove_dot_segments("/Api/Bot/.."), "/Api");
        assert_eq!(remove_dot_segments("/Api/Bot/%2E%2E/Start"), "/Api/Start");
        assert_eq!(remove_dot_segments("/Api/./ASF/"), "/Api/ASF/");
        assert_eq!(remove_dot_segments("/../.."), "/");
        assert_eq!(remove_dot_segments("/Api/Bot/a..b"), "/Api/Bot/a..b");
    }

    #[test]
    fn path_base_is_optional_and_case_insensitive() {
        assert_eq!(strip_path_base("/ASF/Api/ASF", Some("/ASF")), "/Api/ASF");
        assert_eq!(strip_path_base("/asf/api/asf", Some("/ASF")), "/api/asf");
        assert_eq!(strip_path_base("/Api/ASF", Some("/ASF")), "/Api/ASF");
        assert_eq!(strip_path_base("/ASFX/Api", Some("/ASF")), "/ASFX/Api");
        assert_eq!(strip_path_base("/ASF", Some("/ASF")), "/");
    }
}

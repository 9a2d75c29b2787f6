//! Offline answers for `/Api/WWW/GitHub/*`. GitHub is out of reach, so the release routes
//! describe this build and the wiki routes serve a page generated from the config types'
//! own documentation, which is what the web UI's config editors read.

use std::collections::BTreeMap;

use crate::api::types::GitHubReleaseResponse;
use crate::core::config::{BotConfig, GlobalConfig};
use crate::core::process;

/// This build as a release.
pub(crate) fn this_release() -> GitHubReleaseResponse {
    GitHubReleaseResponse {
        changelog_html: format!(
            "<p>asf-ipc, compatible with ArchiSteamFarm V{}. Release notes are not available offline.</p>",
            process::ASF_VERSION
        ),
        released_at: "2026-01-01T00:00:00Z".to_string(),
        stable: true,
        version: process::ASF_VERSION.to_string(),
    }
}

/// `text` as .NET's `Version.TryParse` reads it: two to four components split on `.`, each an
/// `Int32` as `NumberStyles.Integer` allows it (white space around, a leading sign) and not
/// negative. `None` where it refuses.
pub(crate) fn parse_version(text: &str) -> Option<Vec<u32>> {
    let parts: Vec<&str> = text.split('.').collect();
    if !(2..=4).contains(&parts.len()) {
        return None;
    }
    parts.into_iter().map(parse_version_component).collect()
}

fn parse_version_component(part: &str) -> Option<u32> {
    // .NET's white space for number parsing: tab to carriage return, and space.
    let part = part.trim_matches(|c: char| matches!(c, '\t'..='\r' | ' '));
    let (negative, digits) = match part.as_bytes().first() {
        Some(b'-') => (true, &part[1..]),
        Some(b'+') => (false, &part[1..]),
        _ => (false, part),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = digits.parse::<i32>().ok()?;
    match (negative, value) {
        (false, value) => u32::try_from(value).ok(),
        (true, 0) => Some(0),
        (true, _) => None,
    }
}

/// Whether `text` names the release this server is compatible with.
pub(crate) fn is_this_release(text: &str) -> bool {
    parse_version(text).is_some_and(|v| parse_version(process::ASF_VERSION) == Some(v))
}

/// One revision, for any page.
pub(crate) fn wiki_history() -> BTreeMap<String, String> {
    BTreeMap::from([("local".to_string(), this_release().released_at)])
}

/// A wiki page: every config property with its description; `None` for an empty name.
pub(crate) fn wiki_page(page: &str) -> Option<String> {
    if page.trim().is_empty() {
        return None;
    }
    let mut html = format!("<h1>{}</h1>\n", escape(page));
    for (title, schema) in [
        ("Global config", schemars::schema_for!(GlobalConfig)),
        ("Bot config", schemars::schema_for!(BotConfig)),
    ] {
        html.push_str(&format!("<h2>{title}</h2>\n"));
        for (name, property) in &schema.schema.object.as_ref()?.properties {
            let description = match property {
                schemars::schema::Schema::Object(o) => o
                    .metadata
                    .as_ref()
                    .and_then(|m| m.description.clone())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            html.push_str(&format!(
                "<h3 id=\"{}\"><code>{}</code></h3>\n<p>{}</p>\n",
                name.to_lowercase(),
                escape(name),
                escape(&description)
            ));
        }
    }
    Some(html)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod version_tests {
    use super::parse_version;

    #[test]
    fn versions_are_read_as_dotnet_reads_them() {
        assert_eq!(parse_version("6.3.9.6"), Some(vec![6, 3, 9, 6]));
        assert_eq!(parse_version(" 6 .+3\t.-0"), Some(vec![6, 3, 0]));
        assert_eq!(parse_version("2147483647.0"), Some(vec![2_147_483_647, 0]));
        for refused in [
            "6",
            "1.2.3.4.5",
            "2147483648.0",
            "1.-1",
            "1.",
            ".1",
            "1. ",
            "1.0x1",
            "1.2e3",
            "1.\u{a0}2",
            "1.++2",
            "",
        ] {
            assert_eq!(parse_version(refused), None, "{refused:?}");
        }
    }
}

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

/// Whether `text` is a version `a.b[.c[.d]]`.
pub(crate) fn is_version(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    (2..=4).contains(&parts.len()) && parts.iter().all(|p| p.parse::<u32>().is_ok())
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

//! ASF's SteamTokenDumper plugin: with the owner's consent (`SteamTokenDumperPluginEnabled`, or
//! `SteamTokenDumperPlugin.Enabled`, in `ASF.json`) it collects the bots' app and package access
//! tokens and depot keys and submits them to SteamDB once a day.
//!
//! This build reaches no SteamDB server and the simulated network hands out no tokens: the
//! plugin reads its config properties and logs what ASF logs at start, `std` answers as ASF
//! does, and a submission finds nothing new to send (ASF then contacts no server either).

use std::time::Duration;

use serde_json::Value;

use crate::api::config::GlobalConfig;
use crate::api::plugins::SteamTokenDumperConfig;
use crate::core::texts::DONE;

/// The plugin's own name, which its log lines carry.
const PLUGIN: &str = "SteamTokenDumperPlugin";
/// `GlobalConfigExtension.SteamTokenDumperPluginEnabled`.
const ENABLED_PROPERTY: &str = "SteamTokenDumperPluginEnabled";
/// `GlobalConfigExtension.SteamTokenDumperPlugin`.
const CONFIG_PROPERTY: &str = "SteamTokenDumperPlugin";
/// The first submission comes this many minutes after the start, at random (ASF's bounds).
const FIRST_UPLOAD_MINUTES: std::ops::Range<u64> = 10..60;

/// The plugin's config as `ASF.json` sets it: `None` when it is not enabled. A property of the
/// wrong type disables the plugin, as in ASF (with the reason).
fn config_in_force(global: &GlobalConfig) -> Result<Option<SteamTokenDumperConfig>, String> {
    let mut config = match global.extra.get(CONFIG_PROPERTY) {
        None => None,
        Some(value) => Some(
            serde_json::from_value::<SteamTokenDumperConfig>(value.clone())
                .map_err(|e| format!("{CONFIG_PROPERTY}: {e}"))?,
        ),
    };
    let switched_on = matches!(global.extra.get(ENABLED_PROPERTY), Some(Value::Bool(true)));
    if switched_on {
        config
            .get_or_insert_with(SteamTokenDumperConfig::default)
            .enabled = true;
    }
    Ok(config)
}

/// Whether the owner enabled the plugin.
pub(crate) fn is_enabled(global: &GlobalConfig) -> bool {
    config_in_force(global).is_ok_and(|config| config.is_some_and(|c| c.enabled))
}

/// What ASF logs when the plugin starts: each line with its level (true: a warning).
pub(crate) fn start_lines(global: &GlobalConfig) -> Vec<(bool, String)> {
    let disabled = format!(
        "OnASFInit() {PLUGIN} is currently disabled according to your configuration. If you'd like to help SteamDB in data submission, please check out our wiki."
    );
    let config = match config_in_force(global) {
        Ok(Some(config)) => config,
        Ok(None) => return vec![(false, disabled)],
        Err(reason) => return vec![(true, format!("OnASFInit() {reason}")), (true, disabled)],
    };
    let mut lines = Vec::new();
    if !config.enabled {
        lines.push((false, disabled));
    }
    for (name, ids) in [
        ("SecretAppIDs", &config.secret_app_ids),
        ("SecretPackageIDs", &config.secret_package_ids),
        ("SecretDepotIDs", &config.secret_depot_ids),
    ] {
        if !ids.is_empty() {
            let set: std::collections::BTreeSet<u32> = ids.iter().copied().collect();
            let list: Vec<String> = set.iter().map(u32::to_string).collect();
            lines.push((
                false,
                format!(
                    "OnASFInit() {name} initialized, the plugin will not resolve any of those: {}.",
                    list.join(", ")
                ),
            ));
        }
    }
    if config.enabled {
        let minutes = rand::random_range(FIRST_UPLOAD_MINUTES);
        lines.push((
            false,
            format!(
                "OnASFInit() {PLUGIN} has been initialized successfully, thank you in advance for your help. The first submission will happen in approximately {}.",
                minutes_text(Duration::from_secs(minutes * 60))
            ),
        ));
    }
    lines
}

/// Whole minutes as ASF writes a time span of them.
fn minutes_text(span: Duration) -> String {
    match span.as_secs() / 60 {
        1 => "1 minute".to_string(),
        n => format!("{n} minutes"),
    }
}

/// `std`: ASF answers `Done!` and refreshes in the background; a submission with nothing
/// collected logs that there is nothing new ([`NOTHING_NEW`]) when the plugin is enabled.
pub(crate) fn refresh_manually(global: &GlobalConfig, log: &slog::Logger) -> String {
    if is_enabled(global) {
        slog::info!(log, "SubmitData() {NOTHING_NEW}");
    }
    DONE.to_string()
}

/// What a submission with nothing collected logs.
pub(crate) const NOTHING_NEW: &str = "There is no new data to submit, everything is up-to-date.";

#[cfg(test)]
mod tests {
    use super::*;

    fn global(extra: Value) -> GlobalConfig {
        let mut global = GlobalConfig::default();
        if let Value::Object(map) = extra {
            global.extra = map.into_iter().collect();
        }
        global
    }

    #[test]
    fn the_switch_or_the_config_enables_it() {
        assert!(!is_enabled(&global(serde_json::json!({}))));
        assert!(is_enabled(&global(
            serde_json::json!({"SteamTokenDumperPluginEnabled": true})
        )));
        assert!(is_enabled(&global(
            serde_json::json!({"SteamTokenDumperPlugin": {"Enabled": true}})
        )));
        assert!(!is_enabled(&global(
            serde_json::json!({"SteamTokenDumperPlugin": {"Enabled": "yes"}})
        )));
        let lines = start_lines(&global(serde_json::json!({
            "SteamTokenDumperPlugin": {"SecretAppIDs": [730, 440]}
        })));
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].1.ends_with("those: 440, 730."), "{lines:?}");
        assert_eq!(minutes_text(Duration::from_secs(60 * 37)), "37 minutes");
    }
}

//! The plugins this build contains, as ASF lists its loaded plugins.
//!
//! ASF loads plugins from assemblies; this build has ASF's official plugins compiled in: the
//! three that ASF's releases ship (their commands and routes are in the modules below) and the
//! Monitoring plugin, whose metrics `/Api/metrics` serves (see [`crate::core::metrics`]).

pub(crate) mod items_matcher;
pub(crate) mod mobile_authenticator;
pub(crate) mod steam_token_dumper;

use crate::core::Asf;
use crate::core::process::ASF_VERSION;

/// One loaded plugin.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plugin {
    /// The plugin's `Name` (ASF uses the class name).
    pub name: &'static str,
    /// The plugin's `Version`; ASF's official plugins carry ASF's.
    pub version: &'static str,
    /// One of ASF's own plugins rather than a third party's.
    pub official: bool,
}

/// Every plugin of this build, by name.
pub(crate) const PLUGINS: &[Plugin] = &[
    official("ItemsMatcherPlugin"),
    official("MobileAuthenticatorPlugin"),
    official("MonitoringPlugin"),
    official("SteamTokenDumperPlugin"),
];

/// One of ASF's own plugins: versioned like ASF.
const fn official(name: &'static str) -> Plugin {
    Plugin {
        name,
        version: ASF_VERSION,
        official: true,
    }
}

/// What the plugins do once the global config is read, before the bots start (ASF's
/// `OnASFInit`): they log how their properties of `ASF.json` set them up.
pub(crate) fn on_asf_init(asf: &Asf) {
    for (warning, line) in steam_token_dumper::start_lines(&asf.global_config()) {
        if warning {
            slog::warn!(asf.log(), "{line}");
        } else {
            slog::info!(asf.log(), "{line}");
        }
    }
}

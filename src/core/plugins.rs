//! The plugins this build contains, as ASF lists its loaded plugins.
//!
//! ASF loads plugins from assemblies; this build has its one official plugin compiled in: the
//! Monitoring plugin, whose metrics `/Api/metrics` serves (see [`crate::core::metrics`]).

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

/// Every plugin of this build.
pub(crate) const PLUGINS: &[Plugin] = &[Plugin {
    name: "MonitoringPlugin",
    version: ASF_VERSION,
    official: true,
}];

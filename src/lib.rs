//! asf-ipc: ArchiSteamFarm's IPC interface, as a library and a server.
//!
//! Three layers (see `docs/ARCHITECTURE.md`):
//! - [`api`]: the contract: the API trait and wire types, checked against `openapi/asf.json`;
//! - `core`: the process behind the API (configs, bots, commands, logs), free of HTTP;
//! - `http`: the front door (listeners, routing, access) and the thin endpoint handlers.
//!
//! Only the contract is public as a whole. Of the other two layers the crate exports what runs
//! a server (at the root), ASF's algorithms that tools compute too ([`algorithms`]) and the
//! parsers of untrusted input, so that fuzzers, property tests and benchmarks can drive them
//! without a server ([`parsers`]). Everything else is private to the crate, so the compiler
//! reports what nothing uses.

#![warn(unreachable_pub)]

pub mod api;
mod core;
mod http;

pub use crate::core::access::{Access, KnownNetworks};
pub use crate::core::bot::Bot;
pub use crate::core::bots::Bots;
pub use crate::core::commands::execute as execute_command;
pub use crate::core::files::close_writes as close_file_writes;
pub use crate::core::ipc_config::{DataRate, IpcConfig, Limits};
pub use crate::core::logging::Logs;
pub use crate::core::scenario::{Scenario, ScenarioError};
pub use crate::core::{Asf, OpenError, Options};
pub use crate::http::cross_site::SiteRules;
pub use crate::http::host::IpcHost;
pub use crate::http::{
    DEFAULT_PORT, IpcServer, ListenBind, ListenConfig, ListenEndpoint, StartError,
};

/// The OpenAPI document: the one the API trait describes, and the checked-in one as served.
pub mod document {
    pub use crate::http::document::{DocumentError, openapi_document, with_server};
}

/// ASF's command line and environment variables, read as ASF reads them.
pub mod command_line {
    pub use crate::core::command_line::{
        CommandLine, CommandLineError, ENV_ARGS, ENV_CRYPTKEY, ENV_CRYPTKEY_FILE,
        ENV_NETWORK_GROUP, ENV_PATH, ENV_SCENARIO, parse,
    };
}

/// ASF's algorithms, for tools that must compute the same values as the server: Steam Guard
/// codes, `hash` and `encrypt` results, SteamID kinds.
pub mod algorithms {
    pub use crate::core::config::is_individual_steam_id;
    pub use crate::core::crypto::{DEFAULT_CRYPT_KEY, decrypt_aes, hash_string};
    pub use crate::core::steam_guard::{
        decode_base64, is_valid_code, now as unix_time, steam_guard_code,
    };

    /// How ASF's answers write JSON text (ASP.NET's escaping), whole or a piece at a time.
    pub mod json_text {
        pub use crate::core::json_text::{Position, escape_as_aspnet, escape_part};
    }
}

/// The parsers of untrusted input (config files, `.keys` files, IPC URLs, log pages, command
/// lines, request bodies), callable without a server.
pub mod parsers {
    pub use crate::core::bgr::{is_valid_key, parse_keys_file, result_line};
    pub use crate::core::bots::parse_bot_config;
    pub use crate::core::commands::{BotAction, Command, Target, parse as parse_command};
    pub use crate::core::ipc_config::parse_url;
    pub use crate::core::json_text::NotJson;
    pub use crate::core::logging::read_page;
    pub use crate::core::parse_global_config;
    pub use crate::http::routes::{BodyRefusal, RouteMatch, RouteTable, RouteTableError};
}

//! The HTTP interface as data: the dropshot API trait and the wire types.
//!
//! `openapi/asf.json` is the source of truth of the interface; the trait is its code form,
//! from which the server (`crate::http`) is built. `crate::http::document` writes what the trait
//! describes, and `tests/spec.rs` checks that it says what the document says.

pub mod bot;
pub mod config;
pub mod document;
pub mod dotnet_names;
pub mod enums;
pub mod envelope;
pub mod guid;
pub mod plugins;
pub mod single;
pub mod types;

use dropshot::{
    HttpResponseOk, Path, Query, RequestContext, TypedBody, WebsocketChannelResult,
    WebsocketConnection,
};
use std::collections::BTreeMap;

use serde_json::Value;

use bot::BotStatus;
use enums::EResult;
pub use envelope::{AsfError, GenericResponse, PlainResponse, StatusCodeResponse};
pub use types::*;

/// The version of ASF whose interface this process implements.
pub const ASF_VERSION: &str = "6.3.9.6";

/// The checked-in document, `openapi/asf.json` (what `openapi_document()` produces from the trait).
pub const DOCUMENT: &[u8] = include_bytes!("../../openapi/asf.json");

/// Largest request body the backend accepts, in bytes: its default for every endpoint (no
/// endpoint sets its own). The front door enforces the configured limit
/// (`Kestrel.Limits.MaxRequestBodySize`, 30,000,000 by default as in Kestrel) before a body
/// ever reaches the backend; this is only the ceiling for that setting.
pub const BACKEND_MAX_BODY_BYTES: usize = 256 * 1024 * 1024;

/// The ArchiSteamFarm IPC API.
#[dropshot::api_description]
pub trait AsfApi {
    type Context;

    /// Fetches common info related to ASF as a whole
    #[endpoint { method = GET, path = "/Api/ASF", tags = ["ASF"], operation_id = "ASFGet" }]
    async fn asf_get(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<GenericResponse<AsfResponse>>, AsfError>;

    /// Updates ASF's global config
    ///
    /// Replaces `config/ASF.json`. Properties left out take their defaults, except `IPCPassword`,
    /// `LicenseID` and `WebProxyPassword`, which keep their current values unless sent (send
    /// `null` to clear one); unknown properties of the current file are kept. The core then
    /// restarts with the new config and `ProcessStartTime` moves forward.
    #[endpoint {
        method = POST, path = "/Api/ASF", tags = ["ASF"], operation_id = "ASFPost"
    }]
    async fn asf_post(
        rqctx: RequestContext<Self::Context>,
        body: TypedBody<AsfRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Hashes a string with the chosen method
    ///
    /// Uses the process's crypt key as salt, exactly as `IPCPassword` is verified.
    #[endpoint {
        method = POST, path = "/Api/ASF/Hash", tags = ["ASF"], operation_id = "ASFHashPost"
    }]
    async fn asf_hash_post(
        rqctx: RequestContext<Self::Context>,
        body: TypedBody<AsfHashRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError>;

    /// Encrypts a string with the chosen method
    ///
    /// `AES` uses the process's crypt key; `PlainText`, `EnvironmentVariable` and `File` return
    /// the input unchanged; `ProtectedDataForCurrentUser` exists only on Windows and fails here.
    #[endpoint {
        method = POST, path = "/Api/ASF/Encrypt", tags = ["ASF"], operation_id = "ASFEncryptPost"
    }]
    async fn asf_encrypt_post(
        rqctx: RequestContext<Self::Context>,
        body: TypedBody<AsfEncryptRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError>;

    /// Fetches common info related to given bots
    ///
    /// No bot matching the selector is not an error: the result is then empty.
    #[endpoint { method = GET, path = "/Api/Bot/{botNames}", tags = ["Bot"], operation_id = "BotGet" }]
    async fn bot_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotStatus>>>, AsfError>;

    /// Updates bot config of given bot
    ///
    /// Writes `config/<name>.json` for every comma-separated name. For a bot that exists,
    /// `SteamLogin`, `SteamPassword` (with its `PasswordFormat`), `SteamParentalCode`,
    /// `WebProxyPassword` and unknown properties keep their current values unless sent.
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}", tags = ["Bot"], operation_id = "BotPost"
    }]
    async fn bot_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<bool>>>, AsfError>;

    /// Deletes all files related to given bots
    #[endpoint { method = DELETE, path = "/Api/Bot/{botNames}", tags = ["Bot"], operation_id = "BotDelete" }]
    async fn bot_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Pauses given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/Pause", tags = ["Bot"], operation_id = "BotPausePost"
    }]
    async fn bot_pause_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotPauseRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Renames given bot along with all its related files
    ///
    /// `botName` must be one exact bot name. Unlike ASF, a `NewName` whose config, database or
    /// key files already exist is refused (`NewName is invalid!`), so a rename never replaces
    /// a file.
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/Rename", tags = ["Bot"], operation_id = "BotRenamePost"
    }]
    async fn bot_rename_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRenameRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Resumes given bots
    #[endpoint { method = POST, path = "/Api/Bot/{botNames}/Resume", tags = ["Bot"], operation_id = "BotResumePost" }]
    async fn bot_resume_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Starts given bots
    #[endpoint { method = POST, path = "/Api/Bot/{botNames}/Start", tags = ["Bot"], operation_id = "BotStartPost" }]
    async fn bot_start_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Stops given bots
    #[endpoint { method = POST, path = "/Api/Bot/{botNames}/Stop", tags = ["Bot"], operation_id = "BotStopPost" }]
    async fn bot_stop_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Makes ASF shut down itself
    #[endpoint {
        method = POST, path = "/Api/ASF/Exit", tags = ["ASF"], operation_id = "ASFExitPost"
    }]
    async fn asf_exit_post(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Makes ASF restart itself
    #[endpoint {
        method = POST, path = "/Api/ASF/Restart", tags = ["ASF"], operation_id = "ASFRestartPost"
    }]
    async fn asf_restart_post(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Makes ASF update itself
    #[endpoint {
        method = POST, path = "/Api/ASF/Update", tags = ["ASF"], operation_id = "ASFUpdatePost"
    }]
    async fn asf_update_post(
        rqctx: RequestContext<Self::Context>,
        body: TypedBody<UpdateRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError>;

    /// Adds free licenses on given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/AddLicense", tags = ["Bot"], operation_id = "BotAddLicensePost"
    }]
    async fn bot_add_license_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotAddLicenseRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotAddLicenseResponse>>>, AsfError>;

    /// Removes licenses on given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/RemoveLicense", tags = ["Bot"], operation_id = "BotRemoveLicensePost"
    }]
    async fn bot_remove_license_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRemoveLicenseRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotRemoveLicenseResponse>>>, AsfError>;

    /// Fetches games to redeem in background of given bots
    #[endpoint {
        method = GET, path = "/Api/Bot/{botNames}/GamesToRedeemInBackground", tags = ["Bot"], operation_id = "BotGamesToRedeemInBackgroundGet"
    }]
    async fn bot_games_to_redeem_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GamesToRedeemInBackgroundResponse>>>, AsfError>;

    /// Adds keys to redeem in background on given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/GamesToRedeemInBackground", tags = ["Bot"], operation_id = "BotGamesToRedeemInBackgroundPost"
    }]
    async fn bot_games_to_redeem_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotGamesToRedeemInBackgroundRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<KeyNames>>>, AsfError>;

    /// Deletes the output files of the background redeemer of given bots
    #[endpoint {
        method = DELETE, path = "/Api/Bot/{botNames}/GamesToRedeemInBackground", tags = ["Bot"], operation_id = "BotGamesToRedeemInBackgroundDelete"
    }]
    async fn bot_games_to_redeem_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Provides input value to given bots for next usage
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/Input", tags = ["Bot"], operation_id = "BotInputPost"
    }]
    async fn bot_input_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotInputRequest>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Fetches general inventory information of given bots
    #[endpoint {
        method = GET, path = "/Api/Bot/{botNames}/Inventory", tags = ["Bot"], operation_id = "BotInventoryGet"
    }]
    async fn bot_inventory_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<
        HttpResponseOk<GenericResponse<BotMap<Option<BTreeMap<String, InventoryAppData>>>>>,
        AsfError,
    >;

    /// Fetches specific inventory of given bots
    #[endpoint {
        method = GET, path = "/Api/Bot/{botNames}/Inventory/{appID}/{contextID}", tags = ["Bot"], operation_id = "BotInventoryGetSpecific"
    }]
    async fn bot_inventory_get_specific(
        rqctx: RequestContext<Self::Context>,
        path: Path<InventoryPath>,
        query: Query<InventoryQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<BotInventoryResponse>>>, AsfError>;

    /// Redeems cd-keys on given bot
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/Redeem", tags = ["Bot"], operation_id = "BotRedeemPost"
    }]
    async fn bot_redeem_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<BotRedeemRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<RedeemResults>>, AsfError>;

    /// Redeems points on given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/RedeemPoints/{definitionID}", tags = ["Bot"], operation_id = "BotRedeemPointsPost"
    }]
    async fn bot_redeem_points_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<RedeemPointsPath>,
        query: Query<RedeemPointsQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<EResult>>>, AsfError>;

    /// Fetches pending 2FA confirmations of given bots
    #[endpoint {
        method = GET, path = "/Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations", tags = ["TwoFactorAuthentication"], operation_id = "TwoFactorAuthenticationConfirmationsGet"
    }]
    async fn two_factor_confirmations_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<Vec<Confirmation>>>>>, AsfError>;

    /// Handles 2FA confirmations of given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/TwoFactorAuthentication/Confirmations", tags = ["TwoFactorAuthentication"], operation_id = "TwoFactorAuthenticationConfirmationsPost"
    }]
    async fn two_factor_confirmations_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<TwoFactorAuthenticationConfirmationsRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<Vec<Confirmation>>>>>, AsfError>;

    /// Deletes the MobileAuthenticator of given bots
    #[endpoint {
        method = DELETE, path = "/Api/Bot/{botNames}/TwoFactorAuthentication", tags = ["TwoFactorAuthentication"], operation_id = "TwoFactorAuthenticationDelete"
    }]
    async fn two_factor_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<String>>>>, AsfError>;

    /// Imports a maFile into given bots
    #[endpoint {
        method = POST, path = "/Api/Bot/{botNames}/TwoFactorAuthentication", tags = ["TwoFactorAuthentication"], operation_id = "TwoFactorAuthenticationPost"
    }]
    async fn two_factor_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
        body: TypedBody<MobileAuthenticatorFile>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<PlainResponse>>>, AsfError>;

    /// Fetches 2FA tokens of given bots
    #[endpoint {
        method = GET, path = "/Api/Bot/{botNames}/TwoFactorAuthentication/Token", tags = ["TwoFactorAuthentication"], operation_id = "TwoFactorAuthenticationTokenGet"
    }]
    async fn two_factor_token_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<BotNamesPath>,
    ) -> Result<HttpResponseOk<GenericResponse<BotMap<GenericResponse<String>>>>, AsfError>;

    /// Executes a command
    #[endpoint {
        method = POST, path = "/Api/Command", tags = ["Command"], operation_id = "CommandPost"
    }]
    async fn command_post(
        rqctx: RequestContext<Self::Context>,
        body: TypedBody<CommandRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError>;

    /// Gets active plugins loaded into the process
    #[endpoint {
        method = GET, path = "/Api/Plugins", tags = ["Plugins"], operation_id = "PluginsGet"
    }]
    async fn plugins_get(
        rqctx: RequestContext<Self::Context>,
        query: Query<PluginsQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<Vec<PluginInfo>>>, AsfError>;

    /// Serves Prometheus metrics of the process and its bots
    ///
    /// The scrape endpoint of ASF's Monitoring plugin: ASF's `asf_*` instruments, HTTP server
    /// and process metrics, in Prometheus's text format 0.0.4, or in OpenMetrics 1.0.0 when
    /// `Accept` asks for `application/openmetrics-text`. Prometheus can pass the IPC password
    /// as the `password` query parameter.
    #[endpoint {
        method = GET, path = "/Api/metrics", tags = ["Monitoring"], operation_id = "MetricsGet"
    }]
    async fn metrics_get(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<http::Response<dropshot::Body>, AsfError>;

    /// Fetches the SteamTokenDumper plugin's properties of ASF's global config
    ///
    /// Added by ASF's bundled SteamTokenDumper plugin. Answers the properties with their
    /// defaults, not in ASF's envelope: the route is there for the schema of
    /// `SteamTokenDumperPlugin` and `SteamTokenDumperPluginEnabled` in `ASF.json`.
    #[endpoint {
        method = GET, path = "/Api/SteamTokenDumperPlugin/GlobalConfigExtension", tags = ["GlobalConfigExtension"], operation_id = "SteamTokenDumperPluginGlobalConfigExtensionGet"
    }]
    async fn steam_token_dumper_global_config_extension_get(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<plugins::GlobalConfigExtension>, AsfError>;

    /// Makes ASF update selected plugins
    #[endpoint {
        method = POST, path = "/Api/Plugins/Update", tags = ["Plugins"], operation_id = "PluginsUpdatePost"
    }]
    async fn plugins_update_post(
        rqctx: RequestContext<Self::Context>,
        body: TypedBody<PluginUpdateRequest>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError>;

    /// Fetches the newest GitHub release of ASF
    #[endpoint {
        method = GET, path = "/Api/WWW/GitHub/Release", tags = ["GitHub"], operation_id = "GitHubReleaseGet"
    }]
    async fn github_release_get(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<GenericResponse<GitHubReleaseResponse>>, AsfError>;

    /// Fetches a specific GitHub release of ASF
    #[endpoint {
        method = GET, path = "/Api/WWW/GitHub/Release/{version}", tags = ["GitHub"], operation_id = "GitHubReleaseGetSpecific"
    }]
    async fn github_release_get_specific(
        rqctx: RequestContext<Self::Context>,
        path: Path<ReleaseVersionPath>,
    ) -> Result<HttpResponseOk<GenericResponse<GitHubReleaseResponse>>, AsfError>;

    /// Fetches the history of a wiki page
    #[endpoint {
        method = GET, path = "/Api/WWW/GitHub/Wiki/History/{page}", tags = ["GitHub"], operation_id = "GitHubWikiHistoryGet"
    }]
    async fn github_wiki_history_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<WikiPagePath>,
    ) -> Result<HttpResponseOk<GenericResponse<BTreeMap<String, String>>>, AsfError>;

    /// Fetches a wiki page as HTML
    #[endpoint {
        method = GET, path = "/Api/WWW/GitHub/Wiki/Page/{page}", tags = ["GitHub"], operation_id = "GitHubWikiPageGet"
    }]
    async fn github_wiki_page_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<WikiPagePath>,
        query: Query<WikiPageQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<String>>, AsfError>;

    /// Gets all currently banned IPs
    #[endpoint { method = GET, path = "/Api/IPC/Bans", tags = ["IPCBans"], operation_id = "IPCBansGet" }]
    async fn ipc_bans_get(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<GenericResponse<Vec<String>>>, AsfError>;

    /// Clears the list of all IP addresses currently banned by ASF
    #[endpoint { method = DELETE, path = "/Api/IPC/Bans", tags = ["IPCBans"], operation_id = "IPCBansDelete" }]
    async fn ipc_bans_delete(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Removes an IP address from the ban list
    #[endpoint {
        method = DELETE, path = "/Api/IPC/Bans/{ipAddress}", tags = ["IPCBans"],
        operation_id = "IPCBansDeleteSpecific"
    }]
    async fn ipc_bans_delete_specific(
        rqctx: RequestContext<Self::Context>,
        path: Path<IpAddressPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Fetches ASF log in realtime
    ///
    /// A websocket (HTTP/1.1 `GET` with `Upgrade`, or HTTP/2 extended `CONNECT`): the last 20
    /// lines first, then every new line, each as a text frame holding a
    /// `GenericResponse<string>`. Send nothing but Close. Any request that is not a websocket
    /// handshake, whatever its method, is `400`.
    #[channel { protocol = WEBSOCKETS, path = "/Api/NLog", tags = ["NLog"], operation_id = "NLogGet" }]
    async fn nlog_get(
        rqctx: RequestContext<Self::Context>,
        upgraded: WebsocketConnection,
    ) -> WebsocketChannelResult;

    /// Fetches ASF log file
    ///
    /// Returns up to `count` lines ending before line `lastAt` (0: the end), oldest first.
    #[endpoint { method = GET, path = "/Api/NLog/File", tags = ["NLog"], operation_id = "NLogFileGet" }]
    async fn nlog_file_get(
        rqctx: RequestContext<Self::Context>,
        query: Query<NLogFileQuery>,
    ) -> Result<HttpResponseOk<GenericResponse<LogResponse>>, AsfError>;

    /// Loads entry under specified key from ASF's persistent KeyValue JSON storage
    #[endpoint { method = GET, path = "/Api/Storage/{key}", tags = ["Storage"], operation_id = "StorageGet" }]
    async fn storage_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<StorageKeyPath>,
    ) -> Result<HttpResponseOk<GenericResponse<Value>>, AsfError>;

    /// Saves entry under specified key in ASF's persistent KeyValue JSON storage
    ///
    /// Any JSON value; `null` deletes the key.
    #[endpoint {
        method = POST, path = "/Api/Storage/{key}", tags = ["Storage"], operation_id = "StoragePost"
    }]
    async fn storage_post(
        rqctx: RequestContext<Self::Context>,
        path: Path<StorageKeyPath>,
        body: TypedBody<Value>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Deletes entry under specified key from ASF's persistent KeyValue JSON storage
    #[endpoint { method = DELETE, path = "/Api/Storage/{key}", tags = ["Storage"], operation_id = "StorageDelete" }]
    async fn storage_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<StorageKeyPath>,
    ) -> Result<HttpResponseOk<PlainResponse>, AsfError>;

    /// Fetches structure of given type
    ///
    /// A default instance of the type, e.g. `ArchiSteamFarm.Steam.Storage.BotConfig`.
    #[endpoint { method = GET, path = "/Api/Structure/{structure}", tags = ["Structure"], operation_id = "StructureGet" }]
    async fn structure_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<StructurePath>,
    ) -> Result<HttpResponseOk<GenericResponse<Value>>, AsfError>;

    /// Fetches type info of given type
    ///
    /// Properties (for classes) or members (for enums) of any type of this document, by its
    /// .NET full name.
    #[endpoint { method = GET, path = "/Api/Type/{type}", tags = ["Type"], operation_id = "TypeGet" }]
    async fn type_get(
        rqctx: RequestContext<Self::Context>,
        path: Path<TypePath>,
    ) -> Result<HttpResponseOk<GenericResponse<TypeResponse>>, AsfError>;

    /// Fetches current application's status
    ///
    /// Needs no password; answers `GET` (and `HEAD`) only.
    #[endpoint { method = GET, path = "/HealthCheck", tags = ["HealthCheck"], operation_id = "HealthCheckGet" }]
    async fn health_check_get(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<HttpResponseOk<HealthCheckResponse>, AsfError>;
}

/// ASF's document metadata.
pub const TITLE: &str = "ArchiSteamFarm API";
pub const DESCRIPTION: &str = "API for ArchiSteamFarm's IPC interface";
pub const CONTACT_NAME: &str = "JustArchiNET/ArchiSteamFarm";
pub const CONTACT_URL: &str = "https://github.com/JustArchiNET/ArchiSteamFarm";
pub const LICENSE_NAME: &str = "Apache 2.0";
pub const LICENSE_URL: &str = "https://www.apache.org/licenses/LICENSE-2.0";
/// Name of the security scheme and of the header that carries the password.
pub const SECURITY_SCHEME: &str = "IPCPassword";
pub const PASSWORD_HEADER: &str = "Authentication";

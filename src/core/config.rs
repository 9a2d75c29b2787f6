//! What the configs do: ASF's merge rule, the `s_` twins on input and validation. The types
//! and their JSON views are wire types (`crate::api::config`).

use std::collections::BTreeMap;

use serde_json::Value;

pub(crate) use crate::api::config::{BotConfig, ConfigObject, GlobalConfig};
use crate::api::document;
use crate::api::enums::{AsfEnum, EHashingMethod, ProtocolTypes};
use crate::api::guid::Guid;
use crate::core::texts::dotnet::EnumText;
use crate::core::texts::{self, dotnet};

impl GlobalConfig {
    /// ASF's merge rule for a new config replacing `current`: secrets the request did not
    /// mention keep their current values, as do unknown properties it did not send.
    pub fn keep_unmentioned(&mut self, current: GlobalConfig, mentions: impl Fn(&str) -> bool) {
        let mut current = current;
        self.swap_secrets(&mut current, |name| !mentions(name));
        keep_extra(&mut self.extra, current.extra);
    }

    /// Applies the `s_` twin received on input to its numeric property, and takes an empty
    /// `LicenseID` as none: ASF never writes `Guid.Empty` (`GlobalConfig.cs`,
    /// `ShouldSerializeLicenseID`), so it would not survive a restart.
    pub fn apply_twins(&mut self) -> Result<(), ConfigError> {
        if self.license_id == Some(Guid::EMPTY) {
            self.license_id = None;
        }
        apply_twin(
            &mut self.steam_owner_id_text,
            &mut self.steam_owner_id,
            "s_SteamOwnerID",
        )
    }

    /// ASF's validation, in ASF's order: the first property it refuses.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.blacklist.contains(&0) {
            return invalid("Blacklist", &0);
        }
        if self.connection_timeout == 0 {
            return invalid("ConnectionTimeout", &0);
        }
        if self.farming_delay == 0 {
            return invalid("FarmingDelay", &0);
        }
        if !self.ipc_password_format.is_defined() {
            return invalid(
                "IPCPasswordFormat",
                &self.ipc_password_format.to_dotnet_string(),
            );
        }
        if let Some(password) = self.ipc_password.as_deref().filter(|p| !p.is_empty())
            && self.ipc_password_format != EHashingMethod::PlainText
            && !is_base64(password)
        {
            return invalid("IPCPassword", &password);
        }
        if self.max_farming_time == 0 {
            return invalid("MaxFarmingTime", &0);
        }
        if !self.optimization_mode.is_defined() {
            return invalid(
                "OptimizationMode",
                &self.optimization_mode.to_dotnet_string(),
            );
        }
        if !self.plugins_update_mode.is_defined() {
            return invalid(
                "PluginsUpdateMode",
                &self.plugins_update_mode.to_dotnet_string(),
            );
        }
        if let Some(prefix) = &self.steam_message_prefix
            && prefix.chars().count() > 386
        {
            return invalid("SteamMessagePrefix", prefix);
        }
        if self.steam_owner_id != 0 && !is_individual_steam_id(self.steam_owner_id) {
            return invalid("SteamOwnerID", &self.steam_owner_id);
        }
        if self.steam_protocols.0 <= 0 || self.steam_protocols.0 > ProtocolTypes::All.0 {
            return invalid("SteamProtocols", &self.steam_protocols.to_dotnet_string());
        }
        if !self.update_channel.is_defined() {
            return invalid("UpdateChannel", &self.update_channel.to_dotnet_string());
        }
        Ok(())
    }
}

/// Why a config was refused; `Display` gives ASF's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// A property ASF's validation refuses, with the value as ASF shows it.
    InvalidProperty { name: &'static str, value: String },
    /// An `s_` twin received on input that is not a number.
    InvalidTwin { name: &'static str, text: String },
    /// Text that is not JSON of the config's shape: the parser's complaint, naming the
    /// property at fault and never quoting a value (configs hold secrets).
    Unreadable(String),
    /// What ASP.NET's model validation refuses before ASF's controller runs: every failing
    /// attribute's message, in the order the properties are declared, joined by a space.
    Annotations(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::InvalidProperty { name, value } => {
                f.write_str(&texts::configured_property_invalid(name, value))
            }
            Self::InvalidTwin { name, text } => f.write_str(&texts::invalid_because(name, text)),
            Self::Unreadable(complaint) | Self::Annotations(complaint) => f.write_str(complaint),
        }
    }
}

impl std::error::Error for ConfigError {}

/// The DataAnnotations attributes of a config's properties (`[Range]`, `[MinLength]`,
/// `[MaxLength]`), checked as ASP.NET's model validation checks a request's body: each
/// failure's message in DataAnnotations' wording, in the order of the properties.
#[derive(Default)]
struct Annotations(Vec<String>);

impl Annotations {
    fn range(&mut self, name: &str, value: u64, min: u64, max: u64) {
        if !(min..=max).contains(&value) {
            self.0.push(dotnet::out_of_range(name, min, max));
        }
    }

    /// `[MaxLength]` then `[MinLength]` (the order ASF declares them) for a string, counted
    /// in UTF-16 units as .NET's `string.Length`, or a list; `None` passes both.
    fn length(&mut self, name: &str, length: Option<usize>, min: usize, max: usize) {
        let Some(length) = length else {
            return;
        };
        if length > max {
            self.0.push(dotnet::too_long(name, max));
        } else if length < min {
            self.0.push(dotnet::too_short(name, min));
        }
    }

    fn result(self) -> Result<(), ConfigError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ConfigError::Annotations(self.0.join(" ")))
        }
    }
}

fn utf16_length(text: &Option<String>) -> Option<usize> {
    text.as_deref().map(|t| t.encode_utf16().count())
}

impl GlobalConfig {
    /// The attributes of ASF's `GlobalConfig` that can fail (`[Range(1, 255)]` on bytes,
    /// `[MaxLength]` on `SteamMessagePrefix`), as a request's body is validated; a file read
    /// from disk goes through [`GlobalConfig::validate`] only, as in ASF.
    pub fn check_annotations(&self) -> Result<(), ConfigError> {
        let mut found = Annotations::default();
        let (min, max) = document::POSITIVE_BYTE_RANGE;
        found.range(
            "ConnectionTimeout",
            self.connection_timeout.into(),
            min,
            max,
        );
        found.range("FarmingDelay", self.farming_delay.into(), min, max);
        found.range("MaxFarmingTime", self.max_farming_time.into(), min, max);
        // `SteamChatMessage.MaxMessagePrefixBytes / ReservedEscapeMessageBytes`.
        found.length(
            "SteamMessagePrefix",
            utf16_length(&self.steam_message_prefix),
            0,
            document::STEAM_MESSAGE_PREFIX_MAX as usize,
        );
        found.result()
    }
}

impl BotConfig {
    /// The attributes of ASF's `BotConfig` that can fail (`[MaxLength]` on
    /// `GamesPlayedWhileIdle`, `[MinLength]`/`[MaxLength]` on `SteamParentalCode` and
    /// `SteamTradeToken`), as a request's body is validated.
    pub fn check_annotations(&self) -> Result<(), ConfigError> {
        let mut found = Annotations::default();
        found.length(
            "GamesPlayedWhileIdle",
            Some(self.games_played_while_idle.len()),
            0,
            document::MAX_GAMES_PLAYED as usize,
        );
        // "0" passes, as the document states it valid (see "Deliberate differences").
        let parental = self.steam_parental_code.clone().filter(|code| code != "0");
        let parental_length = document::STEAM_PARENTAL_CODE_LENGTH as usize;
        let parental_code = utf16_length(&parental);
        found.length(
            "SteamParentalCode",
            parental_code,
            parental_length,
            parental_length,
        );
        let token_length = document::STEAM_TRADE_TOKEN_LENGTH as usize;
        let token = utf16_length(&self.steam_trade_token);
        found.length("SteamTradeToken", token, token_length, token_length);
        found.result()
    }
}

/// ASF's validation failure for property `name`.
fn invalid(name: &'static str, value: &dyn std::fmt::Display) -> Result<(), ConfigError> {
    Err(ConfigError::InvalidProperty {
        name,
        value: value.to_string(),
    })
}

/// Carries unknown properties of the current config over unless the new one has them.
fn keep_extra(extra: &mut BTreeMap<String, Value>, current: BTreeMap<String, Value>) {
    for (key, value) in current {
        extra.entry(key).or_insert(value);
    }
}

/// Moves an `s_` twin received on input into its numeric property.
fn apply_twin(
    text: &mut Option<String>,
    target: &mut u64,
    name: &'static str,
) -> Result<(), ConfigError> {
    if let Some(text) = text.take() {
        *target = text
            .trim()
            .parse()
            .map_err(|_| ConfigError::InvalidTwin { name, text })?;
    }
    Ok(())
}

impl BotConfig {
    /// ASF's merge rule for a new config of an existing bot: credentials the request did not
    /// mention keep their current values (the password with its format), as do unknown
    /// properties it did not send.
    pub fn keep_unmentioned(&mut self, current: BotConfig, mentions: impl Fn(&str) -> bool) {
        let mut current = current;
        self.swap_secrets(&mut current, |name| !mentions(name));
        if !mentions("SteamPassword") {
            self.password_format = current.password_format;
        }
        keep_extra(&mut self.extra, current.extra);
    }

    /// Applies the `s_` twin received on input to its numeric property.
    pub fn apply_twins(&mut self) -> Result<(), ConfigError> {
        apply_twin(
            &mut self.steam_master_clan_id_text,
            &mut self.steam_master_clan_id,
            "s_SteamMasterClanID",
        )
    }

    /// ASF's validation, in ASF's order: the first property it refuses.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if !self.bot_behaviour.is_defined() {
            return invalid("BotBehaviour", &self.bot_behaviour.to_dotnet_string());
        }
        if let Some(t) = self
            .complete_types_to_send
            .iter()
            .find(|t| !matches!(t.0, 3 | 5))
        {
            return invalid("CompleteTypesToSend", &t.to_dotnet_string());
        }
        if let Some(error) = self
            .custom_game_played_while_farming
            .as_deref()
            .and_then(|format| composite_format_error(format, 2))
        {
            return invalid("CustomGamePlayedWhileFarming", &error);
        }
        if let Some(order) = self.farming_orders.iter().find(|o| !o.is_defined()) {
            return invalid("FarmingOrders", &order.to_dotnet_string());
        }
        if self.games_played_while_idle.contains(&0) {
            return invalid("GamesPlayedWhileIdle", &0);
        }
        let max_games = document::MAX_GAMES_PLAYED as usize;
        if self.games_played_while_idle.len() > max_games {
            return invalid(
                "GamesPlayedWhileIdle",
                &format!("Count {} > {max_games}", self.games_played_while_idle.len()),
            );
        }
        if self.gaming_device_type.0 == 0 || !self.gaming_device_type.is_defined() {
            return invalid(
                "GamingDeviceType",
                &self.gaming_device_type.to_dotnet_string(),
            );
        }
        if let Some(t) = self.lootable_types.iter().find(|t| !t.is_defined()) {
            return invalid("LootableTypes", &t.to_dotnet_string());
        }
        if let Some(error) = self
            .machine_name
            .as_deref()
            .and_then(|name| composite_format_error(name, 3))
        {
            return invalid("MachineName", &error);
        }
        if let Some(t) = self.matchable_types.iter().find(|t| !t.is_defined()) {
            return invalid("MatchableTypes", &t.to_dotnet_string());
        }
        self.validate_o_to_u()
    }

    /// The second half of [`Self::validate`], which goes by the properties' alphabetical
    /// order: the properties from `OnlineFlags` on.
    fn validate_o_to_u(&self) -> Result<(), ConfigError> {
        if self.online_flags.0 < 0 {
            return invalid("OnlineFlags", &self.online_flags.to_dotnet_string());
        }
        if !self.online_status.is_defined() {
            return invalid("OnlineStatus", &self.online_status.to_dotnet_string());
        }
        if !self.password_format.is_defined() {
            return invalid("PasswordFormat", &self.password_format.to_dotnet_string());
        }
        if !self.redeeming_preferences.is_defined() {
            return invalid(
                "RedeemingPreferences",
                &self.redeeming_preferences.to_dotnet_string(),
            );
        }
        if self.steam_master_clan_id != 0 && !is_clan_steam_id(self.steam_master_clan_id) {
            return invalid("SteamMasterClanID", &self.steam_master_clan_id);
        }
        // ASF refuses "0" too, though its document lists it (`x-valid-values`): a file with
        // it would not load in ASF. Empty is as good as no code.
        if let Some(code) = &self.steam_parental_code
            && !code.is_empty()
            && !is_parental_code(code)
        {
            return invalid("SteamParentalCode", code);
        }
        if let Some(token) = &self.steam_trade_token
            && token.chars().count() != document::STEAM_TRADE_TOKEN_LENGTH as usize
        {
            return invalid("SteamTradeToken", token);
        }
        for (id, access) in &self.steam_user_permissions {
            if !id.parse::<u64>().is_ok_and(is_individual_steam_id) {
                return invalid("SteamUserPermissions", id);
            }
            if !access.is_defined() {
                return invalid("SteamUserPermissions", &access.to_dotnet_string());
            }
        }
        if !self.trading_preferences.is_defined() {
            return invalid(
                "TradingPreferences",
                &self.trading_preferences.to_dotnet_string(),
            );
        }
        if self.user_interface_mode.0 == -1 || !self.user_interface_mode.is_defined() {
            return invalid(
                "UserInterfaceMode",
                &self.user_interface_mode.to_dotnet_string(),
            );
        }
        Ok(())
    }
}

/// What .NET's `string.Format` throws for `format` with `arguments` (null) arguments, which
/// is the text ASF reports for an unusable format property; `None` when it formats. The parse
/// follows .NET's: offsets count UTF-16 units, an index or width stops growing at a million,
/// and an index beyond the arguments fails only once its item has been read.
fn composite_format_error(format: &str, arguments: usize) -> Option<String> {
    let mut scan = FormatScan {
        units: format.encode_utf16().collect(),
        pos: 0,
    };
    scan.check(arguments).err()
}

/// .NET's composite-format parse over a format's UTF-16 units; an `Err` is .NET's message.
struct FormatScan {
    units: Vec<u16>,
    /// The unit being read.
    pos: usize,
}

impl FormatScan {
    /// Where an index or width stops growing.
    const LIMIT: usize = 1_000_000;
    /// Reads every item, each index checked against the number of `arguments`.
    fn check(&mut self, arguments: usize) -> Result<(), String> {
        // No item left: the rest is literal text, and the format is fine.
        while let Some(first) = self.next_item()? {
            let index = self.item(first)?;
            self.pos += 1;
            if index >= arguments {
                return Err(dotnet::INDEX_OUT_OF_RANGE.to_string());
            }
        }
        Ok(())
    }

    fn fail<T>(&self, reason: &str) -> Result<T, String> {
        Err(dotnet::format_failed(self.pos, reason))
    }

    fn digit(unit: u16) -> Option<usize> {
        (unit >= u16::from(b'0') && unit <= u16::from(b'9'))
            .then(|| usize::from(unit - u16::from(b'0')))
    }

    fn is(unit: u16, c: u8) -> bool {
        unit == u16::from(c)
    }

    /// Advances to the next unit; running out inside an item is .NET's "ends prematurely".
    fn next(&mut self) -> Result<u16, String> {
        self.pos += 1;
        match self.units.get(self.pos) {
            Some(&unit) => Ok(unit),
            None => self.fail(dotnet::UNCLOSED_FORMAT_ITEM),
        }
    }

    /// Skips literal text (escaped braces included) past the next item's opening brace: the
    /// item's first unit, or `None` when no item is left.
    fn next_item(&mut self) -> Result<Option<u16>, String> {
        loop {
            let rest = &self.units[self.pos.min(self.units.len())..];
            let Some(skip) = rest
                .iter()
                .position(|&u| Self::is(u, b'{') || Self::is(u, b'}'))
            else {
                return Ok(None);
            };
            self.pos += skip;
            let brace = self.units[self.pos];
            let ch = self.next()?;
            if brace == ch {
                self.pos += 1;
                continue;
            }
            if !Self::is(brace, b'{') {
                return self.fail(dotnet::UNEXPECTED_CLOSING_BRACE);
            }
            return Ok(Some(ch));
        }
    }

    /// Reads one item, from its first unit `ch` to its closing brace: its index.
    fn item(&mut self, mut ch: u16) -> Result<usize, String> {
        let Some(mut index) = Self::digit(ch) else {
            return self.fail(dotnet::EXPECTED_ASCII_DIGIT);
        };
        ch = self.next()?;
        if Self::is(ch, b'}') {
            return Ok(index);
        }
        while let Some(d) = Self::digit(ch).filter(|_| index < Self::LIMIT) {
            index = index * 10 + d;
            ch = self.next()?;
        }
        ch = self.skip_spaces(ch)?;
        if Self::is(ch, b',') {
            ch = self.alignment()?;
        }
        if !Self::is(ch, b'}') {
            self.format_string(ch)?;
        }
        Ok(index)
    }

    /// From `ch`, past any spaces: the first other unit.
    fn skip_spaces(&mut self, mut ch: u16) -> Result<u16, String> {
        while Self::is(ch, b' ') {
            ch = self.next()?;
        }
        Ok(ch)
    }

    /// After an item's comma: spaces, an optional minus, the width's digits and spaces; the
    /// unit after them.
    fn alignment(&mut self) -> Result<u16, String> {
        let mut ch = self.next()?;
        ch = self.skip_spaces(ch)?;
        if Self::is(ch, b'-') {
            ch = self.next()?;
        }
        let Some(mut width) = Self::digit(ch) else {
            return self.fail(dotnet::EXPECTED_ASCII_DIGIT);
        };
        ch = self.next()?;
        while let Some(d) = Self::digit(ch).filter(|_| width < Self::LIMIT) {
            width = width * 10 + d;
            ch = self.next()?;
        }
        self.skip_spaces(ch)
    }

    /// From `ch`, the unit after an item's index and alignment when it is not the closing
    /// brace: a colon and the format string up to the closing brace.
    fn format_string(&mut self, ch: u16) -> Result<(), String> {
        if !Self::is(ch, b':') {
            return self.fail(dotnet::UNCLOSED_FORMAT_ITEM);
        }
        loop {
            let ch = self.next()?;
            if Self::is(ch, b'}') {
                return Ok(());
            }
            if Self::is(ch, b'{') {
                return self.fail(dotnet::UNCLOSED_FORMAT_ITEM);
            }
        }
    }
}

/// Whether `code` is a Steam parental PIN as ASF takes one (`SteamParentalCode`, the
/// `SteamParentalCode` input): exactly four digits 0-9.
pub(crate) fn is_parental_code(code: &str) -> bool {
    code.len() == document::STEAM_PARENTAL_CODE_LENGTH as usize
        && code.bytes().all(|b| b.is_ascii_digit())
}

/// True for a valid clan SteamID64 (universe Public, type Clan, instance 0, non-zero account
/// number): exactly the range ASF's document gives `SteamMasterClanID`.
pub(crate) fn is_clan_steam_id(id: u64) -> bool {
    let (min, max) = document::CLAN_STEAM_IDS;
    (min..=max).contains(&id)
}

/// True for a valid individual-account SteamID64 (universe Public, type Individual, desktop
/// instance, non-zero account number).
pub fn is_individual_steam_id(id: u64) -> bool {
    // The IDs of one universe, type and instance are one range of account numbers.
    let (min, max) = document::INDIVIDUAL_STEAM_IDS;
    (min..=max).contains(&id)
}

fn is_base64(text: &str) -> bool {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::config::Visibility;

    /// Every secret of `visibility` set, as a config's JSON.
    fn all_secrets_set(visibility: &[(&str, Visibility)]) -> Value {
        let secrets = visibility.iter().filter(|(_, v)| v.is_secret());
        let set = secrets.map(|(name, _)| {
            let value = if *name == "LicenseID" {
                "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
            } else {
                "1234"
            };
            (name.to_string(), Value::from(value))
        });
        Value::Object(set.collect())
    }

    fn names(visibility: &[(&str, Visibility)], which: Visibility) -> Vec<String> {
        let named = visibility.iter().filter(|(_, v)| *v == which);
        named.map(|(name, _)| name.to_string()).collect()
    }

    /// One list of secrets (`Visibility` in `api/config.rs`) serves the read view, the file,
    /// the merge rule and the document's `x-security-critical` (ASF's `GlobalConfig.cs` and
    /// `BotConfig.cs`): a secret added to one of them only fails here.
    fn one_list_of_secrets<C>(
        schema: &str,
        visibility: &[(&str, Visibility)],
        keep: impl Fn(&mut C, C),
    ) where
        C: ConfigObject + serde::de::DeserializeOwned,
        for<'c> crate::api::config::WriteView<'c, C>: serde::Serialize,
    {
        let document: Value = serde_json::from_slice(crate::api::DOCUMENT).expect("document");
        let properties = document["components"]["schemas"][schema]["properties"]
            .as_object()
            .expect("properties");
        let marked: Vec<String> = properties
            .iter()
            .filter(|(_, p)| p["x-security-critical"] == true)
            .map(|(name, _)| name.clone())
            .collect();
        assert_eq!(marked, names(visibility, Visibility::Critical), "{schema}");
        let set = all_secrets_set(visibility);
        let config: C = serde_json::from_value(set.clone()).expect("parses");
        let read = serde_json::to_value(&config).expect("read view");
        let written = serde_json::to_value(config.write_view()).expect("write view");
        let mut replaced = C::default();
        keep(&mut replaced, config);
        let kept = serde_json::to_value(replaced.write_view()).expect("write view");
        for name in set.as_object().into_iter().flat_map(|o| o.keys()) {
            assert!(read.get(name).is_none(), "{schema}.{name} shown");
            assert_eq!(
                written.get(name),
                set.get(name),
                "{schema}.{name} not written"
            );
            assert_eq!(kept.get(name), set.get(name), "{schema}.{name} not kept");
        }
        let public = visibility.iter().filter(|(_, v)| *v == Visibility::Public);
        for (name, _) in public {
            assert!(read.get(*name).is_some(), "{schema}.{name} hidden");
        }
    }

    #[test]
    fn secrets_are_one_list_for_views_merge_and_document() {
        one_list_of_secrets::<GlobalConfig>(
            "GlobalConfig",
            GlobalConfig::VISIBILITY,
            |new, old| new.keep_unmentioned(old, |_| false),
        );
        one_list_of_secrets::<BotConfig>("BotConfig", BotConfig::VISIBILITY, |new, old| {
            new.keep_unmentioned(old, |_| false)
        });
    }

    /// A config's `keep_unmentioned`: the new config, the current one, and which properties
    /// the request mentions.
    type Merge<C> = fn(&mut C, C, &dyn Fn(&str) -> bool);

    /// `new` merged over `current` as a config update does (`ASFController` and
    /// `BotController`'s POST): a property counts as mentioned when the body has its key.
    fn merged<C>(current: &str, new: &str, merge: Merge<C>) -> C
    where
        C: serde::de::DeserializeOwned,
    {
        let body: serde_json::Map<String, Value> = serde_json::from_str(new).expect("object");
        let mut config: C = serde_json::from_str(new).expect("new config");
        let current: C = serde_json::from_str(current).expect("current config");
        merge(&mut config, current, &|name| body.contains_key(name));
        config
    }

    /// The merged global config as it would be written to `ASF.json`.
    fn merged_global(current: &str, new: &str) -> Value {
        let config = merged::<GlobalConfig>(current, new, |c, current, m| {
            c.keep_unmentioned(current, m);
        });
        serde_json::to_value(config.write_view()).expect("serialises")
    }

    /// The merged bot config as it would be written to `<Bot>.json`.
    fn merged_bot(current: &str, new: &str) -> Value {
        let config = merged::<BotConfig>(current, new, |c, current, m| {
            c.keep_unmentioned(current, m);
        });
        serde_json::to_value(config.write_view()).expect("serialises")
    }

    /// The merge of ASF's `ASFController.ASFPost` (`ArchiSteamFarm/IPC/Controllers/Api/
    /// ASFController.cs`): secrets the request leaves out keep their values, a secret sent
    /// as `null` is cleared, and unknown properties are kept unless sent.
    #[test]
    fn a_global_config_update_keeps_unmentioned_secrets_and_unknown_properties() {
        const CURRENT: &str = r#"{"IPCPassword":"old","WebProxyPassword":"proxy",
            "LicenseID":"6f9619ff-8b86-d011-b42d-00c04fc964ff","Custom":1,"Other":"x"}"#;
        let kept = merged_global(CURRENT, r#"{"Headless":true,"Custom":2}"#);
        assert_eq!(kept["IPCPassword"], "old");
        assert_eq!(kept["WebProxyPassword"], "proxy");
        assert_eq!(kept["LicenseID"], "6f9619ff-8b86-d011-b42d-00c04fc964ff");
        assert_eq!(kept["Headless"], true);
        assert_eq!(kept["Custom"], 2, "a sent unknown property wins");
        assert_eq!(kept["Other"], "x", "an unsent unknown property stays");

        let cleared = merged_global(CURRENT, r#"{"IPCPassword":null,"LicenseID":null}"#);
        assert!(cleared.get("IPCPassword").is_none(), "{cleared}");
        assert!(cleared.get("LicenseID").is_none(), "{cleared}");
        assert_eq!(cleared["WebProxyPassword"], "proxy");

        let replaced = merged_global(CURRENT, r#"{"IPCPassword":"new"}"#);
        assert_eq!(replaced["IPCPassword"], "new");
    }

    /// The merge of ASF's `BotController.BotPost` (`ArchiSteamFarm/IPC/Controllers/Api/
    /// BotController.cs`): the credentials left out keep their values, the password with
    /// its format; `null` clears one.
    #[test]
    fn a_bot_config_update_keeps_unmentioned_credentials() {
        const CURRENT: &str = r#"{"SteamLogin":"login","SteamPassword":"c2VjcmV0",
            "PasswordFormat":1,"SteamParentalCode":"1234","WebProxyPassword":"proxy","Mine":[1]}"#;
        let kept = merged_bot(CURRENT, r#"{"Enabled":true}"#);
        assert_eq!(kept["SteamLogin"], "login");
        assert_eq!(kept["SteamPassword"], "c2VjcmV0");
        assert_eq!(
            kept["PasswordFormat"], 1,
            "the format stays with its password"
        );
        assert_eq!(kept["SteamParentalCode"], "1234");
        assert_eq!(kept["WebProxyPassword"], "proxy");
        assert_eq!(kept["Mine"], serde_json::json!([1]));
        assert_eq!(kept["Enabled"], true);

        let cleared = merged_bot(CURRENT, r#"{"SteamPassword":null,"SteamLogin":"other"}"#);
        assert!(cleared.get("SteamPassword").is_none(), "{cleared}");
        assert!(
            cleared.get("PasswordFormat").is_none(),
            "the default format: {cleared}"
        );
        assert_eq!(cleared["SteamLogin"], "other");
        assert_eq!(cleared["SteamParentalCode"], "1234");
    }

    #[test]
    fn read_view_hides_secrets_and_adds_twin() {
        let config = GlobalConfig {
            ipc_password: Some("secret".into()),
            steam_owner_id: 76561197960287930,
            ..GlobalConfig::default()
        };
        let v = serde_json::to_value(&config).expect("serialises");
        assert!(v.get("IPCPassword").is_none());
        assert_eq!(v["s_SteamOwnerID"], "76561197960287930");
        assert_eq!(v["CommandPrefix"], "!");
        assert_eq!(v["WebProxy"], Value::Null);
    }

    #[test]
    fn write_view_keeps_only_changes_and_secrets() {
        let mut config: GlobalConfig =
            serde_json::from_str(r#"{"IPCPassword":"x","Headless":true,"Custom":1}"#)
                .expect("parses");
        config.apply_twins().expect("twins");
        let w = serde_json::to_value(config.write_view()).expect("serialises");
        assert_eq!(w.as_object().map(serde_json::Map::len), Some(3), "{w:?}");
        assert_eq!(w["IPCPassword"], "x");
        assert_eq!(w["Headless"], true);
        assert_eq!(w["Custom"], 1);
    }

    #[test]
    fn bot_config_views_and_validation() {
        let config = BotConfig::default();
        let read = serde_json::to_value(&config).expect("serialises");
        assert_eq!(read["LootableTypes"], serde_json::json!([1, 3, 5]));
        assert_eq!(read["MatchableTypes"], serde_json::json!([5]));
        assert_eq!(read["GamingDeviceType"], 1);
        assert_eq!(read["s_SteamMasterClanID"], "0");
        assert!(read.get("SteamLogin").is_none() && read.get("SteamPassword").is_none());
        assert_eq!(
            serde_json::to_value(config.write_view()).expect("serialises"),
            serde_json::json!({}),
            "defaults are not written"
        );
        assert!(config.validate().is_ok());

        let mut config: BotConfig = serde_json::from_str(
            r#"{"SteamLogin":"me","s_SteamMasterClanID":"103582791429521412","Enabled":true}"#,
        )
        .expect("parses");
        config.apply_twins().expect("twin");
        assert_eq!(config.steam_master_clan_id, 103582791429521412);
        assert!(config.validate().is_ok());
        let written = serde_json::to_value(config.write_view()).expect("serialises");
        assert_eq!(written["SteamLogin"], "me");
        assert_eq!(written["SteamMasterClanID"], 103582791429521412u64);
        assert!(written.get("s_SteamMasterClanID").is_none());

        let bad = |json: &str| {
            let c: BotConfig = serde_json::from_str(json).expect("parses");
            c.validate().expect_err("invalid").to_string()
        };
        assert_eq!(
            bad(r#"{"CompleteTypesToSend":[1]}"#),
            "Configured CompleteTypesToSend property is invalid: BoosterPack"
        );
        assert_eq!(
            bad(r#"{"GamingDeviceType":0}"#),
            "Configured GamingDeviceType property is invalid: Unknown"
        );
        assert_eq!(
            bad(r#"{"SteamParentalCode":"12a4"}"#),
            "Configured SteamParentalCode property is invalid: 12a4"
        );
        // BotConfig.cs CheckValidation: "0" is not four digits, so ASF refuses the file.
        assert_eq!(
            bad(r#"{"SteamParentalCode":"0"}"#),
            "Configured SteamParentalCode property is invalid: 0"
        );
        assert_eq!(
            bad(r#"{"CustomGamePlayedWhileFarming":"{2}"}"#),
            "Configured CustomGamePlayedWhileFarming property is invalid: Index (zero based) must be greater than or equal to zero and less than the size of the argument list."
        );
        assert_eq!(
            bad(&format!(
                r#"{{"GamesPlayedWhileIdle":{:?}}}"#,
                (1..=33).collect::<Vec<u32>>()
            )),
            "Configured GamesPlayedWhileIdle property is invalid: Count 33 > 32"
        );
        assert_eq!(
            bad(r#"{"MachineName":"{0} on {1"}"#),
            "Configured MachineName property is invalid: Input string was not in a correct format. Failure to parse near offset 9. Format item ends prematurely."
        );
    }

    #[test]
    fn composite_formats_fail_as_dotnet_fails() {
        let reason = |format: &str| composite_format_error(format, 2);
        assert_eq!(reason("Farming {0} ({1:N0}) {{literal}} {1,-5}"), None);
        assert_eq!(reason(""), None);
        let at = |offset: usize, why: &str| {
            Some(format!(
                "Input string was not in a correct format. Failure to parse near offset {offset}. {why}"
            ))
        };
        assert_eq!(
            reason("a } b"),
            at(
                3,
                "Unexpected closing brace without a corresponding opening brace."
            )
        );
        assert_eq!(reason("{x}"), at(1, "Expected an ASCII digit."));
        assert_eq!(reason("{0,}"), at(3, "Expected an ASCII digit."));
        assert_eq!(reason("{0"), at(2, "Format item ends prematurely."));
        assert_eq!(reason("{0:a{b}"), at(4, "Format item ends prematurely."));
        assert_eq!(reason("{0 x}"), at(3, "Format item ends prematurely."));
        // Offsets count UTF-16 units, as .NET strings do.
        assert_eq!(
            reason("\u{1F600}} x"),
            at(
                3,
                "Unexpected closing brace without a corresponding opening brace."
            )
        );
        // An index past the arguments fails only when its item is reached.
        assert!(reason("{5}").is_some_and(|m| m.starts_with("Index (zero based)")));
        assert_eq!(reason("{1} {"), at(5, "Format item ends prematurely."));
        assert_eq!(reason("{12345678}"), at(8, "Format item ends prematurely."));
    }

    #[test]
    fn validation_messages() {
        let config = GlobalConfig {
            connection_timeout: 0,
            ..GlobalConfig::default()
        };
        assert_eq!(
            config.validate().map_err(|e| e.to_string()),
            Err("Configured ConnectionTimeout property is invalid: 0".into())
        );
        assert!(GlobalConfig::default().validate().is_ok());
        assert!(is_individual_steam_id(76561197960287930));
        assert!(!is_individual_steam_id(103582791429521412));
    }
}

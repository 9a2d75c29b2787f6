//! ASF's Monitoring plugin: the process's and the bots' figures as Prometheus metrics.
//!
//! ASF's plugin registers OpenTelemetry instruments on a meter named `ArchiSteamFarm` and lets
//! OpenTelemetry's Prometheus exporter serve them; dashboards and alerts are written against
//! what that exporter makes of them. So the families here carry the exporter's names (dots
//! become underscores, counters end in `_total`, the unit is a suffix), the instruments' label
//! names and values, and the scope labels (`otel_scope_name`, `otel_scope_version`) the
//! exporter adds to every series. The figures are read from the bots when a scrape asks for
//! them, as ASF's observable instruments are, so a scrape costs one pass over the bots.
//!
//! Each metric is one row of a table (`ASF_METRICS`, `PROCESS_METRICS`: name, help, unit,
//! kind, how to read it from a snapshot), written by one small writer (`write_rows`).
//! Encoding is `prometheus-client`'s (OpenMetrics text, label values escaped as the format
//! requires: bot names are user input); the classic text format is derived from it (see
//! [`Format`]). The serving layer adds its own instruments through
//! [`Metrics::set_transport`], so this module stays free of HTTP.

use std::sync::{Arc, RwLock};

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{
    DescriptorEncoder, EncodeLabel, EncodeLabelSet, LabelSetEncoder, MetricEncoder, NoLabelSet,
};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::exemplar::Exemplar;
use prometheus_client::registry::{Registry, Unit};

use crate::api::enums::{AsfEnum, ECurrencyCode};
use crate::core::Asf;
use crate::core::plugins::PLUGINS;
use crate::core::process;

/// The meter ASF's Monitoring plugin creates (`SharedInfo.AssemblyName`): `otel_scope_name`.
pub(crate) const SCOPE_NAME: &str = "ArchiSteamFarm";

/// What one bot's trade offers came to, as ASF's Monitoring plugin counts them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TradeStatistics {
    pub accepted: u64,
    // The simulated network sends no offers of its own, so the bot never rejects, ignores or
    // blacklists one: these stay 0 and are served as ASF serves a bot that settled none.
    pub rejected: u64,
    pub ignored: u64,
    pub blacklisted: u64,
    pub confirmed: u64,
    pub items_given: u64,
    pub items_received: u64,
}

impl TradeStatistics {
    /// Counts one accepted offer, `confirmed` once no (further) mobile confirmation is needed.
    /// Items count only once the trade is confirmed: before that, nothing has changed hands.
    pub(crate) fn accepted(&mut self, confirmed: bool, items_given: u64, items_received: u64) {
        if confirmed {
            self.confirmed += 1;
            self.items_given += items_given;
            self.items_received += items_received;
        }
        self.accepted += 1;
    }
}

/// One bot's figures, read under one lock.
#[derive(Clone, Debug)]
pub(crate) struct BotFigures {
    pub name: String,
    /// 0 before the first logon.
    pub steam_id: u64,
    pub online: bool,
    pub farming: bool,
    pub friends: u32,
    pub clans: u32,
    pub minutes_remaining: f64,
    pub heartbeat_failures: u8,
    /// In cents of `wallet_currency`.
    pub wallet_balance: i64,
    /// `ECurrencyCode`; 0 (`Invalid`) until Steam told the wallet.
    pub wallet_currency: i32,
    pub bgr_keys_remaining: u64,
    /// `None` until the bot settled its first trade offer.
    pub trades: Option<TradeStatistics>,
}

/// The exposition format a scraper asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// Prometheus's classic text format, version 0.0.4: what a client gets unless it asks
    /// for OpenMetrics.
    Text,
    /// OpenMetrics text 1.0.0.
    OpenMetrics,
}

impl Format {
    /// The `Content-Type` of a scrape in this format.
    pub(crate) fn content_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain; version=0.0.4; charset=utf-8",
            Format::OpenMetrics => "application/openmetrics-text; version=1.0.0; charset=utf-8",
        }
    }
}

/// The process's metrics: ASF's instruments, process figures, and whatever the serving layer
/// registered.
#[derive(Default)]
pub(crate) struct Metrics {
    transport: RwLock<Option<Arc<dyn Collector>>>,
}

impl Metrics {
    /// Sets the serving layer's instruments (replacing earlier ones, as a restarted server
    /// starts counting afresh).
    pub(crate) fn set_transport(&self, collector: Arc<dyn Collector>) {
        *self.transport.write().unwrap_or_else(|e| e.into_inner()) = Some(collector);
    }

    /// One scrape: every family, read now, in `format`. Costs one pass over the bots; call it
    /// off the async threads.
    pub(crate) fn scrape(&self, asf: &Asf, format: Format) -> String {
        let mut registry = Registry::default();
        registry.register_collector(Box::new(DomainSnapshot::take(asf)));
        registry.register_collector(Box::new(ProcessSnapshot::take()));
        if let Some(transport) = self
            .transport
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        {
            registry.register_collector(Box::new(Shared(transport)));
        }
        let mut out = String::new();
        // Writing into a `String` cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &registry);
        match format {
            Format::OpenMetrics => out,
            Format::Text => to_classic_text(&out),
        }
    }
}

/// A collector shared with the layer that fills it.
#[derive(Debug)]
struct Shared(Arc<dyn Collector>);

impl Collector for Shared {
    fn encode(&self, encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        self.0.encode(encoder)
    }
}

/// Rewrites OpenMetrics text as the classic text format. The two share sample lines and label
/// escaping and differ in metadata only: the classic format names a counter's family after its
/// `_total` samples, has no `info` type (OpenTelemetry's exporter writes `target_info` as a
/// gauge there), calls `unknown` `untyped`, and has neither `# UNIT` nor `# EOF`.
fn to_classic_text(openmetrics: &str) -> String {
    let mut out = String::with_capacity(openmetrics.len() + 256);
    let mut lines = openmetrics.lines().peekable();
    while let Some(line) = lines.next() {
        if line == "# EOF" || line.starts_with("# UNIT ") {
            continue;
        }
        // Each family starts with `# HELP <name> <text>` and `# TYPE <name> <type>`.
        let family = line.strip_prefix("# HELP ").and_then(|help| {
            let kind = lines.peek()?.strip_prefix("# TYPE ")?.rsplit_once(' ')?.1;
            Some((help.split_once(' ').unwrap_or((help, "")), kind))
        });
        let Some(((name, help), kind)) = family else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        lines.next();
        let (suffix, kind) = match kind {
            "counter" => ("_total", "counter"),
            "info" => ("_info", "gauge"),
            "unknown" => ("", "untyped"),
            other => ("", other),
        };
        out.push_str(&format!(
            "# HELP {name}{suffix} {help}\n# TYPE {name}{suffix} {kind}\n"
        ));
    }
    out
}

/// Labels of one series: the scope labels first (as the exporter writes them), then the
/// instrument's own.
pub(crate) struct Labels<'a> {
    pub scope: &'a [(&'static str, &'a str)],
    pub own: &'a [(&'static str, &'a str)],
}

impl EncodeLabelSet for Labels<'_> {
    fn encode(&self, encoder: &mut LabelSetEncoder) -> Result<(), std::fmt::Error> {
        for (key, value) in self.scope.iter().chain(self.own) {
            (*key, *value).encode(encoder.encode_label())?;
        }
        Ok(())
    }
}

/// ASF's meter's scope labels.
const ASF_SCOPE: &[(&str, &str)] = &[
    ("otel_scope_name", SCOPE_NAME),
    ("otel_scope_version", process::ASF_VERSION),
];

/// What kind of instrument a metric is, as the exporter types it.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Gauge,
    Counter,
    /// OpenTelemetry's `target_info`: one series whose labels are the information.
    Info,
}

/// One sample's value.
#[derive(Clone, Copy, Debug)]
enum Value {
    Int(i64),
    Count(u64),
    Float(f64),
}

/// One metric family: its name, help and unit as the exporter writes them, and how its series
/// are read from a snapshot `S`. A metric is one row of a table.
struct Row<S> {
    name: &'static str,
    help: &'static str,
    unit: Option<&'static str>,
    kind: Kind,
    read: fn(&S, &mut Series<'_>) -> std::fmt::Result,
}

/// A family's series being written: each `emit` writes one sample with the table's scope
/// labels before its own.
struct Series<'e> {
    family: MetricEncoder<'e>,
    scope: &'static [(&'static str, &'static str)],
    kind: Kind,
}

impl Series<'_> {
    fn emit(&mut self, own: &[(&'static str, &str)], value: Value) -> std::fmt::Result {
        let labels = Labels {
            scope: self.scope,
            own,
        };
        if let Kind::Info = self.kind {
            return self.family.encode_info(&labels);
        }
        // A series without labels is written bare (`name 1`), not with empty braces.
        if labels.scope.is_empty() && labels.own.is_empty() {
            return write_value(&mut self.family, self.kind, value);
        }
        write_value(&mut self.family.encode_family(&labels)?, self.kind, value)
    }
}

fn write_value(metric: &mut MetricEncoder<'_>, kind: Kind, value: Value) -> std::fmt::Result {
    let no_exemplar = None::<&Exemplar<NoLabelSet, f64>>;
    match (kind, value) {
        (Kind::Counter, Value::Count(v)) => metric.encode_counter(&v, no_exemplar),
        (Kind::Counter, Value::Int(v)) => {
            metric.encode_counter(&u64::try_from(v).unwrap_or(0), no_exemplar)
        }
        (Kind::Counter, Value::Float(v)) => metric.encode_counter(&v, no_exemplar),
        (_, Value::Int(v)) => metric.encode_gauge(&v),
        (_, Value::Count(v)) => metric.encode_gauge(&v),
        (_, Value::Float(v)) => metric.encode_gauge(&v),
    }
}

/// Writes every row of `rows`, reading from `snapshot`, each series with `scope`'s labels.
fn write_rows<S>(
    encoder: &mut DescriptorEncoder,
    rows: &[Row<S>],
    snapshot: &S,
    scope: &'static [(&'static str, &'static str)],
) -> std::fmt::Result {
    for row in rows {
        let unit = row.unit.map(|u| Unit::Other(u.to_string()));
        let kind = match row.kind {
            Kind::Gauge => MetricType::Gauge,
            Kind::Counter => MetricType::Counter,
            Kind::Info => MetricType::Info,
        };
        let family = encoder.encode_descriptor(row.name, row.help, unit.as_ref(), kind)?;
        let mut series = Series {
            family,
            scope,
            kind: row.kind,
        };
        (row.read)(snapshot, &mut series)?;
    }
    Ok(())
}

/// A row without a unit.
const fn row<S>(
    name: &'static str,
    help: &'static str,
    kind: Kind,
    read: fn(&S, &mut Series<'_>) -> std::fmt::Result,
) -> Row<S> {
    Row {
        name,
        help,
        unit: None,
        kind,
        read,
    }
}

/// A row in `unit` (a suffix of the name, as the exporter writes it).
const fn row_in<S>(
    unit: &'static str,
    name: &'static str,
    help: &'static str,
    kind: Kind,
    read: fn(&S, &mut Series<'_>) -> std::fmt::Result,
) -> Row<S> {
    Row {
        unit: Some(unit),
        ..row(name, help, kind, read)
    }
}

/// Everything ASF's instruments read, taken at the start of a scrape.
struct DomainSnapshot {
    banned_ips: u64,
    runtime: process::RuntimeDescription,
    /// By name, each with its SteamID as label text.
    bots: Vec<(BotFigures, String)>,
}

impl std::fmt::Debug for DomainSnapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DomainSnapshot")
            .field("banned_ips", &self.banned_ips)
            .field("bots", &self.bots)
            .finish_non_exhaustive()
    }
}

impl DomainSnapshot {
    fn take(asf: &Asf) -> Self {
        let figures = asf.bots().all().iter().map(|b| b.figures()).collect();
        Self::of(asf.access().banned().len() as u64, figures)
    }

    fn of(banned_ips: u64, mut bots: Vec<BotFigures>) -> Self {
        bots.sort_by(|a, b| a.name.cmp(&b.name));
        Self {
            banned_ips,
            runtime: process::runtime_description(),
            bots: bots
                .into_iter()
                .map(|b| {
                    let id = b.steam_id.to_string();
                    (b, id)
                })
                .collect(),
        }
    }

    /// Writes one series per bot that `keep` takes, labelled with its name and SteamID.
    fn per_bot(
        &self,
        out: &mut Series<'_>,
        keep: fn(&BotFigures) -> bool,
        value: fn(&BotFigures) -> Value,
    ) -> std::fmt::Result {
        for (bot, id) in self.bots.iter().filter(|(b, _)| keep(b)) {
            out.emit(&[("bot", &bot.name), ("steamid", id)], value(bot))?;
        }
        Ok(())
    }

    /// Writes one series per bot that settled a trade offer, as ASF's plugin counts only
    /// those.
    fn per_trader(
        &self,
        out: &mut Series<'_>,
        value: fn(&TradeStatistics) -> u64,
    ) -> std::fmt::Result {
        for (bot, id) in &self.bots {
            if let Some(trades) = &bot.trades {
                out.emit(
                    &[("bot", &bot.name), ("steamid", id)],
                    Value::Count(value(trades)),
                )?;
            }
        }
        Ok(())
    }

    fn count(&self, keep: fn(&BotFigures) -> bool) -> i64 {
        self.bots.iter().filter(|(b, _)| keep(b)).count() as i64
    }
}

fn online(bot: &BotFigures) -> bool {
    bot.online
}

fn every(_: &BotFigures) -> bool {
    true
}

/// The .NET name of a currency (`USD`), or its number when it has none, as `ToString()` does.
fn currency_name(code: i32) -> String {
    ECurrencyCode::MEMBERS
        .iter()
        .find(|(_, value)| *value == i64::from(code))
        .map_or_else(|| code.to_string(), |(name, _)| (*name).to_string())
}

/// ASF's Monitoring plugin's instruments, in the order it creates them. The families ASF reads
/// from a logged-on session (friends, clans, farming time) leave out bots not logged on.
const ASF_METRICS: &[Row<DomainSnapshot>] = &[
    row(
        "asf_build_info",
        "Build information about ASF in form of label values",
        Kind::Gauge,
        |_, out| {
            let labels = [
                ("version", process::ASF_VERSION),
                ("variant", process::BUILD_VARIANT),
            ];
            out.emit(&labels, Value::Int(1))
        },
    ),
    row(
        "asf_runtime_info",
        "Runtime information about ASF in form of label values",
        Kind::Gauge,
        |s, out| {
            let labels = [
                ("framework", s.runtime.framework.as_str()),
                ("runtime", &s.runtime.runtime),
                ("operating_system", &s.runtime.operating_system),
            ];
            out.emit(&labels, Value::Int(1))
        },
    ),
    row(
        "asf_ipc_banned_ips",
        "Number of IP addresses currently banned by ASFs IPC module",
        Kind::Gauge,
        |s, out| out.emit(&[], Value::Count(s.banned_ips)),
    ),
    row(
        "asf_active_plugins",
        "Number of plugins currently loaded in ASF",
        Kind::Gauge,
        |_, out| {
            let official = PLUGINS.iter().filter(|p| p.official).count() as i64;
            let all = PLUGINS.len() as i64;
            out.emit(&[], Value::Int(all))?;
            out.emit(&[("type", "official")], Value::Int(official))?;
            out.emit(&[("type", "custom")], Value::Int(all - official))
        },
    ),
    row(
        "asf_bots",
        "Number of bots that are currently loaded in ASF",
        Kind::Gauge,
        |s, out| {
            let (configured, online) = (s.count(every), s.count(online));
            out.emit(&[("state", "configured")], Value::Int(configured))?;
            out.emit(&[("state", "online")], Value::Int(online))?;
            out.emit(&[("state", "offline")], Value::Int(configured - online))?;
            out.emit(&[("state", "farming")], Value::Int(s.count(|b| b.farming)))
        },
    ),
    row(
        "asf_bot_friends",
        "Number of friends each bot has on Steam",
        Kind::Gauge,
        |s, out| s.per_bot(out, online, |b| Value::Int(b.friends.into())),
    ),
    row(
        "asf_bot_clans",
        "Number of Steam groups each bot is in",
        Kind::Gauge,
        |s, out| s.per_bot(out, online, |b| Value::Int(b.clans.into())),
    ),
    row_in(
        "minutes",
        "asf_bot_farming_time_remaining",
        "Approximate number of minutes remaining until each bot has finished farming all cards",
        Kind::Gauge,
        |s, out| s.per_bot(out, online, |b| Value::Float(b.minutes_remaining)),
    ),
    row(
        "asf_bot_heartbeat_failures",
        "Number of times a bot has failed to reach Steam servers",
        Kind::Gauge,
        |s, out| s.per_bot(out, every, |b| Value::Int(b.heartbeat_failures.into())),
    ),
    row(
        "asf_bot_wallet_balance",
        "Current Steam wallet balance of each bot",
        Kind::Gauge,
        |s, out| {
            for (bot, id) in s.bots.iter().filter(|(b, _)| b.wallet_currency != 0) {
                let currency = currency_name(bot.wallet_currency);
                let labels = [
                    ("bot", bot.name.as_str()),
                    ("steamid", id),
                    ("currency", &currency),
                ];
                out.emit(&labels, Value::Int(bot.wallet_balance))?;
            }
            Ok(())
        },
    ),
    row(
        "asf_bot_bgr_keys_remaining",
        "Remaining games to redeem in background per bot",
        Kind::Gauge,
        |s, out| s.per_bot(out, every, |b| Value::Count(b.bgr_keys_remaining)),
    ),
    row(
        "asf_bot_trades",
        "Trade offers per bot and action taken by ASF",
        Kind::Counter,
        |s, out| {
            for (bot, id) in &s.bots {
                let Some(t) = &bot.trades else { continue };
                for (result, count) in [
                    ("accepted", t.accepted),
                    ("rejected", t.rejected),
                    ("ignored", t.ignored),
                    ("blacklisted", t.blacklisted),
                    ("confirmed", t.confirmed),
                ] {
                    let labels = [
                        ("bot", bot.name.as_str()),
                        ("steamid", id),
                        ("result", result),
                    ];
                    out.emit(&labels, Value::Count(count))?;
                }
            }
            Ok(())
        },
    ),
    row(
        "asf_bot_items_given",
        "Items given per bot",
        Kind::Counter,
        |s, out| s.per_trader(out, |t| t.items_given),
    ),
    row(
        "asf_bot_items_received",
        "Items received per bot",
        Kind::Counter,
        |s, out| s.per_trader(out, |t| t.items_received),
    ),
];

impl Collector for DomainSnapshot {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        write_rows(&mut encoder, ASF_METRICS, self, ASF_SCOPE)
    }
}

/// The process figures Prometheus's client libraries export under the same names
/// (`process_*`), read from `/proc`, plus OpenTelemetry's `target_info`.
#[derive(Debug)]
struct ProcessSnapshot {
    figures: process::ProcessFigures,
}

impl ProcessSnapshot {
    fn take() -> Self {
        Self {
            figures: process::figures(),
        }
    }
}

/// The process's figures; these series carry no scope labels.
const PROCESS_METRICS: &[Row<ProcessSnapshot>] = &[
    row("target", "Target metadata", Kind::Info, |_, out| {
        let service = format!("unknown_service:{}", process::executable_name());
        out.emit(&[("service_name", &service)], Value::Int(1))
    }),
    row_in(
        "seconds",
        "process_cpu",
        "Total user and system CPU time spent in seconds",
        Kind::Counter,
        |s, out| out.emit(&[], Value::Float(s.figures.cpu_seconds)),
    ),
    row_in(
        "bytes",
        "process_resident_memory",
        "Resident memory size in bytes",
        Kind::Gauge,
        |s, out| out.emit(&[], Value::Count(s.figures.resident_bytes)),
    ),
    row_in(
        "bytes",
        "process_virtual_memory",
        "Virtual memory size in bytes",
        Kind::Gauge,
        |s, out| out.emit(&[], Value::Count(s.figures.virtual_bytes)),
    ),
    row(
        "process_open_fds",
        "Number of open file descriptors",
        Kind::Gauge,
        |s, out| out.emit(&[], Value::Count(s.figures.open_fds)),
    ),
    row(
        "process_max_fds",
        "Maximum number of open file descriptors",
        Kind::Gauge,
        |s, out| out.emit(&[], Value::Count(s.figures.max_fds)),
    ),
    row_in(
        "seconds",
        "process_start_time",
        "Start time of the process since unix epoch in seconds",
        Kind::Gauge,
        |s, out| out.emit(&[], Value::Float(s.figures.start_time_seconds)),
    ),
];

impl Collector for ProcessSnapshot {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        write_rows(&mut encoder, PROCESS_METRICS, self, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bot names are user input; the crate escapes label values since 0.25.2.
    #[test]
    fn label_values_are_escaped() {
        let mut registry = Registry::default();
        #[derive(Debug)]
        struct One;
        impl Collector for One {
            fn encode(&self, mut encoder: DescriptorEncoder) -> std::fmt::Result {
                encoder
                    .encode_descriptor("x", "h", None, MetricType::Gauge)?
                    .encode_family(&Labels {
                        scope: &[],
                        own: &[("bot", "a\"b\\c\nd")],
                    })?
                    .encode_gauge(&1i64)
            }
        }
        registry.register_collector(Box::new(One));
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &registry).expect("encodes");
        assert!(out.contains(r#"x{bot="a\"b\\c\nd"} 1"#), "{out}");
    }

    #[test]
    fn classic_text_names_counters_after_their_samples() {
        let openmetrics = "# HELP a_b Help.\n# TYPE a_b counter\na_b_total{x=\"1\"} 2\n\
            # HELP t Target metadata\n# TYPE t info\nt_info{service_name=\"s\"} 1\n\
            # HELP m_minutes M.\n# TYPE m_minutes gauge\n# UNIT m_minutes minutes\nm_minutes 1.5\n# EOF\n";
        assert_eq!(
            to_classic_text(openmetrics),
            "# HELP a_b_total Help.\n# TYPE a_b_total counter\na_b_total{x=\"1\"} 2\n\
             # HELP t_info Target metadata\n# TYPE t_info gauge\nt_info{service_name=\"s\"} 1\n\
             # HELP m_minutes M.\n# TYPE m_minutes gauge\nm_minutes 1.5\n"
        );
    }

    #[test]
    fn trades_count_items_once_confirmed() {
        let mut t = TradeStatistics::default();
        t.accepted(false, 3, 0);
        t.accepted(true, 0, 5);
        assert_eq!(
            t,
            TradeStatistics {
                accepted: 2,
                confirmed: 1,
                items_received: 5,
                ..TradeStatistics::default()
            }
        );
    }

    /// The whole of ASF's families for a fixed snapshot, byte for byte: the order of families
    /// and series, scope labels, units, escaping and number formats that scrapers and the
    /// golden answers rely on.
    #[test]
    fn asf_families_are_written_as_pinned() {
        let bot = |name: &str, online: bool, currency: i32, trades| BotFigures {
            name: name.to_string(),
            steam_id: if online { 76561199696922461 } else { 0 },
            online,
            farming: online,
            friends: 45,
            clans: 15,
            minutes_remaining: 12.5,
            heartbeat_failures: 2,
            wallet_balance: 8588,
            wallet_currency: currency,
            bgr_keys_remaining: 3,
            trades,
        };
        let trades = TradeStatistics {
            accepted: 4,
            rejected: 1,
            ignored: 2,
            blacklisted: 3,
            confirmed: 5,
            items_given: 6,
            items_received: 7,
        };
        let mut snapshot = DomainSnapshot::of(
            2,
            vec![
                bot("zeta", false, 0, None),
                bot("alpha", true, 1, Some(trades)),
                bot("we\"ird", true, 9999, None),
            ],
        );
        snapshot.runtime = process::RuntimeDescription {
            framework: "F".into(),
            runtime: "R".into(),
            operating_system: "O".into(),
        };
        let mut registry = Registry::default();
        registry.register_collector(Box::new(snapshot));
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &registry).expect("encodes");
        let out = out.replace(
            r#"otel_scope_name="ArchiSteamFarm",otel_scope_version="6.3.9.6""#,
            "S",
        );
        assert_eq!(out, PINNED, "{out}");
    }

    const PINNED: &str = r##"# HELP asf_build_info Build information about ASF in form of label values
# TYPE asf_build_info gauge
asf_build_info{S,version="6.3.9.6",variant="source"} 1
# HELP asf_runtime_info Runtime information about ASF in form of label values
# TYPE asf_runtime_info gauge
asf_runtime_info{S,framework="F",runtime="R",operating_system="O"} 1
# HELP asf_ipc_banned_ips Number of IP addresses currently banned by ASFs IPC module
# TYPE asf_ipc_banned_ips gauge
asf_ipc_banned_ips{S} 2
# HELP asf_active_plugins Number of plugins currently loaded in ASF
# TYPE asf_active_plugins gauge
asf_active_plugins{S} 4
asf_active_plugins{S,type="official"} 4
asf_active_plugins{S,type="custom"} 0
# HELP asf_bots Number of bots that are currently loaded in ASF
# TYPE asf_bots gauge
asf_bots{S,state="configured"} 3
asf_bots{S,state="online"} 2
asf_bots{S,state="offline"} 1
asf_bots{S,state="farming"} 2
# HELP asf_bot_friends Number of friends each bot has on Steam
# TYPE asf_bot_friends gauge
asf_bot_friends{S,bot="alpha",steamid="76561199696922461"} 45
asf_bot_friends{S,bot="we\"ird",steamid="76561199696922461"} 45
# HELP asf_bot_clans Number of Steam groups each bot is in
# TYPE asf_bot_clans gauge
asf_bot_clans{S,bot="alpha",steamid="76561199696922461"} 15
asf_bot_clans{S,bot="we\"ird",steamid="76561199696922461"} 15
# HELP asf_bot_farming_time_remaining_minutes Approximate number of minutes remaining until each bot has finished farming all cards
# TYPE asf_bot_farming_time_remaining_minutes gauge
# UNIT asf_bot_farming_time_remaining_minutes minutes
asf_bot_farming_time_remaining_minutes{S,bot="alpha",steamid="76561199696922461"} 12.5
asf_bot_farming_time_remaining_minutes{S,bot="we\"ird",steamid="76561199696922461"} 12.5
# HELP asf_bot_heartbeat_failures Number of times a bot has failed to reach Steam servers
# TYPE asf_bot_heartbeat_failures gauge
asf_bot_heartbeat_failures{S,bot="alpha",steamid="76561199696922461"} 2
asf_bot_heartbeat_failures{S,bot="we\"ird",steamid="76561199696922461"} 2
asf_bot_heartbeat_failures{S,bot="zeta",steamid="0"} 2
# HELP asf_bot_wallet_balance Current Steam wallet balance of each bot
# TYPE asf_bot_wallet_balance gauge
asf_bot_wallet_balance{S,bot="alpha",steamid="76561199696922461",currency="USD"} 8588
asf_bot_wallet_balance{S,bot="we\"ird",steamid="76561199696922461",currency="9999"} 8588
# HELP asf_bot_bgr_keys_remaining Remaining games to redeem in background per bot
# TYPE asf_bot_bgr_keys_remaining gauge
asf_bot_bgr_keys_remaining{S,bot="alpha",steamid="76561199696922461"} 3
asf_bot_bgr_keys_remaining{S,bot="we\"ird",steamid="76561199696922461"} 3
asf_bot_bgr_keys_remaining{S,bot="zeta",steamid="0"} 3
# HELP asf_bot_trades Trade offers per bot and action taken by ASF
# TYPE asf_bot_trades counter
asf_bot_trades_total{S,bot="alpha",steamid="76561199696922461",result="accepted"} 4
asf_bot_trades_total{S,bot="alpha",steamid="76561199696922461",result="rejected"} 1
asf_bot_trades_total{S,bot="alpha",steamid="76561199696922461",result="ignored"} 2
asf_bot_trades_total{S,bot="alpha",steamid="76561199696922461",result="blacklisted"} 3
asf_bot_trades_total{S,bot="alpha",steamid="76561199696922461",result="confirmed"} 5
# HELP asf_bot_items_given Items given per bot
# TYPE asf_bot_items_given counter
asf_bot_items_given_total{S,bot="alpha",steamid="76561199696922461"} 6
# HELP asf_bot_items_received Items received per bot
# TYPE asf_bot_items_received counter
asf_bot_items_received_total{S,bot="alpha",steamid="76561199696922461"} 7
# EOF
"##;
}

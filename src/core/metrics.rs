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
//! Encoding is `prometheus-client`'s (OpenMetrics text, label values escaped as the format
//! requires: bot names are user input); the classic text format is derived from it (see
//! [`Format`]). The serving layer adds its own instruments through
//! [`Metrics::set_transport`], so this module stays free of HTTP.

use std::sync::{Arc, RwLock};

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, LabelSetEncoder, NoLabelSet};
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

use prometheus_client::encoding::EncodeLabel;

/// ASF's meter's scope labels.
const ASF_SCOPE: &[(&str, &str)] = &[
    ("otel_scope_name", SCOPE_NAME),
    ("otel_scope_version", process::ASF_VERSION),
];

/// Everything ASF's instruments read, taken at the start of a scrape.
#[derive(Debug)]
struct DomainSnapshot {
    banned_ips: u64,
    bots: Vec<BotFigures>,
}

impl DomainSnapshot {
    fn take(asf: &Asf) -> Self {
        let mut bots: Vec<BotFigures> = asf.bots().all().iter().map(|b| b.figures()).collect();
        bots.sort_by(|a, b| a.name.cmp(&b.name));
        Self {
            banned_ips: asf.access().banned().len() as u64,
            bots,
        }
    }
}

/// The series of one family: called per item with a writer of `(labels, value)`.
type SeriesOf<'f, T, V> = &'f dyn Fn(
    &T,
    &mut dyn FnMut(&[(&'static str, &str)], V) -> std::fmt::Result,
) -> std::fmt::Result;

/// Writes one metric family of `kind`, one series per item, each value by `write_value`.
fn family<'i, T: 'i, V>(
    encoder: &mut DescriptorEncoder,
    (name, help, unit): (&str, &str, Option<&Unit>),
    kind: MetricType,
    items: impl IntoIterator<Item = &'i T>,
    series: SeriesOf<'_, T, V>,
    write_value: impl Fn(prometheus_client::encoding::MetricEncoder<'_>, V) -> std::fmt::Result,
) -> std::fmt::Result {
    let mut family = encoder.encode_descriptor(name, help, unit, kind)?;
    for item in items {
        series(item, &mut |own, value| {
            let labels = Labels {
                scope: ASF_SCOPE,
                own,
            };
            write_value(family.encode_family(&labels)?, value)
        })?;
    }
    Ok(())
}

/// Writes one gauge family, one series per item.
fn gauges<'i, T: 'i, V: prometheus_client::encoding::EncodeGaugeValue>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    unit: Option<&Unit>,
    items: impl IntoIterator<Item = &'i T>,
    series: impl Fn(
        &T,
        &mut dyn FnMut(&[(&'static str, &str)], V) -> std::fmt::Result,
    ) -> std::fmt::Result,
) -> std::fmt::Result {
    family(
        encoder,
        (name, help, unit),
        MetricType::Gauge,
        items,
        &series,
        |mut metric, value| metric.encode_gauge(&value),
    )
}

/// Writes one counter family, one series per item.
fn counters<'i, T: 'i>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    items: impl IntoIterator<Item = &'i T>,
    series: impl Fn(
        &T,
        &mut dyn FnMut(&[(&'static str, &str)], u64) -> std::fmt::Result,
    ) -> std::fmt::Result,
) -> std::fmt::Result {
    family(
        encoder,
        (name, help, None),
        MetricType::Counter,
        items,
        &series,
        |mut metric, value| {
            metric
                .encode_counter::<NoLabelSet, u64, f64>(&value, None::<&Exemplar<NoLabelSet, f64>>)
        },
    )
}

/// The .NET name of a currency (`USD`), or its number when it has none, as `ToString()` does.
fn currency_name(code: i32) -> String {
    ECurrencyCode::MEMBERS
        .iter()
        .find(|(_, value)| *value == i64::from(code))
        .map_or_else(|| code.to_string(), |(name, _)| (*name).to_string())
}

impl Collector for DomainSnapshot {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let one = [()];
        gauges(
            &mut encoder,
            "asf_build_info",
            "Build information about ASF in form of label values",
            None,
            &one,
            |_, emit| {
                emit(
                    &[
                        ("version", process::ASF_VERSION),
                        ("variant", process::BUILD_VARIANT),
                    ],
                    1i64,
                )
            },
        )?;
        let runtime = process::runtime_description();
        gauges(
            &mut encoder,
            "asf_runtime_info",
            "Runtime information about ASF in form of label values",
            None,
            &one,
            |_, emit| {
                emit(
                    &[
                        ("framework", &runtime.framework),
                        ("runtime", &runtime.runtime),
                        ("operating_system", &runtime.operating_system),
                    ],
                    1i64,
                )
            },
        )?;
        gauges(
            &mut encoder,
            "asf_ipc_banned_ips",
            "Number of IP addresses currently banned by ASFs IPC module",
            None,
            &one,
            |_, emit| emit(&[], self.banned_ips as i64),
        )?;
        let official = PLUGINS.iter().filter(|p| p.official).count() as i64;
        let all = PLUGINS.len() as i64;
        gauges(
            &mut encoder,
            "asf_active_plugins",
            "Number of plugins currently loaded in ASF",
            None,
            &one,
            |_, emit| {
                emit(&[], all)?;
                emit(&[("type", "official")], official)?;
                emit(&[("type", "custom")], all - official)
            },
        )?;
        let online = self.bots.iter().filter(|b| b.online).count() as i64;
        let farming = self.bots.iter().filter(|b| b.farming).count() as i64;
        let configured = self.bots.len() as i64;
        gauges(
            &mut encoder,
            "asf_bots",
            "Number of bots that are currently loaded in ASF",
            None,
            &one,
            |_, emit| {
                emit(&[("state", "configured")], configured)?;
                emit(&[("state", "online")], online)?;
                emit(&[("state", "offline")], configured - online)?;
                emit(&[("state", "farming")], farming)
            },
        )?;

        // Per bot: the label values are written once per bot and family.
        let ids: Vec<String> = self.bots.iter().map(|b| b.steam_id.to_string()).collect();
        let bots: Vec<(&BotFigures, &str)> = self
            .bots
            .iter()
            .zip(ids.iter().map(String::as_str))
            .collect();
        let online_bots: Vec<&(&BotFigures, &str)> =
            bots.iter().filter(|(b, _)| b.online).collect();
        gauges(
            &mut encoder,
            "asf_bot_friends",
            "Number of friends each bot has on Steam",
            None,
            online_bots.iter().copied(),
            |(b, id), emit| emit(&[("bot", &b.name), ("steamid", id)], i64::from(b.friends)),
        )?;
        gauges(
            &mut encoder,
            "asf_bot_clans",
            "Number of Steam groups each bot is in",
            None,
            online_bots.iter().copied(),
            |(b, id), emit| emit(&[("bot", &b.name), ("steamid", id)], i64::from(b.clans)),
        )?;
        let minutes = Unit::Other("minutes".to_string());
        gauges(
            &mut encoder,
            "asf_bot_farming_time_remaining",
            "Approximate number of minutes remaining until each bot has finished farming all cards",
            Some(&minutes),
            online_bots.iter().copied(),
            |(b, id), emit| emit(&[("bot", &b.name), ("steamid", id)], b.minutes_remaining),
        )?;
        gauges(
            &mut encoder,
            "asf_bot_heartbeat_failures",
            "Number of times a bot has failed to reach Steam servers",
            None,
            &bots,
            |(b, id), emit| {
                emit(
                    &[("bot", &b.name), ("steamid", id)],
                    i64::from(b.heartbeat_failures),
                )
            },
        )?;
        gauges(
            &mut encoder,
            "asf_bot_wallet_balance",
            "Current Steam wallet balance of each bot",
            None,
            bots.iter().filter(|(b, _)| b.wallet_currency != 0),
            |(b, id), emit| {
                let currency = currency_name(b.wallet_currency);
                emit(
                    &[("bot", &b.name), ("steamid", id), ("currency", &currency)],
                    b.wallet_balance,
                )
            },
        )?;
        gauges(
            &mut encoder,
            "asf_bot_bgr_keys_remaining",
            "Remaining games to redeem in background per bot",
            None,
            &bots,
            |(b, id), emit| {
                emit(
                    &[("bot", &b.name), ("steamid", id)],
                    b.bgr_keys_remaining as i64,
                )
            },
        )?;
        let traded: Vec<(&BotFigures, &str, TradeStatistics)> = bots
            .iter()
            .filter_map(|(b, id)| b.trades.map(|t| (*b, *id, t)))
            .collect();
        counters(
            &mut encoder,
            "asf_bot_trades",
            "Trade offers per bot and action taken by ASF",
            &traded,
            |(b, id, t), emit| {
                for (result, count) in [
                    ("accepted", t.accepted),
                    ("rejected", t.rejected),
                    ("ignored", t.ignored),
                    ("blacklisted", t.blacklisted),
                    ("confirmed", t.confirmed),
                ] {
                    emit(
                        &[("bot", &b.name), ("steamid", id), ("result", result)],
                        count,
                    )?;
                }
                Ok(())
            },
        )?;
        counters(
            &mut encoder,
            "asf_bot_items_given",
            "Items given per bot",
            &traded,
            |(b, id, t), emit| emit(&[("bot", &b.name), ("steamid", id)], t.items_given),
        )?;
        counters(
            &mut encoder,
            "asf_bot_items_received",
            "Items received per bot",
            &traded,
            |(b, id, t), emit| emit(&[("bot", &b.name), ("steamid", id)], t.items_received),
        )
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

impl Collector for ProcessSnapshot {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let service = format!("unknown_service:{}", process::executable_name());
        encoder
            .encode_descriptor("target", "Target metadata", None, MetricType::Info)?
            .encode_info(&[("service_name", service.as_str())])?;
        let f = &self.figures;
        let seconds = Unit::Seconds;
        let bytes = Unit::Bytes;
        encoder
            .encode_descriptor(
                "process_cpu",
                "Total user and system CPU time spent in seconds",
                Some(&seconds),
                MetricType::Counter,
            )?
            .encode_counter::<NoLabelSet, f64, f64>(&f.cpu_seconds, None)?;
        encoder
            .encode_descriptor(
                "process_resident_memory",
                "Resident memory size in bytes",
                Some(&bytes),
                MetricType::Gauge,
            )?
            .encode_gauge(&(f.resident_bytes as i64))?;
        encoder
            .encode_descriptor(
                "process_virtual_memory",
                "Virtual memory size in bytes",
                Some(&bytes),
                MetricType::Gauge,
            )?
            .encode_gauge(&(f.virtual_bytes as i64))?;
        encoder
            .encode_descriptor(
                "process_open_fds",
                "Number of open file descriptors",
                None,
                MetricType::Gauge,
            )?
            .encode_gauge(&(f.open_fds as i64))?;
        encoder
            .encode_descriptor(
                "process_max_fds",
                "Maximum number of open file descriptors",
                None,
                MetricType::Gauge,
            )?
            .encode_gauge(&(f.max_fds as i64))?;
        encoder
            .encode_descriptor(
                "process_start_time",
                "Start time of the process since unix epoch in seconds",
                Some(&seconds),
                MetricType::Gauge,
            )?
            .encode_gauge(&f.start_time_seconds)?;
        Ok(())
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
}

//! What a change of `openapi/asf.json` means for clients written against a released version.
//!
//! Every released version's document is kept as `openapi/released/asf-<info.version>.json`.
//! The working document is compared with the latest of them by Oxide's `drift`, which names
//! each change and classes it. drift leaves some kinds of change unclassified that a document
//! like ASF's makes all the time (properties of an object added or removed or made required;
//! bounds: numeric ranges, string lengths, array sizes and uniqueness); those are classed here
//! from the two schemas and the direction data flows (request or answer). Anything drift
//! cannot class and this module does not either counts as breaking, to be checked by hand.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use drift::{ChangeClass, ChangeComparison};
use serde_json::Value;

/// What a change does to clients of the older document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Effect {
    /// Existing clients break (drift: backward-incompatible, or incompatible both ways).
    BreaksClients,
    /// Neither drift nor this module can tell: counted as breaking until someone checks.
    Unknown,
    /// Existing clients keep working; a client using the new parts needs this server or newer
    /// (drift: forward-incompatible).
    NeedsNewServer,
    /// No effect on the wire: descriptions, extensions, names of schemas.
    None,
}

impl Effect {
    pub fn breaks_clients(self) -> bool {
        matches!(self, Effect::BreaksClients | Effect::Unknown)
    }

    fn of(class: ChangeClass) -> Self {
        match class {
            ChangeClass::BackwardIncompatible | ChangeClass::Incompatible => Effect::BreaksClients,
            ChangeClass::ForwardIncompatible => Effect::NeedsNewServer,
            ChangeClass::Trivial => Effect::None,
            ChangeClass::Unhandled => Effect::Unknown,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Effect::BreaksClients => "BREAKS CLIENTS",
            Effect::Unknown => "UNCLASSIFIED, counted as breaking",
            Effect::NeedsNewServer => "compatible (clients using it need this version)",
            Effect::None => "no effect on the wire",
        }
    }
}

/// One change between two documents.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub effect: Effect,
    /// Where: ``schema `BotConfig.FarmingDelay` `` or ``operation `BotGet` (GET /Api/Bot/{botNames})``.
    pub place: String,
    /// What changed, in drift's words or this module's.
    pub message: String,
    /// The operations whose requests or answers reach the place, when it is a shared schema.
    pub used_by: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] {}: {}",
            self.effect.label(),
            self.place,
            self.message
        )?;
        if !self.used_by.is_empty() && self.effect != Effect::None {
            write!(f, " (reached from {})", self.used_by)?;
        }
        Ok(())
    }
}

/// Every change from `old` to `new`, most serious first.
pub fn changes(old: &Value, new: &Value) -> Result<Vec<Finding>, String> {
    let found = drift::compare(old, new).map_err(|e| format!("drift: {e:#}"))?;
    let mut out = BTreeSet::new();
    for change in found {
        let Some(first) = change.paths.first() else {
            continue;
        };
        // A renamed schema has another base in the new document; an added operation has
        // none in the old one (drift points at `#/paths`).
        let (new_base, _) = first.new.base_and_subpath();
        let (base, _) = if first.old.current_pointer() == "#/paths" {
            (new_base, "")
        } else {
            first.old.base_and_subpath()
        };
        let directions: BTreeSet<Direction> = change
            .paths
            .iter()
            .map(|p| Direction::of(p.comparison))
            .collect();
        let used_by: BTreeSet<String> = if base.starts_with("#/components/") {
            change
                .paths
                .iter()
                .filter_map(|p| {
                    let endpoint = p.old.endpoint_base().or(p.new.endpoint_base())?;
                    let label =
                        endpoint_label(old, endpoint).or_else(|| endpoint_label(new, endpoint))?;
                    Some(format!("{label} {}", Direction::of(p.comparison).word()))
                })
                .collect()
        } else {
            BTreeSet::new()
        };
        // A few are enough to find the schema's users; shared envelopes reach dozens.
        const SHOWN: usize = 3;
        let mut used_by: Vec<String> = used_by.into_iter().collect();
        if used_by.len() > SHOWN {
            let more = used_by.len() - SHOWN;
            used_by.truncate(SHOWN);
            used_by.push(format!("{more} more"));
        }
        let used_by = used_by.join(", ");
        let place = place_label(old, new, base);
        for info in change.changes {
            let refined = match info.class {
                ChangeClass::Unhandled => refine(
                    old,
                    new,
                    &format!("{base}/{}", info.old_subpath),
                    &format!("{new_base}/{}", info.new_subpath),
                    &info.message,
                    &directions,
                ),
                _ => None,
            };
            let subplace = subplace(&place, &info.old_subpath, &info.new_subpath);
            match refined {
                Some(items) => {
                    for (effect, message) in items {
                        out.insert(Finding {
                            effect,
                            place: subplace.clone(),
                            message,
                            used_by: used_by.clone(),
                        });
                    }
                }
                None => {
                    out.insert(Finding {
                        effect: Effect::of(info.class),
                        place: subplace,
                        message: info.message,
                        used_by: used_by.clone(),
                    });
                }
            }
        }
    }
    Ok(out.into_iter().collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Direction {
    /// Clients send it (parameters, request bodies).
    Request,
    /// Clients read it (answers).
    Answer,
    Structure,
}

impl Direction {
    fn of(comparison: ChangeComparison) -> Self {
        match comparison {
            ChangeComparison::Input => Direction::Request,
            ChangeComparison::Output => Direction::Answer,
            ChangeComparison::Structural => Direction::Structure,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Answer => "answer",
            Direction::Structure => "operation",
        }
    }
}

/// The value a `#/…` pointer names, following `$ref`s at the end of the way.
fn at<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    let pointer = pointer.strip_prefix('#')?.trim_end_matches('/');
    let mut value = doc.pointer(pointer)?;
    for _ in 0..8 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(target) => value = doc.pointer(target.strip_prefix('#')?)?,
            None => break,
        }
    }
    Some(value)
}

/// Classes the kinds of change drift leaves open that this document makes: an object's
/// properties (or which of them are required), and a schema's bounds.
fn refine(
    old: &Value,
    new: &Value,
    old_pointer: &str,
    new_pointer: &str,
    message: &str,
    directions: &BTreeSet<Direction>,
) -> Option<Vec<(Effect, String)>> {
    let before = at(old, old_pointer)?;
    let after = at(new, new_pointer)?;
    let request = directions.contains(&Direction::Request);
    let answer = directions.contains(&Direction::Answer);
    if !request && !answer {
        return None;
    }
    match message {
        "object properties changed" | "object required properties changed" => {
            Some(object_changes(before, after, request, answer, message))
        }
        "number schema changed" | "integer schema changed" => {
            bounds_change(before, after, request, answer, &NUMBER_BOUNDS)
        }
        "string schema changed" => bounds_change(before, after, request, answer, &LENGTH_BOUNDS),
        "array maxItems changed" | "array minItems changed" | "array uniqueItems changed" => {
            bounds_change(before, after, request, answer, &COUNT_BOUNDS)
        }
        _ => None,
    }
}

fn object_changes(
    before: &Value,
    after: &Value,
    request: bool,
    answer: bool,
    message: &str,
) -> Vec<(Effect, String)> {
    let names = |v: &Value, key: &str| -> BTreeSet<String> {
        match v.get(key) {
            Some(Value::Object(map)) => map.keys().cloned().collect(),
            Some(Value::Array(list)) => list
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            _ => BTreeSet::new(),
        }
    };
    let (old_props, new_props) = (names(before, "properties"), names(after, "properties"));
    let (old_required, new_required) = (names(before, "required"), names(after, "required"));
    let mut out = Vec::new();
    let mut push = |breaks: bool, text: String| {
        let effect = if breaks {
            Effect::BreaksClients
        } else {
            Effect::NeedsNewServer
        };
        out.push((effect, text));
    };
    if message == "object properties changed" {
        for name in old_props.difference(&new_props) {
            // Clients that send it are no longer understood; clients that read it lose it.
            push(true, format!("property `{name}` removed"));
        }
        for name in new_props.difference(&old_props) {
            if new_required.contains(name) {
                // Existing clients do not send it.
                push(request, format!("required property `{name}` added"));
            } else {
                push(false, format!("optional property `{name}` added"));
            }
        }
    } else {
        for name in new_required.difference(&old_required) {
            if old_props.contains(name) {
                push(request, format!("property `{name}` is now required"));
            }
        }
        for name in old_required.difference(&new_required) {
            if new_props.contains(name) {
                // Clients reading it counted on it being there.
                push(answer, format!("property `{name}` is now optional"));
            }
        }
    }
    out
}

/// Which keys bound a kind of schema: numbers by value, strings by length, arrays by count.
struct Bounds {
    low: &'static str,
    high: &'static str,
    exclusive_low: Option<&'static str>,
    exclusive_high: Option<&'static str>,
    noun: &'static str,
}

const NUMBER_BOUNDS: Bounds = Bounds {
    low: "minimum",
    high: "maximum",
    exclusive_low: Some("exclusiveMinimum"),
    exclusive_high: Some("exclusiveMaximum"),
    noun: "range",
};
const LENGTH_BOUNDS: Bounds = Bounds {
    low: "minLength",
    high: "maxLength",
    exclusive_low: None,
    exclusive_high: None,
    noun: "length",
};
const COUNT_BOUNDS: Bounds = Bounds {
    low: "minItems",
    high: "maxItems",
    exclusive_low: None,
    exclusive_high: None,
    noun: "item count",
};

/// A bound as written in the document, compared exactly for integers (64-bit IDs do not fit
/// a float).
#[derive(Clone)]
struct Bound {
    value: Value,
    exclusive: bool,
}

impl Bound {
    fn number(&self) -> Number {
        match (
            self.value.as_i64(),
            self.value.as_u64(),
            self.value.as_f64(),
        ) {
            (Some(i), _, _) => Number::Int(i128::from(i)),
            (_, Some(u), _) => Number::Int(i128::from(u)),
            (_, _, f) => Number::Float(f.unwrap_or(f64::NAN)),
        }
    }
}

#[derive(PartialEq, PartialOrd)]
enum Number {
    Int(i128),
    Float(f64),
}

fn compare_numbers(a: &Number, b: &Number) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => Some(x.cmp(y)),
        (Number::Int(x), Number::Float(y)) => (*x as f64).partial_cmp(y),
        (Number::Float(x), Number::Int(y)) => x.partial_cmp(&(*y as f64)),
        (Number::Float(x), Number::Float(y)) => x.partial_cmp(y),
    }
}

/// Whether `after` admits less than `before` on one side (`upper`: the high side).
fn narrower(before: &Option<Bound>, after: &Option<Bound>, upper: bool) -> bool {
    use std::cmp::Ordering::{Equal, Greater, Less};
    match (before, after) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(a), Some(b)) => match compare_numbers(&b.number(), &a.number()) {
            Some(Equal) => b.exclusive && !a.exclusive,
            Some(Greater) => !upper,
            Some(Less) => upper,
            None => true,
        },
    }
}

/// A change of a schema's bounds only (numeric range, string length, array size, and
/// `uniqueItems`): narrower breaks clients that send it, wider breaks clients that read it.
fn bounds_change(
    before: &Value,
    after: &Value,
    request: bool,
    answer: bool,
    bounds: &Bounds,
) -> Option<Vec<(Effect, String)>> {
    let mut keys = vec![bounds.low, bounds.high];
    keys.extend(bounds.exclusive_low);
    keys.extend(bounds.exclusive_high);
    if bounds.noun == COUNT_BOUNDS.noun {
        keys.push("uniqueItems");
    }
    let strip = |v: &Value| -> Value {
        let mut v = v.clone();
        if let Some(map) = v.as_object_mut() {
            map.retain(|k, _| {
                !keys.contains(&k.as_str()) && k != "description" && !k.starts_with("x-")
            });
        }
        v
    };
    if strip(before) != strip(after) {
        return None;
    }
    let flag = |v: &Value, key: Option<&str>| {
        key.and_then(|k| v.get(k))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    let side = |v: &Value, key: &str, exclusive: Option<&str>| {
        v.get(key).filter(|b| b.is_number()).map(|b| Bound {
            value: b.clone(),
            exclusive: flag(v, exclusive),
        })
    };
    let low = |v: &Value| side(v, bounds.low, bounds.exclusive_low);
    let high = |v: &Value| side(v, bounds.high, bounds.exclusive_high);
    let unique = |v: &Value| {
        v.get("uniqueItems")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    let tighter = narrower(&low(before), &low(after), false)
        || narrower(&high(before), &high(after), true)
        || (!unique(before) && unique(after));
    let looser = narrower(&low(after), &low(before), false)
        || narrower(&high(after), &high(before), true)
        || (unique(before) && !unique(after));
    let show = |v: &Value| {
        let open = match low(v) {
            None => "(-∞".to_owned(),
            Some(b) => format!("{}{}", if b.exclusive { "(" } else { "[" }, b.value),
        };
        let close = match high(v) {
            None => "+∞)".to_owned(),
            Some(b) => format!("{}{}", b.value, if b.exclusive { ")" } else { "]" }),
        };
        let unique = if unique(v) { ", unique" } else { "" };
        format!("{open}, {close}{unique}")
    };
    let breaks = (request && tighter) || (answer && looser);
    let effect = if breaks {
        Effect::BreaksClients
    } else {
        Effect::NeedsNewServer
    };
    let what = match (tighter, looser) {
        (true, false) => "narrowed",
        (false, true) => "widened",
        _ => "changed",
    };
    Some(vec![(
        effect,
        format!(
            "{} {} → {} ({what})",
            bounds.noun,
            show(before),
            show(after)
        ),
    )])
}

/// ``operation `Id` (GET /path)`` for `#/paths/<escaped>/<method>`.
fn endpoint_label(doc: &Value, base: &str) -> Option<String> {
    let rest = base.strip_prefix("#/paths/")?;
    let (path, method) = rest.rsplit_once('/')?;
    let path = path.replace("~1", "/").replace("~0", "~");
    let id = doc
        .pointer(&format!("/paths/{rest}"))
        .and_then(|op| op.get("operationId"))
        .and_then(Value::as_str);
    let method = method.to_ascii_uppercase();
    Some(match id {
        Some(id) => format!("operation `{id}` ({method} {path})"),
        None => format!("operation {method} {path}"),
    })
}

fn place_label(old: &Value, new: &Value, base: &str) -> String {
    if let Some(name) = base.strip_prefix("#/components/schemas/") {
        return format!("schema `{}`", name.replace("~1", "/").replace("~0", "~"));
    }
    if base.starts_with("#/paths/")
        && let Some(label) = endpoint_label(old, base).or_else(|| endpoint_label(new, base))
    {
        return label;
    }
    format!("`{base}`")
}

/// Adds the part below the base: ``schema `X.prop` `` or ``… at `parameters/1` ``.
fn subplace(place: &str, old_subpath: &str, new_subpath: &str) -> String {
    let subpath = if old_subpath.is_empty() {
        new_subpath
    } else {
        old_subpath
    };
    if subpath.is_empty() {
        return place.to_owned();
    }
    if let Some(schema) = place
        .strip_prefix("schema `")
        .and_then(|s| s.strip_suffix('`'))
    {
        let parts: Vec<&str> = subpath.split('/').collect();
        if let ["properties", property] = parts.as_slice() {
            return format!("schema `{schema}.{property}`");
        }
    }
    format!("{place} at `{subpath}`")
}

/// A released document: `openapi/released/asf-<version>.json`.
#[derive(Debug, Clone)]
pub struct Release {
    pub version: String,
    pub path: PathBuf,
}

/// `6.3.9.6` as numbers, for ordering; `None` for anything else.
pub fn version_key(version: &str) -> Option<Vec<u64>> {
    version.split('.').map(|part| part.parse().ok()).collect()
}

pub fn releases(dir: &Path) -> Result<Vec<Release>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(version) = name
            .strip_prefix("asf-")
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        if version_key(version).is_none() {
            return Err(format!(
                "{}: not a version made of numbers (`asf-6.3.9.6.json`)",
                entry.path().display()
            ));
        }
        out.push(Release {
            version: version.to_owned(),
            path: entry.path(),
        });
    }
    out.sort_by_key(|r| version_key(&r.version));
    Ok(out)
}

/// The outcome of the compatibility check: whether CI passes, and the report to print.
#[derive(Debug)]
pub struct Verdict {
    pub passes: bool,
    pub report: String,
}

fn read(path: &Path) -> Result<Value, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn version_of(doc: &Value) -> Option<&str> {
    doc.pointer("/info/version").and_then(Value::as_str)
}

fn list(findings: &[Finding], report: &mut String) {
    if findings.is_empty() {
        report.push_str("  (no changes)\n");
    }
    for finding in findings {
        report.push_str(&format!("  - {finding}\n"));
    }
}

/// Compares `working` (the path of `openapi/asf.json`) with the released documents in
/// `released`. It fails when a change breaks clients of the latest release, unless
/// `info.version` moved on and the new version's released copy was added; it also fails when
/// `info.version` goes backwards or names no release while breaking.
pub fn check(released: &Path, working: &Path) -> Result<Verdict, String> {
    let document = read(working)?;
    let version = version_of(&document)
        .ok_or_else(|| format!("{}: no info.version", working.display()))?
        .to_owned();
    let key = version_key(&version).ok_or_else(|| {
        format!(
            "{}: info.version `{version}` is not made of numbers",
            working.display()
        )
    })?;
    let all = releases(released)?;
    let Some(latest) = all.last() else {
        return Err(format!(
            "{}: no released document; add one for `{version}`",
            released.display()
        ));
    };
    let seed = format!(
        "cp {} {}/asf-{version}.json",
        working.display(),
        released.display()
    );
    let mut report = String::new();
    let latest_key = version_key(&latest.version);
    if Some(&key) < latest_key.as_ref() {
        report.push_str(&format!(
            "info.version `{version}` is older than the latest release `{}`.\n",
            latest.version
        ));
        return Ok(Verdict {
            passes: false,
            report,
        });
    }
    let mut passes = true;
    if let Some(own) = all.iter().find(|r| r.version == version) {
        // Released (possibly just now): the working document must not break it, and the
        // step from the release before is shown for the record.
        let findings = changes(&read(&own.path)?, &document)?;
        report.push_str(&format!(
            "openapi/asf.json against the released {version} ({}):\n",
            own.path.display()
        ));
        list(&findings, &mut report);
        if findings.iter().any(|f| f.effect.breaks_clients()) {
            passes = false;
            report.push_str(&format!(
                "\nThese changes break clients of {version}. Undo them, or release a new \
                 version: set info.version in the document (and `ASF_VERSION`, which the trait \
                 writes there) and keep the new document with\n  {}\n",
                seed.replace(&version, "<new version>")
            ));
        }
        if let Some(previous) = all
            .iter()
            .rev()
            .find(|r| version_key(&r.version) < Some(key.clone()))
        {
            let step = changes(&read(&previous.path)?, &read(&own.path)?)?;
            report.push_str(&format!(
                "\nReleased {version} against the release before it, {}:\n",
                previous.version
            ));
            list(&step, &mut report);
        }
    } else {
        let findings = changes(&read(&latest.path)?, &document)?;
        report.push_str(&format!(
            "openapi/asf.json (info.version {version}) against the latest release {}:\n",
            latest.version
        ));
        list(&findings, &mut report);
        if findings.iter().any(|f| f.effect.breaks_clients()) {
            passes = false;
            report.push_str(&format!(
                "\ninfo.version is {version}, but there is no released copy of it. Keep the \
                 document of the new version with\n  {seed}\n"
            ));
        } else {
            report.push_str(&format!(
                "\ninfo.version {version} has no released copy yet; when it is released: {seed}\n"
            ));
        }
    }
    Ok(Verdict { passes, report })
}

//! Body normalisation in one streaming pass: JSON text in, JSON text out, no tree in between.
//!
//! The parser's events are written straight to the output as the schema says (property names
//! in their declared case, numbers given as strings as numbers), so time is linear in the body
//! and memory is the output plus a small record per object member (to fold a name given twice)
//! and per item of a set (to find repeats). Members keep the order they came in: some bodies
//! are maps whose order is data (the background redeemer queues keys in the order posted).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::ops::Range;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

use super::RouteTable;
use crate::api::config::UNKNOWN_PROPERTIES_LIMIT;
use crate::core::json_text::NotJson;
use crate::core::texts::{self, dotnet};

static NULL: Value = Value::Null;

/// Deeper than ASF's JSON depth limit the schema no longer applies: values pass unchanged.
const MAX_SCHEMA_DEPTH: usize = 64;

/// System.Text.Json's `MaxDepth` as ASP.NET's JSON input reads a body: 64 nested arrays and
/// objects, the 65th is refused.
pub(crate) const MAX_JSON_DEPTH: usize = 64;

/// Why a JSON body is refused before its operation reads it; its text is the message the
/// client reads.
#[derive(Debug)]
pub enum BodyRefusal {
    /// Not one JSON value, or nested deeper than [`MAX_JSON_DEPTH`].
    NotJson(NotJson),
    /// Not an object where the document wants one.
    NotAnObject,
    /// A set (`uniqueItems`) given an item twice: the property's name.
    RepeatedItem(String),
    /// `null` for a required property of a reference type: the property's name.
    Required(String),
    /// A config object's undeclared members over [`UNKNOWN_PROPERTIES_LIMIT`]: the property
    /// holding the config, when it is one.
    UndeclaredTooLarge(Option<String>),
}

impl fmt::Display for BodyRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // dropshot's words for a body its parser refuses; ASP.NET's for the rest.
        const UNPARSABLE: &str = "unable to parse JSON body";
        match self {
            Self::NotJson(too_deep @ NotJson::TooDeep(_)) => write!(f, "{too_deep}"),
            Self::NotJson(not_json) => write!(f, "{UNPARSABLE}: {not_json}"),
            Self::NotAnObject => write!(f, "{UNPARSABLE}: expected an object"),
            Self::RepeatedItem(name) => f.write_str(&texts::invalid(name)),
            Self::Required(name) => f.write_str(&dotnet::required_field(name)),
            Self::UndeclaredTooLarge(config) => write!(
                f,
                "{} is invalid! Properties it does not declare (kept for plugins) may take at \
                 most {UNKNOWN_PROPERTIES_LIMIT} bytes of JSON.",
                config.as_deref().unwrap_or("The config")
            ),
        }
    }
}

impl std::error::Error for BodyRefusal {}

/// Rewrites `body` by `schema`, or says why it is refused.
pub(super) fn normalize(
    table: &RouteTable,
    schema: &Value,
    body: &[u8],
) -> Result<Vec<u8>, BodyRefusal> {
    let mut state = State {
        table,
        out: Vec::with_capacity(body.len()),
        refusal: None,
        hasher: std::hash::RandomState::new(),
    };
    let mut de = serde_json::Deserializer::from_slice(body);
    let seed = Seed {
        state: &mut state,
        schema: Some(schema),
        depth: 0,
        property: None,
    };
    let result = seed.deserialize(&mut de).and_then(|()| de.end());
    match result {
        Ok(()) => Ok(state.out),
        Err(e) => Err(state
            .refusal
            .take()
            .unwrap_or(BodyRefusal::NotJson(NotJson::Syntax(e)))),
    }
}

struct State<'t> {
    table: &'t RouteTable,
    out: Vec<u8>,
    /// Why the schema refused the body (the parser's own errors carry positions instead).
    refusal: Option<BodyRefusal>,
    /// Per-request keys, so no client can aim for colliding hashes.
    hasher: std::hash::RandomState,
}

impl State<'_> {
    fn refuse<E: serde::de::Error>(&mut self, refusal: BodyRefusal) -> E {
        self.refusal.get_or_insert(refusal);
        E::custom("refused by the schema")
    }

    fn write<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        // Writing a scalar into memory cannot fail.
        let _ = serde_json::to_writer(&mut self.out, value);
    }
}

fn too_deep() -> BodyRefusal {
    BodyRefusal::NotJson(NotJson::TooDeep(MAX_JSON_DEPTH))
}

/// Whether values of `schema` are .NET reference types (strings, lists, objects), which a JSON
/// `null` can fill.
fn is_reference_type(schema: &Value) -> bool {
    schema["nullable"] != true
        && (matches!(schema["type"].as_str(), Some("string" | "array" | "object"))
            || schema["properties"].is_object())
}

/// One value to read, with the schema it must fit (`None`: anything, unchanged).
struct Seed<'a, 't> {
    state: &'a mut State<'t>,
    schema: Option<&'t Value>,
    depth: usize,
    /// The declared property this value belongs to, for messages.
    property: Option<&'t str>,
}

impl<'t> Seed<'_, 't> {
    fn resolved(&self) -> &'t Value {
        match self.schema {
            Some(schema) => self.state.table.resolve(schema),
            None => &NULL,
        }
    }

    fn wants_object(&self) -> bool {
        let schema = self.resolved();
        schema["type"] == "object" || schema["properties"].is_object()
    }

    /// The schema for a child value, unless the depth limit is reached.
    fn child(&self, schema: Option<&'t Value>) -> Option<&'t Value> {
        schema.filter(|_| self.depth < MAX_SCHEMA_DEPTH)
    }

    fn scalar<E: serde::de::Error, T: serde::Serialize + ?Sized>(self, value: &T) -> Result<(), E> {
        if self.wants_object() {
            return Err(self.not_an_object());
        }
        self.state.write(value);
        Ok(())
    }

    fn not_an_object<E: serde::de::Error>(self) -> E {
        // serde would read an array into a struct's fields in order; ASF refuses it, and any
        // other non-object where the document wants one.
        self.state.refuse(BodyRefusal::NotAnObject)
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, 't> Visitor<'de> for Seed<'_, 't> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.state.out.extend_from_slice(b"null");
        Ok(())
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<(), E> {
        self.scalar(&b)
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<(), E> {
        self.scalar(&n)
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<(), E> {
        self.scalar(&n)
    }

    fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<(), E> {
        // serde_json never produces a non-finite number from JSON text.
        match Number::from_f64(n) {
            Some(n) => self.scalar(&n),
            None => self.scalar(&()),
        }
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<(), E> {
        if self.wants_object() {
            return Err(self.not_an_object());
        }
        let numeric = matches!(self.resolved()["type"].as_str(), Some("integer" | "number"));
        match number_from_text(s).filter(|_| numeric) {
            Some(n) => self.state.write(&n),
            None => self.state.write(s),
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.depth >= MAX_JSON_DEPTH {
            return Err(self.state.refuse(too_deep()));
        }
        if self.wants_object() {
            return Err(self.not_an_object());
        }
        let schema = self.resolved();
        let items = self.child(Some(&schema["items"]));
        // ASF's configuration sets: ASF folds repeats silently; the document promises sets, so
        // a body repeating an item is refused.
        let set_of = self.property.filter(|_| schema["uniqueItems"] == true);
        let mut seen = Seen::default();
        let state = self.state;
        state.out.push(b'[');
        let mut first = true;
        loop {
            let start = state.out.len();
            if !first {
                state.out.push(b',');
            }
            let item = Seed {
                state: &mut *state,
                schema: items,
                depth: self.depth + 1,
                property: None,
            };
            if seq.next_element_seed(item)?.is_none() {
                state.out.truncate(start);
                break;
            }
            let item = start + usize::from(!first)..state.out.len();
            first = false;
            if let Some(name) = set_of
                && seen.insert(&state.out, &state.hasher, item).is_some()
            {
                return Err(state.refuse(BodyRefusal::RepeatedItem(name.to_string())));
            }
        }
        state.out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.depth >= MAX_JSON_DEPTH {
            return Err(self.state.refuse(too_deep()));
        }
        let schema = self.resolved();
        let properties = schema["properties"].as_object();
        let additional = schema.get("additionalProperties").filter(|a| a.is_object());
        // A config object (`additionalProperties: true`) keeps the members it does not
        // declare: they are bounded here, before the backend builds anything of them.
        let keeps_unknown = properties.is_some() && schema["additionalProperties"] == true;
        let mut unknown_bytes = 0usize;
        let state = self.state;
        state.out.push(b'{');
        let members_start = state.out.len();
        let mut members = Members::default();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let key: &str = &key;
            let (sub, property) = member_schema(properties, additional, key);
            if members.any() {
                state.out.push(b',');
            }
            let name_start = state.out.len();
            state.write(property.unwrap_or(key));
            let name = name_start..state.out.len();
            state.out.push(b':');
            let value_start = state.out.len();
            let child = Seed {
                state: &mut *state,
                schema: sub.filter(|_| self.depth < MAX_SCHEMA_DEPTH),
                depth: self.depth + 1,
                property,
            };
            map.next_value_seed(child)?;
            let value = value_start..state.out.len();
            // `null` passes System.Text.Json for a property of a reference type; then
            // `[Required]` refuses it, in DataAnnotations' words.
            if let (Some(name), Some(sub)) = (property, sub)
                && state.out[value.clone()] == *b"null"
                && schema["required"]
                    .as_array()
                    .is_some_and(|required| required.iter().any(|r| r == name))
                && is_reference_type(state.table.resolve(sub))
            {
                return Err(state.refuse(BodyRefusal::Required(name.to_string())));
            }
            if keeps_unknown && property.is_none() {
                unknown_bytes += name.len() + value.len();
                if unknown_bytes > UNKNOWN_PROPERTIES_LIMIT {
                    let config = self.property.map(str::to_string);
                    return Err(state.refuse(BodyRefusal::UndeclaredTooLarge(config)));
                }
            }
            // Names a struct does not declare are left as they are: the backend ignores them,
            // or keeps them in a map where the last one wins anyway.
            let folds = property.is_some() || properties.is_none();
            members.add(&state.out, &state.hasher, name, value, folds);
        }
        members.fold(&mut state.out, members_start);
        state.out.push(b'}');
        Ok(())
    }
}

/// An object member's name, borrowed from the body unless it had escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s))
    }
}

/// The schema of the member named `key` and the declared name it binds to: a declared
/// property (matched as System.Text.Json does, exactly first, then ignoring case), else the
/// schema of additional properties, else none.
fn member_schema<'s>(
    properties: Option<&'s serde_json::Map<String, Value>>,
    additional: Option<&'s Value>,
    key: &str,
) -> (Option<&'s Value>, Option<&'s str>) {
    let declared = properties.and_then(|props| {
        props.get_key_value(key).or_else(|| {
            props
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(key))
        })
    });
    match (declared, additional) {
        (Some((name, sub)), _) => (Some(sub), Some(name.as_str())),
        (None, Some(sub)) => (Some(sub), None),
        (None, None) => (None, None),
    }
}

/// An object's members as written so far, as name and value ranges of the output. A name
/// given twice keeps its first place and its last value, as a map would.
#[derive(Default)]
struct Members {
    written: Vec<(Range<usize>, Range<usize>)>,
    /// Name hash → index of the first member with that name.
    by_name: HashMap<u64, usize, BuildHasherDefault<AlreadyHashed>>,
    /// Whether a name came again, so that the output must be folded.
    repeated: bool,
}

impl Members {
    /// Whether any member was written (a separator goes before the next one).
    fn any(&self) -> bool {
        !self.written.is_empty() || self.repeated
    }

    /// Records the member written at `name` and `value` in `out`; when it `folds`, a member
    /// of the same name written earlier takes its value instead.
    fn add(
        &mut self,
        out: &[u8],
        hasher: &std::hash::RandomState,
        name: Range<usize>,
        value: Range<usize>,
        folds: bool,
    ) {
        let earlier = if folds {
            let bytes = &out[name.clone()];
            let hash = hasher.hash_one(bytes);
            match self.by_name.get(&hash) {
                Some(&i) if out[self.written[i].0.clone()] == *bytes => Some(i),
                // Two names with one hash: keyed hashing makes this practically impossible
                // to aim for; stay exact with a scan.
                Some(_) => self
                    .written
                    .iter()
                    .position(|(n, _)| out[n.clone()] == *bytes),
                None => {
                    self.by_name.insert(hash, self.written.len());
                    None
                }
            }
        } else {
            None
        };
        match earlier {
            Some(i) => {
                self.written[i].1 = value;
                self.repeated = true;
            }
            None => self.written.push((name, value)),
        }
    }

    /// Rewrites `out` from `start` (just after the `{`) with each folded name once, when a
    /// name came again.
    fn fold(&self, out: &mut Vec<u8>, start: usize) {
        if !self.repeated {
            return;
        }
        let mut folded = Vec::with_capacity(out.len() - start);
        for (i, (name, value)) in self.written.iter().enumerate() {
            if i > 0 {
                folded.push(b',');
            }
            folded.extend_from_slice(&out[name.clone()]);
            folded.push(b':');
            folded.extend_from_slice(&out[value.clone()]);
        }
        out.truncate(start);
        out.extend_from_slice(&folded);
    }
}

/// The keys of the member and item tables are already keyed hashes: the table uses them as they are.
#[derive(Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Byte strings seen so far (ranges of the output), found by hash in constant time.
#[derive(Default)]
struct Seen {
    ranges: Vec<Range<usize>>,
    /// Hash → index of the first range with that hash.
    by_hash: HashMap<u64, usize, BuildHasherDefault<AlreadyHashed>>,
}

impl Seen {
    /// Records `range` unless equal bytes were seen; `Some(index)` of the earlier one if so.
    fn insert(
        &mut self,
        out: &[u8],
        hasher: &std::hash::RandomState,
        range: Range<usize>,
    ) -> Option<usize> {
        let bytes = &out[range.clone()];
        let hash = hasher.hash_one(bytes);
        match self.by_hash.get(&hash) {
            Some(&index) if out[self.ranges[index].clone()] == *bytes => return Some(index),
            // Two different strings with one hash: keyed hashing makes this practically
            // impossible to aim for; stay exact with a scan.
            Some(_) => {
                if let Some(index) = self.ranges.iter().position(|r| out[r.clone()] == *bytes) {
                    return Some(index);
                }
            }
            None => {
                self.by_hash.insert(hash, self.ranges.len());
            }
        }
        self.ranges.push(range);
        None
    }
}

/// A number as System.Text.Json reads it from a string: the JSON number grammar, nothing else.
fn number_from_text(text: &str) -> Option<Number> {
    let first = text.chars().next()?;
    if !(first == '-' || first.is_ascii_digit()) {
        return None;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Number(n)) => Some(n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn members_keep_their_order_and_names_fold() {
        let table = RouteTable::from_document(&json!({"paths": {}})).expect("table");
        let text = r#"{"b":1,"a":[true,null,"x",-2,1.5],"c":{"z":{},"y":[]},"b":2}"#;
        let out = normalize(&table, &Value::Null, text.as_bytes()).expect("JSON");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            r#"{"b":2,"a":[true,null,"x",-2,1.5],"c":{"z":{},"y":[]}}"#
        );
        let out =
            normalize(&table, &Value::Null, br#"{"a":{"x":1,"x":{"y":2}},"a":[]}"#).expect("JSON");
        assert_eq!(String::from_utf8(out).expect("UTF-8"), r#"{"a":[]}"#);
    }

    /// A document with every kind of schema the normaliser treats differently.
    fn table() -> RouteTable {
        RouteTable::from_document(&json!({
            "paths": {},
            "components": { "schemas": {
                "Config": { "type": "object", "properties": {
                    "Name": { "type": "string" },
                    "Delay": { "type": "integer" },
                    "Set": { "type": "array", "uniqueItems": true, "items": { "type": "integer" } },
                    "Map": { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/Config" } },
                    "Inner": { "$ref": "#/components/schemas/Config" }
                } }
            } }
        }))
        .expect("table")
    }

    /// A deterministic generator (xorshift), so every run checks the same bodies.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self, below: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % below.max(1)
        }

        /// A value of about `budget` bytes for a `Config` (or anything, `typed` false).
        fn value(&mut self, budget: usize, depth: usize, out: &mut String) {
            let names = [
                "Name", "name", "DELAY", "Delay", "Set", "map", "Inner", "other",
            ];
            if budget < 16 || depth > 6 {
                match self.next(5) {
                    0 => out.push_str(&self.next(1000).to_string()),
                    4 => out.push_str("1e15"),
                    1 => out.push_str(&format!("\"{}\"", self.next(1000))),
                    2 => out.push_str("null"),
                    _ => out.push_str("\"text\\n\""),
                }
                return;
            }
            match self.next(3) {
                0 => {
                    out.push('[');
                    let items = self.next(8) as usize + 1;
                    for i in 0..items {
                        if i > 0 {
                            out.push(',');
                        }
                        self.value(budget / items, depth + 1, out);
                    }
                    out.push(']');
                }
                _ => {
                    out.push('{');
                    let members = self.next(8) as usize + 1;
                    for i in 0..members {
                        if i > 0 {
                            out.push(',');
                        }
                        let name = names[self.next(names.len() as u64) as usize];
                        out.push_str(&format!("\"{name}\":"));
                        self.value(budget / members, depth + 1, out);
                    }
                    out.push('}');
                }
            }
        }
    }

    /// Shapes an attacker would pick, of about `n` members or items each.
    fn shapes(n: usize) -> Vec<(&'static str, String)> {
        let list = |f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(",");
        vec![
            (
                "wide object",
                format!("{{{}}}", list(&|i| format!("\"k{i}\":{i}"))),
            ),
            (
                "one name repeated",
                format!("{{{}}}", list(&|i| format!("\"name\":\"{i}\""))),
            ),
            (
                "declared names in every case",
                format!(
                    "{{\"Map\":{{{}}}}}",
                    list(&|i| format!("\"m{i}\":{{\"delay\":\"{i}\",\"DELAY\":1}}"))
                ),
            ),
            (
                "a large set",
                format!("{{\"Set\":[{}]}}", list(&|i| i.to_string())),
            ),
            (
                "a long array of anything",
                format!("{{\"other\":[{}]}}", list(&|i| format!("{{\"a\":[{i}]}}"))),
            ),
        ]
    }

    #[test]
    fn random_bodies_come_out_valid_and_bounded() {
        let table = table();
        let schema = json!({"$ref": "#/components/schemas/Config"});
        for seed in 1..200u64 {
            let mut generator = Gen(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut body = String::new();
            generator.value(20_000, 0, &mut body);
            for schema in [&schema, &Value::Null] {
                match normalize(&table, schema, body.as_bytes()) {
                    Ok(out) => {
                        // Only numbers in exponent form grow (`1e15` is written out in full).
                        assert!(out.len() <= 5 * body.len(), "seed {seed}: output grew");
                        let again = normalize(&table, schema, &out).expect("normal form");
                        assert_eq!(again, out, "seed {seed}: a second pass changes nothing");
                        serde_json::from_slice::<Value>(&out)
                            .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
                    }
                    // Refusals are the schema's (a repeated set item, a non-object).
                    Err(e) => assert!(
                        matches!(
                            e,
                            BodyRefusal::RepeatedItem(_)
                                | BodyRefusal::NotAnObject
                                | BodyRefusal::UndeclaredTooLarge(_)
                        ),
                        "seed {seed}: {e}"
                    ),
                }
            }
        }
    }

    // A long integer is read as the nearest double: correctly rounded (serde_json's
    // `float_roundtrip`), the written number reads back as the same double, so a second pass
    // changes nothing. The fuzz target `bodies` found the approximate parser's drift.
    #[test]
    fn long_numbers_settle_in_one_pass() {
        let table = table();
        for body in [
            "100000000018542450000000000001854245074",
            "[1.7976931348623157e308,2.2250738585072014e-308,123456789012345678901234567890]",
        ] {
            let once = normalize(&table, &Value::Null, body.as_bytes()).expect("JSON");
            let twice = normalize(&table, &Value::Null, &once).expect("JSON");
            assert_eq!(
                String::from_utf8_lossy(&once),
                String::from_utf8_lossy(&twice)
            );
        }
    }

    #[test]
    fn cost_is_linear_in_the_body() {
        let table = table();
        let schema = json!({"$ref": "#/components/schemas/Config"});
        let normalized = |body: &str| {
            let out = normalize(&table, &schema, std::hint::black_box(body.as_bytes()));
            let out = out.unwrap_or_else(|e| panic!("{e}"));
            assert!(out.len() <= body.len());
        };
        for ((shape, small), (_, large)) in shapes(20_000).into_iter().zip(shapes(200_000)) {
            let ratio = crate::core::cost::ratio(|| normalized(&small), || normalized(&large));
            // Linear is 10; the quadratic member list and set check were 100.
            assert!(
                ratio < 25.0,
                "{shape}: 10x the body took {ratio:.1}x the time"
            );
        }
    }
}

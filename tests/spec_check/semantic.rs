//! What the API trait says against what `openapi/asf.json` says, in the terms a reviewer uses:
//! operations, parameters, request bodies, responses, schemas, properties and their
//! constraints. Formatting, key order and the order of sets (`required`, `tags`) do not count.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::{Map, Value};

/// One place where the document and the trait disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Where, e.g. ``operation `BotRenamePost` (POST /Api/Bot/{botNames}/Rename)`` or
    /// ``schema `BotConfig.FarmingDelay` ``.
    pub place: String,
    /// What, e.g. ``document `maximum: 255`, trait none``.
    pub what: String,
    pub kind: Kind,
}

/// Which part of the code a difference points at, for the advice printed with the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// An endpoint of the trait: its path, method, parameters, body, responses or doc comment.
    Operation,
    /// A wire type: a struct, enum or field and its `#[schemars]`/`#[serde]` attributes.
    Schema,
    /// The document's frame: `info`, tags, security schemes (`http::document::openapi_document`).
    Frame,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.what)
    }
}

/// Every disagreement between `document` (the checked-in file) and `generated` (what the trait
/// produces), operations first, then schemas, then everything else.
pub fn differences(document: &Value, generated: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    operations(document, generated, &mut out);
    schemas(document, generated, &mut out);
    let skip: &[&str] = &["paths", "components"];
    frame(document, generated, skip, &mut out);
    out.sort_by(|a, b| (a.kind, &a.place).cmp(&(b.kind, &b.place)));
    out
}

/// The advice for a report: what to edit for each kind of difference present.
pub fn advice(differences: &[Difference]) -> Vec<&'static str> {
    let kinds: BTreeSet<Kind> = differences.iter().map(|d| d.kind).collect();
    kinds
        .into_iter()
        .map(|kind| match kind {
            Kind::Operation => {
                "operations: change the endpoint in the `AsfApi` trait (src/api/mod.rs): its \
                 `#[endpoint { method, path, tags, operation_id }]`, its doc comment (summary \
                 and description), or the types of its parameters, body and answer"
            }
            Kind::Schema => {
                "schemas: change the wire type of that name (src/api/types.rs, src/api/enums.rs, \
                 src/api/envelope.rs or the config types in src/core): fields, their doc \
                 comments, `#[serde]` names and `#[schemars]` attributes (constraints, \
                 extensions)"
            }
            Kind::Frame => {
                "frame: `http::document::openapi_document` (src/http/document.rs) writes `info`, the tags and \
                 the security scheme"
            }
        })
        .collect()
}

/// The full report for a failed check, or `None` when the two agree.
pub fn report(document: &Value, generated: &Value) -> Option<String> {
    let found = differences(document, generated);
    if found.is_empty() {
        return None;
    }
    let mut text = format!(
        "openapi/asf.json and the API trait disagree in {} place(s). The document is the \
         source of truth: change the code until it says what the document says (or, when the \
         document is wrong, correct the document in its own reviewed change).\n\n",
        found.len()
    );
    for difference in &found {
        text.push_str(&format!("  - {difference}\n"));
    }
    text.push_str("\nWhere to change it:\n");
    for line in advice(&found) {
        text.push_str(&format!("  - {line}\n"));
    }
    Some(text)
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A way of pairing an operation of the document with one of the trait.
type MatchRule = fn(&Operation, &Operation) -> bool;

struct Operation<'a> {
    method: &'a str,
    path: &'a str,
    body: &'a Value,
}

impl Operation<'_> {
    fn id(&self) -> Option<&str> {
        self.body.get("operationId").and_then(Value::as_str)
    }

    /// The path with its parameter names left out: `/Api/Bot/{}/Rename`.
    fn shape(&self) -> String {
        let mut shape = String::new();
        let mut inside = false;
        for c in self.path.chars() {
            match c {
                '{' => {
                    inside = true;
                    shape.push_str("{}");
                }
                '}' => inside = false,
                _ if inside => {}
                _ => shape.push(c),
            }
        }
        shape
    }

    fn label(&self) -> String {
        let method = self.method.to_ascii_uppercase();
        match self.id() {
            Some(id) => format!("operation `{id}` ({method} {})", self.path),
            None => format!("operation {method} {}", self.path),
        }
    }
}

fn operations_of(doc: &Value) -> Vec<Operation<'_>> {
    let mut out = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in METHODS {
                if let Some(body) = item.get(*method) {
                    out.push(Operation { method, path, body });
                }
            }
        }
    }
    out
}

fn operations(document: &Value, generated: &Value, out: &mut Vec<Difference>) {
    let in_document = operations_of(document);
    let in_trait = operations_of(generated);
    let mut trait_taken = vec![false; in_trait.len()];
    let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
    // Same method and path first, then the same operation ID, then the same method and path
    // shape (a renamed path parameter).
    let rules: [MatchRule; 3] = [
        |d, t| d.method == t.method && d.path == t.path,
        |d, t| d.id().is_some() && d.id() == t.id(),
        |d, t| d.method == t.method && d.shape() == t.shape(),
    ];
    let mut document_taken = vec![false; in_document.len()];
    for rule in rules {
        for (i, d) in in_document.iter().enumerate() {
            if document_taken[i] {
                continue;
            }
            if let Some(j) = (0..in_trait.len()).find(|&j| !trait_taken[j] && rule(d, &in_trait[j]))
            {
                trait_taken[j] = true;
                document_taken[i] = true;
                pairs.push((i, Some(j)));
            }
        }
    }
    for (i, taken) in document_taken.iter().enumerate() {
        if !taken {
            pairs.push((i, None));
        }
    }
    for (i, j) in pairs {
        let d = &in_document[i];
        let Some(j) = j else {
            out.push(Difference {
                place: d.label(),
                what: "in the document, the trait has no such endpoint".into(),
                kind: Kind::Operation,
            });
            continue;
        };
        let t = &in_trait[j];
        let place = d.label();
        if d.method != t.method || d.path != t.path {
            out.push(Difference {
                place: place.clone(),
                what: format!(
                    "document `{} {}`, trait `{} {}`",
                    d.method.to_ascii_uppercase(),
                    d.path,
                    t.method.to_ascii_uppercase(),
                    t.path
                ),
                kind: Kind::Operation,
            });
        }
        operation(&place, d.body, t.body, out);
    }
    for (j, t) in in_trait.iter().enumerate() {
        if !trait_taken[j] {
            out.push(Difference {
                place: t.label(),
                what: "in the trait, the document has no such operation".into(),
                kind: Kind::Operation,
            });
        }
    }
    // Path-item keys other than operations (shared parameters, summaries).
    let empty = Map::new();
    let document_paths = document
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let trait_paths = generated
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    for (path, item) in document_paths {
        let Some(other) = trait_paths.get(path) else {
            continue;
        };
        let strip = |v: &Value| -> Value {
            let mut v = v.clone();
            if let Some(map) = v.as_object_mut() {
                map.retain(|k, _| !METHODS.contains(&k.as_str()));
            }
            v
        };
        let mut leaves = Vec::new();
        leaf_differences("", &strip(item), &strip(other), &mut leaves);
        for what in leaves {
            out.push(Difference {
                place: format!("path `{path}`"),
                what,
                kind: Kind::Operation,
            });
        }
    }
}

fn operation(place: &str, document: &Value, generated: &Value, out: &mut Vec<Difference>) {
    let push = |out: &mut Vec<Difference>, place: String, what: String| {
        out.push(Difference {
            place,
            what,
            kind: Kind::Operation,
        })
    };
    // Parameters, matched by where they are and their name.
    let params = |v: &Value| -> BTreeMap<(String, String), Value> {
        v.get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| {
                let key = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
                ((key("in"), key("name")), p.clone())
            })
            .collect()
    };
    let document_params = params(document);
    let trait_params = params(generated);
    let only_document: Vec<_> = document_params
        .keys()
        .filter(|k| !trait_params.contains_key(*k))
        .collect();
    let only_trait: Vec<_> = trait_params
        .keys()
        .filter(|k| !document_params.contains_key(*k))
        .collect();
    let mut matched: Vec<((String, String), (String, String))> = document_params
        .keys()
        .filter(|k| trait_params.contains_key(*k))
        .map(|k| (k.clone(), k.clone()))
        .collect();
    let mut reported = BTreeSet::new();
    for d in &only_document {
        let same_place: Vec<_> = only_trait.iter().filter(|t| t.0 == d.0).collect();
        let document_same_place = only_document.iter().filter(|o| o.0 == d.0).count();
        if same_place.len() == 1 && document_same_place == 1 {
            let t = same_place[0];
            push(
                out,
                place.to_owned(),
                format!(
                    "{} parameter `{}` is in the document, the trait has `{}`",
                    d.0, d.1, t.1
                ),
            );
            matched.push(((*d).clone(), (*t).clone()));
            reported.insert((*t).clone());
        } else {
            push(
                out,
                place.to_owned(),
                format!(
                    "{} parameter `{}` is in the document, the trait has none",
                    d.0, d.1
                ),
            );
        }
    }
    for t in only_trait.iter().filter(|t| !reported.contains(**t)) {
        push(
            out,
            place.to_owned(),
            format!(
                "{} parameter `{}` is in the trait, the document has none",
                t.0, t.1
            ),
        );
    }
    for (d, t) in matched {
        let mut a = document_params[&d].clone();
        let mut b = trait_params[&t].clone();
        a["name"] = Value::Null;
        b["name"] = Value::Null;
        let mut leaves = Vec::new();
        leaf_differences("", &a, &b, &mut leaves);
        for what in leaves {
            push(out, format!("{place}, {} parameter `{}`", d.0, d.1), what);
        }
    }
    // Everything else of the operation, sets compared as sets.
    let rest = |v: &Value| -> Value {
        let mut v = v.clone();
        if let Some(map) = v.as_object_mut() {
            map.remove("parameters");
        }
        v
    };
    let mut leaves = Vec::new();
    leaf_differences("", &rest(document), &rest(generated), &mut leaves);
    for what in leaves {
        push(out, place.to_owned(), what);
    }
}

fn schemas(document: &Value, generated: &Value, out: &mut Vec<Difference>) {
    let empty = Map::new();
    let of = |v: &'_ Value| -> Map<String, Value> {
        v.pointer("/components/schemas")
            .and_then(Value::as_object)
            .unwrap_or(&empty)
            .clone()
    };
    let document_schemas = of(document);
    let trait_schemas = of(generated);
    let push = |out: &mut Vec<Difference>, place: String, what: String| {
        out.push(Difference {
            place,
            what,
            kind: Kind::Schema,
        })
    };
    for (name, d) in &document_schemas {
        let Some(t) = trait_schemas.get(name) else {
            push(
                out,
                format!("schema `{name}`"),
                "in the document, the trait has no type of that name".into(),
            );
            continue;
        };
        let properties = |v: &Value| -> Map<String, Value> {
            v.get("properties")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default()
        };
        let (dp, tp) = (properties(d), properties(t));
        for (property, ds) in &dp {
            let place = format!("schema `{name}.{property}`");
            match tp.get(property) {
                None => push(
                    out,
                    place,
                    "in the document, the trait's type has no such property".into(),
                ),
                Some(ts) => {
                    let mut leaves = Vec::new();
                    leaf_differences("", ds, ts, &mut leaves);
                    for what in leaves {
                        push(out, place.clone(), what);
                    }
                }
            }
        }
        for property in tp.keys().filter(|p| !dp.contains_key(*p)) {
            push(
                out,
                format!("schema `{name}.{property}`"),
                "in the trait's type, the document has no such property".into(),
            );
        }
        let required = |v: &Value| -> BTreeSet<String> {
            v.get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        };
        let (dr, tr) = (required(d), required(t));
        for property in dr.difference(&tr) {
            push(
                out,
                format!("schema `{name}.{property}`"),
                "required in the document, optional in the trait".into(),
            );
        }
        for property in tr.difference(&dr) {
            push(
                out,
                format!("schema `{name}.{property}`"),
                "optional in the document, required in the trait".into(),
            );
        }
        let rest = |v: &Value| -> Value {
            let mut v = v.clone();
            if let Some(map) = v.as_object_mut() {
                map.remove("properties");
                map.remove("required");
            }
            v
        };
        let mut leaves = Vec::new();
        leaf_differences("", &rest(d), &rest(t), &mut leaves);
        for what in leaves {
            push(out, format!("schema `{name}`"), what);
        }
    }
    for name in trait_schemas
        .keys()
        .filter(|n| !document_schemas.contains_key(*n))
    {
        push(
            out,
            format!("schema `{name}`"),
            "in the trait, the document has no schema of that name".into(),
        );
    }
}

/// Everything outside `paths` and `components.schemas`.
fn frame(document: &Value, generated: &Value, skip: &[&str], out: &mut Vec<Difference>) {
    let strip = |v: &Value| -> Value {
        let mut v = v.clone();
        if let Some(map) = v.as_object_mut() {
            map.retain(|k, _| !skip.contains(&k.as_str()));
        }
        v
    };
    let mut leaves = Vec::new();
    leaf_differences("", &strip(document), &strip(generated), &mut leaves);
    // Components other than schemas (shared responses, security schemes) belong here too.
    let components = |v: &Value| -> Value {
        let mut c = v.get("components").cloned().unwrap_or(Value::Null);
        if let Some(map) = c.as_object_mut() {
            map.remove("schemas");
        }
        c
    };
    leaf_differences(
        "components",
        &components(document),
        &components(generated),
        &mut leaves,
    );
    for what in leaves {
        out.push(Difference {
            place: "document".into(),
            what,
            kind: Kind::Frame,
        });
    }
}

/// Keys whose array value is a set: order carries no meaning.
const SET_KEYS: &[&str] = &["required", "tags"];

/// Leaf-level disagreements below `prefix`, as ``document `a.b: 1`, trait `a.b: 2` ``.
fn leaf_differences(prefix: &str, document: &Value, generated: &Value, out: &mut Vec<String>) {
    if document == generated {
        return;
    }
    match (document, generated) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let path = join(prefix, key);
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => {
                        if SET_KEYS.contains(&key.as_str()) && same_set(x, y) {
                            continue;
                        }
                        leaf_differences(&path, x, y, out)
                    }
                    (Some(x), None) if !x.is_null() => {
                        out.push(format!("document `{}`, trait none", show(&path, x)))
                    }
                    (None, Some(y)) if !y.is_null() => {
                        out.push(format!("document none, trait `{}`", show(&path, y)))
                    }
                    _ => {}
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if named(a) && named(b) => {
            // Lists of named things (tags, servers): matched by name, not position.
            let by_name = |list: &Vec<Value>| -> BTreeMap<String, Value> {
                list.iter()
                    .map(|v| (v["name"].as_str().unwrap_or("").to_owned(), v.clone()))
                    .collect()
            };
            let (x, y) = (by_name(a), by_name(b));
            for name in x.keys().filter(|n| !y.contains_key(*n)) {
                out.push(format!(
                    "`{prefix}` `{name}` is in the document, the trait has none"
                ));
            }
            for name in y.keys().filter(|n| !x.contains_key(*n)) {
                out.push(format!(
                    "`{prefix}` `{name}` is in the trait, the document has none"
                ));
            }
            for (name, value) in &x {
                if let Some(other) = y.get(name) {
                    leaf_differences(&format!("{prefix}[{name}]"), value, other, out);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                leaf_differences(&format!("{prefix}[{i}]"), x, y, out);
            }
        }
        (Value::String(a), Value::String(b)) => {
            let (x, y) = differing_window(a, b);
            out.push(format!(
                "document `{}`, trait `{}`",
                show(prefix, &Value::String(x)),
                show(prefix, &Value::String(y))
            ))
        }
        _ => out.push(format!(
            "document `{}`, trait `{}`",
            show(prefix, document),
            show(prefix, generated)
        )),
    }
}

/// Whether every element is an object with a `name` (and no `in`: parameters are matched
/// by the operation code, by place and name).
fn named(list: &[Value]) -> bool {
    !list.is_empty()
        && list
            .iter()
            .all(|v| v.get("name").is_some_and(Value::is_string) && v.get("in").is_none())
}

/// Two long texts cut to where they start to differ, so the difference is visible.
fn differing_window(a: &str, b: &str) -> (String, String) {
    const BEFORE: usize = 30;
    const WIDTH: usize = 90;
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let cut = |text: &str| -> String {
        let total = text.chars().count();
        if total <= WIDTH + BEFORE {
            return text.to_owned();
        }
        let start = common.saturating_sub(BEFORE);
        let mut window: String = text.chars().skip(start).take(WIDTH).collect();
        if start > 0 {
            window.insert(0, '…');
        }
        if start + WIDTH < total {
            window.push('…');
        }
        window
    };
    (cut(a), cut(b))
}

fn same_set(a: &Value, b: &Value) -> bool {
    match (a.as_array(), b.as_array()) {
        (Some(x), Some(y)) => {
            let x: BTreeSet<String> = x.iter().map(Value::to_string).collect();
            let y: BTreeSet<String> = y.iter().map(Value::to_string).collect();
            x == y
        }
        _ => false,
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// `path: value` with the value as compact JSON, cut short when long.
fn show(path: &str, value: &Value) -> String {
    const LIMIT: usize = 120;
    let path = readable(path);
    // `$ref: "#/components/schemas/X"` reads as the schema's name.
    if let (Some(owner), Some(target)) = (
        path.strip_suffix("$ref")
            .map(|p| p.trim_end_matches('.').to_owned()),
        value
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/")),
    ) {
        let owner = if owner.is_empty() { "schema" } else { &owner };
        return format!("{owner}: {target}");
    }
    let mut text = value.to_string();
    if text.chars().count() > LIMIT {
        text = text.chars().take(LIMIT).collect::<String>() + "…";
    }
    if path.is_empty() {
        text
    } else {
        format!("{path}: {text}")
    }
}

/// `requestBody.content.application/json.schema…` as `request body schema…`, and
/// `responses.200.content.application/json.schema…` as `answer 200 schema…`.
fn readable(path: &str) -> String {
    const JSON_SCHEMA: &str = ".content.application/json.schema";
    if let Some(rest) = path.strip_prefix(&format!("requestBody{JSON_SCHEMA}")) {
        return format!("request body schema{rest}");
    }
    if let Some(rest) = path.strip_prefix("responses.")
        && let Some((status, rest)) = rest.split_once('.')
        && let Some(rest) = format!(".{rest}").strip_prefix(JSON_SCHEMA)
    {
        return format!("answer {status} schema{rest}");
    }
    path.to_owned()
}

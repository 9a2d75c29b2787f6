//! The route table and input normalisation, both read from the OpenAPI document.
//!
//! ASP.NET matches literal path segments, query keys and JSON property names without regard to
//! case, and reads numbers written as strings; dropshot and serde do none of that. Rather than
//! keep a second list of routes by hand, the front door reads `openapi/asf.json` once and uses
//! it to put every request into the exact form dropshot expects.

mod binding;
mod json;

pub(crate) use binding::{Unbindable, ValueKind};
pub use json::BodyRefusal;

use http::Method;
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

/// Operations ASF maps for every method though the document states one: ASF's scrape
/// endpoint (`MapPrometheusScrapingEndpoint` maps a request delegate without method metadata).
const EVERY_METHOD: &[&str] = &["MetricsGet"];

/// One segment of a path template.
#[derive(Debug)]
enum Segment {
    Literal(String),
    Variable,
}

/// An operation of the document, numbered when the table is built. Code that treats an
/// operation specially resolves its ID once, at start-up, from the document's `operationId`
/// (see [`RouteTable::operation`]), and compares IDs from then on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OperationId(u16);

/// What the document says about one operation.
#[derive(Debug)]
pub struct Operation {
    pub id: OperationId,
    pub method: Method,
    /// The document's `operationId`.
    pub operation_id: String,
    /// Declared query parameters: name in canonical case, and the type it binds to.
    pub(crate) query: Vec<(String, ValueKind)>,
    /// Schema of the JSON body, when the operation takes one (shared with the blocking pool,
    /// where large bodies are normalised).
    pub body: Option<std::sync::Arc<Value>>,
    /// Whether the operation is a websocket channel.
    pub websocket: bool,
    /// Whether the operation's route answers every method (see [`EVERY_METHOD`]).
    pub every_method: bool,
    /// The document's path template (`/Api/Bot/{botNames}`), which metrics report.
    pub template: std::sync::Arc<str>,
    /// Positions of the template's variable segments (`{botNames}` is segment 2).
    variables: Vec<usize>,
    /// The type each variable segment binds to, in the same order.
    variable_kinds: Vec<ValueKind>,
}

impl Operation {
    /// The raw (still percent-encoded) value of the `n`-th path variable in `canonical`, a path
    /// this operation's route matched.
    pub fn path_value<'p>(&self, canonical: &'p str, n: usize) -> Option<&'p str> {
        let position = *self.variables.get(n)?;
        canonical.split('/').filter(|s| !s.is_empty()).nth(position)
    }

    /// The operation `op` of the document's path `template` (whose variables are the segments
    /// at `variables`), under `method`.
    fn read(
        id: OperationId,
        template: &str,
        method: Method,
        op: &Value,
        variables: &[usize],
    ) -> Self {
        let parameters = || op["parameters"].as_array().into_iter().flatten();
        let query = parameters()
            .filter(|p| p["in"] == "query")
            .filter_map(|p| {
                let name = p["name"].as_str()?.to_string();
                Some((name, ValueKind::of_schema(&p["schema"])))
            })
            .collect();
        let variable_kinds = template
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| {
                let declared = parameters().find(|p| p["in"] == "path" && p["name"] == name);
                declared.map_or(ValueKind::Text, |p| ValueKind::of_schema(&p["schema"]))
            })
            .collect();
        let body = op["requestBody"]["content"]["application/json"]["schema"].clone();
        let operation_id = op["operationId"].as_str().unwrap_or_default();
        let websocket = op.get("x-dropshot-websocket").is_some();
        Self {
            id,
            variables: variables.to_vec(),
            variable_kinds,
            operation_id: operation_id.to_string(),
            method,
            query,
            body: (!body.is_null()).then(|| std::sync::Arc::new(body)),
            websocket,
            every_method: websocket || EVERY_METHOD.contains(&operation_id),
            template: template.into(),
        }
    }
}

#[derive(Debug)]
struct Route {
    segments: Vec<Segment>,
    operations: Vec<Operation>,
}

impl Route {
    /// The `Allow` header value.
    fn allow(&self) -> String {
        let methods: Vec<&str> = self.operations.iter().map(|o| o.method.as_str()).collect();
        methods.join(", ")
    }
}

/// The outcome of a lookup.
pub enum RouteMatch<'a> {
    /// The route exists and takes this method: the canonical path and the operation.
    Found(String, &'a Operation),
    /// The route exists, the method does not; the value is the `Allow` header.
    MethodNotAllowed(String),
    NotFound,
}

/// Why a document gives no route table.
#[derive(Debug, thiserror::Error)]
pub enum RouteTableError {
    #[error("the document has no paths")]
    NoPaths,
    #[error("the document has too many operations")]
    TooManyOperations,
}

/// Every `/Api` route of the document, and its schemas for normalisation.
#[derive(Debug)]
pub struct RouteTable {
    routes: Vec<Route>,
    schemas: Map<String, Value>,
}

impl RouteTable {
    /// Builds the table from the document's `paths` and `components.schemas`.
    pub fn from_document(doc: &Value) -> Result<Self, RouteTableError> {
        let paths = doc["paths"].as_object().ok_or(RouteTableError::NoPaths)?;
        let mut routes = Vec::new();
        let mut count = 0usize;
        for (template, item) in paths {
            let segments: Vec<Segment> = template
                .split('/')
                .filter(|s| !s.is_empty())
                .map(|s| {
                    if s.starts_with('{') && s.ends_with('}') {
                        Segment::Variable
                    } else {
                        Segment::Literal(s.to_string())
                    }
                })
                .collect();
            let variables: Vec<usize> = segments
                .iter()
                .enumerate()
                .filter(|(_, s)| matches!(s, Segment::Variable))
                .map(|(i, _)| i)
                .collect();
            let mut operations = Vec::new();
            for (method, op) in item.as_object().into_iter().flatten() {
                let Ok(method) = Method::from_bytes(method.to_ascii_uppercase().as_bytes()) else {
                    continue;
                };
                let id = u16::try_from(count)
                    .map(OperationId)
                    .map_err(|_| RouteTableError::TooManyOperations)?;
                count += 1;
                operations.push(Operation::read(id, template, method, op, &variables));
            }
            routes.push(Route {
                segments,
                operations,
            });
        }
        let schemas = doc["components"]["schemas"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        Ok(Self { routes, schemas })
    }

    /// Finds the route for `path` (already without PathBase): literal segments compare
    /// case-insensitively after percent-decoding, one trailing slash is ignored, and a literal
    /// beats a variable where both would match. An empty segment anywhere else (`/Api//ASF`)
    /// matches no route, as in ASP.NET's router.
    pub fn lookup(&self, method: &Method, path: &str) -> RouteMatch<'_> {
        let Some(segments) = segments_of(path) else {
            return RouteMatch::NotFound;
        };
        let Some(route) = self.best_route(&segments) else {
            return RouteMatch::NotFound;
        };
        // A websocket route takes every method (the handshake check refuses the rest), and so
        // does ASF's scrape endpoint.
        let Some(op) = route
            .operations
            .iter()
            .find(|o| o.method == *method)
            .or_else(|| route.operations.iter().find(|o| o.every_method))
        else {
            return RouteMatch::MethodNotAllowed(route.allow());
        };
        let mut canonical = String::with_capacity(path.len());
        for (template, actual) in route.segments.iter().zip(&segments) {
            canonical.push('/');
            match template {
                Segment::Literal(lit) => canonical.push_str(lit),
                Segment::Variable => push_route_value(&mut canonical, actual),
            }
        }
        RouteMatch::Found(canonical, op)
    }

    /// The ID of the operation the document calls `operation_id`.
    pub(crate) fn operation(&self, operation_id: &str) -> Option<OperationId> {
        self.routes
            .iter()
            .flat_map(|r| &r.operations)
            .find(|o| o.operation_id == operation_id)
            .map(|o| o.id)
    }

    /// The `Allow` list of the route `path` matches, if any.
    pub(crate) fn allowed_methods(&self, path: &str) -> Option<String> {
        self.best_route(&segments_of(path)?).map(Route::allow)
    }

    /// The route matching `segments`; where several do, the one with literals earliest.
    fn best_route(&self, segments: &[&str]) -> Option<&Route> {
        let mut best: Option<(&Route, Vec<bool>)> = None;
        'routes: for route in &self.routes {
            if route.segments.len() != segments.len() {
                continue;
            }
            let mut literal_at = Vec::with_capacity(segments.len());
            for (template, actual) in route.segments.iter().zip(segments) {
                match template {
                    Segment::Literal(lit) => {
                        let decoded = percent_decode_str(actual).decode_utf8_lossy();
                        if !lit.eq_ignore_ascii_case(&decoded) {
                            continue 'routes;
                        }
                        literal_at.push(true);
                    }
                    Segment::Variable => literal_at.push(false),
                }
            }
            if best.as_ref().is_none_or(|(_, b)| literal_at > *b) {
                best = Some((route, literal_at));
            }
        }
        best.map(|(route, _)| route)
    }

    /// Rewrites a JSON body into the exact shape its schema names: property names in their
    /// declared case, numbers given as strings turned into numbers; members keep their order.
    /// Refused when the body is not one JSON value (anything after the value included, which
    /// the backend's parser would overlook) or breaks a rule of the schema. One pass, linear
    /// in the body's size (see `json`).
    /// A body the schema leaves open (`{}`, `/Api/Storage`'s `JsonElement`) keeps its tokens
    /// as written, numbers included (`json_text::element_text`).
    pub fn normalize_body(&self, schema: &Value, body: &[u8]) -> Result<Vec<u8>, BodyRefusal> {
        if schema.as_object().is_some_and(Map::is_empty) {
            return crate::core::json_text::element_text(body, json::MAX_JSON_DEPTH)
                .map_err(BodyRefusal::NotJson);
        }
        json::normalize(self, schema, body)
    }

    fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..16 {
            if let Some(name) = schema["$ref"].as_str() {
                match name
                    .strip_prefix("#/components/schemas/")
                    .and_then(|n| self.schemas.get(n))
                {
                    Some(target) => schema = target,
                    None => return schema,
                }
            } else if let Some([only]) = schema["allOf"].as_array().map(Vec::as_slice) {
                schema = only;
            } else {
                return schema;
            }
        }
        schema
    }

    /// Rewrites query keys to their declared case, declared values to the form the backend
    /// reads (see `binding`), and drops `password`, which only the access check reads (and
    /// which must not reach any log). `Err` with ASP.NET's message for a value its binder
    /// refuses.
    pub(crate) fn normalize_query(
        &self,
        op: &Operation,
        query: &str,
    ) -> Result<String, Unbindable> {
        let mut out = String::with_capacity(query.len());
        // A declared parameter given twice takes its first value, as ASP.NET binds it.
        let mut bound: Vec<&str> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = match pair.find('=') {
                Some(i) => (&pair[..i], Some(&pair[i + 1..])),
                None => (pair, None),
            };
            let decoded = form_decode(key);
            if decoded.eq_ignore_ascii_case("password") {
                continue;
            }
            let declared = op
                .query
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(&decoded));
            if let Some((name, _)) = declared {
                if bound.contains(&name.as_str()) {
                    continue;
                }
                bound.push(name);
            }
            if !out.is_empty() {
                out.push('&');
            }
            match declared {
                Some((name, kind)) if *kind != ValueKind::Text => {
                    let text = form_decode(value.unwrap_or_default());
                    let value = kind.bind(&text)?;
                    out.push_str(name);
                    out.push('=');
                    out.push_str(&value);
                }
                _ => {
                    out.push_str(declared.map_or(key, |(name, _)| name.as_str()));
                    if let Some(value) = value {
                        out.push('=');
                        out.push_str(value);
                    }
                }
            }
        }
        Ok(out)
    }

    /// `canonical` (a path `op`'s route matched) with its typed route values in the form the
    /// backend reads, or ASP.NET's message for a value its binder refuses.
    pub(crate) fn bind_path<'p>(
        &self,
        op: &Operation,
        canonical: &'p str,
    ) -> Result<std::borrow::Cow<'p, str>, Unbindable> {
        if op.variable_kinds.iter().all(|k| *k == ValueKind::Text) {
            return Ok(std::borrow::Cow::Borrowed(canonical));
        }
        let mut variables = op.variables.iter().zip(&op.variable_kinds);
        let mut next = variables.next();
        let mut out = String::with_capacity(canonical.len());
        for (at, segment) in canonical.split('/').filter(|s| !s.is_empty()).enumerate() {
            out.push('/');
            match next {
                Some((position, kind)) if *position == at => {
                    next = variables.next();
                    if *kind == ValueKind::Text {
                        out.push_str(segment);
                    } else {
                        let text = percent_decode_str(segment).decode_utf8_lossy();
                        out.push_str(&kind.bind(&text)?);
                    }
                }
                _ => out.push_str(segment),
            }
        }
        Ok(std::borrow::Cow::Owned(out))
    }
}

/// A query key or value as ASP.NET decodes it: `+` is a space, then percent escapes.
fn form_decode(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('+') {
        let spaced = text.replace('+', " ");
        std::borrow::Cow::Owned(percent_decode_str(&spaced).decode_utf8_lossy().into_owned())
    } else {
        percent_decode_str(text).decode_utf8_lossy()
    }
}

/// The segments of `path` as ASP.NET's router reads them: one trailing slash ignored, `None`
/// when any other segment is empty (a doubled slash).
fn segments_of(path: &str) -> Option<Vec<&str>> {
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    if path.is_empty() {
        return Some(Vec::new());
    }
    let segments: Vec<&str> = path.split('/').collect();
    segments.iter().all(|s| !s.is_empty()).then_some(segments)
}

/// Appends a route value as the backend must read it: Kestrel decodes every escape of a path
/// but `%2F`, so `a%2Fb` reaches ASF's controller as those five characters; the backend
/// decodes every escape, so that one is escaped once more.
fn push_route_value(canonical: &mut String, value: &str) {
    let mut rest = value;
    while let Some(at) = rest.find('%') {
        canonical.push_str(&rest[..at]);
        let escape = &rest[at..];
        if escape
            .as_bytes()
            .get(1..3)
            .is_some_and(|hex| hex.eq_ignore_ascii_case(b"2F"))
        {
            canonical.push_str("%25");
            canonical.push_str(&escape[1..3]);
            rest = &escape[3..];
        } else {
            canonical.push('%');
            rest = &escape[1..];
        }
    }
    canonical.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn table() -> RouteTable {
        let doc = json!({
            "paths": {
                "/Api/Bot/{botNames}": { "get": {}, "post": {
                    "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Req" } } } }
                } },
                "/Api/Bot/{botNames}/Pause": { "post": {} },
                "/Api/Bot/Special/Pause": { "post": {} },
                "/Api/NLog/File": { "get": { "parameters": [{ "in": "query", "name": "lastAt", "schema": { "type": "integer", "format": "int32" } }] } }
            },
            "components": { "schemas": {
                "Req": { "type": "object", "properties": {
                    "BotConfig": { "allOf": [{ "$ref": "#/components/schemas/Cfg" }] },
                    "Count": { "type": "integer" }
                } },
                "Cfg": { "type": "object", "properties": { "SteamLogin": { "type": "string" }, "Delay": { "type": "integer" } } }
            } }
        });
        RouteTable::from_document(&doc).expect("table")
    }

    #[test]
    fn literal_segments_ignore_case_and_slashes() {
        let t = table();
        match t.lookup(&Method::POST, "/api/BOT/Main%20X/pause/") {
            RouteMatch::Found(path, _) => assert_eq!(path, "/Api/Bot/Main%20X/Pause"),
            _ => panic!("expected a match"),
        }
        match t.lookup(&Method::POST, "/api/bot/special/pause") {
            RouteMatch::Found(path, _) => assert_eq!(path, "/Api/Bot/Special/Pause"),
            _ => panic!("expected a match"),
        }
        assert!(matches!(
            t.lookup(&Method::GET, "/%41pi/NLog/File"),
            RouteMatch::Found(..)
        ));
        match t.lookup(&Method::DELETE, "/Api/Bot/a") {
            RouteMatch::MethodNotAllowed(allow) => assert_eq!(allow, "GET, POST"),
            _ => panic!("expected 405"),
        }
        assert!(matches!(
            t.lookup(&Method::GET, "/Api/Nope"),
            RouteMatch::NotFound
        ));
    }

    #[test]
    fn an_empty_segment_matches_no_route() {
        let t = table();
        for path in [
            "/Api//Bot/a",
            "/Api/Bot//Pause",
            "//Api/Bot/a",
            "/Api/Bot/a//",
        ] {
            assert!(
                matches!(t.lookup(&Method::POST, path), RouteMatch::NotFound),
                "{path}"
            );
            assert_eq!(t.allowed_methods(path), None, "{path}");
        }
    }

    #[test]
    fn an_escaped_slash_stays_in_the_route_value() {
        let t = table();
        for (path, canonical) in [
            ("/Api/Bot/a%2Fb", "/Api/Bot/a%252Fb"),
            ("/Api/Bot/a%2fb%20c%", "/Api/Bot/a%252fb%20c%"),
            ("/Api/Bot/%E2%82%AC%2", "/Api/Bot/%E2%82%AC%2"),
        ] {
            match t.lookup(&Method::GET, path) {
                RouteMatch::Found(found, _) => assert_eq!(found, canonical),
                _ => panic!("expected a match for {path}"),
            }
        }
    }

    #[test]
    fn body_names_and_numbers() {
        let t = table();
        let schema = json!({"$ref": "#/components/schemas/Req"});
        let normalize = |body: &str| {
            String::from_utf8(t.normalize_body(&schema, body.as_bytes()).expect("JSON"))
                .expect("UTF-8")
        };
        assert_eq!(
            normalize(
                r#"{"botconfig": {"steamlogin": "x", "delay": "5", "Other": 1}, "count": "-3", "extra": "7"}"#
            ),
            r#"{"BotConfig":{"SteamLogin":"x","Delay":5,"Other":1},"Count":-3,"extra":"7"}"#
        );
        assert_eq!(normalize(r#"{"Count": "abc"}"#), r#"{"Count":"abc"}"#);
        assert_eq!(
            normalize(r#"{"z": 1, "count": 2, "a": 3, "Count": 4}"#),
            r#"{"z":1,"Count":4,"a":3}"#,
            "order kept; a name given twice keeps its last value"
        );
        assert!(t.normalize_body(&schema, b"{nope").is_err());
        assert!(
            t.normalize_body(&schema, b"{} {}").is_err(),
            "one value only"
        );
        assert!(
            t.normalize_body(&schema, br#"{"BotConfig": ["x"]}"#)
                .is_err(),
            "an array is no object"
        );
    }

    #[test]
    fn query_keys_and_password() {
        let t = table();
        let RouteMatch::Found(_, op) = t.lookup(&Method::GET, "/Api/NLog/File") else {
            panic!("expected a match");
        };
        assert_eq!(
            t.normalize_query(op, "LASTAT=3&password=x&Other=1"),
            Ok("lastAt=3&Other=1".to_string())
        );
        assert_eq!(
            t.normalize_query(op, "lastAt=1&LastAt=2&x=1&x=2&lastat=3"),
            Ok("lastAt=1&x=1&x=2".to_string()),
            "a declared parameter keeps its first value"
        );
    }

    /// Reading a query costs in proportion to its length: ten times the pairs and the value's
    /// white space, well under thirty times the time. (Measured in process: over HTTP a
    /// request's fixed cost hides the reading of a query the request line can carry.)
    #[test]
    fn query_cost_grows_linearly() {
        let t = table();
        let RouteMatch::Found(_, op) = t.lookup(&Method::GET, "/Api/NLog/File") else {
            panic!("expected a match");
        };
        let query = |pairs: usize| {
            format!(
                "{}LASTAT=%20{}3&lastAt=4",
                "x=1&".repeat(pairs),
                "+".repeat(pairs)
            )
        };
        let (small, large) = (query(1_000), query(10_000));
        assert!(
            t.normalize_query(op, &large)
                .is_ok_and(|q| q.ends_with("lastAt=3"))
        );
        let ratio = crate::core::cost::ratio(
            || assert!(t.normalize_query(op, std::hint::black_box(&small)).is_ok()),
            || assert!(t.normalize_query(op, std::hint::black_box(&large)).is_ok()),
        );
        assert!(ratio < 30.0, "10x the query cost {ratio:.1}x");
    }
}

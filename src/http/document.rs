//! The OpenAPI document: the one the trait describes (dropshot's, completed with what
//! `crate::api::document` states), and the checked-in one as served, with its `servers` entry.

use serde_json::{Value, json};

use crate::api::document::{BOT_NAMES_DESCRIPTION, RENAME_PATH, RENAME_ROUTE, Rule, rules};
use crate::api::{
    ASF_VERSION, CONTACT_NAME, CONTACT_URL, DESCRIPTION, LICENSE_NAME, LICENSE_URL,
    PASSWORD_HEADER, SECURITY_SCHEME, TITLE, asf_api_mod,
};

/// The OpenAPI document the trait describes; `tests/spec.rs` compares it with
/// `openapi/asf.json` operation by operation and schema by schema.
///
/// dropshot writes everything but a few things ASF's document has, so one post-processing step
/// adds them: `info.version` as ASF's four-part version (dropshot wants semver), the
/// `IPCPassword` apiKey scheme on header `Authentication`, required by every `/Api` operation,
/// and what `crate::api::document` states (the rename route's `{botName}`, `/Api/NLog`'s `connect`,
/// `/HealthCheck`'s 503, ASF's schema extensions and bounds, query parameter defaults). The
/// spec test compares the result of this function, so the step is covered too.
pub fn openapi_document() -> Result<Vec<u8>, DocumentError> {
    let description = asf_api_mod::stub_api_description().map_err(DocumentError::Description)?;
    let mut doc = description
        .openapi(TITLE, semver::Version::new(6, 3, 9))
        .description(DESCRIPTION)
        .contact_name(CONTACT_NAME)
        .contact_url(CONTACT_URL)
        .license(LICENSE_NAME, LICENSE_URL)
        .json()
        .map_err(DocumentError::Writing)?;
    post_process(&mut doc);
    let mut out = serde_json::to_vec_pretty(&doc).map_err(DocumentError::Writing)?;
    out.push(b'\n');
    Ok(out)
}

/// Why the trait gives no document.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The trait's operations do not make a valid API description.
    #[error("API description: {0}")]
    Description(dropshot::ApiDescriptionBuildErrors),
    /// The description could not be written as JSON.
    #[error("writing the document: {0}")]
    Writing(serde_json::Error),
}

fn post_process(doc: &mut Value) {
    doc["info"]["version"] = Value::from(ASF_VERSION);
    doc["components"]["securitySchemes"] = serde_json::json!({
        SECURITY_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": PASSWORD_HEADER,
            "description": "IPCPassword authentication using request headers. Check https://github.com/JustArchiNET/ArchiSteamFarm/wiki/IPC#authentication for more info."
        }
    });
    if let Some(paths) = doc["paths"].as_object_mut() {
        for (path, item) in paths.iter_mut() {
            let protected = path
                .split('/')
                .nth(1)
                .is_some_and(|s| s.eq_ignore_ascii_case("Api"));
            if !protected {
                continue;
            }
            if let Some(ops) = item.as_object_mut() {
                for op in ops.values_mut() {
                    if op.is_object() {
                        op["security"] = serde_json::json!([{ SECURITY_SCHEME: [] }]);
                    }
                }
            }
        }
    }
    if let Some(paths) = doc["paths"].as_object_mut() {
        for op in paths
            .values_mut()
            .filter_map(Value::as_object_mut)
            .flat_map(|item| item.values_mut())
            .filter(|op| op.is_object())
        {
            // The log websocket refuses in ASF's envelope like every other route.
            if op.get("x-dropshot-websocket").is_some() {
                for class in ["4XX", "5XX"] {
                    op["responses"][class] =
                        serde_json::json!({ "$ref": "#/components/responses/AsfError" });
                }
            }
        }
    }
    // dropshot documents a hand-made response as anything; the scrape is text.
    if let Some(op) = doc["paths"]["/Api/metrics"]["get"].as_object_mut() {
        op.insert(
            "responses".to_string(),
            serde_json::json!({
                "200": {
                    "description": "The metrics in Prometheus's text format (OpenMetrics when asked for)",
                    "content": { "text/plain": { "schema": { "type": "string" } } }
                },
                "4XX": { "$ref": "#/components/responses/AsfError" },
                "5XX": { "$ref": "#/components/responses/AsfError" }
            }),
        );
    }
    // dropshot's own error shape is never sent: every refusal is ASF's envelope.
    if let Some(responses) = doc["components"]["responses"].as_object_mut() {
        responses.remove("Error");
    }
    if let Some(schemas) = doc["components"]["schemas"].as_object_mut() {
        schemas.remove("Error");
    }
    rename_takes_one_bot(doc);
    bot_names_described(doc);
    nlog_any_method(doc);
    health_check_responses(doc);
    schema_extensions(doc);
    query_defaults(doc);
}

/// The `servers` entry ASF's document has, built from the request as ASP.NET's
/// `OpenApiDocumentService` builds it (`UriHelper.BuildAbsolute(scheme, host, PathBase)`):
/// `http://127.0.0.1:1242/` at the root, `https://example.org/asf` under a PathBase.
pub(crate) fn server_url(scheme: &str, host: &str, path_base: Option<&str>) -> String {
    let path = path_base.filter(|p| !p.is_empty()).unwrap_or("/");
    format!("{scheme}://{host}{path}")
}

/// `document` (the checked-in JSON object) with a `servers` member naming `url` first.
pub fn with_server(document: &[u8], url: &str) -> Vec<u8> {
    let servers = serde_json::json!([{ "url": url }]);
    let member = format!("\"servers\":{servers},");
    let Some(open) = document.iter().position(|b| *b == b'{') else {
        return document.to_vec();
    };
    let mut out = Vec::with_capacity(document.len() + member.len());
    out.extend_from_slice(&document[..=open]);
    out.extend_from_slice(member.as_bytes());
    out.extend_from_slice(&document[open + 1..]);
    out
}

/// Renames the rename route's variable to `botName`: it takes one bot, not a selector.
fn rename_takes_one_bot(doc: &mut Value) {
    let Some(paths) = doc["paths"].as_object_mut() else {
        return;
    };
    let Some(mut item) = paths.remove(RENAME_ROUTE) else {
        return;
    };
    for op in item
        .as_object_mut()
        .into_iter()
        .flat_map(|o| o.values_mut())
    {
        for parameter in op["parameters"].as_array_mut().into_iter().flatten() {
            if parameter["in"] == "path" && parameter["name"] == "botNames" {
                parameter["name"] = Value::from("botName");
            }
        }
    }
    paths.insert(RENAME_PATH.to_string(), item);
}

/// Describes every bot name path parameter as ASF does.
fn bot_names_described(doc: &mut Value) {
    let operations = doc["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut());
    for op in operations {
        let parameters = op.get_mut("parameters").and_then(Value::as_array_mut);
        for parameter in parameters.into_iter().flatten() {
            if parameter["in"] == "path"
                && matches!(parameter["name"].as_str(), Some("botNames" | "botName"))
            {
                parameter["description"] = Value::from(BOT_NAMES_DESCRIPTION);
            }
        }
    }
}

/// `/Api/NLog` is a websocket over HTTP/1.1 (`get` with `Upgrade`, 101) and over HTTP/2
/// (extended `connect`, 200), as ASF's document lists it.
fn nlog_any_method(doc: &mut Value) {
    let Some(item) = doc["paths"]
        .get_mut("/Api/NLog")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let Some(mut connect) = item.get("get").cloned() else {
        return;
    };
    if let Some(connect) = connect.as_object_mut() {
        // Operation IDs are unique; the `get` keeps the one clients are generated from.
        connect.remove("operationId");
        if let Some(responses) = connect.get_mut("responses").and_then(Value::as_object_mut) {
            responses.remove("101");
            responses.insert(
                "200".to_string(),
                json!({ "description": "Extended CONNECT accepted; the stream carries the websocket" }),
            );
        }
    }
    item.insert("connect".to_string(), connect);
}

/// `/HealthCheck` answers `HealthCheckResponse`, `200` when healthy and `503` otherwise; never
/// ASF's error envelope.
fn health_check_responses(doc: &mut Value) {
    let Some(responses) = doc["paths"]["/HealthCheck"]["get"]["responses"].as_object_mut() else {
        return;
    };
    responses.remove("4XX");
    responses.remove("5XX");
    if let Some(ok) = responses.get("200").cloned() {
        let mut unavailable = ok;
        unavailable["description"] = Value::from("a health check failed");
        responses.insert("503".to_string(), unavailable);
    }
}

/// Writes every rule into its property's schema. An item that is a reference becomes a
/// one-element `allOf`, because OpenAPI 3.0 ignores anything next to a `$ref`.
fn schema_extensions(doc: &mut Value) {
    for (schema, property, rule) in rules() {
        let Some(target) = doc["components"]["schemas"][schema]["properties"].get_mut(property)
        else {
            continue;
        };
        match rule {
            Rule::Range(min, max) => {
                target["minimum"] = Value::from(min);
                target["maximum"] = Value::from(max);
            }
            Rule::Length(min, max) => {
                if let Some(min) = min {
                    target["minLength"] = Value::from(min);
                }
                if let Some(max) = max {
                    target["maxLength"] = Value::from(max);
                }
            }
            Rule::MaxItems(max) => target["maxItems"] = Value::from(max),
            Rule::ItemRange(min, max) => {
                target["items"]["minimum"] = Value::from(min);
                target["items"]["maximum"] = Value::from(max);
            }
            Rule::ValidValues(values) => target["x-valid-values"] = values,
            Rule::ItemValidValues(values) => {
                let items = &mut target["items"];
                if let Some(reference) = items.as_object_mut().and_then(|o| o.remove("$ref")) {
                    items["allOf"] = json!([{ "$ref": reference }]);
                }
                items["x-valid-values"] = values;
            }
            Rule::SecurityCritical => target["x-security-critical"] = Value::Bool(true),
        }
    }
}

/// The value every property of `T` takes when the request leaves it out.
fn defaults_of<T: serde::de::DeserializeOwned + serde::Serialize>() -> Value {
    serde_json::from_value::<T>(json!({}))
        .ok()
        .and_then(|v| serde_json::to_value(v).ok())
        .unwrap_or(Value::Null)
}

/// Query parameters carry their defaults (dropshot leaves them out of parameter schemas); the
/// values come from the query types themselves, so the document and the server agree.
fn query_defaults(doc: &mut Value) {
    use crate::api::types::{NLogFileQuery, PluginsQuery, RedeemPointsQuery};
    let queries = [
        ("/Api/NLog/File", "get", defaults_of::<NLogFileQuery>()),
        ("/Api/Plugins", "get", defaults_of::<PluginsQuery>()),
        (
            "/Api/Bot/{botNames}/RedeemPoints/{definitionID}",
            "post",
            defaults_of::<RedeemPointsQuery>(),
        ),
    ];
    for (path, method, defaults) in queries {
        let parameters = doc["paths"][path][method]["parameters"].as_array_mut();
        for parameter in parameters.into_iter().flatten() {
            let Some(name) = parameter["name"].as_str() else {
                continue;
            };
            if parameter["in"] == "query"
                && let Some(default) = defaults.get(name).filter(|d| !d.is_null()).cloned()
            {
                parameter["schema"]["default"] = default;
            }
        }
    }
}

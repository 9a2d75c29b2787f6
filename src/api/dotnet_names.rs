//! The .NET full names of the classes behind the document's schemas, as `/Api/Type` and
//! `/Api/Structure` take them. Each class declares its name once, right after its Rust type,
//! with [`dotnet_name!`]; the declarations gather in one table at link time, so a schema added
//! to the API is named by that one line. Enums carry theirs in `enums::AsfEnum::DOTNET_NAME`.

use std::collections::HashMap;
use std::sync::OnceLock;

use linkme::distributed_slice;

/// A Rust type whose schema stands for one class of ASF's.
pub trait DotnetClass {
    /// The class's .NET full name (`ArchiSteamFarm.IPC.Requests.BotRequest`).
    const DOTNET_NAME: &'static str;
}

/// One declaration of [`dotnet_name!`].
pub struct ClassName {
    /// The name the document gives the type's schema (`JsonSchema::schema_name`), read from
    /// the type so that a renamed schema keeps its class.
    pub schema_name: fn() -> String,
    pub dotnet_name: &'static str,
}

/// Every declaration of [`dotnet_name!`] in the program.
#[distributed_slice]
pub static CLASS_NAMES: [ClassName];

/// `dotnet_name!(Type => "Namespace.Class")`: the type's schema is ASF's class `Namespace.Class`.
macro_rules! dotnet_name {
    ($type:ty => $dotnet:expr) => {
        impl $crate::api::dotnet_names::DotnetClass for $type {
            const DOTNET_NAME: &'static str = $dotnet;
        }

        const _: () = {
            #[::linkme::distributed_slice($crate::api::dotnet_names::CLASS_NAMES)]
            static CLASS_NAME: $crate::api::dotnet_names::ClassName =
                $crate::api::dotnet_names::ClassName {
                    schema_name: <$type as ::schemars::JsonSchema>::schema_name,
                    dotnet_name: $dotnet,
                };
        };
    };
}
pub(crate) use dotnet_name;

/// The open generic envelope. Its instances have a schema each, named by their payload
/// (`GenericResponse_{T}`), and `AsfError` is the envelope of every error: all of them name
/// this one class.
pub const GENERIC_RESPONSE: &str = "ArchiSteamFarm.IPC.Responses.GenericResponse`1";

/// The .NET full name of the class behind schema `schema` of the document.
pub fn dotnet_class_name(schema: &str) -> Option<&'static str> {
    if schema.starts_with("GenericResponse_") || schema == "AsfError" {
        return Some(GENERIC_RESPONSE);
    }
    by_schema().get(schema).copied()
}

/// [`CLASS_NAMES`] by schema name, gathered once.
fn by_schema() -> &'static HashMap<String, &'static str> {
    static BY_SCHEMA: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    BY_SCHEMA.get_or_init(|| {
        CLASS_NAMES
            .iter()
            .map(|class| ((class.schema_name)(), class.dotnet_name))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two types naming one schema would leave the table to pick one of their classes.
    #[test]
    fn each_schema_is_declared_once() {
        let mut schemas: Vec<String> = CLASS_NAMES.iter().map(|c| (c.schema_name)()).collect();
        let declared = schemas.len();
        schemas.sort();
        schemas.dedup();
        assert_eq!(schemas.len(), declared, "{schemas:?}");
        assert!(declared > 0);
    }
}

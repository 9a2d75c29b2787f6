//! The direction of the layers, checked on the source: the contract (`src/api`) depends on
//! nothing else of ours, and the domain (`src/core`) uses the contract but never the HTTP layer,
//! dropshot or hyper. Every `.rs` file under those directories is parsed, and every path in it
//! (imports, types, expressions, attributes, macro bodies, `extern crate`) is resolved against
//! the module the file is, so `super::super::http` is caught as well as `crate::http`.
//!
//! A failure names the file, the line and the offending path.

use std::fmt;
use std::path::Path;

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::visit::Visit;

use asf_ipc_test_support::files::rust_files;

/// What one layer may depend on.
struct Layer {
    /// Directory of the layer, relative to the crate root.
    dir: &'static str,
    /// Top-level modules of this crate the layer may use.
    may_use: &'static [&'static str],
    /// External crates the layer must not use.
    must_not_use: &'static [&'static str],
}

/// The contract may use dropshot (the API trait is dropshot's) but no transport; the domain
/// may use the contract and nothing that speaks HTTP (neither our layer nor the crates).
const LAYERS: &[Layer] = &[
    Layer {
        dir: "src/api",
        may_use: &["api"],
        must_not_use: &["hyper"],
    },
    Layer {
        dir: "src/core",
        may_use: &["api", "core"],
        must_not_use: &["dropshot", "hyper", "http"],
    },
];

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Violation {
    /// Relative to the crate root, with `/` separators.
    file: String,
    line: usize,
    /// The path as written, e.g. `super::super::http::Server`.
    path: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: `{}`", self.file, self.line, self.path)
    }
}

/// Every wrong-way dependency under `root` (a crate root holding `src/`), in file order.
fn violations(root: &Path) -> Vec<Violation> {
    let mut found = Vec::new();
    for layer in LAYERS {
        let files = rust_files(&root.join(layer.dir));
        for file in files {
            let relative = file
                .strip_prefix(root)
                .expect("found under root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>();
            let name = relative.join("/");
            let text = std::fs::read_to_string(&file).expect("readable source file");
            let parsed = match syn::parse_file(&text) {
                Ok(parsed) => parsed,
                Err(e) => panic!("{name}: does not parse: {e}"),
            };
            let mut checker = Checker {
                layer,
                file: name,
                module: module_of(&relative),
                found: Vec::new(),
            };
            checker.visit_file(&parsed);
            found.extend(checker.found);
        }
    }
    found
}

/// The module a file under `src/` is: `src/core/commands/mod.rs` is `core::commands`,
/// `src/core/bot.rs` is `core::bot`.
fn module_of(relative: &[String]) -> Vec<String> {
    let mut module: Vec<String> = relative[1..].to_vec();
    if let Some(last) = module.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" && stem != "lib" {
            module.push(stem.to_string());
        }
    }
    module
}

struct Checker<'a> {
    layer: &'a Layer,
    file: String,
    /// The module being read, from the crate root (inline modules included).
    module: Vec<String>,
    found: Vec<Violation>,
}

impl Checker<'_> {
    /// Judges one path: `leading_colon` is `::a::b`, `segments` its names.
    fn check(&mut self, leading_colon: bool, segments: &[String], span: Span) {
        let Some(first) = segments.first() else {
            return;
        };
        let wrong = if leading_colon {
            self.layer.must_not_use.contains(&first.as_str())
        } else {
            match self.ours(segments) {
                Some(target) => target
                    .first()
                    .is_some_and(|top| !self.layer.may_use.contains(&top.as_str())),
                None => self.layer.must_not_use.contains(&first.as_str()),
            }
        };
        if wrong {
            self.found.push(Violation {
                file: self.file.clone(),
                line: span.start().line,
                path: segments.join("::"),
            });
        }
    }

    /// Where a path into this crate leads, from the crate root; `None` for other paths.
    fn ours(&self, segments: &[String]) -> Option<Vec<String>> {
        let mut target = match segments[0].as_str() {
            "crate" => return Some(segments[1..].to_vec()),
            "self" | "super" => self.module.clone(),
            _ => return None,
        };
        let mut rest = segments;
        if rest[0] == "self" {
            rest = &rest[1..];
        }
        while rest.first().is_some_and(|s| s == "super") {
            target.pop();
            rest = &rest[1..];
        }
        target.extend(rest.iter().cloned());
        Some(target)
    }

    /// Paths inside a macro's tokens (`json!`, `format!`, …): every `a::b::c` run, recursing
    /// into groups.
    fn check_tokens(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                TokenTree::Group(group) => {
                    self.check_tokens(group.stream());
                    i += 1;
                }
                TokenTree::Ident(ident) => {
                    let leading_colon = i >= 2 && is_path_sep(&tokens[i - 2], &tokens[i - 1]);
                    let span = ident.span();
                    let mut segments = vec![ident.to_string()];
                    i += 1;
                    while i + 2 < tokens.len() && is_path_sep(&tokens[i], &tokens[i + 1]) {
                        match &tokens[i + 2] {
                            TokenTree::Ident(next) => {
                                segments.push(next.to_string());
                                i += 3;
                            }
                            _ => break,
                        }
                    }
                    if segments.len() > 1 || leading_colon {
                        self.check(leading_colon, &segments, span);
                    }
                }
                _ => i += 1,
            }
        }
    }
}

/// Every leaf of a `use` tree with its whole path and where it is written: `use crate::{api,
/// http::X}` yields `crate::api` and `crate::http::X`.
fn use_leaves(tree: &syn::UseTree) -> Vec<(Vec<String>, Span)> {
    fn walk(prefix: &mut Vec<String>, tree: &syn::UseTree, out: &mut Vec<(Vec<String>, Span)>) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                walk(prefix, &path.tree, out);
                prefix.pop();
            }
            syn::UseTree::Name(syn::UseName { ident })
            | syn::UseTree::Rename(syn::UseRename { ident, .. }) => {
                let mut full = prefix.clone();
                full.push(ident.to_string());
                out.push((full, ident.span()));
            }
            syn::UseTree::Glob(glob) => out.push((prefix.clone(), glob.star_token.span)),
            syn::UseTree::Group(group) => {
                for item in &group.items {
                    walk(prefix, item, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&mut Vec::new(), tree, &mut out);
    out
}

fn is_path_sep(a: &TokenTree, b: &TokenTree) -> bool {
    matches!(
        (a, b),
        (TokenTree::Punct(a), TokenTree::Punct(b))
            if a.as_char() == ':' && b.as_char() == ':' && a.spacing() == proc_macro2::Spacing::Joint
    )
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // `mod x;` is another file; only inline modules change the module being read.
        if item.content.is_some() {
            self.module.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.module.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let leading_colon = item.leading_colon.is_some();
        for (path, span) in use_leaves(&item.tree) {
            self.check(leading_colon, &path, span);
        }
    }

    fn visit_item_extern_crate(&mut self, item: &'ast syn::ItemExternCrate) {
        self.check(true, &[item.ident.to_string()], item.ident.span());
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(first) = path.segments.first() {
            self.check(path.leading_colon.is_some(), &segments, first.ident.span());
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        syn::visit::visit_macro(self, mac);
        self.check_tokens(mac.tokens.clone());
    }
}

#[test]
fn api_and_core_depend_only_inward() {
    let found = violations(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "wrong-way dependencies (src/api may use only crate::api and not hyper; src/core only \
         crate::api and crate::core, not crate::http, dropshot, hyper or http):\n{}",
        found
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// A tree with one of each kind of wrong-way path planted, next to allowed ones that look
/// alike: exactly the planted ones are reported, at their lines.
#[test]
fn planted_wrong_way_paths_are_reported() {
    let root = tempfile::tempdir().expect("temporary directory");
    let write = |path: &str, text: &str| {
        let path = root.path().join(path);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write(
        "src/api/mod.rs",
        "use dropshot::HttpError;\n\
         use crate::core::bot::BotStatus;\n\
         use super::api::enums::EResult;\n\
         pub fn version() -> &'static str {\n\
         \x20   crate::core::process::ASF_VERSION\n\
         }\n",
    );
    write(
        "src/api/types.rs",
        "use crate::api::enums::EResult;\n\
         pub struct A(pub hyper::StatusCode);\n",
    );
    write(
        "src/core/mod.rs",
        "pub mod commands;\n\
         use crate::{api::enums::EResult, http::front::Front};\n\
         use http::StatusCode;\n\
         fn f() -> serde_json::Value {\n\
         \x20   serde_json::json!({ \"limit\": crate::http::LIMIT, \"n\": crate::api::N })\n\
         }\n\
         #[cfg(test)]\n\
         mod tests {\n\
         \x20   use super::*;\n\
         \x20   use super::super::http::Server;\n\
         }\n",
    );
    write(
        "src/core/commands/mod.rs",
        "use super::bot::Bot;\n\
         use super::super::http::handlers;\n\
         extern crate hyper;\n\
         #[dropshot::endpoint]\n\
         fn g(_: ::dropshot::RequestContext<()>) -> Result<(), dropshot::HttpError> {\n\
         \x20   Ok(())\n\
         }\n",
    );
    write(
        "src/core/commands/text.rs",
        "use super::super::super::http::*;\n\
         use self::super::Bot;\n",
    );
    let found: Vec<String> = violations(root.path())
        .iter()
        .map(ToString::to_string)
        .collect();
    let expected = [
        "src/api/mod.rs:2: `crate::core::bot::BotStatus`",
        "src/api/mod.rs:5: `crate::core::process::ASF_VERSION`",
        "src/api/types.rs:2: `hyper::StatusCode`",
        "src/core/commands/mod.rs:2: `super::super::http::handlers`",
        "src/core/commands/mod.rs:3: `hyper`",
        "src/core/commands/mod.rs:4: `dropshot::endpoint`",
        "src/core/commands/mod.rs:5: `dropshot::RequestContext`",
        "src/core/commands/mod.rs:5: `dropshot::HttpError`",
        "src/core/commands/text.rs:1: `super::super::super::http`",
        "src/core/mod.rs:2: `crate::http::front::Front`",
        "src/core/mod.rs:3: `http::StatusCode`",
        "src/core/mod.rs:5: `crate::http::LIMIT`",
        "src/core/mod.rs:10: `super::super::http::Server`",
    ];
    assert_eq!(found, expected);
}

/// What in `src/api` writes rather than declares: a function whose signature rewrites a JSON
/// tree (`&mut Value`) or produces text (`Vec<u8>`). The contract is data; writing the document
/// lives in `src/http/document.rs`, writing JSON text in `src/core/json_text.rs`.
#[derive(Default)]
struct Writers {
    in_signature: Option<String>,
    found: Vec<String>,
}

impl<'ast> Visit<'ast> for Writers {
    fn visit_signature(&mut self, sig: &'ast syn::Signature) {
        self.in_signature = Some(sig.ident.to_string());
        syn::visit::visit_signature(self, sig);
        self.in_signature = None;
    }

    fn visit_type_reference(&mut self, reference: &'ast syn::TypeReference) {
        if let (Some(name), Some(_), syn::Type::Path(target)) = (
            &self.in_signature,
            reference.mutability,
            reference.elem.as_ref(),
        ) && target
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Value")
        {
            self.found.push(format!("{name}: &mut Value"));
        }
        syn::visit::visit_type_reference(self, reference);
    }

    fn visit_type_path(&mut self, path: &'ast syn::TypePath) {
        if let (Some(name), Some(last)) = (&self.in_signature, path.path.segments.last())
            && last.ident == "Vec"
            && let syn::PathArguments::AngleBracketed(args) = &last.arguments
            && args.args.iter().any(|arg| {
                matches!(arg, syn::GenericArgument::Type(syn::Type::Path(t)) if t.path.is_ident("u8"))
            })
        {
            self.found.push(format!("{name}: Vec<u8>"));
        }
        syn::visit::visit_type_path(self, path);
    }
}

/// Each function of `src/api` (under `root`) that writes text or rewrites a document, as
/// `file: name: what`.
fn writers_in_api(root: &Path) -> Vec<String> {
    let files = rust_files(&root.join("src/api"));
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source file");
        let parsed = syn::parse_file(&text).expect("parses");
        let mut writers = Writers::default();
        writers.visit_file(&parsed);
        let name = file
            .strip_prefix(root)
            .expect("under root")
            .display()
            .to_string();
        found.extend(writers.found.into_iter().map(|w| format!("{name}: {w}")));
    }
    found
}

/// `src/api` is data (types, the trait, the document's facts): nothing in it writes JSON text
/// or rewrites the document. The planted tree shows the rule sees both kinds.
#[test]
fn api_declares_and_never_writes() {
    let found = writers_in_api(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "src/api writes (move it to src/http or src/core):\n{}",
        found.join("\n")
    );
    let root = tempfile::tempdir().expect("temporary directory");
    let api = root.path().join("src/api");
    std::fs::create_dir_all(&api).expect("mkdir");
    std::fs::write(
        api.join("mod.rs"),
        "pub fn escape(json: &[u8]) -> Option<Vec<u8>> { None }\n\
         pub fn rewrite(doc: &mut serde_json::Value) {}\n\
         pub fn facts(doc: &Value) -> Vec<u16> { Vec::new() }\n",
    )
    .expect("write");
    assert_eq!(
        writers_in_api(root.path()),
        [
            "src/api/mod.rs: escape: Vec<u8>",
            "src/api/mod.rs: rewrite: &mut Value"
        ]
    );
}

/// HTTP statuses the API answers with, as a number would name them.
const STATUS_NUMBERS: &[u16] = &[401, 403, 404, 405, 408, 413, 415, 429, 503];
/// Names that carry an HTTP status.
const STATUS_NAMES: &[&str] = &["StatusCode", "ErrorStatusCode", "AsfError", "HttpError"];

/// Finds status codes in the domain's code (tests aside): a status name, or a number that is
/// one of the statuses the API answers with.
#[derive(Default)]
struct StatusFinder {
    found: Vec<(usize, String)>,
}

impl StatusFinder {
    fn check_tokens(&mut self, tokens: TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Group(group) => self.check_tokens(group.stream()),
                TokenTree::Ident(ident) => self.ident(&ident),
                TokenTree::Literal(literal) => {
                    if let Ok(syn::Lit::Int(int)) = syn::parse_str::<syn::Lit>(&literal.to_string())
                    {
                        self.int(&int, literal.span());
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
    }

    fn ident(&mut self, ident: &proc_macro2::Ident) {
        if STATUS_NAMES.iter().any(|name| ident == name) {
            self.found
                .push((ident.span().start().line, ident.to_string()));
        }
    }

    fn int(&mut self, int: &syn::LitInt, span: Span) {
        if int
            .base10_parse::<u16>()
            .is_ok_and(|n| STATUS_NUMBERS.contains(&n))
        {
            self.found.push((span.start().line, int.to_string()));
        }
    }
}

impl<'ast> Visit<'ast> for StatusFinder {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let is_test = item.attrs.iter().any(|attr| {
            attr.path().is_ident("cfg")
                && attr
                    .parse_args::<syn::Ident>()
                    .is_ok_and(|arg| arg == "test")
        });
        if !is_test {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.ident(ident);
    }

    fn visit_lit_int(&mut self, int: &'ast syn::LitInt) {
        self.int(int, int.span());
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        syn::visit::visit_macro(self, mac);
        self.check_tokens(mac.tokens.clone());
    }
}

/// Status codes of `src/core` as `file:line: name`.
fn statuses_in_core(root: &Path) -> Vec<String> {
    let files = rust_files(&root.join("src/core"));
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source file");
        let parsed = syn::parse_file(&text).expect("source file parses");
        let mut finder = StatusFinder::default();
        finder.visit_file(&parsed);
        let name = file.strip_prefix(root).expect("found under root").display();
        found.extend(
            finder
                .found
                .into_iter()
                .map(|(line, what)| format!("{name}:{line}: {what}")),
        );
    }
    found
}

/// The domain answers with outcomes (`core::access::Refusal`, say) and `http` chooses their
/// statuses: no status name or status number appears in `src/core` outside its tests.
#[test]
fn core_names_no_http_status() {
    let found = statuses_in_core(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "HTTP statuses in the domain (map a domain outcome to its status in src/http):\n{}",
        found.join("\n")
    );
}

/// A status number and a status name are found, in code and in a macro; the same numbers in a
/// test module are not.
#[test]
fn planted_statuses_are_reported() {
    let root = tempfile::tempdir().expect("temporary directory");
    let core = root.path().join("src/core");
    std::fs::create_dir_all(&core).expect("mkdir");
    std::fs::write(
        core.join("access.rs"),
        "fn status() -> u16 { 401 }\n\
         fn text() -> String { format!(\"{}\", 403u16) }\n\
         fn error() -> Option<AsfError> { None }\n\
         fn port() -> u16 { 440 }\n\
         #[cfg(test)]\n\
         mod tests { fn t() { assert_eq!(super::status(), 401); } }\n",
    )
    .expect("write");
    let found = statuses_in_core(root.path());
    assert_eq!(
        found,
        [
            "src/core/access.rs:1: 401",
            "src/core/access.rs:2: 403u16",
            "src/core/access.rs:3: AsfError",
        ]
    );
}

/// Whether `item` is a `#[cfg(test)]` module.
fn is_test_module(item: &syn::ItemMod) -> bool {
    item.attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Ident>()
                .is_ok_and(|arg| arg == "test")
    })
}

/// A crate root in a temporary directory with `text` at `path` (under `src/`), for a rule to
/// be shown what it must see.
fn planted(path: &str, text: &str) -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("temporary directory");
    let path = root.path().join(path);
    std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
    root
}

/// A rule's reader of one file: what it found there.
trait Finds: Default + for<'ast> Visit<'ast> {
    fn found(self) -> Vec<String>;
}

/// Each `file: finding` that `F` reports for the `.rs` files under `root`'s `dir`.
fn findings<F: Finds>(root: &Path, dir: &str) -> Vec<String> {
    let files = rust_files(&root.join(dir));
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source file");
        let parsed = syn::parse_file(&text).expect("source file parses");
        let mut finder = F::default();
        finder.visit_file(&parsed);
        let name = file.strip_prefix(root).expect("found under root").display();
        found.extend(
            finder
                .found()
                .into_iter()
                .map(|what| format!("{name}: {what}")),
        );
    }
    found
}

/// What `F` reports for this crate's `dir`.
fn findings_here<F: Finds>(dir: &str) -> Vec<String> {
    findings::<F>(Path::new(env!("CARGO_MANIFEST_DIR")), dir)
}

/// Functions of `src/api` that make text, each with why it is part of the contract: how a
/// wire type is written or read, or a fact the document states. Anything else in `src/api`
/// that returns text is behaviour, and lives in `src/core` or `src/http`.
const API_TEXT_MAKERS: &[(&str, &str)] = &[
    (
        "src/api/single.rs: text",
        "System.Single's wire form, which its serializer writes",
    ),
    (
        "src/api/types.rs: queue_full",
        "the refusal of `KeyNames`' deserializer",
    ),
];

/// Finds functions that return text (a `String` or a `Cow`), outside trait impls (serde's,
/// schemars', `Display`: how a type is written, which is the contract's) and tests.
#[derive(Default)]
struct TextMakers {
    found: Vec<String>,
}

impl<'ast> Visit<'ast> for TextMakers {
    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        if item.trait_.is_none() {
            syn::visit::visit_item_impl(self, item);
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_module(item) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        // A declaration alone (the API trait's operations) does nothing.
        if item.default.is_some() {
            syn::visit::visit_trait_item_fn(self, item);
        }
    }

    fn visit_signature(&mut self, sig: &'ast syn::Signature) {
        if matches!(&sig.output, syn::ReturnType::Type(_, output) if is_text(output)) {
            self.found.push(sig.ident.to_string());
        }
    }
}

/// `String` or `Cow`, or an `Option` or `Result` of one.
fn is_text(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return false;
    };
    let Some(last) = path.path.segments.last() else {
        return false;
    };
    if last.ident == "String" || last.ident == "Cow" {
        return true;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return false;
    };
    (last.ident == "Option" || last.ident == "Result")
        && matches!(args.args.first(), Some(syn::GenericArgument::Type(inner)) if is_text(inner))
}

impl Finds for TextMakers {
    fn found(self) -> Vec<String> {
        self.found
    }
}

/// `src/api` is data: no function in it makes text (rewrites a parser's message, escapes,
/// formats) but those [`API_TEXT_MAKERS`] names. The planted tree shows what the rule sees.
#[test]
fn api_makes_no_text_but_its_wire_forms() {
    let found = findings_here::<TextMakers>("src/api");
    let unlisted: Vec<&String> = found
        .iter()
        .filter(|f| !API_TEXT_MAKERS.iter().any(|(name, _)| name == f))
        .collect();
    assert!(
        unlisted.is_empty(),
        "src/api makes text (move it to src/core or src/http): {unlisted:?}"
    );
    let stale: Vec<&str> = API_TEXT_MAKERS
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !found.iter().any(|f| f == name))
        .collect();
    assert!(stale.is_empty(), "listed but gone: {stale:?}");
    let root = planted(
        "src/api/mod.rs",
        "pub fn without_values(message: &str) -> String { message.into() }\n\
         pub struct A;\n\
         impl A { pub fn label(&self) -> Option<std::borrow::Cow<'static, str>> { None } }\n\
         impl std::fmt::Display for A {\n\
         \x20   fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) }\n\
         }\n\
         impl schemars::JsonSchema for A { fn schema_name() -> String { String::new() } }\n\
         pub fn parse(text: &str) -> Option<u64> { None }\n\
         pub fn ok() -> GenericResponse<String> { todo!() }\n\
         pub trait Api { fn post() -> Result<GenericResponse<String>, AsfError>; }\n\
         pub trait Named { fn name(&self) -> Result<String, E> { todo!() } }\n\
         #[cfg(test)]\n\
         mod tests { fn text() -> String { String::new() } }\n",
    );
    assert_eq!(
        findings::<TextMakers>(root.path(), "src/api"),
        [
            "src/api/mod.rs: without_values",
            "src/api/mod.rs: label",
            "src/api/mod.rs: name"
        ]
    );
}

/// Finds functions visible outside their module (tests aside) whose error is a `String`.
#[derive(Default)]
struct StringErrors {
    found: Vec<String>,
}

impl StringErrors {
    fn check(&mut self, vis: &syn::Visibility, sig: &syn::Signature) {
        let syn::ReturnType::Type(_, output) = &sig.output else {
            return;
        };
        let syn::Type::Path(output) = output.as_ref() else {
            return;
        };
        let Some(last) = output.path.segments.last() else {
            return;
        };
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return;
        };
        let error = args.args.iter().nth(1);
        let is_string = matches!(
            error,
            Some(syn::GenericArgument::Type(syn::Type::Path(t))) if t.path.is_ident("String")
        );
        if last.ident == "Result" && is_string && !matches!(vis, syn::Visibility::Inherited) {
            self.found.push(sig.ident.to_string());
        }
    }
}

impl<'ast> Visit<'ast> for StringErrors {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_module(item) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.check(&item.vis, &item.sig);
        syn::visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.check(&item.vis, &item.sig);
        syn::visit::visit_impl_item_fn(self, item);
    }
}

impl Finds for StringErrors {
    fn found(self) -> Vec<String> {
        self.found
    }
}

/// `http`'s functions say why they refuse with a type (`BodyRefusal`, `Unbindable`,
/// `DocumentError`, …) that one place maps to a status and ASF's words, never with a `String`
/// a caller can only pass on. The planted tree shows what the rule sees.
#[test]
fn http_functions_refuse_with_types() {
    let found = findings_here::<StringErrors>("src/http");
    assert!(
        found.is_empty(),
        "functions of src/http whose error is a String (give it a type):\n{}",
        found.join("\n")
    );
    let root = planted(
        "src/http/document.rs",
        "pub fn openapi_document() -> Result<Vec<u8>, String> { Ok(Vec::new()) }\n\
         pub(crate) fn a() -> std::result::Result<(), String> { Ok(()) }\n\
         fn private() -> Result<(), String> { Ok(()) }\n\
         pub fn typed() -> Result<String, Refusal> { Ok(String::new()) }\n\
         pub struct T;\n\
         impl T { pub(super) fn normalize_body(&self) -> Result<u8, String> { Ok(0) } }\n\
         #[cfg(test)]\n\
         mod tests { pub fn bind() -> Result<String, String> { Ok(String::new()) } }\n",
    );
    assert_eq!(
        findings::<StringErrors>(root.path(), "src/http"),
        [
            "src/http/document.rs: openapi_document",
            "src/http/document.rs: a",
            "src/http/document.rs: normalize_body"
        ]
    );
}

/// The traits `src/api` implements: how a wire type is written, read and described, the
/// error trait dropshot's API trait asks for, and the contract's own traits. A conversion
/// (`From<HttpError>`, say, which rewrites another error's text) is behaviour of `src/http`.
const API_TRAITS: &[&str] = &[
    "Serialize",
    "Deserialize",
    "DeserializeSeed",
    "Visitor",
    "MapAccess",
    "SeqAccess",
    "JsonSchema",
    "Display",
    "Error",
    "Default",
    "FromIterator",
    "HttpResponseError",
    "AsfEnum",
    "ConfigObject",
    "DotnetClass",
];

/// Finds trait impls outside [`API_TRAITS`], as `impl Trait for Type` (tests aside).
#[derive(Default)]
struct ForeignImpls(Vec<String>);

impl<'ast> Visit<'ast> for ForeignImpls {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_module(item) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        let named = |path: &syn::Path| {
            path.segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default()
        };
        if let Some((path, _)) = &item.trait_
            && !API_TRAITS.contains(&named(path).as_str())
        {
            let target = match item.self_ty.as_ref() {
                syn::Type::Path(target) => named(&target.path),
                _ => String::from("?"),
            };
            self.0.push(format!("impl {} for {target}", named(path)));
        }
        syn::visit::visit_item_impl(self, item);
    }
}

impl Finds for ForeignImpls {
    fn found(self) -> Vec<String> {
        self.0
    }
}

/// `src/api` implements only the traits that write, read and describe its types; the planted
/// tree shows a conversion is seen and a serde impl is not.
#[test]
fn api_implements_only_wire_traits() {
    let found = findings_here::<ForeignImpls>("src/api");
    assert!(
        found.is_empty(),
        "src/api implements behaviour (move it to src/http or src/core): {found:?}"
    );
    let root = planted(
        "src/api/envelope.rs",
        "impl From<dropshot::HttpError> for AsfError { fn from(e: HttpError) -> Self { todo!() } }\n\
         impl serde::Serialize for AsfError { fn serialize<S>(&self, s: S) {} }\n\
         impl std::str::FromStr for Guid { type Err = (); }\n\
         #[cfg(test)]\n\
         mod tests { impl From<u8> for super::Guid {} }\n",
    );
    assert_eq!(
        findings::<ForeignImpls>(root.path(), "src/api"),
        [
            "src/api/envelope.rs: impl From for AsfError",
            "src/api/envelope.rs: impl FromStr for Guid"
        ]
    );
}

/// Where the loopback hop lives (its module doc says why there is one).
const HOP_MODULE: &str = "src/http/front/loopback";
/// The constant naming the header that carries the hop's token, and its text.
const TOKEN_CONST: &str = "TOKEN_HEADER";
const TOKEN_TEXT: &str = "x-asf-ipc-front-token";

/// Finds what only the hop may know: its token header (by its constant or its text) and HTTP
/// clients (hyper's, hyper-util's, reqwest), in paths, `use` trees, macros and string literals.
#[derive(Default)]
struct HopNames {
    found: Vec<(usize, String)>,
}

impl HopNames {
    fn path(&mut self, segments: &[String], span: Span) {
        let first = segments.first().map(String::as_str);
        let client = matches!(first, Some("hyper" | "hyper_util"))
            && segments.iter().any(|s| s == "client")
            || first == Some("reqwest")
            || segments.iter().any(|s| s == "HttpConnector");
        if client || segments.iter().any(|s| s == TOKEN_CONST) {
            self.found.push((span.start().line, segments.join("::")));
        }
    }

    fn text(&mut self, text: &str, span: Span) {
        if text.eq_ignore_ascii_case(TOKEN_TEXT) {
            self.found.push((span.start().line, format!("{text:?}")));
        }
    }

    /// The paths and string literals among a macro's tokens.
    fn tokens(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut run: Vec<String> = Vec::new();
        let mut span = Span::call_site();
        for (i, token) in tokens.iter().enumerate() {
            let joined = i >= 2 && is_path_sep(&tokens[i - 2], &tokens[i - 1]);
            // `::` and the name after it continue a path; anything else ends it.
            let continues = matches!(token, TokenTree::Punct(p) if p.as_char() == ':')
                || (joined && matches!(token, TokenTree::Ident(_)));
            if !continues && !run.is_empty() {
                self.path(&std::mem::take(&mut run), span);
            }
            match token {
                TokenTree::Ident(ident) => {
                    if run.is_empty() {
                        span = ident.span();
                    }
                    run.push(ident.to_string());
                }
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Literal(literal) => {
                    if let Ok(syn::Lit::Str(s)) = syn::parse_str(&literal.to_string()) {
                        self.text(&s.value(), literal.span());
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
        if !run.is_empty() {
            self.path(&run, span);
        }
    }
}

impl<'ast> Visit<'ast> for HopNames {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        for (path, span) in use_leaves(&item.tree) {
            self.path(&path, span);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(first) = path.segments.first() {
            self.path(&segments, first.ident.span());
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        // A definition (`const TOKEN_HEADER`) is a name too, though not a path.
        if ident == TOKEN_CONST {
            self.found
                .push((ident.span().start().line, ident.to_string()));
        }
    }

    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.text(&literal.value(), literal.span());
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        syn::visit::visit_macro(self, mac);
        self.tokens(mac.tokens.clone());
    }
}

impl Finds for HopNames {
    fn found(mut self) -> Vec<String> {
        // A path in a macro is seen both whole and as the macro's tokens.
        self.found.sort();
        self.found.dedup();
        self.found
            .into_iter()
            .map(|(line, what)| format!("{line}: {what}"))
            .collect()
    }
}

/// What [`HopNames`] finds in `src/` under `root`, outside the hop module.
fn hop_outside_its_module(root: &Path) -> Vec<String> {
    let mut found = findings::<HopNames>(root, "src");
    found.retain(|finding| !finding.starts_with(&format!("{HOP_MODULE}/")));
    found
}

/// The loopback hop is fenced in its module: nothing else in `src/` names the token that lets
/// a request into the backend or builds a client to reach it, so removing the hop (see the
/// module's doc) is removing that module and the one call to it.
#[test]
fn only_the_hop_module_knows_the_backend() {
    let inside = findings_here::<HopNames>(HOP_MODULE);
    assert!(
        inside
            .iter()
            .any(|f| f.ends_with(&format!("{TOKEN_TEXT:?}"))),
        "{HOP_MODULE} defines the token header {TOKEN_TEXT:?}: {inside:?}"
    );
    let found = hop_outside_its_module(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "the hop's token or an HTTP client outside {HOP_MODULE}:\n{}",
        found.join("\n")
    );
}

/// The hop's names planted outside its module, next to look-alikes that are not them: exactly
/// the planted ones are reported; inside the module they are its own business.
#[test]
fn planted_hop_names_are_reported() {
    let root = planted(
        "src/http/front/dispatch.rs",
        "use super::loopback::backend::TOKEN_HEADER;\n\
         use hyper_util::{rt::TokioIo, client::legacy::connect::HttpConnector};\n\
         use hyper::server::conn::http1;\n\
         fn f(h: &mut HeaderMap) {\n\
         \x20   h.insert(\"X-ASF-IPC-Front-Token\", token());\n\
         \x20   h.insert(\"x-asf-ipc-front-token-not\", token());\n\
         \x20   let c = hyper_util::client::legacy::Client::builder(exec());\n\
         \x20   tracing::info!(\"{}\", format!(\"{}\", \"x-asf-ipc-front-token\"));\n\
         }\n\
         const TOKEN_HEADERS: usize = 1;\n\
         fn g() { let _ = reqwest::Client::new(); let _ = hyper_util::rt::TokioExecutor::new(); }\n",
    );
    let inside = root.path().join(HOP_MODULE).join("backend.rs");
    std::fs::create_dir_all(inside.parent().expect("has a parent")).expect("mkdir");
    std::fs::write(
        inside,
        "pub(super) const TOKEN_HEADER: &str = \"x-asf-ipc-front-token\";\n\
         use hyper_util::client::legacy::Client;\n",
    )
    .expect("write");
    assert_eq!(
        hop_outside_its_module(root.path()),
        [
            "src/http/front/dispatch.rs: 1: super::loopback::backend::TOKEN_HEADER",
            "src/http/front/dispatch.rs: 2: hyper_util::client::legacy::connect::HttpConnector",
            "src/http/front/dispatch.rs: 5: \"X-ASF-IPC-Front-Token\"",
            "src/http/front/dispatch.rs: 7: hyper_util::client::legacy::Client::builder",
            "src/http/front/dispatch.rs: 8: \"x-asf-ipc-front-token\"",
            "src/http/front/dispatch.rs: 11: reqwest::Client::new",
        ]
    );
}

//! No function in `src/` runs over 80 lines, and no test function in `tests/` or `client/tests/`
//! over 100: every `.rs` file is parsed and each function with a body (free functions, methods,
//! trait defaults, functions nested in others, tests included; under the test folders only those
//! marked `#[test]` or `#[…::test]`) is measured from its `fn` keyword to its closing brace, both
//! lines counted.
//!
//! A failure names the file, the function and its length.

use std::fmt;
use std::path::{Path, PathBuf};

use proc_macro2::Span;
use syn::visit::Visit;

use asf_ipc_test_support::files::rust_files;

/// The most lines a function in `src/` may span, `fn` line and closing-brace line included.
const MAX_FUNCTION_LINES: usize = 80;

/// The most lines a test function in the test folders may span, counted the same way. A test
/// longer than this asserts more than one thing; split it by what it asserts.
const MAX_TEST_LINES: usize = 100;

/// The folders of the workspace's integration tests, relative to the crate root.
const TEST_FOLDERS: &[&str] = &["tests", "client/tests"];

/// Which functions a measurement reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Measured {
    /// Every function with a body.
    AllFunctions,
    /// Free functions marked `#[test]`, `#[tokio::test]` or any other `…::test` attribute.
    TestFunctions,
}

/// Functions still over the limit while they are being split elsewhere, as `(file, function)`.
/// Emptied when those splits land; an entry that is no longer too long fails the test, so the
/// list cannot outlive its reason.
/// These are in `src/api` and `src/http`, whose splits are under way at the same time.
const NOT_YET_SPLIT: &[(&str, &str)] = &[];

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct LongFunction {
    /// Relative to the crate root, with `/` separators.
    file: String,
    line: usize,
    /// The function's name, prefixed with its `impl` or `trait` type when it has one.
    function: String,
    lines: usize,
}

impl fmt::Display for LongFunction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: `{}` is {} lines",
            self.file, self.line, self.function, self.lines
        )
    }
}

/// Every function of the kind `measured` under the `folders` of `root` longer than `limit` lines,
/// in file order.
fn long_functions(
    root: &Path,
    folders: &[&str],
    measured: Measured,
    limit: usize,
) -> Vec<LongFunction> {
    let mut files: Vec<PathBuf> = folders
        .iter()
        .flat_map(|folder| rust_files(&root.join(folder)))
        .collect();
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(root)
            .expect("found under root")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let text = std::fs::read_to_string(&file).expect("readable source file");
        let parsed = match syn::parse_file(&text) {
            Ok(parsed) => parsed,
            Err(e) => panic!("{name}: does not parse: {e}"),
        };
        let mut measurer = Measurer {
            file: name,
            owner: None,
            measured,
            limit,
            found: Vec::new(),
        };
        measurer.visit_file(&parsed);
        found.extend(measurer.found);
    }
    found.sort();
    found
}

struct Measurer {
    file: String,
    /// The `impl` or `trait` being read, for naming methods.
    owner: Option<String>,
    measured: Measured,
    limit: usize,
    found: Vec<LongFunction>,
}

impl Measurer {
    fn measure(&mut self, name: &syn::Ident, fn_token: Span, close_brace: Span) {
        let first = fn_token.start().line;
        let lines = close_brace.end().line + 1 - first;
        if lines > self.limit {
            let function = match &self.owner {
                Some(owner) => format!("{owner}::{name}"),
                None => name.to_string(),
            };
            self.found.push(LongFunction {
                file: self.file.clone(),
                function,
                line: first,
                lines,
            });
        }
    }
}

/// Whether `attrs` mark a test: `#[test]`, `#[tokio::test]`, `#[tokio::test(flavor = …)]`.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "test")
    })
}

impl<'ast> Visit<'ast> for Measurer {
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if self.measured == Measured::AllFunctions || is_test(&item.attrs) {
            self.measure(
                &item.sig.ident,
                item.sig.fn_token.span,
                item.block.brace_token.span.close(),
            );
        }
        // Functions nested in this one are named on their own.
        let owner = self.owner.take();
        syn::visit::visit_item_fn(self, item);
        self.owner = owner;
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        if self.measured == Measured::AllFunctions {
            self.measure(
                &item.sig.ident,
                item.sig.fn_token.span,
                item.block.brace_token.span.close(),
            );
        }
        let owner = self.owner.take();
        syn::visit::visit_impl_item_fn(self, item);
        self.owner = owner;
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        if let Some(body) = &item.default
            && self.measured == Measured::AllFunctions
        {
            self.measure(
                &item.sig.ident,
                item.sig.fn_token.span,
                body.brace_token.span.close(),
            );
        }
        let owner = self.owner.take();
        syn::visit::visit_trait_item_fn(self, item);
        self.owner = owner;
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        let owner = match &*item.self_ty {
            syn::Type::Path(path) => path
                .path
                .segments
                .last()
                .map(|segment| segment.ident.to_string()),
            _ => None,
        };
        let outer = std::mem::replace(&mut self.owner, owner);
        syn::visit::visit_item_impl(self, item);
        self.owner = outer;
    }

    fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
        let outer = self.owner.replace(item.ident.to_string());
        syn::visit::visit_item_trait(self, item);
        self.owner = outer;
    }
}

#[test]
fn no_function_in_src_runs_over_80_lines() {
    let found = long_functions(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["src"],
        Measured::AllFunctions,
        MAX_FUNCTION_LINES,
    );
    let is_allowed = |long: &LongFunction| {
        NOT_YET_SPLIT
            .iter()
            .any(|(file, function)| long.file == *file && long.function == *function)
    };
    let over: Vec<String> = found
        .iter()
        .filter(|long| !is_allowed(long))
        .map(ToString::to_string)
        .collect();
    assert!(
        over.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines (split each by what its parts do):\n{}",
        over.join("\n")
    );
    let stale: Vec<String> = NOT_YET_SPLIT
        .iter()
        .filter(|(file, function)| {
            !found
                .iter()
                .any(|long| long.file == *file && long.function == *function)
        })
        .map(|(file, function)| format!("{file}: `{function}`"))
        .collect();
    assert!(
        stale.is_empty(),
        "allowed as not yet split, but no longer over {MAX_FUNCTION_LINES} lines (remove them \
         from NOT_YET_SPLIT):\n{}",
        stale.join("\n")
    );
}

/// A tree with functions of every kind at the limit and one line over it: exactly those over
/// are reported, with their lengths counted from `fn` to the closing brace.
#[test]
fn planted_long_functions_are_reported() {
    let root = tempfile::tempdir().expect("temporary directory");
    let body = |lines: usize| "    let _ = 0;\n".repeat(lines - 2);
    let text = format!(
        "fn at_limit() {{\n{}}}\n\
         pub async fn over() {{\n{}}}\n\
         struct S;\n\
         impl S {{\n\
         fn method_over(&self)\n    -> u8\n{{\n{}    0\n}}\n\
         fn method_short(&self) {{}}\n\
         }}\n\
         trait T {{\n\
         fn required(&self);\n\
         fn provided(&self) {{\n{}}}\n\
         }}\n\
         #[cfg(test)]\n\
         mod tests {{\n\
         fn outer() {{\n\
         fn inner() {{\n{}}}\n\
         }}\n\
         }}\n",
        body(5),
        body(6),
        body(3),
        body(6),
        body(6),
    );
    std::fs::create_dir_all(root.path().join("src/core")).expect("mkdir");
    std::fs::write(root.path().join("src/core/long.rs"), text).expect("write");
    let found: Vec<String> = long_functions(root.path(), &["src"], Measured::AllFunctions, 5)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "src/core/long.rs:6: `over` is 6 lines",
            "src/core/long.rs:14: `S::method_over` is 6 lines",
            "src/core/long.rs:24: `T::provided` is 6 lines",
            "src/core/long.rs:33: `outer` is 8 lines",
            "src/core/long.rs:34: `inner` is 6 lines",
        ]
    );
}

#[test]
fn no_test_in_the_test_folders_runs_over_100_lines() {
    let over: Vec<String> = long_functions(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        TEST_FOLDERS,
        Measured::TestFunctions,
        MAX_TEST_LINES,
    )
    .iter()
    .map(ToString::to_string)
    .collect();
    assert!(
        over.is_empty(),
        "tests over {MAX_TEST_LINES} lines (split each by what it asserts, sharing its set-up \
         through helpers):\n{}",
        over.join("\n")
    );
}

/// Test folders with long tests of every kind, a long helper and a long test in a folder of
/// installed tools: only the tests are reported, the client's folder included.
#[test]
fn planted_long_tests_are_reported() {
    let root = tempfile::tempdir().expect("temporary directory");
    let body = |lines: usize| "    let _ = 0;\n".repeat(lines - 2);
    let tests = format!(
        "#[test]\nfn at_limit() {{\n{}}}\n\
         #[test]\nfn over() {{\n{}}}\n\
         #[tokio::test(flavor = \"multi_thread\")]\nasync fn async_over() {{\n{}}}\n\
         fn long_helper() {{\n{}}}\n",
        body(5),
        body(6),
        body(6),
        body(6),
    );
    let client = format!(
        "mod inner {{\n#[tokio::test]\nasync fn nested() {{\n{}}}\n}}\n",
        body(6)
    );
    for (folder, text) in [
        ("tests", &tests),
        ("client/tests", &client),
        ("tests/browser/node_modules/x", &tests),
    ] {
        std::fs::create_dir_all(root.path().join(folder)).expect("mkdir");
        std::fs::write(root.path().join(folder).join("long.rs"), text).expect("write");
    }
    let found: Vec<String> = long_functions(root.path(), TEST_FOLDERS, Measured::TestFunctions, 5)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "client/tests/long.rs:3: `nested` is 6 lines",
            "tests/long.rs:8: `over` is 6 lines",
            "tests/long.rs:15: `async_over` is 6 lines",
        ]
    );
}

//! The default web UI, compiled into the binary from `www/` at the root of the repository.
//!
//! Served when the working directory has no `www/` of its own. The table must list every
//! file under `www/`; a test compares the two.

/// Embeds the listed files of `www/`, keyed by their path below it.
macro_rules! www {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../../www/", $path)) as &[u8])),*]
    };
}

/// Every file of the default UI: path below the web root, content.
pub(crate) const FILES: &[(&str, &[u8])] = www![
    "favicon.svg",
    "index.html",
    "css/app.css",
    "js/api.js",
    "js/auth.js",
    "js/bans.js",
    "js/bots.js",
    "js/config-editor.js",
    "js/config-pages.js",
    "js/console.js",
    "js/dom.js",
    "js/keys.js",
    "js/log.js",
    "js/main.js",
];

#[cfg(test)]
mod tests {
    use std::path::Path;

    fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read www") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, base, out);
            } else {
                let relative = path.strip_prefix(base).expect("inside www");
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }

    #[test]
    fn table_lists_every_file_of_www() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
        let mut on_disk = Vec::new();
        walk(&root, &root, &mut on_disk);
        on_disk.sort();
        let mut embedded: Vec<String> = super::FILES.iter().map(|(p, _)| p.to_string()).collect();
        embedded.sort();
        assert_eq!(
            embedded, on_disk,
            "default_ui::FILES must list exactly the files of www/"
        );
    }
}

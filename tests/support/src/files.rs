//! Files the tests read about rather than through the server: the project's own sources (for
//! the structure checks) and the permission bits of what the server wrote.

use std::path::{Path, PathBuf};

/// Folders under a source tree that hold no source of the project.
const NOT_SOURCE: &[&str] = &["node_modules", "target"];

/// Every `.rs` file under `dir`, sorted, leaving out [`NOT_SOURCE`] folders.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                let skipped = path
                    .file_name()
                    .is_some_and(|name| NOT_SOURCE.iter().any(|not| name == *not));
                if !skipped {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    files
}

/// The permission bits of the file at `path` (files holding secrets are their owner's alone).
pub fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

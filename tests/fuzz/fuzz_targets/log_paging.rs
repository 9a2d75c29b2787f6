//! `GET /Api/NLog/File?count=&lastAt=`: any pair of numbers gives a page within the file.
#![no_main]

use std::sync::OnceLock;

use asf_ipc::parsers::read_page;
use libfuzzer_sys::fuzz_target;

fn log_file() -> &'static std::path::Path {
    static FILE: OnceLock<tempfile::NamedTempFile> = OnceLock::new();
    FILE.get_or_init(|| {
        let file = tempfile::NamedTempFile::new().expect("file");
        let lines: String = (0..50).map(|i| format!("line {i}\n")).collect();
        std::fs::write(file.path(), lines).expect("write");
        file
    })
    .path()
}

fuzz_target!(|input: (i64, i64)| {
    let (count, last_at) = input;
    if let Ok(page) = read_page(log_file(), count, last_at) {
        assert!(page.lines.len() <= 50);
    }
});

//! The command grammar as a pure function: any line is read (or found empty) without a panic,
//! the same way every time, and a command's name is read in any case.
#![no_main]

use asf_ipc::parsers::parse_command as parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|line: &str| {
    let read = parse(line);
    assert_eq!(read, parse(line), "the same line reads the same way");
    assert_eq!(
        read.is_none(),
        line.split_whitespace().next().is_none(),
        "only a line without words is no command"
    );
    // The name upper-cased (ASCII only, so that every word keeps its length and place).
    let start = line.len() - line.trim_start().len();
    let end = line[start..]
        .find(char::is_whitespace)
        .map_or(line.len(), |i| start + i);
    let shouted = format!(
        "{}{}{}",
        &line[..start],
        line[start..end].to_ascii_uppercase(),
        &line[end..]
    );
    assert_eq!(read, parse(&shouted), "a name reads the same in any case");
});

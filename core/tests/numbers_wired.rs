//! The str/bytes entry points of the formatting engines (`str.__mod__`, `bytes.__mod__`,
//! `str.format`, `str.format_map`, `str.__format__`, `object.__format__`), wired here the way
//! the str/bytes/object types are to register them, and checked against CPython's results in
//! `cases/{printf,str_format,format_str}.expected`.

mod support;

use copperhead_core::object::descr::MethodDef;
use copperhead_core::object::{BinOp, format_spec, printf, str_format};
use copperhead_core::{Config, Runtime};

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn wire(rt: &Runtime) {
    let t = rt.types();
    unsafe {
        t.str.data().slots_mut().binary[BinOp::Mod as usize] = Some(printf::str_mod);
        t.bytes.data().slots_mut().binary[BinOp::Mod as usize] = Some(printf::bytes_mod);
        t.bytearray.data().slots_mut().binary[BinOp::Mod as usize] = Some(printf::bytes_mod);
    }
    rt.add_methods(
        t.str,
        &[
            MethodDef::method("format", str_format::str_format),
            MethodDef::method("format_map", str_format::str_format_map),
            MethodDef::method("__format__", format_spec::str_format_method),
        ],
    );
    rt.add_methods(
        t.object,
        &[MethodDef::method("__format__", format_spec::object_format)],
    );
}

fn run(area: &str) {
    let path = format!("{}/tests/cases/{area}.expected", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let rt = Runtime::new(Config::default());
    wire(&rt);
    let mut failures = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let Some((program, expected)) = line.split_once('\t') else {
            continue;
        };
        let (program, expected) = (unescape(program), unescape(expected));
        let got = support::run_program(&rt, &program);
        if got != expected {
            failures.push(format!(
                "  {program}\n      expected: {expected}\n      got:      {got}"
            ));
        }
    }
    assert!(failures.is_empty(), "{area}:\n{}", failures.join("\n"));
}

#[test]
fn printf_cases() {
    run("printf");
}

#[test]
fn str_format_cases() {
    run("str_format");
}

#[test]
fn format_str_cases() {
    run("format_str");
}

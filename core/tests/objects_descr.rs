//! Descriptors and callables (bound methods, staticmethod, classmethod, property, super) and
//! the objects the interpreter fills in (cell, module, code, function, generator).
//! Expected values are CPython 3.11's.
#![allow(clippy::cloned_ref_to_slice_refs)]

mod objects_common;
use objects_common::*;

use copperhead_core::Runtime;
use copperhead_core::interp::generator::HeapFrame;
use copperhead_core::object::generator::GenKind;
use copperhead_core::object::{Args, CmpOp, PyResult, Value};

fn ret_a(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_str("A")
}
fn ret_b(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_str("B")
}
/// Returns the number of arguments and the type name of the first.
fn describe(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let first = a
        .all
        .first()
        .map_or(String::from("-"), |v| match rt.type_ref_of_type_value(v) {
            Some(t) => format!("class {}", t.data().name()),
            None => rt.type_name(v),
        });
    rt.new_str(&format!("{} {}", a.all.len(), first))
}
fn getter_x(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.getattr_str(&a.all[0], "_x")
}
fn setter_x(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.setattr(&a.all[0], &rt.intern("_x"), Some(&a.all[1]))?;
    Ok(rt.none())
}
fn deleter_x(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.setattr(&a.all[0], &rt.intern("_x"), None)?;
    Ok(rt.none())
}

#[test]
fn bound_methods() {
    let rt = runtime();
    let f = pyfunc(&rt, "f", describe);
    let c = class(&rt, "C", &[], vec![("f", f.clone())]).unwrap();
    let o = call(&rt, &c, &[]).unwrap();
    let m = get(&rt, &o, "f").unwrap();
    assert_eq!(repr(&rt, &call(&rt, &m, &[int(&rt, 1)]).unwrap()), "'2 C'");
    assert!(get(&rt, &m, "__func__").unwrap().is(&f));
    assert!(get(&rt, &m, "__self__").unwrap().is(&o));
    assert!(scrub(&repr(&rt, &m)).starts_with("<bound method f of <__main__.C object at 0x?>>"));
    // Attributes not on the method come from the function.
    assert_eq!(repr(&rt, &get(&rt, &m, "__name__").unwrap()), "'f'");
    // Two lookups give equal methods with equal hashes, but not the same object.
    let m2 = get(&rt, &o, "f").unwrap();
    assert!(!m.is(&m2));
    assert!(rt.eq(&m, &m2).unwrap());
    assert_eq!(rt.hash(&m).unwrap(), rt.hash(&m2).unwrap());
    let o2 = call(&rt, &c, &[]).unwrap();
    let m3 = get(&rt, &o2, "f").unwrap();
    assert!(!rt.eq(&m, &m3).unwrap());
    assert!(rt.rich_compare_bool(&m, &m3, CmpOp::Ne).unwrap());
    // Class access gives the plain function.
    assert!(get(&rt, &c, "f").unwrap().is(&f));
    // types.MethodType checks.
    let mt = rt.types().method.value();
    assert_eq!(
        err(
            &rt,
            call(&rt, &mt, &[int(&rt, 1), int(&rt, 2)]).unwrap_err()
        ),
        "TypeError: first argument must be callable"
    );
    assert_eq!(
        err(&rt, call(&rt, &mt, &[f.clone(), rt.none()]).unwrap_err()),
        "TypeError: instance must not be None"
    );
    let made = call(&rt, &mt, &[f.clone(), int(&rt, 5)]).unwrap();
    assert_eq!(repr(&rt, &call(&rt, &made, &[]).unwrap()), "'1 int'");
}

#[test]
fn static_and_class_methods() {
    let rt = runtime();
    let b = rt.new_builtin_function("describe", describe).unwrap();
    let sm = rt.new_staticmethod(b.clone()).unwrap();
    let cm = rt.new_classmethod(b.clone()).unwrap();
    assert_eq!(
        repr(&rt, &sm),
        "<staticmethod(<built-in function describe>)>"
    );
    assert_eq!(
        repr(&rt, &cm),
        "<classmethod(<built-in function describe>)>"
    );
    let c = class(&rt, "C", &[], vec![("s", sm.clone()), ("k", cm.clone())]).unwrap();
    let d = class(&rt, "D", &[&c], vec![]).unwrap();
    let o = call(&rt, &d, &[]).unwrap();
    let via_inst = get(&rt, &o, "s").unwrap();
    assert!(via_inst.is(&b));
    assert_eq!(
        repr(&rt, &call(&rt, &via_inst, &[int(&rt, 1)]).unwrap()),
        "'1 int'"
    );
    assert_eq!(
        repr(&rt, &call(&rt, &get(&rt, &d, "k").unwrap(), &[]).unwrap()),
        "'1 class D'"
    );
    assert_eq!(
        repr(&rt, &call(&rt, &get(&rt, &o, "k").unwrap(), &[]).unwrap()),
        "'1 class D'"
    );
    assert!(get(&rt, &sm, "__func__").unwrap().is(&b));
    assert!(get(&rt, &cm, "__wrapped__").unwrap().is(&b));
    let named = rt.new_staticmethod(pyfunc(&rt, "named", describe)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &named, "__name__").unwrap()), "'named'");
    // staticmethod objects are callable (3.10+).
    assert_eq!(repr(&rt, &call(&rt, &sm, &[]).unwrap()), "'0 -'");
    let smt = rt.types().staticmethod.value();
    assert_eq!(
        err(&rt, call(&rt, &smt, &[]).unwrap_err()),
        "TypeError: staticmethod expected 1 argument, got 0"
    );
    let cmt = rt.types().classmethod.value();
    assert_eq!(
        err(
            &rt,
            call(&rt, &cmt, &[int(&rt, 1), int(&rt, 2)]).unwrap_err()
        ),
        "TypeError: classmethod expected 1 argument, got 2"
    );
    // A classmethod wrapping a Python function binds it to the class.
    let f = pyfunc(&rt, "f", describe);
    let cm2 = call(&rt, &cmt, &[f]).unwrap();
    let e = class(&rt, "E", &[], vec![("f", cm2)]).unwrap();
    assert_eq!(
        repr(&rt, &call(&rt, &get(&rt, &e, "f").unwrap(), &[]).unwrap()),
        "'1 class E'"
    );
}

#[test]
fn properties() {
    let rt = runtime();
    let pt = rt.types().property.value();
    let g = rt.new_builtin_function("get_x", getter_x).unwrap();
    let sfn = rt.new_builtin_function("set_x", setter_x).unwrap();
    let dfn = rt.new_builtin_function("del_x", deleter_x).unwrap();
    let p = call(&rt, &pt, &[g.clone()]).unwrap();
    let p2 = rt.call_method(&p, "setter", &[sfn.clone()]).unwrap();
    assert!(!p2.is(&p));
    assert!(get(&rt, &p2, "fget").unwrap().is(&g));
    assert!(get(&rt, &p2, "fset").unwrap().is(&sfn));
    assert_eq!(repr(&rt, &get(&rt, &p, "fset").unwrap()), "None");
    let c = class(&rt, "C", &[], vec![("x", p2.clone()), ("ro", p.clone())]).unwrap();
    let o = call(&rt, &c, &[]).unwrap();
    set(&rt, &o, "x", &int(&rt, 5)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "x").unwrap()), "5");
    assert_eq!(repr(&rt, &get(&rt, &o, "_x").unwrap()), "5");
    assert!(get(&rt, &c, "x").unwrap().is(&p2));
    check_str_repr(
        &rt,
        &err(&rt, rt.setattr(&o, &s(&rt, "x"), None).unwrap_err()),
        "AttributeError: property 'x' of 'C' object has no deleter",
    );
    let p3 = rt.call_method(&p2, "deleter", &[dfn]).unwrap();
    set(&rt, &c, "x", &p3).unwrap();
    rt.setattr(&o, &s(&rt, "x"), None).unwrap();
    assert_eq!(
        err(&rt, get(&rt, &o, "_x").unwrap_err()),
        "AttributeError: 'C' object has no attribute '_x'"
    );
    // A property not named through __set_name__ uses the short message.
    let empty = call(&rt, &pt, &[]).unwrap();
    set(&rt, &c, "late", &empty).unwrap();
    assert_eq!(
        err(&rt, get(&rt, &o, "late").unwrap_err()),
        "AttributeError: property of 'C' object has no getter"
    );
    assert_eq!(
        err(&rt, set(&rt, &o, "late", &int(&rt, 1)).unwrap_err()),
        "AttributeError: property of 'C' object has no setter"
    );
    // Keyword construction and doc.
    let kp = rt
        .call(
            &pt,
            Args::new(
                &[g.clone(), s(&rt, "doc")],
                &[s(&rt, "fget"), s(&rt, "doc")],
            ),
        )
        .unwrap();
    assert_eq!(repr(&rt, &get(&rt, &kp, "__doc__").unwrap()), "'doc'");
    assert!(scrub(&repr(&rt, &kp)).starts_with("<property object at 0x?>"));
    let bad = rt
        .call(&pt, Args::new(&[int(&rt, 1)], &[s(&rt, "nope")]))
        .unwrap_err();
    assert_eq!(
        err(&rt, bad),
        "TypeError: 'nope' is an invalid keyword argument for property()"
    );
}

#[test]
fn super_objects() {
    let rt = runtime();
    let a = class(
        &rt,
        "A",
        &[],
        vec![("f", pyfunc(&rt, "f", ret_a)), ("v", int(&rt, 1))],
    )
    .unwrap();
    let b = class(&rt, "B", &[&a], vec![("f", pyfunc(&rt, "f", ret_b))]).unwrap();
    let ob = call(&rt, &b, &[]).unwrap();
    let st = rt.types().super_.value();
    let sp = call(&rt, &st, &[b.clone(), ob.clone()]).unwrap();
    assert_eq!(
        repr(&rt, &call(&rt, &get(&rt, &sp, "f").unwrap(), &[]).unwrap()),
        "'A'"
    );
    assert_eq!(repr(&rt, &get(&rt, &sp, "v").unwrap()), "1");
    assert_eq!(repr(&rt, &sp), "<super: <class 'B'>, <B object>>");
    assert!(get(&rt, &sp, "__self__").unwrap().is(&ob));
    assert!(get(&rt, &sp, "__thisclass__").unwrap().is(&b));
    assert_eq!(
        err(&rt, get(&rt, &sp, "zzz").unwrap_err()),
        "AttributeError: 'super' object has no attribute 'zzz'"
    );
    // super(type, type2): class-level lookup, functions come back unbound.
    let sc = call(&rt, &st, &[b.clone(), b.clone()]).unwrap();
    let f = get(&rt, &sc, "f").unwrap();
    assert_eq!(rt.type_name(&f), "function");
    // The Rust entry point for zero-argument super.
    let bt = rt.type_ref_of_type_value(&b).unwrap();
    let m = rt.super_lookup(bt, &ob, "f").unwrap();
    assert_eq!(rt.type_name(&m), "method");
    let it = rt.types().int.value();
    assert_eq!(
        err(
            &rt,
            call(&rt, &st, &[int(&rt, 1), int(&rt, 1)]).unwrap_err()
        ),
        "TypeError: super() argument 1 must be a type, not int"
    );
    assert_eq!(
        err(&rt, call(&rt, &st, &[it.clone(), s(&rt, "a")]).unwrap_err()),
        "TypeError: super(type, obj): obj must be an instance or subtype of type"
    );
    assert_eq!(
        repr(&rt, &call(&rt, &st, &[it.clone(), int(&rt, 1)]).unwrap()),
        "<super: <class 'int'>, <int object>>"
    );
    assert_eq!(
        repr(&rt, &call(&rt, &st, &[it]).unwrap()),
        "<super: <class 'int'>, NULL>"
    );
    assert_eq!(
        err(&rt, call(&rt, &st, &[]).unwrap_err()),
        "RuntimeError: super(): no arguments"
    );
}

#[test]
fn cells() {
    let rt = runtime();
    let ct = rt.types().cell.value();
    let empty = call(&rt, &ct, &[]).unwrap();
    assert!(scrub(&repr(&rt, &empty)).starts_with("<cell at 0x?: empty>"));
    assert_eq!(
        err(&rt, get(&rt, &empty, "cell_contents").unwrap_err()),
        "ValueError: Cell is empty"
    );
    let full = call(&rt, &ct, &[int(&rt, 1)]).unwrap();
    assert_eq!(scrub(&repr(&rt, &full)), "<cell at 0x?: int object at 0x?>");
    assert_eq!(repr(&rt, &get(&rt, &full, "cell_contents").unwrap()), "1");
    set(&rt, &empty, "cell_contents", &int(&rt, 7)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &empty, "cell_contents").unwrap()), "7");
    rt.setattr(&empty, &s(&rt, "cell_contents"), None).unwrap();
    assert!(rt.cell_get(&empty).is_none());
    // Empty sorts first; full cells compare by contents.
    let two = rt.new_cell(Some(int(&rt, 2))).unwrap();
    assert!(rt.rich_compare_bool(&empty, &two, CmpOp::Lt).unwrap());
    assert!(rt.rich_compare_bool(&full, &two, CmpOp::Lt).unwrap());
    assert!(!rt.rich_compare_bool(&full, &two, CmpOp::Eq).unwrap());
    let one = rt.new_cell(Some(int(&rt, 1))).unwrap();
    assert!(rt.rich_compare_bool(&full, &one, CmpOp::Eq).unwrap());
    assert_eq!(
        err(&rt, rt.hash(&one).unwrap_err()),
        "TypeError: unhashable type: 'cell'"
    );
}

fn module_getattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.new_str(&format!("lazy {}", rt.str_of(&a.all[0]).unwrap_or("?")))
}

#[test]
fn modules() {
    let rt = runtime();
    let m = rt.new_module("x").unwrap();
    check_str_repr(&rt, &repr(&rt, &m), "<module 'x'>");
    assert_eq!(repr(&rt, &get(&rt, &m, "__name__").unwrap()), "'x'");
    assert_eq!(repr(&rt, &get(&rt, &m, "__doc__").unwrap()), "None");
    assert_eq!(
        err(&rt, get(&rt, &m, "y").unwrap_err()),
        "AttributeError: module 'x' has no attribute 'y'"
    );
    set(&rt, &m, "y", &int(&rt, 3)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &m, "y").unwrap()), "3");
    let d = get(&rt, &m, "__dict__").unwrap();
    assert!(rt.dict_data(&d).unwrap().get_str(&rt, "y").is_some());
    rt.setattr(&m, &s(&rt, "y"), None).unwrap();
    assert_eq!(
        err(&rt, rt.setattr(&m, &s(&rt, "y"), None).unwrap_err()),
        "AttributeError: module 'x' has no attribute 'y'"
    );
    // PEP 562 module __getattr__.
    let hook = rt
        .new_builtin_function("__getattr__", module_getattr)
        .unwrap();
    set(&rt, &m, "__getattr__", &hook).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &m, "zz").unwrap()), "'lazy zz'");
    set(&rt, &m, "__file__", &s(&rt, "/p/x.py")).unwrap();
    check_str_repr(&rt, &repr(&rt, &m), "<module 'x' from '/p/x.py'>");
    let mt = rt.types().module.value();
    let m2 = call(&rt, &mt, &[s(&rt, "n"), s(&rt, "doc")]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &m2, "__doc__").unwrap()), "'doc'");
    assert_eq!(
        err(&rt, call(&rt, &mt, &[int(&rt, 1)]).unwrap_err()),
        "TypeError: module() argument 'name' must be str, not int"
    );
    // Module subclasses made at run time work too.
    let sub = class(&rt, "M", &[&mt], vec![]).unwrap();
    let m3 = call(&rt, &sub, &[s(&rt, "q")]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &m3, "__name__").unwrap()), "'q'");
    set(&rt, &m3, "attr", &int(&rt, 1)).unwrap();
    let d3 = get(&rt, &m3, "__dict__").unwrap();
    assert!(rt.dict_data(&d3).unwrap().get_str(&rt, "attr").is_some());
    assert!(
        rt.dict_data(&d3)
            .unwrap()
            .get_str(&rt, "__name__")
            .is_some()
    );
}

#[test]
fn code_objects() {
    let rt = runtime();
    let c = rt.new_code_stub("f", "x.py", 1).unwrap();
    assert_eq!(
        scrub(&repr(&rt, &c)),
        "<code object f at 0x?, file \"x.py\", line 1>"
    );
    assert_eq!(repr(&rt, &get(&rt, &c, "co_name").unwrap()), "'f'");
    assert_eq!(repr(&rt, &get(&rt, &c, "co_filename").unwrap()), "'x.py'");
    assert_eq!(repr(&rt, &get(&rt, &c, "co_firstlineno").unwrap()), "1");
    assert_eq!(repr(&rt, &get(&rt, &c, "co_argcount").unwrap()), "0");
    assert_eq!(repr(&rt, &get(&rt, &c, "co_varnames").unwrap()), "()");
    assert_eq!(repr(&rt, &get(&rt, &c, "co_flags").unwrap()), "67");
    let before = rt.heap().live_objects();
    drop(rt.new_code_stub("g", "y.py", 2).unwrap());
    assert_eq!(rt.heap().live_objects(), before);
}

#[test]
fn functions() {
    let rt = runtime();
    let code = rt.new_code_stub("f", "x.py", 1).unwrap();
    let g = rt.new_dict().unwrap();
    rt.dict_data(&g)
        .unwrap()
        .set(&rt, s(&rt, "__name__"), s(&rt, "mod"))
        .unwrap();
    let f = rt.new_function(code.clone(), g.clone()).unwrap();
    assert!(scrub(&repr(&rt, &f)).starts_with("<function f at 0x?>"));
    assert_eq!(repr(&rt, &get(&rt, &f, "__module__").unwrap()), "'mod'");
    assert_eq!(repr(&rt, &get(&rt, &f, "__defaults__").unwrap()), "None");
    assert!(get(&rt, &f, "__globals__").unwrap().is(&g));
    assert!(get(&rt, &f, "__code__").unwrap().is(&code));
    let fd = rt.function_data(&f).unwrap();
    // A version handed out by a CALL cache is dropped when the defaults change.
    fd.version.set(7);
    set(&rt, &f, "__defaults__", &tuple(&rt, vec![int(&rt, 1)])).unwrap();
    assert_eq!(fd.version.get(), 0);
    assert_eq!(repr(&rt, &get(&rt, &f, "__defaults__").unwrap()), "(1,)");
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "__code__",
            int(&rt, 1),
            "TypeError: __code__ must be set to a code object",
        ),
        (
            "__defaults__",
            int(&rt, 1),
            "TypeError: __defaults__ must be set to a tuple object",
        ),
        (
            "__kwdefaults__",
            int(&rt, 1),
            "TypeError: __kwdefaults__ must be set to a dict object",
        ),
        (
            "__name__",
            int(&rt, 1),
            "TypeError: __name__ must be set to a string object",
        ),
        (
            "__qualname__",
            int(&rt, 1),
            "TypeError: __qualname__ must be set to a string object",
        ),
        (
            "__annotations__",
            int(&rt, 1),
            "TypeError: __annotations__ must be set to a dict object",
        ),
        (
            "__dict__",
            int(&rt, 1),
            "TypeError: __dict__ must be set to a dictionary, not a 'int'",
        ),
        (
            "__closure__",
            int(&rt, 1),
            "AttributeError: readonly attribute",
        ),
        (
            "__globals__",
            int(&rt, 1),
            "AttributeError: readonly attribute",
        ),
    ];
    for (name, v, want) in cases {
        assert_eq!(
            err(&rt, set(&rt, &f, name, &v).unwrap_err()),
            want,
            "{name}"
        );
    }
    assert_eq!(
        err(&rt, rt.setattr(&f, &s(&rt, "__dict__"), None).unwrap_err()),
        "TypeError: cannot delete __dict__"
    );
    set(&rt, &f, "__name__", &s(&rt, "g")).unwrap();
    set(&rt, &f, "__qualname__", &s(&rt, "C.g")).unwrap();
    assert!(scrub(&repr(&rt, &f)).starts_with("<function C.g at 0x?>"));
    set(&rt, &f, "attr", &int(&rt, 9)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &f, "__dict__").unwrap()), "{'attr': 9}");
    assert_eq!(repr(&rt, &get(&rt, &f, "__annotations__").unwrap()), "{}");
    let code2 = rt.new_code_stub("h", "x.py", 5).unwrap();
    set(&rt, &f, "__code__", &code2).unwrap();
    assert!(get(&rt, &f, "__code__").unwrap().is(&code2));
    assert_eq!(
        err(&rt, get(&rt, &f, "nope").unwrap_err()),
        "AttributeError: 'function' object has no attribute 'nope'"
    );
    // A code stub has no instructions: running it fails cleanly.
    let bare = copperhead_core::Runtime::new(copperhead_core::Config::default());
    let c3 = bare.new_code_stub("f", "x.py", 1).unwrap();
    let g3 = bare.new_dict().unwrap();
    let f3 = bare.new_function(c3, g3).unwrap();
    let e = bare.call(&f3, Args::positional(&[])).unwrap_err();
    assert_eq!(err(&bare, e), "SystemError: code object ran past its end");
}

#[test]
fn generators() {
    let rt = runtime();
    let code = rt.new_code_stub("gen", "x.py", 1).unwrap();
    let frame = || HeapFrame::new(code.clone(), None, rt.none(), rt.none(), 0);
    let g = rt
        .new_generator(GenKind::Generator, frame(), s(&rt, "gen"), s(&rt, "gen"))
        .unwrap();
    assert!(scrub(&repr(&rt, &g)).starts_with("<generator object gen at 0x?>"));
    assert_eq!(repr(&rt, &get(&rt, &g, "gi_running").unwrap()), "False");
    assert!(get(&rt, &g, "gi_code").unwrap().is(&code));
    assert_eq!(repr(&rt, &get(&rt, &g, "__name__").unwrap()), "'gen'");
    assert_eq!(
        err(&rt, rt.next(&g).unwrap_err()),
        "RuntimeError: bad generator frame"
    );
    assert!(rt.iter(&g).unwrap().is(&g));
    let c = rt
        .new_generator(GenKind::Coroutine, frame(), s(&rt, "co"), s(&rt, "C.co"))
        .unwrap();
    assert!(scrub(&repr(&rt, &c)).starts_with("<coroutine object C.co at 0x?>"));
    assert_eq!(repr(&rt, &get(&rt, &c, "cr_running").unwrap()), "False");
    let a = rt
        .new_generator(GenKind::AsyncGenerator, frame(), s(&rt, "ag"), s(&rt, "ag"))
        .unwrap();
    assert!(scrub(&repr(&rt, &a)).starts_with("<async_generator object ag at 0x?>"));
    assert_eq!(
        err(&rt, set(&rt, &a, "__name__", &int(&rt, 1)).unwrap_err()),
        "TypeError: __name__ must be set to a string object"
    );
}

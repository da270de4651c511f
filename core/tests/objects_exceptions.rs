//! Exception objects: args, str/repr, chaining attributes, notes, subclass fields, OSError
//! errno mapping, Unicode errors, exception groups. Expected values are CPython 3.11's.
#![allow(clippy::cloned_ref_to_slice_refs)]

mod objects_common;
use objects_common::*;

use copperhead_core::Runtime;
use copperhead_core::object::{Args, PyResult, TypeRef, Value};

fn make(rt: &Runtime, ty: TypeRef, args: &[Value]) -> Value {
    call(rt, &ty.value(), args).unwrap()
}

fn make_kw(rt: &Runtime, ty: TypeRef, args: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    let mut all = args.to_vec();
    let mut names = vec![];
    for (k, v) in kw {
        names.push(s(rt, k));
        all.push(v.clone());
    }
    rt.call(&ty.value(), Args::new(&all, &names))
}

#[test]
fn base_exception_args_str_repr() {
    let rt = runtime();
    let x = rt.exc();
    let e = make(&rt, x.value_error, &[]);
    assert_eq!(repr(&rt, &e), "ValueError()");
    assert_eq!(str_(&rt, &e), "");
    let e = make(&rt, x.value_error, &[int(&rt, 1), int(&rt, 2)]);
    check_str_repr(&rt, &repr(&rt, &e), "ValueError(1, 2)");
    assert_eq!(repr(&rt, &get(&rt, &e, "args").unwrap()), "(1, 2)");
    let e = make(&rt, x.key_error, &[int(&rt, 1)]);
    check_str_repr(&rt, &repr(&rt, &e), "KeyError(1)");
    check_str_repr(&rt, &str_(&rt, &e), "1");
    let e = make(&rt, x.key_error, &[s(&rt, "a")]);
    check_str_repr(&rt, &str_(&rt, &e), "'a'");
    check_str_repr(&rt, &repr(&rt, &e), "KeyError('a')");
    let e = make(&rt, x.value_error, &[s(&rt, "x")]);
    assert_eq!(str_(&rt, &e), "x");
    check_str_repr(&rt, &repr(&rt, &e), "ValueError('x')");
    let e = make(&rt, x.key_error, &[]);
    assert_eq!(repr(&rt, &e), "KeyError()");
    let kw = make_kw(&rt, x.value_error, &[], &[("x", int(&rt, 1))]).unwrap_err();
    assert_eq!(
        err(&rt, kw),
        "TypeError: ValueError() takes no keyword arguments"
    );
    // args is settable from any iterable, never deletable.
    let e = make(&rt, x.value_error, &[int(&rt, 1)]);
    set(
        &rt,
        &e,
        "args",
        &rt.new_list(vec![int(&rt, 3), int(&rt, 4)]).unwrap(),
    )
    .unwrap();
    assert_eq!(repr(&rt, &get(&rt, &e, "args").unwrap()), "(3, 4)");
    assert_eq!(
        err(&rt, rt.setattr(&e, &s(&rt, "args"), None).unwrap_err()),
        "TypeError: args may not be deleted"
    );
    assert_eq!(repr(&rt, &get(&rt, &e, "__dict__").unwrap()), "{}");
    check_str_repr(&rt, &rt.exception_message(&e), "(3, 4)");
}

#[test]
fn chaining_attributes() {
    let rt = runtime();
    let x = rt.exc();
    let e = make(&rt, x.value_error, &[]);
    let c = make(&rt, x.type_error, &[]);
    assert_eq!(repr(&rt, &get(&rt, &e, "__cause__").unwrap()), "None");
    assert_eq!(
        repr(&rt, &get(&rt, &e, "__suppress_context__").unwrap()),
        "False"
    );
    set(&rt, &e, "__cause__", &c).unwrap();
    assert!(get(&rt, &e, "__cause__").unwrap().is(&c));
    assert_eq!(
        repr(&rt, &get(&rt, &e, "__suppress_context__").unwrap()),
        "True"
    );
    assert_eq!(
        err(&rt, set(&rt, &e, "__cause__", &int(&rt, 1)).unwrap_err()),
        "TypeError: exception cause must be None or derive from BaseException"
    );
    assert_eq!(
        err(&rt, set(&rt, &e, "__context__", &int(&rt, 1)).unwrap_err()),
        "TypeError: exception context must be None or derive from BaseException"
    );
    assert_eq!(
        err(
            &rt,
            set(&rt, &e, "__traceback__", &int(&rt, 1)).unwrap_err()
        ),
        "TypeError: __traceback__ must be a traceback or None"
    );
    assert_eq!(
        err(&rt, rt.setattr(&e, &s(&rt, "__cause__"), None).unwrap_err()),
        "TypeError: __cause__ may not be deleted"
    );
    assert_eq!(
        err(
            &rt,
            set(&rt, &e, "__suppress_context__", &int(&rt, 1)).unwrap_err()
        ),
        "TypeError: attribute value type must be bool"
    );
    rt.set_context(&e, c.clone()).unwrap();
    assert!(get(&rt, &e, "__context__").unwrap().is(&c));
    rt.set_context(&e, rt.none()).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &e, "__context__").unwrap()), "None");
    let wt = rt.call_method(&e, "with_traceback", &[rt.none()]).unwrap();
    assert!(wt.is(&e));
}

#[test]
fn notes_reduce_setstate() {
    let rt = runtime();
    let x = rt.exc();
    let e = make(&rt, x.value_error, &[int(&rt, 1), int(&rt, 2)]);
    rt.call_method(&e, "add_note", &[s(&rt, "n1")]).unwrap();
    rt.call_method(&e, "add_note", &[s(&rt, "n2")]).unwrap();
    assert_eq!(
        repr(&rt, &get(&rt, &e, "__notes__").unwrap()),
        "['n1', 'n2']"
    );
    assert_eq!(
        err(
            &rt,
            rt.call_method(&e, "add_note", &[int(&rt, 1)]).unwrap_err()
        ),
        "TypeError: note must be a str, not 'int'"
    );
    let plain = make(&rt, x.value_error, &[int(&rt, 1), int(&rt, 2)]);
    let r = rt.call_method(&plain, "__reduce__", &[]).unwrap();
    assert_eq!(repr(&rt, &r), "(<class 'ValueError'>, (1, 2))");
    let r = rt.call_method(&e, "__reduce__", &[]).unwrap();
    assert_eq!(
        repr(&rt, &r),
        "(<class 'ValueError'>, (1, 2), {'__notes__': ['n1', 'n2']})"
    );
    let st = rt.new_dict().unwrap();
    rt.dict_data(&st)
        .unwrap()
        .set(&rt, s(&rt, "a"), int(&rt, 5))
        .unwrap();
    rt.call_method(&plain, "__setstate__", &[st]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &plain, "a").unwrap()), "5");
    assert_eq!(
        err(
            &rt,
            rt.call_method(&plain, "__setstate__", &[int(&rt, 1)])
                .unwrap_err()
        ),
        "TypeError: state is not a dictionary"
    );
}

#[test]
fn subclass_fields() {
    let rt = runtime();
    let x = rt.exc();
    let e = make(&rt, x.stop_iteration, &[int(&rt, 1), int(&rt, 2)]);
    assert_eq!(repr(&rt, &get(&rt, &e, "value").unwrap()), "1");
    assert_eq!(repr(&rt, &get(&rt, &e, "__dict__").unwrap()), "{}");
    let e = make(&rt, x.stop_iteration, &[]);
    assert_eq!(repr(&rt, &get(&rt, &e, "value").unwrap()), "None");
    let e = make(&rt, x.system_exit, &[int(&rt, 1), int(&rt, 2)]);
    assert_eq!(repr(&rt, &get(&rt, &e, "code").unwrap()), "(1, 2)");
    let e = make(&rt, x.system_exit, &[int(&rt, 3)]);
    assert_eq!(repr(&rt, &get(&rt, &e, "code").unwrap()), "3");
    let e = make(&rt, x.system_exit, &[]);
    assert_eq!(repr(&rt, &get(&rt, &e, "code").unwrap()), "None");
    // ImportError: keyword-only name/path, msg from a single argument.
    let e = make_kw(
        &rt,
        x.import_error,
        &[s(&rt, "a")],
        &[("name", s(&rt, "n"))],
    )
    .unwrap();
    assert_eq!(repr(&rt, &get(&rt, &e, "name").unwrap()), "'n'");
    assert_eq!(repr(&rt, &get(&rt, &e, "msg").unwrap()), "'a'");
    assert_eq!(repr(&rt, &get(&rt, &e, "path").unwrap()), "None");
    assert_eq!(str_(&rt, &e), "a");
    let r = rt.call_method(&e, "__reduce__", &[]).unwrap();
    assert_eq!(
        repr(&rt, &r),
        "(<class 'ImportError'>, ('a',), {'name': 'n'})"
    );
    let bad = make_kw(&rt, x.import_error, &[], &[("x", int(&rt, 1))]).unwrap_err();
    assert_eq!(
        err(&rt, bad),
        "TypeError: 'x' is an invalid keyword argument for ImportError()"
    );
    let e = make(&rt, x.module_not_found_error, &[s(&rt, "m")]);
    assert_eq!(repr(&rt, &get(&rt, &e, "msg").unwrap()), "'m'");
    let bad = make_kw(
        &rt,
        x.attribute_error,
        &[s(&rt, "a")],
        &[("x", int(&rt, 1))],
    )
    .unwrap_err();
    assert_eq!(
        err(&rt, bad),
        "TypeError: 'x' is an invalid keyword argument for AttributeError()"
    );
    let e = make_kw(
        &rt,
        x.attribute_error,
        &[],
        &[("name", s(&rt, "n")), ("obj", int(&rt, 4))],
    )
    .unwrap();
    assert_eq!(repr(&rt, &get(&rt, &e, "obj").unwrap()), "4");
    let e = make_kw(&rt, x.name_error, &[], &[("name", s(&rt, "q"))]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &e, "name").unwrap()), "'q'");
}

#[test]
fn os_error_family() {
    let rt = runtime();
    let x = rt.exc();
    let e = make(&rt, x.os_error, &[int(&rt, 2), s(&rt, "x")]);
    assert_eq!(rt.type_name(&e), "FileNotFoundError");
    check_str_repr(&rt, &str_(&rt, &e), "[Errno 2] x");
    assert_eq!(repr(&rt, &get(&rt, &e, "errno").unwrap()), "2");
    assert_eq!(repr(&rt, &get(&rt, &e, "strerror").unwrap()), "'x'");
    check_str_repr(&rt, &repr(&rt, &e), "FileNotFoundError(2, 'x')");
    let e = make(&rt, x.os_error, &[int(&rt, 2), s(&rt, "x"), s(&rt, "f")]);
    assert_eq!(repr(&rt, &get(&rt, &e, "args").unwrap()), "(2, 'x')");
    check_str_repr(&rt, &str_(&rt, &e), "[Errno 2] x: 'f'");
    assert_eq!(repr(&rt, &get(&rt, &e, "filename").unwrap()), "'f'");
    let e = make(
        &rt,
        x.os_error,
        &[
            int(&rt, 2),
            s(&rt, "x"),
            s(&rt, "f"),
            rt.none(),
            s(&rt, "g"),
        ],
    );
    check_str_repr(&rt, &str_(&rt, &e), "[Errno 2] x: 'f' -> 'g'");
    assert_eq!(repr(&rt, &get(&rt, &e, "filename2").unwrap()), "'g'");
    for (n, name) in [
        (13, "PermissionError"),
        (17, "FileExistsError"),
        (32, "BrokenPipeError"),
        (11, "BlockingIOError"),
        (110, "TimeoutError"),
        (9999, "OSError"),
    ] {
        let e = make(&rt, x.os_error, &[int(&rt, n), s(&rt, "m")]);
        assert_eq!(rt.type_name(&e), name);
    }
    let e = make(&rt, x.os_error, &[int(&rt, 2)]);
    assert_eq!(rt.type_name(&e), "OSError");
    check_str_repr(&rt, &str_(&rt, &e), "2");
    assert_eq!(repr(&rt, &get(&rt, &e, "errno").unwrap()), "None");
    let bad = make_kw(&rt, x.os_error, &[], &[("x", int(&rt, 1))]).unwrap_err();
    assert_eq!(
        err(&rt, bad),
        "TypeError: OSError() takes no keyword arguments"
    );
    // A subclass called directly keeps its type.
    let e = make(&rt, x.permission_error, &[int(&rt, 2), s(&rt, "x")]);
    assert_eq!(rt.type_name(&e), "PermissionError");
    let r = rt.call_method(&e, "__reduce__", &[]).unwrap();
    assert_eq!(repr(&rt, &r), "(<class 'PermissionError'>, (2, 'x'))");
}

#[test]
fn syntax_error_str() {
    let rt = runtime();
    let x = rt.exc();
    let info = tuple(
        &rt,
        vec![s(&rt, "f.py"), int(&rt, 1), int(&rt, 2), s(&rt, "t")],
    );
    let e = make(&rt, x.syntax_error, &[s(&rt, "m"), info]);
    check_str_repr(&rt, &str_(&rt, &e), "m (f.py, line 1)");
    assert_eq!(repr(&rt, &get(&rt, &e, "offset").unwrap()), "2");
    assert_eq!(repr(&rt, &get(&rt, &e, "text").unwrap()), "'t'");
    assert_eq!(repr(&rt, &get(&rt, &e, "end_lineno").unwrap()), "None");
    let info = tuple(
        &rt,
        vec![
            s(&rt, "/a/f.py"),
            int(&rt, 1),
            int(&rt, 2),
            s(&rt, "t"),
            int(&rt, 1),
            int(&rt, 3),
        ],
    );
    let e = make(&rt, x.syntax_error, &[s(&rt, "m"), info]);
    check_str_repr(&rt, &str_(&rt, &e), "m (f.py, line 1)");
    assert_eq!(repr(&rt, &get(&rt, &e, "end_offset").unwrap()), "3");
    let info = tuple(&rt, vec![rt.none(), int(&rt, 1), int(&rt, 2), s(&rt, "t")]);
    let e = make(&rt, x.syntax_error, &[s(&rt, "m"), info]);
    check_str_repr(&rt, &str_(&rt, &e), "m (line 1)");
    let info = tuple(&rt, vec![s(&rt, "f"), rt.none(), int(&rt, 2), s(&rt, "t")]);
    let e = make(&rt, x.indentation_error, &[s(&rt, "m"), info]);
    assert_eq!(str_(&rt, &e), "m (f)");
    let bad = call(
        &rt,
        &x.syntax_error.value(),
        &[s(&rt, "m"), tuple(&rt, vec![int(&rt, 1), int(&rt, 2)])],
    )
    .unwrap_err();
    assert_eq!(
        err(&rt, bad),
        "TypeError: function takes at least 4 arguments (2 given)"
    );
    let e = make(&rt, x.syntax_error, &[s(&rt, "only")]);
    assert_eq!(str_(&rt, &e), "only");
}

#[test]
fn unicode_errors() {
    let rt = runtime();
    let x = rt.exc();
    let e = make(
        &rt,
        x.unicode_encode_error,
        &[
            s(&rt, "ascii"),
            s(&rt, "é"),
            int(&rt, 0),
            int(&rt, 1),
            s(&rt, "bad"),
        ],
    );
    check_str_repr(
        &rt,
        &str_(&rt, &e),
        "'ascii' codec can't encode character '\\xe9' in position 0: bad",
    );
    let e = make(
        &rt,
        x.unicode_encode_error,
        &[
            s(&rt, "ascii"),
            s(&rt, "ab"),
            int(&rt, 0),
            int(&rt, 2),
            s(&rt, "bad"),
        ],
    );
    check_str_repr(
        &rt,
        &str_(&rt, &e),
        "'ascii' codec can't encode characters in position 0-1: bad",
    );
    assert_eq!(repr(&rt, &get(&rt, &e, "reason").unwrap()), "'bad'");
    assert_eq!(repr(&rt, &get(&rt, &e, "end").unwrap()), "2");
    let e = make(
        &rt,
        x.unicode_translate_error,
        &[s(&rt, "\u{1234}"), int(&rt, 0), int(&rt, 1), s(&rt, "r")],
    );
    assert_eq!(
        str_(&rt, &e),
        "can't translate character '\\u1234' in position 0: r"
    );
    assert_eq!(repr(&rt, &get(&rt, &e, "encoding").unwrap()), "None");
    let bad = call(&rt, &x.unicode_encode_error.value(), &[]).unwrap_err();
    assert_eq!(
        err(&rt, bad),
        "TypeError: function takes exactly 5 arguments (0 given)"
    );
    let bad = call(
        &rt,
        &x.unicode_encode_error.value(),
        &[
            int(&rt, 1),
            s(&rt, "a"),
            int(&rt, 0),
            int(&rt, 1),
            s(&rt, "r"),
        ],
    )
    .unwrap_err();
    assert_eq!(err(&rt, bad), "TypeError: argument 1 must be str, not int");
}

#[test]
fn exception_groups() {
    let rt = runtime();
    let x = rt.exc();
    let ve = make(&rt, x.value_error, &[int(&rt, 1)]);
    let te = make(&rt, x.type_error, &[int(&rt, 2)]);
    let ki = make(&rt, x.keyboard_interrupt, &[]);
    let l = rt.new_list(vec![ve.clone(), te.clone()]).unwrap();
    let g = make(&rt, x.exception_group, &[s(&rt, "m"), l]);
    assert_eq!(str_(&rt, &g), "m (2 sub-exceptions)");
    check_str_repr(
        &rt,
        &repr(&rt, &g),
        "ExceptionGroup('m', [ValueError(1), TypeError(2)])",
    );
    check_str_repr(
        &rt,
        &repr(&rt, &get(&rt, &g, "exceptions").unwrap()),
        "(ValueError(1), TypeError(2))",
    );
    assert_eq!(repr(&rt, &get(&rt, &g, "message").unwrap()), "'m'");
    // BaseExceptionGroup picks ExceptionGroup when every member is an Exception.
    let auto = make(
        &rt,
        x.base_exception_group,
        &[s(&rt, "m"), tuple(&rt, vec![ve.clone()])],
    );
    assert_eq!(rt.type_name(&auto), "ExceptionGroup");
    assert_eq!(str_(&rt, &auto), "m (1 sub-exception)");
    let base = make(
        &rt,
        x.base_exception_group,
        &[s(&rt, "m"), tuple(&rt, vec![ki.clone()])],
    );
    assert_eq!(rt.type_name(&base), "BaseExceptionGroup");
    let eg = x.exception_group.value();
    let cases: Vec<(Vec<Value>, &str)> = vec![
        (
            vec![s(&rt, "m"), rt.new_list(vec![]).unwrap()],
            "ValueError: second argument (exceptions) must be a non-empty sequence",
        ),
        (
            vec![s(&rt, "m"), int(&rt, 1)],
            "TypeError: second argument (exceptions) must be a sequence",
        ),
        (
            vec![int(&rt, 1), tuple(&rt, vec![ve.clone()])],
            "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int",
        ),
        (
            vec![s(&rt, "m"), tuple(&rt, vec![int(&rt, 1)])],
            "ValueError: Item 0 of second argument (exceptions) is not an exception",
        ),
        (
            vec![s(&rt, "m"), tuple(&rt, vec![ki.clone()])],
            "TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
        ),
        (
            vec![s(&rt, "m")],
            "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)",
        ),
    ];
    for (args, want) in cases {
        assert_eq!(err(&rt, call(&rt, &eg, &args).unwrap_err()), want);
    }
}

#[test]
fn exception_group_split_subgroup() {
    let rt = runtime();
    let x = rt.exc();
    let ve1 = make(&rt, x.value_error, &[int(&rt, 1)]);
    let te2 = make(&rt, x.type_error, &[int(&rt, 2)]);
    let ve3 = make(&rt, x.value_error, &[int(&rt, 3)]);
    let inner = make(
        &rt,
        x.exception_group,
        &[
            s(&rt, "n"),
            rt.new_list(vec![te2.clone(), ve3.clone()]).unwrap(),
        ],
    );
    let outer = make(
        &rt,
        x.exception_group,
        &[
            s(&rt, "m"),
            rt.new_list(vec![ve1.clone(), inner.clone()]).unwrap(),
        ],
    );
    let te_ty = x.type_error.value();
    let r = rt.call_method(&outer, "split", &[te_ty.clone()]).unwrap();
    let parts = rt.tuple_items(&r).unwrap().to_vec();
    let show = |v: &Value| {
        // ExceptionGroup('m', [...]) shown through message and exceptions.
        let ex = get(&rt, v, "exceptions").unwrap();
        format!(
            "{}:{}",
            str_(&rt, &get(&rt, v, "message").unwrap()),
            repr(&rt, &ex)
        )
    };
    check_str_repr(
        &rt,
        &show(&parts[0]),
        "m:(ExceptionGroup('n', [TypeError(2)]),)",
    );
    let m0 = get(&rt, &parts[0], "exceptions").unwrap();
    let m0 = rt.tuple_items(&m0).unwrap()[0].clone();
    check_str_repr(&rt, &show(&m0), "n:(TypeError(2),)");
    let r1 = get(&rt, &parts[1], "exceptions").unwrap();
    let r1 = rt.tuple_items(&r1).unwrap().to_vec();
    assert!(r1[0].is(&ve1));
    check_str_repr(&rt, &show(&r1[1]), "n:(ValueError(3),)");
    // subgroup
    let ve_ty = x.value_error.value();
    let sg = rt
        .call_method(&outer, "subgroup", &[ve_ty.clone()])
        .unwrap();
    let ex = get(&rt, &sg, "exceptions").unwrap();
    let ex = rt.tuple_items(&ex).unwrap().to_vec();
    assert!(ex[0].is(&ve1));
    check_str_repr(&rt, &show(&ex[1]), "n:(ValueError(3),)");
    let none = rt
        .call_method(&outer, "subgroup", &[x.key_error.value()])
        .unwrap();
    assert_eq!(repr(&rt, &none), "None");
    let all = rt
        .call_method(&outer, "subgroup", &[x.exception_group.value()])
        .unwrap();
    assert!(all.is(&outer));
    let tup = tuple(&rt, vec![te_ty, ve_ty]);
    let whole = rt.call_method(&outer, "split", &[tup]).unwrap();
    // Every leaf matched, but CPython still builds a new group (python3: `m is eg` is False).
    let m = rt.tuple_items(&whole).unwrap()[0].clone();
    assert!(!m.is(&outer));
    assert_eq!(str_(&rt, &m), "m (2 sub-exceptions)");
    assert_eq!(repr(&rt, &rt.tuple_items(&whole).unwrap()[1]), "None");
    assert_eq!(
        err(
            &rt,
            rt.call_method(&outer, "split", &[int(&rt, 1)]).unwrap_err()
        ),
        "TypeError: expected a function, exception type or tuple of exception types"
    );
    // derive keeps the message and auto-selects the group type.
    let ki = make(&rt, x.keyboard_interrupt, &[]);
    let d = rt
        .call_method(&outer, "derive", &[rt.new_list(vec![ki]).unwrap()])
        .unwrap();
    assert_eq!(rt.type_name(&d), "BaseExceptionGroup");
    assert_eq!(str_(&rt, &d), "m (1 sub-exception)");
    // Notes and the cause are copied onto split parts.
    rt.call_method(&outer, "add_note", &[s(&rt, "note")])
        .unwrap();
    rt.set_cause(&outer, ve1.clone()).unwrap();
    let sg = rt
        .call_method(&outer, "subgroup", &[x.type_error.value()])
        .unwrap();
    assert_eq!(repr(&rt, &get(&rt, &sg, "__notes__").unwrap()), "['note']");
    assert!(get(&rt, &sg, "__cause__").unwrap().is(&ve1));
}

#[test]
fn new_wrapper_checks() {
    let rt = runtime();
    let be = rt.exc().base_exception.value();
    let new = get(&rt, &be, "__new__").unwrap();
    let e = call(&rt, &new, &[int(&rt, 1)]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: BaseException.__new__(X): X is not a type object (int)"
    );
    let e = call(&rt, &new, &[rt.types().int.value()]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: BaseException.__new__(int): int is not a subtype of BaseException"
    );
    let ok = call(&rt, &new, &[rt.exc().value_error.value(), int(&rt, 1)]).unwrap();
    check_str_repr(&rt, &repr(&rt, &ok), "ValueError(1)");
}

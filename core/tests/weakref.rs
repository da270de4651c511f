//! weakref.ref, proxies and callbacks. Expected strings come from CPython 3.11.

mod gc_common;

use std::cell::RefCell;

use copperhead_core::object::CmpOp;
use copperhead_core::{Args, Config, PyResult, Runtime, Value};
use gc_common::*;

thread_local! {
    /// Which callbacks ran, in order, and with which weakref (raw word of a new reference).
    static CALLS: RefCell<Vec<(&'static str, usize)>> = const { RefCell::new(Vec::new()) };
    static SEEN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn record(tag: &'static str, args: Args<'_>) {
    let wr = args.all[0].clone().into_raw();
    CALLS.with(|c| c.borrow_mut().push((tag, wr)));
}
fn cb1(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    record("cb1", args);
    Ok(rt.none())
}
fn cb2(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    record("cb2", args);
    Ok(rt.none())
}
fn bad_cb(rt: &Runtime, _args: Args<'_>) -> PyResult<Value> {
    Err(rt.value_error("boom"))
}
fn calls() -> Vec<(&'static str, Value)> {
    CALLS.with(|c| {
        c.borrow_mut()
            .drain(..)
            .map(|(t, w)| (t, unsafe { Value::from_raw(w) }))
            .collect()
    })
}

/// The message of an exception (its single argument).
fn msg(rt: &Runtime, e: &copperhead_core::PyErr) -> String {
    use copperhead_core::object::exceptions::BaseExceptionData;
    let data = unsafe { e.0.heap().unwrap().payload::<BaseExceptionData>() };
    let args = unsafe { (*data.args.get()).clone() }.unwrap();
    rt.str_of(&rt.tuple_items(&args).unwrap()[0])
        .unwrap()
        .to_string()
}

fn call0(rt: &Runtime, f: &Value) -> Value {
    rt.call(f, Args::positional(&[])).unwrap()
}

fn rt() -> copperhead_core::runtime::RuntimeBox {
    Runtime::new(Config::default())
}

#[test]
fn ref_returns_object_until_it_dies() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let r = rt.new_weakref(&a, None).unwrap();
    assert!(call0(&rt, &r).is(&a));
    assert!(a.heap().unwrap().has_weakrefs());
    assert_eq!(rt.weakref_count(&a), 1);
    drop(a);
    assert!(rt.is_none(&call0(&rt, &r)));
    // CPython: r() takes no arguments.
    let err = rt.call(&r, Args::positional(&[rt.none()])).unwrap_err();
    assert!(rt.err_matches(&err, rt.exc().type_error));
}

#[test]
fn type_call_and_argument_errors() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let wrt = rt.types().weakref.value();
    let r = rt
        .call(&wrt, Args::positional(std::slice::from_ref(&a)))
        .unwrap();
    assert!(call0(&rt, &r).is(&a));
    assert!(rt.type_of(&r) == rt.types().weakref);
    // CPython messages for weakref.ref(), weakref.ref(1, 2, 3), weakref.ref(A, callback=None)
    let e = rt.call(&wrt, Args::positional(&[])).unwrap_err();
    assert_eq!(msg(&rt, &e), "__new__ expected at least 1 argument, got 0");
    let three = [a.clone(), rt.none(), rt.none()];
    let e = rt.call(&wrt, Args::positional(&three)).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().type_error));
    let kw = [a.clone(), rt.none()];
    let names = [rt.new_str("callback").unwrap()];
    let e = rt.call(&wrt, Args::new(&kw, &names)).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().type_error));
    assert_eq!(
        rt.repr_string(&rt.types().weakref.value()).unwrap(),
        "<class 'weakref.ReferenceType'>"
    );
}

#[test]
fn callback_runs_once_with_the_weakref_newest_first() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let f1 = rt.new_builtin_function("cb1", cb1).unwrap();
    let f2 = rt.new_builtin_function("cb2", cb2).unwrap();
    let r1 = rt.new_weakref(&a, Some(f1.clone())).unwrap();
    let r2 = rt.new_weakref(&a, Some(f2)).unwrap();
    let r0 = rt.new_weakref(&a, None).unwrap();
    assert!(!r1.is(&r2));
    assert!(rt.getattr_str(&r1, "__callback__").unwrap().is(&f1));
    assert!(rt.is_none(&rt.getattr_str(&r0, "__callback__").unwrap()));
    drop(a);
    // CPython prints cb2 then cb1.
    let c = calls();
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].0, "cb2");
    assert!(c[0].1.is(&r2));
    assert_eq!(c[1].0, "cb1");
    assert!(c[1].1.is(&r1));
    // After the call the callback is gone.
    assert!(rt.is_none(&rt.getattr_str(&r1, "__callback__").unwrap()));
    drop(c);
    assert!(calls().is_empty());
}

#[test]
fn dead_weakref_gets_no_callback() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let f1 = rt.new_builtin_function("cb1", cb1).unwrap();
    let r = rt.new_weakref(&a, Some(f1)).unwrap();
    drop(r);
    assert_eq!(rt.weakref_count(&a), 0);
    assert!(!a.heap().unwrap().has_weakrefs());
    drop(a);
    assert!(calls().is_empty());
}

#[test]
fn callback_less_refs_are_shared() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let r1 = rt.new_weakref(&a, None).unwrap();
    let r2 = rt.new_weakref(&a, Some(rt.none())).unwrap();
    assert!(r1.is(&r2));
    let p1 = rt.new_weakproxy(&a, None).unwrap();
    let p2 = rt.new_weakproxy(&a, None).unwrap();
    assert!(p1.is(&p2));
    let f1 = rt.new_builtin_function("cb1", cb1).unwrap();
    let r3 = rt.new_weakref(&a, Some(f1)).unwrap();
    assert!(!r3.is(&r1));
    assert_eq!(rt.weakref_count(&a), 3);
    let all = rt.weakrefs_of(&a);
    assert!(all[0].is(&r1) && all[1].is(&p1) && all[2].is(&r3));
}

#[test]
fn collector_clears_weakrefs_before_finalizers() {
    // CPython 3.11: c = C(); c.me = c; wr = weakref.ref(c, cb); del c; gc.collect()
    // prints the callback first, and __del__ sees wr() is None.
    fn del_checks_weakref(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
        let wr = rt.getattr_str(&args.all[0], "wr")?;
        let dead = rt.is_none(&rt.call(&wr, Args::positional(&[]))?);
        SEEN.with(|s| s.borrow_mut().push(format!("del dead={dead}")));
        Ok(rt.none())
    }
    fn cb(rt: &Runtime, _args: Args<'_>) -> PyResult<Value> {
        SEEN.with(|s| s.borrow_mut().push("callback".into()));
        Ok(rt.none())
    }
    let rt = rt();
    let cls = class(&rt, "C", Some(del_checks_weakref));
    let c = new(&rt, &cls);
    set(&rt, &c, "me", &c);
    let holder = rt.new_list(vec![]).unwrap(); // keeps the weakref itself alive
    let wr = rt
        .new_weakref(&c, Some(rt.new_builtin_function("cb", cb).unwrap()))
        .unwrap();
    set(&rt, &c, "wr", &wr);
    push(&rt, &holder, wr.clone());
    drop(c);
    assert_eq!(rt.gc_collect(2), 1);
    let seen = SEEN.with(|s| std::mem::take(&mut *s.borrow_mut()));
    assert_eq!(
        seen,
        vec!["callback".to_string(), "del dead=true".to_string()]
    );
    assert!(rt.is_none(&call0(&rt, &wr)));
}

#[test]
fn weakref_in_garbage_gets_no_callback_but_outside_one_does() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    set(&rt, &a, "me", &a);
    let f1 = rt.new_builtin_function("cb1", cb1).unwrap();
    let f2 = rt.new_builtin_function("cb2", cb2).unwrap();
    let inner = rt.new_weakref(&a, Some(f1)).unwrap();
    set(&rt, &a, "inner", &inner);
    drop(inner);
    let outer = rt.new_weakref(&a, Some(f2)).unwrap();
    drop(a);
    // a, the weakref inside it, and that weakref's callback.
    assert_eq!(rt.gc_collect(2), 3);
    let c = calls();
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].0, "cb2");
    assert!(c[0].1.is(&outer));
}

#[test]
fn callback_errors_are_reported() {
    let rt = rt();
    capture_stderr(&rt);
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let r = rt
        .new_weakref(&a, Some(rt.new_builtin_function("bad", bad_cb).unwrap()))
        .unwrap();
    drop(a);
    assert_eq!(
        take_stderr(),
        "Exception ignored in: <built-in function bad>\nValueError: boom\n"
    );
    drop(r);
}

#[test]
fn hash_and_equality() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let b = new(&rt, &cls);
    let ra = rt.new_weakref(&a, None).unwrap();
    let rb = rt.new_weakref(&b, None).unwrap();
    let f1 = rt.new_builtin_function("cb1", cb1).unwrap();
    let ra2 = rt.new_weakref(&a, Some(f1)).unwrap();
    // CPython: refs to the same live object are equal; hash is the referent's.
    assert!(rt.eq(&ra, &ra2).unwrap());
    assert!(!rt.eq(&ra, &rb).unwrap());
    assert!(rt.rich_compare_bool(&ra, &rb, CmpOp::Ne).unwrap());
    assert!(!rt.eq(&ra, &rt.new_int(3).unwrap()).unwrap());
    assert_eq!(rt.hash(&ra).unwrap(), rt.hash(&a).unwrap());
    let e = rt.rich_compare(&ra, &rb, CmpOp::Lt).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().type_error));
    drop(a);
    drop(b);
    drop(calls());
    // Dead: equality is identity; a hash computed before death is kept.
    assert!(!rt.eq(&ra, &ra2).unwrap());
    assert!(rt.eq(&ra, &ra).unwrap());
    assert!(rt.hash(&ra).is_ok());
    let e = rt.hash(&rb).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().type_error));
    assert_eq!(msg(&rt, &e), "weak object has gone away");
}

#[test]
fn reprs() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let r = rt.new_weakref(&a, None).unwrap();
    assert_eq!(
        rt.repr_string(&r).unwrap(),
        format!("<weakref at {:#x}; to 'A' at {:#x}>", r.bits(), a.bits())
    );
    // CPython: referents with a __name__ show it.
    let rc = rt.new_weakref(&cls, None).unwrap();
    assert_eq!(
        rt.repr_string(&rc).unwrap(),
        format!(
            "<weakref at {:#x}; to 'type' at {:#x} (A)>",
            rc.bits(),
            cls.bits()
        )
    );
    let p = rt.new_weakproxy(&a, None).unwrap();
    assert_eq!(
        rt.repr_string(&p).unwrap(),
        format!("<weakproxy at {:#x} to A at {:#x}>", p.bits(), a.bits())
    );
    drop(a);
    assert_eq!(
        rt.repr_string(&r).unwrap(),
        format!("<weakref at {:#x}; dead>", r.bits())
    );
    let none = rt.none();
    assert_eq!(
        rt.repr_string(&p).unwrap(),
        format!(
            "<weakproxy at {:#x} to NoneType at {:#x}>",
            p.bits(),
            none.bits()
        )
    );
}

#[test]
fn which_types_are_weak_referenceable() {
    let rt = rt();
    // CPython: cannot create weak reference to 'list' object (and int, str, dict, tuple...).
    for v in [
        rt.new_list(vec![]).unwrap(),
        rt.new_dict().unwrap(),
        rt.new_int(1).unwrap(),
        rt.new_str("s").unwrap(),
        rt.new_tuple(vec![rt.none()]).unwrap(),
        rt.none(),
    ] {
        let e = rt.new_weakref(&v, None).unwrap_err();
        assert!(rt.err_matches(&e, rt.exc().type_error));
        assert_eq!(
            msg(&rt, &e),
            format!(
                "cannot create weak reference to '{}' object",
                rt.type_name(&v)
            )
        );
    }
    let r = rt.new_weakref(&rt.types().int.value(), None).unwrap();
    let e = rt.new_weakref(&r, None).unwrap_err();
    assert_eq!(
        msg(&rt, &e),
        "cannot create weak reference to 'weakref.ReferenceType' object"
    );
    // Types and builtin functions are weak-referenceable (and types never die).
    let f = rt.new_builtin_function("f", cb1).unwrap();
    let rf = rt.new_weakref(&f, None).unwrap();
    drop(f);
    assert!(rt.is_none(&call0(&rt, &rf)));
    assert!(call0(&rt, &r).is(&rt.types().int.value()));
}

#[test]
fn proxies_forward_and_fail_after_death() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    set(&rt, &a, "x", &rt.new_int(5).unwrap());
    let p = rt.new_weakproxy(&a, None).unwrap();
    assert!(rt.type_of(&p) == rt.types().weakproxy);
    assert_eq!(rt.getattr_str(&p, "x").unwrap().as_small_int(), Some(5));
    let name = rt.intern("y");
    rt.setattr(&p, &name, Some(&rt.new_int(7).unwrap()))
        .unwrap();
    assert_eq!(get(&rt, &a, "y").as_small_int(), Some(7));
    // Unhashable; its type cannot be called.
    assert!(rt.hash(&p).is_err());
    let e = rt
        .call(&rt.types().weakproxy.value(), Args::positional(&[]))
        .unwrap_err();
    assert_eq!(msg(&rt, &e), "cannot create 'weakref.ProxyType' instances");
    drop(a);
    let e = rt.getattr_str(&p, "x").unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().reference_error));
    assert_eq!(msg(&rt, &e), "weakly-referenced object no longer exists");
    assert!(rt.truthy(&p).is_err());
}

#[test]
fn callable_proxy_and_operators() {
    let rt = rt();
    let f = rt
        .new_builtin_function("f", |rt, args| rt.new_int(args.all.len() as i64))
        .unwrap();
    let p = rt.new_weakproxy(&f, None).unwrap();
    assert!(rt.type_of(&p) == rt.types().weakcallableproxy);
    let two = [rt.none(), rt.none()];
    assert_eq!(
        rt.call(&p, Args::positional(&two)).unwrap().as_small_int(),
        Some(2)
    );
    // Operators unwrap proxy operands on either side.
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let pa = rt.new_weakproxy(&a, None).unwrap();
    assert!(rt.eq(&pa, &a).unwrap());
    assert!(rt.eq(&a, &pa).unwrap());
    drop(f);
    let e = rt.call(&p, Args::positional(&[])).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().reference_error));
}

#[test]
fn weakrefs_to_collected_cycles_and_stress() {
    let rt = rt();
    let cls = class(&rt, "A", None);
    let w = new(&rt, &cls);
    set(&rt, &w, "me", &rt.none());
    drop(w);
    rt.gc_collect(2);
    let base = rt.heap().live_objects();
    let mut refs = Vec::new();
    for _ in 0..n(2000, 100) {
        let a = new(&rt, &cls);
        set(&rt, &a, "me", &a);
        refs.push(rt.new_weakref(&a, None).unwrap());
        rt.gc_safe_point();
    }
    rt.gc_collect(2);
    assert!(refs.iter().all(|r| rt.is_none(&call0(&rt, r))));
    drop(refs);
    assert_eq!(rt.heap().live_objects(), base);
}

#[test]
fn module_functions() {
    use copperhead_core::object::weakref::{
        weakref_getweakrefcount, weakref_getweakrefs, weakref_proxy,
    };
    let rt = rt();
    let cls = class(&rt, "A", None);
    let a = new(&rt, &cls);
    let count = |rt: &Runtime| {
        weakref_getweakrefcount(rt, Args::positional(std::slice::from_ref(&a)))
            .unwrap()
            .as_small_int()
    };
    assert_eq!(count(&rt), Some(0));
    let r = rt.new_weakref(&a, None).unwrap();
    let p = weakref_proxy(&rt, Args::positional(std::slice::from_ref(&a))).unwrap();
    assert_eq!(count(&rt), Some(2));
    let l = weakref_getweakrefs(&rt, Args::positional(std::slice::from_ref(&a))).unwrap();
    assert_eq!(rt.len(&l).unwrap(), 2);
    // CPython: "_weakref.getweakrefs() takes exactly one argument (2 given)"
    let two = [a.clone(), a.clone()];
    let e = weakref_getweakrefs(&rt, Args::positional(&two)).unwrap_err();
    assert_eq!(
        msg(&rt, &e),
        "_weakref.getweakrefs() takes exactly one argument (2 given)"
    );
    drop((r, p, l));
    assert_eq!(count(&rt), Some(0));
}

//! Classes made at run time: `type(name, bases, dict)`, MRO, layouts, slots from dunders,
//! `__slots__`, `__class__`/`__bases__` assignment. Expected values are CPython 3.11's.
#![allow(clippy::cloned_ref_to_slice_refs)]

mod objects_common;
use objects_common::*;

use copperhead_core::Runtime;
use copperhead_core::object::{Args, BinOp, CmpOp, PyResult, Value};

fn ret_three(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_int(3)
}
fn ret_self_name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.new_str(&format!("<{}>", rt.type_name(&a.all[0])))
}
fn ret_add(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_str("add")
}
fn ret_radd(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_str("radd")
}
fn ret_ni(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Ok(rt.not_implemented())
}
fn ret_arg1(_rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    Ok(a.all[1].clone())
}
fn ret_eq_true(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Ok(rt.bool_value(true))
}
fn getattr_fallback(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.new_str(&format!("missing:{}", rt.str_of(&a.all[1]).unwrap_or("?")))
}
fn init_store(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.setattr(&a.all[0], &rt.intern("x"), Some(&a.all[1]))?;
    Ok(rt.none())
}
fn init_returns_int(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_int(1)
}
fn len_negative(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_int(-1)
}
fn repr_not_str(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    rt.new_int(5)
}
fn next_stop(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Err(rt.stop_iteration(None))
}
fn ret_first(_rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    Ok(a.all[0].clone())
}
fn new_returns_42(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    // __new__(cls, *args): proves cls is passed first.
    assert!(rt.type_ref_of_type_value(&a.all[0]).is_some());
    rt.new_int(42)
}

#[test]
fn type_three_args_basics() {
    let rt = runtime();
    let a = class(&rt, "A", &[], vec![]).unwrap();
    assert_eq!(repr(&rt, &a), "<class '__main__.A'>");
    assert_eq!(str_(&rt, &get(&rt, &a, "__name__").unwrap()), "A");
    assert_eq!(str_(&rt, &get(&rt, &a, "__qualname__").unwrap()), "A");
    assert_eq!(
        repr(&rt, &get(&rt, &a, "__module__").unwrap()),
        "'__main__'"
    );
    assert_eq!(repr(&rt, &get(&rt, &a, "__doc__").unwrap()), "None");
    assert_eq!(
        repr(&rt, &get(&rt, &a, "__mro__").unwrap()),
        "(<class '__main__.A'>, <class 'object'>)"
    );
    assert_eq!(
        repr(&rt, &get(&rt, &a, "__bases__").unwrap()),
        "(<class 'object'>,)"
    );
    // type(A) is type
    let t = call(&rt, &rt.types().type_.value(), &[a.clone()]).unwrap();
    assert!(t.is(&rt.types().type_.value()));
    let q = class(&rt, "B", &[], vec![("__qualname__", s(&rt, "X.B"))]).unwrap();
    assert_eq!(repr(&rt, &q), "<class '__main__.X.B'>");
    assert_eq!(str_(&rt, &get(&rt, &q, "__name__").unwrap()), "B");
}

#[test]
fn instances_and_dict() {
    let rt = runtime();
    let a = class(&rt, "A", &[], vec![("k", int(&rt, 7))]).unwrap();
    let o = call(&rt, &a, &[]).unwrap();
    assert!(scrub(&repr(&rt, &o)).starts_with("<__main__.A object at 0x?>"));
    set(&rt, &o, "x", &int(&rt, 1)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "x").unwrap()), "1");
    assert_eq!(repr(&rt, &get(&rt, &o, "k").unwrap()), "7");
    assert_eq!(repr(&rt, &get(&rt, &o, "__dict__").unwrap()), "{'x': 1}");
    // After materializing, attributes keep working through the dict.
    set(&rt, &o, "y", &int(&rt, 2)).unwrap();
    assert_eq!(
        repr(&rt, &get(&rt, &o, "__dict__").unwrap()),
        "{'x': 1, 'y': 2}"
    );
    let d = rt.new_dict().unwrap();
    rt.dict_data(&d)
        .unwrap()
        .set(&rt, s(&rt, "z"), int(&rt, 3))
        .unwrap();
    set(&rt, &o, "__dict__", &d).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "z").unwrap()), "3");
    assert_eq!(
        err(&rt, get(&rt, &o, "x").unwrap_err()),
        "AttributeError: 'A' object has no attribute 'x'"
    );
    assert_eq!(
        err(&rt, set(&rt, &o, "__dict__", &int(&rt, 1)).unwrap_err()),
        "TypeError: __dict__ must be set to a dictionary, not a 'int'"
    );
    // A() takes no arguments without __init__.
    assert_eq!(
        err(&rt, call(&rt, &a, &[int(&rt, 1)]).unwrap_err()),
        "TypeError: A() takes no arguments"
    );
    // Class attribute writes bump the version.
    let ty = rt.type_ref_of_type_value(&a).unwrap();
    let v0 = ty.data().version.get();
    set(&rt, &a, "k", &int(&rt, 8)).unwrap();
    assert_ne!(ty.data().version.get(), v0);
    assert_eq!(repr(&rt, &get(&rt, &o, "k").unwrap()), "8");
}

#[test]
fn mro_orders_and_errors() {
    let rt = runtime();
    let a = class(&rt, "A", &[], vec![]).unwrap();
    let b = class(&rt, "B", &[&a], vec![]).unwrap();
    let c = class(&rt, "C", &[&a], vec![]).unwrap();
    let d = class(&rt, "D", &[&b, &c], vec![]).unwrap();
    assert_eq!(
        repr(&rt, &get(&rt, &d, "__mro__").unwrap()),
        "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)"
    );
    let o = class(&rt, "O", &[], vec![]).unwrap();
    let p = class(&rt, "P", &[&o], vec![]).unwrap();
    assert_eq!(
        err(&rt, class(&rt, "Q", &[&o, &p], vec![]).unwrap_err()),
        "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases O, P"
    );
    assert_eq!(
        err(&rt, class(&rt, "Q", &[&o, &o], vec![]).unwrap_err()),
        "TypeError: duplicate base class O"
    );
    let ty = rt.type_ref_of_type_value(&d).unwrap();
    let at = rt.type_ref_of_type_value(&a).unwrap();
    assert!(rt.is_subtype(ty, at));
    assert!(!rt.is_subtype(at, ty));
}

#[test]
fn base_and_argument_errors() {
    let rt = runtime();
    let t = rt.types().type_.value();
    let bool_ = rt.types().bool.value();
    assert_eq!(
        err(&rt, class(&rt, "A", &[&bool_], vec![]).unwrap_err()),
        "TypeError: type 'bool' is not an acceptable base type"
    );
    let (os, syn) = (rt.exc().os_error.value(), rt.exc().syntax_error.value());
    assert_eq!(
        err(&rt, class(&rt, "A", &[&os, &syn], vec![]).unwrap_err()),
        "TypeError: multiple bases have instance lay-out conflict"
    );
    let (ke, ve) = (rt.exc().key_error.value(), rt.exc().value_error.value());
    assert!(class(&rt, "A", &[&ke, &ve], vec![]).is_ok());
    let one = int(&rt, 1);
    assert_eq!(
        err(&rt, class(&rt, "A", &[&one], vec![]).unwrap_err()),
        "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
    );
    let d = rt.new_dict().unwrap();
    let e = call(&rt, &t, &[s(&rt, "A"), int(&rt, 1), d.clone()]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: type.__new__() argument 2 must be tuple, not int"
    );
    let e = call(&rt, &t, &[int(&rt, 1), tuple(&rt, vec![]), d.clone()]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: type.__new__() argument 1 must be str, not int"
    );
    let e = call(&rt, &t, &[s(&rt, "A"), tuple(&rt, vec![]), int(&rt, 1)]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: type.__new__() argument 3 must be dict, not int"
    );
    let e = call(&rt, &t, &[s(&rt, "A"), tuple(&rt, vec![])]).unwrap_err();
    assert_eq!(err(&rt, e), "TypeError: type() takes 1 or 3 arguments");
    let e = class_kw(&rt, "A", &[], vec![], vec![("x", int(&rt, 1))]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: A.__init_subclass__() takes no keyword arguments"
    );
}

#[test]
fn metaclasses() {
    let rt = runtime();
    let t = rt.types().type_.value();
    let m = class(&rt, "M", &[&t], vec![]).unwrap();
    let d = rt.new_dict().unwrap();
    let x = call(&rt, &m, &[s(&rt, "X"), tuple(&rt, vec![]), d]).unwrap();
    assert_eq!(repr(&rt, &x), "<class '__main__.X'>");
    assert!(call(&rt, &t, &[x.clone()]).unwrap().is(&m));
    // A class deriving from X gets metaclass M even when made through `type`.
    let y = class(&rt, "Y", &[&x], vec![]).unwrap();
    assert!(call(&rt, &t, &[y.clone()]).unwrap().is(&m));
    let o = call(&rt, &y, &[]).unwrap();
    assert_eq!(rt.type_name(&o), "Y");
    let m2 = class(&rt, "M2", &[&t], vec![]).unwrap();
    let d = rt.new_dict().unwrap();
    let z = call(&rt, &m2, &[s(&rt, "Z"), tuple(&rt, vec![]), d]).unwrap();
    assert_eq!(
        err(&rt, class(&rt, "W", &[&x, &z], vec![]).unwrap_err()),
        "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
    );
    // type.__new__ is reachable as an attribute and checks its first argument.
    let tn = get(&rt, &t, "__new__").unwrap();
    let d = rt.new_dict().unwrap();
    let w = call(&rt, &tn, &[m.clone(), s(&rt, "W"), tuple(&rt, vec![]), d]).unwrap();
    assert!(call(&rt, &t, &[w]).unwrap().is(&m));
    let e = call(&rt, &tn, &[int(&rt, 1)]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: type.__new__(X): X is not a type object (int)"
    );
    let e = call(&rt, &tn, &[rt.types().int.value()]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: type.__new__(int): int is not a subtype of type"
    );
}

#[test]
fn slots_from_dunders() {
    let rt = runtime();
    let c = class(
        &rt,
        "C",
        &[],
        vec![
            ("__len__", pyfunc(&rt, "__len__", ret_three)),
            ("__repr__", pyfunc(&rt, "__repr__", ret_self_name)),
            ("__add__", pyfunc(&rt, "__add__", ret_add)),
            ("__radd__", pyfunc(&rt, "__radd__", ret_radd)),
            ("__getitem__", pyfunc(&rt, "__getitem__", ret_arg1)),
            ("__call__", pyfunc(&rt, "__call__", ret_three)),
            ("__getattr__", pyfunc(&rt, "__getattr__", getattr_fallback)),
            ("__init__", pyfunc(&rt, "__init__", init_store)),
            ("__neg__", pyfunc(&rt, "__neg__", ret_three)),
            ("__index__", pyfunc(&rt, "__index__", ret_three)),
        ],
    )
    .unwrap();
    let o = call(&rt, &c, &[int(&rt, 9)]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "x").unwrap()), "9");
    assert_eq!(rt.len(&o).unwrap(), 3);
    assert_eq!(repr(&rt, &o), "<C>");
    assert_eq!(str_(&rt, &o), "<C>");
    assert_eq!(
        repr(&rt, &rt.binary_op(&o, &int(&rt, 1), BinOp::Add).unwrap()),
        "'add'"
    );
    assert_eq!(
        repr(&rt, &rt.binary_op(&int(&rt, 1), &o, BinOp::Add).unwrap()),
        "'radd'"
    );
    assert_eq!(
        repr(&rt, &rt.inplace_op(&o, &int(&rt, 1), BinOp::Add).unwrap()),
        "'add'"
    );
    assert_eq!(repr(&rt, &rt.getitem(&o, &s(&rt, "k")).unwrap()), "'k'");
    assert_eq!(repr(&rt, &call(&rt, &o, &[]).unwrap()), "3");
    assert_eq!(repr(&rt, &get(&rt, &o, "nope").unwrap()), "'missing:nope'");
    assert_eq!(repr(&rt, &rt.neg(&o).unwrap()), "3");
    assert_eq!(rt.index_isize(&o).unwrap(), 3);
    assert!(rt.truthy(&o).unwrap()); // __len__ 3
    assert_eq!(
        err(&rt, rt.binary_op(&o, &int(&rt, 1), BinOp::Sub).unwrap_err()),
        "TypeError: unsupported operand type(s) for -: 'C' and 'int'"
    );
    // Bound method through the instance.
    let m = get(&rt, &o, "__len__").unwrap();
    assert_eq!(rt.type_name(&m), "method");
    assert!(scrub(&repr(&rt, &m)).starts_with("<bound method __len__ of <C>>"));
    assert_eq!(repr(&rt, &call(&rt, &m, &[]).unwrap()), "3");
}

#[test]
fn slot_result_checks() {
    let rt = runtime();
    let c = class(
        &rt,
        "C",
        &[],
        vec![
            ("__len__", pyfunc(&rt, "__len__", len_negative)),
            ("__repr__", pyfunc(&rt, "__repr__", repr_not_str)),
            ("__bool__", pyfunc(&rt, "__bool__", ret_three)),
            ("__init__", pyfunc(&rt, "__init__", init_returns_int)),
        ],
    )
    .unwrap();
    let e = call(&rt, &c, &[]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: __init__() should return None, not 'int'"
    );
    let d = class(
        &rt,
        "D",
        &[&c],
        vec![("__init__", pyfunc(&rt, "__init__", ret_ni))],
    )
    .unwrap();
    let _ = d;
    let o = rt
        .call(
            &get(&rt, &rt.types().object.value(), "__new__").unwrap(),
            Args::positional(&[c.clone()]),
        )
        .unwrap();
    assert_eq!(
        err(&rt, rt.len(&o).unwrap_err()),
        "ValueError: __len__() should return >= 0"
    );
    assert_eq!(
        err(&rt, rt.repr(&o).unwrap_err()),
        "TypeError: __repr__ returned non-string (type int)"
    );
    assert_eq!(
        err(&rt, rt.truthy(&o).unwrap_err()),
        "TypeError: __bool__ should return bool, returned int"
    );
}

#[test]
fn eq_without_hash_is_unhashable() {
    let rt = runtime();
    let c = class(
        &rt,
        "C",
        &[],
        vec![("__eq__", pyfunc(&rt, "__eq__", ret_eq_true))],
    )
    .unwrap();
    let o = call(&rt, &c, &[]).unwrap();
    assert_eq!(
        err(&rt, rt.hash(&o).unwrap_err()),
        "TypeError: unhashable type: 'C'"
    );
    assert!(rt.rich_compare_bool(&o, &int(&rt, 5), CmpOp::Eq).unwrap());
    assert_eq!(repr(&rt, &get(&rt, &c, "__hash__").unwrap()), "None");
    let plain = class(&rt, "P", &[], vec![]).unwrap();
    let p = call(&rt, &plain, &[]).unwrap();
    assert!(rt.hash(&p).is_ok());
    // A subclass that defines __hash__ becomes hashable again.
    let h = class(
        &rt,
        "H",
        &[&c],
        vec![("__hash__", pyfunc(&rt, "__hash__", ret_three))],
    )
    .unwrap();
    let ho = call(&rt, &h, &[]).unwrap();
    assert_eq!(rt.hash(&ho).unwrap(), 3);
}

#[test]
fn update_slot_reaches_subclasses() {
    let rt = runtime();
    let a = class(&rt, "A", &[], vec![]).unwrap();
    let b = class(&rt, "B", &[&a], vec![]).unwrap();
    let ob = call(&rt, &b, &[]).unwrap();
    assert_eq!(
        err(&rt, rt.len(&ob).unwrap_err()),
        "TypeError: object of type 'B' has no len()"
    );
    set(&rt, &a, "__len__", &pyfunc(&rt, "__len__", ret_three)).unwrap();
    assert_eq!(rt.len(&ob).unwrap(), 3);
    rt.setattr(&a, &s(&rt, "__len__"), None).unwrap();
    assert!(rt.len(&ob).is_err());
    // __iter__/__next__ added later make instances iterable; StopIteration ends iteration.
    set(&rt, &a, "__iter__", &pyfunc(&rt, "__iter__", ret_first)).unwrap();
    set(&rt, &a, "__next__", &pyfunc(&rt, "__next__", next_stop)).unwrap();
    assert_eq!(rt.collect(&ob).unwrap().len(), 0);
    // Overriding in the subclass wins over the base.
    set(&rt, &a, "__repr__", &pyfunc(&rt, "__repr__", ret_add)).unwrap();
    set(&rt, &b, "__repr__", &pyfunc(&rt, "__repr__", ret_radd)).unwrap();
    assert_eq!(repr(&rt, &ob), "radd");
    let oa = call(&rt, &a, &[]).unwrap();
    assert_eq!(repr(&rt, &oa), "add");
}

#[test]
fn reflected_operand_of_subclass_first() {
    let rt = runtime();
    let a = class(
        &rt,
        "A",
        &[],
        vec![("__add__", pyfunc(&rt, "__add__", ret_add))],
    )
    .unwrap();
    let b = class(
        &rt,
        "B",
        &[&a],
        vec![("__radd__", pyfunc(&rt, "__radd__", ret_radd))],
    )
    .unwrap();
    let (oa, ob) = (call(&rt, &a, &[]).unwrap(), call(&rt, &b, &[]).unwrap());
    // B overrides __radd__ and is a subclass of A: B.__radd__ runs first.
    assert_eq!(
        repr(&rt, &rt.binary_op(&oa, &ob, BinOp::Add).unwrap()),
        "'radd'"
    );
    assert_eq!(
        repr(&rt, &rt.binary_op(&ob, &oa, BinOp::Add).unwrap()),
        "'add'"
    );
}

#[test]
fn new_is_static() {
    let rt = runtime();
    let c = class(
        &rt,
        "C",
        &[],
        vec![("__new__", pyfunc(&rt, "__new__", new_returns_42))],
    )
    .unwrap();
    assert_eq!(
        rt.type_name(&get(&rt, &c, "__dict__").unwrap()),
        "mappingproxy"
    );
    assert_eq!(repr(&rt, &call(&rt, &c, &[int(&rt, 1)]).unwrap()), "42");
    // Stored as a staticmethod in the class dict.
    let raw = rt
        .dict_data(rt.type_ref_of_type_value(&c).unwrap().data().dict())
        .unwrap()
        .get_str(&rt, "__new__")
        .unwrap();
    assert_eq!(rt.type_name(&raw), "staticmethod");
}

#[test]
fn slots_and_members() {
    let rt = runtime();
    let slots = tuple(&rt, vec![s(&rt, "x"), s(&rt, "__y")]);
    let c = class(&rt, "C", &[], vec![("__slots__", slots)]).unwrap();
    let o = call(&rt, &c, &[]).unwrap();
    assert_eq!(
        err(&rt, get(&rt, &o, "x").unwrap_err()),
        "AttributeError: 'C' object has no attribute 'x'"
    );
    set(&rt, &o, "x", &int(&rt, 5)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "x").unwrap()), "5");
    set(&rt, &o, "_C__y", &int(&rt, 6)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "_C__y").unwrap()), "6");
    assert_eq!(
        err(&rt, set(&rt, &o, "z", &int(&rt, 1)).unwrap_err()),
        "AttributeError: 'C' object has no attribute 'z'"
    );
    assert_eq!(
        err(&rt, get(&rt, &o, "__dict__").unwrap_err()),
        "AttributeError: 'C' object has no attribute '__dict__'"
    );
    rt.setattr(&o, &s(&rt, "x"), None).unwrap();
    assert_eq!(
        err(&rt, rt.setattr(&o, &s(&rt, "x"), None).unwrap_err()),
        // CPython 3.11 names only the slot when deleting an unset one.
        "AttributeError: x"
    );
    let m = get(&rt, &c, "x").unwrap();
    assert_eq!(repr(&rt, &m), "<member 'x' of 'C' objects>");
    // A subclass without __slots__ gets a __dict__; inherited members keep working.
    let d = class(&rt, "D", &[&c], vec![]).unwrap();
    let od = call(&rt, &d, &[]).unwrap();
    set(&rt, &od, "x", &int(&rt, 1)).unwrap();
    set(&rt, &od, "w", &int(&rt, 2)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &od, "__dict__").unwrap()), "{'w': 2}");
    let e = class(
        &rt,
        "E",
        &[],
        vec![("__slots__", s(&rt, "a")), ("a", int(&rt, 1))],
    )
    .unwrap_err();
    assert_eq!(
        err(&rt, e),
        "ValueError: 'a' in __slots__ conflicts with class variable"
    );
    let e = class(
        &rt,
        "E",
        &[],
        vec![("__slots__", tuple(&rt, vec![int(&rt, 1)]))],
    )
    .unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: __slots__ items must be strings, not 'int'"
    );
    let with_dict = class(
        &rt,
        "F",
        &[],
        vec![("__slots__", tuple(&rt, vec![s(&rt, "__dict__")]))],
    )
    .unwrap();
    let of = call(&rt, &with_dict, &[]).unwrap();
    set(&rt, &of, "q", &int(&rt, 1)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &of, "__dict__").unwrap()), "{'q': 1}");
    let e = class(&rt, "G", &[&d], vec![("__slots__", s(&rt, "__dict__"))]).unwrap_err();
    assert_eq!(
        err(&rt, e),
        "TypeError: __dict__ slot disallowed: we already got one"
    );
}

#[test]
fn class_assignment() {
    let rt = runtime();
    let a = class(&rt, "A", &[], vec![]).unwrap();
    let b = class(&rt, "B", &[], vec![("k", int(&rt, 2))]).unwrap();
    let slotted = class(&rt, "C", &[], vec![("__slots__", s(&rt, "x"))]).unwrap();
    let o = call(&rt, &a, &[]).unwrap();
    set(&rt, &o, "v", &int(&rt, 1)).unwrap();
    set(&rt, &o, "__class__", &b).unwrap();
    assert_eq!(rt.type_name(&o), "B");
    assert_eq!(repr(&rt, &get(&rt, &o, "v").unwrap()), "1");
    assert_eq!(repr(&rt, &get(&rt, &o, "k").unwrap()), "2");
    assert_eq!(
        err(&rt, set(&rt, &o, "__class__", &slotted).unwrap_err()),
        "TypeError: __class__ assignment: 'C' object layout differs from 'B'"
    );
    assert_eq!(
        err(&rt, set(&rt, &o, "__class__", &int(&rt, 1)).unwrap_err()),
        "TypeError: __class__ must be set to a class, not 'int' object"
    );
    assert_eq!(
        err(
            &rt,
            set(&rt, &o, "__class__", &rt.types().int.value()).unwrap_err()
        ),
        "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"
    );
}

#[test]
fn bases_assignment() {
    let rt = runtime();
    let a = class(&rt, "A", &[], vec![("f", int(&rt, 1))]).unwrap();
    let b = class(&rt, "B", &[], vec![("f", int(&rt, 2))]).unwrap();
    let c = class(&rt, "C", &[&a], vec![]).unwrap();
    let d = class(&rt, "D", &[&c], vec![]).unwrap();
    let od = call(&rt, &d, &[]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &od, "f").unwrap()), "1");
    if let Err(e) = set(&rt, &c, "__bases__", &tuple(&rt, vec![b.clone()])) {
        panic!("{}", err(&rt, e));
    }
    assert_eq!(repr(&rt, &get(&rt, &od, "f").unwrap()), "2");
    assert_eq!(
        repr(&rt, &get(&rt, &d, "__mro__").unwrap()),
        "(<class '__main__.D'>, <class '__main__.C'>, <class '__main__.B'>, <class 'object'>)"
    );
    assert_eq!(
        err(&rt, set(&rt, &c, "__bases__", &int(&rt, 1)).unwrap_err()),
        "TypeError: can only assign tuple to C.__bases__, not int"
    );
    assert_eq!(
        err(
            &rt,
            set(&rt, &c, "__bases__", &tuple(&rt, vec![])).unwrap_err()
        ),
        "TypeError: can only assign non-empty tuple to C.__bases__, not ()"
    );
    let int_t = rt.types().int.value();
    assert_eq!(
        err(
            &rt,
            set(&rt, &c, "__bases__", &tuple(&rt, vec![int_t.clone()])).unwrap_err()
        ),
        "TypeError: __bases__ assignment: 'int' deallocator differs from 'B'"
    );
    let e = class(&rt, "E", &[], vec![]).unwrap();
    assert_eq!(
        err(
            &rt,
            set(&rt, &e, "__bases__", &tuple(&rt, vec![int_t])).unwrap_err()
        ),
        "TypeError: __bases__ assignment: 'int' object layout differs from 'object'"
    );
    assert_eq!(
        err(
            &rt,
            set(&rt, &c, "__bases__", &tuple(&rt, vec![d.clone()])).unwrap_err()
        ),
        "TypeError: a __bases__ item causes an inheritance cycle"
    );
}

fn record_init_subclass(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    // cls is bound first; the keyword arguments follow.
    let cls = &a.all[0];
    let (k, v) = a.kwargs().next().expect("a keyword");
    rt.setattr(cls, k, Some(v))?;
    Ok(rt.none())
}

#[test]
fn init_subclass_and_set_name() {
    let rt = runtime();
    let base = class(
        &rt,
        "Base",
        &[],
        vec![(
            "__init_subclass__",
            pyfunc(&rt, "__init_subclass__", record_init_subclass),
        )],
    )
    .unwrap();
    let sub = class_kw(&rt, "Sub", &[&base], vec![], vec![("tag", int(&rt, 7))]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &sub, "tag").unwrap()), "7");
    // __set_name__ gives properties their name for messages.
    let getter = rt.new_builtin_function("g", ret_three).unwrap();
    let prop = call(&rt, &rt.types().property.value(), &[getter]).unwrap();
    let c = class(&rt, "C", &[], vec![("p", prop)]).unwrap();
    let o = call(&rt, &c, &[]).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "p").unwrap()), "3");
    check_str_repr(
        &rt,
        &err(&rt, set(&rt, &o, "p", &int(&rt, 1)).unwrap_err()),
        "AttributeError: property 'p' of 'C' object has no setter",
    );
}

#[test]
fn builtin_bases() {
    let rt = runtime();
    let int_t = rt.types().int.value();
    let i = class(&rt, "I", &[&int_t], vec![]).unwrap();
    let it = rt.type_ref_of_type_value(&i).unwrap();
    assert!(rt.is_subtype(it, rt.types().int));
    let o = call(&rt, &i, &[]).unwrap();
    assert_eq!(rt.type_name(&o), "I");
    set(&rt, &o, "extra", &int(&rt, 1)).unwrap();
    assert_eq!(repr(&rt, &get(&rt, &o, "extra").unwrap()), "1");
    let exc = rt.exc().value_error.value();
    let my = class(&rt, "MyError", &[&exc], vec![]).unwrap();
    let e = call(&rt, &my, &[s(&rt, "boom")]).unwrap();
    check_str_repr(&rt, &repr(&rt, &e), "MyError('boom')");
    assert_eq!(str_(&rt, &e), "boom");
    assert!(rt.isinstance_type(&e, rt.exc().exception));
    set(&rt, &e, "detail", &int(&rt, 3)).unwrap();
    assert_eq!(
        repr(&rt, &get(&rt, &e, "__dict__").unwrap()),
        "{'detail': 3}"
    );
}

#[test]
fn heap_types_are_freed() {
    let rt = runtime();
    let before = rt.heap().live_objects();
    for _ in 0..50 {
        let a = class(&rt, "A", &[], vec![]).unwrap();
        let b = class(&rt, "B", &[&a], vec![]).unwrap();
        drop(b);
        drop(a);
    }
    // Types form cycles (type -> mro -> type); without a collector they stay, but the
    // subclass lists must not dangle: touching the base after frees must be safe.
    let obj = rt.types().object;
    obj.data().modified();
    assert!(rt.heap().live_objects() >= before);
}

fn set_name_fails(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Err(rt.value_error("x"))
}

#[test]
fn set_name_errors_are_wrapped() {
    let rt = runtime();
    let d = class(
        &rt,
        "D",
        &[],
        vec![("__set_name__", pyfunc(&rt, "__set_name__", set_name_fails))],
    )
    .unwrap();
    let inst = call(&rt, &d, &[]).unwrap();
    let e = class(&rt, "C", &[], vec![("d", inst)]).unwrap_err();
    let ev = e.value().clone();
    assert_eq!(
        err(&rt, e),
        "RuntimeError: Error calling __set_name__ on 'D' instance 'd' in 'C'"
    );
    let cause = get(&rt, &ev, "__cause__").unwrap();
    assert_eq!(rt.type_name(&cause), "ValueError");
}

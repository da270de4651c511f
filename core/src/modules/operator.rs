//! `operator` in Rust: its functions are used as fast key functions and callbacks
//! (`sorted(key=itemgetter(1))`, `reduce(operator.add, ...)`), so each is a direct call into
//! the abstract protocol, and `itemgetter`/`attrgetter`/`methodcaller` are native callables.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::native_type::new_native_type;
use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::{BinOp, CmpOp, NativeFn, TypeRef};
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

fn two<'a>(rt: &Runtime, a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    a.check_count_in(rt, "_operator", name, 2, 2)
}

fn one<'a>(rt: &Runtime, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&a.check_count_in(rt, "_operator", name, 1, 1)?[0])
}

macro_rules! binops {
    ($($f:ident, $name:literal, $op:expr, $inplace:literal;)*) => {
        $(fn $f(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let v = two(rt, &a, $name)?;
            if $inplace {
                rt.inplace_op(&v[0], &v[1], $op)
            } else {
                rt.binary_op(&v[0], &v[1], $op)
            }
        })*
    };
}

binops! {
    add, "add", BinOp::Add, false;
    and_, "and_", BinOp::And, false;
    floordiv, "floordiv", BinOp::FloorDiv, false;
    lshift, "lshift", BinOp::LShift, false;
    matmul, "matmul", BinOp::MatMul, false;
    mul, "mul", BinOp::Mul, false;
    mod_, "mod", BinOp::Mod, false;
    or_, "or_", BinOp::Or, false;
    pow, "pow", BinOp::Pow, false;
    rshift, "rshift", BinOp::RShift, false;
    sub, "sub", BinOp::Sub, false;
    truediv, "truediv", BinOp::TrueDiv, false;
    xor, "xor", BinOp::Xor, false;
    iadd, "iadd", BinOp::Add, true;
    iand, "iand", BinOp::And, true;
    ifloordiv, "ifloordiv", BinOp::FloorDiv, true;
    ilshift, "ilshift", BinOp::LShift, true;
    imatmul, "imatmul", BinOp::MatMul, true;
    imul, "imul", BinOp::Mul, true;
    imod, "imod", BinOp::Mod, true;
    ior, "ior", BinOp::Or, true;
    ipow, "ipow", BinOp::Pow, true;
    irshift, "irshift", BinOp::RShift, true;
    isub, "isub", BinOp::Sub, true;
    itruediv, "itruediv", BinOp::TrueDiv, true;
    ixor, "ixor", BinOp::Xor, true;
}

macro_rules! cmpops {
    ($($f:ident, $name:literal, $op:expr;)*) => {
        $(fn $f(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let v = two(rt, &a, $name)?;
            rt.rich_compare(&v[0], &v[1], $op)
        })*
    };
}

cmpops! {
    lt, "lt", CmpOp::Lt;
    le, "le", CmpOp::Le;
    eq, "eq", CmpOp::Eq;
    ne, "ne", CmpOp::Ne;
    gt, "gt", CmpOp::Gt;
    ge, "ge", CmpOp::Ge;
}

fn neg(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.neg(one(rt, &a, "neg")?)
}
fn pos(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.pos(one(rt, &a, "pos")?)
}
fn abs(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.abs(one(rt, &a, "abs")?)
}
fn inv(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.invert(one(rt, &a, "inv")?)
}
fn invert(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.invert(one(rt, &a, "invert")?)
}
fn not_(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "not_")?;
    Ok(rt.bool_value(!rt.truthy(v)?))
}
fn truth(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "truth")?;
    Ok(rt.bool_value(rt.truthy(v)?))
}
fn index(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.index(one(rt, &a, "index")?)
}
fn is_(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "is_")?;
    Ok(rt.bool_value(v[0].is(&v[1])))
}
fn is_not(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "is_not")?;
    Ok(rt.bool_value(!v[0].is(&v[1])))
}
fn contains(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "contains")?;
    Ok(rt.bool_value(rt.contains(&v[0], &v[1])?))
}
fn getitem(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "getitem")?;
    rt.getitem(&v[0], &v[1])
}
fn setitem(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "_operator.setitem")?;
    let v = a.check_count(rt, "setitem", 3, 3)?;
    rt.setitem(&v[0], &v[1], &v[2])?;
    Ok(rt.none())
}
fn delitem(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "delitem")?;
    rt.delitem(&v[0], &v[1])?;
    Ok(rt.none())
}

/// Whether `v` is a sequence for `concat` (has `__getitem__` and is not a dict).
fn is_sequence(rt: &Runtime, v: &Value) -> bool {
    let ty = rt.type_of(v);
    if rt.is_subtype(ty, rt.types().dict) {
        return false;
    }
    rt.lookup_in_type(ty, "__getitem__").is_some()
}

fn concat_impl(rt: &Runtime, a: Args<'_>, name: &str, inplace: bool) -> PyResult<Value> {
    let v = two(rt, &a, name)?;
    if !is_sequence(rt, &v[0]) {
        return Err(rt.type_error(format!(
            "'{}' object can't be concatenated",
            rt.type_name(&v[0])
        )));
    }
    if inplace {
        rt.inplace_op(&v[0], &v[1], BinOp::Add)
    } else {
        rt.binary_op(&v[0], &v[1], BinOp::Add)
    }
}
fn concat(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    concat_impl(rt, a, "concat", false)
}
fn iconcat(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    concat_impl(rt, a, "iconcat", true)
}

/// `iter(seq)` with the wording of CPython's sequence searches.
fn search_iter(rt: &Runtime, seq: &Value) -> PyResult<Value> {
    rt.iter(seq).map_err(|e| {
        if rt.err_matches(&e, rt.exc().type_error) {
            rt.type_error(format!(
                "argument of type '{}' is not iterable",
                rt.type_name(seq)
            ))
        } else {
            e
        }
    })
}

fn count_of(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "countOf")?;
    let it = search_iter(rt, &v[0])?;
    let mut n: i64 = 0;
    while let Some(x) = rt.next(&it)? {
        if x.is(&v[1]) || rt.eq(&x, &v[1])? {
            n += 1;
        }
    }
    rt.new_int(n)
}
fn index_of(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = two(rt, &a, "indexOf")?;
    let it = search_iter(rt, &v[0])?;
    let mut n: i64 = 0;
    while let Some(x) = rt.next(&it)? {
        if x.is(&v[1]) || rt.eq(&x, &v[1])? {
            return rt.new_int(n);
        }
        n += 1;
    }
    Err(rt.value_error("sequence.index(x): x not in sequence"))
}

fn length_hint(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "_operator.length_hint")?;
    let v = a.check_count(rt, "length_hint", 1, 2)?;
    let default = match v.get(1) {
        Some(d) => {
            if rt.int_ref(d).is_none() {
                return Err(rt.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    rt.type_name(d)
                )));
            }
            d.clone()
        }
        None => rt.new_int(0)?,
    };
    let obj = &v[0];
    let ty = rt.type_of(obj);
    if ty.data().slots().len.is_some() {
        match rt.len(obj) {
            Ok(n) => return rt.new_int(n as i64),
            Err(e) if rt.err_matches(&e, rt.exc().type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = rt.lookup_in_type(ty, "__length_hint__") else {
        return Ok(default);
    };
    let r = rt.call(&hint, Args::positional(core::slice::from_ref(obj)));
    let r = match r {
        Err(e) if rt.err_matches(&e, rt.exc().type_error) => return Ok(default),
        r => r?,
    };
    if r.is(&rt.not_implemented()) {
        return Ok(default);
    }
    if rt.int_ref(&r).is_none() {
        return Err(rt.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            rt.type_name(&r)
        )));
    }
    if rt.index_isize(&r)? < 0 {
        return Err(rt.value_error("__length_hint__() should return >= 0"));
    }
    Ok(r)
}

fn call(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let Some((f, rest)) = a.all.split_first() else {
        return Err(rt.type_error("call() missing required argument 'obj' (pos 1)"));
    };
    if a.pos().is_empty() {
        return Err(rt.type_error("call() missing required argument 'obj' (pos 1)"));
    }
    rt.call(f, Args::new(rest, a.kwnames))
}

// ---- itemgetter / attrgetter / methodcaller ----
// Their contents never change after creation; they are not GC containers (a cycle through
// one of them is possible but rare, and only leaks).

pub struct Getter {
    /// itemgetter: the keys; attrgetter: each name as a tuple of its dotted parts.
    items: Vec<Value>,
    /// methodcaller only: the method name, positional args, kwnames.
    name: Option<Value>,
    kwnames: Vec<Value>,
}

impl Payload for Getter {}

fn getter(v: &Value) -> Option<&Getter> {
    // SAFETY: only called on values whose type was created with a `Getter` layout.
    v.heap().map(|h| unsafe { h.payload::<Getter>() })
}

fn alloc_getter(rt: &Runtime, cls: &Value, g: Getter) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("not a type"))?;
    unsafe { alloc_object(rt, ty.0, g) }.ok_or_else(|| rt.memory_error())
}

fn no_kw(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(rt.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn itemgetter_new(rt: &Runtime, cls: &Value, a: Args<'_>) -> PyResult<Value> {
    no_kw(rt, &a, "itemgetter")?;
    if a.pos().is_empty() {
        return Err(rt.type_error("itemgetter expected 1 argument, got 0"));
    }
    let g = Getter {
        items: a.pos().to_vec(),
        name: None,
        kwnames: Vec::new(),
    };
    alloc_getter(rt, cls, g)
}

fn call_arg<'a>(rt: &Runtime, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    no_kw(rt, a, name)?;
    match a.pos() {
        [x] => Ok(x),
        p => Err(rt.type_error(format!("{name} expected 1 argument, got {}", p.len()))),
    }
}

fn itemgetter_call(rt: &Runtime, f: &Value, a: Args<'_>) -> PyResult<Value> {
    let obj = call_arg(rt, &a, "itemgetter")?;
    let g = getter(f).ok_or_else(|| rt.memory_error())?;
    if let [k] = g.items.as_slice() {
        return rt.getitem(obj, k);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for k in &g.items {
        out.push(rt.getitem(obj, k)?);
    }
    rt.new_tuple(out)
}

fn repr_args(rt: &Runtime, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::new();
    for x in items {
        parts.push(rt.repr_string(x)?);
    }
    Ok(parts.join(", "))
}

fn itemgetter_repr(rt: &Runtime, f: &Value) -> PyResult<Value> {
    let g = getter(f).ok_or_else(|| rt.memory_error())?;
    let items = g.items.clone();
    let s = rt.with_recursion_guard(" while getting the repr of an object", || {
        repr_args(rt, &items)
    })?;
    rt.new_str(&format!("operator.itemgetter({s})"))
}

fn attrgetter_new(rt: &Runtime, cls: &Value, a: Args<'_>) -> PyResult<Value> {
    no_kw(rt, &a, "attrgetter")?;
    if a.pos().is_empty() {
        return Err(rt.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut items = Vec::new();
    for n in a.pos() {
        let Some(s) = rt.str_of(n) else {
            return Err(rt.type_error("attribute name must be a string"));
        };
        let mut parts = Vec::new();
        for p in s.split('.') {
            parts.push(rt.intern(p));
        }
        items.push(rt.new_tuple(parts)?);
    }
    alloc_getter(
        rt,
        cls,
        Getter {
            items,
            name: None,
            kwnames: Vec::new(),
        },
    )
}

fn dotted(rt: &Runtime, obj: &Value, parts: &Value) -> PyResult<Value> {
    let mut cur = obj.clone();
    for p in rt.tuple_items(parts).unwrap_or(&[]) {
        cur = rt.getattr(&cur, p)?;
    }
    Ok(cur)
}

fn attrgetter_call(rt: &Runtime, f: &Value, a: Args<'_>) -> PyResult<Value> {
    let obj = call_arg(rt, &a, "attrgetter")?;
    let g = getter(f).ok_or_else(|| rt.memory_error())?;
    if let [k] = g.items.as_slice() {
        return dotted(rt, obj, k);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for k in &g.items {
        out.push(dotted(rt, obj, k)?);
    }
    rt.new_tuple(out)
}

fn attrgetter_repr(rt: &Runtime, f: &Value) -> PyResult<Value> {
    let g = getter(f).ok_or_else(|| rt.memory_error())?;
    let mut parts = Vec::new();
    for k in &g.items {
        let mut names = Vec::new();
        for p in rt.tuple_items(k).unwrap_or(&[]) {
            names.push(String::from(rt.str_of(p).unwrap_or("")));
        }
        let joined = rt.new_str(&names.join("."))?;
        parts.push(rt.repr_string(&joined)?);
    }
    rt.new_str(&format!("operator.attrgetter({})", parts.join(", ")))
}

fn methodcaller_new(rt: &Runtime, cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let Some((name, rest)) = a.pos().split_first() else {
        return Err(rt.type_error("methodcaller needs at least one argument, the method name"));
    };
    if rt.str_of(name).is_none() {
        return Err(rt.type_error("method name must be a string"));
    }
    let mut items = rest.to_vec();
    items.extend(a.kw_values().iter().cloned());
    alloc_getter(
        rt,
        cls,
        Getter {
            items,
            name: Some(name.clone()),
            kwnames: a.kwnames.to_vec(),
        },
    )
}

fn methodcaller_call(rt: &Runtime, f: &Value, a: Args<'_>) -> PyResult<Value> {
    let obj = call_arg(rt, &a, "methodcaller")?;
    let g = getter(f).ok_or_else(|| rt.memory_error())?;
    let name = g.name.clone().ok_or_else(|| rt.memory_error())?;
    let m = rt.getattr(obj, &name)?;
    let items = g.items.clone();
    let kwnames = g.kwnames.clone();
    rt.call(&m, Args::new(&items, &kwnames))
}

fn methodcaller_repr(rt: &Runtime, f: &Value) -> PyResult<Value> {
    let g = getter(f).ok_or_else(|| rt.memory_error())?;
    let name = g.name.clone().ok_or_else(|| rt.memory_error())?;
    let mut parts = Vec::from([rt.repr_string(&name)?]);
    let npos = g.items.len() - g.kwnames.len();
    for x in &g.items[..npos] {
        parts.push(rt.repr_string(x)?);
    }
    for (k, x) in g.kwnames.iter().zip(&g.items[npos..]) {
        parts.push(format!(
            "{}={}",
            rt.str_of(k).unwrap_or(""),
            rt.repr_string(x)?
        ));
    }
    rt.new_str(&format!("operator.methodcaller({})", parts.join(", ")))
}

fn getter_type(rt: &Runtime, name: &'static str, init: fn(&Runtime, TypeRef)) -> PyResult<Value> {
    Ok(new_native_type(rt, TypeSpec::new::<Getter>(name, init))?.value())
}

fn init_itemgetter(_: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(itemgetter_new);
    s.call = Some(itemgetter_call);
    s.repr = Some(itemgetter_repr);
}
fn init_attrgetter(_: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(attrgetter_new);
    s.call = Some(attrgetter_call);
    s.repr = Some(attrgetter_repr);
}
fn init_methodcaller(_: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(methodcaller_new);
    s.call = Some(methodcaller_call);
    s.repr = Some(methodcaller_repr);
}

/// Functions that also exist under their dunder name (`operator.__add__`).
const FUNCS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("concat", concat),
    ("contains", contains),
    ("delitem", delitem),
    ("eq", eq),
    ("floordiv", floordiv),
    ("ge", ge),
    ("getitem", getitem),
    ("gt", gt),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imatmul", imatmul),
    ("imod", imod),
    ("imul", imul),
    ("index", index),
    ("inv", inv),
    ("invert", invert),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
    ("le", le),
    ("lshift", lshift),
    ("lt", lt),
    ("matmul", matmul),
    ("mod", mod_),
    ("mul", mul),
    ("ne", ne),
    ("neg", neg),
    ("not_", not_),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("setitem", setitem),
    ("sub", sub),
    ("truediv", truediv),
    ("xor", xor),
];

const DUNDERS: &[(&str, NativeFn)] = &[
    ("__abs__", abs),
    ("__add__", add),
    ("__and__", and_),
    ("__concat__", concat),
    ("__contains__", contains),
    ("__delitem__", delitem),
    ("__eq__", eq),
    ("__floordiv__", floordiv),
    ("__ge__", ge),
    ("__getitem__", getitem),
    ("__gt__", gt),
    ("__iadd__", iadd),
    ("__iand__", iand),
    ("__iconcat__", iconcat),
    ("__ifloordiv__", ifloordiv),
    ("__ilshift__", ilshift),
    ("__imatmul__", imatmul),
    ("__imod__", imod),
    ("__imul__", imul),
    ("__index__", index),
    ("__inv__", inv),
    ("__invert__", invert),
    ("__ior__", ior),
    ("__ipow__", ipow),
    ("__irshift__", irshift),
    ("__isub__", isub),
    ("__itruediv__", itruediv),
    ("__ixor__", ixor),
    ("__le__", le),
    ("__lshift__", lshift),
    ("__lt__", lt),
    ("__matmul__", matmul),
    ("__mod__", mod_),
    ("__mul__", mul),
    ("__ne__", ne),
    ("__neg__", neg),
    ("__not__", not_),
    ("__or__", or_),
    ("__pos__", pos),
    ("__pow__", pow),
    ("__rshift__", rshift),
    ("__setitem__", setitem),
    ("__sub__", sub),
    ("__truediv__", truediv),
    ("__xor__", xor),
];

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(rt, "operator", FUNCS)?;
    for (n, f) in DUNDERS.iter().chain(&[
        ("truth", truth as NativeFn),
        ("is_", is_),
        ("is_not", is_not),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("length_hint", length_hint),
        ("call", call),
        ("__call__", call),
    ]) {
        set_attr(rt, &m, n, rt.new_module_function("_operator", n, *f)?)?;
    }
    set_attr(
        rt,
        &m,
        "itemgetter",
        getter_type(rt, "operator.itemgetter", init_itemgetter)?,
    )?;
    set_attr(
        rt,
        &m,
        "attrgetter",
        getter_type(rt, "operator.attrgetter", init_attrgetter)?,
    )?;
    set_attr(
        rt,
        &m,
        "methodcaller",
        getter_type(rt, "operator.methodcaller", init_methodcaller)?,
    )?;
    Ok(m)
}

//! The builtin functions over the abstract protocol (`ops.rs`): numbers, iteration, attributes.

use alloc::format;

use crate::Runtime;
use crate::object::args::Args;
use crate::object::typeobj::{BinOp, CmpOp};
use crate::object::{PyResult, Value};
use num_bigint::BigInt;

pub fn one<'a>(rt: &Runtime, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let v = a.check_count(rt, name, 1, 1)?;
    Ok(&v[0])
}

pub fn len(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "len")?;
    rt.new_int(rt.len(v)? as i64)
}
pub fn repr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.repr(one(rt, &a, "repr")?)
}
pub fn hash(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let h = rt.hash(one(rt, &a, "hash")?)?;
    rt.new_int(h)
}
pub fn abs(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.abs(one(rt, &a, "abs")?)
}
pub fn divmod(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "divmod", 2, 2)?;
    rt.divmod(&v[0], &v[1])
}
pub fn pow(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    // Positional fast path; `pow(base=2, exp=3, mod=5)` binds by name.
    let sig = crate::object::args::Signature {
        fname: "pow",
        names: ["base", "exp", "mod"],
        posonly: 0,
        required: 2,
        kwonly: 3,
    };
    let [base, exp, m] = if a.kwnames.is_empty() && (2..=3).contains(&a.all.len()) {
        let v = a.all;
        [Some(v[0].clone()), Some(v[1].clone()), v.get(2).cloned()]
    } else {
        sig.bind(rt, a)?
    };
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(rt.type_error("pow() missing required argument"));
    };
    match m.filter(|m| !rt.is_none(m)) {
        Some(m) => rt.ternary_pow(&base, &exp, &m),
        None => rt.binary_op(&base, &exp, BinOp::Pow),
    }
}
pub fn round(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let sig = crate::object::args::Signature {
        fname: "round",
        names: ["number", "ndigits"],
        posonly: 0,
        required: 1,
        kwonly: 2,
    };
    let [number, ndigits] = a.bind(rt, &sig)?;
    let number = number
        .ok_or_else(|| rt.type_error("round() missing required argument 'number' (pos 1)"))?;
    let m = rt
        .lookup_in_type(rt.type_of(&number), "__round__")
        .ok_or_else(|| {
            rt.type_error(format!(
                "type {} doesn't define __round__ method",
                rt.type_name(&number)
            ))
        })?;
    // `round(x, None)` is `round(x)`: `__round__` then gets no ndigits at all.
    match ndigits.filter(|n| !rt.is_none(n)) {
        Some(n) => rt.call(&m, Args::positional(&[number, n])),
        None => rt.call(&m, Args::positional(&[number])),
    }
}
pub fn format(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "format", 1, 2)?;
    if let Some(s) = v.get(1).filter(|s| rt.str_of(s).is_none()) {
        return Err(rt.type_error(format!(
            "format() argument 2 must be str, not {}",
            rt.type_name(s)
        )));
    }
    crate::interp::ops::format(rt, &v[0], v.get(1))
}
pub fn sorted(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(rt.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = rt.collect(&pos[0])?;
    let list = rt.new_list(items)?;
    let sort = rt.getattr_str(&list, "sort")?;
    rt.call(&sort, Args::new(a.kw_values(), a.kwnames))?;
    Ok(list)
}
pub fn extreme(rt: &Runtime, a: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let pos = a.pos();
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kwargs() {
        match rt.str_of(k) {
            Some("key") => key = Some(v.clone()),
            Some("default") => default = Some(v.clone()),
            Some(other) => {
                return Err(rt.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
            None => {}
        }
    }
    if pos.len() > 1 && default.is_some() {
        return Err(rt.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let items = match pos.len() {
        0 => return Err(rt.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => rt.collect(&pos[0])?,
        _ => pos.to_vec(),
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => rt.call(f, Args::positional(core::slice::from_ref(&x)))?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if rt.rich_compare_bool(&k, &bk, op)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, x)), _) => Ok(x),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(rt.value_error(format!("{name}() arg is an empty sequence"))),
    }
}
pub fn min(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    extreme(rt, a, "min", CmpOp::Lt)
}
pub fn max(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    extreme(rt, a, "max", CmpOp::Gt)
}
/// `sum(iterable, /, start=0)`.
pub fn sum(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.pos();
    if v.is_empty() || v.len() > 2 {
        return Err(rt.type_error(if v.is_empty() {
            alloc::string::String::from("sum() takes at least 1 positional argument (0 given)")
        } else {
            format!("sum() takes at most 2 arguments ({} given)", v.len())
        }));
    }
    let mut start = v.get(1).cloned();
    for (k, val) in a.kwargs() {
        match rt.str_of(k) {
            Some("start") if start.is_none() => start = Some(val.clone()),
            Some("start") => {
                return Err(
                    rt.type_error("argument for sum() given by name ('start') and position (2)")
                );
            }
            Some(other) => {
                return Err(rt.type_error(format!(
                    "sum() got an unexpected keyword argument '{other}'"
                )));
            }
            None => {}
        }
    }
    let mut acc = match start {
        Some(s) => s,
        None => rt.new_int(0)?,
    };
    if rt.str_of(&acc).is_some() {
        return Err(rt.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let t = rt.type_of(&acc);
    if t == rt.types().bytes {
        return Err(rt.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if t == rt.types().bytearray {
        return Err(rt.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    // Items are taken one at a time (a failing addition stops the iteration, as in CPython).
    let it = rt.iter(&v[0])?;
    // Exact floats add unboxed, small ints without allocating; anything else (and any mix)
    // through the `+` protocol, which gives the same results.
    let float_ty = rt.types().float.0;
    let is_float = |x: &Value| x.heap().is_some_and(|h| h.type_ptr() == float_ty);
    let mut unboxed: Option<f64> = None;
    while let Some(x) = rt.next(&it)? {
        if let Some(f) = unboxed {
            if is_float(&x) {
                unboxed = Some(f + crate::object::float::exact_float_value(&x));
                continue;
            }
            acc = rt.new_float(f)?;
            unboxed = None;
        } else if is_float(&acc) && is_float(&x) {
            unboxed = Some(
                crate::object::float::exact_float_value(&acc)
                    + crate::object::float::exact_float_value(&x),
            );
            continue;
        } else if let (Some(a), Some(b)) = (acc.as_small_int(), x.as_small_int())
            && let Some(s) = a.checked_add(b).and_then(Value::small_int)
        {
            acc = s;
            continue;
        }
        acc = rt.binary_op(&acc, &x, BinOp::Add)?;
    }
    match unboxed {
        Some(f) => rt.new_float(f),
        None => Ok(acc),
    }
}
/// `iter(obj)` or `iter(callable, sentinel)`.
pub fn iter(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "iter", 1, 2)?;
    match v.get(1) {
        None => rt.iter(&v[0]),
        Some(sentinel) => {
            if rt.type_of(&v[0]).data().slots().call.is_none() {
                return Err(rt.type_error("iter(v, w): v must be callable"));
            }
            crate::object::builtin_iters::new_callable_iterator(rt, v[0].clone(), sentinel.clone())
        }
    }
}
pub fn next(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "next", 1, 2)?;
    if rt.type_of(&v[0]) == rt.types().generator
        && let Some(send) = rt.hooks.get().gen_send
    {
        // Straight to the generator, so a return value stays on the StopIteration.
        return match (send(rt, &v[0], &rt.none()), v.get(1)) {
            (Err(e), Some(d)) if rt.err_matches(&e, rt.exc().stop_iteration) => Ok(d.clone()),
            (r, _) => r,
        };
    }
    match rt.next(&v[0])? {
        Some(x) => Ok(x),
        None => match v.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(rt.stop_iteration(None)),
        },
    }
}
/// `isinstance(obj, cls)` as CPython's `PyObject_IsInstance`: tuples and unions are tried
/// member by member, a metaclass `__instancecheck__` decides for its classes.
pub fn isinstance(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "isinstance", 2, 2)?;
    Ok(rt.bool_value(isinstance_hook(rt, &v[0], &v[1])?))
}

fn special_check(rt: &Runtime, cls: &Value, name: &str, arg: &Value) -> PyResult<Option<bool>> {
    let meta = rt.type_of(cls);
    if meta == rt.types().type_ {
        return Ok(None);
    }
    let Some(f) = rt.lookup_in_type(meta, name) else {
        return Ok(None);
    };
    let r = rt.call(&f, Args::positional(&[cls.clone(), arg.clone()]))?;
    rt.truthy(&r).map(Some)
}

pub fn isinstance_hook(rt: &Runtime, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = rt.type_ref_of_type_value(cls) {
        if rt.type_of(obj) == t {
            return Ok(true);
        }
        if rt.type_of(cls) == rt.types().type_ {
            return Ok(rt.isinstance_type(obj, t));
        }
    }
    let members = crate::object::union_type::union_args(rt, cls);
    if let Some(items) = rt.tuple_items(members.as_ref().unwrap_or(cls)) {
        let items = items.to_vec();
        return rt.with_recursion_guard(" in __instancecheck__", || {
            for c in &items {
                if isinstance_hook(rt, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(r) = special_check(rt, cls, "__instancecheck__", obj)? {
        return Ok(r);
    }
    match rt.type_ref_of_type_value(cls) {
        Some(t) => Ok(rt.isinstance_type(obj, t)),
        None => {
            Err(rt.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

pub fn issubclass(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "issubclass", 2, 2)?;
    Ok(rt.bool_value(issubclass_hook(rt, &v[0], &v[1])?))
}

pub fn issubclass_hook(rt: &Runtime, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(s), Some(t)) = (
        rt.type_ref_of_type_value(sub),
        rt.type_ref_of_type_value(cls),
    ) && rt.type_of(cls) == rt.types().type_
    {
        return Ok(rt.is_subtype(s, t));
    }
    let members = crate::object::union_type::union_args(rt, cls);
    if let Some(items) = rt.tuple_items(members.as_ref().unwrap_or(cls)) {
        let items = items.to_vec();
        return rt.with_recursion_guard(" in __subclasscheck__", || {
            for c in &items {
                if issubclass_hook(rt, sub, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(r) = special_check(rt, cls, "__subclasscheck__", sub)? {
        return Ok(r);
    }
    let s = rt
        .type_ref_of_type_value(sub)
        .ok_or_else(|| rt.type_error("issubclass() arg 1 must be a class"))?;
    match rt.type_ref_of_type_value(cls) {
        Some(t) => Ok(rt.is_subtype(s, t)),
        None => {
            Err(rt.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}
pub fn getattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "getattr", 2, 3)?;
    match (rt.getattr(&v[0], &v[1]), v.get(2)) {
        (Err(e), Some(d)) if rt.err_matches(&e, rt.exc().attribute_error) => Ok(d.clone()),
        (r, _) => r,
    }
}
pub fn hasattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "hasattr", 2, 2)?;
    match rt.getattr(&v[0], &v[1]) {
        Ok(_) => Ok(rt.bool_value(true)),
        Err(e) if rt.err_matches(&e, rt.exc().attribute_error) => Ok(rt.bool_value(false)),
        Err(e) => Err(e),
    }
}
pub fn chr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let i = rt.index_isize(one(rt, &a, "chr")?)?;
    // Lone surrogates (0xd800..0xdfff) are valid str characters too.
    match u32::try_from(i).ok().filter(|&u| u < 0x110000) {
        Some(u) => rt.new_str_code_point(u),
        None => Err(rt.value_error("chr() arg not in range(0x110000)")),
    }
}
pub fn ord(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "ord")?;
    let Some(s) = rt.str_data(v) else {
        return match rt.bytes_of(v) {
            Some([b]) => rt.new_int(i64::from(*b)),
            Some(b) => Err(rt.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
            None => Err(rt.type_error(format!(
                "ord() expected string of length 1, but {} found",
                rt.type_name(v)
            ))),
        };
    };
    match s.code_point_at(0) {
        Some(c) if s.char_len() == 1 => rt.new_int(c as i64),
        _ => Err(rt.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
    }
}
pub fn radix(rt: &Runtime, a: Args<'_>, name: &str, prefix: &str, r: u32) -> PyResult<Value> {
    let v = rt.index(one(rt, &a, name)?)?;
    let b: BigInt = rt.int_ref(&v).map(|i| i.to_bigint()).unwrap_or_default();
    let digits = b.magnitude().to_str_radix(r);
    let sign = if b.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    rt.new_str(&format!("{sign}{prefix}{digits}"))
}
pub fn hex(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    radix(rt, a, "hex", "0x", 16)
}
pub fn oct(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    radix(rt, a, "oct", "0o", 8)
}
pub fn bin(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    radix(rt, a, "bin", "0b", 2)
}
pub fn callable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "callable")?;
    Ok(rt.bool_value(rt.type_of(v).data().slots().call.is_some()))
}

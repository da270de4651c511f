//! The few builtin functions case files may call. The interpreter's real `builtins` module will
//! replace these; until then they are written over the runtime's abstract protocol.

use copperhead_core::Runtime;
use copperhead_core::object::args::Args;
use copperhead_core::object::typeobj::NativeFn;
use copperhead_core::object::{BinOp, CmpOp, PyResult, Value};
use num_bigint::BigInt;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("len", len),
    ("repr", repr),
    ("hash", hash),
    ("abs", abs),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("format", format),
    ("sorted", sorted),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("iter", iter),
    ("next", next),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("getattr", getattr),
    ("hasattr", hasattr),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("callable", callable),
];

fn one<'a>(rt: &Runtime, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let v = a.check_count(rt, name, 1, 1)?;
    Ok(&v[0])
}

fn len(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "len")?;
    rt.new_int(rt.len(v)? as i64)
}
fn repr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.repr(one(rt, &a, "repr")?)
}
fn hash(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let h = rt.hash(one(rt, &a, "hash")?)?;
    rt.new_int(h)
}
fn abs(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.abs(one(rt, &a, "abs")?)
}
fn divmod(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "divmod", 2, 2)?;
    rt.divmod(&v[0], &v[1])
}
fn pow(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "pow", 2, 3)?;
    match v.get(2) {
        Some(m) => rt.ternary_pow(&v[0], &v[1], m),
        None => rt.binary_op(&v[0], &v[1], BinOp::Pow),
    }
}
fn round(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "round", 1, 2)?;
    let m = rt
        .lookup_in_type(rt.type_of(&v[0]), "__round__")
        .ok_or_else(|| {
            rt.type_error(format!(
                "type {} doesn't define __round__ method",
                rt.type_name(&v[0])
            ))
        })?;
    rt.call(&m, Args::positional(v))
}
fn format(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "format", 1, 2)?;
    let spec = match v.get(1) {
        Some(s) => s.clone(),
        None => rt.new_str("")?,
    };
    let m = rt
        .lookup_in_type(rt.type_of(&v[0]), "__format__")
        .ok_or_else(|| rt.type_error("no __format__"))?;
    rt.call(&m, Args::positional(&[v[0].clone(), spec]))
}
fn sorted(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
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
fn extreme(rt: &Runtime, a: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
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
    let items = match pos.len() {
        0 => return Err(rt.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => rt.collect(&pos[0])?,
        _ => pos.to_vec(),
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => rt.call(f, Args::positional(std::slice::from_ref(&x)))?,
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
fn min(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    extreme(rt, a, "min", CmpOp::Lt)
}
fn max(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    extreme(rt, a, "max", CmpOp::Gt)
}
fn sum(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sum", 1, 2)?;
    let mut acc = match v.get(1) {
        Some(s) => s.clone(),
        None => rt.new_int(0)?,
    };
    for x in rt.collect(&v[0])? {
        acc = rt.binary_op(&acc, &x, BinOp::Add)?;
    }
    Ok(acc)
}
fn iter(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.iter(one(rt, &a, "iter")?)
}
fn next(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "next", 1, 2)?;
    match rt.next(&v[0])? {
        Some(x) => Ok(x),
        None => match v.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(rt.stop_iteration(None)),
        },
    }
}
fn class_tuple(rt: &Runtime, cls: &Value) -> PyResult<Vec<copperhead_core::object::TypeRef>> {
    if let Some(items) = rt.tuple_items(cls) {
        let mut out = Vec::new();
        for c in items {
            out.extend(class_tuple(rt, c)?);
        }
        return Ok(out);
    }
    rt.type_ref_of_type_value(cls)
        .map(|t| vec![t])
        .ok_or_else(|| {
            rt.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        })
}
fn isinstance(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "isinstance", 2, 2)?;
    let types = class_tuple(rt, &v[1])?;
    Ok(rt.bool_value(types.into_iter().any(|t| rt.isinstance_type(&v[0], t))))
}
fn issubclass(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "issubclass", 2, 2)?;
    let sub = rt
        .type_ref_of_type_value(&v[0])
        .ok_or_else(|| rt.type_error("issubclass() arg 1 must be a class"))?;
    let types = class_tuple(rt, &v[1])?;
    Ok(rt.bool_value(types.into_iter().any(|t| rt.is_subtype(sub, t))))
}
fn getattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "getattr", 2, 3)?;
    match (rt.getattr(&v[0], &v[1]), v.get(2)) {
        (Err(e), Some(d)) if rt.err_matches(&e, rt.exc().attribute_error) => Ok(d.clone()),
        (r, _) => r,
    }
}
fn hasattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "hasattr", 2, 2)?;
    match rt.getattr(&v[0], &v[1]) {
        Ok(_) => Ok(rt.bool_value(true)),
        Err(e) if rt.err_matches(&e, rt.exc().attribute_error) => Ok(rt.bool_value(false)),
        Err(e) => Err(e),
    }
}
fn chr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let i = rt.index_isize(one(rt, &a, "chr")?)?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => rt.new_str(c.encode_utf8(&mut [0; 4])),
        None => Err(rt.value_error("chr() arg not in range(0x110000)")),
    }
}
fn ord(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "ord")?;
    let s = rt
        .str_of(v)
        .ok_or_else(|| rt.type_error("ord() expected string of length 1"))?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => rt.new_int(c as i64),
        _ => Err(rt.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}
fn radix(rt: &Runtime, a: Args<'_>, name: &str, prefix: &str, r: u32) -> PyResult<Value> {
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
fn hex(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    radix(rt, a, "hex", "0x", 16)
}
fn oct(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    radix(rt, a, "oct", "0o", 8)
}
fn bin(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    radix(rt, a, "bin", "0b", 2)
}
fn callable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one(rt, &a, "callable")?;
    Ok(rt.bool_value(rt.type_of(v).data().slots().call.is_some()))
}

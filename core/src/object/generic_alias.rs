//! `types.GenericAlias`: `list[int]`, `dict[str, int]`, `tuple[int, ...]` (PEP 585). It
//! remembers the origin class and the arguments; calling it constructs the origin, and any
//! other attribute comes from the origin. Built-in containers get their `__class_getitem__`
//! here, and `type[X]` is special-cased in `Runtime::getitem`.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::typeobj::{BinOp, CmpOp};
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

pub struct AliasData {
    origin: Value,
    /// Always a tuple.
    args: Value,
}

impl Payload for AliasData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
    fn clear(&self) {}
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a AliasData> {
    if rt.type_of(v) != rt.types().generic_alias {
        return Err(rt.type_error(format!(
            "descriptor requires a 'types.GenericAlias' object but received a '{}'",
            rt.type_name(v)
        )));
    }
    v.heap()
        .map(|h| unsafe { h.payload::<AliasData>() })
        .ok_or_else(|| rt.type_error("bad generic alias"))
}

/// `origin[args]` as a GenericAlias (`args` a tuple or a single item).
pub fn new_alias(rt: &Runtime, origin: Value, args: Value) -> PyResult<Value> {
    let args = if rt.type_of(&args) == rt.types().tuple {
        args
    } else {
        rt.new_tuple(alloc::vec![args])?
    };
    unsafe { alloc_object(rt, rt.types().generic_alias.0, AliasData { origin, args }) }
        .ok_or_else(|| rt.memory_error())
}

/// The type variables among `args` (and inside nested aliases), in order, once each.
pub fn collect_parameters(rt: &Runtime, args: &Value) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    for a in rt.tuple_items(args).unwrap_or(&[]) {
        let tn = rt.type_of(a).data().name();
        if matches!(tn, "TypeVar" | "ParamSpec" | "TypeVarTuple") {
            if !out.iter().any(|o| o.is(a)) {
                out.push(a.clone());
            }
        } else if rt.type_ref_of_type_value(a).is_none()
            && let Some(p) = rt.getattr_opt(a, "__parameters__")?
            && let Some(items) = rt.tuple_items(&p)
        {
            for x in items {
                if !out.iter().any(|o| o.is(x)) {
                    out.push(x.clone());
                }
            }
        }
    }
    rt.new_tuple(out)
}

fn alias_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let d = data(rt, v)?;
    let mut s = super::union_type::type_repr(rt, &d.origin)?;
    s.push('[');
    let items = rt.tuple_items(&d.args).unwrap_or(&[]);
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        // A list argument (Callable[[int], str]) prints its items the same way.
        if let Some(l) = rt.list_data(a) {
            let parts: PyResult<Vec<_>> = l
                .items()
                .to_vec()
                .iter()
                .map(|x| super::union_type::type_repr(rt, x))
                .collect();
            s.push('[');
            s.push_str(&parts?.join(", "));
            s.push(']');
        } else {
            s.push_str(&super::union_type::type_repr(rt, a)?);
        }
    }
    s.push(']');
    rt.new_str(&s)
}

fn alias_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let ga = rt.types().generic_alias;
    if rt.type_of(a) != ga || rt.type_of(b) != ga || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt.not_implemented());
    }
    let (x, y) = (data(rt, a)?, data(rt, b)?);
    let eq = rt.rich_compare_bool(&x.origin, &y.origin, CmpOp::Eq)?
        && rt.rich_compare_bool(&x.args, &y.args, CmpOp::Eq)?;
    Ok(rt.bool_value(eq == (op == CmpOp::Eq)))
}

fn alias_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let d = data(rt, v)?;
    Ok(rt.hash(&d.origin)? ^ rt.hash(&d.args)?)
}

/// Calling the alias constructs the origin and records the alias on the result when it can.
fn alias_call(rt: &Runtime, f: &Value, args: Args<'_>) -> PyResult<Value> {
    let origin = data(rt, f)?.origin.clone();
    let obj = rt.call(&origin, args)?;
    if let Err(e) = rt.setattr(&obj, &rt.intern("__orig_class__"), Some(f)) {
        let x = rt.exc();
        if !rt.err_matches(&e, x.attribute_error) && !rt.err_matches(&e, x.type_error) {
            return Err(e);
        }
    }
    Ok(obj)
}

/// Names the alias answers itself; everything else is looked up on the origin.
const OWN: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn alias_getattro(rt: &Runtime, v: &Value, name: &Value) -> PyResult<Value> {
    let n = rt.str_of(name).unwrap_or("");
    if !OWN.contains(&n) {
        let origin = data(rt, v)?.origin.clone();
        return rt.getattr(&origin, name);
    }
    super::object_type::generic_getattr(rt, v, name)
}

fn ga_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(rt.type_error("GenericAlias() takes no keyword arguments"));
    }
    let p = args.pos();
    if p.len() != 2 {
        return Err(rt.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            p.len()
        )));
    }
    new_alias(rt, p[0].clone(), p[1].clone())
}

/// `cls.__class_getitem__(item)` of the built-in generic classes.
fn class_getitem(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__class_getitem__", 2, 2)?;
    new_alias(rt, v[0].clone(), v[1].clone())
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<AliasData>("types.GenericAlias", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.repr = Some(alias_repr);
        s.hash = Some(alias_hash);
        s.richcompare = Some(alias_richcompare);
        s.call = Some(alias_call);
        s.getattro = Some(alias_getattro);
        s.new = Some(ga_new);
        s.binary[BinOp::Or as usize] = Some(super::union_type::type_or);
        s.getitem = Some(|rt, v, _| {
            Err(rt.type_error(format!("{} is not a generic class", rt.repr_string(v)?)))
        });
        rt.add_methods(
            ty,
            &[
                MethodDef::method("__mro_entries__", |rt, a| {
                    let v = a.check_count(rt, "__mro_entries__", 2, 2)?;
                    let origin = data(rt, &v[0])?.origin.clone();
                    rt.new_tuple(alloc::vec![origin])
                }),
                MethodDef::method("__instancecheck__", |rt, _| {
                    Err(rt.type_error("isinstance() argument 2 cannot be a parameterized generic"))
                }),
                MethodDef::method("__subclasscheck__", |rt, _| {
                    Err(rt.type_error("issubclass() argument 2 cannot be a parameterized generic"))
                }),
            ],
        );
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "__origin__",
                    get: |rt, v| Ok(data(rt, v)?.origin.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "__args__",
                    get: |rt, v| Ok(data(rt, v)?.args.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "__parameters__",
                    get: |rt, v| collect_parameters(rt, &data(rt, v)?.args),
                    set: None,
                },
            ],
        );
        // The built-in generic classes (as CPython 3.11).
        let t = rt.types();
        for c in [t.list, t.dict, t.tuple, t.set, t.frozenset, t.enumerate] {
            rt.add_methods(c, &[MethodDef::class("__class_getitem__", class_getitem)]);
        }
    })
}

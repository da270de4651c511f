//! `super`: attribute lookup that starts after a given class in the MRO of the instance's type.
//! Zero-argument `super()` needs the caller's frame: the interpreter finds `__class__` and the
//! first argument, then calls `rt.super_lookup` or constructs `super(type, obj)`.

use alloc::format;
use core::cell::UnsafeCell;

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::Payload;
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct SuperData {
    /// The class the lookup starts after (`__thisclass__`).
    pub start: UnsafeCell<Option<Value>>,
    /// The instance or class (`__self__`).
    pub obj: UnsafeCell<Option<Value>>,
    /// The type whose MRO is searched (`__self_class__`).
    pub obj_type: UnsafeCell<Option<Value>>,
}

impl Payload for SuperData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.start, &self.obj, &self.obj_type] {
            if let Some(v) = unsafe { &*c.get() } {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        for c in [&self.start, &self.obj, &self.obj_type] {
            let old = unsafe { (*c.get()).take() };
            drop(old);
        }
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a SuperData> {
    super::method::checked(rt, v, rt.types().super_, "super")
}

fn field(c: &UnsafeCell<Option<Value>>) -> Option<Value> {
    unsafe { (*c.get()).clone() }
}

/// The type whose MRO `super(start, obj)` searches; CPython's `supercheck`.
fn supercheck(rt: &Runtime, start: TypeRef, obj: &Value) -> PyResult<TypeRef> {
    if let Some(t) = rt.type_ref_of_type_value(obj)
        && rt.is_subtype(t, start)
    {
        return Ok(t);
    }
    let ty = rt.type_of(obj);
    if rt.is_subtype(ty, start) {
        return Ok(ty);
    }
    // A proxy may claim a different `__class__`.
    if let Some(c) = rt.getattr_opt(obj, "__class__")?
        && let Some(ct) = rt.type_ref_of_type_value(&c)
        && ct != ty
        && rt.is_subtype(ct, start)
    {
        return Ok(ct);
    }
    Err(rt.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

impl Runtime {
    /// `super(start, obj).name`: searches the MRO of obj's type after `start`, binding
    /// descriptors to `obj` (or to nothing when `obj` is the type itself).
    pub fn super_lookup(&self, start: TypeRef, obj: &Value, name: &str) -> PyResult<Value> {
        let obj_type = supercheck(self, start, obj)?;
        match super_find(self, start, obj, obj_type, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(format!("'super' object has no attribute '{name}'"))),
        }
    }
}

fn super_find(
    rt: &Runtime,
    start: TypeRef,
    obj: &Value,
    obj_type: TypeRef,
    name: &str,
) -> PyResult<Option<Value>> {
    let mro = obj_type.data().mro().to_vec();
    let Some(i) = mro.iter().position(|t| start.is(t)) else {
        return Ok(None);
    };
    for t in &mro[i + 1..] {
        let Some(tr) = rt.type_ref_of_type_value(t) else {
            continue;
        };
        let Some(v) = rt
            .dict_data(tr.data().dict())
            .and_then(|d| d.get_str(rt, name))
        else {
            continue;
        };
        if let Some(get) = rt.type_of(&v).data().slots().descr_get {
            let inst = if obj_type.is(obj) { None } else { Some(obj) };
            return get(rt, &v, inst, &obj_type.value()).map(Some);
        }
        return Ok(Some(v));
    }
    Ok(None)
}

fn super_new(rt: &Runtime, cls: &Value, _args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("not a type"))?;
    super::heaptype::alloc_default::<SuperData>(rt, ty, rt.types().super_)
}

fn super_init(rt: &Runtime, s: &Value, args: Args<'_>) -> PyResult<()> {
    args.no_kwargs(rt, "super")?;
    let a = args.all;
    if a.is_empty() {
        return Err(rt.runtime_error("super(): no arguments"));
    }
    if a.len() > 2 {
        return Err(rt.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let Some(start) = rt.type_ref_of_type_value(&a[0]) else {
        return Err(rt.type_error(format!(
            "super() argument 1 must be a type, not {}",
            rt.type_name(&a[0])
        )));
    };
    let d = data(rt, s)?;
    let (obj, obj_type) = match a.get(1).filter(|o| !rt.is_none(o)) {
        Some(o) => (Some(o.clone()), Some(supercheck(rt, start, o)?.value())),
        None => (None, None),
    };
    let olds = unsafe {
        (
            (*d.start.get()).replace(a[0].clone()),
            core::mem::replace(&mut *d.obj.get(), obj),
            core::mem::replace(&mut *d.obj_type.get(), obj_type),
        )
    };
    drop(olds);
    Ok(())
}

fn super_getattro(rt: &Runtime, s: &Value, name: &Value) -> PyResult<Value> {
    let d = data(rt, s)?;
    let n = rt.str_of(name).unwrap_or("");
    if n != "__class__"
        && let (Some(start), Some(obj), Some(ot)) =
            (field(&d.start), field(&d.obj), field(&d.obj_type))
        && let (Some(st), Some(ott)) = (
            rt.type_ref_of_type_value(&start),
            rt.type_ref_of_type_value(&ot),
        )
        && let Some(v) = super_find(rt, st, &obj, ott, n)?
    {
        return Ok(v);
    }
    super::object_type::generic_getattr(rt, s, name)
}

fn super_get(rt: &Runtime, s: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let d = data(rt, s)?;
    let Some(obj) = obj.filter(|o| !rt.is_none(o)) else {
        return Ok(s.clone());
    };
    if field(&d.obj).is_some() {
        return Ok(s.clone());
    }
    let start = field(&d.start).ok_or_else(|| rt.runtime_error("super(): no arguments"))?;
    let cls = rt.type_of(s).value();
    rt.call(&cls, Args::positional(&[start, obj.clone()]))
}

fn super_repr(rt: &Runtime, s: &Value) -> PyResult<Value> {
    let d = data(rt, s)?;
    let name = |v: Option<Value>| {
        v.and_then(|t| rt.type_ref_of_type_value(&t))
            .map(|t| alloc::string::String::from(t.data().name()))
    };
    let start = name(field(&d.start)).unwrap_or_else(|| alloc::string::String::from("NULL"));
    let text = match name(field(&d.obj_type)) {
        Some(ot) => format!("<super: <class '{start}'>, <{ot} object>>"),
        None => format!("<super: <class '{start}'>, NULL>"),
    };
    rt.new_str(&text)
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<SuperData>("super", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.new = Some(super_new);
        s.init = Some(super_init);
        s.getattro = Some(super_getattro);
        s.descr_get = Some(super_get);
        s.repr = Some(super_repr);
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "__thisclass__",
                    get: |rt, s| Ok(field(&data(rt, s)?.start).unwrap_or_else(|| rt.none())),
                    set: None,
                },
                GetSetDef {
                    name: "__self__",
                    get: |rt, s| Ok(field(&data(rt, s)?.obj).unwrap_or_else(|| rt.none())),
                    set: None,
                },
                GetSetDef {
                    name: "__self_class__",
                    get: |rt, s| Ok(field(&data(rt, s)?.obj_type).unwrap_or_else(|| rt.none())),
                    set: None,
                },
            ],
        );
    })
}

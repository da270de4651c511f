//! `staticmethod` and `classmethod`: wrappers that change how a callable binds when found on a
//! class (not at all, or to the class).

use alloc::format;
use core::cell::UnsafeCell;

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::Payload;
use super::method::checked;
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

/// Payload of both wrappers: the wrapped callable (`None` only before `__init__`).
#[derive(Default)]
pub struct WrapperData {
    pub callable: UnsafeCell<Option<Value>>,
}

impl Payload for WrapperData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(c) = unsafe { &*self.callable.get() } {
            visit(c);
        }
    }
    fn clear(&self) {
        let old = unsafe { (*self.callable.get()).take() };
        drop(old);
    }
}

fn callable_of(rt: &Runtime, v: &Value, ty: TypeRef) -> PyResult<Value> {
    let what = ty.data().name();
    let d: &WrapperData = checked(rt, v, ty, what)?;
    unsafe { (*d.callable.get()).clone() }
        .ok_or_else(|| rt.runtime_error(format!("uninitialized {what} object")))
}

/// The callable inside a staticmethod or classmethod (for the interpreter and `type.__new__`).
pub fn wrapped(rt: &Runtime, v: &Value) -> Option<Value> {
    let t = rt.types();
    let ty = rt.type_of(v);
    if rt.is_subtype(ty, t.staticmethod) || rt.is_subtype(ty, t.classmethod) {
        return unsafe { (*v.heap()?.payload::<WrapperData>().callable.get()).clone() };
    }
    None
}

impl Runtime {
    pub fn new_staticmethod(&self, f: Value) -> PyResult<Value> {
        make(self, self.types().staticmethod, f)
    }
    pub fn new_classmethod(&self, f: Value) -> PyResult<Value> {
        make(self, self.types().classmethod, f)
    }
}

fn make(rt: &Runtime, ty: TypeRef, f: Value) -> PyResult<Value> {
    let v = super::heaptype::alloc_default::<WrapperData>(rt, ty, ty)?;
    let d: &WrapperData = checked(rt, &v, ty, "")?;
    unsafe { *d.callable.get() = Some(f) };
    Ok(v)
}

fn new_common(rt: &Runtime, cls: &Value, args: Args<'_>, base: TypeRef) -> PyResult<Value> {
    let name = base.data().name();
    let cls_ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("not a type"))?;
    if cls_ty == base {
        args.no_kwargs(rt, name)?;
    }
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(rt.type_error(format!("{name} expected 1 argument, got {}", pos.len())));
    }
    let v = super::heaptype::alloc_default::<WrapperData>(rt, cls_ty, base)?;
    let d: &WrapperData = checked(rt, &v, base, name)?;
    unsafe { *d.callable.get() = Some(pos[0].clone()) };
    Ok(v)
}

fn static_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    new_common(rt, cls, args, rt.types().staticmethod)
}
fn class_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    new_common(rt, cls, args, rt.types().classmethod)
}

fn static_get(rt: &Runtime, d: &Value, _obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    callable_of(rt, d, rt.types().staticmethod)
}

fn class_get(rt: &Runtime, d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let f = callable_of(rt, d, rt.types().classmethod)?;
    let cls = match obj {
        Some(o) if rt.is_none(owner) => rt.type_of(o).value(),
        _ => owner.clone(),
    };
    // 3.9 to 3.12 chain descriptors: a wrapped descriptor is bound to the class.
    if let Some(get) = rt.type_of(&f).data().slots().descr_get
        && rt.type_of(&f) != rt.types().function
    {
        return get(rt, &f, Some(&cls), &cls);
    }
    rt.new_method(f, cls)
}

fn static_call(rt: &Runtime, d: &Value, args: Args<'_>) -> PyResult<Value> {
    let f = callable_of(rt, d, rt.types().staticmethod)?;
    rt.call(&f, args)
}

fn repr_common(rt: &Runtime, v: &Value, base: TypeRef) -> PyResult<Value> {
    let f = callable_of(rt, v, base)?;
    let r = rt.repr_string(&f)?;
    rt.new_str(&format!("<{}({r})>", rt.type_of(v).data().name()))
}

/// Attributes not found on the wrapper come from the callable (`__name__`, `__doc__`...),
/// as the wrappers copy them in CPython 3.10+.
fn wrapper_getattro(rt: &Runtime, v: &Value, name: &Value) -> PyResult<Value> {
    match super::object_type::generic_getattr(rt, v, name) {
        Ok(r) => Ok(r),
        Err(e) if rt.err_matches(&e, rt.exc().attribute_error) => {
            let n = rt.str_of(name).unwrap_or("");
            if matches!(
                n,
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__"
            ) && let Some(f) = wrapped(rt, v)
            {
                return rt.getattr(&f, name);
            }
            Err(e)
        }
        Err(e) => Err(e),
    }
}

fn getsets(rt: &Runtime, ty: TypeRef, is_static: bool) {
    let func: super::getset::Getter = if is_static {
        |rt, v| callable_of(rt, v, rt.types().staticmethod)
    } else {
        |rt, v| callable_of(rt, v, rt.types().classmethod)
    };
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "__func__",
                get: func,
                set: None,
            },
            GetSetDef {
                name: "__wrapped__",
                get: func,
                set: None,
            },
            GetSetDef {
                name: "__isabstractmethod__",
                get: |rt, v| {
                    let Some(f) = wrapped(rt, v) else {
                        return Ok(rt.bool_value(false));
                    };
                    match rt.getattr_opt(&f, "__isabstractmethod__")? {
                        Some(x) => Ok(rt.bool_value(rt.truthy(&x)?)),
                        None => Ok(rt.bool_value(false)),
                    }
                },
                set: None,
            },
        ],
    );
}

pub fn staticmethod_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<WrapperData>("staticmethod", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.new = Some(static_new);
        s.descr_get = Some(static_get);
        s.call = Some(static_call);
        s.repr = Some(|rt, v| repr_common(rt, v, rt.types().staticmethod));
        s.getattro = Some(wrapper_getattro);
        getsets(rt, ty, true);
    })
}

pub fn classmethod_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<WrapperData>("classmethod", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.new = Some(class_new);
        s.descr_get = Some(class_get);
        s.repr = Some(|rt, v| repr_common(rt, v, rt.types().classmethod));
        s.getattro = Some(wrapper_getattro);
        getsets(rt, ty, false);
    })
}

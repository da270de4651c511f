//! Bound methods (`method`): a callable plus the instance it was looked up on. Calling one
//! prepends the instance to the arguments.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::typeobj::{CmpOp, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

pub struct MethodData {
    pub func: Value,
    pub self_: Value,
}

impl Payload for MethodData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

/// The payload of `v` when it is a `T` of type `ty` (or a subclass); TypeError otherwise.
pub fn checked<'a, T>(rt: &Runtime, v: &'a Value, ty: TypeRef, what: &str) -> PyResult<&'a T> {
    if v.heap().is_some() && rt.isinstance_type(v, ty) {
        // SAFETY: instances of `ty` and its subclasses start with a `T` payload.
        Ok(unsafe { v.heap().unwrap_unchecked().payload::<T>() })
    } else {
        Err(rt.type_error(format!(
            "descriptor for '{what}' objects doesn't apply to a '{}' object",
            rt.type_name(v)
        )))
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a MethodData> {
    checked(rt, v, rt.types().method, "method")
}

impl Runtime {
    /// `types.MethodType(func, obj)`.
    pub fn new_method(&self, func: Value, self_: Value) -> PyResult<Value> {
        unsafe { alloc_object(self, self.types().method.0, MethodData { func, self_ }) }
            .ok_or_else(|| self.memory_error())
    }

    /// The function and instance of a bound method.
    #[inline]
    pub fn method_parts(&self, v: &Value) -> Option<(Value, Value)> {
        if self.type_of(v) != self.types().method {
            return None;
        }
        let d = unsafe { v.heap()?.payload::<MethodData>() };
        Some((d.func.clone(), d.self_.clone()))
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<MethodData>("method", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.call = Some(method_call);
        s.repr = Some(method_repr);
        s.hash = Some(method_hash);
        s.richcompare = Some(method_richcompare);
        s.getattro = Some(method_getattro);
        s.new = Some(method_new);
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "__func__",
                    get: |rt, v| Ok(data(rt, v)?.func.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "__self__",
                    get: |rt, v| Ok(data(rt, v)?.self_.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "__doc__",
                    get: |rt, v| {
                        let f = data(rt, v)?.func.clone();
                        Ok(rt.getattr_opt(&f, "__doc__")?.unwrap_or_else(|| rt.none()))
                    },
                    set: None,
                },
            ],
        );
    })
}

fn method_call(rt: &Runtime, m: &Value, args: Args<'_>) -> PyResult<Value> {
    let d = data(rt, m)?;
    let mut all = Vec::with_capacity(args.all.len() + 1);
    all.push(d.self_.clone());
    all.extend_from_slice(args.all);
    let func = d.func.clone();
    rt.call(&func, Args::new(&all, args.kwnames))
}

fn method_repr(rt: &Runtime, m: &Value) -> PyResult<Value> {
    let d = data(rt, m)?;
    let (func, obj) = (d.func.clone(), d.self_.clone());
    let name = match rt.getattr_opt(&func, "__qualname__")? {
        Some(n) => Some(n),
        None => rt.getattr_opt(&func, "__name__")?,
    };
    let name = match name.as_ref().and_then(|n| rt.str_of(n)) {
        Some(s) => alloc::string::String::from(s),
        None => alloc::string::String::from("?"),
    };
    let r = rt.repr_string(&obj)?;
    rt.new_str(&format!("<bound method {name} of {r}>"))
}

fn method_hash(rt: &Runtime, m: &Value) -> PyResult<i64> {
    let d = data(rt, m)?;
    let x = super::object_type::object_hash(rt, &d.self_)?;
    let y = rt.hash(&d.func.clone())?;
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}

fn method_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || rt.type_of(b) != rt.types().method {
        return Ok(rt.not_implemented());
    }
    let (x, y) = (data(rt, a)?, data(rt, b)?);
    let same = x.self_.is(&y.self_) && rt.eq(&x.func.clone(), &y.func.clone())?;
    Ok(rt.bool_value(same == (op == CmpOp::Eq)))
}

/// Attributes of the method type first, then the function's (`m.__name__`).
fn method_getattro(rt: &Runtime, m: &Value, name: &Value) -> PyResult<Value> {
    let ty = rt.type_of(m);
    if let Some(n) = rt.str_of(name)
        && let Some(d) = rt.lookup_in_type(ty, n)
    {
        if let Some(get) = rt.type_of(&d).data().slots().descr_get {
            return get(rt, &d, Some(m), &ty.value());
        }
        return Ok(d);
    }
    let f = data(rt, m)?.func.clone();
    rt.getattr(&f, name)
}

fn method_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "method", 2, 2)?;
    if rt.type_of(&a[0]).data().slots().call.is_none() {
        return Err(rt.type_error("first argument must be callable"));
    }
    if rt.is_none(&a[1]) {
        return Err(rt.type_error("instance must not be None"));
    }
    rt.new_method(a[0].clone(), a[1].clone())
}

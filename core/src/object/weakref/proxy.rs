//! `weakref.proxy`: `ProxyType` and `CallableProxyType` forward attribute access, calls and
//! operators to the referent, or raise ReferenceError once it died. Proxies are unhashable and
//! cannot be made by calling their type; `weakref.proxy(obj[, callback])` makes them.

use alloc::format;

use super::{WeakRefData, make_weakref, reference_error, weakref_data};
use crate::object::args::Args;
use crate::object::error::PyResult;
use crate::object::typeobj::{BinOp, CmpOp, Slots, TypeRef, flags};
use crate::object::typespec::TypeSpec;
use crate::object::value::Value;
use crate::runtime::Runtime;

/// `weakref.proxy(obj[, callback])` as a native function.
pub fn weakref_proxy(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "proxy")?;
    let pos = args.pos();
    match pos.len() {
        1 | 2 => rt.new_weakproxy(&pos[0], pos.get(1).cloned()),
        n if n < 1 => Err(rt.type_error(format!("proxy expected at least 1 argument, got {n}"))),
        n => Err(rt.type_error(format!("proxy expected at most 2 arguments, got {n}"))),
    }
}

impl Runtime {
    /// `weakref.proxy(obj, callback)`: a `CallableProxyType` when `obj` is callable.
    pub fn new_weakproxy(&self, obj: &Value, callback: Option<Value>) -> PyResult<Value> {
        let ty = if self.type_of(obj).data().slots().call.is_some() {
            self.types().weakcallableproxy
        } else {
            self.types().weakproxy
        };
        make_weakref(self, ty, obj, callback)
    }
}

fn is_proxy(rt: &Runtime, v: &Value) -> bool {
    let t = rt.types();
    let ty = rt.type_of(v);
    ty == t.weakproxy || ty == t.weakcallableproxy
}

/// The referent of a proxy (ReferenceError when dead); other values pass through.
fn unwrap(rt: &Runtime, v: &Value) -> PyResult<Value> {
    if !is_proxy(rt, v) {
        return Ok(v.clone());
    }
    weakref_data(rt, v)
        .and_then(WeakRefData::get)
        .ok_or_else(|| reference_error(rt))
}

pub fn proxy_spec() -> TypeSpec {
    TypeSpec::new::<WeakRefData>("weakref.ProxyType", init_proxy).flags(flags::UNHASHABLE)
}

pub fn callable_proxy_spec() -> TypeSpec {
    TypeSpec::new::<WeakRefData>("weakref.CallableProxyType", init_callable)
        .flags(flags::UNHASHABLE)
}

fn init_callable(rt: &Runtime, ty: TypeRef) {
    init_proxy(rt, ty);
    let s = unsafe { ty.data().slots_mut() };
    s.call = Some(|rt, p, args| {
        let o = unwrap(rt, p)?;
        rt.call(&o, args)
    });
}

macro_rules! binary {
    ($($name:ident $iname:ident $op:ident),* $(,)?) => {
        $(
            fn $name(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
                let (a, b) = (unwrap(rt, a)?, unwrap(rt, b)?);
                rt.binary_op(&a, &b, BinOp::$op)
            }
            fn $iname(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
                let (a, b) = (unwrap(rt, a)?, unwrap(rt, b)?);
                rt.inplace_op(&a, &b, BinOp::$op)
            }
        )*
        fn fill_binary(s: &mut Slots) {
            $(
                s.binary[BinOp::$op as usize] = Some($name);
                s.inplace[BinOp::$op as usize] = Some($iname);
            )*
        }
    };
}

binary!(
    add iadd Add, and iand And, floordiv ifloordiv FloorDiv, lshift ilshift LShift,
    matmul imatmul MatMul, mul imul Mul, rem irem Mod, or ior Or, pow ipow Pow,
    rshift irshift RShift, sub isub Sub, truediv itruediv TrueDiv, xor ixor Xor,
);

macro_rules! unary {
    ($s:ident, $($slot:ident => $method:ident),* $(,)?) => {
        $( $s.$slot = Some(|rt, p| { let o = unwrap(rt, p)?; rt.$method(&o) }); )*
    };
}

fn init_proxy(_rt: &Runtime, ty: TypeRef) {
    ty.data().set_qualname(ty.data().name());
    let s = unsafe { ty.data().slots_mut() };
    fill_binary(s);
    unary!(s, str => str, neg => neg, pos => pos, invert => invert, abs => abs, index => index,
        iter => iter);
    s.new = Some(|rt, cls, _| {
        let name = rt
            .type_ref_of_type_value(cls)
            .map_or("weakref.ProxyType", |t| t.data().full_name());
        Err(rt.type_error(format!("cannot create '{name}' instances")))
    });
    s.repr = Some(proxy_repr);
    s.richcompare = Some(|rt, a, b, op: CmpOp| {
        let (a, b) = (unwrap(rt, a)?, unwrap(rt, b)?);
        rt.rich_compare(&a, &b, op)
    });
    s.divmod = Some(|rt, a, b| {
        let (a, b) = (unwrap(rt, a)?, unwrap(rt, b)?);
        rt.divmod(&a, &b)
    });
    s.ternary_pow = Some(|rt, a, b, m| {
        let (a, b, m) = (unwrap(rt, a)?, unwrap(rt, b)?, unwrap(rt, m)?);
        rt.ternary_pow(&a, &b, &m)
    });
    s.bool = Some(|rt, p| {
        let o = unwrap(rt, p)?;
        rt.truthy(&o)
    });
    s.len = Some(|rt, p| {
        let o = unwrap(rt, p)?;
        rt.len(&o)
    });
    s.int = Some(|rt, p| {
        let o = unwrap(rt, p)?;
        match rt.type_of(&o).data().slots().int {
            Some(f) => f(rt, &o),
            None => Err(rt.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                rt.type_name(&o)
            ))),
        }
    });
    s.float = Some(|rt, p| {
        let o = unwrap(rt, p)?;
        match rt.type_of(&o).data().slots().float {
            Some(f) => f(rt, &o),
            None => Err(rt.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                rt.type_name(&o)
            ))),
        }
    });
    s.getitem = Some(|rt, p, k| {
        let o = unwrap(rt, p)?;
        rt.getitem(&o, k)
    });
    s.setitem = Some(|rt, p, k, v| {
        let o = unwrap(rt, p)?;
        match v {
            Some(v) => rt.setitem(&o, k, v),
            None => rt.delitem(&o, k),
        }
    });
    s.contains = Some(|rt, p, k| {
        let o = unwrap(rt, p)?;
        rt.contains(&o, k)
    });
    s.next = Some(|rt, p| {
        let o = unwrap(rt, p)?;
        if rt.type_of(&o).data().slots().next.is_none() {
            return Err(rt.type_error(format!(
                "Weakref proxy referenced a non-iterator '{}' object",
                rt.type_name(&o)
            )));
        }
        rt.next(&o)
    });
    s.getattro = Some(|rt, p, name| {
        let o = unwrap(rt, p)?;
        rt.getattr(&o, name)
    });
    s.setattro = Some(|rt, p, name, v| {
        let o = unwrap(rt, p)?;
        rt.setattr(&o, name, v)
    });
}

fn proxy_repr(rt: &Runtime, p: &Value) -> PyResult<Value> {
    // A dead proxy shows None as its referent, as CPython 3.11 does.
    let o = weakref_data(rt, p)
        .and_then(WeakRefData::get)
        .unwrap_or_else(|| rt.none());
    let s = format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        p.bits(),
        rt.type_of(&o).data().full_name(),
        o.bits()
    );
    rt.new_str(&s)
}

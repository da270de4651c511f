//! Iterators over the sequence protocol (`__getitem__` with 0, 1, 2, ...) and the read-only
//! mapping proxy that `type.__dict__` returns.

use alloc::format;
use core::cell::Cell;

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::value::Value;
use crate::runtime::Runtime;

pub struct SeqIterData {
    pub seq: core::cell::UnsafeCell<Option<Value>>,
    pub index: Cell<usize>,
}

impl Payload for SeqIterData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = unsafe { &*self.seq.get() } {
            visit(s);
        }
    }
    fn clear(&self) {
        let s = unsafe { (*self.seq.get()).take() };
        drop(s);
    }
}

pub fn new_seq_iterator(rt: &Runtime, seq: Value) -> PyResult<Value> {
    let data = SeqIterData {
        seq: core::cell::UnsafeCell::new(Some(seq)),
        index: Cell::new(0),
    };
    unsafe { alloc_object(rt, rt.types().seq_iterator.0, data) }.ok_or_else(|| rt.memory_error())
}

pub fn seq_iter_next(rt: &Runtime, it: &Value) -> PyResult<Option<Value>> {
    let d = unsafe { it.heap().unwrap_unchecked().payload::<SeqIterData>() };
    let Some(seq) = (unsafe { (*d.seq.get()).clone() }) else {
        return Ok(None);
    };
    let i = d.index.get();
    let key = rt.new_int(i as i64)?;
    match rt.getitem(&seq, &key) {
        Ok(v) => {
            d.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e)
            if rt.err_matches(&e, rt.exc().index_error)
                || rt.err_matches(&e, rt.exc().stop_iteration) =>
        {
            let s = unsafe { (*d.seq.get()).take() };
            drop(s);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

pub fn init_seq_iterator(_rt: &Runtime, ty: super::typeobj::TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
    s.next = Some(seq_iter_next);
}

/// A read-only view of a mapping.
pub struct MappingProxyData {
    pub mapping: Value,
}

impl Payload for MappingProxyData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
}

pub fn new_mappingproxy(rt: &Runtime, mapping: Value) -> PyResult<Value> {
    unsafe { alloc_object(rt, rt.types().mappingproxy.0, MappingProxyData { mapping }) }
        .ok_or_else(|| rt.memory_error())
}

/// `mappingproxy(mapping)`: any mapping but a list or tuple (CPython's check).
fn mappingproxy_new(rt: &Runtime, _cls: &Value, a: super::args::Args<'_>) -> PyResult<Value> {
    let [m] = a.bind(
        rt,
        &super::args::Signature {
            fname: "mappingproxy",
            names: ["mapping"],
            posonly: 0,
            required: 1,
            kwonly: 1,
        },
    )?;
    let m = m.ok_or_else(|| rt.memory_error())?;
    let t = rt.type_of(&m);
    if t.data().slots().getitem.is_none()
        || rt.isinstance_type(&m, rt.types().list)
        || rt.isinstance_type(&m, rt.types().tuple)
    {
        return Err(rt.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            t.data().name()
        )));
    }
    new_mappingproxy(rt, m)
}

pub fn init_mappingproxy(rt: &Runtime, ty: super::typeobj::TypeRef) {
    fn inner(v: &Value) -> &Value {
        &unsafe { v.heap().unwrap_unchecked().payload::<MappingProxyData>() }.mapping
    }
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(mappingproxy_new);
    s.repr = Some(|rt, v| {
        let r = rt.repr_string(inner(v))?;
        rt.new_str(&alloc::format!("mappingproxy({r})"))
    });
    s.str = Some(|rt, v| rt.str(inner(v)));
    s.richcompare = Some(|rt, a, b, op| {
        // Only the proxy on the left is unwrapped; the other side compares as itself.
        if rt.type_of(a) != rt.types().mappingproxy {
            return Ok(rt.not_implemented());
        }
        rt.rich_compare(inner(a), b, op)
    });
    s.getitem = Some(|rt, v, k| rt.getitem(inner(v), k));
    s.len = Some(|rt, v| rt.len(inner(v)));
    s.contains = Some(|rt, v, k| rt.contains(inner(v), k));
    s.iter = Some(|rt, v| rt.iter(inner(v)));
    s.new = Some(mappingproxy_new);
    s.repr = Some(|rt, v| {
        let r = rt.with_recursion_guard(" while getting the repr of an object", || {
            rt.repr_string(inner(v))
        })?;
        rt.new_str(&format!("mappingproxy({r})"))
    });
    s.hash = None;
    ty.data()
        .flags
        .set(ty.data().flags.get() | super::typeobj::flags::UNHASHABLE);
    s.str = Some(|rt, v| rt.str(inner(v)));
    s.richcompare = Some(|rt, a, b, op| {
        let a = if rt.type_of(a) == rt.types().mappingproxy {
            inner(a)
        } else {
            a
        };
        rt.rich_compare(a, b, op)
    });
    // `proxy | d` and `d | proxy` work on the wrapped mappings; `|=` is refused.
    s.binary[super::typeobj::BinOp::Or as usize] = Some(|rt, a, b| {
        let un = |v: &Value| {
            if rt.type_of(v) == rt.types().mappingproxy {
                inner(v).clone()
            } else {
                v.clone()
            }
        };
        rt.binary_op(&un(a), &un(b), super::typeobj::BinOp::Or)
    });
    s.inplace[super::typeobj::BinOp::Or as usize] = Some(|rt, _, _| {
        Err(rt.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
    });
    // The read-only mapping methods forward to the wrapped mapping.
    fn forward(rt: &Runtime, a: super::args::Args<'_>, name: &str) -> PyResult<Value> {
        let m = rt.getattr_str(inner(&a.all[0]), name)?;
        rt.call(&m, super::args::Args::new(&a.all[1..], a.kwnames))
    }
    rt.add_methods(
        ty,
        &[
            super::descr::MethodDef::method("keys", |rt, a| forward(rt, a, "keys")),
            super::descr::MethodDef::method("values", |rt, a| forward(rt, a, "values")),
            super::descr::MethodDef::method("items", |rt, a| forward(rt, a, "items")),
            super::descr::MethodDef::method("get", |rt, a| forward(rt, a, "get")),
            super::descr::MethodDef::method("copy", |rt, a| forward(rt, a, "copy")),
            super::descr::MethodDef::method("__reversed__", |rt, a| forward(rt, a, "__reversed__")),
        ],
    );
}

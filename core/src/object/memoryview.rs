//! `memoryview`: a one-dimensional, unsigned-byte (`format 'B'`) view of a `bytes` or
//! `bytearray`, possibly strided by slicing. Reads copy out the selected bytes; writes go
//! through to a `bytearray`. Multi-dimensional views and `cast` are not supported.

use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::{GetSetDef, readonly_member};
use super::header::{Payload, alloc_object, traverse_object};
use super::typeobj::{CmpOp, TypeRef};
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

pub struct MemoryViewData {
    /// The exporting object; `None` once released.
    obj: UnsafeCell<Option<Value>>,
    /// First byte, distance between bytes, and how many bytes the view covers.
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
    released: Cell<bool>,
}

impl Payload for MemoryViewData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(o) = unsafe { &*self.obj.get() } {
            visit(o);
        }
    }
    fn clear(&self) {
        let o = unsafe { (*self.obj.get()).take() };
        drop(o);
    }
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<MemoryViewData>("memoryview", init)
}

/// The view's payload, when `v` is a memoryview.
pub fn memoryview_data(v: &Value) -> Option<&MemoryViewData> {
    let h = v.heap()?;
    // The type's traverse function identifies the payload (the type itself is made lazily).
    let tr = h.type_data().layout.traverse as *const () as usize;
    let ours = traverse_object::<MemoryViewData> as *const () as usize;
    (tr == ours).then(|| unsafe { h.payload() })
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a MemoryViewData> {
    let d = memoryview_data(v)
        .ok_or_else(|| rt.type_error("descriptor requires a 'memoryview' object"))?;
    if d.released.get() {
        return Err(rt.value_error("operation forbidden on released memoryview object"));
    }
    Ok(d)
}

impl MemoryViewData {
    fn obj(&self) -> Option<Value> {
        unsafe { (*self.obj.get()).clone() }
    }
    /// Index into the underlying buffer of the view's `i`-th byte.
    fn at(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }
    /// The bytes the view selects, copied out.
    pub fn to_vec(&self, rt: &Runtime) -> Vec<u8> {
        let Some(o) = self.obj() else {
            return Vec::new();
        };
        let all: Vec<u8> = if let Some(b) = rt.bytes_of(&o) {
            b.to_vec()
        } else if let Some(b) = rt.bytearray_data(&o) {
            b.to_vec()
        } else {
            Vec::new()
        };
        (0..self.len)
            .filter_map(|i| all.get(self.at(i)).copied())
            .collect()
    }
}

fn new_view(rt: &Runtime, obj: Value, start: usize, step: isize, len: usize) -> PyResult<Value> {
    let readonly = rt.bytearray_data(&obj).is_none();
    let ty = crate::modules::native_type::native_type(rt, "memoryview", spec)?;
    let d = MemoryViewData {
        obj: UnsafeCell::new(Some(obj)),
        start,
        step,
        len,
        readonly,
        released: Cell::new(false),
    };
    unsafe { alloc_object(rt, ty.0, d) }.ok_or_else(|| rt.memory_error())
}

/// `memoryview(obj)`.
fn mv_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let sig = super::args::Signature {
        fname: "memoryview",
        names: ["object"],
        posonly: 0,
        required: 1,
        kwonly: 1,
    };
    let [Some(obj)] = sig.bind(rt, args)? else {
        return Err(rt.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(d) = memoryview_data(&obj) {
        let d = data(rt, &obj).map(|_| d)?;
        let base = d
            .obj()
            .ok_or_else(|| rt.value_error("released memoryview"))?;
        return new_view(rt, base, d.start, d.step, d.len);
    }
    let len = if let Some(b) = rt.bytes_of(&obj) {
        b.len()
    } else if let Some(b) = rt.bytearray_data(&obj) {
        b.len()
    } else {
        return Err(rt.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            rt.type_name(&obj)
        )));
    };
    new_view(rt, obj, 0, 1, len)
}

fn mv_getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let d = data(rt, v)?;
    if rt.slice_data(key).is_some() {
        let (start, _, step, n) = super::slice::slice_indices(rt, key, d.len)?;
        let first = if n == 0 {
            d.start
        } else {
            d.at(start as usize)
        };
        let base = d.obj().ok_or_else(|| rt.memory_error())?;
        return new_view(rt, base, first, d.step * step, n);
    }
    let i = index_of(rt, d, key)?;
    let bytes = d.to_vec(rt);
    rt.new_int(i64::from(bytes.get(i).copied().unwrap_or(0)))
}

fn index_of(rt: &Runtime, d: &MemoryViewData, key: &Value) -> PyResult<usize> {
    if rt.type_of(key).data().slots().index.is_none() && rt.int_ref(key).is_none() {
        return Err(rt.type_error("memoryview: invalid slice key"));
    }
    let i = rt.index_isize(key)?;
    let j = if i < 0 { i + d.len as isize } else { i };
    if j < 0 || j as usize >= d.len {
        return Err(rt.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn mv_setitem(rt: &Runtime, v: &Value, key: &Value, val: Option<&Value>) -> PyResult<()> {
    let d = data(rt, v)?;
    if d.readonly {
        return Err(rt.type_error("cannot modify read-only memory"));
    }
    let Some(val) = val else {
        return Err(rt.type_error("cannot delete memory"));
    };
    let base = d.obj().ok_or_else(|| rt.memory_error())?;
    let ba = rt
        .bytearray_data(&base)
        .ok_or_else(|| rt.type_error("cannot modify read-only memory"))?;
    if rt.slice_data(key).is_some() {
        let (start, _, step, n) = super::slice::slice_indices(rt, key, d.len)?;
        let src = match memoryview_data(val) {
            Some(m) => data(rt, val).map(|_| m.to_vec(rt))?,
            None => super::bytes::buffer_of(rt, val)
                .map(|c| c.into_owned())
                .ok_or_else(|| {
                    rt.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        rt.type_name(val)
                    ))
                })?,
        };
        if src.len() != n {
            return Err(rt.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, b) in src.iter().enumerate() {
            ba.set_byte(d.at((start + k as isize * step) as usize), *b);
        }
        return Ok(());
    }
    let i = index_of(rt, d, key)?;
    let b = rt.index_isize(val)?;
    let b =
        u8::try_from(b).map_err(|_| rt.value_error("memoryview: invalid value for format 'B'"))?;
    ba.set_byte(d.at(i), b);
    Ok(())
}

fn mv_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt.not_implemented());
    }
    let Some(da) = memoryview_data(a) else {
        return Ok(rt.not_implemented());
    };
    if da.released.get() {
        return Ok(rt.bool_value(a.is(b) == (op == CmpOp::Eq)));
    }
    let other = match memoryview_data(b) {
        Some(db) if !db.released.get() => Some(db.to_vec(rt)),
        Some(_) => None,
        None => super::bytes::buffer_of(rt, b).map(|c| c.into_owned()),
    };
    let Some(other) = other else {
        return Ok(rt.not_implemented());
    };
    let eq = da.to_vec(rt) == other;
    Ok(rt.bool_value(eq == (op == CmpOp::Eq)))
}

fn self_arg<'a>(rt: &Runtime, a: &'a Args<'_>, name: &str) -> PyResult<&'a MemoryViewData> {
    let v = a.pos();
    if v.len() != 1 || !a.kwnames.is_empty() {
        return Err(rt.type_error(format!(
            "memoryview.{name}() takes no arguments ({} given)",
            v.len().saturating_sub(1)
        )));
    }
    data(rt, &v[0])
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(mv_new);
    s.len = Some(|rt, v| Ok(data(rt, v)?.len));
    s.getitem = Some(mv_getitem);
    s.setitem = Some(mv_setitem);
    s.richcompare = Some(mv_richcompare);
    s.iter = Some(|rt, v| {
        let items = data(rt, v)?
            .to_vec(rt)
            .into_iter()
            .map(|b| rt.new_int(i64::from(b)))
            .collect::<PyResult<Vec<Value>>>()?;
        let l = rt.new_list(items)?;
        rt.iter(&l)
    });
    s.repr = Some(|rt, v| {
        let what = match memoryview_data(v) {
            Some(d) if d.released.get() => "released memory",
            _ => "memory",
        };
        rt.new_str(&format!("<{what} at {:#x}>", v.bits()))
    });
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "obj",
                get: |rt, v| data(rt, v)?.obj().ok_or_else(|| rt.memory_error()),
                set: Some(readonly_member),
            },
            GetSetDef {
                name: "nbytes",
                get: |rt, v| rt.new_int(data(rt, v)?.len as i64),
                set: Some(readonly_member),
            },
            GetSetDef {
                name: "readonly",
                get: |rt, v| Ok(rt.bool_value(data(rt, v)?.readonly)),
                set: Some(readonly_member),
            },
            GetSetDef {
                name: "itemsize",
                get: |rt, v| data(rt, v).and_then(|_| rt.new_int(1)),
                set: Some(readonly_member),
            },
            GetSetDef {
                name: "ndim",
                get: |rt, v| data(rt, v).and_then(|_| rt.new_int(1)),
                set: Some(readonly_member),
            },
            GetSetDef {
                name: "format",
                get: |rt, v| data(rt, v).and_then(|_| rt.new_str("B")),
                set: Some(readonly_member),
            },
        ],
    );
    rt.add_methods(
        ty,
        &[
            MethodDef::method("tobytes", |rt, a| {
                let b = self_arg(rt, &a, "tobytes")?.to_vec(rt);
                rt.new_bytes(&b)
            }),
            MethodDef::method("tolist", |rt, a| {
                let items = self_arg(rt, &a, "tolist")?
                    .to_vec(rt)
                    .into_iter()
                    .map(|b| rt.new_int(i64::from(b)))
                    .collect::<PyResult<Vec<Value>>>()?;
                rt.new_list(items)
            }),
            MethodDef::method("hex", |rt, a| {
                let b = self_arg(rt, &a, "hex")?.to_vec(rt);
                let mut s = alloc::string::String::with_capacity(b.len() * 2);
                for x in b {
                    s.push_str(&format!("{x:02x}"));
                }
                rt.new_str(&s)
            }),
            MethodDef::method("release", |rt, a| {
                let v = a.pos();
                let d = v
                    .first()
                    .and_then(memoryview_data)
                    .ok_or_else(|| rt.type_error("memoryview.release() takes no arguments"))?;
                d.released.set(true);
                let o = unsafe { (*d.obj.get()).take() };
                drop(o);
                Ok(rt.none())
            }),
            MethodDef::method("__enter__", |rt, a| {
                self_arg(rt, &a, "__enter__")?;
                Ok(a.pos()[0].clone())
            }),
            MethodDef::method("__exit__", |rt, a| {
                if let Some(d) = a.pos().first().and_then(memoryview_data) {
                    d.released.set(true);
                    let o = unsafe { (*d.obj.get()).take() };
                    drop(o);
                }
                Ok(rt.none())
            }),
        ],
    );
}

/// The `memoryview` type (made on first use), for the builtins module.
pub fn memoryview_type(rt: &Runtime) -> PyResult<Value> {
    Ok(crate::modules::native_type::native_type(rt, "memoryview", spec)?.value())
}

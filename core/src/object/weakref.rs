//! Weak references (`weakref.ref`), their callbacks, and the per-runtime table of weakref lists.
//!
//! An object pays nothing until it is weakly referenced: then the `HAS_WEAKREFS` header bit is
//! set and its list lives in `WeakTable`, keyed by address. A weakref's referent pointer does
//! not own a reference; it is cleared when the referent dies:
//! - by reference count (`clear_weakrefs`, from `Runtime::destroy`, after `__del__` ran): every
//!   weakref is cleared, then the callbacks run, in list order;
//! - as cyclic garbage (`WeakTable::clear_for_garbage`, from the collector, BEFORE finalizers
//!   run, as CPython 3.11's `handle_weakrefs`): weakrefs are cleared; callbacks run only for
//!   weakrefs that are not garbage themselves.
//!
//! List order follows CPython: the shared callback-less `ref` first, then the shared
//! callback-less proxy, then other weakrefs newest first (so callbacks run newest first).
//! Proxies (`weakref.proxy`) live in `weakref/proxy.rs`.

mod proxy;

use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};
use core::ptr::NonNull;

use hashbrown::HashMap;

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{ObjHeader, Payload, PyObj, alloc_object};
use super::typeobj::{CmpOp, TypeRef, flags};
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

pub use proxy::{callable_proxy_spec, proxy_spec, weakref_proxy};

/// Bytes accounted to the heap per registered weak reference (its table entry).
const ENTRY_BYTES: usize = 2 * size_of::<usize>();

/// The payload of `weakref.ref`, `ProxyType` and `CallableProxyType` objects.
#[derive(Default)]
pub struct WeakRefData {
    /// The referent; not an owned reference. `None` once it died.
    referent: Cell<Option<NonNull<ObjHeader>>>,
    callback: UnsafeCell<Option<Value>>,
    /// The referent's hash once computed (-1: not yet).
    hash: Cell<i64>,
    /// The runtime whose table lists this weakref (null until registered).
    rt: Cell<*const Runtime>,
}

impl WeakRefData {
    /// The referent, if still alive.
    pub fn get(&self) -> Option<Value> {
        let p = self.referent.get()?;
        // A referent whose count is 0 is being freed right now.
        if unsafe { p.as_ref() }.refcount() == 0 && !unsafe { p.as_ref() }.is_immortal() {
            return None;
        }
        Some(unsafe { Value::from_header(p) })
    }
    pub fn callback(&self) -> Option<Value> {
        unsafe { (*self.callback.get()).clone() }
    }
    fn header(&self) -> NonNull<ObjHeader> {
        // Every layout with this payload (`PyObj<WeakRefData>`, subclass instances) starts
        // with the header followed by the payload.
        let off = core::mem::offset_of!(PyObj<WeakRefData>, data);
        unsafe { NonNull::new_unchecked((self as *const Self as *mut u8).sub(off) as *mut _) }
    }
    /// Unregisters from the referent's list and drops the callback.
    fn detach(&self) {
        if let Some(obj) = self.referent.take() {
            let rt = self.rt.get();
            if !rt.is_null() {
                unsafe { (*rt).gc().weakrefs.remove(&*rt, obj, self) };
            }
        }
        let cb = unsafe { (*self.callback.get()).take() };
        drop(cb);
    }
}

impl Payload for WeakRefData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(cb) = unsafe { &*self.callback.get() } {
            visit(cb);
        }
    }
    fn clear(&self) {
        self.detach();
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        self.detach();
    }
}

/// The weakref lists of one runtime, by referent address.
#[derive(Default)]
pub struct WeakTable {
    lists: UnsafeCell<HashMap<usize, Vec<*const WeakRefData>>>,
}

impl WeakTable {
    #[allow(clippy::mut_from_ref)]
    fn lists(&self) -> &mut HashMap<usize, Vec<*const WeakRefData>> {
        // SAFETY: borrows never outlive a method of this type, which never call out.
        unsafe { &mut *self.lists.get() }
    }

    fn list(&self, obj: NonNull<ObjHeader>) -> Vec<*const WeakRefData> {
        self.lists()
            .get(&(obj.as_ptr() as usize))
            .cloned()
            .unwrap_or_default()
    }

    /// Registers `wr`: at the front when it is the shared `ref`, after the shared entries
    /// otherwise.
    fn insert(&self, obj: NonNull<ObjHeader>, wr: *const WeakRefData, at: usize) {
        let list = self.lists().entry(obj.as_ptr() as usize).or_default();
        list.insert(at.min(list.len()), wr);
        unsafe { obj.as_ref() }.set_has_weakrefs(true);
    }

    fn remove(&self, rt: &Runtime, obj: NonNull<ObjHeader>, wr: *const WeakRefData) {
        let key = obj.as_ptr() as usize;
        let Some(list) = self.lists().get_mut(&key) else {
            return;
        };
        let before = list.len();
        list.retain(|p| *p != wr);
        let removed = before - list.len();
        if list.is_empty() {
            self.lists().remove(&key);
            unsafe { obj.as_ref() }.set_has_weakrefs(false);
        }
        rt.heap().shrink(removed * ENTRY_BYTES);
    }

    /// Takes the whole list of a dying object, clearing every weakref's referent.
    fn take_all(&self, rt: &Runtime, obj: NonNull<ObjHeader>) -> Vec<*const WeakRefData> {
        let list = self
            .lists()
            .remove(&(obj.as_ptr() as usize))
            .unwrap_or_default();
        unsafe { obj.as_ref() }.set_has_weakrefs(false);
        rt.heap().shrink(list.len() * ENTRY_BYTES);
        for wr in list.iter() {
            unsafe { (**wr).referent.set(None) };
        }
        list
    }

    /// Whether any weakref to `obj` has a callback.
    pub fn has_callbacks(&self, obj: NonNull<ObjHeader>) -> bool {
        self.lists().get(&(obj.as_ptr() as usize)).is_some_and(|l| {
            l.iter()
                .any(|w| unsafe { (*(**w).callback.get()).is_some() })
        })
    }

    /// Number of weak references to `obj`.
    pub fn count(&self, obj: NonNull<ObjHeader>) -> usize {
        self.lists()
            .get(&(obj.as_ptr() as usize))
            .map_or(0, |l| l.len())
    }

    /// The collector's step before finalizers: clears every weakref to the garbage and returns
    /// the (callback, weakref) pairs to call, skipping weakrefs that are garbage themselves.
    pub(crate) fn clear_for_garbage(
        &self,
        rt: &Runtime,
        garbage: &[Value],
        is_garbage: impl Fn(NonNull<ObjHeader>) -> bool,
    ) -> Vec<(Value, Value)> {
        let mut calls = Vec::new();
        for v in garbage {
            let Some(h) = v.heap() else { continue };
            if !h.has_weakrefs() {
                continue;
            }
            for wr in self.take_all(rt, NonNull::from(h)) {
                let wr = unsafe { &*wr };
                let cb = unsafe { (*wr.callback.get()).take() };
                let hp = wr.header();
                if let Some(cb) = cb
                    && unsafe { hp.as_ref() }.refcount() > 0
                    && !is_garbage(hp)
                {
                    calls.push((cb, unsafe { Value::from_header(hp) }));
                }
            }
        }
        calls
    }
}

/// Called as an object dies by reference count (after its finalizer): clears every weak
/// reference to it, then runs their callbacks.
pub fn clear_weakrefs(rt: &Runtime, obj: NonNull<ObjHeader>) {
    let list = rt.gc().weakrefs.take_all(rt, obj);
    let mut calls = Vec::new();
    for wr in list {
        let wr = unsafe { &*wr };
        let cb = unsafe { (*wr.callback.get()).take() };
        let hp = wr.header();
        // A weakref whose own count is 0 is dying too: no callback (as CPython).
        if let Some(cb) = cb
            && unsafe { hp.as_ref() }.refcount() > 0
        {
            calls.push((cb, unsafe { Value::from_header(hp) }));
        }
    }
    for (cb, wr) in calls {
        rt.gc().run_or_defer_callback(rt, cb, wr);
    }
}

/// The weakref payload of `v`, if `v` is a weakref or proxy (or a subclass instance).
pub fn weakref_data<'a>(rt: &Runtime, v: &'a Value) -> Option<&'a WeakRefData> {
    let h = v.heap()?;
    let t = rt.types();
    let ty = TypeRef(h.type_ptr());
    if ty == t.weakproxy || ty == t.weakcallableproxy || rt.is_subtype(ty, t.weakref) {
        Some(unsafe { h.payload::<WeakRefData>() })
    } else {
        None
    }
}

/// Makes a weak reference of type `ty` (ref, a ref subclass, or a proxy type) to `obj`.
/// Callback-less `ref`s and proxies of the exact built-in types are shared, as in CPython.
pub(crate) fn make_weakref(
    rt: &Runtime,
    ty: TypeRef,
    obj: &Value,
    callback: Option<Value>,
) -> PyResult<Value> {
    let oty = rt.type_of(obj);
    let Some(target) = obj
        .header_ptr()
        .filter(|_| oty.data().has_flag(flags::WEAKREFABLE))
    else {
        return Err(rt.type_error(format!(
            "cannot create weak reference to '{}' object",
            oty.data().full_name()
        )));
    };
    let callback = callback.filter(|c| !rt.is_none(c));
    let t = rt.types();
    let shared =
        callback.is_none() && (ty == t.weakref || ty == t.weakproxy || ty == t.weakcallableproxy);
    let table = &rt.gc().weakrefs;
    let list = table.list(target);
    let is_proxy = |t2: TypeRef| t2 == t.weakproxy || t2 == t.weakcallableproxy;
    // Shared entries lead the list: the callback-less ref, then the callback-less proxy.
    let entry = |i: usize| {
        list.get(i).map(|w| {
            let w = unsafe { &**w };
            let hp = w.header();
            (
                hp,
                TypeRef(unsafe { hp.as_ref() }.type_ptr()),
                w.callback().is_none(),
            )
        })
    };
    let shared_ref = entry(0).filter(|(_, wt, nocb)| *nocb && *wt == t.weakref);
    let pi = shared_ref.is_some() as usize;
    let shared_proxy = entry(pi).filter(|(_, wt, nocb)| *nocb && is_proxy(*wt));
    let lead = pi + shared_proxy.is_some() as usize;
    if shared {
        let found = if ty == t.weakref {
            shared_ref
        } else {
            shared_proxy
        };
        if let Some((hp, _, _)) = found {
            return Ok(unsafe { Value::from_header(hp) });
        }
    }
    let at = match (shared, ty == t.weakref) {
        (true, true) => 0,
        (true, false) => pi,
        _ => lead,
    };
    if !rt.heap().grow(ENTRY_BYTES) {
        return Err(rt.memory_error());
    }
    let made = if ty == t.weakref || ty == t.weakproxy || ty == t.weakcallableproxy {
        unsafe { alloc_object(rt, ty.0, WeakRefData::default()) }.ok_or_else(|| rt.memory_error())
    } else {
        super::object_type::alloc_instance(rt, ty)
    };
    let v = match made {
        Ok(v) => v,
        Err(e) => {
            rt.heap().shrink(ENTRY_BYTES);
            return Err(e);
        }
    };
    let Some(data) = weakref_data(rt, &v) else {
        rt.heap().shrink(ENTRY_BYTES);
        return Err(rt.type_error("weak reference type without weakref layout"));
    };
    data.referent.set(Some(target));
    data.hash.set(-1);
    data.rt.set(rt as *const Runtime);
    unsafe { *data.callback.get() = callback };
    table.insert(target, data as *const WeakRefData, at);
    Ok(v)
}

impl Runtime {
    /// `weakref.ref(obj, callback)`.
    pub fn new_weakref(&self, obj: &Value, callback: Option<Value>) -> PyResult<Value> {
        make_weakref(self, self.types().weakref, obj, callback)
    }
    /// `weakref.getweakrefcount(obj)`.
    pub fn weakref_count(&self, obj: &Value) -> usize {
        match obj.heap() {
            Some(h) if h.has_weakrefs() => self.gc().weakrefs.count(NonNull::from(h)),
            _ => 0,
        }
    }
    /// `weakref.getweakrefs(obj)`.
    pub fn weakrefs_of(&self, obj: &Value) -> Vec<Value> {
        let Some(h) = obj.heap().filter(|h| h.has_weakrefs()) else {
            return Vec::new();
        };
        self.gc()
            .weakrefs
            .list(NonNull::from(h))
            .into_iter()
            .map(|w| unsafe { Value::from_header((*w).header()) })
            .collect()
    }
}

/// `weakref.getweakrefcount(obj)` as a native function (for the `_weakref` module).
pub fn weakref_getweakrefcount(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "getweakrefcount")?;
    match args.pos() {
        [obj] => rt.new_int(rt.weakref_count(obj) as i64),
        a => Err(rt.type_error(format!(
            "_weakref.getweakrefcount() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

/// `weakref.getweakrefs(obj)` as a native function (for the `_weakref` module).
pub fn weakref_getweakrefs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "getweakrefs")?;
    match args.pos() {
        [obj] => rt.new_list(rt.weakrefs_of(obj)),
        a => Err(rt.type_error(format!(
            "_weakref.getweakrefs() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

fn reference_error(rt: &Runtime) -> super::error::PyErr {
    rt.new_error(
        rt.exc().reference_error,
        "weakly-referenced object no longer exists",
    )
}

pub fn spec() -> TypeSpec {
    TypeSpec::base::<WeakRefData>("weakref.ReferenceType", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    // `__qualname__` has no module prefix (the repr adds `__module__`).
    ty.data().set_qualname(ty.data().name());
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(ref_new);
    s.init = Some(|_, _, _| Ok(()));
    s.call = Some(ref_call);
    s.hash = Some(ref_hash);
    s.richcompare = Some(ref_richcompare);
    s.repr = Some(ref_repr);
    rt.add_getsets(
        ty,
        &[GetSetDef {
            name: "__callback__",
            get: |rt, v| {
                Ok(weakref_data(rt, v)
                    .and_then(|d| d.callback())
                    .unwrap_or_else(|| rt.none()))
            },
            set: None,
        }],
    );
}

fn ref_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("weakref.__new__(X): X is not a type object"))?;
    args.no_kwargs(rt, "ref")?;
    let pos = args.pos();
    match pos.len() {
        0 => Err(rt.type_error("__new__ expected at least 1 argument, got 0")),
        1 | 2 => make_weakref(rt, ty, &pos[0], pos.get(1).cloned()),
        n => Err(rt.type_error(format!("__new__ expected at most 2 arguments, got {n}"))),
    }
}

fn ref_call(rt: &Runtime, this: &Value, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "weakref")?;
    if !args.all.is_empty() {
        return Err(rt.type_error(format!(
            "weakref() takes exactly 0 arguments ({} given)",
            args.all.len()
        )));
    }
    Ok(weakref_data(rt, this)
        .and_then(|d| d.get())
        .unwrap_or_else(|| rt.none()))
}

fn ref_hash(rt: &Runtime, this: &Value) -> PyResult<i64> {
    let d = weakref_data(rt, this).ok_or_else(|| rt.type_error("expected a weakref"))?;
    if d.hash.get() != -1 {
        return Ok(d.hash.get());
    }
    let Some(obj) = d.get() else {
        return Err(rt.type_error("weak object has gone away"));
    };
    let h = rt.hash(&obj)?;
    d.hash.set(h);
    Ok(h)
}

fn ref_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let wr = rt.types().weakref;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne)
        || !rt.isinstance_type(a, wr)
        || !rt.isinstance_type(b, wr)
    {
        return Ok(rt.not_implemented());
    }
    let (Some(da), Some(db)) = (weakref_data(rt, a), weakref_data(rt, b)) else {
        return Ok(rt.not_implemented());
    };
    match (da.get(), db.get()) {
        (Some(x), Some(y)) => rt.rich_compare(&x, &y, op),
        _ => Ok(rt.bool_value(a.is(b) == (op == CmpOp::Eq))),
    }
}

fn ref_repr(rt: &Runtime, this: &Value) -> PyResult<Value> {
    let Some(obj) = weakref_data(rt, this).and_then(|d| d.get()) else {
        return rt.new_str(&format!("<weakref at {:#x}; dead>", this.bits()));
    };
    let tname = alloc::string::String::from(rt.type_of(&obj).data().full_name());
    let name = match rt.getattr_opt(&obj, "__name__") {
        Ok(Some(n)) => rt.str_of(&n).map(alloc::string::String::from),
        Ok(None) => None,
        Err(e) => return Err(e),
    };
    let s = match name {
        Some(n) => format!(
            "<weakref at {:#x}; to '{tname}' at {:#x} ({n})>",
            this.bits(),
            obj.bits()
        ),
        None => format!(
            "<weakref at {:#x}; to '{tname}' at {:#x}>",
            this.bits(),
            obj.bits()
        ),
    };
    rt.new_str(&s)
}

/// Sets `WEAKREFABLE` on the built-in types whose instances CPython lets you weakly
/// reference (called once by the bootstrap; classes made by `class` statements get the flag
/// from class creation, types made later by their modules set it in their spec).
pub(crate) fn mark_weakrefable_builtins(rt: &Runtime) {
    let t = rt.types();
    for ty in [
        t.type_,
        t.set,
        t.frozenset,
        t.function,
        t.builtin_function,
        t.method,
        t.module,
        t.code,
        t.generator,
        t.coroutine,
        t.async_generator,
    ] {
        ty.data()
            .flags
            .set(ty.data().flags.get() | flags::WEAKREFABLE);
    }
}

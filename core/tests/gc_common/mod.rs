//! Helpers shared by the collector and weakref tests: a class made the way `class` statements
//! will make them (heap type, instance attributes, weak-referenceable), optionally with a
//! native `__del__`, plus per-thread recorders for finalizer calls and stderr output.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};

use copperhead_core::object::header::alloc_object;
use copperhead_core::object::heaptype::inherit_slots;
use copperhead_core::object::instance::SubclassLayout;
use copperhead_core::object::typeobj::{NativeFn, TypeData, TypeRef, flags};
use copperhead_core::{Args, PyResult, Runtime, Value};

thread_local! {
    pub static DELS: Cell<usize> = const { Cell::new(0) };
    pub static STDERR: RefCell<String> = const { RefCell::new(String::new()) };
    /// Objects a finalizer resurrected (raw words owning one reference each).
    pub static SAVED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

pub fn dels() -> usize {
    DELS.with(|d| d.get())
}

/// A heap class `name` deriving from object. `del` becomes its `__del__`.
pub fn class(rt: &Runtime, name: &str, del: Option<NativeFn>) -> Value {
    let dict = rt.new_dict().unwrap();
    let sub = SubclassLayout::of::<()>();
    let mut fl = flags::HEAPTYPE | flags::BASETYPE | flags::HAS_DICT | flags::WEAKREFABLE;
    if del.is_some() {
        fl |= flags::HAS_FINALIZER;
    }
    let data = TypeData::new(rt, name, dict, sub.layout, fl);
    data.subclass.set(Some(sub));
    data.ext_offset.set(sub.ext_offset);
    let ty = unsafe { alloc_object(rt, rt.types().type_.0, data) }.unwrap();
    let tref = TypeRef(ty.header_ptr().unwrap());
    let object = rt.types().object;
    unsafe {
        tref.data().set_hierarchy(
            Some(object.value()),
            vec![object.value()],
            vec![ty.clone(), object.value()],
        )
    };
    inherit_slots(tref);
    rt.type_dict_set(tref, "__module__", rt.new_str("__main__").unwrap());
    if let Some(f) = del {
        rt.type_dict_set(
            tref,
            "__del__",
            rt.new_builtin_function("__del__", f).unwrap(),
        );
    }
    ty
}

pub fn new(rt: &Runtime, cls: &Value) -> Value {
    rt.call(cls, Args::positional(&[])).unwrap()
}

pub fn set(rt: &Runtime, obj: &Value, name: &str, v: &Value) {
    let n = rt.intern(name);
    rt.setattr(obj, &n, Some(v)).unwrap();
}

pub fn get(rt: &Runtime, obj: &Value, name: &str) -> Value {
    rt.getattr_str(obj, name).unwrap()
}

/// `__del__` that only counts.
pub fn counting_del(rt: &Runtime, _args: Args<'_>) -> PyResult<Value> {
    DELS.with(|d| d.set(d.get() + 1));
    Ok(rt.none())
}

/// `__del__` that counts and stores `self` away (resurrection).
pub fn resurrecting_del(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    DELS.with(|d| d.set(d.get() + 1));
    let me = args.all[0].clone();
    SAVED.with(|s| s.borrow_mut().push(me.into_raw()));
    Ok(rt.none())
}

/// `__del__` that raises ZeroDivisionError.
pub fn failing_del(rt: &Runtime, _args: Args<'_>) -> PyResult<Value> {
    DELS.with(|d| d.set(d.get() + 1));
    Err(rt.zero_division_error("division by zero"))
}

/// Takes back what `resurrecting_del` saved.
pub fn take_saved() -> Vec<Value> {
    SAVED.with(|s| {
        s.borrow_mut()
            .drain(..)
            .map(|w| unsafe { Value::from_raw(w) })
            .collect()
    })
}

fn capture(_rt: &Runtime, s: &str) {
    STDERR.with(|e| e.borrow_mut().push_str(s));
}

/// Routes "Exception ignored" reports into `STDERR`.
pub fn capture_stderr(rt: &Runtime) {
    let mut hooks = rt.hooks.get();
    hooks.write_stderr = Some(capture);
    rt.hooks.set(hooks);
}

pub fn take_stderr() -> String {
    STDERR.with(|e| std::mem::take(&mut *e.borrow_mut()))
}

/// A two-list cycle made through the Rust API.
pub fn list_cycle(rt: &Runtime) -> Value {
    let a = rt.new_list(vec![]).unwrap();
    let b = rt.new_list(vec![a.clone()]).unwrap();
    rt.list_data(&a).unwrap().push(b);
    a
}

pub fn push(rt: &Runtime, list: &Value, v: Value) {
    rt.list_data(list).unwrap().push(v);
}

/// `full`, or the smaller `miri` size when running under Miri (which is ~1000x slower).
pub fn n(full: usize, miri: usize) -> usize {
    if cfg!(miri) { miri } else { full }
}

//! `tuple`: an immutable sequence; its hash is computed once and cached.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::Cell;

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::flags;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct TupleData {
    items: Box<[Value]>,
    /// -1 until computed.
    pub hash: Cell<i64>,
}

impl Payload for TupleData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            visit(v);
        }
    }
    fn extra_bytes(&self) -> usize {
        self.items.len() * size_of::<Value>()
    }
    // Tuples are immutable: a cycle through a tuple is broken at a mutable container.
}

impl TupleData {
    pub fn new(items: Box<[Value]>) -> TupleData {
        TupleData {
            items,
            hash: Cell::new(-1),
        }
    }
    #[inline]
    pub fn items(&self) -> &[Value] {
        &self.items
    }
}

impl Runtime {
    pub fn new_tuple(&self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty()
            && let Some(s) = unsafe { (*self.singletons_cell()).as_ref() }
        {
            return Ok(s.empty_tuple.clone());
        }
        let extra = items.len() * size_of::<Value>();
        if !self.heap().grow(extra) {
            return Err(self.memory_error());
        }
        match unsafe {
            alloc_object(
                self,
                self.types().tuple.0,
                TupleData::new(items.into_boxed_slice()),
            )
        } {
            Some(v) => Ok(v),
            None => {
                self.heap().shrink(extra);
                Err(self.memory_error())
            }
        }
    }

    /// The items of a tuple (or tuple subclass) value.
    #[inline]
    pub fn tuple_items<'a>(&self, v: &'a Value) -> Option<&'a [Value]> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::TUPLE_SUBCLASS) {
            Some(unsafe { h.payload::<TupleData>() }.items())
        } else {
            None
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<TupleData>("tuple", init).flags(flags::TUPLE_SUBCLASS)
}

fn init(_rt: &Runtime, ty: super::typeobj::TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.len = Some(|rt, v| Ok(rt.tuple_items(v).map_or(0, |t| t.len())));
}

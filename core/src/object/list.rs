//! `list`: a growable array of values.

use alloc::vec::Vec;
use core::cell::UnsafeCell;

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::flags;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct ListData {
    items: UnsafeCell<Vec<Value>>,
}

impl Payload for ListData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in unsafe { &*self.items.get() } {
            visit(v);
        }
    }
    fn clear(&self) {
        let items = core::mem::take(unsafe { &mut *self.items.get() });
        drop(items);
    }
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: UnsafeCell::new(items),
        }
    }
    /// The items. Do not hold the slice across anything that can run Python code.
    #[inline]
    pub fn items(&self) -> &[Value] {
        unsafe { &*self.items.get() }
    }
    /// Mutable access. The same rule: no Python code may run while the borrow is live; values
    /// removed must be dropped after the borrow ends (a `__del__` may touch the list).
    ///
    /// # Safety
    /// No other borrow of the items may be live.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn items_mut(&self) -> &mut Vec<Value> {
        unsafe { &mut *self.items.get() }
    }
    pub fn len(&self) -> usize {
        self.items().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items().is_empty()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        unsafe { self.items_mut().push(v) }
    }
    /// Replaces the contents, returning the old items to drop outside the borrow.
    pub fn replace(&self, new: Vec<Value>) -> Vec<Value> {
        core::mem::replace(unsafe { self.items_mut() }, new)
    }
}

impl Runtime {
    pub fn new_list(&self, items: Vec<Value>) -> PyResult<Value> {
        unsafe { alloc_object(self, self.types().list.0, ListData::new(items)) }
            .ok_or_else(|| self.memory_error())
    }

    #[inline]
    pub fn list_data<'a>(&self, v: &'a Value) -> Option<&'a ListData> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::LIST_SUBCLASS) {
            Some(unsafe { h.payload::<ListData>() })
        } else {
            None
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<ListData>("list", init)
        .flags(flags::LIST_SUBCLASS | flags::UNHASHABLE)
}

fn init(_rt: &Runtime, ty: super::typeobj::TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.len = Some(|rt, v| Ok(rt.list_data(v).map_or(0, |l| l.len())));
}

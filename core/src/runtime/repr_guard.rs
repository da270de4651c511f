//! CPython's `Py_ReprEnter`/`Py_ReprLeave`: the containers whose repr is being computed right now,
//! so a self-referencing list prints `[...]` instead of recursing forever.

use alloc::vec::Vec;
use core::cell::UnsafeCell;

use crate::object::value::Value;

#[derive(Default)]
pub struct ReprGuard {
    /// Addresses of the objects in progress (a short stack: nesting depth is small).
    active: UnsafeCell<Vec<usize>>,
}

impl ReprGuard {
    pub const fn new() -> ReprGuard {
        ReprGuard {
            active: UnsafeCell::new(Vec::new()),
        }
    }

    /// Marks `v` as in progress; false when it already was (the caller prints `...`).
    pub fn enter(&self, v: &Value) -> bool {
        let a = unsafe { &mut *self.active.get() };
        if a.contains(&v.bits()) {
            return false;
        }
        a.push(v.bits());
        true
    }

    pub fn leave(&self, v: &Value) {
        let a = unsafe { &mut *self.active.get() };
        if let Some(i) = a.iter().rposition(|&x| x == v.bits()) {
            a.remove(i);
        }
    }
}

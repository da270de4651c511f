//! Interned strings: one immortal str object per distinct name, so attribute and global lookups
//! compare names by identity first.

use alloc::boxed::Box;
use core::cell::UnsafeCell;

use hashbrown::HashMap;

use crate::object::value::Value;

pub struct Interned {
    table: UnsafeCell<HashMap<Box<str>, Value>>,
}

impl Interned {
    pub fn new() -> Interned {
        Interned {
            table: UnsafeCell::new(HashMap::new()),
        }
    }

    pub fn get(&self, s: &str) -> Option<Value> {
        unsafe { (*self.table.get()).get(s).cloned() }
    }

    /// Records `v` (an immortal str equal to `s`) as the interned copy.
    pub fn insert(&self, s: &str, v: Value) {
        unsafe { (*self.table.get()).insert(Box::from(s), v) };
    }

    /// Empties the table without releasing the strings (teardown frees them as immortals).
    pub fn forget_all(&self) {
        for (_, v) in unsafe { (*self.table.get()).drain() } {
            core::mem::forget(v);
        }
    }

    pub fn len(&self) -> usize {
        unsafe { (*self.table.get()).len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for Interned {
    fn default() -> Self {
        Self::new()
    }
}

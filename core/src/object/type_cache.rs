//! The attribute cache for lookups along a type's MRO (CPython's method cache).
//!
//! `lookup_name_in_type` walks the MRO and probes each class dict; attribute-heavy code does
//! this for every access that is not specialized. An entry remembers the result for a (type
//! version, name) pair. It stays right without any invalidation step because every change to a
//! class dict, to `__bases__` or to the MRO gives the type and all its subclasses new versions,
//! and versions are never reused: an entry for an old version simply never matches again.
//! The found value is kept borrowed (the class dict of that version holds it). Only interned
//! names are cached: they live (immortal) until the runtime's last teardown step, so the name is
//! kept borrowed too, its address cannot be reused, and entries hold no references at all (a
//! lookup made by a finalizer during teardown leaves nothing to release).

use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::mem::ManuallyDrop;

use super::value::Value;

const SIZE: usize = 2048;

struct Entry {
    version: u32,
    /// The looked-up name's bits (an interned str, borrowed); 0 in an unused entry.
    name: usize,
    /// The result's bits, borrowed; 0 when the lookup found nothing.
    value: usize,
}

#[derive(Default)]
pub struct TypeCache {
    /// Allocated on first use (zeroed pages cost nothing until touched).
    entries: UnsafeCell<Vec<Entry>>,
}

impl TypeCache {
    pub const fn new() -> TypeCache {
        TypeCache {
            entries: UnsafeCell::new(Vec::new()),
        }
    }

    #[inline(always)]
    fn slot(version: u32, name: &Value) -> usize {
        let bits = name.bits();
        ((version as usize).wrapping_mul(0x9e37_79b9) ^ (bits >> 4)) & (SIZE - 1)
    }

    /// The cached result for `name` on a type at `version`: `Some(None)` is a cached miss.
    #[inline]
    pub fn get(&self, version: u32, name: &Value) -> Option<Option<Value>> {
        // SAFETY: no reference into the entries outlives these calls.
        let entries = unsafe { &*self.entries.get() };
        let e = entries.get(Self::slot(version, name))?;
        if e.version != version || e.name != name.bits() {
            return None;
        }
        if e.value == 0 {
            return Some(None);
        }
        // SAFETY: the class dict of this version still holds the value (see the module doc).
        let v = ManuallyDrop::new(unsafe { Value::from_raw(e.value) });
        Some(Some(Value::clone(&v)))
    }

    /// Remembers a lookup's result; `name` must be an interned str.
    pub fn put(&self, version: u32, name: &Value, found: Option<&Value>) {
        let entries = unsafe { &mut *self.entries.get() };
        if entries.is_empty() {
            if entries.try_reserve_exact(SIZE).is_err() {
                return;
            }
            entries.resize_with(SIZE, || Entry {
                version: 0,
                name: 0,
                value: 0,
            });
        }
        let Some(e) = entries.get_mut(Self::slot(version, name)) else {
            return;
        };
        e.version = version;
        e.value = found.map_or(0, |v| v.bits());
        e.name = name.bits();
    }

    /// Releases the table (at teardown).
    pub fn clear(&self) {
        let entries = core::mem::take(unsafe { &mut *self.entries.get() });
        drop(entries);
    }
}

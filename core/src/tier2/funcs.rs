//! Function versions back to code: projection follows a CALL_PY_EXACT_ARGS into its callee,
//! but the CALL's inline cache only names the function version (as CPython's
//! `_PyFunction_LookupByVersion`). The specializer records (version, code) here when it
//! hands a function a version. A version is runtime-unique and a function's version goes
//! back to 0 when its `__code__`, defaults or closure change (it gets a new one), so a
//! version always names the same code: an entry is never stale, at worst overwritten.

use alloc::vec::Vec;

use crate::object::value::Value;
use crate::runtime::Runtime;

/// Entries kept (a direct-mapped table: a collision forgets the older version).
const SLOTS: usize = 256;

#[derive(Default)]
pub struct VersionCache {
    slots: core::cell::UnsafeCell<Vec<Option<(u32, Value)>>>,
}

impl VersionCache {
    /// Drops the code objects kept (runtime teardown).
    pub fn release(&self) {
        let v = unsafe { core::mem::take(&mut *self.slots.get()) };
        drop(v);
    }
}

/// Records that function version `version` runs `code`.
pub fn remember(rt: &Runtime, version: u32, code: &Value) {
    // Nothing is kept once teardown began (the table is released with the builtins).
    if rt.interp.modules_released() {
        return;
    }
    let c = &super::state(rt).versions;
    // SAFETY: no borrow of the table lives across this call (nothing here runs Python code;
    // the replaced code object's drop runs no Python code either).
    let slots = unsafe { &mut *c.slots.get() };
    if slots.is_empty() {
        slots.resize(SLOTS, None);
    }
    let k = version as usize % SLOTS;
    let old = slots[k].replace((version, code.clone()));
    drop(old);
}

/// The code of function version `version`, if still remembered.
pub fn lookup(rt: &Runtime, version: u32) -> Option<Value> {
    let slots = unsafe { &*super::state(rt).versions.slots.get() };
    match slots.get(version as usize % SLOTS)? {
        Some((v, code)) if *v == version && version != 0 => Some(code.clone()),
        _ => None,
    }
}

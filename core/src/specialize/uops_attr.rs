//! The attribute micro-ops beyond the basic LOAD_ATTR / STORE_ATTR forms (part of the one
//! micro-op table: their rows are in `uops.rs`).
//!
//! LOAD_ATTR cache: `[counter, type version (2), index / hint / version (2), object (4)]`;
//! STORE_ATTR cache: `[counter, type version (2), index / hint]`. The object in the cache is
//! borrowed: the class dict holds it, and `_GUARD_TYPE_VERSION` (run first) proves the class
//! dict has not changed since. Forms that call Python code (a property getter, an overridden
//! `__getattribute__`) set up the callee's frame here and end in `_PUSH_FRAME`, as CPython.

#![allow(non_snake_case)]

use super::uops::{Ctx, U};
use crate::interp::frame::Mark;
use crate::object::dict::DictData;
use crate::object::instance::{InstanceExt, ext_at};
use crate::object::object_type::{generic_getattr, generic_setattr, instance_ext, key_bit};
use crate::object::property::PropertyData;
use crate::object::value::Value;
use core::cell::Cell;

use super::uops::guard;

impl Ctx<'_> {
    /// The attribute name of LOAD_ATTR (`oparg >> 1`) or STORE_ATTR (`oparg`).
    #[inline(always)]
    fn attr_name(&self, store: bool) -> &Value {
        let i = if store { self.oparg } else { self.oparg >> 1 };
        unsafe { &*self.r.names.add(i as usize) }
    }
    /// The owner's attribute storage.
    #[inline(always)]
    fn owner_ext(&self) -> Option<&InstanceExt> {
        self.peek(1).and_then(|o| instance_ext(self.rt, o))
    }
    /// Replaces the owner with the attribute (and a NULL for a method load).
    #[inline(always)]
    fn push_attr(&mut self, v: Value) -> U {
        let owner = self.pop();
        self.push(Some(v));
        if self.oparg & 1 != 0 {
            self.push(None);
        }
        drop(owner);
        U::Continue
    }
    /// Rewrites inline cache units `i` and `i + 1` of the current instruction.
    #[inline(always)]
    fn set_cache32(&self, i: usize, v: u32) {
        let at = 2 * (self.r.lasti + 1 + i);
        unsafe {
            core::ptr::write_unaligned(self.r.code.add(at) as *mut u16, v as u16);
            core::ptr::write_unaligned(self.r.code.add(at + 2) as *mut u16, (v >> 16) as u16);
        }
    }
    /// The raw bits of the object kept in units `i..i + 4`.
    #[inline(always)]
    fn cache_bits(&self, i: usize) -> usize {
        (u64::from(self.cache32(i)) | (u64::from(self.cache32(i + 2)) << 32)) as usize
    }
    /// The version of the owner's type (0 for a NULL owner: never a cached version).
    #[inline(always)]
    fn owner_version(&self) -> u32 {
        self.peek(1)
            .map_or(0, |o| self.rt.type_of(o).data().version.get())
    }
    /// Leaves `[func, NULL]` on the stack and the callee's slice for `_PUSH_FRAME`.
    #[inline(always)]
    pub(crate) fn stage_frame(&mut self, func: Value, lp: *mut Option<Value>, mark: Mark) {
        self.push(Some(func));
        self.push(None);
        self.new_frame = Some((lp, mark));
    }
}

/// The frame slice for Python function `f` when it still has version `ver`, takes exactly
/// `n` positional arguments, and one more frame fits under the recursion limit (else the
/// generic instruction raises RecursionError).
#[inline(always)]
pub(crate) fn alloc_exact_frame(
    c: &Ctx,
    f: &Value,
    ver: u32,
    n: usize,
) -> Option<(*mut Option<Value>, Mark)> {
    let fd = c.rt.function_data(f)?;
    if ver == 0 || fd.version.get() != ver {
        return None;
    }
    let cd = c.rt.code_data(unsafe { &*fd.code.get() })?;
    if !super::uops_call::exact_args_shape(cd) || cd.argcount as usize != n {
        return None;
    }
    if c.rt.recursion_depth.get() >= c.rt.recursion_limit.get() {
        return None;
    }
    c.rt.interp
        .data
        .alloc(cd.nlocalsplus as usize + cd.stacksize as usize + 2)
}

/// The `__slots__` storage of an instance of a class with slots (after `_GUARD_TYPE_VERSION`
/// proved its type is the class the specializer saw; a class with only `__slots__` has no
/// `__dict__`, so `instance_ext` does not find it).
#[inline(always)]
fn slot_storage<'a>(c: &Ctx, o: &'a Value) -> Option<&'a InstanceExt> {
    let off = c.rt.type_of(o).data().subclass.get()?.ext_offset;
    Some(unsafe { ext_at(o.heap()?, off) })
}

/// The live entry at `hint` has the key `name` (an interned str, or an equal exact str).
#[inline(always)]
fn key_at(c: &Ctx, d: &DictData, hint: usize, name: &Value) -> Option<Value> {
    let (k, v) = d.entry_at(hint)?;
    (k.is(name) || (c.rt.str_of(&k).is_some() && c.rt.str_of(&k) == c.rt.str_exact(name)))
        .then_some(v)
}

// ---- Polymorphic type guards ----
//
// Attribute sites in a base class's methods see every subclass, each with its own type
// version (richards' tasks). The guards below accept the versions cached at the site; any
// other class is checked for the property the specialized form relies on (the same storage
// for the name, or the same method found), and when it has it, its version is remembered at
// the site. Versions are never reused, so a remembered version keeps proving the property.

/// Whether the owner's class reads attribute `name` from its inline values at `idx`: it has
/// attribute storage and the generic `__getattribute__`/`__setattr__`, its shared keys have
/// `name` at `idx` and no class along the MRO has the name (so no descriptor comes first).
#[inline(always)]
fn values_layout_fits(c: &Ctx, store: bool, idx: usize) -> u32 {
    let Some(o) = c.peek(1) else { return 0 };
    let ty = c.rt.type_of(o);
    let td = ty.data();
    let ver = td.version.get();
    let generic = if store {
        td.slots().setattro.map(|f| f as usize) == Some(generic_setattr as *const () as usize)
    } else {
        td.slots().getattro.map(|f| f as usize) == Some(generic_getattr as *const () as usize)
    };
    let name = c.attr_name(store);
    let fits = ver != 0
        && td.ext_offset.get() != 0
        && generic
        && unsafe { (&*td.shared_keys.get()).get(idx) }.is_some_and(|k| k.is(name))
        && c.rt.lookup_name_in_type(ty, name).is_none();
    if fits { ver } else { 0 }
}

/// LOAD_ATTR_INSTANCE_VALUE's type guard: versions in units 1-2, 5-6 and 7-8, all with the
/// attribute at the index in units 3-4 (a newly fitting class replaces the oldest of the
/// last two).
#[inline(always)]
pub fn _GUARD_TYPE_VERSION_VALUES(c: &mut Ctx) -> U {
    let v = c.owner_version();
    if v == c.cache32(1) || (v != 0 && (v == c.cache32(5) || v == c.cache32(7))) {
        return U::Continue;
    }
    guard!(values_miss(c));
    U::Continue
}

/// Another class at LOAD_ATTR_INSTANCE_VALUE: remembered when it fits.
#[cfg_attr(not(copperhead_stencil), cold, inline(never))]
#[cfg_attr(
    copperhead_stencil,
    inline(always),
    allow(unreachable_code, unused_variables)
)]
fn values_miss(c: &Ctx) -> bool {
    // Stencils exit instead (a JIT miss): tier 1 then runs this and remembers the class.
    #[cfg(copperhead_stencil)]
    return false;
    let v = values_layout_fits(c, false, c.cache32(3) as usize);
    if v != 0 {
        c.set_cache32(7, c.cache32(5));
        c.set_cache32(5, v);
    }
    v != 0
}

/// STORE_ATTR_INSTANCE_VALUE's type guard: the version in units 1-2, replaced by any other
/// class that keeps the name at the same index (unit 3).
#[inline(always)]
pub fn _GUARD_TYPE_VERSION_STORE_VALUES(c: &mut Ctx) -> U {
    let v = c.owner_version();
    if v == c.cache32(1) {
        return U::Continue;
    }
    guard!(store_values_miss(c));
    U::Continue
}

#[cfg_attr(not(copperhead_stencil), cold, inline(never))]
#[cfg_attr(
    copperhead_stencil,
    inline(always),
    allow(unreachable_code, unused_variables)
)]
fn store_values_miss(c: &Ctx) -> bool {
    // Stencils exit instead (a JIT miss): tier 1 then runs this and remembers the class.
    #[cfg(copperhead_stencil)]
    return false;
    let v = values_layout_fits(c, true, usize::from(c.cache16(3)));
    if v != 0 {
        c.set_cache32(1, v);
    }
    v != 0
}

/// Whether the owner's class finds the cached method (units 5-8) for the name, with the
/// generic `__getattribute__` and attribute storage.
#[inline(always)]
fn method_fits(c: &Ctx) -> u32 {
    let Some(o) = c.peek(1) else { return 0 };
    let ty = c.rt.type_of(o);
    let td = ty.data();
    let ver = td.version.get();
    let want = c.cache_bits(5);
    let fits = ver != 0
        && td.ext_offset.get() != 0
        && td.slots().getattro.map(|f| f as usize) == Some(generic_getattr as *const () as usize)
        && c.rt
            .lookup_name_in_type(ty, c.attr_name(false))
            .is_some_and(|m| m.bits() == want);
    if fits { ver } else { 0 }
}

/// LOAD_ATTR_METHOD_WITH_VALUES's type guard: versions in units 1-2 and 3-4 (the second
/// replaced by any other class that finds the same method).
#[inline(always)]
pub fn _GUARD_TYPE_VERSION_METHOD(c: &mut Ctx) -> U {
    let v = c.owner_version();
    if v == c.cache32(1) || (v != 0 && v == c.cache32(3)) {
        return U::Continue;
    }
    guard!(method_miss(c));
    U::Continue
}

#[cfg_attr(not(copperhead_stencil), cold, inline(never))]
#[cfg_attr(
    copperhead_stencil,
    inline(always),
    allow(unreachable_code, unused_variables)
)]
fn method_miss(c: &Ctx) -> bool {
    // Stencils exit instead (a JIT miss): tier 1 then runs this and remembers the class.
    #[cfg(copperhead_stencil)]
    return false;
    let v = method_fits(c);
    if v != 0 {
        c.set_cache32(3, v);
    }
    v != 0
}

/// The method's name (interned: the specializer checked) is not one of the class's shared
/// instance keys, so no instance value shadows it; the mask rules out almost every name.
#[inline(always)]
pub fn _GUARD_NOT_SHARED_KEY(c: &mut Ctx) -> U {
    let name = c.attr_name(false);
    let Some(o) = c.peek(1) else { return U::Deopt };
    let td = c.rt.type_of(o).data();
    if td.shared_keys_mask.get() & key_bit(name) != 0 && !known_absent(td, name) {
        guard!(not_shared_key(c, td, name));
    }
    U::Continue
}

/// The entry of `td.absent_names` for `name` (other hash bits than `key_bit`'s).
#[inline(always)]
fn absent_slot<'a>(td: &'a crate::object::typeobj::TypeData, name: &Value) -> &'a Cell<usize> {
    let h = (name.bits() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    &td.absent_names[(h >> 40) as usize & 3]
}

/// `name` was found absent from the class's shared keys, and none were added since.
#[inline(always)]
fn known_absent(td: &crate::object::typeobj::TypeData, name: &Value) -> bool {
    absent_slot(td, name).get() == name.bits()
        && td.absent_names_keys.get() == unsafe { (*td.shared_keys.get()).len() }
}

#[cfg_attr(copperhead_stencil, inline(always))]
fn not_shared_key(c: &Ctx, td: &crate::object::typeobj::TypeData, name: &Value) -> bool {
    // Stencils call it through the runtime-helper table (jit/helpers.rs).
    #[cfg(copperhead_stencil)]
    return crate::jit::helpers::route::not_shared_key(c.rt, td, name);
    #[cfg(not(copperhead_stencil))]
    not_shared_key_in(c.rt, td, name)
}

/// Whether `name` is not one of `td`'s shared instance keys.
#[cold]
#[inline(never)]
pub(crate) fn not_shared_key_in(
    rt: &crate::runtime::Runtime,
    td: &crate::object::typeobj::TypeData,
    name: &Value,
) -> bool {
    let keys = unsafe { &*td.shared_keys.get() };
    let absent = crate::object::object_type::shared_key_index(rt, keys, name).is_none();
    if absent {
        // Remember it (the names remembered for fewer keys are stale: forget them).
        if td.absent_names_keys.get() != keys.len() {
            td.absent_names.iter().for_each(|n| n.set(0));
            td.absent_names_keys.set(keys.len());
        }
        absent_slot(td, name).set(name.bits());
    }
    absent
}

// ---- LOAD_ATTR ----

/// The instance's attributes live in a materialized `__dict__`.
#[inline(always)]
pub fn _CHECK_ATTR_WITH_HINT(c: &mut Ctx) -> U {
    guard!(
        c.owner_ext()
            .is_some_and(|e| unsafe { (*e.dict.get()).is_some() })
    );
    U::Continue
}

/// The dict entry at the cached position still has this name.
#[inline(always)]
pub fn _LOAD_ATTR_WITH_HINT(c: &mut Ctx) -> U {
    let hint = c.cache32(3) as usize;
    let name = c.attr_name(false);
    let v = c
        .owner_ext()
        .and_then(|e| unsafe { (*e.dict.get()).clone() })
        .and_then(|d| c.rt.dict_data(&d).and_then(|dd| key_at(c, dd, hint, name)));
    let Some(v) = v else { return U::Deopt };
    c.push_attr(v)
}

/// A `__slots__` member: the value at the cached slot index (unset: the generic form raises).
#[inline(always)]
pub fn _LOAD_ATTR_SLOT(c: &mut Ctx) -> U {
    let idx = c.cache32(3) as usize;
    let v = c
        .peek(1)
        .and_then(|o| slot_storage(c, o))
        .and_then(|e| unsafe { (&*e.slots.get()).get(idx).cloned().flatten() });
    let Some(v) = v else { return U::Deopt };
    c.push_attr(v)
}

/// A class attribute that is not a descriptor, on instances without attribute storage.
#[inline(always)]
pub fn _LOAD_ATTR_NONDESCRIPTOR_NO_DICT(c: &mut Ctx) -> U {
    let v = c.cache_obj(5);
    c.push_attr(v)
}

/// A class attribute that is not a descriptor, not shadowed by the instance's inline values
/// (`_GUARD_KEYS_VERSION`).
#[inline(always)]
pub fn _LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES(c: &mut Ctx) -> U {
    _LOAD_ATTR_NONDESCRIPTOR_NO_DICT(c)
}

/// The instance has attribute storage but no attribute at all yet (no dict, no values), so
/// nothing can shadow the method.
#[inline(always)]
pub fn _CHECK_ATTR_METHOD_LAZY_DICT(c: &mut Ctx) -> U {
    guard!(
        c.owner_ext()
            .is_some_and(|e| unsafe { (*e.dict.get()).is_none() && (*e.values.get()).is_empty() })
    );
    U::Continue
}

#[inline(always)]
pub fn _LOAD_ATTR_METHOD_LAZY_DICT(c: &mut Ctx) -> U {
    let m = c.cache_obj(5);
    let owner = c.pop();
    c.push(Some(m));
    c.push(owner);
    U::Continue
}

/// The owner class's metaclass is the one specialized for (its version in units 3-4).
#[inline(always)]
pub fn _GUARD_METACLASS_VERSION(c: &mut Ctx) -> U {
    let want = c.cache32(3);
    guard!(
        c.peek(1)
            .is_some_and(|o| c.rt.type_of(o).data().version.get() == want)
    );
    U::Continue
}

/// The property's getter is still the Python function specialized for: its frame gets the
/// owner as its only argument.
#[inline(always)]
pub fn _LOAD_ATTR_PROPERTY_FRAME(c: &mut Ctx) -> U {
    let prop = c.cache_obj(5);
    guard!(c.rt.type_of(&prop) == c.rt.types().property);
    let fget = prop
        .heap()
        .and_then(|h| unsafe { (*h.payload::<PropertyData>().fget.get()).clone() });
    let Some(f) = fget else { return U::Deopt };
    let Some((lp, mark)) = alloc_exact_frame(c, &f, c.cache32(3), 1) else {
        return U::Deopt;
    };
    let owner = c.pop();
    unsafe { *lp = owner };
    drop(prop);
    c.stage_frame(f, lp, mark);
    U::Continue
}

/// The class's `__getattribute__` is a Python function (and there is no `__getattr__`):
/// its frame gets `(owner, name)`.
#[inline(always)]
pub fn _LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN(c: &mut Ctx) -> U {
    let f = c.cache_obj(5);
    let Some((lp, mark)) = alloc_exact_frame(c, &f, c.cache32(3), 2) else {
        return U::Deopt;
    };
    let name = c.attr_name(false).clone();
    let owner = c.pop();
    unsafe {
        *lp = owner;
        *lp.add(1) = Some(name);
    }
    c.stage_frame(f, lp, mark);
    U::Continue
}

// ---- STORE_ATTR: stack [value, owner] ----

#[inline(always)]
pub fn _STORE_ATTR_SLOT(c: &mut Ctx) -> U {
    let idx = usize::from(c.cache16(3));
    let owner = c.pop();
    let value = c.pop();
    let old = owner.as_ref().and_then(|o| {
        let slots = unsafe { &mut *slot_storage(c, o)?.slots.get() };
        match slots.get_mut(idx) {
            Some(slot) => core::mem::replace(slot, value),
            None => {
                // The class's slot names (a tuple) say how many there are.
                let names = unsafe { &*c.rt.type_of(o).data().extra.get() };
                let room = names
                    .as_ref()
                    .and_then(|t| c.rt.tuple_items(t))
                    .map_or(0, |t| t.len());
                super::uops::store_value_grow(slots, idx, value, room)
            }
        }
    });
    // The old value may run `__del__`: dropped after the borrow ends.
    drop(old);
    drop(owner);
    U::Continue
}

/// Replaces the value of the instance dict's entry at the cached position, when it still has
/// this name (a new key goes through the generic form).
#[inline(always)]
pub fn _STORE_ATTR_WITH_HINT(c: &mut Ctx) -> U {
    let hint = usize::from(c.cache16(3));
    let name = c.attr_name(true);
    let Some(d) = c
        .owner_ext()
        .and_then(|e| unsafe { (*e.dict.get()).clone() })
    else {
        return U::Deopt;
    };
    let Some(dd) = c.rt.dict_data(&d) else {
        return U::Deopt;
    };
    guard!(key_at(c, dd, hint, name).is_some());
    let owner = c.pop();
    let old = match c.pop() {
        Some(v) => dd.replace_value_at(hint, v),
        None => None,
    };
    drop(old);
    drop(d);
    drop(owner);
    U::Continue
}

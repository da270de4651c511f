//! Trial deletion: which containers of a generation are reachable only from each other.
//!
//! 1. `update_refs`: copy every object's reference count into its link's scratch field.
//! 2. `subtract_refs`: for each reference one object of the set holds to another, subtract one.
//!    What stays positive is referenced from outside the set (a Rust local, an older object).
//! 3. `move_unreachable`: everything transitively reachable from those is alive; the rest is
//!    garbage. Done on the lists themselves (CPython's algorithm), so it needs no memory.
//!
//! Then the garbage is handled in CPython 3.11's order: weak references to it are cleared and
//! their callbacks run (so a `__del__` never sees a live weakref to garbage), then `__del__`
//! runs once per object (PEP 442), then reachability is checked again inside the garbage:
//! whatever a finalizer resurrected, and everything it reaches, survives. The rest is broken by
//! the type layout's `clear` while a temporary reference is held on every object, and freed as
//! those references drop.

use alloc::vec::Vec;
use core::ptr::NonNull;

use super::{
    COLLECTING, FINALIZED, GENERATIONS, MAX_SCRATCH, SHIFT, UNREACHABLE, header_of, is_container,
    link_of, list_is_empty, list_len, list_merge, list_move,
};
use crate::object::header::{GcLink, ObjHeader};
use crate::object::typeobj::flags;
use crate::object::value::Value;
use crate::runtime::Runtime;

#[inline]
fn scratch(link: *mut GcLink) -> isize {
    unsafe { (*link).refs.get() >> SHIFT }
}
#[inline]
fn flags_of(link: *mut GcLink) -> isize {
    unsafe { (*link).refs.get() & ((1 << SHIFT) - 1) }
}
#[inline]
fn set(link: *mut GcLink, count: isize, fl: isize) {
    unsafe { (*link).refs.set((count << SHIFT) | fl) }
}

/// Calls `f` on each link of a list. `f` must not unlink anything but the current link.
unsafe fn for_each(head: *mut GcLink, mut f: impl FnMut(*mut GcLink)) {
    unsafe {
        let mut l = (*head).next.get();
        while l != head {
            let next = (*l).next.get();
            f(l);
            l = next;
        }
    }
}

pub(super) fn traverse(obj: NonNull<ObjHeader>, visit: &mut dyn FnMut(&Value)) {
    let h = unsafe { obj.as_ref() };
    let layout = h.type_data().layout;
    unsafe { (layout.traverse)(obj, visit) };
    // Every object holds a reference to its type (`alloc_object`); for a class made at run time
    // that reference is part of the graph, or a class whose instances are garbage together
    // with it (`C.inst = C()`, module globals at exit) would look referenced from outside.
    if h.type_data().is_heap() {
        let ty = core::mem::ManuallyDrop::new(unsafe { Value::from_owned_header(h.type_ptr()) });
        visit(&ty);
    }
}

/// The link of a referent that takes part in the current collection.
#[inline]
fn collecting_link(v: &Value) -> Option<*mut GcLink> {
    let h = v.heap()?;
    if !is_container(h) {
        return None;
    }
    let l = link_of(NonNull::from(h));
    if flags_of(l) & COLLECTING != 0 {
        Some(l)
    } else {
        None
    }
}

/// Step 1; `held` references per object are ours and do not count.
unsafe fn update_refs(head: *mut GcLink, held: isize) {
    unsafe {
        for_each(head, |l| {
            let h = header_of(l).as_ref();
            let count = if h.is_immortal() {
                MAX_SCRATCH
            } else {
                (h.refcount() as isize).min(MAX_SCRATCH) - held
            };
            set(l, count.max(0), (flags_of(l) & FINALIZED) | COLLECTING);
        })
    }
}

/// Step 2.
unsafe fn subtract_refs(head: *mut GcLink) {
    unsafe {
        for_each(head, |l| {
            traverse(header_of(l), &mut |v| {
                if let Some(r) = collecting_link(v) {
                    let c = scratch(r);
                    if c > 0 && c < MAX_SCRATCH {
                        set(r, c - 1, flags_of(r));
                    }
                }
            })
        })
    }
}

/// Step 3: leaves the reachable objects in `young` (no longer marked as collecting) and moves
/// the others to `unreachable` (still marked, plus `UNREACHABLE`).
unsafe fn move_unreachable(young: *mut GcLink, unreachable: *mut GcLink) {
    unsafe {
        let mut l = (*young).next.get();
        while l != young {
            if scratch(l) > 0 {
                traverse(header_of(l), &mut |v| {
                    let Some(r) = collecting_link(v) else { return };
                    let fl = flags_of(r);
                    if fl & UNREACHABLE != 0 {
                        // Wrongly moved out earlier: back to the end of the list to visit.
                        list_move(r, young);
                        set(r, 1, fl & !UNREACHABLE);
                    } else if scratch(r) == 0 {
                        set(r, 1, fl);
                    }
                });
                set(l, 0, flags_of(l) & !COLLECTING);
                l = (*l).next.get();
            } else {
                let next = (*l).next.get();
                list_move(l, unreachable);
                set(l, 0, flags_of(l) | UNREACHABLE);
                l = next;
            }
        }
    }
}

/// Unlinks the exact tuples of `list` that hold nothing a cycle could go through (CPython does
/// the same): no later collection needs to visit them. An item keeps its tuple tracked if it
/// is a container other than a tuple, or a tuple still tracked itself.
unsafe fn untrack_atomic_tuples(rt: &Runtime, list: *mut GcLink) {
    let gc = rt.gc();
    let tuple_ty = rt.types().tuple;
    let may_be_tracked = |v: &Value| match v.heap() {
        None => false,
        Some(h) if !is_container(h) => false,
        Some(_) if rt.type_of(v) != tuple_ty => true,
        Some(h) => gc.is_tracked_ptr(NonNull::from(h)),
    };
    unsafe {
        for_each(list, |l| {
            let obj = header_of(l);
            // SAFETY: a live object of the list, borrowed for the check (no count change).
            let v = core::mem::ManuallyDrop::new(Value::from_raw(obj.as_ptr() as usize));
            if rt.type_of(&v) == tuple_ty
                && rt
                    .tuple_items(&v)
                    .is_some_and(|items| !items.iter().any(may_be_tracked))
            {
                gc.untrack(obj);
            }
        });
    }
}

/// Clears the collection marks on every object of a list.
unsafe fn unmark(head: *mut GcLink) {
    unsafe { for_each(head, |l| set(l, 0, flags_of(l) & FINALIZED)) }
}

/// Whether freeing this garbage object would run Python code (a `__del__` not yet run, or a
/// weakref callback).
fn needs_code(rt: &Runtime, obj: NonNull<ObjHeader>) -> bool {
    let h = unsafe { obj.as_ref() };
    (h.type_data().has_flag(flags::HAS_FINALIZER) && flags_of(link_of(obj)) & FINALIZED == 0)
        || (h.has_weakrefs() && rt.gc().weakrefs.has_callbacks(obj))
}

/// Keeps in `from` (unmarked) the objects satisfying `root` and everything they reach within
/// `from`; the rest goes to `to`, still marked unreachable.
unsafe fn split(from: *mut GcLink, to: *mut GcLink, root: impl Fn(NonNull<ObjHeader>) -> bool) {
    unsafe {
        for_each(from, |l| {
            let keep = root(header_of(l));
            set(l, keep as isize, (flags_of(l) & FINALIZED) | COLLECTING);
        });
        move_unreachable(from, to);
    }
}

/// `gc.set_debug` flag: keep garbage in `gc.garbage`.
pub(crate) const DEBUG_SAVEALL: u32 = 32;

/// Appends every object of the list to `gc.garbage`.
unsafe fn save_all(rt: &Runtime, head: *mut GcLink) {
    let Some(list) = rt.gc().garbage.get() else {
        return;
    };
    let list = core::mem::ManuallyDrop::new(unsafe { Value::from_owned_header(list) });
    let Some(data) = rt.list_data(&list) else {
        return;
    };
    let mut objs = Vec::new();
    unsafe { for_each(head, |l| objs.push(Value::from_header(header_of(l)))) };
    for v in objs {
        data.push(v);
    }
}

/// Collects `generation` and all younger ones. With `run_code` false (the heap-limit path,
/// inside an allocation) nothing that would run Python code is freed: garbage with a pending
/// finalizer or weakref callback, and what it reaches, waits for the next collection.
pub(super) fn collect(rt: &Runtime, generation: usize, run_code: bool) -> usize {
    let gc = rt.gc();
    if gc.collecting.get() {
        return 0;
    }
    gc.collecting.set(true);
    gc.no_code.set(!run_code);
    if generation + 1 < GENERATIONS {
        let c = &gc.counts[generation + 1];
        c.set(c.get() + 1);
    }
    for g in 0..=generation {
        gc.counts[g].set(0);
    }
    gc.collections[generation].set(gc.collections[generation].get() + 1);

    let young = gc.head(generation);
    let old = if generation + 1 < GENERATIONS {
        gc.head(generation + 1)
    } else {
        young
    };
    let unreachable = gc.unreachable_head();
    // A second scratch list; it lives on this frame and is empty again before we return.
    let spare = GcLink::new();
    let spare_head = &spare as *const GcLink as *mut GcLink;
    spare.next.set(spare_head);
    spare.prev.set(spare_head);

    let garbage: Vec<Value> = unsafe {
        for g in 0..generation {
            list_merge(gc.head(g), young);
        }
        update_refs(young, 0);
        subtract_refs(young);
        move_unreachable(young, unreachable);
        untrack_atomic_tuples(rt, young);

        if !run_code {
            split(unreachable, spare_head, |o| needs_code(rt, o));
            list_merge(unreachable, young);
            list_merge(spare_head, unreachable);
        }
        // Survivors move one generation up.
        if generation == GENERATIONS - 2 {
            gc.long_lived_pending
                .set(gc.long_lived_pending.get() + list_len(young));
        }
        list_merge(young, old);
        if generation == GENERATIONS - 1 {
            gc.long_lived_pending.set(0);
            gc.long_lived_total.set(list_len(old));
        }
        // From here on Python code may run: hold every garbage object so none is freed early.
        let mut held = Vec::new();
        let mut l = (*unreachable).next.get();
        while l != unreachable {
            held.push(Value::from_header(header_of(l)));
            l = (*l).next.get();
        }
        held
    };
    let found = garbage.len();
    gc.collected.set(gc.collected.get() + found);
    let by = &gc.collected_by[generation];
    by.set(by.get() + found);

    if found > 0 {
        // CPython 3.11 order: weakrefs first (callbacks see them dead), then finalizers.
        let callbacks = gc.weakrefs.clear_for_garbage(rt, &garbage, |wr| {
            let h = unsafe { wr.as_ref() };
            is_container(h) && flags_of(link_of(wr)) & UNREACHABLE != 0
        });
        for (cb, wr) in callbacks {
            gc.run_or_defer_callback(rt, cb, wr);
        }
        let mut finalized_any = false;
        if run_code {
            for v in garbage.iter() {
                let Some(p) = v.header_ptr() else { continue };
                let l = link_of(p);
                if rt.type_of(v).data().has_flag(flags::HAS_FINALIZER)
                    && flags_of(l) & FINALIZED == 0
                {
                    unsafe { (*l).refs.set((*l).refs.get() | FINALIZED) };
                    finalized_any = true;
                    super::finalize::call_del(rt, v);
                }
            }
        }
        unsafe {
            if finalized_any {
                // Resurrection check: within the garbage, what is referenced from elsewhere
                // now (not counting our own references) is alive again, with all it reaches.
                update_refs(unreachable, 1);
                subtract_refs(unreachable);
                move_unreachable(unreachable, spare_head);
                list_merge(unreachable, old);
                list_merge(spare_head, unreachable);
            }
            unmark(unreachable);
            if run_code && gc.debug.get() & DEBUG_SAVEALL != 0 {
                // `gc.DEBUG_SAVEALL`: the garbage goes to `gc.garbage` instead of being freed.
                save_all(rt, unreachable);
                list_merge(unreachable, old);
            }
            // Break the cycles. Objects freed as a side effect are not garbage (we hold
            // those), so the lists stay intact.
            let mut to_clear = Vec::new();
            for_each(unreachable, |l| to_clear.push(header_of(l)));
            for p in to_clear {
                let layout = p.as_ref().type_data().layout;
                (layout.clear)(p);
            }
            // Whatever `clear` could not break stays tracked in the old generation.
            list_merge(unreachable, old);
        }
        // Resurrected objects are held too: dropping our reference just gives it back.
        drop(garbage);
    }
    debug_assert!(unsafe { list_is_empty(spare_head) && list_is_empty(unreachable) });
    gc.no_code.set(false);
    gc.collecting.set(false);
    found
}

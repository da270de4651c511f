//! The header every heap object starts with, the payload trait, and allocation through the runtime.
//!
//! Layout of a heap object: `PyObj<T> { header, data: T }`. Objects whose type takes part in
//! cycle collection are preceded by a `GcLink` (so the collector can walk every container without
//! a side table), exactly where `gc_link` finds it.

use alloc::alloc::{Layout, alloc, dealloc};
use core::cell::Cell;
use core::ptr::NonNull;

use super::typeobj::TypeData;
use super::value::Value;
use crate::runtime::Runtime;
use crate::runtime::object_pool;

const BITS: u32 = usize::BITS;
/// Immortal objects keep this bit; counts never touch them.
pub const IMMORTAL: usize = 1 << (BITS - 1);
/// Set once a weak reference to the object exists (the runtime keeps the weakref lists).
pub const HAS_WEAKREFS: usize = 1 << (BITS - 2);
const COUNT_MASK: usize = HAS_WEAKREFS - 1;

#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<usize>,
    /// The object's type (a `PyObj<TypeData>`); a `Cell` because `__class__` can be assigned.
    ty: Cell<NonNull<ObjHeader>>,
}

#[repr(C)]
pub struct PyObj<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// Links a container into its generation's list for the cycle collector.
#[repr(C)]
pub struct GcLink {
    pub next: Cell<*mut GcLink>,
    pub prev: Cell<*mut GcLink>,
    /// Scratch count for trial deletion, plus flag bits (see `gc`).
    pub refs: Cell<isize>,
    #[cfg(target_pointer_width = "32")]
    _pad: usize,
}

impl GcLink {
    pub const fn new() -> GcLink {
        GcLink {
            next: Cell::new(core::ptr::null_mut()),
            prev: Cell::new(core::ptr::null_mut()),
            refs: Cell::new(0),
            #[cfg(target_pointer_width = "32")]
            _pad: 0,
        }
    }
}

impl Default for GcLink {
    fn default() -> Self {
        Self::new()
    }
}

/// What a Rust type must say to be the payload of a Python object.
pub trait Payload: Sized + 'static {
    /// Containers that can hold references in a cycle take part in cycle collection.
    const GC: bool = false;
    /// Calls `visit` on every reference the payload owns (the collector's view of the graph).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops the references the payload owns, to break a garbage cycle.
    fn clear(&self) {}
    /// Out-of-line bytes this object has accounted on the runtime's heap (`Heap::grow`) and not
    /// released; freeing the object releases them.
    fn extra_bytes(&self) -> usize {
        0
    }
}

impl ObjHeader {
    #[inline(always)]
    pub fn incref(&self) {
        let c = self.refcnt.get();
        if c & IMMORTAL == 0 {
            self.refcnt.set(c + 1);
        }
    }

    /// Decrements and says whether the count reached zero.
    #[inline(always)]
    pub fn decref_is_zero(&self) -> bool {
        let c = self.refcnt.get();
        if c & IMMORTAL != 0 {
            return false;
        }
        let n = c - 1;
        self.refcnt.set(n);
        n & COUNT_MASK == 0
    }

    #[inline(always)]
    pub fn refcount(&self) -> usize {
        self.refcnt.get() & COUNT_MASK
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.refcnt.get() & IMMORTAL != 0
    }

    /// One reference, no flags: for a dead object handed out again (the float free list).
    #[inline(always)]
    pub(crate) fn reset_count(&self) {
        self.refcnt.set(1);
    }

    pub fn make_immortal(&self) {
        self.refcnt.set(self.refcnt.get() | IMMORTAL);
    }

    pub fn has_weakrefs(&self) -> bool {
        self.refcnt.get() & HAS_WEAKREFS != 0
    }

    pub fn set_has_weakrefs(&self, on: bool) {
        let c = self.refcnt.get();
        self.refcnt.set(if on {
            c | HAS_WEAKREFS
        } else {
            c & !HAS_WEAKREFS
        });
    }

    /// Raw count word, for the collector's resurrection checks.
    pub(crate) fn set_refcount(&self, n: usize) {
        let flags = self.refcnt.get() & !COUNT_MASK;
        self.refcnt.set(flags | (n & COUNT_MASK));
    }

    #[inline(always)]
    pub fn type_ptr(&self) -> NonNull<ObjHeader> {
        self.ty.get()
    }

    /// # Safety
    /// The caller keeps the old type alive and gives the new one a reference (`__class__` =).
    pub(crate) unsafe fn set_type_ptr(&self, ty: NonNull<ObjHeader>) {
        self.ty.set(ty)
    }

    /// The type's data.
    #[inline(always)]
    pub fn type_data(&self) -> &TypeData {
        // SAFETY: a header's type pointer always points to a live type object.
        unsafe { &(*(self.ty.get().as_ptr() as *const PyObj<TypeData>)).data }
    }

    /// The payload, unchecked.
    ///
    /// # Safety
    /// The object's layout must be `PyObj<T>` (or start like it).
    #[inline(always)]
    pub unsafe fn payload<T>(&self) -> &T {
        unsafe { &(*(self as *const ObjHeader as *const PyObj<T>)).data }
    }

    /// The collector link of a container.
    ///
    /// # Safety
    /// The object's type must be a GC type.
    #[inline(always)]
    pub unsafe fn gc_link(&self) -> &GcLink {
        unsafe { &*((self as *const ObjHeader as *const u8).sub(GC_PREFIX) as *const GcLink) }
    }
}

/// Bytes in front of a container's header; a multiple of 8 so payload alignment holds.
pub const GC_PREFIX: usize = core::mem::size_of::<GcLink>();
const _: () = assert!(GC_PREFIX.is_multiple_of(8));

/// The allocation layout for payload `T`, and the header's offset inside it.
#[inline(always)]
pub fn object_layout<T: Payload>() -> (Layout, usize) {
    let obj = Layout::new::<PyObj<T>>();
    assert!(
        obj.align() <= 8,
        "payload alignment above 8 is not supported"
    );
    if T::GC {
        let link = Layout::from_size_align(GC_PREFIX, obj.align().max(align_of::<GcLink>()))
            .expect("gc link layout");
        let (full, offset) = link.extend(obj).expect("gc object layout");
        debug_assert_eq!(offset, GC_PREFIX);
        (full.pad_to_align(), offset)
    } else {
        (obj, 0)
    }
}

/// Allocates a `PyObj<T>` of type `ty` with one reference, accounted to `rt`'s heap.
/// A heap limit or a failing allocator gives `None` (the caller raises MemoryError).
///
/// # Safety
/// `ty` must be a live type object whose instances have payload `T`.
pub unsafe fn alloc_object<T: Payload>(
    rt: &Runtime,
    ty: NonNull<ObjHeader>,
    data: T,
) -> Option<Value> {
    let v = unsafe { alloc_raw(rt, ty, data) }?;
    unsafe { (*(ty.as_ptr() as *const PyObj<TypeData>)).header.incref() };
    Some(v)
}

/// `alloc_object` without counting the reference to the type (for bootstrapping `type` itself).
///
/// # Safety
/// As `alloc_object`; the caller accounts for the type reference.
pub(crate) unsafe fn alloc_raw<T: Payload>(
    rt: &Runtime,
    ty: NonNull<ObjHeader>,
    data: T,
) -> Option<Value> {
    let (layout, offset) = object_layout::<T>();
    if !rt.heap().reserve(layout.size()) {
        return None;
    }
    let base = alloc_memory(rt, layout);
    if base.is_null() {
        rt.heap().release(layout.size());
        return None;
    }
    unsafe {
        let obj = base.add(offset) as *mut PyObj<T>;
        // Field by field: a whole `PyObj` built first would copy a big payload twice.
        core::ptr::addr_of_mut!((*obj).header).write(ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
        });
        core::ptr::addr_of_mut!((*obj).data).write(data);
        let header = NonNull::new_unchecked(obj as *mut ObjHeader);
        if T::GC {
            (base as *mut GcLink).write(GcLink::new());
            rt.gc().track(header);
        }
        Some(Value::from_owned_header(header))
    }
}

/// Memory for an object of `layout` (from `object_layout`): small ones from the runtime's pool
/// (the class is a constant once inlined), others from the system allocator. Null on failure.
#[inline(always)]
pub(crate) fn alloc_memory(rt: &Runtime, layout: Layout) -> *mut u8 {
    if object_pool::is_small(layout) {
        rt.object_pool().alloc(object_pool::class_of(layout.size()))
    } else {
        // SAFETY: object layouts have a non-zero size.
        unsafe { alloc(layout) }
    }
}

/// Gives back what `alloc_memory` gave.
///
/// # Safety
/// `base` came from `alloc_memory(rt, layout)` and is not used any more.
#[inline(always)]
pub(crate) unsafe fn free_memory(rt: &Runtime, base: *mut u8, layout: Layout) {
    if object_pool::is_small(layout) {
        unsafe {
            rt.object_pool()
                .free(base, object_pool::class_of(layout.size()))
        }
    } else {
        unsafe { dealloc(base, layout) }
    }
}

/// Frees an object whose count reached zero: runs the type's deallocator, which may defer the
/// work (deep chains of containers are freed iteratively, not recursively).
///
/// # Safety
/// The object must have no references left.
pub unsafe fn dealloc_object(ptr: NonNull<ObjHeader>) {
    let header = unsafe { ptr.as_ref() };
    let ty = header.type_data();
    // SAFETY: every type records the runtime it belongs to, which outlives its objects.
    let rt = unsafe { &*ty.runtime };
    // Exact floats go to the free list (no finalizer, no weakrefs, no references held).
    if header.type_ptr() == rt.types().float.0 && rt.keep_dead_float(ptr) {
        return;
    }
    rt.dealloc_queue().dealloc(rt, ptr);
}

/// Drops the payload and frees the memory of a `PyObj<T>`; the type's `free` entry.
///
/// # Safety
/// The object must be a dead `PyObj<T>` (count zero, finalizer done, untracked).
pub unsafe fn free_object<T: Payload>(rt: &Runtime, ptr: NonNull<ObjHeader>) {
    let (layout, offset) = object_layout::<T>();
    unsafe {
        let obj = ptr.as_ptr() as *mut PyObj<T>;
        let ty = (*obj).header.ty.get();
        let extra = (*obj).data.extra_bytes();
        core::ptr::drop_in_place(&mut (*obj).data);
        free_memory(rt, (obj as *mut u8).sub(offset), layout);
        rt.heap().release(layout.size());
        rt.heap().shrink(extra);
        // The type loses the reference its instance held (may free a heap type).
        drop(Value::from_owned_header(ty));
    }
}

/// The payload's `traverse`, type-erased for the type's table.
///
/// # Safety
/// `ptr` must be a live `PyObj<T>`.
pub unsafe fn traverse_object<T: Payload>(ptr: NonNull<ObjHeader>, visit: &mut dyn FnMut(&Value)) {
    unsafe { ptr.as_ref().payload::<T>().traverse(visit) }
}

/// The payload's `clear`, type-erased for the type's table.
///
/// # Safety
/// `ptr` must be a live `PyObj<T>`; the caller holds a reference across the call.
pub unsafe fn clear_object<T: Payload>(ptr: NonNull<ObjHeader>) {
    unsafe { ptr.as_ref().payload::<T>().clear() }
}

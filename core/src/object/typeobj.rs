//! Type objects: name, bases, MRO, the attribute dict, a version tag, and the slot table the
//! abstract operations dispatch through (CPython's `tp_*`/`nb_*` slots, as Rust function pointers).

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};
use core::ptr::NonNull;

use super::header::{ObjHeader, Payload, PyObj};
use super::value::Value;
use crate::object::args::Args;
use crate::object::error::PyResult;
use crate::object::instance::SubclassLayout;
use crate::runtime::Runtime;

pub type NativeFn = fn(&Runtime, Args<'_>) -> PyResult<Value>;
pub type UnaryFn = fn(&Runtime, &Value) -> PyResult<Value>;
pub type BinaryFn = fn(&Runtime, &Value, &Value) -> PyResult<Value>;
pub type TernaryFn = fn(&Runtime, &Value, &Value, &Value) -> PyResult<Value>;
pub type HashFn = fn(&Runtime, &Value) -> PyResult<i64>;
pub type CompareFn = fn(&Runtime, &Value, &Value, CmpOp) -> PyResult<Value>;
pub type PredicateFn = fn(&Runtime, &Value) -> PyResult<bool>;
pub type LenFn = fn(&Runtime, &Value) -> PyResult<usize>;
/// Store (`Some(value)`) or delete (`None`) under a key or attribute name.
pub type StoreFn = fn(&Runtime, &Value, &Value, Option<&Value>) -> PyResult<()>;
pub type ContainsFn = fn(&Runtime, &Value, &Value) -> PyResult<bool>;
pub type NextFn = fn(&Runtime, &Value) -> PyResult<Option<Value>>;
pub type DescrGetFn = fn(&Runtime, &Value, Option<&Value>, &Value) -> PyResult<Value>;
pub type CallFn = fn(&Runtime, &Value, Args<'_>) -> PyResult<Value>;
/// Calls the visitor on every reference an object owns.
pub type TraverseFn = unsafe fn(NonNull<ObjHeader>, &mut dyn FnMut(&Value));
/// Fills a built-in type's slots and methods.
pub type TypeInitFn = fn(&Runtime, TypeRef);
pub type InitFn = fn(&Runtime, &Value, Args<'_>) -> PyResult<()>;

/// The binary operators, in the order of CPython's `BINARY_OP` oparg (the in-place forms follow
/// at `+ INPLACE_OFFSET`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

pub const BINOP_COUNT: usize = 13;
pub const INPLACE_OFFSET: u8 = 13;

impl BinOp {
    pub const ALL: [BinOp; BINOP_COUNT] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Mod,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
    ];
    pub fn symbol(self) -> &'static str {
        [
            "+",
            "&",
            "//",
            "<<",
            "@",
            "*",
            "%",
            "|",
            "** or pow()",
            ">>",
            "-",
            "/",
            "^",
        ][self as usize]
    }
    pub fn inplace_symbol(self) -> &'static str {
        [
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ][self as usize]
    }
    /// `__add__`, and the reflected `__radd__` and in-place `__iadd__`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        const N: [(&str, &str, &str); BINOP_COUNT] = [
            ("__add__", "__radd__", "__iadd__"),
            ("__and__", "__rand__", "__iand__"),
            ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            ("__lshift__", "__rlshift__", "__ilshift__"),
            ("__matmul__", "__rmatmul__", "__imatmul__"),
            ("__mul__", "__rmul__", "__imul__"),
            ("__mod__", "__rmod__", "__imod__"),
            ("__or__", "__ror__", "__ior__"),
            ("__pow__", "__rpow__", "__ipow__"),
            ("__rshift__", "__rrshift__", "__irshift__"),
            ("__sub__", "__rsub__", "__isub__"),
            ("__truediv__", "__rtruediv__", "__itruediv__"),
            ("__xor__", "__rxor__", "__ixor__"),
        ];
        N[self as usize]
    }
}

/// Rich comparison operators, in CPython's `COMPARE_OP` order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// Applies the operator to an `Ordering`.
    pub fn test(self, ord: core::cmp::Ordering) -> bool {
        use core::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// The slot table. `None` means the type does not support the operation (or inherits it: slots
/// are copied from the base when a type is created, as CPython's `inherit_slots`).
#[derive(Clone, Copy, Default)]
pub struct Slots {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    /// Returns the hash; unhashable types leave it `None` and set `UNHASHABLE`.
    pub hash: Option<HashFn>,
    /// May return `NotImplemented`.
    pub richcompare: Option<CompareFn>,
    /// Binary number slots, called CPython-style: with (a, b) where either operand may be the
    /// type's instance; they return `NotImplemented` for operands they do not handle.
    pub binary: [Option<BinaryFn>; BINOP_COUNT],
    pub inplace: [Option<BinaryFn>; BINOP_COUNT],
    /// `divmod(a, b)` (CPython's `nb_divmod`), same calling rule as `binary`.
    pub divmod: Option<BinaryFn>,
    /// Three-argument `pow` (modulus may be None).
    pub ternary_pow: Option<TernaryFn>,
    pub neg: Option<UnaryFn>,
    pub pos: Option<UnaryFn>,
    pub invert: Option<UnaryFn>,
    pub abs: Option<UnaryFn>,
    pub bool: Option<PredicateFn>,
    pub int: Option<UnaryFn>,
    pub float: Option<UnaryFn>,
    pub index: Option<UnaryFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<BinaryFn>,
    /// Store (`Some(value)`) or delete (`None`).
    pub setitem: Option<StoreFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<UnaryFn>,
    /// `Ok(None)` when exhausted (no StopIteration object is made on the fast path).
    pub next: Option<NextFn>,
    pub getattro: Option<BinaryFn>,
    /// Store (`Some(value)`) or delete (`None`).
    pub setattro: Option<StoreFn>,
    /// `descr.__get__(instance, owner)`; `instance` is `None` for class access.
    pub descr_get: Option<DescrGetFn>,
    /// `descr.__set__(instance, value)` or `__delete__` (`None`).
    pub descr_set: Option<StoreFn>,
    pub call: Option<CallFn>,
    /// `type.__new__(cls, *args)`: `args` excludes `cls`.
    pub new: Option<CallFn>,
    pub init: Option<InitFn>,
}

pub mod flags {
    /// Instances can be subclassed.
    pub const BASETYPE: u32 = 1 << 0;
    /// Created by a class statement (mutable, reference counted, GC tracked).
    pub const HEAPTYPE: u32 = 1 << 1;
    /// `__hash__ = None`.
    pub const UNHASHABLE: u32 = 1 << 2;
    /// The type (or a base) defines `__del__`.
    pub const HAS_FINALIZER: u32 = 1 << 3;
    /// Instances carry an attribute dict / inline values.
    pub const HAS_DICT: u32 = 1 << 4;
    /// Instances can be weakly referenced.
    pub const WEAKREFABLE: u32 = 1 << 5;
    // Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS.
    pub const INT_SUBCLASS: u32 = 1 << 8;
    pub const LIST_SUBCLASS: u32 = 1 << 9;
    pub const TUPLE_SUBCLASS: u32 = 1 << 10;
    pub const BYTES_SUBCLASS: u32 = 1 << 11;
    pub const STR_SUBCLASS: u32 = 1 << 12;
    pub const DICT_SUBCLASS: u32 = 1 << 13;
    pub const BASE_EXC_SUBCLASS: u32 = 1 << 14;
    pub const TYPE_SUBCLASS: u32 = 1 << 15;
    /// The subclass bits are inherited.
    pub const INHERITED: u32 = INT_SUBCLASS
        | LIST_SUBCLASS
        | TUPLE_SUBCLASS
        | BYTES_SUBCLASS
        | STR_SUBCLASS
        | DICT_SUBCLASS
        | BASE_EXC_SUBCLASS
        | TYPE_SUBCLASS
        | HAS_FINALIZER
        | HAS_DICT
        | WEAKREFABLE;
}

/// How a type's instances are laid out in memory: type-erased entry points instantiated from the
/// payload type. Subclasses created by `class` statements copy their solid base's layout.
#[derive(Clone, Copy)]
pub struct Layout {
    pub free: unsafe fn(&Runtime, NonNull<ObjHeader>),
    pub traverse: TraverseFn,
    pub clear: unsafe fn(NonNull<ObjHeader>),
    pub gc: bool,
    /// `core::any::TypeId` of the payload, so downcasts can be checked.
    pub payload: core::any::TypeId,
}

impl Layout {
    pub fn of<T: Payload>() -> Layout {
        Layout {
            free: super::header::free_object::<T>,
            traverse: super::header::traverse_object::<T>,
            clear: super::header::clear_object::<T>,
            gc: T::GC,
            payload: core::any::TypeId::of::<T>(),
        }
    }
}

pub struct TypeData {
    /// The runtime this type belongs to (objects find their runtime through their type).
    pub runtime: *const Runtime,
    name: UnsafeCell<String>,
    qualname: UnsafeCell<String>,
    pub flags: Cell<u32>,
    /// Changes whenever the type, or anything in its MRO, changes; caches compare it. 0 = none.
    pub version: Cell<u32>,
    base: UnsafeCell<Option<Value>>,
    bases: UnsafeCell<Vec<Value>>,
    mro: UnsafeCell<Vec<Value>>,
    /// The attribute dict (a `dict` object); a placeholder only while bootstrapping.
    dict: UnsafeCell<Value>,
    slots: UnsafeCell<Slots>,
    pub layout: Layout,
    /// How a `class` statement deriving from this type lays out its instances (`None`: final).
    pub subclass: Cell<Option<SubclassLayout>>,
    /// Offset of the `InstanceExt` in instances (0: instances have no attribute storage).
    pub ext_offset: Cell<usize>,
    /// Weak list of direct subclasses, so a change can bump their versions too.
    subclasses: UnsafeCell<Vec<NonNull<ObjHeader>>>,
    /// Per-class shared attribute keys for inline instance values (heap types).
    pub shared_keys: UnsafeCell<Vec<Value>>,
    /// One bit per shared key's address (see `object_type::key_bit`): a name whose bit is clear
    /// is not among the keys, so most misses skip the scan.
    pub shared_keys_mask: Cell<usize>,
    /// Names (str addresses) whose mask bit is set but that are no shared key, checked when
    /// the class had `absent_names_keys` keys (keys are only appended): a method load whose
    /// name collides in the mask finds it here instead of scanning (`uops_attr.rs`).
    pub absent_names: [Cell<usize>; 4],
    pub absent_names_keys: Cell<usize>,
    /// Extra data a type kind needs (e.g. `__slots__` names); owned values.
    pub extra: UnsafeCell<Option<Value>>,
}

impl Payload for TypeData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict());
        if let Some(b) = self.base() {
            visit(b);
        }
        for b in self.bases() {
            visit(b);
        }
        for m in self.mro() {
            visit(m);
        }
        for k in unsafe { &*self.shared_keys.get() } {
            visit(k);
        }
        if let Some(e) = unsafe { &*self.extra.get() } {
            visit(e);
        }
    }
    fn clear(&self) {
        // Only the MRO and bases participate in cycles we can safely cut; the dict is cleared
        // by the dict type's own clear when it is part of the garbage.
        self.unlink_from_bases();
        unsafe {
            let mro = core::mem::take(&mut *self.mro.get());
            let bases = core::mem::take(&mut *self.bases.get());
            let base = (*self.base.get()).take();
            let extra = (*self.extra.get()).take();
            drop((mro, bases, base, extra));
        }
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        self.unlink_from_bases();
    }
}

/// A blank type for `type.__new__` to fill in (metaclass instances made by `class` statements).
impl Default for TypeData {
    fn default() -> Self {
        TypeData {
            runtime: core::ptr::null(),
            name: UnsafeCell::new(String::new()),
            qualname: UnsafeCell::new(String::new()),
            flags: Cell::new(0),
            version: Cell::new(0),
            base: UnsafeCell::new(None),
            bases: UnsafeCell::new(Vec::new()),
            mro: UnsafeCell::new(Vec::new()),
            dict: UnsafeCell::new(Value::small_int(0).expect("0 is small")),
            slots: UnsafeCell::new(Slots::default()),
            layout: Layout::of::<()>(),
            subclass: Cell::new(None),
            ext_offset: Cell::new(0),
            subclasses: UnsafeCell::new(Vec::new()),
            shared_keys: UnsafeCell::new(Vec::new()),
            shared_keys_mask: Cell::new(0),
            absent_names: Default::default(),
            absent_names_keys: Cell::new(0),
            extra: UnsafeCell::new(None),
        }
    }
}

impl TypeData {
    pub fn new(rt: &Runtime, name: &str, dict: Value, layout: Layout, flags: u32) -> TypeData {
        TypeData {
            runtime: rt as *const Runtime,
            name: UnsafeCell::new(String::from(name)),
            // A built-in named `module.Name` has the qualname `Name`.
            qualname: UnsafeCell::new(String::from(match name.rfind('.') {
                Some(i) if flags & flags::HEAPTYPE == 0 => &name[i + 1..],
                _ => name,
            })),
            flags: Cell::new(flags),
            version: Cell::new(rt.next_type_version()),
            base: UnsafeCell::new(None),
            bases: UnsafeCell::new(Vec::new()),
            mro: UnsafeCell::new(Vec::new()),
            dict: UnsafeCell::new(dict),
            slots: UnsafeCell::new(Slots::default()),
            layout,
            subclass: Cell::new(None),
            ext_offset: Cell::new(0),
            subclasses: UnsafeCell::new(Vec::new()),
            shared_keys: UnsafeCell::new(Vec::new()),
            shared_keys_mask: Cell::new(0),
            absent_names: Default::default(),
            absent_names_keys: Cell::new(0),
            extra: UnsafeCell::new(None),
        }
    }

    /// The short name (`__name__`): for built-ins the part after the last dot.
    pub fn name(&self) -> &str {
        let n = unsafe { &*self.name.get() };
        match n.rfind('.') {
            Some(i) if !self.is_heap() => &n[i + 1..],
            _ => n,
        }
    }
    /// The full name as given (`collections.OrderedDict` for built-ins living in a module).
    pub fn full_name(&self) -> &str {
        unsafe { &*self.name.get() }
    }
    /// The name CPython's messages use (its tp_name): dotted for types defined by modules
    /// (`collections.deque`), the plain name otherwise.
    pub fn tp_name(&self) -> &str {
        if self.is_heap() {
            self.name()
        } else {
            self.full_name()
        }
    }
    pub fn qualname(&self) -> &str {
        unsafe { &*self.qualname.get() }
    }
    pub fn set_name(&self, name: &str) {
        unsafe { *self.name.get() = String::from(name) };
    }
    pub fn set_qualname(&self, name: &str) {
        unsafe { *self.qualname.get() = String::from(name) };
    }
    pub fn dict(&self) -> &Value {
        unsafe { &*self.dict.get() }
    }
    /// # Safety
    /// Bootstrap only: no reference from `dict()` may be live.
    pub(crate) unsafe fn set_dict(&self, d: Value) {
        unsafe { *self.dict.get() = d };
    }
    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    pub fn is_heap(&self) -> bool {
        self.has_flag(flags::HEAPTYPE)
    }
    pub fn slots(&self) -> &Slots {
        unsafe { &*self.slots.get() }
    }
    /// # Safety
    /// No reference from `slots()` may be live across the call.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn slots_mut(&self) -> &mut Slots {
        unsafe { &mut *self.slots.get() }
    }
    pub fn base(&self) -> Option<&Value> {
        unsafe { (*self.base.get()).as_ref() }
    }
    pub fn bases(&self) -> &[Value] {
        unsafe { &*self.bases.get() }
    }
    pub fn mro(&self) -> &[Value] {
        unsafe { &*self.mro.get() }
    }
    /// # Safety
    /// No slice from `base()`/`bases()`/`mro()` may be live across the call.
    pub unsafe fn set_hierarchy(&self, base: Option<Value>, bases: Vec<Value>, mro: Vec<Value>) {
        unsafe {
            *self.base.get() = base;
            *self.bases.get() = bases;
            *self.mro.get() = mro;
        }
    }
    pub fn add_subclass(&self, sub: NonNull<ObjHeader>) {
        unsafe { (*self.subclasses.get()).push(sub) }
    }
    pub fn remove_subclass(&self, sub: NonNull<ObjHeader>) {
        unsafe { (*self.subclasses.get()).retain(|s| *s != sub) }
    }
    pub fn subclasses(&self) -> &[NonNull<ObjHeader>] {
        unsafe { &*self.subclasses.get() }
    }

    /// Removes this type from its bases' subclass lists (it is being freed or cleared), so
    /// no base keeps a dangling pointer to it.
    fn unlink_from_bases(&self) {
        if !self.is_heap() {
            return;
        }
        // A type's data sits at the same offset in `PyObj<TypeData>` and in a metaclass
        // instance (`Instance<TypeData>` starts with it).
        let me = unsafe {
            NonNull::new_unchecked(
                (self as *const TypeData as *const u8)
                    .sub(core::mem::offset_of!(PyObj<TypeData>, data))
                    as *mut ObjHeader,
            )
        };
        for b in self.bases() {
            if let Some(p) = b.header_ptr() {
                unsafe {
                    (*(p.as_ptr() as *const PyObj<TypeData>))
                        .data
                        .remove_subclass(me)
                };
            }
        }
    }

    /// Invalidates caches keyed on this type and on every subclass.
    pub fn modified(&self) {
        if self.runtime.is_null() {
            return; // still being made by `type.__new__`: nothing can have cached it
        }
        // SAFETY: the runtime outlives its types.
        let rt = unsafe { &*self.runtime };
        self.version.set(rt.next_type_version());
        for sub in self.subclasses() {
            unsafe { (*(sub.as_ptr() as *const PyObj<TypeData>)).data.modified() }
        }
    }
}

/// A borrowed, non-owning handle to a type the runtime keeps alive (built-in types are immortal).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TypeRef(pub NonNull<ObjHeader>);

impl TypeRef {
    pub const DANGLING: TypeRef = TypeRef(NonNull::dangling());

    /// The type's data. The lifetime is not tied to the handle: a `TypeRef` is only made for
    /// types kept alive by their runtime or by a value the caller holds.
    #[inline]
    pub fn data<'a>(self) -> &'a TypeData {
        unsafe { &(*(self.0.as_ptr() as *const PyObj<TypeData>)).data }
    }
    /// A new owned reference to the type object.
    #[inline]
    pub fn value(&self) -> Value {
        unsafe { Value::from_header(self.0) }
    }
    #[inline]
    pub fn is(&self, v: &Value) -> bool {
        v.header_ptr() == Some(self.0)
    }
    #[inline]
    pub fn of_value(v: &Value) -> Option<TypeRef> {
        v.heap().map(|h| TypeRef(h.type_ptr()))
    }
}

//! `Runtime`: one isolated Python interpreter. It owns every piece of mutable state: the heap
//! account, the cycle collector, the built-in types, interned strings, singletons. Several can
//! live in one process; nothing is shared between them.
//!
//! All operations take `&Runtime`: Python code can re-enter the runtime from almost anywhere
//! (`__del__`, `__eq__`, `__hash__`), so state lives in cells rather than behind `&mut`.

mod bootstrap;
mod dealloc;
mod errors;
mod heap;
mod intern;
pub(crate) mod object_pool;
mod repr_guard;
mod teardown;
mod types;

use alloc::boxed::Box;
use core::cell::{Cell, UnsafeCell};
use core::ptr::NonNull;

pub use dealloc::DeallocQueue;
pub use heap::Heap;
pub use intern::Interned;
pub use repr_guard::ReprGuard;
pub use types::{BuiltinTypes, ExceptionTypes, Singletons};

use crate::gc::Gc;
use crate::object::header::ObjHeader;
use crate::object::value::Value;

/// Settings fixed when a runtime is made.
#[derive(Clone, Debug)]
pub struct Config {
    /// Bytes of live heap before allocation raises MemoryError.
    pub heap_limit: usize,
    pub recursion_limit: usize,
    /// Bytes of native stack the runtime may use below its outermost entry before nested
    /// operations raise RecursionError instead of overflowing the host's stack. Size it to the
    /// host thread's stack with margin (the default suits a 2 MiB thread).
    pub native_stack_budget: usize,
    /// Which execution tiers may run (`-X tier2=on`, `-X jit=off`, ...).
    pub tiers: TierOptions,
}

/// Switches for the execution tiers, set from `-X` options. Tier 2 is off by default: its
/// traces are correct at every tier (the conformance suite runs with it on, JIT and micro-op
/// interpreter) but not yet faster than the specializing interpreter (docs/tier2.md), so it is
/// opt-in (`-X tier2=on`) until it is, as CPython 3.13 ships its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierOptions {
    pub tier2: bool,
    pub jit: bool,
    pub specialize: bool,
    /// Print execution statistics at exit (`-X stats`).
    pub stats: bool,
    /// Print each tier-2 trace as it is built (`copperhead --trace`).
    pub print_traces: bool,
}

impl Default for TierOptions {
    fn default() -> Self {
        TierOptions {
            tier2: false,
            jit: true,
            specialize: true,
            stats: false,
            print_traces: false,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            heap_limit: usize::MAX,
            recursion_limit: 1000,
            native_stack_budget: 1 << 20,
            tiers: TierOptions::default(),
        }
    }
}

/// Reads a whole file (None: it cannot be read).
pub type ReadFileFn = fn(&Runtime, &str) -> Option<alloc::vec::Vec<u8>>;

/// What a path names, as the platform's file system sees it (for `import`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Missing,
    File,
    Dir,
}

/// Functions a later layer (the interpreter, the platform) plugs into the runtime.
#[derive(Clone, Copy, Default)]
pub struct Hooks {
    /// Writes text to stderr (for "Exception ignored in" reports from finalizers).
    pub write_stderr: Option<fn(&Runtime, &str)>,
    /// Writes text to stdout (`print`); unset: output is dropped.
    pub write_stdout: Option<fn(&Runtime, &str)>,
    /// Runs a Python `function` object (the interpreter); unset: TypeError.
    pub call_function: Option<crate::object::typeobj::CallFn>,
    /// `gen.send(value)` for generators, coroutines and async generators.
    pub gen_send: Option<crate::object::typeobj::BinaryFn>,
    /// `gen.throw(...)`: the arguments after self, as given.
    pub gen_throw: Option<crate::object::typeobj::CallFn>,
    /// `gen.close()`.
    pub gen_close: Option<crate::object::typeobj::UnaryFn>,
    /// `__name__` of the calling frame's globals (the default `__module__` of new classes).
    pub caller_module_name: Option<fn(&Runtime) -> Option<Value>>,
    /// Reads clock `kind` in nanoseconds (see `modules::host::clock`); None: no such clock.
    pub clock: Option<fn(&Runtime, crate::modules::host::Clock) -> Option<u128>>,
    /// Blocks the calling thread for the given nanoseconds (`time.sleep`).
    pub sleep: Option<fn(&Runtime, u64)>,
    /// The platform's files (`open()`); unset: opening raises OSError.
    pub files: Option<&'static crate::modules::host::FileOps>,
    /// The platform's file access for `import` (the search over `sys.path` is the core's):
    /// what `path` is, and its bytes. Unset (no file system): only standard modules import.
    pub file_kind: Option<fn(&Runtime, &str) -> FileKind>,
    pub read_file: Option<ReadFileFn>,
    /// Reads one line from stdin, newline included (None: end of input); unset: always EOF.
    pub read_stdin_line: Option<fn(&Runtime) -> Option<alloc::string::String>>,
    /// Line `line` (1-based) of source file `file`, for tracebacks printed from Python.
    pub source_line: Option<fn(&str, i32) -> Option<alloc::string::String>>,
    /// Makes the error raised when the instruction budget runs out (the embedding API raises
    /// its own exception type); unset: RuntimeError.
    pub budget_exhausted: Option<fn(&Runtime) -> crate::object::PyErr>,
    /// Executable memory for the JIT (the platform crate's); unset: no JIT, the interpreters run.
    pub exec_memory: Option<crate::jit::platform::ExecMemory>,
    /// The platform's C math library (`modules/mathlib.rs`), so results match CPython's to the
    /// bit; unset: the core's portable one.
    pub math: Option<&'static crate::modules::mathlib::MathLib>,
}

/// `repr(C)` and the fields holding `u64`s (`budget`, `gc`) last: stencils read the fields
/// before them at fixed offsets, and i686 Windows stencils (`u64` 8-aligned) are tested in an
/// i686 Linux process (`u64` 4-aligned), so those offsets must not depend on the target.
#[repr(C)]
pub struct Runtime {
    heap: Heap,
    dealloc: DeallocQueue,
    type_version: Cell<u32>,
    types: UnsafeCell<BuiltinTypes>,
    exc: UnsafeCell<ExceptionTypes>,
    singletons: UnsafeCell<Option<Singletons>>,
    interned: Interned,
    pub hooks: Cell<Hooks>,
    pub recursion_limit: Cell<usize>,
    pub recursion_depth: Cell<usize>,
    /// Native stack address at the outermost guarded operation (stacks grow down on every target).
    stack_base: Cell<usize>,
    pub native_stack_budget: Cell<usize>,
    /// Set while the runtime is being torn down: objects still alive are left to the OS.
    tearing_down: Cell<bool>,
    pub repr_guard: ReprGuard,
    /// The tier switches the runtime was made with.
    pub tiers: TierOptions,
    /// Set asynchronously (a signal handler, another thread) to ask the running code to raise
    /// KeyboardInterrupt at its next check; see `check_interrupt`.
    interrupt: core::sync::atomic::AtomicBool,
    /// The interpreter's frames, value stack and handled exception.
    pub interp: crate::interp::InterpState,
    /// Types made by standard modules written in Rust, by full name (`modules/native_type.rs`).
    pub native_types: crate::modules::native_type::NativeTypes,
    /// An embedding host's state for this runtime (its callbacks); the core never reads it.
    pub host_data: Cell<*const ()>,
    /// Every object made immortal, freed by `free_immortals` at teardown.
    immortals: UnsafeCell<alloc::vec::Vec<NonNull<ObjHeader>>>,
    /// Dead floats kept for reuse (`object/float_freelist.rs`).
    floats: crate::object::float_freelist::FloatFreeList,
    /// MRO lookups remembered by (type version, name) (`object/type_cache.rs`).
    pub type_cache: crate::object::type_cache::TypeCache,
    /// The slot functions' dunder names, each interned on first use (`object/slot_names.rs`).
    pub slot_names: crate::object::slot_names::SlotNames,
    /// The JIT's record for `-X stats` (`jit/report.rs`).
    pub jit: crate::jit::report::JitStatus,
    /// Ticks (backward jumps and calls: where interrupts are checked) left before the running
    /// code raises the budget error; `u64::MAX` means no budget. See `set_budget`.
    budget: Cell<u64>,
    /// Last: the collector holds `u64` counters, whose alignment differs between i686
    /// targets (see above); it is also dropped last, after every other field's values.
    gc: Gc,
    /// `sys.set_int_max_str_digits`: the decimal digit limit of int<->str (0: none). After
    /// `gc` so no field the stencils read moves; it holds no values, so the drop order holds.
    pub int_max_str_digits: Cell<usize>,
    /// Memory of small objects (`object_pool.rs`). Last: dropped after every field that may
    /// still free objects.
    object_pool: object_pool::ObjectPool,
}

impl Runtime {
    /// The flag a host sets (from a signal handler or another thread) to interrupt running
    /// code; it is safe to set at any moment.
    pub fn interrupt_flag(&self) -> &core::sync::atomic::AtomicBool {
        &self.interrupt
    }

    /// Raises KeyboardInterrupt if an interrupt was requested since the last check. Long
    /// loops (the interpreter's backward jumps, regex matching, big native loops) call this.
    /// The common case (no interrupt, budget left) is inline: two loads, a branch, a store.
    #[inline(always)]
    pub fn check_interrupt(&self) -> crate::object::PyResult<()> {
        use core::sync::atomic::Ordering;
        let b = self.budget.get();
        if self.interrupt.load(Ordering::Relaxed) || b == 0 {
            return self.check_interrupt_slow();
        }
        self.budget.set(b - 1);
        Ok(())
    }

    #[cfg_attr(not(copperhead_stencil), cold, inline(never))]
    #[cfg_attr(copperhead_stencil, inline(always), allow(unreachable_code))]
    pub(crate) fn check_interrupt_slow(&self) -> crate::object::PyResult<()> {
        // Stencils take this path through the runtime-helper table (jit/helpers.rs).
        #[cfg(copperhead_stencil)]
        return crate::jit::helpers::route::check_interrupt_slow(self);
        use core::sync::atomic::Ordering;
        if self.interrupt.load(Ordering::Relaxed) && self.interrupt.swap(false, Ordering::Relaxed) {
            // No arguments, as CPython: the traceback ends in a bare `KeyboardInterrupt`.
            return Err(self.new_exception(self.exc().keyboard_interrupt, alloc::vec::Vec::new()));
        }
        let b = self.budget.get();
        if b == 0 {
            return Err(self.budget_error());
        }
        self.budget.set(b - 1);
        Ok(())
    }

    /// Limits the ticks (loop back edges and calls) the running code may still take; `None`
    /// removes the limit. Once exhausted, every check raises again until the host sets a new
    /// budget, so untrusted code cannot catch the error and keep going.
    pub fn set_budget(&self, ticks: Option<u64>) {
        self.budget
            .set(ticks.map_or(u64::MAX, |t| t.min(u64::MAX - 1)));
    }

    /// The ticks left (`None`: no budget).
    pub fn budget_remaining(&self) -> Option<u64> {
        let b = self.budget.get();
        (b != u64::MAX).then_some(b)
    }

    #[cold]
    fn budget_error(&self) -> crate::object::PyErr {
        match self.hooks.get().budget_exhausted {
            Some(f) => f(self),
            None => self.new_error(self.exc().runtime_error, "instruction budget exhausted"),
        }
    }

    /// Makes a runtime. It lives on the heap because its objects point back to it: it must
    /// not move.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(config: Config) -> RuntimeBox {
        let rt = Box::new(Runtime {
            heap: Heap::new(config.heap_limit),
            gc: Gc::new(),
            dealloc: DeallocQueue::new(),
            type_version: Cell::new(0),
            types: UnsafeCell::new(BuiltinTypes::dangling()),
            exc: UnsafeCell::new(ExceptionTypes::dangling()),
            singletons: UnsafeCell::new(None),
            interned: Interned::new(),
            hooks: Cell::new(Hooks::default()),
            recursion_limit: Cell::new(config.recursion_limit),
            int_max_str_digits: Cell::new(crate::object::int::MAX_STR_DIGITS),
            recursion_depth: Cell::new(0),
            stack_base: Cell::new(0),
            native_stack_budget: Cell::new(config.native_stack_budget),
            interrupt: core::sync::atomic::AtomicBool::new(false),
            tearing_down: Cell::new(false),
            repr_guard: ReprGuard::new(),
            tiers: config.tiers,
            interp: crate::interp::InterpState::new(),
            native_types: Default::default(),
            budget: Cell::new(u64::MAX),
            jit: Default::default(),
            host_data: Cell::new(core::ptr::null()),
            immortals: UnsafeCell::new(alloc::vec::Vec::new()),
            floats: crate::object::float_freelist::FloatFreeList::new(),
            type_cache: crate::object::type_cache::TypeCache::new(),
            slot_names: crate::object::slot_names::SlotNames::new(),
            object_pool: object_pool::ObjectPool::new(),
        });
        // From here on only raw-pointer-derived references are used: objects keep pointers to
        // the runtime, and moving a `Box` would claim unique access and invalidate them.
        let ptr = NonNull::from(Box::leak(rt));
        let rt = unsafe { ptr.as_ref() };
        rt.heap.attach(rt);
        bootstrap::bootstrap(rt);
        crate::interp::install(rt);
        RuntimeBox(ptr)
    }

    #[inline(always)]
    pub fn heap(&self) -> &Heap {
        &self.heap
    }
    #[inline(always)]
    pub fn gc(&self) -> &Gc {
        &self.gc
    }
    #[inline(always)]
    pub(crate) fn object_pool(&self) -> &object_pool::ObjectPool {
        &self.object_pool
    }
    pub(crate) fn dealloc_queue(&self) -> &DeallocQueue {
        &self.dealloc
    }
    #[inline(always)]
    pub(crate) fn float_freelist(&self) -> &crate::object::float_freelist::FloatFreeList {
        &self.floats
    }
    /// Keeps a dead exact float for reuse (accounted as freed); false: free it normally.
    #[inline(always)]
    pub(crate) fn keep_dead_float(&self, obj: NonNull<ObjHeader>) -> bool {
        if self.tearing_down.get() || !self.floats.push(obj) {
            return false;
        }
        let size = crate::object::header::object_layout::<crate::object::float::FloatData>()
            .0
            .size();
        self.heap.release(size);
        true
    }
    #[inline(always)]
    pub fn types(&self) -> &BuiltinTypes {
        unsafe { &*self.types.get() }
    }
    #[inline(always)]
    pub fn exc(&self) -> &ExceptionTypes {
        unsafe { &*self.exc.get() }
    }
    #[inline(always)]
    pub fn singletons(&self) -> &Singletons {
        // SAFETY: set during bootstrap before any caller can run.
        unsafe { (*self.singletons.get()).as_ref().unwrap_unchecked() }
    }
    pub(crate) fn singletons_cell(&self) -> *const Option<Singletons> {
        self.singletons.get()
    }
    pub fn interned(&self) -> &Interned {
        &self.interned
    }

    /// A fresh type version tag (0 is never handed out; 0 means "no valid version").
    pub fn next_type_version(&self) -> u32 {
        let v = self.type_version.get().wrapping_add(1).max(1);
        self.type_version.set(v);
        v
    }

    #[inline(always)]
    pub fn none(&self) -> Value {
        self.singletons().none.clone()
    }
    #[inline(always)]
    pub fn bool_value(&self, b: bool) -> Value {
        if b {
            self.singletons().true_.clone()
        } else {
            self.singletons().false_.clone()
        }
    }
    pub fn not_implemented(&self) -> Value {
        self.singletons().not_implemented.clone()
    }
    #[inline]
    pub fn is_none(&self, v: &Value) -> bool {
        v.is(&self.singletons().none)
    }
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        v.is(&self.singletons().not_implemented)
    }

    /// The last step of an object's life: finalizer, weak references, collector link, memory.
    /// A finalizer may resurrect the object (store `self` somewhere): then it stays alive with
    /// the references the finalizer gave it, and its `__del__` never runs again.
    pub(crate) fn destroy(&self, obj: NonNull<ObjHeader>) {
        let header = unsafe { obj.as_ref() };
        let ty = header.type_data();
        if ty.has_flag(crate::object::typeobj::flags::HAS_FINALIZER)
            && !self.gc.run_finalizer_on_dealloc(self, obj)
        {
            return; // resurrected
        }
        if header.has_weakrefs() {
            crate::object::weakref::clear_weakrefs(self, obj);
        }
        let layout = header.type_data().layout;
        if layout.gc {
            self.gc.untrack(obj);
        }
        unsafe { (layout.free)(self, obj) };
    }

    /// Makes `v` immortal: counts stop changing, and the collector no longer sees it (an immortal
    /// object's count does not reflect its references, so trial deletion would misjudge it).
    pub fn make_immortal(&self, v: &Value) {
        if let Some(h) = v.heap() {
            if h.is_immortal() {
                return;
            }
            h.make_immortal();
            // The pointer as values carry it (not derived from the shared `h`): teardown
            // frees through it.
            if let Some(p) = v.header_ptr() {
                self.note_immortal(p);
            }
            if h.type_data().layout.gc {
                self.gc.untrack(NonNull::from(h));
            }
        }
    }

    /// Whether the native stack below the outermost guarded operation has passed its budget.
    /// Records the base when called at depth 0.
    #[inline]
    pub(crate) fn native_stack_exhausted(&self, depth: usize) -> bool {
        if depth == 0 {
            self.stack_base.set(stack_pointer());
            return false;
        }
        self.native_stack_used() > self.native_stack_budget.get()
    }

    /// Native stack used below the outermost guarded operation.
    #[inline]
    fn native_stack_used(&self) -> usize {
        self.stack_base.get().saturating_sub(stack_pointer())
    }

    /// Native stack the front end may use when called now: what is left of the runtime's
    /// budget below the outermost guarded operation (all of it when none is running), halved
    /// for the frames between here and the parser.
    pub fn compile_stack_budget(&self) -> usize {
        let used = if self.recursion_depth.get() == 0 {
            0
        } else {
            self.native_stack_used()
        };
        self.native_stack_budget.get().saturating_sub(used) / 2
    }

    /// How deep the front end may go when called now: `compile_stack_budget`, and CPython's
    /// nesting bound of three expression levels per Python frame left below the recursion limit.
    pub fn compile_limits(&self) -> crate::compile::Limits {
        let frames_left = self
            .recursion_limit
            .get()
            .saturating_sub(self.recursion_depth.get());
        crate::compile::Limits {
            stack_bytes: self.compile_stack_budget(),
            nesting: frames_left.saturating_mul(3),
        }
    }

    pub fn is_tearing_down(&self) -> bool {
        self.tearing_down.get()
    }
}

/// An address in the caller's stack frame (stacks grow down on every target).
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    core::ptr::addr_of!(marker) as usize
}

/// Owns a `Runtime` (as a `Box` would; see `Runtime::new` for why it is not one).
pub struct RuntimeBox(NonNull<Runtime>);

impl core::ops::Deref for RuntimeBox {
    type Target = Runtime;
    fn deref(&self) -> &Runtime {
        // SAFETY: the runtime lives until this handle drops it.
        unsafe { self.0.as_ref() }
    }
}

impl Drop for RuntimeBox {
    fn drop(&mut self) {
        let rt: &Runtime = self;
        // Cyclic garbage still around is collected, so its finalizers and weakref callbacks
        // run (as CPython collects at exit). This goes through the shared reference the
        // runtime's objects also use, before the box takes unique ownership back.
        // Every value the runtime itself holds is released while the runtime is whole: its
        // fields are dropped in declaration order, and an object freed into a half-dropped
        // runtime would find the collector's lists gone. Modules go first and finalizers still
        // see the builtins; then the builtins go.
        rt.gc().unfreeze();
        rt.type_cache.clear();
        rt.forget_memory_error_state();
        rt.interp.release_modules();
        rt.gc_collect(crate::gc::GENERATIONS - 1);
        rt.interp.release_builtins();
        rt.forget_memory_error_state();
        rt.gc_collect(crate::gc::GENERATIONS - 1);
        rt.tearing_down.set(true);
        rt.slot_names.clear();
        rt.free_immortals();
        rt.floats.release_all(rt);
        // SAFETY: made by `Box::leak` in `Runtime::new`; dropped once.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        // Objects still referenced from outside (leaked by a host) stay allocated; immortal
        // objects were freed by `free_immortals`.
        self.tearing_down.set(true);
    }
}

//! The embedding API: run Python inside a Rust program.
//!
//! A [`Runtime`] owns one isolated interpreter; it is made from [`Options`] (limits, tiers,
//! where output goes, what files and modules the script may reach) and freed when dropped.
//! Every operation is a method of [`Interpreter`], which `Runtime` derefs to; values are
//! [`Object`]s borrowing the interpreter, converted with [`ToPython`] and [`FromPython`];
//! failures are [`Error`]s carrying the Python exception's type, message and traceback.
//!
//! ```
//! use copperhead::embed::{Options, Runtime};
//!
//! let rt = Runtime::new(Options::new().sandbox());
//! rt.exec("def area(w, h=1):\n    return w * h\n", "shapes.py")?;
//! let area = rt.global("area")?;
//! let a: i64 = area.call((6,), &[("h", rt.to_py(&7)?)])?.extract()?;
//! assert_eq!(a, 42);
//!
//! let err = rt.eval("1 / 0", "<expr>").unwrap_err();
//! assert_eq!(err.type_name(), "ZeroDivisionError");
//! assert!(err.traceback().contains("File \"<expr>\", line 1"));
//! # Ok::<(), copperhead::embed::Error>(())
//! ```
//!
//! The C ABI (`include/copperhead.h`, crate `capi/`) is a thin layer over this module.

/// docs/embedding.md, so that its Rust example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../docs/embedding.md")]
pub struct EmbeddingGuide;

mod error;
mod hooks;
mod native;
mod object;

pub use error::{Error, ErrorKind};
pub use native::NativeArgs;
pub use object::{Bytes, FromPython, Kind, List, Object, ToArgs, ToPython};

use copperhead_core::compile::Mode;
use copperhead_core::{PyResult, TierOptions, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::mem::ManuallyDrop;

/// Text output (`print`, tracebacks of ignored exceptions).
pub type WriteFn = Box<dyn Fn(&str)>;
/// A module's source by full dotted name: `Some((source, is_package))`, or None if unknown.
pub type LoaderFn = Box<dyn Fn(&str) -> Option<(String, bool)>>;
/// A file's bytes by path, or None if it cannot be read.
pub type ReadFn = Box<dyn Fn(&str) -> Option<Vec<u8>>>;

/// What the script may do with files (`open()`, `import` from `sys.path`).
pub enum FileAccess {
    /// Nothing: `open()` raises OSError and imports find only standard modules, native
    /// modules and the module loader's. The default.
    None,
    /// The process's file system, as the `copperhead` command has it.
    Host,
    /// Read-only, through the host: imports read `sys.path` files through the callback
    /// (`open()` raises OSError).
    Read(ReadFn),
}

/// How to make a runtime. `Options::new()` is a sandbox with no file access, CPython's
/// recursion limit, no heap limit and no budget, output to the process's stdout/stderr.
///
/// Each limit surfaces as its own [`ErrorKind`], and the runtime stays usable:
///
/// ```
/// use copperhead::embed::{ErrorKind, Options, Runtime};
///
/// let rt = Runtime::new(Options::new().heap_limit(8 << 20).instruction_budget(100_000));
/// let e = rt.exec("x = []\nwhile True:\n    x.append([0] * 1000)\n", "hog.py").unwrap_err();
/// assert_eq!(e.kind(), ErrorKind::HeapLimit);
/// let e = rt.exec("while True:\n    pass\n", "spin.py").unwrap_err();
/// assert_eq!(e.kind(), ErrorKind::Budget);
/// assert_eq!(rt.eval("sum(range(10))", "<ok>")?.extract::<i64>()?, 45);
/// # Ok::<(), copperhead::embed::Error>(())
/// ```
///
/// Tiers can be turned off (here the specializing tier; tier 2 and the JIT are accepted and
/// are no-ops until they exist):
///
/// ```
/// use copperhead::core::TierOptions;
/// use copperhead::embed::{Options, Runtime};
///
/// let off = TierOptions { specialize: false, tier2: false, jit: false, ..Default::default() };
/// let rt = Runtime::new(Options::new().tiers(off));
/// assert_eq!(rt.eval("sum(i * i for i in range(10))", "<x>")?.extract::<i64>()?, 285);
/// # Ok::<(), copperhead::embed::Error>(())
/// ```
pub struct Options {
    heap_limit: Option<usize>,
    recursion_limit: usize,
    budget: Option<u64>,
    native_stack_budget: usize,
    tiers: TierOptions,
    files: FileAccess,
    stdout: Option<WriteFn>,
    stderr: Option<WriteFn>,
    loader: Option<LoaderFn>,
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl Options {
    pub fn new() -> Options {
        Options {
            heap_limit: None,
            recursion_limit: 1000,
            budget: None,
            native_stack_budget: copperhead_core::Config::default().native_stack_budget,
            tiers: TierOptions::default(),
            files: FileAccess::None,
            stdout: None,
            stderr: None,
            loader: None,
        }
    }
    /// No file access (the default, spelled out).
    pub fn sandbox(mut self) -> Options {
        self.files = FileAccess::None;
        self
    }
    /// Live heap bytes past which allocation raises MemoryError.
    pub fn heap_limit(mut self, bytes: usize) -> Options {
        self.heap_limit = Some(bytes);
        self
    }
    /// Python frames deep past which calls raise RecursionError.
    pub fn recursion_limit(mut self, depth: usize) -> Options {
        self.recursion_limit = depth;
        self
    }
    /// Ticks (loop iterations and calls) each host call (`exec`, `eval`, `call`, `import`)
    /// may take before raising `copperhead.BudgetExhausted`.
    pub fn instruction_budget(mut self, ticks: u64) -> Options {
        self.budget = Some(ticks);
        self
    }
    /// Bytes of native stack the runtime may use below the host's call (size it to the
    /// calling thread's stack, with margin).
    pub fn native_stack_budget(mut self, bytes: usize) -> Options {
        self.native_stack_budget = bytes;
        self
    }
    /// Which execution tiers may run.
    pub fn tiers(mut self, tiers: TierOptions) -> Options {
        self.tiers = tiers;
        self
    }
    pub fn file_access(mut self, files: FileAccess) -> Options {
        self.files = files;
        self
    }
    /// Where `print` writes (default: the process's stdout).
    pub fn stdout(mut self, f: impl Fn(&str) + 'static) -> Options {
        self.stdout = Some(Box::new(f));
        self
    }
    /// Where warnings and "Exception ignored" reports go (default: the process's stderr).
    pub fn stderr(mut self, f: impl Fn(&str) + 'static) -> Options {
        self.stderr = Some(Box::new(f));
        self
    }
    /// Resolves `import name` for names no standard or native module has, before `sys.path`.
    ///
    /// ```
    /// use copperhead::embed::{Options, Runtime};
    ///
    /// let rt = Runtime::new(Options::new().module_loader(|name| match name {
    ///     "plugins" => Some((String::new(), true)),
    ///     "plugins.greet" => Some(("def hi(n):\n    return 'hi ' + n\n".into(), false)),
    ///     _ => None,
    /// }));
    /// let m = rt.import("plugins.greet")?;
    /// assert_eq!(m.call_method("hi", ("bob",))?.extract::<String>()?, "hi bob");
    /// assert_eq!(rt.import("nope").unwrap_err().type_name(), "ModuleNotFoundError");
    /// # Ok::<(), copperhead::embed::Error>(())
    /// ```
    pub fn module_loader(
        mut self,
        f: impl Fn(&str) -> Option<(String, bool)> + 'static,
    ) -> Options {
        self.loader = Some(Box::new(f));
        self
    }
}

/// One isolated Python interpreter; dropping it frees everything it made (values still held
/// by the host are released first, as the borrow checker ensures none outlive it).
pub struct Runtime {
    interp: Box<Interpreter>,
}

/// A runtime's state and operations (reached through `Runtime`'s `Deref`, and given to
/// native functions). It stays at one address for the runtime's life: the core's hooks find
/// it through `host_data`.
pub struct Interpreter {
    core: ManuallyDrop<copperhead_core::RuntimeBox>,
    budget: Cell<Option<u64>>,
    files: FileAccess,
    stdout: Option<WriteFn>,
    stderr: Option<WriteFn>,
    loader: Option<LoaderFn>,
    /// Source text of everything run through the API and loaded by the loader, by file name,
    /// for the lines of tracebacks.
    sources: RefCell<HashMap<String, String>>,
    /// The last exception turned into an `Error`, with that error's id.
    pending: RefCell<Option<(u64, Value)>>,
    error_ids: Cell<u64>,
    /// `copperhead.BudgetExhausted`.
    budget_exc: RefCell<Option<Value>>,
    /// How many API calls are running (native functions call back in): the budget is reset
    /// only by the outermost one.
    depth: Cell<usize>,
    /// The function type native functions are instances of.
    native_fn_type: Cell<Option<copperhead_core::object::typeobj::TypeRef>>,
}

impl Runtime {
    pub fn new(options: Options) -> Runtime {
        let config = copperhead_core::Config {
            heap_limit: options.heap_limit.unwrap_or(usize::MAX),
            recursion_limit: options.recursion_limit,
            native_stack_budget: options.native_stack_budget,
            tiers: options.tiers,
        };
        let core = copperhead_core::Runtime::new(config);
        let interp = Box::new(Interpreter {
            core: ManuallyDrop::new(core),
            budget: Cell::new(options.budget),
            files: options.files,
            stdout: options.stdout,
            stderr: options.stderr,
            loader: options.loader,
            sources: RefCell::new(HashMap::new()),
            pending: RefCell::new(None),
            error_ids: Cell::new(0),
            budget_exc: RefCell::new(None),
            depth: Cell::new(0),
            native_fn_type: Cell::new(None),
        });
        interp.install_hooks();
        Runtime { interp }
    }
}

impl std::ops::Deref for Runtime {
    type Target = Interpreter;
    fn deref(&self) -> &Interpreter {
        &self.interp
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        let i = &mut *self.interp;
        // Values the host layer holds go first, while the runtime is whole.
        drop(i.pending.take());
        drop(i.budget_exc.take());
        // Finalizers run during teardown may still print through the hooks, which find this
        // interpreter through `host_data`: it is freed only afterwards.
        // SAFETY: dropped exactly once, here.
        unsafe { ManuallyDrop::drop(&mut i.core) };
    }
}

impl Interpreter {
    /// The core runtime, for what this API does not cover.
    pub fn core(&self) -> &copperhead_core::Runtime {
        &self.core
    }

    fn next_error_id(&self) -> u64 {
        let id = self.error_ids.get() + 1;
        self.error_ids.set(id);
        id
    }

    pub(crate) fn budget_type(&self) -> Option<copperhead_core::object::typeobj::TypeRef> {
        let b = self.budget_exc.borrow();
        b.as_ref()
            .and_then(|t| self.core().type_ref_of_type_value(t))
    }

    /// Runs one API operation: resets the budget when it is the outermost, turns exceptions
    /// into `Error`s.
    pub(crate) fn enter<'r, T>(
        &'r self,
        f: impl FnOnce(&'r copperhead_core::Runtime) -> PyResult<T>,
    ) -> Result<T, Error> {
        let rt = self.core();
        let depth = self.depth.get();
        if depth == 0 {
            rt.set_budget(self.budget.get());
        }
        self.depth.set(depth + 1);
        let r = f(rt);
        self.depth.set(depth);
        r.map_err(|e| self.error_from(e))
    }

    /// Sets the budget of ticks for each outermost call from now on (`None`: unlimited).
    pub fn set_instruction_budget(&self, ticks: Option<u64>) {
        self.budget.set(ticks);
    }

    /// Asks the running script to raise KeyboardInterrupt at its next loop iteration or call.
    /// For other threads, use [`Interpreter::interrupt_handle`].
    pub fn interrupt(&self) {
        self.core()
            .interrupt_flag()
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// A handle another thread can use to interrupt this runtime while it lives.
    ///
    /// ```
    /// use copperhead::embed::{ErrorKind, Options, Runtime};
    ///
    /// let rt = Runtime::new(Options::new());
    /// // SAFETY: the runtime outlives the thread (joined below).
    /// let h = unsafe { rt.interrupt_handle() };
    /// let t = std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(100));
    ///     h.interrupt();
    /// });
    /// let e = rt.exec("while True:\n    pass\n", "spin.py").unwrap_err();
    /// t.join().unwrap();
    /// assert_eq!(e.kind(), ErrorKind::Interrupted);
    /// ```
    ///
    /// # Safety
    /// The handle must not be used after the runtime is dropped.
    pub unsafe fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.core().interrupt_flag() as *const _)
    }

    /// Runs `source` as statements in `__main__`; `filename` appears in tracebacks.
    pub fn exec(&self, source: &str, filename: &str) -> Result<(), Error> {
        self.run(source, filename, Mode::Exec, None).map(drop)
    }

    /// Evaluates the expression `source` in `__main__`'s namespace.
    pub fn eval(&self, source: &str, filename: &str) -> Result<Object<'_>, Error> {
        self.run(source, filename, Mode::Eval, None)
    }

    /// Runs `source` as statements with the host's namespaces, as Python's
    /// `exec(source, globals, locals)`: `globals` must be a dict (`__builtins__` is added to it
    /// when missing), `locals` any mapping (`None`: the globals).
    ///
    /// ```
    /// use copperhead::embed::{Options, Runtime};
    ///
    /// let rt = Runtime::new(Options::new());
    /// let g = rt.dict()?;
    /// g.set_item("base", &40)?;
    /// rt.exec_in("answer = base + 2", "config.py", &g, None)?;
    /// assert_eq!(g.get_item("answer")?.extract::<i64>()?, 42);
    /// // `__main__` did not see it.
    /// assert!(rt.global("answer").is_err());
    /// # Ok::<(), copperhead::embed::Error>(())
    /// ```
    pub fn exec_in(
        &self,
        source: &str,
        filename: &str,
        globals: &Object<'_>,
        locals: Option<&Object<'_>>,
    ) -> Result<(), Error> {
        self.run(source, filename, Mode::Exec, Some((globals, locals)))
            .map(drop)
    }

    /// Evaluates the expression `source` with the host's namespaces, as Python's
    /// `eval(source, globals, locals)` (see [`Interpreter::exec_in`]).
    ///
    /// ```
    /// use copperhead::embed::{Options, Runtime};
    ///
    /// let rt = Runtime::new(Options::new());
    /// let g = rt.dict()?;
    /// let l = rt.dict()?;
    /// l.set_item("x", &6)?;
    /// let v: i64 = rt.eval_in("x * 7", "<expr>", &g, Some(&l))?.extract()?;
    /// assert_eq!(v, 42);
    /// # Ok::<(), copperhead::embed::Error>(())
    /// ```
    pub fn eval_in(
        &self,
        source: &str,
        filename: &str,
        globals: &Object<'_>,
        locals: Option<&Object<'_>>,
    ) -> Result<Object<'_>, Error> {
        self.run(source, filename, Mode::Eval, Some((globals, locals)))
    }

    /// Compiles and runs `source` in `__main__` or in the given (globals, locals).
    fn run(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
        namespace: Option<(&Object<'_>, Option<&Object<'_>>)>,
    ) -> Result<Object<'_>, Error> {
        self.sources
            .borrow_mut()
            .insert(filename.to_string(), source.to_string());
        let cu = match copperhead_core::compile::compile(source.as_bytes(), filename, mode, 0) {
            Ok(cu) => cu,
            Err(e) => {
                let err = self.enter(|rt| {
                    Err::<(), _>(copperhead_core::interp::import::syntax_error(rt, &e))
                });
                // CPython's report for a SyntaxError (the line and a caret, no traceback).
                return Err(err
                    .err()
                    .unwrap_or_else(|| Error::new("SyntaxError", e.msg.clone()))
                    .with_traceback(crate::format_syntax_error(&e, source.as_bytes())));
            }
        };
        self.enter(|rt| {
            let code = copperhead_core::interp::convert::code_object(rt, &cu)?;
            let (g, l) = match namespace {
                Some((g, l)) => {
                    if rt.dict_data(&g.value).is_none() {
                        return Err(rt.type_error(format!(
                            "globals must be a dict, not {}",
                            rt.type_name(&g.value)
                        )));
                    }
                    (g.value.clone(), l.map(|l| l.value.clone()))
                }
                None => {
                    let main = copperhead_core::interp::import::main_module(rt)?;
                    (
                        rt.module_dict(&main).ok_or_else(|| rt.memory_error())?,
                        None,
                    )
                }
            };
            copperhead_core::interp::run_code(rt, &code, &g, l)
        })
        .map(|v| self.wrap(v))
    }

    /// Imports module `name` (dotted, absolute) and returns it.
    pub fn import(&self, name: &str) -> Result<Object<'_>, Error> {
        self.enter(|rt| copperhead_core::interp::import::import_absolute(rt, name))
            .map(|v| self.wrap(v))
    }

    /// `__main__`'s global `name`.
    pub fn global(&self, name: &str) -> Result<Object<'_>, Error> {
        self.enter(|rt| {
            let main = copperhead_core::interp::import::main_module(rt)?;
            rt.getattr_str(&main, name)
        })
        .map(|v| self.wrap(v))
    }

    /// Sets `__main__`'s global `name`.
    pub fn set_global(&self, name: &str, value: &Object<'_>) -> Result<(), Error> {
        self.enter(|rt| {
            let main = copperhead_core::interp::import::main_module(rt)?;
            rt.setattr(&main, &rt.new_str(name)?, Some(&value.value))
        })
    }

    pub(crate) fn wrap(&self, value: Value) -> Object<'_> {
        Object {
            interp: self,
            value,
        }
    }

    /// Converts a Rust value.
    pub fn to_py<T: ToPython + ?Sized>(&self, v: &T) -> Result<Object<'_>, Error> {
        v.to_python(self)
    }

    /// `None`.
    pub fn none(&self) -> Object<'_> {
        self.wrap(self.core().none())
    }

    /// A new empty dict.
    pub fn dict(&self) -> Result<Object<'_>, Error> {
        self.enter(|rt| rt.new_dict()).map(|v| self.wrap(v))
    }

    /// A new list of `items`.
    pub fn list(&self, items: &[Object<'_>]) -> Result<Object<'_>, Error> {
        let items: Vec<Value> = items.iter().map(|o| o.value.clone()).collect();
        self.enter(|rt| rt.new_list(items)).map(|v| self.wrap(v))
    }

    /// A new tuple of `items`.
    pub fn tuple(&self, items: &[Object<'_>]) -> Result<Object<'_>, Error> {
        let items: Vec<Value> = items.iter().map(|o| o.value.clone()).collect();
        self.enter(|rt| rt.new_tuple(items)).map(|v| self.wrap(v))
    }

    /// An int from its decimal digits (any size; `-` and `_` allowed as in Python).
    pub fn int_from_str(&self, digits: &str) -> Result<Object<'_>, Error> {
        self.enter(|rt| {
            let s = rt.new_str(digits)?;
            rt.call(
                &rt.types().int.value(),
                copperhead_core::Args::positional(&[s]),
            )
        })
        .map(|v| self.wrap(v))
    }

    /// Live heap bytes.
    pub fn heap_used(&self) -> usize {
        self.core().heap().used()
    }

    /// Runs a full cycle collection.
    pub fn collect_garbage(&self) {
        self.core().gc_collect(copperhead_core::gc::GENERATIONS - 1);
    }
}

/// Interrupts a runtime from another thread (see [`Interpreter::interrupt_handle`]).
#[derive(Clone, Copy)]
pub struct InterruptHandle(*const std::sync::atomic::AtomicBool);

// SAFETY: it only stores to an atomic, which is what the core expects other threads to do.
unsafe impl Send for InterruptHandle {}
unsafe impl Sync for InterruptHandle {}

impl InterruptHandle {
    pub fn interrupt(&self) {
        // SAFETY: the caller of `interrupt_handle` promised the runtime is alive.
        unsafe { (*self.0).store(true, std::sync::atomic::Ordering::SeqCst) }
    }
}

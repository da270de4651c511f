//! The tier-1 interpreter: frames (`frame`), the evaluation loop (`eval`), the slower halves of
//! instructions (`ops`), argument binding (`call`), generators (`gen`), code objects from the
//! compiler (`convert`) and tracebacks (`traceback`).
//!
//! `install` plugs the interpreter into the runtime's hooks, so calling a `function` object runs
//! its code, and makes the `builtins` module.

pub mod asyncgen;
pub mod awaitable;
pub mod call;
pub mod convert;
pub mod decode;
pub mod eval;
pub mod exc_group_print;
pub mod frame;
pub mod frame_stack;
pub mod frameobj;
pub mod generator;
pub mod import;
pub mod localsproxy;
pub mod ops;
pub mod shutdown;
pub mod suggest;
pub mod trace;
pub mod traceback;

use core::cell::UnsafeCell;

use crate::object::args::Args;
use crate::object::code::co_flags;
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::runtime::Runtime;
use frame::{DataStack, Frame};

/// Per-runtime interpreter state: the frame stack, its data stack, the handled exception.
pub struct InterpState {
    pub data: DataStack,
    pub frames: UnsafeCell<frame_stack::FrameStack>,
    exc_info: UnsafeCell<Option<Value>>,
    /// The `builtins` module's dict.
    pub builtins: UnsafeCell<Option<Value>>,
    /// Loaded modules by name (`sys.modules`).
    pub modules: UnsafeCell<Option<Value>>,
    /// `sys.settrace` / `sys.setprofile` state.
    pub trace: trace::TraceState,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer).
    pub asyncgen_hooks: UnsafeCell<(Option<Value>, Option<Value>)>,
    /// The specializer's state (keys versions, `-X stats`).
    pub spec: crate::specialize::SpecState,
    /// Tier 2's executors registry and counters (boxed: its changes never move the fields
    /// the JIT's stencils were compiled against).
    pub tier2: alloc::boxed::Box<crate::tier2::Tier2State>,
}

impl InterpState {
    pub fn new() -> InterpState {
        InterpState {
            data: DataStack::new(),
            frames: UnsafeCell::new(frame_stack::FrameStack::new()),
            exc_info: UnsafeCell::new(None),
            builtins: UnsafeCell::new(None),
            modules: UnsafeCell::new(None),
            trace: trace::TraceState::new(),
            asyncgen_hooks: UnsafeCell::new((None, None)),
            spec: Default::default(),
            tier2: Default::default(),
        }
    }

    /// Drops the loaded modules and the handled exception (runtime teardown, first step).
    pub fn release_modules(&self) {
        let modules = unsafe { (*self.modules.get()).take() };
        let exc = self.swap_exc(None);
        self.trace.release();
        let hooks = unsafe { core::mem::take(&mut *self.asyncgen_hooks.get()) };
        drop((modules, exc, hooks));
    }

    /// Whether `release_modules` ran (teardown), or no module table was ever made.
    pub fn modules_released(&self) -> bool {
        unsafe { (*self.modules.get()).is_none() }
    }

    /// Drops the builtins (runtime teardown, after finalizers had their chance to use them).
    pub fn release_builtins(&self) {
        let builtins = unsafe { (*self.builtins.get()).take() };
        let exc = self.swap_exc(None);
        drop((builtins, exc));
        self.spec.release();
        self.tier2.versions.release();
    }

    /// Sets the exception being handled, returning the previous one.
    pub fn swap_exc(&self, v: Option<Value>) -> Option<Value> {
        unsafe { core::mem::replace(&mut *self.exc_info.get(), v) }
    }

    pub fn current_exc(&self) -> Option<Value> {
        unsafe { (*self.exc_info.get()).clone() }
    }

    pub fn builtins_dict(&self) -> Option<Value> {
        unsafe { (*self.builtins.get()).clone() }
    }

    pub fn depth(&self) -> usize {
        unsafe { (*self.frames.get()).len() }
    }
}

impl Default for InterpState {
    fn default() -> Self {
        Self::new()
    }
}

/// Installs the interpreter hooks and the builtins module.
pub fn install(rt: &Runtime) {
    let mut h = rt.hooks.get();
    h.call_function = Some(call_function);
    h.caller_module_name = Some(caller_module_name);
    h.gen_send = Some(generator::gen_send);
    h.gen_throw = Some(generator::gen_throw);
    h.gen_close = Some(generator::gen_close);
    rt.hooks.set(h);
    if let Ok(b) = crate::builtins::make_module(rt) {
        unsafe { *rt.interp.builtins.get() = rt.module_dict(&b) };
        if let Ok(m) = modules(rt)
            && let Some(d) = rt.dict_data(&m)
        {
            let _ = d.set(rt, rt.intern("builtins"), b);
            let _ = crate::modules::install(rt, &m);
        }
    }
}

/// The dict of loaded modules (`sys.modules`).
pub fn modules(rt: &Runtime) -> PyResult<Value> {
    if let Some(m) = unsafe { (*rt.interp.modules.get()).clone() } {
        return Ok(m);
    }
    let m = rt.new_dict()?;
    unsafe { *rt.interp.modules.get() = Some(m.clone()) };
    Ok(m)
}

/// Runs frozen standard-module source as module `name` (see `import::exec_new_module`).
pub fn exec_frozen_module(
    rt: &Runtime,
    name: &str,
    source: &[u8],
    filename: &str,
    package: bool,
) -> PyResult<Value> {
    import::exec_new_module(
        rt,
        name,
        source,
        filename,
        import::Origin::Frozen { package },
    )
}

/// A SyntaxError exception from the front end's error.
pub fn syntax_error(rt: &Runtime, e: &crate::compile::SyntaxError) -> crate::object::error::PyErr {
    let ty = match e.kind {
        crate::compile::ErrorKind::IndentationError => rt.exc().indentation_error,
        crate::compile::ErrorKind::TabError => rt.exc().tab_error,
        crate::compile::ErrorKind::MemoryError => rt.exc().memory_error,
        crate::compile::ErrorKind::RecursionError => rt.exc().recursion_error,
        _ => rt.exc().syntax_error,
    };
    if ty == rt.exc().memory_error || ty == rt.exc().recursion_error {
        return rt.new_error(ty, e.msg.clone());
    }
    // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
    let detail = (|| -> PyResult<Value> {
        let opt = |v: Option<i64>| v.map_or_else(|| Ok(rt.none()), |n| rt.new_int(n));
        let text = match &e.text {
            Some(t) => rt.new_str(t)?,
            None => rt.none(),
        };
        let info = rt.new_tuple(alloc::vec![
            rt.new_str(&e.filename)?,
            opt(e.lineno)?,
            opt(e.offset)?,
            text,
            opt(e.end_lineno)?,
            opt(e.end_offset)?,
        ])?;
        let msg = rt.new_str(&e.msg)?;
        rt.call(
            &ty.value(),
            crate::object::args::Args::positional(&[msg, info]),
        )
    })();
    match detail {
        Ok(v) => crate::object::error::PyErr(v),
        Err(err) => err,
    }
}

fn caller_module_name(rt: &Runtime) -> Option<Value> {
    let f = unsafe { (*rt.interp.frames.get()).last() }?;
    rt.dict_data(&f.globals)?.get_str(rt, "__name__")
}

/// Pushes a frame running function `func` with the given arguments (not yet run).
pub fn push_function_frame(
    rt: &Runtime,
    func: &Value,
    args: &[Value],
    kwnames: &[Value],
    entry: bool,
) -> PyResult<()> {
    let fd = rt
        .function_data(func)
        .ok_or_else(|| rt.type_error("not a function"))?;
    let depth = rt.recursion_depth.get();
    if depth >= rt.recursion_limit.get() {
        return Err(rt.recursion_error("maximum recursion depth exceeded"));
    }
    let cd = fd.code_data(rt);
    let nlp = cd.nlocalsplus as usize;
    let (lp, mark) = rt
        .interp
        .data
        .alloc(cd.frame_size())
        .ok_or_else(|| rt.memory_error())?;
    let exact = kwnames.is_empty()
        && args.len() == cd.argcount as usize
        && cd.kwonlyargcount == 0
        && cd.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0;
    if exact {
        // Exactly the positional parameters (nothing runs meanwhile).
        for (i, v) in args.iter().enumerate() {
            unsafe { *lp.add(i) = Some(v.clone()) };
        }
        push_frame_over(rt, func.clone(), fd, nlp, lp, mark, entry, None);
        return Ok(());
    }
    // Held across the binding, which may run code that reassigns `__code__`.
    let code = fd.code();
    // SAFETY: a function's `__code__` is always a code object.
    let cd = unsafe { rt.code_data_unchecked(&code) };
    if let Err(e) = call::bind(rt, fd, cd, args, kwnames, lp) {
        for i in 0..nlp {
            drop(unsafe { (*lp.add(i)).take() });
        }
        rt.interp.data.release(mark);
        return Err(e);
    }
    // The frame runs the code its arguments were bound for.
    let own = (!unsafe { &*fd.code.get() }.is(&code)).then_some(code);
    push_frame_over(rt, func.clone(), fd, nlp, lp, mark, entry, own);
    Ok(())
}

/// Pushes the frame of function `func` over its localsplus slice `lp` (already bound; `mark`
/// releases it): the end of every specialized Python call (`_PUSH_FRAME`). Returns the new
/// frame and the code it runs; Err when `func` is not a function (the guards before make
/// that impossible).
#[inline(always)]
pub(crate) fn push_function_over(
    rt: &Runtime,
    func: Value,
    lp: *mut Option<Value>,
    mark: frame::Mark,
) -> Result<(*mut Frame, &crate::object::code::CodeData), Value> {
    let Some(fd) = rt.function_data(&func) else {
        return Err(func);
    };
    // The frame takes the function; `fd` and its code point into it, which the frame keeps
    // alive (the code is only replaced through `set_code`, which keeps the old one).
    let fd: *const crate::object::function::FunctionData = fd;
    let fd = unsafe { &*fd };
    let cd: *const crate::object::code::CodeData = fd.code_data(rt);
    let cd = unsafe { &*cd };
    let nlp = cd.nlocalsplus as usize;
    let fp = push_frame_over(rt, func, fd, nlp, lp, mark, false, None);
    Ok((fp, cd))
}

/// Pushes the frame of `func` over its localsplus slice `lp` (already bound; `mark` releases
/// it). Shared by the generic call and the specialized CALL_PY_* forms. The frame runs
/// `own_code` when given, else borrows the function's code. Returns the new frame.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(crate) fn push_frame_over(
    rt: &Runtime,
    func: Value,
    fd: &crate::object::function::FunctionData,
    nlp: usize,
    lp: *mut Option<Value>,
    mark: frame::Mark,
    entry: bool,
    own_code: Option<Value>,
) -> *mut Frame {
    // The function's globals and builtins never change and the frame owns the function: the
    // frame borrows them (only the runtime's builtins, for a function without its own, are
    // referenced: they go away at teardown).
    let (globals, builtins, ns_borrowed) = if rt.is_none(&fd.builtins) {
        let b = rt.interp.builtins_dict().unwrap_or_else(|| rt.none());
        (fd.globals.clone(), b, false)
    } else {
        // SAFETY: `func`, which owns both, lives in the frame until it is dropped.
        unsafe {
            (
                Frame::borrow_ns(&fd.globals),
                Frame::borrow_ns(&fd.builtins),
                true,
            )
        }
    };
    // The code is borrowed too: the function keeps a replaced code alive for its frames.
    // SAFETY: as above; `fd.code` is only replaced through `set_code`.
    let (code, code_borrowed) = match own_code {
        Some(c) => (c, false),
        None => (unsafe { Frame::borrow_ns(&*fd.code.get()) }, true),
    };
    rt.recursion_depth.set(rt.recursion_depth.get() + 1);
    let frames = unsafe { &mut *rt.interp.frames.get() };
    // Written in place (see `FrameStack::spare`).
    let fp = frames.spare();
    // SAFETY: `fp` holds no frame; the whole frame is written before it is pushed.
    unsafe {
        fp.write(Frame {
            code,
            code_borrowed,
            func: Some(func),
            globals,
            builtins,
            ns_borrowed,
            locals: None,
            lp,
            nlocalsplus: nlp,
            sp: 0,
            ip: 0,
            lasti: 0,
            mark: Some(mark),
            entry,
            generator: None,
            obj: None,
        });
        frames.push_written();
    }
    fp
}

/// The `call_function` hook: runs a Python function from native code.
pub fn call_function(rt: &Runtime, func: &Value, args: Args<'_>) -> PyResult<Value> {
    enter_native(rt)?;
    push_function_frame(rt, func, args.all, args.kwnames, true)?;
    match eval::run(rt, None)? {
        eval::Exit::Return(v) | eval::Exit::Yield(v) => Ok(v),
    }
}

/// Checks the native stack before the evaluation loop is entered natively (the outermost entry
/// records where the stack starts).
fn enter_native(rt: &Runtime) -> PyResult<()> {
    if rt.native_stack_exhausted(rt.recursion_depth.get()) {
        return Err(
            rt.recursion_error("maximum recursion depth exceeded while calling a Python object")
        );
    }
    Ok(())
}

/// Runs a module or class body `code` with the given globals and locals mapping.
pub fn run_code(
    rt: &Runtime,
    code: &Value,
    globals: &Value,
    locals: Option<Value>,
) -> PyResult<Value> {
    let cd = rt
        .code_data(code)
        .ok_or_else(|| rt.type_error("expected a code object"))?;
    let gd = rt
        .dict_data(globals)
        .ok_or_else(|| rt.type_error("globals must be a dict"))?;
    if gd.get_str(rt, "__builtins__").is_none()
        && let Some(b) = rt.interp.builtins_dict()
    {
        gd.set(rt, rt.intern("__builtins__"), b)?;
    }
    let builtins = match gd.get_str(rt, "__builtins__") {
        Some(b) => match rt.module_dict(&b) {
            Some(d) => d,
            None => b,
        },
        None => rt.none(),
    };
    let nlp = cd.nlocalsplus as usize;
    let n = cd.frame_size();
    enter_native(rt)?;
    let depth = rt.recursion_depth.get();
    if depth >= rt.recursion_limit.get() {
        return Err(rt.recursion_error("maximum recursion depth exceeded"));
    }
    let (lp, mark) = rt.interp.data.alloc(n).ok_or_else(|| rt.memory_error())?;
    rt.recursion_depth.set(depth + 1);
    unsafe { &mut *rt.interp.frames.get() }.push(|| Frame {
        code: code.clone(),
        func: None,
        globals: globals.clone(),
        builtins,
        locals: Some(locals.unwrap_or_else(|| globals.clone())),
        lp,
        nlocalsplus: nlp,
        sp: 0,
        ip: 0,
        lasti: 0,
        mark: Some(mark),
        entry: true,
        ns_borrowed: false,
        code_borrowed: false,
        generator: None,
        obj: None,
    });
    match eval::run(rt, None)? {
        eval::Exit::Return(v) | eval::Exit::Yield(v) => Ok(v),
    }
}

/// Compiles and runs `source` in the `__main__` module; returns the module's globals. `-c`
/// programs (`<string>`) get no `__file__`, as in CPython.
pub fn run_main(rt: &Runtime, source: &[u8], filename: &str) -> Result<Value, RunError> {
    let cu = crate::compile::compile_with_limits(
        source,
        filename,
        crate::compile::Mode::Exec,
        0,
        rt.compile_limits(),
    )
    .map_err(|e| RunError::Syntax(alloc::boxed::Box::new(e)))?;
    let code = convert::code_object(rt, &cu).map_err(RunError::Exception)?;
    let file = (filename != "<string>").then_some(filename);
    import::run_in_main(rt, &code, file).map_err(RunError::Exception)
}

/// Why running a program failed.
pub enum RunError {
    Syntax(alloc::boxed::Box<crate::compile::SyntaxError>),
    Exception(crate::object::error::PyErr),
}

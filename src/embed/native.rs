//! Native functions (host closures callable from Python) and native modules.

use super::{Error, Interpreter, Object};
use copperhead_core::modules::native_type::native_type;
use copperhead_core::object::header::{Payload, alloc_object};
use copperhead_core::object::typeobj::TypeRef;
use copperhead_core::object::typespec::TypeSpec;
use copperhead_core::{Args, PyResult, Runtime, Value};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The arguments a native function receives.
pub struct NativeArgs<'r> {
    /// Positional arguments.
    pub positional: Vec<Object<'r>>,
    /// Keyword arguments in call order.
    pub keywords: Vec<(String, Object<'r>)>,
}

impl<'r> NativeArgs<'r> {
    /// Positional argument `i`, or TypeError.
    pub fn arg(&self, i: usize) -> Result<&Object<'r>, Error> {
        self.positional.get(i).ok_or_else(|| {
            Error::new(
                "TypeError",
                format!("missing required positional argument {}", i + 1),
            )
        })
    }
    /// Keyword argument `name`, if given.
    pub fn keyword(&self, name: &str) -> Option<&Object<'r>> {
        self.keywords
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

type HostClosure = dyn for<'r> Fn(&'r Interpreter, NativeArgs<'r>) -> Result<Object<'r>, Error>;

/// The payload of a native function object: its name and the host's closure (dropped, with
/// what it captured, when the function object dies).
struct NativeFn {
    name: String,
    f: Box<HostClosure>,
}

impl Payload for NativeFn {}

fn native_call(rt: &Runtime, f: &Value, a: Args<'_>) -> PyResult<Value> {
    let p = rt.host_data.get();
    if p.is_null() {
        return Err(rt.type_error("native function of a runtime without a host"));
    }
    // SAFETY: `host_data` is the interpreter owning `rt` (see `Interpreter::install_hooks`).
    let interp = unsafe { &*(p as *const Interpreter) };
    // SAFETY: only instances of the native function type reach this slot.
    let nf = match f.heap() {
        Some(h) => unsafe { h.payload::<NativeFn>() },
        None => return Err(rt.type_error("not a native function")),
    };
    let positional = a.pos().iter().map(|v| interp.wrap(v.clone())).collect();
    let keywords = a
        .kwargs()
        .map(|(k, v)| {
            let name = rt.str_of(k).unwrap_or_default().to_string();
            (name, interp.wrap(v.clone()))
        })
        .collect();
    let args = NativeArgs {
        positional,
        keywords,
    };
    // A panicking host closure must not unwind through the interpreter's frames.
    match catch_unwind(AssertUnwindSafe(|| (nf.f)(interp, args))) {
        Ok(Ok(obj)) => Ok(obj.value),
        Ok(Err(e)) => Err(interp.to_pyerr(&e)),
        Err(_) => Err(rt.new_error(
            rt.exc().system_error,
            format!("native function {}() panicked", nf.name),
        )),
    }
}

fn native_repr(rt: &Runtime, f: &Value) -> PyResult<Value> {
    let name = f
        .heap()
        .map(|h| unsafe { h.payload::<NativeFn>() }.name.clone())
        .unwrap_or_default();
    rt.new_str(&format!("<native function {name}>"))
}

fn init_native_fn(_: &Runtime, ty: TypeRef) {
    // SAFETY: the type is being made; nothing else sees its slots yet.
    let s = unsafe { ty.data().slots_mut() };
    s.call = Some(native_call);
    s.repr = Some(native_repr);
}

fn native_fn_spec() -> TypeSpec {
    TypeSpec::new::<NativeFn>("copperhead.native_function", init_native_fn)
}

impl Interpreter {
    /// A Python callable running `f`. Errors `f` returns are raised in Python; a panic in
    /// `f` becomes SystemError.
    ///
    /// ```
    /// use copperhead::embed::{Options, Runtime};
    /// let rt = Runtime::new(Options::new());
    /// let add = rt.function("add", |rt, args| {
    ///     let a: i64 = args.arg(0)?.extract()?;
    ///     let b: i64 = args.arg(1)?.extract()?;
    ///     rt.to_py(&(a + b))
    /// })?;
    /// rt.set_global("add", &add)?;
    /// assert_eq!(rt.eval("add(2, 3) * 10", "<x>")?.extract::<i64>()?, 50);
    /// # Ok::<(), copperhead::embed::Error>(())
    /// ```
    pub fn function<F>(&self, name: &str, f: F) -> Result<Object<'_>, Error>
    where
        F: for<'r> Fn(&'r Interpreter, NativeArgs<'r>) -> Result<Object<'r>, Error> + 'static,
    {
        let payload = NativeFn {
            name: name.to_string(),
            f: Box::new(f),
        };
        let v = self.enter(|rt| {
            let ty = match self.native_fn_type.get() {
                Some(t) => t,
                None => {
                    let t = native_type(rt, "copperhead.native_function", native_fn_spec)?;
                    self.native_fn_type.set(Some(t));
                    t
                }
            };
            // SAFETY: the type's layout is `NativeFn`'s.
            unsafe { alloc_object(rt, ty.0, payload) }.ok_or_else(|| rt.memory_error())
        })?;
        Ok(self.wrap(v))
    }

    /// A new, empty module named `name` (fill it with `setattr`, then `register_module`).
    pub fn new_module(&self, name: &str) -> Result<Object<'_>, Error> {
        self.enter(|rt| rt.new_module(name)).map(|v| self.wrap(v))
    }

    /// Makes `module` importable under its `__name__` (puts it in `sys.modules`).
    ///
    /// ```
    /// use copperhead::embed::{Options, Runtime};
    /// let rt = Runtime::new(Options::new());
    /// let m = rt.new_module("host")?;
    /// m.setattr("version", &rt.to_py("1.2")?)?;
    /// m.setattr("twice", &rt.function("twice", |rt, a| {
    ///     let s: String = a.arg(0)?.extract()?;
    ///     rt.to_py(&s.repeat(2))
    /// })?)?;
    /// rt.register_module(&m)?;
    /// let v: String = rt.eval("__import__('host').twice('ab') + __import__('host').version", "<x>")?.extract()?;
    /// assert_eq!(v, "abab1.2");
    /// # Ok::<(), copperhead::embed::Error>(())
    /// ```
    pub fn register_module(&self, module: &Object<'_>) -> Result<(), Error> {
        let name: String = module.getattr("__name__")?.extract()?;
        let modules = self.enter(copperhead_core::interp::modules)?;
        self.wrap(modules).set_item(&name, module)
    }
}

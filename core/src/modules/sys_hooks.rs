//! The hook-like parts of `sys` (Rust: the runtime itself calls them): audit hooks
//! (`audit`, `addaudithook`, and `audit_event` for the runtime's own events), the unraisable
//! hook, the int<->str digit limit, and the import-system lists (`meta_path`, `path_hooks`,
//! `path_importer_cache`) with the finder protocol the importer honours.

use alloc::format;
use alloc::vec::Vec;

use super::set_attr;
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::BuiltinFunctionData;
use crate::object::error::PyErr;
use crate::object::header::alloc_object;
use crate::object::typeobj::NativeFn;
use crate::object::{PyResult, Value};

fn get_int_max_str_digits(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.get_int_max_str_digits", 0, 0)?;
    rt.new_int(rt.int_max_str_digits.get() as i64)
}

fn set_int_max_str_digits(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [v] = a.bind(
        rt,
        &Signature {
            fname: "set_int_max_str_digits",
            names: ["maxdigits"],
            posonly: 0,
            required: 1,
            kwonly: 1,
        },
    )?;
    let v = v.ok_or_else(|| rt.memory_error())?;
    let n = rt.index_isize(&v)?;
    if n != 0 && n <= 640 {
        return Err(rt.value_error("maxdigits must be 0 or larger than 640"));
    }
    rt.int_max_str_digits.set(n as usize);
    Ok(rt.none())
}

// ---- audit hooks ----

/// The hook list `sys.audit` and `sys.addaudithook` are bound to (their `self_`): reachable
/// from the collector through them, and invisible to programs as CPython's.
fn hook_list(rt: &Runtime) -> Option<Value> {
    let f = super::sys::sys_get(rt, "audit")?;
    if rt.type_of(&f) != rt.types().builtin_function {
        return None;
    }
    let d = unsafe { f.heap()?.payload::<BuiltinFunctionData>() };
    (d.func as usize == audit as NativeFn as usize)
        .then(|| d.self_.clone())
        .flatten()
}

fn run_hooks(rt: &Runtime, hooks: &Value, event: &Value, args: &[Value]) -> PyResult<()> {
    // Copy the hooks out: a hook may add hooks.
    let list: Vec<Value> = match rt.list_data(hooks) {
        Some(l) if !l.items().is_empty() => l.items().to_vec(),
        _ => return Ok(()),
    };
    let tuple = rt.new_tuple(args.to_vec())?;
    for h in list {
        rt.call(&h, Args::positional(&[event.clone(), tuple.clone()]))?;
    }
    Ok(())
}

/// Whether any audit hook was added (callers skip building an event's arguments otherwise).
pub fn has_audit_hooks(rt: &Runtime) -> bool {
    hook_list(rt).is_some_and(|h| rt.list_data(&h).is_some_and(|l| !l.items().is_empty()))
}

/// Raises audit event `event` with `args` through the hooks `sys.addaudithook` added (nothing
/// to do, and no allocation, when there are none).
pub fn audit_event(rt: &Runtime, event: &str, args: &[Value]) -> PyResult<()> {
    let Some(hooks) = hook_list(rt) else {
        return Ok(());
    };
    if rt.list_data(&hooks).is_none_or(|l| l.items().is_empty()) {
        return Ok(());
    }
    run_hooks(rt, &hooks, &rt.new_str(event)?, args)
}

/// `sys.audit(event, *args)`; bound to the hook list.
fn audit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (hooks, a) = a.skip_self_checked(rt);
    if a.has_kwargs() {
        return Err(rt.type_error("audit() takes no keyword arguments"));
    }
    let Some((event, rest)) = a.pos().split_first() else {
        return Err(rt.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if rt.list_data(&hooks).is_none_or(|l| l.items().is_empty()) {
        return Ok(rt.none());
    }
    if rt.str_of(event).is_none() {
        return Err(rt.type_error(format!(
            "expected str for argument 'event', not {}",
            rt.type_name(event)
        )));
    }
    run_hooks(rt, &hooks, event, rest)?;
    Ok(rt.none())
}

/// `sys.addaudithook(hook)`; bound to the hook list. As CPython, the existing hooks first see
/// a "sys.addaudithook" event, and one raising RuntimeError vetoes the addition silently.
fn addaudithook(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (hooks, a) = a.skip_self_checked(rt);
    let [hook] = a.bind(
        rt,
        &Signature {
            fname: "addaudithook",
            names: ["hook"],
            posonly: 0,
            required: 1,
            kwonly: 1,
        },
    )?;
    let hook = hook.ok_or_else(|| rt.memory_error())?;
    if let Err(e) = run_hooks(rt, &hooks, &rt.new_str("sys.addaudithook")?, &[]) {
        if rt.err_matches(&e, rt.exc().runtime_error) {
            return Ok(rt.none());
        }
        return Err(e);
    }
    let l = rt.list_data(&hooks).ok_or_else(|| rt.memory_error())?;
    l.push(hook);
    Ok(rt.none())
}

trait SkipSelf<'a> {
    fn skip_self_checked(self, rt: &Runtime) -> (Value, Args<'a>);
}

impl<'a> SkipSelf<'a> for Args<'a> {
    /// The bound list and the caller's arguments (the list is always there: both functions
    /// are only ever made bound).
    fn skip_self_checked(self, rt: &Runtime) -> (Value, Args<'a>) {
        match self.all.first() {
            Some(l) if self.all.len() > self.kwnames.len() => (l.clone(), self.skip_self()),
            _ => (rt.none(), self),
        }
    }
}

fn bound(rt: &Runtime, name: &'static str, func: NativeFn, list: &Value) -> PyResult<Value> {
    let data = BuiltinFunctionData {
        name,
        func,
        self_: Some(list.clone()),
        owner: None,
        module: Some("sys"),
    };
    unsafe { alloc_object(rt, rt.types().builtin_function.0, data) }
        .ok_or_else(|| rt.memory_error())
}

// ---- the unraisable hook ----

/// The `UnraisableHookArgs` struct sequence type (made by `_sys_info`).
fn hook_args_type(rt: &Runtime) -> PyResult<Value> {
    let info = super::sys::info_module(rt)?;
    rt.getattr_str(&info, "UnraisableHookArgs")
}

/// `sys.__unraisablehook__(unraisable)`: the default report, "Exception ignored in: <obj>"
/// and the exception line (without the traceback).
fn default_unraisablehook(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sys.unraisablehook", 1, 1)?;
    let ty = hook_args_type(rt)?;
    let ok = rt
        .type_ref_of_type_value(&ty)
        .is_some_and(|t| rt.isinstance_type(&v[0], t));
    if !ok {
        return Err(rt.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    let exc = rt.getattr_str(&v[0], "exc_value")?;
    let obj = rt.getattr_str(&v[0], "object")?;
    let msg = rt.getattr_str(&v[0], "err_msg")?;
    let msg = rt.str_of(&msg).map(alloc::string::String::from);
    crate::gc::finalize::write_report(rt, msg.as_deref(), &obj, &exc);
    Ok(rt.none())
}

/// Hands an unraisable exception to a user's `sys.unraisablehook`. Returns false when the
/// hook is the default one (the caller writes the report itself).
pub fn call_unraisable_hook(rt: &Runtime, obj: &Value, err: &PyErr) -> bool {
    let Some(hook) = super::sys::sys_get(rt, "unraisablehook") else {
        return false;
    };
    if super::sys::sys_get(rt, "__unraisablehook__").is_some_and(|d| d.is(&hook)) {
        return false;
    }
    let run = || -> PyResult<()> {
        let ty = hook_args_type(rt)?;
        let exc = err.value().clone();
        let tb = rt.getattr_opt(&exc, "__traceback__")?.unwrap_or(rt.none());
        let fields = rt.new_tuple(alloc::vec![
            rt.type_of(&exc).value(),
            exc,
            tb,
            rt.none(),
            obj.clone(),
        ])?;
        rt.call(&ty, Args::positional(&[fields]))
            .and_then(|args| rt.call(&hook, Args::positional(&[args])))?;
        Ok(())
    };
    if let Err(e) = run() {
        let msg = "Exception ignored in sys.unraisablehook";
        crate::gc::finalize::write_report(rt, Some(msg), &hook, e.value());
    }
    true
}

// ---- import-system lists ----

/// Asks the finders on `sys.meta_path` for module `name` (after our own lookup found nothing)
/// and loads it from the spec one returns: `loader.create_module(spec)` (or a new module) and
/// `loader.exec_module(module)`, in `sys.modules` while it runs.
pub fn meta_path_load(rt: &Runtime, name: &str, path: Option<&Value>) -> PyResult<Option<Value>> {
    let Some(mp) = super::sys::sys_get(rt, "meta_path") else {
        return Ok(None);
    };
    let finders = rt.collect(&mp)?;
    let name_v = rt.new_str(name)?;
    for finder in finders {
        let Some(find_spec) = rt.getattr_opt(&finder, "find_spec")? else {
            continue;
        };
        let p = path.cloned().unwrap_or(rt.none());
        let spec = rt.call(
            &find_spec,
            Args::positional(&[name_v.clone(), p, rt.none()]),
        )?;
        if rt.is_none(&spec) {
            continue;
        }
        return load_from_spec(rt, name, &name_v, &spec).map(Some);
    }
    Ok(None)
}

fn load_from_spec(rt: &Runtime, name: &str, name_v: &Value, spec: &Value) -> PyResult<Value> {
    let loader = rt.getattr_opt(spec, "loader")?.unwrap_or(rt.none());
    let mut module = None;
    if !rt.is_none(&loader)
        && let Some(create) = rt.getattr_opt(&loader, "create_module")?
    {
        let m = rt.call(&create, Args::positional(core::slice::from_ref(spec)))?;
        if !rt.is_none(&m) {
            module = Some(m);
        }
    }
    let module = match module {
        Some(m) => m,
        None => rt.new_module(name)?,
    };
    for (attr, v) in [("__spec__", spec.clone()), ("__loader__", loader.clone())] {
        let _ = rt.setattr(&module, &rt.intern(attr), Some(&v));
    }
    let mods = crate::interp::modules(rt)?;
    let md = rt.dict_data(&mods).ok_or_else(|| rt.memory_error())?;
    md.set(rt, name_v.clone(), module.clone())?;
    if !rt.is_none(&loader)
        && let Some(exec) = rt.getattr_opt(&loader, "exec_module")?
        && let Err(e) = rt.call(&exec, Args::positional(core::slice::from_ref(&module)))
    {
        let _ = md.remove(rt, name_v);
        return Err(e);
    }
    Ok(md.get(rt, name_v)?.unwrap_or(module))
}

/// Adds these parts to the `sys` module.
pub fn install(rt: &Runtime, m: &Value) -> PyResult<()> {
    for (name, f) in [
        ("get_int_max_str_digits", get_int_max_str_digits as NativeFn),
        ("set_int_max_str_digits", set_int_max_str_digits),
    ] {
        set_attr(rt, m, name, rt.new_module_function("sys", name, f)?)?;
    }
    let hooks = rt.new_list(Vec::new())?;
    set_attr(rt, m, "audit", bound(rt, "audit", audit, &hooks)?)?;
    set_attr(
        rt,
        m,
        "addaudithook",
        bound(rt, "addaudithook", addaudithook, &hooks)?,
    )?;
    let hook = rt.new_module_function("sys", "unraisablehook", default_unraisablehook)?;
    set_attr(rt, m, "unraisablehook", hook.clone())?;
    set_attr(rt, m, "__unraisablehook__", hook)?;
    set_attr(rt, m, "meta_path", rt.new_list(Vec::new())?)?;
    set_attr(rt, m, "path_hooks", rt.new_list(Vec::new())?)?;
    set_attr(rt, m, "path_importer_cache", rt.new_dict()?)?;
    Ok(())
}

//! The import system, with CPython 3.11's semantics and messages: `__import__`, the
//! `IMPORT_FROM` lookup, `sys.modules` as the cache, the search of `sys.path` and of packages'
//! `__path__`, relative names, `__main__` and `-m`.
//!
//! Where modules come from, in order: `sys.modules`; the standard modules the runtime carries
//! (`crate::modules`, by full dotted name, so frozen packages' submodules need no `__path__`);
//! then `name/__init__.py`, `name.py` and namespace portions (`name/` without `__init__.py`) in
//! each directory of the search path. File access is the platform's (`Hooks::file_kind` and
//! `Hooks::read_file`); everything else is here, so every host resolves imports alike. A host
//! without those hooks imports only the standard modules.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::Runtime;
use crate::compile::Mode;
use crate::modules::ModuleSource;
use crate::object::args::{Args, Signature};
use crate::object::error::PyErr;
use crate::object::{PyResult, Value};
use crate::runtime::FileKind;

/// Where `find` located a module.
enum Found {
    Standard(&'static ModuleSource),
    /// A `.py` file; `package` is the directory of a regular package (`dir/__init__.py`).
    Source {
        path: String,
        package: Option<String>,
    },
    /// A namespace package: its directories on the search path.
    Namespace(Vec<String>),
}

fn modules_get(rt: &Runtime, name: &str) -> PyResult<Option<Value>> {
    let mods = super::modules(rt)?;
    let md = rt.dict_data(&mods).ok_or_else(|| rt.memory_error())?;
    Ok(md.get_str(rt, name))
}

fn modules_set(rt: &Runtime, name: &str, m: &Value) -> PyResult<()> {
    let mods = super::modules(rt)?;
    let md = rt.dict_data(&mods).ok_or_else(|| rt.memory_error())?;
    md.set(rt, rt.new_str(name)?, m.clone())
}

fn modules_remove(rt: &Runtime, name: &str) -> PyResult<()> {
    let mods = super::modules(rt)?;
    let md = rt.dict_data(&mods).ok_or_else(|| rt.memory_error())?;
    let old = md.remove(rt, &rt.new_str(name)?)?;
    drop(old);
    Ok(())
}

/// An attribute of the `sys` module (None when `sys` or the attribute is gone).
fn sys_attr(rt: &Runtime, name: &str) -> PyResult<Option<Value>> {
    match modules_get(rt, "sys")? {
        Some(sys) => rt.getattr_opt(&sys, name),
        None => Ok(None),
    }
}

/// An ImportError (or subclass) with its `msg` attribute, as the constructor would set it.
fn import_error(rt: &Runtime, ty: crate::object::typeobj::TypeRef, msg: String) -> PyErr {
    let e = rt.new_error(ty, msg.clone());
    if let Ok(m) = rt.new_str(&msg) {
        let _ = rt.setattr(e.value(), &rt.intern("msg"), Some(&m));
    }
    e
}

fn not_found(rt: &Runtime, msg: String, name: &str) -> PyErr {
    let e = import_error(rt, rt.exc().module_not_found_error, msg);
    if let Ok(n) = rt.new_str(name) {
        let _ = rt.setattr(e.value(), &rt.intern("name"), Some(&n));
    }
    e
}

/// `dir` + `/` + `name`, keeping a separator the host already wrote.
fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else if dir.ends_with('/') || dir.ends_with('\\') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// Looks for module `name` (full dotted name) among the standard modules, then in the
/// directories of `path` (a package's `__path__`, or `sys.path` for top-level modules).
fn find(rt: &Runtime, name: &str, path: Option<&Value>) -> PyResult<Option<Found>> {
    if let Some(src) = crate::modules::find(name) {
        return Ok(Some(Found::Standard(src)));
    }
    let h = rt.hooks.get();
    let (Some(kind), Some(_)) = (h.file_kind, h.read_file) else {
        return Ok(None);
    };
    let entries = match path {
        Some(p) => rt.collect(p)?,
        None => match sys_attr(rt, "path")? {
            Some(p) => rt.collect(&p)?,
            None => Vec::new(),
        },
    };
    let tail = name.rsplit('.').next().unwrap_or(name);
    let mut portions = Vec::new();
    for e in &entries {
        let Some(dir) = rt.str_of(e) else { continue };
        let pkg = join(dir, tail);
        if kind(rt, &pkg) == FileKind::Dir {
            let init = join(&pkg, "__init__.py");
            if kind(rt, &init) == FileKind::File {
                return Ok(Some(Found::Source {
                    path: init,
                    package: Some(pkg),
                }));
            }
            portions.push(pkg);
        }
        let file = join(dir, &format!("{tail}.py"));
        if kind(rt, &file) == FileKind::File {
            return Ok(Some(Found::Source {
                path: file,
                package: None,
            }));
        }
    }
    Ok((!portions.is_empty()).then_some(Found::Namespace(portions)))
}

/// A class or function of the frozen `_frozen_importlib` module (specs and loaders).
fn bootstrap_attr(rt: &Runtime, attr: &str) -> PyResult<Value> {
    let m = import_absolute(rt, "_frozen_importlib")?;
    rt.getattr_str(&m, attr)
}

/// Makes `ModuleSpec(name, loader)` with its origin and search locations.
fn make_spec(
    rt: &Runtime,
    name: &str,
    loader: &Value,
    origin: Option<&str>,
    search: Option<&Value>,
    has_location: bool,
) -> PyResult<Value> {
    let cls = bootstrap_attr(rt, "ModuleSpec")?;
    let spec = rt.call(&cls, Args::positional(&[rt.new_str(name)?, loader.clone()]))?;
    let set = |k: &str, v: Value| rt.setattr(&spec, &rt.intern(k), Some(&v));
    if let Some(o) = origin {
        set("origin", rt.new_str(o)?)?;
    }
    if let Some(s) = search {
        set("submodule_search_locations", s.clone())?;
    }
    if has_location {
        set("_set_fileattr", rt.bool_value(true))?;
    }
    Ok(spec)
}

/// A SyntaxError carrying the location, so its message names the file and line.
pub fn syntax_error(rt: &Runtime, e: &crate::compile::SyntaxError) -> PyErr {
    let plain = super::syntax_error(rt, e);
    let build = || -> PyResult<Value> {
        let int_or_none = |v: Option<i64>| match v {
            Some(i) => rt.new_int(i),
            None => Ok(rt.none()),
        };
        let text = match &e.text {
            Some(t) => rt.new_str(t)?,
            None => rt.none(),
        };
        let info = rt.new_tuple(alloc::vec![
            rt.new_str(&e.filename)?,
            int_or_none(e.lineno)?,
            int_or_none(e.offset)?,
            text,
            int_or_none(e.end_lineno)?,
            int_or_none(e.end_offset)?,
        ])?;
        let ty = rt.type_of(plain.value()).value();
        rt.call(&ty, Args::positional(&[rt.new_str(&e.msg)?, info]))
    };
    match build() {
        Ok(v) => PyErr(v),
        Err(_) => plain,
    }
}

/// What kind of module `exec_new_module` runs.
pub enum Origin<'a> {
    /// A `.py` file; `package`: the package's directory.
    File {
        path: &'a str,
        package: Option<&'a str>,
    },
    /// Standard-module source frozen into the binary.
    Frozen { package: bool },
}

/// Compiles `source` and runs it as the new module `name`: registered in `sys.modules` first
/// (so circular imports see the partial module, its `__spec__._initializing` set meanwhile),
/// removed again if running it fails. Returns what `sys.modules[name]` holds afterwards.
pub fn exec_new_module(
    rt: &Runtime,
    name: &str,
    source: &[u8],
    filename: &str,
    origin: Origin<'_>,
) -> PyResult<Value> {
    let cu =
        crate::compile::compile_with_limits(source, filename, Mode::Exec, 0, rt.compile_limits())
            .map_err(|e| syntax_error(rt, &e))?;
    let code = super::convert::code_object(rt, &cu)?;
    let m = rt.new_module(name)?;
    let g = rt.module_dict(&m).ok_or_else(|| rt.memory_error())?;
    let gd = rt.dict_data(&g).ok_or_else(|| rt.memory_error())?;
    let set = |k: &str, v: Value| gd.set(rt, rt.intern(k), v);
    let is_package = match origin {
        Origin::File { package, .. } => package.is_some(),
        Origin::Frozen { package } => package,
    };
    let parent = if is_package {
        name
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p)
    };
    set("__package__", rt.new_str(parent)?)?;
    let path_list = if is_package {
        let dirs = match origin {
            Origin::File {
                package: Some(d), ..
            } => alloc::vec![rt.new_str(d)?],
            _ => Vec::new(),
        };
        let l = rt.new_list(dirs)?;
        set("__path__", l.clone())?;
        Some(l)
    } else {
        None
    };
    // `_frozen_importlib` defines the spec type, so it goes without a spec.
    let spec = if name == "_frozen_importlib" {
        None
    } else {
        let (loader, origin_s, file) = match origin {
            Origin::File { path, .. } => {
                let cls = bootstrap_attr(rt, "SourceFileLoader")?;
                let l = rt.call(
                    &cls,
                    Args::positional(&[rt.new_str(name)?, rt.new_str(path)?]),
                )?;
                (l, Some(path), true)
            }
            Origin::Frozen { .. } => (bootstrap_attr(rt, "FrozenImporter")?, Some("frozen"), false),
        };
        let spec = make_spec(rt, name, &loader, origin_s, path_list.as_ref(), file)?;
        set("__loader__", loader)?;
        set("__spec__", spec.clone())?;
        if let (Origin::File { path, .. }, true) = (&origin, file) {
            set("__file__", rt.new_str(path)?)?;
            set("__cached__", rt.none())?;
        }
        Some(spec)
    };
    let initializing = |b: bool| match &spec {
        Some(s) => rt.setattr(s, &rt.intern("_initializing"), Some(&rt.bool_value(b))),
        None => Ok(()),
    };
    initializing(true)?;
    modules_set(rt, name, &m)?;
    let r = super::run_code(rt, &code, &g, None);
    let _ = initializing(false);
    if let Err(e) = r {
        modules_remove(rt, name)?;
        return Err(e);
    }
    Ok(modules_get(rt, name)?.unwrap_or(m))
}

/// Sets `__spec__` and `__loader__` of a native standard module (made without them).
fn describe_native(rt: &Runtime, name: &str, m: &Value) -> PyResult<()> {
    if rt
        .getattr_opt(m, "__spec__")?
        .is_some_and(|s| !rt.is_none(&s))
    {
        return Ok(());
    }
    let loader = bootstrap_attr(rt, "BuiltinImporter")?;
    let spec = make_spec(rt, name, &loader, Some("built-in"), None, false)?;
    rt.setattr(m, &rt.intern("__spec__"), Some(&spec))?;
    rt.setattr(m, &rt.intern("__loader__"), Some(&loader))
}

fn read_source(rt: &Runtime, path: &str) -> PyResult<Vec<u8>> {
    let read = rt.hooks.get().read_file;
    read.and_then(|r| r(rt, path)).ok_or_else(|| {
        let e = import_error(
            rt,
            rt.exc().import_error,
            format!("could not read module source '{path}'"),
        );
        if let Ok(p) = rt.new_str(path) {
            let _ = rt.setattr(e.value(), &rt.intern("path"), Some(&p));
        }
        e
    })
}

/// Loads the module `find` located.
fn load(rt: &Runtime, name: &str, found: Found) -> PyResult<Value> {
    match found {
        Found::Standard(src) => {
            let m = crate::modules::load_standard(rt, name)?
                .ok_or_else(|| not_found(rt, format!("No module named '{name}'"), name))?;
            if matches!(src, ModuleSource::Native(_)) {
                describe_native(rt, name, &m)?;
            }
            Ok(m)
        }
        Found::Source { path, package } => {
            let src = read_source(rt, &path)?;
            let origin = Origin::File {
                path: &path,
                package: package.as_deref(),
            };
            exec_new_module(rt, name, &src, &path, origin)
        }
        Found::Namespace(dirs) => {
            let m = rt.new_module(name)?;
            let items = dirs
                .iter()
                .map(|d| rt.new_str(d))
                .collect::<PyResult<Vec<_>>>()?;
            let path = rt.new_list(items)?;
            let cls = bootstrap_attr(rt, "NamespaceLoader")?;
            let loader = rt.call(&cls, Args::positional(&[rt.new_str(name)?, path.clone()]))?;
            let spec = make_spec(rt, name, &loader, None, Some(&path), false)?;
            let set = |k: &str, v: Value| rt.setattr(&m, &rt.intern(k), Some(&v));
            set("__package__", rt.new_str(name)?)?;
            set("__file__", rt.none())?;
            set("__path__", path)?;
            set("__loader__", loader)?;
            set("__spec__", spec)?;
            modules_set(rt, name, &m)?;
            Ok(m)
        }
    }
}

/// Imports `name` (absolute, dotted) unless `sys.modules` has it: parents first, then the
/// module, which is then set as an attribute of its parent.
pub fn import_absolute(rt: &Runtime, name: &str) -> PyResult<Value> {
    match modules_get(rt, name)? {
        Some(m) if rt.is_none(&m) => Err(not_found(
            rt,
            format!("import of {name} halted; None in sys.modules"),
            name,
        )),
        Some(m) => Ok(m),
        None => find_and_load(rt, name),
    }
}

fn find_and_load(rt: &Runtime, name: &str) -> PyResult<Value> {
    audit_import(rt, name)?;
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let path = match parent {
        Some(p) => {
            if modules_get(rt, p)?.is_none() {
                import_absolute(rt, p)?;
            }
            // Importing the parent may have imported this module too.
            if let Some(m) = modules_get(rt, name)? {
                return Ok(m);
            }
            let pm = modules_get(rt, p)?
                .ok_or_else(|| not_found(rt, format!("No module named '{name}'"), name))?;
            match rt.getattr_opt(&pm, "__path__")? {
                Some(path) => Some(path),
                None => {
                    return Err(not_found(
                        rt,
                        format!("No module named '{name}'; '{p}' is not a package"),
                        name,
                    ));
                }
            }
        }
        None => None,
    };
    let m = match find(rt, name, path.as_ref())? {
        Some(found) => load(rt, name, found)?,
        // The finders a program put on sys.meta_path come after ours.
        None => crate::modules::sys_hooks::meta_path_load(rt, name, path.as_ref())?
            .ok_or_else(|| not_found(rt, format!("No module named '{name}'"), name))?,
    };
    if let Some(p) = parent
        && let Some(pm) = modules_get(rt, p)?
    {
        let _ = rt.setattr(&pm, &rt.new_str(child)?, Some(&m));
    }
    Ok(m)
}

/// The "import" audit event: (module, filename, sys.path, sys.meta_path, sys.path_hooks).
fn audit_import(rt: &Runtime, name: &str) -> PyResult<()> {
    if !crate::modules::sys_hooks::has_audit_hooks(rt) {
        return Ok(());
    }
    let attr = |n: &str| sys_attr(rt, n).map(|v| v.unwrap_or_else(|| rt.none()));
    crate::modules::sys_hooks::audit_event(
        rt,
        "import",
        &[
            rt.new_str(name)?,
            rt.none(),
            attr("path")?,
            attr("meta_path")?,
            attr("path_hooks")?,
        ],
    )
}

/// The package a relative import in `globals` is relative to (`__package__`,
/// `__spec__.parent`, or from `__name__`).
fn calc_package(rt: &Runtime, globals: Option<&Value>) -> PyResult<String> {
    let Some(g) = globals else {
        return Err(rt.key_error(rt.new_str("'__name__' not in globals")?));
    };
    let Some(gd) = rt.dict_data(g) else {
        return Err(rt.type_error("globals must be a dict"));
    };
    let package = gd.get_str(rt, "__package__").filter(|p| !rt.is_none(p));
    let spec = gd.get_str(rt, "__spec__").filter(|s| !rt.is_none(s));
    if let Some(p) = package {
        return rt
            .str_of(&p)
            .map(String::from)
            .ok_or_else(|| rt.type_error("package must be a string"));
    }
    if let Some(s) = spec {
        let parent = rt.getattr_str(&s, "parent")?;
        return rt
            .str_of(&parent)
            .map(String::from)
            .ok_or_else(|| rt.type_error("__spec__.parent must be a string"));
    }
    let name = gd
        .get_str(rt, "__name__")
        .ok_or_else(|| rt.key_error(rt.intern("'__name__' not in globals")))?;
    let name = rt
        .str_of(&name)
        .ok_or_else(|| rt.type_error("__name__ must be a string"))?;
    if gd.get_str(rt, "__path__").is_some() {
        Ok(name.into())
    } else {
        Ok(name.rsplit_once('.').map_or("", |(p, _)| p).into())
    }
}

/// The absolute name of `name` imported `level` packages up from `globals`' package.
fn resolve_name(
    rt: &Runtime,
    name: &str,
    globals: Option<&Value>,
    level: usize,
) -> PyResult<String> {
    let package = calc_package(rt, globals)?;
    if package.is_empty() {
        return Err(import_error(
            rt,
            rt.exc().import_error,
            "attempted relative import with no known parent package".into(),
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(import_error(
                    rt,
                    rt.exc().import_error,
                    "attempted relative import beyond top-level package".into(),
                ));
            }
        }
    }
    Ok(if name.is_empty() {
        base.into()
    } else {
        format!("{base}.{name}")
    })
}

/// `from module import x, y`: imports submodules named in `fromlist` that are not attributes.
fn handle_fromlist(
    rt: &Runtime,
    module: &Value,
    fromlist: &[Value],
    recursive: bool,
) -> PyResult<()> {
    for x in fromlist {
        let Some(s) = rt.str_of(x) else {
            let where_ = if recursive {
                let n = rt.getattr_str(module, "__name__")?;
                format!("{}.__all__", rt.str_string(&n)?)
            } else {
                String::from("``from list''")
            };
            return Err(rt.type_error(format!(
                "Item in {where_} must be str, not {}",
                rt.type_name(x)
            )));
        };
        if s == "*" {
            if !recursive && let Some(all) = rt.getattr_opt(module, "__all__")? {
                let names = rt.collect(&all)?;
                handle_fromlist(rt, module, &names, true)?;
            }
        } else if rt.getattr_opt(module, s)?.is_none() {
            let mname = rt.getattr_str(module, "__name__")?;
            let from_name = format!("{}.{s}", rt.str_string(&mname)?);
            if let Err(e) = import_absolute(rt, &from_name) {
                // A missing submodule is fine here: IMPORT_FROM reports the missing name.
                let missing = rt.err_matches(&e, rt.exc().module_not_found_error)
                    && rt
                        .getattr_opt(e.value(), "name")?
                        .is_some_and(|n| rt.str_of(&n) == Some(from_name.as_str()))
                    && !modules_get(rt, &from_name)?.is_some_and(|m| rt.is_none(&m));
                if !missing {
                    return Err(e);
                }
            }
        }
    }
    Ok(())
}

/// `__import__(name, globals, locals, fromlist, level)` as the IMPORT_NAME instruction uses it.
pub fn import_module_level(
    rt: &Runtime,
    name: &Value,
    globals: Option<&Value>,
    fromlist: Option<&Value>,
    level: isize,
) -> PyResult<Value> {
    let Some(name) = rt.str_of(name) else {
        return Err(rt.type_error("module name must be a string"));
    };
    if level < 0 {
        return Err(rt.value_error("level must be >= 0"));
    }
    let abs = if level > 0 {
        resolve_name(rt, name, globals, level as usize)?
    } else {
        if name.is_empty() {
            return Err(rt.value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = import_absolute(rt, &abs)?;
    let fromlist = match fromlist.filter(|f| !rt.is_none(f)) {
        Some(f) => rt.collect(f)?,
        None => Vec::new(),
    };
    if fromlist.is_empty() {
        // `import a.b.c` binds `a`: the first component of the name as written.
        let front = name.split('.').next().unwrap_or(name);
        if level == 0 {
            return import_absolute(rt, front);
        }
        if name.is_empty() {
            return Ok(module);
        }
        let cut = name.len() - front.len();
        let to_return = &abs[..abs.len() - cut];
        return modules_get(rt, to_return)?.ok_or_else(|| {
            rt.key_error(
                rt.new_str(&format!("'{to_return}' not in sys.modules as expected"))
                    .unwrap_or_else(|_| rt.none()),
            )
        });
    }
    if rt.getattr_opt(&module, "__path__")?.is_some() {
        handle_fromlist(rt, &module, &fromlist, false)?;
    }
    Ok(module)
}

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = a.bind(
        rt,
        &Signature {
            fname: "__import__",
            names: ["name", "globals", "locals", "fromlist", "level"],
            posonly: 0,
            required: 1,
            kwonly: 5,
        },
    )?;
    let name =
        name.ok_or_else(|| rt.type_error("__import__() missing required argument 'name'"))?;
    let level = match level {
        Some(l) => rt.index_isize(&l)?,
        None => 0,
    };
    let globals = globals.filter(|g| !rt.is_none(g));
    import_module_level(rt, &name, globals.as_ref(), fromlist.as_ref(), level)
}

/// `from module import name` (IMPORT_FROM): the attribute, else the submodule already in
/// `sys.modules`, else ImportError naming the module and its file.
pub fn import_from(rt: &Runtime, module: &Value, name: &Value) -> PyResult<Value> {
    match rt.getattr(module, name) {
        Ok(v) => return Ok(v),
        Err(e) if rt.err_matches(&e, rt.exc().attribute_error) => {}
        Err(e) => return Err(e),
    }
    let attr = rt.str_of(name).unwrap_or("?");
    let pkgname = rt
        .getattr_opt(module, "__name__")?
        .filter(|n| rt.str_of(n).is_some());
    if let Some(p) = &pkgname {
        let full = format!("{}.{attr}", rt.str_of(p).unwrap_or(""));
        if let Some(m) = modules_get(rt, &full)? {
            return Ok(m);
        }
    }
    let pkg = match &pkgname {
        Some(p) => rt.repr_string(p)?,
        None => String::from("'<unknown module name>'"),
    };
    let file = rt
        .getattr_opt(module, "__file__")?
        .filter(|f| rt.str_of(f).is_some());
    let location = match &file {
        Some(f) => rt.str_string(f)?,
        None => String::from("unknown location"),
    };
    let initializing = match rt.getattr_opt(module, "__spec__")? {
        Some(s) if !rt.is_none(&s) => match rt.getattr_opt(&s, "_initializing")? {
            Some(b) => rt.truthy(&b)?,
            None => false,
        },
        _ => false,
    };
    let n = rt.repr_string(name)?;
    let msg = if initializing {
        format!(
            "cannot import name {n} from partially initialized module {pkg} (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name {n} from {pkg} ({location})")
    };
    let e = import_error(rt, rt.exc().import_error, msg);
    if let Some(p) = &pkgname {
        let _ = rt.setattr(e.value(), &rt.intern("name"), Some(p));
    }
    if let Some(f) = &file {
        let _ = rt.setattr(e.value(), &rt.intern("path"), Some(f));
    }
    Err(e)
}

/// Sets `sys.path` to `entries` (the host's: the script's directory or '', then PYTHONPATH).
pub fn set_sys_path(rt: &Runtime, entries: &[&str]) -> PyResult<()> {
    let items = entries
        .iter()
        .map(|e| rt.new_str(e))
        .collect::<PyResult<Vec<_>>>()?;
    match sys_attr(rt, "path")? {
        Some(p) if rt.list_data(&p).is_some() => {
            rt.call_method(&p, "clear", &[])?;
            rt.call_method(&p, "extend", &[rt.new_list(items)?])?;
            Ok(())
        }
        _ => match modules_get(rt, "sys")? {
            Some(sys) => rt.setattr(&sys, &rt.intern("path"), Some(&rt.new_list(items)?)),
            None => Ok(()),
        },
    }
}

/// The `__main__` module (made and registered on first use): scripts, `-c`, `-m` and the
/// REPL run in its dict.
pub fn main_module(rt: &Runtime) -> PyResult<Value> {
    if let Some(m) = modules_get(rt, "__main__")?
        && rt.module_dict(&m).is_some()
    {
        return Ok(m);
    }
    let m = rt.new_module("__main__")?;
    let g = rt.module_dict(&m).ok_or_else(|| rt.memory_error())?;
    let gd = rt.dict_data(&g).ok_or_else(|| rt.memory_error())?;
    // As in CPython, `__main__.__builtins__` is the module itself; other modules get its dict.
    let b = match modules_get(rt, "builtins")? {
        Some(b) => Some(b),
        None => rt.interp.builtins_dict(),
    };
    if let Some(b) = b {
        gd.set(rt, rt.intern("__builtins__"), b)?;
    }
    modules_set(rt, "__main__", &m)?;
    Ok(m)
}

/// Runs compiled code in `__main__`'s dict (with `__file__` when the program has a file).
pub fn run_in_main(rt: &Runtime, code: &Value, file: Option<&str>) -> PyResult<Value> {
    let m = main_module(rt)?;
    let g = rt.module_dict(&m).ok_or_else(|| rt.memory_error())?;
    if let Some(f) = file {
        let gd = rt.dict_data(&g).ok_or_else(|| rt.memory_error())?;
        gd.set(rt, rt.intern("__file__"), rt.new_str(f)?)?;
        gd.set(rt, rt.intern("__cached__"), rt.none())?;
    }
    super::run_code(rt, code, &g, None)?;
    Ok(g)
}

/// Why `-m` could not run a module.
pub enum RunModuleError {
    /// Printed as `copperhead: MESSAGE`, status 1 (as CPython's runpy errors).
    Message(String),
    /// An exception from the module's code (or its parents' imports).
    Exception(PyErr),
    /// The module's source does not compile.
    Syntax(alloc::boxed::Box<crate::compile::SyntaxError>, Vec<u8>),
}

fn exception_summary(rt: &Runtime, e: &PyErr) -> String {
    let ty = rt.type_name(e.value()).to_string();
    match rt.str_string(e.value()) {
        Ok(s) if !s.is_empty() => format!("{ty}: {s}"),
        _ => ty,
    }
}

/// `-m NAME`: finds module `name` (importing its parent packages), and runs its code as
/// `__main__`; a package runs its `__main__` submodule. `sys.argv[0]` becomes the file.
pub fn run_module_as_main(rt: &Runtime, name: &str) -> Result<(), RunModuleError> {
    use RunModuleError::{Exception, Message};
    if name.starts_with('.') {
        return Err(Message("Relative module names not supported".into()));
    }
    let parent = name.rsplit_once('.').map(|(p, _)| p);
    let spec_error = |detail: String| {
        Message(format!(
            "Error while finding module specification for '{name}' ({detail})"
        ))
    };
    let path = match parent {
        Some(p) => {
            let pm = import_absolute(rt, p).map_err(|e| {
                if rt.err_matches(&e, rt.exc().import_error) {
                    spec_error(exception_summary(rt, &e))
                } else {
                    Exception(e)
                }
            })?;
            match rt.getattr_opt(&pm, "__path__").map_err(Exception)? {
                Some(p) => Some(p),
                None => {
                    return Err(spec_error(format!(
                        "ModuleNotFoundError: __path__ attribute not found on '{p}' while trying to find '{name}'"
                    )));
                }
            }
        }
        None => None,
    };
    let found = find(rt, name, path.as_ref())
        .map_err(Exception)?
        .ok_or_else(|| Message(format!("No module named {name}")))?;
    let is_package = match &found {
        Found::Standard(ModuleSource::Frozen { package, .. }) => *package,
        Found::Source { package, .. } => package.is_some(),
        Found::Namespace(_) => true,
        Found::Standard(ModuleSource::Native(_)) => false,
    };
    if is_package {
        if name == "__main__" || name.ends_with(".__main__") {
            return Err(Message("Cannot use package as __main__ module".into()));
        }
        import_absolute(rt, name).map_err(Exception)?;
        return run_module_as_main(rt, &format!("{name}.__main__")).map_err(|e| match e {
            Message(m) => Message(format!(
                "{m}; '{name}' is a package and cannot be directly executed"
            )),
            other => other,
        });
    }
    let (source, filename, loader, origin) = match &found {
        Found::Source { path, .. } => {
            let src = read_source(rt, path).map_err(Exception)?;
            let cls = bootstrap_attr(rt, "SourceFileLoader").map_err(Exception)?;
            let args = [
                rt.new_str(name).map_err(Exception)?,
                rt.new_str(path).map_err(Exception)?,
            ];
            let loader = rt.call(&cls, Args::positional(&args)).map_err(Exception)?;
            (src, path.clone(), loader, Some(path.as_str()))
        }
        Found::Standard(ModuleSource::Frozen { source, .. }) => {
            let loader = bootstrap_attr(rt, "FrozenImporter").map_err(Exception)?;
            (
                source.as_bytes().to_vec(),
                format!("<frozen {name}>"),
                loader,
                Some("frozen"),
            )
        }
        _ => return Err(Message(format!("No code object available for {name}"))),
    };
    let cu =
        crate::compile::compile_with_limits(&source, &filename, Mode::Exec, 0, rt.compile_limits())
            .map_err(|e| RunModuleError::Syntax(alloc::boxed::Box::new(e), source.clone()))?;
    let setup = || -> PyResult<Value> {
        let code = super::convert::code_object(rt, &cu)?;
        let has_file = matches!(found, Found::Source { .. });
        let spec = make_spec(rt, name, &loader, origin, None, has_file)?;
        let m = main_module(rt)?;
        let set = |k: &str, v: Value| rt.setattr(&m, &rt.intern(k), Some(&v));
        set("__name__", rt.intern("__main__"))?;
        set("__package__", rt.new_str(parent.unwrap_or(""))?)?;
        set("__spec__", spec)?;
        set("__loader__", loader.clone())?;
        if has_file {
            set("__file__", rt.new_str(&filename)?)?;
            set("__cached__", rt.none())?;
        }
        if let Some(argv) = sys_attr(rt, "argv")?
            && rt.len(&argv)? > 0
        {
            rt.setitem(&argv, &rt.new_int(0)?, &rt.new_str(&filename)?)?;
        }
        Ok(code)
    };
    let code = setup().map_err(Exception)?;
    run_in_main(rt, &code, None).map_err(Exception)?;
    Ok(())
}

/// `importlib.reload(module)`: runs the module's code again in its own dict.
fn reload(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "reload", 1, 1)?;
    let m = &v[0];
    if rt.module_dict(m).is_none() {
        return Err(rt.type_error("reload() argument must be a module"));
    }
    let name = rt.getattr_str(m, "__name__")?;
    let name = rt.str_string(&name)?;
    if !modules_get(rt, &name)?.is_some_and(|x| x.is(m)) {
        return Err(import_error(
            rt,
            rt.exc().import_error,
            format!("module {name} not in sys.modules"),
        ));
    }
    let path = match name.rsplit_once('.') {
        Some((p, _)) => {
            let pm = modules_get(rt, p)?.ok_or_else(|| {
                import_error(
                    rt,
                    rt.exc().import_error,
                    format!("parent '{p}' not in sys.modules"),
                )
            })?;
            rt.getattr_opt(&pm, "__path__")?
        }
        None => None,
    };
    let found = find(rt, &name, path.as_ref())?
        .ok_or_else(|| not_found(rt, format!("spec not found for the module '{name}'"), &name))?;
    let (source, filename) = match found {
        Found::Source { path, .. } => (read_source(rt, &path)?, path),
        Found::Standard(ModuleSource::Frozen { source, .. }) => {
            (source.as_bytes().to_vec(), format!("<frozen {name}>"))
        }
        _ => return Ok(m.clone()),
    };
    let cu =
        crate::compile::compile_with_limits(&source, &filename, Mode::Exec, 0, rt.compile_limits())
            .map_err(|e| syntax_error(rt, &e))?;
    let code = super::convert::code_object(rt, &cu)?;
    let g = rt.module_dict(m).ok_or_else(|| rt.memory_error())?;
    super::run_code(rt, &code, &g, None)?;
    Ok(modules_get(rt, &name)?.unwrap_or_else(|| m.clone()))
}

fn imp_import_absolute(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "import_absolute", 1, 1)?;
    let name = rt
        .str_of(&v[0])
        .ok_or_else(|| rt.type_error("module name must be str"))?
        .to_string();
    import_absolute(rt, &name)
}

/// The native `_imp` module: what the frozen `importlib` needs from the import system.
pub fn make_imp(rt: &Runtime) -> PyResult<Value> {
    crate::modules::native_module(
        rt,
        "_imp",
        &[("import_absolute", imp_import_absolute), ("reload", reload)],
    )
}

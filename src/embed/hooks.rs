//! The core's hooks for an embedded runtime: output to the host's callbacks, imports through
//! the module loader and the chosen file access, and the budget's exception type. The core's
//! hooks are plain functions; they find the `Interpreter` through the runtime's `host_data`.

use super::{FileAccess, Interpreter};
use copperhead_core::runtime::Hooks;
use copperhead_core::{Args, FileKind, PyErr, Runtime};

/// The `sys.path` entry standing for the module loader: `<host>/a/b.py` is module `a.b`.
const LOADER_DIR: &str = "<host>";

fn interp(rt: &Runtime) -> Option<&Interpreter> {
    let p = rt.host_data.get();
    // SAFETY: set by `install_hooks` to the interpreter owning `rt`, which outlives it.
    (!p.is_null()).then(|| unsafe { &*(p as *const Interpreter) })
}

fn write_stdout(rt: &Runtime, s: &str) {
    match interp(rt).and_then(|i| i.stdout.as_ref()) {
        Some(f) => f(s),
        None => {
            use std::io::Write;
            let _ = std::io::stdout().lock().write_all(s.as_bytes());
        }
    }
}

fn write_stderr(rt: &Runtime, s: &str) {
    match interp(rt).and_then(|i| i.stderr.as_ref()) {
        Some(f) => f(s),
        None => eprint!("{s}"),
    }
}

/// What a path under `LOADER_DIR` asks for: (module name, whether the path is a package's
/// `__init__.py`, whether it is a `.py` file at all).
fn loader_name(path: &str) -> Option<(String, bool, bool)> {
    let rest = path.strip_prefix(LOADER_DIR)?.strip_prefix('/')?;
    if let Some(pkg) = rest.strip_suffix("/__init__.py") {
        return Some((pkg.replace('/', "."), true, true));
    }
    match rest.strip_suffix(".py") {
        Some(m) => Some((m.replace('/', "."), false, true)),
        None => Some((rest.replace('/', "."), true, false)),
    }
}

fn file_kind(rt: &Runtime, path: &str) -> FileKind {
    let Some(i) = interp(rt) else {
        return FileKind::Missing;
    };
    if let Some((name, want_pkg, is_file)) = loader_name(path) {
        return match i.loader.as_ref().and_then(|l| l(&name)) {
            Some((_, pkg)) if pkg == want_pkg => {
                if is_file {
                    FileKind::File
                } else {
                    FileKind::Dir
                }
            }
            _ => FileKind::Missing,
        };
    }
    match &i.files {
        FileAccess::None => FileKind::Missing,
        FileAccess::Host => match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => FileKind::Dir,
            Ok(_) => FileKind::File,
            Err(_) => FileKind::Missing,
        },
        FileAccess::Read(f) => match f(path) {
            Some(_) => FileKind::File,
            None => FileKind::Missing,
        },
    }
}

fn read_file(rt: &Runtime, path: &str) -> Option<Vec<u8>> {
    let i = interp(rt)?;
    let bytes = if let Some((name, _, true)) = loader_name(path) {
        i.loader.as_ref().and_then(|l| l(&name))?.0.into_bytes()
    } else {
        match &i.files {
            FileAccess::None => return None,
            FileAccess::Host => std::fs::read(path).ok()?,
            FileAccess::Read(f) => f(path)?,
        }
    };
    // Kept for the source lines of tracebacks.
    if let Ok(text) = std::str::from_utf8(&bytes) {
        i.sources
            .borrow_mut()
            .insert(path.to_string(), text.to_string());
    }
    Some(bytes)
}

fn budget_exhausted(rt: &Runtime) -> PyErr {
    let ty = interp(rt).and_then(|i| i.budget_type());
    rt.new_error(
        ty.unwrap_or(rt.exc().runtime_error),
        "instruction budget exhausted",
    )
}

impl Interpreter {
    /// Points the core's hooks at this interpreter (which must not move afterwards) and makes
    /// the `copperhead` module's exception type.
    pub(super) fn install_hooks(&self) {
        let rt = self.core();
        rt.host_data.set(self as *const Interpreter as *const ());
        let mut h: Hooks = rt.hooks.get();
        h.write_stdout = Some(write_stdout);
        h.write_stderr = Some(write_stderr);
        crate::host::install(&mut h);
        if !matches!(self.files, FileAccess::Host) {
            h.files = None;
        }
        h.file_kind = Some(file_kind);
        h.read_file = Some(read_file);
        h.budget_exhausted = Some(budget_exhausted);
        rt.hooks.set(h);
        let mut path = Vec::new();
        if self.loader.is_some() {
            path.push(LOADER_DIR);
        }
        if !matches!(self.files, FileAccess::None) {
            path.push("");
        }
        let _ = copperhead_core::interp::import::set_sys_path(rt, &path);
        // `class BudgetExhausted(BaseException)`: not an Exception, so `except Exception`
        // in the script does not catch it.
        let made = (|| -> copperhead_core::PyResult<_> {
            let name = rt.new_str("BudgetExhausted")?;
            let bases = rt.new_tuple(vec![rt.exc().base_exception.value()])?;
            let ns = rt.new_dict()?;
            if let Some(d) = rt.dict_data(&ns) {
                d.set(rt, rt.intern("__module__"), rt.new_str("copperhead")?)?;
            }
            rt.call(
                &rt.types().type_.value(),
                Args::positional(&[name, bases, ns]),
            )
        })();
        if let Ok(t) = made {
            self.budget_exc.replace(Some(t));
        }
    }

    /// Line `line` of `file`, from the sources the runtime ran (or the disk, with host files).
    pub(crate) fn source_line(&self, file: &str, line: i32) -> Option<String> {
        let n = usize::try_from(line.checked_sub(1)?).ok()?;
        if let Some(text) = self.sources.borrow().get(file) {
            return text.lines().nth(n).map(String::from);
        }
        if matches!(self.files, FileAccess::Host) {
            return std::fs::read_to_string(file)
                .ok()?
                .lines()
                .nth(n)
                .map(String::from);
        }
        None
    }
}

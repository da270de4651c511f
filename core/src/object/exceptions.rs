//! Exception objects: `BaseException` and the built-in hierarchy.
//!
//! Every exception instance carries args, traceback, cause, context and an attribute dict (which
//! also holds subclass-specific fields such as `StopIteration.value` or `OSError.errno`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::args::Args;
use super::descr::MethodDef;
use super::error::{PyErr, PyResult};
use super::getset::{GetSetDef, Getter, Setter};
use super::typeobj::{TypeRef, flags};

use super::header::Payload;
use super::header::{ObjHeader, PyObj, alloc_object};
use super::instance::InstanceExt;
use super::value::Value;
use crate::runtime::Runtime;

/// Where the attribute storage sits inside every exception object.
pub const EXT_OFFSET: usize = core::mem::offset_of!(PyObj<BaseExceptionData>, data.ext);

/// Allocates a blank exception of type `ty` (for subclasses made by `class` statements).
pub fn alloc_default(rt: &Runtime, ty: core::ptr::NonNull<ObjHeader>) -> Option<Value> {
    unsafe { alloc_object(rt, ty, BaseExceptionData::default()) }
}

#[derive(Default)]
#[repr(C)]
pub struct BaseExceptionData {
    /// The `args` tuple (`None` until set: an empty tuple).
    pub args: UnsafeCell<Option<Value>>,
    pub traceback: UnsafeCell<Option<Value>>,
    pub cause: UnsafeCell<Option<Value>>,
    pub context: UnsafeCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// Attribute storage, like a class instance's (exceptions always have a `__dict__`).
    pub ext: InstanceExt,
}

impl Payload for BaseExceptionData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        unsafe {
            for v in [
                &*self.args.get(),
                &*self.traceback.get(),
                &*self.cause.get(),
                &*self.context.get(),
            ]
            .into_iter()
            .flatten()
            {
                visit(v);
            }
            for v in (*self.ext.values.get()).iter().flatten() {
                visit(v);
            }
            if let Some(d) = &*self.ext.dict.get() {
                visit(d);
            }
            for v in (*self.ext.slots.get()).iter().flatten() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        unsafe {
            let a = (*self.args.get()).take();
            let t = (*self.traceback.get()).take();
            let c = (*self.cause.get()).take();
            let x = (*self.context.get()).take();
            let d = (*self.ext.dict.get()).take();
            let v = core::mem::take(&mut *self.ext.values.get());
            let f = core::mem::take(&mut *self.ext.slots.get());
            drop((a, t, c, x, d, v, f));
        }
    }
}

/// (name, base name) for every built-in exception, bases first; the order of `ExceptionTypes`.
pub const HIERARCHY: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("BaseExceptionGroup", Some("BaseException")),
    ("Exception", Some("BaseException")),
    ("ExceptionGroup", Some("BaseExceptionGroup")),
    ("GeneratorExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("SystemExit", Some("BaseException")),
    ("ArithmeticError", Some("Exception")),
    ("FloatingPointError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("AssertionError", Some("Exception")),
    ("AttributeError", Some("Exception")),
    ("BufferError", Some("Exception")),
    ("EOFError", Some("Exception")),
    ("ImportError", Some("Exception")),
    ("ModuleNotFoundError", Some("ImportError")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("MemoryError", Some("Exception")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("OSError", Some("Exception")),
    ("BlockingIOError", Some("OSError")),
    ("ChildProcessError", Some("OSError")),
    ("ConnectionError", Some("OSError")),
    ("BrokenPipeError", Some("ConnectionError")),
    ("ConnectionAbortedError", Some("ConnectionError")),
    ("ConnectionRefusedError", Some("ConnectionError")),
    ("ConnectionResetError", Some("ConnectionError")),
    ("FileExistsError", Some("OSError")),
    ("FileNotFoundError", Some("OSError")),
    ("InterruptedError", Some("OSError")),
    ("IsADirectoryError", Some("OSError")),
    ("NotADirectoryError", Some("OSError")),
    ("PermissionError", Some("OSError")),
    ("ProcessLookupError", Some("OSError")),
    ("TimeoutError", Some("OSError")),
    ("ReferenceError", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("NotImplementedError", Some("RuntimeError")),
    ("RecursionError", Some("RuntimeError")),
    ("StopAsyncIteration", Some("Exception")),
    ("StopIteration", Some("Exception")),
    ("SyntaxError", Some("Exception")),
    ("IndentationError", Some("SyntaxError")),
    ("TabError", Some("IndentationError")),
    ("SystemError", Some("Exception")),
    ("TypeError", Some("Exception")),
    ("ValueError", Some("Exception")),
    ("UnicodeError", Some("ValueError")),
    ("UnicodeDecodeError", Some("UnicodeError")),
    ("UnicodeEncodeError", Some("UnicodeError")),
    ("UnicodeTranslateError", Some("UnicodeError")),
    ("Warning", Some("Exception")),
    ("BytesWarning", Some("Warning")),
    ("DeprecationWarning", Some("Warning")),
    ("EncodingWarning", Some("Warning")),
    ("FutureWarning", Some("Warning")),
    ("ImportWarning", Some("Warning")),
    ("PendingDeprecationWarning", Some("Warning")),
    ("ResourceWarning", Some("Warning")),
    ("RuntimeWarning", Some("Warning")),
    ("SyntaxWarning", Some("Warning")),
    ("UnicodeWarning", Some("Warning")),
    ("UserWarning", Some("Warning")),
];

// ---------------------------------------------------------------------------------------------
// Access to the payload and the per-family fields.

/// The exception payload of `v` (any exception instance).
pub fn exc_data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a BaseExceptionData> {
    match v.heap() {
        Some(h) if h.type_data().has_flag(flags::BASE_EXC_SUBCLASS) => {
            // SAFETY: every exception type uses the `BaseExceptionData` layout.
            Ok(unsafe { h.payload::<BaseExceptionData>() })
        }
        _ => Err(rt.type_error(format!(
            "descriptor requires a 'BaseException' object but received a '{}'",
            rt.type_name(v)
        ))),
    }
}

fn cell_get(c: &UnsafeCell<Option<Value>>) -> Option<Value> {
    unsafe { (*c.get()).clone() }
}

fn cell_put(c: &UnsafeCell<Option<Value>>, v: Option<Value>) {
    let old = unsafe { core::mem::replace(&mut *c.get(), v) };
    drop(old);
}

/// The args tuple (empty when never set).
pub fn exc_args(rt: &Runtime, e: &Value) -> PyResult<Vec<Value>> {
    let d = exc_data(rt, e)?;
    Ok(cell_get(&d.args)
        .and_then(|a| rt.tuple_items(&a).map(|t| t.to_vec()))
        .unwrap_or_default())
}

/// Subclass fields (`OSError.errno`, `StopIteration.value`...) live in the slot storage, by
/// index; the family's field names are the type's `__slots__`-like names in `extra`.
fn field(rt: &Runtime, e: &Value, i: usize) -> Value {
    exc_data(rt, e)
        .ok()
        .and_then(|d| unsafe { (&(*d.ext.slots.get())).get(i).cloned().flatten() })
        .unwrap_or_else(|| rt.none())
}

fn set_field(rt: &Runtime, e: &Value, i: usize, v: Value) -> PyResult<()> {
    let d = exc_data(rt, e)?;
    let slots = unsafe { &mut *d.ext.slots.get() };
    if slots.len() <= i {
        slots.resize(i + 1, None);
    }
    let old = slots[i].replace(v);
    drop(old);
    Ok(())
}

fn field_get<const I: usize>(rt: &Runtime, e: &Value) -> PyResult<Value> {
    exc_data(rt, e)?;
    Ok(field(rt, e, I))
}

fn field_set<const I: usize>(rt: &Runtime, e: &Value, v: Option<&Value>) -> PyResult<()> {
    set_field(rt, e, I, v.cloned().unwrap_or_else(|| rt.none()))
}

fn readonly(rt: &Runtime, _e: &Value, _v: Option<&Value>) -> PyResult<()> {
    Err(rt.attribute_error("readonly attribute"))
}

const FIELD_GETTERS: [Getter; 8] = [
    field_get::<0>,
    field_get::<1>,
    field_get::<2>,
    field_get::<3>,
    field_get::<4>,
    field_get::<5>,
    field_get::<6>,
    field_get::<7>,
];
const FIELD_SETTERS: [Setter; 8] = [
    field_set::<0>,
    field_set::<1>,
    field_set::<2>,
    field_set::<3>,
    field_set::<4>,
    field_set::<5>,
    field_set::<6>,
    field_set::<7>,
];

/// Declares a family's fields: getsets on the family root and the names in `extra` (so
/// `__slots__` of subclasses are numbered after them and layouts compare correctly).
fn add_fields(rt: &Runtime, ty: TypeRef, names: &[&'static str], writable: bool) {
    let defs: Vec<GetSetDef> = names
        .iter()
        .enumerate()
        .map(|(i, n)| GetSetDef {
            name: n,
            get: FIELD_GETTERS[i],
            set: Some(if writable { FIELD_SETTERS[i] } else { readonly }),
        })
        .collect();
    rt.add_getsets(ty, &defs);
    set_field_names(rt, ty, names);
}

fn set_field_names(rt: &Runtime, ty: TypeRef, names: &[&'static str]) {
    let vals: Vec<Value> = names.iter().map(|n| rt.intern(n)).collect();
    if let Ok(t) = rt.new_tuple(vals) {
        let old = unsafe { (*ty.data().extra.get()).replace(t) };
        drop(old);
    }
}

const OS_FIELDS: &[&str] = &["errno", "strerror", "filename", "filename2"];
const SYNTAX_FIELDS: &[&str] = &[
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];
const UNICODE_FIELDS: &[&str] = &["encoding", "object", "start", "end", "reason"];
const UNICODE_TRANSLATE_FIELDS: &[&str] = &["encoding", "object", "start", "end", "reason"];

// ---------------------------------------------------------------------------------------------
// Type setup: BaseException's slots and methods, and each family's specifics.

/// Slots and methods of each built-in exception type (called once per type; subclasses
/// inherit what their base set).
pub fn init(rt: &Runtime, ty: TypeRef) {
    let x = rt.exc();
    let s = unsafe { ty.data().slots_mut() };
    // Family members get the field names of their root (for layout comparisons).
    for (root, names) in [
        (x.os_error, OS_FIELDS),
        (x.syntax_error, SYNTAX_FIELDS),
        (x.unicode_encode_error, UNICODE_FIELDS),
        (x.unicode_decode_error, UNICODE_FIELDS),
        (x.unicode_translate_error, UNICODE_TRANSLATE_FIELDS),
        (x.stop_iteration, &["value"][..]),
        (x.system_exit, &["code"][..]),
        (x.import_error, &["msg", "name", "path"][..]),
        (x.attribute_error, &["name", "obj"][..]),
        (x.name_error, &["name"][..]),
        (x.base_exception_group, &["message", "exceptions"][..]),
    ] {
        if ty != root && rt.is_subtype(ty, root) {
            set_field_names(rt, ty, names);
        }
    }
    if ty == x.base_exception {
        s.new = Some(base_new);
        s.init = Some(base_init);
        s.repr = Some(base_repr);
        s.str = Some(base_str);
        s.setattro = Some(super::object_type::generic_setattr);
        rt.add_methods(
            ty,
            &[
                MethodDef::method("with_traceback", with_traceback),
                MethodDef::method("add_note", add_note),
                MethodDef::method("__reduce__", base_reduce),
                MethodDef::method("__setstate__", base_setstate),
            ],
        );
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "args",
                    get: |rt, e| {
                        let a = exc_args(rt, e)?;
                        rt.new_tuple(a)
                    },
                    set: Some(set_args),
                },
                GetSetDef {
                    name: "__traceback__",
                    get: |rt, e| {
                        Ok(cell_get(&exc_data(rt, e)?.traceback).unwrap_or_else(|| rt.none()))
                    },
                    set: Some(set_traceback),
                },
                GetSetDef {
                    name: "__cause__",
                    get: |rt, e| Ok(cell_get(&exc_data(rt, e)?.cause).unwrap_or_else(|| rt.none())),
                    set: Some(|rt, e, v| {
                        let v = v.ok_or_else(|| rt.type_error("__cause__ may not be deleted"))?;
                        rt.set_cause(e, v.clone())
                    }),
                },
                GetSetDef {
                    name: "__context__",
                    get: |rt, e| {
                        Ok(cell_get(&exc_data(rt, e)?.context).unwrap_or_else(|| rt.none()))
                    },
                    set: Some(|rt, e, v| {
                        let v = v.ok_or_else(|| rt.type_error("__context__ may not be deleted"))?;
                        rt.set_context(e, v.clone())
                    }),
                },
                GetSetDef {
                    name: "__suppress_context__",
                    get: |rt, e| Ok(rt.bool_value(exc_data(rt, e)?.suppress_context.get())),
                    set: Some(|rt, e, v| {
                        let d = exc_data(rt, e)?;
                        match v {
                            Some(b) if rt.type_of(b) == rt.types().bool => {
                                d.suppress_context.set(rt.truthy(b)?);
                                Ok(())
                            }
                            Some(_) => Err(rt.type_error("attribute value type must be bool")),
                            None => Err(rt.type_error("can't delete numeric/char attribute")),
                        }
                    }),
                },
                GetSetDef {
                    name: "__dict__",
                    get: |rt, e| {
                        exc_data(rt, e)?;
                        super::object_type::materialize_dict(rt, e)?
                            .ok_or_else(|| rt.memory_error())
                    },
                    set: None,
                },
            ],
        );
    } else if ty == x.key_error {
        s.str = Some(key_error_str);
    } else if ty == x.stop_iteration {
        s.init = Some(|rt, e, a| {
            base_init(rt, e, a)?;
            let v = a.pos().first().cloned().unwrap_or_else(|| rt.none());
            set_field(rt, e, 0, v)
        });
        add_fields(rt, ty, &["value"], true);
    } else if ty == x.system_exit {
        s.init = Some(|rt, e, a| {
            base_init(rt, e, a)?;
            let p = a.pos();
            let code = match p.len() {
                0 => rt.none(),
                1 => p[0].clone(),
                _ => rt.new_tuple(p.to_vec())?,
            };
            set_field(rt, e, 0, code)
        });
        add_fields(rt, ty, &["code"], true);
    } else if ty == x.import_error {
        s.init = Some(import_error_init);
        s.str = Some(import_error_str);
        add_fields(rt, ty, &["msg", "name", "path"], true);
        rt.add_methods(ty, &[MethodDef::method("__reduce__", import_error_reduce)]);
    } else if ty == x.attribute_error || ty == x.name_error {
        s.init = Some(name_error_init);
        if ty == x.attribute_error {
            add_fields(rt, ty, &["name", "obj"], true);
        } else {
            add_fields(rt, ty, &["name"], true);
        }
    } else if ty == x.os_error {
        s.new = Some(os_error_new);
        s.init = Some(|_, _, _| Ok(()));
        s.str = Some(os_error_str);
        add_fields(rt, ty, OS_FIELDS, true);
        rt.add_methods(ty, &[MethodDef::method("__reduce__", os_error_reduce)]);
    } else if ty == x.syntax_error {
        s.init = Some(syntax_error_init);
        s.str = Some(syntax_error_str);
        add_fields(rt, ty, SYNTAX_FIELDS, true);
    } else if ty == x.unicode_encode_error || ty == x.unicode_decode_error {
        s.init = if ty == x.unicode_encode_error {
            Some(|rt, e, a| unicode_init(rt, e, a, true))
        } else {
            Some(|rt, e, a| unicode_init(rt, e, a, false))
        };
        s.str = Some(unicode_str);
        add_fields(rt, ty, UNICODE_FIELDS, true);
    } else if ty == x.unicode_translate_error {
        s.init = Some(unicode_translate_init);
        s.str = Some(unicode_str);
        add_fields(rt, ty, UNICODE_TRANSLATE_FIELDS, true);
    } else if ty == x.exception_group {
        // `class ExceptionGroup(BaseExceptionGroup, Exception)`: the bootstrap gives each type
        // one base, so the second one is added here.
        let bases = alloc::vec![x.base_exception_group.value(), x.exception.value()];
        let mro = alloc::vec![
            ty.value(),
            x.base_exception_group.value(),
            x.exception.value(),
            x.base_exception.value(),
            rt.types().object.value(),
        ];
        unsafe {
            ty.data()
                .set_hierarchy(Some(x.base_exception_group.value()), bases, mro)
        };
        x.exception.data().add_subclass(ty.0);
    } else if ty == x.base_exception_group {
        super::exception_group::init(rt, ty);
        set_field_names(rt, ty, &["message", "exceptions"]);
    }
}

// ---------------------------------------------------------------------------------------------
// BaseException

/// A new exception instance of `cls` (any exception type) with `args`.
pub fn new_exception_of(rt: &Runtime, cls: TypeRef, args: &[Value]) -> PyResult<Value> {
    if !cls.data().has_flag(flags::BASE_EXC_SUBCLASS) {
        return Err(rt.type_error(format!(
            "BaseException.__new__({0}): {0} is not a subtype of BaseException",
            cls.data().name()
        )));
    }
    let e = alloc_default(rt, cls.0).ok_or_else(|| rt.memory_error())?;
    let t = rt.new_tuple(args.to_vec())?;
    cell_put(&exc_data(rt, &e)?.args, Some(t));
    Ok(e)
}

fn base_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("BaseException.__new__(X): X is not a type object"))?;
    new_exception_of(rt, ty, args.pos())
}

fn base_init(rt: &Runtime, e: &Value, args: Args<'_>) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(rt.type_error(format!("{}() takes no keyword arguments", rt.type_name(e))));
    }
    let t = rt.new_tuple(args.pos().to_vec())?;
    cell_put(&exc_data(rt, e)?.args, Some(t));
    Ok(())
}

fn base_repr(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let name = rt.type_name(e);
    // `Name(a, b)`: the args' reprs joined, as `Name` + repr(args) without the tuple's comma.
    let mut parts = Vec::new();
    for a in exc_args(rt, e)? {
        parts.push(rt.repr_string(&a)?);
    }
    rt.new_str(&format!("{name}({})", parts.join(", ")))
}

fn base_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let args = exc_args(rt, e)?;
    match args.len() {
        0 => rt.new_str(""),
        1 => rt.str(&args[0]),
        _ => {
            let t = rt.new_tuple(args)?;
            rt.str(&t)
        }
    }
}

fn key_error_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let args = exc_args(rt, e)?;
    if args.len() == 1 {
        return rt.repr(&args[0]);
    }
    base_str(rt, e)
}

fn set_args(rt: &Runtime, e: &Value, v: Option<&Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| rt.type_error("args may not be deleted"))?;
    let items = rt.collect(v)?;
    let t = rt.new_tuple(items)?;
    cell_put(&exc_data(rt, e)?.args, Some(t));
    Ok(())
}

fn set_traceback(rt: &Runtime, e: &Value, v: Option<&Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| rt.type_error("__traceback__ may not be deleted"))?;
    let d = exc_data(rt, e)?;
    if rt.is_none(v) {
        cell_put(&d.traceback, None);
    } else if rt.isinstance_type(v, rt.types().traceback) {
        cell_put(&d.traceback, Some(v.clone()));
    } else {
        return Err(rt.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(())
}

fn with_traceback(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "with_traceback", 2, 2)?;
    set_traceback(rt, &a[0], Some(&a[1]))?;
    Ok(a[0].clone())
}

fn add_note(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "add_note", 2, 2)?;
    let (e, note) = (&a[0], &a[1]);
    if rt.str_of(note).is_none() {
        return Err(rt.type_error(format!("note must be a str, not '{}'", rt.type_name(note))));
    }
    let notes = match rt.getattr_opt(e, "__notes__")? {
        Some(n) => n,
        None => {
            let l = rt.new_list(Vec::new())?;
            rt.setattr(e, &rt.intern("__notes__"), Some(&l))?;
            l
        }
    };
    match rt.list_data(&notes) {
        Some(l) => {
            l.push(note.clone());
            Ok(rt.none())
        }
        None => Err(rt.type_error("Cannot add note: __notes__ is not a list")),
    }
}

/// The instance dict when it has entries (for `__reduce__`).
fn nonempty_dict(rt: &Runtime, e: &Value) -> PyResult<Option<Value>> {
    let d = super::object_type::materialize_dict(rt, e)?;
    Ok(d.filter(|d| rt.dict_data(d).is_some_and(|x| !x.is_empty())))
}

fn reduce_with(rt: &Runtime, e: &Value, args: Value, state: Option<Value>) -> PyResult<Value> {
    let mut parts = alloc::vec![rt.type_of(e).value(), args];
    if let Some(s) = state {
        parts.push(s);
    }
    rt.new_tuple(parts)
}

fn base_reduce(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "__reduce__", 1, 1)?;
    let e = &a[0];
    let t = rt.new_tuple(exc_args(rt, e)?)?;
    let state = nonempty_dict(rt, e)?;
    reduce_with(rt, e, t, state)
}

fn base_setstate(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "__setstate__", 2, 2)?;
    let (e, state) = (&a[0], &a[1]);
    if !rt.is_none(state) {
        let Some(d) = rt.dict_data(state) else {
            return Err(rt.type_error("state is not a dictionary"));
        };
        for (k, v) in d.items() {
            rt.setattr(e, &k, Some(&v))?;
        }
    }
    Ok(rt.none())
}

// ---------------------------------------------------------------------------------------------
// Families with keyword arguments or extra fields.

/// Binds `name=`/`path=`/`obj=`-style keyword-only arguments; CPython's "invalid keyword" error.
fn kw_fields(
    rt: &Runtime,
    args: Args<'_>,
    names: &[&str],
    tyname: &str,
) -> PyResult<Vec<Option<Value>>> {
    let mut out = alloc::vec![None; names.len()];
    for (k, v) in args.kwargs() {
        let ks = rt.str_of(k).unwrap_or("");
        match names.iter().position(|n| *n == ks) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(rt.type_error(format!(
                    "'{ks}' is an invalid keyword argument for {tyname}()"
                )));
            }
        }
    }
    Ok(out)
}

fn import_error_init(rt: &Runtime, e: &Value, args: Args<'_>) -> PyResult<()> {
    let kw = kw_fields(rt, args, &["name", "path"], "ImportError")?;
    base_init(rt, e, Args::positional(args.pos()))?;
    let p = args.pos();
    let msg = if p.len() == 1 {
        p[0].clone()
    } else {
        rt.none()
    };
    set_field(rt, e, 0, msg)?;
    let mut kw = kw.into_iter();
    for i in 1..3 {
        let v = kw.next().flatten().unwrap_or_else(|| rt.none());
        set_field(rt, e, i, v)?;
    }
    Ok(())
}

fn import_error_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let msg = field(rt, e, 0);
    if !rt.is_none(&msg) {
        return rt.str(&msg);
    }
    base_str(rt, e)
}

fn import_error_reduce(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "__reduce__", 1, 1)?;
    let e = &a[0];
    let t = rt.new_tuple(exc_args(rt, e)?)?;
    let state = match nonempty_dict(rt, e)? {
        Some(d) => {
            let c = rt.new_dict()?;
            let cd = rt.dict_data(&c).ok_or_else(|| rt.memory_error())?;
            for (k, v) in rt.dict_data(&d).map(|x| x.items()).unwrap_or_default() {
                cd.set(rt, k, v)?;
            }
            c
        }
        None => rt.new_dict()?,
    };
    let sd = rt.dict_data(&state).ok_or_else(|| rt.memory_error())?;
    for (i, n) in [(1, "name"), (2, "path")] {
        let v = field(rt, e, i);
        if !rt.is_none(&v) {
            sd.set(rt, rt.intern(n), v)?;
        }
    }
    let state = if sd.is_empty() { None } else { Some(state) };
    reduce_with(rt, e, t, state)
}

fn name_error_init(rt: &Runtime, e: &Value, args: Args<'_>) -> PyResult<()> {
    let is_attr = rt.isinstance_type(e, rt.exc().attribute_error);
    let (names, tn): (&[&str], &str) = if is_attr {
        (&["name", "obj"], "AttributeError")
    } else {
        (&["name"], "NameError")
    };
    let kw = kw_fields(rt, args, names, tn)?;
    base_init(rt, e, Args::positional(args.pos()))?;
    for (i, v) in kw.into_iter().enumerate() {
        set_field(rt, e, i, v.unwrap_or_else(|| rt.none()))?;
    }
    Ok(())
}

/// The OSError subclass for an errno (Linux numbering), as CPython's errnomap.
fn os_error_subclass(rt: &Runtime, errno: isize) -> Option<TypeRef> {
    let x = rt.exc();
    Some(match errno {
        11 | 114 | 115 => x.blocking_io_error,
        10 => x.child_process_error,
        32 | 108 => x.broken_pipe_error,
        103 => x.connection_aborted_error,
        111 => x.connection_refused_error,
        104 => x.connection_reset_error,
        17 => x.file_exists_error,
        2 => x.file_not_found_error,
        21 => x.is_a_directory_error,
        20 => x.not_a_directory_error,
        4 => x.interrupted_error,
        13 | 1 => x.permission_error,
        3 => x.process_lookup_error,
        110 => x.timeout_error,
        _ => return None,
    })
}

fn os_error_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let mut ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("OSError.__new__(X): X is not a type object"))?;
    let own_init = rt
        .lookup_in_type(ty, "__init__")
        .is_some_and(|i| rt.type_of(&i) != rt.types().wrapper_descriptor);
    if args.has_kwargs() && !own_init {
        return Err(rt.type_error(format!("{}() takes no keyword arguments", ty.data().name())));
    }
    let p = args.pos();
    if ty == rt.exc().os_error
        && (2..=5).contains(&p.len())
        && let Some(n) = p[0].as_small_int()
        && let Some(sub) = os_error_subclass(rt, n)
    {
        ty = sub;
    }
    let mut stored = p.to_vec();
    let e = new_exception_of(rt, ty, &[])?;
    if (2..=5).contains(&p.len()) {
        set_field(rt, &e, 0, p[0].clone())?;
        set_field(rt, &e, 1, p[1].clone())?;
        if let Some(f) = p.get(2) {
            set_field(rt, &e, 2, f.clone())?;
            if let Some(f2) = p.get(4) {
                set_field(rt, &e, 3, f2.clone())?;
            }
            stored.truncate(2);
        }
    }
    let t = rt.new_tuple(stored)?;
    cell_put(&exc_data(rt, &e)?.args, Some(t));
    Ok(e)
}

fn os_error_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let (errno, strerror, f1, f2) = (
        field(rt, e, 0),
        field(rt, e, 1),
        field(rt, e, 2),
        field(rt, e, 3),
    );
    let s = |v: &Value| rt.str_string(v);
    if !rt.is_none(&f1) {
        let text = if !rt.is_none(&f2) {
            format!(
                "[Errno {}] {}: {} -> {}",
                s(&errno)?,
                s(&strerror)?,
                rt.repr_string(&f1)?,
                rt.repr_string(&f2)?
            )
        } else {
            format!(
                "[Errno {}] {}: {}",
                s(&errno)?,
                s(&strerror)?,
                rt.repr_string(&f1)?
            )
        };
        return rt.new_str(&text);
    }
    if !rt.is_none(&errno) && !rt.is_none(&strerror) {
        return rt.new_str(&format!("[Errno {}] {}", s(&errno)?, s(&strerror)?));
    }
    base_str(rt, e)
}

fn os_error_reduce(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "__reduce__", 1, 1)?;
    let e = &a[0];
    let mut items = exc_args(rt, e)?;
    let f1 = field(rt, e, 2);
    if items.len() == 2 && !rt.is_none(&f1) {
        items.push(f1);
        let f2 = field(rt, e, 3);
        if !rt.is_none(&f2) {
            items.push(rt.none());
            items.push(f2);
        }
    }
    let t = rt.new_tuple(items)?;
    let state = nonempty_dict(rt, e)?;
    reduce_with(rt, e, t, state)
}

fn syntax_error_init(rt: &Runtime, e: &Value, args: Args<'_>) -> PyResult<()> {
    base_init(rt, e, args)?;
    let p = args.pos();
    if let Some(m) = p.first() {
        set_field(rt, e, 0, m.clone())?;
    }
    if p.len() == 2 {
        let info = rt.collect(&p[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(rt.type_error(if info.len() < 4 {
                format!("function takes at least 4 arguments ({} given)", info.len())
            } else {
                format!("function takes at most 6 arguments ({} given)", info.len())
            }));
        }
        for (i, v) in info.into_iter().enumerate() {
            set_field(rt, e, i + 1, v)?;
        }
    }
    Ok(())
}

fn syntax_error_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let msg = field(rt, e, 0);
    let msg_s = if rt.is_none(&msg) {
        // CPython prints str(msg) even when it is None.
        String::from("None")
    } else {
        rt.str_string(&msg)?
    };
    let file = field(rt, e, 1);
    let file = rt
        .str_of(&file)
        .map(|f| String::from(f.rsplit('/').next().unwrap_or(f)));
    let line = field(rt, e, 2);
    let line = rt.int_ref(&line).map(|_| line.clone());
    let text = match (file, line) {
        (Some(f), Some(l)) => format!("{msg_s} ({f}, line {})", rt.str_string(&l)?),
        (Some(f), None) => format!("{msg_s} ({f})"),
        (None, Some(l)) => format!("{msg_s} (line {})", rt.str_string(&l)?),
        (None, None) => msg_s,
    };
    rt.new_str(&text)
}

/// Checks a positional argument for the Unicode error constructors ("argument 1 must be str").
fn expect_kind(rt: &Runtime, v: &Value, i: usize, kind: &str) -> PyResult<()> {
    let ok = match kind {
        "str" => rt.str_of(v).is_some(),
        "int" => {
            rt.index(v)?;
            true
        }
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(rt.type_error(format!(
            "argument {} must be {kind}, not {}",
            i + 1,
            rt.type_name(v)
        )))
    }
}

fn unicode_init(rt: &Runtime, e: &Value, args: Args<'_>, encode: bool) -> PyResult<()> {
    base_init(rt, e, args)?;
    let p = args.pos();
    if p.len() != 5 {
        return Err(rt.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            p.len()
        )));
    }
    let obj_kind = if encode { "str" } else { "bytes-like" };
    for (i, k) in ["str", obj_kind, "int", "int", "str"].iter().enumerate() {
        expect_kind(rt, &p[i], i, k)?;
    }
    for (i, v) in p.iter().enumerate() {
        set_field(rt, e, i, v.clone())?;
    }
    Ok(())
}

fn unicode_translate_init(rt: &Runtime, e: &Value, args: Args<'_>) -> PyResult<()> {
    base_init(rt, e, args)?;
    let p = args.pos();
    if p.len() != 4 {
        return Err(rt.type_error(format!(
            "function takes exactly 4 arguments ({} given)",
            p.len()
        )));
    }
    for (i, k) in ["str", "int", "int", "str"].iter().enumerate() {
        expect_kind(rt, &p[i], i, k)?;
    }
    set_field(rt, e, 0, rt.none())?;
    for (i, v) in p.iter().enumerate() {
        set_field(rt, e, i + 1, v.clone())?;
    }
    Ok(())
}

/// `'\xe9'`-style escape of one code point, as the Unicode errors print it.
fn escape_char(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

fn unicode_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let x = rt.exc();
    let ty = rt.type_of(e);
    let (enc, obj, start, end, reason) = (
        field(rt, e, 0),
        field(rt, e, 1),
        field(rt, e, 2),
        field(rt, e, 3),
        field(rt, e, 4),
    );
    if rt.str_of(&reason).is_none() {
        return rt.new_str("");
    }
    let reason_s = rt.str_string(&reason)?;
    let enc_r = if rt.is_none(&enc) {
        String::new()
    } else {
        rt.repr_string(&enc)?
    };
    let (Ok(start), Ok(end)) = (rt.index_isize(&start), rt.index_isize(&end)) else {
        return rt.new_str("");
    };
    let len = rt.len(&obj).unwrap_or(0) as isize;
    let single = start >= 0 && start < len && end == start + 1;
    let text = if rt.is_subtype(ty, x.unicode_decode_error) {
        if single {
            let b = rt.getitem(&obj, &rt.new_int(start as i64)?)?;
            let b = rt.index_isize(&b)?;
            format!("{enc_r} codec can't decode byte 0x{b:02x} in position {start}: {reason_s}")
        } else {
            format!(
                "{enc_r} codec can't decode bytes in position {start}-{}: {reason_s}",
                end - 1
            )
        }
    } else {
        let verb = if rt.is_subtype(ty, x.unicode_encode_error) {
            format!("{enc_r} codec can't encode")
        } else {
            String::from("can't translate")
        };
        if single {
            let ch = rt
                .str_of(&obj)
                .and_then(|s| s.chars().nth(start as usize))
                .map_or(0, |c| c as u32);
            format!(
                "{verb} character '{}' in position {start}: {reason_s}",
                escape_char(ch)
            )
        } else {
            format!(
                "{verb} characters in position {start}-{}: {reason_s}",
                end - 1
            )
        }
    };
    rt.new_str(&text)
}

// ---------------------------------------------------------------------------------------------
// Helpers for the interpreter.

impl Runtime {
    /// `str(e)` as text (empty when `str()` itself fails).
    pub fn exception_message(&self, e: &Value) -> String {
        self.exception_message_text(e).unwrap_or_default()
    }

    /// `str(e)` as stderr shows it: lone surrogates backslash-escaped (CPython's stderr
    /// handler); the error when `str()` itself fails.
    pub fn exception_message_text(&self, e: &Value) -> PyResult<String> {
        self.str(e)
            .and_then(|s| super::codecs::utf8_text(self, &s, true).map(|t| String::from(&*t)))
    }

    /// `e.__context__ = ctx` (None clears it), with CPython's type check.
    pub fn set_context(&self, e: &Value, ctx: Value) -> PyResult<()> {
        let d = exc_data(self, e)?;
        if self.is_none(&ctx) {
            cell_put(&d.context, None);
        } else if exc_data(self, &ctx).is_ok() {
            cell_put(&d.context, Some(ctx));
        } else {
            return Err(
                self.type_error("exception context must be None or derive from BaseException")
            );
        }
        Ok(())
    }

    /// `e.__cause__ = cause` (also sets `__suppress_context__`), with CPython's type check.
    pub fn set_cause(&self, e: &Value, cause: Value) -> PyResult<()> {
        let d = exc_data(self, e)?;
        if self.is_none(&cause) {
            cell_put(&d.cause, None);
        } else if exc_data(self, &cause).is_ok() {
            cell_put(&d.cause, Some(cause));
        } else {
            return Err(
                self.type_error("exception cause must be None or derive from BaseException")
            );
        }
        d.suppress_context.set(true);
        Ok(())
    }

    /// The traceback stored on an exception, if any.
    pub fn exception_traceback(&self, e: &Value) -> Option<Value> {
        exc_data(self, e).ok().and_then(|d| cell_get(&d.traceback))
    }

    /// Stores a traceback object (the interpreter builds them) without the type check.
    pub fn set_exception_traceback(&self, e: &Value, tb: Option<Value>) -> PyResult<()> {
        cell_put(&exc_data(self, e)?.traceback, tb);
        Ok(())
    }

    /// Instantiates an exception class with arguments (calling it, so `__init__` runs).
    pub fn make_exception(&self, cls: TypeRef, args: &[Value]) -> PyResult<PyErr> {
        let e = self.call(&cls.value(), Args::positional(args))?;
        Ok(PyErr(e))
    }
}

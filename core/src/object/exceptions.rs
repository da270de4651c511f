//! Exception objects: `BaseException` and the built-in hierarchy.
//!
//! Every exception instance carries args, traceback, cause, context and an attribute dict (which
//! also holds subclass-specific fields such as `StopIteration.value` or `OSError.errno`).

use core::cell::{Cell, UnsafeCell};

use super::header::Payload;
use super::header::{ObjHeader, PyObj, alloc_object};
use super::instance::InstanceExt;
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

/// Where the attribute storage sits inside every exception object.
pub const EXT_OFFSET: usize = core::mem::offset_of!(PyObj<BaseExceptionData>, data.ext);

/// Allocates a blank exception of type `ty` (for subclasses made by `class` statements).
pub fn alloc_default(rt: &Runtime, ty: core::ptr::NonNull<ObjHeader>) -> Option<Value> {
    unsafe { alloc_object(rt, ty, BaseExceptionData::default()) }
}

/// Slots and methods of `BaseException` (subclasses inherit them).
pub fn init(_rt: &Runtime, _ty: TypeRef) {}

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
            drop((a, t, c, x, d, v));
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

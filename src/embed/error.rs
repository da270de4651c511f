//! `Error`: a Python exception (or an embedding failure) as the host sees it: owned strings, so
//! it outlives the call and even the runtime.

use super::Interpreter;
use copperhead_core::PyErr;

/// What kind of failure an [`Error`] is; the limits each have their own kind so a host can
/// tell "the script is wrong" from "the script ran out of room".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub enum ErrorKind {
    /// Any other Python exception.
    Exception = 1,
    /// `SyntaxError` (or `IndentationError`...) while compiling source.
    Syntax = 2,
    /// `MemoryError`: the heap limit was reached.
    HeapLimit = 3,
    /// The instruction budget ran out (`copperhead.BudgetExhausted`).
    Budget = 4,
    /// `RecursionError`: the recursion limit (or the native stack budget) was reached.
    Recursion = 5,
    /// `KeyboardInterrupt`: the host interrupted the script.
    Interrupted = 6,
    /// `SystemExit` (the script called `sys.exit`).
    SystemExit = 7,
    /// A host argument was invalid (not UTF-8, a null pointer...).
    InvalidArgument = 8,
    /// A bug: a panic was caught at the API boundary. Destroy the runtime.
    Internal = 9,
}

/// A failed call: the Python exception's type name, message (`str(exc)`) and the traceback
/// CPython would print for it.
#[derive(Clone, Debug)]
pub struct Error {
    kind: ErrorKind,
    type_name: String,
    message: String,
    traceback: String,
    /// Matches the exception the runtime keeps (`Interpreter::pending`), so that an error a
    /// native function passes on re-raises the original exception object.
    pub(crate) id: u64,
}

impl Error {
    /// An error to raise from a native function: `type_name` names a built-in exception
    /// (`"ValueError"`); unknown names raise `RuntimeError`.
    ///
    /// ```
    /// let e = copperhead::embed::Error::new("ValueError", "bad value");
    /// assert_eq!(e.to_string(), "ValueError: bad value");
    /// ```
    pub fn new(type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        Error {
            kind: ErrorKind::Exception,
            type_name: type_name.to_string(),
            traceback: line(type_name, &message),
            message,
            id: 0,
        }
    }

    pub fn with_kind(kind: ErrorKind, type_name: &str, message: impl Into<String>) -> Error {
        Error {
            kind,
            ..Error::new(type_name, message)
        }
    }

    pub(crate) fn with_traceback(mut self, traceback: String) -> Error {
        self.traceback = traceback;
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    /// The exception's type name (`ZeroDivisionError`).
    pub fn type_name(&self) -> &str {
        &self.type_name
    }
    /// `str(exception)` (`division by zero`).
    pub fn message(&self) -> &str {
        &self.message
    }
    /// The whole report, `Traceback (most recent call last):` to the last line.
    pub fn traceback(&self) -> &str {
        &self.traceback
    }
}

fn line(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        format!("{type_name}\n")
    } else {
        format!("{type_name}: {message}\n")
    }
}

impl std::fmt::Display for Error {
    /// The traceback's last line: `TypeName: message`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(line(&self.type_name, &self.message).trim_end())
    }
}

impl std::error::Error for Error {}

impl Interpreter {
    /// Turns a raised exception into an `Error`, keeping the exception object as the pending
    /// one (so a native function that returns this error re-raises the same object).
    pub(crate) fn error_from(&self, e: PyErr) -> Error {
        let rt = self.core();
        let exc = e.into_value();
        let ex = rt.exc();
        let is = |t| rt.isinstance_type(&exc, t);
        let kind = if self.budget_type().is_some_and(is) {
            ErrorKind::Budget
        } else if is(ex.memory_error) {
            ErrorKind::HeapLimit
        } else if is(ex.recursion_error) {
            ErrorKind::Recursion
        } else if is(ex.keyboard_interrupt) {
            ErrorKind::Interrupted
        } else if is(ex.syntax_error) {
            ErrorKind::Syntax
        } else if is(ex.system_exit) {
            ErrorKind::SystemExit
        } else {
            ErrorKind::Exception
        };
        let type_name = rt.type_name(&exc);
        let message = rt.str_string(&exc).unwrap_or_default();
        let traceback = copperhead_core::interp::traceback::format_exception(rt, &exc, &|f, n| {
            self.source_line(f, n)
        });
        let id = self.next_error_id();
        self.pending.replace(Some((id, exc)));
        Error {
            kind,
            type_name,
            message,
            traceback,
            id,
        }
    }

    /// The exception to raise for `err`: the original object when `err` came from this
    /// runtime, else a new one of the named built-in type (RuntimeError if unknown).
    pub(crate) fn to_pyerr(&self, err: &Error) -> PyErr {
        let rt = self.core();
        if err.id != 0 {
            let pending = self.pending.borrow();
            if let Some((id, v)) = &*pending
                && *id == err.id
            {
                return PyErr(v.clone());
            }
        }
        let ty = rt
            .interp
            .builtins_dict()
            .and_then(|b| rt.dict_data(&b)?.get_str(rt, &err.type_name))
            .and_then(|t| rt.type_ref_of_type_value(&t))
            .filter(|t| rt.is_subtype(*t, rt.exc().base_exception))
            .unwrap_or(rt.exc().runtime_error);
        rt.new_error(ty, err.message.clone())
    }

    /// Forgets the pending exception (the `Error`s already returned keep their text).
    pub fn clear_error(&self) {
        let old = self.pending.replace(None);
        drop(old);
    }
}

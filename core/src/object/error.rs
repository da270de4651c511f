//! `PyErr`: a raised Python exception on its way up through Rust code.

use alloc::string::String;

use super::value::Value;

/// A raised exception: the exception instance (its type, args, traceback and chain live on it).
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> &Value {
        &self.0
    }
    pub fn into_value(self) -> Value {
        self.0
    }
}

/// A message for an error, built without a runtime (for helpers that only know the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrMsg {
    pub kind: ErrKind,
    pub msg: String,
}

/// The exception types Rust helpers raise by name when they have no runtime at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrKind {
    TypeError,
    ValueError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    KeyError,
    MemoryError,
    RecursionError,
    AttributeError,
    UnicodeError,
}

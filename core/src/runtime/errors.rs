//! Making exceptions from Rust: `rt.type_error(msg)` and friends return a `PyErr` ready to `?`.

use alloc::string::String;
use alloc::vec;

use super::Runtime;
use crate::object::error::{ErrKind, ErrMsg, PyErr};
use crate::object::exceptions::BaseExceptionData;
use crate::object::header::alloc_object;
use crate::object::typeobj::TypeRef;
use crate::object::value::Value;

impl Runtime {
    /// An instance of exception type `ty` with the given args tuple items.
    pub fn new_exception(&self, ty: TypeRef, args: alloc::vec::Vec<Value>) -> PyErr {
        let Ok(args) = self.new_tuple(args) else {
            return self.memory_error();
        };
        let data = BaseExceptionData::default();
        unsafe { *data.args.get() = Some(args) };
        match unsafe { alloc_object(self, ty.0, data) } {
            Some(v) => PyErr(v),
            None => self.memory_error(),
        }
    }

    /// An exception of type `ty` whose single argument is the message.
    pub fn new_error(&self, ty: TypeRef, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        match self.new_str(&msg) {
            Ok(s) => self.new_exception(ty, vec![s]),
            Err(e) => e,
        }
    }

    /// The preallocated MemoryError (raising it must not need memory).
    pub fn memory_error(&self) -> PyErr {
        PyErr(self.singletons().memory_error.clone())
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().value_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().overflow_error, msg)
    }
    pub fn zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().zero_division_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().index_error, msg)
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().attribute_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().runtime_error, msg)
    }
    pub fn recursion_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().recursion_error, msg)
    }
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(self.exc().not_implemented_error, msg)
    }
    /// `KeyError(key)`: the key itself is the argument.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(self.exc().key_error, vec![key])
    }
    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        self.new_exception(self.exc().stop_iteration, value.into_iter().collect())
    }

    /// Raises an `ErrMsg` produced by a runtime-free helper.
    pub fn raise(&self, e: ErrMsg) -> PyErr {
        let x = self.exc();
        let ty = match e.kind {
            ErrKind::TypeError => x.type_error,
            ErrKind::ValueError => x.value_error,
            ErrKind::OverflowError => x.overflow_error,
            ErrKind::ZeroDivisionError => x.zero_division_error,
            ErrKind::IndexError => x.index_error,
            ErrKind::KeyError => x.key_error,
            ErrKind::MemoryError => return self.memory_error(),
            ErrKind::RecursionError => x.recursion_error,
            ErrKind::AttributeError => x.attribute_error,
            ErrKind::UnicodeError => x.unicode_error,
        };
        self.new_error(ty, e.msg)
    }

    /// Whether the raised exception is an instance of `ty` (or a subclass).
    pub fn err_matches(&self, err: &PyErr, ty: TypeRef) -> bool {
        self.isinstance_type(&err.0, ty)
    }
}

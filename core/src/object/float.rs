//! `float`: an IEEE-754 double.

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct FloatData {
    pub v: f64,
}

impl Payload for FloatData {}

impl Runtime {
    pub fn new_float(&self, v: f64) -> PyResult<Value> {
        unsafe { alloc_object(self, self.types().float.0, FloatData { v }) }
            .ok_or_else(|| self.memory_error())
    }

    /// The value of a float (or float subclass).
    #[inline]
    pub fn float_of(&self, v: &Value) -> Option<f64> {
        let h = v.heap()?;
        let ty = self.types().float;
        if h.type_ptr() == ty.0 || self.is_subtype(super::typeobj::TypeRef(h.type_ptr()), ty) {
            Some(unsafe { h.payload::<FloatData>() }.v)
        } else {
            None
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<FloatData>("float", |_, _| {})
}

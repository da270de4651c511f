//! `int`: small values live tagged in the `Value` word; the rest are heap objects holding a
//! `num_bigint::BigInt` (a well-kept no_std crate: schoolbook/Karatsuba/Toom-3 multiplication and
//! Burnikel-Ziegler-class division are already tuned there; we normalize results back to small
//! ints whenever they fit).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::flags;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct IntData {
    pub v: BigInt,
}

impl Payload for IntData {
    fn extra_bytes(&self) -> usize {
        (self.v.bits() as usize).div_ceil(8)
    }
}

/// A borrowed view of an int value.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(isize),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }
    /// The value as an `i64` when it fits.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i as i64),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
}

/// The modulus of numeric hashes: 2**61 - 1 (CPython's `_PyHASH_MODULUS` on 64-bit builds).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: the value modulo 2**61-1, keeping the sign; -1 becomes -2.
pub fn hash_int(v: IntRef<'_>) -> i64 {
    let h = match v {
        IntRef::Small(i) => {
            let m = (i.unsigned_abs() as u64) % HASH_MODULUS;
            if i < 0 { -(m as i64) } else { m as i64 }
        }
        IntRef::Big(b) => {
            let m: u64 = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
            if b.is_negative() {
                -(m as i64)
            } else {
                m as i64
            }
        }
    };
    if h == -1 { -2 } else { h }
}

impl Runtime {
    #[inline]
    pub fn new_int(&self, i: i64) -> PyResult<Value> {
        if let Ok(s) = isize::try_from(i)
            && let Some(v) = Value::small_int(s)
        {
            return Ok(v);
        }
        self.new_int_big(BigInt::from(i))
    }

    /// An int from a big integer, stored inline when it fits.
    pub fn new_int_big(&self, b: BigInt) -> PyResult<Value> {
        if let Some(i) = b.to_isize()
            && let Some(v) = Value::small_int(i)
        {
            return Ok(v);
        }
        self.new_int_heap(self.types().int.0, b)
    }

    /// A heap int of type `ty` (int, bool, or an int subclass), whatever its size.
    pub fn new_int_heap(
        &self,
        ty: core::ptr::NonNull<super::header::ObjHeader>,
        b: BigInt,
    ) -> PyResult<Value> {
        let extra = (b.bits() as usize).div_ceil(8);
        if !self.heap().grow(extra) {
            return Err(self.memory_error());
        }
        match unsafe { alloc_object(self, ty, IntData { v: b }) } {
            Some(v) => Ok(v),
            None => {
                self.heap().shrink(extra);
                Err(self.memory_error())
            }
        }
    }

    /// The integer value of an int (or bool, or int subclass).
    #[inline]
    pub fn int_ref<'a>(&self, v: &'a Value) -> Option<IntRef<'a>> {
        if let Some(i) = v.as_small_int() {
            return Some(IntRef::Small(i));
        }
        let h = v.heap()?;
        if h.type_data().has_flag(flags::INT_SUBCLASS) {
            Some(IntRef::Big(&unsafe { h.payload::<IntData>() }.v))
        } else {
            None
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<IntData>("int", init).flags(flags::INT_SUBCLASS)
}

fn init(_rt: &Runtime, ty: super::typeobj::TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.hash = Some(|rt, v| Ok(rt.int_ref(v).map_or(0, hash_int)));
    s.bool = Some(|rt, v| {
        Ok(rt.int_ref(v).is_some_and(|i| match i {
            IntRef::Small(i) => i != 0,
            IntRef::Big(b) => !num_traits::Zero::is_zero(b),
        }))
    });
    s.richcompare = Some(|rt, a, b, op| match (rt.int_ref(a), rt.int_ref(b)) {
        (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => Ok(rt.bool_value(op.test(x.cmp(&y)))),
        (Some(x), Some(y)) => Ok(rt.bool_value(op.test(x.to_bigint().cmp(&y.to_bigint())))),
        _ => Ok(rt.not_implemented()),
    });
}

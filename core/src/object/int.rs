//! `int`: small values live tagged in the `Value` word; the rest are heap objects holding a
//! `num_bigint::BigInt` (a well-kept no_std crate: schoolbook/Karatsuba/Toom-3 multiplication and
//! Burnikel-Ziegler-class division are already tuned there; we normalize results back to small
//! ints whenever they fit).
//!
//! This file holds the representation, construction, hashing and decimal conversion; the
//! arithmetic slots are in `int_ops.rs`, the constructor and named methods in `int_methods.rs`.

use alloc::format;
use alloc::string::String;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::error::PyResult;
use super::header::{ObjHeader, Payload, alloc_object};
use super::instance::{Instance, InstanceExt};
use super::typeobj::{TypeRef, flags};
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
    /// The value as an `isize` when it fits.
    pub fn to_isize(self) -> Option<isize> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_isize(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
    /// Number of bits in the absolute value (`int.bit_length`).
    pub fn bits(self) -> u64 {
        match self {
            IntRef::Small(i) => (usize::BITS - i.unsigned_abs().leading_zeros()) as u64,
            IntRef::Big(b) => b.bits(),
        }
    }
}

/// The modulus of numeric hashes: 2**61 - 1 (CPython's `_PyHASH_MODULUS` on 64-bit builds).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: the value modulo 2**61-1, keeping the sign; -1 becomes -2.
pub fn hash_int(v: IntRef<'_>) -> i64 {
    let h = match v {
        // Most ints are below the modulus: no division.
        IntRef::Small(i) if (i.unsigned_abs() as u64) < HASH_MODULUS => i as i64,
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

/// CPython's default limit on decimal digits in int<->str conversions (`sys.int_info`); the
/// running limit is `Runtime::int_max_str_digits` (`sys.set_int_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Bits beyond which a decimal string certainly has more than `limit` digits (log2(10) >
/// 3.32); below it we count the digits of the actual text.
fn max_str_bits(limit: usize) -> u64 {
    (limit as u64).saturating_mul(3322) / 1000 + 8
}

/// Bytes a single big int result may take before we refuse with MemoryError even without a heap
/// limit (the allocator would abort otherwise).
const MAX_BIG_BYTES: u64 = 1 << 36;

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

    /// A heap int of type `ty` (int, bool, or an int subclass made by a class statement),
    /// whatever its size.
    pub fn new_int_heap(&self, ty: core::ptr::NonNull<ObjHeader>, b: BigInt) -> PyResult<Value> {
        let extra = (b.bits() as usize).div_ceil(8);
        if !self.heap().grow(extra) {
            return Err(self.memory_error());
        }
        let tr = TypeRef(ty);
        let obj = if tr.data().layout.payload == core::any::TypeId::of::<Instance<IntData>>() {
            let data = Instance {
                base: IntData { v: b },
                ext: InstanceExt::default(),
            };
            unsafe { alloc_object(self, ty, data) }
        } else {
            unsafe { alloc_object(self, ty, IntData { v: b }) }
        };
        obj.ok_or_else(|| {
            self.heap().shrink(extra);
            self.memory_error()
        })
    }

    /// Refuses (MemoryError) a big int result of about `bits` bits that the heap could not hold,
    /// before spending time computing it.
    pub fn check_int_size(&self, bits: u64) -> PyResult<()> {
        let bytes = bits / 8 + 1;
        let avail = self.heap().limit().saturating_sub(self.heap().used()) as u64;
        if bytes > MAX_BIG_BYTES || bytes > avail {
            return Err(self.memory_error());
        }
        Ok(())
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

    /// An exact `int` with the value of an int-like value (drops subclass and bool identity).
    pub fn exact_int(&self, v: &Value) -> PyResult<Value> {
        if v.is_small_int() || self.type_of(v) == self.types().int {
            return Ok(v.clone());
        }
        match self.int_ref(v) {
            Some(r) => self.new_int_big(r.to_bigint()),
            None => Err(self.type_error("an integer is required")),
        }
    }

    /// The ValueError for int<->str conversions past the digit limit.
    pub fn int_digits_error(&self, digits: Option<usize>) -> super::error::PyErr {
        let has = match digits {
            Some(n) => format!(": value has {n} digits"),
            None => String::new(),
        };
        self.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion{has}; \
             use sys.set_int_max_str_digits() to increase the limit",
            self.int_max_str_digits.get()
        ))
    }
}

/// `str(i)` / `repr(i)`: decimal text, refusing values past the digit limit as CPython does.
pub fn int_to_decimal(rt: &Runtime, v: IntRef<'_>) -> PyResult<String> {
    match v {
        IntRef::Small(i) => Ok(format!("{i}")),
        IntRef::Big(b) => {
            let limit = rt.int_max_str_digits.get();
            if limit > 0 && b.bits() > max_str_bits(limit) {
                return Err(rt.int_digits_error(None));
            }
            let s = b.to_str_radix(10);
            let digits = s.len() - usize::from(b.is_negative());
            if limit > 0 && digits > limit {
                return Err(rt.int_digits_error(None));
            }
            Ok(s)
        }
    }
}

fn int_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    match rt.int_ref(v) {
        Some(r) => {
            let s = int_to_decimal(rt, r)?;
            rt.new_str(&s)
        }
        None => Err(rt.type_error("descriptor '__repr__' requires a 'int' object")),
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<IntData>("int", init).flags(flags::INT_SUBCLASS)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(int_repr);
    s.hash = Some(|rt, v| Ok(rt.int_ref(v).map_or(0, hash_int)));
    s.bool = Some(|rt, v| Ok(rt.int_ref(v).is_some_and(|i| !i.is_zero())));
    super::int_ops::fill_slots(s);
    super::int_methods::install(rt, ty);
}

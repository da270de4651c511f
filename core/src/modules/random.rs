//! `_random`: the Mersenne Twister (MT19937) behind `random` (Rust: it is the hot part), with
//! CPython's seeding so a seed gives CPython's exact sequence. `_random.Random` is a native
//! type holding the generator state (624 words and the position); the Python `Random` of the
//! frozen `py/random.py` derives from it and adds seeding by str/bytes and the distributions.

use alloc::vec::Vec;
use core::cell::UnsafeCell;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::native_type::{is_instance_of, native_type};
use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::descr::MethodDef;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

const N: usize = 624;
const M: usize = 397;
const TYPE_NAME: &str = "_random.Random";

type State = [u32; N + 1];

/// The generator: `N` words and, last, the position of the next word.
pub struct Mt {
    st: UnsafeCell<State>,
}

impl Payload for Mt {}

impl Default for Mt {
    fn default() -> Self {
        let mut st = [0u32; N + 1];
        init_genrand(&mut st, 5489);
        Mt {
            st: UnsafeCell::new(st),
        }
    }
}

fn get(s: &State, i: usize) -> u32 {
    s[i]
}

fn put(s: &mut State, i: usize, v: u32) {
    s[i] = v;
}

fn init_genrand(s: &mut State, seed: u32) {
    put(s, 0, seed);
    for i in 1..N {
        let p = get(s, i - 1);
        put(
            s,
            i,
            1812433253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32),
        );
    }
    put(s, N, N as u32);
}

fn init_by_array(s: &mut State, key: &[u32]) {
    init_genrand(s, 19650218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        let p = get(s, i - 1);
        let v = (get(s, i) ^ (p ^ (p >> 30)).wrapping_mul(1664525))
            .wrapping_add(key[j])
            .wrapping_add(j as u32);
        put(s, i, v);
        i += 1;
        j += 1;
        if i >= N {
            put(s, 0, get(s, N - 1));
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let p = get(s, i - 1);
        let v = (get(s, i) ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
        put(s, i, v);
        i += 1;
        if i >= N {
            put(s, 0, get(s, N - 1));
            i = 1;
        }
    }
    put(s, 0, 0x8000_0000);
}

fn next_u32(s: &mut State) -> u32 {
    let mut idx = get(s, N) as usize;
    if idx >= N {
        for k in 0..N {
            let y = (get(s, k) & 0x8000_0000) | (get(s, (k + 1) % N) & 0x7fff_ffff);
            let mag = if y & 1 != 0 { 0x9908_b0df } else { 0 };
            put(s, k, get(s, (k + M) % N) ^ (y >> 1) ^ mag);
        }
        idx = 0;
    }
    let mut y = get(s, idx);
    put(s, N, idx as u32 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn next_f64(s: &mut State) -> f64 {
    let a = (next_u32(s) >> 5) as f64;
    let b = (next_u32(s) >> 6) as f64;
    (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
}

/// `k` random bits as 32-bit words, least significant first.
fn bits_words(s: &mut State, k: u64) -> Vec<u32> {
    let words = k.div_ceil(32) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = next_u32(s);
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left = left.saturating_sub(32);
    }
    out
}

/// Runs `f` on the generator of `v` (a `_random.Random`); `f` runs no Python code.
fn with_state<R>(rt: &Runtime, v: &Value, f: impl FnOnce(&mut State) -> R) -> PyResult<R> {
    if !is_instance_of(rt, v, rt.native_types.get(TYPE_NAME)) {
        return Err(rt.type_error(alloc::format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            rt.type_name(v)
        )));
    }
    // SAFETY: instances of the type and its subclasses start with an `Mt` payload, and no
    // other reference to the state exists while `f` runs.
    let mt = unsafe { v.heap().ok_or_else(|| rt.memory_error())?.payload::<Mt>() };
    Ok(f(unsafe { &mut *mt.st.get() }))
}

fn random_new(rt: &Runtime, cls: &Value, _a: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("Random.__new__(X): X is not a type object"))?;
    if ty.data().is_heap() {
        crate::object::object_type::alloc_instance(rt, ty)
    } else {
        unsafe { alloc_object(rt, ty.0, Mt::default()) }.ok_or_else(|| rt.memory_error())
    }
}

/// `Random.seed(n)`: seeds from the 32-bit words of `abs(n)` (the Python subclass turns
/// None, str, bytes and other hashables into that int).
fn seed_int(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "seed", 2, 2)?;
    let n = rt
        .int_ref(&v[1])
        .map(|r| r.to_bigint().abs())
        .ok_or_else(|| rt.type_error("seed must be an int"))?;
    let mut key = n.to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    with_state(rt, &v[0], |s| init_by_array(s, &key))?;
    Ok(rt.none())
}

fn random(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    // Bound to an instance: CPython counts the arguments after `self`.
    a.skip_self().check_count(rt, "Random.random", 0, 0)?;
    let v = a.all;
    let f = with_state(rt, &v[0], next_f64)?;
    rt.new_float(f)
}

fn bits_arg(rt: &Runtime, v: &Value) -> PyResult<u64> {
    let k = rt.index(v)?;
    let k = rt.int_ref(&k).map(|r| r.to_bigint()).unwrap_or_default();
    if k.is_negative() {
        return Err(rt.value_error("number of bits must be non-negative"));
    }
    let k = num_traits::ToPrimitive::to_u64(&k)
        .ok_or_else(|| rt.overflow_error("Python int too large to convert to C int"))?;
    if k > i32::MAX as u64 {
        return Err(rt.overflow_error("Python int too large to convert to C int"));
    }
    rt.check_int_size(k)?;
    Ok(k)
}

fn words_to_int(rt: &Runtime, w: Vec<u32>) -> PyResult<Value> {
    if w.len() <= 1 {
        return rt.new_int(w.first().copied().unwrap_or(0) as i64);
    }
    rt.new_int_big(BigInt::from_slice(Sign::Plus, &w))
}

fn getrandbits(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.skip_self().check_count(rt, "Random.getrandbits", 1, 1)?;
    let v = a.all;
    let k = bits_arg(rt, &v[1])?;
    let w = with_state(rt, &v[0], |s| bits_words(s, k))?;
    words_to_int(rt, w)
}

/// `randbelow(state, n)`: uniform in `[0, n)` for `n > 0` by rejection over
/// `n.bit_length()` bits, as `Random._randbelow_with_getrandbits`.
fn randbelow(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "randbelow", 2, 2)?;
    let n = rt.index(&v[1])?;
    if let Some(small) = n.as_small_int()
        && small > 0
        && small <= u32::MAX as isize
    {
        let n = small as u64;
        let k = 64 - n.leading_zeros() as u64;
        let r = with_state(rt, &v[0], |s| {
            loop {
                let r = (next_u32(s) >> (32 - k)) as u64;
                if r < n {
                    break r;
                }
            }
        })?;
        return rt.new_int(r as i64);
    }
    let n = rt.int_ref(&n).map(|r| r.to_bigint()).unwrap_or_default();
    if n.is_zero() || n.is_negative() {
        return rt.new_int(0);
    }
    let k = n.bits();
    rt.check_int_size(k)?;
    let r = with_state(rt, &v[0], |s| {
        loop {
            let r = BigInt::from_slice(Sign::Plus, &bits_words(s, k));
            if r < n {
                break r;
            }
        }
    })?;
    rt.new_int_big(r)
}

fn getstate(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "getstate", 1, 1)?;
    let words = with_state(rt, &v[0], |s| {
        (0..=N).map(|i| get(s, i)).collect::<Vec<u32>>()
    })?;
    let items = words
        .into_iter()
        .map(|w| rt.new_int(w as i64))
        .collect::<PyResult<Vec<Value>>>()?;
    rt.new_tuple(items)
}

fn setstate(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "setstate", 2, 2)?;
    let Some(items) = rt.tuple_items(&v[1]) else {
        return Err(rt.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(rt.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for it in items.iter() {
        let Some(i) = rt.int_ref(it) else {
            return Err(rt.type_error(alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                rt.type_name(it)
            )));
        };
        let b = i.to_bigint();
        if b.is_negative() {
            return Err(rt.overflow_error("can't convert negative value to unsigned int"));
        }
        match num_traits::ToPrimitive::to_u32(&b) {
            Some(w) => words.push(w),
            None => {
                return Err(rt.overflow_error("Python int too large to convert to C unsigned long"));
            }
        }
    }
    if words[N] as usize > N {
        return Err(rt.value_error("invalid state"));
    }
    with_state(rt, &v[0], |s| {
        for (i, w) in words.iter().enumerate() {
            put(s, i, *w);
        }
    })?;
    Ok(rt.none())
}

fn sha512(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sha512", 1, 1)?;
    let data = crate::object::bytes::buffer_of(rt, &v[0])
        .ok_or_else(|| rt.type_error("sha512() needs bytes"))?;
    rt.new_bytes_vec(super::sha512::sha512(&data))
}

/// A seed from the host's clocks (there is no entropy source in the core).
fn entropy(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "entropy", 0, 0)?;
    use super::host::{Clock, clock};
    let t = clock(rt, Clock::Realtime).unwrap_or(0);
    let m = clock(rt, Clock::Monotonic).unwrap_or(0);
    let mixed = t ^ m.rotate_left(64) ^ (a.all.as_ptr() as usize as u128).rotate_left(32);
    rt.new_int_big(BigInt::from(mixed))
}

fn init_type(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(random_new);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("seed", seed_int),
            MethodDef::method("random", random),
            MethodDef::method("getrandbits", getrandbits),
            MethodDef::method("_randbelow", randbelow),
            MethodDef::method("getstate", getstate),
            MethodDef::method("setstate", setstate),
        ],
    );
}

fn type_spec() -> TypeSpec {
    TypeSpec::base::<Mt>(TYPE_NAME, init_type)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(rt, "_random", &[("sha512", sha512), ("entropy", entropy)])?;
    set_attr(
        rt,
        &m,
        "Random",
        native_type(rt, TYPE_NAME, type_spec)?.value(),
    )?;
    Ok(m)
}

//! The combinatoric iterators: `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`. Each keeps its pool as vectors of values and an index
//! vector, advancing like an odometer.

use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::{data, iter_slots, new_obj};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::header::Payload;
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

pub const PRODUCT: &str = "itertools.product";
pub const PERMUTATIONS: &str = "itertools.permutations";
pub const COMBINATIONS: &str = "itertools.combinations";
pub const CWR: &str = "itertools.combinations_with_replacement";

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

pub struct Combo {
    kind: Kind,
    /// Product: one pool per position; the others: a single pool in `pools[0]`.
    pools: Vec<Vec<Value>>,
    r: usize,
    indices: UnsafeCell<Vec<usize>>,
    /// Permutations only.
    cycles: UnsafeCell<Vec<usize>>,
    started: Cell<bool>,
    done: Cell<bool>,
}

impl Payload for Combo {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for p in &self.pools {
            for v in p {
                visit(v);
            }
        }
    }
}

fn make(rt: &Runtime, kind: Kind, pools: Vec<Vec<Value>>, r: usize) -> PyResult<Value> {
    let (name, spec): (&'static str, fn() -> TypeSpec) = match kind {
        Kind::Product => (PRODUCT, product_spec),
        Kind::Permutations => (PERMUTATIONS, permutations_spec),
        Kind::Combinations => (COMBINATIONS, combinations_spec),
        Kind::WithReplacement => (CWR, cwr_spec),
    };
    let n = pools.first().map_or(0, |p| p.len());
    let done = match kind {
        Kind::Product => pools.iter().any(|p| p.is_empty()),
        Kind::Permutations | Kind::Combinations => r > n,
        Kind::WithReplacement => n == 0 && r > 0,
    };
    // Index state: sized by `r` (user-controlled), so accounted and reserved fallibly.
    let (ilen, clen) = match kind {
        _ if done => (0, 0),
        Kind::Product => (pools.len(), 0),
        Kind::Permutations => (n, r),
        Kind::Combinations | Kind::WithReplacement => (r, 0),
    };
    let bytes = ilen
        .checked_add(clen)
        .and_then(|c| c.checked_mul(core::mem::size_of::<usize>()))
        .ok_or_else(|| rt.memory_error())?;
    if !rt.heap().grow(bytes) {
        return Err(rt.memory_error());
    }
    let mut indices: Vec<usize> = Vec::new();
    let mut cycles: Vec<usize> = Vec::new();
    if indices.try_reserve_exact(ilen).is_err() || cycles.try_reserve_exact(clen).is_err() {
        rt.heap().shrink(bytes);
        return Err(rt.memory_error());
    }
    if !done {
        match kind {
            Kind::Product | Kind::WithReplacement => indices.resize(ilen, 0),
            Kind::Permutations => {
                indices.extend(0..n);
                cycles.extend((0..r).map(|i| n - i));
            }
            Kind::Combinations => indices.extend(0..r),
        }
    }
    new_obj(
        rt,
        name,
        spec,
        Combo {
            kind,
            pools,
            r,
            indices: UnsafeCell::new(indices),
            cycles: UnsafeCell::new(cycles),
            started: Cell::new(false),
            done: Cell::new(done),
        },
    )
}

fn pool_of(rt: &Runtime, iterable: &Value) -> PyResult<Vec<Value>> {
    rt.collect(iterable)
}

fn r_arg(rt: &Runtime, r: &Value) -> PyResult<usize> {
    let r = rt.index_isize(r)?;
    if r < 0 {
        return Err(rt.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn product_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let mut repeat = 1usize;
    for (k, v) in a.kwargs() {
        if rt.str_of(k) != Some("repeat") {
            return Err(rt.type_error(alloc::format!(
                "product() got an unexpected keyword argument '{}'",
                rt.str_of(k).unwrap_or("")
            )));
        }
        let n = rt.index_isize(v)?;
        if n < 0 {
            return Err(rt.value_error("repeat argument cannot be negative"));
        }
        repeat = n as usize;
    }
    let mut base = Vec::new();
    for x in a.pos() {
        base.push(pool_of(rt, x)?);
    }
    let total = base
        .len()
        .checked_mul(repeat)
        .filter(|t| *t <= isize::MAX as usize / 64)
        .ok_or_else(|| rt.overflow_error("repeat argument too large"))?;
    let mut pools = Vec::new();
    if pools.try_reserve(total).is_err() {
        return Err(rt.memory_error());
    }
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    make(rt, Kind::Product, pools, 0)
}

fn permutations_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let [iterable, r] = a.bind(
        rt,
        &Signature {
            fname: "permutations",
            names: ["iterable", "r"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let pool = pool_of(rt, &iterable.ok_or_else(|| rt.memory_error())?)?;
    let r = match r {
        Some(r) if !rt.is_none(&r) => {
            if !rt.isinstance_type(&r, rt.types().int) {
                return Err(rt.type_error("Expected int as r"));
            }
            r_arg(rt, &r)?
        }
        _ => pool.len(),
    };
    make(rt, Kind::Permutations, alloc::vec![pool], r)
}

fn comb_new(rt: &Runtime, a: Args<'_>, kind: Kind, fname: &'static str) -> PyResult<Value> {
    let [iterable, r] = a.bind(
        rt,
        &Signature {
            fname,
            names: ["iterable", "r"],
            posonly: 0,
            required: 2,
            kwonly: 2,
        },
    )?;
    let pool = pool_of(rt, &iterable.ok_or_else(|| rt.memory_error())?)?;
    let r = r_arg(rt, &r.ok_or_else(|| rt.memory_error())?)?;
    make(rt, kind, alloc::vec![pool], r)
}

/// Advances the index state; false when the iteration is over.
fn advance(c: &Combo) -> bool {
    // SAFETY: no other borrow of the index vectors is live (no Python code runs here).
    let idx = unsafe { &mut *c.indices.get() };
    let n = c.pools.first().map_or(0, |p| p.len());
    let r = c.r;
    match c.kind {
        Kind::Product => {
            for i in (0..idx.len()).rev() {
                idx[i] += 1;
                if idx[i] < c.pools[i].len() {
                    return true;
                }
                idx[i] = 0;
            }
            false
        }
        Kind::Combinations => {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                return false;
            };
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
            true
        }
        Kind::WithReplacement => {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                return false;
            };
            let v = idx[i] + 1;
            for x in &mut idx[i..r] {
                *x = v;
            }
            true
        }
        Kind::Permutations => {
            let cycles = unsafe { &mut *c.cycles.get() };
            if n == 0 {
                return false;
            }
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    // Rotate indices[i:] left by one.
                    idx[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    idx.swap(i, n - j);
                    return true;
                }
            }
            false
        }
    }
}

fn combo_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let c = data::<Combo>(rt, v)?;
    if c.done.get() {
        return Ok(None);
    }
    if c.started.get() {
        if !advance(c) {
            c.done.set(true);
            return Ok(None);
        }
    } else {
        c.started.set(true);
    }
    let idx = unsafe { &*c.indices.get() };
    let items: Vec<Value> = match c.kind {
        Kind::Product => idx
            .iter()
            .zip(&c.pools)
            .filter_map(|(&i, p)| p.get(i).cloned())
            .collect(),
        _ => {
            let pool = c.pools.first().map_or(&[][..], |p| &p[..]);
            idx.iter()
                .take(c.r)
                .filter_map(|&i| pool.get(i).cloned())
                .collect()
        }
    };
    Ok(Some(rt.new_tuple(items)?))
}

fn init_with(ty: TypeRef, new: crate::object::typeobj::CallFn) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(new);
    s.next = Some(combo_next);
}

pub fn product_spec() -> TypeSpec {
    TypeSpec::new::<Combo>(PRODUCT, |_, ty| init_with(ty, product_new))
}
pub fn permutations_spec() -> TypeSpec {
    TypeSpec::new::<Combo>(PERMUTATIONS, |_, ty| init_with(ty, permutations_new))
}
pub fn combinations_spec() -> TypeSpec {
    TypeSpec::new::<Combo>(COMBINATIONS, |_, ty| {
        init_with(ty, |rt, _, a| {
            comb_new(rt, a, Kind::Combinations, "combinations")
        })
    })
}
pub fn cwr_spec() -> TypeSpec {
    TypeSpec::new::<Combo>(CWR, |_, ty| {
        init_with(ty, |rt, _, a| {
            comb_new(
                rt,
                a,
                Kind::WithReplacement,
                "combinations_with_replacement",
            )
        })
    })
}

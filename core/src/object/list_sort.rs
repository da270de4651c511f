//! `list.sort`: a stable, adaptive merge sort in the style of timsort (natural runs, extended to
//! a minimum length by binary insertion, merged under the run-stack invariants).
//!
//! Comparisons are Python code: they may raise, or mutate the list. So we sort a permutation of
//! indices into a key array that nobody else can see, and only write the list back at the end;
//! while sorting, the list is empty (as in CPython) and any change to it is detected afterwards.
//! A raising comparison leaves the list as it was (a permutation of its items, as promised).
//! `core::slice::sort_by` is not used: it may panic on an inconsistent comparator.

use alloc::vec::Vec;

use super::args::Args;
use super::error::PyResult;
use super::typeobj::CmpOp;
use super::value::Value;
use crate::runtime::Runtime;

/// `a < b` for sorting, with the common cases (small ints, exact strs, exact tuples of them:
/// sort keys like `(-count, word)`) decided without a call.
fn less(rt: &Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    let tuple_ty = rt.types().tuple;
    if !a.is_small_int()
        && rt.type_of(a) == tuple_ty
        && rt.type_of(b) == tuple_ty
        && let (Some(x), Some(y)) = (rt.tuple_items(a), rt.tuple_items(b))
    {
        // As tuple `<`: the first items that are not equal decide, else the lengths. (The
        // tuples are immutable and held by the key array: the slices stay valid across calls.)
        for (p, q) in x.iter().zip(y) {
            let equal = match plain_eq(rt, p, q) {
                Some(e) => e,
                None => rt.eq(p, q)?,
            };
            if !equal {
                return less_item(rt, p, q);
            }
        }
        return Ok(x.len() < y.len());
    }
    less_item(rt, a, b)
}

/// `a < b` with small ints and exact strs compared in place.
#[inline]
fn less_item(rt: &Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let str_ty = rt.types().str;
    if rt.type_of(a) == str_ty
        && rt.type_of(b) == str_ty
        && let (Some(x), Some(y)) = (rt.str_bytes(a), rt.str_bytes(b))
    {
        return Ok(x < y);
    }
    rt.rich_compare_bool(a, b, CmpOp::Lt)
}

/// `a == b` when it needs no call: the same object (as `==` inside containers), small ints,
/// exact strs; None otherwise.
#[inline]
fn plain_eq(rt: &Runtime, a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    let str_ty = rt.types().str;
    if rt.type_of(a) == str_ty && rt.type_of(b) == str_ty {
        return Some(rt.str_bytes(a)? == rt.str_bytes(b)?);
    }
    None
}

struct Sorter<'a> {
    rt: &'a Runtime,
    keys: &'a [Value],
    /// The permutation being sorted.
    perm: Vec<usize>,
    tmp: Vec<usize>,
}

impl Sorter<'_> {
    fn lt(&self, i: usize, j: usize) -> PyResult<bool> {
        less(self.rt, &self.keys[i], &self.keys[j])
    }

    /// Length of the run starting at `lo` (reversed in place when strictly descending).
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<usize> {
        if hi - lo < 2 {
            return Ok(hi - lo);
        }
        let mut n = 2;
        if self.lt(self.perm[lo + 1], self.perm[lo])? {
            while lo + n < hi && self.lt(self.perm[lo + n], self.perm[lo + n - 1])? {
                n += 1;
            }
            self.perm[lo..lo + n].reverse();
        } else {
            while lo + n < hi && !self.lt(self.perm[lo + n], self.perm[lo + n - 1])? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Binary insertion sort of `perm[lo..hi]`, whose first `sorted` elements are in order.
    fn insertion(&mut self, lo: usize, hi: usize, sorted: usize) -> PyResult<()> {
        for k in lo + sorted.max(1)..hi {
            let pivot = self.perm[k];
            let (mut l, mut r) = (lo, k);
            while l < r {
                let m = l + (r - l) / 2;
                if self.lt(pivot, self.perm[m])? {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            self.perm.copy_within(l..k, l + 1);
            self.perm[l] = pivot;
        }
        Ok(())
    }

    /// Merges the adjacent sorted ranges `[lo, mid)` and `[mid, hi)`, stably.
    fn merge(&mut self, lo: usize, mid: usize, hi: usize) -> PyResult<()> {
        // Elements of the left run already <= the right run's first stay where they are.
        let mut start = lo;
        {
            let first_right = self.perm[mid];
            let (mut l, mut r) = (lo, mid);
            while l < r {
                let m = l + (r - l) / 2;
                if self.lt(first_right, self.perm[m])? {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            start = start.max(l);
        }
        if start == mid {
            return Ok(());
        }
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[start..mid]);
        let (mut i, mut j, mut out) = (0, mid, start);
        // On an error the permutation must stay a permutation: put the rest back.
        let result = loop {
            if i == self.tmp.len() || j == hi {
                break Ok(());
            }
            match self.lt(self.perm[j], self.tmp[i]) {
                Ok(true) => {
                    self.perm[out] = self.perm[j];
                    j += 1;
                }
                Ok(false) => {
                    self.perm[out] = self.tmp[i];
                    i += 1;
                }
                Err(e) => break Err(e),
            }
            out += 1;
        };
        let rest = self.tmp.len() - i;
        self.perm[out..out + rest].copy_from_slice(&self.tmp[i..]);
        result
    }

    fn sort(&mut self) -> PyResult<()> {
        let n = self.perm.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = min_run(n);
        let mut runs: Vec<(usize, usize)> = Vec::new(); // (start, len)
        let mut lo = 0;
        while lo < n {
            let mut len = self.count_run(lo, n)?;
            if len < minrun {
                let force = minrun.min(n - lo);
                self.insertion(lo, lo + force, len)?;
                len = force;
            }
            runs.push((lo, len));
            lo += len;
            self.collapse(&mut runs, false)?;
        }
        self.collapse(&mut runs, true)
    }

    /// Restores the run-stack invariants (or merges everything, when `force`).
    fn collapse(&mut self, runs: &mut Vec<(usize, usize)>, force: bool) -> PyResult<()> {
        while runs.len() > 1 {
            let k = runs.len();
            let mut at = k - 2;
            if force {
                if k > 2 && runs[k - 3].1 < runs[k - 1].1 {
                    at = k - 3;
                }
            } else if (k > 2 && runs[k - 3].1 <= runs[k - 2].1 + runs[k - 1].1)
                || (k > 3 && runs[k - 4].1 <= runs[k - 3].1 + runs[k - 2].1)
            {
                if runs[k - 3].1 < runs[k - 1].1 {
                    at = k - 3;
                }
            } else if runs[k - 2].1 > runs[k - 1].1 {
                break;
            }
            let (a, alen) = runs[at];
            let (_, blen) = runs[at + 1];
            self.merge(a, a + alen, a + alen + blen)?;
            runs[at] = (a, alen + blen);
            runs.remove(at + 1);
        }
        Ok(())
    }
}

fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `items` (stably; by `keys` when given), returning the sorted vector, or the error of a
/// comparison (then `items` come back in their original order).
pub fn sort_values(
    rt: &Runtime,
    items: Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> (Vec<Value>, PyResult<()>) {
    let n = items.len();
    let mut perm: Vec<usize> = (0..n).collect();
    // Reversing before and after keeps equal elements in their original order.
    if reverse {
        perm.reverse();
    }
    let result = {
        let keys_ref: &[Value] = keys.as_deref().unwrap_or(&items);
        let mut s = Sorter {
            rt,
            keys: keys_ref,
            perm,
            tmp: Vec::new(),
        };
        let r = s.sort();
        perm = s.perm;
        r
    };
    if result.is_err() {
        return (items, result);
    }
    if reverse {
        perm.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let sorted: Vec<Value> = perm.iter().filter_map(|&i| slots[i].take()).collect();
    (sorted, Ok(()))
}

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(rt.type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, None);
    for (k, v) in args.kwargs() {
        match rt.str_of(k) {
            Some("key") => key = Some(v.clone()),
            Some("reverse") => reverse = Some(v.clone()),
            other => {
                return Err(rt.type_error(alloc::format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other.unwrap_or("")
                )));
            }
        }
    }
    let this = &args.all[0];
    let l = rt
        .list_data(this)
        .ok_or_else(|| rt.type_error("descriptor 'sort' requires a 'list' object"))?;
    let reverse = match reverse {
        Some(r) => rt.truthy(&r)?,
        None => false,
    };
    let key = key.filter(|k| !rt.is_none(k));
    // The list is empty while we sort: Python code run by comparisons sees `[]`.
    let items = l.replace(Vec::new());
    let mut keys = None;
    let mut result = Ok(());
    if let Some(kf) = &key {
        let mut ks = Vec::with_capacity(items.len());
        for x in &items {
            match rt.call(kf, Args::positional(core::slice::from_ref(x))) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        keys = Some(ks);
    }
    let items = if result.is_ok() {
        let (sorted, r) = sort_values(rt, items, keys, reverse);
        result = r;
        sorted
    } else {
        drop(keys);
        items
    };
    let intruders = l.replace(items);
    // Anything stored meanwhile allocated storage (even if removed again): CPython's check.
    let modified = !intruders.is_empty() || intruders.capacity() != 0;
    l.sync_heap(rt);
    drop(intruders);
    result?;
    if modified {
        return Err(rt.value_error("list modified during sort"));
    }
    Ok(rt.none())
}

//! `list`: a growable array of values.
//!
//! Every operation that can run Python code (`==` on items, `repr`, iteration of an argument)
//! clones what it needs out of the list first and re-checks the length afterwards: the code it
//! runs may mutate the list.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::args::{Args, count_message};
use super::descr::MethodDef;
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::slice::{slice_indices, slice_positions};
use super::typeobj::{BinOp, CmpOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

pub struct ListData {
    items: UnsafeCell<Vec<Value>>,
    /// Bytes of item storage accounted on the heap (released when the list is freed).
    accounted: Cell<usize>,
}

impl Default for ListData {
    fn default() -> Self {
        ListData::new(Vec::new())
    }
}

impl Payload for ListData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Last to first, as CPython's list traverse: the collector's list order (and so the
        // order finalizers run in) depends on it.
        for v in unsafe { &*self.items.get() }.iter().rev() {
            visit(v);
        }
    }
    fn clear(&self) {
        let items = core::mem::take(unsafe { &mut *self.items.get() });
        drop(items);
    }
    fn extra_bytes(&self) -> usize {
        self.accounted.get()
    }
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: UnsafeCell::new(items),
            accounted: Cell::new(0),
        }
    }
    /// The items. Do not hold the slice across anything that can run Python code.
    #[inline]
    pub fn items(&self) -> &[Value] {
        unsafe { &*self.items.get() }
    }
    /// Mutable access. The same rule: no Python code may run while the borrow is live; values
    /// removed must be dropped after the borrow ends (a `__del__` may touch the list).
    ///
    /// # Safety
    /// No other borrow of the items may be live.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn items_mut(&self) -> &mut Vec<Value> {
        unsafe { &mut *self.items.get() }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.items().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items().is_empty()
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        unsafe { self.items_mut().push(v) }
    }
    /// Replaces the contents, returning the old items to drop outside the borrow.
    pub fn replace(&self, new: Vec<Value>) -> Vec<Value> {
        core::mem::replace(unsafe { self.items_mut() }, new)
    }
    pub fn capacity(&self) -> usize {
        unsafe { (*self.items.get()).capacity() }
    }

    /// Brings the heap account in line with the current storage (after the storage changed
    /// through `push`/`replace`); false when growing it would pass the heap limit.
    pub fn sync_heap(&self, rt: &Runtime) -> bool {
        let want = self.capacity() * size_of::<Value>();
        let have = self.accounted.get();
        if want > have {
            if !rt.heap().grow(want - have) {
                return false;
            }
        } else {
            rt.heap().shrink(have - want);
        }
        self.accounted.set(want);
        true
    }

    /// Makes room for `additional` more items: accounted to the heap first (MemoryError past
    /// the limit), then reserved without letting the allocator abort. No borrow is held while
    /// the heap runs its pre-limit collection.
    pub fn reserve(&self, rt: &Runtime, additional: usize) -> PyResult<()> {
        let len = self.len();
        let cap = self.capacity();
        let need = len
            .checked_add(additional)
            .ok_or_else(|| rt.memory_error())?;
        if need <= cap {
            return Ok(());
        }
        let new_cap = need.max(cap.saturating_mul(2)).max(4);
        if new_cap > isize::MAX as usize / size_of::<Value>() {
            return Err(rt.memory_error());
        }
        let have = self.accounted.get();
        let want = new_cap * size_of::<Value>();
        if want > have && !rt.heap().grow(want - have) {
            return Err(rt.memory_error());
        }
        self.accounted.set(want.max(have));
        let r = unsafe { self.items_mut() }.try_reserve_exact(new_cap - len);
        let synced = self.sync_heap(rt);
        match r {
            Ok(()) if synced => Ok(()),
            _ => Err(rt.memory_error()),
        }
    }
}

impl Runtime {
    pub fn new_list(&self, items: Vec<Value>) -> PyResult<Value> {
        let v = unsafe { alloc_object(self, self.types().list.0, ListData::new(items)) }
            .ok_or_else(|| self.memory_error())?;
        if let Some(l) = self.list_data(&v)
            && !l.sync_heap(self)
        {
            return Err(self.memory_error());
        }
        Ok(v)
    }

    #[inline]
    pub fn list_data<'a>(&self, v: &'a Value) -> Option<&'a ListData> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::LIST_SUBCLASS) {
            Some(unsafe { h.payload::<ListData>() })
        } else {
            None
        }
    }
}

/// Fails with MemoryError when `items` more values would pass the heap limit, and reserves the
/// room without letting the allocator abort.
pub fn reserve_items(rt: &Runtime, v: &mut Vec<Value>, items: usize) -> PyResult<()> {
    let bytes = items
        .checked_mul(size_of::<Value>())
        .ok_or_else(|| rt.memory_error())?;
    if !rt.heap().grow(bytes) {
        return Err(rt.memory_error());
    }
    rt.heap().shrink(bytes);
    v.try_reserve(items).map_err(|_| rt.memory_error())
}

/// How a subscript addresses a sequence.
pub enum SeqKey {
    Index(isize),
    Slice,
}

/// Whether `v` can be used as an integer index (`__index__`).
pub fn has_index(rt: &Runtime, v: &Value) -> bool {
    v.is_small_int() || rt.int_ref(v).is_some() || rt.type_of(v).data().slots().index.is_some()
}

/// Classifies a subscript: an index, a slice, or CPython's TypeError naming the sequence type.
pub fn seq_key(rt: &Runtime, key: &Value, what: &str) -> PyResult<SeqKey> {
    if let Some(i) = key.as_small_int() {
        return Ok(SeqKey::Index(i));
    }
    if has_index(rt, key) {
        return Ok(SeqKey::Index(rt.index_isize(key)?));
    }
    if rt.slice_data(key).is_some() {
        return Ok(SeqKey::Slice);
    }
    Err(rt.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        rt.type_name(key)
    )))
}

/// `i` made non-negative against `len`, or `None` when out of range.
pub fn norm_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 {
        i.checked_add(len as isize)?
    } else {
        i
    };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// The repeat count of `seq * n`; `None` when `n` is not an int (the operator then fails).
pub fn repeat_count(rt: &Runtime, n: &Value) -> PyResult<Option<usize>> {
    if !has_index(rt, n) {
        return Ok(None);
    }
    let i = rt.index_isize(n).map_err(|e| {
        if rt.err_matches(&e, rt.exc().index_error) {
            rt.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                rt.type_name(n)
            ))
        } else {
            e
        }
    })?;
    Ok(Some(i.max(0) as usize))
}

/// The error for `seq * x` with a non-int `x`. A class statement's type with its own `*` gets
/// its chance first (NotImplemented, as CPython tries `nb_multiply` before sequence repeat);
/// built-in sequences do not: CPython repeats the left operand and reports the right one.
pub fn repeat_error(rt: &Runtime, other: &Value, own: super::typeobj::BinaryFn) -> PyResult<Value> {
    let ty = rt.type_of(other);
    let theirs = ty.data().slots().binary[BinOp::Mul as usize];
    if ty.data().is_heap() && theirs.is_some_and(|f| f as usize != own as usize) {
        return Ok(rt.not_implemented());
    }
    Err(rt.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        rt.type_name(other)
    )))
}

/// `items * n` as a new vector (MemoryError instead of an abort when huge).
pub fn repeat_items(rt: &Runtime, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = items
        .len()
        .checked_mul(n)
        .ok_or_else(|| rt.memory_error())?;
    if total > isize::MAX as usize / size_of::<Value>() {
        return Err(rt.memory_error());
    }
    let mut out = Vec::new();
    reserve_items(rt, &mut out, total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// Checks a method's argument count (self excluded) with CPython's wording.
pub fn method_args<'a>(
    rt: &Runtime,
    args: &Args<'a>,
    fname: &str,
    kwname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args.no_kwargs(rt, kwname)?;
    let rest = &args.all[1..];
    if rest.len() < min || rest.len() > max {
        return Err(rt.type_error(count_message(fname, min, max, rest.len())));
    }
    Ok(rest)
}

/// `repr` of a sequence of items between `open` and `close`, with the recursion guard applied
/// by the caller.
pub fn repr_items(
    rt: &Runtime,
    get: &dyn Fn(usize) -> Option<Value>,
    open: &str,
    close: &str,
) -> PyResult<String> {
    let mut s = String::from(open);
    let mut i = 0;
    while let Some(x) = get(i) {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&rt.repr_string(&x)?);
        i += 1;
    }
    s.push_str(close);
    Ok(s)
}

fn ld(v: &Value) -> &ListData {
    // SAFETY: only called on values whose type has the list layout (slots of list and subclasses).
    unsafe { v.heap().unwrap_unchecked().payload::<ListData>() }
}

fn self_list<'a>(rt: &Runtime, args: &Args<'a>) -> PyResult<&'a ListData> {
    args.all
        .first()
        .and_then(|v| rt.list_data(v))
        .ok_or_else(|| rt.type_error("descriptor requires a 'list' object"))
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<ListData>("list", init)
        .flags(flags::LIST_SUBCLASS | flags::UNHASHABLE)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(list_new);
    s.init = Some(list_init);
    s.repr = Some(list_repr);
    s.richcompare = Some(list_richcompare);
    s.len = Some(|_, v| Ok(ld(v).len()));
    s.binary[BinOp::Add as usize] = Some(list_add);
    s.binary[BinOp::Mul as usize] = Some(list_mul);
    s.inplace[BinOp::Add as usize] = Some(list_iadd);
    s.inplace[BinOp::Mul as usize] = Some(list_imul);
    s.contains = Some(list_contains);
    s.getitem = Some(list_getitem);
    s.setitem = Some(list_setitem);
    s.iter = Some(|rt, v| super::seq_iter::new_list_iter(rt, v.clone()));
    rt.add_methods(
        ty,
        &[
            MethodDef::method("append", list_append),
            MethodDef::method("extend", list_extend_method),
            MethodDef::method("insert", list_insert),
            MethodDef::method("pop", list_pop),
            MethodDef::method("remove", list_remove),
            MethodDef::method("index", list_index),
            MethodDef::method("count", list_count),
            MethodDef::method("reverse", list_reverse),
            MethodDef::method("sort", super::list_sort::list_sort),
            MethodDef::method("copy", list_copy),
            MethodDef::method("clear", list_clear),
            MethodDef::method("__reversed__", list_reversed),
            MethodDef::method("__sizeof__", list_sizeof),
        ],
    );
}

fn list_new(rt: &Runtime, cls: &Value, _args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("list.__new__(X): X is not a type object"))?;
    if ty == rt.types().list {
        rt.new_list(Vec::new())
    } else {
        super::object_type::alloc_instance(rt, ty)
    }
}

fn list_init(rt: &Runtime, this: &Value, args: Args<'_>) -> PyResult<()> {
    if rt.type_of(this) == rt.types().list {
        args.no_kwargs(rt, "list")?;
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(rt.type_error(count_message("list", 0, 1, pos.len())));
    }
    let l = ld(this);
    let old = l.replace(Vec::new());
    l.sync_heap(rt);
    drop(old);
    if let Some(it) = pos.first() {
        extend(rt, this, it)?;
    }
    Ok(())
}

/// `list.extend(iterable)`: appends as it iterates (a snapshot for lists and tuples, so
/// `a.extend(a)` doubles `a`).
pub fn extend(rt: &Runtime, list: &Value, iterable: &Value) -> PyResult<()> {
    let l = ld(list);
    let snapshot = if let Some(o) = rt.list_data(iterable) {
        Some(o.items().to_vec())
    } else {
        rt.tuple_items(iterable).map(|t| t.to_vec())
    };
    if let Some(items) = snapshot {
        l.reserve(rt, items.len())?;
        unsafe { l.items_mut() }.extend(items);
        return Ok(());
    }
    let it = rt.iter(iterable)?;
    while let Some(x) = rt.next(&it)? {
        l.reserve(rt, 1)?;
        unsafe { l.items_mut() }.push(x);
    }
    Ok(())
}

fn list_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let l = ld(v);
    if l.is_empty() {
        return rt.new_str("[]");
    }
    if !rt.repr_guard.enter(v) {
        return rt.new_str("[...]");
    }
    let r = repr_items(rt, &|i| l.get(i), "[", "]");
    rt.repr_guard.leave(v);
    rt.new_str(&r?)
}

/// Lexicographic comparison of two sequences read through `get` (lengths re-read every step).
pub fn seq_richcompare(
    rt: &Runtime,
    a: &dyn Fn(usize) -> Option<Value>,
    alen: &dyn Fn() -> usize,
    b: &dyn Fn(usize) -> Option<Value>,
    blen: &dyn Fn() -> usize,
    op: CmpOp,
) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && alen() != blen() {
        return Ok(rt.bool_value(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (a(i), b(i)) else {
            break;
        };
        if !rt.eq(&x, &y)? {
            return match op {
                CmpOp::Eq => Ok(rt.bool_value(false)),
                CmpOp::Ne => Ok(rt.bool_value(true)),
                _ => rt.rich_compare(&x, &y, op),
            };
        }
        i += 1;
    }
    Ok(rt.bool_value(op.test(alen().cmp(&blen()))))
}

fn list_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (rt.list_data(a), rt.list_data(b)) else {
        return Ok(rt.not_implemented());
    };
    seq_richcompare(
        rt,
        &|i| x.get(i),
        &|| x.len(),
        &|i| y.get(i),
        &|| y.len(),
        op,
    )
}

fn list_add(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = rt.list_data(a) else {
        return Ok(rt.not_implemented());
    };
    let Some(y) = rt.list_data(b) else {
        // The right operand's `__radd__` runs first, as in CPython's number protocol.
        if let Some(r) = super::str::try_other_slot(rt, a, b, super::typeobj::BinOp::Add)? {
            return Ok(r);
        }
        return Err(rt.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            rt.type_name(b)
        )));
    };
    let mut v = Vec::new();
    reserve_items(rt, &mut v, x.len().saturating_add(y.len()))?;
    v.extend_from_slice(x.items());
    v.extend_from_slice(y.items());
    rt.new_list(v)
}

fn list_mul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let (l, n) = match rt.list_data(a) {
        Some(l) => (l, b),
        None => match rt.list_data(b) {
            Some(l) => (l, a),
            None => return Ok(rt.not_implemented()),
        },
    };
    match repeat_count(rt, n)? {
        Some(k) => {
            let items = l.items().to_vec();
            rt.new_list(repeat_items(rt, &items, k)?)
        }
        None => repeat_error(rt, n, list_mul),
    }
}

fn list_iadd(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if rt.list_data(a).is_none() {
        return Ok(rt.not_implemented());
    }
    extend(rt, a, b)?;
    Ok(a.clone())
}

fn list_imul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(l) = rt.list_data(a) else {
        return Ok(rt.not_implemented());
    };
    match repeat_count(rt, b)? {
        Some(k) => {
            let items = l.items().to_vec();
            let new = repeat_items(rt, &items, k)?;
            let old = l.replace(new);
            let synced = l.sync_heap(rt);
            drop(old);
            if !synced {
                return Err(rt.memory_error());
            }
            Ok(a.clone())
        }
        None => repeat_error(rt, b, list_imul),
    }
}

fn list_contains(rt: &Runtime, v: &Value, x: &Value) -> PyResult<bool> {
    let l = ld(v);
    let mut i = 0;
    while let Some(y) = l.get(i) {
        if rt.eq(&y, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let l = ld(v);
    match seq_key(rt, key, "list")? {
        SeqKey::Index(i) => norm_index(i, l.len())
            .and_then(|i| l.get(i))
            .ok_or_else(|| rt.index_error("list index out of range")),
        SeqKey::Slice => {
            let (start, _, step, n) = slice_indices(rt, key, l.len())?;
            let items = l.items();
            // `n` is at most the list's length: reserved exactly, no regrowth.
            let mut out: Vec<Value> = Vec::new();
            if out.try_reserve_exact(n).is_err() {
                return Err(rt.memory_error());
            }
            if step == 1 {
                let lo = start.max(0) as usize;
                out.extend_from_slice(items.get(lo..lo + n).unwrap_or_default());
            } else {
                out.extend(slice_positions(start, step, n).filter_map(|p| items.get(p).cloned()));
            }
            rt.new_list(out)
        }
    }
}

fn list_setitem(rt: &Runtime, v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let l = ld(v);
    match seq_key(rt, key, "list")? {
        SeqKey::Index(i) => {
            let Some(i) = norm_index(i, l.len()) else {
                return Err(rt.index_error("list assignment index out of range"));
            };
            let items = unsafe { l.items_mut() };
            let old = match value {
                Some(x) => core::mem::replace(&mut items[i], x.clone()),
                None => items.remove(i),
            };
            drop(old);
            Ok(())
        }
        SeqKey::Slice => assign_slice(rt, v, key, value),
    }
}

fn assign_slice(rt: &Runtime, v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let l = ld(v);
    let new: Option<Vec<Value>> = match value {
        None => None,
        Some(x) => {
            if rt.list_data(x).is_none() && rt.tuple_items(x).is_none() && rt.iter(x).is_err() {
                let (_, _, step, _) = slice_indices(rt, key, l.len())?;
                return Err(rt.type_error(if step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                }));
            }
            Some(rt.collect(x)?)
        }
    };
    // Bounds are computed after collecting: that may have run code that resized the list.
    let (start, stop, step, n) = slice_indices(rt, key, l.len())?;
    if step == 1 {
        let mut new = new.unwrap_or_default();
        l.reserve(rt, new.len())?;
        let items = unsafe { l.items_mut() };
        let lo = (start.max(0) as usize).min(items.len());
        let hi = (stop.max(start).max(0) as usize).clamp(lo, items.len());
        if hi - lo == new.len() {
            // Same size: swap in place; `new` then holds the old items, dropped after the
            // list is consistent (a `__del__` may look at it).
            items[lo..hi].swap_with_slice(&mut new);
            drop(new);
        } else {
            let removed: Vec<Value> = items.splice(lo..hi, new).collect();
            drop(removed);
        }
        return Ok(());
    }
    let items = unsafe { l.items_mut() };
    match new {
        Some(new) => {
            if new.len() != n {
                return Err(rt.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {n}",
                    new.len()
                )));
            }
            let mut removed = Vec::with_capacity(n);
            for (p, x) in slice_positions(start, step, n).zip(new) {
                if let Some(slot) = items.get_mut(p) {
                    removed.push(core::mem::replace(slot, x));
                }
            }
            drop(removed);
        }
        None => {
            let mut drop_at = alloc::vec![false; items.len()];
            for p in slice_positions(start, step, n) {
                if let Some(d) = drop_at.get_mut(p) {
                    *d = true;
                }
            }
            let old = core::mem::take(items);
            let mut removed = Vec::with_capacity(n);
            for (x, d) in old.into_iter().zip(drop_at) {
                if d {
                    removed.push(x);
                } else {
                    items.push(x);
                }
            }
            drop(removed);
        }
    }
    Ok(())
}

fn list_append(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "list.append", "list.append", 1, 1)?;
    let l = self_list(rt, &args)?;
    l.reserve(rt, 1)?;
    unsafe { l.items_mut() }.push(a[0].clone());
    Ok(rt.none())
}

fn list_extend_method(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "list.extend", "list.extend", 1, 1)?;
    self_list(rt, &args)?;
    extend(rt, &args.all[0], &a[0])?;
    Ok(rt.none())
}

/// A method's index argument (Argument Clinic's `n`): too big for a machine word is
/// OverflowError, unlike a subscript's IndexError.
fn arg_ssize(rt: &Runtime, v: &Value) -> PyResult<isize> {
    rt.index_isize(v).map_err(|e| {
        if rt.err_matches(&e, rt.exc().index_error) {
            rt.overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

fn list_insert(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "insert", "list.insert", 2, 2)?;
    let l = self_list(rt, &args)?;
    let i = arg_ssize(rt, &a[0])?;
    l.reserve(rt, 1)?;
    let items = unsafe { l.items_mut() };
    let len = items.len() as isize;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    items.insert(at, a[1].clone());
    Ok(rt.none())
}

fn list_pop(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "pop", "list.pop", 0, 1)?;
    let l = self_list(rt, &args)?;
    let i = match a.first() {
        Some(x) => arg_ssize(rt, x)?,
        None => -1,
    };
    if l.is_empty() {
        return Err(rt.index_error("pop from empty list"));
    }
    let Some(i) = norm_index(i, l.len()) else {
        return Err(rt.index_error("pop index out of range"));
    };
    Ok(unsafe { l.items_mut() }.remove(i))
}

fn find(
    rt: &Runtime,
    l: &ListData,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(y) = l.get(i) else { break };
        if rt.eq(&y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "list.remove", "list.remove", 1, 1)?;
    let l = self_list(rt, &args)?;
    match find(rt, l, &a[0], 0, usize::MAX)? {
        Some(i) if i < l.len() => {
            let old = unsafe { l.items_mut() }.remove(i);
            drop(old);
            Ok(rt.none())
        }
        _ => Err(rt.value_error("list.remove(x): x not in list")),
    }
}

/// A `start`/`stop` argument of `index()`: an int (clamped), CPython's TypeError otherwise.
pub fn clamp_arg(rt: &Runtime, v: &Value) -> PyResult<isize> {
    if !has_index(rt, v) {
        return Err(rt.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = rt.index(v)?;
    Ok(match rt.int_ref(&i) {
        Some(super::int::IntRef::Small(i)) => i,
        Some(super::int::IntRef::Big(b)) => {
            num_traits::ToPrimitive::to_isize(b).unwrap_or(if num_traits::Signed::is_negative(b) {
                isize::MIN
            } else {
                isize::MAX
            })
        }
        None => 0,
    })
}

/// Resolves `index(x, start, stop)` bounds against `len` (negative counts from the end).
pub fn index_bounds(rt: &Runtime, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let fix = |i: isize| -> usize {
        if i < 0 {
            (i.saturating_add(len as isize)).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match a.get(1) {
        Some(v) => fix(clamp_arg(rt, v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => fix(clamp_arg(rt, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

fn list_index(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "index", "list.index", 1, 3)?;
    let l = self_list(rt, &args)?;
    let (start, stop) = index_bounds(rt, a, l.len())?;
    match find(rt, l, &a[0], start, stop)? {
        Some(i) => rt.new_int(i as i64),
        None => Err(rt.value_error(format!("{} is not in list", rt.repr_string(&a[0])?))),
    }
}

fn list_count(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "list.count", "list.count", 1, 1)?;
    let l = self_list(rt, &args)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = l.get(i) {
        if rt.eq(&y, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    rt.new_int(n)
}

fn list_reverse(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "list.reverse", "list.reverse", 0, 0)?;
    let l = self_list(rt, &args)?;
    unsafe { l.items_mut() }.reverse();
    Ok(rt.none())
}

fn list_copy(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "list.copy", "list.copy", 0, 0)?;
    let l = self_list(rt, &args)?;
    rt.new_list(l.items().to_vec())
}

fn list_clear(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "list.clear", "list.clear", 0, 0)?;
    let l = self_list(rt, &args)?;
    let old = l.replace(Vec::new());
    l.sync_heap(rt);
    drop(old);
    Ok(rt.none())
}

fn list_reversed(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "list.__reversed__", "list.__reversed__", 0, 0)?;
    self_list(rt, &args)?;
    super::seq_iter::new_list_reverse_iter(rt, args.all[0].clone())
}

fn list_sizeof(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "list.__sizeof__", "list.__sizeof__", 0, 0)?;
    let l = self_list(rt, &args)?;
    rt.new_int((40 + 8 * l.capacity()) as i64)
}

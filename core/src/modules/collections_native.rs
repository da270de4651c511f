//! `_collections`: `deque` in Rust (a ring buffer, O(1) at both ends; `collections` re-exports
//! it). It is the hot container of queue and BFS code, so it is native.

use alloc::collections::VecDeque;
use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::native_type::{is_instance_of, native_type};
use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::MethodDef;
use crate::object::getset::GetSetDef;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::{BinOp, CmpOp, TypeRef, flags};
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

const DEQUE: &str = "collections.deque";
const ITER: &str = "_collections._deque_iterator";
const RITER: &str = "_collections._deque_reverse_iterator";

#[derive(Default)]
pub struct Deque {
    items: UnsafeCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation, so iterators notice.
    state: Cell<u64>,
}

impl Payload for Deque {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in unsafe { &*self.items.get() } {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = core::mem::take(unsafe { &mut *self.items.get() });
        drop(old);
    }
}

impl Deque {
    #[allow(clippy::mut_from_ref)]
    fn q(&self) -> &mut VecDeque<Value> {
        // SAFETY: callers never keep this borrow across a call that can run Python code.
        unsafe { &mut *self.items.get() }
    }
    fn len(&self) -> usize {
        self.q().len()
    }
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn snapshot(&self) -> Vec<Value> {
        self.q().iter().cloned().collect()
    }
    /// Appends on the right (left when `left`), dropping from the other end past maxlen.
    fn push(&self, rt: &Runtime, v: Value, left: bool) -> PyResult<()> {
        if self.maxlen.get() == Some(0) {
            return Ok(());
        }
        let q = self.q();
        if q.try_reserve(1).is_err() || !rt.heap().grow(core::mem::size_of::<Value>()) {
            return Err(rt.memory_error());
        }
        let dropped = if self.maxlen.get().is_some_and(|m| q.len() >= m) {
            rt.heap().shrink(core::mem::size_of::<Value>());
            if left { q.pop_back() } else { q.pop_front() }
        } else {
            None
        };
        if left {
            q.push_front(v);
        } else {
            q.push_back(v);
        }
        self.bump();
        drop(dropped);
        Ok(())
    }
    fn pop(&self, rt: &Runtime, left: bool) -> Option<Value> {
        let q = self.q();
        let v = if left { q.pop_front() } else { q.pop_back() };
        if v.is_some() {
            rt.heap().shrink(core::mem::size_of::<Value>());
            self.bump();
        }
        v
    }
    fn take_all(&self, rt: &Runtime) -> VecDeque<Value> {
        let old = core::mem::take(self.q());
        rt.heap().shrink(old.len() * core::mem::size_of::<Value>());
        self.bump();
        old
    }
}

fn deque_ty(rt: &Runtime) -> Option<TypeRef> {
    rt.native_types.get(DEQUE)
}

fn dq<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a Deque> {
    if !is_instance_of(rt, v, deque_ty(rt)) {
        return Err(rt.type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            rt.type_name(v)
        )));
    }
    // SAFETY: deque instances (and subclasses) start with a `Deque` payload.
    Ok(unsafe {
        v.heap()
            .ok_or_else(|| rt.memory_error())?
            .payload::<Deque>()
    })
}

fn this<'a>(rt: &Runtime, a: &Args<'a>) -> PyResult<&'a Deque> {
    let s = a.all.first().ok_or_else(|| rt.type_error("missing self"))?;
    dq(rt, s)
}

fn deque_new(rt: &Runtime, cls: &Value, _a: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("deque.__new__(X): X is not a type object"))?;
    if ty.data().is_heap() {
        crate::object::object_type::alloc_instance(rt, ty)
    } else {
        unsafe { alloc_object(rt, ty.0, Deque::default()) }.ok_or_else(|| rt.memory_error())
    }
}

fn deque_init(rt: &Runtime, this: &Value, a: Args<'_>) -> PyResult<()> {
    let [iterable, maxlen] = a.bind(
        rt,
        &Signature {
            fname: "deque",
            names: ["iterable", "maxlen"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let d = dq(rt, this)?;
    let m = match maxlen {
        Some(m) if !m.is(&rt.none()) => {
            let n = rt.index_isize(&m)?;
            if n < 0 {
                return Err(rt.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        _ => None,
    };
    d.maxlen.set(m);
    drop(d.take_all(rt));
    if let Some(it) = iterable {
        extend(rt, this, &it, false)?;
    }
    Ok(())
}

fn extend(rt: &Runtime, this: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let d = dq(rt, this)?;
    // `d.extend(d)` iterates a snapshot.
    let items = if iterable.is(this) {
        d.snapshot()
    } else {
        let it = rt.iter(iterable)?;
        while let Some(x) = rt.next(&it)? {
            d.push(rt, x, left)?;
        }
        return Ok(());
    };
    for x in items {
        d.push(rt, x, left)?;
    }
    Ok(())
}

fn m_append(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "append", 2, 2)?;
    this(rt, &a)?.push(rt, v[1].clone(), false)?;
    Ok(rt.none())
}
fn m_appendleft(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "appendleft", 2, 2)?;
    this(rt, &a)?.push(rt, v[1].clone(), true)?;
    Ok(rt.none())
}
fn m_pop(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "pop", 1, 1)?;
    this(rt, &a)?
        .pop(rt, false)
        .ok_or_else(|| rt.index_error("pop from an empty deque"))
}
fn m_popleft(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "popleft", 1, 1)?;
    this(rt, &a)?
        .pop(rt, true)
        .ok_or_else(|| rt.index_error("pop from an empty deque"))
}
fn m_extend(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "extend", 2, 2)?;
    extend(rt, &v[0], &v[1], false)?;
    Ok(rt.none())
}
fn m_extendleft(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "extendleft", 2, 2)?;
    extend(rt, &v[0], &v[1], true)?;
    Ok(rt.none())
}
fn m_clear(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "clear", 1, 1)?;
    let old = this(rt, &a)?.take_all(rt);
    drop(old);
    Ok(rt.none())
}
fn m_rotate(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "rotate", 1, 2)?;
    let d = this(rt, &a)?;
    let n = match v.get(1) {
        Some(n) => rt.index_isize(n)?,
        None => 1,
    };
    let len = d.len();
    if len > 1 {
        let k = n.rem_euclid(len as isize) as usize;
        d.q().rotate_right(k);
        d.bump();
    }
    Ok(rt.none())
}
fn m_reverse(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "reverse", 1, 1)?;
    let d = this(rt, &a)?;
    d.q().make_contiguous().reverse();
    d.bump();
    Ok(rt.none())
}
fn m_count(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "count", 2, 2)?;
    let d = this(rt, &a)?;
    let state = d.state.get();
    let mut n = 0i64;
    let mut i = 0;
    while let Some(x) = d.q().get(i).cloned() {
        if x.is(&v[1]) || rt.eq(&x, &v[1])? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(rt.runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    rt.new_int(n)
}

fn clamp_index(rt: &Runtime, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = rt.index_isize(v)?;
    Ok(if i < 0 {
        (i + len as isize).max(0) as usize
    } else {
        (i as usize).min(len)
    })
}

fn m_index(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "index", 2, 4)?;
    let d = this(rt, &a)?;
    let len = d.len();
    let start = clamp_index(rt, v.get(2), len, 0)?;
    let stop = clamp_index(rt, v.get(3), len, len)?;
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(x) = d.q().get(i).cloned() else {
            break;
        };
        if x.is(&v[1]) || rt.eq(&x, &v[1])? {
            return rt.new_int(i as i64);
        }
        if d.state.get() != state {
            return Err(rt.runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    Err(rt.value_error(format!("{} is not in deque", rt.repr_string(&v[1])?)))
}
fn m_insert(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "insert", 3, 3)?;
    let d = this(rt, &a)?;
    let len = d.len();
    if d.maxlen.get().is_some_and(|m| len >= m) {
        return Err(rt.index_error("deque already at its maximum size"));
    }
    let i = clamp_index(rt, Some(&v[1]), len, len)?;
    if !rt.heap().grow(core::mem::size_of::<Value>()) {
        return Err(rt.memory_error());
    }
    d.q().insert(i, v[2].clone());
    d.bump();
    Ok(rt.none())
}
fn m_remove(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "remove", 2, 2)?;
    let d = this(rt, &a)?;
    let state = d.state.get();
    let mut i = 0;
    while let Some(x) = d.q().get(i).cloned() {
        let hit = x.is(&v[1]) || rt.eq(&x, &v[1])?;
        if d.state.get() != state {
            return Err(rt.index_error("deque mutated during remove()."));
        }
        if hit {
            let old = d.q().remove(i);
            rt.heap().shrink(core::mem::size_of::<Value>());
            d.bump();
            drop(old);
            return Ok(rt.none());
        }
        i += 1;
    }
    Err(rt.value_error(format!("{} is not in deque", rt.repr_string(&v[1])?)))
}
fn new_like(rt: &Runtime, this: &Value, items: Vec<Value>) -> PyResult<Value> {
    let d = dq(rt, this)?;
    let ty = rt.type_of(this);
    let maxlen = match d.maxlen.get() {
        Some(m) => rt.new_int(m as i64)?,
        None => rt.none(),
    };
    let list = rt.new_list(items)?;
    if ty.data().is_heap() {
        return rt.call(&ty.value(), Args::positional(&[list, maxlen]));
    }
    let out = deque_new(rt, &ty.value(), Args::positional(&[]))?;
    deque_init(rt, &out, Args::positional(&[list, maxlen]))?;
    Ok(out)
}
fn m_copy(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "copy", 1, 1)?;
    let items = this(rt, &a)?.snapshot();
    new_like(rt, &a.all[0], items)
}
fn m_reversed(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "__reversed__", 1, 1)?;
    new_iter(rt, &a.all[0], true)
}
fn m_reduce(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "__reduce__", 1, 1)?;
    let d = this(rt, &a)?;
    let list = rt.new_list(d.snapshot())?;
    let maxlen = match d.maxlen.get() {
        Some(m) => rt.new_int(m as i64)?,
        None => rt.none(),
    };
    let args = rt.new_tuple(Vec::from([list, maxlen]))?;
    rt.new_tuple(Vec::from([rt.type_of(&a.all[0]).value(), args]))
}

fn get_maxlen(rt: &Runtime, v: &Value) -> PyResult<Value> {
    match dq(rt, v)?.maxlen.get() {
        Some(m) => rt.new_int(m as i64),
        None => Ok(rt.none()),
    }
}

fn deque_len(rt: &Runtime, v: &Value) -> PyResult<usize> {
    Ok(dq(rt, v)?.len())
}

fn deque_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let d = dq(rt, v)?;
    let name = rt.type_of(v).data().name().to_owned_string();
    if !rt.repr_guard.enter(v) {
        return rt.new_str("[...]");
    }
    let list = rt.new_list(d.snapshot());
    let r = list.and_then(|l| rt.repr_string(&l));
    rt.repr_guard.leave(v);
    let r = r?;
    let s = match d.maxlen.get() {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    };
    rt.new_str(&s)
}

trait OwnedName {
    fn to_owned_string(&self) -> alloc::string::String;
}
impl OwnedName for str {
    fn to_owned_string(&self) -> alloc::string::String {
        alloc::string::String::from(self)
    }
}

fn norm_index(rt: &Runtime, d: &Deque, key: &Value) -> PyResult<usize> {
    if rt.type_of(key).data().slots().index.is_none() {
        return Err(rt.type_error(format!(
            "sequence index must be integer, not '{}'",
            rt.type_name(key)
        )));
    }
    let i = rt.index_isize(key)?;
    let len = d.len() as isize;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(rt.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let d = dq(rt, v)?;
    let i = norm_index(rt, d, key)?;
    d.q()
        .get(i)
        .cloned()
        .ok_or_else(|| rt.index_error("deque index out of range"))
}

fn deque_setitem(rt: &Runtime, v: &Value, key: &Value, val: Option<&Value>) -> PyResult<()> {
    let d = dq(rt, v)?;
    let i = norm_index(rt, d, key)?;
    let old = match val {
        Some(x) => d
            .q()
            .get_mut(i)
            .map(|slot| core::mem::replace(slot, x.clone())),
        None => {
            let o = d.q().remove(i);
            rt.heap().shrink(core::mem::size_of::<Value>());
            d.bump();
            o
        }
    };
    drop(old);
    Ok(())
}

fn deque_contains(rt: &Runtime, v: &Value, x: &Value) -> PyResult<bool> {
    let d = dq(rt, v)?;
    let state = d.state.get();
    let mut i = 0;
    while let Some(y) = d.q().get(i).cloned() {
        if y.is(x) || rt.eq(&y, x)? {
            return Ok(true);
        }
        if d.state.get() != state {
            return Err(rt.runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    Ok(false)
}

fn deque_compare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let t = deque_ty(rt);
    if !is_instance_of(rt, a, t) || !is_instance_of(rt, b, t) {
        return Ok(rt.not_implemented());
    }
    let la = rt.new_list(dq(rt, a)?.snapshot())?;
    let lb = rt.new_list(dq(rt, b)?.snapshot())?;
    rt.rich_compare(&la, &lb, op)
}

fn deque_add(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let t = deque_ty(rt);
    if !is_instance_of(rt, a, t) {
        return Ok(rt.not_implemented());
    }
    if !is_instance_of(rt, b, t) {
        return Err(rt.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            rt.type_name(b)
        )));
    }
    let mut items = dq(rt, a)?.snapshot();
    items.extend(dq(rt, b)?.snapshot());
    new_like(rt, a, items)
}

fn deque_iadd(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_instance_of(rt, a, deque_ty(rt)) {
        return Ok(rt.not_implemented());
    }
    extend(rt, a, b, false)?;
    Ok(a.clone())
}

fn repeat_count(rt: &Runtime, n: &Value) -> PyResult<Option<isize>> {
    if rt.type_of(n).data().slots().index.is_none() {
        return Ok(None);
    }
    Ok(Some(rt.index_isize(n)?))
}

fn deque_mul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let t = deque_ty(rt);
    let (d, n) = if is_instance_of(rt, a, t) {
        (a, b)
    } else {
        (b, a)
    };
    let Some(n) = repeat_count(rt, n)? else {
        return Ok(rt.not_implemented());
    };
    let items = dq(rt, d)?.snapshot();
    let out = new_like(rt, d, Vec::new())?;
    let od = dq(rt, &out)?;
    for _ in 0..n.max(0) {
        for x in &items {
            od.push(rt, x.clone(), false)?;
        }
        if od.maxlen.get().is_some_and(|m| od.len() >= m) && items.len() >= od.len() {
            break;
        }
    }
    Ok(out)
}

fn deque_imul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(n) = repeat_count(rt, b)? else {
        return Ok(rt.not_implemented());
    };
    let d = dq(rt, a)?;
    let items = d.snapshot();
    if n <= 0 {
        drop(d.take_all(rt));
        return Ok(a.clone());
    }
    for _ in 1..n {
        for x in &items {
            d.push(rt, x.clone(), false)?;
        }
        if d.maxlen.get().is_some_and(|m| d.len() >= m) && items.len() >= d.len() {
            break;
        }
    }
    Ok(a.clone())
}

fn deque_bool(rt: &Runtime, v: &Value) -> PyResult<bool> {
    Ok(dq(rt, v)?.len() != 0)
}

// ---- iterators ----

pub struct DequeIter {
    deque: Value,
    pos: Cell<usize>,
    state: u64,
    rev: bool,
}

impl Payload for DequeIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }
}

fn deque_iter(rt: &Runtime, v: &Value) -> PyResult<Value> {
    new_iter(rt, v, false)
}

fn new_iter(rt: &Runtime, v: &Value, rev: bool) -> PyResult<Value> {
    let d = dq(rt, v)?;
    let ty = if rev {
        native_type(rt, RITER, riter_spec)?
    } else {
        native_type(rt, ITER, iter_spec)?
    };
    let it = DequeIter {
        deque: v.clone(),
        pos: Cell::new(0),
        state: d.state.get(),
        rev,
    };
    unsafe { alloc_object(rt, ty.0, it) }.ok_or_else(|| rt.memory_error())
}

fn iter_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    // SAFETY: only installed on the iterator types, whose payload is `DequeIter`.
    let it = unsafe {
        v.heap()
            .ok_or_else(|| rt.memory_error())?
            .payload::<DequeIter>()
    };
    let d = dq(rt, &it.deque)?;
    if d.state.get() != it.state {
        return Err(rt.runtime_error("deque mutated during iteration"));
    }
    let i = it.pos.get();
    let len = d.len();
    if i >= len {
        return Ok(None);
    }
    it.pos.set(i + 1);
    let idx = if it.rev { len - 1 - i } else { i };
    Ok(d.q().get(idx).cloned())
}

fn iter_length_hint(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__length_hint__", 1, 1)?;
    let it = unsafe {
        v[0].heap()
            .ok_or_else(|| rt.memory_error())?
            .payload::<DequeIter>()
    };
    let d = dq(rt, &it.deque)?;
    rt.new_int(d.len().saturating_sub(it.pos.get()) as i64)
}

fn init_iter(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
    s.next = Some(iter_next);
    rt.add_methods(
        ty,
        &[MethodDef::method("__length_hint__", iter_length_hint)],
    );
}

fn iter_spec() -> TypeSpec {
    TypeSpec::new::<DequeIter>(ITER, init_iter)
}
fn riter_spec() -> TypeSpec {
    TypeSpec::new::<DequeIter>(RITER, init_iter)
}

fn init_deque(rt: &Runtime, ty: TypeRef) {
    ty.data()
        .flags
        .set(ty.data().flags.get() | flags::UNHASHABLE);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(deque_new);
    s.init = Some(deque_init);
    s.repr = Some(deque_repr);
    s.len = Some(deque_len);
    s.bool = Some(deque_bool);
    s.getitem = Some(deque_getitem);
    s.setitem = Some(deque_setitem);
    s.contains = Some(deque_contains);
    s.iter = Some(deque_iter);
    s.richcompare = Some(deque_compare);
    s.binary[BinOp::Add as usize] = Some(deque_add);
    s.binary[BinOp::Mul as usize] = Some(deque_mul);
    s.inplace[BinOp::Add as usize] = Some(deque_iadd);
    s.inplace[BinOp::Mul as usize] = Some(deque_imul);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("append", m_append),
            MethodDef::method("appendleft", m_appendleft),
            MethodDef::method("pop", m_pop),
            MethodDef::method("popleft", m_popleft),
            MethodDef::method("extend", m_extend),
            MethodDef::method("extendleft", m_extendleft),
            MethodDef::method("clear", m_clear),
            MethodDef::method("rotate", m_rotate),
            MethodDef::method("reverse", m_reverse),
            MethodDef::method("count", m_count),
            MethodDef::method("index", m_index),
            MethodDef::method("insert", m_insert),
            MethodDef::method("remove", m_remove),
            MethodDef::method("copy", m_copy),
            MethodDef::method("__copy__", m_copy),
            MethodDef::method("__reversed__", m_reversed),
            MethodDef::method("__reduce__", m_reduce),
        ],
    );
    rt.add_getsets(
        ty,
        &[GetSetDef {
            name: "maxlen",
            get: get_maxlen,
            set: None,
        }],
    );
}

fn deque_spec() -> TypeSpec {
    TypeSpec::base::<Deque>(DEQUE, init_deque)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(rt, "_collections", &[])?;
    set_attr(rt, &m, "deque", native_type(rt, DEQUE, deque_spec)?.value())?;
    set_attr(
        rt,
        &m,
        "_deque_iterator",
        native_type(rt, ITER, iter_spec)?.value(),
    )?;
    set_attr(
        rt,
        &m,
        "_deque_reverse_iterator",
        native_type(rt, RITER, riter_spec)?.value(),
    )?;
    Ok(m)
}

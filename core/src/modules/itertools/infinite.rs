//! The infinite iterators: `count`, `cycle`, `repeat`.

use alloc::format;
use core::cell::Cell;

use super::{VCell, bind_kw, data, iter_slots, new_obj, repr_of};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::MethodDef;
use crate::object::header::Payload;
use crate::object::typeobj::{BinOp, TypeRef};
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

pub const COUNT: &str = "itertools.count";
pub const CYCLE: &str = "itertools.cycle";
pub const REPEAT: &str = "itertools.repeat";

// ---- count ----

pub struct Count {
    n: VCell,
    step: Value,
}

impl Payload for Count {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.n.visit(visit);
        visit(&self.step);
    }
    fn clear(&self) {
        self.n.set(None);
    }
}

/// CPython's PyNumber_Check: ints, floats, complex numbers and anything with `__index__`,
/// `__int__` or `__float__`.
fn is_number(rt: &Runtime, v: &Value) -> bool {
    let s = rt.type_of(v).data().slots();
    s.index.is_some()
        || s.int.is_some()
        || s.float.is_some()
        || rt.isinstance_type(v, rt.types().complex)
}

fn count_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let [start, step] = bind_kw(
        rt,
        a,
        &Signature {
            fname: "count",
            names: ["start", "step"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let start = start.unwrap_or_else(|| Value::small_int(0).unwrap_or_else(|| rt.none()));
    let step = step.unwrap_or_else(|| Value::small_int(1).unwrap_or_else(|| rt.none()));
    if !is_number(rt, &start) || !is_number(rt, &step) {
        return Err(rt.type_error("a number is required"));
    }
    // CPython counts an int start with unit step as a machine int: `count(True)` is `count(1)`.
    let unit = rt.type_of(&step) == rt.types().int && step.as_small_int() == Some(1);
    let start = if unit && rt.isinstance_type(&start, rt.types().int) {
        rt.index(&start)?
    } else {
        start
    };
    new_obj(
        rt,
        COUNT,
        count_spec,
        Count {
            n: VCell::new(Some(start)),
            step,
        },
    )
}

fn count_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let c = data::<Count>(rt, v)?;
    let Some(n) = c.n.get() else { return Ok(None) };
    // Small ints add without the generic protocol.
    let next = match (n.as_small_int(), c.step.as_small_int()) {
        (Some(a), Some(b)) => match a.checked_add(b) {
            Some(s) => rt.new_int(s as i64)?,
            None => rt.binary_op(&n, &c.step, BinOp::Add)?,
        },
        _ => rt.binary_op(&n, &c.step, BinOp::Add)?,
    };
    c.n.set(Some(next));
    Ok(Some(n))
}

fn count_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let c = data::<Count>(rt, v)?;
    let n = repr_of(rt, &c.n.get().unwrap_or_else(|| rt.none()))?;
    let unit_step = rt.type_of(&c.step) == rt.types().int && c.step.as_small_int() == Some(1);
    if unit_step {
        rt.new_str(&format!("count({n})"))
    } else {
        let s = repr_of(rt, &c.step)?;
        rt.new_str(&format!("count({n}, {s})"))
    }
}

fn init_count(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(count_new);
    s.next = Some(count_next);
    s.repr = Some(count_repr);
}

pub fn count_spec() -> TypeSpec {
    TypeSpec::new::<Count>(COUNT, init_count)
}

// ---- cycle ----

pub struct Cycle {
    it: VCell,
    /// A list of the items seen on the first pass (a list so the heap accounts for it).
    saved: Value,
    index: Cell<usize>,
}

impl Payload for Cycle {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.visit(visit);
        visit(&self.saved);
    }
    fn clear(&self) {
        self.it.set(None);
    }
}

fn cycle_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "cycle")?;
    let v = a.all;
    if v.len() != 1 {
        // Argument Clinic's wording ("exactly one argument" is METH_O's).
        return Err(rt.type_error(alloc::format!("cycle expected 1 argument, got {}", v.len())));
    }
    let it = rt.iter(&v[0])?;
    new_obj(
        rt,
        CYCLE,
        cycle_spec,
        Cycle {
            it: VCell::new(Some(it)),
            saved: rt.new_list(alloc::vec::Vec::new())?,
            index: Cell::new(0),
        },
    )
}

fn cycle_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let c = data::<Cycle>(rt, v)?;
    let saved = rt.list_data(&c.saved).ok_or_else(|| rt.memory_error())?;
    if let Some(it) = c.it.get() {
        if let Some(x) = rt.next(&it)? {
            saved.reserve(rt, 1)?;
            saved.push(x.clone());
            return Ok(Some(x));
        }
        c.it.set(None);
    }
    let len = saved.len();
    if len == 0 {
        return Ok(None);
    }
    let i = c.index.get() % len;
    c.index.set((i + 1) % len);
    Ok(saved.get(i))
}

fn init_cycle(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(cycle_new);
    s.next = Some(cycle_next);
}

pub fn cycle_spec() -> TypeSpec {
    TypeSpec::new::<Cycle>(CYCLE, init_cycle)
}

// ---- repeat ----

pub struct Repeat {
    obj: Value,
    /// Remaining count; `None` repeats forever.
    times: Cell<Option<usize>>,
}

impl Payload for Repeat {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
}

fn repeat_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let [obj, times] = bind_kw(
        rt,
        a,
        &Signature {
            fname: "repeat",
            names: ["object", "times"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let obj = obj.ok_or_else(|| rt.memory_error())?;
    let times = match times {
        Some(t) => Some(super::ssize_arg(rt, &t)?.max(0) as usize),
        None => None,
    };
    new_obj(
        rt,
        REPEAT,
        repeat_spec,
        Repeat {
            obj,
            times: Cell::new(times),
        },
    )
}

fn repeat_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let r = data::<Repeat>(rt, v)?;
    match r.times.get() {
        None => Ok(Some(r.obj.clone())),
        Some(0) => Ok(None),
        Some(n) => {
            r.times.set(Some(n - 1));
            Ok(Some(r.obj.clone()))
        }
    }
}

fn repeat_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = data::<Repeat>(rt, v)?;
    let o = repr_of(rt, &r.obj)?;
    match r.times.get() {
        None => rt.new_str(&format!("repeat({o})")),
        Some(n) => rt.new_str(&format!("repeat({o}, {n})")),
    }
}

fn repeat_length_hint(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__length_hint__", 1, 1)?;
    match data::<Repeat>(rt, &v[0])?.times.get() {
        None => Err(rt.type_error("len() of unsized object")),
        Some(n) => rt.new_int(n as i64),
    }
}

fn init_repeat(rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(repeat_new);
    s.next = Some(repeat_next);
    s.repr = Some(repeat_repr);
    rt.add_methods(
        ty,
        &[MethodDef::method("__length_hint__", repeat_length_hint)],
    );
}

pub fn repeat_spec() -> TypeSpec {
    TypeSpec::new::<Repeat>(REPEAT, init_repeat)
}

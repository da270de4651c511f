//! Iterators that transform or filter one (or several) input iterators: `accumulate`, `chain`,
//! `compress`, `dropwhile`, `takewhile`, `filterfalse`, `islice`, `pairwise`, `starmap`,
//! `zip_longest`.

use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::{VCell, bind_kw, data, iter_slots, new_obj};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::MethodDef;
use crate::object::header::Payload;
use crate::object::typeobj::{BinOp, TypeRef};
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

pub const ACCUMULATE: &str = "itertools.accumulate";
pub const CHAIN: &str = "itertools.chain";
pub const COMPRESS: &str = "itertools.compress";
pub const DROPWHILE: &str = "itertools.dropwhile";
pub const TAKEWHILE: &str = "itertools.takewhile";
pub const FILTERFALSE: &str = "itertools.filterfalse";
pub const ISLICE: &str = "itertools.islice";
pub const PAIRWISE: &str = "itertools.pairwise";
pub const STARMAP: &str = "itertools.starmap";
pub const ZIP_LONGEST: &str = "itertools.zip_longest";

/// The state most of these share: up to two iterators/functions and a scratch value.
#[derive(Default)]
pub struct Basic {
    it: VCell,
    aux: VCell,
    func: VCell,
    val: VCell,
    flag: Cell<bool>,
}

impl Payload for Basic {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.visit(visit);
        self.aux.visit(visit);
        self.func.visit(visit);
        self.val.visit(visit);
    }
    fn clear(&self) {
        self.it.set(None);
        self.aux.set(None);
        self.func.set(None);
        self.val.set(None);
    }
}

fn spec_with(name: &'static str, init: fn(&Runtime, TypeRef)) -> TypeSpec {
    TypeSpec::new::<Basic>(name, init)
}

fn call1(rt: &Runtime, f: &Value, x: &Value) -> PyResult<Value> {
    rt.call(f, Args::positional(core::slice::from_ref(x)))
}

// ---- accumulate ----

fn accumulate_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let [iterable, func, initial] = bind_kw(
        rt,
        a,
        &Signature {
            fname: "accumulate",
            names: ["iterable", "func", "initial"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let it = rt.iter(&iterable.ok_or_else(|| rt.memory_error())?)?;
    let func = func.filter(|f| !rt.is_none(f));
    let initial = initial.filter(|f| !rt.is_none(f));
    new_obj(
        rt,
        ACCUMULATE,
        accumulate_spec,
        Basic {
            it: VCell::new(Some(it)),
            func: VCell::new(func),
            aux: VCell::new(initial),
            ..Basic::default()
        },
    )
}

fn accumulate_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    // `aux` holds `initial` until it has been produced; `val` is the running total.
    if let Some(init) = b.aux.take() {
        b.val.set(Some(init.clone()));
        return Ok(Some(init));
    }
    let Some(it) = b.it.get() else {
        return Ok(None);
    };
    let Some(x) = rt.next(&it)? else {
        return Ok(None);
    };
    let total = match b.val.get() {
        None => x,
        Some(t) => match b.func.get() {
            None => rt.binary_op(&t, &x, BinOp::Add)?,
            Some(f) => rt.call(&f, Args::positional(&[t, x]))?,
        },
    };
    b.val.set(Some(total.clone()));
    Ok(Some(total))
}

fn init_accumulate(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(accumulate_new);
    s.next = Some(accumulate_next);
}

pub fn accumulate_spec() -> TypeSpec {
    spec_with(ACCUMULATE, init_accumulate)
}

// ---- chain ----

fn chain_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "chain")?;
    let src = rt.iter(&rt.new_tuple(a.pos().to_vec())?)?;
    make_chain(rt, src)
}

fn make_chain(rt: &Runtime, src: Value) -> PyResult<Value> {
    new_obj(
        rt,
        CHAIN,
        chain_spec,
        Basic {
            aux: VCell::new(Some(src)),
            ..Basic::default()
        },
    )
}

fn chain_from_iterable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.skip_self().check_count(rt, "chain.from_iterable", 1, 1)?;
    let v = a.all;
    let src = rt.iter(&v[1])?;
    make_chain(rt, src)
}

fn chain_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    loop {
        // `it` is the active iterator, `aux` the iterator over the iterables.
        if let Some(it) = b.it.get() {
            if let Some(x) = rt.next(&it)? {
                return Ok(Some(x));
            }
            b.it.set(None);
        }
        let Some(src) = b.aux.get() else {
            return Ok(None);
        };
        match rt.next(&src)? {
            Some(iterable) => {
                let it = rt.iter(&iterable)?;
                b.it.set(Some(it));
            }
            None => {
                b.aux.set(None);
                return Ok(None);
            }
        }
    }
}

fn init_chain(rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(chain_new);
    s.next = Some(chain_next);
    rt.add_methods(
        ty,
        &[MethodDef::class("from_iterable", chain_from_iterable)],
    );
}

pub fn chain_spec() -> TypeSpec {
    spec_with(CHAIN, init_chain)
}

// ---- compress ----

fn compress_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let [d, s] = bind_kw(
        rt,
        a,
        &Signature {
            fname: "compress",
            names: ["data", "selectors"],
            posonly: 0,
            required: 2,
            kwonly: 2,
        },
    )?;
    let d = rt.iter(&d.ok_or_else(|| rt.memory_error())?)?;
    let s = rt.iter(&s.ok_or_else(|| rt.memory_error())?)?;
    new_obj(
        rt,
        COMPRESS,
        compress_spec,
        Basic {
            it: VCell::new(Some(d)),
            aux: VCell::new(Some(s)),
            ..Basic::default()
        },
    )
}

fn compress_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    let (Some(d), Some(s)) = (b.it.get(), b.aux.get()) else {
        return Ok(None);
    };
    loop {
        let Some(x) = rt.next(&d)? else {
            return Ok(None);
        };
        let Some(sel) = rt.next(&s)? else {
            return Ok(None);
        };
        if rt.truthy(&sel)? {
            return Ok(Some(x));
        }
    }
}

fn init_compress(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(compress_new);
    s.next = Some(compress_next);
}

pub fn compress_spec() -> TypeSpec {
    spec_with(COMPRESS, init_compress)
}

// ---- dropwhile, takewhile, filterfalse: (predicate, iterable) ----

fn pred_new(
    rt: &Runtime,
    a: Args<'_>,
    fname: &'static str,
    name: &'static str,
    spec: fn() -> TypeSpec,
) -> PyResult<Value> {
    let v = a.check_count(rt, fname, 2, 2)?;
    let it = rt.iter(&v[1])?;
    new_obj(
        rt,
        name,
        spec,
        Basic {
            it: VCell::new(Some(it)),
            func: VCell::new(Some(v[0].clone())),
            ..Basic::default()
        },
    )
}

fn dropwhile_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    let (Some(it), Some(f)) = (b.it.get(), b.func.get()) else {
        return Ok(None);
    };
    loop {
        let Some(x) = rt.next(&it)? else {
            return Ok(None);
        };
        // `flag`: the predicate has failed once, so everything passes from now on.
        if b.flag.get() {
            return Ok(Some(x));
        }
        if !rt.truthy(&call1(rt, &f, &x)?)? {
            b.flag.set(true);
            return Ok(Some(x));
        }
    }
}

fn takewhile_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    if b.flag.get() {
        return Ok(None);
    }
    let (Some(it), Some(f)) = (b.it.get(), b.func.get()) else {
        return Ok(None);
    };
    let Some(x) = rt.next(&it)? else {
        return Ok(None);
    };
    if rt.truthy(&call1(rt, &f, &x)?)? {
        return Ok(Some(x));
    }
    b.flag.set(true);
    Ok(None)
}

fn filterfalse_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    let (Some(it), Some(f)) = (b.it.get(), b.func.get()) else {
        return Ok(None);
    };
    let plain = rt.is_none(&f) || f.is(&rt.types().bool.value());
    loop {
        let Some(x) = rt.next(&it)? else {
            return Ok(None);
        };
        let keep = if plain {
            !rt.truthy(&x)?
        } else {
            !rt.truthy(&call1(rt, &f, &x)?)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
}

fn init_dropwhile(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(|rt, _, a| pred_new(rt, a, "dropwhile", DROPWHILE, dropwhile_spec));
    s.next = Some(dropwhile_next);
}
fn init_takewhile(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(|rt, _, a| pred_new(rt, a, "takewhile", TAKEWHILE, takewhile_spec));
    s.next = Some(takewhile_next);
}
fn init_filterfalse(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(|rt, _, a| pred_new(rt, a, "filterfalse", FILTERFALSE, filterfalse_spec));
    s.next = Some(filterfalse_next);
}

pub fn dropwhile_spec() -> TypeSpec {
    spec_with(DROPWHILE, init_dropwhile)
}
pub fn takewhile_spec() -> TypeSpec {
    spec_with(TAKEWHILE, init_takewhile)
}
pub fn filterfalse_spec() -> TypeSpec {
    spec_with(FILTERFALSE, init_filterfalse)
}

// ---- islice ----

pub struct Islice {
    it: VCell,
    /// Index of the next item to produce.
    next: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    /// Items consumed from the source so far.
    cnt: Cell<usize>,
}

impl Payload for Islice {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.visit(visit);
    }
    fn clear(&self) {
        self.it.set(None);
    }
}

const BOUNDS: &str = "must be None or an integer: 0 <= x <= sys.maxsize.";

/// An islice bound: None, or a non-negative index (`Err(())` for anything else).
fn slice_arg(rt: &Runtime, v: &Value) -> Result<Option<usize>, ()> {
    if rt.is_none(v) {
        return Ok(None);
    }
    match rt.index_isize(v) {
        Ok(i) if i >= 0 => Ok(Some(i as usize)),
        _ => Err(()),
    }
}

fn islice_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "islice", 2, 4)?;
    let stop_err = || rt.value_error(alloc::format!("Stop argument for islice() {BOUNDS}"));
    let idx_err = || rt.value_error(alloc::format!("Indices for islice() {BOUNDS}"));
    let (start, stop, step) = if v.len() == 2 {
        (0, slice_arg(rt, &v[1]).map_err(|_| stop_err())?, 1)
    } else {
        // A stop that is not an integer reports itself; negative values report "Indices".
        let stop = if rt.is_none(&v[2]) {
            None
        } else {
            match rt.index_isize(&v[2]) {
                Ok(i) if i >= 0 => Some(i as usize),
                Ok(_) => return Err(idx_err()),
                Err(_) => return Err(stop_err()),
            }
        };
        let start = slice_arg(rt, &v[1]).map_err(|_| idx_err())?.unwrap_or(0);
        let step = match v.get(3) {
            Some(s) if !rt.is_none(s) => match rt.index_isize(s) {
                Ok(i) if i >= 1 => i as usize,
                _ => {
                    return Err(
                        rt.value_error("Step for islice() must be a positive integer or None.")
                    );
                }
            },
            _ => 1,
        };
        (start, stop, step)
    };
    let it = rt.iter(&v[0])?;
    new_obj(
        rt,
        ISLICE,
        islice_spec,
        Islice {
            it: VCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        },
    )
}

fn islice_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let s = data::<Islice>(rt, v)?;
    let Some(it) = s.it.get() else {
        return Ok(None);
    };
    // Skip up to the next wanted index (never past stop).
    let target = match s.stop {
        Some(stop) => s.next.get().min(stop),
        None => s.next.get(),
    };
    while s.cnt.get() < target {
        if rt.next(&it)?.is_none() {
            s.it.set(None);
            return Ok(None);
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if s.stop.is_some_and(|stop| s.cnt.get() >= stop) {
        s.it.set(None);
        return Ok(None);
    }
    let Some(x) = rt.next(&it)? else {
        s.it.set(None);
        return Ok(None);
    };
    s.cnt.set(s.cnt.get() + 1);
    let mut nxt = s.next.get().saturating_add(s.step);
    if let Some(stop) = s.stop
        && nxt > stop
    {
        nxt = stop;
    }
    s.next.set(nxt);
    Ok(Some(x))
}

fn init_islice(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(islice_new);
    s.next = Some(islice_next);
}

pub fn islice_spec() -> TypeSpec {
    TypeSpec::new::<Islice>(ISLICE, init_islice)
}

// ---- pairwise ----

fn pairwise_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "pairwise")?;
    let v = a.all;
    if v.len() != 1 {
        return Err(rt.type_error(alloc::format!(
            "pairwise expected 1 argument, got {}",
            v.len()
        )));
    }
    let it = rt.iter(&v[0])?;
    new_obj(
        rt,
        PAIRWISE,
        pairwise_spec,
        Basic {
            it: VCell::new(Some(it)),
            ..Basic::default()
        },
    )
}

fn pairwise_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    let Some(it) = b.it.get() else {
        return Ok(None);
    };
    let old = match b.val.get() {
        Some(o) => o,
        None => match rt.next(&it)? {
            Some(o) => {
                b.val.set(Some(o.clone()));
                o
            }
            None => {
                b.it.set(None);
                return Ok(None);
            }
        },
    };
    let Some(new) = rt.next(&it)? else {
        b.it.set(None);
        b.val.set(None);
        return Ok(None);
    };
    b.val.set(Some(new.clone()));
    Ok(Some(rt.new_tuple(alloc::vec![old, new])?))
}

fn init_pairwise(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(pairwise_new);
    s.next = Some(pairwise_next);
}

pub fn pairwise_spec() -> TypeSpec {
    spec_with(PAIRWISE, init_pairwise)
}

// ---- starmap ----

fn starmap_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "starmap", 2, 2)?;
    let it = rt.iter(&v[1])?;
    new_obj(
        rt,
        STARMAP,
        starmap_spec,
        Basic {
            it: VCell::new(Some(it)),
            func: VCell::new(Some(v[0].clone())),
            ..Basic::default()
        },
    )
}

fn starmap_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let b = data::<Basic>(rt, v)?;
    let (Some(it), Some(f)) = (b.it.get(), b.func.get()) else {
        return Ok(None);
    };
    let Some(args) = rt.next(&it)? else {
        return Ok(None);
    };
    let r = match rt.tuple_items(&args) {
        Some(items) => rt.call(&f, Args::positional(items))?,
        None => {
            let items = rt.collect(&args)?;
            rt.call(&f, Args::positional(&items))?
        }
    };
    Ok(Some(r))
}

fn init_starmap(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(starmap_new);
    s.next = Some(starmap_next);
}

pub fn starmap_spec() -> TypeSpec {
    spec_with(STARMAP, init_starmap)
}

// ---- zip_longest ----

pub struct ZipLongest {
    /// The live iterators (`None` once exhausted).
    its: UnsafeCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

impl Payload for ZipLongest {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in unsafe { &*self.its.get() }.iter().flatten() {
            visit(v);
        }
        visit(&self.fill);
    }
    fn clear(&self) {
        let old = core::mem::take(unsafe { &mut *self.its.get() });
        drop(old);
    }
}

fn zip_longest_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let mut fill = rt.none();
    for (k, v) in a.kwargs() {
        if rt.str_of(k) != Some("fillvalue") {
            return Err(rt.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut its = Vec::new();
    for x in a.pos() {
        its.push(Some(rt.iter(x)?));
    }
    let n = its.len();
    new_obj(
        rt,
        ZIP_LONGEST,
        zip_longest_spec,
        ZipLongest {
            its: UnsafeCell::new(its),
            active: Cell::new(n),
            fill,
        },
    )
}

fn zip_longest_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let z = data::<ZipLongest>(rt, v)?;
    let n = unsafe { &*z.its.get() }.len();
    if n == 0 || z.active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = unsafe { &*z.its.get() }.get(i).cloned().flatten();
        let item = match it {
            None => z.fill.clone(),
            Some(it) => match rt.next(&it)? {
                Some(x) => x,
                None => {
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Ok(None);
                    }
                    let old = unsafe { &mut *z.its.get() }
                        .get_mut(i)
                        .and_then(|s| s.take());
                    drop(old);
                    z.fill.clone()
                }
            },
        };
        out.push(item);
    }
    Ok(Some(rt.new_tuple(out)?))
}

fn init_zip_longest(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(zip_longest_new);
    s.next = Some(zip_longest_next);
}

pub fn zip_longest_spec() -> TypeSpec {
    TypeSpec::new::<ZipLongest>(ZIP_LONGEST, init_zip_longest)
}

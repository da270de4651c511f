//! `frame` objects: made lazily for a running frame (`sys._getframe`) or owned by a generator.
//! While the frame runs, the object reads through to it (found by its index in the frame stack);
//! when the frame ends, `detach` hands the object the locals and the caller so it stays usable.

use alloc::format;
use alloc::vec::Vec;

use super::frame::Frame;
use super::generator::{HeapFrame, heap_frame};
use crate::object::error::PyResult;
use crate::object::getset::GetSetDef;
use crate::object::header::alloc_object;
use crate::object::value::Value;
use crate::runtime::Runtime;

#[allow(clippy::mut_from_ref)]
fn frames(rt: &Runtime) -> &mut super::frame_stack::FrameStack {
    unsafe { &mut *rt.interp.frames.get() }
}

/// The frame object of frame-stack entry `idx`, made on first use.
pub fn frame_object(rt: &Runtime, idx: usize) -> PyResult<Value> {
    let f = frames(rt)
        .get(idx)
        .ok_or_else(|| rt.value_error("call stack is not deep enough"))?;
    if let Some(o) = &f.obj {
        return Ok(o.clone());
    }
    // A generator's frame: the generator's own view of its state.
    if let Some(g) = &f.generator {
        let g = g.clone();
        let o = super::generator::view_of(rt, &g)?;
        if let Some(f) = frames(rt).get_mut(idx) {
            f.obj = Some(o.clone());
        }
        return Ok(o);
    }
    let hf = HeapFrame::new(
        f.code.clone(),
        f.func.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        f.nlocalsplus,
    );
    hf.ip.set(f.ip);
    hf.lasti.set(f.lasti);
    hf.live.set(idx + 1);
    let o = unsafe { alloc_object(rt, rt.types().frame.0, hf) }.ok_or_else(|| rt.memory_error())?;
    if let Some(f) = frames(rt).get_mut(idx) {
        f.obj = Some(o.clone());
    }
    Ok(o)
}

/// A frame leaving the frame stack (already popped): its object, if any, keeps what it needs.
pub fn detach(rt: &Runtime, f: &mut Frame) {
    let Some(o) = f.obj.clone() else {
        return;
    };
    let Some(hf) = heap_frame(rt, &o) else {
        return;
    };
    hf.live.set(0);
    hf.lasti.set(f.lasti);
    hf.ip.set(f.ip);
    if f.generator.is_some() {
        return;
    }
    let mut slots: Vec<Option<Value>> = Vec::new();
    if slots.try_reserve_exact(f.nlocalsplus).is_ok() {
        for i in 0..f.nlocalsplus {
            slots.push(unsafe { (*f.lp.add(i)).take() });
        }
    }
    let back = visible_below(rt, frames(rt).len()).and_then(|i| frame_object(rt, i).ok());
    let old = unsafe {
        (
            core::mem::replace(&mut *hf.slots.get(), slots.into_boxed_slice()),
            core::mem::replace(&mut *hf.locals.get(), f.locals.clone()),
            core::mem::replace(&mut *hf.back.get(), back),
        )
    };
    drop(old);
}

/// The running frame `o` describes, with its index.
fn live<'a>(rt: &'a Runtime, o: &Value, hf: &HeapFrame) -> Option<(usize, &'a Frame)> {
    let idx = hf.live.get().checked_sub(1)?;
    let f = frames(rt).get(idx)?;
    f.obj.as_ref().is_some_and(|x| x.is(o)).then_some((idx, f))
}

pub fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a HeapFrame> {
    heap_frame(rt, v).ok_or_else(|| rt.type_error("descriptor requires a 'frame' object"))
}

fn lasti(rt: &Runtime, v: &Value, hf: &HeapFrame) -> usize {
    match live(rt, v, hf) {
        Some((_, f)) => f.lasti,
        None => hf.lasti.get(),
    }
}

fn lineno(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let hf = data(rt, v)?;
    let l = super::traceback::line_of(rt, &hf.code, lasti(rt, v, hf) as u32);
    match l {
        Some(l) => rt.new_int(l as i64),
        None => Ok(rt.none()),
    }
}

/// Where the frame's variables are now: the running frame's localsplus, else the object's
/// own copy.
pub fn slots(rt: &Runtime, o: &Value, hf: &HeapFrame) -> (*mut Option<Value>, usize) {
    match live(rt, o, hf) {
        Some((_, f)) => (f.lp, f.nlocalsplus),
        None => {
            let (p, n) = hf.slot_parts();
            (p, n.min(hf.nlocalsplus))
        }
    }
}

/// `f_locals`: the locals mapping of module and class bodies; for functions a write-through
/// proxy over the variables (PEP 667).
fn f_locals(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let hf = data(rt, v)?;
    let mapping = match live(rt, v, hf) {
        Some((_, f)) => f.locals.clone(),
        None => unsafe { (*hf.locals.get()).clone() },
    };
    match mapping {
        Some(m) => Ok(m),
        None => super::localsproxy::new(rt, v.clone()),
    }
}

fn f_back(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let hf = data(rt, v)?;
    match live(rt, v, hf) {
        Some((0, _)) => Ok(rt.none()),
        Some((i, _)) => match visible_below(rt, i) {
            Some(b) => frame_object(rt, b),
            None => Ok(rt.none()),
        },
        None => Ok(unsafe { (*hf.back.get()).clone() }.unwrap_or_else(|| rt.none())),
    }
}

fn repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let hf = data(rt, v)?;
    let cd = rt
        .code_data(&hf.code)
        .ok_or_else(|| rt.type_error("frame without code"))?;
    let file = rt.repr_string(&cd.filename)?;
    let name = rt.str_of(&cd.name).unwrap_or("?");
    let line = rt.repr_string(&lineno(rt, v)?)?;
    let addr = v.heap().map_or(0, |h| h as *const _ as usize);
    rt.new_str(&format!(
        "<frame at {addr:#x}, file {file}, line {line}, code {name}>"
    ))
}

pub fn spec() -> crate::object::typespec::TypeSpec {
    crate::object::typespec::TypeSpec::new::<HeapFrame>("frame", |rt, ty| {
        unsafe { ty.data().slots_mut() }.repr = Some(repr);
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "f_code",
                    get: |rt, v| Ok(data(rt, v)?.code.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "f_globals",
                    get: |rt, v| Ok(data(rt, v)?.globals.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "f_builtins",
                    get: |rt, v| Ok(data(rt, v)?.builtins.clone()),
                    set: None,
                },
                GetSetDef {
                    name: "f_locals",
                    get: f_locals,
                    set: None,
                },
                GetSetDef {
                    name: "f_back",
                    get: f_back,
                    set: None,
                },
                GetSetDef {
                    name: "f_lineno",
                    get: lineno,
                    set: None,
                },
                GetSetDef {
                    name: "f_trace",
                    get: |rt, v| Ok(data(rt, v)?.trace.get().unwrap_or_else(|| rt.none())),
                    set: Some(|rt, v, x| {
                        let hf = data(rt, v)?;
                        hf.trace.set(x.filter(|x| !rt.is_none(x)).cloned());
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "f_trace_lines",
                    get: |rt, v| Ok(rt.bool_value(data(rt, v)?.trace.lines.get())),
                    set: Some(|rt, v, x| {
                        let hf = data(rt, v)?;
                        let b = match x {
                            Some(x) if rt.type_of(x) == rt.types().bool => rt.truthy(x)?,
                            _ => {
                                return Err(rt.type_error("attribute value type must be bool"));
                            }
                        };
                        hf.trace.lines.set(b);
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "f_trace_opcodes",
                    get: |rt, _| Ok(rt.bool_value(false)),
                    set: Some(|_, _, _| Ok(())),
                },
                GetSetDef {
                    name: "f_lasti",
                    get: |rt, v| {
                        let hf = data(rt, v)?;
                        rt.new_int(lasti(rt, v, hf) as i64 * 2)
                    },
                    set: None,
                },
            ],
        );
    })
}

/// `sys._getframe([depth])`.
pub fn getframe(rt: &Runtime, depth: isize) -> PyResult<Value> {
    let mut i = visible_below(rt, frames(rt).len());
    for _ in 0..depth.max(0) {
        i = i.and_then(|i| visible_below(rt, i));
    }
    match i {
        Some(i) => frame_object(rt, i),
        None => Err(rt.value_error("call stack is not deep enough")),
    }
}

/// The nearest frame below stack index `idx` that introspection shows (CALL_ALLOC_AND_ENTER_INIT's
/// shim frames are skipped, as CPython skips its shims).
fn visible_below(rt: &Runtime, idx: usize) -> Option<usize> {
    let fs = frames(rt);
    (0..idx.min(fs.len())).rev().find(|&i| {
        fs.get(i)
            .is_some_and(|f| !crate::specialize::uops_init::is_init_shim(rt, &f.code))
    })
}

//! `cell`: the box a closure variable lives in (`cell_contents`; empty until assigned).

use alloc::format;
use core::cell::UnsafeCell;

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::typeobj::CmpOp;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct CellData {
    pub contents: UnsafeCell<Option<Value>>,
}

impl Payload for CellData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = unsafe { &*self.contents.get() } {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = unsafe { (*self.contents.get()).take() };
        drop(old);
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a CellData> {
    super::method::checked(rt, v, rt.types().cell, "cell")
}

impl Runtime {
    pub fn new_cell(&self, v: Option<Value>) -> PyResult<Value> {
        let d = CellData {
            contents: UnsafeCell::new(v),
        };
        unsafe { alloc_object(self, self.types().cell.0, d) }.ok_or_else(|| self.memory_error())
    }
    /// The cell's contents (`None`: empty). `None` also when `cell` is not a cell.
    pub fn cell_get(&self, cell: &Value) -> Option<Value> {
        let d = data(self, cell).ok()?;
        unsafe { (*d.contents.get()).clone() }
    }
    /// Stores into (or empties) a cell; the old value is dropped after the store.
    pub fn cell_set(&self, cell: &Value, v: Option<Value>) -> PyResult<()> {
        let d = data(self, cell)?;
        let old = unsafe { core::mem::replace(&mut *d.contents.get(), v) };
        drop(old);
        Ok(())
    }
}

fn cell_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "cell", 0, 1)?;
    rt.new_cell(a.first().cloned())
}

fn cell_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let s = match rt.cell_get(v) {
        None => format!("<cell at {:#x}: empty>", v.bits()),
        Some(x) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            v.bits(),
            rt.type_name(&x),
            x.bits()
        ),
    };
    rt.new_str(&s)
}

/// Cells compare by contents; an empty cell sorts before any full one.
fn cell_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if rt.type_of(a) != rt.types().cell || rt.type_of(b) != rt.types().cell {
        return Ok(rt.not_implemented());
    }
    match (rt.cell_get(a), rt.cell_get(b)) {
        (Some(x), Some(y)) => rt.rich_compare(&x, &y, op),
        (x, y) => {
            let ord = x.is_some().cmp(&y.is_some());
            Ok(rt.bool_value(op.test(ord)))
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<CellData>("cell", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.new = Some(cell_new);
        s.repr = Some(cell_repr);
        s.richcompare = Some(cell_richcompare);
        rt.add_getsets(
            ty,
            &[GetSetDef {
                name: "cell_contents",
                get: |rt, v| {
                    data(rt, v)?;
                    rt.cell_get(v)
                        .ok_or_else(|| rt.value_error("Cell is empty"))
                },
                set: Some(|rt, v, x| rt.cell_set(v, x.cloned())),
            }],
        );
        // Cells are unhashable (they define `==` by contents).
        ty.data()
            .flags
            .set(ty.data().flags.get() | super::typeobj::flags::UNHASHABLE);
    })
}

//! The dunder names the generic slot functions look up on a class (`__add__` for `+` on an
//! instance of a Python class, `__len__` for `len`...), each interned once (on first use) and
//! then found by index: a lookup by the name's text would hash it on every call.
//!
//! The table holds the interned strs borrowed: interned strs are immortal until the runtime's
//! last teardown step, after the last slot call.

use core::cell::Cell;
use core::mem::ManuallyDrop;

use super::typeobj::{BINOP_COUNT, BinOp, CmpOp};
use super::value::Value;
use crate::runtime::Runtime;

/// A name's index in the table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SlotName(u16);

/// The names with a fixed place; the comparison, unary and binary operator names follow.
const FIXED: [&str; 25] = [
    "__repr__",
    "__str__",
    "__int__",
    "__index__",
    "__float__",
    "__bool__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__next__",
    "__setattr__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__divmod__",
    "__hash__",
    "__contains__",
    "__iter__",
    "__call__",
    "__getattribute__",
    "__getattr__",
    "__init__",
    "__new__",
];
const RDIVMOD: &str = "__rdivmod__";
const UNARY: [&str; 4] = ["__neg__", "__pos__", "__invert__", "__abs__"];

const CMP_BASE: usize = FIXED.len() + 1;
const UNARY_BASE: usize = CMP_BASE + CmpOp::ALL.len();
const BINOP_BASE: usize = UNARY_BASE + UNARY.len();
/// `__await__` (looked up by `await` on every object that is not a coroutine) comes last.
const AWAIT_AT: usize = BINOP_BASE + 3 * BINOP_COUNT;
const COUNT: usize = AWAIT_AT + 1;

impl SlotName {
    pub const REPR: SlotName = SlotName(0);
    pub const STR: SlotName = SlotName(1);
    pub const INT: SlotName = SlotName(2);
    pub const INDEX: SlotName = SlotName(3);
    pub const FLOAT: SlotName = SlotName(4);
    pub const BOOL: SlotName = SlotName(5);
    pub const LEN: SlotName = SlotName(6);
    pub const GETITEM: SlotName = SlotName(7);
    pub const SETITEM: SlotName = SlotName(8);
    pub const DELITEM: SlotName = SlotName(9);
    pub const NEXT: SlotName = SlotName(10);
    pub const SETATTR: SlotName = SlotName(11);
    pub const DELATTR: SlotName = SlotName(12);
    pub const GET: SlotName = SlotName(13);
    pub const SET: SlotName = SlotName(14);
    pub const DELETE: SlotName = SlotName(15);
    pub const DIVMOD: SlotName = SlotName(16);
    pub const HASH: SlotName = SlotName(17);
    pub const CONTAINS: SlotName = SlotName(18);
    pub const ITER: SlotName = SlotName(19);
    pub const CALL: SlotName = SlotName(20);
    pub const GETATTRIBUTE: SlotName = SlotName(21);
    pub const GETATTR: SlotName = SlotName(22);
    pub const INIT: SlotName = SlotName(23);
    pub const NEW: SlotName = SlotName(24);
    pub const RDIVMOD: SlotName = SlotName(FIXED.len() as u16);
    pub const AWAIT: SlotName = SlotName(AWAIT_AT as u16);

    /// `__lt__` ... `__ge__`.
    pub const fn compare(op: CmpOp) -> SlotName {
        SlotName((CMP_BASE + op as usize) as u16)
    }
    /// `__neg__`, `__pos__`, `__invert__`, `__abs__` (the unary slots' order).
    pub const fn unary(i: usize) -> SlotName {
        SlotName((UNARY_BASE + i) as u16)
    }
    /// `__add__`, its reflected `__radd__` and in-place `__iadd__` (`BinOp::dunders`' order).
    pub const fn binary(op: BinOp) -> (SlotName, SlotName, SlotName) {
        let at = BINOP_BASE + 3 * op as usize;
        (
            SlotName(at as u16),
            SlotName(at as u16 + 1),
            SlotName(at as u16 + 2),
        )
    }
    /// `__pow__` (ternary `pow` looks it up too).
    pub const POW: SlotName = SlotName::binary(BinOp::Pow).0;

    /// The name's text (for error messages).
    pub fn text(self) -> &'static str {
        let i = self.0 as usize;
        match i {
            _ if i < FIXED.len() => FIXED[i],
            _ if i < CMP_BASE => RDIVMOD,
            _ if i < UNARY_BASE => CmpOp::ALL[i - CMP_BASE].dunder(),
            _ if i < BINOP_BASE => UNARY[i - UNARY_BASE],
            AWAIT_AT => "__await__",
            _ => {
                let (n, r, ip) = BinOp::ALL[(i - BINOP_BASE) / 3].dunders();
                [n, r, ip][(i - BINOP_BASE) % 3]
            }
        }
    }
}

/// The interned strs by `SlotName` (their bits; 0 until first asked for).
pub struct SlotNames {
    bits: [Cell<usize>; COUNT],
}

impl Default for SlotNames {
    fn default() -> Self {
        Self::new()
    }
}

impl SlotNames {
    pub const fn new() -> SlotNames {
        SlotNames {
            bits: [const { Cell::new(0) }; COUNT],
        }
    }

    /// Forgets the names before the interned strs are freed at teardown (a lookup after
    /// this interns nothing: it goes by the name's text).
    pub fn clear(&self) {
        for b in &self.bits {
            b.set(usize::MAX);
        }
    }

    /// The interned str for `name`, borrowed; interned on first use (None after `clear`).
    #[inline]
    pub fn get(&self, rt: &Runtime, name: SlotName) -> Option<ManuallyDrop<Value>> {
        let cell = &self.bits[name.0 as usize];
        let b = match cell.get() {
            0 => {
                let b = rt.intern(name.text()).bits();
                cell.set(b);
                b
            }
            usize::MAX => return None,
            b => b,
        };
        // SAFETY: an interned str, immortal until after `clear` (see the module doc).
        Some(ManuallyDrop::new(unsafe { Value::from_raw(b) }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn every_name_is_a_distinct_dunder() {
        let names: Vec<&str> = (0..COUNT).map(|i| SlotName(i as u16).text()).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(
                n.starts_with("__") && n.ends_with("__") && n.len() > 4,
                "{n}"
            );
            assert!(!names[..i].contains(n), "{n} twice");
        }
        assert_eq!(SlotName::POW.text(), "__pow__");
        assert_eq!(SlotName::RDIVMOD.text(), "__rdivmod__");
        assert_eq!(SlotName::compare(CmpOp::Ge).text(), "__ge__");
        assert_eq!(SlotName::unary(3).text(), "__abs__");
        assert_eq!(SlotName::binary(BinOp::Add).1.text(), "__radd__");
        assert_eq!(SlotName::DIVMOD.text(), "__divmod__");
        assert_eq!(SlotName::DELETE.text(), "__delete__");
        assert_eq!(SlotName::NEW.text(), "__new__");
        assert_eq!(SlotName::AWAIT.text(), "__await__");
    }
}

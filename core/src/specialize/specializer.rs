//! Choosing a specialized form: looks at the operands on the stack when an adaptive
//! instruction's counter fires, writes the inline cache and the new opcode byte in place, or
//! names the reason it cannot (for `-X stats`).

use super::table::SpecOp;
use crate::bytecode::opcode::Opcode;
use crate::interp::eval::Regs;
use crate::object::object_type::{generic_getattr, generic_setattr, instance_ext};
use crate::object::typeobj::TypeRef;
use crate::object::value::Value;
use crate::runtime::Runtime;

type Spec = Result<SpecOp, &'static str>;

/// Writes inline cache unit `i` of the instruction at `lasti`.
fn write16(r: &Regs, i: usize, v: u16) {
    // SAFETY: the instruction has at least `i + 1` cache units (the family's layout) and the
    // code bytes live in the code object's UnsafeCell for as long as the frame runs.
    unsafe {
        core::ptr::write_unaligned(r.code.add(2 * (r.lasti + 1 + i)) as *mut u16, v);
    }
}
fn write32(r: &Regs, i: usize, v: u32) {
    write16(r, i, v as u16);
    write16(r, i + 1, (v >> 16) as u16);
}
/// A borrowed object (kept alive by a dict the guards watch) in four units.
fn write_obj(r: &Regs, i: usize, v: &Value) {
    // The raw word, without keeping a reference (the watched dict keeps one).
    let raw = v.clone().into_raw();
    drop(unsafe { Value::from_raw(raw) });
    let bits = raw as u64;
    write32(r, i, bits as u32);
    write32(r, i + 2, (bits >> 32) as u32);
}

fn peek(r: &Regs, n: usize) -> Option<&Value> {
    unsafe { (*r.st.add(r.sp - n)).as_ref() }
}
fn name(r: &Regs, i: usize) -> &Value {
    unsafe { &*r.names.add(i) }
}
fn exact(rt: &Runtime, v: Option<&Value>, ty: TypeRef) -> bool {
    v.is_some_and(|v| rt.type_of(v) == ty)
}

/// Tries to specialize the instruction at `r.lasti` (a generic `op`); writes the cache on
/// success (the caller writes the opcode byte and counter).
pub fn specialize(rt: &Runtime, r: &Regs, op: Opcode, arg: u32) -> Spec {
    match op {
        Opcode::BINARY_OP => binary_op(rt, r, arg),
        Opcode::COMPARE_OP => compare_op(rt, r, arg),
        Opcode::LOAD_GLOBAL => load_global(rt, r, arg),
        Opcode::LOAD_ATTR => load_attr(rt, r, arg),
        Opcode::STORE_ATTR => store_attr(rt, r, arg),
        Opcode::FOR_ITER => for_iter(rt, r),
        Opcode::TO_BOOL => to_bool(rt, r),
        Opcode::BINARY_SUBSCR => subscr(rt, r, false),
        Opcode::STORE_SUBSCR => subscr(rt, r, true),
        Opcode::UNPACK_SEQUENCE => unpack_sequence(rt, r, arg),
        Opcode::CONTAINS_OP => contains_op(rt, r),
        _ => Err("not specializable"),
    }
}

/// Whether `specialize` knows the family (the adaptive counter is only kept for these).
pub const fn is_adaptive(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::BINARY_OP
            | Opcode::COMPARE_OP
            | Opcode::LOAD_GLOBAL
            | Opcode::LOAD_ATTR
            | Opcode::STORE_ATTR
            | Opcode::FOR_ITER
            | Opcode::TO_BOOL
            | Opcode::BINARY_SUBSCR
            | Opcode::STORE_SUBSCR
            | Opcode::UNPACK_SEQUENCE
            | Opcode::CONTAINS_OP
    )
}

fn binary_op(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let t = rt.types();
    let (a, b) = (peek(r, 2), peek(r, 1));
    let add = arg == 0 || arg == 13;
    let sub = arg == 10 || arg == 23;
    let mul = arg == 5 || arg == 18;
    if exact(rt, a, t.int) && exact(rt, b, t.int) {
        return match () {
            _ if add => Ok(SpecOp::BINARY_OP_ADD_INT),
            _ if sub => Ok(SpecOp::BINARY_OP_SUBTRACT_INT),
            _ if mul => Ok(SpecOp::BINARY_OP_MULTIPLY_INT),
            _ => Err("int: other operator"),
        };
    }
    if exact(rt, a, t.float) && exact(rt, b, t.float) {
        return match () {
            _ if add => Ok(SpecOp::BINARY_OP_ADD_FLOAT),
            _ if sub => Ok(SpecOp::BINARY_OP_SUBTRACT_FLOAT),
            _ if mul => Ok(SpecOp::BINARY_OP_MULTIPLY_FLOAT),
            _ => Err("float: other operator"),
        };
    }
    if exact(rt, a, t.str) && exact(rt, b, t.str) {
        return if add {
            Ok(SpecOp::BINARY_OP_ADD_UNICODE)
        } else {
            Err("str: other operator")
        };
    }
    let ta = a.map(|v| rt.type_of(v));
    let tb = b.map(|v| rt.type_of(v));
    if ta != tb {
        Err("operands of different types")
    } else {
        Err("other operand type")
    }
}

fn compare_op(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let t = rt.types();
    let (a, b) = (peek(r, 2), peek(r, 1));
    if exact(rt, a, t.int) && exact(rt, b, t.int) {
        return Ok(SpecOp::COMPARE_OP_INT);
    }
    if exact(rt, a, t.float) && exact(rt, b, t.float) {
        return Ok(SpecOp::COMPARE_OP_FLOAT);
    }
    if exact(rt, a, t.str) && exact(rt, b, t.str) {
        let idx = arg >> 5;
        return if idx == 2 || idx == 3 {
            Ok(SpecOp::COMPARE_OP_STR)
        } else {
            Err("str: ordering comparison")
        };
    }
    Err("other operand types")
}

fn keys_version16(rt: &Runtime, d: &crate::object::dict::DictData) -> Option<u16> {
    let v = d.assign_keys_version(&rt.interp.spec.next_keys_version);
    u16::try_from(v).ok().filter(|v| *v != 0)
}

fn load_global(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let Some(n) = rt.str_of(name(r, (arg >> 1) as usize)) else {
        return Err("name not a str");
    };
    let Some(f) = (unsafe { (*rt.interp.frames.get()).last() }) else {
        return Err("no frame");
    };
    if rt.type_of(&f.globals) != rt.types().dict {
        return Err("globals not a dict");
    }
    let Some(g) = rt.dict_data(&f.globals) else {
        return Err("globals not a dict");
    };
    if let Some(ix) = g.entry_index_str(rt, n) {
        let (Some(gv), Ok(ix)) = (keys_version16(rt, g), u16::try_from(ix)) else {
            return Err("out of versions");
        };
        write16(r, 1, ix);
        write16(r, 2, gv);
        return Ok(SpecOp::LOAD_GLOBAL_MODULE);
    }
    if rt.type_of(&f.builtins) != rt.types().dict {
        return Err("builtins not a dict");
    }
    let Some(b) = rt.dict_data(&f.builtins) else {
        return Err("builtins not a dict");
    };
    let Some(ix) = b.entry_index_str(rt, n) else {
        return Err("name not found");
    };
    let (Some(gv), Some(bv), Ok(ix)) = (
        keys_version16(rt, g),
        keys_version16(rt, b),
        u16::try_from(ix),
    ) else {
        return Err("out of versions");
    };
    write16(r, 1, ix);
    write16(r, 2, gv);
    write16(r, 3, bv);
    Ok(SpecOp::LOAD_GLOBAL_BUILTIN)
}

fn has_generic_getattr(ty: TypeRef) -> bool {
    ty.data().slots().getattro.map(|f| f as usize) == Some(generic_getattr as *const () as usize)
}

/// Position of `name` in the class's shared instance keys.
fn shared_key_index(rt: &Runtime, ty: TypeRef, name: &str) -> Option<usize> {
    let keys = unsafe { &*ty.data().shared_keys.get() };
    keys.iter().position(|k| rt.str_of(k) == Some(name))
}

fn load_attr(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let nv = name(r, (arg >> 1) as usize);
    let Some(n) = rt.str_of(nv) else {
        return Err("name not a str");
    };
    let Some(owner) = peek(r, 1) else {
        return Err("NULL owner");
    };
    let t = rt.types();
    let ty = rt.type_of(owner);
    if ty == t.module {
        if rt.lookup_in_type(ty, n).is_some() {
            return Err("module: attribute of the module type");
        }
        let Some(d) = rt.module_dict(owner) else {
            return Err("module: no dict");
        };
        let Some(dd) = rt.dict_data(&d) else {
            return Err("module: no dict");
        };
        let Some(ix) = dd.entry_index_str(rt, n) else {
            return Err("module: attribute missing");
        };
        let v = dd.assign_keys_version(&rt.interp.spec.next_keys_version);
        if v == 0 {
            return Err("out of versions");
        }
        write32(r, 1, v);
        write32(r, 3, ix as u32);
        return Ok(SpecOp::LOAD_ATTR_MODULE);
    }
    if let Some(cls) = rt.type_ref_of_type_value(owner) {
        if ty != t.type_ {
            return Err("class: has a metaclass");
        }
        if rt.lookup_in_type(t.type_, n).is_some() {
            return Err("class: attribute of type");
        }
        let Some(v) = rt.lookup_in_type(cls, n) else {
            return Err("class: attribute missing");
        };
        let vt = rt.type_of(&v);
        if vt.data().slots().descr_get.is_some() && vt != t.function {
            return Err("class: descriptor");
        }
        let ver = cls.data().version.get();
        if ver == 0 {
            return Err("out of versions");
        }
        write32(r, 1, ver);
        write_obj(r, 5, &v);
        return Ok(SpecOp::LOAD_ATTR_CLASS);
    }
    let ver = ty.data().version.get();
    if ver == 0 {
        return Err("out of versions");
    }
    if !has_generic_getattr(ty) {
        return Err("overridden __getattribute__ or __getattr__");
    }
    let descr = rt.lookup_in_type(ty, n);
    let ext = instance_ext(rt, owner);
    let has_values = ext.is_some_and(|e| unsafe { (*e.dict.get()).is_none() });
    match descr {
        Some(d) => {
            let dt = rt.type_of(&d);
            let is_method = dt == t.function || dt == t.method_descriptor;
            if arg & 1 == 0 {
                return Err(if dt == t.property {
                    "property"
                } else if dt == t.member_descriptor {
                    "slot"
                } else if is_method {
                    "method (not called)"
                } else if dt.data().slots().descr_get.is_none() {
                    "non-descriptor class attribute"
                } else {
                    "other descriptor"
                });
            }
            if !is_method {
                return Err("method: not a function");
            }
            write32(r, 1, ver);
            write_obj(r, 5, &d);
            if ty.data().ext_offset.get() == 0 {
                return Ok(SpecOp::LOAD_ATTR_METHOD_NO_DICT);
            }
            if !has_values {
                return Err("method: instance has a __dict__");
            }
            if shared_key_index(rt, ty, n).is_some() {
                return Err("method: shadowed by instance keys");
            }
            let keys = unsafe { (*ty.data().shared_keys.get()).len() };
            write32(r, 3, keys as u32);
            Ok(SpecOp::LOAD_ATTR_METHOD_WITH_VALUES)
        }
        None => {
            if !has_values {
                return Err(if ext.is_none() {
                    "no attribute storage"
                } else {
                    "instance has a __dict__"
                });
            }
            let Some(ix) = shared_key_index(rt, ty, n) else {
                return Err("attribute missing");
            };
            write32(r, 1, ver);
            write32(r, 3, ix as u32);
            Ok(SpecOp::LOAD_ATTR_INSTANCE_VALUE)
        }
    }
}

fn store_attr(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let Some(n) = rt.str_of(name(r, arg as usize)) else {
        return Err("name not a str");
    };
    let Some(owner) = peek(r, 1) else {
        return Err("NULL owner");
    };
    let ty = rt.type_of(owner);
    let ver = ty.data().version.get();
    if ver == 0 {
        return Err("out of versions");
    }
    if ty.data().slots().setattro.map(|f| f as usize) != Some(generic_setattr as *const () as usize)
    {
        return Err("overridden __setattr__");
    }
    if rt.lookup_in_type(ty, n).is_some() {
        return Err("class attribute or descriptor");
    }
    let Some(ext) = instance_ext(rt, owner) else {
        return Err("no attribute storage");
    };
    if unsafe { (*ext.dict.get()).is_some() } {
        return Err("instance has a __dict__");
    }
    let Some(ix) = shared_key_index(rt, ty, n).and_then(|i| u16::try_from(i).ok()) else {
        return Err("new attribute");
    };
    write32(r, 1, ver);
    write16(r, 3, ix);
    Ok(SpecOp::STORE_ATTR_INSTANCE_VALUE)
}

fn for_iter(rt: &Runtime, r: &Regs) -> Spec {
    let t = rt.types();
    let it = peek(r, 1);
    if exact(rt, it, t.range_iterator) {
        Ok(SpecOp::FOR_ITER_RANGE)
    } else if exact(rt, it, t.list_iterator) {
        Ok(SpecOp::FOR_ITER_LIST)
    } else if exact(rt, it, t.tuple_iterator) {
        Ok(SpecOp::FOR_ITER_TUPLE)
    } else if exact(rt, it, t.generator) {
        Err("generator")
    } else {
        Err("other iterator")
    }
}

fn to_bool(rt: &Runtime, r: &Regs) -> Spec {
    let t = rt.types();
    let Some(v) = peek(r, 1) else {
        return Err("NULL");
    };
    let ty = rt.type_of(v);
    if ty == t.bool {
        return Ok(SpecOp::TO_BOOL_BOOL);
    }
    if ty == t.int {
        return Ok(SpecOp::TO_BOOL_INT);
    }
    if ty == t.none {
        return Ok(SpecOp::TO_BOOL_NONE);
    }
    if ty == t.list {
        return Ok(SpecOp::TO_BOOL_LIST);
    }
    if ty == t.str {
        return Ok(SpecOp::TO_BOOL_STR);
    }
    let s = ty.data().slots();
    if s.bool.is_none() && s.len.is_none() && ty.data().version.get() != 0 {
        write32(r, 1, ty.data().version.get());
        return Ok(SpecOp::TO_BOOL_ALWAYS_TRUE);
    }
    Err("has __bool__ or __len__")
}

fn subscr(rt: &Runtime, r: &Regs, store: bool) -> Spec {
    let t = rt.types();
    let (c, k) = (peek(r, 2), peek(r, 1));
    let int_key = exact(rt, k, t.int);
    if exact(rt, c, t.list) && int_key {
        return Ok(if store {
            SpecOp::STORE_SUBSCR_LIST_INT
        } else {
            SpecOp::BINARY_SUBSCR_LIST_INT
        });
    }
    if exact(rt, c, t.dict) {
        return Ok(if store {
            SpecOp::STORE_SUBSCR_DICT
        } else {
            SpecOp::BINARY_SUBSCR_DICT
        });
    }
    if !store && exact(rt, c, t.tuple) && int_key {
        return Ok(SpecOp::BINARY_SUBSCR_TUPLE_INT);
    }
    Err("other container or key")
}

fn unpack_sequence(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let t = rt.types();
    let v = peek(r, 1);
    if exact(rt, v, t.tuple) {
        let n = v.and_then(|v| rt.tuple_items(v)).map_or(0, <[Value]>::len);
        if n != arg as usize {
            return Err("wrong length");
        }
        return Ok(if n == 2 {
            SpecOp::UNPACK_SEQUENCE_TWO_TUPLE
        } else {
            SpecOp::UNPACK_SEQUENCE_TUPLE
        });
    }
    if exact(rt, v, t.list) {
        return Ok(SpecOp::UNPACK_SEQUENCE_LIST);
    }
    Err("other sequence")
}

fn contains_op(rt: &Runtime, r: &Regs) -> Spec {
    let t = rt.types();
    let c = peek(r, 1);
    if exact(rt, c, t.dict) {
        Ok(SpecOp::CONTAINS_OP_DICT)
    } else if exact(rt, c, t.set) || exact(rt, c, t.frozenset) {
        Ok(SpecOp::CONTAINS_OP_SET)
    } else {
        Err("other container")
    }
}

//! Choosing a specialized form: looks at the operands on the stack when an adaptive
//! instruction's counter fires, writes the inline cache and the new opcode byte in place, or
//! names the reason it cannot (for `-X stats`).

use super::table::SpecOp;
use super::uops_call;
use crate::bytecode::opcode::Opcode;
use crate::interp::eval::Regs;
use crate::object::descr::{MethodDescrData, MethodKind};
use crate::object::function::FunctionData;
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
        Opcode::CALL => call(rt, r, arg as usize),
        Opcode::CALL_KW => call_kw(rt, r, arg as usize),
        Opcode::LOAD_SUPER_ATTR => load_super_attr(rt, r, arg),
        Opcode::SEND => {
            let t = rt.types();
            if exact(rt, peek(r, 2), t.generator) || exact(rt, peek(r, 2), t.coroutine) {
                Ok(SpecOp::SEND_GEN)
            } else {
                Err("receiver not a generator or coroutine")
            }
        }
        Opcode::JUMP_BACKWARD => Ok(if rt.tiers.tier2 {
            SpecOp::JUMP_BACKWARD_JIT
        } else {
            SpecOp::JUMP_BACKWARD_NO_JIT
        }),
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
            | Opcode::CALL
            | Opcode::CALL_KW
            | Opcode::LOAD_SUPER_ATTR
            | Opcode::JUMP_BACKWARD
            | Opcode::SEND
    )
}

fn binary_op(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    let t = rt.types();
    let (a, b) = (peek(r, 2), peek(r, 1));
    let add = arg == 0 || arg == 13;
    let sub = arg == 10 || arg == 23;
    let mul = arg == 5 || arg == 18;
    // Other int and float operators may have an entry in BINARY_OP_EXTEND's table (below).
    if exact(rt, a, t.int) && exact(rt, b, t.int) && (add || sub || mul) {
        return match () {
            _ if add => Ok(SpecOp::BINARY_OP_ADD_INT),
            _ if sub => Ok(SpecOp::BINARY_OP_SUBTRACT_INT),
            _ => Ok(SpecOp::BINARY_OP_MULTIPLY_INT),
        };
    }
    if exact(rt, a, t.float) && exact(rt, b, t.float) && (add || sub || mul) {
        return match () {
            _ if add => Ok(SpecOp::BINARY_OP_ADD_FLOAT),
            _ if sub => Ok(SpecOp::BINARY_OP_SUBTRACT_FLOAT),
            _ => Ok(SpecOp::BINARY_OP_MULTIPLY_FLOAT),
        };
    }
    if exact(rt, a, t.str) && exact(rt, b, t.str) {
        if arg == crate::bytecode::opcode::INPLACE
            && let Some(local) = super::uops_ops::inplace_target(r)
            && unsafe { (*r.lp.add(local)).as_ref() }
                .zip(a)
                .is_some_and(|(l, a)| l.is(a))
        {
            return Ok(SpecOp::BINARY_OP_INPLACE_ADD_UNICODE);
        }
        return if add {
            Ok(SpecOp::BINARY_OP_ADD_UNICODE)
        } else {
            Err("str: other operator")
        };
    }
    if let (Some(x), Some(y)) = (a, b)
        && let Some(ix) = super::uops_ops::find_extend(rt, arg, x, y)
    {
        write16(r, 1, ix);
        return Ok(SpecOp::BINARY_OP_EXTEND);
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
        return load_attr_class(rt, r, ty, cls, n);
    }
    let ver = ty.data().version.get();
    if ver == 0 {
        return Err("out of versions");
    }
    if !has_generic_getattr(ty) {
        return getattribute_overridden(rt, r, ty, arg);
    }
    let descr = rt.lookup_in_type(ty, n);
    let ext = instance_ext(rt, owner);
    let has_values = ext.is_some_and(|e| unsafe { (*e.dict.get()).is_none() });
    let Some(d) = descr else {
        if has_values {
            let Some(ix) = shared_key_index(rt, ty, n) else {
                return Err("attribute missing");
            };
            write32(r, 1, ver);
            write32(r, 3, ix as u32);
            // No other versions yet (version 0 never matches: the guard checks).
            write32(r, 5, 0);
            write32(r, 7, 0);
            return Ok(SpecOp::LOAD_ATTR_INSTANCE_VALUE);
        }
        let Some(e) = ext else {
            return Err("no attribute storage");
        };
        let Some(dv) = (unsafe { (*e.dict.get()).clone() }) else {
            return Err("no attribute storage");
        };
        let Some(ix) = rt.dict_data(&dv).and_then(|dd| dd.entry_index_str(rt, n)) else {
            return Err("with hint: attribute missing from the __dict__");
        };
        write32(r, 1, ver);
        write32(r, 3, ix as u32);
        return Ok(SpecOp::LOAD_ATTR_WITH_HINT);
    };
    let dt = rt.type_of(&d);
    let is_method = dt == t.function || dt == t.method_descriptor;
    if dt == t.property {
        return load_attr_property(rt, r, ver, &d, arg);
    }
    if dt == t.member_descriptor {
        let Some(ix) = member_index(ty, &d) else {
            return Err("slot: member of another layout");
        };
        write32(r, 1, ver);
        write32(r, 3, ix as u32);
        return Ok(SpecOp::LOAD_ATTR_SLOT);
    }
    let non_descr = dt.data().slots().descr_get.is_none();
    if !is_method && !non_descr {
        return Err(if dt.data().slots().descr_set.is_some() {
            "data descriptor"
        } else {
            "other non-data descriptor"
        });
    }
    if is_method && arg & 1 == 0 {
        return Err("method (not called)");
    }
    write32(r, 1, ver);
    write_obj(r, 5, &d);
    if ty.data().ext_offset.get() == 0 {
        return Ok(if is_method {
            SpecOp::LOAD_ATTR_METHOD_NO_DICT
        } else {
            SpecOp::LOAD_ATTR_NONDESCRIPTOR_NO_DICT
        });
    }
    if !has_values {
        return Err(if is_method {
            "method: instance has a __dict__"
        } else {
            "class attribute: instance has a __dict__"
        });
    }
    if shared_key_index(rt, ty, n).is_some() {
        return Err("shadowed by instance keys");
    }
    let keys = unsafe { (*ty.data().shared_keys.get()).len() };
    if !is_method {
        write32(r, 3, keys as u32);
        return Ok(SpecOp::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES);
    }
    let no_values = ext.is_some_and(|e| unsafe { (*e.values.get()).is_empty() });
    if keys == 0 && no_values {
        return Ok(SpecOp::LOAD_ATTR_METHOD_LAZY_DICT);
    }
    if !rt.str_data(nv).is_some_and(|d| d.is_interned()) {
        return Err("method: name not interned");
    }
    // Units 3-4 hold a second class's version (none yet).
    write32(r, 3, 0);
    Ok(SpecOp::LOAD_ATTR_METHOD_WITH_VALUES)
}

/// An attribute of a class: a plain value or a function from the class's MRO, the metaclass
/// being `type` or one that neither overrides attribute lookup nor has the name.
fn load_attr_class(rt: &Runtime, r: &Regs, meta: TypeRef, cls: TypeRef, n: &str) -> Spec {
    let t = rt.types();
    let plain_meta = meta == t.type_;
    if !plain_meta {
        let ga = meta.data().slots().getattro.map(|f| f as usize);
        if ga != Some(crate::object::type_type::type_getattro as *const () as usize) {
            return Err("class: metaclass overrides __getattribute__");
        }
    }
    if rt.lookup_in_type(meta, n).is_some() {
        return Err(if plain_meta {
            "class: attribute of type"
        } else {
            "class: attribute of the metaclass"
        });
    }
    let Some(v) = rt.lookup_in_type(cls, n) else {
        return Err("class: attribute missing");
    };
    let vt = rt.type_of(&v);
    if vt.data().slots().descr_get.is_some() && vt != t.function {
        return Err("class: descriptor");
    }
    let (ver, mver) = (cls.data().version.get(), meta.data().version.get());
    if ver == 0 || mver == 0 {
        return Err("out of versions");
    }
    write32(r, 1, ver);
    write_obj(r, 5, &v);
    if plain_meta {
        return Ok(SpecOp::LOAD_ATTR_CLASS);
    }
    write32(r, 3, mver);
    Ok(SpecOp::LOAD_ATTR_CLASS_WITH_METACLASS)
}

/// The slot index of member descriptor `d` when it reads the storage `ty`'s instances have.
fn member_index(ty: TypeRef, d: &Value) -> Option<usize> {
    let m = unsafe { d.heap()?.payload::<crate::object::member::MemberData>() };
    let heap = ty.data().has_flag(crate::object::typeobj::flags::HEAPTYPE);
    let off = ty.data().subclass.get()?.ext_offset;
    (heap && off != 0 && m.ext_offset == off).then_some(m.index)
}

/// A Python function that takes exactly `n` positional arguments: its version, assigned now.
fn exact_function(rt: &Runtime, f: &Value, n: usize) -> Result<u32, &'static str> {
    let Some(fd) = rt.function_data(f) else {
        return Err("not a Python function");
    };
    let Some(cd) = rt.code_data(unsafe { &*fd.code.get() }) else {
        return Err("function without code");
    };
    if !uops_call::exact_args_shape(cd) || cd.argcount as usize != n {
        return Err("function takes other arguments");
    }
    func_version(rt, fd).ok_or("out of versions")
}

fn load_attr_property(rt: &Runtime, r: &Regs, ver: u32, d: &Value, arg: u32) -> Spec {
    if arg & 1 != 0 {
        return Err("property: method load");
    }
    let fget = d.heap().and_then(|h| unsafe {
        (*h.payload::<crate::object::property::PropertyData>()
            .fget
            .get())
        .clone()
    });
    let Some(f) = fget else {
        return Err("property: no getter");
    };
    let fv = exact_function(rt, &f, 1).map_err(|_| "property: getter not a simple function")?;
    write32(r, 1, ver);
    write32(r, 3, fv);
    write_obj(r, 5, d);
    Ok(SpecOp::LOAD_ATTR_PROPERTY)
}

/// The class defines `__getattribute__` as a Python function and no `__getattr__`.
fn getattribute_overridden(rt: &Runtime, r: &Regs, ty: TypeRef, arg: u32) -> Spec {
    if ty.data().slots().getattro.map(|f| f as usize)
        != Some(crate::object::dunder_slots::slot_getattro as *const () as usize)
    {
        return Err("built-in __getattribute__");
    }
    if rt.lookup_in_type(ty, "__getattr__").is_some() {
        return Err("overridden __getattr__");
    }
    if arg & 1 != 0 {
        return Err("overridden __getattribute__: method load");
    }
    let Some(f) = rt.lookup_in_type(ty, "__getattribute__") else {
        return Err("overridden __getattribute__");
    };
    let fv = exact_function(rt, &f, 2).map_err(|_| "__getattribute__ not a simple function")?;
    write32(r, 1, ty.data().version.get());
    write32(r, 3, fv);
    write_obj(r, 5, &f);
    Ok(SpecOp::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN)
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
    if let Some(d) = rt.lookup_in_type(ty, n) {
        if rt.type_of(&d) == rt.types().member_descriptor
            && let Some(ix) = member_index(ty, &d).and_then(|i| u16::try_from(i).ok())
        {
            write32(r, 1, ver);
            write16(r, 3, ix);
            return Ok(SpecOp::STORE_ATTR_SLOT);
        }
        return Err("class attribute or descriptor");
    }
    let Some(ext) = instance_ext(rt, owner) else {
        return Err("no attribute storage");
    };
    if let Some(d) = unsafe { (*ext.dict.get()).clone() } {
        let Some(ix) = rt
            .dict_data(&d)
            .and_then(|dd| dd.entry_index_str(rt, n))
            .and_then(|i| u16::try_from(i).ok())
        else {
            return Err("with hint: new key in the __dict__");
        };
        write32(r, 1, ver);
        write16(r, 3, ix);
        return Ok(SpecOp::STORE_ATTR_WITH_HINT);
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
        Ok(SpecOp::FOR_ITER_GEN)
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
    if !store && exact(rt, c, t.str) && int_key {
        return Ok(SpecOp::BINARY_SUBSCR_STR_INT);
    }
    if !store && c.is_some_and(|c| super::uops_ops::python_getitem(rt, c).is_some()) {
        return Ok(SpecOp::BINARY_SUBSCR_GETITEM);
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

/// The function's version for the CALL cache (assigned on first use; None when exhausted).
fn func_version(rt: &Runtime, fd: &FunctionData) -> Option<u32> {
    if fd.version.get() == 0 {
        let next = &rt.interp.spec.next_func_version;
        let v = next.get();
        if v == u32::MAX {
            return None;
        }
        next.set(v + 1);
        fd.version.set(v);
    }
    Some(fd.version.get())
}

/// A Python function called with `nargs` positional arguments (self included).
fn call_py(rt: &Runtime, r: &Regs, fd: &FunctionData, nargs: usize, bound: bool) -> Spec {
    let Some(cd) = rt.code_data(unsafe { &*fd.code.get() }) else {
        return Err("function without code");
    };
    let Some(v) = func_version(rt, fd) else {
        return Err("out of versions");
    };
    write32(r, 1, v);
    crate::tier2::funcs::remember(rt, v, unsafe { &*fd.code.get() });
    let exact = uops_call::exact_args_shape(cd) && cd.argcount as usize == nargs;
    Ok(match (bound, exact) {
        (false, true) => SpecOp::CALL_PY_EXACT_ARGS,
        (false, false) => SpecOp::CALL_PY_GENERAL,
        (true, true) => SpecOp::CALL_BOUND_METHOD_EXACT_ARGS,
        (true, false) => SpecOp::CALL_BOUND_METHOD_GENERAL,
    })
}

fn call(rt: &Runtime, r: &Regs, arg: usize) -> Spec {
    use uops_call::{KNOWN_ISINSTANCE, KNOWN_LEN, KNOWN_LIST_APPEND};
    let t = rt.types();
    let Some(callable) = peek(r, arg + 2) else {
        return Err("NULL callable");
    };
    let self_ = peek(r, arg + 1);
    let nargs = arg + usize::from(self_.is_some());
    let ct = rt.type_of(callable);
    if let Some(fd) = rt.function_data(callable) {
        return call_py(rt, r, fd, nargs, false);
    }
    if ct == t.method && self_.is_none() {
        if let Some((f, _)) = rt.method_parts(callable)
            && let Some(fd) = rt.function_data(&f)
        {
            return call_py(rt, r, fd, nargs + 1, true);
        }
        return Ok(SpecOp::CALL_NON_PY_GENERAL);
    }
    let spec = &rt.interp.spec;
    if ct == t.builtin_function {
        if nargs == 1
            && spec
                .find_known(rt, KNOWN_LEN)
                .is_some_and(|k| k.is(callable))
        {
            return Ok(SpecOp::CALL_LEN);
        }
        if nargs == 2
            && spec
                .find_known(rt, KNOWN_ISINSTANCE)
                .is_some_and(|k| k.is(callable))
        {
            return Ok(SpecOp::CALL_ISINSTANCE);
        }
        return Ok(if nargs == 1 {
            SpecOp::CALL_BUILTIN_O
        } else {
            SpecOp::CALL_BUILTIN_FAST
        });
    }
    if ct == t.method_descriptor {
        if arg == 1
            && exact(rt, self_, t.list)
            && spec
                .find_known(rt, KNOWN_LIST_APPEND)
                .is_some_and(|k| k.is(callable))
        {
            return Ok(SpecOp::CALL_LIST_APPEND);
        }
        let d = unsafe { callable.heap().map(|h| h.payload::<MethodDescrData>()) };
        let first = if self_.is_some() { self_ } else { peek(r, arg) };
        let fits = d.is_some_and(|d| {
            d.kind == MethodKind::Instance && nargs >= 1 && exact(rt, first, d.owner)
        });
        if !fits {
            return Ok(SpecOp::CALL_NON_PY_GENERAL);
        }
        return Ok(match nargs {
            1 => SpecOp::CALL_METHOD_DESCRIPTOR_NOARGS,
            2 => SpecOp::CALL_METHOD_DESCRIPTOR_O,
            _ => SpecOp::CALL_METHOD_DESCRIPTOR_FAST,
        });
    }
    if let Some(cls) = rt.type_ref_of_type_value(callable) {
        if nargs == 1 && self_.is_none() {
            if cls == t.type_ {
                return Ok(SpecOp::CALL_TYPE_1);
            }
            if cls == t.str {
                return Ok(SpecOp::CALL_STR_1);
            }
            if cls == t.tuple {
                return Ok(SpecOp::CALL_TUPLE_1);
            }
        }
        if !cls.data().has_flag(crate::object::typeobj::flags::HEAPTYPE) {
            return Ok(SpecOp::CALL_BUILTIN_CLASS);
        }
        // Other Python classes are still worth the general non-Python form.
        if let Ok(s) = alloc_and_enter_init(rt, r, cls, callable, self_.is_some()) {
            return Ok(s);
        }
    }
    Ok(SpecOp::CALL_NON_PY_GENERAL)
}

/// A Python class with `object.__new__` and a Python `__init__`, metaclass `type`.
fn alloc_and_enter_init(
    rt: &Runtime,
    r: &Regs,
    cls: TypeRef,
    callable: &Value,
    has_self: bool,
) -> Spec {
    if has_self {
        return Err("class: called with self");
    }
    if rt.type_of(callable) != rt.types().type_ {
        return Err("class: has a metaclass");
    }
    let new = cls.data().slots().new.map(|f| f as usize);
    if new != Some(crate::object::object_type::object_new as *const () as usize) {
        return Err("class: overridden __new__");
    }
    if super::uops_init::python_init(rt, cls).is_none() {
        return Err("class: __init__ not a Python function");
    }
    let ver = cls.data().version.get();
    if ver == 0 {
        return Err("out of versions");
    }
    write32(r, 1, ver);
    Ok(SpecOp::CALL_ALLOC_AND_ENTER_INIT)
}

/// CALL_KW: stack `[callable, self_or_null, args, kwnames]`.
fn call_kw(rt: &Runtime, r: &Regs, arg: usize) -> Spec {
    let t = rt.types();
    let Some(callable) = peek(r, arg + 3) else {
        return Err("NULL callable");
    };
    let self_ = peek(r, arg + 2);
    let ct = rt.type_of(callable);
    let version = |f: &Value| {
        rt.function_data(f)
            .and_then(|fd| func_version(rt, fd))
            .ok_or("out of versions")
    };
    if ct == t.function {
        write32(r, 1, version(callable)?);
        return Ok(SpecOp::CALL_KW_PY);
    }
    if ct == t.method {
        if self_.is_some() {
            return Err("bound method with self");
        }
        return match rt.method_parts(callable) {
            Some((f, _)) if rt.type_of(&f) == t.function => {
                write32(r, 1, version(&f)?);
                Ok(SpecOp::CALL_KW_BOUND_METHOD)
            }
            _ => Ok(SpecOp::CALL_KW_NON_PY),
        };
    }
    Ok(SpecOp::CALL_KW_NON_PY)
}

/// LOAD_SUPER_ATTR: stack `[super, class, self]`.
fn load_super_attr(rt: &Runtime, r: &Regs, arg: u32) -> Spec {
    if !peek(r, 3).is_some_and(|s| rt.types().super_.is(s)) {
        return Err("super: not the built-in super");
    }
    if peek(r, 2).is_none_or(|k| rt.type_ref_of_type_value(k).is_none()) {
        return Err("super: class not a type");
    }
    Ok(if arg & 1 == 0 {
        SpecOp::LOAD_SUPER_ATTR_ATTR
    } else {
        SpecOp::LOAD_SUPER_ATTR_METHOD
    })
}

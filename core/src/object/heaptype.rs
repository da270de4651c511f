//! Classes made at run time (`class` statements, `type(name, bases, dict)`): creating them, and
//! keeping their slot table in step with the dunder methods in their dicts.
//!
//! A class's slots come from the dunders along its MRO: a dunder defined in Python installs a
//! generic slot function that looks the dunder up again and calls it (CPython's `slot_tp_*`);
//! a slot wrapper of a built-in type (`int.__add__`) installs that type's own slot function.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::ptr::NonNull;

use super::args::Args;
use super::descr::{BuiltinFunctionData, MethodDef, SlotWrapperData};
use super::dunder_slots::*;
use super::error::{PyErr, PyResult};
use super::getset::{GetSetData, GetSetDef};
use super::header::{ObjHeader, Payload, alloc_object};
use super::instance::{Instance, InstanceExt};
use super::typeobj::{BinOp, Slots, TypeData, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

// ---------------------------------------------------------------------------------------------
// Allocation helpers for subclassable built-in types.

/// A fresh default instance of `cls`, which is `base` or a class derived from it.
pub fn alloc_default<T: Payload + Default>(
    rt: &Runtime,
    cls: TypeRef,
    base: TypeRef,
) -> PyResult<Value> {
    if cls == base {
        return unsafe { alloc_object(rt, base.0, T::default()) }.ok_or_else(|| rt.memory_error());
    }
    if !rt.is_subtype(cls, base) {
        let (c, b) = (cls.data().name(), base.data().name());
        return Err(rt.type_error(format!("{b}.__new__({c}): {c} is not a subtype of {b}")));
    }
    super::object_type::alloc_instance(rt, cls)
}

// ---------------------------------------------------------------------------------------------
// Deriving slots from the dunders along the MRO.

/// Where a slot's function comes from.
#[derive(Clone, Copy)]
enum Src<'a> {
    /// A dunder written in Python (or any non-wrapper callable): the generic slot.
    Generic,
    /// A built-in type's slot (found through its slot wrapper, or inherited from the base).
    From(&'a Slots),
}

struct Group {
    names: Vec<&'static str>,
    apply: fn(&mut Slots, Src<'_>),
}

macro_rules! group {
    ($names:expr, $($field:ident).+ , $generic:expr) => {
        Group {
            names: $names.to_vec(),
            apply: |s, src| {
                s.$($field).+ = match src {
                    Src::Generic => Some($generic),
                    Src::From(o) => o.$($field).+,
                }
            },
        }
    };
}

macro_rules! binop_groups {
    ($($i:literal),*) => {
        [$(
            Group {
                names: {
                    let d = BinOp::ALL[$i].dunders();
                    vec![d.0, d.1]
                },
                apply: |s, src| {
                    s.binary[$i] = match src {
                        Src::Generic => Some(BINARY_SLOTS[$i]),
                        Src::From(o) => o.binary[$i],
                    }
                },
            },
            Group {
                names: vec![BinOp::ALL[$i].dunders().2],
                apply: |s, src| {
                    s.inplace[$i] = match src {
                        Src::Generic => Some(INPLACE_SLOTS[$i]),
                        Src::From(o) => o.inplace[$i],
                    }
                },
            },
        )*]
    };
}

fn groups() -> Vec<Group> {
    let mut g = vec![
        group!(&["__repr__"], repr, slot_repr),
        group!(&["__str__"], str, slot_str),
        group!(
            &["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"],
            richcompare,
            slot_richcompare
        ),
        group!(&["__divmod__", "__rdivmod__"], divmod, slot_divmod),
        group!(&["__pow__", "__rpow__"], ternary_pow, slot_pow3),
        group!(&["__neg__"], neg, slot_unary::<0>),
        group!(&["__pos__"], pos, slot_unary::<1>),
        group!(&["__invert__"], invert, slot_unary::<2>),
        group!(&["__abs__"], abs, slot_unary::<3>),
        group!(&["__bool__"], bool, slot_bool),
        group!(&["__int__"], int, slot_int),
        group!(&["__float__"], float, slot_float),
        group!(&["__index__"], index, slot_index),
        group!(&["__len__"], len, slot_len),
        group!(&["__getitem__"], getitem, slot_getitem),
        group!(&["__setitem__", "__delitem__"], setitem, slot_setitem),
        group!(&["__contains__"], contains, slot_contains),
        group!(&["__iter__"], iter, slot_iter),
        group!(&["__next__"], next, slot_next),
        group!(&["__call__"], call, slot_call),
        group!(
            &["__getattribute__", "__getattr__"],
            getattro,
            slot_getattro
        ),
        group!(&["__setattr__", "__delattr__"], setattro, slot_setattro),
        group!(&["__get__"], descr_get, slot_descr_get),
        group!(&["__set__", "__delete__"], descr_set, slot_descr_set),
        group!(&["__init__"], init, slot_init),
        group!(&["__new__"], new, slot_new),
    ];
    g.extend(binop_groups!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    g
}

/// The built-in type whose slot a dict entry under `name` exposes: a slot wrapper of that
/// same dunder (`str.__mul__` stored as `__add__` is just a callable), or a `__new__` wrapper.
fn builtin_owner(rt: &Runtime, v: &Value, name: &str) -> Option<TypeRef> {
    let ty = rt.type_of(v);
    let h = v.heap()?;
    if ty == rt.types().wrapper_descriptor {
        let d = unsafe { h.payload::<SlotWrapperData>() };
        return (d.name == name).then_some(d.owner);
    }
    if ty == rt.types().builtin_function {
        let d = unsafe { h.payload::<BuiltinFunctionData>() };
        if d.func as usize == new_wrapper as super::typeobj::NativeFn as usize {
            return d.owner;
        }
    }
    None
}

/// Re-derives one group's slot on `ty`.
fn resolve_group(rt: &Runtime, ty: TypeRef, g: &Group) {
    let mut owner: Option<TypeRef> = None;
    let mut generic = false;
    for name in &g.names {
        if let Some(v) = rt.lookup_in_type(ty, name) {
            match builtin_owner(rt, &v, name) {
                Some(o) => {
                    if owner.is_none() {
                        owner = Some(o);
                    }
                }
                None => {
                    generic = true;
                    break;
                }
            }
        }
    }
    let base_slots: Slots = match ty.data().base().and_then(|b| rt.type_ref_of_type_value(b)) {
        Some(b) => *b.data().slots(),
        None => Slots::default(),
    };
    let s = unsafe { ty.data().slots_mut() };
    if generic {
        (g.apply)(s, Src::Generic);
    } else if let Some(o) = owner {
        let os = *o.data().slots();
        (g.apply)(s, Src::From(&os));
    } else {
        (g.apply)(s, Src::From(&base_slots));
    }
}

/// `__hash__` (None makes the type unhashable) and `__del__` (finalizer flag).
fn resolve_flags(rt: &Runtime, ty: TypeRef) {
    let d = ty.data();
    let mut fl = d.flags.get();
    match rt.lookup_in_type(ty, "__hash__") {
        Some(h) if rt.is_none(&h) => {
            fl |= flags::UNHASHABLE;
            unsafe { d.slots_mut().hash = None };
        }
        Some(h) => {
            fl &= !flags::UNHASHABLE;
            let f = match builtin_owner(rt, &h, "__hash__") {
                Some(o) => o.data().slots().hash,
                None => Some(slot_hash as super::typeobj::HashFn),
            };
            unsafe { d.slots_mut().hash = f };
        }
        None => {}
    }
    if rt.lookup_in_type(ty, "__del__").is_some() {
        fl |= flags::HAS_FINALIZER;
    } else {
        fl &= !flags::HAS_FINALIZER;
    }
    d.flags.set(fl);
}

fn resolve_all(rt: &Runtime, ty: TypeRef) {
    for g in groups() {
        resolve_group(rt, ty, &g);
    }
    resolve_flags(rt, ty);
}

/// Re-derives the slot for `name` after a class attribute changed (e.g. `C.__add__ = f`), on
/// the class and on every subclass (which may inherit it).
pub fn update_slot(rt: &Runtime, ty: TypeRef, name: &str) {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return;
    }
    let gs: Vec<Group> = groups()
        .into_iter()
        .filter(|g| g.names.contains(&name))
        .collect();
    let flag_names = matches!(name, "__hash__" | "__del__" | "__eq__");
    if gs.is_empty() && !flag_names {
        return;
    }
    for_subtree(ty, &mut |t| {
        for g in &gs {
            resolve_group(rt, t, g);
        }
        if flag_names {
            resolve_flags(rt, t);
        }
    });
}

/// Runs `f` on a type and every subclass, depth first (bounded: classes form a DAG).
fn for_subtree(ty: TypeRef, f: &mut dyn FnMut(TypeRef)) {
    let mut stack = vec![ty];
    let mut seen: Vec<NonNull<ObjHeader>> = Vec::new();
    while let Some(t) = stack.pop() {
        if seen.contains(&t.0) {
            continue;
        }
        seen.push(t.0);
        f(t);
        for s in t.data().subclasses() {
            stack.push(TypeRef(*s));
        }
    }
}

/// Fills the slots a type left empty from its base (bases are processed first).
pub fn inherit_slots(ty: TypeRef) {
    let Some(base) = ty.data().base().and_then(|b| b.header_ptr()) else {
        return;
    };
    let base = TypeRef(base);
    let b = *base.data().slots();
    let s = unsafe { ty.data().slots_mut() };
    macro_rules! inherit {
        ($($f:ident),*) => { $( if s.$f.is_none() { s.$f = b.$f; } )* };
    }
    inherit!(
        repr,
        str,
        richcompare,
        divmod,
        ternary_pow,
        neg,
        pos,
        invert,
        abs,
        bool,
        int,
        float,
        index,
        len,
        getitem,
        setitem,
        contains,
        iter,
        next,
        getattro,
        setattro,
        descr_get,
        descr_set,
        call,
        new,
        init
    );
    if s.hash.is_none() && !ty.data().has_flag(flags::UNHASHABLE) {
        s.hash = b.hash;
    }
    for i in 0..s.binary.len() {
        if s.binary[i].is_none() {
            s.binary[i] = b.binary[i];
        }
        if s.inplace[i].is_none() {
            s.inplace[i] = b.inplace[i];
        }
    }
}

// ---------------------------------------------------------------------------------------------
// type.__new__

fn type_err(rt: &Runtime, msg: String) -> PyErr {
    rt.type_error(msg)
}

/// The names in a class's `__slots__` (own and inherited), kept in `TypeData::extra`.
fn slot_names(rt: &Runtime, ty: TypeRef) -> Vec<Value> {
    match unsafe { &*ty.data().extra.get() } {
        Some(t) => rt.tuple_items(t).map(|x| x.to_vec()).unwrap_or_default(),
        None => Vec::new(),
    }
}

/// The type deciding the instance layout: the nearest ancestor adding storage.
fn solid_base(rt: &Runtime, ty: TypeRef) -> TypeRef {
    let mut t = ty;
    loop {
        let Some(b) = t.data().base().and_then(|b| rt.type_ref_of_type_value(b)) else {
            return t;
        };
        // Added `__slots__` (or, for built-in exceptions, added fields) or a new payload.
        let more_fields = slot_names(rt, t).len() > slot_names(rt, b).len();
        let adds = if t.data().is_heap() {
            more_fields
        } else {
            more_fields || t.data().layout.payload != b.data().layout.payload
        };
        if adds {
            return t;
        }
        t = b;
    }
}

/// The base whose layout the new class extends; lay-out conflict otherwise.
fn best_base(rt: &Runtime, bases: &[TypeRef]) -> PyResult<TypeRef> {
    let mut winner: Option<(TypeRef, TypeRef)> = None;
    for &b in bases {
        if !b.data().has_flag(flags::BASETYPE) || b.data().subclass.get().is_none() {
            return Err(type_err(
                rt,
                format!("type '{}' is not an acceptable base type", b.data().name()),
            ));
        }
        let cand = solid_base(rt, b);
        match winner {
            None => winner = Some((cand, b)),
            Some((w, _)) if rt.is_subtype(w, cand) => {}
            Some((w, _)) if rt.is_subtype(cand, w) => winner = Some((cand, b)),
            Some(_) => {
                return Err(rt.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    winner
        .map(|(_, b)| b)
        .ok_or_else(|| rt.type_error("bases must not be empty"))
}

/// The most derived metaclass of `meta` and the bases' types.
fn calculate_metaclass(rt: &Runtime, meta: TypeRef, bases: &[Value]) -> PyResult<TypeRef> {
    let mut winner = meta;
    for b in bases {
        let t = rt.type_of(b);
        if rt.is_subtype(winner, t) {
            continue;
        }
        if rt.is_subtype(t, winner) {
            winner = t;
            continue;
        }
        return Err(rt.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || stripped.is_empty() || name.contains('.')
    {
        return String::from(name);
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// What `__slots__` asks for: member names (mangled), and whether `__dict__`/`__weakref__`
/// were listed.
struct SlotSpec {
    names: Vec<String>,
    dict: bool,
    weakref: bool,
}

fn parse_slots(rt: &Runtime, class_name: &str, slots: &Value, dict: &Value) -> PyResult<SlotSpec> {
    let items = if rt.str_of(slots).is_some() {
        vec![slots.clone()]
    } else {
        rt.collect(slots)?
    };
    let mut spec = SlotSpec {
        names: Vec::new(),
        dict: false,
        weakref: false,
    };
    let dd = rt.dict_data(dict).ok_or_else(|| rt.memory_error())?;
    for it in &items {
        let Some(s) = rt.str_of(it) else {
            return Err(type_err(
                rt,
                format!(
                    "__slots__ items must be strings, not '{}'",
                    rt.type_name(it)
                ),
            ));
        };
        if !is_identifier(s) {
            return Err(rt.type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" => {
                if spec.dict {
                    return Err(rt.type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.dict = true;
                continue;
            }
            "__weakref__" => {
                if spec.weakref {
                    return Err(rt.type_error("__weakref__ slot disallowed: we already got one"));
                }
                spec.weakref = true;
                continue;
            }
            _ => {}
        }
        let m = mangle(class_name, s);
        // The `__doc__ = None` put in for a class without a docstring is no conflict.
        if let Some(v) = dd.get_str(rt, &m)
            && !(m == "__doc__" && rt.is_none(&v))
        {
            return Err(rt.value_error(format!("'{m}' in __slots__ conflicts with class variable")));
        }
        if !spec.names.contains(&m) {
            spec.names.push(m);
        }
    }
    Ok(spec)
}

/// `type.__new__(meta, name, bases, dict, **kwds)` (the `new` slot of `type`).
pub fn type_new(rt: &Runtime, meta_v: &Value, args: Args<'_>) -> PyResult<Value> {
    let meta = rt
        .type_ref_of_type_value(meta_v)
        .ok_or_else(|| rt.type_error("type.__new__(X): X is not a type object"))?;
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(rt.type_error(if meta == rt.types().type_ {
            String::from("type() takes 1 or 3 arguments")
        } else {
            format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                pos.len()
            )
        }));
    }
    let (name_v, bases_v, dict_v) = (&pos[0], &pos[1], &pos[2]);
    let Some(name) = rt.str_of(name_v) else {
        return Err(type_err(
            rt,
            format!(
                "type.__new__() argument 1 must be str, not {}",
                rt.type_name(name_v)
            ),
        ));
    };
    let Some(bases_in) = rt.tuple_items(bases_v) else {
        return Err(type_err(
            rt,
            format!(
                "type.__new__() argument 2 must be tuple, not {}",
                rt.type_name(bases_v)
            ),
        ));
    };
    let Some(src_dict) = rt.dict_data(dict_v) else {
        return Err(type_err(
            rt,
            format!(
                "type.__new__() argument 3 must be dict, not {}",
                rt.type_name(dict_v)
            ),
        ));
    };
    if name.contains('\0') {
        return Err(rt.value_error("type name must not contain null characters"));
    }
    let name = String::from(name);
    let winner = calculate_metaclass(rt, meta, bases_in)?;
    if winner != meta {
        let new = winner.data().slots().new;
        if new.map(|f| f as usize) != Some(type_new as super::typeobj::CallFn as usize)
            && let Some(new) = new
        {
            return new(rt, &winner.value(), args);
        }
    }
    let meta = winner;
    let bases: Vec<Value> = if bases_in.is_empty() {
        vec![rt.types().object.value()]
    } else {
        bases_in.to_vec()
    };
    let mut base_types = Vec::with_capacity(bases.len());
    for (i, b) in bases.iter().enumerate() {
        let Some(t) = rt.type_ref_of_type_value(b) else {
            return Err(type_err(
                rt,
                format!("bases must be types, not '{}'", rt.type_name(b)),
            ));
        };
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(type_err(
                rt,
                format!("duplicate base class {}", t.data().name()),
            ));
        }
        base_types.push(t);
    }
    let base = best_base(rt, &base_types)?;
    let Some(sub) = base.data().subclass.get() else {
        return Err(type_err(
            rt,
            format!(
                "type '{}' is not an acceptable base type",
                base.data().name()
            ),
        ));
    };

    // The class namespace: a copy of the given dict.
    let dict = rt.new_dict()?;
    let dd = rt.dict_data(&dict).ok_or_else(|| rt.memory_error())?;
    for (k, v) in src_dict.items() {
        dd.set(rt, k, v)?;
    }
    // `__module__` comes from the calling frame's globals (none without an interpreter).
    if dd.get_str(rt, "__module__").is_none()
        && let Some(f) = rt.hooks.get().caller_module_name
        && let Some(m) = f(rt)
    {
        dd.set(rt, rt.intern("__module__"), m)?;
    }
    let mut qualname = name.clone();
    if let Some(q) = dd.get_str(rt, "__qualname__") {
        let Some(qs) = rt.str_of(&q) else {
            return Err(type_err(
                rt,
                format!("type __qualname__ must be a str, not {}", rt.type_name(&q)),
            ));
        };
        qualname = String::from(qs);
        dd.remove(rt, &rt.intern("__qualname__"))?;
    }
    if dd.get_str(rt, "__doc__").is_none() {
        dd.set(rt, rt.intern("__doc__"), rt.none())?;
    }
    // Implicit static/class methods.
    for (n, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        if let Some(f) = dd.get_str(rt, n)
            && rt.type_of(&f) == rt.types().function
        {
            let w = if wrap_static {
                rt.new_staticmethod(f)?
            } else {
                rt.new_classmethod(f)?
            };
            dd.set(rt, rt.intern(n), w)?;
        }
    }
    if dd.get_str(rt, "__eq__").is_some() && dd.get_str(rt, "__hash__").is_none() {
        dd.set(rt, rt.intern("__hash__"), rt.none())?;
    }

    // Instance storage: `__slots__`, `__dict__`, `__weakref__`.
    let base_has_dict = base.data().ext_offset.get() != 0 || base.data().has_flag(flags::HAS_DICT);
    let base_weak = base.data().has_flag(flags::WEAKREFABLE);
    let mut own_slots: Vec<String> = Vec::new();
    let (mut add_dict, mut add_weak) = (!base_has_dict, !base_weak);
    if let Some(s) = dd.get_str(rt, "__slots__") {
        let spec = parse_slots(rt, &name, &s, &dict)?;
        if spec.dict && base_has_dict {
            return Err(rt.type_error("__dict__ slot disallowed: we already got one"));
        }
        if spec.weakref && base_weak {
            return Err(rt.type_error("__weakref__ slot disallowed: we already got one"));
        }
        add_dict = spec.dict;
        add_weak = spec.weakref;
        own_slots = spec.names;
        // Variable-size payloads (int digits, tuple/bytes items) leave no room for slots.
        let t = rt.types();
        if !own_slots.is_empty()
            && [t.int, t.tuple, t.bytes]
                .iter()
                .any(|v| rt.is_subtype(base, *v))
        {
            return Err(rt.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base.data().name()
            )));
        }
    }
    let mut fl = flags::HEAPTYPE | flags::BASETYPE | (base.data().flags.get() & flags::INHERITED);
    for b in &base_types {
        fl |= b.data().flags.get() & (flags::HAS_DICT | flags::WEAKREFABLE);
    }
    if add_dict {
        fl |= flags::HAS_DICT;
    }
    if add_weak {
        fl |= flags::WEAKREFABLE;
    }
    let has_dict = fl & flags::HAS_DICT != 0;

    let mut data = TypeData::new(rt, &name, dict.clone(), sub.layout, fl);
    data.set_qualname(&qualname);
    data.subclass.set(Some(sub));
    data.ext_offset.set(if has_dict || base_has_dict {
        sub.ext_offset
    } else {
        0
    });
    let all_slots = {
        let mut v = slot_names(rt, base);
        for s in &own_slots {
            v.push(rt.new_str(s)?);
        }
        v
    };
    let n_inherited = all_slots.len() - own_slots.len();
    if !all_slots.is_empty() {
        data.extra = core::cell::UnsafeCell::new(Some(rt.new_tuple(all_slots)?));
    }
    let ty_v = alloc_type(rt, meta, data)?;
    let ty = TypeRef(ty_v.header_ptr().ok_or_else(|| rt.memory_error())?);

    let mro = rt.c3_mro(&ty_v, &bases)?;
    unsafe {
        ty.data()
            .set_hierarchy(Some(base.value()), bases.clone(), mro)
    };
    for b in &base_types {
        b.data().add_subclass(ty.0);
    }

    // Member descriptors and the `__dict__`/`__weakref__` attributes.
    for (i, s) in own_slots.iter().enumerate() {
        let key = rt.intern(s);
        let m = rt.new_member(key.clone(), n_inherited + i, sub.ext_offset, ty_v.clone())?;
        dd.set(rt, key, m)?;
    }
    // Bases that keep their own namespace (module) already define `__dict__`.
    if add_dict
        && dd.get_str(rt, "__dict__").is_none()
        && rt.lookup_in_type(base, "__dict__").is_none()
    {
        add_getset(
            rt,
            ty,
            "__dict__",
            instance_dict_get,
            Some(instance_dict_set),
        )?;
    }
    if add_weak && dd.get_str(rt, "__weakref__").is_none() {
        add_getset(
            rt,
            ty,
            "__weakref__",
            |rt, _| Ok(rt.none()),
            Some(weakref_set),
        )?;
    }

    super::heaptype::inherit_slots(ty);
    resolve_all(rt, ty);

    // `__classcell__` (set by the compiler for zero-argument super).
    if let Some(cell) = dd.get_str(rt, "__classcell__") {
        if rt.type_of(&cell) != rt.types().cell {
            return Err(type_err(
                rt,
                format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    rt.type_of(&cell).data().name()
                ),
            ));
        }
        rt.cell_set(&cell, Some(ty_v.clone()))?;
        dd.remove(rt, &rt.intern("__classcell__"))?;
    }

    // `__set_name__` on every attribute, then the parent's `__init_subclass__`.
    for (k, v) in dd.items() {
        if let Some(sn) = rt.lookup_in_type(rt.type_of(&v), "__set_name__")
            && let Err(e) = call_unbound(rt, &sn, &v, Args::positional(&[ty_v.clone(), k.clone()]))
        {
            // CPython 3.11 wraps the error, keeping it as the cause.
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{name}'",
                rt.type_name(&v),
                rt.repr_string(&k)?
            );
            let wrapped = rt.runtime_error(msg);
            rt.set_cause(wrapped.value(), e.into_value())?;
            return Err(wrapped);
        }
    }
    let init_sub = rt.super_lookup(ty, &ty_v, "__init_subclass__")?;
    let kw = args.kw_values();
    rt.call(&init_sub, Args::new(kw, args.kwnames))?;
    Ok(ty_v)
}

/// Allocates a type object of metatype `meta` (`type` or a class derived from it).
fn alloc_type(rt: &Runtime, meta: TypeRef, data: TypeData) -> PyResult<Value> {
    if meta.data().layout.payload == core::any::TypeId::of::<TypeData>() {
        return unsafe { alloc_object(rt, meta.0, data) }.ok_or_else(|| rt.memory_error());
    }
    if meta.data().layout.payload == core::any::TypeId::of::<Instance<TypeData>>() {
        let inst = Instance {
            base: data,
            ext: InstanceExt::default(),
        };
        return unsafe { alloc_object(rt, meta.0, inst) }.ok_or_else(|| rt.memory_error());
    }
    Err(rt.type_error("metatype has an unsupported layout"))
}

fn add_getset(
    rt: &Runtime,
    ty: TypeRef,
    name: &'static str,
    get: super::getset::Getter,
    set: Option<super::getset::Setter>,
) -> PyResult<()> {
    let d = GetSetData {
        name,
        get,
        set,
        owner: ty,
    };
    let v = unsafe { alloc_object(rt, rt.types().getset_descriptor.0, d) }
        .ok_or_else(|| rt.memory_error())?;
    let dict = rt
        .dict_data(ty.data().dict())
        .ok_or_else(|| rt.memory_error())?;
    dict.set(rt, rt.intern(name), v)?;
    ty.data().modified();
    Ok(())
}

fn instance_dict_get(rt: &Runtime, obj: &Value) -> PyResult<Value> {
    super::object_type::materialize_dict(rt, obj)?
        .ok_or_else(|| rt.attribute_error("This object has no __dict__"))
}

fn instance_dict_set(rt: &Runtime, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(ext) = super::object_type::instance_ext(rt, obj) else {
        return Err(rt.attribute_error("This object has no __dict__"));
    };
    let new = match v {
        Some(d) if rt.dict_data(d).is_some() => Some(d.clone()),
        Some(d) => {
            return Err(type_err(
                rt,
                format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    rt.type_name(d)
                ),
            ));
        }
        None => None,
    };
    let old_values = core::mem::take(unsafe { &mut *ext.values.get() });
    let old_dict = unsafe { core::mem::replace(&mut *ext.dict.get(), new) };
    if unsafe { (*ext.dict.get()).is_none() } {
        // Deleted: the next attribute access starts a fresh dict.
        let d = rt.new_dict()?;
        unsafe { *ext.dict.get() = Some(d) };
    }
    drop((old_values, old_dict));
    Ok(())
}

fn weakref_set(rt: &Runtime, obj: &Value, _v: Option<&Value>) -> PyResult<()> {
    Err(rt.attribute_error(format!(
        "attribute '__weakref__' of '{}' objects is not writable",
        rt.type_name(obj)
    )))
}

// ---------------------------------------------------------------------------------------------
// `__class__` and `__bases__` assignment.

fn same_layout(rt: &Runtime, a: TypeRef, b: TypeRef) -> bool {
    let (x, y) = (a.data(), b.data());
    if x.layout.payload != y.layout.payload || x.ext_offset.get() != y.ext_offset.get() {
        return false;
    }
    let (sa, sb) = (slot_names(rt, a), slot_names(rt, b));
    sa.len() == sb.len()
        && sa
            .iter()
            .zip(sb.iter())
            .all(|(p, q)| rt.str_of(p) == rt.str_of(q))
}

fn set_class(rt: &Runtime, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(rt.type_error("can't delete __class__ attribute"));
    };
    let Some(new) = rt.type_ref_of_type_value(v) else {
        return Err(type_err(
            rt,
            format!(
                "__class__ must be set to a class, not '{}' object",
                rt.type_name(v)
            ),
        ));
    };
    let old = rt.type_of(obj);
    let module = rt.types().module;
    let mutable = |t: TypeRef| t.data().is_heap() || rt.is_subtype(t, module);
    if !(mutable(new) && mutable(old)) || obj.heap().is_none() {
        return Err(rt.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !same_layout(rt, new, old) {
        return Err(type_err(
            rt,
            format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.data().name(),
                old.data().name()
            ),
        ));
    }
    // Inline values are laid out by the old class's keys: move them into a dict first.
    super::object_type::materialize_dict(rt, obj)?;
    let h = obj.heap().ok_or_else(|| rt.type_error("bad object"))?;
    let new_ref = v.clone();
    let old_ref = unsafe { Value::from_owned_header(h.type_ptr()) };
    unsafe { h.set_type_ptr(new.0) };
    core::mem::forget(new_ref);
    drop(old_ref);
    Ok(())
}

fn get_class(rt: &Runtime, v: &Value) -> PyResult<Value> {
    Ok(rt.type_of(v).value())
}

fn get_bases(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let t = rt
        .type_ref_of_type_value(v)
        .ok_or_else(|| rt.type_error("descriptor requires a 'type' object"))?;
    rt.new_tuple(t.data().bases().to_vec())
}

fn set_bases(rt: &Runtime, v: &Value, new: Option<&Value>) -> PyResult<()> {
    let ty = rt
        .type_ref_of_type_value(v)
        .ok_or_else(|| rt.type_error("descriptor requires a 'type' object"))?;
    let tn = ty.data().name();
    if !ty.data().is_heap() {
        return Err(type_err(
            rt,
            format!("cannot set '__bases__' attribute of immutable type '{tn}'"),
        ));
    }
    let Some(new) = new else {
        return Err(type_err(
            rt,
            format!("cannot delete '__bases__' attribute of immutable type '{tn}'"),
        ));
    };
    let Some(items) = rt.tuple_items(new) else {
        return Err(type_err(
            rt,
            format!(
                "can only assign tuple to {tn}.__bases__, not {}",
                rt.type_name(new)
            ),
        ));
    };
    if items.is_empty() {
        return Err(type_err(
            rt,
            format!("can only assign non-empty tuple to {tn}.__bases__, not ()"),
        ));
    }
    let mut types = Vec::new();
    for b in items {
        let Some(t) = rt.type_ref_of_type_value(b) else {
            return Err(type_err(
                rt,
                format!(
                    "{tn}.__bases__ must be tuple of classes, not '{}'",
                    rt.type_name(b)
                ),
            ));
        };
        if rt.is_subtype(t, ty) {
            return Err(rt.type_error("a __bases__ item causes an inheritance cycle"));
        }
        types.push(t);
    }
    let new_base = best_base(rt, &types)?;
    let old_base = ty
        .data()
        .base()
        .and_then(|b| rt.type_ref_of_type_value(b))
        .unwrap_or(rt.types().object);
    if new_base.data().layout.gc != old_base.data().layout.gc {
        return Err(type_err(
            rt,
            format!(
                "__bases__ assignment: '{}' deallocator differs from '{}'",
                new_base.data().name(),
                old_base.data().name()
            ),
        ));
    }
    if solid_base(rt, new_base) != solid_base(rt, old_base) {
        return Err(type_err(
            rt,
            format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                new_base.data().name(),
                old_base.data().name()
            ),
        ));
    }
    let old_bases: Vec<Value> = ty.data().bases().to_vec();
    let old_mro: Vec<Value> = ty.data().mro().to_vec();
    let mro = rt.c3_mro(v, items)?;
    for b in &old_bases {
        if let Some(t) = rt.type_ref_of_type_value(b) {
            t.data().remove_subclass(ty.0);
        }
    }
    for t in &types {
        t.data().add_subclass(ty.0);
    }
    unsafe {
        ty.data()
            .set_hierarchy(Some(new_base.value()), items.to_vec(), mro)
    };
    // Subclasses' MROs include ours: recompute them too (bases before subclasses).
    let mut err = None;
    for_subtree(ty, &mut |t| {
        if t != ty && err.is_none() {
            let tv = t.value();
            let bases = t.data().bases().to_vec();
            match rt.c3_mro(&tv, &bases) {
                Ok(m) => unsafe {
                    let base = t.data().base().cloned();
                    t.data().set_hierarchy(base, bases, m)
                },
                Err(e) => err = Some(e),
            }
        }
        resolve_all(rt, t);
    });
    ty.data().modified();
    drop((old_bases, old_mro));
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// Installing `type.__new__`, `__new__` wrappers, `object.__init_subclass__` and the setters.

/// `T.__new__(S, *args)`: checks S derives from T, then runs T's `new` slot.
fn new_wrapper(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let owner = rt
        .type_ref_of_type_value(&args.all[0])
        .ok_or_else(|| rt.type_error("__new__ wrapper without a type"))?;
    let on = owner.data().name();
    let Some(sub_v) = args.pos().get(1) else {
        return Err(type_err(
            rt,
            format!("{on}.__new__(): not enough arguments"),
        ));
    };
    let Some(sub) = rt.type_ref_of_type_value(sub_v) else {
        return Err(type_err(
            rt,
            format!(
                "{on}.__new__(X): X is not a type object ({})",
                rt.type_name(sub_v)
            ),
        ));
    };
    let sn = sub.data().name();
    if !rt.is_subtype(sub, owner) {
        return Err(type_err(
            rt,
            format!("{on}.__new__({sn}): {sn} is not a subtype of {on}"),
        ));
    }
    if owner == rt.types().type_ && args.pos().len() != 5 {
        return Err(type_err(
            rt,
            format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                args.pos().len().saturating_sub(2)
            ),
        ));
    }
    let Some(new) = owner.data().slots().new else {
        return Err(type_err(rt, format!("cannot create '{on}' instances")));
    };
    // The nearest built-in type decides whether this `__new__` is safe to use.
    if let Some(static_base) = sub
        .data()
        .mro()
        .iter()
        .filter_map(|t| rt.type_ref_of_type_value(t))
        .find(|t| !t.data().is_heap())
        && static_base.data().slots().new.map(|f| f as usize) != Some(new as usize)
    {
        return Err(type_err(
            rt,
            format!(
                "{on}.__new__({sn}) is not safe, use {}.__new__()",
                static_base.data().name()
            ),
        ));
    }
    let rest = Args::new(&args.all[2..], args.kwnames);
    new(rt, sub_v, rest)
}

fn object_init_subclass(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let cls = &args.all[0];
    let name = rt
        .type_ref_of_type_value(cls)
        .map_or_else(|| String::from("object"), |t| String::from(t.data().name()));
    if args.has_kwargs() {
        return Err(type_err(
            rt,
            format!("{name}.__init_subclass__() takes no keyword arguments"),
        ));
    }
    if args.all.len() > 1 {
        return Err(type_err(
            rt,
            format!(
                "{name}.__init_subclass__() takes no arguments ({} given)",
                args.all.len() - 1
            ),
        ));
    }
    Ok(rt.none())
}

/// Called once the built-in types exist: gives `type` its `new` slot, adds `__new__` to the
/// built-in types' dicts, `object.__init_subclass__`, and the `__class__`/`__bases__` setters.
pub fn install(rt: &Runtime) {
    let t = rt.types();
    unsafe { t.type_.data().slots_mut().new = Some(type_new) };
    let mut all = t.all();
    all.extend(rt.exc().all());
    for ty in all {
        let Some(new) = ty.data().slots().new else {
            continue;
        };
        let inherited = ty
            .data()
            .base()
            .and_then(|b| rt.type_ref_of_type_value(b))
            .and_then(|b| b.data().slots().new)
            .is_some_and(|b| b as usize == new as usize);
        let has = rt
            .dict_data(ty.data().dict())
            .and_then(|d| d.get_str(rt, "__new__"))
            .is_some();
        // Built-in exceptions each expose their own `__new__` (as CPython's static types).
        let is_exc = ty.data().has_flag(flags::BASE_EXC_SUBCLASS);
        if (inherited && !is_exc) || has {
            continue;
        }
        let data = BuiltinFunctionData {
            name: "__new__",
            func: new_wrapper,
            self_: Some(ty.value()),
            owner: Some(ty),
            module: None,
        };
        if let Some(v) = unsafe { alloc_object(rt, t.builtin_function.0, data) } {
            rt.type_dict_set(ty, "__new__", v);
        }
    }
    rt.add_methods(
        t.object,
        &[MethodDef::class("__init_subclass__", object_init_subclass)],
    );
    rt.add_getsets(
        t.object,
        &[GetSetDef {
            name: "__class__",
            get: get_class,
            set: Some(set_class),
        }],
    );
    rt.add_getsets(
        t.type_,
        &[GetSetDef {
            name: "__bases__",
            get: get_bases,
            set: Some(set_bases),
        }],
    );
}

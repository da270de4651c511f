//! `object`: the root type, and the generic attribute protocol every instance uses (descriptors
//! on the type, then the instance's own attributes, then non-data descriptors and class values).

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::alloc_object;
use super::instance::{InstanceExt, ext_at};
use super::typeobj::{CmpOp, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

/// Most attributes a class lays out inline before instances switch to a dict.
const MAX_SHARED_KEYS: usize = 30;

pub fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(object_repr);
    s.str = Some(object_str);
    s.hash = Some(object_hash);
    s.richcompare = Some(object_richcompare);
    s.getattro = Some(generic_getattr);
    s.setattro = Some(generic_setattr);
    s.new = Some(object_new);
    s.init = Some(object_init);
    rt.add_getsets(
        ty,
        &[GetSetDef {
            name: "__class__",
            get: get_class,
            set: None,
        }],
    );
    rt.add_methods(
        ty,
        &[
            super::descr::MethodDef::method("__format__", super::format_spec::object_format),
            super::descr::MethodDef::class("__subclasshook__", object_subclasshook),
        ],
    );
}

/// `object.__subclasshook__`: no opinion (abc.ABCMeta asks it first).
fn object_subclasshook(rt: &Runtime, _: Args<'_>) -> PyResult<Value> {
    Ok(rt.not_implemented())
}

pub fn object_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let ty = rt.type_of(v);
    let d = ty.data();
    let module = rt.type_module_name(ty);
    let addr = v.bits();
    let s = match module.as_deref() {
        Some(m) if m != "builtins" => format!("<{m}.{} object at {addr:#x}>", d.qualname()),
        _ => format!("<{} object at {addr:#x}>", d.qualname()),
    };
    rt.new_str(&s)
}

fn object_str(rt: &Runtime, v: &Value) -> PyResult<Value> {
    rt.repr(v)
}

/// Identity hash: the address rotated by 4 bits, as CPython's pointer hash.
pub fn object_hash(_rt: &Runtime, v: &Value) -> PyResult<i64> {
    let a = v.bits();
    let h = a.rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn object_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(if a.is(b) {
            rt.bool_value(true)
        } else {
            rt.not_implemented()
        }),
        CmpOp::Ne => {
            // `!=` is the inverse of the type's `==`, unless that is NotImplemented.
            let ty = rt.type_of(a);
            match ty.data().slots().richcompare {
                Some(f) => {
                    let r = f(rt, a, b, CmpOp::Eq)?;
                    if rt.is_not_implemented(&r) {
                        Ok(r)
                    } else {
                        Ok(rt.bool_value(!rt.truthy(&r)?))
                    }
                }
                None => Ok(rt.not_implemented()),
            }
        }
        _ => Ok(rt.not_implemented()),
    }
}

fn get_class(rt: &Runtime, v: &Value) -> PyResult<Value> {
    Ok(rt.type_of(v).value())
}

/// The attribute storage of `obj`, when its type has one.
#[inline]
pub fn instance_ext<'a>(rt: &Runtime, obj: &'a Value) -> Option<&'a InstanceExt> {
    let h = obj.heap()?;
    let off = rt.type_of(obj).data().ext_offset.get();
    if off == 0 {
        None
    } else {
        Some(unsafe { ext_at(h, off) })
    }
}

/// Reads an instance attribute from its inline values or dict (no descriptors involved).
pub fn instance_attr(rt: &Runtime, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(ext) = instance_ext(rt, obj) else {
        return Ok(None);
    };
    if let Some(d) = unsafe { (*ext.dict.get()).clone() } {
        return rt.dict_data(&d).map_or(Ok(None), |dd| dd.get(rt, name));
    }
    let td = rt.type_of(obj).data();
    if td.shared_keys_mask.get() & key_bit(name) == 0
        && rt.str_data(name).is_some_and(|d| d.is_interned())
    {
        // An interned name that is no shared key (a method's name, say): absent.
        return Ok(None);
    }
    let keys = unsafe { &*td.shared_keys.get() };
    let values = unsafe { &*ext.values.get() };
    Ok(shared_key_index(rt, keys, name).and_then(|i| values.get(i).cloned().flatten()))
}

/// A str's bit in its class's `shared_keys_mask`, from its address. Strs come from pools of
/// equal-sized slots, so their low address bits repeat: a multiplicative hash spreads them over
/// every bit of the mask (the address shifted right reached only a quarter of them, and most
/// method loads in deltablue then searched the keys).
#[inline(always)]
pub fn key_bit(name: &Value) -> usize {
    let h = (name.bits() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    1 << (h >> (64 - usize::BITS.trailing_zeros()))
}

/// The position of `name` among a class's shared keys (interned strs without surrogates).
/// Names from code are interned too, so identity decides for them; any other str is compared
/// by its cached hash, then its text.
#[inline]
pub fn shared_key_index(rt: &Runtime, keys: &[Value], name: &Value) -> Option<usize> {
    if let Some(i) = keys.iter().position(|k| k.is(name)) {
        return Some(i);
    }
    let nd = rt.str_data(name)?;
    if nd.is_interned() {
        return None;
    }
    let h = nd.hash();
    keys.iter().position(|k| {
        rt.str_data(k)
            .is_some_and(|kd| kd.hash() == h && kd.same_text(nd))
    })
}

/// Stores (or deletes, with `None`) an instance attribute; false when the name was absent on
/// delete. Returns `Ok(None)` when the object has no attribute storage.
pub fn set_instance_attr(
    rt: &Runtime,
    obj: &Value,
    name: &Value,
    value: Option<&Value>,
) -> PyResult<Option<bool>> {
    let Some(ext) = instance_ext(rt, obj) else {
        return Ok(None);
    };
    if let Some(d) = unsafe { (*ext.dict.get()).clone() } {
        let dd = rt
            .dict_data(&d)
            .ok_or_else(|| rt.type_error("__dict__ must be a dict"))?;
        return match value {
            Some(v) => dd.set(rt, name.clone(), v.clone()).map(|_| Some(true)),
            None => dd.remove(rt, name).map(|old| Some(old.is_some())),
        };
    }
    let ty = rt.type_of(obj);
    let keys = unsafe { &mut *ty.data().shared_keys.get() };
    let name_s = rt.str_exact(name);
    let values = unsafe { &mut *ext.values.get() };
    let idx = shared_key_index(rt, keys, name);
    match (idx, value) {
        (Some(i), Some(v)) if adds_out_of_order(values, i) => {
            let d = materialize_dict(rt, obj)?.ok_or_else(|| rt.type_error("no __dict__"))?;
            rt.dict_data(&d)
                .ok_or_else(|| rt.type_error("__dict__ must be a dict"))?
                .set(rt, name.clone(), v.clone())?;
            Ok(Some(true))
        }
        (Some(i), Some(v)) => {
            if values.len() <= i {
                values.resize(i + 1, None);
            }
            let old = values[i].replace(v.clone());
            drop(old);
            Ok(Some(true))
        }
        (Some(i), None) => {
            let old = values.get_mut(i).and_then(|s| s.take());
            let had = old.is_some();
            drop(old);
            Ok(Some(had))
        }
        (None, None) => Ok(Some(false)),
        (None, Some(v)) => {
            if keys.len() < MAX_SHARED_KEYS && name_s.is_some() {
                let key = rt.intern(name_s.unwrap_or_default());
                ty.data()
                    .shared_keys_mask
                    .set(ty.data().shared_keys_mask.get() | key_bit(&key));
                keys.push(key);
                values.resize(keys.len(), None);
                values[keys.len() - 1] = Some(v.clone());
                Ok(Some(true))
            } else {
                let d = materialize_dict(rt, obj)?.ok_or_else(|| rt.type_error("no __dict__"))?;
                rt.dict_data(&d)
                    .ok_or_else(|| rt.type_error("__dict__ must be a dict"))?
                    .set(rt, name.clone(), v.clone())?;
                Ok(Some(true))
            }
        }
    }
}

/// Whether storing at shared key `i` adds an attribute the instance lacks while it has one
/// laid out after it: inline values are ordered by the class's keys, and `__dict__` must keep
/// the instance's own insertion order, so such an instance moves its attributes to a dict.
#[inline(always)]
pub fn adds_out_of_order(values: &[Option<Value>], i: usize) -> bool {
    values.get(i).is_none_or(|v| v.is_none())
        && values
            .get(i + 1..)
            .is_some_and(|later| later.iter().any(Option::is_some))
}

/// The instance's `__dict__`, built from its inline values the first time it is asked for.
pub fn materialize_dict(rt: &Runtime, obj: &Value) -> PyResult<Option<Value>> {
    let Some(ext) = instance_ext(rt, obj) else {
        return Ok(None);
    };
    if let Some(d) = unsafe { (*ext.dict.get()).clone() } {
        return Ok(Some(d));
    }
    let d = rt.new_dict()?;
    let keys: Vec<Value> = unsafe { (*rt.type_of(obj).data().shared_keys.get()).clone() };
    let values = core::mem::take(unsafe { &mut *ext.values.get() });
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    for (k, v) in keys.into_iter().zip(values) {
        if let Some(v) = v {
            dd.set(rt, k, v)?;
        }
    }
    unsafe { *ext.dict.get() = Some(d.clone()) };
    Ok(Some(d))
}

fn is_data_descriptor(rt: &Runtime, v: &Value) -> bool {
    rt.type_of(v).data().slots().descr_set.is_some()
}

/// `object.__getattribute__`.
pub fn generic_getattr(rt: &Runtime, obj: &Value, name: &Value) -> PyResult<Value> {
    let Some(name_s) = rt.str_of(name) else {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            rt.type_name(name)
        )));
    };
    let ty = rt.type_of(obj);
    let descr = rt.lookup_name_in_type(ty, name);
    if let Some(d) = &descr
        && is_data_descriptor(rt, d)
        && let Some(get) = rt.type_of(d).data().slots().descr_get
    {
        return get(rt, d, Some(obj), &ty.value());
    }
    if let Some(v) = instance_attr(rt, obj, name)? {
        return Ok(v);
    }
    if let Some(d) = descr {
        if let Some(get) = rt.type_of(&d).data().slots().descr_get {
            return get(rt, &d, Some(obj), &ty.value());
        }
        return Ok(d);
    }
    Err(rt.attribute_error(format!(
        "'{}' object has no attribute '{name_s}'",
        ty.data().name()
    )))
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(
    rt: &Runtime,
    obj: &Value,
    name: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let Some(name_s) = rt.str_of(name) else {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            rt.type_name(name)
        )));
    };
    let ty = rt.type_of(obj);
    if let Some(d) = rt.lookup_name_in_type(ty, name)
        && let Some(set) = rt.type_of(&d).data().slots().descr_set
    {
        return set(rt, &d, obj, value);
    }
    match set_instance_attr(rt, obj, name, value)? {
        Some(true) => Ok(()),
        Some(false) => Err(rt.attribute_error(format!(
            "'{}' object has no attribute '{name_s}'",
            ty.data().name()
        ))),
        None => Err(
            rt.attribute_error(if rt.lookup_name_in_type(ty, name).is_some() {
                format!(
                    "'{}' object attribute '{name_s}' is read-only",
                    ty.data().name()
                )
            } else {
                format!("'{}' object has no attribute '{name_s}'", ty.data().name())
            }),
        ),
    }
}

/// `object.__new__(cls)`.
pub fn object_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("object.__new__(X): X is not a type object"))?;
    if !args.all.is_empty() {
        let overrides_new = !rt.lookup_in_type(ty, "__new__").is_some_and(|n| {
            rt.lookup_in_type(rt.types().object, "__new__")
                .is_some_and(|o| o.is(&n))
        });
        let has_init =
            ty.data().slots().init.map(|f| f as usize) != Some(object_init as *const () as usize);
        if overrides_new || !has_init {
            return Err(rt.type_error(format!("{}() takes no arguments", ty.data().name())));
        }
    }
    // Classes made by a metaclass (abc.ABCMeta) may list abstract methods; plain classes
    // skip the dict lookup.
    if rt.type_of(cls) != rt.types().type_ {
        check_abstract(rt, ty)?;
    }
    alloc_instance(rt, ty)
}

/// CPython's "Can't instantiate abstract class" check over the class's own
/// `__abstractmethods__` (names sorted, as 3.11 prints them).
fn check_abstract(rt: &Runtime, ty: TypeRef) -> PyResult<()> {
    let Some(d) = rt.dict_data(ty.data().dict()) else {
        return Ok(());
    };
    let Some(abs) = d.get_str(rt, "__abstractmethods__") else {
        return Ok(());
    };
    let mut names = Vec::new();
    for n in rt.collect(&abs)? {
        names.push(rt.str_string(&n)?);
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(rt.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        ty.data().name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// A fresh instance of `ty` with default payload (for `object.__new__` and subclasses).
pub fn alloc_instance(rt: &Runtime, ty: TypeRef) -> PyResult<Value> {
    if ty == rt.types().object {
        return unsafe { alloc_object(rt, ty.0, ()) }.ok_or_else(|| rt.memory_error());
    }
    match ty.data().subclass.get() {
        Some(layout) if ty.data().is_heap() => {
            (layout.alloc)(rt, ty.0).ok_or_else(|| rt.memory_error())
        }
        _ => Err(rt.type_error(format!("cannot create '{}' instances", ty.data().name()))),
    }
}

fn object_init(rt: &Runtime, obj: &Value, args: Args<'_>) -> PyResult<()> {
    if !args.all.is_empty() {
        let ty = rt.type_of(obj);
        let own_init =
            ty.data().slots().init.map(|f| f as usize) != Some(object_init as *const () as usize);
        let own_new =
            ty.data().slots().new.map(|f| f as usize) != Some(object_new as *const () as usize);
        if own_init || !own_new {
            return Err(rt.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.data().name()
            )));
        }
    }
    Ok(())
}

impl Runtime {
    /// `type.__module__` as text: the dict's `__module__`, else the prefix of a built-in's name.
    pub fn type_module_name(&self, ty: TypeRef) -> Option<alloc::string::String> {
        let d = ty.data();
        if d.is_heap() {
            let m = self.dict_data(d.dict())?.get_str(self, "__module__")?;
            return self.str_of(&m).map(alloc::string::String::from);
        }
        match d.full_name().rfind('.') {
            Some(i) => Some(alloc::string::String::from(&d.full_name()[..i])),
            None => Some(alloc::string::String::from("builtins")),
        }
    }
}

//! `type`: calling a type makes an instance (`__new__` then `__init__`); attribute lookup on a
//! type walks its MRO and the metatype; the computed attributes (`__name__`, `__mro__`, ...).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::typeobj::{TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

pub fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(type_repr);
    // `int | str` (PEP 604).
    s.binary[super::typeobj::BinOp::Or as usize] = Some(super::union_type::type_or);
    s.call = Some(type_call);
    s.init = Some(type_init);
    s.getattro = Some(type_getattro);
    s.setattro = Some(type_setattro);
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "__name__",
                get: get_name,
                set: Some(set_name),
            },
            GetSetDef {
                name: "__qualname__",
                get: get_qualname,
                set: Some(set_qualname),
            },
            GetSetDef {
                name: "__mro__",
                get: get_mro,
                set: Some(super::getset::readonly_member),
            },
            GetSetDef {
                name: "__bases__",
                get: get_bases,
                set: None,
            },
            GetSetDef {
                name: "__base__",
                get: get_base,
                set: None,
            },
            GetSetDef {
                name: "__module__",
                get: get_module,
                set: Some(set_module),
            },
            GetSetDef {
                name: "__dict__",
                get: get_dict,
                set: None,
            },
        ],
    );
    rt.add_methods(
        ty,
        &[
            MethodDef::method("mro", type_mro),
            MethodDef::method("__subclasses__", type_subclasses),
            MethodDef::method("__instancecheck__", |rt, a| {
                let v = type_method_args(rt, &a, "__instancecheck__", 1)?;
                let ty = as_type(rt, &v[0])?;
                Ok(rt.bool_value(rt.is_subtype(rt.type_of(&v[1]), ty)))
            }),
            MethodDef::method("__subclasscheck__", |rt, a| {
                let v = type_method_args(rt, &a, "__subclasscheck__", 1)?;
                let ty = as_type(rt, &v[0])?;
                let sub = rt
                    .type_ref_of_type_value(&v[1])
                    .ok_or_else(|| rt.type_error("issubclass() arg 1 must be a class"))?;
                Ok(rt.bool_value(rt.is_subtype(sub, ty)))
            }),
            // The default namespace a class body runs in; metaclasses may return their own.
            MethodDef::class("__prepare__", |rt, _| rt.new_dict()),
        ],
    );
}

/// Checks `type.name(self, ...)` got exactly `extra` arguments after self.
fn type_method_args<'a>(
    rt: &Runtime,
    a: &'a Args<'_>,
    name: &str,
    extra: usize,
) -> PyResult<&'a [Value]> {
    let v = a.pos();
    if !a.kwnames.is_empty() || v.len() != extra + 1 {
        return Err(rt.type_error(format!(
            "type.{name}() takes exactly {extra} argument{} ({} given)",
            if extra == 1 { "" } else { "s" },
            v.len().saturating_sub(1)
        )));
    }
    Ok(v)
}

/// `type.mro(cls)`: the linearization `__mro__` was computed from, as a list.
fn type_mro(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = type_method_args(rt, &a, "mro", 0)?;
    let ty = as_type(rt, &v[0])?;
    rt.new_list(ty.data().mro().to_vec())
}

/// `type.__subclasses__()`: the live direct subclasses, oldest first.
fn type_subclasses(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__subclasses__", 1, 1)?;
    let ty = as_type(rt, &v[0])?;
    // SAFETY: a type unlinks itself from its bases' lists before it is freed.
    let subs: Vec<Value> = ty
        .data()
        .subclasses()
        .iter()
        .map(|p| unsafe { Value::from_header(*p) })
        .collect();
    rt.new_list(subs)
}

/// The heap type whose `attr` is being assigned: CPython's TypeErrors for deletion and for
/// built-in types (which `type_setattro` has already rejected, but the descriptor can be
/// called directly).
fn settable_type(rt: &Runtime, v: &Value, value: Option<&Value>, attr: &str) -> PyResult<TypeRef> {
    let ty = as_type(rt, v)?;
    if value.is_none() || !ty.data().is_heap() {
        let verb = if value.is_none() { "delete" } else { "set" };
        return Err(rt.type_error(format!(
            "cannot {verb} '{attr}' attribute of immutable type '{}'",
            ty.data().name()
        )));
    }
    Ok(ty)
}

fn new_name_str<'a>(rt: &'a Runtime, ty: TypeRef, v: &'a Value, attr: &str) -> PyResult<&'a str> {
    rt.str_of(v).ok_or_else(|| {
        rt.type_error(format!(
            "can only assign string to {}.{attr}, not '{}'",
            ty.data().name(),
            rt.type_name(v)
        ))
    })
}

fn set_name(rt: &Runtime, v: &Value, value: Option<&Value>) -> PyResult<()> {
    let ty = settable_type(rt, v, value, "__name__")?;
    let Some(value) = value else { return Ok(()) };
    let s = new_name_str(rt, ty, value, "__name__")?;
    if s.contains('\0') {
        return Err(rt.value_error("type name must not contain null characters"));
    }
    ty.data().set_name(s);
    Ok(())
}

fn set_qualname(rt: &Runtime, v: &Value, value: Option<&Value>) -> PyResult<()> {
    let ty = settable_type(rt, v, value, "__qualname__")?;
    let Some(value) = value else { return Ok(()) };
    let s = new_name_str(rt, ty, value, "__qualname__")?;
    ty.data().set_qualname(s);
    Ok(())
}

fn set_module(rt: &Runtime, v: &Value, value: Option<&Value>) -> PyResult<()> {
    let ty = settable_type(rt, v, value, "__module__")?;
    let Some(value) = value else { return Ok(()) };
    let d = rt
        .dict_data(ty.data().dict())
        .ok_or_else(|| rt.type_error("type has no dict"))?;
    // New versions before and after: a `__del__` run by the replaced value's release must not
    // find the old value through a cached lookup (type_cache.rs).
    ty.data().modified();
    d.set(rt, rt.intern("__module__"), value.clone())?;
    ty.data().modified();
    Ok(())
}

fn as_type(rt: &Runtime, v: &Value) -> PyResult<TypeRef> {
    rt.type_ref_of_type_value(v)
        .ok_or_else(|| rt.type_error("descriptor requires a 'type' object"))
}

fn type_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let ty = as_type(rt, v)?;
    let s = match rt.type_module_name(ty).as_deref() {
        Some("builtins") => format!("<class '{}'>", ty.data().qualname()),
        // A class without `__module__` shows its plain name, as CPython's tp_name.
        None => format!("<class '{}'>", ty.data().name()),
        Some(m) => format!("<class '{m}.{}'>", ty.data().qualname()),
    };
    rt.new_str(&s)
}

fn type_call(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = as_type(rt, cls)?;
    if ty == rt.types().type_ && args.all.len() == 1 && args.kwnames.is_empty() {
        return Ok(rt.type_of(&args.all[0]).value());
    }
    let Some(new) = ty.data().slots().new else {
        return Err(rt.type_error(format!("cannot create '{}' instances", ty.data().name())));
    };
    let obj = new(rt, cls, args)?;
    if rt.isinstance_type(&obj, ty)
        && let Some(init) = rt.type_of(&obj).data().slots().init
    {
        init(rt, &obj, args)?;
    }
    Ok(obj)
}

/// `type.__init__(cls, name, bases, ns)` or `type.__init__(obj)`: the work happened in
/// `__new__`; this only checks the count, so metaclass `__init__`s can call super().
fn type_init(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<()> {
    let n = args.pos().len();
    if n != 1 && n != 3 {
        return Err(rt.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// `type.__getattribute__`.
pub fn type_getattro(rt: &Runtime, cls: &Value, name: &Value) -> PyResult<Value> {
    let ty = as_type(rt, cls)?;
    let Some(name_s) = rt.str_of(name) else {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            rt.type_name(name)
        )));
    };
    let meta = rt.type_of(cls);
    let meta_attr = rt.lookup_name_in_type(meta, name);
    if let Some(m) = &meta_attr {
        let s = rt.type_of(m).data().slots();
        if s.descr_set.is_some()
            && let Some(get) = s.descr_get
        {
            return get(rt, m, Some(cls), &meta.value());
        }
    }
    if let Some(a) = rt.lookup_name_in_type(ty, name) {
        if let Some(get) = rt.type_of(&a).data().slots().descr_get {
            return get(rt, &a, None, cls);
        }
        return Ok(a);
    }
    if let Some(m) = meta_attr {
        if let Some(get) = rt.type_of(&m).data().slots().descr_get {
            return get(rt, &m, Some(cls), &meta.value());
        }
        return Ok(m);
    }
    Err(rt.attribute_error(format!(
        "type object '{}' has no attribute '{name_s}'",
        ty.data().name()
    )))
}

fn type_setattro(rt: &Runtime, cls: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let ty = as_type(rt, cls)?;
    let Some(name_s) = rt.str_of(name) else {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            rt.type_name(name)
        )));
    };
    if !ty.data().is_heap() {
        return Err(rt.type_error(format!(
            "cannot set '{name_s}' attribute of immutable type '{}'",
            ty.data().name()
        )));
    }
    let meta = rt.type_of(cls);
    if let Some(d) = rt.lookup_name_in_type(meta, name)
        && let Some(set) = rt.type_of(&d).data().slots().descr_set
    {
        return set(rt, &d, cls, value);
    }
    let dict = rt
        .dict_data(ty.data().dict())
        .ok_or_else(|| rt.type_error("type has no dict"))?;
    // A name with lone surrogates is not interned (its text would be the lossy view).
    let key = if rt.str_exact(name).is_some() {
        rt.intern(name_s)
    } else {
        name.clone()
    };
    // New versions before the change too: a `__del__` run by the replaced value's release
    // must not find the old value through a cached lookup (type_cache.rs).
    ty.data().modified();
    match value {
        Some(v) => dict.set(rt, key, v.clone())?,
        None => {
            if dict.remove(rt, &key)?.is_none() {
                return Err(rt.attribute_error(format!(
                    "type object '{}' has no attribute '{name_s}'",
                    ty.data().name()
                )));
            }
        }
    }
    // Any change can affect lookups through this type and its subclasses.
    ty.data().modified();
    crate::object::heaptype::update_slot(rt, ty, name_s);
    Ok(())
}

fn get_name(rt: &Runtime, v: &Value) -> PyResult<Value> {
    rt.new_str(as_type(rt, v)?.data().name())
}
fn get_qualname(rt: &Runtime, v: &Value) -> PyResult<Value> {
    rt.new_str(as_type(rt, v)?.data().qualname())
}
fn get_mro(rt: &Runtime, v: &Value) -> PyResult<Value> {
    rt.new_tuple(as_type(rt, v)?.data().mro().to_vec())
}
fn get_bases(rt: &Runtime, v: &Value) -> PyResult<Value> {
    rt.new_tuple(as_type(rt, v)?.data().bases().to_vec())
}
fn get_base(rt: &Runtime, v: &Value) -> PyResult<Value> {
    Ok(as_type(rt, v)?
        .data()
        .base()
        .cloned()
        .unwrap_or_else(|| rt.none()))
}
fn get_module(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let ty = as_type(rt, v)?;
    if ty.data().is_heap()
        && let Some(m) = rt
            .dict_data(ty.data().dict())
            .and_then(|d| d.get_str(rt, "__module__"))
    {
        return Ok(m);
    }
    let m = rt
        .type_module_name(ty)
        .unwrap_or_else(|| String::from("builtins"));
    rt.new_str(&m)
}
fn get_dict(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let ty = as_type(rt, v)?;
    crate::object::iterators::new_mappingproxy(rt, ty.data().dict().clone())
}

impl Runtime {
    /// The C3 linearization of a new class with the given bases; CPython's TypeError when the
    /// bases cannot be ordered consistently.
    pub fn c3_mro(&self, new: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = Vec::new();
        for b in bases {
            let t = self
                .type_ref_of_type_value(b)
                .ok_or_else(|| self.type_error("bases must be types"))?;
            seqs.push(t.data().mro().to_vec());
        }
        seqs.push(bases.to_vec());
        let mut out = alloc::vec![new.clone()];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs.iter().find_map(|s| {
                let head = &s[0];
                let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
                if in_tail { None } else { Some(head.clone()) }
            });
            let Some(c) = candidate else {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    if let Some(t) = self.type_ref_of_type_value(&s[0]) {
                        let n = String::from(t.data().name());
                        if !names.contains(&n) {
                            names.push(n);
                        }
                    }
                }
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if s[0].is(&c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// Whether a type is `type` or a metaclass.
    pub fn is_type_subclass(&self, ty: TypeRef) -> bool {
        ty.data().has_flag(flags::TYPE_SUBCLASS)
    }
}

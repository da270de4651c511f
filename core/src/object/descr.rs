//! Built-in callables and descriptors: builtin functions (and bound builtin methods), method
//! descriptors of built-in types, and slot wrappers (`int.__add__`) that expose the slot table
//! to Python.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::{BinOp, CmpOp, NativeFn, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

/// How a method in a built-in type's table binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// Receives the instance as `args[0]`.
    Instance,
    /// Receives the class as `args[0]` (e.g. `dict.fromkeys`).
    Class,
    /// Receives no implicit first argument (e.g. `str.maketrans`).
    Static,
}

/// One entry of a built-in type's method table.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Instance,
        }
    }
    pub const fn class(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Class,
        }
    }
    pub const fn static_(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Static,
        }
    }
}

/// A builtin function, or a builtin method bound to `self_`.
pub struct BuiltinFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// Qualified-name prefix for repr: the owning type's name for methods.
    pub owner: Option<TypeRef>,
    /// The module a module-level function belongs to (its `__module__`); None for builtins
    /// and methods.
    pub module: Option<&'static str>,
}

impl Payload for BuiltinFunctionData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}

/// A method of a built-in type, looked up on the type (`str.upper`).
pub struct MethodDescrData {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: TypeRef,
    pub kind: MethodKind,
}

impl Payload for MethodDescrData {}

/// Which slot a wrapper exposes.
#[derive(Clone, Copy, Debug)]
pub enum SlotKind {
    Binary(BinOp),
    RBinary(BinOp),
    InPlace(BinOp),
    Compare(CmpOp),
    DivMod,
    RDivMod,
    Repr,
    Str,
    Hash,
    Bool,
    Len,
    Neg,
    Pos,
    Invert,
    Abs,
    Int,
    Float,
    Index,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Iter,
    Next,
    Call,
    Init,
    GetAttribute,
    SetAttr,
    DelAttr,
    Get,
    Set,
    Delete,
}

/// A slot exposed as a Python method (`int.__add__`): calls the owner's slot function.
pub struct SlotWrapperData {
    pub name: &'static str,
    pub kind: SlotKind,
    pub owner: TypeRef,
    /// The bound instance (`(1).__add__`), or `None` for the unbound wrapper.
    pub self_: Option<Value>,
}

impl Payload for SlotWrapperData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}

impl Runtime {
    pub fn new_builtin_function(&self, name: &'static str, func: NativeFn) -> PyResult<Value> {
        let data = BuiltinFunctionData {
            name,
            func,
            self_: None,
            owner: None,
            module: None,
        };
        unsafe { alloc_object(self, self.types().builtin_function.0, data) }
            .ok_or_else(|| self.memory_error())
    }

    /// A function of module `module` (see `BuiltinFunctionData::module`).
    pub fn new_module_function(
        &self,
        module: &'static str,
        name: &'static str,
        func: NativeFn,
    ) -> PyResult<Value> {
        let data = BuiltinFunctionData {
            name,
            func,
            self_: None,
            owner: None,
            module: Some(module),
        };
        unsafe { alloc_object(self, self.types().builtin_function.0, data) }
            .ok_or_else(|| self.memory_error())
    }

    /// Installs a built-in type's method table into its dict.
    pub fn add_methods(&self, ty: TypeRef, defs: &[MethodDef]) {
        for d in defs {
            let descr_ty = match d.kind {
                MethodKind::Class => self.types().classmethod_descriptor,
                _ => self.types().method_descriptor,
            };
            let data = MethodDescrData {
                name: d.name,
                func: d.func,
                owner: ty,
                kind: d.kind,
            };
            let v = unsafe { alloc_object(self, descr_ty.0, data) }.expect("bootstrap allocation");
            self.type_dict_set(ty, d.name, v);
        }
    }

    /// Sets an attribute in a type's dict (bootstrap and built-in module setup).
    pub fn type_dict_set(&self, ty: TypeRef, name: &str, v: Value) {
        let key = self.intern(name);
        if let Some(d) = self.dict_data(ty.data().dict()) {
            let _ = d.set(self, key, v);
        }
        // Lookups cached for the old contents (type_cache.rs) must not match any more.
        ty.data().modified();
    }
}

/// Calls a builtin function or bound builtin method.
pub fn call_builtin_function(rt: &Runtime, callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let f = unsafe {
        callable
            .heap()
            .unwrap_unchecked()
            .payload::<BuiltinFunctionData>()
    };
    match &f.self_ {
        None => (f.func)(rt, args),
        Some(s) => {
            let mut all = Vec::with_capacity(args.all.len() + 1);
            all.push(s.clone());
            all.extend_from_slice(args.all);
            (f.func)(rt, Args::new(&all, args.kwnames))
        }
    }
}

/// Calls a method descriptor directly: `str.upper("a")`.
pub fn call_method_descriptor(rt: &Runtime, callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let d = unsafe {
        callable
            .heap()
            .unwrap_unchecked()
            .payload::<MethodDescrData>()
    };
    let owner = d.owner.data().tp_name();
    match d.kind {
        MethodKind::Static => (d.func)(rt, args),
        MethodKind::Instance | MethodKind::Class => {
            let Some(first) = args.pos().first() else {
                return Err(rt.type_error(format!(
                    "unbound method {owner}.{}() needs an argument",
                    d.name
                )));
            };
            let ok = if d.kind == MethodKind::Class {
                rt.type_ref_of_type_value(first)
                    .is_some_and(|t| rt.is_subtype(t, d.owner))
            } else {
                rt.isinstance_type(first, d.owner)
            };
            if !ok {
                let what = rt.type_of(first);
                return Err(rt.type_error(format!(
                    "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
                    d.name,
                    what.data().tp_name()
                )));
            }
            (d.func)(rt, args)
        }
    }
}

/// `descr.__get__`: binds a method descriptor to an instance (or the class, for class methods).
pub fn method_descriptor_get(
    rt: &Runtime,
    descr: &Value,
    obj: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    let d = unsafe { descr.heap().unwrap_unchecked().payload::<MethodDescrData>() };
    let self_ = match d.kind {
        MethodKind::Instance => match obj {
            Some(o) => o.clone(),
            None => return Ok(descr.clone()),
        },
        MethodKind::Class => owner.clone(),
        MethodKind::Static => return rt.new_builtin_function(d.name, d.func),
    };
    let data = BuiltinFunctionData {
        name: d.name,
        func: d.func,
        self_: Some(self_),
        owner: Some(d.owner),
        module: None,
    };
    unsafe { alloc_object(rt, rt.types().builtin_function.0, data) }
        .ok_or_else(|| rt.memory_error())
}

fn builtin_data<'v>(rt: &Runtime, v: &'v Value) -> PyResult<&'v BuiltinFunctionData> {
    if rt.type_of(v) != rt.types().builtin_function {
        return Err(rt.type_error("descriptor requires a 'builtin_function_or_method' object"));
    }
    Ok(unsafe { v.heap().unwrap_unchecked().payload::<BuiltinFunctionData>() })
}

pub fn builtin_function_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<BuiltinFunctionData>("builtin_function_or_method", |rt, ty| {
        rt.add_getsets(
            ty,
            &[
                super::getset::GetSetDef {
                    name: "__name__",
                    get: |rt, v| rt.new_str(builtin_data(rt, v)?.name),
                    set: None,
                },
                super::getset::GetSetDef {
                    name: "__qualname__",
                    get: |rt, v| {
                        let f = builtin_data(rt, v)?;
                        match f.owner {
                            Some(o) => rt.new_str(&format!("{}.{}", o.data().name(), f.name)),
                            None => rt.new_str(f.name),
                        }
                    },
                    set: None,
                },
                super::getset::GetSetDef {
                    // A plain builtin's `__self__` is its module; we have none to give: None.
                    name: "__self__",
                    get: |rt, v| {
                        Ok(builtin_data(rt, v)?
                            .self_
                            .clone()
                            .unwrap_or_else(|| rt.none()))
                    },
                    set: None,
                },
                super::getset::GetSetDef {
                    // Plain builtins live in `builtins`; methods bound to objects have none.
                    name: "__module__",
                    get: |rt, v| {
                        let f = builtin_data(rt, v)?;
                        match (&f.self_, f.module) {
                            (_, Some(m)) => rt.new_str(m),
                            (None, None) => rt.new_str("builtins"),
                            (Some(_), None) => Ok(rt.none()),
                        }
                    },
                    set: None,
                },
            ],
        );
        let s = unsafe { ty.data().slots_mut() };
        s.call = Some(call_builtin_function);
        s.repr = Some(|rt, v| {
            let f = unsafe { v.heap().unwrap_unchecked().payload::<BuiltinFunctionData>() };
            let text = match (&f.self_, f.owner) {
                (Some(obj), Some(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    f.name,
                    rt.type_name(obj),
                    obj.bits()
                ),
                _ => format!("<built-in function {}>", f.name),
            };
            rt.new_str(&text)
        });
    })
}

pub fn method_descriptor_spec(name: &'static str) -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<MethodDescrData>(name, |_, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.call = Some(call_method_descriptor);
        s.descr_get = Some(method_descriptor_get);
        s.repr = Some(|rt, v| {
            let d = unsafe { v.heap().unwrap_unchecked().payload::<MethodDescrData>() };
            rt.new_str(&format!(
                "<method '{}' of '{}' objects>",
                d.name,
                d.owner.data().name()
            ))
        });
    })
}

pub fn slot_wrapper_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<SlotWrapperData>("wrapper_descriptor", |_, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.call = Some(super::slot_wrappers::call_slot_wrapper);
        s.descr_get = Some(super::slot_wrappers::slot_wrapper_get);
        s.repr = Some(|rt, v| {
            let d = unsafe { v.heap().unwrap_unchecked().payload::<SlotWrapperData>() };
            rt.new_str(&format!(
                "<slot wrapper '{}' of '{}' objects>",
                d.name,
                d.owner.data().name()
            ))
        });
    })
}

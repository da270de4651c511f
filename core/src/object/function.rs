//! `function`: a code object plus what a call needs (globals, builtins, defaults, closure).
//! Running one is the interpreter's job, reached through `rt.hooks.call_function`.

use alloc::format;
use core::cell::{Cell, UnsafeCell};

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::value::Value;
use crate::runtime::Runtime;

pub struct FunctionData {
    pub code: UnsafeCell<Value>,
    pub globals: Value,
    /// The builtins namespace (a dict or module), or None.
    pub builtins: Value,
    pub name: UnsafeCell<Value>,
    pub qualname: UnsafeCell<Value>,
    /// Tuple or None.
    pub defaults: UnsafeCell<Value>,
    /// Dict or None.
    pub kwdefaults: UnsafeCell<Value>,
    /// Tuple of cells or None.
    pub closure: UnsafeCell<Value>,
    /// Dict, made on first access.
    pub annotations: UnsafeCell<Option<Value>>,
    /// The function's `__dict__`, made on first use.
    pub dict: UnsafeCell<Option<Value>>,
    /// Code objects `__code__` held while frames running them borrowed them (see `set_code`),
    /// kept for the function's life.
    pub retired: UnsafeCell<alloc::vec::Vec<Value>>,
    pub module: UnsafeCell<Value>,
    pub doc: UnsafeCell<Value>,
    /// The call caches' function version: 0 until a CALL specializes for this function, then
    /// a runtime-unique number; back to 0 when `__code__`, `__defaults__`, `__kwdefaults__` or
    /// the closure change, so a cached version names this function in its current shape.
    pub version: Cell<u32>,
}

impl Payload for FunctionData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        unsafe {
            for c in [
                &self.code,
                &self.name,
                &self.qualname,
                &self.defaults,
                &self.kwdefaults,
                &self.closure,
                &self.module,
                &self.doc,
            ] {
                visit(&*c.get());
            }
            visit(&self.globals);
            visit(&self.builtins);
            if let Some(a) = &*self.annotations.get() {
                visit(a);
            }
            if let Some(d) = &*self.dict.get() {
                visit(d);
            }
            for c in (*self.retired.get()).iter() {
                visit(c);
            }
        }
    }
    fn clear(&self) {
        unsafe {
            let a = (*self.annotations.get()).take();
            let d = (*self.dict.get()).take();
            let none = Value::small_int(0).unwrap_unchecked();
            let c = core::mem::replace(&mut *self.closure.get(), none.clone());
            let x = core::mem::replace(&mut *self.defaults.get(), none.clone());
            let k = core::mem::replace(&mut *self.kwdefaults.get(), none);
            // A call cache must not take the cleared function for the one it specialized for.
            self.bump();
            drop((a, d, c, x, k));
        }
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a FunctionData> {
    super::method::checked(rt, v, rt.types().function, "function")
}

#[inline]
fn get(c: &UnsafeCell<Value>) -> Value {
    unsafe { (*c.get()).clone() }
}

fn put(c: &UnsafeCell<Value>, v: Value) {
    let old = unsafe { core::mem::replace(&mut *c.get(), v) };
    drop(old);
}

impl Runtime {
    /// `function(code, globals)`: name and qualname from the code, `__module__` from
    /// `globals['__name__']`, builtins from `globals['__builtins__']`.
    pub fn new_function(&self, code: Value, globals: Value) -> PyResult<Value> {
        let cd = self
            .code_data(&code)
            .ok_or_else(|| self.type_error("function() argument 'code' must be code"))?;
        let gd = self.dict_data(&globals).ok_or_else(|| {
            self.type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                self.type_name(&globals)
            ))
        })?;
        let module = gd.get_str(self, "__name__").unwrap_or_else(|| self.none());
        // `__builtins__` may be the module (as in `__main__`): functions keep its dict.
        let builtins = match gd.get_str(self, "__builtins__") {
            Some(b) => self.module_dict(&b).unwrap_or(b),
            None => self.none(),
        };
        let d = FunctionData {
            name: UnsafeCell::new(cd.name.clone()),
            qualname: UnsafeCell::new(cd.qualname.clone()),
            code: UnsafeCell::new(code.clone()),
            globals,
            builtins,
            defaults: UnsafeCell::new(self.none()),
            kwdefaults: UnsafeCell::new(self.none()),
            closure: UnsafeCell::new(self.none()),
            annotations: UnsafeCell::new(None),
            dict: UnsafeCell::new(None),
            retired: UnsafeCell::new(alloc::vec::Vec::new()),
            module: UnsafeCell::new(module),
            doc: UnsafeCell::new(self.none()),
            version: Cell::new(0),
        };
        unsafe { alloc_object(self, self.types().function.0, d) }.ok_or_else(|| self.memory_error())
    }

    /// The function payload of `v`, which the caller knows is a function (a call's callee
    /// after its version guard passed).
    ///
    /// # Safety
    /// `v` must be a function object.
    #[inline(always)]
    pub unsafe fn function_data_unchecked<'a>(&self, v: &'a Value) -> &'a FunctionData {
        debug_assert!(self.type_of(v) == self.types().function);
        unsafe { v.heap().unwrap_unchecked().payload::<FunctionData>() }
    }

    /// The function payload, when `v` is a function.
    #[inline]
    pub fn function_data<'a>(&self, v: &'a Value) -> Option<&'a FunctionData> {
        if self.type_of(v) != self.types().function {
            return None;
        }
        Some(unsafe { v.heap()?.payload::<FunctionData>() })
    }
}

impl FunctionData {
    #[inline]
    pub fn code(&self) -> Value {
        get(&self.code)
    }
    /// The code's payload, borrowed: valid until `__code__` is next assigned, so only for
    /// straight-line code that runs no Python code meanwhile.
    #[inline(always)]
    pub fn code_data<'a>(&'a self, rt: &Runtime) -> &'a crate::object::code::CodeData {
        // SAFETY: `__code__` only ever holds a code object (`new_function` and `set_code`
        // check), and the borrow ends before anything could assign it.
        unsafe { rt.code_data_unchecked(&*self.code.get()) }
    }
    pub fn defaults(&self) -> Value {
        get(&self.defaults)
    }
    pub fn kwdefaults(&self) -> Value {
        get(&self.kwdefaults)
    }
    pub fn closure(&self) -> Value {
        get(&self.closure)
    }
    /// Set by the interpreter's MAKE_FUNCTION.
    pub fn set_defaults(&self, v: Value) {
        put(&self.defaults, v);
        self.bump();
    }
    pub fn set_kwdefaults(&self, v: Value) {
        put(&self.kwdefaults, v);
        self.bump();
    }
    pub fn set_closure(&self, v: Value) {
        put(&self.closure, v);
        self.bump();
    }
    pub fn set_doc(&self, v: Value) {
        put(&self.doc, v);
    }
    pub fn set_qualname(&self, v: Value) {
        put(&self.qualname, v);
    }
    pub fn set_annotations(&self, v: Value) {
        let old = unsafe { (*self.annotations.get()).replace(v) };
        drop(old);
    }
    fn bump(&self) {
        self.version.set(0);
    }
}

fn function_call(rt: &Runtime, f: &Value, args: Args<'_>) -> PyResult<Value> {
    match rt.hooks.get().call_function {
        Some(call) => call(rt, f, args),
        None => Err(rt.type_error("the interpreter is not available")),
    }
}

fn function_get(rt: &Runtime, f: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    match obj {
        Some(o) if !rt.is_none(o) => rt.new_method(f.clone(), o.clone()),
        _ => Ok(f.clone()),
    }
}

fn function_repr(rt: &Runtime, f: &Value) -> PyResult<Value> {
    let q = get(&data(rt, f)?.qualname);
    rt.new_str(&format!(
        "<function {} at {:#x}>",
        rt.str_of(&q).unwrap_or("?"),
        f.bits()
    ))
}

fn func_dict(rt: &Runtime, f: &Value) -> PyResult<Value> {
    let d = data(rt, f)?;
    if let Some(x) = unsafe { (*d.dict.get()).clone() } {
        return Ok(x);
    }
    let x = rt.new_dict()?;
    unsafe { *d.dict.get() = Some(x.clone()) };
    Ok(x)
}

/// Type descriptors, then the function's `__dict__`.
fn function_getattro(rt: &Runtime, f: &Value, name: &Value) -> PyResult<Value> {
    let Some(n) = rt.str_of(name) else {
        return super::object_type::generic_getattr(rt, f, name);
    };
    let ty = rt.type_of(f);
    let descr = rt.lookup_in_type(ty, n);
    if let Some(d) = &descr {
        let s = rt.type_of(d).data().slots();
        if s.descr_set.is_some()
            && let Some(g) = s.descr_get
        {
            return g(rt, d, Some(f), &ty.value());
        }
    }
    if let Some(dict) = unsafe { (*data(rt, f)?.dict.get()).clone() }
        && let Some(dd) = rt.dict_data(&dict)
        && let Some(v) = dd.get(rt, name)?
    {
        return Ok(v);
    }
    if let Some(d) = descr {
        if let Some(g) = rt.type_of(&d).data().slots().descr_get {
            return g(rt, &d, Some(f), &ty.value());
        }
        return Ok(d);
    }
    Err(rt.attribute_error(format!("'function' object has no attribute '{n}'")))
}

fn function_setattro(rt: &Runtime, f: &Value, name: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(n) = rt.str_of(name) else {
        return super::object_type::generic_setattr(rt, f, name, v);
    };
    if let Some(d) = rt.lookup_in_type(rt.type_of(f), n)
        && let Some(set) = rt.type_of(&d).data().slots().descr_set
    {
        return set(rt, &d, f, v);
    }
    let dict = func_dict(rt, f)?;
    let dd = rt.dict_data(&dict).ok_or_else(|| rt.memory_error())?;
    match v {
        Some(v) => dd.set(rt, name.clone(), v.clone()),
        None => match dd.remove(rt, name)? {
            Some(_) => Ok(()),
            None => Err(rt.attribute_error(format!("'function' object has no attribute '{n}'"))),
        },
    }
}

fn set_code(rt: &Runtime, f: &Value, v: Option<&Value>) -> PyResult<()> {
    let d = data(rt, f)?;
    let Some(v) = v.filter(|v| rt.code_data(v).is_some()) else {
        return Err(rt.type_error("__code__ must be set to a code object"));
    };
    let nfree = |c: &Value| {
        rt.code_data(c)
            .and_then(|cd| rt.tuple_items(&cd.freevars).map(|t| t.len()))
            .unwrap_or(0)
    };
    let (have, want) = (nfree(&get(&d.code)), nfree(v));
    if have != want {
        let name = get(&d.name);
        return Err(rt.value_error(format!(
            "{}() requires a code object with {have} free vars, not {want}",
            rt.str_of(&name).unwrap_or("?")
        )));
    }
    let old = unsafe { core::mem::replace(&mut *d.code.get(), v.clone()) };
    // Running frames of this function borrow its code (`interp::push_frame_over`): the
    // function keeps it for them.
    let borrowed = unsafe { &*rt.interp.frames.get() }
        .iter()
        .any(|fr| fr.code_borrowed && fr.code.is(&old));
    if borrowed {
        let retired = unsafe { &mut *d.retired.get() };
        if retired.try_reserve(1).is_err() {
            unsafe { *d.code.get() = old };
            return Err(rt.memory_error());
        }
        retired.push(old);
    } else {
        drop(old);
    }
    d.bump();
    crate::tier2::invalidate::invalidate_all(rt);
    Ok(())
}

fn set_str_field(
    rt: &Runtime,
    f: &Value,
    v: Option<&Value>,
    which: fn(&FunctionData) -> &UnsafeCell<Value>,
    msg: &str,
) -> PyResult<()> {
    let d = data(rt, f)?;
    match v {
        Some(v) if rt.str_of(v).is_some() => {
            put(which(d), v.clone());
            Ok(())
        }
        _ => Err(rt.type_error(msg)),
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<FunctionData>("function", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.call = Some(function_call);
        s.descr_get = Some(function_get);
        s.repr = Some(function_repr);
        s.getattro = Some(function_getattro);
        s.setattro = Some(function_setattro);
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "__code__",
                    get: |rt, f| Ok(get(&data(rt, f)?.code)),
                    set: Some(set_code),
                },
                GetSetDef {
                    name: "__defaults__",
                    get: |rt, f| Ok(get(&data(rt, f)?.defaults)),
                    set: Some(|rt, f, v| {
                        let d = data(rt, f)?;
                        let v = match v {
                            None => rt.none(),
                            Some(v) if rt.is_none(v) || rt.tuple_items(v).is_some() => v.clone(),
                            Some(_) => {
                                return Err(
                                    rt.type_error("__defaults__ must be set to a tuple object")
                                );
                            }
                        };
                        d.set_defaults(v);
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "__kwdefaults__",
                    get: |rt, f| Ok(get(&data(rt, f)?.kwdefaults)),
                    set: Some(|rt, f, v| {
                        let d = data(rt, f)?;
                        let v = match v {
                            None => rt.none(),
                            Some(v) if rt.is_none(v) || rt.dict_data(v).is_some() => v.clone(),
                            Some(_) => {
                                return Err(
                                    rt.type_error("__kwdefaults__ must be set to a dict object")
                                );
                            }
                        };
                        d.set_kwdefaults(v);
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "__closure__",
                    get: |rt, f| Ok(get(&data(rt, f)?.closure)),
                    set: Some(|rt, _, _| Err(rt.attribute_error("readonly attribute"))),
                },
                GetSetDef {
                    name: "__globals__",
                    get: |rt, f| Ok(data(rt, f)?.globals.clone()),
                    set: Some(|rt, _, _| Err(rt.attribute_error("readonly attribute"))),
                },
                GetSetDef {
                    name: "__builtins__",
                    get: |rt, f| Ok(data(rt, f)?.builtins.clone()),
                    set: Some(|rt, _, _| Err(rt.attribute_error("readonly attribute"))),
                },
                GetSetDef {
                    name: "__name__",
                    get: |rt, f| Ok(get(&data(rt, f)?.name)),
                    set: Some(|rt, f, v| {
                        set_str_field(
                            rt,
                            f,
                            v,
                            |d| &d.name,
                            "__name__ must be set to a string object",
                        )
                    }),
                },
                GetSetDef {
                    name: "__qualname__",
                    get: |rt, f| Ok(get(&data(rt, f)?.qualname)),
                    set: Some(|rt, f, v| {
                        set_str_field(
                            rt,
                            f,
                            v,
                            |d| &d.qualname,
                            "__qualname__ must be set to a string object",
                        )
                    }),
                },
                GetSetDef {
                    name: "__module__",
                    get: |rt, f| Ok(get(&data(rt, f)?.module)),
                    set: Some(|rt, f, v| {
                        put(
                            &data(rt, f)?.module,
                            v.cloned().unwrap_or_else(|| rt.none()),
                        );
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "__doc__",
                    get: |rt, f| Ok(get(&data(rt, f)?.doc)),
                    set: Some(|rt, f, v| {
                        put(&data(rt, f)?.doc, v.cloned().unwrap_or_else(|| rt.none()));
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "__annotations__",
                    get: |rt, f| {
                        let d = data(rt, f)?;
                        if let Some(a) = unsafe { (*d.annotations.get()).clone() } {
                            return Ok(a);
                        }
                        let a = rt.new_dict()?;
                        d.set_annotations(a.clone());
                        Ok(a)
                    },
                    set: Some(|rt, f, v| {
                        let d = data(rt, f)?;
                        match v {
                            None => {
                                let old = unsafe { (*d.annotations.get()).take() };
                                drop(old);
                                Ok(())
                            }
                            Some(v) if rt.is_none(v) || rt.dict_data(v).is_some() => {
                                let v = if rt.is_none(v) { None } else { Some(v.clone()) };
                                let old =
                                    unsafe { core::mem::replace(&mut *d.annotations.get(), v) };
                                drop(old);
                                Ok(())
                            }
                            Some(_) => {
                                Err(rt.type_error("__annotations__ must be set to a dict object"))
                            }
                        }
                    }),
                },
                GetSetDef {
                    name: "__dict__",
                    get: func_dict,
                    set: Some(|rt, f, v| {
                        let d = data(rt, f)?;
                        match v {
                            None => Err(rt.type_error("cannot delete __dict__")),
                            Some(v) if rt.dict_data(v).is_some() => {
                                let old = unsafe { (*d.dict.get()).replace(v.clone()) };
                                drop(old);
                                Ok(())
                            }
                            Some(v) => Err(rt.type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                rt.type_name(v)
                            ))),
                        }
                    }),
                },
            ],
        );
    })
}

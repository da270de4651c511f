//! `module`: a namespace whose attributes live in its dict (`__dict__`), with the module-level
//! `__getattr__` fallback of PEP 562.

use alloc::format;
use core::cell::UnsafeCell;

use super::args::{Args, Signature};
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::Payload;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct ModuleData {
    /// The module's globals (`None` only before `__new__` finished).
    pub dict: UnsafeCell<Option<Value>>,
}

impl Payload for ModuleData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(d) = unsafe { &*self.dict.get() } {
            visit(d);
        }
    }
    fn clear(&self) {
        let old = unsafe { (*self.dict.get()).take() };
        drop(old);
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a ModuleData> {
    super::method::checked(rt, v, rt.types().module, "module")
}

impl Runtime {
    /// A new module named `name` with `__name__`, `__doc__` (None), `__package__`,
    /// `__loader__` and `__spec__` set.
    pub fn new_module(&self, name: &str) -> PyResult<Value> {
        let ty = self.types().module;
        let m = super::heaptype::alloc_default::<ModuleData>(self, ty, ty)?;
        let n = self.new_str(name)?;
        init_dict(self, &m, n, self.none())?;
        Ok(m)
    }

    /// The module's dict (its globals).
    #[inline]
    pub fn module_dict(&self, m: &Value) -> Option<Value> {
        // Not through `data`: no error is built (this is on the JIT's inline path).
        let h = m.heap()?;
        if !self.isinstance_type(m, self.types().module) {
            return None;
        }
        let d = unsafe { h.payload::<ModuleData>() };
        unsafe { (*d.dict.get()).clone() }
    }
}

fn init_dict(rt: &Runtime, m: &Value, name: Value, doc: Value) -> PyResult<()> {
    let md = data(rt, m)?;
    let d = match unsafe { (*md.dict.get()).clone() } {
        Some(d) => d,
        None => {
            let d = rt.new_dict()?;
            unsafe { *md.dict.get() = Some(d.clone()) };
            d
        }
    };
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    dd.set(rt, rt.intern("__name__"), name)?;
    dd.set(rt, rt.intern("__doc__"), doc)?;
    for k in ["__package__", "__loader__", "__spec__"] {
        dd.set(rt, rt.intern(k), rt.none())?;
    }
    Ok(())
}

fn module_new(rt: &Runtime, cls: &Value, _args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("not a type"))?;
    let m = super::heaptype::alloc_default::<ModuleData>(rt, ty, rt.types().module)?;
    let d = rt.new_dict()?;
    unsafe { *data(rt, &m)?.dict.get() = Some(d) };
    Ok(m)
}

fn module_init(rt: &Runtime, m: &Value, args: Args<'_>) -> PyResult<()> {
    let [name, doc] = args.bind(
        rt,
        &Signature {
            fname: "module",
            names: ["name", "doc"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let name = name.ok_or_else(|| rt.type_error("module() missing required argument 'name'"))?;
    if rt.str_of(&name).is_none() {
        return Err(rt.type_error(format!(
            "module() argument 'name' must be str, not {}",
            rt.type_name(&name)
        )));
    }
    init_dict(rt, m, name, doc.unwrap_or_else(|| rt.none()))
}

fn module_name(rt: &Runtime, m: &Value) -> Option<Value> {
    let d = rt.module_dict(m)?;
    rt.dict_data(&d)?
        .get_str(rt, "__name__")
        .filter(|n| rt.str_of(n).is_some())
}

fn module_repr(rt: &Runtime, m: &Value) -> PyResult<Value> {
    let name = match module_name(rt, m) {
        Some(n) => rt.repr_string(&n)?,
        None => alloc::string::String::from("'?'"),
    };
    let file = rt
        .module_dict(m)
        .and_then(|d| rt.dict_data(&d)?.get_str(rt, "__file__"))
        .filter(|f| rt.str_of(f).is_some());
    let s = match file {
        Some(f) => format!("<module {name} from {}>", rt.repr_string(&f)?),
        None => format!("<module {name}>"),
    };
    rt.new_str(&s)
}

/// Type data descriptors, the module dict, other type attributes, then `__getattr__`.
fn module_getattro(rt: &Runtime, m: &Value, name: &Value) -> PyResult<Value> {
    let Some(n) = rt.str_of(name) else {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            rt.type_name(name)
        )));
    };
    let ty = rt.type_of(m);
    let descr = rt.lookup_in_type(ty, n);
    if let Some(d) = &descr {
        let s = rt.type_of(d).data().slots();
        if s.descr_set.is_some()
            && let Some(get) = s.descr_get
        {
            return get(rt, d, Some(m), &ty.value());
        }
    }
    let dict = rt.module_dict(m);
    if let Some(d) = &dict
        && let Some(dd) = rt.dict_data(d)
        && let Some(v) = dd.get(rt, name)?
    {
        return Ok(v);
    }
    if let Some(d) = descr {
        if let Some(get) = rt.type_of(&d).data().slots().descr_get {
            return get(rt, &d, Some(m), &ty.value());
        }
        return Ok(d);
    }
    if let Some(d) = &dict
        && let Some(dd) = rt.dict_data(d)
        && let Some(hook) = dd.get_str(rt, "__getattr__")
    {
        return rt.call(&hook, Args::positional(core::slice::from_ref(name)));
    }
    Err(match module_name(rt, m) {
        Some(mn) => rt.attribute_error(format!(
            "module '{}' has no attribute '{n}'",
            rt.str_of(&mn).unwrap_or("?")
        )),
        None => rt.attribute_error(format!("module has no attribute '{n}'")),
    })
}

fn module_setattro(rt: &Runtime, m: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(n) = rt.str_of(name) else {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            rt.type_name(name)
        )));
    };
    if let Some(d) = rt.lookup_in_type(rt.type_of(m), n)
        && let Some(set) = rt.type_of(&d).data().slots().descr_set
    {
        return set(rt, &d, m, value);
    }
    let dict = rt
        .module_dict(m)
        .ok_or_else(|| rt.attribute_error("module has no __dict__"))?;
    let dd = rt.dict_data(&dict).ok_or_else(|| rt.memory_error())?;
    match value {
        Some(v) => dd.set(rt, name.clone(), v.clone()),
        None => match dd.remove(rt, name)? {
            Some(_) => Ok(()),
            None => {
                let mn = module_name(rt, m);
                Err(rt.attribute_error(format!(
                    "module '{}' has no attribute '{n}'",
                    mn.as_ref().and_then(|x| rt.str_of(x)).unwrap_or("?")
                )))
            }
        },
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<ModuleData>("module", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.new = Some(module_new);
        s.init = Some(module_init);
        s.repr = Some(module_repr);
        s.getattro = Some(module_getattro);
        s.setattro = Some(module_setattro);
        rt.add_getsets(
            ty,
            &[GetSetDef {
                name: "__dict__",
                get: |rt, v| {
                    data(rt, v)?;
                    rt.module_dict(v).ok_or_else(|| rt.memory_error())
                },
                set: None,
            }],
        );
    })
}

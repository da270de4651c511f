//! `Object`: one reference to a Python value, tied to its interpreter's lifetime; and the
//! conversion traits between Rust and Python values.

use super::{Error, Interpreter};
use copperhead_core::{Args, Value};
use std::collections::{BTreeMap, HashMap};

/// An owned reference to a Python value (dropping it releases the reference). It borrows the
/// interpreter, so no value can outlive its runtime.
pub struct Object<'r> {
    pub(crate) interp: &'r Interpreter,
    pub(crate) value: Value,
}

impl Clone for Object<'_> {
    fn clone(&self) -> Self {
        Object {
            interp: self.interp,
            value: self.value.clone(),
        }
    }
}

impl std::fmt::Debug for Object<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            &self
                .repr()
                .unwrap_or_else(|e| format!("<repr failed: {e}>")),
        )
    }
}

impl<'r> Object<'r> {
    /// The interpreter the value belongs to.
    pub fn interpreter(&self) -> &'r Interpreter {
        self.interp
    }
    /// The core value (a new reference), for what this API does not cover.
    pub fn value(&self) -> Value {
        self.value.clone()
    }
    /// Moves the reference out as a raw word (for the C ABI); see `Interpreter::from_raw`.
    pub fn into_raw(self) -> usize {
        self.value.into_raw()
    }

    /// Converts to a Rust value.
    ///
    /// ```
    /// use copperhead::embed::{List, Options, Runtime};
    /// use std::collections::BTreeMap;
    ///
    /// let rt = Runtime::new(Options::new());
    /// let v = rt.eval("{'a': [1, 2], 'b': []}", "<x>")?;
    /// let m: BTreeMap<String, List<i64>> = v.extract()?;
    /// assert_eq!(m["a"].0, [1, 2]);
    /// let big = rt.eval("2 ** 70", "<x>")?;
    /// assert_eq!(big.extract::<u128>()?, 1u128 << 70);
    /// assert_eq!(big.extract::<i64>().unwrap_err().type_name(), "OverflowError");
    /// let back = rt.to_py(&(1.5, "x", None::<i64>, vec![true]))?;
    /// assert_eq!(back.repr()?, "(1.5, 'x', None, [True])");
    /// # Ok::<(), copperhead::embed::Error>(())
    /// ```
    pub fn extract<T: FromPython<'r>>(&self) -> Result<T, Error> {
        T::from_python(self)
    }

    /// `type(self).__name__`.
    pub fn type_name(&self) -> String {
        self.interp.core().type_name(&self.value)
    }

    pub fn is_none(&self) -> bool {
        self.interp.core().is_none(&self.value)
    }

    /// Whether it is an instance of the built-in type `kind` (or a subclass).
    pub fn is(&self, kind: Kind) -> bool {
        let rt = self.interp.core();
        let t = rt.types();
        let ty = match kind {
            Kind::None => return self.is_none(),
            Kind::Bool => t.bool,
            Kind::Int => t.int,
            Kind::Float => t.float,
            Kind::Str => t.str,
            Kind::Bytes => t.bytes,
            Kind::List => t.list,
            Kind::Tuple => t.tuple,
            Kind::Dict => t.dict,
        };
        rt.isinstance_type(&self.value, ty)
    }

    /// `repr(self)`.
    pub fn repr(&self) -> Result<String, Error> {
        self.interp.enter(|rt| rt.repr_string(&self.value))
    }
    /// `str(self)`.
    pub fn str(&self) -> Result<String, Error> {
        self.interp.enter(|rt| rt.str_string(&self.value))
    }
    /// `bool(self)`.
    pub fn truthy(&self) -> Result<bool, Error> {
        self.interp.enter(|rt| rt.truthy(&self.value))
    }
    /// `len(self)`.
    pub fn len(&self) -> Result<usize, Error> {
        self.interp.enter(|rt| rt.len(&self.value))
    }
    /// `len(self) == 0`.
    pub fn is_empty(&self) -> Result<bool, Error> {
        self.len().map(|n| n == 0)
    }
    /// `self.name`.
    pub fn getattr(&self, name: &str) -> Result<Object<'r>, Error> {
        let v = self.interp.enter(|rt| rt.getattr_str(&self.value, name))?;
        Ok(self.interp.wrap(v))
    }
    /// `self.name = value`.
    pub fn setattr(&self, name: &str, value: &Object<'_>) -> Result<(), Error> {
        self.interp
            .enter(|rt| rt.setattr(&self.value, &rt.new_str(name)?, Some(&value.value)))
    }
    /// `self[key]`.
    pub fn get_item<K: ToPython + ?Sized>(&self, key: &K) -> Result<Object<'r>, Error> {
        let k = key.to_python(self.interp)?;
        let v = self.interp.enter(|rt| rt.getitem(&self.value, &k.value))?;
        Ok(self.interp.wrap(v))
    }
    /// `self[key] = value`.
    pub fn set_item<K: ToPython + ?Sized, V: ToPython + ?Sized>(
        &self,
        key: &K,
        value: &V,
    ) -> Result<(), Error> {
        let k = key.to_python(self.interp)?;
        let v = value.to_python(self.interp)?;
        self.interp
            .enter(|rt| rt.setitem(&self.value, &k.value, &v.value))
    }
    /// `self.append(item)` for lists.
    pub fn append(&self, item: &Object<'_>) -> Result<(), Error> {
        self.interp
            .enter(|rt| rt.call_method(&self.value, "append", std::slice::from_ref(&item.value)))
            .map(drop)
    }
    /// The items of any iterable.
    pub fn items(&self) -> Result<Vec<Object<'r>>, Error> {
        let vs = self.interp.enter(|rt| rt.collect(&self.value))?;
        Ok(vs.into_iter().map(|v| self.interp.wrap(v)).collect())
    }

    /// `self(*args, **kwargs)`: `args` is a tuple of convertible values, `kwargs` name/value
    /// pairs.
    pub fn call<A: ToArgs>(
        &self,
        args: A,
        kwargs: &[(&str, Object<'_>)],
    ) -> Result<Object<'r>, Error> {
        let mut all = args.to_args(self.interp)?;
        let npos = all.len();
        let mut names = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            all.push(v.value.clone());
            names.push(*k);
        }
        let v = self.interp.enter(|rt| {
            let kwnames = names
                .iter()
                .map(|n| rt.new_str(n))
                .collect::<Result<Vec<_>, _>>()?;
            debug_assert_eq!(all.len(), npos + kwnames.len());
            rt.call(&self.value, Args::new(&all, &kwnames))
        })?;
        Ok(self.interp.wrap(v))
    }

    /// `self.name(*args)`.
    pub fn call_method<A: ToArgs>(&self, name: &str, args: A) -> Result<Object<'r>, Error> {
        self.getattr(name)?.call(args, &[])
    }

    /// An int's decimal digits (any size).
    pub fn int_to_string(&self) -> Result<String, Error> {
        if !self.is(Kind::Int) {
            return Err(Error::new(
                "TypeError",
                format!("expected int, got {}", self.type_name()),
            ));
        }
        self.str()
    }
}

/// The built-in types a host usually reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    None,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
}

/// Rust values that become Python values.
pub trait ToPython {
    fn to_python<'r>(&self, interp: &'r Interpreter) -> Result<Object<'r>, Error>;
}

/// Python values a Rust value can be read from.
pub trait FromPython<'r>: Sized {
    fn from_python(obj: &Object<'r>) -> Result<Self, Error>;
}

/// Positional arguments: `()`, a tuple of up to four `ToPython` values, or a slice of objects.
pub trait ToArgs {
    fn to_args(&self, interp: &Interpreter) -> Result<Vec<Value>, Error>;
}

fn make<'r>(
    i: &'r Interpreter,
    f: impl FnOnce(&copperhead_core::Runtime) -> copperhead_core::PyResult<Value>,
) -> Result<Object<'r>, Error> {
    i.enter(f).map(|v| i.wrap(v))
}

fn type_err(obj: &Object<'_>, want: &str) -> Error {
    Error::new(
        "TypeError",
        format!("expected {want}, got {}", obj.type_name()),
    )
}

impl ToPython for Object<'_> {
    fn to_python<'r>(&self, interp: &'r Interpreter) -> Result<Object<'r>, Error> {
        if !std::ptr::eq(self.interp, interp) {
            return Err(Error::new(
                "ValueError",
                "the object belongs to another runtime",
            ));
        }
        Ok(interp.wrap(self.value.clone()))
    }
}

impl ToPython for () {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        Ok(i.none())
    }
}
impl ToPython for bool {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        Ok(i.wrap(i.core().bool_value(*self)))
    }
}
macro_rules! int_to_python {
    ($($t:ty),*) => {$(
        impl ToPython for $t {
            fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
                let v = *self;
                match i64::try_from(v) {
                    Ok(n) => make(i, |rt| rt.new_int(n)),
                    Err(_) => i.int_from_str(&v.to_string()),
                }
            }
        }
        impl<'r> FromPython<'r> for $t {
            fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
                let rt = obj.interp.core();
                match rt.int_ref(&obj.value) {
                    Some(copperhead_core::object::int::IntRef::Small(n)) => <$t>::try_from(n).ok(),
                    Some(copperhead_core::object::int::IntRef::Big(b)) => <$t>::try_from(b).ok(),
                    None => return Err(type_err(obj, "int")),
                }
                .ok_or_else(|| Error::new(
                    "OverflowError",
                    concat!("int too big to convert to ", stringify!($t)),
                ))
            }
        }
    )*};
}
int_to_python!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

impl ToPython for f64 {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        let v = *self;
        make(i, |rt| rt.new_float(v))
    }
}
impl ToPython for str {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        make(i, |rt| rt.new_str(self))
    }
}
impl ToPython for String {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        self.as_str().to_python(i)
    }
}
impl<T: ToPython + ?Sized> ToPython for &T {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        (**self).to_python(i)
    }
}
/// Bytes (a `Vec<u8>` would be a list of ints).
pub struct Bytes<'a>(pub &'a [u8]);
impl ToPython for Bytes<'_> {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        make(i, |rt| rt.new_bytes(self.0))
    }
}
impl<T: ToPython> ToPython for Option<T> {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        match self {
            Some(v) => v.to_python(i),
            None => Ok(i.none()),
        }
    }
}
impl<T: ToPython> ToPython for [T] {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        let items = self
            .iter()
            .map(|x| x.to_python(i))
            .collect::<Result<Vec<_>, _>>()?;
        i.list(&items)
    }
}
impl<T: ToPython> ToPython for Vec<T> {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        self.as_slice().to_python(i)
    }
}
fn map_to_python<'r, 'a, K: ToPython + 'a, V: ToPython + 'a>(
    i: &'r Interpreter,
    items: impl Iterator<Item = (&'a K, &'a V)>,
) -> Result<Object<'r>, Error> {
    let d = i.dict()?;
    for (k, v) in items {
        d.set_item(k, v)?;
    }
    Ok(d)
}
impl<K: ToPython, V: ToPython, S> ToPython for HashMap<K, V, S> {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        map_to_python(i, self.iter())
    }
}
impl<K: ToPython, V: ToPython> ToPython for BTreeMap<K, V> {
    fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
        map_to_python(i, self.iter())
    }
}

macro_rules! tuple_impls {
    ($(($($n:tt $t:ident),*)),*) => {$(
        impl<$($t: ToPython),*> ToPython for ($($t,)*) {
            fn to_python<'r>(&self, i: &'r Interpreter) -> Result<Object<'r>, Error> {
                let items = [$(self.$n.to_python(i)?),*];
                i.tuple(&items)
            }
        }
        impl<$($t: ToPython),*> ToArgs for ($($t,)*) {
            fn to_args(&self, i: &Interpreter) -> Result<Vec<Value>, Error> {
                Ok(vec![$(self.$n.to_python(i)?.value),*])
            }
        }
        impl<'r, $($t: FromPython<'r>),*> FromPython<'r> for ($($t,)*) {
            fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
                let items = obj.items()?;
                let want = [$($n),*].len();
                if items.len() != want {
                    return Err(Error::new("ValueError", format!(
                        "expected {want} items, got {}", items.len())));
                }
                Ok(($($t::from_python(&items[$n])?,)*))
            }
        }
    )*};
}
tuple_impls!((0 A), (0 A, 1 B), (0 A, 1 B, 2 C), (0 A, 1 B, 2 C, 3 D));

impl ToArgs for () {
    fn to_args(&self, _: &Interpreter) -> Result<Vec<Value>, Error> {
        Ok(Vec::new())
    }
}
impl ToArgs for [Object<'_>] {
    fn to_args(&self, _: &Interpreter) -> Result<Vec<Value>, Error> {
        Ok(self.iter().map(|o| o.value.clone()).collect())
    }
}
impl ToArgs for &[Object<'_>] {
    fn to_args(&self, i: &Interpreter) -> Result<Vec<Value>, Error> {
        (**self).to_args(i)
    }
}
impl<const N: usize> ToArgs for [Object<'_>; N] {
    fn to_args(&self, i: &Interpreter) -> Result<Vec<Value>, Error> {
        self.as_slice().to_args(i)
    }
}

impl<'r> FromPython<'r> for Object<'r> {
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        Ok(obj.clone())
    }
}
impl<'r> FromPython<'r> for bool {
    /// Only `True`/`False` (use `Object::truthy` for any value's truth).
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        if !obj.is(Kind::Bool) {
            return Err(type_err(obj, "bool"));
        }
        obj.truthy()
    }
}
impl<'r> FromPython<'r> for f64 {
    /// A float, or an int converted to float.
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        let rt = obj.interp.core();
        if let Some(f) = rt.float_of(&obj.value) {
            return Ok(f);
        }
        if obj.is(Kind::Int) {
            let f = obj.interp.enter(|rt| {
                rt.call(
                    &rt.types().float.value(),
                    Args::positional(std::slice::from_ref(&obj.value)),
                )
            })?;
            return Ok(rt.float_of(&f).unwrap_or(f64::NAN));
        }
        Err(type_err(obj, "float"))
    }
}
impl<'r> FromPython<'r> for String {
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        obj.interp
            .core()
            .str_of(&obj.value)
            .map(String::from)
            .ok_or_else(|| type_err(obj, "str"))
    }
}
impl<'r> FromPython<'r> for Vec<u8> {
    /// The contents of `bytes`.
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        obj.interp
            .core()
            .bytes_of(&obj.value)
            .map(<[u8]>::to_vec)
            .ok_or_else(|| type_err(obj, "bytes"))
    }
}
impl<'r, T: FromPython<'r>> FromPython<'r> for Option<T> {
    /// None for `None`, else the value.
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        if obj.is_none() {
            Ok(None)
        } else {
            T::from_python(obj).map(Some)
        }
    }
}
/// A list (or any iterable) of convertible items. Not for `bytes`: that is `Vec<u8>`.
pub struct List<T>(pub Vec<T>);
impl<'r, T: FromPython<'r>> FromPython<'r> for List<T> {
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        obj.items()?
            .iter()
            .map(T::from_python)
            .collect::<Result<Vec<_>, _>>()
            .map(List)
    }
}
fn dict_pairs<'r>(obj: &Object<'r>) -> Result<Vec<(Object<'r>, Object<'r>)>, Error> {
    let rt = obj.interp.core();
    let d = rt
        .dict_data(&obj.value)
        .ok_or_else(|| type_err(obj, "dict"))?;
    Ok(d.items()
        .into_iter()
        .map(|(k, v)| (obj.interp.wrap(k), obj.interp.wrap(v)))
        .collect())
}
impl<'r, K: FromPython<'r> + Eq + std::hash::Hash, V: FromPython<'r>> FromPython<'r>
    for HashMap<K, V>
{
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        dict_pairs(obj)?
            .iter()
            .map(|(k, v)| Ok((K::from_python(k)?, V::from_python(v)?)))
            .collect()
    }
}
impl<'r, K: FromPython<'r> + Ord, V: FromPython<'r>> FromPython<'r> for BTreeMap<K, V> {
    fn from_python(obj: &Object<'r>) -> Result<Self, Error> {
        dict_pairs(obj)?
            .iter()
            .map(|(k, v)| Ok((K::from_python(k)?, V::from_python(v)?)))
            .collect()
    }
}

impl Interpreter {
    /// Takes back a reference made by `Object::into_raw`.
    ///
    /// # Safety
    /// `raw` must come from `into_raw` on an object of this interpreter, and be used once.
    pub unsafe fn from_raw(&self, raw: usize) -> Object<'_> {
        // SAFETY: per the contract, `raw` owns one reference to a live value.
        self.wrap(unsafe { Value::from_raw(raw) })
    }
}

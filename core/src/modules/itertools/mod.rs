//! `itertools` in Rust: every iterator is a native type (`itertools.count`, ...) because these
//! sit in benchmark inner loops. One file per family: `infinite` (count, cycle, repeat),
//! `filters` (accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise,
//! starmap, zip_longest), `grouping` (groupby, tee), `combinatoric` (product, permutations,
//! combinations, combinations_with_replacement).

mod combinatoric;
mod filters;
mod grouping;
mod infinite;

use alloc::format;
use alloc::string::String;
use core::cell::UnsafeCell;

use super::native_type::native_type;
use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::header::{Payload, alloc_object};
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

/// A mutable optional value inside a payload. Reads clone; writes drop the old value after
/// the slot is updated, so no borrow is live while a destructor runs.
#[derive(Default)]
pub(crate) struct VCell(UnsafeCell<Option<Value>>);

impl VCell {
    pub fn new(v: Option<Value>) -> VCell {
        VCell(UnsafeCell::new(v))
    }
    pub fn get(&self) -> Option<Value> {
        // SAFETY: the reference does not outlive this call.
        unsafe { (*self.0.get()).clone() }
    }
    pub fn set(&self, v: Option<Value>) {
        let old = unsafe { core::mem::replace(&mut *self.0.get(), v) };
        drop(old);
    }
    pub fn take(&self) -> Option<Value> {
        unsafe { (*self.0.get()).take() }
    }
    pub fn is_none(&self) -> bool {
        unsafe { (*self.0.get()).is_none() }
    }
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = unsafe { &*self.0.get() } {
            visit(v);
        }
    }
}

/// The payload of `v`.
///
/// Only called from slots installed on the (final) type whose payload is `T`.
pub(crate) fn data<'a, T: Payload>(rt: &Runtime, v: &'a Value) -> PyResult<&'a T> {
    Ok(unsafe { v.heap().ok_or_else(|| rt.memory_error())?.payload::<T>() })
}

/// A new instance of the itertools type `name`.
pub(crate) fn new_obj<T: Payload>(
    rt: &Runtime,
    name: &'static str,
    spec: fn() -> TypeSpec,
    payload: T,
) -> PyResult<Value> {
    let ty = native_type(rt, name, spec)?;
    unsafe { alloc_object(rt, ty.0, payload) }.ok_or_else(|| rt.memory_error())
}

/// Binds keyword-capable arguments with the older CPython wording for unknown keywords
/// ("'x' is an invalid keyword argument for count()").
pub(crate) fn bind_kw<const N: usize>(
    rt: &Runtime,
    a: Args<'_>,
    sig: &Signature<N>,
) -> PyResult<[Option<Value>; N]> {
    let given = a.all.len();
    if given > N {
        return Err(rt.type_error(format!(
            "{}() takes at most {N} argument{} ({given} given)",
            sig.fname,
            if N == 1 { "" } else { "s" }
        )));
    }
    for (k, _) in a.kwargs() {
        let k = rt.str_of(k).unwrap_or("");
        if !sig.names.contains(&k) {
            return Err(rt.type_error(format!(
                "'{k}' is an invalid keyword argument for {}()",
                sig.fname
            )));
        }
    }
    a.bind(rt, sig)
}

/// An index argument as CPython's "n" format converts it: too-large ints are OverflowError.
pub(crate) fn ssize_arg(rt: &Runtime, v: &Value) -> PyResult<isize> {
    rt.index_isize(v).map_err(|e| {
        if rt.err_matches(&e, rt.exc().index_error) {
            rt.overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

/// `name(a, b)` repr pieces.
pub(crate) fn repr_of(rt: &Runtime, v: &Value) -> PyResult<String> {
    rt.with_recursion_guard(" while getting the repr of an object", || rt.repr_string(v))
}

/// Makes every iterator type: `iter` returns self, `next` is the family's function.
pub(crate) fn iter_slots(ty: crate::object::typeobj::TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
}

/// (module attribute, full type name, spec).
type TypeEntry = (&'static str, &'static str, fn() -> TypeSpec);

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(rt, "itertools", &[("tee", grouping::tee)])?;
    let types: &[TypeEntry] = &[
        ("count", infinite::COUNT, infinite::count_spec),
        ("cycle", infinite::CYCLE, infinite::cycle_spec),
        ("repeat", infinite::REPEAT, infinite::repeat_spec),
        ("accumulate", filters::ACCUMULATE, filters::accumulate_spec),
        ("chain", filters::CHAIN, filters::chain_spec),
        ("compress", filters::COMPRESS, filters::compress_spec),
        ("dropwhile", filters::DROPWHILE, filters::dropwhile_spec),
        ("takewhile", filters::TAKEWHILE, filters::takewhile_spec),
        (
            "filterfalse",
            filters::FILTERFALSE,
            filters::filterfalse_spec,
        ),
        ("islice", filters::ISLICE, filters::islice_spec),
        ("pairwise", filters::PAIRWISE, filters::pairwise_spec),
        ("starmap", filters::STARMAP, filters::starmap_spec),
        (
            "zip_longest",
            filters::ZIP_LONGEST,
            filters::zip_longest_spec,
        ),
        ("groupby", grouping::GROUPBY, grouping::groupby_spec),
        ("_grouper", grouping::GROUPER, grouping::grouper_spec),
        ("_tee", grouping::TEE, grouping::tee_spec),
        (
            "_tee_dataobject",
            grouping::TEE_DATA,
            grouping::tee_data_spec,
        ),
        ("product", combinatoric::PRODUCT, combinatoric::product_spec),
        (
            "permutations",
            combinatoric::PERMUTATIONS,
            combinatoric::permutations_spec,
        ),
        (
            "combinations",
            combinatoric::COMBINATIONS,
            combinatoric::combinations_spec,
        ),
        (
            "combinations_with_replacement",
            combinatoric::CWR,
            combinatoric::cwr_spec,
        ),
    ];
    for (attr, name, spec) in types {
        set_attr(rt, &m, attr, native_type(rt, name, *spec)?.value())?;
    }
    Ok(m)
}

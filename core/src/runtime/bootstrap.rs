//! Creating a runtime's built-in types and singletons.
//!
//! `type` is its own type and `object` its base, so those two are made by hand; then each
//! built-in type comes from the `TypeSpec` its own module provides. Types are made bases first;
//! after every module filled its slots, subclasses inherit the slots they left empty.

use alloc::vec;
use alloc::vec::Vec;
use core::ptr::NonNull;

use super::Runtime;
use super::types::Singletons;
use crate::object::exceptions::{BaseExceptionData, HIERARCHY};
use crate::object::header::{ObjHeader, alloc_object, alloc_raw};
use crate::object::instance::SubclassLayout;
use crate::object::singletons::Unit;
use crate::object::typeobj::{Layout, TypeData, TypeInitFn, TypeRef, flags};
use crate::object::typespec::TypeSpec;
use crate::object::value::Value;
use crate::object::{self as o};

fn placeholder_dict() -> Value {
    Value::small_int(0).expect("0 is a small int")
}

/// Allocates a type object (immortal) with its hierarchy set from `base`.
fn make_type(
    rt: &Runtime,
    meta: Option<TypeRef>,
    spec: &TypeSpec,
    base: Option<TypeRef>,
) -> TypeRef {
    let mut fl = spec.flags;
    if let Some(b) = base {
        fl |= b.data().flags.get() & flags::INHERITED;
    }
    let data = TypeData::new(rt, spec.name, placeholder_dict(), spec.layout, fl);
    data.subclass.set(spec.subclass);
    data.ext_offset.set(spec.ext_offset);
    let meta_ptr = meta.map_or(NonNull::dangling(), |m| m.0);
    let v = unsafe { alloc_raw(rt, meta_ptr, data) }.expect("bootstrap allocation");
    let ptr: NonNull<ObjHeader> = v.header_ptr().expect("types are heap objects");
    if meta.is_none() {
        unsafe { ptr.as_ref().set_type_ptr(ptr) };
    }
    rt.make_immortal(&v);
    core::mem::forget(v);
    let ty = TypeRef(ptr);
    let mut mro = vec![ty.value()];
    if let Some(b) = base {
        mro.extend(b.data().mro().iter().cloned());
        b.data().add_subclass(ptr);
    }
    let bases = base.map(|b| vec![b.value()]).unwrap_or_default();
    unsafe { ty.data().set_hierarchy(base.map(|b| b.value()), bases, mro) };
    ty
}

pub(super) fn bootstrap(rt: &Runtime) {
    use o::typeobj::flags as f;
    let types = unsafe { &mut *rt.types.get() };

    // The three types every other needs: type (its own type), object, dict (for type dicts).
    let type_spec = TypeSpec::base::<TypeData>("type", o::type_type::init).flags(f::TYPE_SUBCLASS);
    let type_ = make_type(rt, None, &type_spec, None);
    types.type_ = type_;
    let object_spec = TypeSpec::base::<()>("object", o::object_type::init);
    let object = make_type(rt, Some(type_), &object_spec, None);
    types.object = object;
    // `type` derives from `object`: fix its hierarchy now that object exists.
    unsafe {
        type_.data().set_hierarchy(
            Some(object.value()),
            vec![object.value()],
            vec![type_.value(), object.value()],
        )
    };
    object.data().add_subclass(type_.0);

    let mut created: Vec<(TypeRef, TypeInitFn)> =
        vec![(object, object_spec.init), (type_, type_spec.init)];
    let mut add = |spec: TypeSpec, base: Option<TypeRef>| -> TypeRef {
        let ty = make_type(rt, Some(type_), &spec, Some(base.unwrap_or(object)));
        created.push((ty, spec.init));
        ty
    };

    types.dict = add(o::dict::spec(), None);
    types.str = add(o::str::spec(), None);
    types.none = add(
        TypeSpec::new::<Unit>("NoneType", o::singletons::init_none),
        None,
    );
    types.not_implemented = add(
        TypeSpec::new::<Unit>("NotImplementedType", o::singletons::init_not_implemented),
        None,
    );
    types.ellipsis = add(
        TypeSpec::new::<Unit>("ellipsis", o::singletons::init_ellipsis),
        None,
    );
    types.int = add(o::int::spec(), None);
    types.bool = add(o::bool::spec(), Some(types.int));
    types.float = add(o::float::spec(), None);
    types.complex = add(o::complex::spec(), None);
    types.bytes = add(o::bytes::spec(), None);
    types.bytearray = add(o::bytearray::spec(), None);
    types.list = add(o::list::spec(), None);
    types.tuple = add(o::tuple::spec(), None);
    types.set = add(o::set::set_spec(), None);
    types.frozenset = add(o::set::frozenset_spec(), None);
    types.range = add(o::range::spec(), None);
    types.slice = add(o::slice::spec(), None);
    types.builtin_function = add(o::descr::builtin_function_spec(), None);
    types.method_descriptor = add(o::descr::method_descriptor_spec("method_descriptor"), None);
    types.classmethod_descriptor = add(
        o::descr::method_descriptor_spec("classmethod_descriptor"),
        None,
    );
    types.wrapper_descriptor = add(o::descr::slot_wrapper_spec(), None);
    types.getset_descriptor = add(o::getset::spec(), None);
    types.member_descriptor = add(o::member::spec(), None);
    types.function = add(o::function::spec(), None);
    types.code = add(o::code::spec(), None);
    types.cell = add(o::cell::spec(), None);
    types.module = add(o::module::spec(), None);
    types.method = add(o::method::spec(), None);
    types.staticmethod = add(o::classmethod::staticmethod_spec(), None);
    types.classmethod = add(o::classmethod::classmethod_spec(), None);
    types.property = add(o::property::spec(), None);
    types.super_ = add(o::super_::spec(), None);
    types.list_iterator = add(o::seq_iter::list_iterator_spec(), None);
    types.list_reverseiterator = add(o::seq_iter::list_reverseiterator_spec(), None);
    types.tuple_iterator = add(o::seq_iter::tuple_iterator_spec(), None);
    types.str_ascii_iterator = add(o::text_iter::str_ascii_iter_spec(), None);
    types.str_iterator = add(o::text_iter::str_iter_spec(), None);
    types.bytes_iterator = add(o::text_iter::bytes_iter_spec(), None);
    types.bytearray_iterator = add(o::text_iter::bytearray_iter_spec(), None);
    types.range_iterator = add(o::range::iterator_spec(), None);
    types.seq_iterator = add(
        TypeSpec::new::<o::iterators::SeqIterData>("iterator", o::iterators::init_seq_iterator),
        None,
    );
    types.callable_iterator = add(o::builtin_iters::callable_iterator_spec(), None);
    types.dict_keyiterator = add(o::dict_iter::keyiterator_spec(), None);
    types.dict_valueiterator = add(o::dict_iter::valueiterator_spec(), None);
    types.dict_itemiterator = add(o::dict_iter::itemiterator_spec(), None);
    types.dict_reversekeyiterator = add(o::dict_iter::reversekeyiterator_spec(), None);
    types.dict_reversevalueiterator = add(o::dict_iter::reversevalueiterator_spec(), None);
    types.dict_reverseitemiterator = add(o::dict_iter::reverseitemiterator_spec(), None);
    types.dict_keys = add(o::dict_views::keys_spec(), None);
    types.dict_values = add(o::dict_views::values_spec(), None);
    types.dict_items = add(o::dict_views::items_spec(), None);
    types.mappingproxy = add(
        TypeSpec::new::<o::iterators::MappingProxyData>(
            "mappingproxy",
            o::iterators::init_mappingproxy,
        ),
        None,
    );
    types.set_iterator = add(o::set::set_iterator_spec(), None);
    types.enumerate = add(o::builtin_iters::enumerate_spec(), None);
    types.zip = add(o::builtin_iters::zip_spec(), None);
    types.map = add(o::builtin_iters::map_spec(), None);
    types.filter = add(o::builtin_iters::filter_spec(), None);
    types.reversed = add(o::builtin_iters::reversed_spec(), None);
    types.generator = add(o::generator::generator_spec(), None);
    types.coroutine = add(o::generator::coroutine_spec(), None);
    types.async_generator = add(o::generator::async_generator_spec(), None);
    {
        use crate::interp::asyncgen as ag;
        types.async_generator_asend = add(ag::asend_spec(), None);
        types.async_generator_athrow = add(ag::athrow_spec(), None);
        types.async_generator_wrapped_value = add(ag::wrapped_spec(), None);
        types.coroutine_wrapper = add(crate::interp::awaitable::coroutine_wrapper_spec(), None);
        types.anext_awaitable = add(crate::interp::awaitable::anext_awaitable_spec(), None);
        types.asyncgen_hooks = add(ag::hooks_spec(), None);
    }
    types.union_type = add(o::union_type::spec(), None);
    types.generic_alias = add(o::generic_alias::spec(), None);
    types.frame = add(crate::interp::frameobj::spec(), None);
    types.frame_locals_proxy = add(crate::interp::localsproxy::spec(), None);
    types.traceback = add(crate::interp::traceback::spec(), None);
    types.weakref = add(o::weakref::spec(), None);
    types.weakproxy = add(o::weakref::proxy_spec(), None);
    types.weakcallableproxy = add(o::weakref::callable_proxy_spec(), None);

    // Exceptions: one layout shared by the whole hierarchy, attribute storage inside it.
    let exc = unsafe { &mut *rt.exc.get() };
    let mut by_name: Vec<(&str, TypeRef)> = Vec::new();
    let exc_fields = exc.all_mut();
    for ((name, base), slot) in HIERARCHY.iter().zip(exc_fields) {
        let base_ty = base.and_then(|b| by_name.iter().find(|(n, _)| *n == b).map(|(_, t)| *t));
        let mut spec = TypeSpec::base::<BaseExceptionData>(name, o::exceptions::init);
        spec.layout = Layout::of::<BaseExceptionData>();
        spec.subclass = Some(SubclassLayout {
            layout: spec.layout,
            ext_offset: o::exceptions::EXT_OFFSET,
            alloc: o::exceptions::alloc_default,
        });
        spec.ext_offset = o::exceptions::EXT_OFFSET;
        if base.is_none() {
            spec.flags |= f::BASE_EXC_SUBCLASS | f::HAS_DICT;
        }
        let ty = add(spec, base_ty);
        *slot = ty;
        by_name.push((name, ty));
    }

    // Every type gets its real dict, then its slots and methods, then inherits what it lacks.
    for (ty, _) in created.iter() {
        let d = unsafe { alloc_object(rt, types.dict.0, o::dict::DictData::default()) }
            .expect("bootstrap allocation");
        unsafe { ty.data().set_dict(d) };
    }
    make_singletons(rt);
    for (ty, init) in created.iter() {
        init(rt, *ty);
        o::slot_wrappers::add_slot_wrappers(rt, *ty);
    }
    o::codecs::init_unicode_errors(rt);
    for (ty, _) in created.iter() {
        o::heaptype::inherit_slots(*ty);
    }
    o::heaptype::install(rt);
    o::weakref::mark_weakrefable_builtins(rt);
}

fn make_singletons(rt: &Runtime) {
    let t = rt.types();
    let immortal = |v: Value| -> Value {
        rt.make_immortal(&v);
        v
    };
    let unit = |ty: TypeRef| {
        immortal(unsafe { alloc_object(rt, ty.0, Unit) }.expect("bootstrap allocation"))
    };
    let int_obj = |ty: TypeRef, i: i32| {
        immortal(
            unsafe { alloc_object(rt, ty.0, o::int::IntData { v: i.into() }) }
                .expect("bootstrap allocation"),
        )
    };
    let empty_tuple = immortal(
        unsafe { alloc_object(rt, t.tuple.0, o::tuple::TupleData::default()) }
            .expect("bootstrap allocation"),
    );
    let empty_str = immortal(
        unsafe { alloc_object(rt, t.str.0, o::str::StrData::default()) }
            .expect("bootstrap allocation"),
    );
    let memory_error = {
        let data = BaseExceptionData::default();
        unsafe { *data.args.get() = Some(empty_tuple.clone()) };
        immortal(
            unsafe { alloc_object(rt, rt.exc().memory_error.0, data) }
                .expect("bootstrap allocation"),
        )
    };
    let s = Singletons {
        none: unit(t.none),
        true_: int_obj(t.bool, 1),
        false_: int_obj(t.bool, 0),
        not_implemented: unit(t.not_implemented),
        ellipsis: unit(t.ellipsis),
        empty_tuple,
        empty_str,
        empty_bytes: immortal(
            unsafe { alloc_object(rt, t.bytes.0, o::bytes::BytesData::default()) }
                .expect("bootstrap allocation"),
        ),
        memory_error,
    };
    unsafe { *rt.singletons.get() = Some(s) };
}

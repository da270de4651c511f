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
use crate::object::typespec::{TypeSpec, placeholder};
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
    types.bool = add(
        TypeSpec::new::<o::int::IntData>("bool", o::singletons::init_bool),
        Some(types.int),
    );
    types.float = add(o::float::spec(), None);
    types.complex = add(placeholder("complex"), None);
    types.bytes = add(placeholder("bytes").flags(f::BYTES_SUBCLASS), None);
    types.bytearray = add(placeholder("bytearray"), None);
    types.list = add(o::list::spec(), None);
    types.tuple = add(o::tuple::spec(), None);
    types.set = add(placeholder("set"), None);
    types.frozenset = add(placeholder("frozenset"), None);
    types.range = add(placeholder("range"), None);
    types.slice = add(placeholder("slice"), None);
    types.builtin_function = add(o::descr::builtin_function_spec(), None);
    types.method_descriptor = add(o::descr::method_descriptor_spec("method_descriptor"), None);
    types.classmethod_descriptor = add(
        o::descr::method_descriptor_spec("classmethod_descriptor"),
        None,
    );
    types.wrapper_descriptor = add(o::descr::slot_wrapper_spec(), None);
    types.getset_descriptor = add(o::getset::spec(), None);
    types.member_descriptor = add(placeholder("member_descriptor"), None);
    types.function = add(placeholder("function"), None);
    types.code = add(placeholder("code"), None);
    types.cell = add(placeholder("cell"), None);
    types.module = add(placeholder("module"), None);
    types.method = add(placeholder("method"), None);
    types.staticmethod = add(placeholder("staticmethod"), None);
    types.classmethod = add(placeholder("classmethod"), None);
    types.property = add(placeholder("property"), None);
    types.super_ = add(placeholder("super"), None);
    types.list_iterator = add(placeholder("list_iterator"), None);
    types.list_reverseiterator = add(placeholder("list_reverseiterator"), None);
    types.tuple_iterator = add(placeholder("tuple_iterator"), None);
    types.str_iterator = add(placeholder("str_ascii_iterator"), None);
    types.bytes_iterator = add(placeholder("bytes_iterator"), None);
    types.bytearray_iterator = add(placeholder("bytearray_iterator"), None);
    types.range_iterator = add(placeholder("range_iterator"), None);
    types.seq_iterator = add(
        TypeSpec::new::<o::iterators::SeqIterData>("iterator", o::iterators::init_seq_iterator),
        None,
    );
    types.callable_iterator = add(placeholder("callable_iterator"), None);
    types.dict_keyiterator = add(placeholder("dict_keyiterator"), None);
    types.dict_valueiterator = add(placeholder("dict_valueiterator"), None);
    types.dict_itemiterator = add(placeholder("dict_itemiterator"), None);
    types.dict_reversekeyiterator = add(placeholder("dict_reversekeyiterator"), None);
    types.dict_reversevalueiterator = add(placeholder("dict_reversevalueiterator"), None);
    types.dict_reverseitemiterator = add(placeholder("dict_reverseitemiterator"), None);
    types.dict_keys = add(placeholder("dict_keys"), None);
    types.dict_values = add(placeholder("dict_values"), None);
    types.dict_items = add(placeholder("dict_items"), None);
    types.mappingproxy = add(
        TypeSpec::new::<o::iterators::MappingProxyData>(
            "mappingproxy",
            o::iterators::init_mappingproxy,
        ),
        None,
    );
    types.set_iterator = add(placeholder("set_iterator"), None);
    types.enumerate = add(placeholder("enumerate"), None);
    types.zip = add(placeholder("zip"), None);
    types.map = add(placeholder("map"), None);
    types.filter = add(placeholder("filter"), None);
    types.reversed = add(placeholder("reversed"), None);
    types.generator = add(placeholder("generator"), None);
    types.coroutine = add(placeholder("coroutine"), None);
    types.async_generator = add(placeholder("async_generator"), None);
    types.frame = add(placeholder("frame"), None);
    types.traceback = add(placeholder("traceback"), None);
    types.weakref = add(o::weakref::spec(), None);
    types.weakproxy = add(o::weakref::proxy_spec(), None);
    types.weakcallableproxy = add(o::weakref::callable_proxy_spec(), None);

    // Exceptions: one layout shared by the whole hierarchy, attribute storage inside it.
    let exc = unsafe { &mut *rt.exc.get() };
    let mut by_name: Vec<(&str, TypeRef)> = Vec::new();
    let exc_fields = exc_field_refs(exc);
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
    for (ty, _) in created.iter() {
        o::heaptype::inherit_slots(*ty);
    }
    o::weakref::mark_weakrefable_builtins(rt);
}

fn exc_field_refs(exc: &mut super::types::ExceptionTypes) -> Vec<&mut TypeRef> {
    let super::types::ExceptionTypes {
        base_exception,
        base_exception_group,
        exception,
        exception_group,
        generator_exit,
        keyboard_interrupt,
        system_exit,
        arithmetic_error,
        floating_point_error,
        overflow_error,
        zero_division_error,
        assertion_error,
        attribute_error,
        buffer_error,
        eof_error,
        import_error,
        module_not_found_error,
        lookup_error,
        index_error,
        key_error,
        memory_error,
        name_error,
        unbound_local_error,
        os_error,
        blocking_io_error,
        child_process_error,
        connection_error,
        broken_pipe_error,
        connection_aborted_error,
        connection_refused_error,
        connection_reset_error,
        file_exists_error,
        file_not_found_error,
        interrupted_error,
        is_a_directory_error,
        not_a_directory_error,
        permission_error,
        process_lookup_error,
        timeout_error,
        reference_error,
        runtime_error,
        not_implemented_error,
        recursion_error,
        stop_async_iteration,
        stop_iteration,
        syntax_error,
        indentation_error,
        tab_error,
        system_error,
        type_error,
        value_error,
        unicode_error,
        unicode_decode_error,
        unicode_encode_error,
        unicode_translate_error,
        warning,
        bytes_warning,
        deprecation_warning,
        encoding_warning,
        future_warning,
        import_warning,
        pending_deprecation_warning,
        resource_warning,
        runtime_warning,
        syntax_warning,
        unicode_warning,
        user_warning,
    } = exc;
    vec![
        base_exception,
        base_exception_group,
        exception,
        exception_group,
        generator_exit,
        keyboard_interrupt,
        system_exit,
        arithmetic_error,
        floating_point_error,
        overflow_error,
        zero_division_error,
        assertion_error,
        attribute_error,
        buffer_error,
        eof_error,
        import_error,
        module_not_found_error,
        lookup_error,
        index_error,
        key_error,
        memory_error,
        name_error,
        unbound_local_error,
        os_error,
        blocking_io_error,
        child_process_error,
        connection_error,
        broken_pipe_error,
        connection_aborted_error,
        connection_refused_error,
        connection_reset_error,
        file_exists_error,
        file_not_found_error,
        interrupted_error,
        is_a_directory_error,
        not_a_directory_error,
        permission_error,
        process_lookup_error,
        timeout_error,
        reference_error,
        runtime_error,
        not_implemented_error,
        recursion_error,
        stop_async_iteration,
        stop_iteration,
        syntax_error,
        indentation_error,
        tab_error,
        system_error,
        type_error,
        value_error,
        unicode_error,
        unicode_decode_error,
        unicode_encode_error,
        unicode_translate_error,
        warning,
        bytes_warning,
        deprecation_warning,
        encoding_warning,
        future_warning,
        import_warning,
        pending_deprecation_warning,
        resource_warning,
        runtime_warning,
        syntax_warning,
        unicode_warning,
        user_warning,
    ]
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
        empty_bytes: unit(t.bytes),
        memory_error,
    };
    unsafe { *rt.singletons.get() = Some(s) };
}

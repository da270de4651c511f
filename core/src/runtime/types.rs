//! The runtime's built-in types, exception types and singleton objects.

use crate::object::typeobj::TypeRef;
use crate::object::value::Value;

macro_rules! type_table {
    ($(#[$m:meta])* $name:ident { $($field:ident),* $(,)? }) => {
        $(#[$m])*
        pub struct $name { $(pub $field: TypeRef,)* }
        impl $name {
            pub(crate) fn dangling() -> $name {
                $name { $($field: TypeRef::DANGLING,)* }
            }
            /// Every type in the table, in declaration order.
            pub fn all(&self) -> alloc::vec::Vec<TypeRef> {
                alloc::vec![$(self.$field,)*]
            }
            /// Every field, in declaration order (for filling the table at bootstrap).
            pub fn all_mut(&mut self) -> alloc::vec::Vec<&mut TypeRef> {
                alloc::vec![$(&mut self.$field,)*]
            }
        }
    };
}

type_table! {
    /// Built-in types, created in this order (a base before its subclasses).
    BuiltinTypes {
        object, type_, dict, str, none, not_implemented, ellipsis, int, bool, float, complex,
        bytes, bytearray, list, tuple, set, frozenset, range, slice,
        builtin_function, method_descriptor, classmethod_descriptor, wrapper_descriptor,
        getset_descriptor, member_descriptor,
        function, code, cell, module, method, staticmethod, classmethod, property, super_,
        list_iterator, list_reverseiterator, tuple_iterator, str_ascii_iterator, str_iterator, bytes_iterator,
        bytearray_iterator, range_iterator, seq_iterator, callable_iterator,
        dict_keyiterator, dict_valueiterator, dict_itemiterator,
        dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator,
        dict_keys, dict_values, dict_items, mappingproxy,
        set_iterator, enumerate, zip, map, filter, reversed,
        generator, coroutine, async_generator, async_generator_asend, async_generator_athrow,
        async_generator_wrapped_value, coroutine_wrapper, anext_awaitable, union_type,
        generic_alias, asyncgen_hooks, frame, frame_locals_proxy, traceback,
        weakref, weakproxy, weakcallableproxy,
    }
}

type_table! {
    /// The built-in exception hierarchy (bases first).
    ExceptionTypes {
        base_exception, base_exception_group, exception, exception_group, generator_exit,
        keyboard_interrupt, system_exit,
        arithmetic_error, floating_point_error, overflow_error, zero_division_error,
        assertion_error, attribute_error, buffer_error, eof_error, import_error,
        module_not_found_error, lookup_error, index_error, key_error, memory_error, name_error,
        unbound_local_error, os_error, blocking_io_error, child_process_error, connection_error,
        broken_pipe_error, connection_aborted_error, connection_refused_error,
        connection_reset_error, file_exists_error, file_not_found_error, interrupted_error,
        is_a_directory_error, not_a_directory_error, permission_error, process_lookup_error,
        timeout_error, reference_error, runtime_error, not_implemented_error, recursion_error,
        stop_async_iteration, stop_iteration, syntax_error, indentation_error, tab_error,
        system_error, type_error, value_error, unicode_error, unicode_decode_error,
        unicode_encode_error, unicode_translate_error,
        warning, bytes_warning, deprecation_warning, encoding_warning, future_warning,
        import_warning, pending_deprecation_warning, resource_warning, runtime_warning,
        syntax_warning, unicode_warning, user_warning,
    }
}

/// Objects made once per runtime and never freed.
pub struct Singletons {
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
    pub empty_bytes: Value,
    /// Raised when even an exception cannot be allocated.
    pub memory_error: Value,
}

//! The specialized tier-1 instructions: each is a CPython 3.13 opcode number, the generic
//! family it stands in for (same oparg, caches and stack effect), and its micro-ops in order.
//! `specialized!` generates the enum, the metadata and `execute`, whose match arms run each
//! sequence by calling the micro-op functions of `uops.rs`: the only definition of their
//! semantics.

use super::uops::{self, Ctx, U, Uop};
use crate::bytecode::opcode::Opcode;

macro_rules! specialized {
    (; $( $name:ident = $num:literal, $family:ident, [$($uop:ident),+] ; )*) => {
        /// A specialized instruction (CPython 3.13 name and number).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum SpecOp { $( $name = $num, )* }

        impl SpecOp {
            pub const ALL: &'static [SpecOp] = &[ $( SpecOp::$name, )* ];

            #[inline(always)]
            pub const fn from_u8(b: u8) -> Option<SpecOp> {
                match b {
                    $( $num => Some(SpecOp::$name), )*
                    _ => None,
                }
            }
            pub const fn name(self) -> &'static str {
                match self { $( SpecOp::$name => stringify!($name), )* }
            }
            /// The generic instruction this one specializes.
            pub const fn family(self) -> Opcode {
                match self { $( SpecOp::$name => Opcode::$family, )* }
            }
            /// Its micro-ops, in order.
            pub const fn uops(self) -> &'static [Uop] {
                match self { $( SpecOp::$name => &[ $( Uop::$uop, )+ ], )* }
            }
        }

        /// Runs a specialized instruction's micro-ops; stops at the first that does not
        /// continue.
        #[inline(always)]
        pub fn execute(c: &mut Ctx, op: SpecOp) -> U {
            match op {
                $( SpecOp::$name => {
                    $( match uops::$uop(c) {
                        U::Continue => {}
                        other => return other,
                    } )+
                    U::Continue
                } )*
            }
        }
    };
}

/// Calls `$cb!` with its own tokens, `;`, then every row of the table below: the one list of
/// specialized instructions, used here (`specialized!`) and by the tier-1 loop's `match`.
macro_rules! for_each_spec_op {
    ($cb:ident ! ( $($pre:tt)* )) => {
        $cb! { $($pre)* ;
    BINARY_OP_INPLACE_ADD_UNICODE = 3, BINARY_OP,
        [_GUARD_BOTH_UNICODE, _BINARY_OP_INPLACE_ADD_UNICODE];
    BINARY_OP_EXTEND = 227, BINARY_OP, [_GUARD_BINARY_OP_EXTEND, _BINARY_OP_EXTEND];
    BINARY_OP_ADD_FLOAT = 150, BINARY_OP, [_GUARD_BOTH_FLOAT, _BINARY_OP_ADD_FLOAT];
    BINARY_OP_ADD_INT = 151, BINARY_OP, [_GUARD_BOTH_INT, _BINARY_OP_ADD_INT];
    BINARY_OP_ADD_UNICODE = 152, BINARY_OP, [_GUARD_BOTH_UNICODE, _BINARY_OP_ADD_UNICODE];
    BINARY_OP_MULTIPLY_FLOAT = 153, BINARY_OP, [_GUARD_BOTH_FLOAT, _BINARY_OP_MULTIPLY_FLOAT];
    BINARY_OP_MULTIPLY_INT = 154, BINARY_OP, [_GUARD_BOTH_INT, _BINARY_OP_MULTIPLY_INT];
    BINARY_OP_SUBTRACT_FLOAT = 155, BINARY_OP, [_GUARD_BOTH_FLOAT, _BINARY_OP_SUBTRACT_FLOAT];
    BINARY_OP_SUBTRACT_INT = 156, BINARY_OP, [_GUARD_BOTH_INT, _BINARY_OP_SUBTRACT_INT];
    CALL_ALLOC_AND_ENTER_INIT = 162, CALL,
        [_CHECK_AND_ALLOCATE_OBJECT, _CREATE_INIT_FRAME, _PUSH_FRAME];
    CALL_BOUND_METHOD_EXACT_ARGS = 163, CALL,
        [_CHECK_CALL_BOUND_METHOD_EXACT_ARGS, _INIT_CALL_BOUND_METHOD_EXACT_ARGS,
         _CHECK_FUNCTION_VERSION, _CHECK_FUNCTION_EXACT_ARGS, _CHECK_STACK_SPACE,
         _INIT_CALL_PY_EXACT_ARGS, _PUSH_FRAME];
    CALL_BOUND_METHOD_GENERAL = 164, CALL,
        [_CHECK_CALL_BOUND_METHOD_EXACT_ARGS, _EXPAND_METHOD, _CHECK_FUNCTION_VERSION,
         _CHECK_STACK_SPACE, _PY_FRAME_GENERAL, _PUSH_FRAME];
    CALL_BUILTIN_CLASS = 165, CALL, [_CALL_BUILTIN_CLASS];
    CALL_BUILTIN_FAST = 166, CALL, [_CALL_BUILTIN_FAST];
    CALL_BUILTIN_O = 168, CALL, [_CALL_BUILTIN_O];
    CALL_ISINSTANCE = 169, CALL, [_CALL_ISINSTANCE];
    CALL_LEN = 170, CALL, [_CALL_LEN];
    CALL_KW_BOUND_METHOD = 224, CALL_KW,
        [_CHECK_METHOD_VERSION_KW, _EXPAND_METHOD_KW, _PY_FRAME_KW, _PUSH_FRAME];
    CALL_KW_NON_PY = 225, CALL_KW, [_CHECK_IS_NOT_PY_CALLABLE_KW, _CALL_KW_NON_PY];
    CALL_KW_PY = 226, CALL_KW, [_CHECK_FUNCTION_VERSION_KW, _PY_FRAME_KW, _PUSH_FRAME];
    CALL_LIST_APPEND = 171, CALL, [_CALL_LIST_APPEND];
    CALL_METHOD_DESCRIPTOR_FAST = 172, CALL, [_CALL_METHOD_DESCRIPTOR_FAST];
    CALL_METHOD_DESCRIPTOR_NOARGS = 174, CALL, [_CALL_METHOD_DESCRIPTOR_NOARGS];
    CALL_METHOD_DESCRIPTOR_O = 175, CALL, [_CALL_METHOD_DESCRIPTOR_O];
    CALL_NON_PY_GENERAL = 176, CALL, [_CHECK_IS_NOT_PY_CALLABLE, _CALL_NON_PY_GENERAL];
    CALL_PY_EXACT_ARGS = 177, CALL,
        [_CHECK_FUNCTION_VERSION, _CHECK_FUNCTION_EXACT_ARGS, _CHECK_STACK_SPACE,
         _INIT_CALL_PY_EXACT_ARGS, _PUSH_FRAME];
    CALL_PY_GENERAL = 178, CALL,
        [_CHECK_FUNCTION_VERSION, _CHECK_STACK_SPACE, _PY_FRAME_GENERAL, _PUSH_FRAME];
    CALL_STR_1 = 179, CALL, [_CALL_STR_1];
    CALL_TUPLE_1 = 221, CALL, [_CALL_TUPLE_1];
    CALL_TYPE_1 = 222, CALL, [_CALL_TYPE_1];
    BINARY_SUBSCR_DICT = 157, BINARY_SUBSCR, [_BINARY_SUBSCR_DICT];
    BINARY_SUBSCR_GETITEM = 158, BINARY_SUBSCR,
        [_BINARY_SUBSCR_CHECK_FUNC, _BINARY_SUBSCR_INIT_CALL, _PUSH_FRAME];
    BINARY_SUBSCR_STR_INT = 160, BINARY_SUBSCR, [_BINARY_SUBSCR_STR_INT];
    BINARY_SUBSCR_LIST_INT = 159, BINARY_SUBSCR, [_BINARY_SUBSCR_LIST_INT];
    BINARY_SUBSCR_TUPLE_INT = 161, BINARY_SUBSCR, [_BINARY_SUBSCR_TUPLE_INT];
    COMPARE_OP_FLOAT = 180, COMPARE_OP, [_GUARD_BOTH_FLOAT, _COMPARE_OP_FLOAT];
    COMPARE_OP_INT = 181, COMPARE_OP, [_GUARD_BOTH_INT, _COMPARE_OP_INT];
    COMPARE_OP_STR = 182, COMPARE_OP, [_GUARD_BOTH_UNICODE, _COMPARE_OP_STR];
    CONTAINS_OP_DICT = 183, CONTAINS_OP, [_CONTAINS_OP_DICT];
    CONTAINS_OP_SET = 184, CONTAINS_OP, [_CONTAINS_OP_SET];
    LOAD_CONST_IMMORTAL = 230, LOAD_CONST, [_LOAD_CONST_IMMORTAL];
    LOAD_CONST_MORTAL = 231, LOAD_CONST, [_LOAD_CONST_MORTAL];
    RESUME_CHECK = 205, RESUME, [_RESUME_CHECK];
    FOR_ITER_GEN = 185, FOR_ITER, [_ITER_CHECK_GEN, _ITER_NEXT_GEN];
    FOR_ITER_LIST = 186, FOR_ITER, [_ITER_CHECK_LIST, _ITER_NEXT_LIST];
    FOR_ITER_RANGE = 187, FOR_ITER, [_ITER_CHECK_RANGE, _ITER_NEXT_RANGE];
    FOR_ITER_TUPLE = 188, FOR_ITER, [_ITER_CHECK_TUPLE, _ITER_NEXT_TUPLE];
    LOAD_ATTR_CLASS = 189, LOAD_ATTR, [_CHECK_ATTR_CLASS, _LOAD_ATTR_CLASS];
    LOAD_ATTR_INSTANCE_VALUE = 191, LOAD_ATTR,
        [_GUARD_TYPE_VERSION_VALUES, _CHECK_MANAGED_OBJECT_HAS_VALUES, _LOAD_ATTR_INSTANCE_VALUE];
    LOAD_ATTR_METHOD_NO_DICT = 193, LOAD_ATTR, [_GUARD_TYPE_VERSION, _LOAD_ATTR_METHOD_NO_DICT];
    LOAD_ATTR_METHOD_WITH_VALUES = 194, LOAD_ATTR,
        [_GUARD_TYPE_VERSION_METHOD, _CHECK_MANAGED_OBJECT_HAS_VALUES, _GUARD_NOT_SHARED_KEY,
         _LOAD_ATTR_METHOD_WITH_VALUES];
    LOAD_ATTR_MODULE = 195, LOAD_ATTR, [_CHECK_ATTR_MODULE, _LOAD_ATTR_MODULE];
    LOAD_ATTR_CLASS_WITH_METACLASS = 223, LOAD_ATTR,
        [_CHECK_ATTR_CLASS, _GUARD_METACLASS_VERSION, _LOAD_ATTR_CLASS];
    LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN = 190, LOAD_ATTR,
        [_GUARD_TYPE_VERSION, _LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, _PUSH_FRAME];
    LOAD_ATTR_METHOD_LAZY_DICT = 192, LOAD_ATTR,
        [_GUARD_TYPE_VERSION, _CHECK_ATTR_METHOD_LAZY_DICT, _LOAD_ATTR_METHOD_LAZY_DICT];
    LOAD_ATTR_NONDESCRIPTOR_NO_DICT = 196, LOAD_ATTR,
        [_GUARD_TYPE_VERSION, _LOAD_ATTR_NONDESCRIPTOR_NO_DICT];
    LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES = 197, LOAD_ATTR,
        [_GUARD_TYPE_VERSION, _CHECK_MANAGED_OBJECT_HAS_VALUES, _GUARD_KEYS_VERSION,
         _LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES];
    LOAD_ATTR_PROPERTY = 198, LOAD_ATTR,
        [_GUARD_TYPE_VERSION, _LOAD_ATTR_PROPERTY_FRAME, _PUSH_FRAME];
    LOAD_ATTR_SLOT = 199, LOAD_ATTR, [_GUARD_TYPE_VERSION, _LOAD_ATTR_SLOT];
    LOAD_ATTR_WITH_HINT = 200, LOAD_ATTR,
        [_GUARD_TYPE_VERSION, _CHECK_ATTR_WITH_HINT, _LOAD_ATTR_WITH_HINT];
    LOAD_GLOBAL_BUILTIN = 201, LOAD_GLOBAL,
        [_GUARD_GLOBALS_VERSION, _GUARD_BUILTINS_VERSION, _LOAD_GLOBAL_BUILTINS];
    LOAD_GLOBAL_MODULE = 202, LOAD_GLOBAL, [_GUARD_GLOBALS_VERSION, _LOAD_GLOBAL_MODULE];
    LOAD_SUPER_ATTR_ATTR = 203, LOAD_SUPER_ATTR, [_LOAD_SUPER_ATTR_ATTR];
    LOAD_SUPER_ATTR_METHOD = 204, LOAD_SUPER_ATTR, [_LOAD_SUPER_ATTR_METHOD];
    JUMP_BACKWARD_JIT = 228, JUMP_BACKWARD, [_CHECK_PERIODIC, _JUMP_BACKWARD_NO_INTERRUPT, _JIT];
    JUMP_BACKWARD_NO_JIT = 229, JUMP_BACKWARD, [_CHECK_PERIODIC, _JUMP_BACKWARD_NO_INTERRUPT];
    SEND_GEN = 206, SEND, [_CHECK_SEND_GEN, _SEND_GEN];
    STORE_ATTR_INSTANCE_VALUE = 207, STORE_ATTR,
        [_GUARD_TYPE_VERSION_STORE_VALUES, _GUARD_DORV_NO_DICT, _STORE_ATTR_INSTANCE_VALUE];
    STORE_ATTR_SLOT = 208, STORE_ATTR, [_GUARD_TYPE_VERSION, _STORE_ATTR_SLOT];
    STORE_ATTR_WITH_HINT = 209, STORE_ATTR, [_GUARD_TYPE_VERSION, _STORE_ATTR_WITH_HINT];
    STORE_SUBSCR_DICT = 210, STORE_SUBSCR, [_STORE_SUBSCR_DICT];
    STORE_SUBSCR_LIST_INT = 211, STORE_SUBSCR, [_STORE_SUBSCR_LIST_INT];
    TO_BOOL_ALWAYS_TRUE = 212, TO_BOOL, [_GUARD_TYPE_VERSION, _REPLACE_WITH_TRUE];
    TO_BOOL_BOOL = 213, TO_BOOL, [_TO_BOOL_BOOL];
    TO_BOOL_INT = 214, TO_BOOL, [_TO_BOOL_INT];
    TO_BOOL_LIST = 215, TO_BOOL, [_TO_BOOL_LIST];
    TO_BOOL_NONE = 216, TO_BOOL, [_TO_BOOL_NONE];
    TO_BOOL_STR = 217, TO_BOOL, [_TO_BOOL_STR];
    UNPACK_SEQUENCE_LIST = 218, UNPACK_SEQUENCE, [_UNPACK_SEQUENCE_LIST];
    UNPACK_SEQUENCE_TUPLE = 219, UNPACK_SEQUENCE, [_UNPACK_SEQUENCE_TUPLE];
    UNPACK_SEQUENCE_TWO_TUPLE = 220, UNPACK_SEQUENCE, [_UNPACK_SEQUENCE_TWO_TUPLE];
        }
    };
}
pub(crate) use for_each_spec_op;

for_each_spec_op!(specialized!());

/// The generic opcode byte for any byte in a (possibly quickened) code object.
#[inline(always)]
pub fn deopt_byte(b: u8) -> u8 {
    match SpecOp::from_u8(b) {
        Some(s) => s.family() as u8,
        // Tier 2 put an executor on a back edge; the oparg is still the jump's.
        None if b == Opcode::ENTER_EXECUTOR as u8 => Opcode::JUMP_BACKWARD as u8,
        None => b,
    }
}

//! The instruction set: every tier-1 opcode defined once, in the `opcodes!` table below.
//!
//! Names, numbers and inline-cache counts are CPython 3.13's, so a disassembly reads like
//! `python3.13 -m dis` and the specializer can quicken instructions in place. Each row gives:
//! name = number, inline cache units, flags, stack effect when not jumping (a function of the
//! oparg `a`), and optionally the effect when the instruction jumps. The compiler's pseudo
//! instructions (SETUP_FINALLY, JUMP, ...) are not here: they never reach a code object (see
//! `compile/assemble.rs`).

/// The instruction takes an oparg (otherwise the oparg byte is 0 and ignored).
pub const HAS_ARG: u16 = 1;
/// A relative jump forward: target = offset after the caches + oparg.
pub const JUMP_FWD: u16 = 2;
/// A relative jump backward: target = offset after the caches - oparg.
pub const JUMP_BACK: u16 = 4;
/// The oparg indexes co_consts.
pub const HAS_CONST: u16 = 8;
/// The oparg indexes co_names (for LOAD_GLOBAL/LOAD_ATTR/LOAD_SUPER_ATTR after a shift).
pub const HAS_NAME: u16 = 16;
/// The oparg indexes the fast locals (localsplus).
pub const HAS_LOCAL: u16 = 32;
/// The oparg indexes a cell or free variable in localsplus.
pub const HAS_FREE: u16 = 64;
/// Control never falls through to the next instruction.
pub const NO_FALLTHROUGH: u16 = 128;
/// The jump is conditional (both the target and the next instruction are successors).
pub const COND: u16 = 256;

macro_rules! opcodes {
    ($( $name:ident = $num:literal, $cache:literal, [$($flag:ident)|*], |$a:ident| $eff:expr
        $(, jump |$ja:ident| $jeff:expr)? ; )*) => {
        /// A CPython 3.13 opcode.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $name = $num, )*
        }

        /// Every opcode, in numeric order.
        pub const ALL: &[Opcode] = &[ $( Opcode::$name, )* ];

        impl Opcode {
            /// The opcode with number `b`, if there is one.
            pub const fn from_u8(b: u8) -> Option<Opcode> {
                match b {
                    $( $num => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// CPython's name (`LOAD_FAST`).
            pub const fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                }
            }

            /// Inline cache units that follow the instruction.
            pub const fn caches(self) -> u32 {
                match self {
                    $( Opcode::$name => $cache, )*
                }
            }

            /// The flag bits above.
            pub const fn flags(self) -> u16 {
                match self {
                    $( Opcode::$name => 0 $( | $flag )*, )*
                }
            }

            /// Net stack effect; `jump` selects the effect on the jumping path.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                let oparg = oparg as i32;
                match self {
                    $( Opcode::$name => {
                        $( if jump { let $ja = oparg; return $jeff; } )?
                        let $a = oparg;
                        $eff
                    } )*
                }
            }
        }

        /// Each opcode's number as a `u8` constant, for matching on a raw instruction byte
        /// (the tier-1 loop's one `match`).
        #[allow(non_upper_case_globals)]
        pub mod byte {
            $( pub const $name: u8 = $num; )*
        }
    };
}

opcodes! {
    CACHE = 0, 0, [], |_a| 0;
    BEFORE_ASYNC_WITH = 1, 0, [], |_a| 1;
    BEFORE_WITH = 2, 0, [], |_a| 1;
    BINARY_SLICE = 4, 0, [], |_a| -2;
    BINARY_SUBSCR = 5, 1, [], |_a| -1;
    CHECK_EG_MATCH = 6, 0, [], |_a| 0;
    CHECK_EXC_MATCH = 7, 0, [], |_a| 0;
    CLEANUP_THROW = 8, 0, [], |_a| -1;
    DELETE_SUBSCR = 9, 0, [], |_a| -2;
    END_ASYNC_FOR = 10, 0, [], |_a| -2;
    END_FOR = 11, 0, [], |_a| -1;
    END_SEND = 12, 0, [], |_a| -1;
    EXIT_INIT_CHECK = 13, 0, [], |_a| -1;
    FORMAT_SIMPLE = 14, 0, [], |_a| 0;
    FORMAT_WITH_SPEC = 15, 0, [], |_a| -1;
    GET_AITER = 16, 0, [], |_a| 0;
    RESERVED = 17, 0, [], |_a| 0;
    GET_ANEXT = 18, 0, [], |_a| 1;
    GET_ITER = 19, 0, [], |_a| 0;
    GET_LEN = 20, 0, [], |_a| 1;
    GET_YIELD_FROM_ITER = 21, 0, [], |_a| 0;
    INTERPRETER_EXIT = 22, 0, [NO_FALLTHROUGH], |_a| -1;
    LOAD_ASSERTION_ERROR = 23, 0, [], |_a| 1;
    LOAD_BUILD_CLASS = 24, 0, [], |_a| 1;
    LOAD_LOCALS = 25, 0, [], |_a| 1;
    MAKE_FUNCTION = 26, 0, [], |_a| 0;
    MATCH_KEYS = 27, 0, [], |_a| 1;
    MATCH_MAPPING = 28, 0, [], |_a| 1;
    MATCH_SEQUENCE = 29, 0, [], |_a| 1;
    NOP = 30, 0, [], |_a| 0;
    POP_EXCEPT = 31, 0, [], |_a| -1;
    POP_TOP = 32, 0, [], |_a| -1;
    PUSH_EXC_INFO = 33, 0, [], |_a| 1;
    PUSH_NULL = 34, 0, [], |_a| 1;
    RETURN_GENERATOR = 35, 0, [], |_a| 1;
    RETURN_VALUE = 36, 0, [NO_FALLTHROUGH], |_a| -1;
    SETUP_ANNOTATIONS = 37, 0, [], |_a| 0;
    STORE_SLICE = 38, 0, [], |_a| -4;
    STORE_SUBSCR = 39, 1, [], |_a| -3;
    TO_BOOL = 40, 3, [], |_a| 0;
    UNARY_INVERT = 41, 0, [], |_a| 0;
    UNARY_NEGATIVE = 42, 0, [], |_a| 0;
    UNARY_NOT = 43, 0, [], |_a| 0;
    WITH_EXCEPT_START = 44, 0, [], |_a| 1;
    BINARY_OP = 45, 2, [HAS_ARG], |_a| -1;
    BUILD_CONST_KEY_MAP = 46, 0, [HAS_ARG], |a| -a;
    BUILD_LIST = 47, 0, [HAS_ARG], |a| 1 - a;
    BUILD_MAP = 48, 0, [HAS_ARG], |a| 1 - 2 * a;
    BUILD_SET = 49, 0, [HAS_ARG], |a| 1 - a;
    BUILD_SLICE = 50, 0, [HAS_ARG], |a| if a == 3 { -2 } else { -1 };
    BUILD_STRING = 51, 0, [HAS_ARG], |a| 1 - a;
    BUILD_TUPLE = 52, 0, [HAS_ARG], |a| 1 - a;
    CALL = 53, 3, [HAS_ARG], |a| -1 - a;
    CALL_FUNCTION_EX = 54, 0, [HAS_ARG], |a| -2 - (a & 1);
    CALL_INTRINSIC_1 = 55, 0, [HAS_ARG], |_a| 0;
    CALL_INTRINSIC_2 = 56, 0, [HAS_ARG], |_a| -1;
    CALL_KW = 57, 3, [HAS_ARG], |a| -2 - a;
    COMPARE_OP = 58, 1, [HAS_ARG], |_a| -1;
    CONTAINS_OP = 59, 1, [HAS_ARG], |_a| -1;
    CONVERT_VALUE = 60, 0, [HAS_ARG], |_a| 0;
    COPY = 61, 0, [HAS_ARG], |_a| 1;
    COPY_FREE_VARS = 62, 0, [HAS_ARG], |_a| 0;
    DELETE_ATTR = 63, 0, [HAS_ARG | HAS_NAME], |_a| -1;
    DELETE_DEREF = 64, 0, [HAS_ARG | HAS_FREE], |_a| 0;
    DELETE_FAST = 65, 0, [HAS_ARG | HAS_LOCAL], |_a| 0;
    DELETE_GLOBAL = 66, 0, [HAS_ARG | HAS_NAME], |_a| 0;
    DELETE_NAME = 67, 0, [HAS_ARG | HAS_NAME], |_a| 0;
    DICT_MERGE = 68, 0, [HAS_ARG], |_a| -1;
    DICT_UPDATE = 69, 0, [HAS_ARG], |_a| -1;
    ENTER_EXECUTOR = 70, 0, [HAS_ARG], |_a| 0;
    EXTENDED_ARG = 71, 0, [HAS_ARG], |_a| 0;
    FOR_ITER = 72, 1, [HAS_ARG | JUMP_FWD | COND], |_a| 1;
    GET_AWAITABLE = 73, 0, [HAS_ARG], |_a| 0;
    IMPORT_FROM = 74, 0, [HAS_ARG | HAS_NAME], |_a| 1;
    IMPORT_NAME = 75, 0, [HAS_ARG | HAS_NAME], |_a| -1;
    IS_OP = 76, 0, [HAS_ARG], |_a| -1;
    JUMP_BACKWARD = 77, 1, [HAS_ARG | JUMP_BACK | NO_FALLTHROUGH], |_a| 0;
    JUMP_BACKWARD_NO_INTERRUPT = 78, 0, [HAS_ARG | JUMP_BACK | NO_FALLTHROUGH], |_a| 0;
    JUMP_FORWARD = 79, 0, [HAS_ARG | JUMP_FWD | NO_FALLTHROUGH], |_a| 0;
    LIST_APPEND = 80, 0, [HAS_ARG], |_a| -1;
    LIST_EXTEND = 81, 0, [HAS_ARG], |_a| -1;
    LOAD_ATTR = 82, 9, [HAS_ARG | HAS_NAME], |a| a & 1;
    LOAD_CONST = 83, 0, [HAS_ARG | HAS_CONST], |_a| 1;
    LOAD_DEREF = 84, 0, [HAS_ARG | HAS_FREE], |_a| 1;
    LOAD_FAST = 85, 0, [HAS_ARG | HAS_LOCAL], |_a| 1;
    LOAD_FAST_AND_CLEAR = 86, 0, [HAS_ARG | HAS_LOCAL], |_a| 1;
    LOAD_FAST_CHECK = 87, 0, [HAS_ARG | HAS_LOCAL], |_a| 1;
    LOAD_FAST_LOAD_FAST = 88, 0, [HAS_ARG | HAS_LOCAL], |_a| 2;
    LOAD_FROM_DICT_OR_DEREF = 89, 0, [HAS_ARG | HAS_FREE], |_a| 0;
    LOAD_FROM_DICT_OR_GLOBALS = 90, 0, [HAS_ARG | HAS_NAME], |_a| 0;
    LOAD_GLOBAL = 91, 4, [HAS_ARG | HAS_NAME], |a| 1 + (a & 1);
    LOAD_NAME = 92, 0, [HAS_ARG | HAS_NAME], |_a| 1;
    LOAD_SUPER_ATTR = 93, 1, [HAS_ARG | HAS_NAME], |a| -2 + (a & 1);
    MAKE_CELL = 94, 0, [HAS_ARG | HAS_FREE], |_a| 0;
    MAP_ADD = 95, 0, [HAS_ARG], |_a| -2;
    MATCH_CLASS = 96, 0, [HAS_ARG], |_a| -2;
    POP_JUMP_IF_FALSE = 97, 1, [HAS_ARG | JUMP_FWD | COND], |_a| -1;
    POP_JUMP_IF_NONE = 98, 1, [HAS_ARG | JUMP_FWD | COND], |_a| -1;
    POP_JUMP_IF_NOT_NONE = 99, 1, [HAS_ARG | JUMP_FWD | COND], |_a| -1;
    POP_JUMP_IF_TRUE = 100, 1, [HAS_ARG | JUMP_FWD | COND], |_a| -1;
    RAISE_VARARGS = 101, 0, [HAS_ARG | NO_FALLTHROUGH], |a| -a;
    RERAISE = 102, 0, [HAS_ARG | NO_FALLTHROUGH], |_a| -1;
    RETURN_CONST = 103, 0, [HAS_ARG | HAS_CONST | NO_FALLTHROUGH], |_a| 0;
    SEND = 104, 1, [HAS_ARG | JUMP_FWD | COND], |_a| 0;
    SET_ADD = 105, 0, [HAS_ARG], |_a| -1;
    SET_FUNCTION_ATTRIBUTE = 106, 0, [HAS_ARG], |_a| -1;
    SET_UPDATE = 107, 0, [HAS_ARG], |_a| -1;
    STORE_ATTR = 108, 4, [HAS_ARG | HAS_NAME], |_a| -2;
    STORE_DEREF = 109, 0, [HAS_ARG | HAS_FREE], |_a| -1;
    STORE_FAST = 110, 0, [HAS_ARG | HAS_LOCAL], |_a| -1;
    STORE_FAST_LOAD_FAST = 111, 0, [HAS_ARG | HAS_LOCAL], |_a| 0;
    STORE_FAST_STORE_FAST = 112, 0, [HAS_ARG | HAS_LOCAL], |_a| -2;
    STORE_GLOBAL = 113, 0, [HAS_ARG | HAS_NAME], |_a| -1;
    STORE_NAME = 114, 0, [HAS_ARG | HAS_NAME], |_a| -1;
    SWAP = 115, 0, [HAS_ARG], |_a| 0;
    UNPACK_EX = 116, 0, [HAS_ARG], |a| (a & 0xff) + (a >> 8);
    UNPACK_SEQUENCE = 117, 1, [HAS_ARG], |a| a - 1;
    YIELD_VALUE = 118, 0, [HAS_ARG], |_a| 0;
    RESUME = 149, 0, [HAS_ARG], |_a| 0;
}

impl Opcode {
    pub const fn has_arg(self) -> bool {
        self.flags() & HAS_ARG != 0
    }

    /// A jump (either direction); the oparg is a relative distance in code units.
    pub const fn is_jump(self) -> bool {
        self.flags() & (JUMP_FWD | JUMP_BACK) != 0
    }

    pub const fn is_backward_jump(self) -> bool {
        self.flags() & JUMP_BACK != 0
    }

    /// Control never reaches the next instruction.
    pub const fn no_fallthrough(self) -> bool {
        self.flags() & NO_FALLTHROUGH != 0
    }

    /// Code units the instruction occupies with its caches (not counting EXTENDED_ARG).
    pub const fn size(self) -> u32 {
        1 + self.caches()
    }
}

/// Whether running `code` (units of opcode, oparg) could go past its last instruction: the
/// last instruction is not one that never falls through (or is unknown). The compiler never
/// makes such code; `Runtime::new_code` closes any other with a RESERVED unit, so the loop
/// fetches without a bounds check.
pub fn falls_off_end(code: &[u8]) -> bool {
    let mut i = 0;
    let mut last = None;
    while i + 1 < code.len() {
        let op = Opcode::from_u8(code[i]);
        let size = match op {
            Some(o) => {
                last = Some(o);
                o.size() as usize
            }
            None => {
                last = None;
                1
            }
        };
        i += 2 * size;
    }
    i != code.len() || !last.is_some_and(|o| o.no_fallthrough())
}

/// BINARY_OP opargs (CPython's NB_* order); the in-place forms add `INPLACE`.
pub const BINARY_OP_NAMES: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];
pub const INPLACE: u32 = 13;

/// COMPARE_OP: `oparg >> 5` indexes this table; bit 4 asks for a bool result (the TO_BOOL is
/// folded in); the low 4 bits are the comparison mask the specializer uses.
pub const COMPARE_NAMES: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
pub const COMPARE_MASKS: [u32; 6] = [2, 10, 8, 7, 4, 12];
pub const COMPARE_BOOL: u32 = 16;

/// CALL_INTRINSIC_1 functions.
pub const INTRINSIC1_NAMES: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];
pub const INTRINSIC_PRINT: u32 = 1;
pub const INTRINSIC_IMPORT_STAR: u32 = 2;
pub const INTRINSIC_STOPITERATION_ERROR: u32 = 3;
pub const INTRINSIC_ASYNC_GEN_WRAP: u32 = 4;
pub const INTRINSIC_UNARY_POSITIVE: u32 = 5;
pub const INTRINSIC_LIST_TO_TUPLE: u32 = 6;
pub const INTRINSIC_TYPEVAR: u32 = 7;
pub const INTRINSIC_PARAMSPEC: u32 = 8;
pub const INTRINSIC_TYPEVARTUPLE: u32 = 9;
pub const INTRINSIC_SUBSCRIPT_GENERIC: u32 = 10;
pub const INTRINSIC_TYPEALIAS: u32 = 11;

/// CALL_INTRINSIC_2 functions.
pub const INTRINSIC2_NAMES: [&str; 6] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
    "INTRINSIC_SET_TYPEPARAM_DEFAULT",
];
pub const INTRINSIC_PREP_RERAISE_STAR: u32 = 1;
pub const INTRINSIC_TYPEVAR_WITH_BOUND: u32 = 2;
pub const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
pub const INTRINSIC_SET_FUNCTION_TYPE_PARAMS: u32 = 4;

/// SET_FUNCTION_ATTRIBUTE flags.
pub const FN_DEFAULTS: u32 = 1;
pub const FN_KWDEFAULTS: u32 = 2;
pub const FN_ANNOTATIONS: u32 = 4;
pub const FN_CLOSURE: u32 = 8;

/// RESUME opargs: where the frame resumes.
pub const RESUME_START: u32 = 0;
pub const RESUME_AFTER_YIELD: u32 = 1;
pub const RESUME_AFTER_YIELD_FROM: u32 = 2;
pub const RESUME_AFTER_AWAIT: u32 = 3;

/// CONVERT_VALUE opargs (index 0 unused).
pub const CONVERSION_NAMES: [&str; 4] = ["", "str", "repr", "ascii"];

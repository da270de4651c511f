//! `code`: compiled bytecode and its metadata (CPython's `co_*` fields). The compiler fills
//! one in; the interpreter runs it. Immutable from Python, except the instruction bytes the
//! specializer may rewrite in place.

use alloc::format;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

use super::error::PyResult;
use super::getset::{GetSetDef, Getter};
use super::header::{Payload, alloc_object};
use super::value::Value;
use crate::runtime::Runtime;

/// Fields of a code object, as CPython 3.11 names them.
pub struct CodeData {
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// 16-bit code units (opcode, oparg) as bytes, inline caches included.
    pub code: UnsafeCell<Vec<u8>>,
    /// Tuples.
    pub consts: Value,
    pub names: Value,
    pub varnames: Value,
    pub cellvars: Value,
    pub freevars: Value,
    pub exceptiontable: Vec<u8>,
    pub linetable: Vec<u8>,
    /// Slots of localsplus: varnames, cellvars that are not varnames, freevars (derived).
    pub nlocalsplus: u32,
    /// Tier 2's executors for this code's hot loops (ENTER_EXECUTOR indexes it).
    pub executors: crate::tier2::CodeExecutors,
    /// Bytes accounted to the heap for the vectors above (released when freed).
    accounted: usize,
    /// What the evaluation loop reads at every call and return, fixed when the code is made
    /// (see `loop_view`): the code units' bytes (the vector is written in place by the
    /// specializer and tier 2, never resized, so its buffer never moves), their count, and the
    /// items of `consts` and `names` (tuples: their items never move either).
    units: *mut u8,
    nunits: usize,
    consts_items: *const Value,
    names_items: *const Value,
    /// Slots of a frame's slice: localsplus, the value stack, and two spare.
    framesize: usize,
}

/// The raw pointers `CodeData::loop_view` hands the evaluation loop.
#[derive(Clone, Copy)]
pub struct LoopView {
    pub code: *const u8,
    pub ncode: usize,
    pub consts: *const Value,
    pub names: *const Value,
}

/// What `Runtime::new_code` takes: every field but the bookkeeping.
pub struct CodeParts {
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: Vec<u8>,
    pub consts: Value,
    pub names: Value,
    pub varnames: Value,
    pub cellvars: Value,
    pub freevars: Value,
    pub exceptiontable: Vec<u8>,
    pub linetable: Vec<u8>,
}

impl Payload for CodeData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in [
            &self.name,
            &self.qualname,
            &self.filename,
            &self.consts,
            &self.names,
            &self.varnames,
            &self.cellvars,
            &self.freevars,
        ] {
            visit(v);
        }
    }
    fn extra_bytes(&self) -> usize {
        self.accounted
    }
}

impl CodeData {
    /// Slots a frame running this code takes from the data stack.
    #[inline(always)]
    pub fn frame_size(&self) -> usize {
        self.framesize
    }

    /// The evaluation loop's view of this code: a few loads, no checks.
    #[inline(always)]
    pub fn loop_view(&self) -> LoopView {
        LoopView {
            code: self.units,
            ncode: self.nunits,
            consts: self.consts_items,
            names: self.names_items,
        }
    }
}

/// CPython's `co_flags` bits.
pub mod co_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

impl Runtime {
    pub fn new_code(&self, mut p: CodeParts) -> PyResult<Value> {
        if crate::bytecode::opcode::falls_off_end(&p.code) {
            // Stubs and hand-made code: running past the end meets RESERVED (SystemError).
            p.code.truncate(p.code.len() & !1);
            p.code
                .extend_from_slice(&[crate::bytecode::opcode::Opcode::RESERVED as u8, 0]);
        }
        crate::specialize::quicken(&mut p.code);
        if self.tiers.specialize {
            let consts = self.tuple_items(&p.consts).unwrap_or(&[]);
            crate::specialize::quicken_static(&mut p.code, consts);
        }
        let accounted = p.code.capacity() + p.exceptiontable.capacity() + p.linetable.capacity();
        if !self.heap().grow(accounted) {
            return Err(self.memory_error());
        }
        let nlocalsplus = self.count_localsplus(&p.varnames, &p.cellvars, &p.freevars) as u32;
        let nunits = p.code.len() / 2;
        let units = p.code.as_mut_ptr();
        let consts_items = self.tuple_items(&p.consts).unwrap_or(&[]).as_ptr();
        let names_items = self.tuple_items(&p.names).unwrap_or(&[]).as_ptr();
        let framesize = nlocalsplus as usize + p.stacksize as usize + 2;
        let d = CodeData {
            nlocalsplus,
            name: p.name,
            qualname: p.qualname,
            filename: p.filename,
            firstlineno: p.firstlineno,
            argcount: p.argcount,
            posonlyargcount: p.posonlyargcount,
            kwonlyargcount: p.kwonlyargcount,
            nlocals: p.nlocals,
            stacksize: p.stacksize,
            flags: p.flags,
            code: UnsafeCell::new(p.code),
            consts: p.consts,
            names: p.names,
            varnames: p.varnames,
            cellvars: p.cellvars,
            freevars: p.freevars,
            exceptiontable: p.exceptiontable,
            linetable: p.linetable,
            executors: Default::default(),
            accounted,
            units,
            nunits,
            consts_items,
            names_items,
            framesize,
        };
        unsafe { alloc_object(self, self.types().code.0, d) }.ok_or_else(|| self.memory_error())
    }

    fn count_localsplus(&self, varnames: &Value, cellvars: &Value, freevars: &Value) -> usize {
        let vars = self.tuple_items(varnames).unwrap_or(&[]);
        let cells = self.tuple_items(cellvars).unwrap_or(&[]);
        let frees = self.tuple_items(freevars).map_or(0, |t| t.len());
        let own_cells = cells
            .iter()
            .filter(|c| {
                let c = self.str_of(c);
                !vars.iter().any(|v| self.str_of(v) == c)
            })
            .count();
        vars.len() + own_cells + frees
    }

    /// The code payload of `v`, which the caller knows is a code object (a frame's or a
    /// function's code: both are checked when set).
    ///
    /// # Safety
    /// `v` must be a code object.
    #[inline(always)]
    pub unsafe fn code_data_unchecked<'a>(&self, v: &'a Value) -> &'a CodeData {
        debug_assert!(self.type_of(v) == self.types().code);
        unsafe { v.heap().unwrap_unchecked().payload::<CodeData>() }
    }

    /// The code payload, when `v` is a code object.
    #[inline]
    pub fn code_data<'a>(&self, v: &'a Value) -> Option<&'a CodeData> {
        if self.type_of(v) != self.types().code {
            return None;
        }
        Some(unsafe { v.heap()?.payload::<CodeData>() })
    }

    /// A minimal code object (name, file, line); for tests and native stubs.
    pub fn new_code_stub(&self, name: &str, filename: &str, line: u32) -> PyResult<Value> {
        let empty = self.new_tuple(Vec::new())?;
        self.new_code(CodeParts {
            name: self.new_str(name)?,
            qualname: self.new_str(name)?,
            filename: self.new_str(filename)?,
            firstlineno: line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 0,
            stacksize: 0,
            flags: co_flags::OPTIMIZED | co_flags::NEWLOCALS | co_flags::NOFREE,
            code: Vec::new(),
            consts: empty.clone(),
            names: empty.clone(),
            varnames: empty.clone(),
            cellvars: empty.clone(),
            freevars: empty,
            exceptiontable: Vec::new(),
            linetable: Vec::new(),
        })
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a CodeData> {
    super::method::checked(rt, v, rt.types().code, "code")
}

fn bytes_value(rt: &Runtime, b: &[u8]) -> PyResult<Value> {
    rt.new_bytes(b)
}

fn code_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let d = data(rt, v)?;
    // CPython prints the file name as is, in double quotes.
    let file = rt.str_of(&d.filename).unwrap_or("???");
    rt.new_str(&format!(
        "<code object {} at {:#x}, file \"{file}\", line {}>",
        rt.str_of(&d.name).unwrap_or("?"),
        v.bits(),
        d.firstlineno
    ))
}

macro_rules! value_getter {
    ($f:ident) => {
        (|rt, v| Ok(data(rt, v)?.$f.clone())) as Getter
    };
}
macro_rules! int_getter {
    ($f:ident) => {
        (|rt, v| rt.new_int(data(rt, v)?.$f as i64)) as Getter
    };
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<CodeData>("code", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.repr = Some(code_repr);
        let defs: [(&'static str, Getter); 18] = [
            ("co_name", value_getter!(name)),
            ("co_qualname", value_getter!(qualname)),
            ("co_filename", value_getter!(filename)),
            ("co_consts", value_getter!(consts)),
            ("co_names", value_getter!(names)),
            ("co_varnames", value_getter!(varnames)),
            ("co_cellvars", value_getter!(cellvars)),
            ("co_freevars", value_getter!(freevars)),
            ("co_firstlineno", int_getter!(firstlineno)),
            ("co_argcount", int_getter!(argcount)),
            ("co_posonlyargcount", int_getter!(posonlyargcount)),
            ("co_kwonlyargcount", int_getter!(kwonlyargcount)),
            ("co_nlocals", int_getter!(nlocals)),
            ("co_stacksize", int_getter!(stacksize)),
            ("co_flags", int_getter!(flags)),
            ("co_code", |rt, v| {
                let d = data(rt, v)?;
                // As the compiler made it: the specializer's forms and caches do not show.
                let bytes = crate::specialize::deopt_code(unsafe { &*d.code.get() });
                bytes_value(rt, &bytes)
            }),
            ("co_exceptiontable", |rt, v| {
                bytes_value(rt, &data(rt, v)?.exceptiontable)
            }),
            ("co_linetable", |rt, v| {
                bytes_value(rt, &data(rt, v)?.linetable)
            }),
        ];
        let getsets: Vec<GetSetDef> = defs
            .into_iter()
            .map(|(name, get)| GetSetDef {
                name,
                get,
                set: Some(super::getset::readonly_member),
            })
            .collect();
        rt.add_getsets(ty, &getsets);
        rt.add_methods(
            ty,
            &[super::descr::MethodDef::method(
                "replace",
                super::code_replace::replace,
            )],
        );
    })
}

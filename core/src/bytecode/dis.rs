//! The disassembler: renders a `CodeUnit` the way CPython 3.12's `dis.dis` lays it out (line
//! number, `>>` jump-target mark, byte offset, opname, oparg, resolved argument), with CPython
//! 3.13's instruction names and argument descriptions, recursing into nested code objects.
//! Code object addresses print as `0x0` so output is stable.

use super::code::{CodeUnit, Const, Instruction};
use super::opcode::{self, Opcode};
use super::tables;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

/// Disassembles `code` and every code object nested in it.
pub fn dis(code: &CodeUnit) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in code.nested() {
        let _ = write!(out, "\nDisassembly of {}:\n", code_repr(c));
        disassemble_one(c, &mut out);
    }
    out
}

pub fn code_repr(c: &CodeUnit) -> String {
    format!(
        "<code object {} at 0x0, file \"{}\", line {}>",
        c.name, c.filename, c.firstlineno
    )
}

/// Disassembles one code object (without the nested ones).
pub fn disassemble_one(code: &CodeUnit, out: &mut String) {
    let instrs = code.instructions();
    let locs =
        tables::decode_locations(code.firstlineno as i32, &code.linetable).unwrap_or_default();
    let mut targets: Vec<u32> = instrs.iter().filter_map(|i| i.jump_target()).collect();
    let exc = tables::decode_exception_table(&code.exceptiontable).unwrap_or_default();
    targets.extend(exc.iter().map(|e| e.target));
    let maxline = locs.iter().map(|l| l.line).max().unwrap_or(0);
    let line_w = maxline.to_string().len().max(3);
    let off_w = (code.code.len() * 2).to_string().len().max(4);
    let mut last_line: Option<i32> = None;
    for (n, ins) in instrs.iter().enumerate() {
        let line = locs.get(ins.offset as usize).map(|l| l.line).unwrap_or(-1);
        let starts = last_line != Some(line);
        let mut s = String::new();
        if starts {
            if n > 0 {
                out.push('\n');
            }
            last_line = Some(line);
            if line < 0 {
                let _ = write!(s, "{:>line_w$}", "--");
            } else {
                let _ = write!(s, "{line:>line_w$}");
            }
        } else {
            s.push_str(&" ".repeat(line_w));
        }
        s.push_str("    ");
        s.push_str(if targets.contains(&ins.start) {
            ">>"
        } else {
            "  "
        });
        let _ = write!(s, " {:>off_w$} {:<20}", ins.start * 2, ins.op.name());
        if ins.op.has_arg() {
            let _ = write!(s, " {:>5}", ins.arg);
            let r = argrepr(code, ins);
            if !r.is_empty() {
                let _ = write!(s, " ({r})");
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
    if !exc.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in exc {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end.saturating_sub(1) * 2,
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

fn name(code: &CodeUnit, i: u32) -> String {
    code.names
        .get(i as usize)
        .cloned()
        .unwrap_or_else(|| format!("<bad name {i}>"))
}

fn local(code: &CodeUnit, i: u32) -> String {
    code.localsplusnames
        .get(i as usize)
        .cloned()
        .unwrap_or_else(|| format!("<bad local {i}>"))
}

fn argrepr(code: &CodeUnit, ins: &Instruction) -> String {
    let a = ins.arg;
    use Opcode::*;
    match ins.op {
        LOAD_CONST | RETURN_CONST => match code.consts.get(a as usize) {
            Some(c) => const_repr(c),
            None => format!("<bad const {a}>"),
        },
        LOAD_GLOBAL => {
            let n = name(code, a >> 1);
            if a & 1 != 0 { format!("{n} + NULL") } else { n }
        }
        LOAD_ATTR => {
            let n = name(code, a >> 1);
            if a & 1 != 0 {
                format!("{n} + NULL|self")
            } else {
                n
            }
        }
        LOAD_SUPER_ATTR => {
            let n = name(code, a >> 2);
            if a & 1 != 0 {
                format!("{n} + NULL|self")
            } else {
                n
            }
        }
        LOAD_FAST_LOAD_FAST | STORE_FAST_STORE_FAST | STORE_FAST_LOAD_FAST => {
            format!("{}, {}", local(code, a >> 4), local(code, a & 15))
        }
        BINARY_OP => opcode::BINARY_OP_NAMES
            .get(a as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        COMPARE_OP => {
            let n = opcode::COMPARE_NAMES
                .get((a >> 5) as usize)
                .copied()
                .unwrap_or("?");
            if a & opcode::COMPARE_BOOL != 0 {
                format!("bool({n})")
            } else {
                n.to_string()
            }
        }
        CONVERT_VALUE => opcode::CONVERSION_NAMES
            .get(a as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        CALL_INTRINSIC_1 => opcode::INTRINSIC1_NAMES
            .get(a as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        CALL_INTRINSIC_2 => opcode::INTRINSIC2_NAMES
            .get(a as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        SET_FUNCTION_ATTRIBUTE => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let v: Vec<&str> = (0..4)
                .filter(|i| a & (1 << i) != 0)
                .map(|i| names[i])
                .collect();
            v.join(", ")
        }
        _ if ins.op.is_jump() => match ins.jump_target() {
            Some(t) => format!("to {}", t * 2),
            None => String::new(),
        },
        _ if ins.op.flags() & opcode::HAS_NAME != 0 => name(code, a),
        _ if ins.op.flags() & (opcode::HAS_LOCAL | opcode::HAS_FREE) != 0 => local(code, a),
        _ => String::new(),
    }
}

/// Python's `repr()` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { re, im } => {
            let imr = if im.is_finite() {
                float_repr(*im).trim_end_matches(".0").to_string()
            } else {
                float_repr(*im)
            };
            if *re == 0.0 && re.is_sign_positive() {
                format!("{imr}j")
            } else {
                let rer = float_repr(*re);
                let rer = rer.strip_suffix(".0").unwrap_or(&rer).to_string();
                let sign = if *im < 0.0
                    || (im.is_sign_negative() && *im == 0.0)
                    || im.is_nan() && im.is_sign_negative()
                {
                    ""
                } else {
                    "+"
                };
                format!("({rer}{sign}{imr}j)")
            }
        }
        Const::Str(s) if s.has_surrogates() => crate::object::text_repr::repr_wtf8(s.exact()),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Const::Code(c) => code_repr(c),
    }
}

/// Python's float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            s.push_str("0.");
            s.push_str(&"0".repeat((-exp - 1) as usize));
            s.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                s.push_str(&digits);
                s.push_str(&"0".repeat(int_len - digits.len()));
                s.push_str(".0");
            } else {
                s.push_str(&digits[..int_len]);
                s.push('.');
                s.push_str(&digits[int_len..]);
            }
        }
    } else {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        let _ = write!(s, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    s
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

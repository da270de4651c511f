//! Runs `tests/cases/{str,bytes,bytearray}.expected` (made by `cases/generate.py` from python3).
//!
//! The shared harness (`tests/cases.rs`) renders results through the runtime's own `repr` and
//! evaluates `-x`, `2**70` through the int type, which other modules are still building; until
//! they land (then register the three areas there with `case_file!`), this file carries a small
//! evaluator for the subset the text cases use: literals, names of a few builtins, calls, attributes, subscripts, `+ - * **`,
//! comparisons, `in`/`not in`, and `; `-separated statements with `name = expr`, `x[k] = v` and
//! `del x[k]`. Int arithmetic is done here (the int type's operators live elsewhere).

use std::collections::HashMap;

use copperhead_core::object::exceptions::BaseExceptionData;
use copperhead_core::object::{Args, BinOp, CmpOp, PyErr, Value};
use copperhead_core::{Config, Runtime};
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Name(String),
    Op(&'static str),
}

const OPS: &[&str] = &[
    "**", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "(", ")", "[", "]", "{", "}", ",", ":",
    ".", "=", ";",
];

fn lex(src: &str) -> Vec<Tok> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let is_bytes = (c == 'b' || c == 'B') && matches!(b.get(i + 1), Some('\'') | Some('"'));
        if c == '\'' || c == '"' || is_bytes {
            if is_bytes {
                i += 1;
            }
            let q = b[i];
            i += 1;
            let mut units: Vec<u32> = Vec::new();
            while b[i] != q {
                if b[i] == '\\' {
                    i += 1;
                    let e = b[i];
                    i += 1;
                    let hex = |n: usize, i: &mut usize| {
                        let s: String = b[*i..*i + n].iter().collect();
                        *i += n;
                        u32::from_str_radix(&s, 16).unwrap()
                    };
                    units.push(match e {
                        'n' => 10,
                        't' => 9,
                        'r' => 13,
                        '0' => 0,
                        '\\' => 92,
                        '\'' => 39,
                        '"' => 34,
                        'x' => hex(2, &mut i),
                        'u' if !is_bytes => hex(4, &mut i),
                        'U' if !is_bytes => hex(8, &mut i),
                        other => panic!("escape {other}"),
                    });
                } else {
                    units.push(b[i] as u32);
                    i += 1;
                }
            }
            i += 1;
            out.push(if is_bytes {
                Tok::Bytes(units.iter().map(|&u| u as u8).collect())
            } else {
                Tok::Str(units.iter().map(|&u| char::from_u32(u).unwrap()).collect())
            });
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            if b.get(i) == Some(&'.') && b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let s: String = b[start..i].iter().collect();
                out.push(Tok::Float(s.parse().unwrap()));
                continue;
            }
            let s: String = b[start..i].iter().filter(|&&c| c != '_').collect();
            let v = if let Some(h) = s.strip_prefix("0x") {
                BigInt::parse_bytes(h.as_bytes(), 16).unwrap()
            } else {
                s.parse().unwrap()
            };
            out.push(Tok::Int(v));
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            out.push(Tok::Name(b[start..i].iter().collect()));
            continue;
        }
        let op = OPS
            .iter()
            .find(|op| b[i..].iter().take(op.len()).copied().eq(op.chars()))
            .unwrap_or_else(|| panic!("bad char {c} in {src}"));
        out.push(Tok::Op(op));
        i += op.len();
    }
    out
}

struct Eval<'r> {
    rt: &'r Runtime,
    toks: Vec<Tok>,
    pos: usize,
    vars: HashMap<String, Value>,
    /// Set when the case needs a type this branch does not have yet (slice).
    skip: bool,
}

type R = Result<Value, PyErr>;

impl Eval<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }
    fn is_name(&self, n: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(x)) if x == n)
    }
    fn expect(&mut self, op: &str) {
        assert!(self.is_op(op), "expected {op} at {:?}", self.peek());
        self.pos += 1;
    }

    /// Runs `stmt; stmt; expr`, returning the last expression's value.
    fn run(&mut self) -> R {
        loop {
            let v = self.statement()?;
            if self.is_op(";") {
                self.pos += 1;
                continue;
            }
            assert!(
                self.peek().is_none(),
                "trailing tokens at {:?}",
                self.peek()
            );
            return Ok(v);
        }
    }

    fn statement(&mut self) -> R {
        let rt = self.rt;
        if self.is_name("del") {
            self.pos += 1;
            let obj = self.postfix_until_subscript()?;
            self.expect("[");
            let key = self.subscript_key()?;
            self.expect("]");
            rt.delitem(&obj, &key)?;
            return Ok(rt.none());
        }
        if let (Some(Tok::Name(n)), Some(Tok::Op("="))) = (self.peek(), self.toks.get(self.pos + 1))
        {
            let n = n.clone();
            self.pos += 2;
            let v = self.expr()?;
            self.vars.insert(n, v);
            return Ok(rt.none());
        }
        // `x[k] = v`: a name, a subscript, then `=`.
        let is_store = matches!(self.peek(), Some(Tok::Name(_)))
            && self.toks.get(self.pos + 1) == Some(&Tok::Op("["))
            && {
                let mut depth = 0;
                let mut j = self.pos + 1;
                loop {
                    match self.toks.get(j) {
                        Some(Tok::Op("[")) => depth += 1,
                        Some(Tok::Op("]")) => depth -= 1,
                        None => break false,
                        _ => {}
                    }
                    j += 1;
                    if depth == 0 {
                        break self.toks.get(j) == Some(&Tok::Op("="));
                    }
                }
            };
        if is_store {
            let obj = self.postfix_until_subscript()?;
            self.expect("[");
            let key = self.subscript_key()?;
            self.expect("]");
            self.expect("=");
            let v = self.expr()?;
            rt.setitem(&obj, &key, &v)?;
            return Ok(rt.none());
        }
        self.expr()
    }

    /// An atom with postfix operations, stopping before the final `[...]`.
    fn postfix_until_subscript(&mut self) -> R {
        let Some(Tok::Name(n)) = self.peek().cloned() else {
            panic!("target")
        };
        self.pos += 1;
        Ok(self.vars[&n].clone())
    }

    fn expr(&mut self) -> R {
        let rt = self.rt;
        if self.is_name("not") {
            self.pos += 1;
            let v = self.expr()?;
            return Ok(rt.bool_value(!rt.truthy(&v)?));
        }
        let left = self.arith()?;
        let cmp = match self.peek() {
            Some(Tok::Op("==")) => Some(CmpOp::Eq),
            Some(Tok::Op("!=")) => Some(CmpOp::Ne),
            Some(Tok::Op("<")) => Some(CmpOp::Lt),
            Some(Tok::Op("<=")) => Some(CmpOp::Le),
            Some(Tok::Op(">")) => Some(CmpOp::Gt),
            Some(Tok::Op(">=")) => Some(CmpOp::Ge),
            _ => None,
        };
        if let Some(op) = cmp {
            self.pos += 1;
            let right = self.arith()?;
            if let (Some(a), Some(b)) = (rt.int_ref(&left), rt.int_ref(&right)) {
                return Ok(rt.bool_value(op.test(a.to_bigint().cmp(&b.to_bigint()))));
            }
            return rt.rich_compare(&left, &right, op);
        }
        if self.is_name("in") {
            self.pos += 1;
            let right = self.arith()?;
            return Ok(rt.bool_value(rt.contains(&right, &left)?));
        }
        if self.is_name("not")
            && matches!(self.toks.get(self.pos + 1), Some(Tok::Name(n)) if n == "in")
        {
            self.pos += 2;
            let right = self.arith()?;
            return Ok(rt.bool_value(!rt.contains(&right, &left)?));
        }
        Ok(left)
    }

    fn arith(&mut self) -> R {
        let mut v = self.term()?;
        while self.is_op("+") || self.is_op("-") {
            let add = self.is_op("+");
            self.pos += 1;
            let r = self.term()?;
            v = self.binop(v, r, if add { BinOp::Add } else { BinOp::Sub })?;
        }
        Ok(v)
    }

    fn term(&mut self) -> R {
        let mut v = self.unary()?;
        while self.is_op("*") {
            self.pos += 1;
            let r = self.unary()?;
            v = self.binop(v, r, BinOp::Mul)?;
        }
        Ok(v)
    }

    fn binop(&self, a: Value, b: Value, op: BinOp) -> R {
        let rt = self.rt;
        if let (Some(x), Some(y)) = (rt.int_ref(&a), rt.int_ref(&b)) {
            let (x, y) = (x.to_bigint(), y.to_bigint());
            return rt.new_int_big(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Pow => x.pow(u32::try_from(y).unwrap()),
                _ => unreachable!(),
            });
        }
        rt.binary_op(&a, &b, op)
    }

    fn unary(&mut self) -> R {
        if self.is_op("-") {
            self.pos += 1;
            let v = self.unary()?;
            let i = self.rt.int_ref(&v).expect("unary minus on int").to_bigint();
            return self.rt.new_int_big(-i);
        }
        let v = self.postfix()?;
        if self.is_op("**") {
            self.pos += 1;
            let r = self.unary()?;
            return self.binop(v, r, BinOp::Pow);
        }
        Ok(v)
    }

    fn args(&mut self) -> Result<(Vec<Value>, Vec<Value>), PyErr> {
        let mut pos = Vec::new();
        let mut kw: Vec<(Value, Value)> = Vec::new();
        while !self.is_op(")") {
            if let (Some(Tok::Name(n)), Some(Tok::Op("="))) =
                (self.peek(), self.toks.get(self.pos + 1))
            {
                let name = self.rt.new_str(n).unwrap();
                self.pos += 2;
                kw.push((name, self.expr()?));
            } else {
                pos.push(self.expr()?);
            }
            if self.is_op(",") {
                self.pos += 1;
            }
        }
        self.pos += 1;
        let mut names = Vec::new();
        for (k, v) in kw {
            names.push(k);
            pos.push(v);
        }
        Ok((pos, names))
    }

    fn subscript_key(&mut self) -> R {
        let rt = self.rt;
        let part = |s: &mut Self| -> R {
            if s.is_op(":") || s.is_op("]") {
                Ok(rt.none())
            } else {
                s.expr()
            }
        };
        let a = part(self)?;
        if !self.is_op(":") {
            return Ok(a);
        }
        self.pos += 1;
        let b = part(self)?;
        let c = if self.is_op(":") {
            self.pos += 1;
            part(self)?
        } else {
            rt.none()
        };
        self.make_slice(&[a, b, c])
    }

    fn make_slice(&mut self, parts: &[Value]) -> R {
        let rt = self.rt;
        if rt.lookup_in_type(rt.types().slice, "indices").is_none() {
            self.skip = true;
            return Err(rt.type_error("slice type not available"));
        }
        rt.call(&rt.types().slice.value(), Args::positional(parts))
    }

    fn postfix(&mut self) -> R {
        let rt = self.rt;
        let mut v = self.atom()?;
        loop {
            if self.is_op(".") {
                self.pos += 1;
                let Some(Tok::Name(n)) = self.peek().cloned() else {
                    panic!("attr")
                };
                self.pos += 1;
                v = rt.getattr_str(&v, &n)?;
            } else if self.is_op("(") {
                self.pos += 1;
                let (all, names) = self.args()?;
                v = rt.call(&v, Args::new(&all, &names))?;
            } else if self.is_op("[") {
                self.pos += 1;
                let key = self.subscript_key()?;
                self.expect("]");
                v = rt.getitem(&v, &key)?;
            } else {
                return Ok(v);
            }
        }
    }

    fn seq(&mut self, close: &str) -> Result<(Vec<Value>, bool), PyErr> {
        let mut items = Vec::new();
        let mut comma = false;
        while !self.is_op(close) {
            items.push(self.expr()?);
            if self.is_op(",") {
                comma = true;
                self.pos += 1;
            }
        }
        self.pos += 1;
        Ok((items, comma))
    }

    fn atom(&mut self) -> R {
        let rt = self.rt;
        let t = self.peek().cloned().expect("atom");
        self.pos += 1;
        match t {
            Tok::Int(i) => rt.new_int_big(i),
            Tok::Float(f) => rt.new_float(f),
            Tok::Str(s) => rt.new_str(&s),
            Tok::Bytes(b) => rt.new_bytes(&b),
            Tok::Op("(") => {
                let (items, comma) = self.seq(")")?;
                if items.len() == 1 && !comma {
                    Ok(items.into_iter().next().unwrap())
                } else {
                    rt.new_tuple(items)
                }
            }
            Tok::Op("[") => {
                let (items, _) = self.seq("]")?;
                rt.new_list(items)
            }
            Tok::Op("{") => {
                let d = rt.new_dict()?;
                while !self.is_op("}") {
                    let k = self.expr()?;
                    self.expect(":");
                    let v = self.expr()?;
                    rt.dict_data(&d).unwrap().set(rt, k, v)?;
                    if self.is_op(",") {
                        self.pos += 1;
                    }
                }
                self.pos += 1;
                Ok(d)
            }
            Tok::Name(n) => self.name(&n),
            other => panic!("unexpected {other:?}"),
        }
    }

    fn name(&mut self, n: &str) -> R {
        let rt = self.rt;
        if let Some(v) = self.vars.get(n) {
            return Ok(v.clone());
        }
        let builtin = |s: &mut Self, f: &dyn Fn(&[Value]) -> R| -> R {
            s.expect("(");
            let (a, _) = s.args()?;
            f(&a)
        };
        match n {
            "None" => Ok(rt.none()),
            "True" => Ok(rt.bool_value(true)),
            "False" => Ok(rt.bool_value(false)),
            "str" => Ok(rt.types().str.value()),
            "bytes" => Ok(rt.types().bytes.value()),
            "bytearray" => Ok(rt.types().bytearray.value()),
            "len" => builtin(self, &|a| rt.new_int(rt.len(&a[0])? as i64)),
            "repr" => builtin(self, &|a| rt.repr(&a[0])),
            "hash" => builtin(self, &|a| rt.new_int(rt.hash(&a[0])?)),
            "list" => builtin(self, &|a| rt.new_list(rt.collect(&a[0])?)),
            "iter" => builtin(self, &|a| rt.iter(&a[0])),
            "next" => builtin(self, &|a| match rt.next(&a[0])? {
                Some(v) => Ok(v),
                None => Err(rt.stop_iteration(None)),
            }),
            "slice" => {
                self.expect("(");
                let (a, _) = self.args()?;
                self.make_slice(&a)
            }
            _ => panic!("unknown name {n}"),
        }
    }
}

/// `repr(v)` for the result types the cases produce (ints, containers done here).
fn show(rt: &Runtime, v: &Value) -> String {
    if v.is(&rt.bool_value(true)) {
        return "True".into();
    }
    if v.is(&rt.bool_value(false)) {
        return "False".into();
    }
    if rt.is_none(v) {
        return "None".into();
    }
    if let Some(i) = rt.int_ref(v) {
        return i.to_bigint().to_string();
    }
    let join = |items: &[Value]| {
        items
            .iter()
            .map(|x| show(rt, x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(items) = rt.tuple_items(v) {
        return if items.len() == 1 {
            format!("({},)", show(rt, &items[0]))
        } else {
            format!("({})", join(items))
        };
    }
    if let Some(l) = rt.list_data(v) {
        return format!("[{}]", join(l.items()));
    }
    if let Some(d) = rt.dict_data(v) {
        let parts: Vec<String> = d
            .items()
            .iter()
            .map(|(k, x)| format!("{}: {}", show(rt, k), show(rt, x)))
            .collect();
        return format!("{{{}}}", parts.join(", "));
    }
    rt.repr_string(v).unwrap_or_else(|_| "<repr failed>".into())
}

fn show_err(rt: &Runtime, e: &PyErr) -> String {
    let exc = e.value();
    let name = rt.type_name(exc);
    let uni = rt.err_matches(e, rt.exc().unicode_decode_error)
        || rt.err_matches(e, rt.exc().unicode_encode_error);
    let msg = if uni {
        rt.str_string(exc).unwrap_or_default()
    } else {
        let data = unsafe { exc.heap().unwrap().payload::<BaseExceptionData>() };
        let args = unsafe { (*data.args.get()).clone() };
        match args.as_ref().and_then(|a| rt.tuple_items(a)) {
            Some([]) | None => String::new(),
            Some([one]) => rt
                .str_of(one)
                .map(String::from)
                .unwrap_or_else(|| show(rt, one)),
            Some(_) => show(rt, args.as_ref().unwrap()),
        }
    };
    format!("!{name}: {msg}")
}

/// Undoes `generate.py`'s escaping of tabs, newlines and backslashes.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}

fn run_file(area: &str) {
    let path = format!("{}/tests/cases/{area}.expected", env!("CARGO_MANIFEST_DIR"));
    let expected = std::fs::read_to_string(&path).unwrap();
    let rt = Runtime::new(Config::default());
    let mut failures = Vec::new();
    let (mut count, mut skipped) = (0, 0);
    for line in expected.lines() {
        let Some((program, want)) = line.split_once('\t') else {
            continue;
        };
        let (program, want) = (unescape(program), unescape(want));
        count += 1;
        let mut ev = Eval {
            rt: &rt,
            toks: lex(&program),
            pos: 0,
            vars: HashMap::new(),
            skip: false,
        };
        let got = match ev.run() {
            Ok(v) => show(&rt, &v),
            Err(e) => show_err(&rt, &e),
        };
        if ev.skip {
            // Slices need the slice type, which another module provides.
            skipped += 1;
            continue;
        }
        if got != want {
            failures.push(format!("{program}\n    want: {want}\n    got:  {got}"));
        }
    }
    eprintln!("{area}: {count} cases, {skipped} skipped (no slice type yet)");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn str_cases() {
    run_file("str");
}

#[test]
fn bytes_cases() {
    run_file("bytes");
}

#[test]
fn bytearray_cases() {
    run_file("bytearray");
}

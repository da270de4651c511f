//! Numbers and formatting against CPython: every case in `tests/data/numbers.jsonl` was run by
//! python3 (`tests/gen/numbers.py`), which recorded `repr(result)` or `!ExcType: message`.
//! Here each case is run through the runtime's protocol and compared.

use copperhead_core::object::exceptions::BaseExceptionData;
use copperhead_core::object::{Args, BinOp, CmpOp, Value, format_spec, printf, str_format};
use copperhead_core::{Config, Runtime};

/// Just enough JSON for the data file.
#[derive(Debug, Clone)]
enum J {
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
    Bool(bool),
    Num,
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && (self.s[self.i] as char).is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn val(&mut self) -> J {
        self.ws();
        match self.s[self.i] {
            b'"' => J::Str(self.string()),
            b'[' => {
                self.i += 1;
                let mut v = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b']' {
                        self.i += 1;
                        break;
                    }
                    v.push(self.val());
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                J::Arr(v)
            }
            b'{' => {
                self.i += 1;
                let mut v = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b'}' {
                        self.i += 1;
                        break;
                    }
                    let k = self.string();
                    self.ws();
                    self.i += 1; // ':'
                    let x = self.val();
                    v.push((k, x));
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                J::Obj(v)
            }
            b't' => {
                self.i += 4;
                J::Bool(true)
            }
            b'f' => {
                self.i += 5;
                J::Bool(false)
            }
            _ => {
                while self.i < self.s.len() && b"-0123456789.eE+".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                J::Num
            }
        }
    }
    /// A JSON string (the file is ASCII: `ensure_ascii`), decoded from UTF-16 units.
    fn string(&mut self) -> String {
        self.i += 1;
        let mut units: Vec<u16> = Vec::new();
        loop {
            let c = self.s[self.i];
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.s[self.i];
                    self.i += 1;
                    let u = match e {
                        b'u' => {
                            let h = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            self.i += 4;
                            u16::from_str_radix(h, 16).unwrap()
                        }
                        b'n' => 10,
                        b't' => 9,
                        b'r' => 13,
                        b'b' => 8,
                        b'f' => 12,
                        other => other as u16,
                    };
                    units.push(u);
                }
                c => units.push(c as u16),
            }
        }
        String::from_utf16_lossy(&units)
    }
}

fn decode(rt: &Runtime, j: &J) -> Value {
    let J::Obj(fields) = j else {
        panic!("bad value {j:?}")
    };
    let (tag, v) = &fields[0];
    match (tag.as_str(), v) {
        ("n", _) => rt.none(),
        ("b", J::Bool(b)) => rt.bool_value(*b),
        ("i", J::Str(s)) => {
            let b = copperhead_core::object::int_methods::parse_int(s, 0, 4300)
                .ok()
                .expect("int literal");
            rt.new_int_big(b).unwrap()
        }
        ("f", J::Str(s)) => rt
            .new_float(copperhead_core::object::float_parse::parse_float(s).unwrap())
            .unwrap(),
        ("c", J::Arr(p)) => {
            let f = |x: &J| match x {
                J::Str(s) => copperhead_core::object::float_parse::parse_float(s).unwrap(),
                _ => panic!(),
            };
            rt.new_complex(f(&p[0]), f(&p[1])).unwrap()
        }
        ("s", J::Str(s)) => rt.new_str(s).unwrap(),
        ("t", J::Arr(items)) => rt
            .new_tuple(items.iter().map(|x| decode(rt, x)).collect())
            .unwrap(),
        ("l", J::Arr(items)) => rt
            .new_list(items.iter().map(|x| decode(rt, x)).collect())
            .unwrap(),
        ("d", J::Arr(pairs)) => {
            let d = rt.new_dict().unwrap();
            let dd = rt.dict_data(&d).unwrap();
            for p in pairs {
                let J::Arr(kv) = p else { panic!() };
                dd.set(rt, decode(rt, &kv[0]), decode(rt, &kv[1])).unwrap();
            }
            d
        }
        _ => panic!("bad value {j:?}"),
    }
}

/// `repr()` for results, covering types whose repr is not the business of this area yet.
fn py_repr(rt: &Runtime, v: &Value) -> String {
    if let Some(s) = rt.str_of(v) {
        return str_format::quote_repr(s);
    }
    if let Some(items) = rt.tuple_items(v) {
        let parts: Vec<String> = items.iter().map(|x| py_repr(rt, x)).collect();
        return if parts.len() == 1 {
            format!("({},)", parts[0])
        } else {
            format!("({})", parts.join(", "))
        };
    }
    rt.repr_string(v)
        .unwrap_or_else(|_| String::from("<repr failed>"))
}

fn err_text(rt: &Runtime, e: &copperhead_core::object::PyErr) -> String {
    let v = e.value();
    let name = rt.type_name(v);
    let data = unsafe { v.heap().unwrap().payload::<BaseExceptionData>() };
    let args = unsafe { (*data.args.get()).clone() };
    let items = args
        .as_ref()
        .and_then(|a| rt.tuple_items(a).map(|t| t.to_vec()))
        .unwrap_or_default();
    let msg = match items.len() {
        0 => String::new(),
        1 if name == "KeyError" => py_repr(rt, &items[0]),
        1 => rt
            .str_of(&items[0])
            .map(String::from)
            .unwrap_or_else(|| py_repr(rt, &items[0])),
        _ => {
            let parts: Vec<String> = items.iter().map(|x| py_repr(rt, x)).collect();
            format!("({})", parts.join(", "))
        }
    };
    format!("!{name}: {msg}")
}

fn binop(op: &str) -> Option<BinOp> {
    Some(match op {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::TrueDiv,
        "//" => BinOp::FloorDiv,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        "&" => BinOp::And,
        "|" => BinOp::Or,
        "^" => BinOp::Xor,
        _ => return None,
    })
}

fn cmpop(op: &str) -> Option<CmpOp> {
    Some(match op {
        "<" => CmpOp::Lt,
        "<=" => CmpOp::Le,
        "==" => CmpOp::Eq,
        "!=" => CmpOp::Ne,
        ">" => CmpOp::Gt,
        ">=" => CmpOp::Ge,
        _ => return None,
    })
}

fn call(rt: &Runtime, f: &Value, args: &[Value]) -> copperhead_core::object::PyResult<Value> {
    rt.call(f, Args::positional(args))
}

fn run(rt: &Runtime, op: &str, a: &[Value]) -> copperhead_core::object::PyResult<Value> {
    if let Some(b) = binop(op) {
        return rt.binary_op(&a[0], &a[1], b);
    }
    if let Some(c) = cmpop(op) {
        return rt.rich_compare(&a[0], &a[1], c);
    }
    let t = rt.types();
    match op {
        "divmod" => rt.divmod(&a[0], &a[1]),
        "pow3" => rt.ternary_pow(&a[0], &a[1], &a[2]),
        "neg" => rt.neg(&a[0]),
        "pos" => rt.pos(&a[0]),
        "abs" => rt.abs(&a[0]),
        "invert" => rt.invert(&a[0]),
        "bool" | "boolcall" => call(rt, &t.bool.value(), a),
        "hash" => rt.new_int(rt.hash(&a[0])?),
        "repr" => rt.repr(&a[0]),
        "str" => rt.str(&a[0]),
        "int" => call(rt, &t.int.value(), a),
        "float" => call(rt, &t.float.value(), a),
        "complex" => call(rt, &t.complex.value(), a),
        "meth" => {
            let m = rt.getattr(&a[0], &a[1])?;
            call(rt, &m, &a[2..])
        }
        "attr" => rt.getattr(&a[0], &a[1]),
        "from_bytes" => {
            let m = rt.getattr_str(&t.int.value(), "from_bytes")?;
            call(rt, &m, a)
        }
        "fromhex" => {
            let m = rt.getattr_str(&t.float.value(), "fromhex")?;
            call(rt, &m, a)
        }
        "getformat" => {
            let m = rt.getattr_str(&t.float.value(), "__getformat__")?;
            call(rt, &m, a)
        }
        "format" => format_spec::format_value(rt, &a[0], rt.str_of(&a[1]).unwrap()),
        "printf" => printf::str_mod(rt, &a[0], &a[1]),
        "sformat" => {
            let mut all = vec![a[0].clone()];
            all.extend(rt.list_data(&a[1]).unwrap().items().iter().cloned());
            let dd = rt.dict_data(&a[2]).unwrap();
            let mut names = Vec::new();
            for (k, v) in dd.items() {
                names.push(k);
                all.push(v);
            }
            str_format::str_format(rt, Args::new(&all, &names))
        }
        "sformat_map" => str_format::str_format_map(rt, Args::positional(a)),
        _ => panic!("unknown op {op}"),
    }
}

#[test]
fn cpython_cases() {
    let rt = Runtime::new(Config::default());
    let data = include_str!("data/numbers.jsonl");
    let mut failures = Vec::new();
    let mut count = 0;
    let mut skipped = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let J::Arr(parts) = (P {
            s: line.as_bytes(),
            i: 0,
        })
        .val() else {
            panic!("bad line {line}")
        };
        let (J::Str(op), J::Arr(args), J::Str(expected)) = (&parts[0], &parts[1], &parts[2]) else {
            panic!("bad line {line}")
        };
        let args: Vec<Value> = args.iter().map(|x| decode(&rt, x)).collect();
        let got = match run(&rt, op, &args).and_then(|v| {
            if rt.str_of(&v).is_none() && rt.tuple_items(&v).is_none() {
                rt.repr(&v)?; // repr errors (the int digit limit) count as the result
            }
            Ok(v)
        }) {
            Ok(v) => py_repr(&rt, &v),
            Err(e) => err_text(&rt, &e),
        };
        // str/list/tuple/dict reprs belong to other areas: until they land, cases whose
        // result shows one are skipped rather than failed.
        if [
            "<str object",
            "<list object",
            "<tuple object",
            "<dict object",
        ]
        .iter()
        .any(|p| got.contains(p))
        {
            skipped += 1;
            continue;
        }
        count += 1;
        if &got != expected {
            let shown: Vec<String> = args.iter().map(|x| py_repr(&rt, x)).collect();
            failures.push(format!(
                "{op}({}):\n   expected {}\n   got      {}",
                shown.join(", "),
                expected.chars().take(300).collect::<String>(),
                got.chars().take(300).collect::<String>()
            ));
        }
    }
    eprintln!("{count} cases checked, {skipped} skipped (container reprs missing)");
    for f in failures.iter().take(80) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ from CPython",
        failures.len()
    );
}

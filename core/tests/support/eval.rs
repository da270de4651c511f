//! Evaluates parsed case programs against a runtime, through the object model's public API only.

use std::collections::HashMap;

use copperhead_core::Runtime;
use copperhead_core::object::args::Args;
use copperhead_core::object::exceptions::BaseExceptionData;
use copperhead_core::object::typeobj::flags;
use copperhead_core::object::{BinOp, CmpOp, PyErr, PyResult, TypeRef, Value};
use num_bigint::BigInt;

use super::parser::{Arg, Expr, Stmt};

pub struct Env<'rt> {
    pub rt: &'rt Runtime,
    vars: HashMap<String, Value>,
    builtins: HashMap<String, Value>,
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
        "@" => BinOp::MatMul,
        "&" => BinOp::And,
        "|" => BinOp::Or,
        "^" => BinOp::Xor,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        _ => return None,
    })
}

impl<'rt> Env<'rt> {
    pub fn new(rt: &'rt Runtime) -> Env<'rt> {
        let mut b = HashMap::new();
        for ty in rt.types().all().into_iter().chain(rt.exc().all()) {
            b.insert(ty.data().name().to_string(), ty.value());
        }
        b.insert("None".into(), rt.none());
        b.insert("True".into(), rt.bool_value(true));
        b.insert("False".into(), rt.bool_value(false));
        b.insert("NotImplemented".into(), rt.not_implemented());
        b.insert("Ellipsis".into(), rt.singletons().ellipsis.clone());
        // The runtime's own `builtins` module: the cases test the real builtin functions.
        let dict = rt
            .interp
            .builtins_dict()
            .expect("the runtime has a builtins module");
        for (k, v) in rt.dict_data(&dict).expect("builtins is a dict").items() {
            if let Some(name) = rt.str_of(&k) {
                b.insert(name.to_string(), v);
            }
        }
        Env {
            rt,
            vars: HashMap::new(),
            builtins: b,
        }
    }

    pub fn run(&mut self, program: &[Stmt]) -> PyResult<Value> {
        let mut last = self.rt.none();
        for stmt in program {
            last = self.rt.none();
            match stmt {
                Stmt::Expr(e) => last = self.eval(e)?,
                Stmt::Assign(targets, value) => {
                    let v = self.eval(value)?;
                    for t in targets {
                        self.assign(t, v.clone())?;
                    }
                }
                Stmt::AugAssign(target, op, value) => {
                    let cur = self.eval(target)?;
                    let rhs = self.eval(value)?;
                    let bop =
                        binop(&op[..op.len() - 1]).ok_or_else(|| self.rt.type_error("bad op"))?;
                    let v = self.rt.inplace_op(&cur, &rhs, bop)?;
                    self.assign(target, v)?;
                }
                Stmt::Del(targets) => {
                    for t in targets {
                        match t {
                            Expr::Name(n) => {
                                self.vars.remove(n);
                            }
                            Expr::Subscript(obj, idx) => {
                                let o = self.eval(obj)?;
                                let i = self.eval(idx)?;
                                self.rt.delitem(&o, &i)?;
                            }
                            Expr::Attr(obj, name) => {
                                let o = self.eval(obj)?;
                                self.rt.setattr(&o, &self.rt.intern(name), None)?;
                            }
                            _ => return Err(self.rt.type_error("cannot delete that")),
                        }
                    }
                }
            }
        }
        Ok(last)
    }

    fn assign(&mut self, target: &Expr, v: Value) -> PyResult<()> {
        match target {
            Expr::Name(n) => {
                self.vars.insert(n.clone(), v);
                Ok(())
            }
            Expr::Subscript(obj, idx) => {
                let o = self.eval(obj)?;
                let i = self.eval(idx)?;
                self.rt.setitem(&o, &i, &v)
            }
            Expr::Attr(obj, name) => {
                let o = self.eval(obj)?;
                self.rt.setattr(&o, &self.rt.intern(name), Some(&v))
            }
            Expr::Tuple(items) | Expr::List(items) => {
                let vals = self.rt.collect(&v)?;
                if vals.len() != items.len() {
                    return Err(self.rt.value_error(if vals.len() > items.len() {
                        format!("too many values to unpack (expected {})", items.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            items.len(),
                            vals.len()
                        )
                    }));
                }
                for (t, x) in items.iter().zip(vals) {
                    self.assign(t, x)?;
                }
                Ok(())
            }
            _ => Err(self.rt.type_error("cannot assign to that")),
        }
    }

    fn eval_items(&mut self, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        for e in items {
            if let Expr::Starred(inner) = e {
                let v = self.eval(inner)?;
                out.extend(self.rt.collect(&v)?);
            } else {
                out.push(self.eval(e)?);
            }
        }
        Ok(out)
    }

    pub fn eval(&mut self, e: &Expr) -> PyResult<Value> {
        let rt = self.rt;
        match e {
            Expr::Name(n) => match self.vars.get(n).or_else(|| self.builtins.get(n)) {
                Some(v) => Ok(v.clone()),
                None => {
                    Err(rt.new_error(rt.exc().name_error, format!("name '{n}' is not defined")))
                }
            },
            Expr::Int(s) => {
                let (digits, radix) = match s.get(..2).map(|p| p.to_ascii_lowercase()) {
                    Some(p) if p == "0x" => (&s[2..], 16),
                    Some(p) if p == "0o" => (&s[2..], 8),
                    Some(p) if p == "0b" => (&s[2..], 2),
                    _ => (&s[..], 10),
                };
                let clean: String = digits.chars().filter(|&c| c != '_').collect();
                let b = BigInt::parse_bytes(clean.as_bytes(), radix)
                    .ok_or_else(|| rt.value_error("bad literal"))?;
                rt.new_int_big(b)
            }
            Expr::Float(f) => rt.new_float(*f),
            Expr::Imag(f) => {
                let args = [rt.new_float(0.0)?, rt.new_float(*f)?];
                rt.call(&rt.types().complex.value(), Args::positional(&args))
            }
            Expr::Str(s) => rt.new_str_wtf8(s.exact().to_vec()),
            Expr::Bytes(b) => {
                let ints = b
                    .iter()
                    .map(|&x| rt.new_int(x as i64))
                    .collect::<PyResult<Vec<_>>>()?;
                let list = rt.new_list(ints)?;
                rt.call(&rt.types().bytes.value(), Args::positional(&[list]))
            }
            Expr::Ellipsis => Ok(rt.singletons().ellipsis.clone()),
            Expr::Tuple(items) => {
                let v = self.eval_items(items)?;
                rt.new_tuple(v)
            }
            Expr::List(items) => {
                let v = self.eval_items(items)?;
                rt.new_list(v)
            }
            Expr::Set(items) => {
                let v = self.eval_items(items)?;
                let list = rt.new_list(v)?;
                rt.call(&rt.types().set.value(), Args::positional(&[list]))
            }
            Expr::Dict(pairs) => {
                let d = rt.new_dict()?;
                for (k, v) in pairs {
                    let k = self.eval(k)?;
                    let v = self.eval(v)?;
                    rt.setitem(&d, &k, &v)?;
                }
                Ok(d)
            }
            Expr::Starred(_) => Err(rt.type_error("starred expression here is not supported")),
            Expr::Attr(obj, name) => {
                let o = self.eval(obj)?;
                rt.getattr_str(&o, name)
            }
            Expr::Call(f, args) => {
                let callable = self.eval(f)?;
                let mut pos = Vec::new();
                let mut kwnames = Vec::new();
                let mut kwvals = Vec::new();
                for a in args {
                    match a {
                        Arg::Pos(e) => pos.push(self.eval(e)?),
                        Arg::Star(e) => {
                            let v = self.eval(e)?;
                            pos.extend(rt.collect(&v)?);
                        }
                        Arg::Kw(n, e) => {
                            kwnames.push(rt.intern(n));
                            kwvals.push(self.eval(e)?);
                        }
                        Arg::StarStar(e) => {
                            let d = self.eval(e)?;
                            let dd = rt.dict_data(&d).ok_or_else(|| {
                                rt.type_error("argument after ** must be a mapping")
                            })?;
                            for (k, v) in dd.items() {
                                kwnames.push(k);
                                kwvals.push(v);
                            }
                        }
                    }
                }
                pos.extend(kwvals);
                rt.call(&callable, Args::new(&pos, &kwnames))
            }
            Expr::Subscript(obj, idx) => {
                let o = self.eval(obj)?;
                let i = self.eval(idx)?;
                rt.getitem(&o, &i)
            }
            Expr::Slice(a, b, c) => {
                let mut parts = Vec::new();
                for p in [a, b, c] {
                    parts.push(match p {
                        Some(e) => self.eval(e)?,
                        None => rt.none(),
                    });
                }
                rt.call(&rt.types().slice.value(), Args::positional(&parts))
            }
            Expr::Unary(op, x) => {
                let v = self.eval(x)?;
                match *op {
                    "-" => rt.neg(&v),
                    "+" => rt.pos(&v),
                    _ => rt.invert(&v),
                }
            }
            Expr::Binary(op, a, b) => {
                let x = self.eval(a)?;
                let y = self.eval(b)?;
                rt.binary_op(&x, &y, binop(op).ok_or_else(|| rt.type_error("bad op"))?)
            }
            Expr::Compare(first, rest) => {
                let mut left = self.eval(first)?;
                let mut result = rt.bool_value(true);
                for (op, e) in rest {
                    let right = self.eval(e)?;
                    result = match *op {
                        "in" => rt.bool_value(rt.contains(&right, &left)?),
                        "not in" => rt.bool_value(!rt.contains(&right, &left)?),
                        "is" => rt.bool_value(left.is(&right)),
                        "is not" => rt.bool_value(!left.is(&right)),
                        o => {
                            let cmp = match o {
                                "<" => CmpOp::Lt,
                                "<=" => CmpOp::Le,
                                "==" => CmpOp::Eq,
                                "!=" => CmpOp::Ne,
                                ">" => CmpOp::Gt,
                                _ => CmpOp::Ge,
                            };
                            rt.rich_compare(&left, &right, cmp)?
                        }
                    };
                    if !rt.truthy(&result)? {
                        return Ok(result);
                    }
                    left = right;
                }
                Ok(result)
            }
            Expr::And(a, b) => {
                let x = self.eval(a)?;
                if !rt.truthy(&x)? { Ok(x) } else { self.eval(b) }
            }
            Expr::Or(a, b) => {
                let x = self.eval(a)?;
                if rt.truthy(&x)? { Ok(x) } else { self.eval(b) }
            }
            Expr::Not(a) => {
                let x = self.eval(a)?;
                Ok(rt.bool_value(!rt.truthy(&x)?))
            }
            Expr::IfElse(cond, a, b) => {
                let c = self.eval(cond)?;
                if rt.truthy(&c)? {
                    self.eval(a)
                } else {
                    self.eval(b)
                }
            }
        }
    }
}

/// `str(exc)` as CPython prints it after the type name; falls back to the args rule when the
/// exception type has no `__str__` yet.
pub fn exception_text(rt: &Runtime, e: &PyErr) -> String {
    let v = e.value();
    if let Ok(s) = rt.str_string(v)
        && !(s.starts_with('<') && s.contains(" object at 0x"))
    {
        return s;
    }
    let Some(h) = v.heap() else {
        return String::new();
    };
    if !h.type_data().has_flag(flags::BASE_EXC_SUBCLASS) {
        return String::new();
    }
    let data = unsafe { h.payload::<BaseExceptionData>() };
    let args = unsafe { (*data.args.get()).clone() };
    let items = args
        .as_ref()
        .and_then(|a| rt.tuple_items(a))
        .map(|s| s.to_vec())
        .unwrap_or_default();
    let is_key_error = rt.isinstance_type(v, rt.exc().key_error);
    match items.len() {
        0 => String::new(),
        1 if is_key_error => rt.repr_string(&items[0]).unwrap_or_default(),
        1 => rt.str_string(&items[0]).unwrap_or_default(),
        _ => args
            .and_then(|a| rt.repr_string(&a).ok())
            .unwrap_or_default(),
    }
}

/// The case result in the expected files' form.
pub fn render(rt: &Runtime, r: PyResult<Value>) -> String {
    match r {
        Ok(v) => match rt.repr(&v) {
            Ok(s) => rt.str_of(&s).unwrap_or("").to_string(),
            Err(e) => format!(
                "!{}: {} (in repr)",
                rt.type_name(e.value()),
                exception_text(rt, &e)
            ),
        },
        Err(e) => format!("!{}: {}", rt.type_name(e.value()), exception_text(rt, &e)),
    }
}

#[allow(dead_code)]
pub fn type_by_name(rt: &Runtime, name: &str) -> Option<TypeRef> {
    rt.types()
        .all()
        .into_iter()
        .chain(rt.exc().all())
        .find(|t| t.data().name() == name)
}

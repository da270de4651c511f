//! `_json.scan`: JSON text to Python values, with CPython's error messages and positions
//! (counted in characters; the parser walks UTF-8 bytes and converts on the way out).

use alloc::string::String;
use alloc::vec::Vec;

use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyErr, PyResult, Value};

pub(super) struct Decoder<'a> {
    pub rt: &'a Runtime,
    pub s: &'a str,
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    /// `JSONDecodeError`, called with (msg, doc, pos).
    pub error_cls: Value,
    pub doc: Value,
}

/// Why a value could not be scanned.
pub(super) enum Fail {
    /// No value starts here ("Expecting value" for the caller to place).
    NoValue(usize),
    Err(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Self {
        Fail::Err(e)
    }
}

type R<T> = Result<T, Fail>;

pub(super) fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

impl Decoder<'_> {
    /// The character index of byte offset `i`.
    pub fn char_pos(&self, i: usize) -> usize {
        let i = i.min(self.s.len());
        self.s.as_bytes()[..i]
            .iter()
            .filter(|&&b| (b & 0xc0) != 0x80)
            .count()
    }

    pub fn error(&self, msg: &str, at: usize) -> PyErr {
        let rt = self.rt;
        let pos = self.char_pos(at);
        let made = (|| -> PyResult<Value> {
            let args = [rt.new_str(msg)?, self.doc.clone(), rt.new_int(pos as i64)?];
            rt.call(&self.error_cls, Args::positional(&args))
        })();
        match made {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    fn fail(&self, msg: &str, at: usize) -> Fail {
        Fail::Err(self.error(msg, at))
    }

    /// Scans one value at byte `i`; returns it and the byte offset after it.
    pub fn value(&self, i: usize) -> R<(Value, usize)> {
        let rt = self.rt;
        let b = self.s.as_bytes();
        let Some(&c) = b.get(i) else {
            return Err(Fail::NoValue(i));
        };
        let lit = |word: &str| b[i..].starts_with(word.as_bytes());
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((rt.new_str(&s)?, end))
            }
            b'{' => rt
                .with_recursion_guard(
                    " while decoding a JSON object from a unicode string",
                    || {
                        self.object(i + 1).map_err(|f| match f {
                            Fail::Err(e) => e,
                            Fail::NoValue(at) => self.error("Expecting value", at),
                        })
                    },
                )
                .map_err(Fail::Err),
            b'[' => rt
                .with_recursion_guard(" while decoding a JSON array from a unicode string", || {
                    self.array(i + 1).map_err(|f| match f {
                        Fail::Err(e) => e,
                        Fail::NoValue(at) => self.error("Expecting value", at),
                    })
                })
                .map_err(Fail::Err),
            b'n' if lit("null") => Ok((rt.none(), i + 4)),
            b't' if lit("true") => Ok((rt.bool_value(true), i + 4)),
            b'f' if lit("false") => Ok((rt.bool_value(false), i + 5)),
            b'N' if lit("NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            b'I' if lit("Infinity") => Ok((self.constant("Infinity", f64::INFINITY)?, i + 8)),
            b'-' if lit("-Infinity") => Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(i),
            _ => Err(Fail::NoValue(i)),
        }
    }

    fn constant(&self, name: &str, x: f64) -> PyResult<Value> {
        match &self.parse_constant {
            Some(f) => self.rt.call(f, Args::positional(&[self.rt.new_str(name)?])),
            None => self.rt.new_float(x),
        }
    }

    fn number(&self, start: usize) -> R<(Value, usize)> {
        let rt = self.rt;
        let b = self.s.as_bytes();
        let digits = |mut j: usize| {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        let v = match hook {
            Some(f) => rt.call(f, Args::positional(&[rt.new_str(text)?]))?,
            None if is_float => {
                rt.new_float(crate::object::float_parse::parse_float(text).unwrap_or(f64::NAN))?
            }
            None => match text.parse::<i64>() {
                Ok(n) => rt.new_int(n)?,
                Err(_) => {
                    rt.new_int_big(crate::object::int_methods::int_from_str(rt, text, 10)?)?
                }
            },
        };
        Ok((v, i))
    }

    /// A string body starting after its opening quote at byte `i`.
    fn string(&self, start: usize) -> R<(String, usize)> {
        let b = self.s.as_bytes();
        let mut out = String::new();
        let mut i = start;
        loop {
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            let Some(&c) = b.get(i) else {
                return Err(self.fail("Unterminated string starting at", start - 1));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = b.get(i + 1) else {
                        return Err(self.fail("Unterminated string starting at", start - 1));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        b'u' => None,
                        _ => return Err(self.fail("Invalid \\escape", i)),
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    let mut cp = self
                        .hex4(i + 2)
                        .ok_or_else(|| self.fail("Invalid \\uXXXX escape", i + 1))?;
                    i += 6;
                    if (0xd800..0xdc00).contains(&cp)
                        && b.get(i) == Some(&b'\\')
                        && b.get(i + 1) == Some(&b'u')
                    {
                        let lo = self
                            .hex4(i + 2)
                            .ok_or_else(|| self.fail("Invalid \\uXXXX escape", i + 1))?;
                        if (0xdc00..0xe000).contains(&lo) {
                            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                            i += 6;
                        }
                    }
                    // A lone surrogate has no UTF-8 form: it becomes U+FFFD here.
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                }
                _ => return Err(self.fail("Invalid control character at", i)),
            }
        }
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let h = self.s.as_bytes().get(i..i + 4)?;
        let mut v = 0u32;
        for &d in h {
            v = v * 16 + (d as char).to_digit(16)?;
        }
        Some(v)
    }

    fn object(&self, start: usize) -> R<(Value, usize)> {
        let rt = self.rt;
        let b = self.s.as_bytes();
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = skip_ws(b, start);
        if b.get(i) == Some(&b'}') {
            i += 1;
        } else {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.fail("Expecting property name enclosed in double quotes", i));
                }
                let (k, end) = self.string(i + 1)?;
                i = skip_ws(b, end);
                if b.get(i) != Some(&b':') {
                    return Err(self.fail("Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (v, end) = self.value(i)?;
                pairs.push((rt.new_str(&k)?, v));
                i = skip_ws(b, end);
                match b.get(i) {
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    Some(b',') => i = skip_ws(b, i + 1),
                    _ => return Err(self.fail("Expecting ',' delimiter", i)),
                }
            }
        }
        if let Some(h) = &self.pairs_hook {
            let items = pairs
                .into_iter()
                .map(|(k, v)| rt.new_tuple(alloc::vec![k, v]))
                .collect::<PyResult<Vec<Value>>>()?;
            let l = rt.new_list(items)?;
            return Ok((rt.call(h, Args::positional(&[l]))?, i));
        }
        let d = rt.new_dict()?;
        let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
        for (k, v) in pairs {
            dd.set(rt, k, v)?;
        }
        if let Some(h) = &self.object_hook {
            return Ok((rt.call(h, Args::positional(&[d]))?, i));
        }
        Ok((d, i))
    }

    fn array(&self, start: usize) -> R<(Value, usize)> {
        let b = self.s.as_bytes();
        let mut items = Vec::new();
        let mut i = skip_ws(b, start);
        if b.get(i) == Some(&b']') {
            return Ok((self.rt.new_list(items)?, i + 1));
        }
        loop {
            let (v, end) = self.value(i)?;
            items.push(v);
            i = skip_ws(b, end);
            match b.get(i) {
                Some(b']') => {
                    i += 1;
                    break;
                }
                Some(b',') => i = skip_ws(b, i + 1),
                _ => return Err(self.fail("Expecting ',' delimiter", i)),
            }
        }
        Ok((self.rt.new_list(items)?, i))
    }
}

//! `_json.encode`: Python values to JSON text, with the options of `json.dumps` (the Python
//! layer has already turned `indent` into a string and picked the separators).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::Runtime;
use crate::object::args::Args;
use crate::object::float_repr::float_repr;
use crate::object::{PyErr, PyResult, Value};

pub(super) struct Encoder<'a> {
    pub rt: &'a Runtime,
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    pub check_circular: bool,
    pub default: Option<Value>,
    markers: Vec<usize>,
    level: usize,
    pub out: String,
}

/// Appends `s` as a JSON string literal.
pub(super) fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let n = c as u32;
                if n > 0xffff {
                    let v = n - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 + (v >> 10),
                        0xdc00 + (v & 0x3ff)
                    );
                } else {
                    let _ = write!(out, "\\u{n:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn addr(v: &Value) -> usize {
    v.header_ptr().map_or(0, |p| p.as_ptr() as usize)
}

impl<'a> Encoder<'a> {
    pub fn new(rt: &'a Runtime) -> Self {
        Encoder {
            rt,
            indent: None,
            item_sep: String::from(", "),
            key_sep: String::from(": "),
            sort_keys: false,
            skipkeys: false,
            ensure_ascii: true,
            allow_nan: true,
            check_circular: true,
            default: None,
            markers: Vec::new(),
            level: 0,
            out: String::new(),
        }
    }

    fn float_text(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.allow_nan {
            return Err(self
                .rt
                .value_error("Out of range float values are not JSON compliant"));
        }
        Ok(String::from(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }))
    }

    fn enter(&mut self, v: &Value) -> PyResult<()> {
        if self.check_circular {
            let a = addr(v);
            if self.markers.contains(&a) {
                return Err(self.rt.value_error("Circular reference detected"));
            }
            self.markers.push(a);
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    pub fn encode(&mut self, v: &Value) -> PyResult<()> {
        let rt = self.rt;
        if rt.is_none(v) {
            self.out.push_str("null");
        } else if v.is(&rt.bool_value(true)) {
            self.out.push_str("true");
        } else if v.is(&rt.bool_value(false)) {
            self.out.push_str("false");
        } else if let Some(s) = rt.str_of(v) {
            quote(&mut self.out, s, self.ensure_ascii);
        } else if let Some(i) = rt.int_ref(v) {
            let s = crate::object::int::int_to_decimal(rt, i)?;
            self.out.push_str(&s);
        } else if let Some(f) = rt.float_of(v) {
            let s = self.float_text(f)?;
            self.out.push_str(&s);
        } else if let Some(items) = rt
            .list_data(v)
            .map(|l| l.items().to_vec())
            .or_else(|| rt.tuple_items(v).map(|t| t.to_vec()))
        {
            self.enter(v)?;
            rt.with_recursion_guard(" while encoding a JSON object", || self.array(&items))?;
            self.leave();
        } else if rt.dict_data(v).is_some() {
            self.enter(v)?;
            rt.with_recursion_guard(" while encoding a JSON object", || self.object(v))?;
            self.leave();
        } else {
            let Some(default) = self.default.clone() else {
                return Err(rt.type_error(format!(
                    "Object of type {} is not JSON serializable",
                    rt.type_name(v)
                )));
            };
            self.enter(v)?;
            let r = rt.call(&default, Args::positional(core::slice::from_ref(v)))?;
            rt.with_recursion_guard(" while encoding a JSON object", || self.encode(&r))?;
            self.leave();
        }
        Ok(())
    }

    fn array(&mut self, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.out.push('[');
        self.level += 1;
        self.newline();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline();
            }
            self.encode(it)?;
        }
        self.level -= 1;
        self.newline();
        self.out.push(']');
        Ok(())
    }

    /// The text of a dict key, or None to skip it (`skipkeys`).
    fn key_text(&self, k: &Value) -> PyResult<Option<String>> {
        let rt = self.rt;
        if let Some(s) = rt.str_of(k) {
            return Ok(Some(String::from(s)));
        }
        if let Some(f) = rt.float_of(k) {
            return self.float_text(f).map(Some);
        }
        if k.is(&rt.bool_value(true)) {
            return Ok(Some("true".into()));
        }
        if k.is(&rt.bool_value(false)) {
            return Ok(Some("false".into()));
        }
        if rt.is_none(k) {
            return Ok(Some("null".into()));
        }
        if let Some(i) = rt.int_ref(k) {
            return crate::object::int::int_to_decimal(rt, i).map(Some);
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(rt.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            rt.type_name(k)
        )))
    }

    fn object(&mut self, d: &Value) -> PyResult<()> {
        let rt = self.rt;
        let dd = rt.dict_data(d).ok_or_else(|| rt.memory_error())?;
        let mut items: Vec<(Value, Value)> = dd.items();
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
            let idx = (0..items.len())
                .map(|i| rt.new_int(i as i64))
                .collect::<PyResult<Vec<Value>>>()?;
            let (sorted, r) = crate::object::list_sort::sort_values(rt, idx, Some(keys), false);
            r?;
            let mut slots: Vec<Option<(Value, Value)>> = items.into_iter().map(Some).collect();
            items = sorted
                .iter()
                .filter_map(|i| i.as_small_int())
                .filter_map(|i| slots.get_mut(i as usize).and_then(Option::take))
                .collect();
        }
        self.out.push('{');
        self.level += 1;
        self.newline();
        let mut first = true;
        for (k, v) in items.iter() {
            let Some(key) = self.key_text(k)? else {
                continue;
            };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline();
            }
            first = false;
            quote(&mut self.out, &key, self.ensure_ascii);
            let ks = self.key_sep.clone();
            self.out.push_str(&ks);
            self.encode(v)?;
        }
        self.level -= 1;
        self.newline();
        self.out.push('}');
        Ok(())
    }
}

/// Makes the error of a failed encode (kept separate so callers can add context later).
pub(super) fn finish(rt: &Runtime, r: PyResult<()>, e: Encoder<'_>) -> Result<Value, PyErr> {
    r?;
    rt.new_str(&e.out)
}

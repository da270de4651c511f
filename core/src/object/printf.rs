//! `%`-formatting for str and bytes (`"%5.2f" % x`, `b"%s" % data`): conversions
//! `s r a d i u x X o e E f F g G c %` (and `b` for bytes), flags `-+ #0`, width and precision
//! (with `*`), mapping keys `%(name)s`, and CPython's error messages.
//!
//! One engine serves both: the format is read as a sequence of code points (bytes for bytes
//! formats) and the output is built as UTF-8 (str) or raw bytes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::error::{PyErr, PyResult};
use super::float_repr::format_abs;
use super::int::IntRef;
use super::value::Value;
use crate::runtime::Runtime;

/// Reads a bytes-like object's contents (supplied by the bytes module).
pub type BytesOf = fn(&Runtime, &Value) -> Option<Vec<u8>>;

#[derive(Clone, Copy)]
enum Mode {
    Str,
    Bytes(BytesOf),
}

/// The argument list: a tuple's items, or one object; plus the mapping for `%(key)`.
struct ArgState {
    items: Vec<Value>,
    /// Next item to use; for a single non-tuple argument `items` holds just it.
    next: usize,
    mapping: Option<Value>,
}

impl ArgState {
    fn next(&mut self, rt: &Runtime) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(rt.type_error("not enough arguments for format string")),
        }
    }
}

#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// `str % args`: the binary Mod slot of str (returns NotImplemented when `a` is not a str).
pub fn str_mod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(fmt) = rt.str_data(a) else {
        return Ok(rt.not_implemented());
    };
    // Over the exact code points: pieces are generalized UTF-8 (lone surrogates kept).
    let units: Vec<u32> = super::str_wtf8::code_points(fmt.wtf8()).collect();
    let out = run(rt, &units, b, Mode::Str)?;
    rt.new_str_wtf8(out)
}

/// `fmt % args` for str formats, as text.
pub fn str_percent_format(rt: &Runtime, fmt: &str, args: &Value) -> PyResult<String> {
    let units: Vec<u32> = fmt.chars().map(|c| c as u32).collect();
    let out = run(rt, &units, args, Mode::Str)?;
    // Pieces are UTF-8 unless an argument held a lone surrogate: then the result is lossy.
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| super::str_wtf8::lossy(e.as_bytes()).unwrap_or_default()))
}

/// `bytes % args`: the binary Mod slot of bytes (and of bytearray, whose result is a
/// bytearray); NotImplemented when `a` is neither.
pub fn bytes_mod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let is_array = rt.bytearray_data(a).is_some();
    let Some(fmt) = super::bytes::buffer_of(rt, a) else {
        return Ok(rt.not_implemented());
    };
    let fmt = fmt.into_owned();
    let out = bytes_percent_format(rt, &fmt, b, |rt, v| {
        super::bytes::buffer_of(rt, v).map(|c| c.into_owned())
    })?;
    if is_array {
        let ints = out
            .iter()
            .map(|&x| rt.new_int(x as i64))
            .collect::<PyResult<Vec<_>>>()?;
        let list = rt.new_list(ints)?;
        rt.call(
            &rt.types().bytearray.value(),
            super::args::Args::positional(&[list]),
        )
    } else {
        rt.new_bytes_vec(out)
    }
}

/// `fmt % args` for bytes formats; `bytes_of` reads bytes-like arguments (for `%s`/`%b`, and
/// to tell a bytes argument from a mapping).
pub fn bytes_percent_format(
    rt: &Runtime,
    fmt: &[u8],
    args: &Value,
    bytes_of: BytesOf,
) -> PyResult<Vec<u8>> {
    let units: Vec<u32> = fmt.iter().map(|&b| b as u32).collect();
    run(rt, &units, args, Mode::Bytes(bytes_of))
}

fn arg_state(rt: &Runtime, args: &Value, mode: Mode) -> ArgState {
    let tuple = rt.tuple_items(args).map(|t| t.to_vec());
    let is_text =
        rt.str_of(args).is_some() || matches!(mode, Mode::Bytes(f) if f(rt, args).is_some());
    let mapping =
        if tuple.is_none() && !is_text && rt.type_of(args).data().slots().getitem.is_some() {
            Some(args.clone())
        } else {
            None
        };
    match tuple {
        Some(items) => ArgState {
            items,
            next: 0,
            mapping,
        },
        None => ArgState {
            items: alloc::vec![args.clone()],
            next: 0,
            mapping,
        },
    }
}

fn push_char(out: &mut Vec<u8>, c: u32, mode: Mode) {
    match mode {
        Mode::Bytes(_) => out.push(c as u8),
        Mode::Str => super::str_wtf8::push_cp(out, c),
    }
}

fn run(rt: &Runtime, fmt: &[u32], args: &Value, mode: Mode) -> PyResult<Vec<u8>> {
    let mut st = arg_state(rt, args, mode);
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let pct = '%' as u32;
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != pct {
            push_char(&mut out, c, mode);
            i += 1;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&pct) {
            out.push(b'%');
            i += 1;
            continue;
        }
        // A mapping key.
        let mut arg: Option<Value> = None;
        if fmt.get(i) == Some(&('(' as u32)) {
            let Some(map) = st.mapping.clone() else {
                return Err(rt.type_error("format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                if fmt[i] == '(' as u32 {
                    depth += 1;
                } else if fmt[i] == ')' as u32 {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(rt.value_error("incomplete format key"));
            }
            let key_units = &fmt[start..i - 1];
            let key = match mode {
                Mode::Str => {
                    let k: String = key_units
                        .iter()
                        .map(|&u| char::from_u32(u).unwrap_or('\u{fffd}'))
                        .collect();
                    rt.new_str(&k)?
                }
                Mode::Bytes(_) => {
                    let k: Vec<u8> = key_units.iter().map(|&u| u as u8).collect();
                    rt.new_bytes_vec(k)?
                }
            };
            arg = Some(rt.getitem(&map, &key)?);
        }
        let mut fl = Flags::default();
        while let Some(&c) = fmt.get(i) {
            match char::from_u32(c) {
                Some('-') => fl.left = true,
                Some('+') => fl.plus = true,
                Some(' ') => fl.space = true,
                Some('#') => fl.alt = true,
                Some('0') => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if fmt.get(i) == Some(&('*' as u32)) {
            let w = star_arg(rt, &mut st)?;
            if w < 0 {
                fl.left = true;
            }
            width = w.unsigned_abs();
            i += 1;
        } else {
            width = read_number(rt, fmt, &mut i)?.unwrap_or(width);
        }
        let mut prec: Option<usize> = None;
        if fmt.get(i) == Some(&('.' as u32)) {
            i += 1;
            if fmt.get(i) == Some(&('*' as u32)) {
                let p = star_arg(rt, &mut st)?;
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                prec = Some(read_number(rt, fmt, &mut i)?.unwrap_or(0));
            }
        }
        while matches!(
            fmt.get(i).and_then(|&c| char::from_u32(c)),
            Some('h' | 'l' | 'L')
        ) {
            i += 1;
        }
        let Some(&conv_u) = fmt.get(i) else {
            return Err(rt.value_error("incomplete format"));
        };
        let conv_index = i;
        i += 1;
        let conv = char::from_u32(conv_u).unwrap_or('\u{fffd}');
        let arg = match arg {
            Some(a) => a,
            None => st.next(rt)?,
        };
        rt.check_int_size((width.max(prec.unwrap_or(0)) as u64).saturating_mul(8))?;
        let piece = convert(rt, conv, conv_index, &arg, &fl, prec, mode)?;
        pad_into(&mut out, piece, &fl, width, mode);
    }
    if st.mapping.is_none() && st.next < st.items.len() {
        return Err(rt.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn read_number(rt: &Runtime, fmt: &[u32], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = fmt.get(*i).and_then(|&c| char::from_u32(c)?.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| rt.value_error("width too big"))?;
        *i += 1;
    }
    Ok(if *i > start { Some(n) } else { None })
}

fn star_arg(rt: &Runtime, st: &mut ArgState) -> PyResult<isize> {
    let v = st.next(rt)?;
    match rt.int_ref(&v) {
        Some(i) => i
            .to_isize()
            .ok_or_else(|| rt.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(rt.type_error("* wants int")),
    }
}

/// A converted argument: its sign/prefix part and body, so zero padding goes between them.
struct Piece {
    /// Sign and base prefix (numbers only).
    head: String,
    body: Vec<u8>,
    numeric: bool,
}

fn text_piece(s: &str, prec: Option<usize>, mode: Mode) -> Piece {
    let s: String = match prec {
        Some(p) => s.chars().take(p).collect(),
        None => String::from(s),
    };
    let body = match mode {
        Mode::Str => s.into_bytes(),
        Mode::Bytes(_) => s.into_bytes(),
    };
    Piece {
        head: String::new(),
        body,
        numeric: false,
    }
}

fn sign_head(negative: bool, fl: &Flags) -> String {
    String::from(if negative {
        "-"
    } else if fl.plus {
        "+"
    } else if fl.space {
        " "
    } else {
        ""
    })
}

fn is_number(rt: &Runtime, v: &Value) -> bool {
    let s = rt.type_of(v).data().slots();
    rt.int_ref(v).is_some()
        || rt.float_of(v).is_some()
        || s.int.is_some()
        || s.index.is_some()
        || s.float.is_some()
}

fn convert(
    rt: &Runtime,
    conv: char,
    index: usize,
    arg: &Value,
    fl: &Flags,
    prec: Option<usize>,
    mode: Mode,
) -> PyResult<Piece> {
    match conv {
        's' | 'b' if matches!(mode, Mode::Bytes(_)) => {
            let Mode::Bytes(bytes_of) = mode else {
                unreachable!()
            };
            let data = match bytes_of(rt, arg) {
                Some(d) => d,
                None => match rt.lookup_in_type(rt.type_of(arg), "__bytes__") {
                    Some(f) => {
                        let r = rt.call(
                            &f,
                            super::args::Args::positional(core::slice::from_ref(arg)),
                        )?;
                        bytes_of(rt, &r).ok_or_else(|| {
                            rt.type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                rt.type_name(&r)
                            ))
                        })?
                    }
                    None => {
                        return Err(rt.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements \
                             __bytes__, not '{}'",
                            rt.type_name(arg)
                        )));
                    }
                },
            };
            let mut body = data;
            if let Some(p) = prec {
                body.truncate(p);
            }
            Ok(Piece {
                head: String::new(),
                body,
                numeric: false,
            })
        }
        's' if matches!(mode, Mode::Str) => {
            // The exact text (it may hold lone surrogates).
            let v = rt.str(arg)?;
            let b = rt.str_bytes(&v).unwrap_or_default();
            let end = prec.map_or(b.len(), |p| super::str_wtf8::prefix_len(b, p));
            Ok(Piece {
                head: String::new(),
                body: b[..end].to_vec(),
                numeric: false,
            })
        }
        's' => Ok(text_piece(&rt.str_string(arg)?, prec, mode)),
        'r' | 'a' => {
            let r = rt.repr_string(arg)?;
            let r = if conv == 'a' || matches!(mode, Mode::Bytes(_)) {
                super::str_format::ascii_escape(&r)
            } else {
                r
            };
            Ok(text_piece(&r, prec, mode))
        }
        'd' | 'i' | 'u' => {
            if !is_number(rt, arg) {
                return Err(rt.type_error(format!(
                    "%{conv} format: a real number is required, not {}",
                    rt.type_name(arg)
                )));
            }
            let iv = super::int_methods::number_to_int(rt, arg)?;
            int_piece(rt, &iv, 10, fl, prec, false)
        }
        'x' | 'X' | 'o' => {
            let iv = if rt.int_ref(arg).is_some() {
                arg.clone()
            } else if rt.type_of(arg).data().slots().index.is_some() {
                rt.index(arg)?
            } else {
                return Err(rt.type_error(format!(
                    "%{conv} format: an integer is required, not {}",
                    rt.type_name(arg)
                )));
            };
            let radix = if conv == 'o' { 8 } else { 16 };
            let mut p = int_piece(rt, &iv, radix, fl, prec, conv == 'X')?;
            if fl.alt {
                p.head.push_str(match conv {
                    'o' => "0o",
                    'x' => "0x",
                    _ => "0X",
                });
            }
            Ok(p)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match super::float_ops::to_f64(rt, arg)? {
                Some(x) => x,
                None if rt.type_of(arg).data().slots().float.is_some()
                    || rt.type_of(arg).data().slots().index.is_some() =>
                {
                    super::float::number_to_float(rt, arg)?
                }
                None => {
                    return Err(
                        rt.type_error(format!("must be real number, not {}", rt.type_name(arg)))
                    );
                }
            };
            let body = format_abs(x, Some(conv), Some(prec.unwrap_or(6)), fl.alt);
            Ok(Piece {
                head: sign_head(x.is_sign_negative() && !x.is_nan(), fl),
                body: body.into_bytes(),
                numeric: true,
            })
        }
        'c' => char_piece(rt, arg, mode),
        _ => {
            let code = conv as u32;
            Err(rt.value_error(format!(
                "unsupported format character '{}' (0x{code:x}) at index {index}",
                if code < 128 { conv } else { '?' }
            )))
        }
    }
}

fn int_piece(
    rt: &Runtime,
    v: &Value,
    radix: u32,
    fl: &Flags,
    prec: Option<usize>,
    upper: bool,
) -> PyResult<Piece> {
    let Some(x) = rt.int_ref(v) else {
        return Err(rt.type_error("an integer is required"));
    };
    let mut digits = if radix == 10 {
        String::from(super::int::int_to_decimal(rt, x)?.trim_start_matches('-'))
    } else {
        match x {
            IntRef::Small(i) => {
                if radix == 8 {
                    format!("{:o}", i.unsigned_abs())
                } else {
                    format!("{:x}", i.unsigned_abs())
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(radix),
        }
    };
    if upper {
        digits = digits.to_ascii_uppercase();
    }
    if let Some(p) = prec
        && digits.len() < p
    {
        let mut z: String = core::iter::repeat_n('0', p - digits.len()).collect();
        z.push_str(&digits);
        digits = z;
    }
    Ok(Piece {
        head: sign_head(x.is_negative(), fl),
        body: digits.into_bytes(),
        numeric: true,
    })
}

fn char_piece(rt: &Runtime, arg: &Value, mode: Mode) -> PyResult<Piece> {
    let piece = |body: Vec<u8>| Piece {
        head: String::new(),
        body,
        numeric: false,
    };
    match mode {
        Mode::Str => {
            if let Some(d) = rt.str_data(arg) {
                if d.char_len() == 1 {
                    return Ok(piece(d.wtf8().to_vec()));
                }
                return Err(rt.type_error("%c requires int or char"));
            }
            if rt.int_ref(arg).is_none() && rt.type_of(arg).data().slots().index.is_none() {
                return Err(rt.type_error("%c requires int or char"));
            }
            let i = rt.index(arg)?;
            let c = rt
                .int_ref(&i)
                .and_then(|i| i.to_i64())
                .and_then(|i| u32::try_from(i).ok())
                .filter(|&u| u < 0x110000)
                .ok_or_else(|| rt.overflow_error("%c arg not in range(0x110000)"))?;
            let mut b = Vec::new();
            super::str_wtf8::push_cp(&mut b, c);
            Ok(piece(b))
        }
        Mode::Bytes(bytes_of) => {
            if let Some(b) = bytes_of(rt, arg) {
                if b.len() == 1 {
                    return Ok(piece(b));
                }
                return Err(byte_char_error(rt));
            }
            if rt.int_ref(arg).is_none() && rt.type_of(arg).data().slots().index.is_none() {
                return Err(byte_char_error(rt));
            }
            let i = rt.index(arg)?;
            let b = rt
                .int_ref(&i)
                .and_then(|i| i.to_i64())
                .and_then(|i| u8::try_from(i).ok())
                .ok_or_else(|| rt.overflow_error("%c arg not in range(256)"))?;
            Ok(piece(alloc::vec![b]))
        }
    }
}

fn byte_char_error(rt: &Runtime) -> PyErr {
    rt.type_error("%c requires an integer in range(256) or a single byte")
}

/// Appends a piece padded to `width` (in characters for str, bytes for bytes).
fn pad_into(out: &mut Vec<u8>, p: Piece, fl: &Flags, width: usize, mode: Mode) {
    let len_of = |b: &[u8]| match mode {
        Mode::Str => super::str_wtf8::count(b),
        Mode::Bytes(_) => b.len(),
    };
    let len = p.head.len() + len_of(&p.body);
    let pad = width.saturating_sub(len);
    if fl.left {
        out.extend_from_slice(p.head.as_bytes());
        out.extend_from_slice(&p.body);
        out.extend(core::iter::repeat_n(b' ', pad));
    } else if fl.zero && p.numeric {
        out.extend_from_slice(p.head.as_bytes());
        out.extend(core::iter::repeat_n(b'0', pad));
        out.extend_from_slice(&p.body);
    } else {
        out.extend(core::iter::repeat_n(b' ', pad));
        out.extend_from_slice(p.head.as_bytes());
        out.extend_from_slice(&p.body);
    }
}

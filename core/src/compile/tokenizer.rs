//! The tokenizer: bytes to tokens, including indentation, brackets, and PEP 701 f-strings (which
//! are tokenized, not re-parsed: `FStart`, `FMiddle`, the tokens of each replacement field, `FEnd`).
//!
//! It runs once over the whole source and produces a `Vec<Token>`; errors carry CPython's messages
//! and the offsets CPython reports, which are not always at the offending character.

use super::error::{ErrorKind, Loc, PResult, RawError, err, span, span_raw};
use super::source::Source;
use super::token::{Kw, Op, Tok, Token};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// CPython's limits: MAXLEVEL (brackets), MAXINDENT, and format-spec nesting in f-strings.
const MAX_LEVEL: usize = 200;
const MAX_INDENT: usize = 100;
const MAX_FSTRING_LEVEL: usize = 150;

pub(crate) struct Tokens {
    pub toks: Vec<Token>,
    /// The innermost bracket still open at end of input, for "'(' was never closed".
    pub unclosed: Option<(u8, u32)>,
}

struct Field {
    /// Bracket-stack depth including this field's `{`.
    depth: usize,
    in_spec: bool,
}

struct FStr {
    quote: u8,
    triple: bool,
    raw: bool,
    start: u32,
    fields: Vec<Field>,
}

struct Lexer<'a> {
    src: &'a Source,
    s: &'a [u8],
    pos: usize,
    toks: Vec<Token>,
    indents: Vec<(u32, u32)>,
    brackets: Vec<(u8, u32)>,
    fstack: Vec<FStr>,
    at_line_start: bool,
    line_has_tokens: bool,
}

pub(crate) fn tokenize(src: &Source) -> PResult<Tokens> {
    let mut lx = Lexer {
        src,
        s: &src.text,
        pos: 0,
        toks: Vec::new(),
        indents: Vec::new(),
        brackets: Vec::new(),
        fstack: Vec::new(),
        at_line_start: true,
        line_has_tokens: false,
    };
    lx.run()?;
    let unclosed = lx.brackets.last().copied();
    Ok(Tokens {
        toks: lx.toks,
        unclosed,
    })
}

pub(crate) fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_mark(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x300..=0x36f | 0x483..=0x489 | 0x591..=0x5c7 | 0x610..=0x61a | 0x64b..=0x65f | 0x670
        | 0x6d6..=0x6ed | 0x711 | 0x730..=0x74a | 0x7a6..=0x7b0 | 0x900..=0x963 | 0x966..=0xdff
        | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x203f..=0x2040 | 0x20d0..=0x20ff | 0xfe00..=0xfe0f
        | 0xfe20..=0xfe2f | 0xfe33..=0xfe34 | 0xff3f | 0xe0100..=0xe01ef | 0xb7)
}

pub(crate) fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && (c.is_alphanumeric() || is_mark(c)))
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(u, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff
            | 0xfff0..=0xfffb | 0xe000..=0xf8ff | 0xd800..=0xdfff))
}

/// Describes a UTF-8 decoding failure in the words of CPython's codec error.
pub(crate) fn utf8_error_msg(bytes: &[u8], e: core::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let b = bytes.get(at).copied().unwrap_or(0);
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&b) || b >= 0xf5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!("(unicode error) 'utf-8' codec can't decode byte 0x{b:02x} in position {at}: {reason}")
}

impl<'a> Lexer<'a> {
    fn peek(&self, k: usize) -> u8 {
        self.s.get(self.pos + k).copied().unwrap_or(0)
    }

    fn lc(&self, off: usize) -> (u32, u32) {
        self.src.line_col(off as u32)
    }

    /// Error pointing at `off` with CPython's 1-based offset being `col + plus`, end the same.
    fn err_at(&self, kind: ErrorKind, msg: impl Into<String>, off: usize, plus: i64) -> RawError {
        let (l, c) = self.lc(off);
        let o = c as i64 + plus;
        err(kind, msg, span_raw(l, 0, l, o).with_start_raw(o))
    }

    fn push(&mut self, kind: Tok, start: usize, end: usize) {
        self.toks.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
        });
        self.line_has_tokens = true;
    }

    fn run(&mut self) -> PResult<()> {
        loop {
            if let Some(f) = self.fstack.last() {
                match f.fields.last() {
                    None => {
                        self.fstring_literal(false)?;
                        continue;
                    }
                    Some(fl) if fl.in_spec => {
                        self.fstring_literal(true)?;
                        continue;
                    }
                    _ => {}
                }
            }
            if self.at_line_start && self.brackets.is_empty() {
                self.at_line_start = false;
                if self.indentation()? {
                    continue;
                }
            }
            while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.pos >= self.s.len() {
                return self.finish();
            }
            let start = self.pos;
            let c = self.s[self.pos];
            match c {
                b'#' => {
                    while self.pos < self.s.len() && self.s[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    self.pos += 1;
                    if self.brackets.is_empty() {
                        if self.line_has_tokens {
                            self.push(Tok::Newline, start, start + 1);
                        }
                        self.line_has_tokens = false;
                        self.at_line_start = true;
                    }
                }
                b'\\' => {
                    if self.peek(1) == b'\n' {
                        self.pos += 2;
                        if self.pos >= self.s.len() {
                            let (l, c) = self.lc(start);
                            let o = c as i64 + 2;
                            return Err(err(
                                ErrorKind::SyntaxError,
                                "unexpected EOF while parsing",
                                span_raw(l, 0, l, -1).with_start_raw(o),
                            ));
                        }
                    } else if self.pos + 1 >= self.s.len() {
                        let (l, c) = self.lc(start);
                        let o = c as i64 + 2;
                        return Err(err(
                            ErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                            span_raw(l, 0, l, -1).with_start_raw(o),
                        ));
                    } else {
                        let (l, c) = self.lc(start);
                        return Err(err(
                            ErrorKind::SyntaxError,
                            "unexpected character after line continuation character",
                            span_raw(l, 0, l, 0).with_start_raw(c as i64 + 2),
                        ));
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(start, start)?,
                c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name()?,
                _ => self.operator()?,
            }
        }
    }

    /// Measures the indentation of a new logical line. Returns true if the line was blank.
    fn indentation(&mut self) -> PResult<bool> {
        let line_start = self.pos;
        let (mut col, mut alt) = (0u32, 0u32);
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek(0) {
            b'#' | b'\n' => {
                self.at_line_start = false;
                // Blank and comment-only lines carry no indentation meaning.
                while self.pos < self.s.len() && self.s[self.pos] != b'\n' {
                    self.pos += 1;
                }
                if self.pos < self.s.len() {
                    self.pos += 1;
                }
                self.at_line_start = true;
                return Ok(true);
            }
            0 if self.pos >= self.s.len() => return Ok(false),
            b'\\' if self.peek(1) == b'\n' && !self.line_has_tokens => {
                // A continuation line before any token: CPython keeps measuring on the next line.
                return Ok(false);
            }
            _ => {}
        }
        let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_err = |s: &Self| {
            let (l, _) = s.lc(line_start);
            err(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                span_raw(l, 0, l, 0).with_start_raw(1),
            )
        };
        if col == top_col {
            if alt != top_alt {
                return Err(tab_err(self));
            }
        } else if col > top_col {
            if alt <= top_alt {
                return Err(tab_err(self));
            }
            if self.indents.len() + 1 >= MAX_INDENT {
                let (l, _) = self.lc(self.pos);
                return Err(err(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    span_raw(l, 0, l, -1).with_start_raw(1),
                ));
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, line_start, self.pos);
        } else {
            while let Some(&(c, _)) = self.indents.last() {
                if col < c {
                    self.indents.pop();
                    self.push(Tok::Dedent, self.pos, self.pos);
                } else {
                    break;
                }
            }
            let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top_col {
                // CPython points just past the end of the offending line.
                let (l, c) = self.lc(self.pos);
                let rest = self.s.get(self.pos..).unwrap_or_default();
                let len = rest
                    .iter()
                    .position(|&b| b == b'\n' || b == b'\r')
                    .unwrap_or(rest.len());
                return Err(err(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    span_raw(l, 0, l, -1).with_start_raw((c as usize + len) as i64 + 1),
                ));
            }
            if alt != top_alt {
                return Err(tab_err(self));
            }
        }
        self.line_has_tokens = false;
        Ok(false)
    }

    fn finish(&mut self) -> PResult<()> {
        if let Some(f) = self.fstack.last() {
            let start = f.start as usize;
            return Err(self.unterminated_fstring(start));
        }
        let end = self.s.len();
        if self.line_has_tokens {
            self.push(Tok::Newline, end, end);
        }
        for _ in 0..self.indents.len() {
            self.push(Tok::Dedent, end, end);
        }
        self.indents.clear();
        self.push(Tok::EndMarker, end, end);
        Ok(())
    }

    fn unterminated_fstring(&self, start: usize) -> RawError {
        let triple = self.fstack.last().is_some_and(|f| f.triple);
        let (l, c) = self.lc(start);
        let (el, _) = self.lc(self.pos.min(self.s.len().saturating_sub(1)));
        let msg = if triple {
            format!("unterminated triple-quoted f-string literal (detected at line {el})")
        } else {
            format!("unterminated f-string literal (detected at line {el})")
        };
        err(ErrorKind::SyntaxError, msg, span(l, c, l, c))
    }

    fn name(&mut self) -> PResult<()> {
        let start = self.pos;
        while self.pos < self.s.len() {
            let b = self.s[self.pos];
            if b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80 {
                self.pos += 1;
            } else {
                break;
            }
        }
        let word = &self.s[start..self.pos];
        if matches!(self.peek(0), b'"' | b'\'') && word.len() <= 2 {
            let lower: Vec<u8> = word.iter().map(|b| b.to_ascii_lowercase()).collect();
            if matches!(
                lower.as_slice(),
                b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
            ) {
                let qpos = self.pos;
                return self.string(start, qpos);
            }
        }
        let text = match core::str::from_utf8(word) {
            Ok(t) => t,
            Err(e) => {
                let bad = start + e.valid_up_to();
                let (l, c) = self.lc(bad);
                return Err(err(
                    ErrorKind::SyntaxError,
                    utf8_error_msg(&word[e.valid_up_to()..], e)
                        .replace(&format!("position {}", e.valid_up_to()), "position 0"),
                    span_raw(l, c, l, -1),
                ));
            }
        };
        let mut first = true;
        for (i, ch) in text.char_indices() {
            let ok = if first {
                is_id_start(ch)
            } else {
                is_id_continue(ch)
            };
            first = false;
            if !ok {
                let (l, c) = self.lc(start + i);
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(err(ErrorKind::SyntaxError, msg, span(l, c, l, c)));
            }
        }
        let kind = match Kw::from_str(word) {
            Some(k) => Tok::Kw(k),
            None => Tok::Name,
        };
        self.push(kind, start, self.pos);
        Ok(())
    }

    /// Scans a string literal; `qpos` is the opening quote, `start` the first prefix character.
    fn string(&mut self, start: usize, qpos: usize) -> PResult<()> {
        let prefix = &self.s[start..qpos];
        let is_f = prefix.iter().any(|b| matches!(b, b'f' | b'F'));
        let raw = prefix.iter().any(|b| matches!(b, b'r' | b'R'));
        let q = self.s[qpos];
        let triple = self.s.get(qpos + 1) == Some(&q) && self.s.get(qpos + 2) == Some(&q);
        self.pos = qpos + if triple { 3 } else { 1 };
        if is_f {
            if self.fstack.len() >= MAX_FSTRING_LEVEL {
                let (l, c) = self.lc(start);
                return Err(err(
                    ErrorKind::SyntaxError,
                    "too many nested f-strings",
                    span(l, c, l, c),
                ));
            }
            self.push(Tok::FStart, start, self.pos);
            self.fstack.push(FStr {
                quote: q,
                triple,
                raw,
                start: start as u32,
                fields: Vec::new(),
            });
            return Ok(());
        }
        loop {
            if self.pos >= self.s.len() || (!triple && self.s[self.pos] == b'\n') {
                let (l, c) = self.lc(start);
                if !triple
                    && self
                        .fstack
                        .last()
                        .is_some_and(|f| f.quote == q && !f.triple)
                {
                    // Inside a replacement field the enclosing quote most likely ends the f-string.
                    return Err(err(
                        ErrorKind::SyntaxError,
                        "f-string: expecting '}'",
                        span(l, c, l, c),
                    ));
                }
                let (el, _) = self.lc(self.pos.min(self.s.len().saturating_sub(1)));
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {el})")
                } else {
                    format!("unterminated string literal (detected at line {el})")
                };
                return Err(err(ErrorKind::SyntaxError, msg, span(l, c, l, c)));
            }
            let b = self.s[self.pos];
            if b == b'\\' {
                self.pos += 2;
                continue;
            }
            if b == q {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek(1) == q && self.peek(2) == q {
                    self.pos += 3;
                    break;
                }
            }
            self.pos += 1;
        }
        self.pos = self.pos.min(self.s.len());
        self.push(Tok::String, start, self.pos);
        Ok(())
    }

    /// Scans literal text of an f-string, or of a format spec when `spec` is set.
    fn fstring_literal(&mut self, spec: bool) -> PResult<()> {
        let (q, triple, raw, fstart) = match self.fstack.last() {
            Some(f) => (f.quote, f.triple, f.raw, f.start as usize),
            None => return Ok(()),
        };
        let start = self.pos;
        loop {
            if self.pos >= self.s.len() {
                if spec {
                    // Let the parser report the missing '}'.
                    self.flush_middle(start);
                    self.fstack_pop_for_eof();
                    return Ok(());
                }
                return Err(self.unterminated_fstring(fstart));
            }
            let b = self.s[self.pos];
            if b == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                self.flush_middle(start);
                let n = if triple { 3 } else { 1 };
                self.push(Tok::FEnd, self.pos, self.pos + n);
                self.pos += n;
                // A closing quote inside a format spec leaves its fields open: drop them.
                if let Some(f) = self.fstack.pop()
                    && let Some(fl) = f.fields.first()
                {
                    self.brackets.truncate(fl.depth - 1);
                }
                return Ok(());
            }
            match b {
                b'\n' if !triple => {
                    if spec {
                        self.flush_middle(start);
                        self.push(Tok::FEnd, self.pos, self.pos);
                        if let Some(f) = self.fstack.pop()
                            && let Some(fl) = f.fields.first()
                        {
                            self.brackets.truncate(fl.depth - 1);
                        }
                        return Ok(());
                    }
                    return Err(self.unterminated_fstring(fstart));
                }
                b'\\' if !raw => {
                    if self.peek(1) == b'N' && self.peek(2) == b'{' {
                        let mut k = self.pos + 3;
                        while k < self.s.len() && self.s[k] != b'}' && self.s[k] != q {
                            k += 1;
                        }
                        self.pos = if self.s.get(k) == Some(&b'}') {
                            k + 1
                        } else {
                            self.pos + 2
                        };
                    } else if matches!(self.peek(1), b'{' | b'}') {
                        self.pos += 1;
                    } else {
                        self.pos += 2;
                    }
                }
                b'\\' => {
                    if self.peek(1) == q || self.peek(1) == b'\\' || self.peek(1) == b'\n' {
                        self.pos += 2;
                    } else {
                        self.pos += 1;
                    }
                }
                b'{' => {
                    if self.peek(1) == b'{' && !spec {
                        self.pos += 2;
                        continue;
                    }
                    self.flush_middle(start);
                    return self.open_field();
                }
                b'}' => {
                    if spec {
                        self.flush_middle(start);
                        return self.operator();
                    }
                    if self.peek(1) == b'}' {
                        self.pos += 2;
                        continue;
                    }
                    let (l, c) = self.lc(self.pos);
                    return Err(err(
                        ErrorKind::SyntaxError,
                        "f-string: single '}' is not allowed",
                        span(l, c, l, c),
                    ));
                }
                _ => self.pos += 1,
            }
        }
    }

    fn fstack_pop_for_eof(&mut self) {
        // Leave the f-string open: `finish` is not reached because the parser stops at the
        // missing '}'. Emit an end marker so parsing can fail cleanly.
        let end = self.s.len();
        self.fstack.clear();
        self.brackets.clear();
        self.push(Tok::Newline, end, end);
        self.push(Tok::EndMarker, end, end);
        self.pos = end + 1;
    }

    fn flush_middle(&mut self, start: usize) {
        if self.pos > start {
            self.push(Tok::FMiddle, start, self.pos);
        }
    }

    fn open_field(&mut self) -> PResult<()> {
        let start = self.pos;
        self.open_bracket(b'{', start)?;
        let depth = self.brackets.len();
        if let Some(f) = self.fstack.last_mut() {
            f.fields.push(Field {
                depth,
                in_spec: false,
            });
        }
        self.pos += 1;
        self.push(Tok::Op(Op::LBrace), start, start + 1);
        Ok(())
    }

    fn open_bracket(&mut self, b: u8, at: usize) -> PResult<()> {
        if self.brackets.len() >= MAX_LEVEL {
            let (l, c) = self.lc(at);
            return Err(err(
                ErrorKind::SyntaxError,
                "too many nested parentheses",
                span(l, c, l, c),
            ));
        }
        self.brackets.push((b, at as u32));
        Ok(())
    }

    fn field_depth(&self) -> Option<usize> {
        self.fstack
            .last()
            .and_then(|f| f.fields.last())
            .filter(|f| !f.in_spec)
            .map(|f| f.depth)
    }

    fn operator(&mut self) -> PResult<()> {
        let start = self.pos;
        let c = self.s[start];
        let c1 = self.peek(1);
        let c2 = self.peek(2);
        let at_field = self.field_depth() == Some(self.brackets.len());
        let (op, n) = match (c, c1, c2) {
            (b'*', b'*', b'=') => (Op::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (Op::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (Op::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (Op::RightShiftEqual, 3),
            (b'.', b'.', b'.') => (Op::Ellipsis, 3),
            (b'!', b'=', _) => (Op::NotEqual, 2),
            (b'%', b'=', _) => (Op::PercentEqual, 2),
            (b'&', b'=', _) => (Op::AmperEqual, 2),
            (b'*', b'*', _) => (Op::DoubleStar, 2),
            (b'*', b'=', _) => (Op::StarEqual, 2),
            (b'+', b'=', _) => (Op::PlusEqual, 2),
            (b'-', b'=', _) => (Op::MinEqual, 2),
            (b'-', b'>', _) => (Op::RArrow, 2),
            (b'/', b'/', _) => (Op::DoubleSlash, 2),
            (b'/', b'=', _) => (Op::SlashEqual, 2),
            (b':', b'=', _) if !at_field => (Op::ColonEqual, 2),
            (b'<', b'<', _) => (Op::LeftShift, 2),
            (b'<', b'=', _) => (Op::LessEqual, 2),
            (b'=', b'=', _) => (Op::EqEqual, 2),
            (b'>', b'=', _) => (Op::GreaterEqual, 2),
            (b'>', b'>', _) => (Op::RightShift, 2),
            (b'@', b'=', _) => (Op::AtEqual, 2),
            (b'^', b'=', _) => (Op::CircumflexEqual, 2),
            (b'|', b'=', _) => (Op::VBarEqual, 2),
            (b'!', _, _) => (Op::Exclamation, 1),
            (b'%', _, _) => (Op::Percent, 1),
            (b'&', _, _) => (Op::Amper, 1),
            (b'(', _, _) => (Op::LPar, 1),
            (b')', _, _) => (Op::RPar, 1),
            (b'*', _, _) => (Op::Star, 1),
            (b'+', _, _) => (Op::Plus, 1),
            (b',', _, _) => (Op::Comma, 1),
            (b'-', _, _) => (Op::Minus, 1),
            (b'.', _, _) => (Op::Dot, 1),
            (b'/', _, _) => (Op::Slash, 1),
            (b':', _, _) => (Op::Colon, 1),
            (b';', _, _) => (Op::Semi, 1),
            (b'<', _, _) => (Op::Less, 1),
            (b'=', _, _) => (Op::Equal, 1),
            (b'>', _, _) => (Op::Greater, 1),
            (b'@', _, _) => (Op::At, 1),
            (b'[', _, _) => (Op::LSqb, 1),
            (b']', _, _) => (Op::RSqb, 1),
            (b'^', _, _) => (Op::Circumflex, 1),
            (b'{', _, _) => (Op::LBrace, 1),
            (b'|', _, _) => (Op::VBar, 1),
            (b'}', _, _) => (Op::RBrace, 1),
            (b'~', _, _) => (Op::Tilde, 1),
            _ => {
                let (l, col) = self.lc(start);
                let ch = c as char;
                let msg = if c.is_ascii_graphic() {
                    "invalid syntax".into()
                } else if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(err(ErrorKind::SyntaxError, msg, span(l, col, l, col)));
            }
        };
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => self.open_bracket(c, start)?,
            Op::RPar | Op::RSqb | Op::RBrace => {
                let (l, col) = self.lc(start);
                match self.brackets.last().copied() {
                    None => {
                        return Err(err(
                            ErrorKind::SyntaxError,
                            format!("unmatched '{}'", c as char),
                            span(l, col, l, col),
                        ));
                    }
                    Some((open, at)) => {
                        let want = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if want != c {
                            let (ol, _) = self.lc(at as usize);
                            let msg = if ol == l {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as char, open as char
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {ol}",
                                    c as char, open as char
                                )
                            };
                            return Err(err(ErrorKind::SyntaxError, msg, span(l, col, l, col)));
                        }
                        if op == Op::RBrace && self.field_depth_any() == Some(self.brackets.len()) {
                            if let Some(f) = self.fstack.last_mut() {
                                f.fields.pop();
                            }
                        }
                        self.brackets.pop();
                    }
                }
            }
            Op::Colon if at_field => {
                let nested_specs = self
                    .fstack
                    .last()
                    .map(|f| f.fields.iter().filter(|f| f.in_spec).count())
                    .unwrap_or(0);
                if nested_specs >= 2 {
                    let (l, c) = self.lc(start);
                    return Err(err(
                        ErrorKind::SyntaxError,
                        "f-string: expressions nested too deeply",
                        span(l, c, l, c),
                    ));
                }
                if let Some(f) = self.fstack.last_mut().and_then(|f| f.fields.last_mut()) {
                    f.in_spec = true;
                }
            }
            _ => {}
        }
        self.pos += n;
        self.push(Tok::Op(op), start, start + n);
        Ok(())
    }

    fn field_depth_any(&self) -> Option<usize> {
        self.fstack
            .last()
            .and_then(|f| f.fields.last())
            .map(|f| f.depth)
    }

    fn number(&mut self) -> PResult<()> {
        let start = self.pos;
        let c = self.s[start];
        if c == b'0' && matches!(self.peek(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (kind, radix) = match self.peek(1) | 0x20 {
                b'x' => ("hexadecimal", 16),
                b'o' => ("octal", 8),
                _ => ("binary", 2),
            };
            self.pos += 2;
            loop {
                if self.peek(0) == b'_' {
                    self.pos += 1;
                }
                let d = self.peek(0);
                if (d as char).is_digit(radix) {
                    while (self.peek(0) as char).is_digit(radix) {
                        self.pos += 1;
                    }
                    if self.peek(0) == b'_' {
                        continue;
                    }
                    break;
                }
                if d.is_ascii_digit() {
                    return Err(self.err_at(
                        ErrorKind::SyntaxError,
                        format!("invalid digit '{}' in {kind} literal", d as char),
                        self.pos,
                        1,
                    ));
                }
                return Err(self.err_at(
                    ErrorKind::SyntaxError,
                    format!("invalid {kind} literal"),
                    self.pos,
                    0,
                ));
            }
            if self.peek(0).is_ascii_digit() {
                return Err(self.err_at(
                    ErrorKind::SyntaxError,
                    format!("invalid digit '{}' in {kind} literal", self.peek(0) as char),
                    self.pos,
                    1,
                ));
            }
            self.end_of_number(kind)?;
            self.push(Tok::Number, start, self.pos);
            return Ok(());
        }
        // Decimal integer part (absent for ".5").
        let mut nonzero_after_zero: Option<usize> = None;
        if c != b'.' {
            let leading_zero = c == b'0';
            self.decimal_tail()?;
            if leading_zero {
                let digits = &self.s[start..self.pos];
                if let Some(i) = digits.iter().position(|&d| d != b'0' && d != b'_') {
                    nonzero_after_zero = Some(start + i + 1);
                }
            }
        }
        let mut is_float = false;
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek(0).is_ascii_digit() {
                self.decimal_tail()?;
            } else if self.peek(0) == b'_' {
                return Err(self.err_at(
                    ErrorKind::SyntaxError,
                    "invalid decimal literal",
                    self.pos,
                    0,
                ));
            }
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let e = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
                if !self.peek(0).is_ascii_digit() {
                    return Err(self.err_at(
                        ErrorKind::SyntaxError,
                        "invalid decimal literal",
                        self.pos,
                        0,
                    ));
                }
            }
            if self.peek(0).is_ascii_digit() {
                self.decimal_tail()?;
                is_float = true;
            } else {
                // "1e" is not an exponent: report as CPython does, at the 'e'.
                self.pos = e;
                return Err(self.err_at(
                    ErrorKind::SyntaxError,
                    "invalid decimal literal",
                    self.pos,
                    0,
                ));
            }
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            self.end_of_number("imaginary")?;
        } else {
            if !is_float && let Some(z) = nonzero_after_zero {
                let (l, c0) = self.lc(start);
                let (_, ze) = self.lc(z);
                return Err(err(
                    ErrorKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    span_raw(l, c0, l, ze as i64 + 1),
                ));
            }
            self.end_of_number("decimal")?;
        }
        self.push(Tok::Number, start, self.pos);
        Ok(())
    }

    fn decimal_tail(&mut self) -> PResult<()> {
        loop {
            while self.peek(0).is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek(0).is_ascii_digit() {
                return Err(self.err_at(
                    ErrorKind::SyntaxError,
                    "invalid decimal literal",
                    self.pos,
                    0,
                ));
            }
        }
    }

    /// A number must not run into a name, except the keywords CPython tolerates there.
    fn end_of_number(&mut self, kind: &str) -> PResult<()> {
        let b = self.peek(0);
        if !(b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80) {
            return Ok(());
        }
        let rest = &self.s[self.pos..];
        for kw in [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"not",
            b"or",
        ] {
            if rest.starts_with(kw) {
                return Ok(());
            }
        }
        Err(self.err_at(
            ErrorKind::SyntaxError,
            format!("invalid {kind} literal"),
            self.pos,
            0,
        ))
    }
}

trait WithStart {
    fn with_start_raw(self, o: i64) -> Loc;
}

impl WithStart for Loc {
    /// Replaces the start column with a literal CPython `offset` value.
    fn with_start_raw(self, o: i64) -> Loc {
        match self {
            Loc::Span {
                line,
                end_line,
                end_col,
                ..
            } => Loc::Raw {
                line,
                offset: o,
                end_line,
                end_col,
            },
            other => other,
        }
    }
}

//! String literals in expressions: implicit concatenation, bytes/str mixing checks, and PEP 701
//! f-strings (the tokenizer already split them into FStart / FMiddle / fields / FEnd).

use super::ast::{Constant, Ctx, Expr, ExprKind, Pos, WtfString};
use super::error::PResult;
use super::literal::{self, EscapeError};
use super::parser::Parser;
use super::token::{Kw, Op, Tok, Token};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

struct Prefix {
    raw: bool,
    bytes: bool,
    u: bool,
    len: usize,
}

fn prefix(text: &[u8]) -> Prefix {
    let len = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let p = &text[..len];
    Prefix {
        raw: p.iter().any(|b| matches!(b, b'r' | b'R')),
        bytes: p.iter().any(|b| matches!(b, b'b' | b'B')),
        u: p.iter().any(|b| matches!(b, b'u' | b'U')),
        len,
    }
}

impl<'a> Parser<'a> {
    pub fn strings(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let first = self.tok();
        let first_prefix = prefix(self.text(first));
        let mut bytes_mode: Option<bool> = None;
        let mut has_f = false;
        let mut buf = WtfString::new();
        let mut bbuf: Vec<u8> = Vec::new();
        let mut parts: Vec<Expr> = Vec::new();
        while matches!(self.kind(), Tok::String | Tok::FStart) {
            let t = self.tok();
            let text = self.text(t);
            let pf = prefix(text);
            let is_bytes = pf.bytes;
            match bytes_mode {
                None => bytes_mode = Some(is_bytes),
                Some(b) if b != is_bytes => {
                    // CPython reads every literal of the run first, then reports the mix at
                    // the token after them.
                    loop {
                        let t = self.tok();
                        match t.kind {
                            Tok::String => {
                                self.bump();
                            }
                            Tok::FStart => {
                                let raw = prefix(self.text(t)).raw;
                                self.bump();
                                self.fstring_body(raw, &mut buf, &mut parts)?;
                            }
                            _ => break,
                        }
                    }
                    let t = self.tok();
                    return Err(
                        self.error_pos("cannot mix bytes and nonbytes literals", self.tok_pos(t))
                    );
                }
                _ => {}
            }
            if t.kind == Tok::FStart {
                has_f = true;
                self.bump();
                self.fstring_body(pf.raw, &mut buf, &mut parts)?;
                continue;
            }
            self.bump();
            let rest = &text[pf.len..];
            let q = if rest.len() >= 6 && rest[0] == rest[1] && rest[1] == rest[2] {
                3
            } else {
                1
            };
            let body =
                &rest[q.min(rest.len())..rest.len().saturating_sub(q).max(q.min(rest.len()))];
            if is_bytes {
                match literal::decode_bytes(body, pf.raw) {
                    Ok(b) => bbuf.extend_from_slice(&b),
                    Err(None) => {
                        return Err(
                            self.error_tok("bytes can only contain ASCII literal characters", t)
                        );
                    }
                    Err(Some(msg)) => return Err(self.error_tok(msg, t)),
                }
            } else {
                match literal::decode_str(body, pf.raw, false) {
                    Ok(s) => buf.push_wtf(&s),
                    Err(EscapeError::Msg(msg)) => return Err(self.error_tok(msg, t)),
                }
            }
        }
        let pos = self.pos_from(m);
        if bytes_mode == Some(true) {
            return Ok(Expr::constant(pos, Constant::Bytes(bbuf)));
        }
        if !has_f {
            return Ok(Expr::new(
                pos,
                ExprKind::Constant {
                    value: Constant::Str(buf),
                    kind_u: first_prefix.u,
                },
            ));
        }
        flush(&mut buf, &mut parts, pos);
        Ok(Expr::new(pos, ExprKind::JoinedStr(parts)))
    }

    fn fmiddle(&mut self, t: Token, raw: bool, spec: bool, buf: &mut WtfString) -> PResult<()> {
        match literal::decode_str(self.text(t), raw, !spec) {
            Ok(s) => {
                buf.push_wtf(&s);
                Ok(())
            }
            Err(EscapeError::Msg(msg)) => Err(self.error_tok(msg, t)),
        }
    }

    /// Literal text and replacement fields up to and including FEnd.
    fn fstring_body(
        &mut self,
        raw: bool,
        buf: &mut WtfString,
        parts: &mut Vec<Expr>,
    ) -> PResult<()> {
        loop {
            let t = self.tok();
            match t.kind {
                Tok::FMiddle => {
                    self.bump();
                    self.fmiddle(t, raw, false, buf)?;
                }
                Tok::Op(Op::LBrace) => {
                    self.enter()?;
                    let r = self.field(raw, buf, parts);
                    self.leave();
                    r?;
                }
                Tok::FEnd => {
                    self.bump();
                    return Ok(());
                }
                _ => return Err(self.error_tok("f-string: expecting '}'", t)),
            }
        }
    }

    fn field(&mut self, raw: bool, buf: &mut WtfString, parts: &mut Vec<Expr>) -> PResult<()> {
        let open = self.bump();
        let m = self.mark();
        if self.at_op(Op::RBrace) {
            let t = self.tok();
            return Err(self.error_tok("f-string: valid expression required before '}'", t));
        }
        if matches!(
            self.kind(),
            Tok::Op(Op::Exclamation | Op::Colon | Op::Equal)
        ) {
            let t = self.tok();
            let c = self.text(t).first().copied().unwrap_or(b'?') as char;
            return Err(self.error_tok(
                alloc::format!("f-string: valid expression required before '{c}'"),
                t,
            ));
        }
        if self.at_kw(Kw::Lambda) {
            let e = self.expression();
            if e.is_ok() && self.at_op(Op::Colon) || e.is_err() {
                let p = self.off_pos(open.end, self.tok().end);
                let _ = e;
                return Err(self.error_pos(
                    "f-string: lambda expressions are not allowed without parentheses",
                    p,
                ));
            }
            self.i = self.i.saturating_sub(0);
            return Err(self.invalid_syntax());
        }
        self.in_fstring += 1;
        let value = if self.at_kw(Kw::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        };
        self.in_fstring -= 1;
        let value = value?;
        let _ = m;
        let mut conversion = -1;
        let mut debug = false;
        if self.at_op(Op::Equal) {
            self.bump();
            debug = true;
            // The expression text as written, up to what follows the '=' (spaces included),
            // precedes the value in the result.
            let end = self.tok().start as usize;
            let text = self.s.get(open.end as usize..end).unwrap_or_default();
            buf.push_str(&String::from_utf8_lossy(text));
        }
        if self.at_op(Op::Exclamation) {
            let bang = self.bump();
            let t = self.tok();
            if t.kind != Tok::Name || t.start != bang.end {
                let msg =
                    if matches!(t.kind, Tok::Op(Op::RBrace | Op::Colon)) || t.kind == Tok::FEnd {
                        "f-string: missing conversion character"
                    } else {
                        "f-string: invalid conversion character"
                    };
                return Err(self.error_tok(msg, t));
            }
            let name = self.text(t);
            conversion = match name {
                b"s" => 's' as i32,
                b"r" => 'r' as i32,
                b"a" => 'a' as i32,
                _ => {
                    return Err(self.error_tok(
                        alloc::format!(
                            "f-string: invalid conversion character '{}': expected 's', 'r', or 'a'",
                            String::from_utf8_lossy(name)
                        ),
                        t,
                    ));
                }
            };
            self.bump();
        }
        let mut format_spec = None;
        if self.at_op(Op::Colon) {
            let colon = self.bump();
            let mut sbuf = WtfString::new();
            let mut sparts = Vec::new();
            loop {
                let t = self.tok();
                match t.kind {
                    Tok::FMiddle => {
                        self.bump();
                        self.fmiddle(t, raw, true, &mut sbuf)?;
                    }
                    Tok::Op(Op::LBrace) => {
                        self.enter()?;
                        let r = self.field(raw, &mut sbuf, &mut sparts);
                        self.leave();
                        r?;
                    }
                    _ => break,
                }
            }
            let sp = self.off_pos(colon.end, self.tok().start);
            flush(&mut sbuf, &mut sparts, sp);
            format_spec = Some(Box::new(Expr::new(sp, ExprKind::JoinedStr(sparts))));
        }
        if !self.at_op(Op::RBrace) && !debug && conversion == -1 && self.starts_expression() {
            return Err(self.maybe_missing_comma());
        }
        if !self.at_op(Op::RBrace) {
            let t = self.tok();
            let msg = if matches!(t.kind, Tok::FEnd | Tok::EndMarker | Tok::Newline) {
                "f-string: expecting '}'"
            } else if debug || conversion != -1 {
                "f-string: expecting '}'"
            } else {
                "f-string: expecting '=', or '!', or ':', or '}'"
            };
            return Err(self.error_tok(msg, t));
        }
        let close = self.bump();
        if debug && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        let pos = self.off_pos(open.start, close.end);
        let fpos = Pos { ..pos };
        flush(buf, parts, fpos);
        parts.push(Expr::new(
            fpos,
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        ));
        let _ = Ctx::Load;
        Ok(())
    }
}

fn flush(buf: &mut WtfString, parts: &mut Vec<Expr>, pos: Pos) {
    if !buf.is_empty() {
        parts.push(Expr::constant(pos, Constant::Str(core::mem::take(buf))));
    }
}

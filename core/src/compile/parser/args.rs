//! Parameter lists of `def` and `lambda`, with CPython's messages for misplaced `/`, `*`, `**`
//! and defaults.

use super::Parser;
use crate::compile::ast::{Arg, Arguments};
use crate::compile::error::PResult;
use crate::compile::token::{Op, Tok};

impl<'a> Parser<'a> {
    fn one_param(&mut self, annotations: bool, star: bool) -> PResult<Arg> {
        let m = self.mark();
        let t = self.expect_name()?;
        let annotation = if annotations && self.eat_op(Op::Colon) {
            Some(if star && self.at_op(Op::Star) {
                self.star_expression()?
            } else {
                self.expression()?
            })
        } else {
            None
        };
        Ok(Arg {
            pos: self.pos_from(m),
            arg: self.name_string(t),
            annotation,
        })
    }

    /// Parses parameters up to (not including) `end`.
    pub fn parameters(&mut self, annotations: bool, end: Op) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut seen_default = false;
        let mut bare_star: Option<crate::compile::token::Token> = None;
        loop {
            if self.at_op(end) {
                break;
            }
            let t = self.tok();
            if self.eat_op(Op::Slash) {
                if seen_star {
                    return Err(self.error_tok("/ must be ahead of *", t));
                }
                if seen_slash {
                    return Err(self.error_tok("/ may appear only once", t));
                }
                if a.args.is_empty() {
                    return Err(self.error_tok("at least one argument must precede /", t));
                }
                seen_slash = true;
                a.posonlyargs = core::mem::take(&mut a.args);
            } else if self.eat_op(Op::Star) {
                if seen_star {
                    return Err(self.error_tok("* argument may appear only once", t));
                }
                seen_star = true;
                if self.at_op(Op::Comma) || self.at_op(end) {
                    // A lambda's error points where CPython's rule stops reading: the ':' or
                    // the token after the comma.
                    bare_star = Some(if end == Op::Colon {
                        let k = usize::from(self.at_op(Op::Comma));
                        self.toks[(self.i + k).min(self.toks.len() - 1)]
                    } else {
                        t
                    });
                } else {
                    let p = self.one_param(annotations, true)?;
                    if self.at_op(Op::Equal) {
                        let eq = self.tok();
                        return Err(
                            self.error_tok("var-positional argument cannot have default value", eq)
                        );
                    }
                    a.vararg = Some(p);
                }
            } else if self.eat_op(Op::DoubleStar) {
                let p = self.one_param(annotations, false)?;
                if self.at_op(Op::Equal) {
                    let eq = self.tok();
                    return Err(
                        self.error_tok("var-keyword argument cannot have default value", eq)
                    );
                }
                a.kwarg = Some(p);
                self.eat_op(Op::Comma);
                if !self.at_op(end) {
                    let t = self.tok();
                    return Err(self.error_tok("arguments cannot follow var-keyword argument", t));
                }
                break;
            } else if self.kind() == Tok::Name {
                let p = self.one_param(annotations, false)?;
                let default = if self.eat_op(Op::Equal) {
                    Some(self.expression()?)
                } else {
                    None
                };
                if seen_star {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                    bare_star = None;
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(self.error_pos(
                                "parameter without a default follows parameter with a default",
                                p.pos,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(p);
                }
            } else {
                return Err(self.invalid_syntax());
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(t) = bare_star {
            return Err(self.error_tok("named arguments must follow bare *", t));
        }
        Ok(a)
    }
}

//! Call arguments as native functions receive them, and binding them to parameters with
//! CPython's error messages.

use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use super::error::PyResult;
use super::value::Value;
use crate::runtime::Runtime;

/// Vectorcall-style arguments: `all` holds the positional arguments followed by the values of the
/// keyword arguments, whose names (str values) are `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(all: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        debug_assert!(kwnames.len() <= all.len());
        Args { all, kwnames }
    }
    pub fn positional(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    pub fn kw_values(&self) -> &'a [Value] {
        &self.all[self.all.len() - self.kwnames.len()..]
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// The arguments after the first positional one (a method's arguments after `self`).
    pub fn skip_self(&self) -> Args<'a> {
        Args {
            all: &self.all[1..],
            kwnames: self.kwnames,
        }
    }
    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        self.kwnames.iter().zip(self.kw_values())
    }

    /// Rejects keyword arguments: "`fname`() takes no keyword arguments".
    pub fn no_kwargs(&self, rt: &Runtime, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(rt.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Checks a positional-only argument count: CPython's "f expected at most N arguments, got M"
    /// family of messages (the builtin-function wording).
    pub fn check_count(
        &self,
        rt: &Runtime,
        fname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        self.no_kwargs(rt, fname)?;
        let n = self.all.len();
        if n < min || n > max {
            return Err(rt.type_error(count_message(fname, min, max, n)));
        }
        Ok(self.all)
    }

    /// `check_count` for a function of `module`, naming it `module.fname` where CPython does
    /// (see `count_message`); the name is only formatted on error.
    pub fn check_count_in(
        &self,
        rt: &Runtime,
        module: &str,
        fname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        if !self.has_kwargs() && (min..=max).contains(&self.all.len()) {
            return Ok(self.all);
        }
        self.check_count(rt, &format!("{module}.{fname}"), min, max)
    }

    /// `no_kwargs` for a function of `module` ("math.gcd() takes no keyword arguments").
    pub fn no_kwargs_in(&self, rt: &Runtime, module: &str, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return self.no_kwargs(rt, &format!("{module}.{fname}"));
        }
        Ok(())
    }

    /// Binds arguments to a signature; see `Signature`.
    pub fn bind<const N: usize>(
        &self,
        rt: &Runtime,
        sig: &Signature<N>,
    ) -> PyResult<[Option<Value>; N]> {
        sig.bind(rt, *self)
    }
}

/// CPython's wording for a wrong positional count of a builtin (METH_VARARGS style).
///
/// Module functions pass their qualified name (`time.time`, `_heapq.heappush`): CPython
/// names the module in the METH_NOARGS / METH_O messages and in "takes no keyword arguments"
/// (`time.time() takes no arguments (1 given)`) but Argument Clinic's checks use the bare
/// name (`pow expected 2 arguments, got 1`). Deciding it here, from one qualified name, keeps
/// every caller right whichever path called it (the specialized call sites call the native
/// function directly, so the name cannot be added by the caller).
pub fn count_message(fname: &str, min: usize, max: usize, given: usize) -> alloc::string::String {
    let short = fname.rsplit('.').next().unwrap_or(fname);
    let fname = if min == max && min <= 1 { fname } else { short };
    if min == max {
        if min == 0 {
            format!("{fname}() takes no arguments ({given} given)")
        } else if min == 1 {
            format!("{fname}() takes exactly one argument ({given} given)")
        } else {
            format!("{fname} expected {min} arguments, got {given}")
        }
    } else if given < min {
        format!(
            "{fname} expected at least {min} argument{}, got {given}",
            plural(min)
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {given}",
            plural(max)
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A native function's parameters: names, how many are positional-only, how many are required,
/// and from which index they are keyword-only.
pub struct Signature<const N: usize> {
    /// The name in messages, e.g. `int` or `str.split`.
    pub fname: &'static str,
    pub names: [&'static str; N],
    pub posonly: usize,
    pub required: usize,
    /// Index of the first keyword-only parameter (`N` when none).
    pub kwonly: usize,
}

impl<const N: usize> Signature<N> {
    pub fn bind(&self, rt: &Runtime, args: Args<'_>) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = [const { None }; N];
        let pos = args.pos();
        // All positional-only: Argument Clinic checks the count alone ("tee expected at least
        // 1 argument, got 0").
        if self.posonly >= N && !args.has_kwargs() && (pos.len() < self.required || pos.len() > N) {
            return Err(rt.type_error(count_message(self.fname, self.required, N, pos.len())));
        }
        if pos.len() > self.kwonly {
            let msg = if self.kwonly == self.required {
                format!(
                    "{}() takes {} positional argument{} but {} were given",
                    self.fname,
                    self.kwonly,
                    plural(self.kwonly),
                    pos.len()
                )
            } else {
                format!(
                    "{}() takes at most {} argument{} ({} given)",
                    self.fname,
                    self.kwonly,
                    plural(self.kwonly),
                    pos.len()
                )
            };
            return Err(rt.type_error(msg));
        }
        // Missing positional-only arguments: Argument Clinic's positional wording.
        let minpos = self.posonly.min(self.required);
        if pos.len() < minpos {
            return Err(rt.type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                self.fname,
                if minpos < self.kwonly {
                    "at least"
                } else {
                    "exactly"
                },
                minpos,
                plural(minpos),
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (name, v) in args.kwargs() {
            let name_s = rt.str_of(name).unwrap_or("");
            match self.names.iter().position(|n| *n == name_s) {
                Some(i) if i >= self.posonly => {
                    if out[i].is_some() {
                        return Err(rt.type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            self.fname,
                            name_s,
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    // Argument Clinic's wording (Python functions say "got an unexpected").
                    return Err(rt.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        name_s, self.fname
                    )));
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(self.required) {
            if slot.is_none() {
                return Err(rt.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.fname,
                    self.names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

/// Collects `(name, value)` keyword pairs into vectorcall form.
pub fn build_args(pos: Vec<Value>, kw: Vec<(Value, Value)>) -> (Vec<Value>, Vec<Value>) {
    let mut all = pos;
    let mut names = vec![];
    for (k, v) in kw {
        names.push(k);
        all.push(v);
    }
    (all, names)
}

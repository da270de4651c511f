//! The names CPython's `site` adds to builtins: `exit`/`quit` (Quitter objects), `copyright`,
//! `credits`, `license` (printers) and `help`. Rust, since they exist from start-up and a
//! frozen module would be compiled by every program; `help(obj)` itself is Python (`pydoc`),
//! imported when first called.

use alloc::format;

use crate::Runtime;
use crate::modules::native_type::new_native_type;
use crate::object::args::Args;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

/// What one of these objects is: its name, and for printers their text.
pub struct SiteObj {
    name: &'static str,
    text: &'static str,
}

impl Payload for SiteObj {}

fn data(v: &Value) -> Option<&SiteObj> {
    // SAFETY: the three types below are the only ones with this payload and set these slots.
    v.heap().map(|h| unsafe { h.payload::<SiteObj>() })
}

#[cfg(windows)]
const EOF_KEY: &str = "Ctrl-Z plus Return";
#[cfg(not(windows))]
const EOF_KEY: &str = "Ctrl-D (i.e. EOF)";

const COPYRIGHT: &str = "Copyright (c) the Copperhead authors.\nAll Rights Reserved.";
const CREDITS: &str = "Copperhead runs the Python language, designed by Guido van Rossum and \
developed by\nthe Python community; thanks to all of them.";
const LICENSE: &str = "Copperhead is licensed under the MIT license or the Apache License, \
Version 2.0,\nat your option.";

fn quitter_init(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| {
        let name = data(v).map_or("exit", |d| d.name);
        rt.new_str(&format!("Use {name}() or {EOF_KEY} to exit"))
    });
    s.call = Some(|rt, _v, a| {
        let name = "Quitter.__call__";
        a.no_kwargs(rt, name)?;
        let pos = a.pos();
        if pos.len() > 1 {
            return Err(rt.type_error(format!(
                "{name}() takes from 1 to 2 positional arguments but {} were given",
                pos.len() + 1
            )));
        }
        let code = pos.first().cloned().unwrap_or_else(|| rt.none());
        // As CPython's, closing stdin first (errors ignored: it may be gone or closed).
        if let Some(stdin) = crate::modules::sys::sys_get(rt, "stdin") {
            let _ = rt.call_method(&stdin, "close", &[]);
        }
        let e = rt.call(&rt.exc().system_exit.value(), Args::positional(&[code]))?;
        Err(crate::object::PyErr(e))
    });
}

fn printer_init(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| match data(v) {
        // CPython shows a short text itself and a hint for the long license.
        Some(d) if d.name == "license" => rt.new_str("Type license() to see the full license text"),
        Some(d) => rt.new_str(d.text),
        None => rt.new_str(""),
    });
    s.call = Some(|rt, v, a| {
        a.check_count(rt, "_Printer.__call__", 0, 0)?;
        let text = rt.new_str(data(v).map_or("", |d| d.text))?;
        super::print(rt, Args::positional(&[text]))
    });
}

fn helper_init(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, _v| {
        rt.new_str("Type help() for interactive help, or help(object) for help about object.")
    });
    s.call = Some(|rt, _v, a| {
        let name = rt.new_str("pydoc")?;
        let pydoc = crate::interp::import::import_module_level(rt, &name, None, None, 0)?;
        let f = rt.getattr_str(&pydoc, "help")?;
        rt.call(&f, a)
    });
}

fn make(rt: &Runtime, ty: TypeRef, name: &'static str, text: &'static str) -> PyResult<Value> {
    unsafe { alloc_object(rt, ty.0, SiteObj { name, text }) }.ok_or_else(|| rt.memory_error())
}

/// Puts the objects into the builtins dict.
pub fn install(rt: &Runtime, dd: &crate::object::dict::DictData) -> PyResult<()> {
    let quitter = new_native_type(
        rt,
        TypeSpec::new::<SiteObj>("_sitebuiltins.Quitter", quitter_init),
    )?;
    let printer = new_native_type(
        rt,
        TypeSpec::new::<SiteObj>("_sitebuiltins._Printer", printer_init),
    )?;
    let helper = new_native_type(
        rt,
        TypeSpec::new::<SiteObj>("_sitebuiltins._Helper", helper_init),
    )?;
    for (name, v) in [
        ("exit", make(rt, quitter, "exit", "")?),
        ("quit", make(rt, quitter, "quit", "")?),
        ("copyright", make(rt, printer, "copyright", COPYRIGHT)?),
        ("credits", make(rt, printer, "credits", CREDITS)?),
        ("license", make(rt, printer, "license", LICENSE)?),
        ("help", make(rt, helper, "help", "")?),
    ] {
        dd.set(rt, rt.intern(name), v)?;
    }
    Ok(())
}

//! Running code: exec, eval, import, globals, calls.

use crate::guard::{ChValue, Handle, obj, objs, status, text, value};
use copperhead_facade::embed::Object;
use std::ffi::c_char;

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_exec(
    rt: *mut Handle,
    source: *const c_char,
    filename: *const c_char,
) -> i32 {
    status(rt, |h| h.rt.exec(text(source)?, text(filename)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_eval(
    rt: *mut Handle,
    source: *const c_char,
    filename: *const c_char,
) -> *mut ChValue {
    value(rt, |h| h.rt.eval(text(source)?, text(filename)?))
}

/// The host's (globals, locals) handles: globals required, locals optional.
fn namespace<'h>(
    h: &'h Handle,
    globals: *mut ChValue,
    locals: *mut ChValue,
) -> Result<(Object<'h>, Option<Object<'h>>), copperhead_facade::embed::Error> {
    let g = (*obj(h, globals)?).clone();
    let l = if locals.is_null() {
        None
    } else {
        Some((*obj(h, locals)?).clone())
    };
    Ok((g, l))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_exec_in(
    rt: *mut Handle,
    source: *const c_char,
    filename: *const c_char,
    globals: *mut ChValue,
    locals: *mut ChValue,
) -> i32 {
    status(rt, |h| {
        let (g, l) = namespace(h, globals, locals)?;
        h.rt.exec_in(text(source)?, text(filename)?, &g, l.as_ref())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_eval_in(
    rt: *mut Handle,
    source: *const c_char,
    filename: *const c_char,
    globals: *mut ChValue,
    locals: *mut ChValue,
) -> *mut ChValue {
    value(rt, |h| {
        let (g, l) = namespace(h, globals, locals)?;
        h.rt.eval_in(text(source)?, text(filename)?, &g, l.as_ref())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_import(rt: *mut Handle, name: *const c_char) -> *mut ChValue {
    value(rt, |h| h.rt.import(text(name)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_global(rt: *mut Handle, name: *const c_char) -> *mut ChValue {
    value(rt, |h| h.rt.global(text(name)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_set_global(
    rt: *mut Handle,
    name: *const c_char,
    v: *mut ChValue,
) -> i32 {
    status(rt, |h| h.rt.set_global(text(name)?, &*obj(h, v)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_call(
    rt: *mut Handle,
    callable: *mut ChValue,
    args: *const *mut ChValue,
    nargs: usize,
    kwnames: *const *const c_char,
    kwvalues: *const *mut ChValue,
    nkw: usize,
) -> *mut ChValue {
    value(rt, |h| {
        let f = obj(h, callable)?;
        let pos = objs(h, args, nargs)?;
        let vals = objs(h, kwvalues, nkw)?;
        let names: Vec<&str> = if nkw == 0 {
            Vec::new()
        } else if kwnames.is_null() {
            return Err(crate::guard::invalid("NULL kwnames with nkw > 0"));
        } else {
            // SAFETY: `nkw` names (header contract).
            let s = unsafe { std::slice::from_raw_parts(kwnames, nkw) };
            s.iter().map(|&p| text(p)).collect::<Result<_, _>>()?
        };
        let kw: Vec<(&str, Object<'_>)> = names.into_iter().zip(vals).collect();
        f.call(pos.as_slice(), &kw)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_call_method(
    rt: *mut Handle,
    o: *mut ChValue,
    name: *const c_char,
    args: *const *mut ChValue,
    nargs: usize,
) -> *mut ChValue {
    value(rt, |h| {
        let o = obj(h, o)?;
        let pos = objs(h, args, nargs)?;
        o.call_method(text(name)?, pos.as_slice())
    })
}

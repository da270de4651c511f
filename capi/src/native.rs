//! Native functions (C callbacks) and native modules.

use crate::guard::{ChValue, Handle, obj, status, text, value};
use copperhead_facade::embed::{Error, Object};
use std::ffi::{CString, c_char, c_void};

pub type NativeFn = unsafe extern "C" fn(
    *mut Handle,
    *mut c_void,
    *const *mut ChValue,
    usize,
    *const *const c_char,
    *const *mut ChValue,
    usize,
) -> *mut ChValue;
pub type FreeFn = unsafe extern "C" fn(*mut c_void);

/// The host's user data; its free function runs when the function object (and with it the
/// closure owning this) is freed.
struct UserData {
    user: *mut c_void,
    free: Option<FreeFn>,
}

impl Drop for UserData {
    fn drop(&mut self) {
        if let Some(f) = self.free {
            // SAFETY: the host's destructor for its own pointer.
            unsafe { f(self.user) }
        }
    }
}

fn make<'h>(
    h: &'h Handle,
    name: &str,
    f: NativeFn,
    user: *mut c_void,
    free: Option<FreeFn>,
) -> Result<Object<'h>, Error> {
    let handle = h as *const Handle as *mut Handle;
    let data = UserData { user, free };
    h.rt.function(name, move |interp, args| {
        let data = &data;
        // Borrowed handles for the callback: raw words of references we keep until it returns.
        let pos: Vec<*mut ChValue> = args
            .positional
            .iter()
            .map(|o| o.clone().into_raw() as *mut ChValue)
            .collect();
        let names: Vec<CString> = args
            .keywords
            .iter()
            .map(|(k, _)| crate::guard::c_string(k))
            .collect();
        let name_ptrs: Vec<*const c_char> = names.iter().map(|c| c.as_ptr()).collect();
        let kwv: Vec<*mut ChValue> = args
            .keywords
            .iter()
            .map(|(_, o)| o.clone().into_raw() as *mut ChValue)
            .collect();
        // SAFETY: the host's callback, called as the header describes.
        let r = unsafe {
            f(
                handle,
                data.user,
                pos.as_ptr(),
                pos.len(),
                name_ptrs.as_ptr(),
                kwv.as_ptr(),
                kwv.len(),
            )
        };
        for p in pos.into_iter().chain(kwv) {
            // SAFETY: made by `into_raw` above.
            drop(unsafe { interp.from_raw(p as usize) });
        }
        if !r.is_null() {
            // SAFETY: the callback returned a new reference.
            return Ok(unsafe { interp.from_raw(r as usize) });
        }
        // SAFETY: `handle` outlives every call of its runtime's functions.
        let h = unsafe { &*handle };
        let pending = h.error.borrow_mut().take();
        Err(match pending {
            Some(p) => p.err,
            None => Error::new(
                "SystemError",
                "native function returned NULL without setting an error",
            ),
        })
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_function_new(
    rt: *mut Handle,
    name: *const c_char,
    f: Option<NativeFn>,
    user: *mut c_void,
    free_user: Option<FreeFn>,
) -> *mut ChValue {
    value(rt, |h| {
        let f = f.ok_or_else(|| crate::guard::invalid("NULL native function"))?;
        make(h, text(name)?, f, user, free_user)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_module_new(rt: *mut Handle, name: *const c_char) -> *mut ChValue {
    value(rt, |h| h.rt.new_module(text(name)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_module_add_function(
    rt: *mut Handle,
    module: *mut ChValue,
    name: *const c_char,
    f: Option<NativeFn>,
    user: *mut c_void,
    free_user: Option<FreeFn>,
) -> i32 {
    status(rt, |h| {
        let m = obj(h, module)?;
        let f = f.ok_or_else(|| crate::guard::invalid("NULL native function"))?;
        let name = text(name)?;
        let func = make(h, name, f, user, free_user)?;
        m.setattr(name, &func)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_module_register(rt: *mut Handle, module: *mut ChValue) -> i32 {
    status(rt, |h| h.rt.register_module(&*obj(h, module)?))
}

//! Reading, clearing and raising the pending error.

use crate::guard::{ChValue, Handle, call, text};
use copperhead_facade::embed::Error;
use std::ffi::c_char;

fn field(rt: *mut Handle, pick: fn(&crate::guard::Pending) -> *const c_char) -> *const c_char {
    call(rt, std::ptr::null(), |h| {
        Ok(h.error.borrow().as_ref().map_or(std::ptr::null(), pick))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_error_kind(rt: *mut Handle) -> i32 {
    call(rt, 0, |h| {
        Ok(h.error.borrow().as_ref().map_or(0, |p| p.err.kind() as i32))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_error_type_name(rt: *mut Handle) -> *const c_char {
    field(rt, |p| p.type_name.as_ptr())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_error_message(rt: *mut Handle) -> *const c_char {
    field(rt, |p| p.message.as_ptr())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_error_traceback(rt: *mut Handle) -> *const c_char {
    field(rt, |p| p.traceback.as_ptr())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_error_clear(rt: *mut Handle) {
    call(rt, (), |h| {
        let old = h.error.replace(None);
        drop(old);
        h.rt.clear_error();
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_raise(
    rt: *mut Handle,
    type_name: *const c_char,
    message: *const c_char,
) -> *mut ChValue {
    call(rt, std::ptr::null_mut(), |h| {
        h.set_error(Error::new(text(type_name)?, text(message)?));
        Ok(std::ptr::null_mut())
    })
}

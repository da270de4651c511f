//! The runtime handle and the wrapper every entry point runs in: null checks, argument
//! conversion, and `catch_unwind` so that no panic crosses into C.

use copperhead_facade::embed::{Error, ErrorKind, Object, Runtime};
use std::cell::RefCell;
use std::ffi::{CStr, CString, c_char};
use std::mem::ManuallyDrop;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::AtomicBool;

/// What a `ch_runtime*` points to.
pub struct Handle {
    /// The core's interrupt flag, read without touching anything else (`ch_interrupt` runs on
    /// other threads).
    pub(crate) interrupt: *const AtomicBool,
    pub(crate) rt: Runtime,
    /// The pending error, with the C strings `ch_error_*` hand out.
    pub(crate) error: RefCell<Option<Pending>>,
}

pub(crate) struct Pending {
    pub err: Error,
    pub type_name: CString,
    pub message: CString,
    pub traceback: CString,
}

/// The opaque `ch_value`: never dereferenced, its address is a core value's raw word.
#[repr(C)]
pub struct ChValue {
    _private: [u8; 0],
}

pub(crate) fn c_string(s: &str) -> CString {
    CString::new(s.replace('\0', "\\0")).unwrap_or_default()
}

impl Handle {
    pub(crate) fn set_error(&self, err: Error) {
        let p = Pending {
            type_name: c_string(err.type_name()),
            message: c_string(err.message()),
            traceback: c_string(err.traceback()),
            err,
        };
        let old = self.error.replace(Some(p));
        drop(old);
    }
}

pub(crate) fn invalid(msg: &str) -> Error {
    Error::with_kind(ErrorKind::InvalidArgument, "ValueError", msg)
}

/// Runs `f` on the handle `rt`; an error becomes the pending error and `fail` is returned.
pub(crate) fn call<T>(rt: *mut Handle, fail: T, f: impl FnOnce(&Handle) -> Result<T, Error>) -> T {
    if rt.is_null() {
        return fail;
    }
    // SAFETY: a non-null `ch_runtime*` comes from `ch_runtime_new` (header contract).
    let h = unsafe { &*rt };
    match catch_unwind(AssertUnwindSafe(|| f(h))) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            h.set_error(e);
            fail
        }
        Err(_) => {
            let e = Error::with_kind(
                ErrorKind::Internal,
                "SystemError",
                "internal error: a panic was caught at the C ABI",
            );
            // Even recording the error must not unwind out.
            let _ = catch_unwind(AssertUnwindSafe(|| h.set_error(e)));
            fail
        }
    }
}

/// `call` for functions returning a `ch_status`.
pub(crate) fn status(rt: *mut Handle, f: impl FnOnce(&Handle) -> Result<(), Error>) -> i32 {
    if rt.is_null() {
        return ErrorKind::InvalidArgument as i32;
    }
    let ok = call(rt, false, |h| f(h).map(|()| true));
    if ok {
        return 0;
    }
    // SAFETY: checked non-null above.
    let h = unsafe { &*rt };
    h.error
        .try_borrow()
        .ok()
        .and_then(|e| e.as_ref().map(|p| p.err.kind() as i32))
        .unwrap_or(ErrorKind::Internal as i32)
}

/// `call` for functions returning a new reference (NULL on failure).
pub(crate) fn value<'h>(
    rt: *mut Handle,
    f: impl FnOnce(&'h Handle) -> Result<Object<'h>, Error>,
) -> *mut ChValue {
    call(rt, std::ptr::null_mut(), |h| {
        // SAFETY: the handle lives as long as the caller keeps the runtime.
        let h: &'h Handle = unsafe { &*(h as *const Handle) };
        f(h).map(out)
    })
}

/// Gives the reference to C.
pub(crate) fn out(o: Object<'_>) -> *mut ChValue {
    o.into_raw() as *mut ChValue
}

/// Borrows a handle the caller keeps.
pub(crate) fn obj(h: &Handle, v: *mut ChValue) -> Result<ManuallyDrop<Object<'_>>, Error> {
    if v.is_null() {
        return Err(invalid("NULL value handle"));
    }
    // SAFETY: a non-null `ch_value*` is a live reference of this runtime (header contract);
    // ManuallyDrop keeps it the caller's.
    Ok(ManuallyDrop::new(unsafe { h.rt.from_raw(v as usize) }))
}

/// Borrows the handles of an argument array.
pub(crate) fn objs<'h>(
    h: &'h Handle,
    items: *const *mut ChValue,
    n: usize,
) -> Result<Vec<Object<'h>>, Error> {
    if n == 0 {
        return Ok(Vec::new());
    }
    if items.is_null() {
        return Err(invalid("NULL array with a nonzero length"));
    }
    // SAFETY: the caller passes `n` handles (header contract).
    let s = unsafe { std::slice::from_raw_parts(items, n) };
    s.iter().map(|&v| obj(h, v).map(|o| (*o).clone())).collect()
}

/// A NUL-terminated UTF-8 argument.
pub(crate) fn text<'a>(p: *const c_char) -> Result<&'a str, Error> {
    if p.is_null() {
        return Err(invalid("NULL string"));
    }
    // SAFETY: the caller passes a NUL-terminated string (header contract).
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| invalid("string is not valid UTF-8"))
}

/// A new C string for the caller to free with `ch_string_free`.
pub(crate) fn owned(s: &str) -> *mut c_char {
    c_string(s).into_raw()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic inside an entry point's body becomes CH_ERR_INTERNAL and the failure value; it
    /// never unwinds into the caller.
    #[test]
    fn a_panic_becomes_an_internal_error() {
        // SAFETY: the C ABI used as a C host would.
        unsafe {
            let rt = crate::runtime::ch_runtime_new(std::ptr::null());
            assert!(!rt.is_null());
            let r: i32 = call(rt, -1, |_| panic!("a bug in the runtime"));
            assert_eq!(r, -1);
            assert_eq!(crate::error::ch_error_kind(rt), ErrorKind::Internal as i32);
            let msg = CStr::from_ptr(crate::error::ch_error_message(rt));
            assert_eq!(
                msg.to_str(),
                Ok("internal error: a panic was caught at the C ABI")
            );
            crate::error::ch_error_clear(rt);
            let s = status(rt, |_| panic!("again"));
            assert_eq!(s, ErrorKind::Internal as i32);
            assert!(value(rt, |_| panic!("and again")).is_null());
            crate::runtime::ch_runtime_free(rt);
        }
    }
}

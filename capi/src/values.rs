//! Building, reading and releasing values.

use crate::guard::{ChValue, Handle, call, invalid, obj, objs, owned, status, text, value};
use copperhead_facade::embed::{Bytes, Kind, Object};
use std::ffi::{c_char, c_int, c_void};

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_none(rt: *mut Handle) -> *mut ChValue {
    value(rt, |h| Ok(h.rt.none()))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_bool(rt: *mut Handle, v: c_int) -> *mut ChValue {
    value(rt, |h| h.rt.to_py(&(v != 0)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_int(rt: *mut Handle, v: i64) -> *mut ChValue {
    value(rt, |h| h.rt.to_py(&v))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_int_from_string(
    rt: *mut Handle,
    digits: *const c_char,
) -> *mut ChValue {
    value(rt, |h| h.rt.int_from_str(text(digits)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_float(rt: *mut Handle, v: f64) -> *mut ChValue {
    value(rt, |h| h.rt.to_py(&v))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_str(rt: *mut Handle, s: *const c_char) -> *mut ChValue {
    value(rt, |h| h.rt.to_py(text(s)?))
}

/// `len` bytes at `p` (NULL allowed when empty).
unsafe fn bytes_arg<'a>(
    p: *const c_void,
    len: usize,
) -> Result<&'a [u8], copperhead_facade::embed::Error> {
    if len == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(invalid("NULL data with a nonzero length"));
    }
    // SAFETY: the caller passes `len` readable bytes.
    Ok(unsafe { std::slice::from_raw_parts(p as *const u8, len) })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_str_n(rt: *mut Handle, s: *const c_char, len: usize) -> *mut ChValue {
    value(rt, |h| {
        let b = unsafe { bytes_arg(s as *const c_void, len) }?;
        let s = std::str::from_utf8(b).map_err(|_| invalid("string is not valid UTF-8"))?;
        h.rt.to_py(s)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_bytes(
    rt: *mut Handle,
    data: *const c_void,
    len: usize,
) -> *mut ChValue {
    value(rt, |h| h.rt.to_py(&Bytes(unsafe { bytes_arg(data, len) }?)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_list(
    rt: *mut Handle,
    items: *const *mut ChValue,
    n: usize,
) -> *mut ChValue {
    value(rt, |h| h.rt.list(&objs(h, items, n)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_tuple(
    rt: *mut Handle,
    items: *const *mut ChValue,
    n: usize,
) -> *mut ChValue {
    value(rt, |h| h.rt.tuple(&objs(h, items, n)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_dict(rt: *mut Handle) -> *mut ChValue {
    value(rt, |h| h.rt.dict())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_list_append(
    rt: *mut Handle,
    list: *mut ChValue,
    item: *mut ChValue,
) -> i32 {
    status(rt, |h| {
        let l = obj(h, list)?;
        if !l.is(Kind::List) {
            return Err(copperhead_facade::embed::Error::new(
                "TypeError",
                "expected a list",
            ));
        }
        l.append(&*obj(h, item)?)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_setitem(
    rt: *mut Handle,
    o: *mut ChValue,
    key: *mut ChValue,
    v: *mut ChValue,
) -> i32 {
    status(rt, |h| obj(h, o)?.set_item(&*obj(h, key)?, &*obj(h, v)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_setitem_str(
    rt: *mut Handle,
    o: *mut ChValue,
    key: *const c_char,
    v: *mut ChValue,
) -> i32 {
    status(rt, |h| obj(h, o)?.set_item(text(key)?, &*obj(h, v)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_setattr(
    rt: *mut Handle,
    o: *mut ChValue,
    name: *const c_char,
    v: *mut ChValue,
) -> i32 {
    status(rt, |h| obj(h, o)?.setattr(text(name)?, &*obj(h, v)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_kind_of(rt: *mut Handle, v: *mut ChValue) -> i32 {
    call(rt, 0, |h| {
        let o = obj(h, v)?;
        let kinds = [
            (Kind::None, 1),
            (Kind::Bool, 2),
            (Kind::Int, 3),
            (Kind::Float, 4),
            (Kind::Str, 5),
            (Kind::Bytes, 6),
            (Kind::List, 7),
            (Kind::Tuple, 8),
            (Kind::Dict, 9),
        ];
        Ok(kinds.iter().find(|(k, _)| o.is(*k)).map_or(0, |(_, n)| *n))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_type_name(rt: *mut Handle, v: *mut ChValue) -> *mut c_char {
    call(rt, std::ptr::null_mut(), |h| {
        Ok(owned(&obj(h, v)?.type_name()))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_truthy(rt: *mut Handle, v: *mut ChValue, out: *mut c_int) -> i32 {
    status(rt, |h| {
        let b = obj(h, v)?.truthy()?;
        if out.is_null() {
            return Err(invalid("NULL out pointer"));
        }
        unsafe { out.write(c_int::from(b)) };
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_as_int64(rt: *mut Handle, v: *mut ChValue, out: *mut i64) -> i32 {
    status(rt, |h| {
        let n: i64 = obj(h, v)?.extract()?;
        if out.is_null() {
            return Err(invalid("NULL out pointer"));
        }
        unsafe { out.write(n) };
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_as_double(rt: *mut Handle, v: *mut ChValue, out: *mut f64) -> i32 {
    status(rt, |h| {
        let f: f64 = obj(h, v)?.extract()?;
        if out.is_null() {
            return Err(invalid("NULL out pointer"));
        }
        unsafe { out.write(f) };
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_int_to_string(rt: *mut Handle, v: *mut ChValue) -> *mut c_char {
    call(rt, std::ptr::null_mut(), |h| {
        Ok(owned(&obj(h, v)?.int_to_string()?))
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_str_data(
    rt: *mut Handle,
    v: *mut ChValue,
    len: *mut usize,
) -> *const c_char {
    call(rt, std::ptr::null(), |h| {
        let o = obj(h, v)?;
        let val = o.value();
        let s = h.rt.core().str_of(&val).ok_or_else(|| {
            copperhead_facade::embed::Error::new(
                "TypeError",
                format!("expected str, got {}", o.type_name()),
            )
        })?;
        // The bytes live in the str object, which the caller's reference keeps alive.
        let (p, n) = (s.as_ptr() as *const c_char, s.len());
        if !len.is_null() {
            unsafe { len.write(n) };
        }
        Ok(p)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_bytes_data(
    rt: *mut Handle,
    v: *mut ChValue,
    len: *mut usize,
) -> *const u8 {
    call(rt, std::ptr::null(), |h| {
        let o = obj(h, v)?;
        let val = o.value();
        let b = h.rt.core().bytes_of(&val).ok_or_else(|| {
            copperhead_facade::embed::Error::new(
                "TypeError",
                format!("expected bytes, got {}", o.type_name()),
            )
        })?;
        let (p, n) = (b.as_ptr(), b.len());
        if !len.is_null() {
            unsafe { len.write(n) };
        }
        Ok(p)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_to_string(rt: *mut Handle, v: *mut ChValue) -> *mut c_char {
    call(rt, std::ptr::null_mut(), |h| Ok(owned(&obj(h, v)?.str()?)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_repr(rt: *mut Handle, v: *mut ChValue) -> *mut c_char {
    call(rt, std::ptr::null_mut(), |h| Ok(owned(&obj(h, v)?.repr()?)))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_len(rt: *mut Handle, v: *mut ChValue, out: *mut usize) -> i32 {
    status(rt, |h| {
        let n = obj(h, v)?.len()?;
        if out.is_null() {
            return Err(invalid("NULL out pointer"));
        }
        unsafe { out.write(n) };
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_getitem(
    rt: *mut Handle,
    o: *mut ChValue,
    key: *mut ChValue,
) -> *mut ChValue {
    value(rt, |h| obj(h, o)?.get_item(&*obj(h, key)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_getitem_index(
    rt: *mut Handle,
    o: *mut ChValue,
    index: i64,
) -> *mut ChValue {
    value(rt, |h| obj(h, o)?.get_item(&index))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_getitem_str(
    rt: *mut Handle,
    o: *mut ChValue,
    key: *const c_char,
) -> *mut ChValue {
    value(rt, |h| obj(h, o)?.get_item(text(key)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_getattr(
    rt: *mut Handle,
    o: *mut ChValue,
    name: *const c_char,
) -> *mut ChValue {
    value(rt, |h| obj(h, o)?.getattr(text(name)?))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_to_list(rt: *mut Handle, o: *mut ChValue) -> *mut ChValue {
    value(rt, |h| {
        let items: Vec<Object<'_>> = obj(h, o)?.items()?;
        h.rt.list(&items)
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_value_dup(rt: *mut Handle, v: *mut ChValue) -> *mut ChValue {
    value(rt, |h| Ok((*obj(h, v)?).clone()))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_value_free(rt: *mut Handle, v: *mut ChValue) {
    if v.is_null() {
        return;
    }
    call(rt, (), |h| {
        // SAFETY: the caller gives up this reference (header contract).
        drop(unsafe { h.rt.from_raw(v as usize) });
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_string_free(s: *mut c_char) {
    if !s.is_null() {
        // SAFETY: made by `CString::into_raw` in this library (header contract).
        drop(unsafe { std::ffi::CString::from_raw(s) });
    }
}

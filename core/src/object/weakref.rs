//! Weak references (`weakref.ref`) and their callbacks.

use core::ptr::NonNull;

use super::header::ObjHeader;
use crate::runtime::Runtime;

/// Called as an object dies: clears every weak reference to it and runs their callbacks.
pub fn clear_weakrefs(_rt: &Runtime, _obj: NonNull<ObjHeader>) {}

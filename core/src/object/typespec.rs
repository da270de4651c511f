//! `TypeSpec`: what a built-in type's module tells the bootstrap about the type.

use super::header::Payload;
use super::instance::SubclassLayout;
use super::typeobj::{Layout, TypeInitFn, TypeRef};
use crate::runtime::Runtime;

pub struct TypeSpec {
    /// `__name__`; a dotted prefix names the module (`collections.deque`).
    pub name: &'static str,
    pub layout: Layout,
    pub flags: u32,
    /// `Some` when `class X(ThisType)` is allowed.
    pub subclass: Option<SubclassLayout>,
    /// Offset of attribute storage inside instances of the type itself (0: none).
    pub ext_offset: usize,
    /// Fills the slots and the method table.
    pub init: TypeInitFn,
}

impl TypeSpec {
    /// A final type (no subclasses) with payload `T`.
    pub fn new<T: Payload>(name: &'static str, init: fn(&Runtime, TypeRef)) -> TypeSpec {
        TypeSpec {
            name,
            layout: Layout::of::<T>(),
            flags: 0,
            subclass: None,
            ext_offset: 0,
            init,
        }
    }
    /// A type that `class` statements can derive from; instances of subclasses get attribute
    /// storage after the payload.
    pub fn base<T: Payload + Default>(name: &'static str, init: fn(&Runtime, TypeRef)) -> TypeSpec {
        TypeSpec {
            name,
            layout: Layout::of::<T>(),
            flags: super::typeobj::flags::BASETYPE,
            subclass: Some(SubclassLayout::of::<T>()),
            ext_offset: 0,
            init,
        }
    }
    pub fn flags(mut self, f: u32) -> TypeSpec {
        self.flags |= f;
        self
    }
}

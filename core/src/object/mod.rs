//! Values and the built-in types, one type (or one concept) per file.

pub mod args;
pub mod descr;
pub mod dict;
pub mod dict_iter;
pub mod dict_methods;
pub mod dict_views;
pub mod error;
pub mod exceptions;
pub mod float;
pub mod getset;
pub mod header;
pub mod heaptype;
pub mod instance;
pub mod int;
pub mod iterators;
pub mod list;
pub mod list_sort;
pub mod object_type;
pub mod ops;
pub mod seq_iter;
pub mod set;
pub mod set_table;
pub mod singletons;
pub mod slice;
pub mod slot_wrappers;
pub mod str;
pub mod tuple;
pub mod type_type;
pub mod typeobj;
pub mod typespec;
pub mod value;
pub mod weakref;

pub use args::Args;
pub use error::{PyErr, PyResult};
pub use typeobj::{BinOp, CmpOp, TypeRef};
pub use value::Value;

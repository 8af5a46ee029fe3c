//! The built-in types, one file each, and the singletons every file uses.

pub mod coroutine;
pub mod descr;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod heaptype;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod subclass;
pub mod traceback;
pub mod tuple;
pub mod typetype;
pub mod values;
pub mod weakref;

pub mod bytes;
pub mod bytes_methods;
pub mod complex;
pub mod memoryview;
pub mod number_methods;

use crate::Obj;

/// `None` (borrowed; it is immortal).
#[inline]
pub fn none() -> Obj {
    typetype::NONE.obj()
}

/// `NotImplemented` (borrowed; immortal).
#[inline]
pub fn not_implemented() -> Obj {
    typetype::NOT_IMPLEMENTED.obj()
}

/// The name of `o`'s type, for messages.
pub fn type_name(o: Obj) -> &'static str {
    o.ty().name.get()
}

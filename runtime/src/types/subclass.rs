//! Classes derived from the immutable built-in value types: `int`, `float`, `str`, `bytes`,
//! `tuple`, `frozenset`.
//!
//! Their constructors build the whole value in `tp_new` and may return a shared object (a
//! small int is not even a heap object; `str(s)` and `tuple(t)` return their argument). An
//! instance of a subclass needs its own object with the subclass's layout (the payload, then
//! the instance dict), so [`new_for`] builds the base value with the base constructor and
//! copies its payload into a fresh instance of the subclass (CPython's `long_subtype_new`,
//! `unicode_subtype_new`, `tuple_subtype_new`).
//!
//! The mutable containers (`list`, `dict`, `set`, `bytearray`) need nothing here: their `tp_new` makes an
//! empty instance of whatever type it is given and `tp_init` fills it, as in CPython.

use crate::errors::PyResult;
use crate::object::{alloc, Obj, Owned};
use crate::typeobj::TypeObject;
use crate::types::bytes::BYTES_TYPE;
use crate::types::float::FLOAT_TYPE;
use crate::types::int::{int_view, INT_TYPE};
use crate::types::set::FROZENSET_TYPE;
use crate::types::str::{str_nchars, str_value, StrData, STR_TYPE};
use crate::types::tuple::{tuple_items, TUPLE_TYPE};

/// Does an instance of a subclass of `base` need its value copied out of a base instance?
pub fn needs_copy(base: &'static TypeObject) -> bool {
    [&INT_TYPE, &FLOAT_TYPE, &STR_TYPE, &BYTES_TYPE, &TUPLE_TYPE, &FROZENSET_TYPE]
        .iter()
        .any(|t| std::ptr::eq(*t, base))
}

/// `base.__new__(ty, *args)`: the base constructor, then, for a proper subclass of a value
/// type, the value copied into an instance of `ty`.
pub fn new_for(base: &'static TypeObject, ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let new = base.lookup(|t| t.tp_new).expect("a constructible base");
    if std::ptr::eq(base, ty) || !needs_copy(base) {
        return new(ty, args, kwnames);
    }
    let v = Owned::new(new(base, args, kwnames)?).expect("value");
    let v = v.get();
    Ok(if std::ptr::eq(base, &INT_TYPE) {
        alloc(ty, int_view(v).expect("int() returns an int").to_big())
    } else if std::ptr::eq(base, &FLOAT_TYPE) {
        alloc(ty, crate::types::float::float_value(v))
    } else if std::ptr::eq(base, &STR_TYPE) {
        alloc(ty, StrData::new(str_value(v).to_string(), str_nchars(v)))
    } else if std::ptr::eq(base, &BYTES_TYPE) {
        alloc(ty, crate::types::bytes::bytes_data(v).clone())
    } else if std::ptr::eq(base, &TUPLE_TYPE) {
        alloc(ty, tuple_items(v).iter().map(|x| x.incref()).collect::<Vec<Obj>>())
    } else {
        crate::types::set::new_set_from(ty, v)?
    })
}

/// `tp_new` of a class whose `__new__` is a value type's: see [`new_for`].
pub fn subtype_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let mut base = ty;
    while base.is_heap() {
        base = base.base.expect("classes have a base");
    }
    while !needs_copy(base) {
        base = base.base.expect("a value type on the base chain");
    }
    new_for(base, ty, args, kwnames)
}

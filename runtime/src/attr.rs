//! Attribute access: `getattr`, and method calls that avoid allocating a bound method.
//!
//! For built-in types the lookup is: the type's `tp_getattro` slot when it has one (types
//! with attributes of their own: exceptions, functions, modules, types), otherwise the
//! generic lookup of a built-in method in the type's method tables, bound to the receiver
//! (`PyObject_GenericGetAttr` without instance dictionaries, which arrive with classes).

use crate::errors::{attribute_error, PyResult};
use crate::object::Obj;
use crate::types::function::new_bound_builtin;
use crate::types::str::str_value;
use crate::types::type_name;

/// `o.name` (`name` is a str).
pub fn getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    match o.ty().lookup(|t| t.tp_getattro) {
        Some(f) => f(o, name),
        None => generic_getattr(o, name),
    }
}

/// The generic lookup: a built-in method of the type, bound to `o`.
pub fn generic_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    let n = str_value(name);
    if let Some(def) = o.ty().find_method(n) {
        return Ok(new_bound_builtin(o, def));
    }
    Err(attribute_error(format!("'{}' object has no attribute '{n}'", type_name(o))))
}

/// `o.name(*args)` in vectorcall form: a built-in method is called directly.
pub fn call_method(o: Obj, name: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if o.ty().lookup(|t| t.tp_getattro).is_none() {
        if let Some(def) = o.ty().find_method(str_value(name)) {
            return (def.meth)(o, args, kwnames);
        }
    }
    let m = crate::object::Owned::new(getattr(o, name)?).expect("non-null");
    crate::call::call(m.get(), args, kwnames)
}

/// `o.name = value`. Built-in types have no instance attributes to set yet (instance
/// dictionaries arrive with classes), so this raises CPython's `AttributeError`.
pub fn setattr(o: Obj, name: Obj, _value: Obj) -> PyResult<()> {
    let n = str_value(name);
    if o.ty().find_method(n).is_some() {
        return Err(attribute_error(format!("'{}' object attribute '{n}' is read-only", type_name(o))));
    }
    Err(attribute_error(format!("'{}' object has no attribute '{n}'", type_name(o))))
}

//! Native closures: a Rust function paired with a captured Python value.
//!
//! The built-in modules that CPython writes in Python (`dataclasses`, `functools`) create
//! functions at run time: a dataclass's `__init__`, a `wraps` decorator, a `total_ordering`
//! comparison. A [`NativeFunction`] is such a function: a name and qualname (as a Python
//! function has, assignable), the captured `data` (any object, owned), the Rust body
//! `f(data, args, kwnames)`, and an attribute dict (for `functools.wraps`'s `__wrapped__`,
//! `__doc__`…). When `binds` is set it is a non-data descriptor that binds to a `method`,
//! exactly as a `def` in a class body would; otherwise it behaves as a built-in callable.
//! Its type is named `function` so that `type(f).__name__` and the repr read as CPython's
//! (`<function Point.__init__ at 0x…>`).
//!
//! Invariants: `name` and `qualname` are str; `data` is an owned reference (possibly
//! `None`); `dict` is null until first needed.

use crate::errors::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::none;
use crate::types::str::{is_str, new_str, new_string, str_value};

/// The Rust body of a native closure: `(data, args, kwnames) -> result`.
pub type NativeFn = fn(Obj, &[Obj], Obj) -> PyResult<Obj>;

pub struct NativeFunction {
    pub name: Obj,
    pub qualname: Obj,
    pub data: Obj,
    pub f: NativeFn,
    pub binds: bool,
    pub dict: Obj,
}

/// A new native closure; `data` is borrowed (the closure takes its own reference).
pub fn new_native(name: &str, qualname: &str, data: Obj, f: NativeFn, binds: bool) -> Obj {
    alloc(
        &NATIVE_FUNCTION_TYPE,
        NativeFunction {
            name: new_str(name),
            qualname: new_str(qualname),
            data: data.incref(),
            f,
            binds,
            dict: Obj::NULL,
        },
    )
}

pub fn is_native(o: Obj) -> bool {
    !o.is_small() && o.is_type(&NATIVE_FUNCTION_TYPE)
}

/// The captured value (borrowed).
pub fn native_data(o: Obj) -> Obj {
    payload::<NativeFunction>(o).data
}

fn native_dealloc(o: Obj) {
    crate::types::weakref::clear_if_referenced(o);
    let d = payload::<NativeFunction>(o);
    d.name.decref();
    d.qualname.decref();
    d.data.decref();
    d.dict.xdecref();
    dealloc_box::<NativeFunction>(o);
}

fn native_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let d = payload::<NativeFunction>(o);
    (d.f)(d.data, args, kwnames)
}

fn native_repr(o: Obj) -> PyResult<Obj> {
    let d = payload::<NativeFunction>(o);
    Ok(new_string(format!("<function {} at {:#x}>", str_value(d.qualname), o.0)))
}

fn native_dict(o: Obj) -> Obj {
    let d = payload::<NativeFunction>(o);
    if d.dict.is_null() {
        d.dict = crate::types::dict::new_dict();
    }
    d.dict
}

fn native_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let d = payload::<NativeFunction>(o);
    if !d.dict.is_null() {
        if let Some(v) = crate::types::dict::dict_data(d.dict).get(name)? {
            return Ok(v.incref());
        }
    }
    match str_value(name) {
        "__dict__" => Ok(native_dict(o).incref()),
        "__name__" => Ok(d.name.incref()),
        "__qualname__" => Ok(d.qualname.incref()),
        "__module__" => Ok(new_str("__main__")),
        "__doc__" => Ok(none().incref()),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn native_setattro(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let d = payload::<NativeFunction>(o);
    let n = str_value(name);
    if n == "__name__" || n == "__qualname__" {
        if value.is_null() || !is_str(value) {
            return Err(type_error(format!("{n} must be set to a string object")));
        }
        let slot = if n == "__name__" { &mut d.name } else { &mut d.qualname };
        std::mem::replace(slot, value.incref()).decref();
        return Ok(());
    }
    let dict = crate::types::dict::dict_data(native_dict(o));
    if value.is_null() {
        match dict.remove(name)? {
            Some(v) => v.decref(),
            None => return Err(crate::errors::attribute_error(format!("'function' object has no attribute '{n}'"))),
        }
    } else {
        dict.set(name, value)?;
    }
    Ok(())
}

fn native_descr_get(f: Obj, obj: Obj, _ty: Obj) -> PyResult<Obj> {
    if obj.is_null() || obj == none() || !payload::<NativeFunction>(f).binds {
        return Ok(f.incref());
    }
    Ok(crate::types::descr::new_method(f, obj))
}

pub static NATIVE_FUNCTION_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("function"),
    tp_dealloc: native_dealloc,
    tp_call: Some(native_call),
    tp_repr: Some(native_repr),
    tp_getattro: Some(native_getattro),
    tp_setattro: Some(native_setattro),
    tp_descr_get: Some(native_descr_get),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

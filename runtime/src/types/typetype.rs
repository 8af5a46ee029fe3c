//! `type`, `object`, `NoneType` and `NotImplementedType`.
//!
//! Calling a type runs its `tp_new` (built-in types do their own initialisation there);
//! `type(x)` with one argument returns the type of `x` (`Objects/typeobject.c`, `type_call`).

use crate::errors::{type_error, PyResult};
use crate::object::{Obj, StaticObject};
use crate::typeobj::TypeObject;
use crate::types::str::{new_str, new_string};

/// The `TypeObject` behind a value known to be a type.
pub fn as_type(o: Obj) -> Option<&'static TypeObject> {
    if !o.is_small() && o.ty().is_subtype(&TYPE_TYPE) {
        // SAFETY: `o` is a type object (checked above), which starts with its header.
        Some(unsafe { &*(o.0 as *const TypeObject) })
    } else {
        None
    }
}

fn type_call(callable: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let ty = as_type(callable).expect("type_call on a type");
    if std::ptr::eq(ty, &TYPE_TYPE) {
        let nkw = crate::call::kwnames_len(kwnames);
        if args.len() == 1 && nkw == 0 {
            return Ok(args[0].ty().obj());
        }
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    match ty.lookup(|t| t.tp_new) {
        Some(new) => new(ty, args, kwnames),
        None => Err(type_error(format!("cannot create '{}' instances", ty.name))),
    }
}

fn type_repr(o: Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    Ok(new_string(format!("<class '{}'>", ty.name)))
}

fn type_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    match crate::types::str::str_value(name) {
        // `tp_name` may carry the module (`_io.TextIOWrapper`); `__name__` is the last part.
        "__name__" | "__qualname__" => Ok(new_str(ty.name.rsplit('.').next().unwrap_or(ty.name))),
        "__module__" => Ok(new_str(ty.name.rsplit_once('.').map_or("builtins", |(m, _)| m))),
        // The class methods of built-in types receive the type (`bytes.fromhex`, `int.from_bytes`).
        other if BUILTIN_CLASS_METHODS.contains(&other) && ty.find_method(other).is_some() => {
            Ok(crate::types::function::new_bound_builtin(o, ty.find_method(other).expect("found")))
        }
        other => Err(crate::errors::attribute_error(format!("type object '{}' has no attribute '{other}'", ty.name))),
    }
}

/// Methods of built-in types that are class methods: looked up on the type, they are bound
/// to the type itself.
const BUILTIN_CLASS_METHODS: &[&str] = &["fromhex", "from_bytes"];

fn object_new(ty: &'static TypeObject, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    if !args.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    if !std::ptr::eq(ty, &OBJECT_TYPE) {
        return Err(type_error(format!("cannot create '{}' instances", ty.name)));
    }
    Ok(crate::object::alloc(&OBJECT_TYPE, ()))
}

pub static TYPE_TYPE: TypeObject = TypeObject {
    name: "type",
    tp_repr: Some(type_repr),
    tp_call: Some(type_call),
    tp_getattro: Some(type_getattro),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static OBJECT_TYPE: TypeObject = TypeObject {
    name: "object",
    base: None,
    tp_dealloc: crate::object::dealloc_box::<()>,
    tp_new: Some(object_new),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static NONE_TYPE: TypeObject = TypeObject {
    name: "NoneType",
    tp_repr: Some(|_| Ok(new_str("None"))),
    tp_as_number: crate::typeobj::NumberMethods { nb_bool: Some(|_| Ok(false)), ..crate::typeobj::NumberMethods::NONE },
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static NOT_IMPLEMENTED_TYPE: TypeObject =
    TypeObject { name: "NotImplementedType", tp_repr: Some(|_| Ok(new_str("NotImplemented"))), ..TypeObject::DEFAULT };

pub static NONE: StaticObject<()> = StaticObject::new(&NONE_TYPE, ());
pub static NOT_IMPLEMENTED: StaticObject<()> = StaticObject::new(&NOT_IMPLEMENTED_TYPE, ());

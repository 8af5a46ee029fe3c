//! Module objects: a name and a namespace dict. Built-in modules are created on first import
//! and cached (CPython's `sys.modules`) by the registry in `stdlib/mod.rs`.

use crate::errors::PyResult;
use crate::object::{alloc, payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::dict::{dict_data, new_dict};
use crate::types::str::{new_str, new_string, str_value};

pub struct ModuleData {
    pub name: Obj,
    pub dict: Obj,
}

pub fn new_module(name: &str) -> Obj {
    alloc(&MODULE_TYPE, ModuleData { name: new_str(name), dict: new_dict() })
}

/// Set `module.name = value` (value borrowed).
pub fn module_set(m: Obj, name: &str, value: Obj) {
    let k = new_str(name);
    dict_data(payload::<ModuleData>(m).dict).set(k, value).expect("str keys never fail to hash");
    k.decref();
}

pub fn is_module(o: Obj) -> bool {
    !o.is_small() && o.is_type(&MODULE_TYPE)
}

fn module_getattro(m: Obj, name: Obj) -> PyResult<Obj> {
    let d = payload::<ModuleData>(m);
    match dict_data(d.dict).get(name)? {
        Some(v) => Ok(v.incref()),
        None => Err(crate::errors::attribute_error(format!(
            "module '{}' has no attribute '{}'",
            str_value(d.name),
            str_value(name)
        ))),
    }
}

fn module_repr(m: Obj) -> PyResult<Obj> {
    let d = payload::<ModuleData>(m);
    Ok(new_string(format!("<module '{}' (built-in)>", str_value(d.name))))
}

pub static MODULE_TYPE: TypeObject = TypeObject {
    name: "module",
    tp_getattro: Some(module_getattro),
    tp_repr: Some(module_repr),
    ..TypeObject::DEFAULT
};

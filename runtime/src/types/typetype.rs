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
    let nkw = crate::call::kwnames_len(kwnames);
    if std::ptr::eq(ty, &TYPE_TYPE) && args.len() == 1 && nkw == 0 {
        return Ok(args[0].ty().obj());
    }
    if ty.is_heap() {
        let h = crate::types::heaptype::heap(ty);
        let (version, init) = h.ctor.get();
        if version == h.version.get() {
            return construct(ty, init, args, kwnames);
        }
    }
    let Some(new) = ty.lookup(|t| t.tp_new) else {
        return Err(type_error(format!("cannot create '{}' instances", ty.name)));
    };
    if ty.is_heap() && new as usize == object_new as *const () as usize {
        remember_ctor(ty)?;
    }
    let obj = new(ty, args, kwnames)?;
    // `__init__` runs only on an instance of the class called (`type_call`).
    if !obj.ty().is_subtype(ty) {
        return Ok(obj);
    }
    if let Some(init) = obj.ty().lookup(|t| t.tp_init) {
        if let Err(e) = init(obj, args, kwnames) {
            obj.decref();
            return Err(e);
        }
    }
    Ok(obj)
}

/// Calling a class whose `ctor` cache holds: a fresh instance, then its `__init__` (a Python
/// function, borrowed) called directly, as `type_call` would through `object.__new__` and
/// `slot_tp_init`.
fn construct(ty: &'static TypeObject, init: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let obj = crate::object::alloc(ty, ());
    crate::types::values::prealloc(obj);
    let r = match crate::call::call_function_prepend(init, obj, args, kwnames) {
        Ok(r) => r,
        Err(e) => {
            obj.decref();
            return Err(e);
        }
    };
    if r != crate::types::none() {
        let msg = format!("__init__() should return None, not '{}'", crate::types::type_name(r));
        r.decref();
        obj.decref();
        return Err(type_error(msg));
    }
    Ok(obj)
}

/// Fill a class's `ctor` cache when calling it is `object.__new__` plus a Python `__init__`
/// and it has no abstract methods (all read at the current version, which keys the cache).
fn remember_ctor(ty: &'static TypeObject) -> PyResult<()> {
    let version = crate::types::heaptype::version(ty);
    if ty.lookup(|t| t.tp_init).map(|f| f as usize) != Some(crate::slots::slot_tp_init as *const () as usize) {
        return Ok(());
    }
    let Some(init) = crate::types::heaptype::type_lookup(ty, crate::slots::intern("__init__")) else { return Ok(()) };
    if !crate::types::function::is_function(init) {
        return Ok(());
    }
    crate::stdlib::abc::check_instantiable(ty)?;
    if crate::types::heaptype::version(ty) == version {
        crate::types::heaptype::heap(ty).ctor.set((version, init));
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, ns, **kwargs)` as a slot.
fn type_tp_new(meta: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = crate::call::kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos != 3 {
        return Err(type_error(if std::ptr::eq(meta, &TYPE_TYPE) {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            format!("type.__new__() takes exactly 3 arguments ({npos} given)")
        }));
    }
    let kwargs = if nkw == 0 {
        Obj::NULL
    } else {
        let d = crate::types::dict::new_dict();
        for (k, v) in crate::types::tuple::tuple_items(kwnames).iter().zip(&args[npos..]) {
            crate::types::dict::dict_data(d).set(*k, *v)?;
        }
        d
    };
    let r = crate::types::heaptype::type_new(meta, args[0], args[1], args[2], kwargs);
    kwargs.xdecref();
    r
}

/// `type.__init__`: nothing to do once `__new__` built the class; checks the arguments.
fn type_init(_cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let npos = args.len() - crate::call::kwnames_len(kwnames);
    if npos != 1 && npos != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

fn type_repr(o: Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    if ty.is_heap() {
        let module = crate::types::heaptype::module_name(ty);
        let qual = crate::types::heaptype::qualname(ty);
        if module != "builtins" {
            return Ok(new_string(format!("<class '{module}.{qual}'>")));
        }
        return Ok(new_string(format!("<class '{qual}'>")));
    }
    Ok(new_string(format!("<class '{}'>", ty.name)))
}

/// Methods of built-in types that are class methods: looked up on the type, they are bound
/// to the type itself (`bytes.fromhex`, `int.from_bytes`).
pub const BUILTIN_CLASS_METHODS: &[&str] = &["fromhex", "from_bytes", "fromkeys"];

/// `object.__new__` (`object_new`): excess arguments are an error unless the class defines
/// `__init__` (and not `__new__`).
fn object_new(ty: &'static TypeObject, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    if !args.is_empty() {
        let new_overridden = ty.lookup(|t| t.tp_new).map(|f| f as usize) != Some(object_new as *const () as usize);
        let init_overridden = ty.lookup(|t| t.tp_init).map(|f| f as usize) != Some(object_init as *const () as usize);
        if new_overridden {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !init_overridden {
            return Err(type_error(format!("{}() takes no arguments", ty.name)));
        }
    }
    crate::stdlib::abc::check_instantiable(ty)?;
    Ok(crate::object::alloc(ty, ()))
}

/// `object.__init__` (`object_init`): excess arguments are an error unless the class defines
/// `__new__` (and not `__init__`).
fn object_init(o: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<()> {
    if !args.is_empty() {
        let ty = o.ty();
        if ty.lookup(|t| t.tp_init).map(|f| f as usize) != Some(object_init as *const () as usize) {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if ty.lookup(|t| t.tp_new).map(|f| f as usize) == Some(object_new as *const () as usize) {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.name
            )));
        }
    }
    Ok(())
}

/// `object.__repr__`: `<module.Qualname object at 0x…>`.
fn object_repr(o: Obj) -> PyResult<Obj> {
    let ty = o.ty();
    let module = crate::types::heaptype::module_name(ty);
    let qual = crate::types::heaptype::qualname(ty);
    if module == "builtins" {
        return Ok(new_string(format!("<{qual} object at {:#x}>", o.0)));
    }
    Ok(new_string(format!("<{module}.{qual} object at {:#x}>", o.0)))
}

/// `object.__eq__` is identity; `object.__ne__` inverts `__eq__` (`object_richcompare`).
fn object_richcompare(a: Obj, b: Obj, op: crate::typeobj::CompareOp) -> PyResult<Obj> {
    use crate::typeobj::CompareOp;
    match op {
        CompareOp::Eq => Ok(if a == b { crate::types::int::new_bool(true) } else { crate::types::not_implemented() }),
        CompareOp::Ne => {
            let Some(eq) = a.ty().lookup(|t| t.tp_richcompare) else { return Ok(crate::types::not_implemented()) };
            let r = eq(a, b, CompareOp::Eq)?;
            if r == crate::types::not_implemented() {
                return Ok(r);
            }
            let t = crate::ops::is_true(r);
            r.decref();
            Ok(crate::types::int::new_bool(!t?))
        }
        _ => Ok(crate::types::not_implemented()),
    }
}

pub static TYPE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("type"),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_repr: Some(type_repr),
    tp_call: Some(type_call),
    tp_new: Some(type_tp_new),
    tp_init: Some(type_init),
    tp_getattro: Some(crate::types::heaptype::type_getattro),
    tp_setattro: Some(crate::types::heaptype::type_setattro),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    // `int | None` (PEP 604).
    tp_as_number: crate::typeobj::NumberMethods {
        nb_or: Some(crate::types::genericalias::type_or),
        ..crate::typeobj::NumberMethods::NONE
    },
    ..TypeObject::DEFAULT
};

pub static OBJECT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("object"),
    base: None,
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<()>>(),
    tp_dealloc: crate::object::dealloc_box::<()>,
    tp_new: Some(object_new),
    tp_init: Some(object_init),
    tp_repr: Some(object_repr),
    tp_str: Some(crate::ops::object_str),
    tp_richcompare: Some(object_richcompare),
    tp_getattro: Some(crate::attr::generic_getattr),
    tp_setattro: Some(crate::attr::generic_setattr),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static NONE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("NoneType"),
    tp_repr: Some(|_| Ok(new_str("None"))),
    tp_as_number: crate::typeobj::NumberMethods { nb_bool: Some(|_| Ok(false)), ..crate::typeobj::NumberMethods::NONE },
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("NotImplementedType"),
    tp_repr: Some(|_| Ok(new_str("NotImplemented"))),
    ..TypeObject::DEFAULT
};

pub static ELLIPSIS_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("ellipsis"),
    tp_repr: Some(|_| Ok(new_str("Ellipsis"))),
    ..TypeObject::DEFAULT
};

pub static NONE: StaticObject<()> = StaticObject::new(&NONE_TYPE, ());
/// `...`.
pub static ELLIPSIS: StaticObject<()> = StaticObject::new(&ELLIPSIS_TYPE, ());
pub static NOT_IMPLEMENTED: StaticObject<()> = StaticObject::new(&NOT_IMPLEMENTED_TYPE, ());

//! Descriptors and method objects (`Objects/descrobject.c`, `Objects/funcobject.c`,
//! `Objects/classobject.c`, `Objects/typeobject.c`'s `super`).
//!
//! - `method_descriptor` (`list.append`): a built-in method found on its type; binds to a
//!   `builtin_function_or_method` on instance access.
//! - `wrapper_descriptor` (`int.__add__`): a slot of a built-in type as a method; binds to a
//!   `method-wrapper` (see `slots.rs` for the call).
//! - `builtin_function_or_method` `__new__` of a built-in type (`object.__new__(cls)`).
//! - `method`: a Python function bound to an instance (or, for class methods, a class).
//! - `classmethod`, `staticmethod`, `property`, `member_descriptor` (one per `__slots__`
//!   name), `mappingproxy` (a class's read-only `__dict__`), and `super`.
//!
//! Every descriptor here implements `tp_descr_get` (and data descriptors `tp_descr_set`), so
//! the generic attribute lookup (`attr.rs`) treats them exactly like descriptors written in
//! Python.

use crate::call::{kwnames_len, Args};
use crate::errors::{attribute_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::slots::{call_wrapper, intern, Slot};
use crate::typeobj::{CompareOp, MethodDef, TypeObject, TPFLAGS_BASETYPE};
use crate::types::function::{function_data, is_function, new_bound_builtin};
use crate::types::heaptype::{self, type_lookup_after};
use crate::types::int::new_bool;
use crate::types::str::{is_str, new_str, new_string, str_value};
use crate::types::typetype::{as_type, TYPE_TYPE};
use crate::types::{none, not_implemented, type_name};

// ---- method_descriptor ---------------------------------------------------------------------

struct MethodDescr {
    owner: &'static TypeObject,
    def: &'static MethodDef,
}

pub fn new_method_descr(owner: &'static TypeObject, def: &'static MethodDef) -> Obj {
    alloc(&METHOD_DESCR_TYPE, MethodDescr { owner, def })
}

fn check_self(owner: &'static TypeObject, name: &str, this: Obj) -> PyResult<()> {
    if this.ty().is_subtype(owner) {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner.name,
            type_name(this)
        )))
    }
}

pub static METHOD_DESCR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("method_descriptor"),
    tp_dealloc: dealloc_box::<MethodDescr>,
    tp_descr_get: Some(|d, obj, _ty| {
        if obj.is_null() {
            return Ok(d.incref());
        }
        let m = payload::<MethodDescr>(d);
        check_self(m.owner, m.def.name, obj)?;
        Ok(new_bound_builtin(obj, m.def))
    }),
    tp_call: Some(|d, args, kwnames| {
        let m = payload::<MethodDescr>(d);
        if args.len() == kwnames_len(kwnames) {
            return Err(type_error(format!("unbound method {}.{}() needs an argument", m.owner.name, m.def.name)));
        }
        check_self(m.owner, m.def.name, args[0])?;
        (m.def.meth)(args[0], &args[1..], kwnames)
    }),
    tp_repr: Some(|d| {
        let m = payload::<MethodDescr>(d);
        Ok(new_string(format!("<method '{}' of '{}' objects>", m.def.name, m.owner.name)))
    }),
    tp_getattro: Some(|d, name| match str_value(name) {
        "__name__" | "__qualname__" => Ok(new_str(payload::<MethodDescr>(d).def.name)),
        "__objclass__" => Ok(payload::<MethodDescr>(d).owner.obj()),
        _ => crate::attr::generic_getattr(d, name),
    }),
    ..TypeObject::DEFAULT
};

// ---- wrapper_descriptor and method-wrapper -------------------------------------------------

struct Wrapper {
    owner: &'static TypeObject,
    slot: Slot,
    name: &'static str,
}

struct BoundWrapper {
    w: Obj,
    this: Obj,
}

pub fn new_wrapper(owner: &'static TypeObject, slot: Slot, name: &'static str) -> Obj {
    alloc(&WRAPPER_DESCR_TYPE, Wrapper { owner, slot, name })
}

/// The slot and owner of a slot wrapper.
pub fn wrapper_parts(o: Obj) -> Option<(Slot, &'static TypeObject)> {
    if !o.is_small() && o.is_type(&WRAPPER_DESCR_TYPE) {
        let w = payload::<Wrapper>(o);
        Some((w.slot, w.owner))
    } else {
        None
    }
}

fn wrapper_check(w: &Wrapper, this: Obj) -> PyResult<()> {
    if this.ty().is_subtype(w.owner) {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            w.owner.name,
            type_name(this)
        )))
    }
}

pub static WRAPPER_DESCR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("wrapper_descriptor"),
    tp_dealloc: dealloc_box::<Wrapper>,
    tp_descr_get: Some(|d, obj, _ty| {
        if obj.is_null() {
            return Ok(d.incref());
        }
        wrapper_check(payload::<Wrapper>(d), obj)?;
        Ok(alloc(&METHOD_WRAPPER_TYPE, BoundWrapper { w: d.incref(), this: obj.incref() }))
    }),
    tp_call: Some(|d, args, kwnames| {
        let w = payload::<Wrapper>(d);
        if args.len() == kwnames_len(kwnames) {
            return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", w.name, w.owner.name)));
        }
        wrapper_check(w, args[0])?;
        call_wrapper(w.slot, w.owner, w.name, args[0], &args[1..], kwnames)
    }),
    tp_repr: Some(|d| {
        let w = payload::<Wrapper>(d);
        Ok(new_string(format!("<slot wrapper '{}' of '{}' objects>", w.name, w.owner.name)))
    }),
    tp_getattro: Some(|d, name| match str_value(name) {
        "__name__" | "__qualname__" => Ok(new_str(payload::<Wrapper>(d).name)),
        "__objclass__" => Ok(payload::<Wrapper>(d).owner.obj()),
        _ => crate::attr::generic_getattr(d, name),
    }),
    ..TypeObject::DEFAULT
};

fn bound_wrapper_dealloc(o: Obj) {
    let b = payload::<BoundWrapper>(o);
    b.w.decref();
    b.this.decref();
    dealloc_box::<BoundWrapper>(o);
}

pub static METHOD_WRAPPER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("method-wrapper"),
    tp_dealloc: bound_wrapper_dealloc,
    tp_call: Some(|o, args, kwnames| {
        let b = payload::<BoundWrapper>(o);
        let w = payload::<Wrapper>(b.w);
        call_wrapper(w.slot, w.owner, w.name, b.this, args, kwnames)
    }),
    tp_repr: Some(|o| {
        let b = payload::<BoundWrapper>(o);
        Ok(new_string(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            payload::<Wrapper>(b.w).name,
            type_name(b.this),
            b.this.0
        )))
    }),
    tp_getattro: Some(|o, name| match str_value(name) {
        "__name__" | "__qualname__" => Ok(new_str(payload::<Wrapper>(payload::<BoundWrapper>(o).w).name)),
        "__self__" => Ok(payload::<BoundWrapper>(o).this.incref()),
        _ => crate::attr::generic_getattr(o, name),
    }),
    ..TypeObject::DEFAULT
};

// ---- T.__new__ for built-in types ----------------------------------------------------------

struct NewWrapper {
    owner: &'static TypeObject,
}

pub fn new_new_wrapper(owner: &'static TypeObject) -> Obj {
    alloc(&NEW_WRAPPER_TYPE, NewWrapper { owner })
}

/// If `o` is a built-in type's `__new__`, that type.
pub fn new_wrapper_owner(o: Obj) -> Option<&'static TypeObject> {
    (!o.is_small() && o.is_type(&NEW_WRAPPER_TYPE)).then(|| payload::<NewWrapper>(o).owner)
}

/// `T.__new__(cls, *args)` (`tp_new_wrapper`): `cls` must be a subtype of `T`, and `T` must
/// be the most derived built-in base of `cls` (so that the instance layout is right).
fn new_wrapper_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let owner = payload::<NewWrapper>(o).owner;
    if args.len() == kwnames_len(kwnames) {
        return Err(type_error(format!("{}.__new__(): not enough arguments", owner.name)));
    }
    let Some(sub) = as_type(args[0]) else {
        return Err(type_error(format!("{}.__new__(X): X is not a type object ({})", owner.name, type_name(args[0]))));
    };
    if !sub.is_subtype(owner) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, sub.name, sub.name, owner.name
        )));
    }
    let Some(new) = owner.lookup(|t| t.tp_new) else {
        return Err(type_error(format!("cannot create '{}' instances", sub.name)));
    };
    // The built-in base that lays out `sub`'s instances must be the one constructing them.
    let mut base = sub;
    while base.is_heap() {
        base = base.base.expect("classes have a base");
    }
    if base.lookup(|t| t.tp_new).map(|f| f as usize) != Some(new as usize) {
        return Err(type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            owner.name, sub.name, base.name
        )));
    }
    crate::types::subclass::new_for(owner, sub, &args[1..], kwnames)
}

pub static NEW_WRAPPER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("builtin_function_or_method"),
    tp_dealloc: dealloc_box::<NewWrapper>,
    tp_call: Some(new_wrapper_call),
    tp_repr: Some(|o| {
        Ok(new_string(format!(
            "<built-in method __new__ of type object at {:#x}>",
            payload::<NewWrapper>(o).owner.obj().0
        )))
    }),
    ..TypeObject::DEFAULT
};

// ---- method: a function bound to an object -------------------------------------------------

pub struct Method {
    pub func: Obj,
    pub this: Obj,
}

pub fn new_method(func: Obj, this: Obj) -> Obj {
    alloc(&METHOD_TYPE, Method { func: func.incref(), this: this.incref() })
}

fn method_dealloc(o: Obj) {
    crate::types::weakref::clear_if_referenced(o);
    let m = payload::<Method>(o);
    m.func.decref();
    m.this.decref();
    dealloc_box::<Method>(o);
}

fn method_repr(o: Obj) -> PyResult<Obj> {
    let m = payload::<Method>(o);
    let name = match crate::attr::getattr(m.func, intern("__qualname__")) {
        Ok(n) => Owned::new(n).expect("name"),
        Err(_) => {
            crate::errors::fetch().decref();
            Owned::new(new_str("?")).expect("str")
        }
    };
    let this = crate::ops::repr_string(m.this)?;
    Ok(new_string(format!("<bound method {} of {this}>", crate::ops::str_string(name.get())?)))
}

pub static METHOD_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("method"),
    tp_dealloc: method_dealloc,
    tp_call: Some(|o, args, kwnames| {
        let m = payload::<Method>(o);
        crate::call::call_prepend(m.func, m.this, args, kwnames)
    }),
    tp_repr: Some(method_repr),
    tp_hash: Some(|o| {
        let m = payload::<Method>(o);
        Ok(((m.func.0 >> 4) ^ (m.this.0 >> 4)) as i64 & i64::MAX)
    }),
    tp_richcompare: Some(|a, b, op| {
        if !b.is_type(&METHOD_TYPE) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(not_implemented());
        }
        let (x, y) = (payload::<Method>(a), payload::<Method>(b));
        let eq = x.this == y.this && crate::ops::rich_compare_bool(x.func, y.func, CompareOp::Eq)?;
        Ok(new_bool(eq == (op == CompareOp::Eq)))
    }),
    tp_getattro: Some(|o, name| {
        let m = payload::<Method>(o);
        match str_value(name) {
            "__func__" => Ok(m.func.incref()),
            "__self__" => Ok(m.this.incref()),
            "__class__" => Ok(METHOD_TYPE.obj()),
            _ => crate::attr::getattr(m.func, name),
        }
    }),
    tp_setattro: Some(readonly_members_setattro),
    ..TypeObject::DEFAULT
};

// ---- classmethod and staticmethod ----------------------------------------------------------

struct Wrapped {
    func: Obj,
    dict: Obj,
}

fn wrapped_dealloc(o: Obj) {
    let w = payload::<Wrapped>(o);
    w.func.decref();
    w.dict.xdecref();
    dealloc_box::<Wrapped>(o);
}

pub fn new_classmethod(f: Obj) -> Obj {
    alloc(&CLASSMETHOD_TYPE, Wrapped { func: f.incref(), dict: Obj::NULL })
}

pub fn new_staticmethod(f: Obj) -> Obj {
    alloc(&STATICMETHOD_TYPE, Wrapped { func: f.incref(), dict: Obj::NULL })
}

fn wrapped_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let what = if ty.is_subtype(&CLASSMETHOD_TYPE) { "classmethod" } else { "staticmethod" };
    if kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{what}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!("{what} expected 1 argument, got {}", args.len())));
    }
    Ok(alloc(ty, Wrapped { func: args[0].incref(), dict: Obj::NULL }))
}

fn wrapped_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let w = payload::<Wrapped>(o);
    match str_value(name) {
        "__func__" | "__wrapped__" => Ok(w.func.incref()),
        "__isabstractmethod__" => is_abstract(w.func).map(new_bool),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => crate::attr::getattr(w.func, name),
        _ => crate::attr::generic_getattr(o, name),
    }
}

/// `getattr(f, '__isabstractmethod__', False)` as a truth value.
pub fn is_abstract(f: Obj) -> PyResult<bool> {
    match crate::attr::getattr(f, intern("__isabstractmethod__")) {
        Ok(v) => {
            let v = Owned::new(v).expect("v");
            crate::ops::is_true(v.get())
        }
        Err(_) => {
            crate::errors::fetch().decref();
            Ok(false)
        }
    }
}

fn wrapped_repr(o: Obj) -> PyResult<Obj> {
    let what = if o.ty().is_subtype(&CLASSMETHOD_TYPE) { "classmethod" } else { "staticmethod" };
    Ok(new_string(format!("<{what}({})>", crate::ops::repr_string(payload::<Wrapped>(o).func)?)))
}

pub static CLASSMETHOD_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("classmethod"),
    tp_flags: TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Wrapped>>(),
    tp_dealloc: wrapped_dealloc,
    tp_new: Some(wrapped_new),
    tp_repr: Some(wrapped_repr),
    tp_getattro: Some(wrapped_getattro),
    tp_descr_get: Some(|cm, obj, ty| {
        let ty = if ty.is_null() { obj.ty().obj() } else { ty };
        Ok(new_method(payload::<Wrapped>(cm).func, ty))
    }),
    ..TypeObject::DEFAULT
};

pub static STATICMETHOD_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("staticmethod"),
    tp_flags: TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Wrapped>>(),
    tp_dealloc: wrapped_dealloc,
    tp_new: Some(wrapped_new),
    tp_repr: Some(wrapped_repr),
    tp_getattro: Some(wrapped_getattro),
    tp_call: Some(|sm, args, kwnames| crate::call::call(payload::<Wrapped>(sm).func, args, kwnames)),
    tp_descr_get: Some(|sm, _obj, _ty| Ok(payload::<Wrapped>(sm).func.incref())),
    ..TypeObject::DEFAULT
};

// ---- property ------------------------------------------------------------------------------

struct Property {
    fget: Obj,
    fset: Obj,
    fdel: Obj,
    doc: Obj,
    /// Set by `__set_name__`; used in error messages.
    name: Obj,
}

fn property_dealloc(o: Obj) {
    let p = payload::<Property>(o);
    for x in [p.fget, p.fset, p.fdel, p.doc, p.name] {
        x.xdecref();
    }
    dealloc_box::<Property>(o);
}

fn opt(o: Obj) -> Obj {
    if o.is_null() || o == none() {
        Obj::NULL
    } else {
        o.incref()
    }
}

fn property_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("property", args, kwnames, &["fget", "fset", "fdel", "doc"], 0)?;
    let fget = opt(a.get(0).unwrap_or(Obj::NULL));
    let mut doc = opt(a.get(3).unwrap_or(Obj::NULL));
    if doc.is_null() && !fget.is_null() {
        match crate::attr::getattr(fget, intern("__doc__")) {
            Ok(d) if d == none() => d.decref(),
            Ok(d) => doc = d,
            Err(_) => crate::errors::fetch().decref(),
        }
    }
    Ok(alloc(
        ty,
        Property {
            fget,
            fset: opt(a.get(1).unwrap_or(Obj::NULL)),
            fdel: opt(a.get(2).unwrap_or(Obj::NULL)),
            doc,
            name: Obj::NULL,
        },
    ))
}

/// The name a property reports in errors: its `__set_name__` name, else its getter's.
/// The `AttributeError` for a missing accessor: CPython names the property only when
/// `__set_name__` gave it a name (`property_descr_set`, `property_descr_get`).
fn no_accessor(p: &Property, obj: Obj, what: &str) -> PyResult<crate::errors::Raised> {
    let owner = crate::types::heaptype::qualname(obj.ty());
    Ok(if p.name.is_null() {
        attribute_error(format!("property of '{owner}' object has no {what}"))
    } else {
        let name = crate::ops::repr_string(p.name)?;
        attribute_error(format!("property {name} of '{owner}' object has no {what}"))
    })
}

pub fn property_get(p: Obj, obj: Obj, _ty: Obj) -> PyResult<Obj> {
    if obj.is_null() || obj == none() {
        return Ok(p.incref());
    }
    let d = payload::<Property>(p);
    if d.fget.is_null() {
        return Err(no_accessor(d, obj, "getter")?);
    }
    // A getter written in Python (the usual `@property`) is entered directly.
    if crate::types::function::is_function(d.fget) {
        return crate::call::call_function_prepend(d.fget, obj, &[], Obj::NULL);
    }
    crate::call::call_prepend(d.fget, obj, &[], Obj::NULL)
}

fn property_set(p: Obj, obj: Obj, value: Obj) -> PyResult<()> {
    let d = payload::<Property>(p);
    let (f, what) = if value.is_null() { (d.fdel, "deleter") } else { (d.fset, "setter") };
    if f.is_null() {
        return Err(no_accessor(d, obj, what)?);
    }
    let r = if value.is_null() {
        crate::call::call(f, &[obj], Obj::NULL)?
    } else {
        crate::call::call(f, &[obj, value], Obj::NULL)?
    };
    r.decref();
    Ok(())
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one accessor replaced.
fn property_copy(p: Obj, which: usize, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let name = ["getter", "setter", "deleter"][which];
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let d = payload::<Property>(p);
    let mut parts = [d.fget, d.fset, d.fdel];
    parts[which] = a.req(0);
    let doc = if which == 0 && !d.doc.is_null() {
        // A new getter brings its own docstring, as CPython's `property_copy` does.
        Obj::NULL
    } else {
        d.doc
    };
    let nargs: Vec<Obj> = parts.iter().map(|x| if x.is_null() { none() } else { *x }).collect();
    let mut call_args = nargs;
    call_args.push(if doc.is_null() { none() } else { doc });
    let new = property_new(p.ty(), &call_args, Obj::NULL)?;
    let nd = payload::<Property>(new);
    if !d.name.is_null() {
        nd.name = d.name.incref();
    }
    Ok(new)
}

static PROPERTY_METHODS: [MethodDef; 4] = [
    MethodDef { name: "getter", meth: |p, a, k| property_copy(p, 0, a, k) },
    MethodDef { name: "setter", meth: |p, a, k| property_copy(p, 1, a, k) },
    MethodDef { name: "deleter", meth: |p, a, k| property_copy(p, 2, a, k) },
    MethodDef {
        name: "__set_name__",
        meth: |p, args, kwnames| {
            let a = Args::parse_tuple("__set_name__", args, 2, 2)?;
            let _ = kwnames;
            let d = payload::<Property>(p);
            std::mem::replace(&mut d.name, a.req(1).incref()).xdecref();
            Ok(none().incref())
        },
    },
];

/// `tp_setattro` of `method`, `property` and built-in methods: their members (`__self__`,
/// `__func__`, `fget`…) are read-only (`READONLY` `PyMemberDef`s), their computed names are
/// getsets without a setter; anything else is the generic assignment.
pub fn readonly_members_setattro(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let n = str_value(name);
    let member = match o.ty().name.get() {
        "method" => matches!(n, "__self__" | "__func__"),
        "builtin_function_or_method" => false,
        _ => matches!(n, "fget" | "fset" | "fdel"),
    };
    if member {
        return Err(attribute_error("readonly attribute"));
    }
    if o.is_type(&crate::types::function::BOUND_BUILTIN_TYPE) && matches!(n, "__self__" | "__name__" | "__qualname__") {
        return Err(attribute_error(format!(
            "attribute '{n}' of 'builtin_function_or_method' objects is not writable"
        )));
    }
    crate::attr::generic_setattr(o, name, value)
}

pub static PROPERTY_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("property"),
    tp_flags: TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Property>>(),
    tp_dealloc: property_dealloc,
    tp_new: Some(property_new),
    tp_descr_get: Some(property_get),
    tp_descr_set: Some(property_set),
    tp_setattro: Some(readonly_members_setattro),
    tp_getattro: Some(|p, name| {
        let d = payload::<Property>(p);
        let or_none = |x: Obj| Ok(if x.is_null() { none() } else { x }.incref());
        match str_value(name) {
            "fget" => or_none(d.fget),
            "fset" => or_none(d.fset),
            "fdel" => or_none(d.fdel),
            "__doc__" => or_none(d.doc),
            "__isabstractmethod__" => {
                for f in [d.fget, d.fset, d.fdel] {
                    if !f.is_null() && is_abstract(f)? {
                        return Ok(new_bool(true));
                    }
                }
                Ok(new_bool(false))
            }
            _ => crate::attr::generic_getattr(p, name),
        }
    }),
    methods: &PROPERTY_METHODS,
    ..TypeObject::DEFAULT
};

// ---- member_descriptor: one `__slots__` entry ----------------------------------------------

struct Member {
    owner: &'static TypeObject,
    name: String,
    offset: usize,
}

pub fn new_member(owner: &'static TypeObject, name: &str, offset: usize) -> Obj {
    alloc(&MEMBER_DESCR_TYPE, Member { owner, name: name.to_string(), offset })
}

/// The byte offset of a `__slots__` member descriptor's word, or `None` for any other object
/// (the attribute caches store to and load from it directly, `attrcache.rs`).
pub fn member_offset(d: Obj) -> Option<usize> {
    (!d.is_small() && d.is_type(&MEMBER_DESCR_TYPE)).then(|| payload::<Member>(d).offset)
}

fn member_slot(m: &Member, obj: Obj) -> PyResult<*mut Obj> {
    check_self(m.owner, &m.name, obj)?;
    Ok((obj.0 + m.offset) as *mut Obj)
}

pub static MEMBER_DESCR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("member_descriptor"),
    tp_dealloc: dealloc_box::<Member>,
    tp_descr_get: Some(|d, obj, _ty| {
        if obj.is_null() {
            return Ok(d.incref());
        }
        let m = payload::<Member>(d);
        let p = member_slot(m, obj)?;
        // SAFETY: `obj` is an instance of the class that laid out this slot (checked), so the
        // word at `offset` is inside it.
        let v = unsafe { *p };
        if v.is_null() {
            return Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), m.name)));
        }
        Ok(v.incref())
    }),
    tp_descr_set: Some(|d, obj, value| {
        let m = payload::<Member>(d);
        let p = member_slot(m, obj)?;
        // SAFETY: as in `tp_descr_get`.
        let old = unsafe { std::mem::replace(&mut *p, if value.is_null() { Obj::NULL } else { value.incref() }) };
        if value.is_null() && old.is_null() {
            return Err(attribute_error(m.name.clone()));
        }
        old.xdecref();
        Ok(())
    }),
    tp_repr: Some(|d| {
        let m = payload::<Member>(d);
        Ok(new_string(format!("<member '{}' of '{}' objects>", m.name, m.owner.name)))
    }),
    tp_getattro: Some(|d, name| {
        let m = payload::<Member>(d);
        match str_value(name) {
            "__name__" | "__qualname__" => Ok(new_str(&m.name)),
            "__objclass__" => Ok(m.owner.obj()),
            "__doc__" => Ok(none().incref()),
            _ => crate::attr::generic_getattr(d, name),
        }
    }),
    ..TypeObject::DEFAULT
};

// ---- getset_descriptor: a class's `__dict__` and `__weakref__` -----------------------------

/// Which instance attribute a class's getset descriptor serves (`subtype_getsets_full`).
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum GetSetKind {
    /// `__dict__`: the instance dict, created on first use; assignable to a dict.
    Dict,
    /// `__weakref__`: the first weak reference to the instance, or `None`; read-only.
    Weakref,
    /// `object.__class__`: the instance's type; assignable within CPython's layout rules.
    Class,
    /// An attribute a built-in type serves from its own `tp_getattro`/`tp_setattro`
    /// (`function.__name__`, `__defaults__`, …): listed in the type's dict, as CPython's
    /// getset descriptors are, and forwarding to those slots.
    Builtin(&'static str),
    /// An attribute with its own getter and setter (a `PyGetSetDef`), for built-in types
    /// whose other attributes stay on the generic (cached) lookup.
    Native(&'static NativeGetSet),
}

/// A built-in type's attribute computed by functions (CPython's `PyGetSetDef`): `get(o)`
/// returns a new reference; `set(o, value)` stores a (non-null) value and is absent for a
/// read-only one. `del` of a settable one is refused with "cannot delete attribute", as the
/// setters of CPython's C modules (`_asyncio`) refuse a null value.
pub struct NativeGetSet {
    pub name: &'static str,
    pub get: fn(Obj) -> PyResult<Obj>,
    pub set: Option<fn(Obj, Obj) -> PyResult<()>>,
}

impl PartialEq for NativeGetSet {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for NativeGetSet {}

struct GetSet {
    owner: &'static TypeObject,
    kind: GetSetKind,
}

impl GetSet {
    fn name(&self) -> &'static str {
        match self.kind {
            GetSetKind::Dict => "__dict__",
            GetSetKind::Weakref => "__weakref__",
            GetSetKind::Class => "__class__",
            GetSetKind::Builtin(name) => name,
            GetSetKind::Native(def) => def.name,
        }
    }
}

/// The `__dict__` or `__weakref__` descriptor a class adds to its dict when it gives its
/// instances one.
pub fn new_getset(owner: &'static TypeObject, kind: GetSetKind) -> Obj {
    alloc(&GETSET_DESCR_TYPE, GetSet { owner, kind })
}

pub static GETSET_DESCR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("getset_descriptor"),
    tp_dealloc: dealloc_box::<GetSet>,
    tp_descr_get: Some(|d, obj, _ty| {
        if obj.is_null() {
            return Ok(d.incref());
        }
        let g = payload::<GetSet>(d);
        check_self(g.owner, g.name(), obj)?;
        match g.kind {
            GetSetKind::Dict => match heaptype::instance_dict(obj) {
                Some(dict) => {
                    // Python code may now write any key into it (`attrcache.rs`).
                    heaptype::mark_shadowed(obj.ty());
                    Ok(dict.incref())
                }
                None => Err(attribute_error(format!("'{}' object has no attribute '__dict__'", type_name(obj)))),
            },
            GetSetKind::Weakref => {
                Ok(crate::types::weakref::refs_to(obj).first().copied().unwrap_or_else(none).incref())
            }
            GetSetKind::Class => Ok(obj.ty().obj().incref()),
            GetSetKind::Builtin(name) => match g.owner.tp_getattro {
                Some(get) => get(obj, intern(name)),
                None => crate::attr::generic_getattr(obj, intern(name)),
            },
            GetSetKind::Native(def) => (def.get)(obj),
        }
    }),
    tp_descr_set: Some(|d, obj, value| {
        let g = payload::<GetSet>(d);
        check_self(g.owner, g.name(), obj)?;
        match g.kind {
            GetSetKind::Dict => crate::attr::set_instance_dict_attr(obj, value),
            GetSetKind::Weakref => {
                Err(attribute_error(format!("attribute '__weakref__' of '{}' objects is not writable", g.owner.name)))
            }
            GetSetKind::Class => crate::attr::set_class(obj, value),
            GetSetKind::Builtin(name) => match g.owner.tp_setattro {
                Some(set) => set(obj, intern(name), value),
                None => {
                    Err(attribute_error(format!("attribute '{name}' of '{}' objects is not writable", g.owner.name)))
                }
            },
            GetSetKind::Native(def) => match def.set {
                Some(_) if value.is_null() => Err(attribute_error("cannot delete attribute")),
                Some(set) => set(obj, value),
                None => Err(attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    def.name, g.owner.name
                ))),
            },
        }
    }),
    tp_repr: Some(|d| {
        let g = payload::<GetSet>(d);
        Ok(new_string(format!("<attribute '{}' of '{}' objects>", g.name(), g.owner.name)))
    }),
    tp_getattro: Some(|d, name| {
        let g = payload::<GetSet>(d);
        match str_value(name) {
            "__name__" | "__qualname__" => Ok(new_str(g.name())),
            "__objclass__" => Ok(g.owner.obj()),
            "__doc__" => Ok(none().incref()),
            _ => crate::attr::generic_getattr(d, name),
        }
    }),
    ..TypeObject::DEFAULT
};

// ---- mappingproxy: a class's `__dict__` ----------------------------------------------------

pub fn new_mappingproxy(d: Obj) -> Obj {
    alloc(&MAPPINGPROXY_TYPE, d.incref())
}

fn proxy_target(o: Obj) -> Obj {
    *payload::<Obj>(o)
}

fn proxy_dealloc(o: Obj) {
    proxy_target(o).decref();
    dealloc_box::<Obj>(o);
}

fn proxy_forward(o: Obj, name: &'static str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::attr::call_method(proxy_target(o), intern(name), args, kwnames)
}

static MAPPINGPROXY_METHODS: [MethodDef; 5] = [
    MethodDef { name: "keys", meth: |o, a, k| proxy_forward(o, "keys", a, k) },
    MethodDef { name: "values", meth: |o, a, k| proxy_forward(o, "values", a, k) },
    MethodDef { name: "items", meth: |o, a, k| proxy_forward(o, "items", a, k) },
    MethodDef { name: "get", meth: |o, a, k| proxy_forward(o, "get", a, k) },
    MethodDef { name: "copy", meth: |o, a, k| proxy_forward(o, "copy", a, k) },
];

pub static MAPPINGPROXY_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("mappingproxy"),
    tp_dealloc: proxy_dealloc,
    tp_repr: Some(|o| Ok(new_string(format!("mappingproxy({})", crate::ops::repr_string(proxy_target(o))?)))),
    tp_iter: Some(|o| crate::ops::get_iter(proxy_target(o))),
    sq_length: Some(|o| crate::ops::len(proxy_target(o))),
    sq_contains: Some(|o, k| crate::ops::contains(proxy_target(o), k)),
    mp_subscript: Some(|o, k| crate::ops::getitem(proxy_target(o), k)),
    methods: &MAPPINGPROXY_METHODS,
    ..TypeObject::DEFAULT
};

// ---- super ---------------------------------------------------------------------------------

struct Super {
    /// The class whose MRO successor is searched (`__thisclass__`).
    ty: &'static TypeObject,
    /// The instance or class (`__self__`), or null for an unbound super.
    obj: Obj,
    /// The type whose MRO is searched (`__self_class__`).
    obj_type: Option<&'static TypeObject>,
}

fn super_dealloc(o: Obj) {
    payload::<Super>(o).obj.xdecref();
    dealloc_box::<Super>(o);
}

/// `super(ty, obj)`'s search type (`supercheck`).
fn supercheck(ty: &'static TypeObject, obj: Obj) -> PyResult<&'static TypeObject> {
    if let Some(t) = as_type(obj) {
        if t.is_subtype(ty) {
            return Ok(t);
        }
    }
    if obj.ty().is_subtype(ty) {
        return Ok(obj.ty());
    }
    Err(type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super(ty, obj)`; `obj` may be null for the one-argument form.
pub fn new_super(ty: Obj, obj: Obj) -> PyResult<Obj> {
    let Some(t) = as_type(ty) else {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(ty))));
    };
    let obj_type = if obj.is_null() || obj == none() { None } else { Some(supercheck(t, obj)?) };
    let obj = if obj_type.is_some() { obj.incref() } else { Obj::NULL };
    Ok(alloc(&SUPER_TYPE, Super { ty: t, obj, obj_type }))
}

/// Zero-argument `super()` in a method: the method's first argument (null when it has none)
/// and its `__class__` cell (null when the function is not in a class), checked in the
/// order of CPython's `super_init_without_args`.
pub fn super_zero(first: Obj, class_cell: Obj) -> PyResult<Obj> {
    let runtime_error = |m: &str| crate::errors::raise(&crate::types::exceptions::RUNTIME_ERROR, m);
    if first.is_null() {
        return Err(runtime_error("super(): no arguments"));
    }
    if class_cell.is_null() {
        return Err(runtime_error("super(): __class__ cell not found"));
    }
    let class = *crate::types::function::cell_contents(class_cell);
    if class.is_null() {
        return Err(runtime_error("super(): empty __class__ cell"));
    }
    if as_type(class).is_none() {
        return Err(crate::errors::raise(&crate::types::exceptions::RUNTIME_ERROR, "super(): __class__ is not a type"));
    }
    new_super(class, first)
}

fn super_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("super() takes no keyword arguments"));
    }
    match args {
        [] => Err(crate::errors::raise(&crate::types::exceptions::RUNTIME_ERROR, "super(): no arguments")),
        [t] => new_super(*t, Obj::NULL),
        [t, o] => new_super(*t, *o),
        _ => Err(type_error(format!("super() takes at most 2 arguments ({} given)", args.len()))),
    }
}

fn super_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let s = payload::<Super>(o);
    if let Some(start) = s.obj_type {
        if str_value(name) != "__class__" {
            if let Some(res) = type_lookup_after(start, s.ty, name) {
                let res = Owned::new(res.incref()).expect("res");
                return match res.get().ty().lookup(|t| t.tp_descr_get) {
                    Some(get) => {
                        let inst = if s.obj == start.obj() { Obj::NULL } else { s.obj };
                        get(res.get(), inst, start.obj())
                    }
                    None => Ok(res.release()),
                };
            }
        }
    }
    match str_value(name) {
        "__thisclass__" => Ok(s.ty.obj()),
        "__self__" => Ok(if s.obj.is_null() { none() } else { s.obj }.incref()),
        "__self_class__" => Ok(s.obj_type.map_or(none(), |t| t.obj()).incref()),
        "__class__" => Ok(SUPER_TYPE.obj()),
        n => Err(attribute_error(format!("'super' object has no attribute '{n}'"))),
    }
}

pub static SUPER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("super"),
    tp_flags: TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Super>>(),
    tp_dealloc: super_dealloc,
    tp_new: Some(super_new),
    tp_getattro: Some(super_getattro),
    tp_repr: Some(|o| {
        let s = payload::<Super>(o);
        Ok(new_string(match s.obj_type {
            Some(t) => format!("<super: <class '{}'>, <{} object>>", s.ty.name, t.name),
            None => format!("<super: <class '{}'>, NULL>", s.ty.name),
        }))
    }),
    ..TypeObject::DEFAULT
};

// ---- attributes of `object` and `type` that are methods rather than slots -------------------

fn object_init_subclass(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if !args.is_empty() {
        let name = as_type(cls).map_or("object", |t| t.name.get());
        if kwnames_len(kwnames) > 0 {
            return Err(type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        return Err(type_error(format!("{name}.__init_subclass__() takes no arguments ({} given)", args.len())));
    }
    Ok(none().incref())
}

fn object_subclasshook(_cls: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(not_implemented())
}

fn object_format(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("__format__", args, kwnames, &[""], 1)?;
    let spec = a.req(0);
    if !is_str(spec) {
        return Err(type_error(format!("__format__() argument must be str, not {}", type_name(spec))));
    }
    if !str_value(spec).is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(o))));
    }
    crate::ops::str(o)
}

/// `int.__format__`, `float.__format__`, `str.__format__`, `complex.__format__`: the
/// built-in formatting of the receiver's value, so a subclass's `__format__` can delegate
/// with `super().__format__(spec)` (`long__format__`, `float___format___impl`, …).
pub fn builtin_format_method(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("__format__", args, kwnames, &[""], 1)?;
    let spec = a.req(0);
    if !is_str(spec) {
        return Err(type_error(format!("__format__() argument must be str, not {}", type_name(spec))));
    }
    crate::ops::builtin_format(o, str_value(spec))
}

fn object_dir(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let mut names: Vec<String> = Vec::new();
    // `object.__dir__`: the keys of `o.__dict__` (whatever serves it), then the class's.
    match crate::attr::getattr(o, intern("__dict__")) {
        Ok(d) => {
            let d = Owned::new(d).expect("__dict__");
            if crate::types::dict::is_dict(d.get()) {
                for (k, _) in crate::types::dict::dict_data(d.get()).iter() {
                    if is_str(k) {
                        names.push(str_value(k).to_string());
                    }
                }
            }
        }
        Err(e) => {
            if !crate::errors::current().ty().is_subtype(&crate::types::exceptions::ATTRIBUTE_ERROR) {
                return Err(e);
            }
            crate::errors::fetch().decref();
        }
    }
    for t in crate::types::tuple::tuple_items(heaptype::type_mro(o.ty())) {
        let t = as_type(*t).expect("type");
        for (k, _) in crate::types::dict::dict_data(heaptype::type_dict(t)).iter() {
            if is_str(k) {
                names.push(str_value(k).to_string());
            }
        }
    }
    names.push("__class__".into());
    names.sort();
    names.dedup();
    Ok(crate::types::list::new_list(names.into_iter().map(new_string).collect()))
}

fn object_reduce_ex(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Err(type_error(format!("cannot pickle '{}' object", type_name(o))))
}

fn type_mro_method(cls: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let t = as_type(cls).expect("type");
    let items = heaptype::mro_implementation(t)?.into_iter().map(|x| x.incref()).collect();
    Ok(crate::types::list::new_list(items))
}

fn type_subclasses(cls: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let t = as_type(cls).expect("type");
    let subs =
        if t.is_heap() { heaptype::heap(t).subclasses.borrow().iter().map(|s| s.obj()).collect() } else { vec![] };
    Ok(crate::types::list::new_list(subs))
}

fn type_instancecheck(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("__instancecheck__", args, kwnames, &[""], 1)?;
    let t = as_type(cls).expect("type");
    Ok(new_bool(a.req(0).ty().is_subtype(t)))
}

fn type_subclasscheck(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("__subclasscheck__", args, kwnames, &[""], 1)?;
    let t = as_type(cls).expect("type");
    let Some(sub) = as_type(a.req(0)) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(new_bool(sub.is_subtype(t)))
}

fn type_prepare(_cls: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(crate::types::dict::new_dict())
}

static OBJECT_EXTRA: [MethodDef; 5] = [
    MethodDef { name: "__init_subclass__", meth: object_init_subclass },
    MethodDef { name: "__subclasshook__", meth: object_subclasshook },
    MethodDef { name: "__format__", meth: object_format },
    MethodDef { name: "__dir__", meth: object_dir },
    MethodDef { name: "__reduce_ex__", meth: object_reduce_ex },
];

static TYPE_EXTRA: [MethodDef; 5] = [
    MethodDef { name: "mro", meth: type_mro_method },
    MethodDef { name: "__subclasses__", meth: type_subclasses },
    MethodDef { name: "__instancecheck__", meth: type_instancecheck },
    MethodDef { name: "__subclasscheck__", meth: type_subclasscheck },
    MethodDef { name: "__prepare__", meth: type_prepare },
];

/// The built-in classes whose subscription makes a `types.GenericAlias` (`list[int]`).
static GENERIC_BUILTINS: [&TypeObject; 10] = [
    &crate::types::list::LIST_TYPE,
    &crate::types::dict::DICT_TYPE,
    &crate::types::tuple::TUPLE_TYPE,
    &crate::types::set::SET_TYPE,
    &crate::types::set::FROZENSET_TYPE,
    &crate::types::weakref::REF_TYPE,
    &crate::stdlib::weakref::WVD_TYPE,
    &crate::stdlib::weakref::WKD_TYPE,
    &crate::stdlib::weakref::WEAKSET_TYPE,
    &crate::stdlib::asyncio::FUTURE_TYPE,
];

/// Entries of a built-in type's dict beyond its method table and slots: the methods `object`
/// and `type` provide to every class and metaclass (class methods where CPython's are).
pub fn extra_builtin_attrs(ty: &'static TypeObject) -> Vec<(&'static str, Obj)> {
    let mut v = Vec::new();
    if std::ptr::eq(ty, &crate::types::typetype::OBJECT_TYPE) {
        for def in &OBJECT_EXTRA {
            let d = new_method_descr(ty, def);
            if matches!(def.name, "__init_subclass__" | "__subclasshook__") {
                v.push((def.name, new_builtin_classmethod(d)));
                d.decref();
            } else {
                v.push((def.name, d));
            }
        }
    }
    if std::ptr::eq(ty, &crate::types::typetype::OBJECT_TYPE) {
        v.push(("__class__", new_getset(ty, GetSetKind::Class)));
    }
    if std::ptr::eq(ty, &crate::types::function::FUNCTION_TYPE) {
        for name in crate::types::function::FUNCTION_GETSETS {
            v.push((name, new_getset(ty, GetSetKind::Builtin(name))));
        }
    }
    for def in crate::stdlib::asyncio::getsets(ty) {
        v.push((def.name, new_getset(ty, GetSetKind::Native(def))));
    }
    if GENERIC_BUILTINS.iter().any(|t| std::ptr::eq(*t, ty)) {
        let d = new_method_descr(ty, &crate::types::genericalias::CLASS_GETITEM_DEF);
        v.push(("__class_getitem__", new_builtin_classmethod(d)));
        d.decref();
    }
    if std::ptr::eq(ty, &TYPE_TYPE) {
        for def in &TYPE_EXTRA {
            let d = new_method_descr(ty, def);
            if def.name == "__prepare__" {
                v.push((def.name, new_builtin_classmethod(d)));
                d.decref();
            } else {
                v.push((def.name, d));
            }
        }
    }
    v
}

/// A built-in method used as a class method: bound to the class, its receiver is the class.
struct BuiltinClassMethod {
    descr: Obj,
}

pub fn new_builtin_classmethod(descr: Obj) -> Obj {
    alloc(&BUILTIN_CLASSMETHOD_TYPE, BuiltinClassMethod { descr: descr.incref() })
}

pub static BUILTIN_CLASSMETHOD_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("classmethod_descriptor"),
    tp_dealloc: |o| {
        payload::<BuiltinClassMethod>(o).descr.decref();
        dealloc_box::<BuiltinClassMethod>(o);
    },
    tp_descr_get: Some(|d, obj, ty| {
        let ty = if ty.is_null() { obj.ty().obj() } else { ty };
        let def = payload::<MethodDescr>(payload::<BuiltinClassMethod>(d).descr).def;
        Ok(new_bound_builtin(ty, def))
    }),
    ..TypeObject::DEFAULT
};

/// `function.__get__`: a function found on a class binds to the instance.
pub fn function_descr_get(f: Obj, obj: Obj, _ty: Obj) -> PyResult<Obj> {
    if obj.is_null() || obj == none() {
        return Ok(f.incref());
    }
    debug_assert!(is_function(f));
    let _ = function_data(f);
    Ok(new_method(f, obj))
}

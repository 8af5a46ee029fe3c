//! Attribute access: `getattr`/`setattr`/`delattr`, the generic lookup with descriptors, the
//! attribute cache, and method calls that avoid allocating a bound method.
//!
//! The generic lookup is `PyObject_GenericGetAttr` (`Objects/object.c`), in the order of the
//! data model: a *data* descriptor found on the type's MRO (one whose type has
//! `tp_descr_set`: properties, slots, user descriptors with `__set__`/`__delete__`), then the
//! instance `__dict__`, then a non-data descriptor (functions bind to methods) or plain class
//! attribute, then `AttributeError`. `__getattr__` is layered on top by the class's
//! `tp_getattro` slot (`slots.rs`).
//!
//! The cache maps (type, version, attribute name) to the MRO lookup's result, as CPython's
//! type attribute cache does (`_PyType_Lookup`). Entries key on the identity of the name, so
//! only immortal names (compile-time constants and interned dunders) are cached, and on the
//! type's version, which `heaptype::modified` bumps whenever a class or a base changes; built-in
//! types never change.

use crate::errors::{attribute_error, type_error, PyResult};
use crate::object::{Obj, Owned, IMMORTAL_REFCNT};
use crate::typeobj::TypeObject;
use crate::types::function::{is_function, new_bound_builtin};
use crate::types::heaptype::{self, instance_dict, instance_dict_ptr, type_lookup};
use crate::types::str::{is_str, str_value};
use crate::types::type_name;
use std::cell::UnsafeCell;

// ---- the attribute cache -------------------------------------------------------------------

const CACHE_SIZE: usize = 4096;

#[derive(Copy, Clone)]
struct CacheEntry {
    ty: usize,
    version: u64,
    name: usize,
    value: Obj,
}

struct Cache(UnsafeCell<[CacheEntry; CACHE_SIZE]>);

// SAFETY: the runtime runs Python code on one thread at a time (the GIL build); the cache is
// only touched from that thread.
unsafe impl Sync for Cache {}

static CACHE: Cache = Cache(UnsafeCell::new([CacheEntry { ty: 0, version: 0, name: 0, value: Obj::NULL }; CACHE_SIZE]));

#[inline]
fn cache_index(ty: &'static TypeObject, name: Obj) -> usize {
    let h = (ty as *const TypeObject as usize >> 4) ^ (name.0 >> 3).wrapping_mul(0x9E37_79B9);
    h & (CACHE_SIZE - 1)
}

#[inline]
fn cacheable(name: Obj) -> bool {
    name.refcnt() >= IMMORTAL_REFCNT / 2
}

/// The cached result of `type_lookup(ty, name)`: `Some(None)` means "not found".
#[inline]
pub fn cache_lookup(ty: &'static TypeObject, name: Obj) -> Option<Option<Obj>> {
    let i = cache_index(ty, name);
    // SAFETY: see `Cache`.
    let e = unsafe { (*CACHE.0.get())[i] };
    (e.ty == ty as *const TypeObject as usize && e.name == name.0 && e.version == heaptype::version(ty))
        .then(|| (!e.value.is_null()).then_some(e.value))
}

/// Remember a lookup result (borrowed: valid as long as the type's version is unchanged).
#[inline]
pub fn cache_store(ty: &'static TypeObject, name: Obj, value: Option<Obj>) {
    if !cacheable(name) {
        return;
    }
    let i = cache_index(ty, name);
    let e = CacheEntry {
        ty: ty as *const TypeObject as usize,
        version: heaptype::version(ty),
        name: name.0,
        value: value.unwrap_or(Obj::NULL),
    };
    // SAFETY: see `Cache`.
    unsafe { (*CACHE.0.get())[i] = e };
}

// ---- getting ---------------------------------------------------------------------------------

/// `o.name` (`name` is a str).
pub fn getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    match o.ty().lookup(|t| t.tp_getattro) {
        Some(f) => f(o, name),
        None => generic_getattr(o, name),
    }
}

/// `getattr(o, name, None)`-style probe: `Ok(None)` when the attribute is missing
/// (an `AttributeError` is swallowed; other errors propagate).
pub fn getattr_opt(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let f = o.ty().lookup(|t| t.tp_getattro);
    let r = if f.is_none_or(|f| f as usize == generic_getattr as *const () as usize) {
        // A plain miss makes no `AttributeError` only to drop it.
        generic_getattr_opt(o, name)
    } else {
        getattr(o, name).map(Some)
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            if crate::errors::current().ty().is_subtype(&crate::types::exceptions::ATTRIBUTE_ERROR) {
                crate::errors::fetch().decref();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// Bind a descriptor found on a type: `descr.__get__(obj, ty)` when it has one, else itself.
pub fn descr_get(descr: Obj, obj: Obj, ty: Obj) -> PyResult<Obj> {
    match descr.ty().lookup(|t| t.tp_descr_get) {
        Some(get) => get(descr, obj, ty),
        None => Ok(descr.incref()),
    }
}

/// `object.__getattribute__` (`PyObject_GenericGetAttr`), for every type.
pub fn generic_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    match generic_getattr_opt(o, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(o, name)),
    }
}

/// [`generic_getattr`] with `Ok(None)` for a missing attribute (`_PyObject_LookupAttr`'s
/// suppression of the `AttributeError`).
pub fn generic_getattr_opt(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    if !ty.is_heap() {
        // A built-in method, without building the type's dict.
        if let Some(def) = ty.find_method(str_value(name)) {
            return Ok(Some(new_bound_builtin(o, def)));
        }
    }
    let descr = type_lookup(ty, name).map(|d| Owned::new(d.incref()).expect("descr"));
    if let Some(d) = &descr {
        let dt = d.get().ty();
        if let Some(get) = dt.lookup(|t| t.tp_descr_get) {
            if dt.lookup(|t| t.tp_descr_set).is_some() {
                return get(d.get(), o, ty.obj()).map(Some);
            }
        }
    }
    if let Some(v) = crate::types::values::lookup(o, name)? {
        return Ok(Some(v.incref()));
    }
    if let Some(d) = descr {
        return match d.get().ty().lookup(|t| t.tp_descr_get) {
            Some(get) => get(d.get(), o, ty.obj()).map(Some),
            None => Ok(Some(d.release())),
        };
    }
    match str_value(name) {
        "__class__" => return Ok(Some(ty.obj())),
        "__dict__" => {
            if let Some(d) = instance_dict(o) {
                // Python code may now write any key into it.
                heaptype::mark_shadowed(ty);
                return Ok(Some(d.incref()));
            }
        }
        _ => {}
    }
    Ok(None)
}

fn no_attribute(o: Obj, name: Obj) -> crate::errors::Raised {
    attribute_error(format!("'{}' object has no attribute '{}'", type_name(o), str_value(name)))
}

// ---- setting and deleting --------------------------------------------------------------------

/// `o.name = value`; a null `value` deletes.
pub fn setattr(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    match o.ty().lookup(|t| t.tp_setattro) {
        Some(f) => f(o, name, value),
        None => generic_setattr(o, name, value),
    }
}

/// `object.__setattr__`/`__delattr__` (`PyObject_GenericSetAttr`): a data descriptor on the
/// type, else the instance dict.
pub fn generic_setattr(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let ty = o.ty();
    let descr = type_lookup(ty, name).map(|d| Owned::new(d.incref()).expect("descr"));
    if let Some(d) = &descr {
        if let Some(set) = d.get().ty().lookup(|t| t.tp_descr_set) {
            return set(d.get(), o, value);
        }
    }
    let n = str_value(name);
    if n == "__class__" {
        return set_class(o, value);
    }
    if descr.is_none() {
        readonly_getset(o, n)?;
    }
    if let Some(p) = instance_dict_ptr(o) {
        if n == "__dict__" {
            return set_instance_dict(o, p, value);
        }
        if value.is_null() {
            return match crate::types::values::delete(o, name)? {
                Some(v) => {
                    v.decref();
                    Ok(())
                }
                None => Err(no_attribute(o, name)),
            };
        }
        if descr.is_some() {
            // An instance attribute hiding a class attribute (`attrcache.rs`).
            heaptype::mark_name_shadowed(ty, name);
        }
        return crate::types::values::store(o, name, value);
    }
    if descr.is_some() {
        return Err(attribute_error(format!("'{}' object attribute '{n}' is read-only", type_name(o))));
    }
    Err(no_attribute(o, name))
}

/// The read-only data attributes (getsets without a setter) of built-in value types, which
/// their `tp_getattro` computes: (type, names).
const READONLY_GETSETS: [(&TypeObject, &[&str]); 3] = [
    (&crate::types::int::INT_TYPE, &["real", "imag", "numerator", "denominator"]),
    (&crate::types::float::FLOAT_TYPE, &["real", "imag"]),
    (&crate::types::complex::COMPLEX_TYPE, &["real", "imag"]),
];

/// `attribute 'real' of 'int' objects is not writable`, when `name` is such an attribute of
/// `o`'s built-in base.
fn readonly_getset(o: Obj, n: &str) -> PyResult<()> {
    if !matches!(n, "real" | "imag" | "numerator" | "denominator") {
        return Ok(());
    }
    for (t, names) in READONLY_GETSETS {
        if o.ty().is_subtype(t) && names.contains(&n) {
            // `complex.real`/`imag` are read-only members rather than getsets.
            if std::ptr::eq(t, &crate::types::complex::COMPLEX_TYPE) {
                return Err(attribute_error("readonly attribute"));
            }
            return Err(attribute_error(format!("attribute '{n}' of '{}' objects is not writable", t.name)));
        }
    }
    Ok(())
}

/// `o.__class__ = cls` (`object_set_class`): only between classes whose instances have the
/// same layout.
pub(crate) fn set_class(o: Obj, value: Obj) -> PyResult<()> {
    if value.is_null() {
        return Err(type_error("can't delete __class__ attribute"));
    }
    let Some(new) = crate::types::typetype::as_type(value) else {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", type_name(value))));
    };
    let old = o.ty();
    if !new.is_heap() || !old.is_heap() {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let (ho, hn) = (heaptype::heap(old), heaptype::heap(new));
    let static_base = |mut t: &'static TypeObject| {
        while t.is_heap() {
            t = t.base.expect("classes have a base");
        }
        t
    };
    let same = old.tp_basicsize == new.tp_basicsize
        && ho.dictoffset == hn.dictoffset
        && ho.members.iter().map(|m| m.1).eq(hn.members.iter().map(|m| m.1))
        && std::ptr::eq(static_base(old), static_base(new));
    if !same {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    // The instance's dict moves to a class whose attributes it may shadow; values indexed by
    // the old class's keys become a dict first.
    heaptype::mark_shadowed(new);
    if let Some(p) = instance_dict_ptr(o) {
        // SAFETY: the dict word of the live object `o`.
        if crate::types::values::is_values(unsafe { *p }) {
            crate::types::values::materialise(o);
        }
    }
    if ho.weakrefs_seen.get() {
        hn.weakrefs_seen.set(true);
    }
    // SAFETY: `o` is live and its layout is the same under both types (checked above); classes
    // are immortal, so no reference count changes hands.
    unsafe { (*(o.0 as *mut crate::object::ObjHeader)).ty = new };
    Ok(())
}

/// `o.__dict__ = value` through the class's `__dict__` descriptor.
pub fn set_instance_dict_attr(o: Obj, value: Obj) -> PyResult<()> {
    match instance_dict_ptr(o) {
        Some(p) => set_instance_dict(o, p, value),
        None => Err(no_attribute(o, crate::slots::intern("__dict__"))),
    }
}

fn set_instance_dict(o: Obj, p: *mut Obj, value: Obj) -> PyResult<()> {
    if value.is_null() {
        // `del o.__dict__` drops the attributes; the next use starts a fresh dict.
        // SAFETY: the dict word of the live object `o`.
        crate::types::values::release(unsafe { std::mem::replace(&mut *p, Obj::NULL) });
        return Ok(());
    }
    if !crate::types::dict::is_dict(value) {
        return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name(value))));
    }
    heaptype::mark_shadowed(o.ty());
    // The old dict (or values) is released after the new one is in place.
    // SAFETY: the dict word of the live object `o`.
    let old = unsafe { std::mem::replace(&mut *p, value.incref()) };
    crate::types::values::release(old);
    Ok(())
}

// ---- method calls ------------------------------------------------------------------------------

/// `o.name(*args)` in vectorcall form. A built-in method is called directly and a Python
/// function found on a class is called with `o` prepended, without creating a bound method
/// (CPython's `LOAD_METHOD`), unless the instance dict shadows it.
pub fn call_method(o: Obj, name: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let ty = o.ty();
    let generic = ty.lookup(|t| t.tp_getattro).is_none_or(|f| f as usize == generic_getattr as *const () as usize);
    if generic {
        if !ty.is_heap() {
            if let Some(def) = ty.find_method(str_value(name)) {
                return (def.meth)(o, args, kwnames);
            }
        } else if let Some(f) = type_lookup(ty, name) {
            if is_function(f) && !shadowed(o, name)? {
                let f = Owned::new(f.incref()).expect("f");
                return crate::call::call_prepend(f.get(), o, args, kwnames);
            }
        }
    }
    let m = Owned::new(getattr(o, name)?).expect("non-null");
    crate::call::call(m.get(), args, kwnames)
}

/// Does `o`'s instance dict hold `name`?
fn shadowed(o: Obj, name: Obj) -> PyResult<bool> {
    Ok(crate::types::values::lookup(o, name)?.is_some())
}

/// The attribute name argument of `getattr`/`setattr`/`hasattr`/`delattr`.
pub fn check_name(name: Obj) -> PyResult<()> {
    if is_str(name) {
        Ok(())
    } else {
        Err(type_error(format!("attribute name must be string, not '{}'", type_name(name))))
    }
}

// ---- the attribute builtins --------------------------------------------------------------------

/// `getattr(o, name[, default])`.
pub fn builtin_getattr(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error("getattr() takes no keyword arguments"));
    }
    match args {
        [o, name] => {
            check_name(*name)?;
            getattr(*o, *name)
        }
        [o, name, default] => {
            check_name(*name)?;
            Ok(getattr_opt(*o, *name)?.unwrap_or_else(|| default.incref()))
        }
        _ => Err(type_error(format!("getattr expected at least 2 arguments, got {}", args.len()))),
    }
}

/// `setattr(o, name, value)`.
pub fn builtin_setattr(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("setattr", args, kwnames, &["", "", ""], 3)?;
    check_name(a.req(1))?;
    setattr(a.req(0), a.req(1), a.req(2))?;
    Ok(crate::types::none().incref())
}

/// `hasattr(o, name)`: only an `AttributeError` means "no".
pub fn builtin_hasattr(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("hasattr", args, kwnames, &["", ""], 2)?;
    check_name(a.req(1))?;
    Ok(crate::types::int::new_bool(getattr_opt(a.req(0), a.req(1))?.map(Obj::decref).is_some()))
}

/// `delattr(o, name)`.
pub fn builtin_delattr(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("delattr", args, kwnames, &["", ""], 2)?;
    check_name(a.req(1))?;
    setattr(a.req(0), a.req(1), Obj::NULL)?;
    Ok(crate::types::none().incref())
}

/// `vars(o)`: `o.__dict__`.
pub fn builtin_vars(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error("vars() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(type_error(format!("vars expected at most 1 argument, got {}", args.len())));
    }
    let a = crate::call::Args::parse("vars", args, kwnames, &[""], 1)?;
    match getattr_opt(a.req(0), crate::slots::intern("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(o)`: the sorted list `o.__dir__()` returns.
pub fn builtin_dir(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    // `PyArg_UnpackTuple(args, "dir", 0, 1, …)`'s message for too many arguments.
    if kwnames.is_null() && args.len() > 1 {
        return Err(type_error(format!("dir expected at most 1 argument, got {}", args.len())));
    }
    let a = crate::call::Args::parse("dir", args, kwnames, &[""], 1)?;
    let o = a.req(0);
    let r = if let Some(t) = crate::types::typetype::as_type(o) {
        let mut names: Vec<String> = Vec::new();
        for c in crate::types::tuple::tuple_items(heaptype::type_mro(t)) {
            let c = crate::types::typetype::as_type(*c).expect("type");
            for (k, _) in crate::types::dict::dict_data(heaptype::type_dict(c)).iter() {
                if is_str(k) {
                    names.push(str_value(k).to_string());
                }
            }
        }
        names.sort();
        names.dedup();
        crate::types::list::new_list(names.into_iter().map(crate::types::str::new_string).collect())
    } else if crate::types::module::is_module(o) {
        crate::types::list::new_list(crate::types::module::module_names(o))
    } else {
        call_method(o, crate::slots::intern("__dir__"), &[], Obj::NULL)?
    };
    // `PySequence_List` then `PyList_Sort`: the names compare as Python objects, so a
    // `__dir__` returning a mix of types raises as sorting would.
    let r = Owned::new(r).expect("list");
    let l = Owned::new(crate::types::list::new_list(crate::ops::collect_iterable(r.get())?)).expect("list");
    crate::types::list::list_sort(l.get(), None, false)?;
    Ok(l.release())
}

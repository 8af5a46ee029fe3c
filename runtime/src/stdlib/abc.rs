//! `abc`: abstract base classes (`Lib/abc.py`, `Modules/_abc.c`).
//!
//! `ABCMeta` is a real metaclass built at run time with `type_new` (so it is a class like any
//! other: subclassable, `type(ABC) is ABCMeta`); its methods are built-in functions.
//! `ABCMeta.__new__` computes `__abstractmethods__`, the names whose values are marked
//! `__isabstractmethod__` (`abstractmethod` sets it) and that no class along the MRO has since
//! overridden; `object.__new__` refuses to instantiate a class with any left
//! ([`check_instantiable`]). `register` records virtual subclasses in the class's
//! `_abc_registry` list; `__subclasscheck__` answers from the real MRO, then the class's
//! `__subclasshook__`, then the registry and the registries of its subclasses.
//!
//! Invariant: `__abstractmethods__` is a frozenset of str in the class's own dict, set once
//! by `ABCMeta.__new__` (CPython's `_abc_init`).

use crate::call::Args;
use crate::errors::{type_error, PyResult};
use crate::object::{Obj, Owned, StaticObject};
use crate::slots::intern;
use crate::typeobj::TypeObject;
use crate::types::descr::{is_abstract, new_method_descr, new_staticmethod};
use crate::types::dict::dict_data;
use crate::types::function::{BuiltinFunction, BUILTIN_FUNCTION_TYPE};
use crate::types::heaptype::{type_dict, type_lookup};
use crate::types::int::new_bool;
use crate::types::module::new_module;
use crate::types::not_implemented;
use crate::types::str::{is_str, new_str, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::typetype::{as_type, TYPE_TYPE};

/// `ABCMeta.__new__(mcls, name, bases, ns, **kwargs)`.
fn abcmeta_new(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - crate::call::kwnames_len(kwnames);
    if npos != 4 {
        return Err(type_error(format!("ABCMeta.__new__() takes exactly 4 positional arguments ({npos} given)")));
    }
    let Some(mcls) = as_type(args[0]) else {
        return Err(type_error("ABCMeta.__new__(X): X is not a type object"));
    };
    let new = TYPE_TYPE.tp_new.expect("type has tp_new");
    let cls = Owned::new(new(mcls, &args[1..], kwnames)?).expect("class");
    let ty = as_type(cls.get()).expect("a class");
    // Abstract names: those defined here, and those inherited that are still abstract.
    let mut names: Vec<String> = Vec::new();
    for (k, v) in dict_data(type_dict(ty)).iter() {
        if is_str(k) && is_abstract(v)? {
            names.push(str_value(k).to_string());
        }
    }
    for b in tuple_items(args[2]) {
        let Some(inherited) = crate::attr::getattr_opt(*b, intern("__abstractmethods__"))? else { continue };
        let inherited = Owned::new(inherited).expect("set");
        for n in crate::ops::collect_iterable(inherited.get())? {
            let n = Owned::new(n).expect("name");
            if let Some(v) = crate::attr::getattr_opt(cls.get(), n.get())? {
                let v = Owned::new(v).expect("value");
                if is_abstract(v.get())? && is_str(n.get()) && !names.iter().any(|x| x == str_value(n.get())) {
                    names.push(str_value(n.get()).to_string());
                }
            }
        }
    }
    let items: Vec<Obj> = names.iter().map(|n| new_str(n)).collect();
    let t = Owned::new(new_tuple(items)).expect("tuple");
    let fs = Owned::new(crate::types::set::new_set_from(&crate::types::set::FROZENSET_TYPE, t.get())?).expect("set");
    crate::attr::setattr(cls.get(), intern("__abstractmethods__"), fs.get())?;
    let registry = Owned::new(crate::types::list::new_list(Vec::new())).expect("list");
    crate::attr::setattr(cls.get(), intern("_abc_registry"), registry.get())?;
    Ok(cls.release())
}

/// `cls.register(subclass)`: a virtual subclass; returns it (so it works as a decorator).
fn abcmeta_register(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("register", args, kwnames, &["subclass"], 1)?;
    let sub = a.req(0);
    let Some(sub_t) = as_type(sub) else {
        return Err(type_error("Can only register classes"));
    };
    if is_subclass(sub_t, cls)? {
        return Ok(sub.incref());
    }
    let cls_t = as_type(cls).expect("a class");
    if cls_t.is_subtype(sub_t) {
        return Err(crate::errors::raise(
            &crate::types::exceptions::RUNTIME_ERROR,
            "Refusing to create an inheritance cycle",
        ));
    }
    let registry = Owned::new(crate::attr::getattr(cls, intern("_abc_registry"))?).expect("list");
    crate::types::list::list_append(registry.get(), sub);
    Ok(sub.incref())
}

/// Is `sub` a subclass of the ABC `cls`, real or virtual?
fn is_subclass(sub: &'static TypeObject, cls: Obj) -> PyResult<bool> {
    let cls_t = as_type(cls).expect("a class");
    if sub.is_subtype(cls_t) {
        return Ok(true);
    }
    if let Some(hook) = crate::attr::getattr_opt(cls, intern("__subclasshook__"))? {
        let hook = Owned::new(hook).expect("hook");
        let r = Owned::new(crate::call::call(hook.get(), &[sub.obj()], Obj::NULL)?).expect("r");
        if r.get() != not_implemented() {
            return crate::ops::is_true(r.get());
        }
    }
    if let Some(registry) = crate::attr::getattr_opt(cls, intern("_abc_registry"))? {
        let registry = Owned::new(registry).expect("list");
        for r in crate::ops::collect_iterable(registry.get())? {
            let r = Owned::new(r).expect("class");
            if let Some(rt) = as_type(r.get()) {
                if sub.is_subtype(rt) || (is_abc(rt) && is_subclass(sub, r.get())?) {
                    return Ok(true);
                }
            }
        }
    }
    if cls_t.is_heap() {
        let subs = crate::types::heaptype::heap(cls_t).subclasses.borrow().clone();
        for s in subs {
            if is_abc(s) && is_subclass(sub, s.obj())? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Is `t` an abstract base class (made by `ABCMeta`)?
fn is_abc(t: &'static TypeObject) -> bool {
    type_lookup(t, intern("_abc_registry")).is_some()
}

fn abcmeta_subclasscheck(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("__subclasscheck__", args, kwnames, &["subclass"], 1)?;
    let Some(sub) = as_type(a.req(0)) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(new_bool(is_subclass(sub, cls)?))
}

fn abcmeta_instancecheck(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("__instancecheck__", args, kwnames, &["instance"], 1)?;
    Ok(new_bool(is_subclass(a.req(0).ty(), cls)?))
}

/// `abstractmethod(f)`: mark `f` abstract and return it.
fn abstractmethod(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("abstractmethod", args, kwnames, &["funcobj"], 1)?;
    crate::attr::setattr(a.req(0), intern("__isabstractmethod__"), crate::types::int::TRUE.obj())?;
    Ok(a.req(0).incref())
}

/// `object.__new__`'s check: a class with abstract methods left cannot be instantiated.
pub fn check_instantiable(ty: &'static TypeObject) -> PyResult<()> {
    if !ty.is_heap() {
        return Ok(());
    }
    let Some(abstracts) = type_lookup(ty, intern("__abstractmethods__")) else { return Ok(()) };
    let abstracts = Owned::new(abstracts.incref()).expect("set");
    let mut names: Vec<String> = Vec::new();
    for n in crate::ops::collect_iterable(abstracts.get())? {
        let n = Owned::new(n).expect("name");
        names.push(crate::ops::str_string(n.get())?);
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let list = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    Err(type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {list}",
        ty.name,
        if names.len() == 1 { "" } else { "s" }
    )))
}

static ABCMETA_NEW: StaticObject<BuiltinFunction> =
    StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: "__new__", f: abcmeta_new });
static ABSTRACTMETHOD: StaticObject<BuiltinFunction> =
    StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: "abstractmethod", f: abstractmethod });

static ABCMETA_METHODS: [crate::typeobj::MethodDef; 3] = [
    crate::typeobj::MethodDef { name: "register", meth: abcmeta_register },
    crate::typeobj::MethodDef { name: "__subclasscheck__", meth: abcmeta_subclasscheck },
    crate::typeobj::MethodDef { name: "__instancecheck__", meth: abcmeta_instancecheck },
];

/// Create a class with `type_new` from (name, value) pairs (values stolen).
fn make_class(meta: &'static TypeObject, name: &str, bases: Vec<Obj>, attrs: Vec<(&str, Obj)>) -> Obj {
    let ns = Owned::new(crate::types::dict::new_dict()).expect("dict");
    for (k, v) in attrs {
        let k = Owned::new(new_str(k)).expect("str");
        dict_data(ns.get()).set(k.get(), v).expect("str keys");
        v.decref();
    }
    let module = Owned::new(new_str("abc")).expect("str");
    dict_data(ns.get()).set(intern("__module__"), module.get()).expect("str keys");
    let name = Owned::new(new_str(name)).expect("str");
    let bases = Owned::new(new_tuple(bases)).expect("tuple");
    crate::types::heaptype::type_new(meta, name.get(), bases.get(), ns.get(), Obj::NULL).expect("abc classes are valid")
}

pub fn init() -> Obj {
    let m = new_module("abc");
    let mut attrs: Vec<(&str, Obj)> = vec![("__new__", new_staticmethod(ABCMETA_NEW.obj()))];
    for def in &ABCMETA_METHODS {
        attrs.push((def.name, new_method_descr(&TYPE_TYPE, def)));
    }
    let abcmeta = make_class(&TYPE_TYPE, "ABCMeta", vec![TYPE_TYPE.obj()], attrs);
    // `class ABC(metaclass=ABCMeta): __slots__ = ()`, through the metaclass's `__new__`.
    let ns = Owned::new(crate::types::dict::new_dict()).expect("dict");
    let empty = Owned::new(new_tuple(Vec::new())).expect("tuple");
    let module = Owned::new(new_str("abc")).expect("str");
    dict_data(ns.get()).set(intern("__slots__"), empty.get()).expect("str keys");
    dict_data(ns.get()).set(intern("__module__"), module.get()).expect("str keys");
    let name = Owned::new(new_str("ABC")).expect("str");
    let abc =
        crate::call::call(abcmeta, &[name.get(), empty.get(), ns.get()], Obj::NULL).expect("ABC is a valid class");
    crate::types::module::module_set(m, "ABCMeta", abcmeta);
    crate::types::module::module_set(m, "ABC", abc);
    crate::types::module::module_set(m, "abstractmethod", ABSTRACTMETHOD.obj());
    m
}

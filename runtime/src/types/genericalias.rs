//! `types.GenericAlias` (`list[int]`, from a built-in container's `__class_getitem__`) and
//! `types.UnionType` (`int | str`), after CPython's `Objects/genericaliasobject.c` and
//! `Objects/unionobject.c`.
//!
//! A generic alias holds its origin (the class subscripted) and its arguments (a tuple; a
//! single argument is wrapped). It prints as `list[int]`, forwards other attributes to its
//! origin, constructs the origin when called, compares and hashes by origin and arguments,
//! and refuses to be the second argument of `isinstance`/`issubclass`. `__parameters__` is
//! always empty: ophis has no `TypeVar`s.
//!
//! A union holds its distinct members (flattened, `None` stored as `NoneType`), prints as
//! `int | str`, and is accepted by `isinstance`/`issubclass` as the tuple of its members.
//! `X | Y` on classes (the `nb_or` of `type`) makes one when both sides are classes, `None`,
//! aliases or unions; a union of one member is that member.

use crate::call::kwnames_len;
use crate::errors::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{CompareOp, MethodDef, NumberMethods, TypeObject};
use crate::types::str::{new_string, str_value};
use crate::types::tuple::{is_tuple, new_tuple, tuple_items};
use crate::types::typetype::{as_type, ELLIPSIS, NONE_TYPE};
use crate::types::{none, not_implemented};

struct Alias {
    origin: Obj,
    args: Obj,
}

pub fn is_generic_alias(o: Obj) -> bool {
    o.is_type(&GENERIC_ALIAS_TYPE)
}

pub fn is_union(o: Obj) -> bool {
    o.is_type(&UNION_TYPE)
}

/// `GenericAlias(origin, args)`; `args` is wrapped in a tuple unless it is one.
pub fn new_generic_alias(origin: Obj, args: Obj) -> Obj {
    let args = if is_tuple(args) { args.incref() } else { new_tuple(vec![args.incref()]) };
    alloc(&GENERIC_ALIAS_TYPE, Alias { origin: origin.incref(), args })
}

/// `list.__class_getitem__(item)`, shared by the built-in generic classes.
pub fn class_getitem(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 || args.len() != 1 {
        return Err(type_error(format!(
            "{}.__class_getitem__() takes exactly one argument ({} given)",
            as_type(cls).map_or("type", |t| t.name.get()),
            args.len()
        )));
    }
    Ok(new_generic_alias(cls, args[0]))
}

/// `types.GenericAlias(origin, args)` (`ga_new`), so a Python class's `__class_getitem__`
/// can be `classmethod(GenericAlias)` as in the standard library.
fn alias_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!("GenericAlias expected 2 arguments, got {}", args.len())));
    }
    Ok(new_generic_alias(args[0], args[1]))
}

pub static CLASS_GETITEM_DEF: MethodDef = MethodDef { name: "__class_getitem__", meth: class_getitem };

/// `_Py_typing_type_repr`: a class as `module.qualname` (no module for builtins), `...`, or
/// the item's repr.
fn type_repr_for(o: Obj, out: &mut String) -> PyResult<()> {
    if o == ELLIPSIS.obj() {
        out.push_str("...");
        return Ok(());
    }
    if let Some(t) = as_type(o) {
        if !is_generic_alias(o) {
            let module = crate::types::heaptype::module_name(t);
            let qual = crate::types::heaptype::qualname(t);
            if module == "builtins" {
                out.push_str(&qual);
            } else {
                out.push_str(&format!("{module}.{qual}"));
            }
            return Ok(());
        }
    }
    out.push_str(&crate::ops::repr_string(o)?);
    Ok(())
}

fn alias_repr(o: Obj) -> PyResult<Obj> {
    let a = payload::<Alias>(o);
    let mut s = String::new();
    type_repr_for(a.origin, &mut s)?;
    s.push('[');
    let items = tuple_items(a.args);
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if is_tuple(*it) {
            // A nested list of arguments (`Callable[[int], str]`) prints as a list.
            s.push('[');
            for (j, x) in tuple_items(*it).iter().enumerate() {
                if j > 0 {
                    s.push_str(", ");
                }
                type_repr_for(*x, &mut s)?;
            }
            s.push(']');
        } else {
            type_repr_for(*it, &mut s)?;
        }
    }
    s.push(']');
    Ok(new_string(s))
}

fn alias_dealloc(o: Obj) {
    let a = payload::<Alias>(o);
    a.origin.decref();
    a.args.decref();
    dealloc_box::<Alias>(o);
}

fn alias_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let a = payload::<Alias>(o);
    match str_value(name) {
        "__origin__" => Ok(a.origin.incref()),
        "__args__" => Ok(a.args.incref()),
        "__parameters__" => Ok(new_tuple(vec![])),
        "__class__" => Ok(GENERIC_ALIAS_TYPE.obj()),
        "__mro_entries__" | "__instancecheck__" | "__subclasscheck__" | "__reduce__" => {
            crate::attr::generic_getattr(o, name)
        }
        _ => crate::attr::getattr(a.origin, name),
    }
}

fn alias_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = payload::<Alias>(o);
    let r = crate::call::call(a.origin, args, kwnames)?;
    // `__orig_class__` is recorded when the instance allows it; failures are ignored.
    if crate::attr::setattr(r, crate::slots::intern("__orig_class__"), o).is_err() {
        crate::errors::fetch().xdecref();
    }
    Ok(r)
}

fn alias_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_generic_alias(a) || !is_generic_alias(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented().incref());
    }
    let (x, y) = (payload::<Alias>(a), payload::<Alias>(b));
    let eq = crate::ops::rich_compare_bool(x.origin, y.origin, CompareOp::Eq)?
        && crate::ops::rich_compare_bool(x.args, y.args, CompareOp::Eq)?;
    Ok(crate::types::int::new_bool(eq == (op == CompareOp::Eq)))
}

fn alias_hash(o: Obj) -> PyResult<i64> {
    let a = payload::<Alias>(o);
    Ok(crate::ops::hash(a.origin)? ^ crate::ops::hash(a.args)?)
}

fn alias_getitem(o: Obj, _key: Obj) -> PyResult<Obj> {
    let r = Owned::new(alias_repr(o)?).expect("repr");
    Err(type_error(format!("{} is not a generic class", str_value(r.get()))))
}

fn alias_mro_entries(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(new_tuple(vec![payload::<Alias>(o).origin.incref()]))
}

fn alias_instancecheck(_o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Err(type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn alias_subclasscheck(_o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Err(type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

static ALIAS_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__mro_entries__", meth: alias_mro_entries },
    MethodDef { name: "__instancecheck__", meth: alias_instancecheck },
    MethodDef { name: "__subclasscheck__", meth: alias_subclasscheck },
];

const OR_NUMBER: NumberMethods = NumberMethods { nb_or: Some(type_or), ..NumberMethods::NONE };

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("types.GenericAlias"),
    tp_dealloc: alias_dealloc,
    tp_repr: Some(alias_repr),
    tp_getattro: Some(alias_getattro),
    tp_call: Some(alias_call),
    tp_new: Some(alias_new),
    tp_richcompare: Some(alias_richcompare),
    tp_hash: Some(alias_hash),
    tp_as_number: OR_NUMBER,
    mp_subscript: Some(alias_getitem),
    methods: &ALIAS_METHODS,
    ..TypeObject::DEFAULT
};

// ---- types.UnionType ---------------------------------------------------------------------------

/// The members of a union (borrowed tuple).
pub fn union_args(o: Obj) -> Obj {
    *payload::<Obj>(o)
}

/// Can `o` be a member of a union (`is_unionable`)?
fn unionable(o: Obj) -> bool {
    o == none() || as_type(o).is_some() || is_generic_alias(o) || is_union(o)
}

/// `X | Y` for classes, `None`, aliases and unions (`_Py_union_type_or`); `NotImplemented`
/// otherwise.
pub fn type_or(a: Obj, b: Obj) -> PyResult<Obj> {
    if !unionable(a) || !unionable(b) {
        return Ok(not_implemented().incref());
    }
    let mut members: Vec<Obj> = Vec::new();
    for side in [a, b] {
        let items: Vec<Obj> = if is_union(side) { tuple_items(union_args(side)).to_vec() } else { vec![side] };
        for it in items {
            let it = if it == none() { NONE_TYPE.obj() } else { it };
            let mut dup = false;
            for m in &members {
                // Classes are compared by identity, aliases by value (`unionobject.c`'s dedup).
                if *m == it
                    || (is_generic_alias(*m)
                        && is_generic_alias(it)
                        && crate::ops::rich_compare_bool(*m, it, CompareOp::Eq)?)
                {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(it);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members[0].incref());
    }
    let args = new_tuple(members.into_iter().map(Obj::incref).collect());
    Ok(alloc(&UNION_TYPE, args))
}

fn union_repr(o: Obj) -> PyResult<Obj> {
    let mut s = String::new();
    for (i, m) in tuple_items(union_args(o)).iter().enumerate() {
        if i > 0 {
            s.push_str(" | ");
        }
        if *m == NONE_TYPE.obj() {
            s.push_str("None");
        } else {
            type_repr_for(*m, &mut s)?;
        }
    }
    Ok(new_string(s))
}

fn union_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    match str_value(name) {
        "__args__" => Ok(union_args(o).incref()),
        "__parameters__" => Ok(new_tuple(vec![])),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn union_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_union(a) || !is_union(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented().incref());
    }
    // Equal as sets of members.
    let (x, y) = (tuple_items(union_args(a)), tuple_items(union_args(b)));
    let mut eq = true;
    for (p, q) in [(x, y), (y, x)] {
        for m in p {
            let mut found = false;
            for n in q {
                if crate::ops::rich_compare_bool(*m, *n, CompareOp::Eq)? {
                    found = true;
                    break;
                }
            }
            eq &= found;
        }
    }
    Ok(crate::types::int::new_bool(eq == (op == CompareOp::Eq)))
}

fn union_hash(o: Obj) -> PyResult<i64> {
    // Order-independent, as `hash(frozenset(args))` is.
    let mut h: i64 = 0x345678;
    for m in tuple_items(union_args(o)) {
        h ^= crate::ops::hash(*m)?.wrapping_mul(0x27d4eb2d);
    }
    Ok(if h == -1 { -2 } else { h })
}

pub static UNION_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("types.UnionType"),
    tp_dealloc: |o| {
        payload::<Obj>(o).decref();
        dealloc_box::<Obj>(o);
    },
    tp_repr: Some(union_repr),
    tp_getattro: Some(union_getattro),
    tp_richcompare: Some(union_richcompare),
    tp_hash: Some(union_hash),
    tp_as_number: OR_NUMBER,
    ..TypeObject::DEFAULT
};

//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | None`): the run-time
//! objects of PEP 585 and PEP 604 (`Objects/genericaliasobject.c`, `Objects/unionobject.c`).
//!
//! A generic alias records its origin (the class subscripted) and its arguments (always a
//! tuple); calling it constructs the origin (and records `__orig_class__` on the result when
//! it can), other attributes come from the origin, and `__mro_entries__` lets a class inherit
//! from it. Its `__parameters__` are the type variables among the arguments (objects with
//! `__typing_subst__`, such as `typing.TypeVar`, and the parameters of nested aliases), and
//! subscripting an alias with parameters substitutes them.
//!
//! A union holds at least two distinct arguments, flattened (`(int | str) | None` has three)
//! and de-duplicated, with `None` recorded as `NoneType`; `int | int` is `int` itself.
//! `isinstance`/`issubclass` treat a union as the tuple of its arguments (`builtins.rs`).
//!
//! Invariants: `args` is a tuple (owned); `parameters` is null until first asked for.

use crate::errors::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{CompareOp, MethodDef, NumberMethods, TypeObject};
use crate::types::str::{new_str, new_string, str_value};
use crate::types::tuple::{is_tuple, new_tuple, tuple_items};
use crate::types::typetype::{as_type, NONE_TYPE};
use crate::types::{none, not_implemented};

pub struct AliasData {
    origin: Obj,
    args: Obj,
    parameters: Obj,
}

pub struct UnionData {
    args: Obj,
    parameters: Obj,
}

/// `GenericAlias(origin, args)`: a new alias (`args` borrowed; a tuple is the argument list,
/// anything else is wrapped in one).
pub fn new_generic_alias(origin: Obj, key: Obj) -> Obj {
    let args = if is_tuple(key) { key.incref() } else { new_tuple(vec![key.incref()]) };
    alloc(&GENERIC_ALIAS_TYPE, AliasData { origin: origin.incref(), args, parameters: Obj::NULL })
}

pub fn is_generic_alias(o: Obj) -> bool {
    !o.is_small() && o.is_type(&GENERIC_ALIAS_TYPE)
}

pub fn is_union(o: Obj) -> bool {
    !o.is_small() && o.is_type(&UNION_TYPE)
}

/// The arguments of a union (borrowed tuple).
pub fn union_args(o: Obj) -> Obj {
    payload::<UnionData>(o).args
}

/// `list.__class_getitem__(item)`, shared by the built-in generic classes (`descr.rs` puts it
/// in their dicts as a class method).
pub fn class_getitem(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 || args.len() != 1 {
        return Err(type_error(format!(
            "{}.__class_getitem__() takes exactly one argument ({} given)",
            as_type(cls).map_or("type", |t| t.name.get()),
            args.len()
        )));
    }
    Ok(new_generic_alias(cls, args[0]))
}

pub static CLASS_GETITEM_DEF: MethodDef = MethodDef { name: "__class_getitem__", meth: class_getitem };

fn alias_dealloc(o: Obj) {
    let d = payload::<AliasData>(o);
    d.origin.decref();
    d.args.decref();
    d.parameters.xdecref();
    dealloc_box::<AliasData>(o);
}

fn union_dealloc(o: Obj) {
    let d = payload::<UnionData>(o);
    d.args.decref();
    d.parameters.xdecref();
    dealloc_box::<UnionData>(o);
}

/// One argument as an alias's repr writes it (`ga_repr_item`): `...`, another alias by its
/// repr, a class as `module.qualname` (bare for builtins), anything else by `repr`.
fn repr_item(o: Obj, out: &mut String) -> PyResult<()> {
    if o == crate::types::typetype::ELLIPSIS.obj() {
        out.push_str("...");
        return Ok(());
    }
    if crate::types::list::is_list(o) {
        out.push('[');
        for (i, x) in crate::types::list::list_items(o).clone().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            repr_item(*x, out)?;
        }
        out.push(']');
        return Ok(());
    }
    let has = |n: &'static str| -> PyResult<Option<Obj>> { crate::attr::getattr_opt(o, crate::slots::intern(n)) };
    if !is_generic_alias(o) && !is_union(o) {
        if let Some(origin) = has("__origin__")? {
            origin.decref();
            if let Some(args) = has("__args__")? {
                args.decref();
                out.push_str(&crate::ops::repr_string(o)?);
                return Ok(());
            }
        }
        if as_type(o).is_some() {
            if let (Some(q), Some(m)) = (has("__qualname__")?, has("__module__")?) {
                let (q, m) = (Owned::new(q).expect("q"), Owned::new(m).expect("m"));
                let q = crate::ops::str_string(q.get())?;
                let m = crate::ops::str_string(m.get())?;
                if m != "builtins" {
                    out.push_str(&m);
                    out.push('.');
                }
                out.push_str(&q);
                return Ok(());
            }
        }
    }
    out.push_str(&crate::ops::repr_string(o)?);
    Ok(())
}

fn alias_repr(o: Obj) -> PyResult<Obj> {
    let d = payload::<AliasData>(o);
    let mut out = String::new();
    repr_item(d.origin, &mut out)?;
    out.push('[');
    let args = tuple_items(d.args);
    if args.is_empty() {
        out.push_str("()");
    }
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_item(*a, &mut out)?;
    }
    out.push(']');
    Ok(new_string(out))
}

/// The type variables among `args` (`_Py_make_parameters`), as a new tuple.
fn make_parameters(args: Obj) -> PyResult<Obj> {
    let mut params: Vec<Obj> = Vec::new();
    let add = |p: Obj, params: &mut Vec<Obj>| {
        if !params.contains(&p) {
            params.push(p.incref());
        }
    };
    for &a in tuple_items(args) {
        if as_type(a).is_some() {
            continue;
        }
        if let Some(s) = crate::attr::getattr_opt(a, crate::slots::intern("__typing_subst__"))? {
            s.decref();
            add(a, &mut params);
            continue;
        }
        if let Some(ps) = crate::attr::getattr_opt(a, crate::slots::intern("__parameters__"))? {
            let ps = Owned::new(ps).expect("params");
            if is_tuple(ps.get()) {
                for &p in tuple_items(ps.get()) {
                    add(p, &mut params);
                }
            }
        }
    }
    Ok(new_tuple(params))
}

fn parameters_of(slot: &mut Obj, args: Obj) -> PyResult<Obj> {
    if slot.is_null() {
        *slot = make_parameters(args)?;
    }
    Ok(slot.incref())
}

/// Replace the type variables `params` in `args` by `values` (`_Py_subs_parameters`, for
/// the plain cases: a type variable is replaced by its value; an argument with parameters of
/// its own is subscripted with the values of those).
fn substitute(args: Obj, params: Obj, values: &[Obj]) -> PyResult<Obj> {
    let params = tuple_items(params);
    let mut out = Vec::new();
    for &a in tuple_items(args) {
        if let Some(i) = params.iter().position(|p| *p == a) {
            out.push(values[i].incref());
            continue;
        }
        let sub = if as_type(a).is_some() {
            None
        } else {
            crate::attr::getattr_opt(a, crate::slots::intern("__parameters__"))?
        };
        match sub {
            Some(ps) if is_tuple(ps) && !tuple_items(ps).is_empty() => {
                let ps = Owned::new(ps).expect("params");
                let vals: Vec<Obj> = tuple_items(ps.get())
                    .iter()
                    .map(|p| params.iter().position(|q| q == p).map_or(*p, |i| values[i]).incref())
                    .collect();
                let key = Owned::new(if vals.len() == 1 { vals[0] } else { new_tuple(vals) }).expect("key");
                match crate::ops::getitem(a, key.get()) {
                    Ok(v) => out.push(v),
                    Err(e) => {
                        out.into_iter().for_each(Obj::decref);
                        return Err(e);
                    }
                }
            }
            other => {
                if let Some(o) = other {
                    o.decref();
                }
                out.push(a.incref());
            }
        }
    }
    Ok(new_tuple(out))
}

fn alias_getitem(o: Obj, key: Obj) -> PyResult<Obj> {
    let d = payload::<AliasData>(o);
    let params = Owned::new(parameters_of(&mut d.parameters, d.args)?).expect("params");
    let np = tuple_items(params.get()).len();
    if np == 0 {
        let r = Owned::new(alias_repr(o)?).expect("repr");
        return Err(type_error(format!("{} is not a generic class", str_value(r.get()))));
    }
    let values: Vec<Obj> = if is_tuple(key) { tuple_items(key).to_vec() } else { vec![key] };
    if values.len() != np {
        let r = Owned::new(alias_repr(o)?).expect("repr");
        return Err(type_error(format!(
            "Too {} arguments for {}; actual {}, expected {np}",
            if values.len() > np { "many" } else { "few" },
            str_value(r.get()),
            values.len()
        )));
    }
    let args = Owned::new(substitute(d.args, params.get(), &values)?).expect("args");
    Ok(new_generic_alias(d.origin, args.get()))
}

fn alias_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let d = payload::<AliasData>(o);
    match str_value(name) {
        "__origin__" => Ok(d.origin.incref()),
        "__args__" => Ok(d.args.incref()),
        "__parameters__" => parameters_of(&mut d.parameters, d.args),
        "__unpacked__" => Ok(crate::types::int::new_bool(false)),
        "__class__"
        | "__mro_entries__"
        | "__instancecheck__"
        | "__subclasscheck__"
        | "__reduce__"
        | "__copy__"
        | "__deepcopy__"
        | "__reduce_ex__"
        | "__typing_unpacked_tuple_args__" => crate::attr::generic_getattr(o, name),
        _ => crate::attr::getattr(d.origin, name),
    }
}

/// Calling an alias constructs its origin and tells the result where it came from.
fn alias_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let d = payload::<AliasData>(o);
    let r = crate::call::call(d.origin, args, kwnames)?;
    if crate::attr::setattr(r, crate::slots::intern("__orig_class__"), o).is_err() {
        let e = crate::errors::current();
        let ty = e.ty();
        if !ty.is_subtype(&crate::types::exceptions::ATTRIBUTE_ERROR)
            && !ty.is_subtype(&crate::types::exceptions::TYPE_ERROR)
        {
            r.decref();
            return Err(crate::errors::Raised);
        }
        crate::errors::fetch().decref();
    }
    Ok(r)
}

fn alias_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_generic_alias(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented().incref());
    }
    let (x, y) = (payload::<AliasData>(a), payload::<AliasData>(b));
    let eq = crate::ops::rich_compare_bool(x.origin, y.origin, CompareOp::Eq)?
        && crate::ops::rich_compare_bool(x.args, y.args, CompareOp::Eq)?;
    Ok(crate::types::int::new_bool(eq == (op == CompareOp::Eq)))
}

fn alias_hash(o: Obj) -> PyResult<i64> {
    let d = payload::<AliasData>(o);
    Ok(crate::ops::hash(d.origin)? ^ crate::ops::hash(d.args)?)
}

fn m_mro_entries(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::call::Args::parse("__mro_entries__", args, kwnames, &[""], 1)?;
    Ok(new_tuple(vec![payload::<AliasData>(o).origin.incref()]))
}

fn m_instancecheck(_o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Err(type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn m_subclasscheck(_o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Err(type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

static ALIAS_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__mro_entries__", meth: m_mro_entries },
    MethodDef { name: "__instancecheck__", meth: m_instancecheck },
    MethodDef { name: "__subclasscheck__", meth: m_subclasscheck },
];

/// `GenericAlias(origin, args)`, as `__class_getitem__ = classmethod(GenericAlias)` calls it.
fn alias_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) != 0 {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!("GenericAlias expected 2 arguments, got {}", args.len())));
    }
    Ok(new_generic_alias(args[0], args[1]))
}

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("types.GenericAlias"),
    tp_new: Some(alias_new),
    tp_dealloc: alias_dealloc,
    tp_repr: Some(alias_repr),
    tp_getattro: Some(alias_getattro),
    tp_call: Some(alias_call),
    tp_richcompare: Some(alias_richcompare),
    tp_hash: Some(alias_hash),
    mp_subscript: Some(alias_getitem),
    tp_as_number: NumberMethods { nb_or: Some(type_or), ..NumberMethods::NONE },
    methods: &ALIAS_METHODS,
    ..TypeObject::DEFAULT
};

// ---- unions -------------------------------------------------------------------------------------

/// Can `o` be an operand of `X | Y` between types (`is_unionable`)?
fn is_unionable(o: Obj) -> bool {
    o == none() || as_type(o).is_some() || is_generic_alias(o) || is_union(o)
}

/// `a | b` for classes, aliases and unions (`_Py_union_type_or`); `NotImplemented` when
/// either side is something else, so `typing`'s forms get their turn.
pub fn type_or(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(not_implemented().incref());
    }
    let mut items: Vec<Obj> = Vec::new();
    for side in [a, b] {
        let parts: Vec<Obj> = if is_union(side) { tuple_items(union_args(side)).to_vec() } else { vec![side] };
        for p in parts {
            let p = if p == none() { NONE_TYPE.obj() } else { p };
            let mut dup = false;
            for &q in &items {
                if q == p
                    || (is_generic_alias(q)
                        && is_generic_alias(p)
                        && crate::ops::rich_compare_bool(q, p, CompareOp::Eq)?)
                {
                    dup = true;
                    break;
                }
            }
            if !dup {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items[0].incref());
    }
    let args = new_tuple(items.iter().map(|o| o.incref()).collect());
    Ok(alloc(&UNION_TYPE, UnionData { args, parameters: Obj::NULL }))
}

fn union_repr(o: Obj) -> PyResult<Obj> {
    let mut out = String::new();
    for (i, &a) in tuple_items(union_args(o)).iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        if a == NONE_TYPE.obj() {
            out.push_str("None");
        } else {
            repr_item(a, &mut out)?;
        }
    }
    Ok(new_string(out))
}

fn union_set(o: Obj) -> PyResult<Owned> {
    Ok(Owned::new(crate::types::set::new_set_from(&crate::types::set::FROZENSET_TYPE, union_args(o))?).expect("set"))
}

fn union_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_union(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented().incref());
    }
    let (x, y) = (union_set(a)?, union_set(b)?);
    crate::ops::rich_compare(x.get(), y.get(), op)
}

fn union_hash(o: Obj) -> PyResult<i64> {
    crate::ops::hash(union_set(o)?.get())
}

fn union_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let d = payload::<UnionData>(o);
    match str_value(name) {
        "__args__" => Ok(d.args.incref()),
        "__parameters__" => parameters_of(&mut d.parameters, d.args),
        "__module__" => Ok(new_str("types")),
        _ => crate::attr::generic_getattr(o, name),
    }
}

pub static UNION_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("types.UnionType"),
    tp_dealloc: union_dealloc,
    tp_repr: Some(union_repr),
    tp_getattro: Some(union_getattro),
    tp_richcompare: Some(union_richcompare),
    tp_hash: Some(union_hash),
    tp_as_number: NumberMethods { nb_or: Some(type_or), ..NumberMethods::NONE },
    ..TypeObject::DEFAULT
};

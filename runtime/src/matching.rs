//! Unpacking and structural pattern matching: the runtime halves of CPython's
//! `UNPACK_SEQUENCE`/`UNPACK_EX` and `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and
//! `MATCH_CLASS` (`Python/ceval.c`: `unpack_iterable`, `match_keys`, `match_class`), with
//! CPython 3.12's messages. The compiler (`lower.rs::match_stmt`) does the rest inline.

use crate::errors::{type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::ops;
use crate::typeobj::TypeObject;
use crate::types::dict::{dict_update_from, is_dict, new_dict};
use crate::types::str::is_str;
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::typetype::as_type;
use crate::types::{none, type_name};

/// Unpack `o` into `before` values, a list of the rest and `after` values (`after` is `None`
/// for a target without a star: exactly `before` values). Reads an iterator only as far as
/// it must, as `unpack_iterable` does.
pub fn unpack(o: Obj, before: usize, after: Option<usize>) -> PyResult<Vec<Obj>> {
    if o.ty().lookup(|t| t.tp_iter).is_none() && !(o.ty().is_heap() && o.ty().lookup(|t| t.mp_subscript).is_some()) {
        return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(o))));
    }
    let mut out: Vec<Owned> = Vec::new();
    // Lists and tuples: their length is known, so the message says how many there were.
    if let Some(items) = crate::types::tuple::seq_items(o) {
        let got = items.len();
        match after {
            None if got != before => {
                return Err(if got < before {
                    value_error(format!("not enough values to unpack (expected {before}, got {got})"))
                } else {
                    value_error(format!("too many values to unpack (expected {before})"))
                });
            }
            Some(a) if got < before + a => {
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {got})",
                    before + a
                )));
            }
            _ => {}
        }
    }
    let it = Owned::new(ops::get_iter(o)?).expect("non-null");
    for i in 0..before {
        match ops::iter_next(it.get())? {
            Some(x) => out.push(Owned::new(x).expect("non-null")),
            None => {
                return Err(value_error(match after {
                    None => format!("not enough values to unpack (expected {before}, got {i})"),
                    Some(a) => format!("not enough values to unpack (expected at least {}, got {i})", before + a),
                }));
            }
        }
    }
    match after {
        None => {
            if let Some(extra) = ops::iter_next(it.get())? {
                extra.decref();
                return Err(value_error(format!("too many values to unpack (expected {before})")));
            }
        }
        Some(a) => {
            let mut rest = Vec::new();
            loop {
                match ops::iter_next(it.get()) {
                    Ok(Some(x)) => rest.push(x),
                    Ok(None) => break,
                    Err(e) => {
                        rest.into_iter().for_each(Obj::decref);
                        return Err(e);
                    }
                }
            }
            if rest.len() < a {
                let got = before + rest.len();
                rest.into_iter().for_each(Obj::decref);
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {got})",
                    before + a
                )));
            }
            let tail = rest.split_off(rest.len() - a);
            out.push(Owned::new(crate::types::list::new_list(rest)).expect("non-null"));
            out.extend(tail.into_iter().map(|x| Owned::new(x).expect("non-null")));
        }
    }
    Ok(out.into_iter().map(Owned::release).collect())
}

/// The built-in types whose instances are sequences for `match` (`Py_TPFLAGS_SEQUENCE`).
fn sequence_types() -> [&'static TypeObject; 4] {
    use crate::types::{list::LIST_TYPE, memoryview::MEMORYVIEW_TYPE, range::RANGE_TYPE, tuple::TUPLE_TYPE};
    [&LIST_TYPE, &TUPLE_TYPE, &RANGE_TYPE, &MEMORYVIEW_TYPE]
}

/// `MATCH_SEQUENCE` (a `collections.abc.Sequence` but not `str`, `bytes`, `bytearray`), then
/// the length check: `mode` 0 none, 1 `len == n`, 2 `len >= n`.
pub fn match_sequence(o: Obj, n: usize, mode: i64) -> PyResult<bool> {
    if o.is_small() || !sequence_types().iter().any(|t| o.ty().is_subtype(t)) {
        return Ok(false);
    }
    let len = if mode == 0 { 0 } else { ops::len(o)? };
    Ok(match mode {
        1 => len == n,
        2 => len >= n,
        _ => true,
    })
}

/// An item of a sequence pattern with a `*_`: `seq[i]`, or `seq[len(seq) - i]` after the star
/// (computed from the length, as CPython does, since a sequence need not take negative
/// indexes).
pub fn match_item(seq: Obj, i: i64, from_end: bool) -> PyResult<Obj> {
    let index = if from_end { ops::len(seq)? as i64 - i } else { i };
    ops::getitem(seq, Obj::from_small(index))
}

/// `MATCH_MAPPING` (a `dict` or a subclass: `Py_TPFLAGS_MAPPING`), then `len >= n` if `n > 0`.
pub fn match_mapping(o: Obj, n: usize) -> PyResult<bool> {
    if o.is_small() || !is_dict(o) {
        return Ok(false);
    }
    Ok(n == 0 || ops::len(o)? >= n)
}

/// Is `key` in `seen` already (by equality)? Adds it if not.
fn seen_before(seen: &mut Vec<Obj>, key: Obj) -> PyResult<bool> {
    ops::hash(key)?;
    for &k in seen.iter() {
        if k == key || ops::rich_compare_bool(k, key, crate::typeobj::CompareOp::Eq)? {
            return Ok(true);
        }
    }
    seen.push(key);
    Ok(false)
}

/// `MATCH_KEYS`: the values of `keys` (a tuple) in `map`, by `map.get(key, dummy)`, as a tuple;
/// `None` when a key is missing.
pub fn match_keys(map: Obj, keys: Obj) -> PyResult<Obj> {
    let keys = tuple_items(keys);
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let get = Owned::new(crate::attr::getattr(map, crate::slots::intern("get"))?).expect("non-null");
    let dummy =
        Owned::new(crate::call::call(crate::types::typetype::OBJECT_TYPE.obj(), &[], Obj::NULL)?).expect("non-null");
    let mut seen = Vec::new();
    let mut values: Vec<Owned> = Vec::new();
    for &k in keys {
        if seen_before(&mut seen, k)? {
            return Err(value_error(format!("mapping pattern checks duplicate key ({})", ops::repr_string(k)?)));
        }
        let v = Owned::new(crate::call::call(get.get(), &[k, dummy.get()], Obj::NULL)?).expect("non-null");
        if v.get() == dummy.get() {
            return Ok(none());
        }
        values.push(v);
    }
    Ok(new_tuple(values.into_iter().map(Owned::release).collect()))
}

/// `**rest` of a mapping pattern: a dict copy of `map` without `keys`.
pub fn match_rest(map: Obj, keys: Obj) -> PyResult<Obj> {
    let d = Owned::new(new_dict()).expect("non-null");
    dict_update_from(d.get(), map)?;
    for &k in tuple_items(keys) {
        ops::delitem(d.get(), k)?;
    }
    Ok(d.release())
}

/// Types whose single positional sub-pattern matches the subject itself
/// (`_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(t: &'static TypeObject) -> bool {
    use crate::types::{bytes::*, dict::DICT_TYPE, float::FLOAT_TYPE, int::*, list::LIST_TYPE, set::*};
    use crate::types::{str::STR_TYPE, tuple::TUPLE_TYPE};
    let selfish: [&'static TypeObject; 11] = [
        &BOOL_TYPE,
        &BYTEARRAY_TYPE,
        &BYTES_TYPE,
        &DICT_TYPE,
        &FLOAT_TYPE,
        &FROZENSET_TYPE,
        &INT_TYPE,
        &LIST_TYPE,
        &SET_TYPE,
        &STR_TYPE,
        &TUPLE_TYPE,
    ];
    selfish.iter().any(|s| t.is_subtype(s))
}

/// One attribute of a class pattern; `None` when the subject lacks it.
fn class_attr(subject: Obj, ty: &TypeObject, name: Obj, seen: &mut Vec<Owned>) -> PyResult<Option<Obj>> {
    if seen.iter().any(|s| crate::types::str::str_value(s.get()) == crate::types::str::str_value(name)) {
        return Err(type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            ty.name,
            ops::repr_string(name)?
        )));
    }
    seen.push(Owned::new(name.incref()).expect("non-null"));
    crate::attr::getattr_opt(subject, name)
}

/// `MATCH_CLASS`: `isinstance(subject, cls)`, then the attributes named by `cls.__match_args__`
/// for the `nargs` positional sub-patterns and by `kwnames` (a tuple of str), as a tuple;
/// `None` when the subject does not match.
pub fn match_class(subject: Obj, cls: Obj, nargs: usize, kwnames: Obj) -> PyResult<Obj> {
    let Some(ty) = as_type(cls) else {
        return Err(type_error("called match pattern must be a class"));
    };
    let spec = Owned::new(new_tuple(vec![cls.incref()])).expect("non-null");
    if !crate::builtins::class_matches(subject, Some(subject.ty()), spec.get(), "isinstance")? {
        return Ok(none());
    }
    let mut seen = Vec::new();
    let mut attrs: Vec<Owned> = Vec::new();
    if nargs > 0 {
        let match_args = crate::attr::getattr_opt(cls, crate::slots::intern("__match_args__"))?.map(Owned::new);
        let match_args = match_args.flatten();
        let (names, match_self): (Vec<Obj>, bool) = match &match_args {
            Some(m) => {
                if !m.get().is_type(&crate::types::tuple::TUPLE_TYPE) {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ty.name,
                        type_name(m.get())
                    )));
                }
                (tuple_items(m.get()).to_vec(), false)
            }
            None => (Vec::new(), matches_self(ty)),
        };
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                ty.name
            )));
        }
        if match_self {
            attrs.push(Owned::new(subject.incref()).expect("non-null"));
        } else {
            for &name in &names[..nargs] {
                if !name.is_type(&crate::types::str::STR_TYPE) {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match class_attr(subject, ty, name, &mut seen)? {
                    Some(a) => attrs.push(Owned::new(a).expect("non-null")),
                    None => return Ok(none()),
                }
            }
        }
    }
    for &name in tuple_items(kwnames) {
        debug_assert!(is_str(name));
        match class_attr(subject, ty, name, &mut seen)? {
            Some(a) => attrs.push(Owned::new(a).expect("non-null")),
            None => return Ok(none()),
        }
    }
    Ok(new_tuple(attrs.into_iter().map(Owned::release).collect()))
}

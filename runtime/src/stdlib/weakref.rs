//! `weakref`: `ref`, `proxy`, `getweakrefcount`, `getweakrefs`, `WeakValueDictionary`,
//! `WeakKeyDictionary`, `WeakSet` and `finalize` (`Lib/weakref.py`, `Lib/_weakrefset.py`,
//! `Modules/_weakref.c`).
//!
//! The reference types themselves are in `types/weakref.rs`. The containers and `finalize`
//! are built-in types here. Each keeps its weak references as *internal* references whose
//! owner is the container (or finalizer): when a referent dies, `types::weakref` calls
//! [`internal_callback`], which removes the entry at once, as CPython's callbacks
//! (`KeyedRef`'s `remove`, `_remove_dead_weakref`) do, so lengths and iteration never see dead
//! entries. A container detaches its references when it is freed, so an owner pointer never
//! dangles.
//!
//! - `WeakValueDictionary`: a dict key → internal reference to the value (the reference also
//!   holds the key, as a `KeyedRef`).
//! - `WeakKeyDictionary`: a dict internal reference to the key → value. A reference hashes
//!   as its referent and compares equal to a live reference to an equal object, so
//!   `data[ref(key)]` finds the entry; its hash is computed at insertion so that the entry can
//!   be removed once the key has died.
//! - `WeakSet`: a dict internal reference → `None`.
//! - `finalize(obj, func, *args, **kwargs)`: calls `func` once, when `obj` dies, when the
//!   finalizer is called, or at exit (`atexit`, newest first) if still alive; a registry keeps
//!   live finalizers alive, as `finalize._registry` does.
//!
//! Iteration takes a snapshot of the live entries (strong references), so callbacks firing
//! during a loop cannot disturb it.

use crate::call::{kwnames_len, Args};
use crate::errors::{raise_with_arg, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::dict::{dict_data, is_dict, new_dict};
use crate::types::exceptions as exc;
use crate::types::int::{new_bool, new_int};
use crate::types::list::new_list;
use crate::types::module::new_module;
use crate::types::none;
use crate::types::str::{new_string, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::weakref::{self as wr, Internal, REF_TYPE};
use std::cell::{Cell, RefCell};

/// The payload of the three containers: the dict described in the module doc (owned).
struct Container {
    data: Obj,
}

fn data(o: Obj) -> &'static mut crate::types::dict::DictData {
    dict_data(payload::<Container>(o).data)
}

/// The referent of an internal reference still alive (a new reference), if it is.
fn alive(r: Obj) -> Option<Owned> {
    let o = wr::weakref_data(r).referent.get();
    (!o.is_null()).then(|| Owned::new(o.incref()).expect("referent"))
}

fn container_dealloc(o: Obj) {
    let d = payload::<Container>(o).data;
    for (k, v) in dict_data(d).iter() {
        for r in [k, v] {
            if wr::is_ref(r) && wr::weakref_data(r).owner.get() == o {
                wr::detach(r);
            }
        }
    }
    d.decref();
    dealloc_box::<Container>(o);
}

fn key_error(k: Obj) -> crate::errors::Raised {
    raise_with_arg(&exc::KEY_ERROR, k.incref())
}

/// The one positional argument a container's constructor or `update` accepts, as (key,
/// value) pairs: a mapping with `items()`, or an iterable of pairs.
fn pairs_of(src: Obj) -> PyResult<Vec<(Owned, Owned)>> {
    let items = if is_dict(src) {
        dict_data(src).iter().map(|(k, v)| new_tuple(vec![k.incref(), v.incref()])).collect()
    } else if let Some(items) = crate::attr::getattr_opt(src, crate::slots::intern("items"))? {
        let items = Owned::new(items).expect("items");
        let it = Owned::new(crate::call::call(items.get(), &[], Obj::NULL)?).expect("items()");
        crate::ops::collect_iterable(it.get())?
    } else {
        crate::ops::collect_iterable(src)?
    };
    let mut out = Vec::new();
    for item in items {
        let item = Owned::new(item).expect("pair");
        let kv = crate::ops::collect_iterable(item.get())?;
        if kv.len() != 2 {
            let n = kv.len();
            kv.into_iter().for_each(Obj::decref);
            return Err(crate::errors::value_error(format!(
                "dictionary update sequence element has length {n}; 2 is required"
            )));
        }
        let mut kv = kv.into_iter();
        let k = Owned::new(kv.next().expect("key")).expect("key");
        let v = Owned::new(kv.next().expect("value")).expect("value");
        out.push((k, v));
    }
    Ok(out)
}

/// `(args, kwargs)` of a constructor or `update`: at most one positional, then keywords.
fn update_from(
    o: Obj,
    fname: &str,
    args: &[Obj],
    kwnames: Obj,
    set: fn(Obj, Obj, Obj) -> PyResult<()>,
) -> PyResult<()> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos > 1 {
        return Err(type_error(format!("{fname} expected at most 1 argument, got {npos}")));
    }
    if npos == 1 && args[0] != none() {
        for (k, v) in pairs_of(args[0])? {
            set(o, k.get(), v.get())?;
        }
    }
    for i in 0..nkw {
        set(o, tuple_items(kwnames)[i], args[npos + i])?;
    }
    Ok(())
}

fn iter_list(items: Vec<Obj>) -> PyResult<Obj> {
    let l = Owned::new(new_list(items)).expect("list");
    crate::ops::get_iter(l.get())
}

fn no_args(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    if !args.is_empty() || kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

// ---- WeakValueDictionary -----------------------------------------------------------------------

fn wvd_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = Owned::new(alloc(ty, Container { data: new_dict() })).expect("dict");
    update_from(o.get(), "WeakValueDictionary", args, kwnames, wvd_set)?;
    Ok(o.release())
}

fn wvd_set(o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let r = Owned::new(wr::new_weakref(&REF_TYPE, v, Obj::NULL, Internal::ValueDict, o)?).expect("ref");
    wr::weakref_data(r.get()).key.set(k.incref());
    data(o).set(k, r.get())
}

/// The live value for `k` (a new reference), if any.
fn wvd_lookup(o: Obj, k: Obj) -> PyResult<Option<Owned>> {
    Ok(data(o).get(k)?.and_then(alive))
}

fn wvd_getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    match wvd_lookup(o, k)? {
        Some(v) => Ok(v.release()),
        None => Err(key_error(k)),
    }
}

fn wvd_ass(o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    if !v.is_null() {
        return wvd_set(o, k, v);
    }
    match data(o).remove(k)? {
        Some(r) => {
            r.decref();
            Ok(())
        }
        None => Err(key_error(k)),
    }
}

/// Live entries as (key, value) pairs (new references).
fn wvd_entries(o: Obj) -> Vec<(Obj, Obj)> {
    data(o).iter().filter_map(|(k, r)| alive(r).map(|v| (k.incref(), v.release()))).collect()
}

fn wvd_keys(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("keys", args, kwnames)?;
    let entries = wvd_entries(o);
    iter_list(entries.into_iter().map(|(k, v)| (v.decref(), k).1).collect())
}

fn wvd_values(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("values", args, kwnames)?;
    let entries = wvd_entries(o);
    iter_list(entries.into_iter().map(|(k, v)| (k.decref(), v).1).collect())
}

fn wvd_items(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("items", args, kwnames)?;
    iter_list(wvd_entries(o).into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect())
}

fn wvd_get(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("get", args, kwnames, &["key", "default"], 1)?;
    Ok(match wvd_lookup(o, a.req(0))? {
        Some(v) => v.release(),
        None => a.get(1).unwrap_or_else(none).incref(),
    })
}

fn wvd_pop(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("pop", args, kwnames, &["key", "default"], 1)?;
    let k = a.req(0);
    let found = data(o).remove(k)?.map(|r| Owned::new(r).expect("ref"));
    match (found.and_then(|r| alive(r.get())), a.get(1)) {
        (Some(v), _) => Ok(v.release()),
        (None, Some(d)) => Ok(d.incref()),
        (None, None) => Err(key_error(k)),
    }
}

fn wvd_setdefault(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("setdefault", args, kwnames, &["key", "default"], 1)?;
    if let Some(v) = wvd_lookup(o, a.req(0))? {
        return Ok(v.release());
    }
    let d = a.get(1).unwrap_or_else(none);
    wvd_set(o, a.req(0), d)?;
    Ok(d.incref())
}

fn wvd_update(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    update_from(o, "update", args, kwnames, wvd_set)?;
    Ok(none().incref())
}

fn wvd_copy(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("copy", args, kwnames)?;
    let new = Owned::new(alloc(o.ty(), Container { data: new_dict() })).expect("dict");
    for (k, v) in wvd_entries(o) {
        let (k, v) = (Owned::new(k).expect("k"), Owned::new(v).expect("v"));
        wvd_set(new.get(), k.get(), v.get())?;
    }
    Ok(new.release())
}

fn container_clear(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("clear", args, kwnames)?;
    let old = std::mem::replace(&mut payload::<Container>(o).data, new_dict());
    let old = Owned::new(old).expect("dict");
    for (k, v) in dict_data(old.get()).iter() {
        for r in [k, v] {
            if wr::is_ref(r) && wr::weakref_data(r).owner.get() == o {
                wr::detach(r);
            }
        }
    }
    Ok(none().incref())
}

fn wvd_valuerefs(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("valuerefs", args, kwnames)?;
    Ok(new_list(data(o).iter().map(|(_, r)| r.incref()).collect()))
}

fn container_len(o: Obj) -> PyResult<usize> {
    Ok(data(o).len())
}

fn container_repr(o: Obj) -> PyResult<Obj> {
    let name = o.ty().name.rsplit('.').next().unwrap_or("");
    Ok(new_string(format!("<{name} at {:#x}>", o.0)))
}

static WVD_METHODS: [MethodDef; 10] = [
    MethodDef { name: "keys", meth: wvd_keys },
    MethodDef { name: "values", meth: wvd_values },
    MethodDef { name: "items", meth: wvd_items },
    MethodDef { name: "get", meth: wvd_get },
    MethodDef { name: "pop", meth: wvd_pop },
    MethodDef { name: "setdefault", meth: wvd_setdefault },
    MethodDef { name: "update", meth: wvd_update },
    MethodDef { name: "copy", meth: wvd_copy },
    MethodDef { name: "clear", meth: container_clear },
    MethodDef { name: "valuerefs", meth: wvd_valuerefs },
];

pub static WVD_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("weakref.WeakValueDictionary"),
    tp_dealloc: container_dealloc,
    tp_new: Some(wvd_new),
    tp_repr: Some(container_repr),
    tp_iter: Some(|o| iter_list(wvd_entries(o).into_iter().map(|(k, v)| (v.decref(), k).1).collect())),
    tp_hash: Some(crate::ops::hash_unhashable),
    sq_length: Some(container_len),
    sq_contains: Some(|o, k| Ok(wvd_lookup(o, k)?.is_some())),
    mp_subscript: Some(wvd_getitem),
    mp_ass_subscript: Some(wvd_ass),
    methods: &WVD_METHODS,
    ..TypeObject::DEFAULT
};

// ---- WeakKeyDictionary -------------------------------------------------------------------------

fn wkd_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = Owned::new(alloc(ty, Container { data: new_dict() })).expect("dict");
    update_from(o.get(), "WeakKeyDictionary", args, kwnames, wkd_set)?;
    Ok(o.release())
}

/// An internal reference to `k` owned by `o`, its hash remembered.
fn owned_ref(o: Obj, k: Obj, kind: Internal) -> PyResult<Owned> {
    let r = Owned::new(wr::new_weakref(&REF_TYPE, k, Obj::NULL, kind, o)?).expect("ref");
    wr::prime_hash(r.get())?;
    Ok(r)
}

fn wkd_set(o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let r = owned_ref(o, k, Internal::KeyDict)?;
    data(o).set(r.get(), v)
}

/// The plain reference to `k` that finds its entry (`ref(key)`), or `None` when `k` cannot
/// be weakly referenced.
fn probe(k: Obj) -> PyResult<Option<Owned>> {
    if !wr::weakrefable(k) {
        return Ok(None);
    }
    Ok(Some(Owned::new(wr::new_weakref(&REF_TYPE, k, Obj::NULL, Internal::None, Obj::NULL)?).expect("ref")))
}

fn strict_probe(k: Obj) -> PyResult<Owned> {
    let r = wr::new_weakref(&REF_TYPE, k, Obj::NULL, Internal::None, Obj::NULL)?;
    Ok(Owned::new(r).expect("ref"))
}

/// A missing key: `KeyError(ref(key))`, as `self.data[ref(key)]` raises it.
fn wkd_getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    let r = strict_probe(k)?;
    match data(o).get(r.get())? {
        Some(v) => Ok(v.incref()),
        None => Err(key_error(r.get())),
    }
}

fn wkd_ass(o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    if !v.is_null() {
        return wkd_set(o, k, v);
    }
    let r = strict_probe(k)?;
    match data(o).remove(r.get())? {
        Some(v) => {
            v.decref();
            Ok(())
        }
        None => Err(key_error(r.get())),
    }
}

fn wkd_contains(o: Obj, k: Obj) -> PyResult<bool> {
    match probe(k)? {
        Some(r) => Ok(data(o).get(r.get())?.is_some()),
        None => Ok(false),
    }
}

/// Live entries as (key, value) pairs (new references).
fn wkd_entries(o: Obj) -> Vec<(Obj, Obj)> {
    data(o).iter().filter_map(|(r, v)| alive(r).map(|k| (k.release(), v.incref()))).collect()
}

fn wkd_keys(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("keys", args, kwnames)?;
    iter_list(wkd_entries(o).into_iter().map(|(k, v)| (v.decref(), k).1).collect())
}

fn wkd_values(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("values", args, kwnames)?;
    iter_list(wkd_entries(o).into_iter().map(|(k, v)| (k.decref(), v).1).collect())
}

fn wkd_items(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("items", args, kwnames)?;
    iter_list(wkd_entries(o).into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect())
}

fn wkd_get(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("get", args, kwnames, &["key", "default"], 1)?;
    let found = match probe(a.req(0))? {
        Some(r) => data(o).get(r.get())?,
        None => None,
    };
    Ok(found.unwrap_or_else(|| a.get(1).unwrap_or_else(none)).incref())
}

fn wkd_pop(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("pop", args, kwnames, &["key", "default"], 1)?;
    let k = a.req(0);
    let r = strict_probe(k)?;
    match (data(o).remove(r.get())?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.incref()),
        (None, None) => Err(key_error(r.get())),
    }
}

fn wkd_setdefault(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("setdefault", args, kwnames, &["key", "default"], 1)?;
    let r = strict_probe(a.req(0))?;
    if let Some(v) = data(o).get(r.get())? {
        return Ok(v.incref());
    }
    let d = a.get(1).unwrap_or_else(none);
    wkd_set(o, a.req(0), d)?;
    Ok(d.incref())
}

fn wkd_update(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    update_from(o, "update", args, kwnames, wkd_set)?;
    Ok(none().incref())
}

fn wkd_copy(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("copy", args, kwnames)?;
    let new = Owned::new(alloc(o.ty(), Container { data: new_dict() })).expect("dict");
    for (k, v) in wkd_entries(o) {
        let (k, v) = (Owned::new(k).expect("k"), Owned::new(v).expect("v"));
        wkd_set(new.get(), k.get(), v.get())?;
    }
    Ok(new.release())
}

fn wkd_keyrefs(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("keyrefs", args, kwnames)?;
    Ok(new_list(data(o).iter().map(|(r, _)| r.incref()).collect()))
}

static WKD_METHODS: [MethodDef; 10] = [
    MethodDef { name: "keys", meth: wkd_keys },
    MethodDef { name: "values", meth: wkd_values },
    MethodDef { name: "items", meth: wkd_items },
    MethodDef { name: "get", meth: wkd_get },
    MethodDef { name: "pop", meth: wkd_pop },
    MethodDef { name: "setdefault", meth: wkd_setdefault },
    MethodDef { name: "update", meth: wkd_update },
    MethodDef { name: "copy", meth: wkd_copy },
    MethodDef { name: "clear", meth: container_clear },
    MethodDef { name: "keyrefs", meth: wkd_keyrefs },
];

pub static WKD_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("weakref.WeakKeyDictionary"),
    tp_dealloc: container_dealloc,
    tp_new: Some(wkd_new),
    tp_repr: Some(container_repr),
    tp_iter: Some(|o| iter_list(wkd_entries(o).into_iter().map(|(k, v)| (v.decref(), k).1).collect())),
    tp_hash: Some(crate::ops::hash_unhashable),
    sq_length: Some(container_len),
    sq_contains: Some(wkd_contains),
    mp_subscript: Some(wkd_getitem),
    mp_ass_subscript: Some(wkd_ass),
    methods: &WKD_METHODS,
    ..TypeObject::DEFAULT
};

// ---- WeakSet -----------------------------------------------------------------------------------

fn ws_add_item(o: Obj, item: Obj) -> PyResult<()> {
    let r = owned_ref(o, item, Internal::Set)?;
    if data(o).get(r.get())?.is_none() {
        data(o).set(r.get(), none())?;
    }
    Ok(())
}

fn ws_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("WeakSet", args, kwnames, &["data"], 0)?;
    let o = Owned::new(alloc(ty, Container { data: new_dict() })).expect("set");
    if let Some(src) = a.get(0).filter(|s| *s != none()) {
        for item in crate::ops::collect_iterable(src)? {
            let item = Owned::new(item).expect("item");
            ws_add_item(o.get(), item.get())?;
        }
    }
    Ok(o.release())
}

fn ws_items(o: Obj) -> Vec<Obj> {
    data(o).iter().filter_map(|(r, _)| alive(r).map(Owned::release)).collect()
}

fn ws_add(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("add", args, kwnames, &["item"], 1)?;
    ws_add_item(o, a.req(0))?;
    Ok(none().incref())
}

fn ws_remove_item(o: Obj, item: Obj) -> PyResult<bool> {
    let r = strict_probe(item)?;
    Ok(data(o).remove(r.get())?.map(Obj::decref).is_some())
}

fn ws_discard(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("discard", args, kwnames, &["item"], 1)?;
    ws_remove_item(o, a.req(0))?;
    Ok(none().incref())
}

fn ws_remove(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("remove", args, kwnames, &["item"], 1)?;
    let r = strict_probe(a.req(0))?;
    match data(o).remove(r.get())? {
        Some(v) => v.decref(),
        None => return Err(key_error(r.get())),
    }
    Ok(none().incref())
}

fn ws_update(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("update", args, kwnames, &["other"], 1)?;
    for item in crate::ops::collect_iterable(a.req(0))? {
        let item = Owned::new(item).expect("item");
        ws_add_item(o, item.get())?;
    }
    Ok(none().incref())
}

fn ws_copy(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("copy", args, kwnames)?;
    let new = Owned::new(alloc(o.ty(), Container { data: new_dict() })).expect("set");
    for item in ws_items(o) {
        let item = Owned::new(item).expect("item");
        ws_add_item(new.get(), item.get())?;
    }
    Ok(new.release())
}

fn ws_pop(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("pop", args, kwnames)?;
    loop {
        let Some((r, v)) = data(o).pop_last() else {
            return Err(raise_with_arg(&exc::KEY_ERROR, new_string("pop from empty WeakSet".into())));
        };
        v.decref();
        let r = Owned::new(r).expect("ref");
        if let Some(item) = alive(r.get()) {
            return Ok(item.release());
        }
    }
}

fn ws_repr(o: Obj) -> PyResult<Obj> {
    // `WeakSet.__repr__` is `repr(self.data)`, a set of references.
    let refs = Owned::new(new_list(data(o).iter().map(|(r, _)| r.incref()).collect())).expect("list");
    let s = Owned::new(crate::types::set::new_set_from(&crate::types::set::SET_TYPE, refs.get())?).expect("set");
    crate::ops::repr(s.get())
}

static WS_METHODS: [MethodDef; 7] = [
    MethodDef { name: "add", meth: ws_add },
    MethodDef { name: "discard", meth: ws_discard },
    MethodDef { name: "remove", meth: ws_remove },
    MethodDef { name: "update", meth: ws_update },
    MethodDef { name: "copy", meth: ws_copy },
    MethodDef { name: "pop", meth: ws_pop },
    MethodDef { name: "clear", meth: container_clear },
];

pub static WEAKSET_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_weakrefset.WeakSet"),
    tp_dealloc: container_dealloc,
    tp_new: Some(ws_new),
    tp_repr: Some(ws_repr),
    tp_iter: Some(|o| iter_list(ws_items(o))),
    tp_hash: Some(crate::ops::hash_unhashable),
    sq_length: Some(container_len),
    sq_contains: Some(|o, item| match probe(item)? {
        Some(r) => Ok(data(o).get(r.get())?.is_some()),
        None => Ok(false),
    }),
    methods: &WS_METHODS,
    ..TypeObject::DEFAULT
};

// ---- finalize ----------------------------------------------------------------------------------

struct Finalize {
    /// The internal reference to the object (owned), or null once dead or detached.
    r: Cell<Obj>,
    func: Cell<Obj>,
    /// Positional then keyword argument values (a tuple), and the keywords' names (or null).
    args: Cell<Obj>,
    kwnames: Cell<Obj>,
    atexit: Cell<bool>,
    index: u64,
}

thread_local! {
    /// Live finalizers (strong references), oldest first (`finalize._registry`).
    static REGISTRY: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
    static NEXT_INDEX: Cell<u64> = const { Cell::new(0) };
}

fn fin(o: Obj) -> &'static Finalize {
    payload::<Finalize>(o)
}

fn finalize_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - kwnames_len(kwnames);
    if npos < 2 {
        let missing = if npos == 0 { "'obj' and 'func'" } else { "'func'" };
        let n = 2 - npos;
        return Err(type_error(format!(
            "finalize.__init__() missing {n} required positional argument{}: {missing}",
            if n == 1 { "" } else { "s" }
        )));
    }
    let obj = args[0];
    let index = NEXT_INDEX.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    });
    let f = Owned::new(alloc(
        ty,
        Finalize {
            r: Cell::new(Obj::NULL),
            func: Cell::new(args[1].incref()),
            args: Cell::new(new_tuple(args[2..].iter().map(|a| a.incref()).collect())),
            kwnames: Cell::new(if kwnames_len(kwnames) > 0 { kwnames.incref() } else { Obj::NULL }),
            atexit: Cell::new(true),
            index,
        },
    ))
    .expect("finalize");
    let r = wr::new_weakref(&REF_TYPE, obj, Obj::NULL, Internal::Finalize, f.get())?;
    fin(f.get()).r.set(r);
    REGISTRY.with(|reg| reg.borrow_mut().push(f.get().incref()));
    Ok(f.release())
}

fn finalize_dealloc(o: Obj) {
    let f = fin(o);
    let r = f.r.replace(Obj::NULL);
    if !r.is_null() {
        wr::detach(r);
        r.decref();
    }
    f.func.replace(Obj::NULL).xdecref();
    f.args.replace(Obj::NULL).xdecref();
    f.kwnames.replace(Obj::NULL).xdecref();
    dealloc_box::<Finalize>(o);
}

/// Take `o` out of the registry and out of service: returns its (reference, function,
/// arguments, keyword names) if it was alive, each owned.
fn take(o: Obj) -> Option<(Obj, Obj, Obj, Obj)> {
    let f = fin(o);
    let r = f.r.replace(Obj::NULL);
    if r.is_null() {
        return None;
    }
    let reg = REGISTRY.with(|reg| {
        let mut reg = reg.borrow_mut();
        reg.iter().position(|x| *x == o).map(|i| reg.remove(i))
    });
    // The registry's reference goes once the call is done (the caller holds `o`).
    reg.into_iter().for_each(Obj::decref);
    Some((r, f.func.replace(none().incref()), f.args.replace(new_tuple(vec![])), f.kwnames.replace(Obj::NULL)))
}

/// Call the function of a finalizer taken out of service.
fn run(func: Obj, args: Obj, kwnames: Obj) -> PyResult<Obj> {
    let (func, args) = (Owned::new(func).expect("func"), Owned::new(args).expect("args"));
    let r = crate::call::call(func.get(), tuple_items(args.get()), kwnames);
    kwnames.xdecref();
    r
}

/// The object died: call the function, reporting an exception as unraisable.
fn fire(o: Obj) {
    let o = Owned::new(o.incref()).expect("finalize");
    if let Some((r, func, args, kwnames)) = take(o.get()) {
        wr::detach(r);
        r.decref();
        if run(func, args, kwnames).map(Obj::decref).is_err() {
            crate::errors::write_unraisable(o.get());
        }
    }
}

fn finalize_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - kwnames_len(kwnames);
    if kwnames_len(kwnames) > 0 || npos > 1 {
        return Err(type_error(format!(
            "finalize.__call__() takes from 1 to 2 positional arguments but {} were given",
            npos + 1
        )));
    }
    match take(o) {
        Some((r, func, fargs, fkw)) => {
            wr::detach(r);
            r.decref();
            run(func, fargs, fkw)
        }
        None => Ok(none().incref()),
    }
}

/// `(obj, func, args, kwargs)` of a live finalizer (new references).
fn info(o: Obj) -> Option<Obj> {
    let f = fin(o);
    let r = f.r.get();
    if r.is_null() {
        return None;
    }
    let obj = alive(r)?;
    let kwnames = f.kwnames.get();
    let all = tuple_items(f.args.get());
    let nkw = kwnames_len(kwnames);
    let pos = new_tuple(all[..all.len() - nkw].iter().map(|a| a.incref()).collect());
    let kw = new_dict();
    for i in 0..nkw {
        // Keyword names are distinct str, so setting cannot fail.
        let _ = dict_data(kw).set(tuple_items(kwnames)[i], all[all.len() - nkw + i]);
    }
    Some(new_tuple(vec![obj.release(), f.func.get().incref(), pos, kw]))
}

fn finalize_detach(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("detach", args, kwnames)?;
    let Some(t) = info(o) else { return Ok(none().incref()) };
    if let Some((r, func, fargs, fkw)) = take(o) {
        wr::detach(r);
        r.decref();
        func.decref();
        fargs.decref();
        fkw.xdecref();
    }
    Ok(t)
}

fn finalize_peek(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("peek", args, kwnames)?;
    Ok(info(o).unwrap_or_else(|| none().incref()))
}

fn finalize_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    match str_value(name) {
        "alive" => Ok(new_bool(!fin(o).r.get().is_null())),
        "atexit" => Ok(new_bool(fin(o).atexit.get())),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn finalize_setattro(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    match str_value(name) {
        "atexit" if !value.is_null() => {
            fin(o).atexit.set(crate::ops::is_true(value)?);
            Ok(())
        }
        "alive" => Err(crate::errors::attribute_error(format!(
            "property 'alive' of 'finalize' object has no {}",
            if value.is_null() { "deleter" } else { "setter" }
        ))),
        _ => crate::attr::generic_setattr(o, name, value),
    }
}

fn finalize_repr(o: Obj) -> PyResult<Obj> {
    let r = fin(o).r.get();
    let obj = if r.is_null() { Obj::NULL } else { wr::weakref_data(r).referent.get() };
    Ok(new_string(if obj.is_null() {
        format!("<finalize object at {:#x}; dead>", o.0)
    } else {
        format!("<finalize object at {:#x}; for '{}' at {:#x}>", o.0, crate::types::type_name(obj), obj.0)
    }))
}

static FINALIZE_METHODS: [MethodDef; 2] =
    [MethodDef { name: "detach", meth: finalize_detach }, MethodDef { name: "peek", meth: finalize_peek }];

pub static FINALIZE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("weakref.finalize"),
    tp_dealloc: finalize_dealloc,
    tp_new: Some(finalize_new),
    tp_call: Some(finalize_call),
    tp_repr: Some(finalize_repr),
    tp_getattro: Some(finalize_getattro),
    tp_setattro: Some(finalize_setattro),
    methods: &FINALIZE_METHODS,
    ..TypeObject::DEFAULT
};

/// At exit: call the finalizers still alive whose `atexit` is true, newest first
/// (`finalize._exitfunc`); an exception is printed with its traceback and the next runs.
pub fn run_atexit() {
    loop {
        let next = REGISTRY.with(|reg| {
            let reg = reg.borrow();
            reg.iter().filter(|f| fin(**f).atexit.get()).max_by_key(|f| fin(**f).index).map(|f| f.incref())
        });
        let Some(f) = next else { break };
        let f = Owned::new(f).expect("finalize");
        if let Some((r, func, args, kwnames)) = take(f.get()) {
            wr::detach(r);
            r.decref();
            if run(func, args, kwnames).map(Obj::decref).is_err() {
                let e = crate::errors::fetch();
                crate::io::write_stderr(&crate::errors::format_exception(e));
                e.decref();
            }
        }
    }
}

// ---- the internal callbacks --------------------------------------------------------------------

/// An internal reference `r` owned by `owner` died (called by `types::weakref`).
pub fn internal_callback(kind: Internal, owner: Obj, r: Obj) {
    let owner = Owned::new(owner.incref()).expect("owner");
    let saved = crate::errors::fetch();
    match kind {
        Internal::ValueDict => {
            // Remove the entry only if it still holds this reference (`_remove_dead_weakref`).
            let key = wr::weakref_data(r).key.get();
            if !key.is_null() {
                let d = data(owner.get());
                if let Ok(Some(cur)) = d.get(key) {
                    if cur == r {
                        if let Ok(Some(v)) = d.remove(key) {
                            v.decref();
                        }
                    }
                }
            }
        }
        Internal::KeyDict | Internal::Set => {
            if let Ok(Some(v)) = data(owner.get()).remove(r) {
                v.decref();
            }
        }
        Internal::Finalize => fire(owner.get()),
        Internal::None => {}
    }
    // Removal can fail only if a key's `__eq__` raises; CPython ignores that too.
    crate::errors::fetch().xdecref();
    if !saved.is_null() {
        crate::errors::restore(saved);
    }
}

// ---- the module --------------------------------------------------------------------------------

fn proxy(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("proxy", args, kwnames, &["", ""], 1)?;
    wr::new_proxy(a.req(0), a.get(1).unwrap_or(Obj::NULL))
}

fn getweakrefcount(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("getweakrefcount", args, kwnames, &[""], 1)?;
    Ok(new_int(wr::refs_to(a.req(0)).len() as i64))
}

fn getweakrefs(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("getweakrefs", args, kwnames, &[""], 1)?;
    Ok(new_list(wr::refs_to(a.req(0)).into_iter().map(Obj::incref).collect()))
}

pub fn init() -> Obj {
    let m = new_module("weakref");
    crate::stdlib::functions!(m,
        "proxy" => proxy,
        "getweakrefcount" => getweakrefcount,
        "getweakrefs" => getweakrefs,
    );
    for (name, ty) in [
        ("ref", &REF_TYPE),
        ("ReferenceType", &REF_TYPE),
        ("ProxyType", &wr::PROXY_TYPE),
        ("CallableProxyType", &wr::CALLABLE_PROXY_TYPE),
        ("WeakValueDictionary", &WVD_TYPE),
        ("WeakKeyDictionary", &WKD_TYPE),
        ("WeakSet", &WEAKSET_TYPE),
        ("finalize", &FINALIZE_TYPE),
    ] {
        crate::types::module::module_set(m, name, ty.obj());
    }
    let proxies = new_tuple(vec![wr::PROXY_TYPE.obj(), wr::CALLABLE_PROXY_TYPE.obj()]);
    crate::stdlib::set_owned(m, "ProxyTypes", proxies);
    m
}

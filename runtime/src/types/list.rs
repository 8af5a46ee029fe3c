//! `list`: a mutable sequence of references (`Objects/listobject.c`).

use crate::call::Args;
use crate::errors::{index_error, type_error, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::{CompareOp, MethodDef, TypeObject};
use crate::types::none;
use crate::types::tuple::{
    dealloc_seq, normalize_index, repeat_items, seq_contains, seq_items, seq_repr, seq_richcompare,
};
use crate::types::{not_implemented, type_name};

/// A new list owning `items` (the references are stolen).
pub fn new_list(items: Vec<Obj>) -> Obj {
    alloc(&LIST_TYPE, items)
}

pub fn is_list(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&LIST_TYPE)
}

pub fn list_items(o: Obj) -> &'static mut Vec<Obj> {
    payload::<Vec<Obj>>(o)
}

/// `list.append(v)`: `v` is borrowed.
pub fn list_append(l: Obj, v: Obj) {
    list_items(l).push(v.incref());
}

fn list_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    let items = list_items(o);
    match normalize_index(key, items.len(), "list")? {
        Some(i) => Ok(items[i].incref()),
        None => Err(index_error("list index out of range")),
    }
}

fn list_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let items = list_items(o);
    let Some(i) = normalize_index(key, items.len(), "list")? else {
        return Err(index_error("list assignment index out of range"));
    };
    let old = if value.is_null() { items.remove(i) } else { std::mem::replace(&mut items[i], value.incref()) };
    old.decref();
    Ok(())
}

fn list_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_list(b) {
        return Ok(not_implemented());
    }
    // Snapshot with references held: comparisons may run arbitrary code.
    let x: Vec<Obj> = list_items(a).iter().map(|o| o.incref()).collect();
    let y: Vec<Obj> = list_items(b).iter().map(|o| o.incref()).collect();
    let r = seq_richcompare(&x, &y, op);
    x.into_iter().chain(y).for_each(Obj::decref);
    r
}

fn list_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_list(b) {
        return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(b))));
    }
    let mut v: Vec<Obj> = list_items(a).iter().map(|o| o.incref()).collect();
    v.extend(list_items(b).iter().map(|o| o.incref()));
    Ok(new_list(v))
}

fn list_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("list", args, kwnames, &[""], 0)?;
    match a.get(0) {
        None => Ok(new_list(Vec::new())),
        Some(x) => Ok(new_list(crate::ops::collect_iterable(x)?)),
    }
}

fn m_append(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("append", args, kwnames, &[""], 1)?;
    list_append(s, a.req(0));
    Ok(none())
}

fn m_extend(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("extend", args, kwnames, &[""], 1)?;
    let items = crate::ops::collect_iterable(a.req(0))?;
    list_items(s).extend(items);
    Ok(none())
}

fn m_pop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("pop", args, kwnames, &[""], 0)?;
    // The argument is converted first (as `PyNumber_AsSsize_t` does), then the list checked.
    let k = a.get(0).map(|k| crate::types::int::index_to_i64(k, "")).transpose()?;
    let items = list_items(s);
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let i = match k {
        None => items.len() - 1,
        Some(k) => {
            let n = items.len() as i64;
            let j = if k < 0 { k + n } else { k };
            if !(0..n).contains(&j) {
                return Err(index_error("pop index out of range"));
            }
            j as usize
        }
    };
    Ok(items.remove(i))
}

fn m_insert(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("insert", args, kwnames, &["", ""], 2)?;
    let items = list_items(s);
    let n = items.len() as i64;
    let i = crate::types::int::index_to_i64(a.req(0), "")?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, a.req(1).incref());
    Ok(none())
}

pub static LIST_METHODS: [MethodDef; 4] = [
    MethodDef { name: "append", meth: m_append },
    MethodDef { name: "extend", meth: m_extend },
    MethodDef { name: "pop", meth: m_pop },
    MethodDef { name: "insert", meth: m_insert },
];

pub static LIST_TYPE: TypeObject = TypeObject {
    name: "list",
    tp_dealloc: dealloc_seq,
    tp_repr: Some(|o| seq_repr(o, "[", "]")),
    tp_richcompare: Some(list_richcompare),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_new: Some(list_new),
    tp_iter: Some(|o| Ok(crate::types::iter::new_seq_iter(o))),
    sq_length: Some(|o| Ok(list_items(o).len())),
    sq_concat: Some(list_concat),
    sq_repeat: Some(|o, n| Ok(new_list(repeat_items(list_items(o), n)?))),
    sq_contains: Some(|o, item| {
        let items: Vec<Obj> = seq_items(o).expect("list").iter().map(|x| x.incref()).collect();
        let r = seq_contains(&items, item);
        items.into_iter().for_each(Obj::decref);
        r
    }),
    mp_subscript: Some(list_subscript),
    mp_ass_subscript: Some(list_ass_subscript),
    methods: &LIST_METHODS,
    ..TypeObject::DEFAULT
};

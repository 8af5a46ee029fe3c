//! `tuple`: an immutable sequence of references, and the sequence helpers `list` shares with
//! it (element-wise comparison, repr with recursion guard, index normalisation).
//!
//! Follows `Objects/tupleobject.c` (`tuplehash` is the xxHash-based one of CPython 3.8+) and
//! `Objects/listobject.c` for the shared messages.

use crate::errors::{index_error, type_error, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::{CompareOp, TypeObject};
use crate::types::int::{new_bool, IntVal};
use crate::types::list::LIST_TYPE;
use crate::types::str::new_string;
use crate::types::{not_implemented, type_name};

/// A new tuple owning `items` (the references are stolen).
pub fn new_tuple(items: Vec<Obj>) -> Obj {
    alloc(&TUPLE_TYPE, items)
}

/// The items of a `list` or `tuple` (type already checked or checked here).
pub fn seq_items(o: Obj) -> Option<&'static mut Vec<Obj>> {
    if o.is_small() {
        return None;
    }
    let t = o.ty();
    if t.is_subtype(&TUPLE_TYPE) || t.is_subtype(&LIST_TYPE) {
        Some(payload::<Vec<Obj>>(o))
    } else {
        None
    }
}

pub fn tuple_items(o: Obj) -> &'static [Obj] {
    payload::<Vec<Obj>>(o)
}

pub fn is_tuple(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&TUPLE_TYPE)
}

/// Drop the references a list or tuple holds (their `tp_dealloc`).
pub fn dealloc_seq(o: Obj) {
    let items = std::mem::take(payload::<Vec<Obj>>(o));
    crate::object::dealloc_box::<Vec<Obj>>(o);
    // Last item first, as CPython's `list_dealloc` and `tupledealloc`.
    for it in items.into_iter().rev() {
        it.decref();
    }
}

/// Normalise a Python index against `len`: `Ok(Some(i))` in range, `Ok(None)` out of range.
pub fn normalize_index(key: Obj, len: usize, what: &str) -> PyResult<Option<usize>> {
    let (view, _keep) = crate::types::int::index_view(key)?;
    let i = match view {
        Some(IntVal::Small(i)) => i,
        // Values beyond the immediate range still fit a Py_ssize_t: they are just out of range.
        Some(IntVal::Big(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(i) => i,
            None => return Err(index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key)))),
        },
        None => return Err(type_error(format!("{what} indices must be integers or slices, not {}", type_name(key)))),
    };
    let j = if i < 0 { i.saturating_add(len as i64) } else { i };
    Ok((0..len as i64).contains(&j).then_some(j as usize))
}

fn tuple_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    if crate::types::slice::is_slice(key) {
        return Ok(new_tuple(crate::types::slice::slice_items(tuple_items(o), key)?));
    }
    let items = tuple_items(o);
    match normalize_index(key, items.len(), "tuple")? {
        Some(i) => Ok(items[i].incref()),
        None => Err(index_error("tuple index out of range")),
    }
}

/// `repr` of a list or tuple, printing `[...]` for a container already being printed.
pub fn seq_repr(o: Obj, open: &str, close: &str) -> PyResult<Obj> {
    let items = seq_items(o).expect("sequence");
    if items.is_empty() {
        return Ok(new_string(format!("{open}{close}")));
    }
    let Some(_guard) = crate::ops::ReprGuard::enter(o) else {
        return Ok(new_string(format!("{open}...{close}")));
    };
    let mut s = String::from(open);
    let n = items.len();
    let mut i = 0;
    // Re-read the length each time: a `__repr__` may mutate the list.
    while i < seq_items(o).expect("sequence").len() {
        if i > 0 {
            s.push_str(", ");
        }
        let item = seq_items(o).expect("sequence")[i].incref();
        let r = crate::ops::repr(item);
        item.decref();
        let r = r?;
        s.push_str(crate::types::str::str_value(r));
        r.decref();
        i += 1;
    }
    if n == 1 && close == ")" {
        s.push(',');
    }
    s.push_str(close);
    Ok(new_string(s))
}

fn tuple_repr(o: Obj) -> PyResult<Obj> {
    seq_repr(o, "(", ")")
}

/// Element-wise rich comparison of two sequences (`list_richcompare`).
pub fn seq_richcompare(a: &[Obj], b: &[Obj], op: CompareOp) -> PyResult<Obj> {
    if a.len() != b.len() && (op == CompareOp::Eq || op == CompareOp::Ne) {
        return Ok(new_bool(op == CompareOp::Ne));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        let (x, y) = (a[i], b[i]);
        if x == y {
            continue;
        }
        if !crate::ops::rich_compare_bool(x, y, CompareOp::Eq)? {
            return match op {
                CompareOp::Eq => Ok(new_bool(false)),
                CompareOp::Ne => Ok(new_bool(true)),
                _ => crate::ops::rich_compare(x, y, op),
            };
        }
    }
    Ok(new_bool(op.test(a.len().cmp(&b.len()))))
}

fn tuple_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_tuple(b) {
        return Ok(not_implemented());
    }
    seq_richcompare(tuple_items(a), tuple_items(b), op)
}

/// CPython's `tuplehash` (xxHash-64 lanes).
fn tuple_hash(o: Obj) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let items = tuple_items(o);
    let mut acc = P5;
    for &it in items {
        let lane = crate::ops::hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn tuple_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_tuple(b) {
        return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b))));
    }
    let mut v: Vec<Obj> = tuple_items(a).iter().map(|o| o.incref()).collect();
    v.extend(tuple_items(b).iter().map(|o| o.incref()));
    Ok(new_tuple(v))
}

/// `seq * n` for lists and tuples.
pub fn repeat_items(items: &[Obj], n: i64) -> PyResult<Vec<Obj>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u128) * (n as u128);
    if total > (isize::MAX as u128) / 16 {
        return Err(crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    let mut v = Vec::with_capacity(total as usize);
    for _ in 0..n {
        v.extend(items.iter().map(|o| o.incref()));
    }
    Ok(v)
}

fn tuple_contains(o: Obj, item: Obj) -> PyResult<bool> {
    seq_contains(tuple_items(o), item)
}

/// `item in seq`: identity, then `==`.
pub fn seq_contains(items: &[Obj], item: Obj) -> PyResult<bool> {
    for &x in items {
        if x == item || crate::ops::rich_compare_bool(x, item, CompareOp::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("tuple", args, kwnames, 0, 1)?;
    match a.first() {
        None => Ok(new_tuple(Vec::new())),
        Some(&x) if x.is_type(&TUPLE_TYPE) => Ok(x.incref()),
        Some(&x) => Ok(new_tuple(crate::ops::collect_iterable(x)?)),
    }
}

fn m_index(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    match crate::types::list::seq_index(s, args, kwnames)? {
        Some(i) => Ok(crate::types::int::new_int(i as i64)),
        None => Err(crate::errors::value_error("tuple.index(x): x not in tuple")),
    }
}

fn m_count(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::one_arg("tuple.count", args, kwnames)?;
    crate::types::list::seq_count(s, a)
}

pub static TUPLE_METHODS: [crate::typeobj::MethodDef; 2] = [
    crate::typeobj::MethodDef { name: "index", meth: m_index },
    crate::typeobj::MethodDef { name: "count", meth: m_count },
];

pub static TUPLE_TYPE: TypeObject = TypeObject {
    methods: &TUPLE_METHODS,
    name: crate::typeobj::TypeName::new("tuple"),
    tp_dealloc: dealloc_seq,
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Vec<Obj>>>(),
    tp_repr: Some(tuple_repr),
    tp_hash: Some(tuple_hash),
    tp_richcompare: Some(tuple_richcompare),
    tp_new: Some(tuple_new),
    tp_iter: Some(|o| Ok(crate::types::iter::new_seq_iter(o))),
    sq_length: Some(|o| Ok(tuple_items(o).len())),
    sq_concat: Some(tuple_concat),
    sq_repeat: Some(|o, n| {
        if n == 1 && o.is_type(&TUPLE_TYPE) {
            return Ok(o.incref());
        }
        Ok(new_tuple(repeat_items(tuple_items(o), n)?))
    }),
    sq_contains: Some(tuple_contains),
    mp_subscript: Some(tuple_subscript),
    ..TypeObject::DEFAULT
};

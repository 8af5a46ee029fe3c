//! `list`: a mutable sequence of references (`Objects/listobject.c`).

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
    if crate::types::slice::is_slice(key) {
        return Ok(new_list(crate::types::slice::slice_items(list_items(o), key)?));
    }
    let items = list_items(o);
    match normalize_index(key, items.len(), "list")? {
        Some(i) => Ok(items[i].incref()),
        None => Err(index_error("list index out of range")),
    }
}

fn list_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    if crate::types::slice::is_slice(key) {
        return crate::types::slice::assign_list_slice(o, key, value);
    }
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

/// `list.__new__`: an empty list (of `ty`, possibly a subclass); `__init__` fills it, as in
/// CPython, so that a subclass's own `__init__` may take other arguments.
fn list_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(alloc(ty, Vec::<Obj>::new()))
}

/// `list.__init__(iterable=())`: replace the contents.
fn list_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let a = positional("list", args, kwnames, 0, 1)?;
    let items = match a.first() {
        None => Vec::new(),
        Some(&x) => crate::ops::collect_iterable(x)?,
    };
    let old = std::mem::replace(list_items(o), items);
    old.into_iter().for_each(Obj::decref);
    Ok(())
}

fn m_append(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("list.append", args, kwnames)?;
    list_append(s, a);
    Ok(none())
}

fn m_extend(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("list.extend", args, kwnames)?;
    let items = crate::ops::collect_iterable(a)?;
    list_items(s).extend(items);
    Ok(none())
}

fn m_pop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("list.pop", args, kwnames, 0, 1)?;
    // The argument is converted first (as `PyNumber_AsSsize_t` does), then the list checked.
    let k = a.first().map(|&k| crate::types::int::index_to_i64(k, "")).transpose()?;
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
    let a = positional("list.insert", args, kwnames, 2, 2)?;
    let i = crate::types::int::index_to_i64(a[0], "")?;
    let items = list_items(s);
    let n = items.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, a[1].incref());
    Ok(none())
}

/// METH_NOARGS argument check (`list.copy() takes no arguments (1 given)`).
pub fn no_args(qual: &str, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(type_error(format!("{qual}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

/// METH_O argument check (`list.remove() takes exactly one argument (0 given)`).
pub fn one_arg(qual: &str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!("{qual}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(args[0])
}

/// Clinic-style positional arguments: `name expected at most N arguments, got M`.
/// `qual` is the method's qualified name (`list.pop`), used as is for the keyword message and
/// without its type prefix for the others.
pub fn positional<'a>(qual: &str, args: &'a [Obj], kwnames: Obj, min: usize, max: usize) -> PyResult<&'a [Obj]> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        let name = qual.rsplit('.').next().unwrap_or(qual);
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        return Err(type_error(if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        }));
    }
    Ok(args)
}

/// A slice bound of `index` (`_PyEval_SliceIndexNotNone`), clamped to `0..=len` after
/// adding `len` to negative values.
pub fn slice_bound(o: Obj, len: usize) -> PyResult<usize> {
    use crate::types::int::IntVal;
    let (view, _keep) = crate::types::int::index_view(o)?;
    let v = match view {
        Some(IntVal::Small(v)) => v,
        Some(IntVal::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(type_error("slice indices must be integers or have an __index__ method")),
    };
    let n = len as i64;
    let v = if v < 0 { (v.saturating_add(n)).max(0) } else { v.min(n) };
    Ok(v as usize)
}

/// `seq.index(value, start=0, stop=sys.maxsize)` for lists and tuples; `None` when absent.
pub fn seq_index(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Option<usize>> {
    let qual = if crate::types::tuple::is_tuple(s) { "tuple.index" } else { "list.index" };
    let args = positional(qual, args, kwnames, 1, 3)?;
    let len = seq_items(s).expect("sequence").len();
    let start = args.get(1).map(|&o| slice_bound(o, len)).transpose()?.unwrap_or(0);
    let stop = args.get(2).map(|&o| slice_bound(o, len)).transpose()?.unwrap_or(len);
    let mut i = start;
    // Re-read the items each time: `==` may run code that mutates the list.
    while i < stop {
        let Some(x) = seq_items(s).expect("sequence").get(i).map(|o| o.incref()) else { break };
        let eq = crate::ops::rich_compare_bool(x, args[0], CompareOp::Eq);
        x.decref();
        if eq? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `seq.count(value)` for lists and tuples.
pub fn seq_count(s: Obj, v: Obj) -> PyResult<Obj> {
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = seq_items(s).expect("sequence").get(i).map(|o| o.incref()) {
        let eq = crate::ops::rich_compare_bool(x, v, CompareOp::Eq);
        x.decref();
        if eq? {
            n += 1;
        }
        i += 1;
    }
    Ok(crate::types::int::new_int(n))
}

fn m_index(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    match seq_index(s, args, kwnames)? {
        Some(i) => Ok(crate::types::int::new_int(i as i64)),
        None => {
            let r = crate::ops::repr_string(args[0])?;
            Err(crate::errors::value_error(format!("{r} is not in list")))
        }
    }
}

fn m_count(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("list.count", args, kwnames)?;
    seq_count(s, a)
}

fn m_remove(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("list.remove", args, kwnames)?;
    let mut i = 0;
    while let Some(x) = list_items(s).get(i).map(|o| o.incref()) {
        let eq = crate::ops::rich_compare_bool(x, a, CompareOp::Eq);
        x.decref();
        if eq? {
            if i < list_items(s).len() {
                list_items(s).remove(i).decref();
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(crate::errors::value_error("list.remove(x): x not in list"))
}

fn m_reverse(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("list.reverse", args, kwnames)?;
    list_items(s).reverse();
    Ok(none())
}

fn m_copy(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("list.copy", args, kwnames)?;
    Ok(new_list(list_items(s).iter().map(|o| o.incref()).collect()))
}

fn m_clear(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("list.clear", args, kwnames)?;
    // Last item first, as CPython's `_list_clear`.
    std::mem::take(list_items(s)).into_iter().rev().for_each(Obj::decref);
    Ok(none())
}

/// Keyword-only arguments parsed as `_PyArg_UnpackKeywords` does for `(*, key, reverse)`
/// (`sort()`'s messages, shared by `sorted`).
pub fn sort_kwargs(args: &[Obj], kwnames: Obj) -> PyResult<(Option<Obj>, bool)> {
    let nkw = crate::call::kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos + nkw > 2 {
        return Err(type_error(format!(
            "sort() takes at most 2 {}arguments ({} given)",
            if npos == 0 { "keyword " } else { "" },
            npos + nkw
        )));
    }
    if npos > 0 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for k in 0..nkw {
        let v = args[npos + k];
        match crate::types::str::str_value(crate::types::tuple::tuple_items(kwnames)[k]) {
            "key" => key = Some(v).filter(|&v| v != none()),
            "reverse" => reverse = crate::ops::is_true(v)?,
            other => return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
        }
    }
    Ok((key, reverse))
}

/// `a < b` for the sort, as `ISLT`.
fn islt(a: Obj, b: Obj) -> PyResult<bool> {
    crate::ops::rich_compare_bool(a, b, CompareOp::Lt)
}

/// `count_run` of CPython 3.12's timsort: the length of the run starting at `lo` and whether
/// it is strictly descending.
fn count_run(keys: &[Obj], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    if islt(keys[lo + 1], keys[lo])? {
        let mut i = lo + 2;
        while i < hi && islt(keys[i], keys[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, true))
    } else {
        let mut i = lo + 2;
        while i < hi && !islt(keys[i], keys[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }
}

/// `binarysort`: extend the sorted `[lo, start)` to `[lo, hi)`, moving `vals` alongside.
fn binarysort(keys: &mut [Obj], vals: &mut [Obj], lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
    if lo == start {
        start += 1;
    }
    while start < hi {
        let pivot = keys[start];
        let (mut l, mut r) = (lo, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if islt(pivot, keys[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        keys[l..=start].rotate_right(1);
        if !vals.is_empty() {
            vals[l..=start].rotate_right(1);
        }
        start += 1;
    }
    Ok(())
}

/// `merge_compute_minrun`.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Stable merge of the adjacent sorted runs `[lo, mid)` and `[mid, hi)`.
fn merge_runs(keys: &mut [Obj], vals: &mut [Obj], lo: usize, mid: usize, hi: usize) -> PyResult<()> {
    let left_k: Vec<Obj> = keys[lo..mid].to_vec();
    let left_v: Vec<Obj> = if vals.is_empty() { Vec::new() } else { vals[lo..mid].to_vec() };
    let (mut i, mut j, mut out) = (0, mid, lo);
    let mut result = Ok(());
    while i < left_k.len() && j < hi {
        match islt(keys[j], left_k[i]) {
            Ok(true) => {
                keys[out] = keys[j];
                if !vals.is_empty() {
                    vals[out] = vals[j];
                }
                j += 1;
            }
            Ok(false) => {
                keys[out] = left_k[i];
                if !vals.is_empty() {
                    vals[out] = left_v[i];
                }
                i += 1;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        out += 1;
    }
    // Whatever happened, every item ends up in the slice exactly once.
    while i < left_k.len() {
        keys[out] = left_k[i];
        if !vals.is_empty() {
            vals[out] = left_v[i];
        }
        i += 1;
        out += 1;
    }
    result
}

/// A stable sort of `keys` (moving `vals`, if not empty, alongside) using only `<`: CPython's
/// run detection and binary insertion, so lists shorter than 64 items are compared in exactly
/// CPython's order; longer runs are merged without galloping.
fn timsort(keys: &mut [Obj], vals: &mut [Obj]) -> PyResult<()> {
    let n = keys.len();
    if n < 2 {
        return Ok(());
    }
    let min = minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, desc) = count_run(keys, lo, n)?;
        if desc {
            keys[lo..lo + len].reverse();
            if !vals.is_empty() {
                vals[lo..lo + len].reverse();
            }
        }
        if len < min {
            let force = (n - lo).min(min);
            binarysort(keys, vals, lo, lo + force, lo + len)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    while runs.len() > 1 {
        let mut next = Vec::new();
        for pair in runs.chunks(2) {
            if let [(a, la), (_, lb)] = *pair {
                merge_runs(keys, vals, a, a + la, a + la + lb)?;
                next.push((a, la + lb));
            } else {
                next.push(pair[0]);
            }
        }
        runs = next;
    }
    Ok(())
}

/// `list.sort(key=None, reverse=False)` on the list `l`.
pub fn list_sort(l: Obj, key: Option<Obj>, reverse: bool) -> PyResult<()> {
    // The list appears empty during the sort, as in CPython.
    let mut items = std::mem::take(list_items(l));
    let mut keys: Vec<Obj> = Vec::new();
    if let Some(f) = key {
        for &it in &items {
            match crate::call::call(f, &[it], Obj::NULL) {
                Ok(k) => keys.push(k),
                Err(e) => {
                    keys.into_iter().for_each(Obj::decref);
                    let added = std::mem::replace(list_items(l), items);
                    added.into_iter().for_each(Obj::decref);
                    return Err(e);
                }
            }
        }
    }
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut r = if key.is_some() { timsort(&mut keys, &mut items) } else { timsort(&mut items, &mut []) };
    keys.into_iter().for_each(Obj::decref);
    if reverse {
        items.reverse();
    }
    let added = std::mem::replace(list_items(l), items);
    if !added.is_empty() && r.is_ok() {
        r = Err(crate::errors::value_error("list modified during sort"));
    }
    added.into_iter().for_each(Obj::decref);
    r
}

fn m_sort(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (key, reverse) = sort_kwargs(args, kwnames)?;
    list_sort(s, key, reverse)?;
    Ok(none())
}

pub static LIST_METHODS: [MethodDef; 12] = [
    MethodDef { name: "__reversed__", meth: crate::types::iter::m_reversed },
    MethodDef { name: "append", meth: m_append },
    MethodDef { name: "extend", meth: m_extend },
    MethodDef { name: "pop", meth: m_pop },
    MethodDef { name: "insert", meth: m_insert },
    MethodDef { name: "sort", meth: m_sort },
    MethodDef { name: "index", meth: m_index },
    MethodDef { name: "count", meth: m_count },
    MethodDef { name: "remove", meth: m_remove },
    MethodDef { name: "reverse", meth: m_reverse },
    MethodDef { name: "copy", meth: m_copy },
    MethodDef { name: "clear", meth: m_clear },
];

pub static LIST_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("list"),
    tp_dealloc: dealloc_seq,
    tp_repr: Some(|o| seq_repr(o, "[", "]")),
    tp_richcompare: Some(list_richcompare),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_new: Some(list_new),
    tp_init: Some(list_init),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Vec<Obj>>>(),
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
    tp_as_number: crate::typeobj::NumberMethods {
        nb_inplace_add: Some(list_inplace_concat),
        nb_inplace_multiply: Some(list_inplace_repeat),
        ..crate::typeobj::NumberMethods::NONE
    },
    methods: &LIST_METHODS,
    ..TypeObject::DEFAULT
};

/// `lst += iterable`: extend in place (`list_inplace_concat`).
fn list_inplace_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    let items = crate::ops::collect_iterable(b)?;
    list_items(a).extend(items);
    Ok(a.incref())
}

/// `lst *= n`: repeat in place (`list_inplace_repeat`); a non-int count declines.
fn list_inplace_repeat(a: Obj, b: Obj) -> PyResult<Obj> {
    let Some(n) = crate::types::int::int_view(b) else { return Ok(crate::types::not_implemented()) };
    let n = match n {
        crate::types::int::IntVal::Small(n) => n,
        crate::types::int::IntVal::Big(b) => num_traits::ToPrimitive::to_i64(b)
            .ok_or_else(|| crate::errors::overflow_error("cannot fit 'int' into an index-sized integer"))?,
    };
    let items = list_items(a);
    let repeated = crate::types::tuple::repeat_items(items, n)?;
    std::mem::replace(items, repeated).into_iter().for_each(Obj::decref);
    Ok(a.incref())
}

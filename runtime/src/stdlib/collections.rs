//! `_collections`, the Rust half of `collections` (CPython's `Modules/_collectionsmodule.c`):
//! the `deque` type and its iterators. `runtime/pylib/collections/__init__.py` re-exports
//! `deque` and adds the rest of the module in Python.
//!
//! A deque is a ring buffer (`VecDeque`) of owned references, with an optional `maxlen` (an
//! append at one end drops an item at the other once the deque is full) and a mutation counter
//! `state`, bumped by every change of length or order, that iterators and searches compare to
//! report CPython's `RuntimeError: deque mutated during iteration`. Its type is named
//! `collections.deque`, as CPython's `tp_name` is (so `__module__` is `collections` and
//! messages say `'collections.deque'`); classes may subclass it.
//!
//! Invariants: `items.len() <= maxlen` whenever `maxlen` is set; any call that may run Python
//! code (comparisons, `repr` of an item, iteration of an argument) holds its own references
//! and re-reads the buffer afterwards, as items may have been removed meanwhile.

use crate::call::Args;
use crate::errors::{index_error, raise, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{CompareOp, MethodDef, TypeObject};
use crate::types::int::{index_view, new_int, IntVal};
use crate::types::list::{no_args, one_arg, positional};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::{none, not_implemented, type_name};
use std::collections::VecDeque;

pub struct Deque {
    items: VecDeque<Obj>,
    maxlen: Option<usize>,
    state: u64,
}

fn own(o: Obj) -> Owned {
    Owned::new(o).expect("non-null")
}

fn dq(o: Obj) -> &'static mut Deque {
    payload::<Deque>(o)
}

pub fn is_deque(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&DEQUE_TYPE)
}

fn mutated() -> crate::errors::Raised {
    raise(&crate::types::exceptions::RUNTIME_ERROR, "deque mutated during iteration")
}

// ---- the two ends -------------------------------------------------------------------------

/// Append `x` (borrowed) on the right, dropping the leftmost item if the deque was full.
pub(crate) fn push_right(o: Obj, x: Obj) {
    let d = dq(o);
    if d.maxlen == Some(0) {
        return;
    }
    d.state += 1;
    d.items.push_back(x.incref());
    if d.maxlen.is_some_and(|m| d.items.len() > m) {
        if let Some(old) = d.items.pop_front() {
            old.decref();
        }
    }
}

/// Remove and return (owned) the leftmost item, if any (`popleft` without the error).
pub(crate) fn pop_left(o: Obj) -> Option<Obj> {
    let d = dq(o);
    let x = d.items.pop_front()?;
    d.state += 1;
    Some(x)
}

/// The number of items.
pub(crate) fn deque_len(o: Obj) -> usize {
    dq(o).items.len()
}

fn push_left(o: Obj, x: Obj) {
    let d = dq(o);
    if d.maxlen == Some(0) {
        return;
    }
    d.state += 1;
    d.items.push_front(x.incref());
    if d.maxlen.is_some_and(|m| d.items.len() > m) {
        if let Some(old) = d.items.pop_back() {
            old.decref();
        }
    }
}

fn m_append(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    push_right(s, one_arg("deque.append", args, kwnames)?);
    Ok(none())
}

fn m_appendleft(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    push_left(s, one_arg("deque.appendleft", args, kwnames)?);
    Ok(none())
}

fn m_pop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.pop", args, kwnames)?;
    let d = dq(s);
    match d.items.pop_back() {
        Some(x) => {
            d.state += 1;
            Ok(x)
        }
        None => Err(index_error("pop from an empty deque")),
    }
}

fn m_popleft(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.popleft", args, kwnames)?;
    let d = dq(s);
    match d.items.pop_front() {
        Some(x) => {
            d.state += 1;
            Ok(x)
        }
        None => Err(index_error("pop from an empty deque")),
    }
}

/// The items of `iterable`, read before any is added (`d.extend(d)` reads `d` first).
fn extend(o: Obj, iterable: Obj, left: bool) -> PyResult<()> {
    if iterable == o || crate::types::list::is_list(iterable) || crate::types::tuple::is_tuple(iterable) {
        let items = crate::ops::collect_iterable(iterable)?;
        for x in items {
            if left {
                push_left(o, x);
            } else {
                push_right(o, x);
            }
            x.decref();
        }
        return Ok(());
    }
    let it = own(crate::ops::get_iter(iterable)?);
    while let Some(x) = crate::ops::iter_next(it.get())? {
        if left {
            push_left(o, x);
        } else {
            push_right(o, x);
        }
        x.decref();
    }
    Ok(())
}

fn m_extend(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    extend(s, one_arg("deque.extend", args, kwnames)?, false)?;
    Ok(none())
}

fn m_extendleft(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    extend(s, one_arg("deque.extendleft", args, kwnames)?, true)?;
    Ok(none())
}

// ---- the whole ----------------------------------------------------------------------------

fn clear(o: Obj) {
    let d = dq(o);
    d.state += 1;
    let old = std::mem::take(&mut d.items);
    old.into_iter().for_each(Obj::decref);
}

fn m_clear(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.clear", args, kwnames)?;
    clear(s);
    Ok(none())
}

/// `d.copy()`: a deque of the same type and maxlen; a subclass is called as
/// `type(d)(d[, maxlen])`, as CPython does.
fn copy(o: Obj) -> PyResult<Obj> {
    let d = dq(o);
    if std::ptr::eq(o.ty(), &DEQUE_TYPE) {
        let items = d.items.iter().map(|x| x.incref()).collect();
        return Ok(alloc(&DEQUE_TYPE, Deque { items, maxlen: d.maxlen, state: 0 }));
    }
    let cls = o.ty().obj();
    match d.maxlen {
        None => crate::call::call(cls, &[o], Obj::NULL),
        Some(m) => {
            let ml = own(new_int(m as i64));
            crate::call::call(cls, &[o, ml.get()], Obj::NULL)
        }
    }
}

fn m_copy(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.copy", args, kwnames)?;
    copy(s)
}

/// Search from `start` to `stop` for `value` (identity, then `==`); `Ok(None)` if absent.
fn find(o: Obj, value: Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = dq(o).state;
    let mut i = start;
    while i < stop.min(dq(o).items.len()) {
        let x = own(dq(o).items[i].incref());
        let eq = x.get() == value || crate::ops::rich_compare_bool(x.get(), value, CompareOp::Eq)?;
        if dq(o).state != state {
            return Err(mutated());
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn m_count(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let value = one_arg("deque.count", args, kwnames)?;
    let state = dq(s).state;
    let mut n = 0;
    let mut i = 0;
    while i < dq(s).items.len() {
        let x = own(dq(s).items[i].incref());
        let eq = x.get() == value || crate::ops::rich_compare_bool(x.get(), value, CompareOp::Eq)?;
        if dq(s).state != state {
            return Err(mutated());
        }
        n += eq as i64;
        i += 1;
    }
    Ok(new_int(n))
}

/// A `start`/`stop` argument of `index`, clamped as `_PyEval_SliceIndexNotNone` and
/// `deque_index` clamp it.
fn clamp_bound(o: Obj, len: usize) -> PyResult<usize> {
    let (view, _keep) = index_view(o)?;
    let v = match view {
        Some(IntVal::Small(v)) => v,
        Some(IntVal::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => {
            return Err(type_error("slice indices must be integers or have an __index__ method"));
        }
    };
    let len = len as i64;
    let v = if v < 0 { (v.saturating_add(len)).max(0) } else { v.min(len) };
    Ok(v as usize)
}

fn m_index(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("index", args, kwnames, 1, 3)?;
    let len = dq(s).items.len();
    let start = match a.get(1) {
        Some(&x) => clamp_bound(x, len)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(&x) => clamp_bound(x, len)?,
        None => len,
    };
    match find(s, a[0], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(not_in_deque(a[0])),
    }
}

fn not_in_deque(value: Obj) -> crate::errors::Raised {
    match crate::ops::repr(value) {
        Ok(r) => {
            let r = own(r);
            value_error(format!("{} is not in deque", crate::types::str::str_value(r.get())))
        }
        Err(e) => e,
    }
}

fn m_insert(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("insert", args, kwnames, 2, 2)?;
    let (view, _keep) = index_view(a[0])?;
    let Some(view) = view else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(a[0]))));
    };
    let d = dq(s);
    let n = d.items.len() as i64;
    if d.maxlen.is_some_and(|m| d.items.len() >= m) {
        return Err(index_error("deque already at its maximum size"));
    }
    let i = match view {
        IntVal::Small(v) => v,
        IntVal::Big(b) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    let i = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    d.state += 1;
    d.items.insert(i as usize, a[1].incref());
    Ok(none())
}

fn m_remove(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let value = one_arg("deque.remove", args, kwnames)?;
    let state = dq(s).state;
    let mut i = 0;
    while i < dq(s).items.len() {
        let x = own(dq(s).items[i].incref());
        let eq = x.get() == value || crate::ops::rich_compare_bool(x.get(), value, CompareOp::Eq)?;
        if dq(s).state != state {
            return Err(index_error("deque mutated during remove()."));
        }
        if eq {
            let d = dq(s);
            d.state += 1;
            if let Some(old) = d.items.remove(i) {
                old.decref();
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(not_in_deque(value))
}

fn m_reverse(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.reverse", args, kwnames)?;
    let d = dq(s);
    d.state += 1;
    d.items.make_contiguous().reverse();
    Ok(none())
}

fn m_rotate(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("rotate", args, kwnames, 0, 1)?;
    let n: i64 = match a.first() {
        None => 1,
        Some(&x) => {
            let (view, _keep) = index_view(x)?;
            match view {
                Some(IntVal::Small(v)) => v,
                Some(IntVal::Big(_)) => {
                    return Err(crate::errors::overflow_error("Python int too large to convert to C ssize_t"))
                }
                None => {
                    return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(x))))
                }
            }
        }
    };
    let d = dq(s);
    let len = d.items.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        if k != 0 {
            d.state += 1;
            d.items.rotate_right(k);
        }
    }
    Ok(none())
}

fn m_reversed(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.__reversed__", args, kwnames)?;
    Ok(new_iter(s, true))
}

/// `d.__reduce__()`: `(type(d), ((), maxlen), None, iter(d))`, as `deque_reduce` returns it
/// (what `copy.deepcopy` rebuilds a deque from).
fn m_reduce(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.__reduce__", args, kwnames)?;
    let maxlen = match dq(s).maxlen {
        Some(m) => new_int(m as i64),
        None => none().incref(),
    };
    let cargs = new_tuple(vec![new_tuple(Vec::new()), maxlen]);
    Ok(new_tuple(vec![s.ty().obj().incref(), cargs, none().incref(), new_iter(s, false)]))
}

fn m_copy_dunder(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("deque.__copy__", args, kwnames)?;
    copy(s)
}

pub static DEQUE_METHODS: [MethodDef; 18] = [
    MethodDef { name: "append", meth: m_append },
    MethodDef { name: "appendleft", meth: m_appendleft },
    MethodDef { name: "pop", meth: m_pop },
    MethodDef { name: "popleft", meth: m_popleft },
    MethodDef { name: "extend", meth: m_extend },
    MethodDef { name: "extendleft", meth: m_extendleft },
    MethodDef { name: "clear", meth: m_clear },
    MethodDef { name: "copy", meth: m_copy },
    MethodDef { name: "__copy__", meth: m_copy_dunder },
    MethodDef { name: "count", meth: m_count },
    MethodDef { name: "index", meth: m_index },
    MethodDef { name: "insert", meth: m_insert },
    MethodDef { name: "remove", meth: m_remove },
    MethodDef { name: "reverse", meth: m_reverse },
    MethodDef { name: "rotate", meth: m_rotate },
    MethodDef { name: "__reversed__", meth: m_reversed },
    MethodDef { name: "__reduce__", meth: m_reduce },
    MethodDef { name: "__class_getitem__", meth: |s, _a, _k| Ok(s.incref()) },
];

// ---- slots --------------------------------------------------------------------------------

fn deque_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(alloc(ty, Deque { items: VecDeque::new(), maxlen: None, state: 0 }))
}

/// `deque.__init__(iterable=(), maxlen=None)`: replaces the contents.
fn deque_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let a = Args::parse("deque", args, kwnames, &["iterable", "maxlen"], 0)?;
    let maxlen = match a.get(1) {
        None => None,
        Some(m) if m == none() => None,
        Some(m) => {
            let Some(v) = crate::types::int::int_view(m) else {
                return Err(type_error("an integer is required"));
            };
            let v = match v {
                IntVal::Small(v) => v,
                IntVal::Big(b) if num_traits::Signed::is_negative(b) => -1,
                IntVal::Big(_) => {
                    return Err(crate::errors::overflow_error("Python int too large to convert to C ssize_t"))
                }
            };
            if v < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
    };
    // `d.__init__(d)` reads the items before clearing.
    let src = match a.get(0) {
        Some(x) if x == o => Some(own(crate::types::list::new_list(crate::ops::collect_iterable(x)?))),
        Some(x) => Some(own(x.incref())),
        None => None,
    };
    if !dq(o).items.is_empty() {
        clear(o);
    }
    dq(o).maxlen = maxlen;
    if let Some(src) = src {
        extend(o, src.get(), false)?;
    }
    Ok(())
}

fn deque_dealloc(o: Obj) {
    let items = std::mem::take(&mut dq(o).items);
    dealloc_box::<Deque>(o);
    items.into_iter().for_each(Obj::decref);
}

/// `deque([1, 2])`, `deque([1, 2], maxlen=3)`, with the class's own name for a subclass and
/// `[...]` for a deque inside itself.
fn deque_repr(o: Obj) -> PyResult<Obj> {
    // `_PyType_Name`: the type's name after its last dot (a subclass's own name).
    let name = o.ty().name.get().rsplit('.').next().unwrap_or(o.ty().name.get());
    let Some(_guard) = crate::ops::ReprGuard::enter(o) else {
        return Ok(new_string("[...]".to_string()));
    };
    let snapshot = own(crate::types::list::new_list(dq(o).items.iter().map(|x| x.incref()).collect()));
    let body = own(crate::ops::repr(snapshot.get())?);
    let body = crate::types::str::str_value(body.get());
    Ok(new_string(match dq(o).maxlen {
        None => format!("{name}({body})"),
        Some(m) => format!("{name}({body}, maxlen={m})"),
    }))
}

fn deque_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_deque(b) {
        return Ok(not_implemented());
    }
    let x: Vec<Obj> = dq(a).items.iter().map(|o| o.incref()).collect();
    let y: Vec<Obj> = dq(b).items.iter().map(|o| o.incref()).collect();
    let r = crate::types::tuple::seq_richcompare(&x, &y, op);
    x.into_iter().chain(y).for_each(Obj::decref);
    r
}

/// The position of index `key` in a deque of `len` items (`deque index out of range`).
fn position(key: Obj, len: usize) -> PyResult<usize> {
    let (view, _keep) = index_view(key)?;
    let i = match view {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(_)) => return Err(index_error("cannot fit 'int' into an index-sized integer")),
        None => return Err(type_error(format!("sequence index must be integer, not '{}'", type_name(key)))),
    };
    let j = if i < 0 { i.saturating_add(len as i64) } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    let d = dq(o);
    let i = position(key, d.items.len())?;
    Ok(d.items[i].incref())
}

fn deque_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let i = position(key, dq(o).items.len())?;
    let d = dq(o);
    let old = if value.is_null() {
        d.state += 1;
        d.items.remove(i).expect("in range")
    } else {
        std::mem::replace(&mut d.items[i], value.incref())
    };
    old.decref();
    Ok(())
}

fn deque_contains(o: Obj, value: Obj) -> PyResult<bool> {
    let n = dq(o).items.len();
    find(o, value, 0, n).map(|r| r.is_some())
}

fn deque_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_deque(b) {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", type_name(b))));
    }
    let new = own(copy(a)?);
    extend(new.get(), b, false)?;
    Ok(new.release())
}

fn deque_inplace_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    extend(a, b, false)?;
    Ok(a.incref())
}

/// `d *= n`: the items repeated, keeping at most `maxlen` of the last ones.
fn inplace_repeat(o: Obj, n: i64) -> PyResult<()> {
    if n <= 0 {
        clear(o);
        return Ok(());
    }
    let items: Vec<Obj> = dq(o).items.iter().map(|x| x.incref()).collect();
    let total = (items.len() as u128) * (n as u128);
    if total > (isize::MAX as u128) / 16 {
        items.into_iter().for_each(Obj::decref);
        return Err(raise(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    // The result ends with a whole copy and is periodic, so with a maxlen only the last
    // `ceil(maxlen / len)` further rounds can show.
    let mut rounds = n - 1;
    if let Some(m) = dq(o).maxlen {
        if !items.is_empty() {
            rounds = rounds.min(m.div_ceil(items.len()) as i64);
        }
    }
    for _ in 0..rounds {
        for &x in &items {
            push_right(o, x);
        }
    }
    items.into_iter().for_each(Obj::decref);
    Ok(())
}

fn count_arg(b: Obj) -> Option<i64> {
    match crate::types::int::int_view(b)? {
        IntVal::Small(v) => Some(v),
        IntVal::Big(b) => Some(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX }),
    }
}

fn deque_inplace_repeat(a: Obj, b: Obj) -> PyResult<Obj> {
    let Some(n) = count_arg(b) else { return Ok(not_implemented()) };
    inplace_repeat(a, n)?;
    Ok(a.incref())
}

fn deque_repeat(a: Obj, n: i64) -> PyResult<Obj> {
    let new = own(copy(a)?);
    inplace_repeat(new.get(), n)?;
    Ok(new.release())
}

/// `maxlen`, a read-only attribute (CPython's getset descriptor).
fn deque_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    if crate::types::str::str_value(name) == "maxlen" {
        return Ok(match dq(o).maxlen {
            Some(m) => new_int(m as i64),
            None => none().incref(),
        });
    }
    crate::attr::generic_getattr(o, name)
}

pub static DEQUE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("collections.deque"),
    tp_dealloc: deque_dealloc,
    tp_repr: Some(deque_repr),
    tp_richcompare: Some(deque_richcompare),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_new: Some(deque_new),
    tp_init: Some(deque_init),
    tp_getattro: Some(deque_getattro),
    // `deque_getattro` serves `maxlen` only.
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE | crate::typeobj::TPFLAGS_METHODS_GENERIC,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Deque>>(),
    tp_iter: Some(|o| Ok(new_iter(o, false))),
    sq_length: Some(|o| Ok(dq(o).items.len())),
    sq_concat: Some(deque_concat),
    sq_repeat: Some(deque_repeat),
    sq_contains: Some(deque_contains),
    mp_subscript: Some(deque_subscript),
    mp_ass_subscript: Some(deque_ass_subscript),
    tp_as_number: crate::typeobj::NumberMethods {
        nb_inplace_add: Some(deque_inplace_concat),
        nb_inplace_multiply: Some(deque_inplace_repeat),
        ..crate::typeobj::NumberMethods::NONE
    },
    methods: &DEQUE_METHODS,
    ..TypeObject::DEFAULT
};

// ---- iterators ----------------------------------------------------------------------------

pub struct DequeIter {
    deque: Obj,
    /// Items already produced.
    done: usize,
    /// The deque's `state` when the iterator was made.
    state: u64,
}

fn new_iter(o: Obj, reverse: bool) -> Obj {
    let ty = if reverse { &DEQUE_REVITER_TYPE } else { &DEQUE_ITER_TYPE };
    alloc(ty, DequeIter { deque: o.incref(), done: 0, state: dq(o).state })
}

fn iter_next(it: Obj, reverse: bool) -> PyResult<Option<Obj>> {
    let st = payload::<DequeIter>(it);
    if st.deque.is_null() {
        return Ok(None);
    }
    let d = dq(st.deque);
    if d.state != st.state {
        st.done = usize::MAX;
        return Err(mutated());
    }
    if st.done >= d.items.len() {
        std::mem::replace(&mut st.deque, Obj::NULL).decref();
        return Ok(None);
    }
    let i = if reverse { d.items.len() - 1 - st.done } else { st.done };
    st.done += 1;
    Ok(Some(d.items[i].incref()))
}

fn iter_dealloc(o: Obj) {
    payload::<DequeIter>(o).deque.xdecref();
    dealloc_box::<DequeIter>(o);
}

fn iter_length_hint(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("__length_hint__", args, kwnames)?;
    let st = payload::<DequeIter>(s);
    let left = if st.deque.is_null() { 0 } else { dq(st.deque).items.len().saturating_sub(st.done) };
    Ok(new_int(left as i64))
}

static ITER_METHODS: [MethodDef; 1] = [MethodDef { name: "__length_hint__", meth: iter_length_hint }];

pub static DEQUE_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_collections._deque_iterator"),
    tp_dealloc: iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(|o| iter_next(o, false)),
    methods: &ITER_METHODS,
    ..TypeObject::DEFAULT
};

pub static DEQUE_REVITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_collections._deque_reverse_iterator"),
    tp_dealloc: iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(|o| iter_next(o, true)),
    methods: &ITER_METHODS,
    ..TypeObject::DEFAULT
};

// ---- _count_elements ----------------------------------------------------------------------

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item,
/// straight on the dict storage when `mapping` is a dict whose class does not override `get`
/// or `__setitem__` (as `_collections__count_elements` checks), else through those methods.
fn count_elements(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("_count_elements", args, kwnames, 2, 2)?;
    let (mapping, iterable) = (a[0], a[1]);
    let dict_ty = crate::types::dict::DICT_TYPE.obj();
    let same = |name: &str| -> PyResult<bool> {
        let n = own(crate::types::str::new_str(name));
        let mine = own(crate::attr::getattr(mapping.ty().obj(), n.get())?);
        let base = own(crate::attr::getattr(dict_ty, n.get())?);
        Ok(mine.get() == base.get())
    };
    let fast = crate::types::dict::is_dict(mapping) && same("get")? && same("__setitem__")?;
    let one = own(new_int(1));
    let it = own(crate::ops::get_iter(iterable)?);
    let get = if fast {
        None
    } else {
        Some(own(crate::attr::getattr(mapping, own(crate::types::str::new_str("get")).get())?))
    };
    let zero = own(new_int(0));
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = own(x);
        let old = if fast {
            crate::types::dict::dict_data(mapping).get(x.get())?.map(|v| v.incref())
        } else {
            let g = get.as_ref().expect("get");
            Some(crate::call::call(g.get(), &[x.get(), zero.get()], Obj::NULL)?)
        };
        let new = match old {
            None => one.get().incref(),
            Some(old) => {
                let old = own(old);
                crate::ops::binary_op(old.get(), one.get(), crate::ops::BinOp::Add)?
            }
        };
        let new = own(new);
        if fast {
            crate::types::dict::dict_data(mapping).set(x.get(), new.get())?;
        } else {
            crate::ops::setitem(mapping, x.get(), new.get())?;
        }
    }
    Ok(none())
}

pub fn init() -> Obj {
    let m = crate::types::module::new_module("_collections");
    crate::types::module::module_set(m, "deque", DEQUE_TYPE.obj());
    super::functions!(m, "_count_elements" => count_elements);
    m
}

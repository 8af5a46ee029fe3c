//! Iterators over the built-in sequences: list, tuple and str (`Objects/iterobject.c`), and
//! the lazy iterators of the builtins `reversed`, `enumerate`, `zip`, `map`, `filter` and
//! two-argument `iter` (`Objects/enumobject.c`, `Python/bltinmodule.c`).
//!
//! A list iterator re-reads the length at each step, so appending while iterating is seen, as
//! in CPython.

use crate::errors::PyResult;
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::str::{is_str, str_value};
use crate::types::tuple::seq_items;

pub struct SeqIter {
    seq: Obj,
    /// Next item index; for str, the byte offset of the next character.
    pos: usize,
}

/// A new iterator over a list, tuple or str (borrowed, the iterator keeps a reference).
pub fn new_seq_iter(seq: Obj) -> Obj {
    let ty = if is_str(seq) {
        if str_value(seq).is_ascii() {
            &STR_ASCII_ITER_TYPE
        } else {
            &STR_ITER_TYPE
        }
    } else if crate::types::tuple::is_tuple(seq) {
        &TUPLE_ITER_TYPE
    } else {
        &SEQ_ITER_TYPE
    };
    alloc(ty, SeqIter { seq: seq.incref(), pos: 0 })
}

fn seq_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<SeqIter>(it);
    if st.seq.is_null() {
        return Ok(None);
    }
    let next = if is_str(st.seq) {
        let s = str_value(st.seq);
        s[st.pos..].chars().next().map(|c| {
            st.pos += c.len_utf8();
            crate::types::str::new_char(c)
        })
    } else {
        let items = seq_items(st.seq).expect("list or tuple");
        items.get(st.pos).map(|o| {
            st.pos += 1;
            o.incref()
        })
    };
    if next.is_none() {
        // An exhausted iterator drops its sequence, as CPython's do.
        std::mem::replace(&mut st.seq, Obj::NULL).decref();
    }
    Ok(next)
}

/// Items left (`listiter_len`, `tupleiter_len`, `unicodeiter_len`).
fn seq_iter_len(it: Obj) -> PyResult<usize> {
    let st = payload::<SeqIter>(it);
    if st.seq.is_null() {
        return Ok(0);
    }
    Ok(if is_str(st.seq) {
        str_value(st.seq)[st.pos..].chars().count()
    } else {
        seq_items(st.seq).expect("list or tuple").len().saturating_sub(st.pos)
    })
}

static SEQ_ITER_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", meth: |it, a, k| length_hint_method(it, a, k, seq_iter_len) }];

/// A `__length_hint__` method: no arguments; the hint as an int.
pub(crate) fn length_hint_method(
    it: Obj,
    args: &[Obj],
    kwnames: Obj,
    len: fn(Obj) -> PyResult<usize>,
) -> PyResult<Obj> {
    crate::types::list::no_args(&format!("{}.__length_hint__", it.ty().name), args, kwnames)?;
    Ok(crate::types::int::new_int(len(it)? as i64))
}

fn seq_iter_dealloc(o: Obj) {
    payload::<SeqIter>(o).seq.xdecref();
    dealloc_box::<SeqIter>(o);
}

/// The slots every sequence iterator type shares (only the name differs).
#[allow(clippy::declare_interior_mutable_const)]
const SEQ_ITER_TEMPLATE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("list_iterator"),
    tp_dealloc: seq_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(seq_iter_next),
    methods: &SEQ_ITER_METHODS,
    ..TypeObject::DEFAULT
};

pub static SEQ_ITER_TYPE: TypeObject = SEQ_ITER_TEMPLATE;
pub static TUPLE_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("tuple_iterator"), ..SEQ_ITER_TEMPLATE };
pub static STR_ASCII_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("str_ascii_iterator"), ..SEQ_ITER_TEMPLATE };
pub static STR_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("str_iterator"), ..SEQ_ITER_TEMPLATE };

/// `tp_iter` of an iterator: itself.
fn self_iter(o: Obj) -> PyResult<Obj> {
    Ok(o.incref())
}

/// A payload of owned references, released by `tp_dealloc`.
trait Holds {
    fn refs(&mut self) -> Vec<Obj>;
}

fn dealloc_holding<T: Holds + 'static>(o: Obj) {
    let refs = payload::<T>(o).refs();
    dealloc_box::<T>(o);
    refs.into_iter().for_each(Obj::xdecref);
}

// ---- reversed -------------------------------------------------------------------------------

/// `list_reverseiterator` (a list) and `reversed` (any other sequence, through `len` and
/// indexing).
pub struct ReverseIter {
    seq: Obj,
    /// The next index, or -1 when exhausted.
    index: i64,
}

impl Holds for ReverseIter {
    fn refs(&mut self) -> Vec<Obj> {
        vec![std::mem::replace(&mut self.seq, Obj::NULL)]
    }
}

fn list_reverse_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<ReverseIter>(it);
    if st.seq.is_null() {
        return Ok(None);
    }
    let items = seq_items(st.seq).expect("list");
    if st.index >= 0 && (st.index as usize) < items.len() {
        let v = items[st.index as usize].incref();
        st.index -= 1;
        return Ok(Some(v));
    }
    st.index = -1;
    std::mem::replace(&mut st.seq, Obj::NULL).decref();
    Ok(None)
}

fn reversed_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<ReverseIter>(it);
    if st.seq.is_null() || st.index < 0 {
        return Ok(None);
    }
    let i = crate::types::int::new_int(st.index);
    let r = crate::ops::getitem(st.seq, i);
    i.decref();
    match r {
        Ok(v) => {
            let st = payload::<ReverseIter>(it);
            st.index -= 1;
            Ok(Some(v))
        }
        Err(e) => {
            let cur = crate::errors::current();
            if cur.ty().is_subtype(&crate::types::exceptions::INDEX_ERROR)
                || cur.ty().is_subtype(&crate::types::exceptions::STOP_ITERATION)
            {
                crate::errors::fetch().decref();
                let st = payload::<ReverseIter>(it);
                st.index = -1;
                std::mem::replace(&mut st.seq, Obj::NULL).xdecref();
                return Ok(None);
            }
            Err(e)
        }
    }
}

/// Items left (`listreviter_len`, `reversed_len`): the next index plus one, or 0 once the
/// sequence is shorter than that.
fn reverse_iter_len(it: Obj) -> PyResult<usize> {
    let st = payload::<ReverseIter>(it);
    if st.seq.is_null() || st.index < 0 {
        return Ok(0);
    }
    let size = match seq_items(st.seq) {
        Some(items) if st.seq.is_type(&crate::types::list::LIST_TYPE) => items.len(),
        _ => crate::ops::len(st.seq)?,
    };
    let position = st.index as usize + 1;
    Ok(if size < position { 0 } else { position })
}

static REVERSE_ITER_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", meth: |it, a, k| length_hint_method(it, a, k, reverse_iter_len) }];

pub static LIST_REVERSE_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("list_reverseiterator"),
    tp_dealloc: dealloc_holding::<ReverseIter>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(list_reverse_next),
    methods: &REVERSE_ITER_METHODS,
    ..TypeObject::DEFAULT
};

pub static REVERSED_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("reversed"),
    tp_dealloc: dealloc_holding::<ReverseIter>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(reversed_next),
    methods: &REVERSE_ITER_METHODS,
    ..TypeObject::DEFAULT
};

/// `reversed(seq)`.
/// `__reversed__` of the built-in types that define it (`list`, `dict`, its views, `range`):
/// what `reversed(o)` returns.
pub fn m_reversed(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::call::Args::parse("__reversed__", args, kwnames, &[], 0)?;
    reversed(o)
}

pub fn reversed(seq: Obj) -> PyResult<Obj> {
    use crate::types::range::{RangeData, RANGE_TYPE};
    if crate::types::list::is_list(seq) {
        let n = seq_items(seq).expect("list").len() as i64;
        return Ok(alloc(&LIST_REVERSE_ITER_TYPE, ReverseIter { seq: seq.incref(), index: n - 1 }));
    }
    if seq.is_type(&RANGE_TYPE) {
        // reversed(range(a, b, s)) iterates range(last, a - s, -s).
        let r = payload::<RangeData>(seq);
        let last = &r.start + (&r.len - 1) * &r.step;
        let stop = &r.start - &r.step;
        let step = -&r.step;
        let parts = [last, stop, step].map(|v| Owned::new(crate::types::int::new_int_big(v)).expect("int"));
        let args: Vec<Obj> = parts.iter().map(Owned::get).collect();
        let rev = Owned::new(crate::call::call(RANGE_TYPE.obj(), &args, Obj::NULL)?).expect("range");
        return crate::ops::get_iter(rev.get());
    }
    if crate::types::dict::is_dict(seq) {
        return crate::types::dict::reversed_keys(seq);
    }
    if let Some(r) = crate::types::dict::reversed_view(seq) {
        return r;
    }
    let t = seq.ty();
    // `PySequence_Check` (an item getter), then `PySequence_Size`, whose own error reports a
    // missing `__len__`.
    if crate::types::set::is_anyset(seq) || t.lookup(|t| t.mp_subscript).is_none() {
        return Err(crate::errors::type_error(format!("'{}' object is not reversible", t.name)));
    }
    let n = crate::ops::len(seq)? as i64;
    Ok(alloc(&REVERSED_TYPE, ReverseIter { seq: seq.incref(), index: n - 1 }))
}

// ---- enumerate ------------------------------------------------------------------------------

pub struct Enumerate {
    it: Obj,
    /// The next count while it fits, else `big`.
    index: i64,
    big: Option<num_bigint::BigInt>,
}

impl Holds for Enumerate {
    fn refs(&mut self) -> Vec<Obj> {
        vec![self.it]
    }
}

pub fn new_enumerate(iterable: Obj, start: Option<Obj>) -> PyResult<Obj> {
    let (index, big) = match start {
        None => (0, None),
        Some(s) => match crate::types::int::int_view(s) {
            Some(v) => match crate::types::int::int_to_i64(s) {
                Some(i) if i < crate::object::SMALL_INT_MAX => (i, None),
                _ => (0, Some(v.to_big())),
            },
            None => {
                return Err(crate::errors::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::types::type_name(s)
                )))
            }
        },
    };
    let it = crate::ops::get_iter(iterable)?;
    Ok(alloc(&ENUMERATE_TYPE, Enumerate { it, index, big }))
}

fn enumerate_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = payload::<Enumerate>(o).it;
    let Some(v) = crate::ops::iter_next(it)? else { return Ok(None) };
    let st = payload::<Enumerate>(o);
    let n = match &mut st.big {
        Some(b) => {
            let n = crate::types::int::new_int_big(b.clone());
            *b += 1;
            n
        }
        None => {
            let n = crate::types::int::new_int(st.index);
            st.index += 1;
            if st.index >= crate::object::SMALL_INT_MAX {
                st.big = Some(st.index.into());
            }
            n
        }
    };
    Ok(Some(crate::types::tuple::new_tuple(vec![n, v])))
}

pub static ENUMERATE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("enumerate"),
    tp_dealloc: dealloc_holding::<Enumerate>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(enumerate_next),
    ..TypeObject::DEFAULT
};

// ---- zip ------------------------------------------------------------------------------------

pub struct Zip {
    its: Vec<Obj>,
    strict: bool,
}

impl Holds for Zip {
    fn refs(&mut self) -> Vec<Obj> {
        std::mem::take(&mut self.its)
    }
}

/// `zip(*iterables, strict=...)` from already-made iterators (stolen).
pub fn new_zip(its: Vec<Obj>, strict: bool) -> Obj {
    alloc(&ZIP_TYPE, Zip { its, strict })
}

fn zip_next(o: Obj) -> PyResult<Option<Obj>> {
    let its: Vec<Owned> = payload::<Zip>(o).its.iter().map(|i| Owned::new(i.incref()).expect("iterator")).collect();
    let strict = payload::<Zip>(o).strict;
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match crate::ops::iter_next(it.get()) {
            Ok(Some(v)) => items.push(v),
            Ok(None) => {
                items.into_iter().for_each(Obj::decref);
                if !strict {
                    return Ok(None);
                }
                let plural = if i == 1 { " " } else { "s 1-" };
                if i > 0 {
                    return Err(crate::errors::value_error(format!(
                        "zip() argument {} is shorter than argument{plural}{i}",
                        i + 1
                    )));
                }
                for (j, other) in its.iter().enumerate().skip(1) {
                    if let Some(v) = crate::ops::iter_next(other.get())? {
                        v.decref();
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(crate::errors::value_error(format!(
                            "zip() argument {} is longer than argument{plural}{j}",
                            j + 1
                        )));
                    }
                }
                return Ok(None);
            }
            Err(e) => {
                items.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        }
    }
    Ok(Some(crate::types::tuple::new_tuple(items)))
}

pub static ZIP_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("zip"),
    tp_dealloc: dealloc_holding::<Zip>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(zip_next),
    ..TypeObject::DEFAULT
};

// ---- map ------------------------------------------------------------------------------------

pub struct Map {
    func: Obj,
    its: Vec<Obj>,
}

impl Holds for Map {
    fn refs(&mut self) -> Vec<Obj> {
        let mut v = std::mem::take(&mut self.its);
        v.push(self.func);
        v
    }
}

/// `map(func, *iterators)`: `its` are iterators (stolen).
pub fn new_map(func: Obj, its: Vec<Obj>) -> Obj {
    alloc(&MAP_TYPE, Map { func: func.incref(), its })
}

fn map_next(o: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<Map>(o);
    let func = Owned::new(st.func.incref()).expect("func");
    let its: Vec<Owned> = st.its.iter().map(|i| Owned::new(i.incref()).expect("iterator")).collect();
    let mut args = Vec::with_capacity(its.len());
    for it in &its {
        match crate::ops::iter_next(it.get()) {
            Ok(Some(v)) => args.push(Owned::new(v).expect("item")),
            Ok(None) => return Ok(None),
            Err(e) => return Err(e),
        }
    }
    let argv: Vec<Obj> = args.iter().map(Owned::get).collect();
    crate::call::call(func.get(), &argv, Obj::NULL).map(Some)
}

pub static MAP_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("map"),
    tp_dealloc: dealloc_holding::<Map>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(map_next),
    ..TypeObject::DEFAULT
};

// ---- filter ---------------------------------------------------------------------------------

pub struct Filter {
    /// The predicate, or null for `None`/`bool` (truth of the item itself).
    func: Obj,
    it: Obj,
}

impl Holds for Filter {
    fn refs(&mut self) -> Vec<Obj> {
        vec![self.func, self.it]
    }
}

/// `filter(func, iterable)`.
pub fn new_filter(func: Obj, iterable: Obj) -> PyResult<Obj> {
    let it = crate::ops::get_iter(iterable)?;
    let func = if func == crate::types::none() || func == crate::types::int::BOOL_TYPE.obj() {
        Obj::NULL
    } else {
        func.incref()
    };
    Ok(alloc(&FILTER_TYPE, Filter { func, it }))
}

fn filter_next(o: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<Filter>(o);
    let (func, it) = (st.func, Owned::new(st.it.incref()).expect("iterator"));
    let _keep = if func.is_null() { None } else { Some(Owned::new(func.incref()).expect("func")) };
    while let Some(v) = crate::ops::iter_next(it.get())? {
        let v = Owned::new(v).expect("item");
        let ok = if func.is_null() {
            crate::ops::is_true(v.get())?
        } else {
            let r = Owned::new(crate::call::call(func, &[v.get()], Obj::NULL)?).expect("result");
            crate::ops::is_true(r.get())?
        };
        if ok {
            return Ok(Some(v.release()));
        }
    }
    Ok(None)
}

pub static FILTER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("filter"),
    tp_dealloc: dealloc_holding::<Filter>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(filter_next),
    ..TypeObject::DEFAULT
};

// ---- iter(callable, sentinel) ---------------------------------------------------------------

pub struct CallIter {
    /// Both null once exhausted.
    func: Obj,
    sentinel: Obj,
}

impl Holds for CallIter {
    fn refs(&mut self) -> Vec<Obj> {
        vec![self.func, self.sentinel]
    }
}

pub fn new_call_iter(func: Obj, sentinel: Obj) -> Obj {
    alloc(&CALL_ITER_TYPE, CallIter { func: func.incref(), sentinel: sentinel.incref() })
}

fn call_iter_next(o: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<CallIter>(o);
    if st.func.is_null() {
        return Ok(None);
    }
    let func = Owned::new(st.func.incref()).expect("func");
    let sentinel = Owned::new(st.sentinel.incref()).expect("sentinel");
    let exhaust = |o: Obj| {
        let st = payload::<CallIter>(o);
        std::mem::replace(&mut st.func, Obj::NULL).xdecref();
        std::mem::replace(&mut st.sentinel, Obj::NULL).xdecref();
    };
    match crate::call::call(func.get(), &[], Obj::NULL) {
        Ok(r) => {
            let r = Owned::new(r).expect("result");
            if crate::ops::rich_compare_bool(sentinel.get(), r.get(), crate::typeobj::CompareOp::Eq)? {
                exhaust(o);
                return Ok(None);
            }
            Ok(Some(r.release()))
        }
        Err(e) => {
            if crate::errors::current().ty().is_subtype(&crate::types::exceptions::STOP_ITERATION) {
                crate::errors::fetch().decref();
                exhaust(o);
                return Ok(None);
            }
            Err(e)
        }
    }
}

pub static CALL_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("callable_iterator"),
    tp_dealloc: dealloc_holding::<CallIter>,
    tp_iter: Some(self_iter),
    tp_iternext: Some(call_iter_next),
    ..TypeObject::DEFAULT
};

// ---- iteration through `__getitem__` --------------------------------------------------------

/// The iterator over an object that has `__getitem__` but no `__iter__`: items 0, 1, 2, …
/// until `IndexError` or `StopIteration` (CPython's `iterobject.c`, `PySeqIter_Type`).
struct GetItemIter {
    seq: Obj,
    index: i64,
}

pub fn new_getitem_iter(seq: Obj) -> Obj {
    alloc(&GETITEM_ITER_TYPE, GetItemIter { seq: seq.incref(), index: 0 })
}

fn getitem_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<GetItemIter>(it);
    if st.seq.is_null() {
        return Ok(None);
    }
    let i = crate::types::int::new_int(st.index);
    let r = crate::ops::getitem(st.seq, i);
    i.decref();
    match r {
        Ok(v) => {
            st.index += 1;
            Ok(Some(v))
        }
        Err(e) => {
            let cur = crate::errors::current().ty();
            if cur.is_subtype(&crate::types::exceptions::INDEX_ERROR)
                || cur.is_subtype(&crate::types::exceptions::STOP_ITERATION)
            {
                crate::errors::fetch().decref();
                std::mem::replace(&mut st.seq, Obj::NULL).decref();
                return Ok(None);
            }
            Err(e)
        }
    }
}

fn getitem_iter_dealloc(o: Obj) {
    payload::<GetItemIter>(o).seq.xdecref();
    crate::object::dealloc_box::<GetItemIter>(o);
}

pub static GETITEM_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("iterator"),
    tp_dealloc: getitem_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(getitem_iter_next),
    ..TypeObject::DEFAULT
};

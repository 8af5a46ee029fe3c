//! `range` and its iterators (`Objects/rangeobject.c`).
//!
//! Bounds are arbitrary-precision ints, as in CPython; iteration uses machine integers when
//! every value of the range fits in an `i64` (the common case) and big ints otherwise.
//! `len()` of a range longer than `sys.maxsize` raises `OverflowError`, but indexing and `in`
//! work on any range.

use crate::call::Args;
use crate::errors::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::{CompareOp, TypeObject};
use crate::types::int::{int_view, new_bool, new_int, new_int_big};
use crate::types::str::new_string;
use crate::types::{not_implemented, type_name};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub struct RangeData {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    /// The number of items.
    pub len: BigInt,
}

impl RangeData {
    fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeData {
        let len = if step.is_positive() {
            if start < stop {
                (&stop - &start - 1) / &step + 1
            } else {
                BigInt::zero()
            }
        } else if start > stop {
            (&start - &stop - 1) / (-&step) + 1
        } else {
            BigInt::zero()
        };
        RangeData { start, stop, step, len }
    }

    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
}

/// A range bound: any int (through `__index__` for ints and bools).
fn bound(o: Obj) -> PyResult<BigInt> {
    let (view, _keep) = crate::types::int::index_view(o)?;
    match view {
        Some(v) => Ok(v.to_big()),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

fn range_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("range", args, kwnames, &["", "", ""], 1)?;
    let (start, stop, step) = match (a.get(1), a.get(2)) {
        (None, _) => (BigInt::zero(), bound(a.req(0))?, BigInt::one()),
        (Some(stop), None) => (bound(a.req(0))?, bound(stop)?, BigInt::one()),
        (Some(stop), Some(step)) => (bound(a.req(0))?, bound(stop)?, bound(step)?),
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc(&RANGE_TYPE, RangeData::new(start, stop, step)))
}

fn data(o: Obj) -> &'static RangeData {
    payload::<RangeData>(o)
}

fn range_repr(o: Obj) -> PyResult<Obj> {
    let r = data(o);
    Ok(new_string(if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

/// `r.start`, `r.stop`, `r.step` (`range_members` in rangeobject.c).
fn range_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let r = data(o);
    match crate::types::str::str_value(name) {
        "start" => Ok(new_int_big(r.start.clone())),
        "stop" => Ok(new_int_big(r.stop.clone())),
        "step" => Ok(new_int_big(r.step.clone())),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn range_len(o: Obj) -> PyResult<usize> {
    data(o)
        .len
        .to_usize()
        .filter(|n| *n <= isize::MAX as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    if crate::types::slice::is_slice(key) {
        return slice_range(o, key);
    }
    let r = data(o);
    let (view, _keep) = crate::types::int::index_view(key)?;
    let Some(k) = view else {
        return Err(type_error(format!("range indices must be integers or slices, not {}", type_name(key))));
    };
    let k = k.to_big();
    let i = if k.is_negative() { &k + &r.len } else { k };
    if i.is_negative() || i >= r.len {
        return Err(index_error("range object index out of range"));
    }
    Ok(new_int_big(r.item(&i)))
}

fn range_contains(o: Obj, item: Obj) -> PyResult<bool> {
    let r = data(o);
    match int_view(item) {
        Some(v) => {
            let v = v.to_big();
            let inside = if r.step.is_positive() { r.start <= v && v < r.stop } else { r.stop < v && v <= r.start };
            Ok(inside && (&v - &r.start).mod_floor(&r.step).is_zero())
        }
        None => {
            // Any other object: compare with each item, as a sequence does.
            let n = range_len(o)?;
            for i in 0..n {
                let x = new_int_big(r.item(&BigInt::from(i)));
                let eq = crate::ops::rich_compare_bool(x, item, CompareOp::Eq);
                x.decref();
                if eq? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn range_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !b.is_type(&RANGE_TYPE) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let (x, y) = (data(a), data(b));
    let same = x.len == y.len && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step)));
    Ok(new_bool(same == (op == CompareOp::Eq)))
}

/// Iterator over a range whose items all fit in an `i64`.
///
/// Compiled code advances it inline (`codegen/function.rs`, `IterNext`), so the layout is
/// fixed: after the 16-byte header, `next` at offset 16, `remaining` at 24, `step` at 32.
#[repr(C)]
pub struct RangeIter {
    pub next: i64,
    pub remaining: u64,
    pub step: i64,
}

/// Iterator over any other range.
pub struct LongRangeIter {
    next: BigInt,
    remaining: BigInt,
    step: BigInt,
}

fn range_iter(o: Obj) -> PyResult<Obj> {
    let r = data(o);
    let last = if r.len.is_zero() { r.start.clone() } else { r.item(&(&r.len - 1)) };
    if let (Some(next), Some(remaining), Some(step), Some(_)) =
        (r.start.to_i64(), r.len.to_u64(), r.step.to_i64(), last.to_i64())
    {
        return Ok(alloc(&RANGE_ITER_TYPE, RangeIter { next, remaining, step }));
    }
    Ok(alloc(
        &LONG_RANGE_ITER_TYPE,
        LongRangeIter { next: r.start.clone(), remaining: r.len.clone(), step: r.step.clone() },
    ))
}

fn range_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<RangeIter>(it);
    if st.remaining == 0 {
        return Ok(None);
    }
    let v = st.next;
    st.remaining -= 1;
    // Cannot overflow past the last item, which fits (checked when the iterator was made).
    st.next = st.next.wrapping_add(st.step);
    Ok(Some(new_int(v)))
}

fn long_range_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<LongRangeIter>(it);
    if st.remaining.is_zero() {
        return Ok(None);
    }
    let v = st.next.clone();
    st.remaining -= 1;
    st.next += &st.step;
    Ok(Some(new_int_big(v)))
}

pub static RANGE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("range"),
    tp_dealloc: dealloc_box::<RangeData>,
    tp_repr: Some(range_repr),
    tp_richcompare: Some(range_richcompare),
    tp_getattro: Some(range_getattro),
    tp_new: Some(range_new),
    tp_iter: Some(range_iter),
    sq_length: Some(range_len),
    sq_contains: Some(range_contains),
    mp_subscript: Some(range_subscript),
    tp_as_number: crate::typeobj::NumberMethods {
        nb_bool: Some(|o| Ok(!data(o).len.is_zero())),
        ..crate::typeobj::NumberMethods::NONE
    },
    ..TypeObject::DEFAULT
};

static RANGE_ITER_METHODS: [crate::typeobj::MethodDef; 1] = [crate::typeobj::MethodDef {
    name: "__length_hint__",
    meth: |it, a, k| {
        crate::types::iter::length_hint_method(it, a, k, |it| Ok(payload::<RangeIter>(it).remaining as usize))
    },
}];

static LONG_RANGE_ITER_METHODS: [crate::typeobj::MethodDef; 1] = [crate::typeobj::MethodDef {
    name: "__length_hint__",
    meth: |it, args, kwnames| {
        crate::types::list::no_args("longrange_iterator.__length_hint__", args, kwnames)?;
        Ok(new_int_big(payload::<LongRangeIter>(it).remaining.clone()))
    },
}];

pub static RANGE_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("range_iterator"),
    tp_dealloc: dealloc_box::<RangeIter>,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(range_iter_next),
    methods: &RANGE_ITER_METHODS,
    ..TypeObject::DEFAULT
};

pub static LONG_RANGE_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("longrange_iterator"),
    tp_dealloc: dealloc_box::<LongRangeIter>,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(long_range_iter_next),
    methods: &LONG_RANGE_ITER_METHODS,
    ..TypeObject::DEFAULT
};

/// `r[slice]`: the range of the selected items (`compute_slice` in rangeobject.c).
pub fn slice_range(r: Obj, s: Obj) -> PyResult<Obj> {
    let d = data(r);
    let len = d.len.to_usize().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    let (start, step, count) = crate::types::slice::indices(s, len)?;
    let first = d.item(&BigInt::from(start));
    let new_step = &d.step * step;
    let stop = &first + &new_step * BigInt::from(count);
    Ok(alloc(&RANGE_TYPE, RangeData::new(first, stop, new_step)))
}

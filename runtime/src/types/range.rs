//! `range` and its iterator (`Objects/rangeobject.c`), for bounds that fit in 64 bits.

use crate::call::Args;
use crate::errors::{index_error, overflow_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::{CompareOp, TypeObject};
use crate::types::int::{int_view, new_bool, new_int, IntVal};
use crate::types::not_implemented;
use crate::types::str::new_string;
use crate::types::tuple::normalize_index;

#[derive(Clone, Copy)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> usize {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as usize
        }
    }
    fn item(&self, i: usize) -> i64 {
        self.start + (i as i64) * self.step
    }
}

/// A range bound. Bounds beyond 64 bits are not supported yet (CPython allows them).
fn arg(o: Obj) -> PyResult<i64> {
    match int_view(o) {
        Some(IntVal::Small(v)) => Ok(v),
        Some(IntVal::Big(b)) => num_traits::ToPrimitive::to_i64(b)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(crate::errors::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::types::type_name(o)
        ))),
    }
}

fn range_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("range", args, kwnames, &["", "", ""], 1)?;
    let (start, stop, step) = match (a.get(1), a.get(2)) {
        (None, _) => (0, arg(a.req(0))?, 1),
        (Some(stop), None) => (arg(a.req(0))?, arg(stop)?, 1),
        (Some(stop), Some(step)) => (arg(a.req(0))?, arg(stop)?, arg(step)?),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Obj {
    alloc(&RANGE_TYPE, RangeData { start, stop, step })
}

fn data(o: Obj) -> RangeData {
    *payload::<RangeData>(o)
}

fn range_repr(o: Obj) -> PyResult<Obj> {
    let r = data(o);
    Ok(new_string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn range_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    let r = data(o);
    match normalize_index(key, r.len(), "range")? {
        Some(i) => Ok(new_int(r.item(i))),
        None => Err(index_error("range object index out of range")),
    }
}

fn range_contains(o: Obj, item: Obj) -> PyResult<bool> {
    let r = data(o);
    match int_view(item) {
        Some(IntVal::Small(v)) => {
            let inside = if r.step > 0 {
                r.start <= v && v < r.stop
            } else {
                r.stop < v && v <= r.start
            };
            Ok(inside && (v - r.start) % r.step == 0)
        }
        Some(IntVal::Big(_)) => Ok(false),
        None => {
            for i in 0..r.len() {
                if crate::ops::rich_compare_bool(new_int(r.item(i)), item, CompareOp::Eq)? {
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
    let same = x.len() == y.len()
        && (x.len() == 0 || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
    Ok(new_bool(same == (op == CompareOp::Eq)))
}

pub struct RangeIter {
    pub next: i64,
    pub remaining: usize,
    pub step: i64,
}

fn range_iter(o: Obj) -> PyResult<Obj> {
    let r = data(o);
    Ok(alloc(
        &RANGE_ITER_TYPE,
        RangeIter {
            next: r.start,
            remaining: r.len(),
            step: r.step,
        },
    ))
}

fn range_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<RangeIter>(it);
    if st.remaining == 0 {
        return Ok(None);
    }
    let v = st.next;
    st.remaining -= 1;
    st.next = st.next.wrapping_add(st.step);
    Ok(Some(new_int(v)))
}

pub static RANGE_TYPE: TypeObject = TypeObject {
    name: "range",
    tp_dealloc: dealloc_box::<RangeData>,
    tp_repr: Some(range_repr),
    tp_richcompare: Some(range_richcompare),
    tp_new: Some(range_new),
    tp_iter: Some(range_iter),
    sq_length: Some(|o| Ok(data(o).len())),
    sq_contains: Some(range_contains),
    mp_subscript: Some(range_subscript),
    ..TypeObject::DEFAULT
};

pub static RANGE_ITER_TYPE: TypeObject = TypeObject {
    name: "range_iterator",
    tp_dealloc: dealloc_box::<RangeIter>,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(range_iter_next),
    ..TypeObject::DEFAULT
};

//! `slice` objects and slicing of the built-in sequences (`Objects/sliceobject.c`,
//! `PySlice_Unpack` and `PySlice_AdjustIndices`; `list_subscript`, `list_ass_subscript`,
//! `tuplesubscript`, `unicode_subscript`, `compute_slice` for ranges).
//!
//! Indices are clamped as CPython clamps them: a bound beyond the sequence (including any big
//! int) saturates, a negative bound counts from the end, and a zero step raises.

use crate::errors::{type_error, value_error, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::{CompareOp, TypeObject};
use crate::types::int::IntVal;
use crate::types::str::{new_string, str_value};
use crate::types::{none, not_implemented};
use num_traits::{Signed, ToPrimitive};

pub struct SliceData {
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

/// A new slice (the bounds are borrowed; `None` for an omitted one).
pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    alloc(&SLICE_TYPE, SliceData { start: start.incref(), stop: stop.incref(), step: step.incref() })
}

pub fn is_slice(o: Obj) -> bool {
    !o.is_small() && o.is_type(&SLICE_TYPE)
}

fn slice_dealloc(o: Obj) {
    let d = payload::<SliceData>(o);
    d.start.decref();
    d.stop.decref();
    d.step.decref();
    crate::object::dealloc_box::<SliceData>(o);
}

/// A slice bound as a saturated `i64`; `None` for `None`.
fn bound(o: Obj) -> PyResult<Option<i64>> {
    if o == none() {
        return Ok(None);
    }
    let (view, _keep) = crate::types::int::index_view(o)?;
    match view {
        Some(IntVal::Small(v)) => Ok(Some(v)),
        Some(IntVal::Big(b)) => Ok(Some(b.to_i64().unwrap_or(if b.is_negative() { -i64::MAX } else { i64::MAX }))),
        None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `(start, stop, step)` clipped to a sequence of length `len` (`PySlice_AdjustIndices`).
fn adjusted(s: Obj, len: usize) -> PyResult<(i64, i64, i64)> {
    let d = payload::<SliceData>(s);
    let step = bound(d.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v.saturating_add(len)).max(lower),
        Some(v) => v.min(upper),
    };
    let start = adjust(bound(d.start)?, if step < 0 { upper } else { lower });
    let stop = adjust(bound(d.stop)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// `slice.indices(length)`.
fn m_indices(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("indices", args, kwnames, &[""], 1)?;
    let n = crate::types::int::index_to_i64(a.req(0), "")?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = adjusted(s, n as usize)?;
    let i = crate::types::int::new_int;
    Ok(crate::types::tuple::new_tuple(vec![i(start), i(stop), i(step)]))
}

static SLICE_METHODS: [crate::typeobj::MethodDef; 1] = [crate::typeobj::MethodDef { name: "indices", meth: m_indices }];

/// The concrete `(start, step, count)` a slice selects from a sequence of length `len`.
pub fn indices(s: Obj, len: usize) -> PyResult<(i64, i64, usize)> {
    let (start, stop, step) = adjusted(s, len)?;
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / -step + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

/// The positions a slice selects, in order.
fn positions(s: Obj, len: usize) -> PyResult<impl Iterator<Item = usize>> {
    let (start, step, count) = indices(s, len)?;
    Ok((0..count).map(move |i| (start + i as i64 * step) as usize))
}

/// The items a slice selects from a list's or tuple's items (new references).
pub fn slice_items(items: &[Obj], s: Obj) -> PyResult<Vec<Obj>> {
    Ok(positions(s, items.len())?.map(|i| items[i].incref()).collect())
}

/// The text a slice selects, counting code points.
pub fn slice_str(text: &str, s: Obj) -> PyResult<String> {
    if text.is_ascii() {
        return Ok(positions(s, text.len())?.map(|i| text.as_bytes()[i] as char).collect());
    }
    let chars: Vec<char> = text.chars().collect();
    Ok(positions(s, chars.len())?.map(|i| chars[i]).collect())
}

/// `lst[slice] = iterable` and `del lst[slice]` (`value` null).
pub fn assign_list_slice(seq: Obj, s: Obj, value: Obj) -> PyResult<()> {
    use crate::types::list;
    {
        let len = list::list_items(seq).len();
        let (start, step, count) = indices(s, len)?;
        let new: Vec<Obj> = if value.is_null() {
            Vec::new()
        } else {
            // `PySequence_Fast`: a value that cannot be iterated gets the slice's own message.
            let it = crate::ops::get_iter(value).map_err(|e| {
                if crate::errors::current().ty().is_subtype(&crate::types::exceptions::TYPE_ERROR) {
                    crate::errors::fetch().decref();
                    return crate::errors::type_error(if step == 1 {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    });
                }
                e
            })?;
            let it = crate::object::Owned::new(it).expect("iterator");
            crate::ops::collect_iterable(it.get())?
        };
        let items = list::list_items(seq);
        let removed: Vec<Obj> = if step == 1 {
            let start = start as usize;
            let stop = start + count;
            // CPython's `list_ass_slice` releases the old items last first.
            let mut old: Vec<Obj> = items.splice(start..stop, new).collect();
            old.reverse();
            old
        } else if value.is_null() {
            // Delete from the highest position down so earlier positions stay valid; the
            // removed items are released in ascending position order, as in CPython.
            let mut pos: Vec<usize> = (0..count).map(|i| (start + i as i64 * step) as usize).collect();
            pos.sort_unstable_by(|a, b| b.cmp(a));
            let mut old: Vec<Obj> = pos.into_iter().map(|p| items.remove(p)).collect();
            old.reverse();
            old
        } else {
            if new.len() != count {
                let n = new.len();
                new.into_iter().for_each(Obj::decref);
                return Err(value_error(format!(
                    "attempt to assign sequence of size {n} to extended slice of size {count}"
                )));
            }
            let mut old = Vec::with_capacity(count);
            for (i, v) in new.into_iter().enumerate() {
                let p = (start + i as i64 * step) as usize;
                old.push(std::mem::replace(&mut items[p], v));
            }
            old
        };
        removed.into_iter().for_each(Obj::decref);
        Ok(())
    }
}

fn slice_repr(o: Obj) -> PyResult<Obj> {
    let d = payload::<SliceData>(o);
    Ok(new_string(format!(
        "slice({}, {}, {})",
        crate::ops::repr_string(d.start)?,
        crate::ops::repr_string(d.stop)?,
        crate::ops::repr_string(d.step)?
    )))
}

fn slice_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let d = payload::<SliceData>(o);
    match str_value(name) {
        "start" => Ok(d.start.incref()),
        "stop" => Ok(d.stop.incref()),
        "step" => Ok(d.step.incref()),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn slice_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_slice(b) {
        return Ok(not_implemented());
    }
    let t = |o: Obj| {
        let d = payload::<SliceData>(o);
        crate::types::tuple::new_tuple(vec![d.start.incref(), d.stop.incref(), d.step.incref()])
    };
    let (x, y) = (t(a), t(b));
    let r = crate::ops::rich_compare(x, y, op);
    x.decref();
    y.decref();
    r
}

fn slice_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("slice", args, kwnames, &["", "", ""], 1)?;
    let n = none();
    Ok(match (a.get(1), a.get(2)) {
        (None, _) => new_slice(n, a.req(0), n),
        (Some(stop), step) => new_slice(a.req(0), stop, step.unwrap_or(n)),
    })
}

pub static SLICE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("slice"),
    tp_dealloc: slice_dealloc,
    tp_repr: Some(slice_repr),
    tp_getattro: Some(slice_getattro),
    tp_richcompare: Some(slice_richcompare),
    methods: &SLICE_METHODS,
    tp_new: Some(slice_new),
    tp_hash: Some(|o| {
        let d = payload::<SliceData>(o);
        let t = crate::types::tuple::new_tuple(vec![d.start.incref(), d.stop.incref(), d.step.incref()]);
        let h = crate::ops::hash(t);
        t.decref();
        h
    }),
    ..TypeObject::DEFAULT
};

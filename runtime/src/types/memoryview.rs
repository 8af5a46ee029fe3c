//! `memoryview` basics (`Objects/memoryobject.c`): a view of a `bytes` or `bytearray`
//! (format `'B'`, one dimension) with `len`, indexing, slicing, iteration, comparison,
//! `tobytes`, `tolist`, `hex`, `release`, and item assignment through a view of a bytearray.
//!
//! A view holds a reference to its object and a `(start, step, len)` window on it. Invariant:
//! every access clamps the window to the object's current length, so a bytearray resized
//! under a view (which CPython forbids with `BufferError`) can never be read out of bounds.
//! After `release()` every operation raises CPython's `ValueError`. Views with a step other
//! than 1 support the operations above but are not accepted where a contiguous bytes-like
//! object is required.

use crate::errors::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::{CompareOp, MethodDef, TypeObject};
use crate::types::bytes::{buffer, bytes_data, is_bytearray, is_bytes, new_bytes};
use crate::types::int::{int_view, new_bool, new_int, IntVal};
use crate::types::str::{new_str, new_string, str_value};
use crate::types::{none, not_implemented, type_name};

#[derive(Clone, Copy)]
pub struct ViewData {
    /// The viewed `bytes`/`bytearray`; null once released.
    obj: Obj,
    start: usize,
    step: isize,
    len: usize,
}

pub fn is_memoryview(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&MEMORYVIEW_TYPE)
}

fn view(o: Obj) -> &'static mut ViewData {
    payload::<ViewData>(o)
}

fn released() -> crate::errors::Raised {
    value_error("operation forbidden on released memoryview object")
}

/// The live view of `o`, or the released-view error.
fn live(o: Obj) -> PyResult<&'static ViewData> {
    let v = view(o);
    if v.obj.is_null() {
        Err(released())
    } else {
        Ok(v)
    }
}

/// The bytes the view covers, clamped to the object's current length.
fn collect(v: &ViewData) -> Vec<u8> {
    let d = bytes_data(v.obj);
    (0..v.len)
        .map(|i| v.start as isize + i as isize * v.step)
        .filter_map(|p| usize::try_from(p).ok().and_then(|p| d.get(p).copied()))
        .collect()
}

/// The bytes of a contiguous, unreleased memoryview (for [`crate::types::bytes::buffer`]).
pub fn view_bytes(o: Obj) -> Option<&'static [u8]> {
    if !is_memoryview(o) {
        return None;
    }
    let v = view(o);
    if v.obj.is_null() || v.step != 1 {
        return None;
    }
    let d = bytes_data(v.obj);
    let start = v.start.min(d.len());
    let end = (v.start + v.len).min(d.len());
    Some(&d[start..end])
}

fn mv_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("memoryview", args, kwnames, &["object"], 1)?;
    let x = a.req(0);
    if is_memoryview(x) {
        let v = live(x)?;
        return Ok(alloc(&MEMORYVIEW_TYPE, ViewData { obj: v.obj.incref(), ..*v }));
    }
    if !is_bytes(x) && !is_bytearray(x) {
        return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name(x))));
    }
    let len = bytes_data(x).len();
    Ok(alloc(&MEMORYVIEW_TYPE, ViewData { obj: x.incref(), start: 0, step: 1, len }))
}

fn mv_dealloc(o: Obj) {
    view(o).obj.xdecref();
    dealloc_box::<ViewData>(o);
}

fn mv_len(o: Obj) -> PyResult<usize> {
    Ok(live(o)?.len)
}

/// The position in the object of item `key` of the view.
fn position(v: &ViewData, key: Obj) -> PyResult<usize> {
    let i = match int_view(key) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(_)) => return Err(index_error("cannot fit 'int' into an index-sized integer")),
        None => return Err(type_error("memoryview: invalid slice key")),
    };
    let n = v.len as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok((v.start as isize + j as isize * v.step) as usize)
}

fn mv_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    let v = *live(o)?;
    if crate::types::slice::is_slice(key) {
        let (start, step, count) = crate::types::slice::indices(key, v.len)?;
        let nstart = v.start as isize + start as isize * v.step;
        let sub =
            ViewData { obj: v.obj.incref(), start: nstart.max(0) as usize, step: v.step * step as isize, len: count };
        return Ok(alloc(&MEMORYVIEW_TYPE, sub));
    }
    let p = position(&v, key)?;
    match bytes_data(v.obj).get(p) {
        Some(&b) => Ok(new_int(b as i64)),
        None => Err(index_error("index out of bounds on dimension 1")),
    }
}

fn mv_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let v = *live(o)?;
    if !is_bytearray(v.obj) {
        return Err(type_error("cannot modify read-only memory"));
    }
    if value.is_null() {
        return Err(type_error("cannot delete memory"));
    }
    if crate::types::slice::is_slice(key) {
        let (start, step, count) = crate::types::slice::indices(key, v.len)?;
        let Some(src) = buffer(value).map(<[u8]>::to_vec) else {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(value))));
        };
        if src.len() != count {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let d = bytes_data(v.obj);
        for (i, b) in src.into_iter().enumerate() {
            let p = v.start as isize + (start as isize + i as isize * step as isize) * v.step;
            if let Some(slot) = usize::try_from(p).ok().and_then(|p| d.get_mut(p)) {
                *slot = b;
            }
        }
        return Ok(());
    }
    let p = position(&v, key)?;
    let b = match int_view(value) {
        Some(IntVal::Small(x)) if (0..256).contains(&x) => x as u8,
        Some(_) => return Err(value_error("memoryview: invalid value for format 'B'")),
        None => return Err(type_error("memoryview: invalid type for format 'B'")),
    };
    if let Some(slot) = bytes_data(v.obj).get_mut(p) {
        *slot = b;
    }
    Ok(())
}

fn mv_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(not_implemented());
    }
    let va = view(a);
    if va.obj.is_null() {
        return Ok(new_bool((a == b) == (op == CompareOp::Eq)));
    }
    let x = collect(va);
    let y = if is_memoryview(b) {
        let vb = view(b);
        if vb.obj.is_null() {
            return Ok(new_bool(op == CompareOp::Ne));
        }
        collect(vb)
    } else {
        match buffer(b) {
            Some(y) => y.to_vec(),
            None => return Ok(not_implemented()),
        }
    };
    Ok(new_bool((x == y) == (op == CompareOp::Eq)))
}

fn mv_hash(o: Obj) -> PyResult<i64> {
    let v = *live(o)?;
    if is_bytearray(v.obj) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(crate::types::bytes::hash_bytes(&collect(&v)))
}

fn mv_repr(o: Obj) -> PyResult<Obj> {
    let what = if view(o).obj.is_null() { "released memory" } else { "memory" };
    Ok(new_string(format!("<{what} at {:#x}>", o.0)))
}

fn mv_iter(o: Obj) -> PyResult<Obj> {
    let v = *live(o)?;
    let items: Vec<Obj> = collect(&v).into_iter().map(|b| new_int(b as i64)).collect();
    let l = crate::object::Owned::new(crate::types::list::new_list(items)).expect("list");
    crate::ops::get_iter(l.get())
}

fn m_tobytes(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("tobytes", args, kwnames, &["order"], 0)?;
    if let Some(o) = a.get(0) {
        if o != none() && !crate::types::str::is_str(o) {
            return Err(type_error(format!("tobytes() argument 'order' must be str or None, not {}", type_name(o))));
        }
    }
    Ok(new_bytes(collect(live(s)?)))
}

fn m_tolist(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("memoryview.tolist", args, kwnames)?;
    let items = collect(live(s)?).into_iter().map(|b| new_int(b as i64)).collect();
    Ok(crate::types::list::new_list(items))
}

fn m_hex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let d = collect(live(s)?);
    crate::types::bytes_methods::hex_with_sep(&d, "hex", args, kwnames)
}

fn m_release(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("memoryview.release", args, kwnames)?;
    std::mem::replace(&mut view(s).obj, Obj::NULL).xdecref();
    Ok(none())
}

fn mv_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let n = str_value(name);
    let v = view(o);
    match n {
        "obj" | "nbytes" | "readonly" | "format" | "itemsize" | "ndim" | "shape" | "strides" => {}
        "released" => return Ok(new_bool(v.obj.is_null())),
        _ => return crate::attr::generic_getattr(o, name),
    }
    let v = *live(o)?;
    Ok(match n {
        "obj" => v.obj.incref(),
        "nbytes" => new_int(v.len as i64),
        "readonly" => new_bool(!is_bytearray(v.obj)),
        "format" => new_str("B"),
        "itemsize" | "ndim" => new_int(1),
        "shape" => crate::types::tuple::new_tuple(vec![new_int(v.len as i64)]),
        _ => crate::types::tuple::new_tuple(vec![new_int(v.step as i64)]),
    })
}

static MEMORYVIEW_METHODS: [MethodDef; 4] = [
    MethodDef { name: "tobytes", meth: m_tobytes },
    MethodDef { name: "tolist", meth: m_tolist },
    MethodDef { name: "hex", meth: m_hex },
    MethodDef { name: "release", meth: m_release },
];

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("memoryview"),
    tp_dealloc: mv_dealloc,
    tp_new: Some(mv_new),
    tp_repr: Some(mv_repr),
    tp_hash: Some(mv_hash),
    tp_richcompare: Some(mv_richcompare),
    tp_iter: Some(mv_iter),
    tp_getattro: Some(mv_getattro),
    sq_length: Some(mv_len),
    mp_subscript: Some(mv_subscript),
    mp_ass_subscript: Some(mv_ass_subscript),
    methods: &MEMORYVIEW_METHODS,
    ..TypeObject::DEFAULT
};

//! Traceback and frame objects (`Python/traceback.c`, `Objects/frameobject.c`): what
//! `e.__traceback__`, `sys.exc_info()[2]` and `__exit__`'s third argument show of the
//! entries an exception recorded while it propagated.
//!
//! An exception keeps its entries as `(code, line)` pairs, innermost first
//! (`ExcData::traceback`, appended by `errors::tb_here` on the cold path of every failing
//! call). The objects are made only when Python code asks for them, and are kept beside the
//! entries (`ExcData::tb_objs`, same order) so that asking twice gives the same object and
//! an entry recorded later (the exception propagating further) becomes a new head whose
//! `tb_next` is the old one, exactly as CPython's `PyTraceBack_Here` prepends.
//!
//! A traceback object has `tb_next`, `tb_frame` and `tb_lineno`. Compiled code keeps no
//! frame objects, so `tb_frame` is a small frame made for the entry with `f_code` only: no
//! `f_lineno` (a live frame's current line, which ophis does not track), `f_locals`,
//! `f_globals` or `f_back`. Assigning `__traceback__` (or `with_traceback`) replaces the
//! entries by the chain's.

use crate::errors::{attribute_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::exceptions::ExcData;
use crate::types::int::new_int;
use crate::types::none;
use crate::types::str::str_value;

struct TbData {
    /// The next (inner) traceback object (owned), or null.
    next: Obj,
    /// The frame of the entry (owned).
    frame: Obj,
    line: u32,
}

struct FrameData {
    /// The code object (owned).
    code: Obj,
    /// The line of the traceback entry the frame was made for (shown by its repr).
    line: u32,
}

pub fn is_traceback(o: Obj) -> bool {
    !o.is_small() && o.is_type(&TRACEBACK_TYPE)
}

fn new_traceback(next: Obj, code: Obj, line: u32) -> Obj {
    let frame = alloc(&FRAME_TYPE, FrameData { code: code.incref(), line });
    alloc(&TRACEBACK_TYPE, TbData { next: next.xincref(), frame, line })
}

/// `e.__traceback__` (a new reference): the head of the chain, or `None` when the exception
/// has not been raised.
pub fn traceback_of(e: Obj) -> Obj {
    let d = payload::<ExcData>(e);
    while d.tb_objs.len() < d.traceback.len() {
        let i = d.tb_objs.len();
        let (code, line) = d.traceback[i];
        let next = if i == 0 { Obj::NULL } else { d.tb_objs[i - 1] };
        d.tb_objs.push(new_traceback(next, code, line));
    }
    d.tb_objs.last().copied().unwrap_or_else(none).incref()
}

/// `e.__traceback__ = tb` / `e.with_traceback(tb)`: `tb` is a traceback or `None`.
pub fn set_traceback(e: Obj, tb: Obj) -> PyResult<()> {
    if tb != none() && !is_traceback(tb) {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    let mut chain = Vec::new();
    let mut t = if tb == none() { Obj::NULL } else { tb };
    while !t.is_null() {
        chain.push(t);
        t = payload::<TbData>(t).next;
    }
    let d = payload::<ExcData>(e);
    let old_entries = std::mem::take(&mut d.traceback);
    let old_objs = std::mem::take(&mut d.tb_objs);
    // Innermost first, as the entries are kept.
    for &t in chain.iter().rev() {
        let tb = payload::<TbData>(t);
        d.traceback.push((payload::<FrameData>(tb.frame).code.incref(), tb.line));
        d.tb_objs.push(t.incref());
    }
    old_entries.into_iter().for_each(|(code, _)| code.decref());
    old_objs.into_iter().for_each(Obj::decref);
    Ok(())
}

fn tb_dealloc(o: Obj) {
    let t = payload::<TbData>(o);
    t.next.xdecref();
    t.frame.decref();
    dealloc_box::<TbData>(o);
}

fn tb_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let t = payload::<TbData>(o);
    match str_value(name) {
        "tb_next" => Ok(if t.next.is_null() { none() } else { t.next }.incref()),
        "tb_frame" => Ok(t.frame.incref()),
        "tb_lineno" => Ok(new_int(t.line as i64)),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn tb_setattro(_o: Obj, name: Obj, _value: Obj) -> PyResult<()> {
    let n = str_value(name);
    Err(attribute_error(match n {
        "tb_frame" | "tb_lineno" => format!("attribute '{n}' of 'traceback' objects is not writable"),
        // Relinking a chain would desynchronise it from the exception's entries.
        "tb_next" => "ophis does not support assigning tb_next".to_string(),
        _ => format!("'traceback' object has no attribute '{n}'"),
    }))
}

pub static TRACEBACK_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("traceback"),
    tp_dealloc: tb_dealloc,
    tp_getattro: Some(tb_getattro),
    tp_setattro: Some(tb_setattro),
    ..TypeObject::DEFAULT
};

fn frame_dealloc(o: Obj) {
    payload::<FrameData>(o).code.decref();
    dealloc_box::<FrameData>(o);
}

fn frame_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let f = payload::<FrameData>(o);
    match str_value(name) {
        "f_code" => Ok(f.code.incref()),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn frame_repr(o: Obj) -> PyResult<Obj> {
    let f = payload::<FrameData>(o);
    let code = crate::types::function::code_data(f.code);
    Ok(crate::types::str::new_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.0,
        str_value(code.filename),
        f.line,
        str_value(code.name)
    )))
}

pub static FRAME_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("frame"),
    tp_dealloc: frame_dealloc,
    tp_repr: Some(frame_repr),
    tp_getattro: Some(frame_getattro),
    ..TypeObject::DEFAULT
};

//! Iterators over the built-in sequences: list, tuple and str (`Objects/iterobject.c`).
//!
//! A list iterator re-reads the length at each step, so appending while iterating is seen, as
//! in CPython.

use crate::errors::PyResult;
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::str::{is_str, str_value};
use crate::types::tuple::seq_items;

pub struct SeqIter {
    seq: Obj,
    /// Next item index; for str, the byte offset of the next character.
    pos: usize,
}

/// A new iterator over a list, tuple or str (borrowed, the iterator keeps a reference).
pub fn new_seq_iter(seq: Obj) -> Obj {
    alloc(&SEQ_ITER_TYPE, SeqIter { seq: seq.incref(), pos: 0 })
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

fn seq_iter_dealloc(o: Obj) {
    payload::<SeqIter>(o).seq.xdecref();
    dealloc_box::<SeqIter>(o);
}

pub static SEQ_ITER_TYPE: TypeObject = TypeObject {
    name: "iterator",
    tp_dealloc: seq_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(seq_iter_next),
    ..TypeObject::DEFAULT
};

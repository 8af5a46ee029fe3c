//! `str`: immutable Unicode text, stored as UTF-8 with its length in code points.
//!
//! Indexing and `len` count code points, as Python does; an all-ASCII string (the common case)
//! indexes in O(1). Ordering is by code point, which for UTF-8 equals byte order.
//! Follows `Objects/unicodeobject.c` for messages (`unicode_concat`, `unicode_getitem`).
//! The methods and `%` formatting live in `str_methods.rs`.

use crate::errors::{index_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::{CompareOp, NumberMethods, TypeObject};
use crate::types::int::{new_bool, IntVal};
use crate::types::{not_implemented, type_name};

pub struct StrData {
    pub s: String,
    /// Length in code points.
    pub nchars: usize,
    /// The hash, once computed (-1 until then; a hash is never -1), as CPython caches it:
    /// attribute names and dict keys are hashed on every lookup.
    pub hash: std::cell::Cell<i64>,
}

impl StrData {
    pub fn new(s: String, nchars: usize) -> StrData {
        StrData { s, nchars, hash: std::cell::Cell::new(-1) }
    }
}

pub fn new_str(s: &str) -> Obj {
    new_string(s.to_owned())
}

pub fn new_string(s: String) -> Obj {
    let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
    alloc(&STR_TYPE, StrData::new(s, nchars))
}

/// The text of a `str` object (type already checked).
#[inline]
pub fn str_value(o: Obj) -> &'static str {
    &payload::<StrData>(o).s
}

#[inline]
pub fn is_str(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&STR_TYPE)
}

fn str_data(o: Obj) -> &'static StrData {
    payload::<StrData>(o)
}

/// The length of a `str` object in code points (type already checked).
#[inline]
pub fn str_nchars(o: Obj) -> usize {
    str_data(o).nchars
}

fn str_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_string(crate::format::str_repr(str_value(o))))
}

fn str_str(o: Obj) -> PyResult<Obj> {
    if o.is_type(&STR_TYPE) {
        return Ok(o.incref());
    }
    Ok(new_str(str_value(o)))
}

/// FNV-1a over the UTF-8 bytes. CPython's str hash is randomised per process, so no program
/// can depend on its values; this one only has to be fast and well spread.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn str_hash(o: Obj) -> PyResult<i64> {
    let d = str_data(o);
    let h = d.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = hash_str(&d.s);
    d.hash.set(h);
    Ok(h)
}

fn str_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_str(b) {
        return Ok(not_implemented());
    }
    Ok(new_bool(op.test(str_value(a).cmp(str_value(b)))))
}

fn str_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_str(b) {
        return Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b))));
    }
    let (x, y) = (str_value(a), str_value(b));
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    Ok(new_string(s))
}

fn str_repeat(a: Obj, n: i64) -> PyResult<Obj> {
    let s = str_value(a);
    if n <= 0 || s.is_empty() {
        return Ok(new_str(""));
    }
    // CPython's bound is on the length in code points (`unicode_repeat`); past it nothing
    // could be allocated anyway.
    let chars = str_data(a).nchars as u128;
    if chars * (n as u128) > isize::MAX as u128 {
        return Err(crate::errors::overflow_error("repeated string is too long"));
    }
    let total = (s.len() as u128) * (n as u128);
    if total > isize::MAX as u128 / 2 {
        return Err(crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    Ok(new_string(s.repeat(n as usize)))
}

fn str_len(o: Obj) -> PyResult<usize> {
    Ok(str_data(o).nchars)
}

/// The code point at index `i` (already normalised to `0..nchars`).
pub fn char_at(o: Obj, i: usize) -> char {
    let d = str_data(o);
    if d.s.len() == d.nchars {
        d.s.as_bytes()[i] as char
    } else {
        d.s.chars().nth(i).expect("index checked")
    }
}

/// A one-character string.
pub fn new_char(c: char) -> Obj {
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

fn str_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    if crate::types::slice::is_slice(key) {
        return Ok(new_string(crate::types::slice::slice_str(str_value(o), key)?));
    }
    let n = str_data(o).nchars as i64;
    let (view, _keep) = crate::types::int::index_view(key)?;
    let i = match view {
        Some(IntVal::Small(i)) => i,
        // Beyond 63 bits but within `Py_ssize_t`: simply out of range; beyond that, too big.
        Some(IntVal::Big(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(v) => v,
            None => return Err(index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key)))),
        },
        None => return Err(type_error(format!("string indices must be integers, not '{}'", type_name(key)))),
    };
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("string index out of range"));
    }
    Ok(new_char(char_at(o, j as usize)))
}

fn str_contains(o: Obj, item: Obj) -> PyResult<bool> {
    if !is_str(item) {
        return Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item))));
    }
    Ok(str_value(o).contains(str_value(item)))
}

fn str_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("str", args, kwnames, &["object", "encoding", "errors"], 0)?;
    if a.get(1).is_some() || a.get(2).is_some() {
        // `str(b, encoding, errors)`: decode a bytes-like object.
        let enc = crate::codecs::str_param("str", "encoding", a.get(1), "utf-8")?;
        let errors = crate::codecs::str_param("str", "errors", a.get(2), "strict")?;
        let Some(x) = a.get(0) else { return Ok(new_str("")) };
        if is_str(x) {
            return Err(type_error("decoding str is not supported"));
        }
        let Some(data) = crate::types::bytes::buffer(x) else {
            return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(x))));
        };
        let codec = crate::codecs::Codec::lookup(enc)?;
        return Ok(new_string(crate::codecs::decode(data, codec, errors)?));
    }
    match a.get(0) {
        None => Ok(new_str("")),
        Some(x) => crate::ops::str(x),
    }
}

fn str_iter(o: Obj) -> PyResult<Obj> {
    Ok(crate::types::iter::new_seq_iter(o))
}

pub static STR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("str"),
    tp_dealloc: dealloc_box::<StrData>,
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<StrData>>(),
    tp_repr: Some(str_repr),
    tp_str: Some(str_str),
    tp_hash: Some(str_hash),
    tp_richcompare: Some(str_richcompare),
    tp_new: Some(str_new),
    tp_iter: Some(str_iter),
    sq_length: Some(str_len),
    sq_concat: Some(str_concat),
    sq_repeat: Some(str_repeat),
    sq_contains: Some(str_contains),
    mp_subscript: Some(str_subscript),
    tp_as_number: NumberMethods { nb_remainder: Some(crate::types::str_methods::str_remainder), ..NumberMethods::NONE },
    methods: crate::types::str_methods::STR_METHODS,
    ..TypeObject::DEFAULT
};

//! `bytes` and `bytearray`: immutable and mutable sequences of bytes (`Objects/bytesobject.c`,
//! `Objects/bytearrayobject.c`, `Objects/bytes_methods.c`).
//!
//! Both types hold a `Vec<u8>` payload, so the read-only methods (in `bytes_methods.rs`) are
//! shared and return an object of the receiver's type. Indexing yields ints, slicing yields
//! the receiver's type; `bytes` is hashable (the same hash as an ASCII `str` with the same
//! characters), `bytearray` is not. Arguments that accept "a bytes-like object" take
//! `bytes`, `bytearray` or `memoryview` ([`buffer`]).
//!
//! Invariant: a `bytes` payload is never mutated after the object is created; a `bytearray`
//! may change during any call that runs Python code, so functions copy what they need before
//! calling back (iteration, comparison of items).

use crate::errors::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{CompareOp, NumberMethods, TypeObject};
use crate::types::int::{int_view, new_bool, new_int, IntVal};
use crate::types::str::{is_str, new_string, str_value};
use crate::types::{not_implemented, type_name};

/// A new `bytes` object.
pub fn new_bytes(v: Vec<u8>) -> Obj {
    alloc(&BYTES_TYPE, v)
}

/// A new `bytearray` object.
pub fn new_bytearray(v: Vec<u8>) -> Obj {
    alloc(&BYTEARRAY_TYPE, v)
}

#[inline]
pub fn is_bytes(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&BYTES_TYPE)
}

#[inline]
pub fn is_bytearray(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&BYTEARRAY_TYPE)
}

/// The payload of a `bytes` or `bytearray` (type already checked).
#[inline]
pub fn bytes_data(o: Obj) -> &'static mut Vec<u8> {
    payload::<Vec<u8>>(o)
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, `memoryview`), if `o` is one.
/// The slice is valid until Python code next runs (a bytearray may be resized then).
pub fn buffer(o: Obj) -> Option<&'static [u8]> {
    if is_bytes(o) || is_bytearray(o) {
        Some(bytes_data(o).as_slice())
    } else {
        crate::types::memoryview::view_bytes(o)
    }
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
pub fn buffer_arg(o: Obj) -> PyResult<&'static [u8]> {
    buffer(o).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(o))))
}

/// A result of the receiver's type: `bytearray` for a bytearray, `bytes` otherwise.
pub fn same_type(receiver: Obj, v: Vec<u8>) -> Obj {
    if is_bytearray(receiver) {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

/// `repr` of the bytes themselves: `b'...'`, with `"` quotes when the data holds `'` and no
/// `"` (`PyBytes_Repr`).
pub fn repr_bytes(b: &[u8]) -> String {
    repr_bytes_as(b, false)
}

/// `repr` of byte data; `bytearray`'s repr (`bytearray_repr`) escapes every `'`, even
/// inside double quotes, and never escapes `"`.
fn repr_bytes_as(b: &[u8], bytearray: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(quote as char);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\'' if bytearray => s.push_str("\\'"),
            b'"' if bytearray => s.push('"'),
            _ if c == quote => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote as char);
    s
}

fn bytes_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_string(repr_bytes(bytes_data(o))))
}

fn bytearray_repr(o: Obj) -> PyResult<Obj> {
    // A subclass's instances show its name (`bytearray_repr` uses the type's name).
    Ok(new_string(format!("{}({})", o.ty().name, repr_bytes_as(bytes_data(o), true))))
}

/// The hash of a byte string: the same function as `str`'s over its UTF-8 bytes, so an ASCII
/// `str` and the equal `bytes` hash alike, as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn bytes_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    // `bytes_richcompare` compares only with bytes; a bytearray or memoryview on the other
    // side answers through its own (reflected) comparison.
    if !is_bytes(b) {
        return Ok(not_implemented());
    }
    Ok(new_bool(op.test(bytes_data(a).as_slice().cmp(bytes_data(b).as_slice()))))
}

fn bytearray_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    match buffer(b) {
        Some(y) => Ok(new_bool(op.test(bytes_data(a).as_slice().cmp(y)))),
        None => Ok(not_implemented()),
    }
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    let Some(y) = buffer(b) else {
        return Err(type_error(format!("can't concat {} to {}", type_name(b), type_name(a))));
    };
    let x = buffer(a).expect("concat on a bytes-like object");
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    Ok(same_type(a, v))
}

/// A zeroed buffer of `n` bytes, or `MemoryError` when it cannot be allocated (instead of
/// aborting the process).
pub fn alloc_bytes(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    v.resize(n, 0);
    Ok(v)
}

/// `data * n` with CPython's overflow check.
pub fn repeat_vec(x: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || x.is_empty() {
        return Ok(Vec::new());
    }
    if (x.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(overflow_error("repeated bytes are too long"));
    }
    let mut v = alloc_bytes(0)?;
    if v.try_reserve_exact(x.len() * n as usize).is_err() {
        return Err(crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    for _ in 0..n {
        v.extend_from_slice(x);
    }
    Ok(v)
}

fn repeat(a: Obj, n: i64) -> PyResult<Obj> {
    Ok(same_type(a, repeat_vec(bytes_data(a), n)?))
}

fn len(o: Obj) -> PyResult<usize> {
    Ok(bytes_data(o).len())
}

/// A byte value from an int-like object (`_getbytevalue`), with `msg` as the range error.
pub fn byte_value(o: Obj, msg: &str) -> PyResult<u8> {
    let v = match int_view(o) {
        Some(IntVal::Small(v)) => v,
        Some(IntVal::Big(_)) => -1,
        None => match o.ty().lookup(|t| t.tp_as_number.nb_index) {
            Some(f) => {
                let i = Owned::new(f(o)?).expect("index");
                match int_view(i.get()) {
                    Some(IntVal::Small(v)) => v,
                    _ => -1,
                }
            }
            None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
        },
    };
    u8::try_from(v).map_err(|_| value_error(msg))
}

/// `sub in data` for `in` and the search methods: an int is one byte, else a bytes-like
/// object; `what` is the `TypeError` message prefix.
pub fn needle(o: Obj, what: &str) -> PyResult<Vec<u8>> {
    if int_view(o).is_some() {
        return Ok(vec![byte_value(o, "byte must be in range(0, 256)")?]);
    }
    match buffer(o) {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!("{what}, not '{}'", type_name(o)))),
    }
}

/// Does `hay` contain `needle`?
pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn contains(o: Obj, item: Obj) -> PyResult<bool> {
    let n = needle(item, "a bytes-like object is required")?;
    Ok(find_sub(bytes_data(o), &n).is_some())
}

/// An index (an int or an object with `__index__`) into a sequence of `len` items:
/// `Ok(None)` when out of range.
fn index_of(key: Obj, len: usize, what: &str) -> PyResult<Option<usize>> {
    let (view, _keep) = crate::types::int::index_view(key)?;
    let i = match view {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(i) => i,
            None => return Err(index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key)))),
        },
        None => return Err(type_error(format!("{what} indices must be integers or slices, not {}", type_name(key)))),
    };
    let j = if i < 0 { i.saturating_add(len as i64) } else { i };
    Ok((0..len as i64).contains(&j).then_some(j as usize))
}

/// The bytes a slice selects.
pub fn slice_bytes(data: &[u8], s: Obj) -> PyResult<Vec<u8>> {
    let (start, step, count) = crate::types::slice::indices(s, data.len())?;
    Ok((0..count).map(|i| data[(start + i as i64 * step) as usize]).collect())
}

fn subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    let data = bytes_data(o);
    if crate::types::slice::is_slice(key) {
        return Ok(same_type(o, slice_bytes(data, key)?));
    }
    let (what, msg) =
        if is_bytearray(o) { ("bytearray", "bytearray index out of range") } else { ("byte", "index out of range") };
    match index_of(key, data.len(), what)? {
        Some(i) => Ok(new_int(data[i] as i64)),
        None => Err(index_error(msg)),
    }
}

/// The bytes of an iterable of ints (`bytes(iterable)`, `bytearray.extend`), with `msg` as
/// the range error.
pub fn bytes_from_iterable(o: Obj, msg: &str) -> PyResult<Vec<u8>> {
    let it = Owned::new(crate::ops::get_iter(o)?).expect("iterator");
    let mut v = Vec::new();
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        v.push(byte_value(x.get(), msg)?);
    }
    Ok(v)
}

/// The value for a bytearray slice assignment: bytes-like, or an iterable of ints.
fn assigned_bytes(value: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(value) {
        return Ok(b.to_vec());
    }
    if is_str(value) || value.ty().lookup(|t| t.tp_iter).is_none() {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    bytes_from_iterable(value, "byte must be in range(0, 256)")
}

fn bytearray_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    if crate::types::slice::is_slice(key) {
        let new = if value.is_null() { None } else { Some(assigned_bytes(value)?) };
        let data = bytes_data(o);
        let (start, step, count) = crate::types::slice::indices(key, data.len())?;
        match new {
            None if step == 1 => {
                data.drain(start as usize..start as usize + count);
            }
            None => {
                let mut pos: Vec<usize> = (0..count).map(|i| (start + i as i64 * step) as usize).collect();
                pos.sort_unstable_by(|a, b| b.cmp(a));
                for p in pos {
                    data.remove(p);
                }
            }
            Some(new) if step == 1 => {
                let s = start.max(0) as usize;
                data.splice(s..s + count, new);
            }
            Some(new) => {
                if new.len() != count {
                    return Err(value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {count}",
                        new.len()
                    )));
                }
                for (i, b) in new.into_iter().enumerate() {
                    data[(start + i as i64 * step) as usize] = b;
                }
            }
        }
        return Ok(());
    }
    let len = bytes_data(o).len();
    let i = index_of(key, len, "bytearray")?;
    if value.is_null() {
        let Some(i) = i else { return Err(index_error("bytearray index out of range")) };
        bytes_data(o).remove(i);
        return Ok(());
    }
    let b = byte_value(value, "byte must be in range(0, 256)")?;
    let Some(i) = i else { return Err(index_error("bytearray index out of range")) };
    bytes_data(o)[i] = b;
    Ok(())
}

/// `bytes(source)`/`bytearray(source)`/`bytes(s, encoding, errors)` (`bytes_new`,
/// `bytearray___init___impl`).
fn construct(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Vec<u8>> {
    let name = ty.name.get();
    let a = crate::call::Args::parse(name, args, kwnames, &["source", "encoding", "errors"], 0)?;
    let enc = a.get(1).map(|e| crate::codecs::str_param(name, "encoding", Some(e), "")).transpose()?;
    let errors = a.get(2).map(|e| crate::codecs::str_param(name, "errors", Some(e), "")).transpose()?;
    let Some(x) = a.get(0) else {
        if enc.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if is_str(x) {
        let Some(enc) = enc else {
            return Err(type_error("string argument without an encoding"));
        };
        let codec = crate::codecs::Codec::lookup(enc)?;
        return crate::codecs::encode(str_value(x), codec, errors.unwrap_or("strict"));
    }
    if enc.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(b) = buffer(x) {
        return Ok(b.to_vec());
    }
    // An int, or an object with `__index__`, is a count of zero bytes; an `__index__` that
    // raises `TypeError` falls through to iteration (`bytes_new_impl`).
    let view = match crate::types::int::index_view(x) {
        Ok(v) => Some(v),
        Err(_) if crate::errors::current().ty().is_subtype(&crate::types::exceptions::TYPE_ERROR) => {
            crate::errors::fetch().decref();
            None
        }
        Err(e) => return Err(e),
    };
    if let Some((Some(v), _keep)) = view {
        let n = match v {
            IntVal::Small(n) => n,
            IntVal::Big(_) => return Err(overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        if n as u64 > isize::MAX as u64 / 2 {
            return Err(crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, ""));
        }
        return alloc_bytes(n as usize);
    }
    if x.ty().lookup(|t| t.tp_iter).is_some() {
        let msg = if std::ptr::eq(ty, &BYTEARRAY_TYPE) {
            "byte must be in range(0, 256)"
        } else {
            "bytes must be in range(0, 256)"
        };
        return bytes_from_iterable(x, msg);
    }
    Err(type_error(format!("cannot convert '{}' object to {name}", type_name(x))))
}

fn bytes_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    // `bytes(b)` of an exact bytes object is that object.
    if args.len() == 1 && kwnames.is_null() && args[0].is_type(&BYTES_TYPE) {
        return Ok(args[0].incref());
    }
    // `bytes(x)` with neither encoding nor errors asks `x.__bytes__()` first.
    if args.len() == 1 && kwnames.is_null() {
        if let Some(r) = crate::slots::call_special(args[0], "__bytes__", &[])? {
            if !is_bytes(r) {
                let msg = format!("__bytes__ returned non-bytes (type {})", type_name(r));
                r.decref();
                return Err(type_error(msg));
            }
            return Ok(r);
        }
    }
    Ok(new_bytes(construct(ty, args, kwnames)?))
}

/// `bytearray.__new__`: an empty bytearray of type `ty`; `__init__` fills it (as for
/// `list`, so a subclass's `__init__` may take other arguments).
fn bytearray_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(alloc(ty, Vec::<u8>::new()))
}

/// `bytearray.__init__(source=…, encoding=…, errors=…)`: replace the contents.
fn bytearray_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    *bytes_data(o) = construct(&BYTEARRAY_TYPE, args, kwnames)?;
    Ok(())
}

/// An iterator over a bytes-like object's bytes, as ints.
pub struct BytesIter {
    seq: Obj,
    pos: usize,
}

fn bytes_iter(o: Obj) -> PyResult<Obj> {
    let ty = if is_bytearray(o) { &BYTEARRAY_ITER_TYPE } else { &BYTES_ITER_TYPE };
    Ok(alloc(ty, BytesIter { seq: o.incref(), pos: 0 }))
}

fn bytes_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<BytesIter>(it);
    if st.seq.is_null() {
        return Ok(None);
    }
    // Re-read the data each step: a bytearray may change while it is iterated.
    match buffer(st.seq).and_then(|b| b.get(st.pos)) {
        Some(&x) => {
            st.pos += 1;
            Ok(Some(new_int(x as i64)))
        }
        None => {
            std::mem::replace(&mut st.seq, Obj::NULL).decref();
            Ok(None)
        }
    }
}

fn bytes_iter_dealloc(o: Obj) {
    payload::<BytesIter>(o).seq.xdecref();
    dealloc_box::<BytesIter>(o);
}

/// Items left (`striter_len`): the bytes after the position.
fn bytes_iter_len(it: Obj) -> PyResult<usize> {
    let st = payload::<BytesIter>(it);
    Ok(if st.seq.is_null() { 0 } else { buffer(st.seq).map_or(0, |b| b.len().saturating_sub(st.pos)) })
}

static BYTES_ITER_METHODS: [crate::typeobj::MethodDef; 1] = [crate::typeobj::MethodDef {
    name: "__length_hint__",
    meth: |it, a, k| crate::types::iter::length_hint_method(it, a, k, bytes_iter_len),
}];

/// The slots both byte iterator types share (only the name differs).
#[allow(clippy::declare_interior_mutable_const)]
const BYTES_ITER_TEMPLATE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("bytes_iterator"),
    tp_dealloc: bytes_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(bytes_iter_next),
    methods: &BYTES_ITER_METHODS,
    ..TypeObject::DEFAULT
};

pub static BYTES_ITER_TYPE: TypeObject = BYTES_ITER_TEMPLATE;
pub static BYTEARRAY_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("bytearray_iterator"), ..BYTES_ITER_TEMPLATE };

/// `ba += other`: extend in place.
fn bytearray_iadd(a: Obj, b: Obj) -> PyResult<Obj> {
    let Some(y) = buffer(b) else {
        return Err(type_error(format!("can't concat {} to {}", type_name(b), type_name(a))));
    };
    let y = y.to_vec();
    bytes_data(a).extend_from_slice(&y);
    Ok(a.incref())
}

/// `ba *= n`: repeat in place.
fn bytearray_imul(a: Obj, b: Obj) -> PyResult<Obj> {
    let n = match int_view(b) {
        Some(IntVal::Small(n)) => n,
        Some(IntVal::Big(_)) => return Err(overflow_error("cannot fit 'int' into an index-sized integer")),
        None => return Ok(not_implemented()),
    };
    let v = repeat_vec(bytes_data(a), n)?;
    *bytes_data(a) = v;
    Ok(a.incref())
}

fn bytes_mod(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_bytes(a) && !is_bytearray(a) {
        return Ok(not_implemented());
    }
    let v = crate::types::bytes_methods::percent_format(bytes_data(a), b)?;
    Ok(same_type(a, v))
}

pub static BYTES_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("bytes"),
    tp_dealloc: dealloc_box::<Vec<u8>>,
    tp_repr: Some(bytes_repr),
    // `bytes_str`: the repr, even for a subclass that overrides `__repr__`.
    tp_str: Some(bytes_repr),
    tp_hash: Some(|o| Ok(hash_bytes(bytes_data(o)))),
    tp_richcompare: Some(bytes_richcompare),
    tp_new: Some(bytes_new),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Vec<u8>>>(),
    tp_iter: Some(bytes_iter),
    sq_length: Some(len),
    sq_concat: Some(concat),
    sq_repeat: Some(repeat),
    sq_contains: Some(contains),
    mp_subscript: Some(subscript),
    tp_as_number: NumberMethods { nb_remainder: Some(bytes_mod), ..NumberMethods::NONE },
    methods: crate::types::bytes_methods::BYTES_METHODS,
    ..TypeObject::DEFAULT
};

pub static BYTEARRAY_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("bytearray"),
    tp_dealloc: dealloc_box::<Vec<u8>>,
    tp_repr: Some(bytearray_repr),
    tp_str: Some(bytearray_repr),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_richcompare: Some(bytearray_richcompare),
    tp_new: Some(bytearray_new),
    tp_init: Some(bytearray_init),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Vec<u8>>>(),
    tp_iter: Some(bytes_iter),
    sq_length: Some(len),
    sq_concat: Some(concat),
    sq_repeat: Some(repeat),
    sq_contains: Some(contains),
    mp_subscript: Some(subscript),
    mp_ass_subscript: Some(bytearray_ass_subscript),
    tp_as_number: NumberMethods {
        nb_remainder: Some(bytes_mod),
        nb_inplace_add: Some(bytearray_iadd),
        nb_inplace_multiply: Some(bytearray_imul),
        ..NumberMethods::NONE
    },
    methods: crate::types::bytes_methods::BYTEARRAY_METHODS,
    ..TypeObject::DEFAULT
};

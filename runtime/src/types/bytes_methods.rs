//! The methods of `bytes` and `bytearray` (`Objects/bytes_methods.c`,
//! `Objects/stringlib/*.h`, `Objects/bytesobject.c`, `Objects/bytearrayobject.c`), and
//! `bytes % args` (`_PyBytes_FormatEx`).
//!
//! Every read-only method works on the receiver's bytes and returns an object of the
//! receiver's type (`same_type`); character classes and case mappings are ASCII-only, as in
//! CPython. Arity and type errors carry CPython 3.12's messages: the search methods
//! (`find`, `count`, `startswith`…) report arity as `PyArg_ParseTuple` does, the rest as
//! Argument Clinic does.

use crate::call::{kwnames_len, Args};
use crate::errors::{index_error, type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::typeobj::MethodDef;
use crate::types::bytes::{
    buffer, buffer_arg, byte_value, bytes_data, bytes_from_iterable, is_bytearray, needle, new_bytearray, new_bytes,
    same_type,
};
use crate::types::int::{index_to_i64, int_view, new_bool, new_int, IntVal};
use crate::types::list::{no_args, one_arg, positional};
use crate::types::str::{is_str, new_str, new_string, str_value};
use crate::types::tuple::{is_tuple, new_tuple, tuple_items};
use crate::types::{none, type_name};

/// `bytes.name` or `bytearray.name`, for messages.
fn qual(s: Obj, name: &str) -> String {
    format!("{}.{name}", if is_bytearray(s) { "bytearray" } else { "bytes" })
}

fn data(s: Obj) -> &'static [u8] {
    bytes_data(s).as_slice()
}

/// `_PyEval_SliceIndex`: `None` or an int, big ints clamped.
fn slice_index(o: Option<Obj>) -> PyResult<Option<i64>> {
    let Some(o) = o else { return Ok(None) };
    if o == none() {
        return Ok(None);
    }
    match int_view(o) {
        Some(IntVal::Small(v)) => Ok(Some(v)),
        Some(IntVal::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX })),
        None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `ADJUST_INDICES`.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end.saturating_add(len)).max(0);
    }
    if start < 0 {
        start = (start.saturating_add(len)).max(0);
    }
    (start, end)
}

/// The arguments `(sub[, start[, end]])` of the search methods.
fn search_args(s: Obj, name: &str, args: &[Obj], kwnames: Obj) -> PyResult<(Vec<u8>, i64, i64)> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{}() takes no keyword arguments", qual(s, name))));
    }
    let a = Args::parse_tuple(name, args, 3, 1)?;
    let sub = needle(a.req(0), "argument should be integer or bytes-like object")?;
    let (start, end) = adjust(slice_index(a.get(1))?, slice_index(a.get(2))?, data(s).len());
    Ok((sub, start, end))
}

/// The first (or last) position of `sub` in `hay[start..end]`.
fn find_in(hay: &[u8], sub: &[u8], start: i64, end: i64, last: bool) -> i64 {
    let len = hay.len() as i64;
    if start > len || end - start < sub.len() as i64 {
        return -1;
    }
    let (start, end) = (start as usize, end as usize);
    let window = &hay[start..end];
    if sub.is_empty() {
        return if last { end as i64 } else { start as i64 };
    }
    let found = if last {
        window.windows(sub.len()).rposition(|w| w == sub)
    } else {
        window.windows(sub.len()).position(|w| w == sub)
    };
    found.map_or(-1, |p| (p + start) as i64)
}

fn m_find(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sub, start, end) = search_args(s, "find", args, kwnames)?;
    Ok(new_int(find_in(data(s), &sub, start, end, false)))
}

fn m_rfind(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sub, start, end) = search_args(s, "rfind", args, kwnames)?;
    Ok(new_int(find_in(data(s), &sub, start, end, true)))
}

fn m_index(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sub, start, end) = search_args(s, "index", args, kwnames)?;
    match find_in(data(s), &sub, start, end, false) {
        -1 => Err(value_error("subsection not found")),
        i => Ok(new_int(i)),
    }
}

fn m_rindex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sub, start, end) = search_args(s, "rindex", args, kwnames)?;
    match find_in(data(s), &sub, start, end, true) {
        -1 => Err(value_error("subsection not found")),
        i => Ok(new_int(i)),
    }
}

/// Non-overlapping occurrences of `sub` in `hay` (`sub` non-empty), at most `max`.
fn count_in(hay: &[u8], sub: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    while n < max && i + sub.len() <= hay.len() {
        if &hay[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

fn m_count(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sub, start, end) = search_args(s, "count", args, kwnames)?;
    let len = data(s).len() as i64;
    if start > len || end < start {
        return Ok(new_int(0));
    }
    if sub.is_empty() {
        return Ok(new_int(end - start + 1));
    }
    Ok(new_int(count_in(&data(s)[start as usize..end as usize], &sub, usize::MAX) as i64))
}

/// `startswith`/`endswith` (`tailmatch`).
fn tailmatch(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = hay.len() as i64;
    let (start, end) = adjust(start, end, hay.len());
    let slen = sub.len() as i64;
    if at_end {
        if end - start < slen || start > len {
            return false;
        }
        let from = (end - slen) as usize;
        &hay[from..end as usize] == sub
    } else {
        if start > len - slen || end - start < slen {
            return false;
        }
        &hay[start as usize..start as usize + sub.len()] == sub
    }
}

fn starts_ends(s: Obj, name: &str, args: &[Obj], kwnames: Obj, at_end: bool) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{}() takes no keyword arguments", qual(s, name))));
    }
    let a = Args::parse_tuple(name, args, 3, 1)?;
    let (start, end) = (slice_index(a.get(1))?, slice_index(a.get(2))?);
    let x = a.req(0);
    if is_tuple(x) {
        for &p in tuple_items(x) {
            if tailmatch(data(s), buffer_arg(p)?, start, end, at_end) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    match buffer(x) {
        Some(p) => Ok(new_bool(tailmatch(data(s), p, start, end, at_end))),
        None => Err(type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(x)))),
    }
}

fn m_startswith(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    starts_ends(s, "startswith", args, kwnames, false)
}

fn m_endswith(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    starts_ends(s, "endswith", args, kwnames, true)
}

fn m_decode(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let d = data(s).to_vec();
    crate::codecs::bytes_decode(&d, args, kwnames)
}

/// `hex(sep=<unset>, bytes_per_sep=1)` (`_Py_strhex_impl`): groups count from the right for
/// a positive `bytes_per_sep`, from the left for a negative one.
pub fn hex_with_sep(d: &[u8], fname: &str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse(fname, args, kwnames, &["sep", "bytes_per_sep"], 0)?;
    let sep = match a.get(0) {
        None => None,
        Some(o) => {
            let sb: Vec<u8> = if is_str(o) {
                let t = str_value(o);
                if t.chars().count() != 1 {
                    return Err(value_error("sep must be length 1."));
                }
                if !t.is_ascii() {
                    return Err(value_error("sep must be ASCII."));
                }
                t.as_bytes().to_vec()
            } else {
                let Some(b) = buffer(o) else {
                    return Err(type_error(format!("object of type '{}' has no len()", type_name(o))));
                };
                if b.len() != 1 {
                    return Err(value_error("sep must be length 1."));
                }
                b.to_vec()
            };
            Some(sb[0] as char)
        }
    };
    let per = match a.get(1) {
        None => 1,
        Some(o) => crate::types::int::c_int_arg(o)? as i64,
    };
    let hex = |b: &u8| format!("{b:02x}");
    let Some(sep) = sep.filter(|_| per != 0 && !d.is_empty()) else {
        return Ok(new_string(d.iter().map(hex).collect()));
    };
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(d.len() * 3);
    for (i, b) in d.iter().enumerate() {
        // Distance of this byte from the side groups are counted from.
        let boundary = if per > 0 { (d.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
        if i > 0 && boundary {
            out.push(sep);
        }
        out.push_str(&hex(b));
    }
    Ok(new_string(out))
}

fn m_hex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    hex_with_sep(data(s), "hex", args, kwnames)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`: the receiver is the type (or an
/// instance) that decides the result's type.
fn m_fromhex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("fromhex", args, kwnames)?;
    if !is_str(a) {
        return Err(type_error(format!("fromhex() argument must be str, not {}", type_name(a))));
    }
    let text: Vec<char> = str_value(a).chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    while i < text.len() {
        if is_space(text[i]) {
            i += 1;
            continue;
        }
        let hi = text[i].to_digit(16).filter(|_| text[i].is_ascii());
        let Some(hi) = hi else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let lo = text.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let target = crate::types::typetype::as_type(s).unwrap_or(s.ty());
    let value =
        if target.is_subtype(&crate::types::bytes::BYTEARRAY_TYPE) { new_bytearray(out) } else { new_bytes(out) };
    if target.is_heap() {
        // A subclass gets `cls(value)`, as in CPython's `bytes_fromhex_impl`.
        let value = Owned::new(value).expect("bytes");
        return crate::call::call(target.obj(), &[value.get()], Obj::NULL);
    }
    Ok(value)
}

fn m_join(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse(&qual(s, "join"), args, kwnames, &[""], 1)?;
    let it = a.req(0);
    if it.ty().lookup(|t| t.tp_iter).is_none() && !(it.ty().is_heap() && it.ty().lookup(|t| t.mp_subscript).is_some()) {
        return Err(type_error("can only join an iterable"));
    }
    let items: Vec<Owned> =
        crate::ops::collect_iterable(it)?.into_iter().map(|o| Owned::new(o).expect("item")).collect();
    let sep = data(s).to_vec();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = buffer(x.get()) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(x.get())
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(b);
    }
    Ok(same_type(s, out))
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(s: Obj, name: &str, args: &[Obj], kwnames: Obj) -> PyResult<(Option<Vec<u8>>, usize)> {
    let _ = s;
    let a = Args::parse(name, args, kwnames, &["sep", "maxsplit"], 0)?;
    let sep = match a.get(0) {
        None => None,
        Some(o) if o == none() => None,
        Some(o) => {
            let b = buffer_arg(o)?.to_vec();
            if b.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(b)
        }
    };
    let max = match a.get(1) {
        None => usize::MAX,
        Some(o) => {
            let v = index_to_i64(o, "")?;
            if v < 0 {
                usize::MAX
            } else {
                v as usize
            }
        }
    };
    Ok((sep, max))
}

fn split_whitespace(d: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if !from_right {
        let mut i = 0;
        while i < d.len() {
            while i < d.len() && is_ascii_space(d[i]) {
                i += 1;
            }
            if i == d.len() {
                break;
            }
            if parts.len() == max {
                parts.push(d[i..].to_vec());
                break;
            }
            let j = (i..d.len()).find(|&j| is_ascii_space(d[j])).unwrap_or(d.len());
            parts.push(d[i..j].to_vec());
            i = j;
        }
    } else {
        let mut i = d.len();
        while i > 0 {
            while i > 0 && is_ascii_space(d[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if parts.len() == max {
                parts.push(d[..i].to_vec());
                break;
            }
            let j = (0..i).rev().find(|&j| is_ascii_space(d[j])).map_or(0, |j| j + 1);
            parts.push(d[j..i].to_vec());
            i = j;
        }
        parts.reverse();
    }
    parts
}

fn split_sep(d: &[u8], sep: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if !from_right {
        let mut start = 0;
        let mut i = 0;
        while parts.len() < max && i + sep.len() <= d.len() {
            if &d[i..i + sep.len()] == sep {
                parts.push(d[start..i].to_vec());
                i += sep.len();
                start = i;
            } else {
                i += 1;
            }
        }
        parts.push(d[start..].to_vec());
    } else {
        let mut end = d.len();
        let mut i = d.len();
        while parts.len() < max && i >= sep.len() {
            if &d[i - sep.len()..i] == sep {
                parts.push(d[i..end].to_vec());
                i -= sep.len();
                end = i;
            } else {
                i -= 1;
            }
        }
        parts.push(d[..end].to_vec());
        parts.reverse();
    }
    parts
}

fn split_impl(s: Obj, name: &str, args: &[Obj], kwnames: Obj, from_right: bool) -> PyResult<Obj> {
    let (sep, max) = split_args(s, name, args, kwnames)?;
    let d = data(s);
    let parts = match sep {
        None => split_whitespace(d, max, from_right),
        Some(sep) => split_sep(d, &sep, max, from_right),
    };
    Ok(crate::types::list::new_list(parts.into_iter().map(|p| same_type(s, p)).collect()))
}

fn m_split(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    split_impl(s, "split", args, kwnames, false)
}

fn m_rsplit(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    split_impl(s, "rsplit", args, kwnames, true)
}

fn strip_impl(s: Obj, name: &str, args: &[Obj], kwnames: Obj, left: bool, right: bool) -> PyResult<Obj> {
    let a = positional(&qual(s, name), args, kwnames, 0, 1)?;
    let chars: Option<Vec<u8>> = match a.first() {
        None => None,
        Some(&o) if o == none() => None,
        Some(&o) => Some(buffer_arg(o)?.to_vec()),
    };
    let strip = |b: u8| match &chars {
        None => is_ascii_space(b),
        Some(c) => c.contains(&b),
    };
    let d = data(s);
    let mut i = 0;
    let mut j = d.len();
    if left {
        while i < j && strip(d[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(d[j - 1]) {
            j -= 1;
        }
    }
    Ok(same_type(s, d[i..j].to_vec()))
}

fn m_strip(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    strip_impl(s, "strip", args, kwnames, true, true)
}

fn m_lstrip(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    strip_impl(s, "lstrip", args, kwnames, true, false)
}

fn m_rstrip(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    strip_impl(s, "rstrip", args, kwnames, false, true)
}

fn m_replace(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional(&qual(s, "replace"), args, kwnames, 2, 3)?;
    let old = buffer_arg(a[0])?.to_vec();
    let new = buffer_arg(a[1])?.to_vec();
    let max = match a.get(2) {
        None => usize::MAX,
        Some(&o) => {
            let v = index_to_i64(o, "")?;
            if v < 0 {
                usize::MAX
            } else {
                v as usize
            }
        }
    };
    let d = data(s);
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &b) in d.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            let _ = i;
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return Ok(same_type(s, out));
    }
    let mut i = 0;
    while i < d.len() {
        if n < max && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(same_type(s, out))
}

fn map_bytes(s: Obj, name: &str, args: &[Obj], kwnames: Obj, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Obj> {
    no_args(&qual(s, name), args, kwnames)?;
    Ok(same_type(s, f(data(s))))
}

fn m_upper(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    map_bytes(s, "upper", args, kwnames, |d| d.to_ascii_uppercase())
}

fn m_lower(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    map_bytes(s, "lower", args, kwnames, |d| d.to_ascii_lowercase())
}

fn m_swapcase(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    map_bytes(s, "swapcase", args, kwnames, |d| {
        d.iter()
            .map(|&b| if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
            .collect()
    })
}

fn m_capitalize(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    map_bytes(s, "capitalize", args, kwnames, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
            .collect()
    })
}

fn m_title(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    map_bytes(s, "title", args, kwnames, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate(s: Obj, name: &str, args: &[Obj], kwnames: Obj, f: impl Fn(&[u8]) -> bool) -> PyResult<Obj> {
    no_args(&qual(s, name), args, kwnames)?;
    Ok(new_bool(f(data(s))))
}

fn all_nonempty(d: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn m_isdigit(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "isdigit", args, kwnames, |d| all_nonempty(d, u8::is_ascii_digit))
}

fn m_isalpha(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "isalpha", args, kwnames, |d| all_nonempty(d, u8::is_ascii_alphabetic))
}

fn m_isalnum(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "isalnum", args, kwnames, |d| all_nonempty(d, u8::is_ascii_alphanumeric))
}

fn m_isspace(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "isspace", args, kwnames, |d| all_nonempty(d, |b| is_ascii_space(*b)))
}

fn m_isascii(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "isascii", args, kwnames, |d| d.is_ascii())
}

fn m_islower(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "islower", args, kwnames, |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn m_isupper(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "isupper", args, kwnames, |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn m_istitle(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    predicate(s, "istitle", args, kwnames, |d| {
        let mut cased = false;
        let mut prev_cased = false;
        for &b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn partition_impl(s: Obj, name: &str, args: &[Obj], kwnames: Obj, last: bool) -> PyResult<Obj> {
    let a = one_arg(&qual(s, name), args, kwnames)?;
    let sep = buffer_arg(a)?.to_vec();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let d = data(s);
    let found = find_in(d, &sep, 0, d.len() as i64, last);
    let (x, y, z) = if found < 0 {
        if last {
            (Vec::new(), Vec::new(), d.to_vec())
        } else {
            (d.to_vec(), Vec::new(), Vec::new())
        }
    } else {
        let i = found as usize;
        (d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec())
    };
    Ok(new_tuple(vec![same_type(s, x), same_type(s, y), same_type(s, z)]))
}

fn m_partition(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    partition_impl(s, "partition", args, kwnames, false)
}

fn m_rpartition(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    partition_impl(s, "rpartition", args, kwnames, true)
}

fn m_removeprefix(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse(&qual(s, "removeprefix"), args, kwnames, &[""], 1)?;
    let p = buffer_arg(a.req(0))?;
    let d = data(s);
    Ok(same_type(s, d.strip_prefix(p).unwrap_or(d).to_vec()))
}

fn m_removesuffix(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse(&qual(s, "removesuffix"), args, kwnames, &[""], 1)?;
    let p = buffer_arg(a.req(0))?;
    let d = data(s);
    Ok(same_type(s, d.strip_suffix(p).unwrap_or(d).to_vec()))
}

/// `center`/`ljust`/`rjust(width, fillchar=b' ')`.
fn pad_impl(s: Obj, name: &str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional(&qual(s, name), args, kwnames, 1, 2)?;
    let width = index_to_i64(a[0], "")?;
    let fill = match a.get(1) {
        None => b' ',
        Some(&f) => match buffer(f).filter(|b| b.len() == 1 && !crate::types::memoryview::is_memoryview(f)) {
            Some(b) => b[0],
            None => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )))
            }
        },
    };
    let d = data(s);
    let n = d.len() as i64;
    if width <= n {
        return Ok(same_type(s, d.to_vec()));
    }
    let total = (width - n) as usize;
    let (left, right) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // `pad` in stringlib: the extra space goes left when the total and width are odd.
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(same_type(s, out))
}

fn m_center(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    pad_impl(s, "center", args, kwnames)
}

fn m_ljust(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    pad_impl(s, "ljust", args, kwnames)
}

fn m_rjust(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    pad_impl(s, "rjust", args, kwnames)
}

fn m_zfill(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg(&qual(s, "zfill"), args, kwnames)?;
    let width = index_to_i64(a, "")?;
    let d = data(s);
    if width <= d.len() as i64 {
        return Ok(same_type(s, d.to_vec()));
    }
    let fill = width as usize - d.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(d);
    if matches!(d.first(), Some(b'+' | b'-')) {
        out[0] = d[0];
        out[fill] = b'0';
    }
    Ok(same_type(s, out))
}

fn m_expandtabs(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("expandtabs", args, kwnames, &["tabsize"], 0)?;
    let tab = match a.get(0) {
        None => 8,
        Some(o) => crate::types::int::c_int_arg(o)? as i64,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &b in data(s) {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(same_type(s, out))
}

fn m_splitlines(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("splitlines", args, kwnames, &["keepends"], 0)?;
    let keep = match a.get(0) {
        None => false,
        Some(o) => crate::ops::is_true(o)?,
    };
    let d = data(s);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let start = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        parts.push(same_type(s, d[start..eol].to_vec()));
    }
    Ok(crate::types::list::new_list(parts))
}

// ---- bytearray only ----------------------------------------------------------------------

fn m_append(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("bytearray.append", args, kwnames)?;
    let b = byte_value(a, "byte must be in range(0, 256)")?;
    bytes_data(s).push(b);
    Ok(none())
}

fn m_extend(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("bytearray.extend", args, kwnames)?;
    let v = match buffer(a) {
        Some(b) => b.to_vec(),
        None => {
            if a.ty().lookup(|t| t.tp_iter).is_none() {
                return Err(type_error(format!("can't extend bytearray with {}", type_name(a))));
            }
            bytes_from_iterable(a, "byte must be in range(0, 256)")?
        }
    };
    bytes_data(s).extend_from_slice(&v);
    Ok(none())
}

fn m_pop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("bytearray.pop", args, kwnames, 0, 1)?;
    let k = a.first().map(|&k| index_to_i64(k, "")).transpose()?;
    let d = bytes_data(s);
    if d.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let k = k.unwrap_or(-1);
    let j = if k < 0 { k + n } else { k };
    if !(0..n).contains(&j) {
        return Err(index_error("pop index out of range"));
    }
    Ok(new_int(d.remove(j as usize) as i64))
}

fn m_insert(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("bytearray.insert", args, kwnames, 2, 2)?;
    let i = index_to_i64(a[0], "")?;
    let b = byte_value(a[1], "byte must be in range(0, 256)")?;
    let d = bytes_data(s);
    let n = d.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(i as usize, b);
    Ok(none())
}

fn m_remove(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = one_arg("bytearray.remove", args, kwnames)?;
    let b = byte_value(a, "byte must be in range(0, 256)")?;
    let d = bytes_data(s);
    match d.iter().position(|&x| x == b) {
        Some(i) => {
            d.remove(i);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn m_clear(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("bytearray.clear", args, kwnames)?;
    bytes_data(s).clear();
    Ok(none())
}

fn m_copy(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("bytearray.copy", args, kwnames)?;
    Ok(new_bytearray(data(s).to_vec()))
}

fn m_reverse(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("bytearray.reverse", args, kwnames)?;
    bytes_data(s).reverse();
    Ok(none())
}

// ---- bytes % args ------------------------------------------------------------------------

/// `bytes % args` (`_PyBytes_FormatEx`): `%s`/`%b` take bytes-like objects, `%r`/`%a` the
/// `ascii()` of any object, `%c` an int or one byte; the numeric conversions format exactly
/// as `str % args` does, so they are delegated to it one conversion at a time.
pub fn percent_format(fmt: &[u8], args: Obj) -> PyResult<Vec<u8>> {
    let fmt = fmt.to_vec();
    let (items, mapping): (Vec<Obj>, Option<Obj>) = if is_tuple(args) {
        (tuple_items(args).to_vec(), None)
    } else if crate::types::dict::is_dict(args) {
        (vec![args], Some(args))
    } else {
        (vec![args], None)
    };
    let mut next = 0usize;
    let mut take = || -> PyResult<Obj> {
        let r = items.get(next).copied().ok_or_else(|| type_error("not enough arguments for format string"));
        next += 1;
        r
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut arg: Option<Owned> = None;
        if fmt.get(i) == Some(&b'(') {
            let Some(m) = mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let close = fmt[i..].iter().position(|&b| b == b')');
            let Some(close) = close else {
                return Err(value_error("incomplete format key"));
            };
            let key = Owned::new(new_bytes(fmt[i + 1..i + close].to_vec())).expect("key");
            arg = Some(Owned::new(crate::ops::getitem(m, key.get())?).expect("value"));
            i += close + 1;
        }
        let spec_start = i;
        while i < fmt.len() && b"-+ #0".contains(&fmt[i]) {
            i += 1;
        }
        let flags = String::from_utf8_lossy(&fmt[spec_start..i]).into_owned();
        let mut number = |i: &mut usize| -> PyResult<Option<i64>> {
            if fmt.get(*i) == Some(&b'*') {
                *i += 1;
                let o = take()?;
                return match int_view(o) {
                    Some(_) => Ok(Some(index_to_i64(o, "")?)),
                    None => Err(type_error("* wants int")),
                };
            }
            let s = *i;
            while *i < fmt.len() && fmt[*i].is_ascii_digit() {
                *i += 1;
            }
            Ok(std::str::from_utf8(&fmt[s..*i]).ok().and_then(|t| t.parse().ok()))
        };
        let width = number(&mut i)?;
        let prec = if fmt.get(i) == Some(&b'.') {
            i += 1;
            Some(number(&mut i)?.unwrap_or(0))
        } else {
            None
        };
        while i < fmt.len() && b"hlL".contains(&fmt[i]) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let value = match arg {
            Some(a) => a,
            None => Owned::new(take()?.incref()).expect("arg"),
        };
        let v = value.get();
        let body: Vec<u8> = match conv {
            b's' | b'b' => match buffer(v).map(<[u8]>::to_vec).map_or_else(|| bytes_of_dunder(v), |b| Ok(Some(b)))? {
                Some(b) => match prec {
                    Some(p) if (p as usize) < b.len() => b[..p as usize].to_vec(),
                    _ => b,
                },
                None => {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        type_name(v)
                    )))
                }
            },
            b'r' | b'a' => {
                let r = Owned::new(crate::errors::check(crate::abi::ophis_ascii(v))?).expect("ascii");
                let b = str_value(r.get()).as_bytes().to_vec();
                match prec {
                    Some(p) if (p as usize) < b.len() => b[..p as usize].to_vec(),
                    _ => b,
                }
            }
            b'c' => {
                if let Some(b) = buffer(v).filter(|b| b.len() == 1) {
                    b.to_vec()
                } else if int_view(v).is_some() {
                    match crate::types::int::int_to_i64(v).and_then(|x| u8::try_from(x).ok()) {
                        Some(b) => vec![b],
                        None => return Err(crate::errors::overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    return Err(type_error("%c requires an integer in range(256) or a single byte"));
                }
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let mut spec = format!("%{flags}");
                if let Some(w) = width {
                    spec.push_str(&w.to_string());
                }
                if let Some(p) = prec {
                    spec.push_str(&format!(".{p}"));
                }
                spec.push(conv as char);
                let sp = Owned::new(new_str(&spec)).expect("spec");
                let one = Owned::new(new_tuple(vec![v.incref()])).expect("tuple");
                let r = crate::types::str_methods::str_remainder(sp.get(), one.get());
                let r = match r {
                    Ok(r) => Owned::new(r).expect("str"),
                    Err(e) => {
                        // CPython names the conversion the same way; only the container differs.
                        return Err(e);
                    }
                };
                out.extend_from_slice(str_value(r.get()).as_bytes());
                continue;
            }
            _ => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    conv as char,
                    conv,
                    i - 1
                )))
            }
        };
        let w = width.unwrap_or(0).max(0) as usize;
        if body.len() < w {
            let pad = w - body.len();
            if flags.contains('-') {
                out.extend_from_slice(&body);
                out.extend(std::iter::repeat_n(b' ', pad));
            } else {
                out.extend(std::iter::repeat_n(b' ', pad));
                out.extend_from_slice(&body);
            }
        } else {
            out.extend_from_slice(&body);
        }
    }
    if mapping.is_none() && next < items.len() {
        return Err(type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

macro_rules! methods {
    ($id:ident: $($name:literal => $f:ident),* $(,)?) => {
        pub static $id: &[MethodDef] = &[$(MethodDef { name: $name, meth: $f }),*];
    };
}

methods! { BYTES_METHODS:
    "decode" => m_decode, "hex" => m_hex, "fromhex" => m_fromhex, "join" => m_join,
    "find" => m_find, "rfind" => m_rfind, "index" => m_index, "rindex" => m_rindex, "count" => m_count,
    "startswith" => m_startswith, "endswith" => m_endswith, "split" => m_split, "rsplit" => m_rsplit,
    "strip" => m_strip, "lstrip" => m_lstrip, "rstrip" => m_rstrip, "replace" => m_replace,
    "upper" => m_upper, "lower" => m_lower, "swapcase" => m_swapcase, "capitalize" => m_capitalize,
    "title" => m_title, "isdigit" => m_isdigit, "isalpha" => m_isalpha, "isalnum" => m_isalnum,
    "isspace" => m_isspace, "isascii" => m_isascii, "islower" => m_islower, "isupper" => m_isupper,
    "istitle" => m_istitle, "partition" => m_partition, "rpartition" => m_rpartition,
    "removeprefix" => m_removeprefix, "removesuffix" => m_removesuffix, "center" => m_center,
    "ljust" => m_ljust, "rjust" => m_rjust, "zfill" => m_zfill, "expandtabs" => m_expandtabs,
    "splitlines" => m_splitlines,
}

methods! { BYTEARRAY_METHODS:
    "append" => m_append, "extend" => m_extend, "pop" => m_pop, "insert" => m_insert, "remove" => m_remove,
    "clear" => m_clear, "copy" => m_copy, "reverse" => m_reverse,
    "decode" => m_decode, "hex" => m_hex, "fromhex" => m_fromhex, "join" => m_join,
    "find" => m_find, "rfind" => m_rfind, "index" => m_index, "rindex" => m_rindex, "count" => m_count,
    "startswith" => m_startswith, "endswith" => m_endswith, "split" => m_split, "rsplit" => m_rsplit,
    "strip" => m_strip, "lstrip" => m_lstrip, "rstrip" => m_rstrip, "replace" => m_replace,
    "upper" => m_upper, "lower" => m_lower, "swapcase" => m_swapcase, "capitalize" => m_capitalize,
    "title" => m_title, "isdigit" => m_isdigit, "isalpha" => m_isalpha, "isalnum" => m_isalnum,
    "isspace" => m_isspace, "isascii" => m_isascii, "islower" => m_islower, "isupper" => m_isupper,
    "istitle" => m_istitle, "partition" => m_partition, "rpartition" => m_rpartition,
    "removeprefix" => m_removeprefix, "removesuffix" => m_removesuffix, "center" => m_center,
    "ljust" => m_ljust, "rjust" => m_rjust, "zfill" => m_zfill, "expandtabs" => m_expandtabs,
    "splitlines" => m_splitlines,
}

/// `%b`/`%s` of an object that is not bytes-like: its `__bytes__()` result, which must be
/// bytes (`format_obj` in `Objects/bytesobject.c`); `None` when the type has no `__bytes__`.
fn bytes_of_dunder(v: Obj) -> PyResult<Option<Vec<u8>>> {
    let Some(r) = crate::slots::call_special(v, "__bytes__", &[])? else { return Ok(None) };
    let r = Owned::new(r).expect("non-null");
    if !crate::types::bytes::is_bytes(r.get()) {
        return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(r.get()))));
    }
    Ok(Some(crate::types::bytes::bytes_data(r.get()).clone()))
}

//! The methods of `str` (`Objects/unicodeobject.c`, `Objects/stringlib/*.h`,
//! `Objects/stringlib/unicode_format.h` for `str.format`) and `str % args`
//! (`PyUnicode_Format`).
//!
//! Indices and lengths count code points. Character classes and case data follow CPython
//! 3.12's Unicode database (15.0):
//!
//! * `isalpha`, `isdecimal`, `isdigit`, `isnumeric` and `isidentifier` use range tables
//!   generated from CPython (at the end of this file), because Rust's `Alphabetic`/`Numeric`
//!   are different properties; `isprintable` reuses `repr`'s table in `format.rs`.
//! * Case mappings are Rust's full (`SpecialCasing`) mappings, plus the title-case and
//!   case-folding exceptions in the tables; `CASE_NEWER` masks the characters whose case
//!   data changed after Unicode 15.0 in Rust's newer tables.
//! * CPython's final-sigma rule (`handle_capital_sigma`) is applied per character; the
//!   `Case_Ignorable` property it needs is read from Rust's own final-sigma behaviour.

use crate::call::Args;
use crate::errors::{index_error, overflow_error, raise_with_arg, type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::typeobj::MethodDef;
use crate::types::exceptions::KEY_ERROR;
use crate::types::float::{float_value, is_float};
use crate::types::int::{index_to_i64, int_view, new_bool, new_int, IntVal};
use crate::types::list::new_list;
use crate::types::str::{is_str, new_str, new_string, str_nchars, str_value};
use crate::types::tuple::{is_tuple, new_tuple, tuple_items};
use crate::types::{none, not_implemented, type_name};

// ---------------------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------------------

/// The number of keyword arguments in a vectorcall.
fn nkw(kwnames: Obj) -> usize {
    if kwnames.is_null() {
        0
    } else {
        tuple_items(kwnames).len()
    }
}

/// Positional-only arguments checked as Argument Clinic's `_PyArg_CheckPositional` does
/// (`replace expected at least 2 arguments, got 1`).
fn positional<'a>(name: &str, args: &'a [Obj], kwnames: Obj, min: usize, max: usize) -> PyResult<&'a [Obj]> {
    no_kw(name, kwnames)?;
    let n = args.len();
    let bound = if n < min { min } else { max };
    if n < min || n > max {
        let qual = if min == max {
            ""
        } else if n < min {
            "at least "
        } else {
            "at most "
        };
        return Err(type_error(format!(
            "{name} expected {qual}{bound} argument{}, got {n}",
            if bound == 1 { "" } else { "s" }
        )));
    }
    Ok(args)
}

/// Positional-only methods refuse keywords as `str.find() takes no keyword arguments`.
fn no_kw(name: &str, kwnames: Obj) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Keyword names must be among `allowed` (Argument Clinic's message).
fn check_kw(name: &str, kwnames: Obj, allowed: &[&str]) -> PyResult<()> {
    for k in 0..nkw(kwnames) {
        let n = str_value(tuple_items(kwnames)[k]);
        if !allowed.contains(&n) {
            return Err(type_error(format!("'{n}' is an invalid keyword argument for {name}()")));
        }
    }
    Ok(())
}

/// A method taking no arguments (`METH_NOARGS`).
fn no_args(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    Args::parse(&format!("str.{name}"), args, kwnames, &[], 0).map(|_| ())
}

/// A `str` argument, or CPython's `must be str, not int`.
fn str_arg(o: Obj) -> PyResult<&'static str> {
    if is_str(o) {
        Ok(str_value(o))
    } else {
        Err(type_error(format!("must be str, not {}", type_name(o))))
    }
}

/// `_PyEval_SliceIndex`: `None` or an int (big ints clamp, as CPython's do).
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

/// `ADJUST_INDICES`: clamp `end` to `0..=len`, make negative `start` relative; `start` may
/// stay beyond `len`.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The byte offset of code point `ci` (at most the length) in `s`.
fn byte_at(s: &str, nchars: usize, ci: usize) -> usize {
    if s.len() == nchars {
        ci
    } else {
        s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
    }
}

/// The number of code points in `s`.
fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The code points `start..end` of `o` (`0 <= start <= end <= len`).
fn char_slice(o: Obj, start: i64, end: i64) -> &'static str {
    let (s, n) = (str_value(o), str_nchars(o));
    let b0 = byte_at(s, n, start as usize);
    let b1 = byte_at(s, n, end as usize);
    &s[b0..b1]
}

/// `Py_UNICODE_ISSPACE`: Unicode `White_Space` plus the ASCII separators `\x1c`..`\x1f`.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn in_table(table: &[u32], c: char) -> bool {
    let c = c as u32;
    let (mut lo, mut hi) = (0, table.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[2 * mid + 1] < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo < table.len() / 2 && table[2 * lo] <= c
}

// ---------------------------------------------------------------------------------------
// join, split, rsplit, splitlines, partition
// ---------------------------------------------------------------------------------------

fn m_join(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("str.join", args, kwnames, &[""], 1)?;
    let it = a.req(0);
    if it.ty().lookup(|t| t.tp_iter).is_none() && !(it.ty().is_heap() && it.ty().lookup(|t| t.mp_subscript).is_some()) {
        return Err(type_error("can only join an iterable"));
    }
    let items = crate::ops::collect_iterable(it)?;
    let sep = str_value(s);
    let mut out = String::new();
    let mut bad = None;
    for (i, x) in items.iter().enumerate() {
        if !is_str(*x) {
            bad = Some(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(*x))));
            break;
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_value(*x));
    }
    items.into_iter().for_each(Obj::decref);
    match bad {
        Some(e) => Err(e),
        None => Ok(new_string(out)),
    }
}

/// `sep` and `maxsplit` of `split`/`rsplit`: `None` separator means whitespace; a negative
/// count means no limit.
fn split_args(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<(Option<&'static str>, usize)> {
    check_kw(name, kwnames, &["sep", "maxsplit"])?;
    let a = Args::parse(name, args, kwnames, &["sep", "maxsplit"], 0)?;
    let sep = match a.get(0) {
        None => None,
        Some(o) if o == none() => None,
        Some(o) if is_str(o) => Some(str_value(o)),
        Some(o) => return Err(type_error(format!("must be str or None, not {}", type_name(o)))),
    };
    let max = match a.get(1) {
        None => -1,
        Some(o) => index_to_i64(o, "")?,
    };
    if sep == Some("") {
        return Err(value_error("empty separator"));
    }
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn str_list(parts: Vec<&str>) -> Obj {
    new_list(parts.into_iter().map(new_str).collect())
}

fn m_split(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sep, mut max) = split_args("split", args, kwnames)?;
    let text = str_value(s);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = text;
            while max > 0 {
                let Some(p) = rest.find(sep) else { break };
                parts.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
                max -= 1;
            }
            parts.push(rest);
        }
        None => {
            // `split_whitespace` of `stringlib/split.h`.
            let mut rest = text;
            while max > 0 {
                rest = rest.trim_start_matches(is_py_space);
                if rest.is_empty() {
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = &rest[end..];
                max -= 1;
            }
            let rest = rest.trim_start_matches(is_py_space);
            if !rest.is_empty() {
                parts.push(rest);
            }
        }
    }
    Ok(str_list(parts))
}

fn m_rsplit(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sep, mut max) = split_args("rsplit", args, kwnames)?;
    let text = str_value(s);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = text;
            while max > 0 {
                let Some(p) = rest.rfind(sep) else { break };
                parts.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
                max -= 1;
            }
            parts.push(rest);
        }
        None => {
            let mut rest = text;
            while max > 0 {
                rest = rest.trim_end_matches(is_py_space);
                if rest.is_empty() {
                    break;
                }
                let start =
                    rest.rfind(is_py_space).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
                parts.push(&rest[start..]);
                rest = &rest[..start];
                max -= 1;
            }
            let rest = rest.trim_end_matches(is_py_space);
            if !rest.is_empty() {
                parts.push(rest);
            }
        }
    }
    parts.reverse();
    Ok(str_list(parts))
}

/// Line boundaries of `str.splitlines` (`Py_UNICODE_ISLINEBREAK`).
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn m_splitlines(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    check_kw("splitlines", kwnames, &["keepends"])?;
    let a = Args::parse("splitlines", args, kwnames, &["keepends"], 0)?;
    let keep = match a.get(0) {
        None => false,
        Some(o) => crate::ops::is_true(o)?,
    };
    let text = str_value(s);
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' && it.peek().map(|&(_, d)| d) == Some('\n') {
            it.next();
            eol += 1;
        }
        parts.push(&text[start..if keep { eol } else { i }]);
        start = eol;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    Ok(str_list(parts))
}

fn partition(s: Obj, args: &[Obj], kwnames: Obj, name: &str, right: bool) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let sep = str_arg(a.req(0))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = str_value(s);
    let found = if right { text.rfind(sep) } else { text.find(sep) };
    let parts = match found {
        Some(p) => [&text[..p], sep, &text[p + sep.len()..]],
        None if right => ["", "", text],
        None => [text, "", ""],
    };
    Ok(new_tuple(parts.into_iter().map(new_str).collect()))
}

fn m_partition(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    partition(s, args, kwnames, "str.partition", false)
}

fn m_rpartition(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    partition(s, args, kwnames, "str.rpartition", true)
}

// ---------------------------------------------------------------------------------------
// find, rfind, index, rindex, count, startswith, endswith, replace
// ---------------------------------------------------------------------------------------

/// `sub[, start[, end]]` of the search methods, with the indices adjusted.
fn search_args(name: &str, s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<(&'static str, i64, i64)> {
    no_kw(name, kwnames)?;
    let a = Args::parse_tuple(name, args, 3, 1)?;
    let sub = str_arg(a.req(0))?;
    let (start, end) = adjust_indices(slice_index(a.get(1))?, slice_index(a.get(2))?, str_nchars(s));
    Ok((sub, start, end))
}

/// The code-point index of `sub` in `s[start:end]` (first or last), as `any_find_slice`.
fn find_in(s: Obj, sub: &str, start: i64, end: i64, right: bool) -> Option<i64> {
    let sublen = count_chars(sub) as i64;
    if end - start < sublen {
        return None;
    }
    if sublen == 0 {
        return Some(if right { end } else { start });
    }
    let hay = char_slice(s, start, end);
    let p = if right { hay.rfind(sub)? } else { hay.find(sub)? };
    Some(start + count_chars(&hay[..p]) as i64)
}

fn find_method(s: Obj, args: &[Obj], kwnames: Obj, name: &str, right: bool, raise: bool) -> PyResult<Obj> {
    let (sub, start, end) = search_args(name, s, args, kwnames)?;
    match find_in(s, sub, start, end, right) {
        Some(i) => Ok(new_int(i)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(new_int(-1)),
    }
}

fn m_find(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    find_method(s, args, kwnames, "find", false, false)
}

fn m_rfind(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    find_method(s, args, kwnames, "rfind", true, false)
}

fn m_index(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    find_method(s, args, kwnames, "index", false, true)
}

fn m_rindex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    find_method(s, args, kwnames, "rindex", true, true)
}

fn m_count(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (sub, start, end) = search_args("count", s, args, kwnames)?;
    let sublen = count_chars(sub) as i64;
    if end - start < sublen {
        return Ok(new_int(0));
    }
    if sublen == 0 {
        return Ok(new_int(end - start + 1));
    }
    Ok(new_int(char_slice(s, start, end).matches(sub).count() as i64))
}

fn tailmatch(s: Obj, args: &[Obj], kwnames: Obj, name: &str, suffix: bool) -> PyResult<Obj> {
    no_kw(name, kwnames)?;
    let a = Args::parse_tuple(name, args, 3, 1)?;
    let (start, end) = adjust_indices(slice_index(a.get(1))?, slice_index(a.get(2))?, str_nchars(s));
    let test = |sub: &str| {
        let sublen = count_chars(sub) as i64;
        if end - sublen < start {
            return false;
        }
        let hay = char_slice(s, start, end);
        if suffix {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    let x = a.req(0);
    if is_tuple(x) {
        for &p in tuple_items(x) {
            if !is_str(p) {
                return Err(type_error(format!("tuple for {name} must only contain str, not {}", type_name(p))));
            }
            if test(str_value(p)) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    if !is_str(x) {
        return Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name(x))));
    }
    Ok(new_bool(test(str_value(x))))
}

fn m_startswith(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    tailmatch(s, args, kwnames, "startswith", false)
}

fn m_endswith(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    tailmatch(s, args, kwnames, "endswith", true)
}

fn m_replace(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = positional("replace", args, kwnames, 2, 3)?;
    for (i, &x) in a[..2].iter().enumerate() {
        if !is_str(x) {
            return Err(type_error(format!("replace() argument {} must be str, not {}", i + 1, type_name(x))));
        }
    }
    let count = match a.get(2) {
        Some(&c) => index_to_i64(c, "")?,
        None => -1,
    };
    let (text, old, new) = (str_value(s), str_value(a[0]), str_value(a[1]));
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if !old.is_empty() {
        return Ok(new_string(text.replacen(old, new, limit)));
    }
    // An empty `old` matches before every character and at the end.
    let mut out = String::new();
    let mut n = 0;
    for c in text.chars() {
        if n < limit {
            out.push_str(new);
            n += 1;
        }
        out.push(c);
    }
    if n < limit {
        out.push_str(new);
    }
    Ok(new_string(out))
}

// ---------------------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------------------

/// Code points whose case data in Rust's Unicode (16.0 or later) differs from CPython 3.12's
/// Unicode 15.0: there, none of them has a case mapping or is upper case, and the ones in
/// [`NEWER_LOWER`] are lower case.
const CASE_NEWER: [u32; 24] = [
    0x19B, 0x19B, 0x264, 0x264, 0x295, 0x295, 0x1C89, 0x1C8A, 0xA7CB, 0xA7CF, 0xA7D2, 0xA7D5, 0xA7DA, 0xA7DC, 0xA7F1,
    0xA7F1, 0x10D50, 0x10D65, 0x10D70, 0x10D85, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3,
];

/// The lower-case letters of [`CASE_NEWER`] (in Unicode 15.0).
const NEWER_LOWER: [char; 5] = ['\u{19b}', '\u{264}', '\u{295}', '\u{a7d3}', '\u{a7d5}'];

/// Is `c` one whose case data must come from Unicode 15.0 rather than Rust's tables?
fn newer_case(c: char) -> bool {
    !c.is_ascii() && in_table(&CASE_NEWER, c)
}

/// `Py_UNICODE_ISLOWER` (the `Lowercase` property).
fn is_lower(c: char) -> bool {
    if newer_case(c) {
        NEWER_LOWER.contains(&c)
    } else {
        c.is_lowercase()
    }
}

/// `Py_UNICODE_ISUPPER` (the `Uppercase` property).
fn is_upper(c: char) -> bool {
    !newer_case(c) && c.is_uppercase()
}

/// `Py_UNICODE_ISTITLE`: title-case letters (category Lt), neither upper nor lower case but
/// changed by both mappings.
fn is_titlecase(c: char) -> bool {
    !c.is_ascii()
        && !newer_case(c)
        && !c.is_lowercase()
        && !c.is_uppercase()
        && c.to_lowercase().ne(std::iter::once(c))
        && c.to_uppercase().ne(std::iter::once(c))
}

/// `_PyUnicode_IsCased`: `Lowercase`, `Uppercase` or title case.
fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

/// The final sigma `str::to_lowercase` gives for `text` at its second character.
fn probe_sigma(text: &str) -> bool {
    text.to_lowercase().chars().nth(1) == Some('\u{3c2}')
}

/// `_PyUnicode_IsCaseIgnorable`, read from Rust's final-sigma rule (which uses the same
/// property): a sigma followed by an ignorable character and then a cased one is not final;
/// a sigma after a cased character and followed only by an ignorable one is.
fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    if is_cased(c) {
        probe_sigma(&format!("A\u{3a3}{c}"))
    } else {
        !probe_sigma(&format!("A\u{3a3}{c}a"))
    }
}

fn push_upper(out: &mut String, c: char) {
    if newer_case(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// The lower-case mapping of `chars[i]`, with CPython's final-sigma rule
/// (`handle_capital_sigma`).
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if newer_case(c) {
        out.push(c);
        return;
    }
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&d| !is_case_ignorable(d));
    let mut final_sigma = before.is_some_and(|&d| is_cased(d));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&d| !is_case_ignorable(d));
        final_sigma = !after.is_some_and(|&d| is_cased(d));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

fn lookup_map(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

fn push_title(out: &mut String, c: char) {
    match lookup_map(&TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

fn m_upper(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("upper", args, kwnames)?;
    let t = str_value(s);
    if t.is_ascii() {
        return Ok(new_string(t.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(t.len());
    t.chars().for_each(|c| push_upper(&mut out, c));
    Ok(new_string(out))
}

fn m_lower(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("lower", args, kwnames)?;
    let t = str_value(s);
    if t.is_ascii() {
        return Ok(new_string(t.to_ascii_lowercase()));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    (0..chars.len()).for_each(|i| push_lower(&mut out, &chars, i));
    Ok(new_string(out))
}

fn m_casefold(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("casefold", args, kwnames)?;
    let mut out = String::new();
    for c in str_value(s).chars() {
        match lookup_map(&CASEFOLD_MAP, c) {
            Some(f) => out.push_str(f),
            None if newer_case(c) => out.push(c),
            None => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_string(out))
}

fn m_capitalize(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("capitalize", args, kwnames)?;
    let chars: Vec<char> = str_value(s).chars().collect();
    let mut out = String::new();
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(new_string(out))
}

fn m_title(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("title", args, kwnames)?;
    let chars: Vec<char> = str_value(s).chars().collect();
    let mut out = String::new();
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    Ok(new_string(out))
}

fn m_swapcase(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("swapcase", args, kwnames)?;
    let chars: Vec<char> = str_value(s).chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(new_string(out))
}

// ---------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(&DECIMAL, c))
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_table(&DIGIT, c))
}

fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_table(&NUMERIC, c))
}

fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && in_table(&ALPHA, c))
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    // `repr` keeps exactly the printable characters (format.rs holds the table).
    let mut buf = [0u8; 4];
    let r = crate::format::str_repr(c.encode_utf8(&mut buf));
    r.chars().nth(1) == Some(c)
}

/// True when `s` is non-empty and every character satisfies `pred` (`isdigit` and kin).
fn all_chars(s: Obj, args: &[Obj], kwnames: Obj, name: &str, pred: fn(char) -> bool) -> PyResult<Obj> {
    no_args(name, args, kwnames)?;
    let t = str_value(s);
    Ok(new_bool(!t.is_empty() && t.chars().all(pred)))
}

fn m_isdigit(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    all_chars(s, args, kwnames, "isdigit", is_digit)
}

fn m_isdecimal(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    all_chars(s, args, kwnames, "isdecimal", is_decimal)
}

fn m_isnumeric(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    all_chars(s, args, kwnames, "isnumeric", is_numeric)
}

fn m_isalpha(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    all_chars(s, args, kwnames, "isalpha", is_alpha)
}

fn m_isalnum(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    all_chars(s, args, kwnames, "isalnum", |c| is_alpha(c) || is_numeric(c))
}

fn m_isspace(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    all_chars(s, args, kwnames, "isspace", is_py_space)
}

fn m_isprintable(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("isprintable", args, kwnames)?;
    Ok(new_bool(str_value(s).chars().all(is_printable)))
}

fn m_isascii(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("isascii", args, kwnames)?;
    Ok(new_bool(str_value(s).is_ascii()))
}

/// `islower`/`isupper`: at least one cased character, all of them of case `wanted`, none of
/// the opposite case or title case (`unicode_islower_impl`).
fn all_cased_as(s: Obj, wanted: fn(char) -> bool, opposite: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in str_value(s).chars() {
        if opposite(c) || is_titlecase(c) {
            return false;
        }
        cased |= wanted(c);
    }
    cased
}

fn m_islower(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("islower", args, kwnames)?;
    Ok(new_bool(all_cased_as(s, is_lower, is_upper)))
}

fn m_isupper(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("isupper", args, kwnames)?;
    Ok(new_bool(all_cased_as(s, is_upper, is_lower)))
}

fn m_istitle(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("istitle", args, kwnames)?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in str_value(s).chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return Ok(new_bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return Ok(new_bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(new_bool(cased))
}

/// `XID_Start` (or `_`), as identifiers begin.
fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (in_table(&ALPHA, c) && !in_table(&ID_START_EXCLUDED, c)) || in_table(&ID_START_EXTRA, c)
}

/// `XID_Continue` (or `_`).
fn is_id_continue(c: char) -> bool {
    is_id_start(c) || is_decimal(c) || (!c.is_ascii() && in_table(&ID_CONTINUE_EXTRA, c))
}

fn m_isidentifier(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("isidentifier", args, kwnames)?;
    let mut chars = str_value(s).chars();
    let ok = chars.next().is_some_and(is_id_start) && chars.all(is_id_continue);
    Ok(new_bool(ok))
}

// ---------------------------------------------------------------------------------------
// Padding, stripping, tabs, prefixes
// ---------------------------------------------------------------------------------------

/// `width[, fillchar]` of `center`/`ljust`/`rjust`.
fn pad_args(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<(i64, char)> {
    let a = positional(name, args, kwnames, 1, 2)?;
    let width = index_to_i64(a[0], "")?;
    let fill = match a.get(1) {
        None => ' ',
        Some(&f) => {
            if !is_str(f) {
                return Err(type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                )));
            }
            let mut cs = str_value(f).chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
    };
    Ok((width, fill))
}

/// `s` with `left` and `right` fill characters around it.
fn padded(s: Obj, left: i64, right: i64, fill: char) -> PyResult<Obj> {
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left.max(0) as usize));
    out.push_str(str_value(s));
    out.extend(std::iter::repeat_n(fill, right.max(0) as usize));
    Ok(new_string(out))
}

fn m_center(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (width, fill) = pad_args("center", args, kwnames)?;
    let n = str_nchars(s) as i64;
    if width <= n {
        return Ok(s.incref());
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    padded(s, left, marg - left, fill)
}

fn m_ljust(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (width, fill) = pad_args("ljust", args, kwnames)?;
    padded(s, 0, width - str_nchars(s) as i64, fill)
}

fn m_rjust(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (width, fill) = pad_args("rjust", args, kwnames)?;
    padded(s, width - str_nchars(s) as i64, 0, fill)
}

fn m_zfill(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("str.zfill", args, kwnames, &[""], 1)?;
    let width = index_to_i64(a.req(0), "")?;
    let n = str_nchars(s) as i64;
    if width <= n {
        return Ok(s.incref());
    }
    let text = str_value(s);
    let zeros = "0".repeat((width - n) as usize);
    Ok(new_string(match text.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &text[..1]),
        None => format!("{zeros}{text}"),
    }))
}

fn strip(s: Obj, args: &[Obj], kwnames: Obj, name: &str, left: bool, right: bool) -> PyResult<Obj> {
    let a = positional(name, args, kwnames, 0, 1)?;
    let mut t = str_value(s);
    match a.first() {
        Some(&c) if c != none() => {
            if !is_str(c) {
                return Err(type_error(format!("{name} arg must be None or str")));
            }
            let set: Vec<char> = str_value(c).chars().collect();
            if left {
                t = t.trim_start_matches(set.as_slice());
            }
            if right {
                t = t.trim_end_matches(set.as_slice());
            }
        }
        _ => {
            if left {
                t = t.trim_start_matches(is_py_space);
            }
            if right {
                t = t.trim_end_matches(is_py_space);
            }
        }
    }
    Ok(new_str(t))
}

fn m_strip(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    strip(s, args, kwnames, "strip", true, true)
}

fn m_lstrip(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    strip(s, args, kwnames, "lstrip", true, false)
}

fn m_rstrip(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    strip(s, args, kwnames, "rstrip", false, true)
}

fn m_expandtabs(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    check_kw("expandtabs", kwnames, &["tabsize"])?;
    let a = Args::parse("expandtabs", args, kwnames, &["tabsize"], 0)?;
    let tabsize = match a.get(0) {
        None => 8,
        Some(t) => index_to_i64(t, "")?,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in str_value(s).chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(new_string(out))
}

fn affix_arg(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<&'static str> {
    let a = Args::parse(&format!("str.{name}"), args, kwnames, &[""], 1)?;
    let x = a.req(0);
    if !is_str(x) {
        return Err(type_error(format!("{name}() argument must be str, not {}", type_name(x))));
    }
    Ok(str_value(x))
}

fn m_removeprefix(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let p = affix_arg("removeprefix", args, kwnames)?;
    match str_value(s).strip_prefix(p) {
        Some(rest) if !p.is_empty() => Ok(new_str(rest)),
        _ => Ok(s.incref()),
    }
}

fn m_removesuffix(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let p = affix_arg("removesuffix", args, kwnames)?;
    match str_value(s).strip_suffix(p) {
        Some(rest) if !p.is_empty() => Ok(new_str(rest)),
        _ => Ok(s.incref()),
    }
}

// ---------------------------------------------------------------------------------------
// str.format (`Objects/stringlib/unicode_format.h`)
// ---------------------------------------------------------------------------------------

/// How fields without a number are numbered: not yet decided, automatically, or manually.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct FormatState<'a> {
    args: &'a [Obj],
    kwnames: &'a [Obj],
    kwvalues: &'a [Obj],
    /// `str.format_map`'s mapping: named fields are its items (`mapping[name]`, so a dict
    /// subclass's `__missing__` applies), and positional fields are an error.
    mapping: Option<Obj>,
    numbering: Numbering,
    next_auto: usize,
}

fn m_format(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nk = nkw(kwnames);
    let npos = args.len() - nk;
    let names: &[Obj] = if nk == 0 { &[] } else { tuple_items(kwnames) };
    let mut st = FormatState {
        args: &args[..npos],
        kwnames: names,
        kwvalues: &args[npos..],
        mapping: None,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    build_format(str_value(s), &mut st, 2, &mut out)?;
    Ok(new_string(out))
}

/// `str.format_map(mapping)`: `str.format(**mapping)` without copying the mapping.
fn m_format_map(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("str.format_map", args, kwnames, &[""], 1)?;
    let mut st = FormatState {
        args: &[],
        kwnames: &[],
        kwvalues: &[],
        mapping: Some(a.req(0)),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    build_format(str_value(s), &mut st, 2, &mut out)?;
    Ok(new_string(out))
}

/// `build_string`/`output_markup`: expand `fmt` into `out`; `depth` limits nested specs.
fn build_format(fmt: &str, st: &mut FormatState, depth: u32, out: &mut String) -> PyResult<()> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let at_end = i >= n;
        if c == '}' {
            if at_end || chars[i] != '}' {
                return Err(value_error("Single '}' encountered in format string"));
            }
            i += 1;
            out.push('}');
            continue;
        }
        if at_end {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if chars[i] == '{' {
            i += 1;
            out.push('{');
            continue;
        }
        let field = parse_field(&chars, &mut i)?;
        format_field(field, st, depth, out)?;
    }
    Ok(())
}

/// A replacement field: `name[!conversion][:spec]`.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Parse the field starting at `chars[*i]` (after its `{`) through its closing `}`, as
/// CPython 3.12's `MarkupIterator_next` and `parse_field` do.
fn parse_field(chars: &[char], i: &mut usize) -> PyResult<Field> {
    let n = chars.len();
    let start = *i;
    // The name ends at '}', '!' or ':'; a `[key]` inside it may hold any of them.
    while *i < n && !matches!(chars[*i], '}' | '!' | ':') {
        match chars[*i] {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < n && chars[*i] != ']' {
                    *i += 1;
                }
                if *i < n {
                    *i += 1;
                }
            }
            _ => *i += 1,
        }
    }
    let name: String = chars[start..*i].iter().collect();
    let Some(&first_delim) = chars.get(*i) else {
        return Err(value_error("expected '}' before end of string"));
    };
    let mut delim = first_delim;
    *i += 1;
    let mut conversion = None;
    if delim == '!' {
        let Some(&c) = chars.get(*i) else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(c);
        *i += 1;
        let Some(&d) = chars.get(*i) else {
            return Err(value_error("unmatched '{' in format spec"));
        };
        *i += 1;
        if d != ':' && d != '}' {
            return Err(value_error("expected ':' after conversion specifier"));
        }
        delim = d;
    }
    if delim == '}' {
        return Ok(Field { name, conversion, spec: String::new() });
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < n {
        let c = chars[*i];
        *i += 1;
        if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                let spec = chars[spec_start..*i - 1].iter().collect();
                return Ok(Field { name, conversion, spec });
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// Look up, convert and format one field.
fn format_field(field: Field, st: &mut FormatState, depth: u32, out: &mut String) -> PyResult<()> {
    let obj = Owned::new(get_field(&field.name, st)?).expect("non-null");
    let converted = match field.conversion {
        None => obj,
        Some('r') => Owned::new(crate::ops::repr(obj.get())?).expect("non-null"),
        Some('s') => Owned::new(crate::ops::str(obj.get())?).expect("non-null"),
        Some('a') => Owned::new(crate::errors::check(crate::abi::ophis_ascii(obj.get()))?).expect("non-null"),
        Some(c) if ('!'..='~').contains(&c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
        Some(c) => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    };
    let spec = if field.spec.contains('{') {
        let mut expanded = String::new();
        build_format(&field.spec, st, depth - 1, &mut expanded)?;
        expanded
    } else {
        field.spec
    };
    let r = Owned::new(crate::ops::format(converted.get(), &spec)?).expect("non-null");
    out.push_str(str_value(r.get()));
    Ok(())
}

/// `get_field_object`: the argument a field name selects, then its `.attr` and `[key]` parts.
fn get_field(name: &str, st: &mut FormatState) -> PyResult<Obj> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let positional = first.is_empty() || first.bytes().all(|b| b.is_ascii_digit());
    let obj = if let Some(mapping) = st.mapping {
        if positional {
            return Err(value_error("Format string contains positional fields"));
        }
        let key = Owned::new(new_str(first)).expect("str");
        crate::ops::getitem(mapping, key.get())?
    } else if positional {
        let index = if first.is_empty() {
            if st.numbering == Numbering::Manual {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            st.numbering = Numbering::Auto;
            st.next_auto += 1;
            st.next_auto - 1
        } else {
            if st.numbering == Numbering::Auto {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            st.numbering = Numbering::Manual;
            first.parse::<usize>().map_err(|_| value_error("Too many decimal digits in format string"))?
        };
        match st.args.get(index) {
            Some(o) => o.incref(),
            None => {
                return Err(index_error(format!("Replacement index {index} out of range for positional args tuple")))
            }
        }
    } else {
        match st.kwnames.iter().position(|&k| str_value(k) == first) {
            Some(k) => st.kwvalues[k].incref(),
            None => return Err(raise_with_arg(&KEY_ERROR, new_str(first))),
        }
    };
    let mut obj = Owned::new(obj).expect("non-null");
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let a = Owned::new(new_str(attr)).expect("non-null");
            obj = Owned::new(crate::attr::getattr(obj.get(), a.get())?).expect("non-null");
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(v) if key.bytes().all(|b| b.is_ascii_digit()) => new_int(v),
                _ => new_str(key),
            };
            let k = Owned::new(k).expect("non-null");
            obj = Owned::new(crate::ops::getitem(obj.get(), k.get())?).expect("non-null");
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj.release())
}

// ---------------------------------------------------------------------------------------
// str % args (`PyUnicode_Format`)
// ---------------------------------------------------------------------------------------

/// `nb_remainder` of `str`: printf-style formatting when the left operand is a str.
pub fn str_remainder(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_str(a) {
        return Ok(not_implemented());
    }
    Ok(new_string(percent_format(str_value(a), b)?))
}

#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// The arguments conversions take in turn: the tuple's items, or the single non-tuple
/// argument; after a `%(key)` field, just the value it looked up (as `PyUnicode_Format`).
struct ArgCursor {
    items: Vec<Obj>,
    next: usize,
    /// Keeps the looked-up value of a `%(key)` field alive.
    _held: Option<Owned>,
}

impl ArgCursor {
    fn next_arg(&mut self) -> PyResult<Obj> {
        let v =
            self.items.get(self.next).copied().ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

fn percent_format(fmt: &str, args: Obj) -> PyResult<String> {
    let items = if is_tuple(args) { tuple_items(args).to_vec() } else { vec![args] };
    let mut cur = ArgCursor { items, next: 0, _held: None };
    // A mapping (anything subscriptable but a tuple or str) serves `%(name)s` fields.
    let dict = (!is_tuple(args) && !is_str(args) && args.ty().lookup(|t| t.mp_subscript).is_some()).then_some(args);
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut out = String::new();
    let mut i = 0;
    let incomplete = || value_error("incomplete format");
    while i < n {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= n {
            return Err(incomplete());
        }
        if chars[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if chars[i] == '(' {
            let Some(d) = dict else {
                return Err(type_error("format requires a mapping"));
            };
            i += 1;
            let kstart = i;
            let mut depth = 1;
            while i < n {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if i >= n {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[kstart..i].iter().collect();
            i += 1;
            let k = Owned::new(new_string(key)).expect("non-null");
            let v = Owned::new(crate::ops::getitem(d, k.get())?).expect("non-null");
            cur = ArgCursor { items: vec![v.get()], next: 0, _held: Some(v) };
        }
        let mut f = Flags::default();
        while i < n {
            match chars[i] {
                '-' => f.left = true,
                '+' => f.plus = true,
                ' ' => f.space = true,
                '#' => f.alt = true,
                '0' => f.zero = true,
                _ => break,
            }
            i += 1;
        }
        let width = if i < n && chars[i] == '*' {
            let w = star_arg(cur.next_arg()?)?;
            f.left |= w < 0;
            i += 1;
            w.unsigned_abs() as usize
        } else {
            digits(&chars, &mut i, "width too big")?.unwrap_or(0)
        };
        let mut prec = None;
        if i < n && chars[i] == '.' {
            i += 1;
            if i < n && chars[i] == '*' {
                prec = Some(star_arg(cur.next_arg()?)?.max(0) as usize);
                i += 1;
            } else {
                prec = Some(digits(&chars, &mut i, "precision too big")?.unwrap_or(0));
            }
        }
        if i < n && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(incomplete());
        }
        let conv = chars[i];
        let conv_index = i;
        i += 1;
        let v = cur.next_arg()?;
        let piece = format_one(conv, conv_index, v, &f, prec)?;
        let numeric = !matches!(conv, 's' | 'r' | 'a' | 'c');
        pad_piece(&mut out, &piece, width, &f, numeric);
    }
    if dict.is_none() && cur.next < cur.items.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// The value of a `*` width or precision.
fn star_arg(o: Obj) -> PyResult<i64> {
    crate::types::int::int_to_i64(o).ok_or_else(|| type_error("* wants int"))
}

/// A decimal number at `chars[*i..]`, if any digits are there.
fn digits(chars: &[char], i: &mut usize, too_big: &str) -> PyResult<Option<usize>> {
    let mut v: Option<usize> = None;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        let next = v.unwrap_or(0).checked_mul(10).and_then(|x| x.checked_add(d as usize));
        v = Some(next.ok_or_else(|| value_error(too_big))?);
        *i += 1;
    }
    Ok(v)
}

/// One conversion's text before padding: `(sign and prefix, body)`.
struct Piece {
    sign: String,
    body: String,
}

fn format_one(conv: char, index: usize, v: Obj, f: &Flags, prec: Option<usize>) -> PyResult<Piece> {
    let plain = |body: String| Piece { sign: String::new(), body };
    match conv {
        's' | 'r' | 'a' => {
            let o = match conv {
                's' => crate::ops::str(v)?,
                'r' => crate::ops::repr(v)?,
                _ => crate::errors::check(crate::abi::ophis_ascii(v))?,
            };
            let o = Owned::new(o).expect("non-null");
            let t = str_value(o.get());
            Ok(plain(match prec {
                Some(p) => t.chars().take(p).collect(),
                None => t.to_string(),
            }))
        }
        'c' => {
            if let Some(x) = int_view(v) {
                let code = match x {
                    IntVal::Small(c) if (0..0x110000).contains(&c) => c as u32,
                    _ => return Err(overflow_error("%c arg not in range(0x110000)")),
                };
                let ch = char::from_u32(code).ok_or_else(|| {
                    value_error(format!("%c arg {code:#x} is a lone surrogate, which ophis strings cannot hold"))
                })?;
                return Ok(plain(ch.to_string()));
            }
            if is_str(v) && str_nchars(v) == 1 {
                return Ok(plain(str_value(v).to_string()));
            }
            Err(type_error("%c requires int or char"))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let owned;
            let iv = match int_view(v) {
                Some(x) => x.to_big(),
                None if is_float(v) && matches!(conv, 'd' | 'i' | 'u') => {
                    owned = Owned::new(crate::types::int::float_to_int(float_value(v))?).expect("non-null");
                    int_view(owned.get()).expect("int").to_big()
                }
                None if matches!(conv, 'd' | 'i' | 'u') => {
                    return Err(type_error(format!("%{conv} format: a real number is required, not {}", type_name(v))))
                }
                None => {
                    return Err(type_error(format!("%{conv} format: an integer is required, not {}", type_name(v))))
                }
            };
            let (radix, prefix) = match conv {
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                'o' => (8, "0o"),
                _ => (10, ""),
            };
            let mut digits = match radix {
                10 => crate::format::format_int(&num_bigint::BigInt::from(iv.magnitude().clone()), "")
                    .map_err(value_error)?,
                r => iv.magnitude().to_str_radix(r),
            };
            if conv == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = prec {
                if p > digits.len() {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            let mut sign = sign_of(iv.sign() == num_bigint::Sign::Minus, f).to_string();
            if f.alt {
                sign.push_str(prefix);
            }
            Ok(Piece { sign, body: digits })
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = if is_float(v) {
                float_value(v)
            } else if let Some(iv) = int_view(v) {
                crate::types::int::int_to_f64(&iv)?
            } else {
                return Err(type_error(format!("must be real number, not {}", type_name(v))));
            };
            let spec = format!("{}.{}{conv}", if f.alt { "#" } else { "" }, prec.unwrap_or(6));
            let text = crate::format::format_float(x, &spec).map_err(value_error)?;
            let (neg, body) = match text.strip_prefix('-') {
                Some(b) => (true, b.to_string()),
                None => (false, text),
            };
            Ok(Piece { sign: sign_of(neg, f).to_string(), body })
        }
        c => Err(value_error(format!("unsupported format character '{c}' ({:#x}) at index {index}", c as u32))),
    }
}

fn sign_of(negative: bool, f: &Flags) -> &'static str {
    if negative {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    }
}

/// Pad a conversion to `width`: left-justified with spaces, zero-filled after the sign for
/// numbers with the `0` flag, else right-justified with spaces.
fn pad_piece(out: &mut String, p: &Piece, width: usize, f: &Flags, numeric: bool) {
    let len = p.sign.chars().count() + p.body.chars().count();
    let fill = width.saturating_sub(len);
    if f.left {
        out.push_str(&p.sign);
        out.push_str(&p.body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if f.zero && numeric {
        out.push_str(&p.sign);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(&p.body);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(&p.sign);
        out.push_str(&p.body);
    }
}

// ---------------------------------------------------------------------------------------
// The method table
// ---------------------------------------------------------------------------------------

fn m_encode(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::codecs::str_encode(s, args, kwnames)
}

fn m_dunder_format(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::descr::builtin_format_method(s, args, kwnames)
}

macro_rules! methods {
    ($($name:literal => $f:ident),* $(,)?) => {
        pub static STR_METHODS: &[MethodDef] = &[$(MethodDef { name: $name, meth: $f }),*];
    };
}

methods! {
    "__format__" => m_dunder_format,
    "join" => m_join,
    "split" => m_split,
    "rsplit" => m_rsplit,
    "splitlines" => m_splitlines,
    "partition" => m_partition,
    "rpartition" => m_rpartition,
    "find" => m_find,
    "rfind" => m_rfind,
    "index" => m_index,
    "rindex" => m_rindex,
    "count" => m_count,
    "startswith" => m_startswith,
    "endswith" => m_endswith,
    "replace" => m_replace,
    "upper" => m_upper,
    "lower" => m_lower,
    "casefold" => m_casefold,
    "capitalize" => m_capitalize,
    "title" => m_title,
    "swapcase" => m_swapcase,
    "isdigit" => m_isdigit,
    "isdecimal" => m_isdecimal,
    "isnumeric" => m_isnumeric,
    "isalpha" => m_isalpha,
    "isalnum" => m_isalnum,
    "isspace" => m_isspace,
    "islower" => m_islower,
    "isupper" => m_isupper,
    "istitle" => m_istitle,
    "isidentifier" => m_isidentifier,
    "isprintable" => m_isprintable,
    "isascii" => m_isascii,
    "center" => m_center,
    "ljust" => m_ljust,
    "rjust" => m_rjust,
    "zfill" => m_zfill,
    "strip" => m_strip,
    "lstrip" => m_lstrip,
    "rstrip" => m_rstrip,
    "expandtabs" => m_expandtabs,
    "removeprefix" => m_removeprefix,
    "removesuffix" => m_removesuffix,
    "format" => m_format,
    "format_map" => m_format_map,
    "encode" => m_encode,
}

// ---------------------------------------------------------------------------------------
// Unicode tables
// ---------------------------------------------------------------------------------------

// Generated from CPython 3.12.1's unicodedata (Unicode 15.0.0) by probing str methods on
// every code point; inclusive ranges flattened as [start, end, start, end, ...].

/// Non-ASCII code points for which `str.isalpha` is true (categories Lu, Ll, Lt, Lm, Lo).
const ALPHA: [u32; 1314] = [
    0xAA, 0xAA, 0xB5, 0xB5, 0xBA, 0xBA, 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2C1, 0x2C6, 0x2D1, 0x2E0, 0x2E4, 0x2EC, 0x2EC,
    0x2EE, 0x2EE, 0x370, 0x374, 0x376, 0x377, 0x37A, 0x37D, 0x37F, 0x37F, 0x386, 0x386, 0x388, 0x38A, 0x38C, 0x38C,
    0x38E, 0x3A1, 0x3A3, 0x3F5, 0x3F7, 0x481, 0x48A, 0x52F, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5D0, 0x5EA,
    0x5EF, 0x5F2, 0x620, 0x64A, 0x66E, 0x66F, 0x671, 0x6D3, 0x6D5, 0x6D5, 0x6E5, 0x6E6, 0x6EE, 0x6EF, 0x6FA, 0x6FC,
    0x6FF, 0x6FF, 0x710, 0x710, 0x712, 0x72F, 0x74D, 0x7A5, 0x7B1, 0x7B1, 0x7CA, 0x7EA, 0x7F4, 0x7F5, 0x7FA, 0x7FA,
    0x800, 0x815, 0x81A, 0x81A, 0x824, 0x824, 0x828, 0x828, 0x840, 0x858, 0x860, 0x86A, 0x870, 0x887, 0x889, 0x88E,
    0x8A0, 0x8C9, 0x904, 0x939, 0x93D, 0x93D, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98C, 0x98F, 0x990,
    0x993, 0x9A8, 0x9AA, 0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9BD, 0x9BD, 0x9CE, 0x9CE, 0x9DC, 0x9DD, 0x9DF, 0x9E1,
    0x9F0, 0x9F1, 0x9FC, 0x9FC, 0xA05, 0xA0A, 0xA0F, 0xA10, 0xA13, 0xA28, 0xA2A, 0xA30, 0xA32, 0xA33, 0xA35, 0xA36,
    0xA38, 0xA39, 0xA59, 0xA5C, 0xA5E, 0xA5E, 0xA72, 0xA74, 0xA85, 0xA8D, 0xA8F, 0xA91, 0xA93, 0xAA8, 0xAAA, 0xAB0,
    0xAB2, 0xAB3, 0xAB5, 0xAB9, 0xABD, 0xABD, 0xAD0, 0xAD0, 0xAE0, 0xAE1, 0xAF9, 0xAF9, 0xB05, 0xB0C, 0xB0F, 0xB10,
    0xB13, 0xB28, 0xB2A, 0xB30, 0xB32, 0xB33, 0xB35, 0xB39, 0xB3D, 0xB3D, 0xB5C, 0xB5D, 0xB5F, 0xB61, 0xB71, 0xB71,
    0xB83, 0xB83, 0xB85, 0xB8A, 0xB8E, 0xB90, 0xB92, 0xB95, 0xB99, 0xB9A, 0xB9C, 0xB9C, 0xB9E, 0xB9F, 0xBA3, 0xBA4,
    0xBA8, 0xBAA, 0xBAE, 0xBB9, 0xBD0, 0xBD0, 0xC05, 0xC0C, 0xC0E, 0xC10, 0xC12, 0xC28, 0xC2A, 0xC39, 0xC3D, 0xC3D,
    0xC58, 0xC5A, 0xC5D, 0xC5D, 0xC60, 0xC61, 0xC80, 0xC80, 0xC85, 0xC8C, 0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3,
    0xCB5, 0xCB9, 0xCBD, 0xCBD, 0xCDD, 0xCDE, 0xCE0, 0xCE1, 0xCF1, 0xCF2, 0xD04, 0xD0C, 0xD0E, 0xD10, 0xD12, 0xD3A,
    0xD3D, 0xD3D, 0xD4E, 0xD4E, 0xD54, 0xD56, 0xD5F, 0xD61, 0xD7A, 0xD7F, 0xD85, 0xD96, 0xD9A, 0xDB1, 0xDB3, 0xDBB,
    0xDBD, 0xDBD, 0xDC0, 0xDC6, 0xE01, 0xE30, 0xE32, 0xE33, 0xE40, 0xE46, 0xE81, 0xE82, 0xE84, 0xE84, 0xE86, 0xE8A,
    0xE8C, 0xEA3, 0xEA5, 0xEA5, 0xEA7, 0xEB0, 0xEB2, 0xEB3, 0xEBD, 0xEBD, 0xEC0, 0xEC4, 0xEC6, 0xEC6, 0xEDC, 0xEDF,
    0xF00, 0xF00, 0xF40, 0xF47, 0xF49, 0xF6C, 0xF88, 0xF8C, 0x1000, 0x102A, 0x103F, 0x103F, 0x1050, 0x1055, 0x105A,
    0x105D, 0x1061, 0x1061, 0x1065, 0x1066, 0x106E, 0x1070, 0x1075, 0x1081, 0x108E, 0x108E, 0x10A0, 0x10C5, 0x10C7,
    0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x10FA, 0x10FC, 0x1248, 0x124A, 0x124D, 0x1250, 0x1256, 0x1258, 0x1258, 0x125A,
    0x125D, 0x1260, 0x1288, 0x128A, 0x128D, 0x1290, 0x12B0, 0x12B2, 0x12B5, 0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2,
    0x12C5, 0x12C8, 0x12D6, 0x12D8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135A, 0x1380, 0x138F, 0x13A0, 0x13F5, 0x13F8,
    0x13FD, 0x1401, 0x166C, 0x166F, 0x167F, 0x1681, 0x169A, 0x16A0, 0x16EA, 0x16F1, 0x16F8, 0x1700, 0x1711, 0x171F,
    0x1731, 0x1740, 0x1751, 0x1760, 0x176C, 0x176E, 0x1770, 0x1780, 0x17B3, 0x17D7, 0x17D7, 0x17DC, 0x17DC, 0x1820,
    0x1878, 0x1880, 0x1884, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0x18B0, 0x18F5, 0x1900, 0x191E, 0x1950, 0x196D, 0x1970,
    0x1974, 0x1980, 0x19AB, 0x19B0, 0x19C9, 0x1A00, 0x1A16, 0x1A20, 0x1A54, 0x1AA7, 0x1AA7, 0x1B05, 0x1B33, 0x1B45,
    0x1B4C, 0x1B83, 0x1BA0, 0x1BAE, 0x1BAF, 0x1BBA, 0x1BE5, 0x1C00, 0x1C23, 0x1C4D, 0x1C4F, 0x1C5A, 0x1C7D, 0x1C80,
    0x1C88, 0x1C90, 0x1CBA, 0x1CBD, 0x1CBF, 0x1CE9, 0x1CEC, 0x1CEE, 0x1CF3, 0x1CF5, 0x1CF6, 0x1CFA, 0x1CFA, 0x1D00,
    0x1DBF, 0x1E00, 0x1F15, 0x1F18, 0x1F1D, 0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B,
    0x1F5B, 0x1F5D, 0x1F5D, 0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC, 0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4, 0x1FC6,
    0x1FCC, 0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC, 0x2071, 0x2071, 0x207F,
    0x207F, 0x2090, 0x209C, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113, 0x2115, 0x2115, 0x2119, 0x211D, 0x2124,
    0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x212D, 0x212F, 0x2139, 0x213C, 0x213F, 0x2145, 0x2149, 0x214E,
    0x214E, 0x2183, 0x2184, 0x2C00, 0x2CE4, 0x2CEB, 0x2CEE, 0x2CF2, 0x2CF3, 0x2D00, 0x2D25, 0x2D27, 0x2D27, 0x2D2D,
    0x2D2D, 0x2D30, 0x2D67, 0x2D6F, 0x2D6F, 0x2D80, 0x2D96, 0x2DA0, 0x2DA6, 0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8,
    0x2DBE, 0x2DC0, 0x2DC6, 0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x2E2F, 0x2E2F, 0x3005, 0x3006, 0x3031,
    0x3035, 0x303B, 0x303C, 0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F, 0x3131,
    0x318E, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0xA48C, 0xA4D0, 0xA4FD, 0xA500, 0xA60C, 0xA610,
    0xA61F, 0xA62A, 0xA62B, 0xA640, 0xA66E, 0xA67F, 0xA69D, 0xA6A0, 0xA6E5, 0xA717, 0xA71F, 0xA722, 0xA788, 0xA78B,
    0xA7CA, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9, 0xA7F2, 0xA801, 0xA803, 0xA805, 0xA807, 0xA80A, 0xA80C,
    0xA822, 0xA840, 0xA873, 0xA882, 0xA8B3, 0xA8F2, 0xA8F7, 0xA8FB, 0xA8FB, 0xA8FD, 0xA8FE, 0xA90A, 0xA925, 0xA930,
    0xA946, 0xA960, 0xA97C, 0xA984, 0xA9B2, 0xA9CF, 0xA9CF, 0xA9E0, 0xA9E4, 0xA9E6, 0xA9EF, 0xA9FA, 0xA9FE, 0xAA00,
    0xAA28, 0xAA40, 0xAA42, 0xAA44, 0xAA4B, 0xAA60, 0xAA76, 0xAA7A, 0xAA7A, 0xAA7E, 0xAAAF, 0xAAB1, 0xAAB1, 0xAAB5,
    0xAAB6, 0xAAB9, 0xAABD, 0xAAC0, 0xAAC0, 0xAAC2, 0xAAC2, 0xAADB, 0xAADD, 0xAAE0, 0xAAEA, 0xAAF2, 0xAAF4, 0xAB01,
    0xAB06, 0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26, 0xAB28, 0xAB2E, 0xAB30, 0xAB5A, 0xAB5C, 0xAB69, 0xAB70,
    0xABE2, 0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFB00, 0xFB06, 0xFB13,
    0xFB17, 0xFB1D, 0xFB1D, 0xFB1F, 0xFB28, 0xFB2A, 0xFB36, 0xFB38, 0xFB3C, 0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43,
    0xFB44, 0xFB46, 0xFBB1, 0xFBD3, 0xFD3D, 0xFD50, 0xFD8F, 0xFD92, 0xFDC7, 0xFDF0, 0xFDFB, 0xFE70, 0xFE74, 0xFE76,
    0xFEFC, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0xFF66, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF, 0xFFD2, 0xFFD7, 0xFFDA,
    0xFFDC, 0x10000, 0x1000B, 0x1000D, 0x10026, 0x10028, 0x1003A, 0x1003C, 0x1003D, 0x1003F, 0x1004D, 0x10050, 0x1005D,
    0x10080, 0x100FA, 0x10280, 0x1029C, 0x102A0, 0x102D0, 0x10300, 0x1031F, 0x1032D, 0x10340, 0x10342, 0x10349,
    0x10350, 0x10375, 0x10380, 0x1039D, 0x103A0, 0x103C3, 0x103C8, 0x103CF, 0x10400, 0x1049D, 0x104B0, 0x104D3,
    0x104D8, 0x104FB, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057A, 0x1057C, 0x1058A, 0x1058C, 0x10592,
    0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x10600, 0x10736,
    0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10800, 0x10805,
    0x10808, 0x10808, 0x1080A, 0x10835, 0x10837, 0x10838, 0x1083C, 0x1083C, 0x1083F, 0x10855, 0x10860, 0x10876,
    0x10880, 0x1089E, 0x108E0, 0x108F2, 0x108F4, 0x108F5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109B7,
    0x109BE, 0x109BF, 0x10A00, 0x10A00, 0x10A10, 0x10A13, 0x10A15, 0x10A17, 0x10A19, 0x10A35, 0x10A60, 0x10A7C,
    0x10A80, 0x10A9C, 0x10AC0, 0x10AC7, 0x10AC9, 0x10AE4, 0x10B00, 0x10B35, 0x10B40, 0x10B55, 0x10B60, 0x10B72,
    0x10B80, 0x10B91, 0x10C00, 0x10C48, 0x10C80, 0x10CB2, 0x10CC0, 0x10CF2, 0x10D00, 0x10D23, 0x10E80, 0x10EA9,
    0x10EB0, 0x10EB1, 0x10F00, 0x10F1C, 0x10F27, 0x10F27, 0x10F30, 0x10F45, 0x10F70, 0x10F81, 0x10FB0, 0x10FC4,
    0x10FE0, 0x10FF6, 0x11003, 0x11037, 0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110AF, 0x110D0, 0x110E8,
    0x11103, 0x11126, 0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172, 0x11176, 0x11176, 0x11183, 0x111B2,
    0x111C1, 0x111C4, 0x111DA, 0x111DA, 0x111DC, 0x111DC, 0x11200, 0x11211, 0x11213, 0x1122B, 0x1123F, 0x11240,
    0x11280, 0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D, 0x1128F, 0x1129D, 0x1129F, 0x112A8, 0x112B0, 0x112DE,
    0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313, 0x11328, 0x1132A, 0x11330, 0x11332, 0x11333, 0x11335, 0x11339,
    0x1133D, 0x1133D, 0x11350, 0x11350, 0x1135D, 0x11361, 0x11400, 0x11434, 0x11447, 0x1144A, 0x1145F, 0x11461,
    0x11480, 0x114AF, 0x114C4, 0x114C5, 0x114C7, 0x114C7, 0x11580, 0x115AE, 0x115D8, 0x115DB, 0x11600, 0x1162F,
    0x11644, 0x11644, 0x11680, 0x116AA, 0x116B8, 0x116B8, 0x11700, 0x1171A, 0x11740, 0x11746, 0x11800, 0x1182B,
    0x118A0, 0x118DF, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916, 0x11918, 0x1192F,
    0x1193F, 0x1193F, 0x11941, 0x11941, 0x119A0, 0x119A7, 0x119AA, 0x119D0, 0x119E1, 0x119E1, 0x119E3, 0x119E3,
    0x11A00, 0x11A00, 0x11A0B, 0x11A32, 0x11A3A, 0x11A3A, 0x11A50, 0x11A50, 0x11A5C, 0x11A89, 0x11A9D, 0x11A9D,
    0x11AB0, 0x11AF8, 0x11C00, 0x11C08, 0x11C0A, 0x11C2E, 0x11C40, 0x11C40, 0x11C72, 0x11C8F, 0x11D00, 0x11D06,
    0x11D08, 0x11D09, 0x11D0B, 0x11D30, 0x11D46, 0x11D46, 0x11D60, 0x11D65, 0x11D67, 0x11D68, 0x11D6A, 0x11D89,
    0x11D98, 0x11D98, 0x11EE0, 0x11EF2, 0x11F02, 0x11F02, 0x11F04, 0x11F10, 0x11F12, 0x11F33, 0x11FB0, 0x11FB0,
    0x12000, 0x12399, 0x12480, 0x12543, 0x12F90, 0x12FF0, 0x13000, 0x1342F, 0x13441, 0x13446, 0x14400, 0x14646,
    0x16800, 0x16A38, 0x16A40, 0x16A5E, 0x16A70, 0x16ABE, 0x16AD0, 0x16AED, 0x16B00, 0x16B2F, 0x16B40, 0x16B43,
    0x16B63, 0x16B77, 0x16B7D, 0x16B8F, 0x16E40, 0x16E7F, 0x16F00, 0x16F4A, 0x16F50, 0x16F50, 0x16F93, 0x16F9F,
    0x16FE0, 0x16FE1, 0x16FE3, 0x16FE3, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3,
    0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155,
    0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1BC00, 0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88, 0x1BC90, 0x1BC99,
    0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E, 0x1D49F, 0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6, 0x1D4A9, 0x1D4AC,
    0x1D4AE, 0x1D4B9, 0x1D4BB, 0x1D4BB, 0x1D4BD, 0x1D4C3, 0x1D4C5, 0x1D505, 0x1D507, 0x1D50A, 0x1D50D, 0x1D514,
    0x1D516, 0x1D51C, 0x1D51E, 0x1D539, 0x1D53B, 0x1D53E, 0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A, 0x1D550,
    0x1D552, 0x1D6A5, 0x1D6A8, 0x1D6C0, 0x1D6C2, 0x1D6DA, 0x1D6DC, 0x1D6FA, 0x1D6FC, 0x1D714, 0x1D716, 0x1D734,
    0x1D736, 0x1D74E, 0x1D750, 0x1D76E, 0x1D770, 0x1D788, 0x1D78A, 0x1D7A8, 0x1D7AA, 0x1D7C2, 0x1D7C4, 0x1D7CB,
    0x1DF00, 0x1DF1E, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E100, 0x1E12C, 0x1E137, 0x1E13D, 0x1E14E, 0x1E14E,
    0x1E290, 0x1E2AD, 0x1E2C0, 0x1E2EB, 0x1E4D0, 0x1E4EB, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
    0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4, 0x1E900, 0x1E943, 0x1E94B, 0x1E94B, 0x1EE00, 0x1EE03, 0x1EE05, 0x1EE1F,
    0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32, 0x1EE34, 0x1EE37, 0x1EE39, 0x1EE39,
    0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47, 0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F,
    0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54, 0x1EE57, 0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D,
    0x1EE5F, 0x1EE5F, 0x1EE61, 0x1EE62, 0x1EE64, 0x1EE64, 0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77,
    0x1EE79, 0x1EE7C, 0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3, 0x1EEA5, 0x1EEA9,
    0x1EEAB, 0x1EEBB, 0x20000, 0x2A6DF, 0x2A700, 0x2B739, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0,
    0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0x31350, 0x323AF,
];

/// Non-ASCII code points for which `str.isdecimal` is true.
const DECIMAL: [u32; 126] = [
    0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9, 0x966, 0x96F, 0x9E6, 0x9EF, 0xA66, 0xA6F, 0xAE6, 0xAEF, 0xB66, 0xB6F,
    0xBE6, 0xBEF, 0xC66, 0xC6F, 0xCE6, 0xCEF, 0xD66, 0xD6F, 0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF29,
    0x1040, 0x1049, 0x1090, 0x1099, 0x17E0, 0x17E9, 0x1810, 0x1819, 0x1946, 0x194F, 0x19D0, 0x19D9, 0x1A80, 0x1A89,
    0x1A90, 0x1A99, 0x1B50, 0x1B59, 0x1BB0, 0x1BB9, 0x1C40, 0x1C49, 0x1C50, 0x1C59, 0xA620, 0xA629, 0xA8D0, 0xA8D9,
    0xA900, 0xA909, 0xA9D0, 0xA9D9, 0xA9F0, 0xA9F9, 0xAA50, 0xAA59, 0xABF0, 0xABF9, 0xFF10, 0xFF19, 0x104A0, 0x104A9,
    0x10D30, 0x10D39, 0x11066, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F, 0x111D0, 0x111D9, 0x112F0, 0x112F9,
    0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659, 0x116C0, 0x116C9, 0x11730, 0x11739, 0x118E0, 0x118E9,
    0x11950, 0x11959, 0x11C50, 0x11C59, 0x11D50, 0x11D59, 0x11DA0, 0x11DA9, 0x11F50, 0x11F59, 0x16A60, 0x16A69,
    0x16AC0, 0x16AC9, 0x16B50, 0x16B59, 0x1D7CE, 0x1D7FF, 0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9, 0x1E4F0, 0x1E4F9,
    0x1E950, 0x1E959, 0x1FBF0, 0x1FBF9,
];

/// Code points for which `str.isdigit` is true but `str.isdecimal` is not.
const DIGIT: [u32; 40] = [
    0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460,
    0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780,
    0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052, 0x1105A, 0x1F100, 0x1F10A,
];

/// Code points for which `str.isnumeric` is true but `str.isdigit` is not.
const NUMERIC: [u32; 304] = [
    0xBC, 0xBE, 0x9F4, 0x9F9, 0xB72, 0xB77, 0xBF0, 0xBF2, 0xC78, 0xC7E, 0xD58, 0xD5E, 0xD70, 0xD78, 0xF2A, 0xF33,
    0x1372, 0x137C, 0x16EE, 0x16F0, 0x17F0, 0x17F9, 0x2150, 0x2182, 0x2185, 0x2189, 0x2469, 0x2473, 0x247D, 0x2487,
    0x2491, 0x249B, 0x24EB, 0x24F4, 0x24FE, 0x24FE, 0x277F, 0x277F, 0x2789, 0x2789, 0x2793, 0x2793, 0x2CFD, 0x2CFD,
    0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303A, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324F, 0x3251, 0x325F,
    0x3280, 0x3289, 0x32B1, 0x32BF, 0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A, 0x3B4D, 0x3B4D, 0x4E00, 0x4E00,
    0x4E03, 0x4E03, 0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D, 0x4E8C, 0x4E8C, 0x4E94, 0x4E94, 0x4E96, 0x4E96,
    0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8, 0x4F0D, 0x4F0D, 0x4F70, 0x4F70, 0x5104, 0x5104, 0x5146, 0x5146,
    0x5169, 0x5169, 0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341, 0x5343, 0x5345, 0x534C, 0x534C, 0x53C1, 0x53C4,
    0x56DB, 0x56DB, 0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E, 0x5F10, 0x5F10,
    0x62FE, 0x62FE, 0x634C, 0x634C, 0x67D2, 0x67D2, 0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E, 0x8086, 0x8086,
    0x842C, 0x842C, 0x8CAE, 0x8CAE, 0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964C, 0x964C,
    0x9678, 0x9678, 0x96F6, 0x96F6, 0xA6E6, 0xA6EF, 0xA830, 0xA835, 0xF96B, 0xF96B, 0xF973, 0xF973, 0xF978, 0xF978,
    0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1, 0xF9D3, 0xF9D3, 0xF9FD, 0xF9FD, 0x10107, 0x10133, 0x10140, 0x10178, 0x1018A,
    0x1018B, 0x102E1, 0x102FB, 0x10320, 0x10323, 0x10341, 0x10341, 0x1034A, 0x1034A, 0x103D1, 0x103D5, 0x10858,
    0x1085F, 0x10879, 0x1087F, 0x108A7, 0x108AF, 0x108FB, 0x108FF, 0x10916, 0x1091B, 0x109BC, 0x109BD, 0x109C0,
    0x109CF, 0x109D2, 0x109FF, 0x10A44, 0x10A48, 0x10A7D, 0x10A7E, 0x10A9D, 0x10A9F, 0x10AEB, 0x10AEF, 0x10B58,
    0x10B5F, 0x10B78, 0x10B7F, 0x10BA9, 0x10BAF, 0x10CFA, 0x10CFF, 0x10E69, 0x10E7E, 0x10F1D, 0x10F26, 0x10F51,
    0x10F54, 0x10FC5, 0x10FCB, 0x1105B, 0x11065, 0x111E1, 0x111F4, 0x1173A, 0x1173B, 0x118EA, 0x118F2, 0x11C5A,
    0x11C6C, 0x11FC0, 0x11FD4, 0x12400, 0x1246E, 0x16B5B, 0x16B61, 0x16E80, 0x16E96, 0x1D2C0, 0x1D2D3, 0x1D2E0,
    0x1D2F3, 0x1D360, 0x1D378, 0x1E8C7, 0x1E8CF, 0x1EC71, 0x1ECAB, 0x1ECAD, 0x1ECAF, 0x1ECB1, 0x1ECB4, 0x1ED01,
    0x1ED2D, 0x1ED2F, 0x1ED3D, 0x1F10B, 0x1F10C, 0x20001, 0x20001, 0x20064, 0x20064, 0x200E2, 0x200E2, 0x20121,
    0x20121, 0x2092A, 0x2092A, 0x20983, 0x20983, 0x2098C, 0x2098C, 0x2099C, 0x2099C, 0x20AEA, 0x20AEA, 0x20AFD,
    0x20AFD, 0x20B19, 0x20B19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23B1B, 0x23B1B, 0x2626D, 0x2626D, 0x2F890,
    0x2F890,
];

/// Non-ASCII `XID_Start` code points outside `ALPHA`.
const ID_START_EXTRA: [u32; 30] = [
    0x16EE, 0x16F0, 0x1885, 0x1886, 0x2118, 0x2118, 0x212E, 0x212E, 0x2160, 0x2182, 0x2185, 0x2188, 0x3007, 0x3007,
    0x3021, 0x3029, 0x3038, 0x303A, 0xA6E6, 0xA6EF, 0x10140, 0x10174, 0x10341, 0x10341, 0x1034A, 0x1034A, 0x103D1,
    0x103D5, 0x12400, 0x1246E,
];

/// `ALPHA` code points that are not `XID_Start`.
const ID_START_EXCLUDED: [u32; 30] = [
    0x37A, 0x37A, 0xE33, 0xE33, 0xEB3, 0xEB3, 0x2E2F, 0x2E2F, 0xFC5E, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE70, 0xFE72,
    0xFE72, 0xFE74, 0xFE74, 0xFE76, 0xFE76, 0xFE78, 0xFE78, 0xFE7A, 0xFE7A, 0xFE7C, 0xFE7C, 0xFE7E, 0xFE7E, 0xFF9E,
    0xFF9F,
];

/// Non-ASCII `XID_Continue` code points that are neither `XID_Start` nor decimal digits.
const ID_CONTINUE_EXTRA: [u32; 644] = [
    0xB7, 0xB7, 0x300, 0x36F, 0x387, 0x387, 0x483, 0x487, 0x591, 0x5BD, 0x5BF, 0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5,
    0x5C7, 0x5C7, 0x610, 0x61A, 0x64B, 0x65F, 0x670, 0x670, 0x6D6, 0x6DC, 0x6DF, 0x6E4, 0x6E7, 0x6E8, 0x6EA, 0x6ED,
    0x711, 0x711, 0x730, 0x74A, 0x7A6, 0x7B0, 0x7EB, 0x7F3, 0x7FD, 0x7FD, 0x816, 0x819, 0x81B, 0x823, 0x825, 0x827,
    0x829, 0x82D, 0x859, 0x85B, 0x898, 0x89F, 0x8CA, 0x8E1, 0x8E3, 0x903, 0x93A, 0x93C, 0x93E, 0x94F, 0x951, 0x957,
    0x962, 0x963, 0x981, 0x983, 0x9BC, 0x9BC, 0x9BE, 0x9C4, 0x9C7, 0x9C8, 0x9CB, 0x9CD, 0x9D7, 0x9D7, 0x9E2, 0x9E3,
    0x9FE, 0x9FE, 0xA01, 0xA03, 0xA3C, 0xA3C, 0xA3E, 0xA42, 0xA47, 0xA48, 0xA4B, 0xA4D, 0xA51, 0xA51, 0xA70, 0xA71,
    0xA75, 0xA75, 0xA81, 0xA83, 0xABC, 0xABC, 0xABE, 0xAC5, 0xAC7, 0xAC9, 0xACB, 0xACD, 0xAE2, 0xAE3, 0xAFA, 0xAFF,
    0xB01, 0xB03, 0xB3C, 0xB3C, 0xB3E, 0xB44, 0xB47, 0xB48, 0xB4B, 0xB4D, 0xB55, 0xB57, 0xB62, 0xB63, 0xB82, 0xB82,
    0xBBE, 0xBC2, 0xBC6, 0xBC8, 0xBCA, 0xBCD, 0xBD7, 0xBD7, 0xC00, 0xC04, 0xC3C, 0xC3C, 0xC3E, 0xC44, 0xC46, 0xC48,
    0xC4A, 0xC4D, 0xC55, 0xC56, 0xC62, 0xC63, 0xC81, 0xC83, 0xCBC, 0xCBC, 0xCBE, 0xCC4, 0xCC6, 0xCC8, 0xCCA, 0xCCD,
    0xCD5, 0xCD6, 0xCE2, 0xCE3, 0xCF3, 0xCF3, 0xD00, 0xD03, 0xD3B, 0xD3C, 0xD3E, 0xD44, 0xD46, 0xD48, 0xD4A, 0xD4D,
    0xD57, 0xD57, 0xD62, 0xD63, 0xD81, 0xD83, 0xDCA, 0xDCA, 0xDCF, 0xDD4, 0xDD6, 0xDD6, 0xDD8, 0xDDF, 0xDF2, 0xDF3,
    0xE31, 0xE31, 0xE33, 0xE3A, 0xE47, 0xE4E, 0xEB1, 0xEB1, 0xEB3, 0xEBC, 0xEC8, 0xECE, 0xF18, 0xF19, 0xF35, 0xF35,
    0xF37, 0xF37, 0xF39, 0xF39, 0xF3E, 0xF3F, 0xF71, 0xF84, 0xF86, 0xF87, 0xF8D, 0xF97, 0xF99, 0xFBC, 0xFC6, 0xFC6,
    0x102B, 0x103E, 0x1056, 0x1059, 0x105E, 0x1060, 0x1062, 0x1064, 0x1067, 0x106D, 0x1071, 0x1074, 0x1082, 0x108D,
    0x108F, 0x108F, 0x109A, 0x109D, 0x135D, 0x135F, 0x1369, 0x1371, 0x1712, 0x1715, 0x1732, 0x1734, 0x1752, 0x1753,
    0x1772, 0x1773, 0x17B4, 0x17D3, 0x17DD, 0x17DD, 0x180B, 0x180D, 0x180F, 0x180F, 0x18A9, 0x18A9, 0x1920, 0x192B,
    0x1930, 0x193B, 0x19DA, 0x19DA, 0x1A17, 0x1A1B, 0x1A55, 0x1A5E, 0x1A60, 0x1A7C, 0x1A7F, 0x1A7F, 0x1AB0, 0x1ABD,
    0x1ABF, 0x1ACE, 0x1B00, 0x1B04, 0x1B34, 0x1B44, 0x1B6B, 0x1B73, 0x1B80, 0x1B82, 0x1BA1, 0x1BAD, 0x1BE6, 0x1BF3,
    0x1C24, 0x1C37, 0x1CD0, 0x1CD2, 0x1CD4, 0x1CE8, 0x1CED, 0x1CED, 0x1CF4, 0x1CF4, 0x1CF7, 0x1CF9, 0x1DC0, 0x1DFF,
    0x203F, 0x2040, 0x2054, 0x2054, 0x20D0, 0x20DC, 0x20E1, 0x20E1, 0x20E5, 0x20F0, 0x2CEF, 0x2CF1, 0x2D7F, 0x2D7F,
    0x2DE0, 0x2DFF, 0x302A, 0x302F, 0x3099, 0x309A, 0xA66F, 0xA66F, 0xA674, 0xA67D, 0xA69E, 0xA69F, 0xA6F0, 0xA6F1,
    0xA802, 0xA802, 0xA806, 0xA806, 0xA80B, 0xA80B, 0xA823, 0xA827, 0xA82C, 0xA82C, 0xA880, 0xA881, 0xA8B4, 0xA8C5,
    0xA8E0, 0xA8F1, 0xA8FF, 0xA8FF, 0xA926, 0xA92D, 0xA947, 0xA953, 0xA980, 0xA983, 0xA9B3, 0xA9C0, 0xA9E5, 0xA9E5,
    0xAA29, 0xAA36, 0xAA43, 0xAA43, 0xAA4C, 0xAA4D, 0xAA7B, 0xAA7D, 0xAAB0, 0xAAB0, 0xAAB2, 0xAAB4, 0xAAB7, 0xAAB8,
    0xAABE, 0xAABF, 0xAAC1, 0xAAC1, 0xAAEB, 0xAAEF, 0xAAF5, 0xAAF6, 0xABE3, 0xABEA, 0xABEC, 0xABED, 0xFB1E, 0xFB1E,
    0xFE00, 0xFE0F, 0xFE20, 0xFE2F, 0xFE33, 0xFE34, 0xFE4D, 0xFE4F, 0xFF3F, 0xFF3F, 0xFF9E, 0xFF9F, 0x101FD, 0x101FD,
    0x102E0, 0x102E0, 0x10376, 0x1037A, 0x10A01, 0x10A03, 0x10A05, 0x10A06, 0x10A0C, 0x10A0F, 0x10A38, 0x10A3A,
    0x10A3F, 0x10A3F, 0x10AE5, 0x10AE6, 0x10D24, 0x10D27, 0x10EAB, 0x10EAC, 0x10EFD, 0x10EFF, 0x10F46, 0x10F50,
    0x10F82, 0x10F85, 0x11000, 0x11002, 0x11038, 0x11046, 0x11070, 0x11070, 0x11073, 0x11074, 0x1107F, 0x11082,
    0x110B0, 0x110BA, 0x110C2, 0x110C2, 0x11100, 0x11102, 0x11127, 0x11134, 0x11145, 0x11146, 0x11173, 0x11173,
    0x11180, 0x11182, 0x111B3, 0x111C0, 0x111C9, 0x111CC, 0x111CE, 0x111CF, 0x1122C, 0x11237, 0x1123E, 0x1123E,
    0x11241, 0x11241, 0x112DF, 0x112EA, 0x11300, 0x11303, 0x1133B, 0x1133C, 0x1133E, 0x11344, 0x11347, 0x11348,
    0x1134B, 0x1134D, 0x11357, 0x11357, 0x11362, 0x11363, 0x11366, 0x1136C, 0x11370, 0x11374, 0x11435, 0x11446,
    0x1145E, 0x1145E, 0x114B0, 0x114C3, 0x115AF, 0x115B5, 0x115B8, 0x115C0, 0x115DC, 0x115DD, 0x11630, 0x11640,
    0x116AB, 0x116B7, 0x1171D, 0x1172B, 0x1182C, 0x1183A, 0x11930, 0x11935, 0x11937, 0x11938, 0x1193B, 0x1193E,
    0x11940, 0x11940, 0x11942, 0x11943, 0x119D1, 0x119D7, 0x119DA, 0x119E0, 0x119E4, 0x119E4, 0x11A01, 0x11A0A,
    0x11A33, 0x11A39, 0x11A3B, 0x11A3E, 0x11A47, 0x11A47, 0x11A51, 0x11A5B, 0x11A8A, 0x11A99, 0x11C2F, 0x11C36,
    0x11C38, 0x11C3F, 0x11C92, 0x11CA7, 0x11CA9, 0x11CB6, 0x11D31, 0x11D36, 0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D,
    0x11D3F, 0x11D45, 0x11D47, 0x11D47, 0x11D8A, 0x11D8E, 0x11D90, 0x11D91, 0x11D93, 0x11D97, 0x11EF3, 0x11EF6,
    0x11F00, 0x11F01, 0x11F03, 0x11F03, 0x11F34, 0x11F3A, 0x11F3E, 0x11F42, 0x13440, 0x13440, 0x13447, 0x13455,
    0x16AF0, 0x16AF4, 0x16B30, 0x16B36, 0x16F4F, 0x16F4F, 0x16F51, 0x16F87, 0x16F8F, 0x16F92, 0x16FE4, 0x16FE4,
    0x16FF0, 0x16FF1, 0x1BC9D, 0x1BC9E, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1D165, 0x1D169, 0x1D16D, 0x1D172,
    0x1D17B, 0x1D182, 0x1D185, 0x1D18B, 0x1D1AA, 0x1D1AD, 0x1D242, 0x1D244, 0x1DA00, 0x1DA36, 0x1DA3B, 0x1DA6C,
    0x1DA75, 0x1DA75, 0x1DA84, 0x1DA84, 0x1DA9B, 0x1DA9F, 0x1DAA1, 0x1DAAF, 0x1E000, 0x1E006, 0x1E008, 0x1E018,
    0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E08F, 0x1E08F, 0x1E130, 0x1E136, 0x1E2AE, 0x1E2AE,
    0x1E2EC, 0x1E2EF, 0x1E4EC, 0x1E4EF, 0x1E8D0, 0x1E8D6, 0x1E944, 0x1E94A, 0xE0100, 0xE01EF,
];

/// Code points whose title-case mapping differs from their upper-case mapping, with it.
const TITLE_MAP: [(char, &str); 135] = [
    ('\u{df}', "\u{53}\u{73}"),
    ('\u{1c4}', "\u{1c5}"),
    ('\u{1c5}', "\u{1c5}"),
    ('\u{1c6}', "\u{1c5}"),
    ('\u{1c7}', "\u{1c8}"),
    ('\u{1c8}', "\u{1c8}"),
    ('\u{1c9}', "\u{1c8}"),
    ('\u{1ca}', "\u{1cb}"),
    ('\u{1cb}', "\u{1cb}"),
    ('\u{1cc}', "\u{1cb}"),
    ('\u{1f1}', "\u{1f2}"),
    ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"),
    ('\u{587}', "\u{535}\u{582}"),
    ('\u{10d0}', "\u{10d0}"),
    ('\u{10d1}', "\u{10d1}"),
    ('\u{10d2}', "\u{10d2}"),
    ('\u{10d3}', "\u{10d3}"),
    ('\u{10d4}', "\u{10d4}"),
    ('\u{10d5}', "\u{10d5}"),
    ('\u{10d6}', "\u{10d6}"),
    ('\u{10d7}', "\u{10d7}"),
    ('\u{10d8}', "\u{10d8}"),
    ('\u{10d9}', "\u{10d9}"),
    ('\u{10da}', "\u{10da}"),
    ('\u{10db}', "\u{10db}"),
    ('\u{10dc}', "\u{10dc}"),
    ('\u{10dd}', "\u{10dd}"),
    ('\u{10de}', "\u{10de}"),
    ('\u{10df}', "\u{10df}"),
    ('\u{10e0}', "\u{10e0}"),
    ('\u{10e1}', "\u{10e1}"),
    ('\u{10e2}', "\u{10e2}"),
    ('\u{10e3}', "\u{10e3}"),
    ('\u{10e4}', "\u{10e4}"),
    ('\u{10e5}', "\u{10e5}"),
    ('\u{10e6}', "\u{10e6}"),
    ('\u{10e7}', "\u{10e7}"),
    ('\u{10e8}', "\u{10e8}"),
    ('\u{10e9}', "\u{10e9}"),
    ('\u{10ea}', "\u{10ea}"),
    ('\u{10eb}', "\u{10eb}"),
    ('\u{10ec}', "\u{10ec}"),
    ('\u{10ed}', "\u{10ed}"),
    ('\u{10ee}', "\u{10ee}"),
    ('\u{10ef}', "\u{10ef}"),
    ('\u{10f0}', "\u{10f0}"),
    ('\u{10f1}', "\u{10f1}"),
    ('\u{10f2}', "\u{10f2}"),
    ('\u{10f3}', "\u{10f3}"),
    ('\u{10f4}', "\u{10f4}"),
    ('\u{10f5}', "\u{10f5}"),
    ('\u{10f6}', "\u{10f6}"),
    ('\u{10f7}', "\u{10f7}"),
    ('\u{10f8}', "\u{10f8}"),
    ('\u{10f9}', "\u{10f9}"),
    ('\u{10fa}', "\u{10fa}"),
    ('\u{10fd}', "\u{10fd}"),
    ('\u{10fe}', "\u{10fe}"),
    ('\u{10ff}', "\u{10ff}"),
    ('\u{1f80}', "\u{1f88}"),
    ('\u{1f81}', "\u{1f89}"),
    ('\u{1f82}', "\u{1f8a}"),
    ('\u{1f83}', "\u{1f8b}"),
    ('\u{1f84}', "\u{1f8c}"),
    ('\u{1f85}', "\u{1f8d}"),
    ('\u{1f86}', "\u{1f8e}"),
    ('\u{1f87}', "\u{1f8f}"),
    ('\u{1f88}', "\u{1f88}"),
    ('\u{1f89}', "\u{1f89}"),
    ('\u{1f8a}', "\u{1f8a}"),
    ('\u{1f8b}', "\u{1f8b}"),
    ('\u{1f8c}', "\u{1f8c}"),
    ('\u{1f8d}', "\u{1f8d}"),
    ('\u{1f8e}', "\u{1f8e}"),
    ('\u{1f8f}', "\u{1f8f}"),
    ('\u{1f90}', "\u{1f98}"),
    ('\u{1f91}', "\u{1f99}"),
    ('\u{1f92}', "\u{1f9a}"),
    ('\u{1f93}', "\u{1f9b}"),
    ('\u{1f94}', "\u{1f9c}"),
    ('\u{1f95}', "\u{1f9d}"),
    ('\u{1f96}', "\u{1f9e}"),
    ('\u{1f97}', "\u{1f9f}"),
    ('\u{1f98}', "\u{1f98}"),
    ('\u{1f99}', "\u{1f99}"),
    ('\u{1f9a}', "\u{1f9a}"),
    ('\u{1f9b}', "\u{1f9b}"),
    ('\u{1f9c}', "\u{1f9c}"),
    ('\u{1f9d}', "\u{1f9d}"),
    ('\u{1f9e}', "\u{1f9e}"),
    ('\u{1f9f}', "\u{1f9f}"),
    ('\u{1fa0}', "\u{1fa8}"),
    ('\u{1fa1}', "\u{1fa9}"),
    ('\u{1fa2}', "\u{1faa}"),
    ('\u{1fa3}', "\u{1fab}"),
    ('\u{1fa4}', "\u{1fac}"),
    ('\u{1fa5}', "\u{1fad}"),
    ('\u{1fa6}', "\u{1fae}"),
    ('\u{1fa7}', "\u{1faf}"),
    ('\u{1fa8}', "\u{1fa8}"),
    ('\u{1fa9}', "\u{1fa9}"),
    ('\u{1faa}', "\u{1faa}"),
    ('\u{1fab}', "\u{1fab}"),
    ('\u{1fac}', "\u{1fac}"),
    ('\u{1fad}', "\u{1fad}"),
    ('\u{1fae}', "\u{1fae}"),
    ('\u{1faf}', "\u{1faf}"),
    ('\u{1fb2}', "\u{1fba}\u{345}"),
    ('\u{1fb3}', "\u{1fbc}"),
    ('\u{1fb4}', "\u{386}\u{345}"),
    ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
    ('\u{1fbc}', "\u{1fbc}"),
    ('\u{1fc2}', "\u{1fca}\u{345}"),
    ('\u{1fc3}', "\u{1fcc}"),
    ('\u{1fc4}', "\u{389}\u{345}"),
    ('\u{1fc7}', "\u{397}\u{342}\u{345}"),
    ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"),
    ('\u{1ff3}', "\u{1ffc}"),
    ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"),
    ('\u{1ffc}', "\u{1ffc}"),
    ('\u{fb00}', "\u{46}\u{66}"),
    ('\u{fb01}', "\u{46}\u{69}"),
    ('\u{fb02}', "\u{46}\u{6c}"),
    ('\u{fb03}', "\u{46}\u{66}\u{69}"),
    ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{53}\u{74}"),
    ('\u{fb06}', "\u{53}\u{74}"),
    ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"),
    ('\u{fb15}', "\u{544}\u{56b}"),
    ('\u{fb16}', "\u{54e}\u{576}"),
    ('\u{fb17}', "\u{544}\u{56d}"),
];

/// Code points whose case folding differs from their lower-case mapping, with it.
const CASEFOLD_MAP: [(char, &str); 297] = [
    ('\u{b5}', "\u{3bc}"),
    ('\u{df}', "\u{73}\u{73}"),
    ('\u{149}', "\u{2bc}\u{6e}"),
    ('\u{17f}', "\u{73}"),
    ('\u{1f0}', "\u{6a}\u{30c}"),
    ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"),
    ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"),
    ('\u{3d6}', "\u{3c0}"),
    ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"),
    ('\u{3f5}', "\u{3b5}"),
    ('\u{587}', "\u{565}\u{582}"),
    ('\u{13a0}', "\u{13a0}"),
    ('\u{13a1}', "\u{13a1}"),
    ('\u{13a2}', "\u{13a2}"),
    ('\u{13a3}', "\u{13a3}"),
    ('\u{13a4}', "\u{13a4}"),
    ('\u{13a5}', "\u{13a5}"),
    ('\u{13a6}', "\u{13a6}"),
    ('\u{13a7}', "\u{13a7}"),
    ('\u{13a8}', "\u{13a8}"),
    ('\u{13a9}', "\u{13a9}"),
    ('\u{13aa}', "\u{13aa}"),
    ('\u{13ab}', "\u{13ab}"),
    ('\u{13ac}', "\u{13ac}"),
    ('\u{13ad}', "\u{13ad}"),
    ('\u{13ae}', "\u{13ae}"),
    ('\u{13af}', "\u{13af}"),
    ('\u{13b0}', "\u{13b0}"),
    ('\u{13b1}', "\u{13b1}"),
    ('\u{13b2}', "\u{13b2}"),
    ('\u{13b3}', "\u{13b3}"),
    ('\u{13b4}', "\u{13b4}"),
    ('\u{13b5}', "\u{13b5}"),
    ('\u{13b6}', "\u{13b6}"),
    ('\u{13b7}', "\u{13b7}"),
    ('\u{13b8}', "\u{13b8}"),
    ('\u{13b9}', "\u{13b9}"),
    ('\u{13ba}', "\u{13ba}"),
    ('\u{13bb}', "\u{13bb}"),
    ('\u{13bc}', "\u{13bc}"),
    ('\u{13bd}', "\u{13bd}"),
    ('\u{13be}', "\u{13be}"),
    ('\u{13bf}', "\u{13bf}"),
    ('\u{13c0}', "\u{13c0}"),
    ('\u{13c1}', "\u{13c1}"),
    ('\u{13c2}', "\u{13c2}"),
    ('\u{13c3}', "\u{13c3}"),
    ('\u{13c4}', "\u{13c4}"),
    ('\u{13c5}', "\u{13c5}"),
    ('\u{13c6}', "\u{13c6}"),
    ('\u{13c7}', "\u{13c7}"),
    ('\u{13c8}', "\u{13c8}"),
    ('\u{13c9}', "\u{13c9}"),
    ('\u{13ca}', "\u{13ca}"),
    ('\u{13cb}', "\u{13cb}"),
    ('\u{13cc}', "\u{13cc}"),
    ('\u{13cd}', "\u{13cd}"),
    ('\u{13ce}', "\u{13ce}"),
    ('\u{13cf}', "\u{13cf}"),
    ('\u{13d0}', "\u{13d0}"),
    ('\u{13d1}', "\u{13d1}"),
    ('\u{13d2}', "\u{13d2}"),
    ('\u{13d3}', "\u{13d3}"),
    ('\u{13d4}', "\u{13d4}"),
    ('\u{13d5}', "\u{13d5}"),
    ('\u{13d6}', "\u{13d6}"),
    ('\u{13d7}', "\u{13d7}"),
    ('\u{13d8}', "\u{13d8}"),
    ('\u{13d9}', "\u{13d9}"),
    ('\u{13da}', "\u{13da}"),
    ('\u{13db}', "\u{13db}"),
    ('\u{13dc}', "\u{13dc}"),
    ('\u{13dd}', "\u{13dd}"),
    ('\u{13de}', "\u{13de}"),
    ('\u{13df}', "\u{13df}"),
    ('\u{13e0}', "\u{13e0}"),
    ('\u{13e1}', "\u{13e1}"),
    ('\u{13e2}', "\u{13e2}"),
    ('\u{13e3}', "\u{13e3}"),
    ('\u{13e4}', "\u{13e4}"),
    ('\u{13e5}', "\u{13e5}"),
    ('\u{13e6}', "\u{13e6}"),
    ('\u{13e7}', "\u{13e7}"),
    ('\u{13e8}', "\u{13e8}"),
    ('\u{13e9}', "\u{13e9}"),
    ('\u{13ea}', "\u{13ea}"),
    ('\u{13eb}', "\u{13eb}"),
    ('\u{13ec}', "\u{13ec}"),
    ('\u{13ed}', "\u{13ed}"),
    ('\u{13ee}', "\u{13ee}"),
    ('\u{13ef}', "\u{13ef}"),
    ('\u{13f0}', "\u{13f0}"),
    ('\u{13f1}', "\u{13f1}"),
    ('\u{13f2}', "\u{13f2}"),
    ('\u{13f3}', "\u{13f3}"),
    ('\u{13f4}', "\u{13f4}"),
    ('\u{13f5}', "\u{13f5}"),
    ('\u{13f8}', "\u{13f0}"),
    ('\u{13f9}', "\u{13f1}"),
    ('\u{13fa}', "\u{13f2}"),
    ('\u{13fb}', "\u{13f3}"),
    ('\u{13fc}', "\u{13f4}"),
    ('\u{13fd}', "\u{13f5}"),
    ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"),
    ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"),
    ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"),
    ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "\u{68}\u{331}"),
    ('\u{1e97}', "\u{74}\u{308}"),
    ('\u{1e98}', "\u{77}\u{30a}"),
    ('\u{1e99}', "\u{79}\u{30a}"),
    ('\u{1e9a}', "\u{61}\u{2be}"),
    ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "\u{73}\u{73}"),
    ('\u{1f50}', "\u{3c5}\u{313}"),
    ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"),
    ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"),
    ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"),
    ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"),
    ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"),
    ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"),
    ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"),
    ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"),
    ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"),
    ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"),
    ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"),
    ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"),
    ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"),
    ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"),
    ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"),
    ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"),
    ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"),
    ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"),
    ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"),
    ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"),
    ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"),
    ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"),
    ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"),
    ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"),
    ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"),
    ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"),
    ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"),
    ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"),
    ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"),
    ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"),
    ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"),
    ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"),
    ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"),
    ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"),
    ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"),
    ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"),
    ('\u{ab70}', "\u{13a0}"),
    ('\u{ab71}', "\u{13a1}"),
    ('\u{ab72}', "\u{13a2}"),
    ('\u{ab73}', "\u{13a3}"),
    ('\u{ab74}', "\u{13a4}"),
    ('\u{ab75}', "\u{13a5}"),
    ('\u{ab76}', "\u{13a6}"),
    ('\u{ab77}', "\u{13a7}"),
    ('\u{ab78}', "\u{13a8}"),
    ('\u{ab79}', "\u{13a9}"),
    ('\u{ab7a}', "\u{13aa}"),
    ('\u{ab7b}', "\u{13ab}"),
    ('\u{ab7c}', "\u{13ac}"),
    ('\u{ab7d}', "\u{13ad}"),
    ('\u{ab7e}', "\u{13ae}"),
    ('\u{ab7f}', "\u{13af}"),
    ('\u{ab80}', "\u{13b0}"),
    ('\u{ab81}', "\u{13b1}"),
    ('\u{ab82}', "\u{13b2}"),
    ('\u{ab83}', "\u{13b3}"),
    ('\u{ab84}', "\u{13b4}"),
    ('\u{ab85}', "\u{13b5}"),
    ('\u{ab86}', "\u{13b6}"),
    ('\u{ab87}', "\u{13b7}"),
    ('\u{ab88}', "\u{13b8}"),
    ('\u{ab89}', "\u{13b9}"),
    ('\u{ab8a}', "\u{13ba}"),
    ('\u{ab8b}', "\u{13bb}"),
    ('\u{ab8c}', "\u{13bc}"),
    ('\u{ab8d}', "\u{13bd}"),
    ('\u{ab8e}', "\u{13be}"),
    ('\u{ab8f}', "\u{13bf}"),
    ('\u{ab90}', "\u{13c0}"),
    ('\u{ab91}', "\u{13c1}"),
    ('\u{ab92}', "\u{13c2}"),
    ('\u{ab93}', "\u{13c3}"),
    ('\u{ab94}', "\u{13c4}"),
    ('\u{ab95}', "\u{13c5}"),
    ('\u{ab96}', "\u{13c6}"),
    ('\u{ab97}', "\u{13c7}"),
    ('\u{ab98}', "\u{13c8}"),
    ('\u{ab99}', "\u{13c9}"),
    ('\u{ab9a}', "\u{13ca}"),
    ('\u{ab9b}', "\u{13cb}"),
    ('\u{ab9c}', "\u{13cc}"),
    ('\u{ab9d}', "\u{13cd}"),
    ('\u{ab9e}', "\u{13ce}"),
    ('\u{ab9f}', "\u{13cf}"),
    ('\u{aba0}', "\u{13d0}"),
    ('\u{aba1}', "\u{13d1}"),
    ('\u{aba2}', "\u{13d2}"),
    ('\u{aba3}', "\u{13d3}"),
    ('\u{aba4}', "\u{13d4}"),
    ('\u{aba5}', "\u{13d5}"),
    ('\u{aba6}', "\u{13d6}"),
    ('\u{aba7}', "\u{13d7}"),
    ('\u{aba8}', "\u{13d8}"),
    ('\u{aba9}', "\u{13d9}"),
    ('\u{abaa}', "\u{13da}"),
    ('\u{abab}', "\u{13db}"),
    ('\u{abac}', "\u{13dc}"),
    ('\u{abad}', "\u{13dd}"),
    ('\u{abae}', "\u{13de}"),
    ('\u{abaf}', "\u{13df}"),
    ('\u{abb0}', "\u{13e0}"),
    ('\u{abb1}', "\u{13e1}"),
    ('\u{abb2}', "\u{13e2}"),
    ('\u{abb3}', "\u{13e3}"),
    ('\u{abb4}', "\u{13e4}"),
    ('\u{abb5}', "\u{13e5}"),
    ('\u{abb6}', "\u{13e6}"),
    ('\u{abb7}', "\u{13e7}"),
    ('\u{abb8}', "\u{13e8}"),
    ('\u{abb9}', "\u{13e9}"),
    ('\u{abba}', "\u{13ea}"),
    ('\u{abbb}', "\u{13eb}"),
    ('\u{abbc}', "\u{13ec}"),
    ('\u{abbd}', "\u{13ed}"),
    ('\u{abbe}', "\u{13ee}"),
    ('\u{abbf}', "\u{13ef}"),
    ('\u{fb00}', "\u{66}\u{66}"),
    ('\u{fb01}', "\u{66}\u{69}"),
    ('\u{fb02}', "\u{66}\u{6c}"),
    ('\u{fb03}', "\u{66}\u{66}\u{69}"),
    ('\u{fb04}', "\u{66}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{73}\u{74}"),
    ('\u{fb06}', "\u{73}\u{74}"),
    ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"),
    ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];

//! Text encodings: `str.encode`, `bytes.decode`, `str(b, encoding)` and `bytes(s, encoding)`
//! for UTF-8, ASCII and Latin-1, with the error handlers `strict`, `ignore`, `replace`,
//! `backslashreplace` and (encoding only) `xmlcharrefreplace`; and the exceptions
//! `UnicodeEncodeError` / `UnicodeDecodeError` with CPython's messages.
//!
//! Inputs are Rust strings and byte slices; outputs are `Vec<u8>` / `String`, or a raised
//! exception. Invariants: the error handler is looked up only when an error occurs (so an
//! unknown handler name is reported only then, as in CPython), and a `strict` error covers
//! the same range of the input as CPython's (a run of unencodable characters; a maximal
//! invalid UTF-8 subpart).
//!
//! Follows `Objects/unicodeobject.c` (`unicode_decode_utf8`, `unicode_encode_ucs1`,
//! `PyUnicode_DecodeASCII`), `Objects/exceptions.c` (`UnicodeEncodeError_str`,
//! `UnicodeDecodeError_str`) and `Lib/encodings/aliases.py` for the names. `str` cannot hold
//! lone surrogates in ophis, so UTF-8 encoding never fails and `surrogateescape` /
//! `surrogatepass` are not offered.

use crate::errors::{raise, set_exception, type_error, PyResult};
use crate::object::{payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::bytes::new_bytes;
use crate::types::exceptions::{new_exception, ExcData, EXC_TEMPLATE, LOOKUP_ERROR, UNICODE_ERROR};
use crate::types::int::{int_to_i64, new_int};
use crate::types::str::{new_str, new_string, str_value};
use crate::types::tuple::{new_tuple, tuple_items};

/// The codecs ophis implements, by their canonical names.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Look an encoding name up as `codecs.lookup` does (case-insensitive; spaces and
    /// hyphens are underscores), or raise `LookupError: unknown encoding: NAME`.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String =
            name.trim().chars().map(|c| if c == ' ' || c == '-' { '_' } else { c.to_ascii_lowercase() }).collect();
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100"
            | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
            _ => return Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {name}"))),
        })
    }
}

/// An error handler, looked up by name when the first error occurs.
fn handler(name: &str) -> PyResult<&str> {
    match name {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace" => Ok(name),
        _ => Err(raise(&LOOKUP_ERROR, format!("unknown error handler name '{name}'"))),
    }
}

/// `s.encode(codec, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // The run of characters this codec cannot encode.
        let end = (i..chars.len()).find(|&j| (chars[j] as u32) < limit).unwrap_or(chars.len());
        match handler(errors)? {
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_encode_error(codec, s, i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &ch in &chars[i..end] {
                    out.extend(escape_char(ch).bytes());
                }
            }
            _ => {
                for &ch in &chars[i..end] {
                    out.extend(format!("&#{};", ch as u32).bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, as `backslashreplace` and the error messages write a
/// code point.
fn escape_char(c: char) -> String {
    let c = c as u32;
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `b.decode(codec, errors)`.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                // SAFETY: ASCII bytes are valid UTF-8.
                return Ok(unsafe { std::str::from_utf8_unchecked(b) }.to_owned());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                decode_error(&mut out, b, i, i + 1, codec, errors, "ordinal not in range(128)")?;
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY: `valid_up_to` bytes were just checked to be valid UTF-8.
                        out.push_str(unsafe { std::str::from_utf8_unchecked(&rest[..good]) });
                        let start = b.len() - rest.len() + good;
                        let lead = rest[good];
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(_) if (0x80..0xC2).contains(&lead) || lead > 0xF4 => (start + 1, "invalid start byte"),
                            Some(n) => (start + n, "invalid continuation byte"),
                        };
                        decode_error(&mut out, b, start, end, codec, errors, reason)?;
                        rest = &b[end..];
                    }
                }
            }
        }
    }
}

/// Apply the error handler to the undecodable bytes `b[start..end]`.
fn decode_error(
    out: &mut String,
    b: &[u8],
    start: usize,
    end: usize,
    codec: Codec,
    errors: &str,
    reason: &str,
) -> PyResult<()> {
    match handler(errors)? {
        "strict" => return Err(unicode_decode_error(codec, b, start, end, reason)),
        "ignore" => {}
        "replace" => out.push('\u{FFFD}'),
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
        }
        // `xmlcharrefreplace` only handles encoding errors.
        _ => return Err(type_error("don't know how to handle UnicodeDecodeError in error callback")),
    }
    Ok(())
}

fn unicode_encode_error(codec: Codec, s: &str, start: usize, end: usize, reason: &str) -> crate::errors::Raised {
    let args =
        new_tuple(vec![new_str(codec.name()), new_str(s), new_int(start as i64), new_int(end as i64), new_str(reason)]);
    set_exception(new_exception(&UNICODE_ENCODE_ERROR, args))
}

fn unicode_decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> crate::errors::Raised {
    let args = new_tuple(vec![
        new_str(codec.name()),
        new_bytes(b.to_vec()),
        new_int(start as i64),
        new_int(end as i64),
        new_str(reason),
    ]);
    set_exception(new_exception(&UNICODE_DECODE_ERROR, args))
}

/// The five arguments of a Unicode error built by this module, if `o` is one and they have
/// the expected shape: (encoding, object, start, end, reason).
fn unicode_error_args(o: Obj) -> Option<(&'static str, Obj, i64, i64, &'static str)> {
    let is_enc = o.ty().is_subtype(&UNICODE_ENCODE_ERROR);
    if !is_enc && !o.ty().is_subtype(&UNICODE_DECODE_ERROR) {
        return None;
    }
    let args = tuple_items(payload::<ExcData>(o).args);
    let [enc, obj, start, end, reason] = args else { return None };
    if !crate::types::str::is_str(*enc) || !crate::types::str::is_str(*reason) {
        return None;
    }
    Some((str_value(*enc), *obj, int_to_i64(*start)?, int_to_i64(*end)?, str_value(*reason)))
}

/// `str()` of a `UnicodeEncodeError`/`UnicodeDecodeError` (`UnicodeEncodeError_str`,
/// `UnicodeDecodeError_str`); `None` for other exceptions or unusual arguments.
pub fn unicode_error_str(o: Obj) -> Option<String> {
    let (enc, obj, start, end, reason) = unicode_error_args(o)?;
    if o.ty().is_subtype(&UNICODE_ENCODE_ERROR) {
        if !crate::types::str::is_str(obj) {
            return None;
        }
        let s = str_value(obj);
        if end == start + 1 {
            let c = s.chars().nth(usize::try_from(start).ok()?)?;
            return Some(format!(
                "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
                escape_char(c)
            ));
        }
        return Some(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1));
    }
    let b = crate::types::bytes::buffer(obj)?;
    if end == start + 1 {
        let x = b.get(usize::try_from(start).ok()?)?;
        return Some(format!("'{enc}' codec can't decode byte 0x{x:02x} in position {start}: {reason}"));
    }
    Some(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1))
}

fn unicode_error_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let args = tuple_items(payload::<ExcData>(o).args);
    let i = match str_value(name) {
        "encoding" => 0,
        "object" => 1,
        "start" => 2,
        "end" => 3,
        "reason" => 4,
        _ => return crate::types::exceptions::exc_getattro(o, name),
    };
    match args.get(i) {
        Some(v) => Ok(v.incref()),
        None => crate::types::exceptions::exc_getattro(o, name),
    }
}

fn unicode_error_str_slot(o: Obj) -> PyResult<Obj> {
    match unicode_error_str(o) {
        Some(s) => Ok(new_string(s)),
        None => Ok(new_string(crate::types::exceptions::exc_str_string(o)?)),
    }
}

pub static UNICODE_ENCODE_ERROR: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("UnicodeEncodeError"),
    base: Some(&UNICODE_ERROR),
    tp_str: Some(unicode_error_str_slot),
    tp_getattro: Some(unicode_error_getattro),
    ..EXC_TEMPLATE
};

pub static UNICODE_DECODE_ERROR: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("UnicodeDecodeError"),
    base: Some(&UNICODE_ERROR),
    tp_str: Some(unicode_error_str_slot),
    tp_getattro: Some(unicode_error_getattro),
    ..EXC_TEMPLATE
};

/// An `encoding`/`errors` argument: a str, or CPython's Argument Clinic `TypeError`.
pub fn str_param(fname: &str, pname: &str, o: Option<Obj>, default: &'static str) -> PyResult<&'static str> {
    match o {
        None => Ok(default),
        Some(v) if crate::types::str::is_str(v) => Ok(str_value(v)),
        Some(v) => Err(type_error(format!(
            "{fname}() argument '{pname}' must be str, not {}",
            crate::builtins::arg_type_name(v)
        ))),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("encode", args, kwnames, &["encoding", "errors"], 0)?;
    let enc = str_param("encode", "encoding", a.get(0), "utf-8")?;
    let errors = str_param("encode", "errors", a.get(1), "strict")?;
    let codec = Codec::lookup(enc)?;
    Ok(new_bytes(encode(str_value(s), codec, errors)?))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` (also `bytearray`, `memoryview` data).
pub fn bytes_decode(data: &[u8], args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("decode", args, kwnames, &["encoding", "errors"], 0)?;
    let enc = str_param("decode", "encoding", a.get(0), "utf-8")?;
    let errors = str_param("decode", "errors", a.get(1), "strict")?;
    let codec = Codec::lookup(enc)?;
    Ok(new_string(decode(data, codec, errors)?))
}

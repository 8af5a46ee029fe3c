//! The further methods and attributes of `int` and `float`, and the numeric builtins
//! `round`, `hex`, `oct`, `bin` and `ascii`.
//!
//! `int`: `bit_length`, `bit_count`, `to_bytes`/`from_bytes` (a class method),
//! `as_integer_ratio`, `conjugate`, `is_integer`, and the attributes `real`, `imag`,
//! `numerator`, `denominator` (`Objects/longobject.c`). `float`: `hex`, `fromhex` (a class
//! method), `as_integer_ratio`, `conjugate`, `is_integer`, `real`, `imag`
//! (`Objects/floatobject.c`). `round` follows `float___round___impl`/`double_round`: half to
//! even, exact on the binary value, `round(x)` an int and `round(x, n)` a float; ints round
//! to a negative number of digits exactly (`long_round`).
//!
//! Inputs are borrowed objects; every result is a new reference or a raised exception with
//! CPython's message. No function panics on any input.

use crate::call::Args;
use crate::errors::{overflow_error, type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::typeobj::MethodDef;
use crate::types::float::{float_value, is_float, new_float};
use crate::types::int::{float_to_int, index_to_i64, int_view, new_bool, new_int, new_int_big, IntVal};
use crate::types::str::{is_str, new_string, str_value};
use crate::types::tuple::new_tuple;
use crate::types::{none, type_name};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

fn int_value(o: Obj) -> BigInt {
    int_view(o).map(|v| v.to_big()).unwrap_or_default()
}

// ---- int ---------------------------------------------------------------------------------

fn int_bit_length(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("int.bit_length", args, kwnames, &[], 0)?;
    Ok(new_int(int_value(s).bits() as i64))
}

fn int_bit_count(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("int.bit_count", args, kwnames, &[], 0)?;
    let n: u64 = int_value(s).magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(new_int(n as i64))
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder(fname: &str, o: Option<Obj>) -> PyResult<bool> {
    match o {
        None => Ok(false),
        Some(b) if is_str(b) => match str_value(b) {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(b) => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            crate::builtins::arg_type_name(b)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("to_bytes", args, kwnames, &["length", "byteorder", "signed"], 0)?;
    let length = match a.get(0) {
        None => 1,
        Some(o) => index_to_i64(o, "")?,
    };
    let little = byteorder("to_bytes", a.get(1))?;
    let signed = match a.get(2) {
        None => false,
        Some(o) => crate::ops::is_true(o)?,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let v = int_value(s);
    if !signed && v.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    // `to_signed_bytes_le` keeps a sign bit: drop it for an unsigned value that needs it.
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if v.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::types::bytes::new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: the receiver is `int` (or an
/// int, when called on an instance).
fn int_from_bytes(_s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("from_bytes", args, kwnames, &["bytes", "byteorder", "signed"], 1)?;
    let little = byteorder("from_bytes", a.get(1))?;
    let signed = match a.get(2) {
        None => false,
        Some(o) => crate::ops::is_true(o)?,
    };
    let src = a.req(0);
    if is_str(src) {
        return Err(type_error("cannot convert 'str' object to bytes"));
    }
    let data = match crate::types::bytes::buffer(src) {
        Some(b) => b.to_vec(),
        None => {
            let b = Owned::new(crate::call::call(crate::types::bytes::BYTES_TYPE.obj(), &[src], Obj::NULL)?)
                .expect("bytes");
            crate::types::bytes::bytes_data(b.get()).clone()
        }
    };
    let v = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    Ok(new_int_big(v))
}

fn int_as_integer_ratio(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("int.as_integer_ratio", args, kwnames, &[], 0)?;
    Ok(new_tuple(vec![new_int_big(int_value(s)), new_int(1)]))
}

fn int_conjugate(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("int.conjugate", args, kwnames, &[], 0)?;
    Ok(new_int_big(int_value(s)))
}

fn int_is_integer(_s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("int.is_integer", args, kwnames, &[], 0)?;
    Ok(new_bool(true))
}

/// `tp_getattro` of `int` (and `bool`): the numeric attributes, then the methods.
pub fn int_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    match str_value(name) {
        "real" | "numerator" => Ok(new_int_big(int_value(o))),
        "imag" => Ok(new_int(0)),
        "denominator" => Ok(new_int(1)),
        _ => crate::attr::generic_getattr(o, name),
    }
}

pub static INT_METHODS: [MethodDef; 9] = [
    MethodDef { name: "__format__", meth: crate::types::descr::builtin_format_method },
    MethodDef { name: "bit_length", meth: int_bit_length },
    MethodDef { name: "bit_count", meth: int_bit_count },
    MethodDef { name: "to_bytes", meth: int_to_bytes },
    MethodDef { name: "from_bytes", meth: int_from_bytes },
    MethodDef { name: "as_integer_ratio", meth: int_as_integer_ratio },
    MethodDef { name: "conjugate", meth: int_conjugate },
    MethodDef { name: "is_integer", meth: int_is_integer },
    MethodDef { name: "__index__", meth: |s, args, kwnames| int_conjugate(s, args, kwnames) },
];

/// `int(b)` / `int(b, base)` for a bytes-like object: its ASCII text parsed as `int(s)`
/// parses a str, with the bytes' repr in the error message.
pub fn int_from_buffer(b: &[u8], base: u32) -> PyResult<Obj> {
    let invalid =
        || value_error(format!("invalid literal for int() with base {base}: {}", crate::types::bytes::repr_bytes(b)));
    let Ok(text) = std::str::from_utf8(b) else { return Err(invalid()) };
    if !text.is_ascii() {
        return Err(invalid());
    }
    match crate::format::parse_int(text, base) {
        Ok(v) => Ok(new_int_big(v)),
        Err(m) if m.starts_with("invalid literal") => Err(invalid()),
        Err(m) => Err(value_error(m)),
    }
}

/// `float(b)` for a bytes-like object.
pub fn float_from_buffer(b: &[u8]) -> PyResult<Obj> {
    let invalid = || value_error(format!("could not convert string to float: {}", crate::types::bytes::repr_bytes(b)));
    match std::str::from_utf8(b) {
        Ok(text) if text.is_ascii() => crate::format::parse_float(text).map(new_float).map_err(|_| invalid()),
        _ => Err(invalid()),
    }
}

// ---- float -------------------------------------------------------------------------------

/// `v = m * 2**e` exactly, with `m` an integer (for finite `v`).
fn float_parts(v: f64) -> (BigInt, i64) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let m = BigInt::from(m);
    (if v.is_sign_negative() { -m } else { m }, e)
}

fn float_as_integer_ratio(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("float.as_integer_ratio", args, kwnames, &[], 0)?;
    let v = float_value(s);
    if v.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if v.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = float_parts(v);
    if m.is_zero() {
        return Ok(new_tuple(vec![new_int(0), new_int(1)]));
    }
    while e < 0 && m.is_even() {
        m >>= 1usize;
        e += 1;
    }
    if e >= 0 {
        return Ok(new_tuple(vec![new_int_big(m << e as usize), new_int(1)]));
    }
    Ok(new_tuple(vec![new_int_big(m), new_int_big(BigInt::one() << (-e) as usize)]))
}

/// `float.hex()` (`float_hex`).
pub fn float_hex_string(x: f64) -> String {
    if !x.is_finite() {
        return crate::format::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }.to_string();
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // Normal numbers print as 1.xxx; subnormals as 0.xxx with the minimum exponent.
    let (lead, e) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())
}

fn float_hex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("float.hex", args, kwnames, &[], 0)?;
    Ok(new_string(float_hex_string(float_value(s))))
}

/// `m * 2**e` correctly rounded to a float; `None` on overflow.
fn scaled_to_f64(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    if bits + e > 1025 {
        return None;
    }
    if bits + e < -1080 {
        return Some(if m.is_negative() { -0.0 } else { 0.0 });
    }
    // An exact decimal rendering, which Rust's parser rounds correctly (half to even).
    let text = if e >= 0 {
        (m << e as usize).to_string()
    } else {
        let k = (-e) as u32;
        format!("{}e-{k}", m * num_traits::pow(BigInt::from(5), k as usize))
    };
    let v: f64 = text.parse().ok()?;
    v.is_finite().then_some(v)
}

/// `float.fromhex(s)` (`float_fromhex`).
pub fn parse_hex_float(text: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.as_bytes();
    let mut i = if b.starts_with(b"0x") { 2 } else { 0 };
    let mut mant = BigInt::zero();
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        mant = (mant << 4usize) + BigInt::from((b[i] as char).to_digit(16).unwrap_or(0));
        ndigits += 1;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            mant = (mant << 4usize) + BigInt::from((b[i] as char).to_digit(16).unwrap_or(0));
            ndigits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: a huge exponent is an overflow (or zero), not an error.
            exp = (exp.saturating_mul(10)).saturating_add((b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    let m = if neg { -mant } else { mant };
    match scaled_to_f64(&m, exp - 4 * frac_digits) {
        Some(v) if v == 0.0 && neg => Ok(-0.0),
        Some(v) => Ok(v),
        None => Err(overflow_error("hexadecimal value too large to represent as a float")),
    }
}

fn float_fromhex(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::one_arg("fromhex", args, kwnames)?;
    if !is_str(a) {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let _ = s;
    Ok(new_float(parse_hex_float(str_value(a))?))
}

fn float_conjugate(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("float.conjugate", args, kwnames, &[], 0)?;
    Ok(new_float(float_value(s)))
}

fn float_is_integer(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("float.is_integer", args, kwnames, &[], 0)?;
    let v = float_value(s);
    Ok(new_bool(v.is_finite() && v.fract() == 0.0))
}

/// `tp_getattro` of `float`.
pub fn float_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    match str_value(name) {
        "real" => Ok(new_float(float_value(o))),
        "imag" => Ok(new_float(0.0)),
        _ => crate::attr::generic_getattr(o, name),
    }
}

pub static FLOAT_METHODS: [MethodDef; 6] = [
    MethodDef { name: "__format__", meth: crate::types::descr::builtin_format_method },
    MethodDef { name: "is_integer", meth: float_is_integer },
    MethodDef { name: "hex", meth: float_hex },
    MethodDef { name: "fromhex", meth: float_fromhex },
    MethodDef { name: "as_integer_ratio", meth: float_as_integer_ratio },
    MethodDef { name: "conjugate", meth: float_conjugate },
];

// ---- round -------------------------------------------------------------------------------

/// Round `n / d` to the nearest integer, ties to even (`d > 0`).
fn div_round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice: BigInt = &r * 2u32;
    match twice.cmp(d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_even() {
                q
            } else {
                q + 1
            }
        }
    }
}

/// `round(x, ndigits)` for a float: correctly rounded, half to even on the exact value.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    // Beyond these bounds the result is `x` itself or a zero (`float___round___impl`).
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = float_parts(x);
    // x * 10**ndigits = m * 2**e * 10**ndigits as a fraction num/den.
    let (mut num, mut den) = (m, BigInt::one());
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let p = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= &p;
    } else {
        den *= &p;
    }
    let q = div_round_half_even(&num, &den);
    let text = if ndigits >= 0 { format!("{q}e-{ndigits}") } else { format!("{q}e{}", -ndigits) };
    let r: f64 = text.parse().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    // A zero result keeps the sign of `x`.
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// `round(number, ndigits=None)`.
pub fn builtin_round(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("round", args, kwnames, &["number", "ndigits"], 1)?;
    let x = a.req(0);
    let nd = a.get(1).filter(|&n| n != none());
    // A class (a subclass of int or float too) rounds with its own `__round__` when it has
    // one; `int.__round__`/`float.__round__` are the built-in paths below.
    if x.ty().is_heap() {
        let args: Vec<Obj> = nd.into_iter().collect();
        if let Some(r) = crate::slots::call_special(x, "__round__", &args)? {
            return Ok(r);
        }
    }
    if let Some(v) = int_view(x) {
        let Some(nd) = nd else { return Ok(new_int_big(v.to_big())) };
        let n = index_to_i64(nd, "")?;
        if n >= 0 {
            return Ok(new_int_big(v.to_big()));
        }
        let p = num_traits::pow(BigInt::from(10), n.unsigned_abs().min(1 << 20) as usize);
        return Ok(new_int_big(div_round_half_even(&v.to_big(), &p) * p));
    }
    if is_float(x) {
        let f = float_value(x);
        let Some(nd) = nd else {
            let r = f.round_ties_even();
            return float_to_int(r);
        };
        let n = match int_view(nd) {
            Some(IntVal::Big(b)) => {
                if b.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            _ => index_to_i64(nd, "")?,
        };
        return Ok(new_float(round_float(f, n)?));
    }
    // Any other type rounds itself (`builtin_round_impl`): `__round__()` when `ndigits` is
    // absent or None, else `__round__(ndigits)`.
    let args: Vec<Obj> = nd.into_iter().collect();
    match crate::slots::call_special(x, "__round__", &args)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("type {} doesn't define __round__ method", type_name(x)))),
    }
}

/// `hex(x)`, `oct(x)`, `bin(x)`: an integer argument in the `#x`/`#o`/`#b` format.
fn int_format_builtin(name: &str, spec: &str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let x = a.req(0);
    let (view, _keep) = crate::types::int::index_view(x)?;
    let Some(v) = view else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(x))));
    };
    crate::format::format_int(&v.to_big(), spec).map(new_string).map_err(value_error)
}

pub fn builtin_hex(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    int_format_builtin("hex", "#x", args, kwnames)
}

pub fn builtin_oct(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    int_format_builtin("oct", "#o", args, kwnames)
}

pub fn builtin_bin(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    int_format_builtin("bin", "#b", args, kwnames)
}

pub fn builtin_ascii(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("ascii", args, kwnames, &[""], 1)?;
    crate::errors::check(crate::abi::ophis_ascii(a.req(0)))
}

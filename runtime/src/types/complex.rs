//! `complex`: pairs of IEEE-754 doubles (`Objects/complexobject.c`).
//!
//! Mixed arithmetic converts an `int` or `float` operand to `complex` first (as CPython 3.12
//! does), then applies `_Py_c_sum`/`_Py_c_diff`/`_Py_c_prod`/`_Py_c_quot` (Smith's
//! division) and `_Py_c_pow` (repeated squaring for integral exponents up to 100).
//! `repr` omits the real part when it is +0.0 and prints the parts in float `repr` style
//! without a trailing `.0`; equal values of `int`, `float` and `complex` hash alike.
//! `//`, `%` and ordering are not defined, so they raise the generic `TypeError`.

use crate::errors::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{CompareOp, MethodDef, NumberMethods, TypeObject};
use crate::types::float::{float_from_object, float_value, hash_float, is_float, new_float};
use crate::types::int::{int_to_f64, int_view, new_bool};
use crate::types::str::{is_str, new_string, str_value};
use crate::types::{none, not_implemented, type_name};

#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

pub fn new_complex(re: f64, im: f64) -> Obj {
    alloc(&COMPLEX_TYPE, Complex { re, im })
}

pub fn is_complex(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&COMPLEX_TYPE)
}

/// The value of a `complex` object (type already checked).
pub fn complex_value(o: Obj) -> Complex {
    *payload::<Complex>(o)
}

/// An operand of mixed arithmetic as a complex number: `None` when `o` is not a number this
/// type handles (the slot then answers `NotImplemented`).
fn operand(o: Obj) -> Option<PyResult<Complex>> {
    if is_complex(o) {
        return Some(Ok(complex_value(o)));
    }
    if is_float(o) {
        return Some(Ok(Complex { re: float_value(o), im: 0.0 }));
    }
    int_view(o).map(|v| int_to_f64(&v).map(|re| Complex { re, im: 0.0 }))
}

fn binop(a: Obj, b: Obj, f: fn(Complex, Complex) -> PyResult<Complex>) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(not_implemented());
    };
    let r = f(x?, y?)?;
    Ok(new_complex(r.re, r.im))
}

pub fn c_prod(a: Complex, b: Complex) -> Complex {
    Complex { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

/// `_Py_c_quot`; `None` for division by zero.
pub fn c_quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    } else {
        Some(Complex { re: f64::NAN, im: f64::NAN })
    }
}

fn c_powu(x: Complex, n: u64) -> Complex {
    let mut r = ONE;
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `_Py_c_pow`; `None` for zero to a negative or complex power.
fn c_pow(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(Complex { re: len * phase.cos(), im: len * phase.sin() })
}

/// `a ** b` for complex numbers, with CPython's errors (`complex_pow`).
pub fn complex_power(a: Complex, b: Complex) -> PyResult<Complex> {
    let p = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            Some(c_powu(a, n as u64))
        } else {
            c_quot(ONE, c_powu(a, n.unsigned_abs()))
        }
    } else {
        c_pow(a, b)
    };
    let Some(p) = p else {
        return Err(zero_division("0.0 to a negative or complex power"));
    };
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(p)
}

fn complex_pow(a: Obj, b: Obj, m: Obj) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(not_implemented());
    };
    if !m.is_null() && m != none() {
        return Err(value_error("complex modulo"));
    }
    let r = complex_power(x?, y?)?;
    Ok(new_complex(r.re, r.im))
}

/// A part of a complex repr: float repr without a `.0` suffix, signed when `sign` is set
/// (`PyOS_double_to_string(x, 'r', 0, Py_DTSF_SIGN)`; NaN prints without its sign).
fn part(x: f64, sign: bool) -> String {
    let mut s = if x.is_nan() { "nan".to_string() } else { crate::format::float_repr(x) };
    if let Some(t) = s.strip_suffix(".0") {
        s = t.to_string();
    }
    if sign && !s.starts_with('-') {
        s.insert(0, '+');
    }
    s
}

/// `repr(complex)`.
pub fn complex_repr_string(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        format!("{}j", part(c.im, false))
    } else {
        format!("({}{}j)", part(c.re, false), part(c.im, true))
    }
}

fn complex_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_string(complex_repr_string(complex_value(o))))
}

fn complex_hash(o: Obj) -> PyResult<i64> {
    let c = complex_value(o);
    let h = (hash_float(c.re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_float(c.im) as u64)) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(not_implemented());
    }
    let c = complex_value(a);
    let equal = if int_view(b).is_some() {
        if c.im == 0.0 {
            // Exact comparison of the real part with the int, as float's comparison does.
            let f = Owned::new(new_float(c.re)).expect("float");
            return crate::ops::rich_compare(f.get(), b, op);
        }
        false
    } else if is_float(b) {
        c.re == float_value(b) && c.im == 0.0
    } else if is_complex(b) {
        c == complex_value(b)
    } else {
        return Ok(not_implemented());
    };
    Ok(new_bool(equal == (op == CompareOp::Eq)))
}

fn complex_abs(o: Obj) -> PyResult<Obj> {
    let c = complex_value(o);
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(new_float(r))
}

/// A float from the syntax of a complex string part, or `None`.
fn parse_part(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    crate::format::parse_float(s).ok()
}

/// The length of the longest prefix of `s` that looks like a float literal.
fn float_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let lower: String = s[i..].iter().take(8).map(|b| b.to_ascii_lowercase() as char).collect();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            return i + word.len();
        }
    }
    let digits_start = i;
    while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_' || s[i] == b'.') {
        i += 1;
    }
    if i == digits_start {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = j;
        while j < s.len() && (s[j].is_ascii_digit() || s[j] == b'_') {
            j += 1;
        }
        if j > k {
            i = j;
        }
    }
    i
}

/// `complex(str)` (`complex_from_string_inner`).
fn parse_complex(text: &str) -> Option<Complex> {
    let mut s = text.trim_matches(|c: char| c.is_whitespace());
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim_matches(|c: char| c.is_whitespace());
    }
    let b = s.as_bytes();
    let n1 = float_prefix(b);
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    if n1 == 0 {
        // `j`, `+j`, `-j`.
        let (sign, rest) = match b.first() {
            Some(b'+') => (1.0, &b[1..]),
            Some(b'-') => (-1.0, &b[1..]),
            _ => (1.0, b),
        };
        return (rest.len() == 1 && is_j(rest.first())).then_some(Complex { re: 0.0, im: sign });
    }
    let x = parse_part(&s[..n1])?;
    let rest = &b[n1..];
    if rest.is_empty() {
        return Some(Complex { re: x, im: 0.0 });
    }
    if rest.len() == 1 && is_j(rest.first()) {
        return Some(Complex { re: 0.0, im: x });
    }
    if !matches!(rest[0], b'+' | b'-') {
        return None;
    }
    let n2 = float_prefix(rest);
    if n2 == 0 {
        // `1+j`, `1-j`.
        let sign = if rest[0] == b'-' { -1.0 } else { 1.0 };
        return (rest.len() == 2 && is_j(rest.get(1))).then_some(Complex { re: x, im: sign });
    }
    let y = parse_part(&s[n1..n1 + n2])?;
    let tail = &rest[n2..];
    (tail.len() == 1 && is_j(tail.first())).then_some(Complex { re: x, im: y })
}

/// `complex(s)` (`complex_subtype_from_string`): Unicode digits and spaces become ASCII,
/// then underscores between digits are removed (others are an error of their own).
fn complex_from_str(text: &str) -> PyResult<Obj> {
    let ascii: String = crate::format::transform_decimal_and_space(text).into_iter().map(char::from).collect();
    let s = if ascii.contains('_') {
        let b = ascii.as_bytes();
        let ok = (0..b.len())
            .filter(|&i| b[i] == b'_')
            .all(|i| i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !ok {
            return Err(value_error(format!("could not convert string to complex: {}", crate::format::str_repr(text))));
        }
        ascii.replace('_', "")
    } else {
        ascii
    };
    match parse_complex(&s) {
        Some(c) => Ok(new_complex(c.re, c.im)),
        None => Err(value_error("complex() arg is a malformed string")),
    }
}

/// Does `o` support conversion to a real number (`nb_float` or `nb_index`)?
fn is_real_number(o: Obj) -> bool {
    o.ty().lookup(|t| t.tp_as_number.nb_float.or(t.tp_as_number.nb_index)).is_some()
}

fn complex_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("complex", args, kwnames, &["real", "imag"], 0)?;
    let Some(r) = a.get(0) else {
        let im = match a.get(1) {
            None => 0.0,
            Some(i) => return complex_from_parts(new_float(0.0), Some(i)),
        };
        return Ok(new_complex(0.0, im));
    };
    complex_from_parts(r, a.get(1))
}

fn complex_from_parts(r: Obj, i: Option<Obj>) -> PyResult<Obj> {
    let r = Owned::new(r.incref()).expect("real");
    let r = r.get();
    if is_str(r) {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        return complex_from_str(str_value(r));
    }
    if let Some(i) = i {
        if is_str(i) {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    // `try_complex_special_method`: an object's own `__complex__` comes first.
    let special;
    let r = if r.is_type(&COMPLEX_TYPE) {
        r
    } else if let Some(c) = crate::slots::call_special(r, "__complex__", &[])? {
        special = Owned::new(c).expect("complex");
        if !is_complex(special.get()) {
            return Err(type_error(format!("__complex__ returned non-complex (type {})", type_name(special.get()))));
        }
        special.get()
    } else {
        r
    };
    if !is_complex(r) && !is_real_number(r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(r)
        )));
    }
    if let Some(i) = i {
        if !is_complex(i) && !is_real_number(i) {
            return Err(type_error(format!("complex() second argument must be a number, not '{}'", type_name(i))));
        }
    }
    let to_f64 = |o: Obj| -> PyResult<f64> {
        let f = Owned::new(float_from_object(o)?).expect("float");
        Ok(float_value(f.get()))
    };
    let cr = if is_complex(r) { complex_value(r) } else { Complex { re: to_f64(r)?, im: 0.0 } };
    let mut re = cr.re;
    // Only a complex `real` contributes its imaginary part (`complex_new_impl`), so that
    // `complex(0, -0.0)` keeps the negative zero.
    let r_complex = is_complex(r);
    let im = match i {
        None => cr.im,
        Some(i) => {
            let mut im = if is_complex(i) {
                let ci = complex_value(i);
                re -= ci.im;
                ci.re
            } else {
                to_f64(i)?
            };
            if r_complex {
                im += cr.im;
            }
            im
        }
    };
    Ok(new_complex(re, im))
}

fn complex_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let c = complex_value(o);
    match str_value(name) {
        "real" => Ok(new_float(c.re)),
        "imag" => Ok(new_float(c.im)),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn m_conjugate(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("complex.conjugate", args, kwnames)?;
    let c = complex_value(s);
    Ok(new_complex(c.re, -c.im))
}

static COMPLEX_METHODS: [MethodDef; 2] = [
    MethodDef { name: "conjugate", meth: m_conjugate },
    MethodDef { name: "__format__", meth: crate::types::descr::builtin_format_method },
];

pub static COMPLEX_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("complex"),
    tp_dealloc: dealloc_box::<Complex>,
    tp_repr: Some(complex_repr),
    tp_hash: Some(complex_hash),
    tp_richcompare: Some(complex_richcompare),
    tp_new: Some(complex_new),
    tp_getattro: Some(complex_getattro),
    tp_as_number: NumberMethods {
        nb_add: Some(|a, b| binop(a, b, |x, y| Ok(Complex { re: x.re + y.re, im: x.im + y.im }))),
        nb_subtract: Some(|a, b| binop(a, b, |x, y| Ok(Complex { re: x.re - y.re, im: x.im - y.im }))),
        nb_multiply: Some(|a, b| binop(a, b, |x, y| Ok(c_prod(x, y)))),
        nb_true_divide: Some(|a, b| {
            binop(a, b, |x, y| c_quot(x, y).ok_or_else(|| zero_division("complex division by zero")))
        }),
        nb_power: Some(complex_pow),
        nb_negative: Some(|a| {
            let c = complex_value(a);
            Ok(new_complex(-c.re, -c.im))
        }),
        nb_positive: Some(|a| {
            let c = complex_value(a);
            Ok(new_complex(c.re, c.im))
        }),
        nb_absolute: Some(complex_abs),
        nb_bool: Some(|a| {
            let c = complex_value(a);
            Ok(c.re != 0.0 || c.im != 0.0)
        }),
        ..NumberMethods::NONE
    },
    methods: &COMPLEX_METHODS,
    ..TypeObject::DEFAULT
};

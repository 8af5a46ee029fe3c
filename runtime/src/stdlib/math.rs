//! The `math` module, after CPython 3.12's `Modules/mathmodule.c`.
//!
//! Input: Python arguments (floats, ints, objects converting to them). Output: floats and ints
//! bit-for-bit as CPython computes them on the same machine: elementary functions call the C
//! library's `libm` (as CPython does), while the functions CPython implements itself (`gamma`,
//! `lgamma`, `fsum`, `hypot`/`dist`, `log` of huge ints, `factorial`, `comb`, `perm`,
//! `isqrt`) follow its algorithms.
//!
//! Errors follow `math_1`/`math_2`/`is_error`: a NaN result from non-NaN arguments is
//! `ValueError: math domain error`; an infinite result from finite arguments is
//! `OverflowError: math range error` for functions that can overflow and a domain error for
//! singularities. Argument conversion is `PyFloat_AsDouble` ([`super::float_arg`]) or
//! `PyNumber_Index` ([`super::index_arg`]), with their messages.

use super::{float_arg, functions, index_arg, set_owned};
use crate::call::{kwnames_len, Args};
use crate::errors::{overflow_error, type_error, value_error, zero_division, PyResult, Raised};
use crate::object::{Obj, Owned};
use crate::ops;
use crate::types::float::{new_float, FLOAT_TYPE};
use crate::types::int::{int_to_f64, int_view, new_bool, new_int, new_int_big, IntVal};
use crate::types::module::new_module;
use crate::types::tuple::new_tuple;
use crate::types::type_name;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::os::raw::c_int;

/// The C library's functions, called exactly as CPython calls them.
mod libm {
    use std::os::raw::c_int;
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        // Rust's `compiler_builtins` defines a weak `cbrt` (a port of musl's) that the linker
        // prefers to glibc's, whose results differ in the last bit; glibc's alias of it
        // reaches the function CPython calls.
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: c_int) -> f64;
        pub fn frexp(x: f64, e: *mut c_int) -> f64;
    }
}

/// Safe wrappers over the `libm` functions of one and two `f64` arguments.
macro_rules! c_math {
    ($($name:ident($($a:ident),+);)*) => {
        $(
            pub(crate) fn $name($($a: f64),+) -> f64 {
                // SAFETY: a pure C math function of plain `f64` values; it touches no memory
                // of ours (at most the thread's `errno`, which nothing here reads).
                unsafe { libm::$name($($a),+) }
            }
        )*
    };
}

c_math! {
    sin(x); cos(x); tan(x); asin(x); acos(x); atan(x); atan2(y, x); sinh(x); cosh(x); tanh(x);
    asinh(x); acosh(x); atanh(x); exp(x); exp2(x); expm1(x); log(x); log2(x); log10(x);
    log1p(x); sqrt(x); cbrt(x); erf(x); erfc(x); pow(x, y); fmod(x, y); remainder(x, y);
    nextafter(x, y);
}

fn ldexp(x: f64, e: c_int) -> f64 {
    // SAFETY: pure C function of plain values.
    unsafe { libm::ldexp(x, e) }
}

/// `frexp(x)`: (mantissa in [0.5, 1), exponent), `(x, 0)` for zero, inf and nan.
fn frexp(x: f64) -> (f64, i32) {
    let mut e: c_int = 0;
    // SAFETY: `e` is a valid, writable `c_int` for the duration of the call.
    let m = unsafe { libm::frexp(x, &mut e) };
    (m, e)
}

fn domain_error() -> Raised {
    value_error("math domain error")
}

fn range_error() -> Raised {
    overflow_error("math range error")
}

/// `math_1`: apply `f` to one float argument with CPython's error rules.
fn math_1(name: &str, args: &[Obj], kwnames: Obj, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let x = float_arg(a.req(0))?;
    Ok(new_float(check_1(x, f(x), can_overflow)?))
}

fn check_1(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

/// The two float arguments of a `math_2` function.
fn two_floats(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<(f64, f64)> {
    let a = Args::parse(name, args, kwnames, &["", ""], 2)?;
    Ok((float_arg(a.req(0))?, float_arg(a.req(1))?))
}

/// `math_2`'s error rules for a result `r` of `x`, `y`.
fn check_2(x: f64, y: f64, r: f64) -> PyResult<Obj> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(new_float(r))
}

macro_rules! unary {
    ($($rust:ident = $name:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $rust(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
                math_1(concat!("math.", $name), args, kwnames, $f, $overflow)
            }
        )*
    };
}

unary! {
    m_acos = "acos", acos, false;
    m_acosh = "acosh", acosh, false;
    m_asin = "asin", asin, false;
    m_asinh = "asinh", asinh, false;
    m_atan = "atan", atan, false;
    m_atanh = "atanh", atanh, false;
    m_cbrt = "cbrt", cbrt, false;
    m_cos = "cos", cos, false;
    m_cosh = "cosh", cosh, true;
    m_exp = "exp", exp, true;
    m_exp2 = "exp2", exp2, true;
    m_expm1 = "expm1", expm1, true;
    m_fabs = "fabs", f64::abs, false;
    m_log1p = "log1p", log1p, false;
    m_sin = "sin", sin, false;
    m_sinh = "sinh", sinh, true;
    m_sqrt = "sqrt", sqrt, false;
    m_tan = "tan", tan, false;
    m_tanh = "tanh", tanh, false;
    m_erf = "erf", erf, false;
    m_erfc = "erfc", erfc, false;
}

/// `gamma`/`lgamma` report errors as `math_1a` does: from the error their algorithm signals.
enum MathErr {
    Domain,
    Range,
}

fn math_1a(name: &str, args: &[Obj], kwnames: Obj, f: fn(f64) -> Result<f64, (f64, MathErr)>) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let x = float_arg(a.req(0))?;
    match f(x) {
        Ok(r) => Ok(new_float(r)),
        Err((_, MathErr::Domain)) => Err(domain_error()),
        Err((r, MathErr::Range)) if r.abs() < 1.5 => Ok(new_float(r)),
        Err((_, MathErr::Range)) => Err(range_error()),
    }
}

fn m_gamma(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    math_1a("math.gamma", args, kwnames, tgamma)
}

fn m_lgamma(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    math_1a("math.lgamma", args, kwnames, lgamma)
}

// ---- gamma and lgamma: the Lanczos approximation of mathmodule.c --------------------------

// The constants are written with mathmodule.c's digits; the compiler rounds them to the
// same doubles, so the extra precision is documentation, not noise.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// sin(pi*x) for finite x, accurate near integers.
fn sinpi(x: f64) -> f64 {
    let y = fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => sin(PI * y),
        1 => cos(PI * (y - 0.5)),
        2 => sin(PI * (1.0 - y)),
        3 => -cos(PI * (y - 1.5)),
        _ => sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn tgamma(x: f64) -> Result<f64, (f64, MathErr)> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err((f64::NAN, MathErr::Domain)) };
    }
    if x == 0.0 {
        return Err((f64::INFINITY.copysign(x), MathErr::Domain));
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err((f64::NAN, MathErr::Domain));
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err((r, MathErr::Range)) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err((f64::INFINITY, MathErr::Range)) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        Err((r, MathErr::Range))
    } else {
        Ok(r)
    }
}

fn lgamma(x: f64) -> Result<f64, (f64, MathErr)> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err((f64::INFINITY, MathErr::Domain)) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-log(absx));
    }
    let mut r = log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - log(sinpi(absx).abs()) - log(absx) - r;
    }
    if r.is_infinite() {
        Err((r, MathErr::Range))
    } else {
        Ok(r)
    }
}

// ---- two-argument functions ----------------------------------------------------------------

fn m_atan2(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (y, x) = two_floats("math.atan2", args, kwnames)?;
    check_2(y, x, atan2(y, x))
}

fn m_copysign(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (x, y) = two_floats("math.copysign", args, kwnames)?;
    Ok(new_float(x.copysign(y)))
}

fn m_fmod(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (x, y) = two_floats("math.fmod", args, kwnames)?;
    // fmod(x, ±inf) is x for finite x, whatever the platform says.
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(new_float(r))
}

fn m_remainder(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (x, y) = two_floats("math.remainder", args, kwnames)?;
    check_2(x, y, remainder(x, y))
}

fn m_pow(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (x, y) = two_floats("math.pow", args, kwnames)?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(new_float(r));
    }
    let r = pow(x, y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain_error() } else { range_error() });
    }
    Ok(new_float(r))
}

fn m_nextafter(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos != 2 {
        return Err(type_error(format!("nextafter() takes exactly 2 positional arguments ({npos} given)")));
    }
    let a = Args::parse("nextafter", args, kwnames, &["x", "y", "steps"], 2)?;
    let (mut x, y) = (float_arg(a.req(0))?, float_arg(a.req(1))?);
    let Some(steps) = a.get(2).filter(|&s| s != crate::types::none()) else {
        return Ok(new_float(nextafter(x, y)));
    };
    let steps = Owned::new(index_arg(steps)?).expect("int");
    if crate::types::int::int_is_negative(steps.get()) {
        return Err(value_error("steps must be a non-negative integer"));
    }
    // Each step moves one representable value; past the target there is nothing to do.
    let mut n = crate::types::int::int_to_i64(steps.get()).unwrap_or(i64::MAX);
    while n > 0 && x != y && !x.is_nan() && !y.is_nan() {
        x = nextafter(x, y);
        n -= 1;
    }
    Ok(new_float(if y.is_nan() { y } else { x }))
}

// ---- rounding to ints ----------------------------------------------------------------------

fn m_floor(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    round_to_int("math.floor", "__floor__", args, kwnames, f64::floor)
}

fn m_ceil(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    round_to_int("math.ceil", "__ceil__", args, kwnames, f64::ceil)
}

/// The result of a class's own rounding dunder (`__floor__`, `__ceil__`, `__trunc__`), found
/// as a special method; `None` for a built-in type (whose dunder is the Rust path) or a
/// class without one.
fn own_dunder(x: Obj, dunder: &'static str) -> PyResult<Option<Obj>> {
    if !x.ty().is_heap() {
        return Ok(None);
    }
    crate::slots::call_special(x, dunder, &[])
}

/// `floor`/`ceil`: a class's `__floor__`/`__ceil__`; an int is its own floor
/// (`int.__floor__`); anything else goes through `PyFloat_AsDouble`, then `PyLong_FromDouble`.
fn round_to_int(name: &str, dunder: &'static str, args: &[Obj], kwnames: Obj, f: fn(f64) -> f64) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let x = a.req(0);
    if let Some(r) = own_dunder(x, dunder)? {
        return Ok(r);
    }
    if let Some(v) = int_view(x) {
        return Ok(new_int_big(v.to_big()));
    }
    crate::types::int::float_to_int(f(float_arg(x)?))
}

fn m_trunc(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.trunc", args, kwnames, &[""], 1)?;
    let x = a.req(0);
    if let Some(r) = own_dunder(x, "__trunc__")? {
        return Ok(r);
    }
    if let Some(v) = int_view(x) {
        return Ok(new_int_big(v.to_big()));
    }
    if x.ty().is_subtype(&FLOAT_TYPE) {
        return crate::types::int::float_to_int(crate::types::float::float_value(x));
    }
    Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(x))))
}

// ---- logarithms ------------------------------------------------------------------------------

/// `_PyLong_Frexp`: a positive big int as (mantissa in [0.5, 1), exponent), correctly rounded.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    const KEEP: u64 = 55; // two more than the 53 bits of a double's mantissa
    let (top, shift) = if bits <= KEEP {
        (n.to_u64().unwrap_or(0), 0)
    } else {
        let shift = bits - KEEP;
        let top = (n >> shift).to_u64().unwrap_or(0);
        // A sticky bit for what was shifted out, so that the conversion rounds ties correctly.
        let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift);
        (top | u64::from(sticky), shift)
    };
    let (m, e) = frexp(top as f64);
    (m, i64::from(e) + shift as i64)
}

/// `loghelper`: `f` of an int of any size, or of a float argument.
fn loghelper(arg: Obj, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(v) = int_view(arg) {
        let big = v.to_big();
        if big.sign() != Sign::Plus {
            return Err(domain_error());
        }
        return Ok(match int_to_f64(&v) {
            Ok(x) => f(x),
            Err(_) => {
                crate::errors::fetch().decref();
                let (m, e) = big_frexp(&big);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = float_arg(arg)?;
    check_1(x, f(x), false)
}

fn m_log(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.log", args, kwnames, &["", ""], 1)?;
    let num = loghelper(a.req(0), log)?;
    match a.get(1) {
        None => Ok(new_float(num)),
        Some(base) => {
            let den = loghelper(base, log)?;
            if den == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(new_float(num / den))
        }
    }
}

fn m_log2(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.log2", args, kwnames, &[""], 1)?;
    Ok(new_float(loghelper(a.req(0), log2)?))
}

fn m_log10(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.log10", args, kwnames, &[""], 1)?;
    Ok(new_float(loghelper(a.req(0), log10)?))
}

// ---- float decomposition ---------------------------------------------------------------------

fn m_frexp(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.frexp", args, kwnames, &[""], 1)?;
    let x = float_arg(a.req(0))?;
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { frexp(x) };
    Ok(new_tuple(vec![new_float(m), new_int(i64::from(e))]))
}

fn m_ldexp(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.ldexp", args, kwnames, &["", ""], 2)?;
    let x = float_arg(a.req(0))?;
    let Some(iv) = int_view(a.req(1)) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    let e = iv.to_big().to_i64().unwrap_or(if matches!(iv, IntVal::Big(b) if b.is_negative()) {
        i64::MIN
    } else {
        i64::MAX
    });
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    let r = if e > i64::from(c_int::MAX) {
        f64::INFINITY.copysign(x)
    } else if e < i64::from(c_int::MIN) {
        0.0f64.copysign(x)
    } else {
        ldexp(x, e as c_int)
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(new_float(r))
}

fn m_modf(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.modf", args, kwnames, &[""], 1)?;
    let x = float_arg(a.req(0))?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(new_tuple(vec![new_float(frac), new_float(int)]))
}

fn m_ulp(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.ulp", args, kwnames, &[""], 1)?;
    let x = float_arg(a.req(0))?;
    if x.is_nan() || x.is_infinite() {
        return Ok(new_float(x.abs()));
    }
    let x = x.abs();
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(new_float(x - nextafter(x, -f64::INFINITY)));
    }
    Ok(new_float(x2 - x))
}

fn m_degrees(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.degrees", args, kwnames, &[""], 1)?;
    Ok(new_float(float_arg(a.req(0))? * (180.0 / PI)))
}

fn m_radians(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.radians", args, kwnames, &[""], 1)?;
    Ok(new_float(float_arg(a.req(0))? * (PI / 180.0)))
}

// ---- classification --------------------------------------------------------------------------

fn m_isfinite(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.isfinite", args, kwnames, &[""], 1)?;
    Ok(new_bool(float_arg(a.req(0))?.is_finite()))
}

fn m_isinf(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.isinf", args, kwnames, &[""], 1)?;
    Ok(new_bool(float_arg(a.req(0))?.is_infinite()))
}

fn m_isnan(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.isnan", args, kwnames, &[""], 1)?;
    Ok(new_bool(float_arg(a.req(0))?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn m_isclose(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - kwnames_len(kwnames);
    if npos > 2 {
        return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({npos} given)")));
    }
    let p = Args::parse("isclose", args, kwnames, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let (a, b) = (float_arg(p.req(0))?, float_arg(p.req(1))?);
    let rel_tol = p.get(2).map(float_arg).transpose()?.unwrap_or(1e-9);
    let abs_tol = p.get(3).map(float_arg).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(new_bool(false));
    }
    let diff = (b - a).abs();
    Ok(new_bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

// ---- sums, products, norms -------------------------------------------------------------------

/// `fsum(seq)`: Shewchuk/Hettinger exact partial sums, correctly rounded at the end.
fn m_fsum(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.fsum", args, kwnames, &[""], 1)?;
    let it = Owned::new(ops::get_iter(a.req(0))?).expect("iterator");
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::iter_next(it.get())? {
        let item = Owned::new(item).expect("item");
        let mut x = float_arg(item.get())?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan among the items, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across several partials.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(new_float(hi))
}

/// `prod(iterable, /, *, start=1)`.
fn m_prod(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - kwnames_len(kwnames);
    if npos > 1 {
        return Err(type_error(format!("prod() takes exactly 1 positional argument ({npos} given)")));
    }
    let a = Args::parse("prod", args, kwnames, &["", "start"], 1)?;
    let it = Owned::new(ops::get_iter(a.req(0))?).expect("iterator");
    let mut acc = Owned::new(a.get(1).unwrap_or(Obj::from_small(1)).incref()).expect("start");
    while let Some(item) = ops::iter_next(it.get())? {
        let item = Owned::new(item).expect("item");
        acc = Owned::new(ops::binary_op(acc.get(), item.get(), ops::BinOp::Mul)?).expect("product");
    }
    Ok(acc.release())
}

/// `vector_norm`: the Euclidean norm of `v` (absolute values), correctly rounded in practice.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Subnormals: scale up to normal numbers first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    let dl_mul = |x: f64, y: f64| {
        let z = x * y;
        (z, x.mul_add(y, -z))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let x = a + b;
        (x, (a - x) + b)
    };
    for &x in v.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = sqrt(csum - 1.0 + (frac1 + frac2));
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn norm_of(mut v: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut v, max, found_nan)
}

fn m_hypot(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("hypot() takes no keyword arguments"));
    }
    let v = args.iter().map(|&a| float_arg(a)).collect::<PyResult<Vec<f64>>>()?;
    Ok(new_float(norm_of(v)))
}

fn m_dist(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("dist", args, kwnames, &["", ""], 2)?;
    let p = Owned::new(crate::types::tuple::new_tuple(ops::collect_iterable(a.req(0))?)).expect("tuple");
    let q = Owned::new(crate::types::tuple::new_tuple(ops::collect_iterable(a.req(1))?)).expect("tuple");
    let (p, q) = (crate::types::tuple::tuple_items(p.get()), crate::types::tuple::tuple_items(q.get()));
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    for (&x, &y) in p.iter().zip(q) {
        v.push(float_arg(x)? - float_arg(y)?);
    }
    Ok(new_float(norm_of(v)))
}

// ---- integer functions -----------------------------------------------------------------------

/// The `PyNumber_Index` of each argument, as big ints.
fn index_values(args: &[Obj]) -> PyResult<Vec<BigInt>> {
    args.iter()
        .map(|&a| {
            let i = Owned::new(index_arg(a)?).expect("int");
            Ok(int_view(i.get()).expect("int").to_big())
        })
        .collect()
}

fn m_gcd(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("gcd() takes no keyword arguments"));
    }
    let vals = index_values(args)?;
    let g = vals.iter().fold(BigInt::zero(), |g, v| g.gcd(v));
    Ok(new_int_big(g))
}

fn m_lcm(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("lcm() takes no keyword arguments"));
    }
    let vals = index_values(args)?;
    let l = vals.iter().fold(BigInt::one(), |l, v| if l.is_zero() || v.is_zero() { BigInt::zero() } else { l.lcm(v) });
    Ok(new_int_big(l))
}

fn m_isqrt(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.isqrt", args, kwnames, &[""], 1)?;
    let n = index_values(&[a.req(0)])?.remove(0);
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_int_big(n.sqrt()))
}

/// The product of the integers in `lo..hi`, by binary splitting (fast for big results).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut p = BigInt::one();
        for i in lo..hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn m_factorial(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.factorial", args, kwnames, &[""], 1)?;
    let n = index_values(&[a.req(0)])?.remove(0);
    let Some(n) = n.to_i64() else {
        return Err(if n.is_negative() {
            value_error("factorial() not defined for negative values")
        } else {
            overflow_error("factorial() argument should not exceed 9223372036854775807")
        });
    };
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    Ok(new_int_big(range_product(1, n as u64 + 1)))
}

/// The arguments of `comb`/`perm`: non-negative `n`, and `k` as a machine integer.
fn n_and_k(n: &BigInt, k: &BigInt) -> PyResult<Option<u64>> {
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(None);
    }
    match k.to_u64().filter(|&k| k <= i64::MAX as u64) {
        Some(k) => Ok(Some(k)),
        None => Err(overflow_error("k must not exceed 9223372036854775807")),
    }
}

/// n * (n-1) * … * (n-k+1).
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    match n.to_u64() {
        Some(nu) => range_product(nu - k + 1, nu + 1),
        None => {
            let mut p = BigInt::one();
            for i in 0..k {
                p *= n - i;
            }
            p
        }
    }
}

fn m_comb(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.comb", args, kwnames, &["", ""], 2)?;
    let v = index_values(&[a.req(0), a.req(1)])?;
    let (n, k) = (&v[0], &v[1]);
    let Some(k) = n_and_k(n, k)? else { return Ok(new_int(0)) };
    // comb(n, k) == comb(n, n - k): use the smaller.
    let k = match (n - BigInt::from(k)).to_u64() {
        Some(nk) if nk < k => nk,
        _ => k,
    };
    Ok(new_int_big(falling_product(n, k) / range_product(1, k + 1)))
}

fn m_perm(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("math.perm", args, kwnames, &["", ""], 1)?;
    let k_arg = a.get(1).filter(|&k| k != crate::types::none());
    let n = index_values(&[a.req(0)])?.remove(0);
    let k = match k_arg {
        None => {
            if n.is_negative() {
                return Err(value_error("factorial() not defined for negative values"));
            }
            n.clone()
        }
        Some(k) => index_values(&[k])?.remove(0),
    };
    let Some(k) = n_and_k(&n, &k)? else { return Ok(new_int(0)) };
    Ok(new_int_big(falling_product(&n, k)))
}

// ---- the module --------------------------------------------------------------------------------

pub fn init() -> Obj {
    let m = new_module("math");
    set_owned(m, "pi", new_float(PI));
    set_owned(m, "e", new_float(std::f64::consts::E));
    set_owned(m, "tau", new_float(std::f64::consts::TAU));
    set_owned(m, "inf", new_float(f64::INFINITY));
    set_owned(m, "nan", new_float(f64::NAN));
    functions!(m,
        "acos" => m_acos, "acosh" => m_acosh, "asin" => m_asin, "asinh" => m_asinh,
        "atan" => m_atan, "atan2" => m_atan2, "atanh" => m_atanh, "cbrt" => m_cbrt,
        "ceil" => m_ceil, "comb" => m_comb, "copysign" => m_copysign, "cos" => m_cos,
        "cosh" => m_cosh, "degrees" => m_degrees, "dist" => m_dist, "erf" => m_erf,
        "erfc" => m_erfc, "exp" => m_exp, "exp2" => m_exp2, "expm1" => m_expm1,
        "fabs" => m_fabs, "factorial" => m_factorial, "floor" => m_floor, "fmod" => m_fmod,
        "frexp" => m_frexp, "fsum" => m_fsum, "gamma" => m_gamma, "gcd" => m_gcd,
        "hypot" => m_hypot, "isclose" => m_isclose, "isfinite" => m_isfinite,
        "isinf" => m_isinf, "isnan" => m_isnan, "isqrt" => m_isqrt, "lcm" => m_lcm,
        "ldexp" => m_ldexp, "lgamma" => m_lgamma, "log" => m_log, "log10" => m_log10,
        "log1p" => m_log1p, "log2" => m_log2, "modf" => m_modf, "nextafter" => m_nextafter,
        "perm" => m_perm, "pow" => m_pow, "prod" => m_prod, "radians" => m_radians,
        "remainder" => m_remainder, "sin" => m_sin, "sinh" => m_sinh, "sqrt" => m_sqrt,
        "tan" => m_tan, "tanh" => m_tanh, "trunc" => m_trunc, "ulp" => m_ulp,
    );
    m
}

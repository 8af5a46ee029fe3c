//! `int` and `bool`: arbitrary-precision integers with an immediate fast path.
//!
//! Values in the 63-bit range are immediate words (see `object.rs`); anything larger is a heap
//! `PyBox<BigInt>`. Every constructor normalises, so a heap int is never in the small range and
//! equality of representation follows equality of value. `bool` is a subclass of `int` whose
//! two instances are the immortal statics `True` and `False` (payload: the `bool`).
//!
//! Arithmetic follows `Objects/longobject.c`: floor division and modulo round toward negative
//! infinity, true division is correctly rounded, `**` with a negative exponent gives a float,
//! three-argument `pow` supports negative exponents through the modular inverse, and `str()`
//! refuses more than 4300 digits (CPython's `sys.int_info.default_max_str_digits`).

use crate::errors::{self, overflow_error, type_error, value_error, zero_division, PyResult, Raised};
use crate::object::{alloc, dealloc_box, payload, Obj, StaticObject, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::typeobj::{CompareOp, NumberMethods, TypeObject};
use crate::types::float::{float_value, new_float};
use crate::types::str::{new_str, str_value, STR_TYPE};
use crate::types::{not_implemented, type_name};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A borrowed view of an integer value (`int` or `bool`).
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntVal<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(v) => BigInt::from(*v),
            IntVal::Big(b) => (*b).clone(),
        }
    }
}

/// View `o` as an integer if it is an `int` or `bool` (or a subclass instance).
#[inline]
pub fn int_view(o: Obj) -> Option<IntVal<'static>> {
    if o.is_small() {
        return Some(IntVal::Small(o.small_value()));
    }
    let t = o.ty();
    if std::ptr::eq(t, &BOOL_TYPE) {
        Some(IntVal::Small(*payload::<bool>(o) as i64))
    } else if t.is_subtype(&INT_TYPE) {
        Some(IntVal::Big(payload::<BigInt>(o)))
    } else {
        None
    }
}

/// `int_view` extended with `__index__` (`PyNumber_Index`): an int as is, else the result of
/// its type's `nb_index` (which must be an int), else `Ok(None)`. The second element keeps the
/// `__index__` result alive while the view borrows it; hold it as long as the view.
pub fn index_view(o: Obj) -> PyResult<(Option<IntVal<'static>>, Option<crate::object::Owned>)> {
    if let Some(v) = int_view(o) {
        return Ok((Some(v), None));
    }
    let Some(f) = o.ty().lookup(|t| t.tp_as_number.nb_index) else { return Ok((None, None)) };
    let r = crate::object::Owned::new(f(o)?).expect("non-null");
    match int_view(r.get()) {
        Some(v) => Ok((Some(v), Some(r))),
        None => Err(type_error(format!("__index__ returned non-int (type {})", type_name(r.get())))),
    }
}

/// Is `o` an `int` (including `bool`)?
#[inline]
pub fn is_int(o: Obj) -> bool {
    o.is_small() || o.ty().is_subtype(&INT_TYPE)
}

/// A new int from a machine integer.
#[inline]
pub fn new_int(v: i64) -> Obj {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
        Obj::from_small(v)
    } else {
        alloc(&INT_TYPE, BigInt::from(v))
    }
}

/// A new int from a big integer, normalised to the immediate form when it fits.
pub fn new_int_big(v: BigInt) -> Obj {
    match v.to_i64() {
        Some(s) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&s) => Obj::from_small(s),
        _ => alloc(&INT_TYPE, v),
    }
}

pub fn new_bool(b: bool) -> Obj {
    if b {
        TRUE.obj()
    } else {
        FALSE.obj()
    }
}

/// The value as `i64`, or `None` when it does not fit.
pub fn int_to_i64(o: Obj) -> Option<i64> {
    match int_view(o)? {
        IntVal::Small(v) => Some(v),
        IntVal::Big(b) => b.to_i64(),
    }
}

/// An index-like argument as `i64`: `OverflowError` when it does not fit in a C ssize_t
/// (CPython's message), `TypeError` when `o` is not an integer.
pub fn index_to_i64(o: Obj, what: &str) -> PyResult<i64> {
    let (view, _keep) = index_view(o)?;
    match view {
        Some(IntVal::Small(v)) => Ok(v),
        // An argument converted to `Py_ssize_t` (Argument Clinic's converter).
        Some(IntVal::Big(b)) => {
            b.to_i64().ok_or_else(|| overflow_error(format!("Python int too large to convert to C ssize_t{what}")))
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

/// An argument converted to a C `int` (Argument Clinic's `int` converter): `OverflowError`
/// beyond 32 bits, `TypeError` when `o` is not an integer.
pub fn c_int_arg(o: Obj) -> PyResult<i32> {
    let (view, _keep) = index_view(o)?;
    match view {
        Some(v) => v.to_big().to_i32().ok_or_else(|| overflow_error("Python int too large to convert to C int")),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

/// `int` → `float`, with CPython's overflow error.
pub fn int_to_f64(v: &IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(s) => Ok(*s as f64),
        IntVal::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(overflow_error("int too large to convert to float")),
        },
    }
}

const MAX_STR_DIGITS: usize = 4300;

/// `str(int)`/`repr(int)`, with CPython 3.12's digit limit.
pub fn int_to_string(v: &IntVal) -> PyResult<String> {
    match v {
        IntVal::Small(s) => Ok(s.to_string()),
        IntVal::Big(b) => {
            // 4300 decimal digits need at least 14281 bits; below that no check is needed.
            if b.bits() > 14000 {
                let s = b.to_string();
                let digits = s.len() - usize::from(b.is_negative());
                if digits > MAX_STR_DIGITS {
                    return Err(value_error(format!(
                        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                return Ok(s);
            }
            Ok(b.to_string())
        }
    }
}

fn int_repr(o: Obj) -> PyResult<Obj> {
    let v = int_view(o).expect("int slot on an int");
    Ok(new_str(&int_to_string(&v)?))
}

fn bool_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_str(if *payload::<bool>(o) { "True" } else { "False" }))
}

/// CPython's integer hash: the value modulo the Mersenne prime 2**61 - 1, keeping the sign,
/// with -1 mapped to -2 (`Objects/longobject.c`, `long_hash`).
pub fn hash_int(v: &IntVal) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = match v {
        IntVal::Small(s) => {
            let m = s.unsigned_abs() % MODULUS as u64;
            if *s < 0 {
                -(m as i64)
            } else {
                m as i64
            }
        }
        IntVal::Big(b) => {
            let m = (b.magnitude() % (MODULUS as u64)).to_i64().unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn int_hash(o: Obj) -> PyResult<i64> {
    Ok(hash_int(&int_view(o).expect("int")))
}

fn cmp_ints(a: &IntVal, b: &IntVal) -> std::cmp::Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

fn int_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => Ok(new_bool(op.test(cmp_ints(&x, &y)))),
        _ => Ok(not_implemented()),
    }
}

/// Apply a binary integer operation when both operands are ints; `NotImplemented` otherwise.
fn int_binop(a: Obj, b: Obj, op: fn(&IntVal, &IntVal) -> PyResult<Obj>) -> PyResult<Obj> {
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => op(&x, &y),
        _ => Ok(not_implemented()),
    }
}

fn add(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        return Ok(new_int(a + b)); // 63-bit operands cannot overflow i64
    }
    Ok(new_int_big(x.to_big() + y.to_big()))
}

fn sub(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        return Ok(new_int(a - b));
    }
    Ok(new_int_big(x.to_big() - y.to_big()))
}

fn mul(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        if let Some(r) = a.checked_mul(*b) {
            return Ok(new_int(r));
        }
    }
    Ok(new_int_big(x.to_big() * y.to_big()))
}

fn is_zero(v: &IntVal) -> bool {
    match v {
        IntVal::Small(s) => *s == 0,
        IntVal::Big(b) => b.is_zero(),
    }
}

fn floordiv(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if is_zero(y) {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        return Ok(new_int(a.div_floor(b)));
    }
    Ok(new_int_big(x.to_big().div_floor(&y.to_big())))
}

fn modulo(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if is_zero(y) {
        return Err(zero_division("integer modulo by zero"));
    }
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        return Ok(new_int(a.mod_floor(b)));
    }
    Ok(new_int_big(x.to_big().mod_floor(&y.to_big())))
}

fn divmod(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if is_zero(y) {
        return Err(zero_division("integer division or modulo by zero"));
    }
    let (q, r) = x.to_big().div_mod_floor(&y.to_big());
    Ok(crate::types::tuple::new_tuple(vec![new_int_big(q), new_int_big(r)]))
}

/// Correctly rounded `a / b` for integers (`long_true_divide`).
pub fn true_divide(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    if is_zero(y) {
        return Err(zero_division("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        if a.abs() <= EXACT && b.abs() <= EXACT {
            return Ok(new_float(*a as f64 / *b as f64));
        }
    }
    let (a, b) = (x.to_big(), y.to_big());
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the integer quotient carries at least 66 significant bits, then let the
    // conversion round once; a non-zero remainder becomes a sticky low bit.
    let shift: i64 = 66 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() { q } else { (q << 1usize) | BigInt::one() };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift + extra);
    let v = scale_by_pow2(qf, exp);
    if v.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(new_float(if negative { -v } else { v }))
}

/// `x * 2**exp` without intermediate overflow or double rounding in the normal range.
fn scale_by_pow2(mut x: f64, mut exp: i64) -> f64 {
    while exp > 1000 {
        x *= 2f64.powi(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        x *= 2f64.powi(-1000);
        exp += 1000;
    }
    x * 2f64.powi(exp as i32)
}

fn shift_count(y: &IntVal) -> PyResult<Option<usize>> {
    match y {
        IntVal::Small(s) if *s < 0 => Err(value_error("negative shift count")),
        IntVal::Small(s) => Ok(Some(*s as usize)),
        IntVal::Big(b) if b.is_negative() => Err(value_error("negative shift count")),
        IntVal::Big(_) => Ok(None),
    }
}

fn lshift(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    let n = shift_count(y)?;
    if is_zero(x) {
        return Ok(new_int(0));
    }
    match n {
        Some(n) if n < 1 << 40 => {
            if let IntVal::Small(a) = x {
                if n < 62 && a.unsigned_abs() < (1u64 << (62 - n)) {
                    return Ok(new_int(a << n));
                }
            }
            Ok(new_int_big(x.to_big() << n))
        }
        _ => Err(overflow_error("too many digits in integer")),
    }
}

fn rshift(x: &IntVal, y: &IntVal) -> PyResult<Obj> {
    let n = shift_count(y)?;
    let big_neg = match x {
        IntVal::Small(a) => *a < 0,
        IntVal::Big(b) => b.is_negative(),
    };
    match n {
        Some(n) => {
            if let IntVal::Small(a) = x {
                return Ok(new_int(a >> n.min(63)));
            }
            Ok(new_int_big(x.to_big() >> n))
        }
        None => Ok(new_int(if big_neg { -1 } else { 0 })),
    }
}

fn bitop(x: &IntVal, y: &IntVal, op: fn(i64, i64) -> i64, bop: fn(BigInt, BigInt) -> BigInt) -> PyResult<Obj> {
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        return Ok(new_int(op(*a, *b)));
    }
    Ok(new_int_big(bop(x.to_big(), y.to_big())))
}

/// `x ** y`, and `pow(x, y, m)` when `m` is given.
fn power(x: &IntVal, y: &IntVal, m: Option<&IntVal>) -> PyResult<Obj> {
    let exp = y.to_big();
    if let Some(m) = m {
        let m = m.to_big();
        if m.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        let mut base = x.to_big();
        let mut e = exp;
        if e.is_negative() {
            base = mod_inverse(&base, &m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
            e = -e;
        }
        let mabs = m.abs();
        let r = base.mod_floor(&mabs).modpow(&e, &mabs);
        // The result takes the sign of the modulus, as for `%`.
        let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
        return Ok(new_int_big(r));
    }
    if exp.is_negative() {
        let b = int_to_f64(x)?;
        let e = int_to_f64(y)?;
        if b == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return crate::types::float::float_pow_values(b, e);
    }
    let base = x.to_big();
    if base.is_zero() || base.is_one() {
        return Ok(new_int_big(if exp.is_zero() { BigInt::one() } else { base }));
    }
    if base == BigInt::from(-1) {
        return Ok(new_int(if exp.is_even() { 1 } else { -1 }));
    }
    let e = exp.to_u32().ok_or_else(|| overflow_error("exponent too large"))?;
    if let IntVal::Small(b) = x {
        if let Some(r) = b.checked_pow(e) {
            return Ok(new_int(r));
        }
    }
    Ok(new_int_big(num_traits::pow(base, e as usize)))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn int_pow(a: Obj, b: Obj, m: Obj) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (int_view(a), int_view(b)) else {
        return Ok(not_implemented());
    };
    if m.is_null() || m == crate::types::none() {
        return power(&x, &y, None);
    }
    match int_view(m) {
        Some(z) => power(&x, &y, Some(&z)),
        None => Ok(not_implemented()),
    }
}

fn int_neg(a: Obj) -> PyResult<Obj> {
    match int_view(a).expect("int") {
        IntVal::Small(v) => Ok(new_int(-v)),
        IntVal::Big(b) => Ok(new_int_big(-b.clone())),
    }
}

fn int_pos(a: Obj) -> PyResult<Obj> {
    Ok(new_int_big(int_view(a).expect("int").to_big()))
}

fn int_abs(a: Obj) -> PyResult<Obj> {
    match int_view(a).expect("int") {
        IntVal::Small(v) => Ok(new_int(v.abs())),
        IntVal::Big(b) => Ok(new_int_big(b.abs())),
    }
}

fn int_invert(a: Obj) -> PyResult<Obj> {
    match int_view(a).expect("int") {
        IntVal::Small(v) => Ok(new_int(!v)),
        IntVal::Big(b) => Ok(new_int_big(-(b + BigInt::one()))),
    }
}

fn int_bool(a: Obj) -> PyResult<bool> {
    Ok(!is_zero(&int_view(a).expect("int")))
}

fn int_index(a: Obj) -> PyResult<Obj> {
    int_pos(a)
}

fn int_float(a: Obj) -> PyResult<Obj> {
    Ok(new_float(int_to_f64(&int_view(a).expect("int"))?))
}

/// `int(x)` and `int(s, base)`.
fn int_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("int", args, kwnames, &["", "base"], 0)?;
    let x = a.get(0);
    let base = a.get(1);
    let Some(x) = x else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(new_int(0));
    };
    if let Some(base) = base {
        // A base beyond 64 bits is simply out of range (`PyNumber_AsSsize_t` clamps it).
        let b = match int_view(base) {
            Some(IntVal::Big(b)) if b.to_i64().is_none() => i64::MAX,
            _ => index_to_i64(base, "")?,
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        // With a base, only `bytes` and `bytearray` are accepted besides `str`.
        if crate::types::bytes::is_bytes(x) || crate::types::bytes::is_bytearray(x) {
            return crate::types::number_methods::int_from_buffer(crate::types::bytes::bytes_data(x), b as u32);
        }
        if !x.ty().is_subtype(&STR_TYPE) {
            return Err(type_error("int() can't convert non-string with explicit base"));
        }
        return parse_str(x, b as u32);
    }
    int_from_object(x)
}

fn parse_str(s: Obj, base: u32) -> PyResult<Obj> {
    crate::format::parse_int(str_value(s), base).map(new_int_big).map_err(value_error)
}

/// `int(x)` for one argument (`PyNumber_Long`).
pub fn int_from_object(x: Obj) -> PyResult<Obj> {
    // A class's `__int__` (an int subclass's too) goes first; an int subclass it returns
    // becomes a plain int (CPython also warns: `__int__ returned non-int`).
    if x.ty().is_heap() {
        if let Some(f) = x.ty().lookup(|t| t.tp_as_number.nb_int) {
            let r = crate::object::Owned::new(f(x)?).expect("non-null");
            return match int_view(r.get()) {
                Some(v) => Ok(new_int_big(v.to_big())),
                None => Err(type_error(format!("__int__ returned non-int (type {})", type_name(r.get())))),
            };
        }
    }
    if let Some(v) = int_view(x) {
        return Ok(new_int_big(v.to_big()));
    }
    if crate::types::float::is_float(x) {
        return float_to_int(float_value(x));
    }
    if x.ty().is_subtype(&STR_TYPE) {
        return parse_str(x, 10);
    }
    if let Some(b) = crate::types::bytes::buffer(x) {
        return crate::types::number_methods::int_from_buffer(b, 10);
    }
    if let Some(f) = x.ty().lookup(|t| t.tp_as_number.nb_int.or(t.tp_as_number.nb_index)) {
        return f(x);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// Truncate a float to an int (`int(3.9)`), with CPython's errors for nan and inf.
pub fn float_to_int(f: f64) -> PyResult<Obj> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    Ok(new_int_big(num_bigint::BigInt::from_f64_exact(t).expect("finite")))
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

fn bool_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("bool", args, kwnames, &[""], 0)?;
    match a.get(0) {
        None => Ok(new_bool(false)),
        Some(x) => Ok(new_bool(crate::ops::is_true(x)?)),
    }
}

fn bool_binop(a: Obj, b: Obj, f: fn(bool, bool) -> bool, fallback: fn(Obj, Obj) -> PyResult<Obj>) -> PyResult<Obj> {
    if a.is_type(&BOOL_TYPE) && b.is_type(&BOOL_TYPE) {
        return Ok(new_bool(f(*payload::<bool>(a), *payload::<bool>(b))));
    }
    fallback(a, b)
}

fn int_sign(v: &IntVal) -> Sign {
    match v {
        IntVal::Small(s) => match s.cmp(&0) {
            std::cmp::Ordering::Less => Sign::Minus,
            std::cmp::Ordering::Equal => Sign::NoSign,
            std::cmp::Ordering::Greater => Sign::Plus,
        },
        IntVal::Big(b) => b.sign(),
    }
}

/// The float value of an int or float operand for mixed arithmetic.
pub fn as_f64_operand(o: Obj) -> Option<PyResult<f64>> {
    if let Some(v) = int_view(o) {
        return Some(int_to_f64(&v));
    }
    if crate::types::float::is_float(o) {
        return Some(Ok(float_value(o)));
    }
    None
}

/// Is the int negative? (Used by `pow` and formatting.)
pub fn int_is_negative(o: Obj) -> bool {
    int_view(o).map(|v| int_sign(&v) == Sign::Minus).unwrap_or(false)
}

pub static INT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("int"),
    tp_dealloc: dealloc_box::<BigInt>,
    // `tp_getattro` serves `real`/`imag`/`numerator`/`denominator` only.
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE | crate::typeobj::TPFLAGS_METHODS_GENERIC,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<BigInt>>(),
    tp_repr: Some(int_repr),
    tp_hash: Some(int_hash),
    tp_richcompare: Some(int_richcompare),
    tp_new: Some(int_new),
    tp_as_number: NumberMethods {
        nb_add: Some(|a, b| int_binop(a, b, add)),
        nb_subtract: Some(|a, b| int_binop(a, b, sub)),
        nb_multiply: Some(|a, b| int_binop(a, b, mul)),
        nb_true_divide: Some(|a, b| int_binop(a, b, true_divide)),
        nb_floor_divide: Some(|a, b| int_binop(a, b, floordiv)),
        nb_remainder: Some(|a, b| int_binop(a, b, modulo)),
        nb_divmod: Some(|a, b| int_binop(a, b, divmod)),
        nb_power: Some(int_pow),
        nb_lshift: Some(|a, b| int_binop(a, b, lshift)),
        nb_rshift: Some(|a, b| int_binop(a, b, rshift)),
        nb_and: Some(|a, b| int_binop(a, b, |x, y| bitop(x, y, |p, q| p & q, |p, q| p & q))),
        nb_or: Some(|a, b| int_binop(a, b, |x, y| bitop(x, y, |p, q| p | q, |p, q| p | q))),
        nb_xor: Some(|a, b| int_binop(a, b, |x, y| bitop(x, y, |p, q| p ^ q, |p, q| p ^ q))),
        nb_negative: Some(int_neg),
        nb_positive: Some(int_pos),
        nb_invert: Some(int_invert),
        nb_absolute: Some(int_abs),
        nb_bool: Some(int_bool),
        nb_int: Some(int_pos),
        nb_float: Some(int_float),
        nb_index: Some(int_index),
        ..NumberMethods::NONE
    },
    methods: &crate::types::number_methods::INT_METHODS,
    tp_getattro: Some(crate::types::number_methods::int_getattro),
    ..TypeObject::DEFAULT
};

pub static BOOL_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("bool"),
    base: Some(&INT_TYPE),
    tp_repr: Some(bool_repr),
    tp_new: Some(bool_new),
    tp_as_number: NumberMethods {
        nb_and: Some(|a, b| bool_binop(a, b, |p, q| p & q, INT_TYPE.tp_as_number.nb_and.expect("int &"))),
        nb_or: Some(|a, b| bool_binop(a, b, |p, q| p | q, INT_TYPE.tp_as_number.nb_or.expect("int |"))),
        nb_xor: Some(|a, b| bool_binop(a, b, |p, q| p ^ q, INT_TYPE.tp_as_number.nb_xor.expect("int ^"))),
        ..NumberMethods::NONE
    },
    ..TypeObject::DEFAULT
};

pub static TRUE: StaticObject<bool> = StaticObject::new(&BOOL_TYPE, true);
pub static FALSE: StaticObject<bool> = StaticObject::new(&BOOL_TYPE, false);

/// Raise the `TypeError` for an unsupported operand pair (used by `ops`).
pub fn unsupported(a: Obj, b: Obj, sym: &str) -> Raised {
    errors::type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", type_name(a), type_name(b)))
}

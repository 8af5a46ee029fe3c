//! `float`: IEEE-754 doubles with CPython's arithmetic, comparison, hashing and repr.
//!
//! Mixed `int`/`float` arithmetic converts the int (raising `OverflowError` when it is too
//! large); comparisons between ints and floats are exact, as in `Objects/floatobject.c`
//! (`float_richcompare`). `repr` is the shortest round-trip form (`format::float_repr`).

use crate::errors::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, PyBox};
use crate::typeobj::{CompareOp, NumberMethods, TypeObject};
use crate::types::int::{as_f64_operand, int_view, new_bool, IntVal};
use crate::types::str::{new_str, str_value, STR_TYPE};
use crate::types::{not_implemented, type_name};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};
use std::cell::Cell;

/// Freed float objects kept for reuse, linked through their payload (CPython keeps a float
/// free list too: float-heavy loops allocate a result per operation).
struct FreeList {
    head: Cell<*mut PyBox<f64>>,
    len: Cell<usize>,
}

const FREE_LIST_MAX: usize = 1024;

thread_local! {
    static FREE_FLOATS: FreeList = const { FreeList { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) } };
}

pub fn new_float(v: f64) -> Obj {
    let reused = FREE_FLOATS.with(|fl| {
        let head = fl.head.get();
        if head.is_null() {
            return None;
        }
        // SAFETY: entries of the free list are float boxes no one references; the payload of
        // a free entry holds the address of the next one.
        unsafe {
            fl.head.set((*head).val.to_bits() as usize as *mut PyBox<f64>);
            fl.len.set(fl.len.get() - 1);
            (*head).hdr.refcnt = 1;
            (*head).val = v;
        }
        Some(Obj(head as usize))
    });
    reused.unwrap_or_else(|| alloc(&FLOAT_TYPE, v))
}

/// `tp_dealloc` of `float`: keep the box on the free list, or free it when the list is full.
fn float_dealloc(o: Obj) {
    // An instance of a float subclass has a bigger layout: never on the free list.
    if !o.is_type(&FLOAT_TYPE) {
        return crate::object::dealloc_box::<f64>(o);
    }
    let kept = FREE_FLOATS.with(|fl| {
        if fl.len.get() >= FREE_LIST_MAX {
            return false;
        }
        let b = o.0 as *mut PyBox<f64>;
        // SAFETY: `o` is a float box whose count reached zero: no one references it any more.
        unsafe { (*b).val = f64::from_bits(fl.head.get() as usize as u64) };
        fl.head.set(b);
        fl.len.set(fl.len.get() + 1);
        true
    });
    if !kept {
        dealloc_box::<f64>(o);
    }
}

/// The value of a `float` object (type already checked).
#[inline]
pub fn float_value(o: Obj) -> f64 {
    *payload::<f64>(o)
}

pub fn is_float(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&FLOAT_TYPE)
}

fn float_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_str(&crate::format::float_repr(float_value(o))))
}

/// CPython's `_Py_HashDouble`: equal to the hash of the equal integer for integral values,
/// and a reduction modulo 2**61 - 1 of the exact rational value otherwise.
pub fn hash_float(v: f64) -> i64 {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if !v.is_finite() {
        return if v.is_infinite() {
            if v > 0.0 {
                314159
            } else {
                -314159
            }
        } else {
            0
        };
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = x as i64;
    if v < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `v = m * 2**e` with `0.5 <= m < 1` (for finite non-zero `v`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn float_hash(o: Obj) -> PyResult<i64> {
    Ok(hash_float(float_value(o)))
}

/// Compare a float with an int exactly.
fn compare_float_int(f: f64, i: &IntVal) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    if let IntVal::Small(s) = i {
        if s.unsigned_abs() < (1 << 53) {
            return f.partial_cmp(&(*s as f64));
        }
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl).expect("finite");
    let ib = i.to_big();
    match fb.cmp(&ib) {
        std::cmp::Ordering::Equal if f > fl => Some(std::cmp::Ordering::Greater),
        o => Some(o),
    }
}

fn float_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    let x = float_value(a);
    let ord = if is_float(b) {
        x.partial_cmp(&float_value(b))
    } else if let Some(i) = int_view(b) {
        compare_float_int(x, &i)
    } else {
        return Ok(not_implemented());
    };
    Ok(new_bool(match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    }))
}

/// Both operands as floats, if this is a float operation (one side float, other int/float).
fn operands(a: Obj, b: Obj) -> Option<PyResult<(f64, f64)>> {
    if !is_float(a) && !is_float(b) {
        return None;
    }
    let x = as_f64_operand(a)?;
    let y = as_f64_operand(b)?;
    Some(x.and_then(|x| y.map(|y| (x, y))))
}

fn float_binop(a: Obj, b: Obj, f: fn(f64, f64) -> PyResult<Obj>) -> PyResult<Obj> {
    match operands(a, b) {
        None => Ok(not_implemented()),
        Some(r) => {
            let (x, y) = r?;
            f(x, y)
        }
    }
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float floor division, consistent with `float_mod` (`float_divmod`).
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv + 1.0
        } else {
            floordiv
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// `x ** y` for floats, with CPython's errors (`float_pow`).
pub fn float_pow_values(x: f64, y: f64) -> PyResult<Obj> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        // A negative number to a fractional power is complex (`float_pow` defers to complex).
        use crate::types::complex::{complex_power, new_complex, Complex};
        let r = complex_power(Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })?;
        return Ok(new_complex(r.re, r.im));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(r))
}

fn float_pow(a: Obj, b: Obj, m: Obj) -> PyResult<Obj> {
    if !m.is_null() && m != crate::types::none() {
        // As `float_pow`: both operands must convert to float, then the modulus is refused.
        if as_f64_operand(a).is_none() || as_f64_operand(b).is_none() {
            return Ok(not_implemented());
        }
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    float_binop(a, b, float_pow_values)
}

fn float_unary(a: Obj, f: fn(f64) -> f64) -> PyResult<Obj> {
    Ok(new_float(f(float_value(a))))
}

fn float_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("float", args, kwnames, &[""], 0)?;
    let Some(x) = a.get(0) else {
        return Ok(new_float(0.0));
    };
    float_from_object(x)
}

/// `float(x)` (`PyNumber_Float`).
pub fn float_from_object(x: Obj) -> PyResult<Obj> {
    // A class's `__float__` (a float subclass's too) goes first; a float subclass it returns
    // becomes a plain float (CPython also warns).
    if x.ty().is_heap() {
        if let Some(f) = x.ty().lookup(|t| t.tp_as_number.nb_float) {
            let r = crate::object::Owned::new(f(x)?).expect("non-null");
            if !is_float(r.get()) {
                return Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(x),
                    type_name(r.get())
                )));
            }
            return Ok(new_float(float_value(r.get())));
        }
    }
    if is_float(x) {
        return Ok(new_float(float_value(x)));
    }
    if let Some(v) = int_view(x) {
        return Ok(new_float(crate::types::int::int_to_f64(&v)?));
    }
    if x.ty().is_subtype(&STR_TYPE) {
        return crate::format::parse_float(str_value(x)).map(new_float).map_err(value_error);
    }
    if let Some(f) = x.ty().lookup(|t| t.tp_as_number.nb_float) {
        return f(x);
    }
    // `PyNumber_Float` falls back to `__index__`.
    if x.ty().lookup(|t| t.tp_as_number.nb_index).is_some() {
        let (view, _keep) = crate::types::int::index_view(x)?;
        if let Some(v) = view {
            return Ok(new_float(crate::types::int::int_to_f64(&v)?));
        }
    }
    if let Some(b) = crate::types::bytes::buffer(x) {
        return crate::types::number_methods::float_from_buffer(b);
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x))))
}

fn float_int(a: Obj) -> PyResult<Obj> {
    crate::types::int::float_to_int(float_value(a))
}

pub static FLOAT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("float"),
    tp_dealloc: float_dealloc,
    // `tp_getattro` serves `real`/`imag`/`numerator`/`denominator` only.
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE | crate::typeobj::TPFLAGS_METHODS_GENERIC,
    tp_basicsize: std::mem::size_of::<PyBox<f64>>(),
    tp_repr: Some(float_repr),
    tp_hash: Some(float_hash),
    tp_richcompare: Some(float_richcompare),
    tp_new: Some(float_new),
    tp_as_number: NumberMethods {
        nb_add: Some(|a, b| float_binop(a, b, |x, y| Ok(new_float(x + y)))),
        nb_subtract: Some(|a, b| float_binop(a, b, |x, y| Ok(new_float(x - y)))),
        nb_multiply: Some(|a, b| float_binop(a, b, |x, y| Ok(new_float(x * y)))),
        nb_true_divide: Some(|a, b| {
            float_binop(a, b, |x, y| {
                if y == 0.0 {
                    return Err(zero_division("float division by zero"));
                }
                Ok(new_float(x / y))
            })
        }),
        nb_floor_divide: Some(|a, b| {
            float_binop(a, b, |x, y| {
                if y == 0.0 {
                    return Err(zero_division("float floor division by zero"));
                }
                Ok(new_float(float_floordiv(x, y)))
            })
        }),
        nb_remainder: Some(|a, b| {
            float_binop(a, b, |x, y| {
                if y == 0.0 {
                    return Err(zero_division("float modulo"));
                }
                Ok(new_float(float_mod(x, y)))
            })
        }),
        nb_divmod: Some(|a, b| {
            float_binop(a, b, |x, y| {
                if y == 0.0 {
                    return Err(zero_division("float divmod()"));
                }
                Ok(crate::types::tuple::new_tuple(vec![new_float(float_floordiv(x, y)), new_float(float_mod(x, y))]))
            })
        }),
        nb_power: Some(float_pow),
        nb_negative: Some(|a| float_unary(a, |x| -x)),
        nb_positive: Some(|a| float_unary(a, |x| x)),
        nb_absolute: Some(|a| float_unary(a, f64::abs)),
        nb_bool: Some(|a| Ok(!float_value(a).is_zero())),
        nb_int: Some(float_int),
        nb_float: Some(|a| Ok(new_float(float_value(a)))),
        ..NumberMethods::NONE
    },
    methods: &crate::types::number_methods::FLOAT_METHODS,
    tp_getattro: Some(crate::types::number_methods::float_getattro),
    ..TypeObject::DEFAULT
};

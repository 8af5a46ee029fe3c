//! The abstract object protocols: operators, comparison, truth, hashing, `repr`/`str`,
//! iteration, `len`, subscripting, containment and `format`.
//!
//! Everything here dispatches through type slots only (`typeobj.rs`). It follows CPython's
//! `Objects/abstract.c` (`binary_op1`, `PyNumber_*`, `PySequence_Contains`,
//! `PyObject_GetItem`) and `Objects/object.c` (`do_richcompare`, `PyObject_IsTrue`,
//! `PyObject_Repr`).

use crate::errors::{type_error, PyResult, Raised};
use crate::object::{Obj, Owned};
use crate::typeobj::{BinaryFunc, CompareOp, NumberMethods, TypeObject};
use crate::types::int::{int_view, new_bool, IntVal};
use crate::types::str::{is_str, new_string, str_value};
use crate::types::{none, not_implemented, type_name};
use std::cell::RefCell;

/// Binary operators, numbered as the compiler emits them.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    And = 9,
    Or = 10,
    Xor = 11,
    MatMul = 12,
}

impl BinOp {
    pub fn from_u32(v: u32) -> Option<BinOp> {
        use BinOp::*;
        Some(match v {
            0 => Add,
            1 => Sub,
            2 => Mul,
            3 => TrueDiv,
            4 => FloorDiv,
            5 => Mod,
            6 => Pow,
            7 => LShift,
            8 => RShift,
            9 => And,
            10 => Or,
            11 => Xor,
            12 => MatMul,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            MatMul => "@",
        }
    }

    /// The binary number slot of this operator (`None` for `**`, whose slot is ternary).
    pub(crate) fn slot(self, nb: &NumberMethods) -> Option<BinaryFunc> {
        use BinOp::*;
        match self {
            Add => nb.nb_add,
            Sub => nb.nb_subtract,
            Mul => nb.nb_multiply,
            TrueDiv => nb.nb_true_divide,
            FloorDiv => nb.nb_floor_divide,
            Mod => nb.nb_remainder,
            Pow => None, // ternary: see `power`
            LShift => nb.nb_lshift,
            RShift => nb.nb_rshift,
            And => nb.nb_and,
            Or => nb.nb_or,
            Xor => nb.nb_xor,
            MatMul => nb.nb_matrix_multiply,
        }
    }
}

fn number_slot(t: &'static TypeObject, op: BinOp) -> Option<BinaryFunc> {
    t.lookup(|ty| op.slot(&ty.tp_as_number))
}

/// The binary-operator protocol (`binary_op1`): try the left operand's slot, then the right
/// operand's reflected slot; when the right operand's type is a subclass of the left's, its
/// slot goes first. A slot answers `NotImplemented` to decline.
fn binary_op1(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    let (ta, tb) = (a.ty(), b.ty());
    let slota = number_slot(ta, op);
    let slotb = if std::ptr::eq(ta, tb) { None } else { number_slot(tb, op) };
    let slotb = match (slota, slotb) {
        (Some(x), Some(y)) if x as usize == y as usize => None,
        (_, s) => s,
    };
    if let Some(sa) = slota {
        if let Some(sb) = slotb {
            if tb.is_subtype(ta) {
                let r = sb(a, b)?;
                if r != not_implemented() {
                    return Ok(r);
                }
                return sa(a, b);
            }
        }
        let r = sa(a, b)?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if let Some(sb) = slotb {
        return sb(a, b);
    }
    Ok(not_implemented())
}

/// `a <op> b`. Two instances of one class with a Python `__op__` take the short path: the
/// function called directly (`slots::binary_same_class`).
#[inline]
pub fn binary_op(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    if let Some(r) = crate::slots::binary_same_class(a, b, op) {
        let r = r?;
        if r != not_implemented() {
            return Ok(r);
        }
        return binary_op_declined(a, b, op, op.symbol());
    }
    binary_op_as(a, b, op, op.symbol())
}

/// `a <op> b` at a compiled site with a cache record (`ophis_binary_op_ic`): when both
/// operands are instances of one class with a Python `__op__`, the record is filled so that
/// compiled code calls that function itself next time (see `docs/design/inline-caches.md`).
pub fn binary_op_ic(a: Obj, b: Obj, op: BinOp, ic: &crate::attrcache::SiteCache) -> PyResult<Obj> {
    if let Some(f) = crate::slots::binary_same_class_function(a, b, op) {
        crate::slots::fill_operator_site(ic, a.ty(), f);
        let r = crate::slots::call_function2(f, a, b)?;
        if r != not_implemented() {
            return Ok(r);
        }
        return binary_op_declined(a, b, op, op.symbol());
    }
    binary_op(a, b, op)
}

/// `a <op> b` after the left operand's class's `__op__` answered `NotImplemented` for two
/// instances of that class (compiled code's inline call): the rest of the protocol.
pub fn binary_op_after_declined(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    binary_op_declined(a, b, op, op.symbol())
}

/// `a <op> b`, naming the operator `sym` in a `TypeError` (`+=` for an in-place operator).
#[inline(never)]
fn binary_op_as(a: Obj, b: Obj, op: BinOp, sym: &str) -> PyResult<Obj> {
    if op == BinOp::Pow {
        return power_as(a, b, none(), sym);
    }
    let r = match crate::slots::binary_same_class(a, b, op) {
        Some(r) => r?,
        None => binary_op1(a, b, op)?,
    };
    if r != not_implemented() {
        return Ok(r);
    }
    binary_op_declined(a, b, op, sym)
}

/// The end of `a <op> b` once both operands' number slots declined (`binary_op1` answered
/// `NotImplemented`): sequence concatenation and repetition, else the `TypeError`.
#[inline(never)]
fn binary_op_declined(a: Obj, b: Obj, op: BinOp, sym: &str) -> PyResult<Obj> {
    match op {
        BinOp::Add => {
            if let Some(concat) = a.ty().lookup(|t| t.sq_concat) {
                return concat(a, b);
            }
        }
        BinOp::Mul => {
            if let Some(rep) = a.ty().lookup(|t| t.sq_repeat) {
                return sequence_repeat(rep, a, b);
            }
            if let Some(rep) = b.ty().lookup(|t| t.sq_repeat) {
                return sequence_repeat(rep, b, a);
            }
        }
        _ => {}
    }
    Err(crate::types::int::unsupported(a, b, sym))
}

fn sequence_repeat(rep: crate::typeobj::RepeatFunc, seq: Obj, n: Obj) -> PyResult<Obj> {
    let (view, _keep) = crate::types::int::index_view(n)?;
    match view {
        Some(IntVal::Small(k)) => rep(seq, k),
        // A count within `Py_ssize_t` is used as is (the sequence reports a result too large);
        // beyond it, either sign is an overflow (`PyNumber_AsSsize_t`).
        Some(IntVal::Big(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(k) => rep(seq, k),
            None => {
                Err(crate::errors::overflow_error(format!("cannot fit '{}' into an index-sized integer", type_name(n))))
            }
        },
        None => Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n)))),
    }
}

/// `a <op>= b` (`binary_iop1`): the left operand's in-place slot when it has one (lists,
/// sets, dicts update themselves), else the binary operator.
pub fn inplace_op(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    let slot = a.ty().lookup(|t| crate::slots::inplace_field(t, op));
    if let Some(f) = slot {
        let r = f(a, b)?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    let sym = if op == BinOp::Pow { "**=".to_string() } else { format!("{}=", op.symbol()) };
    binary_op_as(a, b, op, &sym)
}

/// `pow(a, b, m)`; `m` is `None` for the two-argument form.
pub fn power(a: Obj, b: Obj, m: Obj) -> PyResult<Obj> {
    power_as(a, b, m, "** or pow()")
}

fn power_as(a: Obj, b: Obj, m: Obj, sym: &str) -> PyResult<Obj> {
    let (ta, tb) = (a.ty(), b.ty());
    let pa = ta.lookup(|t| t.tp_as_number.nb_power);
    let pb = if std::ptr::eq(ta, tb) { None } else { tb.lookup(|t| t.tp_as_number.nb_power) };
    // One function serving both operands is offered the operation once (`ternary_op`).
    let pb = pb.filter(|f| pa.map(|x| x as usize) != Some(*f as usize));
    // `ternary_op` also offers the operation to the modulus's type.
    let tc = m.ty();
    let pc = if m == none() || std::ptr::eq(tc, ta) || std::ptr::eq(tc, tb) {
        None
    } else {
        tc.lookup(|t| t.tp_as_number.nb_power)
    };
    for slot in [pa, pb, pc].into_iter().flatten() {
        let r = slot(a, b, m)?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if m == none() {
        Err(crate::types::int::unsupported(a, b, sym))
    } else {
        Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            type_name(a),
            type_name(b),
            type_name(m)
        )))
    }
}

/// Unary operators, numbered as the compiler emits them.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
}

pub fn unary_op(a: Obj, op: UnaryOp) -> PyResult<Obj> {
    let (slot, sym) = match op {
        UnaryOp::Neg => (a.ty().lookup(|t| t.tp_as_number.nb_negative), "-"),
        UnaryOp::Pos => (a.ty().lookup(|t| t.tp_as_number.nb_positive), "+"),
        UnaryOp::Invert => (a.ty().lookup(|t| t.tp_as_number.nb_invert), "~"),
    };
    match slot {
        Some(f) => f(a),
        None => Err(type_error(format!("bad operand type for unary {sym}: '{}'", type_name(a)))),
    }
}

/// `abs(x)`.
pub fn absolute(a: Obj) -> PyResult<Obj> {
    match a.ty().lookup(|t| t.tp_as_number.nb_absolute) {
        Some(f) => f(a),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name(a)))),
    }
}

/// Rich comparison (`do_richcompare`): reflected first when the right operand's type is a
/// proper subclass of the left's; `==`/`!=` fall back to identity; ordering raises.
///
/// Two objects of one exact `str`/`int`/`float` type compare by value at once; two instances
/// of one class with a Python comparison method call it directly (should it decline, the rest
/// of the protocol follows: the reflected method, identity).
#[inline]
pub fn rich_compare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if let Some(r) = compare_exact_builtin(a, b, op) {
        return Ok(new_bool(r));
    }
    if let Some(r) = crate::slots::compare_same_class(a, b, op) {
        let r = r?;
        if r != not_implemented() {
            return Ok(r);
        }
        return rich_compare_protocol(a, b, op, true);
    }
    rich_compare_protocol(a, b, op, false)
}

/// A comparison at a compiled site with a cache record (`ophis_compare_ic`): when both
/// operands are instances of one class with a Python comparison method for `op`, the record
/// is filled so that compiled code calls that function itself next time.
pub fn compare_ic(a: Obj, b: Obj, op: CompareOp, ic: &crate::attrcache::SiteCache) -> PyResult<Obj> {
    if let Some(r) = compare_exact_builtin(a, b, op) {
        return Ok(new_bool(r));
    }
    if let Some(f) = crate::slots::compare_same_class_function(a, b, op) {
        crate::slots::fill_operator_site(ic, a.ty(), f);
        let r = crate::slots::call_function2(f, a, b)?;
        if r != not_implemented() {
            return Ok(r);
        }
        return rich_compare_protocol(a, b, op, true);
    }
    rich_compare(a, b, op)
}

/// A comparison after `a`'s own method answered `NotImplemented` for two instances of one
/// class (compiled code's inline call): the reflected method, then identity or the error.
pub fn compare_after_declined(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    rich_compare_protocol(a, b, op, true)
}

/// A comparison as a condition (`COMPARE_OP` then the jump's truth test): unlike
/// [`rich_compare_bool`], no identity shortcut, since `if x == x:` calls `__eq__`.
#[inline]
pub fn compare_truth(a: Obj, b: Obj, op: CompareOp) -> PyResult<bool> {
    if let Some(r) = compare_exact_builtin(a, b, op) {
        return Ok(r);
    }
    truth_of_result(rich_compare(a, b, op)?)
}

/// The truth of a comparison's result (stolen), `True`/`False` without the protocol.
#[inline]
pub fn truth_of_result(r: Obj) -> PyResult<bool> {
    if r == crate::types::int::TRUE.obj() {
        return Ok(true);
    }
    if r == crate::types::int::FALSE.obj() {
        return Ok(false);
    }
    let r = Owned::new(r).expect("non-null");
    is_true(r.get())
}

/// `do_richcompare`; `a_tried`: `a`'s own method was already called and declined (operands
/// of one class).
#[inline(never)]
fn rich_compare_protocol(a: Obj, b: Obj, op: CompareOp, a_tried: bool) -> PyResult<Obj> {
    let _level = crate::errors::RecursionGuard::enter(" in comparison")?;
    let (ta, tb) = (a.ty(), b.ty());
    let fa = if a_tried { None } else { ta.lookup(|t| t.tp_richcompare) };
    let fb = tb.lookup(|t| t.tp_richcompare);
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = fb {
            checked_reverse = true;
            let r = f(b, a, op.swapped())?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    if let Some(f) = fa {
        let r = f(a, b, op)?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = fb {
            let r = f(b, a, op.swapped())?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(new_bool(a == b)),
        CompareOp::Ne => Ok(new_bool(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// The comparison of two objects of one exact built-in type whose order is a plain value
/// comparison (`str`, `int` within a word, `float`), without the protocol: what the types'
/// own `tp_richcompare` would answer. `None` for anything else. Identical `str`s are equal
/// without reading them (a float is not: NaN).
#[inline(always)]
fn compare_exact_builtin(a: Obj, b: Obj, op: CompareOp) -> Option<bool> {
    use crate::types::float::FLOAT_TYPE;
    use crate::types::str::STR_TYPE;
    if a.is_small() && b.is_small() {
        return Some(op.test(a.small_value().cmp(&b.small_value())));
    }
    if a.is_small() || b.is_small() {
        return None;
    }
    let ta = a.ty();
    if !std::ptr::eq(ta, b.ty()) {
        return None;
    }
    if std::ptr::eq(ta, &STR_TYPE) {
        if a == b {
            return Some(matches!(op, CompareOp::Eq | CompareOp::Le | CompareOp::Ge));
        }
        return Some(op.test(str_value(a).cmp(str_value(b))));
    }
    if std::ptr::eq(ta, &FLOAT_TYPE) {
        let (x, y) = (crate::types::float::float_value(a), crate::types::float::float_value(b));
        return Some(match x.partial_cmp(&y) {
            Some(ord) => op.test(ord),
            None => op == CompareOp::Ne,
        });
    }
    None
}

/// Rich comparison as a truth value, with the identity shortcut of
/// `PyObject_RichCompareBool` for `==` and `!=`.
pub fn rich_compare_bool(a: Obj, b: Obj, op: CompareOp) -> PyResult<bool> {
    if a == b {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    if let Some(r) = compare_exact_builtin(a, b, op) {
        return Ok(r);
    }
    truth_of_result(rich_compare(a, b, op)?)
}

/// Truth value (`PyObject_IsTrue`): `__bool__`, then `__len__`, else true.
pub fn is_true(o: Obj) -> PyResult<bool> {
    if o.is_small() {
        return Ok(o.small_value() != 0);
    }
    if o == crate::types::int::TRUE.obj() {
        return Ok(true);
    }
    if o == crate::types::int::FALSE.obj() || o == none() {
        return Ok(false);
    }
    let t = o.ty();
    if let Some(f) = t.lookup(|t| t.tp_as_number.nb_bool) {
        return f(o);
    }
    if let Some(f) = t.lookup(|t| t.sq_length) {
        return Ok(f(o)? != 0);
    }
    Ok(true)
}

/// `hash(o)`.
pub fn hash(o: Obj) -> PyResult<i64> {
    if o.is_small() {
        return Ok(crate::types::int::hash_int(&IntVal::Small(o.small_value())));
    }
    match o.ty().lookup(|t| t.tp_hash) {
        Some(f) => f(o),
        None => Err(unhashable(o)),
    }
}

/// `tp_hash` of mutable containers: always raises.
pub fn hash_unhashable(o: Obj) -> PyResult<i64> {
    Err(unhashable(o))
}

fn unhashable(o: Obj) -> Raised {
    type_error(format!("unhashable type: '{}'", type_name(o)))
}

/// `repr(o)` as a str object (`PyObject_Repr`: the result must be a str).
pub fn repr(o: Obj) -> PyResult<Obj> {
    let _level = crate::errors::RecursionGuard::enter(" while getting the repr of an object")?;
    let r = match o.ty().lookup(|t| t.tp_repr) {
        Some(f) => f(o)?,
        None => return Ok(new_string(format!("<{} object at {:#x}>", type_name(o), o.0))),
    };
    checked_str(r, "__repr__")
}

/// `str(o)` as a str object (`PyObject_Str`): `tp_str`, else `repr`; the result must be a str.
pub fn str(o: Obj) -> PyResult<Obj> {
    if o.is_type(&crate::types::str::STR_TYPE) {
        return Ok(o.incref());
    }
    match o.ty().lookup(|t| t.tp_str) {
        Some(f) => checked_str(f(o)?, "__str__"),
        None => repr(o),
    }
}

/// `object.__str__`: the type's `__repr__` slot, unchecked (so that a bad result is reported
/// as `__str__`'s, as CPython's `object_str` does).
pub fn object_str(o: Obj) -> PyResult<Obj> {
    match o.ty().lookup(|t| t.tp_repr) {
        Some(f) => f(o),
        None => repr(o),
    }
}

fn checked_str(r: Obj, what: &str) -> PyResult<Obj> {
    if is_str(r) {
        return Ok(r);
    }
    let msg = format!("{what} returned non-string (type {})", type_name(r));
    r.decref();
    Err(type_error(msg))
}

/// `repr(o)` as a Rust string.
pub fn repr_string(o: Obj) -> PyResult<String> {
    let r = Owned::new(repr(o)?).expect("non-null");
    Ok(str_value(r.get()).to_owned())
}

/// `str(o)` as a Rust string.
pub fn str_string(o: Obj) -> PyResult<String> {
    let r = Owned::new(str(o)?).expect("non-null");
    Ok(str_value(r.get()).to_owned())
}

thread_local! {
    static REPR_STACK: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

/// Guards a container's `repr` against infinite recursion (`Py_ReprEnter`/`Py_ReprLeave`):
/// `enter` returns `None` when `o` is already being printed.
pub struct ReprGuard(Obj);

impl ReprGuard {
    pub fn enter(o: Obj) -> Option<ReprGuard> {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&o) {
                None
            } else {
                s.push(o);
                Some(ReprGuard(o))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|&x| x == self.0) {
                s.remove(i);
            }
        });
    }
}

/// `iter(o)`.
pub fn get_iter(o: Obj) -> PyResult<Obj> {
    match o.ty().lookup(|t| t.tp_iter) {
        Some(f) => f(o),
        // A class with `__getitem__` alone iterates by index (`PySeqIter_New`).
        None if o.ty().is_heap() && o.ty().lookup(|t| t.mp_subscript).is_some() => {
            Ok(crate::types::iter::new_getitem_iter(o))
        }
        None => Err(type_error(format!("'{}' object is not iterable", type_name(o)))),
    }
}

/// The next item for a consumer of the iteration protocol (`PyIter_Next`): `Ok(None)` when
/// exhausted, including when the iterator ends by raising `StopIteration` (a generator that
/// returns a value does).
pub fn iter_next(it: Obj) -> PyResult<Option<Obj>> {
    match iter_next_raw(it) {
        Err(e) => {
            if crate::errors::current().ty().is_subtype(&crate::types::exceptions::STOP_ITERATION) {
                crate::errors::fetch().decref();
                return Ok(None);
            }
            Err(e)
        }
        r => r,
    }
}

/// `tp_iternext` itself: a `StopIteration` it raises is left set (for `next()`, which
/// propagates its value).
pub fn iter_next_raw(it: Obj) -> PyResult<Option<Obj>> {
    if crate::types::generator::is_generator(it) {
        return crate::types::generator::gen_iternext(it);
    }
    match it.ty().lookup(|t| t.tp_iternext) {
        Some(f) => f(it),
        None => Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// All items of an iterable, as new references.
pub fn collect_iterable(o: Obj) -> PyResult<Vec<Obj>> {
    if let Some(items) = crate::types::tuple::seq_items(o) {
        return Ok(items.iter().map(|x| x.incref()).collect());
    }
    let it = Owned::new(get_iter(o)?).expect("non-null");
    let mut v = Vec::new();
    loop {
        match iter_next(it.get()) {
            Ok(Some(x)) => v.push(x),
            Ok(None) => return Ok(v),
            Err(e) => {
                v.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        }
    }
}

/// `len(o)`.
pub fn len(o: Obj) -> PyResult<usize> {
    match o.ty().lookup(|t| t.sq_length) {
        Some(f) => f(o),
        None => Err(type_error(format!("object of type '{}' has no len()", type_name(o)))),
    }
}

/// `o[key]`.
pub fn getitem(o: Obj, key: Obj) -> PyResult<Obj> {
    match o.ty().lookup(|t| t.mp_subscript) {
        Some(f) => f(o, key),
        // `C[key]` on a class: its `__class_getitem__` (PEP 560).
        // `type[int]` (`PyObject_GetItem`'s special case).
        None if o == crate::types::typetype::TYPE_TYPE.obj() => {
            Ok(crate::types::genericalias::new_generic_alias(o, key))
        }
        None if crate::types::typetype::as_type(o).is_some() => {
            let name = crate::slots::intern("__class_getitem__");
            match crate::attr::getattr_opt(o, name)? {
                Some(f) => {
                    let f = Owned::new(f).expect("f");
                    crate::call::call(f.get(), &[key], Obj::NULL)
                }
                None => Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    crate::types::typetype::as_type(o).expect("type").name
                ))),
            }
        }
        None => Err(type_error(format!("'{}' object is not subscriptable", type_name(o)))),
    }
}

/// `o[key] = value` (value borrowed).
pub fn setitem(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    match o.ty().lookup(|t| t.mp_ass_subscript) {
        Some(f) => f(o, key, value),
        None => Err(type_error(format!("'{}' object does not support item assignment", type_name(o)))),
    }
}

/// `del o[key]`.
pub fn delitem(o: Obj, key: Obj) -> PyResult<()> {
    match o.ty().lookup(|t| t.mp_ass_subscript) {
        Some(f) => f(o, key, Obj::NULL),
        // `PyObject_DelItem`: a type with sequence methods given an index reports
        // `PySequence_DelItem`'s message; any other pair the generic one.
        None => {
            let ty = o.ty();
            let has_sequence_methods =
                ty.is_heap() || ty.lookup(|t| t.sq_length).is_some() || ty.lookup(|t| t.sq_contains).is_some();
            let index_like = int_view(key).is_some() || key.ty().lookup(|t| t.tp_as_number.nb_index).is_some();
            let verb = if has_sequence_methods && index_like { "doesn't" } else { "does not" };
            Err(type_error(format!("'{}' object {verb} support item deletion", type_name(o))))
        }
    }
}

/// `item in container` (`PySequence_Contains`): `__contains__`, else iterate.
pub fn contains(container: Obj, item: Obj) -> PyResult<bool> {
    if let Some(f) = container.ty().lookup(|t| t.sq_contains) {
        return f(container, item);
    }
    contains_by_iteration(container, item)
}

/// `item in container` by iterating (`_PySequence_IterSearch`), for types without
/// `__contains__`.
pub fn contains_by_iteration(container: Obj, item: Obj) -> PyResult<bool> {
    let ty = container.ty();
    if ty.lookup(|t| t.tp_iter).is_none() && !(ty.is_heap() && ty.lookup(|t| t.mp_subscript).is_some()) {
        return Err(type_error(format!("argument of type '{}' is not iterable", type_name(container))));
    }
    let it = Owned::new(get_iter(container)?).expect("non-null");
    while let Some(x) = iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        if x.get() == item || rich_compare_bool(x.get(), item, CompareOp::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `format(value, spec)` (`PyObject_Format`).
pub fn format(value: Obj, spec: &str) -> PyResult<Obj> {
    use crate::types::str as pystr;
    // A class's own `__format__` (not `object.__format__`, which the built-in bases below
    // implement in Rust).
    if value.ty().is_heap() {
        let name = crate::slots::intern("__format__");
        if let Some(f) = crate::types::heaptype::type_lookup(value.ty(), name) {
            let objects = crate::types::heaptype::type_lookup(&crate::types::typetype::OBJECT_TYPE, name);
            if Some(f) != objects {
                let spec = Owned::new(pystr::new_str(spec)).expect("str");
                let r = Owned::new(crate::slots::call_unbound(f, value, &[spec.get()])?).expect("r");
                if !is_str(r.get()) {
                    return Err(type_error(format!("__format__ must return a str, not {}", type_name(r.get()))));
                }
                return Ok(r.release());
            }
        }
        // Every built-in `__format__` formats the empty spec as `str(self)`, which a class may
        // have overridden.
        if spec.is_empty() {
            return str(value);
        }
    }
    builtin_format(value, spec)
}

/// The built-in types' own `__format__` (`int.__format__`, `float.__format__`,
/// `str.__format__`, `complex.__format__`, `object.__format__`): formats `value` as its
/// built-in base, whatever `__format__` its class defines; the empty spec is `str(value)`.
pub fn builtin_format(value: Obj, spec: &str) -> PyResult<Obj> {
    use crate::types::{float, str as pystr};
    if value.ty().is_heap() && spec.is_empty() {
        return str(value);
    }
    let result = if value.is_type(&crate::types::int::BOOL_TYPE) && spec.is_empty() {
        return str(value);
    } else if let Some(v) = int_view(value) {
        crate::format::format_int_as(&v.to_big(), spec, type_name(value))
    } else if float::is_float(value) {
        crate::format::format_float(float::float_value(value), spec)
    } else if is_str(value) {
        crate::format::format_str(str_value(value), spec)
    } else if spec.is_empty() {
        return str(value);
    } else if crate::types::complex::is_complex(value) {
        let c = crate::types::complex::complex_value(value);
        crate::format::format_complex(c.re, c.im, spec)
    } else {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(value))));
    };
    match result {
        Ok(s) => Ok(pystr::new_string(s)),
        Err(msg) => Err(format_error(msg)),
    }
}

/// The exception for a `format` module error message (see `format.rs`: a few of its
/// messages are CPython `OverflowError`s or a `MemoryError`; the rest are `ValueError`s).
fn format_error(msg: String) -> Raised {
    const OVERFLOW: [&str; 3] = [
        "int too large to convert to float",
        "%c arg not in range(0x110000)",
        "Python int too large to convert to C long",
    ];
    if msg == "MemoryError" {
        crate::errors::raise(&crate::types::exceptions::MEMORY_ERROR, "")
    } else if OVERFLOW.contains(&msg.as_str()) {
        crate::errors::overflow_error(msg)
    } else {
        crate::errors::value_error(msg)
    }
}

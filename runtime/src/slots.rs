//! Special methods and type slots, in both directions (`Objects/typeobject.c`, `slotdefs`).
//!
//! - **Python → slot.** A class's slot table is computed from its dunders ([`update_slots`]):
//!   for each slot, the dunders that feed it are looked up along the MRO. None found: the slot
//!   is empty. All found are wrappers of one built-in type's slot (a class that does not
//!   override `__repr__` finds `object.__repr__`): the class gets that built-in function
//!   itself, so it pays nothing for being a class. Otherwise the slot gets a generic `slot_*`
//!   function that looks the dunder up and calls it (`slot_tp_repr`, `SLOT1BINFULL`, …).
//! - **Slot → Python.** A built-in type's `__dict__` ([`build_builtin_dict`]) holds a method
//!   descriptor per entry of its method table and a *slot wrapper* per slot it defines itself
//!   (`int.__add__`, `object.__init__`, `list.__getitem__`); calling a wrapper calls the slot.
//!
//! The binary-operator slot functions follow `SLOT1BINFULL`: one generic function serves both
//! operand orders, trying a subclass's reflected method first when it overrides it.

use crate::errors::{type_error, PyResult};
use crate::object::{Obj, Owned};
use crate::ops::BinOp;
use crate::typeobj::{CompareOp, TypeObject};
use crate::types::descr;
use crate::types::function::is_function;
use crate::types::heaptype::{self, type_lookup};
use crate::types::int::new_bool;
use crate::types::str::{is_str, new_str};
use crate::types::typetype::as_type;
use crate::types::{none, not_implemented, type_name};
use std::cell::RefCell;
use std::collections::HashMap;

/// One slot a dunder can feed, as far as wrappers and dispatch need to tell them apart.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Slot {
    Repr,
    Str,
    Hash,
    Call,
    Iter,
    Next,
    Init,
    Del,
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    Get,
    Set,
    Delete,
    Cmp(CompareOp),
    Len,
    Contains,
    GetItem,
    SetItem,
    DelItem,
    Bool,
    Neg,
    Pos,
    Invert,
    Abs,
    Int,
    Float,
    Index,
    Bin(BinOp),
    RBin(BinOp),
    IBin(BinOp),
    DivMod,
    RDivMod,
    SqConcat,
    SqRepeat,
    SqRRepeat,
}

/// How many dunders feed slots (the length of [`SLOTDEFS`]).
pub const N_SLOTDEFS: usize = 75;

/// Every dunder with the slot it feeds (CPython's `slotdefs`, in its order of precedence).
/// A dunder's index here also names its entry in a class's [`DunderCache`].
pub static SLOTDEFS: &[(&str, Slot); N_SLOTDEFS] = &[
    ("__repr__", Slot::Repr),
    ("__str__", Slot::Str),
    ("__hash__", Slot::Hash),
    ("__call__", Slot::Call),
    ("__iter__", Slot::Iter),
    ("__next__", Slot::Next),
    ("__init__", Slot::Init),
    ("__del__", Slot::Del),
    ("__getattribute__", Slot::GetAttribute),
    ("__getattr__", Slot::GetAttr),
    ("__setattr__", Slot::SetAttr),
    ("__delattr__", Slot::DelAttr),
    ("__get__", Slot::Get),
    ("__set__", Slot::Set),
    ("__delete__", Slot::Delete),
    ("__lt__", Slot::Cmp(CompareOp::Lt)),
    ("__le__", Slot::Cmp(CompareOp::Le)),
    ("__eq__", Slot::Cmp(CompareOp::Eq)),
    ("__ne__", Slot::Cmp(CompareOp::Ne)),
    ("__gt__", Slot::Cmp(CompareOp::Gt)),
    ("__ge__", Slot::Cmp(CompareOp::Ge)),
    ("__len__", Slot::Len),
    ("__contains__", Slot::Contains),
    ("__getitem__", Slot::GetItem),
    ("__setitem__", Slot::SetItem),
    ("__delitem__", Slot::DelItem),
    ("__bool__", Slot::Bool),
    ("__neg__", Slot::Neg),
    ("__pos__", Slot::Pos),
    ("__invert__", Slot::Invert),
    ("__abs__", Slot::Abs),
    ("__int__", Slot::Int),
    ("__float__", Slot::Float),
    ("__index__", Slot::Index),
    ("__add__", Slot::Bin(BinOp::Add)),
    ("__radd__", Slot::RBin(BinOp::Add)),
    ("__iadd__", Slot::IBin(BinOp::Add)),
    ("__sub__", Slot::Bin(BinOp::Sub)),
    ("__rsub__", Slot::RBin(BinOp::Sub)),
    ("__isub__", Slot::IBin(BinOp::Sub)),
    ("__mul__", Slot::Bin(BinOp::Mul)),
    ("__rmul__", Slot::RBin(BinOp::Mul)),
    ("__imul__", Slot::IBin(BinOp::Mul)),
    ("__truediv__", Slot::Bin(BinOp::TrueDiv)),
    ("__rtruediv__", Slot::RBin(BinOp::TrueDiv)),
    ("__itruediv__", Slot::IBin(BinOp::TrueDiv)),
    ("__floordiv__", Slot::Bin(BinOp::FloorDiv)),
    ("__rfloordiv__", Slot::RBin(BinOp::FloorDiv)),
    ("__ifloordiv__", Slot::IBin(BinOp::FloorDiv)),
    ("__mod__", Slot::Bin(BinOp::Mod)),
    ("__rmod__", Slot::RBin(BinOp::Mod)),
    ("__imod__", Slot::IBin(BinOp::Mod)),
    ("__pow__", Slot::Bin(BinOp::Pow)),
    ("__rpow__", Slot::RBin(BinOp::Pow)),
    ("__ipow__", Slot::IBin(BinOp::Pow)),
    ("__lshift__", Slot::Bin(BinOp::LShift)),
    ("__rlshift__", Slot::RBin(BinOp::LShift)),
    ("__ilshift__", Slot::IBin(BinOp::LShift)),
    ("__rshift__", Slot::Bin(BinOp::RShift)),
    ("__rrshift__", Slot::RBin(BinOp::RShift)),
    ("__irshift__", Slot::IBin(BinOp::RShift)),
    ("__and__", Slot::Bin(BinOp::And)),
    ("__rand__", Slot::RBin(BinOp::And)),
    ("__iand__", Slot::IBin(BinOp::And)),
    ("__or__", Slot::Bin(BinOp::Or)),
    ("__ror__", Slot::RBin(BinOp::Or)),
    ("__ior__", Slot::IBin(BinOp::Or)),
    ("__xor__", Slot::Bin(BinOp::Xor)),
    ("__rxor__", Slot::RBin(BinOp::Xor)),
    ("__ixor__", Slot::IBin(BinOp::Xor)),
    ("__matmul__", Slot::Bin(BinOp::MatMul)),
    ("__rmatmul__", Slot::RBin(BinOp::MatMul)),
    ("__imatmul__", Slot::IBin(BinOp::MatMul)),
    ("__divmod__", Slot::DivMod),
    ("__rdivmod__", Slot::RDivMod),
];

/// The index of dunder `name` in [`SLOTDEFS`] (evaluated at compile time; a name that is not
/// there fails the build).
pub const fn slotdef_index(name: &str) -> usize {
    let mut i = 0;
    while i < N_SLOTDEFS {
        let d = SLOTDEFS[i].0.as_bytes();
        let n = name.as_bytes();
        if d.len() == n.len() {
            let mut j = 0;
            while j < n.len() && d[j] == n[j] {
                j += 1;
            }
            if j == n.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a slot dunder")
}

/// The [`SLOTDEFS`] index of a dunder name, as a constant.
macro_rules! dunder {
    ($name:literal) => {{
        const I: usize = slotdef_index($name);
        I
    }};
}

/// `__op__`, `__rop__`, `__iop__` follow each other in [`SLOTDEFS`], operator by operator in
/// [`BinOp`] order (checked by a test): the index of `op`'s `k`th name.
const fn binop_index(op: BinOp, k: usize) -> usize {
    dunder!("__add__") + 3 * op as usize + k
}

/// The comparison dunders follow each other in [`SLOTDEFS`] in [`CompareOp`] order.
const fn cmp_index(op: CompareOp) -> usize {
    dunder!("__lt__") + op as usize
}

/// A class's dunders as the special-method lookup last found them, one entry per
/// [`SLOTDEFS`] name: `(version, value)`, where `value` is what `type_lookup` found at that
/// class version (borrowed from a class dict on the MRO; null: absent). The version is bumped
/// by every change to the class's or a base's dict (`heaptype::modified`), so an entry whose
/// version is current is what a fresh lookup would find; versions start at 1, so the zeroed
/// entries are empty. This replaces, for the generic slot functions, the hashed probe of the
/// global type cache by one indexed load (CPython gets the same effect from its type
/// version tags and specialised instructions).
pub struct DunderCache {
    entries: [std::cell::Cell<(u64, Obj)>; N_SLOTDEFS],
}

impl DunderCache {
    pub fn new() -> DunderCache {
        DunderCache { entries: std::array::from_fn(|_| std::cell::Cell::new((0, Obj::NULL))) }
    }
}

impl Default for DunderCache {
    fn default() -> Self {
        DunderCache::new()
    }
}

/// The dunder at [`SLOTDEFS`] index `idx` of type `ty` (borrowed), through the class's
/// [`DunderCache`]; a built-in type's through the global type cache.
#[inline]
pub fn lookup_special_in(ty: &'static TypeObject, idx: usize) -> Option<Obj> {
    if !ty.is_heap() {
        return type_lookup(ty, intern(SLOTDEFS[idx].0));
    }
    let h = heaptype::heap(ty);
    let (v, found) = h.dunders.entries[idx].get();
    if v == h.version.get() {
        return (!found.is_null()).then_some(found);
    }
    fill_special(ty, idx)
}

/// A [`DunderCache`] miss: look the dunder up and remember it.
#[cold]
#[inline(never)]
fn fill_special(ty: &'static TypeObject, idx: usize) -> Option<Obj> {
    let h = heaptype::heap(ty);
    let version = h.version.get();
    let entry = &h.dunders.entries[idx];
    let found = type_lookup(ty, intern(SLOTDEFS[idx].0));
    // Stored with the version read before the lookup: should the lookup have changed the
    // class (a key's `__eq__`), the entry misses next time.
    entry.set((version, found.unwrap_or(Obj::NULL)));
    found
}

/// [`lookup_special_in`] for `o`'s type.
#[inline]
fn special(o: Obj, idx: usize) -> Option<Obj> {
    lookup_special_in(o.ty(), idx)
}

/// Call the Python function `f` (borrowed) with exactly these positional arguments,
/// straight through its compiled generic entry: no argument copying, no bound method. A
/// reference to `f` is held for the call, which may rebind whatever held it.
#[inline]
fn call_function_exact<const N: usize>(f: Obj, args: [Obj; N]) -> PyResult<Obj> {
    debug_assert!(is_function(f));
    f.incref();
    let entry = crate::types::function::code_data(crate::types::function::function_data(f).code).entry;
    // SAFETY: `entry` is the compiled generic entry of the function `f`, which stays alive for
    // the call (the reference taken above); `args` holds `N` positional values and no keywords.
    let r = unsafe { entry(f, args.as_ptr(), N, Obj::NULL) };
    f.decref();
    crate::errors::check(r)
}

/// Call the dunder `d` found on `o`'s type with `o` alone.
#[inline]
fn call_dunder0(d: Obj, o: Obj) -> PyResult<Obj> {
    if is_function(d) {
        call_function_exact(d, [o])
    } else {
        call_unbound(d, o, &[])
    }
}

/// Call the dunder `d` found on `o`'s type with `o` and `arg`.
#[inline]
fn call_dunder1(d: Obj, o: Obj, arg: Obj) -> PyResult<Obj> {
    if is_function(d) {
        call_function_exact(d, [o, arg])
    } else {
        call_unbound(d, o, &[arg])
    }
}

/// `o`'s dunder at [`SLOTDEFS`] index `idx` called with `o` and `arg`; `None` when the type
/// lacks it.
#[inline]
fn call_special1(o: Obj, idx: usize, arg: Obj) -> PyResult<Option<Obj>> {
    match special(o, idx) {
        Some(d) => call_dunder1(d, o, arg).map(Some),
        None => Ok(None),
    }
}

/// `o`'s dunder at index `idx` called with `o` alone, which the slot table says exists (it
/// may have been deleted since: then raise as CPython does when the lookup fails).
#[inline]
fn call_required0(o: Obj, idx: usize) -> PyResult<Obj> {
    match special(o, idx) {
        Some(d) => call_dunder0(d, o),
        None => Err(crate::errors::attribute_error(SLOTDEFS[idx].0)),
    }
}

/// [`call_required0`] with one argument.
#[inline]
fn call_required1(o: Obj, idx: usize, arg: Obj) -> PyResult<Obj> {
    match special(o, idx) {
        Some(d) => call_dunder1(d, o, arg),
        None => Err(crate::errors::attribute_error(SLOTDEFS[idx].0)),
    }
}

thread_local! {
    static INTERNED: RefCell<HashMap<&'static str, Obj>> = RefCell::new(HashMap::new());
    /// A direct-mapped cache in front of `INTERNED`, keyed by the literal's address and
    /// length (no hashing of the text on the hot path: slot functions intern on every call).
    static INTERN_CACHE: [std::cell::Cell<(usize, usize, Obj)>; 256] =
        const { [const { std::cell::Cell::new((0, 0, Obj::NULL)) }; 256] };
}

/// An immortal str for a name the runtime looks up often (dunders), so that attribute caches
/// keyed by the name's identity hit.
#[inline]
pub fn intern(s: &'static str) -> Obj {
    let (ptr, len) = (s.as_ptr() as usize, s.len());
    let i = ((ptr >> 3) ^ len) & 255;
    let hit = INTERN_CACHE.with(|c| {
        let (p, l, o) = c[i].get();
        (p == ptr && l == len).then_some(o)
    });
    if let Some(o) = hit {
        return o;
    }
    let o = INTERNED.with(|m| *m.borrow_mut().entry(s).or_insert_with(|| crate::object::make_immortal(new_str(s))));
    INTERN_CACHE.with(|c| c[i].set((ptr, len, o)));
    o
}

/// The str for a constant of compiled code: identifier-like text (ASCII letters, digits,
/// `_`) is interned, as CPython interns such constants, so that the attribute names of every
/// module and of the runtime ([`intern`]) are one object each and the attribute caches' key
/// identity checks hold across modules. Other text gets an immortal str of its own.
pub fn const_str(s: &str) -> Obj {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return crate::object::make_immortal(new_str(s));
    }
    INTERNED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(&o) = m.get(s) {
            return o;
        }
        let o = crate::object::make_immortal(new_str(s));
        // The table lives as long as the program: one leaked copy per distinct name.
        m.insert(Box::leak(s.into()), o);
        o
    })
}

/// (`__op__`, `__rop__`, `__iop__`) for a binary operator.
pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    use BinOp::*;
    match op {
        Add => ("__add__", "__radd__", "__iadd__"),
        Sub => ("__sub__", "__rsub__", "__isub__"),
        Mul => ("__mul__", "__rmul__", "__imul__"),
        TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Mod => ("__mod__", "__rmod__", "__imod__"),
        Pow => ("__pow__", "__rpow__", "__ipow__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        And => ("__and__", "__rand__", "__iand__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Xor => ("__xor__", "__rxor__", "__ixor__"),
        MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

// ---- calling dunders -------------------------------------------------------------------------

/// The dunder `name` of `o`'s type (borrowed), as the special-method lookup finds it: on the
/// type, never the instance (`_PyObject_LookupSpecial`).
pub fn lookup_special(o: Obj, name: &'static str) -> Option<Obj> {
    type_lookup(o.ty(), intern(name))
}

/// Call a dunder found on `o`'s type with `o` as its first argument: a plain function is
/// called directly, another descriptor is bound first (`vectorcall_unbound`).
pub fn call_unbound(descr: Obj, o: Obj, args: &[Obj]) -> PyResult<Obj> {
    if is_function(descr) {
        // Holds its own reference to the function for the call.
        return crate::call::call_function_prepend(descr, o, args, Obj::NULL);
    }
    let descr = Owned::new(descr.incref()).expect("descr");
    match descr.get().ty().lookup(|t| t.tp_descr_get) {
        Some(get) => {
            let bound = Owned::new(get(descr.get(), o, o.ty().obj())?).expect("bound");
            crate::call::call(bound.get(), args, Obj::NULL)
        }
        None => crate::call::call(descr.get(), args, Obj::NULL),
    }
}

/// Call `o.name(*args)` looked up as a special method; `None` when the type lacks it.
pub fn call_special(o: Obj, name: &'static str, args: &[Obj]) -> PyResult<Option<Obj>> {
    match lookup_special(o, name) {
        Some(d) => call_unbound(d, o, args).map(Some),
        None => Ok(None),
    }
}

/// Call a dunder the slot table says exists (it may have been deleted since: then raise as
/// CPython does when the lookup fails).
fn call_required(o: Obj, name: &'static str, args: &[Obj]) -> PyResult<Obj> {
    match call_special(o, name, args)? {
        Some(r) => Ok(r),
        None => Err(crate::errors::attribute_error(name)),
    }
}

// ---- operands of one class: the direct calls -------------------------------------------------

/// The generic binary slot function of each operator, in [`BinOp`] order (`None` for `**`,
/// whose slot is ternary).
static GENERIC_BINARY: [Option<crate::typeobj::BinaryFunc>; 13] = [
    Some(slot_nb_add),
    Some(slot_nb_subtract),
    Some(slot_nb_multiply),
    Some(slot_nb_true_divide),
    Some(slot_nb_floor_divide),
    Some(slot_nb_remainder),
    None,
    Some(slot_nb_lshift),
    Some(slot_nb_rshift),
    Some(slot_nb_and),
    Some(slot_nb_or),
    Some(slot_nb_xor),
    Some(slot_nb_matrix_multiply),
];

/// For `a <op> b` with both operands instances of exactly one class whose slot for `op` is
/// the generic one: its `__op__` when that is a Python function (borrowed). `SLOT1BINFULL`
/// tries only `__op__` then, and its result, `NotImplemented` included, is the slot's.
#[inline]
pub fn binary_same_class_function(a: Obj, b: Obj, op: BinOp) -> Option<Obj> {
    let ty = a.ty();
    if !ty.is_heap() || !std::ptr::eq(ty, b.ty()) {
        return None;
    }
    let slot = op.slot(&heaptype::slot_table(ty).tp_as_number)?;
    let generic = GENERIC_BINARY[op as usize]?;
    if !std::ptr::fn_addr_eq(slot, generic) {
        return None;
    }
    let f = lookup_special_in(ty, binop_index(op, 0))?;
    is_function(f).then_some(f)
}

/// `a <op> b` called straight through [`binary_same_class_function`]'s function; `None`
/// when that does not apply (nothing was called).
#[inline]
pub fn binary_same_class(a: Obj, b: Obj, op: BinOp) -> Option<PyResult<Obj>> {
    binary_same_class_function(a, b, op).map(|f| call_function_exact(f, [a, b]))
}

/// For a comparison of two instances of exactly one class whose comparison slot is the
/// generic one: its dunder for `op` when that is a Python function (borrowed), which
/// `do_richcompare` calls first.
#[inline]
pub fn compare_same_class_function(a: Obj, b: Obj, op: CompareOp) -> Option<Obj> {
    let ty = a.ty();
    if !ty.is_heap() || !std::ptr::eq(ty, b.ty()) {
        return None;
    }
    let slot = heaptype::slot_table(ty).tp_richcompare?;
    if !std::ptr::fn_addr_eq(slot, slot_tp_richcompare as crate::typeobj::RichCmpFunc) {
        return None;
    }
    let f = lookup_special_in(ty, cmp_index(op))?;
    is_function(f).then_some(f)
}

/// The comparison called straight through [`compare_same_class_function`]'s function; `None`
/// when that does not apply (nothing was called).
#[inline]
pub fn compare_same_class(a: Obj, b: Obj, op: CompareOp) -> Option<PyResult<Obj>> {
    compare_same_class_function(a, b, op).map(|f| call_function_exact(f, [a, b]))
}

/// Record in an operator site's cache that two instances of `ty` (at its current version)
/// call the Python function `f` for the site's operator, so that compiled code calls it
/// inline next time (`ophis_binary_op_ic`, `ophis_compare_ic`).
pub fn fill_operator_site(ic: &crate::attrcache::SiteCache, ty: &'static TypeObject, f: Obj) {
    let entry = crate::types::function::code_data(crate::types::function::function_data(f).code).entry;
    ic.fill_operator(ty, f, entry as usize);
}

/// [`call_function_exact`] with two operands, for the operator sites.
#[inline]
pub fn call_function2(f: Obj, a: Obj, b: Obj) -> PyResult<Obj> {
    call_function_exact(f, [a, b])
}

// ---- the generic slot functions ------------------------------------------------------------

/// `__repr__` (the caller, `ops::repr`, checks that the result is a str).
fn slot_tp_repr(o: Obj) -> PyResult<Obj> {
    call_required0(o, dunder!("__repr__"))
}

/// `__str__` (the caller, `ops::str`, checks that the result is a str).
fn slot_tp_str(o: Obj) -> PyResult<Obj> {
    call_required0(o, dunder!("__str__"))
}

fn slot_tp_hash(o: Obj) -> PyResult<i64> {
    let r = Owned::new(call_required0(o, dunder!("__hash__"))?).expect("result");
    // A result that fits is used as is (-1 is reserved for errors); a bigger one is hashed.
    match crate::types::int::int_view(r.get()) {
        Some(crate::types::int::IntVal::Small(v)) => Ok(if v == -1 { -2 } else { v }),
        Some(crate::types::int::IntVal::Big(b)) if num_traits::ToPrimitive::to_i64(b).is_some() => {
            let v = num_traits::ToPrimitive::to_i64(b).expect("fits");
            Ok(if v == -1 { -2 } else { v })
        }
        Some(v) => {
            let h = crate::types::int::hash_int(&v);
            Ok(if h == -1 { -2 } else { h })
        }
        None => Err(type_error("__hash__ method should return an integer")),
    }
}

fn slot_tp_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let Some(d) = lookup_special(o, "__call__") else {
        return Err(type_error(format!("'{}' object is not callable", type_name(o))));
    };
    let d = Owned::new(d.incref()).expect("descr");
    if is_function(d.get()) {
        return crate::call::call_prepend(d.get(), o, args, kwnames);
    }
    let bound = Owned::new(crate::attr::descr_get(d.get(), o, o.ty().obj())?).expect("bound");
    crate::call::call(bound.get(), args, kwnames)
}

fn slot_tp_iter(o: Obj) -> PyResult<Obj> {
    match special(o, dunder!("__iter__")) {
        Some(d) if d == none() => Err(type_error(format!("'{}' object is not iterable", type_name(o)))),
        Some(d) => {
            let r = Owned::new(call_dunder0(d, o)?).expect("result");
            if r.get().ty().lookup(|t| t.tp_iternext).is_none() {
                return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(r.get()))));
            }
            Ok(r.release())
        }
        None => Err(type_error(format!("'{}' object is not iterable", type_name(o)))),
    }
}

/// `__next__`: a `StopIteration` it raises stays set (with its value, which `next()` and
/// `yield from`/`await` delegation see); iteration consumers (`ops::iter_next`) take it as
/// the end.
fn slot_tp_iternext(o: Obj) -> PyResult<Option<Obj>> {
    call_required0(o, dunder!("__next__")).map(Some)
}

pub(crate) fn slot_tp_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let d = lookup_special(o, "__init__").ok_or_else(|| crate::errors::attribute_error("__init__"))?;
    let d = Owned::new(d.incref()).expect("descr");
    let r = if is_function(d.get()) {
        crate::call::call_prepend(d.get(), o, args, kwnames)?
    } else {
        let bound = Owned::new(crate::attr::descr_get(d.get(), o, o.ty().obj())?).expect("bound");
        crate::call::call(bound.get(), args, kwnames)?
    };
    let r = Owned::new(r).expect("result");
    if r.get() != none() {
        return Err(type_error(format!("__init__() should return None, not '{}'", type_name(r.get()))));
    }
    Ok(())
}

fn slot_tp_finalize(o: Obj) {
    // An exception raised by `__del__` is reported and ignored (`PyErr_WriteUnraisable`).
    let saved = crate::errors::fetch();
    if let Err(_e) = call_required(o, "__del__", &[]) {
        let e = crate::errors::fetch();
        let method = lookup_special(o, "__del__").map_or_else(String::new, |m| {
            crate::ops::repr_string(m).unwrap_or_else(|_| {
                crate::errors::fetch().xdecref();
                String::new()
            })
        });
        crate::io::write_stderr(&format!("Exception ignored in: {method}\n{}", crate::errors::format_exception(e)));
        e.decref();
    }
    if !saved.is_null() {
        crate::errors::restore(saved);
    }
}

/// `tp_getattro` of a class with `__getattr__` or its own `__getattribute__`
/// (`slot_tp_getattr_hook`).
fn slot_tp_getattr_hook(o: Obj, name: Obj) -> PyResult<Obj> {
    let getattribute = lookup_special(o, "__getattribute__");
    let r = match getattribute {
        // A built-in `__getattribute__` (`object`'s, or `type`'s for a metaclass): that type's
        // own `tp_getattro`, without a call through the wrapper.
        Some(g) if wrapper_of(g).is_some_and(|(s, _)| s == Slot::GetAttribute) => {
            let (_, owner) = wrapper_of(g).expect("wrapper");
            match owner.tp_getattro {
                Some(f) => f(o, name),
                None => crate::attr::generic_getattr(o, name),
            }
        }
        Some(g) => call_unbound(g, o, &[name]),
        None => crate::attr::generic_getattr(o, name),
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            let Some(ga) = lookup_special(o, "__getattr__") else { return Err(e) };
            if !crate::errors::current().ty().is_subtype(&crate::types::exceptions::ATTRIBUTE_ERROR) {
                return Err(e);
            }
            crate::errors::fetch().decref();
            call_unbound(ga, o, &[name])
        }
    }
}

fn slot_tp_setattro(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let r = if value.is_null() {
        call_required(o, "__delattr__", &[name])?
    } else {
        call_required(o, "__setattr__", &[name, value])?
    };
    r.decref();
    Ok(())
}

fn slot_tp_descr_get(d: Obj, obj: Obj, ty: Obj) -> PyResult<Obj> {
    let obj = if obj.is_null() { none() } else { obj };
    let ty = if ty.is_null() { obj.ty().obj() } else { ty };
    call_required(d, "__get__", &[obj, ty])
}

fn slot_tp_descr_set(d: Obj, obj: Obj, value: Obj) -> PyResult<()> {
    let r = if value.is_null() {
        call_required(d, "__delete__", &[obj])?
    } else {
        call_required(d, "__set__", &[obj, value])?
    };
    r.decref();
    Ok(())
}

fn slot_tp_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    // Whatever the lookup finds is called, `None` included (a `TypeError`, as CPython's
    // `vectorcall_unbound` raises).
    match special(a, cmp_index(op)) {
        Some(d) => call_dunder1(d, a, b),
        None => Ok(not_implemented()),
    }
}

fn slot_tp_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let f = Owned::new(crate::attr::getattr(ty.obj(), intern("__new__"))?).expect("__new__");
    crate::call::call_prepend(f.get(), ty.obj(), args, kwnames)
}

/// A Python `__len__`'s result as a length (`slot_sq_length`).
fn slot_sq_length(o: Obj) -> PyResult<usize> {
    let r = Owned::new(call_required0(o, dunder!("__len__"))?).expect("result");
    let (view, _keep) = crate::types::int::index_view(r.get())?;
    let Some(v) = view else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(r.get()))));
    };
    match v {
        crate::types::int::IntVal::Small(n) if n >= 0 => Ok(n as usize),
        crate::types::int::IntVal::Small(_) => Err(crate::errors::value_error("__len__() should return >= 0")),
        crate::types::int::IntVal::Big(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(crate::errors::value_error("__len__() should return >= 0"))
        }
        crate::types::int::IntVal::Big(_) => {
            Err(crate::errors::overflow_error("cannot fit 'int' into an index-sized integer"))
        }
    }
}

fn slot_sq_contains(o: Obj, item: Obj) -> PyResult<bool> {
    match special(o, dunder!("__contains__")) {
        Some(d) if d == none() => Err(type_error(format!("'{}' object is not a container", type_name(o)))),
        Some(d) => {
            let r = Owned::new(call_dunder1(d, o, item)?).expect("result");
            crate::ops::is_true(r.get())
        }
        None => crate::ops::contains_by_iteration(o, item),
    }
}

fn slot_mp_subscript(o: Obj, key: Obj) -> PyResult<Obj> {
    call_required1(o, dunder!("__getitem__"), key)
}

fn slot_mp_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let r = if value.is_null() {
        // The slot exists because the class defines `__setitem__` or `__delitem__`; the
        // other one missing is an `AttributeError` naming it (`vectorcall_method`).
        match call_special1(o, dunder!("__delitem__"), key)? {
            Some(r) => r,
            None => return Err(crate::errors::attribute_error("__delitem__")),
        }
    } else {
        match call_special(o, "__setitem__", &[key, value])? {
            Some(r) => r,
            None => return Err(crate::errors::attribute_error("__setitem__")),
        }
    };
    r.decref();
    Ok(())
}

fn slot_nb_bool(o: Obj) -> PyResult<bool> {
    match special(o, dunder!("__bool__")) {
        Some(d) => {
            let r = Owned::new(call_dunder0(d, o)?).expect("result");
            if r.get() == crate::types::int::TRUE.obj() {
                Ok(true)
            } else if r.get() == crate::types::int::FALSE.obj() {
                Ok(false)
            } else {
                Err(type_error(format!("__bool__ should return bool, returned {}", type_name(r.get()))))
            }
        }
        None => match special(o, dunder!("__len__")) {
            Some(_) => Ok(slot_sq_length(o)? != 0),
            None => Ok(true),
        },
    }
}

macro_rules! unary_slots {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(o: Obj) -> PyResult<Obj> { call_required0(o, dunder!($name)) })*
    };
}
unary_slots! {
    slot_nb_negative => "__neg__",
    slot_nb_positive => "__pos__",
    slot_nb_invert => "__invert__",
    slot_nb_absolute => "__abs__",
}

fn slot_nb_int(o: Obj) -> PyResult<Obj> {
    let r = Owned::new(call_required0(o, dunder!("__int__"))?).expect("result");
    if crate::types::int::int_view(r.get()).is_none() {
        return Err(type_error(format!("__int__ returned non-int (type {})", type_name(r.get()))));
    }
    Ok(r.release())
}

fn slot_nb_index(o: Obj) -> PyResult<Obj> {
    let r = Owned::new(call_required0(o, dunder!("__index__"))?).expect("result");
    if crate::types::int::int_view(r.get()).is_none() {
        return Err(type_error(format!("__index__ returned non-int (type {})", type_name(r.get()))));
    }
    Ok(r.release())
}

fn slot_nb_float(o: Obj) -> PyResult<Obj> {
    let r = Owned::new(call_required0(o, dunder!("__float__"))?).expect("result");
    if !crate::types::float::is_float(r.get()) {
        return Err(type_error(format!("{}.__float__ returned non-float (type {})", type_name(o), type_name(r.get()))));
    }
    Ok(r.release())
}

/// Is `name` overridden in `sub` relative to `base`? (`method_is_overloaded`.)
fn overrides(base: &'static TypeObject, sub: &'static TypeObject, idx: usize) -> bool {
    lookup_special_in(sub, idx) != lookup_special_in(base, idx)
}

/// `SLOT1BINFULL`: `a <op> b` for classes defining `__op__`/`__rop__` (`names`: their
/// [`SLOTDEFS`] indices); `slot` reads a type's slot for the operator, to recognise which
/// operand's type uses the generic function.
#[inline]
fn slot_binary(a: Obj, b: Obj, names: (usize, usize), slot: fn(&'static TypeObject) -> usize) -> PyResult<Obj> {
    let (ta, tb) = (a.ty(), b.ty());
    if std::ptr::eq(ta, tb) && ta.is_heap() {
        // Operands of one class (whose slot this is): only `__op__` is tried, and its result,
        // `NotImplemented` included, is final.
        return Ok(call_special1(a, names.0, b)?.unwrap_or_else(not_implemented));
    }
    slot_binary_mixed(a, b, names, slot)
}

/// [`slot_binary`] for operands of different types.
fn slot_binary_mixed(a: Obj, b: Obj, names: (usize, usize), slot: fn(&'static TypeObject) -> usize) -> PyResult<Obj> {
    let (ta, tb) = (a.ty(), b.ty());
    let this = slot(ta);
    let a_uses = this != 0 && ta.is_heap() && is_generic(this);
    let tb_slot = slot(tb);
    let mut do_other = !std::ptr::eq(ta, tb) && tb.is_heap() && is_generic(tb_slot);
    if a_uses {
        if do_other && tb.is_subtype(ta) && overrides(ta, tb, names.1) {
            if let Some(r) = call_special1(b, names.1, a)? {
                if r != not_implemented() {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_special1(a, names.0, b)? {
            if r != not_implemented() || std::ptr::eq(ta, tb) {
                return Ok(r);
            }
        }
    }
    if do_other {
        if let Some(r) = call_special1(b, names.1, a)? {
            return Ok(r);
        }
    }
    Ok(not_implemented())
}

/// The generic binary slot functions, one per operator (slots carry no operator argument).
macro_rules! binary_slots {
    ($($f:ident, $inplace:ident => $op:expr, $field:ident, $ifield:ident);* $(;)?) => {
        $(
            fn $f(a: Obj, b: Obj) -> PyResult<Obj> {
                const NAMES: (usize, usize) = (binop_index($op, 0), binop_index($op, 1));
                slot_binary(a, b, NAMES, |t| t.lookup(|x| x.tp_as_number.$field).map_or(0, |f| f as usize))
            }
            fn $inplace(a: Obj, b: Obj) -> PyResult<Obj> {
                match call_special1(a, binop_index($op, 2), b)? {
                    Some(r) => Ok(r),
                    None => Ok(not_implemented()),
                }
            }
        )*
        /// Is `f` one of the generic binary slot functions?
        fn is_generic(f: usize) -> bool {
            [$($f as *const () as usize),*, slot_nb_divmod as *const () as usize, slot_nb_power as *const () as usize]
                .contains(&f)
        }
    };
}
binary_slots! {
    slot_nb_add, slot_nb_inplace_add => BinOp::Add, nb_add, nb_inplace_add;
    slot_nb_subtract, slot_nb_inplace_subtract => BinOp::Sub, nb_subtract, nb_inplace_subtract;
    slot_nb_multiply, slot_nb_inplace_multiply => BinOp::Mul, nb_multiply, nb_inplace_multiply;
    slot_nb_true_divide, slot_nb_inplace_true_divide => BinOp::TrueDiv, nb_true_divide, nb_inplace_true_divide;
    slot_nb_floor_divide, slot_nb_inplace_floor_divide => BinOp::FloorDiv, nb_floor_divide, nb_inplace_floor_divide;
    slot_nb_remainder, slot_nb_inplace_remainder => BinOp::Mod, nb_remainder, nb_inplace_remainder;
    slot_nb_lshift, slot_nb_inplace_lshift => BinOp::LShift, nb_lshift, nb_inplace_lshift;
    slot_nb_rshift, slot_nb_inplace_rshift => BinOp::RShift, nb_rshift, nb_inplace_rshift;
    slot_nb_and, slot_nb_inplace_and => BinOp::And, nb_and, nb_inplace_and;
    slot_nb_or, slot_nb_inplace_or => BinOp::Or, nb_or, nb_inplace_or;
    slot_nb_xor, slot_nb_inplace_xor => BinOp::Xor, nb_xor, nb_inplace_xor;
    slot_nb_matrix_multiply, slot_nb_inplace_matrix_multiply => BinOp::MatMul, nb_matrix_multiply, nb_inplace_matrix_multiply;
}

fn slot_nb_divmod(a: Obj, b: Obj) -> PyResult<Obj> {
    slot_binary(a, b, (dunder!("__divmod__"), dunder!("__rdivmod__")), |t| {
        t.lookup(|x| x.tp_as_number.nb_divmod).map_or(0, |f| f as usize)
    })
}

fn slot_nb_inplace_power(a: Obj, b: Obj) -> PyResult<Obj> {
    match call_special1(a, dunder!("__ipow__"), b)? {
        Some(r) => Ok(r),
        None => Ok(not_implemented()),
    }
}

/// `__pow__`/`__rpow__` (`slot_nb_power`): the two-argument form dispatches like the other
/// binary operators; with a modulus only `__pow__` is tried.
fn slot_nb_power(a: Obj, b: Obj, m: Obj) -> PyResult<Obj> {
    if m == none() {
        return slot_binary(a, b, (dunder!("__pow__"), dunder!("__rpow__")), |t| {
            t.lookup(|x| x.tp_as_number.nb_power).map_or(0, |f| f as usize)
        });
    }
    if a.ty().is_heap()
        && a.ty().lookup(|x| x.tp_as_number.nb_power).map(|f| f as usize) == Some(slot_nb_power as *const () as usize)
    {
        if let Some(r) = call_special(a, "__pow__", &[b, m])? {
            return Ok(r);
        }
    }
    Ok(not_implemented())
}

// ---- computing a class's slot table --------------------------------------------------------

/// How the dunders feeding one slot resolve on a class.
enum Resolved {
    /// No class on the MRO defines any of them.
    Absent,
    /// All are wrappers of this built-in type's slots: inherit its slot function.
    Builtin(&'static TypeObject),
    /// At least one is Python code (or `None`): use the generic slot function.
    Generic,
}

fn resolve(ty: &'static TypeObject, names: &[&'static str]) -> Resolved {
    let mut owner: Option<&'static TypeObject> = None;
    for n in names {
        let Some(v) = type_lookup(ty, intern(n)) else { continue };
        match wrapper_of(v) {
            Some((_, o)) if owner.is_none_or(|x| std::ptr::eq(x, o)) => owner = Some(o),
            _ => return Resolved::Generic,
        }
    }
    owner.map_or(Resolved::Absent, Resolved::Builtin)
}

/// Compute and install the slot table of class `ty` from its dunders (`fixup_slot_dispatchers`).
pub fn update_slots(ty: &'static TypeObject) {
    let mut t = TypeObject { name: crate::typeobj::TypeName::new(ty.name.get()), ..TypeObject::DEFAULT };
    macro_rules! slot {
        ($($path:ident).+ , [$($n:literal),+], $generic:expr) => {
            t.$($path).+ = match resolve(ty, &[$($n),+]) {
                Resolved::Absent => None,
                Resolved::Builtin(owner) => owner.lookup(|x| x.$($path).+),
                Resolved::Generic => Some($generic),
            };
        };
    }
    slot!(tp_repr, ["__repr__"], slot_tp_repr);
    slot!(tp_str, ["__str__"], slot_tp_str);
    slot!(tp_call, ["__call__"], slot_tp_call);
    slot!(tp_iter, ["__iter__"], slot_tp_iter);
    slot!(tp_iternext, ["__next__"], slot_tp_iternext);
    slot!(tp_init, ["__init__"], slot_tp_init);
    slot!(tp_finalize, ["__del__"], slot_tp_finalize);
    slot!(tp_getattro, ["__getattribute__", "__getattr__"], slot_tp_getattr_hook);
    slot!(tp_setattro, ["__setattr__", "__delattr__"], slot_tp_setattro);
    slot!(tp_descr_get, ["__get__"], slot_tp_descr_get);
    slot!(tp_descr_set, ["__set__", "__delete__"], slot_tp_descr_set);
    slot!(tp_richcompare, ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"], slot_tp_richcompare);
    slot!(sq_length, ["__len__"], slot_sq_length);
    slot!(sq_contains, ["__contains__"], slot_sq_contains);
    slot!(mp_subscript, ["__getitem__"], slot_mp_subscript);
    slot!(mp_ass_subscript, ["__setitem__", "__delitem__"], slot_mp_ass_subscript);
    slot!(tp_as_number.nb_bool, ["__bool__"], slot_nb_bool);
    slot!(tp_as_number.nb_negative, ["__neg__"], slot_nb_negative);
    slot!(tp_as_number.nb_positive, ["__pos__"], slot_nb_positive);
    slot!(tp_as_number.nb_invert, ["__invert__"], slot_nb_invert);
    slot!(tp_as_number.nb_absolute, ["__abs__"], slot_nb_absolute);
    slot!(tp_as_number.nb_int, ["__int__"], slot_nb_int);
    slot!(tp_as_number.nb_float, ["__float__"], slot_nb_float);
    slot!(tp_as_number.nb_index, ["__index__"], slot_nb_index);
    slot!(tp_as_number.nb_add, ["__add__", "__radd__"], slot_nb_add);
    slot!(tp_as_number.nb_subtract, ["__sub__", "__rsub__"], slot_nb_subtract);
    slot!(tp_as_number.nb_multiply, ["__mul__", "__rmul__"], slot_nb_multiply);
    slot!(tp_as_number.nb_true_divide, ["__truediv__", "__rtruediv__"], slot_nb_true_divide);
    slot!(tp_as_number.nb_floor_divide, ["__floordiv__", "__rfloordiv__"], slot_nb_floor_divide);
    slot!(tp_as_number.nb_remainder, ["__mod__", "__rmod__"], slot_nb_remainder);
    slot!(tp_as_number.nb_divmod, ["__divmod__", "__rdivmod__"], slot_nb_divmod);
    slot!(tp_as_number.nb_power, ["__pow__", "__rpow__"], slot_nb_power);
    slot!(tp_as_number.nb_lshift, ["__lshift__", "__rlshift__"], slot_nb_lshift);
    slot!(tp_as_number.nb_rshift, ["__rshift__", "__rrshift__"], slot_nb_rshift);
    slot!(tp_as_number.nb_and, ["__and__", "__rand__"], slot_nb_and);
    slot!(tp_as_number.nb_or, ["__or__", "__ror__"], slot_nb_or);
    slot!(tp_as_number.nb_xor, ["__xor__", "__rxor__"], slot_nb_xor);
    slot!(tp_as_number.nb_matrix_multiply, ["__matmul__", "__rmatmul__"], slot_nb_matrix_multiply);
    slot!(tp_as_number.nb_inplace_add, ["__iadd__"], slot_nb_inplace_add);
    slot!(tp_as_number.nb_inplace_subtract, ["__isub__"], slot_nb_inplace_subtract);
    slot!(tp_as_number.nb_inplace_multiply, ["__imul__"], slot_nb_inplace_multiply);
    slot!(tp_as_number.nb_inplace_true_divide, ["__itruediv__"], slot_nb_inplace_true_divide);
    slot!(tp_as_number.nb_inplace_floor_divide, ["__ifloordiv__"], slot_nb_inplace_floor_divide);
    slot!(tp_as_number.nb_inplace_remainder, ["__imod__"], slot_nb_inplace_remainder);
    slot!(tp_as_number.nb_inplace_power, ["__ipow__"], slot_nb_inplace_power);
    slot!(tp_as_number.nb_inplace_lshift, ["__ilshift__"], slot_nb_inplace_lshift);
    slot!(tp_as_number.nb_inplace_rshift, ["__irshift__"], slot_nb_inplace_rshift);
    slot!(tp_as_number.nb_inplace_and, ["__iand__"], slot_nb_inplace_and);
    slot!(tp_as_number.nb_inplace_or, ["__ior__"], slot_nb_inplace_or);
    slot!(tp_as_number.nb_inplace_xor, ["__ixor__"], slot_nb_inplace_xor);
    slot!(tp_as_number.nb_inplace_matrix_multiply, ["__imatmul__"], slot_nb_inplace_matrix_multiply);
    // `__hash__ = None` makes instances unhashable.
    t.tp_hash = match type_lookup(ty, intern("__hash__")) {
        Some(h) if h == none() => Some(crate::ops::hash_unhashable),
        Some(h) => match wrapper_of(h) {
            Some((_, owner)) => owner.lookup(|x| x.tp_hash),
            None => Some(slot_tp_hash),
        },
        None => None,
    };
    // `__new__`: a built-in type's constructor is inherited as is; Python code is called.
    t.tp_new = match type_lookup(ty, intern("__new__")) {
        Some(n) => match descr::new_wrapper_owner(n) {
            Some(owner) if crate::types::subclass::needs_copy(owner) => Some(crate::types::subclass::subtype_new),
            Some(owner) => owner.lookup(|x| x.tp_new),
            None => Some(slot_tp_new),
        },
        None => None,
    };
    // Sequence concatenation and repetition of a built-in base (list, str, tuple…).
    if let Some(base) = static_base(ty) {
        if t.tp_as_number.nb_add.is_none() {
            t.sq_concat = base.lookup(|x| x.sq_concat);
        }
        if t.tp_as_number.nb_multiply.is_none() {
            t.sq_repeat = base.lookup(|x| x.sq_repeat);
        }
    }
    heaptype::set_slot_table(ty, t);
}

/// The nearest built-in type on a class's base chain.
fn static_base(ty: &'static TypeObject) -> Option<&'static TypeObject> {
    let mut t = Some(ty);
    while let Some(x) = t {
        if !x.is_heap() {
            return Some(x);
        }
        t = x.base;
    }
    None
}

// ---- slot wrappers: a built-in type's slots as methods -------------------------------------

/// Does the built-in type `ty` itself (not a base) fill the slot a dunder feeds?
fn defines(ty: &'static TypeObject, slot: Slot) -> bool {
    let nb = &ty.tp_as_number;
    let binop = |op: BinOp| if op == BinOp::Pow { nb.nb_power.is_some() } else { op.slot(nb).is_some() };
    match slot {
        Slot::Repr => ty.tp_repr.is_some(),
        Slot::Str => ty.tp_str.is_some(),
        Slot::Hash => ty.tp_hash.is_some(),
        Slot::Call => ty.tp_call.is_some(),
        Slot::Iter => ty.tp_iter.is_some(),
        Slot::Next => ty.tp_iternext.is_some(),
        Slot::Init => ty.tp_init.is_some(),
        Slot::Del => ty.tp_finalize.is_some(),
        Slot::GetAttribute => ty.tp_getattro.is_some(),
        Slot::GetAttr => false,
        Slot::SetAttr | Slot::DelAttr => ty.tp_setattro.is_some(),
        Slot::Get => ty.tp_descr_get.is_some(),
        Slot::Set | Slot::Delete => ty.tp_descr_set.is_some(),
        Slot::Cmp(_) => ty.tp_richcompare.is_some(),
        Slot::Len => ty.sq_length.is_some(),
        Slot::Contains => ty.sq_contains.is_some(),
        Slot::GetItem => ty.mp_subscript.is_some(),
        Slot::SetItem | Slot::DelItem => ty.mp_ass_subscript.is_some(),
        Slot::Bool => nb.nb_bool.is_some(),
        Slot::Neg => nb.nb_negative.is_some(),
        Slot::Pos => nb.nb_positive.is_some(),
        Slot::Invert => nb.nb_invert.is_some(),
        Slot::Abs => nb.nb_absolute.is_some(),
        Slot::Int => nb.nb_int.is_some(),
        Slot::Float => nb.nb_float.is_some(),
        Slot::Index => nb.nb_index.is_some(),
        Slot::Bin(op) | Slot::RBin(op) => binop(op),
        Slot::IBin(op) => inplace_field(ty, op).is_some(),
        Slot::DivMod | Slot::RDivMod => nb.nb_divmod.is_some(),
        Slot::SqConcat => ty.sq_concat.is_some() && nb.nb_add.is_none(),
        Slot::SqRepeat | Slot::SqRRepeat => ty.sq_repeat.is_some() && nb.nb_multiply.is_none(),
    }
}

pub fn inplace_field(ty: &'static TypeObject, op: BinOp) -> Option<crate::typeobj::BinaryFunc> {
    let nb = &ty.tp_as_number;
    use BinOp::*;
    match op {
        Add => nb.nb_inplace_add,
        Sub => nb.nb_inplace_subtract,
        Mul => nb.nb_inplace_multiply,
        TrueDiv => nb.nb_inplace_true_divide,
        FloorDiv => nb.nb_inplace_floor_divide,
        Mod => nb.nb_inplace_remainder,
        Pow => nb.nb_inplace_power,
        LShift => nb.nb_inplace_lshift,
        RShift => nb.nb_inplace_rshift,
        And => nb.nb_inplace_and,
        Or => nb.nb_inplace_or,
        Xor => nb.nb_inplace_xor,
        MatMul => nb.nb_inplace_matrix_multiply,
    }
}

/// The dict of a built-in type: its methods, its slot wrappers, `__new__`, `__doc__`.
pub fn build_builtin_dict(ty: &'static TypeObject) -> Obj {
    let d = crate::types::dict::new_dict();
    let dd = crate::types::dict::dict_data(d);
    let mut put = |name: &'static str, v: Obj| {
        dd.set(intern(name), v).expect("str keys");
        v.decref();
    };
    for def in ty.methods {
        let d = descr::new_method_descr(ty, def);
        if crate::types::typetype::BUILTIN_CLASS_METHODS.contains(&def.name) {
            put(def.name, descr::new_builtin_classmethod(d));
            d.decref();
        } else {
            put(def.name, d);
        }
    }
    for &(name, slot) in SLOTDEFS {
        if defines(ty, slot) {
            // An unhashable built-in type (`list`, `dict`…) has `__hash__ = None`.
            if matches!(slot, Slot::Hash)
                && ty
                    .tp_hash
                    .is_some_and(|h| std::ptr::fn_addr_eq(h, crate::ops::hash_unhashable as crate::typeobj::HashFunc))
            {
                put(name, none().incref());
                continue;
            }
            put(name, descr::new_wrapper(ty, slot, name));
        }
    }
    if defines(ty, Slot::SqConcat) {
        put("__add__", descr::new_wrapper(ty, Slot::SqConcat, "__add__"));
    }
    if defines(ty, Slot::SqRepeat) {
        put("__mul__", descr::new_wrapper(ty, Slot::SqRepeat, "__mul__"));
        put("__rmul__", descr::new_wrapper(ty, Slot::SqRRepeat, "__rmul__"));
    }
    if ty.tp_new.is_some() {
        put("__new__", descr::new_new_wrapper(ty));
    }
    for (name, v) in descr::extra_builtin_attrs(ty) {
        put(name, v);
    }

    let dd = crate::types::dict::dict_data(d);
    if dd.get(intern("__doc__")).ok().flatten().is_none() {
        dd.set(intern("__doc__"), none()).expect("str keys");
    }
    crate::object::make_immortal(d)
}

/// If `o` is a slot wrapper, its slot and owner type.
pub fn wrapper_of(o: Obj) -> Option<(Slot, &'static TypeObject)> {
    descr::wrapper_parts(o)
}

/// Call a slot wrapper: `owner`'s slot applied to `this` and `args` (`wrap_binaryfunc`, …).
pub fn call_wrapper(
    slot: Slot,
    owner: &'static TypeObject,
    name: &str,
    this: Obj,
    args: &[Obj],
    kwnames: Obj,
) -> PyResult<Obj> {
    let nkw = crate::call::kwnames_len(kwnames);
    let takes_kw = matches!(slot, Slot::Call | Slot::Init);
    if nkw > 0 && !takes_kw {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let want = match slot {
        Slot::Call | Slot::Init => None,
        Slot::Get => None,
        Slot::Repr | Slot::Str | Slot::Hash | Slot::Iter | Slot::Next | Slot::Del | Slot::Len | Slot::Bool => Some(0),
        Slot::Neg | Slot::Pos | Slot::Invert | Slot::Abs | Slot::Int | Slot::Float | Slot::Index => Some(0),
        Slot::SetAttr | Slot::Set | Slot::SetItem => Some(2),
        Slot::Bin(BinOp::Pow) => None,
        _ => Some(1),
    };
    if let Some(n) = want {
        if args.len() != n {
            return Err(type_error(if n == 1 {
                format!("expected 1 argument, got {}", args.len())
            } else {
                format!("expected {n} arguments, got {}", args.len())
            }));
        }
    }
    macro_rules! get {
        ($($f:ident).+) => {
            owner.lookup(|t| t.$($f).+).ok_or_else(|| type_error(format!("slot {name} is missing")))?
        };
    }
    let unit = |r: PyResult<()>| r.map(|()| none().incref());
    match slot {
        Slot::Repr => get!(tp_repr)(this),
        Slot::Str => get!(tp_str)(this),
        Slot::Hash => Ok(crate::types::int::new_int(get!(tp_hash)(this)?)),
        Slot::Call => get!(tp_call)(this, args, kwnames),
        Slot::Iter => get!(tp_iter)(this),
        Slot::Next => match get!(tp_iternext)(this)? {
            Some(v) => Ok(v),
            None => Err(crate::errors::raise(&crate::types::exceptions::STOP_ITERATION, "")),
        },
        Slot::Init => unit(get!(tp_init)(this, args, kwnames)),
        Slot::Del => {
            get!(tp_finalize)(this);
            Ok(none().incref())
        }
        Slot::GetAttribute => {
            if !is_str(args[0]) {
                return Err(type_error(format!("attribute name must be string, not '{}'", type_name(args[0]))));
            }
            get!(tp_getattro)(this, args[0])
        }
        Slot::GetAttr => Err(type_error("__getattr__ is not a slot of built-in types")),
        Slot::SetAttr | Slot::DelAttr => {
            if !is_str(args[0]) {
                return Err(type_error(format!("attribute name must be string, not '{}'", type_name(args[0]))));
            }
            // `hackcheck`: `object.__setattr__` must not bypass `type.__setattr__`.
            if as_type(this).is_some() && !owner.is_subtype(&crate::types::typetype::TYPE_TYPE) {
                let what = if slot == Slot::SetAttr { "__setattr__" } else { "__delattr__" };
                return Err(type_error(format!("can't apply this {what} to {} object", type_name(this))));
            }
            let v = if slot == Slot::SetAttr { args[1] } else { Obj::NULL };
            unit(get!(tp_setattro)(this, args[0], v))
        }
        Slot::Get => {
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!("expected 1 or 2 arguments, got {}", args.len())));
            }
            let obj = if args[0] == none() { Obj::NULL } else { args[0] };
            let ty = args.get(1).copied().filter(|t| *t != none()).unwrap_or(Obj::NULL);
            if obj.is_null() && ty.is_null() {
                return Err(type_error("__get__(None, None) is invalid"));
            }
            get!(tp_descr_get)(this, obj, ty)
        }
        Slot::Set => unit(get!(tp_descr_set)(this, args[0], args[1])),
        Slot::Delete => unit(get!(tp_descr_set)(this, args[0], Obj::NULL)),
        Slot::Cmp(op) => get!(tp_richcompare)(this, args[0], op),
        Slot::Len => Ok(crate::types::int::new_int(get!(sq_length)(this)? as i64)),
        Slot::Contains => Ok(new_bool(get!(sq_contains)(this, args[0])?)),
        Slot::GetItem => get!(mp_subscript)(this, args[0]),
        Slot::SetItem => unit(get!(mp_ass_subscript)(this, args[0], args[1])),
        Slot::DelItem => unit(get!(mp_ass_subscript)(this, args[0], Obj::NULL)),
        Slot::Bool => Ok(new_bool(get!(tp_as_number.nb_bool)(this)?)),
        Slot::Neg => get!(tp_as_number.nb_negative)(this),
        Slot::Pos => get!(tp_as_number.nb_positive)(this),
        Slot::Invert => get!(tp_as_number.nb_invert)(this),
        Slot::Abs => get!(tp_as_number.nb_absolute)(this),
        Slot::Int => get!(tp_as_number.nb_int)(this),
        Slot::Float => get!(tp_as_number.nb_float)(this),
        Slot::Index => get!(tp_as_number.nb_index)(this),
        Slot::Bin(BinOp::Pow) | Slot::RBin(BinOp::Pow) => {
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!("expected 1 or 2 arguments, got {}", args.len())));
            }
            let m = args.get(1).copied().unwrap_or_else(none);
            let f = get!(tp_as_number.nb_power);
            if slot == Slot::Bin(BinOp::Pow) {
                f(this, args[0], m)
            } else {
                f(args[0], this, m)
            }
        }
        Slot::Bin(op) => binop_slot(owner, op, name)?(this, args[0]),
        Slot::RBin(op) => binop_slot(owner, op, name)?(args[0], this),
        Slot::IBin(op) => {
            let f =
                owner.lookup(|t| inplace_field(t, op)).ok_or_else(|| type_error(format!("slot {name} is missing")))?;
            f(this, args[0])
        }
        Slot::DivMod => get!(tp_as_number.nb_divmod)(this, args[0]),
        Slot::RDivMod => get!(tp_as_number.nb_divmod)(args[0], this),
        Slot::SqConcat => get!(sq_concat)(this, args[0]),
        Slot::SqRepeat | Slot::SqRRepeat => {
            let (view, _keep) = crate::types::int::index_view(args[0])?;
            let Some(n) = view else {
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(args[0]))));
            };
            let n = match n {
                crate::types::int::IntVal::Small(k) => k,
                crate::types::int::IntVal::Big(_) => {
                    return Err(crate::errors::overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            };
            get!(sq_repeat)(this, n)
        }
    }
}

fn binop_slot(owner: &'static TypeObject, op: BinOp, name: &str) -> PyResult<crate::typeobj::BinaryFunc> {
    owner.lookup(|t| op.slot(&t.tp_as_number)).ok_or_else(|| type_error(format!("slot {name} is missing")))
}

// ---- the `with` statement --------------------------------------------------------------------

/// The manager's bound `__exit__`, after checking that it has both `__enter__` and
/// `__exit__` (CPython 3.12's `BEFORE_WITH` messages).
pub fn with_exit_of(mgr: Obj) -> PyResult<Obj> {
    if lookup_special(mgr, "__enter__").is_none() {
        return Err(type_error(format!("'{}' object does not support the context manager protocol", type_name(mgr))));
    }
    let Some(exit) = lookup_special(mgr, "__exit__") else {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_name(mgr)
        )));
    };
    let exit = Owned::new(exit.incref()).expect("exit");
    crate::attr::descr_get(exit.get(), mgr, mgr.ty().obj())
}

/// `type(mgr).__enter__(mgr)`.
pub fn with_enter(mgr: Obj) -> PyResult<Obj> {
    call_required(mgr, "__enter__", &[])
}

/// `exit(type(e), e, tb)` as a truth value: does the manager swallow the exception?
pub fn with_exit_exc(exit: Obj, e: Obj) -> PyResult<bool> {
    let tb = Owned::new(crate::types::traceback::traceback_of(e)).expect("traceback");
    let r = crate::call::call(exit, &[e.ty().obj(), e, tb.get()], Obj::NULL)?;
    let r = Owned::new(r).expect("result");
    crate::ops::is_true(r.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index arithmetic of `binop_index` and `cmp_index` matches the table's order.
    #[test]
    fn dunder_indices_follow_slotdefs() {
        for v in 0..13 {
            let op = BinOp::from_u32(v).expect("operator");
            let (n, r, i) = binop_names(op);
            assert_eq!(SLOTDEFS[binop_index(op, 0)].0, n);
            assert_eq!(SLOTDEFS[binop_index(op, 1)].0, r);
            assert_eq!(SLOTDEFS[binop_index(op, 2)].0, i);
        }
        let names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (v, name) in names.iter().enumerate() {
            assert_eq!(SLOTDEFS[cmp_index(CompareOp::from_u32(v as u32))].0, *name);
        }
        assert_eq!(SLOTDEFS[dunder!("__len__")].0, "__len__");
    }
}

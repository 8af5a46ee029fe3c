//! Weak references: `weakref.ref` (`weakref.ReferenceType`), `weakref.proxy`
//! (`weakref.ProxyType`, `weakref.CallableProxyType`), and the clearing of an object's weak
//! references at the moment its last strong reference goes (`Objects/weakrefobject.c`).
//!
//! Where the references live: a side table keyed by the referent's address holds, per object,
//! the list of weak reference objects to it (borrowed: a weak reference removes itself when it
//! is freed), in CPython's list order: the shared plain `ref(o)` first, then the shared plain
//! `proxy(o)`, then references with callbacks, newest first. Objects carry nothing: a class
//! records in its `HeapTypeExt::weakrefs_seen` flag that one of its instances was ever weakly
//! referenced, and the built-in weakly referenceable types (functions, methods, sets, frozensets) share
//! one global flag, so `subtype_dealloc` and those types' deallocators look at the table only
//! when a weak reference may exist ([`clear_if_referenced`]). Types are immortal: a weak
//! reference to one never dies.
//!
//! Clearing ([`clear_weakrefs`], `PyObject_ClearWeakRefs`): every reference is marked dead
//! first, then the callbacks run in list order with the dead reference as argument; an
//! exception in a callback is reported (`Exception ignored in: …`) and dropped. References
//! made by `weakref`'s containers and `finalize` (`stdlib/weakref.rs`) carry an internal
//! owner instead of a Python callback; clearing tells the owner through [`Internal`].
//!
//! Invariants: a live `WeakRef` with a non-null `referent` is in the table under that address
//! exactly once; `referent` is borrowed; `callback` is owned.

use crate::call::kwnames_len;
use crate::errors::{raise, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::ops::BinOp;
use crate::typeobj::{CompareOp, NumberMethods, TypeObject};
use crate::types::exceptions as exc;
use crate::types::heaptype::heap;
use crate::types::str::{new_string, str_value};
use crate::types::{none, not_implemented, type_name};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Who is told when an internal reference dies (see `stdlib/weakref.rs`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Internal {
    /// A plain reference or proxy, with or without a Python callback.
    None,
    /// A `WeakValueDictionary` entry: `owner` is the dictionary, `key` its key.
    ValueDict,
    /// A `WeakKeyDictionary` key: `owner` is the dictionary.
    KeyDict,
    /// A `WeakSet` member: `owner` is the set.
    Set,
    /// A `finalize` object's reference: `owner` is the finalizer.
    Finalize,
}

/// The payload of `weakref.ReferenceType`, `ProxyType` and `CallableProxyType`.
pub struct WeakRef {
    /// The object referred to (borrowed), or null once it has died.
    pub referent: Cell<Obj>,
    /// The Python callback (owned), or null.
    pub callback: Cell<Obj>,
    /// The referent's hash, once computed (it survives the referent).
    hash: Cell<Option<i64>>,
    /// What owns an internal reference, and the owner (borrowed: the owner detaches its
    /// references before it is freed).
    pub internal: Cell<Internal>,
    pub owner: Cell<Obj>,
    /// A `WeakValueDictionary` entry's key (owned), or null.
    pub key: Cell<Obj>,
}

thread_local! {
    /// Referent address → its weak references, in CPython's list order.
    static TABLE: RefCell<HashMap<usize, Vec<Obj>>> = RefCell::new(HashMap::new());
}

/// Set once a built-in object (function, method, set, frozenset) is weakly referenced.
static BUILTIN_SEEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The payload of a weak reference or proxy.
pub fn weakref_data(o: Obj) -> &'static WeakRef {
    payload::<WeakRef>(o)
}

pub fn is_ref(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&REF_TYPE)
}

pub fn is_proxy(o: Obj) -> bool {
    o.is_type(&PROXY_TYPE) || o.is_type(&CALLABLE_PROXY_TYPE)
}

/// Can `o` be weakly referenced? Instances of classes that have `__weakref__`, functions
/// (Python, native and built-in), bound methods, sets, frozensets and types (CPython's
/// `tp_weaklistoffset != 0`).
pub fn weakrefable(o: Obj) -> bool {
    if o.is_small() {
        return false;
    }
    let ty = o.ty();
    if ty.is_heap() {
        return heap(ty).weakrefable;
    }
    std::ptr::eq(ty, &crate::types::function::FUNCTION_TYPE)
        || std::ptr::eq(ty, &crate::types::native::NATIVE_FUNCTION_TYPE)
        || std::ptr::eq(ty, &crate::types::function::BUILTIN_FUNCTION_TYPE)
        || std::ptr::eq(ty, &crate::types::function::BOUND_BUILTIN_TYPE)
        || std::ptr::eq(ty, &crate::types::descr::METHOD_TYPE)
        || std::ptr::eq(ty, &crate::types::set::SET_TYPE)
        || std::ptr::eq(ty, &crate::types::set::FROZENSET_TYPE)
        || ty.is_subtype(&crate::types::typetype::TYPE_TYPE)
}

/// `cannot create weak reference to 'int' object`.
fn check_weakrefable(o: Obj) -> PyResult<()> {
    if weakrefable(o) {
        return Ok(());
    }
    Err(type_error(format!("cannot create weak reference to '{}' object", type_name(o))))
}

fn mark_seen(o: Obj) {
    let ty = o.ty();
    if ty.is_heap() {
        heap(ty).weakrefs_seen.set(true);
    } else {
        BUILTIN_SEEN.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The weak references to `o` (borrowed), in list order.
pub fn refs_to(o: Obj) -> Vec<Obj> {
    TABLE.with(|t| t.borrow().get(&o.0).cloned().unwrap_or_default())
}

/// Is this a reference without callback and owner (the shared `ref(o)` / `proxy(o)`)?
fn is_basic(r: Obj) -> bool {
    let d = weakref_data(r);
    d.callback.get().is_null() && d.internal.get() == Internal::None
}

/// Create a weak reference (or proxy, by `ty`) to `o`. A plain one without callback is shared
/// (`ref(o) is ref(o)`), as `PyWeakref_NewRef` does.
pub fn new_weakref(ty: &'static TypeObject, o: Obj, callback: Obj, internal: Internal, owner: Obj) -> PyResult<Obj> {
    check_weakrefable(o)?;
    let callback = if callback == none() { Obj::NULL } else { callback };
    let plain = callback.is_null() && internal == Internal::None;
    let list = refs_to(o);
    if plain {
        if let Some(r) = list.iter().find(|r| is_basic(**r) && r.is_type(ty)) {
            return Ok(r.incref());
        }
    }
    if o.ty().is_heap() || !o.ty().is_subtype(&crate::types::typetype::TYPE_TYPE) {
        mark_seen(o);
    }
    let r = alloc(
        ty,
        WeakRef {
            referent: Cell::new(o),
            callback: Cell::new(callback.xincref()),
            hash: Cell::new(None),
            internal: Cell::new(internal),
            owner: Cell::new(owner),
            key: Cell::new(Obj::NULL),
        },
    );
    let is_plain_proxy = plain && !std::ptr::eq(ty, &REF_TYPE);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let v = t.entry(o.0).or_default();
        let basics = v.iter().take_while(|r| is_basic(**r)).count();
        let at = if plain && !is_plain_proxy {
            0
        } else if is_plain_proxy {
            // After the shared reference, if there is one.
            usize::from(v.first().is_some_and(|r| is_basic(*r) && r.is_type(&REF_TYPE)))
        } else {
            basics
        };
        v.insert(at, r);
    });
    Ok(r)
}

/// Take `r` out of its referent's list (the reference is being freed or detached).
fn unlink(r: Obj) {
    let o = weakref_data(r).referent.get();
    if o.is_null() {
        return;
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(v) = t.get_mut(&o.0) {
            v.retain(|x| *x != r);
            if v.is_empty() {
                t.remove(&o.0);
            }
        }
    });
}

fn weakref_dealloc(r: Obj) {
    unlink(r);
    let d = weakref_data(r);
    d.callback.replace(Obj::NULL).xdecref();
    d.key.replace(Obj::NULL).xdecref();
    dealloc_box::<WeakRef>(r);
}

/// Forget an internal reference's owner and mark it dead without running anything (an owner
/// being freed, or a finalizer detached).
pub fn detach(r: Obj) {
    unlink(r);
    let d = weakref_data(r);
    d.referent.set(Obj::NULL);
    d.internal.set(Internal::None);
    d.owner.set(Obj::NULL);
}

/// Set once module teardown starts at exit: from then on weak references still die but no
/// callback runs (under CPython every module-level object is garbage by then, weak references
/// and callbacks included, and the collector drops callbacks of garbage references).
static TEARDOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Module teardown at exit has begun (see [`TEARDOWN`]).
pub fn begin_teardown() {
    TEARDOWN.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Called by deallocators of weakly referenceable objects: clear `o`'s weak references if it
/// may have any (its class's flag, or the global flag for built-in objects).
#[inline]
pub fn clear_if_referenced(o: Obj) {
    let ty = o.ty();
    let seen = if ty.is_heap() {
        heap(ty).weakrefs_seen.get()
    } else {
        BUILTIN_SEEN.load(std::sync::atomic::Ordering::Relaxed)
    };
    if seen {
        clear_weakrefs(o);
    }
}

/// `PyObject_ClearWeakRefs`: `o` is dying; every weak reference to it dies now and the
/// callbacks run, in list order.
#[cold]
pub fn clear_weakrefs(o: Obj) {
    let Some(list) = TABLE.with(|t| t.borrow_mut().remove(&o.0)) else { return };
    let saved = crate::errors::fetch();
    let mut calls: Vec<(Owned, Obj)> = Vec::new();
    for r in list {
        let d = weakref_data(r);
        d.referent.set(Obj::NULL);
        let cb = d.callback.replace(Obj::NULL);
        if !cb.is_null() || d.internal.get() != Internal::None {
            calls.push((Owned::new(r.incref()).expect("ref"), cb));
        }
    }
    let teardown = TEARDOWN.load(std::sync::atomic::Ordering::Relaxed);
    for (r, cb) in calls {
        // Read the owner now: an earlier callback may have freed it (which detaches).
        let d = weakref_data(r.get());
        if teardown && matches!(d.internal.get(), Internal::None | Internal::Finalize) {
            cb.xdecref();
            continue;
        }
        if d.internal.get() != Internal::None {
            if !d.owner.get().is_null() {
                crate::stdlib::weakref::internal_callback(d.internal.get(), d.owner.get(), r.get());
            }
            continue;
        }
        let Some(cb) = Owned::new(cb) else { continue };
        if crate::call::call(cb.get(), &[r.get()], Obj::NULL).map(Obj::decref).is_err() {
            crate::errors::write_unraisable(cb.get());
        }
    }
    if !saved.is_null() {
        crate::errors::restore(saved);
    }
}

// ---- weakref.ReferenceType ---------------------------------------------------------------------

fn ref_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    match args.len() {
        0 => Err(type_error("__new__ expected at least 1 argument, got 0")),
        1 | 2 => new_weakref(ty, args[0], args.get(1).copied().unwrap_or(Obj::NULL), Internal::None, Obj::NULL),
        n => Err(type_error(format!("__new__ expected at most 2 arguments, got {n}"))),
    }
}

/// The referent, or `None` once it has died (a new reference).
pub fn referent_or_none(r: Obj) -> Obj {
    let o = weakref_data(r).referent.get();
    if o.is_null() {
        none().incref()
    } else {
        o.incref()
    }
}

fn ref_call(r: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("weakref() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return Err(type_error(format!("weakref expected 0 arguments, got {}", args.len())));
    }
    Ok(referent_or_none(r))
}

/// `<function f>`'s `__name__` for a repr, when the referent has one (`_PyObject_LookupSpecial`).
fn referent_name(o: Obj) -> Option<String> {
    if let Some(t) = crate::types::typetype::as_type(o) {
        return Some(crate::types::heaptype::type_display_name(t));
    }
    if crate::types::function::is_function(o) || crate::types::native::is_native(o) {
        let n = crate::attr::getattr(o, crate::slots::intern("__name__")).ok()?;
        let n = Owned::new(n)?;
        return crate::types::str::is_str(n.get()).then(|| str_value(n.get()).to_string());
    }
    None
}

fn ref_repr(r: Obj) -> PyResult<Obj> {
    let o = weakref_data(r).referent.get();
    if o.is_null() {
        return Ok(new_string(format!("<weakref at {:#x}; dead>", r.0)));
    }
    Ok(new_string(match referent_name(o) {
        Some(n) => format!("<weakref at {:#x}; to '{}' at {:#x} ({n})>", r.0, type_name(o), o.0),
        None => format!("<weakref at {:#x}; to '{}' at {:#x}>", r.0, type_name(o), o.0),
    }))
}

fn ref_hash(r: Obj) -> PyResult<i64> {
    let d = weakref_data(r);
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    let o = d.referent.get();
    if o.is_null() {
        return Err(type_error("weak object has gone away"));
    }
    let h = crate::ops::hash(o)?;
    d.hash.set(Some(h));
    Ok(h)
}

/// Remember the referent's hash now (containers hash their keys while they live).
pub fn prime_hash(r: Obj) -> PyResult<i64> {
    ref_hash(r)
}

fn ref_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !is_ref(a) || !is_ref(b) {
        return Ok(not_implemented().incref());
    }
    let (oa, ob) = (weakref_data(a).referent.get(), weakref_data(b).referent.get());
    if oa.is_null() || ob.is_null() {
        let same = a == b;
        return Ok(crate::types::int::new_bool(same == (op == CompareOp::Eq)));
    }
    let (oa, ob) = (Owned::new(oa.incref()).expect("a"), Owned::new(ob.incref()).expect("b"));
    crate::ops::rich_compare(oa.get(), ob.get(), op)
}

fn ref_getattro(r: Obj, name: Obj) -> PyResult<Obj> {
    if str_value(name) == "__callback__" {
        let cb = weakref_data(r).callback.get();
        return Ok(if cb.is_null() { none() } else { cb }.incref());
    }
    crate::attr::generic_getattr(r, name)
}

pub static REF_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("weakref.ReferenceType"),
    tp_dealloc: weakref_dealloc,
    tp_new: Some(ref_new),
    tp_call: Some(ref_call),
    tp_repr: Some(ref_repr),
    tp_hash: Some(ref_hash),
    tp_richcompare: Some(ref_richcompare),
    tp_getattro: Some(ref_getattro),
    ..TypeObject::DEFAULT
};

// ---- weakref.ProxyType, weakref.CallableProxyType ----------------------------------------------

/// `weakref.proxy(o, callback=None)`.
pub fn new_proxy(o: Obj, callback: Obj) -> PyResult<Obj> {
    check_weakrefable(o)?;
    let callable = o.ty().lookup(|t| t.tp_call).is_some();
    let ty = if callable { &CALLABLE_PROXY_TYPE } else { &PROXY_TYPE };
    new_weakref(ty, o, callback, Internal::None, Obj::NULL)
}

/// The live referent of a proxy (a new reference), or `ReferenceError`.
fn live(p: Obj) -> PyResult<Owned> {
    let o = weakref_data(p).referent.get();
    if o.is_null() {
        return Err(raise(&exc::REFERENCE_ERROR, "weakly-referenced object no longer exists"));
    }
    Ok(Owned::new(o.incref()).expect("referent"))
}

/// A proxy operand replaced by its referent (`UNWRAP` in `weakrefobject.c`).
fn unwrap(o: Obj) -> PyResult<Owned> {
    if is_proxy(o) {
        live(o)
    } else {
        Ok(Owned::new(o.incref()).expect("operand"))
    }
}

fn proxy_getattro(p: Obj, name: Obj) -> PyResult<Obj> {
    let o = live(p)?;
    crate::attr::getattr(o.get(), name)
}

fn proxy_setattro(p: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let o = live(p)?;
    crate::attr::setattr(o.get(), name, value)
}

fn proxy_repr(p: Obj) -> PyResult<Obj> {
    // A dead proxy reports `None` as its referent, as CPython 3.12's `PyWeakref_GET_OBJECT` does.
    let o = weakref_data(p).referent.get();
    let o = if o.is_null() { none() } else { o };
    Ok(new_string(format!("<weakproxy at {:#x} to {} at {:#x}>", p.0, type_name(o), o.0)))
}

fn proxy_str(p: Obj) -> PyResult<Obj> {
    crate::ops::str(live(p)?.get())
}

fn proxy_bool(p: Obj) -> PyResult<bool> {
    crate::ops::is_true(live(p)?.get())
}

fn proxy_len(p: Obj) -> PyResult<usize> {
    let o = live(p)?;
    crate::ops::len(o.get())
}

fn proxy_contains(p: Obj, v: Obj) -> PyResult<bool> {
    let o = live(p)?;
    crate::ops::contains(o.get(), v)
}

fn proxy_getitem(p: Obj, k: Obj) -> PyResult<Obj> {
    let o = live(p)?;
    crate::ops::getitem(o.get(), k)
}

fn proxy_setitem(p: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let o = live(p)?;
    if v.is_null() {
        crate::ops::delitem(o.get(), k)
    } else {
        crate::ops::setitem(o.get(), k, v)
    }
}

fn proxy_iter(p: Obj) -> PyResult<Obj> {
    crate::ops::get_iter(live(p)?.get())
}

fn proxy_call(p: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = live(p)?;
    crate::call::call(o.get(), args, kwnames)
}

fn proxy_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    let (a, b) = (unwrap(a)?, unwrap(b)?);
    crate::ops::rich_compare(a.get(), b.get(), op)
}

fn proxy_binary(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    let (a, b) = (unwrap(a)?, unwrap(b)?);
    crate::ops::binary_op(a.get(), b.get(), op)
}

fn proxy_neg(p: Obj) -> PyResult<Obj> {
    crate::ops::unary_op(live(p)?.get(), crate::ops::UnaryOp::Neg)
}

const PROXY_NUMBER: NumberMethods = NumberMethods {
    nb_add: Some(|a, b| proxy_binary(a, b, BinOp::Add)),
    nb_subtract: Some(|a, b| proxy_binary(a, b, BinOp::Sub)),
    nb_multiply: Some(|a, b| proxy_binary(a, b, BinOp::Mul)),
    nb_true_divide: Some(|a, b| proxy_binary(a, b, BinOp::TrueDiv)),
    nb_floor_divide: Some(|a, b| proxy_binary(a, b, BinOp::FloorDiv)),
    nb_remainder: Some(|a, b| proxy_binary(a, b, BinOp::Mod)),
    nb_negative: Some(proxy_neg),
    nb_bool: Some(proxy_bool),
    ..NumberMethods::NONE
};

fn proxy_hash(p: Obj) -> PyResult<i64> {
    Err(type_error(format!("unhashable type: '{}'", type_name(p))))
}

pub static PROXY_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("weakref.ProxyType"),
    tp_dealloc: weakref_dealloc,
    tp_repr: Some(proxy_repr),
    tp_str: Some(proxy_str),
    tp_hash: Some(proxy_hash),
    tp_richcompare: Some(proxy_richcompare),
    tp_getattro: Some(proxy_getattro),
    tp_setattro: Some(proxy_setattro),
    tp_iter: Some(proxy_iter),
    tp_as_number: PROXY_NUMBER,
    sq_length: Some(proxy_len),
    sq_contains: Some(proxy_contains),
    mp_subscript: Some(proxy_getitem),
    mp_ass_subscript: Some(proxy_setitem),
    ..TypeObject::DEFAULT
};

pub static CALLABLE_PROXY_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("weakref.CallableProxyType"),
    tp_dealloc: weakref_dealloc,
    tp_repr: Some(proxy_repr),
    tp_str: Some(proxy_str),
    tp_hash: Some(proxy_hash),
    tp_richcompare: Some(proxy_richcompare),
    tp_getattro: Some(proxy_getattro),
    tp_setattro: Some(proxy_setattro),
    tp_iter: Some(proxy_iter),
    tp_call: Some(proxy_call),
    tp_as_number: PROXY_NUMBER,
    sq_length: Some(proxy_len),
    sq_contains: Some(proxy_contains),
    mp_subscript: Some(proxy_getitem),
    mp_ass_subscript: Some(proxy_setitem),
    ..TypeObject::DEFAULT
};

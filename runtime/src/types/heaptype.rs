//! Classes ("heap types"): creation, method resolution order, instance layout, attribute
//! lookup on types, and instance deallocation.
//!
//! A class is a [`HeapTypeObject`]: a `TypeObject` (so every protocol reads it like a built-in
//! type) followed by [`HeapTypeExt`]. Its header's type is its metaclass. Classes are
//! immortal: like CPython's, they would rarely be freed before exit, and keeping them alive lets
//! every `&'static TypeObject` in the runtime stay valid.
//!
//! Creation follows `Objects/typeobject.c` (`type_new`): bases are checked, the MRO is computed
//! by C3 (`mro_implementation`), the instance layout extends the "best base" (`best_base`,
//! `solid_base`) with an instance-dict word unless `__slots__` says otherwise and one word per
//! slot, the namespace is copied into the class dict (`__qualname__` and `__classcell__` are
//! taken out; `__new__` becomes a staticmethod, `__init_subclass__` and `__class_getitem__`
//! classmethods; defining `__eq__` without `__hash__` sets `__hash__ = None`), the slot table is
//! computed from the dunders (`slots.rs`), then `__set_name__` and the parent's
//! `__init_subclass__` run.
//!
//! Invariants: a class's MRO starts with the class and ends with `object`; every class in it is
//! a type object. The instance dict of an object lives at `o + dictoffset` of its *own* type
//! (possibly null until first set). `tp_dict` of a built-in type is built lazily and never
//! changes afterwards; a class's dict changes only through `type_setattro`, which bumps the
//! version of the class and of every subclass (used by the attribute caches) and recomputes
//! their slot tables when a dunder changes.

use crate::errors::{attribute_error, type_error, PyResult};
use crate::object::{Obj, ObjHeader, Owned, IMMORTAL_REFCNT};
use crate::typeobj::{TypeObject, TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE};
use crate::types::dict::{dict_data, is_dict, new_dict};
use crate::types::str::{is_str, new_str, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::typetype::{as_type, OBJECT_TYPE, TYPE_TYPE};
use crate::types::{none, type_name};
use std::cell::{Cell, RefCell, UnsafeCell};

/// The class-specific part of a heap type (CPython's `PyHeapTypeObject`).
pub struct HeapTypeExt {
    /// The current slot table (a leaked, immutable `TypeObject` used only for its slots);
    /// replaced as a whole when a dunder of the class or of a base changes.
    slots: Cell<*const TypeObject>,
    /// `__qualname__` (a str, owned).
    pub qualname: Cell<Obj>,
    /// `__bases__` (a tuple, owned).
    pub bases: Cell<Obj>,
    /// Byte offset of the instance `__dict__` word in instances, or 0 when they have none.
    pub dictoffset: usize,
    /// The `__slots__` words this class adds: (attribute name, byte offset).
    pub members: Vec<(String, usize)>,
    /// Bumped whenever the class's attributes (or a base's) change.
    pub version: Cell<u64>,
    /// Direct subclasses, so that changes propagate down.
    pub subclasses: RefCell<Vec<&'static TypeObject>>,
    /// Some instance of exactly this class may hold, in its `__dict__`, a key that is also an
    /// attribute of the class (a method shadowed by an instance attribute), or its dict was
    /// handed to Python code. While false, a lookup that finds a method or class attribute on
    /// the class need not probe the instance dict (`attrcache.rs`). Setting it bumps `version`.
    pub shadowed: Cell<bool>,
    /// The names for which that is known, while `shadowed` is false: an instance stored one
    /// of them while the class had an attribute of that name, or the class (or a base) gained
    /// the attribute after instances may have stored it (exact `str`s, owned). Only lookups
    /// of these names probe the instance dict. Adding one bumps `version`.
    pub shadowed_names: RefCell<Vec<Obj>>,
    /// How many attributes instances ended up with (the largest instance dict freed so far,
    /// capped): the capacity new instance dicts start with.
    pub dict_hint: Cell<usize>,
    /// `(version, __init__)`: at that version, calling the class is `object.__new__` (nothing
    /// abstract) followed by this Python function (borrowed from the class dicts): the fast
    /// path of `type_call`.
    pub ctor: Cell<(u64, Obj)>,
    /// Can instances be weakly referenced (CPython's `tp_weaklistoffset != 0`)?
    pub weakrefable: bool,
    /// Was an instance of exactly this class ever weakly referenced? (`subtype_dealloc`
    /// looks for weak references to clear only then; see `types/weakref.rs`.)
    pub weakrefs_seen: Cell<bool>,
    /// The site cache records whose inline hit (taken by compiled code without reading the
    /// version) names this class: a version bump unlinks them (`attrcache::unlink_inline`).
    pub inline_sites: RefCell<Vec<usize>>,
    /// The shared keys of instances' attribute values (`values.rs`): append-only names
    /// (exact `str`s, owned), an index each for the life of the program.
    pub keys: RefCell<Vec<Obj>>,
    /// The dunders feeding slots, as last looked up per class version (`slots::DunderCache`):
    /// what the generic slot functions call.
    pub dunders: crate::slots::DunderCache,
}

#[repr(C)]
pub struct HeapTypeObject {
    pub ty: TypeObject,
    pub ht: HeapTypeExt,
}

/// The class part of a heap type.
#[inline]
pub fn heap(ty: &'static TypeObject) -> &'static HeapTypeExt {
    debug_assert!(ty.is_heap());
    // SAFETY: a type with `TPFLAGS_HEAPTYPE` is always the first field of a `#[repr(C)]`
    // `HeapTypeObject` (only `create_class` sets the flag), which is never freed.
    unsafe { &(*(ty as *const TypeObject as *const HeapTypeObject)).ht }
}

/// The slot table of a class (see [`TypeObject::lookup`]).
#[inline]
pub fn slot_table(ty: &'static TypeObject) -> &'static TypeObject {
    // SAFETY: slot tables are leaked `TypeObject`s, never freed; replacing the pointer does not
    // invalidate a table already read.
    unsafe { &*heap(ty).slots.get() }
}

/// `cls.__dict__` (borrowed): a class's namespace, or a built-in type's table of methods
/// and slot wrappers, built on first use.
pub fn type_dict(ty: &'static TypeObject) -> Obj {
    // SAFETY: `tp_dict` is written once, here, for a built-in type (single-threaded runtime)
    // and at creation for a class; readers see either null or the final dict.
    let d = unsafe { *ty.tp_dict.get() };
    if !d.is_null() {
        return d;
    }
    let d = crate::slots::build_builtin_dict(ty);
    // SAFETY: as above.
    unsafe { *ty.tp_dict.get() = d };
    d
}

/// `cls.__mro__` (borrowed tuple of types).
pub fn type_mro(ty: &'static TypeObject) -> Obj {
    // SAFETY: as for `tp_dict`.
    let m = unsafe { *ty.tp_mro.get() };
    if !m.is_null() {
        return m;
    }
    let chain = if ty.extra_bases.is_empty() {
        let mut chain = Vec::new();
        let mut t = Some(ty);
        while let Some(x) = t {
            chain.push(x.obj());
            t = x.base;
        }
        chain
    } else {
        // A built-in with several bases: C3, as for a class.
        let bases: Vec<&'static TypeObject> = ty.base.into_iter().chain(ty.extra_bases.iter().copied()).collect();
        c3_mro(ty.obj(), &bases).expect("a built-in type's bases are consistent")
    };
    let m = crate::object::make_immortal(new_tuple(chain));
    // SAFETY: as for `tp_dict`.
    unsafe { *ty.tp_mro.get() = m };
    m
}

/// `cls.__bases__` (a new reference).
pub fn type_bases(ty: &'static TypeObject) -> Obj {
    if ty.is_heap() {
        return heap(ty).bases.get().incref();
    }
    new_tuple(ty.base.into_iter().chain(ty.extra_bases.iter().copied()).map(|b| b.obj()).collect())
}

/// `_PyType_Lookup`: the attribute `name` in the dicts along `ty`'s MRO (borrowed).
pub fn type_lookup(ty: &'static TypeObject, name: Obj) -> Option<Obj> {
    if let Some(v) = crate::attr::cache_lookup(ty, name) {
        return v;
    }
    let found = type_lookup_uncached(ty, name);
    crate::attr::cache_store(ty, name, found);
    found
}

fn type_lookup_uncached(ty: &'static TypeObject, name: Obj) -> Option<Obj> {
    for t in tuple_items(type_mro(ty)) {
        let t = as_type(*t).expect("MRO entries are types");
        match dict_data(type_dict(t)).get(name) {
            Ok(Some(v)) => return Some(v),
            Ok(None) => {}
            // Only a key whose `__eq__` raises can fail here; CPython ignores it too.
            Err(_) => crate::errors::fetch().decref(),
        }
    }
    None
}

/// The same lookup, starting after `start` in `ty`'s MRO (what `super()` does).
pub fn type_lookup_after(ty: &'static TypeObject, start: &'static TypeObject, name: Obj) -> Option<Obj> {
    let mro = tuple_items(type_mro(ty));
    let from = mro.iter().position(|t| t.0 == start.obj().0).map_or(mro.len(), |i| i + 1);
    for t in &mro[from..] {
        let t = as_type(*t).expect("MRO entries are types");
        if let Ok(Some(v)) = dict_data(type_dict(t)).get(name) {
            return Some(v);
        }
    }
    None
}

/// A class's version (0 for built-in types, which never change).
#[inline]
pub fn version(ty: &'static TypeObject) -> u64 {
    if ty.is_heap() {
        heap(ty).version.get()
    } else {
        0
    }
}

/// The address of `o`'s instance-dict word, if its type gives instances a dict.
#[inline]
pub fn instance_dict_ptr(o: Obj) -> Option<*mut Obj> {
    if o.is_small() {
        return None;
    }
    let ty = o.ty();
    if !ty.is_heap() {
        return None;
    }
    let off = heap(ty).dictoffset;
    (off != 0).then_some((o.0 + off) as *mut Obj)
}

/// `o.__dict__`, created on first use or made from the instance's values (borrowed).
pub fn instance_dict(o: Obj) -> Option<Obj> {
    crate::types::values::materialise(o)
}

/// Largest instance-dict capacity a class learns (`dict_hint`).
const DICT_HINT_MAX: usize = 16;

/// Record that an instance of `ty` may shadow a class attribute in its dict, or that its dict
/// escaped to Python code (see `HeapTypeExt::shadowed`). Bumps the version the first time, so
/// that caches filled under the old assumption miss.
pub fn mark_shadowed(ty: &'static TypeObject) {
    if !ty.is_heap() {
        return;
    }
    let h = heap(ty);
    if !h.shadowed.get() {
        h.shadowed.set(true);
        bump_version(ty);
    }
}

/// A new version for `ty`: every cache record filled under the old one misses from now on
/// (the runtime compares versions; compiled code's inline hits are unlinked).
fn bump_version(ty: &'static TypeObject) {
    let h = heap(ty);
    h.version.set(h.version.get() + 1);
    let sites = std::mem::take(&mut *h.inline_sites.borrow_mut());
    for record in sites {
        crate::attrcache::unlink_inline(record, ty);
    }
}

/// Record that an instance of `ty` may hold `name` in its dict while `ty` has an attribute
/// `name` (`HeapTypeExt::shadowed_names`); a name that is not an exact `str` marks the whole
/// class [`shadowed`](mark_shadowed).
pub fn mark_name_shadowed(ty: &'static TypeObject, name: Obj) {
    if !ty.is_heap() {
        return;
    }
    if !name.is_type(&crate::types::str::STR_TYPE) {
        return mark_shadowed(ty);
    }
    let h = heap(ty);
    if h.shadowed.get() || is_name_shadowed(h, name) {
        return;
    }
    h.shadowed_names.borrow_mut().push(name.incref());
    bump_version(ty);
}

fn is_name_shadowed(h: &HeapTypeExt, name: Obj) -> bool {
    let names = h.shadowed_names.borrow();
    names.contains(&name) || names.iter().any(|k| str_value(*k) == str_value(name))
}

/// May an instance of `ty` hold `name` in its dict while `ty` has an attribute `name`? While
/// not, a lookup that finds `name` on the class need not probe the instance dict.
pub fn is_shadowed(ty: &'static TypeObject, name: Obj) -> bool {
    let h = heap(ty);
    h.shadowed.get() || !name.is_type(&crate::types::str::STR_TYPE) || is_name_shadowed(h, name)
}

/// [`mark_name_shadowed`] for `ty` and every subclass: the class attribute `name` was added,
/// which existing instances' dicts may already hold.
fn mark_name_shadowed_tree(ty: &'static TypeObject, name: Obj) {
    mark_name_shadowed(ty, name);
    let subs = heap(ty).subclasses.borrow().clone();
    for s in subs {
        mark_name_shadowed_tree(s, name);
    }
}

thread_local! {
    /// The addresses of live objects whose `__del__` already ran (they were resurrected by
    /// it): their next deallocation frees them without finalizing again.
    static FINALIZED: RefCell<std::collections::HashSet<usize>> = RefCell::new(std::collections::HashSet::new());
    /// Is `FINALIZED` non-empty? (A cheap test for the deallocation fast path.)
    static ANY_FINALIZED: Cell<bool> = const { Cell::new(false) };
}

/// `tp_dealloc` of every class: run `__del__`, release the instance dict and slots, then let
/// the built-in base free the payload (`subtype_dealloc`).
pub fn subtype_dealloc(o: Obj) {
    let ty = o.ty();
    // An object `__del__` resurrected is finalized once only (PEP 442: CPython's
    // `_PyGC_FINALIZED` bit); its address stays in `FINALIZED` until it is freed.
    let finalized_before = ANY_FINALIZED.with(Cell::get)
        && FINALIZED.with(|f| {
            let mut f = f.borrow_mut();
            let found = f.remove(&o.0);
            ANY_FINALIZED.with(|a| a.set(!f.is_empty()));
            found
        });
    if let Some(fin) = ty.lookup(|t| t.tp_finalize).filter(|_| !finalized_before) {
        // Resurrect for the call (`PyObject_CallFinalizerFromDealloc`).
        // SAFETY: `o` is live (count zero, being freed); we own it.
        unsafe { (*(o.0 as *mut ObjHeader)).refcnt = 1 };
        fin(o);
        // SAFETY: as above.
        let left = unsafe {
            let h = o.0 as *mut ObjHeader;
            (*h).refcnt -= 1;
            (*h).refcnt
        };
        if left > 0 {
            // `__del__` stored a new reference somewhere: the object lives on, finalized.
            FINALIZED.with(|f| f.borrow_mut().insert(o.0));
            ANY_FINALIZED.with(|a| a.set(true));
            return;
        }
    }
    // Weak references die after `__del__` and before the slots and the dict are cleared.
    crate::types::weakref::clear_if_referenced(o);
    let mut t = Some(ty);
    while let Some(cur) = t {
        if !cur.is_heap() {
            break;
        }
        for (_, off) in &heap(cur).members {
            // SAFETY: the member offsets of every class on the base chain lie inside `o`.
            unsafe { std::mem::replace(&mut *((o.0 + off) as *mut Obj), Obj::NULL).xdecref() };
        }
        t = cur.base;
    }
    if let Some(p) = instance_dict_ptr(o) {
        // SAFETY: the dict word of the dying object.
        let n = crate::types::values::release(unsafe { std::mem::replace(&mut *p, Obj::NULL) }).min(DICT_HINT_MAX);
        let h = heap(ty);
        if n > h.dict_hint.get() {
            h.dict_hint.set(n);
        }
    }
    let base = t.expect("every class has a built-in type in its base chain");
    (base.tp_dealloc)(o);
}

// ---- class creation ------------------------------------------------------------------------

/// Can instances of `t` be weakly referenced (`tp_weaklistoffset != 0`)?
fn type_weakrefable(t: &'static TypeObject) -> bool {
    if t.is_heap() {
        return heap(t).weakrefable;
    }
    t.is_subtype(&TYPE_TYPE)
        || t.is_subtype(&crate::types::set::SET_TYPE)
        || t.is_subtype(&crate::types::set::FROZENSET_TYPE)
}

/// Are instances of `t` variable-sized in CPython (`tp_itemsize != 0`: `int`, `tuple`,
/// `bytes`)? Their subclasses get no `__weakref__`.
fn var_sized(t: &'static TypeObject) -> bool {
    t.is_subtype(&crate::types::int::INT_TYPE)
        || t.is_subtype(&crate::types::tuple::TUPLE_TYPE)
        || t.is_subtype(&crate::types::bytes::BYTES_TYPE)
}

/// The size of one instance of a type, as classes extend it.
fn effective_size(t: &TypeObject) -> usize {
    if t.tp_basicsize == 0 {
        std::mem::size_of::<crate::object::PyBox<()>>()
    } else {
        t.tp_basicsize
    }
}

/// Does `t` add instance fields to its base? (`extra_ivars`.)
fn extra_ivars(t: &'static TypeObject) -> bool {
    match t.base {
        None => false,
        Some(_) if t.is_heap() => !heap(t).members.is_empty(),
        Some(b) => effective_size(t) != effective_size(b),
    }
}

/// The most derived base whose layout `t`'s instances share (`solid_base`).
fn solid_base(t: &'static TypeObject) -> &'static TypeObject {
    match t.base {
        None => t,
        Some(b) if !extra_ivars(t) => solid_base(b),
        Some(_) => t,
    }
}

/// The base whose layout the new class extends (`best_base`).
fn best_base(bases: &[&'static TypeObject]) -> PyResult<&'static TypeObject> {
    let mut base: Option<&'static TypeObject> = None;
    let mut winner: Option<&'static TypeObject> = None;
    for &b in bases {
        if b.tp_flags & TPFLAGS_BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
        let candidate = solid_base(b);
        match winner {
            None => {
                winner = Some(candidate);
                base = Some(b);
            }
            Some(w) if w.is_subtype(candidate) => {}
            Some(w) if candidate.is_subtype(w) => {
                winner = Some(candidate);
                base = Some(b);
            }
            Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
        }
    }
    Ok(base.expect("at least one base"))
}

/// `mro_internal`: a metaclass that overrides `mro()` decides `__mro__`. The C3 order is
/// already in place, so the override's `super().mro()` sees it; the override's result must
/// hold classes only, and must keep every base's instance layout (its solid base).
fn mro_internal(ty: &'static TypeObject) -> PyResult<()> {
    let cls = ty.obj();
    let meta = cls.ty();
    if std::ptr::eq(meta, &TYPE_TYPE) {
        return Ok(());
    }
    let name = crate::slots::intern("mro");
    let (Some(f), Some(builtin)) = (type_lookup(meta, name), type_lookup(&TYPE_TYPE, name)) else { return Ok(()) };
    if f == builtin {
        return Ok(());
    }
    let f = Owned::new(f.incref()).expect("mro");
    let bound = Owned::new(crate::attr::descr_get(f.get(), cls, meta.obj())?).expect("bound mro");
    let result = Owned::new(crate::call::call(bound.get(), &[], Obj::NULL)?).expect("mro result");
    let items = crate::ops::collect_iterable(result.get())?;
    let items: Vec<Owned> = items.into_iter().map(|o| Owned::new(o).expect("item")).collect();
    let solid = solid_base(ty);
    for it in &items {
        let Some(t) = as_type(it.get()) else {
            return Err(type_error(format!("mro() returned a non-class ('{}')", type_name(it.get()))));
        };
        if !solid.is_subtype(solid_base(t)) {
            return Err(type_error(format!("mro() returned base with unsuitable layout ('{}')", t.name)));
        }
    }
    let mro = new_tuple(items.iter().map(|o| o.get().incref()).collect());
    // SAFETY: the class is not visible to anyone else yet. The C3 tuple it replaces is
    // immortal, like every class's `__mro__`, and stays allocated.
    unsafe { *ty.tp_mro.get() = crate::object::make_immortal(mro) };
    Ok(())
}

/// `type.mro(cls)`: the C3 order of `cls`'s current bases, whatever `__mro__` holds (a
/// metaclass's override may have replaced it).
pub fn mro_implementation(t: &'static TypeObject) -> PyResult<Vec<Obj>> {
    if !t.is_heap() {
        return Ok(tuple_items(type_mro(t)).to_vec());
    }
    let bases: Vec<&'static TypeObject> =
        tuple_items(heap(t).bases.get()).iter().map(|b| as_type(*b).expect("a base is a type")).collect();
    c3_mro(t.obj(), &bases)
}

/// C3 linearisation (`mro_implementation`): the class, then a merge of its bases' MROs and
/// the list of bases, each step taking the first head that is in no other list's tail.
fn c3_mro(cls: Obj, bases: &[&'static TypeObject]) -> PyResult<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = bases.iter().map(|b| tuple_items(type_mro(b)).to_vec()).collect();
    seqs.push(bases.iter().map(|b| b.obj()).collect());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| s[0]).find(|h| !seqs.iter().any(|s| s[1..].contains(h)));
        let Some(head) = head else {
            let mut names: Vec<&str> = Vec::new();
            for s in &seqs {
                let n = as_type(s[0]).expect("type").name.get();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// The metaclass for a class with explicit metaclass `meta` and these bases: the most derived
/// of them (`_PyType_CalculateMetaclass`).
pub fn calculate_metaclass(meta: &'static TypeObject, bases: &[Obj]) -> PyResult<&'static TypeObject> {
    let mut winner = meta;
    for b in bases {
        let t = b.ty();
        if winner.is_subtype(t) {
            continue;
        }
        if t.is_subtype(winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Names in `__slots__`, mangled as the compiler mangles private names.
fn slot_names(class_name: &str, slots: Obj) -> PyResult<Vec<String>> {
    let items = if is_str(slots) { vec![slots.incref()] } else { crate::ops::collect_iterable(slots)? };
    let mut names = Vec::new();
    for it in items {
        let it = Owned::new(it).expect("item");
        if !is_str(it.get()) {
            return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name(it.get()))));
        }
        let s = str_value(it.get());
        let ident = s.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && s.chars().all(|c| c == '_' || c.is_alphanumeric());
        if !ident {
            return Err(type_error("__slots__ must be identifiers"));
        }
        let mangled = if s.starts_with("__") && !s.ends_with("__") {
            format!("_{}{s}", class_name.trim_start_matches('_'))
        } else {
            s.to_string()
        };
        names.push(mangled);
    }
    Ok(names)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: create a class. `kwargs` (a dict or null)
/// goes to the parent's `__init_subclass__`.
pub fn type_new(meta: &'static TypeObject, name: Obj, bases: Obj, ns: Obj, kwargs: Obj) -> PyResult<Obj> {
    if !is_str(name) {
        return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", type_name(name))));
    }
    if !crate::types::tuple::is_tuple(bases) {
        return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name(bases))));
    }
    if !is_dict(ns) {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", type_name(ns))));
    }
    // The metaclass may be more derived than `meta` (`type_new_get_bases`); a base that is not
    // a type usually fails here first, with the metaclass conflict CPython reports.
    // `type_new_get_bases`: a base needing `__mro_entries__` means `type()` was called
    // directly with it.
    for b in tuple_items(bases) {
        if as_type(*b).is_none() {
            if let Some(m) = crate::attr::getattr_opt(*b, crate::slots::intern("__mro_entries__"))? {
                m.decref();
                return Err(type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
            }
        }
    }
    let winner = calculate_metaclass(meta, tuple_items(bases))?;
    let mut base_types: Vec<&'static TypeObject> = Vec::new();
    for b in tuple_items(bases) {
        let Some(t) = as_type(*b) else {
            return Err(type_error(format!("bases must be types, not {}", type_name(*b))));
        };
        if base_types.iter().any(|x| std::ptr::eq(*x, t)) {
            return Err(type_error(format!("duplicate base class {}", t.name)));
        }
        base_types.push(t);
    }
    if !std::ptr::eq(winner, meta) {
        if let Some(new) = winner.lookup(|t| t.tp_new) {
            if new as usize != crate::types::typetype::TYPE_TYPE.tp_new.expect("type has tp_new") as usize {
                let mut args = vec![name, bases, ns];
                let mut names = Vec::new();
                if !kwargs.is_null() {
                    for (k, v) in dict_data(kwargs).iter() {
                        names.push(k.incref());
                        args.push(v);
                    }
                }
                let kwnames = if names.is_empty() { Obj::NULL } else { new_tuple(names) };
                let r = new(winner, &args, kwnames);
                kwnames.xdecref();
                return r;
            }
        }
    }
    let meta = winner;
    if base_types.is_empty() {
        base_types.push(&OBJECT_TYPE);
    }
    let bases_tuple = if tuple_items(bases).is_empty() { new_tuple(vec![OBJECT_TYPE.obj()]) } else { bases.incref() };
    let bases_tuple = Owned::new(bases_tuple).expect("tuple");
    let base = best_base(&base_types)?;
    let class_name: &'static str = Box::leak(str_value(name).to_string().into_boxed_str());

    // The class dict: a copy of the namespace.
    let dict = Owned::new(crate::types::dict::dict_copy(ns)?).expect("dict");
    let d = dict_data(dict.get());
    let key = |s: &str| Owned::new(new_str(s)).expect("str");
    let k_qualname = key("__qualname__");
    let qualname = match d.remove(k_qualname.get())? {
        Some(q) if is_str(q) => q,
        Some(q) => {
            let msg = format!("type __qualname__ must be a str, not {}", type_name(q));
            q.decref();
            return Err(type_error(msg));
        }
        None => name.incref(),
    };
    let qualname = Owned::new(qualname).expect("str");
    let k_module = key("__module__");
    if d.get(k_module.get())?.is_none() {
        let m = Owned::new(new_str("__main__")).expect("str");
        d.set(k_module.get(), m.get())?;
    }
    // `__new__` is a static method; `__init_subclass__` and `__class_getitem__` class methods.
    for (dunder, wrap) in [
        ("__new__", crate::types::descr::new_staticmethod as fn(Obj) -> Obj),
        ("__init_subclass__", crate::types::descr::new_classmethod),
        ("__class_getitem__", crate::types::descr::new_classmethod),
    ] {
        let k = key(dunder);
        if let Some(f) = d.get(k.get())? {
            if crate::types::function::is_function(f) {
                let w = Owned::new(wrap(f)).expect("wrapper");
                d.set(k.get(), w.get())?;
            }
        }
    }
    let k_classcell = key("__classcell__");
    let classcell = d.remove(k_classcell.get())?;

    // Layout: the base's instance, then the dict word and the slots.
    let mut size = effective_size(base);
    let base_dictoffset = if base.is_heap() { heap(base).dictoffset } else { 0 };
    let mut dictoffset = base_dictoffset;
    let mut members = Vec::new();
    let k_slots = key("__slots__");
    let is_metaclass = base.is_subtype(&TYPE_TYPE);
    let base_weak = type_weakrefable(base);
    let var_sized = var_sized(base);
    let mut add_weak = false;
    match d.get(k_slots.get())? {
        None => {
            if dictoffset == 0 && !is_metaclass {
                dictoffset = size;
                size += 8;
            }
            add_weak = !base_weak && !var_sized;
        }
        Some(slots) => {
            let names = slot_names(class_name, slots)?;
            if var_sized && !names.is_empty() {
                return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base.name)));
            }
            for n in &names {
                if n == "__dict__" {
                    if dictoffset != 0 {
                        return Err(type_error("__dict__ slot disallowed: we already got one"));
                    }
                    dictoffset = size;
                    size += 8;
                    continue;
                }
                if n == "__weakref__" {
                    if base_weak || add_weak {
                        return Err(type_error("__weakref__ slot disallowed: we already got one"));
                    }
                    add_weak = true;
                    continue;
                }
                let k = key(n);
                if d.get(k.get())?.is_some() {
                    return Err(crate::errors::value_error(format!(
                        "'{n}' in __slots__ conflicts with class variable"
                    )));
                }
                if members.iter().any(|(m, _): &(String, usize)| m == n) {
                    continue;
                }
                members.push((n.clone(), size));
                size += 8;
            }
            if !members.is_empty() && base.tp_basicsize == 0 && !std::ptr::eq(base, &OBJECT_TYPE) {
                return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base.name)));
            }
            // Secondary bases may provide weak references.
            if !add_weak && !base_weak && !var_sized && base_types.iter().any(|b| type_weakrefable(b)) {
                add_weak = true;
            }
        }
    }

    let ext = HeapTypeExt {
        slots: Cell::new(std::ptr::null()),
        qualname: Cell::new(qualname.release()),
        bases: Cell::new(bases_tuple.release()),
        dictoffset,
        members: members.clone(),
        version: Cell::new(1),
        subclasses: RefCell::new(Vec::new()),
        shadowed: Cell::new(false),
        shadowed_names: RefCell::new(Vec::new()),
        dict_hint: Cell::new(0),
        ctor: Cell::new((0, Obj::NULL)),
        weakrefable: base_weak || add_weak,
        weakrefs_seen: Cell::new(false),
        inline_sites: RefCell::new(Vec::new()),
        keys: RefCell::new(Vec::new()),
        dunders: crate::slots::DunderCache::new(),
    };
    let obj = Box::new(HeapTypeObject {
        ty: TypeObject {
            hdr: UnsafeCell::new(ObjHeader { refcnt: IMMORTAL_REFCNT, ty: meta }),
            name: crate::typeobj::TypeName::new(class_name),
            base: Some(base),
            tp_flags: TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE,
            tp_basicsize: size,
            tp_dealloc: subtype_dealloc,
            tp_dict: UnsafeCell::new(dict.release()),
            tp_mro: UnsafeCell::new(Obj::NULL),
            ..TypeObject::DEFAULT
        },
        ht: ext,
    });
    let ty: &'static TypeObject = &Box::leak(obj).ty;
    let cls = ty.obj();
    let mro = c3_mro(cls, &base_types)?;
    // SAFETY: the class is not visible to anyone else yet.
    unsafe { *ty.tp_mro.get() = crate::object::make_immortal(new_tuple(mro)) };
    mro_internal(ty)?;
    let tdict = type_dict(ty);
    for (n, off) in &members {
        let k = key(n);
        let m = Owned::new(crate::types::descr::new_member(ty, n, *off)).expect("member");
        dict_data(tdict).set(k.get(), m.get())?;
    }
    // The getset descriptors of what this class adds, then `__doc__`, then `__hash__ = None`
    // for a class defining `__eq__` alone: CPython's dict order.
    let td = dict_data(tdict);
    if dictoffset != base_dictoffset {
        let g = Owned::new(crate::types::descr::new_getset(ty, crate::types::descr::GetSetKind::Dict)).expect("getset");
        td.set(key("__dict__").get(), g.get())?;
    }
    if add_weak {
        let g =
            Owned::new(crate::types::descr::new_getset(ty, crate::types::descr::GetSetKind::Weakref)).expect("getset");
        td.set(key("__weakref__").get(), g.get())?;
    }
    let k_doc = key("__doc__");
    if td.get(k_doc.get())?.is_none() {
        td.set(k_doc.get(), none())?;
    }
    let k_eq = key("__eq__");
    let k_hash = key("__hash__");
    if td.get(k_eq.get())?.is_some() && td.get(k_hash.get())?.is_none() {
        td.set(k_hash.get(), none())?;
    }
    crate::slots::update_slots(ty);
    for b in &base_types {
        if b.is_heap() {
            heap(b).subclasses.borrow_mut().push(ty);
        }
    }
    if let Some(cell) = classcell {
        let cell = Owned::new(cell).expect("cell");
        if !cell.get().is_small() && cell.get().is_type(&crate::types::function::CELL_TYPE) {
            let slot = crate::types::function::cell_contents(cell.get());
            std::mem::replace(slot, cls).xdecref();
        } else {
            return Err(type_error(format!("__classcell__ must be a nonlocal cell, not {}", type_name(cell.get()))));
        }
    }
    set_names(ty)?;
    init_subclass(ty, kwargs)?;
    Ok(cls)
}

/// Call `__set_name__(cls, name)` on every attribute whose type defines it.
fn set_names(ty: &'static TypeObject) -> PyResult<()> {
    let items: Vec<(Owned, Owned)> = dict_data(type_dict(ty))
        .iter()
        .map(|(k, v)| (Owned::new(k.incref()).expect("k"), Owned::new(v.incref()).expect("v")))
        .collect();
    let set_name = Owned::new(new_str("__set_name__")).expect("str");
    for (k, v) in items {
        if let Some(f) = type_lookup(v.get().ty(), set_name.get()) {
            let f = Owned::new(f.incref()).expect("f");
            let r = crate::call::call(f.get(), &[v.get(), ty.obj(), k.get()], Obj::NULL)?;
            r.decref();
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kwargs)`.
fn init_subclass(ty: &'static TypeObject, kwargs: Obj) -> PyResult<()> {
    let n = Owned::new(new_str("__init_subclass__")).expect("str");
    let Some(f) = type_lookup_after(ty, ty, n.get()) else { return Ok(()) };
    let f = Owned::new(f.incref()).expect("f");
    let bound = Owned::new(crate::attr::descr_get(f.get(), Obj::NULL, ty.obj())?).expect("bound");
    let mut args = Vec::new();
    let mut names = Vec::new();
    if !kwargs.is_null() {
        for (k, v) in dict_data(kwargs).iter() {
            names.push(k.incref());
            args.push(v);
        }
    }
    let kwnames = if names.is_empty() { Obj::NULL } else { new_tuple(names) };
    let r = crate::call::call(bound.get(), &args, kwnames);
    kwnames.xdecref();
    r?.decref();
    Ok(())
}

// ---- attributes of classes -----------------------------------------------------------------

/// `type.__getattribute__` (`type_getattro`): a data descriptor of the metaclass, then the
/// class's own MRO (descriptors bound with no instance), then the metaclass's attribute.
pub fn type_getattro(cls: Obj, name: Obj) -> PyResult<Obj> {
    let ty = as_type(cls).expect("type");
    let meta = cls.ty();
    let meta_attr = type_lookup(meta, name);
    let meta_attr = meta_attr.map(|a| Owned::new(a.incref()).expect("attr"));
    if let Some(ma) = &meta_attr {
        let mt = ma.get().ty();
        if let (Some(get), true) = (mt.lookup(|t| t.tp_descr_get), mt.lookup(|t| t.tp_descr_set).is_some()) {
            return get(ma.get(), cls, meta.obj());
        }
    }
    // `type`'s own data descriptors come before the class's namespace.
    let n = str_value(name);
    if matches!(n, "__dict__" | "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__" | "__class__") {
        if let Some(v) = special_type_attr(ty, n)? {
            return Ok(v);
        }
    }
    // `type.__annotations__` is a data descriptor reading the class's own dict; a class
    // without annotations gets an empty dict there on first access (`type_get_annotations`).
    if n == "__annotations__" {
        let d = dict_data(type_dict(ty));
        if let Some(v) = d.get(name)? {
            return match v.ty().lookup(|t| t.tp_descr_get) {
                Some(get) => get(v, Obj::NULL, cls),
                None => Ok(v.incref()),
            };
        }
        if !ty.is_heap() {
            return Err(attribute_error(format!("type object '{}' has no attribute '__annotations__'", ty.name)));
        }
        let empty = Owned::new(new_dict()).expect("dict");
        type_setattro(cls, name, empty.get())?;
        return Ok(empty.release());
    }
    if let Some(attr) = type_lookup(ty, name) {
        let attr = Owned::new(attr.incref()).expect("attr");
        return match attr.get().ty().lookup(|t| t.tp_descr_get) {
            Some(get) => get(attr.get(), Obj::NULL, cls),
            None => Ok(attr.release()),
        };
    }
    if let Some(v) = special_type_attr(ty, str_value(name))? {
        return Ok(v);
    }
    if let Some(ma) = meta_attr {
        return match ma.get().ty().lookup(|t| t.tp_descr_get) {
            Some(get) => get(ma.get(), cls, meta.obj()),
            None => Ok(ma.release()),
        };
    }
    Err(attribute_error(format!("type object '{}' has no attribute '{}'", ty.name, str_value(name))))
}

/// The attributes CPython's `type` provides through getset descriptors.
fn special_type_attr(ty: &'static TypeObject, name: &str) -> PyResult<Option<Obj>> {
    Ok(Some(match name {
        "__name__" => new_str(&type_display_name(ty)),
        "__qualname__" if ty.is_heap() => heap(ty).qualname.get().incref(),
        "__qualname__" => new_str(ty.name.rsplit('.').next().unwrap_or(ty.name.get())),
        "__module__" => new_str(ty.name.rsplit_once('.').map_or("builtins", |(m, _)| m)),
        "__mro__" => type_mro(ty).incref(),
        "__bases__" => type_bases(ty),
        "__base__" => ty.base.map_or(none(), |b| b.obj()).incref(),
        "__dict__" => crate::types::descr::new_mappingproxy(type_dict(ty)),
        "__doc__" => none().incref(),
        "__class__" => ty.obj().ty().obj(),
        _ => return Ok(None),
    }))
}

/// `type.__setattr__`: set or delete a class attribute, then tell the caches and, for a
/// dunder, recompute the slots of the class and its subclasses.
pub fn type_setattro(cls: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let ty = as_type(cls).expect("type");
    let n = str_value(name);
    if !ty.is_heap() {
        return Err(type_error(format!("cannot set '{n}' attribute of immutable type '{}'", ty.name)));
    }
    let meta = cls.ty();
    if !std::ptr::eq(meta, &TYPE_TYPE) {
        if let Some(ma) = type_lookup(meta, name) {
            if let Some(set) = ma.ty().lookup(|t| t.tp_descr_set) {
                let ma = Owned::new(ma.incref()).expect("attr");
                return set(ma.get(), cls, value);
            }
        }
    }
    match n {
        "__dict__" | "__mro__" => {
            return Err(attribute_error(format!("attribute '{n}' of 'type' objects is not writable")));
        }
        "__base__" | "__basicsize__" | "__itemsize__" | "__dictoffset__" | "__weakrefoffset__" => {
            return Err(attribute_error("readonly attribute"))
        }
        "__name__" | "__qualname__" if value.is_null() => {
            return Err(type_error(format!("cannot delete '{n}' attribute of immutable type '{}'", ty.name)))
        }
        "__name__" => {
            if !is_str(value) {
                return Err(type_error(format!(
                    "can only assign string to {}.__name__, not '{}'",
                    ty.name,
                    type_name(value)
                )));
            }
            let new = str_value(value);
            if new.contains('\0') {
                return Err(crate::errors::value_error("type name must not contain null characters"));
            }
            ty.name.set(Box::leak(new.to_string().into_boxed_str()));
            modified(ty, false);
            return Ok(());
        }
        "__qualname__" => {
            if !is_str(value) {
                return Err(type_error(format!(
                    "can only assign string to {}.__qualname__, not '{}'",
                    ty.name,
                    type_name(value)
                )));
            }
            heap(ty).qualname.replace(value.incref()).decref();
            return Ok(());
        }
        _ => {}
    }
    let d = dict_data(type_dict(ty));
    if value.is_null() {
        if d.remove(name)?.map(Obj::decref).is_none() {
            return Err(attribute_error(format!("type object '{}' has no attribute '{n}'", ty.name)));
        }
    } else {
        d.set(name, value)?;
        // Instances may already hold this name in their dicts.
        mark_name_shadowed_tree(ty, name);
    }
    modified(ty, n.starts_with("__") && n.ends_with("__"));
    Ok(())
}

/// A class's attributes changed: bump versions down the hierarchy and, when a dunder changed,
/// recompute slot tables (`type_modified`, `update_slot`).
pub fn modified(ty: &'static TypeObject, dunder: bool) {
    let h = heap(ty);
    bump_version(ty);
    if dunder {
        crate::slots::update_slots(ty);
    }
    let subs = h.subclasses.borrow().clone();
    for s in subs {
        modified(s, dunder);
    }
}

/// Install a freshly computed slot table.
pub fn set_slot_table(ty: &'static TypeObject, table: TypeObject) {
    let leaked: &'static TypeObject = Box::leak(Box::new(table));
    heap(ty).slots.set(leaked);
}

/// The type's `__name__` as Rust text.
pub fn type_display_name(ty: &'static TypeObject) -> String {
    if ty.is_heap() {
        // A class's name is its `__name__` as given (it may contain dots).
        return ty.name.get().to_string();
    }
    ty.name.rsplit('.').next().unwrap_or(ty.name.get()).to_string()
}

/// The type's `__qualname__` as Rust text (classes may be renamed; built-ins use `name`).
pub fn qualname(ty: &'static TypeObject) -> String {
    if ty.is_heap() {
        str_value(heap(ty).qualname.get()).to_string()
    } else {
        ty.name.rsplit('.').next().unwrap_or(ty.name.get()).to_string()
    }
}

/// The module a class was defined in (`__module__` in its dict), for reprs.
pub fn module_name(ty: &'static TypeObject) -> String {
    if !ty.is_heap() {
        return ty.name.rsplit_once('.').map_or("builtins", |(m, _)| m).to_string();
    }
    let k = Owned::new(new_str("__module__")).expect("str");
    match dict_data(type_dict(ty)).get(k.get()) {
        Ok(Some(m)) if is_str(m) => str_value(m).to_string(),
        _ => "builtins".to_string(),
    }
}

// ---- the `class` statement (`builtins.__build_class__`) ------------------------------------

/// The metaclass of a class statement and its keywords without `metaclass`.
fn metaclass_and_kwargs(bases: Obj, kwargs: Obj) -> PyResult<(Obj, Obj)> {
    let key = Owned::new(new_str("metaclass")).expect("str");
    let mut kw = Obj::NULL;
    let mut explicit = None;
    if !kwargs.is_null() {
        kw = crate::types::dict::dict_copy(kwargs)?;
        explicit = dict_data(kw).remove(key.get())?;
    }
    let meta = match explicit {
        Some(m) => match as_type(m) {
            Some(t) => {
                let winner = calculate_metaclass(t, tuple_items(bases));
                m.decref();
                winner.map(|w| w.obj())
            }
            None => Ok(m),
        },
        None => match tuple_items(bases).first() {
            Some(b) => calculate_metaclass(b.ty(), tuple_items(bases)).map(|w| w.obj()),
            None => Ok(TYPE_TYPE.obj()),
        },
    };
    match meta {
        Ok(m) => Ok((m, kw)),
        Err(e) => {
            kw.xdecref();
            Err(e)
        }
    }
}

/// Call `f(*args, **kw)` where `kw` is a dict or null.
fn call_with_kwargs(f: Obj, args: &[Obj], kw: Obj) -> PyResult<Obj> {
    if kw.is_null() || dict_data(kw).is_empty() {
        return crate::call::call(f, args, Obj::NULL);
    }
    let t = Owned::new(new_tuple(args.iter().map(|a| a.incref()).collect())).expect("tuple");
    crate::call::call_ex(f, t.get(), kw)
}

thread_local! {
    /// The bases `__mro_entries__` resolved for class statements whose body is running:
    /// (namespace, resolved tuple), both owned, so that `prepare_class` resolves once and
    /// `build_class` reuses. Holding the namespace keeps its address unique while listed (a
    /// body that raised leaves its entry behind, a small leak rather than a wrong match).
    static RESOLVED_BASES: RefCell<Vec<(Obj, Obj)>> = const { RefCell::new(Vec::new()) };
}

/// `update_bases` of `__build_class__` (PEP 560): a base that is not a class but has
/// `__mro_entries__(bases)` (a `list[int]`) is replaced by the classes that returns. `None`
/// when no base changes.
fn update_bases(bases: Obj) -> PyResult<Option<Obj>> {
    let items = tuple_items(bases);
    if items.iter().all(|b| as_type(*b).is_some()) {
        return Ok(None);
    }
    let mut out: Vec<Obj> = Vec::new();
    let mut changed = false;
    for b in items {
        if as_type(*b).is_none() {
            if let Some(f) = crate::attr::getattr_opt(*b, crate::slots::intern("__mro_entries__"))? {
                let f = Owned::new(f).expect("f");
                let r = Owned::new(crate::call::call(f.get(), &[bases], Obj::NULL)?).expect("entries");
                if !crate::types::tuple::is_tuple(r.get()) {
                    out.into_iter().for_each(Obj::decref);
                    return Err(type_error("__mro_entries__ must return a tuple"));
                }
                out.extend(tuple_items(r.get()).iter().map(|x| x.incref()));
                changed = true;
                continue;
            }
        }
        out.push(b.incref());
    }
    if !changed {
        out.into_iter().for_each(Obj::decref);
        return Ok(None);
    }
    Ok(Some(new_tuple(out)))
}

/// Before the class body runs: the namespace, from the metaclass's `__prepare__`. The bases
/// are updated here, once per class statement (`__mro_entries__` is called once, as in
/// CPython), and `build_class` takes the result from `RESOLVED_BASES`.
pub fn prepare_class(name: Obj, bases: Obj, kwargs: Obj) -> PyResult<Obj> {
    let resolved = update_bases(bases)?.map(|b| Owned::new(b).expect("tuple"));
    let ns = prepare_class_resolved(name, resolved.as_ref().map_or(bases, |b| b.get()), kwargs)?;
    if let Some(r) = resolved {
        RESOLVED_BASES.with(|m| m.borrow_mut().push((ns.incref(), r.release())));
    }
    Ok(ns)
}

fn prepare_class_resolved(name: Obj, bases: Obj, kwargs: Obj) -> PyResult<Obj> {
    let (meta, kw) = metaclass_and_kwargs(bases, kwargs)?;
    let meta = Owned::new(meta).expect("meta");
    let kw = Owned::new(kw);
    let kwd = kw.as_ref().map_or(Obj::NULL, |k| k.get());
    let prepare = crate::attr::getattr_opt(meta.get(), crate::slots::intern("__prepare__"))?;
    let Some(prepare) = prepare else { return Ok(new_dict()) };
    let prepare = Owned::new(prepare).expect("prepare");
    let ns = call_with_kwargs(prepare.get(), &[name, bases], kwd)?;
    if ns.ty().lookup(|t| t.mp_subscript).is_none() {
        let what = if let Some(t) = as_type(meta.get()) { t.name.to_string() } else { "<metaclass>".into() };
        let msg = format!("{what}.__prepare__() must return a mapping, not {}", type_name(ns));
        ns.decref();
        return Err(type_error(msg));
    }
    Ok(ns)
}

/// After the class body ran: `metaclass(name, bases, ns, **kwargs)`.
pub fn build_class(name: Obj, bases: Obj, ns: Obj, kwargs: Obj) -> PyResult<Obj> {
    let resolved = RESOLVED_BASES.with(|m| {
        let mut m = m.borrow_mut();
        let i = m.iter().rposition(|(k, _)| *k == ns)?;
        let (k, r) = m.remove(i);
        k.decref();
        Some(Owned::new(r).expect("tuple"))
    });
    if resolved.is_some() {
        crate::ops::setitem(ns, crate::slots::intern("__orig_bases__"), bases)?;
    }
    let bases = resolved.as_ref().map_or(bases, |b| b.get());
    let (meta, kw) = metaclass_and_kwargs(bases, kwargs)?;
    let meta = Owned::new(meta).expect("meta");
    let kw = Owned::new(kw);
    call_with_kwargs(meta.get(), &[name, bases, ns], kw.as_ref().map_or(Obj::NULL, |k| k.get()))
}

/// A name read in a class body: the namespace, then `fallback` (the module global or the
/// enclosing function's variable, borrowed, null when unbound), then the builtins.
pub fn class_load_name(ns: Obj, name: Obj, fallback: Obj) -> PyResult<Obj> {
    // An exact dict is read directly; any other mapping (a dict subclass too, whose
    // `__missing__` may supply the name) through `ns[name]` (`LOAD_NAME`).
    if ns.is_type(&crate::types::dict::DICT_TYPE) {
        if let Some(v) = dict_data(ns).get(name)? {
            return Ok(v.incref());
        }
    } else {
        match crate::ops::getitem(ns, name) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if !crate::errors::current().ty().is_subtype(&crate::types::exceptions::KEY_ERROR) {
                    return Err(e);
                }
                crate::errors::fetch().decref();
            }
        }
    }
    if !fallback.is_null() {
        return Ok(fallback.incref());
    }
    if let Some(b) = crate::builtins::lookup(str_value(name)) {
        return Ok(b.incref());
    }
    Err(crate::errors::raise(
        &crate::types::exceptions::NAME_ERROR,
        format!("name '{}' is not defined", str_value(name)),
    ))
}

/// `del name` in a class body.
pub fn class_delete_name(ns: Obj, name: Obj) -> PyResult<()> {
    match crate::ops::delitem(ns, name) {
        Ok(()) => Ok(()),
        Err(e) => {
            if !crate::errors::current().ty().is_subtype(&crate::types::exceptions::KEY_ERROR) {
                return Err(e);
            }
            crate::errors::fetch().decref();
            Err(crate::errors::raise(
                &crate::types::exceptions::NAME_ERROR,
                format!("name '{}' is not defined", str_value(name)),
            ))
        }
    }
}

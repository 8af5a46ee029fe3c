//! Per-site attribute caches ("inline caches") for `o.name`, `o.name = v` and `o.name(...)`.
//!
//! Every such site in compiled code owns one [`SiteCache`] record, zeroed in the module's
//! writable data (`__ophis_site_caches`, laid out by `compiler/src/codegen/mod.rs`), and passes
//! its address to `ophis_getattr_ic`, `ophis_setattr_ic` or `ophis_call_method_ic`. A record
//! remembers what the full lookup (`attr.rs`) found for one receiver type, keyed on the type's
//! identity *and* its version: `heaptype::modified` bumps a class's version (and its
//! subclasses') whenever its namespace changes, so a cache filled before a method was
//! reassigned, a descriptor added or a dunder such as `__getattr__` defined simply misses and
//! is filled again. Built-in types never change (version 0). Classes are immortal, so a type
//! address is never reused. This is CPython 3.12's specialising interpreter idea
//! (`Python/specialize.c`: `LOAD_ATTR_INSTANCE_VALUE`, `LOAD_ATTR_METHOD_NO_DICT`,
//! `STORE_ATTR_INSTANCE_VALUE`, `LOAD_ATTR_SLOT`, `LOAD_ATTR_PROPERTY`) applied to ophis's
//! objects.
//!
//! What a record may hold (`kind`), and why a hit is exact:
//!
//! | kind | filled when | a hit does |
//! | --- | --- | --- |
//! | `DICT` | the name is no data descriptor of the type and was in the instance dict at entry `index` | reads (or replaces) that entry if it is still live with the very same key object; else the full path |
//! | `SLOT` | the name is a `__slots__` member of the type | loads/stores the word at `offset` |
//! | `DATA_DESCR` | the name is a data descriptor (`property`, a user descriptor with `__set__`) | calls its `__get__`/`__set__` |
//! | `CLASS_ATTR` | found on the type, not in the instance dict, and the name not shadowed | binds or returns the class attribute (no dict probe) |
//! | `METHOD` | a call site; a Python function on the type, the name not shadowed | calls the function's generic entry with `o` prepended (no bound method) |
//! | `DICT_OR_CLASS` | found on the type (no data descriptor), not in the instance dict, and the name shadowed | probes the instance dict by name, or with a value block reads the key index or knows the name absent from the keys (`values::lookup_hinted`, hint in `index`); binds or returns the class attribute when it is not there |
//! | `METHOD_CHECKED` | a call site; a Python function on the type, the name shadowed | as `DICT_OR_CLASS`, then calls the function with `o` prepended |
//! | `BUILTIN` | a built-in type's method (`MethodDef`; also for types whose own `tp_getattro` defers methods, `TPFLAGS_METHODS_GENERIC`) | calls or binds the Rust method |
//! | `MODULE_GLOBAL` | the receiver is a compiled module and the name one of its global slots | reads the slot when the receiver is that module and the slot is bound |
//!
//! A name is *shadowed* for a class (`heaptype::is_shadowed`) once an instance of exactly that
//! class may hold it in its dict while the class has an attribute of that name. Per name
//! (`HeapTypeExt::shadowed_names`): `generic_setattr` storing such a key, a class attribute
//! being added (`type_setattro`, for the class and its subclasses). For every name at once
//! (`HeapTypeExt::shadowed`): `__class__` assignment (the new class), and an instance dict
//! handed to Python code (`o.__dict__`, `vars(o)`, assigning `__dict__`). Either bumps the
//! version, so the `CLASS_ATTR`/`METHOD` records, which skip the instance-dict probe, are only
//! ever used while no instance can shadow their name (the pattern of a class attribute as the
//! default of an instance attribute, `_state = PENDING`, leaves method calls inline). Caches are only filled for types whose `tp_getattro`/`tp_setattro`
//! is the generic one: `__getattribute__`, `__getattr__`, `__setattr__` overrides always take
//! the full path (defining one later bumps the version). Results are computed by the full path
//! on a miss, after the record is written with the version read *before* any Python code runs,
//! so code that changes the class during the lookup leaves a record that misses.

use crate::attr::{generic_getattr, generic_setattr};
use crate::errors::PyResult;
use crate::object::{Obj, Owned};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::dict::dict_data;
use crate::types::function::{is_function, new_bound_builtin};
use crate::types::heaptype::{self, heap, type_lookup};
use crate::types::str::str_value;
use crate::types::values::{is_values, key_index, value_at, values_slot};
use std::cell::Cell;

/// One site's cache: six words, zero (empty) until first filled.
#[repr(C)]
pub struct SiteCache {
    /// The receiver type the record is for (0: empty).
    ty: Cell<usize>,
    /// That type's version when the record was filled.
    version: Cell<u64>,
    kind: Cell<usize>,
    /// The instance-dict word's offset (`DICT`) or the slot's (`SLOT`).
    offset: Cell<usize>,
    /// `DICT`: the entry index hint; `VALUES`: the key index; `BUILTIN`: the `MethodDef`
    /// address; `METHOD`: the function's generic entry; `DICT_OR_CLASS`/`METHOD_CHECKED`: where the
    /// name stands in the class's shared keys (`values::lookup_hinted`).
    index: Cell<usize>,
    /// The descriptor, class attribute or function found on the type (borrowed: the type's
    /// dict holds it for as long as the version is unchanged).
    value: Cell<Obj>,
    /// Unused by attribute records (a call site's record of the same size keeps the address of
    /// its class's version word here, `call.rs`).
    _spare: Cell<usize>,
    /// `ty` when compiled code may take the record's hit inline (a `VALUES` record with no
    /// class attribute to re-check, or a `METHOD` record), else 0: inline code tests only this
    /// word, not the version. The record is then listed in the class's `inline_sites`, and a
    /// version bump zeroes this word ([`unlink_inline`]) before any code can run under the
    /// new version.
    inline_ty: Cell<usize>,
}

/// Words per record; the compiler reserves this many per site (`codegen/runtime_abi.rs`).
pub const SITE_CACHE_WORDS: usize = 8;

const DICT: usize = 1;
const SLOT: usize = 2;
const DATA_DESCR: usize = 3;
const CLASS_ATTR: usize = 4;
const METHOD: usize = 5;
const BUILTIN: usize = 6;
const DICT_OR_CLASS: usize = 7;
const METHOD_CHECKED: usize = 8;
/// The name has index `index` in the class's shared keys (`types/values.rs`) and is no data
/// descriptor: a hit reads (or replaces) value `index` of the instance's value block.
const VALUES: usize = 9;
/// The receiver is the module `value` (pinned by a reference the record keeps) and the name
/// one of its compiled globals, whose slot is at `offset`: a hit reads the slot.
const MODULE_GLOBAL: usize = 10;

impl SiteCache {
    #[inline]
    fn hit(&self, ty: &'static TypeObject) -> bool {
        self.ty.get() == ty as *const TypeObject as usize && self.version.get() == heaptype::version(ty)
    }

    fn fill(&self, ty: &'static TypeObject, kind: usize, offset: usize, index: usize, value: Obj) {
        self.ty.set(ty as *const TypeObject as usize);
        self.version.set(heaptype::version(ty));
        self.kind.set(kind);
        self.offset.set(offset);
        self.index.set(index);
        self.value.set(value);
        let inline = (kind == VALUES && value.is_null()) || kind == METHOD;
        self.inline_ty.set(if inline { ty as *const TypeObject as usize } else { 0 });
        if inline {
            let me = self as *const SiteCache as usize;
            let mut sites = heap(ty).inline_sites.borrow_mut();
            if !sites.contains(&me) {
                sites.push(me);
            }
        }
    }

    fn clear(&self) {
        self.ty.set(0);
        self.inline_ty.set(0);
    }

    /// An operator site's record (`slots::fill_operator_site`): for two instances of `ty` at
    /// its current version, the site's operator calls the Python function `f` (borrowed from
    /// the class dicts) with both operands, through `entry`, its generic entry. Laid out, and
    /// tested inline by compiled code, as a `METHOD` record.
    pub(crate) fn fill_operator(&self, ty: &'static TypeObject, f: Obj, entry: usize) {
        self.fill(ty, METHOD, 0, entry, f);
    }
}

/// `ty`'s version changed: the record at address `record` (listed in its `inline_sites`) no
/// longer lets compiled code hit inline for it.
pub fn unlink_inline(record: usize, ty: &'static TypeObject) {
    // SAFETY: only records (static data of compiled modules, never freed) are listed.
    let ic = unsafe { &*(record as *const SiteCache) };
    if ic.inline_ty.get() == ty as *const TypeObject as usize {
        ic.inline_ty.set(0);
    }
}

/// Is `ty`'s attribute lookup `object.__getattribute__`?
#[inline]
fn generic_get(ty: &'static TypeObject) -> bool {
    ty.lookup(|t| t.tp_getattro).is_none_or(|f| f as usize == generic_getattr as *const () as usize)
}

/// Is `ty` a built-in type whose own `tp_getattro` defers its methods to the generic lookup
/// (`TPFLAGS_METHODS_GENERIC`)?
#[inline]
fn methods_generic(ty: &'static TypeObject) -> bool {
    ty.tp_flags & crate::typeobj::TPFLAGS_METHODS_GENERIC != 0
}

/// Is `ty`'s attribute store `object.__setattr__`?
#[inline]
fn generic_set(ty: &'static TypeObject) -> bool {
    ty.lookup(|t| t.tp_setattro).is_none_or(|f| f as usize == generic_setattr as *const () as usize)
}

/// The class attribute a `VALUES`/`DICT` load record must re-check on each hit (it could become
/// a data descriptor, which would then win over the instance dict), or null. Only an instance of
/// a class can: a built-in type never gains `__set__`, so a class attribute such as a `str`
/// default needs no re-check (and the hit can be taken inline).
fn to_recheck(descr: Option<Obj>) -> Obj {
    match descr {
        Some(d) if d.ty().is_heap() => d,
        _ => Obj::NULL,
    }
}

/// Is `d` a data descriptor (its type has both `__get__` and `__set__`/`__delete__`)?
fn is_data_descr(d: Obj) -> bool {
    let dt = d.ty();
    dt.lookup(|t| t.tp_descr_get).is_some() && dt.lookup(|t| t.tp_descr_set).is_some()
}

/// The word at byte offset `off` of `o`.
///
/// # Safety
/// `off` must be an offset inside `o`'s layout (its type's dict or slot offset).
#[inline]
unsafe fn word(o: Obj, off: usize) -> *mut Obj {
    (o.0 + off) as *mut Obj
}

// ---- o.name --------------------------------------------------------------------------------

/// `o.name` through the site's cache.
#[inline]
pub fn getattr(o: Obj, name: Obj, ic: &SiteCache) -> PyResult<Obj> {
    let ty = o.ty();
    if ic.hit(ty) {
        match ic.kind.get() {
            DICT => {
                // SAFETY: `offset` is the dict offset of `ty`, the type of live `o`.
                let d = unsafe { *word(o, ic.offset.get()) };
                // A class attribute of that name (shadowed here) must not have become a data
                // descriptor since (its own class may have gained `__set__`).
                let shadowed = ic.value.get();
                if !d.is_null() && !is_values(d) && (shadowed.is_null() || !is_data_descr(shadowed)) {
                    if let Some(v) = dict_data(d).value_at_if_key(ic.index.get(), name) {
                        return Ok(v.incref());
                    }
                }
            }
            VALUES => {
                // SAFETY: `offset` is the dict offset of `ty`, the type of live `o`.
                let w = unsafe { *word(o, ic.offset.get()) };
                let shadowed = ic.value.get();
                if is_values(w) && (shadowed.is_null() || !is_data_descr(shadowed)) {
                    let v = value_at(w, ic.index.get());
                    if !v.is_null() {
                        return Ok(v.incref());
                    }
                }
            }
            SLOT => {
                // SAFETY: `offset` is a slot of `ty`, the type of live `o`.
                let v = unsafe { *word(o, ic.offset.get()) };
                if !v.is_null() {
                    return Ok(v.incref());
                }
            }
            MODULE_GLOBAL if o == ic.value.get() => {
                if let Some(v) = module_global(ic) {
                    return Ok(v.incref());
                }
            }
            _ => return getattr_hit(o, name, ic, ty),
        }
    }
    getattr_miss(o, name, ic)
}

/// The hits that call out (descriptors, binding).
#[inline(never)]
fn getattr_hit(o: Obj, name: Obj, ic: &SiteCache, ty: &'static TypeObject) -> PyResult<Obj> {
    match ic.kind.get() {
        DATA_DESCR => {
            let d = ic.value.get();
            // `property` is a built-in type, so a data descriptor for good: no re-check. The
            // getter holds its own reference to the function it calls.
            if d.is_type(&crate::types::descr::PROPERTY_TYPE) {
                return crate::types::descr::property_get(d, o, ty.obj());
            }
            let d = Owned::new(d.incref()).expect("descr");
            if is_data_descr(d.get()) {
                let get = d.get().ty().lookup(|t| t.tp_descr_get).expect("data descriptor");
                return get(d.get(), o, ty.obj());
            }
        }
        CLASS_ATTR | METHOD => {
            let d = Owned::new(ic.value.get().incref()).expect("attr");
            return match d.get().ty().lookup(|t| t.tp_descr_get) {
                Some(get) => get(d.get(), o, ty.obj()),
                None => Ok(d.release()),
            };
        }
        BUILTIN => {
            // SAFETY: filled from a `&'static MethodDef` of `ty`'s method table.
            let def = unsafe { &*(ic.index.get() as *const MethodDef) };
            return Ok(new_bound_builtin(o, def));
        }
        DICT_OR_CLASS => {
            // As `generic_getattr` for a name that is no data descriptor of the type: the
            // instance dict first, then the class attribute.
            let d = Owned::new(ic.value.get().incref()).expect("attr");
            if !is_data_descr(d.get()) {
                if let Some(v) = crate::types::values::lookup_hinted(o, name, &ic.index)? {
                    return Ok(v.incref());
                }
                return match d.get().ty().lookup(|t| t.tp_descr_get) {
                    Some(get) => get(d.get(), o, ty.obj()),
                    None => Ok(d.release()),
                };
            }
        }
        _ => {}
    }
    getattr_miss(o, name, ic)
}

#[cold]
#[inline(never)]
fn getattr_miss(o: Obj, name: Obj, ic: &SiteCache) -> PyResult<Obj> {
    let ty = o.ty();
    ic.clear();
    if !generic_get(ty) {
        if fill_module_global(o, name, ic) {
            if let Some(v) = module_global(ic) {
                return Ok(v.incref());
            }
        }
        if methods_generic(ty) {
            if let Some(def) = ty.find_method(str_value(name)) {
                ic.fill(ty, BUILTIN, 0, def as *const MethodDef as usize, Obj::NULL);
                return Ok(new_bound_builtin(o, def));
            }
        }
        return crate::attr::getattr(o, name);
    }
    if !ty.is_heap() {
        if let Some(def) = ty.find_method(str_value(name)) {
            ic.fill(ty, BUILTIN, 0, def as *const MethodDef as usize, Obj::NULL);
            return Ok(new_bound_builtin(o, def));
        }
        return generic_getattr(o, name);
    }
    let descr = type_lookup(ty, name);
    if let Some(d) = descr {
        if is_data_descr(d) {
            return match crate::types::descr::member_offset(d) {
                Some(off) => {
                    let version = heaptype::version(ty);
                    let r = generic_getattr(o, name);
                    // The member's own check accepted `o`; instances of `ty` share its layout.
                    if r.is_ok() && heaptype::version(ty) == version {
                        ic.fill(ty, SLOT, off, 0, Obj::NULL);
                    }
                    r
                }
                None => {
                    ic.fill(ty, DATA_DESCR, 0, 0, d);
                    generic_getattr(o, name)
                }
            };
        }
    }
    let h = heap(ty);
    if h.dictoffset != 0 {
        // SAFETY: the dict word of live `o`.
        let d = unsafe { *word(o, h.dictoffset) };
        if is_values(d) {
            if let Some(i) = key_index(ty, name) {
                if !value_at(d, i).is_null() {
                    ic.fill(ty, VALUES, h.dictoffset, i, to_recheck(descr));
                }
            }
        } else if !d.is_null() {
            let version = heaptype::version(ty);
            if let Some(ix) = dict_data(d).index_of(name)? {
                if heaptype::version(ty) == version {
                    ic.fill(ty, DICT, h.dictoffset, ix, to_recheck(descr));
                }
            }
        }
    }
    if ic.ty.get() == 0 {
        if let Some(d) = descr {
            if h.dictoffset == 0 || !heaptype::is_shadowed(ty, name) {
                ic.fill(ty, CLASS_ATTR, 0, 0, d);
            } else {
                ic.fill(ty, DICT_OR_CLASS, h.dictoffset, 0, d);
            }
        }
    }
    generic_getattr(o, name)
}

// ---- o.name = value ------------------------------------------------------------------------

/// `o.name = value` (`value` borrowed, never null) through the site's cache.
#[inline]
pub fn setattr(o: Obj, name: Obj, value: Obj, ic: &SiteCache) -> PyResult<()> {
    let ty = o.ty();
    if ic.hit(ty) {
        match ic.kind.get() {
            DICT => {
                // SAFETY: `offset` is the dict offset of `ty`, the type of live `o`.
                let p = unsafe { word(o, ic.offset.get()) };
                // SAFETY: as above.
                let d = unsafe { *p };
                if !d.is_null() && !is_values(d) && dict_data(d).replace_at_if_key(ic.index.get(), name, value) {
                    return Ok(());
                }
                return setattr_dict_add(o, name, value, ic);
            }
            VALUES => {
                // SAFETY: `offset` is the dict offset of `ty`, the type of live `o`.
                let p = unsafe { word(o, ic.offset.get()) };
                // SAFETY: as above.
                let w = unsafe { *p };
                if is_values(w) {
                    let old = value_at(w, ic.index.get());
                    if !old.is_null() {
                        // SAFETY: value `index` of `o`'s live block (present, so within it);
                        // the old value is released after the store.
                        unsafe { *values_slot(w, ic.index.get()) = value.incref() };
                        old.decref();
                        return Ok(());
                    }
                }
                return crate::types::values::store(o, name, value);
            }
            SLOT => {
                // SAFETY: `offset` is a slot of `ty`, the type of live `o`.
                let p = unsafe { word(o, ic.offset.get()) };
                // SAFETY: as above; the slot owns its value.
                unsafe { std::mem::replace(&mut *p, value.incref()).xdecref() };
                return Ok(());
            }
            DATA_DESCR => {
                let d = Owned::new(ic.value.get().incref()).expect("descr");
                if let Some(set) = d.get().ty().lookup(|t| t.tp_descr_set) {
                    return set(d.get(), o, value);
                }
            }
            _ => {}
        }
    }
    setattr_miss(o, name, value, ic)
}

/// A `DICT` store whose hint missed (usually a new key of a fresh instance).
#[inline(never)]
fn setattr_dict_add(o: Obj, name: Obj, value: Obj, ic: &SiteCache) -> PyResult<()> {
    let p = heaptype::instance_dict_ptr(o).expect("the type has instance dicts");
    // SAFETY: the dict word of the live `o`.
    let d = unsafe { *p };
    if d.is_null() || is_values(d) {
        return crate::types::values::store(o, name, value);
    }
    let ix = dict_data(d).set_at_index(name, value)?;
    ic.index.set(ix);
    Ok(())
}

#[cold]
#[inline(never)]
fn setattr_miss(o: Obj, name: Obj, value: Obj, ic: &SiteCache) -> PyResult<()> {
    let ty = o.ty();
    ic.clear();
    if !generic_set(ty) {
        return crate::attr::setattr(o, name, value);
    }
    if !ty.is_heap() {
        return generic_setattr(o, name, value);
    }
    match type_lookup(ty, name) {
        Some(d) if d.ty().lookup(|t| t.tp_descr_set).is_some() => match crate::types::descr::member_offset(d) {
            Some(off) => {
                let version = heaptype::version(ty);
                let r = generic_setattr(o, name, value);
                if r.is_ok() && heaptype::version(ty) == version {
                    ic.fill(ty, SLOT, off, 0, Obj::NULL);
                }
                r
            }
            None => {
                ic.fill(ty, DATA_DESCR, 0, 0, d);
                generic_setattr(o, name, value)
            }
        },
        // A class attribute the store shadows (`_state = PENDING` on the class, then
        // `self._state = FINISHED`): the full path marks the name shadowed. An attribute of a
        // built-in type can never become a data descriptor, so later stores may hit the
        // instance's dict directly; a user descriptor class could gain `__set__`.
        Some(d) if d.ty().is_heap() => generic_setattr(o, name, value),
        Some(_) => {
            let version = heaptype::version(ty);
            generic_setattr(o, name, value)?;
            fill_store(o, name, ty, version, ic)
        }
        None => {
            let off = heap(ty).dictoffset;
            // `__dict__`/`__class__` and the numbers' read-only attributes (not descriptors in
            // ophis's built-in types) take the full path, which knows them.
            if off == 0
                || matches!(str_value(name), "__dict__" | "__class__" | "real" | "imag" | "numerator" | "denominator")
            {
                return generic_setattr(o, name, value);
            }
            let version = heaptype::version(ty);
            crate::types::values::store(o, name, value)?;
            fill_store(o, name, ty, version, ic)
        }
    }
}

/// After a store of `o.name` into the instance's attributes, fill a `VALUES` or `DICT` store
/// record, unless the class's version is no longer `version` (read before the store).
fn fill_store(o: Obj, name: Obj, ty: &'static TypeObject, version: u64, ic: &SiteCache) -> PyResult<()> {
    if heaptype::version(ty) != version {
        return Ok(());
    }
    let Some(p) = heaptype::instance_dict_ptr(o) else { return Ok(()) };
    let off = heap(ty).dictoffset;
    // SAFETY: the dict word of the live `o`.
    let d = unsafe { *p };
    if is_values(d) {
        if let Some(i) = key_index(ty, name) {
            ic.fill(ty, VALUES, off, i, Obj::NULL);
        }
    } else if !d.is_null() {
        if let Some(ix) = dict_data(d).index_of(name)? {
            ic.fill(ty, DICT, off, ix, Obj::NULL);
        }
    }
    Ok(())
}

/// Fill a `MODULE_GLOBAL` record for `o.name` if `o` is a compiled module with a global slot
/// for `name`.
fn fill_module_global(o: Obj, name: Obj, ic: &SiteCache) -> bool {
    if !crate::types::module::is_module(o) {
        return false;
    }
    let Some(p) = crate::types::module::global_slot_addr(o, name) else { return false };
    // The record's reference keeps the module (and with it the meaning of `offset`) alive: a
    // record may be overwritten without releasing it, so modules cached at a site live on.
    ic.fill(o.ty(), MODULE_GLOBAL, p as usize, 0, o.incref());
    true
}

/// The value of a `MODULE_GLOBAL` record's slot (borrowed), if bound.
#[inline]
fn module_global(ic: &SiteCache) -> Option<Obj> {
    // SAFETY: `offset` is the address of a global slot of the pinned module `value`, static
    // data of the program.
    let v = unsafe { *(ic.offset.get() as *const Obj) };
    (!v.is_null()).then_some(v)
}

// ---- o.name(args) --------------------------------------------------------------------------

/// `o.name(*args)` in vectorcall form through the site's cache: a Python function found on
/// the class is called with `o` prepended and a built-in type's method directly, with no
/// bound method in between (CPython's `LOAD_ATTR_METHOD_*` + `CALL`).
pub fn call_method(o: Obj, name: Obj, args: &[Obj], kwnames: Obj, ic: &SiteCache) -> PyResult<Obj> {
    let ty = o.ty();
    if ic.hit(ty) {
        match ic.kind.get() {
            METHOD => return crate::call::call_function_prepend(ic.value.get(), o, args, kwnames),
            METHOD_CHECKED => {
                if crate::types::values::lookup_hinted(o, name, &ic.index)?.is_none() {
                    return crate::call::call_function_prepend(ic.value.get(), o, args, kwnames);
                }
                return crate::attr::call_method(o, name, args, kwnames);
            }
            BUILTIN => {
                // SAFETY: filled from a `&'static MethodDef` of `ty`'s method table.
                let def = unsafe { &*(ic.index.get() as *const MethodDef) };
                return (def.meth)(o, args, kwnames);
            }
            MODULE_GLOBAL if o == ic.value.get() => {
                if let Some(f) = module_global(ic) {
                    return crate::call::call(f, args, kwnames);
                }
            }
            _ => {}
        }
    }
    ic.clear();
    if !generic_get(ty) && fill_module_global(o, name, ic) {
        if let Some(f) = module_global(ic) {
            return crate::call::call(f, args, kwnames);
        }
    }
    if generic_get(ty) || methods_generic(ty) {
        if !ty.is_heap() {
            if let Some(def) = ty.find_method(str_value(name)) {
                ic.fill(ty, BUILTIN, 0, def as *const MethodDef as usize, Obj::NULL);
                return (def.meth)(o, args, kwnames);
            }
        } else if let Some(f) = type_lookup(ty, name) {
            let h = heap(ty);
            if is_function(f) && (h.dictoffset == 0 || !heaptype::is_shadowed(ty, name)) {
                // `index`: the generic entry compiled code calls on an inline hit.
                let entry = crate::types::function::code_data(crate::types::function::function_data(f).code).entry;
                ic.fill(ty, METHOD, 0, entry as usize, f);
                return crate::call::call_function_prepend(f, o, args, kwnames);
            }
            if is_function(f) {
                ic.fill(ty, METHOD_CHECKED, h.dictoffset, 0, f);
            }
        }
    }
    crate::attr::call_method(o, name, args, kwnames)
}

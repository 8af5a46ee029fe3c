//! Instance attributes without a dict: per-class shared keys and per-instance value arrays
//! (CPython 3.12's split keys and inline values, `Objects/dictobject.c`:
//! `_PyObject_InitInlineValues`, `_PyObject_StoreInstanceAttribute`,
//! `make_dict_from_instance_attributes`).
//!
//! Every class whose instances have a `__dict__` keeps an append-only table of attribute names
//! (`HeapTypeExt::keys`, at most [`MAX_KEYS`] exact `str`s): a name keeps its index in the
//! table for the life of the program. An instance's dict word (at `dictoffset`) is one of
//!
//! | word | meaning |
//! | --- | --- |
//! | null | no attribute stored yet |
//! | a pointer with the low bit set | a [`Values`] block: `values[i]` is the attribute named `keys[i]` of the instance's own class, or null |
//! | a dict object | the materialised `__dict__` (from then on, for good) |
//!
//! A store of a name found (or added) in the keys writes `values[i]`, growing the block if
//! another instance added keys since this one's block was allocated. The dict is materialised
//! (the values move into a real dict, the block is freed) when Python code needs the mapping
//! (`o.__dict__`, `vars(o)`, `dir(o)`), on deletion, on `__class__` assignment, when the keys
//! are full or the name is not an exact `str`, and when a store would break the dict's
//! insertion order: a block's attributes are always in key order, so adding key `i` while a
//! key after it is present materialises first (`hi`, one past the highest index ever stored,
//! tells). A materialised dict therefore lists the attributes in the order they were first
//! set, as CPython's does.
//!
//! Attribute caches (`attrcache.rs`) remember `(class, version, index)`; since indices never
//! change, a hit is a type check, the tag bit and one load (compiled code compares no version:
//! a version bump unlinks the class's inline records).
//!
//! Threading: the runtime has one interpreter thread at a time (a GIL); keys and blocks are
//! read and written only by the thread running Python code. There is no free-threaded build
//! yet; one would need key appends published with release ordering and replaced blocks
//! (growth, materialisation) freed only when no other thread can be reading them (CPython
//! 3.13's delayed frees, `_PyMem_FreeDelayed`), or this representation disabled (every word
//! null or a dict, so that no `VALUES` record is ever filled).

use crate::errors::PyResult;
use crate::object::Obj;
use crate::typeobj::TypeObject;
use crate::types::dict::{dict_data, DictData, DICT_TYPE};
use crate::types::heaptype::heap;
use crate::types::str::{str_value, STR_TYPE};

/// Most names a class's shared keys hold (CPython's `SHARED_KEYS_MAX_SIZE`).
pub const MAX_KEYS: usize = 30;

/// The header of a value block; `cap` values follow it.
#[repr(C)]
pub struct Values {
    /// How many value words follow.
    cap: usize,
    /// One past the highest index ever stored in this block.
    hi: usize,
}

/// Bytes before the first value word (compiled code's inline hits read `word - 1 + HDR + 8 i`).
pub const HDR: usize = std::mem::size_of::<Values>();

fn layout(cap: usize) -> std::alloc::Layout {
    std::alloc::Layout::from_size_align(HDR + 8 * cap, 8).expect("small")
}

/// Is the dict word `w` a value block?
#[inline]
pub fn is_values(w: Obj) -> bool {
    w.0 & 1 == 1
}

#[inline]
fn block(w: Obj) -> *mut Values {
    (w.0 - 1) as *mut Values
}

/// The address of value `i` of the block `b`.
///
/// # Safety
/// `b` is a live block and `i < cap`.
#[inline]
unsafe fn slot(b: *mut Values, i: usize) -> *mut Obj {
    // SAFETY: the values follow the header inside the block's allocation.
    unsafe { (b as *mut u8).add(HDR + 8 * i) as *mut Obj }
}

/// The address of value `i` of the block tagged `w`.
///
/// # Safety
/// `w` is a live block's tagged address and `i` is below its capacity.
#[inline]
pub unsafe fn values_slot(w: Obj, i: usize) -> *mut Obj {
    // SAFETY: forwarded contract.
    unsafe { slot(block(w), i) }
}

/// Value `i` of the block tagged `w` (borrowed; null when absent or beyond the block).
#[inline]
pub fn value_at(w: Obj, i: usize) -> Obj {
    let b = block(w);
    // SAFETY: `w` is a live block's tagged address (the caller checked the tag).
    unsafe {
        if i < (*b).cap {
            *slot(b, i)
        } else {
            Obj::NULL
        }
    }
}

fn alloc_block(cap: usize) -> *mut Values {
    let l = layout(cap);
    // SAFETY: the layout is non-zero sized; the memory is zeroed (null values).
    let b = unsafe { std::alloc::alloc_zeroed(l) as *mut Values };
    if b.is_null() {
        std::alloc::handle_alloc_error(l);
    }
    // SAFETY: freshly allocated.
    unsafe { (*b).cap = cap };
    b
}

/// Free a block whose values were already released or moved.
fn free_block(b: *mut Values) {
    // SAFETY: `b` was allocated by `alloc_block` with its `cap`.
    unsafe { std::alloc::dealloc(b as *mut u8, layout((*b).cap)) }
}

/// Give a fresh instance `o` (no attribute stored yet) a value block with room for every key
/// its class has seen, so that `__init__`'s stores are inline hits (`codegen/function.rs`).
#[inline]
pub fn prealloc(o: Obj) {
    let Some(p) = crate::types::heaptype::instance_dict_ptr(o) else { return };
    let n = heap(o.ty()).keys.borrow().len();
    // SAFETY: `p` is the dict word of the live `o`.
    unsafe {
        if n > 0 && (*p).is_null() {
            *p = Obj(alloc_block(n) as usize | 1);
        }
    }
}

/// The index of `name` in `ty`'s shared keys.
#[inline]
pub fn key_index(ty: &'static TypeObject, name: Obj) -> Option<usize> {
    let keys = heap(ty).keys.borrow();
    if let Some(i) = keys.iter().position(|k| *k == name) {
        return Some(i);
    }
    if !name.is_type(&STR_TYPE) {
        return None;
    }
    let s = str_value(name);
    keys.iter().position(|k| str_value(*k) == s)
}

/// The index of `name` in `ty`'s keys, added if there is room and it is an exact `str`.
fn key_index_or_add(ty: &'static TypeObject, name: Obj) -> Option<usize> {
    if let Some(i) = key_index(ty, name) {
        return Some(i);
    }
    if !name.is_type(&STR_TYPE) {
        return None;
    }
    let mut keys = heap(ty).keys.borrow_mut();
    if keys.len() >= MAX_KEYS {
        return None;
    }
    // Classes are immortal: the reference lives as long as the program.
    keys.push(name.incref());
    Some(keys.len() - 1)
}

/// The attribute `name` of `o` (borrowed) from its instance dict or values, if present; `None`
/// also when its type gives instances no dict.
pub fn lookup(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let Some(p) = crate::types::heaptype::instance_dict_ptr(o) else { return Ok(None) };
    // SAFETY: `p` is the dict word of the live `o`.
    let mut w = unsafe { *p };
    if w.is_null() {
        return Ok(None);
    }
    if is_values(w) {
        if name.is_type(&STR_TYPE) {
            let v = key_index(o.ty(), name).map_or(Obj::NULL, |i| value_at(w, i));
            return Ok((!v.is_null()).then_some(v));
        }
        // A `str` subclass may define its own equality: a real dict decides (as CPython does).
        w = materialise_at(o, p);
    }
    dict_data(w).get(name)
}

/// Hints at or above this are `KEY_HINT + i`: the name is key `i` of the class's keys.
const KEY_HINT: usize = 1 << 32;

/// [`lookup`] for a call site that keeps a `hint` of where `name` stands in the shared keys of
/// `o`'s class (start it at 0). Keys are only ever appended, so once `name` is key `i` it stays
/// key `i`, and a name absent from the first `n` keys is absent from every value block while
/// the keys still number `n` (CPython's keys-version check in `LOAD_ATTR_METHOD_WITH_VALUES`).
/// With a value block the answer then needs no name comparison; the hint is refreshed when the
/// keys have grown.
#[inline]
pub fn lookup_hinted(o: Obj, name: Obj, hint: &std::cell::Cell<usize>) -> PyResult<Option<Obj>> {
    let Some(p) = crate::types::heaptype::instance_dict_ptr(o) else { return Ok(None) };
    // SAFETY: `p` is the dict word of the live `o`.
    let w = unsafe { *p };
    if w.is_null() {
        return Ok(None);
    }
    if !is_values(w) || !name.is_type(&STR_TYPE) {
        return lookup(o, name);
    }
    let ty = o.ty();
    let mut h = hint.get();
    if h < KEY_HINT && h != heap(ty).keys.borrow().len() {
        h = match key_index(ty, name) {
            Some(i) => KEY_HINT + i,
            None => heap(ty).keys.borrow().len(),
        };
        hint.set(h);
    }
    if h < KEY_HINT {
        return Ok(None);
    }
    let v = value_at(w, h - KEY_HINT);
    Ok((!v.is_null()).then_some(v))
}

/// The dict word of `o`, whose type gives instances a dict.
fn dict_word(o: Obj) -> PyResult<*mut Obj> {
    crate::types::heaptype::instance_dict_ptr(o).ok_or_else(|| {
        crate::errors::attribute_error(format!("'{}' object has no attribute '__dict__'", crate::types::type_name(o)))
    })
}

/// Store `name = value` (borrowed) as an attribute of `o`, whose type gives instances a dict.
pub fn store(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    store_at(o, dict_word(o)?, name, value)
}

/// [`store`] into the dict word `*p` of `o`.
fn store_at(o: Obj, p: *mut Obj, name: Obj, value: Obj) -> PyResult<()> {
    // SAFETY: `p` is the dict word of the live `o`.
    let w = unsafe { *p };
    if !w.is_null() && !is_values(w) {
        return dict_data(w).set(name, value);
    }
    let ty = o.ty();
    if let Some(i) = key_index_or_add(ty, name) {
        if w.is_null() {
            let cap = heap(ty).keys.borrow().len().max(i + 1);
            let b = alloc_block(cap);
            // SAFETY: fresh block with `i < cap`; `p` as above.
            unsafe {
                *slot(b, i) = value.incref();
                (*b).hi = i + 1;
                *p = Obj(b as usize | 1);
            }
            return Ok(());
        }
        let mut b = block(w);
        // SAFETY: `b` is `o`'s live block; writes complete before any release runs code.
        unsafe {
            if i < (*b).cap {
                let s = slot(b, i);
                let old = *s;
                if !old.is_null() {
                    *s = value.incref();
                    old.decref();
                    return Ok(());
                }
            }
            if i >= (*b).hi {
                if i >= (*b).cap {
                    let cap = heap(ty).keys.borrow().len().max(i + 1);
                    let nb = alloc_block(cap);
                    std::ptr::copy_nonoverlapping(slot(b, 0), slot(nb, 0), (*b).cap);
                    (*nb).hi = (*b).hi;
                    free_block(b);
                    b = nb;
                    *p = Obj(b as usize | 1);
                }
                *slot(b, i) = value.incref();
                (*b).hi = i + 1;
                return Ok(());
            }
        }
    }
    let d = materialise_at(o, p);
    dict_data(d).set(name, value)
}

/// Delete the attribute `name` of `o` (whose type gives instances a dict): the removed
/// value (owned), if present.
pub fn delete(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let p = dict_word(o)?;
    // SAFETY: `p` is the dict word of the live `o`.
    let w = unsafe { *p };
    if w.is_null() {
        return Ok(None);
    }
    if is_values(w) && name.is_type(&STR_TYPE) {
        // Absent: nothing changes (and no dict is needed).
        if lookup(o, name)?.is_none() {
            return Ok(None);
        }
    }
    let d = materialise_at(o, p);
    dict_data(d).remove(name)
}

/// The instance dict of `o` (borrowed), made from its values (or empty) if it has none yet;
/// `None` when its type gives instances no dict.
pub fn materialise(o: Obj) -> Option<Obj> {
    crate::types::heaptype::instance_dict_ptr(o).map(|p| materialise_at(o, p))
}

/// [`materialise`] with the dict word `*p` of `o`.
fn materialise_at(o: Obj, p: *mut Obj) -> Obj {
    // SAFETY: `p` is the dict word of the live `o`.
    let w = unsafe { *p };
    if !w.is_null() && !is_values(w) {
        return w;
    }
    let ty = o.ty();
    let h = heap(ty);
    if w.is_null() {
        let d = crate::object::alloc(&DICT_TYPE, DictData::with_capacity(h.dict_hint.get()));
        // SAFETY: as above.
        unsafe { *p = d };
        return d;
    }
    let b = block(w);
    // SAFETY: `b` is `o`'s live block.
    let (cap, hi) = unsafe { ((*b).cap, (*b).hi) };
    let d = crate::object::alloc(&DICT_TYPE, DictData::with_capacity(hi));
    {
        let keys = h.keys.borrow();
        let dd = dict_data(d);
        for (i, k) in keys.iter().enumerate().take(hi.min(cap)) {
            // SAFETY: `i < cap`.
            let v = unsafe { std::mem::replace(&mut *slot(b, i), Obj::NULL) };
            if !v.is_null() {
                // Exact str keys: hashing and comparing run no Python code and cannot fail.
                dd.set(*k, v).expect("str keys");
                v.decref();
            }
        }
    }
    free_block(b);
    // SAFETY: as above.
    unsafe { *p = d };
    d
}

/// Release a dict word `w` already taken out of its object (a dying instance's, or one
/// replaced): how many attributes it held.
pub fn release(w: Obj) -> usize {
    if w.is_null() {
        return 0;
    }
    if !is_values(w) {
        let n = dict_data(w).len();
        w.decref();
        return n;
    }
    let b = block(w);
    let mut n = 0;
    // SAFETY: the block is no longer reachable from `o` (a `__del__` run by a release cannot
    // reach it), its values are owned, and it is freed only after the loop.
    unsafe {
        for i in 0..(*b).cap {
            let v = *slot(b, i);
            if !v.is_null() {
                n += 1;
                v.decref();
            }
        }
    }
    free_block(b);
    n
}

/// The names stored in the dict word `w` of `o`, in order (for `dir`).
pub fn names(o: Obj, w: Obj) -> Vec<Obj> {
    if w.is_null() {
        return Vec::new();
    }
    if !is_values(w) {
        return dict_data(w).iter().map(|(k, _)| k).collect();
    }
    let keys = heap(o.ty()).keys.borrow();
    keys.iter().enumerate().filter(|(i, _)| !value_at(w, *i).is_null()).map(|(_, k)| *k).collect()
}

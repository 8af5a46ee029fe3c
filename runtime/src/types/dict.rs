//! `dict`: an insertion-ordered hash table (the compact layout of CPython 3.6+,
//! `Objects/dictobject.c`): a dense vector of entries in insertion order, and a sparse table of
//! indices probed with CPython's perturbation scheme. A dict of at most `SMALL` entry slots has
//! no index table and is searched in order (identity first), which keeps small dicts (instance
//! dicts, keyword arguments) to one allocation.
//!
//! Keys are compared by identity first, then by `==`, which may run Python code and raise; every
//! lookup therefore returns a `PyResult`. Deleted entries leave a hole (`None`) in the entry
//! vector until the next resize compacts it; iteration order is insertion order.

use crate::errors::{raise_with_arg, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::{CompareOp, MethodDef, TypeObject};
use crate::types::exceptions::{KEY_ERROR, RUNTIME_ERROR};
use crate::types::int::new_bool;
use crate::types::str::new_string;
use crate::types::{none, not_implemented};

const EMPTY: usize = usize::MAX;
const DUMMY: usize = usize::MAX - 1;
/// Most entry slots a dict without an index table has.
const SMALL: usize = 8;

#[derive(Default)]
pub struct DictData {
    /// Entries in insertion order: (hash, key, value); `None` marks a deleted entry.
    entries: Vec<Option<(i64, Obj, Obj)>>,
    /// Open-addressing table of indices into `entries` (`EMPTY`, `DUMMY` or an index); empty
    /// while `entries` (holes included) has at most [`SMALL`] slots, which are then searched
    /// in order: small dicts (most instance dicts and keyword dicts) need no table.
    indices: Vec<usize>,
    /// Number of live entries.
    len: usize,
    /// Bumped on every insertion or deletion that changes the size, for iterators.
    pub version: u64,
}

pub fn new_dict() -> Obj {
    alloc(&DICT_TYPE, DictData::default())
}

pub fn is_dict(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&DICT_TYPE)
}

pub fn dict_data(o: Obj) -> &'static mut DictData {
    payload::<DictData>(o)
}

impl DictData {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Probe for `key`: `Ok((slot, Some(entry_index)))` when found, else the slot to insert at.
    fn find(&self, key: Obj, hash: i64) -> PyResult<(usize, Option<usize>)> {
        if self.indices.is_empty() {
            // Small: identity first (the usual hit for interned attribute names), then equality.
            if let Some(ix) = self.entries.iter().position(|e| matches!(e, Some((_, k, _)) if *k == key)) {
                return Ok((0, Some(ix)));
            }
            // By index: `==` may run Python code that changes this dict.
            let mut ix = 0;
            while let Some(e) = self.entries.get(ix).copied() {
                if let Some((h, k, _)) = e {
                    if h == hash && crate::ops::rich_compare_bool(k, key, CompareOp::Eq)? {
                        return Ok((0, Some(ix)));
                    }
                }
                ix += 1;
            }
            return Ok((0, None));
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = None;
        loop {
            match self.indices[i] {
                EMPTY => return Ok((free.unwrap_or(i), None)),
                DUMMY => {
                    free.get_or_insert(i);
                }
                ix => {
                    if let Some((h, k, _)) = self.entries[ix] {
                        if k == key || (h == hash && crate::ops::rich_compare_bool(k, key, CompareOp::Eq)?) {
                            return Ok((i, Some(ix)));
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn resize(&mut self) {
        self.entries.retain(Option::is_some);
        let mut size = 8;
        while size * 2 < (self.entries.len() + 1) * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let (h, _, _) = e.expect("compacted");
            let mut perturb = h as u64;
            let mut i = (h as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = ix;
        }
    }

    /// An empty dict sized for `n` entries without a resize (instance dicts, whose class
    /// remembers how many attributes its instances end up with).
    pub fn with_capacity(n: usize) -> DictData {
        if n <= SMALL {
            return DictData { entries: Vec::with_capacity(n), ..DictData::default() };
        }
        let mut size = 8;
        while size * 2 < (n + 1) * 3 {
            size *= 2;
        }
        DictData { entries: Vec::with_capacity(n), indices: vec![EMPTY; size], len: 0, version: 0 }
    }

    /// The value of the entry at index `ix` if that entry is live and its key is `key` itself
    /// (identity): the attribute caches' hint check (`attrcache.rs`).
    #[inline]
    pub fn value_at_if_key(&self, ix: usize, key: Obj) -> Option<Obj> {
        match self.entries.get(ix) {
            Some(Some((_, k, v))) if *k == key => Some(*v),
            _ => None,
        }
    }

    /// Replace the value of the live entry at `ix` whose key is `key` itself; `false` (and no
    /// change) when the hint does not hold. `value` is borrowed.
    #[inline]
    pub fn replace_at_if_key(&mut self, ix: usize, key: Obj, value: Obj) -> bool {
        match self.entries.get_mut(ix) {
            Some(Some((_, k, v))) if *k == key => {
                std::mem::replace(v, value.incref()).decref();
                true
            }
            _ => false,
        }
    }

    /// The entry index of `key`, if present (a hint for [`Self::value_at_if_key`]).
    pub fn index_of(&self, key: Obj) -> PyResult<Option<usize>> {
        let h = crate::ops::hash(key)?;
        Ok(self.find(key, h)?.1)
    }

    /// The value for `key` (borrowed), if present.
    pub fn get(&self, key: Obj) -> PyResult<Option<Obj>> {
        let h = crate::ops::hash(key)?;
        self.get_hashed(key, h)
    }

    fn get_hashed(&self, key: Obj, h: i64) -> PyResult<Option<Obj>> {
        let (_, found) = self.find(key, h)?;
        Ok(found.map(|ix| self.entries[ix].expect("live").2))
    }

    /// `d[key] = value` (both borrowed).
    pub fn set(&mut self, key: Obj, value: Obj) -> PyResult<()> {
        self.set_at_index(key, value).map(|_| ())
    }

    /// `d[key] = value` (both borrowed), returning the entry index the key ends up at (a
    /// hint for [`Self::replace_at_if_key`]).
    pub fn set_at_index(&mut self, key: Obj, value: Obj) -> PyResult<usize> {
        let h = crate::ops::hash(key)?;
        let (slot, found) = self.find(key, h)?;
        if let Some(ix) = found {
            let e = self.entries[ix].as_mut().expect("live");
            std::mem::replace(&mut e.2, value.incref()).decref();
            return Ok(ix);
        }
        self.entries.push(Some((h, key.incref(), value.incref())));
        self.len += 1;
        self.version += 1;
        if self.indices.is_empty() {
            if self.entries.len() > SMALL {
                self.resize();
            }
        } else if (self.entries.len()) * 3 >= self.indices.len() * 2 {
            // Keep the table at most two thirds full, counting holes left by deletions.
            self.resize();
        } else {
            self.indices[slot] = self.entries.len() - 1;
        }
        // A resize compacts deleted entries away, so the new entry is always the last one.
        Ok(self.entries.len() - 1)
    }

    /// Remove `key`; returns the value (owned) if it was present.
    pub fn remove(&mut self, key: Obj) -> PyResult<Option<Obj>> {
        let h = crate::ops::hash(key)?;
        let (slot, found) = self.find(key, h)?;
        let Some(ix) = found else { return Ok(None) };
        let (_, k, v) = self.entries[ix].take().expect("live");
        if !self.indices.is_empty() {
            self.indices[slot] = DUMMY;
        }
        self.len -= 1;
        self.version += 1;
        k.decref();
        Ok(Some(v))
    }

    /// Remove and return (owned) the last live entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Obj, Obj)> {
        while let Some(e) = self.entries.pop() {
            if let Some((h, k, v)) = e {
                // Find its index slot to clear it.
                let ix = self.entries.len();
                if !self.indices.is_empty() {
                    let mask = self.indices.len() - 1;
                    let mut perturb = h as u64;
                    let mut i = (h as u64 as usize) & mask;
                    while self.indices[i] != ix {
                        perturb >>= 5;
                        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
                    }
                    self.indices[i] = DUMMY;
                }
                self.len -= 1;
                self.version += 1;
                return Some((k, v));
            }
        }
        None
    }

    /// Remove everything; returns the old contents for the caller to drop.
    pub fn take(&mut self) -> DictData {
        let version = self.version + 1;
        let old = std::mem::take(self);
        self.version = version;
        old
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (Obj, Obj)> + '_ {
        self.entries.iter().flatten().map(|&(_, k, v)| (k, v))
    }

    /// The `n`-th raw entry slot (for iterators, which skip holes); `None` past the end.
    pub fn entry_at(&self, n: usize) -> Option<Option<(Obj, Obj)>> {
        self.entries.get(n).map(|e| e.map(|(_, k, v)| (k, v)))
    }
}

impl DictData {
    fn release(self) {
        for (_, k, v) in self.entries.into_iter().flatten() {
            k.decref();
            v.decref();
        }
    }
}

fn dict_dealloc(o: Obj) {
    let d = std::mem::take(dict_data(o));
    crate::object::dealloc_box::<DictData>(o);
    d.release();
}

/// `d[key]`, raising `KeyError(key)` when missing.
pub fn dict_getitem(o: Obj, key: Obj) -> PyResult<Obj> {
    match dict_data(o).get(key)? {
        Some(v) => Ok(v.incref()),
        None if !o.is_type(&DICT_TYPE) => match crate::slots::call_special(o, "__missing__", &[key])? {
            // A subclass's `__missing__` supplies the value (`dict_subscript`).
            Some(v) => Ok(v),
            None => Err(raise_with_arg(&KEY_ERROR, key.incref())),
        },
        None => Err(raise_with_arg(&KEY_ERROR, key.incref())),
    }
}

fn dict_ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    if value.is_null() {
        return match dict_data(o).remove(key)? {
            Some(v) => {
                v.decref();
                Ok(())
            }
            None => Err(raise_with_arg(&KEY_ERROR, key.incref())),
        };
    }
    dict_data(o).set(key, value)
}

fn dict_repr(o: Obj) -> PyResult<Obj> {
    if dict_data(o).is_empty() {
        return Ok(new_string("{}".into()));
    }
    let Some(_guard) = crate::ops::ReprGuard::enter(o) else {
        return Ok(new_string("{...}".into()));
    };
    let mut s = String::from("{");
    let mut n = 0;
    while let Some(e) = dict_data(o).entry_at(n) {
        n += 1;
        let Some((k, v)) = e else { continue };
        if s.len() > 1 {
            s.push_str(", ");
        }
        let (k, v) = (k.incref(), v.incref());
        let r = crate::ops::repr_string(k).and_then(|ks| {
            s.push_str(&ks);
            s.push_str(": ");
            crate::ops::repr_string(v).map(|vs| s.push_str(&vs))
        });
        k.decref();
        v.decref();
        r?;
    }
    s.push('}');
    Ok(new_string(s))
}

fn dict_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_dict(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let eq = dict_equal(a, b)?;
    Ok(new_bool(eq == (op == CompareOp::Eq)))
}

fn dict_equal(a: Obj, b: Obj) -> PyResult<bool> {
    if dict_data(a).len() != dict_data(b).len() {
        return Ok(false);
    }
    let pairs: Vec<(Obj, Obj)> = dict_data(a).iter().map(|(k, v)| (k.incref(), v.incref())).collect();
    let mut result = Ok(true);
    for &(k, v) in &pairs {
        match dict_data(b).get(k) {
            Ok(Some(w)) => {
                let w = w.incref();
                let r = crate::ops::rich_compare_bool(v, w, CompareOp::Eq);
                w.decref();
                match r {
                    Ok(true) => continue,
                    other => {
                        result = other;
                        break;
                    }
                }
            }
            Ok(None) => {
                result = Ok(false);
                break;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for (k, v) in pairs {
        k.decref();
        v.decref();
    }
    result
}

/// `dict(...)`: from a mapping, an iterable of pairs, and/or keyword arguments.
/// `dict.__new__`: an empty dict of `ty` (possibly a subclass); `__init__` fills it.
fn dict_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(alloc(ty, DictData::default()))
}

/// `dict.__init__(mapping_or_pairs=(), **kwargs)`: update from the arguments.
fn dict_init(d: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let nkw = crate::call::kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos > 1 {
        return Err(crate::errors::type_error(format!("dict expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        dict_update_from(d, args[0])?;
    }
    for i in 0..nkw {
        let name = crate::types::tuple::tuple_items(kwnames)[i];
        dict_data(d).set(name, args[npos + i])?;
    }
    Ok(())
}

/// Merge `src` (a dict, or an iterable of key/value pairs) into `d`.
pub fn dict_update_from(d: Obj, src: Obj) -> PyResult<()> {
    if is_dict(src) {
        let pairs: Vec<(Obj, Obj)> = dict_data(src).iter().map(|(k, v)| (k.incref(), v.incref())).collect();
        let mut r = Ok(());
        for (k, v) in pairs {
            if r.is_ok() {
                r = dict_data(d).set(k, v);
            }
            k.decref();
            v.decref();
        }
        return r;
    }
    // A mapping (anything with `keys`): `d[k] = src[k]` for each key (`PyDict_Merge`).
    let keys_name = crate::object::Owned::new(crate::types::str::new_str("keys")).expect("str");
    if let Some(keys) = crate::attr::getattr_opt(src, keys_name.get())? {
        let keys = crate::object::Owned::new(keys).expect("method");
        let ks = crate::object::Owned::new(crate::call::call(keys.get(), &[], Obj::NULL)?).expect("keys");
        if crate::ops::get_iter(ks.get()).map(Obj::decref).is_err() {
            crate::errors::fetch().xdecref();
            return Err(crate::errors::type_error(format!(
                "{}.keys() returned a non-iterable (type {})",
                crate::types::heaptype::qualname(src.ty()),
                crate::types::type_name(ks.get())
            )));
        }
        for k in crate::ops::collect_iterable(ks.get())? {
            let k = crate::object::Owned::new(k).expect("key");
            let v = crate::object::Owned::new(crate::ops::getitem(src, k.get())?).expect("value");
            dict_data(d).set(k.get(), v.get())?;
        }
        return Ok(());
    }
    for (n, item) in crate::ops::collect_iterable(src)?.into_iter().enumerate() {
        let item = crate::object::Owned::new(item).expect("item");
        let pair = crate::ops::collect_iterable(item.get()).map_err(|e| {
            crate::errors::fetch().xdecref();
            let _ = e;
            crate::errors::type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
        })?;
        if pair.len() != 2 {
            let len = pair.len();
            pair.into_iter().for_each(Obj::decref);
            return Err(crate::errors::value_error(format!(
                "dictionary update sequence element #{n} has length {len}; 2 is required"
            )));
        }
        let r = dict_data(d).set(pair[0], pair[1]);
        pair.into_iter().for_each(Obj::decref);
        r?;
    }
    Ok(())
}

fn m_get(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("dict.get", args, kwnames, 1, 2)?;
    match dict_data(s).get(a[0])? {
        Some(v) => Ok(v.incref()),
        None => Ok(a.get(1).copied().unwrap_or_else(none).incref()),
    }
}

fn no_args(qual: &str, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    crate::types::list::no_args(qual, args, kwnames)
}

fn m_keys(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("dict.keys", args, kwnames)?;
    Ok(alloc(&DICT_KEYS_TYPE, s.incref()))
}

fn m_values(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("dict.values", args, kwnames)?;
    Ok(alloc(&DICT_VALUES_TYPE, s.incref()))
}

fn m_items(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("dict.items", args, kwnames)?;
    Ok(alloc(&DICT_ITEMS_TYPE, s.incref()))
}

fn m_pop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("dict.pop", args, kwnames, 1, 2)?;
    match dict_data(s).remove(a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.incref()),
            None => Err(raise_with_arg(&KEY_ERROR, a[0].incref())),
        },
    }
}

fn m_popitem(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("dict.popitem", args, kwnames)?;
    match dict_data(s).pop_last() {
        Some((k, v)) => Ok(crate::types::tuple::new_tuple(vec![k, v])),
        None => Err(crate::errors::raise(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

fn m_setdefault(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("dict.setdefault", args, kwnames, 1, 2)?;
    if let Some(v) = dict_data(s).get(a[0])? {
        return Ok(v.incref());
    }
    let d = a.get(1).copied().unwrap_or_else(none);
    dict_data(s).set(a[0], d)?;
    Ok(d.incref())
}

fn m_update(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = crate::call::kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos > 1 {
        return Err(crate::errors::type_error(format!("update expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        dict_update_from(s, args[0])?;
    }
    for i in 0..nkw {
        dict_data(s).set(crate::types::tuple::tuple_items(kwnames)[i], args[npos + i])?;
    }
    Ok(none())
}

/// A new dict with the same items as `d`.
pub fn dict_copy(d: Obj) -> PyResult<Obj> {
    let c = crate::object::Owned::new(new_dict()).expect("allocated");
    dict_update_from(c.get(), d)?;
    Ok(c.release())
}

fn m_copy(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("dict.copy", args, kwnames)?;
    dict_copy(s)
}

fn m_clear(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("dict.clear", args, kwnames)?;
    dict_data(s).take().release();
    Ok(none())
}

/// `dict.fromkeys(iterable, value=None, /)`, a class method: a new `cls()` with each key of
/// `iterable` set to `value` (`dict_fromkeys` in `Objects/dictobject.c`; a subclass is
/// created by calling it and filled through its `__setitem__`).
fn m_fromkeys(cls: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("fromkeys", args, kwnames, &["", ""], 1)?;
    let value = a.get(1).unwrap_or_else(none);
    let cls = if crate::types::typetype::as_type(cls).is_some() { cls } else { cls.ty().obj() };
    let d = crate::object::Owned::new(crate::call::call(cls, &[], Obj::NULL)?).expect("result");
    let it = crate::object::Owned::new(crate::ops::get_iter(a.req(0))?).expect("iterator");
    let exact = is_dict(d.get()) && d.get().ty().obj() == DICT_TYPE.obj();
    while let Some(k) = crate::ops::iter_next(it.get())? {
        let k = crate::object::Owned::new(k).expect("item");
        if exact {
            dict_data(d.get()).set(k.get(), value)?;
        } else {
            crate::ops::setitem(d.get(), k.get(), value)?;
        }
    }
    Ok(d.release())
}

pub static DICT_METHODS: [MethodDef; 12] = [
    MethodDef { name: "__reversed__", meth: crate::types::iter::m_reversed },
    MethodDef { name: "get", meth: m_get },
    MethodDef { name: "keys", meth: m_keys },
    MethodDef { name: "values", meth: m_values },
    MethodDef { name: "items", meth: m_items },
    MethodDef { name: "pop", meth: m_pop },
    MethodDef { name: "popitem", meth: m_popitem },
    MethodDef { name: "setdefault", meth: m_setdefault },
    MethodDef { name: "update", meth: m_update },
    MethodDef { name: "copy", meth: m_copy },
    MethodDef { name: "clear", meth: m_clear },
    MethodDef { name: "fromkeys", meth: m_fromkeys },
];

/// `d | other` (both dicts).
fn dict_or(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_dict(a) || !is_dict(b) {
        return Ok(not_implemented());
    }
    let r = crate::object::Owned::new(dict_copy(a)?).expect("dict");
    dict_update_from(r.get(), b)?;
    Ok(r.release())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum IterKind {
    Keys,
    Values,
    Items,
}

/// An iterator over a dict or one of its views (`dictiterobject` in dictobject.c).
pub struct DictIter {
    dict: Obj,
    pos: usize,
    /// The dict's size when iteration began; -1 once a size change was reported (sticky).
    used: isize,
    /// Entries still expected; finding one more means the keys changed.
    remaining: usize,
    kind: IterKind,
    /// Iterating from the end (`reversed`): `pos` counts down, 0 meaning exhausted.
    reverse: bool,
}

fn new_dict_iter(d: Obj, kind: IterKind, reverse: bool) -> Obj {
    let dd = dict_data(d);
    let (used, remaining, pos) = (dd.len() as isize, dd.len(), if reverse { dd.entries.len() } else { 0 });
    let ty = match (kind, reverse) {
        (IterKind::Keys, false) => &DICT_KEY_ITER_TYPE,
        (IterKind::Values, false) => &DICT_VALUE_ITER_TYPE,
        (IterKind::Items, false) => &DICT_ITEM_ITER_TYPE,
        (IterKind::Keys, true) => &DICT_REV_KEY_ITER_TYPE,
        (IterKind::Values, true) => &DICT_REV_VALUE_ITER_TYPE,
        (IterKind::Items, true) => &DICT_REV_ITEM_ITER_TYPE,
    };
    alloc(ty, DictIter { dict: d.incref(), pos, used, remaining, kind, reverse })
}

fn dict_iter(o: Obj) -> PyResult<Obj> {
    Ok(new_dict_iter(o, IterKind::Keys, false))
}

/// `reversed(d)`.
pub fn reversed_keys(d: Obj) -> PyResult<Obj> {
    Ok(new_dict_iter(d, IterKind::Keys, true))
}

/// `reversed(view)` for a dict view; `None` if `o` is not one.
pub fn reversed_view(o: Obj) -> Option<PyResult<Obj>> {
    let kind = view_kind(o)?;
    Some(Ok(new_dict_iter(view_dict(o), kind, true)))
}

fn dict_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<DictIter>(it);
    if st.dict.is_null() {
        return Ok(None);
    }
    let d = dict_data(st.dict);
    if st.used != d.len() as isize {
        st.used = -1; // keep failing, as CPython does
        return Err(crate::errors::raise(&RUNTIME_ERROR, "dictionary changed size during iteration"));
    }
    loop {
        let e = if st.reverse {
            if st.pos == 0 {
                None
            } else {
                st.pos -= 1;
                d.entry_at(st.pos)
            }
        } else {
            let e = d.entry_at(st.pos);
            st.pos += 1;
            e
        };
        match e {
            None => break,
            Some(None) => continue,
            Some(Some((k, v))) => {
                if st.remaining == 0 {
                    std::mem::replace(&mut st.dict, Obj::NULL).decref();
                    return Err(crate::errors::raise(&RUNTIME_ERROR, "dictionary keys changed during iteration"));
                }
                st.remaining -= 1;
                return Ok(Some(match st.kind {
                    IterKind::Keys => k.incref(),
                    IterKind::Values => v.incref(),
                    IterKind::Items => crate::types::tuple::new_tuple(vec![k.incref(), v.incref()]),
                }));
            }
        }
    }
    std::mem::replace(&mut st.dict, Obj::NULL).decref();
    Ok(None)
}

// ---- views ----------------------------------------------------------------------------------

fn view_dict(o: Obj) -> Obj {
    *payload::<Obj>(o)
}

fn view_kind(o: Obj) -> Option<IterKind> {
    if o.is_small() {
        return None;
    }
    let t = o.ty();
    if std::ptr::eq(t, &DICT_KEYS_TYPE) {
        Some(IterKind::Keys)
    } else if std::ptr::eq(t, &DICT_VALUES_TYPE) {
        Some(IterKind::Values)
    } else if std::ptr::eq(t, &DICT_ITEMS_TYPE) {
        Some(IterKind::Items)
    } else {
        None
    }
}

fn view_dealloc(o: Obj) {
    view_dict(o).decref();
    crate::object::dealloc_box::<Obj>(o);
}

fn view_repr(o: Obj) -> PyResult<Obj> {
    let name = o.ty().name.get();
    let Some(_guard) = crate::ops::ReprGuard::enter(o) else {
        return Ok(new_string("...".into()));
    };
    let items =
        crate::object::Owned::new(crate::types::list::new_list(crate::ops::collect_iterable(o)?)).expect("list");
    let r = crate::ops::repr_string(items.get())?;
    Ok(new_string(format!("{name}({r})")))
}

fn view_iter(o: Obj) -> PyResult<Obj> {
    Ok(new_dict_iter(view_dict(o), view_kind(o).expect("view"), false))
}

fn view_len(o: Obj) -> PyResult<usize> {
    Ok(dict_data(view_dict(o)).len())
}

fn items_contains(o: Obj, item: Obj) -> PyResult<bool> {
    let pair = crate::types::tuple::is_tuple(item).then(|| crate::types::tuple::tuple_items(item));
    let Some(&[k, v]) = pair else { return Ok(false) };
    let Some(found) = dict_data(view_dict(o)).get(k)? else { return Ok(false) };
    let found = found.incref();
    let r = crate::ops::rich_compare_bool(found, v, CompareOp::Eq);
    found.decref();
    r
}

fn view_contains(o: Obj, item: Obj) -> PyResult<bool> {
    match view_kind(o).expect("view") {
        IterKind::Keys => Ok(dict_data(view_dict(o)).get(item)?.is_some()),
        IterKind::Items => items_contains(o, item),
        IterKind::Values => {
            let vals: Vec<crate::object::Owned> = dict_data(view_dict(o))
                .iter()
                .map(|(_, v)| crate::object::Owned::new(v.incref()).expect("value"))
                .collect();
            for v in vals {
                if v.get() == item || crate::ops::rich_compare_bool(v.get(), item, CompareOp::Eq)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Set-like views (keys, items) or sets, for the view operators and comparisons.
fn is_setlike(o: Obj) -> bool {
    crate::types::set::is_anyset(o) || matches!(view_kind(o), Some(IterKind::Keys | IterKind::Items))
}

/// `len(a) ...` then every item of `a` is in `b` (`all_contained_in`).
fn all_contained_in(a: Obj, b: Obj) -> PyResult<bool> {
    let it = crate::object::Owned::new(crate::ops::get_iter(a)?).expect("iterator");
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = crate::object::Owned::new(x).expect("item");
        if !crate::ops::contains(b, x.get())? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_setlike(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (crate::ops::len(a)?, crate::ops::len(b)?);
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => (la == lb && all_contained_in(a, b)?) == (op == CompareOp::Eq),
        CompareOp::Lt => la < lb && all_contained_in(a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(new_bool(r))
}

/// The view operators: `set(a)` combined with `b` by a set method.
fn view_setop(a: Obj, b: Obj, method: &str) -> PyResult<Obj> {
    use crate::types::set::{new_set_from, SET_TYPE};
    let (a, b) = if view_kind(a).is_some() { (a, b) } else { (b, a) };
    let s = crate::object::Owned::new(new_set_from(&SET_TYPE, a)?).expect("set");
    let name = crate::object::Owned::new(crate::types::str::new_str(method)).expect("str");
    crate::attr::call_method(s.get(), name.get(), &[b], Obj::NULL)?.decref();
    Ok(s.release())
}

fn view_or(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "update")
}

fn view_and(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "intersection_update")
}

fn view_xor(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "symmetric_difference_update")
}

fn view_sub(a: Obj, b: Obj) -> PyResult<Obj> {
    if view_kind(a).is_none() {
        // `other - view`: the set of `other` minus the view's items.
        let s =
            crate::object::Owned::new(crate::types::set::new_set_from(&crate::types::set::SET_TYPE, a)?).expect("set");
        let name = crate::object::Owned::new(crate::types::str::new_str("difference_update")).expect("str");
        crate::attr::call_method(s.get(), name.get(), &[b], Obj::NULL)?.decref();
        return Ok(s.release());
    }
    view_setop(a, b, "difference_update")
}

fn m_isdisjoint(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::one_arg(&format!("{}.isdisjoint", s.ty().name), args, kwnames)?;
    let it = crate::object::Owned::new(crate::ops::get_iter(a)?).expect("iterator");
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = crate::object::Owned::new(x).expect("item");
        if view_contains(s, x.get())? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

static VIEW_METHODS: [MethodDef; 2] = [
    MethodDef { name: "isdisjoint", meth: m_isdisjoint },
    MethodDef { name: "__reversed__", meth: crate::types::iter::m_reversed },
];

static VALUES_METHODS: [MethodDef; 1] = [MethodDef { name: "__reversed__", meth: crate::types::iter::m_reversed }];

const VIEW_NUMBER: crate::typeobj::NumberMethods = crate::typeobj::NumberMethods {
    nb_or: Some(view_or),
    nb_and: Some(view_and),
    nb_xor: Some(view_xor),
    nb_subtract: Some(view_sub),
    ..crate::typeobj::NumberMethods::NONE
};

pub static DICT_KEYS_TYPE: TypeObject = DICT_KEYS_TYPE_TEMPLATE;

pub static DICT_ITEMS_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("dict_items"), ..DICT_KEYS_TYPE_TEMPLATE };

#[allow(clippy::declare_interior_mutable_const)]
const DICT_KEYS_TYPE_TEMPLATE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("dict_keys"),
    tp_dealloc: view_dealloc,
    tp_repr: Some(view_repr),
    tp_iter: Some(view_iter),
    tp_richcompare: Some(view_richcompare),
    // Set-like views compare by contents, so they are unhashable.
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_as_number: VIEW_NUMBER,
    sq_length: Some(view_len),
    sq_contains: Some(view_contains),
    methods: &VIEW_METHODS,
    ..TypeObject::DEFAULT
};

pub static DICT_VALUES_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("dict_values"),
    tp_dealloc: view_dealloc,
    tp_repr: Some(view_repr),
    tp_iter: Some(view_iter),
    sq_length: Some(view_len),
    sq_contains: Some(view_contains),
    methods: &VALUES_METHODS,
    ..TypeObject::DEFAULT
};

fn dict_iter_dealloc(o: Obj) {
    payload::<DictIter>(o).dict.xdecref();
    crate::object::dealloc_box::<DictIter>(o);
}

pub static DICT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("dict"),
    tp_dealloc: dict_dealloc,
    tp_repr: Some(dict_repr),
    tp_richcompare: Some(dict_richcompare),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_new: Some(dict_new),
    tp_init: Some(dict_init),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<DictData>>(),
    tp_iter: Some(dict_iter),
    sq_length: Some(|o| Ok(dict_data(o).len())),
    sq_contains: Some(|o, k| Ok(dict_data(o).get(k)?.is_some())),
    mp_subscript: Some(dict_getitem),
    mp_ass_subscript: Some(dict_ass_subscript),
    tp_as_number: crate::typeobj::NumberMethods {
        nb_or: Some(dict_or),
        nb_inplace_or: Some(dict_ior),
        ..crate::typeobj::NumberMethods::NONE
    },
    methods: &DICT_METHODS,
    ..TypeObject::DEFAULT
};

/// Items left (`dictiter_len`): none once the dict changed size.
fn dict_iter_len(it: Obj) -> PyResult<usize> {
    let st = payload::<DictIter>(it);
    Ok(if !st.dict.is_null() && st.used == dict_data(st.dict).len() as isize { st.remaining } else { 0 })
}

static DICT_ITER_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    meth: |it, a, k| crate::types::iter::length_hint_method(it, a, k, dict_iter_len),
}];

#[allow(clippy::declare_interior_mutable_const)]
const DICT_ITER_TEMPLATE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("dict_keyiterator"),
    tp_dealloc: dict_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(dict_iter_next),
    methods: &DICT_ITER_METHODS,
    ..TypeObject::DEFAULT
};

pub static DICT_KEY_ITER_TYPE: TypeObject = DICT_ITER_TEMPLATE;
pub static DICT_VALUE_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("dict_valueiterator"), ..DICT_ITER_TEMPLATE };
pub static DICT_ITEM_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("dict_itemiterator"), ..DICT_ITER_TEMPLATE };
pub static DICT_REV_KEY_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("dict_reversekeyiterator"), ..DICT_ITER_TEMPLATE };
pub static DICT_REV_VALUE_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("dict_reversevalueiterator"), ..DICT_ITER_TEMPLATE };
pub static DICT_REV_ITEM_ITER_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("dict_reverseitemiterator"), ..DICT_ITER_TEMPLATE };

/// `d |= other`: update in place from a mapping or an iterable of pairs (`dict_ior`).
fn dict_ior(a: Obj, b: Obj) -> PyResult<Obj> {
    dict_update_from(a, b)?;
    Ok(a.incref())
}

//! `dict`: an insertion-ordered hash table (the compact layout of CPython 3.6+,
//! `Objects/dictobject.c`): a dense vector of entries in insertion order, and a sparse table of
//! indices probed with CPython's perturbation scheme.
//!
//! Keys are compared by identity first, then by `==`, which may run Python code and raise; every
//! lookup therefore returns a `PyResult`. Deleted entries leave a hole (`None`) in the entry
//! vector until the next resize compacts it; iteration order is insertion order.

use crate::call::Args;
use crate::errors::{raise_with_arg, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::{CompareOp, MethodDef, TypeObject};
use crate::types::exceptions::{KEY_ERROR, RUNTIME_ERROR};
use crate::types::int::new_bool;
use crate::types::str::new_string;
use crate::types::{none, not_implemented};

const EMPTY: usize = usize::MAX;
const DUMMY: usize = usize::MAX - 1;

#[derive(Default)]
pub struct DictData {
    /// Entries in insertion order: (hash, key, value); `None` marks a deleted entry.
    entries: Vec<Option<(i64, Obj, Obj)>>,
    /// Open-addressing table of indices into `entries` (`EMPTY`, `DUMMY` or an index).
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
        let h = crate::ops::hash(key)?;
        let (slot, found) = self.find(key, h)?;
        if let Some(ix) = found {
            let e = self.entries[ix].as_mut().expect("live");
            std::mem::replace(&mut e.2, value.incref()).decref();
            return Ok(());
        }
        self.entries.push(Some((h, key.incref(), value.incref())));
        self.len += 1;
        self.version += 1;
        // Keep the table at most two thirds full, counting holes left by deletions.
        if (self.entries.len()) * 3 >= self.indices.len() * 2 {
            self.resize();
        } else {
            self.indices[slot] = self.entries.len() - 1;
        }
        Ok(())
    }

    /// Remove `key`; returns the value (owned) if it was present.
    pub fn remove(&mut self, key: Obj) -> PyResult<Option<Obj>> {
        let h = crate::ops::hash(key)?;
        let (slot, found) = self.find(key, h)?;
        let Some(ix) = found else { return Ok(None) };
        let (_, k, v) = self.entries[ix].take().expect("live");
        self.indices[slot] = DUMMY;
        self.len -= 1;
        self.version += 1;
        k.decref();
        Ok(Some(v))
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

fn dict_dealloc(o: Obj) {
    let d = std::mem::take(dict_data(o));
    crate::object::dealloc_box::<DictData>(o);
    for (_, k, v) in d.entries.into_iter().flatten() {
        k.decref();
        v.decref();
    }
}

/// `d[key]`, raising `KeyError(key)` when missing.
pub fn dict_getitem(o: Obj, key: Obj) -> PyResult<Obj> {
    match dict_data(o).get(key)? {
        Some(v) => Ok(v.incref()),
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
fn dict_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let d = crate::object::Owned::new(new_dict()).expect("allocated");
    let nkw = crate::call::kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos > 1 {
        return Err(crate::errors::type_error(format!("dict expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        dict_update_from(d.get(), args[0])?;
    }
    for i in 0..nkw {
        let name = crate::types::tuple::tuple_items(kwnames)[i];
        dict_data(d.get()).set(name, args[npos + i])?;
    }
    Ok(d.release())
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
    let a = Args::parse("get", args, kwnames, &["", ""], 1)?;
    match dict_data(s).get(a.req(0))? {
        Some(v) => Ok(v.incref()),
        None => Ok(a.get(1).unwrap_or_else(none).incref()),
    }
}

pub static DICT_METHODS: [MethodDef; 1] = [MethodDef { name: "get", meth: m_get }];

pub struct DictIter {
    dict: Obj,
    pos: usize,
    version: u64,
}

fn dict_iter(o: Obj) -> PyResult<Obj> {
    let version = dict_data(o).version;
    Ok(alloc(&DICT_KEY_ITER_TYPE, DictIter { dict: o.incref(), pos: 0, version }))
}

fn dict_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<DictIter>(it);
    let d = dict_data(st.dict);
    if d.version != st.version {
        st.version = d.version; // report once, as CPython does
        return Err(crate::errors::raise(&RUNTIME_ERROR, "dictionary changed size during iteration"));
    }
    while let Some(e) = d.entry_at(st.pos) {
        st.pos += 1;
        if let Some((k, _)) = e {
            return Ok(Some(k.incref()));
        }
    }
    Ok(None)
}

fn dict_iter_dealloc(o: Obj) {
    payload::<DictIter>(o).dict.decref();
    crate::object::dealloc_box::<DictIter>(o);
}

pub static DICT_TYPE: TypeObject = TypeObject {
    name: "dict",
    tp_dealloc: dict_dealloc,
    tp_repr: Some(dict_repr),
    tp_richcompare: Some(dict_richcompare),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_new: Some(dict_new),
    tp_iter: Some(dict_iter),
    sq_length: Some(|o| Ok(dict_data(o).len())),
    sq_contains: Some(|o, k| Ok(dict_data(o).get(k)?.is_some())),
    mp_subscript: Some(dict_getitem),
    mp_ass_subscript: Some(dict_ass_subscript),
    methods: &DICT_METHODS,
    ..TypeObject::DEFAULT
};

pub static DICT_KEY_ITER_TYPE: TypeObject = TypeObject {
    name: "dict_keyiterator",
    tp_dealloc: dict_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(dict_iter_next),
    ..TypeObject::DEFAULT
};

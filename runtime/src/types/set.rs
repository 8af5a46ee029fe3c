//! `set` and `frozenset` (`Objects/setobject.c`, CPython 3.12).
//!
//! The table is CPython's: open addressing over `mask + 1` slots (8 initially), a run of
//! `LINEAR_PROBES` neighbouring slots before each perturbed jump, deleted keys left as dummies
//! (reused by a later insertion that probes past them), and a resize to `used * 4` once `fill * 5 >= mask * 3`.
//! Iteration walks the table in slot order, so a set of small ints iterates and prints in the
//! same order as in CPython (str hashes are randomised there, so their order never matches).

use crate::errors::{raise, raise_with_arg, type_error, PyResult};
use crate::object::{alloc, payload, Obj, Owned};
use crate::typeobj::{CompareOp, MethodDef, NumberMethods, TypeObject};
use crate::types::exceptions::{KEY_ERROR, RUNTIME_ERROR, TYPE_ERROR};
use crate::types::int::new_bool;
use crate::types::str::new_string;
use crate::types::{none, not_implemented};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Obj),
}

pub struct SetData {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped whenever the table changes, so lookups can detect mutation during `==`.
    version: u64,
    /// Cached frozenset hash.
    hash: Option<i64>,
}

impl Default for SetData {
    fn default() -> Self {
        SetData { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, finger: 0, version: 0, hash: None }
    }
}

pub fn is_anyset(o: Obj) -> bool {
    !o.is_small() && (o.ty().is_subtype(&SET_TYPE) || o.ty().is_subtype(&FROZENSET_TYPE))
}

pub fn is_set(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&SET_TYPE)
}

pub fn set_data(o: Obj) -> &'static mut SetData {
    payload::<SetData>(o)
}

/// A new empty set (`frozen` for a frozenset).
pub fn new_empty(ty: &'static TypeObject) -> Obj {
    alloc(ty, SetData::default())
}

/// A new set or frozenset holding the items of `iterable` (`make_new_set`).
pub fn new_set_from(ty: &'static TypeObject, iterable: Obj) -> PyResult<Obj> {
    let s = Owned::new(new_empty(ty)).expect("allocated");
    if !iterable.is_null() {
        update_internal(s.get(), iterable)?;
    }
    Ok(s.release())
}

impl SetData {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Active entries in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, Obj)> + '_ {
        self.table.iter().filter_map(|s| match *s {
            Slot::Active(h, k) => Some((h, k)),
            _ => None,
        })
    }

    /// The `n`-th slot, for iterators: `None` past the end, `Some(None)` for a free slot.
    fn slot_at(&self, n: usize) -> Option<Option<Obj>> {
        self.table.get(n).map(|s| match *s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    /// `set_insert_clean`: place a key known to be absent in a table without dummies.
    fn insert_clean(table: &mut [Slot], key: Obj, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i] == Slot::Empty {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j] == Slot::Empty {
                        table[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.table, k, h);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Find `key`: `Ok(Some(slot))` if present.
    fn lookup(&self, key: Obj, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let version = self.version;
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    match self.table[i + j] {
                        Slot::Empty => return Ok(None),
                        Slot::Dummy => {}
                        Slot::Active(h, k) => {
                            if h == hash {
                                if k == key {
                                    return Ok(Some(i + j));
                                }
                                let kk = k.incref();
                                let eq = crate::ops::rich_compare_bool(kk, key, CompareOp::Eq);
                                kk.decref();
                                let eq = eq?;
                                if self.version != version {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Some(i + j));
                                }
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// `set_add_entry`: add `key` (borrowed) with its hash; `Ok(true)` if it was new.
    pub fn add_entry(&mut self, key: Obj, hash: i64) -> PyResult<bool> {
        let key = Owned::new(key.incref()).expect("key");
        'restart: loop {
            let version = self.version;
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    match self.table[i + j] {
                        Slot::Empty if freeslot.is_some() => {
                            self.table[freeslot.expect("dummy")] = Slot::Active(hash, key.release());
                            self.used += 1;
                            self.version += 1;
                            return Ok(true);
                        }
                        Slot::Dummy => {
                            // The last dummy seen, as CPython 3.12 does.
                            freeslot = Some(i + j);
                        }
                        Slot::Empty => {
                            self.table[i + j] = Slot::Active(hash, key.release());
                            self.fill += 1;
                            self.used += 1;
                            self.version += 1;
                            if self.fill * 5 >= mask * 3 {
                                self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
                            }
                            return Ok(true);
                        }
                        Slot::Active(h, k) => {
                            if h == hash {
                                if k == key.get() {
                                    return Ok(false);
                                }
                                let kk = k.incref();
                                let eq = crate::ops::rich_compare_bool(kk, key.get(), CompareOp::Eq);
                                kk.decref();
                                if eq? {
                                    return Ok(false);
                                }
                                if self.version != version {
                                    continue 'restart;
                                }
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn add(&mut self, key: Obj) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        self.add_entry(key, h)
    }

    pub fn contains_entry(&self, key: Obj, hash: i64) -> PyResult<bool> {
        Ok(self.lookup(key, hash)?.is_some())
    }

    pub fn contains(&self, key: Obj) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        self.contains_entry(key, h)
    }

    /// `set_discard_entry`: `Ok(true)` if the key was present.
    pub fn discard_entry(&mut self, key: Obj, hash: i64) -> PyResult<bool> {
        let Some(i) = self.lookup(key, hash)? else { return Ok(false) };
        let Slot::Active(_, k) = std::mem::replace(&mut self.table[i], Slot::Dummy) else { unreachable!() };
        self.used -= 1;
        self.version += 1;
        k.decref();
        Ok(true)
    }

    pub fn discard(&mut self, key: Obj) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        self.discard_entry(key, h)
    }

    /// Empty the set; returns the keys it held (owned) for the caller to release.
    fn take_all(&mut self) -> Vec<Obj> {
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; MINSIZE]);
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        old.into_iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k),
                _ => None,
            })
            .collect()
    }

    pub fn clear(&mut self) {
        self.take_all().into_iter().for_each(Obj::decref);
    }

    /// `set_pop`.
    fn pop(&mut self) -> Option<Obj> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let Slot::Active(_, k) = std::mem::replace(&mut self.table[i], Slot::Dummy) else { unreachable!() };
        self.used -= 1;
        self.version += 1;
        self.finger = i + 1;
        Some(k)
    }

    /// The frozenset hash (`frozenset_hash`), over the active entries.
    fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.entries() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}

/// Snapshot of a set's active entries with references held.
fn snapshot(o: Obj) -> Vec<(i64, Owned)> {
    set_data(o).entries().map(|(h, k)| (h, Owned::new(k.incref()).expect("key"))).collect()
}

/// `set_merge`: add every key of the set `other` to `so`.
fn merge(so: Obj, other: Obj) -> PyResult<()> {
    if so == other || set_data(other).used == 0 {
        return Ok(());
    }
    let (s, o) = (set_data(so), set_data(other));
    if (s.fill + o.used) * 5 >= s.mask() * 3 {
        s.resize((s.used + o.used) * 2);
    }
    if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
        for (dst, src) in s.table.iter_mut().zip(&o.table) {
            if let Slot::Active(h, k) = *src {
                *dst = Slot::Active(h, k.incref());
            }
        }
        s.fill = o.fill;
        s.used = o.used;
        s.version += 1;
        return Ok(());
    }
    if s.fill == 0 {
        for (h, k) in o.entries() {
            SetData::insert_clean(&mut s.table, k.incref(), h);
        }
        s.fill = o.used;
        s.used = o.used;
        s.version += 1;
        return Ok(());
    }
    for (h, k) in snapshot(other) {
        set_data(so).add_entry(k.get(), h)?;
    }
    Ok(())
}

/// `set_update_internal`: add the items of any iterable.
fn update_internal(so: Obj, other: Obj) -> PyResult<()> {
    if is_anyset(other) {
        return merge(so, other);
    }
    if other.is_type(&crate::types::dict::DICT_TYPE) {
        let d = crate::types::dict::dict_data(other);
        let s = set_data(so);
        if (s.fill + d.len()) * 5 >= s.mask() * 3 {
            s.resize((s.used + d.len()) * 2);
        }
        let keys: Vec<Owned> = d.iter().map(|(k, _)| Owned::new(k.incref()).expect("key")).collect();
        for k in keys {
            set_data(so).add(k.get())?;
        }
        return Ok(());
    }
    let it = Owned::new(crate::ops::get_iter(other)?).expect("iterator");
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        set_data(so).add(x.get())?;
    }
    Ok(())
}

/// `set_copy`: a new set of `so`'s type with the same keys.
fn copy_as(ty: &'static TypeObject, so: Obj) -> PyResult<Obj> {
    new_set_from(ty, so)
}

fn base_type(o: Obj) -> &'static TypeObject {
    if o.ty().is_subtype(&FROZENSET_TYPE) {
        &FROZENSET_TYPE
    } else {
        &SET_TYPE
    }
}

fn set_copy(so: Obj) -> PyResult<Obj> {
    copy_as(base_type(so), so)
}

/// `set_intersection`.
fn intersection(so: Obj, other: Obj) -> PyResult<Obj> {
    if so == other {
        return set_copy(so);
    }
    let result = Owned::new(new_empty(base_type(so))).expect("allocated");
    if is_anyset(other) {
        let (big, small) = if set_data(other).len() > set_data(so).len() { (other, so) } else { (so, other) };
        for (h, k) in snapshot(small) {
            if set_data(big).contains_entry(k.get(), h)? {
                set_data(result.get()).add_entry(k.get(), h)?;
            }
        }
        return Ok(result.release());
    }
    let it = Owned::new(crate::ops::get_iter(other)?).expect("iterator");
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        let h = crate::ops::hash(x.get())?;
        if set_data(so).contains_entry(x.get(), h)? {
            set_data(result.get()).add_entry(x.get(), h)?;
            if set_data(result.get()).len() >= set_data(so).len() {
                break;
            }
        }
    }
    Ok(result.release())
}

/// `set_difference_update_internal`.
fn difference_update_internal(so: Obj, other: Obj) -> PyResult<()> {
    if so == other {
        set_data(so).clear();
        return Ok(());
    }
    if is_anyset(other) {
        let other = if set_data(other).len() >> 3 > set_data(so).len() {
            Owned::new(intersection(so, other)?).expect("set")
        } else {
            Owned::new(other.incref()).expect("set")
        };
        for (h, k) in snapshot(other.get()) {
            set_data(so).discard_entry(k.get(), h)?;
        }
    } else {
        let it = Owned::new(crate::ops::get_iter(other)?).expect("iterator");
        while let Some(x) = crate::ops::iter_next(it.get())? {
            let x = Owned::new(x).expect("item");
            set_data(so).discard(x.get())?;
        }
    }
    let s = set_data(so);
    if s.fill - s.used > s.mask() / 4 {
        s.resize(if s.used > 50000 { s.used * 2 } else { s.used * 4 });
    }
    Ok(())
}

/// `set_difference`.
fn difference(so: Obj, other: Obj) -> PyResult<Obj> {
    let other_size = if is_anyset(other) {
        set_data(other).len()
    } else if other.is_type(&crate::types::dict::DICT_TYPE) {
        crate::types::dict::dict_data(other).len()
    } else {
        usize::MAX
    };
    if other_size == usize::MAX || (set_data(so).len() >> 2) > other_size {
        let result = Owned::new(set_copy(so)?).expect("set");
        difference_update_internal(result.get(), other)?;
        return Ok(result.release());
    }
    let result = Owned::new(new_empty(base_type(so))).expect("allocated");
    for (h, k) in snapshot(so) {
        let present = if is_anyset(other) {
            set_data(other).contains_entry(k.get(), h)?
        } else {
            crate::types::dict::dict_data(other).get(k.get())?.is_some()
        };
        if !present {
            set_data(result.get()).add_entry(k.get(), h)?;
        }
    }
    Ok(result.release())
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(so: Obj, other: Obj) -> PyResult<()> {
    if so == other {
        set_data(so).clear();
        return Ok(());
    }
    let otherset = if is_anyset(other) {
        Owned::new(other.incref()).expect("set")
    } else if other.is_type(&crate::types::dict::DICT_TYPE) {
        let keys: Vec<Owned> =
            crate::types::dict::dict_data(other).iter().map(|(k, _)| Owned::new(k.incref()).expect("key")).collect();
        for k in keys {
            let h = crate::ops::hash(k.get())?;
            if !set_data(so).discard_entry(k.get(), h)? {
                set_data(so).add_entry(k.get(), h)?;
            }
        }
        return Ok(());
    } else {
        Owned::new(new_set_from(base_type(so), other)?).expect("set")
    };
    for (h, k) in snapshot(otherset.get()) {
        if !set_data(so).discard_entry(k.get(), h)? {
            set_data(so).add_entry(k.get(), h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`.
fn symmetric_difference(so: Obj, other: Obj) -> PyResult<Obj> {
    let result = Owned::new(new_set_from(base_type(so), other)?).expect("set");
    symmetric_difference_update(result.get(), so)?;
    Ok(result.release())
}

/// `set_issubset`.
fn issubset(so: Obj, other: Obj) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = Owned::new(intersection(so, other)?).expect("set");
        return Ok(set_data(tmp.get()).len() == set_data(so).len());
    }
    if set_data(so).len() > set_data(other).len() {
        return Ok(false);
    }
    for (h, k) in snapshot(so) {
        if !set_data(other).contains_entry(k.get(), h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(so: Obj, other: Obj) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let it = Owned::new(crate::ops::get_iter(other)?).expect("iterator");
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        if !set_data(so).contains(x.get())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint`.
fn isdisjoint(so: Obj, other: Obj) -> PyResult<bool> {
    if so == other {
        return Ok(set_data(so).is_empty());
    }
    if is_anyset(other) {
        let (big, small) = if set_data(other).len() > set_data(so).len() { (other, so) } else { (so, other) };
        for (h, k) in snapshot(small) {
            if set_data(big).contains_entry(k.get(), h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = Owned::new(crate::ops::get_iter(other)?).expect("iterator");
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        if set_data(so).contains(x.get())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A lookup of `key` that retries with a frozenset when `key` is an (unhashable) set, as
/// `set_contains`, `set_remove` and `set_discard` do.
fn with_frozen_key<T>(key: Obj, f: impl Fn(Obj) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e) if is_set(key) && exception_is(&TYPE_ERROR) => {
            let _ = e;
            crate::errors::fetch().decref();
            let tmp = Owned::new(new_set_from(&FROZENSET_TYPE, key)?).expect("frozenset");
            f(tmp.get())
        }
        r => r,
    }
}

fn exception_is(ty: &'static TypeObject) -> bool {
    let e = crate::errors::current();
    !e.is_null() && e.ty().is_subtype(ty)
}

// ---- slots ----------------------------------------------------------------------------------

fn set_dealloc(o: Obj) {
    crate::types::weakref::clear_if_referenced(o);
    let keys = set_data(o).take_all();
    crate::object::dealloc_box::<SetData>(o);
    keys.into_iter().for_each(Obj::decref);
}

fn set_repr(o: Obj) -> PyResult<Obj> {
    let name = o.ty().name.get();
    if set_data(o).is_empty() {
        return Ok(new_string(format!("{name}()")));
    }
    let Some(_guard) = crate::ops::ReprGuard::enter(o) else {
        return Ok(new_string(format!("{name}(...)")));
    };
    let keys = snapshot(o);
    let mut s = String::new();
    for (i, (_, k)) in keys.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&crate::ops::repr_string(k.get())?);
    }
    Ok(new_string(if o.is_type(&SET_TYPE) { format!("{{{s}}}") } else { format!("{name}({{{s}}})") }))
}

fn set_richcompare(a: Obj, b: Obj, op: CompareOp) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (set_data(a).len(), set_data(b).len());
    let r = match op {
        CompareOp::Eq => la == lb && issubset(a, b)?,
        CompareOp::Ne => !(la == lb && issubset(a, b)?),
        CompareOp::Le => issubset(a, b)?,
        CompareOp::Ge => issuperset(a, b)?,
        CompareOp::Lt => la < lb && issubset(a, b)?,
        CompareOp::Gt => la > lb && issuperset(a, b)?,
    };
    Ok(new_bool(r))
}

fn frozenset_hash(o: Obj) -> PyResult<i64> {
    let d = set_data(o);
    if let Some(h) = d.hash {
        return Ok(h);
    }
    let h = d.frozen_hash();
    d.hash = Some(h);
    Ok(h)
}

fn set_contains(o: Obj, key: Obj) -> PyResult<bool> {
    with_frozen_key(key, |k| set_data(o).contains(k))
}

fn nb_or(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    let result = Owned::new(set_copy(a)?).expect("set");
    if a != b {
        update_internal(result.get(), b)?;
    }
    Ok(result.release())
}

fn nb_and(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    intersection(a, b)
}

fn nb_sub(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    difference(a, b)
}

fn nb_xor(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    symmetric_difference(a, b)
}

fn parse_new(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(type_error(format!("{name} expected at most 1 argument, got {}", args.len())));
    }
    Ok(args.first().copied().unwrap_or(Obj::NULL))
}

/// `set.__new__`: an empty set of `ty` (possibly a subclass); `__init__` fills it.
fn set_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(new_empty(ty))
}

/// `set.__init__(iterable=())`: replace the contents.
fn set_init(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let it = parse_new("set", args, kwnames)?;
    set_data(s).clear();
    if !it.is_null() {
        update_internal(s, it)?;
    }
    Ok(())
}

fn frozenset_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let it = parse_new("frozenset", args, kwnames)?;
    if !it.is_null() && it.is_type(&FROZENSET_TYPE) {
        return Ok(it.incref());
    }
    new_set_from(&FROZENSET_TYPE, it)
}

// ---- iterator -------------------------------------------------------------------------------

struct SetIter {
    set: Obj,
    pos: usize,
    used: usize,
}

fn set_iter(o: Obj) -> PyResult<Obj> {
    Ok(alloc(&SET_ITER_TYPE, SetIter { set: o.incref(), pos: 0, used: set_data(o).used }))
}

fn set_iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let st = payload::<SetIter>(it);
    if st.set.is_null() {
        return Ok(None);
    }
    let d = set_data(st.set);
    if d.used != st.used {
        st.used = usize::MAX; // sticky, as in CPython
        return Err(raise(&RUNTIME_ERROR, "Set changed size during iteration"));
    }
    while let Some(s) = d.slot_at(st.pos) {
        st.pos += 1;
        if let Some(k) = s {
            return Ok(Some(k.incref()));
        }
    }
    std::mem::replace(&mut st.set, Obj::NULL).decref();
    Ok(None)
}

fn set_iter_dealloc(o: Obj) {
    payload::<SetIter>(o).set.xdecref();
    crate::object::dealloc_box::<SetIter>(o);
}

/// Items left (`setiter_len`): the live slots after the position; none once the set
/// changed size.
fn set_iter_len(it: Obj) -> PyResult<usize> {
    let st = payload::<SetIter>(it);
    if st.set.is_null() || set_data(st.set).used != st.used {
        return Ok(0);
    }
    let d = set_data(st.set);
    let mut n = 0;
    let mut pos = st.pos;
    while let Some(s) = d.slot_at(pos) {
        pos += 1;
        n += usize::from(s.is_some());
    }
    Ok(n)
}

static SET_ITER_METHODS: [crate::typeobj::MethodDef; 1] = [crate::typeobj::MethodDef {
    name: "__length_hint__",
    meth: |it, a, k| crate::types::iter::length_hint_method(it, a, k, set_iter_len),
}];

pub static SET_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("set_iterator"),
    tp_dealloc: set_iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(set_iter_next),
    methods: &SET_ITER_METHODS,
    ..TypeObject::DEFAULT
};

// ---- methods --------------------------------------------------------------------------------

/// METH_O argument check with CPython's message (`set.add() takes exactly one argument`).
fn one_arg(qual: &str, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!("{qual}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(args[0])
}

fn no_args(qual: &str, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(type_error(format!("{qual}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

fn var_args<'a>(qual: &str, args: &'a [Obj], kwnames: Obj) -> PyResult<&'a [Obj]> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(args)
}

fn qual(s: Obj, m: &str) -> String {
    format!("{}.{m}", base_type(s).name)
}

fn m_add(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let k = one_arg("set.add", args, kwnames)?;
    set_data(s).add(k)?;
    Ok(none())
}

fn m_remove(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let k = one_arg("set.remove", args, kwnames)?;
    if !with_frozen_key(k, |k| set_data(s).discard(k))? {
        return Err(raise_with_arg(&KEY_ERROR, k.incref()));
    }
    Ok(none())
}

fn m_discard(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let k = one_arg("set.discard", args, kwnames)?;
    with_frozen_key(k, |k| set_data(s).discard(k))?;
    Ok(none())
}

fn m_pop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("set.pop", args, kwnames)?;
    match set_data(s).pop() {
        Some(k) => Ok(k),
        None => Err(raise(&KEY_ERROR, "pop from an empty set")),
    }
}

fn m_clear(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args("set.clear", args, kwnames)?;
    set_data(s).clear();
    Ok(none())
}

fn m_copy(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    no_args(&qual(s, "copy"), args, kwnames)?;
    if s.is_type(&FROZENSET_TYPE) {
        return Ok(s.incref());
    }
    set_copy(s)
}

fn m_update(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    for &o in var_args("set.update", args, kwnames)? {
        update_internal(s, o)?;
    }
    Ok(none())
}

fn m_union(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let others = var_args(&qual(s, "union"), args, kwnames)?;
    let result = Owned::new(set_copy(s)?).expect("set");
    for &o in others {
        if o != s {
            update_internal(result.get(), o)?;
        }
    }
    Ok(result.release())
}

fn m_intersection(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let others = var_args(&qual(s, "intersection"), args, kwnames)?;
    if others.is_empty() {
        return set_copy(s);
    }
    let mut result = Owned::new(s.incref()).expect("set");
    for &o in others {
        result = Owned::new(intersection(result.get(), o)?).expect("set");
    }
    Ok(result.release())
}

fn m_intersection_update(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let r = Owned::new(m_intersection(s, args, kwnames)?).expect("set");
    if r.get() != s {
        std::mem::swap(set_data(s), set_data(r.get()));
        set_data(s).hash = None;
        set_data(s).finger = set_data(r.get()).finger;
    }
    Ok(none())
}

fn m_difference(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let others = var_args(&qual(s, "difference"), args, kwnames)?;
    let Some((&first, rest)) = others.split_first() else {
        return set_copy(s);
    };
    let result = Owned::new(difference(s, first)?).expect("set");
    for &o in rest {
        difference_update_internal(result.get(), o)?;
    }
    Ok(result.release())
}

fn m_difference_update(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    for &o in var_args("set.difference_update", args, kwnames)? {
        difference_update_internal(s, o)?;
    }
    Ok(none())
}

fn m_symmetric_difference(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = one_arg(&qual(s, "symmetric_difference"), args, kwnames)?;
    symmetric_difference(s, o)
}

fn m_symmetric_difference_update(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = one_arg("set.symmetric_difference_update", args, kwnames)?;
    symmetric_difference_update(s, o)?;
    Ok(none())
}

fn m_issubset(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = one_arg(&qual(s, "issubset"), args, kwnames)?;
    Ok(new_bool(issubset(s, o)?))
}

fn m_issuperset(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = one_arg(&qual(s, "issuperset"), args, kwnames)?;
    Ok(new_bool(issuperset(s, o)?))
}

fn m_isdisjoint(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let o = one_arg(&qual(s, "isdisjoint"), args, kwnames)?;
    Ok(new_bool(isdisjoint(s, o)?))
}

pub static SET_METHODS: [MethodDef; 18] = [
    MethodDef { name: "add", meth: m_add },
    MethodDef { name: "remove", meth: m_remove },
    MethodDef { name: "discard", meth: m_discard },
    MethodDef { name: "pop", meth: m_pop },
    MethodDef { name: "clear", meth: m_clear },
    MethodDef { name: "copy", meth: m_copy },
    MethodDef { name: "update", meth: m_update },
    MethodDef { name: "union", meth: m_union },
    MethodDef { name: "intersection", meth: m_intersection },
    MethodDef { name: "intersection_update", meth: m_intersection_update },
    MethodDef { name: "difference", meth: m_difference },
    MethodDef { name: "difference_update", meth: m_difference_update },
    MethodDef { name: "symmetric_difference", meth: m_symmetric_difference },
    MethodDef { name: "symmetric_difference_update", meth: m_symmetric_difference_update },
    MethodDef { name: "issubset", meth: m_issubset },
    MethodDef { name: "issuperset", meth: m_issuperset },
    MethodDef { name: "isdisjoint", meth: m_isdisjoint },
    MethodDef { name: "__contains__", meth: m_contains },
];

fn m_contains(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let k = one_arg(&qual(s, "__contains__"), args, kwnames)?;
    Ok(new_bool(set_contains(s, k)?))
}

pub static FROZENSET_METHODS: [MethodDef; 9] = [
    MethodDef { name: "copy", meth: m_copy },
    MethodDef { name: "union", meth: m_union },
    MethodDef { name: "intersection", meth: m_intersection },
    MethodDef { name: "difference", meth: m_difference },
    MethodDef { name: "symmetric_difference", meth: m_symmetric_difference },
    MethodDef { name: "issubset", meth: m_issubset },
    MethodDef { name: "issuperset", meth: m_issuperset },
    MethodDef { name: "isdisjoint", meth: m_isdisjoint },
    MethodDef { name: "__contains__", meth: m_contains },
];

const SET_NUMBER: NumberMethods = NumberMethods {
    nb_or: Some(nb_or),
    nb_and: Some(nb_and),
    nb_subtract: Some(nb_sub),
    nb_xor: Some(nb_xor),
    ..NumberMethods::NONE
};

pub static SET_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("set"),
    tp_dealloc: set_dealloc,
    tp_repr: Some(set_repr),
    tp_hash: Some(crate::ops::hash_unhashable),
    tp_richcompare: Some(set_richcompare),
    tp_iter: Some(set_iter),
    tp_new: Some(set_new),
    tp_init: Some(set_init),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<SetData>>(),
    tp_as_number: NumberMethods {
        nb_inplace_or: Some(set_ior),
        nb_inplace_and: Some(set_iand),
        nb_inplace_subtract: Some(set_isub),
        nb_inplace_xor: Some(set_ixor),
        ..SET_NUMBER
    },
    sq_length: Some(|o| Ok(set_data(o).len())),
    sq_contains: Some(set_contains),
    methods: &SET_METHODS,
    ..TypeObject::DEFAULT
};

pub static FROZENSET_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("frozenset"),
    tp_dealloc: set_dealloc,
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<SetData>>(),
    tp_repr: Some(set_repr),
    tp_hash: Some(frozenset_hash),
    tp_richcompare: Some(set_richcompare),
    tp_iter: Some(set_iter),
    tp_new: Some(frozenset_new),
    tp_as_number: SET_NUMBER,
    sq_length: Some(|o| Ok(set_data(o).len())),
    sq_contains: Some(set_contains),
    methods: &FROZENSET_METHODS,
    ..TypeObject::DEFAULT
};

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` for a (mutable) set: update in place; a non-set
/// operand declines, so the binary operator reports the error.
fn set_inplace(a: Obj, b: Obj, update: fn(Obj, Obj) -> PyResult<()>) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    update(a, b)?;
    Ok(a.incref())
}

fn set_ior(a: Obj, b: Obj) -> PyResult<Obj> {
    set_inplace(a, b, |a, b| if a == b { Ok(()) } else { update_internal(a, b) })
}

fn set_iand(a: Obj, b: Obj) -> PyResult<Obj> {
    set_inplace(a, b, |a, b| m_intersection_update(a, &[b], Obj::NULL).map(|_| ()))
}

fn set_isub(a: Obj, b: Obj) -> PyResult<Obj> {
    set_inplace(a, b, difference_update_internal)
}

fn set_ixor(a: Obj, b: Obj) -> PyResult<Obj> {
    set_inplace(a, b, symmetric_difference_update)
}

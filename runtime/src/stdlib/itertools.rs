//! `_itertools`, the Rust half of `itertools` (CPython's `Modules/itertoolsmodule.c`): the
//! tools whose per-item cost matters most in loops, as types named as CPython's are
//! (`itertools.count`, …): `count`, `repeat`, `cycle`, `product`, `permutations`,
//! `combinations`, `combinations_with_replacement` and `zip_longest`.
//! `runtime/pylib/itertools.py` re-exports them and writes the rest in Python.
//!
//! Each object owns its references (released by `tp_dealloc`); the combinatoric ones read
//! their inputs into pools when created, and keep index vectors as the C code does (the
//! results are new tuples each time: CPython's reuse of a result tuple nobody holds is an
//! optimisation with no visible effect). `count` keeps machine integers while its values fit
//! and falls back to `+` on objects otherwise (floats, big ints, other numbers).

use crate::call::{kwnames_len, Args};
use crate::errors::{type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::int::{int_view, new_int, IntVal};
use crate::types::str::{new_string, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::{none, type_name};

fn own(o: Obj) -> Owned {
    Owned::new(o).expect("non-null")
}

fn repr_of(o: Obj) -> PyResult<String> {
    let r = own(crate::ops::repr(o)?);
    Ok(str_value(r.get()).to_string())
}

/// `r` of `permutations`/`combinations`: a non-negative index-sized int.
fn r_arg(o: Obj, not_int: &str) -> PyResult<usize> {
    let Some(v) = int_view(o) else {
        return Err(type_error(if not_int.is_empty() {
            format!("'{}' object cannot be interpreted as an integer", type_name(o))
        } else {
            not_int.to_string()
        }));
    };
    match v {
        IntVal::Small(v) if v < 0 => Err(value_error("r must be non-negative")),
        IntVal::Small(v) => Ok(v as usize),
        IntVal::Big(b) if num_traits::Signed::is_negative(b) => Err(value_error("r must be non-negative")),
        IntVal::Big(_) => Err(crate::errors::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn collect(o: Obj) -> PyResult<Vec<Obj>> {
    crate::ops::collect_iterable(o)
}

fn drop_all(v: &mut Vec<Obj>) {
    std::mem::take(v).into_iter().for_each(Obj::xdecref);
}

// ---- count --------------------------------------------------------------------------------

pub struct Count {
    /// The next value, as machine ints while both it and the step are small.
    fast: Option<(i64, i64)>,
    /// The next value and the step as objects (used when `fast` is `None`).
    n: Obj,
    step: Obj,
}

fn is_number(o: Obj) -> bool {
    int_view(o).is_some()
        || crate::types::float::is_float(o)
        || o.ty().is_subtype(&crate::types::complex::COMPLEX_TYPE)
        || ["__index__", "__float__", "__int__", "__complex__"]
            .iter()
            .any(|n| crate::slots::lookup_special(o, n).is_some())
}

fn small(o: Obj) -> Option<i64> {
    match int_view(o)? {
        IntVal::Small(v) => Some(v),
        IntVal::Big(_) => None,
    }
}

fn count_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("count", args, kwnames, &["start", "step"], 0)?;
    let zero = own(new_int(0));
    let one = own(new_int(1));
    let start = a.get(0).unwrap_or(zero.get());
    let step = a.get(1).unwrap_or(one.get());
    if !is_number(start) || !is_number(step) {
        return Err(type_error("a number is required"));
    }
    // CPython counts in machine ints (yielding exact ints) when the start is an int and the
    // step is 1; ophis does for any small int step, which differs only for a start that is an
    // int subclass (`count(True, 2)` yields `True` first): that keeps CPython's slow path.
    let exact = |o: Obj| o.is_type(&crate::types::int::INT_TYPE);
    let fast = match (small(start), small(step)) {
        (Some(n), Some(s)) if exact(step) && (exact(start) || s == 1) => Some((n, s)),
        _ => None,
    };
    Ok(alloc(ty, Count { fast, n: start.incref(), step: step.incref() }))
}

fn count_next(o: Obj) -> PyResult<Option<Obj>> {
    let c = payload::<Count>(o);
    if let Some((n, s)) = c.fast {
        match n.checked_add(s) {
            Some(next) => c.fast = Some((next, s)),
            None => {
                // Leave the fast path: the object form takes over from the next value.
                c.fast = None;
                let cur = new_int(n);
                let next = crate::ops::binary_op(cur, c.step, crate::ops::BinOp::Add)?;
                std::mem::replace(&mut c.n, next).decref();
                return Ok(Some(cur));
            }
        }
        return Ok(Some(new_int(n)));
    }
    let cur = c.n.incref();
    let next = crate::ops::binary_op(cur, c.step, crate::ops::BinOp::Add);
    match next {
        Ok(next) => {
            std::mem::replace(&mut c.n, next).decref();
            Ok(Some(cur))
        }
        Err(e) => {
            cur.decref();
            Err(e)
        }
    }
}

fn count_repr(o: Obj) -> PyResult<Obj> {
    let c = payload::<Count>(o);
    let (n, step) = match c.fast {
        Some((n, _)) => (n.to_string(), repr_of(c.step)?),
        None => (repr_of(c.n)?, repr_of(c.step)?),
    };
    let step_is_one = int_view(c.step).is_some_and(|v| matches!(v, IntVal::Small(1)));
    let name = o.ty().name.rsplit('.').next().unwrap_or("count");
    Ok(new_string(if step_is_one { format!("{name}({n})") } else { format!("{name}({n}, {step})") }))
}

fn count_dealloc(o: Obj) {
    let c = payload::<Count>(o);
    let (n, s) = (c.n, c.step);
    dealloc_box::<Count>(o);
    n.xdecref();
    s.xdecref();
}

pub static COUNT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("itertools.count"),
    tp_dealloc: count_dealloc,
    tp_repr: Some(count_repr),
    tp_new: Some(count_new),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Count>>(),
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(count_next),
    ..TypeObject::DEFAULT
};

// ---- repeat -------------------------------------------------------------------------------

pub struct Repeat {
    obj: Obj,
    /// Items left, or -1 for forever.
    left: i64,
}

fn repeat_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("repeat", args, kwnames, &["object", "times"], 1)?;
    let left = match a.get(1) {
        None => -1,
        Some(t) => match int_view(t) {
            Some(IntVal::Small(v)) => v.max(0),
            Some(IntVal::Big(b)) if num_traits::Signed::is_negative(b) => 0,
            Some(IntVal::Big(_)) => {
                return Err(crate::errors::overflow_error("Python int too large to convert to C ssize_t"))
            }
            None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(t)))),
        },
    };
    Ok(alloc(ty, Repeat { obj: a.req(0).incref(), left }))
}

fn repeat_next(o: Obj) -> PyResult<Option<Obj>> {
    let r = payload::<Repeat>(o);
    match r.left {
        0 => Ok(None),
        n => {
            if n > 0 {
                r.left = n - 1;
            }
            Ok(Some(r.obj.incref()))
        }
    }
}

fn repeat_repr(o: Obj) -> PyResult<Obj> {
    let r = payload::<Repeat>(o);
    let obj = repr_of(r.obj)?;
    let name = o.ty().name.rsplit('.').next().unwrap_or("repeat");
    Ok(new_string(if r.left < 0 { format!("{name}({obj})") } else { format!("{name}({obj}, {})", r.left) }))
}

fn repeat_length_hint(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("repeat.__length_hint__", args, kwnames)?;
    let r = payload::<Repeat>(s);
    if r.left < 0 {
        return Err(type_error("len() of unsized object"));
    }
    Ok(new_int(r.left))
}

static REPEAT_METHODS: [MethodDef; 1] = [MethodDef { name: "__length_hint__", meth: repeat_length_hint }];

fn repeat_dealloc(o: Obj) {
    let obj = payload::<Repeat>(o).obj;
    dealloc_box::<Repeat>(o);
    obj.xdecref();
}

pub static REPEAT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("itertools.repeat"),
    tp_dealloc: repeat_dealloc,
    tp_repr: Some(repeat_repr),
    tp_new: Some(repeat_new),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<Repeat>>(),
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(repeat_next),
    methods: &REPEAT_METHODS,
    ..TypeObject::DEFAULT
};

// ---- cycle --------------------------------------------------------------------------------

pub struct Cycle {
    /// The source iterator, null once exhausted.
    it: Obj,
    saved: Vec<Obj>,
    index: usize,
}

fn cycle_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("cycle", args, kwnames, 1, 1)?;
    let it = crate::ops::get_iter(a[0])?;
    Ok(alloc(ty, Cycle { it, saved: Vec::new(), index: 0 }))
}

fn cycle_next(o: Obj) -> PyResult<Option<Obj>> {
    let c = payload::<Cycle>(o);
    if !c.it.is_null() {
        let it = own(c.it.incref());
        match crate::ops::iter_next(it.get())? {
            Some(x) => {
                let c = payload::<Cycle>(o);
                c.saved.push(x.incref());
                return Ok(Some(x));
            }
            None => {
                let c = payload::<Cycle>(o);
                std::mem::replace(&mut c.it, Obj::NULL).xdecref();
            }
        }
    }
    let c = payload::<Cycle>(o);
    if c.saved.is_empty() {
        return Ok(None);
    }
    let x = c.saved[c.index].incref();
    c.index = (c.index + 1) % c.saved.len();
    Ok(Some(x))
}

fn cycle_dealloc(o: Obj) {
    let c = payload::<Cycle>(o);
    let it = c.it;
    let mut saved = std::mem::take(&mut c.saved);
    dealloc_box::<Cycle>(o);
    it.xdecref();
    drop_all(&mut saved);
}

pub static CYCLE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("itertools.cycle"),
    tp_dealloc: cycle_dealloc,
    tp_new: Some(cycle_new),
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(cycle_next),
    ..TypeObject::DEFAULT
};

// ---- the combinatoric iterators -------------------------------------------------------------

/// The state every combinatoric iterator shares: its pools, the current indices and (for
/// permutations) the cycles; `first` until the first result, `done` after the last.
pub struct Combo {
    kind: Kind,
    /// One pool per position for `product`, a single pool otherwise.
    pools: Vec<Vec<Obj>>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    first: bool,
    done: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

fn new_combo(ty: &'static TypeObject, kind: Kind, pools: Vec<Vec<Obj>>, r: usize) -> Obj {
    let n = pools.first().map_or(0, Vec::len);
    let (indices, cycles, done) = match kind {
        Kind::Product => (vec![0; pools.len()], Vec::new(), pools.iter().any(Vec::is_empty)),
        Kind::Permutations if r > n => (Vec::new(), Vec::new(), true),
        Kind::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect(), false),
        Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        Kind::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    alloc(ty, Combo { kind, pools, indices, cycles, r, first: true, done })
}

fn combo_result(c: &Combo) -> Obj {
    let items = match c.kind {
        Kind::Product => c.indices.iter().zip(&c.pools).map(|(&i, p)| p[i].incref()).collect(),
        _ => c.indices[..c.r].iter().map(|&i| c.pools[0][i].incref()).collect(),
    };
    new_tuple(items)
}

/// Advance the indices to the next result; false when there is none.
fn combo_advance(c: &mut Combo) -> bool {
    match c.kind {
        Kind::Product => {
            for i in (0..c.indices.len()).rev() {
                c.indices[i] += 1;
                if c.indices[i] < c.pools[i].len() {
                    return true;
                }
                c.indices[i] = 0;
            }
            false
        }
        Kind::Combinations => {
            let (n, r) = (c.pools[0].len(), c.r);
            let Some(i) = (0..r).rev().find(|&i| c.indices[i] != i + n - r) else { return false };
            c.indices[i] += 1;
            for j in i + 1..r {
                c.indices[j] = c.indices[j - 1] + 1;
            }
            true
        }
        Kind::WithReplacement => {
            let (n, r) = (c.pools[0].len(), c.r);
            let Some(i) = (0..r).rev().find(|&i| c.indices[i] != n - 1) else { return false };
            let v = c.indices[i] + 1;
            for j in i..r {
                c.indices[j] = v;
            }
            true
        }
        Kind::Permutations => {
            let (n, r) = (c.pools[0].len(), c.r);
            if n == 0 {
                return false;
            }
            for i in (0..r).rev() {
                c.cycles[i] -= 1;
                if c.cycles[i] == 0 {
                    // Rotate indices[i:] left by one.
                    c.indices[i..].rotate_left(1);
                    c.cycles[i] = n - i;
                } else {
                    let j = c.cycles[i];
                    c.indices.swap(i, n - j);
                    return true;
                }
            }
            false
        }
    }
}

fn combo_next(o: Obj) -> PyResult<Option<Obj>> {
    let c = payload::<Combo>(o);
    if c.done {
        return Ok(None);
    }
    if c.first {
        c.first = false;
    } else if !combo_advance(c) {
        c.done = true;
        return Ok(None);
    }
    Ok(Some(combo_result(c)))
}

fn combo_dealloc(o: Obj) {
    let pools = std::mem::take(&mut payload::<Combo>(o).pools);
    dealloc_box::<Combo>(o);
    for mut p in pools {
        drop_all(&mut p);
    }
}

fn product_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    let mut repeat = 1usize;
    for k in 0..nkw {
        let name = str_value(tuple_items(kwnames)[k]);
        if name != "repeat" {
            return Err(type_error(format!("'{name}' is an invalid keyword argument for product()")));
        }
        let v = args[npos + k];
        repeat = match int_view(v) {
            Some(IntVal::Small(n)) if n < 0 => return Err(value_error("repeat argument cannot be negative")),
            Some(IntVal::Small(n)) => n as usize,
            Some(IntVal::Big(b)) if num_traits::Signed::is_negative(b) => {
                return Err(value_error("repeat argument cannot be negative"))
            }
            Some(IntVal::Big(_)) => {
                return Err(crate::errors::overflow_error("Python int too large to convert to C ssize_t"))
            }
            None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
        };
    }
    let mut base: Vec<Vec<Obj>> = Vec::new();
    for &a in &args[..npos] {
        match collect(a) {
            Ok(v) => base.push(v),
            Err(e) => {
                for mut p in base {
                    drop_all(&mut p);
                }
                return Err(e);
            }
        }
    }
    let mut pools = Vec::with_capacity(base.len() * repeat);
    for _ in 0..repeat {
        for p in &base {
            pools.push(p.iter().map(|x| x.incref()).collect());
        }
    }
    for mut p in base {
        drop_all(&mut p);
    }
    Ok(new_combo(ty, Kind::Product, pools, 0))
}

fn permutations_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("permutations", args, kwnames, &["iterable", "r"], 1)?;
    let pool = collect(a.req(0))?;
    let r = match a.get(1) {
        None => pool.len(),
        Some(x) if x == none() => pool.len(),
        Some(x) => match r_arg(x, "Expected int as r") {
            Ok(r) => r,
            Err(e) => {
                pool.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        },
    };
    Ok(new_combo(ty, Kind::Permutations, vec![pool], r))
}

fn combinations_common(ty: &'static TypeObject, name: &str, kind: Kind, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &["iterable", "r"], 2)?;
    let pool = collect(a.req(0))?;
    let r = match r_arg(a.req(1), "") {
        Ok(r) => r,
        Err(e) => {
            pool.into_iter().for_each(Obj::decref);
            return Err(e);
        }
    };
    Ok(new_combo(ty, kind, vec![pool], r))
}

macro_rules! combo_type {
    ($static:ident, $name:literal, $new:expr) => {
        pub static $static: TypeObject = TypeObject {
            name: crate::typeobj::TypeName::new($name),
            tp_dealloc: combo_dealloc,
            tp_new: Some($new),
            tp_iter: Some(|o| Ok(o.incref())),
            tp_iternext: Some(combo_next),
            ..TypeObject::DEFAULT
        };
    };
}

combo_type!(PRODUCT_TYPE, "itertools.product", product_new);
combo_type!(PERMUTATIONS_TYPE, "itertools.permutations", permutations_new);
combo_type!(COMBINATIONS_TYPE, "itertools.combinations", |ty, a, k| combinations_common(
    ty,
    "combinations",
    Kind::Combinations,
    a,
    k
));
combo_type!(CWR_TYPE, "itertools.combinations_with_replacement", |ty, a, k| combinations_common(
    ty,
    "combinations_with_replacement",
    Kind::WithReplacement,
    a,
    k
));

// ---- zip_longest --------------------------------------------------------------------------

pub struct ZipLongest {
    /// The iterators; an exhausted one becomes null.
    its: Vec<Obj>,
    active: usize,
    fill: Obj,
}

fn zip_longest_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    let mut fill = none();
    for k in 0..nkw {
        if str_value(tuple_items(kwnames)[k]) != "fillvalue" {
            // (sic: CPython 3.12 does not name the argument)
            return Err(type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = args[npos + k];
    }
    let mut its = Vec::with_capacity(npos);
    for &a in &args[..npos] {
        match crate::ops::get_iter(a) {
            Ok(it) => its.push(it),
            Err(e) => {
                drop_all(&mut its);
                return Err(e);
            }
        }
    }
    let active = its.len();
    Ok(alloc(ty, ZipLongest { its, active, fill: fill.incref() }))
}

fn zip_longest_next(o: Obj) -> PyResult<Option<Obj>> {
    let n = payload::<ZipLongest>(o).its.len();
    if n == 0 || payload::<ZipLongest>(o).active == 0 {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let z = payload::<ZipLongest>(o);
        let it = z.its[i];
        if it.is_null() {
            items.push(z.fill.incref());
            continue;
        }
        let it = own(it.incref());
        match crate::ops::iter_next(it.get()) {
            Ok(Some(v)) => items.push(v),
            Ok(None) => {
                let z = payload::<ZipLongest>(o);
                z.active -= 1;
                if z.active == 0 {
                    items.into_iter().for_each(Obj::decref);
                    drop_all(&mut z.its);
                    return Ok(None);
                }
                std::mem::replace(&mut z.its[i], Obj::NULL).decref();
                items.push(z.fill.incref());
            }
            Err(e) => {
                items.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        }
    }
    Ok(Some(new_tuple(items)))
}

fn zip_longest_dealloc(o: Obj) {
    let z = payload::<ZipLongest>(o);
    let mut its = std::mem::take(&mut z.its);
    let fill = z.fill;
    dealloc_box::<ZipLongest>(o);
    drop_all(&mut its);
    fill.xdecref();
}

pub static ZIP_LONGEST_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("itertools.zip_longest"),
    tp_dealloc: zip_longest_dealloc,
    tp_new: Some(zip_longest_new),
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(zip_longest_next),
    ..TypeObject::DEFAULT
};

pub fn init() -> Obj {
    let m = crate::types::module::new_module("_itertools");
    for (name, ty) in [
        ("count", &COUNT_TYPE),
        ("repeat", &REPEAT_TYPE),
        ("cycle", &CYCLE_TYPE),
        ("product", &PRODUCT_TYPE),
        ("permutations", &PERMUTATIONS_TYPE),
        ("combinations", &COMBINATIONS_TYPE),
        ("combinations_with_replacement", &CWR_TYPE),
        ("zip_longest", &ZIP_LONGEST_TYPE),
    ] {
        crate::types::module::module_set(m, name, ty.obj());
    }
    m
}

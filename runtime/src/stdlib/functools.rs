//! `_functools`, the Rust half of `functools` (CPython's `Lib/functools.py` and
//! `Modules/_functoolsmodule.c`): `reduce`, `partial`, `update_wrapper`, `wraps`,
//! `total_ordering`. `runtime/pylib/functools.py` re-exports these and adds the rest.
//!
//! Functions CPython creates at run time (the decorator `wraps` returns, the comparison
//! methods `total_ordering` adds, a `partial`) are native closures
//! ([`crate::types::native`]) capturing their arguments in a tuple. A `partial` does not bind
//! as a method, as CPython's C `partial` does not; its `func`, `args` and `keywords` are
//! attributes.
//!
//! `partial` is a function returning native closures here, not a class:
//! `isinstance(x, functools.partial)` raises.

use crate::call::kwnames_len;
use crate::errors::{type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::types::dict::{dict_data, new_dict};
use crate::types::native::new_native;
use crate::types::not_implemented;
use crate::types::str::new_str;
use crate::types::tuple::{new_tuple, tuple_items};

fn own(o: Obj) -> Owned {
    Owned::new(o).expect("non-null")
}

fn name(s: &str) -> Owned {
    own(new_str(s))
}

/// `reduce(function, iterable[, initial])`.
fn reduce(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("reduce() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!("reduce expected at least 2 arguments, got {}", args.len())));
    }
    let it = match crate::ops::get_iter(args[1]) {
        Ok(it) => own(it),
        Err(_) => {
            crate::errors::fetch().decref();
            return Err(type_error("reduce() arg 2 must support iteration"));
        }
    };
    let mut acc: Option<Owned> = args.get(2).map(|o| own(o.incref()));
    while let Some(x) = crate::ops::iter_next(it.get())? {
        let x = own(x);
        acc = Some(match acc {
            None => x,
            Some(a) => own(crate::call::call(args[0], &[a.get(), x.get()], Obj::NULL)?),
        });
    }
    match acc {
        Some(a) => Ok(a.release()),
        None => Err(type_error("reduce() of empty iterable with no initial value")),
    }
}

/// `partial(func, /, *args, **keywords)`.
fn partial(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos == 0 {
        return Err(type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args[0];
    let mut pargs: Vec<Obj> = Vec::new();
    let kw = own(new_dict());
    // A partial of a partial flattens, as CPython's does.
    let inner_keep;
    if let Some(inner) = partial_parts(func) {
        inner_keep = own(inner.incref());
        let t = tuple_items(inner_keep.get());
        func = t[0];
        pargs.extend(tuple_items(t[1]).iter().copied());
        crate::types::dict::dict_update_from(kw.get(), t[2])?;
    }
    if crate::types::typetype::as_type(func).is_none() && func.ty().lookup(|t| t.tp_call).is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    pargs.extend(args[1..npos].iter().copied());
    for k in 0..nkw {
        dict_data(kw.get()).set(tuple_items(kwnames)[k], args[npos + k])?;
    }
    let pt = own(new_tuple(pargs.iter().map(|o| o.incref()).collect()));
    let data = own(new_tuple(vec![func.incref(), pt.get().incref(), kw.get().incref()]));
    let p = own(new_native("partial", "partial", data.get(), partial_call, false));
    for (n, v) in [("func", func), ("args", pt.get()), ("keywords", kw.get())] {
        crate::attr::setattr(p.get(), name(n).get(), v)?;
    }
    crate::attr::setattr(p.get(), name("__partial__").get(), data.get())?;
    Ok(p.release())
}

/// The `(func, args, keywords)` of a `partial`, if `o` is one.
fn partial_parts(o: Obj) -> Option<Obj> {
    if !crate::types::native::is_native(o) {
        return None;
    }
    let d = crate::types::native::native_data(o);
    let n = crate::attr::getattr_opt(o, name("__partial__").get()).ok().flatten().map(own)?;
    (n.get() == d).then_some(d)
}

fn partial_call(data: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let t = tuple_items(data);
    let (func, pargs, kw) = (t[0], tuple_items(t[1]), t[2]);
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    let all = own(new_tuple(pargs.iter().chain(args[..npos].iter()).map(|o| o.incref()).collect()));
    let kwargs = own(crate::types::dict::dict_copy(kw)?);
    for k in 0..nkw {
        dict_data(kwargs.get()).set(tuple_items(kwnames)[k], args[npos + k])?;
    }
    crate::call::call_ex(func, all.get(), kwargs.get())
}

const WRAPPER_ASSIGNMENTS: [&str; 6] =
    ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__", "__type_params__"];

/// `update_wrapper(wrapper, wrapped)`: copy the identity attributes, merge `__dict__`, set
/// `__wrapped__`; returns `wrapper`.
fn do_update_wrapper(wrapper: Obj, wrapped: Obj) -> PyResult<Obj> {
    for a in WRAPPER_ASSIGNMENTS {
        let n = name(a);
        if let Some(v) = crate::attr::getattr_opt(wrapped, n.get())? {
            let v = own(v);
            crate::attr::setattr(wrapper, n.get(), v.get())?;
        }
    }
    let dn = name("__dict__");
    if let (Some(src), Some(dst)) =
        (crate::attr::getattr_opt(wrapped, dn.get())?, crate::attr::getattr_opt(wrapper, dn.get())?)
    {
        let (src, dst) = (own(src), own(dst));
        let m = name("update");
        own(crate::attr::call_method(dst.get(), m.get(), &[src.get()], Obj::NULL)?);
    }
    crate::attr::setattr(wrapper, name("__wrapped__").get(), wrapped)?;
    Ok(wrapper.incref())
}

fn update_wrapper(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v =
        super::py_args("update_wrapper", args, kwnames, &["wrapper", "wrapped", "assigned", "updated"], 2, 4, false)?;
    do_update_wrapper(v[0].expect("required"), v[1].expect("required"))
}

fn wraps(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("wraps", args, kwnames, &["wrapped", "assigned", "updated"], 1, 3, false)?;
    let w = v[0].expect("required");
    Ok(new_native("update_wrapper", "update_wrapper", w, wraps_apply, false))
}

fn wraps_apply(data: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("update_wrapper", args, kwnames, &["wrapper"], 1, 1, false)?;
    do_update_wrapper(v[0].expect("required"), data)
}

/// `total_ordering`'s derived methods: (root, name, how) where `how` is computed from the
/// root's result `r` and the equality `eq` as `Lib/functools.py` does.
#[derive(Clone, Copy)]
enum Derived {
    /// `not (a op b) and a != b` etc., named by the CPython helper.
    GtFromLt,
    LeFromLt,
    GeFromLt,
    GeFromLe,
    LtFromLe,
    GtFromLe,
    LtFromGt,
    GeFromGt,
    LeFromGt,
    LeFromGe,
    GtFromGe,
    LtFromGe,
}

fn derived_call(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    let (a, b) = (args[0], args[1]);
    let t = tuple_items(data);
    let root = t[0];
    let how = crate::types::int::index_to_i64(t[1], "")?;
    let how = [
        Derived::GtFromLt,
        Derived::LeFromLt,
        Derived::GeFromLt,
        Derived::GeFromLe,
        Derived::LtFromLe,
        Derived::GtFromLe,
        Derived::LtFromGt,
        Derived::GeFromGt,
        Derived::LeFromGt,
        Derived::LeFromGe,
        Derived::GtFromGe,
        Derived::LtFromGe,
    ][how as usize];
    let r = own(crate::slots::call_unbound(root, a, &[b])?);
    if r.get() == not_implemented() {
        return Ok(r.release());
    }
    let rv = crate::ops::is_true(r.get())?;
    let eq = || crate::ops::rich_compare_bool(a, b, crate::typeobj::CompareOp::Eq);
    use Derived::*;
    let out = match how {
        // `__gt__` from `__lt__`: not (a < b) and a != b.
        GtFromLt | GtFromLe | LtFromGt | LtFromGe => {
            if matches!(how, GtFromLe | LtFromGe) {
                !rv
            } else {
                !rv && !eq()?
            }
        }
        LeFromLt | GeFromGt => rv || eq()?,
        GeFromLt | LeFromGt => !rv,
        GeFromLe | LeFromGe => !rv || eq()?,
        LtFromLe | GtFromGe => rv && !eq()?,
    };
    Ok(crate::types::int::new_bool(out))
}

fn total_ordering(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("total_ordering", args, kwnames, &["cls"], 1, 1, false)?;
    let cls = v[0].expect("required");
    let object = crate::types::typetype::OBJECT_TYPE.obj();
    let mut roots = Vec::new();
    for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
        let n = name(op);
        let mine = crate::attr::getattr_opt(cls, n.get())?.map(own);
        let base = crate::attr::getattr_opt(object, n.get())?.map(own);
        if let Some(m) = mine {
            if base.as_ref().is_none_or(|b| b.get() != m.get()) {
                roots.push(op);
            }
        }
    }
    let Some(&root) = roots.first() else {
        return Err(value_error("must define at least one ordering operation: < > <= >="));
    };
    let table: &[(&str, i64)] = match root {
        "__lt__" => &[("__gt__", 0), ("__le__", 1), ("__ge__", 2)],
        "__le__" => &[("__ge__", 3), ("__lt__", 4), ("__gt__", 5)],
        "__gt__" => &[("__lt__", 6), ("__ge__", 7), ("__le__", 8)],
        _ => &[("__le__", 9), ("__gt__", 10), ("__lt__", 11)],
    };
    let root_fn = own(crate::attr::getattr(cls, name(root).get())?);
    let qual = crate::types::typetype::as_type(cls).map(crate::types::heaptype::qualname).unwrap_or_default();
    for &(op, how) in table {
        if roots.contains(&op) {
            continue;
        }
        let data = own(new_tuple(vec![root_fn.get().incref(), crate::types::int::new_int(how)]));
        let f = own(new_native(op, &format!("{qual}.{op}"), data.get(), derived_call, true));
        crate::attr::setattr(cls, name(op).get(), f.get())?;
    }
    Ok(cls.incref())
}

pub fn init() -> Obj {
    let m = crate::types::module::new_module("_functools");
    super::functions!(m,
        "reduce" => reduce,
        "partial" => partial,
        "update_wrapper" => update_wrapper,
        "wraps" => wraps,
        "total_ordering" => total_ordering,
    );
    let assigned = new_tuple(WRAPPER_ASSIGNMENTS.iter().map(|s| new_str(s)).collect());
    super::set_owned(m, "WRAPPER_ASSIGNMENTS", assigned);
    super::set_owned(m, "WRAPPER_UPDATES", new_tuple(vec![new_str("__dict__")]));
    m
}

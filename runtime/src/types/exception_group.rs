//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and the runtime half of `except*`.
//!
//! Follows `Objects/exceptions.c` (`BaseExceptionGroup_new`, `derive`, `split`, `subgroup`,
//! `exceptiongroup_split_recursive`, `_PyExc_PrepReraiseStar`) and `Python/ceval.c`
//! (`_PyEval_ExceptionGroupMatch`, `check_except_star_type_valid`).
//!
//! A group is an ordinary exception instance (`ExcData`) whose `eg_msg` (a str) and `eg_excs`
//! (a non-empty tuple of exceptions) are set by `__new__`; `args` stays what the constructor
//! was given. `ExceptionGroup` has two bases, `BaseExceptionGroup` and `Exception`
//! (`TypeObject::extra_bases`).
//!
//! `except*` (see `compiler/src/lower.rs`, `except_star_dispatch`) keeps a *state* list
//! `[rest, raised…]`: `except_star_match` splits `rest` by a clause's type, leaving the
//! unmatched part in `state[0]`; exceptions escaping a clause body are appended; and
//! `prep_reraise_star` combines what was raised with what is left, as CPython's
//! `_PyExc_PrepReraiseStar` does. CPython compares tracebacks by identity to tell a re-raised
//! part of the original group from a new exception; ophis copies traceback entries when it
//! derives a group, so it compares them by content.

use crate::errors::{type_error, value_error, PyResult};
use crate::object::{payload, Obj, Owned};
use crate::types::exceptions::{is_exception, new_exception, ExcData, EXCEPTION};
use crate::types::list::{list_items, new_list};
use crate::types::str::{is_str, new_string, str_value};
use crate::types::tuple::{is_tuple, new_tuple, tuple_items};
use crate::types::typetype::as_type;
use crate::types::{none, type_name};

pub use crate::types::exceptions::{BASE_EXCEPTION_GROUP, EXCEPTION_GROUP};

/// Is `o` an exception group (an instance of `BaseExceptionGroup`)?
pub fn is_group(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&BASE_EXCEPTION_GROUP)
}

/// The sub-exceptions of a group (borrowed items of its tuple).
pub fn group_exceptions(o: Obj) -> &'static [Obj] {
    let d = payload::<ExcData>(o);
    if d.eg_excs.is_null() {
        &[]
    } else {
        tuple_items(d.eg_excs)
    }
}

/// `PySequence_Check` for the built-in and user types ophis has: not a dict, and indexable.
fn is_sequence(o: Obj) -> bool {
    !o.is_small()
        && !o.ty().is_subtype(&crate::types::dict::DICT_TYPE)
        && (o.ty().lookup(|t| t.mp_subscript).is_some() || o.ty().is_subtype(&crate::types::range::RANGE_TYPE))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn eg_new(ty: &'static crate::typeobj::TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = crate::call::kwnames_len(kwnames);
    if nkw > 0 {
        return Err(type_error(format!("{}() takes no keyword arguments", ty.name)));
    }
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, exceptions) = (args[0], args[1]);
    if !is_str(message) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    if !is_sequence(exceptions) {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = crate::ops::collect_iterable(exceptions)?;
    let excs = Owned::new(new_tuple(items)).expect("tuple");
    let list = tuple_items(excs.get());
    if list.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, &e) in list.iter().enumerate() {
        if !is_exception(e) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !e.ty().is_subtype(&EXCEPTION) {
            nested_base = true;
        }
    }
    let mut cls = ty;
    if std::ptr::eq(ty, &EXCEPTION_GROUP) {
        if nested_base {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if std::ptr::eq(ty, &BASE_EXCEPTION_GROUP) {
        if !nested_base {
            cls = &EXCEPTION_GROUP;
        }
    } else if nested_base && ty.is_subtype(&EXCEPTION) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", ty.name)));
    }
    let e = new_exception(cls, new_tuple(args.iter().map(|a| a.incref()).collect()));
    let d = payload::<ExcData>(e);
    d.eg_msg = message.incref();
    d.eg_excs = excs.get().incref();
    Ok(e)
}

/// `str(group)`: `message (N sub-exception[s])`.
pub fn eg_str(o: Obj) -> PyResult<Obj> {
    let d = payload::<ExcData>(o);
    if d.eg_msg.is_null() {
        return crate::types::exceptions::exc_str_obj(o);
    }
    let n = group_exceptions(o).len();
    Ok(new_string(format!("{} ({n} sub-exception{})", str_value(d.eg_msg), if n > 1 { "s" } else { "" })))
}

/// A new `BaseExceptionGroup(message, excs)` (which is an `ExceptionGroup` when every item is
/// an `Exception`).
pub fn create_group(message: Obj, excs: Obj) -> PyResult<Obj> {
    let r = eg_new(&BASE_EXCEPTION_GROUP, &[message, excs], Obj::NULL)?;
    let r = Owned::new(r).expect("group");
    crate::types::exceptions::exc_init_args(r.get(), &[message, excs]);
    Ok(r.release())
}

/// `group.derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn eg_derive(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("derive", args, kwnames, &[""], 1)?;
    let msg = payload::<ExcData>(o).eg_msg;
    let msg = Owned::new(if msg.is_null() { crate::types::str::new_str("") } else { msg.incref() }).expect("str");
    create_group(msg.get(), a.req(0))
}

/// What `split`/`subgroup` match leaves by (`_exceptiongroup_split_matcher_type`).
#[derive(Clone, Copy)]
enum Matcher<'a> {
    /// A class or tuple of classes.
    Type(Obj),
    /// A callable taking the leaf and returning a truth value.
    Predicate(Obj),
    /// Leaves whose identity is in the list (borrowed items).
    Ids(&'a [Obj]),
}

fn matcher_of(value: Obj) -> PyResult<Matcher<'static>> {
    let callable = value.ty().lookup(|t| t.tp_call).is_some();
    if callable && as_type(value).is_none() {
        return Ok(Matcher::Predicate(value));
    }
    if crate::types::exceptions::is_exception_type(value) {
        return Ok(Matcher::Type(value));
    }
    if is_tuple(value) && tuple_items(value).iter().all(|&t| crate::types::exceptions::is_exception_type(t)) {
        return Ok(Matcher::Type(value));
    }
    Err(type_error("expected a function, exception type or tuple of exception types"))
}

/// `PyErr_GivenExceptionMatches(e, spec)` for a class or (nested) tuple of classes.
pub fn given_matches(e: Obj, spec: Obj) -> bool {
    if is_tuple(spec) {
        return tuple_items(spec).iter().any(|&s| given_matches(e, s));
    }
    as_type(spec).is_some_and(|c| e.ty().is_subtype(c))
}

fn check_match(e: Obj, m: Matcher<'_>) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => Ok(given_matches(e, t)),
        Matcher::Predicate(f) => {
            let r = Owned::new(crate::call::call(f, &[e], Obj::NULL)?).expect("result");
            crate::ops::is_true(r.get())
        }
        Matcher::Ids(ids) => Ok(!is_group(e) && ids.contains(&e)),
    }
}

/// `exceptiongroup_subset`: `orig.derive(excs)` with `orig`'s traceback, cause, context and a
/// copy of its notes; `None` (null) for no exceptions.
fn subset(orig: Obj, excs: Vec<Obj>) -> PyResult<Option<Obj>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = Owned::new(new_list(excs)).expect("list");
    let eg = Owned::new(crate::attr::call_method(orig, crate::slots::intern("derive"), &[list.get()], Obj::NULL)?)
        .expect("derived");
    if !is_group(eg.get()) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (src, dst) = (payload::<ExcData>(orig), payload::<ExcData>(eg.get()));
    // The parts share the original's traceback (the same objects, as CPython's do).
    let tb = Owned::new(crate::types::traceback::traceback_of(orig)).expect("traceback");
    crate::types::traceback::set_traceback(eg.get(), tb.get())?;
    let ctx = if src.context.is_null() { Obj::NULL } else { src.context.incref() };
    std::mem::replace(&mut dst.context, ctx).xdecref();
    let cause = if src.cause.is_null() { Obj::NULL } else { src.cause.incref() };
    std::mem::replace(&mut dst.cause, cause).xdecref();
    dst.suppress_context = true;
    if !src.notes.is_null() && is_sequence(src.notes) {
        let copy = crate::ops::collect_iterable(src.notes)?;
        std::mem::replace(&mut dst.notes, new_list(copy)).xdecref();
    }
    Ok(Some(eg.release()))
}

/// `exceptiongroup_split_recursive`: (match, rest), each owned or null.
fn split_recursive(e: Obj, m: Matcher<'_>, construct_rest: bool) -> PyResult<(Option<Obj>, Option<Obj>)> {
    if check_match(e, m)? {
        return Ok((Some(e.incref()), None));
    }
    if !is_group(e) {
        return Ok((None, construct_rest.then(|| e.incref())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    let release = |v: &mut Vec<Obj>| v.drain(..).for_each(Obj::decref);
    for &sub in group_exceptions(e) {
        let guard = crate::errors::RecursionGuard::enter(" in exceptiongroup_split_recursive");
        let r = guard.and_then(|_g| split_recursive(sub, m, construct_rest));
        match r {
            Ok((a, b)) => {
                matched.extend(a);
                rest.extend(b);
            }
            Err(err) => {
                release(&mut matched);
                release(&mut rest);
                return Err(err);
            }
        }
    }
    let rest_group = if construct_rest { subset(e, std::mem::take(&mut rest)) } else { Ok(None) };
    let rest_group = match rest_group {
        Ok(r) => r,
        Err(err) => {
            release(&mut matched);
            return Err(err);
        }
    };
    match subset(e, matched) {
        Ok(m) => Ok((m, rest_group)),
        Err(err) => {
            if let Some(r) = rest_group {
                r.decref();
            }
            Err(err)
        }
    }
}

fn or_none(o: Option<Obj>) -> Obj {
    o.unwrap_or_else(|| none().incref())
}

/// `group.split(condition)`: `(match, rest)`.
fn eg_split(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("split", args, kwnames, &[""], 1)?;
    let m = matcher_of(a.req(0))?;
    let (matched, rest) = split_recursive(o, m, true)?;
    Ok(new_tuple(vec![or_none(matched), or_none(rest)]))
}

/// `group.subgroup(condition)`: the matching part, or `None`.
fn eg_subgroup(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("subgroup", args, kwnames, &[""], 1)?;
    let m = matcher_of(a.req(0))?;
    let (matched, _) = split_recursive(o, m, false)?;
    Ok(or_none(matched))
}

pub static EG_METHODS: [crate::typeobj::MethodDef; 3] = [
    crate::typeobj::MethodDef { name: "derive", meth: eg_derive },
    crate::typeobj::MethodDef { name: "split", meth: eg_split },
    crate::typeobj::MethodDef { name: "subgroup", meth: eg_subgroup },
];

// ---- except* -----------------------------------------------------------------------------------

/// `check_except_star_type_valid`: a class or tuple of classes deriving from `BaseException`,
/// none of them an exception group.
fn check_star_type(spec: Obj) -> PyResult<()> {
    let items: Vec<Obj> = if is_tuple(spec) { tuple_items(spec).to_vec() } else { vec![spec] };
    if !items.iter().all(|&t| crate::types::exceptions::is_exception_type(t)) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    if items.iter().any(|&t| as_type(t).is_some_and(|c| c.is_subtype(&BASE_EXCEPTION_GROUP))) {
        return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    Ok(())
}

/// One `except* spec` clause: split `state[0]` (the part not handled yet) by `spec`, leave
/// the rest there, and return the match (owned), or `None`. A naked exception that matches is
/// wrapped in `ExceptionGroup("", [exc])` (`_PyEval_ExceptionGroupMatch`). A match becomes the
/// exception being handled.
pub fn except_star_match(state: Obj, spec: Obj) -> PyResult<Obj> {
    check_star_type(spec)?;
    let items = list_items(state);
    let exc = items[0];
    let (matched, rest) = if exc == none() {
        (none().incref(), none().incref())
    } else if given_matches(exc, spec) {
        let m = if is_group(exc) {
            exc.incref()
        } else {
            let excs = Owned::new(new_tuple(vec![exc.incref()])).expect("tuple");
            let empty = Owned::new(crate::types::str::new_str("")).expect("str");
            create_group(empty.get(), excs.get())?
        };
        (m, none().incref())
    } else if is_group(exc) {
        let (m, r) = split_recursive(exc, Matcher::Type(spec), true)?;
        (or_none(m), or_none(r))
    } else {
        (none().incref(), exc.incref())
    };
    std::mem::replace(&mut list_items(state)[0], rest).decref();
    if matched != none() {
        crate::errors::replace_top_handled(matched.incref());
    }
    Ok(matched)
}

/// An exception escaped an `except*` clause body: take it from thread state into the state's
/// list of raised exceptions.
pub fn except_star_raised(state: Obj) {
    let e = crate::errors::fetch();
    if !e.is_null() {
        crate::types::list::list_append(state, e);
        e.decref();
    }
}

/// Do `a` and `b` carry the same traceback, cause and context (`is_same_exception_metadata`)?
fn same_metadata(a: Obj, b: Obj) -> bool {
    let (x, y) = (payload::<ExcData>(a), payload::<ExcData>(b));
    x.traceback == y.traceback && x.cause == y.cause && x.context == y.context
}

fn collect_leaves(e: Obj, out: &mut Vec<Obj>) -> PyResult<()> {
    if e == none() {
        return Ok(());
    }
    if !is_group(e) {
        out.push(e);
        return Ok(());
    }
    for &sub in group_exceptions(e) {
        let _g = crate::errors::RecursionGuard::enter(" in collect_exception_group_leaf_ids")?;
        collect_leaves(sub, out)?;
    }
    Ok(())
}

/// After the `except*` clauses (`_PyExc_PrepReraiseStar`): what the statement raises, from the
/// original exception `orig` and the state `[rest, raised…]`: `None` when nothing is left;
/// the one exception of a naked original; otherwise the re-raised parts of `orig` (in its
/// structure) together with the new exceptions, as one group when there are several.
pub fn prep_reraise_star(orig: Obj, state: Obj) -> PyResult<Obj> {
    let items = list_items(state);
    let mut excs: Vec<Obj> = items[1..].to_vec();
    excs.push(items[0]);
    let excs: Vec<Obj> = excs.into_iter().filter(|&e| e != none()).collect();
    if excs.is_empty() {
        return Ok(none().incref());
    }
    if !is_group(orig) {
        return Ok(excs[0].incref());
    }
    let (reraised, mut raised): (Vec<Obj>, Vec<Obj>) = excs.into_iter().partition(|&e| same_metadata(e, orig));
    let mut leaves = Vec::new();
    for &e in &reraised {
        collect_leaves(e, &mut leaves)?;
    }
    // The leaves are borrowed from the groups in `reraised`, which `state` keeps alive.
    let (reraised_eg, _) = split_recursive(orig, Matcher::Ids(&leaves), false)?;
    if raised.is_empty() {
        return Ok(or_none(reraised_eg));
    }
    let reraised_eg = reraised_eg.and_then(Owned::new);
    if let Some(r) = &reraised_eg {
        raised.push(r.get());
    }
    if raised.len() > 1 {
        let list = Owned::new(new_list(raised.iter().map(|e| e.incref()).collect())).expect("list");
        let empty = Owned::new(crate::types::str::new_str("")).expect("str");
        create_group(empty.get(), list.get())
    } else {
        Ok(raised[0].incref())
    }
}

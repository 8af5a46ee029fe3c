//! The call protocol and argument binding.
//!
//! Calls use CPython's vectorcall convention: a slice of positional values followed by one
//! value per keyword, whose names are a tuple of str (`kwnames`, null when there are none).
//!
//! [`bind_arguments`] maps such a call onto the parameter slots of a compiled function
//! (positional, keyword-only, `*args`, `**kwargs`), filling defaults and reporting errors with
//! CPython's exact messages. It follows `Python/ceval.c` (`initialize_locals`,
//! `too_many_positional`, `missing_arguments`, `positional_only_passed_as_keyword`).
//! [`Args`] is the simpler parser used by built-in functions (the role of Argument Clinic).
//!
//! [`CallSite`] is the per-site cache of `f(args)` call sites in compiled code (CPython 3.12's
//! `CALL_ALLOC_AND_ENTER_INIT` and `CALL_BUILTIN_*` specialisations, `Python/specialize.c`):
//! a class call allocates the instance and enters `__init__`'s compiled entry directly, and a
//! common built-in called positionally runs its fast entry without the argument parser.

use crate::errors::{type_error, PyResult};
use crate::object::Obj;
use crate::types::dict::{dict_data, is_dict, new_dict};
use crate::types::function::{code_data, function_data, CodeData, CO_VARARGS, CO_VARKEYWORDS};
use crate::types::str::{is_str, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::type_name;
use std::cell::Cell;

/// Number of keyword arguments named by `kwnames`.
#[inline]
pub fn kwnames_len(kwnames: Obj) -> usize {
    if kwnames.is_null() {
        0
    } else {
        tuple_items(kwnames).len()
    }
}

/// `callable(*args, **kw)` in vectorcall form.
pub fn call(callable: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    match callable.ty().lookup(|t| t.tp_call) {
        Some(f) => {
            let r = f(callable, args, kwnames);
            debug_assert!(r.is_ok() != crate::errors::occurred());
            r
        }
        None => Err(type_error(format!("'{}' object is not callable", type_name(callable)))),
    }
}

/// `callable(first, *args)` in vectorcall form: the method-call convention, where `first` is
/// the receiver (`_PyObject_VectorcallPrepend`). Small calls build the argument array on the
/// stack.
pub fn call_prepend(callable: Obj, first: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::types::function::is_function(callable) {
        return call_function_prepend(callable, first, args, kwnames);
    }
    const INLINE: usize = 8;
    if args.len() < INLINE {
        let mut buf = [Obj::NULL; INLINE];
        buf[0] = first;
        buf[1..=args.len()].copy_from_slice(args);
        return call(callable, &buf[..=args.len()], kwnames);
    }
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(first);
    v.extend_from_slice(args);
    call(callable, &v, kwnames)
}

/// Call the Python function `f` (borrowed; a `function` object) with `first` prepended to
/// the arguments, straight through its compiled generic entry (no `tp_call` dispatch). A
/// reference to `f` is held for the call, which may rebind whatever held it.
pub fn call_function_prepend(f: Obj, first: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    debug_assert!(crate::types::function::is_function(f));
    f.incref();
    let nargs = args.len() - kwnames_len(kwnames) + 1;
    let entry = code_data(function_data(f).code).entry;
    const INLINE: usize = 8;
    let r = if args.len() < INLINE {
        let mut buf = [Obj::NULL; INLINE];
        buf[0] = first;
        buf[1..=args.len()].copy_from_slice(args);
        // SAFETY: `entry` is the compiled generic entry of `f`; `buf` holds `nargs` positional
        // values followed by one value per keyword name.
        unsafe { entry(f, buf.as_ptr(), nargs, kwnames) }
    } else {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(first);
        v.extend_from_slice(args);
        // SAFETY: as above.
        unsafe { entry(f, v.as_ptr(), nargs, kwnames) }
    };
    f.decref();
    crate::errors::check(r)
}

/// A call site's fast entry: `(site, arr, nargs, kwnames)`, where `arr[0]` is a scratch word
/// (compiled code stores the callee there) and `arr[1..]` holds the `nargs` positional
/// values followed by one value per keyword name (all borrowed). Returns a new reference, or
/// null with an exception set.
pub type FastEntry = unsafe extern "C" fn(*const CallSite, *mut Obj, usize, Obj) -> Obj;

/// One `f(args)` site's cache: eight words (the compiler reserves `SITE_CACHE_WORDS` per
/// site, as for attribute sites), zero (empty) until first filled by [`call_ic`].
///
/// Compiled code (`codegen/function.rs`, `call_ic`) tests `callee` against the callable and
/// the word at `vptr` against `version`, then calls `entry`; word indices are mirrored by
/// `codegen/runtime_abi.rs` (`CALL_SITE_*`). A record is exact because:
///
/// - `CTOR`: `callee` is a class (immortal, so its address is never reused) whose metaclass
///   is exactly `type` (a class's type cannot be reassigned), and `version` was its version
///   when its `ctor` cache (`typetype::remember_ctor`: `object.__new__`, a Python `__init__`,
///   nothing abstract) held. Reassigning `__init__`/`__new__` on the class or a base, or any
///   other change to their namespaces, bumps the version (`heaptype::modified`), so the hit
///   is not taken. `init` is borrowed from the class's namespace, which holds it as long as
///   the version stands; the hit holds a reference for the call.
/// - `BUILTIN`, `ISINSTANCE`, `ABS`: `callee` is an immortal built-in function (or `type`);
///   `vptr` points at [`NO_VERSION`], which stays 0. Filled only for the site's own positional
///   count and no keywords, which the site passes every time.
#[repr(C)]
pub struct CallSite {
    /// The callable the record is for (0: empty).
    callee: Cell<usize>,
    /// The class's version when filled (0 for built-ins).
    version: Cell<u64>,
    /// What the record holds (`CTOR`, `BUILTIN`, `ISINSTANCE`, `ABS`).
    kind: Cell<usize>,
    /// The fast entry compiled code calls on a hit.
    entry: Cell<Option<FastEntry>>,
    /// `CTOR`: the class's `__init__` (a Python function, borrowed).
    init: Cell<Obj>,
    /// `CTOR`: `init`'s compiled generic entry.
    init_entry: Cell<Option<crate::types::function::GenericEntry>>,
    /// The address of the version word compared with `version` (the class's, or
    /// [`NO_VERSION`]).
    vptr: Cell<usize>,
    _unused: Cell<usize>,
}

/// The version word of records whose callee never changes (built-in functions).
pub static NO_VERSION: u64 = 0;

/// A class call: allocate, `__init__`'s entry, check it returned `None`.
pub const CTOR: usize = 1;
/// A built-in function's fast positional entry.
pub const BUILTIN: usize = 2;
/// `isinstance(o, cls)`: compiled code answers `True` inline when `type(o) is cls`.
pub const ISINSTANCE: usize = 3;
/// `abs(x)`: compiled code answers inline for an immediate int.
pub const ABS: usize = 4;

impl CallSite {
    fn fill(&self, callee: Obj, version: u64, kind: usize, entry: FastEntry, vptr: usize) {
        self.callee.set(callee.0);
        self.version.set(version);
        self.kind.set(kind);
        self.entry.set(Some(entry));
        self.vptr.set(vptr);
    }
}

/// `callable(args…)` at a compiled call site with record `site`, on a miss of its inline
/// test: the call, after filling the record when the callable has a fast entry. `arr` is as
/// for [`FastEntry`].
///
/// # Safety
/// `arr` points to `1 + nargs + len(kwnames)` words, the first writable scratch.
pub unsafe fn call_ic(callable: Obj, arr: *mut Obj, nargs: usize, kwnames: Obj, site: &CallSite) -> Obj {
    use crate::types::typetype::TYPE_TYPE;
    if !callable.is_small() && std::ptr::eq(callable.ty(), &TYPE_TYPE) {
        let ty = crate::types::typetype::as_type(callable).expect("a type");
        if ty.is_heap() {
            let h = crate::types::heaptype::heap(ty);
            let (version, init) = h.ctor.get();
            if version == h.version.get() && !init.is_null() {
                site.init.set(init);
                site.init_entry.set(Some(code_data(function_data(init).code).entry));
                site.fill(callable, version, CTOR, ctor_entry, h.version.as_ptr() as usize);
                // SAFETY: forwarded contract; the record was just filled for this class.
                return unsafe { ctor_entry(site, arr, nargs, kwnames) };
            }
        }
    }
    if kwnames.is_null() {
        if let Some((kind, entry)) = crate::builtins::fast_entry(callable, nargs) {
            site.fill(callable, 0, kind, entry, &NO_VERSION as *const u64 as usize);
            // SAFETY: forwarded contract.
            return unsafe { entry(site, arr, nargs, kwnames) };
        }
    }
    // SAFETY: forwarded contract: the arguments follow the scratch word.
    let args = unsafe { std::slice::from_raw_parts(arr.add(1), nargs + kwnames_len(kwnames)) };
    crate::errors::to_abi(call(callable, args, kwnames))
}

/// A `CTOR` hit: the instance (its value block preallocated, `values::prealloc`) stored in
/// the scratch word, then `__init__`'s generic entry called on the whole array (no argument
/// tuple, no `tp_new`/`tp_init` dispatch); `TypeError` if `__init__` returned other than
/// `None` (`slot_tp_init`).
///
/// # Safety
/// `site` is a `CTOR` record whose version holds; `arr` as for [`FastEntry`].
unsafe extern "C" fn ctor_entry(site: *const CallSite, arr: *mut Obj, nargs: usize, kwnames: Obj) -> Obj {
    // SAFETY: the caller passes the site's own record.
    let site = unsafe { &*site };
    // SAFETY: a `CTOR` record's callee is a class (immortal).
    let ty = unsafe { &*(site.callee.get() as *const crate::typeobj::TypeObject) };
    let obj = crate::object::alloc(ty, ());
    crate::types::values::prealloc(obj);
    let init = site.init.get().incref();
    let entry = site.init_entry.get().expect("a CTOR record has an entry");
    // SAFETY: `arr[0]` is scratch; `arr` then holds `nargs + 1` positional values (the
    // instance first) and the keyword values, as `init`'s generic entry expects.
    let r = unsafe {
        *arr = obj;
        entry(init, arr, nargs + 1, kwnames)
    };
    init.decref();
    if r.is_null() {
        obj.decref();
        return Obj::NULL;
    }
    if r != crate::types::none() {
        let msg = format!("__init__() should return None, not '{}'", type_name(r));
        r.decref();
        obj.decref();
        return crate::errors::to_abi(Err(type_error(msg)));
    }
    obj
}

/// `callable(*args, **kwargs)` with `args` any iterable and `kwargs` a mapping or null
/// (the call sites with `*`/`**` unpacking).
pub fn call_ex(callable: Obj, args: Obj, kwargs: Obj) -> PyResult<Obj> {
    let mut vec = crate::ops::collect_iterable(args)?;
    let mut names = Vec::new();
    if !kwargs.is_null() {
        if !is_dict(kwargs) {
            vec.into_iter().for_each(Obj::decref);
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callable_name(callable),
                type_name(kwargs)
            )));
        }
        for (k, v) in dict_data(kwargs).iter() {
            if !is_str(k) {
                vec.into_iter().chain(names).for_each(Obj::decref);
                return Err(type_error("keywords must be strings"));
            }
            names.push(k.incref());
            vec.push(v.incref());
        }
    }
    let kwnames = if names.is_empty() { Obj::NULL } else { new_tuple(names) };
    let r = call(callable, &vec, kwnames);
    vec.into_iter().for_each(Obj::decref);
    kwnames.xdecref();
    r
}

/// How a callable is named in messages: `f()` for functions.
fn callable_name(c: Obj) -> String {
    if crate::types::function::is_function(c) {
        let code = code_data(function_data(c).code);
        format!("{}()", str_value(code.qualname))
    } else {
        crate::ops::repr_string(c).unwrap_or_else(|_| {
            crate::errors::fetch().xdecref();
            "object".into()
        })
    }
}

/// Join names as CPython's `format_missing` does: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn join_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Bind a call's arguments to the parameter slots of compiled function `func`.
///
/// On success every slot holds a new reference. On failure every slot is null again and the
/// `TypeError` is set.
pub fn bind_arguments(func: Obj, args: &[Obj], nargs: usize, kwnames: Obj, slots: &mut [Obj]) -> PyResult<()> {
    let r = bind_inner(func, args, nargs, kwnames, slots);
    if r.is_err() {
        for s in slots.iter_mut() {
            std::mem::replace(s, Obj::NULL).xdecref();
        }
    }
    r
}

fn bind_inner(func: Obj, args: &[Obj], nargs: usize, kwnames: Obj, slots: &mut [Obj]) -> PyResult<()> {
    let fd = function_data(func);
    let co: &CodeData = code_data(fd.code);
    // The common case: exactly the positional parameters, passed positionally.
    if kwnames.is_null()
        && nargs == co.argcount
        && co.kwonlyargcount == 0
        && co.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
    {
        for (slot, a) in slots.iter_mut().zip(&args[..nargs]) {
            *slot = a.incref();
        }
        return Ok(());
    }
    let qualname = str_value(co.qualname);
    let n = co.argcount;
    let total = n + co.kwonlyargcount;
    let mut next = total;
    let varargs_slot = (co.flags & CO_VARARGS != 0).then(|| {
        next += 1;
        next - 1
    });
    let varkw_slot = (co.flags & CO_VARKEYWORDS != 0).then_some(next);

    for (i, a) in args.iter().take(nargs.min(n)).enumerate() {
        slots[i] = a.incref();
    }
    if let Some(vs) = varargs_slot {
        let extra = if nargs > n { args[n..nargs].iter().map(|a| a.incref()).collect() } else { Vec::new() };
        slots[vs] = new_tuple(extra);
    }
    if let Some(ks) = varkw_slot {
        slots[ks] = new_dict();
    }

    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for k in 0..kwnames_len(kwnames) {
        let name_obj = tuple_items(kwnames)[k];
        let value = args[nargs + k];
        let name = str_value(name_obj);
        let found = (co.posonlyargcount..total).find(|&j| str_value(co.varnames[j]) == name);
        match found {
            Some(j) => {
                if !slots[j].is_null() {
                    return Err(type_error(format!("{qualname}() got multiple values for argument '{name}'")));
                }
                slots[j] = value.incref();
            }
            None => {
                if let Some(ks) = varkw_slot {
                    dict_data(slots[ks]).set(name_obj, value)?;
                } else if (0..co.posonlyargcount).any(|j| str_value(co.varnames[j]) == name) {
                    posonly_as_kw.push(name);
                } else {
                    return Err(type_error(format!("{qualname}() got an unexpected keyword argument '{name}'")));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }

    if nargs > n && varargs_slot.is_none() {
        let ndefaults = if fd.defaults.is_null() { 0 } else { tuple_items(fd.defaults).len() };
        let kwonly_given = (n..total).filter(|&j| !slots[j].is_null()).count();
        let sig = if ndefaults > 0 {
            format!("from {} to {} positional arguments", n - ndefaults, n)
        } else {
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        };
        let given = if kwonly_given > 0 {
            format!(
                "{nargs} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                if nargs == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{nargs} {}", if nargs == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!("{qualname}() takes {sig} but {given} given")));
    }

    // Missing positional arguments: fill defaults for the last ones, report the rest.
    if nargs < n {
        let defaults: &[Obj] = if fd.defaults.is_null() { &[] } else { tuple_items(fd.defaults) };
        let first_default = n - defaults.len();
        let mut missing = Vec::new();
        for j in nargs..n {
            if slots[j].is_null() {
                if j >= first_default {
                    slots[j] = defaults[j - first_default].incref();
                } else {
                    missing.push(str_value(co.varnames[j]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(qualname, "positional", &missing));
        }
    }
    let mut missing = Vec::new();
    for (slot, &name) in slots[n..total].iter_mut().zip(&co.varnames[n..total]) {
        if slot.is_null() {
            let default = if fd.kwdefaults.is_null() { None } else { dict_data(fd.kwdefaults).get(name)? };
            match default {
                Some(d) => *slot = d.incref(),
                None => missing.push(str_value(name)),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(qualname, "keyword-only", &missing));
    }
    Ok(())
}

fn missing_error(qualname: &str, kind: &str, names: &[&str]) -> crate::errors::Raised {
    type_error(format!(
        "{qualname}() missing {} required {kind} argument{}: {}",
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        join_names(names)
    ))
}

/// Arguments of a built-in function, parsed by parameter name.
///
/// `names[i]` is the keyword name of parameter `i` (`""` for positional-only); the first
/// `required` parameters must be given.
pub struct Args {
    values: ArgValues,
}

/// Up to [`INLINE_ARGS`] parameters live inline (no allocation per builtin call).
const INLINE_ARGS: usize = 8;

/// Parameter values; null for "not given".
enum ArgValues {
    Inline([Obj; INLINE_ARGS], usize),
    Heap(Vec<Obj>),
}

impl ArgValues {
    fn new(n: usize) -> ArgValues {
        if n <= INLINE_ARGS {
            ArgValues::Inline([Obj::NULL; INLINE_ARGS], n)
        } else {
            ArgValues::Heap(vec![Obj::NULL; n])
        }
    }

    fn as_mut(&mut self) -> &mut [Obj] {
        match self {
            ArgValues::Inline(a, n) => &mut a[..*n],
            ArgValues::Heap(v) => v,
        }
    }

    fn as_ref(&self) -> &[Obj] {
        match self {
            ArgValues::Inline(a, n) => &a[..*n],
            ArgValues::Heap(v) => v,
        }
    }
}

impl Args {
    pub fn parse(fname: &str, args: &[Obj], kwnames: Obj, names: &[&str], required: usize) -> PyResult<Args> {
        if kwnames.is_null() && args.len() >= required && args.len() <= names.len().min(INLINE_ARGS) {
            // Positional arguments only, within bounds: nothing can be wrong.
            let mut values = [Obj::NULL; INLINE_ARGS];
            values[..args.len()].copy_from_slice(args);
            return Ok(Args { values: ArgValues::Inline(values, names.len()) });
        }
        let nkw = kwnames_len(kwnames);
        let npos = args.len() - nkw;
        // Functions whose parameters are all positional-only report arity as
        // `_PyArg_CheckPositional` does ("divmod expected 2 arguments, got 1"); one-argument
        // functions as METH_O ("len() takes exactly one argument (2 given)"); the rest as
        // Argument Clinic ("int() takes at most 2 arguments (3 given)").
        let positional_only = !names.is_empty() && names.iter().all(|n| n.is_empty());
        let meth_o = names.len() == 1 && required == 1 && positional_only;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let check_positional = |bound: usize, which: &str| {
            // `_PyArg_CheckPositional` names a method without its type ("pop expected …").
            let short = fname.rsplit('.').next().unwrap_or(fname);
            let which = if required == names.len() { String::new() } else { format!("{which} ") };
            type_error(format!("{short} expected {which}{bound} argument{}, got {npos}", plural(bound)))
        };
        if names.is_empty() && nkw > 0 {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        if npos > names.len() || (!positional_only && npos + nkw > names.len()) {
            let total = if positional_only { npos } else { npos + nkw };
            return Err(match names.len() {
                0 => type_error(format!("{fname}() takes no arguments ({npos} given)")),
                _ if meth_o => type_error(format!("{fname}() takes exactly one argument ({npos} given)")),
                n if positional_only => check_positional(n, "at most"),
                n => type_error(format!("{fname}() takes at most {n} argument{} ({total} given)", plural(n))),
            });
        }
        let mut storage = ArgValues::new(names.len());
        let values = storage.as_mut();
        for (i, a) in args[..npos].iter().enumerate() {
            values[i] = *a;
        }
        for k in 0..nkw {
            let name = str_value(tuple_items(kwnames)[k]);
            match names.iter().position(|n| !n.is_empty() && *n == name) {
                Some(i) if !values[i].is_null() => {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) => values[i] = args[npos + k],
                None if names.iter().all(|n| n.is_empty()) => {
                    return Err(type_error(format!("{fname}() takes no keyword arguments")))
                }
                None => return Err(type_error(format!("'{name}' is an invalid keyword argument for {fname}()"))),
            }
        }
        if let Some(i) = values[..required].iter().position(|v| v.is_null()) {
            return Err(if meth_o {
                type_error(format!("{fname}() takes exactly one argument (0 given)"))
            } else if positional_only {
                check_positional(required, "at least")
            } else if names[i].is_empty() {
                type_error(format!(
                    "{fname}() takes at least {required} positional argument{} ({npos} given)",
                    plural(required)
                ))
            } else {
                type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1))
            });
        }
        Ok(Args { values: storage })
    }

    /// Positional-only arguments of a function parsed with `PyArg_ParseTuple` in CPython
    /// (`str.find` and friends), whose arity errors read "find() takes at least 1 argument
    /// (0 given)". The caller rejects keywords first.
    pub fn parse_tuple(fname: &str, args: &[Obj], n: usize, required: usize) -> PyResult<Args> {
        let given = args.len();
        if given < required || given > n {
            let (which, bound) = if required == n {
                ("exactly", n)
            } else if given < required {
                ("at least", required)
            } else {
                ("at most", n)
            };
            let s = if bound == 1 { "" } else { "s" };
            return Err(type_error(format!("{fname}() takes {which} {bound} argument{s} ({given} given)")));
        }
        let mut storage = ArgValues::new(n);
        for (v, a) in storage.as_mut().iter_mut().zip(args) {
            *v = *a;
        }
        Ok(Args { values: storage })
    }

    /// Parameter `i` if given.
    pub fn get(&self, i: usize) -> Option<Obj> {
        self.values.as_ref().get(i).copied().filter(|v| !v.is_null())
    }

    /// Parameter `i`, which `parse` guaranteed present (it is required).
    pub fn req(&self, i: usize) -> Obj {
        let v = self.values.as_ref()[i];
        debug_assert!(!v.is_null(), "required argument checked by Args::parse");
        v
    }
}

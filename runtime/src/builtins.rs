//! The `builtins` namespace and the `sys` module (`Python/bltinmodule.c`, `Python/sysmodule.c`).
//!
//! [`lookup`] resolves a builtin name at run time; compiled code calls it once per name and
//! caches the result, so the table is a plain `match`.

use crate::attr::{builtin_delattr, builtin_dir, builtin_getattr, builtin_hasattr, builtin_setattr, builtin_vars};
use crate::call::{kwnames_len, Args, CallSite, FastEntry};
use crate::errors::{raise, type_error, value_error, PyResult};
use crate::object::{Obj, Owned, StaticObject};
use crate::ops;
use crate::typeobj::{CompareOp, TypeObject};
use crate::types::coroutine::{builtin_aiter, builtin_anext};
use crate::types::exceptions::{self as exc, STOP_ITERATION};
use crate::types::file::{builtin_input, builtin_open};
use crate::types::float::{float_value, new_float};
use crate::types::function::{BuiltinFunction, BUILTIN_FUNCTION_TYPE};
use crate::types::int::{int_view, new_bool, new_int, new_int_big};
use crate::types::str::{is_str, new_str, str_value};
use crate::types::tuple::{is_tuple, tuple_items};
use crate::types::typetype::as_type;
use crate::types::{none, type_name};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
#[rustfmt::skip]
use crate::types::number_methods::{builtin_ascii, builtin_bin, builtin_hex, builtin_oct, builtin_round};

macro_rules! builtin_functions {
    ($($id:ident = $name:literal => $f:ident;)*) => {
        $(static $id: StaticObject<BuiltinFunction> =
            StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: $name, f: $f });)*
        fn lookup_function(name: &str) -> Option<Obj> {
            match name {
                $($name => Some($id.obj()),)*
                _ => None,
            }
        }
        /// The names of the built-in functions, in table order.
        const FUNCTION_NAMES: &[&str] = &[$($name),*];
    };
}

builtin_functions! {
    B_PRINT = "print" => builtin_print;
    B_LEN = "len" => builtin_len;
    B_ABS = "abs" => builtin_abs;
    B_MIN = "min" => builtin_min;
    B_MAX = "max" => builtin_max;
    B_SUM = "sum" => builtin_sum;
    B_REPR = "repr" => builtin_repr;
    B_ISINSTANCE = "isinstance" => builtin_isinstance;
    B_ISSUBCLASS = "issubclass" => builtin_issubclass;
    B_DIVMOD = "divmod" => builtin_divmod;
    B_POW = "pow" => builtin_pow;
    B_ITER = "iter" => builtin_iter;
    B_NEXT = "next" => builtin_next;
    B_HASH = "hash" => builtin_hash;
    B_ID = "id" => builtin_id;
    B_ORD = "ord" => builtin_ord;
    B_CHR = "chr" => builtin_chr;
    B_CALLABLE = "callable" => builtin_callable;
    B_FORMAT = "format" => builtin_format;
    B_EXIT = "exit" => sys_exit;
    B_SORTED = "sorted" => builtin_sorted;
    B_REVERSED = "reversed" => builtin_reversed;
    B_ENUMERATE = "enumerate" => builtin_enumerate;
    B_ZIP = "zip" => builtin_zip;
    B_MAP = "map" => builtin_map;
    B_FILTER = "filter" => builtin_filter;
    B_ANY = "any" => builtin_any;
    B_ALL = "all" => builtin_all;
    B_GETATTR = "getattr" => builtin_getattr;
    B_SETATTR = "setattr" => builtin_setattr;
    B_HASATTR = "hasattr" => builtin_hasattr;
    B_DELATTR = "delattr" => builtin_delattr;
    B_VARS = "vars" => builtin_vars;
    B_DIR = "dir" => builtin_dir;
    B_OPEN = "open" => builtin_open;
    B_INPUT = "input" => builtin_input;
    B_ROUND = "round" => builtin_round;
    B_HEX = "hex" => builtin_hex;
    B_OCT = "oct" => builtin_oct;
    B_BIN = "bin" => builtin_bin;
    B_ASCII = "ascii" => builtin_ascii;
    B_AITER = "aiter" => builtin_aiter;
    B_ANEXT = "anext" => builtin_anext;
}

/// Fast entries of the most common built-ins for call sites that pass exactly these many
/// positional arguments and no keywords (`call::CallSite`): the work itself, without the
/// generic call dispatch or the argument parser. Each reads its arguments from `arr[1..]`
/// (`call::FastEntry`); the counts are checked once, when the site's record is filled.
macro_rules! fast_entries {
    ($($fname:ident($($a:ident),*) => $body:expr;)*) => {
        $(
            unsafe extern "C" fn $fname(_site: *const CallSite, arr: *mut Obj, _nargs: usize, _kw: Obj) -> Obj {
                let mut _i = 0;
                $(
                    _i += 1;
                    // SAFETY: the site passes at least this many positional values after
                    // the scratch word (checked when the record was filled).
                    let $a = unsafe { *arr.add(_i) };
                )*
                crate::errors::to_abi($body)
            }
        )*
    };
}

fast_entries! {
    fast_abs(x) => fast_abs_value(x);
    fast_len(x) => ops::len(x).map(|n| new_int(n as i64));
    fast_isinstance(o, cls) => {
        if !o.is_small() && cls.0 == o.ty() as *const TypeObject as usize {
            Ok(new_bool(true))
        } else {
            class_matches(o, Some(o.ty()), cls, "isinstance").map(new_bool)
        }
    };
    fast_issubclass(c, cls) => class_matches(c, as_type(c), cls, "issubclass").map(new_bool);
    fast_hash(x) => ops::hash(x).map(new_int);
    fast_repr(x) => ops::repr(x);
    fast_callable(x) => Ok(new_bool(x.ty().lookup(|t| t.tp_call).is_some()));
    fast_type(x) => Ok(x.ty().obj().incref());
}

/// `abs(x)`: an immediate int answered here, anything else through `nb_absolute`.
fn fast_abs_value(x: Obj) -> PyResult<Obj> {
    if x.is_small() {
        return Ok(new_int(x.small_value().abs()));
    }
    ops::absolute(x)
}

/// `min(…)`/`max(…)` with `nargs` positional arguments (at least one) and no keywords.
unsafe extern "C" fn fast_min(_site: *const CallSite, arr: *mut Obj, nargs: usize, _kw: Obj) -> Obj {
    // SAFETY: the site passes `nargs` positional values after the scratch word.
    let args = unsafe { std::slice::from_raw_parts(arr.add(1), nargs) };
    crate::errors::to_abi(min_max(args, Obj::NULL, "min", CompareOp::Lt))
}

/// See [`fast_min`].
unsafe extern "C" fn fast_max(_site: *const CallSite, arr: *mut Obj, nargs: usize, _kw: Obj) -> Obj {
    // SAFETY: the site passes `nargs` positional values after the scratch word.
    let args = unsafe { std::slice::from_raw_parts(arr.add(1), nargs) };
    crate::errors::to_abi(min_max(args, Obj::NULL, "max", CompareOp::Gt))
}

/// The fast entry (and record kind) of `callable` called with `nargs` positional arguments
/// and no keywords, if it has one: the built-in functions above, and `type(x)`.
pub fn fast_entry(callable: Obj, nargs: usize) -> Option<(usize, FastEntry)> {
    use crate::call::{ABS, BUILTIN, ISINSTANCE};
    if callable.is_small() {
        return None;
    }
    if callable == crate::types::typetype::TYPE_TYPE.obj() {
        return (nargs == 1).then_some((BUILTIN, fast_type as FastEntry));
    }
    if !callable.is_type(&BUILTIN_FUNCTION_TYPE) {
        return None;
    }
    let is = |f: &'static StaticObject<BuiltinFunction>| callable == f.obj();
    let e: (usize, FastEntry) = match nargs {
        1 if is(&B_ABS) => (ABS, fast_abs),
        1 if is(&B_LEN) => (BUILTIN, fast_len),
        1 if is(&B_HASH) => (BUILTIN, fast_hash),
        1 if is(&B_REPR) => (BUILTIN, fast_repr),
        1 if is(&B_CALLABLE) => (BUILTIN, fast_callable),
        2 if is(&B_ISINSTANCE) => (ISINSTANCE, fast_isinstance),
        2 if is(&B_ISSUBCLASS) => (BUILTIN, fast_issubclass),
        n if n >= 1 && is(&B_MIN) => (BUILTIN, fast_min),
        n if n >= 1 && is(&B_MAX) => (BUILTIN, fast_max),
        _ => return None,
    };
    Some(e)
}

/// How Argument Clinic names an argument's type in a `TypeError` (`_PyArg_BadArgument`):
/// `None` for `None`, the type's name otherwise.
pub fn arg_type_name(o: Obj) -> &'static str {
    if o == none() {
        "None"
    } else {
        type_name(o)
    }
}

/// The `builtins` module once imported (its address; immortal), else 0.
static BUILTINS_MODULE: AtomicUsize = AtomicUsize::new(0);

/// Names of the built-in types and constants [`lookup_static`] knows besides the functions
/// and the exception classes.
const OTHER_NAMES: &[&str] = &[
    "NotImplemented",
    "Ellipsis",
    "int",
    "bool",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "range",
    "set",
    "frozenset",
    "slice",
    "type",
    "object",
    "property",
    "classmethod",
    "staticmethod",
    "super",
    "bytes",
    "bytearray",
    "memoryview",
    "complex",
    "UnicodeEncodeError",
    "UnicodeDecodeError",
    "EnvironmentError",
    "IOError",
];

/// `import builtins`: a module whose namespace holds every builtin [`lookup_static`] knows
/// (and `None`, `True`, `False`). From then on [`lookup`] reads that namespace, so
/// `builtins.abs = f` and `del builtins.abs` change what every module's unbound `abs` means;
/// `types/module.rs` calls [`builtin_rebound`] on each such write.
pub fn builtins_module() -> Obj {
    let m = crate::types::module::new_module("builtins");
    let dict = crate::types::dict::dict_data(crate::object::payload::<crate::types::module::ModuleData>(m).dict);
    let exc_names = exc::ALL.iter().map(|t| t.name.get());
    for name in FUNCTION_NAMES.iter().copied().chain(OTHER_NAMES.iter().copied()).chain(exc_names) {
        if let Some(v) = lookup_static(name) {
            let k = crate::slots::intern(name);
            // A fresh dict of str keys: setting cannot fail.
            let _ = dict.set(k, v);
        }
    }
    for (name, v) in [("None", none()), ("True", new_bool(true)), ("False", new_bool(false))] {
        let _ = dict.set(crate::slots::intern(name), v);
    }
    let _ = dict.set(crate::slots::intern("__name__"), crate::slots::intern("builtins"));
    let m = crate::object::make_immortal(m);
    BUILTINS_MODULE.store(m.0, Ordering::Relaxed);
    m.incref()
}

/// Is `m` the `builtins` module?
pub fn is_builtins_module(m: Obj) -> bool {
    m.0 == BUILTINS_MODULE.load(Ordering::Relaxed)
}

/// `builtins.name` was set (to `value`) or deleted (`value` null): the value is made immortal
/// (compiled code caches builtins in global slots without counting references), and every
/// module's cached builtin of that name is forgotten (`module::forget_builtin`), so its next
/// read looks it up again. Call sites need nothing: their records are keyed on the callable.
pub fn builtin_rebound(name: Obj, value: Obj) {
    if !value.is_null() {
        crate::object::make_immortal(value);
    }
    crate::types::module::forget_builtin(name);
}

/// The builtin called `name` (borrowed; builtins are immortal), if any: from the `builtins`
/// module's namespace once it has been imported (it may have been changed), else the
/// runtime's own table.
pub fn lookup(name: &str) -> Option<Obj> {
    let m = BUILTINS_MODULE.load(Ordering::Relaxed);
    if m != 0 {
        let dict = crate::object::payload::<crate::types::module::ModuleData>(Obj(m)).dict;
        let k = new_str(name);
        let r = crate::types::dict::dict_data(dict).get(k).ok().flatten();
        k.decref();
        return r;
    }
    lookup_static(name)
}

/// The runtime's own builtin called `name` (borrowed; immortal), if any.
fn lookup_static(name: &str) -> Option<Obj> {
    if let Some(f) = lookup_function(name) {
        return Some(f);
    }
    if name == "NotImplemented" {
        return Some(crate::types::not_implemented());
    }
    if name == "Ellipsis" {
        return Some(crate::types::typetype::ELLIPSIS.obj());
    }
    use crate::types::*;
    let ty: &'static TypeObject = match name {
        "int" => &int::INT_TYPE,
        "bool" => &int::BOOL_TYPE,
        "float" => &float::FLOAT_TYPE,
        "str" => &str::STR_TYPE,
        "list" => &list::LIST_TYPE,
        "tuple" => &tuple::TUPLE_TYPE,
        "dict" => &dict::DICT_TYPE,
        "range" => &range::RANGE_TYPE,
        "set" => &set::SET_TYPE,
        "frozenset" => &set::FROZENSET_TYPE,
        "slice" => &slice::SLICE_TYPE,
        "type" => &typetype::TYPE_TYPE,
        "object" => &typetype::OBJECT_TYPE,
        "property" => &descr::PROPERTY_TYPE,
        "classmethod" => &descr::CLASSMETHOD_TYPE,
        "staticmethod" => &descr::STATICMETHOD_TYPE,
        "super" => &descr::SUPER_TYPE,
        "bytes" => &bytes::BYTES_TYPE,
        "bytearray" => &bytes::BYTEARRAY_TYPE,
        "memoryview" => &memoryview::MEMORYVIEW_TYPE,
        "complex" => &complex::COMPLEX_TYPE,
        "UnicodeEncodeError" => &crate::codecs::UNICODE_ENCODE_ERROR,
        "UnicodeDecodeError" => &crate::codecs::UNICODE_DECODE_ERROR,
        "EnvironmentError" | "IOError" => &exc::OS_ERROR,
        _ => return exc::ALL.iter().find(|t| t.name == name).map(|t| t.obj()),
    };
    Some(ty.obj())
}

fn builtin_print(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, false);
    for k in 0..nkw {
        let v = args[npos + k];
        let name = str_value(tuple_items(kwnames)[k]);
        let text = |what: &str| -> PyResult<Option<&'static str>> {
            if v == none() {
                Ok(None)
            } else if is_str(v) {
                Ok(Some(str_value(v)))
            } else {
                Err(type_error(format!("{what} must be None or a string, not {}", type_name(v))))
            }
        };
        match name {
            "sep" => sep = text("sep")?,
            "end" => end = text("end")?,
            "file" => file = (v != none()).then_some(v),
            "flush" => flush = ops::is_true(v)?,
            _ => return Err(type_error(format!("'{name}' is an invalid keyword argument for print()"))),
        }
    }
    // No `file` (or `file=None`) means `sys.stdout` as it is now, so that assigning it
    // (`contextlib.redirect_stdout`) redirects `print`.
    let sys_stdout;
    let file = match file {
        Some(f) => f,
        None => match crate::types::module::module_lookup(sys_module(), crate::slots::intern("stdout"))? {
            None => return Err(raise(&exc::RUNTIME_ERROR, "lost sys.stdout")),
            Some(f) => {
                sys_stdout = Owned::new(f).expect("sys.stdout");
                if sys_stdout.get() == none() {
                    return Ok(none());
                }
                sys_stdout.get()
            }
        },
    };
    if let Some(stream) = crate::io::stream_of(file) {
        let mut out = String::new();
        for (i, &a) in args[..npos].iter().enumerate() {
            if i > 0 {
                out.push_str(sep.unwrap_or(" "));
            }
            if is_str(a) {
                out.push_str(str_value(a));
            } else {
                out.push_str(&ops::str_string(a)?);
            }
        }
        out.push_str(end.unwrap_or("\n"));
        crate::io::write_stream(stream, &out);
        if flush {
            crate::io::flush_stdout();
        }
        return Ok(none());
    }
    // Any other file: one `write` per piece, each argument converted just before it is
    // written, then `flush()` if asked (`builtin_print_impl`).
    let write = |text: Obj| -> PyResult<()> {
        Owned::new(crate::attr::call_method(file, crate::slots::intern("write"), &[text], Obj::NULL)?);
        Ok(())
    };
    for (i, &a) in args[..npos].iter().enumerate() {
        if i > 0 {
            let sep = Owned::new(new_str(sep.unwrap_or(" "))).expect("allocated");
            write(sep.get())?;
        }
        let text = Owned::new(if is_str(a) { a.incref() } else { ops::object_str(a)? }).expect("allocated");
        write(text.get())?;
    }
    let end = Owned::new(new_str(end.unwrap_or("\n"))).expect("allocated");
    write(end.get())?;
    if flush {
        Owned::new(crate::attr::call_method(file, crate::slots::intern("flush"), &[], Obj::NULL)?);
    }
    Ok(none())
}

fn builtin_len(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("len", args, kwnames, &[""], 1)?;
    Ok(new_int(ops::len(a.req(0))? as i64))
}

fn builtin_abs(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("abs", args, kwnames, &[""], 1)?;
    ops::absolute(a.req(0))
}

fn builtin_repr(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("repr", args, kwnames, &[""], 1)?;
    ops::repr(a.req(0))
}

/// `min`/`max` (`min_max` in bltinmodule.c): one iterable or several arguments, `key=`,
/// and `default=` for the iterable form.
fn min_max(args: &[Obj], kwnames: Obj, name: &str, op: CompareOp) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos == 0 {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let (mut key, mut default) = (None, None);
    for k in 0..nkw {
        match str_value(tuple_items(kwnames)[k]) {
            "key" => key = Some(args[npos + k]).filter(|&k| k != none()),
            "default" => default = Some(args[npos + k]),
            other => return Err(type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        }
    }
    if npos > 1 {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        // Several arguments: compare them in place (the caller keeps them alive).
        return pick_extreme(&args[..npos], key, default, name, op);
    }
    let items: Vec<Owned> = ops::collect_iterable(args[0])?.into_iter().map(|o| Owned::new(o).expect("item")).collect();
    let borrowed: Vec<Obj> = items.iter().map(Owned::get).collect();
    pick_extreme(&borrowed, key, default, name, op)
}

/// The first smallest (`Lt`) or largest (`Gt`) of `items` by `key`, as `min`/`max` choose.
fn pick_extreme(items: &[Obj], key: Option<Obj>, default: Option<Obj>, name: &str, op: CompareOp) -> PyResult<Obj> {
    let Some((&first, rest)) = items.split_first() else {
        return match default {
            Some(d) => Ok(d.incref()),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        };
    };
    let mut best = first;
    match key {
        None => {
            for &it in rest {
                if ops::rich_compare_bool(it, best, op)? {
                    best = it;
                }
            }
        }
        Some(key) => {
            let keyed = |o: Obj| -> PyResult<Owned> {
                Ok(Owned::new(crate::call::call(key, &[o], Obj::NULL)?).expect("non-null"))
            };
            let mut best_key = keyed(best)?;
            for &it in rest {
                let k = keyed(it)?;
                if ops::rich_compare_bool(k.get(), best_key.get(), op)? {
                    best = it;
                    best_key = k;
                }
            }
        }
    }
    Ok(best.incref())
}

fn builtin_min(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    min_max(args, kwnames, "min", CompareOp::Lt)
}

fn builtin_max(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    min_max(args, kwnames, "max", CompareOp::Gt)
}

/// `sum(iterable, /, start=0)`, in CPython 3.12's three phases (`builtin_sum_impl`): exact
/// machine-int accumulation while the result is an exact int; then, while it is an exact
/// float, compensated (Neumaier) summation of floats with ints added directly; then plain
/// `+` for whatever remains.
fn builtin_sum(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    use crate::types::int::INT_TYPE;
    let a = Args::parse("sum", args, kwnames, &["", "start"], 1)?;
    let start = a.get(1).unwrap_or(Obj::from_small(0));
    if is_str(start) {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // Items are consumed as they come (a generator need not be materialised).
    let it = Owned::new(ops::get_iter(a.req(0))?).expect("iterator");
    let next = || -> PyResult<Option<Owned>> { Ok(ops::iter_next(it.get())?.map(|o| Owned::new(o).expect("item"))) };
    let mut result = Owned::new(start.incref()).expect("start");
    let exact_int = |o: Obj| o.is_small() || o.is_type(&INT_TYPE);
    let add = |r: &Owned, x: Obj| -> PyResult<Owned> {
        Ok(Owned::new(ops::binary_op(r.get(), x, ops::BinOp::Add)?).expect("sum"))
    };
    if exact_int(result.get()) {
        if let Some(mut acc) = crate::types::int::int_to_i64(result.get()) {
            loop {
                let Some(xo) = next()? else { return Ok(new_int(acc)) };
                let x = xo.get();
                let v = if exact_int(x) || x.is_type(&crate::types::int::BOOL_TYPE) {
                    crate::types::int::int_to_i64(x).and_then(|v| acc.checked_add(v))
                } else {
                    None
                };
                match v {
                    Some(s) => acc = s,
                    None => {
                        result = add(&Owned::new(new_int(acc)).expect("int"), x)?;
                        break;
                    }
                }
            }
        }
    }
    if result.get().is_type(&crate::types::float::FLOAT_TYPE) {
        let mut f = float_value(result.get());
        let mut c = 0.0f64;
        let finish = |f: f64, c: f64| if c != 0.0 && c.is_finite() { f + c } else { f };
        loop {
            let Some(xo) = next()? else { return Ok(new_float(finish(f, c))) };
            let x = xo.get();
            if x.is_type(&crate::types::float::FLOAT_TYPE) {
                let v = float_value(x);
                let t = f + v;
                if f.abs() >= v.abs() {
                    c += (f - t) + v;
                } else {
                    c += (v - t) + f;
                }
                f = t;
                continue;
            }
            if let Some(v) = int_view(x).and_then(|_| crate::types::int::int_to_i64(x)) {
                f += v as f64;
                continue;
            }
            result = add(&Owned::new(new_float(finish(f, c))).expect("float"), x)?;
            break;
        }
    }
    while let Some(x) = next()? {
        result = add(&result, x.get())?;
    }
    Ok(result.release())
}

/// `isinstance`/`issubclass` second argument: a type or a (nested) tuple of types.
/// `isinstance`/`issubclass` against one class or a tuple of them. A class whose metaclass
/// defines `__instancecheck__`/`__subclasscheck__` in Python decides for itself
/// (`object_recursive_isinstance`).
pub(crate) fn class_matches(subject: Obj, t: Option<&'static TypeObject>, spec: Obj, fname: &str) -> PyResult<bool> {
    if let Some(c) = as_type(spec) {
        if t.is_some_and(|t| std::ptr::eq(t, c)) {
            return Ok(true);
        }
        let meta = spec.ty();
        if meta.is_heap() {
            let hook = if fname == "issubclass" { "__subclasscheck__" } else { "__instancecheck__" };
            if let Some(f) = crate::slots::lookup_special(spec, hook) {
                let types_own =
                    crate::types::heaptype::type_lookup(&crate::types::typetype::TYPE_TYPE, crate::slots::intern(hook));
                if Some(f) != types_own {
                    let r = Owned::new(crate::slots::call_unbound(f, spec, &[subject])?).expect("result");
                    return ops::is_true(r.get());
                }
            }
        }
        let Some(t) = t else { return Err(type_error("issubclass() arg 1 must be a class")) };
        if t.is_subtype(c) {
            return Ok(true);
        }
        // `object_isinstance`: an instance whose `__class__` claims another class.
        if fname == "isinstance" {
            if let Some(k) = crate::attr::getattr_opt(subject, crate::slots::intern("__class__"))? {
                let k = Owned::new(k).expect("class");
                if let Some(kt) = as_type(k.get()) {
                    return Ok(!std::ptr::eq(kt, t) && kt.is_subtype(c));
                }
            }
        }
        return Ok(false);
    }
    if crate::types::genericalias::is_generic_alias(spec) {
        return Err(type_error(format!("{fname}() argument 2 cannot be a parameterized generic")));
    }
    if crate::types::genericalias::is_union(spec) {
        return class_matches(subject, t, crate::types::genericalias::union_args(spec), fname);
    }
    if is_tuple(spec) {
        for &s in tuple_items(spec) {
            if class_matches(subject, t, s, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // `int | str` checks as the tuple of its arguments.
    if crate::types::genericalias::is_union(spec) {
        return class_matches(subject, t, crate::types::genericalias::union_args(spec), fname);
    }
    // Any other object whose type defines the hook decides (`PyObject_IsInstance`).
    let hook = if fname == "issubclass" { "__subclasscheck__" } else { "__instancecheck__" };
    if let Some(f) = crate::slots::lookup_special(spec, hook) {
        let r = Owned::new(crate::slots::call_unbound(f, spec, &[subject])?).expect("result");
        return ops::is_true(r.get());
    }
    Err(type_error(if fname == "issubclass" && t.is_none() {
        "issubclass() arg 1 must be a class".to_string()
    } else if fname == "issubclass" {
        "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
    } else {
        format!("{fname}() arg 2 must be a type, a tuple of types, or a union")
    }))
}

fn builtin_isinstance(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("isinstance", args, kwnames, &["", ""], 2)?;
    Ok(new_bool(class_matches(a.req(0), Some(a.req(0).ty()), a.req(1), "isinstance")?))
}

fn builtin_issubclass(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("issubclass", args, kwnames, &["", ""], 2)?;
    Ok(new_bool(class_matches(a.req(0), as_type(a.req(0)), a.req(1), "issubclass")?))
}

fn builtin_divmod(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("divmod", args, kwnames, &["", ""], 2)?;
    let (x, y) = (a.req(0), a.req(1));
    for t in [x.ty(), y.ty()] {
        if let Some(f) = t.lookup(|t| t.tp_as_number.nb_divmod) {
            let r = f(x, y)?;
            if r != crate::types::not_implemented() {
                return Ok(r);
            }
        }
    }
    Err(crate::types::int::unsupported(x, y, "divmod()"))
}

fn builtin_pow(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("pow", args, kwnames, &["base", "exp", "mod"], 2)?;
    ops::power(a.req(0), a.req(1), a.get(2).unwrap_or_else(none))
}

fn builtin_iter(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("iter", args, kwnames, 1, 2)?;
    if let Some(&sentinel) = a.get(1) {
        if a[0].ty().lookup(|t| t.tp_call).is_none() {
            return Err(type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(crate::types::iter::new_call_iter(a[0], sentinel));
    }
    ops::get_iter(a[0])
}

fn builtin_next(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("next", args, kwnames, &["", ""], 1)?;
    let r = match ops::iter_next_raw(a.req(0)) {
        Err(e) => match a.get(1) {
            // With a default, an iterator ending by `StopIteration` gives the default.
            Some(d) if crate::errors::current().ty().is_subtype(&STOP_ITERATION) => {
                crate::errors::fetch().decref();
                return Ok(d.incref());
            }
            _ => return Err(e),
        },
        Ok(r) => r,
    };
    match r {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.incref()),
            None => Err(crate::errors::set_exception(exc::new_exception(
                &STOP_ITERATION,
                crate::types::tuple::new_tuple(Vec::new()),
            ))),
        },
    }
}

fn builtin_hash(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("hash", args, kwnames, &[""], 1)?;
    Ok(new_int(ops::hash(a.req(0))?))
}

fn builtin_id(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("id", args, kwnames, &[""], 1)?;
    Ok(new_int_big((a.req(0).0 as u64).into()))
}

fn builtin_ord(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("ord", args, kwnames, &[""], 1)?;
    let c = a.req(0);
    if !is_str(c) {
        return Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(c))));
    }
    let mut chars = str_value(c).chars();
    match (chars.next(), chars.next()) {
        (Some(ch), None) => Ok(new_int(ch as i64)),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            str_value(c).chars().count()
        ))),
    }
}

fn builtin_chr(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("chr", args, kwnames, &[""], 1)?;
    let v = i64::from(crate::types::int::c_int_arg(a.req(0))?);
    match u32::try_from(v).ok().and_then(char::from_u32) {
        Some(c) => Ok(crate::types::str::new_char(c)),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_callable(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("callable", args, kwnames, &[""], 1)?;
    Ok(new_bool(a.req(0).ty().lookup(|t| t.tp_call).is_some()))
}

fn builtin_format(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("format", args, kwnames, &["", ""], 1)?;
    let spec = match a.get(1) {
        None => "",
        Some(s) if is_str(s) => str_value(s),
        Some(s) => return Err(type_error(format!("format() argument 2 must be str, not {}", arg_type_name(s)))),
    };
    ops::format(a.req(0), spec)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn builtin_sorted(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let l = Owned::new(crate::types::list::new_list(ops::collect_iterable(args[0])?)).expect("list");
    let (key, reverse) = crate::types::list::sort_kwargs(&args[1..], kwnames)?;
    crate::types::list::list_sort(l.get(), key, reverse)?;
    Ok(l.release())
}

fn builtin_reversed(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("reversed", args, kwnames, 1, 1)?;
    // A class's own `__reversed__` (`None` means "not reversible"), or a built-in type's
    // (`collections.deque`).
    if a[0].ty().is_heap() || a[0].ty().find_method("__reversed__").is_some() {
        match crate::slots::lookup_special(a[0], "__reversed__") {
            Some(r) if r == none() => {
                return Err(type_error(format!("'{}' object is not reversible", type_name(a[0]))))
            }
            Some(r) => return crate::slots::call_unbound(r, a[0], &[]),
            None => {}
        }
    }
    crate::types::iter::reversed(a[0])
}

/// `enumerate(iterable, start=0)`, with `_PyArg_UnpackKeywords`' messages.
fn builtin_enumerate(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos + nkw > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 {}arguments ({} given)",
            if npos == 0 { "keyword " } else { "" },
            npos + nkw
        )));
    }
    let mut vals: [Option<Obj>; 2] =
        [args.first().copied().filter(|_| npos > 0), args.get(1).copied().filter(|_| npos > 1)];
    for k in 0..nkw {
        let name = str_value(tuple_items(kwnames)[k]);
        let i = match name {
            "iterable" => 0,
            "start" => 1,
            _ => return Err(type_error(format!("'{name}' is an invalid keyword argument for enumerate()"))),
        };
        if vals[i].is_some() {
            return Err(type_error(format!(
                "argument for enumerate() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        vals[i] = Some(args[npos + k]);
    }
    let Some(iterable) = vals[0] else {
        return Err(type_error("enumerate() missing required argument 'iterable'"));
    };
    crate::types::iter::new_enumerate(iterable, vals[1])
}

/// `zip(*iterables, strict=False)`.
fn builtin_zip(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    let mut strict = false;
    if nkw > 1 {
        return Err(type_error(format!("zip() takes at most 1 keyword argument ({nkw} given)")));
    }
    if nkw == 1 {
        let name = str_value(tuple_items(kwnames)[0]);
        if name != "strict" {
            return Err(type_error(format!("'{name}' is an invalid keyword argument for zip()")));
        }
        strict = ops::is_true(args[npos])?;
    }
    let mut its = Vec::with_capacity(npos);
    for &a in &args[..npos] {
        match ops::get_iter(a) {
            Ok(it) => its.push(it),
            Err(e) => {
                its.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        }
    }
    Ok(crate::types::iter::new_zip(its, strict))
}

fn builtin_map(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("map() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for &a in &args[1..] {
        match ops::get_iter(a) {
            Ok(it) => its.push(it),
            Err(e) => {
                its.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        }
    }
    Ok(crate::types::iter::new_map(args[0], its))
}

fn builtin_filter(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("filter", args, kwnames, 2, 2)?;
    crate::types::iter::new_filter(a[0], a[1])
}

/// `any`/`all`: the first item whose truth is `stop_on`.
fn any_all(name: &str, args: &[Obj], kwnames: Obj, stop_on: bool) -> PyResult<Obj> {
    let a = Args::parse(name, args, kwnames, &[""], 1)?;
    let it = Owned::new(ops::get_iter(a.req(0))?).expect("iterator");
    while let Some(x) = ops::iter_next(it.get())? {
        let x = Owned::new(x).expect("item");
        if ops::is_true(x.get())? == stop_on {
            return Ok(new_bool(stop_on));
        }
    }
    Ok(new_bool(!stop_on))
}

fn builtin_any(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    any_all("any", args, kwnames, true)
}

fn builtin_all(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    any_all("all", args, kwnames, false)
}

// ---- sys ----------------------------------------------------------------------------------

/// Compiled code's recursion counter and limit (exported in `abi.rs`); compiled functions
/// increment the depth on entry and decrement it on every exit.
use crate::abi::{ophis_recursion_depth as RECURSION_DEPTH, ophis_recursion_limit as RECURSION_LIMIT};

static ARGV: OnceLock<Vec<String>> = OnceLock::new();

pub fn set_argv(argv: Vec<String>) {
    let _ = ARGV.set(argv);
}

fn sys_exit(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("exit", args, kwnames, &[""], 0)?;
    let exc_args = match a.get(0) {
        None => crate::types::tuple::new_tuple(Vec::new()),
        Some(v) if v == none() => crate::types::tuple::new_tuple(Vec::new()),
        Some(v) => crate::types::tuple::new_tuple(vec![v.incref()]),
    };
    Err(crate::errors::set_exception(exc::new_exception(&exc::SYSTEM_EXIT, exc_args)))
}

fn sys_getrecursionlimit(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("sys.getrecursionlimit", args, kwnames)?;
    Ok(new_int(RECURSION_LIMIT.load(Ordering::Relaxed)))
}

fn sys_setrecursionlimit(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::one_arg("sys.setrecursionlimit", args, kwnames)?;
    let n = i64::from(crate::types::int::c_int_arg(a)?);
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = RECURSION_DEPTH.load(Ordering::Relaxed);
    if n <= depth {
        return Err(raise(
            &exc::RECURSION_ERROR,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    RECURSION_LIMIT.store(n, Ordering::Relaxed);
    Ok(none())
}

/// `sys.exception()`: the exception being handled, or `None`.
fn sys_exception(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("sys.exception", args, kwnames)?;
    let e = crate::errors::top_handled();
    Ok(if e.is_null() { none() } else { e.incref() })
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three
/// `None`s.
fn sys_exc_info(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("sys.exc_info", args, kwnames)?;
    let e = crate::errors::top_handled();
    Ok(crate::types::tuple::new_tuple(if e.is_null() {
        vec![none().incref(), none().incref(), none().incref()]
    } else {
        vec![e.ty().obj().incref(), e.incref(), crate::types::traceback::traceback_of(e)]
    }))
}

static SYS_EXC_INFO: StaticObject<BuiltinFunction> =
    StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: "exc_info", f: sys_exc_info });
static SYS_EXCEPTION: StaticObject<BuiltinFunction> =
    StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: "exception", f: sys_exception });
static SYS_GETRECURSIONLIMIT: StaticObject<BuiltinFunction> =
    StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: "getrecursionlimit", f: sys_getrecursionlimit });
static SYS_SETRECURSIONLIMIT: StaticObject<BuiltinFunction> =
    StaticObject::new(&BUILTIN_FUNCTION_TYPE, BuiltinFunction { name: "setrecursionlimit", f: sys_setrecursionlimit });

struct ModuleCell(Obj);
// SAFETY: the module is created once and immortal; access is serialised by the interpreter
// lock of the default build.
unsafe impl Send for ModuleCell {}
unsafe impl Sync for ModuleCell {}

static SYS: OnceLock<ModuleCell> = OnceLock::new();

pub fn sys_module() -> Obj {
    SYS.get_or_init(|| {
        use crate::types::module::{module_set, new_module};
        let m = crate::object::make_immortal(new_module("sys"));
        let argv: Vec<Obj> = ARGV.get().map(|a| a.iter().map(|s| new_str(s)).collect()).unwrap_or_default();
        let set_owned = |name: &str, v: Obj| {
            module_set(m, name, v);
            v.decref();
        };
        set_owned("argv", crate::types::list::new_list(argv));
        module_set(m, "modules", crate::import::sys_modules());
        set_owned("stdout", crate::io::new_stream(crate::io::Stream::Stdout));
        set_owned("stderr", crate::io::new_stream(crate::io::Stream::Stderr));
        set_owned("maxsize", new_int(i64::MAX));
        set_owned("platform", new_str("linux"));
        set_owned("byteorder", new_str("little"));
        use crate::stdlib::structseq::{new_structseq, FLOAT_INFO_TYPE, VERSION_INFO_TYPE};
        set_owned(
            "version_info",
            new_structseq(&VERSION_INFO_TYPE, vec![new_int(3), new_int(12), new_int(0), new_str("final"), new_int(0)]),
        );
        let f = crate::types::float::new_float;
        set_owned(
            "float_info",
            new_structseq(
                &FLOAT_INFO_TYPE,
                vec![
                    f(f64::MAX),
                    new_int(1024),
                    new_int(308),
                    f(f64::MIN_POSITIVE),
                    new_int(-1021),
                    new_int(-307),
                    new_int(15),
                    new_int(53),
                    f(f64::EPSILON),
                    new_int(2),
                    new_int(1),
                ],
            ),
        );
        module_set(m, "exit", B_EXIT.obj());
        module_set(m, "exception", SYS_EXCEPTION.obj());
        module_set(m, "exc_info", SYS_EXC_INFO.obj());
        module_set(m, "getrecursionlimit", SYS_GETRECURSIONLIMIT.obj());
        module_set(m, "setrecursionlimit", SYS_SETRECURSIONLIMIT.obj());
        ModuleCell(m)
    })
    .0
}

/// `import name`: the program's modules and the built-in ones (`import.rs`).
pub fn import(name: &str) -> PyResult<Obj> {
    crate::import::import(name)
}

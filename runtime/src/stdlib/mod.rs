//! The built-in modules: one registry, and what `import` does at run time.
//!
//! Input: a module name from `import`/`from … import` (compiled code calls `ophis_import` and
//! `ophis_import_from`). Output: the module object, created on first import and cached for
//! the life of the program (CPython's `sys.modules`), or CPython's `ModuleNotFoundError` /
//! `ImportError`.
//!
//! Invariants: [`REGISTRY`] is the one list of built-in modules (the compiler's
//! `compiler/src/modules.rs` mirrors it, checked by `compiler/tests/modules.rs`); each module
//! is initialised at most once and is immortal; a dotted name is importable only if it is in
//! the registry itself (`os.path`), after its parent has been imported, as
//! `Lib/importlib/_bootstrap.py` (`_find_and_load`) orders it.
//!
//! Also here: argument helpers the module files share (`PyFloat_AsDouble`, and binding the
//! arguments of functions CPython writes in Python, such as `random.randint`, with the
//! messages of `Python/ceval.c`).

pub mod abc;
pub mod asyncio;
pub mod collections;
pub mod dataclasses;
pub mod functools;
pub mod itertools;
pub mod math;
pub mod os;
pub mod random;
pub mod structseq;
pub mod time;
pub mod weakref;

use crate::call::kwnames_len;
use crate::errors::{raise, type_error, PyResult};
use crate::object::Obj;
use crate::types::exceptions as exc;
use crate::types::float::{float_value, FLOAT_TYPE};
use crate::types::int::{int_to_f64, int_view};
use crate::types::str::{new_string, str_value};
use crate::types::tuple::tuple_items;
use crate::types::type_name;
use std::sync::Mutex;

/// A built-in module: its dotted name and the function that creates it (a new reference).
struct ModuleDef {
    name: &'static str,
    init: fn() -> Obj,
}

const REGISTRY_LEN: usize = 14;

/// Every built-in module.
static REGISTRY: [ModuleDef; REGISTRY_LEN] = [
    ModuleDef { name: "sys", init: || crate::builtins::sys_module().incref() },
    ModuleDef { name: "math", init: math::init },
    ModuleDef { name: "time", init: time::init },
    ModuleDef { name: "random", init: random::init },
    ModuleDef { name: "os", init: os::init },
    ModuleDef { name: "os.path", init: os::init_path },
    ModuleDef { name: "abc", init: abc::init },
    ModuleDef { name: "dataclasses", init: dataclasses::init },
    ModuleDef { name: "_functools", init: functools::init },
    ModuleDef { name: "weakref", init: weakref::init },
    ModuleDef { name: "_collections", init: collections::init },
    ModuleDef { name: "_itertools", init: itertools::init },
    ModuleDef { name: "builtins", init: crate::builtins::builtins_module },
    ModuleDef { name: "_asyncio", init: asyncio::init },
];

/// Modules already created, by registry index (their address; they are immortal).
static LOADED: Mutex<[usize; REGISTRY_LEN]> = Mutex::new([0; REGISTRY_LEN]);

fn load(index: usize) -> Obj {
    let cached = LOADED.lock().map(|l| l[index]).unwrap_or(0);
    if cached != 0 {
        return Obj(cached).incref();
    }
    // Not holding the lock while the module initialises: `os` imports `os.path`.
    let m = crate::object::make_immortal((REGISTRY[index].init)());
    if let Ok(mut l) = LOADED.lock() {
        l[index] = m.0;
    }
    m.incref()
}

/// A registered module by name, without importing its parents (for a parent that binds its
/// submodule while it initialises, as `os` binds `os.path`).
pub(crate) fn load_named(name: &str) -> Obj {
    load(find(name).expect("a registered module"))
}

fn find(name: &str) -> Option<usize> {
    REGISTRY.iter().position(|d| d.name == name)
}

/// `import name`: the named module itself (for `import a.b`, the module `a.b`; the compiler
/// binds `a` by importing it separately).
pub fn import(name: &str) -> PyResult<Obj> {
    let mut parent_end = 0;
    // Import each parent first, as CPython does.
    while let Some(dot) = name[parent_end..].find('.') {
        let parent = &name[..parent_end + dot];
        match find(parent) {
            Some(i) => load(i).decref(),
            None => return Err(not_found(parent, None)),
        }
        parent_end += dot + 1;
    }
    match find(name) {
        Some(i) => Ok(load(i)),
        None if parent_end > 0 => Err(not_found(name, Some(&name[..parent_end - 1]))),
        None => Err(not_found(name, None)),
    }
}

fn not_found(name: &str, not_a_package: Option<&str>) -> crate::errors::Raised {
    match not_a_package {
        Some(parent) => {
            raise(&exc::MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'; '{parent}' is not a package"))
        }
        None => raise(&exc::MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'")),
    }
}

/// The built-in module `full` (a dotted name under a module already imported), if there is
/// one (`from os import path`).
pub fn import_submodule(full: &str) -> Option<Obj> {
    find(full).map(load)
}

/// Add built-in functions to a module: `functions!(m, "name" => rust_fn, …)`.
macro_rules! functions {
    ($m:expr, $($name:literal => $f:path),* $(,)?) => {{
        $({
            static F: crate::object::StaticObject<crate::types::function::BuiltinFunction> =
                crate::object::StaticObject::new(
                    &crate::types::function::BUILTIN_FUNCTION_TYPE,
                    crate::types::function::BuiltinFunction { name: $name, f: $f },
                );
            crate::types::module::module_set($m, $name, F.obj());
        })*
    }};
}
pub(crate) use functions;

/// `module.name = value`, `value` stolen.
pub fn set_owned(m: Obj, name: &str, value: Obj) {
    crate::types::module::module_set(m, name, value);
    value.decref();
}

/// `PyFloat_AsDouble`: a float, an int (`OverflowError` when too large), or an object whose
/// type converts itself; otherwise "must be real number, not T".
pub fn float_arg(o: Obj) -> PyResult<f64> {
    if o.is_type(&FLOAT_TYPE) {
        return Ok(float_value(o));
    }
    if let Some(v) = int_view(o) {
        return int_to_f64(&v);
    }
    if o.ty().is_subtype(&FLOAT_TYPE) {
        return Ok(float_value(o));
    }
    if let Some(f) = o.ty().lookup(|t| t.tp_as_number.nb_float) {
        let r = crate::object::Owned::new(f(o)?).expect("non-null");
        return Ok(float_value(r.get()));
    }
    if let Some(f) = o.ty().lookup(|t| t.tp_as_number.nb_index) {
        let r = crate::object::Owned::new(f(o)?).expect("non-null");
        return float_arg(r.get());
    }
    Err(type_error(format!("must be real number, not {}", type_name(o))))
}

/// `operator.index(o)` (`PyNumber_Index`): an int (new reference), or CPython's `TypeError`.
pub fn index_arg(o: Obj) -> PyResult<Obj> {
    if let Some(v) = int_view(o) {
        return Ok(crate::types::int::new_int_big(v.to_big()));
    }
    if let Some(f) = o.ty().lookup(|t| t.tp_as_number.nb_index) {
        return f(o);
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o))))
}

/// The arguments of a function CPython writes in Python (`def randint(self, a, b)`), bound to
/// `params` with `Python/ceval.c`'s messages. `qualname` is how the function names itself
/// (`Random.randint`); `self_param` counts an implicit `self` in arity messages, as a bound
/// method's does. Parameters from `kwonly` on are keyword-only. The first `required` must be
/// given; the rest are `None` when absent.
pub fn py_args(
    qualname: &str,
    args: &[Obj],
    kwnames: Obj,
    params: &[&str],
    required: usize,
    kwonly: usize,
    self_param: bool,
) -> PyResult<Vec<Option<Obj>>> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    let extra = usize::from(self_param);
    let mut values: Vec<Option<Obj>> = vec![None; params.len()];
    if npos > kwonly {
        let lo = required.min(kwonly) + extra;
        let hi = kwonly + extra;
        let sig = if lo == hi {
            format!("{hi} positional argument{}", if hi == 1 { "" } else { "s" })
        } else {
            format!("from {lo} to {hi} positional arguments")
        };
        let given = npos + extra;
        return Err(type_error(format!(
            "{qualname}() takes {sig} but {given} {} given",
            if given == 1 { "was" } else { "were" }
        )));
    }
    for (i, &a) in args[..npos].iter().enumerate() {
        values[i] = Some(a);
    }
    for k in 0..nkw {
        let name = str_value(tuple_items(kwnames)[k]);
        match params.iter().position(|p| *p == name) {
            Some(i) if values[i].is_some() => {
                return Err(type_error(format!("{qualname}() got multiple values for argument '{name}'")))
            }
            Some(i) => values[i] = Some(args[npos + k]),
            None => return Err(type_error(format!("{qualname}() got an unexpected keyword argument '{name}'"))),
        }
    }
    let missing: Vec<&str> = (0..required).filter(|&i| values[i].is_none()).map(|i| params[i]).collect();
    if !missing.is_empty() {
        let kind = if missing.iter().all(|m| params[..kwonly].contains(m)) { "positional" } else { "keyword-only" };
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        return Err(type_error(format!(
            "{qualname}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(values)
}

/// A `str` argument of a path function, with `os.fspath`'s message for anything else.
pub fn path_arg(o: Obj) -> PyResult<&'static str> {
    if crate::types::str::is_str(o) {
        Ok(str_value(o))
    } else {
        Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(o))))
    }
}

/// A new str from a `String` (shorthand for the module files).
pub fn string(s: String) -> Obj {
    new_string(s)
}

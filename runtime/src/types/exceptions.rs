//! The built-in exception hierarchy (`Objects/exceptions.c`).
//!
//! Every exception instance carries its `args` tuple, the traceback entries recorded while it
//! propagated (innermost first), and its `__cause__`/`__context__` links. `str()` of an
//! exception is `''`, `str(arg)` or `str(args)` by argument count; `KeyError` uses `repr` of a
//! single argument. The last line of an uncaught traceback is `Name: str` (`Name` alone when
//! the string is empty).

use crate::errors::PyResult;
use crate::object::{alloc, payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::str::{new_str, new_string, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::{none, typetype::as_type};

pub struct ExcData {
    pub args: Obj,
    /// (code object, line) per frame the exception passed through, innermost first.
    pub traceback: Vec<(Obj, u32)>,
    pub cause: Obj,
    pub context: Obj,
    pub suppress_context: bool,
}

/// A new exception instance of `ty` with `args` (a tuple; stolen).
pub fn new_exception(ty: &'static TypeObject, args: Obj) -> Obj {
    alloc(ty, ExcData { args, traceback: Vec::new(), cause: Obj::NULL, context: Obj::NULL, suppress_context: false })
}

pub fn is_exception(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&BASE_EXCEPTION)
}

/// Is `o` an exception class?
pub fn is_exception_type(o: Obj) -> bool {
    as_type(o).is_some_and(|t| t.is_subtype(&BASE_EXCEPTION))
}

fn exc_dealloc(o: Obj) {
    let d = payload::<ExcData>(o);
    d.args.decref();
    d.cause.xdecref();
    d.context.xdecref();
    for (code, _) in d.traceback.drain(..) {
        code.decref();
    }
    crate::object::dealloc_box::<ExcData>(o);
}

fn exc_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(crate::errors::type_error(format!("{}() takes no keyword arguments", ty.name)));
    }
    Ok(new_exception(ty, new_tuple(args.iter().map(|a| a.incref()).collect())))
}

/// `str(exc)`.
pub fn exc_str_string(o: Obj) -> PyResult<String> {
    if let Some(s) = crate::codecs::unicode_error_str(o) {
        return Ok(s);
    }
    let args = tuple_items(payload::<ExcData>(o).args);
    let is_key_error = o.ty().is_subtype(&KEY_ERROR);
    match args {
        [] => Ok(String::new()),
        [a] if is_key_error => crate::ops::repr_string(*a),
        [a] => crate::ops::str_string(*a),
        _ => crate::ops::repr_string(payload::<ExcData>(o).args),
    }
}

fn exc_str(o: Obj) -> PyResult<Obj> {
    Ok(new_string(exc_str_string(o)?))
}

fn exc_repr(o: Obj) -> PyResult<Obj> {
    let d = payload::<ExcData>(o);
    let name = o.ty().name;
    let args = tuple_items(d.args);
    Ok(new_string(match args {
        [a] => format!("{name}({})", crate::ops::repr_string(*a)?),
        _ => format!("{name}{}", crate::ops::repr_string(d.args)?),
    }))
}

pub fn exc_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let d = payload::<ExcData>(o);
    let or_none = |x: Obj| if x.is_null() { none() } else { x }.incref();
    match str_value(name) {
        "args" => Ok(d.args.incref()),
        "__cause__" => Ok(or_none(d.cause)),
        "__context__" => Ok(or_none(d.context)),
        "__suppress_context__" => Ok(crate::types::int::new_bool(d.suppress_context)),
        "code" if o.ty().is_subtype(&SYSTEM_EXIT) => Ok(system_exit_code(o)),
        _ => crate::attr::generic_getattr(o, name),
    }
}

/// `SystemExit.code`: `None` without arguments, the argument for one, the tuple otherwise.
fn system_exit_code(o: Obj) -> Obj {
    let args = payload::<ExcData>(o).args;
    match tuple_items(args) {
        [] => none().incref(),
        [a] => a.incref(),
        _ => args.incref(),
    }
}

/// The exit status for an uncaught `SystemExit`, printing a non-integer code to stderr as
/// CPython does (`Python/pythonrun.c`, `_Py_HandleSystemExit`).
pub fn system_exit_status(o: Obj) -> i32 {
    let code = system_exit_code(o);
    let status = if code == none() {
        0
    } else if let Some(v) = crate::types::int::int_to_i64(code) {
        v as i32
    } else {
        match crate::ops::str_string(code) {
            Ok(s) => crate::io::write_stderr(&format!("{s}\n")),
            Err(_) => crate::errors::fetch().xdecref(),
        }
        1
    };
    code.decref();
    status
}

/// The last line of a traceback: `ValueError: message`.
pub fn format_last_line(o: Obj) -> String {
    let name = o.ty().name;
    match exc_str_string(o) {
        Ok(s) if s.is_empty() => name.to_string(),
        Ok(s) => format!("{name}: {s}"),
        Err(_) => {
            crate::errors::fetch().xdecref();
            format!("{name}: <exception str() failed>")
        }
    }
}

/// Build an exception from what a `raise` statement names: a class (instantiated with no
/// arguments) or an instance. Returns a new reference, or raises `TypeError`.
pub fn instantiate(x: Obj) -> PyResult<Obj> {
    if is_exception(x) {
        return Ok(x.incref());
    }
    if is_exception_type(x) {
        let e = crate::call::call(x, &[], Obj::NULL)?;
        if !is_exception(e) {
            let name = crate::types::type_name(e);
            e.decref();
            return Err(crate::errors::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {name}",
                crate::ops::repr_string(x)?
            )));
        }
        return Ok(e);
    }
    Err(crate::errors::type_error("exceptions must derive from BaseException"))
}

/// Set `e.__cause__` (and suppress the context) for `raise e from cause`.
pub fn set_cause(e: Obj, cause: Obj) -> PyResult<()> {
    let c = if cause == none() {
        Obj::NULL
    } else {
        instantiate(cause).map_err(|r| {
            crate::errors::fetch().xdecref();
            let _ = r;
            crate::errors::type_error("exception causes must derive from BaseException")
        })?
    };
    let d = payload::<ExcData>(e);
    std::mem::replace(&mut d.cause, c).xdecref();
    d.suppress_context = true;
    Ok(())
}

pub fn exc_message(s: &str) -> Obj {
    new_str(s)
}

macro_rules! exception_types {
    ($($id:ident = $name:literal : $base:ident;)*) => {
        $(
            pub static $id: TypeObject = TypeObject {
                name: $name,
                base: Some(&$base),
                ..EXC_TEMPLATE
            };
        )*
        /// Every built-in exception type, for the `builtins` namespace.
        pub static ALL: &[&TypeObject] = &[&BASE_EXCEPTION, $(&$id),*];
    };
}

/// The slots every built-in exception type shares (copied into each static, never mutated).
#[allow(clippy::declare_interior_mutable_const)]
pub const EXC_TEMPLATE: TypeObject = TypeObject {
    name: "",
    tp_dealloc: exc_dealloc,
    tp_new: Some(exc_new),
    tp_repr: Some(exc_repr),
    tp_str: Some(exc_str),
    tp_getattro: Some(exc_getattro),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static BASE_EXCEPTION: TypeObject = TypeObject { name: "BaseException", ..EXC_TEMPLATE };

exception_types! {
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    OS_ERROR = "OSError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
}

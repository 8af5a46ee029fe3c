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
    /// The traceback objects made for a prefix of `traceback` (owned, same order), once
    /// Python code asked for `__traceback__` (`traceback.rs`).
    pub tb_objs: Vec<Obj>,
    pub cause: Obj,
    pub context: Obj,
    pub suppress_context: bool,
    /// `__notes__` (a list, from `add_note`), or null.
    pub notes: Obj,
    /// An exception group's `message` (a str) and `exceptions` (a tuple); null otherwise
    /// (`exception_group.rs`).
    pub eg_msg: Obj,
    pub eg_excs: Obj,
}

/// A new exception instance of `ty` with `args` (a tuple; stolen).
pub fn new_exception(ty: &'static TypeObject, args: Obj) -> Obj {
    alloc(
        ty,
        ExcData {
            args,
            traceback: Vec::new(),
            tb_objs: Vec::new(),
            cause: Obj::NULL,
            context: Obj::NULL,
            suppress_context: false,
            notes: Obj::NULL,
            eg_msg: Obj::NULL,
            eg_excs: Obj::NULL,
        },
    )
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
    d.notes.xdecref();
    d.eg_msg.xdecref();
    d.eg_excs.xdecref();
    for (code, _) in d.traceback.drain(..) {
        code.decref();
    }
    d.tb_objs.drain(..).for_each(Obj::decref);
    crate::object::dealloc_box::<ExcData>(o);
}

/// `BaseException.__new__`: records the positional arguments; keywords are left to
/// `__init__` (a class's own `__init__` may accept them).
fn exc_new(ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - crate::call::kwnames_len(kwnames);
    if !ty.is_heap() && npos < args.len() {
        return Err(crate::errors::type_error(format!("{}() takes no keyword arguments", ty.name)));
    }
    Ok(new_exception(ty, new_tuple(args[..npos].iter().map(|a| a.incref()).collect())))
}

/// `BaseException.__init__`: `args` becomes the positional arguments.
fn exc_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    if crate::call::kwnames_len(kwnames) > 0 {
        return Err(crate::errors::type_error(format!("{}() takes no keyword arguments", o.ty().name)));
    }
    exc_init_args(o, args);
    Ok(())
}

/// Set `args` to the given values (borrowed).
pub fn exc_init_args(o: Obj, args: &[Obj]) {
    let d = payload::<ExcData>(o);
    std::mem::replace(&mut d.args, new_tuple(args.iter().map(|a| a.incref()).collect())).decref();
}

/// Setting `args`, `__cause__`, `__context__`, `__suppress_context__`; anything else goes to
/// the instance dict of a user exception class.
fn exc_setattro(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let d = payload::<ExcData>(o);
    let opt = |v: Obj| if v == none() { Obj::NULL } else { v.incref() };
    match str_value(name) {
        "args" if !value.is_null() => {
            let t = crate::ops::collect_iterable(value)?;
            std::mem::replace(&mut d.args, new_tuple(t)).decref();
        }
        "__cause__" if !value.is_null() => {
            if value != none() && !is_exception(value) {
                return Err(crate::errors::type_error("exception cause must be None or derive from BaseException"));
            }
            std::mem::replace(&mut d.cause, opt(value)).xdecref();
            d.suppress_context = true;
        }
        "__context__" if !value.is_null() => {
            if value != none() && !is_exception(value) {
                return Err(crate::errors::type_error("exception context must be None or derive from BaseException"));
            }
            std::mem::replace(&mut d.context, opt(value)).xdecref();
        }
        "__suppress_context__" if !value.is_null() => d.suppress_context = crate::ops::is_true(value)?,
        "__traceback__" if value.is_null() => {
            return Err(crate::errors::type_error("__traceback__ may not be deleted"))
        }
        "__traceback__" => crate::types::traceback::set_traceback(o, value)?,
        "__notes__" => {
            let v = if value.is_null() { Obj::NULL } else { value.incref() };
            std::mem::replace(&mut d.notes, v).xdecref();
        }
        "message" | "exceptions" if o.ty().is_subtype(&BASE_EXCEPTION_GROUP) => {
            return Err(crate::errors::attribute_error("readonly attribute"));
        }
        _ => return crate::attr::generic_setattr(o, name, value),
    }
    Ok(())
}

/// `str(exc)`.
pub fn exc_str_string(o: Obj) -> PyResult<String> {
    if let Some(s) = crate::codecs::unicode_error_str(o) {
        return Ok(s);
    }
    let args = tuple_items(payload::<ExcData>(o).args);
    let is_key_error = o.ty().is_subtype(&KEY_ERROR);
    // `OSError(errno, strerror[, filename])` (`OSError_str`).
    if o.ty().is_subtype(&OS_ERROR) && (args.len() == 2 || args.len() == 3) && crate::types::int::is_int(args[0]) {
        let head = format!("[Errno {}] {}", crate::ops::str_string(args[0])?, crate::ops::str_string(args[1])?);
        return Ok(match args.get(2) {
            Some(&f) => format!("{head}: {}", crate::ops::repr_string(f)?),
            None => head,
        });
    }
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

/// `BaseException.__str__` (for a group whose `__new__` did not run).
pub fn exc_str_obj(o: Obj) -> PyResult<Obj> {
    exc_str(o)
}

fn exc_repr(o: Obj) -> PyResult<Obj> {
    let d = payload::<ExcData>(o);
    let name = o.ty().name.get();
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
        "__traceback__" => Ok(crate::types::traceback::traceback_of(o)),
        "code" if o.ty().is_subtype(&SYSTEM_EXIT) => Ok(system_exit_code(o)),
        // `StopIteration.value`: the first argument.
        "value" if o.ty().is_subtype(&STOP_ITERATION) => {
            Ok(tuple_items(d.args).first().copied().unwrap_or_else(none).incref())
        }
        "__notes__" if !d.notes.is_null() => Ok(d.notes.incref()),
        "message" if !d.eg_msg.is_null() => Ok(d.eg_msg.incref()),
        "exceptions" if !d.eg_excs.is_null() => Ok(d.eg_excs.incref()),
        // `OSError(errno, strerror, filename)`: the attributes of its arguments.
        field @ ("errno" | "strerror" | "filename") if o.ty().is_subtype(&OS_ERROR) => {
            let args = tuple_items(d.args);
            let i = ["errno", "strerror", "filename"].iter().position(|f| *f == field).unwrap_or(0);
            Ok(if args.len() >= 2 && args.len() > i { args[i] } else { none() }.incref())
        }
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

/// `BaseException.add_note(note)` (PEP 678): append to `__notes__`.
fn exc_add_note(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse("add_note", args, kwnames, &[""], 1)?;
    let note = a.req(0);
    if !crate::types::str::is_str(note) {
        return Err(crate::errors::type_error(format!("note must be a str, not '{}'", crate::types::type_name(note))));
    }
    let d = payload::<ExcData>(o);
    if d.notes.is_null() {
        d.notes = crate::types::list::new_list(Vec::new());
    }
    crate::types::list::list_append(d.notes, note);
    Ok(none().incref())
}

/// `BaseException.with_traceback(tb)`: set `__traceback__`, return the exception.
fn exc_with_traceback(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let tb = crate::types::list::one_arg("BaseException.with_traceback", args, kwnames)?;
    crate::types::traceback::set_traceback(o, tb)?;
    Ok(o.incref())
}

static EXC_METHODS: [crate::typeobj::MethodDef; 2] = [
    crate::typeobj::MethodDef { name: "add_note", meth: exc_add_note },
    crate::typeobj::MethodDef { name: "with_traceback", meth: exc_with_traceback },
];

/// The notes printed after an exception's last traceback line, one per line.
pub fn format_notes(o: Obj) -> String {
    let d = payload::<ExcData>(o);
    let mut out = String::new();
    if d.notes.is_null() {
        return out;
    }
    for n in crate::types::list::list_items(d.notes).iter() {
        match crate::ops::str_string(*n) {
            Ok(s) => {
                out.push_str(&s);
                out.push('\n');
            }
            Err(_) => crate::errors::fetch().xdecref(),
        }
    }
    out
}

/// The last line of a traceback: `ValueError: message`, `mod.Error: message` for a class
/// defined outside `__main__` (`print_exception` in `Python/pythonrun.c`).
pub fn format_last_line(o: Obj) -> String {
    let ty = o.ty();
    let name = if ty.is_heap() {
        let module = crate::types::heaptype::module_name(ty);
        let qual = crate::types::heaptype::qualname(ty);
        if module == "__main__" || module == "builtins" {
            qual
        } else {
            format!("{module}.{qual}")
        }
    } else {
        ty.name.to_string()
    };
    match crate::ops::str_string(o) {
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
                name: crate::typeobj::TypeName::new($name),
                base: Some(&$base),
                ..EXC_TEMPLATE
            };
        )*
        /// Every built-in exception type, for the `builtins` namespace.
        pub static ALL: &[&TypeObject] = &[&BASE_EXCEPTION, &BASE_EXCEPTION_GROUP, &EXCEPTION_GROUP, $(&$id),*];
    };
}

/// The slots every built-in exception type shares (copied into each static, never mutated).
#[allow(clippy::declare_interior_mutable_const)]
pub const EXC_TEMPLATE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new(""),
    methods: &EXC_METHODS,
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<ExcData>>(),
    tp_dealloc: exc_dealloc,
    tp_new: Some(exc_new),
    tp_init: Some(exc_init),
    tp_setattro: Some(exc_setattro),
    tp_repr: Some(exc_repr),
    tp_str: Some(exc_str),
    tp_getattro: Some(exc_getattro),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub static BASE_EXCEPTION: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("BaseException"), ..EXC_TEMPLATE };

/// `BaseExceptionGroup` (`exception_group.rs`).
pub static BASE_EXCEPTION_GROUP: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("BaseExceptionGroup"),
    base: Some(&BASE_EXCEPTION),
    methods: &crate::types::exception_group::EG_METHODS,
    tp_new: Some(crate::types::exception_group::eg_new),
    tp_str: Some(crate::types::exception_group::eg_str),
    ..EXC_TEMPLATE
};

/// `ExceptionGroup(BaseExceptionGroup, Exception)`.
pub static EXCEPTION_GROUP: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("ExceptionGroup"),
    base: Some(&BASE_EXCEPTION_GROUP),
    extra_bases: &[&EXCEPTION],
    methods: &[],
    tp_new: Some(crate::types::exception_group::eg_new),
    tp_str: Some(crate::types::exception_group::eg_str),
    ..EXC_TEMPLATE
};

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
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    OS_ERROR = "OSError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    WARNING = "Warning": EXCEPTION;
    USER_WARNING = "UserWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    BYTES_WARNING = "BytesWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
}

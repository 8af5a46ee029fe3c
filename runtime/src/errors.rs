//! Thread state for exceptions: the raised exception, the stack of exceptions being handled,
//! traceback entries, and the printing of an uncaught exception.
//!
//! The error discipline is CPython's C-API one: a function that fails sets the current
//! exception here and returns a failure value (null `Obj` at the ABI, `Err(Raised)` inside
//! the runtime). Compiled code checks the return, records a traceback entry on the cold path
//! (`tb_here`) and jumps to its handler or returns null itself.
//!
//! Follows `Python/errors.c` (`_PyErr_SetObject`: implicit `__context__` chaining) and
//! `Python/traceback.c` / `Lib/traceback.py` (the printed format).

use crate::object::{payload, Obj, Owned};
use crate::typeobj::TypeObject;
use crate::types::exceptions::{self as exc, ExcData};
use crate::types::str::{new_str, str_value};
use crate::types::tuple::new_tuple;
use std::cell::{Cell, RefCell};
use std::fmt::Write as _;

/// Marker for "an exception has been set in thread state".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// The runtime's internal result type; the exception itself lives in thread state.
pub type PyResult<T> = Result<T, Raised>;

/// ABI conversion: an `Obj` result becomes the object or null.
#[inline]
pub fn to_abi(r: PyResult<Obj>) -> Obj {
    r.unwrap_or(Obj::NULL)
}

/// ABI conversion for status results: 0 for success, -1 for failure.
#[inline]
pub fn status(r: PyResult<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(Raised) => -1,
    }
}

/// ABI conversion for boolean results: 1, 0, or -1 for failure.
#[inline]
pub fn bool_status(r: PyResult<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(Raised) => -1,
    }
}

/// Inside the runtime: treat a null from an ABI-style call as `Err`.
#[inline]
pub fn check(o: Obj) -> PyResult<Obj> {
    if o.is_null() {
        Err(Raised)
    } else {
        Ok(o)
    }
}

thread_local! {
    /// The raised exception that no handler has taken yet (owned), or null.
    static CURRENT: Cell<Obj> = const { Cell::new(Obj::NULL) };
    /// Exceptions whose `except` blocks are running, innermost last (owned).
    static HANDLED: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

/// Set `e` (an exception instance; stolen) as the current exception, chaining the exception
/// being handled, if any, as its `__context__`.
pub fn set_exception(e: Obj) -> Raised {
    if let Some(handled) = HANDLED.with(|h| h.borrow().last().copied()) {
        if handled != e {
            let data = payload::<ExcData>(e);
            if data.context.is_null() {
                data.context = handled.incref();
            }
        }
    }
    restore(e)
}

/// Make `e` (stolen) the current exception as it is, with no chaining (re-raise).
pub fn restore(e: Obj) -> Raised {
    let old = CURRENT.with(|c| c.replace(e));
    old.xdecref();
    Raised
}

/// Take the current exception (a new reference to it) and clear it; null if none.
pub fn fetch() -> Obj {
    CURRENT.with(|c| c.replace(Obj::NULL))
}

/// Is an exception set?
pub fn occurred() -> bool {
    CURRENT.with(|c| !c.get().is_null())
}

/// Borrow the current exception (null if none).
pub fn current() -> Obj {
    CURRENT.with(|c| c.get())
}

/// Raise a new instance of `ty` with a single message argument.
pub fn raise(ty: &'static TypeObject, msg: impl AsRef<str>) -> Raised {
    let args = new_tuple(vec![new_str(msg.as_ref())]);
    let e = exc::new_exception(ty, args);
    set_exception(e)
}

/// Raise `ty` with the given argument (stolen): `KeyError(key)`, `SystemExit(code)`.
pub fn raise_with_arg(ty: &'static TypeObject, arg: Obj) -> Raised {
    let e = exc::new_exception(ty, new_tuple(vec![arg]));
    set_exception(e)
}

pub fn type_error(msg: impl AsRef<str>) -> Raised {
    raise(&exc::TYPE_ERROR, msg)
}
pub fn value_error(msg: impl AsRef<str>) -> Raised {
    raise(&exc::VALUE_ERROR, msg)
}
pub fn overflow_error(msg: impl AsRef<str>) -> Raised {
    raise(&exc::OVERFLOW_ERROR, msg)
}
pub fn zero_division(msg: impl AsRef<str>) -> Raised {
    raise(&exc::ZERO_DIVISION_ERROR, msg)
}
pub fn index_error(msg: impl AsRef<str>) -> Raised {
    raise(&exc::INDEX_ERROR, msg)
}
pub fn attribute_error(msg: impl AsRef<str>) -> Raised {
    raise(&exc::ATTRIBUTE_ERROR, msg)
}

/// Push the exception an `except` block is handling (stolen).
pub fn push_handled(e: Obj) {
    HANDLED.with(|h| h.borrow_mut().push(e));
}

/// Pop the innermost handled exception.
pub fn pop_handled() {
    if let Some(e) = HANDLED.with(|h| h.borrow_mut().pop()) {
        e.decref();
    }
}

/// How many exceptions are being handled (the generator machinery's mark).
pub fn handled_depth() -> usize {
    HANDLED.with(|h| h.borrow().len())
}

/// Take the handled exceptions above `base` off the stack (a generator suspending inside
/// `except`/`finally` keeps them until it resumes).
pub fn split_handled(base: usize) -> Vec<Obj> {
    HANDLED.with(|h| {
        let mut h = h.borrow_mut();
        let base = base.min(h.len());
        h.split_off(base)
    })
}

/// Put a resumed generator's handled exceptions (stolen) back on the stack.
pub fn push_handled_all(es: Vec<Obj>) {
    HANDLED.with(|h| h.borrow_mut().extend(es));
}

/// Drop the handled exceptions above `base` (a finished generator leaves none behind).
pub fn truncate_handled(base: usize) {
    for e in split_handled(base) {
        e.decref();
    }
}

/// The innermost exception being handled (borrowed), for a bare `raise`.
pub fn top_handled() -> Obj {
    HANDLED.with(|h| h.borrow().last().copied().unwrap_or(Obj::NULL))
}

/// A level of runtime recursion (comparing or printing nested containers) counted against the
/// same limit as Python frames (`_Py_EnterRecursiveCall`); released when dropped.
pub struct RecursionGuard(());

impl RecursionGuard {
    /// Enter a level; past the limit raise `RecursionError` ("maximum recursion depth
    /// exceeded{what}", e.g. `" in comparison"`).
    pub fn enter(what: &str) -> PyResult<RecursionGuard> {
        use std::sync::atomic::Ordering::Relaxed;
        // Plain loads and stores, not read-modify-writes: the counter belongs to the thread
        // holding the interpreter lock, as compiled code's own updates assume.
        let depth = crate::abi::ophis_recursion_depth.load(Relaxed) + 1;
        if depth > crate::abi::ophis_recursion_limit.load(Relaxed) {
            return Err(raise(&exc::RECURSION_ERROR, format!("maximum recursion depth exceeded{what}")));
        }
        crate::abi::ophis_recursion_depth.store(depth, Relaxed);
        Ok(RecursionGuard(()))
    }
}

impl Drop for RecursionGuard {
    fn drop(&mut self) {
        use std::sync::atomic::Ordering::Relaxed;
        let depth = crate::abi::ophis_recursion_depth.load(Relaxed);
        crate::abi::ophis_recursion_depth.store(depth - 1, Relaxed);
    }
}

/// Record that the current exception passed through `code` at `line` (`PyTraceBack_Here`).
pub fn tb_here(code: Obj, line: u32) {
    let e = current();
    if !e.is_null() {
        payload::<ExcData>(e).traceback.push((code.incref(), line));
    }
}

/// Write the traceback of `e` as CPython prints it for an uncaught exception, including
/// chained causes and contexts.
pub fn format_exception(e: Obj) -> String {
    let mut out = String::new();
    format_chain(e, &mut out, &mut Vec::new());
    out
}

fn format_chain(e: Obj, out: &mut String, seen: &mut Vec<Obj>) {
    seen.push(e);
    let data = payload::<ExcData>(e);
    if !data.cause.is_null() && !seen.contains(&data.cause) {
        format_chain(data.cause, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !data.context.is_null() && !data.suppress_context && !seen.contains(&data.context) {
        format_chain(data.context, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if !data.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut sources = SourceCache::default();
        // A frame repeated more than `RECURSIVE_CUTOFF` times in a row is printed that many
        // times, then summarised (`Python/traceback.c`, `tb_print_internal`).
        const RECURSIVE_CUTOFF: usize = 3;
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0;
        let repeated = |out: &mut String, count: usize| {
            if count > RECURSIVE_CUTOFF {
                let n = count - RECURSIVE_CUTOFF;
                let _ = writeln!(out, "  [Previous line repeated {n} more time{}]", if n > 1 { "s" } else { "" });
            }
        };
        for &(code, line) in data.traceback.iter().rev() {
            let code = crate::types::function::code_data(code);
            let (file, name) = (str_value(code.filename), str_value(code.name));
            if last != Some((file, line, name)) {
                repeated(out, count);
                last = Some((file, line, name));
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            let _ = writeln!(out, "  File \"{file}\", line {line}, in {name}");
            if let Some(src) = sources.line(file, line) {
                let _ = writeln!(out, "    {src}");
            }
        }
        repeated(out, count);
    }
    out.push_str(&exc::format_last_line(e));
    out.push('\n');
    out.push_str(&exc::format_notes(e));
}

/// Source files read at the time of printing, as CPython's `linecache` does (a file that is
/// gone just has no source lines).
#[derive(Default)]
struct SourceCache {
    files: Vec<(String, Option<String>)>,
}

impl SourceCache {
    /// The stripped text of `line` in `file`.
    fn line(&mut self, file: &str, line: u32) -> Option<String> {
        if !self.files.iter().any(|(f, _)| f == file) {
            self.files.push((file.to_string(), std::fs::read_to_string(file).ok()));
        }
        let text = self.files.iter().find(|(f, _)| f == file)?.1.as_ref()?;
        let l = text.lines().nth(line.checked_sub(1)? as usize)?.trim();
        (!l.is_empty()).then(|| l.to_string())
    }
}

/// Print the current exception to stderr as an uncaught exception and clear it; returns the
/// exit status the process should end with (`SystemExit` gives its code).
pub fn handle_uncaught() -> i32 {
    let e = fetch();
    if e.is_null() {
        return 0;
    }
    let e = Owned::new(e).expect("checked non-null");
    crate::io::flush_stdout();
    if e.get().ty().is_subtype(&exc::SYSTEM_EXIT) {
        return exc::system_exit_status(e.get());
    }
    crate::io::write_stderr(&format_exception(e.get()));
    1
}

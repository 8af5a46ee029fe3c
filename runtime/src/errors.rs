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

/// Make `e` (stolen) the innermost exception being handled in place of the current one
/// (`PyErr_SetHandledException`, as `except*` does with each clause's match).
pub fn replace_top_handled(e: Obj) {
    let old = HANDLED.with(|h| h.borrow_mut().last_mut().map(|top| std::mem::replace(top, e)));
    match old {
        Some(o) => o.decref(),
        None => push_handled(e),
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

/// `PyErr_WriteUnraisable(context)`: report the current exception, raised where nothing can
/// propagate it (a weak reference callback, a finalizer), as
/// `Exception ignored in: <repr of context>` and its traceback on stderr, and clear it.
pub fn write_unraisable(context: Obj) {
    let e = fetch();
    if e.is_null() {
        return;
    }
    let what = crate::ops::repr_string(context).unwrap_or_else(|_| {
        fetch().xdecref();
        String::new()
    });
    crate::io::write_stderr(&format!("Exception ignored in: {what}\n{}", format_exception(e)));
    e.decref();
}

/// Write the traceback of `e` as CPython prints it for an uncaught exception, including
/// chained causes and contexts and, for exception groups, their sub-exceptions in boxes.
pub fn format_exception(e: Obj) -> String {
    let mut cx = PrintContext { out: String::new(), depth: 0, need_close: false, sources: SourceCache::default() };
    let mut seen = Vec::new();
    cx.format(e, &mut seen);
    cx.out
}

/// `traceback._ExceptionPrintContext`: where the output goes and how deep in nested
/// exception groups it is (each level indents by two and draws a `|` margin).
struct PrintContext {
    out: String,
    depth: usize,
    need_close: bool,
    sources: SourceCache,
}

/// How many sub-exceptions and levels of nesting a group prints (`max_group_width`,
/// `max_group_depth` in `Lib/traceback.py`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Write `text` (whole lines), each line prefixed by the indent and margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// The stack of `e`'s traceback entries, outermost first (`StackSummary.format`).
    fn stack(&mut self, e: Obj) -> String {
        let data = payload::<ExcData>(e);
        let mut out = String::new();
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
                repeated(&mut out, count);
                last = Some((file, line, name));
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            let _ = writeln!(out, "  File \"{file}\", line {line}, in {name}");
            if let Some(src) = self.sources.line(file, line) {
                let _ = writeln!(out, "    {src}");
            }
        }
        repeated(&mut out, count);
        out
    }

    /// `TracebackException.format`: the chain of causes and contexts of `e`, oldest first,
    /// then `e`; a group with its sub-exceptions.
    fn format(&mut self, e: Obj, seen: &mut Vec<Obj>) {
        let mut chain: Vec<(Option<&str>, Obj)> = Vec::new();
        let mut cur = Some(e);
        while let Some(x) = cur {
            seen.push(x);
            let data = payload::<ExcData>(x);
            let (msg, next) = if !data.cause.is_null() && !seen.contains(&data.cause) {
                (Some(CAUSE_MESSAGE), Some(data.cause))
            } else if !data.context.is_null() && !data.suppress_context && !seen.contains(&data.context) {
                (Some(CONTEXT_MESSAGE), Some(data.context))
            } else {
                (None, None)
            };
            chain.push((msg, x));
            cur = next;
        }
        // Oldest first; an entry's message (how it led to the next) precedes it.
        for &(msg, x) in chain.iter().rev() {
            if let Some(m) = msg {
                self.emit(m, '|');
            }
            let subs = crate::types::exception_group::group_exceptions(x);
            let has_tb = !payload::<ExcData>(x).traceback.is_empty();
            if subs.is_empty() {
                if has_tb {
                    self.emit("Traceback (most recent call last):\n", '|');
                    let st = self.stack(x);
                    self.emit(&st, '|');
                }
                let last = last_lines(x);
                self.emit(&last, '|');
            } else if self.depth > MAX_GROUP_DEPTH {
                self.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            } else {
                let toplevel = self.depth == 0;
                if toplevel {
                    self.depth += 1;
                }
                if has_tb {
                    self.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
                    let st = self.stack(x);
                    self.emit(&st, '|');
                }
                let last = last_lines(x);
                self.emit(&last, '|');
                let n = subs.len().min(MAX_GROUP_WIDTH + 1);
                self.need_close = false;
                for (i, &sub) in subs.iter().take(n).enumerate() {
                    let last_exc = i == n - 1;
                    if last_exc {
                        self.need_close = true;
                    }
                    let truncated = i >= MAX_GROUP_WIDTH;
                    let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
                    let _ = writeln!(
                        self.out,
                        "{}{}+---------------- {title} ----------------",
                        self.indent(),
                        if i == 0 { "+-" } else { "  " }
                    );
                    self.depth += 1;
                    if !truncated {
                        let mut sub_seen = seen.clone();
                        self.format(sub, &mut sub_seen);
                    } else {
                        let remaining = subs.len() - MAX_GROUP_WIDTH;
                        let plural = if remaining > 1 { "s" } else { "" };
                        self.emit(&format!("and {remaining} more exception{plural}\n"), '|');
                    }
                    if last_exc && self.need_close {
                        let _ = writeln!(self.out, "{}+------------------------------------", self.indent());
                        self.need_close = false;
                    }
                    self.depth -= 1;
                }
                if toplevel {
                    self.depth -= 1;
                }
            }
        }
    }
}

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// `format_exception_only`: the last line, then the notes.
fn last_lines(e: Obj) -> String {
    let mut s = exc::format_last_line(e);
    s.push('\n');
    s.push_str(&exc::format_notes(e));
    s
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

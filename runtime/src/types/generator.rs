//! Generator objects (`Objects/genobject.c`): the run-time half of the generator transform.
//!
//! Calling a generator function runs its compiled *creator* (the function's direct entry),
//! which makes a generator holding a frame of word slots — the function object, the bound
//! arguments, then the function's locals and the temporaries live across `yield`s — and the
//! address of the compiled *resume function*. `send`/`next`/`throw`/`close` call
//! `resume(frame, sent, depth)`; the resume function switches on `frame.state` to where the
//! generator stopped, runs to the next `yield` (saving its locals and live temporaries into
//! the slots and the yield's number into `state`) or to its end (`state = FINISHED`; the
//! result is the return value, or null with the exception set). A null `sent` resumes by
//! raising the exception already set (`throw`, `close`). See `docs/design/generators.md`.
//!
//! Invariants: the frame's slots are owned by the generator only while it is suspended
//! before its first resumption (`state == 0`: the arguments); once running, the compiled
//! code owns the values it reloads and releases them itself, including when `close` throws
//! `GeneratorExit` into a suspended generator. `running` guards against re-entry.

use crate::errors::{raise, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned, StaticObject};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::exceptions::{self as exc, new_exception};
use crate::types::function::{code_data, function_data};
use crate::types::str::{new_string, str_value};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::{none, type_name};
use std::cell::Cell;

/// The part of a generator compiled code reads and writes (`#[repr(C)]`: `state` at offset 0,
/// `slots` at offset 8).
#[repr(C)]
pub struct GenFrame {
    /// 0: not started; k > 0: suspended at the k-th `yield`; [`FINISHED`]: done.
    pub state: i64,
    pub slots: *mut Obj,
}

pub const FINISHED: i64 = -1;

/// Which object a resumable function's call makes (`CO_GENERATOR`, `CO_COROUTINE`,
/// `CO_ASYNC_GENERATOR`); the compiler passes it to `ophis_gen_new`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// `ophis_gen_new`'s flag beside the kind (`ir::GEN_KEEPS_HANDLED`).
pub const KEEPS_HANDLED: usize = 4;

impl GenKind {
    pub fn from_code(k: usize) -> GenKind {
        match k & 3 {
            1 => GenKind::Coroutine,
            2 => GenKind::AsyncGenerator,
            _ => GenKind::Generator,
        }
    }

    /// The word CPython's messages use for this kind.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    fn type_object(self) -> &'static TypeObject {
        match self {
            GenKind::Generator => &GENERATOR_TYPE,
            GenKind::Coroutine => &COROUTINE_TYPE,
            GenKind::AsyncGenerator => &ASYNC_GENERATOR_TYPE,
        }
    }
}

/// `resume(frame, sent or null to throw, caller's recursion depth) -> value or null`.
pub type ResumeFn = unsafe extern "C" fn(*mut GenFrame, Obj, i64) -> Obj;

/// Byte offsets within a generator's payload (which starts 16 bytes into the object) that
/// compiled code reads and writes when a `for` loop resumes a plain generator inline
/// (`codegen/function.rs`, `Terminator::IterNext`): the frame's state and slots, the resume
/// function, then two flag bytes read together as one 16-bit word that must be zero for the
/// inline path (`running`, `slow`).
pub const OFF_RESUME: usize = 16;
pub const OFF_FLAGS: usize = 24;

#[repr(C)]
pub struct GenData {
    frame: GenFrame,
    resume: ResumeFn,
    running: bool,
    /// The code keeps handled exceptions across suspensions ([`resume_tracked`]): never
    /// resumed inline.
    slow: bool,
    slots: Box<[Obj]>,
    /// How many leading slots hold the function and its arguments.
    nargs: usize,
    /// The generator function (owned).
    func: Obj,
    /// `__name__` and `__qualname__` (owned strs): the function's when the generator was
    /// created (a `functools.wraps` copy included), assignable on the generator.
    name: Obj,
    qualname: Obj,
    pub(crate) kind: GenKind,
    /// The delegate of the `yield from`/`await` the generator is suspended in (owned), or
    /// null (`_PyGen_yf`: `gi_yieldfrom`, `cr_await`, `ag_await`).
    yf: Obj,
    /// The exceptions being handled (`except`/`finally` bodies) the generator was suspended
    /// in, innermost last (CPython's `gi_exc_state`): moved off the thread's stack when it
    /// yields, put back when it resumes.
    saved_handled: Vec<Obj>,
    /// Async generators: an `asend`/`athrow` awaitable is running it (`ag_running_async`).
    pub(crate) running_async: bool,
    /// Async generators: finished or being closed (`ag_closed`).
    pub(crate) closed: bool,
    /// The code may suspend inside `except`/`finally` (it handles exceptions at all).
    keeps_handled: bool,
}

const _: () = {
    assert!(std::mem::offset_of!(GenData, frame) == 0);
    assert!(std::mem::offset_of!(GenFrame, state) == 0);
    assert!(std::mem::offset_of!(GenFrame, slots) == 8);
    assert!(std::mem::offset_of!(GenData, resume) == OFF_RESUME);
    assert!(std::mem::offset_of!(GenData, running) == OFF_FLAGS);
    assert!(std::mem::offset_of!(GenData, slow) == OFF_FLAGS + 1);
};

/// How a resumption ended.
pub(crate) enum Resumed {
    Yielded(Obj),
    Returned(Obj),
}

/// A new generator, coroutine or async generator (`kind`) for `func` (borrowed) with
/// `nslots` frame slots, of which the first `nargs` (the function and its arguments) the
/// creator fills.
pub fn new_generator(func: Obj, resume: ResumeFn, nslots: usize, nargs: usize, code: usize) -> Obj {
    let kind = GenKind::from_code(code);
    let mut slots = vec![Obj::NULL; nslots.max(1)].into_boxed_slice();
    let frame = GenFrame { state: 0, slots: slots.as_mut_ptr() };
    let code_names = code_data(function_data(func).code);
    let name = func_name(func, "__name__", code_names.name);
    let qualname = func_name(func, "__qualname__", code_names.qualname);
    let data = GenData {
        frame,
        resume,
        running: false,
        slow: code & KEEPS_HANDLED != 0,
        slots,
        nargs,
        func: func.incref(),
        name,
        qualname,
        kind,
        yf: Obj::NULL,
        saved_handled: Vec::new(),
        running_async: false,
        closed: false,
        keeps_handled: code & KEEPS_HANDLED != 0,
    };
    alloc(kind.type_object(), data)
}

/// A function's `__name__` or `__qualname__` as CPython copies it into a new generator (owned):
/// an assigned one lives in the function's `__dict__`, else the code object's.
fn func_name(func: Obj, key: &'static str, from_code: Obj) -> Obj {
    let d = function_data(func).dict;
    if function_data(func).renamed && !d.is_null() {
        if let Ok(Some(v)) = crate::types::dict::dict_data(d).get(crate::slots::intern(key)) {
            if crate::types::str::is_str(v) {
                return v.incref();
            }
        }
    }
    from_code.incref()
}

/// The frame slots of a generator (for its creator to fill).
pub fn generator_slots(g: Obj) -> *mut Obj {
    payload::<GenData>(g).frame.slots
}

pub fn is_generator(o: Obj) -> bool {
    !o.is_small() && o.is_type(&GENERATOR_TYPE)
}

pub fn is_coroutine(o: Obj) -> bool {
    !o.is_small() && o.is_type(&COROUTINE_TYPE)
}

pub fn is_async_generator(o: Obj) -> bool {
    !o.is_small() && o.is_type(&ASYNC_GENERATOR_TYPE)
}

/// A generator or a coroutine: an object `yield from`/`await` resumes directly.
fn is_delegable(o: Obj) -> bool {
    is_generator(o) || is_coroutine(o)
}

pub(crate) fn gen_data(g: Obj) -> &'static mut GenData {
    payload::<GenData>(g)
}

impl GenData {
    pub(crate) fn finished(&self) -> bool {
        self.frame.state == FINISHED
    }

    /// The delegate it is suspended in (borrowed), or null.
    pub(crate) fn yf(&self) -> Obj {
        self.yf
    }
}

/// Record (or, with null, forget) the delegate of the running generator's `yield from`.
fn set_yf(gd: &mut GenData, it: Obj) {
    if gd.yf != it {
        let old = std::mem::replace(&mut gd.yf, it.xincref());
        old.xdecref();
    }
}

/// The generator whose frame compiled code passes to a delegation step.
///
/// # Safety
/// `frame` must be the frame pointer a resume function received (`&mut GenData::frame` of a
/// live generator, which is running it).
unsafe fn frame_owner(frame: *mut GenFrame) -> &'static mut GenData {
    // SAFETY: `GenData` is `#[repr(C)]` with `frame` at offset 0, so the frame's address is
    // the generator's payload; the caller guarantees it is live.
    unsafe { &mut *(frame as *mut GenData) }
}

/// Release the arguments of a generator that never started, and mark it finished.
fn discard_unstarted(gd: &mut GenData) {
    for s in gd.slots.iter_mut().take(gd.nargs).skip(1) {
        std::mem::replace(s, Obj::NULL).xdecref();
    }
    gd.frame.state = FINISHED;
}

/// Run the generator until it yields or finishes. `sent` is owned (null: throw the exception
/// already set). The checks of CPython's `gen_send_ex2` come first: re-entry, an exhausted
/// generator (`closing`: called by `close`, which is silent for coroutines), a non-`None`
/// first value.
#[inline]
pub(crate) fn resume_ex(g: Obj, sent: Obj, closing: bool) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    if gd.running || gd.frame.state == FINISHED || (gd.frame.state == 0 && !sent.is_null() && sent != none()) {
        return resume_refused(g, sent, closing);
    }
    resume(g, sent)
}

/// The cases [`resume_ex`] does not run the frame for (kept out of the hot path).
#[cold]
#[inline(never)]
fn resume_refused(g: Obj, sent: Obj, closing: bool) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    let noun = gd.kind.noun();
    if gd.running {
        sent.xdecref();
        return Err(crate::errors::value_error(format!("{noun} already executing")));
    }
    if gd.frame.state == FINISHED {
        if gd.kind == GenKind::Coroutine && !closing {
            sent.xdecref();
            return Err(raise(&exc::RUNTIME_ERROR, "cannot reuse already awaited coroutine"));
        }
        if !sent.is_null() {
            sent.decref();
            return Ok(Resumed::Returned(none().incref()));
        }
        return Err(crate::errors::Raised);
    }
    sent.decref();
    Err(type_error(format!("can't send non-None value to a just-started {noun}")))
}

/// Run the generator until it yields or finishes (no checks: see [`resume_ex`]).
#[inline]
fn resume(g: Obj, sent: Obj) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    // `slow` covers a non-empty `saved_handled`: only code that keeps handled exceptions
    // saves any.
    if gd.slow {
        return resume_tracked(g, sent);
    }
    gd.running = true;
    let depth = crate::abi::ophis_recursion_depth.load(std::sync::atomic::Ordering::Relaxed);
    // SAFETY: `resume` is the compiled resume function of this generator's code, made for
    // exactly this frame layout; `frame` and its slots live as long as the generator.
    let r = unsafe { (gd.resume)(&mut gd.frame, sent, depth) };
    resumed(g, r)
}

/// [`resume`] for code that handles exceptions: the frame's handled exceptions go back on the
/// thread's stack while it runs.
#[inline(never)]
fn resume_tracked(g: Obj, sent: Obj) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    gd.running = true;
    let depth = crate::abi::ophis_recursion_depth.load(std::sync::atomic::Ordering::Relaxed);
    let keeps_handled = gd.keeps_handled || !gd.saved_handled.is_empty();
    let base = if keeps_handled { crate::errors::handled_depth() } else { 0 };
    if !gd.saved_handled.is_empty() {
        crate::errors::push_handled_all(std::mem::take(&mut gd.saved_handled));
        if crate::errors::occurred() {
            // A `throw()` into a frame suspended in a handler: the thrown exception's
            // context is the one being handled there (`_PyErr_ChainStackItem`).
            crate::errors::set_exception(crate::errors::fetch());
        }
    }
    // SAFETY: as in `resume`.
    let r = unsafe { (gd.resume)(&mut gd.frame, sent, depth) };
    if keeps_handled {
        let gd = payload::<GenData>(g);
        if gd.frame.state == FINISHED {
            crate::errors::truncate_handled(base);
        } else {
            gd.saved_handled = crate::errors::split_handled(base);
        }
    }
    resumed(g, r)
}

/// How a resumption ended, from the frame's state and the resume function's result.
#[inline]
fn resumed(g: Obj, r: Obj) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    gd.running = false;
    if gd.frame.state == FINISHED {
        if !gd.yf.is_null() {
            std::mem::replace(&mut gd.yf, Obj::NULL).decref();
        }
        if r.is_null() {
            return Err(finished_raising(g));
        }
        return Ok(Resumed::Returned(r));
    }
    if r.is_null() {
        return Err(crate::errors::Raised);
    }
    Ok(Resumed::Yielded(r))
}

/// The body raised: PEP 479 turns a `StopIteration` escaping it into a `RuntimeError` (and
/// a `StopAsyncIteration` escaping an async generator).
#[cold]
#[inline(never)]
fn finished_raising(g: Obj) -> crate::errors::Raised {
    let gd = payload::<GenData>(g);
    let cur = crate::errors::current();
    let stop = !cur.is_null() && cur.ty().is_subtype(&exc::STOP_ITERATION);
    let stop_async =
        gd.kind == GenKind::AsyncGenerator && !cur.is_null() && cur.ty().is_subtype(&exc::STOP_ASYNC_ITERATION);
    if !(stop || stop_async) {
        return crate::errors::Raised;
    }
    let e = crate::errors::fetch();
    let what = if stop { "StopIteration" } else { "StopAsyncIteration" };
    let msg = format!("{} raised {what}", gd.kind.noun());
    let new = new_exception(&exc::RUNTIME_ERROR, new_tuple(vec![crate::types::str::new_string(msg)]));
    let d = payload::<exc::ExcData>(new);
    d.cause = e.incref();
    d.context = e;
    d.suppress_context = true;
    crate::errors::restore(new)
}

/// `StopIteration(value)` (no arguments for `None`), raised.
fn stop_iteration(value: Obj) -> crate::errors::Raised {
    let args = if value == none() { new_tuple(vec![]) } else { new_tuple(vec![value.incref()]) };
    value.decref();
    crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, args))
}

/// `gen.send(value)` (`coro.send`): the value yielded, or `StopIteration(result)`.
pub fn gen_send(g: Obj, value: Obj) -> PyResult<Obj> {
    match resume_ex(g, value.incref(), false)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// Send for an async generator's `asend`/`athrow` (`gen_send` on it): a return ends it with
/// `StopAsyncIteration`. `value` is borrowed; null throws the exception already set.
pub(crate) fn async_gen_send(g: Obj, value: Obj) -> PyResult<Obj> {
    match resume_ex(g, value.xincref(), false)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => {
            r.decref();
            Err(crate::errors::set_exception(new_exception(&exc::STOP_ASYNC_ITERATION, new_tuple(vec![]))))
        }
    }
}

/// `next(gen)`: `Ok(None)` when it finished returning `None`. A plain generator (no handled
/// exceptions kept, no delegation) that is neither running nor finished is resumed here
/// directly, the same steps compiled `for` loops do inline.
#[inline]
pub(crate) fn gen_iternext(g: Obj) -> PyResult<Option<Obj>> {
    let gd = payload::<GenData>(g);
    if gd.frame.state == FINISHED {
        return Ok(None);
    }
    if !gd.running && !gd.slow {
        gd.running = true;
        let depth = crate::abi::ophis_recursion_depth.load(std::sync::atomic::Ordering::Relaxed);
        // SAFETY: as in `resume`.
        let r = unsafe { (gd.resume)(&mut gd.frame, none().incref(), depth) };
        gd.running = false;
        if gd.frame.state != FINISHED {
            return if r.is_null() { Err(crate::errors::Raised) } else { Ok(Some(r)) };
        }
        return gen_ended(g, r);
    }
    gen_iternext_checked(g)
}

/// [`gen_iternext`] with every check of [`resume_ex`] (running, delegating, handling code).
#[inline(never)]
fn gen_iternext_checked(g: Obj) -> PyResult<Option<Obj>> {
    match resume_ex(g, none().incref(), false)? {
        Resumed::Yielded(v) => Ok(Some(v)),
        Resumed::Returned(r) if r == none() => Ok(None),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// A generator resumed by `next` finished (`r`, owned: its return value, or null with the
/// exception set): `Ok(None)` for a `None` return, else `StopIteration(r)`, or the exception
/// the body raised (after PEP 479).
#[cold]
#[inline(never)]
pub(crate) fn gen_ended(g: Obj, r: Obj) -> PyResult<Option<Obj>> {
    let gd = payload::<GenData>(g);
    if !gd.yf.is_null() {
        std::mem::replace(&mut gd.yf, Obj::NULL).decref();
    }
    if r.is_null() {
        return Err(finished_raising(g));
    }
    if r == none() {
        r.decref();
        return Ok(None);
    }
    Err(stop_iteration(r))
}

/// The exception `throw(typ, val)` raises (`_gen_throw`'s normalisation).
pub(crate) fn make_exception(typ: Obj, val: Obj) -> PyResult<Obj> {
    if exc::is_exception(typ) {
        if !val.is_null() && val != none() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        return Ok(typ.incref());
    }
    if exc::is_exception_type(typ) {
        let t = crate::types::typetype::as_type(typ).expect("a class");
        if !val.is_null() && exc::is_exception(val) && val.ty().is_subtype(t) {
            return Ok(val.incref());
        }
        let args: Vec<Obj> = if val.is_null() || val == none() {
            vec![]
        } else if crate::types::tuple::is_tuple(val) {
            tuple_items(val).to_vec()
        } else {
            vec![val]
        };
        let e = crate::call::call(typ, &args, Obj::NULL)?;
        if !exc::is_exception(e) {
            e.decref();
            return Err(type_error("calling the exception class should have returned an instance of BaseException"));
        }
        return Ok(e);
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        type_name(typ)
    )))
}

/// `gen.throw(exc)`: raise `exc` (owned) where the generator is suspended.
pub fn gen_throw_exc(g: Obj, e: Obj) -> PyResult<Obj> {
    match throw_resumed(g, e)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// Throw `e` (owned) in: a generator that has not started finishes at once (the exception
/// propagates); one suspended in a `yield from`/`await` forwards it to the delegate through
/// its compiled code.
pub(crate) fn throw_resumed(g: Obj, e: Obj) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    if gd.frame.state == 0 && !gd.running {
        discard_unstarted(gd);
        return Err(crate::errors::restore(e));
    }
    crate::errors::restore(e);
    resume_ex(g, Obj::NULL, false)
}

/// `athrow`'s throw into an async generator (`_gen_throw`): the value yielded (still wrapped
/// when it is the generator's own `yield`), or the exception it ended with; a return is
/// `StopAsyncIteration`.
pub(crate) fn async_gen_throw(g: Obj, e: Obj) -> PyResult<Obj> {
    match throw_resumed(g, e)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => {
            r.decref();
            Err(crate::errors::set_exception(new_exception(&exc::STOP_ASYNC_ITERATION, new_tuple(vec![]))))
        }
    }
}

pub(crate) fn m_send(g: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if args.len() == 1 && kwnames.is_null() {
        return gen_send(g, args[0]);
    }
    let sent = crate::types::list::one_arg(&format!("{}.send", g.ty().name), args, kwnames)?;
    gen_send(g, sent)
}

pub(crate) fn m_throw(g: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let args = if (1..=3).contains(&args.len()) && kwnames.is_null() {
        args
    } else {
        crate::types::list::positional(&format!("{}.throw", g.ty().name), args, kwnames, 1, 3)?
    };
    let tb = args.get(2).copied().filter(|&tb| tb != none());
    if tb.is_some_and(|tb| !crate::types::traceback::is_traceback(tb)) {
        return Err(type_error("throw() third argument must be a traceback object"));
    }
    let e = make_exception(args[0], args.get(1).copied().unwrap_or(Obj::NULL))?;
    if let Some(tb) = tb {
        if let Err(err) = crate::types::traceback::set_traceback(e, tb) {
            e.decref();
            return Err(err);
        }
    }
    gen_throw_exc(g, e)
}

/// `gen.close()`: throw `GeneratorExit` in; the generator must not yield again.
pub fn gen_close(g: Obj) -> PyResult<()> {
    let gd = payload::<GenData>(g);
    if gd.frame.state == 0 && !gd.running {
        discard_unstarted(gd);
        return Ok(());
    }
    if gd.frame.state == FINISHED {
        return Ok(());
    }
    let noun = gd.kind.noun();
    let e = new_exception(&exc::GENERATOR_EXIT, new_tuple(vec![]));
    crate::errors::restore(e);
    match resume_ex(g, Obj::NULL, true) {
        Ok(Resumed::Yielded(v)) => {
            v.decref();
            Err(raise(&exc::RUNTIME_ERROR, format!("{noun} ignored GeneratorExit")))
        }
        Ok(Resumed::Returned(r)) => {
            r.decref();
            Ok(())
        }
        Err(e) => {
            let cur = crate::errors::current().ty();
            if cur.is_subtype(&exc::GENERATOR_EXIT) || cur.is_subtype(&exc::STOP_ITERATION) {
                crate::errors::fetch().decref();
                return Ok(());
            }
            Err(e)
        }
    }
}

pub(crate) fn m_close(g: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if !args.is_empty() || !kwnames.is_null() {
        crate::types::list::no_args(&format!("{}.close", g.ty().name), args, kwnames)?;
    }
    gen_close(g)?;
    Ok(none().incref())
}

static GENERATOR_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", meth: m_send },
    MethodDef { name: "throw", meth: m_throw },
    MethodDef { name: "close", meth: m_close },
];

pub(crate) fn qualname(g: Obj) -> Obj {
    payload::<GenData>(g).qualname
}

/// Assigning a generator attribute: only `__name__`/`__qualname__` (strings) may be set.
fn gen_setattro(g: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let gd = payload::<GenData>(g);
    let key = str_value(name);
    match key {
        "__name__" | "__qualname__" => {
            if value.is_null() || !crate::types::str::is_str(value) {
                return Err(type_error(format!("{key} must be set to a string object")));
            }
            let slot = if key == "__name__" { &mut gd.name } else { &mut gd.qualname };
            std::mem::replace(slot, value.incref()).decref();
            Ok(())
        }
        _ if is_state_attr(gd.kind, key) => Err(crate::errors::attribute_error(format!(
            "attribute '{key}' of '{}' objects is not writable",
            g.ty().name
        ))),
        _ => Err(crate::errors::attribute_error(format!("'{}' object has no attribute '{key}'", g.ty().name))),
    }
}

/// A read-only state attribute of this kind (`gi_running`, `cr_await`, `ag_frame`, …).
fn is_state_attr(kind: GenKind, key: &str) -> bool {
    let (prefix, last) = match kind {
        GenKind::Generator => ("gi_", "yieldfrom"),
        GenKind::Coroutine => ("cr_", "await"),
        GenKind::AsyncGenerator => ("ag_", "await"),
    };
    matches!(key.strip_prefix(prefix), Some(rest) if ["running", "suspended", "frame", "code", last].contains(&rest))
}

/// The file the generator's function was defined in.
pub(crate) fn filename(g: Obj) -> String {
    str_value(code_data(function_data(payload::<GenData>(g).func).code).filename).to_string()
}

/// A generator collected while suspended is closed first, as in CPython (its `finally`
/// blocks run); an error from that is reported, not raised.
fn gen_dealloc(g: Obj) {
    let state = payload::<GenData>(g).frame.state;
    if state == 0 && payload::<GenData>(g).kind == GenKind::Coroutine {
        crate::types::coroutine::warn_never_awaited(g);
    }
    if state > 0 {
        // SAFETY: `g` is being freed (count zero); resurrect it for the duration of `close`.
        unsafe { (*(g.0 as *mut crate::object::ObjHeader)).refcnt = 1 };
        let saved = crate::errors::fetch();
        if gen_close(g).is_err() {
            let e = crate::errors::fetch();
            crate::io::write_stderr(&format!(
                "Exception ignored in: <{} object {} at {:#x}>\n{}",
                g.ty().name,
                str_value(qualname(g)),
                g.0,
                crate::errors::format_exception(e)
            ));
            e.decref();
        }
        if !saved.is_null() {
            crate::errors::restore(saved);
        }
        // SAFETY: as above; `close` took and released only references of its own.
        let left = unsafe {
            let h = g.0 as *mut crate::object::ObjHeader;
            (*h).refcnt -= 1;
            (*h).refcnt
        };
        if left > 0 {
            return;
        }
    }
    let gd = payload::<GenData>(g);
    if gd.frame.state == 0 {
        discard_unstarted(gd);
    }
    gd.func.decref();
    gd.yf.xdecref();
    for e in gd.saved_handled.drain(..) {
        e.decref();
    }
    gd.name.decref();
    gd.qualname.decref();
    dealloc_box::<GenData>(g);
}

/// `repr()`: `<generator object f at 0x…>`, `<coroutine object …>`, `<async_generator …>`.
fn gen_repr(g: Obj) -> PyResult<Obj> {
    Ok(new_string(format!("<{} object {} at {:#x}>", g.ty().name, str_value(qualname(g)), g.0)))
}

/// The state queries (`gi_running`, `cr_await`, `ag_running`, …) and the names.
fn gen_getattro(g: Obj, name: Obj) -> PyResult<Obj> {
    let gd = payload::<GenData>(g);
    let n = str_value(name);
    let prefix = match gd.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    let yf = || Ok(if gd.yf.is_null() { none() } else { gd.yf }.incref());
    match n.strip_prefix(prefix) {
        Some("running") if gd.kind == GenKind::AsyncGenerator => Ok(crate::types::int::new_bool(gd.running_async)),
        Some("running") => Ok(crate::types::int::new_bool(gd.running)),
        Some("suspended") => Ok(crate::types::int::new_bool(gd.frame.state > 0 && !gd.running)),
        Some("yieldfrom") if gd.kind == GenKind::Generator => yf(),
        Some("await") if gd.kind != GenKind::Generator => yf(),
        Some("code") => Ok(function_data(gd.func).code.incref()),
        _ => match n {
            "__name__" => Ok(gd.name.incref()),
            "__qualname__" => Ok(gd.qualname.incref()),
            // ophis has no frame objects: `inspect.getgeneratorstate`, `getcoroutinestate`
            // and `getasyncgenstate` ask this instead of the frame.
            "_ophis_state" => {
                let running = if gd.kind == GenKind::AsyncGenerator { gd.running_async } else { gd.running };
                let state = match gd.frame.state {
                    _ if running => "RUNNING",
                    0 => "CREATED",
                    FINISHED => "CLOSED",
                    _ => "SUSPENDED",
                };
                let kind = match gd.kind {
                    GenKind::Generator => "GEN",
                    GenKind::Coroutine => "CORO",
                    GenKind::AsyncGenerator => "AGEN",
                };
                Ok(new_string(format!("{kind}_{state}")))
            }
            _ => crate::attr::generic_getattr(g, name),
        },
    }
}

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("generator"),
    tp_dealloc: gen_dealloc,
    tp_iter: Some(|g| Ok(g.incref())),
    tp_iternext: Some(gen_iternext),
    tp_repr: Some(gen_repr),
    tp_getattro: Some(gen_getattro),
    tp_setattro: Some(gen_setattro),
    // `gen_getattro` serves the `gi_`/`cr_`/`ag_` attributes and the names only.
    tp_flags: crate::typeobj::TPFLAGS_METHODS_GENERIC,
    methods: &GENERATOR_METHODS,
    ..TypeObject::DEFAULT
};

/// A coroutine: not iterable; awaited through `__await__` (see `coroutine.rs`).
pub static COROUTINE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("coroutine"),
    tp_dealloc: gen_dealloc,
    tp_repr: Some(gen_repr),
    tp_getattro: Some(gen_getattro),
    tp_setattro: Some(gen_setattro),
    // `gen_getattro` serves the `gi_`/`cr_`/`ag_` attributes and the names only.
    tp_flags: crate::typeobj::TPFLAGS_METHODS_GENERIC,
    methods: &crate::types::coroutine::COROUTINE_METHODS,
    ..TypeObject::DEFAULT
};

/// An async generator: `__aiter__`/`__anext__`, `asend`/`athrow`/`aclose` (see `coroutine.rs`).
pub static ASYNC_GENERATOR_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("async_generator"),
    tp_dealloc: gen_dealloc,
    tp_repr: Some(gen_repr),
    tp_getattro: Some(gen_getattro),
    tp_setattro: Some(gen_setattro),
    // `gen_getattro` serves the `gi_`/`cr_`/`ag_` attributes and the names only.
    tp_flags: crate::typeobj::TPFLAGS_METHODS_GENERIC,
    methods: &crate::types::coroutine::ASYNC_GENERATOR_METHODS,
    ..TypeObject::DEFAULT
};

// ---- `yield from` ------------------------------------------------------------------------------

/// The marker a delegation step returns when the delegate finished.
pub static DONE_MARKER: StaticObject<()> = StaticObject::new(&crate::types::typetype::NOT_IMPLEMENTED_TYPE, ());

thread_local! {
    /// The return value of the delegate that finished last (owned), for `YieldFromResult`.
    static DELEGATE_RESULT: Cell<Obj> = const { Cell::new(Obj::NULL) };
}

fn finished_with(value: Obj) -> Obj {
    DELEGATE_RESULT.with(|r| r.replace(value).xdecref());
    DONE_MARKER.obj()
}

/// The value of a `StopIteration` being raised (cleared), or `None`.
fn take_stop_value() -> Option<Obj> {
    let cur = crate::errors::current();
    if cur.is_null() || !cur.ty().is_subtype(&exc::STOP_ITERATION) {
        return None;
    }
    let e = crate::errors::fetch();
    let v = tuple_items(payload::<exc::ExcData>(e).args).first().copied().unwrap_or_else(none).incref();
    e.decref();
    Some(v)
}

/// `iter(x)` for `yield from x` (a generator delegates to itself; a coroutine cannot be
/// delegated to from a plain generator).
pub fn yield_from_iter(x: Obj) -> PyResult<Obj> {
    if is_generator(x) {
        return Ok(x.incref());
    }
    if is_coroutine(x) {
        return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
    }
    crate::ops::get_iter(x)
}

/// After a delegation step of the generator whose frame is `frame`: it is suspended in `it`
/// while it yields what the delegate yielded, and no longer once the delegate finished or
/// raised.
///
/// # Safety
/// As [`frame_owner`].
unsafe fn note_delegate(frame: *mut GenFrame, it: Obj, r: PyResult<Obj>) -> PyResult<Obj> {
    // SAFETY: forwarded contract.
    let gd = unsafe { frame_owner(frame) };
    match &r {
        Ok(v) if *v != DONE_MARKER.obj() => set_yf(gd, it),
        _ => set_yf(gd, Obj::NULL),
    }
    r
}

/// Send `sent` (borrowed) to the delegate of the generator running with `frame`: its next
/// value, or the done marker.
///
/// # Safety
/// `frame` is the running resume function's own frame pointer (see [`frame_owner`]).
pub unsafe fn yield_from_send(frame: *mut GenFrame, it: Obj, sent: Obj) -> PyResult<Obj> {
    // SAFETY: forwarded contract.
    unsafe { note_delegate(frame, it, delegate_send(it, sent)) }
}

fn delegate_send(it: Obj, sent: Obj) -> PyResult<Obj> {
    let r = if is_delegable(it) {
        return match resume_ex(it, sent.incref(), false)? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Ok(finished_with(r)),
        };
    } else if sent == none() {
        // The raw slot leaves a `StopIteration` set, so its value becomes the result.
        match crate::ops::iter_next_raw(it) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => return Ok(finished_with(none().incref())),
            Err(e) => Err(e),
        }
    } else {
        crate::attr::call_method(it, crate::slots::intern("send"), &[sent], Obj::NULL)
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => match take_stop_value() {
            Some(v) => Ok(finished_with(v)),
            None => Err(e),
        },
    }
}

/// Forward the exception being raised (a `throw`/`close` of the delegating generator, running
/// with `frame`) to the delegate: its next value, the done marker, or an exception.
///
/// # Safety
/// As [`yield_from_send`].
pub unsafe fn yield_from_throw(frame: *mut GenFrame, it: Obj) -> PyResult<Obj> {
    // SAFETY: forwarded contract.
    unsafe { note_delegate(frame, it, delegate_throw(it)) }
}

fn delegate_throw(it: Obj) -> PyResult<Obj> {
    let e = crate::errors::fetch();
    if e.ty().is_subtype(&exc::GENERATOR_EXIT) {
        // Close the delegate, then let GeneratorExit continue.
        let r = if is_delegable(it) {
            gen_close(it)
        } else {
            match crate::attr::getattr_opt(it, crate::slots::intern("close")) {
                Ok(Some(c)) => {
                    let c = Owned::new(c).expect("close");
                    crate::call::call(c.get(), &[], Obj::NULL).map(Obj::decref)
                }
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            }
        };
        if let Err(err) = r {
            e.decref();
            return Err(err);
        }
        return Err(crate::errors::restore(e));
    }
    let r = if is_delegable(it) {
        return match throw_resumed(it, e) {
            Ok(Resumed::Yielded(v)) => Ok(v),
            Ok(Resumed::Returned(r)) => Ok(finished_with(r)),
            Err(err) => match take_stop_value() {
                Some(v) => Ok(finished_with(v)),
                None => Err(err),
            },
        };
    } else {
        match crate::attr::getattr_opt(it, crate::slots::intern("throw")) {
            Ok(Some(t)) => {
                let t = Owned::new(t).expect("throw");
                let r = crate::call::call(t.get(), &[e], Obj::NULL);
                e.decref();
                r
            }
            Ok(None) => return Err(crate::errors::restore(e)),
            Err(err) => {
                e.decref();
                Err(err)
            }
        }
    };
    match r {
        Ok(v) => Ok(v),
        Err(err) => match take_stop_value() {
            Some(v) => Ok(finished_with(v)),
            None => Err(err),
        },
    }
}

/// The finished delegate's return value (owned; `None` if there was none).
pub fn yield_from_result() -> Obj {
    let v = DELEGATE_RESULT.with(|r| r.replace(Obj::NULL));
    if v.is_null() {
        none().incref()
    } else {
        v
    }
}

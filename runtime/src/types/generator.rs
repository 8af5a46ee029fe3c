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
use crate::types::str::{new_str, new_string, str_value};
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

/// `resume(frame, sent or null to throw, caller's recursion depth) -> value or null`.
pub type ResumeFn = unsafe extern "C" fn(*mut GenFrame, Obj, i64) -> Obj;

pub struct GenData {
    frame: GenFrame,
    slots: Box<[Obj]>,
    /// How many leading slots hold the function and its arguments.
    nargs: usize,
    resume: ResumeFn,
    /// The generator function (owned).
    func: Obj,
    running: bool,
}

/// How a resumption ended.
enum Resumed {
    Yielded(Obj),
    Returned(Obj),
}

/// A new generator for `func` (borrowed) with `nslots` frame slots, of which the first
/// `nargs` (the function and its arguments) the creator fills.
pub fn new_generator(func: Obj, resume: ResumeFn, nslots: usize, nargs: usize) -> Obj {
    let mut slots = vec![Obj::NULL; nslots.max(1)].into_boxed_slice();
    let frame = GenFrame { state: 0, slots: slots.as_mut_ptr() };
    alloc(&GENERATOR_TYPE, GenData { frame, slots, nargs, resume, func: func.incref(), running: false })
}

/// The frame slots of a generator (for its creator to fill).
pub fn generator_slots(g: Obj) -> *mut Obj {
    payload::<GenData>(g).frame.slots
}

pub fn is_generator(o: Obj) -> bool {
    !o.is_small() && o.is_type(&GENERATOR_TYPE)
}

/// Release the arguments of a generator that never started, and mark it finished.
fn discard_unstarted(gd: &mut GenData) {
    for s in gd.slots.iter_mut().take(gd.nargs).skip(1) {
        std::mem::replace(s, Obj::NULL).xdecref();
    }
    gd.frame.state = FINISHED;
}

/// Run the generator until it yields or finishes. `sent` is owned (null: throw the exception
/// already set).
fn resume(g: Obj, sent: Obj) -> PyResult<Resumed> {
    let gd = payload::<GenData>(g);
    if gd.running {
        sent.xdecref();
        return Err(crate::errors::value_error("generator already executing"));
    }
    gd.running = true;
    let depth = crate::abi::ophis_recursion_depth.load(std::sync::atomic::Ordering::Relaxed);
    // SAFETY: `resume` is the compiled resume function of this generator's code, made for
    // exactly this frame layout; `frame` and its slots live as long as the generator.
    let r = unsafe { (gd.resume)(&mut gd.frame, sent, depth) };
    let gd = payload::<GenData>(g);
    gd.running = false;
    if gd.frame.state == FINISHED {
        if r.is_null() {
            // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
            let cur = crate::errors::current();
            if !cur.is_null() && cur.ty().is_subtype(&exc::STOP_ITERATION) {
                let e = crate::errors::fetch();
                let msg = if is_generator(g) { "generator raised StopIteration" } else { "raised StopIteration" };
                let new = new_exception(&exc::RUNTIME_ERROR, new_tuple(vec![crate::types::str::new_str(msg)]));
                let d = payload::<exc::ExcData>(new);
                d.cause = e.incref();
                d.context = e;
                d.suppress_context = true;
                return Err(crate::errors::restore(new));
            }
            return Err(crate::errors::Raised);
        }
        return Ok(Resumed::Returned(r));
    }
    if r.is_null() {
        return Err(crate::errors::Raised);
    }
    Ok(Resumed::Yielded(r))
}

/// `StopIteration(value)` (no arguments for `None`), raised.
fn stop_iteration(value: Obj) -> crate::errors::Raised {
    let args = if value == none() { new_tuple(vec![]) } else { new_tuple(vec![value.incref()]) };
    value.decref();
    crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, args))
}

/// `gen.send(value)`.
pub fn gen_send(g: Obj, value: Obj) -> PyResult<Obj> {
    let gd = payload::<GenData>(g);
    if gd.frame.state == FINISHED {
        return Err(crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, new_tuple(vec![]))));
    }
    if gd.frame.state == 0 && value != none() {
        return Err(type_error("can't send non-None value to a just-started generator"));
    }
    match resume(g, value.incref())? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `next(gen)`: `Ok(None)` when it finished returning `None`.
fn gen_iternext(g: Obj) -> PyResult<Option<Obj>> {
    if payload::<GenData>(g).frame.state == FINISHED {
        return Ok(None);
    }
    match resume(g, none().incref())? {
        Resumed::Yielded(v) => Ok(Some(v)),
        Resumed::Returned(r) if r == none() => Ok(None),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// The exception `throw(typ, val)` raises (`_gen_throw`'s normalisation).
fn make_exception(typ: Obj, val: Obj) -> PyResult<Obj> {
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
    let gd = payload::<GenData>(g);
    if gd.frame.state == 0 {
        discard_unstarted(gd);
    }
    if gd.frame.state == FINISHED {
        return Err(crate::errors::restore(e));
    }
    crate::errors::restore(e);
    match resume(g, Obj::NULL)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

fn m_send(g: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse_tuple("send", args, 1, 1)?;
    let _ = kwnames;
    gen_send(g, a.req(0))
}

fn m_throw(g: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::call::Args::parse_tuple("throw", args, 3, 1)?;
    let _ = kwnames;
    let e = make_exception(a.req(0), a.get(1).unwrap_or(Obj::NULL))?;
    gen_throw_exc(g, e)
}

/// `gen.close()`: throw `GeneratorExit` in; the generator must not yield again.
pub fn gen_close(g: Obj) -> PyResult<()> {
    let gd = payload::<GenData>(g);
    if gd.frame.state == 0 {
        discard_unstarted(gd);
        return Ok(());
    }
    if gd.frame.state == FINISHED {
        return Ok(());
    }
    let e = new_exception(&exc::GENERATOR_EXIT, new_tuple(vec![]));
    crate::errors::restore(e);
    match resume(g, Obj::NULL) {
        Ok(Resumed::Yielded(v)) => {
            v.decref();
            Err(raise(&exc::RUNTIME_ERROR, "generator ignored GeneratorExit"))
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

fn m_close(g: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::call::Args::parse_tuple("close", args, 0, 0)?;
    let _ = kwnames;
    gen_close(g)?;
    Ok(none().incref())
}

static GENERATOR_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", meth: m_send },
    MethodDef { name: "throw", meth: m_throw },
    MethodDef { name: "close", meth: m_close },
];

fn qualname(g: Obj) -> Obj {
    code_data(function_data(payload::<GenData>(g).func).code).qualname
}

/// A generator collected while suspended is closed first, as in CPython (its `finally`
/// blocks run); an error from that is reported, not raised.
fn gen_dealloc(g: Obj) {
    let state = payload::<GenData>(g).frame.state;
    if state > 0 {
        // SAFETY: `g` is being freed (count zero); resurrect it for the duration of `close`.
        unsafe { (*(g.0 as *mut crate::object::ObjHeader)).refcnt = 1 };
        let saved = crate::errors::fetch();
        if gen_close(g).is_err() {
            let e = crate::errors::fetch();
            crate::io::write_stderr(&format!(
                "Exception ignored in: <generator object {} at {:#x}>\n{}",
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
    dealloc_box::<GenData>(g);
}

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    name: "generator",
    tp_dealloc: gen_dealloc,
    tp_iter: Some(|g| Ok(g.incref())),
    tp_iternext: Some(gen_iternext),
    tp_repr: Some(|g| Ok(new_string(format!("<generator object {} at {:#x}>", str_value(qualname(g)), g.0)))),
    tp_getattro: Some(|g, name| {
        let gd = payload::<GenData>(g);
        match str_value(name) {
            "__name__" => Ok(code_data(function_data(gd.func).code).name.incref()),
            "__qualname__" => Ok(qualname(g).incref()),
            "gi_running" => Ok(crate::types::int::new_bool(gd.running)),
            "gi_suspended" => Ok(crate::types::int::new_bool(gd.frame.state > 0 && !gd.running)),
            "gi_code" => Ok(function_data(gd.func).code.incref()),
            // ophis has no frame objects; `inspect.getgeneratorstate` asks this instead of
            // `gi_frame`.
            "_ophis_state" => Ok(new_str(match gd.frame.state {
                _ if gd.running => "GEN_RUNNING",
                0 => "GEN_CREATED",
                FINISHED => "GEN_CLOSED",
                _ => "GEN_SUSPENDED",
            })),
            _ => crate::attr::generic_getattr(g, name),
        }
    }),
    methods: &GENERATOR_METHODS,
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

/// `iter(x)` for `yield from x` (a generator delegates to itself).
pub fn yield_from_iter(x: Obj) -> PyResult<Obj> {
    if is_generator(x) {
        return Ok(x.incref());
    }
    crate::ops::get_iter(x)
}

/// Send `sent` (borrowed) to the delegate: its next value, or the done marker.
pub fn yield_from_send(it: Obj, sent: Obj) -> PyResult<Obj> {
    let r = if is_generator(it) {
        if payload::<GenData>(it).frame.state == FINISHED {
            return Ok(finished_with(none().incref()));
        }
        if payload::<GenData>(it).frame.state == 0 && sent != none() {
            return Err(type_error("can't send non-None value to a just-started generator"));
        }
        return match resume(it, sent.incref())? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Ok(finished_with(r)),
        };
    } else if sent == none() {
        match crate::ops::iter_next(it) {
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

/// Forward the exception being raised (a `throw`/`close` of the delegating generator) to the
/// delegate: its next value, the done marker, or an exception.
pub fn yield_from_throw(it: Obj) -> PyResult<Obj> {
    let e = crate::errors::fetch();
    if e.ty().is_subtype(&exc::GENERATOR_EXIT) {
        // Close the delegate, then let GeneratorExit continue.
        let r = if is_generator(it) {
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
    let r = if is_generator(it) {
        if payload::<GenData>(it).frame.state == FINISHED {
            return Err(crate::errors::restore(e));
        }
        return match gen_throw_exc(it, e) {
            Ok(v) => Ok(v),
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

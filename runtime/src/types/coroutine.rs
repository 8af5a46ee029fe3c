//! Coroutines and async generators (`Objects/genobject.c`, the async half): the objects
//! around the generator state machine that `async def`, `await`, `async for` and
//! `async with` need.
//!
//! A coroutine and an async generator are generators of another kind (`GenKind`) sharing
//! `generator.rs`'s frame and resume machinery; this file adds what only they have:
//! - `await x` delegates to the iterator [`get_awaitable`] returns (CPython's
//!   `GET_AWAITABLE`: a coroutine itself, else the iterator `type(x).__await__(x)` returns);
//!   `coro.__await__()` is a `coroutine_wrapper` iterator over the coroutine;
//! - an async generator's own `yield v` hands up a wrapped value ([`async_gen_wrap`]), so the
//!   `asend`/`athrow` awaitables (`async_generator_asend`, `async_generator_athrow`) can tell
//!   it from a value an `await` inside the generator passes through to the event loop: a
//!   wrapped value ends the awaitable with `StopIteration(v)`, a return with
//!   `StopAsyncIteration`;
//! - `async for` ([`get_aiter`], [`get_anext`]), `async with` ([`async_with_exit_of`]), the
//!   builtins `aiter` and `anext` (with its `anext_awaitable` for a default), and the
//!   "coroutine ... was never awaited" warning.
//!
//! Invariants: the awaitables own their generator; `ag_running_async` (`running_async`) is
//! set while an `asend`/`athrow` is in flight and cleared when it finishes either way.

use crate::call::Args;
use crate::errors::{raise, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::exceptions::{self as exc, new_exception};
use crate::types::generator::{
    self as gen, async_gen_send, async_gen_throw, gen_data, gen_send, is_async_generator, is_coroutine, make_exception,
};
use crate::types::str::{new_string, str_value};
use crate::types::tuple::new_tuple;
use crate::types::{none, type_name};
use std::cell::RefCell;

// ---- awaiting ----------------------------------------------------------------------------------

/// Has the type an `__await__` (`tp_as_async->am_await`)?
fn has_await(o: Obj) -> bool {
    is_coroutine(o) || crate::slots::lookup_special(o, "__await__").is_some()
}

fn is_iterator(o: Obj) -> bool {
    o.ty().lookup(|t| t.tp_iternext).is_some()
}

/// `_PyCoro_GetAwaitableIter`: a coroutine itself, else the iterator its `__await__` returns.
pub fn awaitable_iter(o: Obj) -> PyResult<Obj> {
    if is_coroutine(o) {
        return Ok(o.incref());
    }
    let Some(m) = crate::slots::lookup_special(o, "__await__") else {
        return Err(type_error(format!("object {} can't be used in 'await' expression", type_name(o))));
    };
    let r = crate::slots::call_unbound(m, o, &[])?;
    if is_coroutine(r) {
        r.decref();
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(r) {
        let msg = format!("__await__() returned non-iterator of type '{}'", type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    Ok(r)
}

/// `GET_AWAITABLE`: the iterator `await x` delegates to. `ctx` names where the object came
/// from for the message of one without `__await__` (0: `await`, 1: `__aenter__`,
/// 2: `__aexit__`); a coroutine already being awaited cannot be awaited again.
pub fn get_awaitable(x: Obj, ctx: u8) -> PyResult<Obj> {
    if ctx != 0 && !has_await(x) {
        let from = if ctx == 1 { "__aenter__" } else { "__aexit__" };
        return Err(type_error(format!(
            "'async with' received an object from {from} that does not implement __await__: {}",
            type_name(x)
        )));
    }
    let it = awaitable_iter(x)?;
    if is_coroutine(it) && !gen_data(it).yf().is_null() {
        it.decref();
        return Err(raise(&exc::RUNTIME_ERROR, "coroutine is being awaited already"));
    }
    Ok(it)
}

// ---- coroutine methods and `coroutine_wrapper` -----------------------------------------------

pub struct CoroWrapper {
    coro: Obj,
}

fn coro_await(c: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Args::parse_tuple("__await__", args, 0, 0)?;
    Ok(alloc(&CORO_WRAPPER_TYPE, CoroWrapper { coro: c.incref() }))
}

pub static COROUTINE_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", meth: gen::m_send },
    MethodDef { name: "throw", meth: gen::m_throw },
    MethodDef { name: "close", meth: gen::m_close },
    MethodDef { name: "__await__", meth: coro_await },
];

fn wrapped(w: Obj) -> Obj {
    payload::<CoroWrapper>(w).coro
}

static CORO_WRAPPER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", meth: |w, a, k| gen::m_send(wrapped(w), a, k) },
    MethodDef { name: "throw", meth: |w, a, k| gen::m_throw(wrapped(w), a, k) },
    MethodDef { name: "close", meth: |w, a, k| gen::m_close(wrapped(w), a, k) },
];

pub static CORO_WRAPPER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("coroutine_wrapper"),
    tp_dealloc: |w| {
        wrapped(w).decref();
        dealloc_box::<CoroWrapper>(w);
    },
    tp_iter: Some(|w| Ok(w.incref())),
    tp_iternext: Some(|w| gen_send(wrapped(w), none()).map(Some)),
    tp_repr: Some(|w| Ok(new_string(format!("<coroutine_wrapper object at {:#x}>", w.0)))),
    methods: &CORO_WRAPPER_METHODS,
    ..TypeObject::DEFAULT
};

thread_local! {
    /// The coroutines already reported as never awaited (a warning is shown once per
    /// message, as the `warnings` module's default action shows it once per location).
    static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A coroutine destroyed before it ever ran: CPython's `RuntimeWarning`, on stderr.
pub fn warn_never_awaited(c: Obj) {
    let qualname = str_value(gen::qualname(c)).to_string();
    let msg = format!("coroutine '{qualname}' was never awaited");
    let fresh = WARNED.with(|w| {
        let mut w = w.borrow_mut();
        if w.contains(&msg) {
            false
        } else {
            w.push(msg.clone());
            true
        }
    });
    if fresh {
        let file = gen::filename(c);
        crate::io::write_stderr(&format!(
            "{file}: RuntimeWarning: {msg}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        ));
    }
}

// ---- async generators --------------------------------------------------------------------------

/// An async generator's own `yield v` (`_PyAsyncGenWrappedValue`).
pub struct WrappedValue {
    value: Obj,
}

static WRAPPED_VALUE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("async_generator_wrapped_value"),
    tp_dealloc: |o| {
        payload::<WrappedValue>(o).value.decref();
        dealloc_box::<WrappedValue>(o);
    },
    ..TypeObject::DEFAULT
};

/// Wrap the value of an async generator's `yield` (borrowed).
pub fn async_gen_wrap(v: Obj) -> Obj {
    alloc(&WRAPPED_VALUE_TYPE, WrappedValue { value: v.incref() })
}

fn is_wrapped(o: Obj) -> bool {
    !o.is_small() && o.is_type(&WRAPPED_VALUE_TYPE)
}

/// `async_gen_unwrap_value`: what a step of the generator means for its awaitable. A
/// wrapped value finishes the awaitable with `StopIteration(value)`; anything else passes
/// through to whoever drives the awaitable; `StopAsyncIteration`/`GeneratorExit` mark the
/// generator closed.
fn unwrap_value(g: Obj, r: PyResult<Obj>) -> PyResult<Obj> {
    let gd = gen_data(g);
    match r {
        Err(e) => {
            let cur = crate::errors::current();
            if !cur.is_null()
                && (cur.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) || cur.ty().is_subtype(&exc::GENERATOR_EXIT))
            {
                gd.closed = true;
            }
            gd.running_async = false;
            Err(e)
        }
        Ok(v) if is_wrapped(v) => {
            let value = payload::<WrappedValue>(v).value.incref();
            v.decref();
            gd.running_async = false;
            Err(stop_iteration_with(value))
        }
        Ok(v) => Ok(v),
    }
}

/// Raise `StopIteration(value)` (`value` stolen; no argument for `None`).
fn stop_iteration_with(value: Obj) -> crate::errors::Raised {
    let args = if value == none() { new_tuple(vec![]) } else { new_tuple(vec![value.incref()]) };
    value.decref();
    crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, args))
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: the awaitable of `__anext__()` / `asend(v)`.
pub struct ASend {
    gen: Obj,
    sendval: Obj,
    state: AwaitState,
}

fn asend_data(o: Obj) -> &'static mut ASend {
    payload::<ASend>(o)
}

fn new_asend(g: Obj, v: Obj) -> Obj {
    alloc(&ASEND_TYPE, ASend { gen: g.incref(), sendval: v.incref(), state: AwaitState::Init })
}

fn asend_send(o: Obj, arg: Obj) -> PyResult<Obj> {
    let a = asend_data(o);
    let g = a.gen;
    if a.state == AwaitState::Closed {
        return Err(raise(&exc::RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()"));
    }
    let mut arg = arg;
    if a.state == AwaitState::Init {
        if gen_data(g).running_async {
            return Err(raise(&exc::RUNTIME_ERROR, "anext(): asynchronous generator is already running"));
        }
        if arg == none() {
            arg = a.sendval;
        }
        a.state = AwaitState::Iter;
    }
    gen_data(g).running_async = true;
    let r = unwrap_value(g, async_gen_send(g, arg));
    if r.is_err() {
        asend_data(o).state = AwaitState::Closed;
    }
    r
}

fn asend_throw(o: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let a = asend_data(o);
    if a.state == AwaitState::Closed {
        return Err(raise(&exc::RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()"));
    }
    let p = Args::parse_tuple("throw", args, 3, 1)?;
    let e = make_exception(p.req(0), p.get(1).unwrap_or(Obj::NULL))?;
    let g = a.gen;
    let r = unwrap_value(g, async_gen_throw(g, e));
    if r.is_err() {
        asend_data(o).state = AwaitState::Closed;
    }
    r
}

static ASEND_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "send",
        meth: |o, a, _| {
            let p = Args::parse_tuple("send", a, 1, 1)?;
            asend_send(o, p.req(0))
        },
    },
    MethodDef { name: "throw", meth: asend_throw },
    MethodDef {
        name: "close",
        meth: |o, a, _| {
            Args::parse_tuple("close", a, 0, 0)?;
            asend_data(o).state = AwaitState::Closed;
            Ok(none().incref())
        },
    },
    MethodDef { name: "__await__", meth: |o, _, _| Ok(o.incref()) },
];

pub static ASEND_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("async_generator_asend"),
    tp_dealloc: |o| {
        let a = asend_data(o);
        a.gen.decref();
        a.sendval.decref();
        dealloc_box::<ASend>(o);
    },
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(|o| asend_send(o, none()).map(Some)),
    tp_repr: Some(|o| Ok(new_string(format!("<async_generator_asend object at {:#x}>", o.0)))),
    methods: &ASEND_METHODS,
    ..TypeObject::DEFAULT
};

/// `async_generator_athrow`: the awaitable of `athrow(...)` (`exc` set) and `aclose()`
/// (`exc` null).
pub struct AThrow {
    gen: Obj,
    /// The exception to throw (owned), or null for `aclose()`.
    exc: Obj,
    state: AwaitState,
}

fn athrow_data(o: Obj) -> &'static mut AThrow {
    payload::<AThrow>(o)
}

/// Finish an `athrow`/`aclose` awaitable that ended with an exception (`check_error`):
/// `aclose()` turns the generator's `StopAsyncIteration`/`GeneratorExit` into its own end.
fn athrow_check_error(o: Obj, e: crate::errors::Raised) -> PyResult<Obj> {
    let t = athrow_data(o);
    gen_data(t.gen).running_async = false;
    t.state = AwaitState::Closed;
    let cur = crate::errors::current();
    if t.exc.is_null()
        && !cur.is_null()
        && (cur.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) || cur.ty().is_subtype(&exc::GENERATOR_EXIT))
    {
        crate::errors::fetch().decref();
        return Err(crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, new_tuple(vec![]))));
    }
    Err(e)
}

/// `aclose()` saw the generator yield a value of its own: it ignored `GeneratorExit`.
fn athrow_yield_close(o: Obj, v: Obj) -> PyResult<Obj> {
    v.decref();
    let t = athrow_data(o);
    gen_data(t.gen).running_async = false;
    t.state = AwaitState::Closed;
    Err(raise(&exc::RUNTIME_ERROR, "async generator ignored GeneratorExit"))
}

fn athrow_send(o: Obj, arg: Obj) -> PyResult<Obj> {
    let t = athrow_data(o);
    let g = t.gen;
    if t.state == AwaitState::Closed {
        return Err(raise(&exc::RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()"));
    }
    if gen_data(g).finished() {
        t.state = AwaitState::Closed;
        return Err(crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, new_tuple(vec![]))));
    }
    if t.state == AwaitState::Init {
        if gen_data(g).running_async {
            t.state = AwaitState::Closed;
            let which = if t.exc.is_null() { "aclose" } else { "athrow" };
            return Err(raise(&exc::RUNTIME_ERROR, format!("{which}(): asynchronous generator is already running")));
        }
        if gen_data(g).closed {
            t.state = AwaitState::Closed;
            return Err(crate::errors::set_exception(new_exception(&exc::STOP_ASYNC_ITERATION, new_tuple(vec![]))));
        }
        if arg != none() {
            return Err(raise(&exc::RUNTIME_ERROR, "can't send non-None value to a just-started coroutine"));
        }
        t.state = AwaitState::Iter;
        gen_data(g).running_async = true;
        if t.exc.is_null() {
            gen_data(g).closed = true;
            let ge = new_exception(&exc::GENERATOR_EXIT, new_tuple(vec![]));
            return match async_gen_throw(g, ge) {
                Ok(v) if is_wrapped(v) => athrow_yield_close(o, v),
                Ok(v) => Ok(v),
                Err(e) => athrow_check_error(o, e),
            };
        }
        let r = unwrap_value(g, async_gen_throw(g, t.exc.incref()));
        return match r {
            Ok(v) => Ok(v),
            Err(e) => athrow_check_error(o, e),
        };
    }
    let r = async_gen_send(g, arg);
    if !athrow_data(o).exc.is_null() {
        return unwrap_value(g, r);
    }
    match r {
        Ok(v) if is_wrapped(v) => athrow_yield_close(o, v),
        Ok(v) => Ok(v),
        Err(e) => athrow_check_error(o, e),
    }
}

fn athrow_throw(o: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let t = athrow_data(o);
    if t.state == AwaitState::Closed {
        return Err(raise(&exc::RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()"));
    }
    let p = Args::parse_tuple("throw", args, 3, 1)?;
    let e = make_exception(p.req(0), p.get(1).unwrap_or(Obj::NULL))?;
    let g = t.gen;
    let r = async_gen_throw(g, e);
    if !athrow_data(o).exc.is_null() {
        return unwrap_value(g, r);
    }
    match r {
        Ok(v) if is_wrapped(v) => athrow_yield_close(o, v),
        Ok(v) => Ok(v),
        Err(e) => {
            let cur = crate::errors::current();
            if !cur.is_null()
                && (cur.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) || cur.ty().is_subtype(&exc::GENERATOR_EXIT))
            {
                crate::errors::fetch().decref();
                return Err(crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, new_tuple(vec![]))));
            }
            Err(e)
        }
    }
}

static ATHROW_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "send",
        meth: |o, a, _| {
            let p = Args::parse_tuple("send", a, 1, 1)?;
            athrow_send(o, p.req(0))
        },
    },
    MethodDef { name: "throw", meth: athrow_throw },
    MethodDef {
        name: "close",
        meth: |o, a, _| {
            Args::parse_tuple("close", a, 0, 0)?;
            athrow_data(o).state = AwaitState::Closed;
            Ok(none().incref())
        },
    },
    MethodDef { name: "__await__", meth: |o, _, _| Ok(o.incref()) },
];

pub static ATHROW_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("async_generator_athrow"),
    tp_dealloc: |o| {
        let t = athrow_data(o);
        t.gen.decref();
        t.exc.xdecref();
        dealloc_box::<AThrow>(o);
    },
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(|o| athrow_send(o, none()).map(Some)),
    tp_repr: Some(|o| Ok(new_string(format!("<async_generator_athrow object at {:#x}>", o.0)))),
    methods: &ATHROW_METHODS,
    ..TypeObject::DEFAULT
};

fn ag_asend(g: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    // METH_O's message.
    if args.len() != 1 {
        return Err(type_error(format!("async_generator.asend() takes exactly one argument ({} given)", args.len())));
    }
    Ok(new_asend(g, args[0]))
}

fn ag_anext(g: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Args::parse_tuple("__anext__", args, 0, 0)?;
    Ok(new_asend(g, none()))
}

fn ag_athrow(g: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let p = Args::parse_tuple("athrow", args, 3, 1)?;
    let e = make_exception(p.req(0), p.get(1).unwrap_or(Obj::NULL))?;
    Ok(alloc(&ATHROW_TYPE, AThrow { gen: g.incref(), exc: e, state: AwaitState::Init }))
}

fn ag_aclose(g: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Args::parse_tuple("aclose", args, 0, 0)?;
    Ok(alloc(&ATHROW_TYPE, AThrow { gen: g.incref(), exc: Obj::NULL, state: AwaitState::Init }))
}

pub static ASYNC_GENERATOR_METHODS: [MethodDef; 5] = [
    MethodDef { name: "__aiter__", meth: |g, _, _| Ok(g.incref()) },
    MethodDef { name: "__anext__", meth: ag_anext },
    MethodDef { name: "asend", meth: ag_asend },
    MethodDef { name: "athrow", meth: ag_athrow },
    MethodDef { name: "aclose", meth: ag_aclose },
];

// ---- `async for`, `async with`, `aiter`, `anext` ---------------------------------------------

/// Has the object's type an `__anext__` (`tp_as_async->am_anext`)?
fn has_anext(o: Obj) -> bool {
    is_async_generator(o) || crate::slots::lookup_special(o, "__anext__").is_some()
}

/// `GET_AITER`: `type(x).__aiter__(x)`, which must have `__anext__`.
pub fn get_aiter(x: Obj) -> PyResult<Obj> {
    if is_async_generator(x) {
        return Ok(x.incref());
    }
    let Some(m) = crate::slots::lookup_special(x, "__aiter__") else {
        return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", type_name(x))));
    };
    let it = crate::slots::call_unbound(m, x, &[])?;
    if !has_anext(it) {
        let msg = format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(it)
        );
        it.decref();
        return Err(type_error(msg));
    }
    Ok(it)
}

/// `GET_ANEXT`: the iterator awaiting `type(it).__anext__(it)` delegates to.
pub fn get_anext(it: Obj) -> PyResult<Obj> {
    let next = if is_async_generator(it) {
        new_asend(it, none())
    } else {
        let Some(m) = crate::slots::lookup_special(it, "__anext__") else {
            return Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                type_name(it)
            )));
        };
        crate::slots::call_unbound(m, it, &[])?
    };
    let next = Owned::new(next).expect("anext");
    match awaitable_iter(next.get()) {
        Ok(a) => Ok(a),
        Err(_) => {
            // `_PyErr_FormatFromCause`: the original error becomes the cause.
            let cause = crate::errors::fetch();
            let r =
                type_error(format!("'async for' received an invalid object from __anext__: {}", type_name(next.get())));
            let d = payload::<exc::ExcData>(crate::errors::current());
            std::mem::replace(&mut d.cause, cause).xdecref();
            d.suppress_context = true;
            Err(r)
        }
    }
}

/// After an `async for` step raised: `true` (the exception cleared) when it is the
/// `StopAsyncIteration` that ends the loop (`END_ASYNC_FOR`).
pub fn async_for_end() -> bool {
    let cur = crate::errors::current();
    if !cur.is_null() && cur.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) {
        crate::errors::fetch().decref();
        return true;
    }
    false
}

/// `async with`: the manager's bound `__aexit__`, after checking the protocol
/// (`BEFORE_ASYNC_WITH`).
pub fn async_with_exit_of(mgr: Obj) -> PyResult<Obj> {
    if crate::slots::lookup_special(mgr, "__aenter__").is_none() {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            type_name(mgr)
        )));
    }
    let Some(exit) = crate::slots::lookup_special(mgr, "__aexit__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            type_name(mgr)
        )));
    };
    let exit = Owned::new(exit.incref()).expect("exit");
    crate::attr::descr_get(exit.get(), mgr, mgr.ty().obj())
}

/// `async with`: `type(mgr).__aenter__(mgr)` (the awaitable; the caller awaits it).
pub fn async_with_enter(mgr: Obj) -> PyResult<Obj> {
    match crate::slots::call_special(mgr, "__aenter__", &[])? {
        Some(r) => Ok(r),
        None => Err(crate::errors::attribute_error("__aenter__")),
    }
}

/// `aiter(x)` (`PyObject_GetAIter`).
pub fn builtin_aiter(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("aiter", args, kwnames, &[""], 1)?;
    let x = a.req(0);
    if is_async_generator(x) {
        return Ok(x.incref());
    }
    let Some(m) = crate::slots::lookup_special(x, "__aiter__") else {
        return Err(type_error(format!("'{}' object is not an async iterable", type_name(x))));
    };
    let it = crate::slots::call_unbound(m, x, &[])?;
    if !has_anext(it) {
        let msg = format!("aiter() returned not an async iterator of type '{}'", type_name(it));
        it.decref();
        return Err(type_error(msg));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of the next item; with a default, an
/// `anext_awaitable` that turns `StopAsyncIteration` into `StopIteration(default)`.
pub fn builtin_anext(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("anext", args, kwnames, &["", ""], 1)?;
    let it = a.req(0);
    let awaitable = if is_async_generator(it) {
        new_asend(it, none())
    } else {
        let Some(m) = crate::slots::lookup_special(it, "__anext__") else {
            return Err(type_error(format!("'{}' object is not an async iterator", type_name(it))));
        };
        crate::slots::call_unbound(m, it, &[])?
    };
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(alloc(&ANEXT_AWAITABLE_TYPE, AnextAwaitable { wrapped: awaitable, default: d.incref() })),
    }
}

/// `anext_awaitable` (`Objects/iterobject.c`).
pub struct AnextAwaitable {
    wrapped: Obj,
    default: Obj,
}

/// The iterator to drive: the wrapped awaitable's, and for a coroutine its `__await__()`.
fn anext_iter(o: Obj) -> PyResult<Owned> {
    let a = awaitable_iter(payload::<AnextAwaitable>(o).wrapped)?;
    let a = Owned::new(a).expect("awaitable");
    if is_coroutine(a.get()) {
        let w = alloc(&CORO_WRAPPER_TYPE, CoroWrapper { coro: a.get().incref() });
        return Ok(Owned::new(w).expect("wrapper"));
    }
    Ok(a)
}

/// Call `meth` on the driven iterator; `StopAsyncIteration` becomes `StopIteration(default)`.
fn anext_proxy(o: Obj, meth: &'static str, args: &[Obj]) -> PyResult<Obj> {
    let it = anext_iter(o)?;
    let r = if meth == "__next__" {
        match crate::ops::iter_next_raw(it.get()) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(crate::errors::set_exception(new_exception(&exc::STOP_ITERATION, new_tuple(vec![])))),
            Err(e) => Err(e),
        }
    } else {
        crate::attr::call_method(it.get(), crate::slots::intern(meth), args, Obj::NULL)
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            let cur = crate::errors::current();
            if !cur.is_null() && cur.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) {
                crate::errors::fetch().decref();
                return Err(stop_iteration_with(payload::<AnextAwaitable>(o).default.incref()));
            }
            Err(e)
        }
    }
}

static ANEXT_AWAITABLE_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", meth: |o, a, _| anext_proxy(o, "send", a) },
    MethodDef { name: "throw", meth: |o, a, _| anext_proxy(o, "throw", a) },
    MethodDef { name: "close", meth: |o, a, _| anext_proxy(o, "close", a) },
    MethodDef { name: "__await__", meth: |o, _, _| Ok(o.incref()) },
];

pub static ANEXT_AWAITABLE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("anext_awaitable"),
    tp_dealloc: |o| {
        let a = payload::<AnextAwaitable>(o);
        a.wrapped.decref();
        a.default.decref();
        dealloc_box::<AnextAwaitable>(o);
    },
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(|o| anext_proxy(o, "__next__", &[]).map(Some)),
    tp_repr: Some(|o| Ok(new_string(format!("<anext_awaitable object at {:#x}>", o.0)))),
    methods: &ANEXT_AWAITABLE_METHODS,
    ..TypeObject::DEFAULT
};

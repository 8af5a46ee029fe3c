//! `_asyncio`, the Rust half of `asyncio` (CPython 3.12's `Modules/_asynciomodule.c`): the
//! `Future` and `Task` types, the iterator `await` drives a future with, the table of current
//! tasks (`_enter_task`, `_leave_task`, `current_task`), the registry of live tasks
//! (`_register_task`, `_unregister_task`, `_scheduled_tasks`), the running loop
//! (`_get_running_loop`, `_set_running_loop`, `get_running_loop`) and `_run_ready`, the inner
//! loop of `BaseEventLoop._run_once`. The Python package (`runtime/pylib/asyncio/`) imports
//! these as CPython's does (`from _asyncio import Future`) and keeps the rest: the loop,
//! `Handle`, reprs (`futures._future_repr`, `tasks._task_repr`, called from here as CPython's
//! C types call `base_futures`/`base_tasks`), `gather`, locks, queues.
//!
//! A task step (`Task.__step`) runs here from start to end: it resumes the coroutine directly
//! (no `send` method call, no `StopIteration` for a return), and schedules its next step or
//! its wakeup as a ready-queue entry of its own (`ReadyItem`) instead of a Python `Handle`
//! holding a bound method. That shortcut is taken only for a loop whose class's `call_soon` is
//! `BaseEventLoop.call_soon` itself, not closed and not in debug mode (checked once for the
//! running loop and cached until it stops or `_forget_loop`, which `close()` and
//! `set_debug()` call); the entry is
//! appended to `loop._ready` exactly where `call_soon` would have appended its `Handle`, so the
//! order of callbacks is CPython's. Any other loop gets `loop.call_soon(callback, arg,
//! context=…)`.
//!
//! Invariants: a future's state only leaves `PENDING` once; its callbacks are scheduled, in
//! registration order, exactly once, when it does; payload references are re-read after every
//! call that can run Python code (which may change the future). Messages are the C module's
//! (`Result is not set.`, `invalid state`, …). Contexts are kept and passed on, not used
//! (ophis has no `contextvars`).

use crate::call::{call, kwnames_len, Args};
use crate::errors::{fetch, raise, restore, type_error, value_error, PyResult, Raised};
use crate::object::{alloc, dealloc_box, payload, Obj, ObjHeader, Owned};
use crate::slots::intern;
use crate::stdlib::collections::{deque_len, is_deque, pop_left, push_right};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::descr::NativeGetSet;
use crate::types::dict::{dict_data, new_dict};
use crate::types::exceptions as exc;
use crate::types::generator::{is_coroutine, is_generator, resume_ex, throw_resumed, Resumed};
use crate::types::int::{new_bool, new_int};
use crate::types::none;
use crate::types::str::{new_str, new_string};
use crate::types::tuple::new_tuple;
use std::cell::{Cell, RefCell};

fn own(o: Obj) -> Owned {
    Owned::new(o).expect("non-null")
}

/// The value `o` if not null, else `None` (a new reference either way).
fn or_none(o: Obj) -> Obj {
    if o.is_null() {
        none().incref()
    } else {
        o.incref()
    }
}

/// Replace the owned reference in `slot` with `value` (already owned), releasing the old one.
fn replace(slot: &mut Obj, value: Obj) {
    std::mem::replace(slot, value).xdecref();
}

/// A type's name without its module (`_PyType_Name`).
fn short_name(ty: &TypeObject) -> &'static str {
    let n = ty.name.get();
    n.rsplit('.').next().unwrap_or(n)
}

// ---- the Python half, looked up when first needed ---------------------------------------

thread_local! {
    /// `(module, name, object)`: Python objects this module calls (owned, kept for good).
    static PY: RefCell<Vec<(&'static str, &'static str, Obj)>> = const { RefCell::new(Vec::new()) };
    /// The running loop (owned), or null.
    static RUNNING_LOOP: Cell<Obj> = const { Cell::new(Obj::NULL) };
    /// `_current_tasks` (loop → task) and `_scheduled_tasks` (task → None, in creation order).
    static CURRENT_TASKS: Cell<Obj> = const { Cell::new(Obj::NULL) };
    static SCHEDULED_TASKS: Cell<Obj> = const { Cell::new(Obj::NULL) };
    /// The number of the last task named `Task-<n>`.
    static TASK_NAME_COUNTER: Cell<u64> = const { Cell::new(0) };
    /// `BaseEventLoop.call_soon` and the interned name `call_soon`, once looked up.
    static BASE_CALL_SOON: Cell<(Obj, Obj)> = const { Cell::new((Obj::NULL, Obj::NULL)) };
    /// The running loop, if `fast_ready` accepted it, and its ready deque (owned), or nulls.
    static FAST_LOOP: Cell<(Obj, Obj)> = const { Cell::new((Obj::NULL, Obj::NULL)) };
}

/// `module.name` from the asyncio package (borrowed; imported on first use).
fn py(module: &'static str, name: &'static str) -> PyResult<Obj> {
    let hit = PY.with(|p| p.borrow().iter().find(|(m, n, _)| *m == module && *n == name).map(|e| e.2));
    if let Some(o) = hit {
        return Ok(o);
    }
    let m = own(crate::import::import(module)?);
    let o = crate::attr::getattr(m.get(), intern(name))?;
    PY.with(|p| p.borrow_mut().push((module, name, o)));
    Ok(o)
}

fn dict_cell(cell: &'static std::thread::LocalKey<Cell<Obj>>) -> Obj {
    cell.with(|c| {
        if c.get().is_null() {
            c.set(crate::object::make_immortal(new_dict()));
        }
        c.get()
    })
}

fn current_tasks() -> Obj {
    dict_cell(&CURRENT_TASKS)
}

fn scheduled_tasks() -> Obj {
    dict_cell(&SCHEDULED_TASKS)
}

/// Raise `cls(msg)` for a class of the Python half (`InvalidStateError`).
fn raise_py(module: &'static str, name: &'static str, msg: impl AsRef<str>) -> Raised {
    let cls = match py(module, name) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let m = own(new_str(msg.as_ref()));
    match call(cls, &[m.get()], Obj::NULL) {
        Ok(e) => crate::errors::set_exception(e),
        Err(r) => r,
    }
}

fn invalid_state(msg: impl AsRef<str>) -> Raised {
    raise_py("asyncio.exceptions", "InvalidStateError", msg)
}

fn runtime_error(msg: impl AsRef<str>) -> Raised {
    raise(&exc::RUNTIME_ERROR, msg)
}

/// A new `RuntimeError(msg)` instance, not raised.
fn new_runtime_error(msg: String) -> Obj {
    crate::types::exceptions::new_exception(&exc::RUNTIME_ERROR, new_tuple(vec![new_string(msg)]))
}

fn is_instance_of_py(o: Obj, module: &'static str, name: &'static str) -> PyResult<bool> {
    let cls = py(module, name)?;
    Ok(crate::types::typetype::as_type(cls).is_some_and(|t| o.ty().is_subtype(t)))
}

fn repr_string(o: Obj) -> PyResult<String> {
    crate::ops::repr_string(o)
}

/// `context=…` as the keyword names of a call.
fn kw(name: &'static str) -> Owned {
    own(new_tuple(vec![intern(name).incref()]))
}

// ---- the running loop, current and scheduled tasks ----------------------------------------

/// `_get_running_loop()`: the running loop or `None`.
fn get_running_loop_opt() -> Obj {
    RUNNING_LOOP.with(Cell::get)
}

fn running_loop() -> PyResult<Obj> {
    let l = get_running_loop_opt();
    if l.is_null() {
        return Err(runtime_error("no running event loop"));
    }
    Ok(l.incref())
}

fn f_get_running_loop(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("get_running_loop", args, kwnames, &[], 0)?;
    running_loop()
}

fn f_private_get_running_loop(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("_get_running_loop", args, kwnames, &[], 0)?;
    Ok(or_none(get_running_loop_opt()))
}

fn f_set_running_loop(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_set_running_loop", args, kwnames, &[""], 1)?;
    let l = a.req(0);
    let new = if l == none() { Obj::NULL } else { l.incref() };
    forget_fast_loop();
    RUNNING_LOOP.with(|c| c.replace(new)).xdecref();
    Ok(none().incref())
}

fn register_task(task: Obj) -> PyResult<()> {
    dict_data(scheduled_tasks()).set(task, none())
}

fn unregister_task(task: Obj) -> PyResult<()> {
    if let Some(v) = dict_data(scheduled_tasks()).remove(task)? {
        v.decref();
    }
    Ok(())
}

fn enter_task(lp: Obj, task: Obj) -> PyResult<()> {
    let d = dict_data(current_tasks());
    if let Some(cur) = d.get(lp)? {
        let cur = own(cur.incref());
        return Err(runtime_error(format!(
            "Cannot enter into task {} while another task {} is being executed.",
            repr_string(task)?,
            repr_string(cur.get())?
        )));
    }
    d.set(lp, task)
}

fn leave_task(lp: Obj, task: Obj) -> PyResult<()> {
    let d = dict_data(current_tasks());
    let cur = d.get(lp)?.unwrap_or_else(none);
    if cur != task {
        let cur = own(cur.incref());
        return Err(runtime_error(format!(
            "Leaving task {} does not match the current task {}.",
            repr_string(task)?,
            repr_string(cur.get())?
        )));
    }
    if let Some(v) = dict_data(current_tasks()).remove(lp)? {
        v.decref();
    }
    Ok(())
}

fn f_register_task(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_register_task", args, kwnames, &["task"], 1)?;
    register_task(a.req(0))?;
    Ok(none().incref())
}

fn f_unregister_task(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_unregister_task", args, kwnames, &["task"], 1)?;
    unregister_task(a.req(0))?;
    Ok(none().incref())
}

fn f_enter_task(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_enter_task", args, kwnames, &["loop", "task"], 2)?;
    enter_task(a.req(0), a.req(1))?;
    Ok(none().incref())
}

fn f_leave_task(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_leave_task", args, kwnames, &["loop", "task"], 2)?;
    leave_task(a.req(0), a.req(1))?;
    Ok(none().incref())
}

/// `current_task(loop=None)`: the task running on `loop` (the running loop by default).
fn f_current_task(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("current_task", args, kwnames, &["loop"], 0)?;
    let lp = match a.get(0) {
        Some(l) if l != none() => own(l.incref()),
        _ => own(running_loop()?),
    };
    Ok(or_none(dict_data(current_tasks()).get(lp.get())?.unwrap_or(Obj::NULL)))
}

// ---- Future --------------------------------------------------------------------------------

const PENDING: u8 = 0;
const CANCELLED: u8 = 1;
const FINISHED: u8 = 2;

/// A future's state (`FutureObj`). Every `Obj` is owned or null.
#[repr(C)]
pub struct FutureData {
    loop_: Obj,
    /// `(callback, context)` pairs, in registration order.
    callbacks: Vec<(Obj, Obj)>,
    result: Obj,
    exception: Obj,
    cancel_msg: Obj,
    /// The `CancelledError` a cancelled task's coroutine raised, given once by
    /// `_make_cancelled_error`.
    cancelled_exc: Obj,
    state: u8,
    /// `_asyncio_future_blocking`: set while `await` yields the future up to its task.
    blocking: bool,
    /// An exception was set and not yet retrieved.
    log_tb: bool,
    /// The finalizer ran (an object it resurrected is not finalized again).
    finalized: bool,
}

impl FutureData {
    fn new() -> FutureData {
        FutureData {
            loop_: Obj::NULL,
            callbacks: Vec::new(),
            result: Obj::NULL,
            exception: Obj::NULL,
            cancel_msg: Obj::NULL,
            cancelled_exc: Obj::NULL,
            state: PENDING,
            blocking: false,
            log_tb: false,
            finalized: false,
        }
    }

    /// Release every reference (`FutureObj_clear`).
    fn clear(&mut self) {
        for (cb, ctx) in std::mem::take(&mut self.callbacks) {
            cb.decref();
            ctx.xdecref();
        }
        for slot in
            [&mut self.loop_, &mut self.result, &mut self.exception, &mut self.cancel_msg, &mut self.cancelled_exc]
        {
            std::mem::replace(slot, Obj::NULL).xdecref();
        }
    }
}

/// A task's state (`TaskObj`): a future's, then its own.
#[repr(C)]
pub struct TaskData {
    fut: FutureData,
    coro: Obj,
    context: Obj,
    /// The future the coroutine waits on, or null.
    fut_waiter: Obj,
    name: Obj,
    num_cancels_requested: i64,
    /// Throw `CancelledError` in at the next step.
    must_cancel: bool,
    log_destroy_pending: bool,
}

fn fd(o: Obj) -> &'static mut FutureData {
    payload::<FutureData>(o)
}

fn td(o: Obj) -> &'static mut TaskData {
    payload::<TaskData>(o)
}

pub fn is_future(o: Obj) -> bool {
    !o.is_small() && o.ty().is_subtype(&FUTURE_TYPE)
}

/// Exactly a `Future` or a `Task` (not a subclass, whose methods may be overridden).
fn is_exact_future(o: Obj) -> bool {
    !o.is_small() && (std::ptr::eq(o.ty(), &FUTURE_TYPE) || std::ptr::eq(o.ty(), &TASK_TYPE))
}

/// `ENSURE_FUTURE_ALIVE`: a future made by `__new__` without `__init__` has no loop.
fn check_init(o: Obj) -> PyResult<()> {
    if fd(o).loop_.is_null() {
        return Err(invalid_state("Future object is not initialized."));
    }
    Ok(())
}

fn future_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(alloc(ty, FutureData::new()))
}

/// Give `o` its loop (`future_init`): `loop`, or `events.get_event_loop()` for `None`. A
/// second `__init__` starts over.
fn future_init_loop(o: Obj, lp: Option<Obj>) -> PyResult<()> {
    fd(o).clear();
    let f = fd(o);
    f.state = PENDING;
    f.blocking = false;
    f.log_tb = false;
    let lp = match lp {
        Some(l) if l != none() => l.incref(),
        _ => call(py("asyncio.events", "get_event_loop")?, &[], Obj::NULL)?,
    };
    replace(&mut fd(o).loop_, lp);
    Ok(())
}

fn no_positional(name: &str, args: &[Obj], kwnames: Obj, allowed: usize) -> PyResult<()> {
    let npos = args.len() - kwnames_len(kwnames);
    if npos > allowed {
        return Err(type_error(if allowed == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes exactly {allowed} positional argument{} ({npos} given)",
                if allowed == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

fn future_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let a = Args::parse("Future", args, kwnames, &["loop"], 0)?;
    no_positional("Future", args, kwnames, 0)?;
    future_init_loop(o, a.get(0))
}

/// `fut._make_cancelled_error()` (`create_cancelled_error`): the `CancelledError` a cancelled
/// task's coroutine raised (once), else a new one with the cancel message.
fn make_cancelled_error(o: Obj) -> PyResult<Obj> {
    let f = fd(o);
    if !f.cancelled_exc.is_null() {
        return Ok(std::mem::replace(&mut f.cancelled_exc, Obj::NULL));
    }
    let cls = py("asyncio.exceptions", "CancelledError")?;
    let msg = fd(o).cancel_msg;
    if msg.is_null() || msg == none() {
        call(cls, &[], Obj::NULL)
    } else {
        let msg = own(msg.incref());
        call(cls, &[msg.get()], Obj::NULL)
    }
}

/// `loop.call_soon(callback, arg, context=ctx)` (no `arg` when null), or the ready-queue entry
/// `BaseEventLoop.call_soon` would append, made here.
fn call_soon(lp: Obj, callback: Obj, arg: Obj, ctx: Obj) -> PyResult<()> {
    if let Some(ready) = fast_ready(lp)? {
        let item = own(alloc(
            &READY_ITEM_TYPE,
            ReadyItem { callback: callback.incref(), arg: arg.xincref(), loop_: lp.incref(), step: false },
        ));
        push_right(ready.get(), item.get());
        return Ok(());
    }
    let ctx = own(or_none(ctx));
    let names = kw("context");
    let r = if arg.is_null() {
        crate::attr::call_method(lp, intern("call_soon"), &[callback, ctx.get()], names.get())?
    } else {
        crate::attr::call_method(lp, intern("call_soon"), &[callback, arg, ctx.get()], names.get())?
    };
    r.decref();
    Ok(())
}

/// `loop._ready` when `loop.call_soon` is `BaseEventLoop.call_soon` and would only append a
/// handle there: the loop is open and not in debug mode. The answer for the running loop is
/// cached until the running loop changes or `_forget_loop(loop)` (which `close()` and
/// `set_debug()` call); the class's `call_soon` is checked every time.
fn fast_ready(lp: Obj) -> PyResult<Option<Owned>> {
    let (base, call_soon) = BASE_CALL_SOON.with(Cell::get);
    let (base, call_soon) = if base.is_null() { base_call_soon()? } else { (base, call_soon) };
    if lp.is_small() || crate::types::heaptype::type_lookup(lp.ty(), call_soon) != Some(base) {
        return Ok(None);
    }
    let (cached_loop, cached_ready) = FAST_LOOP.with(Cell::get);
    if cached_loop == lp {
        return Ok(Some(own(cached_ready.incref())));
    }
    for flag in ["_closed", "_debug"] {
        let v = own(crate::attr::getattr(lp, intern(flag))?);
        if crate::ops::is_true(v.get())? {
            return Ok(None);
        }
    }
    let ready = own(crate::attr::getattr(lp, intern("_ready"))?);
    if !is_deque(ready.get()) {
        return Ok(None);
    }
    // Only the running loop is remembered (it is alive while it runs), so the cache never
    // keeps a loop alive on its own.
    if lp == get_running_loop_opt() {
        forget_fast_loop();
        FAST_LOOP.with(|c| c.set((lp.incref(), ready.get().incref())));
    }
    Ok(Some(ready))
}

fn forget_fast_loop() {
    let (l, r) = FAST_LOOP.with(|c| c.replace((Obj::NULL, Obj::NULL)));
    l.xdecref();
    r.xdecref();
}

/// `BaseEventLoop.call_soon` and the name `call_soon` (both kept for good).
#[cold]
fn base_call_soon() -> PyResult<(Obj, Obj)> {
    let cls = py("asyncio.events", "BaseEventLoop")?;
    let name = intern("call_soon");
    let base = crate::attr::getattr(cls, name)?;
    BASE_CALL_SOON.with(|c| c.set((base, name)));
    Ok((base, name))
}

/// `_forget_loop(loop)`: the loop closed or changed its debug mode; ask again next time.
fn f_forget_loop(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_forget_loop", args, kwnames, &[""], 1)?;
    if FAST_LOOP.with(Cell::get).0 == a.req(0) {
        forget_fast_loop();
    }
    Ok(none().incref())
}

/// Schedule the done callbacks (`future_schedule_callbacks`), in registration order.
fn schedule_callbacks(o: Obj) -> PyResult<()> {
    let callbacks = std::mem::take(&mut fd(o).callbacks);
    if callbacks.is_empty() {
        return Ok(());
    }
    let lp = own(fd(o).loop_.incref());
    let mut result = Ok(());
    for (cb, ctx) in callbacks {
        if result.is_ok() {
            result = call_soon(lp.get(), cb, o, ctx);
        }
        cb.decref();
        ctx.xdecref();
    }
    result
}

fn future_set_result(o: Obj, value: Obj) -> PyResult<()> {
    check_init(o)?;
    if fd(o).state != PENDING {
        return Err(invalid_state("invalid state"));
    }
    let f = fd(o);
    replace(&mut f.result, value.incref());
    f.state = FINISHED;
    schedule_callbacks(o)
}

fn future_set_exception(o: Obj, e: Obj) -> PyResult<()> {
    check_init(o)?;
    if fd(o).state != PENDING {
        return Err(invalid_state("invalid state"));
    }
    let value = if exc::is_exception_type(e) {
        let v = own(call(e, &[], Obj::NULL)?);
        if fd(o).state != PENDING {
            return Err(invalid_state("invalid state"));
        }
        v
    } else {
        own(e.incref())
    };
    if !exc::is_exception(value.get()) {
        return Err(type_error("invalid exception object"));
    }
    if std::ptr::eq(value.get().ty(), &exc::STOP_ITERATION) {
        return Err(type_error("StopIteration interacts badly with generators and cannot be raised into a Future"));
    }
    let f = fd(o);
    replace(&mut f.exception, value.release());
    f.state = FINISHED;
    schedule_callbacks(o)?;
    fd(o).log_tb = true;
    Ok(())
}

/// Cancel (`future_cancel`): false if already done.
fn future_cancel(o: Obj, msg: Obj) -> PyResult<bool> {
    let f = fd(o);
    f.log_tb = false;
    if f.state != PENDING {
        return Ok(false);
    }
    f.state = CANCELLED;
    replace(&mut f.cancel_msg, msg.xincref());
    schedule_callbacks(o)?;
    Ok(true)
}

fn future_add_done_callback(o: Obj, cb: Obj, ctx: Obj) -> PyResult<()> {
    if fd(o).state != PENDING {
        let lp = own(fd(o).loop_.incref());
        return call_soon(lp.get(), cb, o, ctx);
    }
    fd(o).callbacks.push((cb.incref(), ctx.xincref()));
    Ok(())
}

/// The outcome (`future_get_result`): `Ok(Ok(result))`, `Ok(Err(exception))` (owned both),
/// or the error `result()` raises (cancelled, not done).
fn future_get_result(o: Obj) -> PyResult<Result<Obj, Obj>> {
    match fd(o).state {
        CANCELLED => Err(restore_new(make_cancelled_error(o)?)),
        FINISHED => {
            let f = fd(o);
            f.log_tb = false;
            if f.exception.is_null() {
                Ok(Ok(or_none(f.result)))
            } else {
                Ok(Err(f.exception.incref()))
            }
        }
        _ => Err(invalid_state("Result is not set.")),
    }
}

/// Raise `e` (owned).
fn restore_new(e: Obj) -> Raised {
    crate::errors::set_exception(e)
}

fn m_result(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("result", args, kwnames, &[], 0)?;
    check_init(s)?;
    match future_get_result(s)? {
        Ok(v) => Ok(v),
        Err(e) => Err(restore_new(e)),
    }
}

fn m_exception(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("exception", args, kwnames, &[], 0)?;
    check_init(s)?;
    match fd(s).state {
        CANCELLED => Err(restore_new(make_cancelled_error(s)?)),
        FINISHED => {
            let f = fd(s);
            f.log_tb = false;
            Ok(or_none(f.exception))
        }
        _ => Err(invalid_state("Exception is not set.")),
    }
}

fn m_set_result(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("set_result", args, kwnames, &[""], 1)?;
    future_set_result(s, a.req(0))?;
    Ok(none().incref())
}

fn m_set_exception(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("set_exception", args, kwnames, &[""], 1)?;
    future_set_exception(s, a.req(0))?;
    Ok(none().incref())
}

fn m_add_done_callback(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("add_done_callback", args, kwnames, &["", "context"], 1)?;
    no_positional("add_done_callback", args, kwnames, 1)?;
    check_init(s)?;
    let ctx = a.get(1).unwrap_or_else(none);
    future_add_done_callback(s, a.req(0), ctx)?;
    Ok(none().incref())
}

/// `remove_done_callback(fn)`: drop every registration of `fn` (identity, then `==`); how many.
fn m_remove_done_callback(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("remove_done_callback", args, kwnames, &[""], 1)?;
    check_init(s)?;
    let target = a.req(0);
    // Compare on a snapshot: `__eq__` may run Python code that changes the list.
    let snapshot: Vec<(Obj, Obj)> = fd(s).callbacks.iter().map(|&(c, x)| (c.incref(), x.xincref())).collect();
    let mut kept = Vec::new();
    let mut removed: i64 = 0;
    let mut err = None;
    for (cb, ctx) in snapshot {
        let same = if err.is_some() {
            Ok(false)
        } else {
            Ok(cb == target).and_then(|eq| {
                if eq {
                    Ok(true)
                } else {
                    crate::ops::rich_compare_bool(cb, target, crate::typeobj::CompareOp::Eq)
                }
            })
        };
        match same {
            Ok(true) => {
                removed += 1;
                cb.decref();
                ctx.xdecref();
            }
            Ok(false) => kept.push((cb, ctx)),
            Err(e) => {
                err = Some(e);
                kept.push((cb, ctx));
            }
        }
    }
    if let Some(e) = err {
        kept.into_iter().for_each(|(c, x)| {
            c.decref();
            x.xdecref();
        });
        return Err(e);
    }
    if removed > 0 {
        let old = std::mem::replace(&mut fd(s).callbacks, kept);
        old.into_iter().for_each(|(c, x)| {
            c.decref();
            x.xdecref();
        });
    } else {
        kept.into_iter().for_each(|(c, x)| {
            c.decref();
            x.xdecref();
        });
    }
    Ok(new_int(removed))
}

fn m_cancel(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("cancel", args, kwnames, &["msg"], 0)?;
    check_init(s)?;
    Ok(new_bool(future_cancel(s, a.get(0).unwrap_or_else(none))?).incref())
}

fn m_cancelled(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("cancelled", args, kwnames, &[], 0)?;
    Ok(new_bool(fd(s).state == CANCELLED).incref())
}

fn m_done(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("done", args, kwnames, &[], 0)?;
    Ok(new_bool(fd(s).state != PENDING).incref())
}

fn m_get_loop(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("get_loop", args, kwnames, &[], 0)?;
    if fd(s).loop_.is_null() {
        return Err(runtime_error("Future object is not initialized."));
    }
    Ok(fd(s).loop_.incref())
}

fn m_make_cancelled_error(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("_make_cancelled_error", args, kwnames, &[], 0)?;
    make_cancelled_error(s)
}

fn m_await(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("__await__", args, kwnames, &[], 0)?;
    future_iter(s)
}

fn future_iter(s: Obj) -> PyResult<Obj> {
    check_init(s)?;
    Ok(alloc(&FUTURE_ITER_TYPE, s.incref()))
}

fn future_repr(o: Obj) -> PyResult<Obj> {
    call(py("asyncio.futures", "_future_repr")?, &[o], Obj::NULL)
}

/// Hand `loop.call_exception_handler` a context dict of `entries` for the dying `o`, whose
/// loop is set; a failure is reported as unraisable (the finalizers' shared tail).
fn report_to_loop(o: Obj, entries: &[(&'static str, Obj)]) {
    let r = (|| -> PyResult<()> {
        let ctx = own(new_dict());
        let d = dict_data(ctx.get());
        for (k, v) in entries {
            d.set(intern(k), *v)?;
        }
        let lp = own(fd(o).loop_.incref());
        crate::attr::call_method(lp.get(), intern("call_exception_handler"), &[ctx.get()], Obj::NULL)?.decref();
        Ok(())
    })();
    if r.is_err() {
        crate::errors::write_unraisable(o);
    }
}

/// Report an exception set and never retrieved (`FutureObj_finalize`).
fn future_finalize(o: Obj) {
    let saved = fetch();
    let f = fd(o);
    if f.log_tb && !f.loop_.is_null() {
        f.log_tb = false;
        let msg = own(new_string(format!("{} exception was never retrieved", short_name(o.ty()))));
        let e = own(or_none(fd(o).exception));
        report_to_loop(o, &[("message", msg.get()), ("exception", e.get()), ("future", o)]);
    }
    if !saved.is_null() {
        restore(saved);
    }
}

/// Report a pending task being destroyed (`TaskObj_finalize`), then as a future.
fn task_finalize(o: Obj) {
    let saved = fetch();
    let t = td(o);
    if t.fut.state == PENDING && t.log_destroy_pending && !t.fut.loop_.is_null() {
        let msg = own(new_str("Task was destroyed but it is pending!"));
        report_to_loop(o, &[("task", o), ("message", msg.get())]);
    }
    if !saved.is_null() {
        restore(saved);
    }
    future_finalize(o);
}

/// Run the finalizer of an exact `Future`/`Task` about to be freed (a class's instances are
/// finalized by `subtype_dealloc`); true if it resurrected the object.
fn finalize_exact(o: Obj, task: bool) -> bool {
    if o.ty().is_heap() || fd(o).finalized {
        return false;
    }
    let needed = fd(o).log_tb || (task && td(o).fut.state == PENDING && td(o).log_destroy_pending);
    if !needed {
        return false;
    }
    fd(o).finalized = true;
    // SAFETY: `o` is being freed (count zero) and we hold the only reference; it is
    // resurrected for the finalizer's call, as `PyObject_CallFinalizerFromDealloc` does.
    unsafe { (*(o.0 as *mut ObjHeader)).refcnt = 1 };
    if task {
        task_finalize(o);
    } else {
        future_finalize(o);
    }
    // SAFETY: as above; the finalizer may have stored new references.
    let left = unsafe {
        let h = o.0 as *mut ObjHeader;
        (*h).refcnt -= 1;
        (*h).refcnt
    };
    left > 0
}

fn future_dealloc(o: Obj) {
    if finalize_exact(o, false) {
        return;
    }
    if !o.ty().is_heap() {
        crate::types::weakref::clear_if_referenced(o);
    }
    fd(o).clear();
    dealloc_box::<FutureData>(o);
}

// ---- attributes (getsets) -----------------------------------------------------------------

fn g_state(o: Obj) -> PyResult<Obj> {
    Ok(intern(match fd(o).state {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    })
    .incref())
}

fn g_callbacks(o: Obj) -> PyResult<Obj> {
    let f = fd(o);
    if f.callbacks.is_empty() {
        return Ok(none().incref());
    }
    let items = f.callbacks.iter().map(|&(c, x)| new_tuple(vec![c.incref(), or_none(x)])).collect();
    Ok(crate::types::list::new_list(items))
}

fn s_cancel_message(o: Obj, v: Obj) -> PyResult<()> {
    replace(&mut fd(o).cancel_msg, v.incref());
    Ok(())
}

fn s_blocking(o: Obj, v: Obj) -> PyResult<()> {
    fd(o).blocking = crate::ops::is_true(v)?;
    Ok(())
}

fn s_log_traceback(o: Obj, v: Obj) -> PyResult<()> {
    if crate::ops::is_true(v)? {
        return Err(value_error("_log_traceback can only be set to False"));
    }
    fd(o).log_tb = false;
    Ok(())
}

fn s_log_destroy_pending(o: Obj, v: Obj) -> PyResult<()> {
    td(o).log_destroy_pending = crate::ops::is_true(v)?;
    Ok(())
}

static FUTURE_GETSETS: [NativeGetSet; 9] = [
    NativeGetSet { name: "_state", get: g_state, set: None },
    NativeGetSet { name: "_result", get: |o| Ok(or_none(fd(o).result)), set: None },
    NativeGetSet { name: "_exception", get: |o| Ok(or_none(fd(o).exception)), set: None },
    NativeGetSet { name: "_loop", get: |o| Ok(or_none(fd(o).loop_)), set: None },
    NativeGetSet { name: "_callbacks", get: g_callbacks, set: None },
    NativeGetSet { name: "_cancel_message", get: |o| Ok(or_none(fd(o).cancel_msg)), set: Some(s_cancel_message) },
    NativeGetSet {
        name: "_asyncio_future_blocking",
        get: |o| Ok(new_bool(fd(o).blocking).incref()),
        set: Some(s_blocking),
    },
    NativeGetSet { name: "_log_traceback", get: |o| Ok(new_bool(fd(o).log_tb).incref()), set: Some(s_log_traceback) },
    NativeGetSet { name: "_source_traceback", get: |_| Ok(none().incref()), set: None },
];

static TASK_GETSETS: [NativeGetSet; 4] = [
    NativeGetSet {
        name: "_log_destroy_pending",
        get: |o| Ok(new_bool(td(o).log_destroy_pending).incref()),
        set: Some(s_log_destroy_pending),
    },
    NativeGetSet { name: "_must_cancel", get: |o| Ok(new_bool(td(o).must_cancel).incref()), set: None },
    NativeGetSet { name: "_coro", get: |o| Ok(or_none(td(o).coro)), set: None },
    NativeGetSet { name: "_fut_waiter", get: |o| Ok(or_none(td(o).fut_waiter)), set: None },
];

/// The getset descriptors of `ty`'s dict (`types/descr.rs` adds them when it builds it).
pub fn getsets(ty: &'static TypeObject) -> &'static [NativeGetSet] {
    if std::ptr::eq(ty, &FUTURE_TYPE) {
        &FUTURE_GETSETS
    } else if std::ptr::eq(ty, &TASK_TYPE) {
        &TASK_GETSETS
    } else {
        &[]
    }
}

static FUTURE_METHODS: [MethodDef; 12] = [
    MethodDef { name: "result", meth: m_result },
    MethodDef { name: "exception", meth: m_exception },
    MethodDef { name: "set_result", meth: m_set_result },
    MethodDef { name: "set_exception", meth: m_set_exception },
    MethodDef { name: "add_done_callback", meth: m_add_done_callback },
    MethodDef { name: "remove_done_callback", meth: m_remove_done_callback },
    MethodDef { name: "cancel", meth: m_cancel },
    MethodDef { name: "cancelled", meth: m_cancelled },
    MethodDef { name: "done", meth: m_done },
    MethodDef { name: "get_loop", meth: m_get_loop },
    MethodDef { name: "_make_cancelled_error", meth: m_make_cancelled_error },
    MethodDef { name: "__await__", meth: m_await },
];

pub static FUTURE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_asyncio.Future"),
    tp_dealloc: future_dealloc,
    tp_repr: Some(future_repr),
    tp_new: Some(future_new),
    tp_init: Some(future_init),
    tp_iter: Some(future_iter),
    tp_finalize: Some(future_finalize),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<FutureData>>(),
    methods: &FUTURE_METHODS,
    ..TypeObject::DEFAULT
};

// ---- the iterator of `await fut` ----------------------------------------------------------

/// `FutureIter`: its future (owned), null once finished.
fn iter_next(it: Obj) -> PyResult<Option<Obj>> {
    let fut = *payload::<Obj>(it);
    if fut.is_null() {
        return Ok(None);
    }
    if fd(fut).state == PENDING {
        if !fd(fut).blocking {
            fd(fut).blocking = true;
            return Ok(Some(fut.incref()));
        }
        return Err(runtime_error("await wasn't used with future"));
    }
    let fut = own(std::mem::replace(payload::<Obj>(it), Obj::NULL));
    match future_get_result(fut.get())? {
        Ok(v) if v == none() => {
            v.decref();
            Ok(None)
        }
        Ok(v) => {
            // The result travels in `StopIteration`, as `_PyGen_SetStopIterationValue`.
            let e = crate::types::exceptions::new_exception(&exc::STOP_ITERATION, new_tuple(vec![v]));
            Err(restore(e))
        }
        Err(e) => Err(restore_new(e)),
    }
}

fn iter_send(it: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    // The value sent is ignored (`FutureIter_send`): the result is the future's.
    crate::types::list::one_arg("send", args, kwnames)?;
    match iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(restore(crate::types::exceptions::new_exception(&exc::STOP_ITERATION, new_tuple(vec![])))),
    }
}

fn iter_throw(it: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = crate::types::list::positional("throw", args, kwnames, 1, 3)?;
    let val = a.get(1).copied().unwrap_or(Obj::NULL);
    let e = crate::types::generator::make_exception(a[0], val)?;
    std::mem::replace(payload::<Obj>(it), Obj::NULL).xdecref();
    Err(restore(e))
}

fn iter_close(it: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("close", args, kwnames)?;
    std::mem::replace(payload::<Obj>(it), Obj::NULL).xdecref();
    Ok(none().incref())
}

static ITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", meth: iter_send },
    MethodDef { name: "throw", meth: iter_throw },
    MethodDef { name: "close", meth: iter_close },
];

fn iter_dealloc(o: Obj) {
    payload::<Obj>(o).xdecref();
    dealloc_box::<Obj>(o);
}

pub static FUTURE_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_asyncio.FutureIter"),
    tp_dealloc: iter_dealloc,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(iter_next),
    methods: &ITER_METHODS,
    ..TypeObject::DEFAULT
};

// ---- the awaitable of `sleep(0)` ----------------------------------------------------------

/// `_SLEEP0`, what `sleep(0)` awaits: its `__await__` gives an iterator that yields `None`
/// once (a bare yield: the task runs again at the next iteration), then finishes. CPython
/// awaits a one-yield generator (`tasks.__sleep0`); this is that without a generator frame.
pub static SLEEP0_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_asyncio._Sleep0"),
    methods: &SLEEP0_METHODS,
    ..TypeObject::DEFAULT
};

static SLEEP0_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__await__",
    meth: |_, args, kwnames| {
        Args::parse("__await__", args, kwnames, &[], 0)?;
        Ok(alloc(&SLEEP0_ITER_TYPE, false))
    },
}];

static SLEEP0: crate::object::StaticObject<()> = crate::object::StaticObject::new(&SLEEP0_TYPE, ());

/// The iterator: its payload is "already yielded".
pub static SLEEP0_ITER_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_asyncio._Sleep0Iter"),
    tp_dealloc: dealloc_box::<bool>,
    tp_iter: Some(|o| Ok(o.incref())),
    tp_iternext: Some(|o| {
        let yielded = payload::<bool>(o);
        if *yielded {
            return Ok(None);
        }
        *yielded = true;
        Ok(Some(none().incref()))
    }),
    ..TypeObject::DEFAULT
};

// ---- Task ----------------------------------------------------------------------------------

fn task_new(ty: &'static TypeObject, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(alloc(
        ty,
        TaskData {
            fut: FutureData::new(),
            coro: Obj::NULL,
            context: Obj::NULL,
            fut_waiter: Obj::NULL,
            name: Obj::NULL,
            num_cancels_requested: 0,
            must_cancel: false,
            log_destroy_pending: true,
        },
    ))
}

/// `Task(coro, *, loop=None, name=None, context=None, eager_start=False)`: schedules its first
/// step and registers it.
fn task_init(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<()> {
    let a = Args::parse("Task", args, kwnames, &["coro", "loop", "name", "context", "eager_start"], 1)?;
    no_positional("Task", args, kwnames, 1)?;
    future_init_loop(o, a.get(1))?;
    let coro = a.req(0);
    if !is_coroutine(coro) {
        td(o).log_destroy_pending = false;
        return Err(type_error(format!("a coroutine was expected, got {}", repr_string(coro)?)));
    }
    let name = match a.get(2) {
        Some(n) if n != none() => crate::ops::str(n)?,
        _ => {
            let n = TASK_NAME_COUNTER.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            new_string(format!("Task-{n}"))
        }
    };
    let t = td(o);
    t.log_destroy_pending = true;
    t.must_cancel = false;
    t.num_cancels_requested = 0;
    replace(&mut t.fut_waiter, Obj::NULL);
    replace(&mut t.name, name);
    replace(&mut t.coro, coro.incref());
    replace(&mut t.context, a.get(3).unwrap_or_else(none).incref());
    schedule_step(o, Obj::NULL)?;
    register_task(o)
}

fn task_dealloc(o: Obj) {
    if finalize_exact(o, true) {
        return;
    }
    if !o.ty().is_heap() {
        crate::types::weakref::clear_if_referenced(o);
    }
    let t = td(o);
    t.fut.clear();
    for slot in [&mut t.coro, &mut t.context, &mut t.fut_waiter, &mut t.name] {
        std::mem::replace(slot, Obj::NULL).xdecref();
    }
    dealloc_box::<TaskData>(o);
}

fn task_repr(o: Obj) -> PyResult<Obj> {
    call(py("asyncio.tasks", "_task_repr")?, &[o], Obj::NULL)
}

/// Schedule a step of `task` (`task_call_step_soon`), throwing `exc` (borrowed, or null) in.
fn schedule_step(task: Obj, e: Obj) -> PyResult<()> {
    let lp = own(fd(task).loop_.incref());
    let item = own(alloc(
        &READY_ITEM_TYPE,
        ReadyItem { callback: task.incref(), arg: e.xincref(), loop_: lp.get().incref(), step: true },
    ));
    if let Some(ready) = fast_ready(lp.get())? {
        push_right(ready.get(), item.get());
        return Ok(());
    }
    let ctx = own(or_none(td(task).context));
    let names = kw("context");
    crate::attr::call_method(lp.get(), intern("call_soon"), &[item.get(), ctx.get()], names.get())?.decref();
    Ok(())
}

/// `Task.__step` (`task_step`): one resumption of the coroutine between `_enter_task` and
/// `_leave_task`.
fn task_step(task: Obj, e: Obj) -> PyResult<()> {
    if fd(task).state != PENDING {
        let what = if e.is_null() { "None".to_string() } else { repr_string(e)? };
        return Err(invalid_state(format!("_step(): already done: {}, {what}", repr_string(task)?)));
    }
    let mut e = e.xincref();
    if td(task).must_cancel {
        let is_cancel = match e.is_null() {
            true => Ok(false),
            false => is_instance_of_py(e, "asyncio.exceptions", "CancelledError"),
        };
        if is_cancel != Ok(true) {
            std::mem::replace(&mut e, Obj::NULL).xdecref();
            is_cancel?;
            e = make_cancelled_error(task)?;
        }
        td(task).must_cancel = false;
    }
    replace(&mut td(task).fut_waiter, Obj::NULL);
    let lp = own(fd(task).loop_.incref());
    if let Err(err) = enter_task(lp.get(), task) {
        e.xdecref();
        return Err(err);
    }
    let r = step_run(task, e);
    let l = leave_task(lp.get(), task);
    r.and(l)
}

/// Resume the coroutine (throwing `e`, owned, if not null) and act on how it stopped
/// (`task_step_impl`).
fn step_run(task: Obj, e: Obj) -> PyResult<()> {
    let coro = own(td(task).coro.incref());
    let res = if e.is_null() { resume_ex(coro.get(), none().incref(), false) } else { throw_resumed(coro.get(), e) };
    match res {
        Ok(Resumed::Yielded(v)) => handle_yield(task, own(v)),
        Ok(Resumed::Returned(r)) => {
            let r = own(r);
            unregister_task(task)?;
            if td(task).must_cancel {
                // The task was cancelled while its coroutine was returning.
                td(task).must_cancel = false;
                let msg = own(or_none(fd(task).cancel_msg));
                future_cancel(task, msg.get()).map(|_| ())
            } else {
                future_set_result(task, r.get())
            }
        }
        Err(_) => {
            let err = own(fetch());
            unregister_task(task)?;
            if is_instance_of_py(err.get(), "asyncio.exceptions", "CancelledError")? {
                replace(&mut fd(task).cancelled_exc, err.get().incref());
                future_cancel(task, Obj::NULL).map(|_| ())
            } else if err.get().ty().is_subtype(&exc::KEYBOARD_INTERRUPT)
                || err.get().ty().is_subtype(&exc::SYSTEM_EXIT)
            {
                future_set_exception(task, err.get())?;
                Err(restore(err.release()))
            } else {
                future_set_exception(task, err.get())
            }
        }
    }
}

/// What the coroutine yielded (`result`): a future to wait on, `None` (a bare yield: run
/// again next iteration), or a mistake, thrown back in at the next step.
fn handle_yield(task: Obj, result: Owned) -> PyResult<()> {
    let r = result.get();
    let task_loop = fd(task).loop_;
    if is_exact_future(r) {
        if fd(r).loop_ != task_loop {
            let msg =
                format!("Task {} got Future {} attached to a different loop", repr_string(task)?, repr_string(r)?);
            return throw_soon(task, msg);
        }
        if !fd(r).blocking {
            let msg =
                format!("yield was used instead of yield from in task {} with {}", repr_string(task)?, repr_string(r)?);
            return throw_soon(task, msg);
        }
        if r == task {
            return throw_soon(task, format!("Task cannot await on itself: {}", repr_string(task)?));
        }
        fd(r).blocking = false;
        let wakeup = own(alloc(&WAKEUP_TYPE, task.incref()));
        let ctx = td(task).context;
        future_add_done_callback(r, wakeup.get(), ctx)?;
        return wait_on(task, result);
    }
    if r == none() {
        return schedule_step(task, Obj::NULL);
    }
    // A Future-compatible object (a subclass, or another implementation).
    if let Some(blocking) = crate::attr::getattr_opt(r, intern("_asyncio_future_blocking"))? {
        let blocking = own(blocking);
        if blocking.get() != none() {
            let fut_loop = own(future_loop(r)?);
            if fut_loop.get() != task_loop {
                let msg =
                    format!("Task {} got Future {} attached to a different loop", repr_string(task)?, repr_string(r)?);
                return throw_soon(task, msg);
            }
            if !crate::ops::is_true(blocking.get())? {
                let msg = format!(
                    "yield was used instead of yield from in task {} with {}",
                    repr_string(task)?,
                    repr_string(r)?
                );
                return throw_soon(task, msg);
            }
            if r == task {
                return throw_soon(task, format!("Task cannot await on itself: {}", repr_string(task)?));
            }
            crate::attr::setattr(r, intern("_asyncio_future_blocking"), new_bool(false))?;
            let wakeup = own(alloc(&WAKEUP_TYPE, task.incref()));
            let ctx = own(or_none(td(task).context));
            let names = kw("context");
            crate::attr::call_method(r, intern("add_done_callback"), &[wakeup.get(), ctx.get()], names.get())?.decref();
            return wait_on(task, result);
        }
    }
    if is_generator(r) {
        let msg = format!(
            "yield was used instead of yield from for generator in task {} with {}",
            repr_string(task)?,
            repr_string(r)?
        );
        return throw_soon(task, msg);
    }
    throw_soon(task, format!("Task got bad yield: {}", repr_string(r)?))
}

/// The task now waits on `fut`; a cancellation requested meanwhile goes to `fut`.
fn wait_on(task: Obj, fut: Owned) -> PyResult<()> {
    let f = fut.get();
    replace(&mut td(task).fut_waiter, fut.release());
    if td(task).must_cancel {
        let msg = own(or_none(fd(task).cancel_msg));
        let r = own(crate::attr::call_method(f, intern("cancel"), &[msg.get()], Obj::NULL)?);
        if crate::ops::is_true(r.get())? {
            td(task).must_cancel = false;
        }
    }
    Ok(())
}

/// `futures._get_loop(fut)`: its `get_loop()`, else its `_loop`.
fn future_loop(f: Obj) -> PyResult<Obj> {
    if is_exact_future(f) {
        return Ok(fd(f).loop_.incref());
    }
    match crate::attr::getattr_opt(f, intern("get_loop"))? {
        Some(m) => {
            let m = own(m);
            call(m.get(), &[], Obj::NULL)
        }
        None => crate::attr::getattr(f, intern("_loop")),
    }
}

/// Schedule a step throwing `RuntimeError(msg)` in.
fn throw_soon(task: Obj, msg: String) -> PyResult<()> {
    let e = own(new_runtime_error(msg));
    schedule_step(task, e.get())
}

/// `task_wakeup`: the awaited future `fut` is done; step with its outcome.
fn task_wakeup(task: Obj, fut: Obj) -> PyResult<()> {
    let outcome = if is_exact_future(fut) {
        future_get_result(fut)
    } else {
        crate::attr::call_method(fut, intern("result"), &[], Obj::NULL).map(Ok)
    };
    match outcome {
        Ok(Ok(v)) => {
            v.decref();
            task_step(task, Obj::NULL)
        }
        Ok(Err(e)) => {
            let e = own(e);
            task_step(task, e.get())
        }
        Err(_) => {
            let e = own(fetch());
            task_step(task, e.get())
        }
    }
}

fn t_get_coro(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("get_coro", args, kwnames, &[], 0)?;
    Ok(or_none(td(s).coro))
}

fn t_get_context(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("get_context", args, kwnames, &[], 0)?;
    Ok(or_none(td(s).context))
}

fn t_get_name(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("get_name", args, kwnames, &[], 0)?;
    Ok(or_none(td(s).name))
}

fn t_set_name(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("set_name", args, kwnames, &[""], 1)?;
    let name = crate::ops::str(a.req(0))?;
    replace(&mut td(s).name, name);
    Ok(none().incref())
}

fn t_set_result(_s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("set_result", args, kwnames, &[""], 1)?;
    Err(runtime_error("Task does not support set_result operation"))
}

fn t_set_exception(_s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("set_exception", args, kwnames, &[""], 1)?;
    Err(runtime_error("Task does not support set_exception operation"))
}

fn t_get_stack(_s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("get_stack", args, kwnames, &["limit"], 0)?;
    no_positional("get_stack", args, kwnames, 0)?;
    Ok(crate::types::list::new_list(vec![]))
}

/// `task.cancel(msg=None)`: cancel the awaited future, or throw `CancelledError` in at the
/// next step.
fn t_cancel(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("cancel", args, kwnames, &["msg"], 0)?;
    let msg = a.get(0).unwrap_or_else(none);
    fd(s).log_tb = false;
    if fd(s).state != PENDING {
        return Ok(new_bool(false).incref());
    }
    td(s).num_cancels_requested += 1;
    let waiter = td(s).fut_waiter;
    if !waiter.is_null() {
        let waiter = own(waiter.incref());
        let r = own(crate::attr::call_method(waiter.get(), intern("cancel"), &[msg], Obj::NULL)?);
        if crate::ops::is_true(r.get())? {
            // The wakeup will throw CancelledError into the coroutine.
            return Ok(new_bool(true).incref());
        }
    }
    td(s).must_cancel = true;
    replace(&mut fd(s).cancel_msg, msg.incref());
    Ok(new_bool(true).incref())
}

fn t_cancelling(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("cancelling", args, kwnames, &[], 0)?;
    Ok(new_int(td(s).num_cancels_requested))
}

fn t_uncancel(s: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("uncancel", args, kwnames, &[], 0)?;
    let t = td(s);
    if t.num_cancels_requested > 0 {
        t.num_cancels_requested -= 1;
    }
    Ok(new_int(t.num_cancels_requested))
}

static TASK_METHODS: [MethodDef; 11] = [
    MethodDef { name: "get_coro", meth: t_get_coro },
    MethodDef { name: "get_context", meth: t_get_context },
    MethodDef { name: "get_name", meth: t_get_name },
    MethodDef { name: "set_name", meth: t_set_name },
    MethodDef { name: "set_result", meth: t_set_result },
    MethodDef { name: "set_exception", meth: t_set_exception },
    MethodDef { name: "get_stack", meth: t_get_stack },
    MethodDef { name: "cancel", meth: t_cancel },
    MethodDef { name: "cancelling", meth: t_cancelling },
    MethodDef { name: "uncancel", meth: t_uncancel },
    MethodDef { name: "__await__", meth: m_await },
];

pub static TASK_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_asyncio.Task"),
    base: Some(&FUTURE_TYPE),
    tp_dealloc: task_dealloc,
    tp_repr: Some(task_repr),
    tp_new: Some(task_new),
    tp_init: Some(task_init),
    tp_iter: Some(future_iter),
    tp_finalize: Some(task_finalize),
    tp_flags: crate::typeobj::TPFLAGS_BASETYPE,
    tp_basicsize: std::mem::size_of::<crate::object::PyBox<TaskData>>(),
    methods: &TASK_METHODS,
    ..TypeObject::DEFAULT
};

// ---- a task's wakeup, registered as a done callback --------------------------------------

/// `task.task_wakeup` bound to its task (owned payload): called with the done future.
fn wakeup_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let fut = crate::types::list::one_arg("task_wakeup", args, kwnames)?;
    let task = own(payload::<Obj>(o).incref());
    task_wakeup(task.get(), fut)?;
    Ok(none().incref())
}

fn wakeup_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    let task = *payload::<Obj>(o);
    match crate::types::str::str_value(name) {
        "__qualname__" => Ok(new_string(format!("{}.task_wakeup", short_name(task.ty())))),
        "__name__" => Ok(new_str("task_wakeup")),
        "__self__" => Ok(task.incref()),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn wakeup_repr(o: Obj) -> PyResult<Obj> {
    let task = *payload::<Obj>(o);
    Ok(new_string(format!("<built-in method task_wakeup of {} object>", short_name(task.ty()))))
}

pub static WAKEUP_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("builtin_function_or_method"),
    tp_dealloc: iter_dealloc,
    tp_call: Some(wakeup_call),
    tp_getattro: Some(wakeup_getattr),
    tp_repr: Some(wakeup_repr),
    ..TypeObject::DEFAULT
};

// ---- ready-queue entries and the loop's inner loop ---------------------------------------

/// An entry of `loop._ready` made here instead of a `Handle`: a step of a task (`callback` is
/// the task, `arg` the exception to throw in or null) or a done callback (`callback(arg)`).
pub struct ReadyItem {
    callback: Obj,
    arg: Obj,
    loop_: Obj,
    step: bool,
}

fn item_dealloc(o: Obj) {
    let it = payload::<ReadyItem>(o);
    it.callback.decref();
    it.arg.xdecref();
    it.loop_.decref();
    dealloc_box::<ReadyItem>(o);
}

/// Run the entry's callback.
fn item_invoke(o: Obj) -> PyResult<()> {
    let it = payload::<ReadyItem>(o);
    let (cb, arg) = (it.callback, it.arg);
    if it.step {
        return task_step(cb, arg);
    }
    if !cb.is_small() && std::ptr::eq(cb.ty(), &WAKEUP_TYPE) {
        return task_wakeup(*payload::<Obj>(cb), arg);
    }
    let r = if arg.is_null() { call(cb, &[], Obj::NULL)? } else { call(cb, &[arg], Obj::NULL)? };
    r.decref();
    Ok(())
}

/// The callback and its arguments as `events._format_callback` writes them
/// (`Task.task_step()`, `f(<Future …>)`); `source`: with the function's file and line.
fn item_text(o: Obj, source: bool) -> PyResult<String> {
    let it = payload::<ReadyItem>(o);
    if it.step {
        let arg = if it.arg.is_null() { String::new() } else { repr_string(it.arg)? };
        return Ok(format!("{}.task_step({arg})", short_name(it.callback.ty())));
    }
    let f = py("asyncio.events", if source { "_format_callback_source" } else { "_format_callback" })?;
    let args = own(if it.arg.is_null() { new_tuple(vec![]) } else { new_tuple(vec![it.arg.incref()]) });
    let s = own(call(f, &[it.callback, args.get()], Obj::NULL)?);
    Ok(crate::types::str::str_value(s.get()).to_string())
}

/// Run one entry as `Handle._run` does: an exception other than `SystemExit` and
/// `KeyboardInterrupt` goes to the loop's exception handler.
fn item_run(o: Obj) -> PyResult<()> {
    if item_invoke(o).is_ok() {
        return Ok(());
    }
    let e = own(fetch());
    if e.get().ty().is_subtype(&exc::SYSTEM_EXIT) || e.get().ty().is_subtype(&exc::KEYBOARD_INTERRUPT) {
        return Err(restore(e.release()));
    }
    let msg = own(new_string(format!("Exception in callback {}", item_text(o, true)?)));
    let ctx = own(new_dict());
    let d = dict_data(ctx.get());
    d.set(intern("message"), msg.get())?;
    d.set(intern("exception"), e.get())?;
    d.set(intern("handle"), o)?;
    let lp = payload::<ReadyItem>(o).loop_;
    let lp = own(lp.incref());
    crate::attr::call_method(lp.get(), intern("call_exception_handler"), &[ctx.get()], Obj::NULL)?.decref();
    Ok(())
}

fn item_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    crate::types::list::no_args("task_step", args, kwnames)?;
    item_invoke(o)?;
    Ok(none().incref())
}

fn item_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    let it = payload::<ReadyItem>(o);
    match crate::types::str::str_value(name) {
        "__qualname__" if it.step => Ok(new_string(format!("{}.task_step", short_name(it.callback.ty())))),
        "__name__" if it.step => Ok(new_str("task_step")),
        "_cancelled" => Ok(new_bool(false).incref()),
        _ => crate::attr::generic_getattr(o, name),
    }
}

fn item_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_string(format!("<Handle {}>", item_text(o, false)?)))
}

pub static READY_ITEM_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_asyncio.TaskStepMethWrapper"),
    tp_dealloc: item_dealloc,
    tp_call: Some(item_call),
    tp_getattro: Some(item_getattr),
    tp_repr: Some(item_repr),
    ..TypeObject::DEFAULT
};

/// `_run_ready(ready)`: run the callbacks that are in the deque `ready` now, in order (the end
/// of `BaseEventLoop._run_once`); what they schedule waits for the next call. A `Handle`
/// cancelled meanwhile is skipped.
fn f_run_ready(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("_run_ready", args, kwnames, &[""], 1)?;
    let ready = a.req(0);
    if !is_deque(ready) {
        return Err(type_error("_run_ready() expects a deque"));
    }
    let ready = own(ready.incref());
    let n = deque_len(ready.get());
    for _ in 0..n {
        let Some(h) = pop_left(ready.get()) else { break };
        let h = own(h);
        if std::ptr::eq(h.get().ty(), &READY_ITEM_TYPE) {
            item_run(h.get())?;
            continue;
        }
        let cancelled = own(crate::attr::getattr(h.get(), intern("_cancelled"))?);
        if crate::ops::is_true(cancelled.get())? {
            continue;
        }
        crate::attr::call_method(h.get(), intern("_run"), &[], Obj::NULL)?.decref();
    }
    Ok(none().incref())
}

pub fn init() -> Obj {
    let m = crate::types::module::new_module("_asyncio");
    crate::types::module::module_set(m, "Future", FUTURE_TYPE.obj());
    crate::types::module::module_set(m, "Task", TASK_TYPE.obj());
    crate::types::module::module_set(m, "_current_tasks", current_tasks());
    crate::types::module::module_set(m, "_scheduled_tasks", scheduled_tasks());
    crate::types::module::module_set(m, "_SLEEP0", SLEEP0.obj());
    super::functions!(m,
        "_register_task" => f_register_task,
        "_unregister_task" => f_unregister_task,
        "_enter_task" => f_enter_task,
        "_leave_task" => f_leave_task,
        "current_task" => f_current_task,
        "get_running_loop" => f_get_running_loop,
        "_get_running_loop" => f_private_get_running_loop,
        "_set_running_loop" => f_set_running_loop,
        "_run_ready" => f_run_ready,
        "_forget_loop" => f_forget_loop,
    );
    m
}

//! `contextlib`: `contextmanager`, `suppress`, `closing`, `nullcontext`, `ExitStack`
//! (`Lib/contextlib.py`).
//!
//! Each is a built-in type whose `__enter__`/`__exit__` are methods, so the `with` statement
//! (`slots::with_exit_of`) finds them like any class's. `contextmanager(f)` makes a factory;
//! calling it calls `f` and wraps the generator: `__enter__` runs it to its `yield`,
//! `__exit__` resumes it (`next`) or throws the exception into it and decides from how it
//! ends whether the exception is swallowed — the rules of `_GeneratorContextManager.__exit__`.
//! `ExitStack` keeps its callbacks (bound `__exit__`s, or callables with their arguments) and
//! unwinds them last-in first-out, passing each the exception still pending.

use crate::call::{kwnames_len, Args};
use crate::errors::{raise, type_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj, Owned};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::exceptions::{self as exc, ExcData};
use crate::types::generator::{gen_throw_exc, is_generator};
use crate::types::int::new_bool;
use crate::types::module::new_module;
use crate::types::none;
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::typetype::as_type;

fn exit_args(args: &[Obj], what: &str) -> PyResult<(Obj, Obj)> {
    if args.len() != 3 {
        return Err(type_error(format!("{what}.__exit__() takes 3 arguments ({} given)", args.len())));
    }
    Ok((args[0], args[1]))
}

// ---- contextmanager ---------------------------------------------------------------------------

struct Factory {
    func: Obj,
}

struct GenCm {
    gen: Obj,
    /// `__enter__` ran once: CPython's deletes `self.args` then, so a second `with` on the
    /// same object fails with an `AttributeError` naming `args`.
    entered: bool,
}

fn factory_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let g = crate::call::call(payload::<Factory>(o).func, args, kwnames)?;
    Ok(alloc(&GENCM_TYPE, GenCm { gen: g, entered: false }))
}

pub static FACTORY_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("function"),
    tp_dealloc: |o| {
        payload::<Factory>(o).func.decref();
        dealloc_box::<Factory>(o);
    },
    tp_call: Some(factory_call),
    tp_getattro: Some(|o, name| crate::attr::getattr(payload::<Factory>(o).func, name)),
    ..TypeObject::DEFAULT
};

fn contextmanager(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("contextmanager", args, kwnames, &["func"], 1)?;
    Ok(alloc(&FACTORY_TYPE, Factory { func: a.req(0).incref() }))
}

fn gencm_enter(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse_tuple("__enter__", args, 0, 0)?;
    let _ = kwnames;
    let cm = payload::<GenCm>(o);
    if cm.entered {
        return Err(raise(&exc::ATTRIBUTE_ERROR, "'_GeneratorContextManager' object has no attribute 'args'"));
    }
    cm.entered = true;
    match crate::ops::iter_next(cm.gen)? {
        Some(v) => Ok(v),
        None => Err(raise(&exc::RUNTIME_ERROR, "generator didn't yield")),
    }
}

/// `_GeneratorContextManager.__exit__`.
fn gencm_exit(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let _ = kwnames;
    let (typ, value) = exit_args(args, "_GeneratorContextManager")?;
    let gen = payload::<GenCm>(o).gen;
    if typ == none() {
        return match crate::ops::iter_next(gen)? {
            Some(v) => {
                v.decref();
                Err(raise(&exc::RUNTIME_ERROR, "generator didn't stop"))
            }
            None => Ok(new_bool(false)),
        };
    }
    let value = if value == none() { crate::call::call(typ, &[], Obj::NULL)? } else { value.incref() };
    let value = Owned::new(value).expect("exception");
    let thrown = if is_generator(gen) {
        gen_throw_exc(gen, value.get().incref())
    } else {
        crate::attr::call_method(gen, crate::slots::intern("throw"), &[value.get()], Obj::NULL)
    };
    match thrown {
        Ok(v) => {
            v.decref();
            Err(raise(&exc::RUNTIME_ERROR, "generator didn't stop after throw()"))
        }
        Err(e) => {
            let cur = crate::errors::current();
            if cur.ty().is_subtype(&exc::STOP_ITERATION) {
                // Finished: the exception was handled, unless it is the StopIteration itself.
                let same = cur == value.get();
                crate::errors::fetch().decref();
                return Ok(new_bool(!same));
            }
            if cur == value.get() {
                crate::errors::fetch().decref();
                return Ok(new_bool(false));
            }
            if cur.ty().is_subtype(&exc::RUNTIME_ERROR)
                && value.get().ty().is_subtype(&exc::STOP_ITERATION)
                && payload::<ExcData>(cur).cause == value.get()
            {
                crate::errors::fetch().decref();
                return Ok(new_bool(false));
            }
            Err(e)
        }
    }
}

static GENCM_METHODS: [MethodDef; 2] =
    [MethodDef { name: "__enter__", meth: gencm_enter }, MethodDef { name: "__exit__", meth: gencm_exit }];

pub static GENCM_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_GeneratorContextManager"),
    tp_dealloc: |o| {
        payload::<GenCm>(o).gen.decref();
        dealloc_box::<GenCm>(o);
    },
    methods: &GENCM_METHODS,
    ..TypeObject::DEFAULT
};

// ---- suppress, closing, nullcontext --------------------------------------------------------------

/// One object field: the exceptions to suppress, the thing to close, or the enter result.
struct Held {
    obj: Obj,
}

fn held_dealloc(o: Obj) {
    payload::<Held>(o).obj.decref();
    dealloc_box::<Held>(o);
}

fn suppress_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if kwnames_len(kwnames) > 0 {
        return Err(type_error("suppress() takes no keyword arguments"));
    }
    Ok(alloc(&SUPPRESS_TYPE, Held { obj: new_tuple(args.iter().map(|a| a.incref()).collect()) }))
}

fn suppress_exit(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let _ = kwnames;
    let (typ, _) = exit_args(args, "suppress")?;
    let Some(t) = as_type(typ) else { return Ok(new_bool(false)) };
    let ok = tuple_items(payload::<Held>(o).obj).iter().any(|c| as_type(*c).is_some_and(|c| t.is_subtype(c)));
    Ok(new_bool(ok))
}

fn enter_none(_o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(none().incref())
}

fn enter_held(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(payload::<Held>(o).obj.incref())
}

fn exit_false(_o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(new_bool(false))
}

static SUPPRESS_METHODS: [MethodDef; 2] =
    [MethodDef { name: "__enter__", meth: enter_none }, MethodDef { name: "__exit__", meth: suppress_exit }];

pub static SUPPRESS_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("suppress"),
    tp_dealloc: held_dealloc,
    tp_new: Some(suppress_new),
    methods: &SUPPRESS_METHODS,
    ..TypeObject::DEFAULT
};

fn closing_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("closing", args, kwnames, &["thing"], 1)?;
    Ok(alloc(&CLOSING_TYPE, Held { obj: a.req(0).incref() }))
}

fn closing_exit(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let _ = kwnames;
    exit_args(args, "closing")?;
    crate::attr::call_method(payload::<Held>(o).obj, crate::slots::intern("close"), &[], Obj::NULL)?.decref();
    Ok(new_bool(false))
}

static CLOSING_METHODS: [MethodDef; 2] =
    [MethodDef { name: "__enter__", meth: enter_held }, MethodDef { name: "__exit__", meth: closing_exit }];

pub static CLOSING_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("closing"),
    tp_dealloc: held_dealloc,
    tp_new: Some(closing_new),
    methods: &CLOSING_METHODS,
    ..TypeObject::DEFAULT
};

fn nullcontext_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("nullcontext", args, kwnames, &["enter_result"], 0)?;
    Ok(alloc(&NULLCONTEXT_TYPE, Held { obj: a.get(0).unwrap_or_else(none).incref() }))
}

static NULLCONTEXT_METHODS: [MethodDef; 2] =
    [MethodDef { name: "__enter__", meth: enter_held }, MethodDef { name: "__exit__", meth: exit_false }];

pub static NULLCONTEXT_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("nullcontext"),
    tp_dealloc: held_dealloc,
    tp_new: Some(nullcontext_new),
    methods: &NULLCONTEXT_METHODS,
    ..TypeObject::DEFAULT
};

// ---- ExitStack -------------------------------------------------------------------------------------

/// A callback: a bound `__exit__` (called with the exception triple), or a plain callable
/// with its arguments (called with them; it never suppresses).
enum Callback {
    Exit(Obj),
    Call { f: Obj, args: Vec<Obj>, kwnames: Obj },
}

struct Stack {
    callbacks: Vec<Callback>,
}

fn release(cb: Callback) {
    match cb {
        Callback::Exit(f) => f.decref(),
        Callback::Call { f, args, kwnames } => {
            f.decref();
            args.into_iter().for_each(Obj::decref);
            kwnames.xdecref();
        }
    }
}

fn stack_dealloc(o: Obj) {
    for cb in std::mem::take(&mut payload::<Stack>(o).callbacks) {
        release(cb);
    }
    dealloc_box::<Stack>(o);
}

fn stack_new(_ty: &'static TypeObject, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("ExitStack", args, kwnames, &[], 0)?;
    Ok(alloc(&EXITSTACK_TYPE, Stack { callbacks: Vec::new() }))
}

fn stack_enter_context(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("enter_context", args, kwnames, &["cm"], 1)?;
    let cm = a.req(0);
    let exit = crate::slots::with_exit_of(cm).map_err(|e| {
        let _ = e;
        crate::errors::fetch().decref();
        type_error(format!(
            "'{}' object does not support the context manager protocol",
            crate::types::heaptype::qualname(cm.ty())
        ))
    })?;
    let result = match crate::slots::with_enter(cm) {
        Ok(r) => r,
        Err(e) => {
            exit.decref();
            return Err(e);
        }
    };
    payload::<Stack>(o).callbacks.push(Callback::Exit(exit));
    Ok(result)
}

fn stack_push(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("push", args, kwnames, &["exit"], 1)?;
    let x = a.req(0);
    // A context manager contributes its bound `__exit__`; anything else is the callback.
    let cb = match crate::slots::lookup_special(x, "__exit__") {
        Some(d) => crate::attr::descr_get(d, x, x.ty().obj())?,
        None => x.incref(),
    };
    payload::<Stack>(o).callbacks.push(Callback::Exit(cb));
    Ok(x.incref())
}

fn stack_callback(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if args.len() == kwnames_len(kwnames) {
        return Err(type_error("ExitStack.callback() missing 1 required positional argument: 'callback'"));
    }
    let f = args[0];
    let rest: Vec<Obj> = args[1..].iter().map(|a| a.incref()).collect();
    let kw = if kwnames.is_null() { Obj::NULL } else { kwnames.incref() };
    payload::<Stack>(o).callbacks.push(Callback::Call { f: f.incref(), args: rest, kwnames: kw });
    Ok(f.incref())
}

fn stack_pop_all(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("pop_all", args, kwnames, &[], 0)?;
    let cbs = std::mem::take(&mut payload::<Stack>(o).callbacks);
    Ok(alloc(&EXITSTACK_TYPE, Stack { callbacks: cbs }))
}

/// Unwind every callback, last first, with `pending` (owned, or null) as the exception in
/// flight; returns whether it ended swallowed, or the exception still pending.
fn unwind(o: Obj, mut pending: Obj) -> Result<bool, Obj> {
    let had = !pending.is_null();
    let mut suppressed = false;
    while let Some(cb) = payload::<Stack>(o).callbacks.pop() {
        let r = match &cb {
            Callback::Exit(f) => {
                let (t, v) = if pending.is_null() { (none(), none()) } else { (pending.ty().obj(), pending) };
                let tb = Owned::new(if pending.is_null() {
                    none().incref()
                } else {
                    crate::types::traceback::traceback_of(pending)
                })
                .expect("traceback");
                crate::call::call(*f, &[t, v, tb.get()], Obj::NULL).and_then(|r| {
                    let r = Owned::new(r).expect("r");
                    crate::ops::is_true(r.get())
                })
            }
            Callback::Call { f, args, kwnames } => crate::call::call(*f, args, *kwnames).map(|r| {
                r.decref();
                false
            }),
        };
        release(cb);
        match r {
            Ok(true) if !pending.is_null() => {
                pending.decref();
                pending = Obj::NULL;
                suppressed = true;
            }
            Ok(_) => {}
            Err(_) => {
                // The new exception replaces the pending one, which becomes its context.
                let new = crate::errors::fetch();
                if !pending.is_null() && exc::is_exception(new) {
                    let d = payload::<ExcData>(new);
                    if d.context.is_null() && new != pending {
                        d.context = pending;
                    } else {
                        pending.decref();
                    }
                } else {
                    pending.xdecref();
                }
                pending = new;
                suppressed = false;
            }
        }
    }
    if pending.is_null() {
        Ok(had && suppressed)
    } else {
        Err(pending)
    }
}

fn stack_close(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("close", args, kwnames, &[], 0)?;
    match unwind(o, Obj::NULL) {
        Ok(_) => Ok(none().incref()),
        Err(e) => Err(crate::errors::restore(e)),
    }
}

fn stack_exit(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let _ = kwnames;
    let (_, value) = exit_args(args, "ExitStack")?;
    let pending = if value == none() { Obj::NULL } else { value.incref() };
    match unwind(o, pending) {
        Ok(swallowed) => Ok(new_bool(swallowed)),
        Err(e) => {
            if e == value {
                // The original exception goes on: not swallowed, nothing new raised.
                e.decref();
                return Ok(new_bool(false));
            }
            Err(crate::errors::restore(e))
        }
    }
}

fn enter_self(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    Ok(o.incref())
}

static EXITSTACK_METHODS: [MethodDef; 7] = [
    MethodDef { name: "__enter__", meth: enter_self },
    MethodDef { name: "__exit__", meth: stack_exit },
    MethodDef { name: "enter_context", meth: stack_enter_context },
    MethodDef { name: "push", meth: stack_push },
    MethodDef { name: "callback", meth: stack_callback },
    MethodDef { name: "pop_all", meth: stack_pop_all },
    MethodDef { name: "close", meth: stack_close },
];

pub static EXITSTACK_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("ExitStack"),
    tp_dealloc: stack_dealloc,
    tp_new: Some(stack_new),
    methods: &EXITSTACK_METHODS,
    ..TypeObject::DEFAULT
};

pub fn init() -> Obj {
    let m = new_module("contextlib");
    super::functions!(m, "contextmanager" => contextmanager);
    for t in [&SUPPRESS_TYPE, &CLOSING_TYPE, &NULLCONTEXT_TYPE, &EXITSTACK_TYPE] {
        crate::types::module::module_set(m, t.name.get(), t.obj());
    }
    m
}

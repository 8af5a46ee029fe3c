//! Code objects, function objects, closure cells, built-in functions and bound built-in
//! methods.
//!
//! A *code object* describes one compiled Python function: names, the parameter layout used
//! to bind arguments (`call::bind_arguments`), and the address of its generic entry, a
//! compiler-generated wrapper with the signature [`GenericEntry`] that binds arguments into
//! slots and calls the function's direct entry. A *function object* pairs a code object with
//! the values captured when `def` ran: defaults, keyword-only defaults and closure cells
//! (`Objects/funcobject.c`, `Objects/codeobject.c`, `Objects/cellobject.c`).

use crate::errors::PyResult;
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::str::{new_str, new_string, str_value};
use crate::types::{none, type_name};

/// The compiled generic entry: `(function, args, nargs, kwnames) -> result or null`, where
/// `args` holds `nargs` positional values followed by one value per keyword name.
pub type GenericEntry = unsafe extern "C" fn(Obj, *const Obj, usize, Obj) -> Obj;

pub const CO_VARARGS: u32 = 1;
pub const CO_VARKEYWORDS: u32 = 2;
/// The function is a generator (CPython's bit, so `co_flags` can pass it through).
pub const CO_GENERATOR: u32 = 0x20;
/// The function is a coroutine (`async def`; CPython's bit).
pub const CO_COROUTINE: u32 = 0x80;
/// The function is an asynchronous generator (CPython's bit).
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

pub struct CodeData {
    pub name: Obj,
    pub qualname: Obj,
    pub filename: Obj,
    /// The defining module's name (`__module__` of its functions).
    pub module: Obj,
    /// Positional parameters, including positional-only ones.
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    /// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
    pub varnames: Vec<Obj>,
    /// `co_cellvars` and `co_freevars` (CPython's orders; the closure tuple follows
    /// `freevars`).
    pub cellvars: Vec<Obj>,
    pub freevars: Vec<Obj>,
    pub entry: GenericEntry,
}

impl CodeData {
    /// Number of argument slots the binder fills.
    pub fn nslots(&self) -> usize {
        self.argcount
            + self.kwonlyargcount
            + usize::from(self.flags & CO_VARARGS != 0)
            + usize::from(self.flags & CO_VARKEYWORDS != 0)
    }
}

pub fn code_data(o: Obj) -> &'static CodeData {
    payload::<CodeData>(o)
}

pub fn new_code(data: CodeData) -> Obj {
    alloc(&CODE_TYPE, data)
}

pub struct FunctionData {
    pub code: Obj,
    /// Tuple of defaults for the last positional parameters, or null.
    pub defaults: Obj,
    /// Dict of keyword-only defaults, or null.
    pub kwdefaults: Obj,
    /// Tuple of cells for the free variables, or null.
    pub closure: Obj,
    /// `__dict__`: the docstring and attributes set on the function (`f.calls = 0`,
    /// `functools.wraps`), or null until the first one.
    pub dict: Obj,
    /// `__annotations__` (a dict), or null until `def` stores one or it is first read.
    pub annotations: Obj,
    /// `__name__` or `__qualname__` was assigned (the new value lives in `dict`): generators
    /// made by the function copy the names from there rather than from the code object.
    pub renamed: bool,
}

pub fn function_data(o: Obj) -> &'static FunctionData {
    payload::<FunctionData>(o)
}

/// `f.__dict__`, created on first use (borrowed).
fn function_dict(f: Obj) -> Obj {
    let d = payload::<FunctionData>(f);
    if d.dict.is_null() {
        d.dict = crate::types::dict::new_dict();
    }
    d.dict
}

/// Setting or deleting a function attribute: everything lives in its `__dict__`.
fn function_setattro(f: Obj, name: Obj, value: Obj) -> PyResult<()> {
    match str_value(name) {
        "__dict__" => {
            if value.is_null() {
                return Err(crate::errors::type_error("cannot delete __dict__"));
            }
            if !crate::types::dict::is_dict(value) {
                return Err(crate::errors::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(value)
                )));
            }
            std::mem::replace(&mut payload::<FunctionData>(f).dict, value.incref()).xdecref();
            Ok(())
        }
        "__name__" | "__qualname__" if value.is_null() || !crate::types::str::is_str(value) => {
            Err(crate::errors::type_error(format!("{} must be set to a string object", str_value(name))))
        }
        "__annotations__" => {
            let v = if value.is_null() || value == none() {
                Obj::NULL
            } else if crate::types::dict::is_dict(value) {
                value.incref()
            } else {
                return Err(crate::errors::type_error("__annotations__ must be set to a dict object"));
            };
            std::mem::replace(&mut payload::<FunctionData>(f).annotations, v).xdecref();
            Ok(())
        }
        // The binder reads both on every call, so a new value applies from the next call
        // (`func_set_defaults`, `func_set_kwdefaults`); deleting is setting None.
        "__defaults__" => {
            let v = if value.is_null() || value == none() { Obj::NULL } else { value };
            if !v.is_null() && !crate::types::tuple::is_tuple(v) {
                return Err(crate::errors::type_error("__defaults__ must be set to a tuple object"));
            }
            let slot = &mut payload::<FunctionData>(f).defaults;
            std::mem::replace(slot, if v.is_null() { v } else { v.incref() }).xdecref();
            Ok(())
        }
        "__kwdefaults__" => {
            let v = if value.is_null() || value == none() { Obj::NULL } else { value };
            if !v.is_null() && !crate::types::dict::is_dict(v) {
                return Err(crate::errors::type_error("__kwdefaults__ must be set to a dict object"));
            }
            let slot = &mut payload::<FunctionData>(f).kwdefaults;
            std::mem::replace(slot, if v.is_null() { v } else { v.incref() }).xdecref();
            Ok(())
        }
        "__code__" | "__closure__" | "__globals__" | "__builtins__" => Err(crate::errors::attribute_error(format!(
            "readonly attribute{}",
            if str_value(name) == "__code__" { " (ophis cannot replace compiled code)" } else { "" }
        ))),
        _ => {
            let d = crate::types::dict::dict_data(function_dict(f));
            if value.is_null() {
                match d.remove(name)? {
                    Some(v) => {
                        v.decref();
                        Ok(())
                    }
                    None => Err(crate::errors::attribute_error(format!(
                        "'function' object has no attribute '{}'",
                        str_value(name)
                    ))),
                }
            } else {
                if matches!(str_value(name), "__name__" | "__qualname__") {
                    payload::<FunctionData>(f).renamed = true;
                }
                d.set(name, value)
            }
        }
    }
}

fn function_dealloc(o: Obj) {
    crate::types::weakref::clear_if_referenced(o);
    let d = payload::<FunctionData>(o);
    d.code.decref();
    d.defaults.xdecref();
    d.kwdefaults.xdecref();
    d.closure.xdecref();
    d.dict.xdecref();
    d.annotations.xdecref();
    dealloc_box::<FunctionData>(o);
}

fn function_call(f: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let code = code_data(function_data(f).code);
    let nargs = args.len() - crate::call::kwnames_len(kwnames);
    // SAFETY: `entry` was emitted by the compiler with the `GenericEntry` signature, and `args`
    // holds `nargs` positional values plus one value per keyword name.
    let r = unsafe { (code.entry)(f, args.as_ptr(), nargs, kwnames) };
    crate::errors::check(r)
}

fn function_repr(f: Obj) -> PyResult<Obj> {
    let code = code_data(function_data(f).code);
    Ok(new_string(format!("<function {} at {:#x}>", str_value(code.qualname), f.0)))
}

fn function_getattro(f: Obj, name: Obj) -> PyResult<Obj> {
    let d = function_data(f);
    let code = code_data(d.code);
    if !d.dict.is_null() {
        if let Some(v) = crate::types::dict::dict_data(d.dict).get(name)? {
            return Ok(v.incref());
        }
    }
    match str_value(name) {
        "__dict__" => Ok(function_dict(f).incref()),
        "__name__" => Ok(code.name.incref()),
        "__qualname__" => Ok(code.qualname.incref()),
        "__module__" => Ok(code.module.incref()),
        "__doc__" => Ok(none().incref()),
        "__defaults__" => Ok(if d.defaults.is_null() { none() } else { d.defaults }.incref()),
        "__kwdefaults__" => Ok(if d.kwdefaults.is_null() { none() } else { d.kwdefaults }.incref()),
        "__closure__" => Ok(if d.closure.is_null() { none() } else { d.closure }.incref()),
        "__code__" => Ok(d.code.incref()),
        "__annotations__" => {
            let d = payload::<FunctionData>(f);
            if d.annotations.is_null() {
                d.annotations = crate::types::dict::new_dict();
            }
            Ok(d.annotations.incref())
        }
        _ => crate::attr::generic_getattr(f, name),
    }
}

/// `co_flags` as CPython spells it: `CO_OPTIMIZED | CO_NEWLOCALS`, `CO_VARARGS` (0x4),
/// `CO_VARKEYWORDS` (0x8) and the kind of function.
fn co_flags(c: &CodeData) -> u32 {
    let mut f = 0x3 | (c.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR));
    if c.flags & CO_VARARGS != 0 {
        f |= 0x4;
    }
    if c.flags & CO_VARKEYWORDS != 0 {
        f |= 0x8;
    }
    f
}

/// A code object's attributes (`co_*`). `co_varnames` holds the parameters only (ophis keeps
/// no table of other locals at run time); `co_flags` uses CPython's bits (see `co_flags`).
fn code_getattro(c: Obj, name: Obj) -> PyResult<Obj> {
    let code = code_data(c);
    let int = |n: usize| crate::types::int::new_int(n as i64);
    let names = |v: &[Obj]| crate::types::tuple::new_tuple(v.iter().map(|n| n.incref()).collect());
    match str_value(name) {
        "co_name" => Ok(code.name.incref()),
        "co_qualname" => Ok(code.qualname.incref()),
        "co_filename" => Ok(code.filename.incref()),
        "co_argcount" => Ok(int(code.argcount)),
        "co_posonlyargcount" => Ok(int(code.posonlyargcount)),
        "co_kwonlyargcount" => Ok(int(code.kwonlyargcount)),
        "co_nlocals" => Ok(int(code.varnames.len())),
        "co_varnames" => Ok(names(&code.varnames)),
        "co_cellvars" => Ok(names(&code.cellvars)),
        "co_freevars" => Ok(names(&code.freevars)),
        "co_flags" => Ok(int(co_flags(code) as usize)),
        _ => crate::attr::generic_getattr(c, name),
    }
}

fn code_repr(c: Obj) -> PyResult<Obj> {
    let code = code_data(c);
    Ok(new_string(format!(
        "<code object {} at {:#x}, file \"{}\">",
        str_value(code.name),
        c.0,
        str_value(code.filename)
    )))
}

pub static CODE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("code"),
    tp_getattro: Some(code_getattro),
    tp_repr: Some(code_repr),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

/// The attributes `function_getattro` serves itself, listed in `function.__dict__` (and so
/// in `dir()` of a function) as CPython's getset and member descriptors are.
pub const FUNCTION_GETSETS: [&str; 10] = [
    "__annotations__",
    "__closure__",
    "__code__",
    "__defaults__",
    "__dict__",
    "__doc__",
    "__kwdefaults__",
    "__module__",
    "__name__",
    "__qualname__",
];

pub static FUNCTION_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("function"),
    tp_dealloc: function_dealloc,
    tp_call: Some(function_call),
    tp_repr: Some(function_repr),
    tp_getattro: Some(function_getattro),
    tp_setattro: Some(function_setattro),
    tp_descr_get: Some(crate::types::descr::function_descr_get),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    ..TypeObject::DEFAULT
};

pub fn new_function(code: Obj, defaults: Obj, kwdefaults: Obj, closure: Obj) -> Obj {
    alloc(
        &FUNCTION_TYPE,
        FunctionData { code, defaults, kwdefaults, closure, dict: Obj::NULL, annotations: Obj::NULL, renamed: false },
    )
}

pub fn is_function(o: Obj) -> bool {
    !o.is_small() && o.is_type(&FUNCTION_TYPE)
}

/// A closure cell; its payload is the contents (null when empty).
pub fn new_cell(contents: Obj) -> Obj {
    alloc(&CELL_TYPE, contents)
}

pub fn cell_contents(c: Obj) -> &'static mut Obj {
    payload::<Obj>(c)
}

fn cell_dealloc(c: Obj) {
    cell_contents(c).xdecref();
    dealloc_box::<Obj>(c);
}

/// `cell.cell_contents`: the value, or `ValueError: Cell is empty`.
fn cell_getattro(c: Obj, name: Obj) -> PyResult<Obj> {
    if str_value(name) == "cell_contents" {
        let v = *cell_contents(c);
        if v.is_null() {
            return Err(crate::errors::value_error("Cell is empty"));
        }
        return Ok(v.incref());
    }
    crate::attr::generic_getattr(c, name)
}

/// Assigning `cell.cell_contents` rebinds the variable for every closure sharing the cell;
/// deleting it empties the cell.
fn cell_setattro(c: Obj, name: Obj, value: Obj) -> PyResult<()> {
    if str_value(name) == "cell_contents" {
        std::mem::replace(cell_contents(c), if value.is_null() { value } else { value.incref() }).xdecref();
        return Ok(());
    }
    Err(crate::errors::attribute_error(format!("'cell' object has no attribute '{}'", str_value(name))))
}

/// Cells compare by their contents, an empty cell before any full one (`cell_richcompare`).
fn cell_richcompare(a: Obj, b: Obj, op: crate::typeobj::CompareOp) -> PyResult<Obj> {
    if !b.is_type(&CELL_TYPE) {
        return Ok(crate::types::not_implemented());
    }
    let (x, y) = (*cell_contents(a), *cell_contents(b));
    if !x.is_null() && !y.is_null() {
        return crate::ops::rich_compare(x, y, op);
    }
    let (x, y) = (i64::from(!x.is_null()), i64::from(!y.is_null()));
    let r = match op {
        crate::typeobj::CompareOp::Lt => x < y,
        crate::typeobj::CompareOp::Le => x <= y,
        crate::typeobj::CompareOp::Eq => x == y,
        crate::typeobj::CompareOp::Ne => x != y,
        crate::typeobj::CompareOp::Gt => x > y,
        crate::typeobj::CompareOp::Ge => x >= y,
    };
    Ok(crate::types::int::new_bool(r))
}

pub static CELL_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("cell"),
    tp_dealloc: cell_dealloc,
    tp_getattro: Some(cell_getattro),
    tp_setattro: Some(cell_setattro),
    tp_richcompare: Some(cell_richcompare),
    ..TypeObject::DEFAULT
};

/// A built-in function: vectorcall-style Rust implementation.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub f: fn(&[Obj], Obj) -> PyResult<Obj>,
}

fn builtin_call(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    (payload::<BuiltinFunction>(o).f)(args, kwnames)
}

fn builtin_repr(o: Obj) -> PyResult<Obj> {
    Ok(new_string(format!("<built-in function {}>", payload::<BuiltinFunction>(o).name)))
}

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("builtin_function_or_method"),
    tp_call: Some(builtin_call),
    tp_repr: Some(builtin_repr),
    tp_hash: Some(|o| Ok((o.0 >> 4) as i64)),
    tp_getattro: Some(|o, name| match str_value(name) {
        "__name__" | "__qualname__" => Ok(new_str(payload::<BuiltinFunction>(o).name)),
        _ => crate::attr::generic_getattr(o, name),
    }),
    ..TypeObject::DEFAULT
};

/// A built-in method bound to its receiver (`[].append`).
pub struct BoundBuiltin {
    pub receiver: Obj,
    pub def: &'static MethodDef,
}

pub fn new_bound_builtin(receiver: Obj, def: &'static MethodDef) -> Obj {
    alloc(&BOUND_BUILTIN_TYPE, BoundBuiltin { receiver: receiver.incref(), def })
}

fn bound_dealloc(o: Obj) {
    crate::types::weakref::clear_if_referenced(o);
    payload::<BoundBuiltin>(o).receiver.decref();
    dealloc_box::<BoundBuiltin>(o);
}

pub static BOUND_BUILTIN_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("builtin_function_or_method"),
    tp_dealloc: bound_dealloc,
    tp_call: Some(|o, args, kwnames| {
        let b = payload::<BoundBuiltin>(o);
        (b.def.meth)(b.receiver, args, kwnames)
    }),
    tp_repr: Some(|o| {
        let b = payload::<BoundBuiltin>(o);
        Ok(new_string(format!(
            "<built-in method {} of {} object at {:#x}>",
            b.def.name,
            b.receiver.ty().name,
            b.receiver.0
        )))
    }),
    tp_getattro: Some(|o, name| {
        let b = payload::<BoundBuiltin>(o);
        match str_value(name) {
            "__self__" => Ok(b.receiver.incref()),
            "__name__" => Ok(new_str(b.def.name)),
            "__qualname__" => {
                // Bound to a class (a class method) or to an instance of a type.
                let owner = crate::types::typetype::as_type(b.receiver).unwrap_or_else(|| b.receiver.ty());
                let owner = owner.name.rsplit('.').next().unwrap_or(owner.name.get());
                Ok(crate::types::str::new_string(format!("{owner}.{}", b.def.name)))
            }
            "__module__" | "__doc__" | "__text_signature__" => Ok(crate::types::none().incref()),
            _ => crate::attr::generic_getattr(o, name),
        }
    }),
    tp_setattro: Some(crate::types::descr::readonly_members_setattro),
    // Equal when bound to the same object (identity) for the same method (`meth_richcompare`).
    tp_richcompare: Some(|a, b, op| {
        use crate::typeobj::CompareOp;
        if !b.is_type(&BOUND_BUILTIN_TYPE) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(crate::types::not_implemented().incref());
        }
        let (x, y) = (payload::<BoundBuiltin>(a), payload::<BoundBuiltin>(b));
        let eq = x.receiver == y.receiver && std::ptr::eq(x.def, y.def);
        Ok(crate::types::int::new_bool(eq == (op == CompareOp::Eq)))
    }),
    tp_hash: Some(|o| {
        let b = payload::<BoundBuiltin>(o);
        Ok(((b.receiver.0 >> 4) ^ (b.def as *const MethodDef as usize >> 3)) as i64 & i64::MAX)
    }),
    ..TypeObject::DEFAULT
};

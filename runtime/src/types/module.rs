//! Module objects: a name, a namespace dict and, for a compiled module of the program, its
//! global slots. Built-in modules are created on first import and cached (CPython's
//! `sys.modules`) by the registry in `stdlib/mod.rs`; the program's own modules by
//! `import.rs`.
//!
//! A compiled module's globals live in its slots (static memory its compiled code reads and
//! writes directly). The module object reads and writes those same slots by name, so
//! `m.x`, `m.x = 5`, `del m.x`, `dir(m)` and `from m import x` see exactly what the module's own
//! code sees. The slot table names each slot and its kind:
//! - `g`: a plain global; the slot is the source of truth;
//! - `s`: a global bound once by a `def`, which compiled code may read borrowed: a value
//!   replaced from outside is leaked, never released, so a borrowed read stays valid;
//! - `b`: a name the module never binds (a builtin it uses): the slot only caches the builtin,
//!   so it is not an attribute. Setting it from outside stores the value in the dict (the
//!   attribute) and the slot (so the module's code sees it, as under CPython).
//!
//! - `d`: not an attribute: the slot holds the module's dict, for a module whose globals are
//!   *dynamic* (it calls `globals()` or does `from m import *`): its code reads and writes
//!   every global in the dict by name, so the dict is the module's live namespace.
//!
//! Every other attribute (`__name__` when the code never mentions it, attributes added from
//! outside) lives in the dict. See `docs/design/modules.md`.

use crate::errors::{attribute_error, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::TypeObject;
use crate::types::dict::{dict_data, new_dict};
use crate::types::str::{new_str, new_string, str_value};
use std::collections::HashMap;

/// The names and kinds of a compiled module's global slots (see the module documentation).
pub struct SlotTable {
    pub names: Vec<(Obj, u8)>,
    pub index: HashMap<String, usize>,
}

pub struct ModuleData {
    pub name: Obj,
    pub dict: Obj,
    /// The address of a compiled module's global slots (0 for a built-in module).
    pub slots: usize,
    pub table: Option<&'static SlotTable>,
    /// `__file__` of a program module (for `repr` and `ImportError` messages).
    pub file: Option<&'static str>,
    /// Its body is running (CPython's `__spec__._initializing`).
    pub initializing: bool,
}

pub fn new_module(name: &str) -> Obj {
    alloc(
        &MODULE_TYPE,
        ModuleData { name: new_str(name), dict: new_dict(), slots: 0, table: None, file: None, initializing: false },
    )
}

/// A module of the program over its compiled slots.
pub fn new_program_module(name: &str, file: &'static str, slots: usize, table: &'static SlotTable) -> Obj {
    let m = alloc(
        &MODULE_TYPE,
        ModuleData {
            name: new_str(name),
            dict: new_dict(),
            slots,
            table: Some(table),
            file: Some(file),
            initializing: true,
        },
    );
    let d = payload::<ModuleData>(m);
    if let Some(i) = namespace_slot(d) {
        // The module is immortal (`import.rs`), and so is its dict from here on.
        let old = write_slot(d, i, d.dict.incref());
        old.xdecref();
    }
    m
}

/// The slot holding the dict of a module with dynamic globals.
fn namespace_slot(d: &ModuleData) -> Option<usize> {
    d.table?.names.iter().position(|(_, k)| *k == b'd')
}

/// `ns[name]` for a dynamic module's global, else the builtin, else `NameError`
/// (`LOAD_GLOBAL`).
pub fn globals_load(ns: Obj, name: Obj) -> PyResult<Obj> {
    if let Some(v) = dict_data(ns).get(name)? {
        return Ok(v.incref());
    }
    match crate::builtins::lookup(str_value(name)) {
        Some(b) => Ok(b.incref()),
        None => Err(name_error(name)),
    }
}

fn name_error(name: Obj) -> crate::errors::Raised {
    crate::errors::raise(&crate::types::exceptions::NAME_ERROR, format!("name '{}' is not defined", str_value(name)))
}

/// `del name` for a dynamic module's global (`DELETE_GLOBAL`).
pub fn globals_delete(ns: Obj, name: Obj) -> PyResult<()> {
    match dict_data(ns).remove(name)? {
        Some(v) => {
            v.decref();
            Ok(())
        }
        None => Err(name_error(name)),
    }
}

fn slot_ptr(d: &ModuleData, i: usize) -> *mut Obj {
    (d.slots as *mut Obj).wrapping_add(i)
}

/// The slot of attribute `name`, and its kind, if the module's code has one for it.
fn slot_of(d: &ModuleData, name: &str) -> Option<(usize, u8)> {
    let t = d.table?;
    let &i = t.index.get(name)?;
    (t.names[i].1 != b'd').then_some((i, t.names[i].1))
}

fn read_slot(d: &ModuleData, i: usize) -> Obj {
    // SAFETY: `slots` is the compiled module's global array, which has an entry for every
    // index of its slot table and lives as long as the program.
    unsafe { *slot_ptr(d, i) }
}

/// Interpreter exit: set each plain global of a compiled module to `None`, in slot order
/// (the order the module first binds them, as its dict's insertion order would be), releasing
/// what it held, so that `__del__` methods, weak reference callbacks and generators' `finally`
/// blocks run as CPython's module teardown (`_PyModule_ClearDict`, the final collection) runs
/// them. Functions bound once by a `def` (`s` slots) stay: compiled code reads them borrowed.
pub fn clear_globals_at_exit(m: Obj) {
    if m.is_small() || !is_module(m) {
        return;
    }
    let d = payload::<ModuleData>(m);
    let Some(table) = d.table else { return };
    for (i, (_, kind)) in table.names.iter().enumerate() {
        if *kind != b'g' || read_slot(d, i).is_null() {
            continue;
        }
        write_slot(d, i, crate::types::none().incref()).xdecref();
    }
}

fn write_slot(d: &ModuleData, i: usize, v: Obj) -> Obj {
    // SAFETY: as in `read_slot`; the runtime is the only writer while it holds the GIL.
    unsafe { std::mem::replace(&mut *slot_ptr(d, i), v) }
}

/// `builtins.name` changed: every imported program module whose code caches that builtin in
/// a `b` slot, and has no attribute of that name of its own, forgets the cached value (a
/// builtin, immortal: not released), so its next read looks the name up again.
pub fn forget_builtin(name: Obj) {
    let mods: Vec<Obj> = dict_data(crate::import::sys_modules()).iter().map(|(_, m)| m).collect();
    for m in mods {
        if !is_module(m) {
            continue;
        }
        let d = payload::<ModuleData>(m);
        if let Some((i, b'b')) = slot_of(d, str_value(name)) {
            if !matches!(dict_data(d.dict).get(name), Ok(Some(_))) {
                write_slot(d, i, Obj::NULL);
            }
        }
    }
}

/// Set `module.name = value` (value borrowed).
pub fn module_set(m: Obj, name: &str, value: Obj) {
    let k = new_str(name);
    // Setting a str-named attribute of a module cannot fail.
    let _ = set_attr(m, k, value);
    k.decref();
}

pub fn is_module(o: Obj) -> bool {
    !o.is_small() && o.is_type(&MODULE_TYPE)
}

/// The module's name (`__name__` as created).
pub fn module_name(m: Obj) -> &'static str {
    str_value(payload::<ModuleData>(m).name)
}

/// The attribute `name` (owned), if the module has it.
pub fn module_lookup(m: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let d = payload::<ModuleData>(m);
    match slot_of(d, str_value(name)) {
        Some((i, k)) if k != b'b' => {
            let v = read_slot(d, i);
            Ok((!v.is_null()).then(|| v.incref()))
        }
        _ => Ok(dict_data(d.dict).get(name)?.map(|v| v.incref())),
    }
}

/// The address of the global slot that holds attribute `name` of the compiled module `m`, if
/// it has one (plain globals and functions, not names its code only reads from builtins):
/// attribute caches read `m.name` from it directly while it is non-null (null: unbound, ask
/// `module_getattro`). The slot array is static data of the program, so the address stays
/// valid for its life.
pub fn global_slot_addr(m: Obj, name: Obj) -> Option<*mut Obj> {
    let d = payload::<ModuleData>(m);
    match slot_of(d, str_value(name)) {
        Some((i, k)) if k != b'b' => Some(slot_ptr(d, i)),
        _ => None,
    }
}

fn module_getattro(m: Obj, name: Obj) -> PyResult<Obj> {
    if let Some(v) = module_lookup(m, name)? {
        return Ok(v);
    }
    let d = payload::<ModuleData>(m);
    let s = str_value(name);
    if s == "__dict__" {
        return module_dict(m);
    }
    // PEP 562: a module-level `__getattr__`.
    if let Some(f) = module_lookup(m, crate::slots::intern("__getattr__"))? {
        let f = crate::object::Owned::new(f).expect("non-null");
        return crate::call::call(f.get(), &[name], Obj::NULL);
    }
    Err(attribute_error(if d.initializing {
        format!(
            "partially initialized module '{}' has no attribute '{s}' (most likely due to a circular import)",
            str_value(d.name)
        )
    } else {
        format!("module '{}' has no attribute '{s}'", str_value(d.name))
    }))
}

fn set_attr(m: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let d = payload::<ModuleData>(m);
    // `PyObject_GenericSetAttr`'s message for deleting a missing attribute.
    let missing_del = || attribute_error(format!("'module' object has no attribute '{}'", str_value(name)));
    match slot_of(d, str_value(name)) {
        Some((i, kind)) if kind != b'b' => {
            if value.is_null() && read_slot(d, i).is_null() {
                return Err(missing_del());
            }
            let new = if value.is_null() { Obj::NULL } else { value.incref() };
            let old = write_slot(d, i, new);
            if !old.is_null() {
                if kind == b's' {
                    // Compiled code may hold a borrowed read of a stable global: leak it.
                    crate::object::make_immortal(old);
                } else {
                    old.decref();
                }
            }
            Ok(())
        }
        slot => {
            let dict = dict_data(d.dict);
            if value.is_null() {
                match dict.remove(name)? {
                    Some(v) => v.decref(),
                    None => return Err(missing_del()),
                }
            } else {
                dict.set(name, value)?;
            }
            if let Some((i, _)) = slot {
                // A builtin the module uses: its code now sees the attribute (or, deleted,
                // looks the builtin up again).
                let new = if value.is_null() { Obj::NULL } else { value.incref() };
                let old = write_slot(d, i, new);
                if !old.is_null() {
                    old.decref();
                }
            }
            if crate::builtins::is_builtins_module(m) {
                crate::builtins::builtin_rebound(name, value);
            }
            Ok(())
        }
    }
}

fn module_setattro(m: Obj, name: Obj, value: Obj) -> PyResult<()> {
    set_attr(m, name, value)
}

/// Every attribute name of the module (for `dir`), unsorted.
pub fn module_names(m: Obj) -> Vec<Obj> {
    let d = payload::<ModuleData>(m);
    let mut out: Vec<Obj> = dict_data(d.dict).iter().map(|(k, _)| k.incref()).collect();
    if let Some(t) = d.table {
        for (i, (n, kind)) in t.names.iter().enumerate() {
            if *kind != b'b' && *kind != b'd' && !read_slot(d, i).is_null() {
                out.push(n.incref());
            }
        }
    }
    out
}

/// `module.__dict__`: the namespace itself for a module with dynamic globals; otherwise a new
/// dict of the module's attributes (a snapshot: writes to it do not reach the module; see
/// `docs/design/modules.md`).
pub fn module_dict(m: Obj) -> PyResult<Obj> {
    let d = payload::<ModuleData>(m);
    if namespace_slot(d).is_some() {
        return Ok(d.dict.incref());
    }
    let r = crate::object::Owned::new(new_dict()).expect("non-null");
    let out = dict_data(r.get());
    for (k, v) in dict_data(d.dict).iter() {
        out.set(k, v)?;
    }
    if let Some(t) = d.table {
        for (i, (n, kind)) in t.names.iter().enumerate() {
            let v = read_slot(d, i);
            if *kind != b'b' && *kind != b'd' && !v.is_null() {
                out.set(*n, v)?;
            }
        }
    }
    Ok(r.get().incref())
}

fn module_repr(m: Obj) -> PyResult<Obj> {
    let d = payload::<ModuleData>(m);
    Ok(new_string(match d.file {
        Some(f) => format!("<module '{}' from '{f}'>", str_value(d.name)),
        None => format!("<module '{}' (built-in)>", str_value(d.name)),
    }))
}

pub static MODULE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("module"),
    tp_getattro: Some(module_getattro),
    tp_setattro: Some(module_setattro),
    tp_repr: Some(module_repr),
    ..TypeObject::DEFAULT
};

//! The import system: `sys.modules`, the program's own modules, and `import` / `from … import`.
//!
//! Input: at start-up, one registration per compiled module of the program
//! (`ophis_register_module`: its name, file, global slots and init function); then the names
//! compiled code imports. Output: module objects, each initialised once, on first import, in
//! CPython's order (`_find_and_load` in `Lib/importlib/_bootstrap.py`): parents first, the
//! module entered in `sys.modules` *before* its body runs (so a circular import sees the
//! partially initialised module), removed again if the body raises, and bound as an attribute
//! of its parent package once loaded.
//!
//! Lookup order for a name: `sys.modules`; then, when its top-level package is one of the
//! program's modules, the program's modules (the compiler decided, as CPython's `sys.path[0]`
//! would, which files those are); otherwise the built-in modules (`stdlib/mod.rs`).
//!
//! Invariants: program modules are immortal (they live in `sys.modules` for the whole run);
//! registrations happen once, before the main module runs, on the main thread.

use crate::errors::{raise, PyResult, Raised};
use crate::object::{make_immortal, payload, Obj};
use crate::types::dict::{dict_data, new_dict};
use crate::types::exceptions as exc;
use crate::types::module::{is_module, module_name, module_set, new_program_module, ModuleData, SlotTable};
use crate::types::str::{new_str, str_value};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// A compiled module of the program, as registered.
struct ProgramDef {
    name: String,
    file: &'static str,
    is_package: bool,
    slots: usize,
    table: &'static SlotTable,
    init: extern "C" fn() -> Obj,
}

static PROGRAM: Mutex<Vec<ProgramDef>> = Mutex::new(Vec::new());
static SYS_MODULES: OnceLock<usize> = OnceLock::new();

/// `sys.modules` (borrowed; immortal).
pub fn sys_modules() -> Obj {
    Obj(*SYS_MODULES.get_or_init(|| make_immortal(new_dict()).0))
}

fn modules_get(name: &str) -> Option<Obj> {
    let k = new_str(name);
    let r = dict_data(sys_modules()).get(k).ok().flatten().map(|m| m.incref());
    k.decref();
    r
}

fn modules_set(name: &str, m: Obj) {
    let k = new_str(name);
    let _ = dict_data(sys_modules()).set(k, m);
    k.decref();
}

fn modules_remove(name: &str) {
    let k = new_str(name);
    if let Ok(Some(v)) = dict_data(sys_modules()).remove(k) {
        v.decref();
    }
    k.decref();
}

/// Register a compiled module (see `ophis_register_module`): `info` is
/// `name\0file\0flags\0` then `<kind><name>\0` per global slot.
pub fn register(info: &'static [u8], slots: usize, init: extern "C" fn() -> Obj) {
    let text = String::from_utf8_lossy(info).into_owned();
    let mut parts = text.split('\0');
    let name = parts.next().unwrap_or_default().to_string();
    let file: &'static str = Box::leak(parts.next().unwrap_or_default().to_string().into_boxed_str());
    let is_package = parts.next().unwrap_or_default().contains('p');
    let mut names = Vec::new();
    let mut index = HashMap::new();
    for entry in parts {
        let mut chars = entry.chars();
        let Some(kind) = chars.next() else { continue };
        let n = chars.as_str();
        index.insert(n.to_string(), names.len());
        names.push((make_immortal(new_str(n)), kind as u8));
    }
    let table: &'static SlotTable = Box::leak(Box::new(SlotTable { names, index }));
    if let Ok(mut p) = PROGRAM.lock() {
        p.push(ProgramDef { name, file, is_package, slots, table, init });
    }
}

/// What is known of program module `name`: (file, is a package, slots, table, init).
type Found = (&'static str, bool, usize, &'static SlotTable, extern "C" fn() -> Obj);

fn find_program(name: &str) -> Option<Found> {
    let p = PROGRAM.lock().ok()?;
    p.iter().find(|d| d.name == name).map(|d| (d.file, d.is_package, d.slots, d.table, d.init))
}

fn is_program(name: &str) -> bool {
    PROGRAM.lock().map(|p| p.iter().any(|d| d.name == name)).unwrap_or(false)
}

/// `import name`: the named module itself (for `import a.b`, the module `a.b`; the compiler
/// binds `a` by importing it separately). A name starting with `.` is a relative import the
/// compiler found has no base (`.`: no parent package; `..`: beyond the top-level package).
pub fn import(name: &str) -> PyResult<Obj> {
    if name.starts_with('.') {
        return Err(raise(
            &exc::IMPORT_ERROR,
            if name == "." {
                "attempted relative import with no known parent package"
            } else {
                "attempted relative import beyond top-level package"
            },
        ));
    }
    if let Some(m) = modules_get(name) {
        return Ok(m);
    }
    let top = name.split('.').next().unwrap_or(name);
    if !is_program(top) {
        let m = crate::stdlib::import(name)?;
        modules_set(name, m);
        return Ok(m);
    }
    let parent = match name.rsplit_once('.') {
        Some((p, child)) => {
            let pm = import(p)?;
            // Importing the parent may have imported this module.
            if let Some(m) = modules_get(name) {
                pm.decref();
                return Ok(m);
            }
            Some((pm, p, child))
        }
        None => None,
    };
    let Some((file, is_package, slots, table, init)) = find_program(name) else {
        let msg = match parent {
            Some((pm, p, _)) => {
                let pkg = find_program(p).is_some_and(|f| f.1);
                pm.decref();
                if pkg {
                    format!("No module named '{name}'")
                } else {
                    format!("No module named '{name}'; '{p}' is not a package")
                }
            }
            None => format!("No module named '{name}'"),
        };
        return Err(raise(&exc::MODULE_NOT_FOUND_ERROR, msg));
    };
    let m = make_immortal(new_program_module(name, file, slots, table));
    let package = if name == "__main__" {
        crate::types::none()
    } else if is_package {
        new_str(name)
    } else {
        new_str(name.rsplit_once('.').map_or("", |(p, _)| p))
    };
    module_set(m, "__name__", payload::<ModuleData>(m).name);
    module_set(m, "__doc__", crate::types::none());
    module_set(m, "__package__", package);
    package.decref();
    module_set(m, "__loader__", crate::types::none());
    module_set(m, "__spec__", crate::types::none());
    let f = new_str(file);
    module_set(m, "__file__", f);
    f.decref();
    if is_package {
        let dir = file.rsplit_once('/').map_or(".", |(d, _)| d);
        let path = crate::types::list::new_list(vec![new_str(dir)]);
        module_set(m, "__path__", path);
        path.decref();
    }
    modules_set(name, m);
    let r = init();
    payload::<ModuleData>(m).initializing = false;
    if r.is_null() {
        modules_remove(name);
        if let Some((pm, _, _)) = parent {
            pm.decref();
        }
        return Err(Raised);
    }
    r.decref();
    if let Some((pm, _, child)) = parent {
        let c = new_str(child);
        let r = crate::attr::setattr(pm, c, m);
        c.decref();
        pm.decref();
        r?;
    }
    Ok(m)
}

/// `from module import name`: the attribute; else, for a package, its submodule `name`
/// (imported now, as `_handle_fromlist` does); else a module of that full name already in
/// `sys.modules` or built in; else CPython's `ImportError` (`import_from` in `Python/ceval.c`).
pub fn import_from(module: Obj, name: Obj) -> PyResult<Obj> {
    match crate::attr::getattr(module, name) {
        Ok(v) => Ok(v),
        Err(e) => {
            if !is_module(module) {
                return Err(e);
            }
            crate::errors::fetch().decref();
            let modname = module_name(module);
            let full = format!("{modname}.{}", str_value(name));
            if find_program(modname).is_some_and(|f| f.1) && find_program(&full).is_some() {
                return import(&full);
            }
            if let Some(m) = modules_get(&full) {
                return Ok(m);
            }
            if let Some(m) = crate::stdlib::import_submodule(&full) {
                return Ok(m);
            }
            let d = payload::<ModuleData>(module);
            let n = str_value(name);
            Err(raise(
                &exc::IMPORT_ERROR,
                match d.file {
                    Some(f) if d.initializing => format!(
                        "cannot import name '{n}' from partially initialized module '{modname}' \
                         (most likely due to a circular import) ({f})"
                    ),
                    Some(f) => format!("cannot import name '{n}' from '{modname}' ({f})"),
                    None => format!("cannot import name '{n}' from '{modname}' (unknown location)"),
                },
            ))
        }
    }
}

/// `from module import *` into the namespace `ns` (`import_all_from` in `Python/ceval.c`):
/// the names in `module.__all__`, else every name of its `__dict__` not starting with `_`.
pub fn import_star(module: Obj, ns: Obj) -> PyResult<()> {
    use crate::object::Owned;
    let (all, skip_private) = match crate::attr::getattr_opt(module, crate::slots::intern("__all__"))? {
        Some(all) => (Owned::new(all).expect("non-null"), false),
        None => {
            let Some(dict) = crate::attr::getattr_opt(module, crate::slots::intern("__dict__"))? else {
                return Err(raise(&exc::IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__"));
            };
            let dict = Owned::new(dict).expect("non-null");
            let keys = crate::ops::collect_iterable(dict.get())?;
            (Owned::new(crate::types::list::new_list(keys)).expect("list"), true)
        }
    };
    let mut i = 0;
    loop {
        let idx = crate::types::int::new_int(i);
        let name = crate::ops::getitem(all.get(), idx);
        idx.decref();
        let name = match name {
            Ok(n) => Owned::new(n).expect("non-null"),
            Err(e) => {
                if crate::errors::current().ty().is_subtype(&exc::INDEX_ERROR) {
                    crate::errors::fetch().decref();
                    return Ok(());
                }
                return Err(e);
            }
        };
        i += 1;
        if !crate::types::str::is_str(name.get()) {
            let modname = Owned::new(crate::attr::getattr(module, crate::slots::intern("__name__"))?).expect("name");
            let where_ = if skip_private { "__dict__" } else { "__all__" };
            return Err(crate::errors::type_error(if crate::types::str::is_str(modname.get()) {
                format!(
                    "{} in {}.{where_} must be str, not {}",
                    if skip_private { "Key" } else { "Item" },
                    str_value(modname.get()),
                    crate::types::type_name(name.get())
                )
            } else {
                format!("module __name__ must be a string, not {}", crate::types::type_name(modname.get()))
            }));
        }
        if skip_private && str_value(name.get()).starts_with('_') {
            continue;
        }
        let value = Owned::new(crate::attr::getattr(module, name.get())?).expect("non-null");
        dict_data(ns).set(name.get(), value.get())?;
    }
}

/// Run the main module (`__main__`): the module, or null with the exception set.
pub fn run_main() -> Obj {
    crate::errors::to_abi(import("__main__"))
}

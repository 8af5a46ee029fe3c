//! Multi-file programs: the program's own modules, found from the main file's imports.
//!
//! Input: the main file (already read) and the search root (its folder, CPython's
//! `sys.path[0]`). Output: every module of the program, the main file first, each parsed, with
//! the name the runtime registers it under (`__main__` for the main file, `pkg.sub` for
//! `pkg/sub.py`), its path, whether it is a package (`__init__.py`) and its `__package__`.
//!
//! Every `import`/`from … import` statement of every module, wherever it sits (inside
//! functions, `try`, `if`), names candidate modules: `import a.b` names `a` and `a.b`;
//! `from a.b import c` names `a`, `a.b` and `a.b.c` (a submodule `c` if there is one); relative
//! imports are resolved against the importing module's package first. A candidate that is a
//! file under the root (`a/__init__.py` before `a.py`, as CPython's `FileFinder` orders them)
//! joins the program and is scanned in turn. Names of modules CPython has built in
//! (`sys.builtin_module_names`: `sys`, `time`, …) are never looked up on disk, as CPython finds
//! those before `sys.path`. A candidate not found on disk that is one of the standard library's
//! Python modules (`pylib.rs`) joins the program the same way. A candidate that is not found
//! is left to run time, where importing it raises `ModuleNotFoundError` (or imports a
//! built-in module).
//!
//! Invariants: each module appears once, by name (the main file may appear a second time as
//! `main` when another module imports it: CPython runs it again under that name); the main
//! file is `modules[0]`.

use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::diagnostics::{CompileResult, SourceFile};
use crate::modules::ImportContext;
use crate::parse;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One module of the program.
pub struct ProgramModule {
    /// The name it is imported by (`__main__` for the main file).
    pub name: String,
    pub src: SourceFile,
    pub ast: Vec<Stmt>,
    /// An `__init__.py`.
    pub is_package: bool,
    /// How its imports resolve (its package, and the program's module names).
    pub imports: ImportContext,
}

/// The whole program: `modules[0]` is the main file.
pub struct Program {
    pub modules: Vec<ProgramModule>,
}

/// Modules CPython 3.12 has built in (`sys.builtin_module_names`): found before `sys.path`,
/// so a file of the same name beside the program is never imported.
const CPYTHON_BUILTIN_MODULES: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_locale",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_symtable",
    "_thread",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
];

/// The folder a main file's imports are searched in: its own (`.` for a bare file name).
pub fn default_root(main: &Path) -> PathBuf {
    match main.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Find, read and parse every module of the program whose main file is `main`.
pub fn discover(main: &SourceFile, root: &Path) -> CompileResult<Program> {
    let ast = parse::parse_module(main)?;
    // Paths of imported modules are absolute, as CPython's `sys.path[0]` is.
    let abs_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut found: Vec<(String, SourceFile, Vec<Stmt>, bool)> =
        vec![("__main__".into(), SourceFile::new(main.path.clone(), main.text.clone()), ast, false)];
    let mut seen: HashSet<String> = HashSet::new();
    let mut next = 0;
    while next < found.len() {
        let package = package_of(&found[next].0, found[next].3);
        let mut wanted = Vec::new();
        candidates(&found[next].2, package.as_deref(), &mut wanted);
        next += 1;
        for name in wanted {
            if !seen.insert(name.clone()) {
                continue;
            }
            let (src, is_package) = if let Some((path, is_package)) = find_file(&abs_root, &name) {
                (crate::driver::read_source(&path)?, is_package)
            } else if let Some(m) = crate::pylib::find(&name) {
                (SourceFile::new(crate::pylib::display_path(m), m.source.to_string()), m.is_package)
            } else {
                continue;
            };
            let ast = parse::parse_module(&src)?;
            found.push((name, src, ast, is_package));
        }
    }
    let names: Arc<HashSet<String>> = Arc::new(found.iter().skip(1).map(|m| m.0.clone()).collect());
    // The standard library's Python modules rebind no other module's globals, so only the
    // program's own files count here (a `setattr` in `functools` must not make every `def`
    // of the program an indirect call).
    let own_files = || found.iter().filter(|m| !crate::pylib::is_pylib_path(&m.1.path));
    let mut rebound = HashSet::new();
    for m in own_files() {
        attribute_targets(&m.2, &mut rebound);
    }
    let rebound = Arc::new(rebound);
    // `setattr` with any name: conservatively, any global may be rebound.
    let rebinds_any = own_files().any(|m| m.1.text.contains("setattr"));
    let modules = found
        .into_iter()
        .map(|(name, src, ast, is_package)| {
            let imports = ImportContext {
                package: package_of(&name, is_package),
                program: names.clone(),
                rebound: rebound.clone(),
                rebinds_any,
            };
            ProgramModule { name, src, ast, is_package, imports }
        })
        .collect();
    Ok(Program { modules })
}

/// A module's `__package__`: itself for a package, its parent for a submodule, `""` for a
/// top-level module, and none for the main file (relative imports fail in both of the last).
pub fn package_of(name: &str, is_package: bool) -> Option<String> {
    if name == "__main__" {
        None
    } else if is_package {
        Some(name.to_string())
    } else {
        Some(name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()))
    }
}

/// The modules the imports in `body` may name (see the module documentation).
fn candidates(body: &[Stmt], package: Option<&str>, out: &mut Vec<String>) {
    let prefixes = |name: &str, out: &mut Vec<String>| {
        let mut end = 0;
        for part in name.split('.') {
            end += part.len();
            out.push(name[..end].to_string());
            end += 1;
        }
    };
    for s in body {
        match &s.kind {
            StmtKind::Import(names) => {
                for (n, _) in names {
                    prefixes(n, out);
                }
            }
            StmtKind::ImportFrom { module, level, names } => {
                let base = if *level == 0 {
                    module.clone().unwrap_or_default()
                } else {
                    match crate::modules::resolve_relative(package, module.as_deref(), *level) {
                        Ok(b) => b,
                        Err(_) => continue,
                    }
                };
                if base.is_empty() || base == "__future__" {
                    continue;
                }
                prefixes(&base, out);
                for (n, _) in names {
                    if n != "*" {
                        out.push(format!("{base}.{n}"));
                    }
                }
            }
            StmtKind::FunctionDef(f) => candidates(&f.body, package, out),
            StmtKind::ClassDef(c) => candidates(&c.body, package, out),
            StmtKind::With { body, .. } => candidates(body, package, out),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                candidates(body, package, out);
                candidates(orelse, package, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                candidates(body, package, out);
                for h in handlers {
                    candidates(&h.body, package, out);
                }
                candidates(orelse, package, out);
                candidates(finalbody, package, out);
            }
            _ => {}
        }
    }
}

/// Every attribute name assigned or deleted in `body` (`x.name = …`, `x.name += …`,
/// `del x.name`, and as `for`/`with` targets), at any depth.
fn attribute_targets(body: &[Stmt], out: &mut HashSet<String>) {
    fn target(e: &Expr, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::Attribute { attr, .. } => {
                out.insert(attr.clone());
            }
            ExprKind::Starred(inner) => target(inner, out),
            ExprKind::List(items) | ExprKind::Tuple(items) => items.iter().for_each(|i| target(i, out)),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } | StmtKind::Delete(targets) => targets.iter().for_each(|t| target(t, out)),
            StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => target(t, out),
            StmtKind::FunctionDef(f) => attribute_targets(&f.body, out),
            StmtKind::ClassDef(c) => attribute_targets(&c.body, out),
            StmtKind::With { items, body, .. } => {
                items.iter().filter_map(|(_, t)| t.as_ref()).for_each(|t| target(t, out));
                attribute_targets(body, out);
            }
            StmtKind::For { target: t, body, orelse, .. } => {
                target(t, out);
                attribute_targets(body, out);
                attribute_targets(orelse, out);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                attribute_targets(body, out);
                attribute_targets(orelse, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                attribute_targets(body, out);
                for h in handlers {
                    attribute_targets(&h.body, out);
                }
                attribute_targets(orelse, out);
                attribute_targets(finalbody, out);
            }
            _ => {}
        }
    }
}

/// The file of module `name` under `root`: a package's `__init__.py` (before a `.py` file of
/// the same name), or `name.py`; each parent must be a package.
fn find_file(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
    let parts: Vec<&str> = name.split('.').collect();
    if CPYTHON_BUILTIN_MODULES.contains(&parts[0]) || !parts.iter().all(|p| is_identifier(p)) {
        return None;
    }
    let mut dir = root.to_path_buf();
    for (i, p) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let init = dir.join(p).join("__init__.py");
        if init.is_file() {
            if last {
                return Some((init, true));
            }
            dir = dir.join(p);
            continue;
        }
        let file = dir.join(format!("{p}.py"));
        return (last && file.is_file()).then_some((file, false));
    }
    None
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A content hash of every file of the program (for `ophis run`'s cache key).
pub fn fingerprint(program: &Program) -> Vec<(String, String)> {
    let mut files: HashMap<String, String> = HashMap::new();
    for m in &program.modules {
        files.insert(m.src.path.clone(), m.src.text.clone());
    }
    let mut v: Vec<_> = files.into_iter().collect();
    v.sort();
    v
}

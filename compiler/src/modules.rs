//! Which modules an `import` may name, decided at compile time.
//!
//! Input: the importing file's path and a module name from an `import`/`from … import`.
//! Output: `Ok(())` when the import is compiled (to a run-time import), or a diagnostic.
//!
//! The rules (see `docs/design/modules.md`):
//! - a module the runtime provides ([`BUILTIN_MODULES`], the same list as the runtime's
//!   registry in `runtime/src/stdlib/mod.rs`) is imported at run time;
//! - a module of CPython's standard library that ophis does not provide is a compile error:
//!   CPython would import it, so running on would be a silently different program;
//! - a `.py` file or package folder beside the program is the program's own module
//!   (`program.rs` finds them), compiled into the same executable;
//! - any other name is imported at run time, where it raises `ModuleNotFoundError` as under
//!   CPython (programs test for optional modules with `try: import x except ImportError:`).
//!
//! Invariant: names are checked by their first dotted component, as CPython imports the
//! top-level package first.

use crate::ast::Loc;
use crate::diagnostics::{CompileResult, Diagnostic, Kind};
use std::collections::HashSet;
use std::sync::Arc;

/// Modules the runtime provides; `compiler/tests/modules.rs` checks this against the runtime
/// registry.
pub const BUILTIN_MODULES: &[&str] = &[
    "sys",
    "math",
    "time",
    "random",
    "os",
    "os.path",
    "abc",
    "dataclasses",
    "_functools",
    "_collections",
    "_itertools",
    "weakref",
    "builtins",
    "_asyncio",
];

/// `from __future__ import` features CPython 3.12 accepts (`Lib/__future__.py`); all of them
/// are either mandatory in 3.12 or (`annotations`) change nothing ophis observes.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What the imports of one module resolve against: its package (`__package__`; none for the
/// main file) and the names of the program's own modules (`program.rs`).
#[derive(Clone, Debug, Default)]
pub struct ImportContext {
    pub package: Option<String>,
    pub program: Arc<HashSet<String>>,
    /// Attribute names the program assigns or deletes on some object (`x.f = …`, `del x.f`,
    /// `setattr(x, …)`: then `rebinds_any`): a module-level `def` of such a name may be replaced
    /// from another module, so it is neither a direct-call target nor a stable global.
    pub rebound: Arc<HashSet<String>>,
    pub rebinds_any: bool,
}

impl ImportContext {
    /// May another module rebind the global `name` through the module object?
    pub fn may_rebind(&self, name: &str) -> bool {
        self.rebinds_any || self.rebound.contains(name)
    }
}

/// The absolute name of `from <dots><module> import …` in `package` (`_resolve_name` in
/// `Lib/importlib/_bootstrap.py`), or CPython's `ImportError` message when there is none.
pub fn resolve_relative(package: Option<&str>, module: Option<&str>, level: u32) -> Result<String, &'static str> {
    let package = package.filter(|p| !p.is_empty()).ok_or("attempted relative import with no known parent package")?;
    let bits: Vec<&str> = package.rsplitn(level as usize, '.').collect();
    if bits.len() < level as usize {
        return Err("attempted relative import beyond top-level package");
    }
    let base = bits[bits.len() - 1];
    Ok(match module {
        Some(m) => format!("{base}.{m}"),
        None => base.to_string(),
    })
}

/// Check that `import name` can be compiled (see the module documentation).
pub fn check_import(ctx: &ImportContext, file: &str, loc: Loc, name: &str) -> CompileResult<()> {
    let top = name.split('.').next().unwrap_or(name);
    if BUILTIN_MODULES.contains(&top) || ctx.program.contains(top) {
        return Ok(());
    }
    if STDLIB_MODULE_NAMES.binary_search(&top).is_ok() {
        let mut d = Diagnostic::unsupported(file, loc, &format!("the standard library module '{top}'"));
        d.message.push_str(&format!("\nnote: the modules ophis provides are: {}", provided_modules().join(", ")));
        return Err(d);
    }
    Ok(())
}

/// The standard-library modules a program can import, for messages: the runtime's built-in
/// modules and the Python ones (`pylib.rs`), without the private `_name` helpers, sorted.
pub fn provided_modules() -> Vec<&'static str> {
    let mut v: Vec<&str> =
        BUILTIN_MODULES.iter().copied().chain(crate::pylib::MODULES.iter().map(|m| m.name)).collect();
    v.retain(|n| !n.starts_with('_') && !n.contains('.'));
    v.sort_unstable();
    v.dedup();
    v
}

/// Check the names of `from __future__ import …` as CPython's compiler does.
pub fn check_future(file: &str, loc: Loc, names: &[(String, Option<String>)]) -> CompileResult<()> {
    for (n, _) in names {
        if n == "braces" {
            return Err(Diagnostic::at(Kind::SyntaxError, file, loc, "not a chance"));
        }
        if !FUTURE_FEATURES.contains(&n.as_str()) {
            return Err(Diagnostic::at(Kind::SyntaxError, file, loc, format!("future feature {n} is not defined")));
        }
    }
    Ok(())
}

/// CPython 3.12's `sys.stdlib_module_names`, sorted.
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdlib_names_are_sorted() {
        assert!(STDLIB_MODULE_NAMES.windows(2).all(|w| w[0] < w[1]));
    }
}

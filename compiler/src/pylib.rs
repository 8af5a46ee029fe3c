//! The standard library's Python half: modules written in Python that ophis compiles into a
//! program that imports them, as it compiles the program's own modules.
//!
//! Input: a module name from `program.rs`'s import scan. Output: the module's embedded source
//! (from `runtime/pylib/`), the path its tracebacks name, and whether it is a package.
//!
//! The design brief allows the standard-library subset the handbook uses to "be written in
//! Python and compiled by ophis itself, with hot types in Rust": modules here are plain Python
//! 3.12 that ophis compiles (so they use only what ophis supports), and they reach Rust through
//! built-in modules (`runtime/src/stdlib/`), conventionally named with a leading underscore as
//! CPython's accelerator modules are (`_functools` under `functools`).
//!
//! Invariants: [`MODULES`] lists every file under `runtime/pylib/` once (checked by a test
//! below); a package's `__init__.py` is listed under the package's name. A program file of the
//! same name as a module here shadows it, as `sys.path[0]` comes before the standard library
//! in CPython, except for the names CPython builds in (`program.rs`).

/// One embedded standard-library module.
pub struct PyLibModule {
    /// The dotted name it is imported by.
    pub name: &'static str,
    /// Its path relative to `runtime/pylib/`.
    pub file: &'static str,
    pub is_package: bool,
    pub source: &'static str,
}

macro_rules! pylib {
    ($($name:literal => $file:literal $(, $package:ident)?;)*) => {
        /// Every module of `runtime/pylib/`.
        pub const MODULES: &[PyLibModule] = &[$(PyLibModule {
            name: $name,
            file: $file,
            is_package: pylib!(@package $($package)?),
            source: include_str!(concat!("../../runtime/pylib/", $file)),
        }),*];
    };
    (@package package) => { true };
    (@package) => { false };
}

pylib! {
    "asyncio" => "asyncio/__init__.py", package;
    "asyncio.coroutines" => "asyncio/coroutines.py";
    "asyncio.events" => "asyncio/events.py";
    "asyncio.exceptions" => "asyncio/exceptions.py";
    "asyncio.futures" => "asyncio/futures.py";
    "asyncio.locks" => "asyncio/locks.py";
    "asyncio.queues" => "asyncio/queues.py";
    "asyncio.runners" => "asyncio/runners.py";
    "asyncio.taskgroups" => "asyncio/taskgroups.py";
    "asyncio.tasks" => "asyncio/tasks.py";
    "asyncio.timeouts" => "asyncio/timeouts.py";
    "bisect" => "bisect.py";
    "functools" => "functools.py";
    "heapq" => "heapq.py";
    "itertools" => "itertools.py";
    "operator" => "operator.py";
    "contextlib" => "contextlib.py";
    "copy" => "copy.py";
    "collections" => "collections/__init__.py", package;
    "collections.abc" => "collections/abc.py";
    "inspect" => "inspect.py";
    "typing" => "typing.py";
}

/// The virtual root of [`display_path`].
const ROOT: &str = "<ophis>/lib/";

/// The path a module's tracebacks and `__file__` show: under a virtual `<ophis>` root, so that
/// no one mistakes it for a file on disk.
pub fn display_path(m: &PyLibModule) -> String {
    format!("{ROOT}{}", m.file)
}

/// Is `path` one of [`display_path`]'s?
pub fn is_pylib_path(path: &str) -> bool {
    path.starts_with(ROOT)
}

/// The embedded module called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static PyLibModule> {
    MODULES.iter().find(|m| m.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn every_file_is_listed_once() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/pylib");
        let mut on_disk = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    on_disk.push(p.strip_prefix(&root).unwrap().to_string_lossy().into_owned());
                }
            }
        }
        on_disk.sort();
        let mut listed: Vec<String> = MODULES.iter().map(|m| m.file.to_string()).collect();
        listed.sort();
        assert_eq!(on_disk, listed, "runtime/pylib/ and pylib::MODULES differ");
        for m in MODULES {
            let expected = if m.is_package {
                format!("{}/__init__.py", m.name.replace('.', "/"))
            } else {
                format!("{}.py", m.name.replace('.', "/"))
            };
            assert_eq!(m.file, expected, "module {} is listed with the wrong file", m.name);
        }
    }
}

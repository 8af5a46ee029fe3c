//! `os` and `os.path` basics, after CPython 3.12's `Lib/os.py`, `Lib/posixpath.py`,
//! `Lib/genericpath.py` and `Modules/posixmodule.c`.
//!
//! Input: str paths and names. Output: strs, bools, lists; failures raise the `OSError`
//! subclass CPython raises for the errno (`FileNotFoundError: [Errno 2] No such file or
//! directory: 'x'`).
//!
//! Invariants and limits: paths are `str` only (no bytes, no `os.PathLike` objects yet);
//! names that are not valid UTF-8 are decoded lossily (CPython uses surrogate escapes);
//! `os.environ` is a `dict` snapshot of the environment taken at import, which `os.getenv`
//! reads, so assignments to it are seen by `getenv` but not by child processes.

use super::{functions, path_arg, py_args, set_owned};
use crate::call::Args;
use crate::errors::{set_exception, type_error, PyResult, Raised};
use crate::object::Obj;
use crate::types::dict::{dict_data, new_dict};
use crate::types::exceptions as exc;
use crate::types::int::{new_bool, new_int};
use crate::types::list::new_list;
use crate::types::module::new_module;
use crate::types::none;
use crate::types::str::{is_str, new_str, new_string, str_value};
use crate::types::tuple::new_tuple;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `os.environ` (immortal once created).
static ENVIRON: AtomicUsize = AtomicUsize::new(0);

fn environ() -> Obj {
    let cur = ENVIRON.load(Ordering::Relaxed);
    if cur != 0 {
        return Obj(cur);
    }
    let d = crate::object::make_immortal(new_dict());
    for (k, v) in std::env::vars_os() {
        let (k, v) = (new_string(k.to_string_lossy().into_owned()), new_string(v.to_string_lossy().into_owned()));
        let _ = dict_data(d).set(k, v);
        k.decref();
        v.decref();
    }
    ENVIRON.store(d.0, Ordering::Relaxed);
    d
}

/// The `OSError` subclass for `err`, with `[Errno N] message: 'filename'`.
pub fn os_error(err: &std::io::Error, filename: Option<&str>) -> Raised {
    let code = err.raw_os_error().unwrap_or(0);
    let ty: &'static crate::typeobj::TypeObject = match code {
        2 => &exc::FILE_NOT_FOUND_ERROR,
        17 => &exc::FILE_EXISTS_ERROR,
        1 | 13 => &exc::PERMISSION_ERROR,
        20 => &exc::NOT_A_DIRECTORY_ERROR,
        21 => &exc::IS_A_DIRECTORY_ERROR,
        _ => &exc::OS_ERROR,
    };
    let text = err.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![new_int(i64::from(code)), new_string(strerror)];
    if let Some(f) = filename {
        args.push(new_str(f));
    }
    set_exception(exc::new_exception(ty, new_tuple(args)))
}

fn o_getcwd(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("getcwd", args, kwnames, &[], 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(&e, None)),
    }
}

/// `chdir(path)`: change the process's working directory.
fn o_chdir(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("chdir", args, kwnames, &["path"], 1)?;
    let path = path_arg(a.req(0))?;
    std::env::set_current_dir(path).map_err(|e| os_error(&e, Some(path)))?;
    Ok(none())
}

fn o_getpid(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("getpid", args, kwnames, &[], 0)?;
    Ok(new_int(i64::from(std::process::id())))
}

/// `getenv(key, default=None)`: `environ.get(key, default)`.
fn o_getenv(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("getenv", args, kwnames, &["key", "default"], 1, 2, false)?;
    let key = v[0].expect("required");
    if !is_str(key) {
        return Err(type_error(format!("str expected, not {}", crate::types::type_name(key))));
    }
    match dict_data(environ()).get(key)? {
        Some(x) => Ok(x.incref()),
        None => Ok(v[1].unwrap_or_else(none).incref()),
    }
}

fn o_listdir(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("listdir", args, kwnames, &["path"], 0)?;
    let path = match a.get(0) {
        None => ".",
        Some(p) if p == none() => ".",
        Some(p) => path_arg(p)?,
    };
    let entries = std::fs::read_dir(path).map_err(|e| os_error(&e, Some(path)))?;
    let mut names = Vec::new();
    for e in entries {
        match e {
            Ok(e) => names.push(new_string(e.file_name().to_string_lossy().into_owned())),
            Err(err) => {
                names.into_iter().for_each(Obj::decref);
                return Err(os_error(&err, Some(path)));
            }
        }
    }
    Ok(new_list(names))
}

fn o_remove(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("remove", args, kwnames, &["path"], 1)?;
    let path = path_arg(a.req(0))?;
    std::fs::remove_file(path).map_err(|e| os_error(&e, Some(path)))?;
    Ok(none())
}

fn o_unlink(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("unlink", args, kwnames, &["path"], 1)?;
    let path = path_arg(a.req(0))?;
    std::fs::remove_file(path).map_err(|e| os_error(&e, Some(path)))?;
    Ok(none())
}

fn o_rmdir(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("rmdir", args, kwnames, &["path"], 1)?;
    let path = path_arg(a.req(0))?;
    std::fs::remove_dir(path).map_err(|e| os_error(&e, Some(path)))?;
    Ok(none())
}

fn o_mkdir(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("mkdir", args, kwnames, &["path", "mode"], 1)?;
    let path = path_arg(a.req(0))?;
    std::fs::create_dir(path).map_err(|e| os_error(&e, Some(path)))?;
    Ok(none())
}

fn o_rename(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("rename", args, kwnames, &["src", "dst"], 2)?;
    let (src, dst) = (path_arg(a.req(0))?, path_arg(a.req(1))?);
    std::fs::rename(src, dst).map_err(|e| os_error(&e, Some(src)))?;
    Ok(none())
}

/// `makedirs(name, mode=0o777, exist_ok=False)`.
fn o_makedirs(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("makedirs", args, kwnames, &["name", "mode", "exist_ok"], 1, 3, false)?;
    let path = path_arg(v[0].expect("required"))?;
    let exist_ok = match v[2] {
        Some(x) => crate::ops::is_true(x)?,
        None => false,
    };
    let p = std::path::Path::new(path);
    if p.exists() {
        if exist_ok && p.is_dir() {
            return Ok(none());
        }
        let err = std::io::Error::from_raw_os_error(17);
        return Err(os_error(&err, Some(path)));
    }
    std::fs::create_dir_all(p).map_err(|e| os_error(&e, Some(path)))?;
    Ok(none())
}

// ---- os.path -------------------------------------------------------------------------------

/// `join(a, *p)`.
fn p_join(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    if crate::call::kwnames_len(kwnames) > 0 {
        let name = str_value(crate::types::tuple::tuple_items(kwnames)[0]);
        return Err(type_error(format!("join() got an unexpected keyword argument '{name}'")));
    }
    let Some((&first, rest)) = args.split_first() else {
        return Err(type_error("join() missing 1 required positional argument: 'a'"));
    };
    let mut path = path_arg(first)?.to_string();
    for &b in rest {
        if !is_str(b) {
            return Err(type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                crate::types::type_name(b)
            )));
        }
        let b = str_value(b);
        if b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    Ok(new_string(path))
}

fn one_path(name: &str, args: &[Obj], kwnames: Obj) -> PyResult<&'static str> {
    let v = py_args(name, args, kwnames, &["p"], 1, 1, false)?;
    path_arg(v[0].expect("required"))
}

/// The head of `split(p)`: everything up to the last slash, trailing slashes removed unless
/// it is all slashes.
fn head_of(p: &str) -> &str {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let head = &p[..i];
    if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    }
}

fn tail_of(p: &str) -> &str {
    &p[p.rfind('/').map_or(0, |i| i + 1)..]
}

fn p_basename(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Ok(new_str(tail_of(one_path("basename", args, kwnames)?)))
}

fn p_dirname(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Ok(new_str(head_of(one_path("dirname", args, kwnames)?)))
}

fn p_split(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let p = one_path("split", args, kwnames)?;
    Ok(new_tuple(vec![new_str(head_of(p)), new_str(tail_of(p))]))
}

fn p_splitext(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let p = one_path("splitext", args, kwnames)?;
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let dot = p.rfind('.').map_or(-1, |i| i as i64);
    if dot > sep {
        // Leading dots of the file name do not start an extension.
        let start = (sep + 1) as usize;
        if p[start..dot as usize].chars().any(|c| c != '.') {
            let d = dot as usize;
            return Ok(new_tuple(vec![new_str(&p[..d]), new_str(&p[d..])]));
        }
    }
    Ok(new_tuple(vec![new_str(p), new_str("")]))
}

fn p_isabs(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Ok(new_bool(one_path("isabs", args, kwnames)?.starts_with('/')))
}

fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial =
        if path.starts_with("//") && !path.starts_with("///") { 2 } else { usize::from(path.starts_with('/')) };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn p_normpath(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let p = one_path("normpath", args, kwnames)?;
    Ok(new_string(normpath(p)))
}

fn p_abspath(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let p = one_path("abspath", args, kwnames)?;
    if p.starts_with('/') {
        return Ok(new_string(normpath(p)));
    }
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    let cwd = cwd.to_string_lossy();
    let joined = if p.is_empty() { cwd.to_string() } else { format!("{}/{p}", cwd.trim_end_matches('/')) };
    Ok(new_string(normpath(&joined)))
}

/// `exists`/`isfile`/`isdir`: false for anything `stat` rejects (and for non-path types
/// other than file descriptors, which `exists` accepts).
fn stat_test(name: &str, args: &[Obj], kwnames: Obj, test: fn(&std::fs::Metadata) -> bool) -> PyResult<Obj> {
    let params: &[&str] = if name == "exists" { &["path"] } else { &[if name == "isdir" { "s" } else { "path" }] };
    let v = py_args(name, args, kwnames, params, 1, 1, false)?;
    let p = v[0].expect("required");
    let path = if let Some(fd) = crate::types::int::int_to_i64(p) {
        format!("/proc/self/fd/{fd}")
    } else {
        path_arg(p)?.to_string()
    };
    if path.contains('\0') {
        return Ok(new_bool(false));
    }
    Ok(new_bool(std::fs::metadata(&path).map(|m| test(&m)).unwrap_or(false)))
}

fn p_exists(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    stat_test("exists", args, kwnames, |_| true)
}

fn p_isfile(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    stat_test("isfile", args, kwnames, |m| m.is_file())
}

fn p_isdir(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    stat_test("isdir", args, kwnames, |m| m.is_dir())
}

fn p_getsize(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("getsize", args, kwnames, &["filename"], 1, 1, false)?;
    let path = path_arg(v[0].expect("required"))?;
    let m = std::fs::metadata(path).map_err(|e| os_error(&e, Some(path)))?;
    Ok(new_int(m.len() as i64))
}

/// `os.path` (CPython's `posixpath`).
pub fn init_path() -> Obj {
    let m = new_module("posixpath");
    for (name, value) in [("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":")] {
        set_owned(m, name, new_str(value));
    }
    functions!(m,
        "join" => p_join, "basename" => p_basename, "dirname" => p_dirname, "split" => p_split,
        "splitext" => p_splitext, "isabs" => p_isabs, "normpath" => p_normpath,
        "abspath" => p_abspath, "exists" => p_exists, "isfile" => p_isfile, "isdir" => p_isdir,
        "getsize" => p_getsize,
    );
    m
}

pub fn init() -> Obj {
    let m = new_module("os");
    for (name, value) in [
        ("name", "posix"),
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("linesep", "\n"),
        ("pathsep", ":"),
    ] {
        set_owned(m, name, new_str(value));
    }
    crate::types::module::module_set(m, "environ", environ());
    // `os.path` is an attribute of `os` as soon as `os` is imported.
    set_owned(m, "path", super::load_named("os.path"));
    functions!(m,
        "getcwd" => o_getcwd, "chdir" => o_chdir, "getpid" => o_getpid, "getenv" => o_getenv, "listdir" => o_listdir,
        "remove" => o_remove, "unlink" => o_unlink, "rmdir" => o_rmdir, "mkdir" => o_mkdir,
        "rename" => o_rename, "makedirs" => o_makedirs,
    );
    m
}

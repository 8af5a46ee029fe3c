//! File objects and `open()` (`Modules/_io`, as far as scripts use it), and `input()`.
//!
//! `open(path, mode='r', encoding=None)` returns a text file (`_io.TextIOWrapper`: str in
//! and out, UTF-8, universal newlines on reading) or, with `b` in the mode, a binary file
//! (`_io.BufferedReader`/`_io.BufferedWriter`: bytes). Reading loads the file on first use
//! and serves `read`, `readline`, `readlines` and line iteration from that buffer; writing
//! goes through a buffered writer flushed on `flush`/`close`. Files are context managers
//! and close themselves when freed. Errors are CPython's: `OSError` subclasses with errno
//! and filename from `open`, `ValueError: I/O operation on closed file.`,
//! `io.UnsupportedOperation` (a `ValueError`/`OSError` in CPython; here `OSError` named
//! `UnsupportedOperation` is approximated by its message: `not readable`/`not writable`).

use crate::call::Args;
use crate::errors::{type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, payload, Obj};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::bytes::{buffer, new_bytes};
use crate::types::int::new_int;
use crate::types::str::{is_str, new_str, new_string, str_value};
use crate::types::{none, type_name};
use std::io::Write;

pub struct FileData {
    name: Obj,
    mode: String,
    binary: bool,
    readable: bool,
    path: String,
    /// Loaded on first read: the contents and the read position.
    data: Option<(Vec<u8>, usize)>,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    closed: bool,
}

fn file(o: Obj) -> &'static mut FileData {
    payload::<FileData>(o)
}

fn check_open(f: &FileData) -> PyResult<()> {
    if f.closed {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn os_error(e: &std::io::Error, path: &str) -> crate::errors::Raised {
    crate::stdlib::os::os_error(e, Some(path))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn builtin_open(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("open", args, kwnames, &["file", "mode", "buffering", "encoding", "errors", "newline"], 1)?;
    let path_o = a.req(0);
    if !is_str(path_o) {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(path_o))));
    }
    let mode = match a.get(1) {
        None => "r".to_string(),
        Some(m) if is_str(m) => str_value(m).to_string(),
        Some(m) => return Err(type_error(format!("open() argument 'mode' must be str, not {}", type_name(m)))),
    };
    // `_io.open`'s checks, in its order and with its messages.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    if mode.contains('b') && mode.contains('t') {
        return Err(value_error("can't have text and binary mode at once"));
    }
    match mode.chars().filter(|c| "rwxa".contains(*c)).count() {
        1 => {}
        0 if mode.is_empty() => {
            return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"))
        }
        _ => return Err(value_error("must have exactly one of create/read/write/append mode")),
    }
    let binary = mode.contains('b');
    if binary {
        if let Some(enc) = a.get(3) {
            if enc != none() {
                return Err(value_error("binary mode doesn't take an encoding argument"));
            }
        }
    }
    if let Some(enc) = a.get(3).filter(|e| *e != none()) {
        let e = str_value(enc).to_ascii_lowercase().replace('_', "-");
        if !matches!(e.as_str(), "utf-8" | "utf8") {
            return Err(crate::errors::raise(
                &crate::types::exceptions::LOOKUP_ERROR,
                format!("ophis opens text files as UTF-8 only, not '{}'", str_value(enc)),
            ));
        }
    }
    let path = str_value(path_o).to_string();
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let first = mode.chars().find(|c| "rwxa".contains(*c)).expect("checked");
    match first {
        'r' => opts.read(true).write(plus),
        'w' => opts.write(true).create(true).truncate(true).read(plus),
        'x' => opts.write(true).create_new(true).read(plus),
        _ => opts.append(true).create(true).read(plus),
    };
    let f = opts.open(&path).map_err(|e| os_error(&e, &path))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error(&std::io::Error::from_raw_os_error(21), &path));
    }
    let (readable, writable) = (first == 'r' || plus, first != 'r' || plus);
    // A writable file has a writer; `write` on one without reports "not writable".
    let writer = writable.then(|| std::io::BufWriter::new(f));
    Ok(alloc(
        &FILE_TYPE,
        FileData { name: path_o.incref(), mode, binary, readable, path, data: None, writer, closed: false },
    ))
}

/// The loaded contents (reading the file on first use).
fn loaded(f: &mut FileData) -> PyResult<&mut (Vec<u8>, usize)> {
    check_open(f)?;
    if !f.readable {
        return Err(crate::errors::raise(&crate::types::exceptions::OS_ERROR, "not readable"));
    }
    if f.data.is_none() {
        let mut bytes = std::fs::read(&f.path).map_err(|e| os_error(&e, &f.path))?;
        if !f.binary {
            // Universal newlines: `\r\n` and `\r` read as `\n`.
            let mut out = Vec::with_capacity(bytes.len());
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'\r' {
                    out.push(b'\n');
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                } else {
                    out.push(bytes[i]);
                }
                i += 1;
            }
            bytes = out;
            if std::str::from_utf8(&bytes).is_err() {
                return Err(crate::errors::raise(
                    &crate::types::exceptions::VALUE_ERROR,
                    format!("'utf-8' codec can't decode the contents of '{}'", f.path),
                ));
            }
        }
        f.data = Some((bytes, 0));
    }
    Ok(f.data.as_mut().expect("loaded"))
}

fn make(f: &FileData, b: &[u8]) -> Obj {
    if f.binary {
        new_bytes(b.to_vec())
    } else {
        new_string(String::from_utf8_lossy(b).into_owned())
    }
}

/// Up to `n` characters (text) or bytes (binary) from `pos`; the byte length taken.
fn take(f: &FileData, data: &[u8], pos: usize, n: Option<usize>) -> usize {
    let rest = &data[pos..];
    match n {
        None => rest.len(),
        Some(n) if f.binary => n.min(rest.len()),
        Some(n) => {
            let s = std::str::from_utf8(rest).unwrap_or("");
            s.char_indices().nth(n).map_or(rest.len(), |(i, _)| i)
        }
    }
}

fn size_arg(a: &Args, i: usize) -> PyResult<Option<usize>> {
    match a.get(i) {
        None => Ok(None),
        Some(x) if x == none() => Ok(None),
        Some(x) => {
            let v = crate::types::int::index_to_i64(x, "")?;
            Ok((v >= 0).then_some(v as usize))
        }
    }
}

fn m_read(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("read", args, kwnames, &["size"], 0)?;
    let n = size_arg(&a, 0)?;
    let f = file(o);
    let binary = f.binary;
    let (data, pos) = loaded(f)?;
    let fd = FileData { binary, ..empty_like() };
    let len = take(&fd, data, *pos, n);
    let r = make(&fd, &data[*pos..*pos + len]);
    *pos += len;
    Ok(r)
}

/// A throwaway `FileData` carrying only the mode flags (for the helpers above).
fn empty_like() -> FileData {
    FileData {
        name: Obj::NULL,
        mode: String::new(),
        binary: false,
        readable: false,
        path: String::new(),
        data: None,
        writer: None,
        closed: true,
    }
}

/// The next line (with its newline), or `None` at the end.
fn next_line(o: Obj) -> PyResult<Option<Obj>> {
    let f = file(o);
    let binary = f.binary;
    let (data, pos) = loaded(f)?;
    if *pos >= data.len() {
        return Ok(None);
    }
    let end = data[*pos..].iter().position(|&b| b == b'\n').map_or(data.len(), |i| *pos + i + 1);
    let fd = FileData { binary, ..empty_like() };
    let r = make(&fd, &data[*pos..end]);
    *pos = end;
    Ok(Some(r))
}

fn m_readline(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("readline", args, kwnames, &["size"], 0)?;
    match next_line(o)? {
        Some(l) => Ok(l),
        None => Ok(if file(o).binary { new_bytes(vec![]) } else { new_str("") }),
    }
}

fn m_readlines(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("readlines", args, kwnames, &["hint"], 0)?;
    let mut lines = Vec::new();
    while let Some(l) = next_line(o)? {
        lines.push(l);
    }
    Ok(crate::types::list::new_list(lines))
}

fn m_write(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("write", args, kwnames, &[""], 1)?;
    let f = file(o);
    check_open(f)?;
    let x = a.req(0);
    let (bytes, count): (Vec<u8>, usize) = if f.binary {
        match buffer(x) {
            Some(b) => (b.to_vec(), b.len()),
            None => return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x)))),
        }
    } else {
        if !is_str(x) {
            return Err(type_error(format!("write() argument must be str, not {}", type_name(x))));
        }
        let s = str_value(x);
        (s.as_bytes().to_vec(), s.chars().count())
    };
    let Some(w) = f.writer.as_mut() else {
        return Err(crate::errors::raise(&crate::types::exceptions::OS_ERROR, "not writable"));
    };
    w.write_all(&bytes).map_err(|e| os_error(&e, &f.path))?;
    f.data = None;
    Ok(new_int(count as i64))
}

fn m_writelines(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("writelines", args, kwnames, &["lines"], 1)?;
    for item in crate::ops::collect_iterable(a.req(0))? {
        let item = crate::object::Owned::new(item).expect("item");
        m_write(o, &[item.get()], Obj::NULL)?.decref();
    }
    Ok(none().incref())
}

fn close(f: &mut FileData) -> PyResult<()> {
    if f.closed {
        return Ok(());
    }
    f.closed = true;
    if let Some(mut w) = f.writer.take() {
        w.flush().map_err(|e| os_error(&e, &f.path))?;
    }
    f.data = None;
    Ok(())
}

fn m_close(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    close(file(o))?;
    Ok(none().incref())
}

fn m_flush(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let f = file(o);
    check_open(f)?;
    if let Some(w) = f.writer.as_mut() {
        w.flush().map_err(|e| os_error(&e, &f.path))?;
    }
    Ok(none().incref())
}

fn m_enter(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    check_open(file(o))?;
    Ok(o.incref())
}

fn m_exit(o: Obj, _args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    close(file(o))?;
    Ok(crate::types::int::new_bool(false))
}

static FILE_METHODS: [MethodDef; 9] = [
    MethodDef { name: "read", meth: m_read },
    MethodDef { name: "readline", meth: m_readline },
    MethodDef { name: "readlines", meth: m_readlines },
    MethodDef { name: "write", meth: m_write },
    MethodDef { name: "writelines", meth: m_writelines },
    MethodDef { name: "close", meth: m_close },
    MethodDef { name: "flush", meth: m_flush },
    MethodDef { name: "__enter__", meth: m_enter },
    MethodDef { name: "__exit__", meth: m_exit },
];

fn file_dealloc(o: Obj) {
    let f = file(o);
    let _ = close(f);
    crate::errors::fetch().xdecref();
    f.name.decref();
    dealloc_box::<FileData>(o);
}

pub static FILE_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_io.TextIOWrapper"),
    tp_dealloc: file_dealloc,
    tp_iter: Some(|o| {
        check_open(file(o))?;
        Ok(o.incref())
    }),
    tp_iternext: Some(next_line),
    tp_repr: Some(|o| {
        let f = file(o);
        let kind = if f.binary { "_io.BufferedReader" } else { "_io.TextIOWrapper" };
        let enc = if f.binary { String::new() } else { " encoding='UTF-8'".to_string() };
        Ok(new_string(format!("<{kind} name={} mode='{}'{enc}>", crate::ops::repr_string(f.name)?, f.mode)))
    }),
    tp_getattro: Some(|o, name| {
        let f = file(o);
        match str_value(name) {
            "closed" => Ok(crate::types::int::new_bool(f.closed)),
            "name" => Ok(f.name.incref()),
            "mode" => Ok(new_str(&f.mode)),
            _ => crate::attr::generic_getattr(o, name),
        }
    }),
    methods: &FILE_METHODS,
    // `tp_getattro` serves `closed`, `name` and `mode` only.
    tp_flags: crate::typeobj::TPFLAGS_METHODS_GENERIC,
    ..TypeObject::DEFAULT
};

/// `input(prompt='')`: the prompt to stdout, then a line from stdin without its newline;
/// `EOFError` at the end of input.
pub fn builtin_input(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("input", args, kwnames, &["prompt"], 0)?;
    if let Some(p) = a.get(0) {
        crate::io::write_stdout(&crate::ops::str_string(p)?);
    }
    crate::io::flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(crate::errors::raise(&crate::types::exceptions::EOF_ERROR, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_string(line))
        }
        Err(e) => Err(crate::stdlib::os::os_error(&e, None)),
    }
}

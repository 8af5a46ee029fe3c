//! Standard streams: a buffered `sys.stdout`, an unbuffered `sys.stderr`, and the text-file
//! objects that represent them.
//!
//! stdout is block-buffered (CPython buffers it when it is not a terminal) and flushed at
//! exit, before anything is written to stderr, and on `flush()`; so the relative order of
//! the two streams on a terminal is what CPython shows.

use crate::call::Args;
use crate::errors::{type_error, PyResult};
use crate::object::{alloc, payload, Obj};
use crate::typeobj::{MethodDef, TypeObject};
use crate::types::int::new_int;
use crate::types::none;
use crate::types::str::{is_str, str_value};
use std::io::Write;
use std::sync::Mutex;

static STDOUT_BUF: Mutex<Vec<u8>> = Mutex::new(Vec::new());
const STDOUT_BUF_LIMIT: usize = 1 << 16;

/// Append to stdout.
pub fn write_stdout(s: &str) {
    let mut buf = STDOUT_BUF.lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(s.as_bytes());
    if buf.len() >= STDOUT_BUF_LIMIT {
        flush_locked(&mut buf);
    }
}

fn flush_locked(buf: &mut Vec<u8>) {
    let mut out = std::io::stdout().lock();
    // A closed pipe is not an error worth dying for at this level (CPython reports it at exit).
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

pub fn flush_stdout() {
    let mut buf = STDOUT_BUF.lock().unwrap_or_else(|e| e.into_inner());
    flush_locked(&mut buf);
}

/// Write to stderr (flushing stdout first).
pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

/// Which standard stream a text-file object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

pub fn stream_of(o: Obj) -> Option<Stream> {
    (!o.is_small() && o.is_type(&TEXT_IO_TYPE)).then(|| *payload::<Stream>(o))
}

pub fn write_stream(s: Stream, text: &str) {
    match s {
        Stream::Stdout => write_stdout(text),
        Stream::Stderr => write_stderr(text),
    }
}

pub fn new_stream(s: Stream) -> Obj {
    alloc(&TEXT_IO_TYPE, s)
}

fn m_write(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("write", args, kwnames, &[""], 1)?;
    let text = a.req(0);
    if !is_str(text) {
        return Err(type_error(format!("write() argument must be str, not {}", crate::builtins::arg_type_name(text))));
    }
    let s = str_value(text);
    write_stream(*payload::<Stream>(o), s);
    Ok(new_int(s.chars().count() as i64))
}

fn m_flush(o: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("flush", args, kwnames, &[], 0)?;
    if *payload::<Stream>(o) == Stream::Stdout {
        flush_stdout();
    }
    Ok(none().incref())
}

static TEXT_IO_METHODS: [MethodDef; 2] =
    [MethodDef { name: "write", meth: m_write }, MethodDef { name: "flush", meth: m_flush }];

pub static TEXT_IO_TYPE: TypeObject = TypeObject {
    name: crate::typeobj::TypeName::new("_io.TextIOWrapper"),
    methods: &TEXT_IO_METHODS,
    ..TypeObject::DEFAULT
};

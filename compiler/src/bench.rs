//! `ophis bench`: build a program, run it under CPython and as an ophis executable alternately,
//! and report median wall times, their spread, peak RSS and the speed-up; plus the process
//! primitives shared with `ophis test` (`measure`, `run_captured`, `find_cpython`).
//!
//! Each run's wall time is taken around spawn … exit and its peak RSS is the child's
//! `ru_maxrss`, read with `wait4` (Linux). On Linux, `exec` carries the high-water RSS of the
//! address space it replaces into the new program's `ru_maxrss`, so a child spawned straight
//! from this (large) process would report at least our own peak. Runs therefore go through a
//! small helper: `ophis __measure`, a fresh `ophis` process that spawns the program from its
//! own small address space, times it, reaps it with `wait4` and writes the figures to a report
//! file (the same trick as the C helper of `benches/run.py`).

use crate::driver;
use crate::target::Target;
use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// The CPython release the corpus and the benchmarks are recorded with.
pub const CPYTHON_VERSION: &str = "3.12.1";

// ---- measuring one child process ------------------------------------------------------------

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    /// Killed by us after the timeout.
    TimedOut,
}

impl Exit {
    /// The status as Python's `subprocess` reports it (and `tests/bless.py` records it): the
    /// exit code, or minus the signal number; `None` after a timeout.
    pub fn returncode(self) -> Option<i32> {
        match self {
            Exit::Code(c) => Some(c),
            Exit::Signal(s) => Some(-s),
            Exit::TimedOut => None,
        }
    }

    /// "exit status 3", "killed by signal 11", "timed out".
    pub fn describe(self) -> String {
        match self {
            Exit::Code(c) => format!("exit status {c}"),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::TimedOut => "timed out".to_string(),
        }
    }
}

/// One finished run.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub exit: Exit,
    /// Wall time from just before the spawn to the child's exit.
    pub wall: Duration,
    /// The child's peak resident set size in bytes (`None` when it could not be read).
    pub max_rss: Option<u64>,
}

#[cfg(target_os = "linux")]
mod sys {
    //! The few libc calls std does not expose: `wait4` (for `ru_maxrss`), `waitid` (to wait
    //! without reaping) and `kill`. Layouts and constants are Linux's (x86_64 and aarch64).

    /// `struct rusage`: two `struct timeval`s, then 14 `long`s, `ru_maxrss` first.
    #[repr(C)]
    pub struct Rusage {
        pub utime: [i64; 2],
        pub stime: [i64; 2],
        pub maxrss: i64,
        pub rest: [i64; 13],
    }

    /// `siginfo_t` (128 bytes); only its size matters here.
    #[repr(C, align(8))]
    pub struct SigInfo(pub [u8; 128]);

    pub const P_PID: i32 = 1;
    pub const WEXITED: i32 = 4;
    pub const WNOWAIT: i32 = 0x0100_0000;
    pub const SIGKILL: i32 = 9;

    extern "C" {
        pub fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
        pub fn waitid(idtype: i32, id: u32, info: *mut SigInfo, options: i32) -> i32;
        pub fn kill(pid: i32, sig: i32) -> i32;
    }
}

/// Spawn `cmd` (its stdio as the caller configured it), wait for it to exit (killing it after
/// `timeout`), and return how it ended, its wall time and its peak RSS.
#[cfg(target_os = "linux")]
pub fn measure(cmd: &mut Command, timeout: Duration) -> io::Result<Measured> {
    let start = Instant::now();
    let child = cmd.spawn()?;
    let pid = i32::try_from(child.id()).map_err(|_| io::Error::other("child pid out of range"))?;
    let done = Mutex::new(false);
    let wake = Condvar::new();
    let timed_out = AtomicBool::new(false);
    let waited = std::thread::scope(|s| {
        // The watchdog kills the child at the deadline unless it has exited. The child is only
        // reaped after this scope, so `pid` names it (or its zombie) for the watchdog's lifetime.
        s.spawn(|| {
            let guard = done.lock().unwrap_or_else(PoisonError::into_inner);
            let (guard, _) = wake.wait_timeout_while(guard, timeout, |d| !*d).unwrap_or_else(PoisonError::into_inner);
            if !*guard {
                timed_out.store(true, Ordering::Relaxed);
                // SAFETY: `kill` has no memory-safety preconditions; `pid` is our unreaped child.
                unsafe { sys::kill(pid, sys::SIGKILL) };
            }
        });
        let r = loop {
            let mut info = sys::SigInfo([0; 128]);
            // SAFETY: `info` is a valid, writable `siginfo_t`-sized buffer; WNOWAIT leaves the
            // child unreaped.
            let r = unsafe { sys::waitid(sys::P_PID, pid as u32, &mut info, sys::WEXITED | sys::WNOWAIT) };
            if r == 0 {
                break Ok(start.elapsed());
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                break Err(e);
            }
        };
        *done.lock().unwrap_or_else(PoisonError::into_inner) = true;
        wake.notify_all();
        r
    });
    let wall = match waited {
        Ok(w) => w,
        Err(e) => {
            // SAFETY: as above; the child is still unreaped.
            unsafe { sys::kill(pid, sys::SIGKILL) };
            let mut child = child;
            let _ = child.wait();
            return Err(e);
        }
    };
    let mut status = 0i32;
    let mut ru = sys::Rusage { utime: [0; 2], stime: [0; 2], maxrss: 0, rest: [0; 13] };
    loop {
        // SAFETY: `status` and `ru` are valid, writable and of the types `wait4` expects.
        let r = unsafe { sys::wait4(pid, &mut status, 0, &mut ru) };
        if r == pid {
            break;
        }
        let e = io::Error::last_os_error();
        if r >= 0 || e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    // Dropping a `Child` neither waits for nor signals it: std never touches the reaped pid.
    drop(child);
    let st = std::process::ExitStatus::from_raw(status);
    let exit = if timed_out.load(Ordering::Relaxed) {
        Exit::TimedOut
    } else if let Some(c) = st.code() {
        Exit::Code(c)
    } else {
        Exit::Signal(st.signal().unwrap_or(0))
    };
    let max_rss = u64::try_from(ru.maxrss).ok().filter(|&k| k > 0).map(|k| k * 1024);
    Ok(Measured { exit, wall, max_rss })
}

/// Spawn `cmd`, wait for it (killing it after `timeout`) and return how it ended; no RSS.
#[cfg(not(target_os = "linux"))]
pub fn measure(cmd: &mut Command, timeout: Duration) -> io::Result<Measured> {
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    loop {
        if let Some(st) = child.try_wait()? {
            let wall = start.elapsed();
            let exit = match (st.code(), st.signal()) {
                (Some(c), _) => Exit::Code(c),
                (None, s) => Exit::Signal(s.unwrap_or(0)),
            };
            return Ok(Measured { exit, wall, max_rss: None });
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(Measured { exit: Exit::TimedOut, wall: start.elapsed(), max_rss: None });
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// A finished run with what it printed.
#[derive(Debug, Clone)]
pub struct Captured {
    pub measured: Measured,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Run `cmd` with stdin from /dev/null and stdout/stderr sent to files in `scratch` (no pipes
/// to drain, nothing left blocked by a grandchild holding a pipe open), then read them back.
pub fn run_captured(cmd: &mut Command, scratch: &Path, timeout: Duration) -> io::Result<Captured> {
    let (out_path, err_path) = (scratch.join("stdout"), scratch.join("stderr"));
    cmd.stdin(Stdio::null()).stdout(std::fs::File::create(&out_path)?).stderr(std::fs::File::create(&err_path)?);
    let measured = measure(cmd, timeout);
    // Drop the parent's copies of the files before reading them.
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let measured = measured?;
    let stdout = std::fs::read(&out_path)?;
    let stderr = std::fs::read(&err_path)?;
    Ok(Captured { measured, stdout, stderr })
}

/// The last non-empty line of a program's stderr (what `NAME.stderr` records).
pub fn last_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim_end().to_string()
}

// ---- finding CPython ------------------------------------------------------------------------

/// An executable named `name`: itself when it contains a `/` (made absolute), else looked up
/// on `$PATH`.
pub fn find_executable(name: &OsStr) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0);
    let p = Path::new(name);
    if name.as_encoded_bytes().contains(&b'/') {
        let abs = std::path::absolute(p).ok()?;
        return executable(&abs).then_some(abs);
    }
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(p)).find(|c| executable(c))
}

/// The CPython interpreter to compare with: `explicit` (from `flag`, e.g. `--python`), else
/// `$OPHIS_CPYTHON`, else `$(pyenv prefix 3.12.1)/bin/python3`, else `python3.12` or
/// `python3` on `$PATH`. The error says what was tried.
pub fn find_cpython(explicit: Option<&OsStr>, flag: &str) -> Result<PathBuf, String> {
    if let Some(e) = explicit {
        return find_executable(e).ok_or_else(|| {
            format!("{flag} {}: no such executable (not a path to one, nor on $PATH)", e.to_string_lossy())
        });
    }
    if let Some(e) = std::env::var_os("OPHIS_CPYTHON").filter(|e| !e.is_empty()) {
        return find_executable(&e)
            .ok_or_else(|| format!("$OPHIS_CPYTHON={}: no such executable", e.to_string_lossy()));
    }
    if let Ok(out) = Command::new("pyenv").args(["prefix", CPYTHON_VERSION]).stderr(Stdio::null()).output() {
        let text = String::from_utf8_lossy(&out.stdout);
        if let Some(prefix) = text.lines().next().filter(|l| out.status.success() && !l.trim().is_empty()) {
            if let Some(p) = find_executable(Path::new(prefix.trim()).join("bin/python3").as_os_str()) {
                return Ok(p);
            }
        }
    }
    for name in ["python3.12", "python3"] {
        if let Some(p) = find_executable(OsStr::new(name)) {
            return Ok(p);
        }
    }
    Err(format!(
        "no CPython found: pass {flag} PATH or set $OPHIS_CPYTHON \
         (tried `pyenv prefix {CPYTHON_VERSION}`, then python3.12 and python3 on $PATH)"
    ))
}

/// The interpreter's `major.minor.micro`, or `None` when it does not answer like CPython.
pub fn python_version(python: &Path, scratch: &Path) -> Option<String> {
    let mut cmd = Command::new(python);
    cmd.args(["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]);
    let c = run_captured(&mut cmd, scratch, Duration::from_secs(60)).ok()?;
    let v = String::from_utf8_lossy(&c.stdout).trim().to_string();
    let ok = c.measured.exit == Exit::Code(0)
        && v.split('.').count() == 3
        && v.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    ok.then_some(v)
}

/// The environment every compared run gets, as `tests/bless.py` sets it.
pub fn python_env(cmd: &mut Command) -> &mut Command {
    cmd.env("PYTHONHASHSEED", "0").env("PYTHONUTF8", "1").env("PYTHONDONTWRITEBYTECODE", "1")
}

// ---- the measuring helper (`ophis __measure`) -----------------------------------------------

/// The body of `ophis __measure`: run `program args…` (with `argv[0]` = `arg0` if given) on
/// the inherited stdio, cwd and environment, and write `CODE-KIND VALUE MAXRSS-BYTES WALL-NS`
/// to `report`. Returns the helper's own exit status (0 unless it could not run the program).
pub fn helper_main(report: &Path, timeout: Duration, arg0: Option<&OsStr>, program: &OsStr, args: &[OsString]) -> i32 {
    let mut cmd = Command::new(program);
    cmd.args(args);
    if let Some(a) = arg0 {
        cmd.arg0(a);
    }
    // A `pre_exec` hook makes std use a real `fork` instead of `posix_spawn` (a vfork sharing
    // our address space, whose high-water RSS — this binary's touched pages — exec would
    // hand on to the child). A forked child starts its own high-water mark from what it
    // actually maps: our few anonymous pages.
    // SAFETY: the hook does nothing, so it cannot break the post-fork async-signal-safety rules.
    unsafe { cmd.pre_exec(|| Ok(())) };
    match measure(&mut cmd, timeout) {
        Ok(m) => {
            let (kind, value) = match m.exit {
                Exit::Code(c) => ("code", c),
                Exit::Signal(s) => ("signal", s),
                Exit::TimedOut => ("timeout", 0),
            };
            let line = format!("{kind} {value} {} {}\n", m.max_rss.unwrap_or(0), m.wall.as_nanos());
            match std::fs::write(report, line) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("ophis __measure: cannot write {}: {e}", report.display());
                    2
                }
            }
        }
        Err(e) => {
            eprintln!("ophis __measure: cannot run {}: {e}", program.to_string_lossy());
            127
        }
    }
}

fn parse_report(text: &str) -> Option<Measured> {
    let f: Vec<&str> = text.split_whitespace().collect();
    let [kind, value, rss, ns] = f.as_slice() else { return None };
    let value: i32 = value.parse().ok()?;
    let exit = match *kind {
        "code" => Exit::Code(value),
        "signal" => Exit::Signal(value),
        "timeout" => Exit::TimedOut,
        _ => return None,
    };
    let rss: u64 = rss.parse().ok()?;
    let ns: u64 = ns.parse().ok()?;
    Some(Measured { exit, wall: Duration::from_nanos(ns), max_rss: (rss > 0).then_some(rss) })
}

/// Runs commands and measures them, through the helper when there is one.
pub struct Spawner {
    /// The `ophis` executable providing `__measure`.
    pub helper: Option<PathBuf>,
    scratch: PathBuf,
}

impl Spawner {
    pub fn new(helper: Option<PathBuf>, scratch: &Path) -> Spawner {
        Spawner { helper, scratch: scratch.to_path_buf() }
    }

    pub fn method(&self) -> &'static str {
        if self.helper.is_some() {
            "ru_maxrss of the child alone (wait4 in a small `ophis __measure` helper)"
        } else {
            "ru_maxrss from wait4 (floored at this process's own peak RSS)"
        }
    }

    /// Run `argv` (with `argv[0]` shown to the program as `arg0`) in `cwd` with the Python
    /// environment, capturing what it prints.
    pub fn run(&self, argv: &[OsString], arg0: Option<&OsStr>, cwd: &Path, timeout: Duration) -> io::Result<Captured> {
        let Some((program, args)) = argv.split_first() else {
            return Err(io::Error::other("empty command"));
        };
        let Some(helper) = &self.helper else {
            let mut cmd = Command::new(program);
            cmd.args(args).current_dir(cwd);
            if let Some(a) = arg0 {
                cmd.arg0(a);
            }
            return run_captured(python_env(&mut cmd), &self.scratch, timeout);
        };
        let report = self.scratch.join("report");
        let _ = std::fs::remove_file(&report);
        let mut cmd = Command::new(helper);
        cmd.arg("__measure").arg("--report").arg(&report).arg("--timeout-ms").arg(timeout.as_millis().to_string());
        if let Some(a) = arg0 {
            cmd.arg("--arg0").arg(a);
        }
        cmd.arg("--").arg(program).args(args).current_dir(cwd);
        // The helper enforces the real timeout; this one only guards against a stuck helper.
        let mut c = run_captured(python_env(&mut cmd), &self.scratch, timeout + Duration::from_secs(30))?;
        match std::fs::read_to_string(&report).ok().as_deref().and_then(parse_report) {
            Some(m) => c.measured = m,
            None => {
                let why = last_line(&c.stderr);
                return Err(io::Error::other(format!(
                    "the measuring helper failed ({}){}",
                    c.measured.exit.describe(),
                    if why.is_empty() { String::new() } else { format!(": {why}") }
                )));
            }
        }
        Ok(c)
    }
}

// ---- ophis bench ----------------------------------------------------------------------------

/// What `ophis bench` was asked to do.
pub struct Options {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub runs: usize,
    pub warmup: usize,
    pub python: Option<OsString>,
    pub timeout: Duration,
    /// The `ophis` executable to use as the measuring helper (normally the running one).
    pub helper: Option<PathBuf>,
}

/// Why `ophis bench` could not produce a result.
#[derive(Debug)]
pub enum Error {
    /// A bad command line or environment (missing file, no CPython): exit status 2.
    Usage(String),
    /// The program does not compile (rendered diagnostic): exit status 1.
    Compile(String),
}

/// Timings of one implementation.
#[derive(Debug, Clone, Default)]
pub struct Series {
    pub samples: Vec<Duration>,
    pub peak_rss: Option<u64>,
}

impl Series {
    fn sorted(&self) -> Vec<Duration> {
        let mut s = self.samples.clone();
        s.sort();
        s
    }

    pub fn median(&self) -> Option<Duration> {
        let s = self.sorted();
        match s.len() {
            0 => None,
            n if n % 2 == 1 => Some(s[n / 2]),
            n => Some((s[n / 2 - 1] + s[n / 2]) / 2),
        }
    }

    pub fn min(&self) -> Option<Duration> {
        self.samples.iter().min().copied()
    }

    pub fn max(&self) -> Option<Duration> {
        self.samples.iter().max().copied()
    }
}

/// The result of `ophis bench`.
#[derive(Debug, Clone)]
pub struct Report {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub python: PathBuf,
    pub python_version: Option<String>,
    pub compile_time: Duration,
    pub runs: usize,
    pub warmup: usize,
    pub rss_method: &'static str,
    /// Peak RSS reported for a trivial process (`true`): no figure can be below it.
    pub rss_floor: Option<u64>,
    pub cpython: Series,
    pub ophis: Series,
    /// CPython's stdout and exit in the first run.
    pub expected_stdout: Vec<u8>,
    pub expected_exit: Option<Exit>,
    /// `Some(false)` when some ophis run's stdout or exit status differed from CPython's.
    pub outputs_match: Option<bool>,
    /// Everything that went wrong (mismatches, timeouts, non-deterministic output).
    pub errors: Vec<String>,
}

fn log(msg: &str) {
    eprintln!("{msg}");
}

fn loud(msg: &str) {
    let bar = "!".repeat(72);
    eprintln!("\n{bar}\n{msg}\n{bar}\n");
}

/// A unified diff of two outputs, at most `limit` lines.
pub fn diff(expected: &[u8], actual: &[u8], names: (&str, &str), limit: usize) -> String {
    let (e, a) = (String::from_utf8_lossy(expected), String::from_utf8_lossy(actual));
    let text = similar::TextDiff::from_lines(e.as_ref(), a.as_ref())
        .unified_diff()
        .context_radius(3)
        .header(names.0, names.1)
        .to_string();
    if text.is_empty() {
        return format!("{}: {:?}\n{}: {:?}\n", names.0, e, names.1, a);
    }
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= limit {
        return text;
    }
    let mut s = lines[..limit].join("\n");
    let _ = writeln!(s, "\n... ({} more diff lines)", lines.len() - limit);
    s
}

impl Report {
    /// Every run built, finished, and matched CPython's stdout and exit status.
    pub fn ok(&self) -> bool {
        self.errors.is_empty() && self.outputs_match == Some(true)
    }

    /// CPython's median over ophis's (> 1: ophis is faster).
    pub fn speedup(&self) -> Option<f64> {
        let (c, o) = (self.cpython.median()?, self.ophis.median()?);
        (o.as_secs_f64() > 0.0).then(|| c.as_secs_f64() / o.as_secs_f64())
    }

    fn python_label(&self) -> String {
        match &self.python_version {
            Some(v) => format!("CPython {}", v.rsplit_once('.').map_or(v.as_str(), |(mm, _)| mm)),
            None => format!("{} (not a CPython)", self.python.display()),
        }
    }

    /// The human-readable table.
    pub fn render_table(&self) -> String {
        let mut s = String::new();
        let args: Vec<String> = self.args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        let _ = writeln!(
            s,
            "{}{}: {} timed run{} of each after {} warm-up{}",
            self.program.display(),
            if args.is_empty() { String::new() } else { format!(" {}", args.join(" ")) },
            self.runs,
            if self.runs == 1 { "" } else { "s" },
            self.warmup,
            if self.warmup == 1 { "" } else { "s" },
        );
        let _ = writeln!(
            s,
            "CPython: {} ({})",
            self.python.display(),
            self.python_version.as_deref().unwrap_or("version unknown")
        );
        let _ = writeln!(s, "compile: {} (ophis {})", fmt_time(self.compile_time), env!("CARGO_PKG_VERSION"));
        let _ = writeln!(
            s,
            "peak RSS: {}; a trivial process reports {}",
            self.rss_method,
            self.rss_floor.map_or("-".to_string(), fmt_mib)
        );
        s.push('\n');
        let header = ["", "median", "min–max", "peak RSS"];
        let rows = [("CPython".to_string(), &self.cpython), ("ophis".to_string(), &self.ophis)];
        let cells: Vec<[String; 4]> = rows
            .iter()
            .map(|(name, series)| {
                [
                    name.clone(),
                    series.median().map_or("-".into(), fmt_time),
                    match (series.min(), series.max()) {
                        (Some(a), Some(b)) => fmt_range(a, b),
                        _ => "-".into(),
                    },
                    series.peak_rss.map_or("-".into(), fmt_mib),
                ]
            })
            .collect();
        let widths: Vec<usize> = (0..4)
            .map(|i| cells.iter().map(|c| c[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0))
            .collect();
        let line = |c: [&str; 4]| {
            let mut l = format!("{:<w$}", c[0], w = widths[0]);
            for i in 1..4 {
                let pad = widths[i].saturating_sub(c[i].chars().count());
                l.push_str(&" ".repeat(3 + pad));
                l.push_str(c[i]);
            }
            l.trim_end().to_string()
        };
        let _ = writeln!(s, "{}", line(header));
        for c in &cells {
            let _ = writeln!(s, "{}", line([&c[0], &c[1], &c[2], &c[3]]));
        }
        s.push('\n');
        match self.outputs_match {
            Some(true) => {
                let _ = writeln!(
                    s,
                    "outputs match: same stdout ({} bytes) and {} in every run",
                    self.expected_stdout.len(),
                    self.expected_exit.map_or("exit status".into(), Exit::describe)
                );
            }
            Some(false) => {
                let _ = writeln!(s, "OUTPUT MISMATCH: ophis and CPython printed different things (see above)");
            }
            None => {
                let _ = writeln!(s, "outputs not compared");
            }
        }
        for e in &self.errors {
            let _ = writeln!(s, "error: {}", e.lines().next().unwrap_or(""));
        }
        match self.speedup() {
            Some(x) if self.ok() => {
                let (factor, word) = if x >= 1.0 { (x, "faster") } else { (1.0 / x, "slower") };
                let _ = writeln!(s, "ophis is {factor:.1}× {word} than {}", self.python_label());
            }
            _ => {
                let _ = writeln!(s, "no speed-up reported: the runs did not all succeed and match");
            }
        }
        s
    }

    /// The machine-readable form (`--json`).
    pub fn to_json(&self) -> String {
        let secs = |d: Duration| Json::Num(d.as_secs_f64());
        let opt_bytes = |b: Option<u64>| b.map_or(Json::Null, |b| Json::Int(b as i64));
        let series = |s: &Series| {
            Json::Obj(vec![
                ("median", s.median().map_or(Json::Null, secs)),
                ("min", s.min().map_or(Json::Null, secs)),
                ("max", s.max().map_or(Json::Null, secs)),
                ("samples", Json::Arr(s.samples.iter().map(|&d| secs(d)).collect())),
                ("peak_rss_bytes", opt_bytes(s.peak_rss)),
            ])
        };
        let doc = Json::Obj(vec![
            ("program", Json::Str(self.program.display().to_string())),
            ("args", Json::Arr(self.args.iter().map(|a| Json::Str(a.to_string_lossy().into_owned())).collect())),
            ("python", Json::Str(self.python.display().to_string())),
            ("python_version", self.python_version.clone().map_or(Json::Null, Json::Str)),
            ("ophis_version", Json::Str(env!("CARGO_PKG_VERSION").to_string())),
            ("compile_seconds", secs(self.compile_time)),
            ("runs", Json::Int(self.runs as i64)),
            ("warmup", Json::Int(self.warmup as i64)),
            ("rss_method", Json::Str(self.rss_method.to_string())),
            ("rss_floor_bytes", opt_bytes(self.rss_floor)),
            ("cpython", series(&self.cpython)),
            ("ophis", series(&self.ophis)),
            ("speedup", if self.ok() { self.speedup().map_or(Json::Null, Json::Num) } else { Json::Null }),
            ("exit_status", self.expected_exit.and_then(Exit::returncode).map_or(Json::Null, |c| Json::Int(c.into()))),
            ("outputs_match", self.outputs_match.map_or(Json::Null, Json::Bool)),
            ("errors", Json::Arr(self.errors.iter().map(|e| Json::Str(e.clone())).collect())),
            ("ok", Json::Bool(self.ok())),
        ]);
        let mut s = String::new();
        doc.write(&mut s, 0);
        s.push('\n');
        s
    }
}

/// `1.234 s`, `43.2 ms`, `812 µs`.
pub fn fmt_time(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.3} s")
    } else if s >= 1e-3 {
        format!("{:.1} ms", s * 1e3)
    } else {
        format!("{:.0} µs", s * 1e6)
    }
}

/// `1.041–1.100 s`, in the unit of the larger bound.
fn fmt_range(lo: Duration, hi: Duration) -> String {
    let h = hi.as_secs_f64();
    let (scale, unit, prec) = if h >= 1.0 {
        (1.0, "s", 3)
    } else if h >= 1e-3 {
        (1e3, "ms", 1)
    } else {
        (1e6, "µs", 0)
    };
    format!("{:.p$}–{:.p$} {unit}", lo.as_secs_f64() * scale, h * scale, p = prec)
}

fn fmt_mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// Just enough JSON for `--json`.
enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(&'static str, Json)>),
}

impl Json {
    fn write(&self, out: &mut String, indent: usize) {
        let pad = |n: usize| "  ".repeat(n);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(i) => out.push_str(&i.to_string()),
            Json::Num(x) if x.is_finite() => out.push_str(&format!("{x:?}")),
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => write_json_str(out, s),
            Json::Arr(items) if items.is_empty() => out.push_str("[]"),
            Json::Arr(items) => {
                out.push('[');
                for (i, it) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    out.push_str(&pad(indent + 1));
                    it.write(out, indent + 1);
                }
                out.push('\n');
                out.push_str(&pad(indent));
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    out.push_str(&pad(indent + 1));
                    write_json_str(out, k);
                    out.push_str(": ");
                    v.write(out, indent + 1);
                }
                out.push('\n');
                out.push_str(&pad(indent));
                out.push('}');
            }
        }
    }
}

fn write_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A scratch directory under `$TMPDIR`, removed when dropped.
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    /// Create `$TMPDIR/ophis-TAG-PID-N`.
    pub fn new(tag: &str) -> io::Result<ScratchDir> {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("ophis-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        Ok(ScratchDir(dir))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `ophis bench`: build, run both alternately, compare, and summarise. Progress and loud
/// warnings go to stderr; the caller prints the table or the JSON.
pub fn run(opts: &Options) -> Result<Report, Error> {
    if opts.runs == 0 {
        return Err(Error::Usage("--runs must be at least 1".into()));
    }
    let src = driver::read_source(&opts.program).map_err(|d| Error::Usage(d.render(None).trim_end().to_string()))?;
    let python = find_cpython(opts.python.as_deref(), "--python").map_err(Error::Usage)?;
    let scratch =
        ScratchDir::new("bench").map_err(|e| Error::Usage(format!("cannot create a scratch directory: {e}")))?;
    let work = scratch.path();
    let python_version = python_version(&python, work);
    match &python_version {
        Some(v) if v.starts_with("3.12.") => {}
        Some(v) => log(&format!("ophis bench: warning: {} is CPython {v}, not 3.12", python.display())),
        None => log(&format!("ophis bench: warning: {} did not report a CPython version", python.display())),
    }
    let name = opts.program.file_name().map_or("program".into(), |n| n.to_string_lossy().into_owned());
    let exe = work.join(name.trim_end_matches(".py"));
    log(&format!("[{name}] building with ophis ..."));
    let started = Instant::now();
    driver::build(&src, &exe, &Target::host()).map_err(|d| Error::Compile(d.render(Some(&src))))?;
    let compile_time = started.elapsed();

    let spawner = Spawner::new(opts.helper.clone(), work);
    let rss_floor = spawner
        .run(&["true".into()], None, Path::new("."), Duration::from_secs(30))
        .ok()
        .filter(|c| c.measured.exit == Exit::Code(0))
        .and_then(|c| c.measured.max_rss);
    let cwd = PathBuf::from(".");
    let mut py_argv: Vec<OsString> = vec![python.clone().into(), opts.program.clone().into()];
    py_argv.extend(opts.args.iter().cloned());
    let mut exe_argv: Vec<OsString> = vec![exe.clone().into()];
    exe_argv.extend(opts.args.iter().cloned());

    let mut report = Report {
        program: opts.program.clone(),
        args: opts.args.clone(),
        python: python.clone(),
        python_version,
        compile_time,
        runs: opts.runs,
        warmup: opts.warmup,
        rss_method: spawner.method(),
        rss_floor,
        cpython: Series::default(),
        ophis: Series::default(),
        expected_stdout: Vec::new(),
        expected_exit: None,
        outputs_match: None,
        errors: Vec::new(),
    };
    let record = |series: &mut Series, c: &Captured| {
        series.samples.push(c.measured.wall);
        series.peak_rss = series.peak_rss.max(c.measured.max_rss);
    };
    let tail = |c: &Captured| {
        let err = String::from_utf8_lossy(&c.stderr);
        let lines: Vec<&str> = err.trim_end().lines().collect();
        lines[lines.len().saturating_sub(10)..].iter().map(|l| format!("\n    {l}")).collect::<String>()
    };
    let mut ophis_ok = true;
    let total = opts.warmup + opts.runs;
    for i in 0..total {
        let timed = i >= opts.warmup;
        let tag = if timed {
            format!("run {}/{}", i - opts.warmup + 1, opts.runs)
        } else {
            format!("warm-up {}/{}", i + 1, opts.warmup)
        };
        log(&format!("[{name}] {tag}"));
        let cp = match spawner.run(&py_argv, None, &cwd, opts.timeout) {
            Ok(c) => c,
            Err(e) => {
                report.errors.push(format!("cannot run CPython: {e}"));
                loud(&format!("[{name}] cannot run CPython: {e}"));
                break;
            }
        };
        if cp.measured.exit == Exit::TimedOut {
            let msg = format!("CPython timed out after {}", fmt_time(opts.timeout));
            loud(&format!("[{name}] {msg}"));
            report.errors.push(msg);
            break;
        }
        match report.expected_exit {
            None => {
                report.expected_stdout = cp.stdout.clone();
                report.expected_exit = Some(cp.measured.exit);
                if cp.measured.exit != Exit::Code(0) {
                    log(&format!("[{name}] note: CPython ended with {}{}", cp.measured.exit.describe(), tail(&cp)));
                }
            }
            Some(exit) if exit != cp.measured.exit || cp.stdout != report.expected_stdout => {
                let msg = "CPython's output is not deterministic (it differs between runs)".to_string();
                loud(&format!("[{name}] {msg}"));
                report.errors.push(msg);
                break;
            }
            Some(_) => {}
        }
        if timed {
            record(&mut report.cpython, &cp);
        }
        if !ophis_ok {
            continue;
        }
        let op = match spawner.run(&exe_argv, Some(opts.program.as_os_str()), &cwd, opts.timeout) {
            Ok(c) => c,
            Err(e) => {
                report.errors.push(format!("cannot run the ophis executable: {e}"));
                loud(&format!("[{name}] cannot run the ophis executable: {e}"));
                report.outputs_match = Some(false);
                ophis_ok = false;
                continue;
            }
        };
        if op.measured.exit == Exit::TimedOut {
            let msg = format!("the ophis executable timed out after {}", fmt_time(opts.timeout));
            loud(&format!("[{name}] {msg}"));
            report.errors.push(msg);
            report.outputs_match = Some(false);
            ophis_ok = false;
            continue;
        }
        let same_exit = Some(op.measured.exit) == report.expected_exit;
        if !same_exit || op.stdout != report.expected_stdout {
            let mut msg = format!("OUTPUT MISMATCH between CPython and ophis ({tag})");
            if !same_exit {
                let _ = write!(
                    msg,
                    "\nCPython: {}\nophis:   {}{}",
                    report.expected_exit.map_or("?".into(), Exit::describe),
                    op.measured.exit.describe(),
                    tail(&op)
                );
            }
            if op.stdout != report.expected_stdout {
                let _ = write!(
                    msg,
                    "\nstdout differs:\n{}",
                    diff(&report.expected_stdout, &op.stdout, ("cpython", "ophis"), 20).trim_end()
                );
            }
            loud(&format!("[{name}] {msg}"));
            report.errors.push(msg);
            report.outputs_match = Some(false);
            // Stop running an executable that misbehaves; CPython is still timed.
            ophis_ok = false;
            continue;
        }
        if report.outputs_match.is_none() {
            report.outputs_match = Some(true);
        }
        if timed {
            record(&mut report.ophis, &op);
        }
    }
    if report.outputs_match == Some(false) {
        loud(&format!("[{name}] ophis and CPython disagree: see above"));
    }
    Ok(report)
}

//! Golden testing (`ophis test`, and the project's own golden suite in
//! `compiler/tests/golden.rs`): compile each program of a corpus in-process, run it from its
//! folder, and compare what it prints and its exit status with what CPython did, either as
//! recorded beside it or (`--against`) by running CPython live.
//!
//! The recorded format is `tests/bless.py`'s: `NAME.stdout` (exact bytes), `NAME.exit` (the
//! exit status, only when non-zero; absent means 0) and `NAME.stderr` (the last non-empty
//! stderr line, only when the exit status is non-zero). `bless` writes those files the same
//! way (`ophis test --bless`).
//!
//! Programs are checked in parallel, each run with stdin from /dev/null, `PYTHONHASHSEED=0`,
//! `PYTHONUTF8=1`, `argv[0]` = its file name, and a timeout. They are built for
//! `Options::target` and run the way `Target::run_command` says (under `qemu-aarch64` for
//! aarch64 on an x86_64 host).

use crate::bench;
use crate::diagnostics::SourceFile;
use crate::driver;
use crate::target::Target;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// How one program fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    /// Its output, exit status or last stderr line differed (or expectations were missing).
    Failed,
    /// ophis could not compile it.
    CompileError,
    /// It (or CPython, with `--against`) ran past the timeout.
    TimedOut,
}

/// One program's outcome.
#[derive(Debug)]
pub struct Outcome {
    pub path: PathBuf,
    pub verdict: Verdict,
    /// `None` when everything matched; otherwise why it failed (with diffs).
    pub failure: Option<String>,
}

/// What `run_tests` should do.
#[derive(Debug, Clone)]
pub struct Options {
    /// Per-program run timeout (and per CPython run with `against`).
    pub timeout: Duration,
    /// Programs checked at once.
    pub jobs: usize,
    /// Compare with this interpreter, run live, instead of the recorded files.
    pub against: Option<PathBuf>,
    /// Print one line per finished program on stderr.
    pub progress: bool,
    /// The target programs are built for (and run on, emulated if need be).
    pub target: Target,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            timeout: Duration::from_secs(10),
            jobs: default_jobs(),
            against: None,
            progress: false,
            target: Target::host(),
        }
    }
}

/// The number of available cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

/// What a program is expected to do.
struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    stderr_last: Option<String>,
}

fn read_expected(py: &Path) -> Result<Expected, String> {
    let out = py.with_extension("stdout");
    let stdout = std::fs::read(&out).map_err(|e| {
        format!("no expected output ({}: {e}); record it with `ophis test --bless {}`", out.display(), py.display())
    })?;
    let exit = match std::fs::read_to_string(py.with_extension("exit")) {
        Ok(s) => s.trim().parse().map_err(|_| format!("bad exit file {}", py.with_extension("exit").display()))?,
        Err(_) => 0,
    };
    let stderr_last = std::fs::read_to_string(py.with_extension("stderr"))
        .ok()
        .map(|s| s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim_end().to_string());
    Ok(Expected { stdout, exit, stderr_last })
}

/// The folder a program runs in (`.` for a bare file name).
fn folder(py: &Path) -> &Path {
    py.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn file_name(py: &Path) -> String {
    py.file_name().map_or("prog.py".into(), |n| n.to_string_lossy().into_owned())
}

/// Every `.py` file under `paths` (files are taken as they are), sorted; paths that do not
/// exist are skipped. A folder holding a `main.py` is one program of several files: only its
/// `main.py` is taken, the other files are the modules it imports.
pub fn collect_programs(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        // A folder with a `main.py` is one multi-file program: the rest are its modules.
        let main = dir.join("main.py");
        if main.is_file() {
            out.push(main);
            return;
        }
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out);
        } else if p.exists() {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Like `collect_programs`, but a path that does not exist, a file that is not a `.py`, or
/// finding no program at all is an error.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    for p in paths {
        if !p.exists() {
            return Err(format!("{}: no such file or directory", p.display()));
        }
        if !p.is_dir() && p.extension().is_none_or(|x| x != "py") {
            return Err(format!("{}: not a .py file or a directory", p.display()));
        }
    }
    let progs = collect_programs(paths);
    if progs.is_empty() {
        let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(format!("no .py programs found under {}", list.join(", ")));
    }
    Ok(progs)
}

/// Run `python NAME.py` the way `tests/bless.py` does: from the program's folder, stdin from
/// /dev/null, `PYTHONHASHSEED=0`, `PYTHONUTF8=1`.
fn run_cpython(python: &Path, py: &Path, scratch: &Path, timeout: Duration) -> std::io::Result<bench::Captured> {
    let mut cmd = Command::new(python);
    cmd.arg(file_name(py)).current_dir(folder(py));
    bench::run_captured(bench::python_env(&mut cmd), scratch, timeout)
}

fn stderr_tail(stderr: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.trim_end().lines().collect();
    if lines.is_empty() {
        return "  (stderr empty)".into();
    }
    lines[lines.len().saturating_sub(n)..].iter().map(|l| format!("  | {l}")).collect::<Vec<_>>().join("\n")
}

fn secs(d: Duration) -> String {
    format!("{}s", d.as_secs_f64())
}

/// Compile, run and compare one program; `work` is a scratch directory (for the executable
/// and the captured output).
fn check(py: &Path, work: &Path, opts: &Options) -> (Verdict, Option<String>) {
    // What CPython does.
    let expected = match &opts.against {
        None => match read_expected(py) {
            Ok(e) => e,
            Err(e) => return (Verdict::Failed, Some(e)),
        },
        Some(python) => match run_cpython(python, py, work, opts.timeout) {
            Err(e) => return (Verdict::Failed, Some(format!("cannot run {}: {e}", python.display()))),
            Ok(c) => match c.measured.exit.returncode() {
                None => {
                    let msg = format!("CPython ({}) timed out after {}", python.display(), secs(opts.timeout));
                    return (Verdict::TimedOut, Some(msg));
                }
                Some(exit) => {
                    Expected { stderr_last: (exit != 0).then(|| bench::last_line(&c.stderr)), stdout: c.stdout, exit }
                }
            },
        },
    };

    // Compile in-process. Tracebacks name the file as CPython was given it: by its name, run
    // from its folder.
    let src = match driver::read_source(py) {
        Ok(s) => s,
        Err(d) => return (Verdict::Failed, Some(d.render(None))),
    };
    let name = file_name(py);
    let src = SourceFile::new(name.clone(), src.text);
    // Multi-file programs are all `main.py`: name their executables by their folder.
    let stem = match folder(py).file_name() {
        Some(dir) if name == "main.py" => format!("{}-main", dir.to_string_lossy()),
        _ => name.trim_end_matches(".py").to_string(),
    };
    let exe = work.join(stem);
    if let Err(d) = driver::build_in(&src, folder(py), &exe, &opts.target) {
        return (Verdict::CompileError, Some(format!("does not compile:\n{}", d.render(Some(&src)).trim_end())));
    }

    // Run it.
    let mut cmd = opts.target.run_command(&exe, name.as_ref());
    cmd.current_dir(folder(py));
    let got = bench::run_captured(bench::python_env(&mut cmd), work, opts.timeout);
    let _ = std::fs::remove_file(&exe);
    let got = match got {
        Ok(g) => g,
        Err(e) => return (Verdict::Failed, Some(format!("cannot run the executable: {e}"))),
    };

    // Compare.
    let mut problems = Vec::new();
    let mut verdict = Verdict::Failed;
    match got.measured.exit.returncode() {
        None => {
            verdict = Verdict::TimedOut;
            problems.push(format!("timed out after {}; stderr:\n{}", secs(opts.timeout), stderr_tail(&got.stderr, 10)));
        }
        Some(code) if code != expected.exit => problems.push(format!(
            "{}, expected exit status {}; stderr:\n{}",
            got.measured.exit.describe(),
            expected.exit,
            stderr_tail(&got.stderr, 10)
        )),
        Some(_) => {}
    }
    if got.stdout != expected.stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            bench::diff(&expected.stdout, &got.stdout, ("expected", "actual"), 200).trim_end()
        ));
    }
    if let Some(want) = &expected.stderr_last {
        let have = bench::last_line(&got.stderr);
        if verdict != Verdict::TimedOut && &have != want {
            problems.push(format!("last stderr line differs:\n  expected: {want}\n  actual:   {have}"));
        }
    }
    if problems.is_empty() {
        (Verdict::Passed, None)
    } else {
        (verdict, Some(problems.join("\n")))
    }
}

/// Run `f(i, scratch)` for every `i < n`, `jobs` at a time, each worker with its own scratch
/// directory under `work` and a large stack (the compiler recurses over deep expressions);
/// `done` is called as each finishes. Results come back in index order.
fn parallel<T: Send>(
    n: usize,
    jobs: usize,
    work: &Path,
    f: impl Fn(usize, &Path) -> T + Sync,
    done: impl Fn(&T, usize) + Sync,
) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, T)>> = Mutex::new(Vec::with_capacity(n));
    std::thread::scope(|s| {
        for w in 0..jobs.clamp(1, n.max(1)) {
            let (next, finished, results, f, done) = (&next, &finished, &results, &f, &done);
            let body = move || {
                let dir = work.join(format!("worker{w}"));
                let _ = std::fs::create_dir_all(&dir);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let r = f(i, &dir);
                    let k = finished.fetch_add(1, Ordering::Relaxed) + 1;
                    done(&r, k);
                    results.lock().unwrap_or_else(|e| e.into_inner()).push((i, r));
                }
                let _ = std::fs::remove_dir_all(&dir);
            };
            std::thread::Builder::new()
                .name(format!("ophis-test-{w}"))
                .stack_size(64 << 20)
                .spawn_scoped(s, body)
                .expect("spawn a test worker thread");
        }
    });
    let mut r = results.into_inner().unwrap_or_else(|e| e.into_inner());
    r.sort_by_key(|(i, _)| *i);
    r.into_iter().map(|(_, t)| t).collect()
}

fn progress_line(k: usize, total: usize, tag: &str, path: &Path) {
    let w = total.to_string().len();
    eprintln!("[{k:>w$}/{total}] {tag} {}", path.display());
}

/// The result of `run_tests`.
#[derive(Debug)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.verdict == Verdict::Passed).count()
    }

    pub fn failed(&self) -> usize {
        self.outcomes.len() - self.passed()
    }

    /// The final line: `N passed, M failed`.
    pub fn summary_line(&self) -> String {
        format!("{} passed, {} failed", self.passed(), self.failed())
    }

    /// Every failure with its details (diffs), a per-folder summary, and the final line.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for o in &self.outcomes {
            if let Some(why) = &o.failure {
                let what = match o.verdict {
                    Verdict::TimedOut => "TIMEOUT",
                    Verdict::CompileError => "COMPILE ERROR",
                    _ => "FAIL",
                };
                let _ = writeln!(s, "==== {what} {}\n{}\n", o.path.display(), why.trim_end());
            }
        }
        let mut by_folder: BTreeMap<PathBuf, (usize, usize)> = BTreeMap::new();
        for o in &self.outcomes {
            let e = by_folder.entry(folder(&o.path).to_path_buf()).or_default();
            if o.verdict == Verdict::Passed {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        let width = by_folder.keys().map(|k| k.display().to_string().chars().count()).max().unwrap_or(0);
        for (dir, (p, f)) in &by_folder {
            let mark = if *f == 0 { "ok  " } else { "FAIL" };
            let _ = writeln!(s, "{mark} {:<width$}  {p} passed, {f} failed", dir.display().to_string());
        }
        let _ = writeln!(s, "{}", self.summary_line());
        s
    }
}

/// Check every program, `opts.jobs` at a time, with `work` as scratch space.
pub fn run_tests(programs: &[PathBuf], work: &Path, opts: &Options) -> Report {
    let total = programs.len();
    let outcomes = parallel(
        total,
        opts.jobs,
        work,
        |i, dir| {
            let py = &programs[i];
            let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(py, dir, opts)));
            let (verdict, failure) = checked.unwrap_or_else(|p| {
                let msg = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                (Verdict::CompileError, Some(format!("ophis panicked (a bug in ophis): {msg}")))
            });
            Outcome { path: py.clone(), verdict, failure }
        },
        |o, k| {
            if opts.progress {
                let tag = match o.verdict {
                    Verdict::Passed => "ok  ",
                    Verdict::Failed => "FAIL",
                    Verdict::CompileError => "FAIL (compile error)",
                    Verdict::TimedOut => "FAIL (timed out)",
                };
                progress_line(k, total, tag, &o.path);
            }
        },
    );
    Report { outcomes }
}

/// Compile, run and compare one program against its recorded files; `work` is a scratch
/// directory.
pub fn check_program(py: &Path, work: &Path, timeout: Duration) -> Outcome {
    let opts = Options { timeout, jobs: 1, ..Options::default() };
    let (verdict, failure) = check(py, work, &opts);
    Outcome { path: py.to_path_buf(), verdict, failure }
}

/// Check every program against its recorded files, `jobs` at a time.
pub fn check_all(programs: &[PathBuf], work: &Path, timeout: Duration, jobs: usize) -> Vec<Outcome> {
    run_tests(programs, work, &Options { timeout, jobs, ..Options::default() }).outcomes
}

// ---- blessing -------------------------------------------------------------------------------

/// One program's blessing: its CPython exit status, or why none was recorded.
#[derive(Debug)]
pub struct Blessed {
    pub path: PathBuf,
    pub result: Result<i32, String>,
}

/// Record `NAME.stdout` (and `NAME.exit`/`NAME.stderr` when the exit status is non-zero;
/// stale ones are removed otherwise) for every program by running `python` on it, exactly as
/// `tests/bless.py` does. A program that times out gets no files.
pub fn bless(programs: &[PathBuf], python: &Path, work: &Path, opts: &Options) -> Vec<Blessed> {
    let total = programs.len();
    parallel(
        total,
        opts.jobs,
        work,
        |i, dir| {
            let py = &programs[i];
            let result = (|| -> Result<i32, String> {
                let c = run_cpython(python, py, dir, opts.timeout)
                    .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
                let code =
                    c.measured.exit.returncode().ok_or_else(|| format!("timed out after {}", secs(opts.timeout)))?;
                let write = |ext: &str, bytes: &[u8]| {
                    let p = py.with_extension(ext);
                    std::fs::write(&p, bytes).map_err(|e| format!("cannot write {}: {e}", p.display()))
                };
                write("stdout", &c.stdout)?;
                if code != 0 {
                    write("exit", format!("{code}\n").as_bytes())?;
                    let mut last = c
                        .stderr
                        .split(|&b| b == b'\n')
                        .rev()
                        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
                        .unwrap_or(b"")
                        .to_vec();
                    if last.last() == Some(&b'\r') {
                        last.pop();
                    }
                    last.push(b'\n');
                    write("stderr", &last)?;
                } else {
                    let _ = std::fs::remove_file(py.with_extension("exit"));
                    let _ = std::fs::remove_file(py.with_extension("stderr"));
                }
                Ok(code)
            })();
            Blessed { path: py.clone(), result }
        },
        |b, k| {
            if opts.progress {
                let tag = match &b.result {
                    Ok(0) => "blessed".to_string(),
                    Ok(c) => format!("blessed (exit {c})"),
                    Err(e) => format!("NOT BLESSED ({e})"),
                };
                progress_line(k, total, &tag, &b.path);
            }
        },
    )
}

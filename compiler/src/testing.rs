//! Golden testing: compile each program of a corpus, run it, and compare what it prints and
//! its exit status with the expected files recorded from CPython beside it:
//! `NAME.stdout` (exact), `NAME.exit` (absent means 0) and `NAME.stderr` (the last line of
//! stderr, checked when present).
//!
//! Programs are compiled in-process and run in parallel, each with a timeout. This is the code
//! path of the project's own golden suite (`compiler/tests/golden.rs`).

use crate::diagnostics::SourceFile;
use crate::driver;
use crate::target::Target;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One program's outcome.
#[derive(Debug)]
pub struct Outcome {
    pub path: PathBuf,
    /// `None` when everything matched; otherwise why it failed.
    pub failure: Option<String>,
}

/// What a program is expected to do.
struct Expected {
    stdout: String,
    exit: i32,
    stderr_last: Option<String>,
}

fn read_expected(py: &Path) -> Result<Expected, String> {
    let stdout = std::fs::read_to_string(py.with_extension("stdout"))
        .map_err(|e| format!("no expected output ({}): {e}", py.with_extension("stdout").display()))?;
    let exit = match std::fs::read_to_string(py.with_extension("exit")) {
        Ok(s) => s.trim().parse().map_err(|_| format!("bad exit file for {}", py.display()))?,
        Err(_) => 0,
    };
    let stderr_last = std::fs::read_to_string(py.with_extension("stderr")).ok().map(|s| s.trim_end().to_string());
    Ok(Expected { stdout, exit, stderr_last })
}

/// Every `.py` file under `paths` (files are taken as they are), sorted.
pub fn collect_programs(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
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
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out
}

/// Run a program with a timeout: (stdout, stderr, exit status or `None` on timeout/signal).
pub fn run_with_timeout(exe: &Path, cwd: &Path, timeout: Duration) -> std::io::Result<(String, String, Option<i32>)> {
    let mut child = Command::new(exe)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break Some(st);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    Ok((stdout, stderr, status.and_then(|s| s.code())))
}

fn unified_diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string()
}

/// Compile, run and compare one program; `work` is a scratch directory for the executable.
pub fn check_program(py: &Path, work: &Path, timeout: Duration) -> Outcome {
    let failure = (|| -> Result<(), String> {
        let expected = read_expected(py)?;
        let src = driver::read_source(py).map_err(|d| d.render(None))?;
        let name = py.file_name().and_then(|n| n.to_str()).unwrap_or("prog").to_string();
        // Tracebacks name the file as the program was given to CPython: by its name, run
        // from its folder.
        let src = SourceFile::new(name.clone(), src.text);
        let exe = work.join(name.trim_end_matches(".py"));
        driver::build(&src, &exe, &Target::host()).map_err(|d| format!("compile error:\n{}", d.render(Some(&src))))?;
        let dir = py.parent().unwrap_or(Path::new("."));
        let (stdout, stderr, status) = run_with_timeout(&exe, dir, timeout).map_err(|e| format!("cannot run: {e}"))?;
        let _ = std::fs::remove_file(&exe);
        let mut problems = Vec::new();
        match status {
            None => {
                problems.push(format!("timed out after {:?} or was killed by a signal\nstderr:\n{stderr}", timeout))
            }
            Some(code) if code != expected.exit => {
                problems.push(format!("exit status {code}, expected {}\nstderr:\n{stderr}", expected.exit))
            }
            _ => {}
        }
        if stdout != expected.stdout {
            problems.push(format!("stdout differs:\n{}", unified_diff(&expected.stdout, &stdout)));
        }
        if let Some(want) = &expected.stderr_last {
            let got = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim_end();
            if got != want.lines().last().unwrap_or("") {
                problems.push(format!("last stderr line differs:\n  expected: {want}\n  actual:   {got}"));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    })()
    .err();
    Outcome { path: py.to_path_buf(), failure }
}

/// Check every program, `jobs` at a time.
pub fn check_all(programs: &[PathBuf], work: &Path, timeout: Duration, jobs: usize) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(p) = programs.get(i) else { break };
                let dir = work.join(format!("job{i}"));
                let _ = std::fs::create_dir_all(&dir);
                let o = check_program(p, &dir, timeout);
                let _ = std::fs::remove_dir_all(&dir);
                results.lock().unwrap_or_else(|e| e.into_inner()).push(o);
            });
        }
    });
    let mut r = results.into_inner().unwrap_or_else(|e| e.into_inner());
    r.sort_by(|a, b| a.path.cmp(&b.path));
    r
}

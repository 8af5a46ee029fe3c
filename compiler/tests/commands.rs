//! End-to-end tests of `ophis test` and `ophis bench`: pass/fail/compile-error/timeout
//! reporting with diffs and counts, `--bless` and `--against` (skipped, saying why, when no
//! CPython is found), bad input (missing paths, missing interpreters), the bench table, its
//! speed-up line and `--json`, and the loud failure when CPython and ophis disagree (forced
//! with a fake interpreter, so that case needs no CPython).
//!
//! Each test works in its own directory under `$TMPDIR/ophis-commands-<pid>/`, removed when the
//! test passes; roots of earlier runs are removed once their process is gone.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

/// This run's root directory (it holds the tests' directories and the runtime cache); roots
/// left by earlier runs whose process has exited are removed.
fn root() -> &'static Path {
    static ROOT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    ROOT.get_or_init(|| {
        let tmp = std::env::temp_dir();
        for e in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name.strip_prefix("ophis-commands-") {
                if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        tmp.join(format!("ophis-commands-{}", std::process::id()))
    })
}

/// A fresh directory for one test; removed by `Scratch::done`.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = root().join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch directory");
        Scratch(dir.canonicalize().expect("canonical scratch directory"))
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&p, text).expect("write file");
        p
    }

    fn read(&self, name: &str) -> Option<String> {
        std::fs::read_to_string(self.0.join(name)).ok()
    }

    /// An executable shell script standing in for an interpreter.
    fn script(&self, name: &str, body: &str) -> PathBuf {
        let p = self.write(name, &format!("#!/bin/sh\n{body}\n"));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        p
    }

    fn done(self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Output {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl Output {
    #[track_caller]
    fn code(&self, want: i32) -> &Output {
        assert_eq!(self.status.code(), Some(want), "exit status\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    #[track_caller]
    fn stdout_has(&self, needles: &[&str]) -> &Output {
        for n in needles {
            assert!(self.stdout.contains(n), "expected {n:?} on stdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        }
        self
    }

    #[track_caller]
    fn stderr_has(&self, needles: &[&str]) -> &Output {
        for n in needles {
            assert!(self.stderr.contains(n), "expected {n:?} on stderr:\n{}\nstdout:\n{}", self.stderr, self.stdout);
        }
        self
    }
}

/// Run `ophis ARGS` in `dir` with extra environment (`None` removes a variable); checks it
/// neither panicked nor died of a signal.
fn ophis(args: &[&str], dir: &Path, env: &[(&str, Option<&str>)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.args(args).current_dir(dir).env("OPHIS_CACHE_DIR", root().join("cache"));
    for (k, v) in env {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let (status, stdout, stderr) = common::run(cmd, TIMEOUT);
    assert!(!stderr.contains("panicked"), "ophis {args:?} panicked:\n{stderr}");
    assert_eq!(status.signal(), None, "ophis {args:?} was killed by a signal\nstderr:\n{stderr}");
    Output { status, stdout, stderr }
}

/// The CPython the commands would pick, or `None` (after saying why the test is skipped).
fn cpython(test: &str) -> Option<PathBuf> {
    match ophis::bench::find_cpython(None, "--against") {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("skipping {test}: {e}");
            None
        }
    }
}

// ---- ophis test -------------------------------------------------------------------------------

/// A corpus with three passing programs and one of each kind of failure.
fn corpus(s: &Scratch) {
    s.write("t/pass.py", "print('hello')\n");
    s.write("t/pass.stdout", "hello\n");
    s.write("t/raises.py", "print('before')\nraise ValueError('boom')\n");
    s.write("t/raises.stdout", "before\n");
    s.write("t/raises.exit", "1\n");
    s.write("t/raises.stderr", "ValueError: boom\n");
    s.write("t/sub/exits.py", "import sys\nprint('x')\nsys.exit(3)\n");
    s.write("t/sub/exits.stdout", "x\n");
    s.write("t/sub/exits.exit", "3\n");
    s.write("t/sub/exits.stderr", "\n");
    // Failures.
    s.write("t/wrong_output.py", "print(1 + 1)\nprint('same')\n");
    s.write("t/wrong_output.stdout", "3\nsame\n");
    s.write("t/wrong_exit.py", "import sys\nsys.exit(2)\n");
    s.write("t/wrong_exit.stdout", "");
    s.write("t/wrong_exit.exit", "1\n");
    s.write("t/wrong_exit.stderr", "\n");
    s.write("t/wrong_stderr.py", "raise KeyError('a')\n");
    s.write("t/wrong_stderr.stdout", "");
    s.write("t/wrong_stderr.exit", "1\n");
    s.write("t/wrong_stderr.stderr", "KeyError: 'b'\n");
    s.write("t/no_compile.py", "def f(:\n    pass\n");
    s.write("t/no_compile.stdout", "");
    s.write("t/sub/hangs.py", "while True:\n    pass\n");
    s.write("t/sub/hangs.stdout", "");
}

#[test]
fn test_reports_passes_and_every_kind_of_failure() {
    let s = Scratch::new("test-report");
    corpus(&s);
    let out = ophis(&["test", "t", "--timeout", "1", "--jobs", "4"], s.path(), &[]);
    out.code(1).stdout_has(&[
        // A unified diff for the wrong output.
        "==== FAIL t/wrong_output.py",
        "--- expected\n+++ actual\n",
        "-3\n+2\n same\n",
        // The wrong exit status.
        "==== FAIL t/wrong_exit.py",
        "exit status 2, expected exit status 1",
        // The wrong last stderr line.
        "==== FAIL t/wrong_stderr.py",
        "expected: KeyError: 'b'",
        "actual:   KeyError: 'a'",
        // The diagnostic of a program that does not compile; the run went on.
        "==== COMPILE ERROR t/no_compile.py",
        "error[syntax]",
        "no_compile.py:1:7",
        // The hang.
        "==== TIMEOUT t/sub/hangs.py",
        "timed out after 1s",
        // Per-folder summary and the final line.
        "FAIL t      2 passed, 4 failed",
        "FAIL t/sub  1 passed, 1 failed",
    ]);
    assert!(out.stdout.ends_with("\n3 passed, 5 failed\n"), "final line:\n{}", out.stdout);
    assert!(!out.stdout.contains("t/pass.py"), "a passing program is not detailed:\n{}", out.stdout);
    // Progress: one line per program on stderr.
    out.stderr_has(&["ok   t/pass.py", "FAIL (timed out) t/sub/hangs.py", "FAIL (compile error) t/no_compile.py"]);
    assert_eq!(out.stderr.lines().filter(|l| l.starts_with('[')).count(), 8, "progress lines:\n{}", out.stderr);

    // Only the passing programs, as files and a folder: all pass, exit 0.
    let out = ophis(&["test", "t/pass.py", "t/raises.py", "t/sub/exits.py"], s.path(), &[]);
    out.code(0).stdout_has(&["ok   t      2 passed, 0 failed", "ok   t/sub  1 passed, 0 failed"]);
    assert!(out.stdout.ends_with("\n3 passed, 0 failed\n"), "final line:\n{}", out.stdout);
    s.done();
}

#[test]
fn test_rejects_bad_input() {
    let s = Scratch::new("test-bad-input");
    s.write("a.py", "print(1)\n");
    s.write("notes.txt", "hi\n");
    s.write("empty/readme.txt", "nothing here\n");
    ophis(&["test", "missing.py"], s.path(), &[]).code(2).stderr_has(&["missing.py: no such file or directory"]);
    ophis(&["test", "a.py", "missing_dir"], s.path(), &[]).code(2).stderr_has(&["missing_dir: no such file"]);
    ophis(&["test", "notes.txt"], s.path(), &[]).code(2).stderr_has(&["not a .py file or a directory"]);
    ophis(&["test", "empty"], s.path(), &[]).code(2).stderr_has(&["no .py programs found under empty"]);
    // Missing expected output is a failure that says how to record it.
    ophis(&["test", "a.py"], s.path(), &[]).code(1).stdout_has(&[
        "no expected output",
        "--bless",
        "0 passed, 1 failed",
    ]);
    // Usage errors from the command line itself.
    ophis(&["test"], s.path(), &[]).code(2);
    ophis(&["test", "a.py", "--timeout", "0"], s.path(), &[]).code(2);
    ophis(&["test", "a.py", "--jobs", "0"], s.path(), &[]).code(2);
    // An interpreter that does not exist.
    ophis(&["test", "a.py", "--against", "/no/such/python"], s.path(), &[])
        .code(2)
        .stderr_has(&["--against /no/such/python: no such executable"]);
    // No CPython anywhere: an empty $PATH (no pyenv, no python3) and no $OPHIS_CPYTHON.
    let nothing = s.path().join("empty");
    let no_python = [("PATH", Some(nothing.to_str().expect("utf-8 path"))), ("OPHIS_CPYTHON", None)];
    ophis(&["test", "--bless", "a.py"], s.path(), &no_python)
        .code(2)
        .stderr_has(&["no CPython found", "$OPHIS_CPYTHON"]);
    assert!(s.read("a.stdout").is_none(), "nothing blessed");
    s.done();
}

#[test]
fn test_bless_records_what_cpython_does() {
    let Some(_) = cpython("test_bless_records_what_cpython_does") else { return };
    let s = Scratch::new("test-bless");
    s.write("p/hello.py", "import sys\nprint('hi', len(sys.argv), sys.argv[0])\n");
    s.write("p/fails.py", "print('out')\nraise ValueError('boom')\n");
    s.write("p/exits.py", "import sys\nsys.exit(4)\n");
    // Stale expectations of a program that now exits 0 are removed.
    s.write("p/hello.exit", "1\n");
    s.write("p/hello.stderr", "Old: error\n");
    // The interpreter is found as the README says ($OPHIS_CPYTHON, pyenv, python3.12, python3).
    let out = ophis(&["test", "--bless", "p"], s.path(), &[]);
    out.code(0).stdout_has(&["blessed 3 programs (2 with non-zero exit, 0 not blessed) using "]);
    assert_eq!(s.read("p/hello.stdout").as_deref(), Some("hi 1 hello.py\n"));
    assert_eq!(s.read("p/hello.exit"), None);
    assert_eq!(s.read("p/hello.stderr"), None);
    assert_eq!(s.read("p/fails.stdout").as_deref(), Some("out\n"));
    assert_eq!(s.read("p/fails.exit").as_deref(), Some("1\n"));
    assert_eq!(s.read("p/fails.stderr").as_deref(), Some("ValueError: boom\n"));
    assert_eq!(s.read("p/exits.stdout").as_deref(), Some(""));
    assert_eq!(s.read("p/exits.exit").as_deref(), Some("4\n"));
    assert_eq!(s.read("p/exits.stderr").as_deref(), Some("\n"));
    // ophis agrees with what was recorded.
    let out = ophis(&["test", "p"], s.path(), &[]);
    out.code(0);
    assert!(out.stdout.ends_with("\n3 passed, 0 failed\n"), "{}", out.stdout);
    s.done();
}

#[test]
fn test_against_a_live_interpreter() {
    let s = Scratch::new("test-against");
    s.write("q/a.py", "print(sum(range(10)))\n");
    s.write("q/b.py", "print('x' * 3)\nraise RuntimeError('no')\n");
    // Recorded files are ignored with --against (this one is wrong on purpose).
    s.write("q/a.stdout", "wrong\n");
    // An "interpreter" that prints something else: every program fails, with a diff.
    let fake = s.script("fake-python", "echo 45\necho 'from the fake' >&2\nexit 0");
    let out = ophis(&["test", "q", "--against", fake.to_str().expect("utf-8")], s.path(), &[]);
    out.code(1).stdout_has(&[
        "==== FAIL q/b.py",
        "-45\n+xxx\n",
        "exit status 1, expected exit status 0",
        "1 passed, 1 failed",
    ]);
    // The real CPython.
    if let Some(py) = cpython("test_against_a_live_interpreter (real CPython part)") {
        let out = ophis(&["test", "q", "--against", py.to_str().expect("utf-8")], s.path(), &[]);
        out.code(0);
        assert!(out.stdout.ends_with("\n2 passed, 0 failed\n"), "{}", out.stdout);
        assert_eq!(s.read("q/a.stdout").as_deref(), Some("wrong\n"), "--against writes nothing");
    }
    // A hanging interpreter is a timeout, not a hang of `ophis test`.
    let slow = s.script("slow-python", "sleep 30");
    let out = ophis(&["test", "q/a.py", "--against", slow.to_str().expect("utf-8"), "--timeout", "0.5"], s.path(), &[]);
    out.code(1).stdout_has(&["==== TIMEOUT q/a.py", "timed out after 0.5s", "0 passed, 1 failed"]);
    s.done();
}

// ---- ophis bench ------------------------------------------------------------------------------

const TINY: &str = "import sys\ntotal = 0\nfor i in range(20000):\n    total += i * i\nprint(total, len(sys.argv))\n";

#[test]
fn bench_prints_a_table_and_json() {
    let Some(py) = cpython("bench_prints_a_table_and_json") else { return };
    let s = Scratch::new("bench-table");
    s.write("tiny.py", TINY);
    let py = py.to_str().expect("utf-8");
    let out = ophis(&["bench", "tiny.py", "a", "b", "--runs", "2", "--warmup", "0", "--python", py], s.path(), &[]);
    out.code(0).stdout_has(&[
        "tiny.py a b: 2 timed runs of each after 0 warm-ups",
        "compile: ",
        "median",
        "min–max",
        "peak RSS",
        "\nCPython ",
        "\nophis ",
        "MiB",
        "outputs match: same stdout (16 bytes) and exit status 0 in every run",
    ]);
    let speed = out.stdout.lines().last().expect("a last line");
    assert!(speed.starts_with("ophis is ") && speed.contains("× "), "speed-up line: {speed}");
    assert!(speed.contains(" faster than CPython 3.") || speed.contains(" slower than CPython 3."), "{speed}");
    out.stderr_has(&["[tiny.py] run 2/2"]);

    let out = ophis(&["bench", "tiny.py", "--runs", "2", "--warmup", "1", "--python", py, "--json"], s.path(), &[]);
    out.code(0).stdout_has(&[
        "\"program\": \"tiny.py\"",
        "\"runs\": 2",
        "\"warmup\": 1",
        "\"outputs_match\": true",
        "\"ok\": true",
        "\"samples\": [",
        "\"peak_rss_bytes\": ",
        "\"compile_seconds\": ",
    ]);
    assert!(out.stdout.trim_start().starts_with('{') && out.stdout.trim_end().ends_with('}'), "{}", out.stdout);
    assert!(!out.stdout.contains("\"speedup\": null"), "a speed-up: {}", out.stdout);
    s.done();
}

#[test]
fn bench_says_loudly_when_outputs_differ() {
    let s = Scratch::new("bench-mismatch");
    s.write("tiny.py", TINY);
    // A stand-in interpreter that prints something else.
    let fake = s.script("fake-python", "echo 'something else'");
    let fake = fake.to_str().expect("utf-8");
    let out = ophis(&["bench", "tiny.py", "--runs", "2", "--warmup", "0", "--python", fake], s.path(), &[]);
    out.code(1)
        .stderr_has(&["!!!!!!!!", "OUTPUT MISMATCH between CPython and ophis", "-something else", "+2666466670000 1"])
        .stdout_has(&["OUTPUT MISMATCH", "no speed-up reported"]);
    let out = ophis(&["bench", "tiny.py", "--runs", "1", "--warmup", "0", "--python", fake, "--json"], s.path(), &[]);
    out.code(1).stdout_has(&["\"outputs_match\": false", "\"ok\": false", "\"speedup\": null"]);
    // Same output, different exit status.
    let fake = s.script("exit-python", "echo '2666466670000 1'\nexit 3");
    let out = ophis(
        &["bench", "tiny.py", "--runs", "1", "--warmup", "0", "--python", fake.to_str().expect("utf-8")],
        s.path(),
        &[],
    );
    out.code(1).stderr_has(&["OUTPUT MISMATCH", "CPython: exit status 3", "ophis:   exit status 0"]);
    s.done();
}

#[test]
fn bench_rejects_bad_input() {
    let s = Scratch::new("bench-bad-input");
    s.write("tiny.py", TINY);
    s.write("bad.py", "def f(:\n    pass\n");
    ophis(&["bench", "missing.py"], s.path(), &[]).code(2).stderr_has(&["cannot read missing.py"]);
    ophis(&["bench", "tiny.py", "--python", "/no/such/python"], s.path(), &[])
        .code(2)
        .stderr_has(&["--python /no/such/python: no such executable"]);
    let nothing = s.path().join("nothing");
    std::fs::create_dir_all(&nothing).expect("mkdir");
    let no_python = [("PATH", Some(nothing.to_str().expect("utf-8 path"))), ("OPHIS_CPYTHON", None)];
    ophis(&["bench", "tiny.py"], s.path(), &no_python).code(2).stderr_has(&["no CPython found", "--python PATH"]);
    ophis(&["bench", "tiny.py", "--runs", "0"], s.path(), &[]).code(2);
    // A program that does not compile: its diagnostic, exit status 1.
    let fake = s.script("fake-python", "exit 0");
    ophis(&["bench", "bad.py", "--python", fake.to_str().expect("utf-8")], s.path(), &[])
        .code(1)
        .stderr_has(&["error[syntax]", "bad.py:1:7"]);
    s.done();
}

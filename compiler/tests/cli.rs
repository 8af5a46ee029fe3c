//! End-to-end tests of the `ophis` command line: every class of compile error (with its exit
//! status and the important parts of its message), `--target`/`--emit`/`--free-threaded`,
//! link failures, and what compiled programs do at run time when they fail (tracebacks,
//! exception chaining, `sys.exit`, recursion, `sys.argv`).
//!
//! Each test works in its own directory under `$TMPDIR/ophis-cli-<pid>/` with a cache
//! (`OPHIS_CACHE_DIR`) shared by the tests of one run; directories left by earlier runs are
//! removed when their process is gone. Runtime expectations were taken from CPython 3.12; when
//! a CPython 3.12 is found (`$OPHIS_CPYTHON`, `pyenv prefix 3.12.1`, or `python3.12`), the tests
//! also check that CPython still prints what they expect.

mod common;

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::OnceLock;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(120);

// ---- helpers ------------------------------------------------------------------------------------

/// The per-run root directory; removes roots of earlier runs whose process has exited.
fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let tmp = std::env::temp_dir();
        if let Ok(entries) = std::fs::read_dir(&tmp) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = name.strip_prefix("ophis-cli-") {
                    if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        let root = tmp.join(format!("ophis-cli-{}", std::process::id()));
        std::fs::create_dir_all(root.join("cache")).expect("create the test root");
        root.canonicalize().expect("canonical test root")
    })
}

/// A fresh, empty directory for one test (canonical, so it matches what CPython prints).
fn scratch(name: &str) -> PathBuf {
    let dir = root().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch directory");
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write program");
}

/// Run a command to completion (killed after `TIMEOUT`): (status, stdout, stderr).
fn run(cmd: Command) -> (ExitStatus, String, String) {
    common::run(cmd, TIMEOUT)
}

/// Run the `ophis` binary in `dir` with extra environment variables. Checks that it did not
/// panic and was not killed by a signal (through `ophis run`, that is the program itself).
fn ophis(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> (ExitStatus, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.args(args)
        .current_dir(dir)
        .env("OPHIS_CACHE_DIR", root().join("cache"))
        .env_remove("OPHIS_CC")
        .env_remove("OPHIS_CC_AARCH64")
        .env_remove("OPHIS_CC_X86_64")
        .env_remove("OPHIS_RUNTIME_AARCH64")
        .env_remove("OPHIS_RUNTIME_X86_64")
        .envs(env.iter().copied());
    let (status, stdout, stderr) = run(cmd);
    assert!(!stderr.contains("panicked"), "ophis {args:?} panicked:\n{stderr}");
    assert_eq!(status.signal(), None, "ophis {args:?} was killed by a signal\nstdout:\n{stdout}\nstderr:\n{stderr}");
    (status, stdout, stderr)
}

#[track_caller]
fn assert_contains(haystack: &str, needles: &[&str]) {
    for n in needles {
        assert!(haystack.contains(n), "expected to find {n:?} in:\n{haystack}");
    }
}

#[track_caller]
fn assert_code(status: ExitStatus, code: i32, stderr: &str) {
    assert_eq!(status.code(), Some(code), "exit status; stderr:\n{stderr}");
}

/// `ophis build prog.py -o prog` on `src`, which must fail with `error[kind]`: checks exit
/// status 1, nothing on stdout, no executable written; returns stderr.
#[track_caller]
fn compile_error(dir: &Path, src: &str, kind: &str) -> String {
    write(dir, "prog.py", src);
    let (status, stdout, stderr) = ophis(&["build", "prog.py", "-o", "prog"], dir, &[]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "", "stdout of a failed build");
    assert_contains(&stderr, &[&format!("error[{kind}]")]);
    assert!(!dir.join("prog").exists(), "a failed build wrote an executable");
    stderr
}

/// The lines of a traceback without CPython's `^^^^`/`~~^~~` marker lines, which ophis does
/// not print yet.
fn non_caret(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| {
            let t = l.trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~')
        })
        .map(str::to_string)
        .collect()
}

/// Compare lines; on a mismatch, report the first differing line and (at most 40 lines of)
/// the actual output rather than two whole, possibly huge, vectors.
#[track_caller]
fn assert_lines(what: &str, actual: &[String], want: &[&str]) {
    if actual.iter().map(String::as_str).eq(want.iter().copied()) {
        return;
    }
    let i = actual.iter().zip(want).position(|(a, w)| a != w).unwrap_or(actual.len().min(want.len()));
    let shown: Vec<&str> = actual.iter().map(String::as_str).take(40).collect();
    panic!(
        "{what} differs at line {}: expected {:?}, got {:?} ({} lines expected, {} actual)\n\
         actual (first 40 lines):\n{}",
        i + 1,
        want.get(i),
        actual.get(i),
        want.len(),
        actual.len(),
        shown.join("\n")
    );
}

/// A CPython 3.12 interpreter, if one is installed.
fn cpython() -> Option<PathBuf> {
    static PY: OnceLock<Option<PathBuf>> = OnceLock::new();
    PY.get_or_init(|| {
        let mut candidates = Vec::new();
        if let Some(p) = std::env::var_os("OPHIS_CPYTHON") {
            candidates.push(PathBuf::from(p));
        }
        if let Ok(out) = Command::new("pyenv").args(["prefix", "3.12.1"]).output() {
            if out.status.success() {
                let prefix = String::from_utf8_lossy(&out.stdout).trim().to_string();
                candidates.push(Path::new(&prefix).join("bin/python3"));
            }
        }
        candidates.push(PathBuf::from("python3.12"));
        candidates.into_iter().find(|p| {
            Command::new(p)
                .arg("--version")
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.12"))
        })
    })
    .clone()
}

/// Runs `prog` with `ophis run` and checks stdout, the non-caret stderr lines and the exit
/// status; when CPython 3.12 is available, checks that CPython prints the same. CPython 3.12
/// names the main script by its absolute path in tracebacks while ophis uses the path it was
/// given, so `<dir>/` is removed from CPython's output before comparing.
#[track_caller]
fn expect_like_cpython(dir: &Path, prog: &str, args: &[&str], stdout: &str, stderr_lines: &[&str], code: i32) {
    let mut argv = vec!["run", prog];
    argv.extend_from_slice(args);
    let (st, out, err) = ophis(&argv, dir, &[]);
    assert_eq!(out, stdout, "ophis stdout; stderr:\n{err}");
    assert_lines("ophis stderr", &non_caret(&err), stderr_lines);
    assert_code(st, code, &err);

    let Some(py) = cpython() else {
        eprintln!("note: no CPython 3.12 found; not cross-checking {prog}");
        return;
    };
    let mut cmd = Command::new(py);
    cmd.arg(prog).args(args).current_dir(dir);
    let (st, out, err) = run(cmd);
    let err = err.replace(&format!("{}/", dir.display()), "");
    assert_eq!(out, stdout, "CPython stdout (the test's expectation is stale)");
    assert_lines("CPython stderr (the test's expectation is stale)", &non_caret(&err), stderr_lines);
    assert_eq!(st.code(), Some(code), "CPython exit status");
}

// ---- compile errors -----------------------------------------------------------------------------

#[test]
fn syntax_error() {
    let dir = scratch("syntax_error");
    let err = compile_error(&dir, "def f(:\n    pass\n", "syntax");
    assert_contains(&err, &["prog.py", "prog.py:1:", "def f(:"]);
    // The parser's message already says "invalid syntax"; ophis must not prefix it again.
    assert!(!err.contains("invalid syntax: invalid syntax"), "repeated message:\n{err}");
    assert!(err.lines().any(|l| l.trim_end().ends_with('^')), "no caret line in:\n{err}");
    // `ophis run` reports the same error and runs nothing.
    let (status, stdout, stderr) = ophis(&["run", "prog.py"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "");
    assert_contains(&stderr, &["error[syntax]", "prog.py:1:"]);
}

#[test]
fn syntax_error_function_without_body() {
    let dir = scratch("syntax_error_function_without_body");
    let err = compile_error(&dir, "def f():\n", "syntax");
    // CPython: "IndentationError: expected an indented block after function definition on
    // line 1", reported on line 1.
    assert_contains(&err, &["expected an indented block", "prog.py:"]);
    assert!(!err.contains("unindent does not match"), "misleading message:\n{err}");
}

#[test]
fn unsupported_constructs() {
    // (program, the construct's name in the message, file:line:col of the construct).
    // When ophis learns one of these, replace it with a construct it still lacks.
    let cases: &[(&str, &str, &str)] = &[
        ("x = 1\n\nclass A[T]: pass\n", "a generic class (type parameters)", "prog.py:3:1"),
        ("x = 1\ntype Point = tuple[int, int]\n", "a `type` alias statement", "prog.py:2:1"),
        ("async def g():\n    type T = int\n", "a `type` alias statement", "prog.py:2:5"),
        ("def f():\n    return [locals() for _ in range(2)]\n", "`locals()` inside a comprehension", "prog.py:2:13"),
        ("import json\n", "the standard library module 'json'", "prog.py:1:1"),
    ];
    let dir = scratch("unsupported_constructs");
    for (src, construct, at) in cases {
        let err = compile_error(&dir, src, "unsupported");
        assert_contains(&err, &["is not supported by ophis yet", construct, at]);
        assert!(err.lines().any(|l| l.trim_end().ends_with('^')), "no caret line in:\n{err}");
    }
}

#[test]
fn import_diagnostics() {
    // (program, error kind, message, file:line:col): imports decided at compile time
    // (`compiler/src/modules.rs`); a name that is neither a module ophis provides, nor in
    // CPython's standard library, nor a file beside the program raises at run time instead.
    // (The program's own modules are `multi_file_programs`.)
    let cases: &[(&str, &str, &str, &str)] = &[
        ("import math\nimport email.message\n", "unsupported", "the standard library module 'email'", "prog.py:2:1"),
        ("x = 1\nfrom json import dumps\n", "unsupported", "the standard library module 'json'", "prog.py:2:1"),
        ("def f():\n    from math import *\n", "syntax", "import * only allowed at module level", "prog.py:2:5"),
        ("from __future__ import braces\n", "syntax", "not a chance", "prog.py:1:1"),
        ("from __future__ import nope\n", "syntax", "future feature nope is not defined", "prog.py:1:1"),
    ];
    let dir = scratch("import_diagnostics");
    write(&dir, "helper.py", "x = 1\n");
    std::fs::create_dir_all(dir.join("pkg")).expect("mkdir");
    write(&dir.join("pkg"), "__init__.py", "");
    for (src, kind, msg, at) in cases {
        let err = compile_error(&dir, src, kind);
        assert_contains(&err, &[msg, at]);
    }
    // The note lists what ophis provides.
    let err = compile_error(&dir, "import json\n", "unsupported");
    assert_contains(
        &err,
        &["the modules ophis provides are: abc, asyncio, bisect, builtins, collections, contextlib, copy, "],
    );
    // Accepted: a `__future__` feature, and an unknown module (ModuleNotFoundError at run time).
    write(&dir, "ok.py", "from __future__ import annotations\ntry:\n    import no_such_mod_xyz\nexcept ImportError as e:\n    print(e)\n");
    let (status, stdout, stderr) = ophis(&["run", "ok.py"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "No module named 'no_such_mod_xyz'\n");
}

#[test]
fn multi_file_programs() {
    let dir = scratch("multi_file_programs");
    std::fs::create_dir_all(dir.join("pkg")).expect("mkdir");
    write(&dir.join("pkg"), "__init__.py", "from .inner import f\n");
    write(&dir.join("pkg"), "inner.py", "def f():\n    return 'v1'\n");
    write(&dir, "main.py", "import pkg\nprint(pkg.f())\n");
    let (status, stdout, stderr) = ophis(&["run", "main.py"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "v1\n");
    // `ophis run`'s cache notices a change to an imported file.
    write(&dir.join("pkg"), "inner.py", "def f():\n    return 'v2'\n");
    let (status, stdout, stderr) = ophis(&["run", "main.py"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "v2\n");
    // A compile error in an imported file names that file.
    write(&dir.join("pkg"), "inner.py", "def f():\n    return (1,\n");
    let (status, _, stderr) = ophis(&["build", "main.py", "-o", "prog"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_contains(&stderr, &["error[syntax]", "inner.py"]);
    write(&dir.join("pkg"), "inner.py", "def f():\n    nonlocal q\n");
    let (status, _, stderr) = ophis(&["build", "main.py", "-o", "prog"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_contains(&stderr, &["nonlocal", "pkg/inner.py:2:5"]);
    // A relative import in the main file fails at run time, as under CPython.
    write(&dir, "rel.py", "try:\n    from . import pkg\nexcept ImportError as e:\n    print(e)\n");
    let (status, stdout, stderr) = ophis(&["run", "rel.py"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "attempted relative import with no known parent package\n");
}

#[test]
fn semantic_errors() {
    // (program, CPython's message, file:line:col).
    let cases: &[(&str, &str, &str)] = &[
        ("x = 1\nreturn x\n", "'return' outside function", "prog.py:2:1"),
        ("for i in range(3):\n    pass\nbreak\n", "'break' outside loop", "prog.py:3:1"),
        ("x = 1\nnonlocal x\n", "nonlocal declaration not allowed at module level", "prog.py:2:1"),
        (
            "def f():\n    def g():\n        nonlocal y\n        y = 1\n    return g\n",
            "no binding for nonlocal 'y' found",
            "prog.py:3:9",
        ),
        (
            "x = 0\ndef f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            "prog.py:4:5",
        ),
    ];
    let dir = scratch("semantic_errors");
    for (src, msg, at) in cases {
        let err = compile_error(&dir, src, "semantic");
        assert_contains(&err, &[msg, at]);
    }
}

#[test]
fn except_star_and_star_import_errors() {
    // (program, kind, CPython's message, file:line:col).
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "syntax",
            "cannot have both 'except' and 'except*' on the same 'try'",
            "prog.py:5:",
        ),
        (
            "try:\n    pass\nexcept* TypeError:\n    pass\nexcept ValueError:\n    pass\n",
            "syntax",
            "cannot have both 'except' and 'except*' on the same 'try'",
            "prog.py:5:",
        ),
        ("try:\n    pass\nx = 1\n", "syntax", "expected 'except' or 'finally' block", "prog.py:3:1"),
        ("try:\n    pass\nexcept*:\n    pass\n", "syntax", "expected one or more exception types", "prog.py:3:"),
        (
            "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "semantic",
            "'break', 'continue' and 'return' cannot appear in an except* block",
            "prog.py:5:9",
        ),
        (
            "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "semantic",
            "'break', 'continue' and 'return' cannot appear in an except* block",
            "prog.py:5:9",
        ),
        (
            "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return 1\n",
            "semantic",
            "'break', 'continue' and 'return' cannot appear in an except* block",
            "prog.py:8:13",
        ),
        ("def f():\n    from math import *\n", "syntax", "import * only allowed at module level", "prog.py:2:5"),
        ("class C:\n    from math import *\n", "syntax", "import * only allowed at module level", "prog.py:2:5"),
        ("g = globals\n", "unsupported", "`globals` other than in a direct call", "prog.py:1:5"),
    ];
    let dir = scratch("except_star_errors");
    for (src, kind, msg, at) in cases {
        let err = compile_error(&dir, src, kind);
        assert_contains(&err, &[msg, at]);
    }
}

#[test]
fn comprehension_assignment_expression_errors() {
    // PEP 572's restrictions, with CPython's messages (SyntaxError).
    let cases: &[(&str, &str, &str)] = &[
        (
            "z = [(x := 1) for x in range(3)]\n",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            "prog.py:1:7",
        ),
        (
            "class C:\n    z = [(q := 1) for x in range(3)]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            "prog.py:2:11",
        ),
        (
            "def f():\n    yield\n    return [(yield) for _ in range(2)]\n",
            "'yield' inside comprehension",
            "prog.py:3:14",
        ),
    ];
    let dir = scratch("comprehension_assignment_expression_errors");
    for (src, msg, at) in cases {
        let err = compile_error(&dir, src, "syntax");
        assert_contains(&err, &[msg, at]);
    }
}

#[test]
fn async_syntax_errors() {
    // (program, CPython 3.12's SyntaxError message, file:line:col of its caret).
    let cases: &[(&str, &str, &str)] = &[
        ("x = 1\nawait x\n", "'await' outside function", "prog.py:2:1"),
        ("def f(x):\n    return await x\n", "'await' outside async function", "prog.py:2:12"),
        ("f = lambda x: await x\n", "'await' outside async function", "prog.py:1:15"),
        ("async def f(x):\n    class C:\n        y = await x\n", "'await' outside function", "prog.py:3:13"),
        (
            "def f(y):\n    return [await x for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
            "prog.py:2:12",
        ),
        ("y = [x async for x in z]\n", "asynchronous comprehension outside of an asynchronous function", "prog.py:1:5"),
        (
            "async def f(y):\n    g = lambda: [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
            "prog.py:2:17",
        ),
        ("async def f(x):\n    yield from x\n", "'yield from' inside async function", "prog.py:2:5"),
        ("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", "prog.py:3:5"),
        ("def f(y):\n    async for x in y:\n        pass\n", "'async for' outside async function", "prog.py:2:5"),
        ("def f(y):\n    async with y:\n        pass\n", "'async with' outside async function", "prog.py:2:5"),
    ];
    let dir = scratch("async_syntax_errors");
    for (src, msg, at) in cases {
        let err = compile_error(&dir, src, "syntax");
        assert_contains(&err, &[msg, at]);
    }
}

#[test]
fn unpacking_and_match_errors() {
    // (program, CPython 3.12's SyntaxError message, file:line:col of its caret).
    let m = |case: &str| format!("x = 1\nmatch x:\n    case {case}: pass\n    case 1: pass\n");
    let cases: Vec<(String, &str, &str)> = vec![
        ("a, *b, *c = [1]\n".into(), "multiple starred expressions in assignment", "prog.py:1:1"),
        ("x = [1]\n*a = x\n".into(), "starred assignment target must be in a list or tuple", "prog.py:2:1"),
        ("for a, *b, *c in []: pass\n".into(), "multiple starred expressions in assignment", "prog.py:1:5"),
        ("a = 1\ndel *a\n".into(), "cannot delete starred", "prog.py:2:5"),
        (m("y"), "name capture 'y' makes remaining patterns unreachable", "prog.py:3:10"),
        (m("_"), "wildcard makes remaining patterns unreachable", "prog.py:3:10"),
        (m("(y)"), "name capture 'y' makes remaining patterns unreachable", "prog.py:3:11"),
        (m("y as z"), "name capture 'y' makes remaining patterns unreachable", "prog.py:3:10"),
        (m("y | 1"), "name capture 'y' makes remaining patterns unreachable", "prog.py:3:10"),
        (m("_ | 1"), "wildcard makes remaining patterns unreachable", "prog.py:3:10"),
        (m("[a, a]"), "multiple assignments to name 'a' in pattern", "prog.py:3:14"),
        (m("{'k': a, **a}"), "multiple assignments to name 'a' in pattern", "prog.py:3:10"),
        (m("[*a, *b]"), "multiple starred names in sequence pattern", "prog.py:3:10"),
        (m("{1: a, 1: b}"), "mapping pattern checks duplicate key (1)", "prog.py:3:10"),
        (m("int(a=1, a=2)"), "attribute name repeated in class pattern: a", "prog.py:3:21"),
        (m("[1 | y]"), "alternative patterns bind different names", "prog.py:3:11"),
        (m("1 | y"), "name capture 'y' makes remaining patterns unreachable", "prog.py:3:14"),
        (m("[a] | [b]"), "alternative patterns bind different names", "prog.py:3:10"),
    ];
    let dir = scratch("unpacking_and_match_errors");
    for (src, msg, at) in &cases {
        let err = compile_error(&dir, src, "semantic");
        assert_contains(&err, &[msg, at]);
    }
    // A guarded or last irrefutable case is fine.
    write(&dir, "ok.py", "match 1:\n    case y if y > 5: pass\n    case z: print(z)\n");
    let (status, stdout, stderr) = ophis(&["run", "ok.py"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "1\n");
}

#[test]
fn missing_input_file() {
    let dir = scratch("missing_input_file");
    for cmd in ["build", "run"] {
        let (status, stdout, stderr) = ophis(&[cmd, "nope.py"], &dir, &[]);
        assert_code(status, 1, &stderr);
        assert_eq!(stdout, "");
        assert_contains(&stderr, &["error[io]", "cannot read", "nope.py"]);
    }
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch("usage_errors_exit_2");
    write(&dir, "ok.py", "print(1)\n");
    for args in [&[][..], &["build"], &["build", "ok.py", "--emit", "bogus"]] {
        let (status, _, stderr) = ophis(args, &dir, &[]);
        assert_code(status, 2, &stderr);
    }
}

// ---- linking and targets ------------------------------------------------------------------------

const OK_PROGRAM: &str = "def f(x):\n    return x + 1\n\nprint(f(2))\n";

#[test]
fn build_and_run_executable() {
    let dir = scratch("build_and_run_executable");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "-o", "app"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!((stdout.as_str(), stderr.as_str()), ("", ""));
    let (status, stdout, stderr) = run(Command::new(dir.join("app")));
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "3\n");
    // Without -o the executable is named after the file.
    let (status, _, stderr) = ophis(&["build", "ok.py"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert!(dir.join("ok").is_file(), "`ophis build ok.py` wrote no `ok`");
}

/// The directory's entries apart from `keep`.
fn leftovers(dir: &Path, keep: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != keep)
        .collect()
}

#[test]
fn linker_fails() {
    let dir = scratch("linker_fails");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "-o", "app"], &dir, &[("OPHIS_CC", "false")]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "");
    assert_contains(&stderr, &["error[link]", "the linker `false` failed"]);
    // Neither the executable nor the temporary object file is left behind.
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
}

#[test]
fn linker_missing() {
    let dir = scratch("linker_missing");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, _, stderr) = ophis(&["build", "ok.py", "-o", "app"], &dir, &[("OPHIS_CC", "/nonexistent/cc")]);
    assert_code(status, 1, &stderr);
    assert_contains(&stderr, &["error[link]", "could not run the linker", "/nonexistent/cc"]);
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
}

#[test]
fn unsupported_target() {
    let dir = scratch("unsupported_target");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "--target", "riscv64-unknown-linux-gnu"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "");
    assert_contains(
        &stderr,
        &[
            "error[",
            "unsupported target `riscv64-unknown-linux-gnu`",
            "x86_64-unknown-linux-gnu",
            "aarch64-unknown-linux-gnu",
        ],
    );
    let (status, _, stderr) = ophis(&["build", "ok.py", "--target", "bogus-xx"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_contains(&stderr, &["error[", "unknown target `bogus-xx`"]);
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
}

/// The target other than the host.
fn other_target() -> ophis::target::Target {
    use ophis::target::{Arch, Target};
    Target::of(if Arch::HOST == Arch::X86_64 { Arch::Aarch64 } else { Arch::X86_64 })
}

#[test]
fn cross_target_runtime_missing() {
    let dir = scratch("cross_target_runtime_missing");
    write(&dir, "ok.py", OK_PROGRAM);
    let other = other_target();
    let var = ophis::link::runtime_var(other.arch);
    // A separately built runtime that is not there.
    let (status, stdout, stderr) =
        ophis(&["build", "ok.py", "--target", other.name(), "-o", "app"], &dir, &[(&var, "/nonexistent/lib.a")]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "");
    assert_contains(
        &stderr,
        &["error[link]", &var, "/nonexistent/lib.a", other.name(), &format!("OPHIS_TARGETS={}", other.name())],
    );
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
    // Without it, an ophis built without that target's toolchain says how to build its runtime.
    if !ophis::link::embedded_targets().iter().any(|t| t.arch == other.arch) {
        let (status, _, stderr) = ophis(&["build", "ok.py", "--target", other.name(), "-o", "app"], &dir, &[]);
        assert_code(status, 1, &stderr);
        assert_contains(
            &stderr,
            &["error[link]", "carries no runtime for", other.name(), &format!("OPHIS_TARGETS={}", other.name())],
        );
        assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
    }
    // Emitting an object for the other target needs no runtime.
    let (status, _, stderr) =
        ophis(&["build", "ok.py", "--target", other.name(), "--emit", "obj", "-o", "x.o"], &dir, &[(&var, "/x")]);
    assert_code(status, 0, &stderr);
    let obj = std::fs::read(dir.join("x.o")).expect("x.o written");
    assert!(obj.starts_with(b"\x7fELF"), "not an ELF file");
    assert_eq!(u16::from_le_bytes([obj[18], obj[19]]), other.arch.elf_machine(), "e_machine of x.o");
}

#[test]
fn cross_linker_missing() {
    let dir = scratch("cross_linker_missing");
    write(&dir, "ok.py", OK_PROGRAM);
    let other = other_target();
    if !ophis::link::embedded_targets().iter().any(|t| t.arch == other.arch) {
        eprintln!("skipped: this ophis carries no runtime for {}", other.name());
        return;
    }
    let var = other.linker_var();
    let (status, _, stderr) =
        ophis(&["build", "ok.py", "--target", other.name(), "-o", "app"], &dir, &[(&var, "/nonexistent/gcc")]);
    assert_code(status, 1, &stderr);
    assert_contains(&stderr, &["error[link]", "could not run the linker", "/nonexistent/gcc", &var]);
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
}

/// Every target this ophis carries a runtime for produces an executable for that machine
/// (`file` says `ARM aarch64` for aarch64), which runs here natively or under its emulator.
#[test]
fn executables_for_every_embedded_target() {
    let dir = scratch("executables_for_every_embedded_target");
    write(&dir, "ok.py", OK_PROGRAM);
    for target in ophis::link::embedded_targets() {
        let exe = format!("app-{}", target.arch.name());
        let (status, stdout, stderr) = ophis(&["build", "ok.py", "--target", target.name(), "-o", &exe], &dir, &[]);
        assert_code(status, 0, &stderr);
        assert_eq!((stdout.as_str(), stderr.as_str()), ("", ""));
        let bytes = std::fs::read(dir.join(&exe)).expect("executable written");
        assert!(bytes.starts_with(b"\x7fELF\x02\x01"), "{exe}: not a 64-bit little-endian ELF file");
        assert_eq!(u16::from_le_bytes([bytes[18], bytes[19]]), target.arch.elf_machine(), "{exe}: ELF e_machine");
        if let Ok(out) = Command::new("file").arg(dir.join(&exe)).output() {
            let said = String::from_utf8_lossy(&out.stdout);
            let want = match target.arch {
                ophis::target::Arch::X86_64 => "x86-64",
                ophis::target::Arch::Aarch64 => "ARM aarch64",
            };
            assert!(said.contains(want), "`file {exe}` says {said:?}, expected {want:?}");
        }
        if target.can_run() {
            let (status, stdout, stderr) = run(target.run_command(&dir.join(&exe), exe.as_ref()));
            assert_code(status, 0, &stderr);
            assert_eq!(stdout, "3\n", "{exe}");
        } else {
            eprintln!("{exe}: not run: `{}` is not on PATH", target.emulator().unwrap_or_default());
        }
    }
}

#[test]
fn free_threaded_not_supported() {
    let dir = scratch("free_threaded_not_supported");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "--free-threaded"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "");
    assert_contains(&stderr, &["error[", "--free-threaded", "not supported"]);
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new());
}

// ---- --emit -------------------------------------------------------------------------------------

#[test]
fn emit_ir() {
    let dir = scratch("emit_ir");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "--emit", "ir"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_contains(&stdout, &["function <module>", "function f"]);
    assert_eq!(leftovers(&dir, "ok.py"), Vec::<String>::new(), "--emit ir wrote files");
}

#[test]
fn emit_clif() {
    let dir = scratch("emit_clif");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "--emit", "clif"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert!(stdout.lines().any(|l| l.starts_with("function ")), "no Cranelift function in:\n{stdout}");
}

#[test]
fn emit_asm() {
    let dir = scratch("emit_asm");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "--emit", "asm"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert!(!stdout.trim().is_empty(), "--emit asm printed nothing");
}

#[test]
fn emit_obj() {
    let dir = scratch("emit_obj");
    write(&dir, "ok.py", OK_PROGRAM);
    let (status, stdout, stderr) = ophis(&["build", "ok.py", "--emit", "obj", "-o", "x.o"], &dir, &[]);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "");
    let obj = std::fs::read(dir.join("x.o")).expect("x.o written");
    assert!(obj.starts_with(b"\x7fELF"), "x.o is not an ELF file");
    // Without -o the object file is named after the source file.
    let (status, _, stderr) = ophis(&["build", "ok.py", "--emit", "obj"], &dir, &[]);
    assert_code(status, 0, &stderr);
    let obj = std::fs::read(dir.join("ok.o")).expect("ok.o written");
    assert!(obj.starts_with(b"\x7fELF"), "ok.o is not an ELF file");
}

// ---- run-time errors ----------------------------------------------------------------------------

#[test]
fn uncaught_exception_traceback() {
    let dir = scratch("uncaught_exception_traceback");
    write(
        &dir,
        "prog.py",
        "def g(x):\n    print(\"in g\", x)\n    raise ValueError('boom')\n\n\
         def f():\n    print(\"in f\")\n    return g(1) + 1\n\n\
         print(\"start\")\nf()\nprint(\"never\")\n",
    );
    // CPython 3.12 also prints `^^^^` lines under some source lines (here under `g(1)`);
    // ophis does not print those yet, so only the other lines are compared.
    expect_like_cpython(
        &dir,
        "prog.py",
        &[],
        "start\nin f\nin g 1\n",
        &[
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 10, in <module>",
            "    f()",
            "  File \"prog.py\", line 7, in f",
            "    return g(1) + 1",
            "  File \"prog.py\", line 3, in g",
            "    raise ValueError('boom')",
            "ValueError: boom",
        ],
        1,
    );
}

#[test]
fn exception_during_handling() {
    let dir = scratch("exception_during_handling");
    write(&dir, "prog.py", "try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('x')\n");
    // CPython's `~^~` line under `1/0` is not compared (ophis does not print it yet).
    expect_like_cpython(
        &dir,
        "prog.py",
        &[],
        "",
        &[
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 2, in <module>",
            "    1/0",
            "ZeroDivisionError: division by zero",
            "",
            "During handling of the above exception, another exception occurred:",
            "",
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 4, in <module>",
            "    raise ValueError('x')",
            "ValueError: x",
        ],
        1,
    );
}

#[test]
fn exception_direct_cause() {
    let dir = scratch("exception_direct_cause");
    write(&dir, "prog.py", "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('x') from e\n");
    expect_like_cpython(
        &dir,
        "prog.py",
        &[],
        "",
        &[
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 2, in <module>",
            "    1/0",
            "ZeroDivisionError: division by zero",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 4, in <module>",
            "    raise ValueError('x') from e",
            "ValueError: x",
        ],
        1,
    );
}

#[test]
fn sys_exit_with_code() {
    let dir = scratch("sys_exit_with_code");
    write(&dir, "prog.py", "import sys\nprint(\"before\")\nsys.exit(3)\nprint(\"after\")\n");
    expect_like_cpython(&dir, "prog.py", &[], "before\n", &[], 3);
}

#[test]
fn sys_exit_with_message() {
    let dir = scratch("sys_exit_with_message");
    write(&dir, "prog.py", "import sys\nprint(\"before\")\nsys.exit(\"bye\")\n");
    expect_like_cpython(&dir, "prog.py", &[], "before\n", &["bye"], 1);
}

const RECURSE: &str = "def r(n):\n    return r(n + 1) + 1\n\nprint(\"go\")\nr(0)\n";

#[test]
fn deep_recursion_raises_recursion_error() {
    let dir = scratch("deep_recursion_raises_recursion_error");
    write(&dir, "prog.py", RECURSE);
    // `ophis` checks that the program was not killed by a signal (a stack overflow).
    let (status, stdout, stderr) = ophis(&["run", "prog.py"], &dir, &[]);
    assert_code(status, 1, &stderr);
    assert_eq!(stdout, "go\n");
    assert_eq!(stderr.lines().last(), Some("RecursionError: maximum recursion depth exceeded"));
    assert!(stderr.starts_with("Traceback (most recent call last):\n"));
}

#[test]
fn deep_recursion_traceback_is_collapsed() {
    let dir = scratch("deep_recursion_traceback_is_collapsed");
    // Not `prog.py`: `ophis run` caches by path and source, and concurrent runs of one
    // program race (see `run_same_program_concurrently`).
    write(&dir, "rec.py", RECURSE);
    let frame = ["  File \"rec.py\", line 2, in r", "    return r(n + 1) + 1"];
    let mut want = vec!["Traceback (most recent call last):", "  File \"rec.py\", line 5, in <module>", "    r(0)"];
    for _ in 0..3 {
        want.extend(frame);
    }
    want.push("  [Previous line repeated 996 more times]");
    want.push("RecursionError: maximum recursion depth exceeded");
    expect_like_cpython(&dir, "rec.py", &[], "go\n", &want, 1);
}

// ---- ophis run: arguments and exit status -------------------------------------------------------

#[test]
fn run_passes_arguments_and_exit_status() {
    let dir = scratch("run_passes_arguments_and_exit_status");
    // Builds the argument list by hand (`run_prints_argv_slice` uses slicing).
    write(
        &dir,
        "prog.py",
        "import sys\nargs = []\ni = 1\nwhile i < len(sys.argv):\n    args.append(sys.argv[i])\n    i += 1\n\
         print(args)\nsys.exit(len(args) + 40)\n",
    );
    expect_like_cpython(&dir, "prog.py", &["a", "b"], "['a', 'b']\n", &[], 42);
    // Arguments that look like options belong to the program, not to ophis.
    expect_like_cpython(&dir, "prog.py", &["-x", "--y", "c d"], "['-x', '--y', 'c d']\n", &[], 43);
}

#[test]
fn run_prints_argv_slice() {
    let dir = scratch("run_prints_argv_slice");
    write(&dir, "prog.py", "import sys\nprint(sys.argv[1:])\n");
    expect_like_cpython(&dir, "prog.py", &["a", "b"], "['a', 'b']\n", &[], 0);
}

#[test]
fn run_propagates_uncaught_exception_status() {
    let dir = scratch("run_propagates_uncaught_exception_status");
    write(&dir, "prog.py", "print('x')\nraise KeyError('k')\n");
    expect_like_cpython(
        &dir,
        "prog.py",
        &[],
        "x\n",
        &[
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 2, in <module>",
            "    raise KeyError('k')",
            "KeyError: 'k'",
        ],
        1,
    );
}

#[test]
fn run_same_program_concurrently() {
    // A cache of its own, so that the program is not built yet when the runs start.
    let dir = scratch("run_same_program_concurrently");
    write(&dir, "prog.py", "print('concurrent')\n");
    let cache = dir.join("cache");
    let runs: Vec<_> = (0..8)
        .map(|_| {
            let (dir, cache) = (dir.clone(), cache.clone());
            std::thread::spawn(move || {
                let cache = cache.to_str().expect("utf-8 path").to_string();
                ophis(&["run", "prog.py"], &dir, &[("OPHIS_CACHE_DIR", &cache)])
            })
        })
        .collect();
    for r in runs {
        let (status, stdout, stderr) = r.join().expect("thread");
        assert_code(status, 0, &stderr);
        assert_eq!(stdout, "concurrent\n");
    }
}

/// A standard-library module written in Python is compiled once per compiler build and
/// target, then read back from the cache (`objcache.rs`); the cached object links into
/// another program, and a program's own module of the same name is still its own.
#[test]
fn library_objects_are_cached() {
    let dir = scratch("library_objects_are_cached");
    let cache = dir.join("cache");
    let cache_s = cache.to_str().expect("utf-8 path");
    let env = [("OPHIS_CACHE_DIR", cache_s)];
    write(&dir, "a.py", "import bisect\nprint(bisect.bisect([1, 3, 5], 4))\n");
    let (status, stdout, stderr) = ophis(&["run", "a.py"], &dir, &env);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "2\n");
    let objects = |root: &Path| -> Vec<PathBuf> {
        let mut found = Vec::new();
        for build in std::fs::read_dir(root.join("pylib")).into_iter().flatten().flatten() {
            for f in std::fs::read_dir(build.path()).into_iter().flatten().flatten() {
                if f.path().extension().is_some_and(|e| e == "o") {
                    found.push(f.path());
                }
            }
        }
        found
    };
    let cached = objects(&cache);
    assert_eq!(cached.len(), 1, "one library module compiled, one object cached: {cached:?}");
    // Another program, with a module before `bisect` in its import order, reuses the object.
    write(&dir, "helper.py", "X = 7\n");
    write(&dir, "b.py", "import helper\nfrom bisect import insort\nl = [1, 9]\ninsort(l, helper.X)\nprint(l)\n");
    let (status, stdout, stderr) = ophis(&["run", "b.py"], &dir, &env);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "[1, 7, 9]\n");
    assert_eq!(objects(&cache), cached, "the cached object was reused, not compiled again");
    // A program's own `bisect.py` shadows the library's, cached or not.
    write(&dir, "bisect.py", "def bisect(a, x):\n    return 'own'\n");
    let (status, stdout, stderr) = ophis(&["run", "a.py"], &dir, &env);
    assert_code(status, 0, &stderr);
    assert_eq!(stdout, "own\n");
}

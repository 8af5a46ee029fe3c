#!/usr/bin/env python3
"""Benchmark runner: ophis-compiled executables against CPython 3.12.

Usage:
    python3 benches/run.py [--runs N] [--ophis PATH] [--python PATH]
                           [--timeout SECONDS] [--json] [NAMES...]

For every benchmark program ``benches/<name>.py`` (all of them by default, or
only the NAMES given, with or without ``.py``) the runner:

1. builds it with ``ophis build <name>.py -o <tmpdir>/<name>`` and times the
   build ("compile time");
2. runs CPython and the built executable alternately: one warm-up run of each,
   then N timed runs of each (default 5).  Each run reports wall time and
   the peak RSS (``ru_maxrss`` from ``wait4``) of that child alone.  Runs go
   through a tiny C spawn helper compiled on the fly with ``$CC``/``cc`` (see
   ``SPAWN_HELPER_C`` for why); without a C compiler the runner falls back to
   ``time.perf_counter`` + ``Popen`` + ``os.wait4``, whose RSS figures cannot go
   below the runner's own peak RSS;
3. checks that the standard output of every ophis run is byte-identical to
   CPython's, and flags any difference loudly.

It then prints a table (medians, speed-up = CPython / ophis, compile time,
peak RSS of both) and the geometric mean of the speed-ups, or, with
``--json``, the same data (plus every individual timing) as JSON on stdout.
Progress and diagnostics always go to stderr.

A benchmark whose build fails is reported in the table (CPython is still
timed) and the runner goes on with the next one.

Defaults:
    ophis   $OPHIS, else <repo>/target/release/ophis
    python  $OPHIS_CPYTHON, else $(pyenv prefix 3.12.1)/bin/python3,
            else python3.12 on PATH

Exit status: 0 if every benchmark built, ran and matched CPython's output;
1 if any build failed, any run failed or any output differed; 2 on usage
errors (missing interpreter or compiler, unknown benchmark).
"""

import argparse
import difflib
import json
import math
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
CPYTHON_VERSION = "3.12.1"
DEFAULT_RUNS = 5
DEFAULT_TIMEOUT = 300.0


# --------------------------------------------------------------------------
# Locating the tools and the benchmarks
# --------------------------------------------------------------------------


def die(message):
    print(f"run.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def log(message):
    print(message, file=sys.stderr, flush=True)


def find_python(explicit):
    """Return the CPython interpreter to compare against, or exit with an error."""
    if explicit:
        path = shutil.which(explicit) or explicit
        if not os.access(path, os.X_OK):
            die(f"--python {explicit!r} is not an executable")
        return path
    env = os.environ.get("OPHIS_CPYTHON")
    if env:
        path = shutil.which(env) or env
        if not os.access(path, os.X_OK):
            die(f"$OPHIS_CPYTHON={env!r} is not an executable")
        return path
    try:
        proc = subprocess.run(
            ["pyenv", "prefix", CPYTHON_VERSION],
            capture_output=True, text=True, timeout=30,
        )
        if proc.returncode == 0 and proc.stdout.strip():
            candidate = Path(proc.stdout.strip().splitlines()[0]) / "bin" / "python3"
            if os.access(candidate, os.X_OK):
                return str(candidate)
    except (OSError, subprocess.SubprocessError):
        pass
    path = shutil.which("python3.12")
    if path:
        return path
    die(
        "no CPython 3.12 found: pass --python PATH or set $OPHIS_CPYTHON "
        f"(tried `pyenv prefix {CPYTHON_VERSION}` and python3.12 on PATH)"
    )


def python_version(python):
    try:
        proc = subprocess.run(
            [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            capture_output=True, text=True, timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        die(f"cannot run {python}: {exc}")
    if proc.returncode != 0:
        die(f"{python} failed to report its version:\n{proc.stderr}")
    return proc.stdout.strip()


def find_ophis(explicit):
    """Return the ophis compiler path, or exit with an error."""
    source = "--ophis"
    path = explicit
    if not path:
        path = os.environ.get("OPHIS")
        source = "$OPHIS"
    if not path:
        path = str(REPO_DIR / "target" / "release" / "ophis")
        source = "default"
    path = shutil.which(path) or path
    if not os.path.isfile(path) or not os.access(path, os.X_OK):
        hint = " (run `cargo build --release` first)" if source == "default" else ""
        die(f"ophis compiler not found at {path} [{source}]{hint}")
    return os.path.abspath(path)


def find_benchmarks(names):
    available = sorted(
        p.stem for p in BENCH_DIR.glob("*.py") if p.name != Path(__file__).name
    )
    if not names:
        return available
    chosen = []
    for name in names:
        stem = Path(name).name
        if stem.endswith(".py"):
            stem = stem[:-3]
        if stem not in available:
            die(f"unknown benchmark {name!r}; available: {', '.join(available)}")
        if stem not in chosen:
            chosen.append(stem)
    return chosen


# --------------------------------------------------------------------------
# Running child processes
# --------------------------------------------------------------------------


def maxrss_bytes(maxrss):
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    if sys.platform == "darwin":
        return maxrss
    return maxrss * 1024


def describe_status(code):
    if code < 0:
        return f"killed by signal {-code}"
    return f"exit status {code}"


# Why a C helper?  On Linux, exec() copies the high-water RSS of the *old*
# address space into the process's ru_maxrss.  A child forked (or vforked /
# posix_spawned) straight from this Python runner therefore reports at least
# the runner's own peak RSS (~15 MiB), which would hide the footprint of small
# native executables.  The helper is a tiny C process: it forks the benchmark
# from its own ~1 MiB address space, reaps it with wait4() and writes
# "exit-code ru_maxrss elapsed-ns timed-out" to a report file.  It also times
# the child itself (CLOCK_MONOTONIC around fork..wait4), so the helper's own
# start-up is not counted.
SPAWN_HELPER_C = r"""
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile pid_t child = 0;
static volatile sig_atomic_t timed_out = 0;

static void on_alarm(int sig) {
    (void)sig;
    timed_out = 1;
    if (child > 0) kill(child, SIGKILL);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s REPORT TIMEOUT_S PROG [ARGS...]\n", argv[0]);
        return 2;
    }
    unsigned timeout = (unsigned)strtoul(argv[2], NULL, 10);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        fprintf(stderr, "cannot execute %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    child = pid;
    if (timeout) alarm(timeout);
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) { perror("wait4"); return 2; }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    alarm(0);
    long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL
                 + (long long)(t1.tv_nsec - t0.tv_nsec);
    int code = WIFEXITED(status) ? WEXITSTATUS(status)
             : WIFSIGNALED(status) ? -WTERMSIG(status) : -1;
    FILE *f = fopen(argv[1], "w");
    if (!f) { perror(argv[1]); return 2; }
    fprintf(f, "%d %ld %lld %d\n", code, (long)ru.ru_maxrss, ns, (int)timed_out);
    return fclose(f) == 0 ? 0 : 2;
}
"""


def build_spawn_helper(workdir):
    """Compile the C spawn helper into workdir; return its path or None."""
    cc = shlex.split(os.environ.get("CC", "")) or [shutil.which("cc") or "cc"]
    src = Path(workdir) / "spawn_helper.c"
    exe = Path(workdir) / "spawn_helper"
    src.write_text(SPAWN_HELPER_C)
    try:
        proc = subprocess.run(
            [*cc, "-O2", "-o", str(exe), str(src)],
            capture_output=True, text=True, timeout=120,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log(f"run.py: warning: cannot compile the RSS spawn helper ({exc})")
        return None
    if proc.returncode != 0 or not os.access(exe, os.X_OK):
        detail = proc.stderr.strip() or describe_status(proc.returncode)
        log(f"run.py: warning: cannot compile the RSS spawn helper with {' '.join(cc)}: {detail}")
        return None
    return str(exe)


class Spawner:
    """Runs a command once and reports wall time and the child's peak RSS."""

    def __init__(self, helper, workdir):
        self.helper = helper
        self.report = Path(workdir) / "spawn_report.txt"

    @property
    def method(self):
        if self.helper:
            return "C helper: fork + wait4, ru_maxrss of the child alone"
        return "direct Popen + os.wait4 (RSS floored at the runner's own peak RSS)"

    def measure(self, cmd, timeout):
        """Run cmd once; return dict(time, rss, code, stdout, stderr, timed_out).

        stdout/stderr go to temporary files (no pipes to drain, no reader
        threads competing with the benchmark for the CPU).
        """
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            if self.helper:
                result = self._via_helper(cmd, timeout, out, err)
            else:
                result = self._direct(cmd, timeout, out, err)
            out.seek(0)
            err.seek(0)
            result["stdout"] = out.read()
            result["stderr"] = err.read()
            return result

    def _via_helper(self, cmd, timeout, out, err):
        if self.report.exists():
            self.report.unlink()
        seconds = max(1, math.ceil(timeout))
        helper_cmd = [self.helper, str(self.report), str(seconds), *cmd]
        start = time.perf_counter()
        proc = subprocess.Popen(helper_cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        try:
            proc.wait(timeout=seconds + 30)  # the helper enforces the real timeout
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        elapsed = time.perf_counter() - start
        try:
            code, maxrss, ns, timed_out = self.report.read_text().split()
        except (OSError, ValueError):
            err.write(f"spawn helper failed ({describe_status(proc.returncode)})\n".encode())
            return {"time": elapsed, "rss": None, "code": proc.returncode or -1,
                    "timed_out": False}
        return {
            "time": int(ns) / 1e9,
            "rss": maxrss_bytes(int(maxrss)),
            "code": int(code),
            "timed_out": timed_out != "0",
        }

    def _direct(self, cmd, timeout, out, err):
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as exc:
            err.write(f"cannot execute {cmd[0]}: {exc}\n".encode())
            return {"time": 0.0, "rss": None, "code": 127, "timed_out": False}
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                proc.kill()
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            while True:
                try:
                    _, status, rusage = os.wait4(proc.pid, 0)
                    break
                except InterruptedError:
                    continue
        finally:
            elapsed = time.perf_counter() - start
            timer.cancel()
        # Tell Popen the child is reaped so it never waits on the pid again.
        proc.returncode = os.waitstatus_to_exitcode(status)
        return {
            "time": elapsed,
            "rss": maxrss_bytes(rusage.ru_maxrss),
            "code": proc.returncode,
            "timed_out": bool(timed_out),
        }


def build(ophis, source, output, timeout):
    """Compile source with ophis; return (ok, seconds, error message)."""
    cmd = [ophis, "build", str(source), "-o", str(output)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - start, f"build timed out after {timeout:g}s"
    except OSError as exc:
        return False, time.perf_counter() - start, f"cannot run ophis: {exc}"
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        text = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()
        lines = text.splitlines()
        tail = "\n".join(lines[-15:]) if lines else "(no output)"
        return False, elapsed, f"build failed ({describe_status(proc.returncode)}):\n{tail}"
    if not os.access(output, os.X_OK):
        return False, elapsed, f"build succeeded but produced no executable at {output}"
    return True, elapsed, None


def run_failure(label, result):
    """Return an error message if a run failed, else None."""
    if result["timed_out"]:
        return f"{label} timed out"
    if result["code"] != 0:
        err = result["stderr"].decode("utf-8", "replace").strip().splitlines()
        tail = ("\n" + "\n".join("    " + l for l in err[-10:])) if err else ""
        return f"{label} failed ({describe_status(result['code'])}){tail}"
    return None


def output_diff(expected, actual, limit=20):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, "cpython", "ophis"))
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more diff lines)\n"]
    text = "".join(lines)
    if not text:  # differ only in a way splitlines hides (e.g. final newline)
        text = f"cpython: {expected[-80:]!r}\nophis:   {actual[-80:]!r}\n"
    return text


# --------------------------------------------------------------------------
# One benchmark
# --------------------------------------------------------------------------


def loud(message):
    bar = "!" * 72
    log(f"\n{bar}\n{message}\n{bar}\n")


def summarize(samples):
    if not samples:
        return None
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "mean": statistics.fmean(samples),
        "stdev": statistics.stdev(samples) if len(samples) > 1 else 0.0,
        "samples": samples,
    }


def bench_one(name, python, ophis, runs, timeout, workdir, spawner):
    source = BENCH_DIR / f"{name}.py"
    exe = Path(workdir) / name
    res = {
        "name": name,
        "build_ok": False,
        "build_error": None,
        "compile_time": None,
        "cpython": None,
        "ophis": None,
        "cpython_rss": None,
        "ophis_rss": None,
        "speedup": None,
        "output_match": None,
        "errors": [],
    }

    log(f"[{name}] building with ophis ...")
    ok, seconds, error = build(ophis, source, exe, timeout)
    res["build_ok"] = ok
    res["compile_time"] = seconds
    if not ok:
        res["build_error"] = error
        loud(f"[{name}] BUILD FAILED after {seconds * 1000:.0f} ms\n{error}")

    cp_cmd = [python, str(source)]
    op_cmd = [str(exe)]
    cp_times, op_times, cp_rss, op_rss = [], [], [], []
    expected = None
    mismatch_reported = False

    for i in range(runs + 1):  # iteration 0 is the warm-up
        tag = "warm-up" if i == 0 else f"run {i}/{runs}"
        log(f"[{name}] {tag}")

        cp = spawner.measure(cp_cmd, timeout)
        err = run_failure("CPython", cp)
        if err:
            res["errors"].append(err)
            loud(f"[{name}] {err}")
            break
        if expected is None:
            expected = cp["stdout"]
        elif cp["stdout"] != expected:
            msg = "CPython output is not deterministic (differs between runs)"
            res["errors"].append(msg)
            loud(f"[{name}] {msg}")
            break
        if i > 0:
            cp_times.append(cp["time"])
            if cp["rss"] is not None:
                cp_rss.append(cp["rss"])

        if not ok:
            continue
        op = spawner.measure(op_cmd, timeout)
        err = run_failure("ophis executable", op)
        if err:
            res["errors"].append(err)
            res["output_match"] = False
            loud(f"[{name}] {err}")
            ok = False  # stop running a broken executable, keep timing CPython
            continue
        if op["stdout"] != expected:
            res["output_match"] = False
            if not mismatch_reported:
                mismatch_reported = True
                res["errors"].append("output differs from CPython")
                loud(
                    f"[{name}] OUTPUT MISMATCH between CPython and ophis ({tag}):\n"
                    + output_diff(expected, op["stdout"]).rstrip()
                )
        elif res["output_match"] is None:
            res["output_match"] = True
        if i > 0:
            op_times.append(op["time"])
            if op["rss"] is not None:
                op_rss.append(op["rss"])

    res["cpython"] = summarize(cp_times)
    res["ophis"] = summarize(op_times)
    res["cpython_rss"] = max(cp_rss) if cp_rss else None
    res["ophis_rss"] = max(op_rss) if op_rss else None
    if res["cpython"] and res["ophis"] and res["ophis"]["median"] > 0:
        res["speedup"] = res["cpython"]["median"] / res["ophis"]["median"]
    return res


def rss_floor(spawner):
    """Peak RSS reported for a trivial process: no figure can be below this."""
    true = shutil.which("true")
    if not true:
        return None
    result = spawner.measure([true], 30)
    return result["rss"] if result["code"] == 0 else None


def succeeded(res):
    return res["build_ok"] and res["output_match"] is True and not res["errors"]


def geomean(values):
    if not values:
        return None
    return math.exp(statistics.fmean(math.log(v) for v in values))


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


def fmt_seconds(summary):
    return f"{summary['median']:.3f}" if summary else "-"


def fmt_mib(value):
    return f"{value / (1024 * 1024):.1f}" if value is not None else "-"


def status_text(res):
    if not res["build_ok"]:
        return "BUILD FAILED"
    if res["output_match"] is False:
        if any("differs" in e for e in res["errors"]):
            return "OUTPUT MISMATCH"
        return "RUN FAILED"
    if res["errors"]:
        return "ERROR"
    return "ok"


def print_table(results, meta):
    headers = [
        "benchmark", "cpython (s)", "ophis (s)", "speed-up",
        "compile (ms)", "cpython RSS (MiB)", "ophis RSS (MiB)", "status",
    ]
    rows = []
    for r in results:
        rows.append([
            r["name"],
            fmt_seconds(r["cpython"]),
            fmt_seconds(r["ophis"]),
            f"{r['speedup']:.1f}x" if r["speedup"] and succeeded(r) else "-",
            f"{r['compile_time'] * 1000:.0f}" if r["compile_time"] is not None else "-",
            fmt_mib(r["cpython_rss"]),
            fmt_mib(r["ophis_rss"]),
            status_text(r),
        ])
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]

    def line(cells):
        # First and last columns left-aligned, numbers right-aligned.
        parts = []
        for i, (cell, width) in enumerate(zip(cells, widths)):
            if i == 0 or i == len(cells) - 1:
                parts.append(cell.ljust(width))
            else:
                parts.append(cell.rjust(width))
        return "  ".join(parts).rstrip()

    print(f"CPython {meta['python_version']} ({meta['python']}) vs ophis ({meta['ophis']}), "
          f"median of {meta['runs']} runs")
    print(f"peak RSS: {meta['rss_method']}; a trivial process reports "
          f"{fmt_mib(meta['rss_floor'])} MiB")
    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    good = [r["speedup"] for r in results if succeeded(r) and r["speedup"]]
    gm = geomean(good)
    if gm is None:
        print("geometric mean speed-up: n/a (no benchmark built, ran and matched)")
    else:
        print(f"geometric mean speed-up: {gm:.2f}x "
              f"(over {len(good)} of {len(results)} benchmarks)")
    failed = [r["name"] for r in results if not succeeded(r)]
    if failed:
        print(f"FAILED: {', '.join(failed)}")


def print_json(results, meta):
    good = [r["speedup"] for r in results if succeeded(r) and r["speedup"]]
    doc = dict(meta)
    doc["benchmarks"] = results
    doc["geomean_speedup"] = geomean(good)
    doc["geomean_count"] = len(good)
    doc["ok"] = all(succeeded(r) for r in results)
    print(json.dumps(doc, indent=2))


# --------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Compare ophis-compiled benchmarks with CPython 3.12.",
    )
    parser.add_argument("names", nargs="*", metavar="NAMES",
                        help="benchmarks to run (default: all benches/*.py)")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                        help=f"timed runs per benchmark and implementation "
                             f"(default {DEFAULT_RUNS}, plus one warm-up)")
    parser.add_argument("--ophis", help="ophis compiler (default $OPHIS or "
                                        "<repo>/target/release/ophis)")
    parser.add_argument("--python", help="CPython interpreter (default $OPHIS_CPYTHON, "
                                         f"pyenv {CPYTHON_VERSION} or python3.12)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"per build / per run timeout in seconds "
                             f"(default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--json", action="store_true",
                        help="print machine-readable JSON instead of a table")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    names = find_benchmarks(args.names)
    python = find_python(args.python)
    version = python_version(python)
    if not version.startswith("3.12."):
        log(f"run.py: warning: {python} is CPython {version}, not 3.12")
    ophis = find_ophis(args.ophis)

    results = []
    with tempfile.TemporaryDirectory(prefix="ophis-bench-") as workdir:
        spawner = Spawner(build_spawn_helper(workdir), workdir)
        if not spawner.helper:
            log("run.py: warning: peak RSS figures include the runner's own RSS")
        meta = {
            "python": python,
            "python_version": version,
            "ophis": ophis,
            "runs": args.runs,
            "platform": sys.platform,
            "rss_method": spawner.method,
            "rss_floor": rss_floor(spawner),
        }
        for name in names:
            results.append(
                bench_one(name, python, ophis, args.runs, args.timeout, workdir, spawner)
            )

    if args.json:
        print_json(results, meta)
    else:
        print_table(results, meta)

    if not all(succeeded(r) for r in results):
        if any(r["output_match"] is False for r in results):
            loud("ophis output differed from CPython or an executable failed: see above")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

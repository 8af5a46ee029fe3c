"""Record expected output for the golden test corpus from CPython 3.12.

Usage: python3 tests/bless.py [PATH...]

Each PATH is a .py file or a directory searched recursively for .py files
(default: every .py under tests/golden; a folder holding a main.py is one
multi-file program, whose other files are its modules). For each program X.py, CPython is
run with cwd = the program's folder, stdin=/dev/null, PYTHONHASHSEED=0,
PYTHONUTF8=1 (UTF-8 stdout whatever the locale) and a 10 s timeout, and
these files are written next to it:

  X.stdout  exact stdout bytes
  X.exit    exit status plus newline, only if it is non-zero
  X.stderr  last non-empty stderr line plus newline, only if exit is non-zero

Stale X.exit / X.stderr files are removed when the exit status is zero.
The interpreter is $OPHIS_CPYTHON, else `$(pyenv prefix 3.12.1)/bin/python3`.
"""

import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
TIMEOUT = 10


def find_cpython():
    exe = os.environ.get("OPHIS_CPYTHON")
    if not exe:
        try:
            prefix = subprocess.run(
                ["pyenv", "prefix", "3.12.1"],
                capture_output=True, text=True, check=True,
            ).stdout.strip()
            exe = os.path.join(prefix, "bin", "python3")
        except (OSError, subprocess.CalledProcessError):
            exe = None
    if not exe or not os.access(exe, os.X_OK):
        sys.exit("bless: no CPython 3.12 found; set $OPHIS_CPYTHON "
                 "or install it with `pyenv install 3.12.1`")
    out = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                         capture_output=True, text=True).stdout.strip()
    if out != "(3, 12)":
        sys.exit(f"bless: {exe} is not CPython 3.12 (got {out or 'nothing'})")
    return exe


def walk(root):
    """Every program under root: a folder with a main.py is one multi-file
    program (its other files are modules it imports); elsewhere each .py is one."""
    if (root / "main.py").is_file():
        yield root / "main.py"
        return
    for p in sorted(root.iterdir()):
        if p.is_dir():
            yield from walk(p)
        elif p.suffix == ".py":
            yield p


def collect(args):
    roots = [Path(a) for a in args] or [GOLDEN]
    progs = []
    for root in roots:
        if root.is_dir():
            progs.extend(sorted(walk(root)))
        elif root.suffix == ".py" and root.is_file():
            progs.append(root)
        else:
            sys.exit(f"bless: not a .py file or directory: {root}")
    return progs


def bless(exe, prog):
    """Run one program and write its expectation files; return its status."""
    prog = prog.resolve()
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUTF8="1",
               PYTHONDONTWRITEBYTECODE="1")
    try:
        proc = subprocess.run(
            [exe, prog.name], cwd=prog.parent, env=env,
            stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return prog, None
    base = prog.with_suffix("")
    base.with_suffix(".stdout").write_bytes(proc.stdout)
    exit_file, err_file = base.with_suffix(".exit"), base.with_suffix(".stderr")
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        exit_file.write_text(f"{proc.returncode}\n")
        err_file.write_bytes((lines[-1] if lines else b"") + b"\n")
    else:
        exit_file.unlink(missing_ok=True)
        err_file.unlink(missing_ok=True)
    return prog, proc.returncode


def main():
    exe = find_cpython()
    progs = collect(sys.argv[1:])
    with concurrent.futures.ThreadPoolExecutor() as pool:
        results = list(pool.map(lambda p: bless(exe, p), progs))
    timeouts = [p for p, rc in results if rc is None]
    failing = sum(1 for _, rc in results if rc)
    for p, rc in results:
        if rc is None:
            print(f"bless: TIMEOUT {p}", file=sys.stderr)
        elif rc and p.parent.name != "errors":
            print(f"bless: warning: {p} exited {rc} outside errors/", file=sys.stderr)
    print(f"blessed {len(results) - len(timeouts)} programs "
          f"({failing} with non-zero exit, {len(timeouts)} timed out) using {exe}")
    sys.exit(1 if timeouts else 0)


if __name__ == "__main__":
    main()

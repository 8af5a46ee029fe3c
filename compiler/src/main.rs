//! `ophis`: the command-line interface.
//!
//! `ophis build app.py -o app`, `ophis run app.py ARGS…`, with `--target` and `--emit`;
//! `ophis test PATH…` (compare compiled programs with CPython, see `ophis::testing`) and
//! `ophis bench app.py` (time them against CPython, see `ophis::bench`).
//! Errors are printed as diagnostics and the process exits with status 1 (2 for usage errors,
//! which clap reports, and for `test`/`bench` runs that cannot start: a missing path, no
//! CPython).

use clap::{Parser, Subcommand, ValueEnum};
use ophis::codegen::Emit;
use ophis::diagnostics::{Diagnostic, SourceFile};
use ophis::driver;
use ophis::target::Target;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(name = "ophis", version, about = "Compile Python programs to native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program into a native executable.
    Build {
        /// The program's main module.
        file: PathBuf,
        /// Where to write the executable (default: the file's name without `.py`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The target triple (default: the host).
        #[arg(long)]
        target: Option<String>,
        /// Show a stage's output instead of building an executable (`obj` writes the object
        /// file to the output path).
        #[arg(long, value_enum)]
        emit: Option<EmitKind>,
        /// Build without a global interpreter lock.
        #[arg(long)]
        free_threaded: bool,
    },
    /// Build a program (cached by content) and run it with the given arguments.
    Run {
        file: PathBuf,
        /// Arguments passed to the program as `sys.argv[1:]`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile and run programs and compare their stdout, exit status and last stderr line
    /// with CPython's (recorded in NAME.stdout / NAME.exit / NAME.stderr beside each).
    Test {
        /// Programs, or directories searched recursively for `.py` files.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Compare with this interpreter, run live, instead of the recorded files.
        #[arg(long, value_name = "PYTHON")]
        against: Option<OsString>,
        /// Record the expected files by running CPython (the `--against` interpreter, else
        /// $OPHIS_CPYTHON, `pyenv prefix 3.12.1`, python3.12 or python3), instead of testing.
        #[arg(long)]
        bless: bool,
        /// Programs checked at once (default: the number of cores).
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        jobs: Option<u32>,
        /// Per-program timeout in seconds.
        #[arg(long, value_name = "SECS", default_value = "10", value_parser = parse_seconds)]
        timeout: Duration,
        /// Build the programs for this target triple (default: the host) and run them on it,
        /// under `qemu-aarch64` for aarch64 on an x86_64 host.
        #[arg(long)]
        target: Option<String>,
    },
    /// Time a program built by ophis against CPython: median wall time, spread, peak RSS.
    Bench {
        /// The program's main module.
        file: PathBuf,
        /// Arguments passed to the program (put `--` before any starting with `-`).
        args: Vec<OsString>,
        /// Timed runs of each.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
        runs: u32,
        /// Untimed runs of each first.
        #[arg(long, default_value_t = 1)]
        warmup: u32,
        /// The CPython interpreter (default: $OPHIS_CPYTHON, `pyenv prefix 3.12.1`, python3.12
        /// or python3).
        #[arg(long, value_name = "PATH")]
        python: Option<OsString>,
        /// Print machine-readable JSON instead of the table.
        #[arg(long)]
        json: bool,
        /// Per-run timeout in seconds.
        #[arg(long, value_name = "SECS", default_value = "300", value_parser = parse_seconds)]
        timeout: Duration,
    },
    /// (internal) Run a program and write its exit, peak RSS and wall time to a report file:
    /// the small helper process `ophis bench` measures through.
    #[command(name = "__measure", hide = true)]
    Measure {
        #[arg(long)]
        report: PathBuf,
        #[arg(long)]
        timeout_ms: u64,
        #[arg(long)]
        arg0: Option<OsString>,
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<OsString>,
    },
}

fn parse_seconds(s: &str) -> Result<Duration, String> {
    match s.parse::<f64>() {
        Ok(x) if x > 0.0 && x.is_finite() && x < 1e9 => Ok(Duration::from_secs_f64(x)),
        _ => Err(format!("expected a positive number of seconds, got `{s}`")),
    }
}

/// A `test`/`bench` run that cannot start (missing path, no CPython): exit status 2.
fn usage_error(command: &str, message: &str) -> ExitCode {
    eprintln!("ophis {command}: error: {message}");
    ExitCode::from(2)
}

struct TestArgs {
    paths: Vec<PathBuf>,
    against: Option<OsString>,
    bless: bool,
    jobs: Option<u32>,
    timeout: Duration,
    target: Option<String>,
}

fn test_command(a: TestArgs) -> ExitCode {
    use ophis::testing;
    let TestArgs { paths, against, bless, jobs, timeout, target } = a;
    let target = match target.as_deref().map(Target::parse).transpose() {
        Ok(t) => t.unwrap_or_else(Target::host),
        Err(d) => return usage_error("test", &d.message),
    };
    if !bless && !target.can_run() {
        let emu = target.emulator().unwrap_or_default();
        let msg = format!(
            "programs built for {} run under `{emu}`, which is not on PATH (`scripts/install-aarch64-toolchain.sh` installs it)",
            target.name()
        );
        return usage_error("test", &msg);
    }
    let programs = match testing::collect(&paths) {
        Ok(p) => p,
        Err(e) => return usage_error("test", &e),
    };
    let python = if bless || against.is_some() {
        match ophis::bench::find_cpython(against.as_deref(), "--against") {
            Ok(p) => Some(p),
            Err(e) => return usage_error("test", &e),
        }
    } else {
        None
    };
    let scratch = match ophis::bench::ScratchDir::new("test") {
        Ok(s) => s,
        Err(e) => return usage_error("test", &format!("cannot create a scratch directory: {e}")),
    };
    if let Some(py) = &python {
        match ophis::bench::python_version(py, scratch.path()) {
            Some(v) if v.starts_with("3.12.") => {}
            Some(v) => eprintln!("ophis test: warning: {} is CPython {v}, not 3.12", py.display()),
            None => eprintln!("ophis test: warning: {} did not report a CPython version", py.display()),
        }
    }
    let opts = testing::Options {
        timeout,
        jobs: jobs.map_or_else(testing::default_jobs, |j| j as usize),
        against: if bless { None } else { python.clone() },
        progress: true,
        target,
    };
    if let (true, Some(py)) = (bless, &python) {
        let blessed = testing::bless(&programs, py, scratch.path(), &opts);
        let failed: Vec<_> = blessed.iter().filter(|b| b.result.is_err()).collect();
        for b in &failed {
            println!("NOT BLESSED {}: {}", b.path.display(), b.result.as_ref().err().map_or("", |e| e.as_str()));
        }
        let nonzero = blessed.iter().filter(|b| matches!(b.result, Ok(c) if c != 0)).count();
        println!(
            "blessed {} programs ({nonzero} with non-zero exit, {} not blessed) using {}",
            blessed.len() - failed.len(),
            failed.len(),
            py.display()
        );
        return if failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) };
    }
    let report = testing::run_tests(&programs, scratch.path(), &opts);
    print!("{}", report.render());
    if report.failed() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

struct BenchArgs {
    file: PathBuf,
    args: Vec<OsString>,
    runs: u32,
    warmup: u32,
    python: Option<OsString>,
    json: bool,
    timeout: Duration,
}

fn bench_command(a: BenchArgs) -> ExitCode {
    use ophis::bench;
    let opts = bench::Options {
        program: a.file,
        args: a.args,
        runs: a.runs as usize,
        warmup: a.warmup as usize,
        python: a.python,
        timeout: a.timeout,
        helper: std::env::current_exe().ok(),
    };
    match bench::run(&opts) {
        Err(bench::Error::Usage(e)) => usage_error("bench", &e),
        Err(bench::Error::Compile(d)) => {
            eprint!("{d}");
            ExitCode::from(1)
        }
        Ok(report) => {
            if a.json {
                print!("{}", report.to_json());
            } else {
                print!("{}", report.render_table());
            }
            if report.ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum EmitKind {
    Ir,
    Clif,
    Obj,
    Asm,
}

fn report(d: &Diagnostic, src: Option<&SourceFile>) -> ExitCode {
    eprint!("{}", d.render(src));
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { file, output, target, emit, free_threaded } => {
            if free_threaded {
                return report(
                    &Diagnostic::usage(
                        "--free-threaded is not supported by ophis yet: programs are built with a global interpreter lock",
                    ),
                    None,
                );
            }
            let target = match target.as_deref().map(Target::parse).unwrap_or_else(|| Ok(Target::host())) {
                Ok(t) => t,
                Err(d) => return report(&d, None),
            };
            let src = match driver::read_source(&file) {
                Ok(s) => s,
                Err(d) => return report(&d, None),
            };
            let output = output.unwrap_or_else(|| {
                let stem = file.file_stem().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("a.out"));
                if matches!(emit, Some(EmitKind::Obj)) {
                    stem.with_extension("o")
                } else {
                    stem
                }
            });
            let result = match emit {
                None => driver::build(&src, &output, &target),
                Some(kind) => {
                    let want = Emit { clif: matches!(kind, EmitKind::Clif), asm: matches!(kind, EmitKind::Asm) };
                    driver::compile(&src, &target, &want).and_then(|c| {
                        match kind {
                            EmitKind::Ir => print!("{}", c.ir),
                            EmitKind::Clif => print!("{}", c.clif),
                            EmitKind::Asm => print!("{}", c.asm),
                            EmitKind::Obj => std::fs::write(&output, &c.object)
                                .map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", output.display())))?,
                        }
                        Ok(())
                    })
                }
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(d) => report(&d, Some(&src)),
            }
        }
        Command::Run { file, args } => {
            let src = match driver::read_source(&file) {
                Ok(s) => s,
                Err(d) => return report(&d, None),
            };
            let exe = match driver::build_cached(&src) {
                Ok(e) => e,
                Err(d) => return report(&d, Some(&src)),
            };
            use std::os::unix::process::CommandExt;
            // argv[0] is the program's path, as `sys.argv[0]` is under CPython.
            let err = std::process::Command::new(&exe).arg0(&file).args(&args).exec();
            report(&Diagnostic::io(format!("cannot run {}: {err}", exe.display())), None)
        }
        Command::Test { paths, against, bless, jobs, timeout, target } => {
            test_command(TestArgs { paths, against, bless, jobs, timeout, target })
        }
        Command::Bench { file, args, runs, warmup, python, json, timeout } => {
            bench_command(BenchArgs { file, args, runs, warmup, python, json, timeout })
        }
        Command::Measure { report, timeout_ms, arg0, command } => {
            let Some((program, args)) = command.split_first() else {
                return ExitCode::from(2);
            };
            let code =
                ophis::bench::helper_main(&report, Duration::from_millis(timeout_ms), arg0.as_deref(), program, args);
            ExitCode::from(u8::try_from(code).unwrap_or(2))
        }
    }
}

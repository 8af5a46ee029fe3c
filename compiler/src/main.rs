//! `ophis`: the command-line interface.
//!
//! `ophis build app.py -o app`, `ophis run app.py ARGS…`, with `--target` and `--emit`.
//! Errors are printed as diagnostics and the process exits with status 1 (2 for usage errors,
//! which clap reports).

use clap::{Parser, Subcommand, ValueEnum};
use ophis::codegen::Emit;
use ophis::diagnostics::{Diagnostic, SourceFile};
use ophis::driver;
use ophis::target::Target;
use std::path::PathBuf;
use std::process::ExitCode;

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
    }
}

//! The golden corpus: every program under `tests/golden/` (and the examples in `examples/`)
//! is compiled, run and compared with the output CPython 3.12 recorded for it
//! (`ophis test --bless tests/golden` or `python3 tests/bless.py` regenerates those). This goes
//! through the same code as `ophis test tests/golden examples` (`ophis::testing`).
//!
//! One test per supported target: the corpus is built for it and run on it, natively for the
//! host and under `qemu-aarch64` for aarch64 on an x86_64 host, with the same expected output.
//! A target whose runtime this `ophis` does not carry, or whose emulator is missing, is
//! skipped with a note, unless `OPHIS_TARGETS` asks for it (`all`, or its triple, as `.ci/run`
//! does): then that is a failure.
//!
//! Set `OPHIS_GOLDEN_FILTER=substring` to run a subset.

use ophis::bench::ScratchDir;
use ophis::link::embedded_targets;
use ophis::target::{Arch, Target};
use ophis::testing::{collect_programs, default_jobs, run_tests, Options};
use std::path::PathBuf;
use std::time::Duration;

/// Whether `OPHIS_TARGETS` asks for `target` by name (or `all`).
fn required(target: &Target) -> bool {
    target.is_host()
        || std::env::var("OPHIS_TARGETS")
            .unwrap_or_default()
            .split(',')
            .any(|s| matches!(s.trim(), "all") || s.trim() == target.name())
}

fn golden_corpus(arch: Arch) {
    let target = Target::of(arch);
    let missing = if !embedded_targets().iter().any(|t| t.arch == arch) {
        Some(format!("this ophis carries no runtime for {}", target.name()))
    } else if !target.can_run() {
        Some(format!("`{}` is not on PATH", target.emulator().unwrap_or_default()))
    } else {
        None
    };
    if let Some(why) = missing {
        assert!(
            !required(&target),
            "the golden corpus cannot run for {} ({why}); install the toolchain with \
             scripts/install-aarch64-toolchain.sh",
            target.name()
        );
        eprintln!("golden ({}): skipped: {why}", target.name());
        return;
    }

    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let workspace = workspace.canonicalize().unwrap_or(workspace);
    let root = workspace.join("tests/golden");
    let mut programs = collect_programs(&[root.clone(), workspace.join("examples")]);
    if let Ok(f) = std::env::var("OPHIS_GOLDEN_FILTER") {
        programs.retain(|p| p.to_string_lossy().contains(&f));
    }
    assert!(!programs.is_empty(), "no golden programs found under {}", root.display());
    let scratch = ScratchDir::new(&format!("golden-{}", arch.name())).expect("scratch directory");
    // A generous timeout: the whole corpus runs at once, alongside the other test binaries,
    // and emulated programs run several times slower.
    let timeout = Duration::from_secs(if target.is_host() { 20 } else { 60 });
    let opts = Options { timeout, jobs: default_jobs(), target: target.clone(), ..Options::default() };
    let report = run_tests(&programs, scratch.path(), &opts);
    drop(scratch);
    let text = report.render();
    if report.failed() > 0 {
        eprint!("{text}");
    }
    println!("golden ({}): {}", target.name(), report.summary_line());
    assert!(
        report.failed() == 0,
        "{} of {} golden programs failed for {}",
        report.failed(),
        report.outcomes.len(),
        target.name()
    );
}

#[test]
fn golden_corpus_x86_64() {
    golden_corpus(Arch::X86_64);
}

#[test]
fn golden_corpus_aarch64() {
    golden_corpus(Arch::Aarch64);
}

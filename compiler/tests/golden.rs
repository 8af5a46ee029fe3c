//! The golden corpus: every program under `tests/golden/` (and the examples in `examples/`)
//! is compiled, run and compared with the output CPython 3.12 recorded for it
//! (`ophis test --bless tests/golden` or `python3 tests/bless.py` regenerates those). This goes
//! through the same code as `ophis test tests/golden examples` (`ophis::testing`).
//!
//! Set `OPHIS_GOLDEN_FILTER=substring` to run a subset.

use ophis::bench::ScratchDir;
use ophis::testing::{collect_programs, default_jobs, run_tests, Options};
use std::path::PathBuf;
use std::time::Duration;

#[test]
fn golden_corpus() {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let workspace = workspace.canonicalize().unwrap_or(workspace);
    let root = workspace.join("tests/golden");
    let mut programs = collect_programs(&[root.clone(), workspace.join("examples")]);
    if let Ok(f) = std::env::var("OPHIS_GOLDEN_FILTER") {
        programs.retain(|p| p.to_string_lossy().contains(&f));
    }
    assert!(!programs.is_empty(), "no golden programs found under {}", root.display());
    let scratch = ScratchDir::new("golden").expect("scratch directory");
    // A generous timeout: the whole corpus runs at once, alongside the other test binaries.
    let opts = Options { timeout: Duration::from_secs(20), jobs: default_jobs(), against: None, progress: false };
    let report = run_tests(&programs, scratch.path(), &opts);
    drop(scratch);
    let text = report.render();
    if report.failed() > 0 {
        eprint!("{text}");
    }
    println!("golden: {}", report.summary_line());
    assert!(report.failed() == 0, "{} of {} golden programs failed", report.failed(), report.outcomes.len());
}

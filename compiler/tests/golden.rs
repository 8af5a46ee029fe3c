//! The golden corpus: every program under `tests/golden/` (and the examples in `examples/`)
//! is compiled, run and compared with the output CPython 3.12 recorded for it
//! (`python3 tests/bless.py` regenerates those).
//!
//! Set `OPHIS_GOLDEN_FILTER=substring` to run a subset.

use ophis::testing::{check_all, collect_programs};
use std::path::PathBuf;
use std::time::Duration;

#[test]
fn golden_corpus() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/golden");
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut programs = collect_programs(&[root.clone(), examples]);
    if let Ok(f) = std::env::var("OPHIS_GOLDEN_FILTER") {
        programs.retain(|p| p.to_string_lossy().contains(&f));
    }
    assert!(!programs.is_empty(), "no golden programs found under {}", root.display());
    let work = std::env::temp_dir().join(format!("ophis-golden-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("scratch directory");
    let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let outcomes = check_all(&programs, &work, Duration::from_secs(20), jobs);
    let _ = std::fs::remove_dir_all(&work);
    let failed: Vec<_> = outcomes.iter().filter(|o| o.failure.is_some()).collect();
    for o in &failed {
        eprintln!(
            "FAIL {}\n{}\n",
            o.path.strip_prefix(&root).unwrap_or(&o.path).display(),
            o.failure.as_deref().unwrap_or("")
        );
    }
    println!("golden: {} passed, {} failed", outcomes.len() - failed.len(), failed.len());
    assert!(failed.is_empty(), "{} of {} golden programs failed", failed.len(), outcomes.len());
}

//! IR snapshots: each `tests/ir/NAME.py` is lowered and run through the passes, and its IR
//! text (`ophis build --emit ir`) must equal `tests/ir/NAME.ir`. Run with `OPHIS_BLESS=1` to
//! rewrite the expected files after an intended change, and review the diff.

use ophis::codegen::Emit;
use ophis::diagnostics::SourceFile;
use ophis::driver::compile;
use ophis::target::Target;
use std::path::PathBuf;

#[test]
fn ir_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ir");
    let bless = std::env::var_os("OPHIS_BLESS").is_some();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/ir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty());
    let mut failures = Vec::new();
    for py in &programs {
        let name = py.file_name().and_then(|n| n.to_str()).expect("utf-8 name").to_string();
        let src = SourceFile::new(name, std::fs::read_to_string(py).expect("readable"));
        let compiled =
            compile(&src, &Target::host(), &Emit::default()).unwrap_or_else(|d| panic!("{}", d.render(Some(&src))));
        let actual = compiled.ir.to_string();
        let expected_path = py.with_extension("ir");
        if bless {
            std::fs::write(&expected_path, &actual).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            let diff = similar::TextDiff::from_lines(&expected, &actual)
                .unified_diff()
                .header("expected", "actual")
                .to_string();
            failures.push(format!("{}:\n{diff}", py.display()));
        }
    }
    assert!(failures.is_empty(), "IR snapshots differ (OPHIS_BLESS=1 to accept):\n{}", failures.join("\n"));
}

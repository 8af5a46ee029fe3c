//! The compiler driver: the whole pipeline as one function, plus `build` and `run`.
//!
//! source → parse → resolve → lower → verify → passes (each verified) → codegen → link.

use crate::codegen::{self, Emit};
use crate::diagnostics::{CompileResult, Diagnostic, SourceFile};
use crate::target::Target;
use crate::{ir, link, lower, parse, passes, resolve};
use std::path::{Path, PathBuf};

/// What a compilation produced.
pub struct Compiled {
    pub ir: ir::Module,
    pub object: Vec<u8>,
    pub clif: String,
    pub asm: String,
}

/// Read a source file.
pub fn read_source(path: &Path) -> CompileResult<SourceFile> {
    let text =
        std::fs::read_to_string(path).map_err(|e| Diagnostic::io(format!("cannot read {}: {e}", path.display())))?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// Compile one module's source to an object file.
///
/// With `OPHIS_TIMINGS` set in the environment, each stage's duration goes to stderr.
pub fn compile(src: &SourceFile, target: &Target, emit: &Emit) -> CompileResult<Compiled> {
    let timings = std::env::var_os("OPHIS_TIMINGS").is_some();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &str| {
        if timings {
            eprintln!("ophis: {stage:<8} {:>8.1} ms", clock.elapsed().as_secs_f64() * 1e3);
            clock = std::time::Instant::now();
        }
    };
    let ast = parse::parse_module(src)?;
    lap("parse");
    let scopes = resolve::resolve_module(&src.path, &ast)?;
    lap("resolve");
    let mut ir = lower::lower_module("__main__", &src.path, &ast, &scopes)?;
    lap("lower");
    ir::verify::verify_module(&ir, "lower")?;
    lap("verify");
    passes::run(&mut ir)?;
    lap("passes");
    let out = codegen::compile_module(&ir, target, emit)?;
    lap("codegen");
    Ok(Compiled { ir, object: out.object, clif: out.clif, asm: out.asm })
}

/// `ophis build`: compile and link `input` into the executable `output`.
pub fn build(src: &SourceFile, output: &Path, target: &Target) -> CompileResult<()> {
    let compiled = compile(src, target, &Emit::default())?;
    link::link(&compiled.object, output, target)
}

/// `ophis run`: build into the cache (keyed by the source and the compiler) and return the
/// executable's path.
pub fn build_cached(src: &SourceFile) -> CompileResult<PathBuf> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(
        std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| m.modified().ok())
            .map(|t| format!("{t:?}"))
            .unwrap_or_default(),
    );
    h.update(src.path.as_bytes());
    h.update(src.text.as_bytes());
    let key: String = h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect();
    let dir = link::cache_dir().join("run");
    std::fs::create_dir_all(&dir).map_err(|e| Diagnostic::io(format!("cannot create {}: {e}", dir.display())))?;
    let exe = dir.join(key);
    if !exe.exists() {
        // Link under a private name, then rename: a concurrent `ophis run` of the same program
        // either sees no executable or a complete one, never one being written.
        static BUILDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = dir.join(format!(
            ".{}.{}.{n}.tmp",
            exe.file_name().and_then(|s| s.to_str()).unwrap_or("prog"),
            std::process::id()
        ));
        build(src, &tmp, &Target::host())?;
        std::fs::rename(&tmp, &exe).map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", exe.display())))?;
    }
    Ok(exe)
}

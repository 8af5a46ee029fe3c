//! The compiler driver: the whole pipeline as one function, plus `build` and `run`.
//!
//! source → parse → resolve → lower → verify → passes (each verified) → codegen → link, for each
//! module of the program (`program.rs` finds them); the objects are linked together.

use crate::codegen::{self, Emit};
use crate::diagnostics::{CompileResult, Diagnostic, SourceFile};
use crate::target::Target;
use crate::{ir, link, lower, passes, program, resolve};
use std::path::{Path, PathBuf};

/// What a compilation produced.
pub struct Compiled {
    /// The main file's IR.
    pub ir: ir::Module,
    /// The main file's object (with the C `main`).
    pub object: Vec<u8>,
    /// The objects of the program's other modules, in `program::discover`'s order.
    pub module_objects: Vec<Vec<u8>>,
    pub clif: String,
    pub asm: String,
}

/// Read a source file.
pub fn read_source(path: &Path) -> CompileResult<SourceFile> {
    let text =
        std::fs::read_to_string(path).map_err(|e| Diagnostic::io(format!("cannot read {}: {e}", path.display())))?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// Compile a program (its main file and every module of its own it imports, searched beside
/// the main file) to object files.
pub fn compile(src: &SourceFile, target: &Target, emit: &Emit) -> CompileResult<Compiled> {
    compile_in(src, &program::default_root(Path::new(&src.path)), target, emit)
}

/// Compile a program whose own modules are searched in `root` (CPython's `sys.path[0]`).
///
/// With `OPHIS_TIMINGS` set in the environment, each stage's duration goes to stderr.
pub fn compile_in(src: &SourceFile, root: &Path, target: &Target, emit: &Emit) -> CompileResult<Compiled> {
    let timings = std::env::var_os("OPHIS_TIMINGS").is_some();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &str| {
        if timings {
            eprintln!("ophis: {stage:<8} {:>8.1} ms", clock.elapsed().as_secs_f64() * 1e3);
            clock = std::time::Instant::now();
        }
    };
    let program = program::discover(src, root)?;
    lap("parse");
    let names: Vec<String> = program.modules.iter().map(|m| m.name.clone()).collect();
    let mut out: Option<Compiled> = None;
    let mut module_objects = Vec::new();
    let (mut clif, mut asm) = (String::new(), String::new());
    for (index, m) in program.modules.iter().enumerate() {
        // A standard-library module compiled before (by this compiler, for this target and
        // import context) is read back (`objcache.rs`), unless its code was asked for.
        let cached = (index > 0 && !emit.clif && !emit.asm && crate::pylib::is_pylib_path(&m.src.path))
            .then(|| crate::objcache::path(m, target));
        if let Some(object) = cached.as_deref().and_then(crate::objcache::load) {
            module_objects.push(object);
            lap("cached");
            continue;
        }
        let scopes = resolve::resolve_module(&m.src.path, &m.ast)?;
        lap("resolve");
        let mut ir = lower::lower_program_module(&m.name, &m.src.path, &m.ast, &scopes, &m.imports)?;
        lap("lower");
        ir::verify::verify_module(&ir, "lower")?;
        lap("verify");
        passes::run(&mut ir)?;
        lap("passes");
        let role = codegen::ModuleRole {
            name: m.name.clone(),
            is_package: m.is_package,
            program: (index == 0).then(|| names.clone()),
        };
        let o = codegen::compile_program_module(&ir, target, emit, &role)?;
        lap("codegen");
        if let Some(path) = &cached {
            crate::objcache::store(path, &o.object);
        }
        clif.push_str(&o.clif);
        asm.push_str(&o.asm);
        if index == 0 {
            out = Some(Compiled {
                ir,
                object: o.object,
                module_objects: Vec::new(),
                clif: String::new(),
                asm: String::new(),
            });
        } else {
            module_objects.push(o.object);
        }
    }
    let mut c = out.ok_or_else(|| Diagnostic::internal("driver", "a program without a main module"))?;
    c.module_objects = module_objects;
    c.clif = clif;
    c.asm = asm;
    Ok(c)
}

/// `ophis build`: compile and link `input` into the executable `output`.
pub fn build(src: &SourceFile, output: &Path, target: &Target) -> CompileResult<()> {
    build_in(src, &program::default_root(Path::new(&src.path)), output, target)
}

/// `build`, with the program's own modules searched in `root`.
pub fn build_in(src: &SourceFile, root: &Path, output: &Path, target: &Target) -> CompileResult<()> {
    let compiled = compile_in(src, root, target, &Emit::default())?;
    let mut objects = vec![compiled.object.as_slice()];
    objects.extend(compiled.module_objects.iter().map(|o| o.as_slice()));
    link::link_objects(&objects, output, target)
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
    // Every module of the program (a change to an imported file is a new program).
    if let Ok(p) = program::discover(src, &program::default_root(Path::new(&src.path))) {
        for (path, text) in program::fingerprint(&p) {
            h.update(path.as_bytes());
            h.update(text.as_bytes());
        }
    }
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

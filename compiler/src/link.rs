//! Linking: object file + the ophis runtime → executable, with the system C compiler driver.
//!
//! The runtime static library is embedded in the `ophis` binary at build time (see
//! `build.rs`); on first use it is written to a cache directory named by its hash, so a copied
//! or installed `ophis` needs nothing but a C linker (`cc`).

use crate::diagnostics::{CompileResult, Diagnostic};
use crate::target::Target;
use std::path::{Path, PathBuf};
use std::process::Command;

static RUNTIME_LIB: &[u8] = include_bytes!(env!("OPHIS_RUNTIME_LIB"));
const RUNTIME_HASH: &str = env!("OPHIS_RUNTIME_HASH");

/// Libraries the Rust runtime needs from the C world.
const SYSTEM_LIBS: &[&str] = &["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// ophis's cache directory (`$XDG_CACHE_HOME/ophis`, `~/.cache/ophis`, or the temp dir).
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("OPHIS_CACHE_DIR") {
        return PathBuf::from(d);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("ophis")
}

/// The runtime library on disk, written from the embedded copy when missing.
fn runtime_lib(target: &Target) -> CompileResult<PathBuf> {
    if !target.is_host() {
        return Err(Diagnostic::link(format!(
            "this ophis build carries the runtime for {} only; building for {} needs the runtime built for it",
            target_lexicon::Triple::host(),
            target.triple
        )));
    }
    let dir = cache_dir();
    let path = dir.join(format!("libophis_runtime-{RUNTIME_HASH}.a"));
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| Diagnostic::io(format!("cannot create the cache directory {}: {e}", dir.display())))?;
    // Unique per process and per call: several threads may compile at once (`ophis test`).
    static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".libophis_runtime-{RUNTIME_HASH}.{}.{n}.tmp", std::process::id()));
    std::fs::write(&tmp, RUNTIME_LIB).map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", tmp.display())))?;
    std::fs::rename(&tmp, &path).map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", path.display())))?;
    Ok(path)
}

/// Link `object` (the bytes of an object file) into the executable `output`.
pub fn link(object: &[u8], output: &Path, target: &Target) -> CompileResult<()> {
    if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
        return Err(Diagnostic::io(format!(
            "cannot write {}: the directory {} does not exist",
            output.display(),
            dir.display()
        )));
    }
    let lib = runtime_lib(target)?;
    let obj_path = output.with_file_name(format!(
        ".{}.{}.o",
        output.file_name().and_then(|n| n.to_str()).unwrap_or("ophis"),
        std::process::id()
    ));
    std::fs::write(&obj_path, object)
        .map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", obj_path.display())))?;
    let linker = target.linker();
    let result = Command::new(&linker)
        .arg(&obj_path)
        .arg(&lib)
        .args(SYSTEM_LIBS)
        .args(["-Wl,--gc-sections", "-o"])
        .arg(output)
        .output();
    let _ = std::fs::remove_file(&obj_path);
    let out = result.map_err(|e| {
        Diagnostic::link(format!(
            "could not run the linker `{linker}`: {e}; ophis needs a C toolchain (for example `apt-get install gcc`)"
        ))
    })?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        let said =
            if said.trim().is_empty() { "(the linker printed nothing)".into() } else { said.trim_end().to_string() };
        return Err(Diagnostic::link(format!("the linker `{linker}` failed ({}):\n{said}", out.status)));
    }
    Ok(())
}

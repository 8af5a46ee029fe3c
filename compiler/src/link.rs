//! Linking: object file + the ophis runtime for the target → executable, with the target's C
//! compiler driver (`Target::linker`).
//!
//! The runtime static library of every target ophis was built with is embedded in the `ophis`
//! binary (see `build.rs`); on first use it is written to a cache directory, named by target
//! and hash, so a copied or installed `ophis` needs nothing but a C linker. `OPHIS_RUNTIME_<ARCH>`
//! (e.g. `OPHIS_RUNTIME_AARCH64`) names a runtime library built separately instead. A target
//! with neither is an `error[link]` that says how to build its runtime.

use crate::diagnostics::{CompileResult, Diagnostic};
use crate::target::{Arch, Target};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A runtime library carried inside `ophis`.
pub(crate) struct EmbeddedRuntime {
    triple: &'static str,
    lib: &'static [u8],
    /// A short content hash: the cached copy's name.
    hash: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/runtimes.rs"));

/// Libraries the Rust runtime needs from the C world.
const SYSTEM_LIBS: &[&str] = &["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// The targets whose runtime this `ophis` carries, the host first.
pub fn embedded_targets() -> Vec<Target> {
    Target::all().into_iter().filter(|t| embedded(t).is_some()).collect()
}

fn embedded(target: &Target) -> Option<&'static EmbeddedRuntime> {
    EMBEDDED.iter().find(|r| r.triple == target.name())
}

/// The environment variable naming a separately built runtime library for `arch`.
pub fn runtime_var(arch: Arch) -> String {
    format!("OPHIS_RUNTIME_{}", arch.name().to_uppercase())
}

/// How to get a runtime for `target`, for diagnostics.
fn how_to_build(target: &Target) -> String {
    let t = target.name();
    let toolchain = match target.arch {
        Arch::Aarch64 => "install the toolchain with `scripts/install-aarch64-toolchain.sh`".to_string(),
        Arch::X86_64 => format!("install a rustc with the {t} standard library and a {t} C toolchain"),
    };
    format!(
        "{toolchain}, then rebuild ophis with `OPHIS_TARGETS={t} cargo build --release` (it then embeds that \
         runtime), or build the runtime alone with `RUSTC=/usr/bin/rustc cargo build -p ophis-runtime --profile \
         runtime --target {t} --target-dir target/ophis-runtime-{t}` and set \
         {}=target/ophis-runtime-{t}/{t}/runtime/libophis_runtime.a",
        runtime_var(target.arch)
    )
}

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

/// The runtime library for `target` on disk: `OPHIS_RUNTIME_<ARCH>` when set, else the
/// embedded copy, written to the cache when missing.
fn runtime_lib(target: &Target) -> CompileResult<PathBuf> {
    let var = runtime_var(target.arch);
    if let Some(path) = std::env::var_os(&var).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        if !path.is_file() {
            return Err(Diagnostic::link(format!(
                "{var} names {}, which is not a file; it should be the ophis runtime library for {}: {}",
                path.display(),
                target.name(),
                how_to_build(target)
            )));
        }
        return Ok(path);
    }
    let Some(rt) = embedded(target) else {
        let carried: Vec<&str> = EMBEDDED.iter().map(|r| r.triple).collect();
        let why = NOT_EMBEDDED
            .iter()
            .find(|(t, _)| *t == target.name())
            .map_or(String::new(), |(_, why)| format!(" (when it was built, {why})"));
        return Err(Diagnostic::link(format!(
            "this ophis carries no runtime for {}, only for {}{why}; to build for {}, {}",
            target.name(),
            carried.join(", "),
            target.name(),
            how_to_build(target)
        )));
    };
    let dir = cache_dir();
    let path = dir.join(format!("libophis_runtime-{}-{}.a", target.arch.name(), rt.hash));
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| Diagnostic::io(format!("cannot create the cache directory {}: {e}", dir.display())))?;
    // Unique per process and per call: several threads may compile at once (`ophis test`).
    static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".libophis_runtime-{}.{}.{n}.tmp", rt.hash, std::process::id()));
    std::fs::write(&tmp, rt.lib).map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", tmp.display())))?;
    std::fs::rename(&tmp, &path).map_err(|e| Diagnostic::io(format!("cannot write {}: {e}", path.display())))?;
    prune_old_runtimes(&dir, target, &path);
    Ok(path)
}

/// Delete the cached runtimes of other ophis builds for this target that no one has written
/// for a day: each build writes its own (named by hash), so without this the cache grows by a
/// runtime per build. A day's grace keeps the copy of another ophis in current use (it would
/// just write it again). Failures are ignored: the cache is only an optimisation.
fn prune_old_runtimes(dir: &Path, target: &Target, keep: &Path) {
    const GRACE: std::time::Duration = std::time::Duration::from_secs(24 * 3600);
    let prefix = format!("libophis_runtime-{}-", target.arch.name());
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if path == keep || !name.starts_with(&prefix) || !name.ends_with(".a") {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > GRACE);
        if old {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Link `object` (the bytes of an object file) into the executable `output`.
pub fn link(object: &[u8], output: &Path, target: &Target) -> CompileResult<()> {
    link_objects(&[object], output, target)
}

/// Link `objects` (the bytes of object files: a program's modules) into the executable
/// `output`.
pub fn link_objects(objects: &[&[u8]], output: &Path, target: &Target) -> CompileResult<()> {
    if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
        return Err(Diagnostic::io(format!(
            "cannot write {}: the directory {} does not exist",
            output.display(),
            dir.display()
        )));
    }
    let lib = runtime_lib(target)?;
    let mut obj_paths = Vec::new();
    for (k, object) in objects.iter().enumerate() {
        let obj_path = output.with_file_name(format!(
            ".{}.{}.{k}.o",
            output.file_name().and_then(|n| n.to_str()).unwrap_or("ophis"),
            std::process::id()
        ));
        let written = std::fs::write(&obj_path, object);
        obj_paths.push(obj_path.clone());
        if let Err(e) = written {
            for p in &obj_paths {
                let _ = std::fs::remove_file(p);
            }
            return Err(Diagnostic::io(format!("cannot write {}: {e}", obj_path.display())));
        }
    }
    let linker = target.linker();
    let result = Command::new(&linker)
        .args(&obj_paths)
        .arg(&lib)
        .args(SYSTEM_LIBS)
        .args(["-Wl,--gc-sections", "-o"])
        .arg(output)
        .output();
    for p in &obj_paths {
        let _ = std::fs::remove_file(p);
    }
    let out = result.map_err(|e| {
        let hint = if target.is_host() {
            "ophis needs a C toolchain (for example `apt-get install gcc`)".to_string()
        } else {
            format!(
                "building for {} needs its cross C toolchain (`scripts/install-aarch64-toolchain.sh`), or set {}",
                target.name(),
                target.linker_var()
            )
        };
        Diagnostic::link(format!("could not run the linker `{linker}`: {e}; {hint}"))
    })?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        let said =
            if said.trim().is_empty() { "(the linker printed nothing)".into() } else { said.trim_end().to_string() };
        return Err(Diagnostic::link(format!("the linker `{linker}` failed ({}):\n{said}", out.status)));
    }
    Ok(())
}

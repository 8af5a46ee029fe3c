//! The object cache of the standard library's Python modules (`pylib.rs`).
//!
//! Input: a library module of a program (its name, source and import context) and the
//! target. Output: the module's object file, compiled once per compiler build and then read
//! back, so a program importing `asyncio` or `typing` pays for compiling its own files only.
//!
//! A module's object depends on nothing but what the key holds (`key`): the compiler build,
//! the target, the module's name, package flag, `__package__` and source, and the part of
//! the program's import context lowering consults for it (whether some module calls
//! `setattr`, and which attribute names the program assigns that occur in the module's
//! source). Its registration symbol is named after the module, not its position
//! (`codegen::register_symbol`), so the same object links into any program.
//!
//! Objects live in `<cache>/pylib/<compiler build>/<key>.o` (`link::cache_dir`), written
//! under a private name and renamed into place, so concurrent compilations (`ophis test`)
//! see a complete object or none. A build's directory not used for a day is deleted when
//! another build first writes its own. Any I/O failure just means compiling the module.

use crate::program::ProgramModule;
use crate::target::Target;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// The cache directory of this compiler build (`CARGO_PKG_VERSION` and the executable's
/// modification time, as `driver::build_cached` keys programs).
fn build_dir() -> PathBuf {
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    let stamp = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| m.modified().ok())
        .map(|t| format!("{t:?}"))
        .unwrap_or_default();
    h.update(stamp.as_bytes());
    crate::link::cache_dir().join("pylib").join(hex(&h.finalize()[..8]))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key of library module `m` compiled for `target`.
fn key(m: &ProgramModule, target: &Target) -> String {
    let mut h = Sha256::new();
    for part in [target.name(), &m.name, m.imports.package.as_deref().unwrap_or("\u{1}"), &m.src.path, &m.src.text] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.update([m.is_package as u8, m.imports.rebinds_any as u8]);
    let mut rebound: Vec<&String> = m.imports.rebound.iter().filter(|n| m.src.text.contains(n.as_str())).collect();
    rebound.sort();
    for n in rebound {
        h.update(n.as_bytes());
        h.update([0]);
    }
    hex(&h.finalize()[..16])
}

/// Where the object of `m` for `target` is cached.
pub fn path(m: &ProgramModule, target: &Target) -> PathBuf {
    build_dir().join(format!("{}.o", key(m, target)))
}

/// The cached object at `path`, if there is one.
pub fn load(path: &std::path::Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// Cache `object` at `path` (best effort).
pub fn store(path: &std::path::Path, object: &[u8]) {
    let Some(dir) = path.parent() else { return };
    let fresh = !dir.exists();
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(
        ".{}.{}.{n}.tmp",
        std::process::id(),
        path.file_name().and_then(|s| s.to_str()).unwrap_or("o")
    ));
    if std::fs::write(&tmp, object).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
        return;
    }
    if fresh {
        prune_other_builds(dir);
    }
}

/// Delete the directories of other compiler builds that have not been written for a day.
fn prune_other_builds(own: &std::path::Path) {
    let Some(parent) = own.parent() else { return };
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let day = std::time::Duration::from_secs(24 * 3600);
    for e in entries.flatten() {
        let p = e.path();
        if p == own {
            continue;
        }
        let old = e
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > day);
        if old {
            let _ = std::fs::remove_dir_all(&p);
        }
    }
}

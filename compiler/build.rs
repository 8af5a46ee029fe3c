//! Builds the runtime static library and embeds it in the `ophis` binary.
//!
//! The runtime is always built with the `runtime` profile (optimised, `panic = "abort"`),
//! whatever profile the compiler is built with, into its own target directory so that the
//! nested cargo invocation never waits on the outer one's lock. The path of the resulting
//! `libophis_runtime.a` reaches the compiler as `OPHIS_RUNTIME_LIB`, which `link.rs`
//! includes with `include_bytes!`: a copied or installed `ophis` needs nothing beside it.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest.parent().expect("compiler/ lives in the workspace").to_path_buf();
    let runtime = workspace.join("runtime");
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!("cargo:rerun-if-changed={}", runtime.join("Cargo.toml").display());
    println!("cargo:rerun-if-env-changed=OPHIS_RUNTIME_TARGET_DIR");

    let target_dir = env::var_os("OPHIS_RUNTIME_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target").join("ophis-runtime"));
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&workspace)
        .args(["build", "--quiet", "-p", "ophis-runtime", "--lib", "--profile", "runtime", "--target-dir"])
        .arg(&target_dir);
    // The outer build's settings must not leak into the runtime's (its own profile decides).
    // Nor do wrappers such as clippy's (the runtime is linted as a workspace member).
    for var in [
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CLIPPY_ARGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "CARGO_MAKEFLAGS",
        "MAKEFLAGS",
        "MFLAGS",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd.status().expect("could not run cargo to build the ophis runtime");
    if !status.success() {
        panic!("building the ophis runtime failed ({status})");
    }
    let lib = target_dir.join("runtime").join("libophis_runtime.a");
    assert!(lib.exists(), "runtime library missing at {}", lib.display());
    println!("cargo:rustc-env=OPHIS_RUNTIME_LIB={}", lib.display());
    println!("cargo:rustc-env=OPHIS_RUNTIME_HASH={}", runtime_hash(&lib));
}

/// A short content hash of the runtime library, naming its cached copy.
fn runtime_hash(lib: &std::path::Path) -> String {
    use sha2::{Digest, Sha256};
    let bytes = std::fs::read(lib).expect("runtime library readable");
    let digest = Sha256::digest(&bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

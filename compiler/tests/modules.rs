//! The compiler's list of the modules the runtime provides (`compiler/src/modules.rs`) must be
//! exactly the runtime's registry (`runtime/src/stdlib/mod.rs`): a module missing from the
//! compiler's list could never be imported, one missing from the registry would compile and
//! then fail with `ModuleNotFoundError`.

use ophis::modules::BUILTIN_MODULES;

#[test]
fn compiler_and_runtime_agree_on_builtin_modules() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/src/stdlib/mod.rs"))
        .expect("runtime/src/stdlib/mod.rs");
    let mut registry: Vec<&str> = src
        .match_indices("ModuleDef { name: \"")
        .map(|(i, m)| {
            let rest = &src[i + m.len()..];
            &rest[..rest.find('"').expect("closing quote")]
        })
        .collect();
    assert!(registry.len() >= 6, "parsed only {registry:?}");
    let mut compiler: Vec<&str> = BUILTIN_MODULES.to_vec();
    registry.sort_unstable();
    compiler.sort_unstable();
    assert_eq!(compiler, registry);
}

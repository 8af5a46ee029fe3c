//! The compiler's declarations of runtime functions (`codegen/runtime_abi.rs`) must match the
//! functions `runtime/src/abi.rs` exports: same names, same number of parameters, and every
//! runtime function an `RtFunc` names must be declared.

use ophis::codegen::runtime_abi::{DATA, FUNCTIONS};
use std::collections::HashMap;

/// `ophis_*` functions exported by the runtime, with their parameter counts.
fn exported_functions() -> HashMap<String, usize> {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/src/abi.rs"))
        .expect("runtime/src/abi.rs");
    let mut out = HashMap::new();
    for (i, _) in src.match_indices("extern \"C\" fn ophis_") {
        let rest = &src[i + "extern \"C\" fn ".len()..];
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let open = rest.find('(').expect("parameter list");
        let mut depth = 0;
        let mut close = open;
        for (j, c) in rest[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let params = &rest[open + 1..close];
        // Parameters are `name: Type`; count the colons outside nested brackets.
        let count = params.split(',').filter(|p| p.contains(':')).count();
        out.insert(name, count);
    }
    out
}

#[test]
fn declared_functions_match_the_runtime() {
    let exported = exported_functions();
    assert!(exported.len() > 40, "parsed only {} runtime functions", exported.len());
    for (name, params, _) in FUNCTIONS {
        let n = exported
            .get(*name)
            .unwrap_or_else(|| panic!("{name} is declared for codegen but the runtime does not export it"));
        assert_eq!(*n, params.len(), "{name}: the runtime takes {n} parameters, codegen declares {}", params.len());
    }
}

#[test]
fn declared_data_exists_in_the_runtime() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/src/abi.rs")).expect("abi.rs");
    for name in DATA {
        assert!(
            src.contains(&format!("pub static {name}:")),
            "runtime data {name} is not exported by runtime/src/abi.rs"
        );
    }
}

#[test]
fn every_runtime_call_of_the_ir_is_declared() {
    for &f in ophis::ir::RtFunc::ALL {
        let (symbol, fixed, _) = f.sig();
        let (_, params, _) = FUNCTIONS
            .iter()
            .find(|(n, _, _)| *n == symbol)
            .unwrap_or_else(|| panic!("{f:?} calls undeclared {symbol}"));
        let passed = match fixed {
            Some(n) => n + f.null_padding() + usize::from(f.takes_frame()),
            None => 2, // (pointer, count)
        };
        assert_eq!(passed, params.len(), "{f:?} passes {passed} arguments to {symbol}, which takes {}", params.len());
    }
}

//! IR → IR passes, run in order after lowering; the verifier runs after each one.

use crate::diagnostics::CompileResult;
use crate::ir::{verify::verify_module, Module};

/// Run every pass over the module.
pub fn run(m: &mut Module) -> CompileResult<()> {
    let passes: &[(&str, fn(&mut Module))] = &[];
    for (name, pass) in passes {
        pass(m);
        verify_module(m, name)?;
    }
    Ok(())
}

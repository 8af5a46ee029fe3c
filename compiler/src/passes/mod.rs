//! IR → IR passes, run in order after lowering; the verifier runs after each one.
//!
//! - `bound_params`: parameters that are never deleted are read without an unbound check;
//! - `borrow`: variable reads whose value is only borrowed take no reference.

mod borrow;
mod bound_params;

use crate::diagnostics::CompileResult;
use crate::ir::{verify::verify_module, Module};

/// A pass over a whole module.
type Pass = fn(&mut Module);

/// Run every pass over the module.
pub fn run(m: &mut Module) -> CompileResult<()> {
    let passes: &[(&str, Pass)] =
        &[("bound_params", |m| m.funcs.values_mut().for_each(bound_params::run)), ("borrow", borrow::run_module)];
    for (name, pass) in passes {
        pass(m);
        verify_module(m, name)?;
    }
    Ok(())
}

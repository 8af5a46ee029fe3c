//! `bound_params`: reads of parameters that are never unbound need no check.
//!
//! Input: a verified function. Output: the same function where every `LoadFast` of a parameter
//! that no instruction deletes or clears (`del p`, the end of `except … as p`) is unchecked
//! and has no exception edge; the landing pads that only those loads reached become
//! unreachable (codegen skips them).
//!
//! Invariant relied on: a parameter is bound on entry (the prologue stores it) and only
//! `DeleteFast`/`ClearLocal` can unbind a local.

use crate::ir::{Function, LocalId, Op};
use std::collections::HashSet;

pub fn run(f: &mut Function) {
    let unbound_somewhere: HashSet<LocalId> = f
        .insts
        .values()
        .filter_map(|i| match i.op {
            Op::DeleteFast(l) | Op::ClearLocal(l) => Some(l),
            _ => None,
        })
        .collect();
    for inst in f.insts.values_mut() {
        if let Op::LoadFast { local, checked: true, .. } = inst.op {
            if f.locals[local].is_param && !unbound_somewhere.contains(&local) {
                if let Op::LoadFast { checked, .. } = &mut inst.op {
                    *checked = false;
                }
                inst.on_error = None;
            }
        }
    }
}

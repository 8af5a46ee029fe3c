//! Small-int clones: a second direct entry of a function, compiled on the assumption that
//! some of its parameters are immediate (small) ints.
//!
//! Input: a verified IR function. Output: a plan (`IntClone`) naming the parameters the clone
//! assumes to be small ints, and the clone itself, a native function with the direct entry's
//! signature whose body `function.rs` translates knowing that every read of those parameters
//! is a small int: their tag tests, float paths and reference counting disappear, and fewer
//! values stay live across calls (so fewer callee-saved registers are spilled).
//!
//! Nothing in the IR changes; the clone is a code-generation artefact. Every direct call site
//! of a function that has a clone tests the tags of the assumed arguments (nothing when they
//! are known small already, e.g. literals or the clone's own parameters) and calls the clone
//! or the ordinary direct entry. Both have the same frames, code object, lines and exception
//! paths, so tracebacks, `RecursionError` and big-int promotion on overflow are unchanged.
//!
//! A parameter qualifies when:
//! - it is a plain (`Fast`) local bound once, by the entry block's store of its argument, and
//!   never stored, deleted or cleared again, so every read of it yields the argument;
//! - the body uses it as an operand of an arithmetic operator or a comparison whose other
//!   operand is an int literal (`n - 1`, `n < 2`): the sign that it is meant to be an int,
//!   which keeps clones (and their compile time) to the functions likely to use them.

use super::Codegen;
use crate::diagnostics::CompileResult;
use crate::ir::{self, FuncId as IrFuncId, LocalId, LocalKind, Op};
use cranelift_module::{FuncId, Linkage, Module as _};
use std::collections::HashMap;

/// A function's small-int clone.
#[derive(Clone, Debug)]
pub(crate) struct IntClone {
    /// The clone's symbol.
    pub func: FuncId,
    /// Indices, in a `call_direct`'s operands (0 is the function object), of the arguments
    /// the clone assumes to be small ints.
    pub args: Vec<usize>,
    /// The locals holding those parameters.
    pub locals: Vec<LocalId>,
}

/// The parameters of `f` a small-int clone would assume: (operand index, local) pairs, or
/// nothing when no parameter qualifies.
pub(crate) fn plan(f: &ir::Function) -> Vec<(usize, LocalId)> {
    let Some(entry) = f.entry else { return Vec::new() };
    // A generator's direct entry only creates the generator: no clone of its body.
    if f.is_module_body || f.is_generator {
        return Vec::new();
    }
    let entry_params = &f.blocks[entry].params;
    // Every instruction that binds or unbinds each local, and the op defining each value.
    let mut binds: HashMap<LocalId, Vec<ir::Inst>> = HashMap::new();
    let mut def: HashMap<ir::Value, &Op> = HashMap::new();
    // (Instructions that passes removed stay in `insts`: only the blocks' lists count.)
    let live: Vec<ir::Inst> = f.blocks.values().flat_map(|b| b.insts.iter().copied()).collect();
    for &i in &live {
        let data = &f.insts[i];
        match data.op {
            Op::StoreFast(l) | Op::DeleteFast(l) | Op::ClearLocal(l) | Op::MakeCell(l) => {
                binds.entry(l).or_default().push(i)
            }
            Op::LoadClosure { local, .. } => binds.entry(local).or_default().push(i),
            _ => {}
        }
        if let Some(r) = data.result {
            def.insert(r, &data.op);
        }
    }
    // Locals used as an operand of an operator or comparison against an int literal.
    let is_literal = |v: &ir::Value| matches!(def.get(v), Some(Op::SmallInt(_)));
    let mut int_used: Vec<LocalId> = Vec::new();
    for data in live.iter().map(|i| &f.insts[*i]) {
        if !matches!(data.op, Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::CompareBool(_)) {
            continue;
        }
        if let [a, b] = data.args[..] {
            for (x, y) in [(a, b), (b, a)] {
                if let (Some(Op::LoadFast { local, .. }), true) = (def.get(&x), is_literal(&y)) {
                    int_used.push(*local);
                }
            }
        }
    }
    let entry_insts = &f.blocks[entry].insts;
    let mut out = Vec::new();
    for (l, data) in &f.locals {
        if !data.is_param || data.kind != LocalKind::Fast || !int_used.contains(&l) {
            continue;
        }
        // Bound exactly once: `store_fast l, <entry parameter i>` in the entry block.
        let Some([store]) = binds.get(&l).map(Vec::as_slice) else { continue };
        if !entry_insts.contains(store) || f.insts[*store].op != Op::StoreFast(l) {
            continue;
        }
        let arg = f.insts[*store].args[0];
        if let Some(i) = entry_params.iter().position(|p| *p == arg).filter(|i| *i >= 1) {
            out.push((i, l));
        }
    }
    out
}

impl Codegen<'_> {
    /// Declare the small-int clone of every function that has a plan for one.
    pub(super) fn declare_int_clones(&mut self) -> CompileResult<()> {
        for (id, f) in &self.ir.funcs {
            let p = plan(f);
            if p.is_empty() {
                continue;
            }
            let name = format!("__ophis_int_{}_{}", id.as_u32(), super::mangle(&f.qualname));
            let func = self.module.declare_function(&name, Linkage::Local, &self.direct_sig(f)).map_err(Self::ice)?;
            let (args, locals) = p.into_iter().unzip();
            self.int_clones.insert(id, IntClone { func, args, locals });
        }
        Ok(())
    }

    /// Compile the small-int clone of `id`, if it has one.
    pub(super) fn define_int_clone(&mut self, id: IrFuncId, f: &ir::Function) -> CompileResult<()> {
        let Some(clone) = self.int_clones.get(&id).cloned() else { return Ok(()) };
        let sig = self.direct_sig(f);
        let what = format!("{} (small-int clone)", f.qualname);
        self.build_function(clone.func, sig, &what, |cg, b| {
            super::function::translate_int_clone(cg, b, f, &clone.locals)
        })
    }
}

//! `borrow`: read variables without taking a reference when nothing needs one.
//!
//! Input: a verified function. Output: the same function where an owned `LoadFast` or
//! `LoadGlobal` (of a stable global) whose value is only *borrowed* and then released becomes
//! a borrowed load, and every `DecRef` of that value (the release, and those in landing pads)
//! is removed. On `fib`, this removes the increment/decrement pair of every read of `n` and of
//! the global `fib`.
//!
//! A load qualifies when, in the block that defines it:
//! - every use is an operand the instruction borrows (`Op::steals` says which are taken), and
//!   the value is released by exactly one `DecRef` in that block, after every other use;
//! - no terminator uses it (block arguments and returns take ownership);
//! - for a local: nothing between the load and that `DecRef` writes, deletes or clears the
//!   local, so the local keeps the object alive throughout; nothing else can rebind a `Fast`
//!   local (closures capture cells, never `Fast` locals);
//! - for a global: the global is stable (bound once, by its `def`), so its slot keeps the
//!   object alive for the rest of the program.
//!
//! Uses outside the defining block may only be `DecRef`s in landing pads, which by
//! construction run while the value is still held.

use crate::ir::{Block, Function, GlobalData, GlobalId, Inst, Module, Op, Terminator, Value};
use cranelift_entity::PrimaryMap;
use std::collections::{HashMap, HashSet};

pub fn run(f: &mut Function, globals: &PrimaryMap<GlobalId, GlobalData>) {
    // Where each value is defined and used.
    let mut def_at: HashMap<Value, (Block, usize)> = HashMap::new();
    let mut uses: HashMap<Value, Vec<(Block, usize, Inst)>> = HashMap::new();
    let mut in_terminator: HashSet<Value> = HashSet::new();
    for (b, data) in &f.blocks {
        for (pos, &i) in data.insts.iter().enumerate() {
            let inst = &f.insts[i];
            if let Some(r) = inst.result {
                def_at.insert(r, (b, pos));
            }
            for &a in &inst.args {
                uses.entry(a).or_default().push((b, pos, i));
            }
        }
        match &data.term {
            Some(Terminator::Jump(_, args)) => in_terminator.extend(args.iter().copied()),
            Some(Terminator::Return(v)) => {
                in_terminator.insert(*v);
            }
            Some(Terminator::IterNext { iter, .. }) => {
                in_terminator.insert(*iter);
            }
            _ => {}
        }
    }

    let mut to_remove: HashSet<Inst> = HashSet::new();
    for (&v, &(b, def_pos)) in &def_at {
        let def_inst = f.blocks[b].insts[def_pos];
        let local = match f.insts[def_inst].op {
            Op::LoadFast { local, borrow: false, .. } => Some(local),
            Op::LoadGlobal { global, borrow: false } if globals[global].stable => None,
            _ => continue,
        };
        if in_terminator.contains(&v) {
            continue;
        }
        let Some(us) = uses.get(&v) else { continue };
        let mut release: Option<usize> = None;
        let mut last_borrow = def_pos;
        let mut ok = true;
        let mut decrefs = Vec::new();
        for &(ub, upos, ui) in us {
            let inst = &f.insts[ui];
            if inst.op == Op::DecRef {
                decrefs.push(ui);
                if ub == b {
                    ok &= release.replace(upos).is_none();
                }
                continue;
            }
            let operand = inst.args.iter().position(|a| *a == v).expect("a use");
            let stolen = inst.op.steals(inst.args.len()).contains(&operand);
            if ub != b || stolen || inst.op == Op::IncRef {
                ok = false;
                break;
            }
            last_borrow = last_borrow.max(upos);
        }
        let Some(release) = release.filter(|r| ok && *r > last_borrow) else { continue };
        if let Some(l) = local {
            let rebinds = f.blocks[b].insts[def_pos + 1..release].iter().any(|&i| {
                matches!(f.insts[i].op, Op::StoreFast(x) | Op::DeleteFast(x) | Op::ClearLocal(x) | Op::MakeCell(x) if x == l)
            });
            if rebinds {
                continue;
            }
        }
        if let Op::LoadFast { borrow, .. } | Op::LoadGlobal { borrow, .. } = &mut f.insts[def_inst].op {
            *borrow = true;
        }
        to_remove.extend(decrefs);
    }
    if to_remove.is_empty() {
        return;
    }
    for data in f.blocks.values_mut() {
        data.insts.retain(|i| !to_remove.contains(i));
    }
}

/// Run over every function of the module.
pub fn run_module(m: &mut Module) {
    let globals = m.globals.clone();
    for f in m.funcs.values_mut() {
        run(f, &globals);
    }
}

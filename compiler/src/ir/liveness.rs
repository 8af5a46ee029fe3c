//! Liveness of SSA values, for the generator transform.
//!
//! Input: a verified IR function. Output: for every `yield` instruction, the SSA values
//! (temporaries) that are live across it: used after the generator resumes, so they must be
//! saved in the generator's frame while it is suspended. Python variables are not SSA values
//! (they are locals, saved whole), so these sets hold only expression temporaries: the
//! operands already evaluated when a `yield` appears inside a larger expression
//! (`f(a, (yield b))`), and those the landing pad of a later instruction releases.
//!
//! The analysis is the classic backward data-flow over blocks (live-in = uses ∪ (live-out −
//! defs)), iterated to a fixed point. Block parameters are defined at their block's start;
//! an instruction's exception edge makes the landing pad's live-in live at that instruction.
//!
//! [`GenLayout`] turns the result into a generator's frame layout, shared by code generation
//! (which builds the resume function's state machine from it) and the IR printer (which shows
//! that state machine in `--emit ir`).

use super::{Function, Inst, Op, Terminator, Value};
use cranelift_entity::SecondaryMap;
use std::collections::{BTreeSet, HashMap};

type Set = BTreeSet<Value>;

fn term_uses(t: &Terminator) -> Vec<Value> {
    match t {
        Terminator::Jump(_, args) => args.clone(),
        Terminator::Branch { cond, .. } => vec![*cond],
        Terminator::Return(v) => vec![*v],
        Terminator::Raise => vec![],
        Terminator::IterNext { iter, .. } => vec![*iter],
    }
}

/// Values live on entry to each block.
fn live_in(f: &Function) -> SecondaryMap<super::Block, Set> {
    let mut live: SecondaryMap<super::Block, Set> = SecondaryMap::new();
    loop {
        let mut changed = false;
        for (b, data) in f.blocks.iter().rev() {
            let mut set = Set::new();
            if let Some(t) = &data.term {
                for s in t.successors() {
                    set.extend(live[s].iter().copied());
                }
                set.extend(term_uses(t));
            }
            for &i in data.insts.iter().rev() {
                let inst = &f.insts[i];
                if let Some(r) = inst.result {
                    set.remove(&r);
                }
                if let Some(e) = inst.on_error {
                    set.extend(live[e].iter().copied());
                }
                set.extend(inst.args.iter().copied());
            }
            for p in &data.params {
                set.remove(p);
            }
            if set != live[b] {
                live[b] = set;
                changed = true;
            }
        }
        if !changed {
            return live;
        }
    }
}

/// For each `yield`, the values live across it (sorted, so frame layouts are deterministic).
pub fn live_across_yields(f: &Function) -> HashMap<Inst, Vec<Value>> {
    let live = live_in(f);
    let mut out = HashMap::new();
    for (_, data) in f.blocks.iter() {
        let mut set = Set::new();
        if let Some(t) = &data.term {
            for s in t.successors() {
                set.extend(live[s].iter().copied());
            }
            set.extend(term_uses(t));
        }
        for &i in data.insts.iter().rev() {
            let inst = &f.insts[i];
            if let Some(r) = inst.result {
                set.remove(&r);
            }
            if let Some(e) = inst.on_error {
                set.extend(live[e].iter().copied());
            }
            if matches!(inst.op, Op::Yield) {
                out.insert(i, set.iter().copied().collect());
            }
            set.extend(inst.args.iter().copied());
        }
    }
    out
}

/// The frame layout of a generator: slot 0 holds the function object, the next `nslots` its
/// arguments, then one slot per IR local, then one per value live across some `yield`.
pub struct GenLayout {
    /// Values live across each `yield`.
    pub live: std::collections::HashMap<Inst, Vec<Value>>,
    /// The slot of each such value.
    pub spill_slot: std::collections::HashMap<Value, usize>,
    /// The `yield`s in block order, numbered from 1 (0 is the start state).
    pub yields: Vec<Inst>,
    pub local_base: usize,
    pub total: usize,
}

impl GenLayout {
    pub fn of(f: &Function) -> GenLayout {
        let live = live_across_yields(f);
        let yields: Vec<Inst> = f
            .blocks
            .values()
            .flat_map(|b| b.insts.iter().copied())
            .filter(|i| matches!(f.insts[*i].op, Op::Yield))
            .collect();
        let local_base = 1 + f.sig.nslots();
        let mut spill_slot = std::collections::HashMap::new();
        let mut next = local_base + f.locals.len();
        let mut all: Vec<Value> = live.values().flatten().copied().collect();
        all.sort();
        all.dedup();
        for v in all {
            spill_slot.insert(v, next);
            next += 1;
        }
        GenLayout { live, spill_slot, yields, local_base, total: next }
    }

    /// The slots the creator fills: the function object and the arguments.
    pub fn nargs(&self) -> usize {
        self.local_base
    }
}

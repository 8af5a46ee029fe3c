//! The IR verifier, run after lowering and after every pass.
//!
//! Invariants checked, per function:
//! 1. every block reachable from the entry ends in a terminator;
//! 2. every value is defined exactly once (an instruction result or a block parameter), and
//!    an instruction has a result exactly when its opcode produces one, of the opcode's type;
//! 3. every use is dominated by its definition (SSA), including uses in terminators;
//! 4. an instruction that can raise has an exception edge and one that cannot has none;
//!    exception-edge targets take no parameters;
//! 5. jumps pass as many arguments as the target has parameters, of the same types;
//!    `Branch` tests a `Bool`; `Return` returns an `Obj`; an `IterNext` body block takes one
//!    `Obj` and its other targets none;
//! 6. a direct call passes the function object plus exactly the callee's parameter slots.
//!
//! A failure is an internal compiler error naming the pass that produced the bad IR.

use super::{Block, Function, Module, Op, Terminator, Type, Value};
use crate::diagnostics::{CompileResult, Diagnostic};
use cranelift_entity::SecondaryMap;

/// Verify every function of `m`; `pass` names the pass that just ran.
pub fn verify_module(m: &Module, pass: &str) -> CompileResult<()> {
    for (id, f) in &m.funcs {
        verify_function(m, f)
            .map_err(|e| Diagnostic::internal(pass, format!("IR verifier: {id} ({}): {e}", f.qualname)))?;
    }
    Ok(())
}

fn verify_function(m: &Module, f: &Function) -> Result<(), String> {
    let entry = f.entry.ok_or("function has no entry block")?;
    let order = reverse_postorder(f, entry)?;
    let idom = dominators(f, &order);

    // Where each value is defined: (block, position within block; params are position 0).
    let mut def: SecondaryMap<Value, Option<(Block, usize)>> = SecondaryMap::new();
    for &b in &order {
        for &p in &f.blocks[b].params {
            if def[p].replace((b, 0)).is_some() {
                return Err(format!("{p} defined twice"));
            }
        }
        for (pos, &i) in f.blocks[b].insts.iter().enumerate() {
            let inst = &f.insts[i];
            let expect = Function::result_type(&inst.op);
            match (inst.result, expect) {
                (Some(r), Some(t)) if f.ty(r) == t => {
                    if def[r].replace((b, pos + 1)).is_some() {
                        return Err(format!("{r} defined twice"));
                    }
                }
                (None, None) => {}
                (r, t) => return Err(format!("{i} in {b}: result {r:?} does not match its opcode's type {t:?}")),
            }
        }
    }

    let dominates = |(db, dpos): (Block, usize), (ub, upos): (Block, usize)| -> bool {
        if db == ub {
            return dpos < upos || (dpos == 0 && upos == 0);
        }
        let mut b = ub;
        while let Some(d) = idom[b] {
            if d == db {
                return true;
            }
            if d == b {
                break;
            }
            b = d;
        }
        false
    };
    let check_use = |v: Value, at: (Block, usize), what: &str| -> Result<(), String> {
        match def[v] {
            None => Err(format!("{v} used in {what} in {} but never defined on a reachable path", at.0)),
            Some(d) if dominates(d, at) => Ok(()),
            Some(d) => Err(format!("{v} (defined in {}) does not dominate its use in {what} in {}", d.0, at.0)),
        }
    };

    for &b in &order {
        let data = &f.blocks[b];
        for (pos, &i) in data.insts.iter().enumerate() {
            let inst = &f.insts[i];
            for &a in &inst.args {
                check_use(a, (b, pos + 1), &format!("{i}"))?;
            }
            match (Function::can_raise(&inst.op), inst.on_error) {
                (true, None) => return Err(format!("{i} in {b} can raise but has no exception edge")),
                (false, Some(_)) => return Err(format!("{i} in {b} cannot raise but has an exception edge")),
                (_, Some(e)) if !f.blocks[e].params.is_empty() => {
                    return Err(format!("exception edge target {e} takes parameters"))
                }
                _ => {}
            }
            if let Op::CallDirect(callee) = inst.op {
                let want = m.funcs[callee].sig.nslots() + 1;
                if inst.args.len() != want {
                    return Err(format!(
                        "{i}: direct call to {callee} passes {} operands, expected {want}",
                        inst.args.len()
                    ));
                }
            }
        }
        let end = (b, data.insts.len() + 1);
        let term = data.term.as_ref().ok_or_else(|| format!("{b} has no terminator"))?;
        let jump_args = |target: Block, args: &[Value]| -> Result<(), String> {
            let params = &f.blocks[target].params;
            if params.len() != args.len() {
                return Err(format!("{b} passes {} arguments to {target}, which takes {}", args.len(), params.len()));
            }
            for (a, p) in args.iter().zip(params) {
                if f.ty(*a) != f.ty(*p) {
                    return Err(format!(
                        "{b} passes {a} of type {:?} to a {:?} parameter of {target}",
                        f.ty(*a),
                        f.ty(*p)
                    ));
                }
            }
            Ok(())
        };
        match term {
            Terminator::Jump(t, args) => {
                for &a in args {
                    check_use(a, end, "a jump")?;
                }
                jump_args(*t, args)?;
            }
            Terminator::Branch { cond, then, else_ } => {
                check_use(*cond, end, "a branch")?;
                if f.ty(*cond) != Type::Bool {
                    return Err(format!("{b} branches on {cond}, which is not a Bool"));
                }
                jump_args(*then, &[])?;
                jump_args(*else_, &[])?;
            }
            Terminator::Return(v) => {
                check_use(*v, end, "a return")?;
                if f.ty(*v) != Type::Obj {
                    return Err(format!("{b} returns {v}, which is not an Obj"));
                }
            }
            Terminator::Raise => {}
            Terminator::IterNext { iter, body, done, on_error } => {
                check_use(*iter, end, "iter_next")?;
                let p = &f.blocks[*body].params;
                if p.len() != 1 || f.ty(p[0]) != Type::Obj {
                    return Err(format!("iter_next body {body} must take one Obj parameter"));
                }
                jump_args(*done, &[])?;
                jump_args(*on_error, &[])?;
            }
        }
    }
    Ok(())
}

/// Blocks reachable from `entry`, in reverse postorder.
fn reverse_postorder(f: &Function, entry: Block) -> Result<Vec<Block>, String> {
    let mut seen: SecondaryMap<Block, bool> = SecondaryMap::new();
    let mut post = Vec::new();
    let mut stack: Vec<(Block, usize)> = vec![(entry, 0)];
    seen[entry] = true;
    while let Some((b, i)) = stack.pop() {
        let succ = match &f.blocks[b].term {
            Some(t) => t.successors(),
            None => return Err(format!("{b} has no terminator")),
        };
        if let Some(&s) = succ.get(i) {
            stack.push((b, i + 1));
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
        }
    }
    post.reverse();
    Ok(post)
}

/// Immediate dominators (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm").
fn dominators(f: &Function, order: &[Block]) -> SecondaryMap<Block, Option<Block>> {
    let mut rpo_index: SecondaryMap<Block, usize> = SecondaryMap::with_default(usize::MAX);
    for (i, &b) in order.iter().enumerate() {
        rpo_index[b] = i;
    }
    let mut preds: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
    for &b in order {
        if let Some(t) = &f.blocks[b].term {
            for s in t.successors() {
                preds[s].push(b);
            }
        }
    }
    let mut idom: SecondaryMap<Block, Option<Block>> = SecondaryMap::new();
    let Some(&entry) = order.first() else {
        return idom;
    };
    idom[entry] = Some(entry);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &order[1..] {
            let mut new: Option<Block> = None;
            for &p in &preds[b] {
                if idom[p].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(n) => {
                        let (mut x, mut y) = (p, n);
                        while x != y {
                            while rpo_index[x] > rpo_index[y] {
                                x = idom[x].expect("processed");
                            }
                            while rpo_index[y] > rpo_index[x] {
                                y = idom[y].expect("processed");
                            }
                        }
                        x
                    }
                });
            }
            if new != idom[b] {
                idom[b] = new;
                changed = true;
            }
        }
    }
    // The entry has no dominator above it.
    idom[entry] = None;
    idom
}

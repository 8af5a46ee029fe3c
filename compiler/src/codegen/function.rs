//! Translation of one IR function into a Cranelift function (its direct entry).
//!
//! Input: a verified IR function. Output: the body of the Cranelift function being built.
//! IR values map one-to-one to Cranelift values (the IR's dominance guarantees hold), IR blocks
//! to Cranelift blocks, and IR locals to Cranelift variables (whose SSA construction Cranelift
//! does). An instruction that can raise ends the Cranelift block it is in: a branch goes to the
//! IR exception edge's block on failure, to a fresh block otherwise.
//!
//! Fast paths are inline and their fallbacks are runtime calls in cold blocks (the shape of
//! Lua's `OP_ADD` with its metamethod fallback): small-int arithmetic, bitwise operations and
//! comparisons, truth tests of bools and small ints, and reference counting, which skips
//! immediate ints and values known to be immortal.
//!
//! A generator's body is translated as its *resume function* `(frame, sent, depth)`
//! ([`translate_resume`]): an entry block switches on the frame's state to the start or to
//! the point after the `yield` it stopped at; each `yield` saves the locals and the SSA values
//! live across it ([`GenLayout`]) into the frame's slots and returns; its resume block reloads
//! them. Values live across a `yield` are Cranelift variables, so SSA construction joins the
//! straight-line and the reloaded definitions (`docs/design/generators.md`).
//!
//! Translating a small-int clone (`specialize.rs`), reads of the assumed parameters and int
//! literals are *known small*: operators on known small operands emit only their int path, and
//! their reference counting disappears. In every body, the releases of an operator's operands
//! that directly follow it are done on its non-int paths only (`fuse_releases`), and a direct
//! call of a stable global re-reads the slot (`docs/design/int-clones.md`).

use super::floats::{self, FloatPlan};
use super::runtime_abi::{CALL_KIND_ABS, CALL_KIND_ISINSTANCE};
use super::Codegen;
use crate::ast::{BinOp, CmpOp};
use crate::diagnostics::{CompileResult, Diagnostic};
use crate::ir::{self, Const, LocalKind, Op, RtRet, Terminator, Type};
use crate::target::WORD;
use cranelift_codegen::ir::{
    condcodes::FloatCC, condcodes::IntCC, types, Block, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};
use cranelift_entity::SecondaryMap;
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module as _;

mod lazy_floats;

/// Tagged form of the smallest immediate int and helpers for the tag arithmetic.
const TAG: i64 = 1;

/// Which operator an operator site cache serves (`Translator::operator_site`).
#[derive(Copy, Clone, PartialEq, Eq)]
enum OperatorSite {
    /// `a <op> b` (not in-place): the class's `__op__`.
    Binary,
    /// A comparison as a value.
    Compare,
    /// A comparison as a condition (a status word).
    CompareBool,
}

struct Translator<'a, 'b, 'c> {
    cg: &'a mut Codegen<'c>,
    b: &'a mut FunctionBuilder<'b>,
    f: &'a ir::Function,
    vals: SecondaryMap<ir::Value, Option<Value>>,
    blocks: SecondaryMap<ir::Block, Option<Block>>,
    vars: SecondaryMap<ir::LocalId, Option<Variable>>,
    /// Values that need no reference counting: immediates and immortal constants.
    immortal: SecondaryMap<ir::Value, bool>,
    /// Locals still null since entry (while translating the entry block's straight line).
    known_null: SecondaryMap<ir::LocalId, bool>,
    /// This frame's recursion depth (the caller's, a parameter, plus one).
    depth: Option<Value>,
    /// Translating a generator's resume function.
    gen: Option<GenCx>,
    /// The variables of values live across a `yield` (generators only).
    spill_vars: SecondaryMap<ir::Value, Option<Variable>>,
    /// Parameters assumed to hold small ints (in a small-int clone, `specialize.rs`).
    small_locals: SecondaryMap<ir::LocalId, bool>,
    /// Values known to be small ints: int literals and reads of `small_locals`.
    known_small: SecondaryMap<ir::Value, bool>,
    /// Every operand of the instruction being translated is a known small int.
    operands_small: bool,
    /// Releases of a binary operator's operands that directly follow it, done by the
    /// operator's non-int paths only (`fuse_releases`); the int path has nothing to release.
    fused: Vec<ir::Value>,
    /// `DecRef` instructions already done by a fused release.
    skip: SecondaryMap<ir::Inst, bool>,
    /// Values read from a stable global (bound once by its `def`): a call reads the slot again
    /// rather than keep the value live across the arguments' evaluation.
    stable_global: SecondaryMap<ir::Value, Option<ir::GlobalId>>,
    /// Reads of a stable global used only as the callee of direct calls of this very function:
    /// while this function runs, its `def` has bound that global, which nothing unbinds, and
    /// the calls re-read the slot (`stable_global`), so the read itself emits nothing.
    self_callee: SecondaryMap<ir::Value, bool>,
    /// The global each value was read from, if any: a call site whose callee is the global
    /// `isinstance` or `abs` also emits that built-in's inline hit (still guarded by the
    /// record's callee and kind, since any global may be rebound).
    global_of: SecondaryMap<ir::Value, Option<ir::GlobalId>>,
    /// Which values and locals may hold an unboxed float (`floats.rs`).
    fl: FloatPlan,
    /// The (word, `f64`) variables of each lazy value: a lazy producer's own, or for a
    /// deferred load, its local's (`docs/design/floats.md`).
    lazy: SecondaryMap<ir::Value, Option<(Variable, Variable)>>,
    /// The `f64` variable of each float local (its word is the local's variable).
    float_vars: SecondaryMap<ir::LocalId, Option<Variable>>,
    /// The instruction being translated.
    cur_inst: Option<ir::Inst>,
}

/// What translating a resume function needs besides the layout.
struct GenCx {
    layout: ir::liveness::GenLayout,
    frame: Variable,
    slots: Variable,
    sent: Variable,
    /// The resume block of each `yield`, with its state number.
    resume: std::collections::HashMap<ir::Inst, (i64, Block)>,
}

pub(super) fn translate(cg: &mut Codegen, b: &mut FunctionBuilder, f: &ir::Function) -> CompileResult<()> {
    translate_int_clone(cg, b, f, &[])
}

/// Translate `f` assuming that the parameters held by `small` are small ints (the caller
/// checked their tags): the body of a small-int clone (`specialize.rs`), or with no such
/// parameter, the ordinary direct entry.
pub(super) fn translate_int_clone(
    cg: &mut Codegen,
    b: &mut FunctionBuilder,
    f: &ir::Function,
    small: &[ir::LocalId],
) -> CompileResult<()> {
    let mut t = Translator::new(cg, b, f);
    for l in small {
        t.small_locals[*l] = true;
    }
    t.fl = floats::plan(f, &t.cg.ir.consts);
    t.run()
}

/// Translate a generator's body as its resume function `(frame, sent, depth) -> value`.
pub(super) fn translate_resume(cg: &mut Codegen, b: &mut FunctionBuilder, f: &ir::Function) -> CompileResult<()> {
    let mut t = Translator::new(cg, b, f);
    let frame = t.b.declare_var(WORD);
    let slots = t.b.declare_var(WORD);
    let sent = t.b.declare_var(WORD);
    t.gen = Some(GenCx {
        layout: ir::liveness::GenLayout::of(f),
        frame,
        slots,
        sent,
        resume: std::collections::HashMap::new(),
    });
    t.fl = floats::plan(f, &t.cg.ir.consts);
    t.run()
}

impl<'a, 'b, 'c> Translator<'a, 'b, 'c> {
    fn new(cg: &'a mut Codegen<'c>, b: &'a mut FunctionBuilder<'b>, f: &'a ir::Function) -> Self {
        Translator {
            cg,
            b,
            f,
            vals: SecondaryMap::new(),
            blocks: SecondaryMap::new(),
            vars: SecondaryMap::new(),
            immortal: SecondaryMap::new(),
            known_null: SecondaryMap::new(),
            depth: None,
            gen: None,
            spill_vars: SecondaryMap::new(),
            small_locals: SecondaryMap::new(),
            known_small: SecondaryMap::new(),
            operands_small: false,
            fused: Vec::new(),
            skip: SecondaryMap::new(),
            stable_global: SecondaryMap::new(),
            self_callee: SecondaryMap::new(),
            global_of: SecondaryMap::new(),
            fl: FloatPlan::default(),
            lazy: SecondaryMap::new(),
            float_vars: SecondaryMap::new(),
            cur_inst: None,
        }
    }
}

impl Translator<'_, '_, '_> {
    fn ice(&self, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::internal("codegen", format!("{}: {}", self.f.qualname, msg.into()))
    }

    fn run(&mut self) -> CompileResult<()> {
        let entry = self.f.entry.ok_or_else(|| self.ice("no entry block"))?;
        let reachable = self.reachable(entry);
        for (ib, data) in &self.f.blocks {
            if !reachable[ib] {
                continue;
            }
            let cb = self.b.create_block();
            if data.cold {
                self.b.set_cold_block(cb);
            }
            if ib == entry && self.gen.is_none() {
                self.b.append_block_params_for_function_params(cb);
            } else {
                for &p in &data.params {
                    let v = self.b.append_block_param(cb, cl_type(self.f.ty(p)));
                    self.vals[p] = Some(v);
                }
            }
            self.blocks[ib] = Some(cb);
        }
        let centry = self.blocks[entry].expect("entry is reachable");
        let mut other_use: SecondaryMap<ir::Value, bool> = SecondaryMap::new();
        // (Instructions that passes removed stay in `insts`: only the blocks' lists count.)
        for data in self.f.blocks.values().flat_map(|b| &b.insts).map(|i| &self.f.insts[*i]) {
            let recursive = matches!(data.op, Op::CallDirect(fid) if std::ptr::eq(&self.cg.ir.funcs[fid], self.f));
            for (i, a) in data.args.iter().enumerate() {
                if recursive && i == 0 {
                    self.self_callee[*a] = true;
                } else {
                    other_use[*a] = true;
                }
            }
        }
        for data in self.f.blocks.values() {
            let used: Vec<ir::Value> = match &data.term {
                Some(Terminator::Jump(_, args)) => args.clone(),
                Some(
                    Terminator::Branch { cond: v, .. } | Terminator::Return(v) | Terminator::IterNext { iter: v, .. },
                ) => {
                    vec![*v]
                }
                _ => Vec::new(),
            };
            for v in used {
                other_use[v] = true;
            }
        }
        for (v, used) in other_use.iter() {
            if *used {
                self.self_callee[v] = false;
            }
        }
        if self.gen.is_some() {
            self.generator_entry(entry, &reachable)?;
        } else {
            let mut params = self.b.block_params(centry).to_vec();
            // The native parameters are (function, depth, slots…), or (depth) for the module
            // body; the IR's entry parameters are the same without the depth.
            let depth_index = usize::from(!self.f.is_module_body);
            let caller_depth = params.remove(depth_index);
            for (p, v) in self.f.blocks[entry].params.iter().zip(params) {
                self.vals[*p] = Some(v);
            }
            self.b.switch_to_block(centry);
            self.depth = Some(self.b.ins().iadd_imm_s(caller_depth, 1));
            self.declare_locals();
        }
        for (ib, data) in &self.f.blocks {
            if !reachable[ib] {
                continue;
            }
            if ib != entry || self.gen.is_some() {
                self.b.switch_to_block(self.blocks[ib].expect("created"));
                for &p in &data.params {
                    if let Some(var) = self.spill_vars[p] {
                        let v = self.vals[p].expect("block parameter");
                        self.b.def_var(var, v);
                    }
                }
                // Past the entry block, nothing is known about locals.
                for (l, _) in &self.f.locals {
                    self.known_null[l] = false;
                }
            }
            for (k, &inst) in data.insts.iter().enumerate() {
                if self.skip[inst] {
                    continue;
                }
                self.fuse_releases(inst, &data.insts[k + 1..]);
                self.inst(inst)?;
                self.fused.clear();
            }
            let term = data.term.as_ref().ok_or_else(|| self.ice(format!("{ib} has no terminator")))?;
            self.terminator(term)?;
        }
        Ok(())
    }

    /// A variable per IR local, null at entry.
    fn declare_locals(&mut self) {
        for (l, _) in &self.f.locals {
            let var = self.b.declare_var(WORD);
            let zero = self.b.ins().iconst(WORD, 0);
            self.b.def_var(var, zero);
            self.vars[l] = Some(var);
            self.known_null[l] = true;
        }
        self.declare_float_locals();
    }

    /// A resume function's entry `(frame, sent, depth)`: read the state and switch to the
    /// start (the IR entry block, with the function and arguments from the frame) or to the
    /// resume block of the `yield` the generator stopped at.
    fn generator_entry(&mut self, ir_entry: ir::Block, reachable: &SecondaryMap<ir::Block, bool>) -> CompileResult<()> {
        let dispatch = self.b.create_block();
        self.b.append_block_params_for_function_params(dispatch);
        self.b.switch_to_block(dispatch);
        let p = self.b.block_params(dispatch).to_vec();
        let (frame_v, sent_v, caller_depth) = (p[0], p[1], p[2]);
        self.depth = Some(self.b.ins().iadd_imm_s(caller_depth, 1));
        self.declare_locals();
        let g = self.gen.as_mut().expect("a generator");
        let (frame, slots, sent) = (g.frame, g.slots, g.sent);
        // Only `yield`s in reachable blocks are translated (and so can be resumed).
        let f = self.f;
        let yields: Vec<ir::Inst> = g
            .layout
            .yields
            .iter()
            .copied()
            .filter(|y| f.blocks.iter().any(|(b, d)| reachable[b] && d.insts.contains(y)))
            .collect();
        let spilled: Vec<ir::Value> = g.layout.spill_slot.keys().copied().collect();
        self.b.def_var(frame, frame_v);
        self.b.def_var(sent, sent_v);
        let slots_v = self.b.ins().load(WORD, MemFlagsData::trusted(), frame_v, 8);
        self.b.def_var(slots, slots_v);
        for v in spilled {
            let var = self.b.declare_var(cl_type(self.f.ty(v)));
            self.spill_vars[v] = Some(var);
        }
        let start = self.b.create_block();
        let bad_state = self.b.create_block();
        self.b.set_cold_block(bad_state);
        let mut resume = std::collections::HashMap::new();
        let mut entries = Vec::with_capacity(yields.len() + 1);
        for (k, &y) in yields.iter().enumerate() {
            let rb = self.b.create_block();
            entries.push((k as i64 + 1, rb));
            resume.insert(y, (k as i64 + 1, rb));
        }
        entries.push((0, start));
        self.gen.as_mut().expect("a generator").resume = resume;
        let state = self.b.ins().load(WORD, MemFlagsData::trusted(), frame_v, 0);
        if entries.len() <= 4 {
            // Few states: compare in turn, the resumption states first (the start happens
            // once), which is cheaper than a bounds-checked jump table.
            for (k, target) in entries {
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, state, k);
                let next = self.b.create_block();
                self.b.ins().brif(is, target, &[], next, &[]);
                self.b.switch_to_block(next);
            }
            self.b.ins().jump(bad_state, &[]);
        } else {
            let mut switch = cranelift_frontend::Switch::new();
            for (k, target) in entries {
                switch.set_entry(k as u128, target);
            }
            switch.emit(self.b, state, bad_state);
        }
        // A state no `yield` set cannot happen; fail like a raise without an exception.
        self.b.switch_to_block(bad_state);
        let zero = self.iconst(0);
        self.b.ins().return_(&[zero]);
        // Start: the function object and the arguments the creator stored.
        self.b.switch_to_block(start);
        let nargs = self.f.blocks[ir_entry].params.len();
        let mut args = Vec::with_capacity(nargs);
        for i in 0..nargs {
            args.push(self.b.ins().load(WORD, MemFlagsData::trusted(), slots_v, (i * 8) as i32).into());
        }
        let target = self.block(ir_entry);
        self.b.ins().jump(target, &args);
        Ok(())
    }

    /// `yield v`: save the frame, return `v`; then the resume block: reload, and either
    /// continue with the sent value or raise the thrown exception.
    fn gen_yield(&mut self, inst: ir::Inst, v: Value, on_error: Option<ir::Block>) -> CompileResult<Value> {
        let g = self.gen.as_ref().ok_or_else(|| self.ice("yield outside a generator"))?;
        let (state, resume_b) = g.resume[&inst];
        let (frame, slots, sent) = (g.frame, g.slots, g.sent);
        let local_base = g.layout.local_base;
        let live: Vec<(ir::Value, usize)> =
            g.layout.live.get(&inst).map_or(vec![], |vs| vs.iter().map(|v| (*v, g.layout.spill_slot[v])).collect());
        let slots_v = self.b.use_var(slots);
        let frame_v = self.b.use_var(frame);
        let locals: Vec<ir::LocalId> = self.f.locals.keys().collect();
        for (i, &l) in locals.iter().enumerate() {
            let x = self.b.use_var(self.var(l));
            self.b.ins().store(MemFlagsData::trusted(), x, slots_v, ((local_base + i) * 8) as i32);
        }
        for &(val, slot) in &live {
            let var = self.spill_vars[val].expect("a spilled value");
            let x = self.b.use_var(var);
            self.b.ins().store(MemFlagsData::trusted(), x, slots_v, (slot * 8) as i32);
        }
        let k = self.iconst(state);
        self.b.ins().store(MemFlagsData::trusted(), k, frame_v, 0);
        // The caller's depth is current again while suspended.
        let depth_addr = self.runtime_data("ophis_recursion_depth");
        let d = self.b.ins().iadd_imm_s(self.depth.expect("set on entry"), -1);
        self.b.ins().store(MemFlagsData::trusted(), d, depth_addr, 0);
        self.b.ins().return_(&[v]);
        // Resumed here.
        self.b.switch_to_block(resume_b);
        let slots_v = self.b.use_var(slots);
        for (i, &l) in locals.iter().enumerate() {
            let x = self.b.ins().load(WORD, MemFlagsData::trusted(), slots_v, ((local_base + i) * 8) as i32);
            self.b.def_var(self.var(l), x);
            self.known_null[l] = false;
        }
        for &(val, slot) in &live {
            let var = self.spill_vars[val].expect("a spilled value");
            let x = self.b.ins().load(cl_type(self.f.ty(val)), MemFlagsData::trusted(), slots_v, (slot * 8) as i32);
            self.b.def_var(var, x);
        }
        let depth_addr = self.runtime_data("ophis_recursion_depth");
        self.b.ins().store(MemFlagsData::trusted(), self.depth.expect("set on entry"), depth_addr, 0);
        let s = self.b.use_var(sent);
        let err = self.block(on_error.ok_or_else(|| self.ice("yield without an exception edge"))?);
        let cont = self.b.create_block();
        self.b.ins().brif(s, cont, &[], err, &[]);
        self.b.switch_to_block(cont);
        Ok(s)
    }

    /// A generator leaving its body (returning or raising) is finished.
    fn gen_finish(&mut self) {
        if let Some(g) = &self.gen {
            let frame_v = self.b.use_var(g.frame);
            let done = self.iconst(-1);
            self.b.ins().store(MemFlagsData::trusted(), done, frame_v, 0);
        }
    }

    /// Before a binary operator: when the instructions right after it only release its
    /// operands (`v = a + b; decref b; decref a`), let the operator do those releases on its
    /// float and runtime paths (`fused`) and skip them: on its small-int path, both operands
    /// are immediates and there is nothing to release, so no tag test is left after the join.
    fn fuse_releases(&mut self, inst: ir::Inst, rest: &[ir::Inst]) {
        let data = &self.f.insts[inst];
        if !matches!(data.op, Op::Binary(_) | Op::Inplace(_)) || data.args.len() != 2 {
            return;
        }
        let mut operands = data.args.clone();
        for &next in rest.iter().take(2) {
            let d = &self.f.insts[next];
            let Some(pos) = operands.iter().position(|a| d.op == Op::DecRef && d.args[0] == *a) else { break };
            let v = operands.remove(pos);
            if !self.immortal[v] {
                self.fused.push(v);
            }
            self.skip[next] = true;
        }
    }

    fn reachable(&self, entry: ir::Block) -> SecondaryMap<ir::Block, bool> {
        let mut seen: SecondaryMap<ir::Block, bool> = SecondaryMap::new();
        let mut stack = vec![entry];
        seen[entry] = true;
        while let Some(b) = stack.pop() {
            let data = &self.f.blocks[b];
            let mut succ: Vec<ir::Block> = data.insts.iter().filter_map(|i| self.f.insts[*i].on_error).collect();
            if let Some(t) = &data.term {
                succ.extend(t.successors());
            }
            for s in succ {
                if !seen[s] {
                    seen[s] = true;
                    stack.push(s);
                }
            }
        }
        seen
    }

    // ---- helpers -------------------------------------------------------------------------------

    fn val(&mut self, v: ir::Value) -> Value {
        if let Some((word, _)) = self.lazy[v] {
            return self.b.use_var(word);
        }
        if let Some(var) = self.spill_vars[v] {
            return self.b.use_var(var);
        }
        self.vals[v]
            .unwrap_or_else(|| panic!("IR value {v} used before translation (the verifier guarantees dominance)"))
    }

    fn block(&self, b: ir::Block) -> Block {
        self.blocks[b].expect("a reachable block")
    }

    fn var(&self, l: ir::LocalId) -> Variable {
        self.vars[l].expect("declared")
    }

    fn call_rt(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let f = self.cg.rt.func_ref(&mut self.cg.module, self.b.func, name);
        let inst = self.b.ins().call(f, args);
        self.b.inst_results(inst).first().copied()
    }

    fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(WORD, v)
    }

    fn i32const(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I32, v)
    }

    fn const_obj(&mut self, id: ir::ConstId) -> Value {
        let table = self.cg.data_addr(self.b, self.cg.consts);
        self.b.ins().load(WORD, MemFlagsData::trusted(), table, (8 * id.as_u32()) as i32)
    }

    fn singleton(&mut self, c: Const) -> Value {
        let id = self.cg.ir.singleton(c);
        self.const_obj(id)
    }

    fn code_obj(&mut self) -> Value {
        let id = self.f.code.expect("every function has a code object");
        self.const_obj(id)
    }

    fn local_name(&mut self, l: ir::LocalId) -> Value {
        let id = self.f.locals[l].name_const;
        self.const_obj(id)
    }

    /// Continue in a new block after a check.
    fn new_block_after(&mut self) -> Block {
        self.b.create_block()
    }

    /// Branch to the exception edge when `v` is null.
    fn check_null(&mut self, v: Value, on_error: Option<ir::Block>) -> CompileResult<()> {
        let err = self.block(on_error.ok_or_else(|| self.ice("a raising instruction without an exception edge"))?);
        let ok = self.new_block_after();
        self.b.ins().brif(v, ok, &[], err, &[]);
        self.b.switch_to_block(ok);
        Ok(())
    }

    /// Branch to the exception edge when an `i32` status is -1.
    fn check_status(&mut self, s: Value, on_error: Option<ir::Block>) -> CompileResult<()> {
        let err = self.block(on_error.ok_or_else(|| self.ice("a raising instruction without an exception edge"))?);
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, s, -1);
        let ok = self.new_block_after();
        self.b.ins().brif(failed, err, &[], ok, &[]);
        self.b.switch_to_block(ok);
        Ok(())
    }

    fn is_small(&mut self, v: Value) -> Value {
        self.b.ins().band_imm_s(v, TAG)
    }

    /// `Py_INCREF` unless `v` is an immediate int.
    fn incref(&mut self, v: Value) {
        let small = self.is_small(v);
        let (inc, done) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(small, done, &[], inc, &[]);
        self.b.switch_to_block(inc);
        let rc = self.b.ins().load(WORD, MemFlagsData::trusted(), v, 0);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc, v, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `Py_DECREF` (or `Py_XDECREF` when `maybe_null`): decrement, and free at zero (cold).
    fn decref(&mut self, v: Value, maybe_null: bool) {
        self.decref_mask(v, maybe_null, TAG)
    }

    /// [`Self::decref`] skipping every word with a bit of `mask` set (immediate ints, and with
    /// `LAZY_MASK` the unboxed-float marker).
    fn decref_mask(&mut self, v: Value, maybe_null: bool, mask: i64) {
        let mut skip = self.b.ins().band_imm_s(v, mask);
        if maybe_null {
            let null = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
            let null = self.b.ins().uextend(WORD, null);
            skip = self.b.ins().bor(skip, null);
        }
        let (dec, free, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(free);
        self.b.ins().brif(skip, done, &[], dec, &[]);
        self.b.switch_to_block(dec);
        let rc = self.b.ins().load(WORD, MemFlagsData::trusted(), v, 0);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc, v, 0);
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.call_rt("ophis_dealloc", &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Spill values into a stack array: (address, count).
    fn spill(&mut self, vs: &[Value]) -> (Value, Value) {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * vs.len().max(1)) as u32,
            3,
        ));
        for (i, v) in vs.iter().enumerate() {
            self.b.ins().stack_store(WORD, *v, slot, (8 * i) as i32);
        }
        let ptr = self.b.ins().stack_addr(WORD, slot, 0);
        let n = self.iconst(vs.len() as i64);
        (ptr, n)
    }

    fn kwnames(&mut self, k: Option<ir::ConstId>) -> (Value, usize) {
        match k {
            None => (self.iconst(0), 0),
            Some(id) => {
                let n = match &self.cg.ir.consts[id] {
                    Const::Tuple(items) => items.len(),
                    _ => 0,
                };
                (self.const_obj(id), n)
            }
        }
    }

    fn global_addr(&mut self, g: ir::GlobalId) -> Value {
        let base = self.cg.data_addr(self.b, self.cg.globals);
        self.b.ins().iadd_imm_s(base, 8 * g.as_u32() as i64)
    }

    /// The address of a fresh attribute site cache record (`runtime/src/attrcache.rs`).
    fn site_cache(&mut self) -> Value {
        let i = self.cg.nsite_caches;
        self.cg.nsite_caches += 1;
        let base = self.cg.data_addr(self.b, self.cg.site_caches);
        self.b.ins().iadd_imm_s(base, (i * super::runtime_abi::SITE_CACHE_WORDS * WORD.bytes() as usize) as i64)
    }

    fn runtime_data(&mut self, name: &str) -> Value {
        let gv = self.cg.rt.data_ref(&mut self.cg.module, self.b.func, name);
        self.b.ins().symbol_value(WORD, gv)
    }

    // ---- instructions --------------------------------------------------------------------------

    fn inst(&mut self, inst: ir::Inst) -> CompileResult<()> {
        let f = self.f;
        let data = &f.insts[inst];
        let args: Vec<Value> = data.args.iter().map(|a| self.val(*a)).collect();
        let on_error = data.on_error;
        self.cur_inst = Some(inst);
        let mut immortal = false;
        self.operands_small = !data.args.is_empty() && data.args.iter().all(|a| self.known_small[*a]);
        let mut small = false;
        let result: Option<Value> = match &data.op {
            Op::Const(id) => {
                immortal = true;
                Some(self.const_obj(*id))
            }
            Op::SmallInt(v) => {
                immortal = true;
                small = true;
                Some(self.iconst((v << 1) | TAG))
            }
            Op::LoadFast { local, borrow, checked } => {
                let v = self.b.use_var(self.var(*local));
                if *checked {
                    let unbound = self.b.create_block();
                    self.b.set_cold_block(unbound);
                    let ok = self.b.create_block();
                    self.b.ins().brif(v, ok, &[], unbound, &[]);
                    self.b.switch_to_block(unbound);
                    let name = self.local_name(*local);
                    self.call_rt("ophis_raise_unbound_local", &[name]);
                    let err = self.block(on_error.ok_or_else(|| self.ice("load_fast without an exception edge"))?);
                    self.b.ins().jump(err, &[]);
                    self.b.switch_to_block(ok);
                }
                let v = self.load_float_local(data.result, *local, v);
                small = self.small_locals[*local];
                if !borrow && !small {
                    self.incref(v);
                }
                Some(v)
            }
            Op::PeekCell(l) => Some(self.b.use_var(self.var(*l))),
            Op::PeekGlobal(g) => {
                let addr = self.global_addr(*g);
                Some(self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0))
            }
            Op::StoreFast(l) => {
                let var = self.var(*l);
                let old = self.b.use_var(var);
                self.b.def_var(var, args[0]);
                self.store_float_local(*l, data.args[0]);
                if !self.known_null[*l] {
                    let mask = self.local_mask(*l);
                    self.decref_mask(old, true, mask);
                }
                self.known_null[*l] = false;
                None
            }
            Op::DeleteFast(l) => {
                let var = self.var(*l);
                let v = self.b.use_var(var);
                let (unbound, ok) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(unbound);
                self.b.ins().brif(v, ok, &[], unbound, &[]);
                self.b.switch_to_block(unbound);
                let name = self.local_name(*l);
                self.call_rt("ophis_raise_unbound_local", &[name]);
                let err = self.block(on_error.ok_or_else(|| self.ice("delete_fast without an exception edge"))?);
                self.b.ins().jump(err, &[]);
                self.b.switch_to_block(ok);
                let zero = self.iconst(0);
                self.b.def_var(var, zero);
                let mask = self.local_mask(*l);
                self.decref_mask(v, false, mask);
                None
            }
            Op::ClearLocal(l) => {
                let var = self.var(*l);
                let old = self.b.use_var(var);
                let zero = self.iconst(0);
                self.b.def_var(var, zero);
                let mask = self.local_mask(*l);
                self.decref_mask(old, true, mask);
                None
            }
            Op::MakeCell(l) => {
                let v = if args.is_empty() { self.iconst(0) } else { args[0] };
                let c = self.call_rt("ophis_cell_new", &[v]).expect("returns");
                self.b.def_var(self.var(*l), c);
                self.known_null[*l] = false;
                None
            }
            Op::LoadCell { local, free } => {
                let c = self.b.use_var(self.var(*local));
                let name = self.local_name(*local);
                let flag = self.i32const(*free as i64);
                let r = self.call_rt("ophis_cell_get", &[c, name, flag]).expect("returns");
                self.check_null(r, on_error)?;
                Some(r)
            }
            Op::StoreCell(l) => {
                let c = self.b.use_var(self.var(*l));
                self.call_rt("ophis_cell_set", &[c, args[0]]);
                None
            }
            Op::DeleteCell(l) => {
                let c = self.b.use_var(self.var(*l));
                let name = self.local_name(*l);
                let flag = self.i32const((self.f.locals[*l].kind == LocalKind::Free) as i64);
                let s = self.call_rt("ophis_cell_delete", &[c, name, flag]).expect("returns");
                self.check_status(s, on_error)?;
                None
            }
            Op::LoadClosure { local, index } => {
                let i = self.iconst(*index as i64);
                let c = self.call_rt("ophis_func_cell", &[args[0], i]).expect("returns");
                self.incref(c);
                self.b.def_var(self.var(*local), c);
                self.known_null[*local] = false;
                None
            }
            Op::LoadGlobal { global, borrow } => {
                let r = data.result.ok_or_else(|| self.ice("load_global without a result"))?;
                self.global_of[r] = Some(*global);
                if *borrow && self.cg.ir.globals[*global].stable {
                    self.stable_global[r] = Some(*global);
                    if self.self_callee[r] {
                        // Only a recursive call's callee: bound, and read again by the call.
                        let unused = self.iconst(0);
                        return self.set_result(inst, Some(unused), false, false);
                    }
                }
                Some(self.load_global(*global, *borrow, on_error)?)
            }
            Op::StoreGlobal(g) => {
                let addr = self.global_addr(*g);
                let old = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
                self.b.ins().store(MemFlagsData::trusted(), args[0], addr, 0);
                self.decref(old, true);
                None
            }
            Op::DeleteGlobal(g) => {
                let addr = self.global_addr(*g);
                let old = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
                let (unbound, ok) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(unbound);
                self.b.ins().brif(old, ok, &[], unbound, &[]);
                self.b.switch_to_block(unbound);
                let name = self.global_name(*g);
                self.call_rt("ophis_raise_name_error", &[name]);
                let err = self.block(on_error.ok_or_else(|| self.ice("delete_global without an exception edge"))?);
                self.b.ins().jump(err, &[]);
                self.b.switch_to_block(ok);
                let zero = self.iconst(0);
                self.b.ins().store(MemFlagsData::trusted(), zero, addr, 0);
                self.decref(old, false);
                None
            }
            Op::IncRef => {
                if !self.immortal[data.args[0]] && !self.operands_small {
                    self.incref(args[0]);
                }
                None
            }
            Op::DecRef => {
                if !self.immortal[data.args[0]] && !self.operands_small {
                    let mask = self.value_mask(data.args[0]);
                    self.decref_mask(args[0], false, mask);
                }
                None
            }
            Op::Binary(op) => Some(self.binary(*op, args[0], args[1], "ophis_binary_op", on_error)?),
            Op::Inplace(op) => Some(self.binary(*op, args[0], args[1], "ophis_inplace_op", on_error)?),
            Op::Unary(floats::UNARY_NEG) => Some(self.negate(args[0], on_error)?),
            Op::Unary(code) => {
                let c = self.i32const(*code as i64);
                let r = self.call_rt("ophis_unary_op", &[args[0], c]).expect("returns");
                self.check_null(r, on_error)?;
                Some(r)
            }
            Op::Compare(op) => Some(self.compare(*op, args[0], args[1], false, on_error)?),
            Op::CompareBool(op) => Some(self.compare(*op, args[0], args[1], true, on_error)?),
            Op::Is => Some(self.b.ins().icmp(IntCC::Equal, args[0], args[1])),
            Op::Not => Some(self.b.ins().bxor_imm_s(args[0], 1)),
            Op::BoolToObj => {
                immortal = true;
                let (t, f) = (self.singleton(Const::True), self.singleton(Const::False));
                Some(self.b.ins().select(args[0], t, f))
            }
            Op::Truth => Some(self.truth(args[0], on_error)?),
            Op::Call { kwnames } => {
                let hint = self.global_of[data.args[0]].map(|g| self.cg.ir.globals[g].name.as_str());
                let inline = match hint {
                    Some("isinstance") => Some(CALL_KIND_ISINSTANCE),
                    Some("abs") => Some(CALL_KIND_ABS),
                    _ => None,
                };
                Some(self.call_ic(&args, *kwnames, inline, on_error)?)
            }
            Op::CallMethod { name, kwnames } => Some(self.call_method_ic(&args, *name, *kwnames, on_error)?),
            Op::CallEx => {
                let kwargs = if args.len() > 2 { args[2] } else { self.iconst(0) };
                let r = self.call_rt("ophis_call_ex", &[args[0], args[1], kwargs]).expect("returns");
                self.check_null(r, on_error)?;
                Some(r)
            }
            Op::CallDirect(fid) => {
                let callee = match self.stable_global[data.args[0]] {
                    // Bound, and never rebound: reading the slot again gives the same function.
                    Some(g) => {
                        let addr = self.global_addr(g);
                        self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0)
                    }
                    None => args[0],
                };
                let mut call_args = vec![callee, self.depth.expect("set on entry")];
                call_args.extend_from_slice(&args[1..]);
                let r = self.call_direct(*fid, &data.args, &call_args);
                self.check_null(r, on_error)?;
                Some(r)
            }
            Op::MakeFunction { func, defaults, kwdefaults, closure } => {
                let code = self.cg.ir.funcs[*func].code.ok_or_else(|| self.ice("function without a code object"))?;
                let code = self.const_obj(code);
                let mut it = args.iter().copied();
                let mut next = |present: bool, t: &mut Self| {
                    if present {
                        it.next().expect("operand")
                    } else {
                        t.iconst(0)
                    }
                };
                let d = next(*defaults, self);
                let k = next(*kwdefaults, self);
                let c = next(*closure, self);
                Some(self.call_rt("ophis_make_function", &[code, d, k, c]).expect("returns"))
            }
            Op::FuncDefault { index } => {
                let i = self.iconst(*index as i64);
                Some(self.call_rt("ophis_func_default", &[args[0], i]).expect("returns"))
            }
            Op::FuncKwDefault { name } => {
                let n = self.const_obj(*name);
                Some(self.call_rt("ophis_func_kwdefault", &[args[0], n]).expect("returns"))
            }
            Op::Rt(ir::RtFunc::GetItem) => Some(self.getitem(args[0], args[1], on_error)?),
            Op::Rt(ir::RtFunc::SetItem) => {
                self.setitem(args[0], args[1], args[2], on_error)?;
                None
            }
            Op::Rt(ir::RtFunc::GetAttr) => Some(self.getattr_ic(args[0], args[1], on_error)?),
            Op::Rt(ir::RtFunc::SetAttr) => {
                self.setattr_ic(args[0], args[1], args[2], on_error)?;
                None
            }
            Op::Rt(f) => self.runtime_call(*f, &args, on_error)?,
            Op::Unpack(n) => {
                let slot =
                    self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8 * (*n).max(1), 3));
                let ptr = self.b.ins().stack_addr(WORD, slot, 0);
                let count = self.iconst(*n as i64);
                let s = self.call_rt("ophis_unpack_sequence", &[args[0], count, ptr]).expect("returns");
                self.check_status(s, on_error)?;
                Some(ptr)
            }
            Op::UnpackEx { before, after } => {
                let n = before + 1 + after;
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8 * n, 3));
                let ptr = self.b.ins().stack_addr(WORD, slot, 0);
                let b = self.iconst(*before as i64);
                let a = self.iconst(*after as i64);
                let s = self.call_rt("ophis_unpack_ex", &[args[0], b, a, ptr]).expect("returns");
                self.check_status(s, on_error)?;
                Some(ptr)
            }
            Op::ArrayGet(i) => Some(self.b.ins().load(WORD, MemFlagsData::trusted(), args[0], (8 * i) as i32)),
            Op::TracebackHere(line) => {
                let code = self.code_obj();
                let l = self.i32const(*line as i64);
                self.call_rt("ophis_tb_here", &[code, l]);
                None
            }
            Op::EnterFrame => {
                // Publish this frame's depth for the runtime (a store, never a load), then
                // check it against the limit.
                let depth_addr = self.runtime_data("ophis_recursion_depth");
                let limit_addr = self.runtime_data("ophis_recursion_limit");
                let d = self.depth.expect("set on entry");
                self.b.ins().store(MemFlagsData::trusted(), d, depth_addr, 0);
                let limit = self.b.ins().load(WORD, MemFlagsData::trusted(), limit_addr, 0);
                let over = self.b.ins().icmp(IntCC::SignedGreaterThan, d, limit);
                let (too_deep, ok) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(too_deep);
                self.b.ins().brif(over, too_deep, &[], ok, &[]);
                self.b.switch_to_block(too_deep);
                self.call_rt("ophis_raise_recursion", &[]);
                let err = self.block(on_error.ok_or_else(|| self.ice("enter_frame without an exception edge"))?);
                self.b.ins().jump(err, &[]);
                self.b.switch_to_block(ok);
                None
            }
            Op::Yield => Some(self.gen_yield(inst, args[0], on_error)?),
            Op::ReleaseFrame => {
                for (l, _) in &self.f.locals {
                    if self.small_locals[l] {
                        continue; // a small int: nothing to release
                    }
                    let v = self.b.use_var(self.var(l));
                    let mask = self.local_mask(l);
                    self.decref_mask(v, true, mask);
                }
                // The caller's depth is current again. (Derived from this frame's depth rather
                // than kept from entry: one value fewer live across every call.)
                let depth_addr = self.runtime_data("ophis_recursion_depth");
                let d = self.b.ins().iadd_imm_s(self.depth.expect("set on entry"), -1);
                self.b.ins().store(MemFlagsData::trusted(), d, depth_addr, 0);
                None
            }
        };
        self.set_result(inst, result, immortal, small)
    }

    /// Record the translation of `inst`'s result.
    fn set_result(&mut self, inst: ir::Inst, result: Option<Value>, immortal: bool, small: bool) -> CompileResult<()> {
        match (self.f.insts[inst].result, result) {
            (Some(r), Some(v)) => {
                self.vals[r] = Some(v);
                self.immortal[r] = immortal;
                if let Some(var) = self.spill_vars[r] {
                    self.b.def_var(var, v);
                }
                self.known_small[r] = small;
            }
            (None, None) => {}
            _ => return Err(self.ice(format!("{inst}: result mismatch in translation"))),
        }
        Ok(())
    }

    /// A direct call of `callee` (IR operands `ir_args`, native arguments `args`): to its
    /// small-int clone when the arguments the clone assumes are small ints (tested here unless
    /// known), else to its direct entry. Returns the call's result.
    fn call_direct(&mut self, callee: ir::FuncId, ir_args: &[ir::Value], args: &[Value]) -> Value {
        let direct = self.cg.direct_entry(callee);
        let Some(clone) = self.cg.int_clones.get(&callee) else {
            let fref = self.cg.module.declare_func_in_func(direct, self.b.func);
            let call = self.b.ins().call(fref, args);
            return self.b.inst_results(call)[0];
        };
        let (clone_fn, assumed) = (clone.func, clone.args.clone());
        // `args` is `ir_args` with the depth inserted at index 1.
        let unknown: Vec<Value> =
            assumed.iter().filter(|i| !self.known_small[ir_args[**i]]).map(|i| args[*i + 1]).collect();
        let clone_ref = self.cg.module.declare_func_in_func(clone_fn, self.b.func);
        if unknown.is_empty() {
            let call = self.b.ins().call(clone_ref, args);
            return self.b.inst_results(call)[0];
        }
        let direct_ref = self.cg.module.declare_func_in_func(direct, self.b.func);
        let (small_b, other_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let r = self.b.append_block_param(join, WORD);
        let all = unknown[1..].iter().fold(unknown[0], |acc, v| self.b.ins().band(acc, *v));
        let small = self.is_small(all);
        self.b.ins().brif(small, small_b, &[], other_b, &[]);
        for (block, fref) in [(small_b, clone_ref), (other_b, direct_ref)] {
            self.b.switch_to_block(block);
            let call = self.b.ins().call(fref, args);
            let result = self.b.inst_results(call)[0];
            self.b.ins().jump(join, &[result.into()]);
        }
        self.b.switch_to_block(join);
        r
    }

    fn global_name(&mut self, g: ir::GlobalId) -> Value {
        let id = self.cg.ir.globals[g].name_const;
        self.const_obj(id)
    }

    /// A global: the slot's value, else the builtin of that name (cached in the slot when the
    /// module never binds the name), else `NameError`.
    fn load_global(&mut self, g: ir::GlobalId, borrow: bool, on_error: Option<ir::Block>) -> CompileResult<Value> {
        let addr = self.global_addr(g);
        let v = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        let (bound, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let r = self.b.append_block_param(join, WORD);
        self.b.ins().brif(v, bound, &[], slow, &[]);
        self.b.switch_to_block(bound);
        if !borrow {
            self.incref(v);
        }
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        let name = self.global_name(g);
        let builtin = self.call_rt("ophis_builtin", &[name]).expect("returns");
        self.check_null(builtin, on_error)?;
        if self.cg.ir.globals[g].builtin_only {
            self.b.ins().store(MemFlagsData::trusted(), builtin, addr, 0);
        }
        self.b.ins().jump(join, &[builtin.into()]);
        self.b.switch_to_block(join);
        Ok(r)
    }

    /// Binary operators with the small-int fast path for `+ - * & | ^`.
    fn binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        slow_fn: &str,
        on_error: Option<ir::Block>,
    ) -> CompileResult<Value> {
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, WORD);
        let lazy_f = self.lazy_result_param(join);
        let int_fast = matches!(
            op,
            BinOp::Add
                | BinOp::Sub
                | BinOp::Mult
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::FloorDiv
                | BinOp::Mod
                | BinOp::LShift
                | BinOp::RShift
        );
        let float_fast = floats::float_arith(op);
        // Both small ints: the int fast path (or the runtime, for `/` and the rest).
        let both = self.b.ins().band(a, b);
        let small = self.is_small(both);
        let (int_b, not_int) = (self.b.create_block(), self.b.create_block());
        // Cranelift lays out a branch's second target right after it: make that the int path.
        let not_small = self.b.ins().icmp_imm_s(IntCC::Equal, small, 0);
        if self.operands_small {
            self.b.ins().jump(int_b, &[]); // `not_int` stays unreachable
        } else if self.float_const_operand() {
            self.b.ins().jump(not_int, &[]); // `int_b` stays unreachable
        } else {
            self.b.ins().brif(not_small, not_int, &[], int_b, &[]);
        }
        self.b.switch_to_block(int_b);
        if int_fast {
            // Tagged words are 2x+1: (2x+1) + (2y+1) - 1 = 2(x+y)+1, and so on.
            let r = match op {
                BinOp::Add | BinOp::Sub | BinOp::Mult => {
                    let (r, overflow) = match op {
                        BinOp::Add => {
                            let b1 = self.b.ins().iadd_imm_s(b, -TAG);
                            self.b.ins().sadd_overflow(a, b1)
                        }
                        BinOp::Sub => {
                            let (d, o) = self.b.ins().ssub_overflow(a, b);
                            (self.b.ins().iadd_imm_s(d, TAG), o)
                        }
                        _ => {
                            let x = self.b.ins().sshr_imm_s(a, 1);
                            let b1 = self.b.ins().iadd_imm_s(b, -TAG);
                            let (p, o) = self.b.ins().smul_overflow(x, b1);
                            (self.b.ins().iadd_imm_s(p, TAG), o)
                        }
                    };
                    let done = self.b.create_block();
                    self.b.ins().brif(overflow, slow, &[], done, &[]);
                    self.b.switch_to_block(done);
                    r
                }
                BinOp::BitAnd => self.b.ins().band(a, b),
                BinOp::BitOr => self.b.ins().bor(a, b),
                BinOp::BitXor => {
                    let x = self.b.ins().bxor(a, b);
                    self.b.ins().bor_imm_s(x, TAG)
                }
                _ => self.int_div_shift(op, a, b, slow),
            };
            self.jump_join(join, r, lazy_f.is_some());
        } else {
            self.b.ins().jump(slow, &[]);
        }
        // Otherwise, floats (or a float and a small int): inline arithmetic, boxed result.
        self.b.switch_to_block(not_int);
        if float_fast {
            let x = self.float_operand_lazy(0, a, slow, true);
            let y = self.float_operand_lazy(1, b, slow, true);
            let r = match op {
                BinOp::Add => self.b.ins().fadd(x, y),
                BinOp::Sub => self.b.ins().fsub(x, y),
                BinOp::Mult => self.b.ins().fmul(x, y),
                BinOp::Pow => self.float_pow(x, y, slow),
                _ => {
                    // Division by zero raises: leave it to the runtime.
                    let zero = self.b.ins().f64const(0.0);
                    let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                    let div = self.b.create_block();
                    self.b.ins().brif(is_zero, slow, &[], div, &[]);
                    self.b.switch_to_block(div);
                    self.b.ins().fdiv(x, y)
                }
            };
            self.float_result(join, r, lazy_f.is_some());
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let code = self.i32const(op as i64);
        let (a, b) = (self.materialize_operand(0, a), self.materialize_operand(1, b));
        let r = if slow_fn == "ophis_binary_op" && self.operator_site_wanted() {
            self.operator_site(a, b, code, OperatorSite::Binary)
        } else {
            self.call_rt(slow_fn, &[a, b, code]).expect("returns")
        };
        self.check_null(r, on_error)?;
        self.release_fused();
        self.jump_join(join, r, lazy_f.is_some());
        self.b.switch_to_block(join);
        self.finish_lazy_result(result, lazy_f);
        Ok(result)
    }

    /// The releases `fuse_releases` moved into the current operator's non-int paths.
    fn release_fused(&mut self) {
        for v in self.fused.clone() {
            // Read now: the operator's slow path may have boxed a lazy operand.
            let cv = self.val(v);
            let mask = self.value_mask(v);
            self.decref_mask(cv, false, mask);
        }
    }

    /// `//`, `%`, `<<` and `>>` on two small ints (tagged `a`, `b`), with Python's floor
    /// semantics; a zero divisor, a negative or large shift count, or a result outside the
    /// immediate range jumps to `slow` (where the runtime raises or promotes).
    fn int_div_shift(&mut self, op: BinOp, a: Value, b: Value, slow: Block) -> Value {
        let x = self.b.ins().sshr_imm_s(a, 1);
        let y = self.b.ins().sshr_imm_s(b, 1);
        let ok = self.b.create_block();
        let r = match op {
            BinOp::FloorDiv | BinOp::Mod => {
                self.b.ins().brif(y, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                // Truncating division, then adjust toward negative infinity when the remainder
                // is non-zero and its sign differs from the divisor's. Operands are 63-bit, so
                // `sdiv` cannot overflow.
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                let signs = self.b.ins().bxor(r, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let adjust = self.b.ins().band(differ, nonzero);
                let adjust = self.b.ins().uextend(WORD, adjust);
                if op == BinOp::FloorDiv {
                    self.b.ins().isub(q, adjust)
                } else {
                    let by = self.b.ins().imul(adjust, y);
                    self.b.ins().iadd(r, by)
                }
            }
            BinOp::RShift => {
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                self.b.ins().brif(negative, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                let sixty_three = self.b.ins().iconst(WORD, 63);
                let count = self.b.ins().umin(y, sixty_three);
                self.b.ins().sshr(x, count)
            }
            _ => {
                // `<<`: only counts below 63 whose result shifts back unchanged.
                let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, y, 63);
                self.b.ins().brif(in_range, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let exact = self.b.ins().icmp(IntCC::Equal, back, x);
                let fine = self.b.create_block();
                self.b.ins().brif(exact, fine, &[], slow, &[]);
                self.b.switch_to_block(fine);
                r
            }
        };
        // Retag, leaving for the runtime any result that does not fit 63 bits.
        let tagged = self.b.ins().ishl_imm_s(r, 1);
        let back = self.b.ins().sshr_imm_s(tagged, 1);
        let fits = self.b.ins().icmp(IntCC::Equal, back, r);
        let done = self.b.create_block();
        self.b.ins().brif(fits, done, &[], slow, &[]);
        self.b.switch_to_block(done);
        self.b.ins().bor_imm_s(tagged, TAG)
    }

    /// `v` as an `f64` when it is a float (or, with `ints`, a small int); any other value
    /// jumps to `slow`.
    fn float_operand(&mut self, v: Value, slow: Block, ints: bool) -> Value {
        let (small_b, heap_b, float_b, join) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(join, types::F64);
        let small = self.is_small(v);
        self.b.ins().brif(small, small_b, &[], heap_b, &[]);
        self.b.switch_to_block(small_b);
        if ints {
            let i = self.b.ins().sshr_imm_s(v, 1);
            let f = self.b.ins().fcvt_from_sint(types::F64, i);
            self.b.ins().jump(join, &[f.into()]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(heap_b);
        let ty = self.b.ins().load(WORD, MemFlagsData::trusted(), v, 8);
        let float_type_addr = self.runtime_data("ophis_float_type");
        let float_type = self.b.ins().load(WORD, MemFlagsData::trusted(), float_type_addr, 0);
        let is_float = self.b.ins().icmp(IntCC::Equal, ty, float_type);
        self.b.ins().brif(is_float, float_b, &[], slow, &[]);
        self.b.switch_to_block(float_b);
        let f = self.b.ins().load(types::F64, MemFlagsData::trusted(), v, 16);
        self.b.ins().jump(join, &[f.into()]);
        self.b.switch_to_block(join);
        result
    }

    /// The item pointer and length of the list or tuple `c` (its `Vec<Obj>` payload at offset
    /// 16, whose field offsets the runtime measured into `ophis_seq_layout`).
    fn seq_fields(&mut self, c: Value) -> (Value, Value) {
        let layout = self.runtime_data("ophis_seq_layout");
        let ptr_off = self.b.ins().load(WORD, MemFlagsData::trusted(), layout, 0);
        let len_off = self.b.ins().load(WORD, MemFlagsData::trusted(), layout, 8);
        let payload = self.b.ins().iadd_imm_s(c, 16);
        let ptr_addr = self.b.ins().iadd(payload, ptr_off);
        let len_addr = self.b.ins().iadd(payload, len_off);
        let items = self.b.ins().load(WORD, MemFlagsData::trusted(), ptr_addr, 0);
        let len = self.b.ins().load(WORD, MemFlagsData::trusted(), len_addr, 0);
        (items, len)
    }

    /// Branch to `fast` with the address of item `k` of `c` when `c` is exactly one of
    /// `types` (runtime data symbols naming type objects) and `k` an immediate int within
    /// range (negative indexes count from the end); anything else goes to `slow`.
    fn seq_item_addr(&mut self, c: Value, k: Value, types: &[&str], slow: Block) -> Value {
        let (check_c, check_ty, index, hit) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let k_small = self.is_small(k);
        self.b.ins().brif(k_small, check_c, &[], slow, &[]);
        self.b.switch_to_block(check_c);
        let c_small = self.is_small(c);
        self.b.ins().brif(c_small, slow, &[], check_ty, &[]);
        self.b.switch_to_block(check_ty);
        let ty = self.b.ins().load(WORD, MemFlagsData::trusted(), c, 8);
        let mut matches = None;
        for name in types {
            let addr = self.runtime_data(name);
            let t = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
            let eq = self.b.ins().icmp(IntCC::Equal, ty, t);
            matches = Some(match matches {
                Some(m) => self.b.ins().bor(m, eq),
                None => eq,
            });
        }
        let matches = matches.expect("at least one type");
        self.b.ins().brif(matches, index, &[], slow, &[]);
        self.b.switch_to_block(index);
        let (items, len) = self.seq_fields(c);
        let i = self.b.ins().sshr_imm_s(k, 1);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let from_end = self.b.ins().iadd(i, len);
        let i = self.b.ins().select(negative, from_end, i);
        let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.b.ins().brif(in_range, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        let offset = self.b.ins().ishl_imm_s(i, 3);
        self.b.ins().iadd(items, offset)
    }

    /// `c[k]`: a list or tuple indexed by an immediate int is read inline
    /// (`list_subscript`'s fast case); everything else calls `ophis_getitem`.
    fn getitem(&mut self, c: Value, k: Value, on_error: Option<ir::Block>) -> CompileResult<Value> {
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(join, WORD);
        let addr = self.seq_item_addr(c, k, &["ophis_list_type", "ophis_tuple_type"], slow);
        let item = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        self.incref(item);
        self.b.ins().jump(join, &[item.into()]);
        self.b.switch_to_block(slow);
        let r = self.call_rt("ophis_getitem", &[c, k]).expect("returns an object");
        self.check_null(r, on_error)?;
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        Ok(result)
    }

    /// The inline hit test of an attribute site's cache record (`runtime/src/attrcache.rs`,
    /// kind `VALUES`): `o` is a heap object whose type is the record's `inline_ty`, `o`'s dict word is a value
    /// block (tag bit set) and the record's index is below the block's capacity. Branches to
    /// `slow` otherwise; returns the address of the value word, the index and the tagged
    /// block address.
    fn values_slot_addr(&mut self, o: Value, ic: Value, slow: Block) -> (Value, Value, Value) {
        use super::runtime_abi::{SITE_INDEX, SITE_OFFSET, VALUES_HDR};
        let flags = MemFlagsData::trusted();
        let w = |i: usize| (i * WORD.bytes() as usize) as i32;
        self.site_type_check(o, ic, slow);
        let off = self.b.ins().load(WORD, flags, ic, w(SITE_OFFSET));
        let addr = self.b.ins().iadd(o, off);
        let word = self.b.ins().load(WORD, flags, addr, 0);
        let tag = self.is_small(word);
        let b4 = self.b.create_block();
        self.b.ins().brif(tag, b4, &[], slow, &[]);
        self.b.switch_to_block(b4);
        let i = self.b.ins().load(WORD, flags, ic, w(SITE_INDEX));
        let cap = self.b.ins().load(WORD, flags, word, -(TAG as i32));
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, cap);
        let b5 = self.b.create_block();
        self.b.ins().brif(inside, b5, &[], slow, &[]);
        self.b.switch_to_block(b5);
        let scaled = self.b.ins().ishl_imm_u(i, 3);
        let base = self.b.ins().iadd_imm_s(word, VALUES_HDR as i64 - TAG);
        (self.b.ins().iadd(base, scaled), i, word)
    }

    /// The inline type test of a site cache record (`inline_ty`): branches to `slow` unless `o`
    /// is a heap object of the record's type. The runtime zeroes `inline_ty` whenever that
    /// class's version changes, so the test needs no version compare.
    fn site_type_check(&mut self, o: Value, ic: Value, slow: Block) {
        use super::runtime_abi::SITE_INLINE_TY;
        let flags = MemFlagsData::trusted();
        let w = |i: usize| (i * WORD.bytes() as usize) as i32;
        let small = self.is_small(o);
        let b1 = self.b.create_block();
        self.b.ins().brif(small, slow, &[], b1, &[]);
        self.b.switch_to_block(b1);
        let ty = self.b.ins().load(WORD, flags, o, WORD.bytes() as i32);
        let ity = self.b.ins().load(WORD, flags, ic, w(SITE_INLINE_TY));
        let same = self.b.ins().icmp(IntCC::Equal, ty, ity);
        let b2 = self.b.create_block();
        self.b.ins().brif(same, b2, &[], slow, &[]);
        self.b.switch_to_block(b2);
    }

    /// `o.name(args)` through a fresh site cache record. A `METHOD` record (a Python function
    /// found on the class) is hit inline: the function's generic entry, which the record
    /// keeps, is called with `o` prepended, the function held for the call (it may rebind the
    /// attribute). Anything else calls `ophis_call_method_ic` (which also fills the record).
    fn call_method_ic(
        &mut self,
        args: &[Value],
        name: ir::ConstId,
        kwnames: Option<ir::ConstId>,
        on_error: Option<ir::Block>,
    ) -> CompileResult<Value> {
        use super::runtime_abi::{SITE_INDEX, SITE_VALUE};
        let (kw, nkw) = self.kwnames(kwnames);
        let name = self.const_obj(name);
        // The receiver first, then the arguments: the slow path passes the array past it.
        let (arr, _) = self.spill(args);
        let npos = args.len() - 1 - nkw;
        let ic = self.site_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, WORD);
        self.site_type_check(args[0], ic, slow);
        let w = |i: usize| (i * WORD.bytes() as usize) as i32;
        let f = self.b.ins().load(WORD, MemFlagsData::trusted(), ic, w(SITE_VALUE));
        let entry = self.b.ins().load(WORD, MemFlagsData::trusted(), ic, w(SITE_INDEX));
        self.incref(f);
        let sig = self.cg.ptr_sig(4);
        let sig = self.b.import_signature(sig);
        let nargs = self.iconst(npos as i64 + 1);
        let call = self.b.ins().call_indirect(sig, entry, &[f, arr, nargs, kw]);
        let r = self.b.inst_results(call)[0];
        self.decref(f, false);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        let rest = self.b.ins().iadd_imm_s(arr, WORD.bytes() as i64);
        let n = self.iconst(npos as i64);
        let r = self.call_rt("ophis_call_method_ic", &[args[0], name, rest, n, kw, ic]).expect("returns");
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.check_null(result, on_error)?;
        Ok(result)
    }

    /// `f(args)` through a fresh call site record (`runtime/src/call.rs`, `CallSite`): when
    /// the record is for this very callable and its version word still holds, its fast entry
    /// is called on the spilled `[f, args…]` (a class: the instance allocated and `__init__`
    /// entered directly; a built-in: its work without the argument parser); anything else
    /// calls `ophis_call_ic` (cold), which calls `f` and fills the record. `inline` names a
    /// built-in whose hit is also answered inline when the record is of that kind:
    /// `isinstance(o, C)` with `type(o) is C`, `abs(n)` of an immediate int.
    fn call_ic(
        &mut self,
        args: &[Value],
        kwnames: Option<ir::ConstId>,
        inline: Option<i64>,
        on_error: Option<ir::Block>,
    ) -> CompileResult<Value> {
        use super::runtime_abi::{
            CALL_SITE_CALLEE, CALL_SITE_ENTRY, CALL_SITE_KIND, CALL_SITE_VERSION, CALL_SITE_VPTR,
        };
        let flags = MemFlagsData::trusted();
        let w = |i: usize| (i * WORD.bytes() as usize) as i32;
        let (kw, nkw) = self.kwnames(kwnames);
        let npos = args.len() - 1 - nkw;
        // The callee in the first word: the scratch word the fast entries may overwrite.
        let (arr, _) = self.spill(args);
        let site = self.site_cache();
        let (check, generic, slow, join) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, WORD);
        let callee = self.b.ins().load(WORD, flags, site, w(CALL_SITE_CALLEE));
        let same = self.b.ins().icmp(IntCC::Equal, callee, args[0]);
        self.b.ins().brif(same, check, &[], slow, &[]);
        self.b.switch_to_block(check);
        match inline {
            Some(k @ CALL_KIND_ISINSTANCE) if npos == 2 && nkw == 0 => {
                let (is_k, heap, yes) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let kind = self.b.ins().load(WORD, flags, site, w(CALL_SITE_KIND));
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, kind, k);
                self.b.ins().brif(is, is_k, &[], generic, &[]);
                self.b.switch_to_block(is_k);
                let small = self.is_small(args[1]);
                self.b.ins().brif(small, generic, &[], heap, &[]);
                self.b.switch_to_block(heap);
                let ty = self.b.ins().load(WORD, flags, args[1], WORD.bytes() as i32);
                let exact = self.b.ins().icmp(IntCC::Equal, ty, args[2]);
                self.b.ins().brif(exact, yes, &[], generic, &[]);
                self.b.switch_to_block(yes);
                let t = self.singleton(Const::True);
                self.b.ins().jump(join, &[t.into()]);
            }
            Some(k @ CALL_KIND_ABS) if npos == 1 && nkw == 0 => {
                let (is_k, small_b, fits) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let kind = self.b.ins().load(WORD, flags, site, w(CALL_SITE_KIND));
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, kind, k);
                self.b.ins().brif(is, is_k, &[], generic, &[]);
                self.b.switch_to_block(is_k);
                let x = args[1];
                let small = self.is_small(x);
                self.b.ins().brif(small, small_b, &[], generic, &[]);
                self.b.switch_to_block(small_b);
                // The tagged word of -n is 2 - (the word of n); the smallest immediate int's
                // absolute value is not immediate (the runtime makes it).
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN + 1);
                self.b.ins().brif(min, generic, &[], fits, &[]);
                self.b.switch_to_block(fits);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
                let two = self.iconst(2);
                let flipped = self.b.ins().isub(two, x);
                let r = self.b.ins().select(neg, flipped, x);
                self.b.ins().jump(join, &[r.into()]);
            }
            _ => {
                self.b.ins().jump(generic, &[]);
            }
        }
        self.b.switch_to_block(generic);
        let vptr = self.b.ins().load(WORD, flags, site, w(CALL_SITE_VPTR));
        let cur = self.b.ins().load(types::I64, flags, vptr, 0);
        let ver = self.b.ins().load(types::I64, flags, site, w(CALL_SITE_VERSION));
        let same = self.b.ins().icmp(IntCC::Equal, cur, ver);
        let hit = self.b.create_block();
        self.b.ins().brif(same, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        let entry = self.b.ins().load(WORD, flags, site, w(CALL_SITE_ENTRY));
        let sig = self.cg.ptr_sig(4);
        let sig = self.b.import_signature(sig);
        let n = self.iconst(npos as i64);
        let call = self.b.ins().call_indirect(sig, entry, &[site, arr, n, kw]);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        let n = self.iconst(npos as i64);
        let r = self.call_rt("ophis_call_ic", &[args[0], arr, n, kw, site]).expect("returns");
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.check_null(result, on_error)?;
        Ok(result)
    }

    /// `o.name` through a fresh site cache record: the record's `VALUES` hit inline (one load
    /// from the instance's value block), anything else through `ophis_getattr_ic` (cold).
    fn getattr_ic(&mut self, o: Value, name: Value, on_error: Option<ir::Block>) -> CompileResult<Value> {
        let ic = self.site_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, WORD);
        let (addr, _, _) = self.values_slot_addr(o, ic, slow);
        let v = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        let hit = self.b.create_block();
        self.b.ins().brif(v, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        self.incref(v);
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        let r = self.call_rt("ophis_getattr_ic", &[o, name, ic]).expect("returns");
        self.check_null(r, on_error)?;
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        Ok(result)
    }

    /// `o.name = v` (`v` borrowed) through a fresh site cache record, for a `VALUES` record
    /// inline: a present value is replaced (the old one released after the store), and an
    /// absent one is added when no later key is present (index at or past the block's `hi`,
    /// which keeps the block in insertion order, `runtime/src/types/values.rs`); anything else
    /// through `ophis_setattr_ic` (cold).
    fn setattr_ic(&mut self, o: Value, name: Value, v: Value, on_error: Option<ir::Block>) -> CompileResult<()> {
        use super::runtime_abi::VALUES_HI;
        let ic = self.site_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let (addr, i, word) = self.values_slot_addr(o, ic, slow);
        let old = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        let (hit, absent, add) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().brif(old, hit, &[], absent, &[]);
        self.b.switch_to_block(absent);
        let hi_off = (VALUES_HI as i64 - TAG) as i32;
        let hi = self.b.ins().load(WORD, MemFlagsData::trusted(), word, hi_off);
        let in_order = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, hi);
        self.b.ins().brif(in_order, add, &[], slow, &[]);
        self.b.switch_to_block(add);
        self.incref(v);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().store(MemFlagsData::trusted(), next, word, hi_off);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(hit);
        self.incref(v);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.decref(old, false);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let s = self.call_rt("ophis_setattr_ic", &[o, name, v, ic]).expect("returns");
        self.check_status(s, on_error)?;
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        Ok(())
    }

    /// `c[k] = v` (`v` borrowed): a list indexed by an immediate int is written inline, the
    /// old item released after the store as `list_ass_item` does; everything else calls
    /// `ophis_setitem`.
    fn setitem(&mut self, c: Value, k: Value, v: Value, on_error: Option<ir::Block>) -> CompileResult<()> {
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let addr = self.seq_item_addr(c, k, &["ophis_list_type"], slow);
        let old = self.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        self.incref(v);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.decref(old, false);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let s = self.call_rt("ophis_setitem", &[c, k, v]).expect("returns a status");
        self.check_status(s, on_error)?;
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        Ok(())
    }

    /// Rich comparisons with the small-int fast path; `as_bool` gives a native Bool.
    fn compare(
        &mut self,
        op: CmpOp,
        a: Value,
        b: Value,
        as_bool: bool,
        on_error: Option<ir::Block>,
    ) -> CompileResult<Value> {
        let cc = match op {
            CmpOp::Lt => IntCC::SignedLessThan,
            CmpOp::LtE => IntCC::SignedLessThanOrEqual,
            CmpOp::Eq => IntCC::Equal,
            CmpOp::NotEq => IntCC::NotEqual,
            CmpOp::Gt => IntCC::SignedGreaterThan,
            CmpOp::GtE => IntCC::SignedGreaterThanOrEqual,
            other => return Err(self.ice(format!("rich comparison with `{}`", other.symbol()))),
        };
        // IEEE comparisons: ordered for `== < <= > >=`, unordered-or-unequal for `!=`, so
        // NaN compares as Python's does.
        let fcc = match op {
            CmpOp::Lt => FloatCC::LessThan,
            CmpOp::LtE => FloatCC::LessThanOrEqual,
            CmpOp::Eq => FloatCC::Equal,
            CmpOp::NotEq => FloatCC::NotEqual,
            CmpOp::Gt => FloatCC::GreaterThan,
            _ => FloatCC::GreaterThanOrEqual,
        };
        let ty = if as_bool { types::I8 } else { WORD };
        let (fast, not_int, slow, join) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, ty);
        let both = self.b.ins().band(a, b);
        let small = self.is_small(both);
        let not_small = self.b.ins().icmp_imm_s(IntCC::Equal, small, 0);
        if self.operands_small {
            self.b.ins().jump(fast, &[]); // `not_int` stays unreachable
        } else if self.float_const_operand() {
            self.b.ins().jump(not_int, &[]); // `fast` stays unreachable
        } else {
            self.b.ins().brif(not_small, not_int, &[], fast, &[]);
        }
        self.b.switch_to_block(fast);
        let c = self.b.ins().icmp(cc, a, b);
        let fast_r = self.bool_result(c, as_bool);
        self.b.ins().jump(join, &[fast_r.into()]);
        // Two floats compare inline; ints and floats compare exactly in the runtime.
        self.b.switch_to_block(not_int);
        let x = self.float_operand_lazy(0, a, slow, false);
        let y = self.float_operand_lazy(1, b, slow, false);
        let c = self.b.ins().fcmp(fcc, x, y);
        let float_r = self.bool_result(c, as_bool);
        self.b.ins().jump(join, &[float_r.into()]);
        self.b.switch_to_block(slow);
        let code = self.i32const(op as i64);
        let (a, b) = (self.materialize_operand(0, a), self.materialize_operand(1, b));
        let site = self.operator_site_wanted();
        let slow_r = if as_bool {
            let s = if site {
                self.operator_site(a, b, code, OperatorSite::CompareBool)
            } else {
                self.call_rt("ophis_compare_bool", &[a, b, code]).expect("returns")
            };
            self.check_status(s, on_error)?;
            self.b.ins().ireduce(types::I8, s)
        } else {
            let r = if site {
                self.operator_site(a, b, code, OperatorSite::Compare)
            } else {
                self.call_rt("ophis_compare", &[a, b, code]).expect("returns")
            };
            self.check_null(r, on_error)?;
            r
        };
        self.b.ins().jump(join, &[slow_r.into()]);
        self.b.switch_to_block(join);
        Ok(result)
    }

    /// Does an operator's runtime path get a site cache record? Not when an operand is known
    /// to be a number (a small-int clone, a float constant operand): no class dunder is
    /// called there.
    fn operator_site_wanted(&self) -> bool {
        !self.operands_small && !self.float_const_operand()
    }

    /// An operator's runtime path through a fresh site cache record (`runtime/src/ops.rs`,
    /// `binary_op_ic`/`compare_ic`). A record filled for two instances of one class whose
    /// dunder for the operator is a Python function (laid out as a `METHOD` record) is hit
    /// inline: both operands are heap objects of the record's type at its version, and the
    /// function's generic entry is called with `[a, b]`, the function held for the call. Its
    /// `NotImplemented` continues the protocol in the runtime (`ophis_*_declined`, never
    /// calling the dunder again); a condition's non-bool result is tested there. Anything else
    /// calls the `_ic` runtime function, which fills the record. Returns the result object
    /// (null: raised), or for `CompareBool` the status word (1, 0, -1).
    fn operator_site(&mut self, a: Value, b: Value, code: Value, site: OperatorSite) -> Value {
        use super::runtime_abi::{SITE_INDEX, SITE_INLINE_TY, SITE_VALUE};
        let flags = MemFlagsData::trusted();
        let w = |i: usize| (i * WORD.bytes() as usize) as i32;
        let ic = self.site_cache();
        let (rt, done) = (self.b.create_block(), self.b.create_block());
        let rty = if site == OperatorSite::CompareBool { types::I32 } else { WORD };
        let result = self.b.append_block_param(done, rty);
        self.site_type_check(a, ic, rt);
        let small = self.is_small(b);
        let b1 = self.b.create_block();
        self.b.ins().brif(small, rt, &[], b1, &[]);
        self.b.switch_to_block(b1);
        let tb = self.b.ins().load(WORD, flags, b, WORD.bytes() as i32);
        let ity = self.b.ins().load(WORD, flags, ic, w(SITE_INLINE_TY));
        let same = self.b.ins().icmp(IntCC::Equal, tb, ity);
        let hit = self.b.create_block();
        self.b.ins().brif(same, hit, &[], rt, &[]);
        self.b.switch_to_block(hit);
        let f = self.b.ins().load(WORD, flags, ic, w(SITE_VALUE));
        let entry = self.b.ins().load(WORD, flags, ic, w(SITE_INDEX));
        self.incref(f);
        let (arr, nargs) = self.spill(&[a, b]);
        let sig = self.cg.ptr_sig(4);
        let sig = self.b.import_signature(sig);
        let kw = self.iconst(0);
        let call = self.b.ins().call_indirect(sig, entry, &[f, arr, nargs, kw]);
        let r = self.b.inst_results(call)[0];
        self.decref(f, false);
        let rest = self.b.create_block();
        if site == OperatorSite::CompareBool {
            // `True`/`False` are the answer; anything else (null included) the runtime's.
            let t = self.singleton(Const::True);
            let is_t = self.b.ins().icmp(IntCC::Equal, r, t);
            let (yes, not_t) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(is_t, yes, &[], not_t, &[]);
            self.b.switch_to_block(yes);
            let one = self.i32const(1);
            self.b.ins().jump(done, &[one.into()]);
            self.b.switch_to_block(not_t);
            let fl = self.singleton(Const::False);
            let is_f = self.b.ins().icmp(IntCC::Equal, r, fl);
            let no = self.b.create_block();
            self.b.ins().brif(is_f, no, &[], rest, &[]);
            self.b.switch_to_block(no);
            let zero = self.i32const(0);
            self.b.ins().jump(done, &[zero.into()]);
            self.b.switch_to_block(rest);
            let s = self.call_rt("ophis_compare_bool_result", &[a, b, code, r]).expect("returns");
            self.b.ins().jump(done, &[s.into()]);
        } else {
            let addr = self.runtime_data("ophis_not_implemented");
            let ni = self.b.ins().load(WORD, flags, addr, 0);
            let is_ni = self.b.ins().icmp(IntCC::Equal, r, ni);
            self.b.ins().brif(is_ni, rest, &[], done, &[r.into()]);
            self.b.switch_to_block(rest);
            let declined =
                if site == OperatorSite::Binary { "ophis_binary_op_declined" } else { "ophis_compare_declined" };
            let r = self.call_rt(declined, &[a, b, code]).expect("returns");
            self.b.ins().jump(done, &[r.into()]);
        }
        self.b.switch_to_block(rt);
        let name = match site {
            OperatorSite::Binary => "ophis_binary_op_ic",
            OperatorSite::Compare => "ophis_compare_ic",
            OperatorSite::CompareBool => "ophis_compare_bool_ic",
        };
        let r = self.call_rt(name, &[a, b, code, ic]).expect("returns");
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        result
    }

    /// A comparison outcome as a native Bool, or as `True`/`False`.
    fn bool_result(&mut self, c: Value, as_bool: bool) -> Value {
        if as_bool {
            c
        } else {
            let (t, f) = (self.singleton(Const::True), self.singleton(Const::False));
            self.b.ins().select(c, t, f)
        }
    }

    /// Truth value: small ints and `True`/`False`/`None` inline, anything else via the runtime.
    fn truth(&mut self, v: Value, on_error: Option<ir::Block>) -> CompileResult<Value> {
        let (small_b, obj_b, slow, join) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, types::I8);
        let small = self.is_small(v);
        if self.operands_small {
            self.b.ins().jump(small_b, &[]); // `obj_b` stays unreachable
        } else {
            self.b.ins().brif(small, small_b, &[], obj_b, &[]);
        }
        self.b.switch_to_block(small_b);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, TAG);
        self.b.ins().jump(join, &[nonzero.into()]);
        self.b.switch_to_block(obj_b);
        let t = self.singleton(Const::True);
        let is_t = self.b.ins().icmp(IntCC::Equal, v, t);
        let f = self.singleton(Const::False);
        let is_f = self.b.ins().icmp(IntCC::Equal, v, f);
        let n = self.singleton(Const::None);
        let is_n = self.b.ins().icmp(IntCC::Equal, v, n);
        let falsy = self.b.ins().bor(is_f, is_n);
        let known = self.b.ins().bor(is_t, falsy);
        let known_b = self.b.create_block();
        self.b.ins().brif(known, known_b, &[], slow, &[]);
        self.b.switch_to_block(known_b);
        self.b.ins().jump(join, &[is_t.into()]);
        self.b.switch_to_block(slow);
        let s = self.call_rt("ophis_is_true", &[v]).expect("returns");
        self.check_status(s, on_error)?;
        let s8 = self.b.ins().ireduce(types::I8, s);
        self.b.ins().jump(join, &[s8.into()]);
        self.b.switch_to_block(join);
        Ok(result)
    }

    fn runtime_call(
        &mut self,
        f: ir::RtFunc,
        args: &[Value],
        on_error: Option<ir::Block>,
    ) -> CompileResult<Option<Value>> {
        let (symbol, fixed, ret) = f.sig();
        let call_args: Vec<Value> = match fixed {
            None => {
                let (ptr, n) = self.spill(args);
                vec![ptr, n]
            }
            Some(_) => {
                let mut v = args.to_vec();
                if f.takes_frame() {
                    // The delegating generator's frame, where the runtime records the delegate.
                    let g = self.gen.as_ref().ok_or_else(|| self.ice("yield from outside a generator"))?;
                    v.insert(0, self.b.use_var(g.frame));
                }
                for _ in 0..f.null_padding() {
                    v.push(self.iconst(0));
                }
                v
            }
        };
        let r = self.call_rt(symbol, &call_args);
        Ok(match ret {
            RtRet::Obj => {
                let r = r.expect("returns an object");
                self.check_null(r, on_error)?;
                Some(r)
            }
            RtRet::ObjInfallible => r,
            RtRet::Raises => {
                let err = self.block(on_error.ok_or_else(|| self.ice("raising call without an exception edge"))?);
                self.b.ins().jump(err, &[]);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
                None
            }
            RtRet::Status => {
                self.check_status(r.expect("returns a status"), on_error)?;
                None
            }
            RtRet::Bool => {
                let s = r.expect("returns a status");
                self.check_status(s, on_error)?;
                Some(self.b.ins().ireduce(types::I8, s))
            }
            RtRet::Void => None,
        })
    }

    // ---- terminators ---------------------------------------------------------------------------

    fn terminator(&mut self, t: &Terminator) -> CompileResult<()> {
        match t {
            Terminator::Jump(target, args) => {
                let args: Vec<_> = args.iter().map(|a| self.val(*a).into()).collect();
                let target = self.block(*target);
                self.b.ins().jump(target, &args);
            }
            Terminator::Branch { cond, then, else_ } => {
                let c = self.val(*cond);
                let (t, e) = (self.block(*then), self.block(*else_));
                self.b.ins().brif(c, t, &[], e, &[]);
            }
            Terminator::Return(v) => {
                let v = self.val(*v);
                self.gen_finish();
                self.b.ins().return_(&[v]);
            }
            Terminator::Raise => {
                self.gen_finish();
                let zero = self.iconst(0);
                self.b.ins().return_(&[zero]);
            }
            Terminator::IterNext { iter, body, done, on_error } => {
                let it = self.val(*iter);
                let (body, done, err) = (self.block(*body), self.block(*done), self.block(*on_error));
                // A range iterator advances inline: (next, remaining, step) at offsets 16, 24,
                // 32 (`runtime/src/types/range.rs`); values beyond the immediate range, and
                // every other iterator, take the runtime call.
                let (range_b, has_item, slow) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let ty = self.b.ins().load(WORD, MemFlagsData::trusted(), it, 8);
                let range_ty_addr = self.runtime_data("ophis_range_iter_type");
                let range_ty = self.b.ins().load(WORD, MemFlagsData::trusted(), range_ty_addr, 0);
                let is_range = self.b.ins().icmp(IntCC::Equal, ty, range_ty);
                self.b.ins().brif(is_range, range_b, &[], slow, &[]);
                self.b.switch_to_block(range_b);
                let remaining = self.b.ins().load(WORD, MemFlagsData::trusted(), it, 24);
                self.b.ins().brif(remaining, has_item, &[], done, &[]);
                self.b.switch_to_block(has_item);
                let v = self.b.ins().load(WORD, MemFlagsData::trusted(), it, 16);
                let tagged = self.b.ins().ishl_imm_s(v, 1);
                let back = self.b.ins().sshr_imm_s(tagged, 1);
                let fits = self.b.ins().icmp(IntCC::Equal, back, v);
                let advance = self.b.create_block();
                self.b.ins().brif(fits, advance, &[], slow, &[]);
                self.b.switch_to_block(advance);
                let step = self.b.ins().load(WORD, MemFlagsData::trusted(), it, 32);
                let next = self.b.ins().iadd(v, step);
                self.b.ins().store(MemFlagsData::trusted(), next, it, 16);
                let rest = self.b.ins().iadd_imm_s(remaining, -1);
                self.b.ins().store(MemFlagsData::trusted(), rest, it, 24);
                let item = self.b.ins().bor_imm_s(tagged, TAG);
                self.b.ins().jump(body, &[item.into()]);
                self.b.switch_to_block(slow);
                let ended = self.b.create_block();
                self.gen_iter_next(it, ty, body, done, ended);
                let item = self.call_rt("ophis_iter_next", &[it]).expect("returns");
                self.b.ins().brif(item, body, &[item.into()], ended, &[]);
                self.b.switch_to_block(ended);
                let e = self.call_rt("ophis_err_occurred", &[]).expect("returns");
                self.b.ins().brif(e, err, &[], done, &[]);
            }
        }
        Ok(())
    }
}

impl Translator<'_, '_, '_> {
    /// The generator part of `IterNext` (`ty` is the iterator's type): a plain generator
    /// (neither running nor handling exceptions nor delegating: the flag bytes at
    /// `GEN_FLAGS` are zero) is resumed here by calling its resume function, with
    /// `gen_iternext`'s bookkeeping inline; other generators call `ophis_gen_iternext`; a
    /// finished one is done. Leaves the builder in the block for every other iterator.
    /// Offsets are within the object: the payload (`runtime/src/types/generator.rs`,
    /// `GenData`, `#[repr(C)]`) starts at 16.
    fn gen_iter_next(&mut self, it: Value, ty: Value, body: Block, done: Block, ended: Block) {
        const STATE: i32 = 16;
        const RESUME: i32 = 16 + 16;
        const FLAGS: i32 = 16 + 24;
        let (gen_b, check_state, run, finished, yielded, checked, other) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(finished);
        let gen_ty_addr = self.runtime_data("ophis_generator_type");
        let gen_ty = self.b.ins().load(WORD, MemFlagsData::trusted(), gen_ty_addr, 0);
        let is_gen = self.b.ins().icmp(IntCC::Equal, ty, gen_ty);
        self.b.ins().brif(is_gen, gen_b, &[], other, &[]);
        self.b.switch_to_block(gen_b);
        let flags = self.b.ins().load(types::I16, MemFlagsData::trusted(), it, FLAGS);
        self.b.ins().brif(flags, checked, &[], check_state, &[]);
        self.b.switch_to_block(check_state);
        let state = self.b.ins().load(WORD, MemFlagsData::trusted(), it, STATE);
        let over = self.b.ins().icmp_imm_s(IntCC::Equal, state, -1);
        self.b.ins().brif(over, done, &[], run, &[]);
        self.b.switch_to_block(run);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(MemFlagsData::trusted(), one, it, FLAGS);
        let none = self.singleton(Const::None);
        self.incref(none);
        let depth_addr = self.runtime_data("ophis_recursion_depth");
        let depth = self.b.ins().load(WORD, MemFlagsData::trusted(), depth_addr, 0);
        let resume = self.b.ins().load(WORD, MemFlagsData::trusted(), it, RESUME);
        let frame = self.b.ins().iadd_imm_s(it, STATE as i64);
        let sig = self.cg.ptr_sig(3);
        let sig = self.b.import_signature(sig);
        let call = self.b.ins().call_indirect(sig, resume, &[frame, none, depth]);
        let r = self.b.inst_results(call)[0];
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.ins().store(MemFlagsData::trusted(), zero, it, FLAGS);
        let state = self.b.ins().load(WORD, MemFlagsData::trusted(), it, STATE);
        let over = self.b.ins().icmp_imm_s(IntCC::Equal, state, -1);
        self.b.ins().brif(over, finished, &[], yielded, &[]);
        self.b.switch_to_block(yielded);
        self.b.ins().brif(r, body, &[r.into()], ended, &[]);
        self.b.switch_to_block(finished);
        self.call_rt("ophis_gen_ended", &[it, r]);
        self.b.ins().jump(ended, &[]);
        self.b.switch_to_block(checked);
        let item = self.call_rt("ophis_gen_iternext", &[it]).expect("returns");
        self.b.ins().brif(item, body, &[item.into()], ended, &[]);
        self.b.switch_to_block(other);
    }
}

fn cl_type(t: Type) -> types::Type {
    match t {
        Type::Obj | Type::Ptr => WORD,
        Type::Bool => types::I8,
    }
}

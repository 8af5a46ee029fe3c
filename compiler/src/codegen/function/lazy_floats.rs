//! Code generation of lazy floats: values and locals that hold an unboxed `f64` until
//! something needs the object (`codegen/floats.rs` decides which; `docs/design/floats.md`).
//!
//! A lazy value is a pair of Cranelift variables (word, `f64`); the word is an ordinary
//! object word or [`LAZY_FLOAT`], meaning "the `f64` variable holds the value". A float local
//! keeps its word in its ordinary variable and has an extra `f64` variable. Operators take a
//! lazy operand's `f64` on their float paths and materialise it (box it once, writing the
//! box back into the variable, so later uses and releases see the object) on their runtime
//! path; reads of a float local other than by an operator materialise it too. Reference
//! counting of lazy values and float locals skips words with either low bit set
//! ([`LAZY_MASK`]). The inline `**` and unary `-` follow `float_pow` and `float_neg` (and
//! `long_neg`) of CPython's `Objects/floatobject.c` and `Objects/longobject.c`.

use super::{Translator, TAG};
use crate::codegen::floats::{LAZY_FLOAT, LAZY_MASK};
use crate::diagnostics::CompileResult;
use crate::ir;
use crate::target::WORD;
use cranelift_codegen::ir::{condcodes::FloatCC, condcodes::IntCC, types, Block, InstBuilder, Value};
use cranelift_frontend::Variable;

impl Translator<'_, '_, '_> {
    /// The `f64` variable of every float local, `0.0` at entry.
    pub(super) fn declare_float_locals(&mut self) {
        for (l, _) in &self.f.locals {
            if self.fl.local[l] {
                let var = self.b.declare_var(types::F64);
                let zero = self.b.ins().f64const(0.0);
                self.b.def_var(var, zero);
                self.float_vars[l] = Some(var);
            }
        }
    }

    /// The tag mask for releasing local `l`'s value.
    pub(super) fn local_mask(&self, l: ir::LocalId) -> i64 {
        if self.fl.local[l] {
            LAZY_MASK
        } else {
            TAG
        }
    }

    /// The tag mask for releasing value `v`.
    pub(super) fn value_mask(&self, v: ir::Value) -> i64 {
        if self.lazy[v].is_some() {
            LAZY_MASK
        } else {
            TAG
        }
    }

    /// The (word, `f64`) variables of float local `l`.
    fn float_local_vars(&self, l: ir::LocalId) -> (Variable, Variable) {
        (self.var(l), self.float_vars[l].expect("a float local has an f64 variable"))
    }

    /// A read of local `l` (word `v`) producing `result`: a deferred load leaves the local's
    /// variables to its operators; any other read of a float local materialises it.
    pub(super) fn load_float_local(&mut self, result: Option<ir::Value>, l: ir::LocalId, v: Value) -> Value {
        if !self.fl.local[l] {
            return v;
        }
        let vars = self.float_local_vars(l);
        match result {
            Some(r) if self.fl.deferred[r] => {
                self.lazy[r] = Some(vars);
                v
            }
            _ => self.materialize(vars.0, vars.1),
        }
    }

    /// After `store_fast l v` defined the local's word: its `f64` too, when `v` is lazy.
    pub(super) fn store_float_local(&mut self, l: ir::LocalId, v: ir::Value) {
        if let (Some(fvar), Some((_, vf))) = (self.float_vars[l], self.lazy[v]) {
            let x = self.b.use_var(vf);
            self.b.def_var(fvar, x);
        }
    }

    /// The lazy variables of operand `k` of the instruction being translated, if lazy.
    fn operand_lazy(&self, k: usize) -> Option<(Variable, Variable)> {
        let inst = self.cur_inst?;
        self.f.insts[inst].args.get(k).and_then(|a| self.lazy[*a])
    }

    /// The bits of operand `k` when it is a float constant.
    fn operand_float_const(&self, k: usize) -> Option<u64> {
        let inst = self.cur_inst?;
        self.f.insts[inst].args.get(k).and_then(|a| self.fl.float_const[*a])
    }

    /// Is an operand of the instruction being translated a float constant (so its small-int
    /// path cannot be taken)?
    pub(super) fn float_const_operand(&self) -> bool {
        (0..2).any(|k| self.operand_float_const(k).is_some())
    }

    /// Box the value of lazy variables (word, `f64`) if not boxed yet, writing the box back to
    /// the word variable; returns the object word.
    pub(super) fn materialize(&mut self, word: Variable, f: Variable) -> Value {
        let w = self.b.use_var(word);
        let (boxing, done) = (self.b.create_block(), self.b.create_block());
        let unboxed = self.b.ins().icmp_imm_s(IntCC::Equal, w, LAZY_FLOAT);
        self.b.ins().brif(unboxed, boxing, &[], done, &[]);
        self.b.switch_to_block(boxing);
        let x = self.b.use_var(f);
        let boxed = self.call_rt("ophis_float_new", &[x]).expect("returns");
        self.b.def_var(word, boxed);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.b.use_var(word)
    }

    /// Operand `k` (word `v`) as an object for a runtime call: materialised if lazy.
    pub(super) fn materialize_operand(&mut self, k: usize, v: Value) -> Value {
        match self.operand_lazy(k) {
            Some((word, f)) => self.materialize(word, f),
            None => v,
        }
    }

    /// [`Self::float_operand`] of operand `k` (word `v`), taking a lazy operand's `f64`
    /// directly when it is unboxed.
    pub(super) fn float_operand_lazy(&mut self, k: usize, v: Value, slow: Block, ints: bool) -> Value {
        if let Some(bits) = self.operand_float_const(k) {
            return self.b.ins().f64const(f64::from_bits(bits));
        }
        let Some((_, fvar)) = self.operand_lazy(k) else { return self.float_operand(v, slow, ints) };
        let (unboxed, boxed, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(join, types::F64);
        let is_unboxed = self.b.ins().icmp_imm_s(IntCC::Equal, v, LAZY_FLOAT);
        self.b.ins().brif(is_unboxed, unboxed, &[], boxed, &[]);
        self.b.switch_to_block(unboxed);
        let x = self.b.use_var(fvar);
        self.b.ins().jump(join, &[x.into()]);
        self.b.switch_to_block(boxed);
        let x = self.float_operand(v, slow, ints);
        self.b.ins().jump(join, &[x.into()]);
        self.b.switch_to_block(join);
        result
    }

    /// When the instruction being translated has a lazy result: its `f64` parameter of the
    /// operator's `join` block (after the word).
    pub(super) fn lazy_result_param(&mut self, join: Block) -> Option<Value> {
        let r = self.f.insts[self.cur_inst?].result?;
        if !self.fl.lazy[r] {
            return None;
        }
        Some(self.b.append_block_param(join, types::F64))
    }

    /// Jump to an operator's `join` with an object word (and an unused `f64` when lazy).
    pub(super) fn jump_join(&mut self, join: Block, w: Value, lazy: bool) {
        if lazy {
            let zero = self.b.ins().f64const(0.0);
            self.b.ins().jump(join, &[w.into(), zero.into()]);
        } else {
            self.b.ins().jump(join, &[w.into()]);
        }
    }

    /// An operator's float path ends: release the fused operands and jump to `join` with the
    /// result `x`, unboxed when lazy.
    pub(super) fn float_result(&mut self, join: Block, x: Value, lazy: bool) {
        if lazy {
            self.release_fused();
            let marker = self.b.ins().iconst(WORD, LAZY_FLOAT);
            self.b.ins().jump(join, &[marker.into(), x.into()]);
        } else {
            let boxed = self.call_rt("ophis_float_new", &[x]).expect("returns");
            self.release_fused();
            self.b.ins().jump(join, &[boxed.into()]);
        }
    }

    /// At an operator's `join`: make its result (`word`, `f`) a lazy value's variables.
    pub(super) fn finish_lazy_result(&mut self, word: Value, f: Option<Value>) {
        let (Some(f), Some(r)) = (f, self.cur_inst.and_then(|i| self.f.insts[i].result)) else { return };
        let (wvar, fvar) = (self.b.declare_var(WORD), self.b.declare_var(types::F64));
        self.b.def_var(wvar, word);
        self.b.def_var(fvar, f);
        self.lazy[r] = Some((wvar, fvar));
    }

    /// `x ** y` on two `f64`s in `float_pow_values`'s plain case, `0 < x < inf` and `y`
    /// finite: libm's `pow`, as the runtime computes it. Any other case, and an infinite
    /// result (the runtime's `OverflowError`), jumps to `slow`.
    pub(super) fn float_pow(&mut self, x: Value, y: Value, slow: Block) -> Value {
        let (call, done) = (self.b.create_block(), self.b.create_block());
        let zero = self.b.ins().f64const(0.0);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let positive = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
        let finite = self.b.ins().fcmp(FloatCC::LessThan, x, inf);
        let ay = self.b.ins().fabs(y);
        let y_finite = self.b.ins().fcmp(FloatCC::LessThan, ay, inf);
        let ok = self.b.ins().band(positive, finite);
        let ok = self.b.ins().band(ok, y_finite);
        self.b.ins().brif(ok, call, &[], slow, &[]);
        self.b.switch_to_block(call);
        let r = self.call_rt("ophis_float_pow", &[x, y]).expect("returns");
        let ar = self.b.ins().fabs(r);
        let r_finite = self.b.ins().fcmp(FloatCC::LessThan, ar, inf);
        self.b.ins().brif(r_finite, done, &[], slow, &[]);
        self.b.switch_to_block(done);
        r
    }

    /// Unary `-`: small ints and floats inline (`long_neg`'s small case, `float_neg`), the
    /// rest through `ophis_unary_op`.
    pub(super) fn negate(&mut self, a: Value, on_error: Option<ir::Block>) -> CompileResult<Value> {
        let (int_b, not_int, slow, join) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(join, WORD);
        let lazy_f = self.lazy_result_param(join);
        if self.operands_small {
            self.b.ins().jump(int_b, &[]); // `not_int` stays unreachable
        } else {
            let small = self.is_small(a);
            self.b.ins().brif(small, int_b, &[], not_int, &[]);
        }
        // Tagged 2x+1 negates to 2(-x)+1 = 2 - (2x+1); only -(-2**62) overflows.
        self.b.switch_to_block(int_b);
        let two = self.b.ins().iconst(WORD, 2 * TAG);
        let (r, overflow) = self.b.ins().ssub_overflow(two, a);
        let done = self.b.create_block();
        self.b.ins().brif(overflow, slow, &[], done, &[]);
        self.b.switch_to_block(done);
        self.jump_join(join, r, lazy_f.is_some());
        self.b.switch_to_block(not_int);
        let x = self.float_operand_lazy(0, a, slow, false);
        let n = self.b.ins().fneg(x);
        self.float_result(join, n, lazy_f.is_some());
        self.b.switch_to_block(slow);
        let a = self.materialize_operand(0, a);
        let code = self.b.ins().iconst(types::I32, i64::from(crate::codegen::floats::UNARY_NEG));
        let r = self.call_rt("ophis_unary_op", &[a, code]).expect("returns");
        self.check_null(r, on_error)?;
        self.jump_join(join, r, lazy_f.is_some());
        self.b.switch_to_block(join);
        self.finish_lazy_result(result, lazy_f);
        Ok(result)
    }
}

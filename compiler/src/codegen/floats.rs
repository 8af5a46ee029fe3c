//! Lazy float boxing: which values and locals of a function may hold an *unboxed* float.
//!
//! Input: a verified IR function (not a generator: a generator's locals live in its heap
//! frame). Output: a [`FloatPlan`] that `function.rs` follows while translating; the IR is
//! unchanged. The design is in `docs/design/floats.md`.
//!
//! The inline float path of `+ - * /` and unary `-` computes an `f64`; boxing it
//! (`ophis_float_new`) and releasing the box after the next operator (`float_dealloc`) cost
//! more than the arithmetic. A *lazy* value is represented in compiled code by two Cranelift
//! variables: a word and an `f64`. The word is either an ordinary object word, or the marker
//! [`LAZY_FLOAT`], meaning "the value is the float in the `f64` variable, not boxed yet".
//! The marker's low bits are `10`: it is neither an immediate int (`…1`, so the small-int
//! tests of the operators fail on it) nor a pointer (`…000`); reference counting of a value
//! or local that may hold it skips words whose two low bits are not both zero.
//!
//! A value or local is boxed (*materialised*) at most once, when something other than an
//! operator needs the object: the runtime fallback of an operator (a user class's `__radd__`
//! receives a real float), a call argument, a container store, a return. Materialising a
//! local writes the box back into the local, so every later read sees the same object and
//! identity (`is`, `id`) is CPython's.
//!
//! What the plan marks:
//! - a *lazy producer*: `binary`/`inplace` `+ - * /` or unary `-` whose result is used only
//!   by at most one operator operand or one `store_fast`, plus `decref`s (so no two places
//!   could box it separately), and whose operands do not look like int arithmetic (see
//!   [`Kind`]: lazy results add an `f64` to the operator's join, wasted on int code);
//! - a *float local*: a `Fast` or hidden local that some lazy producer is stored into;
//! - a *deferred load*: a borrowed `load_fast` of a float local whose every use is an
//!   operator operand in the same block with no write of the local in between; the operator
//!   reads the local's variables itself (and materialises into the local on its slow path).
//!
//! Every other read of a float local materialises it. Nothing here changes what a program
//! computes: the float paths are the ones `function.rs` already had (`float_add`, `float_sub`,
//! `float_mul`, `float_div`, `float_pow`, `float_neg` of CPython's `Objects/floatobject.c` on
//! `f64`), only the boxing moves.

use crate::ast::BinOp;
use crate::ir::{self, Const, LocalId, LocalKind, Op, Terminator};
use cranelift_entity::SecondaryMap;

/// The word of a lazy value holding an unboxed float (low bits `10`).
pub(super) const LAZY_FLOAT: i64 = 2;

/// The reference-counting tag mask for a value or local that may hold [`LAZY_FLOAT`]: words
/// with any of these bits set are not pointers.
pub(super) const LAZY_MASK: i64 = 3;

/// What `function.rs` keeps unboxed in one function.
#[derive(Default)]
pub(super) struct FloatPlan {
    /// Results of float-capable operators that stay unboxed on their float path.
    pub lazy: SecondaryMap<ir::Value, bool>,
    /// Locals that may hold an unboxed float.
    pub local: SecondaryMap<LocalId, bool>,
    /// Borrowed loads of float locals read by their operators straight from the local.
    pub deferred: SecondaryMap<ir::Value, bool>,
    /// Float constants (by their bits): an operator takes the `f64` without any test.
    pub float_const: SecondaryMap<ir::Value, Option<u64>>,
}

/// A rough static type, only to keep lazy results off int arithmetic (a heuristic: no
/// decision that affects what a program computes depends on it). Ordered for joins.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
enum Kind {
    /// Not seen yet (the fixpoint's start).
    #[default]
    None,
    /// An int literal, int-only arithmetic, or `+ - *` with an int beside a non-float.
    Int,
    /// Anything.
    Unknown,
    /// A float literal, `/`, or arithmetic with a float operand.
    Float,
}

/// Does the operator have an inline float path whose result can stay unboxed?
pub(super) fn float_arith(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow)
}

/// Unary minus (`Op::Unary`'s code 0).
pub(super) const UNARY_NEG: u32 = 0;

/// Is `op` an operator that can read a lazy operand (its fast paths take the `f64`, its
/// runtime fallback materialises)?
fn reads_lazy(op: &Op) -> bool {
    matches!(op, Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::CompareBool(_) | Op::Unary(UNARY_NEG))
}

/// Can `op` produce a lazy result?
fn produces_lazy(op: &Op) -> bool {
    match op {
        Op::Binary(b) | Op::Inplace(b) => float_arith(*b),
        Op::Unary(c) => *c == UNARY_NEG,
        _ => false,
    }
}

pub(super) fn plan(f: &ir::Function, consts: &cranelift_entity::PrimaryMap<ir::ConstId, Const>) -> FloatPlan {
    let mut plan = FloatPlan::default();
    // (Instructions that passes removed stay in `insts`: only the blocks' lists count.)
    let live: Vec<(ir::Block, usize, ir::Inst)> =
        f.blocks.iter().flat_map(|(b, d)| d.insts.iter().enumerate().map(move |(k, i)| (b, k, *i))).collect();
    for &(_, _, i) in &live {
        if let (Op::Const(id), Some(r)) = (&f.insts[i].op, f.insts[i].result) {
            if let Const::Float(bits) = consts[*id] {
                plan.float_const[r] = Some(bits);
            }
        }
    }
    if f.is_generator {
        return plan;
    }

    // Uses of each value: operator operands, stores into plain locals, releases, other.
    let mut operand_uses: SecondaryMap<ir::Value, u32> = SecondaryMap::new();
    let mut store_uses: SecondaryMap<ir::Value, Option<LocalId>> = SecondaryMap::new();
    let mut other_uses: SecondaryMap<ir::Value, bool> = SecondaryMap::new();
    for &(_, _, i) in &live {
        let data = &f.insts[i];
        for &a in &data.args {
            match data.op {
                ref op if reads_lazy(op) => operand_uses[a] += 1,
                Op::DecRef => {}
                Op::StoreFast(l) if matches!(f.locals[l].kind, LocalKind::Fast | LocalKind::Hidden) => {
                    if store_uses[a].is_some() {
                        other_uses[a] = true;
                    }
                    store_uses[a] = Some(l);
                }
                _ => other_uses[a] = true,
            }
        }
    }
    for data in f.blocks.values() {
        match &data.term {
            Some(Terminator::Jump(_, args)) => args.iter().for_each(|a| other_uses[*a] = true),
            Some(Terminator::Branch { cond: v, .. } | Terminator::Return(v) | Terminator::IterNext { iter: v, .. }) => {
                other_uses[*v] = true
            }
            _ => {}
        }
    }

    // The heuristic kinds: a fixpoint over the locals (a local's kind joins its stores').
    let kinds = kinds(f, consts, &live);

    for &(_, _, i) in &live {
        let data = &f.insts[i];
        let Some(r) = data.result else { continue };
        if !produces_lazy(&data.op) || kinds[r] == Kind::Int || other_uses[r] {
            continue;
        }
        if operand_uses[r] + u32::from(store_uses[r].is_some()) > 1 {
            continue;
        }
        plan.lazy[r] = true;
        if let Some(l) = store_uses[r] {
            plan.local[l] = true;
        }
    }

    // Deferred loads: every use an operand in the same block, the local unchanged until then.
    for &(b, k, i) in &live {
        let data = &f.insts[i];
        let (Op::LoadFast { local, borrow: true, .. }, Some(r)) = (&data.op, data.result) else { continue };
        if !plan.local[*local] || other_uses[r] || store_uses[r].is_some() || operand_uses[r] == 0 {
            continue;
        }
        let insts = &f.blocks[b].insts;
        let mut remaining = operand_uses[r];
        for &j in &insts[k + 1..] {
            let d = &f.insts[j];
            if reads_lazy(&d.op) {
                remaining -= d.args.iter().filter(|a| **a == r).count() as u32;
                if remaining == 0 {
                    break;
                }
            } else if d.args.contains(&r)
                || matches!(d.op, Op::StoreFast(l) | Op::DeleteFast(l) | Op::ClearLocal(l) if l == *local)
            {
                break; // the local may change before the operator reads it
            }
        }
        plan.deferred[r] = remaining == 0;
    }
    plan
}

/// The [`Kind`] of every value.
fn kinds(
    f: &ir::Function,
    consts: &cranelift_entity::PrimaryMap<ir::ConstId, Const>,
    live: &[(ir::Block, usize, ir::Inst)],
) -> SecondaryMap<ir::Value, Kind> {
    let mut local_kind: SecondaryMap<LocalId, Kind> = SecondaryMap::new();
    let mut kinds: SecondaryMap<ir::Value, Kind> = SecondaryMap::new();
    // Block parameters (arguments, loop items, joins) are unknown.
    for data in f.blocks.values() {
        for &p in &data.params {
            kinds[p] = Kind::Unknown;
        }
    }
    // The lattice has four levels and every transfer is monotone: a few rounds converge.
    for _ in 0..8 {
        let mut changed = false;
        for &(_, _, i) in live {
            let data = &f.insts[i];
            let arg = |k: usize, kinds: &SecondaryMap<ir::Value, Kind>| kinds[data.args[k]];
            let kind = match &data.op {
                Op::Const(id) => match consts[*id] {
                    Const::Float(_) => Kind::Float,
                    Const::BigInt(_) => Kind::Int,
                    _ => Kind::Unknown,
                },
                Op::SmallInt(_) => Kind::Int,
                Op::LoadFast { local, .. } => local_kind[*local],
                Op::Binary(op) | Op::Inplace(op) => {
                    let (a, b) = (arg(0, &kinds), arg(1, &kinds));
                    match op {
                        BinOp::Div => Kind::Float,
                        BinOp::Add | BinOp::Sub | BinOp::Mult => {
                            if a == Kind::Float || b == Kind::Float {
                                Kind::Float
                            } else if a == Kind::None || b == Kind::None {
                                Kind::None
                            } else if a == Kind::Int || b == Kind::Int {
                                Kind::Int
                            } else {
                                Kind::Unknown
                            }
                        }
                        BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => Kind::Int,
                        _ => a.max(b),
                    }
                }
                Op::Unary(_) => arg(0, &kinds),
                Op::StoreFast(l) => {
                    let k = arg(0, &kinds).max(local_kind[*l]);
                    if k != local_kind[*l] {
                        local_kind[*l] = k;
                        changed = true;
                    }
                    continue;
                }
                _ => Kind::Unknown,
            };
            if let Some(r) = data.result {
                if kinds[r] != kind {
                    kinds[r] = kind;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    kinds
}

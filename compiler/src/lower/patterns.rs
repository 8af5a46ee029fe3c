//! Lowering of the `match` statement (PEP 634), after CPython's `compiler_match` in
//! `Python/compile.c`.
//!
//! The subject lives in a hidden local while the cases are tried in order. A pattern compiles
//! to checks that branch to the case's *fail* block; the runtime supplies the checks CPython
//! has opcodes for (`ophis_match_sequence`, `_mapping`, `_keys`, `_class`, `_item`, `_rest`).
//! Captured values go to one hidden slot per name and are bound to the names only once the
//! whole pattern matched, before the guard runs (so a failed pattern binds nothing, as in
//! CPython); the fail block clears the slots.
//!
//! Items taken out of the subject (sequence items, mapping values, class attributes) are
//! temporaries on the `temps` stack while their sub-pattern runs, so a landing pad releases
//! them; a failing check branches through a block that releases the temporaries pushed since
//! the innermost alternative began. The compile-time errors are CPython's, in its order.

use super::FnCx;
use crate::ast::{CmpOp, Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, UnaryOp};
use crate::diagnostics::CompileResult;
use crate::ir::{Block, Const, ConstOrSmall, LocalId, Op, RtFunc, Terminator, Value};

/// Where a failing check goes: `block`, after releasing the temporaries above `base`.
#[derive(Copy, Clone)]
struct Fail {
    block: Block,
    base: usize,
}

impl<'a> FnCx<'a, '_> {
    /// `match subject: case …`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CompileResult<()> {
        // CPython reports the compile-time errors of every case before running anything.
        let mut captures = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            // Irrefutable cases must be either guarded, last, or both.
            let allow_irrefutable = case.guard.is_some() || i + 1 == cases.len();
            let mut names = Vec::new();
            self.check_pattern(&case.pattern, allow_irrefutable, &mut names)?;
            captures.push(names);
        }
        let subj = self.expr(subject)?;
        let slot = self.hidden("match subject");
        self.push_inst(Op::StoreFast(slot), vec![subj], None);
        let end = self.new_block();
        for (case, names) in cases.iter().zip(&captures) {
            self.line = case.pattern.loc.line;
            let slots: Vec<(&str, LocalId)> =
                names.iter().enumerate().map(|(k, n)| (n.as_str(), self.hidden_indexed("match capture", k))).collect();
            let fail = self.new_block();
            let s = self.peek_local(slot);
            self.pattern(&case.pattern, s, Fail { block: fail, base: self.temps.len() }, &slots)?;
            // A match: bind the captures, then try the guard.
            for &(name, l) in &slots {
                let v = self.peek_local(l);
                self.incref(v);
                self.push_inst(Op::ClearLocal(l), vec![], None);
                self.store_name(name, v);
            }
            if let Some(g) = &case.guard {
                let body = self.new_block();
                self.cond(g, body, fail)?;
                self.switch_to(body);
            }
            self.push_inst(Op::ClearLocal(slot), vec![], None);
            self.stmts(&case.body)?;
            self.jump(end, vec![]);
            self.switch_to(fail);
            for &(_, l) in &slots {
                self.push_inst(Op::ClearLocal(l), vec![], None);
            }
        }
        self.push_inst(Op::ClearLocal(slot), vec![], None);
        self.jump(end, vec![]);
        self.switch_to(end);
        Ok(())
    }

    /// The compile-time checks of one pattern (`compiler_pattern*`'s errors), collecting the
    /// names it captures in order.
    fn check_pattern(&self, p: &Pattern, allow_irrefutable: bool, names: &mut Vec<String>) -> CompileResult<()> {
        match &p.kind {
            PatternKind::Value(_) | PatternKind::Singleton(_) => {}
            PatternKind::As { pattern: None, name } => {
                if !allow_irrefutable {
                    return Err(self.err(
                        p.loc,
                        match name {
                            Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                            None => "wildcard makes remaining patterns unreachable".into(),
                        },
                    ));
                }
                self.check_store(p, name.as_deref(), names)?;
            }
            PatternKind::As { pattern: Some(q), name } => {
                self.check_pattern(q, allow_irrefutable, names)?;
                self.check_store(p, name.as_deref(), names)?;
            }
            PatternKind::Star(name) => self.check_store(p, name.as_deref(), names)?,
            PatternKind::Sequence(ps) => {
                if ps.iter().filter(|q| matches!(q.kind, PatternKind::Star(_))).count() > 1 {
                    return Err(self.err(p.loc, "multiple starred names in sequence pattern"));
                }
                for q in ps {
                    self.check_pattern(q, true, names)?;
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                let mut seen: Vec<Constant> = Vec::new();
                for k in keys {
                    match literal_key(k) {
                        Some(c) => {
                            if seen.iter().any(|s| same_key(s, &c)) {
                                return Err(self.err(
                                    p.loc,
                                    format!("mapping pattern checks duplicate key ({})", constant_repr(&c)),
                                ));
                            }
                            seen.push(c);
                        }
                        None if matches!(k.kind, ExprKind::Attribute { .. }) => {}
                        None => {
                            return Err(
                                self.err(p.loc, "mapping pattern keys may only match literals and attribute lookups")
                            )
                        }
                    }
                }
                for q in patterns {
                    self.check_pattern(q, true, names)?;
                }
                self.check_store(p, rest.as_deref(), names)?;
            }
            PatternKind::Class { patterns, kwd_attrs, kwd_patterns, .. } => {
                for (i, a) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(a) {
                        let at = kwd_patterns.get(i).map_or(p.loc, |q| q.loc);
                        return Err(self.err(at, format!("attribute name repeated in class pattern: {a}")));
                    }
                }
                for q in patterns.iter().chain(kwd_patterns) {
                    self.check_pattern(q, true, names)?;
                }
            }
            PatternKind::Or(alts) => {
                let outer = names.clone();
                let mut control: Option<Vec<String>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    let mut alt_names = outer.clone();
                    self.check_pattern(alt, i + 1 == alts.len() && allow_irrefutable, &mut alt_names)?;
                    match &control {
                        None => control = Some(alt_names),
                        Some(c) => {
                            if c.len() != alt_names.len() || c.iter().any(|n| !alt_names.contains(n)) {
                                return Err(self.err(p.loc, "alternative patterns bind different names"));
                            }
                        }
                    }
                }
                *names = control.unwrap_or(outer);
            }
        }
        Ok(())
    }

    fn check_store(&self, p: &Pattern, name: Option<&str>, names: &mut Vec<String>) -> CompileResult<()> {
        if let Some(n) = name {
            if names.iter().any(|m| m == n) {
                return Err(self.err(p.loc, format!("multiple assignments to name '{n}' in pattern")));
            }
            names.push(n.to_string());
        }
        Ok(())
    }

    /// A block that releases the temporaries above `fail.base` and goes to `fail.block`.
    fn fail_edge(&mut self, fail: Fail) -> Block {
        if self.temps.len() == fail.base {
            return fail.block;
        }
        let b = self.new_block();
        let saved = self.cur;
        self.switch_to(b);
        for &t in self.temps[fail.base..].to_vec().iter().rev() {
            self.decref(t);
        }
        self.jump(fail.block, vec![]);
        self.switch_to(saved);
        b
    }

    /// Continue when `cond` holds, else fail.
    fn check(&mut self, cond: Value, fail: Fail) {
        let ok = self.new_block();
        let no = self.fail_edge(fail);
        self.terminate(Terminator::Branch { cond, then: ok, else_: no });
        self.switch_to(ok);
    }

    /// Store a captured value (stolen) in its slot.
    fn capture(&mut self, name: &str, v: Value, slots: &[(&str, LocalId)]) {
        let l = slots.iter().find(|(n, _)| *n == name).expect("captures collected by check_pattern").1;
        self.push_inst(Op::StoreFast(l), vec![v], None);
    }

    /// Match `subj` (borrowed) against `p`: falls through on success, branches to `fail`
    /// otherwise.
    fn pattern(&mut self, p: &'a Pattern, subj: Value, fail: Fail, slots: &[(&str, LocalId)]) -> CompileResult<()> {
        self.line = p.loc.line;
        match &p.kind {
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q, subj, fail, slots)?;
                }
                if let Some(n) = name {
                    self.incref(subj);
                    self.capture(n, subj, slots);
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.incref(subj);
                    self.capture(n, subj, slots);
                }
            }
            PatternKind::Value(e) => {
                let v = self.expr(e)?;
                self.push_temp(v);
                self.line = p.loc.line;
                let c = self.value(Op::CompareBool(CmpOp::Eq), vec![subj, v]);
                self.pop_temp(v);
                self.decref(v);
                self.check(c, fail);
            }
            PatternKind::Singleton(c) => {
                let v = self.singleton(c);
                let c = self.value(Op::Is, vec![subj, v]);
                self.check(c, fail);
            }
            PatternKind::Sequence(ps) => self.sequence_pattern(ps, subj, fail, slots)?,
            PatternKind::Mapping { keys, patterns, rest } => {
                self.mapping_pattern(keys, patterns, rest.as_deref(), subj, fail, slots)?
            }
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
                let c = self.expr(cls)?;
                self.push_temp(c);
                self.line = p.loc.line;
                let names = kwd_attrs.iter().map(|a| ConstOrSmall::Pooled(self.mc.m.str_const(a))).collect::<Vec<_>>();
                let kw = self.const_value(Const::Tuple(names));
                let n = self.value(Op::SmallInt(patterns.len() as i64), vec![]);
                let attrs = self.value(Op::Rt(RtFunc::MatchClass), vec![subj, c, n, kw]);
                self.pop_temp(c);
                self.decref(c);
                let subs: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.match_tuple(attrs, &subs, fail, slots)?;
            }
            PatternKind::Or(alts) => {
                let done = self.new_block();
                for (i, alt) in alts.iter().enumerate() {
                    let last = i + 1 == alts.len();
                    // An alternative that fails goes on with the next; the last one fails the
                    // whole pattern.
                    let alt_fail = if last { fail } else { Fail { block: self.new_block(), base: self.temps.len() } };
                    self.pattern(alt, subj, alt_fail, slots)?;
                    self.jump(done, vec![]);
                    if !last {
                        self.switch_to(alt_fail.block);
                    }
                }
                self.switch_to(done);
            }
        }
        Ok(())
    }

    /// The value of a `None`/`True`/`False` pattern (borrowed).
    fn singleton(&mut self, c: &Constant) -> Value {
        self.const_value(match c {
            Constant::Bool(true) => Const::True,
            Constant::Bool(false) => Const::False,
            _ => Const::None,
        })
    }

    /// `values` (owned; a tuple, or `None` for no match) matched item by item against `subs`.
    fn match_tuple(
        &mut self,
        values: Value,
        subs: &[&'a Pattern],
        fail: Fail,
        slots: &[(&str, LocalId)],
    ) -> CompileResult<()> {
        self.push_temp(values);
        let none = self.none();
        let is_none = self.value(Op::Is, vec![values, none]);
        let not_none = self.value(Op::Not, vec![is_none]);
        self.check(not_none, fail);
        self.pop_temp(values);
        if subs.is_empty() {
            self.decref(values);
            return Ok(());
        }
        self.push_temp(values);
        let arr = self.value(Op::Unpack(subs.len() as u32), vec![values]);
        self.pop_temp(values);
        self.decref(values);
        self.match_items(arr, subs, fail, slots)
    }

    /// The items of an unpacked array (owned) matched against `subs` in order.
    fn match_items(
        &mut self,
        arr: Value,
        subs: &[&'a Pattern],
        fail: Fail,
        slots: &[(&str, LocalId)],
    ) -> CompileResult<()> {
        let items: Vec<Value> = (0..subs.len()).map(|i| self.value(Op::ArrayGet(i as u32), vec![arr])).collect();
        // The first item on top: each leaves the stack as soon as its sub-pattern is done.
        for &it in items.iter().rev() {
            self.push_temp(it);
        }
        for (q, &it) in subs.iter().zip(&items) {
            self.pattern(q, it, fail, slots)?;
            self.pop_temp(it);
            self.decref(it);
        }
        Ok(())
    }

    /// `[p, q, *r]` (`compiler_pattern_sequence`).
    fn sequence_pattern(
        &mut self,
        ps: &'a [Pattern],
        subj: Value,
        fail: Fail,
        slots: &[(&str, LocalId)],
    ) -> CompileResult<()> {
        let star = ps.iter().position(|q| matches!(q.kind, PatternKind::Star(_)));
        let star_wildcard = star.is_some_and(|i| matches!(ps[i].kind, PatternKind::Star(None)));
        let only_wildcard = ps.iter().all(|q| is_wildcard(q) || matches!(q.kind, PatternKind::Star(None)));
        let (n, mode) = match star {
            None => (ps.len(), 1),
            Some(_) => (ps.len() - 1, 2),
        };
        let nv = self.value(Op::SmallInt(n as i64), vec![]);
        let mv = self.value(Op::SmallInt(mode), vec![]);
        let ok = self.value(Op::Rt(RtFunc::MatchSequence), vec![subj, nv, mv]);
        self.check(ok, fail);
        if only_wildcard {
            return Ok(());
        }
        if let (Some(star), true) = (star, star_wildcard) {
            // Index the items around `*_` (`pattern_helper_sequence_subscr`).
            for (i, q) in ps.iter().enumerate() {
                if i == star || is_wildcard(q) {
                    continue;
                }
                let (index, from_end) = if i < star { (i, 0) } else { (ps.len() - i, 1) };
                let iv = self.value(Op::SmallInt(index as i64), vec![]);
                let fv = self.value(Op::SmallInt(from_end), vec![]);
                let item = self.value(Op::Rt(RtFunc::MatchItem), vec![subj, iv, fv]);
                self.push_temp(item);
                self.pattern(q, item, fail, slots)?;
                self.pop_temp(item);
                self.decref(item);
            }
            return Ok(());
        }
        // Unpack the subject (`pattern_helper_sequence_unpack`).
        let op = match star {
            None => Op::Unpack(ps.len() as u32),
            Some(i) => Op::UnpackEx { before: i as u32, after: (ps.len() - i - 1) as u32 },
        };
        let arr = self.value(op, vec![subj]);
        let subs: Vec<&'a Pattern> = ps.iter().collect();
        self.match_items(arr, &subs, fail, slots)
    }

    /// `{k: p, **rest}` (`compiler_pattern_mapping`).
    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        subj: Value,
        fail: Fail,
        slots: &[(&str, LocalId)],
    ) -> CompileResult<()> {
        let nv = self.value(Op::SmallInt(keys.len() as i64), vec![]);
        let ok = self.value(Op::Rt(RtFunc::MatchMapping), vec![subj, nv]);
        self.check(ok, fail);
        if keys.is_empty() && rest.is_none() {
            return Ok(());
        }
        let mut kvs = Vec::new();
        for k in keys {
            let v = self.expr(k)?;
            self.push_temp(v);
            kvs.push(v);
        }
        self.pop_temps(&kvs.clone());
        let keys_t = self.value(Op::Rt(RtFunc::BuildTuple), kvs);
        self.push_temp(keys_t);
        let values = self.value(Op::Rt(RtFunc::MatchKeys), vec![subj, keys_t]);
        let subs: Vec<&'a Pattern> = patterns.iter().collect();
        self.match_tuple(values, &subs, fail, slots)?;
        if let Some(r) = rest {
            let d = self.value(Op::Rt(RtFunc::MatchRest), vec![subj, keys_t]);
            self.capture(r, d, slots);
        }
        self.pop_temp(keys_t);
        self.decref(keys_t);
        Ok(())
    }
}

/// `_` (a wildcard with no name).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::As { pattern: None, name: None })
}

/// A mapping pattern's key as a constant, when it is a literal (`-1` and `1+2j` included).
fn literal_key(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => Some(c.clone()),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match literal_key(operand)? {
            Constant::Int(i) => Some(Constant::Int(-i)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex(r, i) => Some(Constant::Complex(-r, -i)),
            _ => None,
        },
        ExprKind::BinOp { left, right, .. } => {
            literal_key(left)?;
            literal_key(right)?;
            // `1+2j`: never a duplicate of anything the check compares (rare; left to run time).
            Some(Constant::Tuple(vec![Constant::Ellipsis, Constant::Str(format!("{:?}", e.loc))]))
        }
        _ => None,
    }
}

/// Do two literal keys compare equal (as a set would see them: `1 == 1.0 == True`)?
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<f64> {
        use num_traits::ToPrimitive;
        match c {
            Constant::Bool(b) => Some(*b as i64 as f64),
            Constant::Int(i) => i.to_f64(),
            Constant::Float(f) => Some(*f),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// The repr of a literal key, for the duplicate-key message.
fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        Constant::Bytes(b) => format!("b'{}'", b.iter().map(|&x| (x as char).to_string()).collect::<String>()),
        _ => "...".into(),
    }
}

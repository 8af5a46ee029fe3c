//! The deterministic text form of the IR (`ophis build --emit ir`), used by tests and for
//! debugging. Entities print with their names (`block3`, `v7`); instructions that can raise
//! show their exception edge as `!> blockN`.

use super::{Const, ConstOrSmall, Function, Module, Op, Terminator};
use std::fmt::{self, Write};

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "module {} \"{}\"", self.name, self.filename)?;
        for (id, c) in &self.consts {
            writeln!(f, "  {id} = {}", const_text(c))?;
        }
        for (id, g) in &self.globals {
            writeln!(f, "  {id} = global {:?}{}", g.name, if g.builtin_only { " (builtin only)" } else { "" })?;
        }
        for (id, func) in &self.funcs {
            writeln!(f)?;
            write!(f, "{id} ")?;
            func.fmt(f)?;
        }
        Ok(())
    }
}

fn const_text(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::BigInt(d) => format!("int {d}"),
        Const::Float(bits) => format!("float {:?}", f64::from_bits(*bits)),
        Const::Str(s) => format!("str {s:?}"),
        Const::Bytes(b) => format!("bytes {:?}", String::from_utf8_lossy(b)),
        Const::Complex(re, im) => format!("complex {:?} {:?}", f64::from_bits(*re), f64::from_bits(*im)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|i| match i {
                    ConstOrSmall::Pooled(c) => c.to_string(),
                    ConstOrSmall::Small(v) => v.to_string(),
                })
                .collect();
            format!("tuple ({})", parts.join(", "))
        }
        Const::Code(f) => format!("code {f}"),
    }
}

fn op_text(op: &Op) -> String {
    match op {
        Op::Const(c) => format!("const {c}"),
        Op::SmallInt(v) => format!("int {v}"),
        Op::LoadFast { local, borrow, checked } => format!(
            "load_fast{}{} {local}",
            if *borrow { ".borrow" } else { "" },
            if *checked { "" } else { ".unchecked" }
        ),
        Op::StoreFast(l) => format!("store_fast {l}"),
        Op::DeleteFast(l) => format!("delete_fast {l}"),
        Op::ClearLocal(l) => format!("clear_local {l}"),
        Op::MakeCell(l) => format!("make_cell {l}"),
        Op::LoadCell { local, free } => {
            format!("load_cell {local}{}", if *free { " free" } else { "" })
        }
        Op::StoreCell(l) => format!("store_cell {l}"),
        Op::DeleteCell(l) => format!("delete_cell {l}"),
        Op::LoadClosure { local, index } => format!("load_closure {local}, {index}"),
        Op::PeekCell(l) => format!("peek_cell {l}"),
        Op::PeekGlobal(g) => format!("peek_global {g}"),
        Op::LoadGlobal { global, borrow } => format!("load_global{} {global}", if *borrow { ".borrow" } else { "" }),
        Op::StoreGlobal(g) => format!("store_global {g}"),
        Op::DeleteGlobal(g) => format!("delete_global {g}"),
        Op::IncRef => "incref".into(),
        Op::DecRef => "decref".into(),
        Op::Binary(b) => format!("binary {}", b.symbol()),
        Op::Inplace(b) => format!("inplace {}=", b.symbol()),
        Op::Unary(u) => format!("unary {}", ["-", "+", "~"].get(*u as usize).unwrap_or(&"?")),
        Op::Compare(c) => format!("compare {}", c.symbol()),
        Op::CompareBool(c) => format!("compare_bool {}", c.symbol()),
        Op::Is => "is".into(),
        Op::Truth => "truth".into(),
        Op::Not => "not".into(),
        Op::BoolToObj => "bool_to_obj".into(),
        Op::Call { kwnames } => match kwnames {
            Some(k) => format!("call kw={k}"),
            None => "call".into(),
        },
        Op::CallMethod { name, kwnames } => match kwnames {
            Some(k) => format!("call_method {name} kw={k}"),
            None => format!("call_method {name}"),
        },
        Op::CallEx => "call_ex".into(),
        Op::CallDirect(fid) => format!("call_direct {fid}"),
        Op::MakeFunction { func, defaults, kwdefaults, closure } => {
            format!("make_function {func} defaults={defaults} kwdefaults={kwdefaults} closure={closure}")
        }
        Op::FuncDefault { index } => format!("func_default {index}"),
        Op::FuncKwDefault { name } => format!("func_kwdefault {name}"),
        Op::Rt(r) => format!("rt {}", r.sig().0),
        Op::Unpack(n) => format!("unpack {n}"),
        Op::UnpackEx { before, after } => format!("unpack_ex {before} {after}"),
        Op::ArrayGet(i) => format!("array_get {i}"),
        Op::TracebackHere(l) => format!("traceback_here line {l}"),
        Op::EnterFrame => "enter_frame".into(),
        Op::Yield => "yield".into(),
        Op::ReleaseFrame => "release_frame".into(),
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.is_generator { self.gen_kind.name() } else { "function" };
        writeln!(f, "{kind} {} ({}) line {} {{", self.qualname, self.sig.slot_names.join(", "), self.firstline)?;
        for (id, l) in &self.locals {
            writeln!(f, "  {id}: {:?} {:?}", l.kind, l.name)?;
        }
        if self.is_generator {
            // The state machine code generation builds: the frame's slots, and for each state
            // where the resume function continues and which temporaries the frame carries.
            let layout = super::liveness::GenLayout::of(self);
            writeln!(
                f,
                "  frame: slot 0 function, slots 1..{} arguments, slots {}..{} locals, {} spill slot(s)",
                layout.local_base,
                layout.local_base,
                layout.local_base + self.locals.len(),
                layout.total - layout.local_base - self.locals.len()
            )?;
            writeln!(f, "  state 0: start")?;
            for (k, y) in layout.yields.iter().enumerate() {
                let block = self.blocks.iter().find(|(_, d)| d.insts.contains(y)).map(|(b, _)| b);
                let live: Vec<String> = layout
                    .live
                    .get(y)
                    .map_or(vec![], |vs| vs.iter().map(|v| format!("{v} -> slot {}", layout.spill_slot[v])).collect());
                writeln!(
                    f,
                    "  state {}: after {} in {}; saved temporaries: [{}]",
                    k + 1,
                    self.insts[*y].result.map_or("yield".into(), |r| format!("{r} = yield")),
                    block.map_or("?".into(), |b| b.to_string()),
                    live.join(", ")
                )?;
            }
        }
        for (b, data) in &self.blocks {
            let params: Vec<String> = data.params.iter().map(|p| format!("{p}: {:?}", self.ty(*p))).collect();
            writeln!(f, "{b}({}){}:", params.join(", "), if data.cold { " cold" } else { "" })?;
            for &i in &data.insts {
                let inst = &self.insts[i];
                let mut line = String::from("    ");
                if let Some(r) = inst.result {
                    let _ = write!(line, "{r} = ");
                }
                line.push_str(&op_text(&inst.op));
                if !inst.args.is_empty() {
                    let args: Vec<String> = inst.args.iter().map(|a| a.to_string()).collect();
                    let _ = write!(line, " {}", args.join(", "));
                }
                if let Some(e) = inst.on_error {
                    let _ = write!(line, " !> {e}");
                }
                writeln!(f, "{line}")?;
            }
            match &data.term {
                Some(Terminator::Jump(t, args)) => {
                    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
                    writeln!(f, "    jump {t}({})", args.join(", "))?
                }
                Some(Terminator::Branch { cond, then, else_ }) => writeln!(f, "    branch {cond}, {then}, {else_}")?,
                Some(Terminator::Return(v)) => writeln!(f, "    return {v}")?,
                Some(Terminator::Raise) => writeln!(f, "    raise")?,
                Some(Terminator::IterNext { iter, body, done, on_error }) => {
                    writeln!(f, "    iter_next {iter}, {body}, {done} !> {on_error}")?
                }
                None => writeln!(f, "    <no terminator>")?,
            }
        }
        writeln!(f, "}}")
    }
}

//! Lowering: syntax tree + scopes → IR.
//!
//! Input: the module's statements and its [`ScopeTable`]. Output: an IR [`Module`] with one
//! function per `def`/`lambda` plus the module body, which the verifier accepts.
//!
//! How Python constructs become IR (the invariants later passes rely on):
//! - **Ownership.** Every `Obj` value an expression produces is an owned reference. While
//!   later operands are evaluated, earlier ones sit on `temps`; an instruction borrows its
//!   operands and the lowering releases them afterwards, except for operands the instruction
//!   steals (`Op::steals`), which leave `temps` before it.
//! - **Exceptions.** Each raising instruction gets its own landing pad: it releases what is on
//!   `temps`, records a traceback entry for the current line, and jumps to the innermost
//!   handler (an `except` dispatch, a `finally`'s exceptional path, or the cleanup of a running
//!   `except` block) or to the function's error exit.
//! - **Leaving blocks early.** `break`, `continue` and `return` unwind the `unwind` stack to
//!   their target, running (inlining) every `finally` body they cross and leaving every
//!   `except` block they cross, as CPython does.
//! - **Calls.** A call to a module-level function bound only by its plain `def`, with exactly
//!   its positional parameters, is a direct call; every other call uses the generic protocol.
//! - **Frames.** Every function starts with `EnterFrame` (the recursion limit) and leaves through
//!   one normal exit and one error exit, both of which `ReleaseFrame` (every local released).
//!
//! Follows the structure of CPython's `Python/compile.c` for statement and expression order.

use crate::ast::{
    self, BinOp, BoolOp, CmpOp, ComprehensionKind, Constant, Expr, ExprKind, FStringPart, Loc, Stmt, StmtKind, UnaryOp,
};
use crate::diagnostics::{CompileResult, Diagnostic, Kind};
use crate::ir::{
    Block, Const, ConstId, ConstOrSmall, FuncId, Function, GenKind, GlobalData, GlobalId, LocalData, LocalId,
    LocalKind, Module, Op, RtFunc, Terminator, Type, Value,
};
use crate::modules::ImportContext;
use crate::resolve::{NameRef, Scope, ScopeKind, ScopeTable, CLASS_CELL};
use num_traits::ToPrimitive;
use std::collections::HashMap;

mod patterns;

/// Smallest and largest int the runtime holds as an immediate (63-bit signed).
const SMALL_INT_MIN: i64 = -(1 << 62);
const SMALL_INT_MAX: i64 = (1 << 62) - 1;

/// Lower a module of a single-file program.
pub fn lower_module(name: &str, file: &str, body: &[Stmt], scopes: &ScopeTable) -> CompileResult<Module> {
    lower_program_module(name, file, body, scopes, &ImportContext::default())
}

/// Lower one module of a program; its imports resolve against `imports` (`program.rs`).
pub fn lower_program_module(
    name: &str,
    file: &str,
    body: &[Stmt],
    scopes: &ScopeTable,
    imports: &ImportContext,
) -> CompileResult<Module> {
    let mut mc = ModuleCx {
        m: Module::new(name, file),
        scopes,
        file,
        func_ids: HashMap::new(),
        global_ids: HashMap::new(),
        imports,
        namespace: None,
    };
    let main = mc.m.funcs.push(Function::default());
    mc.m.main = Some(main);
    let f = FnCx::new(&mut mc, main, &scopes.module, "<module>".into(), "<module>".into(), 1, true);
    f.lower_body(body)?;
    Ok(mc.m)
}

/// Globals every module has, set by the runtime when it creates the module object.
const MODULE_DUNDERS: &[&str] =
    &["__name__", "__file__", "__doc__", "__package__", "__loader__", "__spec__", "__path__", "__annotations__"];

struct ModuleCx<'a> {
    m: Module,
    scopes: &'a ScopeTable,
    file: &'a str,
    /// The function id of each `def`/`lambda`, by position (allocated on first reference, so a
    /// call can name a function lowered later).
    func_ids: HashMap<Loc, FuncId>,
    global_ids: HashMap<String, GlobalId>,
    imports: &'a ImportContext,
    /// The namespace slot, for a module with dynamic globals (`ScopeTable::dynamic_globals`):
    /// its globals are read and written in that dict, by name.
    namespace: Option<GlobalId>,
}

impl ModuleCx<'_> {
    fn func_id(&mut self, loc: Loc) -> FuncId {
        if let Some(&id) = self.func_ids.get(&loc) {
            return id;
        }
        let id = self.m.funcs.push(Function::default());
        self.func_ids.insert(loc, id);
        id
    }

    /// The `def` a global is bound by once and for all (`ScopeTable::sole_def`), unless some
    /// module of the program may rebind it through the module object.
    fn sole_def(&self, name: &str) -> Option<Loc> {
        if self.imports.may_rebind(name) || self.scopes.dynamic_globals {
            return None;
        }
        self.scopes.sole_def(name)
    }

    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(&g) = self.global_ids.get(name) {
            return g;
        }
        let name_const = self.m.str_const(name);
        let g = self.m.globals.push(GlobalData {
            name: name.to_string(),
            name_const,
            // The runtime binds a module's own dunders (`__name__`, `__file__`, …) in its slots.
            builtin_only: !self.scopes.is_bound_global(name) && !MODULE_DUNDERS.contains(&name),
            stable: self.sole_def(name).is_some(),
            namespace: false,
        });
        self.global_ids.insert(name.to_string(), g);
        g
    }

    /// The slot holding the namespace dict of a module with dynamic globals.
    fn namespace_global(&mut self) -> GlobalId {
        if let Some(g) = self.namespace {
            return g;
        }
        let name_const = self.m.str_const("");
        let g = self.m.globals.push(GlobalData {
            name: String::new(),
            name_const,
            builtin_only: false,
            stable: false,
            namespace: true,
        });
        self.namespace = Some(g);
        g
    }
}

/// What `break`/`continue`/`return` must do on their way out of a construct.
enum Unwind<'a> {
    /// A loop; a `for` loop's iterator is held in `iter`, released on the way out (as
    /// CPython pops it), so a generator being iterated is closed before outer `finally`
    /// bodies and handlers run.
    Loop { continue_to: Block, break_to: Block, iter: Option<LocalId> },
    /// Run this `finally` body; while it runs, exceptions go to the handlers below `handlers`.
    Finally { body: &'a [Stmt], handlers: usize },
    /// Leave an `except` block: pop the handled exception and unbind the `as` name.
    Handler { name: Option<String> },
    /// Leave a `finally` body running for an exception: pop the handled exception.
    PendingException,
    /// Inside an `except*` clause: `break`, `continue` and `return` may not leave it.
    StarHandler,
    /// Leave a `with` block: call the `__exit__` held in `exit` with `None`s (and await
    /// the result, for `async with`); while it runs, exceptions go to the handlers below
    /// `handlers`.
    WithExit { exit: LocalId, handlers: usize, is_async: bool },
}

struct FnCx<'a, 'm> {
    mc: &'m mut ModuleCx<'a>,
    f: Function,
    id: FuncId,
    scope: &'a Scope,
    qualname: String,
    cur: Block,
    line: u32,
    temps: Vec<Value>,
    handlers: Vec<Block>,
    unwind: Vec<Unwind<'a>>,
    exit: Block,
    error_exit: Block,
    fast: Vec<LocalId>,
    cells: Vec<LocalId>,
    frees: Vec<LocalId>,
    /// Compiler temporaries by (purpose, nesting depth, index); see `hidden`.
    hidden_slots: HashMap<(&'static str, usize, usize), LocalId>,
}

impl<'a, 'm> FnCx<'a, 'm> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        mc: &'m mut ModuleCx<'a>,
        id: FuncId,
        scope: &'a Scope,
        name: String,
        qualname: String,
        firstline: u32,
        is_module: bool,
    ) -> FnCx<'a, 'm> {
        let mut f = Function {
            name,
            qualname: qualname.clone(),
            firstline,
            sig: scope.sig.clone(),
            is_module_body: is_module,
            is_generator: scope.is_generator || scope.is_async,
            gen_kind: match (scope.is_async, scope.is_generator) {
                (false, _) => GenKind::Generator,
                (true, false) => GenKind::Coroutine,
                (true, true) => GenKind::AsyncGenerator,
            },
            ..Function::default()
        };
        let code = mc.m.constant(Const::Code(id));
        f.code = Some(code);
        let mut local = |name: &String, kind| {
            let name_const = mc.m.str_const(name);
            f.locals.push(LocalData { name: name.clone(), is_param: scope.params.contains(name), kind, name_const })
        };
        let fast = scope.fast.iter().map(|n| local(n, LocalKind::Fast)).collect();
        let cells = scope.cells.iter().map(|n| local(n, LocalKind::Cell)).collect();
        let frees = scope.frees.iter().map(|n| local(n, LocalKind::Free)).collect();
        let entry = f.new_block();
        f.entry = Some(entry);
        let exit = f.new_block();
        f.add_block_param(exit, Type::Obj);
        let error_exit = f.new_block();
        f.blocks[error_exit].cold = true;
        FnCx {
            mc,
            f,
            id,
            scope,
            qualname,
            cur: entry,
            line: firstline,
            temps: Vec::new(),
            handlers: Vec::new(),
            unwind: Vec::new(),
            exit,
            error_exit,
            fast,
            cells,
            frees,
            hidden_slots: HashMap::new(),
        }
    }

    // ---- emission helpers ----------------------------------------------------------------------

    fn err(&self, loc: Loc, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::at(Kind::Semantic, self.mc.file, loc, msg)
    }

    fn unsupported(&self, loc: Loc, what: &str) -> Diagnostic {
        Diagnostic::unsupported(self.mc.file, loc, what)
    }

    fn new_block(&mut self) -> Block {
        self.f.new_block()
    }

    fn cold_block(&mut self) -> Block {
        let b = self.f.new_block();
        self.f.blocks[b].cold = true;
        b
    }

    fn terminate(&mut self, t: Terminator) {
        let data = &mut self.f.blocks[self.cur];
        debug_assert!(data.term.is_none(), "{} terminated twice", self.cur);
        data.term = Some(t);
    }

    fn jump(&mut self, to: Block, args: Vec<Value>) {
        self.terminate(Terminator::Jump(to, args));
    }

    fn switch_to(&mut self, b: Block) {
        self.cur = b;
    }

    /// Continue in a fresh block no edge reaches (after `return`, `raise`, `break`…).
    fn dead_block(&mut self) {
        let b = self.new_block();
        self.switch_to(b);
    }

    fn handler_target(&self) -> Block {
        self.handlers.last().copied().unwrap_or(self.error_exit)
    }

    /// A landing pad for an instruction raising now: release the live temporaries, record the
    /// traceback entry (unless `tb` is false), go to the handler.
    fn landing(&mut self, tb: bool) -> Block {
        let pad = self.cold_block();
        let saved = self.cur;
        self.cur = pad;
        for &t in self.temps.clone().iter().rev() {
            self.push_inst(Op::DecRef, vec![t], None);
        }
        if tb {
            self.push_inst(Op::TracebackHere(self.line), vec![], None);
        }
        let target = self.handler_target();
        self.jump(target, vec![]);
        self.cur = saved;
        pad
    }

    fn push_inst(&mut self, op: Op, args: Vec<Value>, on_error: Option<Block>) -> Option<Value> {
        let result = Function::result_type(&op).map(|t| self.f.new_value(t));
        let inst = self.f.insts.push(crate::ir::InstData { op, args, result, on_error, line: self.line });
        self.f.blocks[self.cur].insts.push(inst);
        result
    }

    /// Emit an instruction, giving it a landing pad if it can raise.
    fn emit(&mut self, op: Op, args: Vec<Value>) -> Option<Value> {
        let on_error = Function::can_raise(&op).then(|| self.landing(true));
        self.push_inst(op, args, on_error)
    }

    /// Emit an instruction producing a value.
    fn value(&mut self, op: Op, args: Vec<Value>) -> Value {
        self.emit(op, args).expect("opcode produces a value")
    }

    fn decref(&mut self, v: Value) {
        self.push_inst(Op::DecRef, vec![v], None);
    }

    fn incref(&mut self, v: Value) {
        self.push_inst(Op::IncRef, vec![v], None);
    }

    fn push_temp(&mut self, v: Value) {
        self.temps.push(v);
    }

    fn pop_temp(&mut self, v: Value) {
        let t = self.temps.pop();
        debug_assert_eq!(t, Some(v), "temporaries popped out of order");
    }

    fn pop_temps(&mut self, vs: &[Value]) {
        for &v in vs.iter().rev() {
            self.pop_temp(v);
        }
    }

    fn const_value(&mut self, c: Const) -> Value {
        let id = self.mc.m.constant(c);
        self.value(Op::Const(id), vec![])
    }

    fn none(&mut self) -> Value {
        self.const_value(Const::None)
    }

    fn str_const(&mut self, s: &str) -> ConstId {
        self.mc.m.str_const(s)
    }

    /// `import name` at run time: the named module (owned).
    fn import_module(&mut self, name: &str) -> Value {
        let n = self.str_const(name);
        let nv = self.value(Op::Const(n), vec![]);
        self.value(Op::Rt(RtFunc::Import), vec![nv])
    }

    /// `import a.b.c [as n]`, each name in turn.
    fn lower_import(&mut self, loc: Loc, names: &[(String, Option<String>)]) -> CompileResult<()> {
        for (name, alias) in names {
            crate::modules::check_import(self.mc.imports, self.mc.file, loc, name)?;
            // The runtime's `import` returns the named (innermost) module; without an alias,
            // `import a.b` binds the top-level package `a`, as CPython does.
            let m = self.import_module(name);
            match (alias, name.split_once('.')) {
                (Some(a), _) => self.store_name(a, m),
                (None, None) => self.store_name(name, m),
                (None, Some((top, _))) => {
                    self.decref(m);
                    let t = self.import_module(top);
                    self.store_name(top, t);
                }
            }
        }
        Ok(())
    }

    /// `from [dots]module import x [as y], …`. A relative module is resolved here, against the
    /// module's package; one that cannot be resolved compiles to an import of `.` (no parent
    /// package) or `..` (beyond the top-level package), which the runtime reports as CPython
    /// does.
    fn lower_import_from(
        &mut self,
        loc: Loc,
        module: Option<&str>,
        level: u32,
        names: &[(String, Option<String>)],
    ) -> CompileResult<()> {
        let module = if level > 0 {
            match crate::modules::resolve_relative(self.mc.imports.package.as_deref(), module, level) {
                Ok(m) => m,
                Err(e) if e.contains("no known parent") => ".".to_string(),
                Err(_) => "..".to_string(),
            }
        } else {
            let module = module.unwrap_or_default().to_string();
            if module == "__future__" {
                return crate::modules::check_future(self.mc.file, loc, names);
            }
            crate::modules::check_import(self.mc.imports, self.mc.file, loc, &module)?;
            module
        };
        let m = self.import_module(&module);
        if names.iter().any(|(n, _)| n == "*") {
            // Module level only (`resolve.rs`), where the globals are then dynamic.
            self.push_temp(m);
            let ns = self.namespace();
            self.emit(Op::Rt(RtFunc::ImportStar), vec![m, ns]);
            self.pop_temp(m);
            self.decref(m);
            return Ok(());
        }
        self.push_temp(m);
        for (name, alias) in names {
            let n = self.str_const(name);
            let nv = self.value(Op::Const(n), vec![]);
            let v = self.value(Op::Rt(RtFunc::ImportFrom), vec![m, nv]);
            self.store_name(alias.as_deref().unwrap_or(name), v);
        }
        self.pop_temp(m);
        self.decref(m);
        Ok(())
    }

    /// A compiler temporary for `what` at the current nesting depth. Constructs that follow one
    /// another at the same depth are never live at once, so they share one slot: a function
    /// with many `try` statements gets one "caught exception" slot per depth, not one each,
    /// which keeps codegen's variable count (and its SSA and register work) small.
    fn hidden(&mut self, what: &'static str) -> LocalId {
        self.hidden_indexed(what, 0)
    }

    /// [`Self::hidden`] for several slots live at once at the same depth (nested clauses).
    fn hidden_indexed(&mut self, what: &'static str, index: usize) -> LocalId {
        let key = (what, self.unwind.len(), index);
        if let Some(&l) = self.hidden_slots.get(&key) {
            return l;
        }
        let name_const = self.str_const(what);
        let l =
            self.f.locals.push(LocalData { name: what.into(), kind: LocalKind::Hidden, name_const, is_param: false });
        self.hidden_slots.insert(key, l);
        l
    }

    /// Read a compiler temporary (always bound), borrowed.
    fn peek_local(&mut self, l: LocalId) -> Value {
        self.value(Op::LoadFast { local: l, borrow: true, checked: false }, vec![])
    }

    // ---- functions -----------------------------------------------------------------------------

    /// Lower the body of this function (or the module) and add it to the module.
    fn lower_body(mut self, body: &'a [Stmt]) -> CompileResult<()> {
        self.prologue();
        // A module that annotates a name gets `__annotations__` first (`SETUP_ANNOTATIONS`).
        if self.f.is_module_body && has_annotations(body) {
            let d = self.value(Op::Rt(RtFunc::BuildDict), vec![]);
            self.store_name("__annotations__", d);
        }
        self.stmts(body)?;
        if self.f.blocks[self.cur].term.is_none() {
            let none = self.none();
            let exit = self.exit;
            self.jump(exit, vec![none]);
        }
        self.finish()
    }

    /// The body of a comprehension's function: the clauses as nested loops around adding each
    /// element to the result, which is returned.
    fn lower_comprehension_body(mut self, c: Comprehension<'a>) -> CompileResult<()> {
        self.prologue();
        let build = match c.kind {
            ComprehensionKind::List => RtFunc::BuildList,
            ComprehensionKind::Dict => RtFunc::BuildDict,
            ComprehensionKind::Set => RtFunc::BuildSet,
            // A generator expression yields each element; it returns None.
            ComprehensionKind::Generator => {
                let unused = self.hidden("comprehension result");
                self.comprehension_clause(&c, 0, unused)?;
                let none = self.none();
                let exit = self.exit;
                self.jump(exit, vec![none]);
                return self.finish();
            }
        };
        let result = self.value(Op::Rt(build), vec![]);
        let slot = self.hidden("comprehension result");
        self.push_inst(Op::StoreFast(slot), vec![result], None);
        self.comprehension_clause(&c, 0, slot)?;
        let r = self.peek_local(slot);
        self.incref(r);
        let exit = self.exit;
        self.jump(exit, vec![r]);
        self.finish()
    }

    /// The innermost part of a comprehension: add the element to the result, or yield it
    /// (a generator expression).
    fn comprehension_element(&mut self, c: &Comprehension<'a>, result: LocalId) -> CompileResult<()> {
        if c.kind == ComprehensionKind::Generator {
            let v = self.expr(c.elt)?;
            let sent = self.yield_value(v);
            self.decref(sent);
            return Ok(());
        }
        let r = self.peek_local(result);
        let k = self.expr(c.elt)?;
        self.push_temp(k);
        match c.value {
            Some(value) => {
                let v = self.expr(value)?;
                self.push_temp(v);
                self.emit(Op::Rt(RtFunc::DictSetItem), vec![r, k, v]);
                self.pop_temp(v);
                self.decref(v);
            }
            None => {
                let add = if c.kind == ComprehensionKind::Set { RtFunc::SetAdd } else { RtFunc::ListAppend };
                self.emit(Op::Rt(add), vec![r, k]);
            }
        }
        self.pop_temp(k);
        self.decref(k);
        Ok(())
    }

    /// Clause `i` of a comprehension: loop over its iterable, filter, then the next clause or
    /// the element.
    fn comprehension_clause(&mut self, c: &Comprehension<'a>, i: usize, result: LocalId) -> CompileResult<()> {
        let g = &c.generators[i];
        self.line = g.iter.loc.line;
        let iter_slot = if i == 0 {
            // The first iterator arrives as the parameter `.0`.
            match self.scope.lookup(crate::resolve::COMPREHENSION_ARG) {
                NameRef::Fast(k) => self.fast[k],
                other => {
                    return Err(Diagnostic::internal("lower", format!("comprehension argument resolved to {other:?}")))
                }
            }
        } else {
            let seq = self.expr(&g.iter)?;
            self.push_temp(seq);
            let get = if g.is_async { RtFunc::GetAIter } else { RtFunc::GetIter };
            let it = self.value(Op::Rt(get), vec![seq]);
            self.pop_temp(seq);
            self.decref(seq);
            let slot = self.hidden_indexed("comprehension iterator", i);
            self.push_inst(Op::StoreFast(slot), vec![it], None);
            slot
        };
        let (head, body, done) = (self.new_block(), self.new_block(), self.new_block());
        let item = self.f.add_block_param(body, Type::Obj);
        self.jump(head, vec![]);
        self.switch_to(head);
        if g.is_async {
            self.async_next(iter_slot, body, done);
        } else {
            let itv = self.peek_local(iter_slot);
            let pad = self.landing(true);
            self.terminate(Terminator::IterNext { iter: itv, body, done, on_error: pad });
        }
        self.switch_to(body);
        self.assign(&g.target, item)?;
        for cond in &g.ifs {
            let keep = self.new_block();
            self.cond(cond, keep, head)?;
            self.switch_to(keep);
        }
        if i + 1 < c.generators.len() {
            self.comprehension_clause(c, i + 1, result)?;
        } else {
            self.line = c.elt.loc.line;
            self.comprehension_element(c, result)?;
        }
        self.jump(head, vec![]);
        self.switch_to(done);
        if i > 0 {
            self.push_inst(Op::ClearLocal(iter_slot), vec![], None);
        }
        Ok(())
    }

    /// A class body: `__module__`, `__qualname__`, the docstring and `__annotations__` go
    /// into the namespace first; then the statements run, binding names in the namespace;
    /// the `__class__` cell, when methods use it, is left there as `__classcell__` for
    /// `type.__new__` to fill (`compiler_class_body` in CPython).
    fn lower_class_body(mut self, body: &'a [Stmt]) -> CompileResult<()> {
        self.prologue();
        let module = self.const_value(Const::Str(self.mc.m.name.clone()));
        self.class_store("__module__", module);
        let qualname = self.const_value(Const::Str(self.qualname.clone()));
        self.class_store("__qualname__", qualname);
        if let Some(doc) = docstring(body) {
            let d = self.const_value(Const::Str(doc.to_string()));
            self.class_store("__doc__", d);
        }
        if has_annotations(body) {
            let d = self.value(Op::Rt(RtFunc::BuildDict), vec![]);
            self.class_store("__annotations__", d);
        }
        self.stmts(body)?;
        if self.f.blocks[self.cur].term.is_none() {
            if let Some(i) = self.scope.cells.iter().position(|n| n == CLASS_CELL) {
                let cell = self.value(Op::PeekCell(self.cells[i]), vec![]);
                self.incref(cell);
                self.class_store("__classcell__", cell);
            }
            let none = self.none();
            let exit = self.exit;
            self.jump(exit, vec![none]);
        }
        self.finish()
    }

    fn lower_lambda_body(mut self, body: &'a Expr) -> CompileResult<()> {
        self.prologue();
        let v = self.expr(body)?;
        let exit = self.exit;
        self.jump(exit, vec![v]);
        self.finish()
    }

    /// Entry: parameters into their locals (or cells), closure cells into free locals, then the
    /// recursion check.
    fn prologue(&mut self) {
        let entry = self.cur;
        if !self.f.is_module_body {
            let func = self.f.add_block_param(entry, Type::Obj);
            let names = self.f.sig.slot_names.clone();
            let params: Vec<Value> = names.iter().map(|_| self.f.add_block_param(entry, Type::Obj)).collect();
            for (name, p) in names.iter().zip(params) {
                match self.scope.lookup(name) {
                    NameRef::Cell(i) => {
                        self.push_inst(Op::MakeCell(self.cells[i]), vec![p], None);
                    }
                    _ => {
                        let l =
                            self.fast[self.scope.fast.iter().position(|n| n == name).expect("parameter is a local")];
                        self.push_inst(Op::StoreFast(l), vec![p], None);
                    }
                }
            }
            for (i, name) in self.scope.cells.iter().enumerate() {
                if !names.contains(name) {
                    self.push_inst(Op::MakeCell(self.cells[i]), vec![], None);
                }
            }
            for (i, &l) in self.frees.clone().iter().enumerate() {
                self.push_inst(Op::LoadClosure { local: l, index: i as u32 }, vec![func], None);
            }
        }
        // A RecursionError is reported at the caller's line, as CPython does: no entry here.
        let pad = self.landing(false);
        self.push_inst(Op::EnterFrame, vec![], Some(pad));
    }

    fn finish(mut self) -> CompileResult<()> {
        self.cur = self.exit;
        let ret = self.f.blocks[self.exit].params[0];
        self.push_inst(Op::ReleaseFrame, vec![], None);
        self.terminate(Terminator::Return(ret));
        self.cur = self.error_exit;
        self.push_inst(Op::ReleaseFrame, vec![], None);
        self.terminate(Terminator::Raise);
        // Blocks left open are the dead ones started after `return`/`raise`/`break`; any other
        // open block would be a lowering bug, which the verifier reports.
        let mut has_pred = vec![false; self.f.blocks.len()];
        for data in self.f.blocks.values() {
            if let Some(t) = &data.term {
                for s in t.successors() {
                    has_pred[s.as_u32() as usize] = true;
                }
            }
        }
        for (b, data) in self.f.blocks.iter_mut() {
            if data.term.is_none() && !has_pred[b.as_u32() as usize] && Some(b) != self.f.entry {
                data.term = Some(Terminator::Raise);
            }
        }
        self.mc.m.funcs[self.id] = self.f;
        Ok(())
    }

    /// `def` and `lambda`: lower the nested function, then build its function object here.
    fn make_function(
        &mut self,
        loc: Loc,
        name: &str,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
        body: FnBody<'a>,
    ) -> CompileResult<Value> {
        let scopes: &'a ScopeTable = self.mc.scopes;
        let scope = scopes.function(loc);
        let (name, qualname) = match &body {
            // CPython 3.12 inlines comprehensions (PEP 709): tracebacks show the enclosing
            // function, so the comprehension's code object carries its name.
            FnBody::Comprehension(c) if c.kind != ComprehensionKind::Generator => {
                (self.f.name.clone(), format!("{}.{name}", self.qualname))
            }
            _ if self.f.is_module_body => (name.to_string(), name.to_string()),
            _ if self.scope.kind == ScopeKind::Class => (name.to_string(), format!("{}.{name}", self.qualname)),
            _ => (name.to_string(), format!("{}.<locals>.{}", self.qualname, name)),
        };
        let fid = self.mc.func_id(loc);
        // Defaults and keyword-only defaults are evaluated here, left to right.
        let defaults: Vec<&Expr> =
            params.posonly.iter().chain(&params.args).filter_map(|p| p.default.as_ref()).collect();
        let mut defaults_v = None;
        if !defaults.is_empty() {
            let vals = self.exprs(&defaults)?;
            self.pop_temps(&vals);
            defaults_v = Some(self.value(Op::Rt(RtFunc::BuildTuple), vals));
            self.push_temp(defaults_v.expect("built"));
        }
        let mut kwdefaults_v = None;
        if params.kwonly.iter().any(|p| p.default.is_some()) {
            let mut pairs = Vec::new();
            for p in params.kwonly.iter() {
                if let Some(d) = &p.default {
                    let k = self.str_const(&p.name);
                    let k = self.value(Op::Const(k), vec![]);
                    self.push_temp(k);
                    let v = self.expr(d)?;
                    self.push_temp(v);
                    pairs.push(k);
                    pairs.push(v);
                }
            }
            self.pop_temps(&pairs);
            kwdefaults_v = Some(self.value(Op::Rt(RtFunc::BuildDict), pairs));
            self.push_temp(kwdefaults_v.expect("built"));
        }
        // Annotations, in CPython's order: positional, positional-only, `*args`, keyword-only,
        // `**kwargs`, return (`compiler_visit_annotations`).
        let mut annotations_v = None;
        let named: Vec<(&str, &'a Expr)> = params
            .args
            .iter()
            .chain(&params.posonly)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(params.vararg.as_deref().zip(params.vararg_annotation.as_ref()))
            .chain(params.kwonly.iter().filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a))))
            .chain(params.kwarg.as_deref().zip(params.kwarg_annotation.as_ref()))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !named.is_empty() {
            let mut pairs = Vec::new();
            for (n, a) in named {
                let k = self.str_const(n);
                let k = self.value(Op::Const(k), vec![]);
                self.push_temp(k);
                let v = self.expr(a)?;
                self.push_temp(v);
                pairs.push(k);
                pairs.push(v);
            }
            self.pop_temps(&pairs);
            annotations_v = Some(self.value(Op::Rt(RtFunc::BuildDict), pairs));
            self.push_temp(annotations_v.expect("built"));
        }
        let mut closure_v = None;
        if !scope.frees.is_empty() {
            let mut cells = Vec::new();
            for n in &scope.frees {
                // By position, not `lookup`: in a class body a name can be both bound in the
                // namespace and passed through to a method's closure.
                let l = if let Some(i) = self.scope.cells.iter().position(|c| c == n) {
                    self.cells[i]
                } else if let Some(i) = self.scope.frees.iter().position(|c| c == n) {
                    self.frees[i]
                } else {
                    return Err(Diagnostic::internal(
                        "lower",
                        format!("free variable '{n}' of {qualname} is neither a cell nor free in its encloser"),
                    ));
                };
                let c = self.value(Op::PeekCell(l), vec![]);
                self.incref(c);
                cells.push(c);
            }
            closure_v = Some(self.value(Op::Rt(RtFunc::BuildTuple), cells));
        }
        if let Some(a) = annotations_v {
            self.pop_temp(a);
        }
        if let Some(k) = kwdefaults_v {
            self.pop_temp(k);
        }
        if let Some(d) = defaults_v {
            self.pop_temp(d);
        }
        let args: Vec<Value> = [defaults_v, kwdefaults_v, closure_v].into_iter().flatten().collect();
        let func = self.value(
            Op::MakeFunction {
                func: fid,
                defaults: defaults_v.is_some(),
                kwdefaults: kwdefaults_v.is_some(),
                closure: closure_v.is_some(),
            },
            args,
        );
        if let Some(a) = annotations_v {
            self.push_temp(func);
            self.push_temp(a);
            let name = self.str_const("__annotations__");
            let name = self.value(Op::Const(name), vec![]);
            self.emit(Op::Rt(RtFunc::SetAttr), vec![func, name, a]);
            self.pop_temps(&[func, a]);
            self.decref(a);
        }
        // Lower the nested function itself.
        let child = FnCx::new(self.mc, fid, scope, name, qualname, loc.line, false);
        match body {
            FnBody::Stmts(b) => child.lower_body(b)?,
            FnBody::Class(b) => child.lower_class_body(b)?,
            FnBody::Expr(e) => child.lower_lambda_body(e)?,
            FnBody::Comprehension(c) => child.lower_comprehension_body(c)?,
        }
        Ok(func)
    }

    /// A comprehension: evaluate the first iterable here, then call the comprehension's own
    /// function with its iterator. The call records no traceback entry: the comprehension's
    /// frame already did, under this function's name, as CPython 3.12 shows it.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: ComprehensionKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [ast::Generator],
    ) -> CompileResult<Value> {
        let first =
            generators.first().ok_or_else(|| Diagnostic::internal("lower", "a comprehension without clauses"))?;
        let seq = self.expr(&first.iter)?;
        self.push_temp(seq);
        let get = if first.is_async { RtFunc::GetAIter } else { RtFunc::GetIter };
        let it = self.value(Op::Rt(get), vec![seq]);
        self.pop_temp(seq);
        self.decref(seq);
        self.push_temp(it);
        let what = match kind {
            ComprehensionKind::Generator => "<genexpr>",
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
        };
        let c = Comprehension { kind, elt, value, generators };
        let func = self.make_function(e.loc, what, &NO_PARAMETERS, None, FnBody::Comprehension(c))?;
        self.pop_temp(it);
        self.push_temp(func);
        self.line = e.loc.line;
        let pad = self.landing(false);
        let fid = self.mc.func_id(e.loc);
        let r = self.push_inst(Op::CallDirect(fid), vec![func, it], Some(pad)).expect("a result");
        self.pop_temp(func);
        self.decref(func);
        if kind != ComprehensionKind::Generator && self.mc.scopes.function(e.loc).is_async {
            // An asynchronous comprehension is a coroutine, awaited here; its frame already
            // recorded the traceback entry under this function's name.
            let aw = self.value(Op::Rt(RtFunc::GetAwaitable), vec![r]);
            self.decref(r);
            return Ok(self.delegate(aw, false));
        }
        Ok(r)
    }

    /// `class C(bases, **keywords): body` (`compiler_class`): decorators, bases and keywords
    /// are evaluated here, the metaclass's `__prepare__` makes the namespace, the body runs
    /// as its own function filling it, the metaclass builds the class, and the decorators
    /// apply innermost first.
    fn class_def(&mut self, c: &'a ast::ClassDef) -> CompileResult<()> {
        let decorators = self.exprs(&c.decorators.iter().collect::<Vec<_>>())?;
        self.line = c.loc.line;
        let bases = if c.bases.iter().any(|b| matches!(b.kind, ExprKind::Starred(_))) {
            let list = self.gather_list(&c.bases, None)?;
            self.push_temp(list);
            let t = self.value(Op::Rt(RtFunc::ListToTuple), vec![list]);
            self.pop_temp(list);
            self.decref(list);
            t
        } else {
            let vals = self.exprs(&c.bases.iter().collect::<Vec<_>>())?;
            self.pop_temps(&vals);
            self.value(Op::Rt(RtFunc::BuildTuple), vals)
        };
        self.push_temp(bases);
        let kwargs = if c.keywords.is_empty() {
            None
        } else {
            let d = self.value(Op::Rt(RtFunc::BuildDict), vec![]);
            self.push_temp(d);
            for k in &c.keywords {
                match &k.arg {
                    Some(name) => {
                        let kv = self.str_const(name);
                        let kv = self.value(Op::Const(kv), vec![]);
                        let vv = self.expr(&k.value)?;
                        self.push_temp(vv);
                        self.emit(Op::Rt(RtFunc::DictSetItem), vec![d, kv, vv]);
                        self.pop_temp(vv);
                        self.decref(vv);
                    }
                    None => self.feed(RtFunc::DictMerge, &[d], &k.value)?,
                }
            }
            Some(d)
        };
        self.line = c.loc.line;
        let name = self.str_const(&c.name);
        let name = self.value(Op::Const(name), vec![]);
        let ns = match kwargs {
            Some(kw) => self.value(Op::Rt(RtFunc::ClassPrepare), vec![name, bases, kw]),
            None => self.value(Op::Rt(RtFunc::ClassPrepareNoKw), vec![name, bases]),
        };
        self.push_temp(ns);
        let func = self.make_function(c.loc, &c.name, &NO_PARAMETERS, None, FnBody::Class(&c.body))?;
        self.push_temp(func);
        self.line = c.loc.line;
        self.incref(ns);
        let fid = self.mc.func_id(c.loc);
        let r = self.value(Op::CallDirect(fid), vec![func, ns]);
        self.decref(r);
        self.pop_temp(func);
        self.decref(func);
        let mut cls = match kwargs {
            Some(kw) => self.value(Op::Rt(RtFunc::ClassBuild), vec![name, bases, ns, kw]),
            None => self.value(Op::Rt(RtFunc::ClassBuildNoKw), vec![name, bases, ns]),
        };
        self.pop_temp(ns);
        self.decref(ns);
        if let Some(kw) = kwargs {
            self.pop_temp(kw);
            self.decref(kw);
        }
        self.pop_temp(bases);
        self.decref(bases);
        for &d in decorators.iter().rev() {
            self.push_temp(cls);
            let r = self.value(Op::Call { kwnames: None }, vec![d, cls]);
            self.pop_temp(cls);
            self.decref(cls);
            self.pop_temp(d);
            self.decref(d);
            cls = r;
        }
        self.store_name(&c.name, cls);
        Ok(())
    }

    /// `yield from x` (PEP 380), as a loop in the IR: send each value received to the
    /// delegate and yield what it yields; an exception thrown into this generator while it is
    /// suspended is forwarded to the delegate (`throw`, or `close` for `GeneratorExit`); the
    /// delegate's return value is the expression's value.
    fn yield_from(&mut self, e: &'a Expr, x: &'a Expr) -> CompileResult<Value> {
        let v = self.expr(x)?;
        self.push_temp(v);
        self.line = e.loc.line;
        let it = self.value(Op::Rt(RtFunc::YieldFromIter), vec![v]);
        self.pop_temp(v);
        self.decref(v);
        Ok(self.delegate(it, true))
    }

    /// `await x`: `yield from` the iterator `GET_AWAITABLE` finds (`docs/design/generators.md`).
    fn await_expr(&mut self, e: &'a Expr, x: &'a Expr) -> CompileResult<Value> {
        let v = self.expr(x)?;
        self.line = e.loc.line;
        Ok(self.await_value(v, RtFunc::GetAwaitable))
    }

    /// Await `v` (stolen): `get` finds the iterator to delegate to (`GetAwaitable`, or its
    /// `async with` forms with their own messages); the result is the awaitable's.
    fn await_value(&mut self, v: Value, get: RtFunc) -> Value {
        self.push_temp(v);
        let it = self.value(Op::Rt(get), vec![v]);
        self.pop_temp(v);
        self.decref(v);
        self.delegate(it, true)
    }

    /// The delegation loop of `yield from`/`await` over the iterator `it` (stolen): send each
    /// value received to the delegate and yield what it yields; an exception thrown into
    /// this generator while it is suspended is forwarded to the delegate (`throw`, or `close`
    /// for `GeneratorExit`); the delegate's return value is the result. `tb`: the delegate's
    /// failures record a traceback entry here.
    fn delegate(&mut self, it: Value, tb: bool) -> Value {
        let slot = self.hidden("yield from");
        self.push_inst(Op::StoreFast(slot), vec![it], None);
        let (send, yield_b, thrown, done) = (self.new_block(), self.new_block(), self.cold_block(), self.new_block());
        let sent = self.f.add_block_param(send, Type::Obj);
        let to_yield = self.f.add_block_param(yield_b, Type::Obj);
        let first = self.none();
        self.jump(send, vec![first]);
        // Send the value in; the delegate yields, or is done.
        self.switch_to(send);
        self.push_temp(sent);
        let itv = self.peek_local(slot);
        let pad = self.landing(tb);
        let r = self.push_inst(Op::Rt(RtFunc::YieldFromSend), vec![itv, sent], Some(pad)).expect("a result");
        self.pop_temp(sent);
        self.decref(sent);
        self.branch_on_done(r, done, yield_b);
        // Yield what the delegate yielded; a throw lands in `thrown`.
        self.switch_to(yield_b);
        let got = self.push_inst(Op::Yield, vec![to_yield], Some(thrown)).expect("a result");
        self.jump(send, vec![got]);
        self.switch_to(thrown);
        let itv = self.peek_local(slot);
        let pad = self.landing(tb);
        let r = self.push_inst(Op::Rt(RtFunc::YieldFromThrow), vec![itv], Some(pad)).expect("a result");
        self.branch_on_done(r, done, yield_b);
        self.switch_to(done);
        self.push_inst(Op::ClearLocal(slot), vec![], None);
        self.value(Op::Rt(RtFunc::YieldFromResult), vec![])
    }

    /// `yield v` (v stolen): an async generator hands up its values wrapped, so that its
    /// `asend`/`athrow` awaitables tell them from what an `await` in it passes through.
    fn yield_value(&mut self, v: Value) -> Value {
        let v = if self.f.gen_kind == GenKind::AsyncGenerator {
            self.push_temp(v);
            let w = self.value(Op::Rt(RtFunc::AsyncGenWrap), vec![v]);
            self.pop_temp(v);
            self.decref(v);
            w
        } else {
            v
        };
        self.value(Op::Yield, vec![v])
    }

    /// One step of `async for` over the async iterator in `slot`: await `__anext__()`; the
    /// item goes to `body` (as its parameter), the `StopAsyncIteration` that ends the loop
    /// to `done` (`END_ASYNC_FOR`); another exception continues to the handler.
    fn async_next(&mut self, slot: LocalId, body: Block, done: Block) {
        let itv = self.peek_local(slot);
        let aw = self.value(Op::Rt(RtFunc::GetANext), vec![itv]);
        let end = self.cold_block();
        self.handlers.push(end);
        let item = self.delegate(aw, true);
        self.handlers.pop();
        self.jump(body, vec![item]);
        self.switch_to(end);
        let stop = self.value(Op::Rt(RtFunc::AsyncForEnd), vec![]);
        let reraise = self.cold_block();
        self.terminate(Terminator::Branch { cond: stop, then: done, else_: reraise });
        self.switch_to(reraise);
        let target = self.handler_target();
        self.jump(target, vec![]);
    }

    /// After a delegate step: to `done` on the done marker (borrowed, nothing to release), else
    /// to `more` with the value.
    fn branch_on_done(&mut self, r: Value, done: Block, more: Block) {
        let marker = self.value(Op::Rt(RtFunc::GenDoneMarker), vec![]);
        let is_done = self.value(Op::Is, vec![r, marker]);
        let (d, m) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch { cond: is_done, then: d, else_: m });
        self.switch_to(d);
        self.jump(done, vec![]);
        self.switch_to(m);
        self.jump(more, vec![r]);
    }

    /// Zero-argument `super()`: the function's first argument and its `__class__` cell
    /// (CPython finds both in the frame; here the compiler passes them).
    fn zero_arg_super(&mut self) -> Value {
        let first = (self.scope.sig.argcount > 0).then(|| self.scope.params[0].clone());
        let cell = match self.scope.lookup(CLASS_CELL) {
            NameRef::Free(i) => Some(self.frees[i]),
            NameRef::Cell(i) => Some(self.cells[i]),
            _ => None,
        };
        let Some(first) = first else {
            return self.value(Op::Rt(RtFunc::SuperNoArg), vec![]);
        };
        let fv = self.load_name(&first);
        self.push_temp(fv);
        let r = match cell {
            Some(c) => {
                let cv = self.value(Op::PeekCell(c), vec![]);
                self.value(Op::Rt(RtFunc::Super), vec![fv, cv])
            }
            None => self.value(Op::Rt(RtFunc::SuperNoClass), vec![fv]),
        };
        self.pop_temp(fv);
        self.decref(fv);
        r
    }

    // ---- names ---------------------------------------------------------------------------------

    /// The module's namespace dict (borrowed), when its globals are dynamic.
    fn namespace(&mut self) -> Value {
        let g = self.mc.namespace_global();
        self.value(Op::PeekGlobal(g), vec![])
    }

    fn dynamic_globals(&self) -> bool {
        self.mc.scopes.dynamic_globals
    }

    /// A global of a module with dynamic globals: `f(namespace, name, extra…)`.
    fn globals_op(&mut self, f: RtFunc, name: &str, extra: &[Value]) -> Option<Value> {
        let ns = self.namespace();
        let k = self.str_const(name);
        let k = self.value(Op::Const(k), vec![]);
        let mut args = vec![ns, k];
        args.extend_from_slice(extra);
        self.emit(Op::Rt(f), args)
    }

    /// Read a name bound in a class body: the namespace, else the global or builtin.
    fn class_load(&mut self, name: &str) -> Value {
        if self.dynamic_globals() {
            let cls_ns = self.peek_local(self.fast[0]);
            let ns = self.namespace();
            let k = self.str_const(name);
            let k = self.value(Op::Const(k), vec![]);
            return self.value(Op::Rt(RtFunc::ClassLoadGlobal), vec![cls_ns, k, ns]);
        }
        let g = self.mc.global(name);
        let fallback = self.value(Op::PeekGlobal(g), vec![]);
        let ns = self.peek_local(self.fast[0]);
        let k = self.str_const(name);
        let k = self.value(Op::Const(k), vec![]);
        self.value(Op::Rt(RtFunc::ClassLoadName), vec![ns, k, fallback])
    }

    /// Bind a name in a class body to `v` (stolen).
    fn class_store(&mut self, name: &str, v: Value) {
        self.push_temp(v);
        let ns = self.peek_local(self.fast[0]);
        let k = self.str_const(name);
        let k = self.value(Op::Const(k), vec![]);
        self.emit(Op::Rt(RtFunc::ClassStoreName), vec![ns, k, v]);
        self.pop_temp(v);
        self.decref(v);
    }

    fn load_name(&mut self, name: &str) -> Value {
        match self.scope.lookup(name) {
            NameRef::ClassName => self.class_load(name),
            NameRef::Fast(i) => {
                let local = self.fast[i];
                self.value(Op::LoadFast { local, borrow: false, checked: true }, vec![])
            }
            NameRef::Cell(i) => self.value(Op::LoadCell { local: self.cells[i], free: false }, vec![]),
            NameRef::Free(i) => self.value(Op::LoadCell { local: self.frees[i], free: true }, vec![]),
            NameRef::Global if self.dynamic_globals() => {
                self.globals_op(RtFunc::GlobalsLoad, name, &[]).expect("produces a value")
            }
            NameRef::Global => {
                let g = self.mc.global(name);
                self.value(Op::LoadGlobal { global: g, borrow: false }, vec![])
            }
        }
    }

    /// Bind `name` to `v` (stolen).
    fn store_name(&mut self, name: &str, v: Value) {
        match self.scope.lookup(name) {
            NameRef::ClassName => {
                self.class_store(name, v);
                None
            }
            NameRef::Fast(i) => self.emit(Op::StoreFast(self.fast[i]), vec![v]),
            NameRef::Cell(i) => self.emit(Op::StoreCell(self.cells[i]), vec![v]),
            NameRef::Free(i) => self.emit(Op::StoreCell(self.frees[i]), vec![v]),
            NameRef::Global if self.dynamic_globals() => {
                self.push_temp(v);
                self.globals_op(RtFunc::GlobalsStore, name, &[v]);
                self.pop_temp(v);
                self.decref(v);
                None
            }
            NameRef::Global => {
                let g = self.mc.global(name);
                self.emit(Op::StoreGlobal(g), vec![v])
            }
        };
    }

    fn delete_name(&mut self, name: &str) {
        match self.scope.lookup(name) {
            NameRef::ClassName => {
                let ns = self.peek_local(self.fast[0]);
                let k = self.str_const(name);
                let k = self.value(Op::Const(k), vec![]);
                self.emit(Op::Rt(RtFunc::ClassDeleteName), vec![ns, k])
            }
            NameRef::Fast(i) => self.emit(Op::DeleteFast(self.fast[i]), vec![]),
            NameRef::Cell(i) => self.emit(Op::DeleteCell(self.cells[i]), vec![]),
            NameRef::Free(i) => self.emit(Op::DeleteCell(self.frees[i]), vec![]),
            NameRef::Global if self.dynamic_globals() => self.globals_op(RtFunc::GlobalsDelete, name, &[]),
            NameRef::Global => {
                let g = self.mc.global(name);
                self.emit(Op::DeleteGlobal(g), vec![])
            }
        };
    }

    /// The end of `except … as name`: CPython's `name = None; del name`.
    fn unbind_handler_name(&mut self, name: &str) {
        let none = self.none();
        self.store_name(name, none);
        self.delete_name(name);
    }

    // ---- statements ----------------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        self.line = s.loc.line;
        debug_assert!(self.temps.is_empty(), "temporaries live across statements");
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(e)?;
                self.decref(v);
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.incref(v);
                    }
                    self.assign(t, v)?;
                }
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(value) = value {
                    let v = self.expr(value)?;
                    self.assign(target, v)?;
                }
                // Class and module bodies record the annotation of a plain name
                // (`SETUP_ANNOTATIONS`); a function body does not evaluate it.
                let in_class = self.scope.kind == ScopeKind::Class;
                if in_class || self.f.is_module_body {
                    self.line = s.loc.line;
                    let ann = self.expr(annotation)?;
                    if let (ExprKind::Name(n), true) = (&target.kind, *simple) {
                        self.push_temp(ann);
                        let annotations = if in_class {
                            self.class_load("__annotations__")
                        } else {
                            self.load_name("__annotations__")
                        };
                        self.pop_temp(ann);
                        let key = self.str_const(n);
                        let key = self.value(Op::Const(key), vec![]);
                        self.push_temp(annotations);
                        self.push_temp(ann);
                        self.emit(Op::Rt(RtFunc::SetItem), vec![annotations, key, ann]);
                        self.pop_temps(&[annotations, ann]);
                        self.decref(ann);
                        self.decref(annotations);
                    } else {
                        self.decref(ann);
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::FunctionDef(def) => {
                let decorators = self.exprs(&def.decorators.iter().collect::<Vec<_>>())?;
                let mut f = self.make_function(
                    def.loc,
                    &def.name,
                    &def.params,
                    def.returns.as_ref(),
                    FnBody::Stmts(&def.body),
                )?;
                self.line = s.loc.line;
                if let Some(doc) = docstring(&def.body) {
                    self.push_temp(f);
                    let name = self.str_const("__doc__");
                    let name = self.value(Op::Const(name), vec![]);
                    let doc = self.const_value(Const::Str(doc.to_string()));
                    self.emit(Op::Rt(RtFunc::SetAttr), vec![f, name, doc]);
                    self.pop_temp(f);
                }
                for &d in decorators.iter().rev() {
                    self.push_temp(f);
                    let r = self.value(Op::Call { kwnames: None }, vec![d, f]);
                    self.pop_temp(f);
                    self.decref(f);
                    self.pop_temp(d);
                    self.decref(d);
                    f = r;
                }
                self.store_name(&def.name, f);
            }
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::With { items, body, is_async } => self.with_stmt(items, body, *is_async)?,
            StmtKind::Return(value) => {
                if self.f.is_module_body {
                    return Err(self.err(s.loc, "'return' outside function"));
                }
                self.check_star_exit(s.loc, 0)?;
                let v = match value {
                    Some(e) => self.expr(e)?,
                    None => self.none(),
                };
                self.return_value(v)?;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let (then, else_, after) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(test, then, else_)?;
                self.switch_to(then);
                self.stmts(body)?;
                self.jump(after, vec![]);
                self.switch_to(else_);
                self.stmts(orelse)?;
                self.jump(after, vec![]);
                self.switch_to(after);
            }
            StmtKind::While { test, body, orelse } => {
                let (head, body_b, else_b, after) =
                    (self.new_block(), self.new_block(), self.new_block(), self.new_block());
                self.jump(head, vec![]);
                self.switch_to(head);
                self.line = s.loc.line;
                self.cond(test, body_b, else_b)?;
                self.switch_to(body_b);
                self.unwind.push(Unwind::Loop { continue_to: head, break_to: after, iter: None });
                self.stmts(body)?;
                self.unwind.pop();
                self.jump(head, vec![]);
                self.switch_to(else_b);
                self.stmts(orelse)?;
                self.jump(after, vec![]);
                self.switch_to(after);
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.for_loop(s, target, iter, body, orelse, *is_async)?
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(depth) = self.unwind.iter().rposition(|u| matches!(u, Unwind::Loop { .. })) else {
                    return Err(self.err(
                        s.loc,
                        if is_break { "'break' outside loop" } else { "'continue' not properly in loop" },
                    ));
                };
                let Unwind::Loop { continue_to, break_to, .. } = self.unwind[depth] else {
                    unreachable!("found a loop")
                };
                self.check_star_exit(s.loc, depth + 1)?;
                self.unwind_to(depth + 1)?;
                self.jump(if is_break { break_to } else { continue_to }, vec![]);
                self.dead_block();
            }
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => {
                        let pad = self.landing(false);
                        self.push_inst(Op::Rt(RtFunc::Reraise), vec![], Some(pad));
                    }
                    (Some(e), None) => {
                        let v = self.expr(e)?;
                        self.push_temp(v);
                        self.emit(Op::Rt(RtFunc::Raise), vec![v]);
                        self.pop_temp(v);
                    }
                    (Some(e), Some(c)) => {
                        let v = self.expr(e)?;
                        self.push_temp(v);
                        let cv = self.expr(c)?;
                        self.push_temp(cv);
                        self.emit(Op::Rt(RtFunc::RaiseFrom), vec![v, cv]);
                        self.pop_temps(&[v, cv]);
                    }
                }
                // `Raises` calls never fall through.
                let target = self.handler_target();
                self.jump(target, vec![]);
                self.dead_block();
            }
            StmtKind::Try { body, handlers, orelse, finalbody, star } => {
                self.try_stmt(body, handlers, orelse, finalbody, *star)?
            }
            StmtKind::Assert { test, msg } => {
                let (ok, fail) = (self.new_block(), self.cold_block());
                self.cond(test, ok, fail)?;
                self.switch_to(fail);
                self.line = s.loc.line;
                match msg {
                    Some(m) => {
                        let v = self.expr(m)?;
                        self.push_temp(v);
                        self.emit(Op::Rt(RtFunc::RaiseAssertion), vec![v]);
                        self.pop_temp(v);
                    }
                    None => {
                        self.emit(Op::Rt(RtFunc::RaiseAssertionNoMsg), vec![]);
                    }
                }
                let target = self.handler_target();
                self.jump(target, vec![]);
                self.switch_to(ok);
            }
            StmtKind::Import(names) => self.lower_import(s.loc, names)?,
            StmtKind::ImportFrom { module, level, names } => {
                self.lower_import_from(s.loc, module.as_deref(), *level, names)?
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Unsupported(what) => return Err(self.unsupported(s.loc, what)),
        }
        Ok(())
    }

    /// `break`, `continue` or `return` leaving the constructs above `depth` may not leave an
    /// `except*` clause (CPython's `compiler_unwind_fblock_stack`).
    fn check_star_exit(&self, loc: Loc, depth: usize) -> CompileResult<()> {
        if self.unwind[depth..].iter().any(|u| matches!(u, Unwind::StarHandler)) {
            return Err(self.err(loc, "'break', 'continue' and 'return' cannot appear in an except* block"));
        }
        Ok(())
    }

    /// Leave the constructs above `depth` on the unwind stack (for `break`/`continue`/`return`).
    fn unwind_to(&mut self, depth: usize) -> CompileResult<()> {
        let mut i = self.unwind.len();
        while i > depth {
            i -= 1;
            match &self.unwind[i] {
                Unwind::Loop { iter, .. } => {
                    if let Some(slot) = *iter {
                        self.push_inst(Op::ClearLocal(slot), vec![], None);
                    }
                }
                Unwind::Handler { name } => {
                    let name = name.clone();
                    self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
                    if let Some(n) = name {
                        self.unbind_handler_name(&n);
                    }
                }
                Unwind::PendingException => {
                    self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
                }
                Unwind::StarHandler => {}
                Unwind::WithExit { exit, handlers, is_async } => {
                    let (exit, handlers, is_async) = (*exit, *handlers, *is_async);
                    let saved_unwind: Vec<Unwind<'a>> = self.unwind.drain(i..).collect();
                    let saved_handlers: Vec<Block> = self.handlers.drain(handlers..).collect();
                    self.call_exit_none(exit, is_async);
                    self.handlers.extend(saved_handlers);
                    self.unwind.extend(saved_unwind);
                }
                Unwind::Finally { body, handlers } => {
                    let (body, handlers) = (*body, *handlers);
                    // The finally body runs outside its own try: below this entry, with the
                    // handlers that were active around the try.
                    let saved_unwind: Vec<Unwind<'a>> = self.unwind.drain(i..).collect();
                    let saved_handlers: Vec<Block> = self.handlers.drain(handlers..).collect();
                    let r = self.stmts(body);
                    self.handlers.extend(saved_handlers);
                    self.unwind.extend(saved_unwind);
                    r?;
                }
            }
        }
        Ok(())
    }

    /// `return v` (v stolen): through every `finally` and `except` on the way out.
    fn return_value(&mut self, v: Value) -> CompileResult<()> {
        if self.unwind.iter().all(|u| matches!(u, Unwind::Loop { .. })) {
            // Only loops to leave: release their iterators, innermost first.
            let iters: Vec<LocalId> = self
                .unwind
                .iter()
                .rev()
                .filter_map(|u| match u {
                    Unwind::Loop { iter, .. } => *iter,
                    _ => None,
                })
                .collect();
            for slot in iters {
                self.push_inst(Op::ClearLocal(slot), vec![], None);
            }
            let exit = self.exit;
            self.jump(exit, vec![v]);
        } else {
            let slot = self.hidden("return value");
            self.push_inst(Op::StoreFast(slot), vec![v], None);
            self.unwind_to(0)?;
            let r = self.peek_local(slot);
            self.incref(r);
            self.push_inst(Op::ClearLocal(slot), vec![], None);
            let exit = self.exit;
            self.jump(exit, vec![r]);
        }
        self.dead_block();
        Ok(())
    }

    /// `for` and `async for` (`is_async`: the iterator is `__aiter__()`'s, each step awaits
    /// `__anext__()` and `StopAsyncIteration` ends the loop).
    fn for_loop(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> CompileResult<()> {
        let seq = self.expr(iter)?;
        self.push_temp(seq);
        let get = if is_async { RtFunc::GetAIter } else { RtFunc::GetIter };
        let it = self.value(Op::Rt(get), vec![seq]);
        self.pop_temp(seq);
        self.decref(seq);
        let slot = self.hidden(if is_async { "async for iterator" } else { "for iterator" });
        self.push_inst(Op::StoreFast(slot), vec![it], None);
        let (head, body_b, done, brk, after) =
            (self.new_block(), self.new_block(), self.new_block(), self.new_block(), self.new_block());
        let item = self.f.add_block_param(body_b, Type::Obj);
        // An exception raised by `next` or the body releases the iterator before it goes on
        // to the enclosing handler.
        let cleanup = self.cold_block();
        self.handlers.push(cleanup);
        self.jump(head, vec![]);
        self.switch_to(head);
        self.line = s.loc.line;
        if is_async {
            self.async_next(slot, body_b, done);
        } else {
            let itv = self.peek_local(slot);
            let pad = self.landing(true);
            self.terminate(Terminator::IterNext { iter: itv, body: body_b, done, on_error: pad });
        }
        self.switch_to(body_b);
        self.assign(target, item)?;
        self.unwind.push(Unwind::Loop { continue_to: head, break_to: brk, iter: Some(slot) });
        self.stmts(body)?;
        self.unwind.pop();
        self.jump(head, vec![]);
        self.handlers.pop();
        self.switch_to(cleanup);
        self.push_inst(Op::ClearLocal(slot), vec![], None);
        let target = self.handler_target();
        self.jump(target, vec![]);
        self.switch_to(brk);
        self.push_inst(Op::ClearLocal(slot), vec![], None);
        self.jump(after, vec![]);
        // The iterator is released before the `else` clause runs.
        self.switch_to(done);
        self.push_inst(Op::ClearLocal(slot), vec![], None);
        self.stmts(orelse)?;
        self.jump(after, vec![]);
        self.switch_to(after);
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CompileResult<()> {
        let outer_handlers = self.handlers.len();
        let fin_exc = (!finalbody.is_empty()).then(|| self.cold_block());
        if let Some(fe) = fin_exc {
            self.unwind.push(Unwind::Finally { body: finalbody, handlers: outer_handlers });
            self.handlers.push(fe);
        }
        let normal_end = self.new_block();
        if handlers.is_empty() {
            self.stmts(body)?;
            self.jump(normal_end, vec![]);
        } else {
            let dispatch = self.cold_block();
            self.handlers.push(dispatch);
            self.stmts(body)?;
            self.handlers.pop();
            self.stmts(orelse)?;
            self.jump(normal_end, vec![]);
            if star {
                self.except_star_dispatch(dispatch, handlers, normal_end)?;
            } else {
                self.except_dispatch(dispatch, handlers, normal_end)?;
            }
        }
        self.switch_to(normal_end);
        if let Some(fe) = fin_exc {
            self.handlers.pop();
            self.unwind.pop();
            self.stmts(finalbody)?;
            let after = self.new_block();
            self.jump(after, vec![]);
            // The exceptional path: run the body with the exception pending, then re-raise it.
            self.switch_to(fe);
            let slot = self.hidden("pending exception");
            let e = self.value(Op::Rt(RtFunc::ErrFetch), vec![]);
            self.push_inst(Op::StoreFast(slot), vec![e], None);
            let ev = self.peek_local(slot);
            self.push_inst(Op::Rt(RtFunc::PushHandled), vec![ev], None);
            let cleanup = self.cold_block();
            self.handlers.push(cleanup);
            self.unwind.push(Unwind::PendingException);
            self.stmts(finalbody)?;
            self.unwind.pop();
            self.handlers.pop();
            self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
            let ev = self.peek_local(slot);
            self.incref(ev);
            self.push_inst(Op::ClearLocal(slot), vec![], None);
            self.push_inst(Op::Rt(RtFunc::ErrRestore), vec![ev], None);
            let target = self.handler_target();
            self.jump(target, vec![]);
            // An exception raised by the finally body itself replaces the pending one.
            self.switch_to(cleanup);
            self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
            self.jump(target, vec![]);
            self.switch_to(after);
        }
        Ok(())
    }

    /// `with` items and body (`compiler_with`): for each item, the manager's `__exit__` is
    /// looked up and kept, `__enter__`'s result bound to the target, and the rest runs as if
    /// in `try`: leaving normally (or by `break`/`continue`/`return`) calls
    /// `__exit__(None, None, None)`; an exception calls `__exit__(type, exc, tb)` and is
    /// re-raised unless that returns a true value.
    /// `async with` (`is_async`) awaits what `__aenter__` and `__aexit__` return.
    fn with_stmt(&mut self, items: &'a [(Expr, Option<Expr>)], body: &'a [Stmt], is_async: bool) -> CompileResult<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr(ctx)?;
        self.push_temp(mgr);
        let exit_of = if is_async { RtFunc::AsyncWithExitOf } else { RtFunc::WithExitOf };
        let exit_fn = self.value(Op::Rt(exit_of), vec![mgr]);
        self.push_temp(exit_fn);
        let value = if is_async {
            let r = self.value(Op::Rt(RtFunc::AsyncWithEnter), vec![mgr]);
            self.await_value(r, RtFunc::GetAwaitableAEnter)
        } else {
            self.value(Op::Rt(RtFunc::WithEnter), vec![mgr])
        };
        let exit = self.hidden("with exit");
        self.pop_temp(exit_fn);
        self.pop_temp(mgr);
        self.decref(mgr);
        self.push_inst(Op::StoreFast(exit), vec![exit_fn], None);
        let outer_handlers = self.handlers.len();
        let on_exc = self.cold_block();
        self.handlers.push(on_exc);
        self.unwind.push(Unwind::WithExit { exit, handlers: outer_handlers, is_async });
        match target {
            Some(t) => self.assign(t, value)?,
            None => self.decref(value),
        }
        self.with_stmt(rest, body, is_async)?;
        self.unwind.pop();
        self.handlers.pop();
        let after = self.new_block();
        if self.f.blocks[self.cur].term.is_none() {
            self.line = ctx.loc.line;
            self.call_exit_none(exit, is_async);
            self.jump(after, vec![]);
        }
        // The exceptional path: `__exit__` decides whether the exception propagates.
        self.switch_to(on_exc);
        self.line = ctx.loc.line;
        let pending = self.hidden("with exception");
        let e = self.value(Op::Rt(RtFunc::ErrFetch), vec![]);
        self.push_inst(Op::StoreFast(pending), vec![e], None);
        let ev = self.peek_local(pending);
        self.push_inst(Op::Rt(RtFunc::PushHandled), vec![ev], None);
        let cleanup = self.cold_block();
        self.handlers.push(cleanup);
        let ex = self.peek_local(exit);
        let ev = self.peek_local(pending);
        let suppress = if is_async {
            let r = self.value(Op::Rt(RtFunc::WithExitExcValue), vec![ex, ev]);
            let r = self.await_value(r, RtFunc::GetAwaitableAExit);
            self.push_temp(r);
            let b = self.value(Op::Truth, vec![r]);
            self.pop_temp(r);
            self.decref(r);
            b
        } else {
            self.value(Op::Rt(RtFunc::WithExitExc), vec![ex, ev])
        };
        self.handlers.pop();
        self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
        self.push_inst(Op::ClearLocal(exit), vec![], None);
        let (swallow, reraise) = (self.new_block(), self.cold_block());
        self.terminate(Terminator::Branch { cond: suppress, then: swallow, else_: reraise });
        self.switch_to(swallow);
        self.push_inst(Op::ClearLocal(pending), vec![], None);
        self.jump(after, vec![]);
        self.switch_to(reraise);
        let ev = self.peek_local(pending);
        self.incref(ev);
        self.push_inst(Op::ClearLocal(pending), vec![], None);
        self.push_inst(Op::Rt(RtFunc::ErrRestore), vec![ev], None);
        let target = self.handler_target();
        self.jump(target, vec![]);
        // `__exit__` itself raised: that exception replaces the pending one.
        self.switch_to(cleanup);
        self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
        self.push_inst(Op::ClearLocal(exit), vec![], None);
        self.push_inst(Op::ClearLocal(pending), vec![], None);
        self.jump(target, vec![]);
        self.switch_to(after);
        Ok(())
    }

    /// Does `name` here mean the builtin of that name (a global the module never binds)?
    fn is_builtin_name(&self, name: &str) -> bool {
        self.scope.reads_global(name) && !self.mc.scopes.is_bound_global(name)
    }

    /// `globals()`, `locals()`, `vars()` (no arguments): the module's namespace (its globals
    /// are dynamic then), a class body's namespace, or a snapshot of a function's bound locals
    /// and free variables in CPython's order (`PyFrame_GetLocals` in 3.12): parameters, other
    /// locals, then cells and free variables, each sorted by name.
    fn namespace_call(&mut self, loc: Loc, name: &str) -> CompileResult<Value> {
        if name == "globals" || self.scope.kind == ScopeKind::Module {
            let ns = self.namespace();
            self.incref(ns);
            return Ok(ns);
        }
        if self.scope.kind == ScopeKind::Class {
            let ns = self.peek_local(self.fast[0]);
            self.incref(ns);
            return Ok(ns);
        }
        if self.scope.params.iter().any(|p| p == crate::resolve::COMPREHENSION_ARG) {
            return Err(self.unsupported(loc, &format!("`{name}()` inside a comprehension")));
        }
        let scope = self.scope;
        let mut entries: Vec<(String, LocalId, bool)> = Vec::new();
        for p in &scope.params {
            match scope.lookup(p) {
                NameRef::Fast(i) => entries.push((p.clone(), self.fast[i], false)),
                NameRef::Cell(i) => entries.push((p.clone(), self.cells[i], true)),
                _ => {}
            }
        }
        for (i, n) in scope.fast.iter().enumerate() {
            if !scope.params.contains(n) {
                entries.push((n.clone(), self.fast[i], false));
            }
        }
        let mut cells: Vec<(String, LocalId, bool)> = scope
            .cells
            .iter()
            .enumerate()
            .filter(|(_, n)| !scope.params.contains(n))
            .map(|(i, n)| (n.clone(), self.cells[i], true))
            .collect();
        cells.sort_by(|a, b| a.0.cmp(&b.0));
        let mut frees: Vec<(String, LocalId, bool)> =
            scope.frees.iter().enumerate().map(|(i, n)| (n.clone(), self.frees[i], true)).collect();
        frees.sort_by(|a, b| a.0.cmp(&b.0));
        entries.extend(cells);
        entries.extend(frees);
        let names = entries.iter().map(|(n, _, _)| ConstOrSmall::Pooled(self.str_const(n))).collect();
        let names = self.const_value(Const::Tuple(names));
        let kinds: String = entries.iter().map(|(_, _, cell)| if *cell { 'c' } else { 'f' }).collect();
        let kinds = self.const_value(Const::Str(kinds));
        let mut args = vec![names, kinds];
        for (_, l, cell) in &entries {
            let v = if *cell {
                self.value(Op::PeekCell(*l), vec![])
            } else {
                self.value(Op::LoadFast { local: *l, borrow: true, checked: false }, vec![])
            };
            args.push(v);
        }
        Ok(self.value(Op::Rt(RtFunc::LocalsDict), args))
    }

    /// `exit(None, None, None)` for the `__exit__` held in `exit` (awaited for `async with`),
    /// which is then released.
    fn call_exit_none(&mut self, exit: LocalId, is_async: bool) {
        let ex = self.peek_local(exit);
        let mut r = self.value(Op::Rt(RtFunc::WithExitNone), vec![ex]);
        if is_async {
            r = self.await_value(r, RtFunc::GetAwaitableAExit);
        }
        self.decref(r);
        self.push_inst(Op::ClearLocal(exit), vec![], None);
    }

    /// The `except` clauses: match the fetched exception against each in turn.
    fn except_dispatch(
        &mut self,
        dispatch: Block,
        handlers: &'a [ast::ExceptHandler],
        normal_end: Block,
    ) -> CompileResult<()> {
        self.switch_to(dispatch);
        let slot = self.hidden("caught exception");
        let e = self.value(Op::Rt(RtFunc::ErrFetch), vec![]);
        self.push_inst(Op::StoreFast(slot), vec![e], None);
        for (i, h) in handlers.iter().enumerate() {
            self.line = h.loc.line;
            if h.type_.is_none() && i + 1 != handlers.len() {
                return Err(self.err(h.loc, "default 'except:' must be last"));
            }
            let hbody = self.new_block();
            let next = self.cold_block();
            match &h.type_ {
                Some(t) => {
                    let tv = self.expr(t)?;
                    self.push_temp(tv);
                    let ev = self.peek_local(slot);
                    let m = self.value(Op::Rt(RtFunc::ExcMatches), vec![ev, tv]);
                    self.pop_temp(tv);
                    self.decref(tv);
                    self.terminate(Terminator::Branch { cond: m, then: hbody, else_: next });
                }
                None => self.jump(hbody, vec![]),
            }
            self.switch_to(hbody);
            let ev = self.peek_local(slot);
            self.push_inst(Op::Rt(RtFunc::PushHandled), vec![ev], None);
            if let Some(n) = &h.name {
                self.incref(ev);
                self.store_name(n, ev);
            }
            // An exception escaping the handler body leaves the except block first.
            let cleanup = self.cold_block();
            let outer = self.handler_target();
            self.handlers.push(cleanup);
            self.unwind.push(Unwind::Handler { name: h.name.clone() });
            self.stmts(&h.body)?;
            self.unwind.pop();
            self.handlers.pop();
            self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
            if let Some(n) = &h.name {
                self.unbind_handler_name(n);
            }
            self.push_inst(Op::ClearLocal(slot), vec![], None);
            self.jump(normal_end, vec![]);
            self.switch_to(cleanup);
            self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
            if let Some(n) = &h.name {
                // `name = None; del name` cannot fail, but its instructions carry edges: they
                // go to the outer handler, where the new exception is already heading.
                let saved = std::mem::replace(&mut self.handlers, vec![outer]);
                self.unbind_handler_name(n);
                self.handlers = saved;
            }
            self.jump(outer, vec![]);
            self.switch_to(next);
        }
        // No clause matched: re-raise the exception unchanged.
        let ev = self.peek_local(slot);
        self.incref(ev);
        self.push_inst(Op::ClearLocal(slot), vec![], None);
        self.push_inst(Op::Rt(RtFunc::ErrRestore), vec![ev], None);
        let target = self.handler_target();
        self.jump(target, vec![]);
        Ok(())
    }

    /// The `except*` clauses (PEP 654, after CPython's `compiler_try_star_except`): the caught
    /// exception `orig` is handled while a state list `[rest, raised…]` (`rest` starting as
    /// `orig`) goes through the clauses. Each clause splits `rest` by its type
    /// (`ExceptStarMatch`, which wraps a naked exception in `ExceptionGroup('')`), runs its body
    /// with the match bound, and records an exception escaping the body in the state. At the
    /// end `ExceptStarReraise` combines what is left and what was raised
    /// (`_PyExc_PrepReraiseStar`); if that is not `None` it propagates as it is, without a new
    /// traceback entry (CPython's `RERAISE`).
    fn except_star_dispatch(
        &mut self,
        dispatch: Block,
        handlers: &'a [ast::ExceptHandler],
        normal_end: Block,
    ) -> CompileResult<()> {
        self.switch_to(dispatch);
        let orig_slot = self.hidden("except* exception");
        let state_slot = self.hidden("except* state");
        let e = self.value(Op::Rt(RtFunc::ErrFetch), vec![]);
        self.push_inst(Op::StoreFast(orig_slot), vec![e], None);
        let ev = self.peek_local(orig_slot);
        self.push_inst(Op::Rt(RtFunc::PushHandled), vec![ev], None);
        self.incref(ev);
        let state = self.value(Op::Rt(RtFunc::BuildList), vec![ev]);
        self.push_inst(Op::StoreFast(state_slot), vec![state], None);
        // An error while matching (an invalid type) or combining leaves the statement with the
        // exception being handled popped (`POP_EXCEPT_AND_RERAISE`).
        let outer = self.handler_target();
        let fail = self.cold_block();
        self.handlers.push(fail);
        for h in handlers {
            self.line = h.loc.line;
            let Some(t) = &h.type_ else {
                return Err(self.err(h.loc, "expected one or more exception types"));
            };
            let tv = self.expr(t)?;
            self.push_temp(tv);
            let st = self.peek_local(state_slot);
            let m = self.value(Op::Rt(RtFunc::ExceptStarMatch), vec![st, tv]);
            self.pop_temp(tv);
            self.decref(tv);
            let none = self.none();
            let is_none = self.value(Op::Is, vec![m, none]);
            let (hbody, skip, next) = (self.new_block(), self.new_block(), self.new_block());
            self.terminate(Terminator::Branch { cond: is_none, then: skip, else_: hbody });
            self.switch_to(skip);
            self.decref(m);
            self.jump(next, vec![]);
            self.switch_to(hbody);
            match &h.name {
                Some(n) => self.store_name(n, m),
                None => self.decref(m),
            }
            // An exception escaping the body is recorded, and matching goes on.
            let cleanup = self.cold_block();
            self.handlers.push(cleanup);
            self.unwind.push(Unwind::StarHandler);
            self.stmts(&h.body)?;
            self.unwind.pop();
            self.handlers.pop();
            if let Some(n) = &h.name {
                self.unbind_handler_name(n);
            }
            self.jump(next, vec![]);
            self.switch_to(cleanup);
            let st = self.peek_local(state_slot);
            self.push_inst(Op::Rt(RtFunc::ExceptStarRaised), vec![st], None);
            if let Some(n) = &h.name {
                self.unbind_handler_name(n);
            }
            self.jump(next, vec![]);
            self.switch_to(next);
        }
        self.line = handlers.last().map_or(self.line, |h| h.loc.line);
        let ov = self.peek_local(orig_slot);
        let st = self.peek_local(state_slot);
        let r = self.value(Op::Rt(RtFunc::ExceptStarReraise), vec![ov, st]);
        self.handlers.pop();
        self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
        self.push_inst(Op::ClearLocal(state_slot), vec![], None);
        self.push_inst(Op::ClearLocal(orig_slot), vec![], None);
        let none = self.none();
        let is_none = self.value(Op::Is, vec![r, none]);
        let (done, reraise) = (self.new_block(), self.cold_block());
        self.terminate(Terminator::Branch { cond: is_none, then: done, else_: reraise });
        self.switch_to(done);
        self.decref(r);
        self.jump(normal_end, vec![]);
        self.switch_to(reraise);
        self.push_inst(Op::Rt(RtFunc::ErrRestore), vec![r], None);
        self.jump(outer, vec![]);
        self.switch_to(fail);
        self.push_inst(Op::Rt(RtFunc::PopHandled), vec![], None);
        self.push_inst(Op::ClearLocal(state_slot), vec![], None);
        self.push_inst(Op::ClearLocal(orig_slot), vec![], None);
        self.jump(outer, vec![]);
        Ok(())
    }

    /// Assign `v` (stolen) to a target.
    fn assign(&mut self, target: &'a Expr, v: Value) -> CompileResult<()> {
        self.line = target.loc.line;
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n, v),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let op = self.unpack_op(target.loc, elts)?;
                self.push_temp(v);
                let arr = self.value(op, vec![v]);
                self.pop_temp(v);
                self.decref(v);
                let items: Vec<Value> =
                    (0..elts.len()).map(|i| self.value(Op::ArrayGet(i as u32), vec![arr])).collect();
                for (i, (e, item)) in elts.iter().zip(&items).enumerate() {
                    // Items not yet assigned are live while an earlier target is stored.
                    for &later in &items[i + 1..] {
                        self.push_temp(later);
                    }
                    let e = match &e.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => e,
                    };
                    self.assign(e, *item)?;
                    for &later in items[i + 1..].iter().rev() {
                        self.pop_temp(later);
                    }
                }
            }
            ExprKind::Subscript { value, index } => {
                self.push_temp(v);
                let o = self.expr(value)?;
                self.push_temp(o);
                let k = self.expr(index)?;
                self.push_temp(k);
                self.line = target.loc.line;
                self.emit(Op::Rt(RtFunc::SetItem), vec![o, k, v]);
                self.pop_temps(&[v, o, k]);
                for x in [k, o, v] {
                    self.decref(x);
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.push_temp(v);
                let o = self.expr(value)?;
                self.push_temp(o);
                let n = self.str_const(attr);
                let nv = self.value(Op::Const(n), vec![]);
                self.emit(Op::Rt(RtFunc::SetAttr), vec![o, nv, v]);
                self.pop_temps(&[v, o]);
                self.decref(o);
                self.decref(v);
            }
            ExprKind::Starred(_) => {
                return Err(self.err(target.loc, "starred assignment target must be in a list or tuple"))
            }
            _ => return Err(self.err(target.loc, "cannot assign to expression")),
        }
        Ok(())
    }

    /// The unpacking for a tuple or list target: `Unpack`, or `UnpackEx` around its one
    /// starred element.
    fn unpack_op(&mut self, loc: Loc, elts: &[Expr]) -> CompileResult<Op> {
        let mut stars = elts.iter().enumerate().filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)));
        Ok(match (stars.next(), stars.next()) {
            (None, _) => Op::Unpack(elts.len() as u32),
            (Some((i, _)), None) => Op::UnpackEx { before: i as u32, after: (elts.len() - i - 1) as u32 },
            (Some(_), Some(_)) => return Err(self.err(loc, "multiple starred expressions in assignment")),
        })
    }

    fn delete(&mut self, target: &'a Expr) -> CompileResult<()> {
        self.line = target.loc.line;
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            ExprKind::Subscript { value, index } => {
                let o = self.expr(value)?;
                self.push_temp(o);
                let k = self.expr(index)?;
                self.push_temp(k);
                self.emit(Op::Rt(RtFunc::DelItem), vec![o, k]);
                self.pop_temps(&[o, k]);
                self.decref(k);
                self.decref(o);
            }
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                self.push_temp(o);
                let name = self.str_const(attr);
                let name = self.value(Op::Const(name), vec![]);
                self.emit(Op::Rt(RtFunc::DelAttr), vec![o, name]);
                self.pop_temp(o);
                self.decref(o);
            }
            ExprKind::Starred(_) => return Err(self.err(target.loc, "cannot delete starred")),
            _ => return Err(self.err(target.loc, "cannot delete expression")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CompileResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                let cur = self.load_name(n);
                let res = self.apply_inplace(cur, op, value, target.loc.line)?;
                self.store_name(n, res);
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let k = self.expr(index)?;
                self.push_temp(k);
                let cur = self.value(Op::Rt(RtFunc::GetItem), vec![o, k]);
                let res = self.apply_inplace(cur, op, value, target.loc.line)?;
                self.push_temp(res);
                self.emit(Op::Rt(RtFunc::SetItem), vec![o, k, res]);
                self.pop_temps(&[o, k, res]);
                for x in [res, k, o] {
                    self.decref(x);
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let n = self.str_const(attr);
                let nv = self.value(Op::Const(n), vec![]);
                let cur = self.value(Op::Rt(RtFunc::GetAttr), vec![o, nv]);
                let res = self.apply_inplace(cur, op, value, target.loc.line)?;
                self.push_temp(res);
                self.emit(Op::Rt(RtFunc::SetAttr), vec![o, nv, res]);
                self.pop_temps(&[o, res]);
                self.decref(res);
                self.decref(o);
            }
            _ => return Err(self.err(target.loc, "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    /// `cur <op>= value` for an augmented assignment: evaluate `value`, apply the in-place
    /// operator at `line`, release both operands; `cur` is stolen, the result returned.
    fn apply_inplace(&mut self, cur: Value, op: BinOp, value: &'a Expr, line: u32) -> CompileResult<Value> {
        self.push_temp(cur);
        let r = self.expr(value)?;
        self.push_temp(r);
        self.line = line;
        let res = self.value(Op::Inplace(op), vec![cur, r]);
        self.pop_temps(&[cur, r]);
        self.decref(r);
        self.decref(cur);
        Ok(res)
    }

    // ---- conditions ----------------------------------------------------------------------------

    /// Branch to `t` or `f` on the truth of `e`, short-circuiting without building objects.
    fn cond(&mut self, e: &'a Expr, t: Block, f: Block) -> CompileResult<()> {
        let saved = self.line;
        self.line = e.loc.line;
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.cond(operand, f, t)?,
            ExprKind::BoolOp { op, values } => {
                let (last, rest) = values.split_last().expect("a boolean operation has operands");
                for v in rest {
                    let mid = self.new_block();
                    match op {
                        BoolOp::And => self.cond(v, mid, f)?,
                        BoolOp::Or => self.cond(v, t, mid)?,
                    }
                    self.switch_to(mid);
                }
                self.cond(last, t, f)?;
            }
            ExprKind::Constant(Constant::Bool(b)) => self.jump(if *b { t } else { f }, vec![]),
            ExprKind::Compare { left, ops, comparators } => {
                let mut l = self.expr(left)?;
                for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                    self.push_temp(l);
                    let r = self.expr(c)?;
                    self.push_temp(r);
                    self.line = e.loc.line;
                    let b = self.compare_bool(*op, l, r);
                    self.pop_temps(&[l, r]);
                    self.decref(l);
                    if i + 1 == ops.len() {
                        self.decref(r);
                        self.terminate(Terminator::Branch { cond: b, then: t, else_: f });
                    } else {
                        let (next, fail) = (self.new_block(), self.new_block());
                        self.terminate(Terminator::Branch { cond: b, then: next, else_: fail });
                        self.switch_to(fail);
                        self.decref(r);
                        self.jump(f, vec![]);
                        self.switch_to(next);
                        l = r;
                    }
                }
            }
            _ => {
                let v = self.expr(e)?;
                self.push_temp(v);
                let b = self.value(Op::Truth, vec![v]);
                self.pop_temp(v);
                self.decref(v);
                self.terminate(Terminator::Branch { cond: b, then: t, else_: f });
            }
        }
        self.line = saved;
        Ok(())
    }

    /// A comparison as a native Bool (operands borrowed).
    fn compare_bool(&mut self, op: CmpOp, l: Value, r: Value) -> Value {
        match op {
            CmpOp::Is => self.value(Op::Is, vec![l, r]),
            CmpOp::IsNot => {
                let b = self.value(Op::Is, vec![l, r]);
                self.value(Op::Not, vec![b])
            }
            CmpOp::In => self.value(Op::Rt(RtFunc::Contains), vec![r, l]),
            CmpOp::NotIn => {
                let b = self.value(Op::Rt(RtFunc::Contains), vec![r, l]);
                self.value(Op::Not, vec![b])
            }
            _ => self.value(Op::CompareBool(op), vec![l, r]),
        }
    }

    // ---- expressions ---------------------------------------------------------------------------

    /// Evaluate expressions left to right; they stay on `temps` (the caller pops them).
    fn exprs(&mut self, es: &[&'a Expr]) -> CompileResult<Vec<Value>> {
        let mut vs = Vec::with_capacity(es.len());
        for e in es {
            let v = self.expr(e)?;
            self.push_temp(v);
            vs.push(v);
        }
        Ok(vs)
    }

    fn expr(&mut self, e: &'a Expr) -> CompileResult<Value> {
        let saved = self.line;
        self.line = e.loc.line;
        let v = self.expr_inner(e);
        self.line = saved;
        v
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CompileResult<Value> {
        let line = e.loc.line;
        Ok(match &e.kind {
            ExprKind::Constant(c) => self.constant(c)?,
            ExprKind::Name(n) => {
                if (n == "globals" || n == "locals") && self.is_builtin_name(n) {
                    return Err(self.unsupported(e.loc, &format!("`{n}` other than in a direct call `{n}()`")));
                }
                self.load_name(n)
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr(left)?;
                self.push_temp(l);
                let r = self.expr(right)?;
                self.push_temp(r);
                self.line = line;
                let v = self.value(Op::Binary(*op), vec![l, r]);
                self.pop_temps(&[l, r]);
                self.decref(r);
                self.decref(l);
                v
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, .. } | ExprKind::Compare { .. } if !is_plain_compare(e) => {
                self.bool_expr(e)?
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.expr(operand)?;
                self.push_temp(v);
                let code = match op {
                    UnaryOp::USub => 0,
                    UnaryOp::UAdd => 1,
                    UnaryOp::Invert => 2,
                    UnaryOp::Not => unreachable!("handled as a boolean expression"),
                };
                let r = self.value(Op::Unary(code), vec![v]);
                self.pop_temp(v);
                self.decref(v);
                r
            }
            ExprKind::Compare { left, ops, comparators } => {
                // A single rich comparison: produce its object as is.
                let l = self.expr(left)?;
                self.push_temp(l);
                let r = self.expr(&comparators[0])?;
                self.push_temp(r);
                self.line = line;
                let v = self.value(Op::Compare(ops[0]), vec![l, r]);
                self.pop_temps(&[l, r]);
                self.decref(r);
                self.decref(l);
                v
            }
            ExprKind::BoolOp { op, values } => {
                let merge = self.new_block();
                let result = self.f.add_block_param(merge, Type::Obj);
                let (last, rest) = values.split_last().expect("a boolean operation has operands");
                for v in rest {
                    let x = self.expr(v)?;
                    self.push_temp(x);
                    let b = self.value(Op::Truth, vec![x]);
                    self.pop_temp(x);
                    let (cont, done) = (self.new_block(), self.new_block());
                    match op {
                        BoolOp::And => self.terminate(Terminator::Branch { cond: b, then: cont, else_: done }),
                        BoolOp::Or => self.terminate(Terminator::Branch { cond: b, then: done, else_: cont }),
                    }
                    self.switch_to(done);
                    self.jump(merge, vec![x]);
                    self.switch_to(cont);
                    self.decref(x);
                }
                let x = self.expr(last)?;
                self.jump(merge, vec![x]);
                self.switch_to(merge);
                result
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (t, f, merge) = (self.new_block(), self.new_block(), self.new_block());
                let result = self.f.add_block_param(merge, Type::Obj);
                self.cond(test, t, f)?;
                self.switch_to(t);
                let v = self.expr(body)?;
                self.jump(merge, vec![v]);
                self.switch_to(f);
                let v = self.expr(orelse)?;
                self.jump(merge, vec![v]);
                self.switch_to(merge);
                result
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(value)?;
                self.incref(v);
                self.store_name(target, v);
                v
            }
            ExprKind::Lambda { params, body } => {
                self.make_function(e.loc, "<lambda>", params, None, FnBody::Expr(body))?
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                self.push_temp(o);
                let n = self.str_const(attr);
                let nv = self.value(Op::Const(n), vec![]);
                let v = self.value(Op::Rt(RtFunc::GetAttr), vec![o, nv]);
                self.pop_temp(o);
                self.decref(o);
                v
            }
            ExprKind::Subscript { value, index } => {
                let o = self.expr(value)?;
                self.push_temp(o);
                let k = self.expr(index)?;
                self.push_temp(k);
                self.line = line;
                let v = self.value(Op::Rt(RtFunc::GetItem), vec![o, k]);
                self.pop_temps(&[o, k]);
                self.decref(k);
                self.decref(o);
                v
            }
            ExprKind::List(elts) => self.sequence(elts, false)?,
            ExprKind::Set(elts) => {
                if let Some(s) = elts.iter().find(|e| matches!(e.kind, ExprKind::Starred(_))) {
                    return Err(self.unsupported(s.loc, "a starred item in a set display"));
                }
                let vals = self.exprs(&elts.iter().collect::<Vec<_>>())?;
                self.pop_temps(&vals);
                self.value(Op::Rt(RtFunc::BuildSet), vals)
            }
            ExprKind::Tuple(elts) => self.sequence(elts, true)?,
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Starred(_) => return Err(self.err(e.loc, "can't use starred expression here")),
            ExprKind::Slice { lower, upper, step } => {
                let mut bounds = Vec::new();
                for b in [lower, upper, step] {
                    let v = match b {
                        Some(x) => self.expr(x)?,
                        None => self.none(),
                    };
                    self.push_temp(v);
                    bounds.push(v);
                }
                let s = self.value(Op::Rt(RtFunc::BuildSlice), bounds.clone());
                self.pop_temps(&bounds);
                for v in bounds.into_iter().rev() {
                    self.decref(v);
                }
                s
            }
            ExprKind::Comprehension { kind, elt, value, generators } => {
                self.comprehension(e, *kind, elt, value.as_deref(), generators)?
            }
            ExprKind::Yield(v) => {
                let v = match v {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                };
                self.line = e.loc.line;
                self.yield_value(v)
            }
            ExprKind::YieldFrom(v) => self.yield_from(e, v)?,
            ExprKind::Await(v) => self.await_expr(e, v)?,
            ExprKind::Unsupported(what) => return Err(self.unsupported(e.loc, what)),
        })
    }

    /// `not x` and comparison chains in a value context: evaluate as a condition, then
    /// materialise `True`/`False`. Chains keep CPython's value (the first false comparison).
    fn bool_expr(&mut self, e: &'a Expr) -> CompileResult<Value> {
        if let ExprKind::Compare { left, ops, comparators } = &e.kind {
            if ops.len() > 1 {
                return self.compare_chain_value(e, left, ops, comparators);
            }
            // A single `is`/`in` comparison.
            let l = self.expr(left)?;
            self.push_temp(l);
            let r = self.expr(&comparators[0])?;
            self.push_temp(r);
            self.line = e.loc.line;
            let b = self.compare_bool(ops[0], l, r);
            self.pop_temps(&[l, r]);
            self.decref(r);
            self.decref(l);
            return Ok(self.value(Op::BoolToObj, vec![b]));
        }
        let (t, f, merge) = (self.new_block(), self.new_block(), self.new_block());
        let result = self.f.add_block_param(merge, Type::Obj);
        self.cond(e, t, f)?;
        for (b, val) in [(t, true), (f, false)] {
            self.switch_to(b);
            let v = self.const_value(if val { Const::True } else { Const::False });
            self.jump(merge, vec![v]);
        }
        self.switch_to(merge);
        Ok(result)
    }

    fn compare_chain_value(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CompileResult<Value> {
        let merge = self.new_block();
        let result = self.f.add_block_param(merge, Type::Obj);
        let mut l = self.expr(left)?;
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            self.push_temp(l);
            let r = self.expr(c)?;
            self.push_temp(r);
            self.line = e.loc.line;
            let res = match op {
                CmpOp::Lt | CmpOp::LtE | CmpOp::Eq | CmpOp::NotEq | CmpOp::Gt | CmpOp::GtE => {
                    self.value(Op::Compare(*op), vec![l, r])
                }
                _ => {
                    let b = self.compare_bool(*op, l, r);
                    self.value(Op::BoolToObj, vec![b])
                }
            };
            self.pop_temps(&[l, r]);
            self.decref(l);
            if i + 1 == ops.len() {
                self.decref(r);
                self.jump(merge, vec![res]);
            } else {
                self.push_temp(r);
                self.push_temp(res);
                let b = self.value(Op::Truth, vec![res]);
                self.pop_temps(&[r, res]);
                let (next, fail) = (self.new_block(), self.new_block());
                self.terminate(Terminator::Branch { cond: b, then: next, else_: fail });
                self.switch_to(fail);
                self.decref(r);
                self.jump(merge, vec![res]);
                self.switch_to(next);
                self.decref(res);
                l = r;
            }
        }
        self.switch_to(merge);
        Ok(result)
    }

    fn constant(&mut self, c: &Constant) -> CompileResult<Value> {
        match self.const_entry(c)? {
            ConstOrSmall::Small(v) => Ok(self.value(Op::SmallInt(v), vec![])),
            ConstOrSmall::Pooled(id) => Ok(self.value(Op::Const(id), vec![])),
        }
    }

    fn const_entry(&mut self, c: &Constant) -> CompileResult<ConstOrSmall> {
        let pooled = match c {
            Constant::Int(i) => match i.to_i64() {
                Some(v) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) => return Ok(ConstOrSmall::Small(v)),
                _ => Const::BigInt(i.to_string()),
            },
            Constant::None => Const::None,
            Constant::Bool(true) => Const::True,
            Constant::Bool(false) => Const::False,
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Float(f) => Const::Float(f.to_bits()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Complex(re, im) => Const::Complex(re.to_bits(), im.to_bits()),
            Constant::Tuple(items) => {
                Const::Tuple(items.iter().map(|i| self.const_entry(i)).collect::<CompileResult<_>>()?)
            }
            Constant::Ellipsis => Const::Ellipsis,
        };
        Ok(ConstOrSmall::Pooled(self.mc.m.constant(pooled)))
    }

    /// A list or tuple display, with `*iterable` elements.
    fn sequence(&mut self, elts: &'a [Expr], tuple: bool) -> CompileResult<Value> {
        if !elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
            let vals = self.exprs(&elts.iter().collect::<Vec<_>>())?;
            self.pop_temps(&vals);
            return Ok(self.value(Op::Rt(if tuple { RtFunc::BuildTuple } else { RtFunc::BuildList }), vals));
        }
        let list = self.gather_list(elts, None)?;
        if tuple {
            let t = self.value(Op::Rt(RtFunc::ListToTuple), vec![list]);
            self.decref(list);
            Ok(t)
        } else {
            Ok(list)
        }
    }

    /// A list of `elts`, with `*iterable` elements spliced in (`LIST_APPEND`/`LIST_EXTEND`).
    /// With `callee`, a lone `*x` is first checked with the callee's name, as
    /// `CALL_FUNCTION_EX` reports it.
    fn gather_list(&mut self, elts: &'a [Expr], callee: Option<Value>) -> CompileResult<Value> {
        let list = self.value(Op::Rt(RtFunc::BuildList), vec![]);
        self.push_temp(list);
        for e in elts {
            match &e.kind {
                ExprKind::Starred(inner) => match callee.filter(|_| elts.len() == 1) {
                    Some(callee) => {
                        let v = self.expr(inner)?;
                        self.push_temp(v);
                        self.emit(Op::Rt(RtFunc::CheckStarArg), vec![callee, v]);
                        self.emit(Op::Rt(RtFunc::ListExtend), vec![list, v]);
                        self.pop_temp(v);
                        self.decref(v);
                    }
                    None => self.feed(RtFunc::ListExtend, &[list], inner)?,
                },
                _ => self.feed(RtFunc::ListAppend, &[list], e)?,
            }
        }
        self.pop_temp(list);
        Ok(list)
    }

    /// Evaluate `e`, pass it to the runtime call `f` after the `leading` operands, release it.
    fn feed(&mut self, f: RtFunc, leading: &[Value], e: &'a Expr) -> CompileResult<()> {
        let v = self.expr(e)?;
        self.push_temp(v);
        let mut operands = leading.to_vec();
        operands.push(v);
        self.emit(Op::Rt(f), operands);
        self.pop_temp(v);
        self.decref(v);
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CompileResult<Value> {
        if keys.iter().all(Option::is_some) {
            let mut pairs = Vec::new();
            for (k, v) in keys.iter().zip(values) {
                let kv = self.expr(k.as_ref().expect("checked"))?;
                self.push_temp(kv);
                let vv = self.expr(v)?;
                self.push_temp(vv);
                pairs.push(kv);
                pairs.push(vv);
            }
            self.pop_temps(&pairs);
            return Ok(self.value(Op::Rt(RtFunc::BuildDict), pairs));
        }
        let d = self.value(Op::Rt(RtFunc::BuildDict), vec![]);
        self.push_temp(d);
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    let kv = self.expr(k)?;
                    self.push_temp(kv);
                    let vv = self.expr(v)?;
                    self.push_temp(vv);
                    self.emit(Op::Rt(RtFunc::DictSetItem), vec![d, kv, vv]);
                    self.pop_temps(&[kv, vv]);
                    self.decref(vv);
                    self.decref(kv);
                }
                None => self.feed(RtFunc::DictMerge, &[d], v)?,
            }
        }
        self.pop_temp(d);
        Ok(d)
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CompileResult<Value> {
        let mut vals = Vec::new();
        for p in parts {
            let v = match p {
                FStringPart::Literal(s) => self.const_value(Const::Str(s.clone())),
                FStringPart::Value { value, conversion, spec } => {
                    let mut v = self.expr(value)?;
                    if let Some(c) = conversion {
                        self.push_temp(v);
                        let f = match c {
                            'r' => RtFunc::Repr,
                            'a' => RtFunc::Ascii,
                            _ => RtFunc::Str,
                        };
                        let conv = self.value(Op::Rt(f), vec![v]);
                        self.pop_temp(v);
                        self.decref(v);
                        v = conv;
                    }
                    self.push_temp(v);
                    let formatted = match spec {
                        Some(spec) => {
                            let s = self.fstring(spec)?;
                            self.push_temp(s);
                            let r = self.value(Op::Rt(RtFunc::Format), vec![v, s]);
                            self.pop_temp(s);
                            self.decref(s);
                            r
                        }
                        None => self.value(Op::Rt(RtFunc::FormatNoSpec), vec![v]),
                    };
                    self.pop_temp(v);
                    self.decref(v);
                    formatted
                }
            };
            self.push_temp(v);
            vals.push(v);
        }
        self.pop_temps(&vals);
        Ok(self.value(Op::Rt(RtFunc::BuildString), vals))
    }

    // ---- calls ---------------------------------------------------------------------------------

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CompileResult<Value> {
        let line = e.loc.line;
        if let ExprKind::Name(n) = &func.kind {
            if matches!(n.as_str(), "globals" | "locals" | "vars")
                && args.is_empty()
                && keywords.is_empty()
                && self.is_builtin_name(n)
            {
                return self.namespace_call(e.loc, n);
            }
            if n == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.scope.reads_global(n)
                && !self.mc.scopes.is_bound_global(n)
            {
                return Ok(self.zero_arg_super());
            }
        }
        let simple =
            !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && keywords.iter().all(|k| k.arg.is_some());
        if !simple {
            return self.call_ex(e, func, args, keywords);
        }
        for (i, k) in keywords.iter().enumerate() {
            if keywords[..i].iter().any(|o| o.arg == k.arg) {
                return Err(Diagnostic::at(
                    Kind::SyntaxError,
                    self.mc.file,
                    k.loc,
                    format!("keyword argument repeated: {}", k.arg.as_deref().unwrap_or("")),
                ));
            }
        }
        let kwnames = if keywords.is_empty() {
            None
        } else {
            let names = keywords
                .iter()
                .map(|k| ConstOrSmall::Pooled(self.str_const(k.arg.as_deref().expect("simple call"))))
                .collect();
            Some(self.mc.m.constant(Const::Tuple(names)))
        };
        // o.m(...): a method call, without materialising the bound method.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let o = self.expr(value)?;
            self.push_temp(o);
            let mut all = vec![o];
            all.extend(self.exprs(&args.iter().chain(keywords.iter().map(|k| &k.value)).collect::<Vec<_>>())?);
            let name = self.str_const(attr);
            self.line = line;
            let r = self.value(Op::CallMethod { name, kwnames }, all.clone());
            self.pop_temps(&all);
            for &v in all.iter().rev() {
                self.decref(v);
            }
            return Ok(r);
        }
        // f(...) where f is a module function bound only by its plain `def`: a direct call,
        // with the arguments bound here.
        if let ExprKind::Name(n) = &func.kind {
            if let Some((fid, plan)) = self.static_binding(n, args, keywords) {
                let g = self.load_name(n);
                self.push_temp(g);
                let vals = self.exprs(&args.iter().chain(keywords.iter().map(|k| &k.value)).collect::<Vec<_>>())?;
                // Every value goes to exactly one slot (or into `*args`/`**kwargs`).
                self.pop_temps(&vals);
                self.line = line;
                let mut all = vec![g];
                for source in plan {
                    let v = match source {
                        SlotSource::Arg(i) => vals[i],
                        SlotSource::Default(index) => {
                            let d = self.value(Op::FuncDefault { index }, vec![g]);
                            self.incref(d);
                            d
                        }
                        SlotSource::KwDefault(name) => {
                            let name = self.str_const(&name);
                            let d = self.value(Op::FuncKwDefault { name }, vec![g]);
                            self.incref(d);
                            d
                        }
                        SlotSource::VarArgs(items) => {
                            let items = items.iter().map(|&i| vals[i]).collect();
                            self.value(Op::Rt(RtFunc::BuildTuple), items)
                        }
                        SlotSource::VarKw(items) => {
                            let mut pairs = Vec::new();
                            for (name, i) in items {
                                let k = self.str_const(&name);
                                pairs.push(self.value(Op::Const(k), vec![]));
                                pairs.push(vals[i]);
                            }
                            self.value(Op::Rt(RtFunc::BuildDict), pairs)
                        }
                    };
                    all.push(v);
                }
                let r = self.value(Op::CallDirect(fid), all);
                self.pop_temp(g);
                self.decref(g);
                return Ok(r);
            }
        }
        let callee = self.expr(func)?;
        self.push_temp(callee);
        let mut all = vec![callee];
        all.extend(self.exprs(&args.iter().chain(keywords.iter().map(|k| &k.value)).collect::<Vec<_>>())?);
        self.line = line;
        let r = self.value(Op::Call { kwnames }, all.clone());
        self.pop_temps(&all);
        for &v in all.iter().rev() {
            self.decref(v);
        }
        Ok(r)
    }

    /// Bind a call to global `name` at compile time, when `name` is a module function bound
    /// only by its plain `def` and the call binds without error: the function to call directly
    /// and where each of its parameter slots gets its value. Any call that would raise a
    /// binding error is left to the generic protocol, which reports it as CPython does.
    fn static_binding(
        &mut self,
        name: &str,
        args: &[Expr],
        keywords: &[ast::Keyword],
    ) -> Option<(FuncId, Vec<SlotSource>)> {
        if self.scope.lookup(name) != NameRef::Global || args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            return None;
        }
        let loc = self.mc.sole_def(name)?;
        let sig = self.mc.scopes.function(loc).sig.clone();
        let (n, posonly) = (sig.argcount as usize, sig.posonlyargcount as usize);
        let total = n + sig.kwonlyargcount as usize;
        let mut assigned: Vec<Option<usize>> = vec![None; total];
        for (i, slot) in assigned.iter_mut().enumerate().take(args.len().min(n)) {
            *slot = Some(i);
        }
        let extra_positional: Vec<usize> = (n..args.len()).collect();
        if !extra_positional.is_empty() && !sig.varargs {
            return None;
        }
        let mut extra_keywords = Vec::new();
        for (k, kw) in keywords.iter().enumerate() {
            let kname = kw.arg.as_deref()?;
            match (posonly..total).find(|&j| sig.slot_names[j] == kname) {
                Some(j) if assigned[j].is_some() => return None,
                Some(j) => assigned[j] = Some(args.len() + k),
                None if sig.varkw => extra_keywords.push((kname.to_string(), args.len() + k)),
                None => return None,
            }
        }
        let first_default = n - sig.ndefaults as usize;
        let mut plan = Vec::with_capacity(sig.nslots());
        for (j, a) in assigned.iter().enumerate() {
            plan.push(match a {
                Some(i) => SlotSource::Arg(*i),
                None if j < n && j >= first_default => SlotSource::Default((j - first_default) as u32),
                None if j >= n && sig.kwonly_defaults[j - n] => SlotSource::KwDefault(sig.slot_names[j].clone()),
                None => return None,
            });
        }
        if sig.varargs {
            plan.push(SlotSource::VarArgs(extra_positional));
        }
        if sig.varkw {
            plan.push(SlotSource::VarKw(extra_keywords));
        }
        // A default read at the call site assumes the function's defaults keep the shape of
        // its `def`; a program that assigns `__defaults__`/`__kwdefaults__` anywhere binds
        // such calls at run time instead.
        let uses_defaults = plan.iter().any(|p| matches!(p, SlotSource::Default(_) | SlotSource::KwDefault(_)));
        if uses_defaults && ["__defaults__", "__kwdefaults__"].iter().any(|a| self.mc.imports.rebound.contains(*a)) {
            return None;
        }
        Some((self.mc.func_id(loc), plan))
    }

    /// A call with `*args` or `**kwargs`: build the argument tuple and dict, then `CallEx`.
    fn call_ex(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CompileResult<Value> {
        let callee = self.expr(func)?;
        self.push_temp(callee);
        let list = self.gather_list(args, Some(callee))?;
        let tuple = self.value(Op::Rt(RtFunc::ListToTuple), vec![list]);
        self.decref(list);
        self.push_temp(tuple);
        let mut operands = vec![callee, tuple];
        if !keywords.is_empty() {
            let d = self.value(Op::Rt(RtFunc::BuildDict), vec![]);
            self.push_temp(d);
            for k in keywords {
                let v = self.expr(&k.value)?;
                self.push_temp(v);
                match &k.arg {
                    Some(name) => {
                        // Merge a one-entry dict so a duplicate of a `**` key is reported.
                        let n = self.str_const(name);
                        let nv = self.value(Op::Const(n), vec![]);
                        self.pop_temp(v);
                        let one = self.value(Op::Rt(RtFunc::BuildDict), vec![nv, v]);
                        self.push_temp(one);
                        self.emit(Op::Rt(RtFunc::DictMergeKwargs), vec![d, one, callee]);
                        self.pop_temp(one);
                        self.decref(one);
                    }
                    None => {
                        self.emit(Op::Rt(RtFunc::DictMergeKwargs), vec![d, v, callee]);
                        self.pop_temp(v);
                        self.decref(v);
                    }
                }
            }
            self.pop_temp(d);
            operands.push(d);
            self.push_temp(d);
        }
        self.line = e.loc.line;
        let r = self.value(Op::CallEx, operands.clone());
        for &v in operands.iter().rev() {
            self.pop_temp(v);
            self.decref(v);
        }
        Ok(r)
    }
}

/// Where a parameter slot of a directly called function gets its value (see
/// `FnCx::static_binding`); indices are into the call's evaluated arguments, positional
/// ones first, then keyword values in source order.
enum SlotSource {
    Arg(usize),
    Default(u32),
    KwDefault(String),
    VarArgs(Vec<usize>),
    VarKw(Vec<(String, usize)>),
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    /// A class body.
    Class(&'a [Stmt]),
    Expr(&'a Expr),
    Comprehension(Comprehension<'a>),
}

/// The docstring of a body: its first statement, when that is a string constant.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s),
        _ => None,
    }
}

/// Does a class body annotate a name anywhere outside nested scopes (so it needs
/// `__annotations__`)?
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// A comprehension's parts, for lowering its function.
struct Comprehension<'a> {
    kind: ComprehensionKind,
    elt: &'a Expr,
    value: Option<&'a Expr>,
    generators: &'a [ast::Generator],
}

/// Comprehensions take no parameters of their own in the tree (`.0` is implicit).
static NO_PARAMETERS: ast::Parameters = ast::Parameters {
    posonly: Vec::new(),
    args: Vec::new(),
    vararg: None,
    kwonly: Vec::new(),
    kwarg: None,
    vararg_annotation: None,
    kwarg_annotation: None,
};

/// A comparison whose value is the rich comparison's object (one operator, not `is`/`in`).
fn is_plain_compare(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Compare { ops, .. } => {
            ops.len() == 1
                && matches!(ops[0], CmpOp::Lt | CmpOp::LtE | CmpOp::Eq | CmpOp::NotEq | CmpOp::Gt | CmpOp::GtE)
        }
        _ => false,
    }
}

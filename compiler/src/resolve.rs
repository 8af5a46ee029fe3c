//! Scope resolution: decides, for every name in every scope, where it lives.
//!
//! Input: the module's syntax tree. Output: a [`ScopeTable`] with one [`Scope`] for the module
//! and one per `def`/`lambda` (keyed by the position of the definition), and the bindings of
//! every module-level name (used to decide which calls can be direct).
//!
//! Terminology, as in CPython's `Python/symtable.c`:
//! - a name is *bound* in a scope by assignment, augmented assignment, `for`/`except … as`/
//!   `import` targets, `del`, `def`, walrus, or being a parameter;
//! - in the module scope every name is *global* (a slot of the module namespace);
//! - in a function, a name declared `global` is *global*; one declared `nonlocal` is *free*; a
//!   bound name is *local*; any other name is *free* if an enclosing function binds it, and
//!   *global* (global-or-builtin at run time) otherwise;
//! - a local that some nested function uses as free becomes a *cell*: it is stored in a heap
//!   cell shared with the closures; a free name is read through the closure's cell, and a
//!   function through which a free name passes on its way to a deeper function holds it too.
//!
//! Errors CPython's compiler reports here become `Semantic` diagnostics with its messages.

use crate::ast::{
    Expr, ExprKind, FStringPart, Generator, Loc, Param, Parameters, Pattern, PatternKind, Stmt, StmtKind,
};
use crate::diagnostics::{CompileResult, Diagnostic, Kind};
use std::collections::{HashMap, HashSet};

/// Where a name lives, from one scope's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRef {
    /// A plain local variable: index into [`Scope::fast`].
    Fast(usize),
    /// A local held in a cell because nested functions capture it: index into [`Scope::cells`].
    Cell(usize),
    /// A variable of an enclosing function, read through the closure: index into [`Scope::frees`].
    Free(usize),
    /// A module-level name (or a builtin, when the module never binds it).
    Global,
    /// A name bound in a class body: it lives in the class namespace (CPython's
    /// `LOAD_NAME`/`STORE_NAME`); a read falls back to the global, then the builtin.
    ClassName,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    /// A class body: run as a function whose one parameter is the namespace.
    Class,
}

/// The parameter through which a class body receives its namespace.
pub const CLASS_NS_ARG: &str = ".ns";

/// The implicit cell through which methods see their class (`super()`, `__class__`).
pub const CLASS_CELL: &str = "__class__";

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Parameter names in slot order (functions only).
    pub params: Vec<String>,
    /// The parameter layout (functions only).
    pub sig: crate::ir::Signature,
    /// Plain locals, parameters first (in slot order), then other names in binding order.
    pub fast: Vec<String>,
    /// Locals stored in cells.
    pub cells: Vec<String>,
    /// Free variables, in the order of the closure tuple.
    pub frees: Vec<String>,
    globals: HashSet<String>,
    /// Names bound in a class body (class scopes only).
    class_names: HashSet<String>,
    /// A function containing `yield`, or a generator expression.
    pub is_generator: bool,
    /// An `async def`, or a comprehension containing `async for` or `await`: with
    /// `is_generator` an async generator, else a coroutine.
    pub is_async: bool,
}

impl Scope {
    /// Does `name` here resolve to a global (or failing that the builtin): a plain global
    /// read, or a class body's read of a name it does not bind (`LOAD_NAME`, whose namespace
    /// lookup comes first)?
    pub fn reads_global(&self, name: &str) -> bool {
        match self.lookup(name) {
            NameRef::Global => true,
            NameRef::ClassName => !self.class_names.contains(name),
            _ => false,
        }
    }

    pub fn lookup(&self, name: &str) -> NameRef {
        if self.kind == ScopeKind::Module || self.globals.contains(name) {
            return NameRef::Global;
        }
        if self.kind == ScopeKind::Class && self.class_names.contains(name) {
            return NameRef::ClassName;
        }
        if let Some(i) = self.cells.iter().position(|n| n == name) {
            return NameRef::Cell(i);
        }
        if let Some(i) = self.frees.iter().position(|n| n == name) {
            return NameRef::Free(i);
        }
        if let Some(i) = self.fast.iter().position(|n| n == name) {
            return NameRef::Fast(i);
        }
        // A class body reads every other name as `LOAD_NAME` does: the namespace first (a
        // custom `__prepare__` mapping may supply it), then the global, then the builtin.
        if self.kind == ScopeKind::Class {
            return NameRef::ClassName;
        }
        NameRef::Global
    }
}

/// How a module-level name gets bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// By the `def` at this position.
    Def(Loc),
    /// In any other way (assignment, import, `del`, `global` in a function…).
    Other,
}

pub struct ScopeTable {
    pub module: Scope,
    pub functions: HashMap<Loc, Scope>,
    /// Every binding of every global name, anywhere in the module.
    pub global_bindings: HashMap<String, Vec<Binding>>,
    /// The module's globals live in its namespace dict rather than in slots: it calls
    /// `globals()` (or `locals()`/`vars()` at module level), whose dict must be live, or binds
    /// names unknown at compile time with `from m import *` (`docs/design/modules.md`).
    pub dynamic_globals: bool,
}

impl ScopeTable {
    pub fn function(&self, loc: Loc) -> &Scope {
        &self.functions[&loc]
    }

    /// The function a global name always refers to once bound: it is bound exactly once, by a
    /// `def`, so a call through it can be a direct call.
    pub fn sole_def(&self, name: &str) -> Option<Loc> {
        match self.global_bindings.get(name).map(Vec::as_slice) {
            Some([Binding::Def(loc)]) => Some(*loc),
            _ => None,
        }
    }

    /// Is the global name bound anywhere in the module? (If not, it can only be a builtin.)
    pub fn is_bound_global(&self, name: &str) -> bool {
        self.global_bindings.contains_key(name)
    }
}

/// What one scope's body does with names, collected in a first walk.
#[derive(Default)]
struct Collected<'a> {
    /// Bound names in first-binding order, with how they are bound.
    bound: Vec<(String, Binding)>,
    used: HashSet<String>,
    globals: Vec<(String, Loc)>,
    nonlocals: Vec<(String, Loc)>,
    children: Vec<Child<'a>>,
    /// The scope contains `yield` (it is a generator).
    yields: bool,
    /// The scope awaits: `await`, `async for`, `async with`, or an asynchronous comprehension
    /// (not a generator expression) nested in it.
    awaits: bool,
    /// The first `return value` (an error in an async generator).
    return_value: Option<Loc>,
    /// Names an assignment expression binds inside this comprehension (or one nested in it):
    /// PEP 572 binds them in the enclosing function, or the module.
    walrus: Vec<(String, Loc)>,
    /// A `from m import *` (module scope only).
    star_import: bool,
}

/// A nested scope met while collecting: a `def`, a `lambda` or a comprehension.
struct Child<'a> {
    loc: Loc,
    params: Parameters,
    body: ChildBody<'a>,
    /// An `async def`.
    is_async: bool,
}

/// The code of a scope, borrowed from the tree.
#[derive(Clone, Copy)]
enum ChildBody<'a> {
    Stmts(&'a [Stmt]),
    /// A class body.
    Class(&'a [Stmt]),
    Expr(&'a Expr),
    /// A comprehension: its element(s) and clauses; the first clause's iterable belongs to the
    /// enclosing scope and arrives as the parameter `.0`.
    Comprehension {
        kind: crate::ast::ComprehensionKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Generator],
    },
}

/// The parameter through which a comprehension receives its first iterator.
pub const COMPREHENSION_ARG: &str = ".0";

struct Collector<'a> {
    file: &'a str,
    c: Collected<'a>,
    /// Collecting a comprehension's own scope.
    in_comprehension: bool,
    /// Names seen so far (for "used prior to global declaration").
    seen_use: HashSet<String>,
    seen_bind: HashSet<String>,
    params: HashSet<String>,
    is_module: bool,
    is_class: bool,
    /// Collecting an `async def`'s body.
    is_async: bool,
}

impl<'a> Collector<'a> {
    fn bind(&mut self, name: &str, how: Binding) {
        self.seen_bind.insert(name.to_string());
        self.c.bound.push((name.to_string(), how));
    }

    fn use_name(&mut self, name: &str) {
        self.seen_use.insert(name.to_string());
        self.c.used.insert(name.to_string());
        // A function that names `super` sees its class through the implicit `__class__`
        // cell, as CPython's symtable arranges, so that `super()` works without arguments.
        if name == "super" && !self.is_module {
            self.c.used.insert(CLASS_CELL.to_string());
        }
    }

    fn declare(&mut self, name: &str, loc: Loc, global: bool) -> CompileResult<()> {
        let what = if global { "global" } else { "nonlocal" };
        let err = |m: String| Err(Diagnostic::at(Kind::Semantic, self.file, loc, m));
        if !global && self.is_module {
            return err("nonlocal declaration not allowed at module level".into());
        }
        if self.params.contains(name) {
            return err(format!("name '{name}' is parameter and {what}"));
        }
        if self.seen_bind.contains(name) {
            return err(format!("name '{name}' is assigned to before {what} declaration"));
        }
        if self.seen_use.contains(name) {
            return err(format!("name '{name}' is used prior to {what} declaration"));
        }
        let other = if global { &self.c.nonlocals } else { &self.c.globals };
        if other.iter().any(|(n, _)| n == name) {
            return err(format!("name '{name}' is nonlocal and global"));
        }
        if global {
            self.c.globals.push((name.to_string(), loc));
        } else {
            self.c.nonlocals.push((name.to_string(), loc));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                self.param_annotations(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.c.children.push(Child {
                    loc: f.loc,
                    params: f.params.clone(),
                    body: ChildBody::Stmts(&f.body),
                    is_async: f.is_async,
                });
                // A decorated name is bound to whatever the decorators return, not the function.
                let how = if f.decorators.is_empty() { Binding::Def(f.loc) } else { Binding::Other };
                self.bind(&f.name, how);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let params = Parameters {
                    args: vec![Param { name: CLASS_NS_ARG.into(), default: None, annotation: None, loc: c.loc }],
                    ..Parameters::default()
                };
                self.c.children.push(Child { loc: c.loc, params, body: ChildBody::Class(&c.body), is_async: false });
                self.bind(&c.name, Binding::Other);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.c.return_value.get_or_insert(s.loc);
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                // Module and class bodies evaluate annotations; function bodies do not.
                if self.is_class || self.is_module {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    self.async_statement(s.loc, "'async for' outside async function")?;
                }
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(e)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, Binding::Other);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    self.async_statement(s.loc, "'async with' outside async function")?;
                }
                for (ctx, target) in items {
                    self.expr(ctx)?;
                    if let Some(t) = target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for (name, alias) in names {
                    let bound = alias.clone().unwrap_or_else(|| name.split('.').next().unwrap_or(name).to_string());
                    self.bind(&bound, Binding::Other);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                // `from m import *` binds names known only at run time: the module's globals
                // become dynamic (`ScopeTable::dynamic_globals`).
                if names.iter().any(|(n, _)| n == "*") {
                    if !self.is_module {
                        return Err(Diagnostic::at(
                            Kind::SyntaxError,
                            self.file,
                            s.loc,
                            "import * only allowed at module level",
                        ));
                    }
                    self.c.star_import = true;
                }
                for (name, alias) in names.iter().filter(|(n, _)| n != "*") {
                    self.bind(alias.as_deref().unwrap_or(name), Binding::Other);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, s.loc, true)?;
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.declare(n, s.loc, false)?;
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Unsupported(_) => {}
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &'a Parameters) -> CompileResult<()> {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    /// Parameter annotations are evaluated by `def` in the enclosing scope, as defaults are.
    fn param_annotations(&mut self, p: &'a Parameters) -> CompileResult<()> {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(a) = &param.annotation {
                self.expr(a)?;
            }
        }
        for a in p.vararg_annotation.iter().chain(&p.kwarg_annotation) {
            self.expr(a)?;
        }
        Ok(())
    }

    /// A `case` pattern: captures are bound; values, classes and keys are evaluated.
    fn pattern(&mut self, p: &'a Pattern) -> CompileResult<()> {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => ps.iter().try_for_each(|q| self.pattern(q))?,
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|q| self.pattern(q))?;
                if let Some(r) = rest {
                    self.bind(r, Binding::Other);
                }
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|q| self.pattern(q))?;
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.bind(n, Binding::Other);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.bind(n, Binding::Other);
                }
            }
        }
        Ok(())
    }

    /// An assignment target: names are bound, everything else is evaluated.
    fn target(&mut self, t: &'a Expr) -> CompileResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, Binding::Other),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.target(e)?;
                }
            }
            ExprKind::Starred(e) => self.target(e)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> CompileResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::NamedExpr { target, value } => {
                if self.in_comprehension {
                    // PEP 572: the name belongs to the enclosing function (or module); this
                    // comprehension reaches it like a `nonlocal` (or `global`).
                    if self.seen_bind.contains(target) {
                        return Err(Diagnostic::at(
                            Kind::SyntaxError,
                            self.file,
                            e.loc,
                            format!("assignment expression cannot rebind comprehension iteration variable '{target}'"),
                        ));
                    }
                    self.expr(value)?;
                    self.c.walrus.push((target.clone(), e.loc));
                    return Ok(());
                }
                self.expr(value)?;
                self.bind(target, Binding::Other);
            }
            ExprKind::Comprehension { kind, elt, value, generators } => {
                // The first iterable is evaluated here; the rest is the comprehension's scope.
                if let Some(first) = generators.first() {
                    self.expr(&first.iter)?;
                }
                let params = Parameters {
                    args: vec![Param { name: COMPREHENSION_ARG.into(), default: None, annotation: None, loc: e.loc }],
                    ..Parameters::default()
                };
                let body = ChildBody::Comprehension { kind: *kind, elt, value: value.as_deref(), generators };
                // Assignment expressions inside bind here (or further out, through an
                // enclosing comprehension).
                let inner = collect(self.file, &params, body, false, false)?;
                // An asynchronous list/set/dict comprehension is awaited where it is built,
                // which only an async function (or a comprehension, itself made asynchronous)
                // can do; an asynchronous generator expression is just created.
                if *kind != crate::ast::ComprehensionKind::Generator
                    && (inner.awaits || generators.iter().any(|g| g.is_async))
                {
                    if !self.in_comprehension && !self.is_async {
                        return Err(Diagnostic::at(
                            Kind::SyntaxError,
                            self.file,
                            e.loc,
                            "asynchronous comprehension outside of an asynchronous function",
                        ));
                    }
                    self.c.awaits = true;
                }
                for (name, loc) in inner.walrus {
                    if self.in_comprehension {
                        self.c.walrus.push((name, loc));
                    } else if self.is_class {
                        return Err(Diagnostic::at(
                            Kind::SyntaxError,
                            self.file,
                            loc,
                            "assignment expression within a comprehension cannot be used in a class body",
                        ));
                    } else {
                        self.bind(&name, Binding::Other);
                    }
                }
                self.c.children.push(Child { loc: e.loc, params, body, is_async: false });
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                self.c.children.push(Child {
                    loc: e.loc,
                    params: (**params).clone(),
                    body: ChildBody::Expr(body),
                    is_async: false,
                });
            }
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                values.iter().try_for_each(|v| self.expr(v))?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                args.iter().try_for_each(|v| self.expr(v))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
                elts.iter().try_for_each(|v| self.expr(v))?
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Yield(v) => {
                self.yield_here(e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(e.loc)?;
                if self.is_async {
                    return Err(Diagnostic::at(
                        Kind::SyntaxError,
                        self.file,
                        e.loc,
                        "'yield from' inside async function",
                    ));
                }
                self.expr(v)?;
            }
            ExprKind::Await(v) => {
                if !self.in_comprehension {
                    if self.is_module || self.is_class {
                        return Err(Diagnostic::at(Kind::SyntaxError, self.file, e.loc, "'await' outside function"));
                    }
                    if !self.is_async {
                        return Err(Diagnostic::at(
                            Kind::SyntaxError,
                            self.file,
                            e.loc,
                            "'await' outside async function",
                        ));
                    }
                }
                self.c.awaits = true;
                self.expr(v)?;
            }
            ExprKind::Constant(_) | ExprKind::Unsupported(_) => {}
        }
        Ok(())
    }

    /// `async for` / `async with`: only in an `async def`.
    fn async_statement(&mut self, loc: Loc, msg: &str) -> CompileResult<()> {
        if !self.is_async {
            return Err(Diagnostic::at(Kind::SyntaxError, self.file, loc, msg));
        }
        self.c.awaits = true;
        Ok(())
    }

    /// A `yield` in this scope: only functions may contain one (CPython's messages).
    fn yield_here(&mut self, loc: Loc) -> CompileResult<()> {
        if self.in_comprehension {
            return Err(Diagnostic::at(Kind::SyntaxError, self.file, loc, "'yield' inside comprehension"));
        }
        if self.is_module || self.is_class {
            return Err(Diagnostic::at(Kind::SyntaxError, self.file, loc, "'yield' outside function"));
        }
        self.c.yields = true;
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CompileResult<()> {
        for p in parts {
            if let FStringPart::Value { value, spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }
}

fn collect<'a>(
    file: &'a str,
    params: &Parameters,
    body: ChildBody<'a>,
    is_module: bool,
    is_async: bool,
) -> CompileResult<Collected<'a>> {
    let mut col = Collector {
        file,
        c: Collected::default(),
        in_comprehension: matches!(body, ChildBody::Comprehension { .. }),
        seen_use: HashSet::new(),
        seen_bind: HashSet::new(),
        params: params.slot_names().into_iter().collect(),
        is_module,
        is_class: matches!(body, ChildBody::Class(_)),
        is_async,
    };
    match body {
        ChildBody::Stmts(s) | ChildBody::Class(s) => col.stmts(s)?,
        ChildBody::Expr(e) => col.expr(e)?,
        ChildBody::Comprehension { kind, elt, value, generators } => {
            col.c.yields = kind == crate::ast::ComprehensionKind::Generator;
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    col.expr(&g.iter)?;
                }
                col.target(&g.target)?;
                for cond in &g.ifs {
                    col.expr(cond)?;
                }
            }
            col.expr(elt)?;
            if let Some(v) = value {
                col.expr(v)?;
            }
        }
    }
    Ok(col.c)
}

struct Resolver<'a> {
    file: &'a str,
    functions: HashMap<Loc, Scope>,
    global_bindings: HashMap<String, Vec<Binding>>,
    /// Some scope names `globals` (see `ScopeTable::dynamic_globals`).
    uses_globals: bool,
}

impl Resolver<'_> {
    /// Analyse one nested scope (function or class body).
    fn scope(&mut self, child: &Child, enclosing: &HashSet<String>) -> CompileResult<(Scope, Vec<String>)> {
        match child.body {
            ChildBody::Class(_) => self.class(child, enclosing),
            _ => self.function(child, enclosing),
        }
    }

    /// A class body. Its bound names live in the namespace and are invisible to the functions
    /// nested in it (methods see the enclosing *function* scopes, not the class), which see
    /// instead the implicit `__class__` cell; names the body reads from enclosing functions
    /// are free, the rest global.
    fn class(&mut self, child: &Child, enclosing: &HashSet<String>) -> CompileResult<(Scope, Vec<String>)> {
        let c = collect(self.file, &child.params, child.body, false, false)?;
        self.uses_globals |= c.used.contains("globals");
        let globals: HashSet<String> = c.globals.iter().map(|(n, _)| n.clone()).collect();
        let nonlocals: Vec<String> = c.nonlocals.iter().map(|(n, _)| n.clone()).collect();
        for (n, loc) in &c.nonlocals {
            if !enclosing.contains(n) {
                return Err(Diagnostic::at(
                    Kind::Semantic,
                    self.file,
                    *loc,
                    format!("no binding for nonlocal '{n}' found"),
                ));
            }
        }
        let mut class_names = HashSet::new();
        for (n, _) in &c.bound {
            if globals.contains(n) {
                self.global_bindings.entry(n.clone()).or_default().push(Binding::Other);
            } else if !nonlocals.contains(n) {
                class_names.insert(n.clone());
            }
        }
        let mut inner: HashSet<String> = enclosing.iter().filter(|n| !globals.contains(*n)).cloned().collect();
        inner.insert(CLASS_CELL.to_string());
        let mut cells: Vec<String> = Vec::new();
        let mut frees: Vec<String> = nonlocals.clone();
        for ch in &c.children {
            let (scope, needs) = self.scope(ch, &inner)?;
            self.functions.insert(ch.loc, scope);
            for n in needs {
                if n == CLASS_CELL {
                    if !cells.contains(&n) {
                        cells.push(n);
                    }
                } else if !frees.contains(&n) {
                    frees.push(n);
                }
            }
        }
        let mut used: Vec<&String> = c.used.iter().collect();
        used.sort();
        for n in used {
            if !class_names.contains(n) && !globals.contains(n) && enclosing.contains(n) && !frees.contains(n) {
                frees.push(n.clone());
            }
        }
        let params = child.params.slot_names();
        let sig = crate::ir::Signature { argcount: 1, slot_names: params.clone(), ..crate::ir::Signature::default() };
        let scope = Scope {
            kind: ScopeKind::Class,
            params: params.clone(),
            sig,
            fast: params,
            cells,
            frees: frees.clone(),
            globals,
            class_names,
            is_generator: false,
            is_async: false,
        };
        Ok((scope, frees))
    }

    /// Analyse one function scope given the names its enclosing functions bind; returns the
    /// finished scope and the free names it needs from its enclosers.
    fn function(&mut self, child: &Child, enclosing: &HashSet<String>) -> CompileResult<(Scope, Vec<String>)> {
        let mut c = collect(self.file, &child.params, child.body, false, child.is_async)?;
        let is_async = match child.body {
            ChildBody::Comprehension { generators, .. } => c.awaits || generators.iter().any(|g| g.is_async),
            _ => child.is_async,
        };
        if let (true, true, Some(loc)) = (is_async, c.yields, c.return_value) {
            return Err(Diagnostic::at(Kind::SyntaxError, self.file, loc, "'return' with value in async generator"));
        }
        self.uses_globals |= c.used.contains("globals");
        // A comprehension's assignment-expression targets live outside it.
        for (n, loc) in std::mem::take(&mut c.walrus) {
            let declared = c.nonlocals.iter().chain(&c.globals).any(|(m, _)| *m == n);
            if declared {
                continue;
            }
            if enclosing.contains(&n) {
                c.nonlocals.push((n, loc));
            } else {
                c.globals.push((n, loc));
            }
        }
        let globals: HashSet<String> = c.globals.iter().map(|(n, _)| n.clone()).collect();
        let nonlocals: Vec<String> = c.nonlocals.iter().map(|(n, _)| n.clone()).collect();
        for (n, loc) in &c.nonlocals {
            if !enclosing.contains(n) {
                return Err(Diagnostic::at(
                    Kind::Semantic,
                    self.file,
                    *loc,
                    format!("no binding for nonlocal '{n}' found"),
                ));
            }
        }
        let params = child.params.slot_names();
        // Locals: parameters, then bound names, excluding global and nonlocal declarations.
        let mut locals: Vec<String> = params.clone();
        for (n, how) in &c.bound {
            if globals.contains(n) {
                self.global_bindings.entry(n.clone()).or_default().push(match how {
                    Binding::Def(_) => Binding::Other, // a def inside a function is not module-level
                    Binding::Other => Binding::Other,
                });
            } else if !nonlocals.contains(n) && !locals.contains(n) {
                locals.push(n.clone());
            }
        }
        // Children see this scope's locals, plus what this scope itself sees.
        let mut inner: HashSet<String> = enclosing.iter().filter(|n| !globals.contains(*n)).cloned().collect();
        inner.extend(locals.iter().cloned());
        let mut cells: Vec<String> = Vec::new();
        let mut frees: Vec<String> = nonlocals.clone();
        for ch in &c.children {
            let (scope, needs) = self.scope(ch, &inner)?;
            self.functions.insert(ch.loc, scope);
            for n in needs {
                if locals.contains(&n) {
                    if !cells.contains(&n) {
                        cells.push(n);
                    }
                } else if !frees.contains(&n) {
                    frees.push(n);
                }
            }
        }
        let mut used: Vec<&String> = c.used.iter().collect();
        used.sort();
        for n in used {
            if !locals.contains(n) && !globals.contains(n) && enclosing.contains(n) && !frees.contains(n) {
                frees.push(n.clone());
            }
        }
        let fast = locals.iter().filter(|n| !cells.contains(n)).cloned().collect();
        let p = &child.params;
        let sig = crate::ir::Signature {
            argcount: (p.posonly.len() + p.args.len()) as u32,
            posonlyargcount: p.posonly.len() as u32,
            kwonlyargcount: p.kwonly.len() as u32,
            varargs: p.vararg.is_some(),
            varkw: p.kwarg.is_some(),
            slot_names: params.clone(),
            ndefaults: p.posonly.iter().chain(&p.args).filter(|a| a.default.is_some()).count() as u32,
            kwonly_defaults: p.kwonly.iter().map(|a| a.default.is_some()).collect(),
        };
        let scope = Scope {
            kind: ScopeKind::Function,
            params,
            sig,
            fast,
            cells,
            frees: frees.clone(),
            globals,
            class_names: HashSet::new(),
            is_generator: c.yields,
            is_async,
        };
        Ok((scope, frees))
    }
}

/// Resolve every scope of a module.
pub fn resolve_module(file: &str, body: &[Stmt]) -> CompileResult<ScopeTable> {
    let c = collect(file, &Parameters::default(), ChildBody::Stmts(body), true, false)?;
    let mut r = Resolver { file, functions: HashMap::new(), global_bindings: HashMap::new(), uses_globals: false };
    for (n, how) in &c.bound {
        r.global_bindings.entry(n.clone()).or_default().push(*how);
    }
    let empty = HashSet::new();
    for ch in &c.children {
        let (scope, _needs) = r.scope(ch, &empty)?;
        r.functions.insert(ch.loc, scope);
    }
    let module = Scope {
        kind: ScopeKind::Module,
        params: Vec::new(),
        sig: crate::ir::Signature::default(),
        fast: Vec::new(),
        cells: Vec::new(),
        frees: Vec::new(),
        globals: HashSet::new(),
        class_names: HashSet::new(),
        is_generator: false,
        is_async: false,
    };
    let dynamic_globals =
        r.uses_globals || c.star_import || ["globals", "locals", "vars"].iter().any(|n| c.used.contains(*n));
    Ok(ScopeTable { module, functions: r.functions, global_bindings: r.global_bindings, dynamic_globals })
}

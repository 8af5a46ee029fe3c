//! Parsing: Python source text → ophis's syntax tree (`ast.rs`).
//!
//! This is the only module that names `rustpython_parser`; it runs the parser and translates
//! its tree into ours, resolving byte offsets to line and column once. The translation is
//! total: a construct ophis does not compile yet becomes an `Unsupported` node naming it,
//! which the first pass that meets it reports. Parse errors become `SyntaxError` diagnostics.

use crate::ast::{self, BinOp, BoolOp, CmpOp, Constant, Expr, ExprKind, FStringPart, Loc, Stmt, StmtKind, UnaryOp};
use crate::diagnostics::{CompileResult, Diagnostic, Kind, SourceFile};
use rustpython_parser::ast as py;
use rustpython_parser::ast::Ranged;

/// Parse a module's source.
pub fn parse_module(src: &SourceFile) -> CompileResult<Vec<Stmt>> {
    let module = rustpython_parser::parse(&src.text, rustpython_parser::Mode::Module, &src.path).map_err(|e| {
        let loc = src.loc(e.offset.to_usize());
        let mut msg = missing_block(src, loc).or_else(|| try_error(src, loc)).unwrap_or_else(|| e.error.to_string());
        if in_fstring(src, loc) {
            msg.push_str(
                "\nnote: ophis's parser does not support the f-string forms new in Python 3.12 (PEP 701): \
                 reusing the enclosing quote inside `{…}`, nested f-strings with the same quotes, \
                 and comments or backslashes inside `{…}`",
            );
        }
        Diagnostic::at(Kind::SyntaxError, &src.path, loc, msg)
    })?;
    let py::Mod::Module(m) = module else {
        return Err(Diagnostic::internal("parse", "the parser returned a non-module tree"));
    };
    let future_annotations = m.body.iter().take_while(|s| is_future_or_docstring(s)).any(|s| match s {
        py::Stmt::ImportFrom(i) => i.names.iter().any(|a| a.name.as_str() == "annotations"),
        _ => false,
    });
    let cx = Cx { src, class_name: std::cell::RefCell::new(None), future_annotations };
    Ok(m.body.iter().map(|s| cx.stmt(s)).collect())
}

/// CPython's message for a block header with no indented body after it ("expected an
/// indented block after function definition on line 1"), when that is what went wrong.
fn missing_block(src: &SourceFile, loc: Loc) -> Option<String> {
    let lines: Vec<&str> = src.text.lines().collect();
    let code = |l: &str| l.split('#').next().unwrap_or("").trim_end().to_string();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let err_line = (loc.line.saturating_sub(1) as usize).min(lines.len());
    // The last line with code before the error, which must open a block…
    let (hi, header) = lines[..err_line].iter().enumerate().rev().find(|(_, l)| !code(l).trim().is_empty())?;
    let header_code = code(header);
    if !header_code.ends_with(':') {
        return None;
    }
    // …and no line after it may be indented deeper.
    let body = lines[hi + 1..].iter().find(|l| !code(l).trim().is_empty());
    if body.is_some_and(|b| indent(b) > indent(header)) {
        return None;
    }
    let keyword = header_code.split(|c: char| !c.is_alphanumeric() && c != '_').find(|w| !w.is_empty())?;
    let what = match keyword {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "async" => "function definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" | "match" | "case" => {
            format!("'{keyword}' statement")
        }
        _ => return None,
    };
    Some(format!("IndentationError: expected an indented block after {what} on line {}", hi + 1))
}

/// CPython's messages for a malformed `try` statement, when that is what went wrong: a `try`
/// block followed by neither `except` nor `finally`, `except` mixed with `except*`, and
/// `except*` without a type.
fn try_error(src: &SourceFile, loc: Loc) -> Option<String> {
    let lines: Vec<&str> = src.text.lines().collect();
    let code = |l: &str| l.split('#').next().unwrap_or("").trim_end().to_string();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let line = *lines.get(loc.line.checked_sub(1)? as usize)?;
    let text = code(line);
    let stripped = text.trim_start();
    let col = loc.col.saturating_sub(1) as usize;
    if let Some(after_star) = stripped.strip_prefix("except").and_then(|a| a.trim_start().strip_prefix('*')) {
        if after_star.trim_start().starts_with(':') && col > indent(line) + 6 {
            return Some("expected one or more exception types".into());
        }
    }
    // The nearest line above at this line's indentation or less: a `try:` header?
    let here = indent(line);
    let prev = lines[..loc.line as usize - 1].iter().rev().find(|l| !code(l).trim().is_empty() && indent(l) <= here)?;
    let prev_code = code(prev);
    let prev_kw = prev_code.trim_start();
    if indent(prev) != here {
        return None;
    }
    let is_except = |s: &str| s.starts_with("except") && !s[6..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
    let is_star = |s: &str| is_except(s) && s[6..].trim_start().starts_with('*');
    if prev_kw.starts_with("try") && prev_kw[3..].trim_start().starts_with(':') && col == here {
        return Some("expected 'except' or 'finally' block".into());
    }
    if is_except(stripped) && is_except(prev_kw) && is_star(stripped) != is_star(prev_kw) {
        return Some("cannot have both 'except' and 'except*' on the same 'try'".into());
    }
    None
}

/// Does the error position fall after an f-string opening on its line (a likely PEP 701 form)?
fn in_fstring(src: &SourceFile, loc: Loc) -> bool {
    let Some(line) = src.text.lines().nth(loc.line.saturating_sub(1) as usize) else { return false };
    let before: String = line.chars().take(loc.col.saturating_sub(1) as usize).collect();
    ["f\"", "f'", "F\"", "F'"].iter().any(|p| before.contains(p))
}

/// Can this statement come before a `from __future__ import` (a docstring or another one)?
fn is_future_or_docstring(s: &py::Stmt) -> bool {
    match s {
        py::Stmt::ImportFrom(i) => {
            i.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && i.level.is_none_or(|l| l.to_u32() == 0)
        }
        py::Stmt::Expr(e) => matches!(&*e.value, py::Expr::Constant(c) if matches!(c.value, py::Constant::Str(_))),
        _ => false,
    }
}

struct Cx<'a> {
    src: &'a SourceFile,
    /// `from __future__ import annotations` (PEP 563): annotations become their source text.
    future_annotations: bool,
    /// The innermost enclosing class's name, for private-name mangling.
    class_name: std::cell::RefCell<Option<String>>,
}

impl Cx<'_> {
    /// Private-name mangling (`_Py_Mangle`): inside a class `C`, an identifier `__x` (not
    /// ending in `__`) becomes `_C__x`, the class name stripped of leading underscores.
    fn mangle(&self, name: &str) -> String {
        match self.class_name.borrow().as_deref() {
            Some(c) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
                let stripped = c.trim_start_matches('_');
                if stripped.is_empty() {
                    name.to_string()
                } else {
                    format!("_{stripped}{name}")
                }
            }
            _ => name.to_string(),
        }
    }

    fn loc(&self, node: &impl Ranged) -> Loc {
        self.src.loc(node.range().start().to_usize())
    }

    fn stmts(&self, body: &[py::Stmt]) -> Vec<Stmt> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn try_stmt(
        &self,
        body: &[py::Stmt],
        handlers: &[py::ExceptHandler],
        orelse: &[py::Stmt],
        finalbody: &[py::Stmt],
        star: bool,
    ) -> StmtKind {
        StmtKind::Try {
            body: self.stmts(body),
            handlers: handlers
                .iter()
                .map(|h| {
                    let py::ExceptHandler::ExceptHandler(h) = h;
                    ast::ExceptHandler {
                        loc: self.loc(h),
                        type_: h.type_.as_deref().map(|e| self.expr(e)),
                        name: h.name.as_ref().map(|n| n.to_string()),
                        body: self.stmts(&h.body),
                    }
                })
                .collect(),
            orelse: self.stmts(orelse),
            finalbody: self.stmts(finalbody),
            star,
        }
    }

    fn stmt(&self, s: &py::Stmt) -> Stmt {
        let loc = self.loc(s);
        let kind = match s {
            py::Stmt::FunctionDef(f) => StmtKind::FunctionDef(Box::new(ast::FunctionDef {
                name: self.mangle(f.name.as_str()),
                params: self.params(&f.args),
                body: self.stmts(&f.body),
                decorators: f.decorator_list.iter().map(|d| self.expr(d)).collect(),
                returns: f.returns.as_deref().map(|r| self.annotation(r)),
                loc,
                is_async: false,
            })),
            py::Stmt::AsyncFunctionDef(f) => StmtKind::FunctionDef(Box::new(ast::FunctionDef {
                name: self.mangle(f.name.as_str()),
                params: self.params(&f.args),
                body: self.stmts(&f.body),
                decorators: f.decorator_list.iter().map(|d| self.expr(d)).collect(),
                returns: f.returns.as_deref().map(|r| self.annotation(r)),
                loc,
                is_async: true,
            })),
            py::Stmt::ClassDef(c) if !c.type_params.is_empty() => {
                StmtKind::Unsupported("a generic class (type parameters)")
            }
            py::Stmt::ClassDef(c) => {
                let name = self.mangle(c.name.as_str());
                let bases = c.bases.iter().map(|b| self.expr(b)).collect();
                let keywords = self.keywords(&c.keywords);
                let decorators = c.decorator_list.iter().map(|d| self.expr(d)).collect();
                let outer = self.class_name.replace(Some(c.name.to_string()));
                let body = self.stmts(&c.body);
                self.class_name.replace(outer);
                StmtKind::ClassDef(Box::new(ast::ClassDef { name, bases, keywords, body, decorators, loc }))
            }
            py::Stmt::Return(r) => StmtKind::Return(r.value.as_deref().map(|v| self.expr(v))),
            py::Stmt::Delete(d) => StmtKind::Delete(d.targets.iter().map(|t| self.expr(t)).collect()),
            py::Stmt::Assign(a) => StmtKind::Assign {
                targets: a.targets.iter().map(|t| self.expr(t)).collect(),
                value: self.expr(&a.value),
            },
            py::Stmt::TypeAlias(_) => StmtKind::Unsupported("a `type` alias statement"),
            py::Stmt::AugAssign(a) => {
                StmtKind::AugAssign { target: self.expr(&a.target), op: binop(a.op), value: self.expr(&a.value) }
            }
            py::Stmt::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.expr(&a.target),
                annotation: self.annotation(&a.annotation),
                value: a.value.as_deref().map(|v| self.expr(v)),
                // A parenthesised name (`(x): int`) is not simple; the parser's flag misses
                // that, but the statement then starts before its target.
                simple: a.simple && a.range.start() == a.target.range().start(),
            },
            py::Stmt::For(f) => StmtKind::For {
                target: self.expr(&f.target),
                iter: self.expr(&f.iter),
                body: self.stmts(&f.body),
                orelse: self.stmts(&f.orelse),
                is_async: false,
            },
            py::Stmt::AsyncFor(f) => StmtKind::For {
                target: self.expr(&f.target),
                iter: self.expr(&f.iter),
                body: self.stmts(&f.body),
                orelse: self.stmts(&f.orelse),
                is_async: true,
            },
            py::Stmt::While(w) => {
                StmtKind::While { test: self.expr(&w.test), body: self.stmts(&w.body), orelse: self.stmts(&w.orelse) }
            }
            py::Stmt::If(i) => {
                StmtKind::If { test: self.expr(&i.test), body: self.stmts(&i.body), orelse: self.stmts(&i.orelse) }
            }
            py::Stmt::With(w) => StmtKind::With {
                items: w
                    .items
                    .iter()
                    .map(|i| (self.expr(&i.context_expr), i.optional_vars.as_deref().map(|v| self.expr(v))))
                    .collect(),
                body: self.stmts(&w.body),
                is_async: false,
            },
            py::Stmt::AsyncWith(w) => StmtKind::With {
                items: w
                    .items
                    .iter()
                    .map(|i| (self.expr(&i.context_expr), i.optional_vars.as_deref().map(|v| self.expr(v))))
                    .collect(),
                body: self.stmts(&w.body),
                is_async: true,
            },
            py::Stmt::Match(m) => StmtKind::Match {
                subject: self.expr(&m.subject),
                cases: m
                    .cases
                    .iter()
                    .map(|c| ast::MatchCase {
                        pattern: self.pattern(&c.pattern),
                        guard: c.guard.as_deref().map(|g| self.expr(g)),
                        body: self.stmts(&c.body),
                    })
                    .collect(),
            },
            py::Stmt::Raise(r) => StmtKind::Raise {
                exc: r.exc.as_deref().map(|e| self.expr(e)),
                cause: r.cause.as_deref().map(|e| self.expr(e)),
            },
            py::Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, false),
            py::Stmt::TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, true),
            py::Stmt::Assert(a) => {
                StmtKind::Assert { test: self.expr(&a.test), msg: a.msg.as_deref().map(|m| self.expr(m)) }
            }
            py::Stmt::Import(i) => StmtKind::Import(
                i.names.iter().map(|a| (a.name.to_string(), a.asname.as_ref().map(|n| n.to_string()))).collect(),
            ),
            py::Stmt::ImportFrom(i) => StmtKind::ImportFrom {
                module: i.module.as_ref().map(|m| m.to_string()),
                level: i.level.map_or(0, |l| l.to_u32()),
                names: i.names.iter().map(|a| (a.name.to_string(), a.asname.as_ref().map(|n| n.to_string()))).collect(),
            },
            py::Stmt::Global(g) => StmtKind::Global(g.names.iter().map(|n| self.mangle(n.as_str())).collect()),
            py::Stmt::Nonlocal(n) => StmtKind::Nonlocal(n.names.iter().map(|n| self.mangle(n.as_str())).collect()),
            py::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)),
            py::Stmt::Pass(_) => StmtKind::Pass,
            py::Stmt::Break(_) => StmtKind::Break,
            py::Stmt::Continue(_) => StmtKind::Continue,
        };
        Stmt { loc, kind }
    }

    fn keywords(&self, ks: &[py::Keyword]) -> Vec<ast::Keyword> {
        ks.iter()
            .map(|k| ast::Keyword {
                loc: self.loc(k),
                arg: k.arg.as_ref().map(|a| a.to_string()),
                value: self.expr(&k.value),
            })
            .collect()
    }

    fn params(&self, a: &py::Arguments) -> ast::Parameters {
        let conv = |p: &py::ArgWithDefault| ast::Param {
            name: self.mangle(p.def.arg.as_str()),
            default: p.default.as_deref().map(|d| self.expr(d)),
            annotation: p.def.annotation.as_deref().map(|a| self.annotation(a)),
            loc: self.loc(&p.def),
        };
        ast::Parameters {
            posonly: a.posonlyargs.iter().map(conv).collect(),
            args: a.args.iter().map(conv).collect(),
            vararg: a.vararg.as_ref().map(|v| self.mangle(v.arg.as_str())),
            kwonly: a.kwonlyargs.iter().map(conv).collect(),
            kwarg: a.kwarg.as_ref().map(|v| self.mangle(v.arg.as_str())),
            vararg_annotation: a.vararg.as_ref().and_then(|v| v.annotation.as_deref()).map(|x| self.annotation(x)),
            kwarg_annotation: a.kwarg.as_ref().and_then(|v| v.annotation.as_deref()).map(|x| self.annotation(x)),
        }
    }

    /// An annotation: the expression, or under `from __future__ import annotations` its text
    /// as CPython's unparser renders it (`Python/ast_unparse.c`).
    fn annotation(&self, e: &py::Expr) -> Expr {
        if !self.future_annotations {
            return self.expr(e);
        }
        let mut out = String::new();
        self.unparse(e, 1, &mut out);
        Expr { loc: self.loc(e), kind: ExprKind::Constant(Constant::Str(out)) }
    }

    /// `items` unparsed as elements, separated by `, `.
    fn unparse_items(&self, items: &[py::Expr], out: &mut String) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.unparse(x, 1, out);
        }
    }

    /// A tuple's elements, with the trailing comma of a one-element tuple.
    fn unparse_tuple_items(&self, items: &[py::Expr], out: &mut String) {
        self.unparse_items(items, out);
        if items.len() == 1 {
            out.push(',');
        }
    }

    /// `ast_unparse.c`'s `append_ast_expr` for the forms annotations use; anything else is
    /// copied from the source text. `level` is the enclosing precedence (higher binds tighter):
    /// 0 tuple, 1 test (an annotation, an element, an argument), 2 `or`, 3 `and`, 4 `not`, 5 comparison, 6 `|`, 7 `^`, 8 `&`,
    /// 9 shift, 10 `+ -`, 11 `* / // % @`, 12 unary, 13 `**`, 14 atom.
    fn unparse(&self, e: &py::Expr, level: u8, out: &mut String) {
        let paren = |me: u8, out: &mut String, f: &mut dyn FnMut(&mut String)| {
            if level > me {
                out.push('(');
            }
            f(out);
            if level > me {
                out.push(')');
            }
        };
        match e {
            py::Expr::Name(n) => out.push_str(n.id.as_str()),
            py::Expr::Constant(c) => match &c.value {
                py::Constant::Str(s) => out.push_str(&py_str_repr(s)),
                py::Constant::None => out.push_str("None"),
                py::Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
                py::Constant::Ellipsis => out.push_str("..."),
                py::Constant::Int(i) => out.push_str(&i.to_string()),
                _ => out.push_str(self.source_text(e)),
            },
            py::Expr::Attribute(a) => {
                self.unparse(&a.value, 14, out);
                out.push('.');
                out.push_str(a.attr.as_str());
            }
            py::Expr::Subscript(sub) => {
                self.unparse(&sub.value, 14, out);
                out.push('[');
                match &*sub.slice {
                    py::Expr::Tuple(t) if !t.elts.is_empty() => self.unparse_tuple_items(&t.elts, out),
                    other => self.unparse(other, 0, out),
                }
                out.push(']');
            }
            py::Expr::Tuple(t) => {
                let me = if t.elts.is_empty() { 14 } else { 0 };
                paren(me, out, &mut |out| self.unparse_tuple_items(&t.elts, out));
                if t.elts.is_empty() {
                    out.push_str("()");
                }
            }
            py::Expr::List(l) => {
                out.push('[');
                self.unparse_items(&l.elts, out);
                out.push(']');
            }
            py::Expr::BinOp(b) => {
                let (me, op) = match b.op {
                    py::Operator::BitOr => (6, " | "),
                    py::Operator::BitXor => (7, " ^ "),
                    py::Operator::BitAnd => (8, " & "),
                    py::Operator::LShift => (9, " << "),
                    py::Operator::RShift => (9, " >> "),
                    py::Operator::Add => (10, " + "),
                    py::Operator::Sub => (10, " - "),
                    py::Operator::Mult => (11, " * "),
                    py::Operator::MatMult => (11, " @ "),
                    py::Operator::Div => (11, " / "),
                    py::Operator::Mod => (11, " % "),
                    py::Operator::FloorDiv => (11, " // "),
                    py::Operator::Pow => (13, " ** "),
                };
                // `**` is right-associative; everything else left.
                let (l, r) = if me == 13 { (me + 1, me) } else { (me, me + 1) };
                paren(me, out, &mut |out| {
                    self.unparse(&b.left, l, out);
                    out.push_str(op);
                    self.unparse(&b.right, r, out);
                });
            }
            py::Expr::UnaryOp(u) => {
                let (me, op) = match u.op {
                    py::UnaryOp::Not => (4, "not "),
                    py::UnaryOp::Invert => (12, "~"),
                    py::UnaryOp::UAdd => (12, "+"),
                    py::UnaryOp::USub => (12, "-"),
                };
                paren(me, out, &mut |out| {
                    out.push_str(op);
                    self.unparse(&u.operand, me, out);
                });
            }
            py::Expr::Starred(st) => {
                out.push('*');
                self.unparse(&st.value, 14, out);
            }
            py::Expr::Call(c) => {
                self.unparse(&c.func, 14, out);
                out.push('(');
                let mut first = true;
                for a in &c.args {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.unparse(a, 1, out);
                }
                for k in &c.keywords {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(n) => {
                            out.push_str(n.as_str());
                            out.push('=');
                        }
                        None => out.push_str("**"),
                    }
                    self.unparse(&k.value, 1, out);
                }
                out.push(')');
            }
            _ => out.push_str(self.source_text(e)),
        }
    }

    /// The source text of a node.
    fn source_text(&self, e: &py::Expr) -> &str {
        let r = e.range();
        self.src.text.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("")
    }

    fn boxed(&self, e: &py::Expr) -> Box<Expr> {
        Box::new(self.expr(e))
    }

    fn expr(&self, e: &py::Expr) -> Expr {
        let loc = self.loc(e);
        let kind = match e {
            py::Expr::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    py::BoolOp::And => BoolOp::And,
                    py::BoolOp::Or => BoolOp::Or,
                },
                values: b.values.iter().map(|v| self.expr(v)).collect(),
            },
            py::Expr::NamedExpr(n) => match &*n.target {
                py::Expr::Name(name) => {
                    ExprKind::NamedExpr { target: self.mangle(name.id.as_str()), value: self.boxed(&n.value) }
                }
                _ => ExprKind::Unsupported("an assignment expression to a non-name"),
            },
            py::Expr::BinOp(b) => {
                ExprKind::BinOp { left: self.boxed(&b.left), op: binop(b.op), right: self.boxed(&b.right) }
            }
            py::Expr::UnaryOp(u) => ExprKind::UnaryOp {
                op: match u.op {
                    py::UnaryOp::Invert => UnaryOp::Invert,
                    py::UnaryOp::Not => UnaryOp::Not,
                    py::UnaryOp::UAdd => UnaryOp::UAdd,
                    py::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.boxed(&u.operand),
            },
            py::Expr::Lambda(l) => {
                ExprKind::Lambda { params: Box::new(self.params(&l.args)), body: self.boxed(&l.body) }
            }
            py::Expr::IfExp(i) => {
                ExprKind::IfExp { test: self.boxed(&i.test), body: self.boxed(&i.body), orelse: self.boxed(&i.orelse) }
            }
            py::Expr::Dict(d) => ExprKind::Dict {
                keys: d.keys.iter().map(|k| k.as_ref().map(|k| self.expr(k))).collect(),
                values: d.values.iter().map(|v| self.expr(v)).collect(),
            },
            py::Expr::Set(s) => ExprKind::Set(s.elts.iter().map(|x| self.expr(x)).collect()),
            py::Expr::ListComp(c) => ExprKind::Comprehension {
                kind: ast::ComprehensionKind::List,
                elt: self.boxed(&c.elt),
                value: None,
                generators: self.generators(&c.generators),
            },
            py::Expr::SetComp(c) => ExprKind::Comprehension {
                kind: ast::ComprehensionKind::Set,
                elt: self.boxed(&c.elt),
                value: None,
                generators: self.generators(&c.generators),
            },
            py::Expr::DictComp(c) => ExprKind::Comprehension {
                kind: ast::ComprehensionKind::Dict,
                elt: self.boxed(&c.key),
                value: Some(self.boxed(&c.value)),
                generators: self.generators(&c.generators),
            },
            py::Expr::GeneratorExp(c) => ExprKind::Comprehension {
                kind: ast::ComprehensionKind::Generator,
                elt: self.boxed(&c.elt),
                value: None,
                generators: self.generators(&c.generators),
            },
            py::Expr::Await(a) => ExprKind::Await(self.boxed(&a.value)),
            py::Expr::Yield(y) => ExprKind::Yield(y.value.as_deref().map(|v| self.boxed(v))),
            py::Expr::YieldFrom(y) => ExprKind::YieldFrom(self.boxed(&y.value)),
            py::Expr::Compare(c) => ExprKind::Compare {
                left: self.boxed(&c.left),
                ops: c.ops.iter().map(|o| cmpop(*o)).collect(),
                comparators: c.comparators.iter().map(|v| self.expr(v)).collect(),
            },
            py::Expr::Call(c) => ExprKind::Call {
                func: self.boxed(&c.func),
                args: c.args.iter().map(|a| self.expr(a)).collect(),
                keywords: self.keywords(&c.keywords),
            },
            py::Expr::FormattedValue(_) | py::Expr::JoinedStr(_) => ExprKind::FString(self.fstring_parts(e)),
            py::Expr::Constant(c) => match constant(&c.value) {
                Some(k) => ExprKind::Constant(k),
                None => ExprKind::Unsupported(match c.value {
                    py::Constant::Bytes(_) => "a bytes literal",
                    _ => "a complex number literal",
                }),
            },
            py::Expr::Attribute(a) => {
                ExprKind::Attribute { value: self.boxed(&a.value), attr: self.mangle(a.attr.as_str()) }
            }
            py::Expr::Subscript(s) => ExprKind::Subscript { value: self.boxed(&s.value), index: self.boxed(&s.slice) },
            py::Expr::Starred(s) => ExprKind::Starred(self.boxed(&s.value)),
            py::Expr::Name(n) => ExprKind::Name(self.mangle(n.id.as_str())),
            py::Expr::List(l) => ExprKind::List(l.elts.iter().map(|x| self.expr(x)).collect()),
            py::Expr::Tuple(t) => ExprKind::Tuple(t.elts.iter().map(|x| self.expr(x)).collect()),
            py::Expr::Slice(s) => ExprKind::Slice {
                lower: s.lower.as_deref().map(|x| self.boxed(x)),
                upper: s.upper.as_deref().map(|x| self.boxed(x)),
                step: s.step.as_deref().map(|x| self.boxed(x)),
            },
        };
        Expr { loc, kind }
    }

    fn pattern(&self, p: &py::Pattern) -> ast::Pattern {
        use ast::PatternKind as K;
        let loc = self.loc(p);
        let name = |n: &Option<py::Identifier>| n.as_ref().map(|n| self.mangle(n.as_str()));
        let kind = match p {
            py::Pattern::MatchValue(v) => K::Value(self.expr(&v.value)),
            py::Pattern::MatchSingleton(s) => match constant(&s.value) {
                Some(c) => K::Singleton(c),
                None => K::Value(Expr { loc, kind: ExprKind::Unsupported("this literal pattern") }),
            },
            py::Pattern::MatchSequence(s) => K::Sequence(s.patterns.iter().map(|q| self.pattern(q)).collect()),
            py::Pattern::MatchMapping(m) => K::Mapping {
                keys: m.keys.iter().map(|k| self.expr(k)).collect(),
                patterns: m.patterns.iter().map(|q| self.pattern(q)).collect(),
                rest: name(&m.rest),
            },
            py::Pattern::MatchClass(c) => K::Class {
                cls: self.expr(&c.cls),
                patterns: c.patterns.iter().map(|q| self.pattern(q)).collect(),
                kwd_attrs: c.kwd_attrs.iter().map(|a| a.to_string()).collect(),
                kwd_patterns: c.kwd_patterns.iter().map(|q| self.pattern(q)).collect(),
            },
            py::Pattern::MatchStar(s) => K::Star(name(&s.name)),
            py::Pattern::MatchAs(a) => {
                K::As { pattern: a.pattern.as_deref().map(|q| Box::new(self.pattern(q))), name: name(&a.name) }
            }
            py::Pattern::MatchOr(o) => K::Or(o.patterns.iter().map(|q| self.pattern(q)).collect()),
        };
        ast::Pattern { loc, kind }
    }

    fn generators(&self, gens: &[py::Comprehension]) -> Vec<ast::Generator> {
        gens.iter()
            .map(|g| ast::Generator {
                target: self.expr(&g.target),
                iter: self.expr(&g.iter),
                ifs: g.ifs.iter().map(|i| self.expr(i)).collect(),
                is_async: g.is_async,
            })
            .collect()
    }

    /// The pieces of an f-string (a `JoinedStr`, or a lone `FormattedValue`).
    fn fstring_parts(&self, e: &py::Expr) -> Vec<FStringPart> {
        match e {
            py::Expr::JoinedStr(j) => j.values.iter().flat_map(|v| self.fstring_parts(v)).collect(),
            py::Expr::Constant(c) => match &c.value {
                py::Constant::Str(s) => vec![FStringPart::Literal(s.clone())],
                _ => vec![FStringPart::Value { value: self.boxed(e), conversion: None, spec: None }],
            },
            py::Expr::FormattedValue(f) => {
                let conversion = match f.conversion {
                    py::ConversionFlag::None => None,
                    py::ConversionFlag::Str => Some('s'),
                    py::ConversionFlag::Ascii => Some('a'),
                    py::ConversionFlag::Repr => Some('r'),
                };
                vec![FStringPart::Value {
                    value: self.boxed(&f.value),
                    conversion,
                    spec: f.format_spec.as_deref().map(|s| self.fstring_parts(s)),
                }]
            }
            other => vec![FStringPart::Value { value: self.boxed(other), conversion: None, spec: None }],
        }
    }
}

/// `repr(s)` for a str, as CPython writes it: single quotes unless the text has a single
/// quote and no double quote; `\\`, the quote, `\n`, `\r`, `\t` and other control
/// characters escaped.
fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn constant(c: &py::Constant) -> Option<Constant> {
    Some(match c {
        py::Constant::None => Constant::None,
        py::Constant::Bool(b) => Constant::Bool(*b),
        py::Constant::Str(s) => Constant::Str(s.clone()),
        py::Constant::Int(i) => Constant::Int(i.clone()),
        py::Constant::Float(f) => Constant::Float(*f),
        py::Constant::Ellipsis => Constant::Ellipsis,
        py::Constant::Tuple(t) => Constant::Tuple(t.iter().map(constant).collect::<Option<_>>()?),
        py::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        py::Constant::Complex { real, imag } => Constant::Complex(*real, *imag),
    })
}

fn binop(op: py::Operator) -> BinOp {
    match op {
        py::Operator::Add => BinOp::Add,
        py::Operator::Sub => BinOp::Sub,
        py::Operator::Mult => BinOp::Mult,
        py::Operator::MatMult => BinOp::MatMult,
        py::Operator::Div => BinOp::Div,
        py::Operator::Mod => BinOp::Mod,
        py::Operator::Pow => BinOp::Pow,
        py::Operator::LShift => BinOp::LShift,
        py::Operator::RShift => BinOp::RShift,
        py::Operator::BitOr => BinOp::BitOr,
        py::Operator::BitXor => BinOp::BitXor,
        py::Operator::BitAnd => BinOp::BitAnd,
        py::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: py::CmpOp) -> CmpOp {
    match op {
        py::CmpOp::Eq => CmpOp::Eq,
        py::CmpOp::NotEq => CmpOp::NotEq,
        py::CmpOp::Lt => CmpOp::Lt,
        py::CmpOp::LtE => CmpOp::LtE,
        py::CmpOp::Gt => CmpOp::Gt,
        py::CmpOp::GtE => CmpOp::GtE,
        py::CmpOp::Is => CmpOp::Is,
        py::CmpOp::IsNot => CmpOp::IsNot,
        py::CmpOp::In => CmpOp::In,
        py::CmpOp::NotIn => CmpOp::NotIn,
    }
}

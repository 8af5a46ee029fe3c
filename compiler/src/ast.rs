//! ophis's own syntax tree: the output of `parse`, the input of `resolve` and `lower`.
//!
//! It mirrors Python's `ast` module for the constructs ophis compiles, with every node's
//! position already resolved to a 1-based line and column. Constructs the compiler does not
//! support yet are kept as [`Stmt::Unsupported`] / [`Expr::Unsupported`] carrying the
//! construct's name, so the pass that meets one reports it with its location (never a panic,
//! never a silently different program). Keeping the tree ours means the parser crate is named
//! by `parse.rs` alone and can be replaced without touching any later pass.

use num_bigint::BigInt;

/// A source position: 1-based line and column (in characters).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `with a as x, b: body` (items in order; the optional target of each); `async with`
    /// when `is_async`.
    With {
        items: Vec<(Expr, Option<Expr>)>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: T = v` (the annotation is evaluated for module and class scopes only; ophis keeps
    /// just the assignment, as annotations of locals are never evaluated).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        /// The target is a plain name (not parenthesised): only then is the annotation
        /// recorded in `__annotations__`.
        simple: bool,
    },
    /// `for` (`async for` when `is_async`).
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `try` with `except` clauses, or with `except*` clauses when `star` (PEP 654).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        star: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c`: (dotted name, alias).
    Import(Vec<(String, Option<String>)>),
    /// `from .m import x as y`: the module (`None` for `from . import`), the number of
    /// leading dots, and (name, alias) pairs; `*` is the name `"*"`.
    ImportFrom {
        module: Option<String>,
        level: u32,
        names: Vec<(String, Option<String>)>,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `match subject: case …` (PEP 634).
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Expr(Expr),
    Pass,
    Break,
    Continue,
    /// A statement ophis does not compile yet; the string names the construct.
    Unsupported(&'static str),
}

#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub name: String,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    /// The return annotation (`-> T`), already a string constant under
    /// `from __future__ import annotations`.
    pub returns: Option<Expr>,
    /// The position of the `def` keyword line, used for `co_firstlineno` and tracebacks.
    pub loc: Loc,
    /// `async def`: calling it makes a coroutine (an async generator if it contains `yield`).
    pub is_async: bool,
}

/// `class name(bases…, keywords…): body`.
#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    /// The position of the `class` keyword line (the class body's first line).
    pub loc: Loc,
}

#[derive(Debug, Clone, Default)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<String>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<String>,
    /// The annotations of `*args` and `**kwargs`.
    pub vararg_annotation: Option<Expr>,
    pub kwarg_annotation: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub default: Option<Expr>,
    /// `name: annotation` (a string constant under `from __future__ import annotations`).
    pub annotation: Option<Expr>,
    pub loc: Loc,
}

impl Parameters {
    /// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
    pub fn slot_names(&self) -> Vec<String> {
        let mut v: Vec<String> =
            self.posonly.iter().chain(&self.args).chain(&self.kwonly).map(|p| p.name.clone()).collect();
        v.extend(self.vararg.clone());
        v.extend(self.kwarg.clone());
        v
    }
}

#[derive(Debug, Clone)]
pub struct ExceptHandler {
    pub loc: Loc,
    pub type_: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// One `case pattern if guard: body` of a `match` statement.
#[derive(Debug, Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub loc: Loc,
    pub kind: PatternKind,
}

/// The patterns of PEP 634, as Python's `ast` has them.
#[derive(Debug, Clone)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    Singleton(Constant),
    /// `[p, *rest, q]` or `(p, q)`.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`.
    Mapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String> },
    /// `Cls(p, attr=q)`.
    Class { cls: Expr, patterns: Vec<Pattern>, kwd_attrs: Vec<String>, kwd_patterns: Vec<Pattern> },
    /// `*name` (or `*_`) inside a sequence pattern.
    Star(Option<String>),
    /// `p as name`, a capture `name` (no pattern), or the wildcard `_` (neither).
    As { pattern: Option<Box<Pattern>>, name: Option<String> },
    /// `p | q`.
    Or(Vec<Pattern>),
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: String,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key is a `**` unpacking.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string: literal pieces and formatted values, in order.
    FString(Vec<FStringPart>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{a, b}` (never empty: `{}` is a dict).
    Set(Vec<Expr>),
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `[elt for …]`, `{elt for …}`, `{elt: value for …}`: its own scope (keyed by `loc`).
    Comprehension {
        kind: ComprehensionKind,
        elt: Box<Expr>,
        value: Option<Box<Expr>>,
        generators: Vec<Generator>,
    },
    /// `yield` / `yield value`: makes the enclosing function a generator.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`.
    YieldFrom(Box<Expr>),
    /// `await awaitable` (inside `async def`).
    Await(Box<Expr>),
    /// An expression ophis does not compile yet; the string names the construct.
    Unsupported(&'static str),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    /// A generator expression `(elt for …)`: its function is a generator.
    Generator,
    List,
    Set,
    /// `elt` is the key, `value` the value.
    Dict,
}

/// One `for target in iter if cond…` clause of a comprehension.
#[derive(Debug, Clone)]
pub struct Generator {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone)]
pub enum FStringPart {
    Literal(String),
    Value { value: Box<Expr>, conversion: Option<char>, spec: Option<Vec<FStringPart>> },
}

#[derive(Debug, Clone)]
pub struct Keyword {
    pub loc: Loc,
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Str(String),
    Int(BigInt),
    Float(f64),
    Bytes(Vec<u8>),
    /// A complex literal (`2j`): real and imaginary parts.
    Complex(f64, f64),
    Ellipsis,
    Tuple(Vec<Constant>),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators; the discriminants are the runtime's `ops::BinOp` numbers.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mult = 2,
    Div = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    MatMult = 12,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mult => "*",
            Div => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "**",
            LShift => "<<",
            RShift => ">>",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            MatMult => "@",
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`: runtime op 0.
    USub,
    /// `+x`: runtime op 1.
    UAdd,
    /// `~x`: runtime op 2.
    Invert,
    Not,
}

/// Comparison operators; the first six are numbered as CPython's `Py_LT`…`Py_GE`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    LtE = 1,
    Eq = 2,
    NotEq = 3,
    Gt = 4,
    GtE = 5,
    Is = 6,
    IsNot = 7,
    In = 8,
    NotIn = 9,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        use CmpOp::*;
        match self {
            Lt => "<",
            LtE => "<=",
            Eq => "==",
            NotEq => "!=",
            Gt => ">",
            GtE => ">=",
            Is => "is",
            IsNot => "is not",
            In => "in",
            NotIn => "not in",
        }
    }
}

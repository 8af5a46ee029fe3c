//! ophis IR: the program after lowering, before code generation.
//!
//! A [`Module`] holds functions, a constant pool and the module's global slots. A
//! [`Function`] is a control-flow graph of basic blocks in SSA form for temporaries: each
//! [`Value`] is defined once (by an instruction or as a block parameter), and blocks pass values
//! to their successors as block arguments. Python variables are not SSA values: they are
//! [`LocalId`] slots read and written by `LoadFast`/`StoreFast`-style instructions (the role of
//! allocas before mem2reg; Cranelift's SSA construction finishes the job in codegen).
//!
//! Exception edges are explicit: every instruction that can raise names the block its error
//! edge goes to (`on_error`). Such a block ("landing pad") runs with the exception set in
//! thread state; it releases the temporaries live at that point, records a traceback entry
//! and jumps to the handler, or to the function's error exit.
//!
//! Ownership: every `Obj` value is an owned reference unless its instruction says it is
//! borrowed (`LoadFast` with `borrow`, `PeekCell`, `Const`); instructions *borrow* their operands unless
//! [`Op::steals`] says otherwise. The lowering inserts the matching `DecRef`s.
//!
//! Entities print as `block3`, `v7`, `local2`, `const5`, `global1`, `fn4` (see `print.rs`);
//! the verifier (`verify.rs`) checks the structural invariants between passes.

pub mod liveness;
pub mod print;
pub mod verify;

use crate::ast::{BinOp, CmpOp};
use cranelift_entity::{entity_impl, PrimaryMap};

/// A basic block.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Block(u32);
entity_impl!(Block, "block");

/// An SSA value.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(u32);
entity_impl!(Value, "v");

/// An instruction.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Inst(u32);
entity_impl!(Inst, "inst");

/// A variable slot of a function (a Python local, a cell holder, or a compiler temporary).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(u32);
entity_impl!(LocalId, "local");

/// A function of the module.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(u32);
entity_impl!(FuncId, "fn");

/// An entry of the constant pool.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConstId(u32);
entity_impl!(ConstId, "const");

/// A module-level name's slot.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(u32);
entity_impl!(GlobalId, "global");

/// The type of a value.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Type {
    /// A Python object reference (a tagged word).
    Obj,
    /// A native truth value.
    Bool,
    /// A native pointer to an array of objects (the output of `Unpack`).
    Ptr,
}

/// A constant-pool entry. Small ints are not pooled: they are immediates.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    /// An int too big for an immediate, as decimal digits.
    BigInt(String),
    /// A float, by its bits (so -0.0 and NaN payloads stay distinct).
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    /// A complex number, by the bits of its real and imaginary parts.
    Complex(u64, u64),
    Tuple(Vec<ConstOrSmall>),
    /// The code object of a function.
    Code(FuncId),
}

/// A tuple element constant: pooled, or an immediate small int.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ConstOrSmall {
    Pooled(ConstId),
    Small(i64),
}

/// What an IR local holds.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LocalKind {
    /// A Python local variable (null while unbound).
    Fast,
    /// A cell object for a local captured by nested functions.
    Cell,
    /// A cell object taken from the function's closure (a free variable).
    Free,
    /// A compiler temporary (iterators, pending exceptions, return values in `finally`).
    Hidden,
}

#[derive(Clone, Debug)]
pub struct LocalData {
    pub name: String,
    pub kind: LocalKind,
    /// The name as a str constant, for error messages.
    pub name_const: ConstId,
    /// A parameter (bound on entry).
    pub is_param: bool,
}

/// A module-level name.
#[derive(Clone, Debug)]
pub struct GlobalData {
    pub name: String,
    /// The name as a str constant (for `NameError` and the builtin lookup).
    pub name_const: ConstId,
    /// Never bound in the module: the name can only be a builtin, so its slot caches the
    /// builtin after the first lookup.
    pub builtin_only: bool,
    /// Bound exactly once, by a plain `def` at module level: once set, the slot keeps the same
    /// function for the rest of the program, so reads may borrow it.
    pub stable: bool,
    /// Not a name: the slot in which the runtime puts the module's namespace dict, for a module
    /// whose globals are dynamic (`ScopeTable::dynamic_globals`).
    pub namespace: bool,
}

/// A function's parameter layout (what the argument binder needs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkw: bool,
    /// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
    pub slot_names: Vec<String>,
    /// How many trailing positional parameters have defaults.
    pub ndefaults: u32,
    /// Which keyword-only parameters have defaults.
    pub kwonly_defaults: Vec<bool>,
}

impl Signature {
    pub fn nslots(&self) -> usize {
        self.slot_names.len()
    }
}

/// Runtime functions called through [`Op::Rt`]: all take `Obj` operands (borrowed unless
/// noted in `runtime/src/abi.rs`) and follow one of the result conventions of [`RtRet`].
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum RtFunc {
    GetAttr,
    SetAttr,
    GetItem,
    SetItem,
    DelItem,
    GetIter,
    Format,
    FormatNoSpec,
    Str,
    Repr,
    Ascii,
    /// Steals its operands.
    BuildString,
    /// Steals its operands.
    BuildTuple,
    /// Steals its operands.
    BuildList,
    /// Steals its operands (key, value pairs).
    BuildDict,
    /// `start:stop:step`, every bound given (`None` for an omitted one).
    BuildSlice,
    /// Steals its operands.
    BuildSet,
    SetAdd,
    ListAppend,
    ListExtend,
    ListToTuple,
    DictSetItem,
    /// `{**m}`: merge without duplicate check.
    DictMerge,
    /// Call-site `**m` into the kwargs dict of a call to the first operand (duplicate check).
    DictMergeKwargs,
    CheckStarArg,
    Import,
    ImportFrom,
    Raise,
    RaiseFrom,
    Reraise,
    ErrFetch,
    /// Steals its operand.
    ErrRestore,
    ExcMatches,
    PushHandled,
    PopHandled,
    /// `except* T`: (state, T) → the match or `None`, the rest left in the state.
    ExceptStarMatch,
    /// `except*`: an exception escaped a clause body; record it in the state.
    ExceptStarRaised,
    /// After the `except*` clauses: (original, state) → what to raise, or `None`.
    ExceptStarReraise,
    /// A dynamic module's global: (namespace, name) → the value, else the builtin.
    GlobalsLoad,
    /// (namespace, name, value).
    GlobalsStore,
    /// (namespace, name).
    GlobalsDelete,
    /// A class-body name in a dynamic module: (class namespace, name, module namespace).
    ClassLoadGlobal,
    /// `from m import *`: (module, namespace).
    ImportStar,
    /// `locals()` in a function: (names tuple, kinds str, values…) → a new dict.
    LocalsDict,
    RaiseAssertion,
    RaiseAssertionNoMsg,
    Contains,
    /// Before a class body: (name, bases, kwargs) → namespace.
    ClassPrepare,
    ClassPrepareNoKw,
    /// After a class body: (name, bases, namespace, kwargs) → the class.
    ClassBuild,
    ClassBuildNoKw,
    /// A class-body name: (namespace, name, the value outside or null).
    ClassLoadName,
    ClassStoreName,
    ClassDeleteName,
    /// Zero-argument `super()`: (first argument, `__class__` cell).
    Super,
    /// `super()` outside a class: (first argument).
    SuperNoClass,
    /// `super()` in a function without parameters.
    SuperNoArg,
    /// `del o.name`.
    DelAttr,
    /// `yield from x`: the iterator delegated to.
    YieldFromIter,
    /// `yield from`: send a value (or `None`) to the delegate: the value to yield, or the
    /// done marker (`GenDoneMarker`) when it finished.
    YieldFromSend,
    /// `yield from`: forward the pending exception (`throw`/`close`) to the delegate; same
    /// result as `YieldFromSend`.
    YieldFromThrow,
    /// `yield from`: the finished delegate's return value (the `yield from` expression's).
    YieldFromResult,
    /// The marker `YieldFromSend` returns when the delegate is done (borrowed, immortal).
    GenDoneMarker,
    /// `await x`: the iterator to delegate to (`GET_AWAITABLE`).
    GetAwaitable,
    /// `async with`: await what `__aenter__` returned (its own error message).
    GetAwaitableAEnter,
    /// `async with`: await what `__aexit__` returned.
    GetAwaitableAExit,
    /// An async generator's `yield v`: the value wrapped for its `asend`/`athrow` awaitables.
    AsyncGenWrap,
    /// `async for`: the async iterator (`GET_AITER`).
    GetAIter,
    /// `async for`: the iterator awaiting `__anext__()` delegates to (`GET_ANEXT`).
    GetANext,
    /// `async for` step raised: true (exception cleared) if it was `StopAsyncIteration`.
    AsyncForEnd,
    /// `async with`: the manager's bound `__aexit__` (checks the protocol first).
    AsyncWithExitOf,
    /// `async with`: call the manager's `__aenter__` (the result is awaited).
    AsyncWithEnter,
    /// `async with` left by an exception: `exit(type, exc, tb)` (the result is awaited).
    WithExitExcValue,
    /// `with`: the manager's bound `__exit__` (checks the protocol first).
    WithExitOf,
    /// `with`: call the manager's `__enter__`.
    WithEnter,
    /// `with` left normally: `exit(None, None, None)`.
    WithExitNone,
    /// `with` left by an exception: `exit(type, exc, tb)` as a truth value (suppress?).
    WithExitExc,
    /// `match`: (subject, n, mode) is a sequence of a fitting length (mode 0 any, 1 `==`, 2 `>=`).
    MatchSequence,
    /// `match`: (subject, n) is a mapping with at least n items.
    MatchMapping,
    /// `match`: (mapping, keys tuple) → the values tuple, or `None`.
    MatchKeys,
    /// `match`: (mapping, keys tuple) → the `**rest` dict.
    MatchRest,
    /// `match`: (subject, class, nargs, kwnames tuple) → the attributes tuple, or `None`.
    MatchClass,
    /// `match`: (sequence, i, from_end) → `seq[i]`, or `seq[len(seq) - i]` when from_end.
    MatchItem,
}

/// How a runtime function reports its result.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RtRet {
    /// An object; null means an exception is set.
    Obj,
    /// An object that is never null (cannot fail).
    ObjInfallible,
    /// Always null: the function raises.
    Raises,
    /// `i32`: -1 means an exception is set.
    Status,
    /// `i32`: 1 or 0 as a native Bool, -1 means an exception is set.
    Bool,
    /// Nothing (cannot fail).
    Void,
}

impl RtFunc {
    /// Every runtime call, for checks that must cover them all (`tests/runtime_abi.rs`).
    pub const ALL: &'static [RtFunc] = &[
        RtFunc::GetAttr,
        RtFunc::SetAttr,
        RtFunc::GetItem,
        RtFunc::SetItem,
        RtFunc::DelItem,
        RtFunc::GetIter,
        RtFunc::Format,
        RtFunc::FormatNoSpec,
        RtFunc::Str,
        RtFunc::Repr,
        RtFunc::Ascii,
        RtFunc::BuildString,
        RtFunc::BuildTuple,
        RtFunc::BuildList,
        RtFunc::BuildDict,
        RtFunc::BuildSlice,
        RtFunc::BuildSet,
        RtFunc::SetAdd,
        RtFunc::ListAppend,
        RtFunc::ListExtend,
        RtFunc::ListToTuple,
        RtFunc::DictSetItem,
        RtFunc::DictMerge,
        RtFunc::DictMergeKwargs,
        RtFunc::CheckStarArg,
        RtFunc::Import,
        RtFunc::ImportFrom,
        RtFunc::Raise,
        RtFunc::RaiseFrom,
        RtFunc::Reraise,
        RtFunc::ErrFetch,
        RtFunc::ErrRestore,
        RtFunc::ExcMatches,
        RtFunc::PushHandled,
        RtFunc::PopHandled,
        RtFunc::ExceptStarMatch,
        RtFunc::ExceptStarRaised,
        RtFunc::ExceptStarReraise,
        RtFunc::GlobalsLoad,
        RtFunc::GlobalsStore,
        RtFunc::GlobalsDelete,
        RtFunc::ClassLoadGlobal,
        RtFunc::ImportStar,
        RtFunc::LocalsDict,
        RtFunc::RaiseAssertion,
        RtFunc::RaiseAssertionNoMsg,
        RtFunc::Contains,
        RtFunc::ClassPrepare,
        RtFunc::ClassPrepareNoKw,
        RtFunc::ClassBuild,
        RtFunc::ClassBuildNoKw,
        RtFunc::ClassLoadName,
        RtFunc::ClassStoreName,
        RtFunc::ClassDeleteName,
        RtFunc::Super,
        RtFunc::SuperNoArg,
        RtFunc::SuperNoClass,
        RtFunc::DelAttr,
        RtFunc::YieldFromIter,
        RtFunc::YieldFromSend,
        RtFunc::YieldFromThrow,
        RtFunc::YieldFromResult,
        RtFunc::GenDoneMarker,
        RtFunc::GetAwaitable,
        RtFunc::GetAwaitableAEnter,
        RtFunc::GetAwaitableAExit,
        RtFunc::AsyncGenWrap,
        RtFunc::GetAIter,
        RtFunc::GetANext,
        RtFunc::AsyncForEnd,
        RtFunc::AsyncWithExitOf,
        RtFunc::AsyncWithEnter,
        RtFunc::WithExitExcValue,
        RtFunc::WithExitOf,
        RtFunc::WithEnter,
        RtFunc::WithExitNone,
        RtFunc::WithExitExc,
        RtFunc::MatchSequence,
        RtFunc::MatchMapping,
        RtFunc::MatchKeys,
        RtFunc::MatchRest,
        RtFunc::MatchClass,
        RtFunc::MatchItem,
    ];

    /// (symbol, number of fixed `Obj` operands or `None` for an array of all operands, result).
    pub fn sig(self) -> (&'static str, Option<usize>, RtRet) {
        use RtFunc::*;
        use RtRet as R;
        match self {
            GetAttr => ("ophis_getattr", Some(2), R::Obj),
            SetAttr => ("ophis_setattr", Some(3), R::Status),
            GetItem => ("ophis_getitem", Some(2), R::Obj),
            SetItem => ("ophis_setitem", Some(3), R::Status),
            DelItem => ("ophis_delitem", Some(2), R::Status),
            GetIter => ("ophis_get_iter", Some(1), R::Obj),
            Format => ("ophis_format", Some(2), R::Obj),
            FormatNoSpec => ("ophis_format", Some(1), R::Obj),
            Str => ("ophis_str", Some(1), R::Obj),
            Repr => ("ophis_repr", Some(1), R::Obj),
            Ascii => ("ophis_ascii", Some(1), R::Obj),
            BuildString => ("ophis_build_string", None, R::Obj),
            BuildTuple => ("ophis_build_tuple", None, R::ObjInfallible),
            BuildList => ("ophis_build_list", None, R::ObjInfallible),
            BuildDict => ("ophis_build_dict", None, R::Obj),
            BuildSlice => ("ophis_build_slice", Some(3), R::ObjInfallible),
            BuildSet => ("ophis_build_set", None, R::Obj),
            SetAdd => ("ophis_set_add", Some(2), R::Status),
            ListAppend => ("ophis_list_append", Some(2), R::Status),
            ListExtend => ("ophis_list_extend", Some(2), R::Status),
            ListToTuple => ("ophis_list_to_tuple", Some(1), R::ObjInfallible),
            DictSetItem => ("ophis_dict_setitem", Some(3), R::Status),
            DictMerge => ("ophis_dict_merge", Some(2), R::Status),
            DictMergeKwargs => ("ophis_dict_merge", Some(3), R::Status),
            CheckStarArg => ("ophis_check_star_arg", Some(2), R::Status),
            Import => ("ophis_import", Some(1), R::Obj),
            ImportFrom => ("ophis_import_from", Some(2), R::Obj),
            Raise => ("ophis_raise", Some(1), R::Raises),
            RaiseFrom => ("ophis_raise_from", Some(2), R::Raises),
            Reraise => ("ophis_reraise", Some(0), R::Raises),
            ErrFetch => ("ophis_err_fetch", Some(0), R::ObjInfallible),
            ErrRestore => ("ophis_err_restore", Some(1), R::Void),
            ExcMatches => ("ophis_exc_matches", Some(2), R::Bool),
            PushHandled => ("ophis_exc_push_handled", Some(1), R::Void),
            PopHandled => ("ophis_exc_pop_handled", Some(0), R::Void),
            ExceptStarMatch => ("ophis_except_star_match", Some(2), R::Obj),
            ExceptStarRaised => ("ophis_except_star_raised", Some(1), R::Void),
            ExceptStarReraise => ("ophis_except_star_reraise", Some(2), R::Obj),
            GlobalsLoad => ("ophis_globals_load", Some(2), R::Obj),
            GlobalsStore => ("ophis_globals_store", Some(3), R::Status),
            GlobalsDelete => ("ophis_globals_delete", Some(2), R::Status),
            ClassLoadGlobal => ("ophis_class_load_global", Some(3), R::Obj),
            ImportStar => ("ophis_import_star", Some(2), R::Status),
            LocalsDict => ("ophis_locals_dict", None, R::Obj),
            RaiseAssertion => ("ophis_raise_assertion", Some(1), R::Raises),
            RaiseAssertionNoMsg => ("ophis_raise_assertion", Some(0), R::Raises),
            Contains => ("ophis_contains", Some(2), R::Bool),
            ClassPrepare => ("ophis_class_prepare", Some(3), R::Obj),
            ClassPrepareNoKw => ("ophis_class_prepare", Some(2), R::Obj),
            ClassBuild => ("ophis_class_build", Some(4), R::Obj),
            ClassBuildNoKw => ("ophis_class_build", Some(3), R::Obj),
            ClassLoadName => ("ophis_class_load_name", Some(3), R::Obj),
            ClassStoreName => ("ophis_class_store_name", Some(3), R::Status),
            ClassDeleteName => ("ophis_class_delete_name", Some(2), R::Status),
            Super => ("ophis_super", Some(2), R::Obj),
            SuperNoArg => ("ophis_super", Some(0), R::Obj),
            SuperNoClass => ("ophis_super", Some(1), R::Obj),
            DelAttr => ("ophis_delattr", Some(2), R::Status),
            YieldFromIter => ("ophis_yield_from_iter", Some(1), R::Obj),
            YieldFromSend => ("ophis_yield_from_send", Some(2), R::Obj),
            YieldFromThrow => ("ophis_yield_from_throw", Some(1), R::Obj),
            YieldFromResult => ("ophis_yield_from_result", Some(0), R::ObjInfallible),
            GenDoneMarker => ("ophis_gen_done_marker", Some(0), R::ObjInfallible),
            GetAwaitable => ("ophis_get_awaitable", Some(1), R::Obj),
            GetAwaitableAEnter => ("ophis_get_awaitable_aenter", Some(1), R::Obj),
            GetAwaitableAExit => ("ophis_get_awaitable_aexit", Some(1), R::Obj),
            AsyncGenWrap => ("ophis_async_gen_wrap", Some(1), R::ObjInfallible),
            GetAIter => ("ophis_get_aiter", Some(1), R::Obj),
            GetANext => ("ophis_get_anext", Some(1), R::Obj),
            AsyncForEnd => ("ophis_async_for_end", Some(0), R::Bool),
            AsyncWithExitOf => ("ophis_async_with_exit_of", Some(1), R::Obj),
            AsyncWithEnter => ("ophis_async_with_enter", Some(1), R::Obj),
            WithExitExcValue => ("ophis_with_exit_exc_value", Some(2), R::Obj),
            WithExitOf => ("ophis_with_exit_of", Some(1), R::Obj),
            WithEnter => ("ophis_with_enter", Some(1), R::Obj),
            WithExitNone => ("ophis_with_exit", Some(1), R::Obj),
            WithExitExc => ("ophis_with_exit_exc", Some(2), R::Bool),
            MatchSequence => ("ophis_match_sequence", Some(3), R::Bool),
            MatchMapping => ("ophis_match_mapping", Some(2), R::Bool),
            MatchKeys => ("ophis_match_keys", Some(2), R::Obj),
            MatchRest => ("ophis_match_rest", Some(2), R::Obj),
            MatchClass => ("ophis_match_class", Some(4), R::Obj),
            MatchItem => ("ophis_match_item", Some(3), R::Obj),
        }
    }

    /// Does code generation pass the calling generator's frame before the operands (where
    /// the runtime records the delegate of a `yield from`/`await`)?
    pub fn takes_frame(self) -> bool {
        matches!(self, RtFunc::YieldFromSend | RtFunc::YieldFromThrow)
    }

    /// How many null arguments follow the operands (optional runtime parameters left out).
    pub fn null_padding(self) -> usize {
        match self {
            RtFunc::FormatNoSpec
            | RtFunc::DictMerge
            | RtFunc::RaiseAssertionNoMsg
            | RtFunc::ClassPrepareNoKw
            | RtFunc::ClassBuildNoKw
            | RtFunc::SuperNoClass => 1,
            RtFunc::SuperNoArg => 2,
            _ => 0,
        }
    }

    /// Does the function take ownership of its operands?
    pub fn steals(self) -> bool {
        matches!(
            self,
            RtFunc::BuildString
                | RtFunc::BuildTuple
                | RtFunc::BuildList
                | RtFunc::BuildDict
                | RtFunc::BuildSet
                | RtFunc::ErrRestore
        )
    }
}

/// Instruction opcodes. Operands are in [`InstData::args`].
#[derive(Clone, PartialEq, Debug)]
pub enum Op {
    /// A pooled constant (borrowed: constants are immortal).
    Const(ConstId),
    /// An immediate small int.
    SmallInt(i64),
    /// Read a local. Owned (a new reference) unless `borrow`: a borrowed value stays valid
    /// while the local keeps it, which the `borrow` pass proves. When `checked`, an unbound
    /// local raises `UnboundLocalError`; compiler temporaries and parameters that are never
    /// deleted are read unchecked.
    LoadFast {
        local: LocalId,
        borrow: bool,
        checked: bool,
    },
    /// Write a local, stealing the operand and releasing the old value.
    StoreFast(LocalId),
    /// Unbind a `Fast` local; raises `UnboundLocalError` when already unbound.
    DeleteFast(LocalId),
    /// Unbind a local without checking (end of `except … as name`, temporaries).
    ClearLocal(LocalId),
    /// Create the cell for a `Cell` local, holding the operand (stolen) if any.
    MakeCell(LocalId),
    /// Read a cell's contents (new reference). `free` selects the message when empty.
    LoadCell {
        local: LocalId,
        free: bool,
    },
    /// Write a cell's contents (stealing the operand).
    StoreCell(LocalId),
    /// Empty a cell; raises when already empty.
    DeleteCell(LocalId),
    /// The `i`-th cell of the running function's closure, stored into a `Free` local.
    LoadClosure {
        local: LocalId,
        index: u32,
    },
    /// The cell held by a `Cell`/`Free` local, borrowed (to build a nested closure).
    PeekCell(LocalId),
    /// Read a module global (a new reference, or borrowed for a stable global); an unbound
    /// global falls back to the builtins, then raises `NameError`.
    LoadGlobal {
        global: GlobalId,
        borrow: bool,
    },
    StoreGlobal(GlobalId),
    DeleteGlobal(GlobalId),
    /// A global's slot as it is: borrowed, null when unbound (no builtin fallback, no error).
    PeekGlobal(GlobalId),
    IncRef,
    DecRef,
    /// `a <op> b` (borrowed operands).
    Binary(BinOp),
    /// `a <op>= b`.
    Inplace(BinOp),
    /// Unary `-`, `+`, `~`: 0, 1, 2.
    Unary(u32),
    /// Rich comparison producing an object.
    Compare(CmpOp),
    /// Rich comparison producing a native Bool.
    CompareBool(CmpOp),
    /// Identity (`is`), native Bool.
    Is,
    /// Truth value, native Bool.
    Truth,
    /// Native Bool negation.
    Not,
    /// Native Bool to `True`/`False` (borrowed, immortal).
    BoolToObj,
    /// `callee(args…, kwvalues…)`; the constant is the tuple of keyword names.
    Call {
        kwnames: Option<ConstId>,
    },
    /// `obj.name(args…, kwvalues…)`.
    CallMethod {
        name: ConstId,
        kwnames: Option<ConstId>,
    },
    /// `callee(*tuple, **dict)`: operands callee, tuple and optionally dict.
    CallEx,
    /// Direct call of a compiled function: operands are the function object (borrowed) and
    /// exactly its parameters (stolen).
    CallDirect(FuncId),
    /// The default of the `index`-th defaulted positional parameter of the function object
    /// operand (borrowed).
    FuncDefault {
        index: u32,
    },
    /// The default of keyword-only parameter `name` of the function object operand (borrowed).
    FuncKwDefault {
        name: ConstId,
    },
    /// Create a function object: operands are defaults tuple, kwdefaults dict and closure
    /// tuple, each present per the flags (stolen).
    MakeFunction {
        func: FuncId,
        defaults: bool,
        kwdefaults: bool,
        closure: bool,
    },
    /// A runtime call.
    Rt(RtFunc),
    /// Unpack an iterable into exactly `n` values; the result points at them.
    Unpack(u32),
    /// Unpack an iterable for a starred target: `before` values, a list of the rest, `after`
    /// values; the result points at them.
    UnpackEx {
        before: u32,
        after: u32,
    },
    /// The `i`-th value of an `Unpack`/`UnpackEx` result (new reference, moved out).
    ArrayGet(u32),
    /// Record a traceback entry for this function at `line` (landing pads).
    TracebackHere(u32),
    /// Function entry: count a recursion level, raising `RecursionError` past the limit.
    EnterFrame,
    /// Function exit: release every local and leave the recursion level.
    ReleaseFrame,
    /// Suspend a generator, handing the operand (stolen) to the caller of `send`/`next`;
    /// the result is the value sent in when it resumes (owned). The exception edge is taken
    /// when the generator resumes by `throw`/`close` (the exception is set).
    Yield,
}

impl Op {
    /// Operands this instruction takes ownership of (indices into `args`).
    pub fn steals(&self, nargs: usize) -> std::ops::Range<usize> {
        match self {
            Op::StoreFast(_)
            | Op::StoreCell(_)
            | Op::StoreGlobal(_)
            | Op::MakeCell(_)
            | Op::DecRef
            | Op::Yield
            | Op::MakeFunction { .. } => 0..nargs,
            Op::CallDirect(_) => 1..nargs,
            Op::Rt(f) if f.steals() => 0..nargs,
            _ => 0..0,
        }
    }
}

#[derive(Clone, Debug)]
pub struct InstData {
    pub op: Op,
    pub args: Vec<Value>,
    pub result: Option<Value>,
    /// The exception edge: where control goes when the instruction raises.
    pub on_error: Option<Block>,
    /// Source line (for traceback entries and dumps).
    pub line: u32,
}

/// Block terminators.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(Block, Vec<Value>),
    Branch {
        cond: Value,
        then: Block,
        else_: Block,
    },
    /// Return an object (stolen) to the caller.
    Return(Value),
    /// Return with the exception set (null to the caller).
    Raise,
    /// Advance an iterator (borrowed): the item goes to `body` as its parameter; exhaustion
    /// goes to `done`; an exception to `on_error`.
    IterNext {
        iter: Value,
        body: Block,
        done: Block,
        on_error: Block,
    },
}

impl Terminator {
    pub fn successors(&self) -> Vec<Block> {
        match self {
            Terminator::Jump(b, _) => vec![*b],
            Terminator::Branch { then, else_, .. } => vec![*then, *else_],
            Terminator::Return(_) | Terminator::Raise => vec![],
            Terminator::IterNext { body, done, on_error, .. } => vec![*body, *done, *on_error],
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Option<Terminator>,
    /// Rarely executed (landing pads, error paths): placed out of line.
    pub cold: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct ValueData {
    pub ty: Type,
}

/// The object a resumable function's call makes; the number is the runtime's code for it
/// (`ophis_gen_new`'s `kind`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GenKind {
    #[default]
    Generator = 0,
    Coroutine = 1,
    AsyncGenerator = 2,
}

/// `ophis_gen_new`'s flag: the function may suspend while handling an exception, so its
/// frame must keep the handled exceptions across suspensions.
pub const GEN_KEEPS_HANDLED: i64 = 4;

impl Function {
    /// The kind and flags a resumable function's creator passes to `ophis_gen_new`: flags
    /// spare the runtime bookkeeping that the function's code cannot need.
    pub fn gen_code(&self) -> i64 {
        let mut code = self.gen_kind as i64;
        let has = |f: RtFunc| self.insts.values().any(|i| i.op == Op::Rt(f));
        if has(RtFunc::PushHandled) {
            code |= GEN_KEEPS_HANDLED;
        }
        code
    }
}

impl GenKind {
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Function {
    pub name: String,
    pub qualname: String,
    pub firstline: u32,
    pub sig: Signature,
    /// The module body (no parameters, names are globals, no function object).
    pub is_module_body: bool,
    /// A generator: calling it creates a generator object; the body runs as its resume
    /// function, suspending at each `yield` (`docs/design/generators.md`). Coroutines and
    /// async generators are generators of another `gen_kind`.
    pub is_generator: bool,
    /// What calling a generator (`is_generator`) makes.
    pub gen_kind: GenKind,
    pub locals: PrimaryMap<LocalId, LocalData>,
    pub blocks: PrimaryMap<Block, BlockData>,
    pub insts: PrimaryMap<Inst, InstData>,
    pub values: PrimaryMap<Value, ValueData>,
    pub entry: Option<Block>,
    /// This function's code object.
    pub code: Option<ConstId>,
    /// `co_cellvars`: the parameters kept in cells (in parameter order), then the other cell
    /// variables sorted, as CPython 3.12 lists them.
    pub cellvars: Vec<String>,
    /// `co_freevars`: the free variables in closure order (sorted, as CPython's).
    pub freevars: Vec<String>,
}

impl Function {
    pub fn new_block(&mut self) -> Block {
        self.blocks.push(BlockData::default())
    }

    pub fn new_value(&mut self, ty: Type) -> Value {
        self.values.push(ValueData { ty })
    }

    pub fn add_block_param(&mut self, b: Block, ty: Type) -> Value {
        let v = self.new_value(ty);
        self.blocks[b].params.push(v);
        v
    }

    pub fn ty(&self, v: Value) -> Type {
        self.values[v].ty
    }

    /// The type an instruction's result has, or `None` for instructions without one.
    pub fn result_type(op: &Op) -> Option<Type> {
        use Op::*;
        match op {
            StoreFast(_)
            | DeleteFast(_)
            | ClearLocal(_)
            | MakeCell(_)
            | StoreCell(_)
            | DeleteCell(_)
            | LoadClosure { .. }
            | StoreGlobal(_)
            | DeleteGlobal(_)
            | IncRef
            | DecRef
            | TracebackHere(_)
            | EnterFrame
            | ReleaseFrame => None,
            CompareBool(_) | Is | Truth | Not => Some(Type::Bool),
            Unpack(_) | UnpackEx { .. } => Some(Type::Ptr),
            Rt(f) => match f.sig().2 {
                RtRet::Obj | RtRet::ObjInfallible => Some(Type::Obj),
                RtRet::Bool => Some(Type::Bool),
                RtRet::Status | RtRet::Void | RtRet::Raises => None,
            },
            _ => Some(Type::Obj),
        }
    }

    /// Can this instruction raise (and so needs an exception edge)?
    pub fn can_raise(op: &Op) -> bool {
        use Op::*;
        match op {
            Const(_)
            | SmallInt(_)
            | StoreFast(_)
            | ClearLocal(_)
            | MakeCell(_)
            | StoreCell(_)
            | LoadClosure { .. }
            | PeekCell(_)
            | PeekGlobal(_)
            | StoreGlobal(_)
            | IncRef
            | DecRef
            | Is
            | Not
            | BoolToObj
            | MakeFunction { .. }
            | FuncDefault { .. }
            | FuncKwDefault { .. }
            | ArrayGet(_)
            | TracebackHere(_)
            | ReleaseFrame => false,
            LoadFast { checked, .. } => *checked,
            Rt(f) => !matches!(f.sig().2, RtRet::ObjInfallible | RtRet::Void),
            _ => true,
        }
    }
}

/// A whole program module after lowering.
#[derive(Debug, Default)]
pub struct Module {
    pub name: String,
    /// The path tracebacks show.
    pub filename: String,
    pub funcs: PrimaryMap<FuncId, Function>,
    pub consts: PrimaryMap<ConstId, Const>,
    pub globals: PrimaryMap<GlobalId, GlobalData>,
    pub main: Option<FuncId>,
    const_index: std::collections::HashMap<Const, ConstId>,
}

impl Module {
    /// The pool entry for `c`, shared with an equal constant already pooled.
    pub fn constant(&mut self, c: Const) -> ConstId {
        if let Some(&id) = self.const_index.get(&c) {
            return id;
        }
        let id = self.consts.push(c.clone());
        self.const_index.insert(c, id);
        id
    }

    /// The pool entry of `None`, `True` or `False` (always pooled, see `Module::new`).
    pub fn singleton(&self, c: Const) -> ConstId {
        self.const_index[&c]
    }

    /// An empty module whose pool starts with `None`, `True` and `False`.
    pub fn new(name: &str, filename: &str) -> Module {
        let mut m = Module { name: name.into(), filename: filename.into(), ..Module::default() };
        for c in [Const::None, Const::True, Const::False] {
            m.constant(c);
        }
        m
    }

    pub fn str_const(&mut self, s: &str) -> ConstId {
        self.constant(Const::Str(s.to_string()))
    }
}

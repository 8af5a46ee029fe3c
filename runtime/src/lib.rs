//! The ophis runtime: the object model, built-in types, protocols and the standard streams,
//! linked as a static library into every program ophis compiles.
//!
//! Map (see `ARCHITECTURE.md` for the whole picture):
//! - `object`: the value word, object header, reference counting, allocation;
//! - `typeobj`: type objects and their slot tables;
//! - `types/`: one file per built-in type;
//! - `ops`, `call`, `attr`: the protocols (operators, calls and argument binding, attributes);
//! - `attrcache`: the per-site attribute caches compiled code passes to `ophis_*_ic`;
//! - `smallalloc`: the global allocator (free lists of small blocks);
//! - `errors`: exception state, tracebacks; `io`: stdout/stderr; `builtins`: `builtins`, `sys`;
//! - `format`: number formatting and parsing (pure functions);
//! - `stdlib/`: the built-in modules (`math`, `random`, `time`, `os`…) and their registry;
//! - `abi`: every symbol exported to compiled code.

pub mod abi;
pub mod attr;
pub mod attrcache;
pub mod builtins;
pub mod call;
pub mod codecs;
pub mod errors;
pub mod format;
pub mod import;
pub mod io;
pub mod matching;
pub mod object;
pub mod ops;
pub mod slots;
pub mod smallalloc;
pub mod stdlib;
pub mod typeobj;
pub mod types;

pub use object::Obj;

#[global_allocator]
static GLOBAL: smallalloc::SmallAlloc = smallalloc::SmallAlloc;

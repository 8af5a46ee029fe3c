//! ophis: an ahead-of-time compiler from Python 3.12 to native executables.
//!
//! The modules, in pipeline order (see `ARCHITECTURE.md`):
//! `parse` (source → `ast`) → `resolve` (scopes) → `lower` (→ `ir`, checked by `ir::verify`)
//! → `passes` (IR → IR) → `codegen` (IR → Cranelift → object file) → `link` (→ executable).
//! `driver` runs the pipeline; `diagnostics` renders every error; `target` describes targets.

pub mod ast;
pub mod bench;
pub mod codegen;
pub mod diagnostics;
pub mod driver;
pub mod ir;
pub mod link;
pub mod lower;
pub mod modules;
pub mod objcache;
pub mod parse;
pub mod passes;
pub mod program;
pub mod pylib;
pub mod resolve;
pub mod target;
pub mod testing;

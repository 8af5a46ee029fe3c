//! Code generation: IR module → object file, through Cranelift.
//!
//! For every IR function it emits two native functions:
//! - the *direct entry* `(function object, param0, …, paramN) -> object`, with the bound
//!   arguments in registers (stolen), called by direct calls and by
//! - the *generic entry* `(function object, args, nargs, kwnames) -> object`, the wrapper the
//!   runtime's call protocol uses: it binds the arguments into slots with `ophis_bind_args`
//!   and calls the direct entry.
//!
//! A function whose parameters meet int literals also gets a *small-int clone* of its direct
//! entry (`specialize.rs`), which direct call sites choose by the arguments' tags.
//!
//! Around them it emits two data objects (the constant table and the module's global slots,
//! both zero-initialised), an init function that fills the constant table through the
//! runtime (str, big int and float constants, code objects) and then runs the module body, an
//! exported registration function handing the slots and the init function to the runtime's
//! import system, and, in the main file's object, the C `main`, which registers every module
//! of the program and runs the main one through `ophis_main` (`docs/design/modules.md`).
//!
//! Function bodies are translated in `function.rs`. Follows `rustc_codegen_cranelift`'s
//! `driver/aot.rs` and `main_shim.rs` for the object and the entry point.

mod floats;
mod function;
pub mod runtime_abi;
mod specialize;
mod unwind;

use crate::diagnostics::{CompileResult, Diagnostic};
use crate::ir::{self, Const, ConstOrSmall, FuncId as IrFuncId};
use crate::target::{Target, WORD, WORD_BYTES, WORD_SHIFT};
use cranelift_codegen::ir::{
    condcodes::IntCC, types, AbiParam, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
};
use cranelift_codegen::Context;
use cranelift_entity::SecondaryMap;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use runtime_abi::RuntimeFns;

/// What the caller wants besides the object file.
#[derive(Default)]
pub struct Emit {
    /// Collect every function's Cranelift IR text.
    pub clif: bool,
    /// Collect every function's disassembly.
    pub asm: bool,
}

pub struct Output {
    pub object: Vec<u8>,
    pub clif: String,
    pub asm: String,
}

/// Symbols of one IR function.
#[derive(Clone, Copy, Default)]
struct FnSymbols {
    direct: Option<FuncId>,
    generic: Option<FuncId>,
    /// A generator's resume function (its body); its direct entry only creates the generator.
    resume: Option<FuncId>,
}

pub(crate) struct Codegen<'a> {
    pub(crate) module: ObjectModule,
    pub(crate) ir: &'a ir::Module,
    pub(crate) rt: RuntimeFns,
    fns: SecondaryMap<IrFuncId, FnSymbols>,
    pub(crate) consts: DataId,
    pub(crate) globals: DataId,
    /// The attribute site caches (`runtime/src/attrcache.rs`), one record per site.
    pub(crate) site_caches: DataId,
    /// Records handed out so far.
    pub(crate) nsite_caches: usize,
    ctx: Context,
    fctx: FunctionBuilderContext,
    emit: &'a Emit,
    clif: String,
    asm: String,
    unwind: unwind::UnwindTable,
    /// Small-int clones (`specialize.rs`), by function.
    pub(crate) int_clones: std::collections::HashMap<IrFuncId, specialize::IntClone>,
}

/// Where a module sits in its program (`docs/design/modules.md`).
pub struct ModuleRole {
    /// The name the runtime registers it under (`__main__` for the main file); it also names
    /// the object's exported `__ophis_register_<name>` ([`register_symbol`]), so a module's
    /// object does not depend on its position in the program (and can be cached).
    pub name: String,
    /// An `__init__.py`.
    pub is_package: bool,
    /// For the main file: every module of the program, in registration order (itself first).
    /// Its object then holds the C `main`, which registers them all before it runs the main
    /// module.
    pub program: Option<Vec<String>>,
}

/// The exported registration function of module `name` (dots become `$`, which no Python
/// identifier contains, so distinct modules never share a symbol).
pub fn register_symbol(name: &str) -> String {
    format!("__ophis_register_{}", name.replace('.', "$"))
}

/// Compile the IR module of a single-file program to an object file for `target`.
pub fn compile_module(ir: &ir::Module, target: &Target, emit: &Emit) -> CompileResult<Output> {
    let role = ModuleRole { name: "__main__".into(), is_package: false, program: Some(vec!["__main__".into()]) };
    compile_program_module(ir, target, emit, &role)
}

/// Compile one module of a program to an object file for `target`.
pub fn compile_program_module(
    ir: &ir::Module,
    target: &Target,
    emit: &Emit,
    role: &ModuleRole,
) -> CompileResult<Output> {
    let ice = |e: String| Diagnostic::internal("codegen", e);
    let isa = target.isa()?;
    let mut builder = ObjectBuilder::new(isa.clone(), ir.name.clone(), cranelift_module::default_libcall_names())
        .map_err(|e| ice(e.to_string()))?;
    builder.per_function_section(true);
    let mut module = ObjectModule::new(builder);
    let rt = RuntimeFns::declare(&mut module).map_err(|e| ice(e.to_string()))?;
    let consts = module.declare_data("__ophis_consts", Linkage::Local, true, false).map_err(|e| ice(e.to_string()))?;
    let globals =
        module.declare_data("__ophis_globals", Linkage::Local, true, false).map_err(|e| ice(e.to_string()))?;
    let site_caches =
        module.declare_data("__ophis_site_caches", Linkage::Local, true, false).map_err(|e| ice(e.to_string()))?;
    let mut cg = Codegen {
        module,
        ir,
        rt,
        fns: SecondaryMap::new(),
        consts,
        globals,
        site_caches,
        nsite_caches: 0,
        ctx: Context::new(),
        fctx: FunctionBuilderContext::new(),
        emit,
        clif: String::new(),
        asm: String::new(),
        unwind: unwind::UnwindTable::default(),
        int_clones: std::collections::HashMap::new(),
    };
    cg.declare_functions()?;
    cg.declare_int_clones()?;
    for (id, f) in &ir.funcs {
        cg.define_direct(id, f)?;
        cg.define_generic(id, f)?;
        cg.define_int_clone(id, f)?;
    }
    let init = cg.define_init()?;
    let register = cg.define_register(role, init)?;
    if let Some(program) = &role.program {
        let start = cg.define_start(&role.name, program, register)?;
        cg.define_main(start)?;
    }
    let ncaches = cg.nsite_caches * runtime_abi::SITE_CACHE_WORDS;
    for (data, n) in [(consts, ir.consts.len()), (globals, ir.globals.len()), (site_caches, ncaches)] {
        let mut d = DataDescription::new();
        d.define_zeroinit(WORD_BYTES as usize * n.max(1));
        d.set_align(WORD_BYTES.into());
        cg.module.define_data(data, &d).map_err(|e| ice(e.to_string()))?;
    }
    let mut product = cg.module.finish();
    cg.unwind.write(&mut product, &*isa)?;
    let object = product.emit().map_err(|e| ice(format!("writing the object file: {e}")))?;
    Ok(Output { object, clif: cg.clif, asm: cg.asm })
}

impl<'a> Codegen<'a> {
    fn ice(e: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::internal("codegen", e.to_string())
    }

    fn ptr_sig(&self, params: usize) -> Signature {
        let mut sig = self.module.make_signature();
        for _ in 0..params {
            sig.params.push(AbiParam::new(WORD));
        }
        sig.returns.push(AbiParam::new(WORD));
        sig
    }

    /// The direct entry's signature: the function object, the caller's recursion depth, then
    /// one word per parameter slot (the module body takes only the depth).
    ///
    /// The depth travels as an argument so that entering and leaving a function only *store*
    /// it to `ophis_recursion_depth` (for the runtime and generic entries to read), instead of
    /// a load-increment-store chain through memory on every call.
    fn direct_sig(&self, f: &ir::Function) -> Signature {
        if f.is_module_body {
            self.ptr_sig(1)
        } else {
            self.ptr_sig(2 + f.sig.nslots())
        }
    }

    /// The current recursion depth, as the runtime keeps it.
    fn load_depth(&mut self, b: &mut FunctionBuilder) -> cranelift_codegen::ir::Value {
        let gv = self.rt.data_ref(&mut self.module, b.func, "ophis_recursion_depth");
        let addr = b.ins().symbol_value(WORD, gv);
        b.ins().load(WORD, MemFlagsData::trusted(), addr, 0)
    }

    fn declare_functions(&mut self) -> CompileResult<()> {
        for (id, f) in &self.ir.funcs {
            let base = format!("__ophis_{}_{}", id.as_u32(), mangle(&f.qualname));
            let direct = self.module.declare_function(&base, Linkage::Local, &self.direct_sig(f)).map_err(Self::ice)?;
            let generic = self
                .module
                .declare_function(&format!("{base}_generic"), Linkage::Local, &self.ptr_sig(4))
                .map_err(Self::ice)?;
            let resume = if f.is_generator {
                Some(
                    self.module
                        .declare_function(&format!("{base}_resume"), Linkage::Local, &self.ptr_sig(3))
                        .map_err(Self::ice)?,
                )
            } else {
                None
            };
            self.fns[id] = FnSymbols { direct: Some(direct), generic: Some(generic), resume };
        }
        Ok(())
    }

    pub(crate) fn direct_entry(&self, f: IrFuncId) -> FuncId {
        self.fns[f].direct.expect("declared")
    }

    /// Build one function: `body` fills it through the builder; then it is finalised and
    /// compiled under symbol `id`.
    fn build_function(
        &mut self,
        id: FuncId,
        sig: Signature,
        what: &str,
        body: impl FnOnce(&mut Self, &mut FunctionBuilder) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let mut ctx = std::mem::replace(&mut self.ctx, Context::new());
        ctx.clear();
        ctx.func.signature = sig;
        let mut fctx = std::mem::take(&mut self.fctx);
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let r = body(self, &mut b);
        if r.is_ok() {
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.fctx = fctx;
        self.ctx = ctx;
        r?;
        self.finish_function(id, what)
    }

    fn define_direct(&mut self, id: IrFuncId, f: &ir::Function) -> CompileResult<()> {
        let sig = self.direct_sig(f);
        if let Some(resume) = self.fns[id].resume {
            self.define_generator_creator(id, f, resume)?;
            let what = format!("{} (resume)", f.qualname);
            return self.build_function(resume, self.ptr_sig(3), &what, |cg, b| function::translate_resume(cg, b, f));
        }
        self.build_function(self.direct_entry(id), sig, &f.qualname, |cg, b| function::translate(cg, b, f))
    }

    /// A generator function's direct entry `(function, depth, args…)`: make the generator
    /// (`ophis_gen_new`) and store the function and the arguments (stolen) in its frame.
    fn define_generator_creator(&mut self, id: IrFuncId, f: &ir::Function, resume: FuncId) -> CompileResult<()> {
        let layout = ir::liveness::GenLayout::of(f);
        let sig = self.direct_sig(f);
        let what = format!("{} (generator creator)", f.qualname);
        self.build_function(self.direct_entry(id), sig, &what, |cg, b| {
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let p = b.block_params(entry).to_vec();
            let resume_ref = cg.module.declare_func_in_func(resume, b.func);
            let resume_addr = b.ins().func_addr(WORD, resume_ref);
            let nslots = b.ins().iconst(WORD, layout.total as i64);
            let nargs = b.ins().iconst(WORD, layout.nargs() as i64);
            let kind = b.ins().iconst(WORD, f.gen_code());
            let new = cg.rt.func_ref(&mut cg.module, b.func, "ophis_gen_new");
            let call = b.ins().call(new, &[p[0], resume_addr, nslots, nargs, kind]);
            let gen = b.inst_results(call)[0];
            let slots_fn = cg.rt.func_ref(&mut cg.module, b.func, "ophis_gen_slots");
            let call = b.ins().call(slots_fn, &[gen]);
            let slots = b.inst_results(call)[0];
            // Slot 0: the function; then the arguments, after the depth parameter.
            b.ins().store(MemFlagsData::trusted(), p[0], slots, 0);
            for (i, &a) in p[2..].iter().enumerate() {
                b.ins().store(MemFlagsData::trusted(), a, slots, word_offset(i + 1));
            }
            b.ins().return_(&[gen]);
            Ok(())
        })
    }

    /// `generic(func, args, nargs, kwnames)`: bind, then call the direct entry.
    fn define_generic(&mut self, id: IrFuncId, f: &ir::Function) -> CompileResult<()> {
        let direct = self.direct_entry(id);
        let generic = self.fns[id].generic.expect("declared");
        let sig = self.ptr_sig(4);
        self.build_function(generic, sig, &format!("{} (generic entry)", f.qualname), |cg, b| {
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let p = b.block_params(entry).to_vec();
            let direct_ref = cg.module.declare_func_in_func(direct, b.func);
            if f.is_module_body {
                let depth = cg.load_depth(b);
                let call = b.ins().call(direct_ref, &[depth]);
                let r = b.inst_results(call)[0];
                b.ins().return_(&[r]);
                return Ok(());
            }
            let n = f.sig.nslots();
            // Exactly the positional parameters, no keywords: no binding needed (the common
            // case of method calls and calls through a variable). The direct entry steals its
            // arguments, so each gets a new reference.
            if !f.sig.varargs && !f.sig.varkw && f.sig.kwonlyargcount == 0 && n > 0 {
                let (fast, slow) = (b.create_block(), b.create_block());
                let exact = b.ins().icmp_imm_s(IntCC::Equal, p[2], n as i64);
                let no_kw = b.ins().icmp_imm_s(IntCC::Equal, p[3], 0);
                let both = b.ins().band(exact, no_kw);
                b.ins().brif(both, fast, &[], slow, &[]);
                b.switch_to_block(fast);
                let depth = cg.load_depth(b);
                let mut args = vec![p[0], depth];
                for i in 0..n {
                    let v = b.ins().load(WORD, MemFlagsData::trusted(), p[1], word_offset(i));
                    let (heap, done) = (b.create_block(), b.create_block());
                    let small = b.ins().band_imm_s(v, 1);
                    b.ins().brif(small, done, &[], heap, &[]);
                    b.switch_to_block(heap);
                    let rc = b.ins().load(WORD, MemFlagsData::trusted(), v, 0);
                    let rc = b.ins().iadd_imm_s(rc, 1);
                    b.ins().store(MemFlagsData::trusted(), rc, v, 0);
                    b.ins().jump(done, &[]);
                    b.switch_to_block(done);
                    args.push(v);
                }
                let call = b.ins().call(direct_ref, &args);
                let r = b.inst_results(call)[0];
                b.ins().return_(&[r]);
                b.switch_to_block(slow);
            }
            let slot =
                b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, words(n.max(1)), WORD_SHIFT));
            for i in 0..n {
                let zero = b.ins().iconst(WORD, 0);
                b.ins().stack_store(WORD, zero, slot, word_offset(i));
            }
            let slots = b.ins().stack_addr(WORD, slot, 0);
            let bind = cg.rt.func_ref(&mut cg.module, b.func, "ophis_bind_args");
            let call = b.ins().call(bind, &[p[0], p[1], p[2], p[3], slots]);
            let status = b.inst_results(call)[0];
            let (ok, fail) = (b.create_block(), b.create_block());
            b.ins().brif(status, fail, &[], ok, &[]);
            b.switch_to_block(fail);
            b.set_cold_block(fail);
            let zero = b.ins().iconst(WORD, 0);
            b.ins().return_(&[zero]);
            b.switch_to_block(ok);
            let depth = cg.load_depth(b);
            let mut args = vec![p[0], depth];
            for i in 0..n {
                args.push(b.ins().stack_load(WORD, WORD, slot, word_offset(i)));
            }
            let call = b.ins().call(direct_ref, &args);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            Ok(())
        })
    }

    /// `ophis_module_init()`: create the constants, then run the module body.
    fn define_init(&mut self) -> CompileResult<FuncId> {
        let init =
            self.module.declare_function("__ophis_module_init", Linkage::Local, &self.ptr_sig(0)).map_err(Self::ice)?;
        let main = self.direct_entry(self.ir.main.ok_or_else(|| Self::ice("module has no body"))?);
        let sig = self.ptr_sig(0);
        self.build_function(init, sig, "module init", |cg, b| {
            let entry = b.create_block();
            b.switch_to_block(entry);
            let table = cg.data_addr(b, cg.consts);
            for (id, c) in &cg.ir.consts {
                let v = cg.build_const(b, c, table)?;
                b.ins().store(MemFlagsData::trusted(), v, table, word_offset(id.as_u32() as usize));
            }
            let main_ref = cg.module.declare_func_in_func(main, b.func);
            // Run at the importer's depth: a module body runs inside the `import` that needs it.
            let depth = cg.load_depth(b);
            let call = b.ins().call(main_ref, &[depth]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            Ok(())
        })?;
        Ok(init)
    }

    /// `__ophis_register_<name>()` (exported): hands the runtime this module's name, file,
    /// global slots (with each slot's name and kind) and init function, so that `import` can
    /// find it. The description is one read-only blob: `name\0file\0flags\0` then, per global
    /// slot in order, a kind (`b` builtin cache, `s` stable `def`, `g` plain, `d` the namespace
    /// dict of a module with dynamic globals) and the name, each
    /// ending in `\0`; `flags` holds `p` for a package.
    fn define_register(&mut self, role: &ModuleRole, init: FuncId) -> CompileResult<FuncId> {
        let mut info = format!("{}\0{}\0{}\0", role.name, self.ir.filename, if role.is_package { "p" } else { "" });
        for (_, g) in &self.ir.globals {
            let kind = if g.namespace {
                'd'
            } else if g.builtin_only {
                'b'
            } else if g.stable {
                's'
            } else {
                'g'
            };
            info.push(kind);
            info.push_str(&g.name);
            info.push('\0');
        }
        let mut sig = self.module.make_signature();
        sig.returns.clear();
        let id =
            self.module.declare_function(&register_symbol(&role.name), Linkage::Export, &sig).map_err(Self::ice)?;
        self.build_function(id, sig, "module registration", |cg, b| {
            let entry = b.create_block();
            b.switch_to_block(entry);
            let (ptr, len) = cg.bytes(b, info.as_bytes())?;
            let slots = cg.data_addr(b, cg.globals);
            let init_ref = cg.module.declare_func_in_func(init, b.func);
            let init_addr = b.ins().func_addr(WORD, init_ref);
            let f = cg.rt.func_ref(&mut cg.module, b.func, "ophis_register_module");
            b.ins().call(f, &[ptr, len, slots, init_addr]);
            b.ins().return_(&[]);
            Ok(())
        })?;
        Ok(id)
    }

    /// `__ophis_program_start()`: register every module of the program (`own` is this module's
    /// own registration, the others are the exported `__ophis_register_<name>` of their
    /// objects), then run the main module (`ophis_run_main`).
    fn define_start(&mut self, own_name: &str, program: &[String], own: FuncId) -> CompileResult<FuncId> {
        let start = self
            .module
            .declare_function("__ophis_program_start", Linkage::Local, &self.ptr_sig(0))
            .map_err(Self::ice)?;
        let mut reg_sig = self.module.make_signature();
        reg_sig.returns.clear();
        let mut registers = Vec::new();
        for name in program {
            registers.push(if name == own_name {
                own
            } else {
                self.module.declare_function(&register_symbol(name), Linkage::Import, &reg_sig).map_err(Self::ice)?
            });
        }
        let sig = self.ptr_sig(0);
        self.build_function(start, sig, "program start", |cg, b| {
            let entry = b.create_block();
            b.switch_to_block(entry);
            for r in registers {
                let r = cg.module.declare_func_in_func(r, b.func);
                b.ins().call(r, &[]);
            }
            let f = cg.rt.func_ref(&mut cg.module, b.func, "ophis_run_main");
            let call = b.ins().call(f, &[]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            Ok(())
        })?;
        Ok(start)
    }

    /// Emit the runtime call creating constant `c` (entries it refers to are already built).
    fn build_const(
        &mut self,
        b: &mut FunctionBuilder,
        c: &Const,
        table: cranelift_codegen::ir::Value,
    ) -> CompileResult<cranelift_codegen::ir::Value> {
        let call = |cg: &mut Self, b: &mut FunctionBuilder, name: &str, args: &[cranelift_codegen::ir::Value]| {
            let f = cg.rt.func_ref(&mut cg.module, b.func, name);
            let inst = b.ins().call(f, args);
            b.inst_results(inst)[0]
        };
        Ok(match c {
            Const::None | Const::True | Const::False | Const::Ellipsis => {
                let which = b.ins().iconst(
                    types::I32,
                    match c {
                        Const::None => 0,
                        Const::True => 1,
                        Const::False => 2,
                        _ => 4,
                    },
                );
                call(self, b, "ophis_const_singleton", &[which])
            }
            Const::Str(s) => {
                let (ptr, len) = self.bytes(b, s.as_bytes())?;
                call(self, b, "ophis_const_str", &[ptr, len])
            }
            Const::BigInt(d) => {
                let (ptr, len) = self.bytes(b, d.as_bytes())?;
                call(self, b, "ophis_const_int", &[ptr, len])
            }
            Const::Float(bits) => {
                let v = b.ins().f64const(f64::from_bits(*bits));
                call(self, b, "ophis_const_float", &[v])
            }
            Const::Bytes(data) => {
                let (ptr, len) = self.bytes(b, data)?;
                call(self, b, "ophis_const_bytes", &[ptr, len])
            }
            Const::Complex(re, im) => {
                let re = b.ins().f64const(f64::from_bits(*re));
                let im = b.ins().f64const(f64::from_bits(*im));
                call(self, b, "ophis_const_complex", &[re, im])
            }
            Const::Tuple(items) => {
                let slot = b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    words(items.len().max(1)),
                    WORD_SHIFT,
                ));
                for (i, it) in items.iter().enumerate() {
                    let v = match it {
                        ConstOrSmall::Small(v) => b.ins().iconst(WORD, (v << 1) | 1),
                        ConstOrSmall::Pooled(id) => {
                            b.ins().load(WORD, MemFlagsData::trusted(), table, word_offset(id.as_u32() as usize))
                        }
                    };
                    b.ins().stack_store(WORD, v, slot, word_offset(i));
                }
                let ptr = b.ins().stack_addr(WORD, slot, 0);
                let n = b.ins().iconst(WORD, items.len() as i64);
                call(self, b, "ophis_const_tuple", &[ptr, n])
            }
            Const::Code(fid) => {
                let f = &self.ir.funcs[*fid];
                let mut strs = vec![f.name.clone(), f.qualname.clone(), self.ir.filename.clone(), self.ir.name.clone()];
                strs.extend(f.sig.slot_names.iter().cloned());
                let mut vals = Vec::new();
                for s in &strs {
                    let (ptr, len) = self.bytes(b, s.as_bytes())?;
                    vals.push(call(self, b, "ophis_const_str", &[ptr, len]));
                }
                let names = &vals[4..];
                let slot = b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    words(names.len().max(1)),
                    WORD_SHIFT,
                ));
                for (i, v) in names.iter().enumerate() {
                    b.ins().stack_store(WORD, *v, slot, word_offset(i));
                }
                let names_ptr = b.ins().stack_addr(WORD, slot, 0);
                let nnames = b.ins().iconst(WORD, names.len() as i64);
                let s = &f.sig;
                // ophis's CO_VARARGS (1) and CO_VARKEYWORDS (2), then CPython's kind flags.
                let kind = match (f.is_generator, f.gen_kind) {
                    (false, _) => 0,
                    (true, ir::GenKind::Generator) => 0x20,
                    (true, ir::GenKind::Coroutine) => 0x80,
                    (true, ir::GenKind::AsyncGenerator) => 0x200,
                };
                let flags = u32::from(s.varargs) | (u32::from(s.varkw) << 1) | kind;
                let ints: Vec<_> = [s.argcount, s.posonlyargcount, s.kwonlyargcount, flags]
                    .iter()
                    .map(|v| b.ins().iconst(types::I32, *v as i64))
                    .collect();
                let generic = self.fns[*fid].generic.expect("declared");
                let gref = self.module.declare_func_in_func(generic, b.func);
                let entry = b.ins().func_addr(WORD, gref);
                call(
                    self,
                    b,
                    "ophis_make_code",
                    &[vals[0], vals[1], vals[2], vals[3], ints[0], ints[1], ints[2], ints[3], names_ptr, nnames, entry],
                )
            }
        })
    }

    /// Bytes in a read-only data object: (address, length).
    fn bytes(
        &mut self,
        b: &mut FunctionBuilder,
        data: &[u8],
    ) -> CompileResult<(cranelift_codegen::ir::Value, cranelift_codegen::ir::Value)> {
        let id = self.module.declare_anonymous_data(false, false).map_err(Self::ice)?;
        let mut d = DataDescription::new();
        d.define(data.to_vec().into_boxed_slice());
        self.module.define_data(id, &d).map_err(Self::ice)?;
        let ptr = self.data_addr(b, id);
        let len = b.ins().iconst(WORD, data.len() as i64);
        Ok((ptr, len))
    }

    pub(crate) fn data_addr(&mut self, b: &mut FunctionBuilder, id: DataId) -> cranelift_codegen::ir::Value {
        let gv = self.module.declare_data_in_func(id, b.func);
        b.ins().symbol_value(WORD, gv)
    }

    /// The C entry point: `int main(int argc, char **argv)`.
    fn define_main(&mut self, init: FuncId) -> CompileResult<()> {
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(WORD));
        sig.returns.push(AbiParam::new(types::I32));
        let main = self.module.declare_function("main", Linkage::Export, &sig).map_err(Self::ice)?;
        self.build_function(main, sig, "main", |cg, b| {
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let p = b.block_params(entry).to_vec();
            let init_ref = cg.module.declare_func_in_func(init, b.func);
            let init_addr = b.ins().func_addr(WORD, init_ref);
            let f = cg.rt.func_ref(&mut cg.module, b.func, "ophis_main");
            let call = b.ins().call(f, &[p[0], p[1], init_addr]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            Ok(())
        })
    }

    fn finish_function(&mut self, id: FuncId, what: &str) -> CompileResult<()> {
        if self.emit.clif {
            self.clif.push_str(&format!("; {what}\n{}\n", self.ctx.func.display()));
        }
        if self.emit.asm {
            self.ctx.set_disasm(true);
        }
        self.module.define_function(id, &mut self.ctx).map_err(|e| {
            Diagnostic::internal("codegen", format!("Cranelift rejected `{what}`: {e:?}\n{}", self.ctx.func.display()))
        })?;
        let code = self.ctx.compiled_code().ok_or_else(|| Self::ice(format!("`{what}` was not compiled")))?;
        let info = code.create_unwind_info(self.module.isa()).map_err(|e| Self::ice(format!("`{what}`: {e:?}")))?;
        self.unwind.add(id, info)?;
        if self.emit.asm {
            if let Some(code) = self.ctx.compiled_code() {
                if let Some(vcode) = &code.vcode {
                    self.asm.push_str(&format!("; {what}\n{vcode}\n"));
                }
            }
        }
        Ok(())
    }
}

/// The byte offset of word `i` in an array of words.
fn word_offset(i: usize) -> i32 {
    (WORD_BYTES as usize * i) as i32
}

/// The size in bytes of `n` words.
fn words(n: usize) -> u32 {
    WORD_BYTES * n as u32
}

/// A symbol-safe rendering of a qualified name.
fn mangle(qualname: &str) -> String {
    qualname.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

//! The runtime's exported functions and data as compiled code sees them: symbol names and
//! native signatures, mirroring `runtime/src/abi.rs` (a test checks the two agree).
//!
//! Runtime symbols are linked statically into the same executable, so every reference is
//! marked colocated: calls are direct `call`/`bl` and data is addressed PC-relative, with no
//! GOT indirection.

use cranelift_codegen::ir::{self, types, AbiParam, Type};
use cranelift_module::{DataId, FuncId, Linkage, Module, ModuleResult};
use cranelift_object::ObjectModule;
use std::collections::HashMap;

const O: Type = crate::target::WORD; // an object word, pointer or count
const W: Type = types::I32; // a status, flag or small code
const F: Type = types::F64;

/// Words in one site cache record (`runtime/src/attrcache.rs`, `SiteCache`): each `o.name`
/// load, store and method call site, and each binary operator and comparison site on
/// objects, owns one, zeroed, in `__ophis_site_caches`.
pub const SITE_CACHE_WORDS: usize = 8;
/// Word indices in a site cache record that compiled code reads for the inline hits
/// (`runtime/src/attrcache.rs`, `SiteCache`): `offset` (the dict word's), `index` (a value's
/// index, or a method's generic entry), `value` (the method) and `inline_ty` (the class, or 0:
/// the runtime zeroes it when the class's version changes, so no version is compared inline).
pub const SITE_OFFSET: usize = 3;
pub const SITE_INDEX: usize = 4;
pub const SITE_VALUE: usize = 5;
pub const SITE_INLINE_TY: usize = 7;
/// Word indices of a call site's record (`runtime/src/call.rs`, `CallSite`, also
/// `SITE_CACHE_WORDS` words): the callable it is for, the version it was filled at, what it
/// holds, its fast entry and the address of the version word to compare.
pub const CALL_SITE_CALLEE: usize = 0;
pub const CALL_SITE_VERSION: usize = 1;
pub const CALL_SITE_KIND: usize = 2;
pub const CALL_SITE_ENTRY: usize = 3;
pub const CALL_SITE_VPTR: usize = 6;
/// `CallSite` kinds compiled code tests inline: `isinstance` (answered `True` when the
/// object's type is the class) and `abs` (answered for an immediate int).
pub const CALL_KIND_ISINSTANCE: i64 = 3;
pub const CALL_KIND_ABS: i64 = 4;
/// Bytes before the first value of an instance's value block, and the offset of its `hi`
/// word (`runtime/src/types/values.rs`, `Values`).
pub const VALUES_HDR: usize = 16;
pub const VALUES_HI: usize = 8;

/// Every runtime function compiled code may call: (symbol, parameters, result).
pub const FUNCTIONS: &[(&str, &[Type], Option<Type>)] = &[
    ("ophis_main", &[W, O, O], Some(W)),
    ("ophis_dealloc", &[O], None),
    ("ophis_const_str", &[O, O], Some(O)),
    ("ophis_const_int", &[O, O], Some(O)),
    ("ophis_const_float", &[F], Some(O)),
    ("ophis_const_bytes", &[O, O], Some(O)),
    ("ophis_const_complex", &[F, F], Some(O)),
    ("ophis_float_new", &[F], Some(O)),
    ("ophis_float_pow", &[F, F], Some(F)),
    ("ophis_const_singleton", &[W], Some(O)),
    ("ophis_const_tuple", &[O, O], Some(O)),
    ("ophis_binary_op", &[O, O, W], Some(O)),
    ("ophis_inplace_op", &[O, O, W], Some(O)),
    ("ophis_unary_op", &[O, W], Some(O)),
    ("ophis_is_true", &[O], Some(W)),
    ("ophis_compare", &[O, O, W], Some(O)),
    ("ophis_compare_bool", &[O, O, W], Some(W)),
    ("ophis_binary_op_ic", &[O, O, W, O], Some(O)),
    ("ophis_binary_op_declined", &[O, O, W], Some(O)),
    ("ophis_compare_ic", &[O, O, W, O], Some(O)),
    ("ophis_compare_bool_ic", &[O, O, W, O], Some(W)),
    ("ophis_compare_declined", &[O, O, W], Some(O)),
    ("ophis_compare_bool_result", &[O, O, W, O], Some(W)),
    ("ophis_contains", &[O, O], Some(W)),
    ("ophis_class_prepare", &[O, O, O], Some(O)),
    ("ophis_class_build", &[O, O, O, O], Some(O)),
    ("ophis_class_load_name", &[O, O, O], Some(O)),
    ("ophis_class_store_name", &[O, O, O], Some(W)),
    ("ophis_class_delete_name", &[O, O], Some(W)),
    ("ophis_super", &[O, O], Some(O)),
    ("ophis_delattr", &[O, O], Some(W)),
    ("ophis_yield_from_iter", &[O], Some(O)),
    ("ophis_yield_from_send", &[O, O, O], Some(O)),
    ("ophis_yield_from_throw", &[O, O], Some(O)),
    ("ophis_yield_from_result", &[], Some(O)),
    ("ophis_gen_done_marker", &[], Some(O)),
    ("ophis_get_awaitable", &[O], Some(O)),
    ("ophis_get_awaitable_aenter", &[O], Some(O)),
    ("ophis_get_awaitable_aexit", &[O], Some(O)),
    ("ophis_async_gen_wrap", &[O], Some(O)),
    ("ophis_get_aiter", &[O], Some(O)),
    ("ophis_get_anext", &[O], Some(O)),
    ("ophis_async_for_end", &[], Some(W)),
    ("ophis_async_with_exit_of", &[O], Some(O)),
    ("ophis_async_with_enter", &[O], Some(O)),
    ("ophis_with_exit_exc_value", &[O, O], Some(O)),
    ("ophis_gen_new", &[O, O, O, O, O], Some(O)),
    ("ophis_gen_slots", &[O], Some(O)),
    ("ophis_with_exit_of", &[O], Some(O)),
    ("ophis_with_enter", &[O], Some(O)),
    ("ophis_with_exit", &[O], Some(O)),
    ("ophis_with_exit_exc", &[O, O], Some(W)),
    ("ophis_getitem", &[O, O], Some(O)),
    ("ophis_setitem", &[O, O, O], Some(W)),
    ("ophis_delitem", &[O, O], Some(W)),
    ("ophis_getattr", &[O, O], Some(O)),
    ("ophis_setattr", &[O, O, O], Some(W)),
    ("ophis_call_method", &[O, O, O, O, O], Some(O)),
    ("ophis_getattr_ic", &[O, O, O], Some(O)),
    ("ophis_setattr_ic", &[O, O, O, O], Some(W)),
    ("ophis_call_method_ic", &[O, O, O, O, O, O], Some(O)),
    ("ophis_call", &[O, O, O, O], Some(O)),
    ("ophis_call_ic", &[O, O, O, O, O], Some(O)),
    ("ophis_call_ex", &[O, O, O], Some(O)),
    ("ophis_build_tuple", &[O, O], Some(O)),
    ("ophis_build_list", &[O, O], Some(O)),
    ("ophis_build_dict", &[O, O], Some(O)),
    ("ophis_build_string", &[O, O], Some(O)),
    ("ophis_build_slice", &[O, O, O], Some(O)),
    ("ophis_build_set", &[O, O], Some(O)),
    ("ophis_set_add", &[O, O], Some(W)),
    ("ophis_list_append", &[O, O], Some(W)),
    ("ophis_list_extend", &[O, O], Some(W)),
    ("ophis_list_to_tuple", &[O], Some(O)),
    ("ophis_dict_setitem", &[O, O, O], Some(W)),
    ("ophis_dict_merge", &[O, O, O], Some(W)),
    ("ophis_check_star_arg", &[O, O], Some(W)),
    ("ophis_get_iter", &[O], Some(O)),
    ("ophis_iter_next", &[O], Some(O)),
    ("ophis_gen_iternext", &[O], Some(O)),
    ("ophis_gen_ended", &[O, O], Some(O)),
    ("ophis_err_occurred", &[], Some(W)),
    ("ophis_unpack_sequence", &[O, O, O], Some(W)),
    ("ophis_unpack_ex", &[O, O, O, O], Some(W)),
    ("ophis_match_sequence", &[O, O, O], Some(W)),
    ("ophis_match_mapping", &[O, O], Some(W)),
    ("ophis_match_keys", &[O, O], Some(O)),
    ("ophis_match_rest", &[O, O], Some(O)),
    ("ophis_match_class", &[O, O, O, O], Some(O)),
    ("ophis_match_item", &[O, O, O], Some(O)),
    ("ophis_make_code", &[O, O, O, O, W, W, W, W, O, O, O, O, O], Some(O)),
    ("ophis_make_function", &[O, O, O, O], Some(O)),
    ("ophis_bind_args", &[O, O, O, O, O], Some(W)),
    ("ophis_func_cell", &[O, O], Some(O)),
    ("ophis_func_default", &[O, O], Some(O)),
    ("ophis_func_kwdefault", &[O, O], Some(O)),
    ("ophis_cell_new", &[O], Some(O)),
    ("ophis_cell_get", &[O, O, W], Some(O)),
    ("ophis_cell_set", &[O, O], None),
    ("ophis_cell_delete", &[O, O, W], Some(W)),
    ("ophis_raise", &[O], Some(O)),
    ("ophis_raise_from", &[O, O], Some(O)),
    ("ophis_reraise", &[], Some(O)),
    ("ophis_err_fetch", &[], Some(O)),
    ("ophis_err_restore", &[O], None),
    ("ophis_exc_matches", &[O, O], Some(W)),
    ("ophis_exc_push_handled", &[O], None),
    ("ophis_exc_pop_handled", &[], None),
    ("ophis_except_star_match", &[O, O], Some(O)),
    ("ophis_except_star_raised", &[O], None),
    ("ophis_except_star_reraise", &[O, O], Some(O)),
    ("ophis_globals_load", &[O, O], Some(O)),
    ("ophis_globals_store", &[O, O, O], Some(W)),
    ("ophis_globals_delete", &[O, O], Some(W)),
    ("ophis_class_load_global", &[O, O, O], Some(O)),
    ("ophis_import_star", &[O, O], Some(W)),
    ("ophis_locals_dict", &[O, O], Some(O)),
    ("ophis_tb_here", &[O, W], None),
    ("ophis_raise_name_error", &[O], Some(O)),
    ("ophis_raise_unbound_local", &[O], Some(O)),
    ("ophis_raise_assertion", &[O], Some(O)),
    ("ophis_raise_recursion", &[], Some(O)),
    ("ophis_builtin", &[O], Some(O)),
    ("ophis_import", &[O], Some(O)),
    ("ophis_import_from", &[O, O], Some(O)),
    ("ophis_register_module", &[O, O, O, O], None),
    ("ophis_run_main", &[], Some(O)),
    ("ophis_format", &[O, O], Some(O)),
    ("ophis_str", &[O], Some(O)),
    ("ophis_repr", &[O], Some(O)),
    ("ophis_ascii", &[O], Some(O)),
];

/// Runtime data compiled code reads and writes inline.
pub const DATA: &[&str] = &[
    "ophis_recursion_depth",
    "ophis_recursion_limit",
    "ophis_float_type",
    "ophis_range_iter_type",
    "ophis_generator_type",
    "ophis_list_type",
    "ophis_tuple_type",
    "ophis_seq_layout",
    "ophis_not_implemented",
];

pub struct RuntimeFns {
    funcs: HashMap<&'static str, FuncId>,
    data: HashMap<&'static str, DataId>,
}

impl RuntimeFns {
    #[allow(clippy::result_large_err)] // cranelift-module's error type, on a cold path
    pub fn declare(module: &mut ObjectModule) -> ModuleResult<RuntimeFns> {
        let mut funcs = HashMap::new();
        for &(name, params, ret) in FUNCTIONS {
            let mut sig = module.make_signature();
            sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
            sig.returns.extend(ret.map(AbiParam::new));
            funcs.insert(name, module.declare_function(name, Linkage::Import, &sig)?);
        }
        let mut data = HashMap::new();
        for &name in DATA {
            data.insert(name, module.declare_data(name, Linkage::Import, true, false)?);
        }
        Ok(RuntimeFns { funcs, data })
    }

    /// A reference to runtime function `name` from function `func`.
    pub fn func_ref(&self, module: &mut ObjectModule, func: &mut ir::Function, name: &str) -> ir::FuncRef {
        let id = *self
            .funcs
            .get(name)
            .unwrap_or_else(|| panic!("runtime function {name} is not declared in runtime_abi::FUNCTIONS"));
        let r = module.declare_func_in_func(id, func);
        func.dfg.ext_funcs[r].colocated = true;
        r
    }

    /// The address of runtime data `name` in function `func`.
    pub fn data_ref(&self, module: &mut ObjectModule, func: &mut ir::Function, name: &str) -> ir::GlobalValue {
        let id =
            *self.data.get(name).unwrap_or_else(|| panic!("runtime data {name} is not declared in runtime_abi::DATA"));
        let gv = module.declare_data_in_func(id, func);
        if let ir::GlobalValueData::Symbol { colocated, .. } = &mut func.global_values[gv] {
            *colocated = true;
        }
        gv
    }

    /// The declared signature of `name`: (parameter types, result type).
    pub fn signature(name: &str) -> Option<(&'static [Type], Option<Type>)> {
        FUNCTIONS.iter().find(|(n, _, _)| *n == name).map(|(_, p, r)| (*p, *r))
    }
}

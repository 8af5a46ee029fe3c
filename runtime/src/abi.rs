//! Every symbol the runtime exports to compiled code, in one place, all prefixed `ophis_`.
//!
//! Conventions (the compiler's `codegen/runtime_abi.rs` declares the same signatures):
//! - arguments are *borrowed* unless the doc says *steals*; results are *new* references;
//! - an `Obj` result of null, or an `i32` result of -1, means an exception is set;
//! - `i32` predicates return 1/0, or -1 on error;
//! - `args` pointers address `nargs` positional values followed by one value per entry of
//!   `kwnames` (a tuple of str, or null);
//! - immortal objects (None, True, False, constants, types) may be handed out without an
//!   increment: their count never reaches zero.

use crate::errors::{self, bool_status, status, to_abi};
use crate::object::{make_immortal, Obj, Owned};
use crate::ops::{self, BinOp, UnaryOp};
use crate::typeobj::CompareOp;
use crate::types::exceptions as exc;
use crate::types::function::{self as func, CodeData, GenericEntry};
use crate::types::str::{new_string, str_value};
use crate::types::{dict, list, tuple};
use std::ffi::{c_char, CStr};
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

/// # Safety
/// `ptr`/`len` must describe a readable array of `len` values (or `len == 0`).
#[inline]
unsafe fn slice<'a>(ptr: *const Obj, len: usize) -> &'a [Obj] {
    if len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller (see above).
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}

/// # Safety
/// `ptr`/`len` must describe valid UTF-8 bytes (the compiler emits them from Rust strings).
unsafe fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: guaranteed by the caller (see above).
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len)) }
}

// ---- program start --------------------------------------------------------------------------

/// The program's entry, called by the compiler-generated C `main`: records `sys.argv`, runs
/// the main module's body on a thread with a large stack (deep recursion must reach
/// `RecursionError`, not overflow the native stack), prints an uncaught exception, flushes
/// stdout and returns the exit status.
///
/// # Safety
/// `argv` must hold `argc` valid C strings, as `main` receives them.
#[no_mangle]
pub unsafe extern "C" fn ophis_main(argc: i32, argv: *const *const c_char, module_init: extern "C" fn() -> Obj) -> i32 {
    let args: Vec<String> = (0..argc.max(0) as usize)
        // SAFETY: `argv` holds `argc` valid C strings (the function's contract).
        .map(|i| unsafe { CStr::from_ptr(*argv.add(i)) }.to_string_lossy().into_owned())
        .collect();
    crate::builtins::set_argv(args);
    init_seq_layout();
    let worker = std::thread::Builder::new().name("main".into()).stack_size(1 << 30).spawn(move || {
        let r = module_init();
        let code = if r.is_null() { errors::handle_uncaught() } else { 0 };
        crate::stdlib::weakref::run_atexit();
        crate::import::finalize_modules();
        crate::io::flush_stdout();
        code
    });
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            crate::io::write_stderr("ophis runtime: the main thread could not run\n");
            70
        }
    }
}

// ---- reference counting ---------------------------------------------------------------------

/// Free an object whose count reached zero (the cold path of an inline decrement).
#[no_mangle]
pub extern "C" fn ophis_dealloc(o: Obj) {
    crate::object::dealloc(o);
}

#[no_mangle]
pub extern "C" fn ophis_incref(o: Obj) {
    o.incref();
}

#[no_mangle]
pub extern "C" fn ophis_decref(o: Obj) {
    o.decref();
}

/// Compiled code's recursion depth, read and written inline on function entry and exit.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_recursion_depth: AtomicI64 = AtomicI64::new(0);

/// `sys.getrecursionlimit()`, read inline on function entry.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_recursion_limit: AtomicI64 = AtomicI64::new(1000);

// ---- constants ------------------------------------------------------------------------------

/// An immortal str constant.
///
/// # Safety
/// `ptr`/`len` must be valid UTF-8.
#[no_mangle]
pub unsafe extern "C" fn ophis_const_str(ptr: *const u8, len: usize) -> Obj {
    // SAFETY: forwarded contract.
    crate::slots::const_str(unsafe { text(ptr, len) })
}

/// An immortal int constant from its decimal digits (for values beyond the immediate range).
///
/// # Safety
/// `ptr`/`len` must be valid UTF-8.
#[no_mangle]
pub unsafe extern "C" fn ophis_const_int(ptr: *const u8, len: usize) -> Obj {
    // SAFETY: forwarded contract.
    let digits = unsafe { text(ptr, len) };
    let v = digits.parse::<num_bigint::BigInt>().unwrap_or_default();
    make_immortal(crate::types::int::new_int_big(v))
}

/// The range iterator type, whose instances compiled code advances inline.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_range_iter_type: &crate::typeobj::TypeObject = &crate::types::range::RANGE_ITER_TYPE;

/// The list type and the tuple type, whose items compiled code reads (and, for lists,
/// writes) inline when subscripted with an immediate int.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_list_type: &crate::typeobj::TypeObject = &crate::types::list::LIST_TYPE;
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_tuple_type: &crate::typeobj::TypeObject = &crate::types::tuple::TUPLE_TYPE;

/// Where a list's or tuple's payload (a `Vec<Obj>`, at offset 16) keeps its item pointer and
/// its length: byte offsets within the `Vec`, `[pointer, length]`. Rust does not fix `Vec`'s
/// field order, so `ophis_main` measures it once (`init_seq_layout`) before any compiled code
/// runs; compiled code loads both offsets and then the fields.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_seq_layout: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];

/// Find the pointer and length fields of a `Vec<Obj>` (see [`ophis_seq_layout`]).
fn init_seq_layout() {
    const WORDS: usize = std::mem::size_of::<Vec<Obj>>() / std::mem::size_of::<usize>();
    let mut probe: Vec<Obj> = Vec::with_capacity(7);
    probe.extend([Obj::from_small(1), Obj::from_small(2), Obj::from_small(3)]);
    // SAFETY: a `Vec` is `WORDS` plain words (pointer, capacity, length in some order); reading
    // them as integers neither moves nor frees it.
    let words: [usize; WORDS] = unsafe { std::mem::transmute_copy(&probe) };
    let find = |want: usize| words.iter().position(|&w| w == want);
    let (Some(ptr), Some(len)) = (find(probe.as_ptr() as usize), find(probe.len())) else {
        crate::io::write_stderr("ophis runtime: cannot find the layout of Vec (a bug in ophis: please report it)\n");
        std::process::abort();
    };
    let word = std::mem::size_of::<usize>();
    ophis_seq_layout[0].store(ptr * word, Ordering::Relaxed);
    ophis_seq_layout[1].store(len * word, Ordering::Relaxed);
}

/// A new float (the result of an inline float operation).
#[no_mangle]
pub extern "C" fn ophis_float_new(v: f64) -> Obj {
    crate::types::float::new_float(v)
}

/// `x ** y` for `0 < x < inf` and finite `y` (the inline float path of `**`): libm's `pow`,
/// exactly as `float_pow_values` computes it; the caller checks that the result is finite.
#[no_mangle]
pub extern "C" fn ophis_float_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// The `float` type, which compiled code compares type pointers with.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_float_type: &crate::typeobj::TypeObject = &crate::types::float::FLOAT_TYPE;

#[no_mangle]
pub extern "C" fn ophis_const_float(v: f64) -> Obj {
    make_immortal(crate::types::float::new_float(v))
}

/// An immortal bytes constant.
///
/// # Safety
/// `ptr`/`len` must describe readable bytes (or `len == 0`).
#[no_mangle]
pub unsafe extern "C" fn ophis_const_bytes(ptr: *const u8, len: usize) -> Obj {
    let data = if len == 0 {
        Vec::new()
    } else {
        // SAFETY: forwarded contract.
        unsafe { std::slice::from_raw_parts(ptr, len) }.to_vec()
    };
    make_immortal(crate::types::bytes::new_bytes(data))
}

/// An immortal complex constant (a literal such as `2j`).
#[no_mangle]
pub extern "C" fn ophis_const_complex(re: f64, im: f64) -> Obj {
    make_immortal(crate::types::complex::new_complex(re, im))
}

/// Singletons by number: 0 None, 1 True, 2 False, 3 Ellipsis (not yet), 4 NotImplemented.
#[no_mangle]
pub extern "C" fn ophis_const_singleton(which: u32) -> Obj {
    match which {
        0 => crate::types::none(),
        1 => crate::types::int::TRUE.obj(),
        2 => crate::types::int::FALSE.obj(),
        4 => crate::types::typetype::ELLIPSIS.obj(),
        _ => crate::types::not_implemented(),
    }
}

/// An immortal tuple constant (steals the items, which are constants themselves).
///
/// # Safety
/// `items` must hold `n` values.
#[no_mangle]
pub unsafe extern "C" fn ophis_const_tuple(items: *const Obj, n: usize) -> Obj {
    // SAFETY: forwarded contract.
    let v = unsafe { slice(items, n) }.to_vec();
    make_immortal(tuple::new_tuple(v))
}

// ---- operators ------------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn ophis_binary_op(a: Obj, b: Obj, op: u32) -> Obj {
    match BinOp::from_u32(op) {
        Some(op) => to_abi(ops::binary_op(a, b, op)),
        None => to_abi(Err(errors::raise(&exc::SYSTEM_ERROR, "bad binary operator"))),
    }
}

#[no_mangle]
pub extern "C" fn ophis_inplace_op(a: Obj, b: Obj, op: u32) -> Obj {
    match BinOp::from_u32(op) {
        Some(op) => to_abi(ops::inplace_op(a, b, op)),
        None => to_abi(Err(errors::raise(&exc::SYSTEM_ERROR, "bad binary operator"))),
    }
}

/// 0 `-x`, 1 `+x`, 2 `~x`.
#[no_mangle]
pub extern "C" fn ophis_unary_op(a: Obj, op: u32) -> Obj {
    let op = match op {
        0 => UnaryOp::Neg,
        1 => UnaryOp::Pos,
        _ => UnaryOp::Invert,
    };
    to_abi(ops::unary_op(a, op))
}

#[no_mangle]
pub extern "C" fn ophis_is_true(a: Obj) -> i32 {
    bool_status(ops::is_true(a))
}

/// Rich comparison; `op` is CPython's `Py_LT`…`Py_GE`.
#[no_mangle]
pub extern "C" fn ophis_compare(a: Obj, b: Obj, op: u32) -> Obj {
    to_abi(ops::rich_compare(a, b, CompareOp::from_u32(op)))
}

/// A comparison as a condition (`if a < b:`): its result's truth, 1 or 0 (-1: raised).
#[no_mangle]
pub extern "C" fn ophis_compare_bool(a: Obj, b: Obj, op: u32) -> i32 {
    bool_status(ops::compare_truth(a, b, CompareOp::from_u32(op)))
}

// ---- operator sites with a cache record (`docs/design/inline-caches.md`) ---------------------

/// `a <op> b` at a site with a cache record, which it fills when both operands are
/// instances of one class with a Python `__op__` (compiled code then calls it inline).
///
/// # Safety
/// `ic` must point to the site's record (`SITE_CACHE_WORDS` writable words), as for
/// [`ophis_getattr_ic`].
#[no_mangle]
pub unsafe extern "C" fn ophis_binary_op_ic(a: Obj, b: Obj, op: u32, ic: *const crate::attrcache::SiteCache) -> Obj {
    match BinOp::from_u32(op) {
        // SAFETY: forwarded contract.
        Some(op) => to_abi(ops::binary_op_ic(a, b, op, unsafe { &*ic })),
        None => to_abi(Err(errors::raise(&exc::SYSTEM_ERROR, "bad binary operator"))),
    }
}

/// The rest of `a <op> b` after compiled code's inline call of the class's `__op__`
/// answered `NotImplemented`.
#[no_mangle]
pub extern "C" fn ophis_binary_op_declined(a: Obj, b: Obj, op: u32) -> Obj {
    match BinOp::from_u32(op) {
        Some(op) => to_abi(ops::binary_op_after_declined(a, b, op)),
        None => to_abi(Err(errors::raise(&exc::SYSTEM_ERROR, "bad binary operator"))),
    }
}

/// A comparison at a site with a cache record (filled as by [`ophis_binary_op_ic`]).
///
/// # Safety
/// As for [`ophis_binary_op_ic`].
#[no_mangle]
pub unsafe extern "C" fn ophis_compare_ic(a: Obj, b: Obj, op: u32, ic: *const crate::attrcache::SiteCache) -> Obj {
    // SAFETY: forwarded contract.
    to_abi(ops::compare_ic(a, b, CompareOp::from_u32(op), unsafe { &*ic }))
}

/// A comparison as a condition at a site with a cache record: 1, 0, or -1 (raised).
///
/// # Safety
/// As for [`ophis_binary_op_ic`].
#[no_mangle]
pub unsafe extern "C" fn ophis_compare_bool_ic(a: Obj, b: Obj, op: u32, ic: *const crate::attrcache::SiteCache) -> i32 {
    // SAFETY: forwarded contract.
    let r = ops::compare_ic(a, b, CompareOp::from_u32(op), unsafe { &*ic });
    bool_status(r.and_then(ops::truth_of_result))
}

/// The rest of a comparison after compiled code's inline call of the class's method for
/// `op` answered `NotImplemented`.
#[no_mangle]
pub extern "C" fn ophis_compare_declined(a: Obj, b: Obj, op: u32) -> Obj {
    to_abi(ops::compare_after_declined(a, b, CompareOp::from_u32(op)))
}

/// A comparison's truth after compiled code's inline call of the class's method for `op`
/// returned `r` (stolen), which is neither `True` nor `False`: null (the call raised) is -1,
/// `NotImplemented` continues the protocol, anything else is tested for truth.
#[no_mangle]
pub extern "C" fn ophis_compare_bool_result(a: Obj, b: Obj, op: u32, r: Obj) -> i32 {
    if r.is_null() {
        return -1;
    }
    if r == crate::types::not_implemented() {
        let r = ops::compare_after_declined(a, b, CompareOp::from_u32(op));
        return bool_status(r.and_then(ops::truth_of_result));
    }
    bool_status(ops::truth_of_result(r))
}

/// `NotImplemented`, which compiled code compares an inline operator call's result with.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_not_implemented: &crate::object::StaticObject<()> = &crate::types::typetype::NOT_IMPLEMENTED;

/// `item in container`.
#[no_mangle]
pub extern "C" fn ophis_contains(container: Obj, item: Obj) -> i32 {
    bool_status(ops::contains(container, item))
}

#[no_mangle]
pub extern "C" fn ophis_getitem(o: Obj, key: Obj) -> Obj {
    to_abi(ops::getitem(o, key))
}

#[no_mangle]
pub extern "C" fn ophis_setitem(o: Obj, key: Obj, value: Obj) -> i32 {
    status(ops::setitem(o, key, value))
}

#[no_mangle]
pub extern "C" fn ophis_delitem(o: Obj, key: Obj) -> i32 {
    status(ops::delitem(o, key))
}

// ---- attributes and calls -------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn ophis_getattr(o: Obj, name: Obj) -> Obj {
    to_abi(crate::attr::getattr(o, name))
}

/// `o.name` through a site cache (`attrcache.rs`).
///
/// # Safety
/// `ic` must point at the site's `SiteCache` record (zeroed before first use).
#[no_mangle]
pub unsafe extern "C" fn ophis_getattr_ic(o: Obj, name: Obj, ic: *const crate::attrcache::SiteCache) -> Obj {
    // SAFETY: forwarded contract; records live in the program's writable data.
    to_abi(crate::attrcache::getattr(o, name, unsafe { &*ic }))
}

/// `o.name = value` through a site cache.
///
/// # Safety
/// As for [`ophis_getattr_ic`].
#[no_mangle]
pub unsafe extern "C" fn ophis_setattr_ic(
    o: Obj,
    name: Obj,
    value: Obj,
    ic: *const crate::attrcache::SiteCache,
) -> i32 {
    // SAFETY: forwarded contract.
    status(crate::attrcache::setattr(o, name, value, unsafe { &*ic }))
}

/// `o.name(args…)` through a site cache.
///
/// # Safety
/// `args` must hold `nargs` values plus one per keyword name; `ic` as for [`ophis_getattr_ic`].
#[no_mangle]
pub unsafe extern "C" fn ophis_call_method_ic(
    o: Obj,
    name: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
    ic: *const crate::attrcache::SiteCache,
) -> Obj {
    // SAFETY: forwarded contract.
    let args = unsafe { slice(args, nargs + crate::call::kwnames_len(kwnames)) };
    // SAFETY: forwarded contract.
    to_abi(crate::attrcache::call_method(o, name, args, kwnames, unsafe { &*ic }))
}

/// `o.name = value`.
#[no_mangle]
pub extern "C" fn ophis_setattr(o: Obj, name: Obj, value: Obj) -> i32 {
    status(crate::attr::setattr(o, name, value))
}

/// `del o.name`.
#[no_mangle]
pub extern "C" fn ophis_delattr(o: Obj, name: Obj) -> i32 {
    status(crate::attr::setattr(o, name, Obj::NULL))
}

/// `o.name(args…)`.
///
/// # Safety
/// `args` must hold `nargs` values plus one per keyword name.
#[no_mangle]
pub unsafe extern "C" fn ophis_call_method(o: Obj, name: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> Obj {
    // SAFETY: forwarded contract.
    let args = unsafe { slice(args, nargs + crate::call::kwnames_len(kwnames)) };
    to_abi(crate::attr::call_method(o, name, args, kwnames))
}

/// `callable(args…)`.
///
/// # Safety
/// `args` must hold `nargs` values plus one per keyword name.
#[no_mangle]
pub unsafe extern "C" fn ophis_call(callable: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> Obj {
    // SAFETY: forwarded contract.
    let args = unsafe { slice(args, nargs + crate::call::kwnames_len(kwnames)) };
    to_abi(crate::call::call(callable, args, kwnames))
}

/// `callable(args…)` at a call site with cache record `site` (`call::CallSite`), on a miss of
/// compiled code's inline test: the call, filling the record for a class or a built-in with a
/// fast entry.
///
/// # Safety
/// `arr` points to a writable scratch word followed by `nargs` values plus one per keyword
/// name; `site` to the site's record (`SITE_CACHE_WORDS` words of `__ophis_site_caches`).
#[no_mangle]
pub unsafe extern "C" fn ophis_call_ic(
    callable: Obj,
    arr: *mut Obj,
    nargs: usize,
    kwnames: Obj,
    site: *const crate::call::CallSite,
) -> Obj {
    // SAFETY: forwarded contract.
    unsafe { crate::call::call_ic(callable, arr, nargs, kwnames, &*site) }
}

/// `callable(*args, **kwargs)`; `kwargs` may be null.
#[no_mangle]
pub extern "C" fn ophis_call_ex(callable: Obj, args: Obj, kwargs: Obj) -> Obj {
    to_abi(crate::call::call_ex(callable, args, kwargs))
}

// ---- classes --------------------------------------------------------------------------------

/// Before a class body: the namespace its metaclass's `__prepare__` makes. `kwargs` (the
/// class keywords, including `metaclass`) may be null.
#[no_mangle]
pub extern "C" fn ophis_class_prepare(name: Obj, bases: Obj, kwargs: Obj) -> Obj {
    to_abi(crate::types::heaptype::prepare_class(name, bases, kwargs))
}

/// After a class body: `metaclass(name, bases, ns, **kwargs)`; `kwargs` may be null.
#[no_mangle]
pub extern "C" fn ophis_class_build(name: Obj, bases: Obj, ns: Obj, kwargs: Obj) -> Obj {
    to_abi(crate::types::heaptype::build_class(name, bases, ns, kwargs))
}

/// Read `name` in a class body; `fallback` (borrowed, may be null) is the value outside.
#[no_mangle]
pub extern "C" fn ophis_class_load_name(ns: Obj, name: Obj, fallback: Obj) -> Obj {
    to_abi(crate::types::heaptype::class_load_name(ns, name, fallback))
}

/// Bind `name` in a class body (`value` borrowed).
#[no_mangle]
pub extern "C" fn ophis_class_store_name(ns: Obj, name: Obj, value: Obj) -> i32 {
    status(ops::setitem(ns, name, value))
}

/// `del name` in a class body.
#[no_mangle]
pub extern "C" fn ophis_class_delete_name(ns: Obj, name: Obj) -> i32 {
    status(crate::types::heaptype::class_delete_name(ns, name))
}

/// Zero-argument `super()`: the function's first argument and its `__class__` cell, either
/// possibly null (no parameters; not in a class).
#[no_mangle]
pub extern "C" fn ophis_super(first: Obj, class_cell: Obj) -> Obj {
    to_abi(crate::types::descr::super_zero(first, class_cell))
}

/// `with`: the manager's bound `__exit__`, checking the protocol.
#[no_mangle]
pub extern "C" fn ophis_with_exit_of(mgr: Obj) -> Obj {
    to_abi(crate::slots::with_exit_of(mgr))
}

/// `with`: `mgr.__enter__()`.
#[no_mangle]
pub extern "C" fn ophis_with_enter(mgr: Obj) -> Obj {
    to_abi(crate::slots::with_enter(mgr))
}

/// `with` left without an exception: `exit(None, None, None)`.
#[no_mangle]
pub extern "C" fn ophis_with_exit(exit: Obj) -> Obj {
    let n = crate::types::none();
    to_abi(crate::call::call(exit, &[n, n, n], Obj::NULL))
}

/// `with` left by the exception `e`: 1 when `__exit__` swallows it, 0 when it propagates.
#[no_mangle]
pub extern "C" fn ophis_with_exit_exc(exit: Obj, e: Obj) -> i32 {
    bool_status(crate::slots::with_exit_exc(exit, e))
}

// ---- building containers --------------------------------------------------------------------

/// A tuple of `n` items (stolen).
///
/// # Safety
/// `items` must hold `n` values.
#[no_mangle]
pub unsafe extern "C" fn ophis_build_tuple(items: *const Obj, n: usize) -> Obj {
    // SAFETY: forwarded contract.
    tuple::new_tuple(unsafe { slice(items, n) }.to_vec())
}

/// A list of `n` items (stolen).
///
/// # Safety
/// `items` must hold `n` values.
#[no_mangle]
pub unsafe extern "C" fn ophis_build_list(items: *const Obj, n: usize) -> Obj {
    // SAFETY: forwarded contract.
    list::new_list(unsafe { slice(items, n) }.to_vec())
}

/// A dict from `n` values laid out as key/value pairs `k0, v0, k1, v1…` (stolen).
///
/// # Safety
/// `items` must hold `n` values, `n` even.
#[no_mangle]
pub unsafe extern "C" fn ophis_build_dict(items: *const Obj, n: usize) -> Obj {
    // SAFETY: forwarded contract.
    let items = unsafe { slice(items, n) };
    let d = dict::new_dict();
    let mut result = d;
    for pair in items.chunks(2) {
        if !result.is_null() && dict::dict_data(d).set(pair[0], pair[1]).is_err() {
            d.decref();
            result = Obj::NULL;
        }
    }
    items.iter().for_each(|o| o.decref());
    result
}

/// `start:stop:step` (borrowed; `None` for an omitted bound).
#[no_mangle]
pub extern "C" fn ophis_build_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    crate::types::slice::new_slice(start, stop, step)
}

#[no_mangle]
pub extern "C" fn ophis_list_append(l: Obj, v: Obj) -> i32 {
    list::list_append(l, v);
    0
}

/// `l.extend(iterable)` for a `*iterable` in a display or in a call's arguments (CPython's
/// `LIST_EXTEND`, with its message for a non-iterable).
#[no_mangle]
pub extern "C" fn ophis_list_extend(l: Obj, iterable: Obj) -> i32 {
    if iterable.ty().lookup(|t| t.tp_iter).is_none() {
        errors::type_error(format!("Value after * must be an iterable, not {}", crate::types::type_name(iterable)));
        return -1;
    }
    status(ops::collect_iterable(iterable).map(|items| list::list_items(l).extend(items)))
}

#[no_mangle]
pub extern "C" fn ophis_list_to_tuple(l: Obj) -> Obj {
    tuple::new_tuple(list::list_items(l).iter().map(|o| o.incref()).collect())
}

#[no_mangle]
pub extern "C" fn ophis_dict_setitem(d: Obj, k: Obj, v: Obj) -> i32 {
    status(dict::dict_data(d).set(k, v))
}

/// `{**m}` and call-site `**m`: merge a mapping into `d`. With `check_dup`, a key already
/// present is the call-site error "got multiple values for keyword argument".
#[no_mangle]
pub extern "C" fn ophis_dict_merge(d: Obj, m: Obj, func: Obj) -> i32 {
    // Any object with `keys()` is a mapping here: its items are read with `m[key]` into a
    // temporary dict first (`PyDict_Merge`'s generic path).
    if !dict::is_dict(m) {
        let keys = crate::slots::intern("keys");
        match crate::attr::getattr_opt(m, keys) {
            Err(_) => return -1,
            Ok(Some(f)) => {
                let f = Owned::new(f).expect("keys");
                let copy = Owned::new(dict::new_dict()).expect("dict");
                let filled = (|| -> crate::errors::PyResult<()> {
                    let ks = Owned::new(crate::call::call(f.get(), &[], Obj::NULL)?).expect("keys()");
                    for k in ops::collect_iterable(ks.get())? {
                        let k = Owned::new(k).expect("key");
                        let v = Owned::new(ops::getitem(m, k.get())?).expect("value");
                        dict::dict_data(copy.get()).set(k.get(), v.get())?;
                    }
                    Ok(())
                })();
                if filled.is_err() {
                    return -1;
                }
                return ophis_dict_merge(d, copy.get(), func);
            }
            Ok(None) => {}
        }
        let what = if func.is_null() {
            format!("'{}' object is not a mapping", crate::types::type_name(m))
        } else {
            format!("{} argument after ** must be a mapping, not {}", callable_label(func), crate::types::type_name(m))
        };
        errors::type_error(what);
        return -1;
    }
    if !func.is_null() {
        for (k, _) in dict::dict_data(m).iter() {
            match dict::dict_data(d).get(k) {
                Ok(Some(_)) => {
                    errors::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        callable_label(func),
                        crate::ops::str_string(k).unwrap_or_default()
                    ));
                    return -1;
                }
                Ok(None) => {}
                Err(_) => return -1,
            }
        }
    }
    status(dict::dict_update_from(d, m))
}

/// How CPython names a callable in call-site unpacking errors: `__main__.f()`.
fn callable_label(f: Obj) -> String {
    if func::is_function(f) {
        let code = func::code_data(func::function_data(f).code);
        format!("__main__.{}()", str_value(code.qualname))
    } else {
        crate::ops::repr_string(f).unwrap_or_default()
    }
}

/// Check a call-site `*args` operand: `f() argument after * must be an iterable, not int`.
#[no_mangle]
pub extern "C" fn ophis_check_star_arg(func: Obj, v: Obj) -> i32 {
    if v.ty().lookup(|t| t.tp_iter).is_none() {
        errors::type_error(format!(
            "{} argument after * must be an iterable, not {}",
            callable_label(func),
            crate::types::type_name(v)
        ));
        return -1;
    }
    0
}

// ---- iteration ------------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn ophis_get_iter(o: Obj) -> Obj {
    to_abi(ops::get_iter(o))
}

/// The next item; null with no exception set when the iterator is exhausted.
#[no_mangle]
pub extern "C" fn ophis_iter_next(it: Obj) -> Obj {
    loop_item(ops::iter_next(it))
}

/// `FOR_ITER`'s reading of a `tp_iternext` result: the item, or null (with an exception set
/// only when it is not a `StopIteration`, which ends the loop).
#[inline]
fn loop_item(r: errors::PyResult<Option<Obj>>) -> Obj {
    match r {
        Ok(Some(v)) => v,
        Ok(None) => Obj::NULL,
        // A `StopIteration` raised by `__next__` is the end of the loop (`FOR_ITER`).
        Err(_) => {
            let cur = errors::current();
            if cur.ty().is_subtype(&exc::STOP_ITERATION) {
                errors::fetch().decref();
            }
            Obj::NULL
        }
    }
}

/// The generator type, whose plain instances a `for` loop resumes inline (the payload
/// offsets are `types::generator::OFF_*`).
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static ophis_generator_type: &crate::typeobj::TypeObject = &crate::types::generator::GENERATOR_TYPE;

/// `ophis_iter_next` for a generator (the loop checked the type): the next item, or null.
#[no_mangle]
pub extern "C" fn ophis_gen_iternext(gen: Obj) -> Obj {
    loop_item(crate::types::generator::gen_iternext(gen))
}

/// A generator a `for` loop resumed inline finished: `r` (owned) is what its resume function
/// returned (the return value, or null with the exception set). Always null; an exception
/// is left set only when the body raised one (after PEP 479), not for a return.
#[no_mangle]
pub extern "C" fn ophis_gen_ended(gen: Obj, r: Obj) -> Obj {
    loop_item(crate::types::generator::gen_ended(gen, r))
}

#[no_mangle]
pub extern "C" fn ophis_err_occurred() -> i32 {
    errors::occurred() as i32
}

/// Unpack `o` into exactly `n` values written to `out` (new references).
///
/// # Safety
/// `out` must have room for `n` values.
#[no_mangle]
pub unsafe extern "C" fn ophis_unpack_sequence(o: Obj, n: usize, out: *mut Obj) -> i32 {
    // SAFETY: forwarded contract.
    unsafe { write_unpacked(crate::matching::unpack(o, n, None), out) }
}

/// Unpack `o` for a starred target: `before` values, a list of the rest, `after` values, written
/// to `out` (new references).
///
/// # Safety
/// `out` must have room for `before + 1 + after` values.
#[no_mangle]
pub unsafe extern "C" fn ophis_unpack_ex(o: Obj, before: usize, after: usize, out: *mut Obj) -> i32 {
    // SAFETY: forwarded contract.
    unsafe { write_unpacked(crate::matching::unpack(o, before, Some(after)), out) }
}

/// # Safety
/// `out` must have room for every value of `r`.
unsafe fn write_unpacked(r: errors::PyResult<Vec<Obj>>, out: *mut Obj) -> i32 {
    match r {
        Ok(items) => {
            for (i, v) in items.into_iter().enumerate() {
                // SAFETY: the caller sized `out` for every value.
                unsafe { *out.add(i) = v };
            }
            0
        }
        Err(_) => -1,
    }
}

/// `match`: is `o` a sequence whose length fits (`mode` 0: any, 1: `== n`, 2: `>= n`)?
#[no_mangle]
pub extern "C" fn ophis_match_sequence(o: Obj, n: Obj, mode: Obj) -> i32 {
    errors::bool_status(crate::matching::match_sequence(o, n.small_value() as usize, mode.small_value()))
}

/// `match`: is `o` a mapping with at least `n` items?
#[no_mangle]
pub extern "C" fn ophis_match_mapping(o: Obj, n: Obj) -> i32 {
    errors::bool_status(crate::matching::match_mapping(o, n.small_value() as usize))
}

/// `match`: the values of the keys (a tuple) in the mapping, or `None`.
#[no_mangle]
pub extern "C" fn ophis_match_keys(map: Obj, keys: Obj) -> Obj {
    to_abi(crate::matching::match_keys(map, keys))
}

/// `match`: the `**rest` dict of a mapping pattern.
#[no_mangle]
pub extern "C" fn ophis_match_rest(map: Obj, keys: Obj) -> Obj {
    to_abi(crate::matching::match_rest(map, keys))
}

/// `match`: `seq[i]`, or `seq[len(seq) - i]` when `from_end` is true (an item after `*_`).
#[no_mangle]
pub extern "C" fn ophis_match_item(seq: Obj, i: Obj, from_end: Obj) -> Obj {
    to_abi(crate::matching::match_item(seq, i.small_value(), from_end.small_value() != 0))
}

/// `match`: a class pattern's attributes (a tuple), or `None` when the subject does not match.
#[no_mangle]
pub extern "C" fn ophis_match_class(subject: Obj, cls: Obj, nargs: Obj, kwnames: Obj) -> Obj {
    to_abi(crate::matching::match_class(subject, cls, nargs.small_value() as usize, kwnames))
}

// ---- functions and closures -----------------------------------------------------------------

/// An immortal code object describing one compiled function.
///
/// # Safety
/// `names` must hold `nvarnames + ncellvars + nfreevars` str constants (the parameters, then
/// `co_cellvars`, then `co_freevars`); `entry` must have the `GenericEntry` signature.
#[no_mangle]
pub unsafe extern "C" fn ophis_make_code(
    name: Obj,
    qualname: Obj,
    filename: Obj,
    module: Obj,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    names: *const Obj,
    nvarnames: usize,
    ncellvars: usize,
    nfreevars: usize,
    entry: GenericEntry,
) -> Obj {
    // SAFETY: forwarded contract.
    let names = unsafe { slice(names, nvarnames + ncellvars + nfreevars) };
    let owned = |s: &[Obj]| s.iter().map(|v| v.incref()).collect::<Vec<Obj>>();
    let varnames = owned(&names[..nvarnames]);
    let cellvars = owned(&names[nvarnames..nvarnames + ncellvars]);
    let freevars = owned(&names[nvarnames + ncellvars..]);
    make_immortal(func::new_code(CodeData {
        name: name.incref(),
        qualname: qualname.incref(),
        filename: filename.incref(),
        module: module.incref(),
        argcount: argcount as usize,
        posonlyargcount: posonlyargcount as usize,
        kwonlyargcount: kwonlyargcount as usize,
        flags,
        varnames,
        cellvars,
        freevars,
        entry,
    }))
}

/// A function object (`def`/`lambda`): borrows `code`, steals `defaults` (tuple or null),
/// `kwdefaults` (dict or null) and `closure` (tuple of cells or null).
#[no_mangle]
pub extern "C" fn ophis_make_function(code: Obj, defaults: Obj, kwdefaults: Obj, closure: Obj) -> Obj {
    func::new_function(code.incref(), defaults, kwdefaults, closure)
}

/// Bind a call to `func`'s parameter slots (see `call::bind_arguments`).
///
/// # Safety
/// `args` must hold `nargs` values plus one per keyword name; `slots` must have room for the
/// function's slot count and be zeroed.
#[no_mangle]
pub unsafe extern "C" fn ophis_bind_args(
    func: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
    slots: *mut Obj,
) -> i32 {
    let code = func::code_data(func::function_data(func).code);
    // SAFETY: forwarded contract.
    let args = unsafe { slice(args, nargs + crate::call::kwnames_len(kwnames)) };
    // SAFETY: forwarded contract.
    let slots = unsafe { std::slice::from_raw_parts_mut(slots, code.nslots()) };
    status(crate::call::bind_arguments(func, args, nargs, kwnames, slots))
}

/// The `i`-th closure cell of `func` (borrowed).
#[no_mangle]
pub extern "C" fn ophis_func_cell(func: Obj, i: usize) -> Obj {
    tuple::tuple_items(func::function_data(func).closure)[i]
}

/// The `i`-th default of `func`'s positional parameters (borrowed; the compiler checked the
/// function has that many).
#[no_mangle]
pub extern "C" fn ophis_func_default(func: Obj, i: usize) -> Obj {
    tuple::tuple_items(func::function_data(func).defaults)[i]
}

/// The default of `func`'s keyword-only parameter `name` (borrowed; the compiler checked it
/// has one).
#[no_mangle]
pub extern "C" fn ophis_func_kwdefault(func: Obj, name: Obj) -> Obj {
    let kw = func::function_data(func).kwdefaults;
    dict::dict_data(kw).get(name).ok().flatten().unwrap_or_else(crate::types::none)
}

/// A new cell holding `v` (stolen; may be null for an empty cell).
#[no_mangle]
pub extern "C" fn ophis_cell_new(v: Obj) -> Obj {
    func::new_cell(v)
}

/// The error for reading an empty cell: a free variable (`NameError`) or a local captured by
/// a nested function (`UnboundLocalError`).
fn empty_cell_error(name: Obj, free: i32) {
    if free != 0 {
        errors::raise(
            &exc::NAME_ERROR,
            format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                str_value(name)
            ),
        );
    } else {
        ophis_raise_unbound_local(name);
    }
}

/// The contents of a cell (new reference); raises when empty (see `empty_cell_error`).
#[no_mangle]
pub extern "C" fn ophis_cell_get(cell: Obj, name: Obj, free: i32) -> Obj {
    let v = *func::cell_contents(cell);
    if v.is_null() {
        empty_cell_error(name, free);
        return Obj::NULL;
    }
    v.incref()
}

/// `del name` for a cell variable; raises when already empty.
#[no_mangle]
pub extern "C" fn ophis_cell_delete(cell: Obj, name: Obj, free: i32) -> i32 {
    let old = std::mem::replace(func::cell_contents(cell), Obj::NULL);
    if old.is_null() {
        empty_cell_error(name, free);
        return -1;
    }
    old.decref();
    0
}

/// Store into a cell (`v` stolen; null empties it).
#[no_mangle]
pub extern "C" fn ophis_cell_set(cell: Obj, v: Obj) {
    std::mem::replace(func::cell_contents(cell), v).xdecref();
}

// ---- exceptions -----------------------------------------------------------------------------

/// `raise x` (x a class or an instance). Always returns null.
#[no_mangle]
pub extern "C" fn ophis_raise(x: Obj) -> Obj {
    if let Ok(e) = exc::instantiate(x) {
        errors::set_exception(e);
    }
    Obj::NULL
}

/// `raise x from cause`. Always returns null.
#[no_mangle]
pub extern "C" fn ophis_raise_from(x: Obj, cause: Obj) -> Obj {
    if let Ok(e) = exc::instantiate(x) {
        match exc::set_cause(e, cause) {
            Ok(()) => {
                errors::set_exception(e);
            }
            Err(_) => e.decref(),
        }
    }
    Obj::NULL
}

/// Bare `raise`: re-raise the exception being handled. Always returns null.
#[no_mangle]
pub extern "C" fn ophis_reraise() -> Obj {
    let e = errors::top_handled();
    if e.is_null() {
        errors::raise(&exc::RUNTIME_ERROR, "No active exception to reraise");
    } else {
        errors::restore(e.incref());
    }
    Obj::NULL
}

/// Take the current exception (new reference) and clear it.
#[no_mangle]
pub extern "C" fn ophis_err_fetch() -> Obj {
    errors::fetch()
}

/// Make `e` (stolen) the current exception again, unchanged (end of `finally`, no match).
#[no_mangle]
pub extern "C" fn ophis_err_restore(e: Obj) {
    errors::restore(e);
}

/// Does exception `e` match the `except` clause's `spec` (a class or tuple of classes)?
#[no_mangle]
pub extern "C" fn ophis_exc_matches(e: Obj, spec: Obj) -> i32 {
    fn is_exc_class(o: Obj) -> bool {
        crate::types::typetype::as_type(o).is_some_and(|c| c.is_subtype(&exc::BASE_EXCEPTION))
    }
    // `check_except_type_valid`: every class of a tuple is checked before any is matched.
    fn matches(t: &'static crate::typeobj::TypeObject, spec: Obj) -> Result<bool, ()> {
        if let Some(c) = crate::types::typetype::as_type(spec) {
            if c.is_subtype(&exc::BASE_EXCEPTION) {
                return Ok(t.is_subtype(c));
            }
        } else if tuple::is_tuple(spec) {
            let items = tuple::tuple_items(spec);
            if !items.iter().all(|&s| is_exc_class(s)) {
                return Err(());
            }
            return Ok(items.iter().any(|&s| t.is_subtype(crate::types::typetype::as_type(s).expect("a class"))));
        }
        Err(())
    }
    match matches(e.ty(), spec) {
        Ok(b) => b as i32,
        Err(()) => {
            errors::type_error("catching classes that do not inherit from BaseException is not allowed");
            -1
        }
    }
}

/// Enter an `except` block handling `e` (borrowed).
#[no_mangle]
pub extern "C" fn ophis_exc_push_handled(e: Obj) {
    errors::push_handled(e.incref());
}

/// `except* spec`: split the part of the exception not handled yet (`state[0]`) by `spec`;
/// the match (a new reference; `None` when nothing matched) becomes the handled exception.
#[no_mangle]
pub extern "C" fn ophis_except_star_match(state: Obj, spec: Obj) -> Obj {
    to_abi(crate::types::exception_group::except_star_match(state, spec))
}

/// An exception escaped an `except*` clause body: move it into the state.
#[no_mangle]
pub extern "C" fn ophis_except_star_raised(state: Obj) {
    crate::types::exception_group::except_star_raised(state)
}

/// After the `except*` clauses: what to re-raise (new reference), or `None`.
#[no_mangle]
pub extern "C" fn ophis_except_star_reraise(orig: Obj, state: Obj) -> Obj {
    to_abi(crate::types::exception_group::prep_reraise_star(orig, state))
}

/// A global of a module with dynamic globals: `ns[name]`, else the builtin, else `NameError`.
#[no_mangle]
pub extern "C" fn ophis_globals_load(ns: Obj, name: Obj) -> Obj {
    to_abi(crate::types::module::globals_load(ns, name))
}

/// Bind a global of a module with dynamic globals (`value` borrowed).
#[no_mangle]
pub extern "C" fn ophis_globals_store(ns: Obj, name: Obj, value: Obj) -> i32 {
    status(dict::dict_data(ns).set(name, value))
}

/// `del name` for a global of a module with dynamic globals.
#[no_mangle]
pub extern "C" fn ophis_globals_delete(ns: Obj, name: Obj) -> i32 {
    status(crate::types::module::globals_delete(ns, name))
}

/// A name in a class body of a module with dynamic globals: the class namespace, the module's
/// namespace `globals`, then the builtins.
#[no_mangle]
pub extern "C" fn ophis_class_load_global(ns: Obj, name: Obj, globals: Obj) -> Obj {
    let fallback = match dict::dict_data(globals).get(name) {
        Ok(v) => v.unwrap_or(Obj::NULL),
        Err(_) => return Obj::NULL,
    };
    to_abi(crate::types::heaptype::class_load_name(ns, name, fallback))
}

/// `from module import *` into the namespace `ns`.
#[no_mangle]
pub extern "C" fn ophis_import_star(module: Obj, ns: Obj) -> i32 {
    status(crate::import::import_star(module, ns))
}

/// `locals()` in a function: `items` is the names (a tuple), their kinds (a str: `f` a plain
/// local, `c` a cell) and one value per name (borrowed; null when unbound). A new dict of the
/// bound ones, in order.
///
/// # Safety
/// `items` must hold `n` values, `n` ≥ 2, laid out as described.
#[no_mangle]
pub unsafe extern "C" fn ophis_locals_dict(items: *const Obj, n: usize) -> Obj {
    // SAFETY: forwarded contract.
    let items = unsafe { slice(items, n) };
    let names = tuple::tuple_items(items[0]);
    let kinds = str_value(items[1]).as_bytes();
    let d = dict::new_dict();
    for (i, &v) in items[2..].iter().enumerate() {
        let v = if kinds[i] == b'c' && !v.is_null() { *func::cell_contents(v) } else { v };
        if !v.is_null() && dict::dict_data(d).set(names[i], v).is_err() {
            d.decref();
            return Obj::NULL;
        }
    }
    d
}

/// Leave an `except` block.
#[no_mangle]
pub extern "C" fn ophis_exc_pop_handled() {
    errors::pop_handled();
}

/// Record a traceback entry for the current exception: it passed through `code` at `line`.
#[no_mangle]
pub extern "C" fn ophis_tb_here(code: Obj, line: u32) {
    errors::tb_here(code, line);
}

/// `NameError` for a global or builtin name that is not bound. Returns null.
#[no_mangle]
pub extern "C" fn ophis_raise_name_error(name: Obj) -> Obj {
    errors::raise(&exc::NAME_ERROR, format!("name '{}' is not defined", str_value(name)));
    Obj::NULL
}

/// `UnboundLocalError` for a local read before assignment. Returns null.
#[no_mangle]
pub extern "C" fn ophis_raise_unbound_local(name: Obj) -> Obj {
    errors::raise(
        &exc::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{}' where it is not associated with a value", str_value(name)),
    );
    Obj::NULL
}

/// A failed `assert`, with its message (borrowed) or null. Returns null.
#[no_mangle]
pub extern "C" fn ophis_raise_assertion(msg: Obj) -> Obj {
    let args = if msg.is_null() { vec![] } else { vec![msg.incref()] };
    errors::set_exception(exc::new_exception(&exc::ASSERTION_ERROR, tuple::new_tuple(args)));
    Obj::NULL
}

/// The recursion limit was exceeded on function entry. Returns null.
#[no_mangle]
pub extern "C" fn ophis_raise_recursion() -> Obj {
    errors::raise(&exc::RECURSION_ERROR, "maximum recursion depth exceeded");
    Obj::NULL
}

// ---- names and modules ----------------------------------------------------------------------

/// The builtin `name` (a str), or `NameError`.
#[no_mangle]
pub extern "C" fn ophis_builtin(name: Obj) -> Obj {
    match crate::builtins::lookup(str_value(name)) {
        Some(v) => v,
        None => ophis_raise_name_error(name),
    }
}

/// `import name` (a str).
#[no_mangle]
pub extern "C" fn ophis_import(name: Obj) -> Obj {
    to_abi(crate::builtins::import(str_value(name)))
}

/// `from module import name` (a str): the attribute, else CPython's `ImportError`.
#[no_mangle]
pub extern "C" fn ophis_import_from(module: Obj, name: Obj) -> Obj {
    to_abi(crate::import::import_from(module, name))
}

/// Register one compiled module of the program (its `__ophis_register_<k>` calls this at
/// start-up): `info`/`len` describe it (`import::register`), `slots` are its global slots and
/// `init` creates its constants and runs its body (null on an exception).
///
/// # Safety
/// `info` points to `len` bytes that live as long as the program (read-only data of the
/// executable), and `slots` to the module's global array, which does too.
#[no_mangle]
pub unsafe extern "C" fn ophis_register_module(
    info: *const u8,
    len: usize,
    slots: *mut Obj,
    init: extern "C" fn() -> Obj,
) {
    // SAFETY: the caller guarantees `info` and `len` describe static bytes.
    let info = unsafe { std::slice::from_raw_parts(info, len) };
    crate::import::register(info, slots as usize, init);
}

/// Run the program's main module: the module, or null with the exception set.
#[no_mangle]
pub extern "C" fn ophis_run_main() -> Obj {
    crate::import::run_main()
}

// ---- strings --------------------------------------------------------------------------------

/// `format(v, spec)`; `spec` is a str or null for the empty spec.
#[no_mangle]
pub extern "C" fn ophis_format(v: Obj, spec: Obj) -> Obj {
    let spec = if spec.is_null() { "" } else { str_value(spec) };
    to_abi(ops::format(v, spec))
}

#[no_mangle]
pub extern "C" fn ophis_str(o: Obj) -> Obj {
    to_abi(ops::str(o))
}

#[no_mangle]
pub extern "C" fn ophis_repr(o: Obj) -> Obj {
    to_abi(ops::repr(o))
}

/// `ascii(o)`: `repr` with non-ASCII characters escaped.
#[no_mangle]
pub extern "C" fn ophis_ascii(o: Obj) -> Obj {
    to_abi(ops::repr_string(o).map(|s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                0x80..=0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
                0x100..=0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
                v => out.push_str(&format!("\\U{v:08x}")),
            }
        }
        new_string(out)
    }))
}

/// Concatenate `n` str parts (stolen) into one str: the body of an f-string.
///
/// # Safety
/// `parts` must hold `n` str values.
#[no_mangle]
pub unsafe extern "C" fn ophis_build_string(parts: *const Obj, n: usize) -> Obj {
    // SAFETY: forwarded contract.
    let parts = unsafe { slice(parts, n) };
    let mut s = String::new();
    for p in parts {
        s.push_str(str_value(*p));
    }
    parts.iter().for_each(|p| p.decref());
    new_string(s)
}

// ---- sets -----------------------------------------------------------------------------------

/// A set display `{a, b, …}` of `n` items (stolen), added in order; null if an item is
/// unhashable.
///
/// # Safety
/// `items` must hold `n` values.
#[no_mangle]
pub unsafe extern "C" fn ophis_build_set(items: *const Obj, n: usize) -> Obj {
    use crate::types::set;
    // SAFETY: forwarded contract.
    let items = unsafe { slice(items, n) };
    let s = set::new_empty(&set::SET_TYPE);
    let mut result = s;
    for &it in items {
        if set::set_data(s).add(it).is_err() {
            s.decref();
            result = Obj::NULL;
            break;
        }
    }
    items.iter().for_each(|o| o.decref());
    result
}

/// `s.add(v)` for a set comprehension or display (`v` borrowed): 0, or -1 if `v` is
/// unhashable.
#[no_mangle]
pub extern "C" fn ophis_set_add(set: Obj, v: Obj) -> i32 {
    status(crate::types::set::set_data(set).add(v).map(drop))
}

// ---- generators -------------------------------------------------------------------------------

/// A generator (`kind` 0), coroutine (1) or async generator (2) for `func` (borrowed) whose
/// compiled resume function is `resume`, with `nslots` frame slots; the creator fills the
/// first `nargs` (the function, its arguments). `kind` also carries the flag 4 (the code
/// handles exceptions: keep them across suspensions).
///
/// # Safety
/// `resume` must be the compiled resume function of `func`'s code, made for that frame layout.
#[no_mangle]
pub unsafe extern "C" fn ophis_gen_new(func: Obj, resume: usize, nslots: usize, nargs: usize, kind: usize) -> Obj {
    // SAFETY: forwarded contract: `resume` is a function with the `ResumeFn` signature.
    let resume: crate::types::generator::ResumeFn = unsafe { std::mem::transmute(resume) };
    crate::types::generator::new_generator(func, resume, nslots, nargs, kind)
}

/// The frame slots of a new generator, for its creator to fill.
#[no_mangle]
pub extern "C" fn ophis_gen_slots(gen: Obj) -> *mut Obj {
    crate::types::generator::generator_slots(gen)
}

/// `yield from x`: the delegate.
#[no_mangle]
pub extern "C" fn ophis_yield_from_iter(x: Obj) -> Obj {
    to_abi(crate::types::generator::yield_from_iter(x))
}

/// `yield from`: send `sent` to the delegate; its value, or the done marker. `frame` is the
/// delegating generator's frame (its resume function's first argument), where the delegate
/// is recorded (`gi_yieldfrom`).
///
/// # Safety
/// `frame` must be the frame pointer the calling resume function received.
#[no_mangle]
pub unsafe extern "C" fn ophis_yield_from_send(
    frame: *mut crate::types::generator::GenFrame,
    it: Obj,
    sent: Obj,
) -> Obj {
    // SAFETY: forwarded contract.
    to_abi(unsafe { crate::types::generator::yield_from_send(frame, it, sent) })
}

/// `yield from`: forward the exception being raised to the delegate (`frame` as above).
///
/// # Safety
/// As `ophis_yield_from_send`.
#[no_mangle]
pub unsafe extern "C" fn ophis_yield_from_throw(frame: *mut crate::types::generator::GenFrame, it: Obj) -> Obj {
    // SAFETY: forwarded contract.
    to_abi(unsafe { crate::types::generator::yield_from_throw(frame, it) })
}

/// `yield from`: the finished delegate's return value.
#[no_mangle]
pub extern "C" fn ophis_yield_from_result() -> Obj {
    crate::types::generator::yield_from_result()
}

/// The done marker of `ophis_yield_from_send`/`_throw` (borrowed, immortal).
#[no_mangle]
pub extern "C" fn ophis_gen_done_marker() -> Obj {
    crate::types::generator::DONE_MARKER.obj()
}

// ---- coroutines ---------------------------------------------------------------------------------

/// `await x`: the iterator to delegate to (`GET_AWAITABLE`).
#[no_mangle]
pub extern "C" fn ophis_get_awaitable(x: Obj) -> Obj {
    to_abi(crate::types::coroutine::get_awaitable(x, 0))
}

/// `async with`: await what `__aenter__` returned.
#[no_mangle]
pub extern "C" fn ophis_get_awaitable_aenter(x: Obj) -> Obj {
    to_abi(crate::types::coroutine::get_awaitable(x, 1))
}

/// `async with`: await what `__aexit__` returned.
#[no_mangle]
pub extern "C" fn ophis_get_awaitable_aexit(x: Obj) -> Obj {
    to_abi(crate::types::coroutine::get_awaitable(x, 2))
}

/// An async generator's `yield v`: the wrapped value its awaitables recognise (`v` borrowed).
#[no_mangle]
pub extern "C" fn ophis_async_gen_wrap(v: Obj) -> Obj {
    crate::types::coroutine::async_gen_wrap(v)
}

/// `async for`: the async iterator (`GET_AITER`).
#[no_mangle]
pub extern "C" fn ophis_get_aiter(x: Obj) -> Obj {
    to_abi(crate::types::coroutine::get_aiter(x))
}

/// `async for`: the iterator awaiting the next item delegates to (`GET_ANEXT`).
#[no_mangle]
pub extern "C" fn ophis_get_anext(it: Obj) -> Obj {
    to_abi(crate::types::coroutine::get_anext(it))
}

/// `async for` step failed: 1 (exception cleared) when it was `StopAsyncIteration`, else 0
/// with the exception still set.
#[no_mangle]
pub extern "C" fn ophis_async_for_end() -> i32 {
    i32::from(crate::types::coroutine::async_for_end())
}

/// `async with`: the manager's bound `__aexit__`, checking the protocol.
#[no_mangle]
pub extern "C" fn ophis_async_with_exit_of(mgr: Obj) -> Obj {
    to_abi(crate::types::coroutine::async_with_exit_of(mgr))
}

/// `async with`: `mgr.__aenter__()` (to be awaited).
#[no_mangle]
pub extern "C" fn ophis_async_with_enter(mgr: Obj) -> Obj {
    to_abi(crate::types::coroutine::async_with_enter(mgr))
}

/// `async with` left by the exception `e`: what `exit(type, e, tb)` returns (to be awaited).
#[no_mangle]
pub extern "C" fn ophis_with_exit_exc_value(exit: Obj, e: Obj) -> Obj {
    let tb = crate::object::Owned::new(crate::types::traceback::traceback_of(e)).expect("traceback");
    to_abi(crate::call::call(exit, &[e.ty().obj(), e, tb.get()], Obj::NULL))
}

//! Struct sequences: tuples whose items also have names (`sys.version_info.major`), after
//! CPython's `Objects/structseq.c`.
//!
//! Input: a type from [`TYPES`] and its items. Output: an instance that is a `tuple` in every
//! respect (indexing, slicing, comparison with tuples, hashing, iteration, `len`: all
//! inherited from `tuple` through the base chain) plus attribute access by field name and
//! the repr `sys.version_info(major=3, minor=12, …)`.
//!
//! Invariant: an instance's payload is the tuple payload (`Vec<Obj>`) with exactly as many
//! items as its type has fields.

use crate::errors::PyResult;
use crate::object::{alloc, Obj};
use crate::typeobj::TypeObject;
use crate::types::str::{new_string, str_value};
use crate::types::tuple::{dealloc_seq, tuple_items, TUPLE_TYPE};

/// Every struct-sequence type: (type, name in its repr, field names).
static TYPES: &[(&TypeObject, &str, &[&str])] = &[
    (&VERSION_INFO_TYPE, "sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"]),
    (
        &FLOAT_INFO_TYPE,
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    ),
];

fn describe(t: &TypeObject) -> (&'static str, &'static [&'static str]) {
    TYPES.iter().find(|(ty, _, _)| std::ptr::eq(*ty, t)).map(|(_, n, f)| (*n, *f)).unwrap_or(("", &[]))
}

/// A new instance of struct-sequence type `ty` owning `items` (stolen).
pub fn new_structseq(ty: &'static TypeObject, items: Vec<Obj>) -> Obj {
    debug_assert_eq!(items.len(), describe(ty).1.len());
    alloc(ty, items)
}

fn structseq_repr(o: Obj) -> PyResult<Obj> {
    let (name, fields) = describe(o.ty());
    let mut parts = Vec::with_capacity(fields.len());
    for (f, &v) in fields.iter().zip(tuple_items(o)) {
        parts.push(format!("{f}={}", crate::ops::repr_string(v)?));
    }
    Ok(new_string(format!("{name}({})", parts.join(", "))))
}

fn structseq_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    let (_, fields) = describe(o.ty());
    match fields.iter().position(|f| *f == str_value(name)) {
        Some(i) => Ok(tuple_items(o)[i].incref()),
        None => crate::attr::generic_getattr(o, name),
    }
}

/// The slots every struct-sequence type shares; the rest come from `tuple`.
#[allow(clippy::declare_interior_mutable_const)]
const TEMPLATE: TypeObject = TypeObject {
    base: Some(&TUPLE_TYPE),
    tp_dealloc: dealloc_seq,
    tp_repr: Some(structseq_repr),
    tp_getattro: Some(structseq_getattr),
    ..TypeObject::DEFAULT
};

pub static VERSION_INFO_TYPE: TypeObject =
    TypeObject { name: crate::typeobj::TypeName::new("version_info"), ..TEMPLATE };
pub static FLOAT_INFO_TYPE: TypeObject = TypeObject { name: crate::typeobj::TypeName::new("float_info"), ..TEMPLATE };

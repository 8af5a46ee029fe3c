//! Type objects and their slot tables.
//!
//! A `TypeObject` is itself an object (its header's type is `type`), so a type's address is a
//! valid [`Obj`]. Each type carries a table of slots for the special methods, named as in
//! CPython's `Include/cpython/object.h` (`tp_repr`, `nb_add`, `mp_subscript`, …) so that the
//! protocol code here can be read beside `Objects/typeobject.c` and `Objects/abstract.c`.
//! Operator and protocol dispatch (`ops.rs`, `call.rs`, `attr.rs`) reads only these slots: a
//! type never needs to be special-cased by name.
//!
//! Built-in types are immortal statics built from [`TypeObject::DEFAULT`] with struct-update
//! syntax. Slot signatures use the runtime's internal error discipline: `PyResult` (an `Err`
//! means the exception is already set in thread state).

use crate::errors::PyResult;
use crate::object::{ObjHeader, IMMORTAL_REFCNT};
use crate::Obj;
use std::cell::{Cell, UnsafeCell};

pub type UnaryFunc = fn(Obj) -> PyResult<Obj>;
/// A binary number slot. May return `NotImplemented` (see `ops::binary_op`).
pub type BinaryFunc = fn(Obj, Obj) -> PyResult<Obj>;
pub type TernaryFunc = fn(Obj, Obj, Obj) -> PyResult<Obj>;
pub type InquiryFunc = fn(Obj) -> PyResult<bool>;
pub type LenFunc = fn(Obj) -> PyResult<usize>;
pub type HashFunc = fn(Obj) -> PyResult<i64>;
pub type RichCmpFunc = fn(Obj, Obj, CompareOp) -> PyResult<Obj>;
/// `iternext`: `Ok(None)` means exhausted (CPython: NULL without an exception).
pub type IterNextFunc = fn(Obj) -> PyResult<Option<Obj>>;
/// Vectorcall-style: positional arguments, then one value per name in `kwnames` (a tuple of
/// str, or null when there are none).
pub type CallFunc = fn(Obj, &[Obj], Obj) -> PyResult<Obj>;
pub type NewFunc = fn(&'static TypeObject, &[Obj], Obj) -> PyResult<Obj>;
pub type GetAttrFunc = fn(Obj, Obj) -> PyResult<Obj>;
/// `mp_ass_subscript`: a null value means delete.
pub type AssSubscriptFunc = fn(Obj, Obj, Obj) -> PyResult<()>;
pub type ContainsFunc = fn(Obj, Obj) -> PyResult<bool>;
pub type RepeatFunc = fn(Obj, i64) -> PyResult<Obj>;
pub type MethodFunc = fn(Obj, &[Obj], Obj) -> PyResult<Obj>;
/// `tp_descr_get(descr, instance or null, owner type)`.
pub type DescrGetFunc = fn(Obj, Obj, Obj) -> PyResult<Obj>;
/// `tp_descr_set(descr, instance, value)`: a null value means delete.
pub type DescrSetFunc = fn(Obj, Obj, Obj) -> PyResult<()>;
/// `tp_setattro(o, name, value)`: a null value means delete.
pub type SetAttrFunc = fn(Obj, Obj, Obj) -> PyResult<()>;
/// `tp_init(o, args, kwnames)`.
pub type InitFunc = fn(Obj, &[Obj], Obj) -> PyResult<()>;
/// `tp_finalize(o)`: `__del__`, run before an instance is freed; cannot fail.
pub type FinalizeFunc = fn(Obj);

/// `tp_flags` bits, with CPython's values (`Include/object.h`).
pub const TPFLAGS_HEAPTYPE: u32 = 1 << 9;
/// The type may be subclassed.
pub const TPFLAGS_BASETYPE: u32 = 1 << 10;
/// ophis's own bit (unused by CPython): the built-in type's `tp_getattro` serves a few data
/// attributes itself and hands every name of its method table to `generic_getattr`, so
/// attribute caches may bind or call those methods directly (`attrcache.rs`, `BUILTIN`).
pub const TPFLAGS_METHODS_GENERIC: u32 = 1 << 1;

/// Rich comparison operators, numbered as CPython's `Py_LT`…`Py_GE`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_u32(v: u32) -> CompareOp {
        match v {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            _ => CompareOp::Ge,
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
    /// Apply to an `Ordering` (for types with a total order).
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// A built-in method in a type's method table (CPython's `PyMethodDef`).
pub struct MethodDef {
    pub name: &'static str,
    pub meth: MethodFunc,
}

/// The number protocol (CPython's `PyNumberMethods`). Binary slots are tried forward on the
/// left operand's type and reflected on the right's, as `ops::binary_op` describes.
#[derive(Clone, Copy)]
pub struct NumberMethods {
    pub nb_add: Option<BinaryFunc>,
    pub nb_subtract: Option<BinaryFunc>,
    pub nb_multiply: Option<BinaryFunc>,
    pub nb_true_divide: Option<BinaryFunc>,
    pub nb_floor_divide: Option<BinaryFunc>,
    pub nb_remainder: Option<BinaryFunc>,
    pub nb_divmod: Option<BinaryFunc>,
    pub nb_power: Option<TernaryFunc>,
    pub nb_lshift: Option<BinaryFunc>,
    pub nb_rshift: Option<BinaryFunc>,
    pub nb_and: Option<BinaryFunc>,
    pub nb_or: Option<BinaryFunc>,
    pub nb_xor: Option<BinaryFunc>,
    pub nb_matrix_multiply: Option<BinaryFunc>,
    /// In-place forms (`a += b`…), tried before the binary slots; a type without one gets
    /// the binary operator's result rebound, as CPython does.
    pub nb_inplace_add: Option<BinaryFunc>,
    pub nb_inplace_subtract: Option<BinaryFunc>,
    pub nb_inplace_multiply: Option<BinaryFunc>,
    pub nb_inplace_and: Option<BinaryFunc>,
    pub nb_inplace_or: Option<BinaryFunc>,
    pub nb_inplace_xor: Option<BinaryFunc>,
    pub nb_inplace_true_divide: Option<BinaryFunc>,
    pub nb_inplace_floor_divide: Option<BinaryFunc>,
    pub nb_inplace_remainder: Option<BinaryFunc>,
    pub nb_inplace_power: Option<BinaryFunc>,
    pub nb_inplace_lshift: Option<BinaryFunc>,
    pub nb_inplace_rshift: Option<BinaryFunc>,
    pub nb_inplace_matrix_multiply: Option<BinaryFunc>,
    pub nb_negative: Option<UnaryFunc>,
    pub nb_positive: Option<UnaryFunc>,
    pub nb_invert: Option<UnaryFunc>,
    pub nb_absolute: Option<UnaryFunc>,
    pub nb_bool: Option<InquiryFunc>,
    pub nb_int: Option<UnaryFunc>,
    pub nb_float: Option<UnaryFunc>,
    pub nb_index: Option<UnaryFunc>,
}

impl NumberMethods {
    pub const NONE: NumberMethods = NumberMethods {
        nb_add: None,
        nb_subtract: None,
        nb_multiply: None,
        nb_true_divide: None,
        nb_floor_divide: None,
        nb_remainder: None,
        nb_divmod: None,
        nb_power: None,
        nb_lshift: None,
        nb_rshift: None,
        nb_and: None,
        nb_or: None,
        nb_xor: None,
        nb_matrix_multiply: None,
        nb_inplace_add: None,
        nb_inplace_subtract: None,
        nb_inplace_multiply: None,
        nb_inplace_and: None,
        nb_inplace_or: None,
        nb_inplace_xor: None,
        nb_inplace_true_divide: None,
        nb_inplace_floor_divide: None,
        nb_inplace_remainder: None,
        nb_inplace_power: None,
        nb_inplace_lshift: None,
        nb_inplace_rshift: None,
        nb_inplace_matrix_multiply: None,
        nb_negative: None,
        nb_positive: None,
        nb_invert: None,
        nb_absolute: None,
        nb_bool: None,
        nb_int: None,
        nb_float: None,
        nb_index: None,
    };
}

/// A type's name (`tp_name`: `"int"`, `"weakref.ReferenceType"`, a class's `__name__`).
/// Fixed for built-in types; a class's is replaced when `__name__` is assigned (the old text
/// is leaked, as classes are immortal), so every reader sees the current name.
pub struct TypeName(Cell<&'static str>);

impl TypeName {
    pub const fn new(s: &'static str) -> TypeName {
        TypeName(Cell::new(s))
    }
    /// The current name.
    #[inline]
    pub fn get(&self) -> &'static str {
        self.0.get()
    }
    /// Rename (classes only: `C.__name__ = …`).
    pub fn set(&self, s: &'static str) {
        self.0.set(s)
    }
}

impl std::ops::Deref for TypeName {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.get()
    }
}

impl std::fmt::Display for TypeName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.get())
    }
}

impl PartialEq<&str> for TypeName {
    fn eq(&self, other: &&str) -> bool {
        self.0.get() == *other
    }
}

/// A type: header, name, base, and slots.
///
/// Built-in types are statics. Classes (`types/heaptype.rs`) are `HeapTypeObject`s that start
/// with a `TypeObject` whose `TPFLAGS_HEAPTYPE` flag is set; their slots live in a separate,
/// replaceable slot table (see [`TypeObject::slots`]) so that assigning a dunder to a class
/// after its creation can update them.
#[repr(C)]
pub struct TypeObject {
    pub hdr: UnsafeCell<ObjHeader>,
    pub name: TypeName,
    /// `tp_base`: the base whose instance layout this type extends (`None` only for `object`).
    /// Classes with several bases list them all in their MRO.
    pub base: Option<&'static TypeObject>,
    /// A built-in type's bases after `base`, for the rare built-in with several
    /// (`ExceptionGroup(BaseExceptionGroup, Exception)`); they add no layout.
    pub extra_bases: &'static [&'static TypeObject],
    pub tp_flags: u32,
    /// `tp_basicsize`: bytes per instance. Built-in base types set it to the size of their
    /// `PyBox<T>`; a class adds its instance-dict word and `__slots__` words after its base's.
    /// Zero means "exactly the payload box" (types that cannot be subclassed).
    pub tp_basicsize: usize,
    pub tp_dealloc: fn(Obj),
    pub tp_repr: Option<UnaryFunc>,
    pub tp_str: Option<UnaryFunc>,
    pub tp_hash: Option<HashFunc>,
    pub tp_richcompare: Option<RichCmpFunc>,
    pub tp_iter: Option<UnaryFunc>,
    pub tp_iternext: Option<IterNextFunc>,
    pub tp_call: Option<CallFunc>,
    pub tp_new: Option<NewFunc>,
    pub tp_getattro: Option<GetAttrFunc>,
    pub tp_setattro: Option<SetAttrFunc>,
    pub tp_descr_get: Option<DescrGetFunc>,
    pub tp_descr_set: Option<DescrSetFunc>,
    pub tp_init: Option<InitFunc>,
    pub tp_finalize: Option<FinalizeFunc>,
    pub tp_as_number: NumberMethods,
    pub sq_length: Option<LenFunc>,
    /// `+` for sequences, tried after both operands' `nb_add` gave `NotImplemented`.
    pub sq_concat: Option<BinaryFunc>,
    /// `*` by an int for sequences (either operand order).
    pub sq_repeat: Option<RepeatFunc>,
    pub sq_contains: Option<ContainsFunc>,
    pub mp_subscript: Option<BinaryFunc>,
    pub mp_ass_subscript: Option<AssSubscriptFunc>,
    pub methods: &'static [MethodDef],
    /// `tp_dict`: the type's namespace (a dict), or null until first needed for a built-in
    /// type (`heaptype::type_dict` builds it from `methods` and the slots).
    pub tp_dict: UnsafeCell<Obj>,
    /// `tp_mro`: the method resolution order (a tuple), or null until first needed for a
    /// built-in type (its base chain).
    pub tp_mro: UnsafeCell<Obj>,
}

// SAFETY: type objects are immortal; the header's count and a class's name are the only
// shared mutable state, and they are touched only by the thread running Python code (the
// runtime's one interpreter thread); every other field is immutable after construction.
unsafe impl Sync for TypeObject {}

fn dealloc_never(_: Obj) {
    // Immortal objects are never freed.
}

impl TypeObject {
    /// A type with no slots, whose instances are never freed; built-in types override fields.
    /// Only ever copied into `static` type objects (struct update syntax), whose own header is
    /// the interior-mutable part: the constant itself is never mutated.
    #[allow(clippy::declare_interior_mutable_const)]
    pub const DEFAULT: TypeObject = TypeObject {
        hdr: UnsafeCell::new(ObjHeader { refcnt: IMMORTAL_REFCNT, ty: &crate::types::typetype::TYPE_TYPE }),
        name: TypeName::new(""),
        base: Some(&crate::types::typetype::OBJECT_TYPE),
        extra_bases: &[],
        tp_flags: 0,
        tp_basicsize: 0,
        tp_dealloc: dealloc_never,
        tp_repr: None,
        tp_str: None,
        tp_hash: None,
        tp_richcompare: None,
        tp_iter: None,
        tp_iternext: None,
        tp_call: None,
        tp_new: None,
        tp_getattro: None,
        tp_setattro: None,
        tp_descr_get: None,
        tp_descr_set: None,
        tp_init: None,
        tp_finalize: None,
        tp_as_number: NumberMethods::NONE,
        sq_length: None,
        sq_concat: None,
        sq_repeat: None,
        sq_contains: None,
        mp_subscript: None,
        mp_ass_subscript: None,
        methods: &[],
        tp_dict: UnsafeCell::new(Obj::NULL),
        tp_mro: UnsafeCell::new(Obj::NULL),
    };

    /// This type as a value.
    #[inline]
    pub fn obj(&'static self) -> Obj {
        Obj(self as *const TypeObject as usize)
    }

    /// Is this a class made by a `class` statement or `type(name, bases, ns)`?
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.tp_flags & TPFLAGS_HEAPTYPE != 0
    }

    /// Is `self` `other` or a subclass of it? Classes answer from their MRO (multiple
    /// inheritance); built-in types walk their single base chain.
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        if self.is_heap() {
            // SAFETY: a class's MRO is set at creation, before any instance exists, and is a
            // tuple of types; it is replaced only as a whole (never while being read here).
            let mro = unsafe { *self.tp_mro.get() };
            return crate::types::tuple::tuple_items(mro).iter().any(|t| t.0 == other as *const TypeObject as usize);
        }
        let mut t = self.base;
        while let Some(ty) = t {
            if std::ptr::eq(ty, other) || ty.extra_bases.iter().any(|b| b.is_subtype(other)) {
                return true;
            }
            t = ty.base;
        }
        self.extra_bases.iter().any(|b| b.is_subtype(other))
    }

    /// Find a slot. A built-in type inherits slots along its base chain (`inherit_slots`); a
    /// class has a complete slot table of its own (`heaptype::update_slots`).
    #[inline]
    pub fn lookup<T: Copy>(&'static self, get: impl Fn(&'static TypeObject) -> Option<T>) -> Option<T> {
        let mut ty = self;
        loop {
            if ty.is_heap() {
                return get(crate::types::heaptype::slot_table(ty));
            }
            if let Some(v) = get(ty) {
                return Some(v);
            }
            ty = ty.base?;
        }
    }

    /// Find a built-in method by name in this type or its bases.
    pub fn find_method(&'static self, name: &str) -> Option<&'static MethodDef> {
        let mut t = Some(self);
        while let Some(ty) = t {
            if let Some(m) = ty.methods.iter().find(|m| m.name == name) {
                return Some(m);
            }
            t = ty.base;
        }
        None
    }
}

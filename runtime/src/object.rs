//! The object model: the value word, the object header, reference counting and allocation.
//!
//! | value word (`Obj`)        | meaning                                                     |
//! |---------------------------|-------------------------------------------------------------|
//! | `0`                       | null: "an exception is set" when returned from a call        |
//! | `....xxx1` (low bit 1)    | an immediate small `int`: the value is `word >> 1` (63 bits) |
//! | `....x000` (8-aligned)    | a pointer to a heap object starting with an [`ObjHeader`]    |
//!
//! Every heap object is a `#[repr(C)] PyBox<T>`: the header (reference count, type pointer)
//! followed by a Rust payload `T`. Compiled code relies on this layout: it reads `refcnt` at
//! offset 0 and `ty` at offset 8, and increments and decrements `refcnt` inline.
//!
//! Invariants (established by the compiler and by every runtime function):
//! - an `Obj` handed to the runtime is null only where a signature says so; otherwise it is a
//!   small int or a live object;
//! - functions *borrow* their arguments and return a *new* reference, unless their doc says
//!   they steal; null is returned iff an exception was set (see `errors.rs`);
//! - immortal objects (types, `None`, `True`, `False`, constants) start with a count so large
//!   that it never reaches zero.
//!
//! Follows CPython's `Include/object.h` (header, `Py_INCREF`/`Py_DECREF`) and its 3.12
//! immortal objects (PEP 683).

use crate::typeobj::TypeObject;
use std::cell::UnsafeCell;

/// One Python value: a tagged small int, or a pointer to a heap object (see the table above).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct Obj(pub usize);

/// The header that starts every heap object.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: isize,
    pub ty: *const TypeObject,
}

/// A heap object: header plus payload. `T` is the type's Rust representation.
#[repr(C)]
pub struct PyBox<T> {
    pub hdr: ObjHeader,
    pub val: T,
}

/// The reference count immortal objects start with (PEP 683's idea: never reaches zero).
pub const IMMORTAL_REFCNT: isize = 1 << 60;

/// Smallest and largest value an immediate small int can hold (63-bit signed).
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Obj {
    pub const NULL: Obj = Obj(0);

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    /// Is this an immediate small int?
    #[inline]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    /// The immediate int for `v`; `v` must be within `SMALL_INT_MIN..=SMALL_INT_MAX`.
    #[inline]
    pub fn from_small(v: i64) -> Obj {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v));
        Obj(((v << 1) | 1) as usize)
    }

    /// The value of an immediate small int.
    #[inline]
    pub fn small_value(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline]
    fn header(self) -> *mut ObjHeader {
        self.0 as *mut ObjHeader
    }

    /// The object's type. Small ints report `int`.
    #[inline]
    pub fn ty(self) -> &'static TypeObject {
        if self.is_small() {
            return &crate::types::int::INT_TYPE;
        }
        // SAFETY: by the module invariant a non-small, non-null Obj points to a live object,
        // and type objects are immortal statics or leaked heap types.
        unsafe { &*(*self.header()).ty }
    }

    /// Is the object's type exactly `t` (no subclass check)?
    #[inline]
    pub fn is_type(self, t: &'static TypeObject) -> bool {
        std::ptr::eq(self.ty(), t)
    }

    /// Take a new reference (`Py_INCREF`).
    #[inline]
    pub fn incref(self) -> Obj {
        if !self.is_small() {
            // SAFETY: a heap object is live while someone holds a reference, as the caller does.
            unsafe { (*self.header()).refcnt += 1 };
        }
        self
    }

    /// Release a reference (`Py_DECREF`); frees the object when it was the last one.
    #[inline]
    pub fn decref(self) {
        if self.is_small() {
            return;
        }
        // SAFETY: the caller owns the reference it gives up, so the object is live here.
        unsafe {
            let h = self.header();
            (*h).refcnt -= 1;
            if (*h).refcnt == 0 {
                dealloc(self);
            }
        }
    }

    /// `Py_XINCREF`: incref unless null.
    #[inline]
    pub fn xincref(self) -> Obj {
        if !self.is_null() {
            self.incref();
        }
        self
    }

    /// `Py_XDECREF`: decref unless null.
    #[inline]
    pub fn xdecref(self) {
        if !self.is_null() {
            self.decref();
        }
    }

    /// The current reference count (immortal objects report a huge number).
    pub fn refcnt(self) -> isize {
        if self.is_small() {
            return IMMORTAL_REFCNT;
        }
        // SAFETY: the caller holds a reference.
        unsafe { (*self.header()).refcnt }
    }
}

/// Free an object whose count reached zero, through its type's `tp_dealloc`.
#[cold]
pub fn dealloc(o: Obj) {
    let dealloc = o.ty().tp_dealloc;
    dealloc(o);
}

/// The memory layout of an instance of `ty` whose payload is `T`: the `PyBox<T>` itself, or,
/// for a class extending a built-in type, `ty.tp_basicsize` bytes (the box followed by the
/// class's instance-dict and `__slots__` words). `None` means "exactly a `Box<PyBox<T>>`".
#[inline]
fn extended_layout<T>(ty: &TypeObject) -> Option<std::alloc::Layout> {
    let base = std::mem::size_of::<PyBox<T>>();
    (ty.tp_basicsize > base).then(|| {
        std::alloc::Layout::from_size_align(ty.tp_basicsize, std::mem::align_of::<PyBox<T>>().max(8))
            .expect("instance sizes are small")
    })
}

/// Allocate a new object of type `ty` holding `val`, with reference count 1. Words past the
/// payload (a class's instance dict and slots) start null.
pub fn alloc<T>(ty: &'static TypeObject, val: T) -> Obj {
    match extended_layout::<T>(ty) {
        None => {
            let b = Box::new(PyBox { hdr: ObjHeader { refcnt: 1, ty }, val });
            Obj(Box::into_raw(b) as usize)
        }
        Some(layout) => {
            // SAFETY: the layout has a non-zero size at least that of `PyBox<T>` and its
            // alignment; the memory is zeroed (null extra words) and the box is written whole.
            unsafe {
                let p = std::alloc::alloc_zeroed(layout) as *mut PyBox<T>;
                if p.is_null() {
                    std::alloc::handle_alloc_error(layout);
                }
                p.write(PyBox { hdr: ObjHeader { refcnt: 1, ty }, val });
                Obj(p as usize)
            }
        }
    }
}

/// `tp_dealloc` for any type whose objects were made by [`alloc`] with payload `T`. A class's
/// `subtype_dealloc` releases its extra words first, then calls this.
pub fn dealloc_box<T>(o: Obj) {
    match extended_layout::<T>(o.ty()) {
        // SAFETY: `o` was produced by `alloc::<T>` for this same type (the type's slot pairs
        // them, and the layout depends only on the type) and its count is zero, so this is
        // the only reference and the memory can be reclaimed.
        None => drop(unsafe { Box::from_raw(o.0 as *mut PyBox<T>) }),
        Some(layout) => unsafe {
            std::ptr::drop_in_place(o.0 as *mut PyBox<T>);
            std::alloc::dealloc(o.0 as *mut u8, layout);
        },
    }
}

/// The payload of an object made with payload type `T`.
///
/// The caller must have checked the object's type (which fixes `T`). The returned reference is
/// valid while the caller holds a reference to `o`; the runtime is single-threaded per object
/// (GIL build), so no other `&mut` to the payload is live at the same time.
#[inline]
#[allow(clippy::mut_from_ref)]
pub fn payload<T>(o: Obj) -> &'static mut T {
    debug_assert!(!o.is_small() && !o.is_null());
    // SAFETY: see the function's contract: `o` is a live `PyBox<T>`.
    unsafe { &mut (*(o.0 as *mut PyBox<T>)).val }
}

/// A statically allocated immortal object (`None`, `True`, type objects…).
///
/// The header is mutated by compiled code (inline increments), so the static is interior
/// mutable; the count starts at [`IMMORTAL_REFCNT`] and never reaches zero.
#[repr(transparent)]
pub struct StaticObject<T>(pub UnsafeCell<PyBox<T>>);

// SAFETY: the only shared mutation is the reference count of an immortal object, whose value
// is never acted upon; the payload of static objects is immutable.
unsafe impl<T> Sync for StaticObject<T> {}

impl<T> StaticObject<T> {
    pub const fn new(ty: &'static TypeObject, val: T) -> Self {
        StaticObject(UnsafeCell::new(PyBox { hdr: ObjHeader { refcnt: IMMORTAL_REFCNT, ty }, val }))
    }

    #[inline]
    pub fn obj(&'static self) -> Obj {
        Obj(self.0.get() as usize)
    }
}

/// Mark a heap object immortal (used for compile-time constants).
pub fn make_immortal(o: Obj) -> Obj {
    if !o.is_small() {
        // SAFETY: the caller owns `o`.
        unsafe { (*o.header()).refcnt = IMMORTAL_REFCNT };
    }
    o
}

/// An owned reference that is released when dropped; used inside the runtime so that early
/// returns on errors cannot leak.
pub struct Owned(Obj);

impl Owned {
    /// Wrap a new reference; `None` if `o` is null (an exception is set).
    #[inline]
    pub fn new(o: Obj) -> Option<Owned> {
        if o.is_null() {
            None
        } else {
            Some(Owned(o))
        }
    }
    #[inline]
    pub fn get(&self) -> Obj {
        self.0
    }
    /// Give up ownership without releasing.
    #[inline]
    pub fn release(self) -> Obj {
        let o = self.0;
        std::mem::forget(self);
        o
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        self.0.decref();
    }
}

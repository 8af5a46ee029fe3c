//! The runtime's global allocator: per-thread free lists of small blocks in front of the
//! system allocator.
//!
//! Python programs allocate and free small objects at a furious rate (an instance, its dict's
//! entry and index arrays, a bound method, an argument array), and the system allocator's
//! `free` is slow on the thread compiled programs run on (a non-main glibc arena, whose bins
//! take a lock). Blocks of up to [`SMALL_MAX`] bytes with alignment of at most 16 are rounded
//! up to a multiple of 16 (a *size class*); a freed block goes on its class's free list (up to
//! [`LIST_MAX`] blocks per class, beyond which it goes back to the system) and the next
//! allocation of that class pops it. This is the idea of CPython's `pymalloc`
//! (`Objects/obmalloc.c`: size classes, free blocks linked through their first word), without
//! its arenas: fresh blocks come from the system allocator one at a time.
//!
//! Invariants: a block on a list is unreferenced and at least 16 bytes; its first word links to
//! the next one. Every block of class `c` was allocated with size `(c + 1) * 16`, alignment 16,
//! so blocks of one class are interchangeable, whichever thread frees them (each thread keeps
//! its own lists; the thread-local state has a constant initialiser and no destructor, so it
//! is usable at any point of a thread's life).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Largest block size served from the free lists.
const SMALL_MAX: usize = 256;
const GRAIN: usize = 16;
const CLASSES: usize = SMALL_MAX / GRAIN;
/// Blocks kept per class before frees go back to the system.
const LIST_MAX: usize = 4096;

struct Lists {
    head: [Cell<*mut u8>; CLASSES],
    len: [Cell<usize>; CLASSES],
}

thread_local! {
    static LISTS: Lists = const {
        Lists {
            head: [const { Cell::new(std::ptr::null_mut()) }; CLASSES],
            len: [const { Cell::new(0) }; CLASSES],
        }
    };
}

pub struct SmallAlloc;

/// The size class of a layout the free lists serve, or `None`.
#[inline]
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size();
    (size != 0 && size <= SMALL_MAX && layout.align() <= GRAIN).then(|| (size - 1) / GRAIN)
}

#[inline]
fn class_layout(c: usize) -> Layout {
    // SAFETY: sizes 16..=256 and alignment 16 (a power of two) form a valid layout.
    unsafe { Layout::from_size_align_unchecked((c + 1) * GRAIN, GRAIN) }
}

// SAFETY: every block handed out is valid for its layout (class blocks are at least as big and
// as aligned as asked), and a block is only reused after its owner freed it.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout) else {
            // SAFETY: forwarded contract.
            return unsafe { System.alloc(layout) };
        };
        let popped = LISTS
            .try_with(|l| {
                let head = l.head[c].get();
                if !head.is_null() {
                    // SAFETY: a free block's first word is the next free block.
                    l.head[c].set(unsafe { *(head as *mut *mut u8) });
                    l.len[c].set(l.len[c].get() - 1);
                }
                head
            })
            .unwrap_or(std::ptr::null_mut());
        if !popped.is_null() {
            return popped;
        }
        // SAFETY: a valid, non-zero-size layout.
        unsafe { System.alloc(class_layout(c)) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class(layout).is_none() {
            // SAFETY: forwarded contract.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: forwarded contract.
        let p = unsafe { self.alloc(layout) };
        if !p.is_null() {
            // SAFETY: `p` is valid for `layout.size()` bytes.
            unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(c) = class(layout) else {
            // SAFETY: forwarded contract: `ptr` came from `System` with this layout.
            return unsafe { System.dealloc(ptr, layout) };
        };
        let kept = LISTS
            .try_with(|l| {
                if l.len[c].get() >= LIST_MAX {
                    return false;
                }
                // SAFETY: the block is free and at least one word long.
                unsafe { *(ptr as *mut *mut u8) = l.head[c].get() };
                l.head[c].set(ptr);
                l.len[c].set(l.len[c].get() + 1);
                true
            })
            .unwrap_or(false);
        if !kept {
            // SAFETY: class blocks are allocated from `System` with the class layout.
            unsafe { System.dealloc(ptr, class_layout(c)) };
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded contract: `new_size` is non-zero and fits with `layout.align()`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class(layout), class(new_layout)) {
            // SAFETY: both are system blocks.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                // SAFETY: forwarded contract; the copy stays within both blocks.
                unsafe {
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    new
                }
            }
        }
    }
}

//! Build-time pre-initialization (`pkg/scripts/preinit.mjs`): [`preinit`] builds the
//! embedded classifier and the default Guard (the default policy with it) into their
//! cells and warms that Guard up;
//! the script then snapshots linear memory into the module's data, so every instance
//! starts with them built, as Fastly's wizer snapshot does.
//!
//! While it runs, freed heap blocks are zeroed ([`ZeroFreed`]): the snapshot keeps only
//! non-zero bytes, so the warm-up's garbage would otherwise ship in the module.

use super::{default_guard, js_error, CLASSIFIER, DEFAULT_GUARD};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::prelude::*;

/// Whether freed blocks are zeroed (only during [`preinit`]).
static ZEROING: AtomicBool = AtomicBool::new(false);

/// The system allocator, zeroing what is freed while [`ZEROING`] is set.
struct ZeroFreed;

#[global_allocator]
static ALLOCATOR: ZeroFreed = ZeroFreed;

unsafe impl GlobalAlloc for ZeroFreed {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ZEROING.load(Ordering::Relaxed) {
            ptr.write_bytes(0, layout.size());
        }
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !ZEROING.load(Ordering::Relaxed) {
            return System.realloc(ptr, layout, new_size);
        }
        // Move by hand so the old block goes through `dealloc` (and is zeroed).
        let new = System.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            ptr.copy_to_nonoverlapping(new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}

/// Builds and warms what every Guard with the embedded default policy shares. Meant for
/// the build's snapshot; harmless (a warm-up) if called at run time.
#[wasm_bindgen(js_name = __edgewardPreinit)]
pub fn preinit() -> Result<(), JsValue> {
    ZEROING.store(true, Ordering::Relaxed);
    let warmed = default_guard().map(|(g, _)| g.warm_up());
    ZEROING.store(false, Ordering::Relaxed);
    warmed.map_err(|e| js_error(&e))
}

/// Whether the embedded classifier and the default Guard are built; in a pre-initialized
/// module, from the moment it is instantiated.
#[wasm_bindgen(js_name = isPreinitialized)]
pub fn is_preinitialized() -> bool {
    CLASSIFIER.with(|c| c.get().is_some()) && DEFAULT_GUARD.with(|g| g.get().is_some())
}

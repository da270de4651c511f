//! The small-object allocator: memory for objects of up to `MAX_SMALL` bytes, per runtime.
//!
//! Every Python object used to cost a `malloc` and a `free` (a fifth of some profiles). Objects
//! are small and few sizes are common, so, as CPython's pymalloc, blocks of one size class
//! (multiples of `GRAIN` bytes) are carved from `PAGE_SIZE` pages:
//!
//! - A page serves one class. Its header (at the page's start, which is `PAGE_SIZE`-aligned, so
//!   a block finds its page by masking its address) holds the page's free blocks, linked through
//!   their first word, the offset of its never-used tail (bump allocation: a fresh page's blocks
//!   are not threaded up front, so untouched memory stays untouched), and its count of live
//!   blocks.
//! - Each class keeps a doubly-linked list of its pages that may have room. Allocating pops a
//!   free block of the list's first page; freeing pushes the block on its page's list. Both are
//!   a few loads and stores, inline; everything else (bumping, a full page, a new page, an empty
//!   page) is the cold `*_slow` path.
//! - A page that becomes full leaves its class's list (and comes back at its next free), so the
//!   first page of a list always has room unless it is exhausted by bumping.
//! - A page whose blocks are all free again is given back: up to `MAX_CACHED` are kept empty
//!   for any class (re-use costs no allocator call), the rest go back to `alloc::alloc`, so
//!   peak memory is not held forever. The last page of a class stays, so one object made and
//!   freed in a loop does not get and give back a page each time.
//!
//! Heap accounting (`Heap::reserve/release`) is the callers' business, per object, as before.
//! At teardown (`Drop`) the cached and empty pages are freed; a page still holding live objects
//! (ones a host leaked) stays allocated, as those objects did before the pool existed.

use alloc::alloc::{Layout, alloc, dealloc};
use core::cell::Cell;
use core::ptr;

/// Bytes per page; pages are aligned to their size.
pub const PAGE_SIZE: usize = 64 * 1024;
/// Size classes are multiples of this (also every block's alignment).
pub const GRAIN: usize = 16;
/// Largest object served from pages; bigger ones go to `alloc::alloc`.
pub const MAX_SMALL: usize = 512;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Empty pages kept for re-use by any class.
const MAX_CACHED: usize = 2;
/// Blocks start this far into a page (the header, rounded up to the grain).
const HEADER: usize = 64;

#[repr(C)]
struct Page {
    /// Freed blocks, each holding the next one's address in its first word (null ends).
    free: *mut u8,
    /// Offset of the first never-used block.
    bump: usize,
    /// Blocks handed out and not freed, plus `UNLISTED` while the page is in no class list
    /// (it was full): one word, so a free tests both "now empty" and "was full" at once.
    used: usize,
    /// Neighbours in the class's list (null ends), or the next page in the cache (`next`).
    next: *mut Page,
    prev: *mut Page,
}

const UNLISTED: usize = 1 << (usize::BITS - 1);

const _: () = assert!(core::mem::size_of::<Page>() <= HEADER);
const _: () = assert!(HEADER.is_multiple_of(GRAIN) && MAX_SMALL + HEADER <= PAGE_SIZE);

/// What an empty class list points at instead of null: a page without free blocks, so the
/// allocation fast path needs no null test. Never written (the slow path recognizes it).
struct Sentinel(Page);
// SAFETY: never written, so sharing it is harmless.
unsafe impl Sync for Sentinel {}
static NO_PAGE: Sentinel = Sentinel(Page {
    free: ptr::null_mut(),
    bump: PAGE_SIZE,
    used: UNLISTED,
    next: ptr::null_mut(),
    prev: ptr::null_mut(),
});

fn no_page() -> *mut Page {
    ptr::addr_of!(NO_PAGE.0) as *mut Page
}

fn page_layout() -> Layout {
    // SAFETY: the size is non-zero and the alignment a power of two no larger than it.
    unsafe { Layout::from_size_align_unchecked(PAGE_SIZE, PAGE_SIZE) }
}

/// The size class serving objects of `size` bytes (`size <= MAX_SMALL`, non-zero).
#[inline(always)]
pub const fn class_of(size: usize) -> usize {
    size.div_ceil(GRAIN) - 1
}

/// Whether an object of `layout` comes from the pool.
#[inline(always)]
pub const fn is_small(layout: Layout) -> bool {
    layout.size() <= MAX_SMALL && layout.align() <= GRAIN
}

pub struct ObjectPool {
    /// Per class, the first page of its list of pages with room (`no_page()`: none).
    pages: [Cell<*mut Page>; CLASSES],
    /// Empty pages kept for re-use, linked through `next`.
    cached: Cell<*mut Page>,
    cached_len: Cell<usize>,
}

impl ObjectPool {
    pub fn new() -> ObjectPool {
        ObjectPool {
            pages: core::array::from_fn(|_| Cell::new(no_page())),
            cached: Cell::new(ptr::null_mut()),
            cached_len: Cell::new(0),
        }
    }

    /// A block of class `class`, or null when the system allocator fails.
    #[inline(always)]
    pub fn alloc(&self, class: usize) -> *mut u8 {
        let page = self.pages[class].get();
        // SAFETY: a list head is a live page of this pool or the sentinel; a free block's first
        // word holds the next free block.
        unsafe {
            let block = (*page).free;
            if !block.is_null() {
                (*page).free = *(block as *mut *mut u8);
                (*page).used += 1;
                return block;
            }
        }
        self.alloc_slow(class)
    }

    /// Gives back a block of class `class`.
    ///
    /// # Safety
    /// `block` came from `alloc(class)` of this pool and is not used any more.
    #[inline(always)]
    pub unsafe fn free(&self, block: *mut u8, class: usize) {
        // The page header is at the page's (aligned) start; the block's provenance covers it.
        let page = block.map_addr(|a| a & !(PAGE_SIZE - 1)) as *mut Page;
        unsafe {
            *(block as *mut *mut u8) = (*page).free;
            (*page).free = block;
            let used = (*page).used - 1;
            (*page).used = used;
            // Now empty (0), or was full (`UNLISTED` set): one comparison.
            if used.wrapping_sub(1) >= UNLISTED - 1 {
                self.free_slow(page, class);
            }
        }
    }

    /// The first listed page has no freed block: bump its tail, or retire it when exhausted
    /// and go on with the next page, or start a page.
    #[cold]
    #[inline(never)]
    fn alloc_slow(&self, class: usize) -> *mut u8 {
        let size = (class + 1) * GRAIN;
        loop {
            let page = self.pages[class].get();
            if page == no_page() {
                break;
            }
            // SAFETY: listed pages are live pages of this pool.
            unsafe {
                let block = (*page).free;
                if !block.is_null() {
                    (*page).free = *(block as *mut *mut u8);
                    (*page).used += 1;
                    return block;
                }
                let off = (*page).bump;
                if off + size <= PAGE_SIZE {
                    (*page).bump = off + size;
                    (*page).used += 1;
                    return (page as *mut u8).add(off);
                }
                // Full: out of the list until one of its blocks is freed.
                self.unlink(page, class);
            }
        }
        let page = self.new_page();
        if page.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a page just obtained, owned by this pool and in no list.
        unsafe {
            page.write(Page {
                free: ptr::null_mut(),
                bump: HEADER + size,
                used: UNLISTED | 1,
                next: ptr::null_mut(),
                prev: ptr::null_mut(),
            });
            self.link(page, class);
            (page as *mut u8).add(HEADER)
        }
    }

    /// After a free on a full page (it has room again) or one that left a page empty.
    #[cold]
    #[inline(never)]
    unsafe fn free_slow(&self, page: *mut Page, class: usize) {
        unsafe {
            if (*page).used & UNLISTED != 0 {
                self.link(page, class);
            }
            // An empty page goes, unless it is its class's only page.
            if (*page).used == 0 && !((*page).prev.is_null() && (*page).next.is_null()) {
                self.unlink(page, class);
                self.retire(page);
            }
        }
    }

    /// A page from the cache, or a new one from the system allocator (null if it fails).
    fn new_page(&self) -> *mut Page {
        let page = self.cached.get();
        if !page.is_null() {
            // SAFETY: cached pages are live, empty pages of this pool, linked through `next`.
            self.cached.set(unsafe { (*page).next });
            self.cached_len.set(self.cached_len.get() - 1);
            return page;
        }
        // SAFETY: the layout has a non-zero size.
        unsafe { alloc(page_layout()) as *mut Page }
    }

    /// Keeps an empty, unlisted page for re-use, or gives it back.
    unsafe fn retire(&self, page: *mut Page) {
        if self.cached_len.get() < MAX_CACHED {
            unsafe { (*page).next = self.cached.get() };
            self.cached.set(page);
            self.cached_len.set(self.cached_len.get() + 1);
        } else {
            // SAFETY: allocated with this layout by `new_page`; no block of it is live.
            unsafe { dealloc(page as *mut u8, page_layout()) };
        }
    }

    /// Puts an unlisted page at the front of its class's list.
    unsafe fn link(&self, page: *mut Page, class: usize) {
        let head = self.pages[class].get();
        unsafe {
            (*page).prev = ptr::null_mut();
            (*page).used &= !UNLISTED;
            if head == no_page() {
                (*page).next = ptr::null_mut();
            } else {
                (*page).next = head;
                (*head).prev = page;
            }
        }
        self.pages[class].set(page);
    }

    unsafe fn unlink(&self, page: *mut Page, class: usize) {
        unsafe {
            let (prev, next) = ((*page).prev, (*page).next);
            if !prev.is_null() {
                (*prev).next = next;
            } else if next.is_null() {
                self.pages[class].set(no_page());
            } else {
                self.pages[class].set(next);
            }
            if !next.is_null() {
                (*next).prev = prev;
            }
            (*page).prev = ptr::null_mut();
            (*page).next = ptr::null_mut();
            (*page).used |= UNLISTED;
        }
    }

    /// Calls `f` on every listed page, which may free it.
    fn for_each_listed(&self, mut f: impl FnMut(*mut Page)) {
        for head in &self.pages {
            let mut p = head.get();
            while p != no_page() && !p.is_null() {
                // SAFETY: listed pages are live pages of this pool.
                let next = unsafe { (*p).next };
                f(p);
                p = next;
            }
        }
    }

    /// Listed plus cached pages (full pages are in no list).
    #[cfg(test)]
    fn listed_pages(&self) -> usize {
        let mut n = self.cached_len.get();
        self.for_each_listed(|_| n += 1);
        n
    }
}

impl Default for ObjectPool {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for ObjectPool {
    /// Frees the cached pages and every listed page without live blocks. Pages holding live
    /// objects (leaked by a host past the runtime) stay allocated, so those objects' memory
    /// stays valid, as it was when each object had its own allocation.
    fn drop(&mut self) {
        let mut p = self.cached.replace(ptr::null_mut());
        while !p.is_null() {
            // SAFETY: cached pages are live, empty, and linked through `next`.
            let next = unsafe { (*p).next };
            unsafe { dealloc(p as *mut u8, page_layout()) };
            p = next;
        }
        self.for_each_listed(|p| {
            // SAFETY: a listed page of this pool; nothing refers to an empty page.
            if unsafe { (*p).used } == 0 {
                unsafe { dealloc(p as *mut u8, page_layout()) };
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// Fills pages of one class, frees everything in a scattered order, and checks blocks are
    /// distinct, reused, and that empty pages beyond the cache are given back.
    #[test]
    fn pages_fill_reuse_and_go_back() {
        let pool = ObjectPool::new();
        let class = class_of(48);
        let per_page = (PAGE_SIZE - HEADER) / 48;
        let n = per_page * 10 + 3;
        let mut blocks: Vec<*mut u8> = (0..n).map(|_| pool.alloc(class)).collect();
        for (i, &b) in blocks.iter().enumerate() {
            assert!(!b.is_null() && b.addr() % GRAIN == 0);
            // Write the whole block: overlapping blocks would corrupt each other's marks.
            unsafe { core::ptr::write_bytes(b, i as u8, 48) };
        }
        for (i, &b) in blocks.iter().enumerate() {
            assert!((0..48).all(|k| unsafe { *b.add(k) } == i as u8));
        }
        assert_eq!(pool.listed_pages(), 1); // the others are full
        // Free the odd blocks, then reuse them.
        for &b in blocks.iter().skip(1).step_by(2) {
            unsafe { pool.free(b, class) };
        }
        assert_eq!(pool.listed_pages(), 11);
        for i in (1..n).step_by(2) {
            blocks[i] = pool.alloc(class);
        }
        let mut sorted = blocks.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), n);
        for &b in &blocks {
            unsafe { pool.free(b, class) };
        }
        // One page stays listed for the class, MAX_CACHED are cached, the rest went back.
        assert_eq!(pool.listed_pages(), 1 + MAX_CACHED);
        // Another class takes a cached page.
        let other = pool.alloc(class_of(MAX_SMALL));
        assert_eq!(pool.listed_pages(), 1 + MAX_CACHED);
        unsafe { pool.free(other, class_of(MAX_SMALL)) };
    }

    #[test]
    fn every_class_has_blocks_of_its_size() {
        let pool = ObjectPool::new();
        for size in (GRAIN..=MAX_SMALL).step_by(GRAIN) {
            let class = class_of(size);
            let a = pool.alloc(class);
            let b = pool.alloc(class);
            assert!(b.addr() >= a.addr() + size || a.addr() >= b.addr() + size);
            unsafe {
                core::ptr::write_bytes(a, 0xAB, size);
                pool.free(a, class);
                pool.free(b, class);
            }
        }
        assert_eq!(class_of(1), 0);
        assert_eq!(class_of(16), 0);
        assert_eq!(class_of(17), 1);
        assert_eq!(class_of(MAX_SMALL), CLASSES - 1);
    }
}

//! Goroutine stacks: large reservations, guard pages, a free list.
//!
//! gc starts a goroutine on a 2–8 KiB stack and copies it to a bigger one when it runs out
//! (up to 1 GB). gosub's stacks cannot move: conservative collection and compiled code keep raw
//! stack addresses. So each goroutine gets a [`SLOT`] of 64 MiB of address space, reserved with
//! `MAP_NORESERVE` so that only the pages it touches cost memory (typically one or two: 4–8 KiB,
//! plus a page-table page), with a [`GUARD_SIZE`] guard region at its low end. Running into the
//! guard faults, and the fault handler reports gc's `fatal error: stack overflow` because the
//! scheduler installs every stack's bounds as the running stack's (`stack::set_current`).
//!
//! Slots are carved from chunks of [`CHUNK_SLOTS`] (one `mmap` per 1 GiB) and never unmapped:
//! a goroutine's stack returns to a free list when it exits and the next `go` statement reuses
//! it, pages already touched included, so steady goroutine churn costs no system calls. The
//! memory a burst of goroutines touched stays committed until the program exits (gc also keeps
//! freed stacks until a collection returns them).
//!
//! Guards. `mprotect` splits the mapping: every guard costs two of the 65530 mappings Linux
//! allows a process, too few for 100k live goroutines. Linux 6.13 added guard regions
//! (`MADV_GUARD_INSTALL`), page-table markers that fault like `PROT_NONE` without splitting the
//! mapping; the pool uses them when the kernel has them, and checks once that they work (an
//! emulator such as qemu-user may accept the `madvise` without installing anything): a
//! `write` from a guarded address must fail with `EFAULT`. Otherwise it falls back to
//! `mprotect`, and once that fails (mapping limit) further stacks go without a guard.
//! Slot boundaries sit 1 MiB past a 2 MiB boundary, so the top of one stack and the guard of
//! the next share a page-table page.

use crate::stack::{Bounds, GUARD_SIZE};

/// Address space per goroutine, guard included.
pub const SLOT: usize = 64 << 20;
/// Slots reserved per `mmap`.
const CHUNK_SLOTS: usize = 16;
/// Linux's `MADV_GUARD_INSTALL` (6.13 and later).
const MADV_GUARD_INSTALL: i32 = 102;
/// The span of one last-level page table on x86-64 and AArch64 (4 KiB pages).
const PAGE_TABLE_SPAN: usize = 2 << 20;

/// How guard regions are made.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GuardMode {
    /// Not decided yet (no stack made).
    Unknown,
    /// Guard regions (`MADV_GUARD_INSTALL`).
    Markers,
    /// `mprotect(PROT_NONE)`.
    Protect,
    /// None (the mapping limit was reached).
    Unguarded,
}

/// The pool of goroutine stacks.
pub struct Pool {
    /// Stacks of exited goroutines.
    free: Vec<Bounds>,
    /// Base of the next unused slot of the current chunk.
    next: usize,
    /// Unused slots left in the current chunk.
    left: usize,
    /// How guards are made.
    mode: GuardMode,
}

impl Pool {
    /// An empty pool.
    pub const fn new() -> Pool {
        Pool {
            free: Vec::new(),
            next: 0,
            left: 0,
            mode: GuardMode::Unknown,
        }
    }

    /// A stack for a new goroutine: a free one, or a new slot.
    pub fn take(&mut self) -> Bounds {
        if let Some(stack) = self.free.pop() {
            return stack;
        }
        if self.left == 0 {
            self.reserve_chunk();
        }
        let base = self.next;
        self.next += SLOT;
        self.left -= 1;
        let guard = if self.install_guard(base) { base } else { 0 };
        Bounds {
            low: base + GUARD_SIZE,
            high: base + SLOT,
            guard,
        }
    }

    /// Returns the stack of an exited goroutine (not in use any more once the scheduler has
    /// switched away from it).
    pub fn give(&mut self, stack: Bounds) {
        self.free.push(stack);
    }

    /// Reserves the next chunk of slots; a failure is gc's out-of-memory fatal error.
    fn reserve_chunk(&mut self) {
        let bytes = CHUNK_SLOTS * SLOT + PAGE_TABLE_SPAN;
        // SAFETY: an anonymous private reservation; nothing else refers to it.
        let base = unsafe {
            libc::mmap(
                core::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            crate::panic::die(
                b"runtime: cannot allocate goroutine stack\nfatal error: out of memory\n",
            );
        }
        let half = PAGE_TABLE_SPAN / 2;
        self.next = (base as usize + half).next_multiple_of(PAGE_TABLE_SPAN) - half;
        self.left = CHUNK_SLOTS;
    }

    /// Makes the guard region at `base` inaccessible; false if it could not.
    fn install_guard(&mut self, base: usize) -> bool {
        let address = base as *mut libc::c_void;
        // SAFETY: the guard region lies in a reservation the pool owns and nothing uses.
        unsafe {
            if matches!(self.mode, GuardMode::Unknown | GuardMode::Markers) {
                let installed = libc::madvise(address, GUARD_SIZE, MADV_GUARD_INSTALL) == 0;
                if self.mode == GuardMode::Markers && installed {
                    return true;
                }
                if installed && faults(base) {
                    self.mode = GuardMode::Markers;
                    return true;
                }
                self.mode = GuardMode::Protect;
            }
            if self.mode == GuardMode::Protect {
                if libc::mprotect(address, GUARD_SIZE, libc::PROT_NONE) == 0 {
                    return true;
                }
                self.mode = GuardMode::Unguarded;
            }
        }
        false
    }
}

/// Whether reading the byte at `address` faults, tested without faulting: `write` from it to a
/// pipe fails with `EFAULT` exactly when the kernel cannot read it.
fn faults(address: usize) -> bool {
    let mut pipe = [0i32; 2];
    // SAFETY: plain system calls on descriptors made and closed here.
    unsafe {
        if libc::pipe2(pipe.as_mut_ptr(), libc::O_CLOEXEC) != 0 {
            return false;
        }
        let written = libc::write(pipe[1], address as *const libc::c_void, 1);
        let error = *libc::__errno_location();
        libc::close(pipe[0]);
        libc::close(pipe[1]);
        written < 0 && error == libc::EFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacks_are_guarded_reused_and_share_page_tables() {
        let mut pool = Pool::new();
        let first = pool.take();
        let second = pool.take();
        assert_eq!(first.high - first.low, SLOT - GUARD_SIZE);
        assert_eq!(first.high % 16, 0);
        assert_eq!(first.high, second.guard, "consecutive slots");
        // The top of the first stack and the guard of the second share a page table.
        assert_eq!(
            (first.high - 1) / PAGE_TABLE_SPAN,
            second.guard / PAGE_TABLE_SPAN
        );
        assert!(first.guard != 0 && faults(first.guard) && faults(first.low - 1));
        assert!(!faults(first.low) && !faults(first.high - 1));
        pool.give(first);
        assert_eq!(pool.take(), first);
    }
}

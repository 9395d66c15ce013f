//! The collector's roots: the registers, the Go stack and the Go globals.
//!
//! Compiled code keeps pointers in callee-saved registers, in stack slots and in global
//! variables; the runtime's own frames (a map growing, `os.Args` being built) keep them on the
//! stack too. On entry the collector spills every callee-saved register into an array in its
//! frame (a few instructions of inline assembly for x86-64 and AArch64: caller-saved registers
//! hold nothing live across the call into the runtime) and records its stack pointer; every
//! word from there to the top of the stack is a possible pointer. The stack is the running
//! goroutine's: the 1 GiB Go stack while the main goroutine runs on it, a goroutine stack
//! otherwise (`stack.rs` records the bounds of whichever runs), or the thread's own stack (found
//! with `pthread_getattr_np`; this is how the runtime's tests run). Every suspended goroutine's
//! stack is a root too, from its saved stack pointer, below which the switch pushed its
//! callee-saved registers (`sched/`).
//!
//! Stale pointers can still hide in stack slots that runtime frames reserve but never write,
//! left there by earlier, deeper calls. Before a collection, [`clear_dead_stack`] zeroes a few
//! KiB below the current frame, where the collector's entry frames are about to be placed (the
//! trick Boehm's collector calls clearing the stack). The collection itself then runs on a
//! separate 1 MiB stack (reserved per thread on first use),
//! as gc runs its collector on the system stack. Otherwise the collector's frames would lie in
//! the scanned range, and the slots they leave uninitialised still hold whatever earlier, deeper
//! calls wrote there: dead pointers that would keep garbage alive.
//!
//! The backend places every Go global variable in an ELF section named `gosub_globals`; the
//! linker defines `__start_gosub_globals` and `__stop_gosub_globals` around it. They are
//! referenced weakly (a program without globals has no such section and the addresses are 0),
//! through two words of data emitted with assembler directives, since stable Rust cannot declare
//! weak symbols. The runtime itself holds no Go pointers outside the stack: its tables (itabs,
//! printer buffers) contain only descriptor addresses and bytes.

use core::cell::Cell;

core::arch::global_asm!(
    ".weak __start_gosub_globals",
    ".weak __stop_gosub_globals",
    ".pushsection .data.rel.ro.gosub_rt_globals_bounds,\"aw\"",
    ".balign 8",
    ".globl gosub_rt_globals_bounds",
    ".hidden gosub_rt_globals_bounds",
    "gosub_rt_globals_bounds:",
    ".quad __start_gosub_globals",
    ".quad __stop_gosub_globals",
    ".popsection",
);

extern "C" {
    /// The addresses of `__start_gosub_globals` and `__stop_gosub_globals` (0 when absent).
    static gosub_rt_globals_bounds: [usize; 2];
}

/// The Go globals as `(start, end)`; empty when the program has none.
pub fn globals() -> (usize, usize) {
    // SAFETY: two words of initialised data.
    let [start, end] = unsafe { core::ptr::read_volatile(&raw const gosub_rt_globals_bounds) };
    if start == 0 || end < start {
        (0, 0)
    } else {
        (start, end)
    }
}

thread_local! {
    /// The top of the calling thread's own stack (0: not looked up yet).
    static THREAD_STACK_TOP: Cell<usize> = const { Cell::new(0) };
}

/// One past the highest address of the stack holding `sp`.
fn stack_top(sp: usize) -> usize {
    let (low, high) = crate::stack::bounds();
    if low <= sp && sp < high {
        return high;
    }
    THREAD_STACK_TOP.with(|cached| {
        if cached.get() == 0 {
            // SAFETY: the attribute object is filled by pthread_getattr_np and destroyed after.
            unsafe {
                let mut attributes: libc::pthread_attr_t = core::mem::zeroed();
                let mut base: *mut libc::c_void = core::ptr::null_mut();
                let mut size: libc::size_t = 0;
                if libc::pthread_getattr_np(libc::pthread_self(), &mut attributes) == 0 {
                    if libc::pthread_attr_getstack(&attributes, &mut base, &mut size) == 0 {
                        cached.set(base as usize + size);
                    }
                    libc::pthread_attr_destroy(&mut attributes);
                }
            }
        }
        cached.get().max(sp)
    })
}

/// Words written by [`spill_registers`]: the callee-saved registers, then the stack pointer.
#[cfg(target_arch = "x86_64")]
const SPILL_WORDS: usize = 7;
/// Words written by [`spill_registers`]: the callee-saved registers, then the stack pointer.
#[cfg(target_arch = "aarch64")]
const SPILL_WORDS: usize = 12;

/// Stores the callee-saved registers and the stack pointer (last) into `out`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn spill_registers(out: &mut [usize; SPILL_WORDS]) {
    core::arch::asm!(
        "mov [{0}], rbx",
        "mov [{0} + 8], rbp",
        "mov [{0} + 16], r12",
        "mov [{0} + 24], r13",
        "mov [{0} + 32], r14",
        "mov [{0} + 40], r15",
        "mov [{0} + 48], rsp",
        in(reg) out.as_mut_ptr(),
        options(nostack, preserves_flags),
    );
}

/// Stores the callee-saved registers and the stack pointer (last) into `out`.
#[cfg(target_arch = "aarch64")]
#[inline(always)]
unsafe fn spill_registers(out: &mut [usize; SPILL_WORDS]) {
    core::arch::asm!(
        "stp x19, x20, [{0}]",
        "stp x21, x22, [{0}, #16]",
        "stp x23, x24, [{0}, #32]",
        "stp x25, x26, [{0}, #48]",
        "stp x27, x28, [{0}, #64]",
        "mov {1}, sp",
        "stp x29, {1}, [{0}, #80]",
        in(reg) out.as_mut_ptr(),
        out(reg) _,
        options(nostack, preserves_flags),
    );
}

/// Words of dead stack below the caller that [`clear_dead_stack`] zeroes.
const CLEARED_WORDS: usize = 512;

/// Zeroes the stack just below the caller's frame, so that the frames called next start clean.
#[inline(never)]
pub fn clear_dead_stack() {
    let mut area = [0usize; CLEARED_WORDS];
    core::hint::black_box(&mut area);
}

/// Size of the collector's stack, including its guard page.
const COLLECTOR_STACK_SIZE: usize = 1 << 20;
/// Size of the inaccessible guard region at the low end of the collector's stack.
const GUARD_SIZE: usize = 4096;

thread_local! {
    /// The part of the interrupted stack to scan, `(stack pointer, top)`.
    static SCANNED_STACK: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    /// The top of the collector's stack (0: not reserved yet; 1: reservation failed).
    static COLLECTOR_STACK_TOP: Cell<usize> = const { Cell::new(0) };
}

/// The top of the calling thread's collector stack, reserving it on first use; `None` if the
/// reservation failed.
fn collector_stack_top() -> Option<usize> {
    COLLECTOR_STACK_TOP.with(|top| {
        if top.get() == 0 {
            // SAFETY: an anonymous private mapping with its low page made inaccessible.
            let base = unsafe {
                let base = libc::mmap(
                    core::ptr::null_mut(),
                    COLLECTOR_STACK_SIZE,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
                    -1,
                    0,
                );
                if base != libc::MAP_FAILED {
                    libc::mprotect(base, GUARD_SIZE, libc::PROT_NONE);
                }
                base
            };
            top.set(if base == libc::MAP_FAILED {
                1
            } else {
                base as usize + COLLECTOR_STACK_SIZE
            });
        }
        (top.get() > 1).then_some(top.get())
    })
}

/// Records the caller's registers and stack as roots, then runs `body` on the collector's stack
/// (on the current stack if none could be reserved).
#[inline(never)]
pub unsafe fn run_on_collector_stack(body: unsafe extern "C" fn()) {
    let mut registers = [0usize; SPILL_WORDS];
    spill_registers(&mut registers);
    let sp = registers[SPILL_WORDS - 1];
    SCANNED_STACK.set((sp, stack_top(sp)));
    match collector_stack_top() {
        Some(top) => crate::stack::call_on_stack(body, top),
        None => body(),
    }
    core::hint::black_box(&registers);
}

/// Calls `visit(start, end)` for each root range: the stack recorded by
/// [`run_on_collector_stack`] (holding the spilled registers), the stacks of the suspended
/// goroutines (holding theirs), then the globals.
pub unsafe fn visit_roots(visit: &mut dyn FnMut(usize, usize)) {
    let (sp, top) = SCANNED_STACK.get();
    visit(sp, top);
    crate::sched::visit_suspended_stacks(visit);
    let (start, end) = globals();
    if start < end {
        visit(start, end);
    }
}

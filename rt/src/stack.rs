//! The stack compiled Go code runs on.
//!
//! gc lets a goroutine's stack grow to 1 GB; a thread's default 8 MB stack would overflow on
//! recursion that Go handles. The entry point therefore reserves a 1 GiB region (address space
//! only: `MAP_NORESERVE`, pages are committed as they are touched) with an inaccessible guard
//! page at its low end, and calls `__gosub_main` on it through a few lines of inline assembly
//! that switch the stack pointer and switch back afterwards. If the reservation fails (strict
//! overcommit) or the architecture is not x86-64 / AArch64, the program runs on the thread's
//! own stack. Running off the end hits the guard page; the signal handler (on its own
//! alternate stack) recognises the address and reports gc's "stack overflow" fatal error.
//!
//! The bounds of the running stack are recorded for `gosub_concat` (strings whose bytes live on
//! the stack must be copied before they escape), for the collector's stack scan and for the
//! fault handler's overflow check; the collector also uses [`call_on_stack`] to run on a stack of
//! its own. Goroutines run on stacks of their own (`sched/stacks.rs`): the scheduler installs
//! their bounds with [`set_current`] at every switch. The bounds are per thread (a compiled
//! program has one; the test harness runs tests, some of them switching stacks, on several).

use core::cell::Cell;

/// Size of the reserved Go stack, including the guard page.
const GO_STACK_SIZE: usize = 1 << 30;
/// Size of the inaccessible guard region at the low end of every Go stack (goroutine stacks
/// included): larger than any frame compiled code allocates, so an overflow lands in it.
pub const GUARD_SIZE: usize = 64 * 1024;

/// The extent of one Go stack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bounds {
    /// Lowest usable address (0 while unknown).
    pub low: usize,
    /// One past the highest address (0 while unknown).
    pub high: usize,
    /// Start of the guard region below `low` (0 if there is none).
    pub guard: usize,
}

thread_local! {
    /// The bounds of the stack the calling thread runs Go code on.
    static CURRENT: Cell<Bounds> = const { Cell::new(Bounds { low: 0, high: 0, guard: 0 }) };
}

/// The bounds of the running Go stack (all zero before `main` and on test threads that never
/// set them).
pub fn current() -> Bounds {
    CURRENT.get()
}

/// Makes `bounds` the running Go stack's (the scheduler calls this when it switches stacks).
pub fn set_current(bounds: Bounds) {
    CURRENT.set(bounds)
}

/// The bounds `(low, high)` of the stack compiled code runs on; `(0, 0)` before `main`.
pub fn bounds() -> (usize, usize) {
    let current = CURRENT.get();
    (current.low, current.high)
}

/// Whether `address` lies on the Go stack.
pub fn contains(address: usize) -> bool {
    let (low, high) = bounds();
    low <= address && address < high
}

/// Whether a fault at `address` means the Go stack overflowed.
pub fn is_guard_fault(address: usize) -> bool {
    let guard = CURRENT.get().guard;
    guard != 0 && guard <= address && address < guard + GUARD_SIZE
}

/// The bounds of the calling thread's own stack (from `pthread_getattr_np`; if that fails,
/// `near_top`, an address near its top, stands for the top and the bottom is unknown).
pub fn thread_stack(near_top: usize) -> Bounds {
    // SAFETY: pthread_getattr_np fills the attribute object, which is destroyed afterwards.
    unsafe {
        let mut attributes: libc::pthread_attr_t = core::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attributes) == 0 {
            let mut address: *mut libc::c_void = core::ptr::null_mut();
            let mut size: libc::size_t = 0;
            let found = libc::pthread_attr_getstack(&attributes, &mut address, &mut size) == 0;
            libc::pthread_attr_destroy(&mut attributes);
            if found {
                return Bounds {
                    low: address as usize,
                    high: address as usize + size,
                    guard: 0,
                };
            }
        }
    }
    Bounds {
        low: 0,
        high: near_top,
        guard: 0,
    }
}

/// Reserves the Go stack; returns its lowest address or `None`.
fn reserve_go_stack() -> Option<usize> {
    // SAFETY: an anonymous private mapping; the guard region is made inaccessible.
    unsafe {
        let base = libc::mmap(
            core::ptr::null_mut(),
            GO_STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
            -1,
            0,
        );
        if base == libc::MAP_FAILED {
            return None;
        }
        libc::mprotect(base, GUARD_SIZE, libc::PROT_NONE);
        Some(base as usize)
    }
}

/// Calls `function` with the stack pointer set to `top` (16-byte aligned), then restores it.
#[cfg(target_arch = "x86_64")]
pub unsafe fn call_on_stack(function: unsafe extern "C" fn(), top: usize) {
    core::arch::asm!(
        "mov r12, rsp",
        "mov rsp, {top}",
        "call {function}",
        "mov rsp, r12",
        top = in(reg) top,
        function = in(reg) function,
        out("r12") _,
        clobber_abi("C"),
    );
}

/// Calls `function` with the stack pointer set to `top` (16-byte aligned), then restores it.
#[cfg(target_arch = "aarch64")]
pub unsafe fn call_on_stack(function: unsafe extern "C" fn(), top: usize) {
    core::arch::asm!(
        "mov x20, sp",
        "mov sp, {top}",
        "blr {function}",
        "mov sp, x20",
        top = in(reg) top,
        function = in(reg) function,
        out("x20") _,
        clobber_abi("C"),
    );
}

/// Runs `function` (the program) on the large Go stack when possible, else on this thread's
/// stack, recording the bounds of whichever stack is used.
pub unsafe fn run_program(function: unsafe extern "C" fn()) {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    if let Some(base) = reserve_go_stack() {
        set_current(Bounds {
            low: base + GUARD_SIZE,
            high: base + GO_STACK_SIZE,
            guard: base,
        });
        call_on_stack(function, (base + GO_STACK_SIZE) & !15);
        return;
    }
    set_current(thread_stack(&function as *const _ as usize));
    function();
}

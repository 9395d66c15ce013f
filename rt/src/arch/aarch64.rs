//! AArch64 (AAPCS64) versions of the assembly routines described in `arch/mod.rs`.
//!
//! Callee-saved registers: x19–x28, the frame pointer x29, the link register x30 and the low
//! halves of v8–v15 (d8–d15). The stack pointer stays 16-byte aligned throughout. Kept apart
//! from the x86-64 file so that AArch64 work elsewhere in the runtime does not collide with it.

use crate::unwind::{DeferFrame, FRAME_LANDING, FRAME_SAVED_SP};

/// Bytes [`switch_context`] keeps on a suspended stack: x19–x28 at 0–72, x29 and x30 at 80 and
/// 88, d8–d15 at 96–152, padded to 16 bytes.
const SWITCH_BYTES: usize = 176;

/// Saves the running context's callee-saved registers on its stack and its stack pointer in
/// `*save`, then resumes the context whose stack pointer is `next`.
#[unsafe(naked)]
pub unsafe extern "C" fn switch_context(save: *mut usize, next: usize) {
    core::arch::naked_asm!(
        "sub sp, sp, #176",
        "stp x19, x20, [sp, #0]",
        "stp x21, x22, [sp, #16]",
        "stp x23, x24, [sp, #32]",
        "stp x25, x26, [sp, #48]",
        "stp x27, x28, [sp, #64]",
        "stp x29, x30, [sp, #80]",
        "stp d8, d9, [sp, #96]",
        "stp d10, d11, [sp, #112]",
        "stp d12, d13, [sp, #128]",
        "stp d14, d15, [sp, #144]",
        "mov x9, sp",
        "str x9, [x0]",
        "mov sp, x1",
        "ldp x19, x20, [sp, #0]",
        "ldp x21, x22, [sp, #16]",
        "ldp x23, x24, [sp, #32]",
        "ldp x25, x26, [sp, #48]",
        "ldp x27, x28, [sp, #64]",
        "ldp x29, x30, [sp, #80]",
        "ldp d8, d9, [sp, #96]",
        "ldp d10, d11, [sp, #112]",
        "ldp d12, d13, [sp, #128]",
        "ldp d14, d15, [sp, #144]",
        "add sp, sp, #176",
        "ret",
    )
}

/// Where a new goroutine starts: `entry(closure)` with `x19 = closure`, `x20 = entry`, set by
/// [`initial_frame`].
#[unsafe(naked)]
unsafe extern "C" fn goroutine_start() {
    core::arch::naked_asm!("mov x0, x19", "blr x20", "brk #1")
}

/// Lays out a context at the top of a fresh stack (`top` 16-byte aligned) that starts
/// `entry(closure)` when switched to; returns its stack pointer.
pub unsafe fn initial_frame(
    top: usize,
    closure: *mut u8,
    entry: unsafe extern "C" fn(*mut u8) -> !,
) -> usize {
    let sp = top - SWITCH_BYTES;
    let words = sp as *mut usize;
    for index in 0..SWITCH_BYTES / 8 {
        words.add(index).write(0);
    }
    words.write(closure as usize);
    words.add(1).write(entry as usize);
    // x29 = 0 ends frame-pointer walks; x30 is where the switch returns to.
    words.add(11).write(goroutine_start as *const () as usize);
    sp
}

/// `gosub_run_deferring(body, frame)`: see `arch/mod.rs`. The frame address is pushed so that
/// the collector sees it (the caller may keep it nowhere else).
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn gosub_run_deferring(body: *mut u8, frame: *mut DeferFrame) {
    core::arch::naked_asm!(
        "stp x29, x30, [sp, #-16]!",
        "mov x29, sp",
        "stp x19, x20, [sp, #-16]!",
        "stp x21, x22, [sp, #-16]!",
        "stp x23, x24, [sp, #-16]!",
        "stp x25, x26, [sp, #-16]!",
        "stp x27, x28, [sp, #-16]!",
        "stp d8, d9, [sp, #-16]!",
        "stp d10, d11, [sp, #-16]!",
        "stp d12, d13, [sp, #-16]!",
        "stp d14, d15, [sp, #-16]!",
        "stp x1, xzr, [sp, #-16]!",
        "mov x9, sp",
        "str x9, [x1, #{saved_sp}]",
        "adr x9, 3f",
        "str x9, [x1, #{landing}]",
        "bl {run}",
        "2:",
        "add sp, sp, #16",
        "ldp d14, d15, [sp], #16",
        "ldp d12, d13, [sp], #16",
        "ldp d10, d11, [sp], #16",
        "ldp d8, d9, [sp], #16",
        "ldp x27, x28, [sp], #16",
        "ldp x25, x26, [sp], #16",
        "ldp x23, x24, [sp], #16",
        "ldp x21, x22, [sp], #16",
        "ldp x19, x20, [sp], #16",
        "ldp x29, x30, [sp], #16",
        "ret",
        // The landing: sp is the recorded stack pointer, x0 the frame.
        "3:",
        "bl {finish}",
        "b 2b",
        saved_sp = const FRAME_SAVED_SP,
        landing = const FRAME_LANDING,
        run = sym crate::unwind::deferring_run,
        finish = sym crate::unwind::deferring_finish,
    )
}

/// Resumes `frame`'s `gosub_run_deferring` at its landing (after a recovered panic).
#[unsafe(naked)]
pub unsafe extern "C" fn resume_deferring(frame: *mut DeferFrame) -> ! {
    core::arch::naked_asm!(
        "ldr x9, [x0, #{saved_sp}]",
        "mov sp, x9",
        "ldr x9, [x0, #{landing}]",
        "br x9",
        saved_sp = const FRAME_SAVED_SP,
        landing = const FRAME_LANDING,
    )
}

/// Calls the deferred `closure` below a terminal frame record whose address goes to `*marker`.
#[unsafe(naked)]
pub unsafe extern "C" fn call_deferred(closure: *mut u8, marker: *mut usize) {
    core::arch::naked_asm!(
        "stp x29, x30, [sp, #-32]!",
        "stp xzr, xzr, [sp, #16]",
        "add x29, sp, #16",
        "str x29, [x1]",
        "ldr x9, [x0]",
        "blr x9",
        "ldp x29, x30, [sp], #32",
        "ret",
    )
}

/// Called first by compiler-made wrappers: hands the caller's frame pointer to
/// `unwind::wrapper_entered`.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn gosub_defer_wrapper() {
    core::arch::naked_asm!("mov x0, x29", "b {entered}", entered = sym crate::unwind::wrapper_entered)
}

/// `recover()`: hands the caller's frame pointer to `unwind::recover_from`.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn gosub_recover() -> crate::abi::Iface {
    core::arch::naked_asm!("mov x0, x29", "b {recover}", recover = sym crate::unwind::recover_from)
}

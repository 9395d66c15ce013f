//! x86-64 (System V) versions of the assembly routines described in `arch/mod.rs`.
//!
//! Callee-saved registers: rbx, rbp, r12–r15 (the x87 and MXCSR control words are never
//! changed by Go code, so they are not switched). The stack pointer is 16-byte aligned before
//! every `call`, 8 mod 16 on function entry.

use crate::unwind::{DeferFrame, FRAME_LANDING, FRAME_SAVED_SP};

/// Words [`switch_context`] keeps on a suspended stack: r15, r14, r13, r12, rbx, rbp, return
/// address (from the saved stack pointer upwards).
const SWITCH_WORDS: usize = 7;

/// Saves the running context's callee-saved registers on its stack and its stack pointer in
/// `*save`, then resumes the context whose stack pointer is `next`.
#[unsafe(naked)]
pub unsafe extern "C" fn switch_context(save: *mut usize, next: usize) {
    core::arch::naked_asm!(
        "push rbp",
        "push rbx",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "mov [rdi], rsp",
        "mov rsp, rsi",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbx",
        "pop rbp",
        "ret",
    )
}

/// Where a new goroutine starts: `entry(closure)` with `rbx = closure`, `r12 = entry`, set by
/// [`initial_frame`]; the stack pointer is 16-byte aligned here.
#[unsafe(naked)]
unsafe extern "C" fn goroutine_start() {
    core::arch::naked_asm!("mov rdi, rbx", "call r12", "ud2")
}

/// Lays out a context at the top of a fresh stack (`top` 16-byte aligned) that starts
/// `entry(closure)` when switched to; returns its stack pointer.
pub unsafe fn initial_frame(
    top: usize,
    closure: *mut u8,
    entry: unsafe extern "C" fn(*mut u8) -> !,
) -> usize {
    let sp = top - SWITCH_WORDS * 8;
    let words = sp as *mut usize;
    // r15, r14, r13, r12, rbx, rbp, return address.
    let values = [
        0,
        0,
        0,
        entry as usize,
        closure as usize,
        0,
        goroutine_start as *const () as usize,
    ];
    for (index, value) in values.into_iter().enumerate() {
        words.add(index).write(value);
    }
    sp
}

/// `gosub_run_deferring(body, frame)`: see `arch/mod.rs`. The frame address is pushed so that
/// the collector sees it (the caller may keep it nowhere else), which also aligns the stack.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn gosub_run_deferring(body: *mut u8, frame: *mut DeferFrame) {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "push rbx",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "push rsi",
        "mov [rsi + {saved_sp}], rsp",
        "lea rax, [rip + 3f]",
        "mov [rsi + {landing}], rax",
        "call {run}",
        "2:",
        "add rsp, 8",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbx",
        "pop rbp",
        "ret",
        // The landing: rsp is the recorded stack pointer, rdi the frame.
        "3:",
        "call {finish}",
        "jmp 2b",
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
        "mov rsp, [rdi + {saved_sp}]",
        "jmp [rdi + {landing}]",
        saved_sp = const FRAME_SAVED_SP,
        landing = const FRAME_LANDING,
    )
}

/// Calls the deferred `closure` below a terminal frame record whose address goes to `*marker`.
#[unsafe(naked)]
pub unsafe extern "C" fn call_deferred(closure: *mut u8, marker: *mut usize) {
    core::arch::naked_asm!(
        "push rbp",
        "sub rsp, 16",
        "mov qword ptr [rsp], 0",
        "mov qword ptr [rsp + 8], 0",
        "mov rbp, rsp",
        "mov [rsi], rsp",
        "call [rdi]",
        "add rsp, 16",
        "pop rbp",
        "ret",
    )
}

/// Called first by compiler-made wrappers: hands the caller's frame pointer to
/// `unwind::wrapper_entered`.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn gosub_defer_wrapper() {
    core::arch::naked_asm!("mov rdi, rbp", "jmp {entered}", entered = sym crate::unwind::wrapper_entered)
}

/// `recover()`: hands the caller's frame pointer to `unwind::recover_from`.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn gosub_recover() -> crate::abi::Iface {
    core::arch::naked_asm!("mov rdi, rbp", "jmp {recover}", recover = sym crate::unwind::recover_from)
}

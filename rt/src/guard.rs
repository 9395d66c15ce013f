//! Guarded method calls: fmt's `catchPanic` without unwinding.
//!
//! Go's fmt recovers from a panic inside a `String` / `Error` / `GoString` method and prints
//! `<nil>` (nil receiver) or `%!v(PANIC=String method: msg)`. The runtime does not unwind
//! frames one by one, so a guarded call is a small assembly routine: it saves the callee-saved
//! registers on the stack, records the stack pointer and a landing address in [`GUARD`], and
//! calls the method. If the method panics (`unwind::raise`, which nil dereferences reach too,
//! through the fault handler), control is transferred to the landing with the recorded stack
//! pointer, which restores the registers and reports failure;
//! the abandoned frames are simply dropped (Go code holds no locks; runtime memory they held
//! leaks). Guards nest: the Rust wrapper saves and restores the enclosing guard. A guard
//! belongs to the goroutine that set it: the scheduler [`save`]s the running goroutine's
//! guard when it parks and [`restore`]s the next one's. A panic inside the guarded call first
//! runs the deferred calls of frames inside it (`unwind.rs`), and reaches the guard only if
//! none of them recovers. A stack overflow is never recovered.

use crate::abi::GoString;
use crate::methods::StringMethod;
use core::cell::UnsafeCell;

/// The innermost active guard: stack pointer to restore and landing address (0: no guard), and
/// the message of the panic that ended the guarded call. The assembly writes the first two
/// fields, so their offsets (0 and 8) are fixed.
#[repr(C)]
pub struct Guard {
    /// Stack pointer after the guard routine saved its registers.
    pub stack_pointer: usize,
    /// Address of the guard routine's failure landing.
    pub landing: usize,
    /// The failure's panic message, set before jumping to the landing.
    pub message: Vec<u8>,
}

thread_local! {
    /// The calling thread's guard state (thread-local because the test harness runs tests on
    /// several threads; a compiled program has one thread).
    static GUARD: UnsafeCell<Guard> = const {
        UnsafeCell::new(Guard { stack_pointer: 0, landing: 0, message: Vec::new() })
    };
}

/// The calling thread's guard state.
pub fn state() -> &'static mut Guard {
    // SAFETY: the state lives as long as the thread; the runtime never holds two of these
    // references across a call that could create another.
    GUARD.with(|cell| unsafe { &mut *cell.get() })
}

/// Whether a guarded call is in progress.
pub fn active() -> bool {
    state().stack_pointer != 0
}

/// The running goroutine's innermost guard, `(stack pointer, landing)`, for the scheduler.
pub fn save() -> (usize, usize) {
    let guard = state();
    (guard.stack_pointer, guard.landing)
}

/// Makes `saved` (from [`save`]) the innermost guard again.
pub fn restore(saved: (usize, usize)) {
    let guard = state();
    (guard.stack_pointer, guard.landing) = saved;
}

/// Calls `method(data)`, saving callee-saved registers; `slots` (the first two fields of
/// [`Guard`]) receives the stack pointer and landing. Returns the method's result and whether the call was abandoned.
#[cfg(target_arch = "x86_64")]
unsafe fn call_with_landing(
    method: StringMethod,
    data: *mut u8,
    slots: *mut usize,
) -> (GoString, bool) {
    let ptr: usize;
    let len: usize;
    let failed: usize;
    core::arch::asm!(
        "push rbx",
        "push rbp",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "mov [{slots}], rsp",
        "lea rax, [rip + 2f]",
        "mov [{slots} + 8], rax",
        "call {method}",
        "xor ecx, ecx",
        "jmp 3f",
        "2:",
        "mov ecx, 1",
        "3:",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbp",
        "pop rbx",
        slots = in(reg) slots,
        method = in(reg) method,
        in("rdi") data,
        out("rax") ptr,
        out("rdx") len,
        out("rcx") failed,
        clobber_abi("C"),
    );
    (
        GoString {
            ptr: ptr as *const u8,
            len: len as i64,
        },
        failed != 0,
    )
}

/// Calls `method(data)`, saving callee-saved registers; `slots` (the first two fields of
/// [`Guard`]) receives the stack pointer and landing. Returns the method's result and whether the call was abandoned.
#[cfg(target_arch = "aarch64")]
unsafe fn call_with_landing(
    method: StringMethod,
    data: *mut u8,
    slots: *mut usize,
) -> (GoString, bool) {
    let ptr: usize;
    let len: usize;
    let failed: usize;
    core::arch::asm!(
        "stp x29, x30, [sp, #-16]!",
        "stp x27, x28, [sp, #-16]!",
        "stp x25, x26, [sp, #-16]!",
        "stp x23, x24, [sp, #-16]!",
        "stp x21, x22, [sp, #-16]!",
        "stp x19, x20, [sp, #-16]!",
        "stp d14, d15, [sp, #-16]!",
        "stp d12, d13, [sp, #-16]!",
        "stp d10, d11, [sp, #-16]!",
        "stp d8, d9, [sp, #-16]!",
        "mov x9, sp",
        "str x9, [{slots}]",
        "adr x9, 2f",
        "str x9, [{slots}, #8]",
        "blr {method}",
        "mov x2, #0",
        "b 3f",
        "2:",
        "mov x2, #1",
        "3:",
        "ldp d8, d9, [sp], #16",
        "ldp d10, d11, [sp], #16",
        "ldp d12, d13, [sp], #16",
        "ldp d14, d15, [sp], #16",
        "ldp x19, x20, [sp], #16",
        "ldp x21, x22, [sp], #16",
        "ldp x23, x24, [sp], #16",
        "ldp x25, x26, [sp], #16",
        "ldp x27, x28, [sp], #16",
        "ldp x29, x30, [sp], #16",
        slots = in(reg) slots,
        method = in(reg) method,
        inlateout("x0") data => ptr,
        out("x9") _,
        lateout("x1") len,
        out("x2") failed,
        clobber_abi("C"),
    );
    (
        GoString {
            ptr: ptr as *const u8,
            len: len as i64,
        },
        failed != 0,
    )
}

/// Jumps to the innermost guard's landing (after a panic inside the guarded call).
#[cfg(target_arch = "x86_64")]
unsafe fn jump_to_landing(stack_pointer: usize, landing: usize) -> ! {
    core::arch::asm!("mov rsp, {sp}", "jmp {landing}", sp = in(reg) stack_pointer, landing = in(reg) landing, options(noreturn));
}

/// Jumps to the innermost guard's landing (after a panic inside the guarded call).
#[cfg(target_arch = "aarch64")]
unsafe fn jump_to_landing(stack_pointer: usize, landing: usize) -> ! {
    core::arch::asm!("mov sp, {sp}", "br {landing}", sp = in(reg) stack_pointer, landing = in(reg) landing, options(noreturn));
}

/// Calls a `func() string` method; `Err(message)` if it panicked or faulted.
pub unsafe fn call(method: StringMethod, data: *mut u8) -> Result<Vec<u8>, Vec<u8>> {
    let guard = state();
    let enclosing = (guard.stack_pointer, guard.landing);
    let (result, failed) = call_with_landing(method, data, &mut guard.stack_pointer);
    let guard = state();
    (guard.stack_pointer, guard.landing) = enclosing;
    if failed {
        Err(core::mem::take(&mut guard.message))
    } else {
        Ok(result.as_bytes().to_vec())
    }
}

/// Ends the innermost guarded call with a panic `message` (requires [`active`]).
pub unsafe fn abandon(message: Vec<u8>) -> ! {
    let guard = state();
    guard.message = message;
    jump_to_landing(guard.stack_pointer, guard.landing)
}

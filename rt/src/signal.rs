//! Turning memory faults into gc's reports and panics.
//!
//! A handler for SIGSEGV and SIGBUS runs on an alternate signal stack (so it also works when the
//! fault is a stack overflow). It reads the fault address, the signal code and the faulting pc,
//! and acts like gc's `sighandler` / `sigpanic`:
//! - an address in the running stack's guard region (the main goroutine's or any other's:
//!   `stack.rs`): `fatal error: stack overflow`, not recoverable;
//! - an address below 4096 (a nil pointer plus a small offset): a nil-dereference panic. The
//!   handler cannot unwind from the signal stack, so it makes the interrupted context *call*
//!   [`sigpanic`]: it pushes the faulting pc as a return address on the faulting stack (below
//!   any red zone), points the pc at `sigpanic` and returns; the kernel's `sigreturn` then
//!   resumes there, with the signal mask and alternate stack restored. `sigpanic` records the
//!   fault for the report's `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0
//!   pc=0x...]` line and raises the panic like any other, so deferred calls run and `recover`
//!   works. The backend must check explicitly (as gc does) before accessing a nil pointer at an
//!   offset >= 4096;
//! - anything else: `unexpected fault address` + `fatal error: fault`.

use crate::panic::die;
use crate::panic_message::signal_line;
use crate::print::push_hex;
use core::cell::Cell;

/// Size of the alternate signal stack.
const SIGNAL_STACK_SIZE: usize = 64 * 1024;
/// Faults below this address are nil dereferences (gc's threshold).
const NIL_FAULT_LIMIT: u64 = 0x1000;
/// Bytes below the faulting stack pointer left alone when redirecting to `sigpanic` (the
/// x86-64 red zone).
const RED_ZONE: usize = 128;

thread_local! {
    /// The last nil-dereference fault (signal, code, address, pc), for `sigpanic`.
    static PENDING_FAULT: Cell<[u64; 4]> = const { Cell::new([0; 4]) };
}

/// The faulting instruction's address, from the signal context.
unsafe fn fault_pc(context: *mut libc::c_void) -> u64 {
    let context = context as *const libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    return (*context).uc_mcontext.gregs[libc::REG_RIP as usize] as u64;
    #[cfg(target_arch = "aarch64")]
    return (*context).uc_mcontext.pc;
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    return 0;
}

/// The fatal report for a fault at `address` that is not a nil dereference: a stack overflow
/// when it hit the guard region, else gc's `unexpected fault address`.
pub fn fault_report(signal: i32, code: i64, address: u64, pc: u64) -> Vec<u8> {
    let traceback = crate::panic::traceback(crate::sched::current_id(), "running");
    if crate::stack::is_guard_fault(address as usize) {
        let mut out = b"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n".to_vec();
        out.extend_from_slice(&traceback);
        return out;
    }
    let mut out = b"unexpected fault address ".to_vec();
    push_hex(&mut out, address);
    out.extend_from_slice(b"\nfatal error: fault\n");
    out.extend_from_slice(&signal_line(signal, code, address, pc));
    out.push(b'\n');
    out.extend_from_slice(&traceback);
    out
}

/// Makes the interrupted context call `sigpanic` as if from the faulting instruction.
unsafe fn redirect_to_sigpanic(context: *mut libc::c_void) {
    let context = context as *mut libc::ucontext_t;
    let target = sigpanic as *const () as usize;
    #[cfg(target_arch = "x86_64")]
    {
        let registers = &mut (*context).uc_mcontext.gregs;
        let sp = registers[libc::REG_RSP as usize] as usize;
        let return_address = ((sp - RED_ZONE) & !15) - 8;
        *(return_address as *mut i64) = registers[libc::REG_RIP as usize];
        registers[libc::REG_RSP as usize] = return_address as i64;
        registers[libc::REG_RIP as usize] = target as i64;
    }
    #[cfg(target_arch = "aarch64")]
    {
        let machine = &mut (*context).uc_mcontext;
        machine.regs[30] = machine.pc;
        machine.sp = (machine.sp - RED_ZONE as u64) & !15;
        machine.pc = target as u64;
    }
}

/// Entered, through a context redirected by the fault handler, on the stack that faulted:
/// raises the nil-dereference panic.
extern "C" fn sigpanic() -> ! {
    // SAFETY: the running goroutine's record, outside the signal handler.
    unsafe { (*crate::sched::current()).signal = Some(PENDING_FAULT.get()) };
    crate::panic::fail_nil_dereference()
}

/// The SIGSEGV / SIGBUS handler.
extern "C" fn on_fault(signal: i32, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers to an SA_SIGINFO handler.
    let (code, address, pc) = unsafe {
        (
            (*info).si_code as i64,
            (*info).si_addr() as u64,
            fault_pc(context),
        )
    };
    if address < NIL_FAULT_LIMIT && !crate::stack::is_guard_fault(address as usize) {
        PENDING_FAULT.set([signal as u64, code as u64, address, pc]);
        // SAFETY: the context belongs to this thread's interrupted Go code, whose stack is
        // usable (the fault was not an overflow).
        unsafe { redirect_to_sigpanic(context) };
        return;
    }
    die(&fault_report(signal, code, address, pc))
}

/// Installs the fault handler on a freshly allocated alternate signal stack.
pub fn install() {
    // SAFETY: plain system calls with valid, fully initialised arguments; the alternate stack is
    // never freed.
    unsafe {
        let stack_memory = libc::mmap(
            core::ptr::null_mut(),
            SIGNAL_STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if stack_memory != libc::MAP_FAILED {
            let stack = libc::stack_t {
                ss_sp: stack_memory,
                ss_flags: 0,
                ss_size: SIGNAL_STACK_SIZE,
            };
            libc::sigaltstack(&stack, core::ptr::null_mut());
        }
        let mut action: libc::sigaction = core::mem::zeroed();
        action.sa_sigaction = on_fault as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGSEGV, &action, core::ptr::null_mut());
        libc::sigaction(libc::SIGBUS, &action, core::ptr::null_mut());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wild_fault_is_a_fatal_error() {
        let text = String::from_utf8(fault_report(libc::SIGBUS, 2, 0xdead0000, 0x1234)).unwrap();
        assert!(text.starts_with(
            "unexpected fault address 0xdead0000\nfatal error: fault\n\
             [signal SIGBUS: bus error code=0x2 addr=0xdead0000 pc=0x1234]\n"
        ));
    }
}

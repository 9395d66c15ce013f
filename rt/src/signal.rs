//! Turning memory faults into gc's reports.
//!
//! A handler for SIGSEGV and SIGBUS runs on an alternate signal stack (so it also works when the
//! fault is a stack overflow). It reads the fault address, the signal code and the faulting pc,
//! and reports, like gc's `sigpanic`:
//! - an address in the Go stack's guard region: `fatal error: stack overflow`;
//! - an address below 4096 (a nil pointer plus a small offset): the nil-dereference panic with
//!   the `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]` line. The backend
//!   must check explicitly (as gc does) before accessing a nil pointer at an offset >= 4096;
//! - anything else: `unexpected fault address` + `fatal error: fault`.

use crate::panic::{die, report, TRACEBACK};
use crate::panic_message::{signal_line, NIL_DEREFERENCE};
use crate::print::push_hex;

/// Size of the alternate signal stack.
const SIGNAL_STACK_SIZE: usize = 64 * 1024;
/// Faults below this address are nil dereferences (gc's threshold).
const NIL_FAULT_LIMIT: u64 = 0x1000;

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

/// The report for a fault at `address`.
pub fn fault_report(signal: i32, code: i64, address: u64, pc: u64) -> Vec<u8> {
    let line = signal_line(signal, code, address, pc);
    if crate::stack::is_guard_fault(address as usize) {
        let mut out = b"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n".to_vec();
        out.extend_from_slice(TRACEBACK);
        return out;
    }
    if address < NIL_FAULT_LIMIT {
        return report(NIL_DEREFERENCE, Some(&line));
    }
    let mut out = b"unexpected fault address ".to_vec();
    push_hex(&mut out, address);
    out.extend_from_slice(b"\nfatal error: fault\n");
    out.extend_from_slice(&line);
    out.push(b'\n');
    out.extend_from_slice(TRACEBACK);
    out
}

/// Makes the interrupted code resume at the guard's landing with the guard's stack pointer.
unsafe fn resume_at_landing(context: *mut libc::c_void, stack_pointer: usize, landing: usize) {
    let context = context as *mut libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    {
        (*context).uc_mcontext.gregs[libc::REG_RSP as usize] = stack_pointer as i64;
        (*context).uc_mcontext.gregs[libc::REG_RIP as usize] = landing as i64;
    }
    #[cfg(target_arch = "aarch64")]
    {
        (*context).uc_mcontext.sp = stack_pointer as u64;
        (*context).uc_mcontext.pc = landing as u64;
    }
}

/// The SIGSEGV / SIGBUS handler. A nil dereference inside a guarded method call (see
/// `guard.rs`) abandons that call instead of ending the program.
extern "C" fn on_fault(signal: i32, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers to an SA_SIGINFO handler.
    let (code, address, pc) = unsafe {
        (
            (*info).si_code as i64,
            (*info).si_addr() as u64,
            fault_pc(context),
        )
    };
    if crate::guard::active() && address < NIL_FAULT_LIMIT {
        let guard = crate::guard::state();
        guard.message = NIL_DEREFERENCE.to_vec();
        // SAFETY: the guard's stack pointer and landing belong to a call still in progress.
        unsafe { resume_at_landing(context, guard.stack_pointer, guard.landing) };
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
    fn nil_fault_report_matches_gc_shape() {
        let text = String::from_utf8(fault_report(libc::SIGSEGV, 1, 0, 0x49bcaa)).unwrap();
        assert_eq!(
            text,
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49bcaa]\n\n\
             goroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"
        );
    }

    #[test]
    fn wild_fault_is_a_fatal_error() {
        let text = String::from_utf8(fault_report(libc::SIGBUS, 2, 0xdead0000, 0x1234)).unwrap();
        assert!(text.starts_with(
            "unexpected fault address 0xdead0000\nfatal error: fault\n\
             [signal SIGBUS: bus error code=0x2 addr=0xdead0000 pc=0x1234]\n"
        ));
    }
}

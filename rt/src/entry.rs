//! The process entry point and exit.
//!
//! The C `main` records the command-line arguments (read back by `gosub_os_args` for
//! `os.Args`), installs the fault handler, runs `__gosub_main` (package initialisation, then
//! `main.main`, emitted by the backend) on the large Go stack, flushes standard output and
//! returns 0. `gosub_exit` is `os.Exit`: it flushes and exits immediately.

use crate::abi::{GoSlice, GoString};
use core::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

/// `argc` as given to `main`.
static ARG_COUNT: AtomicUsize = AtomicUsize::new(0);
/// `argv` as given to `main`.
static ARG_VECTOR: AtomicPtr<*const u8> = AtomicPtr::new(core::ptr::null_mut());

#[cfg(not(test))]
extern "C" {
    fn __gosub_main();
}

/// The C entry point of every compiled Go program.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(argc: i32, argv: *const *const u8) -> i32 {
    ARG_COUNT.store(argc.max(0) as usize, Ordering::Relaxed);
    ARG_VECTOR.store(argv as *mut *const u8, Ordering::Relaxed);
    crate::signal::install();
    // SAFETY: __gosub_main is the program, emitted by the backend with the C convention.
    unsafe { crate::stack::run_program(__gosub_main) };
    crate::output::flush_stdout();
    0
}

/// `os.Exit(code)`: flushes standard output and ends the process.
#[no_mangle]
pub extern "C" fn gosub_exit(code: i64) -> ! {
    crate::output::flush_stdout();
    // SAFETY: _exit ends the process.
    unsafe { libc::_exit(code as i32) }
}

/// `os.Args`: writes a new `[]string` of the command-line arguments to `*out`.
#[no_mangle]
pub unsafe extern "C" fn gosub_os_args(out: *mut GoSlice) {
    let count = ARG_COUNT.load(Ordering::Relaxed);
    let vector = ARG_VECTOR.load(Ordering::Relaxed);
    let strings = crate::alloc::gosub_alloc((count * 16) as u64, 8, 1) as *mut GoString;
    for index in 0..count {
        let argument = *vector.add(index);
        let len = libc::strlen(argument.cast());
        *strings.add(index) =
            crate::alloc::alloc_string(core::slice::from_raw_parts(argument, len));
    }
    out.write(GoSlice {
        ptr: strings.cast(),
        len: count as i64,
        cap: count as i64,
    });
}

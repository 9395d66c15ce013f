//! Process output: buffered standard output and unbuffered standard error.
//!
//! Go's `os.Stdout` is unbuffered, but a write system call per `fmt.Println` would make output-heavy
//! programs slow, so the runtime collects standard output in one large static buffer. The buffer is
//! written out when it fills, at normal exit, in `gosub_exit`, and before anything goes to standard
//! error (builtin `print`, panic messages), so the interleaving seen on a terminal matches gc's.
//! The program is single-threaded; the buffer is a plain static guarded by that assumption.

use core::cell::UnsafeCell;

/// Size of the standard output buffer in bytes.
const STDOUT_BUFFER_SIZE: usize = 64 * 1024;

/// The standard output buffer and its fill level.
struct StdoutBuffer {
    bytes: UnsafeCell<[u8; STDOUT_BUFFER_SIZE]>,
    len: UnsafeCell<usize>,
}

// SAFETY: compiled Go programs run on one thread; the runtime never shares the buffer.
unsafe impl Sync for StdoutBuffer {}

static STDOUT: StdoutBuffer = StdoutBuffer {
    bytes: UnsafeCell::new([0; STDOUT_BUFFER_SIZE]),
    len: UnsafeCell::new(0),
};

/// Writes all of `bytes` to file descriptor `fd`, retrying on short writes and `EINTR`.
pub fn write_fd(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: the pointer and length describe a live slice.
        let written = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if written < 0 {
            // SAFETY: reading errno right after the failed call.
            if unsafe { *libc::__errno_location() } == libc::EINTR {
                continue;
            }
            return;
        }
        bytes = &bytes[written as usize..];
    }
}

/// Appends `bytes` to the standard output buffer, writing the buffer out when it fills.
pub fn write_stdout(bytes: &[u8]) {
    // SAFETY: single-threaded access to the static buffer (see the module comment).
    unsafe {
        let len = &mut *STDOUT.len.get();
        let buffer = &mut *STDOUT.bytes.get();
        if *len + bytes.len() > STDOUT_BUFFER_SIZE {
            write_fd(1, &buffer[..*len]);
            *len = 0;
            if bytes.len() >= STDOUT_BUFFER_SIZE {
                write_fd(1, bytes);
                return;
            }
        }
        buffer[*len..*len + bytes.len()].copy_from_slice(bytes);
        *len += bytes.len();
    }
}

/// Writes any buffered standard output.
pub fn flush_stdout() {
    // SAFETY: single-threaded access to the static buffer (see the module comment).
    unsafe {
        let len = &mut *STDOUT.len.get();
        if *len > 0 {
            let buffer = &*STDOUT.bytes.get();
            write_fd(1, &buffer[..*len]);
            *len = 0;
        }
    }
}

/// Writes `bytes` to standard error immediately, after flushing standard output.
pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    write_fd(2, bytes);
}

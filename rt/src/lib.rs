//! The gosub runtime, linked as a static library into every compiled Go program.
//!
//! Compiled code calls into this library with the platform C calling convention (System V on
//! x86-64, AAPCS64 on AArch64). Values cross the boundary in the layouts of [`abi`]: strings as
//! `(ptr, len)` pairs, interfaces as `(tab, data)` pairs, and 16-byte results (`GoString`,
//! `(i64, i64)`) in two return registers. Results larger than 16 bytes (slices) are written
//! through an explicit out-pointer argument, never returned by value.
//!
//! The library owns the process entry point: its C `main` records the arguments, installs the
//! signal handler that turns a nil dereference into Go's panic, calls `__gosub_main` (emitted by
//! the backend: package initialisation, then `main.main`), flushes standard output and exits 0.
//!
//! # Exported symbols (the contract with the backend)
//!
//! Program: `main` (the C entry point: records the arguments, installs the fault handler, runs
//! `__gosub_main` on a 1 GiB Go stack, flushes standard output, returns 0), `gosub_exit(code: i64)
//! -> !` (`os.Exit`: flushes, exits), `gosub_os_args(out: *mut GoSlice)` (`os.Args` as a new
//! `[]string`).
//!
//! Memory: `gosub_alloc(size: u64, align: u64, has_pointers: u64) -> *mut u8` (zeroed; counted in
//! the memory statistics; size 0 returns one shared address), `gosub_read_memstats(out: *mut
//! MemStats)` (`MemStats` has `runtime.MemStats`' exact layout, 5776 bytes),
//! `gosub_roundupsize(size: u64, has_pointers: u64) -> u64` (gc's size-class rounding, for
//! `append` growth so that `cap` matches gc).
//!
//! Builtin `print`/`println` (standard error, gc's formats): `gosub_print_bool(u8)`,
//! `gosub_print_int(i64)`, `gosub_print_uint(u64)`, `gosub_print_float(f64)`,
//! `gosub_print_float32(f32)`, `gosub_print_complex(re: f64, im: f64)`,
//! `gosub_print_complex64(re: f32, im: f32)`, `gosub_print_string(ptr, len)`,
//! `gosub_print_pointer(p)`, `gosub_print_iface(tab, data)`, `gosub_print_slice(ptr, len, cap)`,
//! `gosub_print_space()`, `gosub_print_newline()`. Floats print as Go 1.27 does: shortest `%g`
//! (`1.5`, `1e+21`, `NaN`, `+Inf`), float32 with 32-bit shortest digits.
//!
//! fmt (standard output, buffered until exit, panic, `os.Exit` or a write to standard error):
//! `gosub_fmt_print(args, n) -> i64`, `gosub_fmt_println(args, n) -> i64`,
//! `gosub_fmt_printf(fptr, flen, args, n) -> i64`, `gosub_fmt_sprint(args, n) -> GoString`,
//! `gosub_fmt_sprintln(args, n) -> GoString`, `gosub_fmt_sprintf(fptr, flen, args, n) ->
//! GoString`; `args` points to `n` [`abi::Iface`]s whose type words are `TypeDesc`s.
//!
//! Strings: `gosub_concat(buf, bufcap, parts: *const GoString, n) -> GoString`,
//! `gosub_string_compare(ap, al, bp, bl) -> i64`, `gosub_string_equal(ap, al, bp, bl) -> u8`,
//! `gosub_string_from_rune(buf, r: i64) -> GoString` (`buf` null or 4 bytes),
//! `gosub_string_from_bytes(buf, bufcap, ptr, len) -> GoString`, `gosub_string_from_runes(buf,
//! bufcap, ptr, len) -> GoString`, `gosub_bytes_from_string(out: *mut GoSlice, buf, bufcap, ptr,
//! len)`, `gosub_runes_from_string(out: *mut GoSlice, buf, bufcap, ptr, len)` (`bufcap` in bytes,
//! 4 per rune), `gosub_decode_rune(ptr, len, index) -> (rune: i64, next_index: i64)`. A non-null
//! `buf` is a stack buffer of `bufcap` bytes the compiler proved does not escape; the runtime
//! uses it when the result fits and allocates otherwise.
//!
//! Panics (print Go's message to standard error after flushing standard output, exit status 2):
//! `gosub_panic_index(i, len)`, `gosub_panic_slice_alen(hi, len)`, `gosub_panic_slice_acap(hi,
//! cap)`, `gosub_panic_slice_b(lo, hi)`, `gosub_panic_slice3_alen(max, len)`,
//! `gosub_panic_slice3_acap(max, cap)`, `gosub_panic_slice3_b(hi, max)`, `gosub_panic_slice3_c(lo,
//! hi)`, `gosub_panic_slice_convert(len, want)`, `gosub_panic_divide()`, `gosub_panic_nil()`,
//! `gosub_panic_shift()`, `gosub_panic_runtime_error(ptr, len)` (`runtime error: ` + message),
//! `gosub_panic_plain(ptr, len)` (message as is, e.g. `assignment to entry in nil map`),
//! `gosub_panic_value(tab, data)` (the builtin `panic`), `gosub_panic_assert(have, want, iface)`
//! (a failed type assertion; `have` null for a nil interface, `iface` the static interface type).
//!
//! Descriptor conventions the runtime relies on: `TypeDesc::name` is what `%T` prints (`int`,
//! `[]uint8` for `[]byte`, `interface {}` for `any`, `main.T`, `*main.T`); a method qualifies as
//! `Error` / `String` / `GoString` when its `sig` descriptor is named `func() string`; method
//! entry points must not write through a non-pointer receiver's data word.

#![allow(clippy::missing_safety_doc)]

pub mod abi;
pub mod alloc;
pub mod entry;
pub mod equal;
pub mod fmt;
pub mod gc;
pub mod ftoa;
pub mod guard;
pub mod hash;
pub mod itab;
pub mod map;
pub mod memstats;
pub mod methods;
pub mod output;
pub mod panic;
pub mod panic_message;
pub mod print;
pub mod signal;
pub mod sizeclass;
pub mod slice;
pub mod stack;
pub mod strings;
pub mod utf8;

#[cfg(test)]
mod testdesc;
#[cfg(test)]
mod testtypes;

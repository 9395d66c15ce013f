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
//! The program runs on one thread; goroutines are coroutines on it (`sched/`).
//!
//! # Exported symbols (the contract with the backend)
//!
//! Program: `main` (the C entry point: records the arguments, installs the fault handler, runs
//! `__gosub_main` on a 1 GiB Go stack, flushes standard output, returns 0), `gosub_exit(code: i64)
//! -> !` (`os.Exit`: flushes, exits), `gosub_os_args(out: *mut GoSlice)` (`os.Args` as a new
//! `[]string`).
//!
//! Memory: `gosub_alloc(size: u64, align: u64, has_pointers: u64) -> *mut u8` (zeroed, at least
//! 8-byte aligned, which covers every Go type; counted in the memory statistics; may collect
//! garbage first; size 0 returns one shared address), `gosub_gc()` (`runtime.GC()`),
//! `gosub_read_memstats(out: *mut MemStats)` (`MemStats` has `runtime.MemStats`' exact layout,
//! 5776 bytes), `gosub_roundupsize(size: u64, has_pointers: u64) -> u64` (gc's size-class
//! rounding).
//!
//! Garbage collection (`gc/`): stop-the-world, conservative mark-sweep. Roots are the
//! callee-saved registers and the stack from the runtime's entry frame to the top of the running
//! goroutine's stack, every suspended goroutine's stack from its saved stack pointer (its
//! registers are saved there), and the ELF section `gosub_globals` (between `__start_gosub_globals` and
//! `__stop_gosub_globals`, weak), where the backend places every Go global. Any word pointing
//! into an object (interior pointers included) keeps it alive; objects allocated with
//! `has_pointers == 0` are never scanned, so they must not hold the only reference to anything.
//! Pacing as gc's GOGC (environment variable; `off` disables).
//!
//! Slices: `gosub_growslice(out: *mut GoSlice, old_ptr, old_len: i64, old_cap: i64, new_len:
//! i64, elem_size: i64, has_pointers: i64, buf: *mut u8)` (`append` beyond the capacity: gc's
//! growth and size-class rounding; writes `{ptr, old_len, new_cap}`; a non-null `buf` is a 32-byte
//! stack buffer used, with capacity `32 / elem_size`, when the old length is 0, the old array is
//! not `buf` and the new length fits).
//!
//! Equality and interfaces: `gosub_iface_equal(t1: *const TypeDesc, d1, t2: *const TypeDesc,
//! d2) -> u8` (dynamic types already taken out of itabs; panics for an uncomparable dynamic
//! type), `gosub_value_equal(t: *const TypeDesc, a: *const u8, b: *const u8) -> u8` (two values
//! of type `t` in memory), `gosub_assert_iface(typ: *const TypeDesc, want: *const TypeDesc) ->
//! *const u8` (`x.(I)`: null on failure, else the type word: `typ` for a method-less `want`, an
//! itab built once per pair otherwise; runtime itabs are not the backend's static ones, so itab
//! words must never be compared for identity).
//!
//! Maps (`map/`; a map value is a pointer to a zeroed `abi::MAP_HEADER_BYTES` = 48-byte header
//! whose first word is `len(m)`, or null): `gosub_map_init(hdr: *mut u8, map_type: *const
//! TypeDesc, hint: i64)`, `gosub_map_init_buf(hdr, map_type, hint, buf: *mut u8, buf_len: i64)`
//! (a non-escaping map whose first one-group table starts in the caller's frame buffer),
//! `gosub_map_new(map_type, hint) -> *mut u8` (a heap header, initialised),
//! `gosub_map_access(hdr, key: *const u8) -> *const u8` (the value, or null if absent or nil),
//! `gosub_map_assign(hdr, key) -> *mut u8` (the value slot, zeroed when new; nil map panics),
//! `gosub_map_delete(hdr, key)`, `gosub_map_clear(hdr)`, `gosub_map_iter_init(it: *mut u8, hdr)`
//! and `gosub_map_iter_next(it) -> u8` (`it`: `abi::MAP_ITER_BYTES` = 64 bytes owned by the
//! compiler; after a 1 the key pointer is at `it + 0` and the value pointer at `it + 8`). Value
//! pointers stay valid until the next assignment to the map.
//!
//! Interface boxes: `gosub_box_word(value: u64, size: u64) -> *mut u8` (a read-only box of an
//! integer: shared static memory for values below 256, like gc's `staticuint64s`).
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
//! GoString`; `args` points to `n` [`abi::Iface`]s whose type words are `TypeDesc`s. Maps print
//! with their keys sorted as Go's `internal/fmtsort` sorts them.
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
//! Goroutines (`sched/`: N:1 cooperative green threads on the program's thread, each on a
//! 64 MiB `MAP_NORESERVE` stack with a guard region; switching only when a goroutine blocks or
//! exits; gc's deadlock report when all are blocked): `gosub_go(closure)` (`go f(x)`: `closure`
//! points to a closure object whose first word is code taking the closure, no arguments, no
//! results; the goroutine runs FIFO after the current one blocks). When `main.main` returns
//! the program exits, whatever the other goroutines do.
//!
//! Channels (`chan/`): `gosub_chan_make(chan_type: *const TypeDesc, size: i64) -> *mut u8`
//! (`make(chan T, size)`; `chan_type.elem` is `T`), `gosub_chan_send(ch, value: *const u8)`,
//! `gosub_chan_recv(ch, buf: *mut u8) -> u8` (ok; the zero value once closed and drained),
//! `gosub_chan_close(ch)`, `gosub_chan_len(ch) -> i64`, `gosub_chan_cap(ch) -> i64`, and
//! `gosub_select(cases: *const SelectCase, n: i64, has_default: i64) -> SelectResult` with
//! `SelectCase { ch, is_send: i64, elem }` (24 bytes: the value to send or the zeroed buffer to
//! receive into) and `SelectResult { chosen: i64, recv_ok: i64 }` in two registers (`chosen`
//! -1 for `default`; uniformly random among ready cases). Element values cross by address.
//!
//! defer, panic, recover (`unwind.rs`, `arch/`): a function containing `defer` zeroes a defer
//! frame of `abi::DEFER_FRAME_BYTES` = 256 bytes and calls `gosub_run_deferring(body, frame)`
//! (`body` a closure running its statements); inside, `gosub_defer_push(frame, closure)`
//! (`defer`), `gosub_run_defers(frame)` (before each return of the body: runs the deferred
//! closures LIFO while the body's frame is alive) and `gosub_recover() -> Iface` (`recover()`;
//! nil unless called by a deferred function during a panic) and `gosub_defer_wrapper()` (first
//! call of a compiler-made wrapper, which `recover` then looks through). A panic runs the deferred calls
//! of the goroutine's active frames innermost first; when one recovers, that frame's
//! `gosub_run_deferring` returns normally. Compiled code must keep frame pointers (`recover`
//! checks its caller's frame chain).
//!
//! Library functions (`errors.rs`): `gosub_errors_new(ptr, len) -> Iface` (an `error` of
//! dynamic type `*errors.errorString`), `gosub_fmt_errorf(fptr, flen, args, n) -> Iface`
//! (`*fmt.wrapError` / `*fmt.wrapErrors` when the format has `%w`), for inlined calls
//! `gosub_errors_string_itab() -> *const Itab` and `gosub_fmt_errorf_formatted(fptr, flen, args,
//! n) -> Iface` (nil when there is nothing to format), `gosub_strconv_itoa(i: i64)
//! -> GoString` (allocation-free for 0..99). Runtime-made values have the runtime's own
//! descriptors (`builtin_types.rs`), which satisfy a program's `error` interface.
//!
//! Panics (print Go's message to standard error after flushing standard output, exit status 2):
//! `gosub_panic_index(i, len)`, `gosub_panic_slice_alen(hi, len)`, `gosub_panic_slice_acap(hi,
//! cap)`, `gosub_panic_slice_b(lo, hi)`, `gosub_panic_slice3_alen(max, len)`,
//! `gosub_panic_slice3_acap(max, cap)`, `gosub_panic_slice3_b(hi, max)`, `gosub_panic_slice3_c(lo,
//! hi)`, `gosub_panic_slice_convert(len, want)`, `gosub_panic_divide()`, `gosub_panic_nil()`,
//! `gosub_panic_shift()`, `gosub_panic_runtime_error(ptr, len)` (`runtime error: ` + message),
//! `gosub_panic_plain(ptr, len)` (message as is, e.g. `assignment to entry in nil map`),
//! `gosub_panic_value(tab, data)` (the builtin `panic`), `gosub_panic_assert(have, want, iface)`
//! (a failed type assertion; `have` null for a nil interface, `iface` the static interface type;
//! for an interface `want`, names the first missing method), `gosub_panic_makeslice()`
//! (`runtime error: makeslice: len out of range`), `gosub_panic_makeslice_cap()` (`... cap out of
//! range`). Each panics with the value gc would (`runtime.boundsError`, `runtime.errorString`,
//! `runtime.plainError`, `*runtime.TypeAssertionError`), so `recover()` returns it; a panic no
//! deferred call recovers prints gc's report (the chain of panics, `[recovered]`, the
//! `[signal ...]` line of a nil dereference, a placeholder traceback) and exits with status 2.
//!
//! Package `testing` (`bench.rs`; `t`/`b` are `*testing.T`/`*testing.B` handles, `site` the
//! call's `file:line`): `gosub_bench_reset_timer(b)`, `gosub_bench_start_timer(b)`,
//! `gosub_bench_stop_timer(b)`, `gosub_bench_report_allocs(b)`, `gosub_bench_set_bytes(b, n)`,
//! `gosub_bench_loop(b) -> u8`; for both `t` and `b`: `gosub_testing_{log,error,fatal,skip}(t,
//! site: GoString, args, n)`, `gosub_testing_{logf,errorf,fatalf,skipf}(t, site, fptr, flen,
//! args, n)`, `gosub_testing_{fail,fail_now,skip_now,helper}(t)`, `gosub_testing_failed(t) ->
//! u8`, `gosub_testing_skipped(t) -> u8`, `gosub_testing_name(t) -> GoString`; the harness
//! `gosub test`'s entry calls: `gosub_test_start(pkg: GoString, bench_time_ns, bench_n,
//! benchmem, count, width, bench_requested)`, `gosub_test_run(name: GoString, func)`,
//! `gosub_bench_run(name: GoString, func)` (`func` a Go func value), `gosub_test_end()`.
//!
//! Descriptor conventions the runtime relies on: `TypeDesc::name` is what `%T` prints (`int`,
//! `[]uint8` for `[]byte`, `interface {}` for `any`, `main.T`, `*main.T`); a method qualifies as
//! `Error` / `String` / `GoString` when its `sig` descriptor is named `func() string`; method
//! entry points must not write through a non-pointer receiver's data word; one descriptor per
//! type, so descriptor addresses are type identity (equality, hashing and itab lookup rely on
//! it, and a method matches an interface method when names and `sig` descriptors are equal);
//! `FLAG_COMPARABLE` is set exactly on types `==` accepts; a map descriptor has `key` and `elem`
//! (the value type).

#![allow(clippy::missing_safety_doc)]

pub mod abi;
pub mod alloc;
pub mod arch;
pub mod bench;
pub mod boxes;
pub mod builtin_types;
pub mod chan;
pub mod entry;
pub mod equal;
pub mod errors;
pub mod fmt;
pub mod ftoa;
pub mod gc;
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
pub mod sched;
pub mod signal;
pub mod sizeclass;
pub mod slice;
pub mod stack;
pub mod strings;
pub mod unwind;
pub mod utf8;

#[cfg(test)]
mod testdesc;
#[cfg(test)]
mod testgo;
#[cfg(test)]
mod testtypes;

//! Package fmt's printing functions, driven by runtime type descriptors.
//!
//! Compiled code passes the operands as an array of empty interfaces (`abi::Iface`, the type
//! word being a `TypeDesc`). A [`Printer`] walks the format like Go's `doPrintf` (flags, `*`
//! and explicit argument indexes, error strings such as `%!d(string=hi)`, `%!d(MISSING)`,
//! `%!(EXTRA int=1)`, `%!(NOVERB)`, `%!(BADWIDTH)`), or lays out operands like `doPrint` /
//! `doPrintln`. Values are formatted by `value.rs`, numbers and strings by `format.rs`, quoting
//! by `quote.rs`. Output goes to the buffered standard output or, for the `Sprint` family, to a
//! new pointer-free Go string. Like Go's printer pool, one printer per thread is kept between
//! calls so that its buffers are reused.
//!
//! For `fmt.Errorf` (`errors.rs`) the printer also accepts `%w` with an error operand
//! (formatted like `%v`) and records which operands it wrapped.
//!
//! Methods run under a guard (`guard.rs`), so a panicking `String` method prints `<nil>` or
//! `%!v(PANIC=String method: ...)` as in Go. Maps print with their keys sorted as Go's
//! `internal/fmtsort` sorts them (`map.rs`). Not supported: the `Formatter` interface (custom
//! `Format` methods).

mod format;
#[cfg(test)]
mod go_cases;
mod isprint_table;
mod map;
mod quote;
#[cfg(test)]
mod tests;
mod value;

use crate::abi::{GoString, Iface, TypeDesc};
use format::Flags;
use value::Value;

/// Formatting state for one call: the output buffer and the current directive's flags.
pub struct Printer {
    /// The formatted output so far.
    pub buf: Vec<u8>,
    /// Flags, width and precision of the directive being formatted.
    flags: Flags,
    /// Set while printing a bad-verb explanation, so that methods are not called.
    erroring: bool,
    /// Reused space for building one number.
    scratch: Vec<u8>,
    /// Set for `fmt.Errorf`, where `%w` formats an error operand like `%v`.
    wrap_errs: bool,
    /// The argument numbers of the `%w` directives formatted so far (`fmt.Errorf`).
    wrapped_errs: Vec<usize>,
    /// Whether the format used explicit argument indexes.
    reordered: bool,
}

/// Largest width or precision accepted (larger ones count as missing, as in Go).
const MAX_WIDTH: i64 = 1_000_000;
/// Printers whose buffer grew beyond this many bytes are not kept for reuse.
const MAX_CACHED_CAPACITY: usize = 64 * 1024;

thread_local! {
    /// A printer kept between calls so that its buffers are reused (Go's `ppFree` pool).
    static CACHED_PRINTER: core::cell::Cell<Option<Printer>> = const { core::cell::Cell::new(None) };
}

/// Runs `work` with a cleared printer, reusing the cached one when it is free (nested calls,
/// from a `String` method, get a fresh one).
fn with_printer<R>(work: impl FnOnce(&mut Printer) -> R) -> R {
    let mut printer = CACHED_PRINTER.take().unwrap_or_default();
    printer.buf.clear();
    printer.flags = Flags::default();
    printer.erroring = false;
    printer.wrap_errs = false;
    printer.wrapped_errs.clear();
    printer.reordered = false;
    let result = work(&mut printer);
    if printer.buf.capacity() <= MAX_CACHED_CAPACITY {
        CACHED_PRINTER.set(Some(printer));
    }
    result
}

impl Printer {
    /// A printer with an empty buffer.
    pub fn new() -> Printer {
        Printer {
            buf: Vec::with_capacity(64),
            flags: Flags::default(),
            erroring: false,
            scratch: Vec::new(),
            wrap_errs: false,
            wrapped_errs: Vec::new(),
            reordered: false,
        }
    }

    /// `Print`: operands' default formats, with spaces between operands when neither is a string.
    pub unsafe fn do_print(&mut self, args: &[Iface]) {
        let mut previous_string = false;
        for (index, arg) in args.iter().enumerate() {
            let is_string = !arg.tab.is_null()
                && (*(arg.tab as *const TypeDesc)).kind == crate::abi::kind::STRING;
            if index > 0 && !is_string && !previous_string {
                self.buf.push(b' ');
            }
            self.print_arg(Value::from_arg(arg), 'v');
            previous_string = is_string;
        }
    }

    /// `Println`: operands' default formats separated by spaces, then a newline.
    pub unsafe fn do_println(&mut self, args: &[Iface]) {
        for (index, arg) in args.iter().enumerate() {
            if index > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(Value::from_arg(arg), 'v');
        }
        self.buf.push(b'\n');
    }

    /// `Printf`: formats `args` according to `format`.
    pub unsafe fn do_printf(&mut self, format: &[u8], args: &[Iface]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut reordered = false;
        let mut i = 0;
        while i < end {
            let mut good_arg_num = true;
            let start = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            self.buf.extend_from_slice(&format[start..i]);
            if i >= end {
                break;
            }
            i += 1;
            self.flags = Flags::default();
            while i < end {
                match format[i] {
                    b'#' => self.flags.sharp = true,
                    b'0' => self.flags.zero = true,
                    b'+' => self.flags.plus = true,
                    b'-' => self.flags.minus = true,
                    b' ' => self.flags.space = true,
                    _ => break,
                }
                i += 1;
            }
            let mut after_index;
            (arg_num, i, after_index) = self.arg_number(
                arg_num,
                format,
                i,
                args.len(),
                &mut reordered,
                &mut good_arg_num,
            );
            if i < end && format[i] == b'*' {
                i += 1;
                let (width, ok, next) = int_from_arg(args, arg_num);
                (self.flags.wid, self.flags.wid_present, arg_num) = (width, ok, next);
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if self.flags.wid < 0 {
                    self.flags.wid = -self.flags.wid;
                    self.flags.minus = true;
                    self.flags.zero = false;
                }
                after_index = false;
            } else {
                (self.flags.wid, self.flags.wid_present, i) = parse_number(format, i, end);
                if after_index && self.flags.wid_present {
                    good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(
                    arg_num,
                    format,
                    i,
                    args.len(),
                    &mut reordered,
                    &mut good_arg_num,
                );
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, ok, next) = int_from_arg(args, arg_num);
                    (self.flags.prec, self.flags.prec_present, arg_num) = (prec, ok, next);
                    if self.flags.prec < 0 {
                        self.flags.prec = 0;
                        self.flags.prec_present = false;
                    }
                    if !self.flags.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    (self.flags.prec, self.flags.prec_present, i) = parse_number(format, i, end);
                    if !self.flags.prec_present {
                        self.flags.prec = 0;
                        self.flags.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(
                    arg_num,
                    format,
                    i,
                    args.len(),
                    &mut reordered,
                    &mut good_arg_num,
                );
            }
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (rune, width) = crate::utf8::decode_rune(&format[i..]);
            let verb = char::from_u32(rune as u32).unwrap_or('\u{FFFD}');
            i += width;
            if verb == '%' {
                self.buf.push(b'%');
            } else if !good_arg_num {
                self.bad_arg(verb, b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.bad_arg(verb, b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped_errs.push(arg_num);
                }
                if verb == 'v' || verb == 'w' {
                    self.flags.sharp_v = self.flags.sharp;
                    self.flags.sharp = false;
                    self.flags.plus_v = self.flags.plus;
                    self.flags.plus = false;
                }
                self.print_arg(Value::from_arg(&args[arg_num]), verb);
                arg_num += 1;
            }
        }
        if !reordered && arg_num < args.len() {
            self.flags = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (index, arg) in args[arg_num..].iter().enumerate() {
                if index > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match Value::from_arg(arg) {
                    None => self.buf.extend_from_slice(b"<nil>"),
                    Some(value) => {
                        self.buf.extend_from_slice(value.typ().name.as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(Some(value), 'v');
                    }
                }
            }
            self.buf.push(b')');
        }
        self.reordered = reordered;
    }

    /// `%!verb` followed by an explanation such as `(MISSING)`.
    fn bad_arg(&mut self, verb: char, explanation: &[u8]) {
        self.buf.extend_from_slice(b"%!");
        crate::utf8::push_rune(&mut self.buf, verb as i64);
        self.buf.extend_from_slice(explanation);
    }

    /// Handles an explicit argument index `[n]` at `format[i]`; returns the argument number to
    /// use, the new position and whether an index was found.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
        reordered: &mut bool,
        good_arg_num: &mut bool,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        *reordered = true;
        let (index, width, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + width, true);
        }
        *good_arg_num = false;
        (arg_num, i + width, ok)
    }
}

impl Default for Printer {
    fn default() -> Printer {
        Printer::new()
    }
}

/// Parses a decimal number at `format[start..end]`: (value, present, next position).
fn parse_number(format: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut number = 0i64;
    let mut present = false;
    let mut i = start;
    while i < end && format[i].is_ascii_digit() {
        if number > MAX_WIDTH {
            return (0, false, end);
        }
        number = number * 10 + (format[i] - b'0') as i64;
        present = true;
        i += 1;
    }
    (number, present, i)
}

/// Parses `[n]` at the start of `format`: (n - 1, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for close in 1..format.len() {
        if format[close] == b']' {
            let (number, ok, next) = parse_number(format, 1, close);
            if !ok || next != close {
                return (0, close + 1, false);
            }
            return (number - 1, close + 1, true);
        }
    }
    (0, 1, false)
}

/// Reads a `*` width or precision from `args[arg_num]`: (value, is an in-range integer, next
/// argument number).
unsafe fn int_from_arg(args: &[Iface], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= args.len() {
        return (0, false, arg_num);
    }
    let (number, ok) = match Value::from_arg(&args[arg_num]) {
        Some(value) => value.as_int_operand(),
        None => (0, false),
    };
    if !ok || !(-MAX_WIDTH..=MAX_WIDTH).contains(&number) {
        return (0, false, arg_num + 1);
    }
    (number, true, arg_num + 1)
}

/// `fmt.Sprint(value)` as bytes (describes a panic value inside a guarded method call).
pub unsafe fn sprint_value(value: &Iface) -> Vec<u8> {
    with_printer(|printer| {
        printer.print_arg(Value::from_arg(value), 'v');
        printer.buf.clone()
    })
}

/// `fmt.Errorf`'s formatting: the message, and the argument numbers of its `%w` directives
/// (in argument order if the format used explicit indexes, as gc sorts them).
pub unsafe fn errorf_text(format: &[u8], args: &[Iface]) -> (crate::abi::GoString, Vec<usize>) {
    with_printer(|printer| {
        printer.wrap_errs = true;
        printer.do_printf(format, args);
        let mut wrapped = core::mem::take(&mut printer.wrapped_errs);
        if printer.reordered {
            wrapped.sort_unstable();
        }
        (crate::alloc::alloc_string(&printer.buf), wrapped)
    })
}

/// The `n` interfaces at `args` as a slice.
unsafe fn arguments<'a>(args: *const Iface, n: i64) -> &'a [Iface] {
    if n <= 0 || args.is_null() {
        &[]
    } else {
        core::slice::from_raw_parts(args, n as usize)
    }
}

/// Writes a finished buffer to standard output and returns its length.
fn emit(printer: &Printer) -> i64 {
    crate::output::write_stdout(&printer.buf);
    printer.buf.len() as i64
}

/// `fmt.Print(args...)`; returns the number of bytes written.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_print(args: *const Iface, n: i64) -> i64 {
    with_printer(|printer| {
        printer.do_print(arguments(args, n));
        emit(printer)
    })
}

/// `fmt.Println(args...)`; returns the number of bytes written.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_println(args: *const Iface, n: i64) -> i64 {
    with_printer(|printer| {
        printer.do_println(arguments(args, n));
        emit(printer)
    })
}

/// `fmt.Printf(format, args...)`; returns the number of bytes written.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_printf(
    fptr: *const u8,
    flen: i64,
    args: *const Iface,
    n: i64,
) -> i64 {
    with_printer(|printer| {
        printer.do_printf(
            GoString {
                ptr: fptr,
                len: flen,
            }
            .as_bytes(),
            arguments(args, n),
        );
        emit(printer)
    })
}

/// `fmt.Sprint(args...)`.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_sprint(args: *const Iface, n: i64) -> GoString {
    with_printer(|printer| {
        printer.do_print(arguments(args, n));
        crate::alloc::alloc_string(&printer.buf)
    })
}

/// `fmt.Sprintln(args...)`.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_sprintln(args: *const Iface, n: i64) -> GoString {
    with_printer(|printer| {
        printer.do_println(arguments(args, n));
        crate::alloc::alloc_string(&printer.buf)
    })
}

/// `fmt.Sprintf(format, args...)`.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_sprintf(
    fptr: *const u8,
    flen: i64,
    args: *const Iface,
    n: i64,
) -> GoString {
    with_printer(|printer| {
        printer.do_printf(
            GoString {
                ptr: fptr,
                len: flen,
            }
            .as_bytes(),
            arguments(args, n),
        );
        crate::alloc::alloc_string(&printer.buf)
    })
}

//! `errors.New`, `fmt.Errorf` and `strconv.Itoa`.
//!
//! Their results are the values gc's libraries return, with the dynamic types `%T` prints
//! (`builtin_types.rs`):
//! - `errors.New(text)`: a new `*errors.errorString` holding `text` (one 16-byte heap object,
//!   counted like gc's; the text itself is shared, not copied);
//! - `fmt.Errorf(format, args...)`: the `Sprintf` text, as an `*errors.errorString` when the
//!   format has no `%w`, a `*fmt.wrapError{msg, err}` with one `%w` (its `Unwrap` returns the
//!   operand when it is an error, else nil), a `*fmt.wrapErrors{msg, errs}` with several (the
//!   error operands, duplicates of one operand dropped). Like gc, a format without `%` and
//!   without operands is `errors.New(format)` without formatting;
//! - where gc inlines them, the compiler builds the `*errors.errorString` object itself (its
//!   `&errors.errorString{...}` site, on the stack when it does not escape) and asks the
//!   runtime only for the type word (`gosub_errors_string_itab`) and, for `fmt.Errorf`, for
//!   the formatted error (`gosub_fmt_errorf_formatted`, gc's `fmt.errorf`: nil when there is
//!   nothing to format, the caller then making `errors.New(format)`);
//! - `strconv.Itoa(i)`: gc's decimal text; for 0 to 99 a slice of one constant string (gc's
//!   `small`), so that those allocate nothing.

use crate::abi::{GoSlice, GoString, Iface, TypeDesc};
use crate::builtin_types::{
    message_object, ERROR, ERRORS_STRING_ITAB, WRAP_ERRORS_ITAB, WRAP_ERROR_ITAB,
};

/// The digits of 00 to 99, as gc's `smallsString`.
const SMALLS: &[u8; 200] = b"00010203040506070809\
10111213141516171819\
20212223242526272829\
30313233343536373839\
40414243444546474849\
50515253545556575859\
60616263646566676869\
70717273747576777879\
80818283848586878889\
90919293949596979899";

/// An `error` value with the runtime itab `itab` and data word `object`.
fn error_value(
    itab: &'static crate::builtin_types::Static<crate::abi::Itab>,
    object: *mut u8,
) -> Iface {
    Iface {
        tab: &itab.0 as *const crate::abi::Itab as *const u8,
        data: object,
    }
}

/// `errors.New(text)`.
#[no_mangle]
pub unsafe extern "C" fn gosub_errors_new(ptr: *const u8, len: i64) -> Iface {
    error_value(
        &ERRORS_STRING_ITAB,
        message_object(GoString { ptr, len }, 16),
    )
}

/// The `error` itab of `*errors.errorString`: the type word of the `error` values compiled code
/// makes of its own `errors.errorString` objects (an inlined `errors.New`).
#[no_mangle]
pub extern "C" fn gosub_errors_string_itab() -> *const u8 {
    &ERRORS_STRING_ITAB.0 as *const crate::abi::Itab as *const u8
}

/// The `error` value of the empty interface `value`: an itab for its dynamic type, or nil
/// when it is nil or has no `Error() string` method.
unsafe fn as_error(value: &Iface) -> Iface {
    let nil = Iface {
        tab: core::ptr::null(),
        data: core::ptr::null_mut(),
    };
    if value.tab.is_null() {
        return nil;
    }
    let itab = crate::itab::gosub_assert_iface(value.tab as *const TypeDesc, &ERROR.0);
    if itab.is_null() {
        return nil;
    }
    Iface {
        tab: itab,
        data: value.data,
    }
}

/// `fmt.Errorf(format, args...)`, the `n` operands at `args` as empty interfaces.
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_errorf(
    fptr: *const u8,
    flen: i64,
    args: *const Iface,
    n: i64,
) -> Iface {
    let error = gosub_fmt_errorf_formatted(fptr, flen, args, n);
    if error.tab.is_null() {
        return gosub_errors_new(fptr, flen);
    }
    error
}

/// gc's `fmt.errorf`: `fmt.Errorf` except that a format without `%` and without operands gives
/// nil (an inlined `fmt.Errorf` then makes `errors.New(format)` itself).
#[no_mangle]
pub unsafe extern "C" fn gosub_fmt_errorf_formatted(
    fptr: *const u8,
    flen: i64,
    args: *const Iface,
    n: i64,
) -> Iface {
    let format = GoString {
        ptr: fptr,
        len: flen,
    };
    let args: &[Iface] = if n <= 0 || args.is_null() {
        &[]
    } else {
        core::slice::from_raw_parts(args, n as usize)
    };
    if args.is_empty() && !format.as_bytes().contains(&b'%') {
        return Iface {
            tab: core::ptr::null(),
            data: core::ptr::null_mut(),
        };
    }
    let (message, mut wrapped) = crate::fmt::errorf_text(format.as_bytes(), args);
    match wrapped.len() {
        0 => gosub_errors_new(message.ptr, message.len),
        1 => {
            let object = message_object(message, 32);
            (object.add(16) as *mut Iface).write(as_error(&args[wrapped[0]]));
            error_value(&WRAP_ERROR_ITAB, object)
        }
        _ => {
            wrapped.dedup();
            let errors: Vec<Iface> = wrapped
                .iter()
                .map(|&index| as_error(&args[index]))
                .filter(|error| !error.tab.is_null())
                .collect();
            let array = crate::alloc::gosub_alloc(16 * errors.len() as u64, 8, 1) as *mut Iface;
            core::ptr::copy_nonoverlapping(errors.as_ptr(), array, errors.len());
            let object = message_object(message, 40);
            (object.add(16) as *mut GoSlice).write(GoSlice {
                ptr: array.cast(),
                len: errors.len() as i64,
                cap: errors.len() as i64,
            });
            error_value(&WRAP_ERRORS_ITAB, object)
        }
    }
}

/// `strconv.Itoa(i)`.
#[no_mangle]
pub extern "C" fn gosub_strconv_itoa(i: i64) -> GoString {
    if (0..100).contains(&i) {
        let (start, len) = if i < 10 {
            (2 * i as usize + 1, 1)
        } else {
            (2 * i as usize, 2)
        };
        return GoString {
            ptr: SMALLS[start..].as_ptr(),
            len,
        };
    }
    let mut text = Vec::with_capacity(20);
    crate::print::push_int(&mut text, i);
    crate::alloc::alloc_string(&text)
}

#[cfg(test)]
mod tests;

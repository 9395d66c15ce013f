use super::*;
use crate::abi::Itab;
use crate::testdesc::{gs, int, string};

/// `%T` and `%v` of an `error` value, as `fmt.Printf("%T %v")` prints them.
unsafe fn describe(error: Iface) -> String {
    let typ = (*(error.tab as *const Itab)).typ;
    let any = Iface {
        tab: typ.cast(),
        data: error.data,
    };
    let format = "%T %v";
    let text =
        crate::fmt::gosub_fmt_sprintf(format.as_ptr(), format.len() as i64, [any, any].as_ptr(), 2);
    String::from_utf8(text.as_bytes().to_vec()).unwrap()
}

/// `fmt.Errorf(format, args...)`.
unsafe fn errorf(format: &'static str, args: &[Iface]) -> Iface {
    gosub_fmt_errorf(
        format.as_ptr(),
        format.len() as i64,
        args.as_ptr(),
        args.len() as i64,
    )
}

#[test]
fn errors_and_errorf_values_match_gc() {
    // gc's output for tests/gen/errors.go.
    unsafe {
        let text = gs("x");
        let base = gosub_errors_new(text.ptr, text.len);
        assert_eq!(describe(base), "*errors.errorString x");
        let base_any = Iface {
            tab: (*(base.tab as *const Itab)).typ.cast(),
            data: base.data,
        };
        assert_eq!(
            describe(errorf("a %w b %d", &[base_any, int(3)])),
            "*fmt.wrapError a x b 3"
        );
        assert_eq!(
            describe(errorf("no wrap %d", &[int(3)])),
            "*errors.errorString no wrap 3"
        );
        assert_eq!(
            describe(errorf("two %w %w", &[base_any, base_any])),
            "*fmt.wrapErrors two x x"
        );
        assert_eq!(
            describe(errorf("bad %w", &[int(3)])),
            "*fmt.wrapError bad %!w(int=3)"
        );
        assert_eq!(describe(errorf("plain", &[])), "*errors.errorString plain");
        assert_eq!(
            describe(errorf("%s!", &[string("hi")])),
            "*errors.errorString hi!"
        );
        // Unwrap returns the wrapped error (an `error`, through an itab of the runtime's).
        let wrapped = errorf("w: %w", &[base_any]);
        let inner = *(wrapped.data.add(16) as *const Iface);
        assert_eq!(inner.data, base.data);
        assert_eq!(
            (*(inner.tab as *const Itab)).typ,
            (*(base.tab as *const Itab)).typ
        );
        let not_wrapped = errorf("w: %w", &[int(1)]);
        assert!((*(not_wrapped.data.add(16) as *const Iface)).tab.is_null());
        // Outside Errorf, %w is a bad verb.
        let format = "%w";
        let text = crate::fmt::gosub_fmt_sprintf(format.as_ptr(), 2, [base_any].as_ptr(), 1);
        assert_eq!(text.as_bytes(), b"%!w(*errors.errorString=&{x})");
    }
}

#[test]
fn itoa_matches_gc_and_small_values_do_not_allocate() {
    let before = crate::alloc::stats().mallocs;
    for (value, text) in [(0, "0"), (7, "7"), (10, "10"), (42, "42"), (99, "99")] {
        assert_eq!(
            unsafe { gosub_strconv_itoa(value).as_bytes() },
            text.as_bytes()
        );
    }
    assert_eq!(crate::alloc::stats().mallocs, before);
    for (value, text) in [(100, "100"), (-5, "-5"), (i64::MIN, "-9223372036854775808")] {
        assert_eq!(
            unsafe { gosub_strconv_itoa(value).as_bytes() },
            text.as_bytes()
        );
    }
    assert_eq!(crate::alloc::stats().mallocs, before + 3);
}

//! fmt against Go: the generated cases of `go_cases.rs`, the Sprint family's allocation,
//! addresses, and methods that panic under the guard.

use super::*;
use crate::testtypes::*;

/// Runs one generated case through the printer.
unsafe fn run(mode: u8, format: &[u8], args: &[Iface]) -> Vec<u8> {
    let mut printer = Printer::new();
    match mode {
        b'f' => printer.do_printf(format, args),
        b'p' => printer.do_print(args),
        _ => printer.do_println(args),
    }
    printer.buf
}

#[test]
fn matches_go_output() {
    let cases = go_cases::cases();
    assert!(cases.len() > 60);
    let mut failures = Vec::new();
    for (mode, format, args, expected) in &cases {
        let got = unsafe { run(*mode, format, args) };
        if got != *expected {
            failures.push(format!(
                "format {:?}\n  want {:?}\n  got  {:?}",
                String::from_utf8_lossy(format),
                String::from_utf8_lossy(expected),
                String::from_utf8_lossy(&got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn sprintf_allocates_a_go_string() {
    let args = [crate::testdesc::int(7), crate::testdesc::string("x")];
    let format = b"%d-%s";
    let result = unsafe { gosub_fmt_sprintf(format.as_ptr(), 5, args.as_ptr(), 2) };
    assert_eq!(unsafe { result.as_bytes() }, b"7-x");
    let empty = unsafe { gosub_fmt_sprint(args.as_ptr(), 0) };
    assert_eq!(empty.len, 0);
    let line = unsafe { gosub_fmt_sprintln(args.as_ptr(), 2) };
    assert_eq!(unsafe { line.as_bytes() }, b"7 x\n");
}

#[test]
fn non_nil_pointers_print_as_addresses() {
    let pointer = crate::testtypes::point_ptr(1, 2);
    let address = format!("0x{:x}", pointer.data as usize);
    let outcome = unsafe {
        run(
            b'f',
            b"%p|%v|%x",
            &[pointer, crate::testtypes::point_ptr(1, 2), pointer],
        )
    };
    let text = String::from_utf8(outcome).unwrap();
    // %x applies to the fields of the struct a top-level pointer points to.
    assert_eq!(text, format!("{address}|&{{1 2}}|&{{1 2}}"));
}

#[test]
fn panicking_methods_print_like_go_catch_panic() {
    // Expectations from tests/gen/method_panics.go.
    crate::signal::install();
    let args = [
        deref_ptr(None),
        deref_ptr(Some(7)),
        bad_index(),
        boom(),
        deref_ptr(None),
        crate::testdesc::int(1),
    ];
    let mut printer = Printer::new();
    unsafe { printer.do_printf(b"%v|%v|%v|%s|%10v|%d", &args) };
    assert_eq!(
        String::from_utf8(printer.buf).unwrap(),
        "<nil>|Deref(7)|%!v(PANIC=String method: runtime error: index out of range [5] with length 3)|\
         %!s(PANIC=Error method: Temp(4))|<nil>|1"
    );
    assert!(!crate::guard::active());
}

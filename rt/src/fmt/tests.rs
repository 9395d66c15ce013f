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

#[test]
fn maps_print_sorted_like_go() {
    // Expectations from tests/gen/fmt_maps.go.
    use crate::testdesc::*;
    let (int_t, string_t, bool_t, float_t) = (
        basic("int"),
        basic("string"),
        basic("bool"),
        basic("float64"),
    );
    let text = |format: &[u8], args: &[Iface]| unsafe {
        String::from_utf8(run(b'f', format, args)).unwrap()
    };
    let string_int = map_of(string_t, int_t, "map[string]int");
    let m = map_value(
        string_int,
        &[
            (raw(gs("b")), raw(2i64)),
            (raw(gs("a")), raw(1i64)),
            (raw(gs("c")), raw(3i64)),
        ],
    );
    assert_eq!(
        text(b"%v|%#v|%d|%x|%+v|%s|%q|%5d", &[m; 8]),
        "map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2, \"c\":3}|map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]|\
         map[61:1 62:2 63:3]|map[a:1 b:2 c:3]|map[a:%!s(int=1) b:%!s(int=2) c:%!s(int=3)]|\
         map[\"a\":'\\x01' \"b\":'\\x02' \"c\":'\\x03']|\
         map[%!d(string=    a):    1 %!d(string=    b):    2 %!d(string=    c):    3]"
    );
    let nil_map = boxed(string_int, &raw(0u64));
    assert_eq!(
        text(b"%v %#v %d", &[nil_map; 3]),
        "map[] map[string]int(nil) map[]"
    );
    let floats = map_value(
        map_of(float_t, string_t, "map[float64]string"),
        &[
            (raw(2.0f64), raw(gs("two"))),
            (raw(-1.0f64), raw(gs("m1"))),
            (raw(0.5f64), raw(gs("half"))),
        ],
    );
    assert_eq!(text(b"%v", &[floats]), "map[-1:m1 0.5:half 2:two]");
    let pairs = map_value(
        map_of(array_of(int_t, 2, "[2]int"), bool_t, "map[[2]int]bool"),
        &[
            (raw([2i64, 1]), raw(1u8)),
            (raw([1i64, 2]), raw(0u8)),
            (raw([1i64, 1]), raw(1u8)),
        ],
    );
    assert_eq!(
        text(b"%v", &[pairs]),
        "map[[1 1]:true [1 2]:false [2 1]:true]"
    );
    let t = struct_of("main.T", &[("A", int_t)]);
    let nil_slice = crate::abi::GoSlice {
        ptr: core::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    let structs = map_value(
        map_of(t, slice_of(int_t, "[]int"), "map[main.T][]int"),
        &[
            (raw(2i64), raw(slice_header(&[1i64]))),
            (raw(1i64), raw(nil_slice)),
        ],
    );
    assert_eq!(
        text(b"%v %#v", &[structs, structs]),
        "map[{1}:[] {2}:[1]] map[main.T][]int{main.T{A:1}:[]int(nil), main.T{A:2}:[]int{1}}"
    );
    let pointer = boxed(
        pointer_to(string_int, "*map[string]int"),
        &raw(leak_array(&[m.data as u64])),
    );
    assert_eq!(
        text(b"%v %+v", &[pointer, pointer]),
        "&map[a:1 b:2 c:3] &map[a:1 b:2 c:3]"
    );
    let bools = map_value(
        map_of(bool_t, int_t, "map[bool]int"),
        &[(raw(1u8), raw(1i64)), (raw(0u8), raw(0i64))],
    );
    assert_eq!(text(b"%v", &[bools]), "map[false:0 true:1]");
    let inner = map_value(string_int, &[(raw(gs("y")), raw(1i64))]);
    let nested_type = map_of(string_t, string_int, "map[string]map[string]int");
    let nested = map_value(nested_type, &[(raw(gs("x")), raw(inner.data as u64))]);
    assert_eq!(
        text(b"%v %#v", &[nested, nested]),
        "map[x:map[y:1]] map[string]map[string]int{\"x\":map[string]int{\"y\":1}}"
    );
    let any = interface_type("interface {}", &[]);
    let uint_t = basic("uint");
    let mixed = map_value(
        map_of(any, int_t, "map[interface {}]int"),
        &[
            (raw(boxed(int_t, &raw(3i64))), raw(3i64)),
            (raw(boxed(int_t, &raw(1i64))), raw(1i64)),
            (raw(nil()), raw(0i64)),
            (raw(boxed(int_t, &raw(2i64))), raw(2i64)),
        ],
    );
    let unsigned = map_value(
        map_of(any, uint_t, "map[interface {}]uint"),
        &[(raw(boxed(uint_t, &raw(2u64))), raw(2u64))],
    );
    assert_eq!(
        text(b"%v %#v", &[mixed, unsigned]),
        "map[<nil>:0 1:1 2:2 3:3] map[interface {}]uint{0x2:0x2}"
    );
    let empty = map_value(map_of(int_t, int_t, "map[int]int"), &[]);
    assert_eq!(text(b"%v", &[empty]), "map[]");
}

//! Test helpers: the `main` package types of `tests/gen/types.go` as runtime descriptors, with
//! their methods written as `extern "C"` functions that return what the Go methods return.

use crate::abi::*;
use crate::testdesc::*;

/// Leaks a Rust string as a Go string (method results).
fn go_string(text: String) -> GoString {
    gs_bytes(text.as_bytes())
}

/// `func (t Temp) String() string { return "Temp(" + strconv.Itoa(int(t)) + ")" }`
unsafe extern "C" fn temp_string(data: *mut u8) -> GoString {
    go_string(format!("Temp({})", *(data as *const i64)))
}

/// `func (e *MyErr) Error() string { return "myerr: " + e.Msg }`
unsafe extern "C" fn my_err_error(data: *mut u8) -> GoString {
    let message = (*(data as *const GoString)).as_bytes();
    go_string(format!("myerr: {}", String::from_utf8_lossy(message)))
}

/// `func (Both) Error() string { return "both-error" }`
unsafe extern "C" fn both_error(_data: *mut u8) -> GoString {
    gs("both-error")
}

/// `func (Both) String() string { return "both-string" }`
unsafe extern "C" fn both_string(_data: *mut u8) -> GoString {
    gs("both-string")
}

/// `func (GS) GoString() string { return "GS!" }`
unsafe extern "C" fn gs_go_string(_data: *mut u8) -> GoString {
    gs("GS!")
}

/// `func (GS) String() string { return "gs-string" }`
unsafe extern "C" fn gs_string(_data: *mut u8) -> GoString {
    gs("gs-string")
}

/// `type Point struct{ X, Y int }`
pub fn point_type() -> &'static TypeDesc {
    struct_of("main.Point", &[("X", basic("int")), ("Y", basic("int"))])
}

/// A `main.Point` operand.
pub fn point(x: i64, y: i64) -> Iface {
    boxed(point_type(), &raw([x, y]))
}

/// A non-nil `*main.Point` operand.
pub fn point_ptr(x: i64, y: i64) -> Iface {
    let target = leak_array(&[x, y]);
    boxed(pointer_to(point_type(), "*main.Point"), &raw(target))
}

/// A nil `*main.Point` operand.
pub fn nil_point_ptr() -> Iface {
    boxed(pointer_to(point_type(), "*main.Point"), &raw(0u64))
}

/// A `main.Person{Name, Age}` operand.
pub fn person(name: &'static str, age: i64) -> Iface {
    let typ = struct_of(
        "main.Person",
        &[("Name", basic("string")), ("Age", basic("int"))],
    );
    boxed(typ, &raw((gs(name), age)))
}

/// `type Temp int` with a `String` method.
pub fn temp_type() -> &'static TypeDesc {
    with_methods(named(basic("int"), "main.Temp"), &[("String", temp_string)])
}

/// A `main.Temp` operand.
pub fn temp(value: i64) -> Iface {
    boxed(temp_type(), &raw(value))
}

/// `*MyErr`, whose method set has `Error`.
pub fn my_err_ptr_type() -> &'static TypeDesc {
    let my_err = struct_of("main.MyErr", &[("Msg", basic("string"))]);
    with_methods(
        pointer_to(my_err, "*main.MyErr"),
        &[("Error", my_err_error)],
    )
}

/// A `&MyErr{Msg: message}` operand.
pub fn my_err_ptr(message: &'static str) -> Iface {
    boxed(my_err_ptr_type(), &raw(leak_array(&[gs(message)])))
}

/// A `main.Both` operand (both `Error` and `String`).
pub fn both(value: i64) -> Iface {
    let typ = with_methods(
        named(basic("int"), "main.Both"),
        &[("Error", both_error), ("String", both_string)],
    );
    boxed(typ, &raw(value))
}

/// A `main.GS` operand (`GoString` and `String`).
pub fn go_stringer(value: i64) -> Iface {
    let typ = with_methods(
        named(basic("int"), "main.GS"),
        &[("GoString", gs_go_string), ("String", gs_string)],
    );
    boxed(typ, &raw(value))
}

/// A `main.MyInt` operand (named, no methods).
pub fn my_int(value: i64) -> Iface {
    boxed(named(basic("int"), "main.MyInt"), &raw(value))
}

/// A `main.MyStr` operand.
pub fn my_str(text: &'static str) -> Iface {
    boxed(named(basic("string"), "main.MyStr"), &raw(gs(text)))
}

/// A `main.MyBytes` (`[]byte`) operand.
pub fn my_bytes(bytes: &[u8]) -> Iface {
    boxed(
        named(slice_of(basic("uint8"), "[]uint8"), "main.MyBytes"),
        &raw(slice_header(bytes)),
    )
}

/// `main.Outer{Name: "n", In: Inner{1, {"a", "b"}}, P: nil, Any: 42, T: 7, E: err}` with
/// `E = &MyErr{"bad"}` when `with_error`, else nil.
pub fn outer(with_error: bool) -> Iface {
    let inner = struct_of(
        "main.Inner",
        &[
            ("A", basic("int")),
            ("B", slice_of(basic("string"), "[]string")),
        ],
    );
    let error_type = interface_type("error", &["Error"]);
    let typ = struct_of(
        "main.Outer",
        &[
            ("Name", basic("string")),
            ("In", inner),
            ("P", pointer_to(point_type(), "*main.Point")),
            ("Any", interface_type("interface {}", &[])),
            ("T", temp_type()),
            ("E", error_type),
        ],
    );
    let any_value = int(42);
    let error_value = if with_error {
        let err = my_err_ptr("bad");
        let itab = leak_array(&[
            err.tab as usize,
            error_type as *const TypeDesc as usize,
            my_err_error as *const () as usize,
        ]);
        Iface {
            tab: itab,
            data: err.data,
        }
    } else {
        nil()
    };
    let mut bytes = Vec::new();
    bytes.extend(raw(gs("n")));
    bytes.extend(raw(1i64));
    bytes.extend(raw(slice_header(&[gs("a"), gs("b")])));
    bytes.extend(raw(0u64));
    bytes.extend(raw(any_value));
    bytes.extend(raw(7i64));
    bytes.extend(raw(error_value));
    assert_eq!(bytes.len() as u64, typ.size);
    boxed(typ, &bytes)
}

/// `[]interface {}{1, "a", nil, Temp(3)}`.
pub fn any_slice() -> Iface {
    let items = [int(1), string("a"), nil(), temp(3)];
    boxed(
        slice_of(interface_type("interface {}", &[]), "[]interface {}"),
        &raw(slice_header(&items)),
    )
}

/// A nil `map[string]int` operand.
pub fn nil_map() -> Iface {
    boxed(pointer_shaped(kind::MAP, "map[string]int"), &raw(0u64))
}

/// A nil `func()` operand.
pub fn nil_func() -> Iface {
    boxed(pointer_shaped(kind::FUNC, "func()"), &raw(0u64))
}

/// A method stand-in for methods whose result the tests never use (`func (T) M()`).
pub unsafe extern "C" fn unit_method(_data: *mut u8) -> GoString {
    GoString::EMPTY
}

/// `func (p *Deref) String() string { return "Deref(" + strconv.Itoa(p.N) + ")" }`: faults on a
/// nil receiver.
unsafe extern "C" fn deref_string(data: *mut u8) -> GoString {
    go_string(format!(
        "Deref({})",
        core::ptr::read_volatile(data as *const i64)
    ))
}

/// A `*main.Deref` operand (`None`: nil).
pub fn deref_ptr(value: Option<i64>) -> Iface {
    let deref = struct_of("main.Deref", &[("N", basic("int"))]);
    let typ = with_methods(
        pointer_to(deref, "*main.Deref"),
        &[("String", deref_string)],
    );
    let target = match value {
        Some(value) => leak_array(&[value]),
        None => core::ptr::null_mut(),
    };
    boxed(typ, &raw(target))
}

/// `func (Bad) String() string { s := []int{1, 2, 3}; return fmt.Sprint(s[5]) }`
unsafe extern "C" fn bad_index_string(_data: *mut u8) -> GoString {
    crate::panic::gosub_panic_index(5, 3)
}

/// `func (Boom) Error() string { panic(Temp(4)) }`
unsafe extern "C" fn boom_error(_data: *mut u8) -> GoString {
    let value = temp(4);
    crate::panic::gosub_panic_value(value.tab.cast(), value.data)
}

/// A `main.Bad` operand (its `String` method indexes out of range).
pub fn bad_index() -> Iface {
    boxed(
        with_methods(
            named(basic("int"), "main.Bad"),
            &[("String", bad_index_string)],
        ),
        &raw(0i64),
    )
}

/// A `main.Boom` operand (its `Error` method panics with `Temp(4)`).
pub fn boom() -> Iface {
    boxed(
        with_methods(named(basic("int"), "main.Boom"), &[("Error", boom_error)]),
        &raw(0i64),
    )
}

//! Formatting one operand from its type descriptor, as Go's `printArg` / `printValue`.
//!
//! A [`Value`] is a type descriptor plus the address of the value's bytes (for pointer-shaped
//! types stored directly in an interface, the address of the interface's data word). The printer
//! dispatches on the kind: basic kinds go to `format.rs`; strings, arrays, slices, structs,
//! interfaces and pointers are walked recursively with Go's layout rules (`[1 2]`, `{A:1}`,
//! `main.T{A:1, B:2}`, `&{...}` only at the top level, `<nil>`). Before the default layout, the
//! `Error()`, `String()` and (for `%#v`) `GoString()` methods are used where Go uses them.

use super::format::{LOWER_DIGITS, UPPER_DIGITS};
use super::Printer;
use crate::abi::{kind, GoSlice, GoString, Iface, TypeDesc, FLAG_DIRECT_IFACE};
use crate::methods::{data_word, dynamic_type, find_string_method, StringMethod};

/// A typed value in memory.
#[derive(Clone, Copy)]
pub struct Value {
    /// The value's type.
    pub(super) typ: *const TypeDesc,
    /// Address of the value's bytes.
    pub(super) address: *const u8,
}

impl Value {
    /// The value held by an `any` operand; `None` for a nil interface.
    pub unsafe fn from_arg(arg: &Iface) -> Option<Value> {
        if arg.tab.is_null() {
            return None;
        }
        let typ = arg.tab as *const TypeDesc;
        let address = if (*typ).flags & FLAG_DIRECT_IFACE != 0 {
            &arg.data as *const *mut u8 as *const u8
        } else {
            arg.data as *const u8
        };
        Some(Value { typ, address })
    }

    /// The value's type descriptor.
    pub unsafe fn typ<'a>(&self) -> &'a TypeDesc {
        &*self.typ
    }

    /// The value held by an interface-kinded value; `None` for a nil interface.
    unsafe fn interface_content(&self) -> Option<Value> {
        let iface = &*(self.address as *const Iface);
        let typ = dynamic_type(self.typ(), iface.tab);
        if typ.is_null() {
            return None;
        }
        let address = if (*typ).flags & FLAG_DIRECT_IFACE != 0 {
            &iface.data as *const *mut u8 as *const u8
        } else {
            iface.data as *const u8
        };
        Some(Value { typ, address })
    }

    /// The pointer-sized word stored in the value (pointers, maps, channels, funcs).
    pub(super) unsafe fn word(&self) -> u64 {
        *(self.address as *const u64)
    }

    /// The value as a signed integer if its kind is an integer that fits (for `*` widths).
    pub unsafe fn as_int_operand(&self) -> (i64, bool) {
        match self.integer() {
            Some((bits, true)) => (bits as i64, true),
            Some((bits, false)) => (bits as i64, (bits as i64) >= 0),
            None => (0, false),
        }
    }

    /// An integer kind's value widened to 64 bits and whether it is signed.
    unsafe fn integer(&self) -> Option<(u64, bool)> {
        let a = self.address;
        Some(match self.typ().kind {
            kind::INT | kind::INT64 => (*(a as *const i64) as u64, true),
            kind::INT8 => (*(a as *const i8) as i64 as u64, true),
            kind::INT16 => (*(a as *const i16) as i64 as u64, true),
            kind::INT32 => (*(a as *const i32) as i64 as u64, true),
            kind::UINT | kind::UINT64 | kind::UINTPTR => (*(a as *const u64), false),
            kind::UINT8 => (*a as u64, false),
            kind::UINT16 => (*(a as *const u16) as u64, false),
            kind::UINT32 => (*(a as *const u32) as u64, false),
            _ => return None,
        })
    }

    /// Element `index` of an array or slice whose elements start at `base`.
    unsafe fn element(&self, base: *const u8, index: usize) -> Value {
        let elem = self.typ().elem;
        Value {
            typ: elem,
            address: base.add(index * (*elem).size as usize),
        }
    }
}

/// Whether `typ` is `[]byte` spelled as the unnamed `[]uint8`.
unsafe fn is_plain_byte_slice(typ: &TypeDesc) -> bool {
    typ.kind == kind::SLICE && typ.name.as_bytes() == b"[]uint8"
}

/// Whether `typ`'s elements are bytes (any type of kind uint8).
unsafe fn has_byte_elements(typ: &TypeDesc) -> bool {
    !typ.elem.is_null() && (*typ.elem).kind == kind::UINT8
}

impl Printer {
    /// Formats one operand (`None`: a nil interface) with `verb`.
    pub(super) unsafe fn print_arg(&mut self, arg: Option<Value>, verb: char) {
        let Some(value) = arg else {
            match verb {
                'T' | 'v' => self.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        };
        match verb {
            'T' => return self.fmt_s(value.typ().name.as_bytes()),
            'p' => return self.fmt_pointer(value, 'p'),
            _ => {}
        }
        if is_plain_byte_slice(value.typ()) {
            let slice = *(value.address as *const GoSlice);
            return self.fmt_bytes(value, slice, verb, b"[]byte");
        }
        if !self.handle_methods(value, verb) {
            self.print_value(value, verb, 0);
        }
    }

    /// Uses `Error()`, `String()` or (for `%#v`) `GoString()` when Go would; true if it did.
    unsafe fn handle_methods(&mut self, value: Value, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let value = if value.typ().kind == kind::INTERFACE {
            match value.interface_content() {
                Some(inner) => inner,
                None => return false,
            }
        } else {
            value
        };
        let verb = if verb == 'w' {
            // %w takes an error operand, and only in Errorf; it then formats like %v.
            if !self.wrap_errs || find_string_method(value.typ, b"Error").is_none() {
                self.bad_verb(Some(value), verb);
                return true;
            }
            'v'
        } else {
            verb
        };
        let data = data_word(value.typ(), value.address);
        if self.flags.sharp_v {
            return match find_string_method(value.typ, b"GoString") {
                Some(method) => {
                    self.call_method(value, method, data, b"GoString", 'v', None);
                    true
                }
                None => false,
            };
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        if let Some(method) = find_string_method(value.typ, b"Error") {
            self.call_method(value, method, data, b"Error", verb, Some(verb));
            return true;
        }
        if let Some(method) = find_string_method(value.typ, b"String") {
            self.call_method(value, method, data, b"String", verb, Some(verb));
            return true;
        }
        false
    }

    /// Calls a string method under a guard and formats its result with `string_verb` (`None`:
    /// unadorned `%s`, for `GoString`). If the method panics, prints `<nil>` for a nil pointer
    /// receiver and `%!verb(PANIC=Name method: message)` otherwise, as Go's `catchPanic`.
    unsafe fn call_method(
        &mut self,
        value: Value,
        method: StringMethod,
        data: *mut u8,
        name: &[u8],
        verb: char,
        string_verb: Option<char>,
    ) {
        match crate::guard::call(method, data) {
            Ok(text) => match string_verb {
                Some(string_verb) => self.fmt_string(&text, string_verb, None),
                None => self.fmt_s(&text),
            },
            Err(_) if value.typ().kind == kind::POINTER && data.is_null() => {
                self.buf.extend_from_slice(b"<nil>")
            }
            Err(message) => {
                self.buf.extend_from_slice(b"%!");
                crate::utf8::push_rune(&mut self.buf, verb as i64);
                self.buf.extend_from_slice(b"(PANIC=");
                self.buf.extend_from_slice(name);
                self.buf.extend_from_slice(b" method: ");
                self.buf.extend_from_slice(&message);
                self.buf.push(b')');
            }
        }
    }

    /// `%!verb(type=value)` for a verb that does not apply to the operand.
    pub(super) unsafe fn bad_verb(&mut self, value: Option<Value>, verb: char) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        crate::utf8::push_rune(&mut self.buf, verb as i64);
        self.buf.push(b'(');
        match value {
            Some(value) => {
                self.buf.extend_from_slice(value.typ().name.as_bytes());
                self.buf.push(b'=');
                self.print_arg(Some(value), 'v');
            }
            None => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    /// Formats a value by kind (`depth` 0 for an operand, more for its parts).
    pub(super) unsafe fn print_value(&mut self, value: Value, verb: char, depth: usize) {
        if depth > 0 && self.handle_methods(value, verb) {
            return;
        }
        let typ = value.typ();
        let a = value.address;
        match typ.kind {
            kind::BOOL => match verb {
                't' | 'v' => self.fmt_boolean(*a != 0),
                _ => self.bad_verb(Some(value), verb),
            },
            kind::INT..=kind::UINTPTR => {
                let (bits, signed) = value.integer().unwrap_or((0, false));
                self.fmt_integer_verb(value, bits, signed, verb);
            }
            kind::FLOAT32 => self.fmt_float_verb(value, *(a as *const f32) as f64, true, verb),
            kind::FLOAT64 => self.fmt_float_verb(value, *(a as *const f64), false, verb),
            kind::COMPLEX64 => {
                let parts = a as *const f32;
                self.fmt_complex(value, *parts as f64, *parts.add(1) as f64, true, verb);
            }
            kind::COMPLEX128 => {
                let parts = a as *const f64;
                self.fmt_complex(value, *parts, *parts.add(1), false, verb);
            }
            kind::STRING => {
                self.fmt_string((*(a as *const GoString)).as_bytes(), verb, Some(value))
            }
            kind::MAP => self.print_map(value, verb, depth),
            kind::STRUCT => self.print_struct(value, verb, depth),
            kind::INTERFACE => match value.interface_content() {
                Some(inner) => self.print_value(inner, verb, depth + 1),
                None if self.flags.sharp_v => {
                    self.buf.extend_from_slice(typ.name.as_bytes());
                    self.buf.extend_from_slice(b"(nil)");
                }
                None => self.buf.extend_from_slice(b"<nil>"),
            },
            kind::ARRAY => self.print_list(value, a, typ.len as usize, false, verb, depth),
            kind::SLICE => {
                let slice = *(a as *const GoSlice);
                self.print_list(
                    value,
                    slice.ptr,
                    slice.len as usize,
                    slice.ptr.is_null(),
                    verb,
                    depth,
                );
            }
            kind::POINTER => {
                let target = value.word() as *const u8;
                if depth == 0 && !target.is_null() {
                    let elem = &*typ.elem;
                    if matches!(
                        elem.kind,
                        kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP
                    ) {
                        self.buf.push(b'&');
                        return self.print_value(
                            Value {
                                typ: elem,
                                address: target,
                            },
                            verb,
                            depth + 1,
                        );
                    }
                }
                self.fmt_pointer(value, verb);
            }
            kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => self.fmt_pointer(value, verb),
            _ => {
                self.buf.push(b'?');
                self.buf.extend_from_slice(typ.name.as_bytes());
                self.buf.push(b'?');
            }
        }
    }

    /// `{a b}`, `{A:a B:b}` (`%+v`) or `main.T{A:a, B:b}` (`%#v`).
    unsafe fn print_struct(&mut self, value: Value, verb: char, depth: usize) {
        let typ = value.typ();
        if self.flags.sharp_v {
            self.buf.extend_from_slice(typ.name.as_bytes());
        }
        self.buf.push(b'{');
        let fields = if typ.fields.is_null() {
            &[][..]
        } else {
            core::slice::from_raw_parts(typ.fields, typ.len as usize)
        };
        for (index, field) in fields.iter().enumerate() {
            if index > 0 {
                self.buf
                    .extend_from_slice(if self.flags.sharp_v { b", " } else { b" " });
            }
            if (self.flags.plus_v || self.flags.sharp_v) && field.name.len > 0 {
                self.buf.extend_from_slice(field.name.as_bytes());
                self.buf.push(b':');
            }
            let field_value = Value {
                typ: field.typ,
                address: value.address.add(field.offset as usize),
            };
            self.print_value(field_value, verb, depth + 1);
        }
        self.buf.push(b'}');
    }

    /// Arrays and slices: `[a b]` or `T{a, b}` (`%#v`, `T(nil)` for a nil slice); byte
    /// elements with `%s %q %x %X` format as bytes.
    unsafe fn print_list(
        &mut self,
        value: Value,
        base: *const u8,
        len: usize,
        is_nil: bool,
        verb: char,
        depth: usize,
    ) {
        let typ = value.typ();
        if matches!(verb, 's' | 'q' | 'x' | 'X') && has_byte_elements(typ) {
            let slice = GoSlice {
                ptr: base as *mut u8,
                len: len as i64,
                cap: len as i64,
            };
            return self.fmt_bytes(value, slice, verb, typ.name.as_bytes());
        }
        if self.flags.sharp_v {
            self.buf.extend_from_slice(typ.name.as_bytes());
            if typ.kind == kind::SLICE && is_nil {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
            for index in 0..len {
                if index > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.print_value(value.element(base, index), verb, depth + 1);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for index in 0..len {
                if index > 0 {
                    self.buf.push(b' ');
                }
                self.print_value(value.element(base, index), verb, depth + 1);
            }
            self.buf.push(b']');
        }
    }

    /// A byte slice or array (`type_name` is how `%#v` names it).
    unsafe fn fmt_bytes(&mut self, value: Value, slice: GoSlice, verb: char, type_name: &[u8]) {
        let bytes = if slice.len == 0 {
            &[][..]
        } else {
            core::slice::from_raw_parts(slice.ptr, slice.len as usize)
        };
        match verb {
            'v' | 'd' => {
                if self.flags.sharp_v {
                    self.buf.extend_from_slice(type_name);
                    if slice.ptr.is_null() && value.typ().kind == kind::SLICE {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for (index, &byte) in bytes.iter().enumerate() {
                        if index > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(byte as u64, true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (index, &byte) in bytes.iter().enumerate() {
                        if index > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_integer(byte as u64, 10, false, verb, LOWER_DIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            's' => self.fmt_s(bytes),
            'x' => self.fmt_sbx(bytes, LOWER_DIGITS),
            'X' => self.fmt_sbx(bytes, UPPER_DIGITS),
            'q' => self.fmt_q(bytes),
            _ => self.print_list(
                value,
                slice.ptr,
                slice.len as usize,
                slice.ptr.is_null(),
                verb,
                0,
            ),
        }
    }

    /// Hexadecimal with or without `0x`, ignoring the `#` flag.
    fn fmt_0x64(&mut self, bits: u64, leading_0x: bool) {
        let sharp = self.flags.sharp;
        self.flags.sharp = leading_0x;
        self.fmt_integer(bits, 16, false, 'v', LOWER_DIGITS);
        self.flags.sharp = sharp;
    }

    /// Integer verbs (`%v` of an unsigned value under `%#v` prints hex).
    unsafe fn fmt_integer_verb(&mut self, value: Value, bits: u64, signed: bool, verb: char) {
        match verb {
            'v' if self.flags.sharp_v && !signed => self.fmt_0x64(bits, true),
            'v' | 'd' => self.fmt_integer(bits, 10, signed, verb, LOWER_DIGITS),
            'b' => self.fmt_integer(bits, 2, signed, verb, LOWER_DIGITS),
            'o' | 'O' => self.fmt_integer(bits, 8, signed, verb, LOWER_DIGITS),
            'x' => self.fmt_integer(bits, 16, signed, verb, LOWER_DIGITS),
            'X' => self.fmt_integer(bits, 16, signed, verb, UPPER_DIGITS),
            'c' => self.fmt_c(bits),
            'q' => self.fmt_qc(bits),
            'U' => self.fmt_unicode(bits),
            _ => self.bad_verb(Some(value), verb),
        }
    }

    /// Float verbs with Go's default precisions.
    unsafe fn fmt_float_verb(&mut self, value: Value, number: f64, bits32: bool, verb: char) {
        match verb {
            'v' => self.fmt_float(number, bits32, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(number, bits32, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float(number, bits32, verb as u8, 6),
            'F' => self.fmt_float(number, bits32, b'f', 6),
            _ => self.bad_verb(Some(value), verb),
        }
    }

    /// Complex numbers: `(re+imi)`, the imaginary part always signed.
    unsafe fn fmt_complex(&mut self, value: Value, re: f64, im: f64, bits32: bool, verb: char) {
        if !matches!(
            verb,
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
        ) {
            return self.bad_verb(Some(value), verb);
        }
        let old_plus = self.flags.plus;
        self.buf.push(b'(');
        self.fmt_float_verb(value, re, bits32, verb);
        self.flags.plus = true;
        self.fmt_float_verb(value, im, bits32, verb);
        self.buf.extend_from_slice(b"i)");
        self.flags.plus = old_plus;
    }

    /// String verbs (`value` is the operand for error messages; `None` for method results,
    /// which cannot be bad).
    unsafe fn fmt_string(&mut self, text: &[u8], verb: char, value: Option<Value>) {
        match verb {
            'v' if self.flags.sharp_v => self.fmt_q(text),
            'v' | 's' => self.fmt_s(text),
            'x' => self.fmt_sbx(text, LOWER_DIGITS),
            'X' => self.fmt_sbx(text, UPPER_DIGITS),
            'q' => self.fmt_q(text),
            _ => self.bad_verb(value, verb),
        }
    }

    /// Pointer-like values: `%p`, `%v` (`0x...` or `<nil>`, `(*T)(0x...)` under `%#v`) and the
    /// integer verbs.
    unsafe fn fmt_pointer(&mut self, value: Value, verb: char) {
        let typ = value.typ();
        let bits = match typ.kind {
            kind::CHAN | kind::FUNC | kind::MAP | kind::POINTER | kind::UNSAFE_POINTER => {
                value.word()
            }
            kind::SLICE => (*(value.address as *const GoSlice)).ptr as u64,
            _ => return self.bad_verb(Some(value), verb),
        };
        match verb {
            'v' if self.flags.sharp_v => {
                self.buf.push(b'(');
                self.buf.extend_from_slice(typ.name.as_bytes());
                self.buf.extend_from_slice(b")(");
                if bits == 0 {
                    self.buf.extend_from_slice(b"nil");
                } else {
                    self.fmt_0x64(bits, true);
                }
                self.buf.push(b')');
            }
            'v' if bits == 0 => self.pad(b"<nil>"),
            'v' | 'p' => self.fmt_0x64(bits, !self.flags.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer_verb(value, bits, false, verb),
            _ => self.bad_verb(Some(value), verb),
        }
    }
}

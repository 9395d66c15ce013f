//! The low-level formatter: padding, integers, floats, strings and characters with width,
//! precision and flags, as Go's `fmt/format.go` defines them.
//!
//! These methods write into the printer's buffer using the current [`Flags`]. Width and
//! precision count runes, not bytes. Zero padding applies only on the left and never to
//! infinities or NaN; a precision on an integer disables zero padding.

use super::quote::{can_backquote, is_print, push_quoted, push_quoted_rune};
use super::Printer;
use crate::ftoa::append_float;
use crate::utf8::{push_rune, rune_count, MAX_RUNE, RUNE_ERROR};

/// Lowercase digits; index 16 is the `x` of a `0x` prefix.
pub const LOWER_DIGITS: &[u8; 17] = b"0123456789abcdefx";
/// Uppercase digits; index 16 is the `X` of a `0X` prefix.
pub const UPPER_DIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags, width and precision of one directive.
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    /// A width was given.
    pub wid_present: bool,
    /// A precision was given.
    pub prec_present: bool,
    /// `-`: pad on the right.
    pub minus: bool,
    /// `+`: always print a sign (or ASCII-only quoting).
    pub plus: bool,
    /// `#`: alternate format.
    pub sharp: bool,
    /// ` `: leave a space for an elided sign.
    pub space: bool,
    /// `0`: pad with leading zeros.
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
    /// The width.
    pub wid: i64,
    /// The precision.
    pub prec: i64,
}

impl Printer {
    /// Appends `n` padding bytes: zeros when zero-padding on the left, else spaces.
    pub(super) fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let byte = if self.flags.zero && !self.flags.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.resize(self.buf.len() + n as usize, byte);
    }

    /// Appends `bytes` padded to the width on the left (or the right with `-`).
    pub(super) fn pad(&mut self, bytes: &[u8]) {
        if !self.flags.wid_present || self.flags.wid == 0 {
            self.buf.extend_from_slice(bytes);
            return;
        }
        let width = self.flags.wid - rune_count(bytes) as i64;
        if self.flags.minus {
            self.buf.extend_from_slice(bytes);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.buf.extend_from_slice(bytes);
        }
    }

    /// `%t` / `%v` of a bool.
    pub(super) fn fmt_boolean(&mut self, value: bool) {
        self.pad(if value { b"true" } else { b"false" });
    }

    /// Formats an integer in `base` with the given digit set (`verb` only matters for `%O`).
    pub(super) fn fmt_integer(
        &mut self,
        mut value: u64,
        base: u64,
        signed: bool,
        verb: char,
        digits: &[u8; 17],
    ) {
        let negative = signed && (value as i64) < 0;
        if negative {
            value = value.wrapping_neg();
        }
        let mut prec = 0i64;
        if self.flags.prec_present {
            prec = self.flags.prec;
            if prec == 0 && value == 0 {
                let old_zero = self.flags.zero;
                self.flags.zero = false;
                self.write_padding(self.flags.wid);
                self.flags.zero = old_zero;
                return;
            }
        } else if self.flags.zero && !self.flags.minus && self.flags.wid_present {
            prec = self.flags.wid;
            if negative || self.flags.plus || self.flags.space {
                prec -= 1;
            }
        }
        let mut text = core::mem::take(&mut self.scratch);
        text.clear();
        loop {
            text.push(digits[(value % base) as usize]);
            value /= base;
            if value == 0 {
                break;
            }
        }
        while (text.len() as i64) < prec {
            text.push(b'0');
        }
        if self.flags.sharp {
            match base {
                2 => text.extend_from_slice(b"b0"),
                8 if text.last() != Some(&b'0') => text.push(b'0'),
                16 => {
                    text.push(digits[16]);
                    text.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            text.extend_from_slice(b"o0");
        }
        if negative {
            text.push(b'-');
        } else if self.flags.plus {
            text.push(b'+');
        } else if self.flags.space {
            text.push(b' ');
        }
        text.reverse();
        let old_zero = self.flags.zero;
        self.flags.zero = false;
        self.pad(&text);
        self.flags.zero = old_zero;
        self.scratch = text;
    }

    /// `%U`: `U+0078`, with `#` also ` 'x'` for printable runes.
    pub(super) fn fmt_unicode(&mut self, value: u64) {
        let mut prec = 4;
        if self.flags.prec_present && self.flags.prec > 4 {
            prec = self.flags.prec as usize;
        }
        let mut text = b"U+".to_vec();
        let mut hex = Vec::with_capacity(16);
        let mut rest = value;
        loop {
            hex.push(UPPER_DIGITS[(rest & 15) as usize]);
            rest >>= 4;
            if rest == 0 {
                break;
            }
        }
        while hex.len() < prec {
            hex.push(b'0');
        }
        hex.reverse();
        text.extend_from_slice(&hex);
        if self.flags.sharp && value <= MAX_RUNE as u64 && is_print(value as i32) {
            text.extend_from_slice(b" '");
            push_rune(&mut text, value as i64);
            text.push(b'\'');
        }
        let old_zero = self.flags.zero;
        self.flags.zero = false;
        self.pad(&text);
        self.flags.zero = old_zero;
    }

    /// `%c`: the character with code point `value` (U+FFFD if out of range).
    pub(super) fn fmt_c(&mut self, value: u64) {
        let rune = if value > MAX_RUNE as u64 {
            RUNE_ERROR as i64
        } else {
            value as i64
        };
        let mut text = Vec::with_capacity(4);
        push_rune(&mut text, rune);
        self.pad(&text);
    }

    /// `%q` of an integer: a single-quoted rune literal.
    pub(super) fn fmt_qc(&mut self, value: u64) {
        let rune = if value > MAX_RUNE as u64 {
            RUNE_ERROR as i64
        } else {
            value as i64
        };
        let mut text = Vec::with_capacity(8);
        push_quoted_rune(&mut text, rune, self.flags.plus);
        self.pad(&text);
    }

    /// `bytes` cut to the precision (in runes), if one is given.
    fn truncate<'a>(&self, bytes: &'a [u8]) -> &'a [u8] {
        if !self.flags.prec_present {
            return bytes;
        }
        let mut remaining = self.flags.prec;
        let mut index = 0;
        while index < bytes.len() {
            remaining -= 1;
            if remaining < 0 {
                return &bytes[..index];
            }
            index += crate::utf8::decode_rune(&bytes[index..]).1;
        }
        bytes
    }

    /// `%s`: the bytes, truncated to the precision and padded.
    pub(super) fn fmt_s(&mut self, bytes: &[u8]) {
        let bytes = self.truncate(bytes);
        self.pad(bytes);
    }

    /// `%x` / `%X` of a string or byte slice: two hex digits per byte, `#` adds `0x`, ` `
    /// separates bytes.
    pub(super) fn fmt_sbx(&mut self, bytes: &[u8], digits: &[u8; 17]) {
        let mut length = bytes.len() as i64;
        if self.flags.prec_present && self.flags.prec < length {
            length = self.flags.prec;
        }
        let mut width = 2 * length;
        if width <= 0 {
            if self.flags.wid_present {
                self.write_padding(self.flags.wid);
            }
            return;
        }
        if self.flags.space {
            if self.flags.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if self.flags.sharp {
            width += 2;
        }
        if self.flags.wid_present && self.flags.wid > width && !self.flags.minus {
            self.write_padding(self.flags.wid - width);
        }
        if self.flags.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (index, &byte) in bytes[..length as usize].iter().enumerate() {
            if self.flags.space && index > 0 {
                self.buf.push(b' ');
                if self.flags.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(byte >> 4) as usize]);
            self.buf.push(digits[(byte & 15) as usize]);
        }
        if self.flags.wid_present && self.flags.wid > width && self.flags.minus {
            self.write_padding(self.flags.wid - width);
        }
    }

    /// `%q` of a string: a double-quoted literal, or a raw one with `#` when possible.
    pub(super) fn fmt_q(&mut self, bytes: &[u8]) {
        let bytes = self.truncate(bytes);
        let mut text = Vec::with_capacity(bytes.len() + 2);
        if self.flags.sharp && can_backquote(bytes) {
            text.push(b'`');
            text.extend_from_slice(bytes);
            text.push(b'`');
        } else {
            push_quoted(&mut text, bytes, self.flags.plus);
        }
        self.pad(&text);
    }

    /// Formats a float with `strconv` verb `verb` and default precision `prec` (-1: shortest);
    /// `bits32` for float32 values.
    pub(super) fn fmt_float(&mut self, value: f64, bits32: bool, verb: u8, mut prec: i64) {
        if self.flags.prec_present {
            prec = self.flags.prec;
        }
        let mut num = vec![b'+'];
        append_float(&mut num, value, verb, prec as i32, bits32);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.flags.space && num[0] == b'+' && !self.flags.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.flags.zero;
            self.flags.zero = false;
            if num[1] == b'N' && !self.flags.space && !self.flags.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.flags.zero = old_zero;
            return;
        }
        if self.flags.sharp && verb != b'b' {
            num = keep_decimal_point(num, verb, prec);
        }
        if self.flags.plus || num[0] != b'+' {
            if self.flags.zero
                && !self.flags.minus
                && self.flags.wid_present
                && self.flags.wid > num.len() as i64
            {
                self.buf.push(num[0]);
                self.write_padding(self.flags.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}

/// The `#` flag on floats: force a decimal point and, for `%g` / `%x`, restore trailing zeros
/// up to the precision (6 when shortest). `num` starts with its sign.
fn keep_decimal_point(mut num: Vec<u8>, verb: u8, prec: i64) -> Vec<u8> {
    let mut digits = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    let mut tail = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut index = 1;
    while index < num.len() {
        match num[index] {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail.extend_from_slice(&num[index..]);
                num.truncate(index);
                break;
            }
            b'e' | b'E' if verb != b'x' && verb != b'X' => {
                tail.extend_from_slice(&num[index..]);
                num.truncate(index);
                break;
            }
            byte => {
                if byte != b'0' {
                    saw_nonzero = true;
                }
                if saw_nonzero {
                    digits -= 1;
                }
            }
        }
        index += 1;
    }
    if !has_point {
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
    num
}

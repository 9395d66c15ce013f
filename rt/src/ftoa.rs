//! Floating-point to text conversion with the output of Go's `strconv.AppendFloat`.
//!
//! The hard part, choosing decimal digits, is delegated to Rust's core formatting, which is
//! correctly rounded for a fixed number of digits (`{:.N}`, `{:.Ne}`, ties to even on exact
//! halves like Go's decimal rounding) and produces the shortest round-tripping digits for `{:e}`
//! (for `f32` values it uses the 32-bit shortest digits, as Go does with bit size 32). This
//! module parses those digits into a [`Digits`] value (digits without trailing zeros and the
//! position of the decimal point) and lays them out exactly as Go's `fmtE` / `fmtF` and the `%g`
//! selection rule do: exponents have at least two digits, `%g` switches to exponent form when
//! the exponent is below -4 or at least the precision (6 for shortest). The binary formats `%b`
//! and `%x` work directly on the bits.

use std::fmt::Write;

/// Decimal digits of a non-negative number: value = 0.d1d2d3... × 10^dp.
struct Digits {
    /// ASCII digits without trailing zeros; empty for zero.
    digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    dp: i32,
}

/// Parses Rust's `{:e}` / `{:.Ne}` output (`d.ddde-x`) into digits without trailing zeros.
fn parse_exponent_form(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Digits { digits, dp: 0 };
    }
    Digits {
        digits,
        dp: exponent + 1,
    }
}

/// The shortest digits that read back as `magnitude` (a non-negative finite value).
fn shortest_digits(magnitude: f64, bits32: bool) -> Digits {
    let mut text = String::new();
    if bits32 {
        let _ = write!(text, "{:e}", magnitude as f32);
    } else {
        let _ = write!(text, "{magnitude:e}");
    }
    parse_exponent_form(&text)
}

/// `count` (at least 1) significant digits of `magnitude`, correctly rounded.
fn significant_digits(magnitude: f64, count: usize) -> Digits {
    let mut text = String::new();
    let _ = write!(text, "{:.*e}", count - 1, magnitude);
    parse_exponent_form(&text)
}

/// Appends Go's `%e` layout of `d` with `prec` digits after the point and exponent letter `e`.
fn layout_e(out: &mut Vec<u8>, d: &Digits, prec: usize, letter: u8) {
    out.push(d.digits.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let available = d.digits.len().min(prec + 1);
        if available > 1 {
            out.extend_from_slice(&d.digits[1..available]);
        }
        out.resize(out.len() + (prec + 1 - available.max(1)), b'0');
    }
    out.push(letter);
    let mut exponent = if d.digits.is_empty() { 0 } else { d.dp - 1 };
    if exponent < 0 {
        out.push(b'-');
        exponent = -exponent;
    } else {
        out.push(b'+');
    }
    let exponent = exponent as u32;
    if exponent >= 100 {
        out.push(b'0' + (exponent / 100) as u8);
    }
    out.push(b'0' + (exponent / 10 % 10) as u8);
    out.push(b'0' + (exponent % 10) as u8);
}

/// Appends Go's `%f` layout of `d` with `prec` digits after the point.
fn layout_f(out: &mut Vec<u8>, d: &Digits, prec: usize) {
    if d.dp > 0 {
        let whole = d.dp as usize;
        let available = d.digits.len().min(whole);
        out.extend_from_slice(&d.digits[..available]);
        out.resize(out.len() + (whole - available), b'0');
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 0..prec {
            let index = d.dp as i64 + i as i64;
            let digit = if index >= 0 && (index as usize) < d.digits.len() {
                d.digits[index as usize]
            } else {
                b'0'
            };
            out.push(digit);
        }
    }
}

/// Appends `%g` / `%G`: exponent form when the exponent is < -4 or >= the precision.
fn layout_g(out: &mut Vec<u8>, d: &Digits, prec: i32, shortest: bool, letter: u8) {
    let nd = d.digits.len() as i32;
    let mut exponent_precision = prec;
    if exponent_precision > nd && nd >= d.dp {
        exponent_precision = nd;
    }
    if shortest {
        exponent_precision = 6;
    }
    let exponent = d.dp - 1;
    if exponent < -4 || exponent >= exponent_precision {
        let prec = prec.min(nd);
        layout_e(out, d, (prec - 1).max(0) as usize, letter);
        return;
    }
    let prec = if prec > d.dp { nd } else { prec };
    layout_f(out, d, (prec - d.dp).max(0) as usize);
}

/// Appends `%b`: decimal mantissa, `p`, signed binary exponent.
fn layout_binary(out: &mut Vec<u8>, mantissa: u64, exponent: i32) {
    crate::print::push_uint(out, mantissa);
    out.push(b'p');
    if exponent >= 0 {
        out.push(b'+');
    }
    crate::print::push_int(out, exponent as i64);
}

/// Appends `%x` / `%X`: `0x1.hhhhp±dd` with `prec` hex digits (-1: as many as needed).
fn layout_hex(
    out: &mut Vec<u8>,
    mut mantissa: u64,
    mut exponent: i32,
    mantissa_bits: u32,
    prec: i32,
    upper: bool,
) {
    if mantissa == 0 {
        exponent = 0;
    }
    mantissa <<= 60 - mantissa_bits;
    while mantissa != 0 && mantissa & (1 << 60) == 0 {
        mantissa <<= 1;
        exponent -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mantissa << shift) & ((1 << 60) - 1);
        mantissa >>= 60 - shift;
        if extra | (mantissa & 1) > 1 << 59 {
            mantissa += 1;
        }
        mantissa <<= 60 - shift;
        if mantissa & (1 << 61) != 0 {
            mantissa >>= 1;
            exponent += 1;
        }
    }
    let hex: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    out.push(b'0');
    out.push(if upper { b'X' } else { b'x' });
    out.push(b'0' + ((mantissa >> 60) & 1) as u8);
    mantissa <<= 4;
    if (prec < 0 && mantissa != 0) || prec > 0 {
        out.push(b'.');
        let mut remaining = prec;
        while (prec < 0 && mantissa != 0) || remaining > 0 {
            out.push(hex[((mantissa >> 60) & 15) as usize]);
            mantissa <<= 4;
            remaining -= 1;
        }
    }
    out.push(if upper { b'P' } else { b'p' });
    if exponent < 0 {
        out.push(b'-');
        exponent = -exponent;
    } else {
        out.push(b'+');
    }
    if exponent < 10 {
        out.push(b'0');
    }
    crate::print::push_uint(out, exponent as u64);
}

/// Appends `value` formatted like Go's `strconv.AppendFloat(out, value, format, prec, bits)`,
/// where `bits32` selects bit size 32 (the value must then be exactly a float32). `format` is
/// one of `b e E f g G x X`; `prec < 0` means the shortest representation.
pub fn append_float(out: &mut Vec<u8>, value: f64, format: u8, prec: i32, bits32: bool) {
    if value.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if value.is_infinite() {
        out.extend_from_slice(if value < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    if value.is_sign_negative() {
        out.push(b'-');
    }
    let magnitude = value.abs();
    let (mantissa, exponent, mantissa_bits) = float_parts(magnitude, bits32);
    match format {
        b'b' => return layout_binary(out, mantissa, exponent - mantissa_bits as i32),
        b'x' | b'X' => {
            return layout_hex(out, mantissa, exponent, mantissa_bits, prec, format == b'X')
        }
        _ => {}
    }
    let upper = format.is_ascii_uppercase();
    let letter = if upper { b'E' } else { b'e' };
    if prec < 0 {
        let d = shortest_digits(magnitude, bits32);
        let nd = d.digits.len() as i32;
        match format {
            b'e' | b'E' => layout_e(out, &d, (nd - 1).max(0) as usize, letter),
            b'f' => layout_f(out, &d, (nd - d.dp).max(0) as usize),
            _ => layout_g(out, &d, nd, true, letter),
        }
        return;
    }
    match format {
        b'f' => {
            let mut text = String::new();
            let _ = write!(text, "{:.*}", prec as usize, magnitude);
            out.extend_from_slice(text.as_bytes());
        }
        b'e' | b'E' => {
            let d = significant_digits(magnitude, prec as usize + 1);
            layout_e(out, &d, prec as usize, letter);
        }
        _ => {
            let prec = prec.max(1);
            let d = significant_digits(magnitude, prec as usize);
            layout_g(out, &d, prec, false, letter);
        }
    }
}

/// Splits a non-negative finite value into Go's (mantissa with implicit bit, unbiased exponent,
/// mantissa bit count) for its bit size.
fn float_parts(magnitude: f64, bits32: bool) -> (u64, i32, u32) {
    let (bits, mantissa_bits, exponent_bits, bias) = if bits32 {
        ((magnitude as f32).to_bits() as u64, 23u32, 8u32, -127i32)
    } else {
        (magnitude.to_bits(), 52, 11, -1023)
    };
    let mut exponent = ((bits >> mantissa_bits) & ((1 << exponent_bits) - 1)) as i32;
    let mut mantissa = bits & ((1u64 << mantissa_bits) - 1);
    if exponent == 0 {
        exponent += 1;
    } else {
        mantissa |= 1u64 << mantissa_bits;
    }
    (mantissa, exponent + bias, mantissa_bits)
}

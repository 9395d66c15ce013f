//! Printing constants the way `go/constant` does, because gc's messages embed them: floats
//! through `%.6g` of their `float64` value (or a manual approximation outside the `float64`
//! range), strings through `strconv.Quote`, truncated to 72 characters.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

use super::float::rational_to_f64;

/// Formats `x` like Go's `strconv.FormatFloat(x, 'g', prec, 64)`, with `None` meaning the
/// shortest representation that round-trips (`%g`) and `Some(p)` meaning `%.<p>g`.
pub fn format_g(x: f64, prec: Option<usize>) -> String {
    let mut out = String::new();
    if x.is_sign_negative() && x != 0.0 {
        out.push('-');
    }
    let abs = x.abs();
    // Decimal digits (without trailing zeros) and the decimal point position: x = 0.d1d2... × 10^dp.
    let (digits, dp) = if abs == 0.0 {
        (Vec::new(), 0i64)
    } else {
        let text = match prec {
            Some(p) => format!("{:.*e}", p.max(1) - 1, abs),
            None => format!("{abs:e}"),
        };
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
        let exponent: i64 = exponent.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        (digits, exponent + 1)
    };
    let nd = digits.len() as i64;
    let shortest = prec.is_none();
    let mut precision = match prec {
        Some(p) => p.max(1) as i64,
        None => nd,
    };
    let mut eprec = precision;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dp - 1;
    if exp < -4 || exp >= eprec {
        if precision > nd {
            precision = nd;
        }
        format_e(&mut out, &digits, dp, precision - 1);
    } else {
        if precision > dp {
            precision = nd;
        }
        format_f(&mut out, &digits, dp, (precision - dp).max(0));
    }
    out
}

fn format_e(out: &mut String, digits: &[u8], dp: i64, prec: i64) {
    out.push(digits.first().map_or('0', |&d| d as char));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec as usize {
            out.push(digits.get(i).map_or('0', |&d| d as char));
        }
    }
    out.push('e');
    let exp = if digits.is_empty() { 0 } else { dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let magnitude = exp.unsigned_abs();
    if magnitude < 10 {
        out.push('0');
    }
    out.push_str(&magnitude.to_string());
}

fn format_f(out: &mut String, digits: &[u8], dp: i64, prec: i64) {
    if dp > 0 {
        for i in 0..dp as usize {
            out.push(digits.get(i).map_or('0', |&d| d as char));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            let index = dp + i - 1;
            let digit = if index >= 0 {
                digits.get(index as usize).copied()
            } else {
                None
            };
            out.push(digit.map_or('0', |d| d as char));
        }
    }
}

/// `go/constant`'s string for a float constant.
pub fn float_string(r: &BigRational) -> String {
    let f = rational_to_f64(r);
    if r.is_zero() == (f == 0.0) && f.is_finite() {
        let s = format_g(f, Some(6));
        if !r.is_integer() && !s.contains('.') {
            return format_g(f, None);
        }
        return s;
    }
    // Outside the float64 range: r = mant × 2^exp with 0.5 <= |mant| < 1, then an approximate
    // decimal exponent.
    let n = r.numer().abs();
    let d = r.denom().clone();
    let k = n.bits() as i64 - d.bits() as i64;
    let below = if k >= 0 {
        n < (&d << k as u64)
    } else {
        (&n << (-k) as u64) < d
    };
    let exp = if below { k } else { k + 1 };
    // Scale without normalising: the gcd of huge numerators is far more expensive than needed.
    let scale = BigInt::from(1) << exp.unsigned_abs();
    let mant = if exp >= 0 {
        BigRational::new_raw(r.numer().clone(), r.denom() * scale)
    } else {
        BigRational::new_raw(r.numer() * scale, r.denom().clone())
    };
    let mut m = rational_to_f64(&mant);
    let decimal = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
    let mut e = decimal as i64;
    m *= 10f64.powf(decimal - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, Some(6)), e)
}

/// `strconv.Quote` of a byte string, shortened to 72 characters with `...` as `go/constant` does.
pub fn quote_truncated(s: &[u8]) -> String {
    const MAX_LEN: usize = 72;
    let quoted = quote(s);
    let chars: Vec<char> = quoted.chars().collect();
    if chars.len() > MAX_LEN {
        let mut short: String = chars[..MAX_LEN - 3].iter().collect();
        short.push_str("...");
        return short;
    }
    quoted
}

/// `strconv.Quote`: a double-quoted Go string literal for `s`, escaping non-printable characters
/// and invalid UTF-8.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = s;
    while !rest.is_empty() {
        let (c, size) = decode_utf8(rest);
        match c {
            None => out.push_str(&format!("\\x{:02x}", rest[0])),
            Some(c) => push_escaped(&mut out, c),
        }
        rest = &rest[size..];
    }
    out.push('"');
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\u{7}' => out.push_str("\\a"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{b}' => out.push_str("\\v"),
        c if is_print(c) => out.push(c),
        c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// An approximation of Go's `unicode.IsPrint`: graphic characters and the ASCII space.
fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb))
}

/// Decodes one UTF-8 character; `None` (with size 1) for an invalid byte.
fn decode_utf8(s: &[u8]) -> (Option<char>, usize) {
    let len = match s[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return (None, 1),
    };
    match s
        .get(..len)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
    {
        Some(text) => (text.chars().next(), len),
        None => (None, 1),
    }
}

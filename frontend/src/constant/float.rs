//! Floating-point constants: parsing literals exactly and rounding exact rationals to IEEE
//! `float32`/`float64` values (round half to even, like `big.Float` and `strconv`).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Decimal exponents beyond this are rejected as malformed literals. gc accepts exponents up to
/// about 6e8 but represents them inexactly; no program can observe the difference for values
/// this far outside the `float64` range, so we keep the exact representation affordable.
const MAX_DECIMAL_EXPONENT: i64 = 1_000_000;

/// An IEEE binary floating-point format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatFormat {
    /// `float32`: 24-bit significand.
    F32,
    /// `float64`: 53-bit significand.
    F64,
}

impl FloatFormat {
    fn mantissa_bits(self) -> u64 {
        match self {
            FloatFormat::F32 => 24,
            FloatFormat::F64 => 53,
        }
    }

    /// Exponent of the least significant bit of the smallest subnormal.
    fn min_exp(self) -> i64 {
        match self {
            FloatFormat::F32 => -149,
            FloatFormat::F64 => -1074,
        }
    }

    /// Largest unbiased exponent of a normal value.
    fn max_exp(self) -> i64 {
        match self {
            FloatFormat::F32 => 127,
            FloatFormat::F64 => 1023,
        }
    }
}

/// Parses a floating-point literal (`_` separators already removed): decimal (`1.5e-3`, `.5`,
/// `1e9`) or hexadecimal (`0x1.8p3`). Returns `None` if it is malformed or its exponent is
/// unreasonably large.
pub fn parse_float_literal(text: &str) -> Option<BigRational> {
    let text: String = text.chars().filter(|&c| c != '_').collect();
    let lower = text.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return parse_hex_float(hex);
    }
    let (mantissa, exponent) = match lower.find('e') {
        Some(i) => (&lower[..i], parse_exponent(&lower[i + 1..])?),
        None => (lower.as_str(), 0),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = BigInt::parse_bytes(digits.as_bytes(), 10)?;
    let exp10 = exponent - frac_part.len() as i64;
    if exp10.abs() > MAX_DECIMAL_EXPONENT {
        return None;
    }
    let scale = BigInt::from(10u32).pow(exp10.unsigned_abs() as u32);
    Some(if exp10 >= 0 {
        BigRational::from_integer(value * scale)
    } else {
        BigRational::new(value, scale)
    })
}

fn parse_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude: i64 = digits
        .parse()
        .ok()
        .filter(|&m: &i64| m <= MAX_DECIMAL_EXPONENT * 4)?;
    Some(if negative { -magnitude } else { magnitude })
}

fn parse_hex_float(hex: &str) -> Option<BigRational> {
    let (mantissa, exponent) = match hex.find('p') {
        Some(i) => (&hex[..i], parse_exponent(&hex[i + 1..])?),
        None => (hex, 0),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() {
        return None;
    }
    let value = BigInt::parse_bytes(digits.as_bytes(), 16)?;
    let exp2 = exponent - 4 * frac_part.len() as i64;
    if exp2.abs() > MAX_DECIMAL_EXPONENT * 4 {
        return None;
    }
    let scale = BigInt::one() << exp2.unsigned_abs();
    Some(if exp2 >= 0 {
        BigRational::from_integer(value * scale)
    } else {
        BigRational::new(value, scale)
    })
}

/// The significand `q` and exponent `e` of the value nearest to `r` in `format` (`r ≈ q·2^e`),
/// with the sign of `r`; `None` if it rounds to infinity.
fn round_parts(r: &BigRational, format: FloatFormat) -> Option<(bool, BigInt, i64)> {
    let negative = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().clone();
    if n.is_zero() {
        return Some((negative, BigInt::zero(), 0));
    }
    let bits = format.mantissa_bits();
    // Choose e so that the quotient n / (d·2^e) has exactly `bits` bits (or fewer when the
    // value is subnormal).
    let mut e = n.bits() as i64 - d.bits() as i64 - bits as i64;
    let divide = |e: i64| -> (BigInt, BigInt, BigInt) {
        let (num, den) = if e >= 0 {
            (n.clone(), &d << e as u64)
        } else {
            (&n << (-e) as u64, d.clone())
        };
        let q = &num / &den;
        let rem = &num - &q * &den;
        (q, rem, den)
    };
    let (mut q, mut rem, mut den) = divide(e);
    // n/d lies in [2^(nb-db-1), 2^(nb-db+1)), so q has `bits` or `bits + 1` bits.
    if q.bits() > bits {
        e += 1;
        (q, rem, den) = divide(e);
    }
    if e < format.min_exp() {
        e = format.min_exp();
        (q, rem, den) = divide(e);
    }
    // Round half to even.
    let twice = &rem * 2u32;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1u32;
        if q.bits() > bits {
            q >>= 1u32;
            e += 1;
        }
    }
    if q.is_zero() {
        return Some((negative, q, 0));
    }
    if e + q.bits() as i64 - 1 > format.max_exp() {
        return None;
    }
    Some((negative, q, e))
}

/// Rounds `r` to the nearest value of `format` and returns that value exactly; `None` if it
/// overflows to infinity.
pub fn round_float(r: &BigRational, format: FloatFormat) -> Option<BigRational> {
    let (negative, q, e) = round_parts(r, format)?;
    let magnitude = if e >= 0 {
        BigRational::from_integer(q << e as u64)
    } else {
        BigRational::new(q, BigInt::one() << (-e) as u64)
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// The `f64` nearest to `r` (±infinity when out of range).
pub fn rational_to_f64(r: &BigRational) -> f64 {
    let Some((negative, q, e)) = round_parts(r, FloatFormat::F64) else {
        return if r.is_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    };
    let q = q.to_u64().unwrap_or(0);
    let magnitude = if q == 0 {
        0.0
    } else if q < (1u64 << 52) {
        // Subnormal: e is the minimum exponent and q the raw fraction bits.
        f64::from_bits(q)
    } else {
        let biased = (e + 52 + 1023) as u64;
        f64::from_bits((biased << 52) | (q & ((1u64 << 52) - 1)))
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

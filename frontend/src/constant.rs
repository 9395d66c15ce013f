//! Exact constant values and arithmetic for Go's untyped and typed constants.
//!
//! Go evaluates constant expressions exactly: integers are unbounded and floating-point constants
//! are (at least) 256-bit precise. We represent integers as [`BigInt`] and floats as exact
//! [`BigRational`]s, which is more precise than gc's 512-bit floats but agrees with it on every
//! value a program can observe: a constant only becomes observable once converted to a typed
//! value, and that conversion rounds (see [`round_float`]) or checks representability (see
//! [`representable`]) exactly as `go/constant` and types2 do.
//!
//! The operations mirror `go/constant`: [`unary_op`], [`binary_op`], [`shift`] and [`compare`]
//! work on values of matching kinds (the checker converts operands to a common kind first with
//! [`ConstValue::to_float`]); integer division is requested explicitly, as in types2. Values
//! print the way `go/constant` prints them ([`ConstValue::go_string`]), because gc's messages
//! contain them (`untyped float constant 1e+06`).

mod float;
mod format;

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use middle::types::BasicKind;

use crate::ast::BinaryOp;

pub use float::{parse_float_literal, rational_to_f64, round_float, FloatFormat};
pub use format::quote;

/// The largest float constant (numerator plus denominator bits) the arithmetic produces; a
/// literal like `1e1000000` needs about 3.3 million bits.
const MAX_RATIONAL_BITS: u64 = 8_000_000;

/// A constant value. Integers and runes are exact big integers; floats are exact rationals (Go
/// requires at least 256 bits of mantissa; exact rationals exceed that).
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// A boolean constant.
    Bool(bool),
    /// An integer or rune constant.
    Int(BigInt),
    /// A floating-point constant.
    Float(BigRational),
    /// A string constant (bytes; Go strings need not be UTF-8).
    String(Vec<u8>),
}

/// Why a constant is not representable in a type (types2's error codes of the same names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRepresentable {
    /// A float with a fractional part used as an integer: `(truncated)`.
    Truncated,
    /// A numeric value out of the type's range: `(overflows)`.
    Overflows,
    /// Any other mismatch (a string as a number, a number as a bool, ...).
    Invalid,
}

impl ConstValue {
    /// An integer constant from a machine integer.
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    /// The integer value, if this is an integer or a float with an integral value.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(r) if r.is_integer() => Some(r.to_integer()),
            _ => None,
        }
    }

    /// The value as an exact rational, if numeric.
    pub fn to_float(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The value as an `i64`, if it is an integer that fits.
    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    /// The value as a `u64`, if it is a non-negative integer that fits.
    pub fn to_u64(&self) -> Option<u64> {
        self.to_int().and_then(|i| i.to_u64())
    }

    /// The nearest `f64` (infinite when out of range; 0 for non-numeric values).
    pub fn to_f64(&self) -> f64 {
        match self.to_float() {
            Some(r) => rational_to_f64(&r),
            None => 0.0,
        }
    }

    /// -1, 0 or 1 for numeric values (0 for others).
    pub fn sign(&self) -> i32 {
        match self {
            ConstValue::Int(i) => sign_of(i.sign()),
            ConstValue::Float(r) => sign_of(r.numer().sign()),
            _ => 0,
        }
    }

    /// Number of bits of the absolute value of an integer constant (0 for other values).
    pub fn bit_len(&self) -> u64 {
        match self {
            ConstValue::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// The boolean value (false for non-booleans).
    pub fn as_bool(&self) -> bool {
        matches!(self, ConstValue::Bool(true))
    }

    /// The value printed as `go/constant`'s `String` method prints it.
    pub fn go_string(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(r) => format::float_string(r),
            ConstValue::String(s) => format::quote_truncated(s),
        }
    }
}

fn sign_of(s: Sign) -> i32 {
    match s {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

/// Parses an integer literal as written in Go (`_` separators already removed): decimal,
/// `0x`, `0o`, `0b` and legacy octal `0777`.
pub fn parse_int_literal(text: &str) -> Option<BigInt> {
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Applies a unary operator (`+`, `-`, `^`, `!`). `unsigned_bits` is the width of a typed unsigned
/// operand (so `^x` stays in range), 0 otherwise.
pub fn unary_op(op: crate::ast::UnaryOp, x: &ConstValue, unsigned_bits: u32) -> Option<ConstValue> {
    use crate::ast::UnaryOp;
    match (op, x) {
        (UnaryOp::Plus, ConstValue::Int(_) | ConstValue::Float(_)) => Some(x.clone()),
        (UnaryOp::Neg, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
        (UnaryOp::Neg, ConstValue::Float(r)) => Some(ConstValue::Float(-r)),
        (UnaryOp::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
        (UnaryOp::BitNot, ConstValue::Int(i)) => {
            let complement = -i - BigInt::one();
            if unsigned_bits > 0 {
                let mask = (BigInt::one() << unsigned_bits) - BigInt::one();
                Some(ConstValue::Int(complement & mask))
            } else {
                Some(ConstValue::Int(complement))
            }
        }
        _ => None,
    }
}

/// Applies a binary arithmetic or logical operator to two values of the same kind. `int_div`
/// requests truncated integer division for `/`. Returns `None` for an undefined operation
/// (including division by zero, which the checker reports before calling this) and for a float
/// result of absurd size.
pub fn binary_op(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
    int_div: bool,
) -> Option<ConstValue> {
    use BinaryOp::*;
    match (x, y) {
        (ConstValue::Bool(a), ConstValue::Bool(b)) => match op {
            AndAnd => Some(ConstValue::Bool(*a && *b)),
            OrOr => Some(ConstValue::Bool(*a || *b)),
            _ => None,
        },
        (ConstValue::String(a), ConstValue::String(b)) if op == Add => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            Some(ConstValue::String(s))
        }
        (ConstValue::Int(a), ConstValue::Int(b)) => {
            let zero = b.is_zero();
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div if int_div && !zero => a / b,
                Div if !zero => {
                    return Some(ConstValue::Float(BigRational::new(a.clone(), b.clone())))
                }
                Rem if !zero => a % b,
                And => a & b,
                Or => a | b,
                Xor => a ^ b,
                AndNot => a & !b,
                _ => return None,
            };
            Some(ConstValue::Int(r))
        }
        _ => {
            let (a, b) = (x.to_float()?, y.to_float()?);
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div if !b.is_zero() => a / b,
                _ => return None,
            };
            // Exact rationals grow with every operation; gc's floats have bounded precision.
            // Refuse results far beyond anything representable so that no program can make the
            // checker slow.
            if r.numer().bits() + r.denom().bits() > MAX_RATIONAL_BITS {
                return None;
            }
            Some(ConstValue::Float(r))
        }
    }
}

/// Shifts an integer constant left or right by `count` bits (arithmetic shift, as Go's `>>` on
/// signed values).
pub fn shift(x: &BigInt, left: bool, count: u64) -> BigInt {
    if left {
        x << count
    } else {
        // `>>` on BigInt rounds towards negative infinity, like Go's arithmetic shift.
        x >> count
    }
}

/// Compares two constants of compatible kinds with a comparison operator.
pub fn compare(x: &ConstValue, op: BinaryOp, y: &ConstValue) -> bool {
    use std::cmp::Ordering;
    let ord = match (x, y) {
        (ConstValue::Bool(a), ConstValue::Bool(b)) => {
            return match op {
                BinaryOp::Eq => a == b,
                BinaryOp::Ne => a != b,
                _ => false,
            }
        }
        (ConstValue::String(a), ConstValue::String(b)) => a.cmp(b),
        (ConstValue::Int(a), ConstValue::Int(b)) => a.cmp(b),
        _ => match (x.to_float(), y.to_float()) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => return false,
        },
    };
    match op {
        BinaryOp::Eq => ord == Ordering::Equal,
        BinaryOp::Ne => ord != Ordering::Equal,
        BinaryOp::Lt => ord == Ordering::Less,
        BinaryOp::Le => ord != Ordering::Greater,
        BinaryOp::Gt => ord == Ordering::Greater,
        BinaryOp::Ge => ord != Ordering::Less,
        _ => false,
    }
}

/// Checks that `x` is representable as a value of the basic kind `kind` and returns its
/// representation there (integers for integer kinds, floats rounded to `float32`/`float64`
/// precision for those kinds), as types2's `representableConst` with rounding.
pub fn representable(x: &ConstValue, kind: BasicKind) -> Result<ConstValue, NotRepresentable> {
    let failure = |x: &ConstValue| {
        let x_numeric = matches!(x, ConstValue::Int(_) | ConstValue::Float(_));
        if x_numeric && kind.is_numeric() {
            if matches!(x, ConstValue::Float(_)) && kind.is_integer() {
                NotRepresentable::Truncated
            } else {
                NotRepresentable::Overflows
            }
        } else {
            NotRepresentable::Invalid
        }
    };
    if kind.is_integer() {
        let Some(i) = x.to_int() else {
            return Err(failure(x));
        };
        if fits_integer_kind(&i, kind) {
            return Ok(ConstValue::Int(i));
        }
        return Err(failure(x));
    }
    if kind.is_float() {
        let Some(r) = x.to_float() else {
            return Err(failure(x));
        };
        let format = match kind {
            BasicKind::Float32 => FloatFormat::F32,
            BasicKind::Float64 => FloatFormat::F64,
            _ => return Ok(ConstValue::Float(r)),
        };
        return match round_float(&r, format) {
            Some(rounded) => Ok(ConstValue::Float(rounded)),
            None => Err(failure(x)),
        };
    }
    if kind.is_complex() {
        // Complex kinds only type-check (the checker rejects complex arithmetic); real values fit.
        return match x.to_float() {
            Some(r) => Ok(ConstValue::Float(r)),
            None => Err(failure(x)),
        };
    }
    match (kind, x) {
        (BasicKind::String | BasicKind::UntypedString, ConstValue::String(_)) => Ok(x.clone()),
        (BasicKind::Bool | BasicKind::UntypedBool, ConstValue::Bool(_)) => Ok(x.clone()),
        _ => Err(failure(x)),
    }
}

/// True if the integer `i` is in the range of the integer kind `kind` (untyped kinds: always).
pub fn fits_integer_kind(i: &BigInt, kind: BasicKind) -> bool {
    if kind.is_untyped() {
        return true;
    }
    let bits = kind.int_bits() as u64;
    if kind.is_unsigned() {
        !i.is_negative() && i.bits() <= bits
    } else {
        let min = -(BigInt::one() << (bits - 1));
        let max = (BigInt::one() << (bits - 1)) - BigInt::one();
        *i >= min && *i <= max
    }
}

/// The string a rune code point converts to (`string(rune)`): its UTF-8 encoding, or U+FFFD
/// for values that are not valid code points.
pub fn rune_to_string(i: &BigInt) -> Vec<u8> {
    let c = i.to_u32().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    c.to_string().into_bytes()
}

#[cfg(test)]
mod tests;

//! Unit tests for constant parsing, arithmetic, rounding and printing; expected strings are what
//! gc printed for the same constants.

use super::*;
use crate::ast::UnaryOp;

fn float(text: &str) -> ConstValue {
    ConstValue::Float(parse_float_literal(text).expect("valid float literal"))
}

fn int(text: &str) -> ConstValue {
    ConstValue::Int(parse_int_literal(text).expect("valid int literal"))
}

#[test]
fn floats_print_like_go_constant() {
    assert_eq!(float("1e6").go_string(), "1e+06");
    assert_eq!(float("2.0").go_string(), "2");
    assert_eq!(float("1e-7").go_string(), "1e-07");
    assert_eq!(float("0.1").go_string(), "0.1");
    assert_eq!(float("1234567.5").go_string(), "1.23457e+06");
    assert_eq!(float("0x1p-2").go_string(), "0.25");
    assert_eq!(float("1e300").go_string(), "1e+300");
    assert_eq!(float("1e1000000").go_string(), "1e+1000000");
    assert_eq!(float("1e-400").go_string(), "1e-400");
    let third = binary_op(BinaryOp::Div, &float("1.0"), &int("3"), false).expect("defined");
    assert_eq!(third.go_string(), "0.333333");
    assert_eq!(float("0").go_string(), "0");
    assert_eq!(float("100").go_string(), "100");
}

#[test]
fn ints_and_strings_print_like_go_constant() {
    assert_eq!(int("0x10").go_string(), "16");
    assert_eq!(int("0777").go_string(), "511");
    assert_eq!(int("0b101").go_string(), "5");
    assert_eq!(int("1_000").go_string(), "1000");
    let big = ConstValue::Int(shift(&BigInt::from(1), true, 100));
    assert_eq!(big.go_string(), "1267650600228229401496703205376");
    let s = ConstValue::String(b"hello\x00\xc2\xa0\xc3\xa9\n\"\\\xff".to_vec());
    assert_eq!(s.go_string(), r#""hello\x00\u00a0é\n\"\\\xff""#);
    let long = ConstValue::String(vec![b'a'; 100]);
    assert_eq!(long.go_string(), format!("\"{}...", "a".repeat(68)));
}

#[test]
fn representability_matches_types2() {
    assert_eq!(
        representable(&int("300"), BasicKind::Int8),
        Err(NotRepresentable::Overflows)
    );
    assert_eq!(representable(&int("255"), BasicKind::Uint8), Ok(int("255")));
    assert_eq!(
        representable(&int("-1"), BasicKind::Uint),
        Err(NotRepresentable::Overflows)
    );
    assert_eq!(
        representable(&float("1.5"), BasicKind::Int),
        Err(NotRepresentable::Truncated)
    );
    assert_eq!(representable(&float("2.0"), BasicKind::Int), Ok(int("2")));
    assert_eq!(
        representable(&float("1e300"), BasicKind::Float32),
        Err(NotRepresentable::Overflows)
    );
    assert_eq!(
        representable(&ConstValue::String(b"x".to_vec()), BasicKind::Int),
        Err(NotRepresentable::Invalid)
    );
    let one_shl_40 = ConstValue::Int(shift(&BigInt::from(1), true, 40));
    assert!(representable(&one_shl_40, BasicKind::Int).is_ok());
    assert!(representable(&one_shl_40, BasicKind::Int32).is_err());
}

#[test]
fn rounding_is_to_nearest_even() {
    assert_eq!(float("0.1").to_f64(), 0.1);
    assert_eq!(float("1e-320").to_f64(), 1e-320);
    assert_eq!(float("1.7976931348623157e308").to_f64(), f64::MAX);
    assert_eq!(float("1e309").to_f64(), f64::INFINITY);
    // 2^53 + 1 is halfway between two float64 values and rounds to the even one.
    let halfway = ConstValue::Int((BigInt::from(1) << 53u32) + 1);
    assert_eq!(halfway.to_f64(), 9007199254740992.0);
    let f32_third =
        round_float(&(BigRational::new(1.into(), 3.into())), FloatFormat::F32).expect("in range");
    assert_eq!(rational_to_f64(&f32_third), (1.0f32 / 3.0) as f64);
}

#[test]
fn arithmetic_is_exact() {
    let x = binary_op(BinaryOp::Div, &int("7"), &int("2"), true).expect("defined");
    assert_eq!(x, int("3"));
    let x = binary_op(BinaryOp::Div, &int("-7"), &int("2"), true).expect("defined");
    assert_eq!(x, int("-3"));
    let x = binary_op(BinaryOp::Rem, &int("-7"), &int("2"), true).expect("defined");
    assert_eq!(x, int("-1"));
    assert_eq!(binary_op(BinaryOp::Div, &int("1"), &int("0"), true), None);
    let x = binary_op(BinaryOp::AndNot, &int("0b1111"), &int("0b0101"), false).expect("defined");
    assert_eq!(x, int("0b1010"));
    assert_eq!(unary_op(UnaryOp::BitNot, &int("1"), 8), Some(int("254")));
    assert_eq!(unary_op(UnaryOp::BitNot, &int("1"), 0), Some(int("-2")));
    assert_eq!(shift(&BigInt::from(-5), false, 1), BigInt::from(-3));
    assert!(compare(&float("0.5"), BinaryOp::Lt, &int("1")));
    assert!(compare(
        &ConstValue::String(b"a".to_vec()),
        BinaryOp::Lt,
        &ConstValue::String(b"b".to_vec())
    ));
    let sum = binary_op(BinaryOp::Add, &float("0.1"), &float("0.2"), false).expect("defined");
    assert!(compare(&sum, BinaryOp::Eq, &float("0.3")));
}

#[test]
fn format_g_matches_strconv() {
    use super::format::format_g;
    assert_eq!(format_g(1e21, None), "1e+21");
    assert_eq!(format_g(123456.0, None), "123456");
    assert_eq!(format_g(1234567.0, None), "1.234567e+06");
    assert_eq!(format_g(0.0001, None), "0.0001");
    assert_eq!(format_g(0.00001, None), "1e-05");
    assert_eq!(format_g(-2.5, Some(6)), "-2.5");
}

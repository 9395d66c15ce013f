//! Go-syntax quoting of strings and runes, as `strconv.Quote`, `QuoteToASCII`, `QuoteRune`,
//! `QuoteRuneToASCII` and `CanBackquote` produce it.
//!
//! Printable runes (Go's `strconv.IsPrint`, answered from the generated range table) are kept,
//! except that the ASCII-only variants escape everything above U+007F. Others become `\a \b \f
//! \n \r \t \v`, `\xHH` for control bytes and invalid UTF-8 bytes, `\uHHHH` or `\UHHHHHHHH`.

use super::isprint_table::PRINTABLE_RANGES;
use crate::utf8::{decode_rune, push_rune, valid_rune, RUNE_ERROR};

/// Lowercase hexadecimal digits.
const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Whether Go's `strconv.IsPrint` accepts `rune`.
pub fn is_print(rune: i32) -> bool {
    if (0x20..0x7F).contains(&rune) {
        return true;
    }
    if rune < 0 {
        return false;
    }
    let rune = rune as u32;
    PRINTABLE_RANGES
        .binary_search_by(|&(low, high)| {
            if high < rune {
                core::cmp::Ordering::Less
            } else if low > rune {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Appends `rune` escaped for a literal delimited by `quote`.
fn push_escaped_rune(out: &mut Vec<u8>, rune: i32, quote: u8, ascii_only: bool) {
    if rune == quote as i32 || rune == '\\' as i32 {
        out.push(b'\\');
        out.push(rune as u8);
        return;
    }
    if ascii_only {
        if rune < 0x80 && is_print(rune) {
            out.push(rune as u8);
            return;
        }
    } else if is_print(rune) {
        push_rune(out, rune as i64);
        return;
    }
    match rune {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0B => out.extend_from_slice(b"\\v"),
        _ if (0..0x20).contains(&rune) || rune == 0x7F => {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(rune as usize >> 4) & 15]);
            out.push(LOWER_HEX[rune as usize & 15]);
        }
        _ => {
            let rune = if valid_rune(rune as i64) {
                rune as u32
            } else {
                RUNE_ERROR as u32
            };
            let digits = if rune < 0x10000 {
                out.extend_from_slice(b"\\u");
                4
            } else {
                out.extend_from_slice(b"\\U");
                8
            };
            for shift in (0..digits).rev() {
                out.push(LOWER_HEX[((rune >> (shift * 4)) & 15) as usize]);
            }
        }
    }
}

/// Appends `text` as a double-quoted Go string literal (`ascii_only`: `QuoteToASCII`).
pub fn push_quoted(out: &mut Vec<u8>, text: &[u8], ascii_only: bool) {
    out.push(b'"');
    let mut index = 0;
    while index < text.len() {
        let (rune, width) = decode_rune(&text[index..]);
        if width == 1 && rune == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(text[index] >> 4) as usize]);
            out.push(LOWER_HEX[(text[index] & 15) as usize]);
        } else {
            push_escaped_rune(out, rune, b'"', ascii_only);
        }
        index += width;
    }
    out.push(b'"');
}

/// Appends `rune` as a single-quoted Go rune literal (`ascii_only`: `QuoteRuneToASCII`);
/// invalid code points print as U+FFFD.
pub fn push_quoted_rune(out: &mut Vec<u8>, rune: i64, ascii_only: bool) {
    let rune = if valid_rune(rune) {
        rune as i32
    } else {
        RUNE_ERROR
    };
    out.push(b'\'');
    push_escaped_rune(out, rune, b'\'', ascii_only);
    out.push(b'\'');
}

/// Whether `text` can be written as a raw string literal without change (`CanBackquote`).
pub fn can_backquote(text: &[u8]) -> bool {
    let mut index = 0;
    while index < text.len() {
        let (rune, width) = decode_rune(&text[index..]);
        index += width;
        if width > 1 {
            if rune == 0xFEFF {
                return false;
            }
            continue;
        }
        if rune == RUNE_ERROR {
            return false;
        }
        if (rune < 0x20 && rune != 0x09) || rune == '`' as i32 || rune == 0x7F {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &[u8], ascii_only: bool) -> String {
        let mut out = Vec::new();
        push_quoted(&mut out, text, ascii_only);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn quotes_like_strconv() {
        // Expectations from tests/gen/quote.go.
        assert_eq!(quoted(b"hi\n\t\"x\\", false), r#""hi\n\t\"x\\""#);
        assert_eq!(quoted("héllo, 世界".as_bytes(), false), "\"héllo, 世界\"");
        assert_eq!(
            quoted("héllo, 世界".as_bytes(), true),
            r#""h\u00e9llo, \u4e16\u754c""#
        );
        assert_eq!(quoted(b"\xff\x00\x7f", false), r#""\xff\x00\x7f""#);
        assert_eq!(quoted("\u{200b}😀".as_bytes(), false), "\"\\u200b😀\"");
        assert_eq!(quoted("😀".as_bytes(), true), r#""\U0001f600""#);
        let mut out = Vec::new();
        push_quoted_rune(&mut out, '\'' as i64, false);
        push_quoted_rune(&mut out, 0x110000, false);
        push_quoted_rune(&mut out, 0x4E16, true);
        assert_eq!(String::from_utf8(out).unwrap(), r"'\'''�''\u4e16'");
        assert!(can_backquote(b"a\tb"));
        assert!(!can_backquote(b"a`b"));
        assert!(!can_backquote(b"a\nb"));
        assert!(!can_backquote("\u{feff}".as_bytes()));
        assert!(is_print(0x4E16) && !is_print(0x200B) && !is_print(0xAD) && !is_print(0xA0));
    }
}

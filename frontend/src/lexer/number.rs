//! Number literals: integers in every base, decimal and hexadecimal floats, imaginary numbers.
//!
//! The scanner accepts a superset of the valid forms (any decimal digit in any base, misplaced
//! `_`, exponents on the wrong mantissa) and then reports the first problem with gc's message:
//! "invalid digit '8' in octal literal" at the digit, "'_' must separate successive digits" at
//! the underscore, "hexadecimal mantissa requires a 'p' exponent", "exponent has no digits"...

use super::Lexer;
use crate::ast::LitKind;
use crate::token::{Token, TokenKind};

/// gc's name for a number base.
fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// True for a hexadecimal digit.
fn is_hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}

/// Digits seen by [`Lexer::digits`]: bit 0 for a digit, bit 1 for a `_`.
const SAW_DIGIT: u32 = 1;
/// See [`SAW_DIGIT`].
const SAW_SEPARATOR: u32 = 2;

impl Lexer<'_> {
    /// Accepts `{ digit | '_' }`. For bases up to 10 any decimal digit is accepted and the offset
    /// (from the token start) of the first digit not valid in `base` is stored in `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut seen = 0;
        loop {
            let c = self.current();
            let ok = if base <= 10 {
                c.is_ascii_digit()
            } else {
                is_hex(c)
            };
            if !ok && c != '_' {
                return seen;
            }
            if c == '_' {
                seen |= SAW_SEPARATOR;
            } else {
                seen |= SAW_DIGIT;
                if base <= 10 && c.to_digit(10).is_some_and(|d| d >= base) && invalid.is_none() {
                    *invalid = Some(self.ch_off - self.start);
                }
            }
            self.nextch();
        }
    }

    /// Scans a number; `seen_point` is set when the literal started with `.` (already consumed).
    pub(super) fn number(&mut self, seen_point: bool) -> Token {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = '\0';
        let mut seen = 0;
        let mut invalid = None;
        let mut seen_point = seen_point;

        if !seen_point {
            if self.at('0') {
                self.nextch();
                match self.current().to_ascii_lowercase() {
                    'x' => {
                        self.nextch();
                        base = 16;
                        prefix = 'x';
                    }
                    'o' => {
                        self.nextch();
                        base = 8;
                        prefix = 'o';
                    }
                    'b' => {
                        self.nextch();
                        base = 2;
                        prefix = 'b';
                    }
                    _ => {
                        base = 8;
                        prefix = '0';
                        seen = SAW_DIGIT;
                    }
                }
            }
            seen |= self.digits(base, &mut invalid);
            if self.at('.') {
                if prefix == 'o' || prefix == 'b' {
                    self.error_here(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            seen |= self.digits(base, &mut invalid);
        }

        if seen & SAW_DIGIT == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = self.current().to_ascii_lowercase();
        if e == 'e' || e == 'p' {
            if ok {
                if e == 'e' && prefix != '\0' && prefix != '0' {
                    self.error_here(format!(
                        "'{}' exponent requires decimal mantissa",
                        self.current()
                    ));
                    ok = false;
                } else if e == 'p' && prefix != 'x' {
                    self.error_here(format!(
                        "'{}' exponent requires hexadecimal mantissa",
                        self.current()
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.at('+') || self.at('-') {
                self.nextch();
            }
            let mut ignored = None;
            seen = self.digits(10, &mut ignored) | (seen & SAW_SEPARATOR);
            if seen & SAW_DIGIT == 0 && ok {
                self.error_here("exponent has no digits");
                ok = false;
            }
        } else if prefix == 'x' && kind == LitKind::Float && ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.at('i') {
            kind = LitKind::Imag;
            self.nextch();
        }

        let text = self.src.get(self.start..self.ch_off).unwrap_or("");
        if kind == LitKind::Int && ok {
            if let Some(offset) = invalid {
                let digit = text.as_bytes().get(offset).map_or('?', |&b| b as char);
                self.error_at(
                    self.start + offset,
                    format!("invalid digit '{}' in {} literal", digit, base_name(base)),
                );
                ok = false;
            }
        }
        if seen & SAW_SEPARATOR != 0 && ok {
            if let Some(offset) = invalid_separator(text) {
                self.error_at(self.start + offset, "'_' must separate successive digits");
                ok = false;
            }
        }

        self.nlsemi = true;
        let mut token = self.finish(TokenKind::Literal);
        token.lit_kind = kind;
        token.bad = !ok;
        token
    }
}

/// The offset of the first `_` in a number literal that does not separate two digits (a base
/// prefix counts as a digit), if any.
fn invalid_separator(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut hex = false;
    // The previous character class: '0' for a digit, '_' for a separator, '.' for anything else.
    let mut prev = '.';
    let mut i = 0;
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let x = (bytes[1] as char).to_ascii_lowercase();
        if x == 'x' || x == 'o' || x == 'b' {
            hex = x == 'x';
            prev = '0';
            i = 2;
        }
    }
    while i < bytes.len() {
        let c = bytes[i] as char;
        let class = if c == '_' {
            '_'
        } else if c.is_ascii_digit() || (hex && is_hex(c)) {
            '0'
        } else {
            '.'
        };
        if class == '_' && prev != '0' {
            return Some(i);
        }
        if class == '.' && prev == '_' {
            return Some(i - 1);
        }
        prev = class;
        i += 1;
    }
    if prev == '_' {
        return Some(bytes.len() - 1);
    }
    None
}

//! String and rune literals: scanning with gc's error messages, and decoding to values.
//!
//! Scanning only validates (escapes, termination, the number of characters in a rune literal);
//! [`decode_literal`] later turns the literal's text into its value: the bytes of a string after
//! escape processing (a `\xff` escape is one byte, so the result need not be UTF-8), the UTF-8
//! encoding of a rune's code point, and for numbers the text without `_` separators.

use super::{is_printable, Lexer, EOF_CH};
use crate::ast::LitKind;
use crate::token::{Token, TokenKind};

impl Lexer<'_> {
    /// Finishes a string or rune literal token.
    fn finish_literal(&mut self, kind: LitKind, ok: bool) -> Token {
        self.nlsemi = true;
        let mut token = self.finish(TokenKind::Literal);
        token.lit_kind = kind;
        token.bad = !ok;
        token
    }

    /// Scans an interpreted string literal (at its opening `"`).
    pub(super) fn std_string(&mut self) -> Token {
        let mut ok = true;
        self.nextch();
        loop {
            if self.at('"') {
                self.nextch();
                break;
            }
            if self.at('\\') {
                self.nextch();
                if !self.escape('"') {
                    ok = false;
                }
                continue;
            }
            if self.at('\n') {
                self.error_here("newline in string");
                ok = false;
                break;
            }
            if self.ch == EOF_CH {
                self.error_at(self.start, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.finish_literal(LitKind::String, ok)
    }

    /// Scans a raw string literal (at its opening backquote).
    pub(super) fn raw_string(&mut self) -> Token {
        let mut ok = true;
        self.nextch();
        loop {
            if self.at('`') {
                self.nextch();
                break;
            }
            if self.ch == EOF_CH {
                self.error_at(self.start, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.finish_literal(LitKind::String, ok)
    }

    /// Scans a rune literal (at its opening `'`).
    pub(super) fn rune_lit(&mut self) -> Token {
        let mut ok = true;
        self.nextch();
        let mut count = 0;
        loop {
            if self.at('\'') {
                if ok {
                    if count == 0 {
                        self.error_here("empty rune literal or unescaped '");
                        ok = false;
                    } else if count != 1 {
                        self.error_at(self.start, "more than one character in rune literal");
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.at('\\') {
                self.nextch();
                if !self.escape('\'') {
                    ok = false;
                }
                count += 1;
                continue;
            }
            if self.at('\n') {
                if ok {
                    self.error_here("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if self.ch == EOF_CH {
                if ok {
                    self.error_at(self.start, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            self.nextch();
            count += 1;
        }
        self.finish_literal(LitKind::Rune, ok)
    }

    /// Validates an escape sequence (the backslash is consumed); false if an error was reported.
    fn escape(&mut self, quote: char) -> bool {
        let c = self.current();
        let (count, base, max): (u32, u32, u32) = match c {
            'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
                self.nextch();
                return true;
            }
            _ if c == quote && self.ch != EOF_CH => {
                self.nextch();
                return true;
            }
            '0'..='7' => (3, 8, 255),
            'x' => {
                self.nextch();
                (2, 16, 255)
            }
            'u' => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            'U' => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            _ => {
                if self.ch == EOF_CH {
                    return true;
                }
                self.error_here("unknown escape");
                return false;
            }
        };
        let mut value: u32 = 0;
        for _ in 0..count {
            if self.ch == EOF_CH {
                return true;
            }
            let d = self.current().to_digit(16).unwrap_or(base);
            if d >= base {
                let base_name = if base == 8 { "octal" } else { "hexadecimal" };
                self.error_here(format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.current()),
                    base_name
                ));
                return false;
            }
            value = value.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if value > max && base == 8 {
            self.error_here(format!("octal escape value {} > 255", value));
            return false;
        }
        if value > max || (0xD800..0xE000).contains(&value) {
            self.error_here(format!(
                "escape is invalid Unicode code point U+{:04X}",
                value
            ));
            return false;
        }
        true
    }
}

/// Quotes a character like Go's `%q` on a rune: `'a'`, `'\n'`, `'\''`, `'\x01'`, `'\u00a0'`.
pub fn quote_rune(c: char) -> String {
    let inner = match c {
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        '\\' => "\\\\".to_string(),
        '\'' => "\\'".to_string(),
        _ if is_printable(c) => c.to_string(),
        _ if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        _ if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        _ => format!("\\U{:08x}", c as u32),
    };
    format!("'{}'", inner)
}

/// Decodes the text of a literal of kind `kind` into [`crate::ast::BasicLit::value`]. Malformed
/// text (already reported by the lexer) decodes to a best effort without failing.
pub fn decode_literal(kind: LitKind, raw: &str) -> Vec<u8> {
    match kind {
        LitKind::Int | LitKind::Float | LitKind::Imag => {
            raw.bytes().filter(|&b| b != b'_').collect()
        }
        LitKind::String => {
            if let Some(body) = raw.strip_prefix('`') {
                let body = body.strip_suffix('`').unwrap_or(body);
                body.bytes().filter(|&b| b != b'\r').collect()
            } else {
                let body = raw.strip_prefix('"').unwrap_or(raw);
                let body = body.strip_suffix('"').unwrap_or(body);
                decode_escaped(body, false)
            }
        }
        LitKind::Rune => {
            let body = raw.strip_prefix('\'').unwrap_or(raw);
            let body = body.strip_suffix('\'').unwrap_or(body);
            decode_escaped(body, true)
        }
    }
}

/// Processes the escapes of a string or rune literal body. In a rune literal `\x` and octal
/// escapes denote code points (encoded as UTF-8); in a string they denote single bytes.
fn decode_escaped(body: &str, rune: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            push_char(&mut out, c);
            continue;
        }
        let Some(e) = chars.next() else { break };
        let simple = match e {
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '\\' | '\'' | '"' => Some(e),
            _ => None,
        };
        if let Some(s) = simple {
            push_char(&mut out, s);
            continue;
        }
        let (count, base, first) = match e {
            '0'..='7' => (2, 8, e.to_digit(8)),
            'x' => (2, 16, None),
            'u' => (4, 16, None),
            'U' => (8, 16, None),
            _ => continue,
        };
        let mut value = first.unwrap_or(0);
        for _ in 0..count {
            match chars.peek().and_then(|d| d.to_digit(base)) {
                Some(d) => {
                    value = value.wrapping_mul(base).wrapping_add(d);
                    chars.next();
                }
                None => break,
            }
        }
        if (e == 'x' || base == 8) && !rune {
            out.push(value as u8);
        } else {
            push_char(&mut out, char::from_u32(value).unwrap_or('\u{fffd}'));
        }
    }
    out
}

/// Appends the UTF-8 encoding of `c`.
fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

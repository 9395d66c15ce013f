//! Lexer tests: token streams, semicolon insertion, literal decoding and gc's error messages.
//! Expected error columns were observed with the real gc (`go build`) on the same text.

use super::{decode_literal, go_directives, tokenize};
use crate::ast::LitKind;
use crate::token::TokenKind;

/// The tokens of `src` in a compact form: names and literals with their text, semicolons as
/// `;` (written), `;nl` (newline) or `;eof`, other tokens as their text.
fn tokens(src: &str) -> Vec<String> {
    let (toks, diags) = tokenize(src, 0);
    assert!(
        diags.is_empty(),
        "unexpected errors for {:?}: {:?}",
        src,
        diags
    );
    toks.iter()
        .map(|t| {
            let text = src.get(t.pos.0 as usize..t.end.0 as usize).unwrap_or("");
            match t.kind {
                TokenKind::Semi => match t.semi {
                    crate::token::SemiKind::Semicolon => ";".to_string(),
                    crate::token::SemiKind::Newline => ";nl".to_string(),
                    crate::token::SemiKind::Eof => ";eof".to_string(),
                },
                TokenKind::Eof => "EOF".to_string(),
                _ => text.to_string(),
            }
        })
        .collect()
}

/// The errors for `src` as `line:col: message` (1-based byte columns).
fn errors(src: &str) -> Vec<String> {
    let (_, diags) = tokenize(src, 0);
    diags
        .iter()
        .map(|d| {
            let off = d.pos.0 as usize;
            let before = &src[..off];
            let line = before.matches('\n').count() + 1;
            let col = off - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("{}:{}: {}", line, col, d.message)
        })
        .collect()
}

#[test]
fn semicolons_are_inserted_after_statement_ending_tokens() {
    assert_eq!(tokens("x\n"), ["x", ";nl", "EOF"]);
    assert_eq!(tokens("x"), ["x", ";eof", "EOF"]);
    assert_eq!(
        tokens("42\n'a'\n\"s\"\n`r`\n"),
        ["42", ";nl", "'a'", ";nl", "\"s\"", ";nl", "`r`", ";nl", "EOF"]
    );
    assert_eq!(
        tokens("break\ncontinue\nfallthrough\nreturn\n"),
        [
            "break",
            ";nl",
            "continue",
            ";nl",
            "fallthrough",
            ";nl",
            "return",
            ";nl",
            "EOF"
        ]
    );
    assert_eq!(
        tokens("i++\nj--\n)\n]\n}\n"),
        ["i", "++", ";nl", "j", "--", ";nl", ")", ";nl", "]", ";nl", "}", ";nl", "EOF"]
    );
}

#[test]
fn no_semicolon_after_other_tokens() {
    assert_eq!(tokens("a +\nb"), ["a", "+", "b", ";eof", "EOF"]);
    assert_eq!(
        tokens("f(\na,\n)"),
        ["f", "(", "a", ",", ")", ";eof", "EOF"]
    );
    assert_eq!(tokens("if x {\n}"), ["if", "x", "{", "}", ";eof", "EOF"]);
    assert_eq!(tokens("go\nfunc\nvar\n"), ["go", "func", "var", "EOF"]);
    assert_eq!(tokens("\n\n"), ["EOF"]);
}

#[test]
fn comments_act_like_white_space_or_newlines() {
    assert_eq!(tokens("x // comment\ny"), ["x", ";nl", "y", ";eof", "EOF"]);
    assert_eq!(tokens("x /* one line */ y"), ["x", "y", ";eof", "EOF"]);
    assert_eq!(
        tokens("x /* two\nlines */ y"),
        ["x", ";nl", "y", ";eof", "EOF"]
    );
    assert_eq!(
        tokens("x + /* two\nlines */ y"),
        ["x", "+", "y", ";eof", "EOF"]
    );
    assert_eq!(tokens("x // at end"), ["x", ";eof", "EOF"]);
    let (toks, _) = tokenize("x /* a\nb */ y", 0);
    assert_eq!(toks[1].pos.0, 2, "the inserted semicolon is at the comment");
}

#[test]
fn every_operator_and_delimiter() {
    let src =
        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ \
               != <= >= := ... ( ) [ ] { } , ; . :";
    let expected: Vec<&str> = src.split_whitespace().collect();
    let got = tokens(src);
    assert_eq!(got[..expected.len()], expected[..]);
    let (toks, _) = tokenize("a..b", 0);
    let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            TokenKind::Name,
            TokenKind::Dot,
            TokenKind::Dot,
            TokenKind::Name,
            TokenKind::Semi,
            TokenKind::Eof
        ]
    );
}

#[test]
fn keywords_and_unicode_identifiers() {
    let (toks, diags) = tokenize(
        "chan map interface struct select range xyz _ héllo 日本 x1",
        0,
    );
    assert!(diags.is_empty());
    let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds[..11],
        [
            TokenKind::Chan,
            TokenKind::Map,
            TokenKind::Interface,
            TokenKind::Struct,
            TokenKind::Select,
            TokenKind::Range,
            TokenKind::Name,
            TokenKind::Name,
            TokenKind::Name,
            TokenKind::Name,
            TokenKind::Name
        ]
    );
}

#[test]
fn number_literal_kinds() {
    let cases = [
        ("42", LitKind::Int),
        ("0x2A", LitKind::Int),
        ("0o52", LitKind::Int),
        ("0b1010", LitKind::Int),
        ("017", LitKind::Int),
        ("1_000", LitKind::Int),
        ("1.5", LitKind::Float),
        (".5", LitKind::Float),
        ("1.", LitKind::Float),
        ("1e9", LitKind::Float),
        ("0x1p-2", LitKind::Float),
        ("0X.8P+1", LitKind::Float),
        ("2i", LitKind::Imag),
        ("1.5e3i", LitKind::Imag),
        ("089.5", LitKind::Float),
        ("0i", LitKind::Imag),
    ];
    for (src, kind) in cases {
        let (toks, diags) = tokenize(src, 0);
        assert!(diags.is_empty(), "{}: {:?}", src, diags);
        assert_eq!(toks[0].kind, TokenKind::Literal, "{}", src);
        assert_eq!(toks[0].lit_kind, kind, "{}", src);
        assert_eq!(toks[0].end.0 as usize, src.len(), "{} is one token", src);
    }
}

#[test]
fn literal_values_are_decoded() {
    assert_eq!(decode_literal(LitKind::Int, "1_000_000"), b"1000000");
    assert_eq!(decode_literal(LitKind::Float, "0x_1p-2"), b"0x1p-2");
    assert_eq!(
        decode_literal(LitKind::String, r#""a\a\b\f\n\r\t\v\\\"'""#),
        b"a\x07\x08\x0c\n\r\t\x0b\\\"'"
    );
    assert_eq!(
        decode_literal(LitKind::String, r#""\101\x41\u00e9\U0001F600""#),
        "AAé😀".as_bytes()
    );
    assert_eq!(
        decode_literal(LitKind::String, r#""\xff\377""#),
        [0xff, 0xff]
    );
    assert_eq!(
        decode_literal(LitKind::String, "\"日本\""),
        "日本".as_bytes()
    );
    assert_eq!(decode_literal(LitKind::String, "`a\\n\r\nb`"), b"a\\n\nb");
    assert_eq!(decode_literal(LitKind::Rune, "'a'"), b"a");
    assert_eq!(decode_literal(LitKind::Rune, r"'\''"), b"'");
    assert_eq!(decode_literal(LitKind::Rune, r"'\x41'"), b"A");
    assert_eq!(
        decode_literal(LitKind::Rune, r"'\xff'"),
        "\u{ff}".as_bytes()
    );
    assert_eq!(
        decode_literal(LitKind::Rune, r"'\377'"),
        "\u{ff}".as_bytes()
    );
    assert_eq!(decode_literal(LitKind::Rune, r"'\u00e9'"), "é".as_bytes());
    assert_eq!(
        decode_literal(LitKind::Rune, r"'\U0001F600'"),
        "😀".as_bytes()
    );
    assert_eq!(decode_literal(LitKind::Rune, "'本'"), "本".as_bytes());
}

#[test]
fn string_and_rune_errors_match_gc() {
    assert_eq!(errors("var s = \"abc\nx"), ["1:13: newline in string"]);
    assert_eq!(errors("var s = \"abc"), ["1:9: string not terminated"]);
    assert_eq!(errors("var s = `abc"), ["1:9: string not terminated"]);
    assert_eq!(errors("var r = 'a"), ["1:9: rune literal not terminated"]);
    assert_eq!(
        errors("var r = ''"),
        ["1:10: empty rune literal or unescaped '"]
    );
    assert_eq!(
        errors("var r = 'ab'"),
        ["1:9: more than one character in rune literal"]
    );
    assert_eq!(
        errors("var r = '\n'\n"),
        [
            "1:10: newline in rune literal",
            "2:2: newline in rune literal"
        ]
    );
    assert_eq!(errors("var r = '\\q'"), ["1:11: unknown escape"]);
    assert_eq!(
        errors("var r = \"\\400\""),
        ["1:14: octal escape value 256 > 255"]
    );
    assert_eq!(
        errors("var r = \"\\xZZ\""),
        ["1:12: invalid character 'Z' in hexadecimal escape"]
    );
    assert_eq!(
        errors("var r = \"\\uD800\""),
        ["1:16: escape is invalid Unicode code point U+D800"]
    );
    assert_eq!(
        errors("var r = \"\\U00110000\""),
        ["1:20: escape is invalid Unicode code point U+110000"]
    );
    assert_eq!(
        errors("var x = \"\\\n\"\n"),
        [
            "1:11: unknown escape",
            "1:11: newline in string",
            "2:2: newline in string"
        ]
    );
}

#[test]
fn number_errors_match_gc() {
    assert_eq!(
        errors("var x = 0x\n"),
        ["1:11: hexadecimal literal has no digits"]
    );
    assert_eq!(
        errors("var x = 0b12\n"),
        ["1:12: invalid digit '2' in binary literal"]
    );
    assert_eq!(
        errors("var x = 089\n"),
        ["1:10: invalid digit '8' in octal literal"]
    );
    assert_eq!(
        errors("var x = 1__0\n"),
        ["1:11: '_' must separate successive digits"]
    );
    assert_eq!(
        errors("var x = 1_\n"),
        ["1:10: '_' must separate successive digits"]
    );
    assert_eq!(
        errors("var x = 0x1.5\n"),
        ["1:14: hexadecimal mantissa requires a 'p' exponent"]
    );
    assert_eq!(errors("var x = 1e\n"), ["1:11: exponent has no digits"]);
    assert_eq!(
        errors("var x = 0o1.5\n"),
        ["1:12: invalid radix point in octal literal"]
    );
    assert_eq!(errors("var x = 0x1e3p\n"), ["1:15: exponent has no digits"]);
    assert_eq!(
        errors("var x = 0b1e3\n"),
        ["1:12: 'e' exponent requires decimal mantissa"]
    );
    assert_eq!(
        errors("var x = 1p3\n"),
        ["1:10: 'p' exponent requires hexadecimal mantissa"]
    );
}

#[test]
fn character_errors_match_gc() {
    assert_eq!(errors("x := @"), ["1:6: invalid character U+0040 '@'"]);
    assert_eq!(errors("var x = \u{1}\n"), ["1:9: invalid character U+0001"]);
    assert_eq!(
        errors("var €x = 1\n"),
        ["1:5: invalid character U+20AC '€' in identifier"]
    );
    assert_eq!(
        errors("var x² = 1\n"),
        ["1:6: invalid character U+00B2 '²' in identifier"]
    );
    assert_eq!(
        errors("var ٣x = 1\n"),
        ["1:5: identifier cannot begin with digit U+0663 '٣'"]
    );
    assert_eq!(errors("var x = 1\0\n"), ["1:10: invalid NUL character"]);
    assert_eq!(
        errors("\u{feff}var x = 1\u{feff}\n"),
        ["1:13: invalid BOM in the middle of the file"]
    );
    assert_eq!(
        errors("package main\n/* abc"),
        ["2:1: comment not terminated"]
    );
}

#[test]
fn malformed_literals_are_marked_bad_and_scanning_continues() {
    let (toks, diags) = tokenize("a 0b2 'xy' b", 0);
    assert_eq!(diags.len(), 2);
    let bad: Vec<bool> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Literal)
        .map(|t| t.bad)
        .collect();
    assert_eq!(bad, [true, true]);
    assert_eq!(toks.iter().filter(|t| t.kind == TokenKind::Name).count(), 2);
}

#[test]
fn go_directives_are_collected() {
    let src = "package p\n\n//go:noinline\nfunc f() {} // go:not\n\t//go:nosplit\r\nvar s = \"//go:no\" //go:late\n";
    let found: Vec<(u32, String, bool)> = go_directives(src, 10)
        .into_iter()
        .map(|d| (d.pos.0 - 10, d.text, d.line_start))
        .collect();
    assert_eq!(
        found,
        [
            (11, "go:noinline".to_string(), true),
            (48, "go:nosplit".to_string(), true),
            (80, "go:late".to_string(), false)
        ]
    );
}

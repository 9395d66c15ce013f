//! UTF-8 decoding and encoding with Go's rules (`unicode/utf8`).
//!
//! Go strings are arbitrary bytes. Decoding an invalid sequence (a stray continuation byte, an
//! overlong form, a surrogate, a value above U+10FFFF, a truncated sequence) yields U+FFFD with
//! width 1, so a loop always advances by at least one byte. Encoding an invalid code point
//! (negative, a surrogate, above U+10FFFF) writes U+FFFD.

/// The replacement character U+FFFD.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// The largest valid code point.
pub const MAX_RUNE: i32 = 0x10FFFF;

/// Decodes the rune starting at `bytes[0]`; returns (rune, width). Empty input gives
/// (U+FFFD, 0).
pub fn decode_rune(bytes: &[u8]) -> (i32, usize) {
    let Some(&first) = bytes.first() else {
        return (RUNE_ERROR, 0);
    };
    if first < 0x80 {
        return (first as i32, 1);
    }
    let (width, initial, minimum) = match first {
        0xC2..=0xDF => (2, (first & 0x1F) as i32, 0x80),
        0xE0..=0xEF => (3, (first & 0x0F) as i32, 0x800),
        0xF0..=0xF4 => (4, (first & 0x07) as i32, 0x10000),
        _ => return (RUNE_ERROR, 1),
    };
    if bytes.len() < width {
        // A truncated sequence is still invalid byte by byte.
        return (RUNE_ERROR, 1);
    }
    let mut rune = initial;
    for &byte in &bytes[1..width] {
        if byte & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        rune = (rune << 6) | (byte & 0x3F) as i32;
    }
    if rune < minimum || rune > MAX_RUNE || (0xD800..=0xDFFF).contains(&rune) {
        return (RUNE_ERROR, 1);
    }
    (rune, width)
}

/// Whether `rune` is a valid Unicode scalar value.
pub fn valid_rune(rune: i64) -> bool {
    (0..=MAX_RUNE as i64).contains(&rune) && !(0xD800..=0xDFFF).contains(&rune)
}

/// Number of bytes `encode_rune` writes for `rune` (invalid runes take 3, as U+FFFD).
pub fn rune_len(rune: i64) -> usize {
    if !valid_rune(rune) {
        3
    } else if rune < 0x80 {
        1
    } else if rune < 0x800 {
        2
    } else if rune < 0x10000 {
        3
    } else {
        4
    }
}

/// Encodes `rune` (U+FFFD if invalid) into `out`; returns the number of bytes written.
pub fn encode_rune(out: &mut [u8; 4], rune: i64) -> usize {
    let rune = if valid_rune(rune) {
        rune as u32
    } else {
        RUNE_ERROR as u32
    };
    match rune {
        0..=0x7F => {
            out[0] = rune as u8;
            1
        }
        0x80..=0x7FF => {
            out[0] = 0xC0 | (rune >> 6) as u8;
            out[1] = 0x80 | (rune & 0x3F) as u8;
            2
        }
        0x800..=0xFFFF => {
            out[0] = 0xE0 | (rune >> 12) as u8;
            out[1] = 0x80 | ((rune >> 6) & 0x3F) as u8;
            out[2] = 0x80 | (rune & 0x3F) as u8;
            3
        }
        _ => {
            out[0] = 0xF0 | (rune >> 18) as u8;
            out[1] = 0x80 | ((rune >> 12) & 0x3F) as u8;
            out[2] = 0x80 | ((rune >> 6) & 0x3F) as u8;
            out[3] = 0x80 | (rune & 0x3F) as u8;
            4
        }
    }
}

/// Appends the encoding of `rune` (U+FFFD if invalid).
pub fn push_rune(out: &mut Vec<u8>, rune: i64) {
    let mut buffer = [0u8; 4];
    let width = encode_rune(&mut buffer, rune);
    out.extend_from_slice(&buffer[..width]);
}

/// Number of runes in `bytes`, counting each invalid byte as one rune.
pub fn rune_count(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut index = 0;
    while index < bytes.len() {
        index += if bytes[index] < 0x80 {
            1
        } else {
            decode_rune(&bytes[index..]).1
        };
        count += 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune(b"a"), (97, 1));
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune("世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_rune("😀".as_bytes()), (0x1F600, 4));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xe4\xb8"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune(b"\xf4\x90\x80\x80"), (RUNE_ERROR, 1)); // above U+10FFFF
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(rune_count(b"a\xe4\xb8\x96\xffb"), 4);
    }

    #[test]
    fn encodes_invalid_as_replacement() {
        let mut out = Vec::new();
        push_rune(&mut out, 0x4E16);
        push_rune(&mut out, -1);
        push_rune(&mut out, 0xD800);
        push_rune(&mut out, 0x110000);
        assert_eq!(out, "世\u{FFFD}\u{FFFD}\u{FFFD}".as_bytes());
        assert_eq!(rune_len(0x10FFFF), 4);
        assert_eq!(rune_len(-5), 3);
    }
}

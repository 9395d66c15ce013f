//! Robustness: the lexer and parser must terminate without panicking on any input. Every
//! prefix of every sample program is parsed, then thousands of random mutations of them
//! (tokens deleted, duplicated, swapped or replaced by troublesome ones, bytes inserted), then
//! pathological nesting.

mod common;

const SAMPLES: [&str; 4] = [
    include_str!("samples/shapes.go"),
    include_str!("samples/algo.go"),
    include_str!("samples/literals.go"),
    include_str!("samples/escape.go"),
];

/// A small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments that tend to confuse parsers.
const FRAGMENTS: [&str; 40] = [
    "(", ")", "{", "}", "[", "]", ",", ";", ":", ".", "...", "=", ":=", "+", "*", "&", "<-", "!",
    "~", "x", "1", "\"s", "func", "if", "else", "for", "range", "switch", "case", "type", "var",
    "import", "package", "\n", "@", "'a", "`", "/*", "0x", "chan<-",
];

/// Splits `src` into rough tokens (words, single punctuation, white space runs).
fn rough_tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let class = |c: char| {
        if c.is_alphanumeric() || c == '_' {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    for w in chars.windows(2) {
        let (i, c) = w[1];
        if class(c) != class(w[0].1) || class(c) == 2 {
            out.push(&src[start..i]);
            start = i;
        }
    }
    out.push(&src[start..]);
    out
}

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut toks: Vec<String> = rough_tokens(src).into_iter().map(String::from).collect();
    for _ in 0..1 + rng.below(4) {
        let i = rng.below(toks.len());
        match rng.below(5) {
            0 => {
                toks.remove(i);
            }
            1 => {
                let t = toks[i].clone();
                toks.insert(i, t);
            }
            2 if i + 1 < toks.len() => toks.swap(i, i + 1),
            3 => toks.insert(i, FRAGMENTS[rng.below(FRAGMENTS.len())].to_string()),
            _ => toks[i] = FRAGMENTS[rng.below(FRAGMENTS.len())].to_string(),
        }
        if toks.is_empty() {
            break;
        }
    }
    toks.concat()
}

#[test]
fn every_prefix_parses_without_panicking() {
    for src in SAMPLES {
        let mut ends: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
        ends.push(src.len());
        for end in ends {
            let parsed = common::parse(&src[..end]);
            for d in &parsed.diags {
                assert!(
                    d.pos.0 as usize <= end,
                    "diagnostic past the end of the input: {:?}",
                    d
                );
            }
        }
    }
}

#[test]
fn random_mutations_parse_without_panicking() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut with_errors = 0;
    for round in 0..3000 {
        let src = mutate(&mut rng, SAMPLES[round % SAMPLES.len()]);
        let parsed = common::parse(&src);
        if !parsed.diags.is_empty() {
            with_errors += 1;
        }
        for d in &parsed.diags {
            assert!(
                parsed.map.file_of(d.pos).is_some(),
                "diagnostic outside the file: {:?}",
                d
            );
        }
    }
    assert!(
        with_errors > 1000,
        "mutations produce errors ({} did)",
        with_errors
    );
}

#[test]
fn random_bytes_parse_without_panicking() {
    let mut rng = Rng(42);
    let alphabet: Vec<char> = "package main func(){}[]<-:=.,;'\"`/*\n\t x1_é\u{0}\u{feff}\\0xp+-e"
        .chars()
        .collect();
    for _ in 0..2000 {
        let len = rng.below(200);
        let src: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        common::parse(&src);
    }
}

#[test]
fn pathological_nesting_is_an_error_not_a_crash() {
    let deep = 100_000;
    let cases = [
        format!(
            "package p\nvar x = {}1{}\n",
            "(".repeat(deep),
            ")".repeat(deep)
        ),
        format!(
            "package p\nfunc f() {{\n{}{}\n}}\n",
            "{".repeat(deep),
            "}".repeat(deep)
        ),
        format!("package p\nvar x {}int\n", "[]".repeat(deep)),
        format!("package p\nvar x = {}1\n", "- ".repeat(deep)),
        format!(
            "package p\nvar x = T{}{}\n",
            "{".repeat(deep),
            "}".repeat(deep)
        ),
        format!("package p\nvar x = {}\n", "func() {".repeat(deep)),
    ];
    for src in &cases {
        let parsed = common::parse(src);
        assert!(
            parsed
                .rendered()
                .iter()
                .any(|d| d.ends_with("syntax error: nesting too deep")),
            "{:?}",
            parsed.rendered()
        );
    }
}

#[test]
fn long_else_if_chains_need_no_nesting() {
    let mut src = String::from("package p\n\nfunc f(x int) {\n\tif x == 0 {\n\t}");
    for i in 1..5000 {
        src.push_str(&format!(" else if x == {} {{\n\t}}", i));
    }
    src.push_str(" else {\n\t}\n}\n");
    let parsed = common::parse(&src);
    assert!(parsed.diags.is_empty(), "{:?}", parsed.rendered());
}

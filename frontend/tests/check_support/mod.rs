//! Shared helpers for the type checker's integration tests: parse and check a one-file package
//! named `./x.go`, and render the diagnostics the way gc prints them (sorted by position,
//! identical lines once), to compare with what the real `go build -gcflags=-e` printed.

#![allow(dead_code)]

use frontend::ast::Ast;
use frontend::check::{check_package, TypeInfo};
use middle::source::{Diagnostic, SourceMap};

/// A checked one-file package.
pub struct Checked {
    /// The source map (one file, `./x.go`).
    pub map: SourceMap,
    /// The parsed tree.
    pub ast: Ast,
    /// The checker's facts.
    pub info: TypeInfo,
    /// The checker's diagnostics, in reporting order.
    pub diags: Vec<Diagnostic>,
}

/// Parses (asserting no parse errors) and checks `src` as `./x.go`.
pub fn check(src: &str) -> Checked {
    let mut map = SourceMap::new();
    let id = map.add_file("./x.go".to_string(), src.to_string());
    let (ast, parse_diags) = frontend::parser::parse_files(&map, &[id]);
    let rendered: Vec<String> = parse_diags.iter().map(|d| d.render(&map)).collect();
    assert!(
        rendered.is_empty(),
        "unexpected parse errors: {rendered:#?}"
    );
    let (info, diags) = check_package(&ast, &map);
    Checked {
        map,
        ast,
        info,
        diags,
    }
}

/// The diagnostics rendered as gc prints them with `-e`: sorted by position, deduplicated.
pub fn render_sorted(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut lines: Vec<(u32, u32, String)> = diags
        .iter()
        .map(|d| {
            let lc = map.line_col(d.pos);
            (lc.line, lc.col, d.render(map))
        })
        .collect();
    lines.sort_by_key(|(line, col, _)| (*line, *col));
    lines.dedup_by(|a, b| a.2 == b.2);
    lines.into_iter().map(|(_, _, text)| text + "\n").collect()
}

/// Asserts that checking `src` reports exactly `expected` (gc's output for the same file).
pub fn assert_gc_errors(src: &str, expected: &str) {
    let checked = check(src);
    let got = render_sorted(&checked.map, &checked.diags);
    assert_eq!(
        got, expected,
        "\n--- got ---\n{got}--- expected ---\n{expected}"
    );
}

/// Checks `src`, asserting that it has no errors, and returns the facts.
pub fn check_ok(src: &str) -> Checked {
    let checked = check(src);
    let got = render_sorted(&checked.map, &checked.diags);
    assert!(got.is_empty(), "unexpected errors:\n{got}");
    checked
}

//! Round trip: every sample program is parsed, printed back as Go source from the tree, and
//! re-parsed. The printed program must have exactly the tokens of the original (ignoring
//! semicolons, comments and the grouping of imports) and printing must be a fixed point.

mod common;

#[path = "common/printer.rs"]
mod printer;

use frontend::ast::LitKind;
use frontend::lexer::{decode_literal, tokenize};
use frontend::token::TokenKind;

/// The tokens of `src` from the first top-level declaration keyword on, without semicolons,
/// as `kind text` (literals by decoded value, so quoting style does not matter).
fn decl_tokens(src: &str) -> Vec<String> {
    let (toks, diags) = tokenize(src, 0);
    assert!(diags.is_empty(), "{:?}", diags);
    let first = toks
        .iter()
        .position(|t| {
            matches!(
                t.kind,
                TokenKind::Const | TokenKind::Var | TokenKind::Type | TokenKind::Func
            )
        })
        .unwrap_or(toks.len());
    toks[first..]
        .iter()
        .filter(|t| !matches!(t.kind, TokenKind::Semi | TokenKind::Eof))
        .map(|t| {
            let text = &src[t.pos.0 as usize..t.end.0 as usize];
            let shown = match t.lit_kind {
                LitKind::String if t.kind == TokenKind::Literal => {
                    String::from_utf8_lossy(&decode_literal(LitKind::String, text)).into_owned()
                }
                _ => text.to_string(),
            };
            format!("{:?} {}", t.kind, shown)
        })
        .collect()
}

fn round_trip(name: &str, src: &str) {
    let parsed = common::parse(src);
    assert!(parsed.diags.is_empty(), "{}: {:?}", name, parsed.rendered());
    let printed = printer::print_file(&parsed.ast, parsed.file());

    let reparsed = common::parse(&printed);
    assert!(
        reparsed.diags.is_empty(),
        "{}: printed program has errors {:?}:\n{}",
        name,
        reparsed.rendered(),
        printed
    );
    let reprinted = printer::print_file(&reparsed.ast, reparsed.file());
    assert_eq!(
        printed, reprinted,
        "{}: printing is not a fixed point",
        name
    );

    let original = decl_tokens(src);
    let round = decl_tokens(&printed);
    if let Some(i) = original.iter().zip(&round).position(|(a, b)| a != b) {
        panic!(
            "{}: token {} differs: original {:?}, printed {:?}\n{}",
            name, i, original[i], round[i], printed
        );
    }
    assert_eq!(
        original.len(),
        round.len(),
        "{}: same number of tokens",
        name
    );

    let imports: Vec<&str> = parsed
        .file()
        .imports
        .iter()
        .map(|i| i.path.as_str())
        .collect();
    let reimports: Vec<&str> = reparsed
        .file()
        .imports
        .iter()
        .map(|i| i.path.as_str())
        .collect();
    assert_eq!(imports, reimports);
}

#[test]
fn declarations_sample_round_trips() {
    round_trip("shapes", include_str!("samples/shapes.go"));
}

#[test]
fn statements_sample_round_trips() {
    round_trip("algo", include_str!("samples/algo.go"));
}

#[test]
fn expressions_sample_round_trips() {
    round_trip("literals", include_str!("samples/literals.go"));
}

#[test]
fn escape_sample_round_trips() {
    round_trip("escape", include_str!("samples/escape.go"));
}

#[test]
fn sample_trees_have_the_expected_shape() {
    use frontend::ast::{Decl, ExprKind, StmtKind};
    let parsed = common::parse(include_str!("samples/shapes.go"));
    let file = parsed.file();
    assert_eq!(file.package.name, "shapes");
    let paths: Vec<(Option<&str>, &str)> = file
        .imports
        .iter()
        .map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            (None, "errors"),
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("_"), "os"),
            (Some("."), "strings"),
            (None, "sort")
        ]
    );
    // const ( KindNone Kind = iota; KindCircle; KindRect; _; KindPoly )
    let Decl::Const(specs) = &file.decls[1] else {
        panic!("const group")
    };
    let iotas: Vec<u32> = specs.iter().map(|s| s.iota).collect();
    assert_eq!(iotas, [0, 1, 2, 3, 4]);
    assert!(specs[0].ty.is_some() && specs[0].values.len() == 1);
    assert!(specs[1..]
        .iter()
        .all(|s| s.ty.is_none() && s.values.is_empty()));
    // type ( Alias = Point; ... )
    let aliases: Vec<bool> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Type(specs) if specs.len() > 1 => {
                Some(specs.iter().map(|s| s.alias).collect::<Vec<_>>())
            }
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(aliases.iter().filter(|&&a| a).count(), 1);
    // Circle embeds Point and has a tagged field.
    let circle = file
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Type(specs) => specs.iter().find(|s| s.name.name == "Circle"),
            _ => None,
        })
        .expect("Circle");
    let ExprKind::StructType(fields) = &parsed.ast.expr(circle.ty).kind else {
        panic!("struct")
    };
    assert!(fields[0].names.is_empty());
    assert_eq!(fields[1].tag.as_deref(), Some("json:\"radius\""));
    // Describe's type switch binds v and has a nil case.
    let describe = file
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) if f.name.name == "Describe" => Some(f),
            _ => None,
        })
        .expect("Describe");
    let body = describe.body.as_ref().expect("body");
    let StmtKind::TypeSwitch { bind, cases, .. } = &body.stmts[0].kind else {
        panic!("type switch")
    };
    assert_eq!(bind.as_ref().map(|b| b.name.as_str()), Some("v"));
    assert_eq!(cases.len(), 4);
    assert!(cases[3].is_default);
}

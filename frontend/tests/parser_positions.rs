//! Node positions compared with gc.
//!
//! `samples/*.positions` list `category line:col` for every node of the sample programs. They
//! match what gc's own syntax package (Go 1.27) reports for the same files, except two
//! artifacts of gc's tree left out here: import paths and struct tags are literals there, and a
//! type shared by several field names is visited once per name. The `-m` test uses positions
//! printed by the real compiler (`go build -gcflags='-m -l'` and `-m=2`) for `samples/escape.go`.

mod common;

use frontend::ast::{ExprKind, StmtKind, UnaryOp};

/// Compares the position dump of a sample with its golden file.
fn check_sample(name: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/samples/");
    let src = std::fs::read_to_string(format!("{}{}.go", dir, name)).expect("sample exists");
    let golden =
        std::fs::read_to_string(format!("{}{}.positions", dir, name)).expect("golden exists");
    let parsed = common::parse(&src);
    assert!(parsed.diags.is_empty(), "{:?}", parsed.rendered());
    let got = common::position_dump(&parsed);
    let want: Vec<&str> = golden.lines().collect();
    let missing: Vec<&&str> = want
        .iter()
        .filter(|w| !got.iter().any(|g| g == **w))
        .collect();
    let extra: Vec<&String> = got.iter().filter(|g| !want.contains(&g.as_str())).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{}: missing {:?}, extra {:?}",
        name,
        missing,
        extra
    );
    assert_eq!(got.len(), want.len(), "{}: same number of nodes", name);
}

#[test]
fn statement_sample_positions_match_gc() {
    check_sample("algo");
}

#[test]
fn expression_sample_positions_match_gc() {
    check_sample("literals");
}

#[test]
fn declaration_sample_positions_match_gc() {
    check_sample("shapes");
}

/// The positions of the expressions of `kind` (by a predicate) on `line`, as `line:col`.
fn find(parsed: &common::Parsed, line: u32, pred: impl Fn(&ExprKind) -> bool) -> Vec<String> {
    parsed
        .ast
        .exprs
        .iter()
        .filter(|e| pred(&e.kind) && parsed.map.line_col(e.pos).line == line)
        .map(|e| parsed.lc(e.pos))
        .collect()
}

#[test]
fn escape_analysis_positions_match_gc_dash_m() {
    let src = include_str!("samples/escape.go");
    let p = common::parse(src);
    assert!(p.diags.is_empty(), "{:?}", p.rendered());
    // ./x.go:11:7: &x (address-of), ./x.go:11:6: leak(&x) (call parameter)
    assert_eq!(
        find(&p, 11, |k| matches!(
            k,
            ExprKind::Unary {
                op: UnaryOp::Addr,
                ..
            }
        )),
        ["11:7"]
    );
    assert_eq!(
        find(&p, 11, |k| matches!(k, ExprKind::Call { .. })),
        ["11:6"]
    );
    // ./x.go:12:12: []int{...} escapes to heap
    assert_eq!(
        find(&p, 12, |k| matches!(k, ExprKind::Composite { .. })),
        ["12:12"]
    );
    // ./x.go:14:7: func literal escapes to heap
    assert_eq!(
        find(&p, 14, |k| matches!(k, ExprKind::FuncLit { .. })),
        ["14:7"]
    );
    // ./x.go:17:11: a + b escapes to heap
    assert_eq!(
        find(&p, 17, |k| matches!(k, ExprKind::Binary { .. })),
        ["17:11"]
    );
    // ./x.go:18:21: map[string]int{...} escapes to heap
    assert_eq!(
        find(&p, 18, |k| matches!(k, ExprKind::Composite { .. })),
        ["18:21"]
    );
    // ./x.go:20:7: &T{...} escapes to heap
    assert_eq!(
        find(&p, 20, |k| matches!(
            k,
            ExprKind::Unary {
                op: UnaryOp::Addr,
                ..
            }
        )),
        ["20:7"]
    );
    // ./x.go:22:10: new(int) escapes to heap
    assert_eq!(
        find(&p, 22, |k| matches!(k, ExprKind::Call { .. })),
        ["22:10"]
    );
    // ./x.go:24:13: [2]T{...} escapes to heap (the inner elided literals at their own `{`)
    assert_eq!(
        find(&p, 24, |k| matches!(
            k,
            ExprKind::Composite { ty: Some(_), .. }
        )),
        ["24:13"]
    );
    assert_eq!(
        find(&p, 24, |k| matches!(
            k,
            ExprKind::Composite { ty: None, .. }
        )),
        ["24:14", "24:22"]
    );
    // ./x.go:26:6: &T{} escapes to heap
    assert_eq!(
        find(&p, 26, |k| matches!(
            k,
            ExprKind::Unary {
                op: UnaryOp::Addr,
                ..
            }
        )),
        ["26:6"]
    );
    // ./x.go:28:12: fmt(... argument...) escapes to heap
    assert_eq!(
        find(&p, 28, |k| matches!(k, ExprKind::Call { .. })),
        ["28:12"]
    );
    // ./x.go:7:26: from p (interface-converted)
    assert_eq!(
        find(&p, 7, |k| matches!(k, ExprKind::Ident(n) if n == "p")),
        ["7:26"]
    );
}

#[test]
fn escape_analysis_statement_positions_match_gc_dash_m2() {
    let src = include_str!("samples/escape.go");
    let p = common::parse(src);
    let mut assigns = Vec::new();
    let mut returns = Vec::new();
    common::walk_file(&p.ast, p.file(), &mut |node| {
        if let common::Node::Stmt(s) = node {
            match s.kind {
                StmtKind::Assign { .. } => assigns.push(p.lc(s.pos)),
                StmtKind::Return(_) => returns.push(p.lc(s.pos)),
                _ => {}
            }
        }
    });
    // -m=2: "from sink = p (assign) at ./x.go:7:24", "from f := func literal (assign) at
    // ./x.go:14:4", "from sink = s (assign) at ./x.go:13:7", "from m := ... at ./x.go:18:4",
    // "from p := &T{...} (assign) at ./x.go:20:4", "from return args (return) at ./x.go:31:31".
    for want in [
        "7:24", "13:7", "14:4", "15:7", "18:4", "19:7", "20:4", "21:7",
    ] {
        assert!(
            assigns.contains(&want.to_string()),
            "assignment at {} in {:?}",
            want,
            assigns
        );
    }
    assert_eq!(returns, ["14:20", "31:31"]);
}

#[test]
fn declaration_positions() {
    let p = common::parse("package p\n\nfunc (r *T) M(a, b int, c ...string) (x int) { return }\n");
    let frontend::ast::Decl::Func(f) = &p.file().decls[0] else {
        panic!("a function")
    };
    assert_eq!(p.lc(f.pos), "3:1");
    assert_eq!(p.lc(f.name.pos), "3:13");
    assert_eq!(p.lc(f.sig.pos), "3:14");
    let recv = f.recv.as_ref().expect("receiver");
    assert_eq!(p.lc(recv.pos), "3:7");
    assert_eq!(f.sig.params.len(), 2);
    assert_eq!(f.sig.params[0].names.len(), 2);
    assert!(f.sig.params[1].variadic);
    assert_eq!(p.lc(f.sig.params[1].pos), "3:25");
    assert_eq!(p.lc(p.ast.expr(f.sig.params[1].ty).pos), "3:30");
    let body = f.body.as_ref().expect("body");
    assert_eq!(
        (p.lc(body.pos), p.lc(body.rbrace)),
        ("3:46".to_string(), "3:55".to_string())
    );
}

#[test]
fn receive_channel_types_are_positioned_like_gc() {
    // gc: in a type context `<-chan T` is at the `<-`; as an operand (re-associated after the
    // `<-` was read as a receive) it keeps the position of `chan`.
    let p = common::parse("package p\n\nvar a <-chan int\nvar b = (<-chan int)(nil)\n");
    assert!(p.diags.is_empty(), "{:?}", p.rendered());
    let chans: Vec<(String, String)> = p
        .ast
        .exprs
        .iter()
        .filter(|e| matches!(e.kind, ExprKind::ChanType { .. }))
        .map(|e| (p.lc(e.pos), p.lc(e.span.lo)))
        .collect();
    assert_eq!(
        chans,
        [
            ("3:7".to_string(), "3:7".to_string()),
            ("4:12".to_string(), "4:10".to_string())
        ]
    );
}

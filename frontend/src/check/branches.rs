//! Labels and branch statements, checked per function body before type checking, as gc's
//! parser does (`syntax.CheckBranches`): misplaced `break`, `continue` and `fallthrough`, bad
//! labelled branches, undefined, duplicate and unused labels, and `goto`s that jump over
//! variable declarations or into blocks.

use std::collections::HashMap;

use middle::source::Pos;

use super::Checker;
use crate::ast::{AssignOp, Block, Decl, ExprKind, Ident, Stmt, StmtKind};

/// What a labelled statement is, for `break L` / `continue L`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Labeled {
    /// A `for` loop (including range loops).
    For,
    /// A `switch` or `select`.
    SwitchOrSelect,
    /// Anything else.
    Other,
}

/// A declared label.
struct Label {
    /// The block containing the label.
    block: usize,
    /// Identity of the labelled statement.
    stmt: usize,
    /// What it labels.
    kind: Labeled,
    /// The label identifier.
    ident: Ident,
    /// Some branch refers to it.
    used: bool,
}

/// A block of statements.
struct BlockInfo {
    /// The enclosing block.
    parent: Option<usize>,
    /// Position of the block's start (for `goto ... jumps into block starting at`).
    start: Pos,
    /// Identity of the labelled statement this block belongs to, if any.
    lstmt: Option<usize>,
}

/// The innermost targets of unlabelled branches.
#[derive(Clone, Copy)]
struct Targets {
    /// What an unlabelled `break` leaves, if it is allowed.
    breaks: Option<BreakTarget>,
    /// `continue` is allowed.
    continues: bool,
    /// Index of the enclosing switch case and the number of cases.
    case: Option<(usize, usize)>,
}

/// The innermost statement an unlabelled `break` leaves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BreakTarget {
    /// A `for` loop.
    Loop,
    /// An expression switch.
    Switch,
    /// A type switch.
    TypeSwitch,
    /// A `select`.
    Select,
}

/// The label scope of one function body.
struct LabelScope<'c, 'a> {
    /// The checker, for reporting.
    checker: &'c mut Checker<'a>,
    /// Every label declared in the body.
    labels: HashMap<String, Label>,
    /// Every block of the body.
    blocks: Vec<BlockInfo>,
    /// The next labelled-statement identity.
    next_stmt: usize,
    /// Every goto seen, by id: its label.
    gotos: Vec<Ident>,
}

impl Checker<'_> {
    /// Checks the branches of every function body not containing a position of `skip`,
    /// innermost bodies first.
    pub(crate) fn check_branches_except(&mut self, skip: &[Pos]) {
        let ast = self.ast;
        let mut bodies: Vec<(Pos, &Block)> = Vec::new();
        for file in &ast.files {
            for decl in &file.decls {
                if let Decl::Func(fd) = decl {
                    if let Some(body) = &fd.body {
                        bodies.push((body.rbrace, body));
                    }
                }
            }
        }
        for expr in &ast.exprs {
            if let ExprKind::FuncLit { body, .. } = &expr.kind {
                bodies.push((body.rbrace, body));
            }
        }
        bodies.sort_by_key(|(end, _)| *end);
        bodies.retain(|(end, body)| !skip.iter().any(|p| body.pos <= *p && p <= end));
        for (_, body) in bodies {
            let mut scope = LabelScope {
                checker: self,
                labels: HashMap::new(),
                blocks: Vec::new(),
                next_stmt: 0,
                gotos: Vec::new(),
            };
            scope.function(body);
        }
    }
}

impl LabelScope<'_, '_> {
    fn error(&mut self, pos: Pos, message: String) {
        self.checker.error(pos, message);
    }

    fn function(&mut self, body: &Block) {
        let top = Targets {
            breaks: None,
            continues: false,
            case: None,
        };
        let forward = self.block_branches(None, top, None, body.pos, &body.stmts);
        for id in forward {
            let label = self.gotos[id].clone();
            match self.labels.get_mut(&label.name) {
                Some(l) => {
                    l.used = true;
                    let start = self.blocks[l.block].start;
                    let message = format!(
                        "goto {} jumps into block starting at {}",
                        label.name,
                        self.checker.pos_string(start)
                    );
                    self.error(label.pos, message);
                }
                None => self.error(label.pos, format!("label {} not defined", label.name)),
            }
        }
        let mut unused: Vec<Ident> = self
            .labels
            .values()
            .filter(|l| !l.used)
            .map(|l| l.ident.clone())
            .collect();
        unused.sort_by_key(|i| i.pos);
        for ident in unused {
            self.error(
                ident.pos,
                format!("label {} defined and not used", ident.name),
            );
        }
    }

    /// Processes a block; returns the ids of gotos not resolved within it.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<usize>,
        start: Pos,
        body: &[Stmt],
    ) -> Vec<usize> {
        let block = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt,
        });
        let mut var_decl: Option<(Pos, String)> = None;
        let mut forward: Vec<usize> = Vec::new();
        let mut bad: Vec<usize> = Vec::new();
        let count = body
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            .map_or(0, |i| i + 1);
        let stmts = &body[..count];
        for (index, stmt) in stmts.iter().enumerate() {
            let mut current_label: Option<usize> = None;
            let mut s = stmt;
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if label.name != "_" {
                    let id = self.next_stmt;
                    self.next_stmt += 1;
                    self.declare(block, id, label, labeled_kind(inner));
                    let mut kept = Vec::new();
                    for g in forward.drain(..) {
                        if self.gotos[g].name == label.name {
                            if let Some(l) = self.labels.get_mut(&label.name) {
                                l.used = true;
                            }
                            if let Some((pos, name)) =
                                var_decl.as_ref().filter(|_| bad.contains(&g))
                            {
                                let message = format!(
                                    "goto {} jumps over declaration of {name} at {}",
                                    label.name,
                                    self.checker.pos_string(*pos)
                                );
                                let at = self.gotos[g].pos;
                                self.error(at, message);
                            }
                        } else {
                            kept.push(g);
                        }
                    }
                    forward = kept;
                    current_label = Some(id);
                }
                s = inner;
            }
            let inner_block = |this: &mut Self,
                               ctxt: Targets,
                               start: Pos,
                               body: &[Stmt],
                               forward: &mut Vec<usize>| {
                let unresolved = this.block_branches(Some(block), ctxt, current_label, start, body);
                forward.extend(unresolved);
            };
            match &s.kind {
                StmtKind::Decl(Decl::Var(specs)) => {
                    if let Some(spec) = specs.first() {
                        let name = spec.names.first().map_or(String::new(), |n| n.name.clone());
                        var_decl = Some((spec.pos, name));
                        bad = forward.clone();
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } => {
                    let names: Vec<String> =
                        lhs.iter().map(|&e| self.checker.expr_str(e)).collect();
                    var_decl = Some((s.pos, names.join(", ")));
                    bad = forward.clone();
                }
                StmtKind::Break(None) if ctxt.breaks.is_none() => {
                    self.error(
                        s.pos,
                        "break is not in a loop, switch, or select".to_string(),
                    );
                }
                StmtKind::Continue(None) if !ctxt.continues => {
                    self.error(s.pos, "continue is not in a loop".to_string());
                }
                StmtKind::Fallthrough => {
                    let message = match (ctxt.breaks, ctxt.case) {
                        (Some(BreakTarget::TypeSwitch), _) => {
                            Some("cannot fallthrough in type switch")
                        }
                        (Some(BreakTarget::Switch), Some((case, total)))
                            if index + 1 == stmts.len() =>
                        {
                            (case + 1 == total).then_some("cannot fallthrough final case in switch")
                        }
                        _ => Some("fallthrough statement out of place"),
                    };
                    if let Some(message) = message {
                        self.error(s.pos, message.to_string());
                    }
                }
                StmtKind::Break(Some(label)) => match self.enclosing_target(block, &label.name) {
                    Some(Labeled::For | Labeled::SwitchOrSelect) => {}
                    Some(Labeled::Other) => {
                        self.error(label.pos, format!("invalid break label {}", label.name))
                    }
                    None => self.error(
                        label.pos,
                        format!("break label not defined: {}", label.name),
                    ),
                },
                StmtKind::Continue(Some(label)) => {
                    match self.enclosing_target(block, &label.name) {
                        Some(Labeled::For) => {}
                        Some(_) => {
                            self.error(label.pos, format!("invalid continue label {}", label.name))
                        }
                        None => self.error(
                            label.pos,
                            format!("continue label not defined: {}", label.name),
                        ),
                    }
                }
                StmtKind::Goto(label) if !self.goto_target(block, &label.name) => {
                    self.gotos.push(label.clone());
                    forward.push(self.gotos.len() - 1);
                }
                StmtKind::Block(b) => {
                    let inner = Targets { case: None, ..ctxt };
                    inner_block(self, inner, b.pos, &b.stmts, &mut forward);
                }
                StmtKind::If { then, els, .. } => {
                    let inner = Targets { case: None, ..ctxt };
                    inner_block(self, inner, then.pos, &then.stmts, &mut forward);
                    if let Some(els) = els {
                        let start = match &els.kind {
                            StmtKind::Block(b) => b.pos,
                            _ => els.pos,
                        };
                        inner_block(
                            self,
                            inner,
                            start,
                            std::slice::from_ref(els.as_ref()),
                            &mut forward,
                        );
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner = Targets {
                        breaks: Some(BreakTarget::Loop),
                        continues: true,
                        case: None,
                    };
                    inner_block(self, inner, body.pos, &body.stmts, &mut forward);
                }
                StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                    let target = if matches!(s.kind, StmtKind::TypeSwitch { .. }) {
                        BreakTarget::TypeSwitch
                    } else {
                        BreakTarget::Switch
                    };
                    for (i, clause) in cases.iter().enumerate() {
                        let inner = Targets {
                            breaks: Some(target),
                            continues: ctxt.continues,
                            case: Some((i, cases.len())),
                        };
                        inner_block(self, inner, clause.pos, &clause.body, &mut forward);
                    }
                }
                StmtKind::Select(clauses) => {
                    for clause in clauses {
                        let inner = Targets {
                            breaks: Some(BreakTarget::Select),
                            continues: ctxt.continues,
                            case: None,
                        };
                        inner_block(self, inner, clause.pos, &clause.body, &mut forward);
                    }
                }
                _ => {}
            }
        }
        forward
    }

    /// Declares a label in `block`, reporting duplicates.
    fn declare(&mut self, block: usize, stmt: usize, ident: &Ident, kind: Labeled) {
        if let Some(alt) = self.labels.get(&ident.name) {
            let message = format!(
                "label {} already defined at {}",
                ident.name,
                self.checker.pos_string(alt.ident.pos)
            );
            self.error(ident.pos, message);
            return;
        }
        self.labels.insert(
            ident.name.clone(),
            Label {
                block,
                stmt,
                kind,
                ident: ident.clone(),
                used: false,
            },
        );
    }

    /// True if label `name` is declared in `block` or an enclosing block (marking it used).
    fn goto_target(&mut self, block: usize, name: &str) -> bool {
        let Some(label) = self.labels.get_mut(name) else {
            return false;
        };
        label.used = true;
        let target = label.block;
        let mut b = Some(block);
        while let Some(current) = b {
            if current == target {
                return true;
            }
            b = self.blocks[current].parent;
        }
        false
    }

    /// The kind of the enclosing statement labelled `name`: `None` if the label is not
    /// defined, `Some(Other)` if it does not label an enclosing statement.
    fn enclosing_target(&mut self, block: usize, name: &str) -> Option<Labeled> {
        let label = self.labels.get_mut(name)?;
        label.used = true;
        let (stmt, kind) = (label.stmt, label.kind);
        let mut b = Some(block);
        while let Some(current) = b {
            if self.blocks[current].lstmt == Some(stmt) {
                return Some(kind);
            }
            b = self.blocks[current].parent;
        }
        Some(Labeled::Other)
    }
}

/// What kind of statement a label labels.
fn labeled_kind(s: &Stmt) -> Labeled {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Labeled::For,
        StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_) => {
            Labeled::SwitchOrSelect
        }
        _ => Labeled::Other,
    }
}

//! Running one test file and checking the result against its spec.

use crate::exec::{Config, Output, Status, TempDir};
use crate::spec::{AsmCheck, Kind, Spec, Want};
use regex::Regex;
use std::fmt::Write;

/// Lines of compiler output shown in a report at most.
const SHOW_LINES: usize = 40;

fn truncate_lines(s: &str, max: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let mut out = String::new();
    for l in lines.iter().take(max) {
        let _ = writeln!(out, "    | {l}");
    }
    if lines.len() > max {
        let _ = writeln!(out, "    | ... ({} more lines)", lines.len() - max);
    }
    out
}

fn show_output(o: &Output) -> String {
    let mut s = format!("  command: {}\n  result: {}\n", o.cmdline, o.status);
    if !o.stdout.is_empty() {
        let _ = write!(
            s,
            "  stdout:\n{}",
            truncate_lines(&o.stdout_str(), SHOW_LINES)
        );
    }
    if !o.stderr.is_empty() {
        let _ = write!(
            s,
            "  stderr:\n{}",
            truncate_lines(&o.stderr_str(), SHOW_LINES)
        );
    }
    s
}

/// True when the compiler itself crashed (as opposed to reporting errors).
fn compiler_crashed(o: &Output) -> Option<String> {
    match &o.status {
        Status::Exited(_) => {
            let err = o.stderr_str();
            if err.contains("panicked at") || o.status == Status::Exited(101) {
                Some("the compiler panicked".into())
            } else {
                None
            }
        }
        other => Some(format!("the compiler {other}")),
    }
}

pub fn run_test(spec: &Spec, cfg: &Config) -> Result<(), String> {
    match &spec.kind {
        Kind::Run => check_run(spec, cfg),
        Kind::Compile => check_compile(spec, cfg),
        Kind::ErrorCheck { flags, want_error } => check_errors(spec, cfg, flags, *want_error),
        Kind::Asm => check_asm(spec, cfg),
    }
}

fn check_compile(spec: &Spec, cfg: &Config) -> Result<(), String> {
    let tmp = TempDir::new(&spec.stem).map_err(|e| format!("temp dir: {e}"))?;
    let o = cfg.build(
        &spec.path,
        &["-o".into(), "/dev/null".into()],
        &[],
        tmp.path(),
    );
    if o.status != Status::Exited(0) {
        return Err(format!("compilation failed\n{}", show_output(&o)));
    }
    Ok(())
}

// ---------------------------------------------------------------- run tests

fn check_run(spec: &Spec, cfg: &Config) -> Result<(), String> {
    let tmp = TempDir::new(&spec.stem).map_err(|e| format!("temp dir: {e}"))?;
    let exe = tmp.path().join(&spec.stem);
    let build = cfg.build(
        &spec.path,
        &["-o".into(), exe.to_string_lossy().into_owned()],
        &[],
        tmp.path(),
    );
    if build.status != Status::Exited(0) || !exe.exists() {
        return Err(format!("compilation failed\n{}", show_output(&build)));
    }
    let o = cfg.execute(&exe, &spec.args, tmp.path());
    let mut problems = Vec::new();
    let want_status = Status::Exited(spec.exit);
    if o.status != want_status {
        problems.push(format!("exit status: want {}, got {}", spec.exit, o.status));
    }
    let want = spec.output.as_deref().unwrap_or_default();
    if o.stdout != want {
        problems.push(format!(
            "stdout differs from the expectation\n{}",
            diff(want, &o.stdout)
        ));
    }
    let err = o.stderr_str();
    match &spec.panic {
        Some(p) => {
            let first = err.lines().next().unwrap_or("");
            let want_line = format!("panic: {p}");
            if first != want_line {
                problems.push(format!(
                    "first line of stderr:\n    want: {want_line:?}\n    got:  {first:?}"
                ));
            }
        }
        None => {
            if let Some(l) = err
                .lines()
                .find(|l| l.starts_with("panic: ") || l.starts_with("fatal error: "))
            {
                problems.push(format!("unexpected panic: {l:?}"));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut s = problems.join("\n");
    if !o.stderr.is_empty() {
        let _ = write!(
            s,
            "\n  stderr of the program:\n{}",
            truncate_lines(&err, 15)
        );
    }
    Err(s)
}

/// A readable line diff of expected vs actual output: the first differing
/// line, then a `-`/`+` diff with context.
pub fn diff(want: &[u8], got: &[u8]) -> String {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    let wl: Vec<&str> = w.split_inclusive('\n').collect();
    let gl: Vec<&str> = g.split_inclusive('\n').collect();
    let first = wl
        .iter()
        .zip(&gl)
        .position(|(a, b)| a != b)
        .unwrap_or(wl.len().min(gl.len()));
    let mut s = String::new();
    let _ = writeln!(s, "  first difference at line {}:", first + 1);
    let _ = writeln!(
        s,
        "    want: {}",
        wl.get(first)
            .map(|l| format!("{l:?}"))
            .unwrap_or("<end of output>".into())
    );
    let _ = writeln!(
        s,
        "    got:  {}",
        gl.get(first)
            .map(|l| format!("{l:?}"))
            .unwrap_or("<end of output>".into())
    );
    let _ = writeln!(s, "  diff (- want, + got):");
    // LCS diff, bounded in size.
    const MAX: usize = 1500;
    if wl.len() > MAX || gl.len() > MAX {
        let _ = writeln!(
            s,
            "    (output too long for a full diff: {} vs {} lines)",
            wl.len(),
            gl.len()
        );
        return s;
    }
    let (n, m) = (wl.len(), gl.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if wl[i] == gl[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && wl[i] == gl[j] {
            ops.push((' ', wl[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', wl[i]));
            i += 1;
        } else {
            ops.push(('+', gl[j]));
            j += 1;
        }
    }
    // Show changed lines with 2 lines of context; at most 60 lines.
    let keep: Vec<bool> = (0..ops.len())
        .map(|k| {
            let lo = k.saturating_sub(2);
            let hi = (k + 3).min(ops.len());
            ops[lo..hi].iter().any(|(c, _)| *c != ' ')
        })
        .collect();
    let mut shown = 0;
    let mut skipped = false;
    for (k, (c, l)) in ops.iter().enumerate() {
        if !keep[k] {
            skipped = true;
            continue;
        }
        if skipped {
            let _ = writeln!(s, "    ...");
            skipped = false;
        }
        if shown == 60 {
            let _ = writeln!(s, "    ... (diff truncated)");
            break;
        }
        let text = l
            .strip_suffix('\n')
            .map(|t| t.to_string())
            .unwrap_or_else(|| format!("{l}<no newline>"));
        let _ = writeln!(s, "    {c} {text}");
        shown += 1;
    }
    s
}

// ---------------------------------------------------------- errorcheck tests

/// A diagnostic `file:line:col: message`; continuation lines (starting with
/// a tab) are appended to the message, as in Go's test/run.go.
#[derive(Debug, Clone)]
pub struct Diag {
    pub line: usize,
    pub text: String,
    pub raw: String,
    /// Diagnostic about another file: it can never match.
    pub foreign: bool,
}

pub fn parse_diagnostics(output: &str, name: &str) -> Vec<Diag> {
    let pos = Regex::new(r"^(\S[^:]*):(\d+)(?::\d+)?: (.*)$").unwrap();
    let mut diags: Vec<Diag> = Vec::new();
    let mut last_is_diag = false;
    for line in output.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('\t') {
            if last_is_diag {
                let d = diags.last_mut().unwrap();
                d.text.push('\n');
                d.text.push_str(line);
                d.raw.push('\n');
                d.raw.push_str(line);
            }
            continue;
        }
        last_is_diag = false;
        if line.starts_with('#') || line.starts_with("<autogenerated>") {
            continue;
        }
        if line.trim() == "too many errors" {
            // gc-style cut-off without a position: it belongs to the line of
            // the last diagnostic (gc prints it with that position).
            let l = diags.last().map(|d| d.line).unwrap_or(0);
            diags.push(Diag {
                line: l,
                text: "too many errors".into(),
                raw: line.into(),
                foreign: false,
            });
            continue;
        }
        if let Some(c) = pos.captures(line) {
            let file = &c[1];
            let foreign = !(file == name || file.ends_with(&format!("/{name}")));
            diags.push(Diag {
                line: c[2].parse().unwrap_or(0),
                text: c[3].to_string(),
                raw: line.to_string(),
                foreign,
            });
            last_is_diag = true;
        }
    }
    diags
}

/// Go's errorcheck matching: each annotation takes every diagnostic on its
/// line that it matches and must take at least one; diagnostics left over are
/// unmatched. Returns the list of problems.
pub fn match_errors(wants: &[Want], diags: Vec<Diag>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut out = diags;
    for w in wants {
        let (on_line, rest): (Vec<Diag>, Vec<Diag>) = out
            .into_iter()
            .partition(|d| !d.foreign && d.line == w.line);
        out = rest;
        if on_line.is_empty() {
            problems.push(format!(
                "line {}: missing error matching {:?}",
                w.line, w.src
            ));
            continue;
        }
        let mut matched = false;
        let mut unmatched = Vec::new();
        for d in on_line {
            if w.re.is_match(&d.text) {
                matched = true;
            } else {
                unmatched.push(d);
            }
        }
        if !matched {
            problems.push(format!(
                "line {}: no diagnostic matches {:?}; the line has:\n{}",
                w.line,
                w.src,
                unmatched
                    .iter()
                    .map(|d| format!("      {}", d.raw))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
        out.extend(unmatched);
    }
    out.sort_by_key(|d| d.line);
    for d in out {
        problems.push(format!("unexpected diagnostic: {}", d.raw));
    }
    problems
}

fn check_errors(
    spec: &Spec,
    cfg: &Config,
    flags: &[String],
    want_error: bool,
) -> Result<(), String> {
    let tmp = TempDir::new(&spec.stem).map_err(|e| format!("temp dir: {e}"))?;
    let o = cfg.build(
        &spec.path,
        &["-o".into(), "/dev/null".into()],
        flags,
        tmp.path(),
    );
    if let Some(c) = compiler_crashed(&o) {
        return Err(format!("{c}\n{}", show_output(&o)));
    }
    let mut problems = Vec::new();
    let failed = o.status != Status::Exited(0);
    if want_error && !failed {
        problems.push("compilation succeeded unexpectedly".to_string());
    }
    if !want_error && failed {
        problems.push(format!(
            "compilation failed ({}), but the header has -0",
            o.status
        ));
    }
    let mut all = o.stderr_str();
    all.push_str(&o.stdout_str());
    let diags = parse_diagnostics(&all, &spec.name);
    problems.extend(match_errors(&spec.wants, diags));
    if problems.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}\n  compiler output ({}):\n{}",
        problems
            .iter()
            .map(|p| format!("  {p}"))
            .collect::<Vec<_>>()
            .join("\n"),
        o.cmdline,
        truncate_lines(&all, SHOW_LINES)
    ))
}

// ----------------------------------------------------------------- asm tests

/// A function of a `-S` listing: a header line at column 0 whose first word
/// is the symbol (`main.f`, `main.(*T).M`), then indented instruction lines.
pub struct AsmFunc {
    pub symbol: String,
    pub body: Vec<String>,
}

pub fn parse_listing(listing: &str) -> Vec<AsmFunc> {
    let mut funcs: Vec<AsmFunc> = Vec::new();
    for line in listing.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            let symbol = line
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(':')
                .to_string();
            funcs.push(AsmFunc {
                symbol,
                body: Vec::new(),
            });
        } else if let Some(f) = funcs.last_mut() {
            f.body.push(line.trim().to_string());
        }
    }
    funcs
}

/// `main.(*T).M` -> `T.M`, `main.f[go.shape.int]` -> `f`, `f` -> `f`.
pub fn normalize_symbol(sym: &str) -> String {
    let mut s = sym.to_string();
    if let Some(i) = s.find('[') {
        s.truncate(i);
    }
    let s = s.replace("(*", "").replace(['(', ')'], "");
    s.strip_prefix("main.").map(str::to_string).unwrap_or(s)
}

/// The instruction text of a listing line. gc prints
/// `0x0000 00000 (/path/x.go:3)\tINCQ\tAX` and gosub
/// `0x0000 00000 (x.go:3)\tinc rax\t; comment` (`(-)` for code without a
/// position): only the part after the first tab is matched. Other lines
/// (gosub's `; stack: ...` lines for sites without code) are matched whole.
pub fn instruction(line: &str) -> &str {
    if line.starts_with("0x") {
        if let Some(i) = line.find('\t') {
            return line[i + 1..].trim_start();
        }
    }
    if line.starts_with(';') {
        return line;
    }
    if let Some(i) = line.find(".go:") {
        if let Some(j) = line[i..].find(')') {
            return line[i + j + 1..].trim_start();
        }
    }
    line
}

/// The targets whose asm checks run when `GOARCH` is not set.
const ASM_TARGETS: &[&str] = &["amd64", "arm64"];

fn check_asm(spec: &Spec, cfg: &Config) -> Result<(), String> {
    let archs: Vec<&str> = if cfg.arch_from_env {
        vec![cfg.arch.as_str()]
    } else {
        ASM_TARGETS.to_vec()
    };
    let mut problems = Vec::new();
    let mut listings = Vec::new();
    for arch in archs {
        let checks: Vec<&AsmCheck> = spec.asm.iter().filter(|c| c.arch == arch).collect();
        if !checks.is_empty() {
            check_asm_target(
                spec,
                &cfg.for_arch(arch),
                &checks,
                &mut problems,
                &mut listings,
            );
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut s = problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n");
    for l in listings {
        s.push_str(&l);
    }
    Err(s)
}

/// Builds `spec` with `-S` for `cfg.arch` and applies that target's
/// `checks`, adding failures to `problems` and the listings of the
/// functions concerned to `listings`.
fn check_asm_target(
    spec: &Spec,
    cfg: &Config,
    checks: &[&AsmCheck],
    problems: &mut Vec<String>,
    listings: &mut Vec<String>,
) {
    let tmp = match TempDir::new(&spec.stem) {
        Ok(t) => t,
        Err(e) => return problems.push(format!("temp dir: {e}")),
    };
    let o = if cfg.is_gc() {
        cfg.build(
            &spec.path,
            &["-o".into(), "/dev/null".into()],
            &["-S".into()],
            tmp.path(),
        )
    } else {
        cfg.build(
            &spec.path,
            &["-o".into(), "/dev/null".into(), "-S".into()],
            &[],
            tmp.path(),
        )
    };
    if o.status != Status::Exited(0) {
        return problems.push(format!(
            "{}: compilation failed\n{}",
            cfg.arch,
            show_output(&o)
        ));
    }
    let mut listing = o.stdout_str();
    listing.push_str(&o.stderr_str());
    let funcs = parse_listing(&listing);
    let mut shown = std::collections::BTreeSet::new();
    for c in checks {
        let Some(f) = funcs.iter().find(|f| normalize_symbol(&f.symbol) == c.func) else {
            problems.push(format!(
                "line {}: {}: function {} not found in the -S listing",
                c.line, c.arch, c.func
            ));
            continue;
        };
        let hit = f.body.iter().find(|l| c.re.is_match(instruction(l)));
        match (c.negative, hit) {
            (false, None) => {
                problems.push(format!(
                    "line {}: {}: listing of {} has no match for {:?}",
                    c.line, c.arch, c.func, c.src
                ));
                shown.insert(c.func.clone());
            }
            (true, Some(l)) => {
                problems.push(format!(
                    "line {}: {}: listing of {} matches forbidden {:?}: {l}",
                    c.line, c.arch, c.func, c.src
                ));
                shown.insert(c.func.clone());
            }
            _ => {}
        }
    }
    for name in shown {
        if let Some(f) = funcs.iter().find(|f| normalize_symbol(&f.symbol) == name) {
            listings.push(format!(
                "\n  {} listing of {}:\n{}",
                cfg.arch,
                f.symbol,
                truncate_lines(&f.body.join("\n"), 60)
            ));
        }
    }
}

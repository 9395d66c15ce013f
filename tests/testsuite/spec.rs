//! Parsing of test files: the header comment, the `// Exit:`, `// Panic:`,
//! `// Args:` directives, the trailing `// Output:` block (or sibling
//! `name.out`), `// ERROR "re"` annotations and `// amd64:"re"` asm checks.
//!
//! The format follows Go's `test/` directory: a file is both the program and
//! its specification. See testsuite/README.md.

use regex::Regex;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `// run`: build, run, compare stdout, exit status and panic line.
    Run,
    /// `// compile`: the build must succeed (nothing else is checked).
    Compile,
    /// `// errorcheck [flags]`: diagnostics must match the annotations.
    /// `want_error` is true unless the flags contain `-0` (Go's convention:
    /// `-0` means the compilation must succeed, `-1` that it must fail).
    ErrorCheck {
        flags: Vec<String>,
        want_error: bool,
    },
    /// `// asm` (or Go's `// asmcheck`): `-S` listing checks.
    Asm,
}

/// One `// ERROR "re"` annotation.
#[derive(Debug)]
pub struct Want {
    pub line: usize,
    pub src: String,
    pub re: Regex,
}

/// One `// amd64:"re"` / `// arm64:-"re"` check.
#[derive(Debug)]
pub struct AsmCheck {
    pub line: usize,
    pub arch: String,
    pub negative: bool,
    pub src: String,
    pub re: Regex,
    /// The function (as written in the source: `f` or `T.M`) containing the line.
    pub func: String,
}

#[derive(Debug)]
pub struct Spec {
    /// Absolute path of the file.
    pub path: PathBuf,
    /// File name, e.g. `int_wrap.go`.
    pub name: String,
    /// File name without `.go`.
    pub stem: String,
    pub kind: Kind,
    pub exit: i32,
    pub panic: Option<String>,
    pub args: Vec<String>,
    /// Expected stdout of a `run` test.
    pub output: Option<Vec<u8>>,
    pub wants: Vec<Want>,
    pub asm: Vec<AsmCheck>,
}

pub fn parse(path: &Path) -> Result<Spec, String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let lines: Vec<&str> = src.lines().collect();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let stem = name.strip_suffix(".go").unwrap_or(&name).to_string();

    // Header line.
    let first = lines.first().copied().unwrap_or("");
    let words: Vec<&str> = first
        .strip_prefix("//")
        .ok_or_else(|| format!("first line must be a header comment like `// run`, got {first:?}"))?
        .split_whitespace()
        .collect();
    let kind = match words.first().copied() {
        Some("run") if words.len() == 1 => Kind::Run,
        Some("compile") if words.len() == 1 => Kind::Compile,
        Some("asm") | Some("asmcheck") if words.len() == 1 => Kind::Asm,
        Some("errorcheck") => {
            let mut flags = Vec::new();
            let mut want_error = true;
            for w in &words[1..] {
                match *w {
                    "-0" => want_error = false,
                    "-1" => want_error = true,
                    f if f.starts_with('-') => flags.push(f.to_string()),
                    f => return Err(format!("bad errorcheck flag {f:?} in header")),
                }
            }
            Kind::ErrorCheck { flags, want_error }
        }
        _ => {
            return Err(format!(
                "unknown header {first:?} (want run, compile, errorcheck [flags] or asm)"
            ))
        }
    };

    let mut spec = Spec {
        path: path.to_path_buf(),
        name,
        stem,
        kind,
        exit: 0,
        panic: None,
        args: Vec::new(),
        output: None,
        wants: Vec::new(),
        asm: Vec::new(),
    };

    // Header block: every line before the package clause.
    let mut exit = None;
    for line in lines.iter().skip(1) {
        let t = line.trim();
        if t.starts_with("package ") || t == "package" {
            break;
        }
        if let Some(v) = t.strip_prefix("// Exit:") {
            let v = v.trim();
            exit = Some(
                v.parse::<i32>()
                    .map_err(|_| format!("bad `// Exit:` value {v:?}"))?,
            );
        } else if let Some(v) = t.strip_prefix("// Panic:") {
            spec.panic = Some(v.trim().to_string());
        } else if let Some(v) = t.strip_prefix("// Args:") {
            spec.args = v.split_whitespace().map(str::to_string).collect();
        }
    }
    // A panic exits with status 2 unless the header says otherwise.
    spec.exit = exit.unwrap_or(if spec.panic.is_some() { 2 } else { 0 });
    if spec.kind != Kind::Run && (exit.is_some() || spec.panic.is_some() || !spec.args.is_empty()) {
        return Err("`// Exit:`, `// Panic:` and `// Args:` only apply to `// run` tests".into());
    }

    match &spec.kind {
        Kind::Run => spec.output = Some(expected_output(path, &lines, &spec.stem)?),
        Kind::ErrorCheck { .. } => spec.wants = parse_wants(&lines)?,
        Kind::Asm => spec.asm = parse_asm(&lines)?,
        Kind::Compile => {}
    }
    Ok(spec)
}

/// The expected stdout: the trailing `// Output:` block or the sibling
/// `name.out` file (exactly one of them).
fn expected_output(path: &Path, lines: &[&str], stem: &str) -> Result<Vec<u8>, String> {
    let out_file = path.with_file_name(format!("{stem}.out"));
    let block = lines.iter().position(|l| l.trim_end() == "// Output:");
    match (block, out_file.exists()) {
        (Some(_), true) => Err(format!(
            "both a `// Output:` block and {} exist",
            out_file.display()
        )),
        (None, true) => {
            std::fs::read(&out_file).map_err(|e| format!("cannot read {}: {e}", out_file.display()))
        }
        (None, false) => Err(format!(
            "no expected output: add a trailing `// Output:` block or {}",
            out_file.display()
        )),
        (Some(i), false) => {
            let mut rest: Vec<&str> = lines[i + 1..].to_vec();
            while rest.last().is_some_and(|l| l.trim().is_empty()) {
                rest.pop();
            }
            let mut out = String::new();
            for (k, l) in rest.iter().enumerate() {
                let text = if *l == "//" {
                    ""
                } else if let Some(t) = l.strip_prefix("// ") {
                    if t.ends_with(char::is_whitespace) {
                        return Err(format!(
                            "line {}: trailing whitespace in the `// Output:` block (editors strip it): use {stem}.out",
                            i + 2 + k
                        ));
                    }
                    t
                } else {
                    return Err(format!(
                        "line {}: the `// Output:` block must be the end of the file and every line must start with `// ` (got {l:?})",
                        i + 2 + k
                    ));
                };
                out.push_str(text);
                out.push('\n');
            }
            Ok(out.into_bytes())
        }
    }
}

/// Extracts the quoted strings of an annotation: Go's `"..."` (taken
/// literally, as Go's test/run.go does: no escapes, cannot contain `"`) and
/// backquoted `` `...` `` strings.
fn quoted_strings(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' | '`' => {
                let mut cur = String::new();
                loop {
                    match chars.next() {
                        Some(d) if d == c => break,
                        Some(d) => cur.push(d),
                        None => return Err(format!("unterminated {c} in annotation {s:?}")),
                    }
                }
                out.push(cur);
            }
            c if c.is_whitespace() => {}
            _ => {
                // Anything after the quoted strings is a comment (Go ignores it too).
                break;
            }
        }
    }
    Ok(out)
}

fn compile_re(src: &str, line: usize) -> Result<Regex, String> {
    Regex::new(&go_regexp(src)).map_err(|e| format!("line {line}: bad regexp {src:?}: {e}"))
}

/// Translates the few RE2 (Go) constructs that Rust's regex crate rejects:
/// a `{` that does not start a repetition (`{n}`, `{n,}`, `{n,m}`) is a
/// literal in Go (`{heap}`, `int{}`), as is an unmatched `}`.
pub fn go_regexp(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                out.push(c);
                if let Some(&n) = chars.get(i + 1) {
                    out.push(n);
                    i += 1;
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // `[]...]` and `[^]...]`: a leading `]` is literal.
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i + 1) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '{' if !in_class => {
                let rest: String = chars[i + 1..].iter().collect();
                let rep = rest.find('}').map(|end| &rest[..end]).filter(|body| {
                    let mut parts = body.splitn(2, ',');
                    let a = parts.next().unwrap_or("");
                    let b = parts.next();
                    !a.is_empty()
                        && a.bytes().all(|x| x.is_ascii_digit())
                        && b.is_none_or(|b| b.bytes().all(|x| x.is_ascii_digit()))
                });
                match rep {
                    Some(body) => {
                        out.push('{');
                        out.push_str(body);
                        out.push('}');
                        i += body.chars().count() + 1;
                    }
                    None => out.push_str("\\{"),
                }
            }
            '}' if !in_class => out.push_str("\\}"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn parse_wants(lines: &[&str]) -> Result<Vec<Want>, String> {
    let mut wants = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let line = i + 1;
        let Some(pos) = l.find("// ERROR ") else {
            continue;
        };
        let res = quoted_strings(&l[pos + "// ERROR ".len()..])?;
        if res.is_empty() {
            return Err(format!("line {line}: `// ERROR` without a quoted regexp"));
        }
        for src in res {
            let re = compile_re(&src, line)?;
            wants.push(Want { line, src, re });
        }
    }
    Ok(wants)
}

const ARCHS: &[&str] = &[
    "386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc64",
    "ppc64le", "riscv64", "s390x", "wasm",
];

/// Unquotes a Go double-quoted string (the asm checks use Go syntax:
/// `"SHLQ\t\\$5"`).
fn go_unquote(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('\'') => out.push('\''),
            Some('x') => {
                let h: String = it.by_ref().take(2).collect();
                let v =
                    u8::from_str_radix(&h, 16).map_err(|_| format!("bad \\x escape in {s:?}"))?;
                out.push(v as char);
            }
            other => {
                return Err(format!(
                    "unsupported escape \\{} in {s:?}",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(out)
}

/// Finds, for every line, the function containing it: `f` for
/// `func f(...)`, `T.M` for `func (r *T) M(...)`.
pub fn func_ranges(lines: &[&str]) -> Vec<Option<String>> {
    let head = Regex::new(r"^func\s*(?:\(\s*(?:\w+\s+)?\*?\s*(\w+)[^)]*\)\s*)?(\w+)").unwrap();
    let mut res = vec![None; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if let Some(c) = head.captures(lines[i]) {
            let name = match c.get(1) {
                Some(recv) => format!("{}.{}", recv.as_str(), &c[2]),
                None => c[2].to_string(),
            };
            let start = i;
            // One-line function, or until the closing brace at column 0.
            let one_line = lines[i].trim_end().ends_with('}');
            let mut end = i;
            if !one_line {
                while end + 1 < lines.len() && !lines[end].starts_with('}') {
                    end += 1;
                }
            }
            for r in res.iter_mut().take(end + 1).skip(start) {
                *r = Some(name.clone());
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    res
}

fn parse_asm(lines: &[&str]) -> Result<Vec<AsmCheck>, String> {
    let platform = Regex::new(
        r#"(\w+)(/[\w.]+)?\s*:\s*(-?(?:`[^`]*`|"(?:[^"\\]|\\.)*")(?:\s*,\s*-?(?:`[^`]*`|"(?:[^"\\]|\\.)*"))*)"#,
    )
    .unwrap();
    let check = Regex::new(r#"(-?)(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")"#).unwrap();
    let funcs = func_ranges(lines);
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let line = i + 1;
        // Only the comment part of the line (skip the header line).
        if i == 0 {
            continue;
        }
        let Some(pos) = l.find("//") else { continue };
        let comment = &l[pos + 2..];
        for p in platform.captures_iter(comment) {
            let arch = &p[1];
            if !ARCHS.contains(&arch) {
                continue;
            }
            // Checks for a non-default variant (amd64/v3, ...) are not run.
            if let Some(v) = p.get(2) {
                if !matches!(v.as_str(), "/v1" | "/v8.0") {
                    continue;
                }
            }
            let Some(func) = funcs[i].clone() else {
                return Err(format!("line {line}: asm check outside of a function"));
            };
            for c in check.captures_iter(&p[3]) {
                let src = match (c.get(2), c.get(3)) {
                    (Some(raw), _) => raw.as_str().to_string(),
                    (None, Some(q)) => {
                        go_unquote(q.as_str()).map_err(|e| format!("line {line}: {e}"))?
                    }
                    _ => unreachable!(),
                };
                let re = compile_re(&src, line)?;
                out.push(AsmCheck {
                    line,
                    arch: arch.to_string(),
                    negative: &c[1] == "-",
                    src,
                    re,
                    func: func.clone(),
                });
            }
        }
    }
    if out.is_empty() {
        return Err("asm test without any `// arch:\"regexp\"` check".into());
    }
    Ok(out)
}

//! The generated part of a test program: which tests and benchmarks the package has (found by
//! parsing its `_test.go` files, with Go's naming and signature rules), which ones `-run` and
//! `-bench` select, and the text of `_testmain.go`, whose entry function calls the harness for
//! each (see `testcmd.rs`).

use std::path::{Path, PathBuf};

use frontend::ast::{Ast, Decl, ExprKind, File, FuncDecl};
use middle::source::SourceMap;

use super::{BenchTime, TestFlags};

/// The generated entry function's name.
pub const ENTRY: &str = "_testmain";

/// The test functions found in the `_test.go` files, in source order.
#[derive(Debug, Default)]
pub struct Found {
    /// `TestX` functions.
    pub tests: Vec<String>,
    /// `BenchmarkX` functions.
    pub benchmarks: Vec<String>,
}

/// Parses the files and finds the package name and the test and benchmark functions of the
/// `_test.go` files. `Ok(Err(message))` is a problem `go test` reports as a setup failure (the
/// first one, with the file's absolute path, as the `go` command reports it); files with
/// syntax errors give an empty list (the build reports the errors).
pub fn discover(files: &[(PathBuf, String)]) -> Result<Result<(String, Found), String>, String> {
    let mut map = SourceMap::new();
    let mut ids = Vec::new();
    for (path, _) in files {
        let bytes = std::fs::read(path).map_err(|e| format!("open {}: {e}", path.display()))?;
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        ids.push(map.add_file(
            absolute.to_string_lossy().into_owned(),
            String::from_utf8_lossy(&bytes).into_owned(),
        ));
    }
    let (ast, diags) = frontend::parser::parse_files(&map, &ids);
    let package = ast
        .files
        .first()
        .map_or_else(|| "main".to_string(), |f| f.package.name.clone());
    if frontend::parser::stops_compilation(&diags) {
        return Ok(Ok((package, Found::default())));
    }
    let is_test = |path: &Path| path.to_string_lossy().ends_with("_test.go");
    for (file, (path, _)) in ast.files.iter().zip(files) {
        if file.package.name == package {
            continue;
        }
        if is_test(path) && file.package.name.strip_suffix("_test") == Some(package.as_str()) {
            let at = map.line_col(file.package.pos);
            return Ok(Err(format!(
                "{at}: external test packages (package {}) not supported by gosub yet",
                file.package.name
            )));
        }
        return Ok(Err(mixed_packages(
            &package,
            &files[0].0,
            &file.package.name,
            path,
        )));
    }
    let mut found = Found::default();
    for (file, _) in ast
        .files
        .iter()
        .zip(files)
        .filter(|(_, (path, _))| is_test(path))
    {
        for decl in &file.decls {
            let Decl::Func(f) = decl else { continue };
            if f.recv.is_some() {
                continue;
            }
            for (prefix, letter, list) in [
                ("Test", "T", &mut found.tests),
                ("Benchmark", "B", &mut found.benchmarks),
            ] {
                if !is_test_name(&f.name.name, prefix) {
                    continue;
                }
                if !takes_only(&ast, file, f, letter) {
                    let lower = letter.to_ascii_lowercase();
                    let at = map.line_col(f.pos);
                    return Ok(Err(format!("{at}: wrong signature for {0}, must be: func {0}({lower} *testing.{letter})", f.name.name)));
                }
                list.push(f.name.name.clone());
            }
        }
    }
    Ok(Ok((package, found)))
}

/// The `go` command's error for a directory whose files belong to two packages.
fn mixed_packages(first: &str, first_path: &Path, other: &str, other_path: &Path) -> String {
    let base = |p: &Path| {
        p.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    };
    let dir = first_path
        .parent()
        .and_then(|d| std::fs::canonicalize(d).ok())
        .unwrap_or_default();
    format!(
        "found packages {first} ({}) and {other} ({}) in {}",
        base(first_path),
        base(other_path),
        dir.display()
    )
}

/// Go's `isTest`: `name` is `prefix` followed by nothing or by a character that is not a
/// lower-case letter.
fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// Whether `f` has exactly one parameter, of type `*testing.<letter>` (with the file's name
/// for package `testing`), and no results.
fn takes_only(ast: &Ast, file: &File, f: &FuncDecl, letter: &str) -> bool {
    let testing = file
        .imports
        .iter()
        .find(|i| i.path == "testing")
        .map(|i| i.name.as_ref().map_or("testing", |n| n.name.as_str()));
    let [param] = f.sig.params.as_slice() else {
        return false;
    };
    if param.names.len() > 1 || param.variadic || !f.sig.results.is_empty() {
        return false;
    }
    let ExprKind::Star(inner) = ast.expr(param.ty).kind else {
        return false;
    };
    let ExprKind::Selector { x, sel } = &ast.expr(inner).kind else {
        return false;
    };
    matches!(&ast.expr(*x).kind, ExprKind::Ident(p) if Some(p.as_str()) == testing)
        && sel.name == letter
}

/// The text of the generated `_testmain.go` (see `testcmd.rs`), running the tests `-run`
/// selects and the benchmarks `-bench` selects.
pub fn testmain(
    package: &str,
    pkg: &str,
    flags: &TestFlags,
    found: &Found,
) -> Result<String, String> {
    let run = selector(flags.run.as_deref().unwrap_or(""), "-run")?;
    let tests: Vec<&String> = found.tests.iter().filter(|n| run.is_match(n)).collect();
    let benchmarks: Vec<&String> = match &flags.bench {
        Some(pattern) => {
            let bench = selector(pattern, "-bench")?;
            found
                .benchmarks
                .iter()
                .filter(|n| bench.is_match(n))
                .collect()
        }
        None => Vec::new(),
    };
    let (bench_time, bench_n) = match flags.benchtime {
        BenchTime::Nanos(ns) => (ns, 0),
        BenchTime::Count(n) => (0, n),
    };
    let width = benchmarks.iter().map(|b| b.len()).max().unwrap_or(0);
    let mut out =
        format!("package {package}\n\nimport _gosub_testing \"testing\"\n\nfunc {ENTRY}() {{\n");
    out.push_str(&format!(
        "\t_gosub_testing.gosubStart({}, {bench_time}, {bench_n}, {}, {}, {width}, {})\n",
        go_quote(pkg),
        flags.benchmem as i32,
        flags.count,
        flags.bench.is_some() as i32
    ));
    let repeat = flags.count > 1 && !tests.is_empty();
    if repeat {
        out.push_str(&format!("\tfor i := 0; i < {}; i++ {{\n", flags.count));
    }
    let indent = if repeat { "\t\t" } else { "\t" };
    for t in tests {
        out.push_str(&format!(
            "{indent}_gosub_testing.gosubRunTest(\"{t}\", {t})\n"
        ));
    }
    if repeat {
        out.push_str("\t}\n");
    }
    for b in benchmarks {
        out.push_str(&format!(
            "\t_gosub_testing.gosubRunBenchmark(\"{b}\", {b})\n"
        ));
    }
    out.push_str("\t_gosub_testing.gosubEnd()\n}\n");
    Ok(out)
}

/// A Go string literal for `s`.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        match b {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

/// The regular expression of `-run` or `-bench` (its first `/`-separated element, which
/// selects top-level functions).
fn selector(pattern: &str, flag: &str) -> Result<regex::Regex, String> {
    regex::Regex::new(split_regexp(pattern))
        .map_err(|e| format!("testing: invalid regexp for {flag}: {e}"))
}

/// The part of a `-run`/`-bench` pattern before the first `/` outside brackets and parentheses
/// (Go's `splitRegexp`).
fn split_regexp(pattern: &str) -> &str {
    let (mut brackets, mut parens) = (0, 0);
    let mut chars = pattern.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '[' => brackets += 1,
            ']' if brackets > 0 => brackets -= 1,
            '(' if brackets == 0 => parens += 1,
            ')' if brackets == 0 && parens > 0 => parens -= 1,
            '/' if brackets == 0 && parens == 0 => return &pattern[..i],
            _ => {}
        }
    }
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_names_follow_go() {
        assert!(is_test_name("TestX", "Test"));
        assert!(is_test_name("Test", "Test"));
        assert!(is_test_name("Test_x", "Test"));
        assert!(!is_test_name("Testing", "Test"));
        assert!(is_test_name("BenchmarkAlloc", "Benchmark"));
        assert!(!is_test_name("Benchmarker", "Benchmark"));
    }

    #[test]
    fn patterns_select_top_level_names() {
        assert_eq!(split_regexp("Alloc/small"), "Alloc");
        assert_eq!(split_regexp("[/]x/y"), "[/]x");
        assert_eq!(split_regexp("(a/b)/c"), "(a/b)");
        assert_eq!(split_regexp("."), ".");
    }

    #[test]
    fn generated_entry_calls_the_harness() {
        let flags = TestFlags {
            run: None,
            bench: Some(".".into()),
            benchmem: true,
            benchtime: BenchTime::Count(100),
            count: 2,
        };
        let found = Found {
            tests: vec!["TestA".into()],
            benchmarks: vec!["BenchmarkLonger".into(), "BenchmarkB".into()],
        };
        let text = testmain("p", "x.org/p", &flags, &found).unwrap();
        let expected = "package p

import _gosub_testing \"testing\"

func _testmain() {
\t_gosub_testing.gosubStart(\"x.org/p\", 0, 100, 1, 2, 15, 1)
\tfor i := 0; i < 2; i++ {
\t\t_gosub_testing.gosubRunTest(\"TestA\", TestA)
\t}
\t_gosub_testing.gosubRunBenchmark(\"BenchmarkLonger\", BenchmarkLonger)
\t_gosub_testing.gosubRunBenchmark(\"BenchmarkB\", BenchmarkB)
\t_gosub_testing.gosubEnd()
}
";
        assert_eq!(text, expected);
    }
}

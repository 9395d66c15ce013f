//! `gosub test`: runs a package's tests and benchmarks as `go test` does.
//!
//! ```text
//! gosub test [-run re] [-bench re] [-benchmem] [-benchtime d|Nx] [-count n] [build flags] [dir | files]
//! ```
//!
//! The package is its directory's `.go` files, `_test.go` files included (or the named
//! files). Test files must belong to the package itself: external test packages (`package
//! x_test`) need a second package, which gosub cannot compile yet.
//!
//! gosub compiles one package into one program, so the test program is the package plus one
//! generated file, `_testmain.go` ([`frontend::check::TESTMAIN_FILE`]), in the package's own
//! package clause (any package, not only `main`). It holds the entry function, which calls the
//! runtime's harness through hooks of package `testing` that only this file may name:
//!
//! ```go
//! package allocs
//!
//! import _gosub_testing "testing"
//!
//! func _testmain() {
//!     _gosub_testing.gosubStart("gosub.bench/allocs", 1000000000, 0, 1, 1, 14, 1)
//!     _gosub_testing.gosubRunTest("TestX", TestX)
//!     _gosub_testing.gosubRunBenchmark("BenchmarkAlloc", BenchmarkAlloc)
//!     _gosub_testing.gosubEnd()
//! }
//! ```
//!
//! The build then starts the program at `_testmain` instead of `main.main`
//! ([`crate::pipeline::build_with`]). Everything the command line selects is decided when the
//! file is generated ([`testmain`]): the `-run` and `-bench` regular expressions (Go's RE2
//! syntax, matched against the function names before the first `/`) pick the functions,
//! `-count` repeats the tests (the harness repeats each benchmark), and `-benchtime` and
//! `-benchmem` become arguments of `gosubStart`. The harness (`rt/src/bench.rs`) prints what
//! the test binary prints; this command adds what the `go` command adds: the program's
//! standard error merged into standard output, `ok  \tpkg\t0.012s`, or `FAIL` with the exit
//! status, `[no test files]`, `[setup failed]` (mixed packages, wrong signatures) and `[build
//! failed]`. `pkg` is the import path: the module path from the nearest `go.mod` plus the
//! directory, else `command-line-arguments`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::pipeline::{self, BuildError, Generated};

mod testmain;

use testmain::{discover, testmain, ENTRY};

/// A package's source files: path and display name.
type Files = Vec<(PathBuf, String)>;

/// `-benchtime`: a duration or a fixed iteration count.
#[derive(Clone, Copy, Debug, PartialEq)]
enum BenchTime {
    /// Run each benchmark for about this many nanoseconds.
    Nanos(i64),
    /// Run each benchmark exactly this many iterations (`Nx`).
    Count(i64),
}

/// The flags of `gosub test` (the build flags are parsed by `main.rs`).
#[derive(Debug)]
struct TestFlags {
    /// `-run`: which tests run (all by default).
    run: Option<String>,
    /// `-bench`: which benchmarks run (none by default).
    bench: Option<String>,
    /// `-benchmem`.
    benchmem: bool,
    /// `-benchtime`.
    benchtime: BenchTime,
    /// `-count`.
    count: i64,
}

/// `gosub test`.
pub fn cmd_test(args: &[String]) -> Result<ExitCode, String> {
    let (test, rest) = parse_test_flags(args)?;
    let (mut flags, positional) = crate::parse_build_flags(&rest)?;
    let (files, dir) = package_files(&positional)?;
    let pkg = import_path(dir.as_deref());
    if !files
        .iter()
        .any(|(p, _)| p.to_string_lossy().ends_with("_test.go"))
    {
        println!("?   \t{pkg}\t[no test files]");
        return Ok(ExitCode::SUCCESS);
    }
    // `go test` with packages named (package list mode) drops the output of a passing run
    // without benchmarks, leaving the `ok` line, and ends a failed run with `FAIL`.
    let list_mode = !positional.is_empty();
    let passed = match discover(&files)? {
        Ok((package, found)) => {
            let main_file = (
                frontend::check::TESTMAIN_FILE.to_string(),
                testmain(&package, &pkg, &test, &found)?,
            );
            let generated = Generated {
                files: vec![main_file],
                entry: ENTRY.into(),
                title: format!("{pkg} [{pkg}.test]"),
            };
            let dir = std::env::temp_dir().join(format!(
                "gosub-test-{}-{}",
                std::process::id(),
                pipeline::unique()
            ));
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("creating {}: {e}", dir.display()))?;
            flags.output = Some(dir.join(format!("{package}.test")));
            let passed = match pipeline::build_with(&files, Some(&generated), &flags) {
                Ok(Some(exe)) => {
                    run_tests(&exe, &pkg, flags.target, list_mode && test.bench.is_none())
                }
                Ok(None) => Ok(true),
                Err(e) => {
                    if let BuildError::Other(message) = e {
                        eprintln!("{message}");
                    }
                    println!("FAIL\t{pkg} [build failed]");
                    Ok(false)
                }
            };
            let _ = std::fs::remove_dir_all(&dir);
            passed?
        }
        Err(message) => {
            eprintln!("# {pkg}\n{message}");
            println!("FAIL\t{pkg} [setup failed]");
            false
        }
    };
    if passed {
        return Ok(ExitCode::SUCCESS);
    }
    if list_mode {
        println!("FAIL");
    }
    Ok(ExitCode::from(1))
}

/// Runs the test program and prints the `go` command's summary line; whether it passed. A
/// `quiet` run collects the program's output (standard output and error together) and shows it
/// only on failure.
fn run_tests(exe: &Path, pkg: &str, target: backend::Target, quiet: bool) -> Result<bool, String> {
    let fail = |e: std::io::Error| format!("running {}: {e}", exe.display());
    let start = Instant::now();
    let mut cmd = crate::command(exe, target);
    let (status, output) = if quiet {
        let (mut reader, writer) = std::io::pipe().map_err(fail)?;
        cmd.stdout(writer.try_clone().map_err(fail)?).stderr(writer);
        let mut child = cmd.spawn().map_err(fail)?;
        drop(cmd);
        let mut output = Vec::new();
        std::io::Read::read_to_end(&mut reader, &mut output).map_err(fail)?;
        (child.wait().map_err(fail)?, output)
    } else {
        // As the `go` command: the program's standard error goes to standard output too.
        std::io::Write::flush(&mut std::io::stdout()).map_err(fail)?;
        let stdout = std::os::fd::AsFd::as_fd(&std::io::stdout())
            .try_clone_to_owned()
            .map_err(fail)?;
        (cmd.stderr(stdout).status().map_err(fail)?, Vec::new())
    };
    let seconds = start.elapsed().as_secs_f64();
    if status.success() {
        let none = String::from_utf8_lossy(&output)
            .lines()
            .any(|l| l == "testing: warning: no tests to run");
        println!(
            "ok  \t{pkg}\t{seconds:.3}s{}",
            if none { " [no tests to run]" } else { "" }
        );
        return Ok(true);
    }
    let mut stdout = std::io::stdout();
    let _ = std::io::Write::write_all(&mut stdout, &output);
    // As the `go` command: the exit status only when no output explains the failure.
    match status.code() {
        Some(code) if output.is_empty() => println!("exit status {code}"),
        Some(_) if !output.ends_with(b"\n") => println!(),
        Some(_) => {}
        None => {
            use std::os::unix::process::ExitStatusExt;
            println!("signal: {}", signal_name(status.signal().unwrap_or(0)));
        }
    }
    println!("FAIL\t{pkg}\t{seconds:.3}s");
    Ok(false)
}

/// A signal's name as Go's `syscall.Signal` prints it on Linux.
fn signal_name(signal: i32) -> String {
    const NAMES: [&str; 15] = [
        "hangup",
        "interrupt",
        "quit",
        "illegal instruction",
        "trace/breakpoint trap",
        "aborted",
        "bus error",
        "floating point exception",
        "killed",
        "user defined signal 1",
        "segmentation fault",
        "user defined signal 2",
        "broken pipe",
        "alarm clock",
        "terminated",
    ];
    match usize::try_from(signal)
        .ok()
        .and_then(|s| NAMES.get(s.wrapping_sub(1)))
    {
        Some(name) => name.to_string(),
        None => format!("signal {signal}"),
    }
}

/// Takes the test flags out of `args` (Go's syntax: `-f v`, `-f=v`, `--f`); returns them and
/// the other arguments.
fn parse_test_flags(args: &[String]) -> Result<(TestFlags, Vec<String>), String> {
    let mut flags = TestFlags {
        run: None,
        bench: None,
        benchmem: false,
        benchtime: BenchTime::Nanos(1_000_000_000),
        count: 1,
    };
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let body = arg
            .strip_prefix("--")
            .or_else(|| arg.strip_prefix('-'))
            .filter(|b| !b.is_empty());
        let Some(body) = body else {
            rest.push(arg.clone());
            i += 1;
            continue;
        };
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        if !matches!(name, "run" | "bench" | "benchmem" | "benchtime" | "count") {
            rest.push(arg.clone());
            i += 1;
            continue;
        }
        if name == "benchmem" {
            flags.benchmem = match inline.as_deref() {
                None | Some("true") | Some("1") => true,
                Some("false") | Some("0") => false,
                Some(v) => return Err(format!("invalid boolean value {v:?} for -benchmem")),
            };
            i += 1;
            continue;
        }
        let value = match inline {
            Some(v) => v,
            None => {
                i += 1;
                args.get(i)
                    .cloned()
                    .ok_or_else(|| format!("flag needs an argument: -{name}"))?
            }
        };
        match name {
            "run" => flags.run = Some(value),
            // As in Go, an empty `-bench` runs no benchmarks.
            "bench" => flags.bench = Some(value).filter(|v| !v.is_empty()),
            "benchtime" => {
                flags.benchtime = parse_benchtime(&value)
                    .ok_or_else(|| format!("invalid value {value:?} for flag -benchtime"))?
            }
            _ => {
                flags.count = value
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("invalid value {value:?} for flag -count"))?
            }
        }
        i += 1;
    }
    Ok((flags, rest))
}

/// `-benchtime`: `Nx` (N > 0) or a positive Go duration (`1s`, `500ms`, `1m30s`, `1.5s`).
fn parse_benchtime(s: &str) -> Option<BenchTime> {
    if let Some(n) = s.strip_suffix('x') {
        return n.parse().ok().filter(|&n| n > 0).map(BenchTime::Count);
    }
    parse_duration(s).filter(|&d| d > 0).map(BenchTime::Nanos)
}

/// Go's `time.ParseDuration`, in nanoseconds (without a sign).
fn parse_duration(s: &str) -> Option<i64> {
    if s == "0" {
        return Some(0);
    }
    let mut rest = s;
    let mut total = 0f64;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(rest.len());
        let number: f64 = rest[..number_len].parse().ok()?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        rest = &rest[unit_len..];
        total += number * scale;
    }
    (total < i64::MAX as f64).then_some(total as i64)
}

/// The package's files: a directory's `.go` files including tests, or the named files; and the
/// directory (for the import path; `None` for named files).
fn package_files(args: &[String]) -> Result<(Files, Option<PathBuf>), String> {
    let args = if args.is_empty() {
        vec![".".to_string()]
    } else {
        args.to_vec()
    };
    if args.len() == 1 && Path::new(&args[0]).is_dir() {
        let dir = PathBuf::from(&args[0]);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
            .filter(|n| n.ends_with(".go") && !n.starts_with('.') && !n.starts_with('_'))
            .collect();
        names.sort();
        if names.is_empty() {
            return Err(format!("no Go files in {}", dir.display()));
        }
        let paths: Vec<String> = names
            .iter()
            .map(|n| dir.join(n).to_string_lossy().to_string())
            .collect();
        return Ok((pipeline::collect_files(&paths)?, Some(dir)));
    }
    Ok((pipeline::collect_files(&args)?, None))
}

/// The import path `go test` prints: the module path of the nearest `go.mod` joined with the
/// directory relative to it, else `command-line-arguments`.
fn import_path(dir: Option<&Path>) -> String {
    let fallback = "command-line-arguments".to_string();
    let Some(dir) = dir.and_then(|d| std::fs::canonicalize(d).ok()) else {
        return fallback;
    };
    for root in dir.ancestors() {
        let Ok(text) = std::fs::read_to_string(root.join("go.mod")) else {
            continue;
        };
        let Some(module) = text.lines().find_map(|l| l.trim().strip_prefix("module ")) else {
            return fallback;
        };
        let module = module.trim().trim_matches('"');
        let rel = dir
            .strip_prefix(root)
            .map(|r| r.to_string_lossy().to_string())
            .unwrap_or_default();
        return if rel.is_empty() {
            module.to_string()
        } else {
            format!("{module}/{rel}")
        };
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn benchtime_values() {
        assert_eq!(parse_benchtime("100x"), Some(BenchTime::Count(100)));
        assert_eq!(parse_benchtime("1s"), Some(BenchTime::Nanos(1_000_000_000)));
        assert_eq!(
            parse_benchtime("1.5s"),
            Some(BenchTime::Nanos(1_500_000_000))
        );
        assert_eq!(
            parse_benchtime("1m30s"),
            Some(BenchTime::Nanos(90_000_000_000))
        );
        assert_eq!(
            parse_benchtime("500ms"),
            Some(BenchTime::Nanos(500_000_000))
        );
        assert_eq!(parse_benchtime("0x"), None);
        assert_eq!(parse_benchtime("0"), None);
        assert_eq!(parse_benchtime("abc"), None);
        assert_eq!(parse_benchtime("10"), None);
    }

    #[test]
    fn flags_in_go_syntax() {
        let args: Vec<String> = [
            "-bench=.",
            "-benchmem",
            "-benchtime",
            "100x",
            "--count=3",
            "-l",
            "dir",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (flags, rest) = parse_test_flags(&args).unwrap();
        assert_eq!(flags.bench.as_deref(), Some("."));
        assert!(flags.benchmem);
        assert_eq!(flags.benchtime, BenchTime::Count(100));
        assert_eq!(flags.count, 3);
        assert_eq!(rest, ["-l", "dir"]);
        // An empty -bench selects no benchmarks, as in Go.
        let (flags, _) = parse_test_flags(&["-bench=".to_string()]).unwrap();
        assert_eq!(flags.bench, None);
    }

    #[test]
    fn signals_are_named_as_go_names_them() {
        assert_eq!(signal_name(11), "segmentation fault");
        assert_eq!(signal_name(9), "killed");
        assert_eq!(signal_name(31), "signal 31");
        assert_eq!(signal_name(0), "signal 0");
    }
}

//! End-to-end tests of `gosub test` on the packages under `tests/gotest/`: the output format of
//! benchmarks (`go test -bench -benchmem`'s lines, which benchstat reads), exact iteration
//! counts with `-benchtime Nx`, allocation counts, test selection and repetition, failures,
//! panics and setup failures. No assertion depends on timing.
//!
//! When a Go toolchain (1.24 or later, for `b.Loop`) is available (`$GO`, else `go` on
//! `PATH`), the output of `go test` on the same packages is compared with gosub's line by line,
//! with numbers masked.

use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;

/// A package directory under `tests/gotest/`.
fn package(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("gotest")
        .join(name)
}

/// What a run of `gosub test` printed, and its exit code.
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs `gosub test args...` in `dir`.
fn gosub_test(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .arg("test")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("running gosub");
    let run = Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    };
    eprint!("{}", run.stderr);
    run
}

/// Asserts that `text` matches the regular expression `pattern` (anchored at both ends).
#[track_caller]
fn assert_matches(text: &str, pattern: &str) {
    let re = Regex::new(&format!("^(?s:{pattern})$")).unwrap();
    assert!(
        re.is_match(text),
        "output does not match {pattern:?}:\n{text}"
    );
}

/// Asserts that `run` exited with `code` and printed what `pattern` matches.
#[track_caller]
fn expect(run: &Run, code: i32, pattern: &str) {
    assert_eq!(run.code, code, "{}", run.stdout);
    assert_matches(&run.stdout, pattern);
}

/// One parsed benchmark result line.
#[derive(Debug)]
struct BenchLine {
    name: String,
    n: u64,
    mb_per_sec: bool,
    bytes: u64,
    allocs: u64,
}

/// The benchmark lines of `output`; panics on a line starting with `Benchmark` that is not in
/// `go test -benchmem`'s format.
fn bench_lines(output: &str) -> Vec<BenchLine> {
    let line = Regex::new(r"^(Benchmark\w+)(-\d+)? *\t *(\d+)\t *\d+(\.\d+)? ns/op(\t *\d+\.\d\d MB/s)?\t *(\d+) B/op\t *(\d+) allocs/op$").unwrap();
    output
        .lines()
        .filter(|l| l.starts_with("Benchmark"))
        .map(|l| {
            let c = line
                .captures(l)
                .unwrap_or_else(|| panic!("not a benchmark result line: {l:?}\n{output}"));
            BenchLine {
                name: c[1].to_string(),
                n: c[3].parse().unwrap(),
                mb_per_sec: c.get(5).is_some(),
                bytes: c[6].parse().unwrap(),
                allocs: c[7].parse().unwrap(),
            }
        })
        .collect()
}

#[test]
fn benchmarks_print_go_test_results() {
    let run = gosub_test(
        &package("allocs"),
        &["-bench", ".", "-benchtime", "100x", "-benchmem"],
    );
    let out = &run.stdout;
    assert_eq!(run.code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let goarch = if cfg!(target_arch = "aarch64") {
        "goarch: arm64"
    } else {
        "goarch: amd64"
    };
    assert_eq!(
        lines[..3],
        ["goos: linux", goarch, "pkg: gosub.test/allocs"],
        "{out}"
    );
    assert!(
        lines[3].starts_with("cpu: ") || lines[3].starts_with("Benchmark"),
        "{out}"
    );
    let results = bench_lines(out);
    let expected = [
        ("BenchmarkAllocOnce", 16, 1, false),
        ("BenchmarkAllocTwice", 32, 2, false),
        ("BenchmarkNoAlloc", 0, 0, false),
        ("BenchmarkLoop", 16, 1, false),
        ("BenchmarkTimerStopped", 0, 0, false),
        ("BenchmarkSetBytes", 16, 1, true),
    ];
    assert_eq!(results.len(), expected.len(), "{out}");
    for (r, (name, bytes, allocs, mb_per_sec)) in results.iter().zip(expected) {
        assert_eq!(
            (r.name.as_str(), r.n, r.bytes, r.allocs, r.mb_per_sec),
            (name, 100, bytes, allocs, mb_per_sec),
            "{out}"
        );
    }
    // The name column is as wide as the longest name, its suffix twice, and one space.
    let width = lines
        .iter()
        .find(|l| l.starts_with("BenchmarkAllocOnce"))
        .and_then(|l| l.find('\t'))
        .unwrap();
    let suffix = lines
        .iter()
        .find_map(|l| l.strip_prefix("BenchmarkAllocOnce"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap();
    assert_eq!(
        width,
        "BenchmarkTimerStopped".len() + 2 * suffix.len() + 1,
        "{out}"
    );
    assert_eq!(lines[lines.len() - 2], "PASS");
    assert_matches(
        lines[lines.len() - 1],
        r"ok  \tgosub\.test/allocs\t\d+\.\d{3}s",
    );
}

#[test]
fn report_allocs_without_benchmem() {
    let run = gosub_test(
        &package("allocs"),
        &["-run", "^$", "-bench", "SetBytes", "-benchtime", "10x"],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let results = bench_lines(&run.stdout);
    assert_eq!(results.len(), 1, "{}", run.stdout);
    assert_eq!(
        (
            results[0].n,
            results[0].bytes,
            results[0].allocs,
            results[0].mb_per_sec
        ),
        (10, 16, 1, true)
    );
}

#[test]
fn benchmark_time_grows_n() {
    // A 20ms benchmark time: b.N grows from 1 until a run lasts 20ms; b.Loop ramps up inside.
    let run = gosub_test(
        &package("allocs"),
        &[
            "-run",
            "^$",
            "-bench",
            "Once|Loop",
            "-benchtime",
            "20ms",
            "-count",
            "2",
        ],
    );
    let out = &run.stdout;
    assert_eq!(run.code, 0, "{out}");
    let line = Regex::new(r"^(Benchmark\w+)(-\d+)? *\t *(\d+)\t *\d+(\.\d+)? ns/op$").unwrap();
    let results: Vec<(String, u64)> = out
        .lines()
        .filter_map(|l| line.captures(l))
        .map(|c| (c[1].to_string(), c[3].parse().unwrap()))
        .collect();
    let names: Vec<&str> = results.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "BenchmarkAllocOnce",
            "BenchmarkAllocOnce",
            "BenchmarkLoop",
            "BenchmarkLoop"
        ],
        "{out}"
    );
    assert!(results.iter().all(|(_, n)| *n > 100), "{out}");
}

#[test]
fn failures_are_reported_like_go_test() {
    let dir = package("failing");
    expect(
        &gosub_test(&dir, &[]),
        1,
        r"--- FAIL: TestFail \(0\.00s\)
    failing_test.go:13: bad 1
    failing_test.go:14: two
        lines
    failing_test.go:15: fatal 2
FAIL
exit status 1
FAIL\tgosub\.test/failing\t\d+\.\d{3}s
",
    );
    // A selection that passes: only the `ok` line when a package is named.
    expect(
        &gosub_test(&dir, &["-run", "Pass|Skip", "."]),
        0,
        r"ok  \tgosub\.test/failing\t\d+\.\d{3}s\n",
    );
    // -count repeats the tests.
    let run = gosub_test(&dir, &["-run", "^TestFail$", "-count", "2", "."]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.stdout.matches("--- FAIL: TestFail (").count(),
        2,
        "{}",
        run.stdout
    );
    assert!(run.stdout.ends_with("FAIL\n"), "{}", run.stdout);
    // A benchmark failing in its first run is reported before the header; logs of passing
    // benchmarks follow their result line.
    let run = gosub_test(&dir, &["-run", "^$", "-bench", ".", "-benchtime", "10x"]);
    let out = &run.stdout;
    assert_eq!(run.code, 1, "{out}");
    assert!(
        out.starts_with(
            "--- FAIL: BenchmarkFail\n    failing_test.go:31: stop at N=1\ngoos: linux\n"
        ),
        "{out}"
    );
    assert!(out.contains("--- BENCH: BenchmarkLog"), "{out}");
    assert!(
        out.contains("\n    failing_test.go:35: logged\n    failing_test.go:35: logged\nFAIL\n"),
        "{out}"
    );
}

#[test]
fn panics_and_repetition() {
    let dir = package("panicking");
    // A panic fails the test and ends the binary: later tests do not run.
    let run = gosub_test(&dir, &[]);
    expect(
        &run,
        1,
        r"--- FAIL: TestPanic \(0\.00s\)
    panicking_test.go:21: before the panic
panic: assignment to entry in nil map \[recovered, repanicked\]

goroutine .*
exit status 2
FAIL\tgosub\.test/panicking\t\d+\.\d{3}s
",
    );
    assert!(!run.stdout.contains("NotReached"), "{}", run.stdout);
    // -count repeats the whole list of tests, in order.
    expect(
        &gosub_test(&dir, &["-run", "First|Count"]),
        0,
        r"PASS\nok  \tgosub\.test/panicking\t\d+\.\d{3}s\n",
    );
    expect(
        &gosub_test(&dir, &["-run", "First|Count", "-count", "2"]),
        1,
        r"--- FAIL: TestCount \(0\.00s\)
    panicking_test.go:16: ran \[TestFirst TestCount TestFirst TestCount\]
FAIL
exit status 1
FAIL\tgosub\.test/panicking\t\d+\.\d{3}s
",
    );
    // No test selected.
    expect(
        &gosub_test(&dir, &["-run", "Nothing", "."]),
        0,
        r"ok  \tgosub\.test/panicking\t\d+\.\d{3}s \[no tests to run\]\n",
    );
}

/// A package made of `files` (name, text) in a fresh directory with a `go.mod` for module
/// `x.test/<name>`.
fn scratch_package(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gosub-gotest-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("go.mod"),
        format!("module x.test/{name}\n\ngo 1.24\n"),
    )
    .unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

#[test]
fn setup_failures() {
    let test_file = "package a\n\nimport \"testing\"\n\nfunc TestBad(t *testing.B) {}\n";
    let mixed = scratch_package(
        "mixed",
        &[
            ("a.go", "package a\n"),
            ("a_test.go", test_file),
            ("b.go", "package b\n"),
        ],
    );
    let run = gosub_test(&mixed, &[]);
    let dir = std::fs::canonicalize(&mixed).unwrap();
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        format!(
            "# x.test/mixed\nfound packages a (a.go) and b (b.go) in {}\n",
            dir.display()
        )
    );
    assert_eq!(run.stdout, "FAIL\tx.test/mixed [setup failed]\n");
    std::fs::remove_file(mixed.join("b.go")).unwrap();
    let run = gosub_test(&mixed, &["."]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, format!("# x.test/mixed\n{}/a_test.go:5:1: wrong signature for TestBad, must be: func TestBad(t *testing.T)\n", dir.display()));
    assert_eq!(run.stdout, "FAIL\tx.test/mixed [setup failed]\nFAIL\n");
    std::fs::remove_dir_all(&mixed).unwrap();
}

/// `$GO`, else `go` on `PATH`, if it is Go 1.24 or later.
fn go_command() -> Option<PathBuf> {
    let explicit = std::env::var_os("GO").map(PathBuf::from);
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("go"))
            .find(|g| g.is_file())
    });
    let go = explicit.filter(|g| g.is_file()).or(on_path)?;
    let version = Command::new(&go)
        .arg("version")
        .env("GOTOOLCHAIN", "local")
        .output()
        .ok()?;
    let version = String::from_utf8_lossy(&version.stdout).into_owned();
    let minor: u32 = Regex::new(r"go1\.(\d+)").unwrap().captures(&version)?[1]
        .parse()
        .ok()?;
    if minor < 24 {
        eprintln!("{version}: older than Go 1.24");
        return None;
    }
    Some(go)
}

/// Output with every number and the CPU's name masked, for comparing the layout of two runs.
fn masked(output: &str) -> String {
    let number = Regex::new(r" *\d+(\.\d+)?").unwrap();
    let cpu = Regex::new(r"^cpu: .*").unwrap();
    output
        .lines()
        .map(|l| {
            number
                .replace_all(&cpu.replace(l, "cpu: #"), "#")
                .into_owned()
                + "\n"
        })
        .collect()
}

#[test]
fn output_matches_go_test() {
    let Some(go) = go_command() else {
        eprintln!("no Go toolchain ($GO or go on PATH, 1.24 or later): skipping the comparison with go test");
        return;
    };
    let cases: [(&str, &[&str]); 6] = [
        (
            "allocs",
            &["-bench", ".", "-benchtime", "100x", "-benchmem"],
        ),
        (
            "allocs",
            &["-run", "^$", "-bench", "SetBytes", "-benchtime", "10x"],
        ),
        ("failing", &[]),
        (
            "failing",
            &["-run", "^$", "-bench", ".", "-benchtime", "10x"],
        ),
        ("failing", &["-run", "Pass|Skip", "."]),
        ("panicking", &["-run", "First|Count", "-count", "2"]),
    ];
    for (name, args) in cases {
        let dir = package(name);
        let ours = gosub_test(&dir, args).stdout;
        let theirs = Command::new(&go)
            .arg("test")
            .args(args)
            .current_dir(&dir)
            .env("GOFLAGS", "-count=1")
            .env("GOTOOLCHAIN", "local")
            .output()
            .expect("running go test");
        let theirs = String::from_utf8_lossy(&theirs.stdout);
        assert_eq!(
            masked(&ours),
            masked(&theirs),
            "gosub test {args:?} in {name}:\n{ours}\ngo test:\n{theirs}"
        );
    }
}

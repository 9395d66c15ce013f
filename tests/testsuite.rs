//! The gosub test suite runner: every `.go` file under `testsuite/<dir>/` is
//! a test whose first line says what to do with it (`// run`,
//! `// errorcheck [flags]`, `// asm`, `// compile`). See testsuite/README.md.
//!
//! One `#[test]` per directory, plus `run_poisoned` (the run programs again with stack objects
//! poisoned on return: the escape-analysis soundness check) and `run_arm64`: the programs of `run/`
//! and the `// run` files of `escape/` again, compiled for arm64 and run
//! under qemu, when this machine can (see `targets.rs`; required under
//! `CI=true`). The asm checks of both targets run in the `asm` test. Files
//! run in parallel on `available_parallelism()` threads (shared by all the
//! tests), each child process with a timeout, and every failure is reported
//! before the test fails.
//!
//! Environment:
//! - `GOSUB_TEST_FILTER=substring`: only files whose path relative to
//!   testsuite/ (e.g. `run/int_wrap.go`) contains the substring.
//! - `GOSUB_TEST_TIMEOUT=seconds`: per-process timeout (default 10).
//! - `GOARCH=arm64`: the target of the per-directory tests (default amd64);
//!   executables run under `qemu-aarch64 -L /usr/aarch64-linux-gnu`. When
//!   set, only that target's asm checks run (else both) and `run_arm64` is
//!   skipped (`run` already covers arm64).
//! - `CI=true`: arm64 must be runnable; `run_arm64` fails if it is not.
//! - `GOSUB_TEST_COMPILER=/path/to/go`: validate the suite itself against
//!   the reference gc instead of gosub.

#[path = "testsuite/check.rs"]
mod check;
#[path = "testsuite/exec.rs"]
mod exec;
#[path = "testsuite/selftest.rs"]
mod selftest;
#[path = "testsuite/spec.rs"]
mod spec;
#[path = "testsuite/targets.rs"]
mod targets;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};

/// Counting semaphore bounding the number of tests in flight across all the
/// `#[test]` functions of this binary (libtest runs them concurrently).
struct Semaphore {
    free: Mutex<usize>,
    cv: Condvar,
}

struct Permit<'a>(&'a Semaphore);

impl Semaphore {
    fn acquire(&self) -> Permit<'_> {
        let mut n = self.free.lock().unwrap();
        while *n == 0 {
            n = self.cv.wait(n).unwrap();
        }
        *n -= 1;
        Permit(self)
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap() += 1;
        self.0.cv.notify_one();
    }
}

fn parallelism() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
}

fn semaphore() -> &'static Semaphore {
    static S: OnceLock<Semaphore> = OnceLock::new();
    S.get_or_init(|| Semaphore {
        free: Mutex::new(parallelism()),
        cv: Condvar::new(),
    })
}

fn testsuite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testsuite")
}

/// The `.go` files of `testsuite/<dir>`, sorted, after the filter.
fn discover(dir: &str, cfg: &exec::Config) -> Vec<(PathBuf, String)> {
    let root = testsuite_dir().join(dir);
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                let rel = p
                    .strip_prefix(testsuite_dir())
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                if cfg.filter.as_ref().is_none_or(|f| rel.contains(f.as_str())) {
                    files.push((p, rel));
                }
            }
        }
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files
}

fn run_dir(dir: &str) {
    let cfg = exec::Config::from_env();
    let files = discover(dir, &cfg);
    if files.is_empty() {
        if cfg.filter.is_some() {
            return; // everything filtered out
        }
        panic!("no .go files in {}", testsuite_dir().join(dir).display());
    }
    run_files(&format!("testsuite/{dir}"), &files, &cfg);
}

/// Runs `files` with `cfg`, reporting every failure under `label`.
fn run_files(label: &str, files: &[(PathBuf, String)], cfg: &exec::Config) {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Result<(), String>)>> = Mutex::new(Vec::new());
    let threads = parallelism().min(files.len());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((path, rel)) = files.get(i) else {
                    break;
                };
                let _permit = semaphore().acquire();
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    spec::parse(path).and_then(|sp| check::run_test(&sp, cfg))
                }))
                .unwrap_or_else(|e| {
                    let msg = e
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    Err(format!("runner panicked: {msg}"))
                });
                results.lock().unwrap().push((rel.clone(), r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let failed: Vec<&(String, Result<(), String>)> =
        results.iter().filter(|r| r.1.is_err()).collect();
    let compiler = if cfg.is_gc() {
        " (compiler: gc via GOSUB_TEST_COMPILER)"
    } else {
        ""
    };
    for (rel, r) in &failed {
        eprintln!("--- FAIL: {rel}\n{}\n", r.as_ref().unwrap_err().trim_end());
    }
    eprintln!(
        "{label}: {} passed, {} failed{compiler}",
        results.len() - failed.len(),
        failed.len()
    );
    if !failed.is_empty() {
        let names: Vec<&str> = failed.iter().map(|r| r.0.as_str()).collect();
        panic!(
            "{} of {} tests in {label} failed:\n  {}",
            failed.len(),
            results.len(),
            names.join("\n  ")
        );
    }
}

#[test]
fn run() {
    run_dir("run");
}

#[test]
fn errors() {
    run_dir("errors");
}

#[test]
fn escape() {
    run_dir("escape");
}

#[test]
fn asm() {
    run_dir("asm");
}

/// The programs of `run/` and the `// run` files of `escape/`, again, compiled with `-d
/// poisonstack`: every stack-allocated object is overwritten with garbage when its function
/// returns, so a wrong "does not escape" decision shows up as wrong output.
#[test]
fn run_poisoned() {
    let mut cfg = exec::Config::from_env();
    if cfg.is_gc() {
        return; // a gosub-only debug switch
    }
    cfg.extra_flags = vec!["-d".into(), "poisonstack".into()];
    let mut files = discover("run", &cfg);
    files.extend(
        discover("escape", &cfg)
            .into_iter()
            .filter(|(path, _)| spec::parse(path).is_ok_and(|sp| sp.kind == spec::Kind::Run)),
    );
    if !files.is_empty() {
        run_files("testsuite/run + escape (poisoned stack)", &files, &cfg);
    }
}

/// The run-testsuite again for arm64 (under qemu on other hosts): `run/` and
/// the `// run` files of `escape/`.
#[test]
fn run_arm64() {
    let cfg = exec::Config::from_env();
    if cfg.arch == "arm64" {
        eprintln!("run_arm64: GOARCH=arm64, so the run and escape tests already cover arm64");
        return;
    }
    let mut files = discover("run", &cfg);
    files.extend(
        discover("escape", &cfg)
            .into_iter()
            .filter(|(path, _)| spec::parse(path).is_ok_and(|sp| sp.kind == spec::Kind::Run)),
    );
    if files.is_empty() {
        return; // everything filtered out
    }
    if let Err(why) = targets::arm64_runnable(&cfg) {
        if targets::is_ci() {
            panic!("CI=true but arm64 programs cannot be built and run here (.ci/run installs the tools):\n{why}");
        }
        eprintln!("NOTICE: skipping the arm64 run tests: {why}\n(see README.md, \"arm64\", for what to install)");
        return;
    }
    run_files(
        "testsuite/run + escape (arm64)",
        &files,
        &cfg.for_arch("arm64"),
    );
}

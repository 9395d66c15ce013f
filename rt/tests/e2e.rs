//! End-to-end tests: small C programs standing in for compiled Go code (`tests/c/*.c`, each
//! defining `__gosub_main`) are linked with the runtime's static library and run; their combined
//! standard output and standard error (one pipe, so ordering is visible) and exit status must
//! match what the equivalent gc-compiled Go program produces.

use std::io::Read;
use std::path::PathBuf;
use std::process::Command;

/// The static library cargo built for this test run: the newest `libgosub_rt-*.a` next to the
/// test executable (cargo builds the library into `deps/` and copies it up only on `cargo build`).
fn library() -> PathBuf {
    let executable = std::env::current_exe().unwrap();
    let deps = executable.parent().unwrap();
    let newest = std::fs::read_dir(deps)
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with("libgosub_rt-") && name.ends_with(".a")
        })
        .max_by_key(|entry| entry.metadata().and_then(|m| m.modified()).ok());
    newest.expect("cargo built libgosub_rt-*.a").path()
}

/// Compiles `tests/c/<name>.c` against the runtime; returns the executable's path.
fn build(name: &str) -> PathBuf {
    let source_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/c");
    let output = std::env::temp_dir().join(format!("gosub-rt-e2e-{}-{name}", std::process::id()));
    let status = Command::new("cc")
        .arg("-O0")
        .arg("-I")
        .arg(&source_dir)
        .arg(source_dir.join(format!("{name}.c")))
        .arg(library())
        .args(["-lm", "-lpthread", "-ldl", "-o"])
        .arg(&output)
        .status()
        .expect("cc runs");
    assert!(status.success(), "compiling {name}.c failed");
    output
}

/// Runs `program` with `args`, then deletes it; returns (combined stdout and stderr, exit code).
fn run(program: &PathBuf, args: &[&str]) -> (String, i32) {
    let outcome = execute(program, args);
    let _ = std::fs::remove_file(program);
    outcome
}

/// Runs `program` with `args`; returns (combined stdout and stderr, exit code).
fn execute(program: &PathBuf, args: &[&str]) -> (String, i32) {
    let (mut reader, writer) = std::io::pipe().unwrap();
    let mut child = Command::new(program)
        .args(args)
        .stdout(writer.try_clone().unwrap())
        .stderr(writer)
        .spawn()
        .unwrap();
    let mut output = String::new();
    reader.read_to_string(&mut output).unwrap();
    let status = child.wait().unwrap();
    (output, status.code().unwrap_or(-1))
}

#[test]
fn buffered_stdout_is_flushed_before_stderr_and_at_exit() {
    let (output, code) = run(&build("hello"), &["arg1"]);
    assert_eq!(output, "hello 42\nto stderr\n   42|hello|\n2 arg1\n");
    assert_eq!(code, 0);
}

#[test]
fn os_exit_flushes_and_keeps_the_status() {
    let (output, code) = run(&build("exit"), &[]);
    assert_eq!(output, "buffered\n");
    assert_eq!(code, 3);
}

#[test]
fn nil_dereference_reports_gc_panic() {
    let (output, code) = run(&build("nilderef"), &[]);
    let expected_start =
        "before\npanic: runtime error: invalid memory address or nil pointer dereference\n\
                          [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x";
    assert!(output.starts_with(expected_start), "got {output:?}");
    assert!(
        output.ends_with("]\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"),
        "got {output:?}"
    );
    assert_eq!(code, 2);
}

#[test]
fn panics_print_gc_messages_and_exit_2() {
    let program = build("panics");
    let copy = program.with_extension("copy");
    std::fs::copy(&program, &copy).unwrap();
    let (output, code) = run(&program, &["index"]);
    assert_eq!(output, "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n");
    assert_eq!(code, 2);
    let (output, code) = run(&copy, &["value"]);
    assert_eq!(
        output,
        "panic: hello\n\tworld\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"
    );
    assert_eq!(code, 2);
}

#[test]
fn deep_recursion_fits_and_endless_recursion_overflows() {
    let program = build("recursion");
    let copy = program.with_extension("copy");
    std::fs::copy(&program, &copy).unwrap();
    let (output, code) = run(&program, &[]);
    assert_eq!((output.as_str(), code), ("1000000\n", 0));
    let (output, code) = run(&copy, &["forever"]);
    assert!(
        output.starts_with(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"
        ),
        "got {output:?}"
    );
    assert_eq!(code, 2);
}

#[test]
fn runtime_panics_print_gc_messages() {
    // Messages printed by gc for the same operations (tests/gen/runtime_panics.go).
    let program = build("runtime_panics");
    let cases = [
        (
            "compare",
            "runtime error: comparing uncomparable type []int",
        ),
        ("hash", "runtime error: hash of unhashable type []int"),
        ("emptyhash", "hash of unhashable type: []int"),
        ("nilmap", "assignment to entry in nil map"),
        ("makeslice", "runtime error: makeslice: len out of range"),
        ("makeslicecap", "runtime error: makeslice: cap out of range"),
        (
            "assert",
            "interface conversion: main.T is not main.I: missing method N",
        ),
    ];
    for (mode, message) in cases {
        let (output, code) = execute(&program, &[mode]);
        assert_eq!(
            output,
            format!("panic: {message}\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"),
            "mode {mode}"
        );
        assert_eq!(code, 2, "mode {mode}");
    }
    let _ = std::fs::remove_file(&program);
}

#[test]
fn collector_keeps_globals_and_stack_roots_and_bounds_the_heap() {
    let (output, code) = run(&build("gc"), &[]);
    assert_eq!(
        output,
        "lists intact: 1 1\ncollected: 1\nbounded: 1\nobjects add up: 1\nlive after GC under 100 KiB: 1\n"
    );
    assert_eq!(code, 0);
}

#[test]
fn goroutines_ping_pong_then_report_the_deadlock() {
    // gc's output for tests/gen/goroutines.go, with the runtime's goroutine numbers.
    let (output, code) = run(&build("goroutines"), &[]);
    assert_eq!(
        output,
        "10100 0 false\n\
         fatal error: all goroutines are asleep - deadlock!\n\
         \n\
         goroutine 1 [chan receive]:\nmain.main()\n\t?:0 +0x0\n\
         \n\
         goroutine 3 [chan send (nil chan)]:\n?()\n\t?:0 +0x0\n"
    );
    assert_eq!(code, 2);
}

#[test]
fn defer_panic_and_recover_behave_like_gc() {
    // gc's output for the modes of tests/gen/recover.go.
    let program = build("recover");
    let (output, code) = execute(&program, &["defers"]);
    assert_eq!(
        (output.as_str(), code),
        (
            "body\ndeferred 2\ndeferred 1\nrecovered: boom\nresult 42\nafter\n",
            0
        )
    );
    let (output, code) = execute(&program, &["nil"]);
    assert!(
        output.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n\
             \tpanic: again\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x"
        ),
        "got {output:?}"
    );
    assert!(output.ends_with("]\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n"));
    assert_eq!(code, 2);
    let (output, code) = execute(&program, &["repanic"]);
    assert_eq!(
        (output.as_str(), code),
        (
            "got first\npanic: first [recovered, repanicked]\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n",
            2
        )
    );
    let (output, code) = execute(&program, &["goroutine"]);
    assert_eq!(
        (output.as_str(), code),
        (
            "deferred in goroutine\npanic: runtime error: index out of range [5] with length 0\n\n\
             goroutine 2 [running]:\n?()\n\t?:0 +0x0\n",
            2
        )
    );
    let (output, code) = run(&program, &["overflow"]);
    assert_eq!(
        (output.as_str(), code),
        (
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n\
             goroutine 2 [running]:\n?()\n\t?:0 +0x0\n",
            2
        )
    );
}

//! Whether the second target, arm64, can be tested on this machine.
//!
//! Compiling for arm64 needs nothing but gosub (the asm checks always run for both targets), but
//! running a program needs the arm64 build of the runtime, which gosub embeds only when its build
//! found an AArch64 Rust standard library and cross linker, and `qemu-aarch64` on a non-AArch64
//! host. Rather than guessing from installed files, the runner asks the real thing once: it
//! builds and runs an empty program for arm64. When that fails, the arm64 run tests are skipped
//! with a notice saying why, except under CI (`CI=true`), where a missing target is a failure:
//! CI installs the tools (`.ci/run`), so their absence means the set-up broke.

use crate::exec::{Config, Status, TempDir};
use std::sync::OnceLock;

/// The probe program: the smallest complete program, so any failure is the toolchain's.
const PROBE: &str = "package main\n\nfunc main() {\n}\n";

/// `Ok` if arm64 programs can be built and run here, else why not.
pub fn arm64_runnable(cfg: &Config) -> Result<(), String> {
    static RESULT: OnceLock<Result<(), String>> = OnceLock::new();
    RESULT.get_or_init(|| probe(&cfg.for_arch("arm64"))).clone()
}

fn probe(cfg: &Config) -> Result<(), String> {
    let tmp = TempDir::new("arm64-probe").map_err(|e| format!("temp dir: {e}"))?;
    let src = tmp.path().join("probe.go");
    std::fs::write(&src, PROBE).map_err(|e| format!("writing {}: {e}", src.display()))?;
    let exe = tmp.path().join("probe");
    let built = cfg.build(
        &src,
        &["-o".into(), exe.to_string_lossy().into_owned()],
        &[],
        tmp.path(),
    );
    if built.status != Status::Exited(0) {
        let why = built.stderr_str();
        return Err(format!(
            "building for arm64 failed ({}):\n{}",
            built.status,
            why.trim_end()
        ));
    }
    let ran = cfg.execute(&exe, &[], tmp.path());
    match &ran.status {
        Status::Exited(0) => Ok(()),
        Status::SpawnFailed(e) => Err(format!("cannot run qemu-aarch64 ({e}); install qemu-user")),
        other => Err(format!(
            "an empty arm64 program did not run cleanly ({other}):\n{}",
            ran.stderr_str().trim_end()
        )),
    }
}

/// Whether this is a CI run (`CI=true`), where every target must be available.
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

//! Linking: the program's object file plus the runtime archive into an executable, through the
//! system C compiler driver (`cc`, or `aarch64-linux-gnu-gcc` for arm64).

use std::path::Path;
use std::process::Command;

use crate::Target;

/// The system libraries a Rust static library needs on Linux.
const NATIVE_LIBS: &[&str] = &["-lpthread", "-ldl", "-lm", "-lc", "-lgcc_s"];

/// Links `object` and the runtime archive `runtime` into the executable `output`.
pub fn link(target: Target, object: &Path, runtime: &Path, output: &Path) -> Result<(), String> {
    let linker = target.linker();
    let mut cmd = Command::new(linker);
    cmd.arg("-o")
        .arg(output)
        .arg(object)
        .arg(runtime)
        .args(NATIVE_LIBS);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run the linker {linker}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "linking with {linker} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

//! The runtime library archives embedded in the `gosub` binary, written out once per version to
//! the temporary directory when a program is linked.

use std::io::Write;
use std::path::PathBuf;

use backend::Target;

static AMD64: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libgosub_rt_amd64.a"));
static ARM64: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libgosub_rt_arm64.a"));
/// Why the arm64 archive is empty although an AArch64 toolchain was found (empty otherwise).
static ARM64_BUILD_ERROR: &str = include_str!(concat!(env!("OUT_DIR"), "/libgosub_rt_arm64.why"));

/// What to install to get an AArch64 runtime.
const ARM64_HELP: &str = "gosub was built without an arm64 runtime library. Install an AArch64 Rust standard library \
and cross linker, then rebuild gosub (touch rt/Cargo.toml; cargo build --release):
  rustup target add aarch64-unknown-linux-gnu && apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
or, where rustup cannot download targets, Debian's toolchain:
  dpkg --add-architecture arm64 && apt-get update && apt-get install -y --no-install-recommends \\
    rustc-web cargo-web libstd-rust-web-dev:arm64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user";

/// The path of the runtime archive for `target`, extracting it if needed.
pub fn archive(target: Target) -> Result<PathBuf, String> {
    let bytes = match target {
        Target::Amd64 => AMD64,
        Target::Arm64 => ARM64,
    };
    if bytes.is_empty() {
        if !ARM64_BUILD_ERROR.is_empty() {
            return Err(format!(
                "gosub was built without an arm64 runtime library: an AArch64 toolchain was found, but building \
the runtime with it failed (fix it, then rebuild gosub: touch rt/Cargo.toml; cargo build --release):\n{ARM64_BUILD_ERROR}"
            ));
        }
        return Err(ARM64_HELP.to_string());
    }
    // A cheap fingerprint: the length and both ends of the archive (which hold its symbol table).
    let sample = bytes
        .iter()
        .take(1 << 16)
        .chain(bytes.iter().rev().take(1 << 16));
    let hash = sample.fold(0xcbf29ce484222325u64 ^ bytes.len() as u64, |h, b| {
        (h ^ *b as u64).wrapping_mul(0x100000001b3)
    });
    let path = std::env::temp_dir().join(format!("gosub-rt-{}-{hash:016x}.a", target.goarch()));
    if path.metadata().is_ok_and(|m| m.len() == bytes.len() as u64) {
        return Ok(path);
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut f =
        std::fs::File::create(&tmp).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    f.write_all(bytes)
        .map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    drop(f);
    std::fs::rename(&tmp, &path).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(path)
}

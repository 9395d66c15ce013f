//! Builds the runtime library for every target this machine can build it for and leaves the
//! archives in `OUT_DIR`, where `src/runtime.rs` embeds them in the `gosub` binary, so the compiler
//! works from any directory without locating files at run time.
//!
//! The host (x86-64) runtime is built with the same cargo that builds gosub. The AArch64 runtime
//! needs an AArch64 Rust standard library: rustup's (`rustup target add aarch64-unknown-linux-gnu`)
//! or Debian's `rustc-web` with `libstd-rust-web-dev:arm64` (see README), and the cross C
//! compiler (mimalloc is C). When neither is present, an empty placeholder is embedded and
//! `GOARCH=arm64` reports what to install (after installing it, `touch rt/Cargo.toml` makes the
//! next build pick it up). When the toolchain is there but the build fails, the error is embedded
//! next to the placeholder (`libgosub_rt_arm64.why`), so `GOARCH=arm64` reports that instead of
//! sending the user to install what they have.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=rt/src");
    println!("cargo:rerun-if-changed=rt/Cargo.toml");
    println!("cargo:rerun-if-env-changed=GOSUB_ARM64_RUSTC");
    println!("cargo:rerun-if-env-changed=GOSUB_ARM64_CARGO");

    // For compiler development while the runtime is being edited: embed prebuilt archives.
    println!("cargo:rerun-if-env-changed=GOSUB_RT_PREBUILT_DIR");
    if let Ok(dir) = std::env::var("GOSUB_RT_PREBUILT_DIR") {
        for arch in ["amd64", "arm64"] {
            let name = format!("libgosub_rt_{arch}.a");
            std::fs::copy(Path::new(&dir).join(&name), out.join(&name))
                .unwrap_or_else(|e| panic!("{dir}/{name}: {e}"));
        }
        std::fs::write(out.join("libgosub_rt_arm64.why"), "")
            .expect("writing the arm64 build status");
        return;
    }

    let target_dir = root.join("target").join("rt");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    build_runtime(
        &cargo,
        None,
        &root,
        &target_dir,
        None,
        &out.join("libgosub_rt_amd64.a"),
    )
    .unwrap_or_else(|e| panic!("building the runtime library failed:\n{e}"));

    let arm64 = out.join("libgosub_rt_arm64.a");
    let why = match arm64_toolchain() {
        Some((cargo, rustc)) => {
            match build_runtime(
                &cargo,
                Some(&rustc),
                &root,
                &target_dir,
                Some("aarch64-unknown-linux-gnu"),
                &arm64,
            ) {
                Ok(()) => String::new(),
                Err(e) => {
                    println!("cargo:warning=the arm64 runtime could not be built; GOARCH=arm64 will be unavailable");
                    std::fs::write(&arm64, b"").expect("writing placeholder");
                    e
                }
            }
        }
        None => {
            std::fs::write(&arm64, b"").expect("writing placeholder");
            String::new()
        }
    };
    std::fs::write(out.join("libgosub_rt_arm64.why"), why).expect("writing the arm64 build status");
}

/// Lines of a failed build's output kept in the error.
const ERROR_LINES: usize = 40;

/// A cargo and rustc that can build for AArch64, if this machine has one.
fn arm64_toolchain() -> Option<(String, String)> {
    let candidates = [
        (
            std::env::var("GOSUB_ARM64_CARGO").ok(),
            std::env::var("GOSUB_ARM64_RUSTC").ok(),
        ),
        (Some("/usr/bin/cargo".into()), Some("/usr/bin/rustc".into())),
        (std::env::var("CARGO").ok(), Some("rustc".into())),
    ];
    for (cargo, rustc) in candidates {
        let (Some(cargo), Some(rustc)) = (cargo, rustc) else {
            continue;
        };
        let libdir = Command::new(&rustc)
            .args([
                "--print",
                "target-libdir",
                "--target",
                "aarch64-unknown-linux-gnu",
            ])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
        let has_std = libdir.is_some_and(|d| {
            std::fs::read_dir(&d).is_ok_and(|mut r| {
                r.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().starts_with("libstd-")))
            })
        });
        let has_linker = Command::new("aarch64-linux-gnu-gcc")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if has_std && has_linker {
            return Some((cargo, rustc));
        }
    }
    None
}

fn build_runtime(
    cargo: &str,
    rustc: Option<&str>,
    root: &Path,
    target_dir: &Path,
    target: Option<&str>,
    dest: &Path,
) -> Result<(), String> {
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args(["build", "--release", "--lib", "-p", "rt", "--target-dir"])
        .arg(target_dir)
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_MAKEFLAGS")
        .env_remove("RUSTC_WRAPPER");
    for (key, _) in std::env::vars() {
        if key.starts_with("CARGO_FEATURE_")
            || key.starts_with("CARGO_CFG_")
            || key == "TARGET"
            || key == "HOST"
            || key == "RUSTC"
        {
            cmd.env_remove(key);
        }
    }
    if let Some(rustc) = rustc {
        cmd.env("RUSTC", rustc);
    }
    let dir = match target {
        Some(t) => {
            cmd.args(["--target", t]);
            cmd.env("CC_aarch64_unknown_linux_gnu", "aarch64-linux-gnu-gcc")
                .env("AR_aarch64_unknown_linux_gnu", "aarch64-linux-gnu-ar")
                .env(
                    "CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER",
                    "aarch64-linux-gnu-gcc",
                );
            target_dir.join(t).join("release")
        }
        None => target_dir.join("release"),
    };
    let output = cmd.output().map_err(|e| format!("running {cargo}: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        let tail = lines[lines.len().saturating_sub(ERROR_LINES)..].join("\n");
        return Err(format!(
            "{cargo} build -p rt{} failed ({}):\n{tail}",
            target.map(|t| format!(" --target {t}")).unwrap_or_default(),
            output.status
        ));
    }
    std::fs::copy(dir.join("libgosub_rt.a"), dest)
        .map_err(|e| format!("copying the runtime archive: {e}"))?;
    Ok(())
}

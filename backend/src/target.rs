//! Target selection: which Cranelift ISA to build for and how to link for it.
//!
//! gosub targets 64-bit Linux on x86-64 (`GOARCH=amd64`, the default) and AArch64
//! (`GOARCH=arm64`). Code is compiled non-PIC with every call and data reference to a symbol of the
//! program marked colocated, which gives `call rel32` / PC-relative addressing and links as a clean
//! position-independent executable. Frame pointers are kept (the collector and the `-S` listing
//! rely on a conventional frame), and no unwind tables are written (Go panics do not unwind
//! through foreign frames, and Cranelift's `.eh_frame` would need absolute relocations).

use std::sync::Arc;

use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};

/// A target architecture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// x86-64 Linux.
    Amd64,
    /// AArch64 Linux.
    Arm64,
}

impl Target {
    /// Parses a `GOARCH` value.
    pub fn from_goarch(goarch: &str) -> Option<Target> {
        match goarch {
            "amd64" => Some(Target::Amd64),
            "arm64" => Some(Target::Arm64),
            _ => None,
        }
    }

    /// The `GOARCH` name.
    pub fn goarch(self) -> &'static str {
        match self {
            Target::Amd64 => "amd64",
            Target::Arm64 => "arm64",
        }
    }

    /// The target triple.
    pub fn triple(self) -> &'static str {
        match self {
            Target::Amd64 => "x86_64-unknown-linux-gnu",
            Target::Arm64 => "aarch64-unknown-linux-gnu",
        }
    }

    /// The C compiler driver used to link for this target.
    pub fn linker(self) -> &'static str {
        match self {
            Target::Amd64 => "cc",
            Target::Arm64 => "aarch64-linux-gnu-gcc",
        }
    }

    /// Builds the Cranelift ISA with gosub's settings.
    pub fn isa(self, verify: bool) -> Result<OwnedTargetIsa, String> {
        let mut flags = settings::builder();
        let set = |flags: &mut settings::Builder, k: &str, v: &str| {
            flags.set(k, v).map_err(|e| format!("setting {k}: {e}"))
        };
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "unwind_info", "false")?;
        set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
        set(
            &mut flags,
            "enable_verifier",
            if verify { "true" } else { "false" },
        )?;
        let triple: target_lexicon::Triple = self.triple().parse().map_err(|e| format!("{e:?}"))?;
        let builder = isa::lookup(triple).map_err(|e| format!("target {}: {e}", self.triple()))?;
        let isa = builder
            .finish(settings::Flags::new(flags))
            .map_err(|e| format!("target {}: {e}", self.triple()))?;
        Ok(Arc::clone(&isa))
    }
}

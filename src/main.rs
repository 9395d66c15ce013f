//! `gosub`: the command line. Mirrors the `go` tool's `build`, `run` and `test` commands.
//!
//! ```text
//! gosub build [-o out] [-m | -m=2] [-l] [-S] [-d poisonstack] file.go... | dir
//! gosub run [build flags] file.go... [args]
//! gosub test [-bench re] [-benchmem] [-benchtime d] [-count n] [build flags] dir | files
//! ```
//! `GOARCH=amd64|arm64` selects the target (amd64 by default).

mod pipeline;
mod runtime;
mod testcmd;

use std::path::PathBuf;
use std::process::ExitCode;

use backend::Target;
use pipeline::{BuildError, BuildFlags};

const USAGE: &str = "usage:
  gosub build [-o output] [-m | -m=2] [-l] [-S] [-d poisonstack|ir] file.go... | dir
  gosub run [build flags] file.go... [arguments...]
  gosub test [-run re] [-bench re] [-benchmem] [-benchtime d|Nx] [-count n] [build flags] [dir | files]
Environment: GOARCH=amd64 (default) or arm64.";

/// The compiler's phases recurse over the syntax tree; give them a deep stack.
const COMPILER_STACK_BYTES: usize = 512 << 20;

fn main() -> ExitCode {
    let worker = std::thread::Builder::new()
        .stack_size(COMPILER_STACK_BYTES)
        .spawn(real_main);
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(3),
    }
}

fn real_main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned());
        let at = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "gosub: internal compiler error: {}{at}",
            msg.unwrap_or_else(|| "unknown".into())
        );
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "build" => cmd_build(&args[1..]),
        "run" => cmd_run(&args[1..]),
        "test" => testcmd::cmd_test(&args[1..]),
        "help" | "-h" | "--help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("gosub {other}: unknown command\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
    }
}

/// Parses build flags from the front of `args`; returns them and the remaining arguments.
fn parse_build_flags(args: &[String]) -> Result<(BuildFlags, Vec<String>), String> {
    let target = match std::env::var("GOARCH") {
        Ok(g) if !g.is_empty() => Target::from_goarch(&g)
            .ok_or_else(|| format!("unsupported GOARCH {g:?} (gosub supports amd64 and arm64)"))?,
        _ => Target::Amd64,
    };
    let mut flags = BuildFlags {
        output: None,
        diagnostics: 0,
        no_inline: false,
        listing: false,
        poison_stack: false,
        dump_ir: false,
        target,
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-o" => {
                i += 1;
                flags.output = Some(PathBuf::from(
                    args.get(i).ok_or("flag needs an argument: -o")?,
                ));
            }
            "-m" => flags.diagnostics += 1,
            "-l" => flags.no_inline = true,
            "-S" => flags.listing = true,
            "-d" => {
                i += 1;
                match args.get(i).map(String::as_str) {
                    Some("poisonstack") => flags.poison_stack = true,
                    Some("ir") => flags.dump_ir = true,
                    other => {
                        return Err(format!(
                            "unknown debug flag {other:?} (known: poisonstack, ir)"
                        ))
                    }
                }
            }
            _ if a.starts_with("-m=") => {
                flags.diagnostics = a[3..]
                    .parse()
                    .map_err(|_| format!("invalid value {a:?} for -m"))?;
            }
            _ if a.starts_with("-o=") => flags.output = Some(PathBuf::from(&a[3..])),
            "-gcflags" => {
                // Accept `go build -gcflags='-m -l'` muscle memory.
                i += 1;
                let inner: Vec<String> = args
                    .get(i)
                    .map(|s| s.split_whitespace().map(String::from).collect())
                    .unwrap_or_default();
                let (f, rest) = parse_build_flags(&inner)?;
                if !rest.is_empty() {
                    return Err(format!("unknown -gcflags {rest:?}"));
                }
                flags.diagnostics = flags.diagnostics.max(f.diagnostics);
                flags.no_inline |= f.no_inline;
                flags.listing |= f.listing;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                return Err(format!("flag provided but not defined: {a}\n{USAGE}"))
            }
            _ => break,
        }
        i += 1;
    }
    Ok((flags, args[i..].to_vec()))
}

fn report(e: BuildError) -> Result<ExitCode, String> {
    match e {
        BuildError::Reported => Ok(ExitCode::from(1)),
        BuildError::Other(msg) => {
            eprintln!("{msg}");
            Ok(ExitCode::from(1))
        }
    }
}

fn cmd_build(args: &[String]) -> Result<ExitCode, String> {
    let (mut flags, rest) = parse_build_flags(args)?;
    let files = pipeline::collect_files(&rest)?;
    if flags.output.is_none() {
        let stem = if rest.len() == 1 && std::path::Path::new(&rest[0]).is_dir() {
            std::fs::canonicalize(&rest[0])
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
        } else {
            files[0]
                .0
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
        };
        flags.output = Some(PathBuf::from(stem.unwrap_or_else(|| "a.out".into())));
    }
    match pipeline::build(&files, &flags) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(e) => report(e),
    }
}

fn cmd_run(args: &[String]) -> Result<ExitCode, String> {
    let (mut flags, rest) = parse_build_flags(args)?;
    let n_files = rest.iter().take_while(|a| a.ends_with(".go")).count();
    if n_files == 0 {
        return Err("gosub run: no go files listed".into());
    }
    let files = pipeline::collect_files(&rest[..n_files])?;
    let dir = std::env::temp_dir().join(format!(
        "gosub-run-{}-{}",
        std::process::id(),
        pipeline::unique()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let exe = dir.join(
        files[0]
            .0
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "main".into()),
    );
    flags.output = Some(exe.clone());
    let built = pipeline::build(&files, &flags);
    let result = match built {
        Ok(Some(exe)) => run_executable(&exe, &rest[n_files..], flags.target),
        Ok(None) => Err("gosub run: cannot run a non-main package".into()),
        Err(e) => report(e),
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Runs a built program (under qemu for arm64 on another host) and passes its exit status on,
/// printing `exit status N` as `go run` does.
fn run_executable(
    exe: &std::path::Path,
    args: &[String],
    target: Target,
) -> Result<ExitCode, String> {
    let status = command(exe, target)
        .args(args)
        .status()
        .map_err(|e| format!("running {}: {e}", exe.display()))?;
    match status.code() {
        Some(0) => Ok(ExitCode::SUCCESS),
        Some(code) => {
            eprintln!("exit status {code}");
            Ok(ExitCode::from(code as u8))
        }
        None => {
            use std::os::unix::process::ExitStatusExt;
            eprintln!("signal: {}", status.signal().unwrap_or(0));
            Ok(ExitCode::from(1))
        }
    }
}

/// The command running a built program: the executable itself, or `qemu-aarch64` running it
/// for arm64 on another host.
fn command(exe: &std::path::Path, target: Target) -> std::process::Command {
    if target == Target::Arm64 && std::env::consts::ARCH != "aarch64" {
        let mut c = std::process::Command::new("qemu-aarch64");
        c.args(["-L", "/usr/aarch64-linux-gnu"]).arg(exe);
        c
    } else {
        std::process::Command::new(exe)
    }
}

//! The compilation pipeline as the commands run it: read the package, run the frontend, the
//! middle passes and the backend, print diagnostics the way the `go` tool does, and link.

use std::path::{Path, PathBuf};

use backend::Target;
use middle::source::{Diagnostic, FileId, Severity, SourceMap, NO_POS};

/// gc stops reporting errors after this many.
const MAX_ERRORS: usize = 10;

/// Flags shared by `build`, `run` and `test`.
#[derive(Clone, Debug)]
pub struct BuildFlags {
    /// `-o`: where to write the executable.
    pub output: Option<PathBuf>,
    /// `-m` level.
    pub diagnostics: u8,
    /// `-l`: no inlining.
    pub no_inline: bool,
    /// `-S`: print the assembly listing.
    pub listing: bool,
    /// `-d poisonstack`: poison stack objects on return.
    pub poison_stack: bool,
    /// `-d ir`: print the IR after the middle passes.
    pub dump_ir: bool,
    /// The target (`GOARCH`).
    pub target: Target,
}

/// Why a build stopped.
pub enum BuildError {
    /// Compile errors were printed.
    Reported,
    /// Something else went wrong (message to print).
    Other(String),
}

impl From<String> for BuildError {
    fn from(s: String) -> Self {
        BuildError::Other(s)
    }
}

/// The source files named by the command line: `.go` files, or the non-test `.go` files of one
/// directory, with the display names gc would print.
pub fn collect_files(args: &[String]) -> Result<Vec<(PathBuf, String)>, String> {
    if args.is_empty() {
        return collect_files(&[".".to_string()]);
    }
    if args.len() == 1 && Path::new(&args[0]).is_dir() {
        let dir = Path::new(&args[0]);
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                name.ends_with(".go")
                    && !name.ends_with("_test.go")
                    && !name.starts_with('.')
                    && !name.starts_with('_')
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(format!("no Go files in {}", dir.display()));
        }
        return Ok(files
            .into_iter()
            .map(|p| (p.clone(), display_name(&p)))
            .collect());
    }
    let mut out = Vec::new();
    for a in args {
        if !a.ends_with(".go") {
            return Err(format!("named files must be .go files: {a}"));
        }
        let p = PathBuf::from(a);
        out.push((p.clone(), display_name(&p)));
    }
    Ok(out)
}

/// gc's way of naming a file in messages: relative paths keep their directory, and a bare name
/// gets `./` in front.
fn display_name(p: &Path) -> String {
    let s = p.to_string_lossy().to_string();
    let s = s.strip_prefix("./").map(str::to_string).unwrap_or(s);
    if p.is_absolute() || s.contains('/') {
        s
    } else {
        format!("./{s}")
    }
}

/// Prints diagnostics as gc does: of the errors, the first ten in the order they were found,
/// sorted by position (then `too many errors` at the tenth); notes sorted by position.
fn print_diagnostics(map: &SourceMap, diags: &[Diagnostic], title: &str, header: &mut bool) {
    let errors: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let mut shown: Vec<&Diagnostic> = errors.iter().take(MAX_ERRORS).copied().collect();
    shown.extend(diags.iter().filter(|d| d.severity != Severity::Error));
    shown.sort_by_key(|d| d.pos);
    for d in &shown {
        if !*header {
            eprintln!("# {title}");
            *header = true;
        }
        if d.pos == NO_POS {
            // Reported by gc's linker, which names the missing symbol.
            eprintln!("runtime.main_main·f: {}", d.message);
        } else {
            eprintln!("{}", d.render(map));
        }
    }
    if errors.len() > MAX_ERRORS {
        eprintln!(
            "{}: too many errors",
            map.line_col(errors[MAX_ERRORS - 1].pos)
        );
    }
}

/// Compiles the package and, for package `main` with an output path, links an executable.
/// Returns the executable's path when one was written.
pub fn build(
    files: &[(PathBuf, String)],
    flags: &BuildFlags,
) -> Result<Option<PathBuf>, BuildError> {
    build_with(files, None, flags)
}

/// What `gosub test` adds to a build (`testcmd.rs`): generated source files (display name,
/// text) compiled with the package's, the function the program starts at instead of
/// `main.main`, which makes any package an executable, and the title of its diagnostics.
pub struct Generated {
    /// The generated files.
    pub files: Vec<(String, String)>,
    /// The entry function's name.
    pub entry: String,
    /// What `# ...` names above the diagnostics (`pkg [pkg.test]`, as `go test` says).
    pub title: String,
}

/// [`build`], with generated files and entry point.
pub fn build_with(
    files: &[(PathBuf, String)],
    generated: Option<&Generated>,
    flags: &BuildFlags,
) -> Result<Option<PathBuf>, BuildError> {
    let mut map = SourceMap::new();
    let mut ids: Vec<FileId> = Vec::new();
    for (path, name) in files {
        let bytes = std::fs::read(path).map_err(|e| format!("open {}: {e}", path.display()))?;
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        ids.push(map.add_file(name.clone(), text));
    }
    for (name, text) in generated.iter().flat_map(|g| &g.files) {
        ids.push(map.add_file(name.clone(), text.clone()));
    }
    let mut header = false;
    let title = generated.map_or("command-line-arguments", |g| g.title.as_str());
    let (program, mut diags) = frontend::compile_package(&map, &ids);
    let has_errors = diags.iter().any(|d| d.severity == Severity::Error);
    if has_errors || flags.diagnostics == 0 {
        // The frontend's `-m` notes (elided bounds checks) are shown only with `-m`, as gc
        // shows none when type checking fails.
        diags.retain(|d| d.severity == Severity::Error);
    }
    let mut program = match program {
        Some(p) if !has_errors => p,
        _ => {
            print_diagnostics(&map, &diags, title, &mut header);
            return Err(BuildError::Reported);
        }
    };
    if let Some(g) = generated {
        program.main = program
            .funcs
            .iter()
            .position(|f| f.name == g.entry)
            .map(|i| middle::ir::FuncId(i as u32));
    }
    let options = middle::PassOptions {
        inline: !flags.no_inline,
        diagnostics: flags.diagnostics,
    };
    let mut notes = middle::optimize(&mut program, &options, &map);
    diags.append(&mut notes);
    print_diagnostics(&map, &diags, title, &mut header);
    if flags.dump_ir {
        print!("{}", middle::ir::program_to_string(&program));
    }
    if let Err(errors) = middle::ir::verify_program(&program) {
        return Err(BuildError::Other(format!(
            "internal compiler error: invalid IR:\n{}",
            errors.join("\n")
        )));
    }
    if program.main.is_none() && !flags.listing {
        return Ok(None);
    }
    let verify = cfg!(debug_assertions) || std::env::var_os("GOSUB_VERIFY").is_some();
    let options = backend::Options {
        target: flags.target,
        verify,
        poison_stack: flags.poison_stack,
    };
    let output = backend::compile_program(&program, &options)
        .map_err(|e| format!("internal compiler error: {e}"))?;
    if flags.listing {
        print!("{}", backend::listing::render(&output, &map, flags.target));
    }
    let Some(exe) = flags.output.clone() else {
        return Ok(None);
    };
    if program.main.is_none() {
        return Ok(None);
    }
    if exe == Path::new("/dev/null") {
        return Ok(None);
    }
    let object = std::env::temp_dir().join(format!("gosub-{}-{}.o", std::process::id(), unique()));
    std::fs::write(&object, &output.object)
        .map_err(|e| format!("writing {}: {e}", object.display()))?;
    let runtime = crate::runtime::archive(flags.target)?;
    let linked = backend::link::link(flags.target, &object, &runtime, &exe);
    let _ = std::fs::remove_file(&object);
    linked?;
    Ok(Some(exe))
}

/// A number unique within this process.
pub fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

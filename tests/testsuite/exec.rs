//! Running child processes with a timeout, temporary directories, and the
//! compiler under test (gosub, or gc through the hidden
//! `GOSUB_TEST_COMPILER` switch used to validate the suite itself).

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// At most this much of a child's stdout/stderr is kept.
const CAPTURE_LIMIT: usize = 16 << 20;

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    TimedOut(Duration),
    SpawnFailed(String),
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Exited(c) => write!(f, "exit status {c}"),
            Status::Signaled(s) => write!(f, "killed by signal {s}"),
            Status::TimedOut(d) => write!(f, "timed out after {} s (killed)", d.as_secs_f64()),
            Status::SpawnFailed(e) => write!(f, "could not start: {e}"),
        }
    }
}

pub struct Output {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The command line, for reports.
    pub cmdline: String,
}

impl Output {
    pub fn stderr_str(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    pub fn stdout_str(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

fn reader<R: Read + Send + 'static>(r: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let Some(mut r) = r else { return kept };
        let mut buf = [0u8; 8192];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = CAPTURE_LIMIT.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        kept
    })
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    if let Some(d) = cmd.get_current_dir() {
        s = format!("(cd {} && {s})", d.display());
    }
    s
}

/// Runs `cmd` to completion or until `timeout`, when the child and its whole
/// process group are killed.
pub fn run(mut cmd: Command, timeout: Duration) -> Output {
    let cmdline = describe(&cmd);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Own process group, so that a timeout kills grandchildren too.
    cmd.process_group(0);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Output {
                status: Status::SpawnFailed(e.to_string()),
                stdout: vec![],
                stderr: vec![],
                cmdline,
            }
        }
    };
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());
    let start = Instant::now();
    let mut sleep = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => {
                break match (st.code(), st.signal()) {
                    (Some(c), _) => Status::Exited(c),
                    (None, Some(s)) => Status::Signaled(s),
                    _ => Status::Exited(-1),
                }
            }
            Ok(None) if start.elapsed() >= timeout => {
                let _ = Command::new("kill")
                    .args(["-KILL", &format!("-{}", child.id())])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status();
                let _ = child.kill();
                let _ = child.wait();
                break Status::TimedOut(timeout);
            }
            Ok(None) => {
                std::thread::sleep(sleep);
                sleep = (sleep * 2).min(Duration::from_millis(20));
            }
            Err(e) => break Status::SpawnFailed(format!("wait: {e}")),
        }
    };
    Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        cmdline,
    }
}

/// A temporary directory under `std::env::temp_dir()`, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> std::io::Result<TempDir> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "gosub-testsuite-{}-{n}-{nanos:x}-{tag}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The compiler under test.
#[derive(Clone)]
pub enum Compiler {
    /// `gosub build ...`, run in the test file's directory on `./name.go`.
    Gosub(PathBuf),
    /// The reference gc (`GOSUB_TEST_COMPILER=/path/to/go`): `go build ...`
    /// in a temporary module directory holding a copy of the file.
    Gc { go: PathBuf, go_version: String },
}

/// How executables run under emulation are slower than native ones: their timeout is
/// multiplied by this.
const EMULATION_SLOWDOWN: u32 = 3;

#[derive(Clone)]
pub struct Config {
    pub compiler: Compiler,
    pub timeout: Duration,
    /// The target (`GOARCH`) the compiler is asked for.
    pub arch: String,
    /// Whether `GOARCH` was set in the environment (else `arch` is the default, amd64).
    pub arch_from_env: bool,
    pub filter: Option<String>,
    /// Extra `gosub build` flags (e.g. `-d poisonstack`); not passed to gc.
    pub extra_flags: Vec<String>,
}

impl Config {
    pub fn from_env() -> Config {
        let compiler = match std::env::var_os("GOSUB_TEST_COMPILER") {
            Some(go) if !go.is_empty() => {
                let go = PathBuf::from(go);
                let v = Command::new(&go)
                    .args(["env", "GOVERSION"])
                    .output()
                    .unwrap_or_else(|e| panic!("GOSUB_TEST_COMPILER={}: {e}", go.display()));
                // go1.27.3 -> 1.27
                let full = String::from_utf8_lossy(&v.stdout)
                    .trim()
                    .trim_start_matches("go")
                    .to_string();
                let go_version = full.split('.').take(2).collect::<Vec<_>>().join(".");
                Compiler::Gc { go, go_version }
            }
            _ => Compiler::Gosub(PathBuf::from(env!("CARGO_BIN_EXE_gosub"))),
        };
        let timeout = std::env::var("GOSUB_TEST_TIMEOUT")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .map(Duration::from_secs_f64)
            .unwrap_or(Duration::from_secs(10));
        let goarch = std::env::var("GOARCH").ok().filter(|s| !s.is_empty());
        let arch_from_env = goarch.is_some();
        let arch = goarch.unwrap_or_else(|| "amd64".into());
        let filter = std::env::var("GOSUB_TEST_FILTER")
            .ok()
            .filter(|s| !s.is_empty());
        Config {
            compiler,
            timeout,
            arch,
            arch_from_env,
            filter,
            extra_flags: Vec::new(),
        }
    }

    /// The same configuration for another target.
    pub fn for_arch(&self, arch: &str) -> Config {
        Config {
            arch: arch.to_string(),
            ..self.clone()
        }
    }

    /// Whether executables for this target run under qemu on this machine.
    fn emulated(&self) -> bool {
        self.arch == "arm64" && std::env::consts::ARCH != "aarch64"
    }

    pub fn is_gc(&self) -> bool {
        matches!(self.compiler, Compiler::Gc { .. })
    }

    /// Builds `file` with `build_args` (everything between `build` and the
    /// file, e.g. `-o out -m`). `scratch` is a per-test temporary directory
    /// (gc mode copies the file into it and makes it a module).
    pub fn build(
        &self,
        file: &Path,
        build_args: &[String],
        gcflags: &[String],
        scratch: &Path,
    ) -> Output {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        match &self.compiler {
            Compiler::Gosub(bin) => {
                let mut cmd = Command::new(bin);
                cmd.current_dir(file.parent().unwrap());
                cmd.env("GOARCH", &self.arch);
                cmd.arg("build")
                    .args(&self.extra_flags)
                    .args(build_args)
                    .args(gcflags)
                    .arg(format!("./{name}"));
                run(cmd, self.timeout)
            }
            Compiler::Gc { go, go_version } => {
                let module = scratch.join("module");
                let setup = std::fs::create_dir_all(&module)
                    .and_then(|_| std::fs::copy(file, module.join(&name)).map(|_| ()))
                    .and_then(|_| {
                        std::fs::write(
                            module.join("go.mod"),
                            format!("module gosubtest\n\ngo {go_version}\n"),
                        )
                    });
                if let Err(e) = setup {
                    return Output {
                        status: Status::SpawnFailed(format!("setting up module dir: {e}")),
                        stdout: vec![],
                        stderr: vec![],
                        cmdline: String::new(),
                    };
                }
                let mut cmd = Command::new(go);
                cmd.current_dir(&module);
                cmd.env("GOARCH", &self.arch)
                    .env("GOTOOLCHAIN", "local")
                    .env("GOFLAGS", "")
                    .env("GO111MODULE", "on");
                cmd.arg("build").args(build_args);
                if !gcflags.is_empty() {
                    cmd.arg(format!("-gcflags={}", gcflags.join(" ")));
                }
                cmd.arg(format!("./{name}"));
                // gc's first build may have to compile the standard library.
                run(cmd, self.timeout.max(Duration::from_secs(120)))
            }
        }
    }

    /// Runs a built executable (under qemu for arm64 on another host, with a longer timeout).
    pub fn execute(&self, exe: &Path, args: &[String], cwd: &Path) -> Output {
        let (mut cmd, timeout) = if self.emulated() {
            let mut c = Command::new("qemu-aarch64");
            c.args(["-L", "/usr/aarch64-linux-gnu"]).arg(exe);
            (c, self.timeout * EMULATION_SLOWDOWN)
        } else {
            (Command::new(exe), self.timeout)
        };
        cmd.args(args).current_dir(cwd);
        run(cmd, timeout)
    }
}

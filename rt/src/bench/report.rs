//! The text `go test -bench` prints: the header, benchmark names with the GOMAXPROCS suffix,
//! result lines (`testing.BenchmarkResult.String` and `MemString`) and trimmed logs.

/// The measurements of one benchmark (Go's `testing.BenchmarkResult`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BenchResult {
    /// Iterations.
    pub n: i64,
    /// Total time, in nanoseconds.
    pub t: i64,
    /// Bytes processed per iteration (`SetBytes`).
    pub bytes: i64,
    /// Heap objects allocated in total.
    pub mem_allocs: u64,
    /// Heap bytes allocated in total.
    pub mem_bytes: u64,
}

impl BenchResult {
    fn per_op(&self, total: u64) -> i64 {
        if self.n <= 0 {
            0
        } else {
            (total as i64) / self.n
        }
    }

    /// MB/s from `SetBytes`, or 0.
    fn mb_per_sec(&self) -> f64 {
        if self.bytes <= 0 || self.t <= 0 || self.n <= 0 {
            return 0.0;
        }
        (self.bytes as f64 * self.n as f64 / 1e6) / (self.t as f64 / 1e9)
    }

    /// `BenchmarkResult.String`: `%8d` iterations, then ns/op (and MB/s), tab-separated.
    pub fn line(&self) -> String {
        let mut out = format!("{:8}", self.n);
        let ns = self.t as f64 / self.n as f64;
        if ns != 0.0 {
            out.push('\t');
            out.push_str(&pretty(ns, "ns/op"));
        }
        let mbs = self.mb_per_sec();
        if mbs != 0.0 {
            out.push_str(&format!("\t{mbs:7.2} MB/s"));
        }
        out
    }

    /// `BenchmarkResult.MemString`: bytes and allocations per operation.
    pub fn mem_string(&self) -> String {
        format!(
            "{:8} B/op\t{:8} allocs/op",
            self.per_op(self.mem_bytes),
            self.per_op(self.mem_allocs)
        )
    }
}

/// Go's `prettyPrint`: ten places before the decimal point, four significant digits for small
/// numbers.
fn pretty(x: f64, unit: &str) -> String {
    let y = x.abs();
    let (width, precision) = match () {
        _ if y == 0.0 || y >= 999.95 => (10, 0),
        _ if y >= 99.995 => (12, 1),
        _ if y >= 9.9995 => (13, 2),
        _ if y >= 0.99995 => (14, 3),
        _ if y >= 0.099995 => (15, 4),
        _ if y >= 0.0099995 => (16, 5),
        _ if y >= 0.00099995 => (17, 6),
        _ => (18, 7),
    };
    format!("{x:width$.precision$} {unit}")
}

/// Go's `trimOutput`: at most ten lines of a benchmark's log.
pub fn trim_output(output: &[u8]) -> Vec<u8> {
    let mut newlines = 0;
    for (j, &c) in output.iter().enumerate() {
        if c == b'\n' {
            newlines += 1;
            if newlines >= 10 {
                let mut out = output[..j].to_vec();
                out.extend_from_slice(b"\n\t... [output truncated]\n");
                return out;
            }
        }
    }
    output.to_vec()
}

/// `BenchmarkX-P`: the name with the GOMAXPROCS suffix (none for 1).
pub fn bench_name(name: &[u8], procs: usize) -> Vec<u8> {
    let mut out = name.to_vec();
    if procs != 1 {
        out.extend_from_slice(format!("-{procs}").as_bytes());
    }
    out
}

/// GOMAXPROCS as gc sets it: the environment variable, else the CPUs this process may use.
pub fn procs() -> usize {
    let from_env = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0);
    from_env.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// The processor's name from `/proc/cpuinfo` (empty if unknown).
fn cpu_name() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    info.lines()
        .find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == "model name").then(|| value.trim().to_string())
        })
        .unwrap_or_default()
}

/// The header before the first result: `goos`, `goarch`, `pkg` (if known) and `cpu` (if known).
pub fn labels(package: &[u8]) -> Vec<u8> {
    let arch = if cfg!(target_arch = "aarch64") {
        "arm64"
    } else {
        "amd64"
    };
    let mut out = format!("goos: linux\ngoarch: {arch}\n").into_bytes();
    if !package.is_empty() {
        out.extend_from_slice(b"pkg: ");
        out.extend_from_slice(package);
        out.push(b'\n');
    }
    let cpu = cpu_name();
    if !cpu.is_empty() {
        out.extend_from_slice(format!("cpu: {cpu}\n").as_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_lines_match_go() {
        // Lines go test printed (Go 1.27), from the iterations and total time they measured.
        let r = BenchResult {
            n: 100,
            t: 2864,
            bytes: 0,
            mem_allocs: 100,
            mem_bytes: 1600,
        };
        assert_eq!(r.line(), "     100\t        28.64 ns/op");
        assert_eq!(r.mem_string(), "      16 B/op\t       1 allocs/op");
        let r = BenchResult {
            n: 100,
            t: 417,
            ..Default::default()
        };
        assert_eq!(r.line(), "     100\t         4.170 ns/op");
        let r = BenchResult {
            n: 100,
            t: 12880,
            ..Default::default()
        };
        assert_eq!(r.line(), "     100\t       128.8 ns/op");
        let r = BenchResult {
            n: 3,
            t: 3_000_000_000,
            ..Default::default()
        };
        assert_eq!(r.line(), "       3\t1000000000 ns/op");
        let r = BenchResult {
            n: 1000,
            t: 1_000_000,
            bytes: 1024,
            ..Default::default()
        };
        assert_eq!(r.line(), "    1000\t      1000 ns/op\t1024.00 MB/s");
    }

    #[test]
    fn long_logs_are_trimmed() {
        let log: Vec<u8> = (0..12)
            .flat_map(|i| format!("    x.go:1: {i}\n").into_bytes())
            .collect();
        let trimmed = String::from_utf8(trim_output(&log)).unwrap();
        assert_eq!(trimmed.lines().count(), 11);
        assert!(trimmed.ends_with("    x.go:1: 9\n\t... [output truncated]\n"));
    }

    #[test]
    fn names_carry_gomaxprocs() {
        assert_eq!(bench_name(b"BenchmarkX", 2), b"BenchmarkX-2");
        assert_eq!(bench_name(b"BenchmarkX", 1), b"BenchmarkX");
    }
}

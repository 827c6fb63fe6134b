#!/usr/bin/env bash
# compute.sh — compute-bound benchmarks, minigo against Go (see bench/README.md,
# section "compute — minigo against Go").
#
# Builds every program of bench/compute/ with `go build` and with minigo, checks on a
# small size that both executables print byte-identical output (and that Go's is the
# known answer), then times them on the benchmark sizes, interleaved
# (go, minigo, go, minigo, ...), and prints a table of median wall-clock seconds.
#
# Usage: bench/compute.sh [--check-only] [--runs K] [--timeout S] [PROGRAM[=N] ...]
#   PROGRAM     nbody, spectral-norm, fannkuch-redux, mandelbrot, defer-calls (default: all);
#               PROGRAM=N replaces the benchmark size
#   --check-only  build and check only, no timing
#   --runs K      timed runs of each executable (default 5, at least 3)
#   --timeout S   limit for one run or one build, in seconds (default 600)
# Environment: MINIGO (default: build/bin/minigo of this repository), GO (default: go).
# Exit status: 0 if every program built, matched and ran; 1 otherwise; 2 on usage or
# set-up errors.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 - "$root" "$@" <<'PYTHON'
import argparse
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
from benchlib import (say, progress, loud, head, text, diff, run, describe,  # noqa: E402
                      version, find_go, find_minigo, machine_line, load_average)

ROOT = sys.argv[1]
COMPUTE = os.path.join(ROOT, "bench", "compute")

# name, size for the check, Go 1.19's output at that size, benchmark size.
# Benchmark sizes: each Go run takes about 1.5-3 s of CPU on a 2-vCPU AMD EPYC VM
# (more wall-clock time when other work shares the machine).
PROGRAMS = [
    ("nbody", 1000, "-0.169075164\n-0.169087605\n", 20000000),
    ("spectral-norm", 100, "1.274219991\n", 5000),
    ("fannkuch-redux", 7, "228\nPfannkuchen(7) = 16\n", 11),
    ("mandelbrot", 200,
     "P4 200 x 200: 15899 points in the set, bitmap hash 1330803339\n", 5000),
    ("defer-calls", 1000, "2997000 3000\n", 300000000),
]


def main():
    ap = argparse.ArgumentParser(prog="bench/compute.sh",
                                 description="compute benchmarks, minigo against Go")
    ap.add_argument("programs", nargs="*", metavar="PROGRAM[=N]")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args(sys.argv[2:])
    if args.runs < 3:
        ap.error("--runs must be at least 3")

    known = {p[0]: p for p in PROGRAMS}
    selected = []
    for spec in args.programs or [p[0] for p in PROGRAMS]:
        name, _, n = spec.partition("=")
        if name not in known:
            ap.error(f"unknown program {name!r} (have: {', '.join(known)})")
        _, check_n, expected, bench_n = known[name]
        if n:
            if not n.isdigit():
                ap.error(f"bad size in {spec!r}")
            bench_n = int(n)
        selected.append((name, check_n, expected, bench_n))

    go = find_go("compute.sh")
    minigo = find_minigo("compute.sh", ROOT)

    say(f"go:     {version([go, 'version'])}")
    say(f"minigo: {minigo} ({version([minigo, 'version'])})")
    failed = []          # (program, reason)
    status = {}          # program -> reason it is not timed, if any
    tmp = tempfile.mkdtemp(prefix="minigo-compute-")
    try:
        # Build and check.
        exes = {}
        for name, check_n, expected, _ in selected:
            src = os.path.join(COMPUTE, name + ".go")
            goexe = os.path.join(tmp, name + ".go-exe")
            mgexe = os.path.join(tmp, name + ".minigo-exe")
            r = run([go, "build", "-o", goexe, src], None, args.timeout, cwd=COMPUTE)
            if r.rc != 0:
                loud(name, f"go build FAILED ({describe(r)})", head(text(r.out + r.err)))
                failed.append((name, "go build failed"))
                status[name] = "go build failed"
                continue
            r = run([minigo, "build", "-o", mgexe, src], None, args.timeout, cwd=COMPUTE)
            if r.rc != 0:
                loud(name, f"minigo build FAILED ({describe(r)})", head(text(r.out + r.err)))
                failed.append((name, "minigo build failed"))
                status[name] = "minigo build failed"
                continue
            say(f"{name}: built (minigo build took {r.wall:.1f} s)")

            g = run([goexe, str(check_n)], None, args.timeout)
            if g.rc != 0 or text(g.out) != expected:
                loud(name, f"Go's output at N={check_n} is not the known answer "
                     f"({describe(g)})",
                     diff(expected.encode(), g.out, "expected", "go") + "\n" +
                     head(text(g.err)))
                failed.append((name, "Go output wrong"))
                status[name] = "Go output wrong"
                continue
            m = run([mgexe, str(check_n)], None, args.timeout)
            if m.rc != g.rc or m.out != g.out:
                detail = f"go: {describe(g)}, minigo: {describe(m)}\n"
                if m.out != g.out:
                    detail += diff(g.out, m.out, "go", "minigo") + "\n"
                detail += head(text(m.err))
                loud(name, f"OUTPUT MISMATCH at N={check_n}: minigo differs from Go",
                     detail)
                failed.append((name, "output mismatch"))
                status[name] = "output mismatch"
                continue
            say(f"{name}: N={check_n}: outputs identical ({len(g.out)} bytes)")
            exes[name] = (goexe, mgexe)

        if args.check_only:
            say("")
            say("check only: no timing")
            for name, _, _, _ in selected:
                say(f"  {name}: {status.get(name, 'ok')}")
        else:
            # Time, interleaved: go, minigo, go, minigo, ...
            say("")
            if not exes:
                say("nothing to time: no program built and matched")
            else:
                say(f"timing: {args.runs} runs of each, interleaved; load average "
                    f"{load_average()} on {os.cpu_count()} CPUs")
            results = {}
            for name, _, _, bench_n in selected:
                if name not in exes:
                    continue
                goexe, mgexe = exes[name]
                walls = {"go": [], "minigo": []}
                cpus = {"go": [], "minigo": []}
                ref = None
                for i in range(args.runs):
                    for impl, exe in (("go", goexe), ("minigo", mgexe)):
                        r = run([exe, str(bench_n)], None, args.timeout)
                        rc, out, err, wall, cpu = r.rc, r.out, r.err, r.wall, r.cpu
                        if rc != 0 or (ref is not None and out != ref):
                            what = (f"{impl} run FAILED at N={bench_n} ({describe(r)})"
                                    if rc != 0 else
                                    f"OUTPUT MISMATCH at N={bench_n}: {impl} differs "
                                    "from Go's first run")
                            loud(name, what, (diff(ref, out, "go", impl) + "\n"
                                              if ref is not None and out != ref else "")
                                 + head(text(err)))
                            failed.append((name, f"{impl} run failed"))
                            status[name] = (f"{impl} failed at N={bench_n}" if rc != 0
                                            else f"mismatch at N={bench_n}")
                            break
                        if ref is None:
                            ref = out
                        walls[impl].append(wall)
                        cpus[impl].append(cpu)
                        progress(f"  {name} N={bench_n} run {i + 1}/{args.runs}: "
                                 f"{impl} {wall:.3f} s")
                    if name in status:
                        break
                if name not in status:
                    results[name] = (walls, cpus)

            say("")
            say(machine_line(args.runs))
            say("")
            say("| program | N | Go median (s) | minigo median (s) | minigo/Go |")
            say("|---|---:|---:|---:|---:|")
            for name, _, _, bench_n in selected:
                if name in results:
                    walls, _ = results[name]
                    g, m = statistics.median(walls["go"]), statistics.median(walls["minigo"])
                    say(f"| {name} | {bench_n} | {g:.3f} | {m:.3f} | {m / g:.2f}x |")
                else:
                    say(f"| {name} | {bench_n} | — | {status.get(name, '—')} | — |")
            if results:
                say("")
                say("CPU time (user+sys) medians, less sensitive to other load:")
                say("")
                say("| program | N | Go CPU (s) | minigo CPU (s) | minigo/Go |")
                say("|---|---:|---:|---:|---:|")
                for name, _, _, bench_n in selected:
                    if name in results:
                        _, cpus = results[name]
                        g = statistics.median(cpus["go"])
                        m = statistics.median(cpus["minigo"])
                        ratio = f"{m / g:.2f}x" if g > 0 else "—"
                        say(f"| {name} | {bench_n} | {g:.3f} | {m:.3f} | {ratio} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if failed:
        say("")
        say("FAILED: " + ", ".join(f"{n} ({why})" for n, why in failed))
        return 1
    return 0


sys.exit(main())
PYTHON

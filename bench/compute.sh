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
import difflib
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

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


def say(*args):
    print(*args, flush=True)


def loud(name, what, detail=""):
    say(f"*** {name}: {what}")
    for line in detail.rstrip("\n").splitlines():
        say(f"    {line}")


def head(text, lines=12):
    ls = text.rstrip("\n").splitlines()
    if len(ls) > lines:
        ls = ls[:lines] + [f"... ({len(ls) - lines} more lines)"]
    return "\n".join(ls)


def run(argv, timeout, cwd=None):
    """Runs argv; returns (exit status or None on time-out, stdout, stderr, wall s, cpu s)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = None, e.stdout or b"", (e.stderr or b"")
        err += f"\n(killed after {timeout} s)".encode()
    except OSError as e:
        rc, out, err = 127, b"", str(e).encode()
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return rc, out, err, t1 - t0, cpu


def text(b):
    return b.decode("utf-8", errors="backslashreplace")


def describe(rc):
    if rc is None:
        return "timed out"
    if rc < 0:
        return f"killed by signal {-rc}"
    return f"exit status {rc}"


def diff(a, b, la, lb):
    d = difflib.unified_diff(text(a).splitlines(keepends=True),
                             text(b).splitlines(keepends=True), la, lb)
    return head("".join(d), 20)


def version(argv):
    rc, out, err, _, _ = run(argv, 30)
    s = text(out or err).strip().splitlines()
    return s[0] if rc == 0 and s else "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def fmt_s(xs):
    return f"{statistics.median(xs):.3f}" if xs else "—"


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

    go = os.environ.get("GO", "go")
    if shutil.which(go) is None:
        sys.exit(f"compute.sh: Go not found ({go!r}); install golang-go or set GO")
    minigo = os.environ.get("MINIGO") or os.path.join(ROOT, "build", "bin", "minigo")
    if not (os.path.isfile(minigo) and os.access(minigo, os.X_OK)):
        sys.exit(f"compute.sh: minigo not found at {minigo}; "
                 "build it (./setup.sh build) or set MINIGO")
    minigo = os.path.abspath(minigo)

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
            rc, out, err, _, _ = run([go, "build", "-o", goexe, src], args.timeout,
                                     cwd=COMPUTE)
            if rc != 0:
                loud(name, f"go build FAILED ({describe(rc)})", head(text(out + err)))
                failed.append((name, "go build failed"))
                status[name] = "go build failed"
                continue
            rc, out, err, wall, _ = run([minigo, "build", "-o", mgexe, src],
                                        args.timeout, cwd=COMPUTE)
            if rc != 0:
                loud(name, f"minigo build FAILED ({describe(rc)})", head(text(out + err)))
                failed.append((name, "minigo build failed"))
                status[name] = "minigo build failed"
                continue
            say(f"{name}: built (minigo build took {wall:.1f} s)")

            grc, gout, gerr, _, _ = run([goexe, str(check_n)], args.timeout)
            if grc != 0 or text(gout) != expected:
                loud(name, f"Go's output at N={check_n} is not the known answer "
                     f"({describe(grc)})",
                     diff(expected.encode(), gout, "expected", "go") + "\n" +
                     head(text(gerr)))
                failed.append((name, "Go output wrong"))
                status[name] = "Go output wrong"
                continue
            mrc, mout, merr, _, _ = run([mgexe, str(check_n)], args.timeout)
            if mrc != grc or mout != gout:
                detail = f"go: {describe(grc)}, minigo: {describe(mrc)}\n"
                if mout != gout:
                    detail += diff(gout, mout, "go", "minigo") + "\n"
                detail += head(text(merr))
                loud(name, f"OUTPUT MISMATCH at N={check_n}: minigo differs from Go",
                     detail)
                failed.append((name, "output mismatch"))
                status[name] = "output mismatch"
                continue
            say(f"{name}: N={check_n}: outputs identical ({len(gout)} bytes)")
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
                    f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} on "
                    f"{os.cpu_count()} CPUs")
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
                        rc, out, err, wall, cpu = run([exe, str(bench_n)], args.timeout)
                        if rc != 0 or (ref is not None and out != ref):
                            what = (f"{impl} run FAILED at N={bench_n} ({describe(rc)})"
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
                        print(f"  {name} N={bench_n} run {i + 1}/{args.runs}: "
                              f"{impl} {wall:.3f} s", file=sys.stderr, flush=True)
                    if name in status:
                        break
                if name not in status:
                    results[name] = (walls, cpus)

            say("")
            say(f"{cpu_model()}, {os.cpu_count()} CPUs; "
                f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
                f"medians of {args.runs} runs")
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

#!/usr/bin/env bash
# gc.sh — garbage-collector benchmarks, minigo against Go (see bench/README.md,
# section "gc — the collector against Go's").
#
# Builds the programs of bench/gc/ with `go build` and with `minigo build -O2`, checks
# on a small size that both executables print byte-identical output (and that Go's is
# the known answer), then runs them under each configuration (program, size, GOGC,
# GOMEMLIMIT), interleaved (go, minigo, go, minigo, ...), always with
# GODEBUG=gctrace=1, and prints tables of the medians for both and minigo/Go: wall
# time, CPU time, peak RSS (the child's ru_maxrss from wait4), the number of GC cycles
# and the longest stop-the-world pause (both read from the gctrace lines on stderr).
#
# Usage: bench/gc.sh [--runs K] [--quick] [--go-only] [--check-only] [--timeout S]
#                    [--max-rss MB] [NAME[=ARGS] ...]
#   NAME         a configuration (binary-trees, gcbench, live-heap-gogc50,
#                live-heap-gogc100, live-heap-gogc200, live-heap-memlimit,
#                live-heap-gogc-off) or a program (live-heap: its five configurations);
#                default: all. NAME=ARGS replaces the program's arguments, comma-
#                separated: binary-trees=21, live-heap-gogc100=50,20
#   --runs K       runs of each executable per configuration (default 3)
#   --quick        smaller sizes, a smoke test (binary-trees 14, gcbench 14,
#                  live-heap 20 MB live / 1 GB total, ...)
#   --go-only      build and run only Go's side (no minigo needed)
#   --check-only   build and check only, no timed runs
#   --timeout S    limit for one run or one build, in seconds (default 900)
#   --max-rss MB   kill a run whose resident set grows beyond MB (default 6144; 0: no
#                  limit): a minigo that does not collect would otherwise take the
#                  machine's memory on live-heap
# Environment: MINIGO (default: build/bin/minigo of this repository), GO (default: go).
# Exit status: 0 if every program built, matched and ran (on every side run); 1
# otherwise; 2 on usage or set-up errors.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 - "$root" "$@" <<'PYTHON'
import argparse
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
from benchlib import (NAMES, say, progress, loud, head, text, diff, run,  # noqa: E402
                      describe, med, ratio, find_impls,
                      minigo_build_O2, machine_line, load_average, finish, run_main,
                      select_configs)

ROOT = sys.argv[1]
GCDIR = os.path.join(ROOT, "bench", "gc")

# Program: arguments of the output check and Go 1.19's output for them. The check
# sizes are large enough for Go to run a few collections (so that a minigo without
# gctrace output is recognised).
PROGRAMS = {
    "binary-trees": (["12"],
        "stretch tree of depth 13\t check: 16383\n"
        "4096\t trees of depth 4\t check: 126976\n"
        "1024\t trees of depth 6\t check: 130048\n"
        "256\t trees of depth 8\t check: 130816\n"
        "64\t trees of depth 10\t check: 131008\n"
        "16\t trees of depth 12\t check: 131056\n"
        "long lived tree of depth 12\t check: 8191\n"),
    "gcbench": (["12"],
        "Garbage Collector Test\n"
        " Live storage will peak at 4393168 bytes.\n"
        "\n"
        " Stretching memory with a binary tree of depth 14\n"
        " (32767 nodes)\n"
        " Creating a long-lived binary tree of depth 12\n"
        " Creating a long-lived array of 500000 doubles\n"
        "Creating 2114 trees of depth 4\n\tTop down construction\n\tBottom up construction\n"
        "Creating 516 trees of depth 6\n\tTop down construction\n\tBottom up construction\n"
        "Creating 128 trees of depth 8\n\tTop down construction\n\tBottom up construction\n"
        "Creating 32 trees of depth 10\n\tTop down construction\n\tBottom up construction\n"
        "Creating 8 trees of depth 12\n\tTop down construction\n\tBottom up construction\n"
        "Built 655012 short-lived nodes; long-lived tree: 8191 nodes, array[1000] = 0.001\n"),
    "live-heap": (["4", "0.05"],
        "live: 4096 blocks of 1016 bytes (4 MB), and 178 replaced blocks still reachable\n"
        "allocated: 53700053 bytes in 54150 objects "
        "(833 blocks replaced, 13329 pointers rewired)\n"
        "checksum: 6207103116750866693, garbage checksum: 4710241591930938535\n"),
}


class Config:
    def __init__(self, name, program, args, quick, env, label, rss_target=None,
                 gc_only=False):
        self.name = name
        self.program = program
        self.args = args            # benchmark arguments
        self.quick = quick          # --quick arguments
        self.env = env              # GOGC / GOMEMLIMIT (unset: Go's defaults)
        self.label = label          # "{args}" is replaced by a description of the size
        self.rss_target = rss_target  # minigo/Go peak RSS must be at most this
        self.gc_only = gc_only      # only the GC count is reported; it must be 0


def lh(live, total, env, name, **kw):
    return Config(name, "live-heap", [str(live), str(total)], None, env,
                  "live-heap {args}" + "".join(f", {k}={v}" for k, v in env.items()),
                  **kw)


CONFIGS = [
    Config("binary-trees", "binary-trees", ["18"], ["14"], {}, "binary-trees {args}"),
    Config("gcbench", "gcbench", ["16"], ["14"], {}, "gcbench {args}"),
    lh(50, 20, {"GOGC": "50"}, "live-heap-gogc50", rss_target=1.2),
    lh(50, 20, {"GOGC": "100"}, "live-heap-gogc100", rss_target=1.2),
    lh(50, 20, {"GOGC": "200"}, "live-heap-gogc200", rss_target=1.2),
    lh(100, 20, {"GOGC": "off", "GOMEMLIMIT": "200MiB"}, "live-heap-memlimit",
       rss_target=1.2),
    lh(50, 2, {"GOGC": "off"}, "live-heap-gogc-off", gc_only=True),
]
QUICK = {"live-heap-gogc50": ["20", "1"], "live-heap-gogc100": ["20", "1"],
         "live-heap-gogc200": ["20", "1"], "live-heap-memlimit": ["100", "1"],
         "live-heap-gogc-off": ["20", "0.5"]}
for c in CONFIGS:
    if c.quick is None:
        c.quick = QUICK[c.name]

# Go 1.19's gctrace line (runtime/mgc.go, gcMarkTermination):
#   gc 3 @0.034s 9%: 0.012+6.4+0.004 ms clock, 0.025+3.3/0.51/0.16+0.009 ms cpu,
#   4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 2 P [(forced)]
# The first and third clock numbers are the stop-the-world phases (sweep termination,
# mark termination); the second is the concurrent mark.
GCTRACE = re.compile(rb"^gc (\d+) @([0-9.]+)s (\d+)%: ([0-9.]+)\+([0-9.]+)\+([0-9.]+) ms clock",
                     re.M)
GCTRACE_LINE = re.compile(rb"^gc \d+ @.*\n?", re.M)


def gctrace(stderr):
    """Returns (number of GC lines, longest STW pause in ms or None if no line)."""
    pauses = [max(float(m.group(4)), float(m.group(6))) for m in GCTRACE.finditer(stderr)]
    return len(pauses), (max(pauses) if pauses else None)


def errors(stderr):
    """stderr without its gctrace lines (what is left of a failure's messages)."""
    return GCTRACE_LINE.sub(b"", stderr)


def environment(extra):
    """The environment of a run: ours without any GC setting, plus gctrace and extra."""
    env = {k: v for k, v in os.environ.items() if k not in ("GOGC", "GOMEMLIMIT", "GODEBUG")}
    env["GODEBUG"] = "gctrace=1"
    env.update(extra)
    return env


def size_text(program, args):
    if program == "live-heap" and len(args) == 2:
        return f"{args[0]} MB / {args[1]} GB"
    return " ".join(args)


def main():
    ap = argparse.ArgumentParser(prog="bench/gc.sh",
                                 description="GC benchmarks, minigo against Go")
    ap.add_argument("names", nargs="*", metavar="NAME[=ARGS]")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--go-only", action="store_true")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--max-rss", type=int, default=6144, metavar="MB")
    args = ap.parse_args(sys.argv[2:])
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    def make_args(c, given, spec):
        if given is None:
            return c.quick if args.quick else c.args
        if given == [""] or (c.program == "live-heap") != (len(given) == 2):
            ap.error(f"bad arguments in {spec!r}")
        return given

    selected = select_configs(ap, args.names, CONFIGS, "live-heap", make_args)

    go, minigo, impls = find_impls("gc.sh", ROOT, args.go_only)
    max_rss_kb = args.max_rss * 1024
    failed = []     # (name, impl, reason)
    broken = {}     # (program or config name, impl) -> reason it is not run
    gctrace_seen = {impl: False for impl in impls}
    gctrace_checked = False
    tmp = tempfile.mkdtemp(prefix="minigo-gc-")
    try:
        # Build and check.
        exes = {}   # (program, impl) -> executable
        for program in dict.fromkeys(c.program for c, _ in selected):
            src = os.path.join(GCDIR, program + ".go")
            check_args, expected = PROGRAMS[program]
            goexe = os.path.join(tmp, program + ".go-exe")
            r = run([go, "build", "-o", goexe, src], os.environ, args.timeout, 0, cwd=GCDIR)
            if r.rc != 0:
                loud(program, f"go build FAILED ({describe(r)})", head(text(r.out + r.err)))
                for impl in impls:
                    broken[(program, impl)] = "go build failed"
                failed.append((program, "go", "go build failed"))
                continue
            g = run([goexe] + check_args, environment({}), args.timeout, max_rss_kb)
            if g.rc != 0 or text(g.out) != expected:
                loud(program, f"Go's output at {' '.join(check_args)} is not the known "
                     f"answer ({describe(g)})",
                     diff(expected.encode(), g.out, "expected", "go") + "\n" +
                     head(text(errors(g.err))))
                for impl in impls:
                    broken[(program, impl)] = "Go's output wrong"
                failed.append((program, "go", "Go's output wrong"))
                continue
            exes[(program, "go")] = goexe
            go_gcs, _ = gctrace(g.err)
            gctrace_seen["go"] |= go_gcs > 0
            msg = f"{program}: go built; {' '.join(check_args)}: known answer, {go_gcs} GCs"
            if not minigo:
                say(msg)
                continue

            mgexe = os.path.join(tmp, program + ".minigo-exe")
            r = minigo_build_O2(minigo, src, mgexe, args.timeout, cwd=GCDIR,
                                note=lambda m: say(f"{program}: {m}"))
            if r.rc != 0:
                loud(program, f"minigo build FAILED ({describe(r)})", head(text(r.out + r.err)))
                broken[(program, "minigo")] = "minigo build failed"
                failed.append((program, "minigo", "minigo build failed"))
                say(msg)
                continue
            m = run([mgexe] + check_args, environment({}), args.timeout, max_rss_kb)
            if m.rc != g.rc or m.out != g.out:
                detail = f"go: {describe(g)}, minigo: {describe(m)}\n"
                if m.out != g.out:
                    detail += diff(g.out, m.out, "go", "minigo") + "\n"
                detail += head(text(errors(m.err)))
                loud(program, f"OUTPUT MISMATCH at {' '.join(check_args)}: minigo differs "
                     "from Go", detail)
                broken[(program, "minigo")] = "output mismatch"
                failed.append((program, "minigo", "output mismatch"))
                say(msg)
                continue
            exes[(program, "minigo")] = mgexe
            mg_gcs, _ = gctrace(m.err)
            gctrace_seen["minigo"] |= mg_gcs > 0
            gctrace_checked |= go_gcs > 0
            say(f"{msg}; minigo built, outputs identical ({len(g.out)} bytes), "
                f"{mg_gcs} GCs")
        if minigo and gctrace_checked and not gctrace_seen["minigo"]:
            say("minigo printed no gctrace line where Go collected: its GC counts and "
                "pauses are n/a")
        # Without a check where Go collected, a minigo run without gctrace lines
        # counts as n/a too (it cannot be told from zero collections).
        trace_ok = {"go": True, "minigo": gctrace_seen.get("minigo", False)}

        if args.check_only:
            say("")
            say("check only: no timed runs")
            for c, _ in selected:
                state = ", ".join(f"{impl}: {broken.get((c.program, impl), 'ok')}"
                                  for impl in impls)
                say(f"  {c.name}: {state}")
            return 1 if failed else 0

        # Timed runs, interleaved: go, minigo, go, minigo, ...
        say("")
        say(f"runs: {args.runs} of each executable per configuration, interleaved; "
            f"GODEBUG=gctrace=1; load average "
            f"{load_average()} on {os.cpu_count()} CPUs")
        results = {}    # (config name, impl) -> [Result]
        for c, cargs in selected:
            ref, ref_impl = None, None   # the first successful run's output
            env = environment(c.env)
            state = {impl: broken.get((c.program, impl)) for impl in impls}
            for impl in impls:
                results[(c.name, impl)] = []
            for i in range(args.runs):
                for impl in impls:
                    if state[impl]:
                        continue
                    r = run([exes[(c.program, impl)]] + cargs, env, args.timeout, max_rss_kb)
                    what = None
                    if r.rc != 0:
                        what = f"{impl} run FAILED ({describe(r)})"
                        state[impl] = describe(r) if r.killed else f"failed ({describe(r)})"
                    elif ref is not None and r.out != ref:
                        what = (f"OUTPUT MISMATCH: {impl} differs from "
                                f"{NAMES[ref_impl]}'s first run")
                        state[impl] = "output mismatch"
                    if what:
                        loud(f"{c.name} ({' '.join(cargs)})", what,
                             (diff(ref, r.out, ref_impl, impl) + "\n"
                              if ref is not None and r.out != ref and r.rc == 0 else "")
                             + head(text(errors(r.err))))
                        failed.append((c.name, impl, state[impl]))
                        continue
                    if ref is None:
                        ref, ref_impl = r.out, impl
                    results[(c.name, impl)].append(r)
                    n, pause = gctrace(r.err)
                    gcs = f"{n} GCs, max pause {pause} ms" if n else (
                        "0 GCs" if trace_ok[impl] else "no gctrace")
                    progress(f"  {c.name} run {i + 1}/{args.runs}: {impl} {r.wall:.2f} s, "
                             f"{r.maxrss / 1024:.0f} MB, {gcs}")
            for impl in impls:
                if state[impl]:
                    broken[(c.name, impl)] = state[impl]

        # Tables.
        def stat(cname, impl, f):
            rs = results.get((cname, impl), [])
            if not rs:
                return None
            vals = [f(r) for r in rs]
            if any(v is None for v in vals):
                return None
            return vals

        def gc_count(impl):
            def f(r):
                n, _ = gctrace(r.err)
                return n if n or trace_ok[impl] else None
            return f

        def gc_pause(impl):
            def f(r):
                n, pause = gctrace(r.err)
                if not n:
                    return 0.0 if trace_ok[impl] else None
                return pause
            return f

        def cell(cname, impl, vals, fmt):
            if (cname, impl) in broken and not results.get((cname, impl)):
                return broken[(cname, impl)]
            if vals is None:
                return "n/a"
            s = fmt(med(vals))
            if (cname, impl) in broken:
                s += f" ({len(vals)} runs; then {broken[(cname, impl)]})"
            return s

        def table(title, f, fmt, rows, target=None, extra=None):
            say("")
            say(title)
            say("")
            cols = ["configuration"] + [NAMES[i] for i in impls]
            if minigo:
                cols.append("minigo/Go")
            if extra:
                cols += [h for h, _ in extra]
            if target:
                cols.append("target")
            say("| " + " | ".join(cols) + " |")
            say("|---|" + "---:|" * (len(cols) - 1))
            for c, cargs in rows:
                label = c.label.format(args=size_text(c.program, cargs))
                vals = {impl: stat(c.name, impl, f(impl)) for impl in impls}
                cells = [label] + [cell(c.name, impl, vals[impl], fmt) for impl in impls]
                if minigo:
                    g, m = med(vals["go"] or []), med(vals["minigo"] or [])
                    cells.append(ratio(m, g))
                if extra:
                    cells += [e(c, vals) for _, e in extra]
                if target:
                    cells.append(target(c, vals))
                say("| " + " | ".join(cells) + " |")

        timed = [(c, a) for c, a in selected if not c.gc_only]
        gc_only = [(c, a) for c, a in selected if c.gc_only]
        say("")
        say(machine_line(args.runs))

        def rss_target(c, vals):
            if c.rss_target is None:
                return ""
            if not minigo or not vals.get("minigo") or not vals.get("go"):
                return f"≤ {c.rss_target:.2f}x"
            q = med(vals["minigo"]) / med(vals["go"])
            return f"≤ {c.rss_target:.2f}x: {'yes' if q <= c.rss_target else 'NO'}"

        def worst(impl):
            def e(c, vals):
                v = vals.get(impl)
                return "n/a" if v is None else f"{max(v):.3f}"
            return e

        if timed:
            table("Wall time (s), median:", lambda impl: (lambda r: r.wall),
                  lambda v: f"{v:.2f}", timed)
            table("CPU time (s, user+system: the collector's threads included), median:",
                  lambda impl: (lambda r: r.cpu), lambda v: f"{v:.2f}", timed)
            table("Peak RSS (MB, ru_maxrss), median:",
                  lambda impl: (lambda r: r.maxrss / 1024), lambda v: f"{v:.1f}", timed,
                  target=rss_target if any(c.rss_target for c, _ in timed) else None)
            table("GC cycles (gctrace lines), median:", gc_count, lambda v: f"{v:g}", timed)
            table("Longest stop-the-world pause (ms: max over a run's cycles of the "
                  "sweep- and mark-termination clock times), median over runs; "
                  "worst run:", gc_pause, lambda v: f"{v:.3f}", timed,
                  extra=[(f"{NAMES[i]} worst", worst(i))
                         for i in impls])
        if gc_only:
            def zero(c, vals):
                outs = []
                for impl in impls:
                    v = vals.get(impl)
                    outs.append(f"{impl}: " + ("n/a" if v is None else
                                               "yes" if max(v) == 0 else "NO"))
                return "0 in every run: " + ", ".join(outs)
            table("GC cycles with collection off (must be 0), median:", gc_count,
                  lambda v: f"{v:g}", gc_only, target=zero)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    return finish(failed)


run_main(main, "gc.sh")
PYTHON

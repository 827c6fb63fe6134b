#!/usr/bin/env bash
# goroutines.sh — scheduler benchmarks, minigo against Go (see bench/README.md,
# section "goroutines — the scheduler against Go's").
#
# Builds the programs of bench/goroutines/ with `go build` and with `minigo build -O2`,
# checks on a small size, under GOMAXPROCS=1 and GOMAXPROCS=2, that both executables
# print byte-identical output (and that Go's is the known answer), then runs each
# configuration K times per side and per GOMAXPROCS, interleaved (go, minigo, go,
# minigo, ...), and prints tables of the medians for both and minigo/Go: wall time, CPU
# time, peak RSS (the program's ru_maxrss, through GNU time when installed), one row
# per configuration and GOMAXPROCS. Last, the memory of blocked goroutines: blocked.go starts 100,000
# goroutines blocked on a channel; the script reads the process's VmRSS before and after
# and prints (after - before) / 100000, the bytes per blocked goroutine (target for
# minigo: under 8 KB).
#
# Usage: bench/goroutines.sh [--runs K] [--quick] [--go-only] [--check-only]
#                            [--procs LIST] [--timeout S] [--max-rss MB] [NAME[=ARGS] ...]
#   NAME         a configuration (ring, pingpong, spawn-empty, spawn-work,
#                binary-trees-parallel, blocked) or a program (spawn: both of its
#                configurations); default: all. NAME=ARGS replaces the size
#                arguments, comma-separated: ring=20000000,503, spawn=500000
#   --runs K       runs of each executable per configuration and GOMAXPROCS (default 3)
#   --quick        smaller sizes, a smoke test (well under a minute of runs)
#   --go-only      build and run only Go's side (no minigo needed)
#   --check-only   build and check only, no timed runs
#   --procs LIST   the GOMAXPROCS values, comma-separated (default 1,2)
#   --timeout S    limit for one run or one build, in seconds (default 300)
#   --max-rss MB   kill a run whose resident set grows beyond MB (default 4096; 0: none)
# Environment: MINIGO (default: build/bin/minigo of this repository), GO (default: go).
# Any GOMAXPROCS, GOGC, GOMEMLIMIT or GODEBUG of the caller is dropped.
# Exit status: 0 if every program built, matched and ran (on every side run) and the
# blocked-goroutine figure met its target; 1 otherwise; 2 on usage or set-up errors.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 - "$root" "$@" <<'PYTHON'
import argparse
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
from benchlib import (NAMES, say, progress, loud, head, text, diff, run,  # noqa: E402
                      describe, med, ratio, find_impls, md_table,
                      minigo_build_O2, machine_line, load_average, finish, run_main,
                      select_configs,
                      blocked_rss, have_gnu_time)

ROOT = sys.argv[1]
GRDIR = os.path.join(ROOT, "bench", "goroutines")

# The blocked-goroutine target: minigo's bytes per blocked goroutine must be below this.
BLOCKED_TARGET = 8192

# Program: the output checks, each the arguments and Go 1.19's output for them (the
# same under GOMAXPROCS=1 and 2: the programs are deterministic).
PROGRAMS = {
    "ring": [(["1000", "503", "5"],
              "498\nruns 6 of 503 goroutines, checksum 734033741\n")],
    "pingpong": [(["1000"], "1000 round trips, value 2000, partner closed: true\n")],
    "spawn": [(["empty", "1000"],
               "empty: 1000 goroutines joined, checksum 10422651670965598708\n"),
              (["work", "1000"],
               "work: 1000 goroutines joined, checksum 17969544826421112444\n")],
    "binary-trees-parallel": [(["10"],
        "stretch tree of depth 11\t check: 4095\n"
        "1024\t trees of depth 4\t check: 31744\n"
        "256\t trees of depth 6\t check: 32512\n"
        "64\t trees of depth 8\t check: 32704\n"
        "16\t trees of depth 10\t check: 32752\n"
        "long lived tree of depth 10\t check: 2047\n")],
    "blocked": [(["1000"],
                 "start\nready: 1000 goroutines blocked\nreleased: sum 500500\n")],
}


class Config:
    def __init__(self, name, program, args, quick, label, fixed=()):
        self.name = name
        self.program = program
        self.fixed = list(fixed)  # the first arguments, always (spawn's variant)
        self.args = args          # benchmark size arguments (NAME=ARGS replaces them)
        self.quick = quick        # --quick size arguments
        self.label = label        # "{args}" is replaced by all the arguments


# Benchmark sizes: each Go run takes about 0.5-2 s on the 2-vCPU machine of the
# README's results.
CONFIGS = [
    Config("ring", "ring", ["5000000"], ["200000"],
           "ring: 503 goroutines, {args} hand-offs"),
    Config("pingpong", "pingpong", ["2000000"], ["100000"],
           "pingpong: {args} round trips"),
    Config("spawn-empty", "spawn", ["1000000"], ["100000"],
           "spawn {args} goroutines", fixed=["empty"]),
    Config("spawn-work", "spawn", ["1000000"], ["100000"],
           "spawn {args} goroutines", fixed=["work"]),
    Config("binary-trees-parallel", "binary-trees-parallel", ["17"], ["13"],
           "binary-trees-parallel {args}"),
    Config("blocked", "blocked", ["100000"], ["20000"],
           "blocked: {args} goroutines"),
]


CONFIG_PROGRAM = {c.name: c.program for c in CONFIGS}


def environment(procs):
    env = {k: v for k, v in os.environ.items()
           if k not in ("GOMAXPROCS", "GOGC", "GOMEMLIMIT", "GODEBUG")}
    env["GOMAXPROCS"] = str(procs)
    return env


def main():
    ap = argparse.ArgumentParser(prog="bench/goroutines.sh",
                                 description="scheduler benchmarks, minigo against Go")
    ap.add_argument("names", nargs="*", metavar="NAME[=ARGS]")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--go-only", action="store_true")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--procs", default="1,2", metavar="LIST")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--max-rss", type=int, default=4096, metavar="MB")
    args = ap.parse_args(sys.argv[2:])
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    try:
        procs = [int(p) for p in args.procs.split(",")]
        if not procs or any(p < 1 for p in procs):
            raise ValueError
    except ValueError:
        ap.error(f"bad --procs {args.procs!r}: comma-separated numbers, at least 1")

    def make_args(c, given, spec):
        if given is not None and not all(x.isdigit() for x in given):
            ap.error(f"bad arguments in {spec!r}: numbers, comma-separated")
        return c.fixed + (given if given is not None else c.quick if args.quick else c.args)

    selected = select_configs(ap, args.names, CONFIGS, "spawn", make_args)

    go, minigo, impls = find_impls("goroutines.sh", ROOT, args.go_only)
    max_rss_kb = args.max_rss * 1024
    failed = []     # (name, impl, reason)
    broken = {}     # (program or config name, impl) -> reason it is not run
    tmp = tempfile.mkdtemp(prefix="minigo-goroutines-")
    try:
        # Build and check, under each GOMAXPROCS.
        exes = {}   # (program, impl) -> executable
        for program in dict.fromkeys(c.program for c, _ in selected):
            src = os.path.join(GRDIR, program + ".go")
            goexe = os.path.join(tmp, program + ".go-exe")
            r = run([go, "build", "-o", goexe, src], None, args.timeout, 0, cwd=GRDIR)
            if r.rc != 0:
                loud(program, f"go build FAILED ({describe(r)})", head(text(r.out + r.err)))
                for impl in impls:
                    broken[(program, impl)] = "go build failed"
                failed.append((program, "go", "go build failed"))
                continue
            mgexe = None
            if minigo:
                mgexe = os.path.join(tmp, program + ".minigo-exe")
                r = minigo_build_O2(minigo, src, mgexe, args.timeout, cwd=GRDIR,
                                    note=lambda m: say(f"{program}: {m}"))
                if r.rc != 0:
                    loud(program, f"minigo build FAILED ({describe(r)})",
                         head(text(r.out + r.err)))
                    broken[(program, "minigo")] = "minigo build failed"
                    failed.append((program, "minigo", "minigo build failed"))
                    mgexe = None
            checks = [(a, e, p) for a, e in PROGRAMS[program] for p in procs]
            for check_args, expected, p in checks:
                env = environment(p)
                where = f"{' '.join(check_args)}, GOMAXPROCS={p}"
                g = run([goexe] + check_args, env, args.timeout, max_rss_kb)
                if g.rc != 0 or text(g.out) != expected:
                    loud(program, f"Go's output at {where} is not the known answer "
                         f"({describe(g)})",
                         diff(expected.encode(), g.out, "expected", "go") + "\n" +
                         head(text(g.err)))
                    for impl in impls:
                        broken[(program, impl)] = "Go's output wrong"
                    failed.append((program, "go", "Go's output wrong"))
                    break
                if not mgexe:
                    continue
                m = run([mgexe] + check_args, env, args.timeout, max_rss_kb)
                if m.rc != g.rc or m.out != g.out:
                    detail = f"go: {describe(g)}, minigo: {describe(m)}\n"
                    if m.out != g.out:
                        detail += diff(g.out, m.out, "go", "minigo") + "\n"
                    detail += head(text(m.err))
                    loud(program, f"OUTPUT MISMATCH at {where}: minigo differs from Go",
                         detail)
                    broken[(program, "minigo")] = f"output mismatch (GOMAXPROCS={p})"
                    failed.append((program, "minigo", f"output mismatch (GOMAXPROCS={p})"))
                    mgexe = None
            if (program, "go") in broken:
                continue
            exes[(program, "go")] = goexe
            state = "Go: known answer"
            if minigo:
                if mgexe:
                    exes[(program, "minigo")] = mgexe
                    state += "; minigo built, outputs identical"
                else:
                    state += f"; minigo: {broken[(program, 'minigo')]}"
            say(f"{program}: {'; '.join(' '.join(a) for a, _ in PROGRAMS[program])}, "
                f"GOMAXPROCS={','.join(map(str, procs))}: {state}")

        if args.check_only:
            say("")
            say("check only: no timed runs")
            for c, _ in selected:
                st = ", ".join(f"{impl}: {broken.get((c.program, impl), 'ok')}"
                               for impl in impls)
                say(f"  {c.name}: {st}")
            return 1 if failed else 0

        # Timed runs, interleaved: go, minigo, go, minigo, ...; each GOMAXPROCS in turn.
        say("")
        say(f"runs: {args.runs} of each executable per configuration and GOMAXPROCS, "
            f"interleaved; load average {load_average()} on {os.cpu_count()} CPUs")
        true_peak = have_gnu_time()
        if not true_peak:
            say("GNU time (/usr/bin/time) not found: peak RSS is wait4's ru_maxrss, which "
                "counts this script's own ~15 MB (no figure below that is meaningful)")
        results = {}    # (config name, procs, impl) -> [Result]
        blocked = {}    # (config name, procs, impl) -> [bytes per goroutine]
        for c, cargs in selected:
            ref, ref_where = None, None   # the first successful run's output
            for p in procs:
                env = environment(p)
                state = {impl: broken.get((c.program, impl)) for impl in impls}
                for impl in impls:
                    results[(c.name, p, impl)] = []
                    blocked[(c.name, p, impl)] = []
                for i in range(args.runs):
                    for impl in impls:
                        if state[impl]:
                            continue
                        exe = exes[(c.program, impl)]
                        per = None
                        if c.program == "blocked":
                            per, before, after, r = blocked_rss(exe, int(cargs[0]), env,
                                                                args.timeout, true_peak)
                        else:
                            r = run([exe] + cargs, env, args.timeout, max_rss_kb,
                                    true_peak=true_peak)
                        what = None
                        if r.rc != 0:
                            what = f"{impl} run FAILED ({describe(r)})"
                            state[impl] = (describe(r) if r.killed
                                           else f"failed ({describe(r)})")
                        elif c.program == "blocked" and per is None:
                            what = f"{impl}: no resident-set figure (output not as expected)"
                            state[impl] = "no RSS figure"
                        elif ref is not None and r.out != ref:
                            what = (f"OUTPUT MISMATCH: {impl} differs from "
                                    f"{ref_where}'s first run")
                            state[impl] = "output mismatch"
                        if what:
                            loud(f"{c.name} ({' '.join(cargs)}, GOMAXPROCS={p})", what,
                                 (diff(ref, r.out, ref_where, impl) + "\n"
                                  if ref is not None and r.out != ref and r.rc == 0
                                  else "") + head(text(r.err)))
                            failed.append((f"{c.name} P={p}", impl, state[impl]))
                            continue
                        if ref is None:
                            ref, ref_where = r.out, f"{NAMES[impl]} (GOMAXPROCS={p})"
                        results[(c.name, p, impl)].append(r)
                        msg = (f"  {c.name} GOMAXPROCS={p} run {i + 1}/{args.runs}: "
                               f"{impl} {r.wall:.2f} s, cpu {r.cpu:.2f} s, "
                               f"{r.maxrss / 1024:.0f} MB")
                        if per is not None:
                            blocked[(c.name, p, impl)].append(per)
                            msg += (f"; RSS {before / 2**20:.1f} -> {after / 2**20:.1f} MB: "
                                    f"{per:.0f} B per goroutine")
                        progress(msg)
                for impl in impls:
                    if state[impl]:
                        broken[(c.name, p, impl)] = state[impl]

        # Tables.
        def cell(key, vals, fmt):
            name, _, impl = key
            if key not in broken and (CONFIG_PROGRAM[name], impl) in broken:
                key = (CONFIG_PROGRAM[name], impl)
            if key in broken and not vals:
                return broken[key]
            if not vals:
                return "n/a"
            s = fmt(med(vals))
            if key in broken:
                s += f" ({len(vals)} runs; then {broken[key]})"
            return s

        def table(title, f, fmt, rows, store=results, target=None):
            say("")
            say(title)
            say("")
            cols = ["configuration", "GOMAXPROCS"] + [NAMES[i] for i in impls]
            if minigo:
                cols.append("minigo/Go")
            if target:
                cols.append("target")
            out = []
            for c, cargs in rows:
                label = c.label.format(args=" ".join(cargs))
                for p in procs:
                    vals = {impl: [f(x) for x in store.get((c.name, p, impl), [])]
                            for impl in impls}
                    cells = [label, str(p)] + [cell((c.name, p, impl), vals[impl], fmt)
                                               for impl in impls]
                    if minigo:
                        cells.append(ratio(med(vals["minigo"]), med(vals["go"])))
                    if target:
                        cells.append(target(vals))
                    out.append(cells)
            md_table(cols, out)

        timed = [(c, a) for c, a in selected]
        say("")
        say(machine_line(args.runs))
        if timed:
            table("Wall time (s), median:", lambda r: r.wall, lambda v: f"{v:.3f}", timed)
            table("CPU time (s, user+system, all threads), median:", lambda r: r.cpu,
                  lambda v: f"{v:.3f}", timed)
            table("Peak RSS (MB: the program's ru_maxrss, through GNU time), median:",
                  lambda r: r.maxrss / 1024, lambda v: f"{v:.1f}", timed)
        mem = [(c, a) for c, a in selected if c.program == "blocked"]
        if mem:
            def below(vals):
                v = vals.get("minigo")
                if not minigo:
                    return f"minigo < {BLOCKED_TARGET}"
                if not v:
                    return "n/a"
                return f"minigo < {BLOCKED_TARGET}: " + ("yes" if max(v) < BLOCKED_TARGET
                                                         else "NO")
            table("Blocked goroutines: bytes per goroutine = (VmRSS when all are blocked "
                  "- VmRSS before starting them) / count, median (target: every run):",
                  lambda x: x, lambda v: f"{v:.0f}", mem, store=blocked, target=below)
            if minigo:
                for c, _ in mem:
                    for p in procs:
                        v = blocked.get((c.name, p, "minigo"))
                        if v and max(v) >= BLOCKED_TARGET:
                            failed.append((f"{c.name} P={p}", "minigo",
                                           f"{max(v):.0f} bytes per blocked goroutine "
                                           f"(target < {BLOCKED_TARGET})"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    return finish(failed)


run_main(main, "goroutines.sh")
PYTHON

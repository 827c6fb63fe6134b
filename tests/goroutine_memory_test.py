#!/usr/bin/env python3
"""goroutine_memory_test.py — a blocked goroutine must cost less than 8 KB (issue 8).

Builds bench/goroutines/blocked.go with minigo and runs it with 100,000 goroutines, under
GOMAXPROCS=1 and GOMAXPROCS=2: the program pauses on standard input before starting its
goroutines and again when all of them are blocked receiving on a channel; the test reads
its VmRSS (/proc/PID/status) at both points (bench/benchlib.py's blocked_rss, shared with
bench/goroutines.sh) and requires

    (VmRSS when blocked - VmRSS before) / 100,000 < --limit (default 8192 bytes),

then that the goroutines, released, received every value once (the sum 1+...+N).
Needs no Go. Exit 0 on pass, 1 with the reasons on stderr.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
from benchlib import blocked_rss, describe, text  # noqa: E402

failures = []


def check(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what + (": " + detail if detail else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--program",
                    default=os.path.join(HERE, "..", "bench", "goroutines", "blocked.go"))
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--limit", type=int, default=8192, metavar="BYTES")
    args = ap.parse_args()

    os.makedirs(args.work, exist_ok=True)
    exe = os.path.join(args.work, "blocked")
    b = subprocess.run([args.minigo, "build", "-o", exe, args.program],
                       capture_output=True, text=True, timeout=300)
    if b.returncode != 0:
        print(f"minigo build failed (exit status {b.returncode}):\n{b.stdout}{b.stderr}",
              file=sys.stderr)
        return 1

    n = args.count
    want = (f"start\nready: {n} goroutines blocked\n"
            f"released: sum {n * (n + 1) // 2}\n")
    for procs in (1, 2):
        env = {k: v for k, v in os.environ.items()
               if k not in ("GOMAXPROCS", "GOGC", "GOMEMLIMIT", "GODEBUG")}
        env["GOMAXPROCS"] = str(procs)
        per, before, after, r = blocked_rss(exe, n, env, timeout=120)
        where = f"GOMAXPROCS={procs}"
        if per is None:
            check(f"{where}: the program ran and paused twice", False,
                  f"{describe(r)}; output:\n{text(r.out)}{text(r.err)}")
            continue
        check(f"{where}: {per:.0f} bytes per blocked goroutine < {args.limit} "
              f"(VmRSS {before / 2**20:.1f} MB before, {after / 2**20:.1f} MB with "
              f"{n} blocked)", per < args.limit)
        check(f"{where}: output and exit status", r.rc == 0 and text(r.out) == want,
              f"{describe(r)}; output:\n{text(r.out)}{text(r.err)}")

    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

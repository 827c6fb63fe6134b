#!/usr/bin/env python3
"""gctrace_test.py — the collector's knobs and trace, checked on one allocating program.

Builds a program that keeps a few MB live while allocating ~200 MB, then runs it:
  - with GODEBUG=gctrace=1: every "gc N" line on stderr has Go 1.19's shape exactly
    (gc N @T.TTTs P%: a+b+c ms clock, d+e/f/g+h ms cpu, X->Y->Z MB, G MB goal,
    S MB stacks, L MB globals, N P [(forced)]), numbered 1, 2, 3, ...; the last cycle,
    from runtime.GC(), says "(forced)"; the program's NumGC equals the lines;
  - with GOGC=off: no cycle except the forced one;
  - with GOGC=off GOMEMLIMIT=64MiB: cycles happen (the limit is the goal);
  - with GOMEMLIMIT=bogus: Go's fatal error, exit status 2;
  - with GODEBUG=gcstoptheworld=1 and gccheckmark=1,clobberfree=1: same output.
Exit 0 on pass, 1 with the reasons on stderr.
"""
import argparse
import os
import re
import subprocess
import sys

PROGRAM = r'''package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	buf  [100]int64
}

var live []*node

func main() {
	for i := 0; i < 20000; i++ {
		live = append(live, &node{})
	}
	sum := int64(0)
	for i := 0; i < 200000; i++ {
		n := &node{next: live[i%len(live)]}
		n.buf[i%100] = int64(i)
		live[(i*7)%len(live)] = n
		sum += n.buf[i%100]
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(sum, len(live))
	fmt.Println("numgc", ms.NumGC)
}
'''

TRACE = re.compile(
    r"^gc (\d+) @(\d+\.\d{3})s (\d+)%: "
    r"(\d+(?:\.\d+)?)\+(\d+(?:\.\d+)?)\+(\d+(?:\.\d+)?) ms clock, "
    r"(\d+(?:\.\d+)?)\+(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)\+(\d+(?:\.\d+)?) ms cpu, "
    r"(\d+)->(\d+)->(\d+) MB, (\d+) MB goal, (\d+) MB stacks, (\d+) MB globals, (\d+) P"
    r"( \(forced\))?$")

failures = []


def check(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what + (": " + detail if detail else ""))


def run(exe, env_extra):
    env = dict(os.environ)
    env.pop("GOGC", None)
    env.pop("GOMEMLIMIT", None)
    env.pop("GODEBUG", None)
    env.update(env_extra)
    return subprocess.run([exe], capture_output=True, text=True, env=env, timeout=120)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--work", required=True)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    src = os.path.join(args.work, "gctrace_prog.go")
    exe = os.path.join(args.work, "gctrace_prog")
    with open(src, "w") as f:
        f.write(PROGRAM)
    b = subprocess.run([args.minigo, "build", "-o", exe, src], capture_output=True, text=True)
    if b.returncode != 0:
        sys.stderr.write("FAIL build:\n" + b.stderr)
        return 1

    p = run(exe, {"GODEBUG": "gctrace=1"})
    lines = [l for l in p.stderr.splitlines() if l.startswith("gc ")]
    check("gctrace=1: exit 0", p.returncode == 0, p.stderr[-500:])
    check("gctrace=1: several cycles", len(lines) >= 3, "%d lines" % len(lines))
    bad = [l for l in lines if not TRACE.match(l)]
    check("gctrace=1: every line has Go 1.19's shape", not bad, "\n".join(bad[:3]))
    nums = [int(TRACE.match(l).group(1)) for l in lines if TRACE.match(l)]
    check("gctrace=1: cycles numbered 1, 2, 3, ...", nums == list(range(1, len(nums) + 1)),
          str(nums[:10]))
    check("gctrace=1: runtime.GC's cycle is (forced)",
          bool(lines) and lines[-1].endswith(" (forced)"), lines[-1] if lines else "")
    m = re.search(r"numgc (\d+)", p.stdout)
    check("ReadMemStats NumGC equals the trace lines", m is not None and int(m.group(1)) == len(lines),
          "NumGC %s, %d lines" % (m.group(1) if m else "?", len(lines)))
    expected = p.stdout.splitlines()[0] if p.stdout else ""

    p = run(exe, {"GOGC": "off", "GODEBUG": "gctrace=1"})
    lines = [l for l in p.stderr.splitlines() if l.startswith("gc ")]
    check("GOGC=off: only the forced cycle", len(lines) == 1 and lines[0].endswith("(forced)"),
          "\n".join(lines[:3]))

    p = run(exe, {"GOGC": "off", "GOMEMLIMIT": "64MiB", "GODEBUG": "gctrace=1"})
    lines = [l for l in p.stderr.splitlines() if l.startswith("gc ")]
    check("GOGC=off GOMEMLIMIT=64MiB: the limit drives cycles", len(lines) >= 3,
          "%d lines" % len(lines))
    goals = [int(TRACE.match(l).group(16)) for l in lines if TRACE.match(l)]
    check("GOGC=off GOMEMLIMIT=64MiB: goals under the limit", goals and max(goals) <= 64,
          str(goals[:10]))

    p = run(exe, {"GOMEMLIMIT": "12 parsecs"})
    check("GOMEMLIMIT=bogus: fatal error, exit 2",
          p.returncode == 2 and "fatal error: malformed GOMEMLIMIT" in p.stderr, p.stderr[:300])

    for mode in ("gcstoptheworld=1", "gccheckmark=1,clobberfree=1"):
        p = run(exe, {"GODEBUG": mode, "GOGC": "10"})
        first = p.stdout.splitlines()[0] if p.stdout else ""
        check("GODEBUG=%s GOGC=10: same output" % mode, p.returncode == 0 and first == expected,
              p.stderr[-300:])

    if failures:
        sys.stderr.write("%d check(s) failed:\n%s\n" % (len(failures), "\n".join(failures)))
        return 1
    print("PASS gctrace")
    return 0


if __name__ == "__main__":
    sys.exit(main())

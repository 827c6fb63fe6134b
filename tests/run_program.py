#!/usr/bin/env python3
"""run_program.py — golden-output test for one program in tests/programs.

Compiles NAME.go with `minigo build -o WORK/NAME NAME.go`, runs the executable
with stdin from /dev/null (60 s timeout) and checks, against files produced by
Go 1.19 through tests/programs/regen-golden.sh:
  stdout       == NAME.out  (exactly)
  exit status  == NAME.exit (absent: 0)
  stderr, cut before the first `goroutine N [` line and with trailing blank
  lines removed, == NAME.err (absent: must be empty)
Exit 0 on pass, 1 on failure with a unified diff on stderr.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

TIMEOUT = 60
GOROUTINE_LINE = re.compile(r"^(goroutine [0-9]+ \[|runtime stack:$)")


SIGNAL_PC = re.compile(r"^(\[signal .* pc=)0x[0-9a-f]+\]$")
STACK_SP = re.compile(r"^runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]$")


def cut_stderr(text):
    """Same rule as regen-golden.sh: drop the goroutine trace (from the first "goroutine N ["
    or "runtime stack:" line) and trailing blank lines.
    The pc of a "[signal SIGSEGV ...]" line is machine-specific too: it reads PC; so are
    the addresses of a stack overflow's "runtime: sp=... stack=[...]" line."""
    lines = []
    for line in text.splitlines():
        if GOROUTINE_LINE.match(line):
            break
        line = STACK_SP.sub("runtime: sp=SP stack=[LO, HI]", line)
        lines.append(SIGNAL_PC.sub(r"\1PC]", line))
    while lines and not lines[-1].strip():
        lines.pop()
    return "".join(line + "\n" for line in lines)


def read_golden(path, default):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


def diff(what, expected, actual):
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=what + " (expected, from Go)", tofile=what + " (minigo)")
    out = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n"
                  for l in lines)
    return out or "(texts differ only in a trailing newline)\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--mode", action="append", default=[],
                    help="LABEL:NAME=VALUE,NAME=VALUE — run the program once more with these "
                         "environment variables (repeatable; tests/gc runs each program under "
                         "several collector settings). Without --mode: one plain run.")
    ap.add_argument("source")
    args = ap.parse_args()

    base = os.path.splitext(args.source)[0]
    name = os.path.basename(base)
    os.makedirs(args.work, exist_ok=True)
    exe = os.path.join(os.path.abspath(args.work), name)
    if os.path.exists(exe):
        os.remove(exe)

    build = subprocess.run([args.minigo, "build", "-o", exe, args.source],
                           capture_output=True, text=True, errors="surrogateescape")
    if build.returncode != 0 or not os.path.exists(exe):
        sys.stderr.write("FAIL %s: `minigo build` exited with status %d\n%s"
                         % (name, build.returncode, build.stderr))
        return 1

    decode = lambda b: b.decode("utf-8", errors="surrogateescape")
    want_out = read_golden(base + ".out", None)
    if want_out is None:
        sys.stderr.write("FAIL %s: %s.out is missing (run regen-golden.sh)\n" % (name, base))
        return 1
    want_err = cut_stderr(read_golden(base + ".err", ""))
    want_exit = int(read_golden(base + ".exit", "0").strip())

    modes = [("", {})]
    if args.mode:
        modes = []
        for m in args.mode:
            label, _, assignments = m.partition(":")
            env = {}
            for a in assignments.split(","):
                if a:
                    k, _, v = a.partition("=")
                    env[k] = v
            modes.append((label, env))

    failed = False
    for label, extra in modes:
        what = name + (" [%s]" % label if label else "")
        env = dict(os.environ)
        env.update(extra)
        try:
            run = subprocess.run([exe], stdin=subprocess.DEVNULL, capture_output=True,
                                 timeout=TIMEOUT, env=env)
        except subprocess.TimeoutExpired:
            sys.stderr.write("FAIL %s: program did not finish within %d s\n" % (what, TIMEOUT))
            failed = True
            continue
        got_out = decode(run.stdout)
        if got_out != want_out:
            sys.stderr.write("FAIL %s: stdout differs\n%s"
                             % (what, diff("stdout", want_out, got_out)))
            failed = True
        got_err = cut_stderr(decode(run.stderr))
        if got_err != want_err:
            sys.stderr.write("FAIL %s: stderr differs\n%s"
                             % (what, diff("stderr", want_err, got_err)))
            failed = True
        if run.returncode != want_exit:
            sys.stderr.write("FAIL %s: exit status %d, expected %d\n"
                             % (what, run.returncode, want_exit))
            failed = True
    if failed:
        return 1
    print("PASS %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""driver_test.py — checks minigo's command line: usage errors, help, version,
exit statuses, diagnostics format, build/run of samples/hello.go (also from
another working directory) and -emit-llvm. Every check runs; all failures are
listed on stderr; exit 0 only if all pass.
"""
import argparse
import os
import re
import subprocess
import sys

failures = []


def run(cmd, cwd=None):
    try:
        return subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, errors="replace", timeout=120)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, -1, "", "(timed out after 120 s)")
    except OSError as e:
        return subprocess.CompletedProcess(cmd, -1, "", "(cannot execute: %s)" % e)


def check(what, ok, p=None, detail=""):
    """Record one check; on failure keep the command, status and output."""
    if ok:
        print("ok   %s" % what)
        return
    msg = "FAIL %s" % what
    if detail:
        msg += ": " + detail
    if p is not None:
        msg += "\n     $ %s\n     exit status %d\n     stdout: %r\n     stderr: %r" % (
            " ".join(map(str, p.args)), p.returncode, p.stdout[:2000], p.stderr[:2000])
    failures.append(msg)
    print("FAIL %s (details on stderr)" % what)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--source-dir", required=True)
    args = ap.parse_args()
    mg = os.path.abspath(args.minigo)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    hello = os.path.join(os.path.abspath(args.source_dir), "samples", "hello.go")
    if not os.access(mg, os.X_OK):
        sys.stderr.write("FAIL: %s is not an executable minigo\n" % mg)
        return 1

    p = run([mg])
    check("no arguments: exit 2, usage on stderr",
          p.returncode == 2 and "usage" in p.stderr.lower(), p)
    p = run([mg, "help"])
    check("help: exit 0, lists build/run/version", p.returncode == 0 and all(
        w in p.stdout + p.stderr for w in ("build", "run", "version")), p)
    p = run([mg, "version"])
    check("version: exit 0, stdout starts with 'minigo version'",
          p.returncode == 0 and p.stdout.startswith("minigo version"), p)
    p = run([mg, "frobnicate"])
    check("unknown command: exit 2, usage on stderr",
          p.returncode == 2 and "usage" in p.stderr.lower(), p)
    p = run([mg, "build"])
    check("build without a file: exit 2", p.returncode == 2 and p.stderr, p)
    p = run([mg, "build", "-no-such-flag", "x.go"], cwd=work)
    check("build with an unknown flag: exit 2", p.returncode == 2 and p.stderr, p)

    missing = os.path.join(work, "does_not_exist.go")
    p = run([mg, "build", "-o", os.path.join(work, "missing"), missing])
    check("build of a missing file: exit 1, path in the message",
          p.returncode == 1 and missing in p.stderr, p)

    bad = os.path.join(work, "compile_error.go")
    write(bad, "package main\n\nfunc main() {\n\tx := 1\n\tx = y\n}\n")
    p = run([mg, "build", "-o", os.path.join(work, "compile_error"), bad])
    check("compile error: exit 1, stderr `<path>:line:col: message`",
          p.returncode == 1 and re.match(re.escape(bad) + r":\d+:\d+: ", p.stderr), p)

    panics = os.path.join(work, "panics.go")
    write(panics, 'package main\n\nfunc main() {\n\tpanic("driver test")\n}\n')
    p = run([mg, "run", panics], cwd=work)
    check("run propagates the program's exit status (panic: 2)",
          p.returncode == 2 and p.stderr.startswith("panic: driver test"), p)

    if not os.path.exists(hello):
        check("samples/hello.go exists", False, detail="%s not found: the build/run/"
              "-emit-llvm checks of samples/hello.go cannot run" % hello)
    else:
        exe = os.path.join(work, "hello")
        if os.path.exists(exe):
            os.remove(exe)
        p = run([mg, "build", "-o", exe, "samples/hello.go"], cwd=args.source_dir)
        check("build -o WORK/hello samples/hello.go: exit 0", p.returncode == 0, p)
        if p.returncode == 0:
            p = run([exe])
            check("the built hello prints 'hello, world'",
                  p.returncode == 0 and p.stdout == "hello, world\n", p)

        p = run([mg, "run", hello], cwd=work)
        check("run with an absolute path from another directory prints 'hello, world'",
              p.returncode == 0 and p.stdout == "hello, world\n", p)

        ll = os.path.join(work, "x.ll")
        if os.path.exists(ll):
            os.remove(ll)
        p = run([mg, "build", "-emit-llvm", "-o", ll, "samples/hello.go"], cwd=args.source_dir)
        text = open(ll, errors="replace").read() if os.path.exists(ll) else ""
        check("build -emit-llvm writes IR with 'define' and 'main.main'",
              p.returncode == 0 and "define" in text and "main.main" in text, p,
              "" if text else "%s was not written" % ll)

        # Optimization levels and debug information all build a working program; -g
        # leaves a line table naming the source file in the executable.
        for flags in (["-O0"], ["-O1"], ["-O2"], ["-N"], ["-gcflags=-N"], ["-g"],
                      ["-g", "-O0"]):
            p = run([mg, "run"] + flags + [hello], cwd=work)
            check("run %s samples/hello.go prints 'hello, world'" % " ".join(flags),
                  p.returncode == 0 and p.stdout == "hello, world\n", p)
        exe = os.path.join(work, "hello-g")
        p = run([mg, "build", "-g", "-o", exe, hello], cwd=work)
        data = open(exe, "rb").read() if p.returncode == 0 and os.path.exists(exe) else b""
        check("build -g writes DWARF (.debug_line) naming hello.go",
              b".debug_line" in data and b"hello.go" in data, p)

        # The README's concurrency sample: workers, channels, WaitGroup, a select timeout.
        sample = os.path.join(os.path.abspath(args.source_dir), "samples", "goroutines.go")
        p = run([mg, "run", sample], cwd=work)
        check("run samples/goroutines.go prints the squares and 'timed out'",
              p.returncode == 0 and
              p.stdout == "[1 4 9 16 25 36 49 64 81 100]\ntimed out\n", p)

    if failures:
        sys.stderr.write("%d driver check(s) failed:\n%s\n" % (len(failures), "\n".join(failures)))
        return 1
    print("PASS driver")
    return 0


if __name__ == "__main__":
    sys.exit(main())

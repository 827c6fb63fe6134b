#!/usr/bin/env python3
"""Validation harness for minigo's standard library (see README.md).

Assembles a temporary Go module "mstd" from stdlib/*, rewrites the stdlib packages'
imports of each other to the module's paths, replaces every bodyless runtime primitive by the shim in tests/stdlib/shims/<pkg>/,
then runs the comparison tests of tests/stdlib/compare with real Go 1.19, and
type-checks a program importing every package with minigo.

Python 3 standard library only. Exit status 0 when everything passes.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STDLIB = os.path.join(ROOT, "stdlib")
MODULE = "mstd"

IMPORT_LINE = re.compile(r'^(\s*(?:import\s+)?(?:[A-Za-z_][A-Za-z0-9_]*\s+|_\s+)?)"([^"]+)"(.*)$')
BODYLESS = re.compile(r'^func\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(.*\)[^{]*$')
WATCHDOG_MARGIN = 300  # seconds given to go test beyond -timeout (builds, reports)
SHIM_FUNC = re.compile(r'^func\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(', re.M)


def packages():
    """Maps import path -> source directory for every package of the new stdlib."""
    pkgs = {}
    for dirpath, dirnames, filenames in os.walk(STDLIB):
        rel = os.path.relpath(dirpath, STDLIB)
        dirnames[:] = [d for d in dirnames if not d.startswith((".", "_"))]
        if rel == ".":
            continue
        if any(f.endswith(".go") and not f.startswith(("_", ".")) and
               not f.endswith("_test.go") for f in filenames):
            pkgs[rel.replace(os.sep, "/")] = dirpath
    return pkgs


def go_files(d):
    return sorted(f for f in os.listdir(d)
                  if f.endswith(".go") and not f.startswith(("_", ".")) and
                  not f.endswith("_test.go"))


def rewrite(text, pkgset):
    """Rewrites imports of stdlib packages and strips bodyless functions.
    Returns (new text, names of the bodyless functions)."""
    out, prims = [], []
    in_block = False
    header = True
    for line in text.split("\n"):
        s = line.strip()
        if header:
            if in_block:
                if s == ")":
                    in_block = False
                else:
                    line = fix_import(line, pkgset)
            elif s.startswith("import ("):
                in_block = True
            elif s.startswith("import "):
                line = fix_import(line, pkgset)
            elif s.startswith(("func ", "var ", "const ", "type ")):
                header = False
        if not header:
            if s == "//go:noescape":
                # The directive of a primitive the shim replaces.
                out.append("// (go:noescape)")
                continue
            m = BODYLESS.match(line)
            if m and not line.rstrip().endswith(("{", "}")):
                prims.append(m.group(1))
                out.append("// (runtime primitive " + m.group(1) + ": provided by the shim)")
                continue
        out.append(line)
    return "\n".join(out), prims


def fix_import(line, pkgset):
    m = IMPORT_LINE.match(line)
    if m and m.group(2) in pkgset:
        return '%s"%s/%s"%s' % (m.group(1), MODULE, m.group(2), m.group(3))
    return line


def assemble(work):
    """Writes the module; returns (its directory, the packages, their primitives,
    the primitives no shim defines)."""
    pkgs = packages()
    mod = os.path.join(work, MODULE)
    if os.path.exists(mod):
        shutil.rmtree(mod)
    os.makedirs(mod)
    with open(os.path.join(mod, "go.mod"), "w") as f:
        f.write("module %s\n\ngo 1.19\n" % MODULE)
    allprims, missing = {}, {}
    for path, src in sorted(pkgs.items()):
        dst = os.path.join(mod, path)
        os.makedirs(dst, exist_ok=True)
        prims = []
        for name in go_files(src):
            with open(os.path.join(src, name)) as f:
                text, p = rewrite(f.read(), pkgs)
            prims += p
            with open(os.path.join(dst, name), "w") as f:
                f.write(text)
        shimdir = os.path.join(HERE, "shims", path)
        shimmed = set()
        if os.path.isdir(shimdir):
            for name in go_files(shimdir):
                with open(os.path.join(shimdir, name)) as f:
                    text = f.read()
                shimmed.update(SHIM_FUNC.findall(text))
                text = text.replace('"mstd/', '"%s/' % MODULE)
                with open(os.path.join(dst, "zz_shim_" + name), "w") as f:
                    f.write(text)
        allprims[path] = prims
        if set(prims) - shimmed:
            missing[path] = [p for p in prims if p not in shimmed]
    cmp_dst = os.path.join(mod, "compare")
    os.makedirs(cmp_dst, exist_ok=True)
    for name in sorted(os.listdir(os.path.join(HERE, "compare"))):
        if name.endswith(".go"):
            shutil.copy(os.path.join(HERE, "compare", name), cmp_dst)
    return mod, pkgs, allprims, missing


def typecheck(minigo, work, pkgs, timeout):
    """Type-checks a program importing every package with minigo."""
    lib = os.path.join(work, "minigo-stdlib")
    if os.path.exists(lib):
        shutil.rmtree(lib)
    for path, src in pkgs.items():
        dst = os.path.join(lib, path)
        os.makedirs(dst, exist_ok=True)
        for name in go_files(src):
            shutil.copy(os.path.join(src, name), dst)
    prog = os.path.join(work, "all_packages.go")
    names = sorted(pkgs)
    with open(prog, "w") as f:
        f.write("package main\n\nimport (\n")
        for p in names:
            f.write('\t_ "%s"\n' % p)
        f.write(")\n\nfunc main() {}\n")
    env = dict(os.environ, MINIGO_STDLIB=lib)
    try:
        r = subprocess.run([minigo, "build", "-typecheck", prog], env=env,
                           capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "timed out after %ds" % timeout, names
    out = (r.stdout + r.stderr).strip()
    return r.returncode == 0 and not out, out, names


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--go", default="go", help="the Go 1.19 command (default: go)")
    ap.add_argument("--minigo", default=os.path.join(ROOT, "build", "bin", "minigo"))
    ap.add_argument("--work", help="work directory (default: a temporary one, removed)")
    ap.add_argument("--run", help="only the comparison tests matching this regexp")
    ap.add_argument("--short", action="store_true", help="fewer randomized cases")
    ap.add_argument("--no-go", action="store_true", help="skip the Go comparison tests")
    ap.add_argument("--no-typecheck", action="store_true", help="skip the minigo type check")
    ap.add_argument("--timeout", type=float, default=30,
                    help="minutes allowed to go test (and to each step) before it is "
                    "stopped as failed (default: 30; a full run takes about 5)")
    ap.add_argument("-v", action="store_true", help="verbose go test output")
    args = ap.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="minigo-stdlib-")
    os.makedirs(work, exist_ok=True)
    ok = True
    try:
        mod, pkgs, prims, missing = assemble(work)
        print("packages: %s" % " ".join(sorted(pkgs)))
        for p in sorted(prims):
            if prims[p]:
                print("primitives %s: %s" % (p, " ".join(prims[p])))
        for p in sorted(missing):
            print("MISSING SHIM: %s: %s (add them to tests/stdlib/shims/%s/)" %
                  (p, " ".join(missing[p]), p))
            ok = False
        if not args.no_typecheck:
            if os.path.exists(args.minigo):
                good, out, names = typecheck(args.minigo, work, pkgs, args.timeout * 60)
                print("minigo -typecheck of a program importing %d packages: %s" %
                      (len(names), "ok" if good else "FAILED"))
                if not good:
                    print(out)
                    ok = False
            else:
                print("minigo -typecheck: skipped (%s not found)" % args.minigo)
        if not args.no_go:
            cmd = [args.go, "test", "-count=1", "-vet=off", "-v"]
            if args.short:
                cmd.append("-short")
            if args.run:
                cmd += ["-run", args.run]
            # go test's -timeout bounds each test binary (and the helper processes
            # the tests start have their own); the watchdog below bounds the rest.
            cmd += ["-timeout", "%ds" % max(1, int(args.timeout * 60)), "./..."]
            env = dict(os.environ, GOFLAGS="-mod=mod", GOPROXY="off", GO111MODULE="on")
            print("$ " + " ".join(cmd) + "   (in %s)" % mod, flush=True)
            r = subprocess.Popen(cmd, cwd=mod, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True,
                                 start_new_session=True)
            expired = []

            def watchdog():
                expired.append(True)
                print("TIMEOUT: go test still running after %g minutes: stopped" %
                      ((args.timeout * 60 + WATCHDOG_MARGIN) / 60), flush=True)
                try:
                    os.killpg(r.pid, signal.SIGKILL)  # go test and its children
                except ProcessLookupError:
                    pass
            timer = threading.Timer(args.timeout * 60 + WATCHDOG_MARGIN, watchdog)
            timer.daemon = True
            timer.start()
            pending = []  # output of the running test, shown if it fails
            in_test = False
            try:
                for line in r.stdout:
                    if args.v:
                        sys.stdout.write(line)
                    elif line.startswith("=== RUN"):
                        pending, in_test = [], True
                    elif line.startswith("--- FAIL"):
                        sys.stdout.write("".join(pending) + line)
                        pending, in_test = [], False
                    elif line.startswith(("--- PASS", "--- SKIP")):
                        pending, in_test = [], False
                    elif in_test and line.startswith("    "):
                        if "KNOWN DIFFERENCE" in line:
                            sys.stdout.write(line)  # always shown (see compare/runtime_test.go)
                        else:
                            pending.append(line)
                        if len(pending) > 200:
                            pending = pending[-200:]
                    elif not line.startswith(("?", "PASS")):
                        sys.stdout.write(line)
                    sys.stdout.flush()
                if r.wait() != 0 or expired:
                    ok = False
            finally:
                timer.cancel()
                if r.poll() is None:  # interrupted: stop go test and its children
                    os.killpg(r.pid, signal.SIGKILL)
                    r.wait()
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

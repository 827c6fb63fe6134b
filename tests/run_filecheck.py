#!/usr/bin/env python3
"""run_filecheck.py — FileCheck test over the LLVM IR minigo emits for one file.

Runs `minigo build -emit-llvm [FLAGS] -o WORK/NAME.ll NAME.go` (FLAGS: the words of a
`// FLAGS: ...` line in the source, if any), then
`FileCheck NAME.go --input-file WORK/NAME.ll`: the `// CHECK...:` lines in the
Go source are the expectations (see tests/README.md for the naming conventions
they rely on). Exit 0 on pass, 1 on failure with the compiler's or FileCheck's
diagnostics on stderr.
"""
import argparse
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--filecheck", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("source")
    args = ap.parse_args()

    name = os.path.splitext(os.path.basename(args.source))[0]
    os.makedirs(args.work, exist_ok=True)
    ll = os.path.join(args.work, name + ".ll")
    if os.path.exists(ll):
        os.remove(ll)

    flags = []
    with open(args.source, encoding="utf-8") as f:
        for line in f:
            if line.startswith("// FLAGS:"):
                flags += line[len("// FLAGS:"):].split()
    build = subprocess.run([args.minigo, "build", "-emit-llvm"] + flags + ["-o", ll, args.source],
                           capture_output=True, text=True, errors="replace")
    if build.returncode != 0 or not os.path.exists(ll):
        sys.stderr.write("FAIL %s: `minigo build -emit-llvm` exited with status %d\n%s"
                         % (name, build.returncode, build.stderr))
        return 1

    check = subprocess.run([args.filecheck, args.source, "--input-file", ll],
                           capture_output=True, text=True, errors="replace")
    if check.returncode != 0:
        sys.stderr.write("FAIL %s: FileCheck found a mismatch in %s\n%s%s"
                         % (name, ll, check.stdout, check.stderr))
        return 1
    print("PASS %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Measures how often minigo's math functions differ from Go 1.19's, bit for bit.

minigo's transcendental functions (stdlib/math) handle Go's special cases in Go and
call glibc's libm for the rest (runtime/math_libm.cpp); glibc may round differently
from Go. This builds libm_diff/mathdiff.go with Go and with minigo, runs both on the
same special and pseudo-random arguments, and prints, per function, the share of
results that differ and the largest difference in ulps. A difference on a special
argument (±0, ±Inf, NaN, ±1, ±2, ±0.5, ±3, and their pairs) is a bug: the script
then exits with status 1.

    python3 tests/stdlib/libm_diff.py --minigo path/to/minigo [--n 20000]

Python 3 standard library only.
"""
import argparse
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROG = os.path.join(HERE, "libm_diff", "mathdiff.go")


def blocks(text):
    """Parses the output into [(name, nspecial, [values])]."""
    out = []
    for line in text.split("\n"):
        if not line:
            continue
        if line.startswith("# "):
            _, name_special = line.split(" ", 1)
            name, nspecial = name_special.rsplit(" ", 1)
            out.append((name, int(nspecial), []))
        else:
            out[-1][2].append(line)
    return out


def ulps(a, b):
    """Distance in ulps between two non-NaN float64 bit patterns (hex)."""
    def ordered(h):
        v = int(h, 16)
        return -(v & ~(1 << 63)) if v >> 63 else v
    return abs(ordered(a) - ordered(b))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--go", default="go")
    ap.add_argument("--minigo", default=os.path.join(ROOT, "build", "bin", "minigo"))
    ap.add_argument("--n", type=int, default=20000, help="random arguments per function")
    ap.add_argument("--examples", type=int, default=0, help="differences to show per function")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="libm-diff-") as work:
        gobin, mbin = os.path.join(work, "go-mathdiff"), os.path.join(work, "minigo-mathdiff")
        subprocess.run([args.go, "build", "-o", gobin, PROG], check=True,
                       env=dict(os.environ, GO111MODULE="off"))
        subprocess.run([args.minigo, "build", "-o", mbin, PROG], check=True)
        gout = subprocess.run([gobin, str(args.n)], check=True, capture_output=True, text=True).stdout
        mout = subprocess.run([mbin, str(args.n)], check=True, capture_output=True, text=True).stdout

    gb, mb = blocks(gout), blocks(mout)
    if [(n, s, len(v)) for n, s, v in gb] != [(n, s, len(v)) for n, s, v in mb]:
        print("the two programs printed different blocks")
        return 1
    bad_special = False
    print("%-12s %9s %9s %8s %9s" % ("function", "results", "differ", "share", "max ulps"))
    for (name, nspecial, gv), (_, _, mv) in zip(gb, mb):
        diff, maxu, shown = 0, 0, 0
        for i, (g, m) in enumerate(zip(gv, mv)):
            if g == m:
                continue
            if i < nspecial:
                print("  SPECIAL %s argument #%d: minigo %s, Go %s" % (name, i, m, g))
                bad_special = True
            diff += 1
            if "nan" in (g, m):
                maxu = float("inf")
            else:
                maxu = max(maxu, ulps(g, m))
            if shown < args.examples:
                gf = struct.unpack("<d", struct.pack("<Q", int(g, 16)))[0] if g != "nan" else g
                mf = struct.unpack("<d", struct.pack("<Q", int(m, 16)))[0] if m != "nan" else m
                print("  %s #%d: minigo %r, Go %r" % (name, i, mf, gf))
                shown += 1
        print("%-12s %9d %9d %7.3f%% %9s" % (name, len(gv), diff, 100.0 * diff / len(gv),
                                            maxu if diff else "-"))
    if bad_special:
        print("FAIL: results differ on special arguments")
        return 1
    print("PASS (no difference on special arguments)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""errorcheck.py — check a compiler's diagnostics against `// ERROR` comments.

Go's errorcheck convention (go/test/run.go): a line ending in
    // ERROR "regexp" ["regexp" ...]      (or `regexp` in backquotes)
means the compiler must report, on that line, an error matching each regexp.
Regexps are taken literally between the quotes (no escape processing) and
searched, unanchored, in the message with its `file:line:col: ` prefix removed;
one regexp consumes every error on its line that it matches. The test fails if
any regexp matches no error on its line, or if any error is matched by none.

Runs `<minigo> build -o <tmp> FILE` and requires exit status 1 (or, with --go,
Go 1.19 itself, to validate the expectations: `go build -gcflags=-e -o
/dev/null FILE` from FILE's directory, which must exit 2 as `go build` does
when its compiler exits 1; -e lifts Go's 10-error limit). Diagnostics are the stderr lines `path:line:col: msg`;
continuation lines (starting with a tab) and the final `too many errors` are
ignored; `path` must be the file as given on the command line.

--expect-failure inverts the verdict for the harness's own meta tests: it
passes only if the compiler exited 1 and the expectations did NOT match.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ERROR_COMMENT = re.compile(r"//\s*ERROR\s+(.*)$")
QUOTED = re.compile(r'"([^"]*)"|`([^`]*)`')
DIAG = re.compile(r"^(.*?):(\d+):(\d+): (.*)$")


def parse_expectations(path):
    """Return a list of (line, regexp text) from `// ERROR` comments."""
    want = []
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for lineno, line in enumerate(f, 1):
            m = ERROR_COMMENT.search(line)
            if not m:
                continue
            rxs = [q.group(1) if q.group(1) is not None else q.group(2)
                   for q in QUOTED.finditer(m.group(1))]
            if not rxs:
                raise SystemExit("%s:%d: malformed ERROR comment: %s"
                                 % (path, lineno, line.rstrip()))
            want.extend((lineno, rx) for rx in rxs)
    return want


def run_compiler(args):
    """Return (exit status, stderr text, path the diagnostics should name)."""
    if args.go:
        # Run from the file's directory: Go prints `./file.go:...`; drop "./".
        d, base = os.path.split(os.path.abspath(args.source))
        p = subprocess.run(["go", "build", "-gcflags=-e", "-o", os.devnull, base],
                           cwd=d, capture_output=True, text=True, errors="replace")
        err = "".join(l for l in p.stderr.splitlines(keepends=True)
                      if not l.startswith("# command-line-arguments"))
        return p.returncode, re.sub(r"(?m)^\./", "", err), base
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run([args.minigo, "build", "-o", os.path.join(tmp, "a.out"),
                            args.source], capture_output=True, text=True, errors="replace")
    return p.returncode, p.stderr, args.source


def check(args):
    """Return (infrastructure ok, list of problems)."""
    want = parse_expectations(args.source)
    status, stderr, path = run_compiler(args)
    want_status = 2 if args.go else 1  # `go build` exits 2 when its compiler exits 1
    if status != want_status:
        return False, ["compiler exited with status %d, expected %d; stderr:\n%s"
                       % (status, want_status, stderr)]
    got, problems = [], []
    for line in stderr.splitlines():
        if line.startswith("\t"):
            continue  # continuation of the previous message
        m = DIAG.match(line)
        if not m:
            problems.append("unparsable stderr line: %r" % line)
        elif m.group(4) == "too many errors":
            continue
        elif m.group(1) != path:
            problems.append("diagnostic names %r, expected %r: %s" % (m.group(1), path, line))
        else:
            got.append((int(m.group(2)), m.group(4), line))
    for lineno, rx in want:
        try:
            crx = re.compile(rx)
        except re.error as e:
            problems.append("%s:%d: bad regexp %r: %s" % (path, lineno, rx, e))
            continue
        hits = [g for g in got if g[0] == lineno and crx.search(g[1])]
        if not hits:
            here = [g[2] for g in got if g[0] == lineno]
            problems.append("%s:%d: missing error matching %r; errors on that line: %s"
                            % (path, lineno, rx, "\n    " + "\n    ".join(here) if here else "none"))
        got = [g for g in got if g not in hits]
    problems += ["unexpected error: %s" % g[2] for g in got]
    return True, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--minigo", help="path to the minigo executable")
    group.add_argument("--go", action="store_true", help="check against `go build` instead")
    ap.add_argument("--expect-failure", action="store_true",
                    help="pass only if the expectations do not match (meta tests)")
    ap.add_argument("source")
    args = ap.parse_args()

    ok, problems = check(args)
    name = args.source
    if args.expect_failure:
        if ok and problems:
            print("PASS %s: the harness rejected it as it should:\n  %s"
                  % (name, "\n  ".join(problems)))
            return 0
        reason = problems[0] if problems else "all expectations matched"
        sys.stderr.write("FAIL %s: expected the harness to reject this file: %s\n"
                         % (name, reason))
        return 1
    if problems:
        sys.stderr.write("FAIL %s:\n  %s\n" % (name, "\n  ".join(problems)))
        return 1
    print("PASS %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

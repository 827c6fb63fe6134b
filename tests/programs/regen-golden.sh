#!/bin/sh
# regen-golden.sh — regenerate the golden files of tests/programs from Go 1.19,
# the oracle. Never edit NAME.out / NAME.err / NAME.exit by hand.
#
# Usage: tests/programs/regen-golden.sh [NAME.go ...]   (default: every *.go here)
#
# For each program: `go build -o <tmp>` (not `go run`, whose exit status and
# stderr are not the program's own), run the binary with stdin from /dev/null,
# and write next to the source:
#   NAME.out   exact stdout (always written, possibly empty)
#   NAME.err   stderr, cut just before the first line matching `^goroutine [0-9]+ \[`
#              or `^runtime stack:$` (the traces are machine-specific) and with trailing blank
#              lines removed; written only when that is non-empty
#   NAME.exit  the exit status and a newline; written only when it is non-zero
# tests/run_program.py applies the same cutting rule to minigo's output.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
  set -- "$here"/*.go
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

go version
for src in "$@"; do
  dir=$(cd "$(dirname "$src")" && pwd)
  name=$(basename "$src" .go)
  base="$dir/$name"
  (cd "$dir" && go build -o "$tmp/$name" "$name.go")
  status=0
  "$tmp/$name" <"/dev/null" >"$base.out" 2>"$tmp/$name.stderr" || status=$?
  rm -f "$base.err" "$base.exit"
  if [ -s "$tmp/$name.stderr" ]; then
    # Cut at the goroutine trace, then drop trailing blank lines.
    awk '/^goroutine [0-9]+ \[/ || /^runtime stack:$/ { exit } { print }' "$tmp/$name.stderr" |
      awk '{ lines[NR] = $0 } /[^[:space:]]/ { last = NR }
           END { for (i = 1; i <= last; i++) print lines[i] }' >"$tmp/$name.cut"
    if [ -s "$tmp/$name.cut" ]; then cp "$tmp/$name.cut" "$base.err"; fi
  fi
  if [ "$status" -ne 0 ]; then
    echo "$status" >"$base.exit"
  fi
  echo "regenerated $name (exit $status)"
done

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
  # A concurrency program is tested under GOMAXPROCS=1 and 2 (tests/CMakeLists.txt,
  # CONCURRENCY_PROGRAM_RE): its output must not depend on the number of Ps.
  case "$name" in
  goroutine_* | chan_* | select_* | sync_* | atomic_* | time_* | stack_*)
    for procs in 1 2; do
      st=0
      GOMAXPROCS=$procs "$tmp/$name" <"/dev/null" >"$tmp/$name.p.out" 2>/dev/null || st=$?
      if ! cmp -s "$tmp/$name.p.out" "$base.out" || [ "$st" -ne "$status" ]; then
        echo "regen-golden.sh: $name: Go's output or exit status differs under GOMAXPROCS=$procs;" \
          "a concurrency program must be deterministic" >&2
        exit 1
      fi
    done
    ;;
  esac
  echo "regenerated $name (exit $status)"
done

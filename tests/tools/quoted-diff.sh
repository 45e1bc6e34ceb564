#!/usr/bin/env bash
# Differential check of the parse stage against real Elixir (a development tool: it needs
# `elixir` in PATH and is not run by ctest).
#
#   tests/tools/quoted-diff.sh [-a ATHANOR] [-v] FILE...
#
# For every FILE, compares `athanor build --emit=quoted FILE` with
# `elixir ../shared/tools/quoted.exs FILE` byte for byte (stdout only; Elixir's warnings go to
# stderr). A file that Elixir rejects passes when athanor rejects it too (nonzero exit and a
# diagnostic). Prints one `FAIL FILE` line per mismatch (with a diff under -v) and a summary
# `N passed, M failed`; exits 1 if anything failed.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# Default: $ATHANOR, else the newest of build/ and build-fe/.
athanor="${ATHANOR:-}"
if [ -z "$athanor" ]; then
  for cand in "$repo/build/bin/athanor" "$repo/build-fe/bin/athanor"; do
    if [ -x "$cand" ] && { [ -z "$athanor" ] || [ "$cand" -nt "$athanor" ]; }; then
      athanor="$cand"
    fi
  done
fi
quoted="$repo/../shared/tools/quoted.exs"
verbose=0
while [ $# -gt 0 ]; do
  case "$1" in
    -a) athanor="$2"; shift 2 ;;
    -v) verbose=1; shift ;;
    *) break ;;
  esac
done
pass=0; fail=0
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for f in "$@"; do
  elixir "$quoted" "$f" >"$tmp/want" 2>"$tmp/want.err"; want_rc=$?
  "$athanor" build --emit=quoted "$f" >"$tmp/got" 2>"$tmp/got.err"; got_rc=$?
  if [ $want_rc -ne 0 ]; then
    if [ $got_rc -ne 0 ] && [ -s "$tmp/got.err" ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1)); echo "FAIL $f: elixir rejects it, athanor accepts it"
      [ $verbose -eq 1 ] && grep -m1 -E 'Error|error' "$tmp/want.err"
    fi
  elif [ $got_rc -ne 0 ]; then
    fail=$((fail + 1)); echo "FAIL $f: athanor rejects it"
    [ $verbose -eq 1 ] && head -3 "$tmp/got.err"
  elif cmp -s "$tmp/want" "$tmp/got"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $f: output differs"
    if [ $verbose -eq 1 ]; then
      tr ',' '\n' <"$tmp/want" >"$tmp/want.l"; tr ',' '\n' <"$tmp/got" >"$tmp/got.l"
      diff "$tmp/want.l" "$tmp/got.l" | head -20
    fi
  fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

#!/usr/bin/env bash
# Sets up, builds and runs every test (lit golden tests, unit tests, the conformance
# ratchet). Ends with ctest's summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh || exit 1
build_dir=${BUILD_DIR:-build}
jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
(cd "$build_dir" && ctest -j "$jobs" --output-on-failure) 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
rm -f "$log"
echo
echo "$summary"
exit "$status"

#!/usr/bin/env bash
# Sets up a Debian 12 machine (installs packages, idempotent) and builds Athanor into build/.
#   scripts/build.sh            Release build
#   BUILD_DIR=... BUILD_TYPE=... scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] || ! command -v antlr4 >/dev/null 2>&1; then
  ./scripts/setup.sh
fi
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" ${CMAKE_ARGS:-} >/dev/null
jobs=$(nproc 2>/dev/null || echo 2)
cmake --build "$build_dir" -j "$jobs"

#!/usr/bin/env bash
# Builds the front-end fuzzer (tests/fuzz/fuzz_frontend.cpp: parse + sema + lowering to Core,
# clang-19 with libFuzzer, ASan and UBSan) in build-fuzz/ and runs it for SECONDS
# (default 600). Not part of CI.
#
#   scripts/fuzz.sh [SECONDS]
#   JOBS=2 FUZZ_JOBS=1 scripts/fuzz.sh 3600
#
# The corpus grows in build-fuzz/corpus (seeded from tests/fuzz/corpus, which stays
# untouched); findings are written to build-fuzz/artifacts/ (crash-*, leak-*, timeout-*,
# oom-*). Reproduce one with `build-fuzz/bin/fuzz_frontend FILE`, and minimize it with
# `build-fuzz/bin/fuzz_frontend -minimize_crash=1 -runs=10000 FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
build=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-2}

cmake -S . -B "$build" -G Ninja -DATHANOR_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
# The standard library manifest (compiled by the sanitized athanor itself) lets lowering
# resolve calls into the standard library. Leak checking is for the fuzzer, not the build.
ASAN_OPTIONS=detect_leaks=0 ninja -C "$build" -j "$jobs" fuzz_frontend athanor_stdlib

mkdir -p "$build/corpus" "$build/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Leaks in the system ANTLR runtime are suppressed there (with the reasons).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
# -max_len: real source files are bigger, but 16 KiB is room for any nesting and length
# limit the front end has (400 brackets, 4000 grammar levels) while keeping runs fast.
exec "$build/bin/fuzz_frontend" "$build/corpus" tests/fuzz/corpus \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict=tests/fuzz/elixir.dict -artifact_prefix="$build/artifacts/" \
  -print_final_stats=1 ${FUZZ_ARGS:-}

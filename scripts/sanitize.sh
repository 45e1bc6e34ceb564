#!/usr/bin/env bash
# Builds Athanor with sanitizers and runs the runtime's unit tests and a set of process
# stress programs under them. Not part of CI.
#
#   scripts/sanitize.sh [address|thread]...     (default: both)
#
#   address  build-asan/, -DATHANOR_SANITIZE=address (ASan + UBSan)
#   thread   build-tsan/, -DATHANOR_SANITIZE=thread  (TSan)
#
# Each build's athanor links programs against its own sanitized runtime, so the lit tests
# below (tests/stress, tests/otp and process-heavy programs of tests/themes and tests/e2e)
# run compiled Athanor programs under the sanitizer, with ATHANOR_SCHEDULERS=1 and 4.
# Sanitizer reports go to BUILD/sanitizer-logs/ (programs end with _exit, which would drop
# TSan's exit status); the script fails if any report was written or any test failed.
# Environment: CC/CXX (default clang-19/clang++-19), JOBS (default 2), SANITIZE_TESTS
# (lit tests or folders to run instead of the list below, e.g. "tests/otp tests/themes
# tests/e2e tests/examples": all of them take about 2 min under ASan, 6 under TSan).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
modes=("$@")
[ ${#modes[@]} -eq 0 ] && modes=(address thread)
jobs=${JOBS:-2}
lit=(python3 /usr/lib/llvm-19/build/utils/lit/lit.py)
# Process-heavy lit tests that also run under the sanitizers (small process counts).
stress_tests=(tests/stress tests/otp
  tests/e2e/spawn_send_receive.exs tests/e2e/receive_after.exs
  tests/themes/proc_pingpong_counter.exs tests/themes/proc_ring_pipeline.exs
  tests/themes/proc_receive_patterns.exs tests/themes/proc_registered_names.exs
  tests/themes/proc_timeouts_after.exs tests/themes/proc_timers_ordering.exs
  tests/themes/proc_worker_pool.exs tests/themes/proc_large_messages.exs
  tests/themes/links_cascade_and_names.exs tests/themes/links_exit_reasons_matrix.exs
  tests/themes/links_trap_exit_supervise.exs tests/themes/links_monitor_reasons.exs
  tests/themes/genserver_call_timeout_registry.exs tests/themes/supervisor_strategies.exs
  tests/themes/task_parallel_work.exs
  tests/e2e/stack_migration_temp_arrays.exs tests/e2e/apply_across_suspension.exs
  tests/e2e/messages_into_sleeping_heap.exs)
if [ -n "${SANITIZE_TESTS:-}" ]; then
  read -r -a stress_tests <<<"$SANITIZE_TESTS"
fi

failed=()
for mode in "${modes[@]}"; do
  case $mode in
    address) build=build-asan ;;
    thread) build=build-tsan ;;
    *) echo "usage: $0 [address|thread]..." >&2; exit 2 ;;
  esac
  echo "=== $mode: building $build"
  cmake -S . -B "$build" -G Ninja -DATHANOR_SANITIZE="$mode" \
    -DCMAKE_C_COMPILER="${CC:-clang-19}" -DCMAKE_CXX_COMPILER="${CXX:-clang++-19}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    >/dev/null || { failed+=("$mode: configure"); continue; }
  # The compiler's own leaks are the fuzzer's business (scripts/fuzz.sh), not this build's.
  if ! ASAN_OPTIONS=detect_leaks=0 ninja -C "$build" -j "$jobs"; then
    failed+=("$mode: build")
    continue
  fi

  logs=$root/$build/sanitizer-logs
  rm -rf "$logs"
  mkdir -p "$logs"
  # detect_stack_use_after_return=0: see sched/Fiber.h. Leaks: the runtime ends programs
  # with _exit, and the compiler is checked by the fuzzer.
  export ASAN_OPTIONS="log_path=$logs/asan:detect_leaks=0:detect_stack_use_after_return=0:abort_on_error=1:strict_string_checks=1"
  export UBSAN_OPTIONS="log_path=$logs/ubsan:print_stacktrace=1:halt_on_error=1"
  export TSAN_OPTIONS="log_path=$logs/tsan:halt_on_error=0:second_deadlock_stack=1:history_size=4"

  echo "=== $mode: unit tests"
  for t in "$build"/bin/*_test; do
    echo "--- $t"
    "$t" --gtest_brief=1 || failed+=("$mode: $(basename "$t")")
  done

  for n in 1 4; do
    echo "=== $mode: stress programs, ATHANOR_SCHEDULERS=$n"
    ATHANOR_SCHEDULERS=$n "${lit[@]}" -sv -j "$jobs" --skip-test-time-recording "${stress_tests[@]}" \
      --param athanor="$root/$build/bin/athanor" --param exec_root="$root/$build/lit-out" \
      || failed+=("$mode: lit, $n schedulers")
  done

  if compgen -G "$logs/*" >/dev/null; then
    echo "=== $mode: sanitizer reports in $logs:"
    for f in "$logs"/*; do
      echo "--- $f"
      head -n 60 "$f"
    done
    failed+=("$mode: $(ls "$logs" | wc -l) sanitizer report(s)")
  fi
  unset ASAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS
done

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "sanitize: all clean (${modes[*]})"
  exit 0
fi
printf 'sanitize: FAILED: %s\n' "${failed[@]}"
exit 1

// Test support for process BIFs under the real scheduler: runs a C++ function as the main
// process of a fresh runtime in a forked child (ATHANOR_SCHEDULERS=1 by default) and
// returns its exit code, stdout and stderr. With one scheduler a suspended process's
// frames are restored at the same address, so C++ frames may suspend (receive) safely.
//
// Inside the child, helpers build closures whose code is a C++ function and receive
// messages the way generated code does (ath_recv_*).
#pragma once

#include "bif_test_support.h"
#include "proc/Process.h"

#include <string>

namespace athanor::test {

struct RunResult {
  int exitCode = -1; // -1: killed by a signal or timed out
  std::string out;
  std::string err;
};

using MainFn = ath_term (*)(ath_proc *p, ath_term unused);

/// Runs `main` as the main process of a new runtime; waits at most `timeoutSec`.
RunResult runProgram(MainFn main, int schedulers = 1, int timeoutSec = 30);

/// Code of a test closure: called with the closure itself (its captured terms are
/// funFree(closure, i)), as generated code calls fn bodies.
using ClosureCode = ath_term (*)(ath_proc *p, ath_term closure);

/// A zero-arity closure running `code`, capturing `free`.
rt::Term makeClosure(ath_proc *p, ClosureCode code, std::initializer_list<rt::Term> free = {});

/// receive: the first message (any), or ATH_ATOM(timeout) after `timeoutMs` (-1 = never).
rt::Term receiveAny(ath_proc *p, int64_t timeoutMs = -1);
/// receive: the first message for which match(msg) holds (others stay queued).
template <class F> rt::Term receiveMatching(ath_proc *p, F match, int64_t timeoutMs = -1);

/// printf to stdout (the program's buffered stdout).
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/// inspect(t) as a C string for say().
std::string show(rt::Term t);

// ---- template implementation ----

extern "C" ath_term ath_recv_start(ath_proc *p, ath_term timeout);
extern "C" ath_term ath_recv_peek(ath_proc *p);
extern "C" void ath_recv_next(ath_proc *p);
extern "C" int64_t ath_recv_wait(ath_proc *p);

template <class F> rt::Term receiveMatching(ath_proc *p, F match, int64_t timeoutMs) {
  ath_recv_start(p, timeoutMs < 0 ? ATH_ATOM(infinity) : rt::makeSmall(timeoutMs));
  for (;;) {
    rt::Term m = ath_recv_peek(p);
    if (m == ATH_NONVALUE) {
      if (ath_recv_wait(p))
        return ATH_ATOM(timeout);
      continue;
    }
    if (match(m))
      return ath_recv_accept(p); // the message as it is in the heap now
    ath_recv_next(p);
  }
}

} // namespace athanor::test

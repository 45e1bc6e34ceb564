// Extra collector roots for runtime C++ code.
//
// The collector finds the terms a BIF holds in locals by scanning the stack, but not terms
// kept in malloc'd containers (a std::vector of keys gathered before allocating a result).
// A ScopedRoots registers such a container with the process for its lifetime: a collection
// during that time treats every element as a root and updates it in place when its object
// moves. Frames form a stack in the process (strict LIFO, as scopes nest); only the process's
// own thread touches it. The container must not be resized while an allocation may collect
// (its data pointer is re-read at collection time, so growing between allocations is fine).
#pragma once

#include "proc/Process.h"

#include <vector>

namespace athanor::rt {

struct RootFrame {
  RootFrame *prev;
  std::vector<ath_term> *terms;
};

class ScopedRoots {
public:
  ScopedRoots(Process *p, std::vector<ath_term> &terms) : p_(p), frame_{p->roots, &terms} {
    p->roots = &frame_;
  }
  ~ScopedRoots() { p_->roots = frame_.prev; }
  ScopedRoots(const ScopedRoots &) = delete;
  ScopedRoots &operator=(const ScopedRoots &) = delete;

private:
  Process *p_;
  RootFrame frame_;
};

} // namespace athanor::rt

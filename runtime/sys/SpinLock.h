// A test-and-test-and-set spin lock for very short critical sections (links, monitors,
// timer wheels). Never held across anything that can block or suspend.
#pragma once

#include <atomic>

namespace athanor::rt {

class SpinLock {
public:
  void lock() {
    for (;;) {
      // acquire: the critical section's reads must see the previous holder's writes
      if (!flag_.exchange(true, std::memory_order_acquire))
        return;
      while (flag_.load(std::memory_order_relaxed))
        __builtin_ia32_pause();
    }
  }
  bool try_lock() { return !flag_.exchange(true, std::memory_order_acquire); }
  // release: publishes the critical section's writes to the next holder
  void unlock() { flag_.store(false, std::memory_order_release); }

private:
  std::atomic<bool> flag_{false};
};

} // namespace athanor::rt

// Thin wrappers over Linux futexes for sleeping schedulers and the ticker.
#pragma once

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <ctime>

namespace athanor::rt {

/// Sleeps while *word == expected, at most timeoutMs (UINT64_MAX = forever).
inline void futexWait(std::atomic<uint32_t> &word, uint32_t expected, uint64_t timeoutMs) {
  timespec ts;
  timespec *tp = nullptr;
  if (timeoutMs != UINT64_MAX) {
    ts.tv_sec = static_cast<time_t>(timeoutMs / 1000);
    ts.tv_nsec = static_cast<long>((timeoutMs % 1000) * 1000000);
    tp = &ts;
  }
  syscall(SYS_futex, reinterpret_cast<uint32_t *>(&word), FUTEX_WAIT_PRIVATE, expected, tp,
          nullptr, 0);
}

inline void futexWake(std::atomic<uint32_t> &word, int count = 1) {
  syscall(SYS_futex, reinterpret_cast<uint32_t *>(&word), FUTEX_WAKE_PRIVATE, count, nullptr,
          nullptr, 0);
}

} // namespace athanor::rt

// A scheduler's local run queue: a fixed ring of 256 processes (Go's runq). The owning
// scheduler pushes and pops; other schedulers steal half of it when they have nothing
// to do. When the ring is full, the owner queues new work on the global queue.
//
// Memory orders: the owner publishes a slot with a release store of `tail_`; consumers
// (owner pop and thieves) claim slots with an acq_rel CAS on `head_`, after reading the
// slot, so a claimed slot's process is fully published.
#pragma once

#include <atomic>
#include <cstdint>

namespace athanor::rt {

struct Process;

class RunQueue {
public:
  static constexpr uint32_t kSize = 256;

  /// Owner only. Returns false if full (nothing pushed).
  bool push(Process *p) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_relaxed);
    if (t - h >= kSize)
      return false;
    slots_[t % kSize].store(p, std::memory_order_relaxed);
    tail_.store(t + 1, std::memory_order_release);
    return true;
  }

  /// Owner only.
  Process *pop() {
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t t = tail_.load(std::memory_order_relaxed);
      if (h == t)
        return nullptr;
      Process *p = slots_[h % kSize].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel))
        return p;
    }
  }

  /// Any thread: steals half of this queue into `out` (capacity kSize / 2).
  uint32_t steal(Process **out) {
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t t = tail_.load(std::memory_order_acquire);
      uint32_t n = t - h;
      n = n - n / 2;
      if (n == 0)
        return 0;
      if (n > kSize / 2) // inconsistent snapshot (h and t read at different times): retry
        continue;
      for (uint32_t i = 0; i < n; ++i)
        out[i] = slots_[(h + i) % kSize].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + n, std::memory_order_acq_rel))
        return n;
    }
  }

  uint32_t size() const {
    return tail_.load(std::memory_order_acquire) - head_.load(std::memory_order_acquire);
  }
  bool empty() const { return size() == 0; }

private:
  alignas(64) std::atomic<uint32_t> head_{0};
  alignas(64) std::atomic<uint32_t> tail_{0};
  std::atomic<Process *> slots_[kSize];
};

} // namespace athanor::rt

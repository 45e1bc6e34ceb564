// Timing wheel implementation.
#include "sched/Timer.h"

#include <ctime>

namespace athanor::rt {

uint64_t nowMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000 + static_cast<uint64_t>(ts.tv_nsec) / 1000000;
}

TimerWheel::TimerWheel() {
  for (auto &h : heads_)
    h.prev = h.next = &h;
  cursor_ = nowMs();
}

void TimerWheel::insert(TimerNode *node) {
  std::lock_guard<SpinLock> g(lock_);
  // A deadline that is already past goes in the next slot fire() visits: in its own slot
  // it would wait for the wheel to come round again (up to kSlots ms late).
  uint64_t slotTime = node->deadline < cursor_ ? cursor_ : node->deadline;
  node->slot = static_cast<uint32_t>(slotTime % kSlots);
  TimerNode &head = heads_[node->slot];
  node->next = &head;
  node->prev = head.prev;
  head.prev->next = node;
  head.prev = node;
  node->wheel.store(this, std::memory_order_release);
  bumpCount(+1);
}

bool TimerWheel::remove(TimerNode *node) {
  std::lock_guard<SpinLock> g(lock_);
  if (node->wheel.load(std::memory_order_relaxed) != this)
    return false;
  node->prev->next = node->next;
  node->next->prev = node->prev;
  node->prev = node->next = nullptr;
  node->wheel.store(nullptr, std::memory_order_release);
  bumpCount(-1);
  return true;
}

void TimerWheel::fire(uint64_t now, FiredTimers &out) {
  if (empty()) {
    cursor_ = now + 1;
    return;
  }
  std::lock_guard<SpinLock> g(lock_);
  // Visit each slot at most once per call, even after a long pause.
  uint64_t from = cursor_;
  uint64_t to = now;
  if (to + 1 - from > kSlots)
    from = to + 1 - kSlots;
  for (uint64_t t = from; t <= to; ++t) {
    TimerNode &head = heads_[t % kSlots];
    for (TimerNode *n = head.next; n != &head;) {
      TimerNode *next = n->next;
      if (n->deadline <= now) {
        n->prev->next = n->next;
        n->next->prev = n->prev;
        n->prev = n->next = nullptr;
        n->wheel.store(nullptr, std::memory_order_release);
        bumpCount(-1);
        if (n->kind == TimerKind::Receive) {
          auto *r = static_cast<ReceiveTimer *>(n);
          out.wakes.push_back({r->proc, r->seq});
        } else {
          out.sends.push_back(static_cast<SendTimer *>(n));
        }
      }
      n = next;
    }
  }
  cursor_ = now + 1;
}

uint64_t TimerWheel::nextDeadline() {
  if (empty())
    return UINT64_MAX;
  std::lock_guard<SpinLock> g(lock_);
  uint64_t best = UINT64_MAX;
  for (auto &head : heads_)
    for (TimerNode *n = head.next; n != &head; n = n->next)
      if (n->deadline < best)
        best = n->deadline;
  return best;
}

bool timerCancel(TimerNode *node) {
  for (;;) {
    TimerWheel *w = node->wheel.load(std::memory_order_acquire);
    if (!w)
      return false;
    if (w->remove(node))
      return true;
    // it moved (fired or was re-armed elsewhere) between the load and the lock: look again
  }
}

} // namespace athanor::rt

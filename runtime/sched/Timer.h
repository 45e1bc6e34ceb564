// Timers: one hashed timing wheel per scheduler (1 ms slots), O(1) insert and cancel.
//
// Two kinds of entries:
//  - ReceiveTimer, embedded in every PCB: the `after` deadline of a blocked receive. It is
//    armed by the process's scheduler when the process parks, on that scheduler's wheel.
//    Firing only wakes the process, and only if it is still in the wait the timer was
//    armed for (ReceiveTimer::seq); the process itself decides "timed out" by comparing
//    the clock with its deadline. So a stale firing is harmless, and a woken process does
//    not cancel its timer: it stays linked until it fires or the next timed wait re-arms
//    it (in place, without the lock, when it is in the same slot of the parking
//    scheduler's wheel: a GenServer.call loop re-arms one node thousands of times per
//    slot). Process exit cancels it.
//  - SendTimer (Process.send_after): owns a message and a destination; firing sends it.
//
// A wheel is fired only by its own scheduler thread. All list manipulation happens under
// the wheel's lock; firing copies what it needs while holding the lock and acts after
// releasing it.
#pragma once

#include "athanor/rt.h"
#include "sys/SpinLock.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace athanor::rt {

struct Process;
struct Message;
class TimerWheel;

enum class TimerKind : uint8_t { Receive, Send };

struct TimerNode {
  TimerNode *prev = nullptr;
  TimerNode *next = nullptr;
  uint64_t deadline = 0;                   // absolute, ms (monotonic clock)
  std::atomic<TimerWheel *> wheel{nullptr}; // the wheel it is linked in, or nullptr
  TimerKind kind = TimerKind::Receive;
  uint32_t slot = 0; // while linked: the index of the slot it is linked in
};

struct ReceiveTimer : TimerNode {
  Process *proc = nullptr;
  uint32_t seq = 0; // the waitSeq it was armed for
};

struct SendTimer : TimerNode {
  ath_term ref = 0;      // the timer reference returned to the program (boxed REF data)
  uint64_t refId[2] = {0, 0};
  ath_term dest = 0;     // pid or registered name
  Message *message = nullptr;
};

/// What firing produced: processes to wake and messages to send, acted on by the
/// scheduler after the wheel's lock is released.
struct FiredTimers {
  struct Wake {
    Process *proc;
    uint32_t seq;
  };
  std::vector<Wake> wakes;
  std::vector<SendTimer *> sends;
};

class TimerWheel {
public:
  static constexpr uint32_t kSlots = 1024;

  TimerWheel();
  /// Links `node` (which must not be linked anywhere) with its deadline.
  void insert(TimerNode *node);
  /// Unlinks `node` if it is linked in this wheel; returns whether it was.
  bool remove(TimerNode *node);
  /// Owner thread only: gives `node`, linked in this wheel, the new deadline without
  /// relinking it, if the deadline belongs in the slot it is in. Returns whether it did.
  /// Needs no lock: only the owner thread fires (reads deadlines), and other threads'
  /// unlinking of neighbours touches only links.
  bool rearmInPlace(TimerNode *node, uint64_t deadline) {
    if (node->wheel.load(std::memory_order_relaxed) != this || deadline < cursor_ ||
        deadline % kSlots != node->slot)
      return false;
    node->deadline = deadline;
    return true;
  }
  /// Moves every entry with deadline <= now into `out`.
  void fire(uint64_t now, FiredTimers &out);
  /// Earliest deadline, or UINT64_MAX if empty.
  uint64_t nextDeadline();
  bool empty() const { return count_.load(std::memory_order_relaxed) == 0; }

private:
  SpinLock lock_;
  TimerNode heads_[kSlots]; // circular sentinels
  uint64_t cursor_ = 0;     // every slot for times < cursor_ has been fired
  std::atomic<uint64_t> count_{0}; // written only under lock_, read without it (empty())
  void bumpCount(int64_t d) {
    count_.store(count_.load(std::memory_order_relaxed) + static_cast<uint64_t>(d),
                 std::memory_order_relaxed);
  }
};

/// Cancels a node wherever it is linked (any thread). Returns whether it was linked.
bool timerCancel(TimerNode *node);

/// Monotonic milliseconds.
uint64_t nowMs();

} // namespace athanor::rt

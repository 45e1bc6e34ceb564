// The table of pending Process.send_after timers (see SendTimers.h).
#include "sched/SendTimers.h"

#include "proc/Mailbox.h"

#include <mutex>
#include <unordered_map>

namespace athanor::rt {

namespace {
std::mutex mu;
std::unordered_map<uint64_t, SendTimer *> &timers() {
  static auto *m = new std::unordered_map<uint64_t, SendTimer *>();
  return *m;
}
} // namespace

void rememberSendTimer(SendTimer *t) {
  std::lock_guard<std::mutex> g(mu);
  timers()[t->refId[0]] = t;
}

void forgetSendTimer(SendTimer *t) {
  std::lock_guard<std::mutex> g(mu);
  timers().erase(t->refId[0]);
}

int64_t cancelSendTimer(uint64_t refId) {
  SendTimer *t;
  {
    std::lock_guard<std::mutex> g(mu);
    auto it = timers().find(refId);
    if (it == timers().end())
      return -1;
    t = it->second;
    // Only the one who unlinks it from its wheel may free it.
    if (!timerCancel(t))
      return -1; // firing right now: the scheduler delivers and frees it
    timers().erase(it);
  }
  uint64_t now = nowMs();
  int64_t left = t->deadline > now ? static_cast<int64_t>(t->deadline - now) : 0;
  freeMessage(t->message);
  delete t;
  return left;
}

int64_t readSendTimer(uint64_t refId) {
  std::lock_guard<std::mutex> g(mu);
  auto it = timers().find(refId);
  if (it == timers().end())
    return -1;
  uint64_t now = nowMs();
  return it->second->deadline > now ? static_cast<int64_t>(it->second->deadline - now) : 0;
}

} // namespace athanor::rt

// Scheduler threads: finding work, running processes, handling their suspensions,
// sleeping and waking, and the preemption ticker. See Scheduler.h for the policy.
#include "sched/Scheduler.h"

#include "bif/Functions.h"
#include "format/Exceptions.h"
#include "mem/Copy.h"
#include "proc/Exit.h"
#include "proc/Signals.h"
#include "sched/Fiber.h"
#include "sched/Runtime.h"
#include "sys/Futex.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace athanor::rt {

int schedulerCount() { return static_cast<int>(runtime().schedulers.size()); }

const std::vector<std::string> &programArgs() { return runtime().args; }

[[noreturn]] void haltProgram(int code) {
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(code);
}

// At most this long (ms) between the end of the main process and the end of the program.
constexpr uint64_t kHaltGraceMs = 20;
// At least this long (ms) after the main process failed (see beginHalt).
constexpr uint64_t kErrorHaltMinMs = 6;

void beginHalt(int code) {
  Runtime &rt = runtime();
  uint64_t now = nowMs();
  rt.haltDeadline.store(now + kHaltGraceMs, std::memory_order_relaxed);
  rt.haltEarliest.store(code != 0 ? now + kErrorHaltMinMs : 0, std::memory_order_relaxed);
  rt.haltCode.store(code, std::memory_order_seq_cst);
}

namespace {

uint32_t nextRandom(Scheduler *s) {
  // xorshift32: only used to pick steal victims
  uint32_t x = s->rng;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  s->rng = x;
  return x;
}

void pushGlobal(Process *p) {
  Runtime &rt = runtime();
  std::lock_guard<std::mutex> g(rt.globalMu);
  rt.globalQueue.push_back(p);
  rt.globalCount.fetch_add(1, std::memory_order_release);
}

Process *popGlobal(Scheduler *s, bool batch) {
  Runtime &rt = runtime();
  if (rt.globalCount.load(std::memory_order_acquire) == 0)
    return nullptr;
  std::lock_guard<std::mutex> g(rt.globalMu);
  if (rt.globalQueue.empty())
    return nullptr;
  Process *p = rt.globalQueue.front();
  rt.globalQueue.pop_front();
  uint64_t taken = 1;
  if (batch) {
    // Take a fair share into the local queue, as Go does.
    size_t share = rt.globalQueue.size() / rt.schedulers.size() + 1;
    if (share > RunQueue::kSize / 2)
      share = RunQueue::kSize / 2;
    while (share-- > 0 && !rt.globalQueue.empty()) {
      if (!s->local.push(rt.globalQueue.front()))
        break;
      rt.globalQueue.pop_front();
      ++taken;
    }
  }
  rt.globalCount.fetch_sub(taken, std::memory_order_release);
  return p;
}

// At most this many processes queue on a scheduler (in `local` and its overflow) before
// the oldest half of them moves to the global queue (see deferOldestHalf).
constexpr size_t kQueueWindow = 4096;

// Moves processes from the front of s's overflow into `local` while it has room (at most
// `max`), keeping their order, and publishes the overflow's size for the ticker.
void refillLocal(Scheduler *s, size_t max) {
  for (size_t i = 0; i < max && !s->overflow.empty() && s->local.push(s->overflow.front()); ++i)
    s->overflow.pop_front();
  s->overflowSize.store(s->overflow.size(), std::memory_order_relaxed);
}

// A flood (a tree of a million spawns): the oldest half of the window waits in the global
// queue, taken when this scheduler runs dry (or at every 61st pick), so the newest
// processes and the subtrees they spawn run and finish first, while the deferred ones have
// not spawned theirs yet. Strict FIFO would keep every level of such a tree alive at once
// (BEAM's 1.4 GB on skynet); this keeps it to ~250 MB, and FIFO order for every burst that
// fits in the window.
void deferOldestHalf(Scheduler *s) {
  Runtime &rt = runtime();
  size_t moved = 0;
  std::lock_guard<std::mutex> g(rt.globalMu);
  for (; moved < kQueueWindow / 2; ++moved) {
    Process *q = s->local.pop(); // the oldest first (thieves may take some meanwhile)
    if (!q)
      break;
    rt.globalQueue.push_back(q);
  }
  for (; moved < kQueueWindow / 2 && !s->overflow.empty(); ++moved) {
    rt.globalQueue.push_back(s->overflow.front());
    s->overflow.pop_front();
  }
  rt.globalCount.fetch_add(moved, std::memory_order_release);
  refillLocal(s, RunQueue::kSize);
}

void pushLocal(Scheduler *s, Process *p) {
  if (s->overflow.empty() && s->local.push(p))
    return;
  if (s->overflow.size() + RunQueue::kSize >= kQueueWindow)
    deferOldestHalf(s);
  if (!s->overflow.empty() || !s->local.push(p))
    s->overflow.push_back(p);
  s->overflowSize.store(s->overflow.size(), std::memory_order_relaxed);
}

// The oldest queued process of s: from `local`, refilled from the overflow when empty
// (half a queue at a time, so thieves find work in `local`).
Process *popLocal(Scheduler *s) {
  if (Process *p = s->local.pop())
    return p;
  if (s->overflow.empty())
    return nullptr;
  Process *p = s->overflow.front();
  s->overflow.pop_front();
  refillLocal(s, RunQueue::kSize / 2);
  return p;
}

bool hasLocalWork(Scheduler *s) { return !s->local.empty() || !s->overflow.empty(); }

void quiescent(Scheduler *s) {
  s->epoch.store(runtime().globalEpoch.load(std::memory_order_acquire), std::memory_order_release);
}

void fireTimers(Scheduler *s, uint64_t now) {
  FiredTimers fired;
  s->timers.fire(now, fired);
  for (const FiredTimers::Wake &w : fired.wakes) {
    // The PCB is type-stable; the seq tells whether it is still in that wait.
    if (w.proc->waitSeq.load(std::memory_order_acquire) == w.seq &&
        mailboxWakeIfSleeping(w.proc->mailbox))
      makeRunnable(s, w.proc, false);
  }
  for (SendTimer *t : fired.sends)
    deliverTimerMessage(s, t);
}

Process *trySteal(Scheduler *s) {
  Runtime &rt = runtime();
  size_t n = rt.schedulers.size();
  if (n < 2)
    return nullptr;
  Process *buf[RunQueue::kSize / 2];
  uint32_t start = nextRandom(s) % n;
  for (size_t i = 0; i < n; ++i) {
    Scheduler *victim = rt.schedulers[(start + i) % n];
    if (victim == s)
      continue;
    uint32_t got = victim->local.steal(buf);
    if (got == 0)
      continue;
    for (uint32_t j = 1; j < got; ++j)
      s->local.push(buf[j]);
    return buf[0];
  }
  return nullptr;
}

// Work no scheduler owns. Other schedulers' local queues are not looked at before
// sleeping: they run their own work, and the ticker wakes a sleeper for a sustained
// surplus (see makeRunnable).
bool globalWorkQueued() {
  return runtime().globalCount.load(std::memory_order_seq_cst) > 0;
}

void markBusy() {
  Runtime &rt = runtime();
  if (rt.busyCount.fetch_add(1, std::memory_order_acq_rel) == 0) {
    rt.tickerWord.store(1, std::memory_order_release);
    futexWake(rt.tickerWord);
  }
}

void markIdle() { runtime().busyCount.fetch_sub(1, std::memory_order_acq_rel); }

void sleepScheduler(Scheduler *s) {
  Runtime &rt = runtime();
  s->epoch.store(0, std::memory_order_release); // offline: holds no PCB pointers
  s->sleepWord.store(0, std::memory_order_relaxed);
  s->idle.store(true, std::memory_order_seq_cst);
  rt.idleCount.fetch_add(1, std::memory_order_seq_cst);
  markIdle();
  // Re-check the shared queue after announcing: work pushed before we were idle is seen.
  bool work = globalWorkQueued();
  // After the main process ended: the last scheduler to go idle ends the program (a
  // scheduler woken for new work leaves idleCount before it runs anything).
  uint64_t deadline = s->timers.nextDeadline();
  if (int code = rt.haltCode.load(std::memory_order_seq_cst); code >= 0 && !work &&
      rt.idleCount.load(std::memory_order_seq_cst) == static_cast<int>(rt.schedulers.size())) {
    uint64_t earliest = rt.haltEarliest.load(std::memory_order_relaxed);
    if (nowMs() >= earliest)
      haltProgram(code);
    deadline = std::min(deadline, earliest); // wake up then and look again
  }
  uint64_t now = nowMs();
  if (!work && deadline > now) {
    uint64_t timeout = deadline == UINT64_MAX ? UINT64_MAX : deadline - now;
    futexWait(s->sleepWord, 0, timeout);
  }
  bool expected = true;
  if (s->idle.compare_exchange_strong(expected, false, std::memory_order_acq_rel))
    rt.idleCount.fetch_sub(1, std::memory_order_acq_rel);
  markBusy();
  // Back online. This store must be globally visible before this thread looks any PCB
  // up (a reclaimer that still saw epoch 0 would not wait for us): seq_cst, a full fence
  // on x86, so the store cannot sit in the store buffer past our next loads.
  s->epoch.store(runtime().globalEpoch.load(std::memory_order_seq_cst), std::memory_order_seq_cst);
}

Process *findRunnable(Scheduler *s) {
  Runtime &rt = runtime();
  for (;;) {
    ++s->ticks;
    quiescent(s);
    if ((s->ticks & 63) == 0)
      reclaimPcbs(s);
    if (!s->timers.empty()) {
      // Read the clock only when the ticker's coarse clock has moved (or now and then).
      uint64_t coarse = rt.coarseNow.load(std::memory_order_relaxed);
      if (coarse != s->lastTimerCheck || (s->ticks & 255) == 0) {
        s->lastTimerCheck = coarse;
        fireTimers(s, nowMs());
      }
    }
    if (s->ticks % 61 == 0)
      if (Process *p = popGlobal(s, false))
        return p;
    if (Process *p = s->runnext) {
      s->runnext = nullptr;
      return p;
    }
    if (Process *p = popLocal(s))
      return p;
    if (Process *p = popGlobal(s, true))
      return p;
    if (!s->timers.empty()) {
      s->lastTimerCheck = rt.coarseNow.load(std::memory_order_relaxed);
      fireTimers(s, nowMs());
      if (s->runnext || hasLocalWork(s))
        continue;
    }
    rt.spinning.fetch_add(1, std::memory_order_acq_rel);
    Process *stolen = trySteal(s);
    rt.spinning.fetch_sub(1, std::memory_order_acq_rel);
    if (stolen)
      return stolen;
    reclaimPcbs(s);
    sleepScheduler(s);
  }
}

bool hasOtherWork(Scheduler *s) {
  return s->runnext || hasLocalWork(s) ||
         runtime().globalCount.load(std::memory_order_relaxed) > 0;
}

// Runs p until it suspends, then acts on why it did.
void runProcess(Scheduler *s, Process *p) {
  if (p->signalsPending.load(std::memory_order_acquire))
    processPendingSignals(p);
  if (ath_term reason = p->killReason.load(std::memory_order_acquire)) {
    terminateProcess(s, p, ATH_ATOM(exit), reason, /*killedBySignal=*/true);
    return;
  }
  restoreStack(s, p);
  for (;;) {
    p->ctx.sched = s;
    p->state.store(ProcState::Running, std::memory_order_relaxed);
    s->current.store(p, std::memory_order_release);
    __atomic_store_n(&p->hot.stack_limit, s->stackLimit, __ATOMIC_RELAXED);
    // Only this thread writes `switches` (the ticker reads it): no locked add needed.
    s->switches.store(s->switches.load(std::memory_order_relaxed) + 1,
                      std::memory_order_relaxed);
    resumeProcess(s, p); // ath_ctx_resume, with sanitizer annotations
    s->current.store(nullptr, std::memory_order_release);

    switch (p->ctx.op) {
    case kOpExit:
      // Doomed while it ran (an exit signal it handled, or Process.exit(self(), r)) and
      // returned before reaching a scheduling point: it died of that reason.
      if (ath_term reason = p->killReason.load(std::memory_order_acquire))
        terminateProcess(s, p, ATH_ATOM(exit), reason, true);
      else if (p->ctx.result == ATH_NONVALUE)
        terminateProcess(s, p, p->hot.exc_class, p->hot.exc_value, false);
      else
        terminateProcess(s, p, ATH_ATOM(exit), ATH_ATOM(normal), false);
      return;
    case kOpCheck:
      if (p->ctx.sp < s->stackLimit) {
        p->hot.exc_class = ATH_ATOM(error);
        p->hot.exc_value = ATH_ATOM(stack_overflow);
        p->hot.exc_stack = ATH_NIL;
        terminateProcess(s, p, ATH_ATOM(error), ATH_ATOM(stack_overflow), false);
        return;
      }
      [[fallthrough]];
    case kOpYield:
      if (p->signalsPending.load(std::memory_order_acquire))
        processPendingSignals(p);
      if (ath_term reason = p->killReason.load(std::memory_order_acquire)) {
        terminateProcess(s, p, ATH_ATOM(exit), reason, true);
        return;
      }
      quiescent(s);
      if (!s->timers.empty())
        fireTimers(s, nowMs());
      if (!hasOtherWork(s))
        continue; // nothing else to run: resume without copying the stack
      saveStack(s, p);
      p->state.store(ProcState::Runnable, std::memory_order_relaxed);
      pushLocal(s, p);
      return;
    case kOpWait: {
      if (ath_term reason = p->killReason.load(std::memory_order_acquire)) {
        terminateProcess(s, p, ATH_ATOM(exit), reason, true);
        return;
      }
      saveStack(s, p);
      p->state.store(ProcState::Waiting, std::memory_order_relaxed);
      bool timed = p->recvDeadline != kNoDeadline;
      if (timed) {
        // Armed before parking, on our own wheel, which only this thread fires: it
        // cannot fire before the park below. The node may still be linked from an earlier
        // wait (woken processes leave their timer, see sched/Timer.h).
        ReceiveTimer &t = p->recvTimer;
        uint32_t seq = p->waitSeq.load(std::memory_order_relaxed);
        if (s->timers.rearmInPlace(&t, p->recvDeadline)) {
          t.seq = seq;
        } else {
          timerCancel(&t); // linked elsewhere (or in another slot): it must be unlinked
          t.deadline = p->recvDeadline;
          t.seq = seq;
          s->timers.insert(&t);
        }
      }
      if (!mailboxTrySleep(p->mailbox)) {
        // A message or signal arrived since the scan: run again soon. The timer stays:
        // the next wait has another seq, so this one can only fire stale.
        p->state.store(ProcState::Runnable, std::memory_order_relaxed);
        makeRunnable(s, p, s->runnext == nullptr);
      }
      return;
    }
    default:
      std::fprintf(stderr, "athanor: internal error: bad suspend op %u\n", p->ctx.op);
      std::abort();
    }
  }
}

void schedulerLoop(Scheduler *s) {
  quiescent(s);
  // Every scheduler but the main process's starts asleep: it takes work when the ticker
  // sees a surplus, not by stealing the first processes the program spawns.
  if (s->id != 0)
    sleepScheduler(s);
  for (;;) {
    Process *p = findRunnable(s);
    runProcess(s, p);
  }
}

void tickerLoop() {
  Runtime &rt = runtime();
  std::vector<uint64_t> lastSwitches(rt.schedulers.size(), 0);
  std::vector<bool> queuedLastTick(rt.schedulers.size(), false);
  for (;;) {
    if (rt.busyCount.load(std::memory_order_acquire) == 0) {
      rt.tickerWord.store(0, std::memory_order_release);
      if (rt.busyCount.load(std::memory_order_acquire) == 0)
        futexWait(rt.tickerWord, 0, UINT64_MAX);
    }
    timespec ts{0, 1000000};
    nanosleep(&ts, nullptr);
    rt.coarseNow.store(nowMs(), std::memory_order_relaxed);
    if (int code = rt.haltCode.load(std::memory_order_acquire);
        code >= 0 && nowMs() >= rt.haltDeadline.load(std::memory_order_relaxed))
      haltProgram(code); // some process kept running after the main process ended
    for (size_t i = 0; i < rt.schedulers.size(); ++i) {
      Scheduler *s = rt.schedulers[i];
      uint64_t sw = s->switches.load(std::memory_order_relaxed);
      Process *cur = s->current.load(std::memory_order_acquire);
      if (cur && sw == lastSwitches[i]) // same process for a whole tick: preempt it
        __atomic_store_n(&cur->hot.stack_limit, UINTPTR_MAX, __ATOMIC_RELAXED);
      lastSwitches[i] = sw;
      // Load balancing (see makeRunnable): work queued here at two ticks in a row is a
      // sustained surplus, which an idle scheduler comes to steal.
      bool queued = !s->local.empty() || s->overflowSize.load(std::memory_order_relaxed) > 0;
      if (queued && queuedLastTick[i])
        wakeIdleScheduler();
      queuedLastTick[i] = queued;
    }
    if (rt.globalCount.load(std::memory_order_relaxed) > 0)
      wakeIdleScheduler();
  }
}

size_t envSize(const char *name, size_t def) {
  const char *v = std::getenv(name);
  if (!v || !*v)
    return def;
  char *end = nullptr;
  unsigned long long n = std::strtoull(v, &end, 10);
  if (end == v)
    return def;
  return static_cast<size_t>(n);
}

Scheduler *newScheduler(uint32_t id, size_t stackBytes) {
  auto *s = new Scheduler();
  s->id = id;
  s->rng = 0x9E3779B9u * (id + 1);
  size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t total = stackBytes + page; // + one guard page below
  void *mem = mmap(nullptr, total, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (mem == MAP_FAILED) {
    std::fprintf(stderr, "athanor: cannot reserve %zu bytes of process stack\n", total);
    std::exit(70);
  }
  madvise(mem, total, MADV_NOHUGEPAGE);
  mprotect(mem, page, PROT_NONE);
  s->stackLo = static_cast<uint8_t *>(mem) + page;
  s->stackHi = static_cast<uint8_t *>(mem) + total;
  s->stackLimit = reinterpret_cast<uintptr_t>(s->stackLo) + kStackMargin;
  return s;
}

} // namespace

void wakeIdleScheduler() {
  Runtime &rt = runtime();
  if (rt.idleCount.load(std::memory_order_seq_cst) == 0 ||
      rt.spinning.load(std::memory_order_acquire) > 0)
    return;
  for (Scheduler *o : rt.schedulers) {
    bool expected = true;
    if (o->idle.compare_exchange_strong(expected, false, std::memory_order_acq_rel)) {
      rt.idleCount.fetch_sub(1, std::memory_order_acq_rel);
      o->sleepWord.store(1, std::memory_order_release);
      futexWake(o->sleepWord);
      return;
    }
  }
}

// Waking an idle scheduler is the ticker's job (tickerLoop), not the queuer's: work that
// stays queued on a scheduler across two ticks (1-2 ms) is a surplus an idle scheduler
// comes to steal. A burst of processes spawned or woken in a row therefore runs on the
// thread that made it, in order, as on BEAM (whose schedulers balance at intervals), so
// six spawned printers print in spawn order; a parked parent's `spawn` + `monitor` never
// races with the child; and queueing costs no fence. A sustained parallel load spreads
// within a tick or two.
void makeRunnable(Scheduler *s, Process *p, bool asNext) {
  p->state.store(ProcState::Runnable, std::memory_order_relaxed);
  // runnext holds the first process woken since the running one started; later wakeups
  // queue behind it. So a request/reply partner runs next on this thread, and several
  // processes woken in a row still run in the order they were woken, as on BEAM.
  if (asNext && !s->runnext) {
    s->runnext = p;
    return;
  }
  pushLocal(s, p);
}

Process *createProcess(Scheduler *s, Process::EntryFn entry, ath_term arg) {
  Process *p = allocatePcb(s);
  p->entry = entry;
  p->entryArg = arg;
  if (!isStaticOrImmediate(arg)) {
    // A block of exactly its size (from the spawn-block pool when it fits), adopted as
    // the new heap's first block: an idle process costs only what it holds. Most spawn
    // arguments (a closure and its few captured values) fit a spawn block: one copying
    // pass into one, measuring only the larger ones.
    Block *fragment = newBlock(kSpawnBlockWords);
    if (!copyIntoBlockIfFits(arg, fragment, &p->entryArg)) {
      freeBlock(fragment);
      uint64_t words = 0, cells = 0;
      measureTerm(arg, &words, &cells);
      fragment = newBlock(std::max(words + 2 * cells, kSpawnBlockWords));
      p->entryArg = copyIntoBlock(arg, fragment);
    }
    heapAdopt(p, fragment);
  }
  prepareInitialStack(p);
  processTableInsert(s, p);
  return p;
}

[[noreturn]] void runtimeMain(Process::EntryFn main, int argc, char **argv) {
  Runtime &rt = runtime();
  for (int i = 1; i < argc; ++i)
    rt.args.emplace_back(argv[i]);
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  size_t n = envSize("ATHANOR_SCHEDULERS", cores > 0 ? static_cast<size_t>(cores) : 1);
  if (n < 1)
    n = 1;
  if (n > 1024)
    n = 1024;
  rt.stackMax = envSize("ATHANOR_STACK_MAX", size_t(1) << 30);
  if (rt.stackMax < 2 * kStackMargin)
    rt.stackMax = 2 * kStackMargin;
  processTableInit();
  format::setModuleExistsHook(&moduleExists);
  for (size_t i = 0; i < n; ++i)
    rt.schedulers.push_back(newScheduler(static_cast<uint32_t>(i), rt.stackMax));

  Process *mainProc = createProcess(nullptr, main, 0);
  mainProc->isMain = true;
  rt.mainProcess = mainProc;
  rt.schedulers[0]->runnext = mainProc;

  rt.busyCount.store(static_cast<int>(n), std::memory_order_relaxed);
  rt.coarseNow.store(nowMs(), std::memory_order_relaxed);
  rt.ticker = std::thread(tickerLoop);
  rt.ticker.detach();
  for (size_t i = 1; i < n; ++i) {
    Scheduler *s = rt.schedulers[i];
    s->thread = std::thread([s] { schedulerLoop(s); });
    s->thread.detach();
  }
  schedulerLoop(rt.schedulers[0]);
  haltProgram(0);
}

} // namespace athanor::rt

// The process table: pid <-> PCB, and the PCB pool with epoch-based reuse.
//
// A pid's payload is (generation << kSlotBits) | slot. `slots` is one big MAP_NORESERVE
// array of PCB pointers indexed by slot; a slot's generation increases each time it is
// reused, so an old pid never finds a new process. Lookups are lock-free: load the slot,
// compare the PCB's own pid.
//
// Retired PCBs stay in their scheduler's limbo list until every scheduler that was
// running at retirement has passed a scheduling point (its epoch moved past the
// retirement epoch, or it slept), then return to the pool. PCBs are never freed.
#include "sched/Runtime.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace athanor::rt {

namespace {

constexpr uint32_t kSlotBits = 27; // 134M simultaneous processes
constexpr uint64_t kSlotCount = uint64_t(1) << kSlotBits;
// Reclaimed slots a scheduler keeps for its own spawns before sharing them (no lock).
constexpr size_t kLocalFreeSlots = 4096;
constexpr uint64_t kFreshSlotBatch = 64;
constexpr size_t kSlotBatch = 1024;     // moved between local and shared lists at once
constexpr size_t kLocalFreePcbs = 1024; // PCBs a scheduler keeps for its own spawns
constexpr size_t kPcbBatch = 256;

struct Table {
  std::atomic<Process *> *slots = nullptr;
  std::atomic<uint32_t> *generations = nullptr;
  // Slots below 96 are never used, so the main process is #PID<0.96.0> and the first
  // processes it spawns #PID<0.97.0>, ... as in `elixir script.exs`.
  std::atomic<uint64_t> nextFresh{96};
  std::mutex freeMu;
  std::vector<uint32_t> freeSlots;
  std::atomic<uint64_t> live{0};
  std::mutex poolMu;
  std::vector<Process *> pool; // shared overflow of per-scheduler pools
};

Table table;

void *reserve(size_t bytes) {
  void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    std::abort();
  return p;
}

// Moves up to n elements from the back of `from` to the back of `to`.
template <class T> void moveBatch(std::vector<T> &from, std::vector<T> &to, size_t n) {
  n = std::min(n, from.size());
  to.insert(to.end(), from.end() - static_cast<ptrdiff_t>(n), from.end());
  from.resize(from.size() - n);
}

// The last element of v, removed, or nullptr if v is empty.
Process *popBack(std::vector<Process *> &v) {
  if (v.empty())
    return nullptr;
  Process *p = v.back();
  v.pop_back();
  return p;
}

uint32_t takeSlot(Scheduler *sched) {
  if (sched && !sched->freeSlots.empty()) {
    uint32_t slot = sched->freeSlots.back();
    sched->freeSlots.pop_back();
    return slot;
  }
  {
    std::lock_guard<std::mutex> g(table.freeMu);
    if (!table.freeSlots.empty()) {
      if (sched) { // take a batch of the shared ones
        moveBatch(table.freeSlots, sched->freeSlots, kSlotBatch);
        uint32_t slot = sched->freeSlots.back();
        sched->freeSlots.pop_back();
        return slot;
      }
      uint32_t s = table.freeSlots.back();
      table.freeSlots.pop_back();
      return s;
    }
  }
  // Fresh slots: a scheduler takes a batch, so that spawning on several threads does not
  // contend on one counter. The lowest of the batch is used first (a program that spawns
  // from one process gets consecutive pids, as on BEAM).
  uint64_t batch = sched ? kFreshSlotBatch : 1;
  uint64_t s = table.nextFresh.fetch_add(batch, std::memory_order_relaxed);
  if (s + batch > kSlotCount) {
    std::fputs("athanor: too many processes\n", stderr);
    std::abort();
  }
  for (uint64_t i = s + batch - 1; i > s; --i)
    sched->freeSlots.push_back(static_cast<uint32_t>(i));
  return static_cast<uint32_t>(s);
}

void addLive(Scheduler *s, int64_t d) {
  if (s)
    s->liveDelta.store(s->liveDelta.load(std::memory_order_relaxed) + d,
                       std::memory_order_relaxed);
  else
    table.live.fetch_add(static_cast<uint64_t>(d), std::memory_order_relaxed);
}

void resetPcb(Process *p) {
  // stack_limit is stored to without synchronization by the ticker and by exit signals (a
  // preemption request to whatever PCB they looked at: PCBs are type-stable), so it is
  // reset with an atomic store too, like every other write of it.
  static_assert(offsetof(ath_proc_hot, stack_limit) == 0);
  std::memset(reinterpret_cast<char *>(&p->hot) + sizeof p->hot.stack_limit, 0,
              sizeof p->hot - sizeof p->hot.stack_limit);
  __atomic_store_n(&p->hot.stack_limit, 0, __ATOMIC_RELAXED);
  p->hot.exc_class = ATH_ATOM(nil);
  p->hot.exc_value = ATH_ATOM(nil);
  p->hot.exc_stack = ATH_NIL;
  p->ctx = ProcCtx{};
  p->heap = Heap{};
  p->mailbox.reset();
  p->entry = nullptr;
  p->entryArg = 0;
  p->recvDeadline = kNoDeadline;
  p->waitSeq.store(0, std::memory_order_relaxed);
  p->timedOut = false;
  p->trapExit = false;
  p->isMain = false;
  p->registeredName = 0;
  p->dictionary = ATH_NIL;
  p->parent = 0;
  p->initialCall = 0;
  p->roots = nullptr;
  p->scanTop = 0;
  p->state.store(ProcState::Runnable, std::memory_order_relaxed);
  p->signalsPending.store(false, std::memory_order_relaxed);
  p->killReason.store(0, std::memory_order_relaxed);
  p->exited = false;
  p->killPending.store(false, std::memory_order_relaxed);
  p->links.clear();
  p->monitors.clear();
  p->watchers.clear();
  p->aliases.clear();
  p->recvTimer.proc = p;
  p->recvTimer.kind = TimerKind::Receive;
}

} // namespace

void processTableInit() {
  table.slots = static_cast<std::atomic<Process *> *>(reserve(kSlotCount * sizeof(void *)));
  table.generations =
      static_cast<std::atomic<uint32_t> *>(reserve(kSlotCount * sizeof(uint32_t)));
}

void processTableInsert(Scheduler *s, Process *p) {
  uint32_t slot = takeSlot(s);
  uint32_t gen = table.generations[slot].load(std::memory_order_relaxed);
  uint64_t id = (uint64_t(gen) << kSlotBits) | slot;
  p->hot.self = ath_make_pid(id);
  table.slots[slot].store(p, std::memory_order_release);
  addLive(s, +1);
}

void processTableRemove(Scheduler *s, Process *p) {
  uint32_t slot = pidSlot(p->hot.self);
  table.slots[slot].store(nullptr, std::memory_order_release);
  addLive(s, -1);
}

uint32_t pidSlot(ath_term pid) {
  return static_cast<uint32_t>(ath_pid_id(pid) & (kSlotCount - 1));
}

Process *processInSlot(uint32_t slot) {
  return slot < kSlotCount ? table.slots[slot].load(std::memory_order_acquire) : nullptr;
}

Process *lookupProcess(ath_term pid) {
  if (!ath_is_pid(pid))
    return nullptr;
  uint64_t id = ath_pid_id(pid);
  uint64_t slot = id & (kSlotCount - 1);
  Process *p = table.slots[slot].load(std::memory_order_acquire);
  if (!p || p->hot.self != pid)
    return nullptr;
  return p;
}

std::vector<ath_term> allPids() {
  std::vector<ath_term> out;
  uint64_t n = table.nextFresh.load(std::memory_order_relaxed);
  for (uint64_t i = 1; i < n; ++i)
    if (Process *p = table.slots[i].load(std::memory_order_acquire))
      out.push_back(p->hot.self);
  return out;
}

uint64_t liveProcessCount() {
  int64_t n = static_cast<int64_t>(table.live.load(std::memory_order_relaxed));
  for (Scheduler *s : runtime().schedulers)
    n += s->liveDelta.load(std::memory_order_relaxed);
  return n > 0 ? static_cast<uint64_t>(n) : 0;
}

Process *allocatePcb(Scheduler *s) {
  Process *p = nullptr;
  if (s) {
    if (s->freePcbs.empty()) {
      // Refill in a batch: a scheduler that mostly spawns (while others see the exits)
      // takes the shared lock once per kPcbBatch spawns, not on every one.
      std::lock_guard<std::mutex> g(table.poolMu);
      moveBatch(table.pool, s->freePcbs, kPcbBatch);
    }
    p = popBack(s->freePcbs);
  } else {
    std::lock_guard<std::mutex> g(table.poolMu);
    p = popBack(table.pool);
  }
  if (!p)
    p = new Process();
  resetPcb(p);
  return p;
}

void retirePcb(Scheduler *s, Process *p) {
  p->state.store(ProcState::Free, std::memory_order_relaxed);
  // The epoch now, read after the unlink from the table is globally visible (the fence:
  // a scheduler that announces a later epoch can no longer find p). The epoch advances
  // in reclaimPcbs, once per pass, not once per exit: a counter every exit wrote was
  // a cache line all schedulers fought over.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  s->limbo.push_back({runtime().globalEpoch.load(std::memory_order_seq_cst), p});
}

void reclaimPcbs(Scheduler *s) {
  if (s->limbo.empty())
    return;
  // Start a new epoch: what was retired before it can go once every running scheduler
  // has announced it (or a later one) at a quiescent point.
  runtime().globalEpoch.fetch_add(1, std::memory_order_seq_cst);
  // The oldest epoch any running scheduler may still be in.
  uint64_t minEpoch = UINT64_MAX;
  for (Scheduler *o : runtime().schedulers) {
    uint64_t e = o->epoch.load(std::memory_order_seq_cst); // pairs with sleepScheduler
    if (e != 0 && e < minEpoch)
      minEpoch = e;
  }
  size_t done = 0;
  for (; done < s->limbo.size() && s->limbo[done].epoch < minEpoch; ++done) {
    Process *p = s->limbo[done].pcb;
    mailboxFreeAll(p->mailbox); // late messages sent while it was exiting
    uint32_t slot = pidSlot(p->hot.self);
    // Only the slot's current owner writes its generation: no locked add needed.
    table.generations[slot].store(table.generations[slot].load(std::memory_order_relaxed) + 1,
                                  std::memory_order_relaxed);
    s->freeSlots.push_back(slot);
    if (s->freeSlots.size() >= kLocalFreeSlots) {
      std::lock_guard<std::mutex> g(table.freeMu);
      moveBatch(s->freeSlots, table.freeSlots, kSlotBatch);
    }
    s->freePcbs.push_back(p);
    if (s->freePcbs.size() >= kLocalFreePcbs) {
      // Share the surplus in a batch (one lock per kPcbBatch exits).
      std::lock_guard<std::mutex> g(table.poolMu);
      moveBatch(s->freePcbs, table.pool, kPcbBatch);
    }
  }
  s->limbo.erase(s->limbo.begin(), s->limbo.begin() + static_cast<ptrdiff_t>(done));
}

} // namespace athanor::rt

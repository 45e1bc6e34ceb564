// The process control block (PCB).
//
// A process is a stackful coroutine: while it runs, its frames live at the top of its
// scheduler's shared process stack; while it is suspended they are copied out into
// `image` (sched/Stack.h). It owns a heap (mem/Heap.h) and a mailbox (proc/Mailbox.h).
//
// States and transitions (state is only advisory for Process.info; the mailbox's sleeping
// marker and the run queues are what actually decide who runs):
//   Runnable --scheduler picks it--> Running --yield--> Runnable
//   Running --receive finds nothing--> Waiting --message/timer/exit signal--> Runnable
//   Running --returns, raises, or is killed--> Exiting (resources released, PCB retired)
//
// Threads: the fields below the "owner" line are touched only by the thread currently
// running the process (or holding it suspended). `sigLock` guards links/monitors/watchers,
// which other processes modify. PCBs are type-stable: their memory is recycled through a
// pool and never returned to the system, so a racy write such as the ticker forcing a
// preemption can never corrupt unrelated memory.
#pragma once

#include "athanor/rt.h"
#include "mem/Heap.h"
#include "proc/Mailbox.h"
#include "sched/Timer.h"
#include "sys/SpinLock.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace athanor::rt {

struct Scheduler;
struct RootFrame;

/// Why a process handed control back to its scheduler (ProcCtx::op).
enum SuspendOp : uint32_t {
  kOpCheck = 1, // prologue check failed: preemption or stack overflow
  kOpWait = 2,  // receive found no matching message
  kOpExit = 3,  // the entry function returned (result in ProcCtx::result)
  kOpYield = 4, // voluntary yield (erlang:yield)
};

/// Fields the assembly in sched/Context.S uses; offsets are fixed (see static_asserts).
struct ProcCtx {
  uintptr_t sp;     // +56 saved stack pointer while suspended (inside the shared stack)
  Scheduler *sched; // +64 scheduler running it
  uint32_t op;      // +72 SuspendOp
  uint32_t pad;
  ath_term result;  // +80 return value of the entry function (kOpExit)
};

enum class ProcState : uint8_t { Runnable, Running, Waiting, Exiting, Free };

/// A monitor, stored by value on both sides (terms in PCB vectors must not point into
/// any heap: heaps move and belong to one process).
struct MonitorEntry {
  uint64_t ref;  // the reference's identity (refs made by make_ref are unique counters)
  ath_term pid;  // the other side: target (in monitors) or watcher (in watchers)
  ath_term name; // monitored by registered name: that atom; 0 if by pid
};

/// How an alias ends (bif/Aliases.h); every mode also ends with unalias/1.
enum AliasMode : uint32_t {
  kAliasExplicit,       // only unalias/1
  kAliasReply,          // the first delivery
  kAliasDemonitor,      // its monitor's removal (demonitor or DOWN)
  kAliasReplyDemonitor, // the first delivery or its monitor's removal
};
inline bool aliasEndsWithMonitor(uint32_t mode) {
  return mode == kAliasDemonitor || mode == kAliasReplyDemonitor;
}

/// An active alias of the process (bif/Aliases.cpp).
struct ProcessAlias {
  uint64_t ref;
  uint32_t mode; // AliasMode
};

struct Process {
  ath_proc_hot hot; // must be first: generated code uses its offsets
  ProcCtx ctx;      // must follow hot: assembly uses its offsets

  // ---- owner ----
  Heap heap;
  Mailbox mailbox;
  struct StackImage {
    // The saved frames, [sp, top) of the shared stack (sched/Stack.cpp): in `inlineBytes`
    // while data is nullptr (most processes: no allocation, and the frames sit next to
    // the PCB's other hot fields), else in a malloc'ed buffer of `capacity` bytes.
    static constexpr uint32_t kInlineBytes = 160;
    uint8_t *data = nullptr;
    uint32_t size = 0;
    uint32_t capacity = 0; // of `data`; 0 while inline
    alignas(16) uint8_t inlineBytes[kInlineBytes];
    uint8_t *bytes() { return data ? data : inlineBytes; }
  } image;
  using EntryFn = ath_term (*)(ath_proc *, ath_term);
  EntryFn entry = nullptr; // C-convention entry (a spawn trampoline or ath_program_main)
  ath_term entryArg = 0;   // its argument (the spawned closure, in this heap)
  uint64_t recvDeadline = 0;       // absolute ms; kNoDeadline = infinity; 0 = poll (after 0);
                                   // kPendingDeadline: recvTimeoutMs from the first wait
  uint64_t recvTimeoutMs = 0;      // the `after` of the current receive
  std::atomic<uint32_t> waitSeq{0}; // increments on every wait; stale timers compare it
  bool timedOut = false;           // set by the receive timer that woke the process
  bool trapExit = false;
  bool isMain = false;
  ath_term registeredName = 0;     // atom or 0
  ath_term dictionary = ATH_NIL;   // process dictionary (keyword-like list of {k, v})
  ath_term parent = 0;             // pid of the spawner (for crash reports)
  ath_term initialCall = 0;        // {m, f, a} for Process.info, or 0
  RootFrame *roots = nullptr;      // extra collector roots of running C++ code (mem/Roots.h)
  uintptr_t scanTop = 0;           // outside a scheduler: top of the stack the collector scans

  // ---- shared ----
  std::atomic<ProcState> state{ProcState::Runnable};
  std::atomic<bool> signalsPending{false}; // an exit signal sits in the inbox
  std::atomic<ath_term> killReason{0};     // set when the process must die at its next stop
  // An exit signal that will kill it sits in the inbox. The BEAM handles the signals from
  // one sender in order, so a later is_process_alive, process_info, monitor or link from
  // the sender finds the process dead: those treat it as gone (see dyingOrGone).
  std::atomic<bool> killPending{false};
  SpinLock sigLock;                        // guards the lists below and `exited`
  bool exited = false;
  std::vector<ath_term> links;
  /// For another process asking about this one: it has ended or is about to (an exit
  /// signal will kill it, or already did). `exited` needs sigLock.
  bool dyingOrGone() const {
    return exited || killPending.load(std::memory_order_acquire) ||
           killReason.load(std::memory_order_acquire);
  }
  std::vector<MonitorEntry> monitors; // processes this one monitors
  std::vector<MonitorEntry> watchers; // processes monitoring this one
  std::vector<ProcessAlias> aliases;  // this process's active aliases (bif/Aliases.cpp)
  ReceiveTimer recvTimer;             // the pending `after` timer of a blocked receive

  Process *poolNext = nullptr;        // free-list link while pooled
  void *fiber = nullptr;              // the TSan fiber, in TSan builds (sched/Fiber.h)
};

// The context-switch assembly depends on these offsets.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(Process, hot) == 0);
static_assert(offsetof(Process, ctx) == 56);
static_assert(offsetof(Process, ctx) + offsetof(ProcCtx, sp) == 56);
static_assert(offsetof(Process, ctx) + offsetof(ProcCtx, sched) == 64);
static_assert(offsetof(Process, ctx) + offsetof(ProcCtx, op) == 72);
static_assert(offsetof(Process, ctx) + offsetof(ProcCtx, result) == 80);
#pragma GCC diagnostic pop

inline Process *asProcess(ath_proc *p) { return reinterpret_cast<Process *>(p); }
inline ath_proc *asProc(Process *p) { return reinterpret_cast<ath_proc *>(p); }

constexpr uint64_t kNoDeadline = UINT64_MAX;
/// A receive with a timeout whose clock starts when it first has to wait: most receives
/// find their message at once and never read the clock.
constexpr uint64_t kPendingDeadline = UINT64_MAX - 1;

} // namespace athanor::rt

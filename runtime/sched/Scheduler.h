// The M:N scheduler: one thread per scheduler (ATHANOR_SCHEDULERS, default one per core),
// each with a local run queue, a `runnext` slot, a timer wheel and a shared process stack.
//
// Order of looking for work (findRunnable): every 61st pick the global queue first (so it
// cannot starve); then runnext, the local queue (and its overflow), the global queue, due timers, stealing
// half of another scheduler's queue; finally sleep on a futex until woken or until the
// next timer is due.
//
// runnext: a process woken by the running process (a send to a process blocked in
// receive, a spawn) goes into runnext and runs next on the same thread, inheriting the
// rest of the time slice. This keeps request/reply pairs on one thread: they never pay
// a cross-thread wakeup. Only queued (not runnext) work wakes idle schedulers.
//
// Preemption: a ticker thread runs while any scheduler is busy; each millisecond it
// checks whether a scheduler has been running the same process since the previous tick,
// and if so sets that process's stack_limit to UINTPTR_MAX so its next function prologue
// enters the scheduler (sched/Context.S: ath_check_stack).
//
// Reclamation: exited PCBs are retired with the global epoch and reused only after every
// running scheduler has passed a scheduling point since (quiescent-state based). A sender
// that looked a pid up holds the PCB only until its own next scheduling point.
#pragma once

#include "proc/Process.h"
#include "sched/RunQueue.h"
#include "sched/Timer.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace athanor::rt {

struct Scheduler {
  uintptr_t sysSp = 0; // +0: the scheduler context saved by ath_ctx_resume (Context.S)
  uint32_t id = 0;
  uint8_t *stackLo = nullptr; // the shared process stack [stackLo, stackHi)
  uint8_t *stackHi = nullptr;
  uintptr_t stackLimit = 0;   // stackLo + kStackMargin: what stack_limit is set to

  std::atomic<Process *> current{nullptr};
  Process *runnext = nullptr;
  RunQueue local;
  // What does not fit in `local`, in FIFO order behind it (owner only). Invariant: while
  // it is not empty every new runnable process joins it, and `local` is refilled from
  // its front only when empty, so processes still run in the order they became runnable:
  // 20,000 spawned tasks reply in spawn order, and awaiting them one by one never scans
  // past replies of later ones. overflowSize mirrors its size for the ticker.
  std::deque<Process *> overflow;
  std::atomic<uint64_t> overflowSize{0};
  TimerWheel timers;
  uint64_t ticks = 0;                  // loop iterations
  std::atomic<uint64_t> switches{0};   // processes resumed (the ticker watches it)
  uint64_t lastTimerCheck = 0;        // Runtime::coarseNow when timers were last fired
  uint32_t rng = 0;

  // sleeping
  std::atomic<uint32_t> sleepWord{0};
  std::atomic<bool> idle{false};

  // reclamation
  std::atomic<uint64_t> epoch{0}; // 0 while sleeping (offline)
  // Retired PCBs with their retire epochs, oldest first (epochs never decrease along
  // it): reclaimPcbs frees a prefix without touching the PCBs it keeps.
  struct Retired {
    uint64_t epoch;
    Process *pcb;
  };
  std::vector<Retired> limbo;
  std::vector<Process *> freePcbs; // pooled PCBs ready for reuse
  std::vector<uint32_t> freeSlots; // reclaimed (or fresh, taken in batches) process-table
                                   // slots, used here first
  // Processes inserted into the table here minus those removed here (a process may end on
  // another scheduler than the one it started on: only the sum is meaningful). Written
  // only by this thread, read by liveProcessCount: no shared counter on spawn and exit.
  std::atomic<int64_t> liveDelta{0};

  std::thread thread;
};

// The context-switch assembly depends on these offsets.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(Scheduler, sysSp) == 0);
#pragma GCC diagnostic pop

/// Margin kept below the lowest frame of generated code for runtime (C++) functions
/// called from it: they run on the process stack too.
constexpr size_t kStackMargin = 256 * 1024;

/// Starts the runtime and runs `main` as the main process; returns only by exiting.
[[noreturn]] void runtimeMain(Process::EntryFn main, int argc, char **argv);

/// Creates a process that will call entry(p, arg), with `arg` (a term of the calling
/// process, or an immediate or static term) copied into the new process's heap. `s` is
/// the creating scheduler (its pools are used), nullptr before scheduling starts.
/// Returns it Runnable but not queued.
Process *createProcess(Scheduler *s, Process::EntryFn entry, ath_term arg);

/// Makes `p` runnable on `s`: in runnext if asNext and runnext is free, otherwise at the
/// back of the local queue. Never wakes an idle scheduler (the ticker does).
void makeRunnable(Scheduler *s, Process *p, bool asNext);

/// The scheduler the calling process runs on.
inline Scheduler *schedulerOf(Process *p) { return p->ctx.sched; }

/// Looks up a live process by pid. The pointer stays valid until the calling scheduler's
/// next scheduling point (only call from process context).
Process *lookupProcess(ath_term pid);

/// Every live process's pid (Process.list).
std::vector<ath_term> allPids();

/// Program arguments (System.argv).
const std::vector<std::string> &programArgs();

int schedulerCount();

/// Ends the program right away with `code` (stdout flushed).
[[noreturn]] void haltProgram(int code);

/// The main process has ended: the program ends with `code` as soon as no process is
/// runnable (every scheduler idle; processes waiting for a message or a timer do not
/// count), or after a short grace period if some process keeps running. `elixir
/// script.exs` halts in the same way a moment after its script ends or fails, so what the
/// other processes were already about to do (print a message they were just sent, say)
/// still happens. After a failure (`code` != 0) `elixir` first formats and prints the
/// error, which takes several ms during which processes waiting on short timers still
/// run: the program then lives at least kErrorHaltMinMs.
void beginHalt(int code);

} // namespace athanor::rt

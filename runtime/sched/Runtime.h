// Process-wide runtime state shared by the scheduler, the process table and exits.
// Internal to the runtime.
#pragma once

#include "sched/Scheduler.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace athanor::rt {

struct Runtime {
  std::vector<Scheduler *> schedulers;

  // Global run queue: overflow from local queues and work from outside a scheduler.
  std::mutex globalMu;
  std::deque<Process *> globalQueue;
  std::atomic<uint64_t> globalCount{0};

  // Idle schedulers and wakeups.
  std::atomic<int> idleCount{0};
  std::atomic<int> spinning{0};

  // Ticker (preemption and coarse clock).
  std::atomic<uint64_t> coarseNow{0}; // ms, updated by the ticker while busy
  std::atomic<uint32_t> tickerWord{0};
  std::atomic<int> busyCount{0};      // schedulers currently running processes
  std::thread ticker;

  // Reclamation epochs.
  std::atomic<uint64_t> globalEpoch{1};

  // Configuration.
  size_t stackMax = 0; // bytes of process stack per scheduler
  std::vector<std::string> args;
  Process *mainProcess = nullptr;

  // Ending the program after the main process ended (see beginHalt, Scheduler.h): the exit
  // code (-1 while the main process runs) and the time (ms) by which the program halts
  // even if some process is still running, and the time before which it does not halt
  // even if every process waits (a failed script: see beginHalt).
  std::atomic<int> haltCode{-1};
  std::atomic<uint64_t> haltDeadline{0};
  std::atomic<uint64_t> haltEarliest{0};
  // The status given to System.stop/1 (-1: none): the exit code of a normal end.
  std::atomic<int> stopStatus{-1};
};

// Inline (hot paths call it several times per message): the guard check is one load.
inline Runtime &runtime() {
  static Runtime *rt = new Runtime(); // never destroyed: threads outlive static dtors
  return *rt;
}

// Process table (proc/ProcessTable.cpp).
void processTableInit();
/// Gives `p` a fresh pid and publishes it.
void processTableInsert(Scheduler *s, Process *p);
/// Unpublishes `p`'s pid: lookups fail from now on.
void processTableRemove(Scheduler *s, Process *p);
/// A PCB from the pool (or a new one), reset.
Process *allocatePcb(Scheduler *s);
/// Retires an exited PCB (reused after every scheduler has moved on).
void retirePcb(Scheduler *s, Process *p);
/// Reuses retired PCBs that no scheduler can still see.
void reclaimPcbs(Scheduler *s);
uint64_t liveProcessCount();
/// The process-table slot of a pid (the low bits of its id).
uint32_t pidSlot(ath_term pid);
/// The live process in `slot`, or nullptr (same validity rules as lookupProcess).
Process *processInSlot(uint32_t slot);

// Stack images (sched/Stack.cpp).
void prepareInitialStack(Process *p);
void saveStack(Scheduler *s, Process *p);
void restoreStack(Scheduler *s, Process *p);
void releaseStack(Process *p);

// Wakes one idle scheduler if work is waiting and nobody is looking for it.
void wakeIdleScheduler();

} // namespace athanor::rt

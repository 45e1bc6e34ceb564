// Process termination (see Exit.h).
#include "proc/Exit.h"

#include "format/Exceptions.h"
#include "mem/Builder.h"
#include "proc/Registry.h"
#include "proc/Signals.h"
#include "sched/Runtime.h"

#include <cstdio>
#include <mutex>
#include <string>

namespace athanor::rt {

int mainExitCode(ath_term reason) {
  return reason == ATH_ATOM(normal) || reason == ATH_ATOM(shutdown) ? 0 : 1;
}

namespace {

std::string pidText(ath_term pid) {
  uint64_t id = ath_pid_id(pid);
  return "#PID<0." + std::to_string(id & ((1u << 27) - 1)) + "." + std::to_string(id >> 27) + ">";
}

// The main process died without going through the program's own handler (killed by an
// exit signal, or a stack overflow): print what Elixir prints and end the program.
[[noreturn]] void endProgramFromMain(Process *p, ath_term cls, ath_term value, ath_term reason,
                                     bool killedBySignal) {
  std::string text;
  if (killedBySignal)
    text = "** (EXIT from " + pidText(p->hot.self) + ") " + format::formatExitReason(reason);
  else
    text = format::formatBanner(cls, value);
  if (reason != ATH_ATOM(normal) && reason != ATH_ATOM(shutdown))
    std::fprintf(stderr, "%s\n", text.c_str());
  haltProgram(mainExitCode(reason));
}

} // namespace

void terminateProcess(Scheduler *s, Process *p, ath_term cls, ath_term value,
                      bool killedBySignal) {
  p->state.store(ProcState::Exiting, std::memory_order_relaxed);
  ScratchBuilder b;
  ath_term reason;
  if (killedBySignal || cls == ATH_ATOM(exit))
    reason = value;
  else if (cls == ATH_ATOM(error))
    reason = b.tuple({value, p->hot.exc_stack});
  else
    reason = b.tuple({b.tuple({ATH_ATOM(nocatch), value}), p->hot.exc_stack});

  if (p->isMain)
    endProgramFromMain(p, cls, value, reason, killedBySignal);

  if (p->registeredName)
    unregisterName(p->registeredName);

  std::vector<ath_term> links;
  std::vector<MonitorEntry> watchers, monitors;
  {
    std::lock_guard<SpinLock> g(p->sigLock);
    p->exited = true;
    links.swap(p->links);
    watchers.swap(p->watchers);
    monitors.swap(p->monitors);
  }
  processTableRemove(p);

  ath_term self = p->hot.self;
  for (ath_term l : links)
    sendExitSignal(s, self, l, reason, true);
  for (const MonitorEntry &w : watchers) {
    ath_term who = self;
    if (w.name)
      who = b.tuple({w.name, ATH_ATOM(nonode_at_nohost)});
    sendDown(s, w.pid, w.ref, who, reason);
  }
  for (const MonitorEntry &m : monitors) {
    if (Process *o = lookupProcess(m.pid)) {
      std::lock_guard<SpinLock> g(o->sigLock);
      for (auto it = o->watchers.begin(); it != o->watchers.end(); ++it)
        if (it->ref == m.ref) {
          o->watchers.erase(it);
          break;
        }
    }
  }

  timerCancel(&p->recvTimer);
  mailboxFreeAll(p->mailbox);
  heapRelease(p);
  releaseStack(p);
  retirePcb(s, p);
}

} // namespace athanor::rt

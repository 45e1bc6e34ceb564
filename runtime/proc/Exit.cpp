// Process termination (see Exit.h).
#include "proc/Exit.h"

#include "format/Exceptions.h"
#include "mem/Builder.h"
#include "proc/Registry.h"
#include "proc/Signals.h"
#include "sched/Runtime.h"

#include <sys/time.h>

#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace athanor::rt {

int mainExitCode(ath_term reason) {
  if (reason == ATH_ATOM(normal) || reason == ATH_ATOM(shutdown))
    return 0;
  // {:shutdown, n} with an integer n exits with status n, any other {:shutdown, _} with 0
  // (as `elixir script.exs` does).
  if (ath_is_boxed(reason) && isTuple(reason) && tupleArity(reason) == 2 &&
      tupleElem(reason, 0) == ATH_ATOM(shutdown)) {
    ath_term n = tupleElem(reason, 1);
    return ath_is_small(n) ? static_cast<int>(ath_small_value(n) & 0xFF) : 0;
  }
  return 1;
}

std::string pidText(ath_term pid) {
  uint64_t id = ath_pid_id(pid);
  return "#PID<0." + std::to_string(id & ((1u << 27) - 1)) + "." + std::to_string(id >> 27) + ">";
}

namespace {

bool isShutdownTuple(ath_term reason) {
  return ath_is_boxed(reason) && isTuple(reason) && tupleArity(reason) == 2 &&
         tupleElem(reason, 0) == ATH_ATOM(shutdown);
}

// "HH:MM:SS.mmm " of the local time, as Elixir's logger prefixes its lines.
std::string timestamp() {
  timeval tv;
  gettimeofday(&tv, nullptr);
  tm local;
  localtime_r(&tv.tv_sec, &local);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d ", local.tm_hour, local.tm_min,
                local.tm_sec, static_cast<int>(tv.tv_usec / 1000));
  return buf;
}

// The main process ended (returned with a pending exception, was killed by an exit
// signal, or overflowed its stack): print what `elixir script.exs` prints and end the
// program (beginHalt: once the other processes have nothing left to run). Exit codes: 0 for a normal end and for exit(:normal) / exit(:shutdown) /
// exit({:shutdown, _}), n for exit({:shutdown, n}) (all silent); 1 for everything else,
// including any exit signal (printed, even :normal, as Elixir prints
// "** (EXIT from #PID<...>) normal").
void endProgramFromMain(Process *p, ath_term cls, ath_term value, ath_term reason,
                                     bool killedBySignal) {
  std::string text;
  int code = 1;
  if (killedBySignal) {
    text = "** (EXIT from " + pidText(p->hot.self) + ") " + format::formatExitReason(reason) + "\n";
  } else if (cls == ATH_ATOM(exit)) {
    code = mainExitCode(reason);
    if (code != 0 && !isShutdownTuple(reason))
      text = format::formatBanner(cls, value) + "\n";
    if (int stop = runtime().stopStatus.load(std::memory_order_relaxed); code == 0 && stop >= 0)
      code = stop; // a normal end after System.stop(status)
  } else {
    text = format::formatBanner(cls, value, p->hot.exc_stack) + "\n" +
           format::formatStacktrace(p->hot.exc_stack);
  }
  std::fflush(stdout); // everything printed so far comes before the error
  if (!text.empty())
    std::fputs(text.c_str(), stderr);
  beginHalt(code);
}

} // namespace

void exitSignalToEndedMain(ath_term target, ath_term reason, bool linked) {
  Runtime &rt = runtime();
  Process *main = rt.mainProcess;
  if (!main || main->hot.self != target || rt.haltCode.load(std::memory_order_acquire) != 0)
    return;
  // As handleExitSignal would have: a trapping main would only get a message, a normal
  // exit of a linked process is ignored.
  if (main->trapExit || (linked && reason == ATH_ATOM(normal)))
    return;
  if (!linked && reason == ATH_ATOM(normal))
    return; // Process.exit(main, :normal) from another process
  std::fflush(stdout);
  ath_term shown = !linked && reason == ATH_ATOM(kill) ? ATH_ATOM(killed) : reason;
  std::string text = "** (EXIT from " + pidText(target) + ") " + format::formatExitReason(shown) + "\n";
  std::fputs(text.c_str(), stderr);
  rt.haltCode.store(1, std::memory_order_release);
}

namespace {

// The main process after its end: on the BEAM the script's process lives on until the
// halt, so its links and monitors never fire; here it leaves the process table (messages
// to it are dropped) and keeps its links, monitors and memory until the program ends.
void detachMain(Scheduler *s, Process *p) {
  {
    std::lock_guard<SpinLock> g(p->sigLock);
    p->exited = true;
    p->aliases.clear();
  }
  processTableRemove(s, p);
  timerCancel(&p->recvTimer);
}

// The crash report of a spawned process that ended with an uncaught error or throw, as
// Elixir's logger prints it (exits are not reported, as on BEAM).
void reportCrash(Process *p, ath_term cls, ath_term value) {
  std::string banner;
  if (cls == ATH_ATOM(throw)) {
    ScratchBuilder b;
    banner = format::formatBanner(ATH_ATOM(error), b.tuple({ATH_ATOM(nocatch), value}),
                                  p->hot.exc_stack);
  } else {
    banner = format::formatBanner(cls, value, p->hot.exc_stack);
  }
  std::string text = "\n" + timestamp() + "[error] Process " + pidText(p->hot.self) +
                     " raised an exception\n" + banner + "\n" +
                     format::formatStacktrace(p->hot.exc_stack);
  std::fwrite(text.data(), 1, text.size(), stderr);
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

  if (p->isMain) {
    endProgramFromMain(p, cls, value, reason, killedBySignal);
    detachMain(s, p);
    return;
  }
  if (!killedBySignal && (cls == ATH_ATOM(error) || cls == ATH_ATOM(throw)))
    reportCrash(p, cls, value);

  if (p->registeredName)
    unregisterName(p->registeredName);

  std::vector<ath_term> links;
  std::vector<MonitorEntry> watchers, monitors;
  {
    std::lock_guard<SpinLock> g(p->sigLock);
    p->exited = true;
    p->aliases.clear(); // messages sent through them from now on are dropped
    links.swap(p->links);
    watchers.swap(p->watchers);
    monitors.swap(p->monitors);
  }
  processTableRemove(s, p);

  ath_term self = p->hot.self;
  // Newest link first: a supervisor's children (linked after its own parent) are queued
  // to die before the parent is woken to restart the supervisor, so a restarted child
  // does not find its name still held by its predecessor.
  for (auto it = links.rbegin(); it != links.rend(); ++it)
    sendExitSignal(s, self, *it, reason, true);
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

// Process termination: computing the exit reason, notifying links and monitors,
// releasing every resource and retiring the PCB; for the main process, ending the program.
#pragma once

#include "proc/Process.h"
#include "sched/Scheduler.h"

#include <string>

namespace athanor::rt {

/// Ends `p`. `cls` is the class of the pending exception (error | throw | exit) or exit for
/// a normal end; `value` the raised value (an exit reason for exit). `killedBySignal`: value
/// is already the final reason (an exit signal killed the process).
void terminateProcess(Scheduler *s, Process *p, ath_term cls, ath_term value,
                      bool killedBySignal);

/// Exit code the program ends with when the main process ends with `reason`.
int mainExitCode(ath_term reason);

/// An exit signal for `target` that found no process. If `target` is the main process
/// after its normal end (the program is about to halt) and the signal would have killed
/// it, the program fails as `elixir` does when a linked process dies just as the script
/// ends: the error on stderr and exit code 1.
void exitSignalToEndedMain(ath_term target, ath_term reason, bool linked);

/// "#PID<0.slot.generation>", as inspect prints pids.
std::string pidText(ath_term pid);

} // namespace athanor::rt

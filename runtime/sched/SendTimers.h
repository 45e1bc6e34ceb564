// Process.send_after timers by reference, for cancel_timer and read_timer: a global
// table from the reference id to the pending timer.
#pragma once

#include "sched/Timer.h"

namespace athanor::rt {

void rememberSendTimer(SendTimer *t);
/// Removes it from the table (it fired or was cancelled).
void forgetSendTimer(SendTimer *t);
/// Cancels the timer with this reference id; returns its remaining ms, or -1 if none.
int64_t cancelSendTimer(uint64_t refId);
/// Remaining ms of the timer with this reference id, or -1 if none.
int64_t readSendTimer(uint64_t refId);

} // namespace athanor::rt

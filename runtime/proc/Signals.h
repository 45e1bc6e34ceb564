// Signals between processes: messages, exit signals, links, monitors and DOWN messages,
// with Erlang's semantics:
//  - exit signals travel through the target's inbox (so they stay ordered with messages
//    from the same sender) and are handled by the target when it next drains it: a
//    trapping process gets {:EXIT, from, reason}; otherwise :normal is ignored and any
//    other reason kills it. `Process.exit(pid, :kill)` cannot be trapped and kills with
//    :killed. The sender also forces the target's next prologue check so a busy target
//    handles it promptly.
//  - sending to a dead pid does nothing; links and monitors to a dead process give an
//    immediate :noproc exit signal / DOWN message.
#pragma once

#include "proc/Process.h"
#include "sched/Scheduler.h"

namespace athanor::rt {

/// Delivers `m` to `target` and makes it runnable on `s` if it was waiting.
/// `asNext`: put it in runnext (the sender is about to wait for it).
void deliverMessage(Scheduler *s, Process *target, Message *m, bool asNext = true);
/// send/2 of `term` (in the sender's heap) to `target`. If target is asleep, this call
/// wakes it, and until it makes target runnable it is the only one that may touch
/// target's private queue and heap (see proc/Mailbox.h): the term is copied straight
/// into target's heap when it fits its current block, and receive takes it without
/// another copy. Otherwise it becomes a message with a fragment, as deliverMessage's.
void sendMessage(Scheduler *s, Process *target, ath_term term, bool asNext = true);
/// sendMessage's push, for callers that make the target runnable themselves: queues
/// `term` (or `copied`, a message already made of it) and returns true if the caller
/// woke target and must make it runnable.
bool pushTerm(Process *target, ath_term term, Message *copied);

/// Delivers the message of a fired Process.send_after timer and frees the timer.
void deliverTimerMessage(Scheduler *s, SendTimer *t);

/// Sends an exit signal with `reason` from `from` to the process `target` (a pid).
void sendExitSignal(Scheduler *s, ath_term from, ath_term target, ath_term reason, bool linked);

/// Sends {:DOWN, ref, :process, who, reason} to `watcher`. `active`: the monitor is in the
/// watcher's monitors list, and the DOWN is dropped if it is removed (demonitor) before the
/// watcher takes the message in; false for the immediate :noproc DOWN of a monitor that was
/// never established.
void sendDown(Scheduler *s, ath_term watcher, uint64_t ref, ath_term who, ath_term reason,
              bool active = true);

/// Owner side (the process itself, or its scheduler while it is suspended): drains the
/// inbox into the private queue, handling exit signals.
void processPendingSignals(Process *p);

/// processPendingSignals if anything arrived (a load when nothing did).
inline void takeArrivalsIfAny(Process *p) {
  if (inboxTopGuess(&p->mailbox.inbox) != nullptr)
    processPendingSignals(p);
}

/// Process.exit(self(), reason), handled at once as Erlang handles a signal to oneself:
/// :kill kills with :killed; a trapping process gets {:EXIT, self, reason} in its own
/// mailbox; otherwise the process is doomed with `reason` (:normal included) and stops at
/// its next scheduling point. `reason` lives on p's heap (the collector keeps it).
void exitSelf(Process *p, ath_term reason);

/// Links p and the process `other`; false if `other` is dead (caller handles :noproc).
bool linkProcesses(Process *p, ath_term other);
void unlinkProcesses(Process *p, ath_term other);

/// Monitors `target` (pid) with reference id `ref`; false if it is dead. With `alias`,
/// also makes the reference an alias of p (in the same critical section).
bool addMonitor(Process *p, ath_term target, uint64_t ref, ath_term name,
                const ProcessAlias *alias = nullptr);
/// Removes monitor `ref`, and its alias if that ends with the monitor; returns whether
/// the monitor was active.
bool removeMonitor(Process *p, uint64_t ref);

/// A new unique reference id (make_ref, monitors, timers, aliases), made by `creator`:
/// (counter << kRefSlotBits) | creator's process-table slot, so an alias reference names
/// its owner (bif/Aliases.cpp).
uint64_t newRefId(const Process *creator);
constexpr uint32_t kRefSlotBits = 27; // as pids' slot bits (proc/ProcessTable.cpp)
inline uint32_t refCreatorSlot(uint64_t id) {
  return static_cast<uint32_t>(id & ((uint64_t(1) << kRefSlotBits) - 1));
}
/// The reference term for an id (a REF object built by `b`).
template <class B> ath_term refTerm(B &b, uint64_t id) { return b.ref(id, 0); }
/// The id of a reference term.
inline uint64_t refIdOf(ath_term ref) { return ath_boxed_ptr(ref)[1]; }

} // namespace athanor::rt

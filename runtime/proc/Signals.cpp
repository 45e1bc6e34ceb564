// Exit signals, links, monitors and message delivery (see Signals.h).
#include "proc/Signals.h"

#include "bif/Aliases.h"
#include "mem/Builder.h"
#include "mem/Copy.h"
#include "proc/Exit.h"
#include "proc/Registry.h"
#include "sched/Runtime.h"
#include "sched/SendTimers.h"

#include <algorithm>
#include <mutex>

namespace athanor::rt {

void deliverMessage(Scheduler *s, Process *target, Message *m, bool asNext) {
  if (mailboxPush(target->mailbox, m))
    makeRunnable(s, target, asNext);
}

bool pushTerm(Process *target, ath_term term, Message *copied) {
  Mailbox &mb = target->mailbox;
  InboxWord old = inboxGuess(&mb.inbox);
  if (old.top == kSleeping && inboxCas(&mb.inbox, old, {nullptr, 0})) {
    // We woke it: until it is made runnable its private queue and heap are ours.
    ath_term copy;
    if (copied)
      mailboxAppend(mb, copied);
    else if (!isStaticOrImmediate(term) && copyIntoHeapGapIfFits(target, term, &copy))
      mailboxAppend(mb, makeHeapMessage(copy));
    else
      mailboxAppend(mb, makeMessage(term));
    return true;
  }
  return mailboxPush(mb, copied ? copied : makeMessage(term));
}

void sendMessage(Scheduler *s, Process *target, ath_term term, bool asNext) {
  if (pushTerm(target, term, nullptr))
    makeRunnable(s, target, asNext);
}

void deliverTimerMessage(Scheduler *s, SendTimer *t) {
  ath_term dest = t->dest;
  if (ath_is_atom(dest))
    dest = whereisName(dest);
  Process *target = dest ? lookupProcess(dest) : nullptr;
  forgetSendTimer(t);
  if (target)
    deliverMessage(s, target, t->message, false);
  else
    freeMessage(t->message);
  delete t;
}

void sendExitSignal(Scheduler *s, ath_term from, ath_term targetPid, ath_term reason,
                    bool linked) {
  Process *target = lookupProcess(targetPid);
  if (!target) {
    exitSignalToEndedMain(targetPid, reason, linked);
    return;
  }
  Message *m = makeMessage(reason, MessageKind::ExitSignal);
  m->from = from;
  m->linked = linked ? 1 : 0;
  bool kills = (!linked && reason == ATH_ATOM(kill)) ||
               (reason != ATH_ATOM(normal) && !__atomic_load_n(&target->trapExit, __ATOMIC_RELAXED));
  // Before the push: the target clears it only after taking the signal in.
  if (kills)
    target->killPending.store(true, std::memory_order_release);
  deliverMessage(s, target, m, false);
  // After the push: whoever sees the flag also sees the signal.
  target->signalsPending.store(true, std::memory_order_release);
  // Make a busy target stop at its next call (harmless if it is not running: the
  // scheduler resets the limit when it resumes it; PCBs are type-stable).
  __atomic_store_n(&target->hot.stack_limit, UINTPTR_MAX, __ATOMIC_RELAXED);
}

uint64_t newRefId(const Process *creator) {
  // Each thread takes counters in blocks of 4096 from the global one: unique, and one
  // locked add per 4096 references instead of one per reference.
  static std::atomic<uint64_t> blocks{1};
  thread_local uint64_t next = 0, end = 0;
  if (next == end) {
    next = blocks.fetch_add(1, std::memory_order_relaxed) << 12;
    end = next + 4096;
  }
  uint64_t n = next++;
  return (n << kRefSlotBits) | pidSlot(creator->hot.self);
}

void sendDown(Scheduler *s, ath_term watcher, uint64_t ref, ath_term who, ath_term reason,
              bool active) {
  aliasMonitorGone(ref); // a monitor alias in :demonitor mode ends with its DOWN
  Process *target = lookupProcess(watcher);
  if (!target)
    return;
  ScratchBuilder b;
  ath_term down = b.tuple({ATH_ATOM(DOWN), refTerm(b, ref), ATH_ATOM(process), who, reason});
  Message *m = makeMessage(down);
  if (active) {
    m->kind = MessageKind::Down;
    m->from = ref;
  }
  deliverMessage(s, target, m, false);
}

namespace {

// The block chain `a` followed by the chain `b`.
Block *appendChain(Block *a, Block *b) {
  if (!a)
    return b;
  Block *last = a;
  while (last->next)
    last = last->next;
  last->next = b;
  return a;
}

void removeLink(Process *p, ath_term other) {
  std::lock_guard<SpinLock> g(p->sigLock);
  auto it = std::find(p->links.begin(), p->links.end(), other);
  if (it != p->links.end())
    p->links.erase(it);
}

// Marks p to die with `reason`, keeping the reason's storage alive in p's heap.
void doom(Process *p, ath_term reason, Message *m) {
  if (p->killReason.load(std::memory_order_relaxed))
    return; // already dying: the first reason wins
  if (m && m->fragment) {
    heapAdopt(p, m->fragment);
    m->fragment = nullptr;
  }
  p->killReason.store(reason, std::memory_order_release);
  __atomic_store_n(&p->hot.stack_limit, UINTPTR_MAX, __ATOMIC_RELAXED);
}

// An exit signal that is consumed rather than turned into a message (it never joins the
// private queue, so it does not count for Process.info(pid, :message_queue_len)).
void dropSignal(Process *, Message *m) { freeMessage(m); }

void handleExitSignal(Process *p, Message *m) {
  ath_term reason = m->term;
  if (m->linked)
    removeLink(p, m->from);
  if (!m->linked && reason == ATH_ATOM(kill)) {
    doom(p, ATH_ATOM(killed), m);
    dropSignal(p, m);
    return;
  }
  if (p->trapExit) {
    // Becomes the message {:EXIT, from, reason}; the reason's blocks come along.
    ScratchBuilder b;
    ath_term msg = b.tuple({ATH_ATOM(EXIT), m->from, reason});
    m->fragment = appendChain(b.release(), m->fragment);
    m->term = msg;
    m->kind = MessageKind::Normal;
    mailboxAppend(p->mailbox, m);
    return;
  }
  if (reason == ATH_ATOM(normal)) {
    // A normal exit of a linked process, or Process.exit(pid, :normal) from another
    // process, is ignored; a process may end itself with Process.exit(self(), :normal).
    if (!m->linked && m->from == p->hot.self)
      doom(p, reason, m);
    dropSignal(p, m);
    return;
  }
  doom(p, reason, m);
  dropSignal(p, m);
}

} // namespace

void exitSelf(Process *p, ath_term reason) {
  if (reason == ATH_ATOM(kill)) {
    doom(p, ATH_ATOM(killed), nullptr);
    return;
  }
  if (p->trapExit) {
    ScratchBuilder b;
    Block *reasonFragment;
    ath_term copy = copyToFragment(reason, &reasonFragment);
    ath_term msg = b.tuple({ATH_ATOM(EXIT), p->hot.self, copy});
    Message *m = makeMessage(ATH_ATOM(ok));
    m->term = msg;
    m->fragment = appendChain(b.release(), reasonFragment);
    // Through the inbox, behind anything already sent to us: signal order is kept.
    mailboxPush(p->mailbox, m);
    return;
  }
  doom(p, reason, nullptr);
}

namespace {

// The owner takes in one arrived message or signal: messages join the private queue, a
// DOWN only while its monitor is active (the monitor ends with it; a demonitored one's
// DOWN is dropped), exit signals act.
void takeIn(Process *p, Message *m) {
  if (m->kind == MessageKind::Normal) {
    mailboxAppend(p->mailbox, m);
  } else if (m->kind == MessageKind::Down) {
    bool active = false;
    {
      std::lock_guard<SpinLock> g(p->sigLock);
      for (auto it = p->monitors.begin(); it != p->monitors.end(); ++it)
        if (it->ref == m->from) {
          p->monitors.erase(it);
          active = true;
          break;
        }
    }
    if (active) {
      m->kind = MessageKind::Normal;
      m->from = 0;
      mailboxAppend(p->mailbox, m);
    } else {
      freeMessage(m);
    }
  } else {
    handleExitSignal(p, m);
  }
}

} // namespace

void processPendingSignals(Process *p) {
  // Clear first: a signal pushed after the take below sets it again.
  p->signalsPending.store(false, std::memory_order_relaxed);
  Message *m = mailboxTakeArrivals(p->mailbox);
  while (m) {
    Message *next = m->next;
    takeIn(p, m);
    m = next;
  }
  // Every exit signal taken in has acted (killReason is set if one killed us).
  p->killPending.store(false, std::memory_order_release);
}

bool linkProcesses(Process *p, ath_term other) {
  if (other == p->hot.self)
    return true;
  Process *o = lookupProcess(other);
  if (!o)
    return false;
  {
    std::lock_guard<SpinLock> g(o->sigLock);
    if (o->dyingOrGone())
      return false;
    if (std::find(o->links.begin(), o->links.end(), p->hot.self) == o->links.end())
      o->links.push_back(p->hot.self);
  }
  std::lock_guard<SpinLock> g(p->sigLock);
  if (std::find(p->links.begin(), p->links.end(), other) == p->links.end())
    p->links.push_back(other);
  return true;
}

void unlinkProcesses(Process *p, ath_term other) {
  removeLink(p, other);
  if (Process *o = lookupProcess(other))
    removeLink(o, p->hot.self);
  // An exit signal from `other` already in our inbox must not act after unlink.
  Message *m = mailboxTakeArrivals(p->mailbox);
  while (m) {
    Message *next = m->next;
    if (m->kind == MessageKind::ExitSignal && m->linked && m->from == other)
      dropSignal(p, m);
    else
      takeIn(p, m);
    m = next;
  }
  p->killPending.store(false, std::memory_order_release);
}

bool addMonitor(Process *p, ath_term target, uint64_t ref, ath_term name,
                const ProcessAlias *alias) {
  Process *o = lookupProcess(target);
  if (!o)
    return false;
  {
    std::lock_guard<SpinLock> g(o->sigLock);
    if (o != p && o->dyingOrGone())
      return false;
    o->watchers.push_back({ref, p->hot.self, name});
  }
  std::lock_guard<SpinLock> g(p->sigLock);
  p->monitors.push_back({ref, target, name});
  if (alias)
    p->aliases.push_back(*alias);
  return true;
}

bool removeMonitor(Process *p, uint64_t ref) {
  ath_term target = 0;
  {
    std::lock_guard<SpinLock> g(p->sigLock);
    for (auto it = p->monitors.begin(); it != p->monitors.end(); ++it) {
      if (it->ref == ref) {
        target = it->pid;
        p->monitors.erase(it);
        break;
      }
    }
    for (auto it = p->aliases.begin(); it != p->aliases.end(); ++it) {
      if (it->ref == ref) {
        if (aliasEndsWithMonitor(it->mode))
          p->aliases.erase(it);
        break;
      }
    }
  }
  if (!target)
    return false;
  if (Process *o = lookupProcess(target)) {
    std::lock_guard<SpinLock> g(o->sigLock);
    for (auto it = o->watchers.begin(); it != o->watchers.end(); ++it) {
      if (it->ref == ref) {
        o->watchers.erase(it);
        break;
      }
    }
  }
  return true;
}

} // namespace athanor::rt

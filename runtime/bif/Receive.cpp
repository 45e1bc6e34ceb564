// receive: the primitives generated code uses to scan the mailbox selectively, and the
// C++ part of ath_recv_wait (sched/Context.S). See rt.h for the code shape.
#include "mem/Copy.h"
#include "proc/Process.h"
#include "proc/Signals.h"
#include "sched/Timer.h"

using namespace athanor::rt;

extern "C" ath_term ath_raise(ath_proc *p, ath_term cls, ath_term value);
extern "C" ath_term ath_error_tagged(ath_proc *p, ath_term tag, ath_term value);

extern "C" ath_term ath_recv_start(ath_proc *proc, ath_term timeout) {
  Process *p = asProcess(proc);
  if (timeout == ATH_ATOM(infinity)) {
    p->recvDeadline = kNoDeadline;
  } else if (ath_is_small(timeout) && ath_small_value(timeout) >= 0) {
    int64_t ms = ath_small_value(timeout);
    p->recvDeadline = ms == 0 ? 0 : kPendingDeadline;
    p->recvTimeoutMs = static_cast<uint64_t>(ms);
  } else {
    return ath_error_tagged(proc, ath_make_atom(ATH_ATOM_INDEX_timeout), timeout);
  }
  Mailbox &mb = p->mailbox;
  mb.save = &mb.head;
  if (mb.useMarker) {
    mb.useMarker = false;
    if (mb.marker)
      mb.save = mb.marker;
  }
  return ATH_ATOM(ok);
}

// The receive marker, OTP's optimization for a receive that matches a reference made just
// before it (GenServer.call's reply or DOWN): recv_mark/0, called before the reference is
// made, notes the end of the mailbox; recv_use_mark/0, called right before the receive,
// makes that receive skip the messages queued before the mark, which cannot contain the
// reference. Without it a call from a process with many queued messages scans them all.
extern "C" ath_term ath_bif_athanor_recv_mark(ath_proc *proc) {
  Process *p = asProcess(proc);
  takeArrivalsIfAny(p);
  p->mailbox.marker = p->mailbox.tail;
  p->mailbox.useMarker = false;
  return ATH_ATOM(ok);
}

extern "C" ath_term ath_bif_athanor_recv_use_mark(ath_proc *proc) {
  Process *p = asProcess(proc);
  p->mailbox.useMarker = p->mailbox.marker != nullptr;
  return ATH_ATOM(ok);
}

extern "C" ath_term ath_recv_peek(ath_proc *proc) {
  Process *p = asProcess(proc);
  Mailbox &mb = p->mailbox;
  if (!*mb.save)
    takeArrivalsIfAny(p);
  Message *m = *mb.save;
  return m ? m->term : ATH_NONVALUE;
}

extern "C" void ath_recv_next(ath_proc *proc) {
  Mailbox &mb = asProcess(proc)->mailbox;
  mb.save = &(*mb.save)->next;
}

// Small messages are copied into the receiver's heap and their fragment freed at once, so
// a process that receives many small messages keeps a compact heap (few blocks, rare
// collections); large ones are adopted as they are (O(1), no copy).
constexpr uint64_t kCopyOnAcceptWords = 512;

extern "C" ath_term ath_recv_accept(ath_proc *proc) {
  Process *p = asProcess(proc);
  Mailbox &mb = p->mailbox;
  Message *m = mailboxTakeAtSave(mb);
  ath_term term = m->term;
  if (Block *frag = m->fragment) {
    if (hasInlineFragment(m) || (!frag->next && frag->usedWords() <= kCopyOnAcceptWords)) {
      // May collect; the fragment is not part of the heap.
      term = frag->next ? copyToHeap(p, term) : copyFragmentToHeap(p, term, frag);
    } else {
      heapAdopt(p, frag);
      m->fragment = nullptr;
    }
  }
  freeMessage(m);
  mb.save = &mb.head;
  // A receive timer is left linked: it can only fire stale now (sched/Timer.h).
  return term;
}

// 0 = suspend, 1 = timed out, 2 = rescan (messages arrived).
extern "C" int ath_recv_wait_prepare(ath_proc *proc) {
  Process *p = asProcess(proc);
  Mailbox &mb = p->mailbox;
  takeArrivalsIfAny(p);
  if (*mb.save)
    return 2;
  if (p->killReason.load(std::memory_order_acquire))
    return 0; // the scheduler ends it
  if (p->recvDeadline == kPendingDeadline) {
    // First wait: the clock starts now. nowMs() truncates to whole milliseconds, so
    // now + ms could end up to 1 ms early: one more makes the wait at least `ms` long,
    // as on BEAM.
    p->recvDeadline = nowMs() + p->recvTimeoutMs + 1;
  } else if (p->recvDeadline == 0 ||
             (p->recvDeadline != kNoDeadline && nowMs() >= p->recvDeadline)) {
    mb.save = &mb.head;
    return 1;
  }
  // Only the owner writes waitSeq (timers read it): no locked add needed.
  p->waitSeq.store(p->waitSeq.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  return 0;
}

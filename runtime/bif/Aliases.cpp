// Process aliases (see Aliases.h).
//
// Each process keeps its active aliases in its PCB (`aliases`, under its sigLock). An
// alias reference's id carries the creating process's table slot (newRefId), so a send
// through an alias finds the owner without any global table: the PCB in that slot, if it
// holds the id among its aliases, is the owner (ids are unique, so a slot reused by a
// later process never matches). The send pushes the message while holding the owner's
// sigLock, so once unalias/1 (which takes the same lock) has returned, no message sent
// through the alias can still arrive: anything sent earlier is already in the inbox. An
// exiting owner drops its aliases under the lock (terminateProcess).
#include "bif/Aliases.h"

#include "bif/Bif.h"
#include "proc/Signals.h"
#include "sched/Runtime.h"
#include "sys/SpinLock.h"

#include <algorithm>
#include <mutex>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

struct AliasAtoms {
  Term alias = atom("alias"), explicitUnalias = atom("explicit_unalias"), reply = atom("reply"),
       demonitor = atom("demonitor"), replyDemonitor = atom("reply_demonitor");
};
const AliasAtoms &atoms() {
  static const AliasAtoms a;
  return a;
}

Term refOf(Process *p, uint64_t id) {
  HeapBuilder b(p, 3, 0);
  return refTerm(b, id);
}

void addAlias(Process *owner, uint64_t id, AliasMode mode) {
  std::lock_guard<SpinLock> g(owner->sigLock);
  owner->aliases.push_back({id, mode});
}

// The alias `id` in owner's list (caller holds owner->sigLock), or end().
std::vector<ProcessAlias>::iterator findAlias(Process *owner, uint64_t id) {
  return std::find_if(owner->aliases.begin(), owner->aliases.end(),
                      [id](const ProcessAlias &a) { return a.ref == id; });
}

} // namespace

namespace athanor::rt {

void aliasSend(Process *p, ath_term ref, ath_term msg) {
  uint64_t id = refIdOf(ref);
  Process *owner = processInSlot(refCreatorSlot(id));
  if (!owner)
    return;
  // Copied outside the lock, unless the owner looks asleep (a caller waiting for its
  // reply): then this send is likely its waker and copies straight into its heap.
  Mailbox &mb = owner->mailbox;
  Message *m = inboxGuess(&mb.inbox).top == kSleeping ? nullptr : makeMessage(msg);
  bool wake = false;
  {
    std::lock_guard<SpinLock> g(owner->sigLock);
    auto it = owner->exited ? owner->aliases.end() : findAlias(owner, id);
    if (it != owner->aliases.end()) {
      if (it->mode == kAliasReply || it->mode == kAliasReplyDemonitor)
        owner->aliases.erase(it);
      wake = pushTerm(owner, msg, m);
      m = nullptr;
    }
  }
  if (m) // not delivered
    freeMessage(m);
  if (wake)
    makeRunnable(schedulerOf(p), owner, true); // as a send to a pid does
}

void aliasMonitorGone(uint64_t ref) {
  Process *owner = processInSlot(refCreatorSlot(ref));
  if (!owner)
    return;
  std::lock_guard<SpinLock> g(owner->sigLock);
  auto it = findAlias(owner, ref);
  if (it != owner->aliases.end() && aliasEndsWithMonitor(it->mode))
    owner->aliases.erase(it);
}

} // namespace athanor::rt


ATH_BIF ath_bif_erlang_alias(ath_proc *proc) {
  Process *p = P(proc);
  uint64_t id = newRefId(p);
  addAlias(p, id, kAliasExplicit);
  return refOf(p, id);
}

ATH_BIF ath_bif_erlang_alias1(ath_proc *proc, ath_term opts) {
  Process *p = P(proc);
  AliasMode mode = kAliasExplicit;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    Term o = consHead(l);
    if (o == atoms().explicitUnalias)
      mode = kAliasExplicit;
    else if (o == atoms().reply)
      mode = kAliasReply;
    else
      return badargErlAt(proc, atom("alias"), {opts}, 1, "invalid option in list");
  }
  if (!isNil(l))
    return badargErlAt(proc, atom("alias"), {opts}, 1, "not a list");
  uint64_t id = newRefId(p);
  addAlias(p, id, mode);
  return refOf(p, id);
}

ATH_BIF ath_bif_erlang_unalias(ath_proc *proc, ath_term ref) {
  Process *p = P(proc);
  if (!isRef(ref))
    return badargErlAt(proc, atom("unalias"), {ref}, 1, "not a reference");
  std::lock_guard<SpinLock> g(p->sigLock);
  auto it = findAlias(p, refIdOf(ref));
  if (it == p->aliases.end())
    return ATH_ATOM(false);
  p->aliases.erase(it);
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_monitor3(ath_proc *proc, ath_term type, ath_term target, ath_term opts) {
  bool alias = false;
  AliasMode mode = kAliasExplicit;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    Term o = consHead(l);
    if (!isTuple(o) || tupleArity(o) != 2 || tupleElem(o, 0) != atoms().alias)
      return badargErlAt(proc, atom("monitor"), {type, target, opts}, 3, "invalid option in list");
    Term m = tupleElem(o, 1);
    if (m == atoms().explicitUnalias)
      mode = kAliasExplicit;
    else if (m == atoms().demonitor)
      mode = kAliasDemonitor;
    else if (m == atoms().replyDemonitor)
      mode = kAliasReplyDemonitor;
    else
      return badargErlAt(proc, atom("monitor"), {type, target, opts}, 3, "invalid option in list");
    alias = true;
  }
  if (!isNil(l))
    return badargErlAt(proc, atom("monitor"), {type, target, opts}, 3, "not a list");
  return monitorProcess(proc, type, target, alias ? static_cast<int>(mode) : -1);
}

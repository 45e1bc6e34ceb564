// Process aliases (see Aliases.h).
//
// One global table, reference id -> (owner pid, mode), under a mutex. A send through an
// alias looks the entry up and pushes the message while holding the mutex, so once
// unalias/1 (which takes the same mutex) has returned, no message sent through the alias
// can still arrive: anything sent earlier is already in the owner's inbox. Entries of an
// owner that died are dropped by the next send to them.
#include "bif/Aliases.h"

#include "bif/Bif.h"
#include "proc/Signals.h"
#include "sys/SpinLock.h"

#include <atomic>
#include <mutex>
#include <unordered_map>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

enum class AliasMode : uint8_t {
  Explicit,       // only unalias/1
  Reply,          // first delivery, or unalias/1
  Demonitor,      // monitor removal / DOWN, or unalias/1
  ReplyDemonitor, // first delivery, monitor removal / DOWN, or unalias/1
};

struct AliasEntry {
  ath_term owner;
  AliasMode mode;
};

SpinLock gMutex; // short critical sections: a hash lookup and a mailbox push
std::unordered_map<uint64_t, AliasEntry> gAliases;
std::atomic<size_t> gCount{0}; // gAliases.size(), readable without the mutex

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

void addAlias(uint64_t id, Term owner, AliasMode mode) {
  std::lock_guard<SpinLock> g(gMutex);
  gAliases[id] = {owner, mode};
  gCount.store(gAliases.size(), std::memory_order_relaxed);
}

} // namespace

namespace athanor::rt {

void aliasSend(Process *p, ath_term ref, ath_term msg) {
  if (gCount.load(std::memory_order_acquire) == 0)
    return;
  uint64_t id = refIdOf(ref);
  Message *m = makeMessage(msg); // copied outside the lock
  Process *target = nullptr;
  bool delivered = false, wake = false;
  {
    std::lock_guard<SpinLock> g(gMutex);
    auto it = gAliases.find(id);
    if (it != gAliases.end()) {
      target = lookupProcess(it->second.owner);
      if (!target || it->second.mode == AliasMode::Reply ||
          it->second.mode == AliasMode::ReplyDemonitor) {
        gAliases.erase(it);
        gCount.store(gAliases.size(), std::memory_order_relaxed);
      }
      if (target) {
        wake = mailboxPush(target->mailbox, m);
        delivered = true;
      }
    }
  }
  if (!delivered)
    freeMessage(m);
  else if (wake)
    makeRunnable(schedulerOf(p), target, true); // as a send to a pid does
}

void aliasMonitorGone(uint64_t ref) {
  if (gCount.load(std::memory_order_acquire) == 0)
    return;
  std::lock_guard<SpinLock> g(gMutex);
  auto it = gAliases.find(ref);
  if (it != gAliases.end() &&
      (it->second.mode == AliasMode::Demonitor || it->second.mode == AliasMode::ReplyDemonitor)) {
    gAliases.erase(it);
    gCount.store(gAliases.size(), std::memory_order_relaxed);
  }
}

} // namespace athanor::rt

ATH_BIF ath_bif_erlang_monitor(ath_proc *proc, ath_term type, ath_term target);

ATH_BIF ath_bif_erlang_alias(ath_proc *proc) {
  Process *p = P(proc);
  uint64_t id = newRefId();
  addAlias(id, p->hot.self, AliasMode::Explicit);
  return refOf(p, id);
}

ATH_BIF ath_bif_erlang_alias1(ath_proc *proc, ath_term opts) {
  Process *p = P(proc);
  AliasMode mode = AliasMode::Explicit;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    Term o = consHead(l);
    if (o == atoms().explicitUnalias)
      mode = AliasMode::Explicit;
    else if (o == atoms().reply)
      mode = AliasMode::Reply;
    else
      return badargErlAt(proc, atom("alias"), {opts}, 1, "invalid option in list");
  }
  if (!isNil(l))
    return badargErlAt(proc, atom("alias"), {opts}, 1, "not a list");
  uint64_t id = newRefId();
  addAlias(id, p->hot.self, mode);
  return refOf(p, id);
}

ATH_BIF ath_bif_erlang_unalias(ath_proc *proc, ath_term ref) {
  Process *p = P(proc);
  if (!isRef(ref))
    return badargErlAt(proc, atom("unalias"), {ref}, 1, "not a reference");
  if (gCount.load(std::memory_order_acquire) == 0)
    return ATH_ATOM(false);
  std::lock_guard<SpinLock> g(gMutex);
  auto it = gAliases.find(refIdOf(ref));
  if (it == gAliases.end() || it->second.owner != p->hot.self)
    return ATH_ATOM(false);
  gAliases.erase(it);
  gCount.store(gAliases.size(), std::memory_order_relaxed);
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_monitor3(ath_proc *proc, ath_term type, ath_term target, ath_term opts) {
  Process *p = P(proc);
  bool alias = false;
  AliasMode mode = AliasMode::Explicit;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    Term o = consHead(l);
    if (!isTuple(o) || tupleArity(o) != 2 || tupleElem(o, 0) != atoms().alias)
      return badargErlAt(proc, atom("monitor"), {type, target, opts}, 3, "invalid option in list");
    Term m = tupleElem(o, 1);
    if (m == atoms().explicitUnalias)
      mode = AliasMode::Explicit;
    else if (m == atoms().demonitor)
      mode = AliasMode::Demonitor;
    else if (m == atoms().replyDemonitor)
      mode = AliasMode::ReplyDemonitor;
    else
      return badargErlAt(proc, atom("monitor"), {type, target, opts}, 3, "invalid option in list");
    alias = true;
  }
  if (!isNil(l))
    return badargErlAt(proc, atom("monitor"), {type, target, opts}, 3, "not a list");
  Term ref = ath_bif_erlang_monitor(proc, type, target);
  if (ref == ATH_NONVALUE || !alias)
    return ref;
  uint64_t id = refIdOf(ref);
  // If the target was already dead, its DOWN is already in our inbox: in the demonitor
  // modes the alias is born inactive, as in Erlang.
  bool dead = false;
  {
    std::lock_guard<SpinLock> g(p->sigLock);
    dead = true;
    for (auto &m : p->monitors)
      if (m.ref == id) {
        dead = false;
        break;
      }
  }
  if (!(dead && (mode == AliasMode::Demonitor || mode == AliasMode::ReplyDemonitor)))
    addAlias(id, p->hot.self, mode);
  return ref;
}

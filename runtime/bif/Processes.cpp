// Process BIFs: spawn (plain, linked, monitored; of a closure or of module/function/args),
// send, links, monitors, exit signals, trap_exit, the name registry, process_info, and
// ath_send for generated code.
//
// Semantics are Erlang's (proc/Signals.h): sending to a dead pid does nothing, to an
// unregistered name raises badarg; linking to a dead process raises :noproc unless the
// caller traps exits (then it gets {:EXIT, pid, :noproc}); monitoring a dead process or
// an unregistered name delivers {:DOWN, ref, :process, who, :noproc} at once;
// Process.exit(self(), reason) acts immediately. A spawned process starts in its parent's
// scheduler's runnext slot, so it runs as soon as the parent yields.
//
// Pointers from lookupProcess are valid only until this process's next scheduling point;
// BIFs never suspend, so they may use them throughout.
#include "bif/Aliases.h"
#include "bif/Bif.h"
#include "bif/Functions.h"
#include "mem/Copy.h"
#include "proc/Registry.h"
#include "proc/Signals.h"
#include "sched/Runtime.h"
#include "term/Compare.h"
#include "term/Structs.h"

#include <mutex>

using namespace athanor::rt;
using namespace athanor::rt::bif;

extern "C" ath_term ath_spawn_mfa_start(ath_proc *p, ath_term mfa);

namespace {

Term atom(const char *name) { return internAtom(name); }

enum SpawnFlags { kLink = 1, kMonitor = 2 };

Term refOf(Process *p, uint64_t id) {
  HeapBuilder b(p, 3, 0);
  return refTerm(b, id);
}

// Starts `entry(child, arg)` with arg copied into the child's heap.
Term spawnWith(ath_proc *proc, Process::EntryFn entry, Term arg, Term initialCall, int flags) {
  Process *p = P(proc);
  Scheduler *s = schedulerOf(p);
  Process *child = createProcess(s, entry, arg);
  child->parent = p->hot.self;
  if (initialCall) {
    Block *icFragment = nullptr;
    child->initialCall = copyToFragment(initialCall, &icFragment);
    if (icFragment)
      heapAdopt(child, icFragment);
  }
  Term pid = child->hot.self;
  if (flags & kLink)
    linkProcesses(p, pid);
  uint64_t ref = 0;
  if (flags & kMonitor) {
    ref = newRefId(p);
    addMonitor(p, pid, ref, 0);
  }
  // Behind the runnable processes (FIFO, as BEAM): it runs when its parent parks, yields
  // or is preempted, so `pid = spawn(f); Process.monitor(pid)` monitors a live process.
  makeRunnable(s, child, false);
  if (flags & kMonitor)
    return makeTuple(p, {pid, refOf(p, ref)});
  return pid;
}

Term spawnFun(ath_proc *p, Term fun, int flags, const char *name) {
  if (!isFun(fun))
    return badargErlAt(p, atom(name), {fun}, 1, "not a fun");
  // ath_apply_fun(p, fun, []) is the entry itself (sched/Context.S passes []).
  auto entry = reinterpret_cast<Process::EntryFn>(reinterpret_cast<void (*)()>(&ath_apply_fun));
  return spawnWith(p, entry, fun, 0, flags);
}

Term spawnMfa(ath_proc *p, Term m, Term f, Term args, int flags, const char *name) {
  uint64_t n;
  if (!isAtom(m))
    return badargErlAt(p, atom(name), {m, f, args}, 1, "not an atom");
  if (!isAtom(f))
    return badargErlAt(p, atom(name), {m, f, args}, 2, "not an atom");
  if (!properLength(args, n))
    return badargErlAt(p, atom(name), {m, f, args}, 3, "not a list");
  Term mfa = makeTuple(P(p), {m, f, args});
  Term ic = makeTuple(P(p), {m, f, makeSmall(static_cast<int64_t>(n))});
  return spawnWith(p, &ath_spawn_mfa_start, mfa, ic, flags);
}

// The pid a send destination names, or 0 (no such name); false if it is not a destination.
bool resolveDest(Term dest, Term &pid) {
  if (isPid(dest)) {
    pid = dest;
    return true;
  }
  if (isAtom(dest)) {
    pid = whereisName(dest);
    return true;
  }
  if (isTuple(dest) && tupleArity(dest) == 2 && isAtom(tupleElem(dest, 0)) &&
      tupleElem(dest, 1) == ATH_ATOM(nonode_at_nohost)) {
    pid = whereisName(tupleElem(dest, 0));
    return true;
  }
  return false;
}

Term statusOf(Process *self, Process *o) {
  if (o == self)
    return ATH_ATOM(running);
  switch (o->state.load(std::memory_order_relaxed)) {
  case ProcState::Running:
    return ATH_ATOM(running);
  case ProcState::Waiting:
    return ATH_ATOM(waiting);
  case ProcState::Exiting:
  case ProcState::Free:
    return ATH_ATOM(exiting);
  default:
    return ATH_ATOM(runnable);
  }
}

// The value of one process_info item (without its {item, _} wrapper), or 0 if the item
// is not one we know.
Term infoItem(ath_proc *proc, Process *o, Term item) {
  Process *p = P(proc);
  std::vector<Term> pids;
  switch (ath_atom_index(item)) {
  case ATH_ATOM_INDEX_message_queue_len:
    if (o == p)
      processPendingSignals(p);
    return makeSmall(static_cast<int64_t>(o->mailbox.length()));
  case ATH_ATOM_INDEX_links: {
    std::lock_guard<SpinLock> g(o->sigLock);
    pids = o->links;
    break;
  }
  case ATH_ATOM_INDEX_monitored_by: {
    std::lock_guard<SpinLock> g(o->sigLock);
    for (auto &w : o->watchers)
      pids.push_back(w.pid);
    break;
  }
  case ATH_ATOM_INDEX_monitors: {
    std::vector<MonitorEntry> ms;
    {
      std::lock_guard<SpinLock> g(o->sigLock);
      ms = o->monitors;
    }
    std::vector<Term> items;
    ScopedRoots roots(p, items);
    for (auto &m : ms) {
      Term who = m.name ? makeTuple(p, {m.name, ATH_ATOM(nonode_at_nohost)}) : m.pid;
      Term t = makeTuple(p, {ATH_ATOM(process), who});
      items.push_back(t);
    }
    return makeList(p, items);
  }
  case ATH_ATOM_INDEX_registered_name:
    return o->registeredName ? o->registeredName : ATH_NIL;
  case ATH_ATOM_INDEX_status:
    return statusOf(p, o);
  case ATH_ATOM_INDEX_dictionary:
    return o == p ? p->dictionary : copyToHeap(p, o->dictionary);
  case ATH_ATOM_INDEX_trap_exit:
    return boolTerm(o->trapExit);
  case ATH_ATOM_INDEX_heap_size:
  case ATH_ATOM_INDEX_total_heap_size:
    return makeSmall(static_cast<int64_t>(o->heap.totalWords));
  case ATH_ATOM_INDEX_memory:
    return makeSmall(static_cast<int64_t>(sizeof(Process) + 8 * o->heap.totalWords + o->image.capacity));
  case ATH_ATOM_INDEX_reductions:
    return makeSmall(0);
  case ATH_ATOM_INDEX_priority:
    return ATH_ATOM(normal);
  case ATH_ATOM_INDEX_initial_call:
  case ATH_ATOM_INDEX_current_function:
    if (o->initialCall)
      return o == p ? o->initialCall : copyToHeap(p, o->initialCall);
    return makeTuple(p, {atom("erlang"), atom("apply"), makeSmall(2)});
  case ATH_ATOM_INDEX_group_leader:
    return o->parent ? o->parent : o->hot.self;
  case ATH_ATOM_INDEX_messages: {
    if (o != p)
      return ATH_NIL;
    processPendingSignals(p);
    // Terms in fragments are copied; those already in the heap (inHeap) are rooted by the
    // queue, so each is read only when it is used (a collection may move it).
    std::vector<Term> copies;
    ScopedRoots roots(p, copies);
    for (Message *m = p->mailbox.head; m; m = m->next)
      copies.push_back(m->inHeap ? m->term : copyToHeap(p, m->term));
    return makeList(p, copies);
  }
  default:
    return 0;
  }
  return makeList(p, pids);
}

bool isBoolean(Term t) { return t == ATH_ATOM(true) || t == ATH_ATOM(false); }

} // namespace

// ---- spawn ----

ATH_BIF ath_bif_erlang_self(ath_proc *p) { return P(p)->hot.self; }

ATH_BIF ath_bif_erlang_spawn(ath_proc *p, ath_term fun) { return spawnFun(p, fun, 0, "spawn"); }
ATH_BIF ath_bif_erlang_spawn_link(ath_proc *p, ath_term fun) {
  return spawnFun(p, fun, kLink, "spawn_link");
}
ATH_BIF ath_bif_erlang_spawn_monitor(ath_proc *p, ath_term fun) {
  return spawnFun(p, fun, kMonitor, "spawn_monitor");
}
ATH_BIF ath_bif_erlang_spawn3(ath_proc *p, ath_term m, ath_term f, ath_term a) {
  return spawnMfa(p, m, f, a, 0, "spawn");
}
ATH_BIF ath_bif_erlang_spawn_link3(ath_proc *p, ath_term m, ath_term f, ath_term a) {
  return spawnMfa(p, m, f, a, kLink, "spawn_link");
}
ATH_BIF ath_bif_erlang_spawn_monitor3(ath_proc *p, ath_term m, ath_term f, ath_term a) {
  return spawnMfa(p, m, f, a, kMonitor, "spawn_monitor");
}

struct MfaCode {
  void *code;
  uint64_t arity;
};

// Called by ath_spawn_mfa_start (sched/Context.S) in the new process.
extern "C" MfaCode ath_spawn_mfa_resolve(ath_proc *, ath_term mfa) {
  uint64_t n;
  properLength(tupleElem(mfa, 2), n);
  const ath_fun_entry *e =
      findExportedFunction(tupleElem(mfa, 0), tupleElem(mfa, 1), static_cast<uint32_t>(n));
  if (!e)
    return {nullptr, 0};
  return {e->code, n};
}

extern "C" ath_term ath_spawn_mfa_undef(ath_proc *p, ath_term mfa) {
  return raiseBifError(p, ATH_ATOM(undef), tupleElem(mfa, 0), tupleElem(mfa, 1), {});
}

// ---- send ----

ATH_BIF ath_bif_erlang_send(ath_proc *proc, ath_term dest, ath_term msg) {
  Process *p = P(proc);
  Term pid;
  if (isRef(dest)) { // a process alias (bif/Aliases.h)
    aliasSend(p, dest, msg);
    return msg;
  }
  if (!resolveDest(dest, pid) || (!pid && !isPid(dest)))
    return badargErlAt(proc, atom("send"), {dest, msg}, 1, "invalid destination");
  if (Process *target = lookupProcess(pid))
    sendMessage(schedulerOf(p), target, msg, true);
  return msg;
}

extern "C" ath_term ath_send(ath_proc *p, ath_term dest, ath_term msg) {
  return ath_bif_erlang_send(p, dest, msg);
}

// ---- links, monitors, exit signals ----

ATH_BIF ath_bif_erlang_link(ath_proc *proc, ath_term pid) {
  Process *p = P(proc);
  if (!isPid(pid))
    return badargErlAt(proc, atom("link"), {pid}, 1, "not a pid");
  if (linkProcesses(p, pid))
    return ATH_ATOM(true);
  if (!p->trapExit)
    return raiseBifError(proc, ATH_ATOM(noproc), ATH_ATOM(erlang), atom("link"), {pid});
  HeapBuilder b(p, 4, 0);
  Term msg = b.tuple({ATH_ATOM(EXIT), pid, ATH_ATOM(noproc)});
  mailboxPush(p->mailbox, makeMessage(msg));
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_unlink(ath_proc *proc, ath_term pid) {
  if (!isPid(pid))
    return badargErlAt(proc, atom("unlink"), {pid}, 1, "not a pid");
  unlinkProcesses(P(proc), pid);
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_monitor(ath_proc *proc, ath_term type, ath_term target) {
  return monitorProcess(proc, type, target, -1);
}

ath_term athanor::rt::monitorProcess(ath_proc *proc, ath_term type, ath_term target,
                                     int aliasMode) {
  Process *p = P(proc);
  if (type != ATH_ATOM(process))
    return badargErlAt(proc, atom("monitor"), {type, target}, 1, "invalid monitor type");
  Term name = 0, pid = 0;
  if (isPid(target)) {
    pid = target;
  } else if (isAtom(target)) {
    name = target;
  } else if (isTuple(target) && tupleArity(target) == 2 && isAtom(tupleElem(target, 0)) &&
             isAtom(tupleElem(target, 1))) {
    name = tupleElem(target, 0);
  } else {
    return badargErlAt(proc, atom("monitor"), {type, target}, 2, "invalid monitor target");
  }
  if (name)
    pid = whereisName(name);
  uint64_t ref = newRefId(p);
  ProcessAlias alias{ref, static_cast<uint32_t>(aliasMode)};
  if (!pid || !addMonitor(p, pid, ref, name, aliasMode >= 0 ? &alias : nullptr)) {
    if (aliasMode >= 0 && !aliasEndsWithMonitor(alias.mode)) {
      std::lock_guard<SpinLock> g(p->sigLock);
      p->aliases.push_back(alias);
    }
    Term who = name ? makeTuple(p, {name, ATH_ATOM(nonode_at_nohost)}) : pid;
    sendDown(schedulerOf(p), p->hot.self, ref, who, ATH_ATOM(noproc), /*active=*/false);
  }
  return refOf(p, ref);
}

namespace {
Term demonitor(ath_proc *proc, Term ref, Term opts, bool two) {
  Process *p = P(proc);
  if (!isRef(ref))
    return badargErlAt(proc, atom("demonitor"), {ref, opts}, 1, "not a reference");
  bool flush = false, info = false;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    if (consHead(l) == ATH_ATOM(flush))
      flush = true;
    else if (consHead(l) == ATH_ATOM(info))
      info = true;
    else
      return badargErlAt(proc, atom("demonitor"), {ref, opts}, 2, "invalid option in list");
  }
  if (!isNil(l))
    return badargErlAt(proc, atom("demonitor"), {ref, opts}, 2, "not a list");
  uint64_t id = refIdOf(ref);
  // With :flush, signals that already arrived are taken in first: a DOWN among them ends
  // the monitor and becomes a message. So if the monitor is still active when removed, no
  // DOWN for it is in the mailbox (and none will be: takeIn drops a DOWN whose monitor is
  // gone), and the mailbox need not be scanned (Task.await of many finished tasks would
  // otherwise scan the whole mailbox for each).
  if (flush)
    processPendingSignals(p);
  bool active = removeMonitor(p, id); // and its alias, in the modes that end with it
  if (flush && !active) {
    mailboxRemoveFirst(p->mailbox, [&](Message *m) {
      Term t = m->term;
      return m->kind == MessageKind::Normal && isTuple(t) && tupleArity(t) == 5 &&
             tupleElem(t, 0) == ATH_ATOM(DOWN) && isRef(tupleElem(t, 1)) &&
             refIdOf(tupleElem(t, 1)) == id;
    });
  }
  (void)two;
  if (info) // whether the monitor was still active (false once its DOWN was sent)
    return boolTerm(active);
  return ATH_ATOM(true);
}
} // namespace

ATH_BIF ath_bif_erlang_demonitor(ath_proc *p, ath_term ref) { return demonitor(p, ref, ATH_NIL, false); }
ATH_BIF ath_bif_erlang_demonitor2(ath_proc *p, ath_term ref, ath_term opts) {
  return demonitor(p, ref, opts, true);
}

ATH_BIF ath_bif_erlang_exit2(ath_proc *proc, ath_term pid, ath_term reason) {
  Process *p = P(proc);
  if (!isPid(pid))
    return badargErlAt(proc, atom("exit"), {pid, reason}, 1, "not a pid");
  if (pid == p->hot.self)
    exitSelf(p, reason);
  else
    sendExitSignal(schedulerOf(p), p->hot.self, pid, reason, false);
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_process_flag(ath_proc *proc, ath_term flag, ath_term value) {
  Process *p = P(proc);
  if (flag != ATH_ATOM(trap_exit))
    return badargErlAt(proc, atom("process_flag"), {flag, value}, 1, "invalid process flag");
  if (!isBoolean(value))
    return badargErlAt(proc, atom("process_flag"), {flag, value}, 2,
                       "invalid value for this process flag");
  bool old = p->trapExit;
  p->trapExit = value == ATH_ATOM(true);
  return boolTerm(old);
}

ATH_BIF ath_bif_erlang_is_process_alive(ath_proc *proc, ath_term pid) {
  if (!isPid(pid))
    return badargErlAt(proc, atom("is_process_alive"), {pid}, 1, "not a pid");
  Process *o = lookupProcess(pid);
  if (!o)
    return ATH_ATOM(false);
  if (o == P(proc))
    return boolTerm(!o->killReason.load(std::memory_order_relaxed));
  std::lock_guard<SpinLock> g(o->sigLock);
  return boolTerm(!o->dyingOrGone());
}

// ---- registry ----

ATH_BIF ath_bif_erlang_register(ath_proc *proc, ath_term name, ath_term pid) {
  if (!isAtom(name))
    return badargErlAt(proc, atom("register"), {name, pid}, 1, "not an atom");
  if (name == ATH_ATOM(undefined))
    return badargErlAt(proc, atom("register"), {name, pid}, 1, "'undefined' is not a valid name");
  if (!isPid(pid))
    return badargErlAt(proc, atom("register"), {name, pid}, 2, "not a pid or port");
  Process *o = lookupProcess(pid);
  if (!o)
    return badargErlAt(proc, atom("register"), {name, pid}, 2,
                       "the pid does not refer to an existing process");
  if (o->registeredName)
    return badargErlAt(proc, atom("register"), {name, pid}, 2,
                       "this process or port already has a name");
  if (!registerName(name, pid))
    return badargErlAt(proc, atom("register"), {name, pid}, 1, "this name is already registered");
  o->registeredName = name;
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_unregister(ath_proc *proc, ath_term name) {
  if (!isAtom(name))
    return badargErlAt(proc, atom("unregister"), {name}, 1, "not an atom");
  Term pid = whereisName(name);
  if (!pid || !unregisterName(name))
    return badargErlAt(proc, atom("unregister"), {name}, 1, "not a pid");
  if (Process *o = lookupProcess(pid))
    if (o->registeredName == name)
      o->registeredName = 0;
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_whereis(ath_proc *proc, ath_term name) {
  if (!isAtom(name))
    return badargErlAt(proc, atom("whereis"), {name}, 1, "not an atom");
  Term pid = whereisName(name);
  return pid ? pid : ATH_ATOM(undefined);
}

ATH_BIF ath_bif_erlang_registered(ath_proc *p) {
  std::vector<Term> names = registeredNames(); // atoms: nothing to root
  return makeList(P(p), names);
}

// ---- process_info, processes ----

ATH_BIF ath_bif_erlang_process_info(ath_proc *proc, ath_term pid, ath_term item) {
  Process *p = P(proc);
  if (!isPid(pid))
    return badargErlAt(proc, atom("process_info"), {pid, item}, 1, "not a pid");
  Process *o = lookupProcess(pid);
  if (o && o != p &&
      (o->killPending.load(std::memory_order_acquire) || o->killReason.load(std::memory_order_acquire)))
    o = nullptr; // about to die of an exit signal: gone, as on BEAM
  if (isAtom(item)) {
    if (!o) {
      // The item is still validated, as Erlang does.
      return ATH_ATOM(undefined);
    }
    Term v = infoItem(proc, o, item);
    if (!v)
      return badargErlAt(proc, atom("process_info"), {pid, item}, 2, "invalid item or item list");
    return makeTuple(p, {item, v});
  }
  std::vector<Term> items;
  if (!listElements(item, items))
    return badargErlAt(proc, atom("process_info"), {pid, item}, 2, "invalid item or item list");
  if (!o)
    return ATH_ATOM(undefined);
  std::vector<Term> out;
  ScopedRoots roots(p, out);
  for (Term i : items) {
    Term v = isAtom(i) ? infoItem(proc, o, i) : 0;
    if (!v)
      return badargErlAt(proc, atom("process_info"), {pid, item}, 2, "invalid item or item list");
    Term t = makeTuple(p, {i, v});
    out.push_back(t);
  }
  return makeList(p, out);
}

ATH_BIF ath_bif_erlang_processes(ath_proc *p) {
  std::vector<Term> pids = allPids(); // immediates
  return makeList(P(p), pids);
}

ATH_BIF ath_bif_erlang_make_ref(ath_proc *p) { return refOf(P(p), newRefId(P(p))); }

ATH_BIF ath_bif_erlang_node(ath_proc *) { return ATH_ATOM(nonode_at_nohost); }

ATH_BIF ath_bif_erlang_node1(ath_proc *p, ath_term t) {
  if (!isPid(t) && !isRef(t))
    return badargErlAt(p, atom("node"), {t}, 1, "not a pid");
  return ATH_ATOM(nonode_at_nohost);
}

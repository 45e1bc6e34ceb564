// Timers and clocks: send_after/start_timer/cancel_timer/read_timer (timer references; the message is
// copied when the timer is set and delivered by the scheduler whose wheel holds it),
// monotonic and system time in Erlang's units, and unique_integer.
#include "bif/Bif.h"
#include "proc/Signals.h"
#include "sched/SendTimers.h"
#include "term/Bignum.h"

#include <atomic>
#include <ctime>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

// send_after/3,4, and start_timer/3,4 (`timeout`: the message is {:timeout, ref, msg}).
Term sendAfter(ath_proc *proc, Term time, Term dest, Term msg, Term opts, bool four,
               bool timeout = false) {
  Process *p = P(proc);
  const char *fn = timeout ? "start_timer" : "send_after";
  bool absolute = false;
  if (four) {
    Term l = opts;
    for (; isCons(l); l = consTail(l)) {
      Term o = consHead(l);
      if (isTuple(o) && tupleArity(o) == 2 && tupleElem(o, 0) == ATH_ATOM(abs) &&
          (tupleElem(o, 1) == ATH_ATOM(true) || tupleElem(o, 1) == ATH_ATOM(false)))
        absolute = tupleElem(o, 1) == ATH_ATOM(true);
      else
        return badargErlAt(proc, atom(fn), {time, dest, msg, opts}, 4, "invalid option in list");
    }
    if (!isNil(l))
      return badargErlAt(proc, atom(fn), {time, dest, msg, opts}, 4, "not a list");
  }
  if (!isSmall(time) || (!absolute && smallValue(time) < 0) || smallValue(time) > (int64_t(1) << 42))
    return badargErlAt(proc, atom(fn), {time, dest, msg}, 1, "out of range");
  if (!isPid(dest) && !isAtom(dest))
    return badargErlAt(proc, atom(fn), {time, dest, msg}, 2, "not a pid or an atom");
  uint64_t now = nowMs();
  int64_t t = smallValue(time);
  uint64_t deadline = absolute ? (t > 0 ? static_cast<uint64_t>(t) : 0) : now + static_cast<uint64_t>(t);
  uint64_t id = newRefId(P(proc));
  auto *timer = new SendTimer();
  timer->kind = TimerKind::Send;
  timer->deadline = deadline;
  timer->refId[0] = id;
  timer->dest = dest;
  if (timeout) {
    ScratchBuilder sb;
    timer->message = makeMessage(sb.tuple({ATH_ATOM(timeout), refTerm(sb, id), msg}));
  } else {
    timer->message = makeMessage(msg);
  }
  rememberSendTimer(timer);
  schedulerOf(p)->timers.insert(timer);
  HeapBuilder b(p, 3, 0);
  return refTerm(b, id);
}

Term remainingOrFalse(int64_t left) { return left < 0 ? ATH_ATOM(false) : makeSmall(left); }

} // namespace

ATH_BIF ath_bif_erlang_send_after(ath_proc *p, ath_term time, ath_term dest, ath_term msg) {
  return sendAfter(p, time, dest, msg, ATH_NIL, false);
}
ATH_BIF ath_bif_erlang_send_after4(ath_proc *p, ath_term time, ath_term dest, ath_term msg,
                                   ath_term opts) {
  return sendAfter(p, time, dest, msg, opts, true);
}

ATH_BIF ath_bif_erlang_start_timer(ath_proc *p, ath_term time, ath_term dest, ath_term msg) {
  return sendAfter(p, time, dest, msg, ATH_NIL, false, true);
}
ATH_BIF ath_bif_erlang_start_timer4(ath_proc *p, ath_term time, ath_term dest, ath_term msg,
                                    ath_term opts) {
  return sendAfter(p, time, dest, msg, opts, true, true);
}

ATH_BIF ath_bif_erlang_cancel_timer(ath_proc *p, ath_term ref) {
  if (!isRef(ref))
    return badargErlAt(p, atom("cancel_timer"), {ref}, 1, "not a reference");
  return remainingOrFalse(cancelSendTimer(refIdOf(ref)));
}

ATH_BIF ath_bif_erlang_cancel_timer2(ath_proc *proc, ath_term ref, ath_term opts) {
  if (!isRef(ref))
    return badargErlAt(proc, atom("cancel_timer"), {ref, opts}, 1, "not a reference");
  bool async = false, info = true;
  Term l = opts;
  for (; isCons(l); l = consTail(l)) {
    Term o = consHead(l);
    if (!isTuple(o) || tupleArity(o) != 2 ||
        (tupleElem(o, 1) != ATH_ATOM(true) && tupleElem(o, 1) != ATH_ATOM(false)))
      return badargErlAt(proc, atom("cancel_timer"), {ref, opts}, 2, "invalid option in list");
    if (tupleElem(o, 0) == ATH_ATOM(async))
      async = tupleElem(o, 1) == ATH_ATOM(true);
    else if (tupleElem(o, 0) == ATH_ATOM(info))
      info = tupleElem(o, 1) == ATH_ATOM(true);
    else
      return badargErlAt(proc, atom("cancel_timer"), {ref, opts}, 2, "invalid option in list");
  }
  Term result = remainingOrFalse(cancelSendTimer(refIdOf(ref)));
  if (!async)
    return info ? result : ATH_ATOM(ok);
  if (info) { // the answer comes as a message {:cancel_timer, ref, result}
    Process *p = P(proc);
    HeapBuilder b(p, 4, 0);
    Term msg = b.tuple({atom("cancel_timer"), ref, result});
    deliverMessage(schedulerOf(p), p, makeMessage(msg), false);
  }
  return ATH_ATOM(ok);
}

ATH_BIF ath_bif_erlang_read_timer(ath_proc *p, ath_term ref) {
  if (!isRef(ref))
    return badargErlAt(p, atom("read_timer"), {ref}, 1, "not a reference");
  return remainingOrFalse(readSendTimer(refIdOf(ref)));
}

// ---- clocks ----

namespace {

int64_t clockNs(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Parts per second of a time unit; 0 if `unit` is not one.
int64_t unitScale(Term unit) {
  if (isSmall(unit))
    return smallValue(unit) > 0 ? smallValue(unit) : 0;
  switch (ath_atom_index(unit)) {
  case ATH_ATOM_INDEX_second:
  case ATH_ATOM_INDEX_seconds:
    return 1;
  case ATH_ATOM_INDEX_millisecond:
  case ATH_ATOM_INDEX_milli_seconds:
    return 1000;
  case ATH_ATOM_INDEX_microsecond:
  case ATH_ATOM_INDEX_micro_seconds:
    return 1000000;
  case ATH_ATOM_INDEX_nanosecond:
  case ATH_ATOM_INDEX_nano_seconds:
  case ATH_ATOM_INDEX_native:
  case ATH_ATOM_INDEX_perf_counter:
    return 1000000000;
  default:
    return 0;
  }
}

Term timeIn(ath_proc *p, int64_t ns, Term unit, const char *fn) {
  int64_t scale = isAtom(unit) || isSmall(unit) ? unitScale(unit) : 0;
  if (!scale)
    return badargErlAt(p, atom(fn), {unit}, 1, "invalid time unit");
  __int128 v = static_cast<__int128>(ns) * scale;
  __int128 q = v / 1000000000;
  if (v % 1000000000 != 0 && v < 0) // floor, as Erlang converts
    --q;
  return makeInteger(P(p), q);
}

} // namespace

ATH_BIF ath_bif_erlang_convert_time_unit(ath_proc *p, ath_term time, ath_term from, ath_term to) {
  int64_t f = unitScale(from), t = unitScale(to);
  if (!isInteger(time))
    return badargErlAt(p, atom("convert_time_unit"), {time, from, to}, 1, "not an integer");
  if (!f)
    return badargErlAt(p, atom("convert_time_unit"), {time, from, to}, 2, "invalid time unit");
  if (!t)
    return badargErlAt(p, atom("convert_time_unit"), {time, from, to}, 3, "invalid time unit");
  Mpz z(time), r;
  mpz_mul_si(z, z, t);
  mpz_fdiv_q_ui(r, z, static_cast<unsigned long>(f)); // floor, as Erlang converts
  return makeInteger(P(p), static_cast<mpz_srcptr>(r));
}

ATH_BIF ath_bif_erlang_monotonic_time(ath_proc *p) { return makeSmall(clockNs(CLOCK_MONOTONIC)); }
ATH_BIF ath_bif_erlang_monotonic_time1(ath_proc *p, ath_term unit) {
  return timeIn(p, clockNs(CLOCK_MONOTONIC), unit, "monotonic_time");
}
ATH_BIF ath_bif_erlang_system_time(ath_proc *p) { return makeSmall(clockNs(CLOCK_REALTIME)); }
ATH_BIF ath_bif_erlang_system_time1(ath_proc *p, ath_term unit) {
  return timeIn(p, clockNs(CLOCK_REALTIME), unit, "system_time");
}

namespace {
std::atomic<int64_t> uniqueCounter{1};
} // namespace

ATH_BIF ath_bif_erlang_unique_integer(ath_proc *) {
  // Like BEAM's, plain unique integers start far below zero.
  return makeSmall(uniqueCounter.fetch_add(1, std::memory_order_relaxed) - (int64_t(1) << 59));
}

ATH_BIF ath_bif_erlang_unique_integer1(ath_proc *p, ath_term modifiers) {
  bool positive = false;
  Term l = modifiers;
  for (; isCons(l); l = consTail(l)) {
    if (consHead(l) == ATH_ATOM(positive))
      positive = true;
    else if (consHead(l) != ATH_ATOM(monotonic))
      return badargErlAt(p, atom("unique_integer"), {modifiers}, 1, "invalid modifier");
  }
  if (!isNil(l))
    return badargErlAt(p, atom("unique_integer"), {modifiers}, 1, "not a list");
  int64_t n = uniqueCounter.fetch_add(1, std::memory_order_relaxed);
  return makeSmall(positive ? n : n - (int64_t(1) << 59));
}

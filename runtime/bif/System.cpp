// System BIFs: function_exported/3, fun_info/2, halt/0,1, garbage_collect/0,
// system_info/1.
#include "bif/Bif.h"
#include "bif/Functions.h"
#include "format/ToString.h"
#include "mem/Gc.h"
#include "sched/Runtime.h"
#include "term/Atoms.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {
Term atom(const char *name) { return internAtom(name); }
} // namespace

ATH_BIF ath_bif_erlang_function_exported(ath_proc *p, ath_term m, ath_term f, ath_term a) {
  if (!isAtom(m) || !isAtom(f) || !isSmall(a) || smallValue(a) < 0)
    return badargErl(p, atom("function_exported"), {m, f, a});
  uint32_t arity = static_cast<uint32_t>(smallValue(a));
  return boolTerm(findExportedFunction(m, f, arity) || isBif(m, f, arity));
}

ATH_BIF ath_bif_erlang_fun_info(ath_proc *proc, ath_term fun, ath_term item) {
  Process *p = P(proc);
  if (!isFun(fun))
    return badargErlAt(proc, atom("fun_info"), {fun, item}, 1, "not a fun");
  const ath_fun_info *info = funInfo(fun);
  Term v;
  switch (isAtom(item) ? ath_atom_index(item) : UINT32_MAX) {
  case ATH_ATOM_INDEX_arity:
    v = makeSmall(info->arity);
    break;
  case ATH_ATOM_INDEX_module:
    v = info->module;
    break;
  case ATH_ATOM_INDEX_name:
    v = info->name;
    break;
  case ATH_ATOM_INDEX_type:
    v = info->is_capture ? ATH_ATOM(external) : ATH_ATOM(local);
    break;
  case ATH_ATOM_INDEX_env: {
    std::vector<Term> env;
    for (uint64_t i = 0; i < funFreeCount(fun); ++i)
      env.push_back(funFree(fun, i));
    v = makeList(p, env);
    break;
  }
  case ATH_ATOM_INDEX_pid:
    v = ATH_ATOM(undefined);
    break;
  case ATH_ATOM_INDEX_index:
  case ATH_ATOM_INDEX_new_index:
    v = makeSmall(info->unique);
    break;
  case ATH_ATOM_INDEX_uniq:
  case ATH_ATOM_INDEX_new_uniq:
    v = makeSmall(0);
    break;
  default:
    return badargErlAt(proc, atom("fun_info"), {fun, item}, 2, "invalid item");
  }
  return makeTuple(p, {item, v});
}

ATH_BIF ath_bif_erlang_halt(ath_proc *) { haltProgram(0); }

ATH_BIF ath_bif_erlang_halt1(ath_proc *p, ath_term status) {
  if (isSmall(status) && smallValue(status) >= 0)
    haltProgram(static_cast<int>(smallValue(status) & 0xFF));
  if (status == atom("abort")) {
    std::fflush(stdout);
    std::abort();
  }
  std::string slogan;
  if (isBinary(status) || (isList(status) && athanor::format::chardataToString(status, slogan))) {
    if (isBinary(status))
      slogan.assign(binaryView(status));
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n", slogan.c_str());
    haltProgram(1);
  }
  return badargErlAt(p, atom("halt"), {status}, 1, "invalid status");
}

ATH_BIF ath_bif_athanor_set_stop_status(ath_proc *p, ath_term status) {
  if (!isSmall(status) || smallValue(status) < 0)
    return badargErlAt(p, atom("set_stop_status"), {status}, 1, "invalid status");
  runtime().stopStatus.store(static_cast<int>(smallValue(status) & 0xFF), std::memory_order_relaxed);
  return ATH_ATOM(ok);
}

ATH_BIF ath_bif_erlang_garbage_collect(ath_proc *p) {
  collectGarbage(P(p), 0);
  return ATH_ATOM(true);
}

ATH_BIF ath_bif_erlang_system_info(ath_proc *p, ath_term item) {
  switch (isAtom(item) ? ath_atom_index(item) : UINT32_MAX) {
  case ATH_ATOM_INDEX_schedulers:
  case ATH_ATOM_INDEX_schedulers_online:
    return makeSmall(std::max(schedulerCount(), 1));
  case ATH_ATOM_INDEX_logical_processors:
  case ATH_ATOM_INDEX_logical_processors_available:
    return makeSmall(sysconf(_SC_NPROCESSORS_ONLN));
  case ATH_ATOM_INDEX_process_count:
    return makeSmall(static_cast<int64_t>(liveProcessCount()));
  case ATH_ATOM_INDEX_process_limit:
    return makeSmall(int64_t(1) << 27);
  case ATH_ATOM_INDEX_atom_count:
    return makeSmall(atomCount());
  case ATH_ATOM_INDEX_wordsize:
    return makeSmall(8);
  case ATH_ATOM_INDEX_otp_release: {
    HeapBuilder b(P(p), 0, 2);
    return b.cons(makeSmall('2'), b.cons(makeSmall('5'), ATH_NIL));
  }
  default:
    return badargErlAt(p, atom("system_info"), {item}, 1, "invalid system info item");
  }
}

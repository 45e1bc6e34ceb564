// Raising: the pending-exception convention of rt.h (ath_raise & co.) and the erlang BIFs
// error/1,2, throw/1, exit/1 and raise/3.
#include "bif/Bif.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

extern "C" ath_term ath_raise(ath_proc *proc, ath_term cls, ath_term value) {
  ath_proc_hot &h = asProcess(proc)->hot;
  h.exc_class = cls;
  h.exc_value = value;
  h.exc_stack = ATH_NIL;
  return ATH_NONVALUE;
}

extern "C" ath_term ath_error(ath_proc *proc, ath_term reason) {
  return ath_raise(proc, ATH_ATOM(error), reason);
}

extern "C" ath_term ath_error_tagged(ath_proc *proc, ath_term tag, ath_term value) {
  Process *p = asProcess(proc);
  HeapBuilder b(p, 3, 0);
  return ath_raise(proc, ATH_ATOM(error), b.tuple({tag, value}));
}

extern "C" void ath_exception_clear(ath_proc *proc) {
  ath_proc_hot &h = asProcess(proc)->hot;
  h.exc_class = ATH_ATOM(nil);
  h.exc_value = ATH_ATOM(nil);
  h.exc_stack = ATH_NIL;
}

ATH_BIF ath_bif_erlang_error(ath_proc *p, ath_term reason) { return ath_error(p, reason); }

ATH_BIF ath_bif_erlang_error2(ath_proc *p, ath_term reason, ath_term) {
  return ath_error(p, reason);
}

ATH_BIF ath_bif_erlang_throw(ath_proc *p, ath_term value) {
  return ath_raise(p, ATH_ATOM(throw), value);
}

ATH_BIF ath_bif_erlang_exit(ath_proc *p, ath_term reason) {
  return ath_raise(p, ATH_ATOM(exit), reason);
}

// raise(Class, Reason, Stacktrace): a bad class is not an error but the result :badarg,
// as in Erlang.
ATH_BIF ath_bif_erlang_raise(ath_proc *p, ath_term cls, ath_term reason, ath_term stack) {
  if (cls != ATH_ATOM(error) && cls != ATH_ATOM(exit) && cls != ATH_ATOM(throw))
    return ATH_ATOM(badarg);
  ath_raise(p, cls, reason);
  P(p)->hot.exc_stack = isList(stack) ? stack : ATH_NIL;
  return ATH_NONVALUE;
}

// Raising exceptions: storing the pending exception in the process and returning
// ATH_NONVALUE (the error convention of rt.h).
#include "mem/Builder.h"
#include "proc/Process.h"

using namespace athanor::rt;

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

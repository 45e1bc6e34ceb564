// A fallback for every entry of athanor/bifs.def: a weak definition that raises
// UndefinedFunctionError (":undef", naming the function) when called. The real
// implementations in runtime/bif/ are strong definitions and replace these at link time,
// so a BIF listed in bifs.def but not (yet) implemented fails cleanly at run time instead
// of breaking the link of every program.
#include "term/Atoms.h"

#include "athanor/rt.h"

extern "C" ath_term ath_raise_undef(ath_proc *p, ath_term module, ath_term name, ath_term args);

namespace {

ath_term unimplemented(ath_proc *p, const char *module, const char *name) {
  using athanor::rt::internAtom;
  return ath_raise_undef(p, internAtom(module), internAtom(name), ATH_NIL);
}

} // namespace

#define BIF(m, n, a, s)                                                                    \
  extern "C" __attribute__((weak)) ath_term ath_bif_##s(ath_proc *p, ...) {                \
    return unimplemented(p, m, n);                                                         \
  }
#define GUARD_BIF(m, n, a, s) BIF(m, n, a, s)
#include "athanor/bifs.def"
#undef BIF
#undef GUARD_BIF

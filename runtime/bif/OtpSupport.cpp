// Small runtime helpers for the OTP layer of the standard library (stdlib/supervisor.ex
// and friends).
#include "bif/Bif.h"
#include "bif/Functions.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

// :athanor.module_exists(module): whether the program or the standard library defines
// any function of `module` (Code.ensure_loaded?/1 for a whole-program compiler).
ATH_BIF ath_bif_athanor_module_exists(ath_proc *, ath_term module) {
  return boolTerm(ath_is_atom(module) && moduleExists(module));
}

// TEMPORARY (development only, until the BIF layer lands): put_chars, to_string, inspect.
#include "format/Inspect.h"
#include "format/ToString.h"
#include "mem/Builder.h"
#include "proc/Process.h"

#include <cstdio>

using namespace athanor;
using namespace athanor::rt;

extern "C" ath_term ath_bif_athanor_put_chars(ath_proc *p, ath_term dev, ath_term data) {
  std::string out;
  if (!format::chardataToString(data, out))
    return ath_error(p, ATH_ATOM(badarg));
  std::fwrite(out.data(), 1, out.size(), dev == ATH_ATOM(error) ? stderr : stdout);
  return ATH_ATOM(ok);
}

extern "C" ath_term ath_bif_athanor_to_string(ath_proc *p, ath_term t) {
  std::string out;
  if (!format::toString(t, out))
    return ath_error(p, ATH_ATOM(badarg));
  HeapBuilder b(asProcess(p), HeapBuilder::binaryWords(out.size()), 0);
  return b.binary(out);
}

extern "C" ath_term ath_bif_athanor_inspect(ath_proc *p, ath_term t, ath_term opts) {
  format::InspectOptions o;
  for (ath_term l = opts; ath_is_cons(l); l = ath_cons_ptr(l)[1]) {
    ath_term kv = ath_cons_ptr(l)[0];
    if (isTuple(kv) && tupleElem(kv, 0) == ATH_ATOM(true))
      ;
  }
  (void)opts;
  std::string out = format::inspect(t, o);
  HeapBuilder b(asProcess(p), HeapBuilder::binaryWords(out.size()), 0);
  return b.binary(out);
}

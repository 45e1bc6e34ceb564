// erlang type tests (is_atom, is_integer, ...). All are guard BIFs and never fail, except
// is_function/2 (badarg for a bad arity) and is_map_key/2 ({:badmap, m}).
#include "bif/Bif.h"
#include "term/Map.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

ATH_BIF ath_bif_erlang_is_atom(ath_proc *, ath_term a) { return boolTerm(isAtom(a)); }
ATH_BIF ath_bif_erlang_is_binary(ath_proc *, ath_term a) { return boolTerm(isBinary(a)); }
ATH_BIF ath_bif_erlang_is_bitstring(ath_proc *, ath_term a) { return boolTerm(isBinary(a)); }
ATH_BIF ath_bif_erlang_is_boolean(ath_proc *, ath_term a) {
  return boolTerm(a == ATH_ATOM(true) || a == ATH_ATOM(false));
}
ATH_BIF ath_bif_erlang_is_float(ath_proc *, ath_term a) { return boolTerm(isFloat(a)); }
ATH_BIF ath_bif_erlang_is_function(ath_proc *, ath_term a) { return boolTerm(isFun(a)); }
ATH_BIF ath_bif_erlang_is_function2(ath_proc *p, ath_term a, ath_term arity) {
  if (!isInteger(arity) || !isSmall(arity) || smallValue(arity) < 0)
    return badargErlAt(p, internAtom("is_function"), {a, arity}, 2, "out of range");
  return boolTerm(isFun(a) && funInfo(a)->arity == static_cast<uint64_t>(smallValue(arity)));
}
ATH_BIF ath_bif_erlang_is_integer(ath_proc *, ath_term a) { return boolTerm(isInteger(a)); }
ATH_BIF ath_bif_erlang_is_list(ath_proc *, ath_term a) { return boolTerm(isList(a)); }
ATH_BIF ath_bif_erlang_is_map(ath_proc *, ath_term a) { return boolTerm(isMap(a)); }
ATH_BIF ath_bif_erlang_is_map_key(ath_proc *p, ath_term key, ath_term map) {
  if (!isMap(map))
    return raiseBifError(p, makeTuple(P(p), {ATH_ATOM(badmap), map}), ATH_ATOM(erlang),
                         internAtom("is_map_key"), {key, map});
  return boolTerm(mapGet(map, key).has_value());
}
ATH_BIF ath_bif_erlang_is_number(ath_proc *, ath_term a) { return boolTerm(isNumber(a)); }
ATH_BIF ath_bif_erlang_is_pid(ath_proc *, ath_term a) { return boolTerm(isPid(a)); }
ATH_BIF ath_bif_erlang_is_port(ath_proc *, ath_term) { return ATH_ATOM(false); }
ATH_BIF ath_bif_erlang_is_reference(ath_proc *, ath_term a) { return boolTerm(isRef(a)); }
ATH_BIF ath_bif_erlang_is_tuple(ath_proc *, ath_term a) { return boolTerm(isTuple(a)); }

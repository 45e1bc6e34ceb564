// erlang comparisons (term order; == and /= compare numbers by value, =:= and =/= exactly),
// max/min, the strict boolean operators, and the C helpers generated code uses for ==,
// === and term order (ath_equal, ath_exact_equal, ath_compare in rt.h).
#include "bif/Bif.h"
#include "term/Compare.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

ATH_BIF ath_bif_erlang_eq(ath_proc *, ath_term a, ath_term b) { return boolTerm(equalTerms(a, b)); }
ATH_BIF ath_bif_erlang_ne(ath_proc *, ath_term a, ath_term b) { return boolTerm(!equalTerms(a, b)); }
ATH_BIF ath_bif_erlang_exact_eq(ath_proc *, ath_term a, ath_term b) {
  return boolTerm(exactEqual(a, b));
}
ATH_BIF ath_bif_erlang_exact_ne(ath_proc *, ath_term a, ath_term b) {
  return boolTerm(!exactEqual(a, b));
}
ATH_BIF ath_bif_erlang_lt(ath_proc *, ath_term a, ath_term b) { return boolTerm(compareTerms(a, b) < 0); }
ATH_BIF ath_bif_erlang_gt(ath_proc *, ath_term a, ath_term b) { return boolTerm(compareTerms(a, b) > 0); }
ATH_BIF ath_bif_erlang_le(ath_proc *, ath_term a, ath_term b) { return boolTerm(compareTerms(a, b) <= 0); }
ATH_BIF ath_bif_erlang_ge(ath_proc *, ath_term a, ath_term b) { return boolTerm(compareTerms(a, b) >= 0); }

// max(A, B): B only if A < B; min(A, B): B only if A > B (so max(1, 1.0) is 1).
ATH_BIF ath_bif_erlang_max(ath_proc *, ath_term a, ath_term b) { return compareTerms(a, b) < 0 ? b : a; }
ATH_BIF ath_bif_erlang_min(ath_proc *, ath_term a, ath_term b) { return compareTerms(a, b) > 0 ? b : a; }

namespace {
bool isBool(Term t) { return t == ATH_ATOM(true) || t == ATH_ATOM(false); }
} // namespace

ATH_BIF ath_bif_erlang_not(ath_proc *p, ath_term a) {
  if (!isBool(a))
    return badargErl(p, internAtom("not"), {a});
  return boolTerm(a == ATH_ATOM(false));
}
ATH_BIF ath_bif_erlang_and(ath_proc *p, ath_term a, ath_term b) {
  if (!isBool(a) || !isBool(b))
    return badargErl(p, internAtom("and"), {a, b});
  return boolTerm(a == ATH_ATOM(true) && b == ATH_ATOM(true));
}
ATH_BIF ath_bif_erlang_or(ath_proc *p, ath_term a, ath_term b) {
  if (!isBool(a) || !isBool(b))
    return badargErl(p, internAtom("or"), {a, b});
  return boolTerm(a == ATH_ATOM(true) || b == ATH_ATOM(true));
}
ATH_BIF ath_bif_erlang_xor(ath_proc *p, ath_term a, ath_term b) {
  if (!isBool(a) || !isBool(b))
    return badargErl(p, internAtom("xor"), {a, b});
  return boolTerm((a == ATH_ATOM(true)) != (b == ATH_ATOM(true)));
}

extern "C" int ath_equal(ath_term a, ath_term b) { return equalTerms(a, b); }
extern "C" int ath_exact_equal(ath_term a, ath_term b) { return exactEqual(a, b); }
extern "C" int ath_compare(ath_term a, ath_term b) { return compareTerms(a, b); }

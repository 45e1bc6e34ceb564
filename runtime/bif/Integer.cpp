// Elixir's Integer.parse/to_string/digits (Integer.pow/gcd/mod/floor_div are arithmetic:
// bif/Arith.cpp). Guards as in Elixir 1.14: a wrong type is FunctionClauseError, a bad
// base ArgumentError (Integer.to_string raises :erlang.integer_to_binary's).
#include "bif/Bif.h"
#include "bif/Text.h"
#include "format/Inspect.h"
#include "format/Numbers.h"

#include <algorithm>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

Term integerClause(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  return functionClause(p, ATH_ATOM(Elixir_Integer), atom(fn), args);
}

bool isBase36(Term b) { return isSmall(b) && smallValue(b) >= 2 && smallValue(b) <= 36; }

Term parseInteger(ath_proc *p, Term s, Term base) {
  if (!isBase36(base))
    return argumentError(p, "invalid base " + athanor::format::inspect(base));
  if (!isBinary(s))
    return integerClause(p, "parse", {s, base});
  Mpz z;
  size_t used = parseIntegerPrefix(binaryView(s), static_cast<int>(smallValue(base)), z);
  if (used == 0)
    return ATH_ATOM(error);
  Term i = makeInteger(P(p), static_cast<mpz_srcptr>(z));
  Term rest = makeBinary(P(p), binaryView(s).substr(used));
  return makeTuple(P(p), {i, rest});
}

extern "C" ath_term ath_bif_erlang_integer_to_binary2(ath_proc *, ath_term, ath_term);

// Integer.to_string/2 is :erlang.integer_to_binary/2 and fails with its raw :badarg.
Term integerToString(ath_proc *p, Term i, Term base) {
  return ath_bif_erlang_integer_to_binary2(p, i, base);
}

Term digits(ath_proc *p, Term i, Term base) {
  if (!isInteger(i) || !isInteger(base) || integerSign(base) <= 0 || base == makeSmall(1))
    return integerClause(p, "digits", {i, base});
  Mpz z(i), b(base), d;
  bool negative = mpz_sgn(static_cast<mpz_srcptr>(z)) < 0;
  mpz_abs(z, z);
  std::vector<Term> out; // digits of a big base may be big integers: rooted
  ScopedRoots roots(P(p), out);
  if (mpz_sgn(static_cast<mpz_srcptr>(z)) == 0)
    out.push_back(makeSmall(0));
  while (mpz_sgn(static_cast<mpz_srcptr>(z)) != 0) {
    mpz_fdiv_qr(z, d, z, b);
    if (negative)
      mpz_neg(d, d);
    Term digit = makeInteger(P(p), static_cast<mpz_srcptr>(d));
    out.push_back(digit);
  }
  std::reverse(out.begin(), out.end());
  return makeList(P(p), out);
}

} // namespace

ATH_BIF ath_bif_integer_parse(ath_proc *p, ath_term s) { return parseInteger(p, s, makeSmall(10)); }
ATH_BIF ath_bif_integer_parse2(ath_proc *p, ath_term s, ath_term base) { return parseInteger(p, s, base); }
ATH_BIF ath_bif_integer_to_string(ath_proc *p, ath_term i) { return integerToString(p, i, makeSmall(10)); }
ATH_BIF ath_bif_integer_to_string2(ath_proc *p, ath_term i, ath_term b) { return integerToString(p, i, b); }
ATH_BIF ath_bif_integer_digits(ath_proc *p, ath_term i) { return digits(p, i, makeSmall(10)); }
ATH_BIF ath_bif_integer_digits2(ath_proc *p, ath_term i, ath_term b) { return digits(p, i, b); }


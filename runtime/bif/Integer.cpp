// Elixir's Integer.parse/to_string/digits and Float.parse/to_string/round/floor/ceil
// (Integer.pow/gcd/mod/floor_div are arithmetic: bif/Arith.cpp). Guards as in Elixir 1.14:
// a wrong type is FunctionClauseError, a bad base or precision ArgumentError.
#include "bif/Bif.h"
#include "bif/Text.h"
#include "format/Inspect.h"
#include "format/Numbers.h"

#include <algorithm>
#include <cmath>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

Term integerClause(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  return functionClause(p, ATH_ATOM(Elixir_Integer), atom(fn), args);
}
Term floatClause(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  return functionClause(p, ATH_ATOM(Elixir_Float), atom(fn), args);
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

// Integer.to_string/2 is :erlang.integer_to_binary/2 and raises its ArgumentError.
Term integerToString(ath_proc *p, Term i, Term base) {
  return elixirRaise(p, ath_bif_erlang_integer_to_binary2(p, i, base));
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

// Float.round/floor/ceil(f, precision).
Term roundFloat(ath_proc *p, Term f, Term precision, DecimalRounding mode, const char *fn) {
  if (!isFloat(f) || !isSmall(precision))
    return floatClause(p, fn, {f, precision});
  int64_t k = smallValue(precision);
  if (k < 0 || k > 15)
    return argumentError(p, "precision " + std::to_string(k) + " is out of valid range of 0..15");
  double d = floatValue(f);
  double r;
  if (k == 0 && mode == DecimalRounding::HalfUp)
    r = static_cast<double>(std::round(d)) + 0.0; // :erlang.round then float: no -0.0
  else if (k == 0)
    r = mode == DecimalRounding::Floor ? std::floor(d) : std::ceil(d);
  else
    r = roundDecimal(d, static_cast<int>(k), mode);
  if (k == 0 && mode == DecimalRounding::HalfUp && r == 0.0)
    r = 0.0;
  return makeFloat(P(p), r);
}

} // namespace

ATH_BIF ath_bif_integer_parse(ath_proc *p, ath_term s) { return parseInteger(p, s, makeSmall(10)); }
ATH_BIF ath_bif_integer_parse2(ath_proc *p, ath_term s, ath_term base) { return parseInteger(p, s, base); }
ATH_BIF ath_bif_integer_to_string(ath_proc *p, ath_term i) { return integerToString(p, i, makeSmall(10)); }
ATH_BIF ath_bif_integer_to_string2(ath_proc *p, ath_term i, ath_term b) { return integerToString(p, i, b); }
ATH_BIF ath_bif_integer_digits(ath_proc *p, ath_term i) { return digits(p, i, makeSmall(10)); }
ATH_BIF ath_bif_integer_digits2(ath_proc *p, ath_term i, ath_term b) { return digits(p, i, b); }

ATH_BIF ath_bif_float_parse(ath_proc *p, ath_term s) {
  if (!isBinary(s)) // Elixir's clause that fails is a private helper's
    return floatClause(p, "parse_unsigned", {s});
  double d;
  size_t used = parseElixirFloatPrefix(binaryView(s), d);
  if (used == 0)
    return ATH_ATOM(error);
  Term f = makeFloat(P(p), d);
  Term rest = makeBinary(P(p), binaryView(s).substr(used));
  return makeTuple(P(p), {f, rest});
}

ATH_BIF ath_bif_float_to_string(ath_proc *p, ath_term f) {
  if (!isFloat(f))
    return floatClause(p, "to_string", {f});
  std::string out;
  athanor::format::appendShortestFloat(floatValue(f), out);
  return makeBinary(P(p), out);
}

ATH_BIF ath_bif_float_round1(ath_proc *p, ath_term f) {
  return roundFloat(p, f, makeSmall(0), DecimalRounding::HalfUp, "round");
}
ATH_BIF ath_bif_float_round(ath_proc *p, ath_term f, ath_term k) {
  return roundFloat(p, f, k, DecimalRounding::HalfUp, "round");
}
ATH_BIF ath_bif_float_floor1(ath_proc *p, ath_term f) {
  return roundFloat(p, f, makeSmall(0), DecimalRounding::Floor, "floor");
}
ATH_BIF ath_bif_float_floor(ath_proc *p, ath_term f, ath_term k) {
  return roundFloat(p, f, k, DecimalRounding::Floor, "floor");
}
ATH_BIF ath_bif_float_ceil1(ath_proc *p, ath_term f) {
  return roundFloat(p, f, makeSmall(0), DecimalRounding::Ceil, "ceil");
}
ATH_BIF ath_bif_float_ceil(ath_proc *p, ath_term f, ath_term k) {
  return roundFloat(p, f, k, DecimalRounding::Ceil, "ceil");
}

// Elixir's Float.parse/to_string/round/floor/ceil. Rounding works on the exact decimal
// value of the double (Float.round(2.675, 2) is 2.67, because 2.675 is 2.67499999...),
// as Elixir 1.14 does; precision 0 goes through :erlang.round / :math.floor / :math.ceil
// as Elixir's does (so Float.round(-0.4) is 0.0 but Float.ceil(-0.5) is -0.0).
#include "bif/Bif.h"
#include "bif/Text.h"
#include "format/Numbers.h"

#include <cmath>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term floatClause(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  return functionClause(p, ATH_ATOM(Elixir_Float), internAtom(fn), args);
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

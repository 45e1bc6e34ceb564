// The math module: float results from integer or float arguments. A non-number is
// :badarg; a result that is not a finite real (sqrt(-1), log(0), overflow) is :badarith,
// as on BEAM.
#include "bif/Bif.h"
#include "term/Bignum.h"

#include <cmath>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term mathError(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  int pos = 1;
  for (Term a : args) {
    if (!isNumber(a))
      return badargAt(p, ATH_ATOM(math), internAtom(fn), args, pos, "not a number");
    ++pos;
  }
  return badarith(p);
}

template <class F> Term unary(ath_proc *p, const char *fn, Term x, F f) {
  double d;
  if (!isNumber(x))
    return mathError(p, fn, {x});
  if (!numberToDouble(x, d))
    return badarith(p);
  double r = f(d);
  if (!std::isfinite(r))
    return badarith(p);
  return makeFloat(P(p), r);
}

template <class F> Term binary(ath_proc *p, const char *fn, Term x, Term y, F f) {
  double a, b;
  if (!isNumber(x) || !isNumber(y))
    return mathError(p, fn, {x, y});
  if (!numberToDouble(x, a) || !numberToDouble(y, b))
    return badarith(p);
  double r = f(a, b);
  if (!std::isfinite(r))
    return badarith(p);
  return makeFloat(P(p), r);
}

} // namespace

ATH_BIF ath_bif_math_sqrt(ath_proc *p, ath_term x) { return unary(p, "sqrt", x, [](double d) { return std::sqrt(d); }); }
ATH_BIF ath_bif_math_exp(ath_proc *p, ath_term x) { return unary(p, "exp", x, [](double d) { return std::exp(d); }); }
ATH_BIF ath_bif_math_log(ath_proc *p, ath_term x) { return unary(p, "log", x, [](double d) { return std::log(d); }); }
ATH_BIF ath_bif_math_log2(ath_proc *p, ath_term x) { return unary(p, "log2", x, [](double d) { return std::log2(d); }); }
ATH_BIF ath_bif_math_log10(ath_proc *p, ath_term x) { return unary(p, "log10", x, [](double d) { return std::log10(d); }); }
ATH_BIF ath_bif_math_sin(ath_proc *p, ath_term x) { return unary(p, "sin", x, [](double d) { return std::sin(d); }); }
ATH_BIF ath_bif_math_cos(ath_proc *p, ath_term x) { return unary(p, "cos", x, [](double d) { return std::cos(d); }); }
ATH_BIF ath_bif_math_tan(ath_proc *p, ath_term x) { return unary(p, "tan", x, [](double d) { return std::tan(d); }); }
ATH_BIF ath_bif_math_asin(ath_proc *p, ath_term x) { return unary(p, "asin", x, [](double d) { return std::asin(d); }); }
ATH_BIF ath_bif_math_acos(ath_proc *p, ath_term x) { return unary(p, "acos", x, [](double d) { return std::acos(d); }); }
ATH_BIF ath_bif_math_sinh(ath_proc *p, ath_term x) { return unary(p, "sinh", x, [](double d) { return std::sinh(d); }); }
ATH_BIF ath_bif_math_cosh(ath_proc *p, ath_term x) { return unary(p, "cosh", x, [](double d) { return std::cosh(d); }); }
ATH_BIF ath_bif_math_tanh(ath_proc *p, ath_term x) { return unary(p, "tanh", x, [](double d) { return std::tanh(d); }); }
ATH_BIF ath_bif_math_asinh(ath_proc *p, ath_term x) { return unary(p, "asinh", x, [](double d) { return std::asinh(d); }); }
ATH_BIF ath_bif_math_acosh(ath_proc *p, ath_term x) { return unary(p, "acosh", x, [](double d) { return std::acosh(d); }); }
ATH_BIF ath_bif_math_atanh(ath_proc *p, ath_term x) { return unary(p, "atanh", x, [](double d) { return std::atanh(d); }); }
ATH_BIF ath_bif_math_erf(ath_proc *p, ath_term x) { return unary(p, "erf", x, [](double d) { return std::erf(d); }); }
ATH_BIF ath_bif_math_erfc(ath_proc *p, ath_term x) { return unary(p, "erfc", x, [](double d) { return std::erfc(d); }); }
ATH_BIF ath_bif_math_atan(ath_proc *p, ath_term x) { return unary(p, "atan", x, [](double d) { return std::atan(d); }); }
ATH_BIF ath_bif_math_floor(ath_proc *p, ath_term x) { return unary(p, "floor", x, [](double d) { return std::floor(d); }); }
ATH_BIF ath_bif_math_ceil(ath_proc *p, ath_term x) { return unary(p, "ceil", x, [](double d) { return std::ceil(d); }); }
ATH_BIF ath_bif_math_pow(ath_proc *p, ath_term x, ath_term y) {
  return binary(p, "pow", x, y, [](double a, double b) { return std::pow(a, b); });
}
ATH_BIF ath_bif_math_atan2(ath_proc *p, ath_term x, ath_term y) {
  return binary(p, "atan2", x, y, [](double a, double b) { return std::atan2(a, b); });
}
ATH_BIF ath_bif_math_fmod(ath_proc *p, ath_term x, ath_term y) {
  return binary(p, "fmod", x, y, [](double a, double b) { return std::fmod(a, b); });
}
ATH_BIF ath_bif_math_pi(ath_proc *p) { return makeFloat(P(p), M_PI); }

// erlang arithmetic: + - * / div rem abs, bitwise operators, float/trunc/round/floor/ceil,
// and Elixir's Kernel.** and Integer.pow/gcd/mod/floor_div.
//
// Small integers take the fast paths (their sums, differences and products fit in 128
// bits); anything else goes through GMP and is normalized back to a small integer when it
// fits. Mixed integer/float arithmetic converts the integer with round-to-nearest, and a
// float result that is not finite is :badarith, as on BEAM. Type errors: :badarith for the
// operators, :badarg for the guard BIFs (abs, float, trunc, ...), as Erlang raises them.
#include "bif/Bif.h"
#include "term/Bignum.h"

#include <cmath>
#include <limits>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

enum class Op { Add, Sub, Mul };

Term floatResult(ath_proc *p, double d) {
  if (!std::isfinite(d))
    return badarith(p);
  return makeFloat(P(p), d);
}

Term arith(ath_proc *p, Op op, Term a, Term b) {
  if (isSmall(a) && isSmall(b)) {
    __int128 x = smallValue(a), y = smallValue(b);
    __int128 r = op == Op::Add ? x + y : op == Op::Sub ? x - y : x * y;
    return makeInteger(P(p), r);
  }
  if (!isNumber(a) || !isNumber(b))
    return badarith(p);
  if (isFloat(a) || isFloat(b)) {
    double x, y;
    if (!numberToDouble(a, x) || !numberToDouble(b, y))
      return badarith(p);
    return floatResult(p, op == Op::Add ? x + y : op == Op::Sub ? x - y : x * y);
  }
  IntView x(a), y(b);
  Mpz r;
  if (op == Op::Add)
    mpz_add(r, x, y);
  else if (op == Op::Sub)
    mpz_sub(r, x, y);
  else
    mpz_mul(r, x, y);
  return makeInteger(P(p), r);
}

enum class DivOp { TruncQ, TruncR, FloorQ, FloorR };

Term intDivide(ath_proc *p, DivOp op, Term a, Term b) {
  if (!isInteger(a) || !isInteger(b) || b == makeSmall(0))
    return badarith(p);
  if (isSmall(a) && isSmall(b)) {
    __int128 x = smallValue(a), y = smallValue(b);
    __int128 q = x / y, r = x % y;
    if ((op == DivOp::FloorQ || op == DivOp::FloorR) && r != 0 && ((r < 0) != (y < 0))) {
      q -= 1;
      r += y;
    }
    return makeInteger(P(p), op == DivOp::TruncQ || op == DivOp::FloorQ ? q : r);
  }
  IntView x(a), y(b);
  Mpz r;
  switch (op) {
  case DivOp::TruncQ:
    mpz_tdiv_q(r, x, y);
    break;
  case DivOp::TruncR:
    mpz_tdiv_r(r, x, y);
    break;
  case DivOp::FloorQ:
    mpz_fdiv_q(r, x, y);
    break;
  case DivOp::FloorR:
    mpz_fdiv_r(r, x, y);
    break;
  }
  return makeInteger(P(p), r);
}

enum class BitOp { And, Or, Xor };

Term bitwise(ath_proc *p, BitOp op, Term a, Term b) {
  if (isSmall(a) && isSmall(b)) {
    int64_t x = smallValue(a), y = smallValue(b);
    return makeSmall(op == BitOp::And ? (x & y) : op == BitOp::Or ? (x | y) : (x ^ y));
  }
  if (!isInteger(a) || !isInteger(b))
    return badarith(p);
  IntView x(a), y(b);
  Mpz r;
  if (op == BitOp::And)
    mpz_and(r, x, y);
  else if (op == BitOp::Or)
    mpz_ior(r, x, y);
  else
    mpz_xor(r, x, y);
  return makeInteger(P(p), r);
}

// a bsl n (n < 0 shifts right, flooring as an arithmetic shift does).
Term shiftLeft(ath_proc *p, Term a, Term n) {
  if (!isInteger(a) || !isInteger(n))
    return badarith(p);
  if (a == makeSmall(0))
    return a;
  if (!isSmall(n)) { // a shift by a big integer: everything or nothing
    if (bigintNegative(n))
      return makeSmall(integerSign(a) < 0 ? -1 : 0);
    return ath_error(p, ATH_ATOM(system_limit));
  }
  int64_t s = smallValue(n);
  if (s > (int64_t(1) << 32))
    return ath_error(p, ATH_ATOM(system_limit));
  if (isSmall(a) && s >= 0 && s < 62) {
    __int128 r = static_cast<__int128>(smallValue(a)) << s;
    return makeInteger(P(p), r);
  }
  if (isSmall(a) && s < 0)
    return makeSmall(s <= -63 ? (smallValue(a) < 0 ? -1 : 0) : smallValue(a) >> -s);
  IntView x(a);
  Mpz r;
  if (s >= 0)
    mpz_mul_2exp(r, x, static_cast<mp_bitcnt_t>(s));
  else
    mpz_fdiv_q_2exp(r, x, static_cast<mp_bitcnt_t>(-s));
  return makeInteger(P(p), r);
}

// Exact integer power, exponent >= 0.
Term integerPower(ath_proc *p, Term base, Term exp) {
  if (base == makeSmall(0) || base == makeSmall(1))
    return exp == makeSmall(0) ? makeSmall(1) : base;
  if (base == makeSmall(-1)) {
    bool odd = isSmall(exp) ? (smallValue(exp) & 1) : (bigintLimbs(exp)[0] & 1);
    return makeSmall(odd ? -1 : 1);
  }
  // Any other base overflows memory long before an exponent this large.
  if (!isSmall(exp) || smallValue(exp) > (int64_t(1) << 32))
    return ath_error(p, ATH_ATOM(system_limit));
  IntView b(base);
  Mpz r;
  mpz_pow_ui(r, b, static_cast<unsigned long>(smallValue(exp)));
  return makeInteger(P(p), r);
}

Term floatPower(ath_proc *p, Term base, Term exp) {
  double x, y;
  if (!numberToDouble(base, x) || !numberToDouble(exp, y))
    return badarith(p);
  double r = std::pow(x, y);
  if (!std::isfinite(r)) // 0.0 ** -1, overflow, and NaN from negative ** fraction
    return badarith(p);
  return makeFloat(P(p), r);
}

enum class Rounding { Trunc, Round, Floor, Ceil };

Term roundNumber(ath_proc *p, Term x, Rounding mode, const char *name) {
  if (isInteger(x))
    return x;
  if (!isFloat(x))
    return badargErlAt(p, internAtom(name), {x}, 1, "not a number");
  double d = floatValue(x);
  switch (mode) {
  case Rounding::Trunc:
    d = std::trunc(d);
    break;
  case Rounding::Round:
    d = std::round(d); // halves away from zero, as erlang:round/1
    break;
  case Rounding::Floor:
    d = std::floor(d);
    break;
  case Rounding::Ceil:
    d = std::ceil(d);
    break;
  }
  return integerFromDouble(P(p), d);
}

} // namespace

ATH_BIF ath_bif_erlang_add(ath_proc *p, ath_term a, ath_term b) { return arith(p, Op::Add, a, b); }
ATH_BIF ath_bif_erlang_sub(ath_proc *p, ath_term a, ath_term b) { return arith(p, Op::Sub, a, b); }
ATH_BIF ath_bif_erlang_mul(ath_proc *p, ath_term a, ath_term b) { return arith(p, Op::Mul, a, b); }

ATH_BIF ath_bif_erlang_fdiv(ath_proc *p, ath_term a, ath_term b) {
  double x, y;
  if (!isNumber(a) || !isNumber(b) || !numberToDouble(a, x) || !numberToDouble(b, y) || y == 0.0)
    return badarith(p);
  return floatResult(p, x / y);
}

ATH_BIF ath_bif_erlang_neg(ath_proc *p, ath_term a) {
  if (isSmall(a))
    return makeInteger(P(p), -static_cast<__int128>(smallValue(a)));
  if (isFloat(a))
    return makeFloat(P(p), -floatValue(a));
  if (!isBigint(a))
    return badarith(p);
  Mpz r(a);
  mpz_neg(r, r);
  return makeInteger(P(p), r);
}

ATH_BIF ath_bif_erlang_pos(ath_proc *p, ath_term a) {
  if (!isNumber(a))
    return badarith(p);
  return a;
}

ATH_BIF ath_bif_erlang_div(ath_proc *p, ath_term a, ath_term b) {
  return intDivide(p, DivOp::TruncQ, a, b);
}
ATH_BIF ath_bif_erlang_rem(ath_proc *p, ath_term a, ath_term b) {
  return intDivide(p, DivOp::TruncR, a, b);
}

ATH_BIF ath_bif_erlang_abs(ath_proc *p, ath_term a) {
  if (isSmall(a))
    return smallValue(a) < 0 ? makeInteger(P(p), -static_cast<__int128>(smallValue(a))) : a;
  if (isFloat(a))
    return floatValue(a) < 0 ? makeFloat(P(p), -floatValue(a)) : a; // abs(-0.0) is -0.0 on OTP 25
  if (!isBigint(a))
    return badargErlAt(p, ATH_ATOM(abs), {a}, 1, "not a number");
  if (!bigintNegative(a))
    return a;
  Mpz r(a);
  mpz_abs(r, r);
  return makeInteger(P(p), r);
}

ATH_BIF ath_bif_erlang_bnot(ath_proc *p, ath_term a) {
  if (isSmall(a))
    return makeSmall(~smallValue(a));
  if (!isBigint(a))
    return badarith(p);
  Mpz r(a);
  mpz_com(r, r);
  return makeInteger(P(p), r);
}

ATH_BIF ath_bif_erlang_band(ath_proc *p, ath_term a, ath_term b) { return bitwise(p, BitOp::And, a, b); }
ATH_BIF ath_bif_erlang_bor(ath_proc *p, ath_term a, ath_term b) { return bitwise(p, BitOp::Or, a, b); }
ATH_BIF ath_bif_erlang_bxor(ath_proc *p, ath_term a, ath_term b) { return bitwise(p, BitOp::Xor, a, b); }

ATH_BIF ath_bif_erlang_bsl(ath_proc *p, ath_term a, ath_term n) { return shiftLeft(p, a, n); }

ATH_BIF ath_bif_erlang_bsr(ath_proc *p, ath_term a, ath_term n) {
  if (!isInteger(a) || !isInteger(n))
    return badarith(p);
  if (isSmall(n))
    return shiftLeft(p, a, makeInteger(P(p), -static_cast<__int128>(smallValue(n))));
  Mpz neg(n);
  mpz_neg(neg, neg);
  return shiftLeft(p, a, makeInteger(P(p), static_cast<mpz_srcptr>(neg)));
}

ATH_BIF ath_bif_erlang_float(ath_proc *p, ath_term a) {
  if (isFloat(a))
    return a;
  double d;
  if (!isInteger(a) || !integerToDouble(a, d))
    return badargErlAt(p, internAtom("float"), {a}, 1, "not a number");
  return makeFloat(P(p), d);
}

ATH_BIF ath_bif_erlang_trunc(ath_proc *p, ath_term a) {
  return roundNumber(p, a, Rounding::Trunc, "trunc");
}
ATH_BIF ath_bif_erlang_round(ath_proc *p, ath_term a) {
  return roundNumber(p, a, Rounding::Round, "round");
}
ATH_BIF ath_bif_erlang_floor(ath_proc *p, ath_term a) {
  return roundNumber(p, a, Rounding::Floor, "floor");
}
ATH_BIF ath_bif_erlang_ceil(ath_proc *p, ath_term a) {
  return roundNumber(p, a, Rounding::Ceil, "ceil");
}

ATH_BIF ath_bif_kernel_pow(ath_proc *p, ath_term base, ath_term exp) {
  if (isInteger(base) && isInteger(exp) && integerSign(exp) >= 0)
    return integerPower(p, base, exp);
  if (!isNumber(base) || !isNumber(exp))
    return functionClause(p, ATH_ATOM(Elixir_Kernel), internAtom("**"), {base, exp});
  return floatPower(p, base, exp);
}

ATH_BIF ath_bif_integer_pow(ath_proc *p, ath_term base, ath_term exp) {
  if (!isInteger(base) || !isInteger(exp))
    return functionClause(p, ATH_ATOM(Elixir_Integer), internAtom("pow"), {base, exp});
  if (integerSign(exp) < 0)
    return badarith(p);
  return integerPower(p, base, exp);
}

ATH_BIF ath_bif_integer_gcd(ath_proc *p, ath_term a, ath_term b) {
  if (!isInteger(a) || !isInteger(b))
    return functionClause(p, ATH_ATOM(Elixir_Integer), internAtom("gcd"), {a, b});
  IntView x(a), y(b);
  Mpz r;
  mpz_gcd(r, x, y);
  return makeInteger(P(p), r);
}

ATH_BIF ath_bif_integer_mod(ath_proc *p, ath_term a, ath_term b) {
  return intDivide(p, DivOp::FloorR, a, b);
}

ATH_BIF ath_bif_integer_floor_div(ath_proc *p, ath_term a, ath_term b) {
  return intDivide(p, DivOp::FloorQ, a, b);
}
